"""The published archive through Datasette's own client."""
import asyncio

import pytest
from datasette.app import Datasette

from archive.db import Archive
from archive.publish import metadata_for
from crawler.parsers.article import parse_article
from crawler.parsers.cases import extract_cases

from conftest import ROOT, SAMPLE


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "archive.db"
    archive = Archive(path)
    items = []
    for page in sorted(SAMPLE.glob("detail-*.html")):
        article_id = page.stem.split("-")[1]
        article = parse_article(page.read_text(encoding="utf-8"), f"https://www.jfdaily.com/news/detail?id={article_id}")
        found = extract_cases(article["text"], article["title"], article["published_at"])
        items.append({"article": article, **found})
    archive.store_items(items)
    archive.close()
    return Datasette([str(path)], metadata=metadata_for(path, ROOT / "metadata.yml"))


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
    for table in ("articles", "case_lists", "cases", "case_mentions", "crawl_runs"):
        assert meta[table]["description"]
        columns = [row[1] for row in conn.execute(f"pragma table_info({table})")]
        assert sorted(meta[table]["columns"]) == sorted(columns), table


@pytest.mark.parametrize("facet", ["province", "list_id", "year"])
def test_case_facets(published, facet):
    response = get(published, "/archive/cases.json")
    facets = response.json()["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them
    assert facet in facets
    assert facets[facet]["results"]


def test_canned_query_cases_of_a_list(published):
    response = get(published, "/archive/cases_of_list.json?_shape=array&list=2016中国网络理政十大创新案例")
    assert response.status_code == 200
    rows = response.json()
    assert [r["position"] for r in rows] == list(range(1, 11))
    assert rows[0]["name"] == "广东省潮州市地税局“支付宝缴税”"


def test_canned_query_cases_by_province(published):
    rows = get(published, "/archive/cases_by_province.json?_shape=array").json()
    counts = {r["province"]: r["cases"] for r in rows}
    assert counts["广东省"] == 3 and counts["（中央）"] == 1
    assert sum(counts.values()) == 10


def test_canned_query_articles_mentioning_a_case(published):
    rows = get(published, "/archive/articles_mentioning_case.json?_shape=array&case_id=1").json()
    assert len(rows) == 1
    assert rows[0]["url"] == "https://www.jfdaily.com/news/detail?id=40036"
    assert rows[0]["position"] == 1


def test_home_page_has_the_title(published):
    response = get(published, "/")
    assert "中国政务创新案例档案" in response.text
