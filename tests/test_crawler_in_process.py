"""The crawler's parts in this process, without a crawl: spider callbacks on responses built from
fixture files, downloader middlewares and item pipelines on a crawler from
``scrapy.utils.test.get_crawler`` (no reactor), writing a temporary archive and WARC folder.

What only a crawl shows (the engine, HTTP on 127.0.0.1, retries, robots.txt, a child process's
exit status) is in the end-to-end tests: test_crawl_*.py, test_warc_archive.py, test_faults.py.
"""
import asyncio

import pytest
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from archive.db import Archive
from archive.warc import read_payload, warc_files
from crawler.items import ArticleItem, SourceStatusItem
from crawler.middlewares import ConditionalMiddleware, OutcomeMiddleware, SourceStatusMiddleware, WarcMiddleware
from crawler.pipelines import ArchivePipeline, ValidationPipeline
from crawler.spiders.articles import ArticlesSpider
from crawler.spiders.shangguan import ShangguanSpider

from support import FIXTURES, SAMPLE

BASE = "http://127.0.0.1:9"  # a mirror's address; nothing is fetched
GENERIC = FIXTURES / "generic"


def crawler_for(spidercls, **settings):
    """A crawler with the project's settings (and ``settings`` over them), and its spider."""
    project = Settings()
    project.setmodule("crawler.settings", priority="project")
    return get_crawler(spidercls, {**project.copy_to_dict(), "TWISTED_REACTOR_ENABLED": False, "LOG_LEVEL": "WARNING",
                                   **settings})


def spider_for(spidercls, crawler=None, **kwargs):
    crawler = crawler or crawler_for(spidercls)
    spider = spidercls.from_crawler(crawler, **kwargs)
    crawler.spider = spider
    return spider


def response(url, body, status=200, headers=None, meta=None, cls=HtmlResponse):
    return cls(url, status=status, body=body, headers=headers or {"Content-Type": "text/html"},
               request=Request(url, meta=dict(meta or {})))


def drain(output):
    """A callback's output as a list, whether it is a plain or an asynchronous generator (article
    callbacks await the parse-worker pool, which is off here, so they run in this process)."""
    if hasattr(output, "__aiter__"):
        async def collect():
            return [x async for x in output]
        return asyncio.run(collect())
    return list(output)


def stats(spider):
    return spider.crawler.stats.get_stats()


@pytest.fixture(autouse=True)
def single_machine(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)  # distributed mode is switched on by it


# --- spider callbacks ------------------------------------------------------------------------------

def list_page(spider, name, page):
    url = f"{BASE}/news/sublist?section=82&page={page}"
    return drain(spider.parse(response(url, (FIXTURES / "shangguan" / name).read_bytes()), section="82", page=page))


def test_a_list_page_gives_its_articles_in_one_shape_and_the_next_page():
    spider = spider_for(ShangguanSpider, base_url=BASE, max_pages="2")
    out = list_page(spider, "sublist-82-1-with-next.html", 1)
    # the share link on another domain is the same article, asked for in the one shape
    assert [(r.url, r.callback.__name__) for r in out] == [
        (f"{BASE}/news/detail?id=40036", "parse_article"), (f"{BASE}/news/detail?id=40101", "parse_article"),
        (f"{BASE}/news/sublist?section=82&page=2", "parse")]
    assert out[-1].cb_kwargs == {"section": "82", "page": 2}
    assert [r.url for r in list_page(spider, "sublist-82-2.html", 2)] == [
        f"{BASE}/n/40215", f"{BASE}/news/detail?id=49999", f"{BASE}/news/detail?id=40036"]  # and no page 3


def test_max_pages_ends_the_pager_and_a_list_of_nothing_new_ends_it_too():
    first = spider_for(ShangguanSpider, base_url=BASE, max_pages="1")
    assert not [r for r in list_page(first, "sublist-82-1-with-next.html", 1) if "sublist" in r.url]
    endless = spider_for(ShangguanSpider, base_url=BASE, max_pages="10")
    list_page(endless, "sublist-82-1-with-next.html", 1)
    again = list_page(endless, "sublist-82-1-with-next.html", 2)  # page 2 answers page 1's list
    assert again and not [r for r in again if "sublist" in r.url]


def test_an_article_page_is_one_item_with_its_cases_and_validators():
    spider = spider_for(ShangguanSpider, base_url=BASE)
    url = f"{BASE}/news/detail?id=40036"
    warc = {"file": "govcases-1.warc.gz", "offset": 0, "sha256": "ab", "date": "2026-01-01T00:00:00Z"}
    (item,) = drain(spider.parse_article(response(url, (SAMPLE / "detail-40036.html").read_bytes(), meta={"govcases_warc": warc},
                                            headers={"Content-Type": "text/html", "ETag": '"v1"',
                                                     "Last-Modified": "Thu, 22 Dec 2016 08:20:00 GMT"})))
    assert isinstance(item, ArticleItem)
    assert item["article"]["url"] == "https://www.jfdaily.com/news/detail?id=40036"  # its canonical address
    assert item["fetched_url"] == url and item["status"] == 200 and item["site_slug"] == "shangguan"
    assert len(item["cases"]) == 10 and item["relevance"] == "case-bearing"
    assert (item["etag"], item["last_modified"], item["warc"]) == ('"v1"', "Thu, 22 Dec 2016 08:20:00 GMT", warc)


def test_a_javascript_shell_asks_for_its_json_and_the_json_is_the_article():
    spider = spider_for(ShangguanSpider, base_url=BASE)
    shell = response(f"{BASE}/news/detail?id=40300", (FIXTURES / "shangguan" / "detail-shell.html").read_bytes())
    (follow,) = drain(spider.parse_article(shell))
    assert follow.callback == spider.parse_json and "getNewsDetail" in follow.url and "40300" in follow.url
    data = response(follow.url, (FIXTURES / "shangguan" / "getNewsDetail-40300.json").read_bytes(),
                    headers={"Content-Type": "application/json"}, cls=TextResponse)
    (item,) = drain(spider.parse_json(data))
    assert item["article"]["text"] and item["article"]["parser"] != "generic"


def test_a_redesigned_page_is_read_by_the_generic_extractor_and_counted():
    spider = spider_for(ShangguanSpider, base_url=BASE)
    page = response(f"{BASE}/news/detail?id=40036", (FIXTURES / "shangguan" / "detail-redesigned.html").read_bytes())
    (item,) = drain(spider.parse_article(page))
    assert item["article"]["parser"] == "generic" and item["article"]["title"] == "这10个案例,引领中国“网络理政”新方向"
    assert stats(spider)["govcases/parser_fallback"] == 1 and stats(spider)["govcases/parser_fallback/shangguan"] == 1


def test_a_known_page_gone_is_noted_and_an_unchanged_one_is_not_read_again():
    spider = spider_for(ShangguanSpider, base_url=BASE)
    url = f"{BASE}/news/detail?id=40036"
    (note,) = drain(spider.parse_article(response(url, "<html><body>已删除</body></html>".encode(), status=410,
                                            meta={"govcases_known": True})))
    assert isinstance(note, SourceStatusItem) and (note["status"], note["gone"]) == (410, True)
    seen = drain(spider.parse_article(response(url, b"", status=304, meta={"govcases_known": True,
                                                                          "govcases_seen_at": "2026-01-02T00:00:00Z"})))
    assert [(s["gone"], s["seen_at"]) for s in seen] == [(False, "2026-01-02T00:00:00+00:00")]  # seen, not parsed
    assert stats(spider)["govcases/unchanged"] == 1


def test_the_articles_spider_follows_a_list_and_stores_what_its_pattern_allows():
    spider = spider_for(ArticlesSpider, urls=f"{BASE}/list.html", allow=r"/news/2016/")
    out = drain(spider.parse(response(f"{BASE}/list.html", (GENERIC / "list.html").read_bytes()), depth=0))
    assert [r.url for r in out] == [f"{BASE}/news/2016/04/a101.html", f"{BASE}/news/2016/11/a103.html"]
    assert all(r.cb_kwargs == {"depth": 1} for r in out)
    article = response(f"{BASE}/news/2016/04/a101.html", (GENERIC / "gbk-article.html").read_bytes())
    (item,) = drain(spider.parse(article, depth=1))
    assert item["article"]["title"] == "潮州地税推出支付宝缴税服务" and item["encoding"] == "gb18030"


@pytest.mark.parametrize("name, callback, count", [("feed.xml", "parse_feed", 3), ("atom.xml", "parse_feed", 2),
                                                    ("sitemap.xml", "parse_sitemap", None)])
def test_feeds_and_sitemaps_give_article_requests(name, callback, count):
    spider = spider_for(ArticlesSpider, **{"feed" if "parse_feed" == callback else "sitemap": f"{BASE}/{name}"})
    body = (GENERIC / name).read_text(encoding="utf-8").replace("BASE", BASE).encode("utf-8")
    out = list(getattr(spider, callback)(response(f"{BASE}/{name}", body, headers={"Content-Type": "application/xml"},
                                                  cls=XmlResponse)))
    assert out and all(r.url.startswith(BASE + "/") and r.callback == spider.parse for r in out)
    assert count is None or len(out) == count
    assert len({r.url for r in out}) == len(out)


def test_max_pages_counts_every_request_of_the_articles_spider():
    spider = spider_for(ArticlesSpider, urls=f"{BASE}/list.html", max_pages="2")
    out = drain(spider.parse(response(f"{BASE}/list.html", (GENERIC / "list.html").read_bytes()), depth=0))
    assert len(out) == 2  # the start page was the first of three (spider.scheduled counts them)


# --- downloader middlewares ------------------------------------------------------------------------

def archive_with(db_path, url, **fields):
    """An archive that holds one article fetched from ``url`` (with the item's ``fields``)."""
    archive = Archive(db_path)
    run = archive.start_run("shangguan")
    archive.store_items([{"article": {"url": url, "title": "标题", "text": "正文" * 50}, "fetched_url": url,
                          "status": 200, **fields}], run)
    archive.close()


def test_warc_middleware_writes_each_response_and_a_revisit_for_an_unchanged_one(tmp_path):
    crawler = crawler_for(ShangguanSpider, GOVCASES_WARC_DIR=str(tmp_path / "warc"))
    spider = spider_for(ShangguanSpider, crawler, base_url=BASE)
    mw = WarcMiddleware.from_crawler(crawler)
    mw.spider_opened(spider)
    url = f"{BASE}/news/detail?id=40036"
    body = (SAMPLE / "detail-40036.html").read_bytes()
    first = response(url, body, headers={"Content-Type": "text/html", "ETag": '"v1"'})
    assert mw.process_response(first.request, first) is first
    pointer = first.request.meta["govcases_warc"]
    headers, payload = read_payload(tmp_path / "warc" / pointer["file"], pointer["offset"])
    assert headers["status"] == "200" and payload == body
    again = response(url, body)
    mw.process_response(again.request, again)
    assert again.request.meta["govcases_unchanged"] is True
    assert again.request.meta["govcases_warc"]["offset"] == pointer["offset"]  # the first snapshot stands
    mw.spider_closed(spider)
    with warc_files(tmp_path / "warc")[0].open("rb") as fh:
        assert [r.rec_type for r in ArchiveIterator(fh)] == ["warcinfo", "response", "request", "revisit"]


def test_known_articles_are_asked_conditionally_and_their_404s_reach_the_spider(tmp_path):
    db = tmp_path / "archive.db"
    url = f"{BASE}/news/detail?id=40036"
    archive_with(db, url, etag='"v1"', last_modified="Thu, 22 Dec 2016 08:20:00 GMT")
    crawler = crawler_for(ShangguanSpider, GOVCASES_DB=str(db))
    spider = spider_for(ShangguanSpider, crawler, base_url=BASE)
    conditional, status = ConditionalMiddleware.from_crawler(crawler), SourceStatusMiddleware.from_crawler(crawler)
    conditional.spider_opened(spider)
    status.spider_opened(spider)
    known, new = Request(url), Request(f"{BASE}/news/detail?id=1")
    for request in (known, new):
        conditional.process_request(request)
        status.process_request(request)
    assert known.headers["If-None-Match"] == b'"v1"' and known.headers["If-Modified-Since"]
    assert set(known.meta["handle_httpstatus_list"]) == {304, 404, 410} and known.meta["govcases_known"]
    assert b"If-None-Match" not in new.headers and "govcases_known" not in new.meta


def test_outcome_counts_answers_worth_having_but_not_robots_txt():
    crawler = crawler_for(ShangguanSpider)
    spider_for(ShangguanSpider, crawler, base_url=BASE)
    mw = OutcomeMiddleware.from_crawler(crawler)
    for path, code in (("/robots.txt", 200), ("/a", 200), ("/b", 304), ("/c", 404), ("/d", 500)):
        answer = response(BASE + path, b"", status=code)
        mw.process_response(answer.request, answer)
    assert crawler.stats.get_value("govcases/succeeded") == 2


# --- item pipelines --------------------------------------------------------------------------------

def item(url, **article):
    return ArticleItem(article={"url": url, "title": "标题", "text": "正文" * 50, "published_at": "2020-01-01", **article},
                       lists=[], cases=[], fetched_url=url, status=200, fetched_at="2026-01-01T00:00:00+00:00")


def test_validation_drops_what_cannot_be_stored_and_fails_a_run_of_mostly_invalid_items():
    crawler = crawler_for(ShangguanSpider)
    spider_for(ShangguanSpider, crawler, base_url=BASE)
    pipeline = ValidationPipeline.from_crawler(crawler)
    assert pipeline.process_item(item("https://example.org/1"))
    assert pipeline.process_item(item("https://example.org/2", published_at=None))  # counted, kept
    with pytest.raises(DropItem):
        pipeline.process_item(item("https://example.org/3", text=""))
    pipeline.close_spider()
    assert crawler.stats.get_value("govcases/invalid_items") == 2
    assert crawler.stats.get_value("govcases/failed") == "2 of 3 items invalid (limit 50%)"


def test_the_archive_pipeline_stores_in_batches_and_records_the_run(tmp_path):
    db = tmp_path / "archive.db"
    # the archive written in this process (the writer process is a crawl's: test_parse_workers.py)
    crawler = crawler_for(ShangguanSpider, GOVCASES_DB=str(db), GOVCASES_BATCH_SIZE=2, GOVCASES_WRITER_PROCESS=False)
    spider = spider_for(ShangguanSpider, crawler, base_url=BASE)
    pipeline = ArchivePipeline.from_crawler(crawler)
    asyncio.run(pipeline.open_spider(spider))
    for i in range(3):
        pipeline.process_item(item(f"https://example.org/{i}"))
        crawler.stats.inc_value("item_scraped_count")
        crawler.stats.inc_value("govcases/succeeded")
    reader = Archive(db)
    try:
        assert reader.db.execute("select count(*) from articles").fetchone() == (2,)  # one batch of two so far
        asyncio.run(pipeline.close_spider(spider))
        pipeline.spider_closed(spider, "finished")
        assert reader.db.execute("select count(*) from articles").fetchone() == (3,)
        run = reader.db.execute("select spider, status, items, new_articles from crawl_runs").fetchall()
    finally:
        reader.close()
    assert run == [("shangguan", "finished", 3, 3)]
    assert crawler.stats.get_value("govcases/status") == "finished"
