"""The sources of case lists, one module each, and the one path every page takes.

A source is a module in this package that defines ``SITE = Site(...)``: its hosts, how its URLs
reduce to one canonical URL, its page parsers (none: the generic extractor reads it), and how its
articles are found (list pages, feeds, sitemaps, a site search, known article URLs). The registry
finds the modules by itself, so adding a source is that module, ``tests/fixtures/<slug>/`` and
``tests/test_<slug>.py`` — nothing else.

``parse_page`` is the only code that turns fetched bytes into what the archive keeps: it decodes
the page, picks its parser, classifies it (article, list, …) and extracts its cases. Spiders,
reparse, import-warc, ``govcases parse`` and ``govcases eval`` all call it, so a crawl and a
re-parse of the same bytes agree.

This layer is pure like ``crawler.parsers`` (it imports neither Scrapy nor ``archive``).
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable
from urllib.parse import urlsplit

from crawler.parsers.cases import extract_cases
from crawler.parsers.generic import extract as generic_extract
from crawler.parsers.html import MAX_PAGE_BYTES, MAX_TEXT_CHARS, UnreadablePage, decode_html, flatten_deep
from crawler.parsers.listing import extract_link_items, page_kind

# Never articles, whatever the site: robots.txt, sitemaps, feeds.
NOT_ARTICLE_PATHS = re.compile(r"(?:^/robots\.txt$|sitemap|\.xml$|\.rss$|/feed/?$|/rss/?$)", re.I)
TEXT_TYPES = ("text/html", "application/xhtml", "application/json", "text/plain", "text/xml", "application/xml")


class NotAnArticle(ValueError):
    """A parseable response that holds no article we keep (members-only, a video)."""


@dataclass(frozen=True)
class Site:
    """What is known of one source. Only ``slug``, ``name`` and ``hosts`` are required."""

    slug: str
    name: str
    hosts: tuple[str, ...]
    about: str = ""  # what it publishes, what is known and not known of it (README catalogue)
    canonical: Callable[[str], str] | None = None  # one URL per article (share links, mirrors)
    parser: Callable[[str, str | None], dict | None] | None = None  # (html, url) -> article, None, or NotAnArticle
    sniff: Callable[[str], bool] | None = None  # does a page with no URL look like this site's template?
    shell: Callable[[str], bool] | None = None  # an unrendered JavaScript page...
    shell_follow: Callable[[str], str | None] | None = None  # ...and the URL that holds its content
    list_paths: tuple[str, ...] = ()  # URL paths that are list pages, never articles
    article_url: str | None = None  # regex an article URL matches (a page there read generically is a fallback)
    # discovery
    start_urls: tuple[str, ...] = ()  # list pages to start from
    next_page_text: str = "下一页"
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    search_url: str | None = None  # with {keyword}: the site's own search
    keywords: tuple[str, ...] = ("案例", "网络理政", "创新案例")
    seeds: tuple[str, ...] = ()  # article URLs known to report case lists

    def matches(self, url: str | None) -> bool:
        host = (urlsplit(url).hostname or "").lower() if url else ""
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def canonical_url(self, url: str) -> str:
        return self.canonical(url) if self.canonical else url.split("#", 1)[0]

    def discovery(self) -> list[str]:
        """The URLs a crawl of this source starts from."""
        urls = list(self.start_urls) + list(self.feeds) + list(self.sitemaps) + list(self.seeds)
        if self.search_url:
            urls += [self.search_url.format(keyword=k) for k in self.keywords]
        return urls


@lru_cache(maxsize=1)
def registry() -> dict[str, Site]:
    """Every source module of this package, by slug."""
    sites = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        site = getattr(module, "SITE", None)
        if isinstance(site, Site):
            sites[site.slug] = site
    return dict(sorted(sites.items()))


def site_for(url: str | None) -> Site | None:
    for site in registry().values():
        if site.matches(url):
            return site
    return None


def canonical_url(url: str) -> str:
    site = site_for(url)
    return site.canonical_url(url) if site else url.split("#", 1)[0]


@dataclass
class Page:
    """Everything one fetched page gives the archive."""

    url: str | None  # as fetched
    kind: str  # article | list | shell | skipped | none | not-text | unreadable
    reason: str | None = None  # why it is not an article
    article: dict | None = None
    lists: list = field(default_factory=list)
    cases: list = field(default_factory=list)
    encoding: str | None = None
    links: list = field(default_factory=list)  # (url, text) of the headline links it holds
    follow: list = field(default_factory=list)  # URLs that hold its content (the JSON behind a shell)
    site: str | None = None  # slug of the source it belongs to
    fallback: bool = False  # the source's parser did not match an article page: read generically
    relevance: str | None = None  # case-bearing, or None (the archive tells mentioning from other)
    errors: list = field(default_factory=list)  # limits the page hit (too large, text cut, too deep)


def _charset(content_type: str | None) -> str | None:
    if content_type and "charset=" in content_type:
        return content_type.split("charset=")[-1].split(";")[0].strip()
    return None


def parse_article(html: str, url: str | None = None) -> dict | None:
    """A decoded page's article: its source's parser first, the generic extractor second."""
    return _read(html, url)[0]


def _read(html: str, url: str | None, site: Site | None = None) -> tuple[dict | None, Site | None, bool]:
    """(article or None, the site, whether its parser fell back to the generic extractor)."""
    site = site or site_for(url)
    if site is None and url is None:
        site = next((s for s in registry().values() if s.sniff and s.sniff(html)), None)
    target = site.canonical_url(url) if site and url else (url.split("#", 1)[0] if url else None)
    fallback = False
    if site and site.parser:
        article = site.parser(html, target)
        if article:
            article["site_name"] = article.get("site_name") or site.name
            return article, site, False
        if site.shell and site.shell(html):
            return None, site, False  # its content is elsewhere (Page.follow), not a redesign
        fallback = bool(url and site.article_url and re.search(site.article_url, url))
    article = generic_extract(html, target)
    return article, site, fallback


def parse_page(url: str | None, body: bytes, headers: dict | None = None, source: str | None = None) -> Page:
    """Fetched bytes (and the response headers, names in lower case) to a ``Page``.

    ``source`` names the registry source the page was fetched for (a crawl of a mirror, and the
    WARC record it wrote, know it); without it the URL's host decides."""
    headers = headers or {}
    content_type = headers.get("content-type")
    site = registry().get(source) if source else site_for(url)
    page = Page(url=url, kind="none", site=site.slug if site else None)
    path = urlsplit(url).path if url else ""
    if NOT_ARTICLE_PATHS.search(path) or (site and path.startswith(site.list_paths or ("\0",))):
        page.kind, page.reason = "list", "a list, feed or sitemap address"
        return page
    if content_type and not content_type.lower().startswith(TEXT_TYPES):
        page.kind, page.reason = "not-text", f"content type {content_type}"
        return page
    if len(body) > MAX_PAGE_BYTES:
        page.kind, page.reason = "too-large", f"the page is {len(body)} bytes, more than the {MAX_PAGE_BYTES} read"
        page.errors.append(page.reason)
        return page
    try:
        html, page.encoding = decode_html(body, _charset(content_type))
    except UnreadablePage as exc:
        page.kind, page.reason = "unreadable", str(exc)
        return page
    html, flattened = flatten_deep(html)
    if flattened:
        page.errors.append("layout tags nested too deeply; read without them")
    try:
        return _parse_decoded(page, html, url, site)
    except RecursionError:
        page.kind, page.reason = "unreadable", "the page's elements are nested too deeply to read"
        page.errors.append(page.reason)
        page.article, page.lists, page.cases = None, [], []
        return page


CASES_FAILED = "case extraction failed"  # the start of the page error a fault in case extraction leaves


def _cap_text(page: Page, article: dict | None) -> None:
    """Article text beyond MAX_TEXT_CHARS is cut at a line end, and the page says so."""
    text = (article or {}).get("text") or ""
    if len(text) > MAX_TEXT_CHARS:
        cut = text.rfind("\n", 0, MAX_TEXT_CHARS)
        article["text"] = text[: cut if cut > 0 else MAX_TEXT_CHARS]
        page.errors.append(f"article text of {len(text)} characters cut to {len(article['text'])}")


def _parse_decoded(page: Page, html: str, url: str | None, site: Site | None) -> Page:
    try:
        article, site, page.fallback = _read(html, url, site)
    except NotAnArticle as exc:
        page.kind, page.reason = "skipped", str(exc)
        return page
    _cap_text(page, article)
    page.site = site.slug if site else page.site
    if article is None and site and site.shell and site.shell(html):
        target = site.shell_follow(url) if site.shell_follow and url else None
        page.kind, page.reason = "shell", "a JavaScript shell (its content is fetched separately)"
        page.follow = [target] if target else []
        return page
    parsed_by_site = bool(article) and not page.fallback and (article.get("parser") or "generic") != "generic"
    page.links = extract_link_items(html, url) if not parsed_by_site else []
    page.kind = "article" if parsed_by_site else page_kind(article, page.links)
    found = {"lists": [], "cases": []}
    if page.kind in ("article", "list") and article and article.get("text"):
        try:
            found = extract_cases(article["text"], article.get("title"), article.get("published_at"),
                                  site=article.get("site_name"))
        except Exception as exc:  # noqa: BLE001 — heuristics over any text: a fault in them never costs the article
            found = {"lists": [], "cases": []}
            page.errors.append(f"{CASES_FAILED}: {type(exc).__name__}: {exc}")
        if page.kind == "list" and found["cases"]:
            # a case list printed as links is a case list; a list page whose "cases" are its own
            # headlines (one headline names a case list) is a list page
            headlines = {re.sub(r"\s+", "", t) for _, t in page.links}
            own = sum(any(re.sub(r"\s+", "", c["name"]) in h for h in headlines) for c in found["cases"])
            if own < 0.5 * len(found["cases"]):
                page.kind = "article"
            else:
                found = {"lists": [], "cases": []}
    if page.kind != "article" or not article or not article.get("text"):
        page.kind = page.kind if page.kind != "article" else "none"
        page.reason = {"list": "a list of articles", "none": "no article text"}.get(page.kind, page.kind)
        return page
    page.article = article
    page.lists, page.cases = found["lists"], found["cases"]
    page.relevance = "case-bearing" if page.cases else None  # the archive tells mentioning from other
    return page

