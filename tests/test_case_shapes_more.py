"""Rules added after the second hold-out run (fixtures/cases-holdout2/README.md), on pages of their own."""
from crawler.parsers.cases import extract_cases
from crawler.parsers.generic import extract


def _page(body: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>政务新媒体优秀案例</title></head><body>'
            '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/gov/">政务</a></li></ul>'
            f'<h1>政务新媒体优秀案例</h1><div class="content">{body}</div></body></html>')


def test_list_item_with_a_link_and_its_own_text_stays_one_line():
    body = ("<p>本年度政务新媒体优秀案例评选结果揭晓，入选的政务账号如下。这些账号在发布、互动和服务方面表现突出，获得评委认可。</p><ul>"
            '<li><a href="/a">“重庆发布”</a>（重庆市人民政府新闻办公室）</li>'
            '<li><a href="/b">“南京发布”</a>（南京市人民政府新闻办公室）</li>'
            '<li><a href="/c">“广州发布”</a>（广州市人民政府新闻办公室）</li></ul>'
            "<p>评委会表示将持续关注这些账号的运营，并在下一年度评选中增加移动端服务和政策解读两个类别，"
            "欢迎各地政务新媒体积极参与，推动政务信息公开和政民互动水平不断提升。</p>")
    text = extract(_page(body))["text"]
    assert "“重庆发布”（重庆市人民政府新闻办公室）" in [line.removeprefix("- ") for line in text.split("\n")]
    assert "首页" not in text  # link-only menu items are still furniture


def test_organisation_in_brackets_is_the_agency():
    text = ("2021年政务新媒体优秀案例名单如下：\n“重庆发布”（重庆市人民政府新闻办公室）\n"
            "“南京发布”（南京市人民政府新闻办公室）\n“广州发布”（广州市人民政府新闻办公室）")
    cases = extract_cases(text)["cases"]
    assert [(c["name"], c["agency"], c["province"]) for c in cases] == [
        ("“重庆发布”", "重庆市人民政府新闻办公室", "重庆市"),
        ("“南京发布”", "南京市人民政府新闻办公室", "江苏省"),
        ("“广州发布”", "广州市人民政府新闻办公室", "广东省")]


def test_region_in_brackets_stays_in_the_name():
    # a place in brackets after a name is no agency; a place's short name that begins the name is
    text = "2016年十大创新案例名单：\n1. 支付宝缴税（广东）\n2. 上海发布（上海）\n3. 武汉交警（湖北）"
    assert [c["agency"] for c in extract_cases(text)["cases"]] == [None, "上海", "武汉"]


def test_numbering_restarting_under_category_labels_is_one_list():
    text = ("2021年网上政府创新案例按类别公布如下。\n公开解读类\n1. 浙江省人民政府办公厅：“浙江发布”政策解读专栏\n"
            "2. 北京市人民政府办公厅：“首都之窗”政策解读\n在线服务类\n1. 上海市大数据中心：“随申办”\n"
            "2. 广东省政务服务数据管理局：“粤商通”")
    cases = extract_cases(text)["cases"]
    assert [(c["category"], c["rank"], c["agency"]) for c in cases] == [
        ("公开解读类", 1, "浙江省人民政府办公厅"), ("公开解读类", 2, "北京市人民政府办公厅"),
        ("在线服务类", 1, "上海市大数据中心"), ("在线服务类", 2, "广东省政务服务数据管理局")]


def test_one_label_above_a_list_is_not_a_category():
    text = ("2019年十佳政务服务案例：\n入选名单\n1. 浙江省“浙里办”\n2. 江苏省“苏服办”\n3. 安徽省“皖事通”")
    cases = extract_cases(text)["cases"]
    assert len(cases) == 3 and {c["category"] for c in cases} == {None}
