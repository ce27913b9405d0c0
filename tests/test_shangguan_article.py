"""The founding article, parsed once from the shipped page, one field per test."""
import pytest

from crawler.sites import canonical_url, parse_article
from crawler.sites.shangguan import parse_shangguan_old, shangguan_id


@pytest.fixture(scope="module")
def article(founding_html):
    return parse_article(founding_html, "https://www.shobserver.com/news/detail?id=40036&source=share")


def test_parser_is_the_site_parser(article):
    assert article["parser"] == "shangguan-old"


def test_title(article):
    assert article["title"] == "这10个案例,引领中国“网络理政”新方向"


def test_source(article):
    assert article["source"] == "上观新闻"


def test_author(article):
    assert article["author"] == "上官网儿"


def test_published_at(article):
    assert article["published_at"] == "2016-12-22T16:20:00+08:00"
    assert article["published_precision"] == "minute"


def test_summary(article):
    assert article["summary"].startswith("从中华人民共和国商务部门户网站,到广东、上海、湖北、山西、宁夏等地方案例")
    assert "摘要" not in article["summary"]


def test_channel_from_breadcrumb(article):
    assert article["channel"] == "话媒堂"
    assert article["section_path"] == ["天下", "话媒堂"]


def test_canonical_url(article):
    assert article["url"] == "https://www.jfdaily.com/news/detail?id=40036"


def test_body_has_paragraph_breaks(article):
    lines = article["text"].split("\n")
    assert lines[0].startswith("“网络理政”时代")
    assert lines[-1].startswith("中华人民共和国商务部门户网站建立于2003年")
    assert all(line.strip() for line in lines)


@pytest.mark.parametrize(
    "chrome", ["分享至", "评论(0)", "相关文章", "上一篇", "客户端下载", "本文首发于上观", "我的位置", "快来抢沙发"]
)
def test_body_has_no_site_chrome(article, chrome):
    assert chrome not in article["text"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.jfdaily.com/news/detail?id=40036",
        "http://www.shobserver.com/news/detail?id=40036",
        "https://www.jfdaily.com.cn/news/detail?id=40036&source=share#comment",
        "https://www.shobserver.cn/news/detail?source=share&id=40036",
        "https://www.jfdaily.com/staticsg/res/html/web/newsDetail.html?id=40036&sid=11",
        "https://www.jfdaily.com/zaker/html/40036.html",
    ],
)
def test_url_variants_are_one_canonical_url(url):
    assert shangguan_id(url) == "40036"
    assert canonical_url(url) == "https://www.jfdaily.com/news/detail?id=40036"


def test_other_hosts_keep_their_url():
    assert canonical_url("https://example.org/a?id=5#x") == "https://example.org/a?id=5"


def test_page_outside_the_template_is_not_claimed():
    html = "<html><head><title>其他网站</title></head><body><h1>标题</h1><p>正文。</p></body></html>"
    assert parse_shangguan_old(html, "https://example.org/") is None
    generic = parse_article(html, "https://example.org/")
    assert generic["parser"] == "generic"
