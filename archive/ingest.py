"""`govcases ingest`: the one writer of a distributed crawl.

Crawl workers on any number of machines (``govcases crawl --redis URL``, see
``crawler/distributed.py``) push each parsed item as one JSON object onto the Redis list
``govcases:items``; this drains that list into the SQLite archive, a batch per transaction.

Nothing is lost when the ingester dies: a batch is first moved (atomically) to
``govcases:items:ingesting``, stored, and only then removed; a new ingester stores what a killed
one left there first. Storing is idempotent — an article is keyed by its canonical URL and an
unchanged text adds no version, a case mention by (article, case) — so an item delivered twice
is stored once.
"""
from __future__ import annotations

import json
import time

from .db import Archive

ITEMS_KEY = "govcases:items"
INGESTING_KEY = "govcases:items:ingesting"
ALIVE_PATTERN = "govcases:*:alive:*"  # one key per running worker, with a time-to-live

# Move up to N items from the head of the items list to the tail of the ingesting list, atomically.
_TAKE = """
local items = redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1)
if #items > 0 then
  redis.call('LTRIM', KEYS[1], #items, -1)
  redis.call('RPUSH', KEYS[2], unpack(items))
end
return #items
"""


def connect(url: str):
    import redis

    server = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10)
    server.ping()
    return server


def workers_alive(server) -> int:
    return sum(1 for _ in server.scan_iter(match=ALIVE_PATTERN, count=1000))


def ingest(db_path, server, batch: int = 200, idle: float = 30.0, forever: bool = False,
           poll: float = 0.2, log=None) -> dict:
    """Drain items into the archive until the list has stayed empty with no worker alive for
    ``idle`` seconds (or never, with ``forever``). Returns counts, recorded as one crawl run."""
    take = server.register_script(_TAKE)
    archive = Archive(db_path)
    counts = {"items": 0, "articles": 0, "source_status": 0, "new_articles": 0, "changed_articles": 0,
              "new_cases": 0, "gone_articles": 0, "batches": 0, "recovered": 0}
    by_source: dict[str, dict] = {}
    run_id = archive.start_run("ingest", {"redis": server.connection_pool.connection_kwargs.get("host")})
    start = time.perf_counter()
    busy_seconds = 0.0
    quiet_since = None
    status, reason = "finished", "finished"
    try:
        left = server.llen(INGESTING_KEY)  # a batch a killed ingester took and may not have stored
        counts["recovered"] = left
        while True:
            if not left:
                left = take(keys=[ITEMS_KEY, INGESTING_KEY], args=[batch])
            if left:
                quiet_since = None
                t0 = time.perf_counter()
                raw = server.lrange(INGESTING_KEY, 0, -1)
                items = [json.loads(r) for r in raw]
                stored = archive.store_items([envelope["item"] for envelope in items], run_id)
                server.delete(INGESTING_KEY)  # only once the batch is committed
                busy_seconds += time.perf_counter() - t0
                for slug, found in stored.pop("by_source", {}).items():
                    mine = by_source.setdefault(slug, {})
                    for key, value in found.items():
                        mine[key] = mine.get(key, 0) + value
                for key in ("new_articles", "changed_articles", "new_cases", "gone_articles"):
                    counts[key] += stored.get(key, 0)
                statuses = sum(1 for e in items if e["item"].get("source_status"))
                counts["items"] += len(items)
                counts["source_status"] += statuses
                counts["articles"] += len(items) - statuses
                counts["batches"] += 1
                left = 0
                continue
            if forever:
                time.sleep(poll)
                continue
            now = time.monotonic()
            if workers_alive(server):
                quiet_since = None
            elif quiet_since is None:
                quiet_since = now
            elif now - quiet_since >= idle:
                break
            time.sleep(poll)
    except KeyboardInterrupt:
        status, reason = "failed", "interrupted"
        raise
    except BaseException as exc:
        status, reason = "failed", f"{exc.__class__.__name__}: {exc}"
        raise
    finally:
        counts["seconds"] = round(time.perf_counter() - start, 3)
        counts["store_seconds"] = round(busy_seconds, 3)
        archive.finish_run(run_id, status=status, finish_reason=reason, pages=0, requests=0,
                           items=counts["articles"], new_articles=counts["new_articles"],
                           changed_articles=counts["changed_articles"], new_cases=counts["new_cases"],
                           gone_articles=counts["gone_articles"], errors=0 if status == "finished" else 1)
        archive.record_source_runs(run_id, by_source, {})
        archive.close()
    counts["run_id"] = run_id
    return counts
