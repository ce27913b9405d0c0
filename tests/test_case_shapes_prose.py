"""Shapes met in the eighteenth hold-out set, as small texts of our own (real platforms and
bodies, wording ours): items closed by ； under award labels, a body's product written 单位的“名称”,
two winners under an award label, a label over numbered items, a table of entries (参赛作品), and
the sites an inspection notice praises in its prose."""
from crawler.parsers.cases import extract_cases


def cases(text, title):
    return [(c["name"], c["agency"], c["category"]) for c in extract_cases(text, title)["cases"]]


def test_items_closed_by_semicolons_under_award_labels_name_each_bodys_product():
    text = ("全省政务服务创新成果评选结果近日揭晓，共有3项成果获奖。\n"
            "一等奖（1项）：\n"
            "浙江省大数据发展管理局的“浙里办”；\n"
            "二等奖（2项）：\n"
            "上海市大数据中心的“随申办”；\n"
            "广东省政务服务数据管理局数据资源处的“粤省事”。\n"
            "获奖单位将在年度工作会议上交流经验。")
    assert cases(text, "政务服务创新成果评选结果揭晓") == [
        ("“浙里办”", "浙江省大数据发展管理局", "一等奖"),
        ("“随申办”", "上海市大数据中心", "二等奖"),
        ("“粤省事”", "广东省政务服务数据管理局数据资源处", "二等奖")]


def test_two_winners_under_an_award_label_and_a_label_over_the_entries_after_an_intro():
    text = ("经过角逐，本次比赛结果如下：\n【一等奖】\n"
            "- “渝快办”——重庆公安机关\n- “赣服通”——江西公安机关\n"
            "【部分参赛成果】\n从类型看，参赛成果覆盖多个方向，部分成果如下：\n"
            "- 闽政通——福建公安\n- 皖事通——安徽公安\n- 苏服办——江苏公安\n"
            "（本文综合整理）")
    found = cases(text, "政务应用练兵比武结果")
    assert found[:2] == [("“渝快办”", "重庆公安机关", "一等奖"), ("“赣服通”", "江西公安机关", "一等奖")]
    assert found[2:] == [("闽政通", "福建公安", "部分参赛成果"), ("皖事通", "安徽公安", "部分参赛成果"),
                         ("苏服办", "江苏公安", "部分参赛成果")]


def test_a_short_line_over_numbered_items_is_their_label_not_a_name():
    text = ("两项成果获得一等奖，其余决赛项目分获二、三等奖。\n一等奖\n"
            "浙江省大数据发展管理局“浙里办”\n上海市大数据中心“随申办”\n其他决赛项目（部分）\n"
            "①“粤省事”\n②“渝快办”\n③“赣服通”\n主办方表示将推动成果转化应用。")
    names = [name for name, _, _ in cases(text, "政务服务创新大赛决赛举行")]
    assert "其他决赛项目（部分）" not in names and "其他决赛项目" not in names
    assert names == ["浙江省大数据发展管理局“浙里办”", "上海市大数据中心“随申办”", "“粤省事”", "“渝快办”", "“赣服通”"]


def test_a_table_of_entries_names_the_entry_not_the_body_that_sent_it():
    text = ("二、获奖作品\n| 获奖等次 | 赛道 | 参赛作品 | 报送单位 |\n|---|---|---|---|\n"
            "| 二等奖 | 城市治理 | 《一网统管城市运行平台》 | 上海市城市运行管理中心 |\n"
            "| 三等奖 | 政务服务 | 《浙里办掌上办事》 | 浙江省大数据发展管理局 |\n"
            "| 三等奖 | 政务服务 | 《粤省事移动政务》 | 广东省政务服务数据管理局 |")
    assert cases(text, "数据要素大赛获奖作品公布") == [
        ("《一网统管城市运行平台》", "上海市城市运行管理中心", "二等奖"),
        ("《浙里办掌上办事》", "浙江省大数据发展管理局", "三等奖"),
        ("《粤省事移动政务》", "广东省政务服务数据管理局", "三等奖")]


NOTICE = """关于2023年第一季度全省政府网站与政务新媒体检查情况的通报
本季度共检查政府网站410家，总体合格率99.5%。
一、主要成效
（一）办事服务便利惠民。“浙江省人力资源和社会保障厅”微信公众号上线社保查询功能，群众足不出户即可办理。“浙里办”APP推出一批高频事项，受到好评。
（二）信息发布务实高效。“杭州市人民政府门户网站”开设数据开放专栏，定期发布统计数据。“宁波市人民政府”网开设政策解读栏目，解读及时准确。
二、存在问题
（一）内容更新不及时。“某县人民政府”网部分栏目长期未更新。
（二）互动回应不到位。个别网站留言回复超期。
三、下一步工作
请各地关注“政务平台”栏目的统一要求，曾获评“十佳政务网站”的单位要发挥示范作用。"""


def test_an_inspection_notice_names_the_sites_it_praises_in_its_prose():
    found = cases(NOTICE, "关于2023年第一季度全省政府网站与政务新媒体检查情况的通报")
    assert found == [
        ("“浙江省人力资源和社会保障厅”微信公众号", "浙江省人力资源和社会保障厅", "办事服务便利惠民"),
        ("“浙里办”APP", None, "办事服务便利惠民"),
        ("“杭州市人民政府门户网站”", "杭州市人民政府", "信息发布务实高效"),
        ("“宁波市人民政府”网", "宁波市人民政府", "信息发布务实高效")]  # none of 存在问题, no word or honour


def test_sites_named_in_a_paragraph_outside_a_good_practice_section_are_no_list():
    text = NOTICE.replace("一、主要成效", "一、基本情况")
    assert cases(text, "关于2023年第一季度全省政府网站与政务新媒体检查情况的通报") == []


def test_a_heading_that_says_how_something_improved_is_no_name():
    text = ("本次抽查发现了一批值得借鉴的典型做法：\n1、互动交流更便捷\n多数网站能在5日内回复留言。\n"
            "2、办事服务更实用\n部分网站推出集成服务。\n3、数据发布更及时\n一些网站开设数据栏目。")
    assert cases(text, "全省政府网站抽查情况") == []


def test_prizes_given_in_sentences_name_their_winners_under_each_prize():
    text = ("经评委会综合评审，摘得一等奖的是浙江省大数据发展管理局“浙里办”和上海市大数据中心“随申办”。\n"
            "三等奖共3项，分别为广东省政务服务数据管理局“粤省事”、“粤商通”，福建省数字福建建设领导小组办公室“闽政通”，"
            "以及江西省信息中心“赣服通”。\n"
            "优秀奖授予重庆市大数据应用发展管理局“渝快办”和安徽省数据资源管理局“皖事通”。\n"
            "此外，杭州市数据资源管理局、宁波市大数据发展管理局、温州市大数据发展管理局3家单位被评为成绩突出组织单位。")
    found = cases(text, "数字政府创新成果评选结果揭晓")
    assert [(n, c) for n, _, c in found[:7]] == [
        ("浙江省大数据发展管理局“浙里办”", "一等奖"), ("上海市大数据中心“随申办”", "一等奖"),
        ("广东省政务服务数据管理局“粤省事”", "三等奖"), ("“粤商通”", "三等奖"),
        ("福建省数字福建建设领导小组办公室“闽政通”", "三等奖"), ("江西省信息中心“赣服通”", "三等奖"),
        ("重庆市大数据应用发展管理局“渝快办”", "优秀奖")]
    assert found[7][:1] == ("安徽省数据资源管理局“皖事通”",)
    # the last sentence praises no names (its praise words follow a count, not the last name)
    assert not any("被评为" in n for n, _, _ in found)


def test_bodies_named_relatively_take_the_place_the_lead_names():
    text = ("近日，长沙县通报了2023年第一季度全县政府网站检查情况，排行榜如下。\n县直单位信息发布量TOP3\n"
            "TOP1　县自然资源局\nTOP2　县市监局\nTOP3　县卫健局")
    found = extract_cases(text, "一季度全县政府网站“成绩单”来了")["cases"]
    assert [(c["name"], c["province"]) for c in found] == [
        ("县自然资源局", "湖南省"), ("县市监局", "湖南省"), ("县卫健局", "湖南省")]


def test_a_body_then_its_cases_title_after_a_colon_is_the_title_by_that_body():
    text = ("本省入选的案例整理如下，排名不分先后。\n【最佳案例】\n"
            "杭州市上城区：“数字驾驶舱”赋能社区治理，打造基层减负新样板\n"
            "宁波市海曙区：“甬上乡贤”——以乡贤参与推动共建共治共享\n"
            "浙江省大数据发展管理局：以“浙里办”为牵引，构建掌上办事新模式\n【优秀案例】\n"
            "温州市鹿城区：党建引领“红色物业”，破解老旧小区治理难题\n"
            "嘉兴市南湖区：“三治融合”发源地的基层治理新实践\n"
            "绍兴市诸暨市：新时代“枫桥经验”的数字化探索")
    found = cases(text, "城市基层治理创新案例名单公布")
    assert found[:3] == [
        ("“数字驾驶舱”赋能社区治理，打造基层减负新样板", "杭州市上城区", "最佳案例"),
        ("“甬上乡贤”——以乡贤参与推动共建共治共享", "宁波市海曙区", "最佳案例"),
        ("以“浙里办”为牵引，构建掌上办事新模式", "浙江省大数据发展管理局", "最佳案例")]
    assert [(a, c) for _, a, c in found[3:]] == [("温州市鹿城区", "优秀案例"), ("嘉兴市南湖区", "优秀案例"),
                                                 ("绍兴市诸暨市", "优秀案例")]


def test_an_events_organisers_under_their_roles_are_no_cases():
    text = ("据通知，此次推选活动的组织单位如下：\n- 主办：中共浙江省委组织部、浙江省民政厅、人民网\n"
            "- 协办：浙江省交通投资集团有限公司、物产中大集团股份有限公司\n- 承办：人民网浙江频道、浙江在线")
    assert cases(text, "十大基层治理创新案例推选活动启动") == []


def test_places_of_a_part_apart_by_commas_and_by_enumeration_commas_are_that_parts_cases():
    text = ("农业农村部推出新一批乡村治理典型案例。\n"
            "在“强化党组织领导，推动‘三治’融合”部分，宁夏回族自治区，山西省晋中市，江苏省苏州市昆山市、南通市如东县，"
            "上海市浦东新区航头镇等5个案例入选。\n"
            "在“强化数字赋能，提升治理水平”部分，河北省邢台市巨鹿县，浙江省杭州市建德市、宁波市象山县，江西省新余市渝水区等地的案例入选。")
    found = cases(text, "全国乡村治理典型案例")
    assert [(n, c) for n, _, c in found] == [
        ("宁夏回族自治区", "强化党组织领导，推动‘三治’融合"), ("山西省晋中市", "强化党组织领导，推动‘三治’融合"),
        ("江苏省苏州市昆山市", "强化党组织领导，推动‘三治’融合"), ("南通市如东县", "强化党组织领导，推动‘三治’融合"),
        ("上海市浦东新区航头镇", "强化党组织领导，推动‘三治’融合"),
        ("河北省邢台市巨鹿县", "强化数字赋能，提升治理水平"), ("浙江省杭州市建德市", "强化数字赋能，提升治理水平"),
        ("宁波市象山县", "强化数字赋能，提升治理水平"), ("江西省新余市渝水区", "强化数字赋能，提升治理水平")]


MEASURES = ["建设市场监管风险洞察平台，精准引导监管方向", "构建广告智慧监管平台，破解广告监管难题",
            "开发食品安全信息系统，确保来源可溯、去向可追"]
BODIES = ["北京市市场监管局", "江苏省市场监管局", "福建省厦门市市场监管局"]


def test_a_title_in_two_clauses_keeps_its_comma_in_every_shape():
    numbered = "\n".join(f"{k}、{b}：{m}；" for k, (b, m) in enumerate(zip(BODIES, MEASURES), 1))
    inline = "按照行政区划排序，这3个典型创新举措分别是：" + "；".join(f"{b}：{m}" for b, m in zip(BODIES, MEASURES)) + "。"
    expected = list(zip(MEASURES, BODIES))
    assert [(n, a) for n, a, _ in cases("智慧监管典型创新举措如下：\n" + numbered, "智慧监管典型创新举措发布")] == expected
    assert [(n, a) for n, a, _ in cases(inline, "智慧监管典型创新举措发布")] == expected


def test_a_table_whose_header_names_its_cases_and_bodies_needs_no_other_words():
    rows = "\n".join(f"| {k} | {b} | {m} |" for k, (b, m) in enumerate(zip(BODIES, MEASURES), 1))
    table = "| 序号 | 单位 | 创新举措 |\n|---|---|---|\n" + rows
    assert [(n, a) for n, a, _ in cases(table, "市监同行论坛")] == list(zip(MEASURES, BODIES))
    tender = "| 序号 | 采购单位 | 项目名称 | 预算金额 |\n|---|---|---|---|\n" + "\n".join(
        f"| {k} | {b} | 政务服务大厅智能导办终端采购项目 | 120万元 |" for k, b in enumerate(BODIES, 1))
    assert cases(tender, "市监同行论坛") == []


def test_figures_after_a_title_are_no_part_of_it():
    text = ("各类别前三名的得票情况如下：\n一、政府治理类\n1.“最珠海”城市生活服务平台，23.42%，15585票\n"
            "2.公众参与打造“狮山小美”，探索老城微改造新路径，18.25%，10683票\n3.金融风险联防联控工作机制，14.82%，9858票")
    assert [n for n, _, _ in cases(text, "市域社会治理创新项目投票结果")] == [
        "“最珠海”城市生活服务平台", "公众参与打造“狮山小美”，探索老城微改造新路径", "金融风险联防联控工作机制"]


def test_a_sentence_that_counts_its_names_then_gives_them_all_is_a_list():
    text = ("交通运输部近日公开一份通知，同意一批科技示范工程开展创建。获准创建的共3项，分别是江苏淮安市出行即服务科技示范工程、"
            "京杭运河浙江段智慧建管养科技示范工程和河南焦唐高速公路新一代信息技术集成应用科技示范工程。")
    found = extract_cases(text, "交通运输部同意科技示范工程创建")["cases"]
    assert [c["name"] for c in found] == ["江苏淮安市出行即服务科技示范工程", "京杭运河浙江段智慧建管养科技示范工程",
                                          "河南焦唐高速公路新一代信息技术集成应用科技示范工程"]
    assert found[0]["agency"] == "江苏淮安市" and found[0]["agency_kind"] == "region"  # a province's short name, then a city in it


def test_the_steps_of_a_process_under_their_heading_are_no_cases():
    text = ("第一批法治政府建设示范地区名单公示。\n评审环节\n第一，省级初审；\n第二，第三方评估；\n"
            "第三，人民群众满意度测评；\n第四，实地核查。")
    assert cases(text, "法治政府建设示范地区和项目名单公示") == []


def test_places_counted_as_the_owners_of_what_won_are_not_the_winners():
    text = ("省政务服务数据管理局公布评估结果：广州、深圳、惠州、东莞4个地市的市级行政服务大厅获评市级标杆大厅。\n"
            "市级标杆大厅\n（4个，排名不分先后）\n●广州市政务服务大厅\n●深圳市行政服务大厅\n●惠州市政务服务大厅\n●东莞市民服务中心")
    assert [n for n, _, _ in cases(text, "全省政务服务标杆大厅评估结果公布")] == [
        "广州市政务服务大厅", "深圳市行政服务大厅", "惠州市政务服务大厅", "东莞市民服务中心"]


def test_a_county_the_gazetteer_does_not_know_under_a_city_it_knows_is_ranked_like_the_others():
    text = ("县市智慧城市百佳样本榜单发布。\n浙江省杭州市余杭区、广东省佛山市南海区、安徽省芜湖市湾沚区、"
            "江苏省苏州市太仓市位列前四。")
    assert [n for n, _, _ in cases(text, "县市智慧城市百佳样本榜单发布")] == [
        "浙江省杭州市余杭区", "广东省佛山市南海区", "安徽省芜湖市湾沚区", "江苏省苏州市太仓市"]


def test_numbers_closed_by_a_full_stop_number_items():
    text = ("附：第二批全省基层治理示范单位名单（节选）\n一、全省基层治理示范街道（镇）\n1。成都市青羊区府南街道\n"
            "2。成都市金牛区驷马桥街道\n3。自贡市自流井区东兴寺街道\n（以下略）")
    found = extract_cases(text, "第二批全省基层治理示范单位命名")["cases"]
    assert [(c["name"], c["agency"], c["agency_kind"]) for c in found] == [
        ("成都市青羊区府南街道", "成都市青羊区府南街道", "region"), ("成都市金牛区驷马桥街道", "成都市金牛区驷马桥街道", "region"),
        ("自贡市自流井区东兴寺街道", "自贡市自流井区东兴寺街道", "region")]  # the places below the county as printed


def test_a_table_of_labels_and_the_names_each_covers_in_one_cell():
    text = ("本季度得分靠前的门户网站如下（排名不分先后）：\n| 设区市政府门户网站 | 南昌、九江、抚州 |\n"
            "| 县级门户网站 | 东湖区、濂溪区、德安县、浮梁县 |\n政务新媒体方面，本季度抽查356家。")
    assert [(n, c) for n, _, c in cases(text, "全省政府网站与政务新媒体检查情况通报")] == [
        ("南昌", "设区市政府门户网站"), ("九江", "设区市政府门户网站"), ("抚州", "设区市政府门户网站"),
        ("东湖区", "县级门户网站"), ("濂溪区", "县级门户网站"), ("德安县", "县级门户网站"), ("浮梁县", "县级门户网站")]


def test_a_concept_after_a_region_is_no_place_below_it():
    found = extract_cases("浙江省入选的经验做法如下：\n1. 浙江省未来社区试点建设\n2. 浙江省数字乡村建设\n3. 杭州市滨江区长河街道", "基层治理经验做法名单")["cases"]
    assert [c["agency"] for c in found] == ["浙江省", "浙江省", "杭州市滨江区长河街道"]


def test_places_a_sentence_says_were_chosen_are_its_list():
    text = ("2020年9月，应急管理部公布“智慧应急”试点建设名单，天津、河北、黑龙江、江苏、安徽等地被确定为试点，"
            "分别围绕监测预警、指挥救援等方向开展建设。")
    assert [n for n, _, _ in cases(text, "智慧应急试点建设情况")] == ["天津", "河北", "黑龙江", "江苏", "安徽"]


def test_one_body_named_for_the_honoured_group_it_leads():
    text = ("省司法厅日前下发表彰决定，授予全省46个单位先进集体称号。\n"
            "我市获表彰的先进集体有：安康市汉滨区法律援助中心等3个单位。岚皋县法律援助中心周春兰等4名同志获评先进个人。")
    assert [(n, a) for n, a, _ in cases(text, "我市法律援助工作获省级表彰")] == [
        ("安康市汉滨区法律援助中心", "安康市汉滨区法律援助中心")]


def test_examples_a_sentence_calls_exemplary_and_those_above_a_score_are_lists():
    text = ("代表性模型\n在推广应用过程中，涌现出一批具有代表性的优秀模型，如“非标油”综合治理监督模型、"
            "网络销售伪劣消防灭火器危害公共安全监督模型、“涉安全生产的特种作业操作证”类案法律监督模型等。")
    assert len(cases(text, "大数据法律监督模型应用业务竞赛")) == 3
    text = ("本月各单位考评得分排名情况如下。\n本月得分在99分以上的有市人社局、教育局、公积金中心等37家单位；另有6家单位本月没有诉求。\n"
            "在201个样本中，80分以上的有2个、70至80分之间的有4个。")
    assert [n for n, _, _ in cases(text, "12345在线平台绩效考评通报")] == ["市人社局", "教育局", "公积金中心"]


def test_a_label_that_praises_the_names_under_it_makes_them_a_list():
    text = ("近日，长沙县通报了一季度检查情况，我们把通报里的排行榜整理出来。\n03 政务新媒体运行\n目前，全县纳入系统的政务新媒体共38个。\n账号内容更新及时的单位\n"
            "县文旅局、县交通局、县自然资源局、县人社局、果园镇等。")
    assert [n for n, _, _ in cases(text, "一季度全县政府网站与政务新媒体“成绩单”来了")] == [
        "县文旅局", "县交通局", "县自然资源局", "县人社局", "果园镇"]


def test_list_names_in_brackets_over_their_own_paragraphs_are_no_cases_and_a_case_kind_labels_its_winner():
    text = ("本期摘出几项评选的入选案例，按评选分组列出。\n【第三届广东基层党建创新案例】\n南方杂志社公布遴选结果，梅州入选2个。\n"
            "【楚治——2022“荆楚杯”社会治理创新案例】\n2023年2月在大数据内容峰会上揭晓，鄂城区有两项入选：\n"
            "党建引领创新案例：鄂城区委组织部《“54321”解锁城市基层治理密码》\n"
            "社区治理创新案例：鄂城区委政法委《鄂城区“网络驿站”筑牢区域风险防范防线》\n"
            "【湖里区2018年度“改革创新奖”一等奖（部分）】\n厦门市湖里区当年共收到申报项目202个。")
    assert [(n, c) for n, _, c in cases(text, "基层治理创新案例资料摘编")] == [
        ("鄂城区委组织部《“54321”解锁城市基层治理密码》", "党建引领创新案例"),
        ("鄂城区委政法委《鄂城区“网络驿站”筑牢区域风险防范防线》", "社区治理创新案例")]


def test_a_subtitle_after_a_dash_is_part_of_the_name_a_description_is_not():
    text = ("第3期营商环境典型案例如下：\n1. 全链条精准发力 多层次立体保障——阿拉善盟公平竞争审查体系的创新实践与突破\n"
            "2. 党建领航湾区共融——拱北街道打造湾区社会治理共同体\n3. “浙江外卖在线”——把网络订餐的后厨、配送等环节纳入在线监管\n"
            "4. “人才管家”——为各类人才提供政策兑现和生活服务的一站式入口\n5. 呼伦贝尔市“蒙企通”平台")
    assert [n for n, _, _ in cases(text, "营商环境典型案例发布")] == [
        "全链条精准发力 多层次立体保障——阿拉善盟公平竞争审查体系的创新实践与突破",
        "党建领航湾区共融——拱北街道打造湾区社会治理共同体", "“浙江外卖在线”", "“人才管家”", "呼伦贝尔市“蒙企通”平台"]


def test_a_notices_aims_and_a_boxs_fields_are_no_cases():
    text = ("两部门联合下发评选表彰工作的通知。通知说明了这次表彰的用意：\n- 表彰先进、弘扬正气，展现队伍的精神风貌；\n"
            "- 培育“极端认真负责、甘于牺牲奉献”的特色文化；\n- 激励全系统干部职工新时代新担当新作为。")
    assert cases(text, "首届全国应急管理系统先进集体评选表彰启动") == []
    box = "(1) “农村小微权力清单制度”——宁海县\n| 荣誉 | 写入农村基层党建工作经验做法（列为第15条） |\n| 见报时间 | 2015年8月 |"
    assert all("荣誉" not in n and "2015" not in n for n, _, _ in cases(box, "基层治理做法摘抄：入选各类典型"))


def test_unplaced_cases_on_a_page_about_one_province_lie_in_it_but_named_bodies_keep_their_own():
    text = ("8月在线平台绩效考评结果排名如下。\n(1) 各县\n| 单位 | 得分 | 排名 |\n|---|---|---|\n"
            "| 灌云县 | 98.10 | 1 |\n| 灌南县 | 97.52 | 2 |\n| 东海县 | 96.33 | 3 |\n(2) 各区、功能板块\n"
            "| 单位 | 得分 | 排名 |\n|---|---|---|\n"
            "| 徐圩新区 | 95.88 | 1 |\n| 云台山景区 | 93.92 | 2 |\n| 市开发区 | 92.10 | 3 |\n| 连云区 | 91.48 | 4 |")
    found = extract_cases(text, "在线平台8月绩效考评结果")["cases"]
    assert {c["province"] for c in found} == {"江苏省"} and len(found) == 7
    text = ("本市入选的案例排名不分先后：\n1. 海淀区“城市大脑”\n2. 西城区“西城家园”\n3. 农业农村部\n4. 朝阳区“接诉即办”")
    found = extract_cases(text, "北京市数字政府典型案例名单")["cases"]
    assert [c["province"] for c in found] == ["北京市", "北京市", None, "北京市"]  # a ministry is placed by its own name


def test_a_places_products_written_with_de_and_quoted_apps_of_a_report_on_major_applications():
    text = ("【省级重大应用】\n目前在省级层面已经上线运行的重大应用有“浙江公平在线”“浙江外卖在线”“人才管家”“志愿浙江”等。\n"
            "【市县特色应用】\n各地做出了一批带有地方特色的应用，例如杭州的“民呼我为”、宁波的“危化品全链条安全风险智控”、"
            "温州的“海上综合智治”等。")
    found = extract_cases(text, "数字化改革重大应用成果发布")["cases"]
    assert [c["name"] for c in found] == ["“浙江公平在线”", "“浙江外卖在线”", "“人才管家”", "“志愿浙江”",
                                          "“民呼我为”", "“危化品全链条安全风险智控”", "“海上综合智治”"]
    assert [(c["agency"], c["agency_kind"]) for c in found[4:]] == [("杭州", "region"), ("宁波", "region"), ("温州", "region")]


def test_districts_after_their_citys_short_name_in_a_sentence_that_ranks_them():
    text = ("县域数字乡村指数报告发布。\n此外，武夷山市、厦门集美区、安溪县、莆田城厢区也跻身“百强”。")
    assert [n for n, _, _ in cases(text, "县域数字乡村百强县名单发布")] == ["武夷山市", "厦门集美区", "安溪县", "莆田城厢区"]


def test_a_call_for_entries_however_its_title_ends_lists_no_winners():
    text = "一、面向哪些场景\n- 智慧健康场景：家庭健康管理、基层健康管理、老年人健康促进等；\n- 智慧养老场景：家庭养老床位、社区日间照料、老年食堂等；"
    assert cases(text, "一图读懂：2023年智慧健康养老应用试点示范怎么报？") == []
    assert cases(text, "关于组织申报智慧健康养老应用试点示范项目的通知（转载）") == []


def test_a_column_of_ordinals_is_the_rank_not_the_name():
    text = "我市上榜情况：\n| 苍南县 | 104 | 第9名 |\n| 平阳县 | 99.3 | 第13名 |\n| 永嘉县 | 95.5 | 第25名 |"
    assert [n for n, _, _ in cases(text, "数字乡村百强县名单发布 我市三县上榜")] == ["苍南县", "平阳县", "永嘉县"]


def test_numbered_headings_over_lines_of_long_names_are_headings():
    text = ("省民政厅集中展示2018年度城乡社区治理十大创新经验。\n一、十大创新经验\n"
            "广州市“推行‘116’工作法共商社区事”、深圳市福田区“以‘四+’理念探索社区治理新路径”、"
            "珠海市香洲区“‘社区营造’构建和谐社区共同体”。\n二、提名项目\n限于篇幅，此处仅列其一。")
    found = cases(text, "城乡社区治理十大创新经验揭晓")
    assert [(n, c) for n, _, c in found] == [
        ("广州市“推行‘116’工作法共商社区事”", "十大创新经验"), ("深圳市福田区“以‘四+’理念探索社区治理新路径”", "十大创新经验"),
        ("珠海市香洲区“‘社区营造’构建和谐社区共同体”", "十大创新经验")]


def test_a_table_of_places_and_their_apps_under_a_forums_stats_line():
    text = ("主题 58 | 帖子 731 | 积分 2290\n| 设区市 | 应用名称 |\n| 杭州 | “民呼我为” |\n| 宁波 | “危化品全链条安全风险智控” |\n"
            "| 温州 | “海上综合智治” |\n|  | 沙发发表于 2021-8-31 22:40 整理得清楚，收藏了。 |")
    assert [n for n, _, _ in cases(text, "瓯江政务交流社区")] == ["“民呼我为”", "“危化品全链条安全风险智控”", "“海上综合智治”"]


def test_one_field_line_on_a_page_about_a_list_is_a_record_of_one():
    text = ("本报讯 “发现100个中国区块链创新应用”征集活动公布了最新一批入选结果，我区申报的应用入选。\n"
            "入选案例：济南高新区“区块链+政务服务”平台（第22个）\n据介绍，这一平台服务于“一次办好”改革。")
    assert [n for n, _, _ in cases(text, "济南高新区一平台入选区块链创新应用")] == ["济南高新区“区块链+政务服务”平台"]


def test_numbered_labels_with_their_names_and_a_prize_given_in_a_sentence():
    text = ("综合奖\n获综合奖的六个网站是：商务部、北京、上海、杭州、宁波、青岛。评审组认为它们的服务水平较高。\n单项奖\n"
            "（一）部级政府网站（4个）：商务部、监察部、司法部、财政部。\n（二）省（直辖市）门户网站（3个）：上海、北京、浙江。")
    found = cases(text, "2005中国特色政府网站评选结果公布")
    assert [(n, c) for n, _, c in found[-7:]] == [
        ("商务部", "部级政府网站"), ("监察部", "部级政府网站"), ("司法部", "部级政府网站"), ("财政部", "部级政府网站"),
        ("上海", "省（直辖市）门户网站"), ("北京", "省（直辖市）门户网站"), ("浙江", "省（直辖市）门户网站")]
    assert [n for n, _, _ in found[:6]] == ["商务部", "北京", "上海", "杭州", "宁波", "青岛"]
    # a numbered point that merely enumerates features is no label over names
    assert cases("2、主要表现：“湘味湘情”栏目把民俗风情、地方戏曲、湘绣、名菜小吃等内容集中到一起。", "政府网站案例") == []


def test_names_apart_by_commas_as_many_as_the_sentence_counts():
    text = ("中国气象局发布了年度气象现代化建设重大进展的评选结果，共有4个项目获选。\n这4个项目分别为：风云四号B星成功发射并投入应用，"
            "全国气象大数据云平台投入业务运行，智慧冬奥业务服务系统投入业务运行，全国温室气体观测网基本建成。")
    assert len(cases(text, "2021年度气象现代化建设重大进展揭晓")) == 4


def test_an_awards_name_then_its_winner_after_a_dash_over_paragraphs():
    text = ("评选结果如下。\n最具人气政府网站——商务部\n网站访问量和互动量在部委网站中领先。\n最具引导力政府网站——首都之窗\n"
            "围绕热点及时发布权威解读。\n最具魅力政府网站——杭州\n城市形象展示突出。")
    assert [(n, c) for n, _, c in cases(text, "特色政府网站评选结果公布")] == [
        ("商务部", "最具人气政府网站"), ("首都之窗", "最具引导力政府网站"), ("杭州", "最具魅力政府网站")]


def test_a_table_of_top_numbers_names_and_addresses_and_numbered_statements_of_figures():
    text = ("该组前10名中上海占9个。排名前三的网站如下：\n| TOP1 | 上海长宁门户网站 | http://www.changning.sh.cn/ |\n"
            "| TOP2 | 上海嘉定门户网站 | http://www.jiading.gov.cn/ |\n| TOP3 | 上海静安门户网站 | http://www.jingan.gov.cn/ |")
    assert [(n, r) for n, r, _ in ((c["name"], c["rank"], 0) for c in extract_cases(text, "政府网站国际化程度测评结果发布")["cases"])] == [
        ("上海长宁门户网站", 1), ("上海嘉定门户网站", 2), ("上海静安门户网站", 3)]
    figures = ("二、建设水平有所提高。\n1. 省级英文网站最高分86.10分，上年为75.60分；\n2. 省会及计划单列市英文网站最高分85.60分；\n"
               "3. 地市级英文网站最高分80.40分；\n4. 被评的190家单位中，80分以上5家。")
    assert cases(figures, "政府网站国际化测评报告摘要") == []


def test_the_field_a_place_was_chosen_for_is_a_note_and_a_notes_column_is_no_name():
    text = ("从公示名单看，贵州省共有以下单位入选：\n综合性试点\n- 贵阳市\n特色领域试点\n- 贵州省（“区块链+卫生健康”）\n"
            "- 贵州师范大学（“区块链+教育”）")
    assert [(n, a) for n, a, _ in cases(text, "国家区块链创新应用试点入选名单公示")] == [
        ("贵阳市", "贵阳市"), ("贵州省", "贵州省"), ("贵州师范大学", "贵州师范大学")]
    table = ("▼ 贵州入选情况一览 ▼\n| 贵阳市 | 综合性试点 | — |\n| 贵州省 | 特色领域试点 | “区块链+卫生健康” |\n"
             "| 贵州师范大学 | 特色领域试点 | “区块链+教育” |")
    assert [n for n, _, _ in cases(table, "国家区块链创新应用试点入选名单公示")] == ["贵阳市", "贵州省", "贵州师范大学"]
    assert [n for n, _, _ in cases("入选名单如下：\n1. 北京市打造全国首家省级一体化政策服务平台（“京策”）\n"
                                   "2. 上海市“随申办”\n3. 浙江省“浙里办”", "政务服务创新案例名单")][0] == \
        "北京市打造全国首家省级一体化政策服务平台（“京策”）"  # after a project, the quoted bracket is its short name


def test_places_that_all_made_a_list_and_two_named_for_many():
    text = ("联合发布《综合影响力评估结果通报》，北京、上海、广州、深圳均上榜2017-2018年度中国最具影响力智慧城市。")
    assert [n for n, _, _ in cases(text, "中国智慧城市影响力榜单回顾")] == ["北京", "上海", "广州", "深圳"]
    text = ("目前，太原市、吕梁市等13个市（县、区）被命名为全省法治政府建设示范地区，大同市法治引领保障文物保护、"
            "忻州市城市建设管理法治化等17个项目被命名为全省法治政府建设示范项目。")
    assert [n for n, _, _ in cases(text, "我省首批法治政府建设示范地区和项目评选产生")] == [
        "太原市", "吕梁市", "大同市法治引领保障文物保护", "忻州市城市建设管理法治化"]
    # two named for the eight a list below gives in full are that list's
    text = ("在这次表彰中，广州海关、北京街盐运西社区等8个单位获评全国文明单位。\n全国文明单位名单：\n广州海关（机关）\n"
            "越秀区北京街盐运西社区\n海珠区沙园街道办事处\n广州市第二公共汽车公司")
    assert [n for n, _, _ in cases(text, "广州多个村镇单位获全国文明称号")] == [
        "广州海关（机关）", "越秀区北京街盐运西社区", "海珠区沙园街道办事处", "广州市第二公共汽车公司"]


def test_a_notice_naming_one_of_those_it_honours():
    text = ("经逐级审核和公示，国家卫生健康委、全国老龄办决定命名北京市东城区东花市街道东花市南里社区等999个社区为"
            "2022年全国示范性老年友好型社区。")
    assert [n for n, _, _ in cases(text, "关于命名2022年全国示范性老年友好型社区的通知")] == ["北京市东城区东花市街道东花市南里社区"]


def test_owners_of_quoted_products_heading_their_paragraphs_under_labels_and_places_that_made_a_list():
    text = ("会上发布了网络文明建设优秀案例。\n【网络空间思想引领】\n河南工业大学：“接力诵读二十大”网络思政教育品牌\n"
            "学校把网络思政搬上线，用诵读接力的方式凝聚青年学生。\n鹤壁市山城区：“青言青语”新时代理论宣讲团\n"
            "由各行业青年骨干组成，线上线下结合开展基层宣讲。\n【网络空间文化培育】\n河南日报社大河网：“我是经典传诵人”小程序\n"
            "依托小程序开展中华经典诵读网络征集，少年儿童与作家同台参与。")
    assert [(n, a, c) for n, a, c in cases(text, "河南省网络文明建设优秀案例发布")] == [
        ("“接力诵读二十大”网络思政教育品牌", "河南工业大学", "网络空间思想引领"),
        ("“青言青语”新时代理论宣讲团", "鹤壁市山城区", "网络空间思想引领"),
        ("“我是经典传诵人”小程序", "河南日报社大河网", "网络空间文化培育")]
    text = "其中，石家庄市、承德市、张家口市入围第二批全民运动健身模范市（区）创建名单。"
    assert [n for n, _, _ in cases(text, "我省10地入围全民运动健身模范创建名单")] == ["石家庄市", "承德市", "张家口市"]


def test_a_label_with_the_count_it_covers_over_lines_of_places():
    text = ("名单如下：\n模范市（区）3个\n北京市东城区、西城区\n河北省保定市\n模范县（市、区）2个\n河北省邯郸市涉县\n江苏省苏州市张家港市")
    assert [(n, c) for n, _, c in cases(text, "第一批全民运动健身模范市（区）和模范县（市、区）名单公布")] == [
        ("北京市东城区", "模范市（区）"), ("西城区", "模范市（区）"), ("河北省保定市", "模范市（区）"),
        ("河北省邯郸市涉县", "模范县（市、区）"), ("江苏省苏州市张家港市", "模范县（市、区）")]


def test_two_cases_under_the_lists_own_title_or_numbered_as_cases():
    text = ("决策媒体智库评选出“2020长三角地方治理创新十大案例”。\n入选案例\n一、长三角推进疫情联防联控，建立多项协同机制\n"
            "疫情暴发后，三省一市打破行政区划的界限，先后商定七项联防联控协同制度。\n二、杭州“健康码”\n"
            "2020年2月11日，杭州健康码正式上线，很快被全国多地借鉴。\n（其余八个入选案例见下篇）")
    assert [n for n, _, _ in cases(text, "2020长三角地方治理创新十大案例（上）")] == [
        "长三角推进疫情联防联控，建立多项协同机制", "杭州“健康码”"]
    text = ("评选看三点：\n① 创新性：理念、方法、制度有突破\n② 普适性：可复制、可推广\n"
            "【案例一】长三角推进疫情联防联控，建立多项协同机制\n2020年2月7日，三省一市召开视频会议，建立联防联控机制。\n"
            "【案例二】杭州“健康码”\n杭州健康码用红、黄、绿三种颜色显示持码人的风险状态，上线后迅速在全国推广。")
    assert [(n, r) for n, r in ((c["name"], c["rank"]) for c in extract_cases(text, "2020长三角地方治理创新十大案例")["cases"])] == [
        ("长三角推进疫情联防联控，建立多项协同机制", None), ("杭州“健康码”", None)]
