"""Shapes met in the hold-out sets during the twenty-second session of 2026-12-02, each in lines or pages
of our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (e12459d), the others guard a widening that came with them."""
from cases_helpers import shape_page, table_row as _row
from crawler.parsers.cases import extract_cases


def page(body: str, title: str):
    return shape_page(body, title, "港航信息网", ("zx", "行业资讯"))


def test_places_joined_by_one_dash_are_one_name_and_their_own_agency():
    """New: 浙江：宁波—舟山 / 广西：钦州—北海—防城港、梧州 — places a list names together (a port, a hub)
    are one case, not a name and its body; under a province's label each place is its own agency (the
    province is where it lies)."""
    body = ("<p>按照布局方案，港口型国家物流枢纽承载城市名单摘录如下：</p><p>河北：唐山、秦皇岛、沧州</p>"
            "<p>浙江：宁波—舟山</p><p>广西：钦州—北海—防城港、梧州</p><p>湖北：武汉、宜昌、荆州</p>"
            "<p>其余省份的承载城市见方案附件。</p>")
    found = page(body, "港口型国家物流枢纽承载城市名单（摘录）").cases
    assert [(c["name"], c["agency"], c["province"]) for c in found] == [
        ("唐山", "唐山", "河北省"), ("秦皇岛", "秦皇岛", "河北省"), ("沧州", "沧州", "河北省"),
        ("宁波—舟山", "宁波—舟山", "浙江省"), ("钦州—北海—防城港", "钦州—北海—防城港", "广西壮族自治区"),
        ("梧州", "梧州", "广西壮族自治区"), ("武汉", "武汉", "湖北省"), ("宜昌", "宜昌", "湖北省"), ("荆州", "荆州", "湖北省")]


def test_a_joined_pair_in_a_counted_line_of_names_keeps_the_count():
    """New: 空港型国家物流枢纽（8个） over 北京、…、武汉—鄂州、…: the pair is one of the eight the label counts."""
    names = ["北京", "天津", "上海", "武汉—鄂州", "广州", "深圳", "成都", "西安"]
    body = ("<p>一、空港型国家物流枢纽（8个）</p><p>" + "、".join(names) + "</p>"
            "<p>二、生产服务型国家物流枢纽（略）</p>")
    found = page(body, "国家物流枢纽布局承载城市一览").cases
    assert [(c["name"], c["agency"]) for c in found] == [(n, n) for n in names]


def test_a_dash_between_a_place_and_its_practice_still_parts_them():
    """Guard: 厦门市—企业开办“一件事”全程网上办 is a place and the title of its case, not two places."""
    lines = ["厦门市—企业开办“一件事”全程网上办", "银川市—企业开办全程电子化", "杭州市—企业开办“一日办结”"]
    body = "<p>营商环境创新试点城市典型经验名单如下：</p>" + "".join(f"<p>{x}</p>" for x in lines)
    found = page(body, "营商环境典型经验名单").cases
    assert [(c["name"], c["agency"]) for c in found] == [
        ("企业开办“一件事”全程网上办", "厦门市"), ("企业开办全程电子化", "银川市"), ("企业开办“一日办结”", "杭州市")]


def test_a_list_nested_under_each_item_holds_its_fields():
    """New: - 甲步行街 / (indented) - 所在城区：东城区 / - 试点期：… under province labels: the nested bullets
    are the item's fields, the outer bullets the cases (not labels over lists of their own); a
    district's short name before 路 is a road's name (武汉江汉路), so the city is the agency."""
    streets = [("北京市", "北京王府井步行街", "东城区"), ("湖北省", "武汉江汉路步行街", "江汉区"),
               ("广东省", "广州北京路步行街", "越秀区"), ("四川省", "成都宽窄巷子步行街", "青羊区")]
    body = ("<div class='content'><p>商务部日前印发通知，确定在北京王府井等11条步行街开展改造提升试点，试点期从2019年起算。</p>"
            "<p>通知要求各试点城市设立专门的街区管理运营机构，细化改造提升方案，并按期总结试点经验，商务部将对达标的步行街予以确认。</p>"
            "<p>首批试点步行街名单（排名不分先后）</p><div class='bylist'>" + "".join(
                f"<h3>{p}</h3>\n<ul class='plist'>\n  <li>{n}\n    <ul class='sub'><li>所在城区：{d}</li><li>试点期：2019年起</li></ul>\n"
                "  </li>\n</ul>\n" for p, n, d in streets) + "</div><p>其余7条步行街从略。</p></div>")
    assert "  - 所在城区：江汉区" in page(body, "首批步行街改造提升试点名单").article["text"]  # (the nesting as read)
    found = page(body, "首批步行街改造提升试点名单").cases
    assert [(c["name"], c["agency"], c["province"]) for c in found] == [
        ("北京王府井步行街", "北京", "北京市"), ("武汉江汉路步行街", "武汉", "湖北省"),
        ("广州北京路步行街", "广州", "广东省"), ("成都宽窄巷子步行街", "成都", "四川省")]


def test_who_won_under_a_bulleted_award_is_still_the_case():
    """Guard: ▶ 全国检察微信二十强 / 获奖单位：甲 — a winner's field under an award is the case, not a
    field of the award's line."""
    body = ("<p>获奖名单</p><p>▶ 全国检察微信二十强</p><p>获奖单位：陕西省人民检察院</p>"
            "<p>▶ 全国检察头条号二十强</p><p>获奖单位：西安铁路运输检察院</p><p>获奖单位：西安市阎良区人民检察院</p>"
            "<p>▶ 全国检察新媒体矩阵建设奖</p><p>获奖单位：陕西省人民检察院</p>")
    found = page(body, "陕西检察新媒体获评全国检察新媒体建设运营100强").cases
    assert [c["name"] for c in found] == ["陕西省人民检察院", "西安铁路运输检察院", "西安市阎良区人民检察院", "陕西省人民检察院"]


def test_names_after_a_colon_counted_at_the_end_are_the_list():
    """New: 苏州入选的“中华老字号”：甲、乙、…，共6家。 — the count after the names, as many as it names,
    says the sentence gives the list whole."""
    names = ["采芝斋", "稻香村", "黄天源", "松鹤楼", "得月楼", "雷允上"]
    body = ("<p>商务部先后认定了两批“中华老字号”。</p><p>苏州入选的“中华老字号”：" + "、".join(names) + "，共6家。</p>"
            "<p>这些企业大多创办于清代，涉及食品、餐饮和医药等行业。</p>")
    found = page(body, "苏州的中华老字号").cases
    assert [c["name"] for c in found] == names


def test_the_new_members_a_title_counts_past_a_founding_note_and_a_readers_numbered_reply():
    """New: 第三批“X老字号”认定，绍兴新增5件 over 新增5件： and five numbered lines each with （创立于…） — the
    title counts them (新增 is the list's, not someone joining), the founding year is a note, not the
    name; a reader's reply in a table cell numbering shops of its own (排个队：1. 甲 2. 乙) is no item."""
    rows = [("咸亨酒店", "1894年"), ("震元堂", "1752年"), ("沈永和", "1664年"), ("王星记", "1875年"), ("会稽山", "1743年")]
    body = ("<p>浙江省商务厅公布了第三批“浙江老字号”名单，全省共有数十家企业（品牌）获认定。绍兴这次新增5件：</p>"
            + "".join(f"<p>{k}. {n}（创立于{y}）</p>" for k, (n, y) in enumerate(rows, 1))
            + "<p>申报的品牌须创立50年以上。</p><table><tr><td>越城老李</td><td>咸亨的茴香豆必须有！</td></tr>"
            "<tr><td>书圣故里</td><td>排个队：1. 鲁迅故里臭豆腐 2. 安昌腊肠 3. 柯桥醉鸡，这几家也该评。</td></tr></table>")
    found = page(body, "【转帖】第三批“浙江老字号”认定，绍兴新增5件").cases
    assert [c["name"] for c in found] == [n for n, _ in rows]


def test_names_parted_by_full_width_slashes_are_a_line_of_names():
    """New: 一级图书馆（6个）： over 甲图书馆／乙图书馆／… — slashes part bodies like 、 does (a
    breadcrumb's 首页 / 新闻 / 正文 names no body and stays out)."""
    names = ["河北省图书馆", "石家庄市图书馆", "唐山市图书馆", "邯郸市图书馆", "正定县图书馆", "迁安市图书馆"]
    body = ("<p>首页 / 文化资讯 / 正文</p><p>第七次全国公共图书馆评估定级结果公布，我省多家图书馆上等级。</p>"
            "<p>一级图书馆（6个）：</p><p>" + "／".join(names) + "</p><p>二级、三级图书馆名单从略。</p>")
    found = page(body, "我省公共图书馆评估定级结果公布").cases
    assert [c["name"] for c in found] == names


def test_a_county_printed_apart_before_a_town_body_is_where_it_lies():
    """New: 1.长沙市长沙县 福临镇综合文化站 — a place written out, a space, then a town's own body: the
    body is the case and the place says where it is (its province), as a column would."""
    rows = [("长沙市望城区", "茶亭镇综合文化站"), ("衡阳市衡山县", "店门镇综合文化站"), ("岳阳市平江县", "加义镇综合文化站"),
            ("常德市桃源县", "漆家河镇综合文化站")]
    body = ("<p>省文化和旅游厅公布“最美潇湘文化阵地”名单，其中乡镇（街道）级阵地如下：</p>"
            + "".join(f"<p>{k}.{p} {n}</p>" for k, (p, n) in enumerate(rows, 1)) + "<p>村（社区）级名单从略。</p>")
    found = page(body, "最美潇湘文化阵地名单公布").cases
    assert [(c["name"], c["province"]) for c in found] == [(n, "湖南省") for _, n in rows]


def test_grade_headings_over_names_apart_by_spaces_are_categories():
    """New: 一级文化站 / 甲镇文化站　乙镇文化站　… / 二级文化站 / 丙乡文化站　丁镇文化站 — the grade each
    line's stations were given labels them (a 三星镇 is still a town, no grade)."""
    body = ("<p>我县乡镇综合文化站全部评上等级，名单如下。</p><p>一级文化站</p>"
            "<p>龙城镇文化站　黄口镇文化站　杨楼镇文化站　大屯镇文化站</p><p>二级文化站</p><p>石林乡文化站　酒店镇文化站</p>"
            "<p>评定结果由省文化和旅游厅公布。</p>")
    found = page(body, "我县乡镇综合文化站等级评定结果").cases
    assert [(c["name"], c["category"]) for c in found] == [
        ("龙城镇文化站", "一级文化站"), ("黄口镇文化站", "一级文化站"), ("杨楼镇文化站", "一级文化站"), ("大屯镇文化站", "一级文化站"),
        ("石林乡文化站", "二级文化站"), ("酒店镇文化站", "二级文化站")]


def test_a_one_column_table_with_its_header_under_a_hand_over_is_the_list():
    """New: 现将我省入选单位列表如下（次序依…）： over a table of one column headed 单位名称 — the header names
    the column; its rows are the list (a sidebar's box of headlines, under no hand-over, stays out)."""
    names = ["江西省茶叶协会", "南昌市慈善总会", "九江市律师协会", "赣州市脐橙协会", "上饶市青年企业家协会"]
    body = ("<p>民政部印发决定，授予一批社会组织“全国先进社会组织”称号。现将我省入选单位列表如下（次序依民政部公布名单）：</p>"
            "<table><tr><th>单位名称</th></tr>" + "".join(f"<tr><td>{n}</td></tr>" for n in names) + "</table>"
            "<p>全国完整名单见民政部网站。</p><table><tr><td>热点新闻</td></tr><tr><td>我省茶叶出口创新高</td></tr>"
            "<tr><td>南昌地铁新线开通</td></tr><tr><td>赣南脐橙进入采摘期</td></tr></table>")
    found = page(body, "我省5家社会组织获评全国先进社会组织").cases
    assert [(c["name"], c["category"]) for c in found] == [(n, None) for n in names]
    # (the same page where the table is kept as a table: its header is no name either)
    found = page(f"<div class='content'>{body}</div>", "我省5家社会组织获评全国先进社会组织").cases
    assert [(c["name"], c["category"]) for c in found] == [(n, None) for n in names]


def test_cards_whose_second_line_says_where_the_first_lies_hold_one_name_each():
    """New: 大兴区 / 北京市 / 遵化市 / 河北省唐山市 … — each card's second line is the region its first
    lies in (the gazetteer puts the one inside the other): names with their regions, not twice as many."""
    cards = [("大兴区", "北京市"), ("遵化市", "河北省唐山市"), ("介休市", "山西省晋中市"), ("北票市", "辽宁省朝阳市"),
             ("溧水区", "江苏省南京市"), ("长沙县", "湖南省长沙市")]
    body = ("<p>住房和城乡建设部公布了农村生活垃圾分类和资源化利用示范县名单，下面按附件顺序展示其中6个：</p>"
            + "".join(f"<div class='card'><div>{n}</div><div>{p}</div></div>" for n, p in cards)
            + "<p>其余示范县见住建部网站。</p>")
    found = page(f"<div class='content'>{body}</div>", "农村生活垃圾分类和资源化利用示范县名单").cases
    assert [(c["name"], c["province"]) for c in found] == [
        ("大兴区", "北京市"), ("遵化市", "河北省"), ("介休市", "山西省"), ("北票市", "辽宁省"), ("溧水区", "江苏省"), ("长沙县", "湖南省")]


def test_a_table_typed_in_a_fixed_width_block_is_a_table():
    """New: a ``<pre>`` of 编号  试点地区  所在省份 / ------ / 01  北京市  北京市 …: columns set apart by wide
    gaps under a header of column words are a table's (the rows are not prose wrapped at a width); a
    line of circled items apart by full-width spaces is still items on one line."""
    rows = [("01", "北京市", "北京市", "省级"), ("02", "海南省", "海南省", "省级"), ("03", "石家庄市", "河北省", "城市"),
            ("04", "呼伦贝尔市", "内蒙古自治区", "城市"), ("05", "景德镇市", "江西省", "城市")]
    width = (6, 14, 16)
    text = "编号  试点地区        所在省份          层级\n" + "-" * 48 + "\n" + "\n".join(
        "".join(c.ljust(w) for c, w in zip(r[:3], width)) + r[3] for r in rows)
    body = f"<p>第二批低碳试点名单整理如下（节选）：</p><pre>{text}</pre><p>顺序照抄通知，不代表名次。</p>"
    found = page(f"<div class='content'>{body}</div>", "第二批国家低碳省区和低碳城市试点名单（纯文本版）").cases
    assert [(c["name"], c["province"]) for c in found] == [(r[1], r[2]) for r in rows]


def test_names_apart_by_single_spaces_may_end_in_a_place_s_zone():
    """New: 名单如下： over 北京 天津 … 河北雄安新区 贵州贵安新区: a zone written after its place's short name is
    a name like the cities beside it, so the line is a line of names."""
    names = ["北京", "天津", "上海", "重庆", "海南", "大连", "厦门", "苏州", "威海", "河北雄安新区", "贵州贵安新区", "陕西西咸新区"]
    body = ("<p>国务院批复同意全面深化服务贸易创新发展试点，试点期为3年。</p>"
            "<p>按照批复，全面深化试点地区共28个省、市（区域），部分名单如下：</p><p>" + " ".join(names) + "</p>"
            "<p>各试点地区人民政府承担试点实施的主体责任。</p>")
    found = page(body, "全面深化服务贸易创新发展试点地区名单").cases
    assert [c["name"] for c in found] == names


def test_marks_before_names_and_what_a_firm_was_chosen_for_are_no_part_of_the_name():
    """New: ★甲有限公司 / *乙有限公司 (the page says what the marks mean) and 丙股份有限公司（种猪）: the
    mark and the kind in brackets after a firm are notes, the firm is the name."""
    body = ("<p>国家生猪核心育种场名单（★为2017年新入选，*为复核通过）：</p>"
            "<p>1. ★浙江沃德威先种猪有限公司</p><p>2. *杭州大观山种猪育种有限公司</p><p>3. ★福建华天农牧生态股份有限公司</p>"
            "<p>4. 江西正邦科技股份有限公司（种猪）</p><p>5. 天津德瑞特种业有限公司（蔬菜，破难题阵型）</p>")
    found = page(body, "国家生猪核心育种场名单").cases
    assert [c["name"] for c in found] == ["浙江沃德威先种猪有限公司", "杭州大观山种猪育种有限公司", "福建华天农牧生态股份有限公司",
                                          "江西正邦科技股份有限公司", "天津德瑞特种业有限公司"]


def test_a_page_of_wrongdoing_cases_lists_no_recognised_case():
    """New: …违法典型案件 / 违法违规典型案例 in the title: numbered cases of wrongdoing and their penalties,
    not cases the list honours (a 红黑榜's red list still is)."""
    body = ("<p>农业农村部公布第三批种子违法典型案件，现选取其中几起通报如下：</p>"
            "<p>1. 甘肃某种业有限公司生产经营假玉米种子案</p><p>2. 河南某种子门市部经营劣质小麦种子案</p>"
            "<p>3. 山东某农业科技有限公司套牌侵权案</p><p>（其余案件从略。）</p>")
    assert page(body, "农业农村部公布第三批种子违法典型案件").cases == []
    assert page(body.replace("种子违法典型案件", "药品网络销售违法违规典型案例"), "药品网络销售违法违规典型案例发布").cases == []


def test_a_table_of_throughput_and_growth_is_a_statistic():
    """New: | 排名 | 港口 | 货物吞吐量（万吨） | 同比增速 | under a note that the table is no ranking of
    merit (不构成任何评比): figures in tonnes and growth rates rank no one."""
    rows = [("1", "宁波舟山港", "22866", "0.6%"), ("2", "唐山港", "14133", "-0.5%"), ("3", "上海港", "12978", "-2.2%"),
            ("4", "青岛港", "11722", "2.9%")]
    table = "<table>" + _row(("排名", "港口", "货物吞吐量（万吨）", "同比增速"), "th") + "".join(_row(r) for r in rows) + "</table>"
    found = page("<p>本期全国港口货物吞吐量数据如下：</p>" + table, "港口货物吞吐量榜单发布").cases
    assert found == []
    found = page("<p>下表为部分港口数据：</p>" + table.replace("货物吞吐量（万吨）", "货物吞吐量").replace("同比增速", "备注")
                 + "<p>说明：本表为统计数据整理，不构成任何评比或排名认定。</p>", "港口数据一览").cases
    assert found == []


def test_a_row_of_a_grid_of_places_holding_an_old_name_is_still_a_row_of_names():
    """New: a typed grid (a <pre> as the body extractor keeps it) of 北京　　承德　　大同 / … / 开封　　江陵　　长沙 —
    three columns of cities apart by wide gaps; a row with a name the gazetteer does not know (江陵,
    today's 荆州) is as wide as the rows around it and split like them, so the title's count matches."""
    grid = [("北京", "承德", "大同"), ("开封", "江陵", "长沙"), ("广州", "桂林", "成都")]
    text = "\n".join(["1982年国务院公布了第一批国家历史文化名城，我按公布时的顺序抄了其中三行："]
                     + ["　　　　".join(r) for r in grid] + ["江陵就是今天的荆州。"])
    found = extract_cases(text, "读书笔记：1982年那份名城名单（节选9座城市的名单）", "2019-03-16")["cases"]
    assert [c["name"] for c in found] == [n for r in grid for n in r]


def test_a_title_counting_areas_in_pian_counts_the_table_below():
    """New: …全省新增5片 over | 设区市 | 县（市、区） | 街区名称 | and five rows: 片 counts the areas the
    table names, as 个 or 家 would."""
    rows = [("福州市", "长乐区", "和平街历史文化街区"), ("", "罗源县", "后张溪尾历史文化街区"), ("厦门市", "同安区", "同安古城历史文化街区"),
            ("泉州市", "洛江区", "桥南古街历史文化街区"), ("", "鲤城区", "王宫华侨历史文化街区")]
    body = ("<p>省政府发文认定了一批省级历史文化街区，我按设区市整理成表：</p><table>"
            + _row(("设区市", "县（市、区）", "街区名称"), "th") + "".join(_row(r) for r in rows) + "</table>"
            "<p>通知要求各地加快编制保护规划。</p>")
    found = page(body, "省级历史文化街区公布，我市新增5片").cases
    assert [c["name"] for c in found] == [r[2] for r in rows]


def test_names_before_a_count_in_brackets_that_became_pilots():
    """New: 甲、乙、丙等45个城市（含直辖市的市辖区）成为试点城市 — the named examples of a counted list, a
    note in brackets between the count and its verb, 成为…试点 as the verb."""
    text = ("记者从共青团中央了解到，青年发展型城市建设试点名单已经公布，北京市西城区、山西省晋城市、云南省昆明市等45个城市"
            "（含直辖市的市辖区）成为试点城市，浙江宁波市北仑区、广西南宁市青秀区、四川成都市青白江区等99个县域成为试点县域。")
    found = extract_cases(text, "全国青年发展型城市建设试点名单公布", "2022-06-02")["cases"]
    assert [c["name"] for c in found] == ["北京市西城区", "山西省晋城市", "云南省昆明市", "浙江宁波市北仑区", "广西南宁市青秀区",
                                          "四川成都市青白江区"]


def test_people_under_an_award_for_individuals_beside_units_are_no_cases():
    """New: - 省双拥模范单位（3个） / (indented) - 甲 … / - 省双拥先进个人（3名） / - 张三 …: the units are
    the list's cases, the individuals under their own award are not."""
    body = ("<div class='content'><p>省双拥工作领导小组近日印发决定，命名表彰了一批双拥模范单位和先进个人，南京部分名单如下（排名不分先后）：</p>"
            "<ul><li>省双拥模范单位（3个）\n<ul><li>南京国防园</li><li>南京公共交通（集团）有限公司</li><li>南京市玄武区退役军人事务局</li></ul></li>\n"
            "<li>省双拥先进个人（3名）\n<ul><li>仓晓</li><li>贾辉</li><li>徐朝晖</li></ul></li></ul>"
            "<p>受表彰的单位和个人要珍惜荣誉、再接再厉。</p></div>")
    found = page(body, "南京多家单位获评省双拥模范单位").cases
    assert [c["name"] for c in found] == ["南京国防园", "南京公共交通（集团）有限公司", "南京市玄武区退役军人事务局"]


def test_units_then_a_post_then_a_person_are_people():
    """New: 河北省阜平县东风林场护林员段金龙 — a unit, a post in it and the person who holds it, line after
    line: a list of people honoured, no case (a unit whose name holds a post, 某市教师发展中心, stays a unit)."""
    people = ["河北省阜平县东风林场护林员段金龙", "辽宁省辽阳市辽阳县河栏镇护林员张科", "浙江省庆元林场隆宫林区护林员吴晓青",
              "山东省费县国有祊河林场护林员杨德菊", "青海省玛可河林业局护林员鄂全林"]
    body = "<p>国家林草局通报表扬了一批最美护林员，部分名单如下：</p>" + "".join(f"<p>{k}. {n}</p>" for k, n in enumerate(people, 1))
    assert page(body, "国家林草局通报表扬最美护林员").cases == []
    from crawler.parsers.cases.fields import looks_like_person
    assert not looks_like_person("某市教师发展中心") and not looks_like_person("北京市海淀区网格员工作站")


def test_chambers_recognised_under_province_brackets():
    """New: 已整理的获认定商会 / 【黑龙江】甲商会、乙商会… — 获认定 speaks of a list, and a 商会 is a body,
    its own agency."""
    body = ("<p>全国工商联印发通报，认定一批全国“四好”商会。下面是从各地报道里整理的一部分：</p><p>已整理的获认定商会</p>"
            "<p>【黑龙江】黑龙江省福建商会、黑龙江省河南商会、牡丹江福建商会</p>"
            "<p>【四川】广元市福建商会、广元市利州区宝轮镇商会、广安市美容美发化妆品业商会</p>"
            "<p>其余地方的名单暂缺。</p>")
    found = page(body, "这些地方的商会上榜了（持续更新）").cases
    assert [(c["name"], c["agency"]) for c in found] == [(n, n) for n in (
        "黑龙江省福建商会", "黑龙江省河南商会", "牡丹江福建商会", "广元市福建商会", "广元市利州区宝轮镇商会", "广安市美容美发化妆品业商会")]


def test_a_cell_numbered_inside_itself_names_without_its_number():
    """New: | 1. 甲有限责任公司 | 案例全文见…第1页。 | 查看案例 | — the number printed inside the name's cell is
    its number, not part of its name."""
    rows = [("1. 保山海螺水泥有限责任公司", "案例全文见汇编第1页。"), ("2. 北京金隅琉水环保科技有限公司", "案例全文见汇编第18页。"),
            ("3. 重庆理文造纸有限公司", "案例全文见汇编第49页。"), ("4. 广东江中高速公路有限公司", "案例全文见汇编第80页。")]
    body = ("<p>经评审选出健康企业建设优秀案例100个，汇编目录按企业名称拼音排列，编号不代表名次，本专题先收录其中4个：</p><table>"
            + "".join(_row((n, d, "查看案例")) for n, d in rows) + "</table>")
    found = page(body, "健康企业建设优秀案例（企业建设篇）").cases
    assert [(c["name"], c["rank"]) for c in found] == [(n.split(". ")[1], None) for n, _ in rows]


def test_a_table_of_contents_and_names_each_ending_in_a_comma():
    """New: 一、甲案例……………8 (a contents line: leader dots and a page number) and 甲、 / 乙、 (one name a
    line, each closed by 、): neither the page number nor the 、 is part of the name."""
    contents = ["福建省厦门市五缘湾片区生态修复与综合开发案例", "福建省南平市“森林生态银行”案例", "重庆市森林覆盖率指标交易案例",
                "湖北省鄂州市生态价值核算和生态补偿案例"]
    text = "\n".join(["生态产品价值实现典型案例（第一批）目录"] + [f"{k}. {n}……………{8 + 4 * k}" for k, n in enumerate(contents, 1)])
    found = extract_cases(text, "自然资源部发布第一批生态产品价值实现典型案例", "2020-04-27")["cases"]
    assert [c["name"] for c in found] == contents
    schools = ["北京八达岭森林公园", "上海辰山植物园", "杭州植物园", "昆山天福国家湿地公园保护管理中心"]
    text = "\n".join(["首批授牌的自然教育学校（基地）是："] + [f"{n}、" for n in schools] + ["授牌仪式在北京举行。"])
    found = extract_cases(text, "首批自然教育学校（基地）授牌", "2019-04-02")["cases"]
    assert [c["name"] for c in found] == schools


def test_lines_of_tab_parted_fields_are_rows():
    """New: 阜南县<TAB>创建验收 / 萧县<TAB>创建验收 / 无为市<TAB>复评 under 通过创建验收： — a tab parts columns,
    so the lines are a table's rows: the name is the first cell, not the line."""
    rows = [("阜南县", "创建验收"), ("池州市贵池区", "创建验收"), ("萧县", "创建验收"), ("无为市", "复评"), ("霍山县", "复评")]
    text = "\n".join(["安徽省市场监管局公布2021年省质量强县（市、区）名单，通过创建验收或复评的如下："]
                     + [f"{n}\t{v}" for n, v in rows] + ["名单自公布之日起有效。"])
    found = extract_cases(text, "2021年安徽省质量强县（市、区）名单公布", "2021-12-20")["cases"]
    assert [c["name"] for c in found] == [n for n, _ in rows]
