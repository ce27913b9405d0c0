"""Article links on a channel or index page.

Links in a page's main list share one position in the DOM (the same chain of tags and
classes from the root) and carry headline-length text; navigation and footer links are
short. So anchors are grouped by their ancestor chain and the group with the most
headline text wins. No library does this for Chinese list pages (trafilatura and
readability target article bodies), hence hand-written.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

from .html import html_tree

HEADLINE_MIN = 6  # characters of anchor text for a headline, not a category tag
SIGNATURE_DEPTH = 5
SKIP_HREF = re.compile(r"^(?:javascript:|mailto:|#|tel:)", re.I)


def _signature(el) -> tuple:
    parts = []
    node = el
    for _ in range(SIGNATURE_DEPTH):
        node = node.getparent()
        if node is None:
            break
        cls = " ".join(sorted((node.get("class") or "").split()))
        parts.append((node.tag, re.sub(r"\d+", "", cls)))
    return tuple(parts)


def extract_links(html: str, base_url: str | None = None) -> list[str]:
    """Absolute URLs of the page's main list of articles, in page order."""
    return [url for url, _ in extract_link_items(html, base_url)]


def extract_link_items(html: str, base_url: str | None = None) -> list[tuple[str, str]]:
    """(absolute URL, headline) of the page's main list of articles, in page order."""
    try:
        tree = html_tree(html)
    except (etree.ParserError, ValueError):
        return []
    groups: dict[tuple, list] = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or SKIP_HREF.match(href):
            continue
        text = re.sub(r"\s+", "", a.text_content() or "")
        if len(text) < HEADLINE_MIN:
            continue
        groups.setdefault(_signature(a), []).append((a, href, text))
    if not groups:
        return []
    best = max(groups.values(), key=lambda items: sum(min(len(t), 40) for _, _, t in items))
    seen, out = set(), []
    for _, href, text in best:
        url = urljoin(base_url or "", href)
        if url.startswith("//"):
            url = "http:" + url
        if urlsplit(url).scheme not in ("http", "https", "") or url in seen:
            continue
        seen.add(url)
        out.append((url, text))
    return out


LIST_MIN_LINKS = 3  # a list page has at least this many headline links, and little else
ARTICLE_MIN_CHARS = 80  # body text below this is not an article


def page_kind(article: dict | None, link_items: list[tuple[str, str]]) -> str:
    """'list', 'article' or 'none'. An article is prose; a list page's extracted "body" is its
    headlines. Headlines elsewhere on the page (a sidebar, related links) do not make an article
    a list: only the headlines inside the extracted text are weighed against its prose."""
    lines = [re.sub(r"\s+", "", line) for line in ((article or {}).get("text") or "").split("\n")]
    headlines = {re.sub(r"\s+", "", t) for _, t in link_items}
    listed = sum(len(line) for line in lines if line in headlines and len(line) >= 8)  # headlines, not menu words
    prose = sum(len(line) for line in lines if len(line) >= 20 and line not in headlines)
    if prose >= ARTICLE_MIN_CHARS and prose >= listed:
        return "article"
    if len(link_items) >= LIST_MIN_LINKS:
        return "list"
    if sum(len(line) for line in lines) >= ARTICLE_MIN_CHARS:
        return "article"
    return "none"
