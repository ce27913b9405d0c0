"""Shapes met in the hold-out sets during the twenty-seventh session of 2026-12-02, each in pages of our
own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (963b2d1), the others guard a widening that came with them."""
from cases_helpers import shape_page


def page(body: str, title: str):
    return shape_page(body, title, "巾帼资讯网", ("news", "要闻"))


def test_people_under_a_label_counting_people_are_dropped_beside_the_collectives():
    """New: units under 全国三八红旗集体（5个）, then people with their posts under 全国三八红旗手（6人）, in one
    bulleted list: the people's label is counted in people (and 红旗手 is an award for a person), so the
    people go and the units stay, even where one post (副经理) is worded unlike the others."""
    units = ["北京市朝阳区望京街道南湖东园社区", "首都医科大学附属北京儿童医院新生儿中心", "北京市公安局东城分局交通支队",
             "北京市海淀区中关村第三小学数学教研组", "北京公交集团第一客运分公司1路车队"]
    people = ["王晓红 北京市第二中学语文教师", "李春燕 北京某科技有限公司副经理", "赵敏 北京市朝阳区妇联主席",
              "孙丽 首钢集团有限公司技术中心首席工程师", "周芳 北京市怀柔区喇叭沟门乡卫生院院长", "吴静 北京市延庆区旧县镇盆窑村党支部书记"]
    body = ("<p>全国妇联日前在京表彰一批全国三八红旗手和三八红旗集体，我市5个单位、6名女性获此殊荣。名单如下。</p>"
            f"<p><strong>全国三八红旗集体（5个）</strong></p><ul>{''.join(f'<li>{u}</li>' for u in units)}</ul>"
            f"<p><strong>全国三八红旗手（6人）</strong></p><ul>{''.join(f'<li>{p}</li>' for p in people)}</ul>"
            "<p>市妇联号召全市妇女向受表彰的先进典型学习。</p>")
    found = page(body, "我市5个集体6名个人获全国三八红旗集体、红旗手表彰").cases
    assert [c["name"] for c in found] == units


def test_bodies_counted_after_them_in_one_sentence_and_chosen_for_an_honour():
    """New: 甲、乙、…等6个集体获得…称号 — bodies joined by 、 and counted, a society (…爱心社), a company of
    performers (…越剧团) and a unit of a body (…中心融媒事业部) among them, chosen for the honour the
    clause after the count names; a sentence counting the places the winners come from names no case."""
    names = ["杭州市女企业家协会", "温州市鹿城区春蕾爱心社", "浙江越剧团", "湖州市新闻传媒中心融媒事业部",
             "台州市椒江区海员家属志愿服务中心", "浙江省人民医院产科"]
    body = ("<p>全国妇联近日公布表彰名单，我省6个单位获此殊荣。</p><p>获评集体名单如下：</p>"
            f"<p>{'、'.join(names)}等6个集体获得全国三八红旗集体称号。</p><p>她们在各自岗位上建功立业。</p>")
    assert [c["name"] for c in page(body, "我省6个集体获全国三八红旗集体称号").cases] == names
    body = "<p>获奖者来自杭州、宁波、温州、湖州等4个城市的基层单位，名单另行公布。</p>"
    assert page(body, "表彰名单即将公布").cases == []


def test_a_body_with_its_other_plate_in_brackets_keeps_both():
    """New: 浙江婺剧艺术研究院（浙江婺剧团） — a body in brackets after a body named from the same place is
    the same institution's other name (one body, two plates), printed as part of its name; a body from
    elsewhere in brackets is still the agency. (The second page also found the page's own date line,
    2024-07-02 09:30 来源：综合处, read as label：value, a case named 2024-07-02 09: a time names nothing.)"""
    body = ("<p>全国三八红旗集体（浙江部分）：</p><ul><li>浙江婺剧艺术研究院（浙江婺剧团）</li>"
            "<li>金华市中心医院（金华市人民医院）</li><li>衢州市柯城区府山街道坊门街社区</li></ul>")
    found = page(body, "浙江三个集体获全国三八红旗集体称号").cases
    assert [c["name"] for c in found] == ["浙江婺剧艺术研究院（浙江婺剧团）", "金华市中心医院（金华市人民医院）",
                                          "衢州市柯城区府山街道坊门街社区"]
    body = ("<p>2023年度优秀政务新媒体名单：</p><ul><li>“清廉杭州”微信公众号（杭州市纪委监委）</li>"
            "<li>“宁波发布”政务微博（宁波市人民政府新闻办公室）</li><li>“温州发布”客户端（温州市委宣传部）</li></ul>")
    assert [(c["name"], c["agency"]) for c in page(body, "优秀政务新媒体名单公布").cases] == [
        ("“清廉杭州”微信公众号", "杭州市纪委监委"), ("“宁波发布”政务微博", "宁波市人民政府新闻办公室"), ("“温州发布”客户端", "温州市委宣传部")]
