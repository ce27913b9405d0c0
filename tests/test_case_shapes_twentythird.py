"""Shapes met in the hold-out sets during the twenty-third session of 2026-12-02, each in pages of our
own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (2ec061e), the others guard a widening that came with them."""
from cases_helpers import shape_page, table_row as _row
from crawler.parsers.cases import extract_cases


def page(body: str, title: str):
    return shape_page(body, title, "科创信息网", ("gz", "工作动态"))


def test_one_header_cell_naming_two_columns_is_split_back_into_two():
    """New: | 名称 所在地 | over | 甲中心 北京市 | — two columns printed in one cell, the header's two
    words apart by a space: the first value is the case, the second its place (a national centre the
    column places gets that province)."""
    rows = [("京津冀国家技术创新中心", "北京市", "综合类"), ("长三角国家技术创新中心", "上海市", "综合类"),
            ("国家新能源汽车技术创新中心", "北京市", "领域类"), ("国家高速列车技术创新中心", "山东省青岛市", "领域类"),
            ("国家生物药技术创新中心", "江苏省苏州市", "领域类")]
    table = "<table>" + _row(["序号", "名称 所在地", "类型"]) + "".join(
        _row([str(k), f"{n} {p}", t]) for k, (n, p, t) in enumerate(rows, 1)) + "</table>"
    body = "<p>已批复建设的国家技术创新中心部分名单整理如下，顺序不代表排名：</p>" + table
    found = page(body, "已批复建设的国家技术创新中心（部分）").cases
    assert [(c["name"], c["province"]) for c in found] == [
        ("京津冀国家技术创新中心", "北京市"), ("长三角国家技术创新中心", "上海市"), ("国家新能源汽车技术创新中心", "北京市"),
        ("国家高速列车技术创新中心", "山东省"), ("国家生物药技术创新中心", "江苏省")]


def test_a_slash_between_two_header_words_splits_the_column_the_same_way():
    """New: | 作品名称/报送单位 | over | 《甲》/乙台 |: the work is the case, the body after the slash its agency."""
    rows = [("《山海情》", "东阳正午阳光影视有限公司"), ("《跨过鸭绿江》", "中央广播电视总台"),
            ("《觉醒年代》", "北京北广传媒影视股份有限公司"), ("《功勋》", "浙江华策影视股份有限公司")]
    table = "<table>" + _row(["序号", "作品名称/报送单位"]) + "".join(
        _row([str(k), f"{n}/{a}"]) for k, (n, a) in enumerate(rows, 1)) + "</table>"
    body = "<p>经专家评审，以下电视剧作品入围本届飞天奖：</p>" + table
    found = page(body, "第33届电视剧飞天奖入围作品公布").cases
    assert [(c["name"], c["agency"]) for c in found] == list(rows)


def test_names_in_groups_that_a_closing_count_counts_one_by_one():
    """New: 批复了甲、乙和丙，丁、戊和己，以及庚…等9个示范区 — commas between groups, 和 and 以及 inside
    and before them; the count after the names says each part is one of them."""
    lines = ["国家科技成果转移转化示范区由科技部布局，意在探索成果转化的地方路径。",
             "截至2018年，科技部已先后批复了河北京南、宁波和浙江，山东济青烟、上海闵行和江苏苏南，"
             "以及吉林长吉图、四川成德绵和广东珠三角等9个示范区。其后湖北也提出了建设申请。"]
    found = extract_cases("\n".join(lines), "国家科技成果转移转化示范区建设回顾", None)["cases"]
    assert [c["name"] for c in found] == ["河北京南", "宁波", "浙江", "山东济青烟", "上海闵行", "江苏苏南",
                                          "吉林长吉图", "四川成德绵", "广东珠三角"]


def test_a_count_that_does_not_match_the_groups_leaves_the_sentence_alone():
    """Guard: 走访了甲、乙和丙，丁等5个部门 — four parts, a count of five: not read as the counted names."""
    lines = ["调研组在一周内走访了市发改委、市财政局和市人社局，市数据局等5个部门，听取意见建议。"]
    found = extract_cases("\n".join(lines), "调研组赴各部门开展调研", None)["cases"]
    assert [c["name"] for c in found] == []


def test_items_numbered_within_their_sections_lose_the_number():
    """New: 1. 争创一流 over 1.1 甲 / 1.2 乙, 2. 赋能基层 over 2.1 丙: the section's own number is a heading's,
    each 1.1 an item's (never part of its name); the sections are the categories."""
    body = ("<p>本次农村中学科技馆资源更新分配名单中，我区入围学校如下（排名不分先后）：</p>"
            "<p>1. 争创一流</p><ul><li>1.1 西吉三中</li><li>1.2 西吉二中</li><li>1.3 中卫八中</li></ul>"
            "<p>2. 赋能基层</p><ul><li>2.1 同心县下马关中学</li><li>2.2 红寺堡三中</li><li>2.3 海原县回民中学</li></ul>"
            "<p>全国完整名单请见主办方通知。</p>")
    found = page(body, "我区多所学校入围农村中学科技馆资源更新名单").cases
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("西吉三中", "争创一流", None), ("西吉二中", "争创一流", None), ("中卫八中", "争创一流", None),
        ("同心县下马关中学", "赋能基层", None), ("红寺堡三中", "赋能基层", None), ("海原县回民中学", "赋能基层", None)]


def test_a_decimal_figure_is_no_section_number():
    """Guard: 1.5亿元 / 2.3万人次 opening a line are figures, not item numbers."""
    lines = ["全年主要数据如下：", "1.5亿元用于场馆更新改造", "2.3万人次参加科普活动", "3.6万册科普图书配送到校"]
    found = extract_cases("\n".join(lines), "年度科普工作数据", None)["cases"]
    assert found == []


def test_a_name_then_a_space_then_one_clause_describing_it():
    """New: （1）天府集群 依托成都平原建设。 — the name, a space, and one clause that opens as a description
    does (依托, 服务, 重点承接): the clause is the description, not part of the name."""
    lines = ["“东数西算”工程的枢纽节点与数据中心集群整理如下：", "1．成渝枢纽", "（1）天府集群 依托成都平原建设。",
             "（2）重庆集群 服务重庆及西南地区。", "2．内蒙古枢纽", "（1）和林格尔集群 重点承接后台加工、离线分析等需求。",
             "3．甘肃枢纽", "（1）庆阳集群 面向全国承接非实时算力任务。"]
    found = extract_cases("\n".join(lines), "国家算力枢纽节点和数据中心集群一览", None)["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("天府集群", "成渝枢纽"), ("重庆集群", "成渝枢纽"), ("和林格尔集群", "内蒙古枢纽"), ("庆阳集群", "甘肃枢纽")]
    assert found[0]["description"] == "依托成都平原建设"


def test_a_place_then_a_sentence_of_what_it_does_is_the_place():
    """New: 杭州：以城市治理为牵引，推动数据开放。 / 天津滨海新区：聚焦智能港口与信创产业。 — after the place a
    sentence (commas on to a full stop, or one opening as a description does) says what it does; the
    place is the case. A quoted title after a place (德清县：以“标准地”深化改革) stays the case."""
    lines = ["国家人工智能创新应用先导区已有多地获批，摘要如下：", "2021年第二批",
             "- 北京：发挥科研院所资源优势，开展智能交通等应用示范。", "- 天津滨海新区：聚焦智能港口、信创产业与智能制造。",
             "- 杭州：以城市治理和数字贸易为牵引，推动数据资源开放。", "- 广州：围绕智能网联汽车、智慧医疗建设应用场景。"]
    found = extract_cases("\n".join(lines), "国家人工智能创新应用先导区名单梳理", None)["cases"]
    assert [c["name"] for c in found] == ["北京", "天津滨海新区", "杭州", "广州"]
    quoted = ["浙江省推广的亩均论英雄改革经验如下：", "1. 德清县：以“标准地”深化亩均论英雄改革",
              "2. 海宁市：以“亩均论英雄”倒逼产业转型", "3. 柯桥区：以“亩均论英雄”推动印染产业集聚提升"]
    found = extract_cases("\n".join(quoted), "亩均论英雄改革典型经验", None)["cases"]
    assert [(c["name"], c["agency"]) for c in found] == [
        ("以“标准地”深化亩均论英雄改革", "德清县"), ("以“亩均论英雄”倒逼产业转型", "海宁市"),
        ("以“亩均论英雄”推动印染产业集聚提升", "柯桥区")]


def test_centres_a_ministry_approved_are_a_list_of_their_own():
    """New: 经科技部批准建设的国家超级计算中心…本文列出其中几家 over 01 甲 / 02 乙: an approval that designates
    is a list word, as 认定 and 命名 are; a bracketed note after a name (全国首家) is no part of it."""
    lines = ["国家超级计算中心由科技部批准建设，目前已覆盖东中西部。经科技部批准建设的国家超级计算中心已有十余家，"
             "本文列出其中5家（序号仅为排版编号）。", "01 国家超级计算天津中心", "02 国家超级计算深圳中心",
             "03 国家超级计算长沙中心", "04 国家超级计算济南中心（首批之一）", "05 国家超级计算广州中心",
             "这些中心在气象预报、工程仿真等方面提供了大量计算服务。"]
    found = extract_cases("\n".join(lines), "算力“国家队”盘点", None)["cases"]
    assert [(c["name"], c["rank"]) for c in found] == [
        ("国家超级计算天津中心", None), ("国家超级计算深圳中心", None), ("国家超级计算长沙中心", None),
        ("国家超级计算济南中心", None), ("国家超级计算广州中心", None)]
    noted = ["截至2020年底已获批建设的国家现代农业产业科技创新中心：", "- 南京国家农创中心（江苏，全国首家）",
             "- 太谷国家农创中心（山西）", "- 成都国家农创中心（四川）"]
    found = extract_cases("\n".join(noted), "国家农创中心有哪几家", None)["cases"]
    assert [(c["name"], c["province"]) for c in found] == [
        ("南京国家农创中心", "江苏省"), ("太谷国家农创中心", "山西省"), ("成都国家农创中心", "四川省")]


def test_works_in_title_marks_under_a_line_saying_they_were_chosen():
    """New: 共20部作品入选 … 搬运一下： over - 《甲》 / - 《乙》: works the line above says were chosen are
    the cases (a list of documents in 《》 is not: see the guard below)."""
    works = ["《风吹半夏》", "《破晓东方》", "《去有风的地方》", "《狂飙》", "《三体》"]
    body = ("<p>国家广播电视总局发布“2023中国剧集精选”，共20部作品入选，排名不分先后。这里摘录其中五部：</p><ul>"
            + "".join(f"<li>{w}</li>" for w in works) + "</ul><p>其余作品见总局网站。</p>")
    found = page(body, "2023中国剧集精选名单出炉").cases
    assert [(c["name"], c["rank"]) for c in found] == [(w, None) for w in works]


def test_documents_in_title_marks_are_no_chosen_works():
    """Guard: 入选作品 above 《…实施方案》 / 《…管理办法》 lines: documents, not the works."""
    lines = ["关于推荐优秀作品的相关文件如下：", "《网络视听节目内容审核通则》", "《广播电视节目制作经营管理规定》",
             "《关于推动新时代广播电视播出机构做强做优的意见》", "《网络视听节目精品创作传播工程实施方案》"]
    found = extract_cases("\n".join(lines), "网络视听作品推优工作的依据", None)["cases"]
    assert [c["name"] for c in found] == []


def test_the_same_words_after_every_title_are_the_page_s_button():
    """New: 《甲》展播专区 / 《乙》展播专区, with ……（其余略） lines between: the words after every title are a
    link beside it, and the ellipsis lines are no cases."""
    items = ["《我是余欢水》", "《我的光棍爷爷》", "《我来自北京之铁锅炖大鹅》", "《暴雨救援》"]
    body = ("<div class='content'><p>国家广播电视总局办公厅近期发出通知，公布2020年主题原创网络视听节目征集推选和展播活动的"
            "优秀节目评审结果，要求各地开设展播专区。以下按节目类型列出部分入选节目：</p><ul>"
            f"<li>{items[0]}<em>展播专区</em></li><li>{items[1]}<em>展播专区</em></li><li>……（本类其余入选节目略）</li>"
            f"<li>{items[2]}<em>展播专区</em></li><li>{items[3]}<em>展播专区</em></li><li>……（本类其余入选节目略）</li></ul>"
            "<p>业内人士认为，入选节目聚焦时代楷模、道德模范和身边好人，对网络视听创作有示范作用。</p></div>")
    found = page(body, "主题原创网络视听节目优秀节目出炉").cases
    assert [c["name"] for c in found] == items


def test_lettered_items_and_a_title_that_says_the_works_won():
    """New: A. 《甲》 / B. 《乙》 under 通知摘要点名的作品有：, the title saying 78部作品入选: letters number the
    items (never part of a name), and the title says what they are."""
    works = ["《漫长的季节》", "《中国青年：我和我的青春》", "《大运河》", "《种地吧》"]
    lines = ["总局公布2023年第二季度优秀网络视听作品推选结果。", "通知摘要点名的作品有："] + [
        f"{chr(65 + k)}. {w}" for k, w in enumerate(works)] + ["其余作品名单较长，本文不再逐一转录。"]
    found = extract_cases("\n".join(lines), "78部作品入选2023年第二季度优秀网络视听作品", None)["cases"]
    assert [c["name"] for c in found] == works


def test_a_place_in_brackets_before_a_name_places_it():
    """New: 【湖北十堰】学堂梁子遗址 — the place in 【】 (short names of a province and a city) is where the
    case lies and, as a region before a name is, whose it is; a name with its own place keeps that."""
    lines = ["2022年度全国十大考古新发现揭晓，入选项目如下（按年代早晚排列）：", "【湖北十堰】学堂梁子遗址",
             "【山东临淄】赵家徐姚遗址", "【山西兴县】碧村遗址", "【河南偃师】二里头都邑多网格式布局"]
    found = extract_cases("\n".join(lines), "2022年度全国十大考古新发现揭晓", None)["cases"]
    assert [(c["name"], c["agency"], c["province"]) for c in found] == [
        ("学堂梁子遗址", "湖北十堰", "湖北省"), ("赵家徐姚遗址", "山东临淄", "山东省"), ("碧村遗址", "山西兴县", "山西省"),
        ("二里头都邑多网格式布局", "河南偃师", "河南省")]


def test_numbers_in_brackets_inside_an_enumeration_are_no_part_of_the_names():
    """Guard (passes on the starting code too; the fix reached set 255's longer line): 依次为：（一）井冈山片区；
    （二）原中央苏区片区；…: each part's （一） numbers it."""
    names = ["井冈山片区", "原中央苏区片区", "湘鄂西片区", "海陆丰片区", "鄂豫皖片区"]
    marks = "一二三四五"
    line = "本批公布的片区中，前五个依次为：" + "；".join(f"（{marks[k]}）{n}" for k, n in enumerate(names)) + "。"
    found = extract_cases("\n".join(["四部门联合公布第一批革命文物保护利用片区分县名单。", line]),
                          "首批革命文物保护利用片区分县名单公布", None)["cases"]
    assert [c["name"] for c in found] == names


def test_words_ending_in_ju_that_name_no_bureau():
    """New: 二里头都邑多网格式布局, 新发展格局 end in 局 but are no bureau; 保定市文广新局 is one."""
    from crawler.parsers.agencies import _ends_as_org

    assert not _ends_as_org("二里头都邑多网格式布局") and not _ends_as_org("构建新发展格局")
    assert _ends_as_org("保定市文广新局") and _ends_as_org("杭州市数据资源管理局")


def test_footnote_marks_after_names_are_no_part_of_them():
    """New: 福建福光股份有限公司※ / …海沧园区注1 / 牧原实业集团有限公司* over the notes below the list."""
    lines = ["2022年全国和谐劳动关系创建示范企业和工业园区名单（福建部分）如下：", "1. 福建福光股份有限公司※",
             "2. 中国（福建）自由贸易试验区厦门片区管理委员会海沧园区注1", "3. 漳州片仔癀药业股份有限公司",
             "4. 福耀玻璃工业集团股份有限公司*", "※ 该企业同时入选省级示范。", "注1：以园区名义申报。"]
    found = extract_cases("\n".join(lines), "全国和谐劳动关系创建示范企业和工业园区名单", None)["cases"]
    assert [c["name"] for c in found] == ["福建福光股份有限公司", "中国（福建）自由贸易试验区厦门片区管理委员会海沧园区",
                                          "漳州片仔癀药业股份有限公司", "福耀玻璃工业集团股份有限公司"]


def test_a_count_of_teams_before_their_names():
    """New: 这17支队伍分别是：甲；乙；… — 支 counts teams as 个 counts places: the sentence counts what it names."""
    teams = ["中卫市生态环境监测救援队", "中卫市森林消防专业队", "中卫市民兵应急营", "中卫市红十字蓝天救援中心"]
    lines = ["记者从中卫市应急管理委员会获悉，我市4支队伍被确定为市级专业应急救援队伍。",
             "这4支队伍分别是：" + "；".join(teams) + "。", "上述队伍将统一开展训练和管理。"]
    found = extract_cases("\n".join(lines), "我市公布市级专业应急救援队伍", None)["cases"]
    assert [c["name"] for c in found] == teams


def test_names_each_over_a_line_of_one_field():
    """New: 甲中心 / 建设地点：河北省张家口市 / 乙中心 / 建设地点：… — each name, then where it lies (or the
    body that put it forward): the field line places the name above it."""
    lines = ["应急管理部在华北、东北、华中等地布局建设区域应急救援中心，分列如下：", "国家华北区域应急救援中心",
             "建设地点：河北省张家口市", "国家东北区域应急救援中心", "建设地点：黑龙江省大庆市", "国家华中区域应急救援中心",
             "建设地点：湖北省武汉市", "建设进展", "各中心已陆续开工。"]
    found = extract_cases("\n".join(lines), "国家区域应急救援中心", None)["cases"]
    assert [(c["name"], c["province"]) for c in found] == [
        ("国家华北区域应急救援中心", "河北省"), ("国家东北区域应急救援中心", "黑龙江省"), ("国家华中区域应急救援中心", "湖北省")]


def test_a_header_of_provinces_over_the_names_each_put_on_the_list():
    """New: | 辽宁省 | 吉林省 | 江苏省 | over | 东港市獐岛村 | 松原市查干湖屯 | 扬州市方巷镇沿湖村 |, the
    shorter columns left empty, then a second such table of other width: every name cell an entry,
    placed by its column's province (a grid of places alone is no such table: see set 93's guard)."""
    first = ("<table>" + _row(["辽宁省", "吉林省", "江苏省", "福建省"], "th")
             + _row(["东港市獐岛村", "松原市查干湖屯", "扬州市方巷镇沿湖村", "泉州市围头村"])
             + _row(["", "", "宿迁市穆墩岛村", "漳州市澳角村"]) + "</table>")
    second = ("<table>" + _row(["广东省", "海南省", "四川省"], "th")
              + _row(["阳江市大澳渔村", "琼海市潭门镇", "德阳市友谊村"]) + "</table>")
    body = ("<div class='content'><p>农业农村部公布了新一批“最美渔村”名单，各省入选渔村按省份分列如下，"
            "本文仅摘录部分省份的名单，其余省份请以农业农村部公告为准。</p>" + first + second
            + "<p>据介绍，这次认定的休闲渔业品牌还包括精品休闲渔业示范基地等类别，相关名单另行刊发。</p></div>")
    found = page(body, "新一批“最美渔村”名单公布").cases
    assert sorted((c["name"], c["province"]) for c in found) == sorted([
        ("东港市獐岛村", "辽宁省"), ("松原市查干湖屯", "吉林省"), ("扬州市方巷镇沿湖村", "江苏省"), ("泉州市围头村", "福建省"),
        ("宿迁市穆墩岛村", "江苏省"), ("漳州市澳角村", "福建省"), ("阳江市大澳渔村", "广东省"), ("琼海市潭门镇", "海南省"),
        ("德阳市友谊村", "四川省")])


def test_a_number_badge_over_each_name_and_a_paragraph_under_it():
    """New: 03 / 威海长青基地 / its paragraph / 04 / 泓泰海洋生态基地 / … (a WeChat post's number badges): each
    badge numbers the name under it, though a paragraph stands between one badge and the next."""
    lines = ["威海共有多个休闲渔业主体入选，下面逐一介绍（编号仅为排版需要，排名不分先后）。", "全国精品休闲渔业示范基地",
             "01", "威海长青基地", "运营单位：威海长青海洋科技股份有限公司。基地以海洋牧场观光和海上垂钓为主。",
             "02", "泓泰海洋生态基地", "运营单位：荣成市泓泰海洋生态休闲旅游有限公司。基地把养殖区与休闲体验结合起来。",
             "03", "威海西港小石岛基地", "运营单位：威海西港水产有限公司。基地依托小石岛周边海域开展赶海活动。",
             "下一步还将加大品牌推广力度。"]
    found = extract_cases("\n".join(lines), "威海休闲渔业主体拿下“国字号”招牌", None)["cases"]
    assert [(c["name"], c["rank"]) for c in found] == [("威海长青基地", None), ("泓泰海洋生态基地", None), ("威海西港小石岛基地", None)]


def test_protected_sites_under_batch_labels_are_a_register():
    """Guard (passes on the starting code too; the fix reached set 264's longer lines): 第一批（4处） over
    黑龙江扎龙自然保护区、…、江西鄱阳湖自然保护区: sites a register lists, named after the place they lie in, are
    its entries (…自然保护区, …湿地, …国家湿地公园)."""
    lines = ["我国1992年加入《湿地公约》，此后共有41处湿地分批列入《国际重要湿地名录》，前两批如下。",
             "第一批（4处）", "黑龙江扎龙自然保护区、吉林向海自然保护区、江西鄱阳湖自然保护区、湖南东洞庭湖自然保护区",
             "第二批（3处）", "上海崇明东滩自然保护区、内蒙古达赉湖湿地、广东湛江红树林湿地", "有错漏请跟帖指出。"]
    found = extract_cases("\n".join(lines), "我国列入国际重要湿地名录的湿地", None)["cases"]
    assert [(c["name"], c["province"]) for c in found] == [
        ("黑龙江扎龙自然保护区", "黑龙江省"), ("吉林向海自然保护区", "吉林省"), ("江西鄱阳湖自然保护区", "江西省"),
        ("湖南东洞庭湖自然保护区", "湖南省"), ("上海崇明东滩自然保护区", "上海市"), ("内蒙古达赉湖湿地", "内蒙古自治区"),
        ("广东湛江红树林湿地", "广东省")]


def test_a_counted_part_of_a_list_handed_over_by_its_sentence():
    """New: …通过验收，其中湖北4家： over four lines — the sentence's list words and a count of exactly the
    lines below: each line one of them."""
    parks = ["咸宁向阳湖国家湿地公园", "环荆州古城国家湿地公园", "安陆府河国家湿地公园", "五峰百溪河国家湿地公园"]
    body = ("<div class='content'><p>12月27日，国家林业和草原局公布2019年试点国家湿地公园验收情况，"
            "全国158处通过验收，其中湖北4家：</p><ul>" + "".join(f"<li>{p}</li>" for p in parks) + "</ul>"
            "<p>通过验收的湿地公园将正式成为国家湿地公园，纳入国家湿地公园体系统一管理，各地要继续加强保护。</p></div>")
    found = page(body, "湖北国家湿地公园验收情况回顾").cases
    assert [c["name"] for c in found] == parks


def test_fairs_a_list_supports_and_the_phase_a_zone_passed():
    """New: a table of 展会名称 under 山东省入选展会 (fairs are named entries as bodies and zones are), and
    综合保税区（一期） lines — the phase is part of the printed name, not a note to drop."""
    rows = [("中国渔业博览会", "即墨市"), ("中国国际农业机械展览会", "青岛市"), ("中国（菏泽）农资交易会", "菏泽市"),
            ("中国（临沂）汽车用品交易会", "临沂市")]
    table = "<table>" + _row(["序号", "展会名称", "举办地"], "th") + "".join(
        _row([str(k), n, p]) for k, (n, p) in enumerate(rows, 1)) + "</table>"
    body = ("<div class='content'><p>商务部办公厅印发2015年引导支持展会名单，山东共有多个展览会入围，"
            "下表列出其中四个，其余展会以商务部公布的名单为准。</p>" + table
            + "<p>列入名单的展会如出现虚假宣传、冒名办展等情形，将被取消引导支持资格。</p></div>")
    found = page(body, "2015年商务部引导支持展会名单里的山东展会").cases
    assert [c["name"] for c in found] == [n for n, _ in rows]
    zones = ["大连大窑湾保税港区（一期）", "北京天竺综合保税区（一期）", "昆山综合保税区（一期）", "南宁综合保税区（一期）"]
    lines = ["以下海关特殊监管区域通过国家联合验收："] + [f"{k}. {z}" for k, z in enumerate(zones, 1)]
    found = extract_cases("\n".join(lines), "海关特殊监管区域验收情况", None)["cases"]
    assert [c["name"] for c in found] == zones


def test_a_second_group_of_names_after_a_comma_and_yiji():
    """New: 分别是北京市、天津市、重庆市3个直辖市，以及石家庄市（河北）、沈阳市（辽宁）、南京市（江苏）: the names
    go on after 以及 to the clause's end (the count of the first group is no part of its last name);
    …8家组织，以及甲、乙2名个人 leaves the people out."""
    lines = ["2017年国家发展改革委选择产业基础较好的地区先期开展通用航空产业综合示范区试点。",
             "首批先行先试的城市共6个，分别是北京市、天津市、重庆市3个直辖市，以及石家庄市（河北）、沈阳市（辽宁）、南京市（江苏）。"]
    found = extract_cases("\n".join(lines), "首批通用航空产业综合示范区名单", None)["cases"]
    assert [(c["name"], c["province"]) for c in found] == [
        ("北京市", "北京市"), ("天津市", "天津市"), ("重庆市", "重庆市"), ("石家庄市", "河北省"), ("沈阳市", "辽宁省"),
        ("南京市", "江苏省")]
    bodies = ["安徽皖维高新材料股份有限公司", "马钢（集团）控股有限公司", "国网安徽省电力有限公司合肥供电公司",
              "中能建建筑集团有限公司", "合肥周谷堆大兴农产品国际物流园有限责任公司", "安徽铜冠铜箔集团股份有限公司",
              "安徽辉隆农资集团股份有限公司", "泰尔重工股份有限公司"]
    people = ["安徽省人民政府公布第六届安徽省人民政府质量奖评审结果。",
              "获得第六届安徽省人民政府质量奖提名奖的是：" + "、".join(bodies)
              + "8家组织，以及国网安徽省电力有限公司宿州供电公司许启金、国营芜湖机械厂阚艳2名个人。"]
    found = extract_cases("\n".join(people), "第六届安徽省人民政府质量奖获奖名单", None)["cases"]
    assert [c["name"] for c in found] == bodies


def test_a_line_opening_with_a_list_s_name_and_a_colon():
    """New: 2022年…示范区筹建名单（部分）：甲（单位）、乙（单位）、丙（单位） — a caption line under a slideshow,
    the list's own name, a colon, then only its names: each name with the body in its brackets."""
    lines = ["2022年国家地理标志产品保护示范区筹建名单（部分）：平阴玫瑰国家地理标志产品保护示范区（平阴县人民政府）、"
             "鱼台大米国家地理标志产品保护示范区（鱼台县人民政府）、信阳毛尖国家地理标志产品保护示范区（信阳市人民政府）",
             "近日，国家知识产权局公布了2022年国家地理标志产品保护示范区筹建名单，我省两地获批筹建。"]
    found = extract_cases("\n".join(lines), "我省两地获批筹建国家地理标志产品保护示范区", None)["cases"]
    assert [(c["name"], c["agency"]) for c in found] == [
        ("平阴玫瑰国家地理标志产品保护示范区", "平阴县人民政府"), ("鱼台大米国家地理标志产品保护示范区", "鱼台县人民政府"),
        ("信阳毛尖国家地理标志产品保护示范区", "信阳市人民政府")]


def test_an_outlet_a_kind_of_piece_and_the_work_it_won_with():
    """New: 新华社文字通讯《…》 / 人民日报文字评论《…》 / 新华社《新华全媒头条》专栏 under award labels: the work in
    《》 is the case, the outlet before it its body; 宁夏出台《…方案》 is a document issued, no outlet's work."""
    lines = ["第二十七届中国新闻奖评选结果揭晓，部分获奖作品如下：", "【特别奖】",
             "新华社文字通讯《弄潮儿向涛头立——习近平主席出席二十国集团领导人杭州峰会系列活动纪实》",
             "人民日报文字评论《以信仰之光照亮奋斗之路》", "新华社《新华全媒头条》专栏", "【一等奖】",
             "中央电视台纪录片《永远在路上》", "山西日报文字通讯《别了，白家庄矿》", "（完整获奖名单见中国记协网）"]
    found = extract_cases("\n".join(lines), "第二十七届中国新闻奖获奖作品", None)["cases"]
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("《弄潮儿向涛头立——习近平主席出席二十国集团领导人杭州峰会系列活动纪实》", "新华社", "特别奖"),
        ("《以信仰之光照亮奋斗之路》", "人民日报", "特别奖"), ("《新华全媒头条》", "新华社", "特别奖"),
        ("《永远在路上》", "中央电视台", "一等奖"), ("《别了，白家庄矿》", "山西日报", "一等奖")]


def test_winners_listed_by_their_surnames_are_people():
    """New: 获奖者名单如下（按姓氏笔划排序）： over 单位 姓名（女） lines — people with their units, not cases."""
    lines = ["第十九届中国新闻奖、第十届长江韬奋奖评选揭晓。长江韬奋奖获奖者名单如下（按姓氏笔划排序）：", "长江系列",
             "- 内蒙古人民广播电台 山丹（女）", "- 浙江广播电视集团 王水明", "- 青海人民广播电台 王海咏（女）",
             "- 宁夏广播电视总台 田宝贵", "- 解放军报社 乔天富"]
    found = extract_cases("\n".join(lines), "第十届长江韬奋奖获奖者名单", None)["cases"]
    assert [c["name"] for c in found] == []


def test_cases_a_bureau_punished_are_no_recognised_cases():
    """New: …超标排放处罚典型案例 over 一、某化工有限公司超标排放挥发性有机物案 …: wrongdoing made public, not
    recognition (a title of 典型案例 says so only when it is not a punishment's)."""
    lines = ["为强化警示震慑，现将第三季度查处的3起大气污染物超标排放案件予以公开曝光：",
             "一、某化工有限公司超标排放挥发性有机物案", "执法人员检查发现其废气排放浓度超标，依法处罚款。",
             "二、某建材有限公司颗粒物超标排放案", "该公司除尘设施运行不正常，处罚款十八万元。",
             "三、某热电有限公司氮氧化物超标排放案", "在线监测数据显示连续超标，处罚款三十万元。"]
    found = extract_cases("\n".join(lines), "市生态环境局公布第三季度大气污染物超标排放处罚典型案例", None)["cases"]
    assert [c["name"] for c in found] == []


def test_a_section_of_two_whose_numbers_run_on_into_the_next_section():
    """New: 最美渔村 / 01 东楮岛村 / … / 02 烟墩角村 / … / 精品休闲渔业示范基地 / 03 … 05 …: the two-item section
    is the same list as the one its numbers run on into (三、 / 四、 headings after 1. 2. are not)."""
    lines = ["威海共有多个休闲渔业主体入选，下面按称号逐一介绍（编号仅为排版需要，排名不分先后）。", "最美渔村",
             "01", "东楮岛村", "位于荣成市宁津街道，村内成片保存的海草房被视作胶东传统民居的样本。",
             "02", "烟墩角村", "地处荣成市俚岛镇，每年冬季有成群大天鹅到村前海湾越冬。", "全国精品休闲渔业示范基地",
             "03", "威海长青基地", "运营单位：威海长青海洋科技股份有限公司。基地以海洋牧场观光为主。",
             "04", "泓泰海洋生态基地", "运营单位：荣成市泓泰海洋生态休闲旅游有限公司。",
             "05", "威海西港小石岛基地", "运营单位：威海西港水产有限公司。", "下一步还将加大品牌推广力度。"]
    found = extract_cases("\n".join(lines), "威海休闲渔业主体拿下“国字号”招牌", None)["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("东楮岛村", "最美渔村"), ("烟墩角村", "最美渔村"), ("威海长青基地", "全国精品休闲渔业示范基地"),
        ("泓泰海洋生态基地", "全国精品休闲渔业示范基地"), ("威海西港小石岛基地", "全国精品休闲渔业示范基地")]


def test_names_each_followed_by_its_english_name():
    """New: 三江源国家公园 / Sanjiangyuan National Park / 大熊猫国家公园 / Giant Panda National Park …: the English
    lines are translations of the names above them, and a national park is a designation as a zone is."""
    pairs = [("三江源国家公园", "Sanjiangyuan National Park"), ("大熊猫国家公园", "Giant Panda National Park"),
             ("东北虎豹国家公园", "Northeast China Tiger and Leopard National Park"),
             ("海南热带雨林国家公园", "Hainan Tropical Rainforest National Park"), ("武夷山国家公园", "Wuyishan National Park")]
    lines = ["2021年10月12日，我国宣布正式设立第一批国家公园，保护面积达23万平方公里。", "下面是这5个国家公园的中英文名称："]
    for zh, en in pairs:
        lines += [zh, en]
    lines.append("这些国家公园涵盖了近30%的陆域国家重点保护野生动植物种类。")
    found = extract_cases("\n".join(lines), "双语｜首批国家公园名单", None)["cases"]
    assert [c["name"] for c in found] == [zh for zh, _ in pairs]


def test_zones_the_state_council_approved_are_a_list():
    """New: 国务院共批复设立19个国家级新区。 over | 序号 | 新区名称 | 批复设立时间 |: new areas an approval set up
    are a list's entries, as approved centres are."""
    rows = [("上海浦东新区", "1992年10月"), ("天津滨海新区", "2006年5月"), ("重庆两江新区", "2010年5月"),
            ("浙江舟山群岛新区", "2011年6月")]
    lines = ["附录二 国家级新区设立情况", "截至2017年底，国务院共批复设立19个国家级新区，下表列出最早的四个。",
             "| 序号 | 新区名称 | 批复设立时间 |", "|---|---|---|"] + [
        f"| {k} | {n} | {d} |" for k, (n, d) in enumerate(rows, 1)] + ["资料来源：根据国务院批复文件整理。"]
    found = extract_cases("\n".join(lines), "国家级新区设立情况", None)["cases"]
    assert [c["name"] for c in found] == [n for n, _ in rows]


def test_a_kind_of_site_a_ministry_approved_then_its_batches():
    """New: 骨干直联点是…的关键节点，由工业和信息化部批复设立 over 第一批 / | 直联点城市 | 所在省（区、市） | …:
    the kind named first, then the ministry approving each, makes the batches' tables its list."""
    lines = ["国家级互联网骨干直联点是不同骨干网络之间交换流量的关键节点，由工业和信息化部批复设立。", "第一批",
             "| 直联点城市 | 所在省（区、市） |", "|---|---|", "| 北京 | 北京市 |", "| 上海 | 上海市 |", "| 广州 | 广东省 |",
             "第二批", "| 直联点城市 | 所在省（区、市） |", "|---|---|", "| 成都 | 四川省 |", "| 武汉 | 湖北省 |", "| 西安 | 陕西省 |"]
    found = extract_cases("\n".join(lines), "我国国家级互联网骨干直联点建设情况", None)["cases"]
    assert [(c["name"], c["province"], c["category"]) for c in found] == [
        ("北京", "北京市", "第一批"), ("上海", "上海市", "第一批"), ("广州", "广东省", "第一批"),
        ("成都", "四川省", "第二批"), ("武汉", "湖北省", "第二批"), ("西安", "陕西省", "第二批")]


def test_an_accordion_s_hidden_bodies_are_read_and_a_hidden_popup_is_not():
    """New: <h3 data-toggle="fold">陕西省</h3><div class="fold-body" style="display:none"><ul><li>…产业园</li>
    …: a folded part the reader opens with a click is the page's content (a hidden popup stays out)."""
    parks = [("陕西省", "陕西省眉县现代农业产业园"), ("广东省", "广东省茂名市现代农业产业园"),
             ("辽宁省", "辽宁省盘锦市大洼区现代农业产业园")]
    folds = "".join(f"<div class='fold-item'><h3 class='fold-title' data-toggle='fold' aria-expanded='false'>{p}</h3>"
                    f"<div class='fold-body' style='display:none'><ul><li>{n}</li></ul></div></div>" for p, n in parks)
    body = ("<div class='content'><p>农业农村部、财政部公布了2018年国家现代农业产业园创建名单，入选的产业园将获得中央财政奖补资金支持。"
            "为方便查阅，本页按省份折叠展示，点击省份名称即可展开。</p><section class='fold-list'>" + folds + "</section>"
            "<div class='popup' style='display:none'>扫码关注公众号，领取农业政策大礼包</div>"
            "<p>考核达标的产业园可申请认定为国家现代农业产业园，实行能进能退的动态管理。</p></div>")
    result = page(body, "2018年国家现代农业产业园创建名单（分省查看）")
    assert [(c["name"], c["category"]) for c in result.cases] == [(n, p) for p, n in parks]
    assert "大礼包" not in result.article["text"]


def test_a_headerless_table_whose_one_column_ends_in_one_kind():
    """New: | 吕涛技能大师工作室 | 太钢（集团） | (a <dl> of dt and dd, or a table with no header): the column
    whose names all end in one kind (…技能大师工作室) holds what was chosen, the bodies beside it run each."""
    rows = [("吕涛技能大师工作室", "太钢（集团）"), ("王文胜技能大师工作室", "潞安矿业（集团）有限责任公司"),
            ("王斌俊技能大师工作室", "汾西矿业（集团）"), ("王雷雨技能大师工作室", "同煤集团"), ("樊志勤技能大师工作室", "太重集团")]
    lines = ["山西省人社厅公示2021年国家级技能大师工作室拟建项目。", "一、国家级技能大师工作室（5个）"] + [
        f"| {n} | {a} |" for n, a in rows] + ["公示期为5个工作日。"]
    found = extract_cases("\n".join(lines), "2021年国家级技能大师工作室拟建项目名单公示", None)["cases"]
    assert [(c["name"], c["agency"]) for c in found] == list(rows)
