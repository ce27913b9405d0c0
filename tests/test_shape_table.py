"""Shape: a table 序号 | 单位 | 案例名称, in UTF-8 and in GBK."""
import pytest

from cases_helpers import expected, parse_page


@pytest.fixture(scope="module", params=["table.html", "table-gbk.html"])
def page(request):
    return request.param, parse_page(request.param)


def test_gbk_copy_is_decoded(page):
    name, found = page
    assert found["encoding"] == ("gb18030" if "gbk" in name else "utf-8")


def test_names_from_the_name_column(page):
    name, found = page
    assert [c["name"] for c in found["cases"]] == [e["name"] for e in expected(name)]


def test_agency_from_the_unit_column(page):
    name, found = page
    assert [c["agency"] for c in found["cases"]] == [e["agency"] for e in expected(name)]
    assert {c["agency_from"] for c in found["cases"]} == {"list"}


def test_rank_from_the_number_column(page):
    assert [c["rank"] for c in page[1]["cases"]] == list(range(1, 11))


def test_region_comes_from_the_unit_when_the_name_has_none(page):
    cases = {c["name"]: c for c in page[1]["cases"]}
    assert (cases["文化嘉定云"]["province"], cases["文化嘉定云"]["district"]) == ("上海市", "嘉定区")
    assert cases["门户网站"]["admin_level"] == "central" and cases["门户网站"]["province"] is None


def test_header_and_markdown_rule_are_not_cases(page):
    assert not any(c["name"] in ("案例名称", "---") for c in page[1]["cases"])
