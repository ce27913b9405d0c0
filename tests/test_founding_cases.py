"""The ten cases of 2016中国网络理政十大创新案例, field by field."""
import pytest

from crawler.sites import parse_article
from crawler.parsers.cases import extract_cases

LIST = "2016中国网络理政十大创新案例"
ORGANISER = "复旦发展研究院传播与国家治理研究中心"
# position, name, agency, province, city, district, [(date, precision, qualifier)]
EXPECTED = [
    (1, "广东省潮州市地税局“支付宝缴税”", "广东省潮州市地税局", "广东省", "潮州市", None, [("2016-04-12", "day", None)]),
    (2, "广东省佛山市南海区数据统筹局", "广东省佛山市南海区数据统筹局", "广东省", "佛山市", "南海区", [("2014-05", "month", None)]),
    (3, "广东省深圳市宝安区“宝安通”民生 APP", "广东省深圳市宝安区", "广东省", "深圳市", "宝安区", [("2015-10", "month", None)]),
    (4, "湖北省投资项目联合审批平台", "湖北省", "湖北省", None, None, [("2015-12-31", "day", None)]),
    (5, "湖北省武汉市“武汉交警”微信平台", "湖北省武汉市", "湖北省", "武汉市", None, [("2015-06", "month", None), ("2016", "year", None)]),
    (6, "宁夏回族自治区银川市政务微博矩阵", "宁夏回族自治区银川市", "宁夏回族自治区", "银川市", None, []),
    (7, "山西省交警110随手拍APP", "山西省交警", "山西省", None, None, [("2014", "year", "年初")]),
    (8, "上海市“上海发布”微信公众号", "上海市政府", "上海市", None, None, []),
    (9, "上海市文化嘉定云", "上海市", "上海市", "上海市", "嘉定区", [("2014", "year", "年初"), ("2014-12-18", "day", None)]),
    (10, "中华人民共和国商务部门户网站", "中华人民共和国商务部", None, None, None, [("2003", "year", None)]),
]
BY_POSITION = {row[0]: row for row in EXPECTED}


@pytest.fixture(scope="module")
def parsed(founding_html):
    article = parse_article(founding_html, "https://www.jfdaily.com/news/detail?id=40036")
    return extract_cases(article["text"], article["title"], article["published_at"])


@pytest.fixture(scope="module")
def cases(parsed):
    return {case["position"]: case for case in parsed["cases"]}


def test_ten_cases_in_order(parsed):
    assert [c["name"] for c in parsed["cases"]] == [row[1] for row in EXPECTED]


def test_the_list(parsed):
    assert parsed["lists"] == [{"name": LIST, "year": 2016, "organisers": [ORGANISER], "release_date": None}]


@pytest.mark.parametrize("position", BY_POSITION)
def test_agency(cases, position):
    assert cases[position]["agency"] == BY_POSITION[position][2]


@pytest.mark.parametrize("position", BY_POSITION)
def test_province(cases, position):
    assert cases[position]["province"] == BY_POSITION[position][3]


@pytest.mark.parametrize("position", BY_POSITION)
def test_city(cases, position):
    assert cases[position]["city"] == BY_POSITION[position][4]


@pytest.mark.parametrize("position", BY_POSITION)
def test_district(cases, position):
    assert cases[position]["district"] == BY_POSITION[position][5]


@pytest.mark.parametrize("position", BY_POSITION)
def test_dates(cases, position):
    got = [(d["value"], d["precision"], d["qualifier"]) for d in cases[position]["dates"]]
    assert got == BY_POSITION[position][6]


def test_relative_dates_say_what_they_resolved(cases):
    wuhan = {d["value"]: d for d in cases[5]["dates"]}
    assert wuhan["2016"]["relative"] == "今年"  # against the 2016-12-22 publication date
    jiading = {d["value"]: d for d in cases[9]["dates"]}
    assert jiading["2014-12-18"]["relative"] == "当年"


def test_central_body_has_central_level(cases):
    assert cases[10]["admin_level"] == "central"
    assert cases[10]["adcode"] is None


@pytest.mark.parametrize("position", BY_POSITION)
def test_every_case_belongs_to_the_list(cases, position):
    case = cases[position]
    assert (case["list"], case["list_year"], case["list_organisers"]) == (LIST, 2016, [ORGANISER])


@pytest.mark.parametrize("position", BY_POSITION)
def test_description_is_the_paragraph_after_the_heading(cases, position):
    description = cases[position]["description"]
    assert len(description) > 100
    assert description.endswith("。")
    assert description.split("\n")[0] != BY_POSITION[position][1]
    assert "本文首发" not in description and "栏目主编" not in description


def test_descriptions_start_where_expected(cases):
    assert cases[1]["description"].startswith("广东省潮州市地税局在广东省地方税务局的指导支持下")
    assert cases[10]["description"].startswith("中华人民共和国商务部门户网站建立于2003年")
    assert cases[10]["description"].endswith("其为我国商业贸易带来巨大贡献。")


@pytest.mark.parametrize("position", BY_POSITION)
def test_coordinates_for_regional_cases(cases, position):
    case = cases[position]
    if case["province"]:
        assert 73 < case["longitude"] < 136 and 18 < case["latitude"] < 54
        assert len(case["adcode"]) == 6
