"""The issue's targets on the project's case pages (govcases eval-cases, in process)."""
import pytest

from archive.evaluate import evaluate_cases

from cases_helpers import CASES_DIR


@pytest.fixture(scope="module")
def total():
    return evaluate_cases(CASES_DIR / "truth.json")["total"]


def test_recall(total):
    assert total["recall"] >= 0.95


def test_precision(total):
    assert total["precision"] >= 0.95


def test_agency(total):
    assert total["agency_right"] >= 0.90


def test_province(total):
    assert total["province_right"] >= 0.95


def test_dates(total):
    assert total["dates_right"] >= 0.90
