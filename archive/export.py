"""Dataset releases: the archive's cases, lists and articles' metadata as files a researcher can
cite and open anywhere (Excel, pandas, R, sqlite3), each case with where it came from.

A release is one dated zip (``govcases-<archive>-<YYYY-MM-DD>-<format>.zip``) holding the data
files, a README that says what each column means and where the data comes from, and a licence
note. It is written to a temporary name and renamed when complete, so a failed export leaves
nothing behind and a server listing the folder never offers half a file.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

from .db import ArchiveError, check_sqlite_file

FORMATS = ("csv", "jsonl", "sqlite")
UTF8_BOM = "\ufeff"  # Excel on Windows reads a CSV as UTF-8 only with it
CASE_COLUMNS = ("case_id", "name", "agency", "region", "province", "year", "list", "category", "rank",
                "first_report", "source_url", "snapshot_url")
TABLES = {
    "cases": f"select {', '.join(CASE_COLUMNS)} from case_directory order by case_id",
    "lists": "select list_id, name, year, organisers, release_date, cases, ranked_cases from list_directory order by list_id",
    "articles": ("select article_id, published_at, title, source, relevance, summary, cases, source_url, snapshot_url, "
                 "gone_since from article_directory order by article_id"),
    "mentions": ("select m.case_id, m.article_id, m.position, m.name_as_written from case_mentions m "
                 "order by m.case_id, m.article_id"),
}
README = """# {name}

A release of the Chinese governance case archive (govcases), made {day} from `{archive}`.

- `cases` — one row per recognised case: name as printed, agency, region (中央 for central bodies),
  year and name of the list (榜单) that recognised it, category, rank (only where the list ranks),
  and the first article that reported it: its title, `source_url` (where it was published) and
  `snapshot_url` (the copy the archive fetched{snapshot_note}).
- `lists` — every list with its year, organisers and number of cases.
- `articles` — the reporting articles' metadata (title, outlet, publication time, a short summary,
  number of cases, source and snapshot links). Full texts are not included.
- `mentions` — which article reports which case, at which position of its list.

Counts: {counts}.

Licence: the data in this release (names, agencies, dates, list memberships) are facts extracted
by govcases; the code that made it is Apache-2.0. Article titles and summaries belong to their
publishers and are included to identify the sources; the full texts stay in the archive's
snapshots. Cite the source article (`source_url`) with every case you use.
"""


def export_release(db_path: Path, out_dir: Path, fmt: str, site_url: str | None = None,
                   day: date | None = None) -> Path:
    """Write one release zip into ``out_dir`` and return its path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    check_sqlite_file(db_path)
    if not db_path.exists():
        raise ArchiveError(f"{db_path} does not exist")
    day = day or date.today()
    name = f"govcases-{db_path.stem}-{day.isoformat()}-{fmt}"
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        if not conn.execute("select 1 from sqlite_master where type = 'view' and name = 'case_directory'").fetchone():
            raise ArchiveError(f"{db_path} has no case views yet; run any govcases command that writes to it "
                               "(reparse, crawl) or `govcases serve` once")
        prefix = site_url.rstrip("/") if site_url else ""
        data = {table: [_row(r, prefix) for r in conn.execute(sql)] for table, sql in TABLES.items()}
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{db_path}: {exc}") from exc
    finally:
        conn.close()
    files = {f"{name}/README.md": README.format(
        name=name, day=day.isoformat(), archive=db_path.name,
        snapshot_note=f", at {prefix}" if prefix else "; a path on the server that publishes the archive",
        counts=", ".join(f"{len(rows):,} {table}" for table, rows in data.items())).encode("utf-8")}
    if fmt == "csv":
        for table, rows in data.items():
            files[f"{name}/{table}.csv"] = _csv(rows, table).encode("utf-8")
    elif fmt == "jsonl":
        for table, rows in data.items():
            files[f"{name}/{table}.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    else:
        files[f"{name}/{name}.db"] = _sqlite(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{name}.zip"
    partial = out_dir / f".{name}.zip.partial"
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path, content in files.items():
                zf.writestr(path, content)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _row(row: sqlite3.Row, prefix: str) -> dict:
    out = dict(row)
    if prefix and out.get("snapshot_url"):
        out["snapshot_url"] = prefix + out["snapshot_url"]
    return out


def _csv(rows: list[dict], table: str) -> str:
    columns = list(rows[0]) if rows else list(CASE_COLUMNS if table == "cases" else [])
    out = io.StringIO()
    out.write(UTF8_BOM)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _sqlite(data: dict[str, list[dict]]) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "release.db"
        conn = sqlite3.connect(path)
        for table, rows in data.items():
            if not rows:
                continue
            columns = list(rows[0])
            conn.execute(f"create table [{table}] ({', '.join(f'[{c}]' for c in columns)})")
            conn.executemany(f"insert into [{table}] values ({', '.join('?' for _ in columns)})",
                             [tuple(r[c] for c in columns) for r in rows])
        conn.commit()
        conn.close()
        return path.read_bytes()
