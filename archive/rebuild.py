"""Rebuild or extend the archive from WARC files alone (no network).

`govcases reparse` builds a fresh archive from the project's own WARC files (when the
parsers improve); `govcases import-warc` adds WARC files made by other tools (wget,
Heritrix, browsertrix) to an archive. Both read records in time order, so an article
fetched twice with different text gets two versions, as in a crawl.

Nothing is lost on the way: each file is read strictly and on its own (a damaged middle is
reported and the records after it are read); a reparse keeps the crawl history and every
article the WARC files do not give back (a ``--no-warc`` crawl, a record in damaged bytes), its
cases read again from its stored text; imported files are stored under their content's digest,
so two files of one name never overwrite each other and importing a file twice does nothing.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections import deque
from pathlib import Path

from crawler.parsers.cases import extract_cases
from crawler.sites import Page, parse_page
from crawler.sites.pool import BrokenProcessPool, PagePool, default_workers

from .db import Archive, ArchiveError
from .warc import Damage, iter_responses, scan, warc_files

BATCH = 200
GONE = (404, 410)


class RebuildError(Exception):
    """A reparse or import that could not be done; the archive is as it was (say why)."""


FULL_BELOW = 256 * 1024  # free bytes under which a write error on a filesystem is taken for a full disk


def describe_os_error(exc: BaseException, where: Path | None = None) -> str:
    """'disk full' for the errors a full disk raises (ENOSPC; SQLite's 'database or disk is full',
    or its 'disk I/O error' on a filesystem with next to no room left), else the error's text."""
    text = str(exc)
    if getattr(exc, "errno", None) in (28, 122) or "disk is full" in text:
        return "disk full"
    if where is not None:
        try:
            stat = os.statvfs(where if where.is_dir() else where.parent)
            if stat.f_bavail * stat.f_frsize < FULL_BELOW:
                return f"disk full ({stat.f_bavail * stat.f_frsize} bytes free)"
        except OSError:
            pass
    return getattr(exc, "strerror", None) or text


BATCH_PAGES = 16  # pages handed to a parse worker as one task...
BATCH_BYTES = 4 * 1024 * 1024  # ...or fewer, when they are this large
AHEAD = 3  # tasks per worker handed over ahead of the one being stored


class _Parser:
    """parse_page, in worker processes when there are any (records are still stored in their
    order); in this process when there are none or the pool broke."""

    def __init__(self, pool: PagePool | None):
        self.pool = pool
        self.ahead = AHEAD * pool.workers if pool else 0

    def submit(self, records: list[dict]):
        if self.pool is not None and records:
            try:
                return self.pool.submit_many([_args(r) for r in records])
            except (BrokenProcessPool, RuntimeError):
                self.pool = None
        return None

    def results(self, records: list[dict], future) -> list[Page]:
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                self.pool = None
        return [parse_page(*_args(r)) for r in records]


def _args(record: dict) -> tuple:
    return record["url"], record["payload"], record["headers"], record.get("source")


def items_from_warc(path: Path, relative_to: Path, counts: dict, found=None, parser: _Parser | None = None):
    """The items of one file's records, in record order; pages are parsed in batches (by the
    workers, ``parser.ahead`` batches ahead, when there are any)."""
    parser = parser or _Parser(None)
    pending: deque = deque()  # (entries, records to parse, future): entries are records or statuses
    entries: list = []
    to_parse: list[dict] = []
    size = 0

    def close_batch():
        nonlocal entries, to_parse, size
        pending.append((entries, to_parse, parser.submit(to_parse)))
        entries, to_parse, size = [], [], 0

    for record in iter_responses(path, found):
        if not record["url"]:
            continue
        if record["type"] == "revisit" or (record["type"] == "response" and record["status"] in GONE):
            # a page seen unchanged, or gone: the archive notes it for articles it holds
            entries.append({"source_status": {
                "fetched_url": record["url"], "status": record["status"], "gone": record["type"] == "response",
                "seen_at": (record["date"] or "").replace("Z", "+00:00") or None}})
            continue
        if record["type"] != "response" or record["status"] != 200:
            continue
        counts["responses"] += 1
        entries.append(record)
        to_parse.append(record)
        size += len(record["payload"])
        if len(to_parse) >= BATCH_PAGES or size >= BATCH_BYTES:
            close_batch()
            while len(pending) > parser.ahead:
                yield from _finish(*pending.popleft(), path, relative_to, counts, parser)
    close_batch()
    while pending:
        yield from _finish(*pending.popleft(), path, relative_to, counts, parser)


def _finish(entries: list, to_parse: list[dict], future, path: Path, relative_to: Path, counts: dict, parser: _Parser):
    pages = iter(parser.results(to_parse, future))
    for entry in entries:
        if "source_status" in entry:
            yield entry
            continue
        record, page = entry, next(pages)
        headers = record["headers"]
        counts["page_errors"] += len(page.errors)
        if page.kind != "article":
            counts["skipped"] += 1
            continue
        date = record["date"] or ""
        yield {
            "article": page.article, "lists": page.lists, "cases": page.cases, "relevance": page.relevance,
            "site_slug": page.site, "fetched_url": record["url"], "status": record["status"], "encoding": page.encoding,
            "fetched_at": date.replace("Z", "+00:00"),
            "warc": {"file": str(path.relative_to(relative_to)), "offset": record["offset"], "sha256": record["sha256"]},
            "etag": headers.get("etag"), "last_modified": headers.get("last-modified"),
        }


def read_files(files: list[Path]) -> tuple[dict, list[str]]:
    """A strict scan of each file on its own, and one line per damage found (file, offset)."""
    scans, notes = {}, []
    for path in files:
        found = scan(path)
        scans[path] = found
        if found.not_warc:
            notes.append(f"{path}: not read ({found.not_warc})")
        for damage in found.damage:
            notes.append(f"{path}: damaged bytes {damage.offset}-{damage.end} ({damage.reason}); "
                         "the records after them were read")
        if found.tail is not None and not found.not_warc:
            notes.append(f"{path}: incomplete final record at byte {found.tail} ({found.tail_reason}); not read")
    return scans, notes


def _new_counts(files) -> dict:
    return {"files": len(files), "responses": 0, "skipped": 0, "articles": 0, "new_articles": 0,
            "changed_articles": 0, "new_cases": 0, "gone_articles": 0, "page_errors": 0}


class _Loader:
    """Batched writes of items into one run, with the per-source tallies a run records."""

    def __init__(self, archive: Archive, run_id: int, counts: dict):
        self.archive, self.run_id, self.counts = archive, run_id, counts
        self.batch: list[dict] = []
        self.by_source: dict[str, dict] = {}

    def add(self, item: dict) -> None:
        self.batch.append(item)
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        stored = self.archive.store_items(self.batch, self.run_id)
        for slug, found in stored.pop("by_source", {}).items():
            mine = self.by_source.setdefault(slug, {})
            for key, value in found.items():
                mine[key] = mine.get(key, 0) + value
        for key, value in stored.items():
            self.counts[key] = self.counts.get(key, 0) + value
        self.counts["articles"] += sum(1 for item in self.batch if not item.get("source_status"))
        self.batch.clear()

    def finish(self, start: float) -> dict:
        self.flush()
        counts = self.counts
        counts["seconds"] = round(time.perf_counter() - start, 3)
        self.archive.finish_run(self.run_id, status="finished", finish_reason="finished", pages=counts["responses"],
                                requests=0, items=counts["articles"], new_articles=counts["new_articles"],
                                changed_articles=counts["changed_articles"], new_cases=counts["new_cases"],
                                gone_articles=counts["gone_articles"], errors=counts["page_errors"])
        self.archive.record_source_runs(self.run_id, self.by_source, {})
        return counts


def load(archive: Archive, files: list[Path], relative_to: Path, spider: str, scans: dict | None = None,
         history: list[dict] | None = None) -> tuple[_Loader, float]:
    counts = _new_counts(files)
    run_id = archive.start_run(spider, {"files": [str(f) for f in files]})
    loader = _Loader(archive, run_id, counts)
    start = time.perf_counter()
    workers = default_workers()
    pool = PagePool(workers) if workers and files else None
    try:
        parser = _Parser(pool)
        for path in files:
            for item in items_from_warc(path, relative_to, counts, (scans or {}).get(path), parser):
                loader.add(item)
    finally:
        if pool is not None:
            pool.close()
    loader.flush()
    return loader, start


# --- reparse --------------------------------------------------------------------------------

def _old_rows(db_path: Path) -> dict:
    """What the archive being replaced holds that WARC files cannot give back: its crawl history
    and its articles (with every version)."""
    out = {"runs": [], "source_runs": [], "articles": [], "versions": {}}
    if not db_path.exists() or db_path.stat().st_size == 0:
        return out
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        if "crawl_runs" in tables:
            out["runs"] = [dict(r) for r in conn.execute("select * from crawl_runs order by id")]
        if "source_runs" in tables:
            out["source_runs"] = [dict(r) for r in conn.execute("select * from source_runs order by id")]
        if "articles" in tables:
            out["articles"] = [dict(r) for r in conn.execute("select * from articles order by id")]
        if "article_versions" in tables:
            for row in conn.execute("select * from article_versions order by article_id, version"):
                out["versions"].setdefault(row["article_id"], []).append(dict(row))
    finally:
        conn.close()
    return out


def _insert_history(archive: Archive, old: dict) -> None:
    """Earlier runs keep their ids, so the reparse is the newest run of the history."""
    for table, rows in (("crawl_runs", old["runs"]), ("source_runs", old["source_runs"])):
        if not rows:
            continue
        have = set(archive.db.table(table).columns_dict)
        with archive.db.conn:
            for row in rows:
                row = {k: v for k, v in row.items() if k in have}
                columns = ", ".join(f"[{c}]" for c in row)
                archive.db.conn.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(row))})",
                                        list(row.values()))


ARTICLE_COPY = ("title", "author", "source", "published_at", "published_precision", "summary", "channel", "parser")


def _carry_over(loader: _Loader, old: dict) -> dict:
    """Old articles the WARC files did not give back: stored again from their text (every
    version, oldest first), their cases read again, their marks (gone, checked) kept."""
    known = {url for (url,) in loader.archive.db.execute("select url from articles")}
    kept = {"without_warc": 0, "unread": 0}
    marks = []
    for row in old["articles"]:
        if row["url"] in known:
            continue
        kept["without_warc" if not row.get("warc_file") else "unread"] += 1
        versions = old["versions"].get(row["id"]) or [{"title": row["title"], "text": row["text"],
                                                         "fetched_at": row["fetched_at"]}]
        for version in versions:
            article = {k: row.get(k) for k in ARTICLE_COPY}
            article.update(url=row["url"], title=version.get("title"), text=version.get("text") or "",
                           section_path=json.loads(row.get("section_path") or "[]"))
            found = extract_cases(article["text"], article["title"], article["published_at"])
            warc = {"file": version.get("warc_file"), "offset": version.get("warc_offset"),
                    "sha256": version.get("payload_sha256")} if version.get("warc_file") else None
            loader.add({"article": article, "lists": found["lists"], "cases": found["cases"],
                        "site_slug": row.get("site_slug"), "fetched_url": row.get("fetched_url"),
                        "status": row.get("http_status"), "encoding": row.get("encoding"),
                        "fetched_at": version.get("fetched_at") or row.get("fetched_at"), "warc": warc,
                        "etag": row.get("etag"), "last_modified": row.get("last_modified")})
        marks.append([row.get("checked_at"), row.get("gone_since"), row.get("gone_status"), row["first_seen_at"],
                      row["url"]])
    loader.flush()
    with loader.archive.db.conn:
        loader.archive.db.conn.executemany(
            "UPDATE articles SET checked_at = ?, gone_since = ?, gone_status = ?, first_seen_at = ? WHERE url = ?", marks)
    return kept


def reparse(db_path: Path, warc_dir: Path) -> dict:
    """A new archive at ``db_path`` from every WARC file under ``warc_dir``, with the old archive's
    crawl history and the articles the files do not give back; replaced atomically."""
    files = warc_files(warc_dir)
    tmp_path = None
    try:
        old = _old_rows(db_path)
        if not files and not old["articles"]:
            raise FileNotFoundError(f"no WARC files under {warc_dir}")
        scans, notes = read_files(files)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=db_path.name + ".", suffix=".rebuild", dir=db_path.parent)
        os.close(fd)
        os.unlink(tmp)
        tmp_path = Path(tmp)
        archive = Archive(tmp_path)
        try:
            _insert_history(archive, old)
            loader, start = load(archive, files, warc_dir, "reparse", scans)
            kept = _carry_over(loader, old)
            counts = loader.finish(start)
            counts.update(kept_without_warc=kept["without_warc"], kept_unread=kept["unread"], damage=notes,
                          runs_kept=len(old["runs"]))
            archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            archive.close()
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp_path, db_path)
    except FileNotFoundError:
        raise
    except (OSError, sqlite3.Error, ArchiveError) as exc:
        raise RebuildError(f"{describe_os_error(exc, db_path)} while rebuilding {db_path}; the archive was not changed") from exc
    finally:
        if tmp_path is not None:
            for leftover in (tmp_path, Path(str(tmp_path) + "-wal"), Path(str(tmp_path) + "-shm")):
                leftover.unlink(missing_ok=True)
    return counts


# --- import ---------------------------------------------------------------------------------

def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def imported_name(path: Path, digest: str) -> str:
    """Content-addressed: two different files of one name never share a name here."""
    return f"{digest[:16]}-{path.name}"


def _copy(path: Path, target: Path) -> None:
    """Copy through a temporary name and rename: a failed copy (full disk) leaves nothing."""
    tmp = target.with_name(target.name + ".part")
    try:
        with path.open("rb") as src, tmp.open("wb") as dst:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _imported_before(db_path: Path, target: Path) -> bool:
    """A finished import-warc run of this archive read exactly this (content-addressed) file."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = conn.execute("select args from crawl_runs where spider = 'import-warc' and status = 'finished'").fetchall()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return any(str(target) in json.loads(args or "{}").get("files", []) for (args,) in rows)


def import_warc(db_path: Path, files: list[Path], warc_dir: Path) -> dict:
    """Copy other tools' WARC files under ``warc_dir/imported`` (named by content digest) and add
    what they hold to the archive. A file imported before is skipped (``counts["already"]``)."""
    target_dir = warc_dir / "imported"
    kept, already = [], []
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        for path in files:
            digest = file_sha256(path)
            target = target_dir / imported_name(path, digest)
            if path.resolve() == target.resolve() or (target.exists() and file_sha256(target) == digest):
                if _imported_before(db_path, target):
                    already.append((path, target))
                    continue
            else:
                _copy(path, target)
            kept.append(target)
        counts = _new_counts(kept)
        if kept:
            archive = Archive(db_path)
            try:
                loader, start = load(archive, kept, warc_dir, "import-warc")
                counts = loader.finish(start)
            finally:
                archive.close()
    except (OSError, sqlite3.Error, ArchiveError) as exc:
        raise RebuildError(f"{describe_os_error(exc, db_path)} while importing into {db_path}; the files not yet read "
                           "were not imported (run import-warc again when it is fixed)") from exc
    counts["already"] = already
    return counts


__all__ = ["Damage", "RebuildError", "import_warc", "reparse", "read_files"]
