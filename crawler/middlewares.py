"""Downloader middlewares: WARC snapshots and conditional requests for known articles.

``WarcMiddleware`` sits outermost (order 950), so it sees every response as it came off
the wire — redirects, errors and retries included, bodies still content-encoded — and
writes it through ``archive.warc``. ``ConditionalMiddleware`` asks servers that gave an
ETag or Last-Modified for an article whether it changed (304 Not Modified costs no body).
"""
from __future__ import annotations

import logging
from pathlib import Path

from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.misc import load_object

from archive.db import Archive
from archive.warc import Snapshot, WarcStore, WarcWriteFailed, sha256_hex

logger = logging.getLogger(__name__)


def _known_pages(crawler) -> dict[str, dict]:
    """What the archive holds per fetched URL, read once per crawl and shared by both middlewares."""
    known = getattr(crawler, "_govcases_known_pages", None)
    if known is not None:
        return known
    path = crawler.settings.get("GOVCASES_DB")
    known = {}
    if path:
        archive = Archive(path)
        try:
            known = archive.known_pages()
        finally:
            archive.close()
    crawler._govcases_known_pages = known
    return known


def _allow_statuses(request, *statuses: int) -> None:
    """Let these statuses reach the spider (HttpErrorMiddleware drops them otherwise)."""
    allowed = list(request.meta.get("handle_httpstatus_list") or [])
    request.meta["handle_httpstatus_list"] = allowed + [s for s in statuses if s not in allowed]


def _headers(header_map) -> list[tuple[str, str]]:
    out = []
    for name, values in header_map.items():
        for value in values:
            out.append((name.decode("latin-1"), value.decode("latin-1")))
    return out


class WarcMiddleware:
    def __init__(self, crawler, directory: str, max_bytes: int, opener=None, subdir: str | None = None):
        self.crawler = crawler
        # a worker of a distributed crawl writes into warc/<worker>/; the archive names files
        # relative to warc/, so that reparse finds every worker's files gathered under one warc/
        self.subdir = f"{subdir}/" if subdir else ""
        self.store = WarcStore(Path(directory) / subdir if subdir else directory, max_bytes, opener=opener)
        self.known: dict[str, dict] = {}

    @classmethod
    def from_crawler(cls, crawler):
        directory = crawler.settings.get("GOVCASES_WARC_DIR")
        if not directory:
            raise NotConfigured("GOVCASES_WARC_DIR is not set")
        opener = crawler.settings.get("GOVCASES_WARC_OPENER")
        mw = cls(crawler, directory, crawler.settings.getint("GOVCASES_WARC_MAX_BYTES", 100 * 1024 * 1024),
                 load_object(opener) if opener else None, crawler.settings.get("GOVCASES_WARC_SUBDIR"))
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_opened(self, spider):
        self.known = _known_pages(self.crawler)

    def spider_closed(self, spider):
        self.store.close()

    def process_response(self, request, response, spider=None):
        try:
            return self._archive(request, response, spider)
        except WarcWriteFailed as exc:
            # No snapshot, so nothing of this response is kept (its pointer would point nowhere);
            # the file has ended and the next record starts a new one. A full disk ends the crawl.
            stats = self.crawler.stats
            stats.inc_value("govcases/warc_write_failed")
            logger.error("%s (%s not kept)", exc, response.url)
            if exc.disk_full and not stats.get_value("govcases/failed"):
                stats.set_value("govcases/failed", f"disk full: a WARC record for {response.url} could not be written")
                _close(self.crawler, "disk full")
            raise IgnoreRequest(str(exc)) from exc

    def _archive(self, request, response, spider=None):
        body = response.body
        headers = _headers(response.headers)
        reason = ""
        known = self.known.get(response.url)
        digest = sha256_hex(body)
        not_modified = response.status == 304 and known and known.get("warc_file")
        if not_modified or (response.status == 200 and known and known.get("payload_sha256") == digest and known.get("warc_file")):
            digest = known["payload_sha256"]
            original = Snapshot(known["warc_file"], known["warc_offset"], digest, known.get("warc_date") or "")
            request.meta["govcases_seen_at"] = self.store.write_revisit(
                response.url, response.status, reason, headers, original, response.url, not_modified=bool(not_modified))
            request.meta["govcases_warc"] = {"file": original.file, "offset": original.offset, "sha256": digest,
                                             "date": original.date}
            request.meta["govcases_unchanged"] = True
            self.crawler.stats.inc_value("govcases/warc_revisits")
            return response
        snapshot = self.store.write_exchange(
            response.url, response.status, reason, headers, body, _headers(request.headers), request.method,
            source=request.meta.get("govcases_source") or getattr(spider or self.crawler.spider, "source", None),
        )
        request.meta["govcases_warc"] = {"file": self.subdir + snapshot.file, "offset": snapshot.offset, "sha256": snapshot.sha256,
                                         "date": snapshot.date}
        request.meta["govcases_seen_at"] = snapshot.date
        if response.status == 200:
            self.known[response.url] = {"payload_sha256": digest, "warc_file": self.subdir + snapshot.file,
                                        "warc_offset": snapshot.offset, "warc_date": snapshot.date}
        self.crawler.stats.inc_value("govcases/warc_records")
        return response


def _close(crawler, reason: str) -> None:
    """Ask the engine to end the crawl (once)."""
    import asyncio

    closing = crawler.engine.close_spider_async(reason=reason)
    asyncio.ensure_future(closing)


def _page_error(crawler, request, exc) -> None:
    """A response refused on the way in (too large, a redirect loop) is an error of that page."""
    crawler.stats.inc_value("govcases/page_errors")
    logger.error("%s: %s", request.url, exc)


class CountedRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirects, with a redirect loop (max redirections reached) logged and counted as
    an error instead of being dropped at debug level."""

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            _page_error(self.crawler, request, f"redirect loop ({exc})")
            raise


class CountedHttpCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression (bounded by DOWNLOAD_MAXSIZE), with a body that expands beyond it
    counted as an error of that page."""

    @classmethod
    def from_crawler(cls, crawler):
        mw = super().from_crawler(crawler)
        mw.crawler = crawler
        return mw

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            _page_error(self.crawler, request, exc)
            raise


class OutcomeMiddleware:
    """Counts the requests that got an answer worth having (2xx, or 304 for a known page), after
    retries and redirects, robots.txt aside: a crawl with none of them has failed."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        if (200 <= response.status < 300 or response.status == 304) and urlsplit(response.url).path != "/robots.txt":
            self.crawler.stats.inc_value("govcases/succeeded")
        return response


class _ArchiveAware:
    """A downloader middleware that consults what the archive holds per fetched URL."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.known: dict[str, dict] = {}

    @classmethod
    def from_crawler(cls, crawler):
        off = cls.switched_off(crawler.settings)
        if off:
            raise NotConfigured(off)
        mw = cls(crawler)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        return mw

    @staticmethod
    def switched_off(settings) -> str | None:
        return None if settings.get("GOVCASES_DB") else "no archive (GOVCASES_DB) to consult"

    def spider_opened(self, spider):
        self.known = _known_pages(self.crawler)


class ConditionalMiddleware(_ArchiveAware):
    """If-None-Match / If-Modified-Since for articles the archive already holds."""

    @staticmethod
    def switched_off(settings) -> str | None:
        if not settings.getbool("GOVCASES_CONDITIONAL", True):
            return "conditional requests are off"
        return _ArchiveAware.switched_off(settings)

    def process_request(self, request, spider=None):
        known = self.known.get(request.url)
        if not known or request.meta.get("govcases_no_conditional"):
            return None
        if known.get("etag"):
            request.headers.setdefault("If-None-Match", known["etag"])
        if known.get("last_modified"):
            request.headers.setdefault("If-Modified-Since", known["last_modified"])
        if known.get("etag") or known.get("last_modified"):
            _allow_statuses(request, 304)
        return None


class SourceStatusMiddleware(_ArchiveAware):
    """Marks requests for pages the archive holds and lets their 404 or 410 reach the spider, so
    that the archive records when each was last seen and which source pages are gone (the
    snapshot is then the only copy)."""

    GONE = (404, 410)

    def process_request(self, request, spider=None):
        if request.url in self.known:
            _allow_statuses(request, *self.GONE)
            request.meta["govcases_known"] = True
        return None
