"""复旦发展研究院 (fddi.fudan.edu.cn): its WebPlus article and list pages, offline.

The fixtures are written for these tests in the WebPlus chrome of Fudan sites; the article reports
the 中国网络理政十大卓越案例（2016—2021）, released in Shanghai on 25 December 2021 by 人民日报社
《民生周刊》杂志社, 复旦发展研究院 and 复旦大学新闻学院. Its URL has the site's real shape (the article id
is not a known address).
"""
import re

import pytest

from support import FIXTURES
from crawler.sites import canonical_url, parse_page, registry, site_for
from crawler.sites.fddi import SITE, parse

ARTICLE_URL = "https://fddi.fudan.edu.cn/3e/7a/c18965a600123/page.htm"
LIST_URL = "https://fddi.fudan.edu.cn/18965/list.htm"
CASES = ["“爱安吉”APP", "成都市网络理政平台", "广西北海智慧党建", "胶东在线", "宁波市鄞州区网络界联合会",
         "上海“一网通办”", "上海市宝山“社区通”", "深圳智慧党建", "腾讯为村", "银川政务微博矩阵"]


@pytest.fixture(scope="module")
def page():
    body = (FIXTURES / "fddi" / "article-excellent-cases-2021.html").read_bytes()
    return parse_page(ARTICLE_URL + "?from=singlemessage#d-container", body)


@pytest.fixture(scope="module")
def listing():
    return parse_page(LIST_URL, (FIXTURES / "fddi" / "list-18965.html").read_bytes())


def test_registered():
    assert registry()["fddi"] is SITE


def test_article_is_read_by_the_site_parser(page):
    assert page.kind == "article"
    assert page.site == "fddi"
    assert not page.fallback
    assert page.article["parser"] == "fddi"


def test_article_fields(page):
    article = page.article
    assert article["url"] == ARTICLE_URL
    assert article["title"] == "“中国网络理政十大卓越案例（2016—2021）”在沪发布"
    # the page's 发布时间, not the release day (12月25日) the text reports
    assert (article["published_at"], article["published_precision"]) == ("2021-12-27", "day")
    assert article["source"] == "复旦发展研究院"
    assert article["section_path"] == ["新闻动态", "研究院新闻"]
    assert article["channel"] == "研究院新闻"


def test_body_has_no_chrome(page):
    text = page.article["text"]
    assert text.startswith("12月25日，人民日报社《民生周刊》杂志社")
    for chrome in ("当前位置", "上一篇", "下一篇", "浏览次数", "版权所有", "网站地图", "English"):
        assert chrome not in text


def test_the_ten_cases(page):
    assert [case["name"] for case in page.cases] == CASES


def test_list_page_links(listing):
    assert listing.kind == "list"
    assert listing.site == "fddi"
    links = [url for url, _ in listing.links]
    assert ARTICLE_URL in links
    assert links == [
        "https://fddi.fudan.edu.cn/b2/4c/c18965a600140/page.htm",
        ARTICLE_URL,
        "https://fddi.fudan.edu.cn/a1/0b/c18965a600098/page.htm",
        "https://fddi.fudan.edu.cn/5c/21/c18965a600007/page.htm",
    ]


def test_parser_refuses_the_list_template():
    assert parse((FIXTURES / "fddi" / "list-18965.html").read_text(encoding="utf-8"), LIST_URL) is None


@pytest.mark.parametrize("url", [ARTICLE_URL, LIST_URL, "http://fddi.fudan.edu.cn/fddien/af/b1/c19479a307121/page.htm"])
def test_site_for_its_host(url):
    assert site_for(url) is SITE


@pytest.mark.parametrize("url", ["https://news.fudan.edu.cn/2021/1028/c1815a110403/page.htm",
                                 "https://www.fudan.edu.cn/", "https://fddi.fudan.edu.cn.example.com/"])
def test_not_other_fudan_sites(url):
    assert site_for(url) is not SITE


@pytest.mark.parametrize("variant", [
    ARTICLE_URL + "?from=singlemessage#d-container",
    "http://fddi.fudan.edu.cn/3e/7a/c18965a600123/page.htm",
    "https://fddi.fudan.edu.cn/_s60/3e/7a/c18965a600123/page.psp",
    "https://fddi.fudan.edu.cn/_t350/3e/7a/c18965a600123/page.htm?isCollect=1",
])
def test_canonical_url(variant):
    assert canonical_url(variant) == ARTICLE_URL


def test_canonical_keeps_the_english_subsite_and_non_articles():
    english = "https://fddi.fudan.edu.cn/fddien/af/b1/c19479a307121/page.htm"
    assert canonical_url(english + "#top") == english
    assert canonical_url(LIST_URL + "#wp_news_w6") == LIST_URL


def test_discovery_and_article_url():
    assert all(u.startswith("https://fddi.fudan.edu.cn/") and u.endswith("/list.htm") for u in SITE.start_urls)
    assert SITE.next_page_text == "下一页"
    assert re.search(SITE.article_url, "https://fddi.fudan.edu.cn/c8/91/c21253a772241/page.htm")
    assert not re.search(SITE.article_url, LIST_URL)
