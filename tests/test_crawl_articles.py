"""The generic `articles` spider against a small site on 127.0.0.1."""
import sqlite3

import pytest

from archive.sample import MirrorServer, Route, route_key

from support import FAST, FIXTURES, govcases

pytestmark = pytest.mark.e2e  # real crawls in child processes

SITE = FIXTURES / "generic"
ARTICLES = {
    "/news/2016/04/a101.html": ("gbk-article.html", "text/html"),  # GBK, declared
    "/news/2015/06/a102.html": ("lying-charset.html", "text/html; charset=gb2312"),  # UTF-8 bytes, says gb2312
    "/news/2016/11/a103.html": ("no-charset.html", "text/html"),  # no charset anywhere
}


@pytest.fixture
def site():
    server = MirrorServer({})
    base = server.url
    routes = {"/robots.txt": Route(200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"})}
    for path, (name, kind) in ARTICLES.items():
        routes[route_key(path)] = Route(200, (SITE / name).read_bytes(), {"Content-Type": kind})
    for path, name in (("/list.html", "list.html"), ("/about.html", "about.html")):
        routes[path] = Route(200, (SITE / name).read_bytes(), {"Content-Type": "text/html; charset=utf-8"})
    for path, name in (("/sitemap.xml", "sitemap.xml"), ("/feed.xml", "feed.xml"), ("/atom.xml", "atom.xml")):
        body = (SITE / name).read_text(encoding="utf-8").replace("BASE", base).encode("utf-8")
        routes[path] = Route(200, body, {"Content-Type": "application/xml"})
    server.routes.update(routes)
    with server:
        yield server


def crawl(db_path, *args):
    return govcases("crawl", "articles", "--db", str(db_path), *args, *FAST)


def articles(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {row[0].rsplit("/", 1)[-1]: row[1:] for row in conn.execute(
            "select url, title, author, source, published_at, encoding, parser from articles")}
    finally:
        conn.close()


EXPECTED = {
    "a101.html": ("潮州地税推出支付宝缴税服务", "张三、李四", "示例日报", "2016-04-13T09:30:00+08:00", "gb18030", "generic"),
    "a102.html": ("武汉交警微信平台上线多项车驾管业务", "王五", None, "2015-06-30", "utf-8", "generic"),
    "a103.html": ("银川政务微博矩阵运行情况", "孙七", "示例晚报", "2016-11-02T15:45:00+08:00", "utf-8", "generic"),
}


def test_from_a_list_page(site, db_path):
    result = crawl(db_path, "-a", f"urls={site.url}/list.html")
    assert result.returncode == 0, result.stderr
    assert articles(db_path) == EXPECTED
    assert "/about.html" not in site.requests  # a footer link, not a list item


def test_from_a_url_file_with_an_allow_pattern(site, db_path, tmp_path):
    url_file = tmp_path / "urls.txt"
    url_file.write_text(f"# start here\n{site.url}/list.html\n", encoding="utf-8")
    result = crawl(db_path, "-a", f"url_file={url_file}", "-a", r"allow=/2016/")
    assert result.returncode == 0, result.stderr
    assert set(articles(db_path)) == {"a101.html", "a103.html"}


def test_from_a_sitemap(site, db_path):
    result = crawl(db_path, "-a", f"sitemap={site.url}/sitemap.xml", "-a", r"allow=/news/")
    assert result.returncode == 0, result.stderr
    assert articles(db_path) == EXPECTED
    assert "/about.html" not in site.requests


@pytest.mark.parametrize("feed,count", [("feed.xml", 3), ("atom.xml", 2)])
def test_from_a_feed(site, db_path, feed, count):
    result = crawl(db_path, "-a", f"feed={site.url}/{feed}")
    assert result.returncode == 0, result.stderr
    assert len(articles(db_path)) == count


def test_max_pages_limits_requests(site, db_path):
    crawl(db_path, "-a", f"urls={site.url}/list.html", "-a", "max_pages=2")
    assert len([r for r in site.requests if r != "/robots.txt"]) == 2


def test_depth_zero_does_not_follow(site, db_path):
    result = crawl(db_path, "-a", f"urls={site.url}/list.html", "-a", "max_depth=0")
    assert not [r for r in site.requests if r.startswith("/news/")]
    assert result.returncode == 0  # nothing found is not an error yet; see issue 5 for source health


def test_needs_a_start(db_path):
    result = crawl(db_path)
    assert result.returncode == 1 and "urls=" in result.stderr
    assert not db_path.exists()


def test_server_error_pages_are_not_stored(site, db_path):
    site.routes[route_key("/news/2016/11/a103.html")] = Route(500, b"oops")
    crawl(db_path, "-a", f"urls={site.url}/list.html")
    assert set(articles(db_path)) == {"a101.html", "a102.html"}
