"""Shapes met in the hold-out sets during the twenty-third session of 2026-12-02, each in pages of our
own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (2ec061e), the others guard a widening that came with them."""
from cases_helpers import shape_page, table_row as _row
from crawler.parsers.cases import extract_cases


def page(body: str, title: str):
    return shape_page(body, title, "科创信息网", ("gz", "工作动态"))


def test_one_header_cell_naming_two_columns_is_split_back_into_two():
    """New: | 名称 所在地 | over | 甲中心 北京市 | — two columns printed in one cell, the header's two
    words apart by a space: the first value is the case, the second its place (a national centre the
    column places gets that province)."""
    rows = [("京津冀国家技术创新中心", "北京市", "综合类"), ("长三角国家技术创新中心", "上海市", "综合类"),
            ("国家新能源汽车技术创新中心", "北京市", "领域类"), ("国家高速列车技术创新中心", "山东省青岛市", "领域类"),
            ("国家生物药技术创新中心", "江苏省苏州市", "领域类")]
    table = "<table>" + _row(["序号", "名称 所在地", "类型"]) + "".join(
        _row([str(k), f"{n} {p}", t]) for k, (n, p, t) in enumerate(rows, 1)) + "</table>"
    body = "<p>已批复建设的国家技术创新中心部分名单整理如下，顺序不代表排名：</p>" + table
    found = page(body, "已批复建设的国家技术创新中心（部分）").cases
    assert [(c["name"], c["province"]) for c in found] == [
        ("京津冀国家技术创新中心", "北京市"), ("长三角国家技术创新中心", "上海市"), ("国家新能源汽车技术创新中心", "北京市"),
        ("国家高速列车技术创新中心", "山东省"), ("国家生物药技术创新中心", "江苏省")]


def test_a_slash_between_two_header_words_splits_the_column_the_same_way():
    """New: | 作品名称/报送单位 | over | 《甲》/乙台 |: the work is the case, the body after the slash its agency."""
    rows = [("《山海情》", "东阳正午阳光影视有限公司"), ("《跨过鸭绿江》", "中央广播电视总台"),
            ("《觉醒年代》", "北京北广传媒影视股份有限公司"), ("《功勋》", "浙江华策影视股份有限公司")]
    table = "<table>" + _row(["序号", "作品名称/报送单位"]) + "".join(
        _row([str(k), f"{n}/{a}"]) for k, (n, a) in enumerate(rows, 1)) + "</table>"
    body = "<p>经专家评审，以下电视剧作品入围本届飞天奖：</p>" + table
    found = page(body, "第33届电视剧飞天奖入围作品公布").cases
    assert [(c["name"], c["agency"]) for c in found] == list(rows)
