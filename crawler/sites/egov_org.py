"""国脉电子政务网 (e-gov.org.cn), the news site of 国脉互联 and its 政府网站评测研究中心.

It publishes the 政府网站绩效评估 and 国际化程度测评 rankings it runs, and reprints reports of other
lists (中国网络理政十大卓越案例, article 179530). The site cannot be reached from here; its template is
known from two public scrapers: articles at ``/article-{id}.html``, the headline in
``#text_block .title_bar``, the body in ``#content_detail`` whose first line is
``来源：X 更新时间：YYYY-MM-DD`` (``#zoom`` inside it on some pages); lists at ``/cat-{n}.html`` and
``/channel-{n}.html`` (page N: ``-N.html``), links in ``#search_list td a``, pager ``p.query_pager``.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.parsers.article import make_article
from crawler.parsers.dates import parse_datetime
from crawler.parsers.html import block_lines, clean_line, selector_for

from . import Site

ARTICLE = re.compile(r"/article-(\d+)\.html$")
CANONICAL = "http://www.e-gov.org.cn/article-{id}.html"
INFO = re.compile(r"(?:来源|更新时间|发布时间|作者)\s*[:：]")
LABELLED = r"{}\s*[:：]\s*(.+?)(?=\s*(?:来源|更新时间|发布时间|作者|浏览|点击)\s*[:：]|\s*$)"


def canonical_url(url: str) -> str:
    """One URL per article: http://www.e-gov.org.cn/article-N.html, whatever host form or query."""
    m = ARTICLE.search(urlsplit(url).path)
    return CANONICAL.format(id=m.group(1)) if m else url.split("#", 1)[0]


def _field(info: str, label: str) -> str | None:
    m = re.search(LABELLED.format(label), info)
    return m.group(1).strip() if m else None


def parse(html: str, url: str | None = None) -> dict | None:
    """An e-gov.org.cn article (title bar, then 来源/更新时间 line, then body); None otherwise."""
    sel = selector_for(html, url)
    body = sel.css("#content_detail")
    title = clean_line(" ".join(sel.css("#text_block .title_bar ::text").getall()))
    if not body or not title:
        return None
    lines = block_lines(body[0].root, drop={n.root for n in body[0].css("script, style")})
    info = [line for line in lines[:2] if INFO.search(line)]
    lines = [line for line in lines if line not in info]
    if not lines:
        return None
    info_text = " ".join(info)
    published_at, precision = parse_datetime(info_text)
    author = _field(info_text, "作者")
    crumbs = sel.xpath("//div[starts-with(normalize-space(string(.)), '当前位置')]")
    section_path = [t for t in (clean_line(x) for x in crumbs[-1].css("a ::text").getall()) if t and t != "首页"] if crumbs else []
    return make_article("egov_org", canonical_url(url) if url else None, title, lines,
                        authors=[author] if author else None, source=_field(info_text, "来源"),
                        published=(published_at, precision), section_path=section_path,
                        summary=clean_line(sel.css("meta[name=description]::attr(content)").get() or ""))


SITE = Site(
    slug="egov_org",
    name="国脉电子政务网",
    hosts=("e-gov.org.cn",),
    about=("国脉互联's e-government news site (its 政府网站评测研究中心 runs the 政府网站绩效评估 and 国际化程度测评 "
           "rankings); it also reprints other case lists. Confirmed from public scrapers and stored pages: article "
           "URLs /article-N.html (with and without www), the title_bar / content_detail template, list pages "
           "/cat-N.html and /channel-N.html with #search_list and a 下一页 pager, and article 179530 reporting the "
           "中国网络理政十大卓越案例 (2016-2021). Not confirmed: the breadcrumb, the site search, which columns carry "
           "the ranking reports."),
    canonical=canonical_url,
    parser=parse,
    list_paths=(),  # /cat-N and /channel-N are the start pages: a list_paths match would give no links
    article_url=ARTICLE.pattern,
    start_urls=("http://www.e-gov.org.cn/channel-1.html", "http://www.e-gov.org.cn/cat-11.html"),
    next_page_text="下一页",
    search_url=None,
    seeds=("http://www.e-gov.org.cn/article-179530.html",),
)
