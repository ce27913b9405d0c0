"""Shape: category subheadings, each followed by a ranked line 1.甲 2.乙 3.丙."""
import pytest

from crawler.parsers.cases import extract_cases

from cases_helpers import expected, parse_page


@pytest.fixture(scope="module")
def found():
    return parse_page("ranked.html")


def test_names_categories_ranks(found):
    got = [(c["category"], c["rank"], c["name"]) for c in found["cases"]]
    assert got == [(e["category"], e["rank"], e["name"]) for e in expected("ranked.html")]


def test_category_on_the_same_line():
    text = ("2015年甘肃政务新媒体排行榜发布。\n"
            "城市类：1.兰州市“兰州发布” 2.天水市“天水发布” 3.酒泉市“酒泉发布”\n"
            "公安类：1.甘肃省公安厅“甘肃公安” 2.兰州市公安局“平安兰州”")
    cases = extract_cases(text)["cases"]
    assert [(c["category"], c["rank"]) for c in cases] == [("城市类", 1), ("城市类", 2), ("城市类", 3), ("公安类", 1), ("公安类", 2)]
    assert cases[3]["agency"] == "甘肃省公安厅" and cases[3]["province"] == "甘肃省"
