"""Scrapyd (issue 15): the project deploys with scrapyd-deploy to a real Scrapyd on 127.0.0.1, a
scheduled crawl job runs as a worker of the Redis fleet and ends up in the archive through the
ingester, and a job that fails is reported as failed by `govcases jobs` (Scrapyd itself lists it
as "finished")."""
import json
import os
import sqlite3
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from archive.sample import MirrorServer, synthetic_site

from support import ROOT, copy_project, free_port, govcases, wait_for

pytestmark = pytest.mark.e2e
BIN = Path(sys.executable).parent


@pytest.fixture
def scrapyd(tmp_path):
    """A real Scrapyd on a free port of 127.0.0.1, run from this environment (setuptools<81)."""
    folder = tmp_path / "scrapyd"
    folder.mkdir()
    port = free_port()
    (folder / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = eggs\nlogs_dir = logs\n"
        "items_dir =\ndbs_dir = dbs\npoll_interval = 0.2\nmax_proc = 2\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env["PYTHONWARNINGS"] = "ignore"
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=folder, env=env, stdout=subprocess.DEVNULL,
                            stderr=(folder / "scrapyd.err").open("w"))
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: json.load(urllib.request.urlopen(url + "daemonstatus.json"))["status"] == "ok",
                 what="scrapyd")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def api(url, endpoint, **fields):
    data = urllib.parse.urlencode([(k, v) for k, values in fields.items()
                                   for v in (values if isinstance(values, list) else [values])]).encode()
    return json.load(urllib.request.urlopen(url + endpoint, data=data))


def deploy(url, tmp_path) -> subprocess.CompletedProcess:
    """scrapyd-deploy from a copy of the project (an egg build leaves build/ and *.egg-info behind)."""
    copy = copy_project(tmp_path / "project")
    config = (ROOT / "scrapy.cfg").read_text(encoding="utf-8")
    (copy / "scrapy.cfg").write_text(config + f"\n[deploy:test]\nurl = {url}\nproject = govcases\n", encoding="utf-8")
    return subprocess.run([str(BIN / "scrapyd-deploy"), "test", "--version", "1"], cwd=copy, capture_output=True,
                          text=True, timeout=180)


def test_deploy_schedule_ingest_and_a_failed_job_reported(scrapyd, redis_url, tmp_path):
    result = deploy(scrapyd, tmp_path)
    assert result.returncode == 0 and '"status": "ok"' in result.stdout, result.stdout + result.stderr
    spiders = json.load(urllib.request.urlopen(scrapyd + "listspiders.json?project=govcases"))["spiders"]
    assert {"shangguan", "articles", "catalogue"} <= set(spiders)
    data = tmp_path / "data"
    with MirrorServer(synthetic_site(20, per_page=10)) as server:
        settings = [f"REDIS_URL={redis_url}", f"GOVCASES_WARC_DIR={data / 'warc'}", "AUTOTHROTTLE_ENABLED=False",
                    "GOVCASES_IDLE_CLOSE=1", "GOVCASES_HEARTBEAT=0.25", "GOVCASES_POLL=0.25", "GOVCASES_WORKER=scrapyd-1"]
        good = api(scrapyd, "schedule.json", project="govcases", spider="shangguan", setting=settings,
                   base_url=server.url, max_pages="5")
        bad = api(scrapyd, "schedule.json", project="govcases", spider="shangguan", setting=settings,
                  sections="not-a-number")
        assert good["status"] == "ok" and bad["status"] == "ok"

        def ended():
            listing = json.load(urllib.request.urlopen(scrapyd + "listjobs.json?project=govcases"))
            return len(listing["finished"]) == 2 and listing

        listing = wait_for(ended, timeout=120, what="both jobs to end")
    # Scrapyd's own view: both "finished"
    assert {job["id"] for job in listing["finished"]} == {good["jobid"], bad["jobid"]}
    ingest = govcases("ingest", "--redis", redis_url, "--db", str(data / "archive.db"), "--idle", "0")
    assert ingest.returncode == 0, ingest.stderr
    conn = sqlite3.connect(data / "archive.db")
    try:
        assert conn.execute("select count(*) from articles").fetchone() == (20,)
        assert {row[0].split("/")[0] for row in conn.execute("select warc_file from articles")} == {"scrapyd-1"}
    finally:
        conn.close()
    report = govcases("jobs", "--scrapyd", scrapyd, "--project", "govcases", "--json")
    assert report.returncode == 1
    states = {job["id"]: job for job in json.loads(report.stdout)}
    assert states[good["jobid"]]["state"] == "finished", states
    assert states[bad["jobid"]]["state"] == "failed" and "sections and ids must be numbers" in states[bad["jobid"]]["detail"]
    assert report.stderr.strip() == f"govcases: error: 1 of 2 jobs failed: {bad['jobid']} (shangguan)"
