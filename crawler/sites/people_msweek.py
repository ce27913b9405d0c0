"""人民网 and 人民日报社《民生周刊》 (people.com.cn, paper.people.com.cn/mszk, msweekly.com).

《民生周刊》 co-organises the 中国网络理政十大创新案例 with 复旦发展研究院 and 复旦大学新闻学院 from
2017 on, so 人民网 channels and the magazine's e-paper report each year's list. The site cannot be
reached from here; its templates are known from public scraper code only: articles at
``http://{channel}.people.com.cn/n1/YYYY/MMDD/c{node}-{id}.html`` (``/n/`` before 2015) with the
headline in ``h1``, date and 来源 in ``div.col-1-1`` (2018 on) or ``div.box01 div.fl`` (before), the
body in ``div.rm_txt_con`` (2018 on) or ``#rwb_zw`` (before), the channel in ``<title>``
(``标题--频道--人民网``); e-paper articles at ``/mszk/html/YYYY-MM/DD/content_N.htm`` with
``div.text_c h1`` and ``#ozoom``. msweekly.com (民生网) has no known template: read generically.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.parsers.article import make_article
from crawler.parsers.bylines import split_names
from crawler.parsers.dates import parse_datetime
from crawler.parsers.html import block_lines, clean_line, selector_for

from . import Site

ARTICLE = re.compile(r"/n1?/\d{4}/\d{4}/c\d+-\d+(?:-\d+)?\.html$|/mszk/(?:html/\d{4}-\d{2}/\d{2}|pc/content/\d{6}/\d{2})/content_\d+\.html?$")
BODY = "div.rm_txt_con, #rwb_zw, #ozoom"
DATELINE = "div.col-1-1 ::text, div.box01 div.fl ::text, div.text_c .sou ::text"
HEADLINE = "div.rm_txt h1, div.text_title h1, div.text_c h1"
DROP = "div.edit, p.paper_num, div.zdfy, div.rm_relevant, script, style"
URL_DAY = re.compile(r"/n1?/(\d{4})/(\d{2})(\d{2})/|/html/(\d{4})-(\d{2})/(\d{2})/")
SOURCE = re.compile(r"来源\s*[:：]\s*([^\s|｜]+)")


def canonical_url(url: str) -> str:
    """An article's one URL: http, lower-case host, no query or fragment (share and app tags)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.endswith("people.com.cn") and ARTICLE.search(parts.path):
        return f"http://{host}{parts.path}"
    return url.split("#", 1)[0]


def parse(html: str, url: str | None = None) -> dict | None:
    """A people.com.cn or 民生周刊 e-paper article; None when the page is in neither template."""
    sel = selector_for(html, url)
    body, heads = sel.css(BODY), [clean_line(" ".join(h.css("::text").getall())) for h in sel.css(HEADLINE) or sel.css("h1")]
    title = next((h for h in heads if h), None)
    lines = block_lines(body[0].root, drop={n.root for n in body[0].css(DROP)}) if body and title else []
    if not lines:
        return None
    dateline = clean_line(" ".join(sel.css(DATELINE).getall()))
    published_at, precision = parse_datetime(dateline)
    day = URL_DAY.search(url or "")
    if not published_at and day:
        published_at, precision = "-".join(g for g in day.groups() if g), "day"
    source = SOURCE.search(dateline)
    authors = split_names(clean_line(" ".join(sel.css("div.author ::text, p.author ::text").getall()))) or None
    section_path = [p.strip() for p in (sel.css("title::text").get() or "").split("--")[1:] if p.strip() not in ("", "人民网")]
    return make_article("people_msweek", canonical_url(url) if url else None, title, lines,
                        authors=authors, source=source.group(1) if source else None,
                        published=(published_at, precision), section_path=section_path,
                        summary=clean_line(sel.css("meta[name=description]::attr(content)").get() or ""))


SITE = Site(
    slug="people_msweek",
    name="人民网 / 民生周刊",
    hosts=("people.com.cn", "msweekly.com"),
    about=("人民网 and 人民日报社《民生周刊》, co-organiser of the 中国网络理政十大创新案例 from 2017. Confirmed from "
           "public scraper code: people.com.cn article URLs and templates (rm_txt_con/col-1-1, rwb_zw/box01), GB "
           "channel lists (ej_list_box, page_n pager), the 民生周刊 e-paper (/mszk/html/YYYY-MM/DD/content_N.htm, "
           "node_1622.htm issue pages, text_c h1, #ozoom; since about 2023 also /mszk/pc/content/...), msweekly.com "
           "URLs (category.html?catid=N, show.html?id=N). Not confirmed: which column carries the case-list "
           "reports, the newer e-paper's body, msweekly.com's template (read generically), any report's URL."),
    canonical=canonical_url,
    parser=parse,
    list_paths=(),  # column pages are start pages: a list_paths match would give the crawl no links
    article_url=ARTICLE.pattern,
    start_urls=("http://paper.people.com.cn/mszk/paperindex.htm", "http://www.msweekly.com/category.html?catid=70"),
    next_page_text="下一页",
    search_url=None,  # search.people.cn answers a JSON POST, not a GET page
    seeds=(),
)
