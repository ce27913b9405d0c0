"""The govcases Datasette plugin: Chinese search, source and snapshot links, charts, snapshots.

Registered through the ``datasette`` entry point in pyproject.toml, so it is active wherever
the project is installed.
"""
from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from jinja2 import BytecodeCache
from markupsafe import Markup

from ..search import FTS_TABLES, count_sql, index_table, match_sql, register_functions

# Archived pages are other people's HTML: nothing in them may run or load in our origin.
SNAPSHOT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                "form-action 'none'; frame-ancestors 'self'; sandbox")

# ?_nocount=index on a search page: the plugin counted the matching rows in the full-text index
# and asked Datasette not to count them again (see _IndexCount).
INDEX_COUNT = "index"
SCOPE_COUNT_KEY = "govcases.search_count"
SCOPE_FACETS_KEY = "govcases.facets_skipped"
# Searches matching more rows than this show no facets (a note says why); metadata can change it:
# plugins: govcases: {facet_search_rows: N} (0: always count facets).
FACET_SEARCH_ROWS = 20000




@hookimpl
def prepare_connection(conn):
    register_functions(conn, public=True)


# Views for people search through the index of the table they show: view -> (table, id column).
SEARCHABLE_VIEWS = {"case_directory": ("cases", "case_id"), "article_directory": ("articles", "article_id")}


def _indexed(table: str) -> tuple[str, str] | None:
    """(table whose index to search, column of the page's rows holding that table's id)."""
    if table in FTS_TABLES:
        return table, "id"
    return SEARCHABLE_VIEWS.get(table)


async def _has_index(datasette, database: str, table: str) -> bool:
    target = _indexed(table)
    if target is None:
        return False
    try:
        db = datasette.get_database(database)
    except KeyError:
        return False
    return await db.table_exists(index_table(target[0]))


def _filters_rows(args) -> bool:
    """Whether the query string narrows the rows by anything besides ?_search=."""
    return any(not key.startswith("_") or key in ("_where", "_through") or key.startswith(("_search_", "_filter_"))
               for key in args)


# A search matching at least this many rows and this share of the table is "common"; both can be
# set in metadata: plugins: govcases: {common_search_rows: ..., common_search_share: ...}
COMMON_ROWS, COMMON_SHARE = 5000, 0.02


async def _walk_sort_index(request, datasette, database: str, table: str) -> bool:
    """Whether a search-only page is better served by walking the index of its sort column.

    True when the search is common (the index count from _IndexCount says so) and the page is
    sorted by a column that leads an index in the same direction; pages in id order already stop
    after one page of matches.
    """
    if table not in FTS_TABLES:  # a view: no index of its own to walk
        return False
    config = datasette.plugin_config("govcases", database=database, table=table) or {}
    count = request.scope.get(SCOPE_COUNT_KEY)
    if count is None or count < config.get("common_search_rows", COMMON_ROWS):
        return False
    meta = datasette.table_metadata(database, table) or {}
    if request.args.get("_sort") or request.args.get("_sort_desc"):
        column, descending = request.args.get("_sort") or request.args["_sort_desc"], not request.args.get("_sort")
    else:
        column, descending = meta.get("sort") or meta.get("sort_desc"), not meta.get("sort")
    if not column or column in ("id", "rowid"):
        return False
    db = datasette.get_database(database)
    total = (await db.execute(f"select max(rowid) from [{table}]")).first()[0] or 0
    if count < config.get("common_search_share", COMMON_SHARE) * total:
        return False
    # an index walked forwards only: backwards, its ties come in descending id, and Datasette's
    # next page expects ascending id
    leading = await db.execute(
        "select 1 from pragma_index_list(:t) as l join pragma_index_xinfo(l.name) as i "
        "where i.seqno = 0 and i.name = :c and i.desc = :d limit 1", {"t": table, "c": column, "d": int(descending)})
    return bool(leading.rows)


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    """?_search= and ?_search_<column>= on tables with a govcases bigram index.

    Datasette's own search filter needs an fts_table it can hand the query to; ours needs the
    query turned into bigrams first, so metadata.yml names no fts_table and this filter does the
    search. trylast: Datasette's filter, run before it, sets supports_search to False.
    """
    async def inner():
        from datasette.filters import FilterArguments
        from datasette.utils.asgi import BadRequest

        if not await _has_index(datasette, database, table):
            return None
        indexed, id_column = _indexed(table)
        raw = (request.args.get("_searchmode") or (datasette.table_metadata(database, table) or {}).get("searchmode")) == "raw"
        where, params, described, context = [], {}, [], {"supports_search": True}
        for i, key in enumerate(k for k in request.args if k.startswith("_search") and k != "_searchmode"):
            value = request.args[key]
            if not value.strip():
                continue
            if key == "_search":
                column, param = None, "search"
                described.append(f'search matches "{value}"')
            else:
                column, param = key.split("_search_", 1)[1], f"search_{i}"
                if column not in FTS_TABLES[indexed]:
                    raise BadRequest("Cannot search by that column")
                described.append(f'search column "{column}" matches "{value}"')
            # "+" keeps SQLite from looking each match up by id: for a common word on a page sorted
            # by an indexed column, walking that index and testing membership finds the first
            # page in a few hundred rows instead of looking up and sorting every match.
            plus = "+" if param == "search" and await _walk_sort_index(request, datasette, database, table) else ""
            where.append(f"{plus}[{table}].{id_column} in ({match_sql(indexed, param, column, raw)})")
            params[param] = value
            context["search"] = value
        return FilterArguments(where, params, described, context)

    return inner


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: _IndexCount(app, datasette)


class _IndexCount:
    """Counts a search-only table page in the full-text index instead of the table.

    Datasette counts a filtered table page with ``select count(*) from cases where id in (...)``;
    for a common character that is a lookup per matching row (政: 250,000 rows, over 100 ms on a
    million cases). When ?_search= is the only thing narrowing the rows, the index count is the
    same number, read in a few milliseconds: this wrapper computes it, adds ``_nocount=index`` so
    that Datasette skips its own count, and puts the number back into the page (HTML through
    extra_template_vars, JSON here). Pages with other filters are counted by Datasette as usual.
    """

    def __init__(self, app, datasette):
        self.app, self.datasette = app, datasette

    async def __call__(self, scope, receive, send):
        scope = _without_base_url(scope, self.datasette.setting("base_url") or "/")
        if scope.get("type") != "http" or scope.get("method") not in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        target = await self._target(scope)
        if target is None:
            return await self.app(scope, receive, send)
        scope, is_json = target
        if is_json:
            send = _PatchJsonCount(send, scope[SCOPE_COUNT_KEY])
        return await self.app(scope, receive, send)

    async def _target(self, scope):
        """(scope to pass on, whether to patch JSON), or None to pass the request on untouched."""
        from urllib.parse import parse_qsl, urlencode

        path = scope.get("path", "")
        parts = path[1:].split("/") if path.startswith("/") else []
        if len(parts) != 2:
            return None
        database, table = parts
        is_json = table.endswith(".json")
        table = table.removesuffix(".json")
        if database not in self.datasette.databases or not await _has_index(self.datasette, database, table):
            return None
        given = parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
        # our marker from an earlier page (its links carry it): take it off and decide afresh
        pairs = [pair for pair in given if pair != ("_nocount", INDEX_COUNT)]
        searches = [v for k, v in pairs if k == "_search"]
        args = dict(pairs)
        if (len(searches) != 1 or not searches[0].strip() or _filters_rows(args) or args.get("_nocount")
                or args.get("_shape") in ("array", "object")):
            if len(pairs) == len(given):
                return None
            return dict(scope, query_string=urlencode(pairs).encode("ascii")), False
        raw = (args.get("_searchmode") or (self.datasette.table_metadata(database, table) or {}).get("searchmode")) == "raw"
        try:
            rows = await self.datasette.get_database(database).execute(count_sql(_indexed(table)[0], raw=raw),
                                                                       {"search": searches[0]})
        except Exception:  # noqa: BLE001 - e.g. a raw query FTS5 cannot parse: Datasette's page reports it
            return None
        count = rows.first()[0]
        extra = [("_nocount", INDEX_COUNT)]
        config = self.datasette.plugin_config("govcases", database=database, table=table) or {}
        limit = config.get("facet_search_rows", FACET_SEARCH_ROWS)
        facets_skipped = bool(limit) and count > limit and not is_json and not args.get("_nofacet")
        if facets_skipped:
            # each facet groups every matching row (100-200 ms a facet for a quarter of a million):
            # a search this common gets its rows and its exact count, and a note instead of facets
            extra.append(("_nofacet", "1"))
        new_scope = dict(scope, query_string=urlencode(pairs + extra).encode("ascii"))
        new_scope[SCOPE_COUNT_KEY] = count
        if facets_skipped:
            new_scope[SCOPE_FACETS_KEY] = limit
        return new_scope, is_json


def _without_base_url(scope, base: str):
    """A request for /prefix/demo/cases reaches Datasette as /demo/cases, the way a proxy that
    strips the prefix sends it: Datasette builds its own links from the request's path and adds
    base_url to them, so a path that kept the prefix got it twice (/prefix/prefix/demo.json)."""
    if base == "/" or scope.get("type") != "http":
        return scope
    path = scope.get("path", "")
    if not path.startswith(base):
        return scope
    scope = dict(scope, path="/" + path[len(base):])
    raw = scope.get("raw_path")
    if raw is not None and raw.startswith(base.encode("latin-1")):
        scope["raw_path"] = b"/" + raw[len(base.encode("latin-1")):]
    return scope


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled templates kept for the life of the process, shared by every Datasette it builds
    (each builds its own Jinja environment and would compile every template again: the tests build
    dozens). A template whose source changed has another checksum: Jinja compiles it afresh."""

    def __init__(self):
        self._store: dict = {}

    def load_bytecode(self, bucket):
        if bucket.key in self._store:
            bucket.bytecode_from_string(self._store[bucket.key])

    def dump_bytecode(self, bucket):
        self._store[bucket.key] = bucket.bytecode_to_string()


_BYTECODE_CACHES: dict[bool, _MemoryBytecodeCache] = {}  # one per async mode: the compiled code differs


@hookimpl
def prepare_jinja2_environment(env, datasette):
    from jinja2 import pass_context

    env.filters["with_base_url"] = pass_context(
        lambda context, url: _with_base_url(datasette, context.get("request"), url))
    if env.bytecode_cache is None:
        env.bytecode_cache = _BYTECODE_CACHES.setdefault(env.is_async, _MemoryBytecodeCache())


def _with_base_url(datasette, request, url):
    """A link to the page itself that Datasette built from ``request.path`` without
    ``datasette.urls`` (0.65: a date facet's links, a cut facet's "…"): _without_base_url took
    the prefix off that path, so it is put back. Every other link is returned as it is."""
    from urllib.parse import urlsplit, urlunsplit

    from datasette.utils import PrefixedUrlString

    base = datasette.setting("base_url") or "/"
    if base == "/" or request is None or not url or isinstance(url, PrefixedUrlString):
        return url
    parts = urlsplit(str(url))
    if parts.path != request.path:
        return url
    return urlunsplit(parts._replace(path=base.rstrip("/") + parts.path))


class _PatchJsonCount:
    """Puts the index count into a table page's JSON (Datasette sends null after _nocount)."""

    def __init__(self, send, count: int):
        self.send, self.count = send, count
        self.start, self.body = None, b""

    async def __call__(self, message):
        if message["type"] == "http.response.start":
            self.start = message
            return
        if message["type"] != "http.response.body" or self.start is None:
            return await self.send(message)
        self.body += message.get("body", b"")
        if message.get("more_body"):
            return
        body = self._patched(self.body)
        headers = [(k, v) for k, v in self.start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await self.send(dict(self.start, headers=headers))
        await self.send({"type": "http.response.body", "body": body})

    def _patched(self, body: bytes) -> bytes:
        import json

        if self.start.get("status") != 200:
            return body
        try:
            data = json.loads(body)
        except ValueError:
            return body
        if not isinstance(data, dict) or data.get("filtered_table_rows_count", 0) is not None:
            return body
        data["filtered_table_rows_count"] = self.count
        return json.dumps(data, default=repr).encode("utf-8")


@hookimpl
def extra_template_vars(template, request, datasette):
    """The index count on a search page's HTML (see _IndexCount), and the search's words in the
    other script for the hint under an empty result."""
    if request is None or not template.startswith("table"):
        return {}
    out = {}
    count = request.scope.get(SCOPE_COUNT_KEY)
    if count is not None:
        out["filtered_table_rows_count"] = count
    if request.scope.get(SCOPE_FACETS_KEY):
        out["govcases_facets_skipped"] = request.scope[SCOPE_FACETS_KEY]
    search = (request.args.get("_search") or "").strip()
    if search:
        from urllib.parse import urlencode

        forms = [form for form in dict.fromkeys((_convert("t2s", search), _convert("s2t", search))) if form != search]
        out["govcases_other_forms"] = [(form, datasette.urls.path(request.path + "?" + urlencode({"_search": form})))
                                        for form in forms]  # request.path lacks base_url (_without_base_url)
    return out


def _convert(direction: str, text: str) -> str:
    return _converter(direction).convert(text)


@lru_cache(maxsize=2)
def _converter(direction: str):
    """One OpenCC converter per direction for the process: building one takes 25 ms or more."""
    import opencc

    return opencc.OpenCC(direction)


@hookimpl
def register_routes():
    return [
        (r"^/-/snapshot/(?P<database>[^/]+)/(?P<article_id>\d+)(?:/v(?P<version>\d+))?$", snapshot),
        (r"^/-/charts/(?P<database>[^/]+)$", charts),
        (r"^/-/export/(?P<database>[^/]+)$", downloads),
        (r"^/-/export/(?P<database>[^/]+)/cases\.(?P<format>csv|jsonl)$", export_cases),
        (r"^/-/export/(?P<database>[^/]+)/releases/(?P<name>[^/]+)$", release_file),
        (r"^/-/govcases/tiles/(?P<z>\d{1,2})/(?P<x>\d{1,5})/(?P<y>\d{1,5})\.png$", outline_tile),
    ]


SQLITE_MAX_ID = 2 ** 63 - 1


def _not_found(message: str) -> Response:
    return Response.text(message, status=404)


def _warc_dir(datasette, database: str) -> Path:
    config = datasette.plugin_config("govcases") or {}
    if config.get("warc_dir"):
        return Path(config["warc_dir"])
    db = datasette.get_database(database)
    return Path(db.path).resolve().parent / "warc"


async def snapshot(request, datasette):
    """The archived page as fetched, sanitised: no scripts, handlers, frames, forms or remote loads."""
    from crawler.parsers.html import UnreadablePage, decode_html

    from ..warc import read_payload

    database = request.url_vars["database"]
    article_id = int(request.url_vars["article_id"])
    version = request.url_vars.get("version")
    if article_id > SQLITE_MAX_ID or (version and int(version) > SQLITE_MAX_ID):
        return _not_found("no such article")
    try:
        db = datasette.get_database(database)
    except KeyError:
        return _not_found("no such database")
    if version is None:  # the newest version
        rows = (await db.execute(
            "select url, fetched_at, warc_file, warc_offset, payload_sha256, version from articles where id = ?",
            [article_id])).rows
    else:
        rows = (await db.execute(
            "select a.url, v.fetched_at, v.warc_file, v.warc_offset, v.payload_sha256, v.version "
            "from article_versions v join articles a on a.id = v.article_id where v.article_id = ? and v.version = ?",
            [article_id, int(version)])).rows
    if not rows or not rows[0]["warc_file"]:
        return Response.text("no snapshot for this article" + (f" version {version}" if version else ""), status=404)
    row = rows[0]
    path = _warc_dir(datasette, database) / row["warc_file"]
    try:
        headers, payload = read_payload(path, row["warc_offset"])
        page, _ = decode_html(payload, None)
    except (OSError, StopIteration, UnreadablePage, ValueError):
        # no server path in a public page: the operator finds the file in the article's row
        return _not_found("the snapshot could not be read: its WARC file is missing or damaged on this server")
    body = sanitise(page)
    banner = (
        '<div style="font:14px sans-serif;background:#fff8d6;border-bottom:1px solid #d8c46a;padding:8px 12px">'
        f'存档快照 Archived snapshot of <a href="{html.escape(row["url"])}" rel="noopener noreferrer">{html.escape(row["url"])}</a>'
        f' fetched {html.escape(row["fetched_at"] or "")} (version {row["version"] or 1})'
        f' · {html.escape(row["warc_file"])} @ {row["warc_offset"]}'
        f' · sha256 {html.escape((row["payload_sha256"] or "")[:16])}… · scripts, forms and remote content removed</div>'
    )
    document = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>快照 {article_id}</title></head><body>{banner}{body}</body></html>'
    return Response.html(document, headers={
        "Content-Security-Policy": SNAPSHOT_CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    })


def sanitise(page: str) -> str:
    """Readable HTML with nothing active left: lxml_html_clean, then no images or remote URLs."""
    import lxml.html
    from lxml_html_clean import Cleaner

    cleaner = Cleaner(scripts=True, javascript=True, comments=True, style=True, inline_style=True, links=True,
                      meta=True, page_structure=True, processing_instructions=True, embedded=True, frames=True,
                      forms=True, annoying_tags=True, remove_unknown_tags=True, safe_attrs_only=True,
                      add_nofollow=True)
    try:
        tree = lxml.html.fromstring(page)
    except Exception:  # noqa: BLE001 - an empty or broken page shows as text
        return f"<pre>{html.escape(page[:200000])}</pre>"
    cleaned = cleaner.clean_html(tree)
    for img in cleaned.xpath("//img"):
        alt = img.get("alt")
        replacement = lxml.html.Element("span")
        replacement.text = f"[图片{': ' + alt if alt else ''}]"
        replacement.tail = img.tail
        img.getparent().replace(img, replacement)
    for el in cleaned.xpath("//*[@src or @srcset or @background or @poster]"):
        for attr in ("src", "srcset", "background", "poster"):
            el.attrib.pop(attr, None)
    for a in cleaned.xpath("//a[@href]"):
        if not a.get("href", "").startswith(("http://", "https://", "#")):
            a.attrib.pop("href")
        else:
            a.set("rel", "nofollow noopener noreferrer")
    return lxml.html.tostring(cleaned, encoding="unicode")


async def outline_tile(request, datasette):
    """A map tile of province outlines (tiles.py), drawn once and cached by the browser."""
    from .tiles import tile

    v = request.url_vars
    try:
        png = tile(int(v["z"]), int(v["x"]), int(v["y"]))
    except ValueError:
        return _not_found("no such tile")
    return Response(png, content_type="image/png", headers={"Cache-Control": "max-age=604800"})


def _bar_chart(title: str, rows: list[tuple[str, int, str]], width: int = 640) -> Markup:
    """A horizontal bar chart in SVG; each bar (and its label) is a link to the rows it counts."""
    if not rows:
        return Markup(f"<h2>{html.escape(title)}</h2><p>没有数据 (no data)</p>")
    bar_h, gap, label_w = 20, 6, 170
    top = max(count for _, count, _ in rows) or 1
    height = len(rows) * (bar_h + gap) + gap
    bars = []
    for i, (label, count, href) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        w = max(1, int((width - label_w - 60) * count / top))
        text = html.escape(str(label))
        bars.append(
            f'<a href="{html.escape(href)}" class="govcases-bar"><title>{text}: {count}</title>'
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{text}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="#4a7bb7"></rect>'
            f'<text x="{label_w + w + 6}" y="{y + 15}">{count}</text></a>'
        )
    return Markup(f'<h2>{html.escape(title)}</h2><svg role="img" aria-label="{html.escape(title)}" width="{width}" '
                  f'height="{height}" font-family="sans-serif" font-size="13">{"".join(bars)}</svg>')


UNKNOWN_LABEL = "（未知）"


async def charts(request, datasette):
    """Cases per year, province and category, inside Datasette's pages; bars link to their cases."""
    from urllib.parse import urlencode

    from ..db import CENTRAL_LABEL

    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        return _not_found("no such database")
    if not await db.table_exists("cases"):
        return _not_found("this database holds no cases")
    cases = datasette.urls.table(database, "case_directory")

    def href(**args) -> str:
        return cases + "?" + urlencode(args)

    per_year = (await db.execute("select year, count(*) as n from cases group by year order by year")).rows
    per_province = (await db.execute(
        "select case when admin_level = 'central' then :central else province end as province, count(*) as n "
        "from cases group by 1 order by n desc, province limit 40", {"central": CENTRAL_LABEL})).rows
    per_category = (await db.execute(
        "select category, count(*) as n from cases group by category order by n desc, category limit 40")).rows
    total = (await db.execute("select count(*) from cases")).first()[0]
    charts = [
        _bar_chart("每年案例数 Cases per year", [
            (r["year"] if r["year"] is not None else UNKNOWN_LABEL, r["n"],
             href(year=r["year"]) if r["year"] is not None else href(year__isnull=1)) for r in per_year]),
        _bar_chart("各省案例数 Cases per province", [
            (r["province"] or UNKNOWN_LABEL, r["n"],
             href(region=CENTRAL_LABEL) if r["province"] == CENTRAL_LABEL
             else href(province=r["province"]) if r["province"] else href(province__isnull=1, region__not=CENTRAL_LABEL))
            for r in per_province]),
        _bar_chart("各类别案例数 Cases per category", [
            (r["category"] or "（无类别）", r["n"],
             href(category=r["category"]) if r["category"] else href(category__isnull=1)) for r in per_category]),
    ]
    return Response.html(await datasette.render_template(
        "govcases_charts.html", {"database": database, "charts": charts, "total": total, "central": CENTRAL_LABEL},
        request=request))


def _releases_dir(datasette, database: str) -> Path:
    return _warc_dir(datasette, database).parent / "releases"


async def downloads(request, datasette):
    database = request.url_vars["database"]
    try:
        datasette.get_database(database)
    except KeyError:
        return _not_found("no such database")
    folder = _releases_dir(datasette, database)
    releases = sorted(((p.name, p.stat().st_size) for p in folder.iterdir() if p.is_file()), reverse=True) \
        if folder.is_dir() else []
    return Response.html(await datasette.render_template(
        "govcases_downloads.html", {"database": database, "releases": releases}, request=request))


EXPORT_COLUMNS = ("case_id", "name", "agency", "region", "year", "list", "category", "rank", "first_report",
                  "source_url", "snapshot_url")
UTF8_BOM = "\ufeff"


async def export_cases(request, datasette):
    """Every case with where it came from (source_url, and snapshot_url made absolute on this
    server), as CSV — with a byte-order mark unless ?bom=0, for Excel — or JSON lines."""
    import csv
    import io
    import json

    database, fmt = request.url_vars["database"], request.url_vars["format"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        return _not_found("no such database")
    if "case_directory" not in await db.view_names():
        return _not_found("this database holds no cases")
    rows = (await db.execute(
        f"select {', '.join(EXPORT_COLUMNS)} from case_directory order by case_id", custom_time_limit=30000)).rows
    absolute = lambda path: datasette.absolute_url(request, datasette.urls.path(path)) if path else None  # noqa: E731
    records = [dict(zip(EXPORT_COLUMNS, row), snapshot_url=absolute(row["snapshot_url"])) for row in rows]
    if fmt == "jsonl":
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        return Response(body, content_type="application/x-ndjson; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{database}-cases.jsonl"'})
    out = io.StringIO()
    if request.args.get("bom", "1") != "0":
        out.write(UTF8_BOM)
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return Response(out.getvalue(), content_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{database}-cases.csv"'})


async def release_file(request, datasette):
    database, name = request.url_vars["database"], request.url_vars["name"]
    try:
        datasette.get_database(database)
    except KeyError:
        return _not_found("no such database")
    path = _releases_dir(datasette, database) / name
    if name.startswith(".") or not path.is_file():
        return _not_found("no such release")
    kind = "application/zip" if name.endswith(".zip") else "application/octet-stream"
    return Response(path.read_bytes(), content_type=kind,
                    headers={"content-disposition": f'attachment; filename="{name}"'})


# id columns of query results and views that link to their row (table pages link ids by themselves)
ROW_LINKS = {"case_id": "cases", "article_id": "articles", "list_id": "case_lists"}


def _snapshot_href(datasette, database: str, article_id: int, version: int | None = None) -> str:
    path = f"/-/snapshot/{database}/{int(article_id)}" + (f"/v{int(version)}" if version else "")
    return datasette.urls.path(path)


def _a(href: str, text: str, external: bool = False) -> str:
    rel = ' rel="noopener noreferrer"' if external else ""
    return f'<a href="{html.escape(href)}"{rel}>{html.escape(text)}</a>'


def _plain(value):
    return value.get("value") if isinstance(value, dict) else value  # foreign keys come labelled


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Every step a link: source and snapshot on articles, a case's list and first report, a
    list's cases in printed order; links built with ``datasette.urls`` (so ``base_url`` holds)."""
    keys = row.keys()
    if column in ("source_url", "url") and isinstance(value, str) and value.startswith(("http://", "https://")):
        link = _a(value, value, external=True)
        if table == "articles":
            gone = row["gone_since"] if "gone_since" in keys else None
            note = f' · <strong>原网页已失效 gone since {html.escape(gone[:10])}</strong>' if gone else ""
            link += note + " · " + _a(_snapshot_href(datasette, database, row["id"]), "快照 snapshot")
        return Markup(link)
    if column == "snapshot_url" and isinstance(value, str) and value.startswith("/-/snapshot/"):
        # the view stores the path under the archive's root; the server adds its base_url
        return Markup(_a(datasette.urls.path(value), "快照 snapshot"))
    if column == "snapshot" and isinstance(value, int):  # canned queries select articles.id as snapshot
        return Markup(_a(_snapshot_href(datasette, database, value), "快照 snapshot"))
    if table == "article_versions" and column == "version" and isinstance(value, int):
        article = int(_plain(row["article_id"]))
        return Markup(f'{value} · {_a(_snapshot_href(datasette, database, article, value), "快照 snapshot")}')
    if column in ROW_LINKS and isinstance(value, int) and table not in ROW_LINKS.values():
        return Markup(_a(datasette.urls.row(database, ROW_LINKS[column], str(value)), str(value)))
    if table == "case_directory" and column == "name" and value:
        return Markup(_a(datasette.urls.row(database, "cases", str(row["case_id"])), value))
    if table == "case_directory" and column == "list" and value and row["list_id"] is not None:
        return Markup(_a(datasette.urls.table(database, "case_directory") + f"?list_id={int(row['list_id'])}&_sort=case_id", value))
    if table == "case_directory" and column == "first_report" and value and row["article_id"] is not None:
        return Markup(_a(datasette.urls.row(database, "articles", str(row["article_id"])), value))
    if table == "list_directory" and column in ("name", "cases") and value is not None:
        href = datasette.urls.table(database, "case_directory") + f"?list_id={int(row['list_id'])}&_sort=case_id"
        return Markup(_a(href, str(value)))
    if table == "article_directory" and column == "title" and value:
        return Markup(_a(datasette.urls.row(database, "articles", str(row["article_id"])), value))
    if table == "article_directory" and column == "cases" and value:
        return Markup(_a(datasette.urls.table(database, "case_mentions") + f"?article_id={int(row['article_id'])}", str(value)))
    if table == "cases" and column == "list_id" and value is not None:
        list_id = _plain(value)
        label = value.get("label") if isinstance(value, dict) else None
        href = datasette.urls.table(database, "case_directory") + f"?list_id={int(list_id)}&_sort=case_id"
        return Markup(_a(href, label or str(list_id)))
    return None


RANKED_QUERIES = {"cases": "search_cases", "articles": "search_articles"}


@hookimpl
def table_actions(datasette, actor, database, table, request):
    """On a search page, a link to the same search ranked by relevance (Datasette's table view
    can only sort by a column, so the ranking lives in a canned query)."""
    from urllib.parse import quote

    name = RANKED_QUERIES.get(table)
    search = (request.args.get("_search") or "").strip() if request is not None else ""
    if not name or not search:
        return None

    async def inner():
        if await datasette.get_canned_query(database, name, actor) is None:
            return []
        return [{"href": f"{datasette.urls.database(database)}/{name}?q={quote(search)}",
                 "label": f"按相关度排序 Best matches first: {search}"}]

    return inner


@hookimpl
def menu_links(datasette, actor, request):
    names = [name for name in datasette.databases if name != "_internal"]
    return [{"href": datasette.urls.path(f"/-/charts/{name}"), "label": f"图表 Charts ({name})"} for name in names[:1]]



@hookimpl
def extra_css_urls(datasette):
    """Pages for people: the data before the column glossary, full texts on row pages only."""
    return [datasette.urls.path("/-/static-plugins/govcases/govcases.css")]
