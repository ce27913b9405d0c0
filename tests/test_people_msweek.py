"""人民网 / 民生周刊: a people.com.cn article reporting the 2018中国网络理政十大创新案例, a channel list
page, the e-paper template, host matching and the canonical URL. No network."""
import pytest

from support import FIXTURES
from crawler.parsers.article import ARTICLE_FIELDS
from crawler.sites import canonical_url, parse_page, site_for
from crawler.sites.people_msweek import parse

DIR = FIXTURES / "people_msweek"
ARTICLE_URL = "https://society.people.com.cn/n1/2019/1211/c1008-31501234.html?from=share#comment"
CANONICAL = "http://society.people.com.cn/n1/2019/1211/c1008-31501234.html"
LIST_URL = "http://society.people.com.cn/GB/1008/index.html"
CASES = [
    ("浙江省安吉新闻集团“爱安吉APP”", "浙江省安吉新闻集团"),
    ("四川省成都市网络理政平台", "四川省成都市"),
    ("宁夏回族自治区固原市涉农惠农平台", "宁夏回族自治区固原市"),
    ("贵州省贵阳市数据开放平台", "贵州省贵阳市"),
    ("湖南省公安厅湖南公安微博", "湖南省公安厅"),
    ("江苏省南京市12345热线", "江苏省南京市"),
    ("上海市宝山区宝山社区通", "上海市宝山区"),
    ("腾讯公司“腾讯为村”项目", "腾讯公司"),
    ("天津市北方网政民零距离网络问政平台", "天津市"),
    ("新疆维吾尔自治区“最后一公里”平台", "新疆维吾尔自治区"),
]


@pytest.fixture(scope="module")
def page():
    return parse_page(ARTICLE_URL, (DIR / "n1-2019-1211-c1008-31501234.html").read_bytes())


@pytest.fixture(scope="module")
def list_page():
    return parse_page(LIST_URL, (DIR / "GB-1008-index.html").read_bytes())


def test_article_is_read_by_the_site_parser(page):
    assert page.kind == "article"
    assert page.site == "people_msweek"
    assert not page.fallback
    assert page.article["parser"] == "people_msweek"
    assert set(page.article) == set(ARTICLE_FIELDS)


def test_title_date_source_channel(page):
    article = page.article
    assert article["title"] == "2018中国网络理政十大创新案例在沪发布"
    assert article["published_at"] == "2019-12-11T16:20:00+08:00"
    assert article["published_precision"] == "minute"
    assert article["source"] == "人民网－民生周刊"
    assert article["section_path"] == ["社会·法治"] and article["channel"] == "社会·法治"
    assert article["author"] is None  # the page's author slot is empty


def test_canonical_url(page):
    assert page.article["url"] == CANONICAL
    assert canonical_url(ARTICLE_URL) == CANONICAL
    assert canonical_url("http://paper.people.com.cn/mszk/html/2019-12/16/content_1966666.htm?div=-1") == \
        "http://paper.people.com.cn/mszk/html/2019-12/16/content_1966666.htm"
    assert canonical_url(LIST_URL + "#top") == LIST_URL


def test_body_keeps_the_list_and_drops_the_chrome(page):
    text = page.article["text"]
    assert text.startswith("人民网上海12月11日电")
    assert "1.浙江省安吉新闻集团“爱安吉APP”" in text.split("\n")
    for chrome in ("责编", "民生周刊》2019年第25期", "相关新闻", "24小时排行", "分享到", "版权所有"):
        assert chrome not in text


def test_the_ten_cases_and_their_agencies(page):
    assert [(c["name"], c["agency"]) for c in page.cases] == CASES
    assert page.relevance == "case-bearing"


def test_list_name(page):
    assert [(found["name"], found["year"]) for found in page.lists] == [("2018中国网络理政十大创新案例", 2018)]


def test_list_page(list_page):
    assert list_page.kind == "list"
    assert list_page.site == "people_msweek"
    urls = [url for url, _ in list_page.links]
    assert urls[0] == CANONICAL
    assert len(urls) == 5 and all("/n1/2019/" in u for u in urls)
    assert parse((DIR / "GB-1008-index.html").read_text(encoding="utf-8"), LIST_URL) is None


def test_e_paper_template_takes_its_date_from_the_url():
    html = ('<html><body><div class="text_c"><h3>引题</h3><h1>网络理政的地方样本</h1><h2>副题</h2>'
            '<div id="ozoom"><p>第一段。</p><p>第二段。</p></div></div></body></html>')
    article = parse(html, "http://paper.people.com.cn/mszk/html/2019-12/16/content_1966666.htm")
    assert article["title"] == "网络理政的地方样本"
    assert (article["published_at"], article["published_precision"]) == ("2019-12-16", "day")
    assert article["text"] == "第一段。\n第二段。"


def test_other_templates_are_not_read():
    assert parse("<html><body><h1>标题</h1><div class='content'><p>正文</p></div></body></html>", None) is None


@pytest.mark.parametrize("url", [
    CANONICAL,
    "http://www.people.com.cn/n1/2017/1218/c32306-29713386.html",
    "http://paper.people.com.cn/mszk/html/2019-12/16/content_1966666.htm",
    "https://www.msweekly.com/show.html?id=158120",
])
def test_site_for_its_hosts(url):
    assert site_for(url).slug == "people_msweek"


@pytest.mark.parametrize("url", ["http://people.com.cn.example.org/n1/2019/1211/c1-2.html", "http://www.people.cn/"])
def test_site_for_other_hosts(url):
    assert getattr(site_for(url), "slug", None) != "people_msweek"
