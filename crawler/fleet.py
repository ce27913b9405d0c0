"""The parts of distributed mode that run in a worker (see crawler/distributed.py)."""
from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis import connection
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from archive.ingest import ITEMS_KEY
from archive.warc import repair, warc_files
from crawler.distributed import PREFIX, redis_url
from crawler.items import SourceStatusItem

logger = logging.getLogger(__name__)

INFLIGHT_META = "govcases_inflight"  # the queue member a popped request came from

# pop the first request of the queue and record it in the worker's in-flight hash (member -> score)
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], r[1], r[2])
return r[1]
"""
# put every request of an in-flight hash back into the queue
_REQUEUE = """
local all = redis.call('HGETALL', KEYS[2])
for i = 1, #all, 2 do redis.call('ZADD', KEYS[1], all[i + 1], all[i]) end
redis.call('DEL', KEYS[2])
return #all / 2
"""
# a worker joins: a fresh run (duplicate filter cleared) when nobody is alive and nothing is left
# KEYS: queue, dupefilter, workers set, alive prefix, inflight prefix; ARGV: worker, ttl ms, state
_JOIN = """
local fresh = redis.call('ZCARD', KEYS[1]) == 0
for _, w in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  if redis.call('EXISTS', KEYS[4] .. w) == 1 or redis.call('HLEN', KEYS[5] .. w) > 0 then fresh = false end
  if redis.call('EXISTS', KEYS[4] .. w) == 0 and redis.call('HLEN', KEYS[5] .. w) == 0 then
    redis.call('SREM', KEYS[3], w)
  end
end
if fresh then redis.call('DEL', KEYS[2]) end
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('SET', KEYS[4] .. ARGV[1], ARGV[3], 'PX', ARGV[2])
return fresh and 1 or 0
"""
# per-site token: KEYS next-start key, leases zset; ARGV delay ms, max concurrent, lease ttl ms, lease id
# returns 0 when granted, else how many ms to wait
_TOKEN = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[2])
if limit > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  if redis.call('ZCARD', KEYS[2]) >= limit then return 20 end
end
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
if now < nxt then return nxt - now end
local delay = tonumber(ARGV[1])
if delay > 0 then redis.call('SET', KEYS[1], now + delay, 'PX', delay + 1000) end
if limit > 0 then redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[4]) end
return 0
"""


class Fleet:
    """The Redis keys of one spider's fleet and what a worker does with them."""

    def __init__(self, server, spider: str, worker: str, ttl: float, warc_root: str | None = None):
        self.server, self.spider, self.worker = server, spider, worker
        self.warc_root = Path(warc_root) if warc_root else None
        base = PREFIX % {"spider": spider}
        self.queue_key = base + ":requests"
        self.dupefilter_key = base + ":dupefilter"
        self.workers_key = base + ":workers"
        self.alive_prefix = base + ":alive:"
        self.inflight_prefix = base + ":inflight:"
        self.inflight_key = self.inflight_prefix + worker
        self.ttl_ms = int(ttl * 1000)
        self._pop = server.register_script(_POP)
        self._requeue = server.register_script(_REQUEUE)
        self._join = server.register_script(_JOIN)

    @classmethod
    def of(cls, crawler) -> "Fleet":
        fleet = getattr(crawler, "_govcases_fleet", None)
        if fleet is None:
            settings = crawler.settings
            fleet = cls(connection.from_settings(settings), crawler.spider.name, settings.get("GOVCASES_WORKER"),
                        settings.getfloat("GOVCASES_HEARTBEAT_TTL", 5.0), settings.get("GOVCASES_WARC_DIR"))
            crawler._govcases_fleet = fleet
        return fleet

    def join(self) -> bool:
        return bool(self._join(keys=[self.queue_key, self.dupefilter_key, self.workers_key, self.alive_prefix,
                                     self.inflight_prefix], args=[self.worker, self.ttl_ms, "busy"]))

    def beat(self, busy: bool) -> None:
        self.server.set(self.alive_prefix + self.worker, "busy" if busy else "idle", px=self.ttl_ms)

    def others(self) -> dict[str, bytes | None]:
        """Other registered workers and their state (None: its heartbeat expired, it is dead)."""
        names = [w.decode() for w in self.server.smembers(self.workers_key) if w.decode() != self.worker]
        states = self.server.mget([self.alive_prefix + w for w in names]) if names else []
        return dict(zip(names, states))

    def reap(self) -> int:
        """Put the in-flight requests of dead workers back into the queue."""
        back = 0
        for name, state in self.others().items():
            if state is None:
                moved = self._requeue(keys=[self.queue_key, self.inflight_prefix + name])
                if moved:
                    logger.warning("worker %s is gone: %d of its requests are back in the queue", name, moved)
                back += moved
                self.server.srem(self.workers_key, name)
                self._release_sites(name)
                self._repair_warc(name)
        return back

    def _release_sites(self, name: str) -> None:
        """A dead worker's per-site slots (FleetHTTPHandler's leases, named after their worker)
        are free at once, not when their lease runs out (DOWNLOAD_TIMEOUT + 30 s)."""
        mine = f"{name}:".encode()
        for key in self.server.scan_iter(match="govcases:site:*:open", count=1000):
            leases = [m for m in self.server.zrange(key, 0, -1) if m.startswith(mine)]
            if leases:
                self.server.zrem(key, *leases)

    def _repair_warc(self, name: str) -> None:
        """A killed worker on this machine may have left half a record at the end of its WARC file."""
        folder = self.warc_root / name if self.warc_root else None
        if folder is None or not folder.is_dir():
            return
        files = warc_files(folder)
        repaired = repair(files[-1]) if files else None
        if repaired and repaired.cut:
            logger.warning("%s ended in a half-written record (worker %s was killed); cut %d bytes", files[-1], name,
                           repaired.cut)

    def pop(self) -> bytes | None:
        return self._pop(keys=[self.queue_key, self.inflight_key])

    def leave(self, finished: bool) -> None:
        if finished:
            # nothing is in progress when a run finishes; what is left is requests that failed
            self.server.delete(self.inflight_key)
        else:
            moved = self._requeue(keys=[self.queue_key, self.inflight_key])
            if moved:
                logger.info("%d requests in flight put back into the queue", moved)
        self.server.srem(self.workers_key, self.worker)
        self.server.delete(self.alive_prefix + self.worker)


class FleetScheduler(Scheduler):
    """scrapy-redis's scheduler with requests in flight recorded per worker (see the module)."""

    def open(self, spider):
        super().open(spider)
        self.fleet = Fleet.of(spider.crawler)
        settings = spider.crawler.settings
        self.hold = settings.getint("GOVCASES_WORKER_HOLD") or settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 8)
        if self.fleet.join():
            spider.logger.info("worker %s starts a new run of %s", self.fleet.worker, spider.name)
        else:
            spider.logger.info("worker %s joins the run of %s (%d requests queued)", self.fleet.worker, spider.name,
                               len(self.queue))
        self.fleet.reap()

    def enqueue_request(self, request):
        # a retry or a redirect replaces the request it came from: that one is done
        replaced = request.meta.pop(INFLIGHT_META, None)
        try:
            return super().enqueue_request(request)
        finally:
            if replaced is not None:
                self.server.hdel(self.fleet.inflight_key, replaced)

    def next_request(self):
        # take from the shared queue only what this worker can start soon: a worker holding a
        # queue's worth of requests in its own downloader leaves the others idle
        downloader = getattr(self.spider.crawler.engine, "downloader", None)
        if downloader is not None and len(downloader.active) >= self.hold:
            return None
        member = self.fleet.pop()
        if member is None:
            return None
        request = self.queue._decode_request(member)
        request.meta[INFLIGHT_META] = member
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def close(self, reason):
        self.fleet.leave(finished=reason == "finished")


def _storable(item) -> dict | None:
    """What the archive would store of an item (as ArchivePipeline buffers it), or None."""
    data = ItemAdapter(item).asdict()
    if isinstance(item, SourceStatusItem):
        return {"source_status": data}
    article = data.get("article") or {}
    if not article.get("url") or not article.get("text"):
        return None  # ValidationPipeline drops it too
    return data


class Outbox:
    """Hands a page's requests to the queue as they come, and its items to Redis together with
    the end of the page's in-flight record (one transaction)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not redis_url(crawler.settings):
            raise NotConfigured("no REDIS_URL")
        return cls(crawler)

    def _deliver(self, response, items):
        fleet = Fleet.of(self.crawler)
        member = response.request.meta.get(INFLIGHT_META) if response.request is not None else None
        pipe = fleet.server.pipeline(transaction=True)
        if items:
            pipe.rpush(ITEMS_KEY, *items)
        if member is not None:
            pipe.hdel(fleet.inflight_key, member)
        pipe.execute()

    def _take(self, output, items):
        if isinstance(output, Request):
            self.crawler.engine.crawl(output)  # into the Redis queue now, before the page is done
            return False
        data = _storable(output)
        if data is not None:
            items.append(json.dumps({"spider": self.crawler.spider.name, "worker": self.crawler.settings.get("GOVCASES_WORKER"),
                                     "item": data}, ensure_ascii=False, default=str))
        return True

    def process_spider_output(self, response, result):
        items: list[str] = []
        try:
            for output in result:
                if self._take(output, items):
                    yield output
        finally:
            self._deliver(response, items)

    async def process_spider_output_async(self, response, result):
        items: list[str] = []
        try:
            async for output in result:
                if self._take(output, items):
                    yield output
        finally:
            self._deliver(response, items)


class FleetIdle:
    """Heartbeat (with a look for dead workers), and leaving once the fleet has been quiet for
    GOVCASES_IDLE_CLOSE seconds."""

    def __init__(self, crawler, idle_close: float, beat_every: float):
        self.crawler, self.idle_close, self.beat_every = crawler, idle_close, beat_every
        self.quiet_since: float | None = None
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        if not redis_url(crawler.settings):
            raise NotConfigured("no REDIS_URL")
        ext = cls(crawler, crawler.settings.getfloat("GOVCASES_IDLE_CLOSE", 30.0),
                  crawler.settings.getfloat("GOVCASES_HEARTBEAT", 1.0))
        crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def engine_started(self):
        # An idle engine asks its scheduler for requests on its heartbeat (5 s in Scrapy 2.19, a
        # private attribute): a worker waiting for the shared queue looks every GOVCASES_POLL s.
        engine = self.crawler.engine
        if hasattr(engine, "_SLOT_HEARTBEAT_INTERVAL"):
            engine._SLOT_HEARTBEAT_INTERVAL = self.crawler.settings.getfloat("GOVCASES_POLL", 1.0)

    def spider_opened(self, spider):
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(self.beat_every, now=True)

    def beat(self):
        engine = self.crawler.engine
        try:
            fleet = Fleet.of(self.crawler)
            fleet.beat(busy=not engine.spider_is_idle())
            # a busy worker looks for dead ones too: their per-site slots could hold up its requests
            fleet.reap()
        except Exception:  # noqa: BLE001 - a missed beat is retried; a dead Redis ends the crawl elsewhere
            logger.exception("heartbeat to Redis failed")

    def spider_idle(self, spider):
        fleet = Fleet.of(self.crawler)
        fleet.reap()
        if fleet.server.zcard(fleet.queue_key):
            self.quiet_since = None
            raise DontCloseSpider
        if any(state == b"busy" for state in fleet.others().values()):
            self.quiet_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.quiet_since is None:
            self.quiet_since = now
        if now - self.quiet_since < self.idle_close:
            raise DontCloseSpider
        spider.logger.info("the shared queue has been empty for %.0f s; worker %s leaves", now - self.quiet_since,
                           fleet.worker)

    def spider_closed(self, spider):
        if self.loop is not None and self.loop.running:
            self.loop.stop()


class FleetHTTPHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP handler behind a per-site token in Redis (the fleet's delay and concurrency)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        delay = settings.get("GOVCASES_SITE_DELAY")
        self.delay_ms = int(1000 * float(delay if delay not in (None, "") else settings.getfloat("DOWNLOAD_DELAY", 0)))
        self.concurrency = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 0)
        self.lease_ms = int(1000 * (settings.getfloat("DOWNLOAD_TIMEOUT", 180) + 30))
        self.server = connection.from_settings(settings)
        self._token = self.server.register_script(_TOKEN)
        self.crawler = crawler

    async def download_request(self, request):
        host = urlsplit(request.url).hostname or ""
        keys = [f"govcases:site:{host}:next", f"govcases:site:{host}:open"]
        lease = f"{self.crawler.settings.get('GOVCASES_WORKER')}:{uuid.uuid4().hex}"  # its worker's, for reap()
        waited = 0
        while True:
            wait_ms = self._token(keys=keys, args=[self.delay_ms, self.concurrency, self.lease_ms, lease])
            if not wait_ms:
                break
            waited += wait_ms
            await asyncio.sleep(min(int(wait_ms), 1000) / 1000)
        if waited:
            self.crawler.stats.inc_value("govcases/fleet_wait_ms", waited)
        try:
            return await super().download_request(request)
        finally:
            if self.concurrency > 0:
                self.server.zrem(keys[1], lease)
