"""Pages parsed in forked worker processes (crawler/sites/pool.py) read exactly as in-process,
a worker that dies is noticed rather than waited for, and a reparse with workers equals one
without (real processes, real WARC files)."""
import asyncio
import dataclasses
import os
import signal
import sqlite3
from pathlib import Path

import pytest

from archive.rebuild import reparse
from archive.sample import SAMPLE_WARC
from crawler.sites import parse_page
from crawler.sites.pool import AsyncPagePool, PagePool, WorkerDied, default_workers

from support import ROOT

PAGES = sorted((ROOT / "tests" / "fixtures").glob("*/*.htm*"))[:12]

pytestmark = pytest.mark.skipif(not default_workers(1), reason="no fork on this platform")


def _expected():
    return [dataclasses.asdict(parse_page(None, p.read_bytes(), {}, source=p.parent.name)) for p in PAGES]


def test_a_pool_reads_pages_exactly_as_this_process_does():
    with PagePool(2) as pool:
        one = [pool.submit(None, p.read_bytes(), {}, p.parent.name) for p in PAGES]
        many = pool.submit_many([(None, p.read_bytes(), {}, p.parent.name) for p in PAGES])
        got_one = [dataclasses.asdict(f.result()) for f in one]
        got_many = [dataclasses.asdict(page) for page in many.result()]
    assert got_one == got_many == _expected()


def test_the_event_loop_pool_reads_the_same_and_notices_a_dead_worker():
    async def run():
        pool = AsyncPagePool(1)
        await pool.start()
        try:
            pages = await asyncio.gather(*(pool.parse(None, p.read_bytes(), {}, p.parent.name) for p in PAGES))
            os.kill(pool.processes[0].pid, signal.SIGKILL)
            with pytest.raises(WorkerDied):
                await asyncio.wait_for(pool.parse(None, PAGES[0].read_bytes(), {}, PAGES[0].parent.name), 30)
            assert not pool.usable
            return [dataclasses.asdict(p) for p in pages]
        finally:
            pool.close()

    assert asyncio.run(run()) == _expected()


def _rows(db):
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("select url, title, text_sha256, relevance, warc_file, warc_offset from articles order by url").fetchall(),
                conn.execute("select key, name, agency, province from cases order by key").fetchall())
    finally:
        conn.close()


def test_a_reparse_with_workers_equals_one_without(tmp_path, monkeypatch):
    warc = tmp_path / "warc"
    warc.mkdir()
    (warc / Path(SAMPLE_WARC).name).write_bytes(Path(SAMPLE_WARC).read_bytes())
    monkeypatch.setenv("GOVCASES_PARSE_WORKERS", "0")
    alone = reparse(tmp_path / "alone.db", warc)
    monkeypatch.setenv("GOVCASES_PARSE_WORKERS", "2")
    pooled = reparse(tmp_path / "pooled.db", warc)
    assert alone["articles"] == pooled["articles"] > 0
    assert _rows(tmp_path / "alone.db") == _rows(tmp_path / "pooled.db")
