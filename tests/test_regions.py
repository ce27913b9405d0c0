"""Gazetteer edge cases."""
import pytest

from crawler.parsers.regions import locate, place_prefix, region_prefix


@pytest.mark.parametrize(
    "text,province,city,district",
    [
        ("宁夏银川", "宁夏回族自治区", "银川市", None),
        ("广西自治区南宁市", "广西壮族自治区", "南宁市", None),
        ("内蒙古呼和浩特市", "内蒙古自治区", "呼和浩特市", None),
        ("新疆乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", None),
        ("北京市朝阳区", "北京市", "北京市", "朝阳区"),
        ("长春市朝阳区", "吉林省", "长春市", "朝阳区"),
        ("上海市文化嘉定云", "上海市", "上海市", "嘉定区"),
        ("深圳市光明区", "广东省", "深圳市", "光明区"),  # created 2018
        ("杭州市钱塘区", "浙江省", "杭州市", "钱塘区"),  # created 2021
        ("青海省共和县", "青海省", "海南藏族自治州", "共和县"),
    ],
)
def test_regions(text, province, city, district):
    region = locate(text)
    assert (region.province, region.city, region.district) == (province, city, district)


def test_ambiguous_district_is_reported_not_guessed():
    region = locate("朝阳区政务服务中心")
    assert region.province is None and region.adcode is None
    assert region.ambiguous == ["110105 北京市朝阳区", "220104 吉林省长春市朝阳区"]


@pytest.mark.parametrize("name", ["中华人民共和国商务部门户网站", "海关总署", "国家药品监督管理局", "中华人民共和国国家发展和改革委员会"])
def test_central_bodies(name):
    region = locate(name)
    assert (region.admin_level, region.province, region.district) == ("central", None, None)


def test_the_republic_is_not_gonghe_county():
    assert locate("中华人民共和国商务部").district is None
    assert locate("我国是中华人民共和国").district != "共和县"


def test_companies_get_no_region_unless_the_text_gives_one():
    assert locate("腾讯公司“腾讯为村”项目").province is None
    assert locate("广东省腾讯公司").province == "广东省"


def test_short_county_names_need_their_parent():
    assert locate("宝安通").district is None
    assert locate("深圳市宝安通").district is None or locate("深圳市宝安通").district == "宝安区"


def test_former_units_still_place_their_articles():
    # 莱芜市 (merged into 济南 in 2019) and 吴江市 (a district since 2012) name places in the
    # articles of their time: they keep their old codes; the current units are unaffected.
    assert (locate("莱芜市").province, locate("莱芜市").adcode) == ("山东省", "371200")
    assert locate("济南市莱芜区").district == "莱芜区"
    assert (locate("吴江市").province, locate("吴江市").city) == ("江苏省", "苏州市")
    assert region_prefix("吴江市") == "吴江市"
    # a removed unit whose name a current unit bears again (钢城区) means the current one
    assert locate("钢城区").adcode == "370117"


def test_autonomous_units_short_with_suffix():
    assert region_prefix("吉林省延边州敦化市") == "吉林省延边州敦化市"
    assert locate("恩施州巴东县").province == "湖北省"


def test_a_suffix_that_starts_a_word_is_not_a_suffix():
    assert region_prefix("成都市场监管") is None
    assert region_prefix("成都市政务服务") == "成都市"


def test_coordinates_and_levels():
    region = locate("广东省佛山市南海区数据统筹局")
    assert (region.adcode, region.admin_level) == ("440605", "county")
    assert abs(region.longitude - 113.14) < 0.1 and abs(region.latitude - 23.03) < 0.1


@pytest.mark.parametrize("text,place", [
    ("浙江民政", "浙江"), ("杭州", "杭州"), ("海南", "海南"), ("克拉玛依", "克拉玛依"),  # one place, or shared (海南省, 海南州)
    ("陇南康县发布", "陇南康县"), ("珠海香洲", "珠海香洲"), ("广西北海智慧党建", "广西北海"),  # the places after it
    ("上海嘉定", "上海嘉定"), ("成都市场监管", "成都"),  # a municipality's district; 市场 is no suffix
    ("历下检察", "历下"),  # a county's short name that names one county, before an account word
    ("四川省成都市网络理政平台", None), ("长三角", None), ("通州发布", None), ("支付宝缴税", None),
])
def test_a_place_written_short_at_the_start_of_a_name(text, place):
    """The agency a name that begins with a place's short name gets (the field convention): the
    places as printed; full names are region_prefix's, two counties' short name places nothing."""
    assert place_prefix(text) == place


@pytest.mark.parametrize("text,province,adcode", [
    ("盘州市", "贵州省", "520281"), ("水城区", "贵州省", "520204"),  # 撤县设市 2017, 撤县设区 2020
    ("龙港市", "浙江省", "330383"), ("潞州区", "山西省", "140403"),  # a new city (2019), a merger (2018)
    ("河南长垣", "河南省", "410783"),  # 长垣县 became 长垣市: its short name is the new unit's alone
    ("长垣县", "河南省", "410728"),  # the old name still finds its place (articles of their time)
    ("西藏那曲", "西藏自治区", "540600"),  # 那曲地区 became 那曲市 (2017)
])
def test_divisions_changed_after_the_shipped_data(text, province, adcode):
    """adcodes-changes.csv: units made or renamed 2016–2024 are found, and a renamed unit's short
    name is not shared with the unit it replaced (which made every mention ambiguous)."""
    region = locate(text)
    assert (region.province, region.adcode, region.ambiguous) == (province, adcode, None)


def test_a_two_character_county_alone_is_that_county():
    """泾县 and 滑县 written alone (a list's entry) are the counties; 城区 and 郊区 are not taken."""
    from crawler.parsers.regions import is_short_county

    assert is_short_county("泾县") and is_short_county("滑县") and is_short_county("沛县")
    assert not is_short_county("城区") and not is_short_county("本县") and not is_short_county("郎溪县")


@pytest.mark.parametrize("name, province", [("栾城县", "河北省"), ("崇文区", "北京市"), ("南汇区", "上海市"),
                                            ("思茅市", "云南省"), ("栾城区", "河北省")])
def test_units_abolished_before_2016_still_place_pages_of_their_time(name, province):
    """栾城县 (a district since 2014), 崇文区 (merged 2010), 南汇区 (2009): older pages name them."""
    assert locate(name).province == province


def test_an_old_county_leaves_its_short_name_to_the_district_that_replaced_it():
    """栾城 is 栾城区 alone: 栾城县 (its predecessor) does not make the short name ambiguous."""
    assert locate("石家庄栾城").matched == "栾城" and locate("石家庄栾城").ambiguous is None


@pytest.mark.parametrize("name, province", [("蓟县", "天津市"), ("崇明县", "上海市"), ("开县", "重庆市")])
def test_units_replaced_in_2016_keep_their_old_names(name, province):
    """蓟县 (蓟州区 since 2016), 崇明县, 开县: pages before 2016 name them."""
    assert locate(name).province == province
