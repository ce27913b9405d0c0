"""Shapes met again in the hold-out sets during the twelfth session of 2026-12-01, each in lines
of our own wording (facts from public lists). Each test says what it guards; "new" ones failed on
the session's starting code (eac1258), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def names(found):
    return [c["name"] for c in found]


def test_a_product_named_for_reading_is_a_case_and_a_link_to_read_more_is_not():
    """New: 阅读 is a word of products (QQ阅读) as well as of links; only 阅读原文 / 延伸阅读 hand
    over text."""
    found = cases("2015年上海智慧城市建设十大优秀应用名单公布，入选的应用如下（排名不分先后）：",
                  "1. 英语流利说", "2. QQ阅读", "3. 大众点评“智慧餐厅”", "4. 平安宝山智联网",
                  "5. 徐家汇智慧商圈建设", "6. 阅读原文查看完整名单",
                  "今年的入选者以企业应用为主。", title="上海智慧城市建设优秀应用揭晓")
    assert names(found) == ["英语流利说", "QQ阅读", "大众点评“智慧餐厅”", "平安宝山智联网", "徐家汇智慧商圈建设"]


def test_a_writer_picking_two_of_a_lists_cases_under_numbered_headings():
    """New: …有一组示范案例。我挑其中两个说说 over 第一 甲 / its paragraph / 第二 乙 / its paragraph:
    the two picked are cases; a writer's two points without such a sentence are not."""
    story = ["第一 徐家汇智慧商圈建设", "徐家汇是上海的老商业中心，难点在于让商场、交通和公共空间共享信息。",
             "第二 华鑫智慧园区解决方案", "园区是企业集中的地方，这一方案以园区为对象，被看作区域建设见效的例子。"]
    found = cases("“2015上海智慧城市十大优秀应用”里有几个区域类的示范案例，我挑其中两个说说自己的看法。", *story,
                  title="从两个入选案例看上海的智慧园区和智慧商圈")
    assert names(found) == ["徐家汇智慧商圈建设", "华鑫智慧园区解决方案"]
    assert [c["province"] for c in found] == ["上海市", "上海市"]
    found = cases("这几年我在上海的商圈和园区之间跑得多，说两点自己的看法。", *story, title="上海的智慧园区和智慧商圈")
    assert found == []


def test_two_praised_groups_of_places_in_a_sentence_under_a_numbered_list():
    """New: 1.江苏省：… / 2.南京市：… then 甲、乙…等省份，以及丙、丁…等重点城市的…保持在全国领先水平 — the
    sentence is a list of its own (both groups), not the last item's description."""
    found = cases("《省级政府和重点城市一体化政务服务能力调查评估报告（2022）》近日发布，江苏省和南京市的成绩继续排在全国前列：",
                  "1.江苏省：在省级政府排名中进入全国前10名；",
                  "2.南京市：在重点城市排名中进入全国前10名。",
                  "报告还显示，北京、上海、浙江、广东、贵州等省份，以及广州、杭州、深圳等重点城市的政务服务能力保持在全国领先水平。",
                  title="一体化政务服务能力评估报告发布")
    assert names(found) == ["江苏省", "南京市", "北京", "上海", "浙江", "广东", "贵州", "广州", "杭州", "深圳"]
    found = cases("《省级政府和重点城市一体化政务服务能力调查评估报告（2022）》近日发布，江苏省和南京市的成绩继续排在全国前列：",
                  "1.江苏省：在省级政府排名中进入全国前10名；",
                  "2.南京市：在重点城市排名中进入全国前10名。",
                  "报告还显示，不少省份和重点城市的政务服务能力保持在全国领先水平。",
                  title="一体化政务服务能力评估报告发布")
    assert names(found) == ["江苏省", "南京市"]


def test_labels_of_kinds_and_classes_each_over_a_line_of_names():
    """New: 区、县（市）管委会 (kinds joined by 、, then their body) is a label, not two names; and the
    lines of names under each class label (月承办量300件以上的市直单位) are one run, which replaces a
    reading of the first names and the next label as lines of one list."""
    found = cases("杭州市信访局公布了1月份“12345”网络单位效能指数，考核优秀的单位如下。",
                  "区、县（市）管委会", "临安区、富阳区",
                  "月承办量300件以上的市直单位", "市城管局、市水务集团、市公安局、市税务局",
                  "月承办量80件至299件的市直单位", "市数据资源局、市生态环境局",
                  "当月承办量不足20件的单位只做月度测评。", title="1月“12345”网络单位效能指数公布")
    assert [(c["name"], c["category"]) for c in found] == [
        ("临安区", "区、县（市）管委会"), ("富阳区", "区、县（市）管委会"),
        ("市城管局", "月承办量300件以上的市直单位"), ("市水务集团", "月承办量300件以上的市直单位"),
        ("市公安局", "月承办量300件以上的市直单位"), ("市税务局", "月承办量300件以上的市直单位"),
        ("市数据资源局", "月承办量80件至299件的市直单位"), ("市生态环境局", "月承办量80件至299件的市直单位")]


def test_place_labels_between_items_whose_numbering_goes_on_and_the_body_in_brackets_after_each():
    """New: 北京市 / 1. 甲【推荐单位】 / 天津市 / 2. 乙【推荐单位】: the numbering goes on past each
    place label (the label is the category), and the body in 【】 at the end is the agency."""
    found = cases("交通运输部编印的信用体系建设典型案例汇编，目录前几条按地区排列如下（序号不代表名次）：",
                  "北京市", "1. 北京实施共享单车企业信用管理改善车辆停放秩序【北京市交通委员会】",
                  "天津市", "2. 天津依托信用全链条服务货车、出租汽车、网约车司机【天津市交通运输委员会】",
                  "辽宁省", "3. 辽宁通过信用管理激发国际道路运输市场活力【辽宁省交通运输厅】",
                  "其余案例下期整理。", title="交通运输信用管理典型案例按地区汇总")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("北京实施共享单车企业信用管理改善车辆停放秩序", "北京市交通委员会", "北京市"),
        ("天津依托信用全链条服务货车、出租汽车、网约车司机", "天津市交通运输委员会", "天津市"),
        ("辽宁通过信用管理激发国际道路运输市场活力", "辽宁省交通运输厅", "辽宁省")]


def test_a_name_between_numbered_section_headings_is_no_label_of_them():
    """（一）河北省 / 秦皇岛市、邯郸市 / （二）内蒙古自治区 / 包头市 / （三）…: a lone name between the
    numbered provinces is no label joining them into one run of cases (the widening above stops at
    section numbering); the provinces stay categories. (包头市 and 海宁市, one name a line, are still
    missed: set 97's README.)"""
    found = cases("第十批国家节水型城市名单如下，同一省份的城市列在一行：",
                  "（一）河北省", "秦皇岛市、邯郸市、衡水市", "（二）内蒙古自治区", "包头市",
                  "（三）浙江省", "海宁市", "（四）安徽省", "淮南市、淮北市", title="第十批国家节水型城市名单")
    assert [(c["name"], c["category"]) for c in found][:3] == [
        ("秦皇岛市", "河北省"), ("邯郸市", "河北省"), ("衡水市", "河北省")]
    assert not {"河北省", "内蒙古自治区", "浙江省", "安徽省"} & {c["name"] for c in found}


def test_a_ranking_printed_in_two_halves_side_by_side_under_a_top_n_title():
    """New: | 序号 | 景区 | 序号 | 景区 | with rows 1 … and 151 … side by side, under a title naming a
    TOP300: both halves are the ranking's entries (a kind of place as the name column's header; the
    numbers in blocks from 1), left then right on each row."""
    rows = ["| 序号 | 景区 | 序号 | 景区 |", "|---|---|---|---|",
            "| 1 | 八达岭—慕田峪长城旅游区 | 151 | 山东省沂蒙山旅游区 |", "| 2 | 颐和园 | 152 | 阿勒泰地区富蕴可可托海景区 |",
            "| 3 | 故宫博物院 | 153 | 安阳红旗渠·太行大峡谷旅游景区 |", "| 4 | 西安市华清池景区 |  |  |"]
    found = cases("原榜单分左右两栏，本站摘录左栏前4行和右栏序号151起的3行。", *rows,
                  "其余部分待补。", title="2021中国智慧景区TOP300榜单发布（摘录）")
    assert names(found) == ["八达岭—慕田峪长城旅游区", "山东省沂蒙山旅游区", "颐和园", "阿勒泰地区富蕴可可托海景区",
                            "故宫博物院", "安阳红旗渠·太行大峡谷旅游景区", "西安市华清池景区"]
    assert cases("下面这些景区都适合周末带孩子去，门票信息以景区公告为准。", *rows, "出行前请查询天气。",
                 title="周末去哪儿：景区推荐") == []


def test_a_title_counting_the_winners_announces_as_many_numbered_names():
    """New: 5家景区入选！…名单出炉 over five numbered names under a paragraph that does not hand them
    over: the title counts them; a title counting another number, or none, announces nothing."""
    body = ["市文化广电和旅游局日前公布了本年度数字景区专题培育项目的评选结果。",
            "本年度评选以数字景区为主题，参评对象是全市的旅游景区。",
            "1、虎丘山风景名胜区", "2、同里古镇景区", "3、拙政园", "4、周庄古镇景区", "5、金鸡湖景区",
            "下一步将加强对培育项目的宣传。"]
    found = cases(*body, title="5家景区入选！2022年度苏州市文旅信息化培育项目（数字景区专题）名单出炉")
    assert names(found) == ["虎丘山风景名胜区", "同里古镇景区", "拙政园", "周庄古镇景区", "金鸡湖景区"]
    assert cases(*body, title="7家景区入选！苏州市文旅信息化培育项目公布") == []
    assert cases(*body, title="苏州：景区数字化建设持续推进") == []


def test_a_table_of_measures_each_row_naming_its_leading_places_in_one_cell():
    """New: | 评估指数 | 参评城市平均 | 居前三位的城市 | with 北京 上海 深圳 in one cell: an average is a
    figure (not the name column, though it says 城市), the cell holds three places, and the column of
    measures is each row's category (one place under two measures is two entries)."""
    found = cases("中国气象局发布《2022年大城市气象高质量发展评估报告》，各项指数居前三位的城市见下表：",
                  "| 评估指数 | 参评城市平均 | 居前三位的城市 |", "|---|---|---|",
                  "| 大城市气象高质量发展指数 | 75.3 | 北京 上海 深圳 |", "| 科技创新能力指数 | 73.4 | 北京 上海 天津 |",
                  "| 气象服务水平指数 | 77.4 | 广州 上海 杭州 |", "注：城市按通稿所列先后抄录。",
                  title="2022年大城市气象高质量发展指数发布")
    assert [(c["name"], c["category"]) for c in found] == [
        ("北京", "大城市气象高质量发展指数"), ("上海", "大城市气象高质量发展指数"), ("深圳", "大城市气象高质量发展指数"),
        ("北京", "科技创新能力指数"), ("上海", "科技创新能力指数"), ("天津", "科技创新能力指数"),
        ("广州", "气象服务水平指数"), ("上海", "气象服务水平指数"), ("杭州", "气象服务水平指数")]


def test_a_paragraph_counting_what_the_table_below_hands_over():
    """New: …已确定的示范省份共5个。下表第一列为示范省份… over a headerless table of five places and a
    note each: the count and the table agree, so the rows are the list; a count that disagrees is
    no such announcement."""
    rows = ["| 辽宁 | 延伸绩效考核 |", "| 江苏 | 延伸绩效考核 |", "| 江西 | 延伸绩效考核 |",
            "| 吉林 | 评估并给予资金支持 |", "| 浙江 | 评估并给予资金支持 |"]
    found = cases("信息进村入户工程在试点基础上开展整省推进示范，当时已确定的示范省份共5个。下表第一列为示范省份，第二列为当年的工作安排。",
                  *rows, "此后还将择优增加示范省份。", title="信息进村入户工程")
    assert names(found) == ["辽宁", "江苏", "江西", "吉林", "浙江"]
    assert cases("信息进村入户工程在试点基础上开展整省推进示范，当时已确定的示范省份共8个。下表第一列为示范省份，第二列为当年的工作安排。",
                 *rows, "此后还将择优增加示范省份。", title="信息进村入户工程") == []


def test_a_headerless_table_of_places_the_board_each_is_ranked_on_and_its_place():
    """New: | 济南市 | 大城市榜 | 第11位 | rows: the places are the cases, the board each is on its
    category, the place its rank (a row's board and ordinal are no header of ranked columns)."""
    found = cases("2019年中国城市商业信用环境指数发布，山东有几座城市在两个榜单上位置靠前：",
                  "| 济南市 | 大城市榜 | 第11位 |", "| 青岛市 | 大城市榜 | 第18位 |", "| 烟台市 | 地级城市榜 | 第3位 |",
                  "| 潍坊市 | 地级城市榜 | 第6位 |", "其中烟台跻身地级城市榜三甲。", title="2019城市商业信用环境指数发布 山东四市上榜")
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("济南市", "大城市榜", 11), ("青岛市", "大城市榜", 18), ("烟台市", "地级城市榜", 3), ("潍坊市", "地级城市榜", 6)]


def test_a_page_about_a_blacklist_lists_no_recognition():
    """New: a table of enterprises under a title about the wage-arrears 黑名单 names those punished,
    whatever words (上榜) the title uses for being on it."""
    rows = ["这些单位分别由各县（市）人社部门认定，具体情况见下表。", "| 被列入单位 | 认定部门 | 被拖欠人数 |", "|---|---|---|",
            "| 山西诚瑞源房地产开发有限公司 | 霍州市人力资源和社会保障局 | 156人 |",
            "| 山西宏信商贸有限公司 | 汾阳市人力资源和社会保障局 | 48人 |",
            "| 西安缘满建筑工程有限公司 | 孝义市人力资源和社会保障局 | 58人 |"]
    assert cases(*rows, title="人社部公布第二批欠薪“黑名单” 我省3家单位上榜") == []


def test_circled_items_led_by_their_province_in_brackets():
    """New: ①【黑龙江】宁安市水稻项目 ②【河南】临颍县麦玉轮作项目 …: a place in 【】 before a short name
    says where it is, the name follows (a 【name】 with a description after it is still the name);
    the note that the numbers are no ranks leaves every rank empty."""
    found = cases("第二批数字农业建设试点项目投资计划公布，本批入列的大田种植项目如下：",
                  "①【黑龙江】宁安市水稻项目 ②【河南】临颍县麦玉轮作项目 ③【江苏】镇江新区水稻项目 ④【四川】大邑县水稻项目",
                  "（说明：圈码只是编排顺序，并不表示名次。）", title="第二批数字农业建设试点项目投资计划公布")
    assert [(c["name"], c["province"], c["rank"]) for c in found] == [
        ("宁安市水稻项目", "黑龙江省", None), ("临颍县麦玉轮作项目", "河南省", None),
        ("镇江新区水稻项目", "江苏省", None), ("大邑县水稻项目", "四川省", None)]


def test_tables_headed_by_the_city_they_lie_in_and_by_an_administrative_level():
    """New: | 所在市 | 示范街道（乡镇） | names its columns (the kind with its other kinds in brackets is
    a header, not a case), and | 成都市武侯区 | 区（县）级 | gives each base its level, never a name."""
    found = cases("我省获评首批国家智慧健康养老应用试点示范单位名单（摘录）", "（一）示范街道（乡镇）",
                  "| 所在市 | 示范街道（乡镇） |", "| 成都市 | 武侯区玉林街道 |", "|  | 温江区柳城街道 |", "| 攀枝花市 | 东区炳草岗街道 |",
                  "（二）示范基地", "下表第一列为基地名称，第二列为其行政层级。",
                  "| 成都市武侯区 | 区（县）级 |", "| 成都市温江区 | 区（县）级 |", "| 攀枝花市 | 地级市 |",
                  title="我省15家单位获评首批国家智慧健康养老应用试点示范")
    assert [(c["name"], c["category"]) for c in found] == [
        ("武侯区玉林街道", "示范街道（乡镇）"), ("温江区柳城街道", "示范街道（乡镇）"), ("东区炳草岗街道", "示范街道（乡镇）"),
        ("成都市武侯区", "示范基地"), ("成都市温江区", "示范基地"), ("攀枝花市", "示范基地")]


def test_two_columns_of_places_printed_two_to_a_row():
    """New: | 北京 | 福州 | / | 广州 | 贵阳 | … under a list's title: every cell is an entry; a city
    beside the district in it (| 成都市 | 武侯区 |) is still one place and where it lies."""
    found = cases("城市政商关系健康指数前20名", "（下表按城市名称的拼音顺序排列，不分名次先后。）",
                  "| 北京 | 福州 |", "| 广州 | 贵阳 |", "| 杭州 | 湖州 |", "| 济南 | 嘉兴 |",
                  "从名单看，沿海城市占了绝大多数。", title="城市政商关系报告发布 浙江多城进入前20")
    assert names(found) == ["北京", "福州", "广州", "贵阳", "杭州", "湖州", "济南", "嘉兴"]
    found = cases("示范基地名单如下：", "| 成都市 | 武侯区 |", "| 成都市 | 温江区 |", "| 攀枝花市 | 东区 |",
                  title="智慧健康养老示范基地名单")
    assert len(found) <= 3


def test_places_ranked_in_turn_from_a_numbered_place_and_what_two_of_them_are():
    """New: 甲、乙、丙、丁四座一线城市依次位列第一至第四，戊、己…依次排在第五至第十位 and 庚、辛分别排在第十四、
    十五位 name ranked places (the count and a word on them after the last is no part of it); 苏州和
    泉州分别是江苏、福建经济总量最大的城市 says what two of them are, it lists nothing."""
    found = cases("《2020年中国296个地级及以上城市营商环境报告》发布。",
                  "综合排名",
                  "深圳、上海、北京、广州四座一线城市依次位列第一至第四，重庆、成都、杭州、南京依次排在第五至第八位。",
                  "普通地级市中，苏州、珠海、东莞、泉州分别排在第十四、十五、十八、十九位。其中苏州和泉州分别是江苏、福建经济总量最大的城市。",
                  title="296城营商环境报告发布：四大一线城市领跑")
    assert names(found) == ["深圳", "上海", "北京", "广州", "重庆", "成都", "杭州", "南京", "苏州", "珠海", "东莞", "泉州"]


def test_a_note_in_brackets_after_a_name_its_english_name_or_the_honour_it_won():
    """New: 中国文字博物馆（National Museum of Chinese Writing） and 深圳市智慧水务一期工程（2025地理信息产业
    优秀工程金奖）: the English name and the honour are notes; a body in brackets is still the agency."""
    found = cases("2023年度中博热搜榜十大热搜博物馆如下：", "1. 河南博物院（Henan Museum）",
                  "2. 中国文字博物馆（National Museum of Chinese Writing）", "3. 郑州博物馆（Zhengzhou Museum）",
                  "榜单由中国博物馆协会指导发布。", title="2023年度中博热搜榜发布")
    assert names(found) == ["河南博物院", "中国文字博物馆", "郑州博物馆"]
    found = cases("近年我省水利和测绘领域的几项荣誉如下：", "- 深圳市智慧水务一期工程（2025地理信息产业优秀工程金奖）",
                  "- 疏勒河流域数字孪生建设（甘肃省疏勒河流域水资源利用中心）",
                  "- 北京市（国家新型基础测绘建设试点城市）", title="水利和测绘信息化荣誉汇总")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("深圳市智慧水务一期工程", "深圳市"), ("疏勒河流域数字孪生建设", "甘肃省疏勒河流域水资源利用中心"), ("北京市", "北京市")]


def test_a_tables_caption_over_a_table_of_figures_is_no_case():
    """New: 表2 第三方应用商店在架应用分发量（截至4月末） over | 类别 | 累计下载量（亿次） |: a caption."""
    found = cases("工业和信息化部发布的互联网和相关服务业运行情况显示，截至4月末国内市场上监测到的APP共有359万款。",
                  "表1 数量居前的三类APP（截至4月末）", "| 类别 | 数量（万款） | 占全部APP比重 |", "|---|---|---|",
                  "| 游戏类 | 88.4 | 24.6% |", "| 日常工具类 | 51.1 | 14.2% |", "| 电子商务类 | 37.0 | 10.3% |",
                  "表2 第三方应用商店在架应用分发量（截至4月末）", "| 类别 | 累计下载量（亿次） |", "|---|---|",
                  "| 音乐视频类 | 1549 |", "| 游戏类 | 1396 |", "| 日常工具类 | 1317 |",
                  "在架应用的分发总量达到11402亿次。", title="图表：截至4月末我国APP数量359万款 各类应用下载量一览")
    assert found == []


def test_a_short_item_heading_the_labelled_items_under_it_in_a_bulleted_list():
    """New: - 湖南 / - 十佳省级单位：湖南省林业厅 / - 十佳市级单位：郴州市 / - 广东 / - …: the bare province
    over items that give their label before a colon heads a group (a nested list flattened)."""
    found = cases("2016年全国林业信息化率评测结果公布，湖南、广东两省获评十佳的单位整理如下：",
                  "- 湖南", "- 十佳省级单位：湖南省林业厅", "- 十佳市级单位：郴州市", "- 十佳县级单位：衡东县",
                  "- 广东", "- 十佳省级单位：广东省林业厅", "- 十佳市级单位：广州市",
                  title="2016年全国林业信息化率评测结果发布 湘粤多家单位获评十佳")
    assert [(c["name"], c["category"]) for c in found] == [
        ("湖南省林业厅", "十佳省级单位"), ("郴州市", "十佳市级单位"), ("衡东县", "十佳县级单位"),
        ("广东省林业厅", "十佳省级单位"), ("广州市", "十佳市级单位")]


def test_quoted_places_a_sentence_chose_and_counts_right_after_them():
    """New: 首批试点放在“北京”“上海”“重庆”“杭州”“广州”“深圳”这六座城市: chosen, and counted as six;
    the same quotes counted as five, or with no word of choosing, are no list."""
    line = "2021年11月，国务院印发意见，首批营商环境创新试点放在“北京”“上海”“重庆”“杭州”“广州”“深圳”这六座城市。"
    found = cases("先答第一个问题。", line, "选这六城的考虑是产业门类齐全、市场主体多。", title="首批营商环境创新试点是哪几个城市？")
    assert names(found) == ["“北京”", "“上海”", "“重庆”", "“杭州”", "“广州”", "“深圳”"]
    assert cases("先答第一个问题。", line.replace("六座", "五座"), title="首批营商环境创新试点是哪几个城市？") == []
    assert cases("先说说去年的行程。", "我们去了“北京”“上海”“重庆”“杭州”“广州”“深圳”这六座城市。", title="我的旅行笔记") == []


def test_a_table_of_units_chosen_with_their_province_and_city_merged_over_rows():
    """New: | 省份 | 城市 | 入选单位 | 类型 | with the province and city cells printed empty under a merge:
    the units chosen are the entries (no column names a thing), every row kept in the table."""
    found = cases("智慧健康养老应用试点示范部分入选单位汇总如下：",
                  "| 省份 | 城市 | 入选单位 | 类型 |", "|---|---|---|---|",
                  "| 广东省 | 深圳市 | 龙华区观湖街道 | 示范街道（乡镇） |", "|  | 深圳市 | 宝安区 | 示范基地 |",
                  "| 甘肃省 | 兰州市 | 城关区 | 示范基地 |", "|  |  | 城关区临夏路街道 | 示范街道（乡镇） |",
                  "| 江西省 | 宜春市 | 上高县南港镇 | 示范街道（乡镇） |", title="智慧健康养老应用试点示范：部分地方入选单位一览")
    assert [(c["name"], c["category"]) for c in found] == [
        ("龙华区观湖街道", "示范街道（乡镇）"), ("宝安区", "示范基地"), ("城关区", "示范基地"),
        ("城关区临夏路街道", "示范街道（乡镇）"), ("上高县南港镇", "示范街道（乡镇）")]


def test_a_section_telling_of_some_cases_a_longer_list_above_gave():
    """New: a table of five units, then 部分单位简介 / ⑴ 城关区 / its story / ⑵ 宝安区 / its story: the
    section tells of two listed cases again; each is one entry (the table's)."""
    found = cases("智慧健康养老应用试点示范部分入选单位汇总如下：",
                  "| 省份 | 城市 | 入选单位 | 类型 |", "|---|---|---|---|",
                  "| 广东省 | 深圳市 | 龙华区观湖街道 | 示范街道（乡镇） |", "|  | 深圳市 | 宝安区 | 示范基地 |",
                  "| 甘肃省 | 兰州市 | 城关区 | 示范基地 |", "|  |  | 城关区临夏路街道 | 示范街道（乡镇） |",
                  "| 江西省 | 宜春市 | 上高县南港镇 | 示范街道（乡镇） |",
                  "部分单位简介", "⑴ 城关区", "城关区是甘肃省第一个获得示范基地称号的县区，当地老龄化程度较高，智慧养老平台覆盖全区。",
                  "⑵ 宝安区", "宝安区获评示范基地的同时，西乡、新桥两个街道被评为示范街道，区民政局牵头推进智慧养老。",
                  title="智慧健康养老应用试点示范：部分地方入选单位一览")
    assert [(c["name"], c["category"]) for c in found] == [
        ("龙华区观湖街道", "示范街道（乡镇）"), ("宝安区", "示范基地"), ("城关区", "示范基地"),
        ("城关区临夏路街道", "示范街道（乡镇）"), ("上高县南港镇", "示范街道（乡镇）")]


def test_one_ranked_item_under_each_heading_numbered_in_another_style():
    """New: (1)榜单甲 / 6. 陕西历史博物馆 / (2)榜单乙 / 10. 八路军… / (3)榜单丙 / 6. … / 27. …, under a note
    that the numbers are places on the rankings: each item stays an item (not a heading because the
    next heading is numbered otherwise), the numbers skip and restart, and they are ranks; a note
    that they are not (编号仅为便于查找，不代表名次) leaves the ranks empty."""
    lines = ["(1)2020年5月份“十大热搜博物馆”", "6. 陕西历史博物馆", "(2)十大热搜博物馆（革命类博物馆、纪念馆）", "10. 八路军西安办事处纪念馆",
             "(3)2020年第一季“博物馆热搜百强榜”", "6. 陕西历史博物馆", "27. 秦始皇帝陵博物院", "42. 西安博物院"]
    found = cases("西安上榜情况如下（条目前的数字为该馆在相应榜单中的名次）：", *lines, title="首期中博热搜榜发布 西安多家博物馆上榜")
    assert [(c["name"], c["rank"], c["category"]) for c in found] == [
        ("陕西历史博物馆", 6, "2020年5月份“十大热搜博物馆”"), ("八路军西安办事处纪念馆", 10, "十大热搜博物馆（革命类博物馆、纪念馆）"),
        ("陕西历史博物馆", 6, "2020年第一季“博物馆热搜百强榜”"), ("秦始皇帝陵博物院", 27, "2020年第一季“博物馆热搜百强榜”"),
        ("西安博物院", 42, "2020年第一季“博物馆热搜百强榜”")]
    from crawler.parsers.cases.segment import NUMBERS_ARE_RANKS
    assert not NUMBERS_ARE_RANKS.search("（排名不分先后，编号仅为便于查找，不代表名次）")


def test_works_in_title_marks_under_a_prize_each_after_its_maker():
    """New: 一等奖 / （以下排名不分先后） / 1. 单位：《作品》 …: the works that won are the entries, the
    body before the colon their agency; a reading list of documents in 《》 is none."""
    found = cases("山东省应急管理厅组织了全省应急安全科普作品征集活动，本期先展示一等奖作品。", "一等奖", "（以下排名不分先后）",
                  "1. 山东高速济南发展有限公司：《隧道火灾自救逃生》", "2. 山东省公安厅交通管理局：《非遗说安全》",
                  "3. 中建八局第二建设有限公司：《如果安全有声音》", "每行冒号前为作者单位，冒号后为作品名称。",
                  title="2024年山东省应急安全科普作品征集活动获奖作品展示")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《隧道火灾自救逃生》", "山东高速济南发展有限公司"), ("《非遗说安全》", "山东省公安厅交通管理局"),
        ("《如果安全有声音》", "中建八局第二建设有限公司")]
    assert cases("为方便同学查找原文，现将常用的政策文件按发布时间排列如下：", "1. 《数字乡村发展战略纲要》",
                 "2. 《2020年数字乡村发展工作要点》", "3. 《数字乡村建设指南2.0》", title="数字乡村政策文件阅读清单") == []


def test_numbered_places_each_over_the_names_that_lie_in_it():
    """New: 1. 呼和浩特市 / 新城区成吉思汗大街街道、玉泉区兴隆巷街道… / 2. 包头市 / …: each numbered place
    is the category of the line of names under it (the numbered places are no cases)."""
    found = cases("现将第六批统计基层基础建设规范化苏木乡镇（街道办事处）名单通报如下：",
                  "1. 呼和浩特市", "新城区成吉思汗大街街道、玉泉区兴隆巷街道、托克托县双河镇",
                  "2. 包头市", "东河区河东镇、昆都仑区团结大街街道",
                  "3. 兴安盟", "乌兰浩特市新城街道、阿尔山市伊尔施街道",
                  title="全区第六批统计基层基础建设规范化苏木乡镇（街道办事处）名单")
    assert [(c["name"], c["category"]) for c in found] == [
        ("新城区成吉思汗大街街道", "呼和浩特市"), ("玉泉区兴隆巷街道", "呼和浩特市"), ("托克托县双河镇", "呼和浩特市"),
        ("东河区河东镇", "包头市"), ("昆都仑区团结大街街道", "包头市"), ("乌兰浩特市新城街道", "兴安盟"), ("阿尔山市伊尔施街道", "兴安盟")]


def test_a_table_of_figures_by_period_is_no_list():
    """New: | 统计时段 | 火灾扑救 | … | rows for 2024年1月—8月, 2025年6月—8月, 2025年全年: periods with their
    figures, not cases."""
    found = cases("下表按通报时段整理了接处警数据。",
                  "| 统计时段 | 警情总数 | 出动人员 | 出动消防车 | 营救被困人员 | 疏散遇险人员 |", "|---|---|---|---|---|---|",
                  "| 2024年1月—8月 | 165万起 | 1777.6万人次 | 318.4万辆次 | 14.8万人 | 16.9万人 |",
                  "| 2025年6月—8月 | 68.5万起 | — | — | — | — |",
                  "| 2025年全年 | 244.4万起 | 2593万人次 | 469.9万辆次 | 21.1万人 | 10.2万人 |", "警情构成",
                  "| 统计时段 | 火灾扑救 | 抢险救援 | 社会救助 | 安保勤务 | 虚假警 |", "|---|---|---|---|---|---|",
                  "| 2024年1月—8月 | 66万起 | 30万起 | 51.5万起 | — | — |", "| 2025年6月—8月 | — | 12.8万起 | 35.9万起 | — | — |",
                  "| 2025年全年 | 83.7万起 | 44.2万起 | 85.8万起 | 14.3万起 | 16.4万起 |",
                  "数据来源：新闻发布会通报。", title="数读消防：全国消防救援队伍接处警数据一览")
    assert found == []


def test_accidents_a_report_reviews_are_no_cases():
    """New: 1. …露天煤矿“2·22”特别重大坍塌事故 / its story / 2. …“3·27”…重大火灾事故 …: accidents, however
    numbered and described."""
    found = cases("应急管理部通报，当年以来重特大事故有所反弹，下面回顾几起事故的调查情况。",
                  "1. 内蒙古阿拉善新井煤业有限公司露天煤矿“2·22”特别重大坍塌事故", "这座露天煤矿发生坍塌，造成53人死亡、6人受伤。",
                  "2. 河北沧州“3·27”和浙江金华“4·17”重大火灾事故", "两起火灾的直接原因都是违规电焊作业。",
                  "3. 重庆秀山县锰渣场治理工程“10·19”较大中毒和窒息事故", "事故造成3人死亡。",
                  title="回顾2023年几起生产安全事故：调查怎么认定责任")
    assert found == []


def test_the_groups_something_is_divided_into_are_no_cases():
    """New: 首批入库专家分为三个组： / 一、财政财务类专家组 / 二、… : the parts of a panel, not what won."""
    found = cases("省财政厅日前向45位专家颁发聘书，财政支出绩效评价专家库正式组建。", "首批入库专家分为三个组：",
                  "一、财政财务类专家组", "二、公共管理类专家组", "三、专业技术类专家组",
                  "入库专家以高校、科研院所和省直专业部门的人员为主。", title="财政支出绩效评价专家库组建 45位专家受聘")
    assert found == []


def test_a_forum_posts_author_box_is_no_list():
    """New: 湘江边的小刘 / 中级会员 / 帖子 312 / 楼主 发表于 …: a forum's author box, however many posts."""
    found = cases("宣传干部之家 › 新媒体运营 › 学习平台推广运用工作，哪些单位被点名表扬过？",
                  "湘江边的小刘", "中级会员", "帖子 312", "楼主 发表于 2023-06-28 21:40",
                  "最近单位要写年度总结，想参考一下别的地方被表扬的单位都是怎么做的。",
                  "中原老宣", "高级会员", "帖子 1086", "2楼 发表于 2023-06-29 08:15", "我这边有两条，都是公开报道过的。",
                  title="学习平台推广运用工作，哪些单位被点名表扬过？")
    assert [c["name"] for c in found if c["name"] in ("中级会员", "高级会员", "帖子", "湘江边的小刘", "中原老宣")] == []


def test_a_place_on_a_board_alone_on_its_line_over_the_name():
    """New: NO.1 / 大朗人大 / its story / NO.2 / 厚街人大 / … (an editor's cards): each NO.n numbers the
    name on the next line, and is its rank (ties repeat)."""
    found = cases("“广东人大”微信公众号晒出2020年度的成绩单，东莞有四个镇人大进入镇人大榜前十，排名如下：",
                  "NO.1", "大朗人大", "在全省镇人大公众号中排第一。", "NO.2", "厚街人大", "紧随其后，位列第二。",
                  "NO.4", "长安人大", "与中堂人大并列第四名。", "NO.4", "中堂人大", "与长安人大并列第四名。",
                  title="广东人大官微2020年度榜单出炉")
    assert [(c["name"], c["rank"]) for c in found] == [("大朗人大", 1), ("厚街人大", 2), ("长安人大", 4), ("中堂人大", 4)]


def test_two_works_announced_as_sharing_a_prize_each_with_its_maker_in_brackets():
    """New: …下列两项同为一等奖，排名不分先后。 / 1、《作品》（公司） / 2、《作品》（公司）: two works that
    won, each with the body that made it."""
    found = cases("2022年·一等奖", "决赛在龙岩举行，共评出一等奖2名、二等奖6名；下列两项同为一等奖，排名不分先后。",
                  "1、《党建云—自主安全的数字党建解决方案》（中国软件与技术服务股份有限公司）",
                  "2、《践行央企社会责任 匠心打造智慧党建》（联通产业互联网公司）", "赛事日程回顾",
                  title="数字中国创新大赛·数字党建赛道：历届一等奖项目速查")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《党建云—自主安全的数字党建解决方案》", "中国软件与技术服务股份有限公司"),
        ("《践行央企社会责任 匠心打造智慧党建》", "联通产业互联网公司")]


def test_lines_of_works_each_under_its_prize():
    """New: 一、一等奖（共4件） / 《甲》、《乙》… / 二、二等奖（共3件） / 《丙》、…: every work is an entry under
    its prize, however few or many a line holds."""
    found = cases("中国消防协会组织的消防科普宣传教育作品公益征集活动公布评选结果，泉州支队共有9件作品获奖。",
                  "一、一等奖（共4件）", "《原来这就是蓝朋友的模样》、《了不起的消防“黑科技”》、《用火不离人》、《消防安全无小事系列科普短视频》",
                  "二、二等奖（共3件）", "《过程》、《致英雄》、《消防微实验系列科普视频》",
                  "三、三等奖（共2件）", "《消防“5+3”》、《我眼中的火焰蓝》",
                  title="泉州支队9件作品在消防科普宣传教育作品公益征集活动中获奖")
    assert [(c["name"], c["category"]) for c in found] == [
        ("《原来这就是蓝朋友的模样》", "一等奖"), ("《了不起的消防“黑科技”》", "一等奖"), ("《用火不离人》", "一等奖"),
        ("《消防安全无小事系列科普短视频》", "一等奖"), ("《过程》", "二等奖"), ("《致英雄》", "二等奖"),
        ("《消防微实验系列科普视频》", "二等奖"), ("《消防“5+3”》", "三等奖"), ("《我眼中的火焰蓝》", "三等奖")]


def test_works_with_their_credits_under_a_prize_and_other_winning_works():
    """New: 一等奖 / ⑴《测谎仪》（编导：高山川俊） / its story / 其他获奖作品（部分） / ⑵《…》（编导：…） / ⑶《…》
    （曾营小学）: the credit is a note on the work, a school in brackets its maker."""
    found = cases("集美区消防救援大队为主题短视频征集大赛的获奖者颁奖。", "一等奖", "⑴《测谎仪》（编导：高山川俊）",
                  "短片以消防网格员排查火灾隐患为线索，劝导当事人整改。", "其他获奖作品（部分）",
                  "⑵《增强消防安全意识 共创安全美好家园》（编导：秦永杰）", "⑶《校园消防安全宣传》（曾营小学）",
                  title="首届集美区消防主题短视频作品征集大赛收官 《测谎仪》获一等奖")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《测谎仪》", None), ("《增强消防安全意识 共创安全美好家园》", None), ("《校园消防安全宣传》", "曾营小学")]


def test_works_side_by_side_in_title_marks_after_a_sentence_counting_them():
    """New: 优秀奖 / 获得优秀奖的4件作品是《甲》《乙》《丙》《丁》。: each work in title marks is an entry;
    表中三列依次为报送单位、所获奖项、作品名称 names a table's columns, nothing else."""
    found = cases("湖北共有6件作品获奖，二等奖和三等奖见下表。",
                  "| 湖北省应急管理厅 | 二等奖 | 《减灾科普系列动漫（洪水篇）》 |", "| 湖北省安全生产应急救援中心 | 三等奖 | 《受限空间作业安全规范》 |",
                  "表中三列依次为报送单位、所获奖项、作品名称。", "优秀奖",
                  "获得优秀奖的4件作品是《安全协奏曲》《安全守红线 生命大如天》《生命至上 警钟长鸣》《安全生产法宣传周公益广告》。",
                  title="湖北6件作品在全国应急管理科普作品征集评选中获奖")
    assert names(found) == ["《减灾科普系列动漫（洪水篇）》", "《受限空间作业安全规范》", "《安全协奏曲》", "《安全守红线 生命大如天》",
                            "《生命至上 警钟长鸣》", "《安全生产法宣传周公益广告》"]


def test_a_case_then_its_street_or_town_after_a_dash():
    """New: 控江路645弄小区“妇女之家”活力四射——上海市延吉新村街道 beside one other item: a street or town
    written after its city is the body after the dash, on its own evidence."""
    found = cases("2016年度妇女工作创新案例评选结果公布。", "优秀创新案例：",
                  "- 控江路645弄小区“妇女之家”活力四射——上海市延吉新村街道",
                  "- 引入专业社会服务对困境儿童关怀实现精准化专业化常态化——重庆市妇联",
                  title="2016年度妇女工作创新案例发布")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("控江路645弄小区“妇女之家”活力四射", "上海市延吉新村街道"),
        ("引入专业社会服务对困境儿童关怀实现精准化专业化常态化", "重庆市妇联")]


def test_a_title_counting_the_cases_each_told_under_its_own_heading():
    """New: 三个项目进入…培育清单 over three headings each with its paragraph: the title counts the
    cases the headings name; the same page under a title counting none is no list."""
    body = ["省农业农村厅近日公布数字农业工厂和未来农场培育清单，我区申报的项目全部入选。",
            "谢径安传化未来农场", "农场位于浦阳镇，是我区第一家未来农场，建有育种科研温室和数字种苗工厂。",
            "仙家坞数字农业工厂", "同样在浦阳镇，主要为粮油生产提供全产业链服务。",
            "丁家庄数字农业工厂", "位于义桥镇，重点做农业社会化服务。"]
    found = cases(*body, title="三个项目进入省级数字农业工厂和未来农场培育清单")
    assert names(found) == ["谢径安传化未来农场", "仙家坞数字农业工厂", "丁家庄数字农业工厂"]
    assert cases(*body, title="我区数字农业发展见闻") == []


def test_a_prize_in_brackets_after_the_body_behind_a_dash():
    """New: 名称——青岛市审计局（一等奖）: the prize it won closes the line; the body before it is the agency."""
    found = cases("2019年全国审计机关优秀审计项目评选结果通报，我省获奖的项目如下：",
                  "- 2017年度青岛胶东机场建设及配套征迁工程建设情况跟踪审计项目——青岛市审计局（一等奖）",
                  "- 2017年度省级预算执行和其他财政收支情况审计项目——山东省审计厅（三等奖）",
                  "- 滨州市水利资金专项审计调查项目——滨州市审计局（一等奖）", title="我省5个项目获评全国审计机关优秀审计项目")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("2017年度青岛胶东机场建设及配套征迁工程建设情况跟踪审计项目", "青岛市审计局"),
        ("2017年度省级预算执行和其他财政收支情况审计项目", "山东省审计厅"), ("滨州市水利资金专项审计调查项目", "滨州市审计局")]


def test_a_two_row_header_with_two_rankings_under_one_merged_heading():
    """New: | 所在省份 | 国家级经开区 | 名次 |  | over |  |  | 综合排名 | 利用外资排名 |: each zone is an entry
    on each ranking it has a place in (— is none), its place there the rank."""
    found = cases("商务部公布2021年国家级经济技术开发区综合发展水平考核评价结果，前几名如下表。",
                  "| 所在省份 | 国家级经开区 | 名次 |  |", "|---|---|---|---|", "|  |  | 综合排名 | 利用外资排名 |",
                  "| 江苏 | 苏州工业园区 | 1 | 3 |", "| 广东 | 广州经济技术开发区 | 2 | 1 |", "| 北京 | 北京经济技术开发区 | 3 | — |",
                  "| 天津 | 天津经济技术开发区 | 4 | 2 |", title="217家国家级经开区成绩单出炉")
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("苏州工业园区", "综合排名", 1), ("苏州工业园区", "利用外资排名", 3), ("广州经济技术开发区", "综合排名", 2),
        ("广州经济技术开发区", "利用外资排名", 1), ("北京经济技术开发区", "综合排名", 3), ("天津经济技术开发区", "综合排名", 4),
        ("天津经济技术开发区", "利用外资排名", 2)]


def test_places_a_sentence_counts_right_after_them_and_chooses_for_a_pilot():
    """New: 北京、天津、河北、上海、江苏这5个省份，将实施…“跨省通办”试点: the count matches the names and the
    sentence says what they were chosen for; a count that does not match, or no choosing, is no list."""
    line = "根据国务院的批复，从今年6月1日起，北京、天津、河北、上海、江苏这5个省份，将实施婚姻登记“跨省通办”试点。"
    found = cases("民政部举行专题新闻发布会，介绍扩大婚姻登记“跨省通办”试点的安排。", line, title="婚姻登记“跨省通办”试点扩围")
    assert names(found) == ["北京", "天津", "河北", "上海", "江苏"]
    assert cases("民政部举行专题新闻发布会。", line.replace("这5个", "这6个"), title="婚姻登记“跨省通办”试点扩围") == []
    assert cases("记者走访了几地。", "北京、天津、河北、上海、江苏这5个省份，今年的结婚登记量都有所回升。", title="婚姻登记量回升") == []


def test_a_table_of_pilot_places_with_their_period_and_matters():
    """New: | 试点期限 | 试点事项 | 试点地区 |: the places the pilot chose are the entries (a period is no
    name, the matters are each row's category)."""
    found = cases("经国务院同意，在部分地区开展内地居民婚姻登记“跨省通办”试点：", "| 试点期限 | 试点事项 | 试点地区 |", "|---|---|---|",
                  "| 2021.6.1—2023.5.31 | 结婚登记和离婚登记 | 辽宁省 |", "| 2021.6.1—2023.5.31 | 结婚登记和离婚登记 | 山东省 |",
                  "| 2021.6.1—2023.5.31 | 结婚登记 | 江苏省 |", "| 2021.6.1—2023.5.31 | 结婚登记 | 湖北省武汉市 |",
                  title="婚姻登记“跨省通办”试点启动")
    assert [(c["name"], c["category"]) for c in found] == [
        ("辽宁省", "结婚登记和离婚登记"), ("山东省", "结婚登记和离婚登记"), ("江苏省", "结婚登记"), ("湖北省武汉市", "结婚登记")]
