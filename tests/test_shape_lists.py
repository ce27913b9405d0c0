"""Shape: <ol>/<ul> items (with markers from our HTML reader, or plain lines from trafilatura)."""
import pytest

from crawler.parsers.cases import extract_cases

from cases_helpers import expected, parse_page


@pytest.mark.parametrize("page", ["ol.html", "ul.html"])
def test_items(page):
    found = parse_page(page)
    assert [c["name"] for c in found["cases"]] == [e["name"] for e in expected(page)]
    assert [c["province"] for c in found["cases"]] == [e["province"] for e in expected(page)]


def test_related_links_under_the_list_are_not_cases():
    found = parse_page("ul.html")
    assert not any("一周年" in c["name"] or "开通新功能" in c["name"] for c in found["cases"])


@pytest.mark.parametrize("marker", ["- ", "• ", "{n}. ", "{n}、", "（{n}）"])
def test_markers(marker):
    names = ["广东省潮州市地税局“支付宝缴税”", "上海市“上海发布”微信公众号", "湖北省投资项目联合审批平台"]
    text = "2016中国网络理政十大创新案例（部分）：\n" + "\n".join(marker.format(n=i) + n for i, n in enumerate(names, 1))
    assert [c["name"] for c in extract_cases(text)["cases"]] == names
