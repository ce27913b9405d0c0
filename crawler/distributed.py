"""Distributed mode: crawl workers on any number of machines share one frontier in Redis.

Switched on by ``REDIS_URL`` (the environment, ``govcases crawl --redis URL``, or ``-s REDIS_URL=…``
as Scrapyd passes it) through the add-on ``Distributed`` (``ADDONS`` in ``crawler/settings.py``);
without it nothing here runs. Built on scrapy-redis (its request queue and its duplicate filter
in Redis), with what a fleet needs on top:

- **In flight.** ``FleetScheduler`` pops a request from the shared queue and, in the same Lua
  step, records it in the worker's in-flight hash. ``Outbox`` (a spider middleware) removes it
  in one Redis transaction with pushing the page's items, after the requests the page led to are
  in the queue: a worker killed at any moment has either delivered a page or left it in flight.
  A worker whose heartbeat key has expired is dead; the next worker to look puts its in-flight
  requests back into the queue.
- **Leaving.** ``FleetIdle`` keeps a worker while the queue holds requests or another worker is
  busy, and lets it go when all has been quiet for ``GOVCASES_IDLE_CLOSE`` seconds, from the
  moment it was quiet (not from start-up).
- **A new run.** The duplicate filter is kept when a run ends (a worker that finishes never
  wipes what others share); the first worker of a spider to start when no worker is alive, the
  queue is empty and nothing is in flight starts a fresh run and clears it, atomically.
- **Politeness for the fleet.** ``FleetHTTPHandler`` takes a per-site token in Redis right before
  a request goes on the wire: the gap between two requests to one host from any workers is at
  least ``GOVCASES_SITE_DELAY`` (default: ``DOWNLOAD_DELAY``), and at most
  ``CONCURRENT_REQUESTS_PER_DOMAIN`` are open at once across the fleet. Each worker's own delay
  and AutoThrottle still apply before that; they can only slow it down.
- **One writer.** Workers write WARC files under ``warc/<worker>/`` and push items to
  ``govcases:items`` (``archive/ingest.py``); ``govcases ingest`` stores them.
"""
from __future__ import annotations

import os
import socket

from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.misc import load_object

PREFIX = "govcases:%(spider)s"


def redis_url(settings) -> str | None:
    return settings.get("REDIS_URL") or os.environ.get("REDIS_URL") or None


def default_worker() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


class Distributed:
    """The add-on: with a Redis URL, every spider runs as a worker of the fleet."""

    def update_settings(self, settings):
        url = redis_url(settings)
        if not url:
            return
        try:
            import scrapy_redis  # noqa: F401
        except ImportError as exc:
            raise RuntimeError("REDIS_URL is set but scrapy-redis is not installed: pip install 'govcases[distributed]'") from exc
        worker = settings.get("GOVCASES_WORKER") or default_worker()

        def force(name, value):  # over the project's settings and -s: in this mode these are ours
            settings.set(name, value, priority=max(settings.getpriority(name) or 0, SETTINGS_PRIORITIES["addon"]))

        force("REDIS_URL", url)
        force("GOVCASES_WORKER", worker)
        force("SCHEDULER", "crawler.fleet.FleetScheduler")
        force("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter")
        force("SCHEDULER_PERSIST", True)
        force("SCHEDULER_QUEUE_KEY", PREFIX + ":requests")
        force("SCHEDULER_DUPEFILTER_KEY", PREFIX + ":dupefilter")
        # the worker keeps no archive: the ingester is the one writer (conditional requests and
        # rechecks need the archive, so they are off on workers)
        force("GOVCASES_DB", None)
        if settings.get("GOVCASES_WARC_DIR"):
            force("GOVCASES_WARC_SUBDIR", worker)
        settings.set_in_component_priority_dict("ITEM_PIPELINES", load_object("crawler.pipelines.ArchivePipeline"), None)
        # last to see a callback's output
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", load_object("crawler.fleet.Outbox"), 10)
        settings.set_in_component_priority_dict("EXTENSIONS", load_object("crawler.fleet.FleetIdle"), 600)
        handlers = settings.getdict("DOWNLOAD_HANDLERS")
        handlers.update({"http": "crawler.fleet.FleetHTTPHandler", "https": "crawler.fleet.FleetHTTPHandler"})
        force("DOWNLOAD_HANDLERS", handlers)


