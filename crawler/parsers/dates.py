"""Chinese dates with their precision.

Written by hand because dateparser fills missing parts with today's values
(2015年6月 -> 2015-06-27), drops 年初, and resolves 今年 against the clock rather
than the article (see README, "Why some parts are hand-written").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, asdict
from datetime import datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8))

_NUM = r"(?:\d{1,4}|[〇零一二三四五六七八九十]{1,3})"
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

QUALIFIERS = ("年初", "年底", "年末", "年中", "上半年", "下半年", "初", "底", "末", "中旬", "上旬", "下旬")

# 2016年4月12日 / 2015年6月 / 2014年初 / 当年12月18日 / 今年 / 去年3月 / 二〇一六年
DATE_TEXT = re.compile(
    r"(?P<year>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}|今|去|前|明|当|同)年"
    r"(?:(?P<qual>初|底|末|中|上半年|下半年)"
    r"|(?:(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<day>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
    r"|(?P<mqual>初|底|末|中旬|上旬|下旬))?))?"
)
# 2016-12-22 16:20, 2016/12/22, 2016.12.22, 2024年05月10日06:58, 2024 05/09 22:27:02, 2023 11/ 17 20:52
DATETIME = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*(?:[-/.年]|\s)\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*日?"
    r"(?:\s*(?P<hour>[01]?\d|2[0-3])\s*[:：时]\s*(?P<minute>[0-5]\d)(?:\s*[:：分]\s*(?P<second>[0-5]\d))?)?(?!\d)"
)

RELATIVE_YEARS = {"今": 0, "去": -1, "前": -2, "明": 1}


@dataclass
class ChineseDate:
    value: str  # ISO: YYYY, YYYY-MM, YYYY-MM-DD
    precision: str  # year | month | day
    text: str
    qualifier: str | None = None
    relative: str | None = None  # the relative word (今年, 当年) when the year was resolved

    def as_dict(self) -> dict:
        return asdict(self)


def _cn_number(s: str) -> int:
    if s.isdecimal():
        return int(s)
    if all(ch in _CN_DIGITS for ch in s):  # 二〇一六
        return int("".join(str(_CN_DIGITS[ch]) for ch in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS[s]


def find_dates(text: str, reference_year: int | None = None) -> list[ChineseDate]:
    """Every date written in ``text``, in order, without duplicates.

    ``reference_year`` resolves 今年/去年 (the article's publication year). 当年/同年
    refer to the last explicit year in the same text.
    """
    out: list[ChineseDate] = []
    last_year: int | None = None
    for m in DATE_TEXT.finditer(text):
        raw_year = m.group("year")
        relative = None
        if raw_year in RELATIVE_YEARS:
            if reference_year is None:
                continue
            year = reference_year + RELATIVE_YEARS[raw_year]
            relative = raw_year + "年"
        elif raw_year in ("当", "同"):
            if last_year is None:
                continue
            year = last_year
            relative = raw_year + "年"
        else:
            year = _cn_number(raw_year)
            last_year = year
        if not 1949 <= year <= 2100:
            continue
        qual = m.group("qual")
        month = m.group("month")
        day = m.group("day")
        if qual:
            qual = "年" + qual if qual in ("初", "底", "末", "中") else qual
        if month:
            mo = _cn_number(month)
            if not 1 <= mo <= 12:
                continue
            if day:
                d = _cn_number(day)
                try:
                    datetime(year, mo, d)
                except ValueError:
                    continue
                found = ChineseDate(f"{year:04d}-{mo:02d}-{d:02d}", "day", m.group(0), None, relative)
            else:
                mq = m.group("mqual")
                found = ChineseDate(f"{year:04d}-{mo:02d}", "month", m.group(0), mq and ("月" + mq if len(mq) == 1 else mq), relative)
        else:
            found = ChineseDate(f"{year:04d}", "year", m.group(0), qual, relative)
        if not any(d.value == found.value and d.qualifier == found.qualifier for d in out):
            out.append(found)
    return out


def find_datetime(text: str, tz=BEIJING) -> tuple[str | None, str | None]:
    """First valid numeric date in ``text``: (ISO 8601, with the offset when timed; precision)."""
    for m in DATETIME.finditer(text or ""):
        y, mo, d = int(m.group("year")), int(m.group("month")), int(m.group("day"))
        try:
            if m.group("hour") is not None:
                moment = datetime(y, mo, d, int(m.group("hour")), int(m.group("minute")), int(m.group("second") or 0),
                                  tzinfo=tz)
                return moment.isoformat(), "minute"
            datetime(y, mo, d)
        except ValueError:
            continue
        return f"{y:04d}-{mo:02d}-{d:02d}", "day"
    return None, None


def parse_datetime(text: str, tz=BEIJING) -> tuple[str | None, str | None]:
    """First numeric date/time in ``text``, else the first 年月日 day: (ISO 8601, precision)."""
    found = find_datetime(text, tz)
    if found[0]:
        return found
    days = [d for d in find_dates(text or "") if d.precision == "day" and not d.relative]
    return (days[0].value, "day") if days else (None, None)
