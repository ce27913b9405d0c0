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


def test_two_bodies_each_over_its_story_under_a_numbered_batch_heading():
    """New: 一、全国第三批“枫桥式公安派出所” / a paragraph on the batch / two stations, each over its
    own paragraph — a batch's heading says they were chosen, so a pair is a list (its heading their
    category)."""
    found = cases("公安部自2019年起分批命名“枫桥式公安派出所”，本页按批次收录报道中点名的派出所。",
                  "一、全国第三批“枫桥式公安派出所”",
                  "2023年12月，公安部决定命名100个派出所为全国第三批“枫桥式公安派出所”。",
                  "北京市公安局丰台分局西罗园派出所",
                  "命名决定的名单由这个派出所领衔。",
                  "漳州市公安局芗城分局巷口派出所",
                  "该所以调解室和警务服务室为载体，2023年底授牌。",
                  title="“枫桥式公安派出所”巡礼")
    assert [(c["name"], c["category"]) for c in found] == [
        ("北京市公安局丰台分局西罗园派出所", "全国第三批“枫桥式公安派出所”"),
        ("漳州市公安局芗城分局巷口派出所", "全国第三批“枫桥式公安派出所”")]


def test_a_body_whose_name_holds_jing_as_in_jingji_is_no_passive_sentence():
    """New: 确定甲公安局经济技术开发区分局神龙派出所、乙、丙等19个派出所入围 — 经 in 经济 is a word of
    the name, not 经…审核 (who ran the process)."""
    found = cases("2021年8月，第二批评选启动。省公安厅经逐级推荐和综合评议，确定武汉市公安局经济技术开发区分局神龙派出所、"
                  "大冶市公安局灵乡派出所、南漳县公安局东巩派出所等19个派出所入围。",
                  title="湖北19个派出所入围全国第二批“枫桥式公安派出所”评选")
    assert [c["name"] for c in found] == [
        "武汉市公安局经济技术开发区分局神龙派出所", "大冶市公安局灵乡派出所", "南漳县公安局东巩派出所"]


def test_a_remark_in_brackets_after_the_dash_owner_keeps_the_owner():
    """New: - 名称——单位（a remark） among items written 名称——单位: the part after the dash is still
    the body, the remark is neither the name's nor the body's; a subject cut inside a quotation
    (条目格式为“上榜项目——所属法院”) is no case, nor are quoted award titles (“十佳微信账号”)."""
    found = cases("全国法院“十佳百优”新媒体评选结果公布，下面只记能核实的几条，条目格式为“上榜项目——所属法院”。",
                  "2018年度全国法院百优新媒体账号",
                  "- 南宁市兴宁区法院抖音号——南宁市兴宁区人民法院（2018年6月开通）",
                  "- 瓮安法院官方抖音账号——贵州省瓮安县人民法院（同年还被称为“最具影响力抖音号”）",
                  "- 《执行攻坚版卡路里》——南宁市兴宁区人民法院",
                  "说明：2019年度还评出了“十佳微信账号”“十佳微博账号”“十佳客户端账号”，名单以官方发布为准。",
                  title="法院新媒体“十佳百优”上榜账号摘记")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("南宁市兴宁区法院抖音号", "南宁市兴宁区人民法院"), ("瓮安法院官方抖音账号", "贵州省瓮安县人民法院"),
        ("《执行攻坚版卡路里》", "南宁市兴宁区人民法院")]


def test_a_press_release_among_link_items_is_no_case():
    """New: - 甲——单位 / - 乙——单位 / - 2021世界资讯科技大会官方新闻稿——主办单位: the press release is a
    link to the news, not a case."""
    found = cases("WITSA 2021全球资通讯科技卓越奖，台北市政府两个项目获奖：",
                  "- 大数据疫调专案——台北市政府资讯局（政府类首奖）",
                  "- 酷课云——台北市政府教育局（教育类奖项）",
                  "- 2021世界资讯科技大会官方新闻稿——大会主办单位",
                  title="台北市两项目获WITSA全球资通讯科技卓越奖")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("大数据疫调专案", "台北市政府资讯局"), ("酷课云", "台北市政府教育局")]


def test_parenthesised_numbers_in_a_rank_column_never_raise():
    """New (the first run of set 149 stopped on it): ⑸ ⑹ … in a table's number column are digits to
    ``str.isdigit`` but not to ``int``; the page's cases are read, nothing raises."""
    found = cases("县人大代表票决产生2021年十件民生实事，前四件见上文，其余六件见下表。",
                  "| 编号 | 项目 |", "|---|---|",
                  "| ⑸ | 新建公共卫生临床中心 |", "| ⑹ | 新建23公里碧道 |", "| ⑺ | 新建3所公办幼儿园 |",
                  "| ⑻ | 实施隘子过境段公路改建工程 |",
                  title="始兴县2021年十大民生实事项目")
    assert isinstance(found, list)


def test_a_list_of_counties_that_met_a_standard_is_a_list():
    """New: 节水型社会建设达标县（区） in the title over lines of counties under 【辽宁省】 labels: 达标
    (met the standard a ministry set) is a word of recognition, as 示范 and 试点 are."""
    found = cases("【辽宁省】",
                  "沈阳市和平区、沈阳市大东区、沈阳市皇姑区、鞍山市铁东区",
                  "【陕西省】",
                  "咸阳市秦都区、永寿县、宜君县、澄城县",
                  title="第六批节水型社会建设达标县（区）辽宁、陕西部分")
    assert [c["name"] for c in found] == ["沈阳市和平区", "沈阳市大东区", "沈阳市皇姑区", "鞍山市铁东区",
                                          "咸阳市秦都区", "永寿县", "宜君县", "澄城县"]


def test_a_table_headed_number_and_list_twice_side_by_side():
    """New: | 序号 | 名单 | 序号 | 名单 |: 名单 alone heads the column of names; each row holds two
    entries, left then right."""
    found = cases("第三批建设国家儿童友好城市名单共6个城市（区），全文如下。",
                  "| 序号 | 名单 | 序号 | 名单 |", "|---|---|---|---|",
                  "| 1 | 北京市海淀区 | 4 | 山东省济宁市 |", "| 2 | 天津市河西区 | 5 | 山东省日照市 |",
                  "| 3 | 河北省石家庄市 | 6 | 广东省珠海市 |",
                  title="第三批建设国家儿童友好城市名单公布")
    assert sorted(c["name"] for c in found) == sorted(["北京市海淀区", "天津市河西区", "河北省石家庄市",
                                                       "山东省济宁市", "山东省日照市", "广东省珠海市"])


def test_a_line_counting_a_batch_hands_over_that_many_places_with_their_provinces_in_brackets():
    """New: 2015年确定的首批试点共6个，括号内为所在省份： over exactly six places joined by 、: the
    count says they are the batch; （河北） after a place is a note on where it lies, not its name."""
    found = cases("首批试点城市",
                  "2015年确定的首批试点共6个，按行政区划序列排列，括号内为所在省份：",
                  "迁安（河北）、白城（吉林）、镇江（江苏）、嘉兴（浙江）、池州（安徽）、厦门（福建）。",
                  title="海绵城市建设试点")
    assert [(c["name"], c["province"]) for c in found] == [
        ("迁安", "河北省"), ("白城", "吉林省"), ("镇江", "江苏省"), ("嘉兴", "浙江省"), ("池州", "安徽省"),
        ("厦门", "福建省")]


def test_a_line_of_names_broken_by_width_goes_on_without_a_trailing_separator():
    """New: 【辽宁省】 / 甲、乙、丙 / 丁、戊、己 (a <pre> block broken by width, no 、 at the break): the
    next line goes on with the same list and label; a long heading cut at its 、 above a line of
    names is still no list to go on from."""
    found = cases("【辽宁省】",
                  "沈阳市和平区、沈阳市大东区、沈阳市皇姑区、鞍山市铁东区",
                  "鞍山市立山区、抚顺市新抚区、抚顺市东洲区、抚顺市望花区",
                  "【陕西省】",
                  "咸阳市秦都区、永寿县、宜君县、澄城县",
                  title="第六批节水型社会建设达标县（区）辽宁、陕西部分")
    assert [(c["name"], c["category"]) for c in found][3:6] == [
        ("鞍山市铁东区", "辽宁省"), ("鞍山市立山区", "辽宁省"), ("抚顺市新抚区", "辽宁省")]
    assert len(found) == 12


def test_an_old_site_laid_out_in_a_one_column_table_reads_as_lines():
    """New: every paragraph of the page a row of a one-column table (| 导语 | / | （一）北京市 | /
    | 甲、乙 |): its rows are the page's lines, read as any page's; a one-column box of short
    headlines stays a table (none of its rows is a paragraph)."""
    found = cases("| 国家林业和草原局授予城市“国家森林城市”称号 |",
                  "| 11月3日，国家林业和草原局公布了授予一批城市“国家森林城市”称号的决定。这批城市经申报建设、省级推荐、专家审评和社会公示确定。 |",
                  "| 现将获得称号的城市按所在省（区、市）分列如下： |",
                  "| （一）北京市 |", "| 石景山区、门头沟区、通州区 |",
                  "| （二）河北省 |", "| 邢台市、邯郸市 |",
                  "| 国家林业和草原局要求，获得称号的城市要把森林城市建设成果转化为群众看得见、摸得着的生态福祉。 |",
                  title="国家林业和草原局授予城市“国家森林城市”称号")
    assert [(c["name"], c["category"]) for c in found] == [
        ("石景山区", "北京市"), ("门头沟区", "北京市"), ("通州区", "北京市"), ("邢台市", "河北省"), ("邯郸市", "河北省")]


def test_a_body_named_by_its_street_or_town_takes_the_pages_province():
    """New: 武原街道文星社区党群服务中心 on a page whose lead names 浙江省: a body named by its street
    (or town and village) is named relatively, as 区环保局 is, and lies in the page's province; a
    ministry whose name holds 城乡 is no town's body."""
    found = cases("经浙江省现代社区建设领导小组办公室认定，我县共有4个党群服务中心获评2023—2024年省级示范党群服务中心。"
                  "此次获评的分别是武原街道党群服务中心、武原街道文星社区党群服务中心、望海街道新兴社区党群服务中心、"
                  "沈荡镇五圣村党群服务中心。",
                  title="我县4个党群服务中心获评省级示范")
    assert [(c["name"], c["province"]) for c in found] == [
        ("武原街道党群服务中心", "浙江省"), ("武原街道文星社区党群服务中心", "浙江省"),
        ("望海街道新兴社区党群服务中心", "浙江省"), ("沈荡镇五圣村党群服务中心", "浙江省")]
    from crawler.parsers.cases import _relative
    assert not _relative("住房城乡建设部")


def test_stations_of_civilisation_practice_are_bodies():
    """New: ①甲居民区新时代文明实践站 ②乙新时代文明实践点 … (circled numbers the page says are no
    ranks): a 实践站 or 实践点 is a body, as a 服务站 is, so the run is a list of bodies."""
    found = cases("长宁区十佳新时代文明实践特色站（点）评选结果如下（圈号不代表名次）：",
                  "①宁聚里·风铃绿地驿站新时代文明实践点 ②新泾六村居民区新时代文明实践站 ③新泾五村居民区新时代文明实践站",
                  "④春秋旅游新时代文明实践点 ⑤德必易园新时代文明实践站 ⑥愚园路街区新时代文明实践站",
                  title="长宁评出十佳新时代文明实践特色站（点）")
    assert [c["name"] for c in found] == [
        "宁聚里·风铃绿地驿站新时代文明实践点", "新泾六村居民区新时代文明实践站", "新泾五村居民区新时代文明实践站",
        "春秋旅游新时代文明实践点", "德必易园新时代文明实践站", "愚园路街区新时代文明实践站"]


def test_a_table_drawn_one_cell_to_a_line_is_a_table_again():
    """New: a converted PDF places each cell apart — 名次 / 公众号 / 所属地区 / 1 / 枝江发布 / 宜昌 / … —
    with the running header of the next page between two rows: the cells are read back as rows (rank,
    name, region), the running header passed over; a line of names under a label stays a line."""
    found = cases("荆楚网络舆情周报·政务微信专刊",
                  "湖北政务微信排行榜第61期解读",
                  "一、总榜（总阅读量排行前二十）",
                  "名次", "公众号", "所属地区",
                  "1", "枝江发布", "宜昌",
                  "2", "宜昌发布", "宜昌",
                  "荆楚网络舆情周报·政务微信专刊",
                  "3", "武汉交警", "武汉",
                  "4", "十堰交警", "十堰",
                  "二、地区分布",
                  title="湖北政务微信排行榜第61期")
    assert [(c["name"], c["rank"]) for c in found] == [("枝江发布", 1), ("宜昌发布", 2), ("武汉交警", 3), ("十堰交警", 4)]
    kept = cases("【整市推进地区】", "朔州市", "晋中市", "晋城市", "【整县推进地区】", "灵丘县", "左云县", "岢岚县",
                 title="2019年信息进村入户工程整市整县推进地区名单")
    assert [c["name"] for c in kept] == ["朔州市", "晋中市", "晋城市", "灵丘县", "左云县", "岢岚县"]


def test_a_table_of_essays_and_their_authors_is_no_list_of_cases():
    """New: | 获奖等级 | 作者 | 作品名称 | with a person in every 作者 cell and no unit column: works by
    individuals (an essay contest), whatever prizes they won — no body's case."""
    found = cases("“我在办税服务厅”有奖征文第二期评出获奖作品30篇，下面是一等奖和部分二等奖的作者与篇目：",
                  "| 获奖等级 | 作者 | 作品名称 |", "|---|---|---|",
                  "| 一等奖 | 叶爱敏 | 办税厅上的小小来客 |", "| 一等奖 | 卢雪燕 | 幸福剪影之送税上门 |",
                  "| 一等奖 | 梁冠途 | 办税服务厅的特殊“纳税人” |", "| 二等奖 | 余奇颖 | 税期的分量 |",
                  title="“我在办税服务厅”有奖征文第二期获奖名单揭晓")
    assert found == []


def test_two_stations_told_of_one_by_one_under_a_title_counting_two():
    """New: 我省两个派出所获命名… over two stations, each over its 主要做法 / 取得成效 lines: the title
    counts the two the page tells of."""
    found = cases("公安部举行首批“枫桥式公安派出所”命名揭晓仪式，全国共100个派出所获得命名，我省有两个所入选。",
                  "下面分别介绍两个所的情况。",
                  "太原市公安局万柏林分局和平南路派出所",
                  "主要做法：所里围绕四项工程安排全年工作，把调解力量放进社区。",
                  "取得成效：辖区纠纷大多在所里和社区就地化解。",
                  "长治市公安局潞州区分局东大街派出所",
                  "主要做法：坚持专群结合、警民共建，民警和群众一起巡逻。",
                  "取得成效：辖区治安案件数量明显下降。",
                  title="我省两个派出所获命名首批“枫桥式公安派出所”")
    assert [c["name"] for c in found] == ["太原市公安局万柏林分局和平南路派出所", "长治市公安局潞州区分局东大街派出所"]


def test_cases_numbered_one_by_one_each_over_its_write_up():
    """New: 案例一：甲 / ▍基本情况 / … / 案例二：乙 / ▍取得成效 / …: each numbered case heads its own
    write-up, so no run holds two of them; on a page about a list they are its cases, and the
    write-up's sub-headings (主要做法) are no category of the next case."""
    found = cases("公安部揭晓全国首批100个“枫桥式公安派出所”，本市有3个派出所在列，排名不分先后。",
                  "案例一：上海市公安局浦东分局周浦派出所",
                  "▍基本情况", "周浦地处浦东南部，镇区人口多、流动快。",
                  "▍主要做法", "一是把社区民警的走访和居委会的议事会排在同一张表上。",
                  "案例二：上海市公安局宝山分局顾村派出所",
                  "▍基本情况", "顾村大型居住社区集中，报警类型以邻里纠纷和求助为主。",
                  "▍取得成效", "所里推行“小事不出小区”。",
                  "案例三：上海市公安局长宁分局北新泾派出所",
                  "▍经验启示", "数据跑在前面，民警走在里面。",
                  title="上海首批“枫桥式公安派出所”经验速览")
    assert [(c["name"], c["category"]) for c in found] == [
        ("上海市公安局浦东分局周浦派出所", None), ("上海市公安局宝山分局顾村派出所", None),
        ("上海市公安局长宁分局北新泾派出所", None)]


def test_a_table_descending_to_villages_names_the_villages():
    """New: | 序号 | 地市州 | 县区市 | 乡镇 | 村 |: the town column is where each village lies; the
    village, the last and smallest place of the row, is what was chosen."""
    found = cases("拟推荐创建第三批全国乡村治理示范村名单如下（序号不代表排名）：",
                  "| 序号 | 地市州 | 县区市 | 乡镇 | 村 |", "|---|---|---|---|---|",
                  "| 1 | 长沙市 | 望城区 | 靖港镇 | 福塘村 |", "| 2 | 长沙市 | 浏阳市 | 古港镇 | 梅田湖村 |",
                  "| 3 | 长沙市 | 长沙县 | 江背镇 | 金洲村 |",
                  title="第三批全国乡村治理示范村镇推荐名单的公示")
    assert [c["name"] for c in found] == ["福塘村", "梅田湖村", "金洲村"]


def test_a_sentence_broken_into_short_lines_names_no_cases():
    """New: 近日 / 湖北省农业农村厅、湖北省乡村振兴局 / 发布2022年度 / 湖北省乡村振兴示范乡镇、示范村创建名单 /
    全省50个乡镇、500个行政村纳入其中 (a WeChat lead broken into short lines): who issued the list, its
    title and its counts are no names; the villages below are. A paragraph opening with 发布方介绍 is
    no such line."""
    found = cases("近日", "湖北省农业农村厅、湖北省乡村振兴局", "发布2022年度", "湖北省乡村振兴示范乡镇、示范村创建名单",
                  "全省50个乡镇、500个行政村纳入其中",
                  "2022年度湖北省乡村振兴示范村创建名单（宜昌部分）",
                  "（一）宜都市", "姚家店镇油榨坪村、枝城镇架锅山村、五眼泉镇弭水桥村",
                  "（二）枝江市", "问安镇同心桥村、百里洲镇沿江村、董市镇曹店村",
                  title="省级名单来了！宜昌6个村入选")
    assert [c["name"] for c in found] == ["姚家店镇油榨坪村", "枝城镇架锅山村", "五眼泉镇弭水桥村",
                                          "问安镇同心桥村", "百里洲镇沿江村", "董市镇曹店村"]


def test_families_are_people_and_clauses_of_a_sentence_are_lists_of_their_own():
    """New: an <ol> of 文明家庭 (…社区袁健中家庭) is people, no case; and 在甲区，入选的是A、B和C；乙县推荐
    了D、E以及F (each clause a list with its own head): the clauses split at ；, the last names at 和
    where a village under its town stands on either side."""
    assert cases("2020年度邵阳市文明家庭名单：", "1. 隆回县花门街道紫霞园社区袁健中家庭", "2. 洞口县文昌街道桔城社区王凤宝家庭",
                 "3. 邵阳县塘渡口镇峡山社区唐剑家庭", title="我市五户家庭获评文明家庭") == []
    found = cases("我市确定了7个村（社区）作为第八批省级民主法治示范村（社区）的推荐对象。"
                  "在埇桥区，入选的是埇桥区三里湾街道纺织路社区、桃沟乡大秦村、夹沟镇五柳村和符离镇沈圩村；"
                  "灵璧县推荐了灵璧县高楼镇崔庄村、杨疃镇红星村以及下楼镇陈潭村。",
                  title="宿州市7个村（社区）申报“安徽省民主法治示范村（社区）”")
    assert [c["name"] for c in found][:4] == ["埇桥区三里湾街道纺织路社区", "桃沟乡大秦村", "夹沟镇五柳村", "符离镇沈圩村"]


def test_units_beside_people_under_labels_of_their_own():
    """New: 【先进集体】 over six people's tribunals, 【先进个人】 over judges with their posts: the
    people under their own label are no cases and do not make the units people; a 人民法庭 is a body."""
    found = cases("最高人民法院对全国法院人民法庭工作中表现突出的100个先进集体和100名先进个人予以通报表扬，我省法院各有3个集体、2名个人名列其中。",
                  "【先进集体】",
                  "宽城满族自治县人民法院峪耳崖人民法庭", "安平县人民法院大何庄人民法庭", "正定县人民法院北早现人民法庭",
                  "【先进个人】",
                  "庄晓阳　南宫市人民法院紫冢人民法庭庭长", "齐宁　高阳县人民法院小王果庄人民法庭庭长",
                  title="我省3个先进集体和2名先进个人获通报表扬")
    assert [(c["name"], c["category"]) for c in found] == [
        ("宽城满族自治县人民法院峪耳崖人民法庭", "先进集体"), ("安平县人民法院大何庄人民法庭", "先进集体"),
        ("正定县人民法院北早现人民法庭", "先进集体")]


def test_a_column_headed_by_a_kind_of_body_and_a_table_of_counts_by_year():
    """New: | 法院 | 省份 | 备注 |: 法院 heads the column of bodies chosen, the province is where each
    lies; | 称号 | 2023年 | 2025年 | with counts in the cells: how many of each title, no case."""
    found = cases("本网整理的部分获“全国优秀法院”称号的法院如下：",
                  "| 法院 | 省份 | 备注 |", "|---|---|---|",
                  "| 北京市通州区人民法院 | 北京市 | 决定中列于首位 |", "| 砀山县人民法院 | 安徽省 | 宿州市 |",
                  "| 嘉鱼县人民法院 | 湖北省 | 咸宁市 |",
                  title="83个单位获“全国优秀法院”称号")
    assert [(c["name"], c["province"]) for c in found] == [
        ("北京市通州区人民法院", "北京市"), ("砀山县人民法院", "安徽省"), ("嘉鱼县人民法院", "湖北省")]
    assert cases("全国妇联两次集中表彰，各类称号的授予数量如下：",
                 "| 称号 | 2023年 | 2025年 |", "|---|---|---|",
                 "| 全国三八红旗手 | 298 | 596 |", "| 全国三八红旗集体 | 199 | 395 |", "| 全国巾帼文明岗 | 1992 | 599 |",
                 title="数说两届全国妇联表彰") == []


def test_lines_naming_an_editions_honours_label_the_names_under_them():
    """New: 第七届全国文明城市 / 道县 / 宁远县 / 第七届全国文明村镇 / 甲村 / 乙村 / 第七届全国文明单位 / …, one
    name a line with the honours between: the edition's honour over the names is their category,
    no name itself."""
    found = cases("永州多个县、村镇、单位获评第七届全国文明城市、文明村镇、文明单位。具体名单如下。",
                  "第七届全国文明城市", "道县", "宁远县",
                  "第七届全国文明村镇", "东安县芦洪市镇溪源村", "双牌县泷泊镇霞灯村",
                  "第七届全国文明单位", "中共永州市委宣传部", "永州市交通运输局",
                  title="永州2县入选第七届全国文明城市")
    assert [(c["name"], c["category"]) for c in found] == [
        ("道县", "第七届全国文明城市"), ("宁远县", "第七届全国文明城市"),
        ("东安县芦洪市镇溪源村", "第七届全国文明村镇"), ("双牌县泷泊镇霞灯村", "第七届全国文明村镇"),
        ("中共永州市委宣传部", "第七届全国文明单位"), ("永州市交通运输局", "第七届全国文明单位")]


def test_lines_naming_a_grade_label_the_names_under_them():
    """New: 国家一级馆 / 甲文化馆 / 乙文化馆 / 国家二级馆 / 丙文化馆 / 国家三级馆 / 丁文化馆: each grade over the
    bodies that reached it is their category, no name itself."""
    found = cases("文化和旅游部公布第五次全国文化馆评估定级上等级文化馆名单，我市参评的6家文化馆全部进入等级馆行列，具体如下：",
                  "国家一级馆", "安庆市文化馆", "怀宁县文化馆", "太湖县文化馆", "国家二级馆", "望江县文化馆", "国家三级馆",
                  "宿松县文化馆", "安庆市宜秀区文化馆",
                  title="第五次全国文化馆评估定级：安庆5家文化馆全部上等级")
    assert [(c["name"], c["category"]) for c in found] == [
        ("安庆市文化馆", "国家一级馆"), ("怀宁县文化馆", "国家一级馆"), ("太湖县文化馆", "国家一级馆"),
        ("望江县文化馆", "国家二级馆"),
        ("宿松县文化馆", "国家三级馆"), ("安庆市宜秀区文化馆", "国家三级馆")]


def test_bracketed_labels_with_counts_over_wrapped_lines_of_names():
    """New: 【湖南省文明城市】 / 甲、乙、丙 / 【湖南省文明村镇】（共16个） / 丁、戊、 / 己、庚 / 【湖南省文明家庭】
    （共7户） / 名单另文刊发 …: every label's names are read whichever reading takes the later lines
    first, each label without its brackets or count, and a note that the list is printed elsewhere is
    no name."""
    found = cases("湖南省文明办对2020届文明城市、文明村镇、文明单位等名单进行公示，本报摘录我市部分如下：",
                  "【湖南省文明城市】", "邵阳县、新邵县、绥宁县",
                  "【湖南省文明村镇】（共16个）", "隆回县虎形山瑶族乡、邵东市仙槎桥镇千子村、新邵县坪上镇清水村、",
                  "大祥区城南街道台上村、北塔区茶元头街道马家村",
                  "【湖南省文明标兵单位】（共12个）", "邵阳市财政局、邵阳市司法局、邵阳市民政局、邵东市人民检察院、",
                  "大祥区人民法院",
                  "【湖南省文明家庭】（共7户）", "名单另文刊发",
                  "【湖南省文明校园】（共8所）", "邵阳市第九中学、新邵县第一中学、洞口县第一中学、",
                  "湖南省汽车技师学院",
                  title="我市一批单位入围省级文明创建公示名单")
    got = [(c["name"], c["category"]) for c in found]
    assert ("邵阳县", "湖南省文明城市") in got and ("隆回县虎形山瑶族乡", "湖南省文明村镇") in got
    assert ("邵阳市财政局", "湖南省文明标兵单位") in got and ("邵阳市第九中学", "湖南省文明校园") in got
    assert not any("另文" in name for name, _ in got)


def test_places_named_clause_by_clause_in_prose():
    """New: 渝西片区入围的是甲村、乙村和丙村；长寿的丁村也在其中。 — the clause after ； speaks of its own
    name, so the list ends at ；; and 渝东北方面，A、B、C和D上榜。 — places, then the verb ending the
    sentence, are the list's names too."""
    found = cases("第三批全国乡村治理示范村镇创建工作进入公示阶段，重庆共有20个村在列。",
                  "渝西片区入围的是合川区隆兴镇广福村、綦江区三角镇中坝村和大足区高升镇旭光村；长寿的长寿区葛兰镇盐井村也在其中。",
                  "渝东北方面，万州区甘宁镇楠桥村、开州区满月镇甘泉村、梁平区铁门乡长塘村和巫溪县通城镇龙池村上榜。",
                  title="第三批全国乡村治理示范村镇公示 重庆20村在列")
    names = [c["name"] for c in found]
    assert names[:3] == ["合川区隆兴镇广福村", "綦江区三角镇中坝村", "大足区高升镇旭光村"]
    assert {"万州区甘宁镇楠桥村", "开州区满月镇甘泉村", "梁平区铁门乡长塘村", "巫溪县通城镇龙池村"} <= set(names)


def test_a_place_after_its_province_and_a_remark_after_the_last_place():
    """New: 同样获评的还有江西省的萍乡市、武宁县和崇义县 — the place past 江西省的; and 只有一个城市入选的省份不少：
    甲市、乙市和重庆市荣昌区都是各占一席 — the last place without what the sentence says of them all."""
    found = cases("27个城市被国家林业和草原局授予“国家森林城市”称号。",
                  "同样获评的还有江西省的萍乡市、武宁县和崇义县，以及湖北省的黄石市和宜都市。",
                  "只有一个城市入选的省份不少：北京市平谷区、安徽省芜湖市、福建省莆田市和重庆市荣昌区都是各占一席。",
                  title="2018年新增的27个国家森林城市，都在哪？")
    names = [c["name"] for c in found]
    assert "萍乡市" in names and "重庆市荣昌区" in names
    assert not any(name.startswith("江西省的") or name.endswith("一席") for name in names)


def test_a_phrase_led_by_dui_is_whom_a_sentence_honours():
    """New: 会上对民政部“孺子牛奖”获得者以及先进集体进行了表彰: the phrase led by 对 is whom the meeting
    honoured, no case's name; the table below holds the cases."""
    found = cases("第十四次全国民政会议在北京召开。会上对民政部“孺子牛奖”获得者以及全国民政系统先进集体进行了表彰，本市有3个集体获此殊荣。",
                  "获表彰的集体情况如下：",
                  "| 序号 | 单位名称 | 层级 |", "|---|---|---|",
                  "| 1 | 上海市龙华烈士陵园 | 市级 |", "| 2 | 上海市第一社会福利院 | 市级 |",
                  "| 3 | 杨浦区社会福利院 | 区级 |",
                  title="本市民政系统3个集体获部表彰")
    assert [c["name"] for c in found] == ["上海市龙华烈士陵园", "上海市第一社会福利院", "杨浦区社会福利院"]


def test_communities_named_after_places_elsewhere_lie_where_the_pages_others_do():
    """New: 吉安社区 and 长春路社区 among 张家口's communities (named after cities in 江西 and 吉林): a
    community named after a place without its level word lies in the page's province; and a
    community under a street office (老街办事处老街社区) is named relatively, as one under a 街道 is."""
    found = cases("张家口市公布第一批绿色社区名单，全市85个社区入选。",
                  "绿色社区创建以节约资源、保护环境为重点，推动社区治理和服务提质。",
                  "创建工作由市住房和城乡建设局牵头，各区县逐级推荐。",
                  "桥东区有以下社区入选：",
                  "建南社区、胜中社区、工南社区、吉安社区、长春路社区、东方苑社区",
                  title="张家口市绿色社区名单（第一批）")
    assert {c["province"] for c in found} == {"河北省"}
    from crawler.parsers.cases import _relative
    assert _relative("老街办事处老街社区")


def test_a_heading_of_praised_places_is_no_line_of_names():
    """New: 15 / 开展…成效明显的市、县市区 / 开展…成效明显的市、县区： / 衡阳市、常德市，苏仙区… — the heading
    holds a 、 but names the kinds of place praised, not places; the names are the line under its label."""
    found = cases("省政府公布2021年度真抓实干成效明显地区名单，前面的序号是省里名单中的原序号。",
                  "15",
                  "开展农村人居环境整治和城乡环境基础设施建设工作成效明显的市、县市区",
                  "开展农村人居环境整治成效明显的市、县区：",
                  "衡阳市、常德市，苏仙区、芷江县、茶陵县、零陵区、新邵县。",
                  title="喜报！新邵获省政府表扬激励")
    names = [c["name"] for c in found]
    assert names == ["衡阳市", "常德市", "苏仙区", "芷江县", "茶陵县", "零陵区", "新邵县"]


def test_lines_each_opening_with_the_places_a_notice_praises():
    """New: 获激励表扬工作如下： / 冷水滩区推动高质量发展成效明显，奖励100万元。 / 永州市、祁阳高新区深化…改革成效
    明显… / 江华县营商环境改善明显… / 永州市社会信用体系建设成效明显…: each line opens with the places it
    praises; they are the cases, a place praised on two lines an entry of each."""
    found = cases("湖南省人民政府办公厅印发通报，对2022年度真抓实干成效明显的地区予以表扬激励。",
                  "获激励表扬工作如下：",
                  "冷水滩区推动高质量发展成效明显，奖励100万元。",
                  "永州市、祁阳高新区深化“放管服”改革成效明显，市按100万元、园区按50万元奖励。",
                  "江华县营商环境改善明显，在全省优化营商环境第三方评估中排名靠前。",
                  "永州市社会信用体系建设成效明显，奖励200万元。",
                  title="永州市32项工作获省政府真抓实干表扬激励")
    assert [c["name"] for c in found] == ["冷水滩区", "永州市", "祁阳高新区", "江华县", "永州市"]


def test_a_decision_naming_places_as_a_demonstration():
    """New: 通报决定，命名天津市、石家庄市、…和银川市为“绿色货运配送示范城市”。 — the places between 命名 and 为
    are the ones the decision named."""
    found = cases("交通运输部、公安部、商务部联合印发通报，对第一批城市绿色货运配送示范工程的验收结果作出决定。",
                  "通报决定，命名天津市、石家庄市、衡水市、鄂尔多斯市、苏州市和银川市为“绿色货运配送示范城市”。",
                  title="6城获命名“绿色货运配送示范城市”")
    assert [c["name"] for c in found] == ["天津市", "石家庄市", "衡水市", "鄂尔多斯市", "苏州市", "银川市"]


def test_a_list_appended_to_a_press_conference_transcript():
    """New: 主持人 / 记者 / 发布人 … then 附：“无废城市”建设试点名单 / 一、试点城市 / 甲、乙、丙…: the words right
    above the list are the list's own; who spoke at the press conference before it makes no list of people."""
    found = cases("主持人：下面进入提问环节，请记者朋友举手。",
                  "记者：社会上很关心试点到底落在哪些城市，能否介绍一下遴选情况？",
                  "发布人：我们请各省推荐了候选城市，最后筛选确定了11个城市作为试点。",
                  "记者：试点城市下一步要做什么？",
                  "发布人：试点城市要结合各自实际编制实施方案，我们会加强指导，及时总结可复制、可推广的经验。",
                  "主持人：由于时间关系，今天的发布会就到这里，谢谢各位。",
                  "编者按：以上为问答节选，文末附试点名单全文，据生态环境部公告整理。",
                  "附：“无废城市”建设试点名单",
                  "一、试点城市",
                  "广东省深圳市、内蒙古自治区包头市、安徽省铜陵市、重庆市主城区、河北雄安新区、中新天津生态城",
                  title="发布会问答｜“无废城市”建设试点名单出炉")
    # (and a speaker's words, 主持人：由于时间关系，今天的发布会就到这里，…, are no line of names)
    assert [c["name"] for c in found] == ["广东省深圳市", "内蒙古自治区包头市", "安徽省铜陵市", "重庆市主城区",
                                          "河北雄安新区", "中新天津生态城"]


def test_a_notice_praising_some_units_and_criticising_others():
    """New: 一、报送及时、工作主动性高的单位 / 甲局、乙局、丙镇 / 二、重视不够、信息质量较差的单位 / 丁局、戊镇: the
    praising heading says the line under it is a list (towns among bureaus count as places there);
    the units under the criticising heading are no cases."""
    found = cases("一季度全县共报送政务信息455篇，其中16篇被省、市政府采用。现将报送情况通报如下。",
                  "一、报送及时、工作主动性高的单位",
                  "县人社局、县公安局、县民政局、尧禾镇、林皋镇",
                  "二、重视不够、信息质量较差的单位",
                  "县城市管理执法局、县乡村振兴局、县工信局、西固镇、雷牙镇",
                  title="关于2021年第一季度政务信息报送情况的通报")
    assert [c["name"] for c in found] == ["县人社局", "县公安局", "县民政局", "尧禾镇", "林皋镇"]
