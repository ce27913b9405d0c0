"""Shapes met again in the hold-out sets during the eleventh session of 2026-12-01, each in lines
of our own wording (facts from public lists). Each test says what it guards; "new" ones failed on
the session's starting code (8b08839), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def brief(found):
    return [(c["name"], c["category"], c["agency"]) for c in found]


def test_labels_in_brackets_each_over_one_body_and_its_quoted_name():
    """New: 【十佳文化品牌】 / 单位：“名称” / 【优秀文化品牌】 / 单位：“名称” — each label is its line's
    category, never a case of its own."""
    found = cases("第四届全国检察机关文化品牌评选结果日前公布。",
                  "【十佳文化品牌】", "四川省泸州市检察院：“纳爱”",
                  "【优秀文化品牌】", "浙江省湖州市吴兴区检察院：“吾心家本”",
                  "本文资料来自公开报道。", title="检察文化品牌评选结果")
    assert brief(found) == [("“纳爱”", "十佳文化品牌", "四川省泸州市检察院"),
                            ("“吾心家本”", "优秀文化品牌", "浙江省湖州市吴兴区检察院")]


def test_two_quoted_names_apart_by_a_space_under_a_label():
    """New: 【全国十佳】 over “南京检察” “福州检察” (a space between, or 、): the label's two winners."""
    for line in ("“南京检察” “福州检察”", "“南京检察”、“福州检察”", "“南京检察”　“福州检察”"):
        found = cases("2015年度全国检察新媒体评选结果揭晓，微博、微信等五类各评十佳。", "【全国十佳】", line,
                      "前者为十佳检察微博，后者为十佳检察微信。", title="检察新媒体评选结果发布")
        assert brief(found) == [("“南京检察”", "全国十佳", "南京"), ("“福州检察”", "全国十佳", "福州")], line


def test_two_quoted_slogans_in_prose_stay_no_list():
    """Two quoted words on a line under no label are no pair of winners: “一网通办” “一网统管”."""
    found = cases("上海近年推进两张网建设，评选结果揭晓前举行了交流会。", "“一网通办” “一网统管”",
                  "两张网的建设经验在会上作了交流。", title="两张网建设交流会举行")
    assert found == []


def test_a_row_across_the_table_is_the_category_of_rows_whose_column_gives_their_kind():
    """New: | 城市 | 类型 | 全国名次 | with rows | 创新领先类（分数线79.91） | | | over them: the row printed
    across the table is their category (its score line dropped), not the 类型 column's 地级; a
    footnote's mark after a name (深圳市①) is no part of it."""
    found = cases("课题组按分数段把地级行政区划为创新领先、积极追赶等四类，评价结果如下。",
                  "| 城市 | 类型 | 全国名次 |", "|---|---|---|",
                  "| 创新领先类（分数线79.91） |  |  |",
                  "| 深圳市① | 副省级/省会 | 2 |", "| 成都市 | 副省级/省会 | — |", "| 阳江市② | 地级 | 1 |",
                  "| 积极追赶类 |  |  |",
                  "| 铜川市 | 地级 | 50 |",
                  "① 该市获A+等级评价。", "② 该市获A-等级评价。",
                  title="地方政府互联网服务能力评价（2019）结果")
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("深圳市", "创新领先类", 2), ("成都市", "创新领先类", None), ("阳江市", "创新领先类", 1), ("铜川市", "积极追赶类", 50)]


def test_a_prize_column_stays_each_rows_category_under_a_row_across_the_table():
    """A 奖项 column of prizes (一等奖) is the row's own category even under a row across the table."""
    found = cases("第三届政务新媒体评选获奖名单如下。",
                  "| 奖项 | 账号名称 | 主办单位 |", "|---|---|---|",
                  "| 省直部门 |  |  |",
                  "| 一等奖 | “浙江公安” | 浙江省公安厅 |", "| 二等奖 | “浙江卫生健康” | 浙江省卫生健康委员会 |",
                  "| 二等奖 | “浙江交通” | 浙江省交通运输厅 |",
                  title="第三届政务新媒体评选获奖名单公布")
    assert [c["category"] for c in found] == ["一等奖", "二等奖", "二等奖"]


def test_circled_numbers_leading_items_are_markers_not_footnotes():
    """①甲 ②乙 on one line: the numbers lead the names (the footnote rule takes only a mark after one)."""
    found = cases("本届评选的三个最佳案例（编号不代表名次）：",
                  "①“浙里办” ②“粤省事” ③“随申办”", title="最佳案例名单公布")
    assert [c["name"] for c in found] == ["“浙里办”", "“粤省事”", "“随申办”"]
