"""Shapes met in the hold-out sets during the sixteenth session of 2026-12-01, each in lines of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (b5a5f59), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2022-01-21T09:00:00+08:00")["cases"]


def test_a_long_numbered_heading_of_praised_places_labels_the_line_under_it():
    """New: 一、…促进制造业高质量发展成效明显的市、县市区 (past 24 characters, a comma in it) over
    one line of places: the heading is their category, as a short one would be; a place on two
    lines under two headings is one entry under each."""
    found = cases("省政府公布2021年度真抓实干成效明显地区名单，本县三项工作上榜。",
                  "一、推动制造业高质量发展，打造先进制造业高地成效明显的市、县市区",
                  "株洲市、岳阳市，湘潭县、浏阳市、资兴市",
                  "二、落实粮食安全责任制成效明显的市、县市区",
                  "益阳市、岳阳市，湘潭县、安仁县",
                  title="湘潭县三项工作获省政府真抓实干表扬激励")
    first = "推动制造业高质量发展，打造先进制造业高地成效明显的市、县市区"
    second = "落实粮食安全责任制成效明显的市、县市区"
    assert [(c["name"], c["category"]) for c in found] == [
        ("株洲市", first), ("岳阳市", first), ("湘潭县", first), ("浏阳市", first), ("资兴市", first),
        ("益阳市", second), ("岳阳市", second), ("湘潭县", second), ("安仁县", second)]


def test_a_count_of_places_before_the_named_ones_is_no_name():
    """New: 14个市州，株洲高新区、开福区、… under a label line ending in a colon: the count stands for
    places not named one by one; the rest are the names, and the label line is none of them. A
    place already on a list above, under a label of its own here, is an entry here too."""
    found = cases("二、落实粮食安全责任制成效明显的市、县市区",
                  "益阳市、衡阳市、衡南县、凤凰县",
                  "三、在省政府综合大督查中受到表扬激励或经验推介的市州、县市区和园区",
                  "典型经验做法受到通报表扬的市州、县市区和园区：",
                  "14个市州，株洲高新区、开福区、望城区、衡南县、龙山县",
                  title="2021年度真抓实干表扬激励名单公布")
    names = [c["name"] for c in found]
    assert names[4:] == ["株洲高新区", "开福区", "望城区", "衡南县", "龙山县"]
    assert not any("个市州" in name or name.endswith("园区：") for name in names)
