"""The SQLite archive: schema and every write.

Identity rules (what makes two rows the same):
- an article is its canonical URL (share links and second domains collapse in the parser);
- a case list is its normalised name (NFKC, no quotes or spaces);
- a case is one recognition: the normalised case name within its list. The same
  innovation on two different lists is two cases; the same case reported by two
  articles is one case with two rows in ``case_mentions``.

Writes go through :meth:`Archive.store_items`, one transaction per batch, so a crash
or a bad item leaves the archive as it was before the batch.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils
from sqlite_utils.db import DescIndex

from .search import FTS_TABLES, drop_sql, rebuild_sql, register_functions, schema_sql

SQLITE_MAGIC = b"SQLite format 3\x00"
TABLES = ("articles", "article_versions", "case_lists", "cases", "case_mentions", "crawl_runs", "source_runs")


# Where the map puts central bodies: the seat of the central government, Beijing (lon, lat).
CAPITAL = (116.40, 39.90)
# How pages name the cases of central bodies (no province): one label everywhere (views, charts,
# canned queries), so that a facet, a chart bar and a query row agree.
CENTRAL_LABEL = "中央"
# The archive's name as Datasette serves it (its file name without the suffix), read by SQL
# itself so that views can build the snapshot links of the archive they live in.
_DB_NAME = ("(SELECT CASE WHEN instr(b, '.') THEN substr(rtrim(b, replace(b, '.', '')), 1, "
            "length(rtrim(b, replace(b, '.', ''))) - 1) ELSE b END FROM (SELECT replace(file, "
            "rtrim(file, replace(file, '/', '')), '') AS b FROM pragma_database_list WHERE name = 'main'))")
_FIRST_REPORT = ("(SELECT m.article_id FROM case_mentions m JOIN articles x ON x.id = m.article_id "
                 "WHERE m.case_id = c.id ORDER BY x.published_at, x.id LIMIT 1)")
_REGION = (f"CASE WHEN c.admin_level = 'central' THEN '{CENTRAL_LABEL}' ELSE nullif(coalesce(c.province, '') "
           "|| coalesce(CASE WHEN c.city IS NOT c.province THEN c.city END, '') || coalesce(c.district, ''), '') END")
# Views for people (the tables stay for SQL): what a researcher reads, every step a link.
# Scalar subqueries, not joins, for the report columns: a count or a facet over a view reads
# only the columns it uses.
VIEWS = {
    "case_directory": f"""
        SELECT c.id AS case_id, c.name, c.agency, {_REGION} AS region, c.year,
               (SELECT name FROM case_lists WHERE id = c.list_id) AS list, c.category, c.rank,
               (SELECT title FROM articles WHERE id = {_FIRST_REPORT}) AS first_report,
               (SELECT url FROM articles WHERE id = {_FIRST_REPORT}) AS source_url,
               (SELECT '/-/snapshot/' || {_DB_NAME} || '/' || id FROM articles
                 WHERE id = {_FIRST_REPORT} AND warc_file IS NOT NULL) AS snapshot_url,
               c.province, c.list_id, {_FIRST_REPORT} AS article_id,
               CASE WHEN c.admin_level = 'central' THEN {CAPITAL[1]} ELSE c.latitude END AS latitude,
               CASE WHEN c.admin_level = 'central' THEN {CAPITAL[0]} ELSE c.longitude END AS longitude,
               json_object('title', c.name, 'description', trim(coalesce(c.agency, '') || ' · ' ||
                   coalesce((SELECT name FROM case_lists WHERE id = c.list_id), '') || ' · ' ||
                   coalesce(c.year, ''), ' ·'), 'link', 'cases/' || c.id) AS popup
        FROM cases c""",
    "list_directory": """
        SELECT l.id AS list_id, l.name, l.year,
               (SELECT group_concat(value, '、') FROM json_each(CASE WHEN json_valid(l.organisers)
                   THEN l.organisers ELSE '[]' END)) AS organisers,
               l.release_date,
               (SELECT count(*) FROM cases WHERE list_id = l.id) AS cases,
               (SELECT count(*) FROM cases WHERE list_id = l.id AND rank IS NOT NULL) AS ranked_cases
        FROM case_lists l""",
    "article_directory": f"""
        SELECT a.id AS article_id, a.published_at, a.title, a.source, a.relevance,
               coalesce(a.summary, substr(a.text, 1, 120) || CASE WHEN length(a.text) > 120 THEN '…' ELSE '' END)
                   AS summary,
               (SELECT count(*) FROM case_mentions WHERE article_id = a.id) AS cases,
               a.url AS source_url,
               CASE WHEN a.warc_file IS NOT NULL THEN '/-/snapshot/' || {_DB_NAME} || '/' || a.id END AS snapshot_url,
               a.gone_since
        FROM articles a""",
}


class ArchiveError(Exception):
    """A problem with the archive file itself (not SQLite, unreadable, wrong schema)."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def check_sqlite_file(path: Path) -> None:
    """Raise ArchiveError unless ``path`` is absent, empty, or an SQLite database."""
    if path.is_dir():
        raise ArchiveError(f"{path} is a directory, not an SQLite database")
    if path.exists() and path.stat().st_size > 0:
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise ArchiveError(f"cannot read {path}: {exc.strerror}") from exc
        if head != SQLITE_MAGIC:
            raise ArchiveError(f"{path} is not an SQLite database")


def case_key(list_name: str | None, name_normalized: str) -> str:
    from crawler.parsers.identity import normalise_name

    return f"{normalise_name(list_name or '')}|{name_normalized}"


class Archive:
    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        self._known_cases: list[str] | None = None  # names and cores, read once (see _mentioning)
        # Not check_sqlite_file(): opening and closing the file with open() would drop the
        # POSIX locks SQLite holds on it for other connections of this process (the crawl's
        # writer), and another process could then delete the WAL under it. SQLite itself
        # reports a file that is not a database.
        if self.path.is_dir():
            raise ArchiveError(f"{self.path} is a directory, not an SQLite database")
        if not create and not self.path.exists():
            raise ArchiveError(f"{self.path} does not exist; run `govcases crawl` first")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA schema_version").fetchone()  # raises on a file that is not SQLite
            register_functions(self.db.conn)
            self.db.execute("PRAGMA foreign_keys = ON")
            if create:
                self.db.enable_wal()
                self.ensure_schema()
        except sqlite3.DatabaseError as exc:
            message = "is not an SQLite database" if "not a database" in str(exc) else str(exc)
            raise ArchiveError(f"{self.path} {message}" if message.startswith("is") else f"{self.path}: {message}") from exc

    def close(self):
        self.db.close()

    # --- schema ---------------------------------------------------------------

    def ensure_schema(self) -> None:
        db = self.db
        with db.conn:
            db.table("crawl_runs").create(
                {
                    "id": int, "spider": str, "args": str, "started_at": str, "finished_at": str,
                    "status": str, "finish_reason": str, "pages": int, "requests": int, "items": int,
                    "new_articles": int, "changed_articles": int, "unchanged_articles": int, "new_cases": int,
                    "errors": int, "invalid_items": int, "parser_fallbacks": int,
                },
                pk="id", if_not_exists=True,
            )
            db.table("articles").create(
                {
                    "id": int, "url": str, "site": str, "site_slug": str, "relevance": str, "title": str,
                    "author": str, "source": str,
                    "published_at": str, "published_precision": str, "summary": str, "channel": str,
                    "section_path": str, "text": str, "text_sha256": str, "parser": str,
                    "fetched_url": str, "http_status": int, "encoding": str, "replaced_chars": int, "fetched_at": str,
                    "first_seen_at": str, "crawl_run_id": int, "version": int, "warc_file": str,
                    "warc_offset": int, "payload_sha256": str, "etag": str, "last_modified": str,
                },
                pk="id", not_null={"url"}, if_not_exists=True,
                foreign_keys=[("crawl_run_id", "crawl_runs", "id")],
            )
            db.table("article_versions").create(
                {
                    "id": int, "article_id": int, "version": int, "fetched_at": str, "title": str, "text": str,
                    "text_sha256": str, "payload_sha256": str, "warc_file": str, "warc_offset": int,
                    "crawl_run_id": int,
                },
                pk="id", not_null={"article_id", "version"}, if_not_exists=True,
                foreign_keys=[("article_id", "articles", "id"), ("crawl_run_id", "crawl_runs", "id")],
            )
            db.table("source_runs").create(
                {"id": int, "run_id": int, "source": str, "articles": int, "new_articles": int, "case_bearing": int,
                 "parser_fallbacks": int},
                pk="id", not_null={"run_id", "source"}, if_not_exists=True,
                foreign_keys=[("run_id", "crawl_runs", "id")],
            )
            db.table("case_lists").create(
                {"id": int, "key": str, "name": str, "year": int, "organisers": str, "release_date": str},
                pk="id", not_null={"key", "name"}, if_not_exists=True,
            )
            db.table("cases").create(
                {
                    "id": int, "key": str, "name": str, "name_normalized": str, "core": str, "list_id": int,
                    "year": int, "category": str, "rank": int, "agency": str, "agency_kind": str, "province": str, "city": str,
                    "district": str, "adcode": str, "admin_level": str, "longitude": float, "latitude": float,
                    "region_ambiguous": str, "channel": str, "dates": str, "description": str,
                    "first_seen_at": str, "updated_at": str,
                },
                pk="id", not_null={"key", "name"}, if_not_exists=True,
                foreign_keys=[("list_id", "case_lists", "id")],
            )
            db.table("case_mentions").create(
                {
                    "id": int, "article_id": int, "case_id": int, "position": int,
                    "name_as_written": str, "description": str,
                },
                pk="id", not_null={"article_id", "case_id"}, if_not_exists=True,
                foreign_keys=[("article_id", "articles", "id"), ("case_id", "cases", "id")],
            )
            self._add_missing_columns()
            self.ensure_views()
            for table in FTS_TABLES:
                current = self.db.execute(
                    "SELECT sql FROM sqlite_master WHERE name = ?", [f"{table}_fts"]).fetchone()
                if current and schema_sql(table)[0].split("USING", 1)[1] not in current[0]:
                    for statement in drop_sql(table):  # an index made by an older version: rebuild it
                        self.db.execute(statement)
                fresh = not self.db.table(f"{table}_fts").exists()
                for statement in schema_sql(table):
                    self.db.execute(statement)
                if fresh and self.db.table(table).count:
                    for statement in rebuild_sql(table):  # an archive made before search existed
                        self.db.execute(statement)
            for replaced in ("idx_articles_published_at", "idx_articles_published_at_id"):  # see below
                self.db.execute(f"DROP INDEX IF EXISTS [{replaced}]")
            for table, columns, unique, *name in (
                ("articles", ["url"], True),
                # Newest first with ties in id order: Datasette sorts a table's first page by the
                # column alone and later pages by the column then id, so an index walked backwards
                # (ties in descending id) made newest-first pagination skip or repeat same-time
                # articles. (SQLite picks one index for both directions, so oldest-first pages keep
                # that fault: README, "Publishing".)
                ("articles", [DescIndex("published_at"), "id"], False, "idx_articles_newest_first"),
                ("articles", ["source"], False),
                ("articles", ["relevance"], False),
                ("articles", ["site_slug"], False),
                ("articles", ["channel"], False),
                ("articles", ["crawl_run_id"], False),
                ("articles", ["fetched_url"], False),
                ("article_versions", ["article_id", "version"], True),
                ("case_lists", ["key"], True),
                ("case_lists", ["year"], False),
                ("cases", ["key"], True),
                ("cases", ["list_id"], False),
                ("cases", ["list_id", "core"], False),
                ("cases", ["list_id", "name_normalized"], False),
                ("cases", ["year"], False),
                ("cases", ["province"], False),
                ("cases", ["city"], False),
                ("cases", ["agency"], False),
                ("cases", ["channel"], False),
                ("cases", ["admin_level"], False),
                ("case_mentions", ["article_id", "case_id"], True),
                ("case_mentions", ["case_id"], False),
                ("crawl_runs", ["started_at"], False),
                ("source_runs", ["source", "run_id"], False),
            ):
                db.table(table).create_index(columns, index_name=name[0] if name else None, unique=unique, if_not_exists=True)

    NEW_COLUMNS = {
        "articles": {"site_slug": str, "relevance": str, "replaced_chars": int, "version": int, "warc_file": str, "warc_offset": int, "payload_sha256": str, "etag": str,
                     "last_modified": str, "checked_at": str, "gone_since": str, "gone_status": int},
        "crawl_runs": {"requests": int, "new_articles": int, "changed_articles": int, "unchanged_articles": int,
                       "new_cases": int, "gone_articles": int},
        "cases": {"core": str, "category": str, "rank": int, "region_ambiguous": str, "agency_kind": str},
    }

    def ensure_views(self) -> None:
        """(Re)create the views for people when missing or made by an older version."""
        for name, body in VIEWS.items():
            sql = f"CREATE VIEW [{name}] AS {body.strip()}"
            current = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]).fetchone()
            if current and current[0] == sql:
                continue
            self.db.execute(f"DROP VIEW IF EXISTS [{name}]")
            self.db.execute(sql)

    def views_current(self) -> bool:
        for name, body in VIEWS.items():
            row = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]).fetchone()
            if not row or row[0] != f"CREATE VIEW [{name}] AS {body.strip()}":
                return False
        return True

    def _add_missing_columns(self) -> None:
        """Archives made by an older version get the columns added since."""
        for table, columns in self.NEW_COLUMNS.items():
            have = set(self.db.table(table).columns_dict)
            for name, kind in columns.items():
                if name not in have:
                    self.db.table(table).add_column(name, kind)

    # --- crawl runs -----------------------------------------------------------

    def start_run(self, spider: str, args: dict | None = None) -> int:
        with self.db.conn:
            table = self.db.table("crawl_runs")
            table.insert(
                {"spider": spider, "args": json.dumps(args or {}, ensure_ascii=False), "started_at": now(),
                 "status": "running", "pages": 0, "items": 0, "errors": 0, "invalid_items": 0, "parser_fallbacks": 0}
            )
            return table.last_pk

    def finish_run(self, run_id: int, **fields) -> None:
        fields.setdefault("finished_at", now())
        with self.db.conn:
            self.db.table("crawl_runs").update(run_id, fields)

    def record_source_runs(self, run_id: int, by_source: dict[str, dict], fallbacks: dict[str, int]) -> None:
        """What one crawl found per registered source (a catalogue crawl reads several)."""
        rows = [{"run_id": run_id, "source": slug, "articles": found.get("articles", 0),
                 "new_articles": found.get("new_articles", 0), "case_bearing": found.get("case_bearing", 0),
                 "parser_fallbacks": fallbacks.get(slug, 0)}
                for slug, found in sorted({**{k: {} for k in fallbacks}, **by_source}.items())]
        with self.db.conn:
            self.db.table("source_runs").insert_all(rows)

    # --- articles and cases ---------------------------------------------------

    def store_items(self, items: list[dict], run_id: int | None = None) -> dict:
        """Write items in one transaction, in order: parsed articles (article + lists + cases) and
        source statuses (``{"source_status": {"fetched_url", "status", "seen_at", "gone"}}``).

        Returns counts of new articles, changed articles, new cases and articles found gone.
        """
        counts = {"new_articles": 0, "changed_articles": 0, "new_cases": 0, "gone_articles": 0,
                  "case-bearing": 0, "mentioning": 0, "other": 0}
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            by_source: dict[str, dict] = {}
            for item in items:
                if item.get("source_status"):
                    self._store_source_status(item["source_status"], counts)
                    continue
                before = (counts["new_articles"], counts["case-bearing"])
                self._store_item(item, run_id, counts)
                slug = item.get("site_slug") or _slug_of(item["article"]["url"])
                if slug:
                    mine = by_source.setdefault(slug, {"articles": 0, "new_articles": 0, "case_bearing": 0})
                    mine["articles"] += 1
                    mine["new_articles"] += counts["new_articles"] - before[0]
                    mine["case_bearing"] += counts["case-bearing"] - before[1]
            counts["by_source"] = by_source
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return counts

    def _store_source_status(self, status: dict, counts: dict) -> None:
        """A crawl saw a page the archive holds: note when; if it answered 404/410, keep everything
        and note since when it is gone; if it answered, clear that."""
        url, seen = status["fetched_url"], status.get("seen_at") or now()
        if status.get("gone"):
            cursor = self.db.execute(
                "UPDATE articles SET checked_at = ?, gone_since = coalesce(gone_since, ?), gone_status = ? "
                "WHERE fetched_url = ? OR url = ?", [seen, seen, status.get("status"), url, url])
            counts["gone_articles"] += cursor.rowcount
        else:
            self.db.execute("UPDATE articles SET checked_at = ?, gone_since = NULL, gone_status = NULL "
                            "WHERE fetched_url = ? OR url = ?", [seen, url, url])

    def _mentioning(self, text: str) -> str:
        """'mentioning' when an article with no case list names a case the archive knows (its
        normalised name or core, four characters or more), else 'other'."""
        from crawler.parsers.identity import normalise_name

        if self._known_cases is None:
            rows = self.db.execute("SELECT name_normalized, core FROM cases").fetchall() \
                if self.db.table("cases").exists() else []
            self._known_cases = sorted({k for row in rows for k in row if k and len(k) >= 4}, key=len, reverse=True)
        folded = normalise_name(text)
        return "mentioning" if any(k in folded for k in self._known_cases) else "other"

    def _store_item(self, item: dict, run_id: int | None, counts: dict) -> None:
        db = self.db
        article = item["article"]
        stamp = now()
        text = article.get("text") or ""
        relevance = "case-bearing" if item.get("cases") else self._mentioning(text)
        counts[relevance] = counts.get(relevance, 0) + 1
        row = {
            "url": article["url"],
            "site": item.get("site") or _site_of(article["url"]),
            "site_slug": item.get("site_slug") or _slug_of(article["url"]),
            "relevance": relevance,
            "title": article.get("title"),
            "author": article.get("author"),
            "source": article.get("source"),
            "published_at": article.get("published_at"),
            "published_precision": article.get("published_precision"),
            "summary": article.get("summary"),
            "channel": article.get("channel"),
            "section_path": json.dumps(article.get("section_path") or [], ensure_ascii=False),
            "text": text,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "parser": article.get("parser"),
            "fetched_url": item.get("fetched_url"),
            "http_status": item.get("status"),
            "encoding": item.get("encoding"),
            # bytes no encoding could read, stored as U+FFFD (html.decode_html keeps such pages)
            "replaced_chars": (article.get("title") or "").count("\ufffd") + text.count("\ufffd"),
            "fetched_at": item.get("fetched_at") or stamp,
            "crawl_run_id": run_id,
            "etag": item.get("etag"),
            "last_modified": item.get("last_modified"),
            "checked_at": item.get("fetched_at") or stamp,
            "gone_since": None,  # it answered with a page
            "gone_status": None,
        }
        warc = item.get("warc") or {}
        if warc:
            row.update(warc_file=warc.get("file"), warc_offset=warc.get("offset"), payload_sha256=warc.get("sha256"))
        existing = db.execute("SELECT id, text_sha256, version FROM articles WHERE url = ?", [row["url"]]).fetchone()
        if existing:
            article_id, old_sha, version = existing
            if old_sha != row["text_sha256"]:
                counts["changed_articles"] += 1
                row["version"] = (version or 1) + 1
                self._update("articles", article_id, row)
                self._add_version(article_id, row, run_id)
            else:
                self._update("articles", article_id, row)
        else:
            row["first_seen_at"] = stamp
            row["version"] = 1
            article_id = self._insert("articles", row)
            self._add_version(article_id, row, run_id)
            counts["new_articles"] += 1

        list_ids: dict[str, int] = {}
        for lst in item.get("lists") or []:
            list_ids[lst["name"]] = self._upsert_list(lst)

        kept_case_ids = []
        for case in item.get("cases") or []:
            list_id = list_ids.get(case.get("list")) if case.get("list") else None
            if case.get("list") and list_id is None:
                list_id = self._upsert_list({"name": case["list"], "year": case.get("list_year"),
                                             "organisers": case.get("list_organisers") or []})
            case_id, created = self._upsert_case(case, list_id, stamp)
            if created:
                self._known_cases = None
            counts["new_cases"] += created
            kept_case_ids.append(case_id)
            mention = {
                "article_id": article_id, "case_id": case_id, "position": case.get("position"),
                "name_as_written": case["name"], "description": case.get("description"),
            }
            found = db.execute(
                "SELECT id FROM case_mentions WHERE article_id = ? AND case_id = ?", [article_id, case_id]
            ).fetchone()
            if found:
                self._update("case_mentions", found[0], mention)
            else:
                self._insert("case_mentions", mention)
        # A re-parse that no longer finds a case in this article drops that mention.
        placeholders = ",".join("?" * len(kept_case_ids)) or "NULL"
        db.execute(
            f"DELETE FROM case_mentions WHERE article_id = ? AND case_id NOT IN ({placeholders})",
            [article_id, *kept_case_ids],
        )

    # Plain SQL inside store_items: sqlite-utils' insert/update commit on their own,
    # which would end our batch transaction half-way.
    def _insert(self, table: str, row: dict) -> int:
        columns = ", ".join(f"[{c}]" for c in row)
        cursor = self.db.conn.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
        return cursor.lastrowid

    def _update(self, table: str, row_id: int, row: dict) -> None:
        assignments = ", ".join(f"[{c}] = ?" for c in row)
        self.db.conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*row.values(), row_id])

    def _add_version(self, article_id: int, row: dict, run_id: int | None) -> None:
        """Every distinct text an article had, oldest first; the articles row shows the newest."""
        self._insert("article_versions", {
            "article_id": article_id, "version": row["version"], "fetched_at": row["fetched_at"],
            "title": row["title"], "text": row["text"], "text_sha256": row["text_sha256"],
            "payload_sha256": row.get("payload_sha256"), "warc_file": row.get("warc_file"),
            "warc_offset": row.get("warc_offset"), "crawl_run_id": run_id,
        })

    def _upsert_list(self, lst: dict) -> int:
        from crawler.parsers.identity import normalise_name

        key = normalise_name(lst["name"])
        row = {"key": key, "name": lst["name"], "year": lst.get("year"),
               "organisers": json.dumps(lst.get("organisers") or [], ensure_ascii=False),
               "release_date": lst.get("release_date")}
        found = self.db.execute("SELECT id, organisers FROM case_lists WHERE key = ?", [key]).fetchone()
        if found:
            if not lst.get("organisers"):
                row.pop("organisers")  # one article may name the organisers, another not
            self._update("case_lists", found[0], row)
            return found[0]
        return self._insert("case_lists", row)

    # Fields a later mention may fill in but never blank out.
    CASE_COALESCE = ("agency", "agency_kind", "province", "city", "district", "adcode", "admin_level", "longitude", "latitude",
                     "region_ambiguous", "category", "rank", "description")

    def _find_case(self, key: str, list_id: int | None, name_normalized: str, core: str) -> tuple | None:
        found = self.db.execute("SELECT id, name_normalized FROM cases WHERE key = ?", [key]).fetchone()
        if found:
            return found
        # The same case written with or without its agency / province prefix (see case_core).
        return self.db.execute(
            "SELECT id, name_normalized FROM cases WHERE list_id IS ? AND "
            "(core = ? OR name_normalized = ? OR core = ?) ORDER BY id LIMIT 1",
            [list_id, core, core, name_normalized],
        ).fetchone()

    def _upsert_case(self, case: dict, list_id: int | None, stamp: str) -> tuple[int, bool]:
        from crawler.parsers.cases import case_core

        core = case.get("core") or case_core(case["name"])
        row = {
            "key": case_key(case.get("list"), case["name_normalized"]), "name": case["name"],
            "name_normalized": case["name_normalized"], "core": core, "list_id": list_id,
            "year": case.get("list_year"), "category": case.get("category"), "rank": case.get("rank"),
            "agency": case.get("agency"), "agency_kind": case.get("agency_kind"), "province": case.get("province"),
            "city": case.get("city"), "district": case.get("district"), "adcode": case.get("adcode"),
            "admin_level": case.get("admin_level"), "longitude": case.get("longitude"),
            "latitude": case.get("latitude"),
            "region_ambiguous": json.dumps(case["region_ambiguous"], ensure_ascii=False) if case.get("region_ambiguous") else None,
            "channel": case.get("channel"),
            "dates": json.dumps(case.get("dates") or [], ensure_ascii=False),
            "description": case.get("description"), "updated_at": stamp,
        }
        found = self._find_case(row["key"], list_id, row["name_normalized"], core)
        if found:
            case_id, known_name = found
            for field in self.CASE_COALESCE:
                if row[field] is None:
                    row.pop(field)
            if len(known_name) >= len(row["name_normalized"]):
                # Keep the fullest name (with its agency) as the case's name and identity.
                for field in ("key", "name", "name_normalized", "core"):
                    row.pop(field)
            self._update("cases", case_id, row)
            return case_id, False
        row["first_seen_at"] = stamp
        return self._insert("cases", row), True

    # --- reading --------------------------------------------------------------

    def known_pages(self) -> dict[str, dict]:
        """Per fetched URL: what the last fetch stored (for conditional requests and revisits)."""
        if not self.db.table("articles").exists():
            return {}
        rows = self.db.query(
            "SELECT fetched_url, url, etag, last_modified, payload_sha256, warc_file, warc_offset, fetched_at, gone_since "
            "FROM articles WHERE fetched_url IS NOT NULL"
        )
        return {r["fetched_url"]: {**r, "warc_date": r["fetched_at"]} for r in rows}

    def least_recently_checked(self, spider: str, exclude: set[str], limit: int) -> list[str]:
        """Fetched URLs of articles last stored by runs of ``spider``, longest unchecked first."""
        rows = self.db.execute(
            "SELECT a.fetched_url FROM articles a JOIN crawl_runs r ON r.id = a.crawl_run_id "
            "WHERE r.spider = ? AND a.fetched_url IS NOT NULL ORDER BY coalesce(a.checked_at, a.fetched_at), a.id",
            [spider])
        out = []
        for (url,) in rows:
            if url not in exclude:
                out.append(url)
                if len(out) >= limit:
                    break
        return out

    def previous_items(self, spider: str, before_run: int) -> int:
        """Articles found by earlier finished runs of a spider (to tell a source that went silent)."""
        row = self.db.execute(
            "SELECT coalesce(max(items + coalesce(unchanged_articles, 0)), 0) FROM crawl_runs "
            "WHERE spider = ? AND id < ? AND status = 'finished'", [spider, before_run]).fetchone()
        return row[0]

    def mark_stale_runs(self) -> int:
        """Runs left 'running' by a crawl that was killed (called while holding the crawl lock)."""
        with self.db.conn:
            cursor = self.db.conn.execute(
                "UPDATE crawl_runs SET status = 'killed', finish_reason = 'process ended without closing the run' "
                "WHERE status = 'running'")
        return cursor.rowcount

    def stats(self, runs: int = 5) -> dict:
        counts = {t: self.db.table(t).count if self.db.table(t).exists() else 0 for t in TABLES}
        last = []
        if self.db.table("crawl_runs").exists():
            last = list(self.db.query(
                "SELECT id, spider, started_at, finished_at, status, pages, items, errors "
                "FROM crawl_runs ORDER BY id DESC LIMIT ?", [runs]))
        relevance = {}
        if self.db.table("articles").exists():
            relevance = {k or "not yet classified": n for k, n in self.db.execute(
                "SELECT relevance, count(*) FROM articles GROUP BY relevance "
                "ORDER BY relevance IS NULL, relevance").fetchall()}
        return {"relevance": relevance, "tables": counts, "last_runs": last}

    def source_summary(self) -> dict[str, dict]:
        """Per registered source (articles.site_slug): articles, case-bearing ones, cases, the
        newest fetch, and its last crawl runs (spider named after the source)."""
        out: dict[str, dict] = {}
        if not self.db.table("articles").exists():
            return out
        for slug, articles, bearing, last_fetch in self.db.execute(
                "SELECT site_slug, count(*), sum(relevance = 'case-bearing'), max(fetched_at) FROM articles "
                "WHERE site_slug IS NOT NULL GROUP BY site_slug"):
            out[slug] = {"articles": articles, "case_bearing": bearing or 0, "last_fetched_at": last_fetch}
        for slug, cases in self.db.execute(
                "SELECT a.site_slug, count(DISTINCT m.case_id) FROM case_mentions m JOIN articles a ON a.id = m.article_id "
                "WHERE a.site_slug IS NOT NULL GROUP BY a.site_slug"):
            out.setdefault(slug, {})["cases"] = cases
        if self.db.table("source_runs").exists():
            for row in self.db.query(
                    "SELECT s.source, r.id, r.spider, r.started_at, r.status, s.articles AS items, s.new_articles, "
                    "s.case_bearing, s.parser_fallbacks FROM source_runs s JOIN crawl_runs r ON r.id = s.run_id "
                    "ORDER BY r.id DESC"):
                runs = out.setdefault(row["source"], {}).setdefault("runs", [])
                if len(runs) < 2:
                    runs.append(row)
        return out


def _slug_of(url: str) -> str | None:
    from crawler.sites import site_for

    site = site_for(url)
    return site.slug if site else None


def _site_of(url: str) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").removeprefix("www.")
