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


def test_a_second_section_holding_fewer_names_than_its_label_counts_is_still_the_list():
    """New: 一、…名单（5个） over five lines (taken), 二、…名单（8个） over four lines and a note that the rest
    did not load: the second section is the list's too, its label's count the list's, not the page's."""
    first = ["清潩河（许昌市城区段）", "贾鲁河（郑州市中牟县段）", "淇河（鹤壁市淇滨区段）", "涧河（洛阳市西工区段）", "唐河（南阳市唐河县段）"]
    second = ["颍河（许昌市禹州市白沙水库至褚河桥段）", "沙颍河（周口市川汇区城区段）", "北汝河（平顶山市郏县城区段）", "史灌河（信阳市固始县城区段）"]
    body = ("<p>经两厅共同评定，现将本年度省级美丽河湖名单公布如下。</p><p><b>一、省级美丽幸福河名单（5个）</b></p>"
            + "".join(f"<p>{n}</p>" for n in first) + "<p><b>二、省级美丽幸福湖库名单（8个）</b></p>"
            + "".join(f"<p>{n}</p>" for n in second) + "<p>（转载时原件第二部分后四项未能显示。）</p>"
            "<p>各地要加强已建成河湖的日常管护。</p>")
    found = page(body, "关于公布本年度省级美丽幸福河湖名单的通知").cases
    assert [c["name"] for c in found] == first + second


def test_a_site_in_brackets_like_its_siblings_stays_in_the_name():
    """New: 黄河（焦作市孟州市段） … 石漫滩水库（平顶山市舞钢市）: where the run's names keep the stretch or
    site in brackets, a bracket that happens to be a county is the same kind of note, not the agency."""
    names = ["伊河（洛阳市栾川县城区段）", "金堤河（濮阳市台前县中下游段）", "蟒河（济源市城区段）", "石漫滩水库（平顶山市舞钢市）",
             "浉河（信阳市城区段）"]
    body = ("<p>以下河湖获评省级美丽幸福河湖（5个）：</p>" + "".join(f"<p>{n}</p>" for n in names)
            + "<p>名单中所列河段由所在地河长负责管护。</p>")
    found = page(body, "省级美丽幸福河湖名单公布").cases
    assert [c["name"] for c in found] == names
    assert not any(c["agency"] == "平顶山市舞钢市" for c in found)
