"""Issue 14: nothing lost, nothing let in — the archive under faults, hostile pages and visitors.

Faults come through real parts: real files and a real small filesystem (tmpfs), a WARC opener
that fails with ENOSPC at a chosen byte (tests/faults.py, the documented seam), HTTP servers on
127.0.0.1, real SQLite files. Crawls in child processes are marked e2e.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import faults
from archive.db import Archive
from archive.sample import SAMPLE_WARC, MirrorServer, Route, synthetic_site
from archive.warc import WarcStore, WarcWriteFailed, iter_responses, own_files, problem, read_payload, repair, scan, sha256_hex, warc_files
from support import FAST, ROOT, govcases

TESTS = str(Path(__file__).resolve().parent)


def q(db_path, sql, args=()):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def warc_bytes(n: int, gz: bool = True, tag: str = "page") -> bytes:
    """A WARC file written by warcio itself: n response records of small article pages."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i in range(n):
        body = (f"<html><head><meta charset='utf-8'><title>{tag}标题{i}号文章</title></head><body><h1>{tag}标题{i}号文章</h1>"
                f"<p>发布时间：2020-01-0{i % 9 + 1}</p>"
                + f"<p>{tag}第{i}篇：这是一段关于政务服务创新的正文，内容足够长，可以被识别为文章正文。</p>" * 4
                + "</body></html>").encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://127.0.0.1:1/{tag}/{i}.html", "response",
                                                      payload=io.BytesIO(body), length=len(body), http_headers=http))
    return buffer.getvalue()


def exchange(store: WarcStore, i: int):
    body = f"<html><body><p>第{i}页 {'政务' * 200}</p></body></html>".encode()
    return store.write_exchange(f"http://127.0.0.1:1/{i}", 200, "OK", [("Content-Type", "text/html")], body, []), body


# --- 1. WARC writes that cannot be half-done --------------------------------------------------

def test_a_failed_write_ends_the_file_and_every_pointer_reads_back(tmp_path):
    faults.reset(room=6000)
    store = WarcStore(tmp_path, opener=faults.full_disk_opener)
    kept, failed = [], []
    for i in range(20):
        try:
            kept.append(exchange(store, i))
        except WarcWriteFailed as exc:
            failed.append(exc)
    store.close()
    assert len(failed) == 1 and failed[0].disk_full and "disk full" in str(failed[0])
    files = warc_files(tmp_path)
    assert len(files) == 2  # the failed write ended the first file; the next record opened a new one
    for path in files:
        assert scan(path).whole, problem(path)  # no half record anywhere
    assert len(kept) == 19
    for snapshot, body in kept:
        headers, payload = read_payload(tmp_path / snapshot.file, snapshot.offset)
        assert payload == body and sha256_hex(payload) == snapshot.sha256


def damaged_middle(tmp_path, gz=True):
    data = warc_bytes(20, gz=gz)
    path = tmp_path / ("mid.warc.gz" if gz else "mid.warc")
    path.write_bytes(data)
    offsets = [offset for offset, _ in scan(path).records]
    bad = bytearray(data)
    bad[offsets[5] + 40: offsets[5] + 60] = b"\x00" * 20
    path.write_bytes(bytes(bad))
    return path, offsets


def test_repair_never_cuts_a_damaged_middle_and_the_records_after_it_stay_readable(tmp_path):
    path, offsets = damaged_middle(tmp_path)
    size = path.stat().st_size
    done = repair(path)
    assert done.cut == 0 and path.stat().st_size == size
    assert [d.offset for d in done.damage] == [offsets[5]] and done.damage[0].end == offsets[6]
    urls = [r["url"] for r in iter_responses(path)]
    assert len(urls) == 19 and urls[-1].endswith("/19.html")


def test_repair_cuts_only_an_incomplete_final_record(tmp_path):
    data = warc_bytes(5)
    path = tmp_path / "x.warc.gz"
    path.write_bytes(data + data[:150])  # a crash mid-record
    assert repair(path).cut == 150 and path.read_bytes() == data
    assert repair(path).cut == 0


# --- 4. strict validation ---------------------------------------------------------------------

def test_a_cut_gzip_warc_is_refused_at_every_cut_point_inside_a_record(tmp_path):
    data = warc_bytes(20)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(data)
    ends = {offset + length for offset, length in scan(whole).records}
    assert len(ends) == 20
    path = tmp_path / "cut.warc.gz"
    accepted = []
    for cut in range(1, len(data), 7):
        path.write_bytes(data[:cut])
        if problem(path) is None:
            accepted.append(cut)
    assert set(accepted) <= ends  # only a file that ends between two records is whole
    eleventh = sorted(ends)[9]
    path.write_bytes(data[: eleventh + 200])  # 200 bytes into record 11
    assert "cut short" in problem(path)


def test_import_takes_an_uncompressed_warc_and_refuses_a_cut_one(tmp_path):
    plain = tmp_path / "plain.warc"
    plain.write_bytes(warc_bytes(6, gz=False))
    db = tmp_path / "a.db"
    result = CliRunner().invoke(_cli(), ["import-warc", str(plain), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert q(db, "select count(*) from articles") == [(6,)]
    cut = tmp_path / "cut.warc"
    cut.write_bytes(plain.read_bytes()[:-100])
    other = tmp_path / "b.db"
    result = CliRunner().invoke(_cli(), ["import-warc", str(cut), "--db", str(other)])
    assert result.exit_code == 1 and "cut short" in result.output and not other.exists()


def test_only_the_crawlers_own_newest_file_is_repaired(tmp_path):
    from archive.cli import prepare_archive

    warc = tmp_path / "warc"
    (warc / "imported").mkdir(parents=True)
    own = warc / "govcases-20260101000000-1-00001.warc.gz"
    own.write_bytes(warc_bytes(3))
    imported = warc / "imported" / "zzz-after-ours.warc.gz"  # sorts after the crawler's file
    cut = warc_bytes(3)[:-50]
    imported.write_bytes(cut)
    prepare_archive(tmp_path / "a.db", warc)
    assert imported.read_bytes() == cut  # not the crawler's own: never cut
    assert own_files(warc) == [own]


# --- 2. imports never overwrite ------------------------------------------------------------------

def _cli():
    from crawler.cli import cli

    return cli


def test_two_files_of_one_name_are_both_kept_and_a_second_import_is_a_no_op(tmp_path):
    first, second = tmp_path / "a" / "capture.warc", tmp_path / "b" / "capture.warc"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_bytes(warc_bytes(4, gz=False, tag="甲"))
    second.write_bytes(warc_bytes(4, gz=False, tag="乙"))
    assert first.stat().st_size == second.stat().st_size  # same name, same size, other pages
    db = tmp_path / "archive.db"
    runner = CliRunner()
    for path in (first, second):
        result = runner.invoke(_cli(), ["import-warc", str(path), "--db", str(db)])
        assert result.exit_code == 0, result.output
    assert q(db, "select count(*) from articles") == [(8,)]
    for url, file, offset in q(db, "select url, warc_file, warc_offset from articles"):
        _, payload = read_payload(tmp_path / "warc" / file, offset)
        assert ("甲" if "/甲/" in url else "乙") + "标题" in payload.decode()
    again = runner.invoke(_cli(), ["import-warc", str(first), "--db", str(db)])
    assert again.exit_code == 0 and "imported before" in again.output
    assert q(db, "select count(*) from crawl_runs") == [(2,)]
    assert len(warc_files(tmp_path / "warc")) == 2
    result = runner.invoke(_cli(), ["reparse", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert q(db, "select count(*) from articles") == [(8,)]


# --- 3. reparse never shrinks the archive ----------------------------------------------------------

def test_reparse_keeps_articles_without_a_warc_record_and_the_crawl_history(tmp_path):
    db = tmp_path / "archive.db"
    assert CliRunner().invoke(_cli(), ["import-warc", str(SAMPLE_WARC), "--db", str(db)]).exit_code == 0
    archive = Archive(db)
    run = archive.start_run("articles", {"urls": "no-warc crawl"})
    page = (ROOT / "sample" / "shangguan" / "detail-40036.html").read_text(encoding="utf-8")
    from crawler.sites import parse_page

    parsed = parse_page("https://other.example.org/news/1.html", page.encode(), {})
    article = {**parsed.article, "url": "https://other.example.org/news/1.html"}
    archive.store_items([{"article": article, "lists": parsed.lists, "cases": parsed.cases,
                          "fetched_url": article["url"], "status": 200}], run)
    archive.store_items([{"article": {**article, "text": article["text"] + "\n更正：补充一段。"},
                          "lists": parsed.lists, "cases": parsed.cases, "fetched_url": article["url"], "status": 200}], run)
    archive.finish_run(run, status="finished")
    archive.close()
    before = {t: q(db, f"select count(*) from {t}")[0][0] for t in ("articles", "article_versions", "case_mentions")}
    runs_before = q(db, "select id, spider, status from crawl_runs order by id")
    result = CliRunner().invoke(_cli(), ["reparse", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 never archived" in result.output
    after = {t: q(db, f"select count(*) from {t}")[0][0] for t in ("articles", "article_versions", "case_mentions")}
    assert after == before
    assert q(db, "select id, spider, status from crawl_runs order by id")[:-1] == runs_before
    assert q(db, "select spider from crawl_runs order by id desc limit 1") == [("reparse",)]


# --- 5. bounded SQL ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def published(tmp_path_factory):
    from datasette.app import Datasette

    from archive.publish import SERVE_SETTINGS, metadata_for
    from archive.rebuild import import_warc

    folder = tmp_path_factory.mktemp("ds")
    path = folder / "archive.db"
    import_warc(path, [SAMPLE_WARC], folder / "warc")
    return Datasette([str(path)], metadata=metadata_for(path, ROOT / "metadata.yml"),
                     settings=SERVE_SETTINGS)


@pytest.mark.parametrize("sql", [
    "select length(govcases_bigrams(printf('%.*c',50000000,'政')))",
    "select length(govcases_fts_query(printf('%.*c',50000000,'政')))",
    "select length(printf('%.*c',50000000,'政'))",
    "select length(govcases_fts_query(printf('%.*c',5000,'政')))",
])
# Datasette turns on SQLite callback tracebacks, so a refused argument is also printed as "ignored"
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_no_sql_call_outlives_the_time_limit(published, sql):
    import asyncio

    start, cpu = time.perf_counter(), time.process_time()
    response = asyncio.run(published.client.get("/archive.json", params={"sql": sql, "_shape": "array"}))
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    # the work is bounded (measured as this process's CPU time: on a machine shared with other
    # tests a wall-clock second is not one of ours), and no call outlives the 3 s limit
    assert cpu < 1.0 and took < 3.0, (cpu, took)
    # refused (no such function, argument too long) or a string SQLite would not build (NULL)
    assert response.status_code == 400 or response.json()[0] in ({next(iter(response.json()[0])): None},
                                                                 {next(iter(response.json()[0])): 2}), response.text[:300]
    search = asyncio.run(published.client.get("/archive.json", params={
        "sql": "select count(*) as n from cases_fts where cases_fts match govcases_fts_query('支付宝')", "_shape": "array"}))
    assert search.json() == [{"n": 1}]


# --- 6. bounded work per page ------------------------------------------------------------------------

def paragraphs_page(size: int) -> bytes:
    head = "<html><head><meta charset='utf-8'><title>测试文章</title></head><body><h1>测试文章</h1><div class='content'>"
    parts, total, i = [], len(head.encode()), 0
    while total < size:
        p = f"<p>第{i}段政务服务创新。</p>"
        parts.append(p)
        total += len(p.encode())
        i += 1
    return (head + "".join(parts) + "</div></body></html>").encode()


def test_a_page_of_short_paragraphs_is_one_article_without_errors():
    """The page path's worst case (the most blocks per byte); its time against size (2 MB under
    2 s, linear) is measured by `make bench` (benchmarks/bench_cases.py), not here."""
    from crawler.sites import parse_page

    page = parse_page("https://example.org/a/1.html", paragraphs_page(200_000), {})
    assert page.kind == "article" and not page.errors
    assert "第0段政务服务创新" in page.article["text"] and page.article["text"].count("政务服务创新") > 5_000


def test_a_page_beyond_the_size_limit_is_refused_as_an_error():
    from crawler.parsers.html import MAX_PAGE_BYTES
    from crawler.sites import parse_page

    page = parse_page("https://example.org/a/1.html", b"<html><body>" + b"a" * MAX_PAGE_BYTES + b"</body></html>", {})
    assert page.kind == "too-large" and page.errors and page.article is None


def test_article_text_beyond_the_cap_is_cut_and_reported(monkeypatch):
    import crawler.sites as sites

    monkeypatch.setattr(sites, "MAX_TEXT_CHARS", 5_000)
    page = sites.parse_page("https://example.org/a/1.html", paragraphs_page(60_000), {})
    assert page.kind == "article"
    assert len(page.article["text"]) <= 5_000 and "cut to" in page.errors[0]


DEEP_HEAD = ("<html><head><meta charset='utf-8'><title>深层嵌套的文章标题</title></head><body><h1>深层嵌套的文章标题</h1>"
             "<p>发布时间：2020-01-02</p>")
PARA = "<p>这是第{}个关于政务服务创新的段落，内容足够长以便被识别为正文内容。</p>"


@pytest.mark.parametrize("html", [
    DEEP_HEAD + "".join("<font>" + PARA.format(i) for i in range(500)) + "</body></html>",
    DEEP_HEAD + "<div>" * 100_000 + "".join(PARA.format(i) for i in range(500)) + "</div>" * 100_000 + "</body></html>",
], ids=["500-unclosed-font", "100k-div"])
def test_deep_nesting_keeps_the_whole_article(tmp_path, html):
    from crawler.sites import parse_page

    page = parse_page("https://example.org/a/1.html", html.encode(), {})
    assert page.kind == "article", page.reason
    assert "第0个" in page.article["text"] and "第499个" in page.article["text"]
    path = tmp_path / "deep.html"
    path.write_text(html, encoding="utf-8")
    result = CliRunner().invoke(_cli(), ["parse", str(path)])
    assert result.exit_code == 0 and "第499个" in json.loads(result.output)["article"]["text"]


# --- one-line errors -------------------------------------------------------------------------------------

def assert_one_line_error(result, *needles):
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("govcases: error: "), result.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.mark.parametrize("case", ["manifest-dir", "manifest-not-utf8", "url-file-dir", "bad-allow", "dev-zero", "unknown-argument"])
def test_command_line_errors_are_one_line(tmp_path, case):
    db = tmp_path / "a.db"
    bad = tmp_path / "m.tsv"
    bad.write_bytes(b"\xff\xfe\xfa page.html\n")
    args, needles = {
        "manifest-dir": (["parse", "--manifest", str(tmp_path)], ["not a file"]),
        "manifest-not-utf8": (["parse", "--manifest", str(bad)], ["not UTF-8"]),
        "url-file-dir": (["crawl", "articles", "--db", str(db), "-a", f"url_file={tmp_path}"], ["not a file"]),
        "bad-allow": (["crawl", "articles", "--db", str(db), "-a", "urls=http://127.0.0.1:9/", "-a", "allow=("],
                      ["not a regular expression"]),
        "dev-zero": (["parse", "/dev/zero"], ["larger than"]),
        # base_url on loopback: even a spider that took the wrong name would go nowhere else
        "unknown-argument": (["crawl", "shangguan", "--db", str(db), "-a", "base_url=http://127.0.0.1:9", "-a", "section=82"],
                             ["unknown argument section", "valid: sections, max_pages, ids, base_url"]),
    }[case]
    assert_one_line_error(govcases(*args, timeout=60), *needles)
    assert not db.exists()


# --- full disk for reparse and import (a real small filesystem) ----------------------------------

def test_import_and_reparse_on_a_full_disk_say_so_and_change_nothing(tmp_path):
    big = tmp_path / "big.warc.gz"
    big.write_bytes(warc_bytes(1200))  # about 0.6 MB
    with faults.small_filesystem(tmp_path / "small", "256k") as small:
        db = small / "archive.db"
        result = govcases("import-warc", str(big), "--db", str(db))
        assert_one_line_error(result, "disk full")
        assert not list((small / "warc" / "imported").glob("*"))  # no partial copy
    with faults.small_filesystem(tmp_path / "small2", "8m") as small:
        db = small / "archive.db"
        assert govcases("import-warc", str(SAMPLE_WARC), "--db", str(db)).returncode == 0
        filler = small / "filler"
        free = os.statvfs(small).f_bavail * os.statvfs(small).f_frsize
        filler.write_bytes(b"\0" * max(0, free - 8192))
        before = db.read_bytes()
        result = govcases("reparse", "--db", str(db))
        assert_one_line_error(result, "disk full", "not changed")
        assert db.read_bytes() == before
        assert not [p.name for p in small.iterdir() if "rebuild" in p.name]  # no partial copy left


# --- crawls (e2e) --------------------------------------------------------------------------------------------

def crawl(server, db_path, *extra, env=None):
    return govcases("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={server.url}",
                    "-a", "max_pages=100", *FAST, *extra, env=env)


def assert_consistent(db_path, warc_dir):
    for path in warc_files(warc_dir):
        assert scan(path).whole, problem(path)
    rows = q(db_path, "select warc_file, warc_offset, payload_sha256 from articles where warc_file is not null")
    for file, offset, digest in rows:
        _, payload = read_payload(warc_dir / file, offset)
        assert sha256_hex(payload) == digest
    return len(rows)


@pytest.mark.e2e
def test_a_moment_of_full_disk_fails_the_crawl_and_loses_nothing(tmp_path, db_path):
    with MirrorServer(synthetic_site(30, per_page=10)) as server:
        env = {"PYTHONPATH": TESTS, "GOVCASES_FAULT_ROOM": "20000", "GOVCASES_FAULT_FAILURES": "1"}
        result = crawl(server, db_path, "-s", "GOVCASES_WARC_OPENER=faults.full_disk_opener", env=env)
        assert result.returncode == 1
        assert "disk full" in result.stderr.strip().splitlines()[-1]
        stored = assert_consistent(db_path, tmp_path / "warc")
        assert 0 < stored < 30
        assert q(db_path, "select status, finish_reason like 'disk full%' from crawl_runs") == [("failed", 1)]
        again = crawl(server, db_path)
    assert again.returncode == 0, again.stderr
    assert "half-written" not in again.stderr and "damaged" not in again.stderr
    assert assert_consistent(db_path, tmp_path / "warc") == 30
    rebuilt = tmp_path / "rebuilt.db"
    assert govcases("reparse", "--db", str(rebuilt), "--data-dir", str(tmp_path)).returncode == 0
    assert q(rebuilt, "select count(*) from articles") == [(30,)]


@pytest.mark.e2e
def test_a_crawl_on_a_small_filesystem_says_disk_full(tmp_path):
    with MirrorServer(synthetic_site(60, per_page=20)) as server, faults.small_filesystem(tmp_path / "small", "700k") as small:
        db = small / "archive.db"
        result = crawl(server, db)
        assert result.returncode == 1
        assert "disk full" in result.stderr.strip().splitlines()[-1], result.stderr[-2000:]
        if db.exists():
            assert_consistent(db, small / "warc")


def hostile_site():
    article = synthetic_site(1, per_page=1)
    routes = {k: v for k, v in article.items()}
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024))
    routes["/news/sublist?page=1&section=82"] = Route(200, (
        "<html><head><meta charset='utf-8'></head><body><div class='chengshi'><div class='chengshi_wz'>"
        "<div class='chengshi_wz_h'><a href='/news/detail?id=100000'>一</a></div>"
        "<div class='chengshi_wz_h'><a href='/news/detail?id=900001'>大</a></div>"
        "<div class='chengshi_wz_h'><a href='/news/detail?id=900002'>炸</a></div>"
        "</div></div></body></html>").encode(), {"Content-Type": "text/html; charset=utf-8"})
    routes["/news/detail?id=900001"] = Route(200, b"<html><body>" + b"x" * (9 * 1024 * 1024) + b"</body></html>",
                                             {"Content-Type": "text/html"})
    routes["/news/detail?id=900002"] = Route(200, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
    return routes


@pytest.mark.e2e
def test_oversized_and_expanding_responses_are_refused_as_errors(tmp_path, db_path):
    with MirrorServer(hostile_site()) as server:
        result = crawl(server, db_path)
    assert result.returncode == 0, result.stderr
    assert q(db_path, "select url from articles") == [("https://www.jfdaily.com/news/detail?id=100000",)]
    assert q(db_path, "select errors >= 2 from crawl_runs") == [(1,)]
    assert "DOWNLOAD_MAXSIZE" in result.stderr or "max size" in result.stderr


@pytest.mark.e2e
@pytest.mark.parametrize("kind", ["500s", "redirect-loop", "refused"])
def test_a_first_crawl_where_no_request_succeeds_fails(db_path, kind):
    server = MirrorServer({})
    server.default = {"500s": Route(500, b"error", {"Content-Type": "text/plain"}),
                      "redirect-loop": Route(302, headers={"Location": "/news/sublist?section=82&page=1"}),
                      "refused": None}[kind]
    with server:
        url = server.url
        if kind != "refused":
            result = govcases("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={url}", "-a", "max_pages=3", *FAST)
    if kind == "refused":  # the server is gone: nothing listens on its port
        result = govcases("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={url}", "-a", "max_pages=3", *FAST)
    assert result.returncode == 1
    assert "no request succeeded" in result.stderr.strip().splitlines()[-1], result.stderr[-1500:]
    assert q(db_path, "select status, errors > 0 from crawl_runs") == [("failed", 1)]


@pytest.mark.e2e
def test_a_pager_that_never_ends_stops_when_it_lists_nothing_new(db_path):
    routes = synthetic_site(10, per_page=5)
    first = routes.pop("/news/sublist?page=1&section=82")
    routes.pop("/news/sublist?page=2&section=82")
    with MirrorServer(routes) as server:
        server.default = first  # every page=N answers the same list, with a 下一页 link
        result = govcases("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={server.url}",
                          "-a", "max_pages=50", *FAST)
        lists = [r for r in server.requests if "sublist" in r]
    assert result.returncode == 0, result.stderr
    assert len(lists) == 2


def test_two_crawls_in_one_second_sort_in_the_order_they_wrote(tmp_path, monkeypatch):
    """A reparse reads WARC files by name: the second crawl's file (here from a process with a lower
    pid, as pids wrap) must still sort after the first's, or its 404 comes before the response it
    marks gone (test_a_page_gone_from_the_source_is_kept_and_marked failed now and then this way)."""
    written = []
    for pid in (200, 100):
        monkeypatch.setattr("archive.warc.os.getpid", lambda pid=pid: pid)
        store = WarcStore(tmp_path)
        exchange(store, pid)
        written.append(store.path)
        store.close()
    assert warc_files(tmp_path) == written


def test_a_fault_in_case_extraction_keeps_the_article_and_eval_fails_loudly(tmp_path, monkeypatch):
    """Case extraction is heuristics over any text: a fault in it (the first run of hold-out set 149
    met one, since fixed) must cost the page its cases, never its article, and leave an error the
    archive keeps; `govcases eval-cases` names the page and exits 1 rather than score it as empty.
    (The fault is injected at the one seam, ``crawler.sites.extract_cases``.)"""
    import crawler.sites as sites
    from archive.cli import cli

    page = ("<html><head><title>2021年度十佳政务新媒体名单公布</title></head><body><article>"
            "<h1>2021年度十佳政务新媒体名单公布</h1>"
            "<p>近日，2021年度政务新媒体评选结果揭晓。评选自今年五月启动，经过网络投票、专家评审和社会公示，"
            "从全国推荐的三百余个政务账号中评出十佳账号，入选账号在内容更新、互动回应和服务功能上表现突出。</p>"
            "<p>主办方表示，评选旨在推动政务新媒体提升服务水平，更好地回应群众关切。经评审，以下账号入选：</p>"
            "<p>1. “上海发布”</p><p>2. “浙江发布”</p><p>3. “成都发布”</p></article></body></html>").encode()
    (tmp_path / "p.html").write_bytes(page)
    (tmp_path / "truth.json").write_text(json.dumps({"p.html": {"shape": "numbered", "cases": [
        {"name": "“上海发布”", "agency": None, "province": "上海市", "category": None, "date": None}]}},
        ensure_ascii=False), encoding="utf-8")

    def broken(*args, **kwargs):
        raise ValueError("invalid literal for int() with base 10: '⑸'")

    monkeypatch.setattr(sites, "extract_cases", broken)
    parsed = sites.parse_page(None, page)
    assert parsed.article and "上海发布" in parsed.article["text"] and parsed.cases == []
    assert parsed.errors == [f"{sites.CASES_FAILED}: ValueError: invalid literal for int() with base 10: '⑸'"]
    result = CliRunner().invoke(cli, ["eval-cases", str(tmp_path / "truth.json")])
    assert result.exit_code == 1
    assert "p.html: case extraction failed: ValueError" in result.output
    assert "case extraction failed on 1 page(s)" in result.output
