"""The govcases Datasette plugin: Chinese search, source and snapshot links, charts, snapshots.

Registered through the ``datasette`` entry point in pyproject.toml, so it is active wherever
the project is installed.
"""
from __future__ import annotations

import html
import struct
import zlib
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

from .search import fts_query, register_functions

# Archived pages are other people's HTML: nothing in them may run or load in our origin.
SNAPSHOT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                "form-action 'none'; frame-ancestors 'self'; sandbox")


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# A plain light-grey map tile, for serving the map offline (govcases serve --offline-map).
BLANK_TILE = _png(256, 256, (238, 238, 238))


@hookimpl(trylast=True)
def prepare_connection(conn):
    # trylast: Datasette registers its own escape_fts in this hook; ours must come after it
    # so that the search box and ?_search= use the Chinese-aware query.
    register_functions(conn)
    conn.create_function("escape_fts", 1, fts_query)


@hookimpl
def register_routes():
    return [
        (r"^/-/snapshot/(?P<database>[^/]+)/(?P<article_id>\d+)$", snapshot),
        (r"^/-/charts/(?P<database>[^/]+)$", charts),
        (r"^/-/govcases/blank-tile\.png$", blank_tile),
    ]


def _warc_dir(datasette, database: str) -> Path:
    config = datasette.plugin_config("govcases") or {}
    if config.get("warc_dir"):
        return Path(config["warc_dir"])
    db = datasette.get_database(database)
    return Path(db.path).resolve().parent / "warc"


async def snapshot(request, datasette):
    """The archived page as fetched, sanitised: no scripts, handlers, frames, forms or remote loads."""
    from crawler.parsers.html import UnreadablePage, decode_html

    from .warc import read_payload

    database = request.url_vars["database"]
    article_id = int(request.url_vars["article_id"])
    try:
        db = datasette.get_database(database)
    except KeyError:
        return Response.text("no such database", status=404)
    rows = (await db.execute(
        "select url, fetched_url, fetched_at, warc_file, warc_offset, payload_sha256 from articles where id = ?",
        [article_id])).rows
    if not rows or not rows[0]["warc_file"]:
        return Response.text("no snapshot for this article", status=404)
    row = rows[0]
    path = _warc_dir(datasette, database) / row["warc_file"]
    try:
        headers, payload = read_payload(path, row["warc_offset"])
        page, _ = decode_html(payload, None)
    except (OSError, StopIteration, UnreadablePage, ValueError) as exc:
        return Response.text(f"the snapshot could not be read: {exc}", status=404)
    body = sanitise(page)
    banner = (
        '<div style="font:14px sans-serif;background:#fff8d6;border-bottom:1px solid #d8c46a;padding:8px 12px">'
        f'存档快照 Archived snapshot of <a href="{html.escape(row["url"])}" rel="noopener noreferrer">{html.escape(row["url"])}</a>'
        f' fetched {html.escape(row["fetched_at"] or "")} · {html.escape(row["warc_file"])} @ {row["warc_offset"]}'
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


async def blank_tile(request, datasette):
    return Response(BLANK_TILE, content_type="image/png", headers={"Cache-Control": "max-age=86400"})


def _bar_chart(title: str, rows: list[tuple[str, int]], width: int = 640) -> str:
    if not rows:
        return f"<h2>{html.escape(title)}</h2><p>没有数据 (no data)</p>"
    bar_h, gap, label_w = 20, 6, 150
    top = max(count for _, count in rows) or 1
    height = len(rows) * (bar_h + gap) + gap
    bars = []
    for i, (label, count) in enumerate(rows):
        y = gap + i * (bar_h + gap)
        w = max(1, int((width - label_w - 60) * count / top))
        bars.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{html.escape(str(label))}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="#4a7bb7"><title>{html.escape(str(label))}: {count}</title></rect>'
            f'<text x="{label_w + w + 6}" y="{y + 15}">{count}</text>'
        )
    return (f'<h2>{html.escape(title)}</h2><svg role="img" aria-label="{html.escape(title)}" width="{width}" '
            f'height="{height}" font-family="sans-serif" font-size="13">{"".join(bars)}</svg>')


async def charts(request, datasette):
    """Cases per year and per province, drawn as SVG on the server (no scripts, no outside requests)."""
    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        return Response.text("no such database", status=404)
    per_year = (await db.execute(
        "select coalesce(year, '（未知）') as label, count(*) as n from cases group by year order by year")).rows
    per_province = (await db.execute(
        "select coalesce(province, '（中央/无地区）') as label, count(*) as n from cases group by province "
        "order by n desc, label limit 40")).rows
    base = datasette.urls.database(database)
    body = (
        _bar_chart("每年案例数 Cases per year", [(r["label"], r["n"]) for r in per_year])
        + _bar_chart("各省案例数 Cases per province", [(r["label"], r["n"]) for r in per_province])
    )
    document = (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>图表 Charts</title>'
        f'<link rel="stylesheet" href="{datasette.urls.static("app.css")}"></head><body><section class="content">'
        f'<p><a href="{base}">← {html.escape(database)}</a> · <a href="{base}/cases">cases</a></p>'
        f'<h1>案例图表 Charts</h1>{body}</section></body></html>'
    )
    return Response.html(document)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Source and snapshot links on article and case rows."""
    if table == "articles" and column == "url" and value:
        article_id = row["id"]
        return Markup(
            f'<a href="{html.escape(value)}" rel="noopener noreferrer">{html.escape(value)}</a> '
            f'· <a href="/-/snapshot/{html.escape(database)}/{article_id}">快照 snapshot</a>'
        )
    if column == "snapshot" and isinstance(value, int):  # canned queries select articles.id as snapshot
        return Markup(f'<a href="/-/snapshot/{html.escape(database)}/{value}">快照 snapshot</a>')
    if table == "cases" and column == "name" and value:
        async def inner():
            db = datasette.get_database(database)
            found = (await db.execute(
                "select a.id, a.url from case_mentions m join articles a on a.id = m.article_id "
                "where m.case_id = ? order by a.published_at, a.id limit 1", [row["id"]])).rows
            links = ""
            if found:
                links = (f' <small>(<a href="{html.escape(found[0]["url"])}" rel="noopener noreferrer">来源 source</a> · '
                         f'<a href="/-/snapshot/{html.escape(database)}/{found[0]["id"]}">快照 snapshot</a>)</small>')
            return Markup(f"{html.escape(value)}{links}")
        return inner
    return None


@hookimpl
def menu_links(datasette, actor, request):
    names = [name for name in datasette.databases if name != "_internal"]
    return [{"href": f"/-/charts/{name}", "label": f"图表 Charts ({name})"} for name in names[:1]]

