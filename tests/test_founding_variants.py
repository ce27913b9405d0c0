"""The founding article in markups the parser was not written against.

Built at test time from the published text in ../shared/seed (not shipped with a
clone, so these skip there): different byline punctuation, <br>-separated paragraphs,
headings in <h3> or bare lines, the editorial note inside the body, no title div.
"""
import html

import pytest

from crawler.sites import parse_article
from crawler.parsers.cases import extract_cases

from support import SEED, require_shared

from test_founding_cases import EXPECTED


def seed_parts():
    require_shared(SEED)
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n")]
    start = next(i for i, line in enumerate(lines) if line.startswith("“网络理政”时代"))
    end = next(i for i, line in enumerate(lines) if line.startswith("(本文首发于上观"))
    body = [line for line in lines[start:end] if line]
    summary = next(line for line in lines if line.startswith("摘要:"))
    return body, summary, lines[end]


def chrome(inner: str, head_title: str) -> str:
    return f"""<html><head><meta charset="gb2312"><title>{head_title}</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/sublist?section=82">天下</a></li></ul>
{inner}
<div class="xgwz">相关文章 <a href="/news/detail?id=1">另一篇文章</a></div>
<div class="footer">关注我们 客户端下载 举报中心</div></body></html>"""


def variant_br(body, summary, note):
    paragraphs = "<br/>\n".join(html.escape(line) for line in body)
    inner = f"""<div class="weizhi">当前位置：<a href="/">天下</a> › <a href="/x">话媒堂</a></div>
<div class="fenxiang_zz">来源：上观新闻　作者：上官网儿　2016-12-22 16:20</div>
<div class="wz_contents1"><div><b>{html.escape(summary[:3])}</b>{html.escape(summary[3:])}</div></div>
<div class="newscontents">{paragraphs}<br/>{html.escape(note)}</div>"""
    return chrome(inner, "这10个案例,引领中国“网络理政”新方向--上观新闻")


def variant_h3(body, summary, note):
    parts = []
    for line in body:
        heading = len(line) < 45 and "。" not in line and "?" not in line and "，" not in line and "," not in line
        tag = "h3" if heading else "p"
        parts.append(f"<{tag}><span style='font-size:16px'>{html.escape(line)}</span></{tag}><p><br></p>")
    inner = f"""<div class="weizhi">我的位置: <a href="/">天下</a> &gt; <a href="/y">话媒堂</a> &gt; 文章详情</div>
<div class="wz_contents"><h1>这10个案例,引领中国“网络理政”新方向</h1><span class="share">分享至</span></div>
<div class="fenxiang_zz"><span>来源:上观新闻</span><span>作者:上官网儿</span><span>2016-12-22 16:20</span></div>
<div class="abstract"><p><strong>摘要：</strong>{html.escape(summary[3:])}</p></div>
<div id="newscontents"><div class="inner">{''.join(parts)}<p>{html.escape(note)}</p></div></div>"""
    return chrome(inner, "上观")


@pytest.fixture(scope="module", params=[variant_br, variant_h3], ids=["br", "h3"])
def parsed(request):
    body, summary, note = seed_parts()
    page = request.param(body, summary, note)
    article = parse_article(page, "https://www.shobserver.com/news/detail?id=40036")
    return article, extract_cases(article["text"], article["title"], article["published_at"])


def test_metadata(parsed):
    article, _ = parsed
    assert (article["title"], article["source"], article["author"], article["published_at"], article["channel"]) == (
        "这10个案例,引领中国“网络理政”新方向", "上观新闻", "上官网儿", "2016-12-22T16:20:00+08:00", "话媒堂")


def test_summary(parsed):
    assert parsed[0]["summary"].startswith("从中华人民共和国商务部门户网站")


def test_ten_cases_with_agency_and_province(parsed):
    _, found = parsed
    got = [(c["position"], c["name"], c["agency"], c["province"]) for c in found["cases"]]
    assert got == [(row[0], row[1], row[2], row[3]) for row in EXPECTED]


def test_last_description_stops_before_the_editorial_note(parsed):
    _, found = parsed
    assert found["cases"][-1]["description"].endswith("其为我国商业贸易带来巨大贡献。")
