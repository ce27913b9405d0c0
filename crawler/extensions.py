"""Scrapy extensions of the project."""
from __future__ import annotations

import logging

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured

from archive.db import Archive
from crawler.jobs import OUTCOME

logger = logging.getLogger(__name__)


class RecheckKnownPages:
    """When a crawl has nothing left to do, requests archived articles it did not reach.

    A crawl finds articles through list pages, so an article taken off every list is never asked
    for again and its disappearance goes unseen. With ``GOVCASES_RECHECK = N`` (off at 0), up to N
    such articles of this spider, longest unchecked first, are requested once the crawl is
    idle: successive runs go round the whole archive. They travel the usual way (conditional
    requests, revisit records, SourceStatusMiddleware), so an unchanged page costs a 304 or a
    revisit record and a vanished one is marked gone. A spider takes part by having
    ``parse_known(response)``.
    """

    def __init__(self, crawler, limit: int, path: str):
        self.crawler, self.limit, self.path = crawler, limit, path
        self.requested: set[str] = set()
        self.done = False

    @classmethod
    def from_crawler(cls, crawler):
        limit = crawler.settings.getint("GOVCASES_RECHECK", 0)
        path = crawler.settings.get("GOVCASES_DB")
        if limit <= 0 or not path:
            raise NotConfigured("GOVCASES_RECHECK is 0")
        ext = cls(crawler, limit, path)
        crawler.signals.connect(ext.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        return ext

    def request_scheduled(self, request, spider):
        self.requested.add(request.url)

    def spider_idle(self, spider):
        if self.done or not hasattr(spider, "parse_known"):
            return
        self.done = True  # once per crawl: what the rechecks lead to is not rechecked again
        archive = Archive(self.path)
        try:
            urls = archive.least_recently_checked(spider.name, exclude=self.requested, limit=self.limit)
        finally:
            archive.close()
        if not urls:
            return
        logger.info("rechecking %d archived articles the crawl did not reach", len(urls))
        self.crawler.stats.set_value("govcases/rechecked", len(urls))
        for url in urls:
            self.crawler.engine.crawl(scrapy.Request(url, callback=spider.parse_known, dont_filter=True))
        raise DontCloseSpider



class RunOutcome:
    """Logs how the crawl ended as one line, once Scrapy has stopped: ``govcases outcome: finished``
    or ``govcases outcome: failed: REASON``. Scrapyd lists every job that ended as "finished",
    a failed one included; ``govcases jobs`` reads this line from each job's log (a job that
    ends without it — it could not start, it was killed — counts as failed too)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def engine_stopped(self):
        stats = self.crawler.stats
        reason = stats.get_value("finish_reason")
        failed = stats.get_value("govcases/failed")
        status = stats.get_value("govcases/status")  # set when the crawl wrote an archive itself
        if failed or reason != "finished" or status not in (None, "finished"):
            logger.error("%s failed: %s", OUTCOME, failed or (reason if reason != "finished" else status))
        else:
            logger.info("%s finished (%d pages, %d items)", OUTCOME, stats.get_value("response_received_count", 0),
                        stats.get_value("item_scraped_count", 0))


class ParseWorkers:
    """Pages are parsed (``crawler.sites.parse_page``) in forked worker processes, so that the
    reactor thread only fetches, writes WARC records and stores items: with the parsing on
    another core, a crawl is bound by Scrapy's own work per page, not by parsing.

    ``GOVCASES_PARSE_WORKERS`` workers (unset: one less than the CPUs, at most 4; 0: parse on
    the reactor thread, as with another reactor than asyncio's). They start when the spider
    opens and end when it closes (or with the crawl's process, if it is killed). A page whose
    worker died is parsed on the reactor thread; later pages too."""

    def __init__(self, crawler, workers: int):
        self.crawler, self.workers = crawler, workers
        self.pool = None

    @classmethod
    def from_crawler(cls, crawler):
        from crawler.sites.pool import default_workers

        workers = default_workers(crawler.settings.get("GOVCASES_PARSE_WORKERS"))
        if not workers:
            raise NotConfigured("GOVCASES_PARSE_WORKERS is 0")
        ext = cls(crawler, workers)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    async def spider_opened(self, spider):
        from scrapy.utils.asyncio import is_asyncio_available

        from crawler.sites.pool import AsyncPagePool

        if not is_asyncio_available():
            logger.info("pages are parsed on the reactor thread (parse workers need the asyncio reactor)")
            return
        self.pool = AsyncPagePool(self.workers)
        await self.pool.start()
        self.crawler.govcases_parse_workers = self

    def spider_closed(self, spider):
        self.crawler.govcases_parse_workers = None
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    async def parse(self, url, body, headers, source):
        """The page, from a worker; from this thread when no worker is left."""
        from crawler.sites import parse_page
        from crawler.sites.pool import WorkerDied

        if self.pool is not None and self.pool.usable:
            try:
                return await self.pool.parse(url, body, headers, source)
            except WorkerDied as exc:
                logger.warning("%s; %s is parsed on the reactor thread", exc, url)
                self.crawler.stats.inc_value("govcases/parse_worker_died")
        return parse_page(url, body, headers, source)
