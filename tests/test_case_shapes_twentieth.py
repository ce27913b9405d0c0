"""Shapes met in the hold-out sets during the twentieth session of 2026-12-01, each in lines or pages of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (1c9dbba), the others guard a widening that came with them."""
from crawler.sites import parse_page


def page(body: str, title: str):
    html = (f"<html><head><meta charset='utf-8'><title>{title}_社区教育资料库</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/zlk'>资料库</a> <a href='/tz'>通知公告</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='meta'>2024-05-20 10:00 来源：资料室</div>{body}</div>"
            "<div class='footer'>版权所有 社区教育资料库</div></body></html>")
    return parse_page(None, html.encode("utf-8"))


def _row(cells, tag="td"):
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def test_a_table_turned_on_its_side_is_read_column_by_column():
    """New: | 示范区 | 甲 | 乙 | … over | 所在省份 | … | and | 序号 | … |, printed again for the next
    names (a 续表): each column one case, its province from the column, the sentence handing the table
    over (下表按…列出：) no category."""
    first = [("示范区", "上海市徐汇区", "上海市闵行区", "浙江省杭州市下城区", "浙江省宁波市江北区"),
             ("所在省份", "上海", "上海", "浙江", "浙江"), ("序号", "1", "2", "3", "4")]
    second = [("示范区", "安徽省合肥市庐阳区", "福建省厦门市思明区", "山东省青岛市市南区", "湖北省武汉市江汉区"),
              ("所在省份", "安徽", "福建", "山东", "湖北"), ("序号", "5", "6", "7", "8")]
    body = ("<p>教育部公布了第三批全国社区教育示范区名单。为方便比对，资料室把名单排成横表，每列一个示范区，序号只是通知中的顺序。</p>"
            "<p>下表按通知顺序列出：</p><table>" + "".join(_row(r) for r in first) + "</table>"
            "<table><caption>续表</caption>" + "".join(_row(r) for r in second) + "</table>"
            "<p>说明：名称照录通知原文。</p>")
    found = page(body, "第三批全国社区教育示范区名单（横表）").cases
    names = [r for r in first[0][1:]] + [r for r in second[0][1:]]
    assert [c["name"] for c in found] == names
    assert [c["province"] for c in found][:3] == ["上海市", "上海市", "浙江省"]
    assert not any(c["category"] for c in found) and not any(c["rank"] for c in found)


def test_a_header_on_top_with_boards_down_the_side_is_not_turned():
    """Guard: | 榜单 | 省级榜 | 市级榜 | over | 微博榜 | 甲 | 乙 |: the header is the top row; each row's
    winners are cases under the row's board, not a turned table."""
    rows = [("榜单", "省级榜", "市级榜", "县级榜"), ("微博榜", "浙江省检察院", "宁波市检察院", "余姚市检察院"),
            ("微信榜", "江苏省检察院", "南京市检察院", "江阴市检察院")]
    body = "<p>年度检察新媒体榜单揭晓，各榜第一名如下。</p><table>" + "".join(_row(r) for r in rows) + "</table>"
    found = page(body, "年度检察新媒体榜单揭晓").cases
    assert {c["name"] for c in found} >= {"浙江省检察院", "宁波市检察院", "江苏省检察院"}
