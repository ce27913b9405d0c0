"""A person's path through the published archive, in headless Chromium (Debian's chromium,
driven by Playwright without downloading a browser): home page, search 微博 in the cases
table, open a case, follow its snapshot link; no console errors; an archived page's scripts
and event handlers never run. Screenshots go to test-output/.
"""
import io
import socket
import subprocess
import sys
import time

import pytest

from archive.rebuild import import_warc
from archive.sample import SAMPLE_WARC

from conftest import ROOT, require_tool

OUT = ROOT / "test-output"
HOSTILE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>恶意页面--上观</title>
<script>window.__ran = 'head'; console.error('archived script ran');</script></head><body>
<div class="weizhi">我的位置: <a href="/">天下</a> &gt; <a href="/x">测试</a></div>
<div class="wz_contents">带脚本的存档页面</div>
<div class="fenxiang_zz"><span>来源:上观新闻</span><span>作者:测试</span> 2020-01-02 10:00</div>
<div id="newscontents"><p onclick="window.__ran='click'">这一段文字带有点击处理器，存档后不应执行任何脚本。</p>
<img src="https://example.invalid/x.png" onerror="window.__ran='onerror'; alert('onerror ran')">
<p>第二段文字，用来凑足正文长度，说明存档页面经过了清理。<a href="javascript:alert(1)">链接</a></p>
<iframe src="https://example.invalid/"></iframe><svg onload="window.__ran='svg'"></svg></div></body></html>"""


def hostile_warc(path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = HOSTILE.encode("utf-8")
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://www.jfdaily.com/news/detail?id=49001", "response",
                                                      payload=io.BytesIO(body), length=len(body), http_headers=http))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    chromium = require_tool("chromium")
    try:
        import playwright  # noqa: F401
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright)")
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "archive.db"
    hostile = folder / "hostile.warc.gz"
    hostile_warc(hostile)
    import_warc(db, [SAMPLE_WARC, hostile], folder / "warc")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "serve", "--db", str(db), "--port", str(port), "--offline-map"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}", chromium
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    _, chromium = server
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def watched_page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    return page, problems


def test_search_a_case_and_follow_its_snapshot(server, browser):
    base, _ = server
    OUT.mkdir(exist_ok=True)
    page, problems = watched_page(browser)
    page.goto(base + "/")
    assert "中国政务创新案例档案" in page.content()
    page.screenshot(path=str(OUT / "1-home.png"), full_page=True)

    page.goto(base + "/archive/cases")
    page.fill('input[name="_search"]', "微博")
    page.press('input[name="_search"]', "Enter")
    page.wait_for_url("**_search=**")
    rows = page.locator("table.rows-and-columns tbody tr")
    names = rows.locator("td.col-name").all_inner_texts()
    assert any("宁夏回族自治区银川市政务微博矩阵" in n for n in names)
    assert all("微博" in n or "文化嘉定云" in n for n in names)  # 文化嘉定云 has a 微博 service account
    assert f"{len(names)} rows" in page.locator("h3").first.inner_text()  # the count, read from the index
    page.screenshot(path=str(OUT / "2-search-weibo.png"), full_page=True)

    row = rows.filter(has_text="银川市政务微博矩阵")
    row.locator("td.col-id a").first.click()
    page.wait_for_load_state()
    assert "宁夏回族自治区" in page.content()
    page.screenshot(path=str(OUT / "3-case.png"), full_page=True)

    page.locator("a", has_text="快照 snapshot").first.click()
    page.wait_for_load_state()
    assert "存档快照" in page.content() and "这10个案例" in page.content()
    page.screenshot(path=str(OUT / "4-snapshot.png"), full_page=True)
    assert problems == []


def test_search_page_offers_the_ranked_search(server, browser):
    base, _ = server
    OUT.mkdir(exist_ok=True)
    page, problems = watched_page(browser)
    page.goto(base + "/archive/cases?_search=" + "微博")
    page.locator(".page-header details summary").first.click()  # the table actions menu
    page.locator("a", has_text="按相关度排序").click()
    page.wait_for_url("**/archive/search_cases?q=**")
    names = page.locator("table.rows-and-columns tbody td.col-name").all_inner_texts()
    assert names[0].startswith("宁夏回族自治区银川市政务微博矩阵")
    page.screenshot(path=str(OUT / "6-ranked-search.png"), full_page=True)
    assert problems == []


def test_archived_scripts_and_handlers_never_run(server, browser):
    base, _ = server
    page, problems = watched_page(browser)
    page.goto(base + "/archive/articles?_search=" + "存档页面")
    page.locator("a", has_text="快照 snapshot").first.click()
    page.wait_for_load_state()
    page.locator("p").first.click()  # the archived onclick handler
    time.sleep(0.5)
    html = page.content()
    assert "存档后不应执行任何脚本" in html
    for active in ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "example.invalid"):
        assert active not in html
    assert page.evaluate("() => window.__ran === undefined")
    page.screenshot(path=str(OUT / "5-hostile-snapshot.png"), full_page=True)
    assert problems == []
