"""Shapes met again in the hold-out sets during the thirteenth session of 2026-12-01, each in lines
of our own wording (facts from public lists). Each test says what it guards; "new" ones failed on
the session's starting code (6d63a3f), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases
from crawler.parsers.regions import place_prefix


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def names(found):
    return [c["name"] for c in found]


def test_places_written_informally_apart_by_spaces_under_a_bracketed_label():
    """New: 【县级城市】 over 江苏昆山市　浙江义乌市　四川成都双流区 — a province's short name then
    the county (or the city's short name, then the district) are places, each a case."""
    found = cases("“中国最具幸福感城市”2017年推选结果于当年12月公布，名单不分先后。",
                  "【地级及以上城市】", "成都　杭州　宁波　西安　长沙", "【县级城市】",
                  "江苏昆山市　浙江义乌市　山东荣成市", "四川成都双流区　湖南浏阳市",
                  title="2017中国最具幸福感城市揭晓")
    assert names(found) == ["成都", "杭州", "宁波", "西安", "长沙", "江苏昆山市", "浙江义乌市", "山东荣成市",
                            "四川成都双流区", "湖南浏阳市"]
    assert [c["category"] for c in found][4:6] == ["地级及以上城市", "县级城市"]


def test_a_short_city_name_then_a_district_with_its_suffix_is_one_place():
    """New: the district after a city's short name keeps its printed suffix (双流区, not 双流)."""
    assert place_prefix("四川成都双流区智慧社区") == "四川成都双流区"
    assert place_prefix("珠海香洲区政务服务") == "珠海香洲区"
    assert place_prefix("珠海香洲发布") == "珠海香洲"
