"""WARC snapshots, versions, incremental crawls, re-parse and import (issue 5).

Every test runs real crawls (child processes) against real HTTP servers on 127.0.0.1,
and every WARC file written is read back with warcio's own reader.
"""
import fcntl
import os
import signal
import sqlite3
import subprocess
import time

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.sample import SAMPLE_WARC, MirrorServer, Route, route_key, synthetic_article, synthetic_site
from archive.warc import read_payload, sha256_hex, warc_files

from support import FAST, govcases, govcases_start, require_tool


def crawl(server, db_path, *extra):
    return govcases("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={server.url}",
                    "-a", "max_pages=100", *FAST, *extra)


def q(db_path, sql, args=()):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def read_all(path):
    with path.open("rb") as fh:
        return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI")) for r in ArchiveIterator(fh)]


def snapshot(db_path):
    """What an archive holds, without the fetch-time columns."""
    return (
        # classification included: the source, the parser that read the page, its relevance
        q(db_path, "select url, title, author, source, published_at, text, version, site_slug, parser, relevance, "
                   "encoding, replaced_chars from articles order by url"),
        q(db_path, "select key, name, agency, agency_kind, province, city, district, dates, description, category, "
                   "rank from cases order by key"),
        q(db_path, "select a.url, c.key, m.position, m.name_as_written from case_mentions m join articles a "
                   "on a.id = m.article_id join cases c on c.id = m.case_id order by 1, 2"),
        q(db_path, "select a.url, v.version, v.text_sha256 from article_versions v join articles a on a.id = v.article_id order by 1, 2"),
    )


@pytest.fixture
def site():
    with MirrorServer(synthetic_site(30, per_page=10)) as server:
        yield server


@pytest.fixture
def etag_site():
    with MirrorServer(synthetic_site(12, per_page=6), validators=True) as server:
        yield server


@pytest.mark.e2e
def test_every_response_is_in_a_readable_warc_and_articles_point_at_it(site, db_path, tmp_path):
    result = crawl(site, db_path)
    assert result.returncode == 0, result.stderr
    files = warc_files(tmp_path / "warc")
    assert files
    records = [r for f in files for r in read_all(f)]
    responses = [url for kind, url in records if kind == "response"]
    assert len(responses) == len(site.requests)  # robots, 3 list pages, 30 articles
    assert sum(kind == "request" for kind, _ in records) == len(responses)
    rows = q(db_path, "select warc_file, warc_offset, payload_sha256, fetched_at from articles")
    assert len(rows) == 30
    for file, offset, digest, fetched in rows:
        headers, payload = read_payload(tmp_path / "warc" / file, offset)
        assert headers["status"] == "200" and sha256_hex(payload) == digest and fetched


@pytest.mark.e2e
def test_unchanged_pages_store_no_new_payload(site, db_path, tmp_path):
    assert crawl(site, db_path).returncode == 0
    result = crawl(site, db_path)
    assert result.returncode == 0, result.stderr
    second = warc_files(tmp_path / "warc")[-1]
    records = read_all(second)
    assert sum(kind == "revisit" for kind, _ in records) == 30
    assert not [url for kind, url in records if kind == "response" and "/news/detail" in url]
    assert q(db_path, "select new_articles, changed_articles, unchanged_articles, status from crawl_runs where id = 2") == [
        (0, 0, 30, "finished")]
    assert q(db_path, "select count(*) from article_versions") == [(30,)]


@pytest.mark.e2e
def test_a_changed_article_gets_a_new_version_and_keeps_the_old(site, db_path):
    assert crawl(site, db_path).returncode == 0
    site.routes[route_key("/news/detail?id=100005")] = Route(200, synthetic_article("100005", 5, revision=1).encode(),
                                                             {"Content-Type": "text/html"})
    assert crawl(site, db_path).returncode == 0
    versions = q(db_path, "select v.version, v.text from article_versions v join articles a on a.id = v.article_id "
                          "where a.url like '%100005' order by v.version")
    assert [v for v, _ in versions] == [1, 2]
    assert "修订0" in versions[0][1] and "修订1" in versions[1][1]
    assert q(db_path, "select version, text like '%修订1%' from articles where url like '%100005'") == [(2, 1)]
    assert q(db_path, "select new_articles, changed_articles, unchanged_articles from crawl_runs where id = 2") == [(0, 1, 29)]


@pytest.mark.e2e
def test_etags_make_conditional_requests(etag_site, db_path):
    assert crawl(etag_site, db_path).returncode == 0
    assert etag_site.conditional_hits == 0
    result = crawl(etag_site, db_path)
    assert result.returncode == 0, result.stderr
    assert etag_site.conditional_hits == 12  # every known article answered 304
    assert q(db_path, "select items, unchanged_articles, status from crawl_runs where id = 2") == [(0, 12, "finished")]
    with warc_files(db_path.parent / "warc")[-1].open("rb") as fh:
        profiles = [r.rec_headers.get_header("WARC-Profile") for r in ArchiveIterator(fh) if r.rec_type == "revisit"]
    assert profiles == ["http://netpreserve.org/warc/1.1/revisit/server-not-modified"] * 12
    # a new article appears: only it is fetched in full
    etag_site.routes.update({k: v for k, v in synthetic_site(13, per_page=6).items()})
    result = crawl(etag_site, db_path)
    assert q(db_path, "select new_articles, unchanged_articles from crawl_runs where id = 3") == [(1, 12)]


@pytest.mark.e2e
def test_a_source_that_goes_silent_fails_the_run(site, db_path):
    assert crawl(site, db_path).returncode == 0
    empty = '<html><head><meta charset="utf-8"></head><body><div class="new-layout">改版中</div></body></html>'.encode()
    for key in [k for k in site.routes if k.startswith("/news/sublist")]:
        site.routes[key] = Route(200, empty, {"Content-Type": "text/html"})
    result = crawl(site, db_path)
    assert result.returncode == 1
    assert "found no articles" in result.stderr
    assert q(db_path, "select status from crawl_runs where id = 2") == [("failed",)]


@pytest.mark.e2e
def test_reparse_rebuilds_the_same_archive_from_warc_alone(site, db_path, tmp_path):
    assert crawl(site, db_path).returncode == 0
    site.routes[route_key("/news/detail?id=100010")] = Route(200, synthetic_article("100010", 10, revision=2).encode(),
                                                             {"Content-Type": "text/html"})
    assert crawl(site, db_path).returncode == 0
    rebuilt = tmp_path / "rebuilt.db"
    result = govcases("reparse", "--db", str(rebuilt), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert snapshot(rebuilt) == snapshot(db_path)
    assert len(snapshot(rebuilt)[3]) == 31  # 30 first versions and one changed


def test_sample_warc_reparses_to_the_ten_cases(tmp_path):
    db = tmp_path / "demo.db"
    result = govcases("import-warc", str(SAMPLE_WARC), "--db", str(db), "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert q(db, "select count(*) from cases") == [(10,)]
    # stored under its content's digest: another file of the same name never overwrites it
    assert len(list((tmp_path / "warc" / "imported").glob(f"*-{SAMPLE_WARC.name}"))) == 1


def test_import_refuses_a_file_that_is_not_warc(tmp_path, db_path):
    bogus = tmp_path / "notes.warc.gz"
    bogus.write_bytes(b"this is not a warc file at all")
    result = govcases("import-warc", str(bogus), "--db", str(db_path))
    assert result.returncode == 1 and "not a readable WARC file" in result.stderr
    assert not db_path.exists()


def test_import_a_warc_written_by_wget(tmp_path, db_path):
    wget = require_tool("wget")
    with MirrorServer(synthetic_site(5, per_page=5)) as server:
        subprocess.run([wget, "-q", "--recursive", "--level=1", "--no-parent", "--no-directories", "--delete-after",
                        "-e", "robots=off", "--warc-file", str(tmp_path / "wget-capture"),
                        f"{server.url}/news/sublist?section=82&page=1"], cwd=tmp_path, timeout=60, check=False)
    capture = tmp_path / "wget-capture.warc.gz"
    assert capture.exists()
    result = govcases("import-warc", str(capture), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert q(db_path, "select count(*) from articles") == [(5,)]
    assert q(db_path, "select count(*) from cases") == [(3,)]  # article 0 carries a list of three


@pytest.mark.e2e
def test_two_crawls_never_overlap(site, db_path):
    lock = db_path.with_name(db_path.name + ".lock")
    with lock.open("a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.write("4242")
        fh.flush()
        result = crawl(site, db_path)
    assert result.returncode == 1
    assert "another crawl is running" in result.stderr and "4242" in result.stderr
    assert not site.requests


@pytest.mark.e2e
def test_a_crawl_killed_mid_way_is_finished_by_the_next_run(tmp_path, db_path):
    with MirrorServer(synthetic_site(60, per_page=20), delay=0.25) as server:  # slow, to be caught mid-way
        proc = govcases_start("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={server.url}",
                              "-a", "max_pages=10", "-s", "GOVCASES_BATCH_SIZE=5", *FAST)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if q(db_path, "select count(*) from articles")[0][0] >= 10:
                    break
            except sqlite3.OperationalError:  # the crawl has not made its tables yet
                pass
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        stored = q(db_path, "select count(*) from articles")[0][0]
        assert 10 <= stored < 60
        # A crash can also leave half a record at the end of the WARC file.
        newest = warc_files(tmp_path / "warc")[-1]
        with newest.open("ab") as fh:
            fh.write(b"\x1f\x8b\x08\x00half a record")
        server.delay = 0  # the next run needs no slowness
        result = crawl(server, db_path)
    assert result.returncode == 0, result.stderr
    assert "half-written record" in result.stderr
    assert "marked 1 unfinished earlier run(s) as killed" in result.stderr
    assert q(db_path, "select count(*), count(distinct url) from articles") == [(60, 60)]
    assert q(db_path, "select count(*) from cases") == [(18,)]  # six articles with three cases each
    assert q(db_path, "select status from crawl_runs order by id") == [("killed",), ("finished",)]
    for path in warc_files(tmp_path / "warc"):
        assert read_all(path)  # warcio reads every file to the end


@pytest.mark.e2e
def test_a_server_that_dies_mid_crawl(tmp_path, db_path):
    routes = synthetic_site(20, per_page=20)
    server = MirrorServer(routes, delay=0.02)
    server.__enter__()
    port = server.httpd.server_address[1]
    proc = govcases_start("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={server.url}",
                          "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=3", *FAST)
    while len(server.requests) < 8:
        time.sleep(0.02)
    server.__exit__(None, None, None)
    out, err = proc.communicate(timeout=120)
    first = q(db_path, "select count(*) from articles")[0][0]
    assert first < 20
    assert q(db_path, "select errors > 0 from crawl_runs") == [(1,)]
    # The server comes back on the same port: the next run picks up what is missing.
    with MirrorServer(routes, port=port) as again:
        result = crawl(again, db_path)
    assert result.returncode == 0, result.stderr
    assert q(db_path, "select count(*) from articles") == [(20,)]


def test_import_refuses_a_warc_cut_short_and_imports_nothing(tmp_path, db_path):
    cut = tmp_path / "cut.warc.gz"
    data = SAMPLE_WARC.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    result = govcases("import-warc", str(cut), "--db", str(db_path))
    assert result.returncode == 1
    assert "cut short" in result.stderr or "cut or damaged" in result.stderr
    assert not db_path.exists()


def test_repair_cuts_a_record_cut_short(tmp_path):
    from archive.warc import repair

    cut = tmp_path / "cut.warc.gz"
    data = SAMPLE_WARC.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    removed = repair(cut)
    assert removed.cut > 0 and not removed.damage
    assert read_all(cut) and repair(cut).cut == 0


@pytest.mark.e2e
def test_a_page_gone_from_the_source_is_kept_and_marked(site, db_path, tmp_path):
    assert crawl(site, db_path).returncode == 0
    key = route_key("/news/detail?id=100007")
    original = site.routes.pop(key)  # the mirror answers 404 for it; the list still links to it
    site.routes[route_key("/news/detail?id=100008")] = Route(410, "<html><body>已删除</body></html>".encode(),
                                                             {"Content-Type": "text/html; charset=utf-8"})
    result = crawl(site, db_path)
    assert result.returncode == 0, result.stderr
    gone = q(db_path, "select url, gone_status, gone_since is not null, length(text) > 100, version from articles "
                      "where gone_since is not null order by url")
    assert [(url[-6:], status, since, kept, version) for url, status, since, kept, version in gone] == [
        ("100007", 404, 1, 1, 1), ("100008", 410, 1, 1, 1)]
    assert q(db_path, "select status, items, unchanged_articles, gone_articles from crawl_runs where id = 2") == [
        ("finished", 0, 28, 2)]
    assert "source page gone (404)" in result.stderr
    assert "0 articles, 0 new, 0 new cases, 2 gone from the source" in result.stderr
    # the archive rebuilt from its WARC files knows the same
    rebuilt = tmp_path / "rebuilt.db"
    assert govcases("reparse", "--db", str(rebuilt), "--data-dir", str(tmp_path)).returncode == 0
    marks = "select url, gone_since, gone_status from articles order by url"
    assert q(rebuilt, marks) == q(db_path, marks) and snapshot(rebuilt) == snapshot(db_path)
    # the page comes back unchanged: no longer gone, nothing else changes
    site.routes[key] = original
    assert crawl(site, db_path).returncode == 0
    assert [url[-6:] for url, in q(db_path, "select url from articles where gone_since is not null")] == ["100008"]
    assert q(db_path, "select count(*) from article_versions") == [(30,)]
    rebuilt2 = tmp_path / "rebuilt2.db"
    assert govcases("reparse", "--db", str(rebuilt2), "--data-dir", str(tmp_path)).returncode == 0
    assert q(rebuilt2, marks) == q(db_path, marks)


@pytest.mark.e2e
def test_articles_taken_off_every_list_are_rechecked_when_asked(db_path):
    with MirrorServer(synthetic_site(12, per_page=6)) as server:
        assert crawl(server, db_path).returncode == 0
        # the lists now end at 100009; 100010 is deleted, 100011 still answers
        server.routes.update(synthetic_site(10, per_page=6))
        del server.routes[route_key("/news/detail?id=100010")]
        assert crawl(server, db_path).returncode == 0
        assert q(db_path, "select count(*) from articles where gone_since is not null") == [(0,)]
        assert not any("100010" in r for r in server.requests[-12:])
        before = len(server.requests)
        result = crawl(server, db_path, "-s", "GOVCASES_RECHECK=5")
        assert result.returncode == 0, result.stderr
        rechecked = [r for r in server.requests[before:] if "100010" in r or "100011" in r]
        assert sorted(rechecked) == ["/news/detail?id=100010", "/news/detail?id=100011"]
        assert [u[-6:] for u, in q(db_path, "select url from articles where gone_since is not null")] == ["100010"]
        assert q(db_path, "select gone_articles, status from crawl_runs order by id desc limit 1") == [(1, "finished")]
        # every page the crawls saw has its check time; the rechecked ones the newest
        assert q(db_path, "select count(*) from articles where checked_at is null") == [(0,)]


def test_rechecks_go_round_the_archive_longest_unchecked_first(tmp_path):
    from archive.db import Archive

    archive = Archive(tmp_path / "a.db")
    run = archive.start_run("shangguan")
    items = [{"article": {"url": f"https://example.org/{i}", "title": f"标题{i}", "text": f"正文{i}"},
              "fetched_url": f"https://example.org/{i}", "fetched_at": f"2026-01-0{i}T00:00:00+00:00"} for i in range(1, 5)]
    archive.store_items(items, run)
    other = archive.start_run("articles")
    archive.store_items([{"article": {"url": "https://other.example.org/x", "title": "别处", "text": "正文"},
                          "fetched_url": "https://other.example.org/x", "fetched_at": "2025-01-01T00:00:00+00:00"}], other)
    assert archive.least_recently_checked("shangguan", set(), 2) == ["https://example.org/1", "https://example.org/2"]
    # 1 and 2 were checked (unchanged) in a later crawl: 3 and 4 come first next time
    archive.store_items([{"source_status": {"fetched_url": f"https://example.org/{i}", "status": 200, "gone": False,
                                            "seen_at": "2026-02-01T00:00:00+00:00"}} for i in (1, 2)])
    assert archive.least_recently_checked("shangguan", set(), 2) == ["https://example.org/3", "https://example.org/4"]
    assert archive.least_recently_checked("shangguan", {"https://example.org/3"}, 2) == [
        "https://example.org/4", "https://example.org/1"]
    archive.close()
