"""Crawl, incremental re-crawl and reparse on a generated 上观 mirror on 127.0.0.1.

    .venv/bin/python benchmarks/bench_crawl.py --articles 500

Measures wall time, requests and peak memory (max RSS of the process) of: the first crawl, a
second crawl with nothing changed (once against a server without ETags, once with), and
`govcases reparse` of the WARC files; beside them, the peak memory of a process that only imports
Scrapy and the project, the floor any crawl starts from. One run on a shared machine: read the
numbers as rough.
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.sample import MirrorServer, synthetic_site  # noqa: E402

SETTINGS = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "LOG_LEVEL=WARNING"]


def run(*args, command=None):
    """(seconds, peak RSS in MiB) of one child process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command or [sys.executable, "-m", "crawler", *args], stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            raise SystemExit(err.read()[-2000:].decode("utf-8", "replace"))
    return time.perf_counter() - start, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def warc_bytes(folder):
    return sum(p.stat().st_size for p in Path(folder, "warc").glob("*.warc.gz"))


def last_run(db):
    conn = sqlite3.connect(db)
    row = conn.execute("select requests, items, new_articles, changed_articles, unchanged_articles from crawl_runs "
                       "order by id desc limit 1").fetchone()
    conn.close()
    return row


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    pages = args.articles + -(-args.articles // 20) + 1
    print(f"mirror: {args.articles} articles, {pages} pages with list pages and robots.txt")
    _, floor = run(command=[sys.executable, "-c", "import scrapy.crawler, crawler.settings, archive.db"])
    print(f"{'step':<44} {'seconds':>8} {'requests':>9} {'stored':>7} {'unchanged':>10} {'WARC KiB added':>15} {'peak MiB':>9}")
    for validators in (False, True):
        with tempfile.TemporaryDirectory() as tmp, MirrorServer(synthetic_site(args.articles), validators=validators) as server:
            db = Path(tmp) / "archive.db"
            crawl = ["crawl", "shangguan", "--db", str(db), "-a", f"base_url={server.url}", "-a", "max_pages=1000", *SETTINGS]
            label = "ETags" if validators else "no ETags"
            seconds, peak = run(*crawl)
            requests, items, new, changed, unchanged = last_run(db)
            first_bytes = warc_bytes(tmp)
            print(f"{'first crawl (' + label + ')':<44} {seconds:8.1f} {requests:9d} {items:7d} {unchanged:10d} "
                  f"{first_bytes / 1024:15.0f} {peak:9.0f}")
            seconds, peak = run(*crawl)
            requests, items, new, changed, unchanged = last_run(db)
            added = warc_bytes(tmp) - first_bytes
            print(f"{'second crawl, nothing changed (' + label + ')':<44} {seconds:8.1f} {requests:9d} {items:7d} {unchanged:10d} "
                  f"{added / 1024:15.0f} {peak:9.0f}")
            if not validators:
                seconds, peak = run("reparse", "--db", str(Path(tmp) / "rebuilt.db"), "--data-dir", tmp)
                print(f"{'reparse of the WARC files':<44} {seconds:8.1f} {0:9d} {last_run(Path(tmp) / 'rebuilt.db')[1]:7d} "
                      f"{'-':>10} {'-':>15} {peak:9.0f}")
    print(f"{'floor (a process importing Scrapy + project)':<44} {'':>8} {'':>9} {'':>7} {'':>10} {'':>15} {floor:9.0f}")


if __name__ == "__main__":
    main()
