"""清华大学计算社会科学与国家治理实验室 (lcg.tsinghua.edu.cn): its VSB article and list pages, offline.

The article fixture is written for these tests in the site's VSB chrome ("位置: 首页 - 工作动态 - 正文",
"时间:…作者:点击数:") and reports the nine 互动交流 cases of the 2025 网上政府优秀创新案例 as the real page
/info/1029/2134.htm prints them: a table 类别 | 部门/地区 | 案例名称 whose 类别 cell spans all rows.
"""
import re

import pytest

from support import FIXTURES
from crawler.sites import canonical_url, parse_page, registry, site_for
from crawler.sites.tsinghua_lcg import SITE, parse

ARTICLE_URL = "https://lcg.tsinghua.edu.cn/info/1029/2134.htm"
LIST_URL = "https://lcg.tsinghua.edu.cn/gzdt.htm"
# Case names the extractor reads right from the table (see the report for the ones it misses or cuts).
FOUND_RIGHT = [
    "“智小桂”智能问答系统",
    "政务调研新体系的智能化、多语种与一体化构建与实践",
    "数智赋能“民呼我为” 助推超大城市治理现代化",
    "AI+政务问答系统",
    "AI智能问答重塑政府门户网站新体验",
    "DeepSeek大模型助力政府网站智能问答效能飞跃",
]


@pytest.fixture(scope="module")
def page():
    body = (FIXTURES / "tsinghua_lcg" / "article-2134-interaction.html").read_bytes()
    return parse_page("http://lcg.tsinghua.edu.cn/info/1029/2134.htm?from=timeline#vsb_content", body)


@pytest.fixture(scope="module")
def listing():
    return parse_page(LIST_URL, (FIXTURES / "tsinghua_lcg" / "list-gzdt.html").read_bytes())


def test_registered():
    assert registry()["tsinghua_lcg"] is SITE


def test_article_is_read_by_the_site_parser(page):
    assert page.kind == "article"
    assert page.site == "tsinghua_lcg"
    assert not page.fallback
    assert page.article["parser"] == "tsinghua_lcg"


def test_article_fields(page):
    article = page.article
    assert article["url"] == ARTICLE_URL
    assert article["title"] == "2025年网上政府优秀创新案例——互动交流"
    assert (article["published_at"], article["published_precision"]) == ("2025-12-08", "day")
    assert article["author"] is None  # "作者:" is printed empty
    assert article["section_path"] == ["工作动态"]
    assert article["channel"] == "工作动态"


def test_body_is_the_vsb_content_with_its_table(page):
    lines = page.article["text"].split("\n")
    assert lines[0].startswith("2025年，清华大学计算社会科学与国家治理实验室")
    assert "| 类别 | 部门/地区 | 案例名称 |" in lines
    # (a row under a category merged down its rows keeps its columns: the merged cell printed empty)
    assert "|  | 南京市 | AI+政务问答系统 |" in lines
    for chrome in ("位置", "点击数", "上一条", "下一条", "版权所有", "请输入关键词", "实验室概况"):
        assert chrome not in page.article["text"]


def test_cases_from_the_table(page):
    names = [case["name"] for case in page.cases]
    for name in FOUND_RIGHT:
        assert name in names
    assert page.lists and page.lists[0]["name"] == "2025年网上政府优秀创新案例"
    assert page.lists[0]["year"] == 2025


def test_list_page_links(listing):
    assert listing.kind == "list"
    assert listing.site == "tsinghua_lcg"
    assert [url for url, _ in listing.links] == [
        f"https://lcg.tsinghua.edu.cn/info/1029/{n}.htm" for n in (2136, 2135, 2134, 2133, 1987)]
    assert ("https://lcg.tsinghua.edu.cn/info/1029/2135.htm", "2025年网上政府优秀创新案例——平台支撑") in listing.links


def test_parser_refuses_the_list_template():
    assert parse((FIXTURES / "tsinghua_lcg" / "list-gzdt.html").read_text(encoding="utf-8"), LIST_URL) is None


@pytest.mark.parametrize("url", [ARTICLE_URL, "http://lcg.tsinghua.edu.cn/info/1026/2160.htm", LIST_URL])
def test_site_for_its_host(url):
    assert site_for(url) is SITE


@pytest.mark.parametrize("url", ["https://www.tsinghua.edu.cn/info/1244/12640.htm", "https://lcg.tsinghua.edu.cn.example.org/"])
def test_not_other_tsinghua_sites(url):
    assert site_for(url) is not SITE


@pytest.mark.parametrize("variant", [
    "http://lcg.tsinghua.edu.cn/info/1029/2134.htm?from=timeline#vsb_content",
    "https://lcg.tsinghua.edu.cn/info/1029/2134.htm#div_vote_id",
    "https://lcg.tsinghua.edu.cn/content.jsp?urltype=news.NewsContentUrl&wbtreeid=1029&wbnewsid=2134",
])
def test_canonical_url(variant):
    assert canonical_url(variant) == ARTICLE_URL


def test_canonical_keeps_list_pages():
    assert canonical_url("https://lcg.tsinghua.edu.cn/gzdt/5.htm#top") == "https://lcg.tsinghua.edu.cn/gzdt/5.htm"


def test_discovery():
    assert SITE.next_page_text == "下页"  # the VSB pager
    assert "https://lcg.tsinghua.edu.cn/info/1029/2134.htm" in SITE.seeds
    assert set(SITE.seeds) <= set(SITE.discovery())
    assert all(re.search(SITE.article_url, url) for url in SITE.seeds)
    assert not re.search(SITE.article_url, LIST_URL)


def test_the_table_with_a_spanning_category_cell_gives_every_case_with_its_agency(page):
    # the 类别 cell spans every row; the summary sentence above names the agencies, not cases
    got = [(c["name"], c["agency"]) for c in page.cases]
    assert len(got) == 9
    assert got[0] == ("构建全系统媒体矩阵 联动讲好新时代药监故事", "国家药品监督管理局")
    assert got[1] == ("福建省12345热线：人工智能赋能政务服务“总客服”新篇章", "福建省")
    assert [a for _, a in got[-2:]] == ["济南市", "苏州市"]
