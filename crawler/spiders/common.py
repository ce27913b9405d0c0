"""What every spider does with a fetched page: hand it to ``crawler.sites.parse_page`` (the one
page path, shared with reparse and the command line) and build the item."""
from __future__ import annotations

from datetime import datetime, timezone

from crawler.items import ArticleItem, SourceStatusItem
from crawler.sites import Page, parse_page


def declared_charset(response) -> str | None:
    content_type = response.headers.get("Content-Type", b"").decode("latin-1")
    return content_type.split("charset=")[-1].split(";")[0].strip() if "charset=" in content_type else None


def response_headers(response) -> dict:
    """The headers parse_page reads, names in lower case (as a WARC record gives them)."""
    return {key.decode("latin-1").lower(): (values[-1] if values else b"").decode("latin-1")
            for key, values in response.headers.items()}


async def read_page(spider, response) -> Page:
    """The page through the one page path (in a parse worker when the crawl has them:
    crawler.extensions.ParseWorkers); unreadable pages and fallbacks are logged and counted."""
    source = response.meta.get("govcases_source") or getattr(spider, "source", None)
    workers = getattr(spider.crawler, "govcases_parse_workers", None)
    if workers is not None:
        page = await workers.parse(response.url, response.body, response_headers(response), source)
    else:
        page = parse_page(response.url, response.body, response_headers(response), source)
    if page.kind == "unreadable":
        spider.logger.warning("unreadable page %s: %s", response.url, page.reason)
        spider.crawler.stats.inc_value("govcases/unreadable")
    for error in page.errors:  # a limit the page hit (too large, text cut, nested too deeply)
        spider.logger.error("page %s: %s", response.url, error)
        spider.crawler.stats.inc_value("govcases/page_errors")
    if page.fallback:
        spider.crawler.stats.inc_value("govcases/parser_fallback")
        spider.crawler.stats.inc_value(f"govcases/parser_fallback/{page.site}")  # per source
        spider.logger.warning("site parser no longer matches %s; using the generic extractor", response.url)
    return page


def unchanged(spider, response) -> bool:
    """304 Not Modified, or a payload identical to the one archived: nothing to parse again."""
    if response.status == 304 or response.meta.get("govcases_unchanged"):
        spider.crawler.stats.inc_value("govcases/unchanged")
        return True
    return False


GONE = (404, 410)


def source_status(spider, response) -> SourceStatusItem | None:
    """For a page the archive holds: that the crawl saw it, and whether it is gone (404/410)."""
    known = response.meta.get("govcases_known")
    if not known:
        return None
    gone = response.status in GONE
    spider.crawler.stats.inc_value("govcases/source_status")
    if gone:
        spider.logger.warning("source page gone (%s), the archive keeps its snapshot: %s", response.status, response.url)
    # the WARC record's date when there is one, as a reparse of the WARC files would read it
    seen = response.meta.get("govcases_seen_at")
    seen_at = seen.replace("Z", "+00:00") if seen else datetime.now(timezone.utc).isoformat(timespec="seconds")
    return SourceStatusItem(fetched_url=response.url, status=response.status, gone=gone, seen_at=seen_at)


async def open_page(spider, response, skip_unchanged: bool = True) -> tuple[list, Page | None]:
    """What a callback does first: (notes to yield, the page or None when there is nothing to
    parse: the page is gone or unchanged)."""
    status = source_status(spider, response)
    notes = [status] if status is not None else []
    if status is not None and status["gone"]:
        return notes, None
    if skip_unchanged and unchanged(spider, response):
        return notes, None
    return notes, await read_page(spider, response)


def article_item(page: Page, response) -> ArticleItem:
    header = response.headers.get
    return ArticleItem(
        warc=response.meta.get("govcases_warc"),
        etag=(header("ETag") or b"").decode("latin-1") or None,
        last_modified=(header("Last-Modified") or b"").decode("latin-1") or None,
        article=page.article,
        lists=page.lists,
        cases=page.cases,
        relevance=page.relevance,
        site_slug=page.site,
        fetched_url=response.url,
        status=response.status,
        encoding=page.encoding,
        fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
