"""Gazetteer edge cases."""
import pytest

from crawler.parsers.regions import locate


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


def test_removed_units_are_gone():
    assert locate("莱芜市").province is None
    assert locate("济南市莱芜区").district == "莱芜区"


def test_coordinates_and_levels():
    region = locate("广东省佛山市南海区数据统筹局")
    assert (region.adcode, region.admin_level) == ("440605", "county")
    assert abs(region.longitude - 113.14) < 0.1 and abs(region.latitude - 23.03) < 0.1
