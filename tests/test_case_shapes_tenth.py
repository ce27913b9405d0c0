"""Shapes met again in the hold-out sets during the tenth session of 2026-12-01, each in lines of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (dde8155), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def test_a_table_printed_in_two_parts_under_one_header_row():
    """New: | 城市 | 所在省份 | over six cities, （续表）, then the same header over six more: the second
    part is the rest of the list, with the first part's category (not the mark 续表)."""
    table = ["| 城市 | 所在省份 |", "|---|---|"]
    found = cases("中国社会科学院法学研究所发布《中国政府透明度年度报告（2011）》。",
                  "较大的市",
                  "透明度排在前列的较大的市共8个，名单按得分先后分两表列出。",
                  *table, "| 宁波 | 浙江 |", "| 青岛 | 山东 |", "| 合肥 | 安徽 |", "| 成都 | 四川 |",
                  "（续表）",
                  *table, "| 杭州 | 浙江 |", "| 洛阳 | 河南 |", "| 厦门 | 福建 |", "| 广州 | 广东 |",
                  "课题组称将继续跟踪测评。",
                  title="政府透明度测评结果发布 宁波居较大的市首位")
    assert [c["name"] for c in found] == ["宁波", "青岛", "合肥", "成都", "杭州", "洛阳", "厦门", "广州"]
    assert {c["category"] for c in found} == {"较大的市"}


def test_a_statistics_table_printed_twice_stays_no_list():
    """The same header row twice is no list when the first table was none: | 指标 | 数值 | twice."""
    table = ["| 指标 | 数值 |", "|---|---|"]
    found = cases("2023年全市12345热线运行情况如下。",
                  *table, "| 受理量 | 52.1万件 |", "| 办结率 | 99.2% |", "| 满意率 | 97.6% |",
                  "（续表）",
                  *table, "| 回访量 | 12.4万件 |", "| 按时办结率 | 98.8% |", "| 重复来电率 | 3.1% |",
                  title="2023年12345热线年度数据")
    assert found == []


def test_a_column_of_body_kinds_is_no_agency():
    """New: | 序号 | 考核等次 | 单位类型 | 单位名称 | — the kind of body (镇、街道 / 区级部门) is what sort
    each row is, not whose it is: the agency is the body in the name column, the grade the category."""
    found = cases("2021年度区政府信息公开工作考核结果如下（序号仅为编号，不代表名次）。",
                  "| 序号 | 考核等次 | 单位类型 | 单位名称 |",
                  "|---|---|---|---|",
                  "| 1 | 优秀 | 镇、街道 | 新场镇 |",
                  "| 2 | 优秀 | 区级部门 | 区民政局 |",
                  "| 3 | 良好 | 区级部门 | 区司法局 |",
                  "| 4 | 良好 | 镇、街道 | 塘桥街道 |",
                  title="关于公布2021年度政府信息公开工作考核结果的通知")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("新场镇", "新场镇", "优秀"), ("区民政局", "区民政局", "优秀"),
        ("区司法局", "区司法局", "良好"), ("塘桥街道", "塘桥街道", "良好")]


def test_a_link_list_date_of_month_and_day_is_no_part_of_the_body():
    """New: - 名称——河东区12-16: a link list's date without its year, glued to the body after the dash."""
    found = cases("2022年度社区治理创新案例",
                  "- 推行“网格吹哨、部门报到”机制，打通服务群众最后一米——河东区12-16",
                  "- 建设“社区议事厅”，推动居民协商常态化——南开区12-16",
                  "- 打造“一刻钟便民生活圈”，提升社区服务水平——北辰区12-15",
                  title="2022年度社区治理创新案例发布")
    assert [c["agency"] for c in found] == ["河东区", "南开区", "北辰区"]


def test_a_place_then_what_it_did_gives_the_place_not_a_fragment():
    """New: 黑龙江省建立大学生创业… ends a prefix at 大学 and 深圳建立…医院 at 医院, 甲站和乙队联合举办“…”
    at 办: a place, a verb of doing and a word that only ends like a body; the agency is the place."""
    from crawler.parsers.agencies import agency_from_name

    assert agency_from_name("黑龙江省建立大学生创业政策支持体系") is None
    assert agency_from_name("深圳建立与国际标准衔接的医院评审认证体系") is None
    assert agency_from_name("成都市监测站和执法支队联合举办“测管联动”大练兵") is None
    assert agency_from_name("2022年广州数字政府体验中心") is None
    # bodies with the same words stay bodies
    assert agency_from_name("杭州市数据资源管理局城市大脑停车系统") == "杭州市数据资源管理局"
    assert agency_from_name("中国建设银行") == "中国建设银行"
    found = cases("2019年度全国创业创新优秀案例",
                  "1. 黑龙江省建立大学生创业政策支持体系",
                  "2. 深圳建立与国际标准衔接的医院评审认证体系",
                  "3. 江苏省南京市推行“不见面审批”服务",
                  title="2019年度全国创业创新优秀案例名单")
    assert [(c["agency"], c["agency_kind"]) for c in found] == [
        ("黑龙江省", "region"), ("深圳", "region"), ("江苏省南京市", "region")]


def test_cooperatives_party_branches_and_small_offices_are_bodies():
    """New: 市供销合作社“…”, 民盟某总支, 区园林所, 消防处 named whole are bodies; 调处 in a practice's
    name is no office."""
    from crawler.parsers.agencies import agency_from_name

    assert agency_from_name("市供销合作社“村村旺”电商平台") == "市供销合作社"
    assert agency_from_name("民盟南海总支") == "民盟南海总支"
    assert agency_from_name("区园林所") == "区园林所"
    assert agency_from_name("消防处") == "消防处"
    assert agency_from_name("纠纷类警情调处“小脑+手脚”工作法") is None


def test_lines_of_a_person_and_the_body_they_work_for_are_people():
    """New: 陈某某　某党派总支 / 秦　某　某委员会 under 先进个人 labels: 姓名 then 单位, people, not cases;
    the units' list above them stays."""
    found = cases("2021年度区政协信息工作先进集体",
                  "一等奖",
                  "① 民建禅城总支",
                  "② 政协祖庙街道工作委员会",
                  "③ 区政协经济委员会",
                  "2021年度区政协信息工作先进个人",
                  "一等奖",
                  "梁国华　民建禅城总支",
                  "何　敏　政协祖庙街道工作委员会",
                  "周振宇　区政协经济委员会",
                  "林小燕　民盟禅城总支",
                  title="关于表扬2021年度政协信息工作先进集体和先进个人的决定")
    assert [c["name"] for c in found] == ["民建禅城总支", "政协祖庙街道工作委员会", "区政协经济委员会"]


def test_two_columns_of_places_the_rank_is_the_one_the_rows_follow_and_a_repeated_header_is_no_row():
    """New: | 人均GDP位次 | 电子政务发展指数（EGDI）位次 | 城市 | — a header word with a note in
    brackets, two columns of places: the rank is the column the rows run in; the header printed
    again halfway down is no case."""
    head = "| 人均GDP位次 | 电子政务发展指数（EGDI）位次 | 城市 |"
    found = cases("国家行政学院电子政务研究中心发布城市电子政务发展水平调查报告，表中按电子政务位次排列。",
                  head, "|---|---|---|",
                  "| 9 | 1 | 上海 |", "| 8 | 2 | 北京 |", "| 2 | 3 | 广州 |",
                  head,
                  "| 1 | 4 | 深圳 |", "| 12 | 5 | 福州 |", "| 6 | 6 | 青岛 |",
                  title="城市电子政务发展水平调查：上海居首")
    assert [(c["name"], c["rank"]) for c in found] == [("上海", 1), ("北京", 2), ("广州", 3), ("深圳", 4), ("福州", 5), ("青岛", 6)]


def test_a_tier_column_and_citation_marks_glued_to_names_in_cells():
    """New: an encyclopedia's table | 国务院部门 | 1 | 海关总署[1] | … | 省级政府 | 1 | 上海市[1] |, no
    header: the tier column groups the rows (it is the category, not the agency), the number is the
    place within the tier, and the citation mark is no part of the name."""
    found = cases("《中国政府透明度指数报告（2022）》收入《法治蓝皮书》发布。[2]",
                  "评估结果",
                  "下表按报告所列次序整理各序列的前三名。",
                  "| 国务院部门 | 1 | 商务部[2] |", "| 国务院部门 | 2 | 海关总署[2] |", "| 国务院部门 | 3 | 应急管理部[2] |",
                  "| 省级政府 | 1 | 北京市[2] |", "| 省级政府 | 2 | 上海市[2] |", "| 省级政府 | 3 | 广东省[2] |",
                  title="中国政府透明度指数报告（2022）")
    assert [(c["name"], c["agency"], c["category"], c["rank"]) for c in found] == [
        ("商务部", "商务部", "国务院部门", 1), ("海关总署", "海关总署", "国务院部门", 2),
        ("应急管理部", "应急管理部", "国务院部门", 3), ("北京市", "北京市", "省级政府", 1),
        ("上海市", "上海市", "省级政府", 2), ("广东省", "广东省", "省级政府", 3)]


def test_an_event_infobox_and_circled_items_after_an_order_note_on_their_line():
    """New: an encyclopedia's infobox (| 性质 | … | 主办 | … | 首届 | … |) is one thing's fields, not a
    list; （排名不分先后，序号仅为编号）①甲 ②乙 under the label 入围奖 is the label's two cases."""
    found = cases("| 北京市十佳政务新媒体 |  |", "|---|---|",
                  "| 性质 | 市级政务新媒体评选 |", "|---|---|",
                  "| 主办 | 北京市委网信办 |", "| 协办 | 北京市政务服务局、北京日报社 |",
                  "| 首届 | 2019年6月启动，2019年12月发布 |", "| 投票渠道 | “北京发布”“北京12345” |",
                  "北京市十佳政务新媒体是北京市委网信办组织的年度评选。",
                  "首届（2019年）",
                  "十佳政务新媒体",
                  "平安北京",
                  "入围奖",
                  "（排名不分先后，序号仅为编号）①北京海淀 ②北京西城",
                  title="北京市十佳政务新媒体")
    assert [(c["name"], c["category"]) for c in found] == [
        ("平安北京", "十佳政务新媒体"), ("北京海淀", "入围奖"), ("北京西城", "入围奖")]


def test_a_page_of_the_most_read_articles_names_no_case():
    """New: 本周热读榜 — numbered headlines with their reads and dates; some name an honour (捧得“长安杯”),
    none is a case."""
    found = cases("统计时段：2023年6月5日—6月11日，按阅读量排序",
                  "1. 全国政务服务工作会议在京召开2.1万2019-05-20",
                  "2. 成都第三次捧得“长安杯”1.2万2017-09-20",
                  "3. 首批数字政府示范城市名单公布9800 2022-07-01",
                  "4. 12345热线年度报告发布7600 2023-01-10",
                  title="本周热读榜")
    assert found == []


def test_a_sentence_that_ranks_the_names_it_gives():
    """New: 按总分比较，靠前的依次是甲、乙、丙… under a heading, on a page about a measured ranking: the
    names are the ranking's, though no list word stands near them."""
    found = cases("本轮测评对象共81家，本室把公开报道中的排序信息摘录如下。",
                  "总体排序",
                  "把81家放在一起按总分比较，靠前的依次是最高人民检察院、重庆、汕头、湖北、厦门。",
                  title="2013年度检务透明度测评结果摘录")
    assert [c["name"] for c in found] == ["最高人民检察院", "重庆", "汕头", "湖北", "厦门"]


def test_a_row_per_tier_with_its_places_across():
    """New: | 省级检察院 | 江苏 | 山东 | 湖北 | / | 较大的市检察院 | 南京 | 苏州 | 徐州 |: the first cell of each
    row names a tier (it ends like a body, but is no one body); the places after it are its cases."""
    found = cases("（二）分层级前三名",
                  "下表每行第一格为层级，后面三格按名次由前到后排列。",
                  "| 省级检察院 | 江苏 | 山东 | 湖北 |",
                  "| 较大的市检察院 | 南京 | 苏州 | 徐州 |",
                  title="2017年度检务透明度测评结果公布")
    assert [(c["name"], c["category"]) for c in found] == [
        ("江苏", "省级检察院"), ("山东", "省级检察院"), ("湖北", "省级检察院"),
        ("南京", "较大的市检察院"), ("苏州", "较大的市检察院"), ("徐州", "较大的市检察院")]


def test_a_second_ranking_under_a_label_of_the_same_kind_even_of_two():
    """New: 微博分榜 over a ranked table, a paragraph, then 客户端分榜 over 1. 甲 2. 乙: a part of the same
    ranking under a label of the same kind, though it holds only two names."""
    found = cases("人民网舆情数据中心日前推出“5月政法新媒体排行榜”，本期包括微博、客户端两个分榜。",
                  "微博分榜",
                  "| 名次 | 账号 |", "|---|---|",
                  "| 1 | @平安北京 |", "| 2 | @中国长安网 |", "| 3 | @江苏公安微发布 |",
                  "@平安北京本月排在榜首，前十名里公安账号占了多数。",
                  "客户端分榜",
                  "1. 最高人民法院",
                  "2. 最高人民检察院",
                  "本月的热点集中在高考护航。",
                  title="5月政法新媒体排行榜出炉")
    assert [(c["name"], c["category"]) for c in found][-2:] == [
        ("最高人民法院", "客户端分榜"), ("最高人民检察院", "客户端分榜")]


def test_a_numbered_title_then_the_line_naming_its_body():
    """New: （一）title / 入选单位：body, case after case: the title is the case and the field line its
    agency (not the body a case of its own, the title its category). An award over 获奖单位：甲 stays
    the award's winner."""
    found = cases("现将政务环境方面的入选做法整理如下（排名不分先后）。",
                  "政务环境",
                  "（一）推行“企业开办一日办结” 打造政务服务新标杆",
                  "入选单位：省市场监管局",
                  "（二）深化“最多跑一次”改革 推进涉企事项集成办理",
                  "入选单位：宁波市鄞州区",
                  "（三）创新“帮办代办”服务模式 构建项目审批全流程闭环",
                  "入选单位：嘉兴市南湖区",
                  title="2023年第二批“最佳实践案例”政务环境篇")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("推行“企业开办一日办结” 打造政务服务新标杆", "省市场监管局", "政务环境"),
        ("深化“最多跑一次”改革 推进涉企事项集成办理", "宁波市鄞州区", "政务环境"),
        ("创新“帮办代办”服务模式 构建项目审批全流程闭环", "嘉兴市南湖区", "政务环境")]
    awarded = cases("▶ 全国检察微信二十强", "获奖单位：福建省人民检察院",
                    "▶ 全国检察微博二十强", "获奖单位：厦门市人民检察院", title="我省检察新媒体获评全国二十强")
    assert [c["name"] for c in awarded] == ["福建省人民检察院", "厦门市人民检察院"]


def test_steps_handed_over_by_a_sentence_are_no_cases():
    """New: …选出这20家。评选主要经过以下环节： over 1. 各地自评 2. 设区市择优推荐 …: a process's steps."""
    found = cases("今年7月启动示范大厅创建，从43个参评大厅中选出这20家。评选主要经过以下环节：",
                  "1. 各地自评", "2. 设区市择优推荐", "3. 第三方评审", "4. 问卷调查", "5. 实地调研核查",
                  title="第一批政务服务示范大厅获授牌 共20家")
    assert found == []


def test_a_table_of_work_orders_per_unit_names_no_case():
    """New: | 县市区 | 办理工单（件） | 市直单位 | 办理工单（件） | under the heading 二、部门办理: counts per
    place and per bureau, with a unit in brackets in the header, not a list of winners."""
    found = cases("| 咨询 | 14938 |", "| 表扬 | 197 |",
                  "二、部门办理",
                  "热线责任单位共承办工单39818件，办结率99.88%。按工单办理数统计，各县市区和市直单位中工单量较多的如下：",
                  "| 县市区 | 办理工单（件） | 市直单位 | 办理工单（件） |", "|---|---|---|---|",
                  "| 岳阳县 | 4383 | 市交警支队 | 1789 |", "| 华容县 | 4048 | 市城管局 | 1609 |",
                  "| 湘阴县 | 3532 | 市公安局 | 1173 |", "| 汨罗市 | 2570 | 市住建局 | 1068 |",
                  "| 临湘市 | 2328 | 市房地产局 | 1032 |",
                  title="2017年二季度12345公众服务热线运行情况通报")
    assert found == []


def test_places_under_a_label_after_a_ranking_of_places_under_another():
    """New: 政务环境 over ⑴北京 ⑵上海 ⑶合肥, a sentence, then 经济活跃城市 over 1、苏州 2、南通 3、烟台:
    places under a label of their own, the next part of the same ranking."""
    found = cases("《2019中国城市营商环境报告》由中央广播电视总台编撰。",
                  "综合排名",
                  "- 第一 北京", "- 第二 上海", "- 第三 深圳",
                  "政务环境",
                  "⑴北京 ⑵上海 ⑶合肥 ⑷重庆",
                  "南昌以第11名紧随其后。",
                  "经济活跃城市",
                  "1、苏州", "2、南通", "3、烟台",
                  title="2019中国城市营商环境报告")
    assert [(c["name"], c["category"]) for c in found][-3:] == [
        ("苏州", "经济活跃城市"), ("南通", "经济活跃城市"), ("烟台", "经济活跃城市")]


def test_a_column_headed_paihang_is_the_rank_and_a_tie_shares_its_merged_cell():
    """New: | 排行 | 城市 | 国家 | 综合指数 |, a tie printed as an empty first cell under the merged 15:
    排行 is the rank's header; both tied cities take 15."""
    found = cases("《2021全球重要城市开放数据指数》发布，上海以满分位居榜首。",
                  "综合排名",
                  "| 排行 | 城市 | 国家 | 综合指数 |", "|---|---|---|---|",
                  "| 12 | 香港 | 中国 | 65.5005 |", "| 13 | 深圳 | 中国 | 63.1000 |",
                  "| 14 | 东京 | 日本 | 61.3613 |", "| 15 | 台北 | 中国 | 60.2355 |", "|  | 巴黎 | 法国 | 60.2355 |",
                  "| 16 | 新加坡 | 新加坡 | 59.0925 |", "| 17 | 杭州 | 中国 | 53.4638 |",
                  title="全球重要城市开放数据指数发布")
    assert [(c["name"], c["rank"]) for c in found] == [("香港", 12), ("深圳", 13), ("东京", 14), ("台北", 15), ("巴黎", 15),
                                                      ("新加坡", 16), ("杭州", 17)]


def test_a_line_of_criteria_under_its_heading_beside_a_line_of_winners():
    """New: 一、综合评价前10名 over a line of provinces, 二、评价维度 over a line of the measures: the
    measures are what was judged, not who."""
    found = cases("报告对31个省（区、市）的数字中国建设情况进行了评估。",
                  "一、综合评价前5名",
                  "浙江、北京、上海、广东、江苏",
                  "二、评价维度",
                  "数字基础设施、数字技术创新、数字经济、数字政府、数字社会",
                  title="国家网信办发布《数字中国发展报告（2021年）》")
    assert [c["name"] for c in found] == ["浙江", "北京", "上海", "广东", "江苏"]


def test_a_preview_line_then_the_entries_each_with_the_honour_after_a_space():
    """New: 本期盘点：①甲 ②乙 ③丙 then each entry under its label as `甲 获评“…”`: the preview names the
    entries once; the honour after the space is no part of the name."""
    found = cases("本期盘点：①湖北省12345热线 ②金昌市“市长热线”受理中心 ③凤城市12345热线",
                  "（序号只是排版需要，不代表名次。）",
                  "【省级热线】",
                  "湖北省12345热线 获评“2020年度中国最佳政府服务热线”",
                  "这一奖项经过三轮评选产生。",
                  "【地市热线】",
                  "金昌市“市长热线”受理中心 获“2022年度价值创造优秀单位”",
                  "这是该中心拿到的第四项全国性荣誉。",
                  "【县级热线】",
                  "凤城市12345热线 获评“机制创新奖”",
                  "大会从全国498个案例中选出130个优秀案例。",
                  title="盘点｜三地政务热线获全国性荣誉")
    assert [(c["name"], c["category"]) for c in found] == [
        ("湖北省12345热线", "省级热线"), ("金昌市“市长热线”受理中心", "地市热线"), ("凤城市12345热线", "县级热线")]


def test_notes_under_a_shuoming_heading_and_a_list_column_beside_the_names():
    """New: | 入选名单 | 申报单位 | 案例名称 | — the first column is the list each row's case is on (its
    category); the bullets under 说明 say who published each list, they are no cases."""
    found = cases("本页汇集近期几份评选中出现的政务服务类案例，彼此之间不构成排名。",
                  "| 入选名单 | 申报单位 | 案例名称 |", "|---|---|---|",
                  "| 2023年度“政务云创新实践优秀案例” | 宣城市数据资源管理局 | 物联感知政务云平台 |",
                  "| 福建省直部门和各地典型经验案例 | 省退役军人事务厅 | 打造“军人退役一件事”升级版 |",
                  "说明",
                  "- “政务云创新实践优秀案例”由中国信通院评出。",
                  "- 福建的案例集由福建省推进政府职能转变和“放管服”改革协调小组办公室发布，共32例。",
                  "- 四川省发展和改革委员会印发的经验做法共32个。",
                  title="政务服务与营商环境获评案例速览")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("物联感知政务云平台", "宣城市数据资源管理局", "2023年度“政务云创新实践优秀案例”"),
        ("打造“军人退役一件事”升级版", "省退役军人事务厅", "福建省直部门和各地典型经验案例")]


def test_a_table_of_two_entries_to_a_row_under_a_header_printed_twice():
    """New: | 序号 | 名称 | 序号 | 名称 | — each half of a row is an entry (the right half of the last
    row may be empty); a way of getting things done (…智能网办) is no office: the agency is the city."""
    found = cases("推出2025年第一批营商环境典型经验做法，共35个，排名不分先后。",
                  "| 序号 | 名称 | 序号 | 名称 |", "|---|---|---|---|",
                  "| 6 | 福州市二手房交易过户全链条智能网办 | 7 | 福州市打造“网购式交互”高效办电服务 |",
                  "| 8 | 福州市晋安区政务服务“三新”升级 |  |  |",
                  "注：表中序号沿用通知附件的顺序，不代表名次。",
                  title="福建推出2025年第一批营商环境典型经验做法 共35个")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("福州市二手房交易过户全链条智能网办", "福州市"), ("福州市打造“网购式交互”高效办电服务", "福州市"),
        ("福州市晋安区政务服务“三新”升级", "福州市晋安区")]


def test_a_top_ten_over_two_columns_with_each_rank_glued_to_its_name():
    """New: | 1苏州市 | 6洛阳市 | … | 5温州市 | 10南通市 |, no header — each cell a rank printed in a span of
    its own and the name; the ranks run down the first column, then the second."""
    found = cases("两张榜单的前十名如下：",
                  "地级市",
                  "| 1苏州市 | 6洛阳市 |", "| 2东莞市 | 7中山市 |", "| 3佛山市 | 8临沂市 |",
                  "| 4无锡市 | 9潍坊市 |", "| 5温州市 | 10南通市 |",
                  title="东莞位列2021全国城市传播百强榜地级市第二")
    assert sorted((c["rank"], c["name"]) for c in found) == [
        (1, "苏州市"), (2, "东莞市"), (3, "佛山市"), (4, "无锡市"), (5, "温州市"),
        (6, "洛阳市"), (7, "中山市"), (8, "临沂市"), (9, "潍坊市"), (10, "南通市")]


def test_an_inspection_praising_places_by_their_full_pass_rate():
    """New: （一）…合格率达到100%的六个市 over a line of short city names, under a paragraph counting the
    sites that failed (34家不合格 names none of them): the praised cities are the notice's cases."""
    found = cases("一、第一次抽查",
                  "这次共抽查228家政府网站，其中34家不合格，总体合格率85.1%。",
                  "（一）网站管理水平持续向好、合格率达到100%的六个市",
                  "兰州、嘉峪关、金昌、天水、定西、陇南",
                  "二、第二次抽查",
                  "范围包括市州门户网站，以及一季度不合格的14家省政府部门网站。结果有15家不合格。",
                  "（一）连续四个季度抽查合格率均为100%的市",
                  "兰州、嘉峪关、金昌、陇南",
                  "三、仍需关注的问题",
                  "仍有6家网站不合格，首页长期不更新等问题依旧存在。",
                  title="上半年两次全省政府网站抽查结果汇总")
    assert [c["name"] for c in found] == ["兰州", "嘉峪关", "金昌", "天水", "定西", "陇南", "兰州", "嘉峪关", "金昌", "陇南"]


def test_a_numbered_table_of_each_units_submissions_names_no_case():
    """New: | 序号 | 单位 | 报送信息数（条） | 采纳数（条） | 采纳率 | — a count column, figures with their
    unit in brackets and a rate: each unit's statistics, not an honour."""
    found = cases("现将4月份区政府门户网站信息报送情况通报如下：",
                  "| 序号 | 单位 | 报送信息数（条） | 采纳数（条） | 采纳率 |", "|---|---|---|---|---|",
                  "| 1 | 南川东路办事处 | 14 | 7 | 50% |", "| 2 | 仓门街办事处 | 28 | 16 | 57.10% |",
                  "| 3 | 总寨镇 | 15 | 8 | 53.30% |", "| 4 | 区财政局 | 8 | 6 | 75% |",
                  "（表中序号为统计编号，不是排名。）",
                  title="关于2017年4月份区政府门户网站信息报送情况的通报")
    assert found == []


def test_sites_rated_into_a_class_under_its_label():
    """New: 【A类县、市（区）政府网站】 over one name a line (a <pre> block), under counts per group: an
    assessment's top class, its members the cases; the counts are no cases."""
    found = cases("2015年自治区政府网站发展评估结果对外公布，共测评158家网站。",
                  "【评估范围】",
                  "自治区政府部门网站　47个",
                  "县市（区）政府网站　97个",
                  "【A类县、市（区）政府网站】",
                  "库尔勒市", "哈密市", "昌吉市",
                  "【备注】",
                  "名单顺序照录发布会材料，不代表得分高低。",
                  title="2015年度全疆政府网站发展评估结果出炉")
    assert [(c["name"], c["category"]) for c in found] == [
        ("库尔勒市", "A类县、市（区）政府网站"), ("哈密市", "A类县、市（区）政府网站"), ("昌吉市", "A类县、市（区）政府网站")]


def test_a_threshold_pass_rate_praises_and_a_note_in_the_label_is_no_part_of_it():
    """New: 抽查合格率達到95%以上的市州（編號只為方便閱讀，並非名次） over ①天水 ②慶陽 ③白銀, after another
    labelled list: the threshold praises the places (in traditional characters too), and the note
    in brackets leaves the label the category."""
    found = cases("甘肅省人民政府辦公廳每季度抽查政務新媒體賬號。",
                  "內容更新及時、發布質量較高的省直部門（不分先後）",
                  "(1) 省文旅廳", "(2) 省住建廳", "(3) 省民政廳",
                  "抽查合格率達到95%以上的市州（編號只為方便閱讀，並非名次）",
                  "①天水 ②慶陽 ③白銀 ④平涼",
                  title="甘肅政務新媒體抽查 兩季通報一覽")
    assert [(c["name"], c["category"]) for c in found][3:] == [
        ("天水", "抽查合格率達到95%以上的市州"), ("慶陽", "抽查合格率達到95%以上的市州"),
        ("白銀", "抽查合格率達到95%以上的市州"), ("平涼", "抽查合格率達到95%以上的市州")]


def test_a_count_of_sites_that_failed_before_is_no_finding_of_failure():
    """New: …以及一季度不合格的14家省政府部门网站。 above （一）…合格率均为100%的市 / 甲、乙、丙: the count
    of sites that failed names none; the praised cities stay the notice's cases."""
    found = cases("二、第二次抽查",
                  "第二次抽查面向224家政府网站，范围包括市州门户网站，以及一季度不合格的14家省政府部门网站。",
                  "（一）网站管理水平持续向好、合格率达到100%的市",
                  "兰州、天水、嘉峪关、武威、金昌",
                  "（二）连续四个季度抽查合格率均为100%的市",
                  "兰州、嘉峪关、金昌、陇南",
                  title="上半年两次全省政府网站抽查结果汇总")
    assert [c["name"] for c in found] == ["兰州", "天水", "嘉峪关", "武威", "金昌", "兰州", "嘉峪关", "金昌", "陇南"]


def test_an_honour_heading_over_places_each_under_its_own_heading():
    """New: 百高市 / 佛山市 / 再次进入“百高市”… / 百高县 / 昆山市 / … / 江阴市 / …: the short heading the
    paragraphs say the places entered is the honour (category); the places under it are the cases."""
    found = cases("《中国地方政府效能报告》分设“百高市”“百高县”两个榜单，本词条只收广东、江苏的上榜地区。",
                  "百高市",
                  "佛山市",
                  "再次进入“百高市”，列全国第12名，比上一年上升5位，政务公开指标居全国第一。",
                  "百高县",
                  "昆山市",
                  "苏州市下辖县级市，从全国1800多个县级政府中进入“百高县”，在华东地区排第1名。",
                  "江阴市",
                  "无锡市下辖县级市，进入“百高县”，在华东地区排第2名。",
                  title="中国地方政府效能报告（江苏、广东上榜地区）")
    assert [(c["name"], c["category"]) for c in found] == [("佛山市", "百高市"), ("昆山市", "百高县"), ("江阴市", "百高县")]


def test_praise_and_rankings_named_in_running_sentences():
    """New: 抽查合格率达到100%的有北京、辽宁、青海等地；合格率超过90%的还有广东、湖北和湖南等地 and
    进入前10名的有甲和乙，进入前20名的还有丙和丁: each clause's names, the second clause no part of the first."""
    found = cases("2016年第二季度全国政府网站抽查",
                  "国务院办公厅通报了第二季度全国政府网站抽查情况。在各地区中，抽查合格率达到100%的有北京、辽宁、青海等地；"
                  "合格率超过90%的还有广东、湖北和湖南等地。",
                  "省级政府网站测评",
                  "从省级政府网站的测评结果看，民族地区省份势头不错：进入前10名的有广西壮族自治区和贵州省，"
                  "进入前20名的还有内蒙古自治区和云南省。",
                  title="民族地区政府网站：从“合格”到“进前十”")
    assert [c["name"] for c in found] == ["北京", "辽宁", "青海", "广东", "湖北", "湖南",
                                          "广西壮族自治区", "贵州省", "内蒙古自治区", "云南省"]


NOTICE_WITH_ATTACHMENT = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于印发2016年全省法院宣传优秀成果名录的通知</title></head><body>
<div id="header"><div class="title">法院宣传工作交流平台</div><a href="/">首页</a> | <a href="/tzgg/">通知公告</a></div>
<div id="container"><div class="location">当前位置：首页 &gt; 通知公告</div>
<div class="doc"><h1>关于印发2016年全省法院宣传优秀成果名录的通知</h1>
<div class="docno">交流平台〔2017〕2号</div>
<p>各联系单位：</p>
<p>2016年全省法院新闻宣传优秀成果评选已经揭晓，共评出优秀策划和优秀作品若干件。现将部分地市获奖成果整理成名录印发给你们，请结合本院实际学习借鉴，进一步改进新闻宣传工作。</p>
<p>附件：2016年全省法院宣传优秀成果一览表</p>
<p>法院宣传工作交流平台编辑部</p><p>2017年2月20日</p></div>
<div class="attachment"><h3>附件</h3><p>2016年全省法院宣传优秀成果一览表</p>
<table><tr><th>省份</th><th>报送单位</th><th>奖项</th><th>成果名称</th></tr>
<tr><td rowspan="2">甘肃省</td><td>兰州市中级人民法院</td><td>优秀策划奖</td><td>“法官进社区”系列报道</td></tr>
<tr><td>天水市中级人民法院</td><td>优秀作品奖</td><td>《大山里的巡回法庭》</td></tr>
<tr><td>宁夏回族自治区</td><td>银川市中级人民法院</td><td>优秀作品奖</td><td>《执行一线》</td></tr>
</table></div>
<div class="tools"><a href="javascript:print()">打印</a> | <a href="javascript:window.close()">关闭</a></div></div>
<div id="footer">法院宣传工作交流平台 编辑部</div></body></html>"""


def test_a_notice_whose_attachment_box_after_the_signature_holds_the_list():
    """New: the notice names its attachment (附件：…一览表) and prints it after the signature in a box
    of its own: the attachment is the body's (its table the list), the 省份 column merged by rowspan
    gives every row its province."""
    from crawler.sites import parse_page

    page = parse_page(None, NOTICE_WITH_ATTACHMENT.encode("utf-8"))
    assert "《大山里的巡回法庭》" in page.article["text"] and "打印" not in page.article["text"]
    assert [(c["name"], c["agency"], c["province"], c["category"]) for c in page.cases] == [
        ("“法官进社区”系列报道", "兰州市中级人民法院", "甘肃省", "优秀策划奖"),
        ("《大山里的巡回法庭》", "天水市中级人民法院", "甘肃省", "优秀作品奖"),
        ("《执行一线》", "银川市中级人民法院", "宁夏回族自治区", "优秀作品奖")]


def test_a_merged_province_cell_gives_every_row_below_it_its_province():
    """New: | 省份 | 报送单位 | 奖项 | 成果名称 | with 陕西省 printed once over three rows (the later
    rows one cell short): each row's province is the merged cell's, read on its own line."""
    found = cases("附件：部分省份宣传优秀成果一览表",
                  "| 省份 | 报送单位 | 奖项 | 成果名称 |", "|---|---|---|---|",
                  "| 陕西省 | — | 优秀策划奖 | “带着微博讲宪法”专题策划 |",
                  "| — | 优秀作品奖 | 《执行法官的一封信》 |",
                  "| — | 优秀作品奖 | 《阳光司法》 |",
                  "| 河南省 | 郑州高新区法院 | 优秀作品奖 | 《亲兄弟明算账》 |",
                  title="关于印发全国法院宣传优秀成果（部分省份）名录的通知")
    assert [(c["name"], c["province"]) for c in found] == [
        ("“带着微博讲宪法”专题策划", "陕西省"), ("《执行法官的一封信》", "陕西省"), ("《阳光司法》", "陕西省"),
        ("《亲兄弟明算账》", "河南省")]


def test_a_sentence_on_the_numbers_between_a_list_label_and_its_items():
    """New: 中国上榜城市 / 按报告中出现的先后列出，序号仅作计数，不代表名次： / - (1) 上海 …: the sentence is a
    note on the numbering; the label above it names the list. (A sentence that hands the list over,
    试点地区如下（排名不分先后）：, stays the announcing line.)"""
    found = cases("伊甸战略研究所发布第二届《50强智慧城市政府》排行榜，成都首次登上这份榜单。",
                  "中国上榜城市",
                  "按报告文字中出现的先后列出，序号仅作计数，不代表名次：",
                  "- (1) 上海", "- (2) 北京", "- (3) 成都", "- (4) 深圳",
                  "其中成都为第一次入榜。",
                  title="成都首次跻身全球“50强智慧城市政府”榜单")
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("上海", "中国上榜城市", None), ("北京", "中国上榜城市", None), ("成都", "中国上榜城市", None), ("深圳", "中国上榜城市", None)]


def test_accounts_that_were_closed_are_no_cases():
    """New: 上半年共有3个部门注销了微博账号，分别是“甲”“乙”和“丙”: accounts closed down, named for that."""
    found = cases("今年上半年，各市直部门政务微博在信息发布频率上差距较大。",
                  "上半年共有3个部门注销了微博账号，分别是“广州工信”“广州财政”和“广州市民族宗教事务局”，因此本期参与测评的市直部门为20个。综合上半年数据，“广州公安”“健康广州”“广州交通”位列前三。",
                  "【半年榜】", "1、广州公安", "2、健康广州", "3、广州交通",
                  "【一季度】", "1、健康广州", "2、广州公安", "3、广州交通",
                  title="2020上半年广州市直部门政务微博榜：公安稳居首位")
    assert {c["name"] for c in found} == {"广州公安", "健康广州", "广州交通"}


def test_tables_of_people_and_of_targets_and_rules_under_a_label_name_no_case():
    """New: | 序号 | 姓名 | 单位及职务 | (people nominated), | 区域 | 到2027年底前的目标 | (what each district
    is to do), and 规则方面： over numbered rules: none is a list of cases."""
    people = cases("拟推荐以下2名同志申报湖北五一劳动奖章，现予公示。",
                   "| 湖北五一劳动奖章推荐人选名单 |  |  |", "|---|---|---|",
                   "| 序号 | 姓名 | 单位及职务 |", "|---|---|---|",
                   "| 1 | 张子扬 | 湖北省体育局游跳中心省游泳队运动员 |",
                   "| 2 | 付小林 | 中国地质调查局武汉地质调查中心三峡中心主任 |",
                   title="湖北五一劳动奖章推荐人选公示")
    targets = cases("（二）到2027年底前，在总结试点经验的基础上向更多社区推开。部分区域的建设目标见下表。",
                    "| 区域 | 到2027年底前的目标 |", "|---|---|",
                    "| 四川天府新区 | 50%的城市社区建成社区服务综合体 |", "| 成都高新区 | 同上 |",
                    "| 锦江区 | 同上 |", "| 青羊区 | 同上 |",
                    title="关于印发城市社区嵌入式服务设施建设工程实施方案的通知")
    rules = cases("2023湖北十佳政务新媒体评选报名账号363个。",
                  "规则方面：",
                  "1. 入围靠的是2022年度WCI、BCI、DCI等传播指数，再结合报名情况初选；",
                  "2. 最终结果按专家评审占70%、网络投票占30%综合确定；",
                  "3. 政法系统主办单位的评估覆盖微信、微博、抖音和头条号。",
                  title="2023湖北十佳政务新媒体评选到底有多少账号参加？")
    assert (people, targets, rules) == ([], [], [])


def test_a_line_of_names_under_the_label_the_sentence_above_says_they_entered():
    """New: …共有4个城市入选Smart21，其中3个进入Top7。 / Smart21：甲、乙、丙、丁: the sentence says the
    places entered what labels the line; its names are the cases."""
    found = cases("智慧城市论坛（ICF）评选",
                  "2018年台湾地区共有4个城市入选Smart21，其中3个进入Top7，创下入围数的新纪录。",
                  "Smart21：桃园市、嘉义市、台南市、金门县",
                  "近年来各地继续推进智慧城市建设。",
                  title="智慧城市评选")
    assert [c["name"] for c in found] == ["桃园市", "嘉义市", "台南市", "金门县"]


def test_quoted_accounts_in_clauses_that_each_keep_their_place():
    """New: “甲”“乙”仍在前五之列；“丙”和我们的“丁”继续留在前十；“戊”“己”各凭特色挤进前十 under a label:
    every clause's quoted subjects are ranked accounts; each is placed by the name inside its quotes."""
    found = cases("浙江在线·浙江舆情网发布了7月份浙江政务微博排行榜。",
                  "▌前十其余账号",
                  "“江干发布”“东阳发布”仍在前五之列；“镇海发布”和我们的“吴兴发布”继续留在前十；“余姚发布”“桐庐发布”各凭特色挤进前十。",
                  title="7月全省政务微博排行出炉，“吴兴发布”继续留在前十")
    assert [(c["name"], c["province"]) for c in found] == [
        ("“江干发布”", "浙江省"), ("“东阳发布”", "浙江省"), ("“镇海发布”", "浙江省"), ("“吴兴发布”", "浙江省"),
        ("“余姚发布”", "浙江省"), ("“桐庐发布”", "浙江省")]


def test_a_measure_then_the_place_that_came_first_in_it():
    """New: - 综合传播指数：竹山县（全省第一） / - 好感度：竹山县（全省第一）: each line a measure (the
    category), the place placed in it (the case) and its rank in brackets."""
    found = cases("（一）2020年度湖北省县域政务融合传播指数",
                  "这项指数由湖北长江云发布，全省103个县（市、区）参评，各项排名如下。",
                  "- 综合传播指数：竹山县（全省第一）",
                  "- 好感度：竹山县（全省第一）",
                  "- 传播力：房县（全省第三）",
                  title="县级融媒体中心拿过哪些奖？")
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("竹山县", "综合传播指数", 1), ("竹山县", "好感度", 1), ("房县", "传播力", 3)]


def test_places_each_with_their_place_in_a_sentence_under_a_ranked_list():
    """New: under - 第一 北京 … - 第三 深圳, the sentence 中部省会城市中，武汉排第12名，合肥第16名，郑州第17名
    names three more places of the ranking, each with its rank (no description of the item above)."""
    found = cases("《2019中国城市营商环境报告》由中央广播电视总台编撰。",
                  "综合排名",
                  "- 第一 北京", "- 第二 上海", "- 第三 深圳",
                  "中部省会城市中，武汉排第12名，合肥第16名，郑州第17名。",
                  title="2019中国城市营商环境报告")
    assert [(c["name"], c["rank"], c["category"]) for c in found] == [
        ("北京", 1, "综合排名"), ("上海", 2, "综合排名"), ("深圳", 3, "综合排名"),
        ("武汉", 12, "综合排名"), ("合肥", 16, "综合排名"), ("郑州", 17, "综合排名")]


def test_a_link_to_the_contests_own_papers_among_dash_items_is_no_case():
    """New: - 《甲》——单位 / - “乙”视频直播——单位 / - 2018年度…“十佳百优”评选说明（站内摘录）: the last
    link is the contest's paper; the two entries with their bodies stay."""
    found = cases("二、作品与案例",
                  "第一条是2018年度全国法院百优新媒体作品，第二条是第四届新媒体应用案例中的十佳案例：",
                  "- 《执行攻坚版卡路里》——南宁市兴宁区法院",
                  "- “利剑向老赖”视频直播——三明市中级人民法院",
                  "- 2018年度全国法院“十佳百优”评选说明（站内摘录）",
                  title="翻了翻近十年法院系统拿过的新媒体奖，记几笔")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《执行攻坚版卡路里》", "南宁市兴宁区法院"), ("“利剑向老赖”视频直播", "三明市中级人民法院")]


def test_more_winners_named_in_a_sentence_under_the_last_item():
    """Guard (this short text reads right on the code before too; set 85 t05 did not): 2. 重庆市人民检察院：… / 同一届活动里…的获奖单位还有甲、乙和丙。: the
    sentence names more winners; it is no description of the item above."""
    found = cases("最近单位让我整理一份可对标的法院新媒体清单，每条只写一句，来源都是公开报道。",
                  "一、账号",
                  "1. 最高人民法院官方微博：在《2014年上半年新浪政务微博报告》中拿下十大司法微博第一名。",
                  "2. 延长法院官方微博：被评为“全国十大法院微博”。",
                  "3. 白水法院官方微博：在2023年度全国法院“十佳百优”推选中获评百优新媒体账号。",
                  "三、单位",
                  "1. 黑龙江高院：在第四届“检法系统新媒体应用案例”评选中获评法院系统“十佳新媒体应用案例”。",
                  "2. 重庆市人民检察院：在第六届“政法系统新媒体应用案例”推选中，以第三名获得“最具影响力新媒体奖”。",
                  "同一届活动里，在研讨环节上台交流的获奖单位还有江苏省高级人民法院、江苏省苏州市公安局和四川省监狱管理局。",
                  "3. 荔波法院：2017年获评“全国法院司法宣传先进单位”。",
                  title="翻了翻近十年政法系统拿过的新媒体奖")
    assert {"江苏省高级人民法院", "江苏省苏州市公安局", "四川省监狱管理局"} <= {c["name"] for c in found}


def test_the_places_a_sentence_puts_in_a_rankings_first_tier():
    """New: 和北京一起站上第一梯队、表现良好的，还有杭州、南京…和武汉, on a page whose title says who came
    first (居首): the tier's places are the ranking's."""
    found = cases("中国政法大学法治政府研究院发布《中国法治政府评估报告》，评估覆盖全国100个城市。",
                  "得分最高的城市",
                  "总得分率最高的是北京。和北京一起站上第一梯队、表现良好的，还有杭州、南京、广州、青岛和宁波。",
                  title="法治政府评估走过十年：北京得分率居首")
    assert [c["name"] for c in found] == ["杭州", "南京", "广州", "青岛", "宁波"]


BLOCKQUOTE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>“德清发布”7月升至全省政务微博排行第三</title></head>
<body><div class="top"><a href="/">德清新闻网首页</a> | <a href="/xnxw/">县内新闻</a></div>
<div class="main"><div class="art_tit">“德清发布”7月升至全省政务微博排行第三</div>
<div class="art_info">来源：德清新闻网　发布时间：2015-08-06 09:10</div>
<div class="art_con">
<p>8月5日，浙江在线·浙江舆情网发布了7月份浙江政务微博排行榜，我县“德清发布”由上月的第五位升至第三位，创下该账号上榜以来的最好名次。</p>
<p>本月各地账号围绕防台防汛和高温天气发布了大量服务信息，榜单名次变化较大，多个县级账号进入前列。</p>
<blockquote class="greybox"><p><b>▍榜单摘录</b></p>
<table><tr><td>第一名</td><td>杭州发布</td></tr><tr><td>第二名</td><td>宁波发布</td></tr>
<tr><td>第三名</td><td>德清发布</td></tr><tr><td>第四名</td><td>温州发布</td></tr></table>
<p>此外，“镇海发布”“桐庐发布”仍在前十，名次与上月相同。</p></blockquote>
<p>（责任编辑：王芳）</p></div></div>
<div class="foot">德清新闻网 版权所有</div></body></html>"""


def test_a_ranking_table_in_a_grey_quote_box_keeps_its_rows():
    """New: a <blockquote> holding a label, a two-column table 第一名 | 杭州发布 … and a sentence: the
    body keeps the table's rows (trafilatura gives the box as one line), so the ranking is read."""
    from crawler.sites import parse_page

    page = parse_page(None, BLOCKQUOTE_PAGE.encode("utf-8"))
    assert "| 第一名 | 杭州发布 |" in page.article["text"]
    assert [(c["name"], c["rank"]) for c in page.cases][:4] == [
        ("杭州发布", 1), ("宁波发布", 2), ("德清发布", 3), ("温州发布", 4)]


def test_a_headerless_table_of_year_praised_class_and_body():
    """New: | 2024年度 | 成绩突出基层检察院 | 枣阳市人民检察院 | — the repeated class the row was praised in
    (it ends like a body) is the category, not the agency; the body in the last column is the case."""
    found = cases("2024年度，最高检政治部和检察日报社通报表扬了一批全媒体生产传播工作成绩突出单位，下面几条摘自公开报道：",
                  "| 2024年度 | 成绩突出市级检察院 | 湖北省襄阳市人民检察院 |",
                  "| 2024年度 | 成绩突出基层检察院 | 枣阳市人民检察院 |",
                  "| 2024年度 | 成绩突出基层检察院 | 襄城区人民检察院 |",
                  "| 2025年度 | 成绩突出单位 | 驿城区人民检察院 |",
                  title="全媒体生产传播工作成绩突出单位有哪些？")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("湖北省襄阳市人民检察院", "湖北省襄阳市人民检察院", "成绩突出市级检察院"),
        ("枣阳市人民检察院", "枣阳市人民检察院", "成绩突出基层检察院"),
        ("襄城区人民检察院", "襄城区人民检察院", "成绩突出基层检察院"),
        ("驿城区人民检察院", "驿城区人民检察院", "成绩突出单位")]


def test_one_name_under_notes_that_set_it_apart_is_one_entry_each():
    """New: 各维度的第一名分别是：①上海市（准备度）②上海市（平台层）③烟台市（数据层）④上海市（利用层）: the
    same city first in three dimensions is three entries (its notes set them apart)."""
    found = cases("准备度、平台层、数据层、利用层四个维度各自的第一名分别是：①上海市（准备度）②上海市（平台层）③烟台市（数据层）④上海市（利用层）",
                  "（圈码只是按四个维度的先后编排的，不代表名次。）",
                  title="读报告｜173个城市的公共数据开放，谁做得最好？")
    assert [c["name"] for c in found] == ["上海市", "上海市", "烟台市", "上海市"]


def test_one_case_under_each_numbered_section_that_names_a_recognition():
    """New: 第一 2024年度全国检察新媒体精品 / 单位：“账号” / its story, 第二 … / 第三 …: one case under each
    numbered section, the section's title its category."""
    found = cases("编者按：小编把近年检察系统新媒体领域的几项全国性评选梳理了一遍，每项挑一个代表。",
                  "第一 2024年度全国检察新媒体精品",
                  "陕西省白水县人民检察院：“白水检察”",
                  "12月16日名单揭晓，获评全国检察微博三十佳，这是该院连续第三年拿到全国性荣誉。",
                  "第二 2024年1月发布的全国检察新媒体精品定评名单",
                  "安徽省蒙城县人民检察院：“蒙城检察”官方微博",
                  "研讨会上发布了300个全国检察新媒体精品，该账号入选全国检察微博三十佳。",
                  "第三 2022年度“两个一百”全国优秀检察新媒体",
                  "福建省厦门市湖里区人民检察院：《“元宇宙”里送达督促监护令》",
                  "获评“应用案例二十佳”，该院后来还与检察日报社合作搭建了元宇宙场馆。",
                  title="盘点｜这些检察新媒体拿过全国荣誉，你关注了几个？")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("“白水检察”", "陕西省白水县人民检察院", "2024年度全国检察新媒体精品"),
        ("“蒙城检察”官方微博", "安徽省蒙城县人民检察院", "2024年1月发布的全国检察新媒体精品定评名单"),
        ("《“元宇宙”里送达督促监护令》", "福建省厦门市湖里区人民检察院", "2022年度“两个一百”全国优秀检察新媒体")]


def test_quoted_accounts_a_sentence_says_are_placed_at_the_front():
    """New: 市级单位这张榜上，排在前列的是“成都发布”“微博德阳”“宜宾发布”: the accounts at a ranking's front."""
    found = cases("2015年6月11日，《四川省政务新媒体综合影响力报告》在成都发布。",
                  "市级单位这张榜上，排在前列的是“成都发布”“微博德阳”“宜宾发布”“达州发布”，报告提到“成都发布”的运营表现稳定。",
                  title="西部政务平台评估笔记")
    assert [c["name"] for c in found] == ["“成都发布”", "“微博德阳”", "“宜宾发布”", "“达州发布”"]
