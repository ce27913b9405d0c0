"""Administrative regions named in a case or agency name.

A small longest-match over a shipped gazetteer (``data/adcodes.csv``, MIT, from the
cpca project; see ``data/README.md``). Written by hand because the libraries that do
this pull pandas, predate the post-2017 changes, and turn 中华人民共和国 into 共和县.

Rules that keep false hits out:
- full names of provinces and prefectures match anywhere; short forms (广东, 潮州) too;
- county-level names match anywhere only when they are unique and at least three
  characters long; short forms (嘉定, 宝安) and two-character names (城区, 和县) match
  only under a province or city already found in the same text;
- a name shared by several units that the context cannot decide is reported in
  ``ambiguous``, never guessed.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
MUNICIPALITIES = {"11", "12", "31", "50"}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
LEVELS = {1: "provincial", 2: "prefectural", 3: "county"}

# Central bodies: no province. 中华人民共和国 must not fall through to 共和县.
CENTRAL = re.compile(
    r"^(?:中华人民共和国|中国共产党中央|中共中央|国务院|全国人大|全国政协|最高人民(?:法院|检察院)|中央"
    r"|国家(?!级)[\u4e00-\u9fff]{1,12}(?:局|委|委员会|部|署|院|中心|办公室)|(?:公安|商务|外交|教育|财政|民政|司法|交通运输|水利|农业农村|文化和旅游|生态环境|自然资源|住房和城乡建设|工业和信息化|人力资源和社会保障|应急管理|退役军人事务|科学技术)部"
    r"|海关总署|税务总局|国家税务总局|审计署|新华社|人民日报|中央广播电视总台)"
)

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_EXTRA_ALIASES = {"广西自治区": "450000", "宁夏自治区": "640000", "新疆自治区": "650000", "内蒙": "150000"}
# The gazetteer has 台湾省 alone: its cities and counties (full names; 金门县 and 连江县 are in it
# under Fujian) are placed in the province, with no code of their own (none is published).
_EXTRA_ALIASES.update(dict.fromkeys(
    ("台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市", "基隆市", "新竹市", "嘉义市", "新竹县", "苗栗县",
     "彰化县", "南投县", "云林县", "嘉义县", "屏东县", "宜兰县", "花莲县", "台东县", "澎湖县"), "710000"))
_BELOW_PROVINCE = frozenset(name for name, code in _EXTRA_ALIASES.items() if code == "710000")


@dataclass
class Unit:
    adcode: str
    name: str
    level: int  # 1 province, 2 prefecture, 3 county
    longitude: float | None
    latitude: float | None

    @property
    def province_code(self) -> str:
        return self.adcode[:2] + "0000"

    @property
    def city_code(self) -> str | None:
        if self.level < 2:
            return None
        if self.adcode[:2] in MUNICIPALITIES:
            return self.province_code
        return self.adcode[:4] + "00"


@dataclass
class Gazetteer:
    units: dict[str, Unit] = field(default_factory=dict)
    # name -> [(adcode, needs_context)]
    names: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)
    converted: dict[str, str] = field(default_factory=dict)  # 宁乡市 -> the code of 宁乡县
    # first character -> the lengths of the names it starts (lengths_by_first): most text skips the
    # look-ups, and a position tries only the lengths of names that start there
    lengths: dict = field(default_factory=dict)

    def add(self, name: str, code: str, needs_context: bool):
        entries = self.names.setdefault(name, [])
        if (code, needs_context) not in entries:
            entries.append((code, needs_context))


def lengths_by_first(names) -> dict[str, tuple[int, ...]]:
    """First character -> the lengths of the names it starts, longest first."""
    found: dict[str, set[int]] = {}
    for name in names:
        found.setdefault(name[0], set()).add(len(name))
    return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in found.items()}


def lengths_at(lengths: dict, text: str, i: int) -> list[int]:
    """The lengths (two or more characters, longest first) of the names that may start at ``text[i]``."""
    return [n for n in lengths.get(text[i: i + 1], ()) if 2 <= n <= len(text) - i]


def _short(name: str, level: int) -> str | None:
    if level == 1:
        for suf in _PROVINCE_SUFFIXES:
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                return name[: -len(suf)]
        return None
    m = re.match(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族)*(?:自治州|自治县|自治旗|地区|林区|新区|市|区|县|旗|盟)$", name)
    if m and len(m.group(1)) >= 2 and m.group(1) != name:
        return m.group(1)
    return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    rows = []
    for path in (DATA / "adcodes.csv", DATA / "adcodes-changes.csv"):
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            rows.extend(csv.DictReader(fh))
    # A unit since abolished (吴江市 became 吴江区 in 2012) still names its place in the articles
    # of its time: it stays, under its old code, unless a current unit bears the same name.
    removed = {row["adcode"][:6] for row in rows if row.get("change") == "removed"}
    current = {row["name"].strip() for row in rows if row["adcode"][:6] not in removed}
    for row in rows:
        code, name = row["adcode"][:6], row["name"].strip()
        if name in PLACEHOLDERS or (code in removed and (code in g.units or name in current)):
            continue
        level = 1 if code.endswith("0000") else 2 if code.endswith("00") else 3
        lon = float(row["longitude"]) if row.get("longitude") else None
        lat = float(row["latitude"]) if row.get("latitude") else None
        g.units[code] = Unit(code, name, level, lon, lat)
    counts: dict[str, int] = {}
    for u in g.units.values():
        counts[u.name] = counts.get(u.name, 0) + 1
    # 长垣县 became 长垣市 (2019): the old name still finds its place, but the short name 长垣 is the
    # new unit's alone — two units of one place would make every short mention ambiguous
    # (栾城县 became 栾城区 in 2014: the same holds for a current unit of the data itself)
    shorts = {(u.adcode[:2], _short(u.name, u.level)) for u in g.units.values() if u.adcode not in removed}
    renamed = {code for code in removed & set(g.units)
               if (code[:2], _short(g.units[code].name, g.units[code].level)) in shorts}
    for u in g.units.values():
        if u.level < 3:
            g.add(u.name, u.adcode, False)
            short = _short(u.name, u.level)
            if short and u.adcode not in renamed:
                g.add(short, u.adcode, False)
        else:
            g.add(u.name, u.adcode, len(u.name) < 3)
            short = _short(u.name, u.level)
            if short and u.adcode not in renamed:
                g.add(short, u.adcode, True)
    for alias, code in _EXTRA_ALIASES.items():
        g.add(alias, code, False)
    names = {u.name for u in g.units.values()}
    for u in list(g.units.values()):
        for alias in _aliases(u, names):
            # a county turned city (宁乡市) is known only under its province or city, or where a
            # name begins with it: inside words it is a common phrase (超大城市 holds 大城市)
            converted = alias.endswith("市") and u.name.endswith("县")
            g.add(alias, u.adcode, u.level == 3 and (alias == _suffixed_short(u) or converted))
            if converted:
                g.converted[alias] = u.adcode
    g.lengths = lengths_by_first(g.names)
    return g


def _aliases(u: "Unit", names: set[str]) -> list[str]:
    """Other full names of a unit: 延边州 and 延边自治州 (延边朝鲜族自治州), and for a county the
    county-level city it may since have become (宁乡县 -> 宁乡市, 2017; the data predates many
    such changes), unless a unit of that name exists."""
    out = []
    short = _suffixed_short(u)
    if short:
        out.append(short)
        auto = re.match(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+(自治(?:州|县|旗))$", u.name)
        out.append(auto.group(1) + auto.group(2))
    if u.level == 3 and u.name.endswith("县") and len(u.name) >= 3 and u.name[:-1] + "市" not in names:
        out.append(u.name[:-1] + "市")
    return out


def _suffixed_short(u: "Unit") -> str | None:
    """The short form that keeps a suffix, as official texts write autonomous units:
    延边朝鲜族自治州 -> 延边州, 长阳土家族自治县 -> 长阳县 (a full name for ``region_prefix``)."""
    m = re.match(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治(州|县|旗)$", u.name)
    return m.group(1) + m.group(2) if m else None


@dataclass(frozen=True)  # shared between callers by locate's cache
class Region:
    province: str | None = None
    city: str | None = None
    district: str | None = None
    adcode: str | None = None
    admin_level: str | None = None
    longitude: float | None = None
    latitude: float | None = None
    ambiguous: list[str] | None = None
    matched: str | None = None  # the text span the deepest unit came from

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def starts_with_region(text: str) -> bool:
    """True when ``text`` begins with a province- or prefecture-level name (full or short)."""
    g = gazetteer()
    for length in lengths_at(g.lengths, text, 0):
        for code, needs_context in g.names.get(text[:length], ()):
            if not needs_context and g.units[code].level < 3:
                return True
    return False


def is_central(name: str) -> bool:
    return bool(CENTRAL.match(name or ""))


def is_short_county(text: str) -> bool:
    """泾县, 滑县, 沛县: a county whose whole name is two characters, which ``locate`` places only beside
    a city or province (a two-character span alone is too often something else) — written alone, as a
    list's entry, it is that county."""
    return len(text) == 2 and text.endswith("县") and any(
        gazetteer().units[code].name == text for code, _ in gazetteer().names.get(text, ()))


@lru_cache(maxsize=16384)
def locate(text: str) -> Region:
    """The region a case or agency name places itself in (cached: names and their prefixes are
    located again at every stage)."""
    text = text or ""
    if is_central(text):
        return Region(admin_level="central")
    g = gazetteer()
    found: Unit | None = None
    ambiguous: list[str] | None = None
    matched = None
    i = 0
    while i < len(text):
        if text[i] not in g.lengths:
            i += 1
            continue
        hit = None
        for length in lengths_at(g.lengths, text, i):
            span = text[i : i + length]
            entries = g.names.get(span)
            if not entries:
                continue
            candidates = []
            for code, needs_context in entries:
                unit = g.units[code]
                inside = found is not None and _within(unit, found)
                if needs_context and not inside:
                    continue
                if found is not None and not inside and not _within(found, unit):
                    continue  # contradicts what was already found
                candidates.append(unit)
            if candidates:
                hit = (span, candidates)
                break
        if not hit:
            i += 1
            continue
        span, candidates = hit
        deeper = [u for u in candidates if found is None or u.level > found.level]
        if not deeper:
            i += len(span)
            continue
        if len(deeper) > 1:
            # A city and a county named after it (乌鲁木齐市 / 乌鲁木齐县): the name means the city.
            shallowest = min(u.level for u in deeper)
            if sum(u.level == shallowest for u in deeper) == 1:
                deeper = [u for u in deeper if u.level == shallowest]
        if len(deeper) > 1:
            ambiguous = sorted(f"{u.adcode} {_full_name(u)}" for u in deeper)
            i += len(span)
            continue
        found, matched, ambiguous = deeper[0], span, None
        i += len(span)
    if found is None:
        start = next((text[:n] for n in range(min(6, len(text)), 2, -1) if text[:n] in g.converted), None)
        if start:
            return _region_of(g.units[g.converted[start]], start, None)
        counties = [g.units[code] for code, _ in g.names.get(text, ()) if g.units[code].name == text] \
            if is_short_county(text) else []
        if len(counties) == 1:  # (泾县 alone: the county, where no other has the name)
            return _region_of(counties[0], text, None)
        unit = _county_account(text)
        if unit is not None:
            return _region_of(unit, text[: len(_short(unit.name, 3) or "")], None)
        return Region(ambiguous=ambiguous)
    return _region_of(found, matched, ambiguous)


# What follows a county's short name in the name of its bodies' accounts: 历下检察, 济阳发布.
ACCOUNT_WORDS = re.compile(r"[-·]?(?:检察|发布|公安|法院|交警|税务|消防|政法|司法|网警|应急|气象|人社|团委|共青团)"
                           # or a local body named after it: 芗城巷口派出所
                           r"|[\u4e00-\u9fff]{0,6}(?:派出所|检察院|法院|司法所|税务所|中队)$")


def _county_account(text: str) -> Unit | None:
    """The county an account name starts with, by the short form that names one county in the
    whole country (历下检察 -> 济南市历下区); a short form shared by several places, or one that
    is also a prefecture's, places nothing."""
    g = gazetteer()
    for length in range(min(4, len(text) - 2), 1, -1):
        units = [g.units[code] for code, _ in g.names.get(text[:length], ())]
        # one place, though an abolished unit may share it (济阳县, now 济阳区)
        if units and len({u.city_code for u in units}) == 1 and ACCOUNT_WORDS.match(text, length):
            unit = units[0]
            if all(u.level == 3 for u in units) and _short(unit.name, 3) == text[:length]:
                return unit
    return None


def _within(unit: Unit, ancestor: Unit) -> bool:
    if ancestor.level == 1:
        return unit.province_code == ancestor.adcode and unit.adcode != ancestor.adcode
    if ancestor.level == 2:
        return unit.level == 3 and unit.city_code == ancestor.adcode
    return False


def _full_name(u: Unit) -> str:
    r = _region_of(u, None, None)
    return "".join(x for x in dict.fromkeys([r.province, r.city, r.district]) if x)


def _region_of(u: Unit, matched, ambiguous) -> Region:
    g = gazetteer()
    province = g.units.get(u.province_code)
    city = g.units.get(u.city_code) if u.city_code else None
    below = matched in _BELOW_PROVINCE  # (台南市: placed in its province, its own level unknown here)
    return Region(
        province=province.name if province else None,
        city=city.name if city else None,
        district=u.name if u.level == 3 else None,
        adcode=u.adcode,
        admin_level=None if below else LEVELS[u.level],
        longitude=u.longitude,
        latitude=u.latitude,
        ambiguous=ambiguous,
        matched=matched,
    )


SUFFIX_STARTS_WORD = re.compile(r"市场|市民|区域|县域|省级|市级|区级|县级")


def region_prefix(text: str) -> str | None:
    """The region names a text begins with, as printed, each a full name with its administrative
    suffix (四川省成都市网络理政平台 -> 四川省成都市; a name that is only regions -> itself);
    short forms (浙江发布, 兰州公安, 陇南文县发布) are not a region prefix."""
    start = _province_short_before(text)  # 江苏淮安市…: a province's short name, then a full name inside it
    i = _full_prefix_end(text, start)
    if start and i == len(text):
        i = 0  # (上海嘉定区 alone is a place written informally, a name as printed: not a region prefix)
    return text[:i] if i > start or (i and not start) else None


@lru_cache(maxsize=16384)  # (asked of every name without a body: the same names come again)
def place_prefix(text: str) -> str | None:
    """The places a name begins with when the first is written short, as printed: a province's or
    prefecture's short name (浙江民政 -> 浙江, 杭州 -> 杭州, 海南 -> 海南), the full names after it
    (陇南康县发布 -> 陇南康县), or a county of that prefecture by its short name (珠海香洲 ->
    珠海香洲); a county's own short name where it names one county (历下检察 -> 历下). None when
    the name begins with no place, or with a full name (``region_prefix`` reads those)."""
    if region_prefix(text):
        return None
    shorts = _all_shorts()
    short = next((text[:n] for n in range(min(6, len(text)), 1, -1) if text[:n] in shorts and not SUFFIX_STARTS_WORD.match(text, n - 1)), None)
    if short is None:
        unit = _county_account(text)
        return (text[: len(_short(unit.name, 3) or "")] or None) if unit is not None else None
    end = _full_prefix_end(text, len(short))
    code, g = _province_shorts().get(short, ""), gazetteer()
    while end == len(short) and 2 <= len(code) <= 4:
        # 广西北海, 珠海香洲: the short name of one place inside the place just read
        level = len(code) // 2 + 1
        step = None
        for length in range(min(3, len(text) - end), 1, -1):
            span = text[end: end + length]
            inside = [g.units[c] for c, _ in g.names.get(span, ()) if c.startswith(code)]
            # (上海嘉定: a municipality's districts lie right under it)
            # (武汉江汉路: a road named after the district, not the district)
            if len(inside) == 1 and inside[0].level >= level and _short(inside[0].name, inside[0].level) == span and (
                    not ROAD_AFTER.match(text, end + length)):
                step = (length, inside[0])
                break
        if step is None:
            break
        if text.startswith(step[1].name, end):
            step = (len(step[1].name), step[1])  # 珠海香洲区: the short name's place, its suffix printed
        end += step[0]
        short, code = text[:end], step[1].adcode[:4] if step[1].level == 2 else ""
        further = _full_prefix_end(text, end)  # 四川成都双流区: a full name after the short ones
        if further > end:
            return text[:further]
    return text[:end]


ROAD_AFTER = re.compile(r"路|巷|大道|街(?!道)")


@lru_cache(maxsize=1)
def _all_shorts() -> frozenset:
    """Every province's and prefecture's short name, shared ones too (吉林, 海南): as printed, a
    place either way."""
    return frozenset(s for u in gazetteer().units.values() if u.level <= 2 and (s := _short(u.name, u.level)))


@lru_cache(maxsize=1)
def _province_shorts() -> dict[str, str]:
    """江苏 -> 32, 厦门 -> 3502: a province's or a prefecture's short name (one place's only) and
    the digits its places' codes start with."""
    out: dict[str, str] = {}
    seen: set[str] = set()
    for u in gazetteer().units.values():
        if u.level > 2 or not (short := _short(u.name, u.level)):
            continue
        if short in seen:
            out.pop(short, None)  # (a short name two places share names neither)
            continue
        seen.add(short)
        out[short] = u.adcode[:2] if u.level == 1 else u.adcode[:4]
    return out


# China's own parts are in the gazetteer; these are the places Babel names that are not China's
_CHINA = frozenset({"CN", "HK", "MO", "TW"})


@lru_cache(maxsize=1)
def _countries() -> frozenset:
    """Countries and territories by their Chinese names, simplified and traditional (韩国, 丹麦,
    愛沙尼亞), from Babel's CLDR data: international rankings name them as Chinese pages print them."""
    from babel import Locale

    names: set[str] = set()
    for locale in ("zh", "zh_Hant"):
        names |= {name for code, name in Locale.parse(locale).territories.items()
                  if len(code) == 2 and code.isalpha() and code not in _CHINA and 2 <= len(name) <= 10}
    return frozenset(names)


def is_country(text: str) -> bool:
    """True for a country's (or a territory's) Chinese name outside China: 新加坡, 美国, 爱沙尼亚."""
    return text.strip() in _countries()


JOINED_DASH = re.compile(r"(?<![—－-])[—–－-](?![—－-])")


def joined_places(text: str) -> bool:
    """宁波—舟山, 钦州—北海—防城港: places joined by single dashes, named together as one (a port, a
    hub, a metropolitan area) — not a name and its body, which a double dash parts."""
    parts = JOINED_DASH.split(text.strip())
    names = gazetteer().names
    # (浙江省—杭州市余杭区: a province, then a place in it, is no pair named as one)
    return len(parts) >= 2 and "——" not in text and all(2 <= len(p) <= 8 and any(
        code[2:] != "0000" or code[:2] in MUNICIPALITIES for code, _ in names.get(p, ())) for p in parts)


def informal_region(text: str) -> bool:
    """厦门集美区, 江苏淮安市: a place written after its province's or city's short name, nothing more."""
    k = _province_short_before(text, cities=True)
    return bool(k) and _full_prefix_end(text, k) == len(text)


def _full_prefix_end(text: str, i: int) -> int:
    """Where the run of full region names starting at ``i`` ends."""
    full, lengths = _full_names(), _full_name_lengths()
    while i < len(text):
        for length in lengths_at(lengths, text, i):
            # 成都市场监管 is 成都 + 市场监管: a suffix that starts a common word is not a suffix
            if text[i: i + length] in full and not SUFFIX_STARTS_WORD.match(text, i + length - 1):
                i += length
                break
        else:
            break
    return i


def _province_short_before(text: str, cities: bool = False) -> int:
    """The length of a province's short name that opens ``text`` and is followed by a full name of
    a place in that province (江苏淮安市, 湖南衡阳市, 浙江长兴县), else 0; with ``cities``, a
    prefecture's short name too (厦门集美区: a place; as a prefix, 陇南文县发布 names an account)."""
    shorts = _province_shorts()
    for short in (text[:2], text[:3]):
        code = shorts.get(short)
        if not code or (len(code) > 2 and not cities):
            continue
        g, full = gazetteer(), _full_names()
        for length in lengths_at(_full_name_lengths(), text, len(short)):
            name = text[len(short): len(short) + length]
            if name in full and not SUFFIX_STARTS_WORD.match(text, len(short) + length - 1):
                entries = g.names.get(name, [])
                return len(short) if entries and all(c.startswith(code) for c, _ in entries) else 0
    return 0


@lru_cache(maxsize=1)
def _full_name_lengths() -> dict:
    return lengths_by_first(_full_names())


@lru_cache(maxsize=1)
def _full_names() -> frozenset:
    names = {u.name for u in gazetteer().units.values()}
    names |= {alias for u in gazetteer().units.values() for alias in _aliases(u, names)}
    names |= _BELOW_PROVINCE  # 台中市, 云林县: full names, though the data holds no unit of theirs
    return frozenset(n for n in names if re.search(r"(?:省|市|自治区|自治州|区|县|州|盟|旗|地区)$", n))
