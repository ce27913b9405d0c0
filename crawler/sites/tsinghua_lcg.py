"""清华大学计算社会科学与国家治理实验室 (lcg.tsinghua.edu.cn): the 网上政府优秀创新案例.

Why: the lab publishes the yearly 网上政府创新发展报告 and its 网上政府优秀创新案例, one article per category
(公开解读, 在线服务, 互动交流, 平台支撑), each a table 类别 | 部门/地区 | 案例名称. Known from stored copies
(the site is not reachable from here): the 2025 cases at ``/info/1029/2133.htm``…``2136.htm`` in 工作动态
(column 1029), chrome "位置: 首页 - 工作动态 - 正文" and "时间:2025年12月08日作者:点击数:". It runs VSB (博达):
body ``#vsb_content .v_news_content`` in ``form[name=_newscontent_fromname]``, ``*.jsp?urltype=news.
NewsContentUrl&wbtreeid=C&wbnewsid=N`` = ``/info/C/N.htm``, pagers say 下页 and count down (``x.htm``,
``x/{n-1}.htm``…) — known from other VSB sites. The list path of 工作动态 (``/gzdt.htm``) is a guess.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from crawler.parsers.article import make_article
from crawler.parsers.dates import parse_datetime
from crawler.parsers.html import block_lines, clean_line, selector_for

from . import Site

ARTICLE_PATH = re.compile(r"/info/(\d+)/(\d+)\.htm$")
FORM, BODY = "form[name=_newscontent_fromname]", "#vsb_content .v_news_content, .v_news_content, #vsb_content"
# [a] first: the cheap test narrows the elements whose whole text is read (the same elements)
CRUMBS = "(//*[a][starts-with(normalize-space(.), '位置') or starts-with(normalize-space(.), '当前位置')])[last()]"


def canonical_url(url: str) -> str:
    """https://lcg.tsinghua.edu.cn/info/C/N.htm for the static and the dynamic (content.jsp) address."""
    parts, m = urlsplit(url), ARTICLE_PATH.search(urlsplit(url).path)
    query = parse_qs(parts.query)
    if m:
        return f"https://lcg.tsinghua.edu.cn/info/{m.group(1)}/{m.group(2)}.htm"
    if query.get("urltype") == ["news.NewsContentUrl"] and query.get("wbtreeid") and query.get("wbnewsid"):
        return f"https://lcg.tsinghua.edu.cn/info/{query['wbtreeid'][0]}/{query['wbnewsid'][0]}.htm"
    return url.split("#", 1)[0]


def _labelled(text: str, label: str) -> str | None:
    m = re.search(rf"{label}\s*[:：]\s*(.*?)(?=\s*(?:时间|作者|来源|点击数)\s*[:：]|$)", text)
    return (m.group(1).strip() or None) if m else None


def parse(html: str, url: str | None = None) -> dict | None:
    """An article in the VSB news template, or None (a list page, another template)."""
    sel = selector_for(html, url)
    form = sel.css(FORM) or sel.css("body")
    body = form.css(BODY)
    if not body or not sel.css(f"{FORM}, #vsb_content"):
        return None
    title = clean_line(sel.css("meta[name=ArticleTitle]::attr(content)").get()
                       or " ".join(form.css("h1, h2, h3")[:1].css("::text").getall()))
    info = clean_line(" ".join(form.xpath(".//text()[not(ancestor::*[@id='vsb_content'])]").getall()))
    published_at, precision = parse_datetime(sel.css("meta[name=PubDate]::attr(content)").get() or info)
    author = _labelled(info, "作者")
    crumbs = map(clean_line, sel.xpath(CRUMBS).css("a::text").getall())
    section_path = [t for t in crumbs if t and t != "首页"]
    lines = block_lines(body[0].root)
    if not title or not lines:
        return None
    return make_article("tsinghua_lcg", canonical_url(url) if url else None, title, lines,
                        authors=[author] if author else None,
                        source=sel.css("meta[name=ContentSource]::attr(content)").get() or _labelled(info, "来源"),
                        published=(published_at, precision), section_path=section_path)


SITE = Site(
    slug="tsinghua_lcg",
    name="清华大学计算社会科学与国家治理实验室",
    hosts=("lcg.tsinghua.edu.cn",),
    about=("Publisher of the 网上政府创新发展报告 and the 网上政府优秀创新案例 (a table per category). Confirmed from stored "
           "copies: the 2025 case articles /info/1029/2133–2136.htm (seeds), 工作动态 = column 1029, the page chrome. "
           "VSB conventions (body, content.jsp alias, 下页 pager) are known from other VSB sites; the list path /gzdt.htm "
           "is a guess (the site cannot be reached from here)."),
    canonical=canonical_url,
    parser=parse,
    list_paths=("/system/",),  # VSB scripts, counters and attachment downloads: never articles
    article_url=r"/info/\d+/\d+\.htm(?:$|[?#])|\.jsp\?urltype=news\.NewsContentUrl",
    start_urls=("https://lcg.tsinghua.edu.cn/gzdt.htm", "https://lcg.tsinghua.edu.cn/index.htm"),
    next_page_text="下页",
    search_url=None,  # VSB search takes the keyword base64-encoded, not as a plain {keyword}
    seeds=tuple(f"https://lcg.tsinghua.edu.cn/info/1029/{n}.htm" for n in (2133, 2134, 2135, 2136)),
)
