"""Datasette metadata for an archive file.

``metadata.yml`` describes the archive under the database name ``"*"`` because
Datasette names a database after its file (``archive.db`` -> ``archive``); this
module puts the real name in before Datasette reads it.
"""
from __future__ import annotations

import copy
import sys
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
# Where a non-editable install puts the files that live at the top of the repository
# (pyproject.toml, [tool.setuptools.data-files]): metadata.yml and the demo's sample WARC.
INSTALLED = Path(sys.prefix) / "share" / "govcases"
# The Datasette settings `govcases serve` publishes with (its --time-limit-ms and --max-rows change
# the first two), in one place so that tests serve what users get. Read-only and bounded: a time and
# a row limit per query, no download of the whole file, and no facet suggestions — metadata.yml
# names the useful facets, and suggesting others counts every row of a search result once per
# column (3-4 s for a common character on a million cases; benchmarks/bench_search.py).
SERVE_SETTINGS = {"sql_time_limit_ms": 3000, "max_returned_rows": 1000, "allow_download": False,
                  "suggest_facets": False}


def shipped(name: str) -> Path | None:
    """A file the project ships: from the working copy, else from the installed share folder."""
    for candidate in (REPO_ROOT / name, INSTALLED / name):
        if candidate.exists():
            return candidate
    return None


def setting_argument(value) -> str:
    """A setting's value as Datasette's --setting option reads it."""
    return ("on" if value else "off") if isinstance(value, bool) else str(value)


def find_metadata() -> Path | None:
    here = Path.cwd() / "metadata.yml"
    return here if here.exists() else shipped("metadata.yml")


def metadata_for(db_path: str | Path, metadata_path: str | Path | None = None) -> dict:
    path = Path(metadata_path) if metadata_path else find_metadata()
    if path is None:
        return {}
    # libyaml's loader where PyYAML was built with it: the pure-Python one takes ~80 ms on
    # metadata.yml, paid at every `govcases serve` and every Datasette a test builds
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    databases = data.get("databases") or {}
    if "*" in databases:
        data = copy.deepcopy(data)
        data["databases"] = {Path(db_path).stem: data["databases"].pop("*"), **data["databases"]}
    return data
