"""Shapes met in the hold-out sets during the twenty-fifth session of 2026-12-02, each in pages of our
own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (efc5c20), the others guard a widening that came with them."""
from cases_helpers import shape_page, table_row as _row
from crawler.parsers.cases import extract_cases
from crawler.parsers.cases.score import looks_like_case

# 首批国家海绵城市建设试点 (2015) and the second batch (2016): city, province
SPONGE = [("迁安市", "河北省"), ("白城市", "吉林省"), ("镇江市", "江苏省"), ("嘉兴市", "浙江省"), ("池州市", "安徽省"),
          ("厦门市", "福建省"), ("萍乡市", "江西省"), ("济南市", "山东省"), ("鹤壁市", "河南省"), ("武汉市", "湖北省"),
          ("常德市", "湖南省"), ("南宁市", "广西壮族自治区")]


def page(body: str, title: str):
    return shape_page(body, title, "城建资讯网", ("news", "要闻"))


def cases(*lines, title="2020年度示范名单公布"):
    return extract_cases("\n".join(lines), title, "2020-12-01T10:00:00+08:00")["cases"]


def test_the_numbered_points_of_a_reply_are_directives_and_its_grant_names_the_cities():
    """New: a State Council reply (批复) whose numbered points tell its addressees what to do (…要加强组织领导,
    商务部要会同…) gives no cases; the cities in its grant (同意在甲、乙…等12个城市设立…) are the list."""
    cities = ["天津市", "上海市", "重庆市", "合肥市", "郑州市", "广州市", "成都市", "大连市", "宁波市", "青岛市", "深圳市", "苏州市"]
    found = cases("天津市、上海市、重庆市、安徽省、河南省、广东省、四川省、辽宁省、浙江省、山东省人民政府，商务部：",
                  "你们关于设立跨境电子商务综合试验区的请示收悉。现批复如下：",
                  f"一、同意在{'、'.join(cities)}等12个城市设立跨境电子商务综合试验区，名称分别为中国（城市名）跨境电子商务综合试验区。",
                  "二、综合试验区建设要以深化改革、扩大开放为动力，着力在跨境电子商务各环节的技术标准、业务流程等方面先行先试。",
                  "三、有关省、直辖市人民政府要切实加强对综合试验区建设的组织领导，细化实施方案。",
                  "四、商务部要会同有关部门加强指导和服务，及时总结推广可复制的经验。",
                  title="国务院关于同意在天津等12个城市设立跨境电子商务综合试验区的批复")
    assert [c["name"] for c in found] == cities


def test_a_title_that_asks_which_they_are_counts_the_numbered_headings():
    """New: 首批12个…试点城市都有哪些？ over headings 01 迁安 … 12 南宁, each with a paragraph: the title counts
    what the page then numbers (a question, and a kind named at length, still count)."""
    body = "<p>2015年，财政部、住房城乡建设部、水利部公布首批海绵城市建设试点，本文逐一介绍（排名不分先后）。</p>" + "".join(
        f"<p><strong>{k + 1:02d} {city[:-1]}</strong></p><p>{city}的试点项目以老旧小区改造和河道整治为主。</p>"
        for k, (city, _) in enumerate(SPONGE))
    found = page(body, "盘点｜首批12个国家海绵城市建设试点城市都有哪些？").cases
    assert [c["name"] for c in found] == [city[:-1] for city, _ in SPONGE]


def test_a_place_in_brackets_after_a_cell_is_where_it_is():
    """New: | 5 | 昆山经济技术开发区（江苏苏州） |: a place alone in brackets after a name — a short city name,
    or a province's and a city's short names together — says where the case is; it is no part of its
    name, and places it."""
    rows = [("苏州工业园区（苏州）", "苏州工业园区", "江苏省"), ("广州经济技术开发区（广州）", "广州经济技术开发区", "广东省"),
            ("天津经济技术开发区（天津）", "天津经济技术开发区", "天津市"), ("北京经济技术开发区", "北京经济技术开发区", "北京市"),
            ("昆山经济技术开发区（江苏苏州）", "昆山经济技术开发区", "江苏省")]
    table = "<table>" + _row(["位次", "开发区名称"]) + "".join(_row([str(k + 1), cell]) for k, (cell, _, _) in enumerate(rows)) + "</table>"
    body = "<p>商务部公布国家级经济技术开发区综合发展水平考核评价结果，综合排名前五的开发区如下：</p>" + table
    found = page(body, "国家级经开区综合发展水平考核结果公布").cases
    assert [(c["name"], c["province"], c["rank"]) for c in found] == [(n, p, k + 1) for k, (_, n, p) in enumerate(rows)]


def test_an_honour_given_to_units_named_before_it_without_a_count():
    """New: 授予甲、乙、丙“…”称号 and 授予甲、乙、丙等单位“…”称号: the units the honour was given to,
    with or without the count after them."""
    for tail in ("", "等城市"):
        found = cases(f"全国爱卫会决定，授予北京市、上海市、天津市{tail}“国家卫生城市”称号。", title="国家卫生城市名单")
        assert [c["name"] for c in found] == ["北京市", "上海市", "天津市"], tail


def test_a_place_and_its_team_are_a_case():
    """New: 江苏队, 天津代表队: a place's team in a contest is what a list of results names."""
    assert looks_like_case("江苏队") and looks_like_case("天津代表队") and looks_like_case("北京市代表队")
    assert not looks_like_case("张伟")


def test_a_grid_of_provinces_four_to_a_row_is_no_table_of_places_and_their_provinces():
    """New: | 河北省 | 浙江省 | 福建省 | 广东省 |: every other column holds provinces, but so do the others —
    a province lies in no other province, so these are four names to a row, not two places with theirs."""
    grid = [["河北省", "浙江省", "福建省", "广东省"], ["重庆市", "四川省", "", ""]]
    table = "<table>" + "".join(_row(r) for r in grid) + "</table>"
    body = "<p>国家数字经济创新发展试验区名单如下（2019年，共6个）：</p>" + table
    found = page(body, "国家数字经济创新发展试验区启动建设").cases
    assert [c["name"] for c in found] == ["河北省", "浙江省", "福建省", "广东省", "重庆市", "四川省"]


def test_a_header_of_places_and_where_they_lie_printed_twice_side_by_side():
    """New: | 县市 | 所在省份 | 县市 | 所在省份 |: a column of places beside the one saying where each lies,
    printed twice across the table — the places are the names, the header row none of them (with 城市
    it was read so before; 县市 gave the header and the provinces as names)."""
    pairs = SPONGE[:8]
    for head in ("县市", "城市"):
        table = ("<table>" + _row([head, "所在省份", head, "所在省份"])
                 + "".join(_row([a, pa, b, pb]) for (a, pa), (b, pb) in zip(pairs[::2], pairs[1::2])) + "</table>")
        body = "<p>首批海绵城市建设试点中的8个城市及其所在省份见下表：</p>" + table
        found = page(body, "海绵城市建设试点名单").cases
        assert sorted(c["name"] for c in found) == sorted(city for city, _ in pairs), head
        assert all(c["province"] == dict(pairs)[c["name"]] for c in found), head


def test_the_sections_a_list_is_printed_under_named_before_it_are_no_cases():
    """New: 下面把…名单按省份整理出来，这一篇先放江苏、浙江…六个省 over 【江苏省】 / 镇江市、苏州市 / 【浙江省】…:
    the provinces the sentence names are the labels of the sections below, not cases."""
    sections = [("江苏省", "镇江市、苏州市"), ("浙江省", "嘉兴市、宁波市"), ("安徽省", "池州市"), ("福建省", "厦门市、福州市"),
                ("江西省", "萍乡市"), ("山东省", "济南市、青岛市")]
    body = ("<p>海绵城市建设试点前两批共30个城市。下面把试点名单按省份整理出来，这一篇先放江苏、浙江、安徽、福建、江西、"
            "山东六个省，其余省份放在下一篇。</p>" + "".join(f"<p>【{p}】</p><p>{names}</p>" for p, names in sections))
    found = page(body, "海绵城市建设试点城市按省份汇总（一）").cases
    assert [c["name"] for c in found] == [n for _, names in sections for n in names.split("、")]
    assert [c["category"] for c in found][:2] == ["江苏省", "江苏省"]


def test_what_a_list_says_of_a_place_after_a_dash_is_no_name():
    """New: - 包头市 —— 再次获评 / - 南京市 —— 首次获评: after the dash, what the page says of the place, not the
    title of its case; and a count in brackets (连续第8次获评) is a note, as 连续第八次获评 is."""
    found = cases("2020年全国双拥模范城（县）名单（部分）：", "- 包头市 —— 再次获评", "- 南京市 —— 首次获评",
                  "- 大连市 —— 连续第九次获评", "- 哈尔滨市（连续第8次获评）", title="全国双拥模范城（县）命名")
    assert [c["name"] for c in found] == ["包头市", "南京市", "大连市", "哈尔滨市"]


def test_a_city_over_a_long_line_of_names_heads_it_as_the_shorter_lines_below():
    """New: 杭州市：甲小镇、乙小镇…（nine names, past one name's length） over 宁波市：丙小镇、丁小镇: the first line,
    longest, is as much the list's as the others; and a note in brackets on the page's own copy
    (本站录入3个…) is no part of the last name."""
    lines = ["第一批省级特色小镇创建名单（按设区市排列）",
             "杭州市：上城玉皇山南基金小镇、江干丁兰智慧小镇、西湖云栖小镇、西湖龙坞茶镇、余杭梦想小镇、余杭艺尚小镇、富阳硅谷小镇、桐庐健康小镇、临安云制造小镇。",
             "宁波市：江北动力小镇、梅山海洋金融小镇、奉化滨海养生小镇。",
             "温州市：瓯海时尚智造小镇、苍南台商小镇。",
             "湖州市：湖州丝绸小镇、南浔善琏湖笔小镇、德清地理信息小镇。",
             "丽水市：莲都古堰画乡小镇、龙泉青瓷小镇、青田石雕小镇（本站录入3个，另1个待核）。"]
    found = cases(*lines, title="浙江省公布第一批省级特色小镇创建名单")
    expected = [n for line in lines[1:] for n in line.split("：", 1)[1].rstrip("。").split("、")]
    expected[-1] = "青田石雕小镇"
    assert [c["name"] for c in found] == expected


def test_a_figure_after_its_label_is_no_part_of_the_name():
    """New: 第35名 荆门市（湖北） 综合指数80.68: the figure a ranking gives may follow its label, apart from the
    name by a space; neither is part of the name (nor the province in brackets)."""
    rows = [("荆门市", "湖北", "80.68"), ("许昌市", "河南", "80.67"), ("济宁市", "山东", "80.58"), ("十堰市", "湖北", "80.56")]
    found = cases("地级市综合信用指数第35至38名：", *[f"第{35 + k}名 {c}（{p}） 综合指数{v}" for k, (c, p, v) in enumerate(rows)],
                  title="城市信用状况监测排名（第35—38名）")
    assert [(c["name"], c["rank"]) for c in found] == [(c, 35 + k) for k, (c, _, _) in enumerate(rows)]


def test_a_place_then_clauses_on_what_it_did_is_the_place():
    """New: - 梅州市：在林分里打开“林窗”，采用带状改造…，林相改善明显 — a place, a colon, then clauses saying what
    it did: the place is the case, the clauses its description (the item may stop before the full stop)."""
    found = cases("三地的做法各有侧重，摘要如下：", "省级试点市", "- 梅州市：在林分里打开“林窗”，采用带状改造的方式建设国储林，林相改善明显。",
                  "- 肇庆市：市林业局成立国家储备林项目工作专班，建立议事机制，上下联动推进项目。",
                  "- 南雄市：成立国家储备林建设项目管理办公室，并制定项目建设规程、标准和管理办法。",
                  title="广东国家储备林建设和林权收储工作试点市的做法")
    assert [(c["name"], c["agency"]) for c in found] == [("梅州市", "梅州市"), ("肇庆市", "肇庆市"), ("南雄市", "南雄市")]


def test_a_column_of_honoured_collectives_beside_their_bureau_merged_down_its_rows():
    """New: | 序号 | 单位 | 获评集体 | 荣誉称号 |: the honoured collective is the name (获评集体 heads the winners)
    and 单位 its body; a 单位 cell merged over two rows (rowspan) is printed once and holds for both."""
    table = ("<table>" + _row(["序号", "单位", "获评集体", "荣誉称号"])
             + "<tr><td>1</td><td rowspan='2'>南县税务局</td><td>南县税务局一分局</td><td>湖南省工人先锋号</td></tr>"
             + "<tr><td>2</td><td>南县税务局团支部</td><td>全省五四红旗团支部</td></tr>"
             + _row(["3", "沅江市税务局", "沅江市税务局一分局", "湖南省文明窗口单位"]) + "</table>")
    body = "<p>近两年全市税务系统获得的部分省级集体荣誉汇总如下（序号不代表排名）：</p>" + table
    found = page(body, "全市税务系统省级集体荣誉汇总").cases
    assert [(c["name"], c["agency"]) for c in found] == [("南县税务局一分局", "南县税务局"), ("南县税务局团支部", "南县税务局"),
                                                         ("沅江市税务局一分局", "沅江市税务局")]


def test_places_each_apart_by_a_space_from_the_sentence_on_what_it_is_to_do():
    """New: 苏州市 列入低碳城市试点，需…。 one under another under a counted heading: each line a place, a
    space, then the sentence saying what it is to do — the place is the case."""
    places = ["苏州市", "镇江市", "宁波市", "温州市"]
    found = cases("2012年第二批国家低碳试点中的江浙城市如下。", "一、低碳城市试点（4个）",
                  *[f"{p} 列入低碳城市试点，需结合本市产业特点提出控制温室气体排放的行动目标。" for p in places],
                  title="第二批国家低碳省区和低碳城市试点中的江浙城市")
    assert [c["name"] for c in found] == places


def test_a_province_one_character_short_name_in_brackets_and_a_statistic_the_page_disowns():
    """New: 谷城县（鄂）: a province's one-character short name in brackets after a place says where it is, no
    part of the name; and a ranking the page calls 统计结果，不是评比 names no cases."""
    found = cases("2025年农村物流高质量发展典型案例中的县域案例（部分）：", "1. 谷城县（鄂）", "2. 霍邱县（皖）", "3. 宜兴市（苏）",
                  title="农村物流高质量发展典型案例公布")
    assert [(c["name"], c["province"]) for c in found] == [("谷城县", "湖北省"), ("霍邱县", "安徽省"), ("宜兴市", "江苏省")]
    found = cases("2021年快递业务量前5位的城市：", "1. 金华（义乌）", "2. 广州", "3. 深圳", "4. 上海", "5. 杭州",
                  "说明：位次按快递业务量排列，是统计结果，不是评比。", title="2021年邮政行业统计公报解读")
    assert found == []


def test_a_list_title_counting_what_was_chosen_after_saying_for_what():
    """Guard (read so before too; the widening that set 297's forum page needed, with fourteen names, is
    guarded by its floor): 纳入云南省省级绿色矿山名录的4家矿山名单 over four numbered mines — the line counts the
    names below it after saying what they were chosen for."""
    mines = ["云南木利锑业有限公司木利锑矿", "永胜县期纳满官矿山", "景谷县高桥水泥用石灰岩矿", "云南驰宏锌锗股份有限公司矿山厂"]
    found = cases("纳入云南省省级绿色矿山名录的4家矿山名单", *[f"{k + 1}.{m}" for k, m in enumerate(mines)],
                  title="【资料】云南省级绿色矿山名录（整理）")
    assert [c["name"] for c in found] == mines


def test_a_header_naming_the_kind_that_won_heads_the_names():
    """Guard (these four were read before too, by the column's content; set 298's table of eleven, names with
    terminals in brackets, needed the header read): | 序号 | 获奖港口（码头） | 所属经济体 | — 获奖 and the
    kind of thing that won (港口, 企业, 园区…) heads the column of names, as 获奖对象 does."""
    rows = [("1", "柔佛港务局", "马来西亚"), ("2", "裕廊港", "新加坡"), ("3", "关丹港", "马来西亚"), ("4", "槟城港", "马来西亚")]
    table = "<table>" + _row(["序号", "获奖港口（码头）", "所属经济体"]) + "".join(_row(list(r)) for r in rows) + "</table>"
    body = "<p>2022年度“亚太绿色港口”获奖名单中的东南亚港口如下（排名不分先后）：</p>" + table
    found = page(body, "2022年度“亚太绿色港口”获奖名单公布").cases
    assert [c["name"] for c in found] == [n for _, n, _ in rows]


def test_level_labels_over_places_and_a_person_named_for_a_count_of_people():
    """New: 市级表扬奖补地区 / 永州市 / 县级表扬奖补地区 / 双牌县…: a level of government and the kind of what the lines
    below name is their label, no case; and 彭子晟等7人 names people, no case."""
    found = cases("我市共有4个地区上榜，一起来看：", "市级表扬奖补地区", "永州市", "县级表扬奖补地区", "双牌县",
                  "乡级表扬奖补地区", "零陵区水口山镇", "道县白马渡镇", title="永州4地获2024年度全省林长制工作表扬奖补")
    assert [(c["name"], c["category"]) for c in found] == [
        ("永州市", "市级表扬奖补地区"), ("双牌县", "县级表扬奖补地区"), ("零陵区水口山镇", "乡级表扬奖补地区"), ("道县白马渡镇", "乡级表扬奖补地区")]
    from crawler.parsers.cases.fields import looks_like_person
    assert looks_like_person("彭子晟等7人") and looks_like_person("张伟等3名同志") and not looks_like_person("杭州市等5市")


def test_two_bodies_written_in_full_under_a_line_that_hands_them_over():
    """New: 已公开报道的获评先进集体有（括号内为所在省份）： over two bullets, each a body written in full with its
    province in brackets: the two are a list, though neither has a body apart or a paragraph of its own."""
    found = cases("据本网梳理，已公开报道的获评先进集体有（括号内为所在省份）：", "- 运城市盐湖区发展和改革局（山西）",
                  "- 滁州市发展改革委（安徽）", "其余获评单位名单，本网将在各地公布后继续更新。",
                  title="全国粮食和物资储备系统先进集体表彰：各地获评单位陆续报喜")
    assert [(c["name"], c["province"]) for c in found] == [("运城市盐湖区发展和改革局", "山西省"), ("滁州市发展改革委", "安徽省")]


def test_a_province_a_city_and_the_name_apart_by_spaces():
    """New: 山西省 太原市 钟楼步行街 one to a line: a column of provinces, then of cities, then the names — the
    last is the name, the city places it."""
    found = cases("山西首批省级步行街（试点）名单如下：", "山西省 太原市 钟楼步行街", "山西省 太原市 中正天街", "山西省 忻州市 忻州古城",
                  "山西省 大同市 凯德世家广场", title="山西首批省级步行街（试点）公示")
    assert [(c["name"], c["province"]) for c in found] == [("钟楼步行街", "山西省"), ("中正天街", "山西省"), ("忻州古城", "山西省"),
                                                          ("凯德世家广场", "山西省")]
