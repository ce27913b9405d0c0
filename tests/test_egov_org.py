"""国脉电子政务网 (e-gov.org.cn): article 179530 reporting the 中国网络理政十大卓越案例 (2016-2021), a
column list page, host matching and the canonical URL. No network."""
import pytest

from support import FIXTURES
from crawler.parsers.article import ARTICLE_FIELDS
from crawler.sites import canonical_url, parse_page, site_for
from crawler.sites.egov_org import SITE, parse

DIR = FIXTURES / "egov_org"
ARTICLE_URL = "http://e-gov.org.cn/article-179530.html?from=timeline#top"
CANONICAL = "http://www.e-gov.org.cn/article-179530.html"
LIST_URL = "http://www.e-gov.org.cn/cat-11.html"
# as the numbered list prints them (the lead's summary writes 爱安吉APP without quotes: a repeat)
CASES = ["“爱安吉”APP", "成都市网络理政平台", "广西北海智慧党建", "胶东在线", "宁波市鄞州区网络界联合会",
         "上海“一网通办”", "上海市宝山“社区通”", "深圳智慧党建", "腾讯为村", "银川政务微博矩阵"]


@pytest.fixture(scope="module")
def page():
    return parse_page(ARTICLE_URL, (DIR / "article-179530.html").read_bytes())


@pytest.fixture(scope="module")
def list_page():
    return parse_page(LIST_URL, (DIR / "cat-11.html").read_bytes())


def test_article_is_read_by_the_site_parser(page):
    assert page.kind == "article"
    assert page.site == "egov_org"
    assert not page.fallback
    assert page.article["parser"] == "egov_org"
    assert set(page.article) == set(ARTICLE_FIELDS)


def test_title_date_source_breadcrumb(page):
    article = page.article
    assert article["title"] == "中国网络理政十大卓越案例公布，为什么是这十个上榜"
    assert (article["published_at"], article["published_precision"]) == ("2021-12-27", "day")
    assert article["source"] == "民生周刊"
    assert article["section_path"] == ["资讯", "电子政务新闻"] and article["channel"] == "电子政务新闻"


def test_canonical_url(page):
    assert page.article["url"] == CANONICAL
    assert canonical_url(ARTICLE_URL) == CANONICAL
    assert canonical_url("https://www.e-gov.org.cn/article-154750.html") == "http://www.e-gov.org.cn/article-154750.html"
    assert canonical_url(LIST_URL) == LIST_URL
    assert SITE.seeds == (CANONICAL,)


def test_body_without_info_line_and_chrome(page):
    lines = page.article["text"].split("\n")
    assert lines[0].startswith("12月25日，“中国网络理政十大卓越案例”（2016-2021）在上海揭晓")
    assert "【中国网络理政十大卓越案例（2016-2021）】" in lines
    for chrome in ("更新时间", "打印本页", "相关文章", "热门文章", "当前位置", "版权所有"):
        assert chrome not in page.article["text"]


def test_the_ten_cases(page):
    assert [c["name"] for c in page.cases] == CASES
    assert page.relevance == "case-bearing"


def test_what_the_extractor_gets_right_about_the_list(page):
    # its name is misread (see test_list_name below); its organisers and two agencies are right
    assert page.lists[0]["organisers"] == ["人民日报社《民生周刊》杂志社", "复旦发展研究院", "复旦大学新闻学院"]
    agencies = {c["name"]: c["agency"] for c in page.cases}
    assert agencies["成都市网络理政平台"] == "成都市"
    # a body that is the whole name (…联合会) is its own agency, not the region it starts with
    assert agencies["宁波市鄞州区网络界联合会"] == "宁波市鄞州区网络界联合会"


def test_list_name(page):
    assert page.lists[0]["name"].startswith("中国网络理政十大卓越案例")


def test_list_page_links(list_page):
    assert list_page.site == "egov_org"
    assert [url for url, _ in list_page.links] == [
        CANONICAL, "http://www.e-gov.org.cn/article-179401.html", "http://www.e-gov.org.cn/article-179322.html",
        "http://www.e-gov.org.cn/article-179100.html", "http://www.e-gov.org.cn/article-179050.html",
    ]
    assert parse((DIR / "cat-11.html").read_text(encoding="utf-8"), LIST_URL) is None


def test_list_page_is_a_list(list_page):
    assert list_page.kind == "list"
    assert list_page.cases == []


@pytest.mark.parametrize("url", [CANONICAL, "http://e-gov.org.cn/article-179530.html", LIST_URL])
def test_site_for_its_hosts(url):
    assert site_for(url).slug == "egov_org"


def test_site_for_other_hosts():
    assert getattr(site_for("http://www.e-gov.org.cn.example.org/article-1.html"), "slug", None) != "egov_org"
