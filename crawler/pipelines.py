"""Item pipelines: validate, then hand batches to the archive.

Only ``archive`` writes the database; the pipeline buffers items and calls it once
per batch so that a crawl is a few transactions, not one commit per item.
"""
from __future__ import annotations

import sqlite3

import logging

import scrapy
from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured

from archive.db import Archive
from crawler.items import SourceStatusItem

logger = logging.getLogger(__name__)

REQUIRED_ARTICLE_FIELDS = ("url", "title", "text")
REQUIRED_CASE_FIELDS = ("name", "position")


def as_dict(item) -> dict:
    """An item's fields as a dict. The project's items (and dicts) are copied one level deep:
    their values are plain dicts and lists already, which ItemAdapter.asdict would walk and copy
    again, every nested case, for each pipeline."""
    if isinstance(item, (dict, scrapy.Item)):
        return dict(item)
    return ItemAdapter(item).asdict()


def problems(item: dict) -> list[str]:
    """What is wrong with an item; empty when it is valid."""
    found = []
    article = item.get("article") or {}
    for field in REQUIRED_ARTICLE_FIELDS:
        if not article.get(field):
            found.append(f"article has no {field}")
    if not article.get("published_at"):
        found.append("article has no publication date")
    for case in item.get("cases") or []:
        for field in REQUIRED_CASE_FIELDS:
            if not case.get(field):
                found.append(f"case has no {field}")
    return found


class ValidationPipeline:
    """Counts invalid items; drops the ones that cannot be stored; fails a bad run.

    Like City Bureau's validation pipeline: a crawl whose share of invalid items is
    above ``GOVCASES_MAX_INVALID_RATIO`` is marked failed, because a redesigned site
    must not pass as a successful crawl.
    """

    def __init__(self, crawler, max_invalid_ratio: float):
        self.crawler = crawler
        self.max_invalid_ratio = max_invalid_ratio
        self.seen = 0
        self.invalid = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("GOVCASES_MAX_INVALID_RATIO", 0.5))

    def process_item(self, item):
        if isinstance(item, SourceStatusItem):
            return item
        data = item if isinstance(item, (dict, scrapy.Item)) else ItemAdapter(item).asdict()  # read only
        self.seen += 1
        issues = problems(data)
        if issues:
            self.invalid += 1
            self.crawler.stats.inc_value("govcases/invalid_items")
            url = (data.get("article") or {}).get("url") or data.get("fetched_url")
            logger.warning("invalid item %s: %s", url, "; ".join(issues))
            article = data.get("article") or {}
            if not article.get("url") or not article.get("text"):
                raise DropItem(f"cannot store {url}: {'; '.join(issues)}")
        return item

    def close_spider(self, spider=None):
        if self.seen and self.invalid / self.seen > self.max_invalid_ratio:
            self.crawler.stats.set_value(
                "govcases/failed", f"{self.invalid} of {self.seen} items invalid (limit {self.max_invalid_ratio:.0%})"
            )


class ArchivePipeline:
    """Writes items to the SQLite archive named by ``GOVCASES_DB``, in batches."""

    def __init__(self, crawler, path: str, batch_size: int):
        self.crawler = crawler
        self.path = path
        self.batch_size = batch_size
        self.buffer: list[dict] = []
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.totals = {"new_articles": 0, "changed_articles": 0, "new_cases": 0, "gone_articles": 0,
                       "case-bearing": 0, "mentioning": 0, "other": 0}
        self.write_failed: str | None = None
        self.by_source: dict[str, dict] = {}  # per registered source: articles, new ones, case-bearing

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("GOVCASES_DB")
        if not path:
            raise NotConfigured("GOVCASES_DB is not set")
        pipeline = cls(crawler, path, crawler.settings.getint("GOVCASES_BATCH_SIZE", 50))
        pipeline.writer_process = crawler.settings.getbool("GOVCASES_WRITER_PROCESS", True)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    writer_process = False
    writer = None  # the archive's writer process (archive/writer.py), when the crawl has one

    async def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        self.archive = Archive(self.path)
        args = {k: v for k, v in vars(spider).items() if isinstance(v, (str, int, float, list)) and not k.startswith("_")}
        try:
            self.run_id = self.archive.start_run(spider.name, args)
        except (sqlite3.OperationalError, OSError) as exc:  # a full disk before the first page
            from archive.rebuild import describe_os_error

            self.crawler.stats.set_value("govcases/failed", f"{describe_os_error(exc, self.path)}: "
                                                              f"the run could not be recorded ({exc})")
            raise
        from scrapy.utils.asyncio import is_asyncio_available

        from crawler.sites.pool import default_workers

        if self.writer_process and is_asyncio_available() and default_workers(1):
            self.writer = ArchiveWriter(self)
            await self.writer.start()

    def process_item(self, item):
        if self.write_failed and self.writer is not None:
            raise DropItem(self.write_failed)  # the writer failed: nothing more is stored
        data = as_dict(item)
        self.buffer.append({"source_status": data} if isinstance(item, SourceStatusItem) else data)
        if len(self.buffer) >= self.batch_size:
            if self.writer is not None:
                self.writer.send(self.buffer)
                self.buffer = []
                return item
            try:
                self.flush()
            except Exception as exc:  # the batch was rolled back; the crawl cannot store anything
                self._write_failed(exc)
                self.buffer = []
                self._end_crawl()
                raise DropItem(self.write_failed) from exc
        return item

    def _end_crawl(self) -> None:
        if not self.crawler.stats.get_value("govcases/failed"):
            self.crawler.stats.set_value("govcases/failed", self.write_failed)
        import asyncio

        asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="archive write failed"))

    def _stored(self, counts: dict) -> None:
        """What one batch stored (in this process or the writer's)."""
        for slug, found in counts.pop("by_source", {}).items():
            mine = self.by_source.setdefault(slug, {})
            for key, value in found.items():
                mine[key] = mine.get(key, 0) + value
        for key, value in counts.items():
            self.totals[key] = self.totals.get(key, 0) + value

    def _writer_failed(self, reason: str, detail: str) -> None:
        """The writer process could not store a batch (rolled back) or ended: the crawl fails."""
        if self.write_failed:
            return
        self.write_failed = f"{reason}: could not write to the archive {self.path}"
        logger.error("%s (%s)", self.write_failed, detail)
        self._end_crawl()

    def flush(self):
        if not self.buffer:
            return
        self._stored(self.archive.store_items(self.buffer, self.run_id))
        self.buffer = []

    async def close_spider(self, spider=None):
        if self.writer is not None:
            if self.buffer and not self.write_failed:
                self.writer.send(self.buffer)
            self.buffer = []
            await self.writer.finish()  # every batch stored (or failed) and the writer ended
            return
        try:
            self.flush()
        except Exception as exc:  # noqa: BLE001 - the run is marked failed with the reason (spider_closed)
            self._write_failed(exc)

    def _write_failed(self, exc: BaseException) -> None:
        """A batch could not be written: the run fails, saying why (a full disk by name)."""
        from archive.rebuild import describe_os_error

        from pathlib import Path

        self.write_failed = f"{describe_os_error(exc, Path(self.path))}: could not write to the archive {self.path}"
        logger.error(self.write_failed)

    def spider_closed(self, spider, reason):
        """Record the run once Scrapy knows why it ended (after every pipeline closed)."""
        stats = self.crawler.stats
        failed = stats.get_value("govcases/failed")
        # articles: every scraped item but the notes that a known page is gone or back
        items = stats.get_value("item_scraped_count", 0) - stats.get_value("govcases/source_status", 0)
        unchanged = stats.get_value("govcases/unchanged", 0)
        requests = stats.get_value("downloader/request_count", 0)
        if not failed and self.write_failed:
            failed = self.write_failed
        if not failed and requests and not stats.get_value("govcases/succeeded", 0):
            # Every request failed (errors, refused connections, a redirect loop): not a success.
            failed = f"no request succeeded ({requests} requests, {stats.get_value('log_count/ERROR', 0)} errors)"
            logger.error(failed)
        if not failed and items + unchanged == 0:
            try:
                before = self.archive.previous_items(spider.name, self.run_id)
            except Exception:  # noqa: BLE001 - an unreadable archive is reported by finish_run below
                before = 0
            if before:
                # A redesign or a block must not pass as a quiet success.
                failed = f"found no articles; earlier runs of {spider.name} found up to {before}"
                logger.error(failed)
        status = "failed" if failed or self.write_failed or reason != "finished" else "finished"
        stats.set_value("govcases/failed", failed)
        stats.set_value("govcases/run_id", self.run_id)
        stats.set_value("govcases/status", status)
        try:
            self._record_run(stats, status, failed or reason, items, unchanged)
        except Exception as exc:  # noqa: BLE001 - a full disk: the run stays open, marked killed next time
            self._write_failed(exc)
            stats.set_value("govcases/status", "failed")
            stats.set_value("govcases/failed", failed or self.write_failed)
        finally:
            self.archive.close()

    def _record_run(self, stats, status: str, finish_reason: str, items: int, unchanged: int) -> None:
        errors = stats.get_value("log_count/ERROR", 0)
        self.archive.finish_run(
            self.run_id,
            status=status,
            finish_reason=finish_reason,
            pages=stats.get_value("response_received_count", 0),
            requests=stats.get_value("downloader/request_count", 0),
            items=items,
            new_articles=self.totals["new_articles"],
            changed_articles=self.totals["changed_articles"],
            unchanged_articles=unchanged,
            new_cases=self.totals["new_cases"],
            gone_articles=self.totals["gone_articles"],
            errors=errors,
            invalid_items=stats.get_value("govcases/invalid_items", 0),
            parser_fallbacks=stats.get_value("govcases/parser_fallback", 0),
        )
        prefix = "govcases/parser_fallback/"
        fallbacks = {k[len(prefix):]: v for k, v in stats.get_stats().items() if k.startswith(prefix)}
        self.archive.record_source_runs(self.run_id, self.by_source, fallbacks)
        for key, value in self.totals.items():
            stats.set_value(f"govcases/{key}", value)


class ArchiveWriter:
    """The pipeline's side of the archive's writer process (``archive/writer.py``): batches go
    over a socket pair as they fill, with no wait; the replies (counts, or why a batch failed) are
    read by the event loop. ``finish`` waits for every reply, then ends the writer, so the run is
    recorded (``spider_closed``) only once everything is stored."""

    def __init__(self, pipeline: ArchivePipeline):
        self.pipeline = pipeline
        self.process = self.sock = self.writer = self.reader_task = None
        self.sent = self.answered = 0
        self.idle = None

    async def start(self) -> None:
        import asyncio

        from archive.writer import serve
        from crawler.sites.pool import start_child

        self.process, self.sock = start_child(serve, (str(self.pipeline.path),), "govcases-writer")
        reader, self.writer = await asyncio.open_unix_connection(sock=self.sock)
        self.idle = asyncio.Event()
        self.idle.set()
        self.reader_task = asyncio.ensure_future(self._read(reader))

    def send(self, items: list[dict]) -> None:
        from crawler.sites.pool import frame

        self.sent += 1
        self.idle.clear()
        self.writer.write(frame((self.sent, self.pipeline.run_id, items)))

    async def _read(self, reader) -> None:
        import asyncio

        from crawler.sites.pool import read_frame

        try:
            while True:
                _, ok, value = await read_frame(reader)
                self.answered += 1
                if ok:
                    self.pipeline._stored(value)
                else:
                    self.pipeline._writer_failed(*value)
                if self.answered >= self.sent:
                    self.idle.set()
        except (asyncio.IncompleteReadError, ConnectionError, OSError, EOFError) as exc:
            if self.answered < self.sent:
                self.pipeline._writer_failed("the archive's writer process ended", repr(exc))
        finally:
            self.idle.set()

    async def finish(self) -> None:
        import socket

        await self.idle.wait()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # EOF: the writer closes the archive and ends
        except OSError:
            pass
        self.writer.close()
        self.reader_task.cancel()
        self.process.join(30)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
