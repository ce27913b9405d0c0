"""Shapes met in the hold-out sets during the twenty-first session of 2026-12-02, each in lines or pages
of our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (059f2ae), the others guard a widening that came with them."""
from cases_helpers import shape_page, table_row as _row


def page(body: str, title: str):
    return shape_page(body, title, "商务信息港", ("gg", "公示公告"))


def test_a_place_column_beside_a_names_column_places_each_row():
    """New: | 注册商标 | 企业名称 | 城市 | — a header whose only known word is 企业名称: the city column is
    where each enterprise lies (a header, not a first row), the enterprise the case."""
    rows = [("狗不理", "狗不理集团股份有限公司", "天津"), ("桂发祥", "天津桂发祥十八街麻花食品股份有限公司", "天津"),
            ("耳朵眼", "天津市耳朵眼炸糕餐饮有限公司", "天津")]
    body = ("<p>经企业申报、区商务部门推荐和专家评审，拟推荐以下企业参加中华老字号认定，现予公示。</p><table>"
            + _row(("注册商标", "企业名称", "城市"), "th") + "".join(_row(r) for r in rows) + "</table>"
            "<p>公示期五个工作日。</p>")
    found = page(body, "关于中华老字号拟推荐企业名单的公示").cases
    assert [c["name"] for c in found] == [r[1] for r in rows]
    assert {c["province"] for c in found} == {"天津市"}


def test_a_second_section_holding_fewer_names_than_its_label_counts_is_still_the_list():
    """New: 一、…名单（5个） over five lines (taken), 二、…名单（8个） over four lines and a note that the rest
    did not load: the second section is the list's too, its label's count the list's, not the page's."""
    first = ["清潩河（许昌市城区段）", "贾鲁河（郑州市中牟县段）", "淇河（鹤壁市淇滨区段）", "涧河（洛阳市西工区段）", "唐河（南阳市唐河县段）"]
    second = ["颍河（许昌市禹州市白沙水库至褚河桥段）", "沙颍河（周口市川汇区城区段）", "北汝河（平顶山市郏县城区段）", "史灌河（信阳市固始县城区段）"]
    body = ("<p>经两厅共同评定，现将本年度省级美丽河湖名单公布如下。</p><p><b>一、省级美丽幸福河名单（5个）</b></p>"
            + "".join(f"<p>{n}</p>" for n in first) + "<p><b>二、省级美丽幸福湖库名单（8个）</b></p>"
            + "".join(f"<p>{n}</p>" for n in second) + "<p>（转载时原件第二部分后四项未能显示。）</p>"
            "<p>各地要加强已建成河湖的日常管护。</p>")
    found = page(body, "关于公布本年度省级美丽幸福河湖名单的通知").cases
    assert [c["name"] for c in found] == first + second


def test_a_site_in_brackets_like_its_siblings_stays_in_the_name():
    """New: 黄河（焦作市孟州市段） … 石漫滩水库（平顶山市舞钢市）: where the run's names keep the stretch or
    site in brackets, a bracket that happens to be a county is the same kind of note, not the agency."""
    names = ["伊河（洛阳市栾川县城区段）", "金堤河（濮阳市台前县中下游段）", "蟒河（济源市城区段）", "石漫滩水库（平顶山市舞钢市）",
             "浉河（信阳市城区段）"]
    body = ("<p>以下河湖获评省级美丽幸福河湖（5个）：</p>" + "".join(f"<p>{n}</p>" for n in names)
            + "<p>名单中所列河段由所在地河长负责管护。</p>")
    found = page(body, "省级美丽幸福河湖名单公布").cases
    assert [c["name"] for c in found] == names
    assert not any(c["agency"] == "平顶山市舞钢市" for c in found)


def test_award_headings_over_lines_of_names_are_categories_not_cases():
    """New: an old page laid out in a one-column table, each award's title in bold in its own row over a row of
    names joined by 、: the names are the cases under that title; the titles are none, nor are the
    people in the first row."""
    rows = ["衡阳13个典型入选全国学雷锋志愿服务“四个100”", "衡阳日报社阳光助学行动等上榜", "2024-03-05 10:20 来源：雁城在线 作者：本网记者",
            "记者从市文明办获悉，本年度全国学雷锋志愿服务“四个100”先进典型名单公布，我市共有13个典型上榜，其中个人3名，组织、项目和社区10个。名单如下：",
            "最美志愿者（个人）", "周建国（市红十字救援队）、林晓梅（城东街道）、赵德胜（珠晖区）",
            "最佳志愿服务组织", "衡阳市雁峰区义工联合会、衡阳市船山学会、衡南县爱心志愿者联合会",
            "最佳志愿服务项目", "衡阳市爱心助学志愿服务行动、衡东县银龄助老志愿服务行动、衡阳日报社阳光助学行动",
            "最美志愿服务社区", "雁峰区天马山街道先锋社区、石鼓区人民路街道演武坪社区、蒸湘区联合街道船山社区、珠晖区东风街道新竹社区",
            "据介绍，推选活动由中宣部、中央文明办等部门联合组织，每类各推选100个。（编辑：陈洁）"]
    body = "<table>" + "".join(_row([f"<b>{r}</b>" if len(r) <= 10 else r]) for r in rows) + "</table>"
    found = page(body, "衡阳13个典型入选全国学雷锋志愿服务“四个100”").cases
    assert [c["name"] for c in found] == rows[7].split("、") + rows[9].split("、") + rows[11].split("、")
    assert [c["category"] for c in found][::3] == ["最佳志愿服务组织", "最佳志愿服务项目", "最美志愿服务社区", "最美志愿服务社区"]


def test_cards_with_a_body_or_place_line_under_each_name():
    """New: cards printing a name over 地区：… or 单位：… (a town written after its county too): each card
    one case, its agency the line under it; the award titles between the cards are categories."""
    cards = [("鞍山市雷锋志愿服务总队", "地区：鞍山市"), ("“书香盲文”阅读志愿服务团队", "单位：辽宁省图书馆"),
             ("“小候鸟”暑期课堂志愿服务项目", "地区：本溪市"), ("“急救进社区”志愿服务项目", "单位：沈阳急救中心"),
             ("和平里社区", "地区：丹东市振兴区帽盔山街道"), ("新立屯村", "地区：阜新彰武县大四家子镇")]
    blocks = ["<h3>最佳志愿服务组织</h3>"] + [f"<div class='card'><p>{a}</p><p>{b}</p></div>" for a, b in cards[:2]] \
        + ["<h3>最佳志愿服务项目</h3>"] + [f"<div class='card'><p>{a}</p><p>{b}</p></div>" for a, b in cards[2:4]] \
        + ["<h3>最美志愿服务社区</h3>"] + [f"<div class='card'><p>{a}</p><p>{b}</p></div>" for a, b in cards[4:]]
    body = ("<p>本年度全国学雷锋志愿服务“四个100”先进典型名单公布，我省获评的集体如下：</p>" + "".join(blocks)
            + "<p>全省学雷锋志愿服务工作会议随后召开。</p>")
    found = page(body, "我省6个集体获评全国学雷锋志愿服务“四个100”").cases
    assert [(c["name"], c["agency"]) for c in found] == [(a, b.split("：")[1]) for a, b in cards]
    assert [c["category"] for c in found] == ["最佳志愿服务组织"] * 2 + ["最佳志愿服务项目"] * 2 + ["最美志愿服务社区"] * 2


def test_the_bottom_of_a_ranking_is_no_list_of_cases():
    """New: 第一名 甲 … over the best cities, then a sentence giving the 20 worst (相对较差的…依次是：…): the
    best are cases, the worst named for failing are not."""
    best = ["拉萨", "海口", "舟山", "厦门", "黄山"]
    body = ("<p>生态环境部公布了上年度168个重点城市空气质量排名。</p><p>空气质量相对较好的前5个城市</p>"
            + "".join(f"<p>第{n}名 {c}</p>" for n, c in zip("一二三四五", best))
            + "<p>与之相对，排在第168名到第164名的空气质量相对较差的5个城市依次是：安阳、邢台、石家庄、邯郸和临汾，主要集中在河南、河北、山西等地。</p>")
    found = page(body, "168个重点城市空气质量排名公布").cases
    assert [c["name"] for c in found] == best


def test_a_row_whose_first_cells_are_merged_down_is_the_same_entry_again():
    """New: | 儿科 | 国家儿童医学中心 | 甲医院 | with both first cells spanning the next row, | 乙医院 |: the
    table goes on (not two tables), and the second row is the same centre at another hospital."""
    head = _row(("类别", "中心名称", "依托医院"), "th")
    rows = ("<tr><td>心血管</td><td>国家心血管病中心</td><td>中国医学科学院阜外医院</td></tr>"
            "<tr><td>肿瘤</td><td>国家癌症中心</td><td>中国医学科学院肿瘤医院</td></tr>"
            "<tr><td rowspan='2'>儿科</td><td rowspan='2'>国家儿童医学中心</td><td>首都医科大学附属北京儿童医院</td></tr>"
            "<tr><td>复旦大学附属儿科医院</td></tr>"
            "<tr><td>创伤</td><td>国家创伤医学中心</td><td>北京大学人民医院</td></tr>"
            "<tr><td>口腔</td><td>国家口腔医学中心</td><td>北京大学口腔医院</td></tr>")
    body = ("<p>国家卫生健康委陆续公布国家医学中心设置名单，已确定的部分名单如下表：</p><table>" + head + rows + "</table>")
    found = page(body, "国家医学中心设置名单一览").cases
    assert [c["name"] for c in found] == ["国家心血管病中心", "国家癌症中心", "国家儿童医学中心", "国家儿童医学中心",
                                          "国家创伤医学中心", "国家口腔医学中心"]
    assert [c["agency"] for c in found][2:4] == ["首都医科大学附属北京儿童医院", "复旦大学附属儿科医院"]


def test_centres_a_decision_sets_up_given_in_a_table_the_guide_explains():
    """New: 决定在…各设置一个国家区域医疗中心 (a designation) over a table without a header whose columns
    a bracketed guide names (第一列区域，第二列主体医院，第三列所在城市）: the hospitals are the cases, the
    city column places them, a hospital's other name in brackets stays in its name."""
    rows = [("华北", "首都医科大学附属北京天坛医院", "北京"), ("东北", "中国医科大学附属第一医院", "沈阳"),
            ("华中", "中南大学湘雅医院（湘雅一医院）", "长沙"), ("西北", "空军军医大学西京医院", "西安")]
    body = ("<p>国家卫生健康委决定在四个区域各设置一个国家神经区域医疗中心，由以下医院承担。</p>"
            "<p>编者把名单整理成下表（第一列区域，第二列主体医院，第三列所在城市）：</p><table>"
            + "".join(_row(r) for r in rows) + "</table><p>各中心要发挥辐射带动作用。</p>")
    found = page(body, "4个国家神经区域医疗中心定了").cases
    assert [c["name"] for c in found] == [r[1] for r in rows]
    assert [c["province"] for c in found] == ["北京市", "辽宁省", "湖南省", "陕西省"]


def test_a_hospital_printed_with_its_other_name_in_brackets_keeps_it():
    """New: 甲医院（乙医院）: a body's other name in brackets, of the same kind, is how it is printed, not
    its agency; 甲项目（乙医院） still gives the hospital as the agency."""
    body = ("<p>省卫生健康委公布首批省级区域医疗中心名单，入选医院如下：</p>"
            "<p>1. 西安交通大学附属儿童医院（西安市儿童医院）</p><p>2. 延安大学附属医院</p><p>3. 汉中市中心医院</p>"
            "<p>另有“互联网+护理服务”项目（宝鸡市中心医院）列为试点。</p>")
    found = page(body, "首批省级区域医疗中心名单公布").cases
    assert found[0]["name"] == "西安交通大学附属儿童医院（西安市儿童医院）"
    assert found[0]["agency"] != "西安市儿童医院"


def test_bullets_each_led_by_their_batch_are_the_batch_lists():
    """New: - 首批：甲 / - 首批：乙 / - 第二批：丙 …, long names all ending in the kind of place chosen: the
    label before each colon is the batch (the category), the rest the name."""
    first = ["吉林抚松长白山国际旅游度假区冰雪小镇", "黑龙江哈尔滨亚布力滑雪度假区冰雪小镇", "河北张家口崇礼太舞冰雪小镇"]
    second = ["新疆阿勒泰将军山国际滑雪度假区冰雪小镇", "内蒙古呼伦贝尔扎兰屯金龙山冰雪小镇", "辽宁本溪东风湖冰雪小镇"]
    body = ("<p>冰雪特色小镇由主管部门分批认定。</p><p>历批名单</p><p>下面按批次列出已公布的小镇（部分）。</p><ul>"
            + "".join(f"<li>首批：{n}</li>" for n in first) + "".join(f"<li>第二批：{n}</li>" for n in second)
            + "</ul><p>参考资料</p>")
    found = page(body, "冰雪特色小镇").cases
    assert [c["name"] for c in found] == first + second
    assert [c["category"] for c in found] == ["首批"] * 3 + ["第二批"] * 3


def test_year_labels_in_brackets_over_bodies_with_their_places():
    """New: 【2009年】甲公司（崇川） / 【2010年】乙公司（海安）、丙公司（崇川） / …（另有3家，原稿未列）: each
    body a case under its year, the place in brackets and the note on the rest no part of a name."""
    body = ("<p>链接：历届市长质量奖获奖企业（括号内为企业所在地）</p>"
            "<p>【2016年】扬州扬杰电子科技股份有限公司（邗江）</p>"
            "<p>【2017年】江苏扬农化工集团有限公司（广陵）、扬州亚星客车股份有限公司（邗江）</p>"
            "<p>【2018年】江苏汇能锅炉有限公司（宝应）（另有2家，原稿未列）</p>")
    found = page(body, "扬州历届市长质量奖获奖企业").cases
    assert [(c["name"], c["category"]) for c in found] == [
        ("扬州扬杰电子科技股份有限公司", "2016年"), ("江苏扬农化工集团有限公司", "2017年"),
        ("扬州亚星客车股份有限公司", "2017年"), ("江苏汇能锅炉有限公司", "2018年")]


def test_an_encyclopedia_infobox_is_no_list():
    """New: | 中文名 | 第五届中国质量奖 | 届次 | 第五届 | / | 揭晓时间 | … | 揭晓地点 | … |: an entry's facts
    field by field; the winners in the list under it are the cases, no field nor value of the box."""
    box = [("中文名", "第五届中国质量奖", "届次", "第五届"), ("揭晓时间", "2023年9月", "揭晓地点", "四川成都"),
           ("审定机关", "市场监管总局", "评选周期", "每两年一次")]
    winners = ["中国石油化工股份有限公司镇海炼化分公司", "宁德时代新能源科技股份有限公司", "中国商用飞机有限责任公司"]
    body = ("<p>第五届中国质量奖是中国质量领域最高荣誉的第五次评选，结果于2023年9月揭晓，宁德时代新能源科技股份有限公司等组织获奖。</p>"
            "<table class='infobox'>" + "".join(f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>" for a, b, c, d in box)
            + "</table>"
            "<p>第五届中国质量奖授予以下组织（部分）：</p><ul>" + "".join(f"<li>{w}</li>" for w in winners) + "</ul>")
    found = page(body, "第五届中国质量奖").cases
    assert [c["name"] for c in found] == winners


def test_kinds_counted_without_brackets_are_no_names():
    """New: 包括最美志愿者4名、最佳志愿服务组织4个、最佳志愿服务项目4个: how many of each kind the city
    has, no names; the table below names the cases."""
    rows = [("最佳志愿服务组织", "临沂市蒙山救援队"), ("最佳志愿服务组织", "临沂市义工联合会"),
            ("最佳志愿服务项目", "“沂蒙红嫂”宣讲志愿服务项目"), ("最佳志愿服务项目", "“书香临沂”阅读推广项目")]
    body = ("<p>全省学雷锋志愿服务“四个100”先进典型名单公布，我市12个典型上榜，包括最美志愿者4名、最佳志愿服务组织4个、"
            "最佳志愿服务项目4个。</p><table>" + _row(("类别", "名称"), "th") + "".join(_row(r) for r in rows) + "</table>"
            "<p>注：本表仅列出部分名单。</p>")
    found = page(body, "我市12个典型入选全省学雷锋志愿服务“四个100”").cases
    assert [c["name"] for c in found] == [r[1] for r in rows]


def test_a_towns_quoted_project_names_the_town_as_its_agency():
    """New: 甲县乙镇的“丙”志愿服务项目: the town's project, named by its quoted name; the town, written out
    after its county, is the agency (as 单位的“名称” gives the body)."""
    body = ("<p>全省学雷锋志愿服务“四个100”先进典型名单公布，3个项目分别是：德州市人民医院的“健康暖心”志愿服务项目、"
            "德州市陵城区郑家寨镇的“红色宣讲车”志愿服务项目、乐陵市民政局的“银发伴你行”志愿服务项目。</p>")
    found = page(body, "我市3个项目入选全省学雷锋志愿服务“四个100”").cases
    assert [(c["name"], c["agency"]) for c in found] == [
        ("“健康暖心”志愿服务项目", "德州市人民医院"), ("“红色宣讲车”志愿服务项目", "德州市陵城区郑家寨镇"),
        ("“银发伴你行”志愿服务项目", "乐陵市民政局")]


def test_a_label_counting_exactly_the_places_under_it_makes_them_a_list():
    """New: 一、陆港型…枢纽（6个） over a line of six places, on a page with no word of a list (a plan's
    annex): the count matches every name, so the places are what the plan chose."""
    body = ("<p>国家物流枢纽布局承载城市</p><p>一、陆港型国家物流枢纽（6个）</p>"
            "<p>石家庄、太原、呼和浩特、沈阳、长春、哈尔滨</p><p>二、港口型国家物流枢纽（16个）</p><p>（略，见原文件第3页）</p>"
            "<p>三、空港型国家物流枢纽（5个）</p><p>北京、天津、上海、杭州、宁波</p>")
    found = page(body, "国家物流枢纽布局方案（附件）").cases
    assert [c["name"] for c in found] == ["石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "北京", "天津", "上海", "杭州", "宁波"]


def test_a_count_over_a_line_of_places_in_a_report_without_a_list_is_no_list():
    """Guard: 调研城市（4个） over four places on a page naming no list: a count over a few places is
    too little to make them a list (the widening above asks for five names or more)."""
    body = ("<p>课题组今年开展了物流成本调研。</p><p>调研城市（4个）</p><p>石家庄、太原、沈阳、长春</p>"
            "<p>调研发现，物流成本占比仍然偏高。</p>")
    assert page(body, "物流成本调研报告").cases == []


def test_lines_led_by_their_province_print_a_column_of_provinces():
    """New: 北京市 甲园区 / 天津市 乙产业园 / 广西壮族自治区 丙…: each line begins with the province, apart
    by a space; the name is what follows, the province places it."""
    lines = [("北京市", "中关村东升科技园"), ("天津市", "国家动漫园"), ("江苏省", "常州创意产业基地"),
             ("广西壮族自治区", "南宁三月三文化产业园"), ("四川省", "成都东郊记忆")]
    body = ("<p>经评审和公示，确定以下园区为本批国家级文化产业示范园区创建单位，按行政区划顺序排列。</p>"
            + "".join(f"<p>{a} {b}</p>" for a, b in lines) + "<p>各地要加强指导。</p>")
    found = page(body, "关于本批国家级文化产业示范园区创建名单的通知").cases
    assert [c["name"] for c in found] == [b for _, b in lines]
    assert [c["province"] for c in found] == [a for a, _ in lines]


def test_a_table_of_documents_and_their_issuers_names_no_case():
    """New: | 地区 | 时间 | 发布单位 | 文件 |: the policies each city issued, a place column notwithstanding;
    neither the issuers nor the documents are cases."""
    rows = [("北京", "2018.10", "北京市金融工作局", "《北京市促进金融科技发展规划》"),
            ("上海", "2020.1", "上海市人民政府办公厅", "《加快推进上海金融科技中心建设实施方案》"),
            ("深圳", "2022.5", "深圳市地方金融监督管理局", "《深圳市扶持金融科技发展若干措施》")]
    body = ("<p>近年主要城市陆续出台金融科技专项政策，本文按时间整理如下。</p><table>"
            + _row(("地区", "时间", "发布单位", "文件"), "th") + "".join(_row(r) for r in rows) + "</table>")
    assert page(body, "主要城市金融科技政策一览表").cases == []


def test_a_decision_to_make_them_regional_level_is_a_list():
    """New: 拟确定以下5条街区为自治区级旅游休闲街区：1、甲 …: a designation at the level of an autonomous
    region (or a city) is a list as a provincial one is."""
    streets = ["南宁市青秀区三街两巷历史文化街区", "柳州市城中区窑埠古镇街区", "桂林市秀峰区东西巷历史文化街区",
               "北海市海城区老街", "梧州市万秀区骑楼城"]
    body = ("<p>自治区文化和旅游厅公示：经申报、评审，拟确定以下5条街区为自治区级旅游休闲街区：</p>"
            + "".join(f"<p>{k}、{s}</p>" for k, s in enumerate(streets, 1)) + "<p>公示期五个工作日。</p>")
    found = page(body, "广西5条街区拟定为自治区级旅游休闲街区").cases
    assert [c["name"] for c in found] == streets


def test_a_label_that_counts_the_list_under_it_announces_it():
    """New: 6家街区名单 over six lines of names, some with Latin letters or digits (751D·PARK…): the label
    names the list and counts every line under it."""
    names = ["南锣鼓巷", "751D·PARK时尚设计广场", "郎园Station", "首钢园六工汇", "1949城市客厅", "隆福寺文化街区"]
    body = ("<p>市文化和旅游局公布了首批市级旅游休闲街区。</p><p>6家街区名单</p>" + "".join(f"<p>{n}</p>" for n in names)
            + "<p>小编推荐：周末去逛逛，打卡两个街区～</p>")
    found = page(body, "官宣！首批6家市级旅游休闲街区出炉").cases
    assert [c["name"] for c in found] == names


def test_a_table_of_yearly_counts_under_a_caption_is_statistics():
    """New: a caption row, then | 项目类别 | 2020年认定 | 2020年底累计 | 2021年认定 | (as trafilatura writes a
    table with a <caption>), each row a kind of programme and its counts: how many were named each year,
    not a list of what was named."""
    from crawler.parsers.cases import extract_cases

    text = "\n".join([
        "根据教育部发布的认定通知，我们整理了两年校园足球各类示范项目的认定数量。",
        "| 校园足球示范项目认定数量（单位：个/所） |  |  |  |", "|---|---|---|---|",
        "| 项目类别 | 2020年认定 | 2020年底累计 | 2021年认定 |", "|---|---|---|---|",
        "| 全国青少年校园足球特色学校 | 3691 | 30000 | 2038 |", "| 全国足球特色幼儿园 | 2725 | 6000 | 2030 |",
        "| 全国青少年校园足球试点县（区） | 41 | 201 | 40 |", "| 全国青少年校园足球改革试验区 | — | — | 5 |"])
    assert extract_cases(text, "数说校园足球：特色学校总数突破3万所")["cases"] == []


def test_places_set_out_in_a_grid_with_wide_gaps_are_one_to_a_line():
    """New: 甲社区&nbsp;&nbsp;乙社区&nbsp;&nbsp;丙社区 / 丁社区&nbsp;&nbsp;戊社区 (the text as a page with
    non-breaking spaces gives it): communities written out, set apart by wide gaps, are five names —
    not a name and its agency, nor two names joined."""
    from crawler.parsers.cases import extract_cases

    rows = [["孟州市会昌街道韩愈社区", "解放区焦南街道马村社区", "中站区龙翔街道李封社区"],
            ["温县温泉街道东关社区", "沁阳市覃怀街道东关社区"]]
    text = "\n".join(["经推荐、实地验收和审核，我市5个社区被命名为“省级综合减灾示范社区”，名单如下："]
                     + ["\xa0\xa0".join(r) for r in rows] + ["为确保公平公正，我市严格按照标准申报。"])
    found = extract_cases(text, "焦作5个社区获命名省级综合减灾示范社区")["cases"]
    assert [c["name"] for c in found] == rows[0] + rows[1]
    assert all(c["agency"] == c["name"] for c in found)


def test_bodies_and_their_units_listed_with_commas_are_each_a_case():
    """New: 获命名的6个单位是：甲中学英语科组，乙海关…科，丙医院护理部，…: units of bodies, long, parted by
    full-width commas — each a name (short names only, before, in case the commas were a sentence's)."""
    units = ["廉江市第一中学英语科组", "湛江海关综合业务科", "湛江中心人民医院护理部", "雷州市人民法院立案庭诉讼服务窗口",
             "徐闻县公安局出入境管理大队", "湛江港（集团）股份有限公司二分公司装卸队"]
    body = ("<p>省妇联决定命名一批广东省“巾帼文明岗”，我市6个单位榜上有名。</p><p>获命名的6个单位是：</p>"
            "<p>" + "，".join(units) + "。</p><p>希望获命名单位珍惜荣誉。</p>")
    found = page(body, "喜报！我市6个单位获评广东省“巾帼文明岗”").cases
    assert [c["name"] for c in found] == units


def test_a_work_and_who_made_or_posted_it_in_brackets():
    """New: 《作品》（甲单位提供）, 《作品》（乙账号）, 《作品》（市民丙 丁提供）: the work is the case; the body or
    account that made or posted it is its agency, people none; a document with its number stays whole."""
    body = ("<p>本届文明短视频征集评选结果揭晓，获奖作品如下：</p>"
            "<p>1. 《地铁里的暖心一幕》（宁波市轨道交通集团有限公司提供）</p><p>2. 《最美逆行》（宁波发布）</p>"
            "<p>3. 《雨夜托举》（市民王某 李某提供）</p><p>4. 《斑马线前》（海曙区融媒体中心提供）</p>")
    found = page(body, "文明短视频征集评选结果揭晓").cases
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《地铁里的暖心一幕》", "宁波市轨道交通集团有限公司"), ("《最美逆行》", "宁波发布"), ("《雨夜托举》", None),
        ("《斑马线前》", "海曙区融媒体中心")]


def test_a_one_column_table_under_words_that_hand_a_list_over():
    """New: 入选的气象单位 / （排名不分先后） over | 甲 | / | 乙 | … (a table of one column, as trafilatura writes
    it), then a sidebar's box in one column too: the units are the cases; the same box under no words
    that hand a list over stays a box."""
    from crawler.parsers.cases import extract_cases

    units = ["国家气象信息中心", "北京市气象台", "天津市气象科普馆", "重庆市气象科普教育基地", "昆明市气象局"]
    side = ["| 最新动态 |", "| · 全国科普日活动精彩纷呈 |", "| · 流动气象科普车走进校园 |", "| · 雷电防护知识问答 |"]
    text = "\n".join(["记者从中国科协了解到，5家气象单位入选本年度全国科普教育基地。",
                      "本年度入选“全国科普教育基地”的气象单位", "（排名不分先后）"] + [f"| {u} |" for u in units] + side)
    found = extract_cases(text, "5家气象单位入选全国科普教育基地")["cases"]
    assert [c["name"] for c in found] == units
    headlines = ["| 新媒体编辑的十个好习惯 |", "| 县级台转型的三道坎 |", "| H5作品制作入门 |"]
    assert extract_cases("\n".join(["本年度十佳政务新媒体名单揭晓。", "相关阅读"] + headlines), "十佳政务新媒体揭晓")["cases"] == []


def test_names_of_one_kind_told_apart_by_a_place_in_brackets():
    """New: | 序号 | 基地 | 建设单位 | with 全国…教育基地（大同） / …基地（平顶山） / …: long names of one kind,
    each told apart by its place in brackets, under the list's heading — the list, the brackets kept."""
    rows = [("1", "全国森林防火宣传教育基地（大兴安岭）", "大兴安岭林业集团公司"),
            ("2", "全国森林防火宣传教育基地（西昌）", "凉山州林业和草原局"),
            ("3", "全国森林防火宣传教育基地（昆明）", "资料暂缺"),
            ("4", "全国森林防火宣传教育基地（伊春）", "资料暂缺")]
    body = ("<p>全国森林防火宣传教育基地是为开展防火宣传而确定的一批基地。</p><h2>基地名单</h2><table>"
            + _row(("序号", "基地", "建设单位"), "th") + "".join(_row(r) for r in rows) + "</table><h2>参考资料</h2>")
    found = page(body, "全国森林防火宣传教育基地").cases
    assert [c["name"] for c in found] == [r[1] for r in rows]
