"""复旦发展研究院 (fddi.fudan.edu.cn): the home of the 中国网络理政十大创新案例.

Why: its 传播与国家治理研究中心 (later 网络理政中心) released the 2016 list alone, then the yearly lists
and the 十大卓越案例 (2016–2021) with 人民日报社《民生周刊》杂志社 and 复旦大学新闻学院. Known from public
links (the site is not reachable from here): articles at ``/{hh}/{hh}/c{column}a{article}/page.htm``
(columns 18965, 19045, 20919, 21253, 21257; English under ``/fddien/``). Not confirmed on fddi: the
WebPlus template of other Fudan sites (``.arti_title``, ``.arti_update``, ``.wp_articlecontent``; older
skins ``.Article_*``) and column lists ``/{column}/list.htm``, ``list2.htm``… behind a 下一页 link.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.parsers.article import make_article
from crawler.parsers.dates import parse_datetime
from crawler.parsers.html import block_lines, clean_line, selector_for

from . import Site

_KEY = r"(?:_[st]\d+/)?(?P<site>fddien/)?(?P<key>(?:[0-9a-f]{2}/[0-9a-f]{2}|\d{4}/\d{4})/c\d+a\d+)/page\.(?:htm|psp)"
ARTICLE_PATH = re.compile(rf"^/{_KEY}$")
TEMPLATE = {"title": ".arti_title, .Article_Title", "metas": ".arti_metas, .arti_update, .Article_PublishDate",
            "body": ".wp_articlecontent, .Article_Content", "crumbs": ".col_path a::text, .position a::text"}
_LABELLED = r"{}\s*[:：]\s*(.+?)(?=\s*(?:作者|来源|发布者|发布时间|浏览次数|摄影|编辑)\s*[:：]|$)"


def canonical_url(url: str) -> str:
    """https, no ``_s``/``_t`` site prefix, page.htm for page.psp, no query or fragment."""
    m = ARTICLE_PATH.match(urlsplit(url).path)
    if not m:
        return url.split("#", 1)[0]
    return f"https://fddi.fudan.edu.cn/{m.group('site') or ''}{m.group('key')}/page.htm"


def _labelled(text: str, label: str) -> str | None:
    m = re.search(_LABELLED.format(label), text)
    return (m.group(1).strip() or None) if m else None


def parse(html: str, url: str | None = None) -> dict | None:
    """An article in the WebPlus template, or None (a list page, a redesign)."""
    sel = selector_for(html, url)
    body, title_node = sel.css(TEMPLATE["body"]), sel.css(TEMPLATE["title"])
    if not body or not title_node:
        return None
    title = clean_line(" ".join(title_node[0].css("::text").getall()))
    metas = clean_line(" ".join(sel.css(TEMPLATE["metas"])[:1].css("::text").getall()))
    published_at, precision = parse_datetime(metas)
    author = _labelled(metas, "作者")
    section_path = [t for t in map(clean_line, sel.css(TEMPLATE["crumbs"]).getall()) if t and t != "首页"]
    lines = block_lines(body[0].root)
    if not title or not lines:
        return None
    return make_article("fddi", canonical_url(url) if url else None, title, lines,
                        authors=[author] if author else None, source=_labelled(metas, "来源"),
                        published=(published_at, precision), section_path=section_path)


SITE = Site(
    slug="fddi",
    name="复旦发展研究院",
    hosts=("fddi.fudan.edu.cn",),
    about=("复旦发展研究院, organiser of the 中国网络理政十大创新案例 (yearly from 2016, later with 人民日报社《民生周刊》"
           "杂志社 and 复旦大学新闻学院) and the 十大卓越案例 (2016–2021). Confirmed from public links: WebPlus article URLs "
           "/{hh}/{hh}/c{column}a{id}/page.htm. Not confirmed (unreachable from here): the article template, the column "
           "list pages used as start URLs, any fddi address of a case-list release (so no seeds)."),
    canonical=canonical_url,
    parser=parse,
    list_paths=("/_web/", "/_upload/"),  # WebPlus search/system pages and attachments: never articles
    article_url=rf"/{_KEY}(?:$|[?#])",
    start_urls=tuple(f"https://fddi.fudan.edu.cn/{c}/list.htm" for c in (18965, 21253, 21257)),
    next_page_text="下一页",
    search_url=None,  # WebPlus search is a POST carrying a site-specific _p token
    seeds=(),
)
