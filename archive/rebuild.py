"""Rebuild or extend the archive from WARC files alone (no network).

`govcases reparse` builds a fresh archive from the project's own WARC files (when the
parsers improve); `govcases import-warc` adds WARC files made by other tools (wget,
Heritrix, browsertrix) to an archive. Both read records in time order, so an article
fetched twice with different text gets two versions, as in a crawl.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from crawler.sites import parse_page

from .db import Archive
from .warc import iter_responses, warc_files

BATCH = 200


GONE = (404, 410)


def items_from_warc(path: Path, relative_to: Path, counts: dict):
    for record in iter_responses(path):
        if not record["url"]:
            continue
        if record["type"] == "revisit" or (record["type"] == "response" and record["status"] in GONE):
            # a page seen unchanged, or gone: the archive notes it for articles it holds
            yield {"source_status": {"fetched_url": record["url"], "status": record["status"],
                                     "gone": record["type"] == "response",
                                     "seen_at": (record["date"] or "").replace("Z", "+00:00") or None}}
            continue
        if record["type"] != "response" or record["status"] != 200:
            continue
        counts["responses"] += 1
        headers = record["headers"]
        page = parse_page(record["url"], record["payload"], headers, record.get("source"))
        if page.kind != "article":
            counts["skipped"] += 1
            continue
        date = record["date"] or ""
        yield {
            "article": page.article, "lists": page.lists, "cases": page.cases, "relevance": page.relevance, "site_slug": page.site,
            "fetched_url": record["url"], "status": record["status"], "encoding": page.encoding,
            "fetched_at": date.replace("Z", "+00:00"),
            "warc": {"file": str(path.relative_to(relative_to)), "offset": record["offset"], "sha256": record["sha256"]},
            "etag": headers.get("etag"), "last_modified": headers.get("last-modified"),
        }


def load(archive: Archive, files: list[Path], relative_to: Path, spider: str) -> dict:
    counts = {"files": len(files), "responses": 0, "skipped": 0, "articles": 0, "new_articles": 0,
              "changed_articles": 0, "new_cases": 0, "gone_articles": 0}
    run_id = archive.start_run(spider, {"files": [str(f) for f in files]})
    start = time.perf_counter()
    batch: list[dict] = []

    by_source: dict[str, dict] = {}

    def flush():
        stored = archive.store_items(batch, run_id)
        for slug, found in stored.pop("by_source", {}).items():
            mine = by_source.setdefault(slug, {})
            for key, value in found.items():
                mine[key] = mine.get(key, 0) + value
        for key, value in stored.items():
            counts[key] = counts.get(key, 0) + value
        counts["articles"] += sum(1 for item in batch if not item.get("source_status"))
        batch.clear()

    for path in files:
        for item in items_from_warc(path, relative_to, counts):
            batch.append(item)
            if len(batch) >= BATCH:
                flush()
    if batch:
        flush()
    counts["seconds"] = round(time.perf_counter() - start, 3)
    archive.finish_run(run_id, status="finished", finish_reason="finished", pages=counts["responses"],
                       requests=0, items=counts["articles"], new_articles=counts["new_articles"],
                       changed_articles=counts["changed_articles"], new_cases=counts["new_cases"],
                       gone_articles=counts["gone_articles"], errors=0)
    archive.record_source_runs(run_id, by_source, {})
    return counts


def reparse(db_path: Path, warc_dir: Path) -> dict:
    """A new archive at ``db_path`` from every WARC file under ``warc_dir``; replaced atomically."""
    files = warc_files(warc_dir)
    if not files:
        raise FileNotFoundError(f"no WARC files under {warc_dir}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=db_path.name + ".", suffix=".rebuild", dir=db_path.parent)
    os.close(fd)
    os.unlink(tmp)
    tmp_path = Path(tmp)
    try:
        archive = Archive(tmp_path)
        try:
            counts = load(archive, files, warc_dir, "reparse")
            archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            archive.close()
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp_path, db_path)
    finally:
        for leftover in (tmp_path, Path(str(tmp_path) + "-wal"), Path(str(tmp_path) + "-shm")):
            leftover.unlink(missing_ok=True)
    return counts


def import_warc(db_path: Path, files: list[Path], warc_dir: Path) -> dict:
    """Copy other tools' WARC files under ``warc_dir/imported`` and add what they hold to the archive."""
    target_dir = warc_dir / "imported"
    target_dir.mkdir(parents=True, exist_ok=True)
    kept = []
    for path in files:
        target = target_dir / path.name
        if path.resolve() != target.resolve():
            if target.exists() and target.stat().st_size != path.stat().st_size:
                target = target_dir / f"{int(time.time())}-{path.name}"
            shutil.copyfile(path, target)
        kept.append(target)
    archive = Archive(db_path)
    try:
        return load(archive, kept, warc_dir, "import-warc")
    finally:
        archive.close()
