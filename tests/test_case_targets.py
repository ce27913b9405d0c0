"""The issue's targets on the project's case pages (govcases eval-cases, in process)."""
import pytest

from archive.evaluate import evaluate_cases

from cases_helpers import CASES_DIR


@pytest.fixture(scope="module")
def total():
    return evaluate_cases(CASES_DIR / "truth.json", timed=False)["total"]


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


def test_scoring_is_one_to_one(tmp_path):
    """A name a page lists twice (two lists of one page) must be found twice; a case found twice is
    one right and one extra."""
    import json

    page = ("<html><head><meta charset='utf-8'><title>两份名单</title></head><body><article><h1>两份名单</h1>"
            "<p>近日，年度数字政府创新案例评选结果揭晓，评审组从各地报送的申报材料中遴选出一批典型做法，"
            "涵盖城市治理、政务服务和数据共享等领域。记者整理了入选名单。</p><p>2014年入选名单如下：</p><ol><li>浙江省杭州市“城市大脑”</li><li>上海市“一网通办”</li>"
            "<li>广东省“粤省事”</li></ol></article></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    case = {"agency": None, "province": None, "date": None}
    names = ["浙江省杭州市“城市大脑”", "上海市“一网通办”", "广东省“粤省事”"]
    truth = {"a.html": {"shape": "ol", "cases": [dict(case, name=n) for n in names + names[:1]]}}
    (tmp_path / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    total = evaluate_cases(tmp_path / "truth.json", timed=False)["total"]
    assert (total["expected"], total["found"], total["matched"]) == (4, 3, 3)
    assert total["recall"] == 0.75 and total["precision"] == 1.0
