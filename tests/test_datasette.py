"""The published archive through Datasette's own client (the plugin is installed with the project)."""
import asyncio

import pytest
from datasette.app import Datasette

from archive.publish import SERVE_SETTINGS, metadata_for
from archive.rebuild import import_warc
from archive.sample import SAMPLE_WARC

from support import ROOT


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ds")
    path = folder / "archive.db"
    import_warc(path, [SAMPLE_WARC], folder / "warc")
    metadata = metadata_for(path, ROOT / "metadata.yml")
    return Datasette([str(path)], metadata=metadata, settings=SERVE_SETTINGS)  # as `govcases serve`


def get(ds, url):
    return asyncio.run(ds.client.get(url))


def test_cases_table_returns_the_ten_cases(published):
    response = get(published, "/archive/cases.json?_shape=array&_size=100")
    assert response.status_code == 200
    cases = response.json()
    assert len(cases) == 10
    by_name = {c["name"]: c for c in cases}
    assert by_name["广东省潮州市地税局“支付宝缴税”"]["agency"] == "广东省潮州市地税局"
    assert by_name["宁夏回族自治区银川市政务微博矩阵"]["province"] == "宁夏回族自治区"


def test_metadata_describes_every_table_and_column(published):
    import sqlite3

    meta = published.metadata()["databases"]["archive"]["tables"]
    conn = sqlite3.connect(published.databases["archive"].path)
    tables = [row[0] for row in conn.execute("select name from sqlite_master where type = 'table' "
                                             "and name not like '%_fts%' and name not like 'sqlite_%'")]
    assert len(tables) >= 7
    for table in tables:
        assert meta[table]["description"]
        columns = [row[1] for row in conn.execute(f"pragma table_info({table})")]
        assert sorted(meta[table]["columns"]) == sorted(columns), table


@pytest.mark.parametrize("table,facet", [
    ("cases", "province"), ("cases", "list_id"), ("cases", "year"), ("cases", "channel"), ("cases", "admin_level"),
    ("articles", "source"), ("articles", "channel"),
])
def test_facets(published, table, facet):
    response = get(published, f"/archive/{table}.json")
    facets = response.json()["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them
    assert facet in facets
    assert facets[facet]["results"]


def test_list_facet_shows_the_list_name(published):
    facets = get(published, "/archive/cases.json").json()["facet_results"]
    facets = facets.get("results", facets)
    assert facets["list_id"]["results"][0]["label"] == "2016中国网络理政十大创新案例"


def query(published, name, **params):
    from urllib.parse import urlencode

    response = get(published, f"/archive/{name}.json?_shape=array&" + urlencode(params))
    assert response.status_code == 200, response.text
    return response.json()


def test_canned_search_cases_is_ranked(published):
    rows = query(published, "search_cases", q="微博")
    # 文化嘉定云's description mentions its 新浪微博服务号; the 微博 matrix ranks first
    assert [r["name"] for r in rows] == ["宁夏回族自治区银川市政务微博矩阵", "上海市文化嘉定云"]
    rows = query(published, "search_cases", q="上海")
    assert {r["name"] for r in rows} >= {"上海市“上海发布”微信公众号", "上海市文化嘉定云"}
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert all(r["score"] > 0 for r in rows)  # best matches first, as positive scores (never -0.0)


def test_canned_search_articles_is_ranked(published):
    from urllib.parse import quote

    rows = query(published, "search_articles", q="网络理政")
    sql = "select id from articles where title like :p or summary like :p or text like :p"
    like = get(published, f"/archive.json?sql={quote(sql)}&p={quote('%网络理政%')}&_shape=array").json()
    assert rows and {r["article_id"] for r in rows} == {r["id"] for r in like}
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert rows[0]["url"] == "https://www.jfdaily.com/news/detail?id=40036"
    assert query(published, "search_articles", q="没有这样的文章") == []


@pytest.mark.parametrize("table,name", [("cases", "search_cases"), ("articles", "search_articles")])
def test_search_page_links_to_the_ranked_search(published, table, name):
    from urllib.parse import quote

    page = get(published, f"/archive/{table}?_search={quote('网络理政')}").text
    assert f'href="/archive/{name}?q={quote("网络理政")}"' in page
    assert f"/archive/{name}?q=" not in get(published, f"/archive/{table}").text


def test_query_results_link_to_case_and_article_rows(published):
    from urllib.parse import quote

    page = get(published, f"/archive/search_cases?q={quote('微博')}").text
    assert 'href="/archive/cases/6"' in page
    page = get(published, f"/archive/search_articles?q={quote('网络理政')}").text
    assert 'href="/archive/articles/1"' in page


def test_canned_cases_by_province_and_year(published):
    rows = query(published, "cases_by_province_and_year", province="", year="")
    counts = {r["province"]: r["cases"] for r in rows}
    assert counts["广东省"] == 3 and counts["中央"] == 1 and sum(counts.values()) == 10
    assert query(published, "cases_by_province_and_year", province="中央", year="") == [
        {"province": "中央", "year": 2016, "cases": 1}]
    assert query(published, "cases_by_province_and_year", province="湖北省", year="2016") == [
        {"province": "湖北省", "year": 2016, "cases": 2}]


def test_canned_one_case_across_articles(published):
    rows = query(published, "mentions_of_case", case_id=1)
    assert len(rows) == 1
    assert rows[0]["url"] == "https://www.jfdaily.com/news/detail?id=40036"
    assert rows[0]["position"] == 1 and rows[0]["snapshot"]


def test_canned_cases_of_a_list_in_printed_order(published):
    rows = query(published, "cases_of_list", list="2016中国网络理政十大创新案例")
    assert [r["printed_order"] for r in rows] == list(range(1, 11))
    # the list prints its cases in no ranked order: no rank column pretends otherwise
    assert all(r["rank"] is None for r in rows)
    assert rows[0]["name"] == "广东省潮州市地税局“支付宝缴税”"


def test_canned_newest_articles(published):
    rows = query(published, "newest_articles")
    assert [r["published_at"][:10] for r in rows] == ["2017-05-08", "2017-03-15", "2016-12-22"]
    assert rows[-1]["cases"] == 10


def test_canned_crawl_health(published):
    rows = query(published, "crawl_health")
    assert rows[0]["spider"] == "import-warc" and rows[0]["status"] == "finished"


def test_home_page_has_the_title_and_charts_link(published):
    response = get(published, "/")
    assert "中国政务创新案例档案" in response.text
    assert "/-/charts/archive" in response.text


def test_rows_link_to_source_and_snapshot(published):
    # the researcher's view of cases carries the first report's source and snapshot
    html = get(published, "/archive/case_directory").text
    assert 'href="https://www.jfdaily.com/news/detail?id=40036"' in html
    assert "/-/snapshot/archive/" in html
    html = get(published, "/archive/articles").text
    assert html.count("/-/snapshot/archive/") == 3


def test_map_plugin_is_on_the_cases_table(published):
    html = get(published, "/archive/cases").text
    assert "datasette-cluster-map" in html


def test_charts(published):
    response = get(published, "/-/charts/archive")
    assert response.status_code == 200
    assert response.text.count("<svg role=\"img\"") == 3  # per year, per province, per category
    assert "广东省" in response.text and ">3<" in response.text
    assert 'class="page-header"' in response.text or "<header" in response.text  # inside Datasette's pages
    assert 'href="/archive/case_directory?province=%E5%B9%BF%E4%B8%9C%E7%9C%81"' in response.text
    assert 'href="/archive/case_directory?region=%E4%B8%AD%E5%A4%AE"' in response.text


def test_snapshot_is_sanitised_with_a_strict_policy(published):
    response = get(published, "/-/snapshot/archive/3")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "sandbox" in policy and "script-src" not in policy
    assert "存档快照" in response.text
    assert "<script" not in response.text.lower()


def test_snapshot_of_a_missing_article(published):
    assert get(published, "/-/snapshot/archive/999").status_code == 404
    assert get(published, "/-/snapshot/nosuchdb/1").status_code == 404


def test_no_write_endpoints(published):
    response = asyncio.run(published.client.post("/archive/cases/-/insert", json={"row": {"name": "x"}}))
    assert response.status_code in (403, 404, 405)
    assert get(published, "/archive/cases.json?_shape=array&_size=100").json().__len__() == 10


def _article(version_text: str) -> bytes:
    return ('<html><head><meta charset="utf-8"><title>示例政务新闻 改版测试</title></head><body>'
            '<h1>示例政务新闻 改版测试</h1><p class="info">2021-05-06 09:30 来源：示例日报</p>'
            f'<div class="content"><p>{version_text}</p><p>本文用于检验同一篇文章两次抓取的不同版本能否分别查看，'
            '正文需要足够长才能被正文抽取识别为文章内容，因此这里多写几句说明文字。</p></div></body></html>').encode("utf-8")


@pytest.fixture(scope="module")
def versioned(tmp_path_factory):
    """One article captured twice, a day apart, with different text: a WARC file written here with warcio."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = tmp_path_factory.mktemp("versions")
    url = "https://news.example.org/2021/05/06/gov.html"
    with (folder / "capture.warc.gz").open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for date, text in (("2021-05-06T10:00:00Z", "第一版：政务服务平台上线。"),
                           ("2021-05-07T10:00:00Z", "第二版：政务服务平台上线并开通移动端。")):
            body = _article(text)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                          http_headers=http, warc_headers_dict={"WARC-Date": date}))
    path = folder / "archive.db"
    import_warc(path, [folder / "capture.warc.gz"], folder / "warc")
    return Datasette([str(path)], metadata=metadata_for(path, ROOT / "metadata.yml"))


def test_every_version_has_its_snapshot(versioned):
    versions = get(versioned, "/archive/article_versions.json?_shape=array").json()
    assert [v["version"] for v in versions] == [1, 2]
    article_id = versions[0]["article_id"]
    first = get(versioned, f"/-/snapshot/archive/{article_id}/v1")
    second = get(versioned, f"/-/snapshot/archive/{article_id}/v2")
    newest = get(versioned, f"/-/snapshot/archive/{article_id}")
    assert "第一版" in first.text and "第二版" not in first.text and "(version 1)" in first.text
    assert "第二版" in second.text and "(version 2)" in second.text
    assert newest.text == second.text
    assert "sandbox" in first.headers["content-security-policy"]
    assert get(versioned, f"/-/snapshot/archive/{article_id}/v3").status_code == 404


def test_version_rows_link_to_their_snapshots(versioned):
    page = get(versioned, "/archive/article_versions").text
    article_id = get(versioned, "/archive/article_versions.json?_shape=array").json()[0]["article_id"]
    assert f'href="/-/snapshot/archive/{article_id}/v1"' in page and f'href="/-/snapshot/archive/{article_id}/v2"' in page


@pytest.fixture(scope="module")
def with_gone(tmp_path_factory):
    from archive.db import Archive

    folder = tmp_path_factory.mktemp("gone")
    path = folder / "archive.db"
    import_warc(path, [SAMPLE_WARC], folder / "warc")
    archive = Archive(path)
    url = archive.db.execute("select fetched_url from articles where url like '%40036'").fetchone()[0]
    counts = archive.store_items([{"source_status": {"fetched_url": url, "status": 404, "gone": True,
                                                     "seen_at": "2026-01-02T03:04:05+00:00"}}])
    archive.close()
    assert counts["gone_articles"] == 1
    return Datasette([str(path)], metadata=metadata_for(path, ROOT / "metadata.yml"))


def test_canned_gone_sources(with_gone):
    rows = get(with_gone, "/archive/gone_sources.json?_shape=array").json()
    assert [(r["gone_status"], r["gone_since"], r["url"]) for r in rows] == [
        (404, "2026-01-02T03:04:05+00:00", "https://www.jfdaily.com/news/detail?id=40036")]
    assert rows[0]["snapshot"] and rows[0]["cases"] == 10


def test_a_gone_source_is_marked_beside_its_link(with_gone):
    page = get(with_gone, "/archive/articles").text
    assert page.count("原网页已失效") == 1 and "gone since 2026-01-02" in page


def test_every_datasette_of_a_process_shares_its_compiled_templates(published):
    """A second Datasette reads the templates the first compiled (the tests build dozens; each
    would compile every template again) and renders the same page."""
    first = get(published, "/").text
    again = Datasette([published.databases["archive"].path], metadata=published.metadata(),
                      settings={"sql_time_limit_ms": 3000})
    get(again, "/-/versions.json")  # (the environment is prepared at the first request)
    assert again.jinja_env.bytecode_cache is published.jinja_env.bytecode_cache
    assert again.jinja_env.bytecode_cache._store  # index.html among them, compiled once
    assert get(again, "/").text == first
