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
