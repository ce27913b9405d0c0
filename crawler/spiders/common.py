"""What every spider does with a fetched page: decode it, parse it, build the item."""
from __future__ import annotations

from datetime import datetime, timezone

from crawler.items import ArticleItem, SourceStatusItem
from crawler.parsers.cases import extract_cases
from crawler.parsers.html import UnreadablePage, decode_html


def declared_charset(response) -> str | None:
    content_type = response.headers.get("Content-Type", b"").decode("latin-1")
    return content_type.split("charset=")[-1].split(";")[0].strip() if "charset=" in content_type else None


def decode(spider, response) -> tuple[str, str] | None:
    """The page as text, sniffing the bytes first: ``response.text`` trusts lying charsets."""
    try:
        return decode_html(response.body, declared_charset(response))
    except UnreadablePage as exc:
        spider.logger.warning("unreadable page %s: %s", response.url, exc)
        spider.crawler.stats.inc_value("govcases/unreadable")
        return None


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


def open_page(spider, response, skip_unchanged: bool = True) -> tuple[list, tuple[str, str] | None]:
    """What a callback does first: (notes to yield, the decoded page or None when there is nothing
    to parse: the page is gone, unchanged, or unreadable)."""
    status = source_status(spider, response)
    notes = [status] if status is not None else []
    if status is not None and status["gone"]:
        return notes, None
    if skip_unchanged and unchanged(spider, response):
        return notes, None
    return notes, decode(spider, response)


def article_item(article: dict, response, encoding: str) -> ArticleItem:
    found = extract_cases(article.get("text") or "", article.get("title"), article.get("published_at"))
    header = response.headers.get
    return ArticleItem(
        warc=response.meta.get("govcases_warc"),
        etag=(header("ETag") or b"").decode("latin-1") or None,
        last_modified=(header("Last-Modified") or b"").decode("latin-1") or None,
        article=article,
        lists=found["lists"],
        cases=found["cases"],
        fetched_url=response.url,
        status=response.status,
        encoding=encoding,
        fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
