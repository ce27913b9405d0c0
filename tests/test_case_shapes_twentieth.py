"""Shapes met in the hold-out sets during the twentieth session of 2026-12-01, each in lines or pages of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (1c9dbba), the others guard a widening that came with them."""
from crawler.sites import parse_page


def page(body: str, title: str):
    html = (f"<html><head><meta charset='utf-8'><title>{title}_社区教育资料库</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/zlk'>资料库</a> <a href='/tz'>通知公告</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='meta'>2024-05-20 10:00 来源：资料室</div>{body}</div>"
            "<div class='footer'>版权所有 社区教育资料库</div></body></html>")
    return parse_page(None, html.encode("utf-8"))


def _row(cells, tag="td"):
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def test_a_table_turned_on_its_side_is_read_column_by_column():
    """New: | 示范区 | 甲 | 乙 | … over | 所在省份 | … | and | 序号 | … |, printed again for the next
    names (a 续表): each column one case, its province from the column, the sentence handing the table
    over (下表按…列出：) no category."""
    first = [("示范区", "上海市徐汇区", "上海市闵行区", "浙江省杭州市下城区", "浙江省宁波市江北区"),
             ("所在省份", "上海", "上海", "浙江", "浙江"), ("序号", "1", "2", "3", "4")]
    second = [("示范区", "安徽省合肥市庐阳区", "福建省厦门市思明区", "山东省青岛市市南区", "湖北省武汉市江汉区"),
              ("所在省份", "安徽", "福建", "山东", "湖北"), ("序号", "5", "6", "7", "8")]
    body = ("<p>教育部公布了第三批全国社区教育示范区名单。为方便比对，资料室把名单排成横表，每列一个示范区，序号只是通知中的顺序。</p>"
            "<p>下表按通知顺序列出：</p><table>" + "".join(_row(r) for r in first) + "</table>"
            "<table><caption>续表</caption>" + "".join(_row(r) for r in second) + "</table>"
            "<p>说明：名称照录通知原文。</p>")
    found = page(body, "第三批全国社区教育示范区名单（横表）").cases
    names = [r for r in first[0][1:]] + [r for r in second[0][1:]]
    assert [c["name"] for c in found] == names
    assert [c["province"] for c in found][:3] == ["上海市", "上海市", "浙江省"]
    assert not any(c["category"] for c in found) and not any(c["rank"] for c in found)


def test_a_header_on_top_with_boards_down_the_side_is_not_turned():
    """Guard: | 榜单 | 省级榜 | 市级榜 | over | 微博榜 | 甲 | 乙 |: the header is the top row; each row's
    winners are cases under the row's board, not a turned table."""
    rows = [("榜单", "省级榜", "市级榜", "县级榜"), ("微博榜", "浙江省检察院", "宁波市检察院", "余姚市检察院"),
            ("微信榜", "江苏省检察院", "南京市检察院", "江阴市检察院")]
    body = "<p>年度检察新媒体榜单揭晓，各榜第一名如下。</p><table>" + "".join(_row(r) for r in rows) + "</table>"
    found = page(body, "年度检察新媒体榜单揭晓").cases
    assert {c["name"] for c in found} >= {"浙江省检察院", "宁波市检察院", "江苏省检察院"}


def test_a_count_column_splits_the_names_cell_it_counts():
    """New: | 省级行政区 | 数量 | 获评博物馆 | with | 江苏省 | 3 | 甲（2013）、乙（2014）、丙（2016） |: the
    count says the cell holds three names, each a case (the year in brackets no part of it)."""
    rows = [("北京市", "2", "故宫博物院（2014）、首都博物馆（2021）"), ("天津市", "1", "天津博物馆（2019）"),
            ("江苏省", "3", "苏州博物馆（2013）、南京博物院（2014）、常州博物馆（2016）"), ("福建省", "1", "福建博物院（2015）")]
    body = ("<p>全国最具创新力博物馆历届获评名单，下表按所在省级行政区归并，括号内为获评年份。</p><table>"
            + _row(("省级行政区", "数量", "获评博物馆"), "th") + "".join(_row(r) for r in rows) + "</table>")
    found = page(body, "全国最具创新力博物馆（历届）").cases
    assert [c["name"] for c in found] == ["故宫博物院", "首都博物馆", "天津博物馆", "苏州博物馆", "南京博物院",
                                          "常州博物馆", "福建博物院"]


def test_a_rank_column_that_happens_to_match_does_not_split_a_joint_name():
    """Guard: | 1 | 甲 | / | 2 | 乙、丙 | / | 3 | 丁 |: a 序号 equal to one row's parts is no count of them
    (the next row's 3 holds one name)."""
    rows = [("1", "“浙里办”政务服务平台", "浙江省大数据发展管理局"), ("2", "“粤省事”移动政务服务平台", "广东省政务服务数据管理局、数字广东网络建设有限公司"),
            ("3", "“随申办”政务服务平台", "上海市大数据中心")]
    body = ("<p>首批数字政府建设优秀案例名单如下。</p><table>" + _row(("序号", "案例名称", "申报单位"), "th")
            + "".join(_row(r) for r in rows) + "</table>")
    found = page(body, "首批数字政府建设优秀案例名单").cases
    assert [c["name"] for c in found] == [r[1] for r in rows]


def test_several_circled_winners_under_one_award_title_are_each_a_case():
    """New: 最佳传播奖 / ①甲公司 ②乙学院: the two numbered winners on one line under the award's title,
    each a case (the numbers the page says are no ranks), beside awards whose winners are joined by 、."""
    body = ("<p>各奖项获奖单位如下（同一奖项内按申报顺序排列，序号不表示名次）：</p>"
            "<p>最佳传播奖</p><p>①中国东方航空集团有限公司 ②中国民航大学</p>"
            "<p>最佳设计奖</p><p>中国南方航空集团有限公司、中国航空油料集团有限公司</p>"
            "<p>优秀奖</p><p>中国民航科学技术研究院、广州民航职业技术学院</p>")
    found = page(body, "航展民航展区展台评选结果揭晓").cases
    assert [(c["name"], c["category"], c["rank"]) for c in found][:2] == [
        ("中国东方航空集团有限公司", "最佳传播奖", None), ("中国民航大学", "最佳传播奖", None)]
    assert len(found) == 6


def test_numbered_bodies_with_their_works_under_a_prize_sentence_with_an_order_note():
    """New: 获得精品奖的十个展览如下，序号只是…先后，与得分高低无关： over 第一　甲博物馆《乙》: the handing
    clause speaks of a prize even though the sentence ends in notes on the order; each body and work a case."""
    works = [("湖南博物院", "《湖南人——三湘历史文化陈列》"), ("西安博物院", "《古都西安》"), ("洛阳博物馆", "《河洛文明》"),
             ("四川博物院", "《巴蜀青铜》")]
    numerals = "一二三四"
    body = ("<p>国际博物馆日主会场活动上，本届全国博物馆十大陈列展览精品推介结果揭晓。</p>"
            "<p>获得精品奖的四个展览如下，序号只是本报编排的先后，与得分高低无关：</p>"
            + "".join(f"<p>第{numerals[k]}　{b}{w}</p>" for k, (b, w) in enumerate(works))
            + "<p>本届还评出优胜奖若干项，本报不再列出。</p>")
    found = page(body, "十大陈列展览精品推介结果揭晓").cases
    assert [c["name"] for c in found] == [b + w for b, w in works]
    assert not any(c["rank"] for c in found)


def test_a_table_said_to_be_no_list_of_winners_yields_none():
    """New: 表中城市只是被评估的样本，不是获奖或入选名单 over | 地区 | 省份 | 数量 | 城市 |: no cases, now
    that the count column splits the cities."""
    rows = [("华东", "上海", "1", "上海"), ("", "江苏", "3", "南京、苏州、无锡"), ("", "安徽", "2", "合肥、芜湖")]
    body = ("<p>评估活动按期开展。下面摘录的是评估样本城市的分布，表中城市只是被评估的样本，不是获奖或入选名单。</p><table>"
            + _row(("地区", "省份", "数量", "城市"), "th") + "".join(_row(r) for r in rows) + "</table>")
    assert page(body, "智慧城市发展水平评估样本城市分布").cases == []


def test_a_notice_deciding_a_counted_number_of_places_over_a_table_with_their_provinces():
    """New: 关于确定4家旅游度假区为国家级旅游度假区的公告 over | 度假区名称 | 序号 | 所在省（区、市） |: the
    title counts what it designates, and each row gives where its entry lies (no list word needed)."""
    rows = [("崇礼冰雪旅游度假区", "1", "河北省"), ("阿尔山温泉旅游度假区", "2", "内蒙古自治区"),
            ("安吉灵峰旅游度假区", "3", "浙江省"), ("三亚亚龙湾旅游度假区", "4", "海南省")]
    body = ("<p>经各地推荐、文化和旅游部组织认定，确定以下4家旅游度假区为新一批国家级旅游度假区。表中序号按行政区划顺序编排。</p><table>"
            + _row(("度假区名称", "序号", "所在省（区、市）"), "th") + "".join(_row(r) for r in rows) + "</table>")
    found = page(body, "文化和旅游部关于确定4家旅游度假区为国家级旅游度假区的公告").cases
    assert [(c["name"], c["province"]) for c in found] == [(r[0], r[2]) for r in rows]


def test_numbered_places_decided_to_be_designated_are_a_list():
    """New: 以下5家景区…拟确定为国家5A级旅游景区 over 1、名称（所在地） lines: the decision is the list's word;
    an entry across two places (甲市·乙市) keeps its place in brackets apart and stays on the list."""
    items = ["黄河壶口瀑布旅游区（陕西省延安市·山西省临汾市）", "鸡公山景区（河南省信阳市）", "三百山景区（江西省赣州市）",
             "织金洞景区（贵州省毕节市）", "官鹅沟景区（甘肃省陇南市）"]
    body = ("<p>文化和旅游部发布公示，以下5家旅游景区经综合评定达到标准要求，拟确定为国家5A级旅游景区。</p>"
            + "".join(f"<p>{k + 1}、{x}</p>" for k, x in enumerate(items)) + "<p>公示期为5个工作日。</p>")
    found = page(body, "5家景区拟晋升国家5A级").cases
    assert [c["name"] for c in found] == [x.split("（")[0] for x in items]
    assert found[0]["province"] == "陕西省"


def test_names_leading_the_clause_before_also_are_on_the_list():
    """New: 甲村和乙村率先被点到，获评…的还有丙村、丁村 / 甲是其中之一，同时入选的还有乙、丙: the places
    that lead the clause before 还有 are cases too, as the enumeration's own."""
    body = ("<p>第七批中国历史文化名镇名村日前公布。在名村方面，黟县碧阳镇南屏村和休宁县商山镇黄村率先被点到，"
            "获评中国历史文化名村的还有歙县郑村镇棠樾村、祁门县闪里镇桃源村和泾县桃花潭镇查济村。</p>"
            "<p>宁国市港口镇是其中之一，同时入选中国历史文化名镇的还有休宁县万安镇、歙县许村镇。</p>")
    found = {c["name"] for c in page(body, "第七批中国历史文化名镇名村公布 安徽多地入选").cases}
    assert {"黟县碧阳镇南屏村", "休宁县商山镇黄村", "歙县郑村镇棠樾村", "祁门县闪里镇桃源村", "泾县桃花潭镇查济村",
            "宁国市港口镇", "休宁县万安镇", "歙县许村镇"} <= found
    assert not any("率先" in name or "其中" in name for name in found)


def test_a_label_counting_the_lines_below_it_announces_them():
    """Guard (passes on the starting code too, by the title's 名单; the count in the label is what
    carries set 201's page): 一、…美丽幸福河湖名单（5个） over five river sections written 河名（市县段）: the label's count
    is the number of lines under it, each a case though none reads like a short name."""
    rivers = ["淇河（鹤壁市淇滨区段）", "丹江（南阳市淅川县段）", "贾鲁河（郑州市中牟县段）", "白河（南阳市卧龙区段）", "汝河（驻马店市遂平县段）"]
    body = ("<p>各省辖市水利局：</p><p>经各地申报、省级复核，现将名单公布如下。</p>"
            "<p>一、省级美丽幸福河湖名单（5个）</p>" + "".join(f"<p>{r}</p>" for r in rivers)
            + "<p>各地要加强日常管护，巩固建设成效。</p>")
    found = page(body, "关于公布省级美丽幸福河湖名单的通知").cases
    assert [c["name"] for c in found] == rivers


def test_towns_with_their_county_in_brackets_under_a_handing_sentence_with_notes_on_the_rest():
    """New: …入选名单为以下4个（括号内为所在县），其余…待整理后补充。名单排名不分先后。 over 1、高阳镇（旺苍县):
    the notes after the handing clause do not hide it; the county in brackets is where the town lies,
    no part of its name and not its body."""
    towns = [("高阳镇", "旺苍县"), ("飞龙镇", "武胜县"), ("八尔湖镇", "南部县"), ("大龙潭彝族乡", "攀枝花市仁和区")]
    body = ("<p>首批国家农业产业强镇认定名单近日公布，我省共有57个镇（乡）入选。</p>"
            "<p>目前本网掌握的入选名单为以下4个（括号内为所在县、市、区），其余53个待整理后补充。名单排名不分先后。</p>"
            + "".join(f"<p>{k + 1}、{t}（{c}）</p>" for k, (t, c) in enumerate(towns)))
    found = page(body, "我省57个镇（乡）被认定为首批国家农业产业强镇").cases
    assert [(c["name"], c["agency"]) for c in found] == [(t, t) for t, _ in towns]
    assert {c["province"] for c in found} == {"四川省"}


def test_names_parted_by_semicolons_under_numbered_place_headings_and_one_alone():
    """New: 一、北京 / 甲小镇；乙小镇 / 二、天津 / 丙小镇 / 三、河北 / 丁小镇；戊小镇: the semicolons part
    names of one kind (no sentence), and the one name under 天津 is one more of their kind."""
    body = ("<p>第一批运动休闲特色小镇试点项目，按原名单的省份次序摘录如下。</p>"
            "<p>一、北京</p><p>延庆区旧县镇运动休闲特色小镇；门头沟区王平镇运动休闲特色小镇；海淀区苏家坨镇运动休闲特色小镇</p>"
            "<p>二、天津</p><p>蓟州区下营镇运动休闲特色小镇</p>"
            "<p>三、河北</p><p>张家口市蔚县运动休闲特色小镇；承德市宽城满族自治县都山运动休闲特色小镇</p>")
    found = page(body, "运动休闲特色小镇").cases
    assert [(c["name"], c["category"]) for c in found] == [
        ("延庆区旧县镇运动休闲特色小镇", "北京"), ("门头沟区王平镇运动休闲特色小镇", "北京"), ("海淀区苏家坨镇运动休闲特色小镇", "北京"),
        ("蓟州区下营镇运动休闲特色小镇", "天津"), ("张家口市蔚县运动休闲特色小镇", "河北"), ("承德市宽城满族自治县都山运动休闲特色小镇", "河北")]


def test_clauses_parted_by_semicolons_under_a_label_stay_a_sentence():
    """Guard: 本期榜单 / “甲”拿下本期第一名；上期榜首“乙”退居第2名: clauses, not names of one kind."""
    body = ("<p>本期榜单</p><p>“武汉市旅游委”拿下本期第一名；上期榜首“青春湖北”退居第2名；“武汉交警”与上期一样排在第3名</p>")
    names = {c["name"] for c in page(body, "湖北政务微信排行榜").cases}
    assert not any("第一名" in n or "退居" in n for n in names)


def test_a_decision_naming_schools_counted_in_jian():
    """New: 决定命名甲、乙、丙等3间学校为…“绿色学校”；命名丁、戊等2间幼儿园为…: schools counted with 间;
    the last name stops before its count and what they were named."""
    body = ("<p>根据考评结果，决定命名佛冈县四九中学、清远市凤翔小学、英德市第四小学等3间学校为2015年清远市“绿色学校”；"
            "命名连州市第四幼儿园、清远市实验幼儿园等2间幼儿园为2015年清远市“绿色幼儿园”。</p>")
    found = [c["name"] for c in page(body, "关于命名2015年清远市“绿色学校、绿色幼儿园”的通知").cases]
    assert found == ["佛冈县四九中学", "清远市凤翔小学", "英德市第四小学", "连州市第四幼儿园", "清远市实验幼儿园"]


def test_a_column_whose_cells_repeat_their_label_gives_the_value_after_it():
    """New: | 崇州市 | 所在市（州）：成都市 |: the label printed in every cell of the column is its header;
    the county is the case, the city after the colon where it lies."""
    rows = [("崇州市", "成都市"), ("绵竹市", "德阳市"), ("营山县", "南充市"), ("蓬溪县", "遂宁市")]
    body = ("<p>四川省政府命名第三批“四好农村路”省级示范县，本批省级示范县如下（按公布顺序排列）：</p><table>"
            + "".join(_row((a, f"所在市（州）：{b}")) for a, b in rows) + "</table>")
    found = page(body, "第三批“四好农村路”省级示范县揭晓").cases
    assert [c["name"] for c in found] == [a for a, _ in rows]
    assert {c["province"] for c in found} == {"四川省"}


def test_a_lead_naming_three_by_short_names_before_the_full_list_counts_them_once():
    """Guard: 确定深圳、包头、铜陵等5个城市为试点 before the full list (广东省深圳市…): each case once (the
    starting code never read the lead; now that its last name is trimmed, the lead must yield to the list)."""
    full = ["广东省深圳市", "内蒙古自治区包头市", "安徽省铜陵市", "山东省威海市", "浙江省绍兴市"]
    body = ("<p>生态环境部会同有关部门确定深圳、包头、铜陵等5个城市为“无废城市”建设试点。</p>"
            "<p>附：“无废城市”建设试点名单</p><p>" + "、".join(full) + "</p>")
    found = [c["name"] for c in page(body, "“无废城市”建设试点名单出炉").cases]
    assert found == full


def test_a_level_column_is_no_name_column():
    """New: | 地区 | 城市级别 | 城市（区） | 名次 |: the level of each row's place (城市级别) is neither its name
    nor a category; the 城市（区） column holds the names, ranked by the last column."""
    rows = [("东部", "直辖市辖区", "北京东城", "1"), ("东部", "地级及以上市", "江苏苏州", "2"), ("东部", "县级市", "江苏江阴", "3"),
            ("东部", "县级市", "江苏张家港", "4")]
    body = ("<p>全国爱卫办通报健康城市评价结果，示范市名单如下，最右一列为名次。</p><table>"
            + _row(("地区", "城市级别", "城市（区）", "名次"), "th") + "".join(_row(r) for r in rows) + "</table>")
    found = page(body, "2019年度全国健康城市建设示范市出炉").cases
    assert [(c["name"], c["rank"]) for c in found] == [(r[2], int(r[3])) for r in rows]
    assert not any(c["category"] in ("县级市", "直辖市辖区") for c in found)


def test_a_line_of_short_city_names_the_page_counts():
    """New: 我省共有4个市进入名单 over 一、参与创建城市 / 成都、攀枝花、泸州、德阳: short city names, as many
    as the page counts, are the cases (the other numbered headings are sections, not names)."""
    body = ("<p>人社部公布了公共就业创业服务示范城市创建活动名单，我省共有4个市进入名单。</p>"
            "<p>一、参与创建城市</p><p>成都、攀枝花、泸州、德阳</p>"
            "<p>二、创建的目的</p><p>把就业公共服务体系建得更健全，让服务覆盖得更全面。</p>")
    found = [c["name"] for c in page(body, "公共就业创业服务示范城市创建名单公布").cases]
    assert found == ["成都", "攀枝花", "泸州", "德阳"]


def test_firm_colon_brand_lines_under_prize_labels():
    """New: 二等奖 / 甲公司：某项目（赛道） / 商业价值奖 / 乙公司：某项目 and 福州甲集团有限公司：聚春园 lines: each
    line a firm and the name it holds (brands of two characters too); the labels are categories."""
    body = ("<p>湖南共拿下两个二等奖和一个商业价值奖。</p><p>二等奖</p>"
            "<p>湖南创研科技股份有限公司：AI驱动数据标注项目（商贸流通赛道）</p><p>湖南省气象服务中心：气象金融项目（气象服务赛道）</p>"
            "<p>商业价值奖</p><p>衡阳镭目科技有限公司：铸坯管控项目（工业制造赛道）</p>")
    found = page(body, "“数据要素×”大赛全国总决赛湖南获奖情况").cases
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("AI驱动数据标注项目", "湖南创研科技股份有限公司", "二等奖"), ("气象金融项目", "湖南省气象服务中心", "二等奖"),
        ("铸坯管控项目", "衡阳镭目科技有限公司", "商业价值奖")]
    brands = [("福州聚春园集团有限公司", "聚春园"), ("福州民天集团有限公司", "民天"), ("福州回春医药连锁有限公司", "回春"),
              ("福州台江老天华乐器行", "老天华"), ("福州市鼓楼区老卤酱鸭店", "老卤")]
    body = ("<p>首批“福建老字号”公示，福州入选名单（单位：字号），照抄如下：</p><p>"
            + "<br>".join(f"{a}：{b}" for a, b in brands) + "</p>")
    found = page(body, "福州5家企业进入首批“福建老字号”公示名单").cases
    assert [(c["name"], c["agency"]) for c in found] == [(b, a) for a, b in brands]


def test_places_counted_in_chu_and_a_label_counting_one_name():
    """New: 我市有3处河湖，分别为：甲、乙、丙 (counted with 处) and 二、…示范园（1个）：乙 (one name after a
    label that counts one)."""
    body = ("<p>第四批省级“幸福河湖”名单中，我市有3处河湖，分别为：秋浦河、白茆水库、尧渡河。</p>")
    assert [c["name"] for c in page(body, "我市3处河湖跻身省级“幸福河湖”").cases] == ["秋浦河", "白茆水库", "尧渡河"]
    body = ("<p>拟推荐名单公示如下：</p><p>一、水土保持示范县（2个）：邻水县、梓潼县。</p>"
            "<p>二、水土保持科技示范园（1个）：乐至县孔雀水土保持科技示范园。</p><p>公示期为5个工作日。</p>")
    found = page(body, "关于第一批国家水土保持示范创建拟推荐名单的公示").cases
    assert [(c["name"], c["category"]) for c in found] == [
        ("邻水县", "水土保持示范县"), ("梓潼县", "水土保持示范县"), ("乐至县孔雀水土保持科技示范园", "水土保持科技示范园")]


def test_a_table_under_a_guide_to_its_left_and_right_columns():
    """New: 首批名单 / 下表左栏为保护区名称，右栏为其所在省份，按通知原顺序排列。 / | 甲保护区 | 福建省 |: the
    guide names the columns by side; the heading above it hands the list over."""
    rows = [("闽南文化生态保护区", "福建省"), ("热贡文化生态保护区", "青海省"), ("羌族文化生态保护区", "四川省"),
            ("海洋渔文化（象山）生态保护区", "浙江省")]
    body = ("<p>国家级文化生态保护区以保护非物质文化遗产为核心。</p><p>首批名单</p>"
            "<p>下表左栏为保护区名称，右栏为其所在省份，按通知原顺序排列。</p><table>"
            + "".join(_row(r) for r in rows) + "</table>")
    found = page(body, "国家级文化生态保护区").cases
    assert [(c["name"], c["province"]) for c in found] == list(rows)


def test_workshops_numbered_under_a_title_that_counts_them():
    """Guard (set 210's page, without this lead's 名单 and 入选, needed workshops as bodies): 我市3家工坊入选…
    over （一）甲工坊 （二）乙酒坊 …: workshops are bodies, as many as the title counts."""
    items = ["商南泉茗手工茶工坊", "洛南县三友林非遗工坊", "棣花周家酒坊"]
    body = ("<p>省文化和旅游厅公布第三批省级非遗工坊名单，我市以下工坊入选。</p>"
            + "".join(f"<p>（{n}）{x}</p>" for n, x in zip("一二三", items)))
    assert [c["name"] for c in page(body, "我市3家工坊入选第三批省级非遗工坊").cases] == items


def test_headings_each_with_a_paragraph_as_many_as_the_title_counts():
    """New: 三处实验区通过验收 over three headings, each a long name with its paragraph: the title counts
    them, so the headings are the cases though none is a short name."""
    parts = [("客家文化（闽西）生态保护区", "这一保护区的范围包括福建省龙岩市和三明市。"),
             ("武陵山区（鄂西南）土家族苗族文化生态保护区", "验收的地域为湖北省宜昌市和恩施土家族苗族自治州。"),
             ("藏族文化（玉树）生态保护区", "保护区位于青海省玉树藏族自治州。")]
    body = ("<p>文化和旅游部近日发布公告，又有三处实验区通过验收。以下逐一介绍。</p>"
            + "".join(f"<h3>{h}</h3><p>{d}</p>" for h, d in parts))
    found = page(body, "三处实验区通过验收 国家级文化生态保护区再添新成员").cases
    assert [c["name"] for c in found] == [h for h, _ in parts]


def test_a_section_table_of_long_exhibition_titles_beside_an_accepted_one():
    """New: （一）特别奖 over a table of exhibitions whose titles run past thirty characters, beside （二）
    精品奖's table that is read: the first is the list's section too."""
    first = [("在党的旗帜下前进——人民军队庆祝中国共产党成立100周年主题展览", "中国人民革命军事博物馆"),
             ("光辉伟业 红色序章——北大红楼与中国共产党早期北京革命活动主题展", "中国共产党早期北京革命活动纪念馆"),
             ("“人民共和国从这里走来——中华苏维埃共和国史”陈列", "瑞金中央革命根据地纪念馆")]
    second = [("湖北省博物馆新馆基本陈列", "湖北省博物馆"), ("向海图强——人民海军历史基本陈列", "中国人民解放军海军博物馆"),
              ("鲁迅生平陈列", "北京鲁迅博物馆"), ("扬州中国大运河博物馆常设展览", "扬州中国大运河博物馆")]
    body = ("<p>第十九届全国博物馆十大陈列展览精品推介结果公布，获奖项目如下：左为展览名称，右为申报单位。</p>"
            "<h2>（一）特别奖</h2><table>" + "".join(_row(r) for r in first) + "</table>"
            "<h2>（二）精品奖</h2><table>" + "".join(_row(r) for r in second) + "</table>")
    found = page(body, "第十九届全国博物馆十大陈列展览精品推介结果").cases
    assert [c["name"] for c in found] == [a for a, _ in first + second]


def test_the_one_of_them_a_news_page_reports():
    """New: 全市共12个社区获得认定，我县杉城镇和平社区是其中之一: the sentence says a list was chosen and names
    the one the page reports; under a heading that writes it in full, the full name."""
    body = ("<p>三明市日前确认并公布第二批市级充分就业星级社区，全市共12个社区获得认定，我县杉城镇和平社区是其中之一。"
            "市里将给每个社区安排3万元补助。</p>")
    assert [c["name"] for c in page(body, "我县一社区获评市级充分就业星级社区").cases] == ["杉城镇和平社区"]
    body = ("<h3>石家庄市鹿泉区获鹿镇下聂庄村</h3><p>民政部公布了全国村级议事协商创新实验试点单位，河北共有29个村（社区）入选，"
            "下聂庄村是其中之一。</p>")
    assert [c["name"] for c in page(body, "村级议事协商创新实验试点").cases] == ["石家庄市鹿泉区获鹿镇下聂庄村"]
