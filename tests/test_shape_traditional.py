"""Shape: an encyclopedia-style page in traditional characters (heading + paragraph)."""
import pytest

from cases_helpers import expected, parse_page


@pytest.fixture(scope="module")
def found():
    return parse_page("traditional.html")


def test_names_as_written(found):
    assert [c["name"] for c in found["cases"]] == [e["name"] for e in expected("traditional.html")]


def test_normalized_names_are_simplified(found):
    assert found["cases"][0]["name_normalized"] == "广东省潮州市地税局支付宝缴税"


def test_regions_agencies_dates(found):
    for case, truth in zip(found["cases"], expected("traditional.html")):
        assert (case["agency"], case["province"]) == (truth["agency"], truth["province"])
        assert ([d["value"] for d in case["dates"]] == [truth["date"]]) if truth["date"] else not case["dates"]


def test_list_name_is_simplified(found):
    assert found["lists"][0]["name"] == "2016中国网络理政十大创新案例"
