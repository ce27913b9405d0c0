"""Datasette metadata for an archive file.

``metadata.yml`` describes the archive under the database name ``"*"`` because
Datasette names a database after its file (``archive.db`` -> ``archive``); this
module puts the real name in before Datasette reads it.
"""
from __future__ import annotations

import copy
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent


def find_metadata() -> Path | None:
    for candidate in (Path.cwd() / "metadata.yml", REPO_ROOT / "metadata.yml"):
        if candidate.exists():
            return candidate
    return None


def metadata_for(db_path: str | Path, metadata_path: str | Path | None = None) -> dict:
    path = Path(metadata_path) if metadata_path else find_metadata()
    if path is None:
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    databases = data.get("databases") or {}
    if "*" in databases:
        data = copy.deepcopy(data)
        data["databases"] = {Path(db_path).stem: data["databases"].pop("*"), **data["databases"]}
    return data
