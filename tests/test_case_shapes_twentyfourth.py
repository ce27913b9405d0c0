"""Shapes met in the hold-out sets during the twenty-fourth session of 2026-12-02, each in pages of our
own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (46e5580), the others guard a widening that came with them."""
from cases_helpers import shape_page, table_row as _row
from crawler.parsers.cases import extract_cases


def page(body: str, title: str):
    return shape_page(body, title, "科创信息网", ("gz", "工作动态"))


def test_a_cell_holding_a_name_a_dash_and_its_body_gives_the_body_as_agency():
    """New: | 中国专利金奖 | “一种高速轨道车辆转向架”——中车四方股份 | — an award's label, then the work and the
    firm that holds it after a dash (a listed firm's short name …股份 is a body)."""
    rows = [("中国专利金奖", "“一种高速轨道车辆转向架”", "中车四方股份"),
            ("中国外观设计金奖", "“轨道车辆车头（2018-02）”", "中车四方股份"),
            ("中国专利银奖", "“一种钛酸锂复合材料及其制备方法”", "银隆新能源股份")]
    table = "<table>" + "".join(_row([a, f"{n}——{b}"]) for a, n, b in rows) + "</table>"
    body = "<p>第二十二届中国专利奖评选结果日前揭晓，本地企业获奖情况如下：</p>" + table
    found = page(body, "我市企业获第二十二届中国专利奖").cases
    assert [(c["name"], c["agency"]) for c in found] == [(n, b) for _, n, b in rows]


def test_a_place_header_beside_an_unknown_word_under_a_caption_naming_the_list():
    """New: a caption row merged across the table (…实施名单（部分）) over | 省份 | 地理标志 | and rows of a
    province and a product: the unknown word heads the names (every row below holds a place under
    省份), and the caption names the list the table holds."""
    rows = [("北京市", "昌平草莓"), ("天津市", "七里海河蟹"), ("河北省", "迁西板栗"), ("安徽省", "黄山毛峰茶"),
            ("山东省", "金乡大蒜")]
    table = ("<table><tr><td colspan='2'>2024年地理标志保护工程项目实施名单（部分）</td></tr>" + _row(["省份", "地理标志"])
             + "".join(_row(list(r)) for r in rows) + "</table>")
    body = ("<p>国家知识产权局日前公布了年度地理标志保护工程项目，公开报道中提及的项目整理如下，并非全部。</p>" + table)
    found = page(body, "地理标志保护工程").cases
    assert [(c["name"], c["province"]) for c in found] == [(n, p) for p, n in rows]


def test_places_ranked_by_number_are_not_read_as_a_place_and_its_name():
    """New: | 总排名 | 城市 | over | 1 | 广州 |: a rank header beside a place header — the places are the
    names, the header row none of them, and the number column their ranks."""
    rows = [("1", "广州"), ("2", "北京"), ("3", "深圳"), ("4", "成都"), ("5", "上海")]
    table = "<table>" + _row(["总排名", "城市"]) + "".join(_row(list(r)) for r in rows) + "</table>"
    body = "<p>报告发布了城市会展业竞争力指数排名，前五位城市如下：</p>" + table
    found = page(body, "2022年中国城市会展业竞争力指数报告发布").cases
    assert [c["name"] for c in found] == [n for _, n in rows]


def test_kind_labels_under_province_headings_handed_over_by_the_lead():
    """New: the lead speaks of a list and says it is sorted 如下 by province; under 一、吉林省（…） come
    lines 景区：甲、乙 / 线路：丙 / 赛事：丁 — each kind a category, a line of one name as much as one of
    several, a tier note （十佳） or （3次十佳） no part of the name, the heading's province each name's."""
    lines = ["体育文化发展中心日前公布了本年度中国体育旅游精品项目入选名单，分为景区、线路、赛事和目的地四类。",
             "现将东北及上海的入选项目按省份整理如下，括号内为十佳标记，其余省份另文刊发。",
             "一、吉林省（精品4项，十佳2项）",
             "景区：长白山万达体育旅游景区（十佳）、长白山鲁能胜地国际度假区",
             "线路：环长白山体育旅游线路（十佳）",
             "赛事：中国长春净月潭瓦萨国际滑雪节",
             "二、黑龙江省（精品4项）",
             "赛事：“华艺杯”中国哈尔滨国际体育舞蹈公开赛（3次十佳）、中俄界江黑龙江国际冰球友谊赛、中国·哈尔滨轮滑马拉松世界杯",
             "目的地：齐齐哈尔市碾子山区",
             "三、上海市（精品4项）",
             "景区：碧海金沙体育旅游景区（3次十佳）、北外滩国客中心景区",
             "赛事：上海ATP1000大师赛（十佳）、F1中国大奖赛",
             "（整理：体旅观察；以官方公布为准）"]
    found = extract_cases("\n".join(lines), "中国体育旅游精品项目入选名单出炉（东北、上海篇）", None)["cases"]
    assert [(c["name"], c["category"], c["province"]) for c in found] == [
        ("长白山万达体育旅游景区", "景区", "吉林省"), ("长白山鲁能胜地国际度假区", "景区", "吉林省"),
        ("环长白山体育旅游线路", "线路", "吉林省"), ("中国长春净月潭瓦萨国际滑雪节", "赛事", "吉林省"),
        ("“华艺杯”中国哈尔滨国际体育舞蹈公开赛", "赛事", "黑龙江省"), ("中俄界江黑龙江国际冰球友谊赛", "赛事", "黑龙江省"),
        ("中国·哈尔滨轮滑马拉松世界杯", "赛事", "黑龙江省"), ("齐齐哈尔市碾子山区", "目的地", "黑龙江省"),
        ("碧海金沙体育旅游景区", "景区", "上海市"), ("北外滩国客中心景区", "景区", "上海市"),
        ("上海ATP1000大师赛", "赛事", "上海市"), ("F1中国大奖赛", "赛事", "上海市")]


def test_a_recurring_field_label_beside_sentences_is_no_kind_label():
    """Guard: 报送单位：甲 / 主要内容：…。 repeated per case — the fields of a record; the body after
    报送单位 is no case of its own."""
    lines = ["商务部近日印发推广自贸试验区第六批“最佳实践案例”，我们先整理以下三项：",
             "边境口岸出入境车辆快捷通关查验", "报送单位：中国（广西）自由贸易试验区",
             "主要内容：在友谊关口岸先行试点出入境车辆边检快捷通关系统，集成自主采集、智能识别、快速核验等功能。",
             "国际危险品道路运输“一证双线”", "报送单位：中国（黑龙江）自由贸易试验区",
             "主要内容：在沿边跨境道路运输中实施国际危险品道路运输“一证双线”，提升跨境运输便利化水平。",
             "数据出境管理负面清单", "报送单位：上海、天津、北京自贸试验区",
             "主要内容：率先打造安全便利的数据跨境流动体系，制定数据出境管理负面清单。"]
    found = extract_cases("\n".join(lines), "自贸试验区第六批最佳实践案例发布", None)["cases"]
    assert not any(c["name"] in ("中国（广西）自由贸易试验区", "上海", "天津") for c in found)


def test_a_graded_label_over_a_note_in_brackets_names_nothing():
    """Guard: 三等奖：（本库所存文本至此中断） among 一等奖：甲、乙 lines — a note, no name."""
    lines = ["经研究，决定对2008年度政务信息工作成绩突出的先进集体予以通报表彰。", "（二）市级有关部门",
             "一等奖：市监察局、市公安局、市经贸委、市国资委", "二等奖：市卫生局、市发展改革委、市环保局、市信访局",
             "三等奖：（本库所存文本至此中断，以下内容缺失）"]
    found = extract_cases("\n".join(lines), "关于表彰2008年度全市政务信息工作先进集体的通报", None)["cases"]
    assert all("中断" not in c["name"] for c in found) and len(found) == 8


def test_a_body_a_colon_and_clauses_to_a_full_stop_is_the_body_and_its_description():
    """New: 五莲县于里镇河南村村民委员会：五莲县此次唯一上榜的村，也是…之一。 — what follows the colon runs
    through a comma to a full stop: it describes the name before the colon, which is the case."""
    lines = ["阿里研究院近日发布2020年淘宝村名单，日照市5个村进入名单。", "淘宝村",
             "五莲县于里镇河南村村民委员会：五莲县此次唯一上榜的村，也是莒县以外入选的两个村之一。",
             "莒县陵阳街道何家疃社区村委会：陵阳街道本次唯一入选的社区，电商以农副产品为主。",
             "莒县阎庄街道徐家当门村委会：与渚汀社区一道，支撑起阎庄街道的淘宝镇身份。",
             "莒县阎庄街道渚汀社区村委会：阎庄街道入选的第二个村，网店多经营绿茶。",
             "日照经济技术开发区北京路街道金家沟村委会：开发区唯一入选的村，也是唯一位于城区街道的村。"]
    found = extract_cases("\n".join(lines), "日照5个淘宝村入选2020年名单", None)["cases"]
    assert [c["name"] for c in found] == [ln.split("：")[0] for ln in lines[2:]]


def test_a_bracket_label_over_province_owner_lines_stays_their_category():
    """New: 【安宁疗护试点市（区）】 over 天津市：南开区、蓟州区 / 河北省：承德市… — each province places its
    names; the label over them all is their category (the province was, when no note line broke the run)."""
    lines = ["国家卫生健康委确定61个市（区）为第三批国家安宁疗护试点市（区），部分名单如下。", "【安宁疗护试点市（区）】",
             "天津市：南开区、蓟州区", "河北省：承德市、廊坊市、沧州市", "山西省：晋城市、阳泉市",
             "编者注：限于篇幅，其余省份本文从略，完整名单以国家卫生健康委网站公布的附件为准。"]
    found = extract_cases("\n".join(lines), "第三批国家安宁疗护试点名单公布", None)["cases"]
    assert [(c["name"], c["province"], c["category"]) for c in found] == [
        (n, p, "安宁疗护试点市（区）") for p, n in [("天津市", "南开区"), ("天津市", "蓟州区"), ("河北省", "承德市"),
                                              ("河北省", "廊坊市"), ("河北省", "沧州市"), ("山西省", "晋城市"), ("山西省", "阳泉市")]]


def test_a_numbered_county_then_its_city_apart_by_a_space():
    """New: 1 周至县 西安市 under a note giving the columns (序号 名称 所在地): the county is the case, the
    city after the space where it lies."""
    rows = [("周至县", "西安市"), ("王益区", "铜川市"), ("凤翔县", "宝鸡市"), ("彬州市", "咸阳市"), ("华阴市", "渭南市"),
            ("南郑区", "汉中市")]
    lines = ["水利部命名第二批节水型社会建设达标县（区），我省入选的整理如下，格式：序号 名称 所在地"] + [
        f"{k} {n} {c}" for k, (n, c) in enumerate(rows, 1)]
    found = extract_cases("\n".join(lines), "第二批节水型社会建设达标县（区）我省名单", None)["cases"]
    assert [(c["name"], c["province"]) for c in found] == [(n, "陕西省") for n, _ in rows]


def test_a_sentence_saying_a_count_was_chosen_hands_over_the_table_below():
    """New: …最后由18位专家认定了下面10条： over | 序号 | 省份 | 河流 | — the count chosen is the rows'."""
    rows = [("陕西", "渭河"), ("浙江", "永安溪"), ("江苏", "丁万河"), ("重庆", "璧南河"), ("湖北", "汉江"), ("广东", "韩江"),
            ("甘肃", "疏勒河"), ("福建", "木兰溪"), ("广西", "下枧河"), ("山东", "沂河")]
    table = "<table>" + _row(["序号", "省份", "河流"]) + "".join(_row([str(k), p, n]) for k, (p, n) in enumerate(rows, 1)) + "</table>"
    body = ("<p>首届“寻找最美家乡河”活动于2017年12月在西安揭晓。各地共推荐46条家乡河，网络投票后19条进入专家推荐阶段，"
            "最后由18位专家认定了下面10条：</p>" + table + "<p>表中编号为编者所加，不代表名次。</p>")
    found = page(body, "回顾：首届“寻找最美家乡河”").cases
    assert [c["name"] for c in found] == [n for _, n in rows]


def test_a_total_before_the_colon_on_a_page_about_a_list_hands_over_that_many_names():
    """New: 第二批 / 本次新增，共13个县（区），以附件顺序排列： / thirteen names — the line counts what it
    hands over, on a page whose lead speaks of the list (名单), though the line itself does not."""
    names = ["石家庄市新华区", "秦皇岛市抚宁区", "秦皇岛市卢龙县", "唐山市路南区", "保定市涞水县", "沧州市运河区", "沧州市黄骅市",
             "衡水市武强县", "邢台市隆尧县", "邢台市清河县", "邯郸市魏县", "邯郸市馆陶县", "雄安新区容城县"]
    lines = ["国家卫生健康委近日印发第二批全国儿童青少年近视防控适宜技术试点县（区）名单，我省13个县（区）在列。",
             "第二批", "本次新增，共13个县（区），以通知附件所列顺序排列：", "、".join(names),
             "省卫生健康委有关负责人表示，试点县（区）要把视力筛查、建档和转诊做实。"]
    found = extract_cases("\n".join(lines), "我省再添13个近视防控适宜技术试点县（区）", None)["cases"]
    assert [c["name"] for c in found] == names


def test_a_grid_of_places_written_out_with_their_provinces():
    """New: | 北京市怀柔区 | 上海市奉贤区 | / | 江苏省张家港市 | 浙江省杭州市 | … — two places to a row,
    each written out with its province: every cell an entry."""
    rows = [("北京市怀柔区", "上海市奉贤区"), ("江苏省张家港市", "浙江省杭州市"), ("安徽省马鞍山市", "山东省威海市"),
            ("河南省新郑市", "广东省珠海市"), ("四川省泸州市", "甘肃省金昌市")]
    table = "<table>" + "".join(_row(list(r)) for r in rows) + "</table>"
    body = "<p>全国爱卫会通报2015年国家卫生城市复审结果，以下城市（区）复审成绩突出，受到通报表扬：</p>" + table
    found = page(body, "国家卫生城市复审结果通报 10个城市（区）受到表扬").cases
    assert [c["name"] for c in found] == [n for r in rows for n in r]


def test_a_grid_in_sections_under_label_rows_with_half_rows_at_their_ends():
    """New: | 地市州 | over | 武汉市 | 十堰市 | / | 恩施土家族苗族自治州 |  | (half a row, no label) /
    | 县 | over | 公安县 | 监利县 |: every place an entry, each section's label row its category."""
    def label(text):
        return f"<tr><td colspan='2'><b>{text}</b></td></tr>"

    def half(text):
        return f"<tr><td>{text}</td><td>&nbsp;</td></tr>"
    table = ("<table>" + label("地市州") + _row(["武汉市", "十堰市"]) + _row(["襄阳市", "宜昌市"]) + half("恩施土家族苗族自治州")
             + label("省直管市") + _row(["仙桃市", "天门市"]) + half("潜江市")
             + label("县") + _row(["公安县", "监利县"]) + _row(["竹山县", "竹溪县"]) + "</table>")
    body = "<p>湖北省日前命名65个省级双拥模范城（县），报道中点名的如下，其余待文件下发后补全：</p>" + table
    found = page(body, "湖北省命名65个双拥模范城（县）（名单摘录）").cases
    assert [(c["name"], c["category"]) for c in found] == [
        ("武汉市", "地市州"), ("十堰市", "地市州"), ("襄阳市", "地市州"), ("宜昌市", "地市州"), ("恩施土家族苗族自治州", "地市州"),
        ("仙桃市", "省直管市"), ("天门市", "省直管市"), ("潜江市", "省直管市"),
        ("公安县", "县"), ("监利县", "县"), ("竹山县", "县"), ("竹溪县", "县")]


def test_a_grid_of_link_cards_each_a_kind_a_name_and_its_body():
    """New: <a class="card"><span>十佳精品景区</span><h3>太平湖景区</h3><p>申报单位：安徽省体育局</p></a> three
    or more times: the cards are the list (not link chrome) — the heading the name, the tag its
    category, the unit line its agency."""
    cards = [("十佳精品景区", "太平湖景区", "安徽省体育局"), ("精品景区", "万佛湖景区", "安徽省体育局"),
             ("十佳精品线路", "徽杭古道", "安徽省体育局"), ("十佳精品景区", "新疆喀拉峻国际户外公园", "新疆维吾尔自治区体育局"),
             ("十佳精品赛事", "中国环塔（国际）拉力赛", "新疆维吾尔自治区体育局")]
    grid = "<div class='cards'>" + "".join(
        f"<a class='card' href='/jp/{k}.html'><span class='tag'>{t}</span><h3>{n}</h3><p>申报单位：{u}</p></a>"
        for k, (t, n, u) in enumerate(cards, 1)) + "</div>"
    body = ("<p>2018中国体育旅游精品项目日前发布，本届共推选出222个精品项目，并评出各类“十佳”。</p>"
            "<p>本页先收录安徽和新疆的部分入选项目，点击卡片查看项目介绍。</p>" + grid + "<p>其他省份整理中。</p>")
    found = shape_page(body, "2018中国体育旅游精品项目：安徽、新疆入选项目一览", "体旅中国").cases
    assert [(c["name"], c["category"], c["agency"]) for c in found] == [(n, t, u) for t, n, u in cards]


def test_links_of_one_line_each_stay_link_chrome():
    """Guard: a box of related links, each a heading only, is no grid of cards."""
    related = "<div class='related'>" + "".join(
        f"<a href='/n/{k}.html'><h4>{t}</h4></a>" for k, t in enumerate(
            ["我市召开体育产业发展大会", "全民健身月活动启动", "市体育局发布赛事日历", "冰雪季活动安排出炉"], 1)) + "</div>"
    body = "<p>2018中国体育旅游精品项目日前发布，我省多个项目入选，具体名单将另行刊发。</p>" + related
    found = shape_page(body, "我省体育旅游项目获评精品", "体旅中国").cases
    assert found == []


def test_a_body_broken_over_two_lines_by_a_converted_pdf_is_one_body():
    """New: …集团公司第七 / 〇二研究所 and …设计院有 / 限公司 among lines of bodies (a PDF's narrow cells):
    each pair is one body again; the header and label words flattened among them (类别, 组织, 个人) are
    no cases."""
    lines = ["附件", "2020年江苏省省长质量奖获奖名单", "一、江苏省省长质量奖（共10个）", "类别", "获奖组织（个人）", "组织",
             "中国船舶重工集团公司第七", "〇二研究所", "江阴天江药业有限公司", "江苏天工工具有限公司", "江苏双沟酒业股份有限公司",
             "江苏金发科技新材料有限公司", "江苏核电有限公司", "罗莱生活科技股份有限公司", "南京玻璃纤维研究设计院有", "限公司",
             "新誉集团有限公司", "个人", "王民（徐工集团工程机械有限公司董事长）"]
    found = extract_cases("\n".join(lines), "附件：2020年江苏省省长质量奖获奖名单", None)["cases"]
    assert [c["name"] for c in found] == ["中国船舶重工集团公司第七〇二研究所", "江阴天江药业有限公司", "江苏天工工具有限公司",
                                          "江苏双沟酒业股份有限公司", "江苏金发科技新材料有限公司", "江苏核电有限公司",
                                          "罗莱生活科技股份有限公司", "南京玻璃纤维研究设计院有限公司", "新誉集团有限公司"]


def test_cities_over_their_districts_one_name_to_a_line_head_their_groups():
    """New: 成都市 / 锦江区 / 青羊区 / 攀枝花市 / 米易县 / 绵阳市 / 江油市 — each city over the places that
    lie in it: the cities are the groups' categories, not entries."""
    lines = ["教育部认定2023年学前教育普及普惠县，四川有以下县（市、区）入选：", "学前教育普及普惠县（市、区）名单",
             "成都市", "成都高新区", "锦江区", "青羊区", "金牛区", "攀枝花市", "米易县", "绵阳市", "安州区", "江油市",
             "宜宾市", "翠屏区", "南溪区", "江安县", "通知要求各地发挥已认定县的示范带动作用。"]
    found = extract_cases("\n".join(lines), "教育部认定！四川多个县（市、区）上榜", None)["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("成都高新区", "成都市"), ("锦江区", "成都市"), ("青羊区", "成都市"), ("金牛区", "成都市"), ("米易县", "攀枝花市"),
        ("安州区", "绵阳市"), ("江油市", "绵阳市"), ("翠屏区", "宜宾市"), ("南溪区", "宜宾市"), ("江安县", "宜宾市")]


def test_a_line_of_names_over_the_notice_period_is_not_a_broken_sentence():
    """New: 拟激励市县名单：甲、乙… over 公示时间：2022年2月21日至2月25日 — the line under the names gives
    the notice period (公示 as a field's word), not the rest of a sentence the names began."""
    names = ["北京市延庆区", "河北省滦平县", "辽宁省桓仁满族自治县", "江苏省淮安市", "浙江省丽水市", "安徽省蚌埠市", "福建省福州市"]
    lines = ["我部组织研究提出了2021年度河长制湖长制拟激励市县名单，现予以公示。",
             "拟激励市县名单：" + "、".join(names) + "。", "公示时间：2022年2月21日至2月25日", "联系电话：010-63202715"]
    found = extract_cases("\n".join(lines), "2021年度河长制湖长制拟激励市县名单公示", None)["cases"]
    assert [c["name"] for c in found] == names


def test_a_decorative_bar_before_a_name_is_no_part_of_it():
    """New: ▌海口市河长制办公室 over its story: the bar is the heading's decoration."""
    lines = ["水利部公布全面推行河湖长制先进集体名单，我省两个单位、湖北一个单位入选，简介如下。",
             "▌海口市河长制办公室", "推动“河长+检察长”协作，整治入河排污口，城区水体水质持续改善。",
             "▌三亚市河长制服务中心", "建立河湖管护网格，组织志愿者常态化巡河，群众满意度明显提升。",
             "▌松滋市河湖长制办公室", "以小微水体治理为抓手，打通河湖管护“最后一公里”。"]
    found = extract_cases("\n".join(lines), "全面推行河湖长制先进集体公布 三个单位上榜", None)["cases"]
    assert [c["name"] for c in found] == ["海口市河长制办公室", "三亚市河长制服务中心", "松滋市河湖长制办公室"]


def test_a_count_then_what_they_were_chosen_for_hands_over_that_many_names():
    """New: 我省五个县区被列入…标准化试点： over 甲、乙、丙、丁、戊 — the count is the line's, every one given."""
    lines = ["2021年3月，经国家广播电视总局同意，我省五个县区被列入广播电视基本公共服务标准化试点：",
             "肥西县、阜南县、全椒县、滁州市南谯区、青阳县。",
             "一年多来，五个试点完善广电基础设施，构建基层服务网络。"]
    found = extract_cases("\n".join(lines), "我省广播电视基本公共服务标准化国家级试点取得明显成效", None)["cases"]
    assert [c["name"] for c in found] == ["肥西县", "阜南县", "全椒县", "滁州市南谯区", "青阳县"]


def test_a_column_of_places_that_won_the_award_holds_the_names():
    """New: | 奖励类别 | 受奖地区 | 奖励标准 | — the places the award went to are the entries, the kind of
    award (merged down its column) their category, the sums no names."""
    rows = [("财政部2021年度县级财政管理绩效综合评价通报表扬县（市）", "高安市", "每个600万元"), ("", "金溪县", ""), ("", "资溪县", ""),
            ("2021年度财政管理工作指标得分第一的设区市", "南昌市", "300万元"),
            ("2021年度财政管理工作指标得分前10名县区", "广昌县", "每个130万元"), ("", "芦溪县", ""), ("", "安义县", "")]
    table = "<table>" + _row(["奖励类别", "受奖地区", "奖励标准"]) + "".join(_row(list(r)) for r in rows) + "</table>"
    body = "<p>省财政近日下达专项奖励资金，对财政高质量发展先进市县予以奖励，受奖地区整理如下（部分）：</p>" + table
    found = page(body, "江西一批财政高质量发展先进市县获省级奖励").cases
    assert [c["name"] for c in found] == ["高安市", "金溪县", "资溪县", "南昌市", "广昌县", "芦溪县", "安义县"]
    assert found[0]["category"] == "财政部2021年度县级财政管理绩效综合评价通报表扬县（市）" and found[-1]["category"].endswith("前10名县区")


def test_short_names_under_a_sentence_naming_their_kind_of_body():
    """New: 位列前十的事务所依次为： / 1. 普华永道中天 / 3. 瑞华 / 4. 立信 — two-character names are firms'
    short names when the sentence handing them over says what kind of body they are."""
    names = ["普华永道中天", "德勤华永", "瑞华", "立信", "安永华明", "毕马威华振", "天健", "大华", "信永中和", "大信"]
    lines = ["中国注册会计师协会发布《2014年会计师事务所综合评价前百家信息》，根据综合评价得分排序。位列前十的事务所依次为："] + [
        f"{k}. {n}" for k, n in enumerate(names, 1)] + ["（第11名至第100名本文不再逐一列出。）"]
    found = extract_cases("\n".join(lines), "2014年会计师事务所综合评价前百家信息发布", None)["cases"]
    assert [(c["name"], c["rank"]) for c in found] == [(n, k) for k, n in enumerate(names, 1)]


def test_two_character_sectors_stay_no_names():
    """Guard: 气象、水务、公安、卫健 as numbered points under a sentence naming no kind of body."""
    lines = ["今年的数据共享重点领域如下：", "1. 气象", "2. 水务", "3. 公安", "4. 卫健"]
    found = extract_cases("\n".join(lines), "我市推进政务数据共享", None)["cases"]
    assert found == []


def test_books_chosen_as_works_keep_their_publishers_as_agency():
    """New: under 最终确定50部作品为…全国优秀科普作品, - 《神奇科学》（2册）——北京少年儿童出版社: the books are
    the list's entries (a publisher after a dash is theirs, not a book about the cases), the count
    of volumes no part of the title."""
    lines = ["科技部日前公布2015年全国优秀科普作品名单，最终确定50部作品为2015年全国优秀科普作品。",
             "记者从名单中摘录了部分作品及其出版单位（排名不分先后）：",
             "- 《神奇科学》（2册）——北京少年儿童出版社", "- 《北京市民科学素养读本》——北京科学技术出版社",
             "- 《星际穿越》——浙江人民出版社", "- 《大嚼科学》（5册）——明天出版社"]
    found = extract_cases("\n".join(lines), "50部作品获评2015年全国优秀科普作品 书单来了", None)["cases"]
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《神奇科学》", "北京少年儿童出版社"), ("《北京市民科学素养读本》", "北京科学技术出版社"),
        ("《星际穿越》", "浙江人民出版社"), ("《大嚼科学》", "明天出版社")]


def test_groups_of_places_each_opening_with_its_city_apart_by_commas():
    """New: 此次入选的有南京市玄武区、鼓楼区，无锡市宜兴市，徐州市丰县、新沂市… — commas part the cities'
    groups, each opening with a place written out from its city: every place an entry."""
    lines = ["近日，中国科协公布第二批全国科普示范县（市、区）创建单位名单，江苏共有9个县（市、区）入选。",
             "此次江苏入选的有南京市玄武区、鼓楼区，无锡市宜兴市，徐州市丰县、新沂市，常州市武进区、金坛区，苏州市常熟市、太仓市。",
             "创建期内各创建单位将对照标准补短板、强弱项。"]
    found = extract_cases("\n".join(lines), "江苏9个县（市、区）入选全国科普示范县创建单位", None)["cases"]
    assert [c["name"] for c in found] == ["南京市玄武区", "鼓楼区", "无锡市宜兴市", "徐州市丰县", "新沂市", "常州市武进区",
                                          "金坛区", "苏州市常熟市", "太仓市"]


def test_an_exhibition_a_colon_and_the_museums_behind_it():
    """New: - 《江汉朝宗——武汉城市现代化历程》：江汉关博物馆 under 精品奖 — the work in 《》 (a dash and a
    place inside it its own) is the entry, the museum (or two, by 、) after the colon its agency."""
    lines = ["湖北省博物馆协会评出2016年度（第一届）全省博物馆六大陈列展览精品，名单如下：", "精品奖",
             "- 《长江之歌 文明之旅》：长江文明馆", "- 《江汉朝宗——武汉城市现代化历程》：江汉关博物馆",
             "- 《南土遗珍——商代盘龙城遗址出土文物特展》：武汉博物馆、武汉市文物交流中心", "优胜奖",
             "- 《丝绸之路与俄罗斯民族文物》：湖北省博物馆", "- 《诸葛亮躬耕襄阳时期的历史记忆——襄阳樊城大型三国墓》：襄阳市博物馆"]
    found = extract_cases("\n".join(lines), "湖北首届全省博物馆六大陈列展览精品出炉", None)["cases"]
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《长江之歌 文明之旅》", "长江文明馆"), ("《江汉朝宗——武汉城市现代化历程》", "江汉关博物馆"),
        ("《南土遗珍——商代盘龙城遗址出土文物特展》", "武汉博物馆、武汉市文物交流中心"), ("《丝绸之路与俄罗斯民族文物》", "湖北省博物馆"),
        ("《诸葛亮躬耕襄阳时期的历史记忆——襄阳樊城大型三国墓》", "襄阳市博物馆")]


def test_a_page_saying_its_table_is_no_official_ranking_lists_no_cases():
    """New: …只统计本平台的预约，也不是任何官方评选或排名 over a TOP10 of museums by bookings: the
    page says itself that its table recognises nothing."""
    rows = [("1", "陕西历史博物馆", "48,215"), ("2", "故宫博物院", "45,903"), ("3", "南京博物院", "39,877"),
            ("4", "湖北省博物馆", "31,448"), ("5", "河南博物院", "29,016")]
    table = "<table>" + _row(["排名", "博物馆", "本平台预约人次"]) + "".join(_row(list(r)) for r in rows) + "</table>"
    body = "<p>以下数据来自本平台国庆期间的实名预约记录，不等于各馆实际接待总量，也不是任何官方评选或排名，仅供出行参考。</p>" + table
    found = page(body, "国庆假期博物馆预约人次TOP5：哪家最火？").cases
    assert found == []


def test_a_numbered_firm_then_its_city_apart_by_a_space():
    """New: 1．北京江河幕墙股份有限公司　北京 — a firm, a wide space, the city it is in: the city is where
    it lies, no part of its name."""
    rows = [("北京江河幕墙股份有限公司", "北京"), ("天津药业集团有限公司", "天津"), ("太原钢铁集团公司", "太原"),
            ("太原重型机械集团有限公司", "太原"), ("赤峰天奇制药有限责任公司", "赤峰")]
    lines = ["工业和信息化部、财政部认定2011年国家技术创新示范企业，部分名单如下（企业　所在城市）："] + [
        f"{k}．{n}　{c}" for k, (n, c) in enumerate(rows, 1)]
    found = extract_cases("\n".join(lines), "2011年国家技术创新示范企业名单公布", None)["cases"]
    assert [(c["name"], c["province"]) for c in found] == [
        ("北京江河幕墙股份有限公司", "北京市"), ("天津药业集团有限公司", "天津市"), ("太原钢铁集团公司", "山西省"),
        ("太原重型机械集团有限公司", "山西省"), ("赤峰天奇制药有限责任公司", "内蒙古自治区")]


def test_a_column_of_what_each_firm_makes_is_its_description():
    """New: | 企业名称 | 主导产品 | — the firms are the entries, their leading products a description."""
    rows = [("宁波路宝科技实业集团有限公司", "桥梁伸缩装置"), ("宁波方太厨具有限公司", "吸油烟机"), ("中银（宁波）电池有限公司", "碱性锌锰电池"),
            ("宁波江丰电子材料股份有限公司", "超高纯金属溅射靶材"), ("宁波舜宇车载光学技术有限公司", "车载镜头")]
    table = "<table>" + _row(["企业名称", "主导产品"]) + "".join(_row(list(r)) for r in rows) + "</table>"
    body = "<p>宁波市第一批制造业单项冠军示范企业名单日前揭晓，部分企业如下：</p>" + table
    found = page(body, "宁波市第一批制造业单项冠军示范企业揭晓").cases
    assert [(c["name"], c["description"]) for c in found] == list(rows)


def test_the_grades_of_an_assessment_named_in_the_lead_blame_no_one():
    """New: 评估结果分为标杆、优秀、良好、合格、不合格五个等级 — the grades an assessment has; the firms
    listed under 优秀 are praised, not blamed."""
    lines = ["国务院国资委公布了2022年度地方“双百企业”“科改示范企业”评估结果，评估结果分为标杆、优秀、良好、合格、不合格五个等级。"
             "重庆有6家市属国企获评优秀，具体如下：",
             "“双百企业”·优秀", "- 重庆三峰环境集团股份有限公司", "- 重庆银行股份有限公司", "- 重庆渝富控股集团有限公司",
             "“科改示范企业”·优秀", "- 重庆旅游云信息科技有限公司", "- 西南计算机有限责任公司", "- 重庆化工研究院"]
    found = extract_cases("\n".join(lines), "两项国企改革评估结果出炉，重庆6家优秀", None)["cases"]
    assert [c["name"] for c in found] == ["重庆三峰环境集团股份有限公司", "重庆银行股份有限公司", "重庆渝富控股集团有限公司",
                                          "重庆旅游云信息科技有限公司", "西南计算机有限责任公司", "重庆化工研究院"]


def test_units_found_unqualified_are_still_blamed():
    """Guard: 以下3家单位抽检不合格： over three firms — named for failing."""
    lines = ["市市场监管局公布第二季度产品质量抽检结果，以下3家单位抽检不合格：",
             "- 某某电器有限公司", "- 某某塑料制品有限公司", "- 某某食品有限公司"]
    found = extract_cases("\n".join(lines), "第二季度产品质量抽检结果公布", None)["cases"]
    assert found == []


def test_a_part_of_the_country_over_places_is_their_label_not_their_agency():
    """New: 东部：北京 天津 石家庄 / 中部：太原 合肥 / 西部：重庆 成都 — 东部 is a label over the cities, each city
    its own agency."""
    lines = ["2017年，46个重点城市被要求先行实施生活垃圾强制分类，按东、中、西部整理如下：",
             "东部：北京 天津 石家庄 邯郸 上海", "中部：太原 合肥 铜陵 南昌 郑州", "西部：重庆 成都 广元 德阳 贵阳",
             "这些城市要在2020年底前基本建成垃圾分类处理系统。"]
    found = extract_cases("\n".join(lines), "生活垃圾分类：46个重点城市名单回顾", None)["cases"]
    assert [(c["name"], c["agency"], c["category"]) for c in found][:3] == [
        ("北京", "北京", "东部"), ("天津", "天津", "东部"), ("石家庄", "石家庄", "东部")]
    assert len(found) == 15 and found[-1]["category"] == "西部"


def test_cities_under_their_own_label_beside_lines_they_head_are_entries():
    """New: 优秀设区市 / 湖州市、宁波市、金华市 over 优秀县（市、区） / 湖州市：德清县 / 宁波市：鄞州区、海曙区 — the
    cities won on a line of their own, under a label of their own; that they head the counties'
    lines below does not make that line a summary of agencies."""
    lines = ["省生活垃圾分类工作领导小组确定2019年度考核评估优秀单位和良好单位，完整名单如下。", "2019年度考核评估优秀单位", "优秀设区市",
             "湖州市、宁波市、金华市、杭州市、台州市", "优秀县（市、区）", "杭州市：余杭区、萧山区、江干区、西湖区", "宁波市：鄞州区、海曙区、江北区",
             "温州市：瓯海区、鹿城区、洞头区", "湖州市：德清县", "金华市：金东区、义乌市", "台州市：温岭市、临海市",
             "2019年度考核评估良好单位", "良好设区市", "温州市、衢州市、嘉兴市、舟山市、绍兴市、丽水市", "良好县（市、区）",
             "杭州市：上城区、下城区、拱墅区", "温州市：龙湾区、瑞安市", "嘉兴市：南湖区、秀洲区", "绍兴市：柯桥区、上虞区"]
    found = extract_cases("\n".join(lines), "全省垃圾分类年度考核结果出炉", None)["cases"]
    names = [c["name"] for c in found]
    assert names[:5] == ["湖州市", "宁波市", "金华市", "杭州市", "台州市"]
    assert "温州市" in names and "丽水市" in names


def test_a_batch_approved_and_handed_over_above_a_table_of_an_unknown_word():
    """New: 国务院批准并公布了第三批国家历史文化名城…按所在省区排列如下。 over | 序号 | 名城 | 所在省（自治区） |
    备注 | — beside a number and a place the one column no header word names holds the entries, and
    the paragraph that says the batch was approved hands them over."""
    rows = [("1", "正定", "河北省", ""), ("2", "邯郸", "河北省", ""), ("3", "新绛", "山西省", ""), ("4", "代县", "山西省", ""),
            ("5", "哈尔滨", "黑龙江省", ""), ("6", "临淄", "山东省", "淄博市辖区")]
    table = "<table>" + _row(["序号", "名城", "所在省（自治区）", "备注"]) + "".join(_row(list(r)) for r in rows) + "</table>"
    body = ("<p>1994年1月4日，国务院批准并公布了第三批国家历史文化名城，共37座，按所在省区排列如下（节选）。</p>" + table)
    found = page(body, "第三批国家历史文化名城名单（节选）").cases
    assert [(c["name"], c["province"]) for c in found] == [(n, p) for _, n, p, _ in rows]


def test_groups_after_gong_you_that_a_closing_count_counts():
    """New: 本批次我省共有甲、乙和丙，丁、戊，以及己、庚和辛等14个单位获此命名 — 共有 opens the names, commas
    part their groups, and the count with what they got closes them."""
    line = ("记者从省民委获悉，本批次我省共有甘南藏族自治州、兰州市西固区、酒泉市肃北蒙古族自治县、张掖市肃南裕固族自治县、庆阳市庆城县、"
            "定西市安定区和临夏回族自治州临夏市，国家税务总局酒泉市税务局、张掖市公安局、兰州新区中川园区彩虹城社区，以及西北民族大学、"
            "白银市白银区第十四小学、嘉峪关市第五幼儿园和天水市博物馆等14个单位获此命名。")
    found = extract_cases(line, "我省14个地方和单位获评全国民族团结进步示范区示范单位", None)["cases"]
    assert len(found) == 14 and found[0]["name"] == "甘南藏族自治州" and found[-1]["name"] == "天水市博物馆"


def test_a_total_after_gong_you_alone_opens_no_enumeration():
    """Guard: 全市共有甲、乙等5个部门参加了培训 — counted, but what they did is no recognition."""
    line = "全市共有市发改委、市财政局、市人社局、市数据局等5个部门参加了培训。"
    found = extract_cases(line, "我市举办数据共享业务培训", None)["cases"]
    assert found == []


def test_wechat_sections_of_a_name_over_its_description_keep_the_name():
    """New: <section><section><span>重庆市</span></section><section><p>“…”</p></section></section> cards:
    the name styled in a section of its own is a line, as its description is."""
    cards = [("重庆市", "发挥友城支点作用，服务“一带一路”建设"), ("广西壮族自治区", "面向东盟开放合作，友城交往配合国家周边外交"),
             ("福州市", "从众多候选城市中脱颖而出，是福建省唯一获此殊荣的城市"), ("无锡市", "友城数量居江苏各市前列，市级友好城市达23个")]
    body = ("<div id='js_content'><p>2016中国国际友好城市大会在重庆举行，全国有4个省市获得“国际友好城市特别贡献奖”，一起来看：</p>"
            "<section><span>国际友好城市特别贡献奖</span></section>" + "".join(
                f"<section style='margin:16px 0'><section style='font-weight:bold'><span>{n}</span></section>"
                f"<section style='color:#555'><p>{d}</p></section></section>" for n, d in cards) + "</div>")
    page_ = shape_page(body, "4省市获2016国际友好城市特别贡献奖", "友城资讯")
    assert [ln for ln in page_.article["text"].split("\n") if ln in dict(cards)] == [n for n, _ in cards]


def test_a_listed_body_named_again_without_its_province_is_no_new_case():
    """New: 内蒙古自治区党委督查室 in the list, then 自治区党委督查室进入了其中的互动增速榜 in prose — the
    sentence names a listed body without its province, no new case."""
    lines = ["2022年度人民网网上群众工作单位名单公布，内蒙古自治区共有4家单位上榜。", "【民心汇聚单位】", "（以下排名不分先后）",
             "内蒙古自治区党委督查室", "呼和浩特市委办公室", "包头市人民政府办公室", "赤峰市委办公室",
             "作为“内蒙古自治区党委书记板块”的办理单位，自治区党委督查室进入了其中的互动增速榜。"]
    found = extract_cases("\n".join(lines), "内蒙古这些单位登上2022年度网上群众工作榜单", None)["cases"]
    assert [c["name"] for c in found] == ["内蒙古自治区党委督查室", "呼和浩特市委办公室", "包头市人民政府办公室", "赤峰市委办公室"]
