"""Shapes met in the thirteenth hold-out set, as small texts of our own (facts from public
rankings, wording ours): bulleted items that number themselves, a table continued without its
header, two columns of places, short place names in a lead, lists of one page under headings of
their own, and a remark comparing two lists."""
from crawler.parsers.cases import extract_cases


def ranks(text, title):
    return [(c["rank"], c["name"], c["category"]) for c in extract_cases(text, title)["cases"]]


def test_bulleted_items_that_number_themselves_are_ranked_when_ordered_by_score():
    text = ("二、城市数字经济竞争力前五位\n同样按指数由高到低排列：\n"
            "- TOP1 北京\n- TOP2 上海\n- TOP3 深圳\n- TOP4 广州\n- TOP5 南京\n三、结语\n各地差距仍在缩小。")
    assert [(r, n) for r, n, _ in ranks(text, "数字经济竞争力排名发布")] == [
        (1, "北京"), (2, "上海"), (3, "深圳"), (4, "广州"), (5, "南京")]


def test_an_order_by_pinyin_is_still_no_ranking():
    text = "入选名单如下（按拼音排序）：\n1. 北京\n2. 上海\n3. 深圳"
    assert [r for r, _, _ in ranks(text, "试点城市名单")] == [None, None, None]


TABLES = """白皮书公布了百强名单，深圳排在第一位，上海、北京分列第二、第三。
表1 数字城市百强（第1—5位）
| 排名 | 城市 | 省（区、市） |
|---|---|---|
| 1 | 深圳市 | 广东省 |
| 2 | 上海市 | 上海市 |
| 3 | 北京市 | 北京市 |
| 4 | 广州市 | 广东省 |
| 5 | 杭州市 | 浙江省 |
以下为第51位至第55位的城市：
| 51 | 龙岩市 | 福建省 |
| 52 | 江门市 | 广东省 |
| 53 | 哈尔滨市 | 黑龙江省 |
| 54 | 扬州市 | 江苏省 |
| 55 | 南通市 | 江苏省 |"""


def test_a_table_continued_without_its_header_is_read_by_the_header_above():
    cases = extract_cases(TABLES, "2020中国数字城市百强名单发布")["cases"]
    got = [(c["rank"], c["name"], c["province"]) for c in cases]
    assert got[5:] == [(51, "龙岩市", "福建省"), (52, "江门市", "广东省"), (53, "哈尔滨市", "黑龙江省"),
                       (54, "扬州市", "江苏省"), (55, "南通市", "江苏省")]
    # the lead's 深圳 / 上海 / 北京 are the table's 深圳市 / 上海市 / 北京市, counted once
    assert [n for _, n, _ in got[:5]] == ["深圳市", "上海市", "北京市", "广州市", "杭州市"] and len(got) == 10


def test_of_two_columns_of_places_the_one_that_never_repeats_names_the_row():
    text = "以下为部分上榜城市：\n| 51 | 龙岩市 | 福建省 |\n| 52 | 漳州市 | 福建省 |\n| 53 | 扬州市 | 江苏省 |\n| 54 | 南通市 | 江苏省 |"
    got = [(c["name"], c["province"]) for c in extract_cases(text, "数字城市百强榜单")["cases"]]
    assert got == [("龙岩市", "福建省"), ("漳州市", "福建省"), ("扬州市", "江苏省"), ("南通市", "江苏省")]


EDITIONS = """智慧城市发展水平评估
2014年评估
按总分排序，前五位城市如下：
- 无锡
- 上海
- 北京
- 宁波
- 深圳
2016年评估
得分前五名的城市依次是深圳、上海、杭州、北京、无锡。
评估意义
几届结果中，无锡、上海、北京等城市长期处于前列。"""


def test_a_name_on_two_lists_under_headings_of_their_own_is_on_both():
    cases = extract_cases(EDITIONS, "中国智慧城市发展水平评估排名")["cases"]
    names = [c["name"] for c in cases]
    assert names == ["无锡", "上海", "北京", "宁波", "深圳", "深圳", "上海", "杭州", "北京", "无锡"]


def test_a_remark_naming_entries_of_two_lists_adds_no_case():
    text = ("一、省级前五位\n1.广东\n2.北京\n3.上海\n4.江苏\n5.浙江\n二、城市前五位\n1.深圳\n2.广州\n3.杭州\n4.成都\n5.武汉\n"
            "三、简要观察\n江苏、浙江进入省级前五，成都、武汉进入城市前五。")
    names = [n for _, n, _ in ranks(text, "数字经济竞争力排名")]
    assert names == ["广东", "北京", "上海", "江苏", "浙江", "深圳", "广州", "杭州", "成都", "武汉"]


def test_an_enumeration_ends_at_its_clause_and_a_count_after_the_last_name_is_no_name():
    text = ("第五届评估\n本届评出的最优秀城市为无锡、上海、北京、杭州四市，这几座城市连续数年位居前列。\n"
            "2016年评估\n得分前五名的城市依次是深圳、上海、杭州、北京、无锡，其中深圳和上海得分超过80分。")
    names = [c["name"] for c in extract_cases(text, "中国智慧城市发展水平评估结果")["cases"]]
    assert names == ["无锡", "上海", "北京", "杭州", "深圳", "上海", "杭州", "北京", "无锡"]


def test_the_rest_of_a_list_after_its_ranked_head_and_a_remark_that_repeats_both():
    text = ("榜单发布\n前三名得分如下：\n| 名次 | 城市 | 得分 |\n|---|---|---|\n| 1 | 深圳 | 88.76 |\n| 2 | 重庆 | 87.32 |\n"
            "| 3 | 武汉 | 85.69 |\n除上述三座城市外，进入十佳高效政府的还有济南、东莞、威海、许昌、苏州、合肥和银川。\n"
            "从分布看，中西部入围的是重庆、武汉、许昌、合肥和银川。")
    got = [(c["rank"], c["name"]) for c in extract_cases(text, "2017中国十佳高效政府排行榜")["cases"]]
    assert got == [(1, "深圳"), (2, "重庆"), (3, "武汉"), (None, "济南"), (None, "东莞"), (None, "威海"),
                   (None, "许昌"), (None, "苏州"), (None, "合肥"), (None, "银川")]


def test_a_figure_after_each_name_is_not_part_of_it_and_section_titles_are_no_cases():
    text = ("一、9月政务微信传播指数排行榜\n本月全市政务微信传播指数前十名见下图。\n二、9月好稿点评\n据统计，本月推文共2511篇。\n"
            "【阅读量前三名】\n“情牵沙洲”（21万+）、“张家港公安微警务”（17万+）、“张家港教育”（14万+）\n"
            "【推送数量前三名】\n“张家港环保”（116篇）、“金港潮”（84篇）、“情牵沙洲”（80篇）")
    got = [(c["name"], c["category"]) for c in extract_cases(text, "9月政务微信排行榜出炉")["cases"]]
    assert got == [("“情牵沙洲”", "阅读量前三名"), ("“张家港公安微警务”", "阅读量前三名"), ("“张家港教育”", "阅读量前三名"),
                   ("“张家港环保”", "推送数量前三名"), ("“金港潮”", "推送数量前三名"), ("“情牵沙洲”", "推送数量前三名")]


def test_one_case_written_as_fields_is_a_case():
    text = ("第四届中国特色政府网站评选结果日前发布，以下为获奖网站信息。\n| 获奖网站 | 湖南省政府门户网站 |\n"
            "| 所获奖项 | 品牌栏目奖 |\n| 获奖栏目 | “湘味湘情” |\n1、主要表现：栏目集中展示地方特色内容。\n"
            "2、获奖理由：栏目下的主要内容包括：\n（1）地方特产：湘绣、中国红、菊花石等；\n（2）地方戏曲：湘剧、皮影戏、花鼓戏等；\n"
            "（3）湖南民歌：唱五月、十想郎等。")
    got = [(c["name"], c["category"], c["shape"]) for c in extract_cases(text, "湖南省政府门户网站获品牌栏目奖")["cases"]]
    assert got == [("湖南省政府门户网站", "品牌栏目奖", "record")]
    lines = "株洲入选案例信息如下：\n单位：株洲国投智慧城市产业发展投资有限公司\n案例：智慧株洲·诸事达APP\n据了解，该应用已上线三年。"
    (case,) = extract_cases(lines, "数字政府建设优秀案例揭晓")["cases"]
    assert (case["name"], case["agency"]) == ("智慧株洲·诸事达APP", "株洲国投智慧城市产业发展投资有限公司")


def test_two_bodies_on_field_lines_are_no_record():
    text = "获奖名单如下：\n单位：滨湖区民政局\n单位：滨湖区司法局\n两家单位均作了交流发言。"
    assert [c["shape"] for c in extract_cases(text, "获奖名单公布")["cases"]] != ["record"]


def test_a_place_below_the_county_before_a_colon_is_the_body_of_the_case_after_it():
    text = ("评选结果揭晓，8个社区的治理模式获奖。\n（一）一等奖\n1、河埒街道水秀社区：社会工作介入社区服务模式\n（二）二等奖\n"
            "1、太湖街道太湖国际社区：“开放空间”自治管理模式\n2、蠡湖街道美湖社区：智能信息化治理服务模式")
    got = [(c["name"], c["agency"], c["agency_kind"], c["category"])
           for c in extract_cases(text, "滨湖区首届社区治理创新成果评选揭晓")["cases"]]
    assert got == [("社会工作介入社区服务模式", "河埒街道水秀社区", "region", "一等奖"),
                   ("“开放空间”自治管理模式", "太湖街道太湖国际社区", "region", "二等奖"),
                   ("智能信息化治理服务模式", "蠡湖街道美湖社区", "region", "二等奖")]


def test_two_announced_cases_with_their_bodies_are_a_list():
    dashes = ("评选活动落下帷幕，9家单位登台汇报。\n一等奖名单如下（其余奖项不再列出）：\n"
              "①远程踏勘“不见面”，智能服务再提升——高邮市行政审批局\n②巩固拓展“新生儿出生一件事”改革成效——高邮市卫健委\n"
              "通过评选，一批创新案例被挖掘出来。")
    got = [(c["name"], c["agency"]) for c in extract_cases(dashes, "高邮市放管服改革创新典型案例评选揭晓")["cases"]]
    assert got == [("远程踏勘“不见面”，智能服务再提升", "高邮市行政审批局"),
                   ("巩固拓展“新生儿出生一件事”改革成效", "高邮市卫健委")]
    headed = ("峰会公布了政务微信微博排行榜，成华区两个账号上榜。两个获奖账号的情况如下。\n(1)“宜人成华”政务微博（成都市成华区）\n"
              "2011年12月2日，成华区开通“宜人成华”官方微博。\n(2)“宜人成华”微信公众平台（成都市成华区）\n今年11月3日，该平台正式上线。")
    got = [(c["name"], c["agency"], c["agency_kind"]) for c in extract_cases(headed, "成华区两个政务账号获奖")["cases"]]
    assert got == [("“宜人成华”政务微博", "成都市成华区", "region"), ("“宜人成华”微信公众平台", "成都市成华区", "region")]


def test_two_award_headings_under_a_colon_are_no_pair_of_cases():
    text = "本次峰会颁发了以下奖项：\n一、华东政务微博影响力奖\n浙江发布、上海发布\n二、华东政务微博创新管理奖\n南京发布、杭州发布"
    names = [c["name"] for c in extract_cases(text, "华东政务微博峰会获奖名单")["cases"]]
    assert "华东政务微博影响力奖" not in names and "华东政务微博创新管理奖" not in names


def test_a_quoted_list_name_keeps_the_year_and_place_printed_before_it():
    text = ("好消息！2017成都“网络理政十大年度案例”评选昨晚开放投票。\n这是成都第一次办“网络理政十大年度案例”评选。\n"
            "截至今天19点，得票排名前三的案例依次为：\n成都人社网上答疑长期照护保险\n一年打通90条“断头路”\n“微户政”解决户籍办理排号难")
    result = extract_cases(text, "投票首日：这3个案例暂列前三")
    (lst,) = result["lists"]
    assert lst["name"] == "2017成都“网络理政十大年度案例”" and lst["year"] == 2017
    assert [c["province"] for c in result["cases"]] == ["四川省"] * 3


def test_one_case_named_in_a_sentence_with_the_honour_it_won():
    text = ("第四届全国12345政府服务热线年会日前召开，来自164个城市的246家单位参会。会上，莆田市12345便民服务平台获得“服务之星奖”"
            "和“抗疫争先奖”两项荣誉。\n平台概况\n2019年，该平台曾获评年度全国最佳政务热线卓越管理创新奖。")
    got = [(c["name"], c["agency"], c["province"], c["shape"]) for c in extract_cases(text, "莆田热线平台获两项荣誉")["cases"]]
    assert got == [("莆田市12345便民服务平台", "莆田市", "福建省", "award sentence")]


def test_people_pronouns_and_places_winning_honours_are_no_such_case():
    text = ("表彰大会上，张××获评全国爱国拥军模范。\n该平台再次获得“服务之星奖”。\n郑州第七次获得“全国双拥模范城”称号。\n"
            "记者获悉，会议还表彰了一批先进个人。")
    assert extract_cases(text, "表彰大会召开")["cases"] == []


def test_a_table_whose_columns_are_places_gives_each_row_its_own_list():
    text = ("下表收录几期月榜的前三名：\n| 榜单 | 发布时间 | 第一名 | 第二名 | 第三名 |\n|---|---|---|---|---|\n"
            "| 2020年10月榜 | 2020年11月10日 | 正义随州 | 青春湖北 | 武汉发布 |\n"
            "| 2021年7月榜 | 2021年8月10日 | 青春湖北 | 湖北消防 | 武汉市文化和旅游局 |")
    got = [(c["rank"], c["name"], c["category"]) for c in extract_cases(text, "湖北政务微博排行榜")["cases"]]
    assert got == [(1, "正义随州", "2020年10月榜"), (2, "青春湖北", "2020年10月榜"), (3, "武汉发布", "2020年10月榜"),
                   (1, "青春湖北", "2021年7月榜"), (2, "湖北消防", "2021年7月榜"), (3, "武汉市文化和旅游局", "2021年7月榜")]


def test_what_won_each_award_one_award_to_a_line():
    text = ("热线年会日前召开，主办方公布了获奖名单。\n1. 2019年度全国政务热线“最佳管理效率奖”：长沙市12345市民服务热线\n"
            "2. 全国最佳政务热线“杰出贡献奖”：廖勤（长沙市政务中心主任）\n注意第二项是颁给个人的。\n"
            "①2022年度广州市政务微博优秀传播力奖\n广州市公安局：“广州公安”微博\n“广州公安”微博开通较早，粉丝众多。\n"
            "一等奖：“山乡共富小助手”\n这个作品融合了9类公共数据。")
    got = [(c["name"], c["agency"], c["category"]) for c in extract_cases(text, "热线与政务新媒体获奖情况")["cases"]]
    assert got == [("长沙市12345市民服务热线", "长沙市", "2019年度全国政务热线“最佳管理效率奖”"),
                   ("“广州公安”微博", "广州市公安局", "2022年度广州市政务微博优秀传播力奖"),
                   ("“山乡共富小助手”", None, "一等奖")]


def test_counts_of_what_was_assessed_are_no_cases():
    text = "今年共评估了937家政府网站，包括64家部委网站、32家省级网站、334家地级以上城市网站，评估结果近日发布。"
    assert extract_cases(text, "政府网站绩效评估结果发布")["cases"] == []


def test_award_labels_over_headings_with_their_paragraphs():
    text = ("年会公布了2020年度获奖名单。\n【2020年度最佳服务案例奖】\n庆阳市“12345”政务热线（市长热线）服务中心\n"
            "这是今年全省唯一获得该奖的单位，中心推行即时办结的处置方式。\n【2020年度卓越管理创新奖】\n金昌市“市长热线”受理中心\n"
            "该中心通过电话、网络信箱等渠道受理群众诉求，每周编发热点专报。")
    got = [(c["name"], c["agency"], c["category"]) for c in extract_cases(text, "全国政务热线发展年会召开")["cases"]]
    assert got == [("庆阳市“12345”政务热线（市长热线）服务中心", "庆阳市“12345”政务热线（市长热线）服务中心", "2020年度最佳服务案例奖"),
                   ("金昌市“市长热线”受理中心", "金昌市“市长热线”受理中心", "2020年度卓越管理创新奖")]


def test_names_that_left_the_list_are_no_cases():
    text = ("湖北政务微博2022年10月榜发布。\n▍榜单进出\n新进前30：武汉检察、湖北发布、武汉绿化\n跌出榜单：正义通山、十堰市公安局东岳分局")
    assert [c["name"] for c in extract_cases(text, "湖北政务微博10月榜")["cases"]] == ["武汉检察", "湖北发布", "武汉绿化"]


def test_bodies_named_relatively_take_the_one_province_of_the_page():
    text = ("表现较好的网站如下（排名不分先后）：\n一、市（州）政府门户网站\n凉山州、广安市、宜宾市政府门户网站得分靠前。\n"
            "二、省直部门（单位）网站\n教育厅、审计厅、省医保局等部门网站总体情况较好。")
    got = [(c["name"], c["province"], c["category"]) for c in extract_cases(text, "政府网站年度考核情况通报")["cases"]]
    assert got == [("凉山州", "四川省", "市（州）政府门户网站"), ("广安市", "四川省", "市（州）政府门户网站"),
                   ("宜宾市", "四川省", "市（州）政府门户网站"), ("教育厅", "四川省", "省直部门（单位）网站"),
                   ("审计厅", "四川省", "省直部门（单位）网站"), ("省医保局", "四川省", "省直部门（单位）网站")]


def test_who_made_a_work_in_brackets_is_its_agency():
    text = "年度榜单揭晓。\n③2022年度最佳视觉设计\n《广州这个反诈提醒好真实》系列漫画（广州市反诈中心、中国广州发布联合创作）\n该系列漫画传播较广。"
    (case,) = extract_cases(text, "政务新媒体年度榜单发布")["cases"]
    assert (case["name"], case["agency"]) == ("《广州这个反诈提醒好真实》系列漫画", "广州市反诈中心、中国广州发布")


def test_list_titles_with_notes_and_people_awards():
    text = ("论坛上发布了两份微博排行榜，浙江均有上榜：\n十大政务机构微博（浙江入选）：之江先锋\n十大公务人员微博（浙江入选）：蔡奇、郑继伟\n"
            "河南省十大政务机构微博：平安洛阳——洛阳市公安局")
    got = [(c["name"], c["agency"], c["category"]) for c in extract_cases(text, "政务微博排行榜发布")["cases"]]
    assert got == [("之江先锋", None, "十大政务机构微博"), ("平安洛阳", "洛阳市公安局", "河南省十大政务机构微博")]


def test_a_record_of_fields_under_its_heading():
    text = ("第五届政府网站评选中，义乌一街道网站获奖。\n义乌市廿三里街道网站\n| 网址 | nsljd.yiwu.gov.cn |\n| 所获奖项 | 服务创新奖 |\n"
            "一是把服务放在首位，网站开设了便民服务栏目。")
    got = [(c["name"], c["category"], c["shape"]) for c in extract_cases(text, "街道网站获服务创新奖")["cases"]]
    assert got == [("义乌市廿三里街道网站", "服务创新奖", "record")]


def test_menus_elisions_prepositions_and_honours_received_are_no_cases():
    menu = "设为首页\n收藏本站\n注册\n登录\n论坛\n导读\n政府网站绩效评估排名出来了"
    assert extract_cases(menu, "08年度政府网站绩效评估排名出来了")["cases"] == []
    text = ("昨日，全市推进会对2016年度石嘴山市“十佳政务新媒体”评选中获得“十佳政务网站”称号的单位进行表彰。\n十佳政务网站\n"
            "- 石嘴山网\n- 石嘴山机关智慧党建平台\n- 石嘴山人民议政网\n- ……（共10家，其余从略）\n"
            "此前，石嘴山网还先后获评“全区优秀政务网站”“西部百佳政务网站”等荣誉。")
    names = [c["name"] for c in extract_cases(text, "石嘴山十佳政务新媒体揭晓")["cases"]]
    assert names == ["石嘴山网", "石嘴山机关智慧党建平台", "石嘴山人民议政网"]


def test_names_followed_by_their_number_and_winners_named_as_a_subject():
    counted = ("编者按：各地形成了一批有特色的做法。省政务管理服务局从中选取临湘市、北塔区、洞口县、桃江县4个县市区，"
               "汇编其典型经验做法，供各地学习借鉴。")
    got = [c["name"] for c in extract_cases(counted, "政务服务工作简报：四个县市区经验做法汇编")["cases"]]
    assert got == ["临湘市", "北塔区", "洞口县", "桃江县"]
    teams = "开放数据创新应用大赛日前收官。\n获奖团队\n经过最终评审，“大吉大利”、WE-2团队、Cube团队、沐威智造和远见II团队等团队获奖。"
    got = [c["name"] for c in extract_cases(teams, "首届开放数据创新应用大赛颁奖")["cases"]]
    assert got == ["“大吉大利”", "WE-2团队", "Cube团队", "沐威智造", "远见II团队"]


def test_a_count_that_is_no_number_is_skipped():
    assert extract_cases("共有十十个单位、甲单位、乙单位入选名单。", "名单")["cases"] == []


def test_names_of_lists_awards_and_totals_are_no_cases_and_a_table_of_them_is_no_list():
    tiers = "2019年度全国政法优秀新闻作品评选结果公布。\n| 一等奖 | 15件 |\n| 二等奖 | 30件 |\n| 三等奖 | 60件 |\n| 合计 | 105件 |"
    assert extract_cases(tiers, "政法优秀新闻作品评选结果公布")["cases"] == []
    lists = ("报告还发布了一组系列榜单，包括：\n- 十大党政机构微博\n- 十大公职人员微博\n- 影响力飞跃奖\n- 十佳应用奖")
    assert extract_cases(lists, "2013年上半年新浪政务微博报告发布")["cases"] == []


def test_places_followed_by_their_number_and_a_table_of_pilot_zones():
    text = ("通知原则同意北京、上海、南京、苏州等4个城市开展国家下一代互联网示范城市建设；同意长沙、株洲、湘潭3个城市联合开展"
            "示范城市群建设。")
    names = [c["name"] for c in extract_cases(text, "下一代互联网示范城市名单公布")["cases"]]
    assert names == ["北京", "上海", "南京", "苏州", "长沙", "株洲", "湘潭"]
    table = ("第二批试验区一览\n| 类型 | 试验区 |\n| 跨区域类综合试验区 | 京津冀 |\n| 跨区域类综合试验区 | 珠江三角洲 |\n"
             "| 区域示范类综合试验区 | 上海市 |\n| 区域示范类综合试验区 | 河南省 |")
    got = [(c["name"], c["category"]) for c in extract_cases(table, "国家大数据综合试验区")["cases"]]
    assert got == [("京津冀", "跨区域类综合试验区"), ("珠江三角洲", "跨区域类综合试验区"),
                   ("上海市", "区域示范类综合试验区"), ("河南省", "区域示范类综合试验区")]


def test_works_places_and_accounts_that_won_an_award_one_to_a_line():
    text = ("大会发布了2020年度警务视频展播榜单。\n【第九届公安政务新媒体伙伴大会】\n年度公安政务新媒体优质新锐账号：平安丹东\n"
            "优秀MV：《逆行者的光》\n【第五届平安中国“三微”比赛】\n最佳摄影奖：《好好让我亲亲你》\n优秀微视频奖：《谢谢你 守护我》\n"
            "2021年　城市大奖（中国区）：武汉市\n十佳政务新媒体管理员\n马彩虹、陈向东、尤兆林等10人\n优秀国企新媒体\n"
            "四川电信（与另外4个账号共5个上榜，其余未见公布）")
    got = [c["name"] for c in extract_cases(text, "警务视频展播榜单发布")["cases"]]
    assert got == ["平安丹东", "《逆行者的光》", "《好好让我亲亲你》", "《谢谢你 守护我》", "武汉市", "四川电信"]


def test_group_labels_place_notes_and_a_trailing_etc():
    text = ("大赛各组别一等奖如下：\n1. 企业组：易创经云数字科技有限公司\n2. 高校组：北京大学梦想星球团队\n3. 社会组：智慧社区服务团队\n"
            "湖北文旅系统十佳新媒体：襄阳文化和旅游局等\n"
            "榜单前五里还有：\n- 珠海交警微信公众号（第四名）\n- 佛山发布\n- 深圳交警")
    got = [(c["name"], c["category"]) for c in extract_cases(text, "开放数据创新应用大赛获奖名单")["cases"]]
    assert ("易创经云数字科技有限公司", "企业组") in got and ("北京大学梦想星球团队", "高校组") in got
    assert ("襄阳文化和旅游局", "湖北文旅系统十佳新媒体") in got and ("珠海交警微信公众号", None) in got


def test_an_order_note_makes_a_label_and_award_lines_name_several_winners():
    lines = ("2021年光明区优秀政务新媒体网络评选活动公布结果。\n年度最具影响力政务新媒体平台（排名不分先后）\n深圳光明\n"
             "深圳光明教育\n廉明号\n年度最受欢迎基层通讯员\n赖××、魏××\n本次评选共设10个奖项。")
    # (one label over the one list names the list: no category, by the field convention)
    got = [c["name"] for c in extract_cases(lines, "优秀政务新媒体评选结果公布")["cases"]]
    assert got == ["深圳光明", "深圳光明教育", "廉明号"]
    award = ("评选发布会今天召开，获奖案例中有一批基层改革探索，例如：\n"
             "十佳创新奖（部分）：“县级政府权力清单制度改革的‘富阳版本’”、“城乡管理综合执法的‘北仑样本’”")
    got = [(c["name"], c["category"]) for c in extract_cases(award, "公共管理创新案例评选发布")["cases"]]
    assert got == [("“县级政府权力清单制度改革的‘富阳版本’”", "十佳创新奖"), ("“城乡管理综合执法的‘北仑样本’”", "十佳创新奖")]
    pair = "南平入选案例：\n①浦城县《创新“340”工作机制激发基层治理新活力》\n②政和县杨源乡《以传统文化赋能乡村社会治理的新探索》"
    names = [c["name"] for c in extract_cases(pair, "枫桥经验优秀案例征集结果公布")["cases"]]
    assert names == ["浦城县《创新“340”工作机制激发基层治理新活力》", "政和县杨源乡《以传统文化赋能乡村社会治理的新探索》"]


def test_numbered_awards_each_over_a_field_line_naming_its_example():
    text = ("评选结果发布会今天举行。各奖项情况如下：\n一、特别贡献奖（共7个）\n代表案例：“最多跑一次”改革\n二、十佳创新奖（共10个）\n"
            "代表案例：金华市农村垃圾治理\n三、优秀奖（共16个）\n代表案例：义乌市涉外纠纷调解做法")
    got = [(c["name"], c["category"]) for c in extract_cases(text, "公共管理创新案例评选结果发布")["cases"]]
    assert got == [("“最多跑一次”改革", "特别贡献奖"), ("金华市农村垃圾治理", "十佳创新奖"), ("义乌市涉外纠纷调解做法", "优秀奖")]


def test_grades_a_notices_sections_and_counts_are_no_cases():
    stars = "通过评估的试点城市按由低到高分为三个等级：\n- 一星\n- 二星\n- 三星"
    assert extract_cases(stars, "首批国家智慧城市试点名单公布")["cases"] == []
    sections = ("一、评选目的\n加强全市政务微博、微信和网站建设。\n二、组织单位\n主办：市委宣传部。\n三、评选名额\n评出优秀政务微博10个。")
    assert extract_cases(sections, "2015年度优秀政务平台评选投票开始")["cases"] == []
    counts = "把几组数字整理如下：\n(1) 省级以下地方政府创新项目申报总数\n(2) 获得入围奖的项目\n(3) 获得优胜奖的项目"
    assert extract_cases(counts, "第六届中国地方政府创新奖揭晓")["cases"] == []


def test_a_rankings_name_labels_its_winner_but_a_tab_of_rankings_is_none():
    text = ("正义网发布2022年1月“互联网+检察”新媒体指数排行榜。\n（三）分榜冠军\n微博榜：黑龙江省沿江检察院\n微信榜：河北省保定市检察院\n"
            "头条榜：安徽省马鞍山市花山区检察院")
    got = [(c["name"], c["category"]) for c in extract_cases(text, "“互联网+检察”新媒体指数排行榜发布")["cases"]]
    assert got == [("黑龙江省沿江检察院", "微博榜"), ("河北省保定市检察院", "微信榜"), ("安徽省马鞍山市花山区检察院", "头条榜")]
    tabs = "诗人热力榜\n日榜\n周榜\n月榜\n总榜\n中国诗歌网诗歌大擂台第八期“十佳诗歌”评选（A组）"
    assert extract_cases(tabs, "诗歌评选")["cases"] == []


def test_a_sentence_naming_a_rankings_top_three_and_a_table_of_rankings_tops():
    text = ("2023年7月安徽“互联网+检察”新媒体指数排行榜日前发布。\n微信排行榜\n位列前三的是芜湖市检察院、池州市检察院、黄山市检察院。\n"
            "三级榜首\n| 榜单 | 省级榜 | 分州市榜 | 区县榜 |\n|---|---|---|---|\n"
            "| 地方微博榜 | 黑龙江省检察院 | 陕西省渭南市检察院 | 黑龙江省沿江检察院 |")
    names = [c["name"] for c in extract_cases(text, "“互联网+检察”指数排行榜")["cases"]]
    assert names == ["芜湖市检察院", "池州市检察院", "黄山市检察院", "黑龙江省检察院", "陕西省渭南市检察院", "黑龙江省沿江检察院"]


def test_names_of_rankings_measures_and_bare_channels_and_notes_on_movement():
    text = ("本期政务微博传播力排行榜发布。\n1. @广州天气（多项指标领先，蝉联冠军）\n2. “中国广州发布”（继续排在第一）\n3. “广州花都发布”（上升两位）\n"
            "单项\n- 发布量最多\n- 原创最多\n- 粉丝最多\n该院开通了以下账号：\n- 官方微信\n- 官方微博\n- 官方头条号")
    names = [c["name"] for c in extract_cases(text, "广州政务微博排行榜")["cases"]]
    assert names == ["@广州天气", "“中国广州发布”", "“广州花都发布”"]


def test_a_row_of_winners_by_level_under_its_ranking_and_bulleted_award_lines():
    table = ("三个层级的第一名依次列于下表：\n| 地方微博榜 | 河南省检察院 | 河北省保定市检察院 | 四川省营山县检察院 |\n"
             "| 地方微信榜 | 山东省检察院 | 浙江省丽水市检察院 | 山东省曹县检察院 |")
    got = [(c["name"], c["category"]) for c in extract_cases(table, "2017年度“互联网+检察”指数排行榜")["cases"]]
    assert got == [("河南省检察院", "地方微博榜"), ("河北省保定市检察院", "地方微博榜"), ("四川省营山县检察院", "地方微博榜"),
                   ("山东省检察院", "地方微信榜"), ("浙江省丽水市检察院", "地方微信榜"), ("山东省曹县检察院", "地方微信榜")]
    bullets = "地方分榜冠军\n- 微信榜：江苏省检察院\n- 微博榜：山东省菏泽市牡丹区检察院\n- 头条榜：山东省菏泽市曹县检察院"
    got = [(c["name"], c["category"]) for c in extract_cases(bullets, "新媒体指数排行榜发布")["cases"]]
    assert got == [("江苏省检察院", "微信榜"), ("山东省菏泽市牡丹区检察院", "微博榜"), ("山东省菏泽市曹县检察院", "头条榜")]


def test_a_bulleted_award_line_under_a_label_is_its_winner_under_its_award():
    text = ("地方榜\n地方分榜冠军\n- 微信榜：江苏省检察院\n- 微博榜：山东省菏泽市牡丹区检察院\n地方微信榜（省级榜、分州市榜、区县榜榜首）\n"
            "- 江苏省检察院\n- 河北省保定市检察院\n- 内蒙古自治区巴彦淖尔市杭锦后旗检察院")
    got = [(c["name"], c["category"]) for c in extract_cases(text, "2023年度“互联网+检察”新媒体指数排行榜")["cases"]]
    assert ("江苏省检察院", "微信榜") in got and ("山东省菏泽市牡丹区检察院", "微博榜") in got
    assert sum(name == "江苏省检察院" for name, _ in got) == 2  # one body on two rankings is on both


def test_a_mention_takes_the_name_the_page_lists_and_ends_at_de():
    from crawler.parsers.cases import _snap_mentions
    from crawler.parsers.cases.fields import name_text
    from crawler.parsers.cases.model import Item, Run
    from crawler.parsers.cases.segment import MENTION, MENTION_STOP

    lines = ["1、武汉市文化和旅游局", "@武汉市文化和旅游局的博文常配图文；@平安湖北行文严谨而不失温度；@湖北消防的内容幽默",
             "2、平安湖北"]
    listed = Run([Item(0, 2, 11), Item(2, 2, 6)], "numbered")
    mentions = []
    for m in MENTION.finditer(lines[1]):
        stop = MENTION_STOP.search(m.group("name"), 2)
        mentions.append(Item(1, m.start("name"), m.start("name") + (stop.start() if stop else len(m.group("name")))))
    run = Run(mentions, "mentions")
    # before: cut at 和, run into the sentence, ended at 的
    assert [name_text(lines, i) for i in run.items] == ["武汉市文化", "平安湖北行文严谨而不失温度", "湖北消防"]
    _snap_mentions(lines, [listed, run])
    assert [name_text(lines, i) for i in run.items] == ["武汉市文化和旅游局", "平安湖北", "湖北消防"]


def test_a_count_written_liang_is_read_and_two_names_are_no_counted_list():
    assert extract_cases("北京、上海两个城市入选。", "名单")["cases"] == []
