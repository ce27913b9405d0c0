"""Shapes met again in the hold-out sets during the ninth session of 2026-11-30, each in lines of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (b6def2d), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def test_a_headerless_table_counted_from_one_under_the_sentence_that_ranks_it():
    """New: | 1 | 武汉 | 90.1分 | under 武汉…位居第一，成都、西安位列其后, on a page whose title says
    who came first (首位): the table's count is the rank, its short city names are the cases."""
    found = cases("《2019年城市政务服务指数报告》近日发布，报告考察了15个副省级城市。",
                  "副省级城市政务服务竞争力",
                  "武汉以90.1分位居副省级城市第一，成都、西安位列其后。",
                  "| 1 | 武汉 | 90.1分 |",
                  "| 2 | 成都 | 88.6分 |",
                  "| 3 | 西安 | 87.9分 |",
                  "其余城市的得分将在报告全文中公布。",
                  title="城市政务服务指数报告发布 武汉居副省级城市首位")
    assert [(c["name"], c["rank"]) for c in found] == [("武汉", 1), ("成都", 2), ("西安", 3)]


def test_a_table_of_indicators_and_their_values_names_no_case():
    """| 指标 | 数值 | 说明 | over its |---| rule: one place's figures, however its title ranks it
    (a title's 首位 now says a page is about a ranking)."""
    found = cases("在2015年度信息化发展指数评估中，北京以108.6分排在全国首位。",
                  "| 指标 | 数值 | 说明 |",
                  "|---|---|---|",
                  "| 信息化发展指数 | 108.6 | 全国第一 |",
                  "| 网络就绪度指数 | 115.2 | 一级指标 |",
                  "| 固定宽带普及率 | 61.3% | 数据举例 |",
                  title="数说北京信息化：总分居全国首位")
    assert found == []


def test_the_next_section_under_an_unnumbered_heading_of_its_own():
    """New: 省级政府前三 over ranked lines, then the heading 直辖市政府 over - 天津 / - 重庆 / - 上海:
    the second section's short names are cases of the same list, though nothing above them says so."""
    found = cases("《2022年网上政府创新发展报告》近日在北京发布，部委、省级和直辖市的排名如下。",
                  "省级政府前三",
                  "第1名　浙江",
                  "第2名　广东",
                  "第3名　江苏",
                  "直辖市政府",
                  "- 天津",
                  "- 重庆",
                  "- 上海",
                  "地市级的排名将另行发布。",
                  title="《2022年网上政府创新发展报告》发布")
    assert [c["name"] for c in found] == ["浙江", "广东", "江苏", "天津", "重庆", "上海"]
    assert {c["category"] for c in found[3:]} == {"直辖市政府"}


def test_a_ruled_header_naming_the_winners_column_and_the_honours_column():
    """New: | 荣誉 | 年份 | 获奖账号 | over its rule: the account is each row's name, the honour its
    category; the header row is no case."""
    found = cases("近年来，这一账号还获得过以下荣誉：",
                  "| 荣誉 | 年份 | 获奖账号 |",
                  "|---|---|---|",
                  "| 十佳政务微博 | 2017 | 无锡发布 |",
                  "| 最具影响力政务新媒体 | 2019 | 无锡发布 |",
                  title="“无锡发布”入选年度政务新媒体优秀案例")
    assert [(c["name"], c["category"]) for c in found] == [
        ("无锡发布", "十佳政务微博"), ("无锡发布", "最具影响力政务新媒体")]


def test_several_places_after_the_body_that_put_them_forward():
    """New: 宜春市：樟树市、袁州区 under 一、综合试点 — each place a case, the city its agency; a
    note in brackets after a place (（茶叶）) is no part of its name."""
    found = cases("江西省数字乡村试点名单",
                  "一、综合试点",
                  "（5个）",
                  "赣州市：信丰县",
                  "宜春市：樟树市、袁州区",
                  "上饶市：婺源县（茶叶）、万年县（稻米）",
                  title="关于公布江西省数字乡村试点名单的通知")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("信丰县", "赣州市"), ("樟树市", "宜春市"), ("袁州区", "宜春市"), ("婺源县", "上饶市"), ("万年县", "上饶市")]
