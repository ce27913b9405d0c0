"""Shapes met in the hold-out sets during the seventeenth session of 2026-12-01, each in lines of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (405aa3f), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-07-20T09:00:00+08:00")["cases"]


def test_names_a_verb_of_choosing_counts_after_them():
    """New: 拟向…推荐甲、乙…和丙这6家产业集群: the sentence chose the names and counts them after
    the last; the count and its noun are not part of the last name."""
    found = cases("经专家评审，省工业和信息化厅拟向工业和信息化部推荐淇滨区人工智能、中牟县新能源专用车整车及零部件制造、"
                  "项城市医药、方城县超硬及硬质合金新材料、淮阳区塑料制品和平桥区绿色家居这6家产业集群，参加国家级认定。",
                  "公示时间为2023年7月19日至7月23日。",
                  title="关于2023年度中小企业特色产业集群拟推荐名单的公示")
    assert [c["name"] for c in found] == ["淇滨区人工智能", "中牟县新能源专用车整车及零部件制造", "项城市医药",
                                          "方城县超硬及硬质合金新材料", "淮阳区塑料制品", "平桥区绿色家居"]


def test_a_label_of_recognition_over_a_line_of_things_named_after_their_places():
    """New: 一、拟认定为省级…的集群 over one line of clusters each named after its county (盘州市 and
    水城区 are post-2016 names the gazetteer now holds): a label that says they were recognised; the
    second section's two bullets follow it."""
    found = cases("拟将以下集群认定为2023年度省级中小企业特色产业集群，名单如下。",
                  "一、拟认定为省级并推荐申报国家级的集群",
                  "盘州市复杂煤层煤机装备制造产业集群、玉屏县锰系新型功能材料产业集群、水城区电解铝梯次就地转化及铝制家居制品产业集群、习水县白酒配套产业集群",
                  "二、拟认定为省级的集群",
                  "- 贵安先进装备制造产业集群",
                  "- 湄潭县干净茶加工产业集群",
                  "以上排列不代表名次。",
                  title="2023年度中小企业特色产业集群拟认定名单的公示")
    assert [(c["name"], c["province"]) for c in found] == [
        ("盘州市复杂煤层煤机装备制造产业集群", "贵州省"), ("玉屏县锰系新型功能材料产业集群", "贵州省"),
        ("水城区电解铝梯次就地转化及铝制家居制品产业集群", "贵州省"), ("习水县白酒配套产业集群", "贵州省"),
        ("贵安先进装备制造产业集群", "贵州省"), ("湄潭县干净茶加工产业集群", "贵州省")]


def test_a_field_line_under_each_name_says_where_it_is_or_who_runs_it():
    """New: - ⑴甲 / - 所在设区市：南昌市 / - ⑵乙 / …: the numbered lines are the entries (they were read
    as labels over field lines, every case named 所在设区市); the same label on every field line makes
    it a field of the entry above — where it is, or with 申报单位 who runs it."""
    found = cases("省委宣传部、省司法厅命名以下阵地为第二批省级法治文化示范基地，名单如下：",
                  "- ⑴南昌市红谷滩长天廉文化主题公园", "- 所在设区市：南昌市",
                  "- ⑵江西省消防教育博物馆", "- 所在设区市：南昌市",
                  "- ⑶九江森林博物馆", "- 所在设区市：九江市",
                  title="江西第二批省级法治文化示范基地名单")
    assert [(c["name"], c["province"]) for c in found] == [
        ("南昌市红谷滩长天廉文化主题公园", "江西省"), ("江西省消防教育博物馆", "江西省"), ("九江森林博物馆", "江西省")]
    found = cases("以下项目入选本年度数字政府典型案例，名单如下：",
                  "1. “赣服通”", "申报单位：江西省政务服务管理办公室",
                  "2. “赣政通”", "申报单位：江西省信息中心",
                  "3. 赣州市“一网统管”平台", "申报单位：赣州市大数据发展管理局",
                  title="数字政府典型案例名单")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("“赣服通”", "江西省政务服务管理办公室"), ("“赣政通”", "江西省信息中心"),
        ("赣州市“一网统管”平台", "赣州市大数据发展管理局")]


def test_a_table_of_scores_ranks_the_places_or_bodies_it_names():
    """New: | 排 名 | 地 市 | 成 绩（满分120） | (places ranked, no column called a name) and | 评分 |
    受理单位 | …: an assessment's results are its ranking of what it names."""
    found = cases("省厅对全省12328热线市级系统8月份的运行指标做了统计，现公布如下。",
                  "各市系统8月份考评成绩",
                  "| 排 名 | 地 市 | 成 绩（满分120） |", "|---|---|---|",
                  "| 1 | 承德 | 118.5 |", "| 2 | 邯郸 | 118 |", "| 3 | 秦皇岛 | 117 |", "| 4 | 衡水 | 116 |",
                  title="关于河北省12328交通热线市级系统2024年8月运行情况的通报")
    assert [(c["name"], c["rank"], c["province"]) for c in found] == [
        ("承德", 1, "河北省"), ("邯郸", 2, "河北省"), ("秦皇岛", 3, "河北省"), ("衡水", 4, "河北省")]
    found = cases("各县区、经济区的办理指标和评分见下表。",
                  "| 评分 | 受理单位 | 交办总量 | 办结率 |", "|---|---|---|---|",
                  "| 99.3 | 大洼区 | 4226 | 98.06% |", "| 99.2 | 盘山县 | 1922 | 98.44% |",
                  "| 99.1 | 兴隆台区 | 6530 | 97.95% |", "| 100.00 | 高新技术开发区 | 22 | 100.00% |",
                  title="关于盘锦市12345政务服务便民热线平台1-4月份诉求办理情况的通报")
    assert [c["name"] for c in found] == ["大洼区", "盘山县", "兴隆台区", "高新技术开发区"]


def test_a_table_ranking_places_by_a_count_is_no_assessment():
    """Guard for the one above: | 省份 | 账号数量（个） | 全国位次 | ranks by how many, no score."""
    found = cases("截至2020年12月，各级政府共开通政务头条号82958个。",
                  "| 省份 | 政务头条号数量（个） | 全国位次 |", "|---|---|---|",
                  "| 山东 | 7874 | 1 |", "| 河南 | 7231 | 2 |", "| 四川 | 5806 | 3 |",
                  title="2020年我国政务头条号数量统计")
    assert found == []


def test_a_column_giving_each_place_its_city_leaves_the_places_as_names():
    """Guard: | 龙州县 | 崇左市 · 试点县域 |: the second column begins with the city each county lies in
    (and a tag): the counties are the names, not the tag. (With 横州市 unknown to the old gazetteer
    one row in four was no place, and the counties were read right by chance; the gazetteer's new
    rows alone made this fail.)"""
    found = cases("当天连线的4个试点县域如下：",
                  "| 龙州县 | 崇左市 · 试点县域 |", "| 宁明县 | 崇左市 · 试点县域 |",
                  "| 阳朔县 | 桂林市 · 试点县域 |", "| 秀峰区 | 桂林市 · 试点县域 |",
                  title="国家中小学智慧教育平台试点县域名单")
    assert [(c["name"], c["province"]) for c in found] == [
        ("龙州县", "广西壮族自治区"), ("宁明县", "广西壮族自治区"), ("阳朔县", "广西壮族自治区"), ("秀峰区", "广西壮族自治区")]


def test_a_bracketed_kind_heads_the_names_on_its_own_line():
    """New: 【示范城区】沙市区 / 【五星级示范社区】王板桥社区、朝阳路社区: the bracket is the category of the
    names after it on the same line — one name or several (it was read as a case, and the names
    of one line as the category of the next)."""
    found = cases("我区入选单位如下：", "【示范城区】沙市区", "【示范街道】沙市区朝阳路街道",
                  "【五星级示范社区】王板桥社区、朝阳路社区、文星楼社区",
                  "【四星级示范社区】荆襄河社区、绿化村社区、张居正社区",
                  "省政府要求，受到通报的示范单位继续发挥引领作用。",
                  title="沙市区获评全省和谐社区建设示范城区")
    assert [(c["name"], c["category"]) for c in found] == [
        ("沙市区", "示范城区"), ("沙市区朝阳路街道", "示范街道"), ("王板桥社区", "五星级示范社区"),
        ("朝阳路社区", "五星级示范社区"), ("文星楼社区", "五星级示范社区"), ("荆襄河社区", "四星级示范社区"),
        ("绿化村社区", "四星级示范社区"), ("张居正社区", "四星级示范社区")]


def test_bracketed_fields_of_a_document_are_no_categories():
    """Guard for the one above: 【文号】… / 【发布机构】… / 【成文日期】…: a document's fields, no list."""
    found = cases("【文号】萍府办字〔2006〕18号", "【发布机构】江西省萍乡市人民政府办公室", "【成文日期】2006年3月9日",
                  "【有效性】历史文件", title="萍乡市人民政府办公室关于表彰2005年度政务信息工作先进单位的通报")
    assert found == []


def test_a_notes_column_never_names_the_rows_of_a_ranking():
    """New: | 名次 | 省份 | 备注 |: the places are what is ranked; 与广东省并列 in the notes column was
    read as the name (the first text column no role took)."""
    found = cases("发布会通报的省级网站名次如下。",
                  "| 名次 | 省份 | 备注 |", "|---|---|---|",
                  "| 1 | 北京市 | — |", "| 2 | 上海市 | 与广东省并列 |", "| 2 | 广东省 | 与上海市并列 |",
                  "| 3 | 四川省 | — |",
                  title="第十五届中国政府网站绩效评估：省级网站前列名单")
    assert [(c["name"], c["rank"]) for c in found] == [("北京市", 1), ("上海市", 2), ("广东省", 2), ("四川省", 3)]


def test_the_contests_column_is_the_category_and_contests_alone_are_no_list():
    """New: | 所属地区 | 测评名称 | 网站 | 主办单位 | …: the column naming the contest is each row's
    category, the site is the name (测评名称 ends in 名称 and was taken for the names); and a table of
    contests alone (第十七届…绩效评估 | 937 | …) names no case."""
    found = cases("表中“结果”一栏照录报道中的名次或奖项。",
                  "| 所属地区 | 测评名称 | 网站 | 主办单位 | 结果 |", "|---|---|---|---|---|",
                  "| 江苏 | 2015年度江苏省政府网站测评 | 江苏省新闻出版广电局门户网站 | 江苏省新闻出版广电局 | 综合第7名 |",
                  "| 江西 | 2016年度全省政府网站绩效评估 | 江西省商务厅网站 | 江西省商务厅 | 第2名 |",
                  "| 四川 | 2015年度中国政务网站优秀奖 | 四川文明网 | — | 获奖 |",
                  title="政务网站测评获奖记录汇编（2015—2016年度）")
    assert [(c["name"], c["category"]) for c in found] == [
        ("江苏省新闻出版广电局门户网站", "2015年度江苏省政府网站测评"), ("江西省商务厅网站", "2016年度全省政府网站绩效评估"),
        ("四川文明网", "2015年度中国政务网站优秀奖")]
    found = cases("这里把几份报告里写明的参评数量按年份排在一起。",
                  "| 第十七届（2018）中国政府网站绩效评估 | 937 | 64 | 32 |",
                  "| 2019年中国政府网站绩效评估（清华大学） | 676 | 53 | 32 |",
                  "| 2020年数字政府服务能力评估暨第十九届政府网站绩效评估 | 889 | 61 | 32 |",
                  title="历年政府网站绩效评估参评范围一览")
    assert found == []


def test_a_table_drawn_with_aria_roles_is_read_as_a_table():
    """New: <div role="table"> / <div role="row"> with a <div> per cell (a CSS grid): the roles say it is
    a table, so each row is one line of cells — it was one line per cell, and the names were lost."""
    from crawler.sites import parse_page

    rows = "".join(f'<div class="row" role="row"><div>{rank}</div><div>{name}</div><div></div></div>'
                   for rank, name in [("第一", "国家税务总局"), ("第二", "教育部"), ("第三", "商务部"), ("第四", "交通运输部")])
    html = ("<html><head><meta charset='utf-8'><title>政府透明度测评：国务院部门前十名</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/fz'>法治</a></div><div class='article'><h1>政府透明度测评：国务院部门前十名</h1>"
            "<p>中国社会科学院法学研究所发布法治蓝皮书，其中的政府透明度指数评估报告测评了2018年各级政府的信息公开情况。</p>"
            "<p>国务院部门序列的前十名如下表：</p>"
            "<div class='rank-grid' role='table'><div class='row head' role='row'><div>名次</div><div>部门</div><div>说明</div></div>"
            + rows + "</div><p>省级政府、较大的市政府和县级政府三个序列的结果，本网将另行整理刊发。</p></div></body></html>")
    page = parse_page(None, html.encode("utf-8"))
    assert "| 第一 | 国家税务总局 |" in page.article["text"]
    assert [(c["name"], c["rank"]) for c in page.cases] == [("国家税务总局", 1), ("教育部", 2), ("商务部", 3), ("交通运输部", 4)]


def test_numbered_items_on_the_line_that_counts_them():
    """New: 成都共有4个项目上榜。按公示顺序依次为：①甲 ②乙 ③丙 ④丁: the sentence counts the items it then
    numbers on the same line — a list even of names that look like no body (…5G工厂); the note
    says the numbers are no ranks."""
    found = cases("工业和信息化部网站近日挂出《2024年5G工厂名录》的公示。",
                  "记者对照名单发现，成都共有4个项目上榜。按公示顺序依次为：①金星集团5G工厂 ②高效品硅太阳能5G协同智能工厂 "
                  "③高效太阳能电池5G智能互联工厂 ④微网优联5G-A智慧工厂。（圈码仅为便于阅读，与名次无关）",
                  title="成都4个项目进入《2024年5G工厂名录》公示名单")
    assert [(c["name"], c["rank"]) for c in found] == [
        ("金星集团5G工厂", None), ("高效品硅太阳能5G协同智能工厂", None), ("高效太阳能电池5G智能互联工厂", None),
        ("微网优联5G-A智慧工厂", None)]


def test_a_label_whose_note_says_only_some_are_listed():
    """New: 【良好等次】（11个，下面只列出报道写明的7个） over a line of names: the note (how many, and how
    many the page gives, in a longer remark) is no part of the label, which heads the names."""
    found = cases("【优秀等次】（5个）", "威海市政府、潍坊市政府、泰安市政府、德州市政府、临沂市政府",
                  "【良好等次】（11个，下面只列出报道写明的7个）", "滨州市政府、青岛市政府、济南市政府",
                  "【合格等次】（1个）", "莱芜市政府",
                  title="2017年全省政务公开工作考核结果")
    assert [(c["name"], c["category"]) for c in found][5:] == [
        ("滨州市政府", "良好等次"), ("青岛市政府", "良好等次"), ("济南市政府", "良好等次"), ("莱芜市政府", "合格等次")]


def test_a_table_of_what_each_unit_handled_is_a_statistic():
    """New: | 序号 | 单位 | 派遣案件总数 | 结案率 | 不满意数 |: every column past the unit a count or a rate
    (no score, no award): how much each handled, in a notice of figures — no recognition."""
    found = cases("1．基本数据：4月份12345热线、政民互动共受理群众诉求2877件，结案率100%。",
                  "2．办件量居前三位的市直部门：住建局99件，公安局77件，城管局68件。",
                  "附件：12345热线留言办理4月份情况统计表（节选）",
                  "| 序号 | 单位 | 派遣案件总数 | 结案率 | 按时结案率 | 不满意数 |", "|---|---|---|---|---|---|",
                  "| 1 | 住建局 | 99 | 100% | 100% | 8 |", "| 2 | 公安局 | 77 | 100% | 100% | 6 |",
                  "| 3 | 城管局 | 68 | 100% | 100% | 5 |", "| 4 | 卫健委 | 68 | 100% | 100% | 3 |",
                  "（表中单位按派遣案件数量排列，其余单位从略。）",
                  title="关于12345热线、政民互动4月份案件办理情况的通报")
    assert found == []


def test_places_written_by_two_short_names_in_a_table_with_a_kind_column():
    """New: | 城市（区） | 所在地区 | 城市级别 | 排序 | over 北京东城, 江苏张家港: the kind column (城市级别)
    is no column of names, and a province's and a place's short names are a place, as a full name is."""
    found = cases("2018年度全国健康城市建设示范市", "下表按通报中的顺序排列，最后一栏为排序。",
                  "| 城市（区） | 所在地区 | 城市级别 | 排序 |", "|---|---|---|---|",
                  "| 北京东城 | 东部 | 直辖市辖区 | 1 |", "| 江苏苏州 | 东部 | 地级及以上市 | 2 |",
                  "| 江苏张家港 | 东部 | 县级市 | 3 |", "| 上海金山 | 东部 | 直辖市辖区 | 4 |",
                  title="全国健康城市评价结果出炉：19个城市（区）成为建设示范市")
    assert [(c["name"], c["province"]) for c in found] == [
        ("北京东城", "北京市"), ("江苏苏州", "江苏省"), ("江苏张家港", "江苏省"), ("上海金山", "上海市")]


def test_numbered_names_the_sentence_above_counts_as_some_of_a_batch():
    """New: 本期刊登其中18个，按地区顺序排列，不分先后： over 18 numbered names (rivers and lakes named
    after their places): the sentence says the page gives that many of the cases it has named."""
    names = ["北京怀柔雁栖湖", "天津子牙河（红桥区段）", "河北邯郸沁河（复兴区段）", "内蒙古无定河（鄂尔多斯段）",
             "辽宁抚顺大伙房水库", "吉林白城南湖"]
    found = cases("2023年，各地持续推进美丽河湖建设，共有38个河湖入选第二批优秀案例。",
                  "本刊分两期集中展示这批案例，本期刊登其中6个，按地区顺序排列，不分先后：",
                  *[f"{k}、{name}" for k, name in enumerate(names, 1)],
                  "希望各地把这些做法学到手、用起来。", title="第二批美丽河湖优秀案例（上）")
    assert [(c["name"], c["rank"]) for c in found] == [(name, None) for name in names]


def test_names_under_a_places_label_on_one_line_are_each_a_case():
    """New: 长沙市：浏阳河、长沙县松雅湖: under a place's label, short names (or names led by a place)
    joined by 、 are several cases; a long title with a 、 in it stays one."""
    found = cases("湖南省2021年度美丽河湖建设优秀案例名单", "（排名不分先后）",
                  "长沙市：浏阳河、长沙县松雅湖", "衡阳市：蒸水衡阳县段", "株洲市：炎陵沔水神农谷段、洣水茶陵城区段",
                  title="湖南省2021年度美丽河湖建设优秀案例揭晓 19个河湖获称号")
    assert [c["name"] for c in found] == ["浏阳河", "长沙县松雅湖", "蒸水衡阳县段", "炎陵沔水神农谷段", "洣水茶陵城区段"]
    found = cases("以下案例入选2022年度政务调研优秀成果：",
                  "北京市：政务调研新体系的智能化、多语种与一体化构建与实践", "上海市：“一网通办”政务服务调研", "广州市：“穗好办”调研报告",
                  title="2022年度政务调研优秀成果名单")
    assert "政务调研新体系的智能化、多语种与一体化构建与实践" in [c["name"] for c in found]


def test_the_province_in_brackets_after_a_county_is_where_it_lies():
    """New: ①黟县（安徽） ②清新县（广东） …: the province after a county's name is a note on where it
    lies, no part of the name (as a country after a foreign city is)."""
    found = cases("2007年中国旅游强县名单如下：", "①黟县（安徽） ②清新县（广东） ③梅县（广东） ④蒲县（山西）",
                  title="17个县获评首批中国旅游强县")
    assert [(c["name"], c["province"]) for c in found] == [
        ("黟县", "安徽省"), ("清新县", "广东省"), ("梅县", "广东省"), ("蒲县", "山西省")]


def test_units_before_people_in_one_notice_and_a_place_that_begins_with_he():
    """New: （一）…先进单位 / 甲局、乙局…和龙市工商局 / （二）…优秀信息员 / 肖金红、张玉明…: the units are
    cases though the notice names people too (优秀信息员 is an award for people, whose names are none);
    和龙市 keeps its 和 (it was cut as a conjunction); 【打印本页】【关闭窗口】 are buttons."""
    found = cases("省局决定授予长春市工商局等9个单位“2009年度全省工商系统政务信息工作先进单位”称号，"
                  "授予肖金红等9名同志“2009年度全省工商系统政务信息工作优秀信息员”称号。名单如下：",
                  "（一）2009年度全省工商系统政务信息工作先进单位",
                  "长春市工商局、延边州工商局、吉林市工商局、梅河口市工商局、和龙市工商局、省工商局企业处、商标局、个体处",
                  "（二）2009年度全省工商系统政务信息工作优秀信息员",
                  "肖金红、张玉明、辛敏海、毕宏科、赵江、董彦、陈宇、沈云志、白凤贤",
                  "希望受到表彰的单位和个人珍惜荣誉，再接再厉。", "吉林省工商行政管理局", "二〇一〇年一月十九日", "打印本页", "关闭窗口",
                  title="关于表彰2009年度全省工商系统政务信息工作先进单位和优秀信息员的通报")
    assert [c["name"] for c in found] == ["长春市工商局", "延边州工商局", "吉林市工商局", "梅河口市工商局", "和龙市工商局",
                                          "省工商局企业处", "商标局", "个体处"]


def test_numbered_sections_of_one_list_follow_the_one_that_was_taken():
    """New: (1) 全国文明城市 / 厦门市、青岛市… (2) … (3) … (4) 全国文明村镇 / 以下为其中一部分： / 甲镇、乙村…: only
    (4) had the words of a list near it; (3) sits beside it, (2) beside (3), (1) beside (2) — each a
    section of the same list (sections were taken only beside one taken before them)."""
    found = cases("首批全国文明城市、文明村镇和文明单位的候选名单昨天起在网上公示。", "光荣榜",
                  "(1) 全国文明城市", "厦门市、青岛市、大连市、宁波市",
                  "(2) 全国文明城区", "天津市和平区、上海市浦东新区、北京市西城区",
                  "(3) 全国创建文明城市（区）工作先进城市（区）", "广州、东莞、惠州",
                  "(4) 全国文明村镇", "广东共有16个村镇入围，以下为其中一部分：",
                  "广州市番禺区沙湾镇、汕头市潮南区陇田镇东华村、佛山市顺德区北滘镇",
                  title="首批全国文明城市候选名单公示 深圳中山入围")
    assert [c["name"] for c in found] == ["厦门市", "青岛市", "大连市", "宁波市", "天津市和平区", "上海市浦东新区", "北京市西城区",
                                          "广州", "东莞", "惠州", "广州市番禺区沙湾镇", "汕头市潮南区陇田镇东华村", "佛山市顺德区北滘镇"]


def test_units_a_notice_names_for_doing_badly_are_no_cases():
    """New: 1、案件处置好的单位 / - 甲（100分）… 2、案件处置差的单位 / - 乙（50.59分）…: the units under the
    label of doing badly are named for failing, not honoured."""
    found = cases("市直及企事业单位组", "1、案件处置好的单位", "- 许昌供电公司（100分）", "- 市教育局（100分）", "- 市公安局（97.52分）",
                  "2、案件处置差的单位", "- 市水利局（50.59分）", "- 中石化许昌分公司（41.34分）",
                  "通报要求得分靠后的单位查找原因、加快处置积压案件。",
                  title="1月份数字化城管考评出炉 三家单位获满分")
    assert [c["name"] for c in found] == ["许昌供电公司", "市教育局", "市公安局"]


def test_a_speakers_points_one_is_two_is_are_no_cases():
    """New: 一是构建基层“一站式”服务网络； / 二是为社区“减负”； / 三是…: the points an official makes about the
    winners, each line its own (read as three cases with quoted products)."""
    found = cases("据市民政局有关负责人介绍，此次入选的街道和社区主要在三个方面创新力度大、成效明显：",
                  "一是构建基层“一站式”服务网络；", "二是为社区“减负”；", "三是引导社会力量参与社区公共服务。",
                  title="喜报｜嘉兴4家单位获评全国和谐社区建设示范单位")
    assert found == []


def test_an_inspections_problem_section_names_no_cases_but_its_praised_table_does():
    """New: 二、存在的主要问题 / 1. “江苏政府采购”网：多个栏目为空白: what an inspection found wrong (the
    quoted sites were read as praised); the table under 下表所列为…合格率达到100%的设区市，右栏为补充说明。
    is the praise, said by the whole sentence over it (its last clause says nothing of a list)."""
    found = cases("一、抽查总体情况", "本次随机抽查各地各部门政府网站270个，抽查合格率96%。",
                  "下表所列为本季度抽查合格率达到100%的设区市，右栏为补充说明。",
                  "| 南京 | 100% |  |", "| 无锡 | 100% |  |", "| 苏州 | 100% | 已连续6个季度抽查全部合格 |", "| 扬州 | 100% |  |",
                  "二、存在的主要问题", "本次抽查共发现11个不合格政府网站。通报点名的网站及其问题如下：",
                  "1. “江苏政府采购”网：多个栏目为空白。", "2. “江苏省农业资源开发局”网：多个栏目为空白。",
                  "3. “江苏省供销合作总社”网：多个栏目为空白。",
                  title="江苏省政府办公厅关于2018年第三季度全省政府网站抽查情况的通报")
    assert [c["name"] for c in found] == ["南京", "无锡", "苏州", "扬州"]


def test_those_an_honour_was_given_to_in_a_sentence():
    """New: …向浙江省杭州市、山东省威海市、陕西省宝鸡市和江苏省无锡市授予“国家森林城市”称号: the places the
    sentence gives the honour to, as 对甲、乙予以表彰 and 命名甲、乙为… already were."""
    found = cases("开幕式上，全国绿化委员会、国家林业局向浙江省杭州市、山东省威海市、陕西省宝鸡市和江苏省无锡市授予“国家森林城市”称号，"
                  "全国获此称号的城市由此增加到14个。",
                  title="四城市获“国家森林城市”称号 全国总数达14个")
    assert [c["name"] for c in found] == ["浙江省杭州市", "山东省威海市", "陕西省宝鸡市", "江苏省无锡市"]


def test_places_that_got_an_honour_one_after_another():
    """New: 贵州省贵阳市、辽宁省沈阳市和湖南省长沙市相继获得称号: the last two are two places, and 相继 (one
    after another) is no part of the last."""
    found = cases("国家森林城市的评定始于2004年。此后，贵州省贵阳市、辽宁省沈阳市和湖南省长沙市相继获得称号。",
                  title="四城市获“国家森林城市”称号")
    assert [c["name"] for c in found] == ["贵州省贵阳市", "辽宁省沈阳市", "湖南省长沙市"]
