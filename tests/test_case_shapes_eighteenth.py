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
