"""浙江在线 (zjol.com.cn): the site parser on its article template, a column page, hosts and URLs.

The article fixture reports the real Zhejiang winners of the 2014华东政务微博微信峰会, as zjol did at
this URL on 2014-08-21 (title, time, author and figures are the article's; the prose is new wording,
the prize list is the part the public copies agree on, and the chrome is written for the test). It is
stored as GBK bytes, as zjol's old pages were. The column page's links and headlines are real zjol
articles; its layout and grouping are written for the test.
"""
import re

import pytest
from support import FIXTURES

from crawler.sites import canonical_url, parse_page, site_for
from crawler.sites.zjol import SITE, parse

ARTICLE_URL = "http://zjnews.zjol.com.cn/system/2014/08/21/020212921.shtml"
LIST_URL = "https://zjnews.zjol.com.cn/zjnews/zjxw/"


@pytest.fixture(scope="module")
def page():
    return parse_page(ARTICLE_URL, (FIXTURES / "zjol" / "system-2014-08-21-020212921.html").read_bytes())


def test_article_is_read_by_the_site_parser(page):
    assert page.kind == "article"
    assert page.site == "zjol"
    assert not page.fallback
    assert page.article["parser"] == "zjol"
    assert page.encoding == "gb18030"


def test_article_fields(page):
    article = page.article
    assert article["title"] == "两百网络达人共话政务发布 浙江政务“双微”排前列"
    assert article["published_at"] == "2014-08-21T22:10:54+08:00"
    assert article["published_precision"] == "minute"
    assert article["source"] == "浙江在线"
    assert article["author"] == "郭凯"
    assert article["authors"] == ["郭凯"]
    assert article["section_path"] == ["浙江新闻", "原创新闻", "最新突发"]
    assert article["summary"].startswith("截至2014年第一季度")
    assert article["url"] == "https://zjnews.zjol.com.cn/system/2014/08/21/020212921.shtml"


def test_body_is_the_article_only(page):
    text = page.article["text"]
    assert "浙江在线杭州8月21日讯" in text
    assert text.split("\n")[-1].startswith("4、浙江政务微博新锐奖：")
    for chrome in ("您当前的位置", "【摘要】", "分享到", "相关新闻", "版权所有", "作者："):
        assert chrome not in text


def test_cases_found_are_the_influence_award_accounts(page):
    names = [case["name"] for case in page.cases]
    for name in ("浙江发布", "之江先锋", "浙江公安", "浙江共青团", "浙江卫生", "浙江旅游", "南太湖先锋"):
        assert name in names
    assert page.relevance == "case-bearing"
    # Not asserted, as the extractor reads them today: the four numbered prize lines
    # (1、华东政务微博创新管理奖：衢州发布、浙江民政、浦江天平。…) come out as one case per prize name,
    # and the accounts after the colons are missed.


def test_column_page_is_a_list_with_its_links():
    page = parse_page(LIST_URL, (FIXTURES / "zjol" / "zjnews-zjxw.html").read_bytes())
    assert page.kind == "list"
    assert page.site == "zjol"
    urls = [url for url, _ in page.links]
    assert urls == [
        "https://zjnews.zjol.com.cn/system/2016/04/29/021130212.shtml",
        "http://zjnews.zjol.com.cn/system/2014/08/21/020212921.shtml",
        "http://zjnews.zjol.com.cn/05zjnews/system/2012/01/12/018140879.shtml",
        "https://zjnews.zjol.com.cn/system/2010/08/10/016833240.shtml",
    ]


def test_parser_refuses_pages_outside_the_template():
    assert parse((FIXTURES / "zjol" / "zjnews-zjxw.html").read_text(encoding="utf-8"), LIST_URL) is None
    assert parse("<html><body><h1>标题</h1><p>正文</p></body></html>", ARTICLE_URL) is None


def test_newer_url_shape_same_template():
    html = ('<html><body><div class="contTit">浙江新闻一则</div><span id="pubtime_baidu">2018年01月18日 07:05:12</span>'
            '<span id="source_baidu">来源：钱江晚报</span><div class="contTxt"><div><p>正文。</p></div></div></body></html>')
    url = "https://zjnews.zjol.com.cn/zjnews/zjxw/201801/t20180118_6398110.shtml"
    article = parse(html, url)
    assert article["source"] == "钱江晚报"
    assert article["published_at"] == "2018-01-18T07:05:12+08:00"
    assert article["author"] is None
    assert re.search(SITE.article_url, url)


@pytest.mark.parametrize("url", [ARTICLE_URL, "https://qz.zjol.com.cn/07qztk/system/2014/11/10/018665546.shtml",
                                 "http://hangzhou.zjol.com.cn/system/2017/01/17/021423613.shtml", "https://www.zjol.com.cn/"])
def test_site_for_zjol_hosts(url):
    assert site_for(url) is SITE


def test_other_hosts_are_not_this_source():
    assert site_for("https://www.zj.gov.cn/") is not SITE
    assert site_for("https://zjol.com.cn.example.org/system/2014/08/21/020212921.shtml") is not SITE


@pytest.mark.parametrize("url", [ARTICLE_URL, ARTICLE_URL + "?from=timeline#p2",
                                 "https://ZJNEWS.zjol.com.cn/system/2014/08/21/020212921.shtml"])
def test_canonical_url(url):
    assert canonical_url(url) == "https://zjnews.zjol.com.cn/system/2014/08/21/020212921.shtml"


@pytest.mark.parametrize("path", ["/system/2014/08/21/020212921.shtml", "/05zjnews/system/2012/01/12/018140879.shtml",
                                  "/system/2015/06/30/020717765_01.shtml", "/zjnews/hznews/202001/t20200102_11533749_ext.shtml"])
def test_article_url_shapes(path):
    assert re.search(SITE.article_url, path)
    assert not re.search(SITE.article_url, "/zjnews/zjxw/")


def test_prize_lines_give_their_accounts_under_the_prize(page):
    # 1、华东政务微博创新管理奖：衢州发布、浙江民政、浦江天平。
    by_category = {}
    for case in page.cases:
        by_category.setdefault(case["category"], []).append(case["name"])
    assert by_category["华东政务微博创新管理奖"] == ["衢州发布", "浙江民政", "浦江天平"]
    assert len(page.cases) == 23
