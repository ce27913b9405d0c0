"""Shapes met in the hold-out sets during the nineteenth session of 2026-12-01, each in lines or pages of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (2a320ee), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases
from crawler.sites import parse_page


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2024-09-10T09:00:00+08:00")["cases"]


def page(body: str, title: str):
    html = (f"<html><head><meta charset='utf-8'><title>{title}_开放经济网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/zmq'>自贸区</a> <a href='/sw'>商务</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='meta'>2024-09-10 08:30 来源：本网</div>{body}</div>"
            "<div class='footer'>版权所有 开放经济网</div></body></html>")
    return parse_page(None, html.encode("utf-8"))


def test_a_row_label_over_places_that_change_columns_heads_each_of_them():
    """New: | 投资便利化 | 海南洋浦 | 浙江舟山 | 福建福州 | … with no header: the first column repeats no
    value (each row one measure), so it was read as names with fields. The same place in another
    column of another row says the columns are an order, not fields: every place a case under its row."""
    rows = [("投资便利化", "海南洋浦", "浙江舟山", "福建福州"), ("贸易便利化", "浙江舟山", "海南洋浦", "辽宁大连"),
            ("政府职能转变", "福建福州", "辽宁大连", "浙江舟山")]
    body = ("<p>评估报告按五个方面给出了单项排名，下表每行为一个方面的前三名。</p><table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
            "<p>报告认为，各片区在制度创新上的差距正在缩小。</p>")
    found = page(body, "自贸片区单项排名：舟山三项进前三").cases
    assert [(c["name"], c["category"]) for c in found] == [(name, r[0]) for r in rows for name in r[1:]]


def test_a_table_of_fields_is_still_read_by_its_columns():
    """Guard: a header-less table whose columns never share a value (名称 | 单位 | 地区) stays a table of
    fields: the second column is the agency, not another case."""
    rows = [("“跨境e站”服务平台", "南沙片区管委会", "广东"), ("证照分离改革", "浦东新区审改办", "上海"),
            ("海关监管一体化", "天津东疆片区管委会", "天津")]
    body = ("<p>以下三项入选本年度最佳实践案例。</p><table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    found = page(body, "三项改革入选自贸试验区最佳实践案例").cases
    assert [(c["name"], c["agency"]) for c in found] == [(r[0], r[1]) for r in rows]


def test_one_name_for_two_bodies_is_two_cases():
    """New: 名称——单位 lines with the same name twice (two zones each did it): one case each, by body."""
    found = cases("第二批自贸试验区最佳实践案例（部分）",
                  "“证照分离”改革——上海自贸试验区",
                  "“证照分离”改革——广东自贸试验区",
                  "跨境电商监管新模式——浙江自贸试验区",
                  title="第二批自贸试验区最佳实践案例")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("“证照分离”改革", "上海自贸试验区"), ("“证照分离”改革", "广东自贸试验区"), ("跨境电商监管新模式", "浙江自贸试验区")]


def test_places_the_cases_come_from_are_not_cases():
    """New: 案例来自上海、广东、天津、福建四个自贸试验区: a count over places says where the cases come
    from; the places were read as four cases. An encyclopedia's 编辑本段 link is its own button."""
    found = cases("2015年，联席会议印发了8个最佳实践案例，案例来自上海、广东、天津、福建四个自贸试验区。",
                  "已收录案例",
                  "国际贸易“单一窗口”——上海自贸试验区",
                  "京津冀区域检验检疫一体化新模式——天津自贸试验区",
                  "编辑本段——开放百科编辑部",
                  title="自贸试验区最佳实践案例（第一批）")
    assert [c["name"] for c in found] == ["国际贸易“单一窗口”", "京津冀区域检验检疫一体化新模式"]


def test_places_a_list_names_by_count_are_still_cases():
    """New: 确定甲、乙、丙3个县市为第一批…试点县: the decision before the names and what they became
    after their count; a count alone was taken for places mentioned and the names were dropped. (Guards
    too that 来自 above is what drops a counted run, not the count.)"""
    found = cases("经评估，确定临湘市、汝城县、祁阳市3个县市为第一批数字乡村建设试点县。",
                  title="湖南公布第一批数字乡村建设试点县")
    assert [c["name"] for c in found] == ["临湘市", "汝城县", "祁阳市"]


def _card(name: str, field: str, stars: str) -> str:
    return (f"<div class='card'><strong>{name}</strong><p class='desc'>主导产业：{field}</p>"
            f"<span class='lvl'>{stars}</span></div>")


def test_cards_titled_by_a_leading_bold_run_are_rows():
    """New: <div class="card"><strong>名称</strong><p>主导产业：…</p><span>五星</span>, two cards under one
    heading and more under another, an advert between cards: the body extractor dropped every bold
    title. Read as a grid (a card's leading bold run is its title, as an <h4> is), each card is a case;
    a `field·zone` name is a case of that zone."""
    five = [("电子信息·江苏南京经济技术开发区", "电子信息", "五星"), ("装备制造（工程机械）·江苏徐州经济技术开发区", "装备制造（工程机械）", "五星")]
    four = [("纺织服装·江苏常熟经济开发区", "纺织服装", "四星"), ("生物医药·江苏泰州医药高新技术产业开发区", "生物医药", "四星"),
            ("新材料·江苏扬州", "新材料", "四星"), ("软件和信息服务·江苏无锡高新技术产业开发区", "软件和信息服务", "四星")]
    body = ("<p>工业和信息化部公布了年度国家新型工业化产业示范基地发展质量评价结果，本网按星级整理了江苏省上榜的部分基地。</p>"
            "<h3>五星基地</h3><div class='cards'>" + "".join(_card(*c) for c in five) + "</div>"
            "<h3>四星基地</h3><div class='cards'>" + _card(*four[0])
            + "<div class='ad'><img src='/ad.jpg' alt='广告'><span>【广告】制造业博览会 展位招商中 &gt;&gt;</span></div>"
            + "".join(_card(*c) for c in four[1:]) + "</div>"
            "<p class='more'>（注：以上仅为能够核实的部分，完整名单以工业和信息化部公布为准。）</p>"
            "<div class='comments'><div class='item'><strong>网友甲</strong><div>我们园区也在名单里。</div></div>"
            "<div class='item'><strong>网友乙</strong><div>期待明年的评价。</div></div></div>")
    found = page(body, "江苏多家基地获评四星以上 示范基地发展质量评价结果出炉").cases
    assert [c["name"] for c in found] == [c[0] for c in five + four]
    assert [c["agency"] for c in found] == ["江苏南京经济技术开发区", "江苏徐州经济技术开发区", "江苏常熟经济开发区",
                                            "江苏泰州医药高新技术产业开发区", "江苏扬州", "江苏无锡高新技术产业开发区"]
    assert [c["agency_kind"] for c in found] == ["body"] * 4 + ["region", "body"]


def test_a_star_level_column_merged_down_its_rows_with_a_merged_note():
    """New: | 星级 | 基地 | 备注 | with 星级 and 备注 merged down (rowspan): 星级 names no column we knew,
    and a row whose first and last cells are both merged was no row at all."""
    body = ("<p>下表左列为评价星级，中列为基地名称，右列为备注。</p><table>"
            "<tr><td>星级</td><td>基地</td><td>备注</td></tr>"
            "<tr><td rowspan='2'>五星</td><td>汽车·安徽合肥经济技术开发区</td><td>连续三年五星</td></tr>"
            "<tr><td>电子信息·安徽合肥高新技术产业开发区</td><td>/</td></tr>"
            "<tr><td rowspan='3'>四星</td><td>新材料·安徽蚌埠高新技术产业开发区</td><td rowspan='3'>——</td></tr>"
            "<tr><td>装备制造·安徽芜湖经济技术开发区</td></tr>"
            "<tr><td>有色金属（铜）·安徽铜陵经济技术开发区</td></tr></table>")
    found = page(body, "安徽5家国家示范基地获评四星以上").cases
    assert [(c["name"], c["category"]) for c in found] == [
        ("汽车·安徽合肥经济技术开发区", "五星"), ("电子信息·安徽合肥高新技术产业开发区", "五星"),
        ("新材料·安徽蚌埠高新技术产业开发区", "四星"), ("装备制造·安徽芜湖经济技术开发区", "四星"),
        ("有色金属（铜）·安徽铜陵经济技术开发区", "四星")]


def test_a_dot_inside_one_name_gives_no_agency_of_its_tail():
    """Guard: 中国·上海 (a site's name), 重庆美心·麦森门业有限公司 (a company) and 路易·艾黎故居… (a person's
    name) are one name each: only a field before the dot and a zone or place after it split the agency off."""
    from crawler.parsers.cases.fields import agency_of
    assert agency_of("中国·上海", None, None)[0] != "上海"
    assert agency_of("重庆美心·麦森门业有限公司", None, None)[0] != "麦森门业有限公司"
    assert agency_of("路易·艾黎故居新时代文明实践站", None, None)[0] != "艾黎故居新时代文明实践站"
    assert agency_of("食品·山东荣成", None, None)[:2] == ("山东荣成", "region")


def test_two_entries_to_a_row_under_a_place_header_and_a_signed_notice():
    """New: | 序号 | 市（区） | 序号 | 市（区） |: a header printed twice whose only word is a kind of place
    was read without its left half; and 甲司　乙司 over a date alone (the notice's signature) were read as
    two cases."""
    found = cases("为推进试点工作，经竞争性评审，拟将下列城市纳入第一批试点范围，现予公示。",
                  "附件：第一批数字化转型试点城市拟入选名单",
                  "工业和信息化部信息技术发展司　财政部经济建设司",
                  "2024年5月20日",
                  "| 序号 | 市（区） | 序号 | 市（区） |",
                  "|---|---|---|---|",
                  "| 1 | 河北省唐山市 | 4 | 浙江省台州市 |",
                  "| 2 | 山西省长治市 | 5 | 广东省佛山市 |",
                  "| 3 | 江苏省常州市 | 6 | 四川省宜宾市 |",
                  title="第一批数字化转型试点城市拟入选名单公示")
    assert sorted(c["name"] for c in found) == sorted(["河北省唐山市", "浙江省台州市", "山西省长治市", "广东省佛山市",
                                                       "江苏省常州市", "四川省宜宾市"])


def test_who_ran_a_selection_is_not_what_it_chose():
    """New: 主办方包括甲、乙、丙和丁 was read as the list's cases; the winners named after it stay."""
    found = cases("这是2016年第七届全国敬老爱老助老主题教育活动评出的，主办方包括全国老龄委办公室、民政部、人力资源社会保障部和全国妇联。",
                  "甘肃那次获评“全国敬老模范单位”的有兰州市城关区人民政府、天水市社会福利院和张掖市甘州区老年大学。",
                  title="甘肃哪些单位获得过“全国敬老模范单位”？")
    assert [c["name"] for c in found] == ["兰州市城关区人民政府", "天水市社会福利院", "张掖市甘州区老年大学"]


def test_a_table_of_people_whose_name_header_has_a_note():
    """New: | 名次 | 姓名（微博名） | 单位及职务 |: the note in brackets hid the 姓名 header, and each person's
    post (…公安局民警) was read as a body's case."""
    found = cases("报告中党政干部微博100强的前三名如下：",
                  "| 名次 | 姓名（微博名） | 单位及职务 |", "|---|---|---|",
                  "| 1 | 张某（警察小张） | 江苏省南通市公安局民警 |", "| 2 | 李某 | 浙江省湖州市公安局交警支队民警 |",
                  "| 3 | 王某（王法官） | 广东省佛山市中级人民法院法官 |",
                  title="2014年党政干部微博100强有哪些？")
    assert found == []


def test_two_rows_of_counts_under_award_tiers_are_a_statistic():
    """New: | 赛道 | 一等奖 | 二等奖 | 三等奖 | over two rows of counts: a column 1, 2 in two rows was taken
    for a rank, and the two 赛道 (and the header) for cases."""
    found = cases("本届大赛获奖作品的名称本文不作转载，下表只统计奖项数量。",
                  "| 赛道 | 一等奖 | 二等奖 | 三等奖 |", "|---|---|---|---|",
                  "| 企业赛道 | 1 | 4 | 6 |", "| 高校赛道 | 2 | 3 | 8 |",
                  title="开放数据创新应用大赛颁奖 奖项数量一览")
    assert found == []


def test_places_praised_by_a_result_under_a_label():
    """New: 抽查合格率达100%的地区：甲、乙、丙 and 【位居全国前列的省市】 over one place a line: a label that
    praises what it lists by a result (not a choice) makes short place names cases."""
    found = cases("国务院办公厅通报了第三季度全国政府网站抽查情况，总体合格率为91%。",
                  "抽查合格率达100%的地区：天津、江西、宁夏", title="2016年第三季度全国政府网站抽查情况通报")
    assert [c["name"] for c in found] == ["天津", "江西", "宁夏"]
    found = cases("报告对31个省区市的互联网发展情况作了评估，下面按报告列出的顺序转述（顺序不代表名次）：",
                  "【位居全国前列的省市】", "广东", "北京", "江苏", "浙江", "上海", "报告自2017年起每年发布。",
                  title="蓝皮书发布：这些省市互联网发展水平位居全国前列")
    assert [c["name"] for c in found] == ["广东", "北京", "江苏", "浙江", "上海"]


def test_a_record_of_the_document_tags_and_a_signature_are_no_cases():
    """New: | 发布单位 | 甲、乙、丙 | (a row of the page's record of the document) was split as a line of
    names; 标签： over the page's tags was read as a list; a one-body signature over a date alone joined the
    list below it."""
    found = cases("| 发布单位 | 国家发展和改革委员会、科技部、工业和信息化部 |", "| 评估对象 | 第二批产业转型升级示范区 |",
                  "三部门的评估通报把示范区分档，收录如下：", "优秀", "辽宁鞍山", "吉林长春", "良好", "江西萍乡", "河南洛阳",
                  "标签：", "产业转型", "老工业城市", "资源型城市",
                  title="第二批产业转型升级示范区建设进展评估")
    assert [c["name"] for c in found] == ["辽宁鞍山", "吉林长春", "江西萍乡", "河南洛阳"]
    found = cases("现将名单印发给你们。", "附件：2021年某区政务公开工作优秀单位名单", "上海市静安区人民政府办公室", "2022年3月2日",
                  "附件", "2021年某区政务公开工作优秀单位名单", "一、优秀单位",
                  "区建设管理委、区卫生健康委、区教育局、区司法局", title="关于印发2021年某区政务公开工作优秀单位名单的通知")
    assert [c["name"] for c in found] == ["区建设管理委", "区卫生健康委", "区教育局", "区司法局"]


def test_province_lines_with_one_name_and_a_place_named_for_a_number():
    """New: 北京市：房山区长阳镇 (one name after a province's label) over 天津市：甲镇、乙镇 lines was dropped;
    隆化县七家镇 read 七家 as a count of seven and cut the line into a counted list."""
    found = cases("附件：2021年农业产业强镇建设名单（摘录）",
                  "北京市：密云区古北口镇",
                  "天津市：宝坻区林亭口镇、静海区台头镇",
                  "河北省：滦平县虎什哈镇、围场满族蒙古族自治县四合永镇、隆化县七家镇、平泉市党坝镇",
                  title="2021年农业产业强镇建设名单公布")
    assert [(c["name"], c["category"]) for c in found] == [
        ("密云区古北口镇", "北京市"), ("宝坻区林亭口镇", "天津市"), ("静海区台头镇", "天津市"), ("滦平县虎什哈镇", "河北省"),
        ("围场满族蒙古族自治县四合永镇", "河北省"), ("隆化县七家镇", "河北省"), ("平泉市党坝镇", "河北省")]


def test_a_town_beside_what_it_grows():
    """New: | 安溪铁观音 | 泉州市安溪县感德镇 | with no header: the product column was taken for the names
    and the towns for their bodies; the towns are what was chosen."""
    found = cases("下表整理了其中部分获认定乡镇，左栏为主导产业，右栏为乡镇名称：",
                  "| 铁观音 | 安溪县感德镇 |", "| 柚子 | 平和县小溪镇 |", "| 茶叶 | 武夷山市星村镇 |", "| 竹笋 | 建瓯市房道镇 |",
                  title="福建多个乡镇获认定国家农业产业强镇")
    assert [c["name"] for c in found] == ["安溪县感德镇", "平和县小溪镇", "武夷山市星村镇", "建瓯市房道镇"]


def test_a_sentence_counting_two_chosen_then_naming_them():
    """New: 我省有两个县级市入选：甲市和乙市: a count, the word that they were chosen, then exactly that
    many names, the last joined by 和 — two are a list when the sentence says so."""
    found = cases("第五届全国文明城市名单日前公布，这一届首次把县级市纳入评选。",
                  "我省有两个县级市入选：张家港市和昆山市。另外，苏州市经过复查继续保留称号。",
                  title="我省两个县级市获评全国文明城市")
    assert [c["name"] for c in found] == ["张家港市", "昆山市"]


def test_a_table_drawn_a_cell_a_line_under_bracketed_headers_across_a_page_break():
    """New: 序号 / 省（区、市） / 城市（区） (a header's words with notes in brackets) over cells one a line
    was not seen as a table; and a converted PDF's running header at the next page's top (met the first
    time) ended it before its last rows."""
    found = cases("附件1", "2020年重新确认国家卫生城市（区）名单", "（按行政区划顺序排列，序号不代表排名）",
                  "序号", "省（区、市）", "城市（区）",
                  "1", "河北省", "石家庄市、唐山市", "2", "山西省", "太原市",
                  "— 2 —", "爱卫会文件",
                  "3", "安徽省", "合肥市、马鞍山市", "4", "福建省", "厦门市",
                  title="转发关于2020年国家卫生城市（区）复审结果的通知")
    assert [(c["name"], c["province"]) for c in found] == [
        ("石家庄市", "河北省"), ("唐山市", "河北省"), ("太原市", "山西省"), ("合肥市", "安徽省"), ("马鞍山市", "安徽省"),
        ("厦门市", "福建省")]


def test_a_label_beside_a_run_of_names_in_a_table_of_two_columns():
    """New: | 综合传播指数 | 甲市、乙市、丙市 | (a <dl> of index heads, each over one line of names, or a
    two-column table): the labels were read as the cases and the runs as their categories."""
    found = cases("2022年7月榜单于同年8月发布，各项名称按名次先后排列。",
                  "| 综合传播指数 | 仙桃市、宜都市、大冶市 |", "| 网络传播指数 | 宜都市、仙桃市、赤壁市 |",
                  "| 社会生活网络指数 | 大冶市、赤壁市、仙桃市（三地得分相同，此处不作排序） |",
                  title="湖北区县传播指数排行榜")
    assert [(c["name"], c["category"]) for c in found] == [
        ("仙桃市", "综合传播指数"), ("宜都市", "综合传播指数"), ("大冶市", "综合传播指数"),
        ("宜都市", "网络传播指数"), ("仙桃市", "网络传播指数"), ("赤壁市", "网络传播指数"),
        ("大冶市", "社会生活网络指数"), ("赤壁市", "社会生活网络指数"), ("仙桃市", "社会生活网络指数")]


def test_a_short_circled_heading_over_one_line_of_names():
    """New: ⑴ 国家生态园林城市 / 甲市、乙市、丙市: a short heading numbered ⑴ (or ①, (1)) over one line of names
    was no label of theirs, and the line fell with no list word near it."""
    found = cases("住房城乡建设部日前印发通报，命名了一批国家生态园林城市和国家园林城市。",
                  "小编把名单整理如下↓↓↓",
                  "⑴ 国家生态园林城市", "杭州市、苏州市、常熟市、张家港市",
                  "⑵ 国家园林城市", "沧州市、鞍山市、大庆市、湖州市",
                  title="2016年国家生态园林城市、园林城市名单公布")
    assert [(c["name"], c["category"]) for c in found] == [
        ("杭州市", "国家生态园林城市"), ("苏州市", "国家生态园林城市"), ("常熟市", "国家生态园林城市"), ("张家港市", "国家生态园林城市"),
        ("沧州市", "国家园林城市"), ("鞍山市", "国家园林城市"), ("大庆市", "国家园林城市"), ("湖州市", "国家园林城市")]


def test_a_ranking_printed_a_name_and_its_place_a_line():
    """New: 甲医院　第18名 / 乙医院　第22名 …: no shape read a name followed by its place on the ranking,
    one to a line; and in a table | 甲医院 | 第6名 | 与上届持平 | the note on how a row moved was read as
    the name."""
    found = cases("二、2023届中医医院500强", "浙江省中医院　第9名", "杭州市中医院　第31名", "宁波市中医院，第58名",
                  "三、2023届顶级医院100强", "本省入围医院及其名次如下：",
                  "| 浙江大学医学院附属第一医院 | 第11名 | 与上届持平 |", "| 浙江大学医学院附属第二医院 | 第15名 | 较上届前进2位 |",
                  "| 浙江省人民医院 | 第62名 | 与上届持平 |",
                  title="2023届中国医院竞争力排行榜发布 浙江多家医院入围")
    assert [(c["name"], c["rank"]) for c in found] == [
        ("浙江省中医院", 9), ("杭州市中医院", 31), ("宁波市中医院", 58),
        ("浙江大学医学院附属第一医院", 11), ("浙江大学医学院附属第二医院", 15), ("浙江省人民医院", 62)]
    assert found[0]["category"] == "2023届中医医院500强"


def test_collective_honours_as_section_labels_over_units_and_their_stories():
    """New: 一、全国工人先锋号 / 甲公司业务部 / its story: a numbered heading naming a collective's honour
    (先锋号, 文明号, 公务员集体 were no award words) over a unit and its paragraph labels it;
    第21届全国青年文明号 over a paragraph is the honour, not a case; 奖状：①甲公司 is 甲公司."""
    found = cases("平时读报时顺手记下几家窗口单位获得的集体荣誉，放在一起备查。",
                  "一、全国“人民满意的公务员集体”", "成都市武侯区政务服务中心",
                  "2019年6月第九届表彰大会在北京举行，这一届共有98个集体受表彰，四川有数个集体获表彰，这家中心是其中之一。",
                  "二、全国工人先锋号", "杭州市公共交通集团有限公司第一分公司",
                  "2015年由中华全国总工会授予，这是该公司第一次获得全国性集体荣誉称号，当年浙江省共有数十个集体获评。",
                  title="那些拿过“国字号”荣誉的窗口单位")
    assert [(c["name"], c["category"]) for c in found] == [
        ("成都市武侯区政务服务中心", "全国“人民满意的公务员集体”"), ("杭州市公共交通集团有限公司第一分公司", "全国工人先锋号")]
    found = cases("全国五一劳动奖状：①山东鲁泰控股集团有限公司", "全国工人先锋号：①山东新华医疗器械股份有限公司研发部 ②淄博市公交公司1路",
                  title="2022年全国五一劳动奖状和工人先锋号，淄博有哪些单位？")
    assert found[0]["name"] == "山东鲁泰控股集团有限公司"


def test_the_kinds_a_selection_covers_are_not_its_cases():
    """New: 覆盖场景： over bullets of kinds (智慧出行服务, 智慧港航) on a page that names no winner: the
    bullets were read as cases."""
    found = cases("省交通运输厅组织的年度智慧交通典型案例征集评选已经结束，最终确定十大典型案例。本文只梳理评选流程，获选案例以主管部门发布为准。",
                  "覆盖场景：", "- 智慧出行服务", "- 道路养护", "- 智慧港航", "- 车联网与监管",
                  "终审阶段邀请了行业专家，从创新性、典型性和推广价值几方面打分。",
                  title="智慧交通典型案例评选：52个候选怎么选出10个")
    assert found == []


def test_two_numbered_practices_each_told_under_a_list():
    """New: 1.甲省建立…机制 / its story / 2.乙市设立… / its story (the page gives two of a longer list): a
    run of two needed more evidence than their own titles and stories."""
    found = cases("实施城市更新行动可复制经验做法清单（第五批）", "【编者按】清单全文较长，本站仅转载第一部分的前两条。",
                  "一、强化组织实施",
                  "1.浙江省建立“省级统筹、市县主责”城市更新工作推进机制",
                  "省级层面由住房城乡建设厅牵头会同有关部门建立协调机制，市县政府承担主体责任并成立工作专班，负责片区和项目的谋划与落地。",
                  "2.江苏省苏州市设立城市更新专门机构统筹推进更新工作",
                  "苏州市组建城市更新工作领导小组及其办公室，把城市更新作为经常性工作来抓，相关部门在领导小组框架下协同推进。",
                  title="住房城乡建设部办公厅关于印发实施城市更新行动可复制经验做法清单（第五批）的通知")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("浙江省建立“省级统筹、市县主责”城市更新工作推进机制", "浙江省"), ("江苏省苏州市设立城市更新专门机构统筹推进更新工作", "江苏省苏州市")]


def test_an_ellipsis_cell_is_an_empty_one():
    """New: | 4650 | 1 | 舒兰市 | … | with … where the page left a figure out: the score column was no longer
    all figures, and was read as the names."""
    found = cases("县（市）政府一组前四位如下（表中先列得分，再列名次和单位）：",
                  "| 4620 | 1 | 榆树市 | 报送190 / 采用181 |", "| 2810 | 2 | 德惠市 | 报送160 / 采用147 |",
                  "| 2600 | 3 | 农安县 | 报送120 / 采用118 |", "| … | 4 | 公主岭市 | … |",
                  title="长春市通报第三季度网站信息采用排名 榆树市居县（市）首位")
    assert [(c["name"], c["rank"]) for c in found] == [("榆树市", 1), ("德惠市", 2), ("农安县", 3), ("公主岭市", 4)]


def test_a_place_that_has_something_is_no_name():
    """New: 河北有检察微信公众号进入地方榜前列: "a place has …" before the verb was read as a case's name."""
    found = cases("正义网发布的2023年7月“互联网+检察”新媒体指数排行榜中，山西有检察微信公众号进入地方榜前列。",
                  title="7月“互联网+检察”新媒体指数榜发布")
    assert found == []


def test_two_places_written_out_and_the_city_honour_they_won():
    """New: 湖北的宜都市、大冶市获评第五届全国文明城市: two places (after their province's short name and 的)
    and a city's honour (文明城市 was no award word) — two are a list when they won it together."""
    found = cases("根据名单，浙江的义乌市、温岭市获评第五届全国文明城市，这是我省县级市第一次拿到这块牌子。",
                  title="浙江两座县级市首次获评全国文明城市")
    assert [c["name"] for c in found] == ["义乌市", "温岭市"]


def test_a_level_heading_over_units_whose_stories_say_they_were_honoured():
    """New: 二、省级 / 甲社区 / 被…命名为…“敬老文明号”: a numbered level over a unit and a paragraph saying it
    was honoured labels the unit; the units were read as nothing."""
    found = cases("本轮“敬老文明号”创建的各级表彰已经完成，以下按层级各列一个受表彰单位。",
                  "一、省级", "碑林区张家村街道兴庆路社区",
                  "与其他二十多个单位一道，被省老龄办、省文明办等部门命名为陕西省“敬老文明号”。",
                  "二、市级", "宝鸡市中心医院老年病科",
                  "全市共一百多个单位被命名表彰为第一届宝鸡市“敬老文明号”，该科为其中之一。",
                  title="“敬老文明号”创建活动表彰情况")
    assert [(c["name"], c["category"]) for c in found][1:] == [("宝鸡市中心医院老年病科", "市级")]
    assert [c["name"] for c in found] == ["碑林区张家村街道兴庆路社区", "宝鸡市中心医院老年病科"]


def test_two_places_after_their_province_and_city_are_on_the_list():
    """New: 陕西安康的甲社区、乙社区榜上有名: 榜上有名 was no verb of being chosen, and the province and city
    by short names with 的 stayed on the first name."""
    found = cases("2018年全国综合减灾示范社区",
                  "国家减灾委员会、应急管理部公布2018年名单，四川绵阳的涪城区城厢街道锦江社区、游仙区游仙街道东津社区榜上有名。",
                  title="安全与减灾荣誉速递")
    assert [c["name"] for c in found] == ["涪城区城厢街道锦江社区", "游仙区游仙街道东津社区"]


def test_a_note_in_brackets_between_the_verb_and_the_enumeration():
    """New: 一同入选的山东县（市）还有甲市、乙县和丙市: a kind of place with its note in brackets between 入选
    and 还有 hid the enumeration."""
    found = cases("记者梳理发现，江苏共有5个县（市）进入名单，江阴市是无锡唯一入选的县级市。",
                  "与江阴市一同入选的江苏县（市）还有沭阳县、邳州市、东台市和溧阳市。",
                  title="江苏5地进入国家乡村振兴示范县创建名单")
    assert [c["name"] for c in found][-4:] == ["沭阳县", "邳州市", "东台市", "溧阳市"]


def test_a_next_section_table_of_one_row_under_the_same_header():
    """New: | 省份 | 创建县（市、区、旗） | with one row under 二、 (the page left the rest out), after a
    table of the same header under 一、: a table of one row was never a list; and 创建县 heads the names."""
    found = cases("以下摘录名单中的部分内容（按省份分行，未摘录的省份从略）。",
                  "一、主要农作物类", "| 省份 | 创建县（市、区、旗） |", "|---|---|", "| 天津市 | 宝坻区 |", "| 河北省 | 故城县、藁城区 |",
                  "| 山西省 | 祁县 |", "| ……（其余省份从略） |  |",
                  "二、规模养殖类", "| 省份 | 创建县（市、区、旗） |", "|---|---|", "| 天津市 | 宁河区 |", "| ……（其余省份从略） |  |",
                  title="第一批农业生产全程机械化示范县创建名单公布")
    assert [(c["name"], c["category"]) for c in found] == [
        ("宝坻区", "主要农作物类"), ("故城县", "主要农作物类"), ("藁城区", "主要农作物类"), ("祁县", "主要农作物类"), ("宁河区", "规模养殖类")]
