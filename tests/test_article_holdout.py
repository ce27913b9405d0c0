"""Article extraction on pages written without reading the extractor (fixtures/articles-holdout/,
see its README), and the byline and date forms they carry, one small page each."""
import pytest

from archive.evaluate import evaluate
from crawler.sites import parse_article

from support import FIXTURES, TrafilaturaReference

TRUTH = FIXTURES / "articles-holdout" / "truth.jsonl"


pytestmark = pytest.mark.xdist_group("article-holdout")  # the set is evaluated once, on one worker


@pytest.fixture(scope="module")
def summary(request):
    """Beside trafilatura's body (its metadata is not compared here; its scores as in test_corpus)."""
    reference = TrafilaturaReference(request.config)
    result = evaluate(TRUTH, repeat=1, compare=True, compare_metadata=False, time_cases=False, reference=reference)
    reference.save()
    return result["summary"]


def test_holdout_targets(summary):
    ours, theirs = summary["govcases"], summary["trafilatura"]
    assert summary["pages"]["articles"] == 19  # every page parsed, none refused
    assert ours["body_f1"] >= theirs["body_f1"]
    assert ours["published_day"] >= 0.95
    assert ours["author_where_truth_has_one"] >= 0.90


def page(header: str, body: str, title="城区新增三条公交线路", footer="") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (f"<html><head><meta charset='utf-8'><title>{title}_示例晚报</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/bd/'>本地</a></div><h1>{title}</h1>{header}"
            f"<div class='content'>{paragraphs}</div><div class='footer'>{footer}</div></body></html>")


TEXT = ("市交通运输局近日发布消息，城区将新增三条公交线路，方便城东新区居民出行。\n"
        "新线路将于下月一日起试运营，首末班时间与现有线路保持一致。\n"
        "交通部门表示，将根据试运营期间的客流情况对站点设置作进一步调整。")


@pytest.mark.parametrize("header, body, expected", [
    ("<div class='info'>2021-05-06 08:30 来源：示例晚报</div>", "记者 周文斌\n" + TEXT, ["周文斌"]),
    ("<div class='info'>2021-05-06 08:30</div>", "本报记者 孙立 何佳\n" + TEXT, ["孙立", "何佳"]),
    ("<div class='info'>2021-05-06 08:30</div>", TEXT + "（记者 邓晓川）", ["邓晓川"]),
    ("<div class='info'>2021-05-06 08:30 来源：示例晚报 蒋雨/文</div>", TEXT, ["蒋雨"]),
    ("<div class='info'>2011-03-05 08:12 [ 曹建平 ] 来源：示例日报</div>", TEXT, ["曹建平"]),
    ("<table><tr><td>作者：</td><td>青山依旧 提交日期：2008-6-12 9:41:00</td></tr></table>", TEXT, ["青山依旧"]),
    ("<div class='info'>2021-05-06</div>", TEXT + "\n执笔人：钟明 任晓燕", ["钟明", "任晓燕"]),
    ("<div class='threadinfo'>本贴由 老街坊 于 2009-5-3 10:22 发表</div>", TEXT, ["老街坊"]),
    ("<div class='info'>2021-05-06 08:30 来源：新京报 作者：新京报 举报 缩小字体 放大字体</div>", TEXT, None),
    ("<div class='info'>2021-05-06 作者：本站 来源：网络</div>", TEXT, None),
    ("<div class='info'>2021-05-06</div>", TEXT + "\n责任编辑：郑海", None),
])
def test_byline_forms(header, body, expected):
    assert parse_article(page(header, body), "https://news.example.org/a/1.html")["authors"] == expected


def test_a_blog_with_no_byline_is_its_owners():
    html = page("<div class='blogtitle'>韩立新的博客</div><div class='info'>(2012-04-07 21:16:35)</div>", TEXT,
                title="雨天去菜市场")
    assert parse_article(html, None)["authors"] == ["韩立新"]


def test_a_copyright_year_is_not_the_date():
    html = page("<div class='info'>来源：示例晚报</div>", TEXT, footer="Copyright © 2004-2021 示例晚报 版权所有")
    assert parse_article(html, None)["published_at"] is None
