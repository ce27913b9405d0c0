"""Shapes met in the hold-out sets during the eighteenth session of 2026-12-01, each in lines or pages of
our own wording (facts from public lists). Each test says what it guards; "new" ones failed on the
session's starting code (b558070), the others guard a widening that came with them."""
from crawler.parsers.cases import extract_cases
from crawler.sites import parse_page


def cases(*lines, title):
    return extract_cases("\n".join(lines), title, "2023-07-20T09:00:00+08:00")["cases"]


def page(body: str, title: str):
    html = (f"<html><head><meta charset='utf-8'><title>{title}_文旅观察网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/gg'>公共文化</a> <a href='/ly'>旅游</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='meta'>2019-03-13 10:26 来源：本网综合</div>{body}</div>"
            "<div class='footer'>版权所有 文旅观察网 京ICP备00000000号</div></body></html>")
    return parse_page(None, html.encode("utf-8"))


def _card(name: str, org: str, blurb: str) -> str:
    return (f"<div class='card'><div class='card-img'><img src='/u/{len(name)}.jpg' alt=''></div><div class='card-body'>"
            f"<h4 class='card-title'>{name}</h4><span class='org'>创建主体：{org}</span><div class='blurb'>{blurb}</div></div></div>")


def test_a_grid_of_cards_is_read_as_the_table_it_is():
    """New: cards of <h4>名称</h4><span>创建主体：…</span><div>简介</div>: the extractor kept each card's
    short note and dropped its heading and its chip, so every name was lost. As rows (the label every
    card prints before a field becomes the column's header) each card is one case with its body,
    under the heading over the grid."""
    cards = [("北京市海淀区", "北京市海淀区人民政府", "东部地区 · 验收等级：优秀"),
             ("河北省沧州市", "沧州市人民政府", "中部地区 · 验收等级：良好"),
             ("安徽省铜陵市", "铜陵市人民政府", "中部地区 · 验收等级：优秀"),
             ("湖南省株洲市", "株洲市人民政府", "中部地区 · 验收等级：优秀")]
    body = ("<p>文化和旅游部、财政部日前联合下发通知，公布第三批国家公共文化服务体系示范区（项目）名单，"
            "这一批示范区的创建资格于2015年确定，经过两年多的创建和验收后确定最终名单。</p>"
            "<p>下面以卡片形式列出本批部分示范区，顺序与通知一致（按行政区划排列，不代表名次）。</p>"
            "<section><h3>示范区</h3><div class='card-grid'>" + "".join(_card(*c) for c in cards) + "</div></section>"
            "<p>通知要求各示范区城市人民政府继续推进后续建设，发挥好典型带动作用，本网将继续关注。</p>")
    found = page(body, "第三批国家公共文化服务体系示范区名单揭晓").cases
    assert [(c["name"], c["agency"], c["category"], c["rank"]) for c in found] == [
        (name, org, "示范区", None) for name, org, _ in cards]


def test_cards_with_a_paragraph_under_their_heading_stay_cases_and_descriptions():
    """New: the first card's heading sits in another box than the lead above it, and the extractor
    dropped it (the others, between paragraphs of sibling cards, were put back): a heading right over
    the paragraph it heads is put back whatever box the paragraph before it is in. Guard: a card with a
    paragraph of prose under its heading is a case and its description, no row of a table."""
    items = [("第一 全椒海螺5G工厂", "该项目入选2023年5G工厂名录，建设中由基础电信企业提供网络支撑，名录经省级主管部门推荐、专家评审和公示后发布。"),
             ("第二 安道麦5G工厂", "同为名录收录的项目，报道把它与全椒海螺项目一起列为基础电信企业参与建设的代表性工厂。"),
             ("第三 5G+机器人链接智能工厂", "以5G连接生产机器人为特点的工厂项目，列入2023年名录，报道称其生产线已完成改造。"),
             ("第四 天津药研院5G工厂", "医药研发领域的5G工厂项目，列入2023年名录，由基础电信企业参与建设，已投入使用。")]
    body = ("<p>工业和信息化部公布2023年5G工厂名录，以下是本报梳理的其中几个项目。</p><div class='cards'>"
            + "".join(f"<div class='card'><h4>{n}</h4><p>{d}</p></div>" for n, d in items) + "</div>")
    html = page(body, "2023年5G工厂名录中的几个项目")
    assert "| 第一 全椒海螺5G工厂 |" not in html.article["text"]
    assert [c["name"] for c in html.cases] == [n.split()[1] for n, _ in items]


def test_a_grid_of_news_cards_names_no_case():
    """Guard: a grid of news cards (headline and date) read as a table still names no case."""
    news = [("我市公共文化服务体系示范区创建通过验收", "2019-03-01"), ("文化惠民卡发行突破十万张", "2019-02-20"),
            ("基层综合性文化服务中心实现全覆盖", "2019-02-11"), ("春节期间群众文化活动丰富多彩", "2019-02-05")]
    body = ("<p>本栏目汇集本市公共文化领域的最新动态，欢迎读者提供新闻线索，来稿请注明联系方式。</p><div class='news-grid'>"
            + "".join(f"<div class='item'><h4>{t}</h4><span class='date'>{d}</span></div>" for t, d in news) + "</div>")
    assert page(body, "公共文化动态").cases == []


def test_places_a_government_incentive_praises_on_one_line():
    """New: 督查激励 is how the State Council and provinces recognise places that did well, and a label
    …完成情况好的地方 praises the places under it: the line of places (、 within a province, ， between
    provinces) is the list."""
    found = cases("国务院办公厅日前印发通报，对2019年落实有关重大政策措施真抓实干成效明显的地方予以督查激励。",
                  "其中第十一项如下（按通报顺序，不是名次）：",
                  "十一、财政管理工作完成情况好的地方",
                  "北京市房山区，浙江省衢州市、瑞安市，安徽省合肥市、广德市，河南省郑州市、滑县，湖南省长沙市、石门县。",
                  "对上述地方，将在下一年度给予资金奖励。",
                  title="2019年督查激励名单中的财政管理工作")
    assert [(c["name"], c["province"]) for c in found] == [
        ("北京市房山区", "北京市"), ("浙江省衢州市", "浙江省"), ("瑞安市", "浙江省"), ("安徽省合肥市", "安徽省"),
        ("广德市", "安徽省"), ("河南省郑州市", "河南省"), ("滑县", "河南省"), ("湖南省长沙市", "湖南省"),
        ("石门县", "湖南省")]


def test_places_after_the_work_they_were_recognised_for_in_brackets():
    """New: 【耕地保护】广德市、泾县: each line names in brackets the work a place was recognised for,
    then the places (a two-character county, 泾县, among them); the places are the cases, each
    under its line's label — a section of one such line under its own heading too."""
    found = cases("国务院办公厅和省政府办公厅近期相继印发通报，对2022年落实有关重大政策措施真抓实干、成效明显的地方予以督查激励。",
                  "国务院督查激励",
                  "【生态文明体制改革】宣城市",
                  "省政府督查激励",
                  "以下按激励事项归类，方括号内为事项名称：",
                  "【社会救助综合改革】郎溪县",
                  "【耕地保护】广德市、泾县",
                  "【深化医药卫生体制改革】宁国市",
                  "【文化旅游发展】绩溪县",
                  "获激励的地方将在资金、项目等方面得到相应支持。",
                  title="宣城多项工作获国务院和省政府督查激励")
    assert [(c["name"], c["category"]) for c in found] == [
        ("宣城市", "生态文明体制改革"), ("郎溪县", "社会救助综合改革"), ("广德市", "耕地保护"), ("泾县", "耕地保护"),
        ("宁国市", "深化医药卫生体制改革"), ("绩溪县", "文化旅游发展")]


def test_rows_of_inline_fields_with_nothing_between_them_are_table_rows():
    """New: <li><span>1</span><span>北京市</span><span>密云区</span><span>示范市县</span></li>: each row
    a number, a province and a place in fields of their own, with no punctuation between them; the
    fields were one run of text (1北京市密云区示范市县). As cells of a row the place is the case, in
    its province."""
    rows = [("北京市", "密云区"), ("天津市", "西青区"), ("河北省", "兴隆县"), ("山西省", "沁源县"), ("山西省", "沁水县")]
    body = ("<p>生态环境部公示了第三批国家生态文明建设示范市县的拟命名名单，本页整理出名单的前5个。"
            "每一行依次是序号、所在省份和市县名称，序号按行政区划排列，不代表评比名次。</p><ul class='rows'>"
            + "".join(f"<li><span class='i'>{k}</span><span class='p'>{p}</span><span class='n'>{n}</span>"
                      f"<span class='t'>示范市县</span></li>" for k, (p, n) in enumerate(rows, 1)) + "</ul>")
    found = page(body, "第三批国家生态文明建设示范市县拟命名名单").cases
    assert [(c["name"], c["province"], c["rank"]) for c in found] == [(n, p, None) for p, n in rows]


def test_a_news_list_of_headlines_with_their_dates_stays_no_table():
    """Guard: <li><a>headline</a><span>date</span><span>source</span></li> are a news list's items:
    their fields are not read as a table of cases."""
    items = [("我市政务服务“好差评”系统上线运行", "2024-03-21"), ("区县政务新媒体培训班开班", "2024-03-18"),
             ("一季度12345热线办件量同比增长", "2024-03-15"), ("网上办事大厅新增五十项服务", "2024-03-11")]
    body = ("<p>本栏目汇集本市政务服务领域的最新动态，欢迎读者提供新闻线索，来稿请注明联系方式。</p><ul class='news'>"
            + "".join(f"<li><a href='/n/{k}.html'>{t}</a><span class='d'>{d}</span><span class='s'>本网</span></li>"
                      for k, (t, d) in enumerate(items)) + "</ul>")
    assert page(body, "政务服务动态").cases == []


def test_panels_of_an_accordion_each_a_label_a_count_and_its_names():
    """New: <div class="panel"> per province, its heading a link (点开查看), its body a count and a line
    of names: the panels were left out of the body whole. As rows (label | count | names) each name is
    a case."""
    panels = [("北京", "朝阳区、海淀区"), ("天津", "河北区、河东区、南开区"), ("河北", "石家庄市、秦皇岛市、张家口市"),
              ("山西", "阳泉市")]
    body = ("<p>全国爱卫办对2018—2020周期拟命名的国家卫生城市（区）进行公示，公示期两周，对名单有不同意见的，"
            "可以在公示期内以信函或电子邮件提出。</p><p>点开省份名称即可查看该地拟命名的城市（区）。</p><div class='panel-group'>"
            + "".join(f"<div class='panel'><div class='panel-heading'><a href='javascript:;'>{p}</a></div>"
                      f"<div class='panel-body'><span class='num'>{len(n.split('、'))}个</span><div class='list'>{n}</div></div></div>"
                      for p, n in panels) + "</div>")
    found = page(body, "全国爱卫办公示拟命名国家卫生城市（区）").cases
    assert [c["name"] for c in found] == [n for _, names in panels for n in names.split("、")]


def test_a_section_label_over_a_count_then_its_line_of_names():
    """New: 国家园林县城 / 共31个，本页录入前6个 / 甲、乙…: a count note between a section's label and its
    names; the section beside an accepted one of the same list (国家园林城市 / 共3个 / …) is read too.
    (栾城县, a county until 2014, is in the gazetteer of older names.)"""
    found = cases("住房和城乡建设部命名了2011年国家园林城市、国家园林县城和国家园林城镇。",
                  "国家园林城市",
                  "共3个",
                  "河北省张家口市、山西省阳泉市、山西省孝义市",
                  "国家园林县城",
                  "共31个，本页录入前6个",
                  "河北省栾城县、河北省迁西县、河北省涉县、山西省襄垣县、山西省屯留县、山西省平顺县",
                  "说明：名单顺序与文件附件一致，按行政区划排列，不表示名次。",
                  title="2011年国家园林城市、县城和城镇命名名单")
    assert [(c["name"], c["province"]) for c in found][-6:] == [
        ("河北省栾城县", "河北省"), ("河北省迁西县", "河北省"), ("河北省涉县", "河北省"), ("山西省襄垣县", "山西省"),
        ("山西省屯留县", "山西省"), ("山西省平顺县", "山西省")]
    assert len(found) == 9


def test_a_table_of_provinces_each_with_its_places_parted_by_commas():
    """New: | 北京市 | 3 | 顺义区，昌平区，通州区 |: a province, how many, and its places parted by full-width
    commas (no 、 anywhere): every place is a case, under its province; the sentence that says what
    the columns hold (下表每行依次为省份、个数和…) names nothing."""
    found = cases("环境保护部决定授予北京市顺义区等地区“国家级生态示范区”称号。",
                  "附件：第七批国家级生态示范区名单",
                  "下表每行依次为省份、个数和该省获得称号的市（县、区）。本页先登出前三个省份。",
                  "| 北京市 | 3 | 顺义区，昌平区，通州区 |",
                  "| 山西省 | 2 | 祁县，平陆县 |",
                  "| 浙江省 | 2 | 慈溪市，嵊州市 |",
                  title="第七批国家级生态示范区名单公告")
    assert [(c["name"], c["province"]) for c in found] == [
        ("顺义区", "北京市"), ("昌平区", "北京市"), ("通州区", "北京市"), ("祁县", "山西省"), ("平陆县", "山西省"),
        ("慈溪市", "浙江省"), ("嵊州市", "浙江省")]


def test_a_table_of_periods_and_clauses_parted_by_commas_names_nothing():
    """Guard: | 2019年 | 试点推进，成效明显，群众满意 |: clauses parted by commas are no names."""
    found = cases("我市数字政府建设历年进展如下：",
                  "| 2019年 | 试点推进，成效初显，群众认可 |",
                  "| 2020年 | 全面铺开，流程再造，服务提速 |",
                  "| 2021年 | 巩固提升，数据共享，治理增效 |",
                  title="我市数字政府建设回顾")
    assert found == []


def test_numbers_with_a_leading_zero_alone_on_their_lines_over_each_name():
    """New: an infographic's 01 / 宜昌市 / 02 / 武汉市新洲区 …: numbers written with a leading zero, each
    on a line of its own over its name (the statistic 7 / 湖北入选数量 above them is no item); the
    label 入选地区 says they were chosen and names no category."""
    found = cases("一图读懂", "湖北7地入选第六批国家生态文明建设示范区", "7", "湖北入选数量",
                  "入选地区（编号只是图中顺序，不是名次）",
                  "01", "宜昌市", "02", "武汉市新洲区", "03", "十堰市郧西县", "04", "襄阳市谷城县",
                  title="湖北7地入选第六批国家生态文明建设示范区")
    assert [(c["name"], c["rank"], c["category"]) for c in found] == [
        ("宜昌市", None, None), ("武汉市新洲区", None, None), ("十堰市郧西县", None, None), ("襄阳市谷城县", None, None)]


def test_prose_that_says_who_was_named_and_counts_them_before_the_names():
    """New: 被评为全国健康促进县的是甲、乙、丙和丁 (被评为…的是: those the assessment named), and 获评的有
    两地，即甲和乙 (a count, then 即 and the names it counts)."""
    found = cases("国家卫生健康委办公厅通报了2021年度全国健康促进县（区）技术评估的情况。",
                  "陕西方面说，本省被评为全国健康促进县的是清涧县、子洲县、紫阳县和白河县。",
                  "河北这次获评的有两地，即秦皇岛市北戴河区和沧州市黄骅市。",
                  title="72个县区通过国家级健康促进县（区）技术评估")
    assert [(c["name"], c["province"]) for c in found] == [
        ("清涧县", "陕西省"), ("子洲县", "陕西省"), ("紫阳县", "陕西省"), ("白河县", "陕西省"),
        ("秦皇岛市北戴河区", "河北省"), ("沧州市黄骅市", "河北省")]


def test_the_headline_printed_again_under_the_breadcrumb_is_no_case():
    """New: 首页 > 国内 > the headline, then a table of prize counts: the headline, printed again as the
    body's first line, was read as the one case the page reports."""
    title = "2021“烽火杯”武汉城市圈开放数据创新应用大赛举行颁奖仪式"
    found = cases("首页", ">", "国内", title,
                  "2022年1月24日，大赛颁奖仪式在武汉会议中心举行，本文仅汇总各赛道获奖数量：",
                  "| 赛道 | 一等奖 | 二等奖 | 三等奖 |", "| 职业赛道 | 1名 | 3名 | 7名 |", "| 高校赛道 | 2名 | 5名 | 9名 |",
                  "获奖作品名单将由组委会另行发布。", title=title)
    assert found == []


def test_a_community_or_village_written_out_below_its_county_is_its_own_agency_whole():
    """New: 福州市福清市玉屏街道步行街社区, 龙岩市上杭县临江镇镇西社区, 泉州市台商投资区张坂镇仑前村: the
    name is a place, street or town then community or village, nothing else — its agency is the whole
    name as printed (it was cut at 步行街, at the county, at the city); a label in brackets over them,
    （福州市）, is their category without its brackets."""
    found = cases("全国老龄委拟命名2022年全国示范性老年友好型社区，福建省入选名单如下：",
                  "（福州市）",
                  "1. 福州市福清市玉屏街道步行街社区",
                  "2. 龙岩市上杭县临江镇镇西社区",
                  "3. 泉州市台商投资区张坂镇仑前村",
                  "4. 西安市周至县二曲镇云塔社区",
                  title="2022年全国示范性老年友好型社区拟命名名单公示（福建部分）")
    assert [(c["agency"], c["agency_kind"], c["category"]) for c in found] == [
        ("福州市福清市玉屏街道步行街社区", "region", "福州市"), ("龙岩市上杭县临江镇镇西社区", "region", "福州市"),
        ("泉州市台商投资区张坂镇仑前村", "region", "福州市"), ("西安市周至县二曲镇云塔社区", "region", "福州市")]
    from crawler.parsers.cases.fields import agency_of
    assert agency_of("三明市明溪县沙溪乡预防化解矛盾纠纷工作法", None, None)[0] == "三明市明溪县沙溪乡"


def test_a_table_of_winners_with_a_link_and_an_image_on_every_row_is_kept():
    """New: | 级别 | 入选单位 | 牌匾效果图 | 介绍 | with an image and a 查看 link on every row and a rowspan
    over the 省级 rows: the extractor left the table out whole, between two paragraphs of the article;
    its rows are put back, and 级别 is each row's category."""
    rows = [("国家级", "区政务大楼"), ("省级", "区检察院"), ("省级", "区水利局"), ("省级", "大龙山镇"), ("省级", "罗岭镇")]
    cells = "".join(
        f"<tr>{'' if k > 1 else f'<td rowspan=4>{level}</td>' if k == 1 else f'<td>{level}</td>'}<td>{name}</td>"
        f"<td><img src='/u/pb{k}.jpg' width='80' alt=''></td><td><a href='/zx/{k}.html'>查看</a></td></tr>"
        for k, (level, name) in enumerate(rows))
    body = ("<p>国务院机关事务管理局和省机关事务管理局近日分别公布了第二批国家级、省级节约型公共机构示范单位创建名单，"
            "我区共有5家单位入选，入选数在全省名列第一。</p><p>入选单位见下表，牌匾效果图和单位介绍可点击查看。</p>"
            "<table border=1><thead><tr><th>级别</th><th>入选单位</th><th>牌匾效果图</th><th>介绍</th></tr></thead><tbody>"
            + cells + "</tbody></table><p>近年来，区机关事务管理局在全区推开节约型公共机构示范单位创建，"
            "形成了覆盖全区的创建网络，目前各入选单位正在对照创建方案查漏补缺。</p>")
    found = page(body, "我区5家单位入选第二批节约型公共机构示范单位创建名单").cases
    assert [(c["name"], c["category"]) for c in found] == [(n, level) for level, n in rows]


def test_a_table_cell_of_places_one_per_line_under_region_label_rows():
    """New: | 东部地区 |  | rows over cells of places written one to a line (<br> in the cell, joined
    by spaces) beside a count: each place is a case under its label row; the count is no category
    and a note in brackets (（其余待补）) no place."""
    found = cases("2011年，农业部会同有关部门安排了首批24个农村改革试验区。",
                  "| 试验区 | 个数 |",
                  "|---|---|",
                  "| 东部地区 |  |",
                  "| 北京市大兴区 河北省唐山市玉田县 上海市闵行区 | 3 |",
                  "| 西部地区 |  |",
                  "| 广西壮族自治区百色市田东县 贵州省毕节市 （其余西部试验区待补） | 2 |",
                  title="农村改革试验区")
    assert [(c["name"], c["category"], c["province"]) for c in found] == [
        ("北京市大兴区", "东部地区", "北京市"), ("河北省唐山市玉田县", "东部地区", "河北省"),
        ("上海市闵行区", "东部地区", "上海市"), ("广西壮族自治区百色市田东县", "西部地区", "广西壮族自治区"),
        ("贵州省毕节市", "西部地区", "贵州省")]


def test_the_sentence_over_a_table_without_header_says_what_each_column_holds():
    """New: 第一欄是獎項，第二欄是組別，第三欄是得獎縣市 over a table without a header, where every column
    repeats (a city wins several awards): the sentence is the table's header — the winners' column
    holds the cases, the award column their category."""
    found = cases("《今周刊》今年第三度進行「永續城市SDGs大調查」。",
                  "下表依獎項排列：第一欄是獎項，第二欄是組別，第三欄是得獎縣市。",
                  "| 永續城市特優獎 | 六都 | 台北市 |",
                  "| 永續城市特優獎 | 六都 | 桃園市 |",
                  "| 永續城市優等獎 | 六都 | 台中市 |",
                  "| 社會力特別傑出獎 | 六都 | 桃園市 |",
                  "| 環境力特別傑出獎 | 六都 | 台北市 |",
                  title="第三屆永續城市SDGs大調查放榜")
    assert [(c["name"], c["category"]) for c in found] == [
        ("台北市", "永續城市特優獎"), ("桃園市", "永續城市特優獎"), ("台中市", "永續城市優等獎"),
        ("桃園市", "社會力特別傑出獎"), ("台北市", "環境力特別傑出獎")]


def test_a_guide_that_names_no_column_of_entries_leaves_the_table_to_its_content():
    """Guard: 下表每行依次为：所属指数、区县、名次、指数值 names no column of entries (only kinds, places,
    places in a ranking, values): the table is read by its content, as before; 体裁 is a category."""
    found = cases("荆楚网发布湖北区县传播指数排行榜9月榜单。",
                  "下表每行依次为：所属指数、区县、名次、指数值。",
                  "| 综合传播指数 | 恩施市 | 1 | 90.29 |",
                  "| 综合传播指数 | 仙桃市 | 2 | 88.77 |",
                  "| 综合传播指数 | 潜江市 | 3 | 88.44 |",
                  "| 基础网络知名度 | 恩施市 | 1 | 82.91 |",
                  "| 基础网络知名度 | 应城市 | 2 | 82.78 |",
                  "| 基础网络知名度 | 仙桃市 | 3 | 82.76 |",
                  title="9月湖北区县传播指数单项前三一览")
    assert [(c["name"], c["category"]) for c in found] == [
        ("恩施市", "综合传播指数"), ("仙桃市", "综合传播指数"), ("潜江市", "综合传播指数"),
        ("恩施市", "基础网络知名度"), ("应城市", "基础网络知名度"), ("仙桃市", "基础网络知名度")]
    found = cases("我省法院共有3部作品进入获奖名单。下表每行依次为报送法院、作品名称和作品体裁：",
                  "| 甘肃省兰州市中级人民法院 | 《一塔哩》 | 微电影 |",
                  "| 甘肃省平凉市庄浪县人民法院 | 《心刺》 | 微电影 |",
                  "| 甘肃省陇南市文县人民法院 | 《承诺》 | 原创音乐MV |",
                  title="我省法院作品在平安中国“三微”比赛中获奖")
    assert [(c["name"], c["agency"], c["category"]) for c in found] == [
        ("《一塔哩》", "甘肃省兰州市中级人民法院", "微电影"), ("《心刺》", "甘肃省平凉市庄浪县人民法院", "微电影"),
        ("《承诺》", "甘肃省陇南市文县人民法院", "原创音乐MV")]


def test_a_city_then_its_counties_apart_by_spaces_after_the_colon():
    """New: 石家庄市：桥西区 藁城市 鹿泉市 井陉县 栾城县 (a plain-text view of an attachment): the places after
    the colon, apart by spaces, are each an entry under the city that put them up; a line of spaced
    names may hold a two-character county (蓟县)."""
    found = cases("附件：2013年全国义务教育发展基本均衡县（市、区）名单",
                  "河北省（7个）",
                  "石家庄市：桥西区 藁城市 鹿泉市 井陉县 栾城县",
                  "唐山市：丰南区 迁安市",
                  "秦皇岛市：山海关区",
                  title="2013年全国义务教育发展基本均衡县（市、区）名单")
    assert [(c["name"], c["agency"]) for c in found] == [
        ("桥西区", "石家庄市"), ("藁城市", "石家庄市"), ("鹿泉市", "石家庄市"), ("井陉县", "石家庄市"),
        ("栾城县", "石家庄市"), ("丰南区", "唐山市"), ("迁安市", "唐山市"), ("山海关区", "秦皇岛市")]
    from crawler.parsers.cases.segment import _spaced_names
    assert len(_spaced_names("武清区 滨海新区 沛县 宁河县")) == 4


def test_a_converted_notice_its_issuers_over_its_number_and_a_name_broken_over_two_lines():
    """New: 住房城乡建设部 / 国家发展改革委 / 建城〔2011〕72号 at the head of a PDF turned into lines are who
    issued the notice, no list; 江苏省常 / 熟市 (a line box too narrow) is one place, 江苏省常熟市."""
    found = cases("住房城乡建设部", "国家发展改革委", "建城〔2011〕72号", "关于命名第五批（2010年度）", "国家节水型城市的通报",
                  "两部门组织了专家预审、现场考核和综合评审，深圳等17个城市被命名为第五批（2010年度）国家节水型城市。",
                  "附件", "第五批（2010年度）国家节水型城市名单",
                  "江苏省苏州市", "江苏省江阴市", "江苏省常", "熟市", "江苏省太仓市", "浙江省嘉兴市",
                  title="关于命名第五批（2010年度）国家节水型城市的通报")
    assert [c["name"] for c in found] == ["江苏省苏州市", "江苏省江阴市", "江苏省常熟市", "江苏省太仓市", "浙江省嘉兴市"]


def test_a_heading_whose_quoted_name_holds_a_colon_or_a_comma():
    """New: 「一棟老屋一個夢：重寫聚落未來」（宜蘭縣政府建設處） over its paragraph: the colon inside the quotes
    is the name's (it was read as a label's, and the heading broke the run of headings)."""
    found = cases("第三屆「天下城市治理卓越獎」公布名單，我們整理三個縣市的得獎專案。",
                  "優選",
                  "「高雄植醫來幫忙」（高雄市政府農業局）",
                  "推動植物醫師協助農友診斷病蟲害，減少不必要的用藥。",
                  "「一棟老屋一個夢：重寫聚落未來」（宜蘭縣政府建設處）",
                  "經濟成長組優選。透過老屋新生計畫把閒置老屋變成地方創生的平台。",
                  "「轉廢為能，垃圾全循環」（雲林縣環保局）",
                  "環境保護組優選。建立廢棄物資源化系統，減少燃煤與空污。",
                  title="2025天下城市治理卓越獎得獎專案一次看")
    assert [(c["name"], c["agency"]) for c in found] == [  # (agencies in simplified characters, as every agency is)
        ("「高雄植醫來幫忙」", "高雄市政府农业局"), ("「一棟老屋一個夢：重寫聚落未來」", "宜兰县政府建设处"),
        ("「轉廢為能，垃圾全循環」", "云林县环保局")]


def test_units_an_honour_is_given_to_counted_before_its_title():
    """New: 授予县政府办、县财政局…共N个单位“…优胜单位”荣誉称号: the units the decision honours, counted
    after them; the paragraph before, which tells how the assessment went (整改 among its words), does
    not make them failures."""
    found = cases("县人大常委会组成人员通过实地走访、体验式调研等方式开展评议，督促有关部门整改落实。",
                  "根据评议结果，经县人大常委会研究，决定授予县政府办、县财政局、县发改委、县水利局、县行政服务中心"
                  "共5个单位“优化营商环境工作人民满意优胜单位”荣誉称号。",
                  "希望受到表彰的单位珍惜荣誉、再创佳绩。",
                  title="关于授予县政府办等5个单位荣誉称号的决定")
    assert [c["name"] for c in found] == ["县政府办", "县财政局", "县发改委", "县水利局", "县行政服务中心"]


def test_the_bodies_that_issued_a_list_under_their_label_are_no_cases():
    """New: 该通知由以下九个部门联合印发（按发文顺序）： / 生态环境部 / 国家发展改革委 …, and 联合发文单位 over the
    ministries after the villages: who issued the list, never what it chose."""
    found = cases("现将生态环境部等九部门《关于公布气候投融资试点名单的通知》转发给你们。",
                  "该通知由以下九个部门联合印发（按发文顺序）：",
                  "生态环境部", "国家发展改革委", "工业和信息化部", "住房和城乡建设部",
                  "气候投融资试点名单",
                  "1. 北京市密云区", "2. 北京市通州区", "3. 上海市浦东新区",
                  title="转发九部门关于公布气候投融资试点名单的通知")
    assert [c["name"] for c in found] == ["北京市密云区", "北京市通州区", "上海市浦东新区"]


def test_a_table_of_how_many_each_city_had_chosen_names_no_case():
    """New: | 市 | 入选数 | under a list of villages: how many each city had chosen (市 is a column of
    places, 入选数 a count), a statistic beside the list, no list of its own."""
    found = cases("宣城市入选村落一览：",
                  "| 村落 | 所属县（市、区） | 批次 |", "|---|---|---|",
                  "| 宣州区水东镇七岭村 | 宣州区 | 第四批 |", "| 泾县桃花潭镇桃花潭村 | 泾县 | 第四批 |",
                  "| 宁国市港口镇山门村 | 宁国市 | 第四批 |",
                  "同期其他省份", "山西省150个村落入选，各市入选数量如下（数字为村落个数）：",
                  "| 市 | 入选数 |", "|---|---|", "| 晋城市 | 38 |", "| 晋中市 | 33 |", "| 吕梁市 | 21 |", "| 长治市 | 16 |",
                  title="宣城市中国传统村落")
    assert [c["name"] for c in found] == ["宣州区水东镇七岭村", "泾县桃花潭镇桃花潭村", "宁国市港口镇山门村"]


def test_a_note_that_another_part_of_the_page_is_no_honour_leaves_the_list():
    """New: 另有25家企业被列为典型失信企业（后者不属于表彰）: the note denies the blacklist, not the list of
    model firms the page gives (①甲 ②乙 ③丙, numbers that are no ranks)."""
    found = cases("无锡市发布首批守信示范企业名单和典型失信企业“黑名单”，守信示范企业共152家，另有25家企业被列为典型失信企业（后者不属于表彰）。",
                  "本会入选的副会长单位如下（圆圈序号仅作区分，不代表名次）：①无锡市伟达五金有限公司 ②无锡华厦家居港建材市场有限公司 "
                  "③无锡天鹏菜篮子工程有限公司",
                  title="协会3家副会长单位入选我市首批守信示范企业")
    assert [(c["name"], c["rank"]) for c in found] == [
        ("无锡市伟达五金有限公司", None), ("无锡华厦家居港建材市场有限公司", None), ("无锡天鹏菜篮子工程有限公司", None)]
    assert cases("下表只是就医参考，不属于表彰。", "| 医院 | 地址 |", "| 甲医院 | 甲路1号 |", "| 乙医院 | 乙路2号 |",
                 "| 丙医院 | 丙路3号 |", title="就医参考") == []


def test_a_grade_beside_a_cell_of_sites_one_to_a_line_or_one_alone():
    """New: | 五星级建设示范点 | 咸丰县法治文化广场 利川市龙船调公园 | (the cell's lines joined by spaces,
    things named after their places) and | 四星级建设示范点 | 宣恩县法治文化长廊 | (one alone): each site a
    case under its row's grade."""
    found = cases("恩施州有一批法治文化阵地被命名为省级法治文化建设示范点，名单如下：",
                  "| 五星级建设示范点 | 咸丰县法治文化广场 利川市龙船调公园 |",
                  "| 四星级建设示范点 | 宣恩县法治文化长廊 |",
                  "| 三星级建设示范点 | 鹤峰县太平镇奇峰关村 巴东县滨江走廊 |",
                  title="恩施州多地入选湖北省省级法治文化建设示范点")
    assert [(c["name"], c["category"]) for c in found] == [
        ("咸丰县法治文化广场", "五星级建设示范点"), ("利川市龙船调公园", "五星级建设示范点"),
        ("宣恩县法治文化长廊", "四星级建设示范点"), ("鹤峰县太平镇奇峰关村", "三星级建设示范点"),
        ("巴东县滨江走廊", "三星级建设示范点")]


def test_a_small_table_of_places_in_their_order_is_a_ranking_not_a_record():
    """New: 总分居前三位的是： over | 马尾区 | 第1位 | / | 鼓楼区 | 第2位 | / | 长乐区 | 第3位 |: three rows of a short
    name and a place in order — a ranking's top (it was read as the fields of one thing)."""
    found = cases("各县（市）区政府网站成绩都比第二季度有所下降。总分居前三位的是：",
                  "| 马尾区 | 第1位 |", "| 鼓楼区 | 第2位 |", "| 长乐区 | 第3位 |",
                  "各单位要尽快对照新指标梳理本单位网站栏目。",
                  title="福州市2018年第三季度政府网站绩效考核情况的通报")
    assert [(c["name"], c["rank"]) for c in found] == [("马尾区", 1), ("鼓楼区", 2), ("长乐区", 3)]


def test_a_table_of_counts_under_words_of_its_own_is_a_statistic():
    """New: | 城市 | 全国级 | 省级 | 市级 | over rows of a place and three counts: how many each place has,
    no list. Guard: | 办事处（乡） | 本月名次 | over 1, 2, 3 … is a ranking."""
    assert cases("据两地媒体公开报道整理：", "| 城市 | 全国级 | 省级 | 市级 |", "| 上饶市 | 17 | 82 | 280 |",
                 "| 永州市 | 13 | 84 | 30 |", "注：数字为累计创建数。", title="两市民主法治示范村（社区）创建数量一览") == []
    from crawler.parsers.cases.segment import _figures_under_words
    assert not _figures_under_words([["办事处（乡）", "本月名次"], ["新华办事处", "1"], ["老街办事处", "2"], ["刘阁办事处", "3"]])
    assert not _figures_under_words([["办事处", "月度"], ["新华办事处", "1"], ["老街办事处", "2"], ["刘阁办事处", "3"]])
