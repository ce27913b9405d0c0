"""Shapes met in the hold-out sets during the twenty-first session of 2026-12-02, each in lines or pages
of our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (059f2ae), the others guard a widening that came with them."""
from crawler.sites import parse_page


def page(body: str, title: str):
    html = (f"<html><head><meta charset='utf-8'><title>{title}_商务信息港</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/gg'>公示公告</a> <a href='/zc'>政策</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='meta'>2024-07-02 09:30 来源：综合处</div>{body}</div>"
            "<div class='footer'>版权所有 商务信息港</div></body></html>")
    return parse_page(None, html.encode("utf-8"))


def _row(cells, tag="td"):
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def test_a_place_column_beside_a_names_column_places_each_row():
    """New: | 注册商标 | 企业名称 | 城市 | — a header whose only known word is 企业名称: the city column is
    where each enterprise lies (a header, not a first row), the enterprise the case."""
    rows = [("狗不理", "狗不理集团股份有限公司", "天津"), ("桂发祥", "天津桂发祥十八街麻花食品股份有限公司", "天津"),
            ("耳朵眼", "天津市耳朵眼炸糕餐饮有限公司", "天津")]
    body = ("<p>经企业申报、区商务部门推荐和专家评审，拟推荐以下企业参加中华老字号认定，现予公示。</p><table>"
            + _row(("注册商标", "企业名称", "城市"), "th") + "".join(_row(r) for r in rows) + "</table>"
            "<p>公示期五个工作日。</p>")
    found = page(body, "关于中华老字号拟推荐企业名单的公示").cases
    assert [c["name"] for c in found] == [r[1] for r in rows]
    assert {c["province"] for c in found} == {"天津市"}
