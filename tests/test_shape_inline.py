"""Shape: one enumeration sentence (…分别是A、B……和J。), then commentary that names a case again."""
import pytest

from cases_helpers import expected, parse_page

PAGE = "inline.html"


@pytest.fixture(scope="module")
def found():
    return parse_page(PAGE)


def test_every_case_once_in_order(found):
    assert [c["name"] for c in found["cases"]] == [e["name"] for e in expected(PAGE)]


def test_last_item_is_split_at_he_only_where_a_new_case_starts(found):
    # 和 inside 中华人民共和国 is not a separator; the one before it is.
    assert found["cases"][-2]["name"] == "上海市文化嘉定云"
    assert found["cases"][-1]["name"] == "中华人民共和国商务部门户网站"


def test_commentary_mention_is_not_a_new_case(found):
    assert sum("上海发布" in c["name"] for c in found["cases"]) == 1


def test_list_organiser_and_release_date(found):
    assert found["lists"] == [{"name": "2016中国网络理政十大创新案例", "year": 2016,
                               "organisers": ["复旦发展研究院传播与国家治理研究中心"], "release_date": "2016-12-15"}]


@pytest.mark.parametrize("index", range(10))
def test_agency_and_province(found, index):
    case, truth = found["cases"][index], expected(PAGE)[index]
    assert (case["agency"], case["province"]) == (truth["agency"], truth["province"])
