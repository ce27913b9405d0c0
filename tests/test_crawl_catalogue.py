"""`govcases crawl catalogue`: every registered source in one crawl, one failing source never
stopping the others, on a mirror on 127.0.0.1."""
import sqlite3

import pytest

from archive.sample import MirrorServer, Route, route_key

from support import FAST, FIXTURES, govcases

pytestmark = pytest.mark.e2e
ARTICLE = "/8c/5a/c18965a455002/page.htm"  # an address of the fddi article shape


@pytest.fixture
def mirror():
    server = MirrorServer({})
    html = {"Content-Type": "text/html; charset=utf-8"}
    links = "".join(f'<li class="Article_Title"><a href="{p}">复旦发展研究院发布年度案例{i}</a></li>'
                    for i, p in enumerate([ARTICLE, "/8c/5b/c18965a455003/page.htm", "/8c/5c/c18965a455004/page.htm"]))
    server.routes.update({
        "/robots.txt": Route(200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}),
        route_key("/18965/list.htm"): Route(200, f"<html><body><ul>{links}</ul></body></html>".encode(), html),
        route_key(ARTICLE): Route(200, (FIXTURES / "fddi" / "article-excellent-cases-2021.html").read_bytes(), html),
    })
    # every gov_cn discovery address answers 500: that source fails, fddi must not
    server.default = Route(500, b"server error", html)
    with server:
        yield server


def test_a_failing_source_does_not_stop_the_others(mirror, tmp_path):
    db = tmp_path / "archive.db"
    result = govcases("crawl", "catalogue", "--db", str(db), "-a", "only=fddi,gov_cn", "-a", f"mirror={mirror.url}",
                      "-s", "RETRY_TIMES=0", *FAST)
    assert result.returncode == 0, result.stderr[-3000:]
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select site_slug, relevance, parser from articles").fetchall()
        cases = conn.execute("select count(*) from cases").fetchone()[0]
        requested = conn.execute("select requests from crawl_runs").fetchone()[0]
    finally:
        conn.close()
    assert rows == [("fddi", "case-bearing", "fddi")]
    assert cases >= 5
    assert requested >= 5  # gov_cn's addresses were asked for, and failed
