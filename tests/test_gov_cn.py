"""中国政府网 (www.gov.cn): the site parser on its article template, a column page, hosts and URLs.

The article fixture reports the real 2020年政府网站和政务新媒体检查情况通报 (released on gov.cn on
2020-12-16): the figures and the portals named as 得分靠前 / 得分较高 are the notice's; the wording,
the table layout with full site names, the time of day and all chrome are written for the test.
Its URL has the real shape, but the content id is made up (the real one was not found).
"""
import re

import pytest
from support import FIXTURES

from crawler.sites import canonical_url, parse_page, site_for
from crawler.sites.gov_cn import SITE, parse

ARTICLE_URL = "http://www.gov.cn/zhengce/content/2020-12/16/content_5569999.htm"  # id made up
LIST_URL = "https://www.gov.cn/zhengce/zuixin.htm"


@pytest.fixture(scope="module")
def page():
    return parse_page(ARTICLE_URL, (FIXTURES / "gov_cn" / "content-2020-12-16-inspection.html").read_bytes())


def test_article_is_read_by_the_site_parser(page):
    assert page.kind == "article"
    assert page.site == "gov_cn"
    assert not page.fallback
    assert page.article["parser"] == "gov_cn"


def test_article_fields(page):
    article = page.article
    assert article["title"] == "2020年政府网站和政务新媒体检查情况通报"
    assert article["published_at"] == "2020-12-16T15:30:00+08:00"
    assert article["published_precision"] == "minute"
    assert article["source"] == "中国政府网"
    assert article["section_path"] == ["政策", "政务公开"]
    assert article["channel"] == "政务公开"
    assert article["url"] == "https://www.gov.cn/zhengce/content/2020-12/16/content_5569999.htm"


def test_body_is_the_ucap_content_only(page):
    text = page.article["text"]
    assert text.startswith("为贯彻党中央、国务院关于深化政务公开")
    assert "| 1 | 广东省人民政府门户网站 | 广东省 | 得分靠前 |" in text.split("\n")
    for chrome in ("责任编辑", "字体", "相关稿件", "京ICP备", "国务院办公厅关于2021年部分节假日安排的通知"):
        assert chrome not in text


def test_cases_are_the_portals_of_the_table(page):
    names = [case["name"] for case in page.cases]
    for name in ("广东省人民政府门户网站", "北京市人民政府门户网站", "茂名市人民政府门户网站",
                 "北京市密云区人民政府门户网站", "内蒙古自治区人民政府门户网站", "长沙市人民政府门户网站"):
        assert name in names
    assert len(names) == 18
    assert page.relevance == "case-bearing"
    by_name = {case["name"]: case for case in page.cases}
    assert by_name["茂名市人民政府门户网站"]["province"] == "广东省"
    assert all(case["rank"] is None for case in page.cases)  # the page says 排名不分先后


def test_column_page_is_a_list_with_its_links():
    page = parse_page(LIST_URL, (FIXTURES / "gov_cn" / "zhengce-zuixin.html").read_bytes())
    assert page.kind == "list"
    assert page.site == "gov_cn"
    urls = [url for url, _ in page.links]
    assert urls[0] == "https://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm"
    assert "https://www.gov.cn/zhengce/content/2018-12/29/content_5353307.htm" in urls
    assert len(urls) == 7
    assert all(url.endswith(".htm") and "/content_" in url for url in urls)


def test_parser_refuses_pages_outside_the_template():
    assert parse((FIXTURES / "gov_cn" / "zhengce-zuixin.html").read_text(encoding="utf-8"), LIST_URL) is None
    assert parse("<html><body><h1>x</h1><p>正文</p></body></html>", ARTICLE_URL) is None


def test_2023_template_with_h1_ti():
    html = ('<html><body><div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a></div>'
            '<h1 id="ti">国务院办公厅关于某项工作的通知</h1><div class="pages-date">2023-09-26 18:00 '
            '<span class="font">来源： 中国政府网</span></div><div id="UCAP-CONTENT"><p>正文第一段。</p></div></body></html>')
    article = parse(html, "https://www.gov.cn/zhengce/content/202309/content_6900000.htm")
    assert article["title"] == "国务院办公厅关于某项工作的通知"
    assert article["published_at"] == "2023-09-26T18:00:00+08:00"
    assert article["source"] == "中国政府网"
    assert article["text"] == "正文第一段。"


def test_formal_document_with_metadata_table():
    html = ('<html><body><table class="bd1"><tr><td><b>标　　题：</b></td><td>国务院关于某事项的决定</td></tr>'
            '<tr><td><b>发布日期：</b></td><td>2018年12月29日</td></tr></table>'
            '<table><tr><td id="UCAP-CONTENT"><p>决定正文。</p></td></tr></table></body></html>')
    article = parse(html, "http://www.gov.cn/zhengce/content/2018-12/29/content_5353307.htm")
    assert article["title"] == "国务院关于某事项的决定"
    assert article["published_at"] == "2018-12-29"
    assert article["text"] == "决定正文。"


@pytest.mark.parametrize("url", [ARTICLE_URL, "https://www.gov.cn/yaowen/index.htm",
                                 "http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm"])
def test_site_for_gov_cn_hosts(url):
    assert site_for(url) is SITE


@pytest.mark.parametrize("url", ["https://www.zj.gov.cn/art/2021/9/1/art_1.html", "https://county.example.gov.cn/2020/bus.html"])
def test_other_government_sites_are_not_this_source(url):
    assert site_for(url) is not SITE


@pytest.mark.parametrize("url", [
    "http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm",
    "https://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm?from=timeline#top",
    "http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm",
])
def test_canonical_url(url):
    assert canonical_url(url) == "https://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm"


@pytest.mark.parametrize("path", ["/zhengce/content/2019-11/21/content_5454164.htm", "/zhengce/content/202411/content_6986382.htm",
                                  "/zhengce/zhengceku/202310/content_6911528.htm", "/xinwen/2020-06/01/content_5516649.htm",
                                  "/gongbao/2025/issue_12406/202511/content_7048922.html"])
def test_article_url_shapes(path):
    assert re.search(SITE.article_url, path)
    assert not re.search(SITE.article_url, "/zhengce/zuixin.htm")
