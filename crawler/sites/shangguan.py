"""上观新闻 (jfdaily.com, shobserver.com): the founding source.

Parsing half (pure): the old server-rendered article template (about 2016–2020) and the JSON
behind the newer JavaScript pages (``/news/getNewsDetail?id=N``); every URL shape of one article
id reduces to ``https://www.jfdaily.com/news/detail?id=N``. Discovery: channel list pages
``/news/sublist?section=N&page=N`` followed by their 下一页 link (``crawler/spiders/shangguan.py``).
What is known of the site is in ``../shared/sites/shangguan.md``.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from crawler.parsers.dates import BEIJING, parse_datetime
from crawler.parsers.html import block_lines, clean_line, selector_for

from . import NotAnArticle, Site

# --- 上观新闻 (jfdaily.com / shobserver.com) ------------------------------------

SHANGGUAN_HOSTS = re.compile(r"(?:^|\.)(?:jfdaily\.com(?:\.cn)?|shobserver\.(?:com|cn))$")
SHANGGUAN_CANONICAL = "https://www.jfdaily.com/news/detail?id={id}"

# The old server-rendered template (about 2016–2020), kept together so a redesign
# is one place to change.
SHANGGUAN_OLD = {
    "breadcrumb": "div.weizhi",
    "title": "div.wz_contents",
    "byline": "div.fenxiang_zz",
    "byline_parts": "div.fenxiang_zz > span",
    "summary": "div.wz_contents1 > div:first-child",
    "body": "#newscontents, div.newscontents",
    "drop": "div.news-edit-info, script, style",
}
SHANGGUAN_TITLE_SEPARATOR = re.compile(r"\s*(?:--|—|_|\|)\s*")
_LABEL = re.compile(r"^\s*(来源|作者|记者|摘要)\s*[:：]\s*")
_BREADCRUMB_SKIP = {"文章详情", "正文", "首页", "我的位置", "当前位置"}


def shangguan_id(url: str | None) -> str | None:
    """The article id of any jfdaily/shobserver URL shape, or None."""
    if not url:
        return None
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    if query.get("id") and query["id"][0].isdecimal():
        return query["id"][0]
    m = re.search(r"/zaker/html/(\d+)\.html$", parts.path)
    return m.group(1) if m else None


def canonical_url(url: str) -> str:
    """One URL per article: share links, mobile and second domains (and a mirror of the site,
    the tests' and benchmarks') collapse to jfdaily.com."""
    article_id = shangguan_id(url)
    if article_id and not urlsplit(url).path.startswith(("/news/getNewsDetail",)):
        return SHANGGUAN_CANONICAL.format(id=article_id)
    return url.split("#", 1)[0]


def _first_text(sel, css: str) -> str | None:
    node = sel.css(css)
    if not node:
        return None
    lines = block_lines(node[0].root)
    return lines[0] if lines else None


def _labelled(text: str, label: str) -> str | None:
    m = re.search(rf"{label}\s*[:：]\s*([^\s:：]+(?:\s[^\s:：\d][^\s:：]*)*?)(?=\s*(?:来源|作者|记者|编辑|\d{{4}}-|$))", text)
    return m.group(1).strip() if m else None


def _labelled_block(sel, label: str) -> str | None:
    """Text of the innermost block that starts with ``label:`` (摘要：…), label removed."""
    nodes = sel.xpath(
        f"//body//*[self::div or self::p or self::section][starts-with(normalize-space(string(.)), '{label}')]"
    )
    for node in reversed(nodes):  # document order: the innermost match comes last
        text = clean_line(" ".join(node.css("::text").getall()))
        if _LABEL.match(text) and len(text) < 1000:
            return _LABEL.sub("", text) or None
    return None


def parse_shangguan_old(html: str, url: str | None = None) -> dict | None:
    """The old 上观 article template, or None when the page is not in it."""
    sel = selector_for(html, url)
    body = sel.css(SHANGGUAN_OLD["body"])
    if not body:
        return None
    title = _first_text(sel, SHANGGUAN_OLD["title"])
    if not title:
        page_title = sel.css("title::text").get() or ""
        title = SHANGGUAN_TITLE_SEPARATOR.split(page_title.strip())[0] or None

    source = author = None
    for span in sel.css(SHANGGUAN_OLD["byline_parts"]):
        span_text = clean_line(" ".join(span.css("::text").getall()))
        m = _LABEL.match(span_text)
        if m and m.group(1) == "来源":
            source = span_text[m.end():].strip() or None
        elif m and m.group(1) in ("作者", "记者"):
            author = span_text[m.end():].strip() or None
    byline_text = clean_line(" ".join(sel.css(f"{SHANGGUAN_OLD['byline']} ::text").getall()))
    source = source or _labelled(byline_text, "来源")
    author = author or _labelled(byline_text, "作者")
    published_at, precision = parse_datetime(byline_text)

    summary = None
    summary_node = sel.css(SHANGGUAN_OLD["summary"])
    if summary_node:
        summary_text = clean_line(" ".join(summary_node[0].css("::text").getall()))
        summary = _LABEL.sub("", summary_text) or None

    if not summary:
        summary = _labelled_block(sel, "摘要")

    breadcrumb = sel.css(SHANGGUAN_OLD["breadcrumb"])
    section_path: list[str] = []
    if breadcrumb:
        links = [clean_line(t) for t in breadcrumb[0].css("a ::text").getall()]
        section_path = [t for t in links if t and t not in _BREADCRUMB_SKIP]
        if not section_path:
            crumb = clean_line(" ".join(breadcrumb[0].css("::text").getall()))
            crumb = re.sub(r"^.*?[:：]", "", crumb)
            section_path = [p.strip() for p in re.split(r"[>›»]", crumb) if p.strip() and p.strip() not in _BREADCRUMB_SKIP]

    drop = set()
    for css in SHANGGUAN_OLD["drop"].split(","):
        drop.update(n.root for n in body[0].css(css.strip()))
    lines = block_lines(body[0].root, drop=drop)
    if not title or not lines:
        return None
    return {
        "url": canonical_url(url) if url else None,
        "title": title,
        "author": author,
        "authors": [author] if author else None,
        "source": source,
        "published_at": published_at,
        "published_precision": precision,
        "summary": summary,
        "channel": section_path[-1] if section_path else None,
        "section_path": section_path,
        "text": "\n".join(lines),
        "parser": "shangguan-old",
    }


# --- 上观 JSON (newer site: /news/getNewsDetail?id=N) -----------------------------

SHANGGUAN_JSON_URL = "{base}/news/getNewsDetail?id={id}"
# The JSON shape is known from public scraper code only (../shared/sites/shangguan.md):
# members-only pieces cannot be read, and other newstypes are galleries and videos.
SHANGGUAN_MEMBER_ONLY = {"1", 1, True}
SHANGGUAN_ARTICLE_TYPES = {None, "", "0", "1", 0, 1}


def looks_like_template_shell(html: str) -> bool:
    """The newer 上观 pages are filled by JavaScript: unrendered, they hold only {{placeholders}}."""
    return "{{title}}" in html or "{{ title }}" in html or "{{detail}}" in html


def parse_shangguan_json(text: str, url: str | None = None) -> dict | None:
    """A getNewsDetail answer; None when it is not that shape, NotAnArticle when it is but holds none."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    obj = data.get("object") if isinstance(data, dict) else None
    if not isinstance(obj, dict) or not ("title" in obj or "detail" in obj):
        return None
    if data.get("success") is False:
        raise NotAnArticle("the site answered success=false")
    if obj.get("ismember") in SHANGGUAN_MEMBER_ONLY:
        raise NotAnArticle("members-only article")
    if obj.get("newstype") not in SHANGGUAN_ARTICLE_TYPES:
        raise NotAnArticle(f"newstype {obj.get('newstype')!r} is not an article")
    detail = obj.get("detail") or ""
    lines = block_lines(selector_for(f"<div>{detail}</div>").css("div")[0].root) if detail.strip() else []
    published_at = precision = None
    stamp = obj.get("publishtime") or obj.get("addtime")
    if isinstance(stamp, (int, float)) or (isinstance(stamp, str) and stamp.isdecimal()):
        moment = datetime.fromtimestamp(int(stamp) / 1000, tz=BEIJING)
        published_at, precision = moment.isoformat(timespec="seconds"), "minute"
    elif isinstance(stamp, str):
        published_at, precision = parse_datetime(stamp)
    article_id = str(obj.get("id") or shangguan_id(url) or "")
    title = clean_line(obj.get("title") or "")
    if not title or not lines:
        return None
    return {
        "url": SHANGGUAN_CANONICAL.format(id=article_id) if article_id else url,
        "title": title,
        "author": clean_line(obj.get("author") or "") or None,
        "authors": None,
        "source": clean_line(obj.get("source") or "") or None,
        "published_at": published_at,
        "published_precision": precision,
        "summary": clean_line(obj.get("summary") or "") or None,
        "channel": None,
        "section_path": [],
        "text": "\n".join(lines),
        "parser": "shangguan-json",
    }


def is_shangguan_url(url: str | None) -> bool:
    return bool(url) and bool(SHANGGUAN_HOSTS.search((urlsplit(url).hostname or "").lower()))


def parse(html: str, url: str | None = None) -> dict | None:
    """The JSON answer or the old template, by what the page is; None when neither matches."""
    if html.lstrip().startswith("{"):
        return parse_shangguan_json(html, url)
    return parse_shangguan_old(html, url)


def json_url(url: str) -> str | None:
    """Where the content of a JavaScript-shell article page is: its getNewsDetail answer."""
    article_id = shangguan_id(url)
    if not article_id:
        return None
    parts = urlsplit(url)
    return SHANGGUAN_JSON_URL.format(base=f"{parts.scheme}://{parts.netloc}", id=article_id)


SITE = Site(
    slug="shangguan",
    name="上观新闻",
    hosts=("jfdaily.com", "jfdaily.com.cn", "shobserver.com", "shobserver.cn"),
    about=("解放日报's news site; reported the 2016中国网络理政十大创新案例 (the founding article, id 40036). "
           "Old articles are server-rendered, newer ones a JavaScript shell over a JSON endpoint; members-only "
           "pieces and videos are skipped."),
    canonical=canonical_url,
    parser=parse,
    sniff=lambda html: "newscontents" in html or html.lstrip().startswith('{"'),
    shell=looks_like_template_shell,
    shell_follow=json_url,
    list_paths=("/news/sublist", "/news/list", "/news/homeMoreNews"),
    article_url=r"/news/detail\?id=\d+|/zaker/html/\d+\.html",
    start_urls=("https://www.jfdaily.com/news/sublist?section=82&page=1",),
    seeds=("https://www.jfdaily.com/news/detail?id=40036",),
)
