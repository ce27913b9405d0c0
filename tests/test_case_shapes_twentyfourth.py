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


def test_a_place_header_beside_an_unknown_word_under_a_caption_naming_the_list():
    """New: a caption row merged across the table (…实施名单（部分）) over | 省份 | 地理标志 | and rows of a
    province and a product: the unknown word heads the names (every row below holds a place under
    省份), and the caption names the list the table holds."""
    rows = [("北京市", "昌平草莓"), ("天津市", "七里海河蟹"), ("河北省", "迁西板栗"), ("安徽省", "黄山毛峰茶"),
            ("山东省", "金乡大蒜")]
    table = ("<table><tr><td colspan='2'>2024年地理标志保护工程项目实施名单（部分）</td></tr>" + _row(["省份", "地理标志"])
             + "".join(_row(list(r)) for r in rows) + "</table>")
    body = ("<p>国家知识产权局日前公布了年度地理标志保护工程项目，公开报道中提及的项目整理如下，并非全部。</p>" + table)
    found = page(body, "地理标志保护工程").cases
    assert [(c["name"], c["province"]) for c in found] == [(n, p) for p, n in rows]


def test_places_ranked_by_number_are_not_read_as_a_place_and_its_name():
    """New: | 总排名 | 城市 | over | 1 | 广州 |: a rank header beside a place header — the places are the
    names, the header row none of them, and the number column their ranks."""
    rows = [("1", "广州"), ("2", "北京"), ("3", "深圳"), ("4", "成都"), ("5", "上海")]
    table = "<table>" + _row(["总排名", "城市"]) + "".join(_row(list(r)) for r in rows) + "</table>"
    body = "<p>报告发布了城市会展业竞争力指数排名，前五位城市如下：</p>" + table
    found = page(body, "2022年中国城市会展业竞争力指数报告发布").cases
    assert [c["name"] for c in found] == [n for _, n in rows]
