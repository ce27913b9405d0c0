"""Shapes first met in hold-out sets 50 and 51 (2026-11-30), each in a page of our own wording
(facts from public lists; names, bodies and awards as printed there). Each test says what it guards;
the ones marked "new" failed on the session's starting code (410047a)."""
from pathlib import Path

from crawler.parsers.cases import extract_cases
from crawler.sites import parse_page


def cases(*lines, title="社区生活圈优秀案例评选揭晓"):
    return extract_cases("\n".join(lines), title, "2024-01-22T09:00:00+08:00")["cases"]


def test_several_things_joined_before_one_honour_are_each_a_case():
    """New: 甲、乙、丙获评匠心创意奖 — the things before the verb, each a case, under the label above."""
    found = cases("上海“15分钟社区生活圈”优秀案例评选结果日前揭晓，我区多个项目获奖。",
                  "【睦邻驿站赛道】",
                  "斜土街道党群服务中心、龙华街道邻里汇、长桥街道社区食堂获评匠心创意奖；枫林街道为老服务中心同时获评人民满意奖。",
                  "【活力空间赛道】",
                  "田林街道口袋公园、虹梅街道运动角获评匠心创意奖。",
                  "其他赛道的获奖项目将陆续介绍。")
    pairs = [(c["name"], c["category"]) for c in found]
    assert pairs[:3] == [
        ("斜土街道党群服务中心", "睦邻驿站赛道"), ("龙华街道邻里汇", "睦邻驿站赛道"), ("长桥街道社区食堂", "睦邻驿站赛道")]
    assert pairs[-2:] == [("田林街道口袋公园", "活力空间赛道"), ("虹梅街道运动角", "活力空间赛道")]


def test_a_count_after_the_joined_names_is_not_part_of_the_last():
    """New: 甲、乙、丙3个案例获评优秀案例 — the count closes the list, it is no name; a name given
    again in full further down is counted once."""
    found = cases("市里传来消息：七宝镇社区养老综合体、梅陇镇邻里中心、华漕镇国际社区服务站3个案例获评优秀案例。",
                  "下面挑一个项目来看看。",
                  "梅陇镇邻里中心",
                  "获得奖项：温馨家园优秀创意奖",
                  "中心设在原厂房里，提供助餐、托育和文体活动空间。",
                  title="我区3个案例获评社区生活圈优秀案例")
    names = [c["name"] for c in found]
    assert sorted(names) == ["七宝镇社区养老综合体", "华漕镇国际社区服务站", "梅陇镇邻里中心"]


def test_bodies_thanked_for_organising_are_not_cases():
    """New guard (the first version of the joined shape took them): 4家单位被评为成绩突出组织单位 —
    thanked for running the contest, not chosen by it."""
    found = cases("由市总工会会同市公安局共同组织的全市公安基层技术革新大赛日前落幕，共有20个项目进入比赛。",
                  "经评委组综合评审，摘得一等奖的是市局刑侦支队“现场勘查辅助终端”和巴林右旗公安局“牧区警务通”。",
                  "获得二等奖的是松山区公安分局“智能门禁管理系统”和敖汉旗公安局“矛盾纠纷调解平台”。",
                  "优秀奖授予市局特警支队“多功能警用背包”、喀喇沁旗公安局“移动接警终端”和翁牛特旗公安局“视频巡防系统”。",
                  "此外，巴林左旗公安局、翁牛特旗公安局、喀喇沁旗公安局、巴林右旗公安局4家单位被评为成绩突出组织单位。",
                  "据了解，本次竞赛是全市职工职业技能竞赛项目之一。",
                  title="全市公安基层技术革新大赛落幕")
    names = [c["name"] for c in found]
    assert "市局刑侦支队“现场勘查辅助终端”" in names
    assert not {"巴林左旗公安局", "翁牛特旗公安局"} & set(names)


def test_a_line_that_only_says_how_the_names_are_ordered_is_no_category():
    """New: 整体贡献奖 / （以区名拼音为序） / the names — the award over them is their category."""
    found = cases("评选结果近日揭晓，多个区获奖。",
                  "整体贡献奖",
                  "（以区名拼音为序）",
                  "- 长宁区",
                  "- 静安区",
                  "- 普陀区",
                  "最佳组织实施奖",
                  "（以区名拼音为序）",
                  "- 奉贤区",
                  "- 嘉定区",
                  "- 松江区",
                  "以下为部分获奖项目情况。")
    assert [(c["name"], c["category"]) for c in found][:4] == [
        ("长宁区", "整体贡献奖"), ("静安区", "整体贡献奖"), ("普陀区", "整体贡献奖"), ("奉贤区", "最佳组织实施奖")]


def test_lines_of_names_go_on_past_labels_with_a_colon_and_a_second_section():
    """New: a results notice whose sections hold lines of bodies joined by 、, some after a label and
    a colon (政策解读（按行政区划排序）：…): every section's names, not only the first lines'."""
    found = cases("通报所附评估结果如下：",
                  "2022年度全省政务公开评估结果",
                  "一、各市政府评估结果",
                  "（一）政务公开工作表现突出单位（3个）",
                  "威海市政府、淄博市政府、泰安市政府",
                  "（二）政务公开工作进步较快单位（3个）",
                  "滨州市政府、菏泽市政府、聊城市政府",
                  "（三）专项工作表现突出单位",
                  "政策解读（按行政区划排序）：济南市政府、青岛市政府、烟台市政府",
                  "公众参与（按行政区划排序）：潍坊市政府、临沂市政府、德州市政府",
                  "二、省直部门评估结果",
                  "（一）政务公开工作表现突出单位（3个）",
                  "省商务厅、省民政厅、省农业农村厅",
                  title="2022年度全省政务公开评估结果通报")
    names = [c["name"] for c in found]
    assert len(names) == 15 and names[-3:] == ["省商务厅", "省民政厅", "省农业农村厅"]
    assert [c["category"] for c in found if c["name"] == "济南市政府"] == ["政策解读"]


def test_a_plans_tasks_under_a_line_that_says_so_are_not_cases():
    """New: 其中部分重点任务： over numbered tasks, some with quoted names in them (构建集约化“政务云”)."""
    found = cases("长春市数字政府建设行动方案（2023—2025年）",
                  "到2025年，打造一批数字政府典型应用场景，形成可复制推广的经验。",
                  "二、主要任务",
                  "其中部分重点任务：",
                  "1. 构建全市统一的“城市码”服务体系",
                  "2. 建设一体化“政务云”平台",
                  "3. 推进“吉事办”移动端事项全覆盖",
                  "4. 拓展电子证照在企业开办中的应用",
                  title="长春市数字政府建设行动方案印发")
    assert found == []


def test_the_steps_of_a_contest_are_not_cases():
    """New: 评选怎么算分？ over 1. 网络投票：… 2. 专家评审：… — how it is judged, not what it chose."""
    found = cases("2019年度智慧城市优秀应用场景评选的网络投票正在进行。",
                  "评选怎么算分？",
                  "1. 网络投票：占总权重的30%；",
                  "2. 专家评审：由专家组打分，占总权重的70%；",
                  "3. 终评：综合两项得分，评出优秀应用场景50个。",
                  title="智慧城市优秀应用场景评选网络投票过半")
    assert found == []


def test_the_awards_a_contest_sets_up_and_whom_each_is_for_are_not_cases():
    """New: 奖项设置如下： over award：面向… lines — the kinds of award and who may enter, before any winner."""
    found = cases("首届城市治理创新奖评选日前启动。",
                  "奖项设置如下：",
                  "- 城市治理创新奖政府奖：面向市、区两级党政机关及其部门推动的改革创新项目；",
                  "- 城市治理创新奖企业奖：面向在本市注册的企业参与城市治理的创新项目；",
                  "- 城市治理创新奖社会奖：面向社会组织、基层自治组织的治理创新项目。",
                  title="首届城市治理创新奖评选启动")
    assert found == []


def test_bodies_ending_in_a_division_word_fill_a_table_without_a_header():
    """New: 入境事务处 / 公路管理处 / 街道办事处 are bodies; a header-less table of them with their
    awards is a list even when the lead says people won awards too (not in the table)."""
    found = cases("第二十五届申诉专员嘉许奖颁奖典礼昨日举行。本表只列机构奖项；个人奖另有58名公职人员获奖，不在表内。",
                  "| 入境事务处 | 大奖 | 连续多年获奖。 |",
                  "| 城西公路管理处 | 公营机构奖 | 回应查询清楚及时。 |",
                  "| 南湖街道办事处 | 公营机构奖 | — |",
                  "| 渠务处 | 调解奖 | — |",
                  title="2022年申诉专员嘉许奖得奖机构一览")
    assert [(c["name"], c["category"]) for c in found] == [
        ("入境事务处", "大奖"), ("城西公路管理处", "公营机构奖"), ("南湖街道办事处", "公营机构奖"), ("渠务处", "调解奖")]


def test_a_ranking_sentence_gives_its_first_and_the_ones_it_ranks_after_it():
    """New: 甲名列第1位，乙、丙、丁分列第2位到第4位 — both clauses of one sentence, each name once."""
    found = cases("2020年度全省政务公开第三方评估结果日前公布。",
                  "（一）设区市",
                  "TOP1 烟台市",
                  "TOP2 威海市",
                  "（二）省直部门",
                  "省司法厅名列第1位，省教育厅、省水利厅、省医保局分列第2位到第4位。",
                  title="2020年度全省政务公开第三方评估结果揭晓")
    assert [c["name"] for c in found][-4:] == ["省司法厅", "省教育厅", "省水利厅", "省医保局"]


def test_joined_words_that_are_no_names_stay_out():
    """New guard (the first version of the ranking sentence took them): 东部、西部各有… / 管理保障、
    功能推广等分项指数 / a body's account described (…检察机关的账号) are no names."""
    found = cases("2021年政务头条号影响力榜单发布。",
                  "从地区分布看，东部、西部各有8个省区进入榜单；省级网站中，管理保障、功能推广等分项指数位居全国首位。",
                  "此外，庐阳区、包河区检察机关的账号同时进入同一张榜单。",
                  title="2021年政务头条号影响力榜单发布")
    names = [c["name"] for c in found]
    assert not {"西部各有", "东部", "管理保障", "包河区检察机关的账号"} & set(names)


def test_a_place_after_its_citys_short_name_is_its_own_agency():
    """New: 成都成华区, 宜宾珙县 in a list of places — a region as printed, so the agency is itself."""
    found = cases("经各地申报、专家评审，确定以下6个县（市、区）为2021年度四川省新型智慧城市示范城市。",
                  "2021年度四川省新型智慧城市示范城市名单",
                  "| 德阳旌阳区 | 01 |",
                  "| 绵阳涪城区 | 02 |",
                  "| 遂宁船山区 | 03 |",
                  "| 内江东兴区 | 04 |",
                  "| 宜宾珙县 | 05 |",
                  "| 资阳安岳县 | 06 |",
                  "（右列为序号，排名不分先后）",
                  title="2021年度四川省新型智慧城市示范城市名单公布")
    assert [(c["name"], c["agency"], c["agency_kind"]) for c in found if c["name"] in ("德阳旌阳区", "宜宾珙县")] == [
        ("德阳旌阳区", "德阳旌阳区", "region"), ("宜宾珙县", "宜宾珙县", "region")]


def test_a_table_of_honours_and_what_won_them():
    """New: | 荣誉名称 | 获奖（入选）对象 | — the honour is the category, the other column the case
    (the header row is no record of one case)."""
    found = cases("2019智慧中国年会近日公布第九届中国智慧城市发展水平评估结果，我市获得两项荣誉。",
                  "本次获得的荣誉",
                  "| 荣誉名称 | 获奖（入选）对象 |",
                  "|---|---|",
                  "| 中国智慧城市建设进步奖 | 西宁市 |",
                  "| 数据应用领先奖 | 西宁市政务数据共享交换平台 |",
                  "近年来，西宁在智慧政务方面做了不少尝试。",
                  title="西宁在第九届智慧城市发展水平评估中获两项荣誉")
    assert [(c["name"], c["category"]) for c in found] == [
        ("西宁市", "中国智慧城市建设进步奖"), ("西宁市政务数据共享交换平台", "数据应用领先奖")]


WECHAT_TWO_LISTS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>通报表扬一批智慧交通试点单位和任务（附名单）</title></head>
<body><div class="rich_media_area_primary"><h1 class="rich_media_title">通报表扬一批智慧交通试点单位和任务（附名单）</h1>
<div id="meta_content"><span>交通小助手</span> <em id="publish_time">2024-06-20 18:02</em></div>
<div class="rich_media_content" id="js_content">
<p><span>交通运输部近日印发通报，对一批试点单位和已通过验收的试点任务给予表扬，受表扬的单位要继续发挥示范作用。</span></p>
<p><span>小编把两份名单整理如下，方便大家收藏和对照学习。</span></p>
<section style="border-left:4px solid #1e6fd9"><span><strong>2024年智慧交通试点单位表扬名单</strong></span></section>
<section style="text-align:center"><span>（排名不分先后）</span></section>
<section><p><span>1.河南省交通运输厅<br>2.湖南省交通运输厅<br>3.四川省交通运输厅<br>4.招商局集团有限公司</span></p></section>
<section style="border-left:4px solid #1e6fd9"><span><strong>2024年智慧交通试点任务表扬名单</strong></span></section>
<section style="text-align:center"><span>（排名不分先后）</span></section>
<section><p><span>1.高速公路全息感知建设试点任务<br>（河南省交通运输厅）<br>2.内河航运智慧化建设试点任务<br>（湖南省交通运输厅）<br>3.城市公交数字化调度试点任务<br>（四川省交通运输厅）</span></p></section>
<p><span>从名单看，中部省份表现抢眼，这些试点的做法值得各地好好借鉴和推广。</span></p>
</div></div></body></html>"""


def test_a_wechat_posts_bold_headings_and_an_items_body_on_the_line_under_it():
    """New: a WeChat post's <section><strong> headings and （排名不分先后） notes, which the body
    extractor dropped, head their lists (categories, no ranks); an item's body in brackets on the
    line under it is its agency."""
    from crawler.sites import parse_page

    parsed = parse_page("https://mp.weixin.qq.com/s/example", WECHAT_TWO_LISTS.encode("utf-8"))
    assert "2024年智慧交通试点单位表扬名单" in parsed.article["text"]
    found = [(c["name"], c["agency"], c["category"], c["rank"]) for c in parsed.cases]
    assert found[0] == ("河南省交通运输厅", "河南省交通运输厅", "2024年智慧交通试点单位表扬名单", None)
    assert found[-3:] == [("高速公路全息感知建设试点任务", "河南省交通运输厅", "2024年智慧交通试点任务表扬名单", None),
                          ("内河航运智慧化建设试点任务", "湖南省交通运输厅", "2024年智慧交通试点任务表扬名单", None),
                          ("城市公交数字化调度试点任务", "四川省交通运输厅", "2024年智慧交通试点任务表扬名单", None)]


def test_a_count_of_the_chosen_then_exactly_that_many_places():
    """New: 这6个试点地区是：甲、乙… — places named in full after a sentence that counts the list's
    entries and names all of them."""
    found = cases("商务部日前公示，拟将6个地区确定为城市一刻钟便民生活圈首批全域推进先行区试点。",
                  "这6个试点地区是：上海市黄浦区、江苏省苏州市、安徽省合肥市、福建省厦门市、湖南省长沙市、四川省成都市。",
                  "入选地区要用两年左右时间，在主城区社区实现便民生活圈全覆盖。",
                  title="6地入选城市一刻钟便民生活圈全域推进先行区试点")
    assert [(c["name"], c["agency_kind"]) for c in found][:2] == [("上海市黄浦区", "region"), ("江苏省苏州市", "region")]
    assert len(found) == 6


def test_a_line_of_places_a_sentence_only_says_were_covered_is_no_list():
    """Guard (held before; written beside the counted lead): 覆盖以下5个省市：… — where something
    reached, not what a list chose."""
    found = cases("2023年，该平台服务已覆盖以下5个省市：北京市、上海市、广东省、浙江省、四川省。",
                  "平台累计服务用户超过2000万人次。",
                  title="某政务服务平台用户突破2000万")
    assert found == []


def test_a_headerless_table_of_communities_their_projects_and_prizes():
    """New: | 街道社区 | “项目” | 一等奖 | with no header — the community that entered each row is its
    agency (a street or village as printed, placed by no name inside it), the prize its category."""
    found = cases("首届社区公益创投项目路演昨日举行，获奖情况如下（同一奖项内排名不分先后）：",
                  "| 泽口街道东荆社区 | “邻里守望”互助项目 | 一等奖 |",
                  "| 熊口镇赵脑村 | “乡贤议事厅”自治项目 | 二等奖 |",
                  "| 杨市街道三江社区 | “四点半学堂”托管项目 | 二等奖 |",
                  "| 浩口镇柳洲村 | “田间课堂”科普项目 | 三等奖 |",
                  "| 龙湾镇龙湾社区 | 老年食堂互助项目 | 优秀奖 |",
                  title="潜江市首届社区公益创投项目路演落幕")
    assert [(c["name"], c["agency"], c["agency_kind"], c["category"]) for c in found][:2] == [
        ("“邻里守望”互助项目", "泽口街道东荆社区", "region", "一等奖"), ("“乡贤议事厅”自治项目", "熊口镇赵脑村", "region", "二等奖")]
    assert {c["province"] for c in found} == {"湖北省"}


def test_a_body_column_is_the_agency_before_a_column_of_towns():
    """Guard (the first version of the previous shape took the towns): | 八里店镇 | 某某未来农场 |
    某某有限公司 | — the company that runs each entry is its agency, the town says where it is."""
    found = cases("2022年度湖州市吴兴区未来农场名单如下：",
                  "| 八里店镇 | 吴兴丰收湾未来农场 | 湖州丰收湾农业有限公司 |",
                  "| 织里镇 | 吴兴绿野果蔬未来农场 | 湖州绿野生态农业有限公司 |",
                  "| 埭溪镇 | 吴兴青山茶园未来农场 | 湖州青山茶业有限公司 |",
                  "| 东林镇 | 吴兴稻香农业未来农场 | 湖州稻香农业开发有限公司 |",
                  title="吴兴区公布2022年度未来农场名单")
    assert [c["agency"] for c in found][:2] == ["湖州丰收湾农业有限公司", "湖州绿野生态农业有限公司"]


def test_a_table_headed_by_the_kind_of_place_it_lists():
    """New: | 社区 | 类型 | over two rows — the communities chosen, each with its kind as category."""
    found = cases("省发展改革委、省建设厅日前公布2022年未来社区创建名单，我市两个社区入选。",
                  "| 社区 | 类型 |",
                  "|---|---|",
                  "| 稠城社区 | 整合提升类 |",
                  "| 后宅社区 | 拆改结合类 |",
                  "下一步，两个社区将分步骤推动九大场景落地。",
                  title="2022年未来社区创建名单公布 我市两个社区入选")
    assert [(c["name"], c["category"]) for c in found] == [("稠城社区", "整合提升类"), ("后宅社区", "拆改结合类")]


def test_how_many_each_award_goes_to_is_no_list_of_winners():
    """New: 1. 金奖：1名，为项目排名第1名… — a contest's prize quotas, announced before anyone won."""
    found = cases("本届大赛设初创项目组和成长项目组两个组别。",
                  "（一）初创项目组",
                  "1. 金奖：1名，为项目排名第1名，颁发奖杯及证书；",
                  "2. 银奖：2名，为项目排名第2—3名，颁发奖杯及证书；",
                  "3. 铜奖：3名，为项目排名第4—6名，颁发证书；",
                  "4. 优秀奖：6名，为项目排名第7—12名，颁发证书。",
                  title="2021年大学生社会创新项目大赛启动 奖项设置一览")
    assert found == []


def test_a_place_then_a_dash_then_its_cases_title_and_the_points_under_it():
    """New: 1、西安市—… under 典型案例 — the place is the agency, the title the case; the bulleted
    points under a numbered case are its own, not more cases."""
    found = cases("开办企业指标：最佳实践城市与典型案例",
                  "四、典型案例",
                  "1、西安市—“一窗通办”让企业开办跑出加速度",
                  "●“一张表单”采集信息；",
                  "●“一次提交”全部材料；",
                  "●“一日办结”领取执照。",
                  "2、厦门市—企业开办“一件事”全程网上办",
                  "3、宁波市—企业开办零成本全流程改革",
                  "（下期：办理建筑许可）",
                  title="开办企业指标：最佳实践城市与典型案例")
    names = [(c["name"], c["agency"]) for c in found]
    assert names[0] == ("“一窗通办”让企业开办跑出加速度", "西安市")
    assert not any(name.startswith("“一张表单”") for name, _ in names)


def test_bullets_under_a_numbered_section_heading_are_its_cases_not_points():
    """Guard (held before; a first version of the points rule above took them for points): a
    section heading （三） over bulleted honours, each with its award after a comma, then （四）."""
    found = cases("翻了一遍市政务服务数据管理局公开的2023年工作总结，整理几处要点。",
                  "（二）民生诉求渠道整合",
                  "全市建立以“民意速办”为主渠道的民生诉求渠道体系，诉求统一受理、统一分拨。",
                  "（三）年度获得的主要荣誉",
                  "- “民意速办”民生诉求综合服务改革，被列入第二批综合改革试点创新举措；",
                  "- “一网统管”城市运行平台，获评全国智慧城市优秀案例；",
                  "- “i厦门”惠民服务平台，获评数字政府特色评选创新案例。",
                  "（四）体系架构",
                  "总结还提到，全市按“1+N”搭建数字化治理体系架构。",
                  title="厦门数字政府2023：民意速办成改革样本")
    assert [c["name"] for c in found] == ["“民意速办”民生诉求综合服务改革", "“一网统管”城市运行平台", "“i厦门”惠民服务平台"]


PRE_IN_A_CELL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>2012年度全省政府网站评估结果公布</title></head>
<body><table width="960" align="center"><tr><td class="nav">首页 | 政务公开 | 通知公告</td></tr>
<tr><td class="main"><div class="title">2012年度全省政府网站评估结果公布</div>
<div class="info">发布时间：2013-02-05 来源：省经济和信息化委</div>
<pre class="gw">2012年度全省政府网站评估结果
    按照年度工作安排，省经济和信息化委组织完成了2012年度全省政府
网站评估。现将评估结果公布如下（各类别内排名不分先后）：
一、优秀网站（4个）
    惠州市、中山市、省国土资源厅、省教育厅
二、地方最佳实践奖（3个）
    韶关市：网上办事大厅
    湛江市：政务微博矩阵
    茂名市：“茂名发布”政务微信
三、省直服务创新奖（3个）
    省科技厅：科技项目综合管理系统
    省公安厅：广东公安微博群
    省司法厅：动漫普法
    请获奖单位认真总结经验，进一步提升网站的公共服务能力。
                                        省经济和信息化委员会
                                            2013年2月5日</pre>
</td></tr><tr><td class="foot">主办：省经济和信息化委员会</td></tr></table></body></html>"""


def test_a_plain_text_notice_in_a_layout_tables_cell_keeps_its_lines():
    """New: a notice pasted as <pre> into the cell an old portal lays its article in — its lines
    stay lines (the cell is the page's column, not a data cell); an award's title with its count
    over 单位：名称 lines gives each line, the count left out of the award."""
    from crawler.sites import parse_page

    parsed = parse_page("http://www.gdei.gov.cn/zwgk/tzgg/2013/0205.html", PRE_IN_A_CELL.encode("utf-8"))
    found = [(c["name"], c["agency"], c["category"]) for c in parsed.cases]
    assert found[:4] == [("惠州市", "惠州市", "优秀网站"), ("中山市", "中山市", "优秀网站"),
                         ("省国土资源厅", "省国土资源厅", "优秀网站"), ("省教育厅", "省教育厅", "优秀网站")]
    assert ("网上办事大厅", "韶关市", "地方最佳实践奖") in found and ("政务微博矩阵", "湛江市", "地方最佳实践奖") in found
    # (one award's winners are judged together: 动漫普法 names no product, yet won beside the others)
    assert ("动漫普法", "省司法厅", "省直服务创新奖") in found


def test_a_notices_requirements_are_not_cases():
    """New: 现就做好试点工作提出以下要求： over 一、… 二、… — what the pilots must do, not who was chosen."""
    found = cases("经综合评审，确定90个城市（区、县、镇）为2014年度国家智慧城市试点。",
                  "现就做好试点工作提出以下要求：",
                  "一、针对本地区城镇化中的实际问题，制订智慧城市创建目标，做好顶层设计。",
                  "二、制订创建任务和重点项目的时间节点。",
                  "三、创新体制机制，明确责任和考核制度。",
                  "附件：2014年度国家智慧城市试点名单",
                  title="关于公布2014年度国家智慧城市试点名单的通知")
    assert found == []


def test_tables_of_counts_are_not_cases():
    """New: | 类别 | 一等奖 | 二等奖 | over counts (5个), and | 位次 | 职能部门 | 数量（个） | — how many
    of each kind, no case named."""
    found = cases("2022年度全省优秀社会工作案例及项目征集结果公示，获奖名额如下：",
                  "| 类别 | 一等奖 | 二等奖 | 三等奖 |",
                  "|---|---|---|---|",
                  "| 优秀案例 | 6个 | 12个 | 18个 |",
                  "| 优秀项目 | 6个 | 12个 | 18个 |",
                  "按职能部门统计的政务微信数量前四位如下：",
                  "| 位次 | 职能部门 | 政务微信数量（个） |",
                  "|---|---|---|",
                  "| 1 | 公安 | 1206 |",
                  "| 2 | 共青团 | 455 |",
                  "| 3 | 检察院 | 201 |",
                  "| 4 | 文物旅游 | 173 |",
                  title="2022年度全省优秀社会工作案例及项目征集结果公示")
    assert found == []


def test_quoted_kinds_and_a_plans_quoted_tasks_are_not_cases():
    """New: 围绕“甲”“乙”“丙”三个方向投稿 and 推出“甲”“乙”和“丙”三份名单 (a contest's kinds and lists) and
    “甲”、“乙”建设等重点任务 (a plan's tasks)."""
    found = cases("各街道社工站围绕“社区治理优秀案例”“社工站特色服务项目”“社工个人典型事迹”三个方向投稿，共38篇作品参评。",
                  "主办方还将推出“年度改革特别案例”“年度市域改革案例”和“年度县域改革案例”三份名单，计划于下月发布。",
                  "围绕便民服务中心规范化建设、“一件事一次办”、“惠企通”、“赣服通”5.0建设等重点任务，着力解决政务服务中的堵点。",
                  title="街道社工站社会工作服务案例评选会召开")
    assert found == []


def test_a_social_work_points_name_in_brackets_after_a_case_is_its_agency():
    """New: 《title》（园西社区社工点） — the social-work point that wrote the case is its agency."""
    found = cases("2023年度区优秀社会工作案例评选结果公布，以下案例获一等奖：",
                  "1. 《一盏灯照亮回家路——个案管理在独居老人服务中的运用》（园西社区社工点）",
                  "2. 《“邻里守望”——五社联动下的社区互助网络建设》（上林社区社工点）",
                  "3. 《困境儿童的成长陪伴》（东湖街道社工站）",
                  title="2023年度区优秀社会工作案例评选结果公布")
    assert [(c["name"], c["agency"]) for c in found][0] == (
        "《一盏灯照亮回家路——个案管理在独居老人服务中的运用》", "园西社区社工点")


def test_long_titles_in_book_marks_with_their_body_and_a_link_to_the_whole_list():
    """New: - 《a long case title——its subtitle》——单位 items (titles in 《》 may run long), and the
    last link item, …案例名单全文——publisher, is not a case."""
    found = cases("中国社会工作联合会近日公布了2025全国社会工作专业服务案例名单，我区4个案例入选。",
                  "我区入选案例（部分）：",
                  "- 《街巷里的议事厅：多元共治破解老旧小区停车难题——武汉市江汉区民族街道社区治理创新案例》——江汉区委社会工作部",
                  "- 《一碗热汤的距离——社区长者食堂的共建共享实践》——江汉区委社会工作部",
                  "- 《从独居到共居——高龄老人“邻里互助”支持体系构建实践案例》——江汉区委社会工作部",
                  "- 2025全国社会工作专业服务案例名单全文——中国社会工作联合会",
                  title="全国社会工作专业服务案例名单发布 江汉区4个案例入选")
    assert [c["agency"] for c in found] == ["江汉区委社会工作部"] * 3
    assert found[0]["name"].startswith("《街巷里的议事厅")


def test_a_table_whose_columns_are_rankings_and_whose_last_column_gives_the_place():
    """New: | 微信…TOP5 | 微博…TOP5 | 排名 | over | 甲 | 乙 | TOP1 | — each cell a case, its column the
    category, its row's place the rank."""
    found = cases("2022年6月全国省级文旅新媒体单项传播力指数TOP5一览表",
                  "| 微信传播力指数TOP5 | 微博传播力指数TOP5 | 抖音传播力指数TOP5 | 排名 |",
                  "|---|---|---|---|",
                  "| 好客山东之声 | 文旅山东 | 四川文旅 | TOP1 |",
                  "| 江西风景独好 | 微游甘肃 | 好客山东 | TOP2 |",
                  "| 北京旅游 | 江苏微旅游 | 陕西旅游 | TOP3 |",
                  "注：表中账号名称按各平台展示名称照录。",
                  title="2022年6月省级文旅新媒体传播力指数报告")
    assert [(c["name"], c["category"], c["rank"]) for c in found][:3] == [
        ("好客山东之声", "微信传播力指数TOP5", 1), ("文旅山东", "微博传播力指数TOP5", 1), ("四川文旅", "抖音传播力指数TOP5", 1)]
    assert len(found) == 9


def test_the_places_an_assessment_covered_and_a_call_for_entries_are_not_cases():
    """New: 评价覆盖江苏省13个地市：其中南京、苏州…由IPE评价 (what was assessed), and a page titled
    关于评选…的通知 (a call, before anyone won)."""
    assert cases("PITI评价覆盖江苏省13个地市：其中南京、苏州、无锡、常州、南通、镇江、扬州、盐城、连云港、徐州10个城市由IPE评价。",
                 "环保政务微博排名是第五年发布，评价对象为65个环保政务官方微博。",
                 title="【转】绿色江南2019年1月月报") == []
    assert cases("校团委决定开展2023-2024学年“优秀共青团组织官方微信公众号”“优秀共青团组织官方抖音”“优秀共青团组织官方微博”评选。",
                 "一、参评范围",
                 "以学校各级团组织名义登记备案的官方微信公众号、官方抖音号和官方微博。",
                 title="关于评选2023-2024学年“团属优秀新媒体”的通知") == []


def test_a_panel_an_events_hosts_its_speakers_and_its_forums_are_not_cases():
    """New: 评审团由以下单位的专家组成： over bodies; 峰会由以下三方共同主办： over bodies; speakers
    written post, space, name; “数字政府”分论坛 — who judged, hosted or spoke, and the event's parts."""
    assert cases("3月8日，我市数据开放创新应用大赛初赛评审会召开。评审团由以下单位的专家组成：",
                 "- 市大数据管理局",
                 "- 苏州大学",
                 "- 江南大学",
                 "- 常州大学",
                 title="我市数据开放创新应用大赛初赛评审会召开") == []
    assert cases("11月23日，2024中国新型智慧城市发展创新峰会在济南举行。峰会由以下三方共同主办：",
                 "国家信息中心",
                 "山东省大数据局",
                 "济南市人民政府",
                 "本届峰会采取主论坛加分论坛、重点领域加典型案例的方式。主论坛上发言的有：",
                 "中国工程院院士 王坚",
                 "国家信息中心信息化和产业发展部主任 单志广",
                 "同期举行四个专题分论坛：",
                 "“数字政府”分论坛",
                 "“数字社会”分论坛",
                 "“数字经济”分论坛",
                 title="2024中国新型智慧城市发展创新峰会在济南举行") == []


def test_a_list_announced_with_its_hosts_named_in_brackets_is_still_a_list():
    """Guard (held before; a first version of the hosts rule above dropped it): 获表扬的账号及其主办单位
    如下（账号在前，主办单位在后）：."""
    found = cases("近日，中央政法委对第四届“四个一百”优秀政法新媒体评选中的先进单位提出表扬。",
                  "我省共有3家单位在通报之列。获表扬的账号及其主办单位如下（账号在前，主办单位在后）：",
                  "- 河北政法——河北省委政法委 微博号",
                  "- 河北高院——河北省高级人民法院 微信公众号",
                  "- 河北交警——河北省公安厅交通管理局 抖音号",
                  title="我省三家单位政法新媒体获中央政法委通报表扬")
    assert [c["name"] for c in found] == ["河北政法", "河北高院", "河北交警"]


def test_two_quoted_cases_a_sentence_counts_as_chosen_together():
    """New: “甲”“乙”两个案例同时入选 — a pair the sentence counts, with an adverb before its verb."""
    found = cases("中国经济体制改革杂志社公布了年度地方全面深化改革典型案例名单，我省共有5个案例上榜。",
                  "宜昌市是本次入选最多的市州，“城市大脑赋能基层治理”“政务服务‘一网通办’改革”两个案例同时入选。",
                  title="我省5个案例入选年度地方全面深化改革典型案例")
    assert [c["name"] for c in found] == ["“城市大脑赋能基层治理”", "“政务服务‘一网通办’改革”"]


def test_a_rank_after_the_name_and_a_body_running_the_quoted_names_after_it():
    """New: “@珠海交警”　第一名 (the place after the name is its rank, not part of it) and
    宣汉县融媒体中心运营的“中国宣汉”、“宣汉发布”再次荣获… (the body runs both quoted accounts)."""
    found = cases("月榜发布",
                  "【双微月榜】",
                  "“江门市公安局交通警察支队”　第一名",
                  "【官方微信月榜】",
                  "“@江门交警”　第二名",
                  "【官方微博月榜】",
                  "“@江门交警”　第三名",
                  title="江门交警双微获全省公安交警新媒体月榜前三")
    assert [(c["name"], c["rank"]) for c in found] == [
        ("“江门市公安局交通警察支队”", 1), ("“@江门交警”", 2), ("“@江门交警”", 3)]
    found = cases("会上发布了2020年度十佳区县政务新媒体榜单。万源市融媒体中心运营的“万源发布”、“今日万源”再次荣获“十佳区县政务新媒体”。",
                  title="我市两个政务新媒体再获十佳")
    assert [(c["name"], c["agency"]) for c in found] == [("“万源发布”", "万源市融媒体中心"), ("“今日万源”", "万源市融媒体中心")]


def test_a_sites_address_after_its_name_and_a_clause_cut_at_a_comma():
    """New: 成都市人民政府门户网站　www.chengdu.gov.cn (the address is no part of the name) and
    同场获奖的还有甲局的项目，以及来自香港、台湾地区的多个项目 (a clause that goes on past a comma is no
    name, cut at 、 or not)."""
    found = cases("第四届中国特色政府网站评选“综合创新奖”获奖单位名单如下：",
                  "　　杭州市人民政府门户网站　www.hangzhou.gov.cn",
                  title="第四届中国特色政府网站评选揭晓")
    assert [c["name"] for c in found] == ["杭州市人民政府门户网站"]
    found = cases("海宁市司法局的“微博公文”项目获得未来政府奖。同场获奖的还有北京市城管执法局的项目，以及来自香港、台湾地区的多个项目。",
                  title="海宁“微博公文”获未来政府奖")
    assert not any("以及" in c["name"] for c in found)


def test_a_title_that_names_the_one_case_the_body_speaks_of_only_by_its_body():
    """New: the title “晋城市监”位列全国市场监管系统政务抖音号第9名 over a lead that names only the bureau
    and its ranking — the title's account is the case; a title about a person gives none."""
    found = cases("在2023年10月全国市场监管系统政务抖音号影响力排名中，晋城市市场监督管理局的政务抖音号综合排名首次进入全国前列，位列全国第9名。",
                  "这份榜单综合考虑每个账号在一段时间内的发文、传播和互动情况。",
                  title="“晋城市监”位列全国市场监管系统政务抖音号第9名")
    assert [c["name"] for c in found] == ["“晋城市监”"]
    assert cases("在第六届全国政务新媒体评选中，他负责运营的账号排名靠前。",
                 title="张建国荣获全国政务新媒体优秀运营者称号") == []


def test_a_title_that_shortens_the_case_the_lead_names_in_full():
    """New (2026-11-30, seventh session): the title names the one case in short and the lead in full
    — the province's short name (福建 / 福建省), the state's name before a ministry's site, a body
    before its office — and the lead's wording is the name; where the lead never writes it out, the
    title's wording stands."""
    found = cases("2023年以来，福建省数字福建建设领导小组办公室持续推进公共数据开发利用。",
                  "由该办推动建设的福建省公共数据资源开发服务平台，近日获评全国数字政府建设典型案例。",
                  title="福建公共数据资源开发服务平台获评全国数字政府建设典型案例")
    assert [c["name"] for c in found] == ["福建省公共数据资源开发服务平台"]
    found = cases("12月16日，2018中国网络理政十大创新案例在上海发布，中华人民共和国农业农村部门户网站名列其中。",
                  title="农业农村部门户网站入选“2018中国网络理政十大创新案例”")
    assert [c["name"] for c in found] == ["中华人民共和国农业农村部门户网站"]
    found = cases("近日，2022年度优秀政务平台推荐名单公布，宁夏回族自治区人民政府办公厅政务服务热线受理中心被评为优秀单位。",
                  title="政务服务热线受理中心获评2022年度优秀单位")
    assert [c["name"] for c in found] == ["宁夏回族自治区人民政府办公厅政务服务热线受理中心"]
    found = cases("在日前揭晓的2023年度全省政务服务创新案例中，这个平台再次上榜。",
                  "该平台2019年上线，汇集全省涉企政策。",
                  title="湖南惠企政策直达平台连续两年获评全省政务服务创新案例")
    assert [c["name"] for c in found] == ["湖南惠企政策直达平台"]


def test_a_title_case_put_forward_by_a_body_or_printed_with_its_body_after_a_dash():
    """New: 甲局推荐申报的“乙”栏目入选 gives the case its body; a lead line “案例全名”——单位 under a title
    that names the case by its quoted core is the case, split at the dash."""
    found = cases("近日，2023年度全国交通运输政务新媒体优秀案例推选结果揭晓。",
                  "阜阳市交通运输局推荐申报的“交通服务面对面”视频号栏目入选，获评年度优秀案例。",
                  title="“交通服务面对面”视频号栏目获评全国交通运输政务新媒体优秀案例")
    assert [(c["name"], c["agency"]) for c in found] == [("“交通服务面对面”视频号栏目", "阜阳市交通运输局")]
    found = cases("1月8日，全省市域社会治理创新实践十佳案例发布，我市一个案例入围。",
                  "“‘红马甲’巡逻队 守护平安社区”——张掖市甘州区综治中心",
                  "本次活动共收到案例500余份，经专家评审选出10份。",
                  title="甘州“红马甲”巡逻队入选全省市域社会治理十佳案例")
    assert [(c["name"], c["agency"]) for c in found] == [("“‘红马甲’巡逻队 守护平安社区”", "张掖市甘州区综治中心")]


def test_a_title_that_counts_or_runs_two_clauses_names_no_case():
    """Guards: 嘉兴一案例入选… (a count of a kind is no name: held before) and 汉中市获…奖 位居第二 (the
    clause before the last verb holds another verb, no name: the first version of the title rule
    above took it)."""
    assert cases("近日，全国广电媒体融合典型案例公布，我市一个案例入选。", title="嘉兴一案例入选全国广电媒体融合典型案例") == []
    assert cases("日前，2019年陕西省地市传播力奖揭晓，我市位居第二。", title="汉中市获2019年陕西省地市传播力奖 位居第二") == []


def test_a_title_case_the_lead_names_otherwise_is_left_out():
    """Guard (the title rule above, before this check, took the title's wording): 昆山“政社联动”项目入选…
    over a lead that writes “政社联动” on into a longer name — which wording is the case's is not
    sure, so the title gives none."""
    found = cases("民政部日前公布了2016年度中国社区治理十大创新成果。昆山市申报的“政社联动”激活基层治理新动能项目位列其中。",
                  title="昆山“政社联动”项目入选全国社区治理十大创新成果")
    assert "昆山“政社联动”项目" not in [c["name"] for c in found]


def test_an_award_sentences_subject_past_an_adverb_a_project_word_or_a_dash():
    """New: “浙里办”因此获评… (因此 is no part of the name); 嘉兴市司法局的“网上调解”项目获得… (the quoted
    project is the name, the body before 的 its agency); 1、“信用就医”（常州）——入选… (the dash leads the
    rest of the line, the place in brackets is whose case it is)."""
    found = cases("近年来，浙江把高频政务服务事项搬到手机端，打造了“浙里办”这一服务品牌。“浙里办”因此获评全国政务服务优秀案例。",
                  title="“浙里办”，办得好")
    assert [c["name"] for c in found] == ["“浙里办”"]
    found = cases("嘉兴市司法局的“网上调解”项目获得2019年度“未来政府奖”。", title="我市“网上调解”获未来政府奖")
    assert [(c["name"], c["agency"]) for c in found] == [("“网上调解”", "嘉兴市司法局")]
    found = cases("- 1、“信用就医”（常州）——入选全国信用承诺优秀案例。", "- 2、公积金“秒办”（常州）——在全省推开。",
                  title="常州有哪些做法被国家层面推广？")
    assert ("“信用就医”", "常州") in [(c["name"], c["agency"]) for c in found]


def test_lines_of_owner_colon_name_under_a_lists_own_title():
    """New (set 61's shape, our wording): lines 单位：名称 one under another — owners bodies, sites or
    places, a case title after the colon that may hold a colon or a dash of its own — under a list's
    title that stands between the announcing sentence (…如下：) and the lines."""
    found = cases("2013年度中国优秀政府网站推荐结果日前通报，获评的5个栏目及所属网站如下：",
                  "2013年度部委网站精品栏目",
                  "中国人大网：立法进程",
                  "中国文明网：道德模范",
                  "海关总署：通关状态查询",
                  "国家统计局：数据查询",
                  "湖北省：湖北省12345热线：一号通办新模式",
                  "通报认为，上述栏目在公开、互动和办事方面各有特色。",
                  title="部委网站精品栏目名单公布")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("立法进程", "中国人大网"), ("道德模范", "中国文明网"), ("通关状态查询", "海关总署"), ("数据查询", "国家统计局"),
        ("湖北省12345热线：一号通办新模式", "湖北省")]


def test_a_records_field_lines_and_a_nominal_award_word_are_no_cases():
    """Guards: 时间：/ 地点：/ 主办：/ 承办： lines are one record's fields, not a list of owners and their
    cases (held before the owner lines came in, and after); 把甲、乙两个方向的入选案例整理出来 — 入选
    after 的 qualifies a noun, it is no verb (new: the joined subjects rule took 甲 and 乙)."""
    assert cases("2013年度优秀政府网站评选结果发布会举行，获奖名单如下：",
                 "时间：2013年12月20日", "地点：北京国际会议中心", "主办：中国信息化研究与促进网", "承办：国脉互联",
                 title="优秀政府网站评选结果发布") == []
    found = cases("下面把在线服务、公开解读两个方向的入选案例列出来。", title="一文速览优秀创新案例")
    assert found == []


def test_link_items_with_their_dates_and_a_link_to_the_events_news():
    """New (set 60's shapes, our wording): link items 《题目》——单位 with the link's date glued on
    (…——澧县2023-01-12: the date is no part of the body); one link of the same list is the news of the
    event (…举行…推进会——某某观察), not a case."""
    found = cases("二等奖案例",
                  "- 《一张网管到底——澧县基层治理数字化探索》——澧县2023-01-12",
                  "- 《让群众少跑腿——临澧县政务服务“一件事”改革》——临澧县2023-01-12",
                  "- 《小积分撬动大治理——安乡县乡村治理积分制实践》——安乡县2023-01-12",
                  "- 常德举行改革案例展演暨改革工作推进会——改革观察2023-01-12",
                  title="优秀改革案例")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("《一张网管到底——澧县基层治理数字化探索》", "澧县"), ("《让群众少跑腿——临澧县政务服务“一件事”改革》", "临澧县"),
        ("《小积分撬动大治理——安乡县乡村治理积分制实践》", "安乡县")]


def test_a_table_handed_over_after_a_paragraph_about_the_judges_and_a_places_entry():
    """New: 评委现场打分…。二等奖获奖情况如下： over a header-less table — the sentence that hands the
    table over speaks of awards, the judges in the paragraph do not make it a list of people; and
    安乡县选送的改革案例《…》获评二等奖 — the work is the case, the place that sent it its agency."""
    found = cases("会议由市委秘书长主持。各县市区依次上台介绍改革案例，评委现场打分，最终评出一等奖3个、二等奖5个。二等奖获奖情况如下：",
                  "| 二等奖 | 澧县 | 《一张网管到底——澧县基层治理数字化探索》 |",
                  "| 二等奖 | 临澧县 | 《让群众少跑腿——临澧县政务服务“一件事”改革》 |",
                  "| 二等奖 | 安乡县 | 《小积分撬动大治理——安乡县乡村治理积分制实践》 |",
                  title="常德举行优秀改革案例展演")
    assert [c["name"] for c in found] == ["《一张网管到底——澧县基层治理数字化探索》", "《让群众少跑腿——临澧县政务服务“一件事”改革》",
                                          "《小积分撬动大治理——安乡县乡村治理积分制实践》"]
    found = cases("1月11日，在市里举行的优秀改革案例展演上，安乡县选送的改革案例《一张网管到底——安乡县“网格+数字”基层治理探索》获评二等奖。",
                  title="安乡县基层治理改革案例获全市优秀改革案例展演二等奖")
    assert [(c["name"], c["agency"]) for c in found] == [("《一张网管到底——安乡县“网格+数字”基层治理探索》", "安乡县")]


def test_an_inspection_notices_failures_are_no_cases_its_praise_is():
    """New (the convention set 60 asked about): under 内容更新不及时（2个） or after 本次检查发现的长期未更新
    账号 the accounts failed an inspection — no cases; a quoted application whose name holds 问题 is
    still a name (held before)."""
    found = cases("市政府办公室对全市政务新媒体开展了第三季度检查，结果通报如下：",
                  "一、出现扣分情形的政务新媒体名单",
                  "（一）内容更新不及时（3个）",
                  "淮安交通（微信）、淮安民政（微信）、清江浦商务（微信）",
                  "（二）功能无法使用（3个）",
                  "淮安卫生监督（微信）、淮安环境（微信）、淮安交警（新浪微博）",
                  title="市政府办公室关于2023年第三季度全市政务新媒体检查情况的通报")
    assert found == []
    found = cases("（二）存在长期内容不更新问题。本次检查发现的长期未更新账号如下：",
                  "| 平台类型 | 账号名称 |", "|---|---|", "| 微信公众号 | 周口大数据 |", "| 微信公众号 | 周口市医保局 |",
                  "| 微博 | 周口交警 |", title="周口市关于2021年第一季度全市政务新媒体检查情况的通报")
    assert found == []
    found = cases("目前省级层面已上线的重大应用有“浙江公平在线”“七张问题清单”“人才管家”“志愿浙江”等。",
                  title="浙江发布数字化改革重大应用成果")
    assert "“七张问题清单”" in [c["name"] for c in found]


def test_a_title_with_subtitle_after_a_colon_a_dash_owned_title_with_a_comma_and_a_closing_heading():
    """New (set 61's shapes, our wording): 从“最多跑一次”到“一次不用跑”：…的实践（衢州市） — a quoted
    title and its subtitle after a colon are one name, the place in brackets its agency; lines
    题目——单位 whose title holds a comma stay in the run; 安吉警方公众号“平安安吉” — the account after
    its body and channel word; 写在后面 over a post's last paragraph is no case."""
    found = cases("网上政府优秀创新案例（部分）", "公开解读",
                  "- 全省统一政策兑现平台（浙江省）",
                  "- 从“最多跑一次”到“一次不用跑”：衢州市政务服务改革实践（衢州市）",
                  "- 政策计算器精准推送惠企政策（温州市）",
                  title="优秀创新案例出炉")
    assert ("从“最多跑一次”到“一次不用跑”：衢州市政务服务改革实践", "衢州市") in [(c["name"], c["agency"]) for c in found]
    found = cases("在线服务方向的入选案例如下：",
                  "一网通办全程网办——上海市",
                  "数据赋能审批提速——江西省",
                  "无证明城市建设，让群众少跑腿——宁波市",
                  "智能客服全天候在线——厦门市",
                  title="优秀创新案例出炉")
    assert [c["name"] for c in found] == ["一网通办全程网办", "数据赋能审批提速", "无证明城市建设，让群众少跑腿", "智能客服全天候在线"]
    found = cases("近日，2021年山东政法微信影响力排行发布，安吉警方公众号“平安安吉”位列第12位。", title="“平安安吉”进入政法微信榜")
    assert [c["name"] for c in found] == ["“平安安吉”"]
    found = cases("近日，政务微博优秀账号（第六期）名单发布。下面说说其中三个账号。",
                  "@北京铁路", "台风过境期间，这个账号持续发布停运和恢复信息，回复旅客留言上千条。",
                  "@杭州城管", "暴雨期间，账号实时发布积水点位，并转交市民反映的问题。",
                  "@成都交警", "大运会期间，账号每天发布交通管制信息。",
                  "写在后面", "三个账号的共同点，是把网友的诉求当成要办的事。", title="政务微博优秀账号（第六期）读后")
    assert [c["name"] for c in found] == ["@北京铁路", "@杭州城管", "@成都交警"]


def test_the_titles_case_beside_a_box_of_the_lists_other_cases():
    """New: “宣城发布”入选…十大创新案例 位列入选平台第一 over a story of the account and a box of some other
    cases of the list — the title's case counts too (and the title's second clause, …案例 位列…, is no
    subject of its own); a list naming the title's case already gives it once."""
    found = cases("12月28日，2020年中国网络理政十大创新案例发布，宣城市委宣传部官方微博“宣城发布”入选。",
                  "“宣城发布”开设“马上办”话题，累计处理网友诉求2万余件。",
                  "链接：同批入选的其他平台（部分）",
                  "- 成都温江市民之声",
                  "- 宁波鄞州178网络社会柔性治理",
                  "- 河南省政府网站统一技术平台",
                  "- 广西南宁武鸣区“壮乡红云”智慧党建平台",
                  "- 网上山东文联",
                  title="“宣城发布”入选2020年中国网络理政十大创新案例 位列入选平台第一")
    names = [c["name"] for c in found]
    assert "“宣城发布”" in names and "河南省政府网站统一技术平台" in names and len(names) == 6


def test_a_title_shortening_the_one_case_the_lead_names_in_full_is_not_a_second_case():
    """Guard (the box rule above, before it asked for a list of others, took both): 省局政务微信首次进入…前十
    over a lead naming “苏州市场监管” — one case, the lead's."""
    found = cases("近日，全省政务服务新媒体影响力榜发布，苏州市市场监管局的“苏州市场监管”首次进入前十。",
                  "这个账号去年改版，增加了办事入口。",
                  title="市局政务微信首次进入全省政务服务新媒体影响力前十")
    assert [c["name"] for c in found] == ["“苏州市场监管”"]


def test_a_table_under_an_award_heading_with_a_long_body_column():
    """New (set 63's shape, our wording): 一、法治政府奖 over a table 序号 | 申报单位 | 项目名称 — the header row
    is no winner of the award, and a body column naming three bodies does not make the names long."""
    found = cases("第六届“法治政府奖”获奖项目（节选），表内序号不代表名次。",
                  "一、法治政府奖",
                  "| 序号 | 申报单位 | 项目名称 |",
                  "|---|---|---|",
                  "| 1 | 杭州市司法局、杭州市数据资源管理局、杭州市财政局 | 行政执法监督数字化全流程闭环管理机制 |",
                  "| 2 | 广东省司法厅 | 广东省统一行政执法平台 |",
                  title="第六届“法治政府奖”获奖项目一览")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("行政执法监督数字化全流程闭环管理机制", "杭州市司法局、杭州市数据资源管理局、杭州市财政局"), ("广东省统一行政执法平台", "广东省司法厅")]


def test_counts_dates_and_a_judging_panel_are_no_cases():
    """New: bullets 每天排查：120万余户、300万余人 (counts), numbered 2018年5月7日：投票开启 lines (a
    timeline) and a table under 评审专家共9人，构成如下： (who judged) name no cases."""
    assert cases("今年上半年，全省网格员冲在防疫一线。活动现场回顾了他们的工作量：",
                 "- 全省专兼职网格员：28万名", "- 每天排查：120万余户、300万余人", "- 每天服务居家观察对象：6.1万余户、15万人",
                 title="表扬10名最佳网格员、150名优秀网格员") == []
    assert cases("6月10日下午，市里举行“网格明星”颁奖仪式，为评选出的“十大明星网格”和“十大明星网格员”颁奖。",
                 "1. 2018年5月7日：网络投票通道开启，面向社会公开投票；", "2. 5月15日至18日：评审委员会在公证处监督下现场评审，按得分高低评出结果；",
                 "3. 2018年6月10日：颁奖仪式举行，现场演出网格员故事改编的小品；", "4. 仪式上：社区负责人为志愿者代表颁发证书。",
                 title="“网格明星”评选回顾：从投票到颁奖") == []
    assert cases("近日，市司法局召开法治政府建设优秀案例专家评审会。评审专家共9人，构成如下：",
                 "| 理论专家 | 南开大学法学院 | 3人 |", "| 实务专家 | 市委依法治市办、市司法局、市政务服务办等 | 6人 |",
                 title="我市召开法治政府建设优秀案例专家评审会") == []


def test_ranked_sites_in_prose_and_a_rank_shared_by_three():
    """New (set 62's shapes, our wording): 甲网站获评全国区县级政府网站第6名；乙网站在国家级经开区网站中排名第9名
    (where it ranks is no part of the name; 排名 before a place is a verb); 丙网站在全国300多个地级市中排名
    地市级政府网站第2名; 第三名：甲街道、乙街道、区园林所 (three sharing a rank, most of them plainly
    bodies or streets); a line naming a list (省直系统政务微信号十佳) is no case; and (a guard: the first
    version of the 在…中 cut took it) a measure of a place (…服务能力…被评为“优秀级”) is none either."""
    found = cases("第二十二届政府网站绩效评估结果发布，我市两个网站成绩亮眼：福鼎市人民政府门户网站获评全国区县级政府网站第6名；"
                  "福州经济技术开发区管理委员会门户网站在国家级经济技术开发区网站中排名第9名。",
                  "同一次评估中，南平市人民政府门户网站在全国300多个地级市中排名地市级政府网站第2名。",
                  title="我市两个政府网站跻身全国前十")
    assert [c["name"] for c in found] == ["福鼎市人民政府门户网站", "福州经济技术开发区管理委员会门户网站", "南平市人民政府门户网站"]
    found = cases("“12345”政府热线工作先进单位：", "第一名：区环卫局", "第二名：区住建局、区城管执法局",
                  "第三名：河西街道、东风街道、区园林所", title="关于表彰2018年度全区“12345”政府热线工作先进单位的决定")
    assert [(c["name"], c["rank"]) for c in found][-3:] == [("河西街道", 3), ("东风街道", 3), ("区园林所", 3)]
    found = cases("会上公布了湖北十佳政务微信榜单。", "省直系统政务微信号十佳", "青春湖北", "湖北e出行", "湖北省教育厅", "健康湖北",
                  title="湖北十佳政务微信榜出炉")
    assert [c["name"] for c in found] == ["青春湖北", "湖北e出行", "湖北省教育厅", "健康湖北"]
    assert cases("一年过去，株洲数字政府服务能力在全国重点城市评估中被评为“优秀级”。", title="株洲数字政府建设一年间") == []


def test_a_bodys_site_ranked_in_a_sentence_beside_the_list_naming_the_body():
    """New: 乙管理委员会门户网站在…中排名第7名 — a body's own site is a case on its own line; guard (the
    first version of that rule added it twice): 甲部网站…位列第三 over a sentence listing the bodies
    (依次为甲部、乙部…) is a case of that list, given once."""
    found = cases("在国家级经济技术开发区网站中，平潭综合实验区管理委员会门户网站排名第4名。", title="开发区网站绩效评估结果发布")
    assert [c["name"] for c in found] == ["平潭综合实验区管理委员会门户网站"]
    found = cases("在这次评估中，商务部网站排在部委网站第一位，国土资源部网站位列第三。",
                  "部委网站前五名依次为：商务部、科学技术部、国土资源部、外交部、国家税务总局。",
                  title="2005年政府网站绩效评估报告公布")
    assert [c["name"] for c in found] == ["商务部", "科学技术部", "国土资源部", "外交部", "国家税务总局"]


def test_a_body_that_carried_the_case_out_and_notes_every_name_of_a_run_carries():
    """New: 甲公司完成的“乙”…创新实践 (the body carried it out: agency apart, the title the name);
    names of a run that mostly end in a bracket no body or place stands in — 甲平台（数据融合共享） —
    carry the field each was chosen for, no part of the name (counts in brackets, 北京（35家）, are
    left to the checks that reject them)."""
    found = cases("2023年度文化和旅游融合发展创新项目名单公布，入选项目如下：",
                  "1. 西安曲江文化旅游股份有限公司完成的“大唐不夜城”沉浸式街区创新实践",
                  "2. 浙江省文化和旅游厅完成的“浙里好玩”数字文旅平台建设实践",
                  "3. 苏州市文化广电和旅游局完成的“江南小剧场”品牌培育实践",
                  title="文化和旅游融合发展创新项目名单公布")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("“大唐不夜城”沉浸式街区创新实践", "西安曲江文化旅游股份有限公司"),
        ("“浙里好玩”数字文旅平台建设实践", "浙江省文化和旅游厅"), ("“江南小剧场”品牌培育实践", "苏州市文化广电和旅游局")]
    found = cases("收入《中国智慧城市发展水平评估报告》的经典案例有：",
                  "- 西宁市电子证照共享服务平台（数据融合共享）",
                  "- 西宁市信用信息共享平台（社会协同治理）",
                  "- 西宁市城市运行监测平台（城市运行管理）",
                  title="西宁智慧城市建设成果")
    assert [c["name"] for c in found] == ["西宁市电子证照共享服务平台", "西宁市信用信息共享平台", "西宁市城市运行监测平台"]


def test_numbered_items_each_with_a_small_table_of_its_fields():
    """New (set 19's shape, our wording): (1) 甲 / | 荣誉 | … | / | 见报时间 | … | / a paragraph, then (2) 乙
    … — two-cell rows under an item are its fields, and the numbering goes on past them."""
    found = cases("近年获得荣誉的几个基层治理做法：",
                  "(1) “村务监督微平台”——象山县",
                  "| 荣誉 | 全国乡村治理典型案例 |", "| 见报时间 | 2021年9月 |",
                  "(2) 余杭“众治议事厅”",
                  "| 荣誉 | 中国社区治理十大创新成果 |", "| 提及场合 | 第七届中国社区治理论坛 |",
                  "论坛上，余杭的代表介绍了议事厅的做法。",
                  "(3) 绍兴“枫桥式”调解工作室",
                  "| 荣誉 | 全省新时代“枫桥式工作法” |", "| 见报时间 | 2023年12月 |",
                  title="基层治理荣誉札记：三个被点名的做法")
    assert [c["name"] for c in found] == ["“村务监督微平台”", "余杭“众治议事厅”", "绍兴“枫桥式”调解工作室"]


def test_owner_and_quoted_name_lines_in_mixed_forms():
    """New (set 49's shape, our wording): lines naming one quoted project and its body in whichever form
    the poster copied — 「名称」（单位）, 单位「名称」, 单位：「名称」 — are one list; 鎮公所 is a body."""
    found = cases("第7屆政府服務獎幾個縣市的得獎專案，整理如下：",
                  "【社會創新共融】",
                  "「長照到你家 幸福零距離」（桃園市政府衛生局）",
                  "高雄市政府社會局「銀髮俱樂部 共好新生活」",
                  "屏東縣政府農業處：「青農回鄉 產業新聚落」",
                  "竹田鄉公所：「驛站書房—全鄉都是閱讀角」",
                  title="[整理] 第7屆政府服務獎 幾個縣市的得獎專案")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("「長照到你家 幸福零距離」", "桃园市政府卫生局"), ("高雄市政府社會局「銀髮俱樂部 共好新生活」", "高雄市政府社会局"),
        ("「青農回鄉 產業新聚落」", "屏东县政府农业处"), ("「驛站書房—全鄉都是閱讀角」", "竹田乡公所")]


def test_items_sorted_by_kind_under_a_sentence_about_the_list():
    """New (set 45's shape, our wording): 评选已经揭晓，十个应用上榜。小编按类别整理了一下： over 【…】 labels
    and circled numbers — names with few case words of their own (英语流利说) are the list's, since the
    page sorts them by kind under a sentence about the list."""
    found = cases("“2016杭州智慧城市优秀应用”评选已经揭晓，八个应用上榜。小编按类别整理了一下，看看你用过几个？",
                  "【生活服务】", "① 英语趣配音", "② 喜马拉雅", "③ 口碑“智慧餐厅”", "④ 咕咚运动健身系统",
                  "【城市治理】", "① 平安西湖智联网", "② 一站式“智慧滨江”城市公共服务平台", "③ 湖滨智慧商圈建设",
                  title="一图读懂｜2016杭州智慧城市优秀应用都有谁？")
    assert [(c["name"], c["category"]) for c in found][:2] == [("英语趣配音", "生活服务"), ("喜马拉雅", "生活服务")]
    assert len(found) == 7


def test_who_issued_or_judged_a_list_and_books_about_it_are_no_cases():
    """New (set 64's shapes, our wording): 【发布单位】 over the bodies that issued the list; 参与评议的高校有：
    over the universities that judged; in a link list of 名称——单位, 《…研究》——某出版社 (a book about the
    cases) and 评审说明——课题组 (a document) are no cases."""
    found = cases("完整名单如下：", "【十大创新案例】", "▪ 浙江省德清县：“我德清”APP", "▪ 四川省成都市网络理政平台",
                  "▪ 贵州省贵阳市数据开放平台", "【发布单位】", "人民日报社《民生周刊》杂志社", "复旦大学发展研究院", "复旦大学新闻学院",
                  title="十个网络理政创新案例")
    assert [c["name"] for c in found] == ["“我德清”APP", "四川省成都市网络理政平台", "贵州省贵阳市数据开放平台"]
    assert cases("评选一共分三步，第二步由高校专家集体评议。", "参与第二步评议的高校有：", "- 北京大学", "- 清华大学", "- 复旦大学",
                 "- 中山大学", title="网络理政创新案例是怎样评出来的？") == []
    found = cases("2022年数字政府优秀案例入选名单：", "- 《“城市大脑”杭州实践》——杭州市数据资源管理局", "- 《“浙里办”数字政府实践》——浙江省大数据发展管理局",
                  "- 《一网统管上海样本》——上海市城市运行管理中心", "- 《数字政府的地方实践研究》——人民出版社",
                  "- 案例征集与评审说明——课题组", title="数字政府优秀案例专题")
    assert [c["name"] for c in found] == ["《“城市大脑”杭州实践》", "《“浙里办”数字政府实践》", "《一网统管上海样本》"]


def test_a_quoted_site_ranked_among_others_and_level_labels_over_rankings():
    """New (set 65's shapes, our wording): 甲市政府门户网站“网上甲市”在地市级政府网站中排名第4 (the name
    holds its quotes; where it ranks is no part of it); 省级政府门户网站：排名第一的是… — a level's label
    over a sentence of rankings is no name of a case, and the sentence's clauses that rank (排名第一的是甲，乙和
    丙并列第二，丁位列第三) are not one enumeration cut at its commas. (Not yet: 前面只有浙江、北京、上海三家,
    a count of places already named, still gives them.)"""
    found = cases("12月9日，第十五届中国政府网站绩效评估结果在北京公布。",
                  "南通市政府门户网站“中国南通”在地市级政府网站中排名第4，比上年前进两位。",
                  title="“中国南通”进入全国地市级前五")
    assert [c["name"] for c in found] == ["南通市政府门户网站“中国南通”"]
    found = cases("说个权威的：2019年政府网站绩效评估结果。",
                  "省级政府门户网站：排名第一的是浙江省，北京市和上海市并列第二，江西省政府门户网站位列第三。",
                  "省会城市政府门户网站：南昌市政府门户网站排在第五。",
                  "所以答案是：省级第三。算上并列的话，前面只有浙江、北京、上海三家。",
                  title="江西省政府的网站在全国能排第几？")
    assert not {"省级政府门户网站", "省会城市政府门户网站", "所以答案是"} & {c["name"] for c in found}
    assert "江西省政府门户网站" in [c["name"] for c in found] and not any("，" in c["name"] for c in found)


def test_an_award_in_brackets_then_its_winner_on_one_line():
    """New (set 65's shape, our wording): 【年度政务传播大奖】深圳市公安局（两度蝉联） — the award in 【】, its
    winner after it, a note in brackets no part of the name."""
    found = cases("在这次评选中，我们收获了两个奖项——",
                  "【年度政务传播大奖】深圳市公安局（两度蝉联）",
                  "【年度政务微信影响力大奖】“深圳公安”微信服务号（连续第二年获评）",
                  "感谢广大网友一直以来的关注和支持。",
                  title="“深圳公安”两度蝉联！2020年政务指数年度奖项揭晓")
    assert [(c["name"], c["category"]) for c in found] == [
        ("深圳市公安局", "年度政务传播大奖"), ("“深圳公安”微信服务号", "年度政务微信影响力大奖")]


def test_ties_joined_by_yu_the_others_unnamed_and_the_owners_title_under_a_short_title():
    """New (set 65's shapes, our wording): 甲客户端与乙区、丙区并列第四 (a tie joins its names by 与 as by 、);
    甲市政府的“乙”与另外九个项目一起获得优胜奖 (the others are not named: the case is 乙, its body 甲);
    under the title “丙”上榜, a lead line 南开区：实施“丙…计划”，推进… is the case's own title; 部委网站中甲与乙
    并列第2名 over a table naming 甲网站 and 乙网站 is no second naming of them (a guard: the first version of
    the 并列 rule gave them again)."""
    found = cases("在区县移动政务客户端的评估中，龙华新区移动政务客户端与成都青羊区、上海浦东新区并列第四。",
                  title="龙华新区移动政务客户端并列全国区县第四")
    assert [c["name"] for c in found] == ["龙华新区移动政务客户端", "成都青羊区", "上海浦东新区"]
    found = cases("第六届“中国地方政府创新奖”日前在北京揭晓，宁波市政府的“81890求助服务中心”与另外九个地方政府创新项目一起获得优胜奖。",
                  title="我市“81890”获中国地方政府创新奖优胜奖")
    assert [(c["name"], c["agency"]) for c in found] == [("“81890求助服务中心”", "宁波市政府")]
    found = cases("12月15日，市民政局发布2023年度基层治理创新典型案例名单，共12个案例入选。",
                  "南开区：实施“楼栋长轮值计划”，推动居民自我管理自我服务",
                  "“楼栋长”是怎么来的？2020年起，南开区从居民最实际的需求入手。",
                  title="“楼栋长”上榜！全市基层治理创新典型案例名单公布")
    assert [(c["name"], c["agency"]) for c in found] == [("实施“楼栋长轮值计划”，推动居民自我管理自我服务", "南开区")]
    found = cases("部委网站前五名如下：", "| 名次 | 网站 |", "|---|---|", "| 1 | 商务部网站 |", "| 2 | 质检总局网站 |",
                  "| 2 | 税务总局网站 |", "| 4 | 林业局网站 |", "| 5 | 交通运输部网站 |",
                  "注：名次相同者为并列。部委网站中质检总局与税务总局并列第2名。", title="2014年政府网站绩效评估结果")
    assert [c["name"] for c in found] == ["商务部网站", "质检总局网站", "税务总局网站", "林业局网站", "交通运输部网站"]


def test_cases_at_law_in_a_table_numbered_by_case():
    """New (set 53's shape, our wording): | 某市司法局对某县市场监管局…执法监督案 | 案例一 | — a case at law is
    named by its title ending in 案, and the body before 对 (or before what it did) is its agency;
    方案 and 预案 end no case at law."""
    found = cases("行政执法监督典型案例目录",
                  "| 某市司法局对某县市场监管局重复检查执法监督案 | 案例一 |",
                  "| 某县司法局对乡镇综合执法队未亮证执法监督案 | 案例二 |",
                  "| 某区司法局推动涉企行政检查备案管理监督案 | 案例三 |",
                  title="某省司法厅发布3件行政执法监督典型案例")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("某市司法局对某县市场监管局重复检查执法监督案", "某市司法局"), ("某县司法局对乡镇综合执法队未亮证执法监督案", "某县司法局"),
        ("某区司法局推动涉企行政检查备案管理监督案", "某区司法局")]
    from crawler.parsers.cases.score import looks_like_case
    assert not looks_like_case("全面推进依法行政实施方案") and not looks_like_case("防汛抗旱应急预案")


def test_numbered_cases_each_with_several_paragraphs_and_a_call_to_award_later():
    """New: （一）甲 / two paragraphs / （二）乙 / a paragraph / （三）丙 — the numbering goes on past an item's
    several paragraphs; a call 关于开展…评选表彰活动的通知 lists what may be entered, not winners (its 表彰
    is to come)."""
    found = cases("2018年“互联网+智慧中国”年会上揭晓了50强优秀实践案例，我省三个系统入选。下面分别说说这三个入选系统。",
                  "（一）四川政务服务网", "政务服务网于2016年上线，目标是线上线下合一。注册用户约500万人。",
                  "基层的变化也看得见。一位居民在社区便民服务点办完了社保认证。",
                  "（二）“天府通办”平台", "“天府通办”同样被列入本届50强名单。",
                  "（三）四川政务APP", "四川政务APP是此次入选的第三个系统。",
                  title="四川三个政务服务系统入选全国50强优秀实践案例")
    assert [c["name"] for c in found] == ["四川政务服务网", "“天府通办”平台", "四川政务APP"]
    assert cases("各县区委宣传部，市各有关单位：", "一、表彰类别", "1、网络正能量年度有温度作品", "参评对象：原创新媒体作品以及原创网评文章。",
                 "2、网络正能量年度有影响人物", "参评对象：从事网络正能量作品创作和传播的个人。",
                 "3、网络正能量年度有创新平台", "参评对象：积极传播网络正能量的网站、微博、微信等平台。",
                 title="关于开展全市第二届年度网络正能量评选表彰活动的通知") == []


def test_accounts_named_with_at_in_a_headerless_table_and_ties_led_by_binglie():
    """New (set 64's shapes, our wording): | 检察院 | @西安检察 | 第1 | — the column of accounts named
    with @ names the rows, not the systems' labels beside them; 并列第2名　贵州、四川 — a tie's marker,
    its names each a case at that rank."""
    found = cases("各系统分榜中，西安有三个账号拿下了本系统的第一：",
                  "| 党政宣传 | @西安发布 | 第1 |", "| 检察院 | @西安检察 | 第1 |", "| 团委 | @西安共青团 | 第1 |",
                  "| 医疗卫生 | @健康西安 | 第1 |", "| 交通 | @西安地铁 | 第1 |",
                  title="城市政务新媒体指数报告发布")
    assert [c["name"] for c in found] == ["@西安发布", "@西安检察", "@西安共青团", "@健康西安", "@西安地铁"]
    found = cases("省（自治区）政府前五", "第1名　浙江", "并列第2名　广东、江苏", "并列第4名　山东、福建",
                  title="《2023年网上政府创新发展报告》发布：省级排名一览")
    assert [(c["name"], c["rank"]) for c in found] == [("浙江", 1), ("广东", 2), ("江苏", 2), ("山东", 4), ("福建", 4)]


def test_quoted_names_a_sentence_counts_with_a_site_word_after_one():
    """New (set 64's shape, our wording): 服务创新型政府网站共有四家，分别是“中国天津”门户网站“首都之窗”
    “中国杭州门户网站”“江西阳光农廉网” — the count names exactly the quoted names that follow (门户网站
    after a quotation is part of its name)."""
    found = cases("二、2012年度服务创新型政府网站",
                  "服务创新型政府网站共有四家，分别是“中国天津”门户网站“首都之窗”“中国杭州门户网站”“江西阳光农廉网”。",
                  title="2012年中国优秀政府网站推荐结果公布")
    assert [c["name"] for c in found] == ["“中国天津”门户网站", "“首都之窗”", "“中国杭州门户网站”", "“江西阳光农廉网”"]


def test_two_lines_a_title_counts_and_an_honour_before_its_winner():
    """New: under 我市两家单位入围…单位名单, the lead's two lines 民心汇聚单位 包头市委办公室 / 实干担当单位
    包头市住房和城乡建设局 — the title counts two, each line an honour, a space, the body that won it."""
    found = cases("近日，2022年度人民网网上群众工作单位名单发布，我市有两家单位入围。",
                  "民心汇聚单位 包头市委办公室",
                  "实干担当单位 包头市住房和城乡建设局",
                  "今年，人民网“领导留言板”继续作为网上群众工作的重要平台。",
                  title="我市两家单位入围2022年度网上群众工作单位名单")
    assert [(c["name"], c["category"]) for c in found] == [
        ("包头市委办公室", "民心汇聚单位"), ("包头市住房和城乡建设局", "实干担当单位")]


def test_link_items_column_then_site_under_a_lists_title():
    """New (set 66's shape, our wording): - 栏目——网站 link items under a list's title and a sentence that
    hands them over — the part after the dash is each one's site or body (中国人大网, 紫光阁), even
    where it is not written like a body; a link to the report is no case."""
    found = cases("资料组把这一系列的获奖栏目按“栏目——网站”的格式整理如下：",
                  "2013年度中央国家机关网站特色栏目",
                  "- 立法进程——中国人大网", "- 在线访谈——中国政府网", "- 道德模范——中国文明网",
                  "- 党建研究——紫光阁", "- 通关状态查询——海关总署", "- 数据查询——国家统计局",
                  "- 警民互动——公安部", "- 农科讲堂——农业部", "- 网上投诉——国家信访局",
                  "- 2013年评估结果通报全文（PDF）——资料组存档",
                  title="2013年度中央国家机关网站特色栏目榜单")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("立法进程", "中国人大网"), ("在线访谈", "中国政府网"), ("道德模范", "中国文明网"), ("党建研究", "紫光阁"),
        ("通关状态查询", "海关总署"), ("数据查询", "国家统计局"), ("警民互动", "公安部"), ("农科讲堂", "农业部"),
        ("网上投诉", "国家信访局")]


def test_places_on_a_line_under_a_numbered_section_heading_with_a_comma():
    """New (set 67's shape, our wording): 一、强化党组织领导，推动“三治”融合 over 宁夏回族自治区、山西省晋中市、… —
    a numbered section's heading (its comma too) over a line of places written in full, under a lead
    about a list of typical cases: each place a case, the heading its category."""
    found = cases("近日，农业农村部推出第三批全国乡村治理典型案例，共34个，分为四个部分。",
                  "一、强化党组织领导，推动“三治”融合",
                  "甘肃省张掖市、河北省邯郸市肥乡区、江苏省南京市江宁区、四川省成都市郫都区",
                  "二、加强县乡村联动，促进资源下沉",
                  "浙江省湖州市、安徽省合肥市庐江县、山东省潍坊市寿光市",
                  title="第三批全国乡村治理典型案例发布（一）")
    assert [(c["name"], c["category"]) for c in found][:2] == [
        ("甘肃省张掖市", "强化党组织领导，推动“三治”融合"), ("河北省邯郸市肥乡区", "强化党组织领导，推动“三治”融合")]
    assert len(found) == 7


def test_quoted_names_counted_with_qizhong_beside_a_table_with_merged_award_cells():
    """New (set 66's shapes, our wording): 福建拿下其中5个，分别是“甲”“乙”… (the count names the quoted names
    that follow) beside a table whose award cell spans several rows, printed empty under the first
    (|  | 乙 |): each row's winner is a case under the award above it."""
    found = cases("本届峰会共有20个政务微博获得“华东政务微博影响力奖”，福建拿下其中5个，分别是“福建发布”“平安福建”“福建共青团”“福建卫生”“清新福建”。",
                  "其他几个奖项里，福建的获奖账号见下表：",
                  "| 奖项 | 获奖账号 |", "|---|---|",
                  "| 华东政务微博创新管理奖 | 厦门发布 |", "|  | 福建民政 |", "|  | 晋江发布 |",
                  "| 华东政务微博传播力奖 | 泉州发布 |", "|  | 福建检察 |",
                  title="华东政务微博微信峰会举行 福建多个账号获奖")
    names = [(c["name"], c["category"]) for c in found]
    assert [n for n, _ in names[:5]] == ["“福建发布”", "“平安福建”", "“福建共青团”", "“福建卫生”", "“清新福建”"]
    assert ("福建民政", "华东政务微博创新管理奖") in names and ("福建检察", "华东政务微博传播力奖") in names


def test_circled_numbers_past_twenty_and_a_note_between_a_heading_and_its_names():
    """New (set 66's shapes, our wording): ㉑【甲】 ㉒【乙】 — circled numbers past ⑳ sit in blocks of their
    own and still number items; 一、奖项 / 本组为…，同时获奖的还有3个城市： / 甲、乙、丙、丁 — the note
    between a section's heading and its line of names leaves the heading the names' category."""
    found = cases("以下为通报附件所列名单。", "（排名不分先后，编号仅为便于查找，不代表名次）",
                  "⑲【虹口区政府】 ⑳【杨浦区政府】", "㉑【嘉定区政府】 ㉒【金山区政府】 ㉓【团市委】",
                  title="本市23家单位获政务微博工作通报表扬")
    assert [c["name"] for c in found] == ["虹口区政府", "杨浦区政府", "嘉定区政府", "金山区政府", "团市委"]
    found = cases("与福州有关的获奖情况整理如下：", "一、中国互联网最具影响力政府网站",
                  "本组为省会城市网站，与福州同时获奖的还有3个城市：", "福州市政府网站、成都、南京、杭州",
                  "二、中国政府网站信息公开领先奖", "城市网站与福州市属网站合并列出：",
                  "福州市政府网站、深圳、宁波、武汉、福州卫生局网站、福州地税局网站",
                  "三、中国政府网站优秀奖", "鼓楼区政府网站", title="福州市政府网站获两项年度奖项")
    pairs = [(c["name"], c["category"]) for c in found]
    assert ("福州地税局网站", "中国政府网站信息公开领先奖") in pairs and ("深圳", "中国政府网站信息公开领先奖") in pairs


def test_a_title_with_commas_then_its_place_in_brackets():
    """New (set 67's shape, our wording): 1、数据赋能与流程再造协同发力，“一件事”集成办理驱动营商环境优化（江西省）
    — the brackets end the name, not its first comma; the place in them is the agency."""
    found = cases("在线服务方向的入选案例有：",
                  "1、数据赋能与流程再造协同发力，“一件事”集成办理驱动营商环境优化（江西省）",
                  "2、AI赋能政务服务，谱写效能建设新篇章（泉州市）",
                  "3、以数智赋能开启“一站式”集成服务新模式（贵阳市）",
                  title="网上政府优秀创新案例有哪些？")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("数据赋能与流程再造协同发力，“一件事”集成办理驱动营商环境优化", "江西省"), ("AI赋能政务服务，谱写效能建设新篇章", "泉州市"),
        ("以数智赋能开启“一站式”集成服务新模式", "贵阳市")]


def test_two_columns_of_a_text_block_and_the_steps_of_a_vote_under_a_label():
    """New (set 69's shapes, our wording): in a PDF turned to text, 五里街道东园社区        “四联四访”工作法 —
    who entered, spaces, then what; under 【参与方式】, numbered steps (关注…公众号；扫描…二维码) are how to
    vote, no cases."""
    found = cases("附件：滨江区首届社区治理创新成果获奖名单", "（同一奖项内排名不分先后）", "【一等奖】",
                  "  五里街道东园社区        “四联四访”工作法", "【二等奖】",
                  "  西湖街道湖滨社区    “邻里议事厅”自治模式", "  长河街道江南社区        智慧养老服务模式",
                  title="区首届社区治理创新成果评选结果发布")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("“四联四访”工作法", "五里街道东园社区", "一等奖"), ("“邻里议事厅”自治模式", "西湖街道湖滨社区", "二等奖"),
        ("智慧养老服务模式", "长河街道江南社区", "二等奖")]
    assert cases("活动共收到案例200余个，经评审已确定20个入围案例，从12月18日起接受网友点赞。", "【活动时间】", "12月18日至12月24日。",
                 "【参与方式】", "1. 关注“长江云”微信公众号；", "2. 扫描活动页面的二维码进入点赞页面；", "3. 每个微信账号每天可点赞一次。",
                 title="2024年全省城乡社区治理创新典型案例展示点赞开始") == []


def test_bodies_each_with_its_quoted_case_in_one_sentence():
    """New (set 68's shape, our wording): 在线服务方面共有12个案例入选…：国家税务总局的“…”，江苏省的“…”，…，
    以及厦门市的“…” — each body or place the agency of the quoted case after it."""
    found = cases("在线服务方面共有12个案例入选。从公开的标题看：国家税务总局的“‘非接触式’办税缴费服务体系建设”，"
                  "江苏省的“推进‘一件事一次办’改革 打造政务服务新模式”，浙江省的“‘浙里办’掌上办事之省建设”，"
                  "以及厦门市的“‘i厦门’一站式惠民服务平台”。",
                  title="2024年网上政府优秀创新案例简报")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("“‘非接触式’办税缴费服务体系建设”", "国家税务总局"), ("“推进‘一件事一次办’改革 打造政务服务新模式”", "江苏省"),
        ("“‘浙里办’掌上办事之省建设”", "浙江省"), ("“‘i厦门’一站式惠民服务平台”", "厦门市")]


def test_circled_items_in_brackets_with_their_body_after_and_a_space_inside():
    """New (set 68's shape, our wording): ①【title】（单位）　②【…】（单位）　③【数智赋能“民呼我为” 助推…】（重庆市）
    on one line — the body in brackets after each title is its agency, a long title still one name, and
    a space inside the last title's brackets does not end it."""
    found = cases("小编按官网列出的先后抄在下面，序号只是方便称呼，不代表名次，括号里是推荐的部门或地区。", "【互动交流】",
                  "①【构建全系统媒体矩阵 联动讲好新时代应急故事】（应急管理部）　②【浙江省12345热线：人工智能赋能政务服务“总客服”新篇章】（浙江省）　"
                  "③【数智赋能“接诉即办” 助推超大城市治理现代化】（北京市）",
                  title="网上政府优秀创新案例：互动交流篇")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("构建全系统媒体矩阵 联动讲好新时代应急故事", "应急管理部"), ("浙江省12345热线：人工智能赋能政务服务“总客服”新篇章", "浙江省"),
        ("数智赋能“接诉即办” 助推超大城市治理现代化", "北京市")]


def test_an_infobox_with_a_dated_label_and_a_list_label_with_an_order_note():
    """New (sets 68 and 61's shapes, our wording): an encyclopedia's infobox (| 中文名 | … | / | 组织单位（2020年度） |
    … |) is one thing's fields, no list; 【…十大卓越案例】（以首字拼音为序） over the names is their label, no
    case."""
    found = cases("| 中文名 | 江苏省改革创新优秀实践案例 |", "|---|---|", "| 指导单位 | 省委改革办 |",
                  "| 组织单位（2020年度） | 江苏省委党校、《群众》杂志社、省改革研究中心 |", "| 地区 | 江苏省 |",
                  "2020年度", "一、最佳实践案例", "（共10个，此处只列公开报道中能查到的3个，排名不分先后）",
                  "江苏省不见面审批改革、昆山市一网通办改革、苏州工业园区信用监管改革",
                  title="江苏省改革创新优秀实践案例")
    assert "江苏省改革创新优秀实践案例" not in [c["name"] for c in found] and "省委改革办" not in [c["name"] for c in found]
    found = cases("【中国网络理政十大卓越案例（2016-2021）】（以首字拼音为序）", "“爱安吉”APP", "成都市网络理政平台",
                  "广西北海智慧党建", "胶东在线", title="“爱安吉”APP等十个案例入选中国网络理政十大卓越案例")
    assert [c["name"] for c in found] == ["“爱安吉”APP", "成都市网络理政平台", "广西北海智慧党建", "胶东在线"]


def test_broadcasters_standing_committees_societies_and_railway_units_are_bodies():
    # failed before: 广播电视台, 常委会, 总会, 车务段 were no body's ending, so a province's name at
    # the front was taken for the agency, or the name was cut before its last word
    text = ("2023年度全省普法工作先进单位名单如下：\n1. 黑龙江广播电视台\n2. 湖北省慈善总会\n"
            "3. 青海省格尔木市人大常委会\n4. 南阳车务段\n5. 广西壮族自治区群众艺术馆")
    found = extract_cases(text, "2023年度全省普法工作先进单位名单公布")["cases"]
    assert [(c["name"], c["agency"], c["agency_kind"]) for c in found] == [
        (n, n, "body") for n in ("黑龙江广播电视台", "湖北省慈善总会", "青海省格尔木市人大常委会", "南阳车务段", "广西壮族自治区群众艺术馆")]


def test_a_body_its_channel_and_the_channel_s_quoted_name():
    # failed before: the words of the channel between a body and the quoted name (门户网站, 官方微博)
    # hid the body, and the region in front was taken for the agency
    text = ("2019年度政府网站和政务新媒体优秀案例：\n1. 宿迁市政府门户网站“网上宿迁”\n2. 洛阳市公安局官方微博“@平安洛阳”\n"
            "3. 四川省旅游局官方微信“旅游四川”")
    found = extract_cases(text, "2019年度政府网站和政务新媒体优秀案例揭晓")["cases"]
    assert [(c["name"], c["agency"]) for c in found] == [
        ("宿迁市政府门户网站“网上宿迁”", "宿迁市政府"), ("洛阳市公安局官方微博“@平安洛阳”", "洛阳市公安局"),
        ("四川省旅游局官方微信“旅游四川”", "四川省旅游局")]


def test_lines_under_a_label_the_title_names_as_a_list():
    # failed before: a label with no list word over 名称（网站） lines was no announcement, though the
    # title calls it a 名单
    text = ("整理资料时翻出来的通报。\n2012年度中央国家机关网站特色栏目\n网络视频直播（中国政协网）\n平安建设（中国长安网）\n"
            "警民互动（公安部）\n农科讲堂（农业部）\n网上投诉（国家信访局）\n（括号内为栏目所在网站。）")
    found = extract_cases(text, "旧文存档：2012年度中央国家机关网站特色栏目名单")["cases"]
    assert [(c["name"], c["agency"]) for c in found] == [
        ("网络视频直播", "中国政协网"), ("平安建设", "中国长安网"), ("警民互动", "公安部"), ("农科讲堂", "农业部"),
        ("网上投诉", "国家信访局")]


def test_a_table_of_figures_with_a_column_of_notes_is_no_list():
    # failed before: a 备注 column beside 数量 hid that every other column is a figure
    text = ("主办方公布了一组政务新媒体数据，整理如下。\n| 项目 | 数量 | 备注 |\n|---|---|---|\n| 党政机构微博 | 10842个 |  |\n"
            "| 官员微博 | 5695个 |  |\n| 党政机关微信公众号 | 438个 | 居全国首位 |")
    assert extract_cases(text, "数说网络政务：政务微博微信数据一览")["cases"] == []


def test_the_documents_places_issued_are_no_cases():
    # failed before: 广东出台《…》 lines under a numbered section read as a list of cases
    text = ("四、各省推进数字政府建设的政策\n多个省份相继出台了规划和方案，下面按整理顺序列出。\n"
            "（一）广东出台《广东省“数字政府”建设总体规划（2018—2020年）》\n（二）浙江出台《浙江省数字化转型标准化建设方案（2018—2020年）》\n"
            "（三）山东出台《山东省数字政府建设实施方案（2019-2022年）》\n（四）广西出台《广西推进数字政府建设三年行动计划（2018—2020年）》")
    assert extract_cases(text, "专题资料：各省数字政府建设政策文件一览")["cases"] == []


def test_a_group_label_in_the_first_column_of_a_headerless_table_is_the_category():
    # failed before: a first column repeating its labels was taken for a grade the rows share, so the
    # same account under two labels was one case
    text = ("甘肃政务新媒体影响力榜获奖名单\n| 省直机关 | 1 | 甘肃发布 |\n|  | 2 | 甘肃公安 |\n|  | 3 | 甘肃气象 |\n"
            "| 公安 | 1 | 甘肃公安 |\n|  | 2 | 兰州公安 |\n|  | 3 | 瓜州公安 |")
    found = extract_cases(text, "甘肃政务新媒体影响力榜发布")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("甘肃发布", "省直机关"), ("甘肃公安", "省直机关"), ("甘肃气象", "省直机关"),
        ("甘肃公安", "公安"), ("兰州公安", "公安"), ("瓜州公安", "公安")]


def test_the_qualities_that_win_a_place_are_no_winners():
    # failed before: 传播范围最广、社会反响最好的才能进入榜单 was read as two subjects that entered a list
    text = ("主办方介绍，这次评选借助大数据对全市新媒体进行评估，传播范围最广、社会反响最好的才能进入榜单。\n"
            "颁奖典礼上依次发布了五个榜单。")
    assert extract_cases(text, "2022成都市政务新媒体峰会举行")["cases"] == []


def test_a_headerless_grid_of_places_under_level_and_tier_labels():
    # failed before: two label columns in front of two columns of places were read as one name column
    text = ("报告按开放数级对各地分档，整理如下：\n| 省级 | 第一等级 | 浙江 | 上海 |\n| 省级 | 第二等级 | 山东 | 贵州 |\n"
            "| 地级（含副省级） | 第一等级 | 青岛 |  |\n| 地级（含副省级） | 第二等级 | 济南 | 威海 |")
    found = extract_cases(text, "中国开放数林指数发布：各地分档名单")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("浙江", "省级"), ("上海", "省级"), ("山东", "省级"), ("贵州", "省级"),
        ("青岛", "地级（含副省级）"), ("济南", "地级（含副省级）"), ("威海", "地级（含副省级）")]


def test_a_header_naming_each_row_and_the_award_it_won():
    # failed before: 名称 | 奖项 | 序号 over teams, firms and a bureau gave no list (no agency column,
    # and team names do not look like cases)
    text = ("报道里点了名的获奖者整理如下（另有12个团队获得“最具应用价值团队”等单项荣誉，8家单位获“最佳数据提供单位”，"
            "报道只点名了其中3家）：\n| 名称 | 奖项 | 序号 |\n|---|---|---|\n| “大吉大利” | 获奖团队 | 1 |\n"
            "| WE-2团队 | 获奖团队 | 2 |\n| Cube团队 | 获奖团队 | 3 |\n| 沐威智造 | 获奖团队 | 4 |\n| 远见II团队 | 获奖团队 | 5 |\n"
            "| 重庆城市交通开发投资（集团）有限公司 | 最佳数据提供单位 | 6 |\n| 重庆市道路运输管理局 | 最佳数据提供单位 | 7 |\n"
            "| 重庆市公共交通控股（集团）有限公司 | 最佳数据提供单位 | 8 |\n注：序号只是按报道中出现的先后编的，不代表名次。")
    found = extract_cases(text, "两场开放数据大赛的获奖名单备忘")["cases"]
    assert [(c["name"], c["category"], c["rank"]) for c in found] == [
        ("“大吉大利”", "获奖团队", None), ("WE-2团队", "获奖团队", None), ("Cube团队", "获奖团队", None),
        ("沐威智造", "获奖团队", None), ("远见II团队", "获奖团队", None),
        ("重庆城市交通开发投资（集团）有限公司", "最佳数据提供单位", None), ("重庆市道路运输管理局", "最佳数据提供单位", None),
        ("重庆市公共交通控股（集团）有限公司", "最佳数据提供单位", None)]


def test_a_two_column_table_whose_award_cells_span_rows():
    # failed before: in a table of two columns a rowspan's later rows have one cell, and were taken
    # for labels over the rows below; a cell 单位：《作品》 was one name
    text = ("我按奖项整理成表，方便大家看：\n| 奖项 | 获奖单位 / 项目 |\n| 数字四川城乡数据要素管理改革创新奖—战略推进奖 | 达州市数字经济局 |\n"
            "| 渠县人民政府 |\n| 大竹县人民政府 |\n| 数字四川城乡数据要素管理改革创新奖—实践应用奖 | 渠县大数据中心 |\n"
            "| 数字四川科技成果（产品）最具潜力推广奖 | 国网达州供电公司：《“数助脱贫” 电力数据服务乡村振兴应用》 |")
    found = extract_cases(text, "达州在省里大数据评选拿了奖，名单整理")["cases"]
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("达州市数字经济局", "达州市数字经济局", "数字四川城乡数据要素管理改革创新奖—战略推进奖"),
        ("渠县人民政府", "渠县人民政府", "数字四川城乡数据要素管理改革创新奖—战略推进奖"),
        ("大竹县人民政府", "大竹县人民政府", "数字四川城乡数据要素管理改革创新奖—战略推进奖"),
        ("渠县大数据中心", "渠县大数据中心", "数字四川城乡数据要素管理改革创新奖—实践应用奖"),
        ("《“数助脱贫” 电力数据服务乡村振兴应用》", "国网达州供电公司", "数字四川科技成果（产品）最具潜力推广奖")]


def test_an_award_s_plain_title_over_each_heading_and_its_paragraph():
    # failed before: only a label in 【】 or after a symbol was read over a heading and its
    # paragraph; a plain award title (a long one read as a paragraph) broke the run
    text = ("下面按奖项分别介绍能够核实名称的项目。\n技术领导奖（Technology Leadership）\n“基于创新2.0的城管地图服务模式”——北京市城管执法局\n"
            "项目以城管地图为依托，把城市管理服务做成面向公众开放参与的模式，是本届大陆获奖项目之一。\n"
            "年度政府转型奖（Govt Transformation of the Year）\n海宁市司法局：“微博公文”\n"
            "顾名思义，就是借助微博来交换公文，这一创新因此被称作电子政务的新样子。\n服务创新奖（Service Innovation）\n"
            "“智慧台北”（台北市政府资讯处）\n台北市政府资讯处的代表在颁奖晚会上与大陆获奖代表同台合影留念。")
    found = extract_cases(text, "两岸三地项目获2011年FutureGov未来政府奖")["cases"]
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("“基于创新2.0的城管地图服务模式”", "北京市城管执法局", "技术领导奖（Technology Leadership）"),
        ("“微博公文”", "海宁市司法局", "年度政府转型奖（Govt Transformation of the Year）"),
        ("“智慧台北”", "台北市政府资讯处", "服务创新奖（Service Innovation）")]


def test_a_column_of_places_or_bodies_says_whose_each_row_is():
    # failed before: a region column placed each row but gave no agency, and a body in it lost to a
    # fragment of the name (海关 of 海关“云”集…); an empty 单位 cell still gives none
    places = ("各设区市的特色应用整理如下：\n| 设区市 | 应用 |\n|---|---|\n| 杭州 | “民呼我为” |\n| 宁波 | “危化品全链条安全风险智控” |\n"
              "| 温州 | “海上综合智治” |")
    found = extract_cases(places, "浙江发布数字化改革重大应用成果")["cases"]
    assert [(c["name"], c["agency"], c["agency_kind"]) for c in found] == [
        ("“民呼我为”", "杭州", "region"), ("“危化品全链条安全风险智控”", "宁波", "region"), ("“海上综合智治”", "温州", "region")]
    rows = ("在线服务方面入选案例（排名不分先后）：\n| 1 | 海关总署 | 海关“云”集知识产权保护力量 全力护航外贸企业发展 |\n"
            "| 2 | 四川省 | 积极推进跨部门跨层级系统对接 赋能“高效办成一件事” |\n| 3 | 青岛市 | 深化AI赋能优化服务供给 让企业群众聊着天办成事 |")
    found = extract_cases(rows, "网上政府优秀创新案例观察：在线服务篇")["cases"]
    assert [(c["agency"], c["agency_kind"]) for c in found] == [("海关总署", "body"), ("四川省", "region"), ("青岛市", "region")]
    unnamed = ("获评案例整理如下：\n| 序号 | 地区 | 案例名称 | 单位 |\n|---|---|---|---|\n| 1 | 贵州 | “筑民生”平台 | — |\n"
               "| 2 | 贵州 | 云上贵州APP | — |\n| 3 | 贵州 | “贵州发布” | 贵州省互联网信息办公室 |")
    found = extract_cases(unnamed, "西部省份政务服务获评案例一览")["cases"]
    assert [c["agency"] for c in found] == [None, None, "贵州省互联网信息办公室"]


def test_a_line_of_names_under_an_award_title_and_a_note_in_brackets():
    # failed before: a note in brackets between the award's title and its winners stood for the line
    # above them, and the numbered award lines below joined the line's run (and won over it)
    text = ("奖项方面，峰会一共评出20个影响力奖，浙江占了7个。完整的浙江名单如下。\n华东政务微博影响力奖\n"
            "（全场20个，这里只列浙江的7个，排名不分先后）\n浙江发布、之江先锋、浙江公安、浙江共青团、浙江卫生、浙江旅游、南太湖先锋\n"
            "其他奖项中的浙江账号\n1、华东政务微博创新管理奖：衢州发布、浙江民政、浦江天平\n2、华东政务微博传播力奖：丽水发布、浙江检察")
    found = [c["name"] for c in extract_cases(text, "2014华东政务微博微信峰会：浙江获奖账号一览")["cases"]]
    assert found[:7] == ["浙江发布", "之江先锋", "浙江公安", "浙江共青团", "浙江卫生", "浙江旅游", "南太湖先锋"]
    assert found[7:] == ["衢州发布", "浙江民政", "浦江天平", "丽水发布", "浙江检察"]


def test_an_award_its_count_and_the_one_winner_a_page_names():
    # failed before: 项目奖（10个）代表项目：甲 was read as a name and its description; the person the
    # people's award went to is no case
    text = ("本届评选共分项目奖、企业奖、单位奖和个人奖四类，每类授予10个名额。\n获奖情况一览\n"
            "- 项目奖（10个）代表项目：武汉市青山区创新基层党组织领导基层治理体制机制\n- 企业奖（10家）代表企业：荆门市格林美新材料有限公司\n"
            "- 单位奖（10个）代表单位：武汉市委改革办改革综合处\n- 个人奖（10名）代表人物：毕丽霞")
    found = extract_cases(text, "第二届湖北改革奖揭晓 省委省政府予以通报表彰")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("武汉市青山区创新基层党组织领导基层治理体制机制", "项目奖"), ("荆门市格林美新材料有限公司", "企业奖"),
        ("武汉市委改革办改革综合处", "单位奖")]


def test_bracketed_labels_between_headings_and_their_paragraphs():
    # failed before: 【聚焦…战略】 lines were taken for headings of cases, and a sentence naming the
    # award's classes (…和个人奖四类) for a page about people
    text = ("本届先进典型分项目奖、单位奖、企业奖和个人奖四类，下面按战略方向摘录部分上榜典型——\n【聚焦能级跨越战略】\n"
            "一批改革举措瞄准支点的战略支撑力，包括建设大财政体系等多项改革。\n【聚焦科创引领战略】\n武汉产业创新发展研究院\n"
            "把科技创新和产业创新连在一起，试行“共投共担”办法，相关经验获得推广。\n【聚焦枢纽提能战略】\n"
            "依托花湖国际机场探索开放新路径，把跨境电商和空港经济结合起来。\n武汉长江国际贸易集团有限公司\n"
            "通过整合供应链、推进数字化转型，推动“物—贸—产—融”一体发展。")
    found = extract_cases(text, "32个！第五届湖北改革奖表彰决定公布")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("武汉产业创新发展研究院", "聚焦科创引领战略"), ("武汉长江国际贸易集团有限公司", "聚焦枢纽提能战略")]
    places = ("以下摘录前三位：\n【深圳市福田区】\n福田区的政务微博既发布政策法规，也推送天气、文化等生活信息，答复较快。\n"
              "【南通市通州区】\n通州区的政务微博群注重及时发布权威信息，在政务公开方面发挥了作用。\n【昌邑市】\n"
              "昌邑市的政务微博重视政务公开制度建设，公开形式不断创新。")
    found = extract_cases(places, "中国县域网络形象排行榜政务微博示范奖")["cases"]
    assert [c["name"] for c in found] == ["深圳市福田区", "南通市通州区", "昌邑市"]  # a place in 【】 names its case


def test_a_headerless_table_of_awards_first_winners_and_counts():
    # failed before: a column of counts (共10个项目) made the table a grid of names, or was taken for
    # the names; the award beside each winner is its category and the people's award has no case
    text = ("各类奖项的首位获奖对象如下：\n| 项目奖 | 全省疾控体系改革和公共卫生体系建设 | 共10个项目 |\n"
            "| 企业奖 | 湖北碳排放权交易中心有限公司 | 共10个企业 |\n| 单位奖 | 鄂州市不动产登记中心 | 共10个单位 |\n| 个人奖 | 桂小妹 | 共10名同志 |")
    found = extract_cases(text, "第三届湖北改革奖揭晓 30个集体和10名个人获通报表彰")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("全省疾控体系改革和公共卫生体系建设", "项目奖"), ("湖北碳排放权交易中心有限公司", "企业奖"), ("鄂州市不动产登记中心", "单位奖")]
    kinds = ("决定对优秀网站和双微平台予以表彰，各类首位如下：\n| 新闻类特别奖 | 濮阳网 | 6个优秀新闻网站之一 |\n"
             "| 优秀政务类网站 | 濮阳市纪委监察局等 | 共10个 |\n| 优秀双微平台 | 平安濮阳等 | 共12个 |")
    found = extract_cases(kinds, "濮阳市表彰2015年度优秀网站和微博微信")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("濮阳网", "新闻类特别奖"), ("濮阳市纪委监察局", "优秀政务类网站"), ("平安濮阳", "优秀双微平台")]


def test_one_label_over_a_whole_list_is_still_its_cases_category():
    # failed before: a label over the one list named the list and was dropped from its cases (the
    # field convention gives the nearest label above); a label that only hands the list over is none
    text = ("完整的浙江名单如下。\n华东政务微博影响力奖\n（这里只列浙江的3个，排名不分先后）\n浙江发布、之江先锋、浙江公安")
    found = extract_cases(text, "2014华东政务微博微信峰会：浙江获奖账号一览")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("浙江发布", "华东政务微博影响力奖"), ("之江先锋", "华东政务微博影响力奖"), ("浙江公安", "华东政务微博影响力奖")]
    handed = "2019年十佳政务服务案例：\n入选名单\n1. 浙江省“浙里办”\n2. 江苏省“苏服办”\n3. 安徽省“皖事通”"
    assert {c["category"] for c in extract_cases(handed)["cases"]} == {None}


def test_a_label_over_a_note_in_brackets_over_numbered_items():
    # failed before: a note in brackets between a label and the numbered items under it hid the label
    text = ("各层级都有单独的排名，这里只摘部委这一组。\n部委\n（前三名按报告公布顺序；第十名为两家并列）\n1. 商务部\n2. 海关总署\n3. 国家税务总局\n"
            "首批交通强国建设试点地区\n（排名不分先后）\n- 河北雄安新区\n- 辽宁省\n- 江苏省")
    found = extract_cases(text, "2024年网上政府创新发展报告发布")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("商务部", "部委"), ("海关总署", "部委"), ("国家税务总局", "部委"),
        ("河北雄安新区", "首批交通强国建设试点地区"), ("辽宁省", "首批交通强国建设试点地区"), ("江苏省", "首批交通强国建设试点地区")]


def test_the_words_that_hand_a_list_over_are_no_part_of_its_category():
    # failed before: 一等奖名单如下（…） was printed whole as the cases' category
    text = ("评审会最终评出一、二、三等奖案例共30个。\n一等奖名单如下（二、三等奖案例本文不再一一列出）：\n"
            "1. 远程踏勘“不见面”，智能服务再提升\n2. “一件事一次办”打造审批服务新模式\n3. 工程建设项目审批“一网通办”")
    found = extract_cases(text, "全省政务服务创新案例评选结果揭晓")["cases"]
    assert {c["category"] for c in found} == {"一等奖"} and len(found) == 3


def test_a_column_of_fields_headed_fang_mian_is_the_category():
    # failed before: 方面 / 方向 named no column, and a field ending in 流程 was taken for a process step
    text = ("完整名单见下表（表中“方面”一栏为课题组的分类）：\n| 序号 | 案例名称 | 部门/地区 | 方面 |\n|---|---|---|---|\n"
            "| 1 | 构建全系统媒体矩阵 联动讲好新时代药监故事 | 国家药品监督管理局 | 互动交流 |\n"
            "| 2 | 福建省12345热线：人工智能赋能政务服务“总客服”新篇章 | 福建省 | 互动交流 |\n"
            "| 3 | “搜问一体”政府网站智能服务 | 广州市 | 平台支撑 |")
    found = extract_cases(text, "网上政府优秀创新案例观察")["cases"]
    assert [c["category"] for c in found] == ["互动交流", "互动交流", "平台支撑"]
    fields = ("入选名单（排名不分先后）：\n| 序号 | 应用名称 | 方向 |\n|---|---|---|\n| 1 | 英语流利说 | 在线教育 |\n| 2 | 跑步猫多媒体体能训练系统 | 体育 |\n"
              "| 3 | 国网上海 | 大数据优化生产流程 |\n| 4 | 光明乳业 | 大数据优化生产流程 |")
    found = extract_cases(fields, "2015上海智慧城市建设优秀应用揭晓")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("英语流利说", "在线教育"), ("跑步猫多媒体体能训练系统", "体育"), ("国网上海", "大数据优化生产流程"), ("光明乳业", "大数据优化生产流程")]


def test_a_label_over_a_whole_table_is_its_cases_category():
    # failed before: a label line over a table (past a note in brackets) gave its rows no category
    text = ("2023年度全省政务服务评估结果如下。\n市级部门\n（排名不分先后）\n| 序号 | 单位 |\n|---|---|\n| 1 | 市发展改革委 |\n"
            "| 2 | 市教委 |\n| 3 | 市公安局 |")
    found = extract_cases(text, "全市政务微博工作先进单位名单")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [("市发展改革委", "市级部门"), ("市教委", "市级部门"), ("市公安局", "市级部门")]


def test_a_line_of_bodies_under_a_label_of_its_own():
    # failed before: a line of companies under a 【】 label, between paragraphs, had no words about a
    # list near it; a label saying what part bodies played (批复部门) still gives none
    text = ("本届先进典型分项目奖、单位奖、企业奖和个人奖四类，下面按战略方向摘录部分上榜典型——\n【聚焦科创引领战略】\n"
            "武汉产业创新发展研究院\n把科技创新和产业创新连在一起，试行“共投共担”办法，相关经验获得推广。\n"
            "另有一位实验室负责人带领团队攻下关键技术，补上了国内这一产品的空白。\n【聚焦产业倍增战略】\n"
            "湖北美的电冰箱有限公司、宜都东阳光实业发展有限公司、骆驼集团股份有限公司、湖北科峰智能传动股份有限公司\n"
            "这几家企业持续改进管理体制，推动产学研用协同，培育新质生产力。")
    found = extract_cases(text, "32个！第五届湖北改革奖表彰决定公布")["cases"]
    assert [c["name"] for c in found][-4:] == ["湖北美的电冰箱有限公司", "宜都东阳光实业发展有限公司", "骆驼集团股份有限公司",
                                               "湖北科峰智能传动股份有限公司"]
    roles = "首批国家大数据综合试验区名单公布。\n批复部门\n国家发展改革委、工业和信息化部、中央网信办\n试验区将先行先试。"
    assert extract_cases(roles, "首批国家大数据综合试验区名单公布")["cases"] == []


def test_bodies_under_award_labels_with_notes_on_what_they_did():
    # failed before: bulleted bodies under two labels, two with what they did in brackets, were not
    # short proper names, so no list; 搜救队 was no body's ending
    text = ("今年已是第7届，最后选出26个得奖机关。\n得奖机关（节录）\n- 内政部消防署特种搜救队\n民间伙伴奖励\n"
            "- 佛教慈济医疗财团法人花莲慈济医院（以创新医疗技术支援灾害防救）\n- 社团法人台湾石虎保育协会（集结群众募资保护生态环境）\n"
            "完整26个得奖机关名单请见主办方网站。")
    found = extract_cases(text, "第7届政府服务奖得奖名单出炉 12月11日颁奖")["cases"]
    assert [c["agency"] for c in found] == ["内政部消防署特种搜救队", "佛教慈济医疗财团法人花莲慈济医院", "社团法人台湾石虎保育协会"]


def test_the_winner_column_beside_a_column_of_kinds_and_an_honour_in_brackets():
    # failed before: of two columns of site names the kinds (县（市区、特区）政府网站) were taken for the
    # names; an honour in brackets after a name (（获评“…”）) stayed in it
    page = (Path(__file__).parent / "fixtures" / "cases-holdout65" / "t04.html").read_bytes()
    found = parse_page(None, page).cases  # (a page of set 65: the shape in its site's own chrome)
    assert [(c["name"], c["category"]) for c in found] == [
        ("大方县政府网站", "县（市区、特区）政府网站"), ("省交通运输厅网站", "省政府组成部门及机构政府门户网站"),
        ("贵阳市人民政府网站", "市（州）政府门户网站")]
    lines = ("会上公布了微信微博排行榜，我们成华区有两个账号上榜：\n- “宜人成华”政务微博（获评“四川优秀政务微博”）\n"
             "- “宜人成华”政务微信（获评“四川政务微信十强”）")
    found = extract_cases(lines, "成华区两个政务账号上榜")["cases"]
    assert [c["name"] for c in found] == ["“宜人成华”政务微博", "“宜人成华”政务微信"]


def test_two_headings_over_their_paragraphs_under_a_title_that_counts_two():
    # failed before: a title saying two were chosen made two numbered or bulleted lines a list, not
    # two headings each over its paragraph
    text = ("课题组此前面向全国征集典型案例，经多轮评选确定了50强，由我公司承建的两个项目双双入选。\n江苏省盐南高新区驾驶舱\n"
            "项目为高新区搭起一套人机交互的驾驶舱，把城市安全、政务服务、民生服务等业务场景放到同一块屏上。\n云南大理州城市大脑\n"
            "大理州城市大脑把数据当作核心的公共基础设施，面向社会治理、经济运行、民生服务等领域搭建运营体系。")
    found = extract_cases(text, "喜报｜两个项目入选标准化支撑政府数字化转型典型案例50强")["cases"]
    assert [c["name"] for c in found] == ["江苏省盐南高新区驾驶舱", "云南大理州城市大脑"]


def test_a_role_after_the_body_behind_a_dash():
    # failed before: 名称——单位统筹 kept the dash and the body in the name (统筹 ended no body)
    text = ("本届获奖的两个项目如下：\n1. 「同心築」臨時檢疫營舍項目——食物及衞生局統籌\n2. 「智方便」一站式網上服務平台——數字政策辦公室")
    found = extract_cases(text, "兩個項目獲頒公共服務卓越獎")["cases"]
    assert [(c["name"], c["agency"]) for c in found] == [
        ("「同心築」臨時檢疫營舍項目", "食物及衞生局"), ("「智方便」一站式網上服務平台", "数字政策办公室")]


def test_a_line_of_places_under_an_award_title_heading():
    # failed before: 一、最佳实践城市 over a line of cities (the first section: no later section's
    # number, no words about a list near it) gave none
    text = ("编者按：本期继续梳理营商环境评价中的单项指标。\n一、最佳实践城市\n银川、杭州、深圳、西安\n二、最佳指标\n"
            "环节2个；用时0.5个工作日；费用0元。")
    found = extract_cases(text, "开办企业指标：最佳实践城市与典型案例")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("银川", "最佳实践城市"), ("杭州", "最佳实践城市"), ("深圳", "最佳实践城市"), ("西安", "最佳实践城市")]


def test_list_sizes_a_people_ranking_and_entry_rules_are_no_cases():
    # failed before: 先进集体：20个 lines (how many each list holds), a ranking of policemen beside the
    # bodies' one, and the rules of who may enter (初选范围：…) were read as cases
    page = (Path(__file__).parent / "fixtures" / "cases-holdout73" / "t16.html").read_bytes()
    assert parse_page(None, page).cases == []  # (set 73's page: an agenda, then - 先进集体：20个 …)
    boards = ("两张榜单的前三位如下：\n| 名次 | 公安政务微博影响力排行榜 | 民警个人工作微博影响力排行榜 |\n|---|---|---|\n"
              "| 第一 | @嘉定公安 | @徐志刚 |\n| 第二 | @浦东高速交警 | @邹克耀 |\n| 第三 | @上海经侦ECID | @谢明萱 |")
    found = extract_cases(boards, "申城公安微博年度盘点：两张影响力排行榜出炉")["cases"]
    assert [c["name"] for c in found] == ["@嘉定公安", "@浦东高速交警", "@上海经侦ECID"]
    rules = ("评选结果尚未公布。\n- 初选范围：省直、市州、区县三级单位前20名微信公众号；\n- 全省各级党政企事业单位前20名官方微博和短视频账号；\n"
             "- 入围须同时满足“年度传播指数居前”和“已报名参评”两个条件。")
    assert extract_cases(rules, "一张表看懂2023“湖北十佳政务新媒体”评选")["cases"] == []


def test_link_items_a_paragraph_hands_over_and_a_title_with_a_dash_of_its_own():
    # failed before: trafilatura dropped a topic page's list of links that its last paragraph hands
    # over without a colon (下列各条目按…编排); 名称——副题——单位 gave the first part as the name
    page = (Path(__file__).parent / "fixtures" / "cases-holdout73" / "t09.html").read_bytes()
    parsed = parse_page(None, page)
    names = [c["name"] for c in parsed.cases]
    assert "运用大模型技术构建政府网站辅助阅读体系" in names and "整合提供“搜问一体”服务，创新服务新模式" in names
    assert "互动交流" not in names  # (其他专题 and its links close the page)
    text = "入选案例如下：\n1. 药监小智——AI大模型构建药监服务创新新生态——国家药品监督管理局\n2. 运用大模型技术构建政府网站辅助阅读体系——商务部"
    found = extract_cases(text, "2025年网上政府优秀创新案例")["cases"]
    assert [(c["name"], c["agency"]) for c in found] == [
        ("药监小智——AI大模型构建药监服务创新新生态", "国家药品监督管理局"), ("运用大模型技术构建政府网站辅助阅读体系", "商务部")]


def test_a_label_right_above_a_run_is_its_cases_category():
    # failed before: a label over plain lines (past a note in brackets) gave them no category
    text = ("整理资料时翻出来的通报。\n2012年度中央国家机关网站特色栏目\n网络视频直播（中国政协网）\n平安建设（中国长安网）\n"
            "警民互动（公安部）\n农科讲堂（农业部）\n网上投诉（国家信访局）\n（括号内为栏目所在网站。）")
    found = extract_cases(text, "旧文存档：2012年度中央国家机关网站特色栏目名单")["cases"]
    assert {c["category"] for c in found} == {"2012年度中央国家机关网站特色栏目"} and len(found) == 5


def test_a_count_in_brackets_is_no_part_of_a_category():
    # failed before: 【漳州市（11个）】 over its names was printed whole as their category
    page = (Path(__file__).parent / "fixtures" / "cases-holdout40" / "t10.html").read_bytes()
    categories = {c["category"] for c in parse_page(None, page).cases}
    assert "漳州市" in categories and not any("（11个）" in (c or "") for c in categories)


def test_the_list_a_handing_sentence_names_is_its_table_s_category():
    # failed before: “2022年优秀政务新媒体”共有20家入选，名单见下表： gave the table below no category
    text = ("颁奖典礼上依次发布了五个榜单。\n“2022年优秀政务新媒体”共有20家入选，名单见下表：\n| 序号 | 账号名称 |\n|---|---|\n"
            "| 1 | 成都发布 |\n| 2 | 成都地铁 |\n| 3 | 微成都 |")
    found = extract_cases(text, "2022成都市政务新媒体峰会举行")["cases"]
    assert [(c["name"], c["category"]) for c in found] == [
        ("成都发布", "2022年优秀政务新媒体"), ("成都地铁", "2022年优秀政务新媒体"), ("微成都", "2022年优秀政务新媒体")]


def test_a_label_over_the_sentence_that_hands_a_table_over():
    # failed before: 省级网站评估结果 above a sentence handing the table over gave it no category, and a
    # list's own name (实验区名单) was taken for words that only hand a list over
    text = ("今年一共评估了937家政府网站。\n省级网站评估结果\n前十名中有几处名次相同，共13个省份进入前十：\n| 1 | 北京市 |\n| 2 | 上海市 |\n"
            "| 3 | 四川省 |\n| 4 | 湖北省 |")
    found = extract_cases(text, "2021年中国政府网站绩效评估结果发布")["cases"]
    assert {c["category"] for c in found} == {"省级网站评估结果"} and len(found) == 4
    named = ("经专家评审论证后确认。\n实验区名单\n| 序号 | 实验单位 | 所属市（州） |\n|---|---|---|\n| 1 | 兰州市城关区 | 兰州市 |\n"
             "| 2 | 嘉峪关市钢城街道 | 嘉峪关市 |\n| 3 | 金昌市永昌县 | 金昌市 |")
    found = extract_cases(named, "甘肃省首批乡村治理实验区名单")["cases"]
    assert {c["category"] for c in found} == {"实验区名单"} and len(found) == 3


def test_a_wechat_foot_and_a_list_handed_over_by_xia_mian():
    # failed before: — END — / 微信扫一扫 / 关注该公众号 under a WeChat article's list were read as three
    # more names; a paragraph saying 下面列出其余7个 announced no list, so its link items were lost
    wechat = (Path(__file__).parent / "fixtures" / "cases-holdout74" / "t05.html").read_bytes()
    names = [c["name"] for c in parse_page(None, wechat).cases]
    assert names and not {"微信扫一扫", "关注该公众号"} & set(names)
    links = (Path(__file__).parent / "fixtures" / "cases-holdout74" / "t10.html").read_bytes()
    assert "运用大模型技术构建政府网站辅助阅读体系" in [c["name"] for c in parse_page(None, links).cases]


def test_a_writers_remarks_under_a_label_of_observations_are_no_cases():
    # failed before: 几点观察 over 第一，…第二，… read each remark's first clause as a ranked case
    text = ("本期关注互动交流方面，入选的9个案例名单见上表。\n几点观察\n第一，智能问答成了互动交流的主角，多地案例都落在这一点上。\n"
            "第二，热线与网站的边界在变模糊，有的省把12345热线定位为“总客服”。\n第三，线下互动仍然重要，有的省由领导与企业面对面座谈。")
    assert extract_cases(text, "2025年网上政府优秀创新案例·互动交流")["cases"] == []


def test_two_cases_under_a_bracketed_label_of_their_list():
    # failed before: two lines under 【全国优秀社区工作法】 were too few for a list with nothing saying so
    text = ("省民政厅从中挑出5个最好的工作法报送民政部，其中两个被确认为全国优秀社区工作法。\n【全国优秀社区工作法】\n"
            "湖南省湘潭市雨湖区广场街道南盘岭社区工作法\n衡阳市石鼓区潇湘街道演武坪社区工作法\n省民政厅表示，希望入选社区继续发挥示范作用。")
    found = extract_cases(text, "湖南首批优秀社区工作法揭晓，25个工作法入选")["cases"]
    assert [c["name"] for c in found] == ["湖南省湘潭市雨湖区广场街道南盘岭社区工作法", "衡阳市石鼓区潇湘街道演武坪社区工作法"]
