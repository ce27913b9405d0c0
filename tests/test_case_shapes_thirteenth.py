"""Shapes met again in the hold-out sets during the thirteenth session of 2026-12-01, each in lines
of our own wording (facts from public lists). Each test says what it guards; "new" ones failed on
the session's starting code (6d63a3f), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases
from crawler.parsers.regions import place_prefix


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-12-01T09:00:00+08:00")["cases"]


def names(found):
    return [c["name"] for c in found]


def test_places_written_informally_apart_by_spaces_under_a_bracketed_label():
    """New: 【县级城市】 over 江苏昆山市　浙江义乌市　四川成都双流区 — a province's short name then
    the county (or the city's short name, then the district) are places, each a case."""
    found = cases("“中国最具幸福感城市”2017年推选结果于当年12月公布，名单不分先后。",
                  "【地级及以上城市】", "成都　杭州　宁波　西安　长沙", "【县级城市】",
                  "江苏昆山市　浙江义乌市　山东荣成市", "四川成都双流区　湖南浏阳市",
                  title="2017中国最具幸福感城市揭晓")
    assert names(found) == ["成都", "杭州", "宁波", "西安", "长沙", "江苏昆山市", "浙江义乌市", "山东荣成市",
                            "四川成都双流区", "湖南浏阳市"]
    assert [c["category"] for c in found][4:6] == ["地级及以上城市", "县级城市"]


def test_a_short_city_name_then_a_district_with_its_suffix_is_one_place():
    """New: the district after a city's short name keeps its printed suffix (双流区, not 双流)."""
    assert place_prefix("四川成都双流区智慧社区") == "四川成都双流区"
    assert place_prefix("珠海香洲区政务服务") == "珠海香洲区"
    assert place_prefix("珠海香洲发布") == "珠海香洲"


def test_the_others_of_a_tier_after_the_one_the_clause_ranks():
    """New: 宁波市排在第一档第2名，同在第一档的还有甲、乙和丙 / 另外三个是丁、戊和己 — the names after
    同在…的还有 and 另外N个是 are a list, and so is the name ranked just before them."""
    found = cases("住建部通报了2021年第三季度各地生活垃圾分类工作的评估情况。",
                  "在大城市中，宁波市排在第一档第2名，同在第一档的还有杭州市、苏州市和青岛市。"
                  "小城市里第一档有4个，铜陵市位列第一档第1名，另外三个是德阳市、龙岩市和贵港市。",
                  title="垃圾分类季度评估结果出炉")
    assert names(found) == ["宁波市", "杭州市", "苏州市", "青岛市", "铜陵市", "德阳市", "龙岩市", "贵港市"]


def test_another_three_without_a_ranking_are_no_list():
    """Guards the widening: 另外三个是 after no ranking or list word names no cases."""
    found = cases("这次调研去了五个县，其中两个在山区，另外三个是平原县：长丰县、肥西县和肥东县。",
                  "调研组听取了各县关于基层减负的汇报。", title="调研组赴皖中调研")
    assert found == []


def page_cases(body: str, title: str):
    from crawler.sites import parse_page

    html = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='article'>{body}</div></body></html>")
    return parse_page("https://example.org/a/1.html", html.encode(), {}).cases


def test_a_definition_list_of_names_and_their_bodies():
    """New: <dt>名称</dt><dd>单位</dd> pairs read as rows (name, then who runs it); a <dd> that is a
    note, not a body, gives no agency; 检察机关 names bodies of a kind together."""
    found = page_cases(
        "<p>2015年度政务微博影响力评选结果近日揭晓，以下账号获评“十大政务机构微博”（排名不分先后）。</p>"
        "<dl><dt>@上海发布</dt><dd>上海市人民政府新闻办公室</dd><dt>@北京发布</dt><dd>北京市人民政府新闻办公室</dd>"
        "<dt>@成都发布</dt><dd>成都市人民政府新闻办公室</dd><dt>@江苏检察在线</dt><dd>江苏省检察机关</dd>"
        "<dt>@南京发布</dt><dd>资料待补，暂缺</dd></dl><p>评选由人民网舆情数据中心组织。</p>",
        "2015年度十大政务机构微博揭晓")
    assert names(found) == ["@上海发布", "@北京发布", "@成都发布", "@江苏检察在线", "@南京发布"]
    assert [c["agency"] for c in found][:4] == ["上海市人民政府新闻办公室", "北京市人民政府新闻办公室",
                                                "成都市人民政府新闻办公室", "江苏省检察机关"]
    assert found[4]["agency"] != "资料待补，暂缺"


def test_a_definition_list_of_terms_alone_is_no_table():
    """Guards the widening: a glossary (terms each with a long explanation) is no case list."""
    found = page_cases(
        "<h2>名词解释</h2><dl><dt>一网通办</dt><dd>企业和群众办事只进一扇门、只登一张网，线上线下一体化办理。</dd>"
        "<dt>一网统管</dt><dd>城市运行事项在一个平台上统一调度、统一处置，做到早发现、早处置。</dd>"
        "<dt>跨省通办</dt><dd>高频政务服务事项在异地可以直接申请办理，不必往返两地。</dd></dl>",
        "政务服务常用名词解释")
    assert found == []


def test_a_place_then_the_province_it_lies_in_brackets():
    """New: 徐州市（江苏） — the province in brackets says where the place is; the name is the place."""
    found = cases("住建部命名首批国家生态园林城市，名单如下（括号内为所在省份，排名不分先后）：",
                  "1. 徐州市（江苏）", "2. 苏州市（江苏）", "3. 寿光市（山东）", "4. 珠海市（广东）", "5. 宝鸡市（陕西）",
                  title="首批国家生态园林城市名单公布")
    assert names(found) == ["徐州市", "苏州市", "寿光市", "珠海市", "宝鸡市"]
    assert [c["province"] for c in found] == ["江苏省", "江苏省", "山东省", "广东省", "陕西省"]


def test_a_numbered_table_out_of_a_pdf_a_cell_a_line_across_a_page_break():
    """New: 序号 / 城市 / 1 / 徐州市 / 2 / … / 建城〔2016〕号附件 / 序号 / 城市 / 4 / …: the column
    heads are no label, the running header and repeated heads between two rows are no break, and a
    place broken over two lines is one name."""
    found = cases("附件", "首批国家生态园林城市名单", "序号", "城市", "1", "江苏省徐州市", "2", "江苏省苏州市", "3",
                  "山东省寿光市", "建城〔2016〕号附件", "序号", "城市", "4", "广西壮族自治区", "南宁市", "5", "陕西省宝鸡市",
                  title="附件：首批国家生态园林城市名单")
    assert names(found) == ["江苏省徐州市", "江苏省苏州市", "山东省寿光市", "广西壮族自治区南宁市", "陕西省宝鸡市"]
    assert {c["category"] for c in found} == {"首批国家生态园林城市名单"}


def test_numbers_alone_on_lines_that_count_something_else_are_kept_apart():
    """Guards the widening: a figure alone on its line beside a label is no item number."""
    found = cases("全市政务服务事项办理情况", "受理件数", "1523", "办结件数", "1498", "好评率", "99.6%",
                  title="本月政务服务数据")
    assert found == []


def test_one_name_under_a_numbered_label_among_labels_of_several():
    """New: （一）北京市 / 甲、乙 / （二）天津市 / 丙 / （三）上海市 / 丁: a label over one name is the
    same list's next group; a school's branch (…分校) is a body."""
    found = cases("教育部公布了名单，现将部分入选学校附后（以公布文件为准）。", "（一）北京市",
                  "北京市第四中学、北京市十一学校、北京师范大学附属实验中学分校", "（二）天津市", "天津市南开中学",
                  "（三）上海市", "上海市上海中学", title="附件：入选学校名单（部分）")
    assert names(found) == ["北京市第四中学", "北京市十一学校", "北京师范大学附属实验中学分校", "天津市南开中学",
                            "上海市上海中学"]
    assert [c["category"] for c in found] == ["北京市", "北京市", "北京市", "天津市", "上海市"]


def test_the_honour_in_brackets_after_a_school_is_no_agency():
    """New: 上海市上海中学（优秀学校）: the bracket names the kind of honour, not who runs the school."""
    found = cases("会上，获评优秀区域和优秀学校的代表依次作经验交流：", "①杭州市上城区（优秀区域）",
                  "②上海市上海中学（优秀学校）", "③天津市南开中学（优秀学校）", title="教育信息化应用交流会召开")
    assert names(found) == ["杭州市上城区", "上海市上海中学", "天津市南开中学"]
    assert [c["agency"] for c in found] == ["杭州市上城区", "上海市上海中学", "天津市南开中学"]


def test_a_headerless_table_of_as_many_places_as_the_title_counts():
    """New: a title that counts the places chosen (二十城获批…, 四地入选…) over a table without a
    header of exactly that many rows: the rows are the places."""
    found = cases("住建部确定了首批国家智慧城市试点，北京有四个地区在列。", "本报将其整理如下，左为地区，右为所在城市：",
                  "| 东城区 | 北京 |", "| 朝阳区 | 北京 |", "| 未来科技城 | 北京 |", "| 丽泽金融商务区 | 北京 |",
                  title="北京四地获批首批国家智慧城市试点")
    assert names(found) == ["东城区", "朝阳区", "未来科技城", "丽泽金融商务区"]


def test_a_headerless_table_of_other_many_rows_than_the_title_counts_is_no_list():
    """Guards the widening: the title counts three, the table has four rows of figures by city."""
    found = cases("各地上半年的数据如下：", "| 东城区 | 北京 |", "| 朝阳区 | 北京 |", "| 海淀区 | 北京 |", "| 丰台区 | 北京 |",
                  title="三城发布上半年经济数据")
    assert found == []


def test_a_page_that_says_its_ranking_is_no_selection_lists_no_cases():
    """New: 这只是规模的排序…也不是任何评选结果 at the top, a paragraph, then a ranked table and
    bulleted remarks that begin with a city: the page says itself that nothing here was chosen."""
    found = cases("常有人问智慧城市到底服务多少人。这里把各地统计公报中的年末常住人口摘出来排了个序。",
                  "需要说明：这只是规模的排序，和城市的数字化水平没有关系，也不是任何评选结果。",
                  "数据来自各地2022年统计公报，四舍五入到万人，方便对照。",
                  "| 名次 | 城市 | 常住人口（万人） |", "|---|---|---|", "| 1 | 重庆 | 3213 |", "| 2 | 上海 | 2475 |",
                  "| 3 | 北京 | 2184 |", "| 4 | 成都 | 2127 |", "| 5 | 广州 | 1873 |", "| 6 | 深圳 | 1766 |",
                  "| 7 | 武汉 | 1374 |", "| 8 | 天津 | 1363 |", "| 9 | 西安 | 1299 |", "| 10 | 苏州 | 1291 |",
                  "几点观察：", "- 重庆辖区大、含大量县域人口，常住人口多不等于城区最大。",
                  "- 北京2022年末常住人口比上年略减。", "- 前十名中，东部城市占六席。",
                  title="智慧城市的服务对象：十座人口最多城市一览")
    assert found == []


def test_numbers_that_are_no_places_on_a_selection_list_keep_the_list():
    """Guards the narrowing: 编号不是评选名次 says only that the numbers are no ranks."""
    found = cases("2015年度十大政务机构微博评选结果揭晓，名单如下（编号为发布顺序，不是评选名次）：",
                  "1. @上海发布", "2. @北京发布", "3. @成都发布", "4. @南京发布", title="2015年度十大政务机构微博揭晓")
    assert names(found) == ["@上海发布", "@北京发布", "@成都发布", "@南京发布"]
    assert all(c["rank"] is None for c in found)


def test_places_under_a_compilations_part_that_says_they_were_chosen():
    """New: 第一篇 首批试验区（省） / 福建、江西、贵州: a part of a compilation, its numbering no part of
    the label, over short province names that the label says were chosen."""
    found = cases("本书按批次汇编国家生态文明试验区的建设资料。", "第一篇 首批试验区（省）", "福建、江西、贵州",
                  "第二篇 建设经验", "各试验区的制度创新成果另行汇编。", title="国家生态文明试验区资料汇编目录")
    assert names(found) == ["福建", "江西", "贵州"]
    assert {c["category"] for c in found} == {"首批试验区（省）"}


def test_places_under_a_label_that_chose_nothing_are_no_list():
    """Guards the widening: 调研地区 over short province names says where a team went, not who was chosen."""
    found = cases("课题组今年走访了多个省份。", "第一篇 调研地区", "福建、江西、贵州", title="调研报告目录")
    assert found == []


def test_the_places_a_pilot_was_placed_in_named_in_a_sentence():
    """New: 这次试点落在甲、乙、丙和丁等N个地方: where a pilot was placed, each place a case."""
    found = cases("国务院办公厅印发证明事项告知承诺制试点工作方案。",
                  "根据方案，这次试点落在天津市、内蒙古自治区、黑龙江省和公安部等18个地方和部门，为期一年。",
                  title="证明事项告知承诺制试点启动")
    assert names(found) == ["天津市", "内蒙古自治区", "黑龙江省", "公安部"]


def test_an_attachments_table_of_a_pilots_scope_without_a_header():
    """New: 附件 试点范围 over | 省 | 自贸试验区 | rows: the scope of a pilot is the places it chose (not
    who may enter), and the attachment's numbering is no part of the label."""
    found = cases("国务院决定在更大范围推进“证照分离”改革试点，试点范围见附件。", "附件2 试点范围",
                  "| 天津市 | 天津自贸试验区 |", "| 辽宁省 | 辽宁自贸试验区 |", "| 浙江省 | 浙江自贸试验区 |",
                  "| 福建省 | 福建自贸试验区 |", title="“证照分离”改革试点扩围")
    assert names(found) == ["天津自贸试验区", "辽宁自贸试验区", "浙江自贸试验区", "福建自贸试验区"]
    assert {c["category"] for c in found} == {"试点范围"}


def test_short_city_names_numbered_five_a_line_under_a_sentence_that_counts_them():
    """New: 本文列出其中10个城市 over 1.北京 2.天津 … five to a line: the sentence says the page gives
    that many of the list, and the numbers (not ranks) mark each."""
    found = cases("首届千兆城市高峰论坛在青岛召开，29个城市的建设成果在会上亮相。", "首批千兆城市（部分）",
                  "说明：下列城市照发布时的顺序列出，序号只为查阅方便，不代表名次。限于篇幅，本文列出其中10个城市。",
                  "1.北京 2.天津 3.上海 4.南京 5.杭州", "6.宁波 7.青岛 8.济南 9.武汉 10.长沙",
                  title="首批千兆城市建设成果发布")
    assert names(found) == ["北京", "天津", "上海", "南京", "杭州", "宁波", "青岛", "济南", "武汉", "长沙"]
    assert all(c["rank"] is None for c in found)


def test_a_call_that_lists_its_directions_is_no_list():
    """Guards the widening: 通知列出8个重点方向 over the numbered directions: what entries may choose."""
    found = cases("通知列出4个重点方向，每个项目只能选择其中一个：", "1. 急诊救治", "2. 远程诊断", "3. 远程治疗",
                  "4. 健康管理", title="关于组织开展5G+医疗健康应用试点项目申报工作的通知")
    assert found == []


def test_a_ranking_printed_in_two_halves_with_a_blank_column_and_a_two_row_header():
    """New: | 排名 | 城市 | 分项指数 |  | 竞争力指数 |  | 排名 | 城市 | … | over a second header row
    (|  |  | 传播力 | 服务力 |  | …): two halves of one ranking, each row two entries with their
    ranks; the board's heading above a note is their category; 相关条目 under them links, no cases."""
    head = "| 排名 | 城市 | 分项指数 |  | 竞争力指数 |  | 排名 | 城市 | 分项指数 |  | 竞争力指数 |"
    found = cases("全国城市政务微博竞争力排行榜", "原表共列一百座城市，本条只收录前8位，左栏第1—4位，右栏第5—8位。", head,
                  "|---|---|---|---|---|---|---|---|---|---|---|",
                  "|  |  | 传播力 | 服务力 |  |  |  |  | 传播力 | 服务力 |  |",
                  "| 1 | 成都 | 94.61 | 86.91 | 91.76 |  | 5 | 青岛 | 77.06 | 71.25 | 72.92 |",
                  "| 2 | 杭州 | 77.42 | 72.50 | 77.10 |  | 6 | 潍坊 | 74.60 | 69.71 | 72.51 |",
                  "| 3 | 南京 | 78.43 | 71.95 | 76.01 |  | 7 | 武汉 | 76.91 | 70.17 | 72.45 |",
                  "| 4 | 西安 | 78.37 | 71.56 | 74.73 |  | 8 | 广州 | 76.58 | 69.11 | 72.32 |",
                  "相关条目", "- 政务微博", "- 人民网舆情数据中心", "- 2022年第三季度政务微博影响力报告",
                  title="2023年第三季度政务微博影响力报告")
    assert sorted((c["rank"], c["name"]) for c in found) == [
        (1, "成都"), (2, "杭州"), (3, "南京"), (4, "西安"), (5, "青岛"), (6, "潍坊"), (7, "武汉"), (8, "广州")]
    assert {c["category"] for c in found} == {"全国城市政务微博竞争力排行榜"}


def test_numbered_honours_each_a_sentence_whose_subject_is_the_case():
    """New: 1. 甲区被国务院办公厅秘书局列为…试点地区 / 2. 甲区政务服务中心获全国妇联授予“…” / 3. …平台入选…
    / 4. “个转企到店办”获评…: the subject of each sentence is the case — a place, a body, a product,
    a quoted practice — with who honoured it and how after it."""
    found = cases("本局2023年度获得的主要荣誉整理如下（按公布先后排列）：",
                  "1. 龙岗区被国务院办公厅秘书局列为政务服务线上线下融合和向基层延伸试点地区。",
                  "2. 龙岗区政务服务中心获全国妇联授予“全国巾帼文明岗”称号。",
                  "3. 龙岗AI赋能平台入选全国一体化政务服务平台应用推广案例。",
                  "4. “个转企到店办”获评2022年深圳市营商环境改革优秀案例。", title="区政务服务和数据管理局2023年度荣誉")
    assert names(found) == ["龙岗区", "龙岗区政务服务中心", "龙岗AI赋能平台", "“个转企到店办”"]


def test_a_numbered_sentence_that_opens_with_a_clause_keeps_its_text():
    """Guards the widening: 在…评估中获评… opens with where, not who; no subject is cut from it."""
    found = cases("本局2023年度获得的主要荣誉整理如下：", "1. 在全省政务服务评估中获评优秀等次。",
                  "2. 龙岗区政务服务中心获评“2022年度深圳市商事登记优质服务窗口”。", title="区政务服务和数据管理局2023年度荣誉")
    assert "在全省政务服务评估中" not in names(found)


def test_a_ranking_read_from_a_figures_caption_with_slashes_between_items():
    """New: a <figcaption> under the board's picture prints it (榜单截图：NO.1 甲／NO.2 乙…): the caption
    is kept in the text, each NO.N item is a case with its rank, the picture's word is no category,
    and the top three named in the lead are the same cases."""
    found = page_cases(
        "<p>最新一期全国省级药监微信公众号周榜显示，“浙江药闻”“江苏药品监管”“山东药品监管”分列前三位，"
        "该榜由中国医药报社发布。</p><figure><img src='/b.png' alt='周榜'>"
        "<figcaption>榜单截图：NO.1 浙江药闻／NO.2 江苏药品监管／NO.3 山东药品监管／NO.4 湖北药监／NO.5 上海药监</figcaption>"
        "</figure><p>从截图看，本期前五中华东地区占了四席，湖北药监是中部地区唯一进入前五的公众号。</p>",
        "周榜：浙江药闻领跑")
    assert [(c["rank"], c["name"].strip("“”")) for c in found] == [
        (1, "浙江药闻"), (2, "江苏药品监管"), (3, "山东药品监管"), (4, "湖北药监"), (5, "上海药监")]
    assert {c["category"] for c in found} == {None}


def test_works_in_a_nested_list_sorted_by_their_form():
    """New: - 图书类 /   - 《甲》 /   - 《乙》 / - 展览类 /   - 丙：丁展 on a page about 十大科普作品: an
    item holding an indented list is that list's label; the works are the cases, an exhibition's
    title with its subtitle is one name, a note in brackets on what a work holds is no part of it."""
    text = "\n".join(["“典赞·2020科普中国”十大科普作品揭晓，官方说明排序不分先后，本站按形式分类。",
                      "- 图书类", "  - 《科学的力量》", "  - 《细胞总动员》（含上下两册）", "- 展览类",
                      "  - 大医精诚：中西医结合抗击新冠肺炎疫情纪实展", "  - 《八大作：官式古建筑营造技艺》",
                      "同场揭晓的还有十大科普人物。"])
    found = extract_cases(text, "“典赞·2020科普中国”十大科普作品一览", None)["cases"]
    assert names(found) == ["《科学的力量》", "《细胞总动员》", "大医精诚：中西医结合抗击新冠肺炎疫情纪实展",
                            "《八大作：官式古建筑营造技艺》"]
    assert [c["category"] for c in found] == ["图书类", "图书类", "展览类", "展览类"]


def test_titles_in_a_nested_list_on_a_page_about_no_works_list_are_no_cases():
    """Guards the widening: a reading list's books, sorted by kind, chose nothing."""
    text = "\n".join(["寒假到了，给孩子们列一份书单。", "- 科普类", "  - 《科学的力量》", "  - 《细胞总动员》",
                      "- 文学类", "  - 《草房子》", "  - 《城南旧事》"])
    assert extract_cases(text, "寒假书单推荐", None)["cases"] == []


def test_numbered_honours_whose_subjects_hold_quotes_or_won_a_prize():
    """New: （一）基于“一网统管”打造的政务大模型入选… / （二）…训练基地获…大赛…优秀奖: a subject with quotes
    inside it, and 获 + the prize's name, end the case's name as 入选 and 获评 do."""
    found = cases("2024年本局所获荣誉清单如下（排名不分先后）：", "全国性评选",
                  "（一）龙岗区政务云获评“深度用云先锋案例”；",
                  "（二）基于“一网统管”打造的政务大模型入选《2024大模型典型示范应用案例集》；", "广东省级评选",
                  "（三）“数据脱敏开放+全国产架构”人工智能算法训练平台入选2024年广东省应用场景典型案例；",
                  "（四）人工智能算法训练基地获2024年“数据要素×”大赛广东分赛科技创新赛道优秀奖。",
                  title="2024年度荣誉清单")
    assert names(found) == ["龙岗区政务云", "基于“一网统管”打造的政务大模型", "“数据脱敏开放+全国产架构”人工智能算法训练平台",
                            "人工智能算法训练基地"]


def test_a_name_holding_the_word_for_a_sense_of_gain_is_not_cut():
    """Guards the widening: 获得感 is a word of the name (提升企业办电获得感), no honour won."""
    found = cases("2023年优化营商环境典型案例名单（排名不分先后）：", "1. 创新电力“多办合一”模式 提升企业办电获得感满意度",
                  "2. 打造“一件事一次办”升级版", title="2023年优化营商环境典型案例名单")
    assert names(found)[0] == "创新电力“多办合一”模式 提升企业办电获得感满意度"


def test_places_with_their_counts_in_one_cell_are_figures():
    """New: | 第一 | 河南 10130 | 山东 7874 |: a place and how many accounts it has, in one cell — a
    table of counts, not of chosen accounts."""
    found = cases("截至2020年12月，经认证的政务机构微博共140837个。", "账号数量居前的省份",
                  "| 位次 | 政务机构微博（个） | 政务头条号（个） |", "|---|---|---|", "| 第一 | 河南 10130 | 山东 7874 |",
                  "| 第二 | 四川 9381 | 河南 7231 |", "| 第三 | 江苏 9248 | 四川 5806 |", title="政务新媒体账号数量统计")
    assert found == []


def test_a_ranking_of_articles_by_their_headlines_is_no_list_of_cases():
    """New: | 名次 | 文章标题 | 发布账号 | 影响力指数 |: the articles are ranked, not the accounts; no cases."""
    found = cases("疾控机构两微传播影响力排行榜分账号榜和文章榜，本文只看文章榜。", "微信文章榜（摘录）",
                  "| 名次 | 文章标题 | 发布账号 | 影响力指数 |", "|---|---|---|---|",
                  "| 1 | 《开学季关注这6种学校常见传染病》 | 中国疾控中心 | 3341.1 |",
                  "| 2 | 《流感季，这份防护指南请收好》 | 北京市疾病预防控制中心 | 3102.7 |",
                  "| 3 | 《夏季食品安全提示》 | 深圳疾控 | 2988.0 |", title="从疾控文章榜看科普标题怎么写")
    assert found == []


def test_a_table_of_figures_the_page_says_it_does_not_rank_lists_no_cases():
    """New: 表中数字均为各方公开口径，不作横向排名 over a table of venues and their figures: the only
    word of a list on the page is denied."""
    found = cases("本期把几家数据交易机构在官方发布中提到的数字放在一张表里，便于对照。表中数字均为各方公开口径，不作横向排名。",
                  "| 交易场所 | 所在地 | 公开的主要数字 |", "|---|---|---|",
                  "| 青岛大数据交易中心 | 山东青岛 | 上架数据产品384个 |", "| 山东数据交易公司 | 山东 | 交易额同比增长48% |",
                  "| 海洋大数据交易服务平台 | 山东青岛 | 累计交易额超2000万元 |", title="数据交易场所公开了哪些数字")
    assert found == []


def test_units_that_passed_a_grading_listed_by_the_year_they_passed():
    """New: 2008年通过测评（3家） / 1、甲档案馆 …: those a national grading passed and gave a plaque
    are its list, though the page says no 名单 or 入选."""
    found = cases("国家一级档案馆由国家档案局组织测评，是市县综合档案馆的最高等级，通过的馆当场授牌。",
                  "2008年通过测评（3家）", "1、常州市档案馆", "2、江阴市档案馆", "3、常熟市档案馆",
                  "2009年通过测评（2家）", "1、宜兴市档案馆", "2、无锡市档案馆", title="江苏的国家一级档案馆")
    assert names(found) == ["常州市档案馆", "江阴市档案馆", "常熟市档案馆", "宜兴市档案馆", "无锡市档案馆"]


def test_two_bodies_on_a_line_under_a_numbered_label_that_says_they_were_chosen():
    """New: 二、…国家级试点地区（第一批，部分） / 甲、乙 and 三、…试点单位（部分） / 丙、丁, a paragraph
    between the sections: two places or bodies under a label of choosing are a list of two."""
    found = cases("以下各节列出能够查证的入选对象，不是完整名单。", "企业数字档案馆",
                  "企业集团数字档案馆建设试点自2022年开始，国家档案局已分批确认试点单位。",
                  "三、企业集团数字档案馆建设试点单位（部分）", "无锡地铁集团有限公司、中国船舶集团",
                  "前者2023年入选第二批，后者入选第四批。", title="档案工作示范与试点")
    assert names(found) == ["无锡地铁集团有限公司", "中国船舶集团"]


def test_two_bodies_under_a_label_of_who_took_part_are_no_list():
    """Guards the widening: 参会单位 says who came, not who was chosen."""
    found = cases("一、参会单位", "无锡地铁集团有限公司、中国船舶集团", "会议由省档案局主持。", title="档案工作座谈会召开")
    assert found == []


def test_ports_a_pilot_was_placed_in_ending_alike_after_and():
    """New: 这5个智慧化改造类试点分别落在唐山港、青岛港、宁波舟山港、广州港和北部湾港: the pilot placed in
    each name; 和 between two names that end as the others do splits them."""
    found = cases("交通运输部公布首批港口功能优化提升交通强国专项试点项目。", "智慧化改造",
                  "这5个智慧化改造类试点分别落在唐山港、青岛港、宁波舟山港、广州港和北部湾港。", title="首批港口专项试点公布")
    assert names(found) == ["唐山港", "青岛港", "宁波舟山港", "广州港", "北部湾港"]


def test_works_named_by_their_kind_then_title_in_a_sentence():
    """New: …获评一等奖的还有该中心的电视栏目《今日乡村》、电视专题《情怀故里看盘古》和短视频《…》: each
    work is its title, its kind no part of it."""
    found = cases("河北沧州的青县融媒体中心获评“全国媒体融合先导单位”20强。获评一等奖的还有该中心的电视栏目《今日乡村》、"
                  "电视专题《情怀故里看盘古》、综艺晚会《第十一届“感动青县”道德模范颁奖典礼》和短视频《青县融媒 记“疫”时刻》。",
                  title="青县融媒获全国先导单位20强")
    assert [n for n in names(found) if n.startswith("《")] == [
        "《今日乡村》", "《情怀故里看盘古》", "《第十一届“感动青县”道德模范颁奖典礼》", "《青县融媒 记“疫”时刻》"]


def test_a_second_numbered_table_section_without_a_header_under_the_first():
    """New: 1、站房工程 / 表1 … / a table with a header, then 2、桥梁工程 / 表2 … / a table without one:
    the second section of the same list, its long names too, far from the sentence about the list."""
    rows1 = ["| 所在城市 | 工程名称 | 序号 |", "|---|---|---|"] + [f"| {c} | {n} | {k} |" for k, (c, n) in enumerate(
        [("苏州", "苏州站"), ("青岛", "青岛北站"), ("天津", "于家堡站"), ("郑州", "郑州东站"), ("合肥", "合肥南站"),
         ("兰州", "兰州西站"), ("沈阳", "沈阳南站"), ("南宁", "南宁东站")], 1)]
    rows2 = [f"| {k} | {n} |" for k, n in enumerate(["合福铁路铜陵公铁两用长江大桥", "宁安城际铁路安庆长江铁路大桥",
                                                    "石武高速铁路郑州黄河公铁两用大桥", "哈齐客专松花江大桥"], 1)]
    found = cases("苏州站、青岛北站等车站入选了国家铁路局遴选出的铁路优质创新工程。", "1、站房工程", "表1 站房工程", *rows1,
                  "2、桥梁工程", "表2 桥梁工程", *rows2, title="国家铁路局遴选铁路优质创新工程")
    assert names(found)[-4:] == ["合福铁路铜陵公铁两用长江大桥", "宁安城际铁路安庆长江铁路大桥", "石武高速铁路郑州黄河公铁两用大桥",
                                 "哈齐客专松花江大桥"]


def test_cases_without_a_place_take_the_province_of_nearly_all_the_others():
    """New: one case placed in another province (澳门…) among five placed in 广东 no longer keeps the
    page's unplaced cases from 广东."""
    found = cases("2021年珠海市社会治理创新优秀案例名单（排名不分先后）：", "一、社会协同治理类",
                  "1. 珠海市“海心花”社会心理健康咨询平台", "2. 香洲区党建引领下的“规则+”社区协商案例", "3. 三灶故事连锁大讲堂",
                  "4. “最珠海”城市生活服务平台", "二、珠澳合作治理类", "1. 珠海市商事登记“同城通办”服务系统项目",
                  "2. 珠澳同心·律政展翅", "3. 澳门街坊会联合总会广东办事处横琴综合服务中心", title="珠海市社会治理创新优秀案例")
    by_name = {c["name"]: c["province"] for c in found}
    assert by_name["三灶故事连锁大讲堂"] == "广东省" and by_name["珠澳同心·律政展翅"] == "广东省"


def test_places_joined_in_one_cell_beside_rows_of_one_place():
    """New: | 河南 | 南阳、许昌、平顶山、汝州、鹿邑 | 首批 | among rows of one city each: the joined cell
    is each of its places, short county names among them."""
    found = cases("2016年电信普遍服务试点地市名单（部分）如下：", "| 省份 | 试点地市 | 批次 |", "|---|---|---|",
                  "| 安徽 | 阜阳市 | 第二批 |", "| 河南 | 南阳、许昌、平顶山、汝州、鹿邑 | 首批 |", "| 四川 | 巴中 | 第二批 |",
                  "| 福建 | 龙岩市 | 第二批 |", title="电信普遍服务试点地市名单")
    assert names(found) == ["阜阳市", "南阳", "许昌", "平顶山", "汝州", "鹿邑", "巴中", "龙岩市"]


def test_circled_places_under_a_label_of_choosing_and_a_note_that_denies_any_ranking():
    """New: 试点省（市） / ①天津　②河北　③辽宁 … (…不代表任何排名): the places the label says were chosen,
    with no ranks."""
    found = cases("司法部印发证明事项告知承诺制试点工作方案。", "试点省（市）", "①天津　②河北　③辽宁　④上海",
                  "⑤江苏　⑥浙江", "试点部门", "1.公安部", "2.司法部", "（以上编号只是照文件列举的次序标注，不代表任何排名）",
                  title="告知承诺制试点名单来了")
    assert names(found) == ["天津", "河北", "辽宁", "上海", "江苏", "浙江", "公安部", "司法部"]
    assert all(c["rank"] is None for c in found)


def test_numbered_cities_under_a_sentence_that_counts_them_in_bracketed_groups():
    """New: 【数字行政服务】 / 水平最高的是四座城市： / (1)北京 (2)上海 …, under a note that the numbers
    are only entry numbers (序号只是条目编号): each group's cities, no ranks."""
    found = cases("（每组前面的序号只是条目编号，报告没有在组内排名次，大家别当成排行看。）", "【数字基础设施】",
                  "够得上卓越的只有三座：", "(1)北京", "(2)上海", "(3)杭州", "【数字行政服务】", "这一项水平最高的是四座城市：",
                  "(1)北京", "(2)上海", "(3)深圳", "(4)厦门", title="一文看懂2023城市数字治理报告")
    assert [(c["category"], c["name"]) for c in found] == [
        ("数字基础设施", "北京"), ("数字基础设施", "上海"), ("数字基础设施", "杭州"),
        ("数字行政服务", "北京"), ("数字行政服务", "上海"), ("数字行政服务", "深圳"), ("数字行政服务", "厦门")]
    assert all(c["rank"] is None for c in found)


def test_a_channels_feed_of_headlines_with_when_each_was_posted():
    """New: 1. 深圳交警的“官微”为何这么火？6小时前 / 2. …7小时前: a portal channel's feed, no list."""
    found = cases("政务频道 · 最新", "1. 福州获评“最具热度国内游城市”1小时前", "2. 全国城市政务微博竞争力排行榜 昆明排15位4小时前",
                  "推广政务大厅自助终端厂家直供，点击获取报价",
                  "1. 深圳交警的“官微”为何这么火？6小时前", "2. “对话官微”政务微博办实事排行榜19：@武威公安首登榜首7小时前",
                  "3. 祝贺成都市位居2020年全国公共服务质量满意度第一8小时前", "4. 北京市公安交管局官方微博“北京交警”正式启用9小时前",
                  "加载更多", title="政务频道")
    assert found == []


def test_short_city_names_under_a_bracketed_honour_title():
    """New: 【2023年度微博最具热度国内游城市】 / 长沙、大理、桂林…: the places under the honour's title."""
    found = cases("2023首届微博旅游之夜年度盛典在云南大理举办。", "【2023年度微博最具热度国内游城市】",
                  "长沙、大理、桂林、哈尔滨、泉州、杭州", "其中泉州的文旅话题全年阅读量居前。", title="微博旅游之夜揭晓年度城市")
    assert names(found) == ["长沙", "大理", "桂林", "哈尔滨", "泉州", "杭州"]


WRAPPED = ["湖南省政务管理服务局关于2022年第一季度检查情况的通报",
           "    根据国办秘函〔2019〕19号文件关于政府网站与政务新媒体检查",
           "指标的要求，省政务局组织了2022年第一季度检查工作。经省人民政府",
           "同意，现将有关情况通报如下。",
           "    一季度，省政务局对全省正常运行的617家政府网站进行了全覆盖",
           "检查，发现1家存在单项否决问题，总体合格率99.84%。对136家政府",
           "门户网站的互动交流功能作了重点检查，61家能对简单常见咨询在1个",
           "工作日内准确答复。",
           "    对全省正常运行的2420家政务新媒体开展普查，发现6家存在突出问",
           "题，总体合格率99.75%。",
           "    长沙市、株洲市、湘潭市、常德市、益阳市、郴州市、永州市、",
           "怀化市、娄底市、湘西自治州的政府网站和政务新媒体检查合格率均",
           "达到100%。"]


def test_a_notice_wrapped_at_a_fixed_width_is_read_as_its_sentences():
    """New: a PDF's text broken at a fixed width (…永州市、 / 怀化市…合格率均 / 达到100%。): the lines that
    end mid-sentence near the page's width go on in the next, and the praised places are a list."""
    found = extract_cases("\n".join(WRAPPED), "湘政务函〔2022〕9号.pdf", None)["cases"]
    assert names(found) == ["长沙市", "株洲市", "湘潭市", "常德市", "益阳市", "郴州市", "永州市", "怀化市", "娄底市", "湘西自治州"]


def test_lines_of_their_own_width_are_not_joined():
    """Guards the widening: a table's rows and a note under them, or short lines, stay as they are."""
    from crawler.parsers.cases import _reflow_wrapped

    lines = ["| 9 | 山东药品监管（山东省药品监督管理局） | 山东 |", "| 10 | 四川药品监管（四川省药品监督管理局） | 四川 |",
             "注：主办单位一栏由本站编辑按各省级药监部门标注，原榜只列公众号名称", "第一批", "北京市东城区", "天津市河西区"]
    assert _reflow_wrapped(lines) == lines


def test_countries_ranked_by_an_international_survey():
    """New: - (1) 美国 / - (2) 新加坡 … under 前十名依次如下，括号内数字即名次: countries (Babel's Chinese names
    of them) are places a ranking names, each its own agency, with no province."""
    found = cases("早稻田大学世界电子政府排名2014年结果公布。", "总排名", "前十名依次如下，括号内数字即名次：",
                  "- (1) 美国", "- (2) 新加坡", "- (3) 韩国", "- (4) 英国", "- (5) 日本", title="早稻田大学世界电子政府排名（2014）")
    assert [(c["rank"], c["name"], c["agency"], c["province"]) for c in found] == [
        (1, "美国", "美国", None), (2, "新加坡", "新加坡", None), (3, "韩国", "韩国", None), (4, "英国", "英国", None),
        (5, "日本", "日本", None)]


def test_countries_named_in_prose_about_travel_are_no_list():
    """Guards the widening: countries in a sentence that chose nothing."""
    found = cases("今年暑假我们去了日本、韩国和新加坡，三个国家的政务服务各有特点。", title="暑期游记")
    assert found == []
