"""Case extraction on pages written after the parser (see fixtures/cases-holdout/README.md)."""
import pytest

from support import case_evaluation


@pytest.fixture(scope="module")
def rows():
    return {r["page"]: r for r in case_evaluation("cases-holdout")["rows"]}


@pytest.mark.parametrize("page", ["a2.html", "b.html", "c.html"])
def test_every_case_found_with_agency_province_dates(rows, page):
    r = rows[page]
    assert (r["found"], r["matched"], r["agency"], r["province"], r["dates"]) == (r["expected"],) * 5


def test_tiny_page_with_a_table(rows):
    # a page under 200 characters goes through trafilatura's full mode, which writes a table one
    # cell per line; generic.retabulate puts the rows back together
    r = rows["a.html"]
    assert r["matched"] == r["expected"] == r["found"]


@pytest.fixture(scope="module")
def rows2():
    return {r["page"]: r for r in case_evaluation("cases-holdout2")["rows"]}


@pytest.mark.parametrize("page", ["h1.html", "h2.html", "h3.html", "h4.html", "h5.html", "h6.html", "h7.html"])
def test_second_holdout_page(rows2, page):
    r = rows2[page]
    assert (r["found"], r["matched"], r["agency"], r["province"], r["dates"]) == (r["expected"],) * 5
