"""Shapes met again in the hold-out sets during the eleventh session of 2026-12-01, each in lines
of our own wording (facts from public lists). Each test says what it guards; "new" ones failed on
the session's starting code (8b08839), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def brief(found):
    return [(c["name"], c["category"], c["agency"]) for c in found]


def test_labels_in_brackets_each_over_one_body_and_its_quoted_name():
    """New: 【十佳文化品牌】 / 单位：“名称” / 【优秀文化品牌】 / 单位：“名称” — each label is its line's
    category, never a case of its own."""
    found = cases("第四届全国检察机关文化品牌评选结果日前公布。",
                  "【十佳文化品牌】", "四川省泸州市检察院：“纳爱”",
                  "【优秀文化品牌】", "浙江省湖州市吴兴区检察院：“吾心家本”",
                  "本文资料来自公开报道。", title="检察文化品牌评选结果")
    assert brief(found) == [("“纳爱”", "十佳文化品牌", "四川省泸州市检察院"),
                            ("“吾心家本”", "优秀文化品牌", "浙江省湖州市吴兴区检察院")]


def test_two_quoted_names_apart_by_a_space_under_a_label():
    """New: 【全国十佳】 over “南京检察” “福州检察” (a space between, or 、): the label's two winners."""
    for line in ("“南京检察” “福州检察”", "“南京检察”、“福州检察”", "“南京检察”　“福州检察”"):
        found = cases("2015年度全国检察新媒体评选结果揭晓，微博、微信等五类各评十佳。", "【全国十佳】", line,
                      "前者为十佳检察微博，后者为十佳检察微信。", title="检察新媒体评选结果发布")
        assert brief(found) == [("“南京检察”", "全国十佳", "南京"), ("“福州检察”", "全国十佳", "福州")], line


def test_two_quoted_slogans_in_prose_stay_no_list():
    """Two quoted words on a line under no label are no pair of winners: “一网通办” “一网统管”."""
    found = cases("上海近年推进两张网建设，评选结果揭晓前举行了交流会。", "“一网通办” “一网统管”",
                  "两张网的建设经验在会上作了交流。", title="两张网建设交流会举行")
    assert found == []


def test_a_row_across_the_table_is_the_category_of_rows_whose_column_gives_their_kind():
    """New: | 城市 | 类型 | 全国名次 | with rows | 创新领先类（分数线79.91） | | | over them: the row printed
    across the table is their category (its score line dropped), not the 类型 column's 地级; a
    footnote's mark after a name (深圳市①) is no part of it."""
    found = cases("课题组按分数段把地级行政区划为创新领先、积极追赶等四类，评价结果如下。",
                  "| 城市 | 类型 | 全国名次 |", "|---|---|---|",
                  "| 创新领先类（分数线79.91） |  |  |",
                  "| 深圳市① | 副省级/省会 | 2 |", "| 成都市 | 副省级/省会 | — |", "| 阳江市② | 地级 | 1 |",
                  "| 积极追赶类 |  |  |",
                  "| 铜川市 | 地级 | 50 |",
                  "① 该市获A+等级评价。", "② 该市获A-等级评价。",
                  title="地方政府互联网服务能力评价（2019）结果")
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("深圳市", "创新领先类", 2), ("成都市", "创新领先类", None), ("阳江市", "创新领先类", 1), ("铜川市", "积极追赶类", 50)]


def test_a_prize_column_stays_each_rows_category_under_a_row_across_the_table():
    """A 奖项 column of prizes (一等奖) is the row's own category even under a row across the table."""
    found = cases("第三届政务新媒体评选获奖名单如下。",
                  "| 奖项 | 账号名称 | 主办单位 |", "|---|---|---|",
                  "| 省直部门 |  |  |",
                  "| 一等奖 | “浙江公安” | 浙江省公安厅 |", "| 二等奖 | “浙江卫生健康” | 浙江省卫生健康委员会 |",
                  "| 二等奖 | “浙江交通” | 浙江省交通运输厅 |",
                  title="第三届政务新媒体评选获奖名单公布")
    assert [c["category"] for c in found] == ["一等奖", "二等奖", "二等奖"]


def test_circled_numbers_leading_items_are_markers_not_footnotes():
    """①甲 ②乙 on one line: the numbers lead the names (the footnote rule takes only a mark after one)."""
    found = cases("本届评选的三个最佳案例（编号不代表名次）：",
                  "①“浙里办” ②“粤省事” ③“随申办”", title="最佳案例名单公布")
    assert [c["name"] for c in found] == ["“浙里办”", "“粤省事”", "“随申办”"]


OLD_PORTAL = """<html><head><meta charset="utf-8"><title>2003年度政府网站测评排名公布 - 某某信息港</title></head>
<body><table width="760"><tr><td height="60"><b>某某信息港</b> 信息化建设服务网站</td></tr></table>
<table width="760"><tr>
<td width="170" valign="top"><table><tr><td><b>栏目导航</b></td></tr><tr><td>· <a href="/a/">国内动态</a></td></tr>
<tr><td>· <a href="/b/">政府网站</a></td></tr></table></td>
<td width="590" valign="top">
<table><tr><td>当前位置：<a href="/">首页</a> &gt;&gt; 政府网站</td></tr>
<tr><td align="center"><b>2003年度政府网站测评排名公布</b></td></tr>
<tr><td>发布时间：2004-3-18　来源：综合</td></tr>
<tr><td>&nbsp;&nbsp;信息化工作主管部门日前公布了2003年度政府网站测评的结果，这是各类网站第一次有了名次。<br>
&nbsp;&nbsp;测评由第三方机构承担，对部委、省级和地市级三类网站分别打分，本站摘录各类前五位如下。</td></tr></table>
<table border="1"><tr><td><b>部委网站</b></td></tr>
<tr><td>第一名：商务部<br>第二名：审计署<br>第三名：国家林业局<br>第四名：卫生部<br>第五名：国家税务总局</td></tr></table>
<br>
<table><tr><td colspan="2"><b>省级政府网站</b></td></tr>
<tr><td>1　北京</td><td>省级门户</td></tr><tr><td>2　上海</td><td>省级门户</td></tr>
<tr><td>3　广东</td><td>省级门户</td></tr><tr><td>4　浙江</td><td>省级门户</td></tr><tr><td>5　福建</td><td>省级门户</td></tr></table>
<table><tr><td>（编者注：排名以主办方公布为准。）</td></tr>
<tr><td align="right">【大 中 小】 【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td><b>相关新闻</b><ul><li><a href="/n/1.htm">全省政府网站普查工作启动</a> 03-02</li>
<li><a href="/n/2.htm">政府网站建设经验交流会召开</a> 02-11</li></ul></td></tr>
<tr><td>网友 老张：我们市的网站什么时候能上榜？2004-03-19 10:20</td></tr></table>
</td></tr></table></body></html>"""


def test_an_old_portal_keeps_its_boxed_ranked_lines_and_reads_its_tables():
    """New: a portal laid out in tables — the lead in one cell, a bordered box of 第N名 lines split by
    <br>, then a table of | N　名称 | 标签 | under a merged label row: every line of the article cell
    stays in the body (the cell is one box however many table levels print it), the box's lines are
    ranked cases, and the table's places are ranked by its own count under a title that says 排名,
    with the merged row as their category. The dated related-news links stay out."""
    from crawler.sites import parse_page

    page = parse_page("http://www.example.gov.cn/egov/0403.htm", OLD_PORTAL.encode("utf-8"))
    text = page.article["text"]
    assert "第一名：商务部" in text and "第五名：国家税务总局" in text
    assert "全省政府网站普查工作启动" not in text
    got = [(c["name"], c["category"], c["rank"]) for c in page.cases]
    assert got[:5] == [("商务部", "部委网站", 1), ("审计署", "部委网站", 2), ("国家林业局", "部委网站", 3),
                       ("卫生部", "部委网站", 4), ("国家税务总局", "部委网站", 5)]
    assert got[5:] == [("北京", "省级政府网站", 1), ("上海", "省级政府网站", 2), ("广东", "省级政府网站", 3),
                       ("浙江", "省级政府网站", 4), ("福建", "省级政府网站", 5)]


def test_a_table_of_one_tag_beside_places_names_the_places():
    """New: | 1 | 北京 | 省级门户 | — a column repeating one tag is no name beside places that never repeat."""
    found = cases("2003年度测评按综合得分排出省级网站前五位。",
                  "| 1 | 北京 | 省级门户 |", "| 2 | 上海 | 省级门户 |", "| 3 | 广东 | 省级门户 |",
                  "| 4 | 浙江 | 省级门户 |", "| 5 | 福建 | 省级门户 |", title="政府网站测评排名公布")
    assert [(c["name"], c["rank"]) for c in found] == [("北京", 1), ("上海", 2), ("广东", 3), ("浙江", 4), ("福建", 5)]


def test_buttons_and_dated_headlines_are_never_put_back_into_a_body():
    """New: lines trafilatura dropped are put back when they look like list lines; a row of buttons in
    brackets (【打印】【关闭】) and a headline with its date (related news) are furniture, not lists."""
    from crawler.parsers.generic import _restorable

    assert _restorable("第一名：商务部", "div") and _restorable("【一等奖】", "div")
    assert not _restorable("【打印】【关闭】", "div")
    assert not _restorable("【大 中 小】 【打印本页】 【关闭窗口】", "div")
    assert not _restorable("- 县区政务微博如何做好日常回应 04-07", "li")


CARDS = """<html><head><meta charset="utf-8"><title>智慧医院评级新增名单公布 - 健康频道手机版</title></head><body>
<article><h1>智慧医院评级新增名单公布</h1><p class="meta"><span>健康频道</span><span>2024-06-12 09:18</span></p>
<p>主管部门日前公示了本年度电子病历系统应用水平分级评价新增高级别医疗机构名单，下方卡片按公示顺序列出，不代表名次。</p>
<ul class="cards">
<li class="card"><img src="/a.jpg" alt=""><span class="chip">七级</span><span class="loc">北京</span><h3>北京大学第三医院</h3></li>
<li class="card"><img src="/b.jpg" alt=""><span class="chip">六级</span><span class="loc">上海</span><h3>复旦大学附属中山医院</h3></li>
<li class="card"><img src="/c.jpg" alt=""><span class="chip">六级</span><span class="loc">浙江</span><h3>浙江大学医学院附属第一医院</h3></li>
<li class="card"><img src="/d.jpg" alt=""><span class="chip">五级</span><h3>山东大学齐鲁医院</h3></li>
<li class="card"><img src="/e.jpg" alt=""><span class="chip">五级</span><h3>四川大学华西医院</h3></li>
</ul><p>其余医疗机构请查阅公示原文。</p></article></body></html>"""


def test_cards_of_chips_and_titles_give_the_chip_as_category_and_the_place_as_region():
    """New: a mobile page's cards — <span class=chip>六级</span><span class=loc>上海</span><h3>名称</h3> —
    written by trafilatura as one line each: the chips are apart (not 六级上海), the grade chip that
    repeats down the list is the category, the place chip the case's province (复旦大学附属中山医院 is
    in 上海, not in 中山), and each card is one case, with no line of chips put back after the list."""
    from crawler.sites import parse_page

    page = parse_page("https://m.example.com/news/0612.html", CARDS.encode("utf-8"))
    assert "六级 上海" in page.article["text"] and "六级上海" not in page.article["text"]
    got = [(c["name"], c["category"], c["province"]) for c in page.cases]
    assert got == [("北京大学第三医院", "七级", "北京市"), ("复旦大学附属中山医院", "六级", "上海市"),
                   ("浙江大学医学院附属第一医院", "六级", "浙江省"), ("山东大学齐鲁医院", "五级", "山东省"),
                   ("四川大学华西医院", "五级", "四川省")]


def test_names_that_share_a_first_word_keep_it():
    """Items that only begin alike (智慧 城市…) are not led by tags: a first word must repeat as tags do
    (at most two values for three items) and must not itself be a body or a place."""
    found = cases("本年度入选的优秀案例名单如下：", "- 浙江 杭州城市大脑", "- 浙江 宁波智慧交通", "- 江苏 苏州一网通办",
                  "- 江苏 南京政务服务", title="优秀案例名单公布")
    assert all(c["name"].split()[0] in ("浙江", "江苏") for c in found)


def test_a_table_the_page_says_is_no_selection_gives_nothing():
    """New: | 医院名称 | 等级 | 所在区 | under 下表只是就医参考，不是任何评选或排名: the page says itself that
    it lists no recognition (a note that numbers are no ranks — 序号不是排名 — does not)."""
    rows = ["| 医院名称 | 等级 | 所在区 |", "|---|---|---|", "| 北京协和医院 | 三级甲等 | 东城区 |",
            "| 北京大学第一医院 | 三级甲等 | 西城区 |", "| 中日友好医院 | 三级甲等 | 朝阳区 |"]
    assert cases("下表只是按医院等级整理的就医参考，不是任何评选或排名，顺序随意。", *rows,
                 title="北京部分三级甲等医院一览") == []
    found = cases("2023年度智慧医院建设示范单位名单如下（序号不是排名）：", "| 序号 | 医院名称 |", "|---|---|",
                  "| 1 | 北京协和医院 |", "| 2 | 北京大学第一医院 |", "| 3 | 中日友好医院 |",
                  title="智慧医院建设示范单位名单公布")
    assert [c["name"] for c in found] == ["北京协和医院", "北京大学第一医院", "中日友好医院"]


def test_a_table_of_the_units_that_speak_at_an_event_gives_nothing():
    """New: | 序号 | 发言单位 | — who speaks (or hosts, or is visited) at an event is not what a list chose."""
    found = cases("下列为活动环节及发言、观摩单位，具体时间以现场通知为准。", "一、实地观摩", "1. 湖南第一师范学院",
                  "2. 国家超级计算长沙中心", "二、交流研讨（发言单位，排名不分先后）",
                  "发言围绕教师人工智能素养提升展开。", "| 序号 | 发言单位 |", "|---|---|",
                  "| 1 | 上海交通大学 |", "| 2 | 哈尔滨工业大学 |", "| 3 | 浙江师范大学 |", "| 4 | 北京市大兴区 |",
                  title="人工智能助推教师队伍建设交流活动日程")
    assert found == []


def test_a_label_over_one_line_of_cities_and_a_zone():
    """New: 一、…任务城市 over 洛阳市、鹤壁市…、郑州航空港经济综合实验区 (a zone among places written in full)
    under a title about the list: every name is a case, the label their category. An addressee line of
    a notice (北京市、天津市…、甘肃省民政厅（局）：) stays none."""
    found = cases("洛阳市、鹤壁市、焦作市等7地，拿到了全省第一批数据标注基地的任务书。",
                  "一、首批省级数据标注基地建设（先行先试）任务城市",
                  "洛阳市、鹤壁市、焦作市、南阳市、商丘市、信阳市、郑州航空港经济综合实验区", "（排名不分先后）",
                  "二、名单是怎么定出来的", "这项工作由省发展改革委牵头组织。",
                  title="7地入选！河南首批省级数据标注基地先行先试名单来了")
    assert [c["name"] for c in found] == ["洛阳市", "鹤壁市", "焦作市", "南阳市", "商丘市", "信阳市", "郑州航空港经济综合实验区"]
    assert {c["category"] for c in found} == {"首批省级数据标注基地建设（先行先试）任务城市"}
    found = cases("关于开展2023年度社区工作者职业体系建设的通知", "一、发文范围",
                  "北京市、天津市、上海市、重庆市、河北省、山西省、甘肃省民政厅（局）：",
                  "现将有关事项通知如下。", title="民政部办公厅关于开展社区工作者职业体系建设的通知")
    assert found == []


def test_a_sentence_saying_the_rows_lead_the_country_over_a_table_without_header():
    """New: 下列五个省份的总指数领先全国： over | 广东 | 总指数进入全国前五 | 2017年度 |: leading the
    country is a recognition the sentence hands over."""
    found = cases("研究院在峰会上发布《中国“互联网+”指数报告（2018）》，并同步推出六个榜单。",
                  "在省级层面，下列五个省份的总指数领先全国（报道未给出五省之间的先后）：",
                  *[f"| {p} | 总指数进入全国前五 | 2017年度 |" for p in ("广东", "江苏", "浙江", "北京", "山东")],
                  "报告估算，2017年全国数字经济体量为26.70万亿元。", title="互联网+指数报告发布 五省总指数领先")
    assert [c["name"] for c in found] == ["广东", "江苏", "浙江", "北京", "山东"]


def test_a_header_whose_word_holds_danwei_by_accident_and_names_entered_in_plain_words():
    """New: | 区域 | 省份 | 榜单位置 | — 榜单位置 is 榜单 + 位置, no 单位 (body) column; the rows are places
    the line above says 进了前十 (plain words for 进入)."""
    found = cases("省级榜单进了前十的有“广东”“北京”“上海”，剩下四个我按区域列在下面：",
                  "| 区域 | 省份 | 榜单位置 |", "|---|---|---|", "| 东部 | 浙江 | 前十 |", "| 东部 | 江苏 | 前十 |",
                  "| 西部 | 四川 | 前十 |", "| 中部 | 湖北 | 前十 |", title="那个数字经济指数哪些省排在前面？")
    assert [c["name"] for c in found] == ["“广东”", "“北京”", "“上海”", "浙江", "江苏", "四川", "湖北"]
    assert [c["agency"] for c in found[3:]] == ["浙江", "江苏", "四川", "湖北"]


def test_places_a_decision_chose_named_as_its_object():
    """New: 水利部已把广东、浙江、山东…和广西确定为第一批省级水网先导区 — the places are the object of the
    decision that chose them (as 对A、B、C予以表扬 names whom it praises); 把 without such a verb is none."""
    found = cases("去年8月水利部已把广东、浙江、山东、江西、湖北、辽宁和广西确定为第一批省级水网先导区。",
                  "一年多来，这7个省区在数字孪生水网等方面各有亮点。", title="第二批省级水网先导区确定")
    assert [c["name"] for c in found] == ["广东", "浙江", "山东", "江西", "湖北", "辽宁", "广西"]
    assert cases("会议要求把水网规划、重大工程、数字孪生和体制机制作为下一步工作的重点。",
                 title="水网建设推进会召开") == []


FRAMES = """<html><head><meta charset="utf-8"><title>数字城市建设步入推广阶段 四城市率先通过国家验收 -- 某测绘信息网</title></head>
<frameset rows="70,*"><frame src="top.htm" name="topFrame"><frame src="#" name="mainFrame">
<noframes><body><table width="100%"><tr><td><a href="/">网站首页</a>&nbsp;<a href="/szcs/">数字城市</a></td></tr></table>
<table width="90%"><tr><td align="center"><b>数字城市建设步入推广阶段　四城市率先通过国家验收</b></td></tr>
<tr><td align="center">2010年10月26日　稿源：测绘新闻网</td></tr>
<tr><td>&nbsp;&nbsp;国家测绘局从2006年起启动数字城市地理空间框架建设试点，2009年转入推广，目标是到2015年基本完成全国地级以上城市的框架建设。<br>
&nbsp;&nbsp;截至目前，全国已有112个城市（区）开展了数字城市建设，近30个城市基本完成建设任务。在全国范围内，率先通过国家测绘局组织的验收的，是山西省太原市、湖北省潜江市、浙江省嘉兴市和黑龙江省齐齐哈尔市。<br>
&nbsp;&nbsp;业内人士认为，地理空间框架是城市信息化的基础平台，这几座城市的经验将在推广阶段供其他城市借鉴。</td></tr>
</table></body></noframes></frameset></html>"""


def test_a_frameset_page_is_read_from_its_noframes_body():
    """New: a frames-era page whose article is only in <noframes> (lxml keeps it as raw text): the body
    is that article, its paragraphs split at <br>, and the cities named as the first to pass the
    acceptance of a pilot (率先通过…验收的，是甲、乙、丙和丁) are its cases."""
    from crawler.sites import parse_page

    page = parse_page("http://www.example.com.cn/szcs/1026.htm", FRAMES.encode("utf-8"))
    assert page.kind == "article" and page.article["title"] == "数字城市建设步入推广阶段 四城市率先通过国家验收"
    assert [c["name"] for c in page.cases] == ["山西省太原市", "湖北省潜江市", "浙江省嘉兴市", "黑龙江省齐齐哈尔市"]


def test_headings_that_name_a_winner_then_its_honour():
    """New: 保定市：国家区域数据基础设施第二批先行先试试点城市 over its story, twice — each heading names its
    winner before the colon (the case) and the honour after it; a topic heading after them is none."""
    found = cases("把几份和数据相关的地方荣誉理了一下，放在一起方便查。",
                  "保定市：国家区域数据基础设施第二批先行先试试点城市",
                  "2025年8月，国家数据局在一场交流活动上宣布保定入选第二批先行先试试点城市，河北只有这一个。",
                  "深圳市深汕特别合作区：广东省数字乡村建设试点",
                  "广东省2024年11月印发的试点方案里，区域综合型试点地区一类排在最前面的就是这个合作区。",
                  "几份指数报告里的名字",
                  "这些报告没有把城市排出先后，我也就照原样记，不一一列出。",
                  title="数据圈的几份地方名片")
    assert [c["name"] for c in found] == ["保定市", "深圳市深汕特别合作区"]


def test_a_sentence_that_gives_each_place_its_rank_without_the_word_ming():
    """New: 阳江在333个地级行政区里排第1，深圳第2，江门第5，广州第6，湛江第11。 — where it is ranked may
    stand between the first name and its place, 名 may be left out, and the sentence is a ranking
    itself even when no other line of the page speaks of a list."""
    found = cases("昨天研究中心在北京发了2019年的政府互联网服务能力蓝皮书，广东拿了5个。",
                  "按总分看，阳江在333个地级行政区里排第1，深圳第2，江门第5，广州第6，湛江第11。",
                  title="广东五城进“创新领先”")
    assert [(c["name"], c["rank"]) for c in found] == [("阳江", 1), ("深圳", 2), ("江门", 5), ("广州", 6), ("湛江", 11)]
    assert cases("这套指标分三层：第1层看供给，第2层看响应，第3层看智慧。", title="指标体系说明") == []


def test_places_with_a_perfect_pass_rate_are_praised_and_the_next_sentences_fault_is_anothers():
    """New: 长沙市、衡阳市…湘西自治州的政务新媒体检查合格率为100%。与此同时，衡南县…仍未整改。 — a pass
    rate of 100% praises the places named before it; the fault in the next sentence is another's, and
    a count of faults above (5家存在突出问题) names none."""
    found = cases("全省政务新媒体接受了普查，5家存在突出问题，总体合格率99.79%。"
                  "长沙市、衡阳市、株洲市、邵阳市、湘西自治州的政务新媒体检查合格率为100%。"
                  "与此同时，衡南县党政门户网站链接了不安全内容，至检查时仍未整改。",
                  title="关于2023年第三季度全省政府网站与政务新媒体检查情况的通报")
    assert [c["name"] for c in found] == ["长沙市", "衡阳市", "株洲市", "邵阳市", "湘西自治州"]
    found = cases("全省政务新媒体接受了普查。长沙市、衡阳市、株洲市的政务新媒体检查存在突出问题，限期整改。",
                  title="关于2023年第三季度全省政府网站与政务新媒体检查情况的通报")
    assert found == []


def test_a_sentence_counting_exactly_the_names_it_hands_over():
    """New: 以下5个城市营商环境便利度高，市场主体获得感强： over exactly five names on one line — the
    count says every one of them is the list's; a count that does not match proves nothing."""
    lead = "国家发展改革委发布了2020年中国营商环境评价的结果，上海市排在便利度高的城市名单最前面。"
    names = "上海市、深圳市、广州市、北京市、杭州市"
    found = cases(lead, "以下5个城市营商环境便利度高，市场主体获得感强：", names, title="营商环境评价结果发布")
    assert [c["name"] for c in found] == names.split("、")
    assert cases("会议通报了工作进展。", "以下8个城市参加了座谈，交流了经验：", names, title="座谈会召开") == []


def test_province_headings_each_over_one_line_of_counties_and_single_names_between():
    """New: 北京市（2个） / 海淀区、密云县 / 上海市（1个） / 松江区 / 湖南（3个） / 南县、平江县、攸县 — the
    sections after a single-name one are the same list's (a sibling section), and a province label
    places the counties under it (南县 is Hunan's)."""
    found = cases("民政部批复了第二批全国农村社区建设实验县（市、区），批复按省份列出了入选地区，具体如下：",
                  "北京市（2个）", "海淀区、朝阳区", "天津市（2个）", "东丽区、西青区",
                  "上海市（1个）", "松江区", "湖北（1个）", "秭归县",
                  "湖南（3个）", "南县、平江县、攸县", "广东（3个）", "梅县、博罗县、德庆县",
                  "批复要求各地加强督促和指导。", title="民政部批复第二批全国农村社区建设实验县（市、区）")
    got = {c["name"]: (c["category"], c["province"]) for c in found}
    assert list(got) == ["海淀区", "朝阳区", "东丽区", "西青区", "松江区", "秭归县", "南县", "平江县", "攸县",
                         "梅县", "博罗县", "德庆县"]
    assert got["南县"] == ("湖南", "湖南省") and got["梅县"] == ("广东", "广东省")


def test_cities_listed_into_a_pilot_with_citation_marks():
    """New: 列入试点计划的城市有：太原[1]、广州[1]、徐州[1]… — what was listed into a pilot, an
    encyclopedia's citation marks after each name dropped."""
    found = cases("智慧城市时空信息云平台是国家测绘地理信息局推动的一项试点工作[1]。", "首批试点城市",
                  "截至2013年8月，列入试点计划的城市有：太原[1]、广州[1]、徐州[1]、临沂[1]、郑州[2]。当时这些城市已完成项目设计书。",
                  title="智慧城市时空信息云平台")
    assert [(c["name"], c["category"]) for c in found] == [
        ("太原", "首批试点城市"), ("广州", "首批试点城市"), ("徐州", "首批试点城市"), ("临沂", "首批试点城市"), ("郑州", "首批试点城市")]


def test_a_batch_heading_over_places_one_a_line_beside_a_meeting_with_speakers():
    """New: 第一批试点省市 over 福建省 / 江苏省 / 福州 / 厦门 / 南京: a batch's heading is a label (not a
    name), and places are never people, whoever spoke at the meeting that chose them."""
    found = cases("委主任出席并讲话，两个试点省的负责同志在会上发言。", "会议确定了第一批试点省市。",
                  "第一批试点省市", "福建省", "江苏省", "福州", "厦门", "南京",
                  "此后又先后确定了五个区域中心的试点省份。", title="健康医疗大数据中心国家试点，这些省市在列")
    assert [(c["name"], c["category"]) for c in found] == [
        ("福建省", "第一批试点省市"), ("江苏省", "第一批试点省市"), ("福州", "第一批试点省市"), ("厦门", "第一批试点省市"),
        ("南京", "第一批试点省市")]


def test_the_lines_of_a_pre_block_stay_lines_in_the_page_text():
    """New: a forum post's <pre> of 【先行批复】 / 山东省 / 湖南省 / 【2012年新批复】 / …: read line by line
    from the page (the lines the body falls back to), each label over its provinces."""
    import lxml.html
    from crawler.parsers.html import block_lines

    root = lxml.html.fromstring("<div><p>试点省份一共5个，整理如下：</p><pre>【先行批复】\n山东省\n湖南省\n\n"
                                "【2012年新批复】\n安徽省\n河南省\n湖北省\n</pre><p>文件要求试点省加强组织领导。</p></div>")
    lines = block_lines(root)
    assert lines == ["试点省份一共5个，整理如下：", "【先行批复】", "山东省", "湖南省", "【2012年新批复】", "安徽省", "河南省",
                     "湖北省", "文件要求试点省加强组织领导。"]
    found = cases(*lines[:-1], title="国家农村信息化示范省建设试点名单")
    assert [(c["name"], c["category"]) for c in found] == [("山东省", "先行批复"), ("湖南省", "先行批复"),
                                                           ("安徽省", "2012年新批复"), ("河南省", "2012年新批复"),
                                                           ("湖北省", "2012年新批复")]


def test_typical_problems_a_notice_names_are_no_cases():
    """New: 通报了3起形式主义典型问题 over 1. 曲靖市、会泽县督查检查考核缺乏统筹。… — 典型 here names faults."""
    found = cases("5月7日，省整治形式主义为基层减负专项工作机制办公室通报了3起形式主义典型问题。",
                  "1. 曲靖市、会泽县督查检查考核缺乏统筹。2023年，会泽县接受的督检考九成来自市县两级。",
                  "2. 玉溪市澄江市固定资产投资目标层层加码。",
                  "3. 大理州剑川县向乡镇下放行政职权过多过急。", title="云南通报3起形式主义典型问题")
    assert found == []


def test_a_label_with_how_many_it_holds_and_how_many_the_page_lists():
    """New: 浙江省善治村（12个，列出3个）：③… ④… — the note of how many the page gives is no part of the
    label, so each line's label is its items' category and the lines differ."""
    found = cases("省乡村振兴领导小组办公室公布了2021年度善治示范村和善治村名单，瓯海区共有14个村上榜。",
                  "文中圆圈序号只是为了方便阅读而加的标注，并不代表名次。",
                  "浙江省善治示范村：①仙岩街道社帆村 ②郭溪街道贾福村",
                  "浙江省善治村（12个，列出3个）：③三垟街道樟岙村 ④茶山街道茶山村 ⑤茶山街道舜岙村",
                  title="瓯海14个村上榜2021年度浙江省善治示范村、善治村名单")
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("仙岩街道社帆村", "浙江省善治示范村", None), ("郭溪街道贾福村", "浙江省善治示范村", None),
        ("三垟街道樟岙村", "浙江省善治村", None), ("茶山街道茶山村", "浙江省善治村", None), ("茶山街道舜岙村", "浙江省善治村", None)]


def test_one_line_of_names_for_each_years_batch():
    """New: 2019年：天津、深圳、杭州… / 2020年新增：①重庆 ②成都… under an answer about a list of pilot
    zones: a year (or a year's additions) labels one batch of the list, each name a case."""
    found = cases("截止到2020年3月那次复函，一共是9个试验区。我按批次整理成下面这样：",
                  "2019年：天津、深圳、杭州、合肥、浙江省德清县", "2020年新增：①重庆 ②成都 ③西安 ④济南",
                  "上面圈码是我自己为了好数加的，不代表先后名次。",
                  title="国家新一代人工智能创新发展试验区现在一共有几个？")
    assert [(c["name"], c["category"]) for c in found] == [
        ("天津", "2019年"), ("深圳", "2019年"), ("杭州", "2019年"), ("合肥", "2019年"), ("浙江省德清县", "2019年"),
        ("重庆", "2020年新增"), ("成都", "2020年新增"), ("西安", "2020年新增"), ("济南", "2020年新增")]


def test_names_end_at_a_semicolon_before_a_clause_that_goes_on_talking():
    """New: 入围的还有金門縣、台南市及桃園市；可惜金門縣這回未能晉級七強 — the clause after ； (可惜…) is no
    name: the list ends at the ；, its last two joined by 及."""
    found = cases("回顧去年公布的Smart21名單，臺灣共有四地入圍，除嘉義市外，入圍的還有金門縣、台南市及桃園市；可惜金門縣這回未能晉級七強。",
                  title="ICF公布2018全球七大智慧城市")
    assert [c["name"] for c in found] == ["金門縣", "台南市", "桃園市"]


def test_names_praised_before_an_enumeration_on_the_same_line():
    """New: 甲、乙、丙、丁排在我市名单的前面；同样进入复核名单的还有戊、己和庚。 — the names before the
    enumeration, which the sentence places at the list's head, are the same list's."""
    found = cases("两部联合印发复核名单的公示，十堰有7个村（社区）在列。",
                  "从县市区分布看，丹江口市浪河镇小店子村、茅箭区茅塔乡廖家村、竹山县宝丰镇喻家塔村、房县白鹤镇长龙堰村排在我市名单的前面；"
                  "同样进入复核名单的还有竹溪县中峰镇青草坪村、张湾区红卫街道周家沟社区和郧阳区柳陂镇卧龙岗村。",
                  title="我市7个村（社区）进入全国民主法治示范村（社区）复核名单")
    assert [c["name"] for c in found] == ["丹江口市浪河镇小店子村", "茅箭区茅塔乡廖家村", "竹山县宝丰镇喻家塔村", "房县白鹤镇长龙堰村",
                                          "竹溪县中峰镇青草坪村", "张湾区红卫街道周家沟社区", "郧阳区柳陂镇卧龙岗村"]


def test_places_an_index_puts_ahead_in_running_sentences():
    """New: 北京、上海处于领跑位置；浙江、广东、山东依次位列前三；深圳、杭州、青岛、济南等城市的得分同样比较
    靠前 — each clause praises the places before its predicate (two of them too)."""
    found = cases("清华大学数据治理研究中心发布了《2021中国数字政府发展大中城市指数报告》。",
                  "按照报告的结果，在四个直辖市里，北京、上海处于领跑位置；省域层面，浙江、广东、山东依次位列前三；"
                  "在城市层面，深圳、杭州、青岛、济南等城市的得分同样比较靠前。",
                  title="新型智慧城市峰会举行 数字政府指数榜单发布")
    assert [c["name"] for c in found] == ["北京", "上海", "浙江", "广东", "山东", "深圳", "杭州", "青岛", "济南"]


def test_a_table_of_places_each_beside_its_province():
    """New: | 合肥 | 安徽省 | 沈阳 | 辽宁省 | … — each place beside its province, pairs across the row: the
    places are the cases (placed by the province beside them), the provinces never."""
    found = cases("合肥、沈阳等6个城市（区）被确定为国家城市安全风险综合监测预警工作体系建设试点。",
                  "试点城市（区）及所在省份见下表（表内顺序依通知，不分先后）：",
                  "| 合肥 | 安徽省 | 沈阳 | 辽宁省 |", "| 东营 | 山东省 | 洛阳 | 河南省 |", "| 北京通州 | 北京市 | 上海黄浦 | 上海市 |",
                  title="6个城市（区）开展城市安全风险综合监测预警工作体系建设试点")
    assert [(c["name"], c["province"]) for c in found] == [
        ("合肥", "安徽省"), ("沈阳", "辽宁省"), ("东营", "山东省"), ("洛阳", "河南省"), ("北京通州", "北京市"), ("上海黄浦", "上海市")]


def test_those_granted_a_title_counted_then_named():
    """New: 获授的12个城市是北京、天津…和银川 — those granted a title (获授, 被命名), counted in digits before
    the names."""
    found = cases("交通运输部宣布，北京、广州、深圳等6个城市获授“国家公交都市建设示范城市”称号。",
                  "据介绍，这是该称号授予的第二批城市。获授的6个城市是北京、天津、大连、广州、深圳和银川。",
                  title="北京广州深圳等6城获授“国家公交都市建设示范城市”")
    assert [c["name"] for c in found] == ["北京", "天津", "大连", "广州", "深圳", "银川"]


def test_region_labels_each_over_places_apart_by_spaces_one_place_too():
    """New: 【东北地区】 / 大连　沈阳 / 【长三角】 / 上海　苏州-无锡-南通 / 【环渤海】 / 青岛 — places joined by
    hyphens are one name (a combined hub), and one place alone under its label is the list's too."""
    found = cases("交通运输部、财政部对2024年国家综合货运枢纽补链强链支持城市进行公示，编辑部按地区整理如下：",
                  "【东北地区】", "大连　沈阳", "【长三角】", "上海　苏州-无锡-南通", "【环渤海】", "青岛", "【海南自贸港】", "海口　三亚",
                  "据介绍，两部门自2022年起集中支持30个左右城市。", title="12个城市入选2024年国家综合货运枢纽补链强链支持范围")
    assert [(c["name"], c["category"]) for c in found] == [
        ("大连", "东北地区"), ("沈阳", "东北地区"), ("上海", "长三角"), ("苏州-无锡-南通", "长三角"), ("青岛", "环渤海"),
        ("海口", "海南自贸港"), ("三亚", "海南自贸港")]


def test_a_batch_heading_over_a_dating_sentence_and_two_bodies():
    """New: 第二批实验校 / 2016年12月公布。 / - 甲学院 / - 乙学院 under a title about those chosen: the
    batch's two bodies are cases (two items need such evidence)."""
    found = cases("实验校由教育部职业教育与成人教育司主办，计划分批遴选。", "第二批实验校", "2016年12月公布。",
                  "- 重庆建筑工程职业学院", "- 襄阳职业技术学院", "资料整理：编辑组。",
                  title="职业院校数字校园建设实验校（入选院校摘录）")
    assert [(c["name"], c["category"]) for c in found] == [("重庆建筑工程职业学院", "第二批实验校"), ("襄阳职业技术学院", "第二批实验校")]


def test_a_community_in_quotes_and_a_village_community_are_their_own_agency():
    """New: “福州市鼓楼区温泉街道河东社区” (a community in quotes) and 重庆市九龙坡区民主村社区 (a village's
    community): each is a place written out to its community, its own agency as printed."""
    found = cases("2021年度全国综合减灾示范社区名单公布，我市以下社区入选：",
                  "1. “福州市鼓楼区温泉街道河东社区”", "2. “福州市福清市龙江街道天宝社区”", "3. 重庆市九龙坡区民主村社区",
                  title="2021年度全国综合减灾示范社区名单公布")
    assert [(c["agency"], c["agency_kind"]) for c in found] == [
        ("福州市鼓楼区温泉街道河东社区", "region"), ("福州市福清市龙江街道天宝社区", "region"), ("重庆市九龙坡区民主村社区", "region")]
