"""中国政府网 (www.gov.cn): State Council documents and news, among them 国务院办公厅 政务公开 notices
naming the best-scoring government websites, and reprinted 数字政府 / 政务服务 case lists.

Known from public scrapers (RSSHub, policy crawlers) and stored page copies, not the live site:
articles end in ``content_{id}.htm`` under dated folders (``/zhengce/content/YYYY-MM/DD/`` until 2022,
``/zhengce/content/YYYYMM/`` since, also ``/zhengce/zhengceku/``, ``/xinwen/``, ``/yaowen/liebiao/``,
``/lianbo/bumen/``); the headline is ``div.article h1`` (``h1#ti`` since 2023), ``div.pages-date``
holds the time and ``span.font`` 来源, the body is ``#UCAP-CONTENT``; formal documents put the title
in a ``table.bd1``. ``big5.www.gov.cn/gate/big5/www.gov.cn/…`` mirrors the same paths. Only
``www.gov.cn`` is this source: other ``*.gov.cn`` hosts are other governments.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.parsers.article import make_article
from crawler.parsers.dates import parse_datetime
from crawler.parsers.html import block_lines, clean_line, selector_for

from . import Site

TITLE = "div.article h1, h1#ti, div.pages-title"
ARTICLE_URL = r"/content_\d+(?:_\d+)?\.html?$"
BIG5_GATE = re.compile(r"^/gate/big5/www\.gov\.cn(?=/)")


def canonical_url(url: str) -> str:
    """https://www.gov.cn/<path>: scheme, the big5 mirror, queries and fragments unified."""
    parts = urlsplit(url)
    if (parts.hostname or "").lower() not in ("gov.cn", "www.gov.cn", "big5.www.gov.cn"):
        return url.split("#", 1)[0]
    return "https://www.gov.cn" + BIG5_GATE.sub("", parts.path)


def _text(node) -> str:
    return clean_line(" ".join(node.css("::text").getall())) if node else ""


def _cell(sel, label: str) -> str:
    """A formal document's metadata cell (标　　题：, 发布日期：) by its label."""
    for td in sel.css("table.bd1 td"):
        if re.sub(r"\s", "", _text(td)).startswith(label):
            return _text(td.xpath("following-sibling::td[1]"))
    return ""


def parse(html: str, url: str | None = None) -> dict | None:
    """A gov.cn article or document page (a headline and #UCAP-CONTENT); None otherwise."""
    sel = selector_for(html, url)
    body = sel.css("#UCAP-CONTENT")
    title = _text(sel.css(TITLE)[:1]) or _cell(sel, "标题")
    if not body or not title:
        return None
    lines = block_lines(body[0].root, drop={n.root for n in body[0].css("script, style, .shuzi, #myFlash")})
    if not lines:
        return None
    date = _text(sel.css("div.pages-date")) or _cell(sel, "发布日期")
    published_at, precision = parse_datetime(date or sel.css("meta[name=firstpublishedtime]::attr(content)").get() or "")
    labels = [_text(s) for s in sel.css("div.pages-date span.font")]
    source = next((re.sub(r"^来源\s*[:：]\s*", "", t) for t in labels if re.match(r"来源\s*[:：]", t)), None) or None
    section_path = [t for t in map(clean_line, sel.css("div.BreadcrumbNav a::text").getall()) if t and t != "首页"]
    return make_article("gov_cn", canonical_url(url) if url else None, title, lines, source=source,
                        published=(published_at, precision), section_path=section_path,
                        summary=clean_line(sel.css("meta[name=description]::attr(content)").get() or ""))


SITE = Site(
    slug="gov_cn",
    name="中国政府网",
    hosts=("www.gov.cn",),  # not "gov.cn": every provincial and county government is under .gov.cn
    about=("The State Council's portal: 国务院/国务院办公厅 documents, 政务公开 notices (the 2020年政府网站和政务新媒体检查"
           "情况通报, released 2020-12-16, names the best-scoring portals) and news reprinting 数字政府 case lists. "
           "Confirmed from public scrapers and stored pages: the content_{id}.htm URL shapes before and after the 2023 "
           "redesign, the div.article h1 / h1#ti / pages-date / span.font 来源 / #UCAP-CONTENT template, the big5 "
           "mirror, list pages /zhengce/zuixin.htm, /yaowen/index.htm, /lianbo/bumen/index.htm. Not confirmed: the URL "
           "of any case-list report (no seed), the pager text, a GET search (sousuo.www.gov.cn is a POST API)."),
    canonical=canonical_url,
    parser=parse,
    list_paths=(),  # column pages are the start pages: a list_paths match would give the crawl no links
    article_url=ARTICLE_URL,
    start_urls=("https://www.gov.cn/zhengce/zuixin.htm", "https://www.gov.cn/yaowen/index.htm",
                "https://www.gov.cn/lianbo/bumen/index.htm"),
    next_page_text="下一页",
    search_url=None,
    seeds=(),
)
