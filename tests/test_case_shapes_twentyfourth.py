"""Shapes met in the hold-out sets during the twenty-fourth session of 2026-12-02, each in pages of our
own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (46e5580), the others guard a widening that came with them."""
from cases_helpers import shape_page, table_row as _row
from crawler.parsers.cases import extract_cases


def page(body: str, title: str):
    return shape_page(body, title, "科创信息网", ("gz", "工作动态"))


def test_a_cell_holding_a_name_a_dash_and_its_body_gives_the_body_as_agency():
    """New: | 中国专利金奖 | “一种高速轨道车辆转向架”——中车四方股份 | — an award's label, then the work and the
    firm that holds it after a dash (a listed firm's short name …股份 is a body)."""
    rows = [("中国专利金奖", "“一种高速轨道车辆转向架”", "中车四方股份"),
            ("中国外观设计金奖", "“轨道车辆车头（2018-02）”", "中车四方股份"),
            ("中国专利银奖", "“一种钛酸锂复合材料及其制备方法”", "银隆新能源股份")]
    table = "<table>" + "".join(_row([a, f"{n}——{b}"]) for a, n, b in rows) + "</table>"
    body = "<p>第二十二届中国专利奖评选结果日前揭晓，本地企业获奖情况如下：</p>" + table
    found = page(body, "我市企业获第二十二届中国专利奖").cases
    assert [(c["name"], c["agency"]) for c in found] == [(n, b) for _, n, b in rows]
