"""Shape: numbered lines, `1. 单位：案例名称` and `（一）名称` followed by a description."""
import pytest

from cases_helpers import expected, parse_page


@pytest.fixture(scope="module")
def unit_colon():
    return parse_page("numbered.html")


@pytest.fixture(scope="module")
def paren():
    return parse_page("numbered-paren.html")


def test_unit_colon_name(unit_colon):
    got = [(c["agency"], c["name"]) for c in unit_colon["cases"]]
    assert got == [(e["agency"], e["name"]) for e in expected("numbered.html")]


def test_numbers_are_not_ranks_when_the_page_says_the_order_is_alphabetical(unit_colon):
    # the page: 以上案例按首字拼音排序 — the printed order stays in ``position``
    assert [c["rank"] for c in unit_colon["cases"]] == [None] * 10
    assert [c["position"] for c in unit_colon["cases"]] == list(range(1, 11))


def test_chinese_numbered_headings(paren):
    assert [c["name"] for c in paren["cases"]] == [e["name"] for e in expected("numbered-paren.html")]
    assert [c["rank"] for c in paren["cases"]] == list(range(1, 11))


def test_description_under_the_heading_and_its_dates(paren):
    first = paren["cases"][0]
    assert first["description"].startswith("广东省潮州市地税局“支付宝缴税”于2016年4月12日推出")
    assert [d["value"] for d in first["dates"]] == ["2016-04-12"]
    assert [d["qualifier"] for d in paren["cases"][6]["dates"]] == ["年初"]
