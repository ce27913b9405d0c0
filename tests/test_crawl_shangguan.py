"""End to end: the shangguan spider against an old-template mirror on 127.0.0.1."""
import sqlite3

import pytest

from archive.sample import MirrorServer
from support import FAST, FIXTURES, govcases, mirror_routes

pytestmark = [pytest.mark.e2e,  # real crawls in child processes
              pytest.mark.xdist_group("crawl-shangguan")]  # the read-only tests share one crawl


def crawl(mirror, db_path, *extra):
    return govcases("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={mirror.url}",
                    "-a", "sections=82", "-a", "max_pages=5", *FAST, *extra)


def rows(db_path, sql):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def crawled_site(tmp_path_factory):
    """One crawl of the mirror, read by the read-only tests below (the ones that change the
    mirror or crawl again have their own)."""
    db_path = tmp_path_factory.mktemp("crawled") / "archive.db"
    with MirrorServer(mirror_routes()) as server:
        result = crawl(server, db_path)
        assert result.returncode == 0, result.stderr
        yield db_path, list(server.requests)


@pytest.fixture
def crawled(crawled_site):
    return crawled_site[0]


def test_three_articles_one_row_each(crawled):
    urls = sorted(r[0] for r in rows(crawled, "select url from articles"))
    assert urls == [f"https://www.jfdaily.com/news/detail?id={i}" for i in (40036, 40101, 40215)]


def test_founding_article_row(crawled):
    (row,) = rows(crawled, "select title, author, source, published_at, channel, parser from articles "
                           "where url = 'https://www.jfdaily.com/news/detail?id=40036'")
    assert row == ("这10个案例,引领中国“网络理政”新方向", "上官网儿", "上观新闻", "2016-12-22T16:20:00+08:00", "话媒堂",
                   "shangguan-old")


def test_ten_cases_with_mentions_in_order(crawled):
    got = rows(crawled, "select m.position, c.name, c.agency, c.province, l.name, l.year from case_mentions m "
                        "join cases c on c.id = m.case_id join case_lists l on l.id = c.list_id order by m.position")
    assert len(got) == 10
    assert got[0] == (1, "广东省潮州市地税局“支付宝缴税”", "广东省潮州市地税局", "广东省", "2016中国网络理政十大创新案例", 2016)
    assert got[9][1:4] == ("中华人民共和国商务部门户网站", "中华人民共和国商务部", None)


def test_articles_without_a_list_have_no_cases(crawled):
    got = rows(crawled, "select a.url, count(m.id) from articles a left join case_mentions m on m.article_id = a.id "
                        "group by a.id order by a.url")
    assert dict(got) == {
        "https://www.jfdaily.com/news/detail?id=40036": 10,
        "https://www.jfdaily.com/news/detail?id=40101": 0,
        "https://www.jfdaily.com/news/detail?id=40215": 0,
    }


def test_both_list_pages_the_redirect_and_the_404_were_fetched(crawled_site):
    requests = crawled_site[1]
    requested = set(requests)
    assert {"/robots.txt", "/news/sublist?section=82&page=1", "/news/sublist?section=82&page=2",
            "/n/40215", "/news/detail?id=49999"} <= requested
    # the share link to 40036 and the second-domain link to 40101 were not fetched again
    assert sum(1 for r in requests if r == "/news/detail?id=40036") == 1


def test_crawl_run_recorded(crawled):
    (run,) = rows(crawled, "select spider, status, pages, items, errors, finished_at is not null from crawl_runs")
    spider, status, pages, items, errors, finished = run
    assert (spider, status, items, errors, finished) == ("shangguan", "finished", 3, 0, 1)
    assert pages >= 7  # robots, two lists, three articles, a 404 and a redirect


def test_second_crawl_duplicates_nothing(mirror, db_path):
    crawled = db_path
    result = crawl(mirror, crawled)
    assert result.returncode == 0, result.stderr
    before = {t: rows(crawled, f"select count(*) from {t}")[0][0] for t in ("articles", "cases", "case_mentions", "case_lists")}
    result = crawl(mirror, crawled)
    assert result.returncode == 0, result.stderr
    after = {t: rows(crawled, f"select count(*) from {t}")[0][0] for t in ("articles", "cases", "case_mentions", "case_lists")}
    assert after == before == {"articles": 3, "cases": 10, "case_mentions": 10, "case_lists": 1}
    assert rows(crawled, "select count(*) from crawl_runs")[0][0] == 2


def test_ids_argument_skips_lists(mirror, db_path):
    result = crawl(mirror, db_path, "-a", "ids=40036")
    assert result.returncode == 0, result.stderr
    assert not any(r.startswith("/news/sublist") for r in mirror.requests)
    assert rows(db_path, "select count(*) from articles")[0][0] == 1


def test_max_pages_stops_pagination(mirror, db_path):
    result = govcases("crawl", "shangguan", "--db", str(db_path), "-a", f"base_url={mirror.url}", "-a", "max_pages=1", *FAST)
    assert result.returncode == 0, result.stderr
    assert "/news/sublist?section=82&page=2" not in mirror.requests


def test_the_archive_uses_wal_and_foreign_keys(crawled):
    assert rows(crawled, "pragma journal_mode")[0][0] == "wal"
    fks = rows(crawled, "select * from pragma_foreign_key_list('case_mentions')")
    assert {(fk[2], fk[3]) for fk in fks} == {("articles", "article_id"), ("cases", "case_id")}


def test_server_errors_are_retried(mirror, db_path):
    from archive.sample import Route, route_key

    mirror.routes[route_key("/news/detail?id=40101")] = Route(503, b"busy")
    result = crawl(mirror, db_path)
    assert mirror.requests.count("/news/detail?id=40101") == 2  # the first try and RETRY_TIMES=1
    assert rows(db_path, "select count(*) from articles where url like '%40101'")[0][0] == 0
    assert result.returncode == 0


def test_robots_txt_is_obeyed(mirror, db_path):
    from archive.sample import Route

    mirror.routes["/robots.txt"] = Route(200, b"User-agent: *\nDisallow: /n/\n", {"Content-Type": "text/plain"})
    result = crawl(mirror, db_path)
    assert result.returncode == 0, result.stderr
    assert "/n/40215" not in mirror.requests
    assert rows(db_path, "select count(*) from articles")[0][0] == 2


def test_identifying_user_agent(mirror, db_path):
    seen = []
    handler = mirror.httpd.RequestHandlerClass
    original = handler.do_GET

    def recording(self):
        seen.append(self.headers.get("User-Agent"))
        original(self)

    handler.do_GET = recording
    crawl(mirror, db_path, "-a", "ids=40036")
    assert seen and all(ua.startswith("govcases/") and "+http" in ua for ua in seen)


def test_redesigned_page_goes_to_the_generic_extractor_and_is_counted(mirror, db_path):
    from archive.sample import Route, route_key

    page = (FIXTURES / "shangguan" / "detail-redesigned.html").read_bytes()
    mirror.routes[route_key("/news/detail?id=40036")] = Route(200, page, {"Content-Type": "text/html"})
    result = crawl(mirror, db_path, "-a", "ids=40036")
    assert "site parser no longer matches" in result.stderr and "id=40036" in result.stderr
    (row,) = rows(db_path, "select title, author, published_at, parser from articles")
    assert row == ("这10个案例,引领中国“网络理政”新方向", "上官网儿", "2016-12-22T16:20:00+08:00", "generic")
    assert rows(db_path, "select parser_fallbacks from crawl_runs") == [(1,)]


def test_javascript_shell_is_read_through_the_json_endpoint(mirror, db_path):
    from archive.sample import Route, route_key

    shell = (FIXTURES / "shangguan" / "detail-shell.html").read_bytes()
    data = (FIXTURES / "shangguan" / "getNewsDetail-40300.json").read_bytes()
    mirror.routes[route_key("/news/detail?id=40300")] = Route(200, shell, {"Content-Type": "text/html"})
    mirror.routes[route_key("/news/getNewsDetail?id=40300")] = Route(200, data, {"Content-Type": "application/json"})
    result = crawl(mirror, db_path, "-a", "ids=40300")
    assert result.returncode == 0, result.stderr
    assert rows(db_path, "select url, parser from articles") == [
        ("https://www.jfdaily.com/news/detail?id=40300", "shangguan-json")]
