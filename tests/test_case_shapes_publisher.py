"""Shapes and fields met in the seventh and eighth hold-out sets and in probes of our own, as
small pages: accounts named with @, grade and list columns in tables without a header, bodies a
district portal names relatively, the places a county's short name gives, numbering styles, and
the body before a product (facts from public lists; wording ours)."""
import pytest

from crawler.parsers.cases import extract_cases
from crawler.parsers.cases.fields import agency_of
from crawler.parsers.generic import extract
from crawler.parsers.regions import locate
from crawler.sites import parse_page

MENTIONS = """第7期政务微博回复榜单出炉
本期前三
冠军是@成都发布，@上海发布获得亚军，@南京发布排名第三。
各项之最
回复最快账号 @平安北京
网友咨询办证流程，它在十分钟内作答。
最佳地方账号 @深圳交警、@杭州公安
两个账号本周各回复网友问题十余次。"""


def test_accounts_named_with_at_are_read_with_ranks_and_labels():
    cases = extract_cases(MENTIONS, "政务微博办实事排行榜第7期")["cases"]
    got = {c["name"]: (c["rank"], c["category"]) for c in cases}
    assert got == {"成都发布": (1, "本期前三"), "上海发布": (2, "本期前三"), "南京发布": (3, "本期前三"),
                   "平安北京": (None, "回复最快账号"), "深圳交警": (None, "最佳地方账号"),
                   "杭州公安": (None, "最佳地方账号")}


def test_a_mention_in_a_news_sentence_is_not_a_list():
    text = "据@人民日报报道，本市今日发布了新一批便民举措。\n市民可通过@北京12345反映诉求。"
    assert extract_cases(text, "便民举措发布")["cases"] == []


def test_a_grade_column_is_not_the_name_column():
    text = "双微月榜\n本期位列前两名的单位如下：\n| 1 | 佛山市公安局交通警察支队 | 基层单位 |\n| 2 | 佛山市中级人民法院 | 市级单位 |"
    cases = extract_cases(text, "2023年6月政法新媒体榜单")["cases"]
    assert [(c["rank"], c["name"], c["agency"]) for c in cases] == [
        (1, "佛山市公安局交通警察支队", "佛山市公安局交通警察支队"), (2, "佛山市中级人民法院", "佛山市中级人民法院")]


DISTRICT_PAGE = """<html><head><title>关于2019年度政务公开工作考核结果的通报_通知公告_南京市鼓楼区</title></head>
<body><div class="nav">首页 > 政务公开 > 通知公告</div><h1>关于2019年度政务公开工作考核结果的通报</h1>
<div class="info">发布日期：2020-02-14 来源：区政府办公室</div>
<div id="zoom"><p>各街道办事处，区政府各部门：</p>
<p>经考核评估，评出2019年度政务公开工作优秀单位如下：</p>
<p><strong>一、优秀单位</strong></p><ul><li>区财政局</li><li>区教育局</li><li>区民政局</li><li>宁海路街道</li><li>湖南路街道</li></ul>
<p>区政府办公室</p><p>2020年2月14日</p></div><div class="footer">主办：南京市鼓楼区人民政府办公室</div></body></html>"""


def test_bodies_named_relatively_take_the_publishing_sites_province():
    page = parse_page(None, DISTRICT_PAGE.encode())
    assert page.article["site_name"] == "南京市鼓楼区"
    got = {c["name"]: (c["agency"], c["agency_kind"], c["province"]) for c in page.cases}
    assert got["区财政局"] == ("区财政局", "body", "江苏省")
    assert got["宁海路街道"] == ("宁海路街道", "region", "江苏省")


def test_site_name_from_meta_before_the_title():
    html = ('<html><head><title>某某通知_首页</title><meta property="og:site_name" content="中国江西网"></head>'
            '<body><h1>某某通知</h1><p>正文内容正文内容。</p></body></html>')
    assert extract(html)["site_name"] == "中国江西网"


def test_a_countys_unique_short_name_places_its_accounts():
    assert locate("历下检察").province == "山东省"
    assert locate("芗城巷口派出所").province == "福建省"
    assert locate("城关发布").province is None  # 城关区 is in more than one province


def test_top_and_no_numbering_rank_their_items():
    text = "榜单如下：\nTOP1 四川观察\nTOP2 大连交警\nTOP3 江宁公安在线"
    cases = extract_cases(text, "2023年度政务抖音号影响力榜单")["cases"]
    assert [(c["rank"], c["name"]) for c in cases] == [(1, "四川观察"), (2, "大连交警"), (3, "江宁公安在线")]
    cases = extract_cases("NO.1 上海发布\nNO.2 成都发布\nNO.3 南京发布", "2022年政务新媒体榜单")["cases"]
    assert [c["name"] for c in cases] == ["上海发布", "成都发布", "南京发布"]


def test_bracketed_numbers_are_markers_not_part_of_names():
    text = "入选案例名单如下：\n【1】浙江省“浙里办”政务服务平台\n【2】广东省“粤省事”移动政务服务平台\n【3】上海市“一网通办”总门户"
    cases = extract_cases(text, "2021年数字政府典型案例")["cases"]
    assert [c["name"] for c in cases] == ["浙江省“浙里办”政务服务平台", "广东省“粤省事”移动政务服务平台", "上海市“一网通办”总门户"]


def test_a_bulleted_label_over_a_line_of_names_is_a_category():
    text = "■ 优秀政务微信\n江苏发布、南京发布、苏州发布\n■ 优秀政务微博\n江苏公安、无锡发布、常州发布"
    cases = extract_cases(text, "2020年全省政务新媒体优秀案例")["cases"]
    assert [(c["name"], c["category"]) for c in cases] == [
        ("江苏发布", "优秀政务微信"), ("南京发布", "优秀政务微信"), ("苏州发布", "优秀政务微信"),
        ("江苏公安", "优秀政务微博"), ("无锡发布", "优秀政务微博"), ("常州发布", "优秀政务微博")]


def test_a_summary_naming_cases_by_their_product_counts_them_once():
    text = ("其中，“随申办”“浙里办”“苏服办”3个案例获评特等奖。全部获奖名单如下：\n| 序号 | 案例名称 | 申报单位 |\n|---|---|---|\n"
            "| 1 | “随申办”移动端 | 上海市大数据中心 |\n| 2 | “浙里办”APP | 浙江省大数据发展管理局 |\n"
            "| 3 | “苏服办”总门户 | 江苏省政务服务管理办公室 |\n| 4 | “赣服通”平台 | 江西省信息中心 |")
    cases = extract_cases(text, "2023年度“一网通办”优秀案例")["cases"]
    assert [c["name"] for c in cases] == ["“随申办”移动端", "“浙里办”APP", "“苏服办”总门户", "“赣服通”平台"]


@pytest.mark.parametrize("name, agency, kind", [
    ("深圳市福田区政务服务数据管理局区块链电子证照应用", "深圳市福田区政务服务数据管理局", "body"),
    ("杭州市数据资源管理局城市大脑", "杭州市数据资源管理局", "body"),
    ("国家税务总局电子税务局", "国家税务总局", "body"),
    ("最高人民法院移动微法院", "最高人民法院", "body"),
    ("国家发展改革委信用中国网站", "国家发展改革委", "body"),
    ("广州市政务服务数据管理局穗好办", "广州市政务服务数据管理局", "body"),
    ("腾讯公司粤省事", "腾讯公司", "body"),
    ("江西省信息中心赣服通", "江西省信息中心", "body"),
    ("山东省济南市历城区人民法院智慧审判", "山东省济南市历城区人民法院", "body"),
    ("佛山市南海区数据统筹局", "佛山市南海区数据统筹局", "body"),
    ("四川省成都市网络理政平台", "四川省成都市", "region"),
    ("内蒙古自治区推进权责清单建设加快建设法治政府", "内蒙古自治区", "region"),
])
def test_the_body_before_a_product_is_the_agency(name, agency, kind):
    assert agency_of(name, None, None)[:2] == (agency, kind)


def test_award_tiers_over_names_are_categories():
    text = "入选名单如下：\n一等奖\n“粤省事”移动政务服务平台\n“随申办”超级应用\n二等奖\n“苏服办”总门户\n“赣服通”政务服务平台"
    cases = extract_cases(text, "2022年度全省数字政府优秀案例名单公布")["cases"]
    assert [(c["name"], c["category"]) for c in cases] == [
        ("“粤省事”移动政务服务平台", "一等奖"), ("“随申办”超级应用", "一等奖"),
        ("“苏服办”总门户", "二等奖"), ("“赣服通”政务服务平台", "二等奖")]


def test_a_list_item_of_paragraphs_keeps_its_name_apart_from_its_description():
    body = ("<p>以下3个案例入选2022年度数字政府优秀案例：</p><ol>"
            "<li><p><strong>浙江省“浙政钉”协同办公平台</strong></p><p>覆盖全省各级机关，实现掌上办公。</p></li>"
            "<li><p><strong>广东省“粤政易”移动办公平台</strong></p><p>整合全省政务办公应用。</p></li>"
            "<li><p><strong>上海市“一网统管”城运平台</strong></p><p>实现城市运行一屏观全域。</p></li></ol>")
    html = (f"<html><head><title>2022年度数字政府优秀案例名单_某某网</title></head><body><h1>2022年度数字政府优秀案例名单</h1>"
            f"<div class='info'>2022-12-20 来源：某某网</div><div class='content'>{body}</div></body></html>")
    page = parse_page(None, html.encode())
    assert [(c["name"], c["description"]) for c in page.cases] == [
        ("浙江省“浙政钉”协同办公平台", "覆盖全省各级机关，实现掌上办公。"),
        ("广东省“粤政易”移动办公平台", "整合全省政务办公应用。"),
        ("上海市“一网统管”城运平台", "实现城市运行一屏观全域。")]


def test_names_a_report_ranks_in_its_sentences():
    text = ("在副省级城市政务新媒体竞争力排行中，成都以92.27分的总分再次排名第一，南京、杭州分列第二位和第三位。\n"
            "另外，较大的市政府里深圳市位居第一；县（市、区）政府方面，深圳市罗湖区进入了前十。")
    cases = extract_cases(text, "2017城市政务新媒体指数报告发布")["cases"]
    assert [c["name"] for c in cases] == ["成都", "南京", "杭州", "深圳市", "深圳市罗湖区"]


def test_a_sentence_ranking_a_demonstrative_names_no_case():
    text = "今年，我市在全省政务服务评估中排名第一，该局位居第二，其余单位进入了前十。"
    assert extract_cases(text, "我市政务服务评估排名第一")["cases"] == []


def test_items_separated_by_semicolons_keep_their_own_commas_of_enumeration():
    text = ("二、2024年度法治创新提名案例\n三项提名案例分别是：吉林法院审判辅助事务集约化改革、“小切口”推动司法运行降本增效；"
            "南京法院推动少年家事审判工作创新、最大化保护未成年人利益；湖州市司法局依托商事调解中心创新商事调解服务新路径。")
    cases = extract_cases(text, "2024年度法治创新案例发布")["cases"]
    assert [c["name"] for c in cases] == ["吉林法院审判辅助事务集约化改革、“小切口”推动司法运行降本增效",
                                          "南京法院推动少年家事审判工作创新、最大化保护未成年人利益",
                                          "湖州市司法局依托商事调解中心创新商事调解服务新路径"]
    assert cases[2]["agency"] == "湖州市司法局"


@pytest.mark.parametrize("name, agency", [
    ("中国农业银行股份有限公司泉州分行", "中国农业银行股份有限公司泉州分行"),
    ("福建省九仙山气象站", "福建省九仙山气象站"),
    ("中山市南头镇专职消防队", "中山市南头镇专职消防队"),
    ("广州海关（机关）", "广州海关"),
    ("江苏高院推进“执破融合”改革释放制度效能", "江苏高院"),
    ("广州黄埔法院运用司法数据分析模型编绘基层治理“法治地图”", "广州黄埔法院"),
    ("中华人民共和国商务部门户网站", "中华人民共和国商务部"),
])
def test_collective_units_and_short_court_forms(name, agency):
    assert agency_of(name, None, None)[0] == agency
