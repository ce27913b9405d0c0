"""Chinese dates with precision and qualifiers."""
import pytest

from crawler.parsers.dates import find_dates, parse_datetime


@pytest.mark.parametrize(
    "text,value,precision,qualifier",
    [
        ("于2016年4月12日成功缴纳", "2016-04-12", "day", None),
        ("2015年6月正式上线", "2015-06", "month", None),
        ("在2014年初推出", "2014", "year", "年初"),
        ("2019年底完成", "2019", "year", "年底"),
        ("2020年上半年", "2020", "year", "上半年"),
        ("二〇一六年十二月", "2016-12", "month", None),
        ("2018年3月中旬", "2018-03", "month", "中旬"),
    ],
)
def test_one_date(text, value, precision, qualifier):
    (found,) = find_dates(text)
    assert (found.value, found.precision, found.qualifier) == (value, precision, qualifier)


def test_relative_years_resolve_against_the_article():
    found = find_dates("今年武汉洪涝期间；去年上线", reference_year=2016)
    assert [(d.value, d.relative) for d in found] == [("2016", "今年"), ("2015", "去年")]


def test_relative_years_without_a_reference_are_left_out():
    assert find_dates("今年") == []


def test_dangnian_follows_the_last_year():
    found = find_dates("2014年初上线，当年12月18日二期亮相")
    assert [d.value for d in found] == ["2014", "2014-12-18"]


def test_impossible_dates_are_dropped():
    assert find_dates("2016年2月30日") == [] or find_dates("2016年2月30日")[0].precision != "day"


def test_datetime_with_offset():
    assert parse_datetime("2016-12-22 16:20") == ("2016-12-22T16:20:00+08:00", "minute")
