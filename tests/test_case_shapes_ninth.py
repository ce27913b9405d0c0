"""Shapes met again in the hold-out sets during the ninth session of 2026-11-30, each in lines of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (b6def2d), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def test_a_headerless_table_counted_from_one_under_the_sentence_that_ranks_it():
    """New: | 1 | 武汉 | 90.1分 | under 武汉…位居第一，成都、西安位列其后, on a page whose title says
    who came first (首位): the table's count is the rank, its short city names are the cases."""
    found = cases("《2019年城市政务服务指数报告》近日发布，报告考察了15个副省级城市。",
                  "副省级城市政务服务竞争力",
                  "武汉以90.1分位居副省级城市第一，成都、西安位列其后。",
                  "| 1 | 武汉 | 90.1分 |",
                  "| 2 | 成都 | 88.6分 |",
                  "| 3 | 西安 | 87.9分 |",
                  "其余城市的得分将在报告全文中公布。",
                  title="城市政务服务指数报告发布 武汉居副省级城市首位")
    assert [(c["name"], c["rank"]) for c in found] == [("武汉", 1), ("成都", 2), ("西安", 3)]


def test_a_table_of_indicators_and_their_values_names_no_case():
    """| 指标 | 数值 | 说明 | over its |---| rule: one place's figures, however its title ranks it
    (a title's 首位 now says a page is about a ranking)."""
    found = cases("在2015年度信息化发展指数评估中，北京以108.6分排在全国首位。",
                  "| 指标 | 数值 | 说明 |",
                  "|---|---|---|",
                  "| 信息化发展指数 | 108.6 | 全国第一 |",
                  "| 网络就绪度指数 | 115.2 | 一级指标 |",
                  "| 固定宽带普及率 | 61.3% | 数据举例 |",
                  title="数说北京信息化：总分居全国首位")
    assert found == []


def test_the_next_section_under_an_unnumbered_heading_of_its_own():
    """New: 省级政府前三 over ranked lines, then the heading 直辖市政府 over - 天津 / - 重庆 / - 上海:
    the second section's short names are cases of the same list, though nothing above them says so."""
    found = cases("《2022年网上政府创新发展报告》近日在北京发布，部委、省级和直辖市的排名如下。",
                  "省级政府前三",
                  "第1名　浙江",
                  "第2名　广东",
                  "第3名　江苏",
                  "直辖市政府",
                  "- 天津",
                  "- 重庆",
                  "- 上海",
                  "地市级的排名将另行发布。",
                  title="《2022年网上政府创新发展报告》发布")
    assert [c["name"] for c in found] == ["浙江", "广东", "江苏", "天津", "重庆", "上海"]
    assert {c["category"] for c in found[3:]} == {"直辖市政府"}


def test_a_ruled_header_naming_the_winners_column_and_the_honours_column():
    """New: | 荣誉 | 年份 | 获奖账号 | over its rule: the account is each row's name, the honour its
    category; the header row is no case."""
    found = cases("近年来，这一账号还获得过以下荣誉：",
                  "| 荣誉 | 年份 | 获奖账号 |",
                  "|---|---|---|",
                  "| 十佳政务微博 | 2017 | 无锡发布 |",
                  "| 最具影响力政务新媒体 | 2019 | 无锡发布 |",
                  title="“无锡发布”入选年度政务新媒体优秀案例")
    assert [(c["name"], c["category"]) for c in found] == [
        ("无锡发布", "十佳政务微博"), ("无锡发布", "最具影响力政务新媒体")]


def test_several_places_after_the_body_that_put_them_forward():
    """New: 宜春市：樟树市、袁州区 under 一、综合试点 — each place a case, the city its agency; a
    note in brackets after a place (（茶叶）) is no part of its name."""
    found = cases("江西省数字乡村试点名单",
                  "一、综合试点",
                  "（5个）",
                  "赣州市：信丰县",
                  "宜春市：樟树市、袁州区",
                  "上饶市：婺源县（茶叶）、万年县（稻米）",
                  title="关于公布江西省数字乡村试点名单的通知")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("信丰县", "赣州市"), ("樟树市", "宜春市"), ("袁州区", "宜春市"), ("婺源县", "上饶市"), ("万年县", "上饶市")]


TOPIC_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>专题｜首批省级未来社区创建名单</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/zt/">专题</a> | <a href="/shequ/">社区</a></div>
<div id="zt">
  <div class="zt-banner"><h1>专题｜首批省级未来社区创建名单</h1>
    <p>2019年，浙江省发展改革委公布了首批24个省级未来社区创建项目，本专题选取其中五个逐一走访，点击下面的链接阅读各篇报道。</p></div>
  <div class="zt-intro"><p>这些社区分布在全省各设区市，既有旧城改造类，也有规划新建类，本专题按报道刊发的先后排列。</p></div>
  <div class="zt-block"><h2>首批省级未来社区</h2>
    <ul class="zt-list">
      <li><a href="/zt/wlsq/01.html">杨柳郡社区——杭州市上城区</a></li>
      <li><a href="/zt/wlsq/02.html">瓯海中心社区——温州市瓯海区</a></li>
      <li><a href="/zt/wlsq/03.html">白鹤社区——衢州市柯城区</a></li>
      <li><a href="/zt/wlsq/04.html">安吉县递铺街道社区——湖州市安吉县</a></li>
      <li><a href="/zt/wlsq/05.html">关于公布首批未来社区试点创建项目的通知（全文）——浙江省发展改革委</a></li>
    </ul>
    <p class="tip">每条链接破折号前为社区名称，破折号后为所在区县；最后一条为通知原文。</p></div>
  <div class="zt-block"><h2>延伸阅读</h2><ul><li><a href="/a/1.html">未来社区到底“未来”在哪里？</a></li></ul></div>
</div><div class="footer">版权所有 © 某某网</div></body></html>"""


def test_link_items_in_a_box_of_their_own_between_the_lead_and_a_note():
    """New: a topic page's lead in one box, then a heading, link items 名称——区县 and a note under
    them in another: the items are the page's list (the body extractor had dropped them), the link
    to the notice that published it is no case."""
    from crawler.sites import parse_page

    found = parse_page(None, TOPIC_PAGE.encode("utf-8")).cases
    assert [(c["name"], c["agency"]) for c in found] == [
        ("杨柳郡社区", "杭州市上城区"), ("瓯海中心社区", "温州市瓯海区"), ("白鹤社区", "衢州市柯城区"),
        ("安吉县递铺街道社区", "湖州市安吉县")]


def test_link_items_right_after_the_body_with_no_line_announcing_them():
    """New: the same page without the note: the items 名称——区县 under their heading right after
    the body's last paragraph are still its list, though no colon or 以下 hands them over."""
    import re

    from crawler.sites import parse_page

    page = re.sub(r'<p class="tip">.*?</p>', "", TOPIC_PAGE)
    assert [c["name"] for c in parse_page(None, page.encode("utf-8")).cases] == [
        "杨柳郡社区", "瓯海中心社区", "白鹤社区", "安吉县递铺街道社区"]


def test_the_one_named_for_many_with_the_count_and_what_it_counts():
    """New: ⑴最具影响力微信公众号：湛江市中心人民医院等15个公众号 — the one the page names; the
    count and the word after it are no part of the name."""
    found = cases("近日，全市卫生健康系统微信公众号评选结果揭晓。",
                  "⑴最具影响力微信公众号：湛江市中心人民医院等15个公众号",
                  "⑵优秀策划推广微信公众号：廉江市人民医院等8个公众号",
                  "⑶优秀运营维护微信公众号：雷州市妇幼保健院等6家单位",
                  title="全市卫生健康系统微信公众号评选结果揭晓")
    assert [c["name"] for c in found] == ["湛江市中心人民医院", "廉江市人民医院", "雷州市妇幼保健院"]


def test_a_mention_ending_in_a_place_whose_name_ends_in_du():
    """New: 榜首　@平安成都 — 都 closes 成都 here; it ends a mention only as a word of its own
    (@甲都进入了前十)."""
    found = cases("本周成都政务微博排行榜发布。",
                  "【公安系统排行榜】　　　榜首　@平安成都",
                  "【区县排行榜】　　　榜首　@成都锦江",
                  title="成都政务微博周排行榜")
    assert [c["name"] for c in found] == ["平安成都", "成都锦江"]


def test_quoted_names_side_by_side_after_an_enumeration():
    """New: 综合排名前五位的依次是“甲”“乙”“丙”“丁”和“戊” — quoted names with no 、 between them
    are each a case, not one name."""
    found = cases("本期综合排名前五位的政务微信依次是“金牛发布”“锦江发布”“成华发布”“武侯发布”和“青羊发布”。",
                  "其余账号的排名见下表。",
                  title="成都区（市）县政务微信周排行")
    assert [c["name"] for c in found] == ["“金牛发布”", "“锦江发布”", "“成华发布”", "“武侯发布”", "“青羊发布”"]


def test_the_measures_of_a_ranking_and_a_table_of_remarks_and_matrices():
    """New: 改以“活跃指数”“互动指数”“传播指数”三项呈现 names the measures, no case; a header
    本月看点 | 矩阵 puts the remark first and the matrix (the case) second."""
    found = cases("自本期起，榜单改以“活跃指数”“互动指数”“传播指数”三项呈现各矩阵的运营情况。",
                  "11月上榜矩阵",
                  "| 本月看点 | 矩阵 |",
                  "|---|---|",
                  "| 微信、抖音双平台发力，位居榜首 | 市公安局 |",
                  "| 视频号增长明显 | 宝安区 |",
                  "| — | 市交通运输局 |",
                  title="《深圳优秀政务新媒体矩阵》2024年11月榜单")
    assert [c["name"] for c in found] == ["市公安局", "宝安区", "市交通运输局"]
    assert found[0]["description"] and "榜首" in found[0]["description"]


def test_a_ranking_reports_own_numbered_sections_are_no_cases():
    """New: (1) 话题 (2) 数据概况 (3) 综合排名, each over its paragraph, under a line about the
    ranking: the report's sections; the names in the last one's sentence are the cases."""
    found = cases("2023年3月的江苏政务微信排行榜日前出炉。",
                  "(1) 春耕成了热词",
                  "3月各地进入春耕时节，“南京发布”“苏州发布”都推出了农事专题。",
                  "(2) 数据概况",
                  "本期上榜账号共发文15020篇，阅读总量比上月有所增长。",
                  "(3) 综合排名",
                  "综合排名方面，跻身综合前五的有无锡发布、常州发布、南通发布和扬州发布。",
                  title="江苏政务微信排行榜（3月1日-3月31日）")
    assert [c["name"] for c in found] == ["无锡发布", "常州发布", "南通发布", "扬州发布"]


def test_a_bulleted_winner_under_its_awards_title():
    """New: 2021年十佳媒体账号 over - 上游新闻——重庆日报: the winner's name without its bullet."""
    found = cases("峰会现场发布了七个榜单，下面只记两个。",
                  "2021年十佳媒体账号",
                  "- 上游新闻——重庆日报",
                  "2021年优秀政务新媒体",
                  "- 重庆交通",
                  "- 查看峰会全部榜单的整理 »",
                  title="2022重庆政务新媒体峰会发布七个榜单")
    assert (found[0]["name"], found[0]["category"]) == ("上游新闻", "2021年十佳媒体账号")


def test_kind_labels_over_places_and_a_place_on_the_list_in_brackets():
    """New: 示范乡（镇） / 示范村（社区） over their places are labels, not places; 义乌市（第3位）
    is 义乌市, ranked 3."""
    found = cases("全省首批乡村治理示范村镇名单日前公布，我市入选情况如下：",
                  "示范乡（镇）",
                  "苍溪县歧坪镇",
                  "示范村（社区）",
                  "苍溪县歧坪镇三会村、剑阁县普安镇城北村",
                  title="我市1镇2村入选全省首批乡村治理示范村镇")
    assert [(c["name"], c["category"]) for c in found] == [
        ("苍溪县歧坪镇", "示范乡（镇）"), ("苍溪县歧坪镇三会村", "示范村（社区）"), ("剑阁县普安镇城北村", "示范村（社区）")]
    ranked = cases("2022年社会治理百强县（市、区）名单发布，浙江10个县（市、区）入选前十。",
                   "| 省份 | 县（市、区） |",
                   "|---|---|",
                   "| 浙江省 | 宁波市慈溪市 |",
                   "| 浙江省 | 金华市义乌市（第3位） |",
                   "| 浙江省 | 杭州市萧山区 |",
                   title="2022社会治理百强县发布")
    assert [(c["name"], c["rank"]) for c in ranked][1] == ("金华市义乌市", 3)


def test_pieces_of_sentences_and_places_counted_are_no_cases():
    """New: ⑴ 2020年是第一次发布… ⑵ 2021年是第二次发布…: the story of a list's editions, not its
    cases; 入选最多的四个省是浙江（27个）、广东（23个）…: how many each province holds."""
    found = cases("这个百强榜由研究院每年发布一次，头两年的情况大致如下：",
                  "⑴ 2020年是第一次发布，时间是12月31日，地点在杭州，有322个县（市、区）参评。",
                  "⑵ 2021年是第二次发布，时间是12月26日，有19个区县新进了百强。",
                  "省份分布方面，2020年入选最多的四个省是浙江（27个）、广东（23个）、江苏（18个）和山东（11个）。",
                  title="中国社会治理百强县（市、区）是怎么评出来的？")
    assert found == []


def test_two_quoted_winners_side_by_side_under_their_awards_title():
    """New: 2013年度湖北十大影响力政务机构微博 over “微博襄阳”“平安襄阳”: both won it."""
    found = cases("在日前揭晓的年度政务微博评选中，我市多个账号获奖。",
                  "湖北省政务微博突出贡献奖",
                  "“微博襄阳”（市互联网宣传官方微博）",
                  "2013年度湖北十大影响力政务机构微博",
                  "“微博襄阳”“平安襄阳”",
                  title="我市政务微博获多项年度大奖")
    assert [(c["name"], c["category"]) for c in found][-2:] == [
        ("“微博襄阳”", "2013年度湖北十大影响力政务机构微博"), ("“平安襄阳”", "2013年度湖北十大影响力政务机构微博")]


def test_a_line_of_names_under_the_sentence_that_hands_over_a_rankings_top():
    """New: 按11月抖音综合影响力计算，抖音传播力指数TOP5依次是： over a line of five bodies
    joined by 、 (wrapped onto a second line): each a case."""
    found = cases("一、抖音",
                  "截至11月30日，17个直属单位中有12个开通了抖音号。",
                  "按11月抖音综合影响力计算，抖音传播力指数TOP5依次是：",
                  "广西壮族自治区博物馆、广西科技馆、广西美术馆、",
                  "广西壮族自治区图书馆、广西演艺集团。",
                  title="2022年11月广西文化和旅游政务新媒体传播力指数排行")
    assert [c["name"] for c in found] == ["广西壮族自治区博物馆", "广西科技馆", "广西美术馆", "广西壮族自治区图书馆", "广西演艺集团"]


def test_numbered_lines_each_a_label_and_its_names():
    """New: ⑴ 2011年第一批：甲、乙、丙 / ⑵ 2014年第二批：丁、戊 — each numbered line names its
    batch's cases; the next line being the run's own, no line is a heading over names."""
    found = cases("按首次入选的批次，省会城市的情况如下：",
                  "⑴ 2009年1月第二批：成都、南京、南宁",
                  "⑵ 2011年12月第三批：长沙、广州、福州、杭州",
                  "⑶ 2015年3月第四批：武汉、南昌、合肥",
                  title="哪些省会城市拿过“全国文明城市”称号？")
    assert [c["name"] for c in found] == ["成都", "南京", "南宁", "长沙", "广州", "福州", "杭州", "武汉", "南昌", "合肥"]
    assert found[0]["category"] == "2009年1月第二批"


def test_a_grade_label_over_one_name_a_line_and_one_named_for_others():
    """New: 【良好】 over towns one to a line: the grade an assessment gave them, their category;
    黄冈等市州 is 黄冈 (the one named, for the others)."""
    found = cases("二、考评结果",
                  "按类别排名，并依考评分数划为优秀、良好、合格、不合格四个等次。",
                  "（一）各镇（街道办）网站",
                  "【良好】",
                  "冲蒌镇",
                  "水步镇",
                  "川岛镇",
                  title="关于2018年度政府网站考评结果的通报")
    assert [(c["name"], c["category"]) for c in found] == [("冲蒌镇", "良好"), ("水步镇", "良好"), ("川岛镇", "良好")]
    named = cases("一、市州评价排名",
                  "武汉、宜昌、襄阳",
                  "以上3市被列为市州评价排名中的标杆城市。排在其后的是鄂州、荆州、黄冈等市州。",
                  title="2022年度全省营商环境考评结果出炉")
    assert "黄冈" in [c["name"] for c in named] and "黄冈等市州" not in [c["name"] for c in named]


def test_places_named_for_what_they_have_not_won():
    """New: 另外海南、云南、青海和甘肃4个省份当时还没有… — named for what they have not won."""
    found = cases("四批一共产生了87个全国文明城市（区）。",
                  "截至第四批，另外海南、云南、青海和甘肃4个省份当时还没有一个城市获得这一称号。",
                  title="哪些省会城市拿过“全国文明城市”称号？")
    assert found == []


def test_places_written_out_under_a_batch_heading_with_commas_between_provinces():
    """New: （一）第一批实验区 over 河北省河间市，内蒙古自治区包头市青山区、乌兰察布市集宁区，…:
    ， between provinces and 、 within one — every part a place; the batch heading is no case."""
    found = cases("实验区名单",
                  "（一）第一批实验区",
                  "河北省河间市，内蒙古自治区包头市青山区、乌兰察布市集宁区，吉林省永吉县，江苏省南京市建邺区、东台市",
                  "（二）第二批实验区",
                  "第二批共17个县（市、区），具体名单另见词条。",
                  title="全国婚俗改革实验区")
    assert [c["name"] for c in found] == ["河北省河间市", "内蒙古自治区包头市青山区", "乌兰察布市集宁区", "吉林省永吉县",
                                          "江苏省南京市建邺区", "东台市"]


def test_circled_items_with_no_space_between_them():
    """New: 特色型示范城市：①泸州市（行业类）②盐城市（生活类）③咸阳市（公共服务类） — a circled
    number starts an item wherever it stands; the page says they are no ranks."""
    found = cases("完整名单如下：",
                  "综合型信息消费示范城市：成都市、杭州市、福州市",
                  "特色型信息消费示范城市：①泸州市（行业类）②盐城市（生活类）③咸阳市（公共服务类）",
                  "（圈号只是列举的顺序，官方名单不分名次。）",
                  title="2020年信息消费示范城市有哪几个？")
    assert [(c["name"], c["category"], c["rank"]) for c in found][3:] == [
        ("泸州市", "特色型信息消费示范城市", None), ("盐城市", "特色型信息消费示范城市", None),
        ("咸阳市", "特色型信息消费示范城市", None)]


def test_a_heading_the_line_naming_its_unit_and_its_story():
    """New: …工作法 / 四川省甘孜藏族自治州理塘县格聂镇 / its story (or a note that it comes later):
    each heading a case, the line under it its unit (the agency), though the name ends in 工作法."""
    found = cases("中央政法委评出104个“枫桥式工作法”单位，本期摘登其中三家的做法。",
                  "牧区草场纠纷“帐篷调解”工作法",
                  "四川省甘孜藏族自治州理塘县格聂镇",
                  "格聂镇地处高寒牧区，草场边界纠纷多发。镇里把调解员编入牧民帐篷网格，纠纷在草场上就地化解，调解成功率逐年提高。",
                  "劳动争议“一窗联调”工作法",
                  "江苏省苏州市吴江区劳动人事争议仲裁院",
                  "（事迹全文见下期续登）",
                  "“院落议事会”社区解纷工作法",
                  "湖北省宜昌市西陵区学院街道",
                  "（事迹全文见下期续登）",
                  title="全国“枫桥式工作法”入选单位典型事迹摘登")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("牧区草场纠纷“帐篷调解”工作法", "四川省甘孜藏族自治州理塘县格聂镇"),
        ("劳动争议“一窗联调”工作法", "江苏省苏州市吴江区劳动人事争议仲裁院"),
        ("“院落议事会”社区解纷工作法", "湖北省宜昌市西陵区学院街道")]


def test_a_table_of_two_numbered_names_to_a_row():
    """New: | 1 | 甲 | 2 | 乙 | rows (the last half empty): every pair a case, in number order."""
    found = cases("河北保定此次有5个村（社区）入选，5个村（社区）如下：",
                  "| 1 | 竞秀区韩村北路街道乐凯社区 | 2 | 莲池区五四路街道红星社区 |",
                  "| 3 | 涿州市双塔街道北关村 | 4 | 安国市祁州路街道东城村 |",
                  "| 5 | 易县西陵镇忠义村 |  |  |",
                  "说明：以上序号仅为本网排列顺序，与评选名次无关。",
                  title="第九批“全国民主法治示范村（社区）”出炉")
    assert [c["name"] for c in found] == ["竞秀区韩村北路街道乐凯社区", "莲池区五四路街道红星社区", "涿州市双塔街道北关村",
                                          "安国市祁州路街道东城村", "易县西陵镇忠义村"]


def test_a_sentence_counting_its_own_names_under_the_last_numbered_item():
    """New: (1)…(3) villages, then 湖北宜昌…甲、乙和丙3个村一并上榜。 — the sentence names and counts
    its own cases; it is no description of the item above it."""
    found = cases("河南南阳入选的3个村是：",
                  "(1)河南省西峡县回车镇东坪村",
                  "(2)河南省内乡县余关镇兰营村",
                  "(3)河南省南阳市卧龙区谢庄镇土门村",
                  "湖北宜昌同样收获颇丰，湖北省宜昌市夷陵区龙泉镇青龙村、湖北省远安县旧县镇鸣凤村和湖北省枝江市问安镇关庙山村3个村一并上榜。",
                  "说明：以上序号仅为本网排列顺序，与评选名次无关。",
                  title="第九批“全国民主法治示范村（社区）”出炉")
    assert [c["name"] for c in found][3:] == ["湖北省宜昌市夷陵区龙泉镇青龙村", "湖北省远安县旧县镇鸣凤村", "湖北省枝江市问安镇关庙山村"]


def test_a_title_that_asks_about_a_list_is_no_case():
    """New: “中国社会治理百强县”头两年都有哪些地方上榜？ over prose naming no list: the question
    reports no honour of its own."""
    found = cases("这个榜单由研究院发布，从2020年起每年出一次百强榜。",
                  "研究院请了30多位专家学者，对300多个县（市、区）打分。",
                  title="“中国社会治理百强县”头两年都有哪些地方上榜？")
    assert found == []


def test_numbered_lines_each_a_single_awards_field_and_the_body_that_won_it():
    """New: (1) 政务主动公开：福田区人民政府 under （二）单项奖 — the field before the colon is the
    category, the body after it the case (not a 名称：description line)."""
    found = cases("（二）金秤砣单项奖（三个单项排名不分先后）",
                  "(1) 政务主动公开：福田区人民政府",
                  "(2) 政务依申请公开：宝安区人民政府",
                  "(3) 信息无障碍：盐田区人民政府",
                  title="2018年深圳政府政务公开“金秤砣奖”揭晓")
    assert [(c["name"], c["category"]) for c in found] == [
        ("福田区人民政府", "政务主动公开"), ("宝安区人民政府", "政务依申请公开"), ("盐田区人民政府", "信息无障碍")]


CALL_LINES = ("为弘扬网络正能量，决定开展全市首届年度网络正能量评选表彰。有关事项通知如下：",
              "一、主承办单位",
              "主办：市委网信办。承办：市委宣传部。",
              "二、表彰类别",
              "1、年度有温度作品：原创图说、动漫、微视频、H5等新媒体作品。",
              "2、年度有影响人物：从事正能量作品创作和传播的个人、知名网友。",
              "3、年度有创新平台：传播正能量的网站、论坛、微博、微信、客户端等平台或账号。",
              "三、推选要求",
              "参评平台须依法办网、文明办网。")


def test_a_call_for_entries_and_its_kinds_of_award_name_no_winner():
    """New: …评选表彰通知 announces the contest (its 表彰 to come); under 二、表彰类别 the kinds of
    award and what may enter each, never who won."""
    assert cases(*CALL_LINES, title="徐州市首届年度网络正能量评选表彰通知") == []
    assert cases(*CALL_LINES, title="市委宣传部关于网络正能量作品的有关事项") == []


def test_a_header_whose_name_column_is_named_in_a_word_of_its_own_after_a_grouping_column():
    """New: | 所属片区 | 名次 | 省级政府 |: the first text column repeats a few values (华东, 华北)
    and groups the rows; the column whose every row differs names the cases."""
    found = cases("排名前五位的省级政府如下表。",
                  "| 所属片区 | 名次 | 省级政府 |",
                  "|---|---|---|",
                  "| 华东 | 1 | 浙江 |",
                  "| 华南 | 2 | 广东 |",
                  "| 华东 | 3 | 上海 |",
                  "| 西南 | 4 | 四川 |",
                  "| 华东 | 5 | 江苏 |",
                  title="2016年度省级政府透明度排名发布")
    assert [(c["name"], c["rank"]) for c in found] == [("浙江", 1), ("广东", 2), ("上海", 3), ("四川", 4), ("江苏", 5)]


def test_places_under_a_label_with_a_note_under_them_about_the_list():
    """New: 较大的市 over 厦门市、广州市… and (以上为报告中位居前列的较大的市…) under them: the note
    speaks of the list; the places written out are its cases."""
    found = cases("这是蓝皮书连续第八年给较大的市测评政府透明度。",
                  "较大的市",
                  "厦门市、广州市、成都市、合肥市、宁波市",
                  "（以上为报告中位居前列的较大的市，按报告行文顺序照录，本号不标名次。）",
                  title="法治蓝皮书：这些城市政府最“透明”")
    assert [c["name"] for c in found] == ["厦门市", "广州市", "成都市", "合肥市", "宁波市"]


def test_the_grades_a_notice_names_are_no_finding_of_failure():
    """New: 按分数划为优秀、良好、一般、不合格四个等次，地市一档里没有出现不合格 above （一）评为优秀的
    有5个： / 甲、乙…: the grades and a failure not found are no fault; the names are cases."""
    found = cases("这次考评覆盖21个地级以上市，按分数划为优秀、良好、一般、不合格四个等次，地市一档里没有出现不合格。",
                  "（一）地级以上市中评为优秀的有5个：",
                  "深圳、广州、珠海、佛山、东莞",
                  "（二）评为良好的有3个：",
                  "惠州、中山、江门",
                  title="省里通报2017年度政府网站考评 深圳获评优秀")
    assert [c["name"] for c in found] == ["深圳", "广州", "珠海", "佛山", "东莞", "惠州", "中山", "江门"]


def test_a_news_outlet_named_as_a_site_is_its_own_body():
    """New: 昆明信息港, 四川在线, 南宁新闻网 — news outlets, each its own body (a company is a
    body), never the place their name begins with; a government site keeps its place."""
    found = cases("2016年度全国地方新闻网站影响力排行榜发布，以下网站入选前十：",
                  "1. 昆明信息港",
                  "2. 四川在线",
                  "3. 南宁新闻网",
                  "4. 南宁政务信息网",
                  title="2016年度全国地方新闻网站影响力排行榜发布")
    assert [(c["name"], c["agency"], c["agency_kind"]) for c in found] == [
        ("昆明信息港", "昆明信息港", "body"), ("四川在线", "四川在线", "body"), ("南宁新闻网", "南宁新闻网", "body"),
        ("南宁政务信息网", "南宁", "region")]


def test_a_place_in_quotes_is_that_place():
    """New: “杭州市西湖区” on a ranking of districts: the quotes are the page's, the agency is the
    place (region), as it would be unquoted."""
    found = cases("2023年社会治理百强县（市、区）前十名中，浙江有三席，依次是“杭州市西湖区”、“杭州市萧山区”和“杭州市上城区”。",
                  title="2023社会治理百强县（市、区）发布")
    assert [(c["agency"], c["agency_kind"]) for c in found] == [("杭州市西湖区", "region"), ("杭州市萧山区", "region"),
                                                                 ("杭州市上城区", "region")]


def test_lines_of_names_apart_by_spaces_keep_the_label_over_the_first():
    """New: 【优秀单位·区政府】 over two lines of names apart by full-width spaces: every name's
    category is the label, never the line of names above it."""
    found = cases("名单照录如下，方括号里是档次和单位类别：",
                  "【优秀单位·区政府】",
                  "普陀区政府　金山区政府　徐汇区政府",
                  "杨浦区政府　闵行区政府　黄浦区政府",
                  title="2022年上海政务公开考核评估结果")
    assert [c["name"] for c in found] == ["普陀区政府", "金山区政府", "徐汇区政府", "杨浦区政府", "闵行区政府", "黄浦区政府"]
    assert {c["category"] for c in found} == {"优秀单位·区政府"}


def test_one_heading_over_the_pages_one_list_is_its_cases_category():
    """New: <h2>互动交流</h2>, a sentence, then the page's one table: the nearest heading above the
    cases is their printed category (the field convention), though no second heading sets them apart."""
    found = cases("2024年度政务公开优秀案例名单日前公布，以下为其中一类。",
                  "互动交流",
                  "这一类共评出两个案例，表中先列序号，再列案例名称和申报单位。",
                  "| 序号 | 案例名称 | 申报单位 |",
                  "|---|---|---|",
                  "| 1 | “12345”热线回应关切 | 苏州市人民政府办公室 |",
                  "| 2 | 政策问答智能客服 | 杭州市数据资源管理局 |",
                  title="2024年度政务公开优秀案例名单公布")
    assert [c["category"] for c in found] == ["互动交流", "互动交流"]


def test_board_lines_of_mentions_and_the_prose_after_them():
    """New: 【成都市政转发排行榜】榜首　@成都服务　被转发1766次 — the bracketed board is the category
    and 榜首 the rank, figures after the mention or not; prose after the boards naming “@甲”'s post
    is no case."""
    found = cases("各分榜第一整理如下（【】内为榜单名称）：",
                  "【区（市）县粉丝增长榜】冠军　@成都天府新区　本周增粉31个",
                  "【区（市）县转发排行榜】首位　@品质崇州　被转发2875次",
                  "【市政评论排行榜】桂冠　@成都发布",
                  "单篇榜方面，2月3日“@金牛发布”一条介绍招商活动的微博被转发98次，成为本周热门微博。",
                  "亮点推荐方面，“@锦绣青羊”对一场评选现场做了微直播。",
                  title="成都政务微博周排行")
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("成都天府新区", "区（市）县粉丝增长榜", 1), ("品质崇州", "区（市）县转发排行榜", 1), ("成都发布", "市政评论排行榜", 1)]


def test_what_a_ranking_measures_is_no_case():
    """New: 具体衡量城市的网络政务管理和舆情处置两块，包括信息公开、门户网站、政务微博微信的热度 —
    the measures of a ranking, listed after 包括, are not what it chose."""
    found = cases("威海市拿到了“网络履职绩效全国十佳”称号。所谓网络履职绩效，具体衡量城市的网络政务管理和舆情处置两块，"
                  "包括信息公开、门户网站、政务微博微信的热度，以及应对舆情的速度。",
                  title="城市网络形象报告发布：威海入选网络履职绩效全国十佳")
    assert "门户网站" not in [c["name"] for c in found]


def test_a_mention_ends_where_the_sentence_goes_on_about_it():
    """New: @浙江生态环境在这一榜单中… / @浙江生态环境共发博文12000条 — the mention ends before
    在这 / 共发: the name is the account's."""
    found = cases("2018年度人民日报·政务指数全国十大环保系统微博揭晓，冠军是@浙江生态环境。",
                  "@浙江生态环境在这一榜单中排名第一，全年@浙江生态环境共发博文12000条。",
                  title="全国十大环保系统微博揭晓")
    assert {c["name"] for c in found} == {"浙江生态环境"}
