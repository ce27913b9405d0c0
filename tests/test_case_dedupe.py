"""One case, many mentions: the archive collapses the same case reported by several articles."""
import sqlite3

import pytest

from crawler.sites import parse_article
from crawler.parsers.cases import extract_cases

from cases_helpers import parse_page
from support import SAMPLE


def item(article, found=None):
    found = found or extract_cases(article["text"], article["title"], article["published_at"])
    return {"article": article, "lists": found["lists"], "cases": found["cases"]}


@pytest.fixture
def founding():
    html = (SAMPLE / "detail-40036.html").read_text(encoding="utf-8")
    return item(parse_article(html, "https://www.jfdaily.com/news/detail?id=40036"))


def page_item(name):
    found = parse_page(name)
    article = dict(found["article"], url=f"https://wiki.example.org/{name}")
    return item(article, found)


def counts(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return tuple(conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("cases", "case_mentions", "case_lists"))
    finally:
        conn.close()


def test_news_report_and_traditional_encyclopedia_page_are_one_set_of_cases(archive, db_path, founding):
    archive.store_items([founding])
    archive.store_items([page_item("traditional.html")])
    assert counts(db_path) == (10, 20, 1)


def test_names_with_and_without_agency_prefix_or_quotes_collapse(archive, db_path, founding):
    archive.store_items([founding])
    other = {
        "article": {"url": "https://example.org/b", "title": "2016中国网络理政十大创新案例", "text": "x"},
        "lists": [{"name": "2016中国网络理政十大创新案例", "year": 2016, "organisers": []}],
        "cases": [
            {"name": '潮州市地税局"支付宝缴税"', "name_normalized": "潮州市地税局支付宝缴税", "list": "2016中国网络理政十大创新案例", "position": 1},
            {"name": "“上海发布”微信公众号", "name_normalized": "上海发布微信公众号", "list": "2016中国网络理政十大创新案例", "position": 2},
            {"name": "佛山市南海区数据统筹局", "name_normalized": "佛山市南海区数据统筹局", "list": "2016中国网络理政十大创新案例", "position": 3},
        ],
    }
    archive.store_items([other])
    assert counts(db_path) == (10, 13, 1)
    conn = sqlite3.connect(db_path)
    # The fuller name and the known agency and province stay on the case.
    row = conn.execute("select name, agency, province from cases where core = '支付宝缴税'").fetchone()
    assert row == ("广东省潮州市地税局“支付宝缴税”", "广东省潮州市地税局", "广东省")
    assert conn.execute("select count(*) from case_mentions m join cases c on c.id = m.case_id "
                        "where c.core = '上海发布微信公众号'").fetchone()[0] == 2


def test_the_same_innovation_on_another_list_is_another_case(archive, db_path, founding):
    archive.store_items([founding])
    other = {
        "article": {"url": "https://example.org/c", "title": "2017中国网络理政十大卓越案例", "text": "x"},
        "lists": [{"name": "2017中国网络理政十大卓越案例", "year": 2017, "organisers": []}],
        "cases": [{"name": "上海市“上海发布”微信公众号", "name_normalized": "上海市上海发布微信公众号",
                   "list": "2017中国网络理政十大卓越案例", "list_year": 2017, "position": 1}],
    }
    archive.store_items([other])
    assert counts(db_path) == (11, 11, 2)


def test_case_lists_table(archive, db_path):
    archive.store_items([page_item("inline.html")])
    conn = sqlite3.connect(db_path)
    assert conn.execute("select name, year, organisers, release_date from case_lists").fetchall() == [
        ("2016中国网络理政十大创新案例", 2016, '["复旦发展研究院传播与国家治理研究中心"]', "2016-12-15")]


def test_one_query_answers_a_research_question(archive, db_path):
    archive.store_items([page_item("table.html")])
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "select province, name from cases where channel = '微信公众号' and agency like '%公安%' "
        "and year between 2016 and 2020 order by province").fetchall()
    assert rows == [("湖北省", "“武汉交警”微信平台")]
