"""浙江在线 (zjol.com.cn), Zhejiang's provincial news site (浙江日报报业集团), with city channels on
subdomains (zjnews., qz., hangzhou., jx. …). It reported Zhejiang 政务新媒体 awards and 数字化改革 lists.

Known from public scrapers and stored copies, not the live site: articles up to about 2016 are at
``/{channel/}system/YYYY/MM/DD/0NNNNNNNN.shtml`` (``_01`` for page 2), later ones at
``/zjnews/{column}/YYYYMM/tYYYYMMDD_N.shtml``; both carry the headline in ``div.contTit``, the body in
``div.contTxt``, and ``#pubtime_baidu`` (2014年08月21日 22:10:54), ``#source_baidu`` (来源：),
``#author_baidu`` (作者：). The breadcrumb starts 您当前的位置, the summary 【摘要】. Old pages are GBK.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.parsers.article import make_article
from crawler.parsers.bylines import split_names
from crawler.parsers.dates import parse_datetime
from crawler.parsers.html import block_lines, clean_line, selector_for

from . import Site

ARTICLE_URL = r"/system/\d{4}/\d{2}/\d{2}/\d+(?:_\d+)?\.shtml$|/\d{6}/t\d{8}_\d+(?:_ext)?\.shtml$"
LABEL = re.compile(r"^\s*(?:来源|作者)\s*[:：]\s*")
CRUMB_SKIP = {"浙江在线", "首页", "正文"}


def canonical_url(url: str) -> str:
    """https://host/path: one scheme, no query or fragment (the channel prefix is kept: unconfirmed)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host != "zjol.com.cn" and not host.endswith(".zjol.com.cn"):
        return url.split("#", 1)[0]
    return f"https://{host}{parts.path}"


def _text(node) -> str:
    return clean_line(" ".join(node.css("::text").getall())) if node else ""


def _starting(sel, words: str):
    """The innermost block whose text starts with ``words`` (the breadcrumb, the summary)."""
    nodes = sel.xpath(f"//body//*[self::div or self::p or self::td][starts-with(normalize-space(string(.)), '{words}')]")
    return nodes[-1] if nodes else None


def parse(html: str, url: str | None = None) -> dict | None:
    """A zjol article (div.contTit headline, div.contTxt body); None for any other page."""
    sel = selector_for(html, url)
    body = sel.css("div.contTxt")
    title = _text(sel.css("div.contTit, div.artTitle")[:1])
    if not body or not title:
        return None
    lines = block_lines(body[0].root, drop={n.root for n in body[0].css("script, style")})
    if not lines:
        return None
    published_at, precision = parse_datetime(_text(sel.css("#pubtime_baidu")))
    source = LABEL.sub("", _text(sel.css("#source_baidu"))) or None
    authors = split_names(LABEL.sub("", _text(sel.css("#author_baidu")))) or None
    crumb = _starting(sel, "您当前的位置")
    section_path = [t for t in (clean_line(x) for x in crumb.css("a ::text").getall()) if t and t not in CRUMB_SKIP] if crumb else []
    summary = re.sub(r"^【摘要】\s*", "", _text(_starting(sel, "【摘要】")))
    return make_article("zjol", canonical_url(url) if url else None, title, lines, authors=authors,
                        source=source, published=(published_at, precision), section_path=section_path,
                        summary=summary)


SITE = Site(
    slug="zjol",
    name="浙江在线",
    hosts=("zjol.com.cn",),
    about=("Zhejiang's provincial news site; it reported the Zhejiang winners of the 2014华东政务微博微信峰会 "
           "(2014-08-21) and the 十大示范县 / 社会治理创新奖 of the 第二届中国（浙江）全面小康论坛 (qz channel, 2014-11-10). "
           "Confirmed from public scrapers and stored copies: both article URL shapes, the contTit / contTxt / "
           "pubtime_baidu / source_baidu / author_baidu template, the 您当前的位置 breadcrumb, the 【摘要】 line, column "
           "pages like /zjnews/zjxw/. Not confirmed: whether the /05zjnews/ channel prefix and the bare /system/ path "
           "serve the same article, the pager text, a site search, the template of the zj.zjol.com.cn app pages."),
    canonical=canonical_url,
    parser=parse,
    list_paths=(),  # column pages are the start pages: a list_paths match would give the crawl no links
    article_url=ARTICLE_URL,
    start_urls=("https://zjnews.zjol.com.cn/zjnews/zjxw/",),
    next_page_text="下一页",
    search_url=None,
    seeds=("http://zjnews.zjol.com.cn/system/2014/08/21/020212921.shtml",
           "https://qz.zjol.com.cn/07qztk/system/2014/11/10/018665546.shtml"),
)
