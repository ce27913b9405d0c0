"""Chinese full-text search that equals substring search.

SQLite's FTS5 tokenizers treat a run of Chinese characters as one token (unicode61) or need
three characters (trigram), so ordinary 1-2 character words find nothing. We index every run
of letters and digits as overlapping two-character tokens plus its last character
(网络理政 -> 网络 络理 理政 政), folded to simplified characters and lower case, and turn a
query into the same phrase: 络理政 -> "络理 理政", a one-character query into a prefix ("政"*).
A row matches exactly when the text contains the query as a substring (see
../shared/research/findings.md for the measurements behind this choice).
"""
from __future__ import annotations

import re
import sqlite3

from crawler.parsers.identity import to_simplified

WORD_RUN = re.compile(r"[^\W_]+")
FTS_TABLES = {
    "articles": ("title", "summary", "text"),
    "cases": ("name", "agency", "description"),
}


def fold(text: str) -> str:
    return to_simplified(text).lower()


def bigram_text(text: str | None) -> str:
    """What goes into the index for ``text``."""
    if not text:
        return ""
    out: list[str] = []
    for run in WORD_RUN.findall(fold(text)):
        if len(run) > 1:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        out.append(run[-1])
    return " ".join(out)


def fts_query(query: str | None) -> str:
    """An FTS5 MATCH expression that finds exactly the rows containing ``query``.

    Runs separated by spaces or punctuation must all occur (AND).
    """
    runs = WORD_RUN.findall(fold(query or ""))
    if not runs:
        return '""'
    parts = []
    for run in runs:
        if len(run) == 1:
            parts.append(f'"{run}"*')
        else:
            parts.append('"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"')
    return " ".join(parts)


def index_table(table: str) -> str:
    return f"{table}_fts"


def match_sql(table: str, param: str, column: str | None = None, raw: bool = False) -> str:
    """SQL selecting the rowids of ``table`` whose indexed text contains :param.

    ``column`` limits the match to one indexed column; ``raw`` passes :param to FTS5 as written.
    """
    fts = index_table(table)
    target = f"[{column}]" if column else f"[{fts}]"
    query = f":{param}" if raw else f"govcases_fts_query(:{param})"
    return f"select rowid from [{fts}] where {target} match {query}"


def count_sql(table: str, param: str = "search", raw: bool = False) -> str:
    """Rows of ``table`` containing :param, counted in the index alone.

    Exact: the triggers keep one index row per table row. On a million rows a common character
    (政 in a quarter of them) is counted here in a few milliseconds, where counting the table's
    rows through ``id in (...)`` costs over 100 ms.
    """
    return f"select count(*) from ({match_sql(table, param, raw=raw)})"


# Limits for the published (read-only) archive, where anyone can run SQL: the time limit
# interrupts SQLite between steps but never inside one call of a Python function, so no function
# may take long on one argument, and no string may grow huge (printf('%.*c', 50000000, '政')).
MAX_QUERY_CHARS = 1000  # a search query (govcases_fts_query) longer than this is refused
MAX_SQL_STRING_BYTES = 8 * 1024 * 1024  # SQLITE_LIMIT_LENGTH: no string or blob beyond this (texts are capped far below)


def _bounded(function, name: str, limit: int):
    def bounded(value):
        if isinstance(value, (str, bytes)) and len(value) > limit:
            raise ValueError(f"{name}: the argument is longer than {limit} characters")
        return function(value)

    return bounded


def register_functions(conn, public: bool = False) -> None:
    """The SQL functions the indexes and queries use: govcases_bigrams(text), govcases_fts_query(q).

    ``public`` (Datasette): only govcases_fts_query, refusing queries over MAX_QUERY_CHARS, and
    no string longer than MAX_SQL_STRING_BYTES. The index function is not exposed there: the
    published file is read-only, so its triggers never run."""
    if public:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_SQL_STRING_BYTES)
        conn.create_function("govcases_fts_query", 1, _bounded(fts_query, "govcases_fts_query", MAX_QUERY_CHARS),
                             deterministic=True)
        return
    conn.create_function("govcases_bigrams", 1, bigram_text, deterministic=True)
    conn.create_function("govcases_fts_query", 1, fts_query, deterministic=True)


def schema_sql(table: str) -> list[str]:
    """A contentless FTS5 table and the triggers that keep it in step with ``table``."""
    columns = FTS_TABLES[table]
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"govcases_bigrams(new.[{c}])" for c in columns)
    old = ", ".join(f"govcases_bigrams(old.[{c}])" for c in columns)
    return [
        # prefix='1': one-character queries are prefix queries; an index of first characters
        # makes them 3-4 times faster on a million rows (benchmarks/bench_search.py).
        f"CREATE VIRTUAL TABLE IF NOT EXISTS [{fts}] USING fts5({cols}, content='', tokenize='unicode61', prefix='1')",
        f"CREATE TRIGGER IF NOT EXISTS [{table}_fts_ai] AFTER INSERT ON [{table}] BEGIN "
        f"INSERT INTO [{fts}](rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS [{table}_fts_ad] AFTER DELETE ON [{table}] BEGIN "
        f"INSERT INTO [{fts}]([{fts}], rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS [{table}_fts_au] AFTER UPDATE OF {cols} ON [{table}] BEGIN "
        f"INSERT INTO [{fts}]([{fts}], rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO [{fts}](rowid, {cols}) VALUES (new.id, {new}); END",
    ]


def drop_sql(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS [{table}_fts_{t}]" for t in ("ai", "ad", "au")] + [f"DROP TABLE IF EXISTS [{table}_fts]"]


def rebuild_sql(table: str) -> list[str]:
    columns = FTS_TABLES[table]
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    return [
        f"DELETE FROM [{fts}]",
        f"INSERT INTO [{fts}](rowid, {cols}) SELECT id, "
        + ", ".join(f"govcases_bigrams([{c}])" for c in columns) + f" FROM [{table}]",
    ]
