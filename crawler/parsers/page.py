"""One fetched page (URL, bytes, headers) to the article it holds, the way the spiders read it.

Used by `govcases reparse` and `govcases import-warc`, which rebuild the archive from WARC
records with no network; the spiders make the same calls while crawling.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from .article import (
    SHANGGUAN_CANONICAL, NotAnArticle, canonical_url, looks_like_template_shell, parse_generic,
    parse_shangguan_json, parse_shangguan_old, shangguan_id,
)
from .html import UnreadablePage, decode_html
from .listing import extract_link_items, page_kind

SKIP_PATHS = ("/robots.txt", "/news/sublist", "/news/list", "/news/homeMoreNews", "/sitemap")
TEXT_TYPES = ("text/html", "application/xhtml", "application/json", "text/plain", "text/xml", "application/xml")


def charset_of(content_type: str | None) -> str | None:
    if content_type and "charset=" in content_type:
        return content_type.split("charset=")[-1].split(";")[0].strip()
    return None


def article_from_page(url: str, payload: bytes, content_type: str | None = None) -> tuple[dict | None, str | None, str]:
    """(article or None, encoding, why not). Lists, shells, feeds and non-text are not articles."""
    path = urlsplit(url).path
    if path.startswith(SKIP_PATHS) or path.endswith((".xml", ".rss")):
        return None, None, "not an article page"
    if content_type and not content_type.lower().startswith(TEXT_TYPES):
        return None, None, f"content type {content_type}"
    try:
        text, encoding = decode_html(payload, charset_of(content_type))
    except UnreadablePage as exc:
        return None, None, str(exc)
    article_id = shangguan_id(url)
    if "getNewsDetail" in path:
        try:
            return parse_shangguan_json(text, url), encoding, "unexpected JSON"
        except NotAnArticle as exc:
            return None, encoding, str(exc)
    if article_id and path.endswith("/news/detail"):
        if looks_like_template_shell(text):
            return None, encoding, "JavaScript shell (its JSON is archived separately)"
        canonical = SHANGGUAN_CANONICAL.format(id=article_id)
        return parse_shangguan_old(text, canonical) or parse_generic(text, canonical), encoding, "no article text"
    article = parse_generic(text, canonical_url(url))
    kind = page_kind(article, extract_link_items(text, url))
    return (article if kind == "article" else None), encoding, kind
