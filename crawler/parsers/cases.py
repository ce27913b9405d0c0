"""Case lists inside an article's text.

Input is the article's body as lines (one per paragraph; table rows as ``a | b | c``;
list items as ``- x`` or ``1. x``, the way ``html.block_lines`` and trafilatura write
them); output is the lists the article reports and one dict per case. Pure functions:
no network, no database.

Shapes (each a detector returning runs of items; a run is kept only when the text above
it speaks of a list and most of its items look like cases):
- heading + paragraph: a short case name on its own line, then its description;
- numbered or bulleted lines: ``1. 单位：案例名称``, ``（一）名称``, ``- 名称`` (``<ol>``/``<ul>``);
- a table: ``序号 | 单位 | 案例名称``;
- category subheadings each followed by a ranked line: ``省直机关：1.甲 2.乙 3.丙``;
- an inline enumeration: ``…分别是A、B、C和D。``.
Traditional-character pages are detected on their simplified form (OpenCC), and names
are reported as written.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .agencies import QUOTES, _ends_as_org as ends_as_org, _ORG_END, find_agency, split_organisers
from .dates import _cn_number as cn_number, find_dates
from .regions import is_central, locate, starts_with_region

# A line that ends a case description: editorial notes and page furniture.
EDITORIAL = re.compile(
    r"^[（(\[【]?\s*(?:本文|原标题|责任编辑|责编|编辑|栏目主编|图片来源|来源|作者|记者|稿件来源|转载|声明)"
    r"|未经授权|谢绝转载|版权所有|上一篇|下一篇|相关文章|相关阅读|延伸阅读"
)
SENTENCE_END = "。！？!?；;…"
# Words that tell an article reports a list of recognised cases.
LIST_WORDS = re.compile(r"案例|榜单|名单|十佳|十大|入选|评选|获奖|优胜奖|示范|排行|榜|优秀|卓越|创新奖")
LIST_NAME = re.compile(
    r"[“\"「『《]?(?P<name>(?P<year>(?:19|20)\d{2})(?:年度?)?[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:案例|榜单|名单|奖|排行榜|示范|评选))(?:简介|评选结果|结果|名单)?[”\"」』》]?"
)
ORGANISER = re.compile(
    r"由(?P<org>[\u4e00-\u9fff、与和及《》]{4,60}?)(?:共同|联合)?(?:发布|主办|评选|举办|组织|推出)"
)
ORGANISER_BEFORE = re.compile(
    rf"(?P<org>[\u4e00-\u9fff、与和及《》]{{2,60}}?(?:{_ORG_END}))(?:于[^，。“]{{2,16}}?)?(?:共同|联合)?(?:发布|评选|推出|公布)了?[“\"「]?$"
)
RELEASE = re.compile(r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^。]{0,30}?(?:发布|揭晓|公布|颁奖)")
CHANNELS = (
    ("小程序", "小程序"),
    ("公众号", "微信公众号"),
    ("微信", "微信公众号"),
    ("微博", "微博"),
    ("APP", "APP"),
    ("客户端", "APP"),
    ("热线", "热线"),
    ("门户网站", "网站"),
    ("网站", "网站"),
    ("平台", "平台"),
)
_HEADING_MAX = 45
NAME_MAX = 45

# Item markers of numbered and bulleted lines.
ITEM_MARKER = re.compile(
    r"^\s*(?:(?P<num>\d{1,2})\s*[.、．:：)）](?!\d)|[（(](?P<cn>[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"
    r"|(?P<cn2>[一二三四五六七八九十]{1,3})、|(?P<circ>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])|(?P<bullet>[-•·●▪■◆]))\s*"
)
RANKED_ITEM = re.compile(r"(?:^|(?<=\s)|(?<=[：:]))(?P<num>\d{1,2})\s*[.、．]\s*(?P<item>[^\s\d][^\n]*?)(?=\s+\d{1,2}\s*[.、．]|\s*$)")
ENUMERATION = re.compile(r"(?:分别是|分别为|依次是|依次为|依次包括|包括|名单为|名单如下|案例为|案例是|它们是|获奖者为)[:：]?")
TABLE_HEADER = {
    "rank": re.compile(r"^(?:序号|编号|排名|名次|排序|No\.?)$", re.I),
    "agency": re.compile(r"单位|部门|机构|主体|机关|报送|申报"),
    "name": re.compile(r"名称|案例|项目|账号|产品|平台|应用"),
    "category": re.compile(r"类别|类型|领域|分类|组别"),
    "description": re.compile(r"简介|介绍|说明|亮点|内容"),
}
CN_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text or "")


def normalise_name(name: str) -> str:
    """The key two mentions of one case share: simplified, NFKC, no quotes or spaces, upper-case Latin."""
    s = unicodedata.normalize("NFKC", to_simplified(name or ""))
    s = re.sub(f"[{re.escape(QUOTES)}\\s·•・\"'「」]", "", s)
    return s.upper()


def case_core(name: str) -> str:
    """What stays of a case name when the agency or province in front of it is dropped.

    广东省潮州市地税局“支付宝缴税” and 潮州市地税局"支付宝缴税" -> 支付宝缴税;
    广东省佛山市南海区数据统筹局 -> 佛山市南海区数据统筹局. Two mentions of one list whose
    cores (or one's name and the other's core) agree are one case.
    """
    simple = to_simplified(name or "")
    quoted = re.search(r"[“\"「『‘](.+?)[”\"」』’](.*)$", simple)
    if quoted:
        return normalise_name(quoted.group(1) + quoted.group(2))
    normalised = normalise_name(simple)
    for length in range(min(12, len(normalised)), 1, -1):
        region = locate(normalised[:length])
        if region.admin_level == "provincial" and region.matched == normalised[:length] and length < len(normalised) - 1:
            return normalised[length:]
    return normalised


def classify_channel(name: str) -> str:
    upper = unicodedata.normalize("NFKC", to_simplified(name or "")).upper()
    for word, channel in CHANNELS:
        if word.upper() in upper:
            return channel
    return "other"


# --- one detected item -----------------------------------------------------------


@dataclass
class Item:
    line: int
    start: int
    end: int
    shape: str
    desc: list = field(default_factory=list)  # line indexes, or (line, start) for "rest of this line"
    agency: tuple | None = None  # (line, start, end) when the list gives the agency apart
    category: str | None = None
    rank: int | None = None


def _looks_like_case(name: str) -> bool:
    if not 2 <= len(name) <= NAME_MAX:
        return False
    if re.search(f"[{re.escape(QUOTES)}]", name):
        return True
    region = locate(name)
    if region.province or region.admin_level == "central":
        return True
    return classify_channel(name) != "other" or bool(re.search(r"(?:局|厅|部|委|办|公司|中心|政府|法院|检察院|号)$", name))


def _is_heading(line: str) -> bool:
    if not 4 <= len(line) <= _HEADING_MAX:
        return False
    if any(ch in line for ch in SENTENCE_END + "，,：:|"):
        return False
    if EDITORIAL.search(line) or ITEM_MARKER.match(line):
        return False
    return True


def _is_paragraph(line: str) -> bool:
    return (len(line) >= 30 or line.rstrip()[-1:] in SENTENCE_END) and not EDITORIAL.search(line) and not ITEM_MARKER.match(line)


# --- detectors: each returns runs (lists of Items) ------------------------------------


def heading_paragraph_runs(lines: list[str]) -> list[list[Item]]:
    runs, current = [], []
    i = 0
    while i < len(lines):
        if _is_heading(lines[i]) and i + 1 < len(lines) and _is_paragraph(lines[i + 1]):
            desc = [i + 1]
            j = i + 2
            while j < len(lines) and _is_paragraph(lines[j]) and not (
                _is_heading(lines[j]) and j + 1 < len(lines) and _is_paragraph(lines[j + 1])
            ):
                desc.append(j)
                j += 1
            current.append(Item(i, 0, len(lines[i]), "heading-paragraph", desc))
            if j < len(lines) and not _is_heading(lines[j]):
                runs.append(current)
                current = []
            i = j
            continue
        if current:
            runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    return runs


def plain_line_runs(lines: list[str]) -> list[list[Item]]:
    """Names one per line with nothing between them (list items an extractor wrote without markers)."""
    runs, current = [], []
    for i, line in enumerate(lines):
        if _is_heading(line):
            current.append(Item(i, 0, len(line), "lines"))
            continue
        if len(current) >= 3:
            runs.append(current)
        current = []
    if len(current) >= 3:
        runs.append(current)
    return runs


def _marker_number(m) -> int | None:
    if m.group("num"):
        return int(m.group("num"))
    cn = m.group("cn") or m.group("cn2")
    if cn:
        return int(cn) if cn.isdigit() else cn_number(cn)
    if m.group("circ"):
        return CIRCLED.index(m.group("circ")) + 1
    return None


def _split_item(line: str, offset: int) -> tuple[tuple[int, int], tuple[int, int] | None, int | None]:
    """(name span, agency span or None, where the description starts on the line or None)."""
    content = line[offset:]
    colon = re.search(r"[：:]", content)
    if colon and 2 <= colon.start() <= 30 and len(content) - colon.end() >= 2:
        left = content[: colon.start()].strip()
        rest_start = colon.end()
        rest = content[rest_start:]
        end = re.search(r"[。；;，,]", rest)
        name_end = rest_start + (end.start() if end else len(rest))
        named = rest[: name_end - rest_start]
        left_is_case = bool(re.search(r"[“”「」]|平台|APP|微博|微信|号|网站|热线|系统|矩阵|云$", left))
        if not re.search(r"[“”「」]", left) and (
            (ends_as_org(left) and len(named) <= 30)
            or (not left_is_case and _looks_like_case(left)
                and re.search(r"[“「]|平台|APP|微博|微信|号|网站|热线|系统|项目|服务", named))
        ):
            # 单位：案例名称
            return (offset + rest_start, offset + name_end), (offset, offset + colon.start()), (
                offset + name_end + 1 if end else None)
        # 名称：description
        return (offset, offset + colon.start()), None, offset + colon.end()
    end = re.search(r"[。；;，,]", content)
    if end and end.start() >= 2:
        return (offset, offset + end.start()), None, offset + end.end()
    return (offset, len(line)), None, None


def _ends_at(item: Item, line: int) -> bool:
    last = max([item.line] + [d for d in item.desc if isinstance(d, int)])
    return last == line


def _is_category(line: str) -> bool:
    """A short label line such as 在线服务类 or 省级政务微博 heading a group of items."""
    return (2 <= len(line) <= 25 and not any(ch in line for ch in SENTENCE_END + "，,：:|")
            and not ITEM_MARKER.match(line) and not EDITORIAL.search(line))


def _keep_categories(run: list[Item]) -> list[Item]:
    # one label above a list names the list, not a category of it
    if len({item.category for item in run}) < 2:
        for item in run:
            item.category = None
    return run


def numbered_runs(lines: list[str]) -> list[list[Item]]:
    """Numbered or bulleted lines; category lines between them (numbering restarting at 1 under
    each, as in lists printed by category) keep the run going."""
    runs, current = [], []
    last_number = None
    category, category_line = None, None
    for i, line in enumerate(lines):
        m = ITEM_MARKER.match(line)
        if m and len(line) - m.end() >= 2:
            number = _marker_number(m)
            restarted = category_line == i - 1 and number == 1
            continues = current and (number is None or last_number is None or number == last_number + 1 or restarted)
            if current and not continues:
                runs.append(_keep_categories(current))
                current = []
            name, agency, rest = _split_item(line, m.end())
            item = Item(i, name[0], name[1], "bulleted" if m.group("bullet") else "numbered",
                        [(i, rest)] if rest is not None and rest < len(line) else [],
                        (i, *agency) if agency else None, category, number)
            current.append(item)
            last_number = number
            continue
        following = ITEM_MARKER.match(lines[i + 1]) if i + 1 < len(lines) else None
        if _is_category(line) and following and _marker_number(following) in (1, None):
            category, category_line = line.strip(" ：:"), i
            continue
        if current and _is_paragraph(line) and _ends_at(current[-1], i - 1):
            current[-1].desc.append(i)  # a paragraph under an item is its description
            continue
        if current:
            runs.append(_keep_categories(current))
            current, last_number = [], None
        category = None
    if current:
        runs.append(_keep_categories(current))
    return runs


def _cells(line: str) -> list[tuple[int, int]] | None:
    if " | " not in line and not line.startswith("|"):
        return None
    spans, pos = [], 0
    for part in line.split("|"):
        start = pos + len(part) - len(part.lstrip())
        end = pos + len(part.rstrip())
        spans.append((start, end))
        pos += len(part) + 1
    # leading/trailing empty cells of "| a | b |"
    while spans and spans[0][0] >= spans[0][1]:
        spans.pop(0)
    while spans and spans[-1][0] >= spans[-1][1]:
        spans.pop()
    return spans if len(spans) >= 2 else None


def table_runs(lines: list[str]) -> list[list[Item]]:
    runs = []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        if not cells:
            i += 1
            continue
        block = []
        while i < len(lines) and _cells(lines[i]) and len(_cells(lines[i])) == len(cells):
            block.append(i)
            i += 1
        if len(block) < 3:
            continue
        header_cells = [lines[block[0]][a:b] for a, b in _cells(lines[block[0]])]
        roles = {}
        for col, text in enumerate(header_cells):
            for role, pattern in TABLE_HEADER.items():
                if role not in roles and pattern.search(text) and col not in roles.values():
                    roles[role] = col
                    break
        rows = block[1:] if roles else block
        if not roles:  # no header: a number column is the rank, then agency and name
            sample = [lines[block[0]][a:b] for a, b in cells]
            text_cols = [c for c, t in enumerate(sample) if not t.strip().isdigit()]
            rank_cols = [c for c, t in enumerate(sample) if t.strip().isdigit()]
            if rank_cols:
                roles["rank"] = rank_cols[0]
            if len(text_cols) >= 2:
                roles["agency"], roles["name"] = text_cols[0], text_cols[1]
            elif text_cols:
                roles["name"] = text_cols[0]
        if "name" not in roles:
            if "agency" in roles:
                roles["name"], roles["agency"] = roles.pop("agency"), None
            else:
                continue
        rows = [r for r in rows if not all(re.fullmatch(r"\s*:?-{2,}:?\s*", lines[r][a:b] or "-") for a, b in _cells(lines[r]))]
        run = []
        for position, r in enumerate(rows, start=1):
            spans = _cells(lines[r])
            a, b = spans[roles["name"]]
            agency = spans[roles["agency"]] if roles.get("agency") is not None else None
            rank_text = lines[r][slice(*spans[roles["rank"]])].strip() if "rank" in roles else ""
            category = lines[r][slice(*spans[roles["category"]])].strip() if "category" in roles else None
            desc = [(r, spans[roles["description"]][0])] if "description" in roles else []
            run.append(Item(r, a, b, "table", desc, (r, *agency) if agency else None, category,
                            int(rank_text) if rank_text.isdigit() else position))
        runs.append(run)
    return runs


def ranked_category_runs(lines: list[str]) -> list[list[Item]]:
    runs, current = [], []
    pending_category = None
    for i, line in enumerate(lines):
        items = list(RANKED_ITEM.finditer(line))
        if len(items) >= 2:
            head = line[: items[0].start()].strip(" ：:")
            category = head or pending_category
            for m in items:
                current.append(Item(i, m.start("item"), m.end("item"), "ranked", [], None, category, int(m.group("num"))))
            pending_category = None
            continue
        if 2 <= len(line) <= 25 and not any(ch in line for ch in "。，,；;") and not ITEM_MARKER.match(line):
            pending_category = line.strip(" ：:")
            continue
        if current:
            runs.append(current)
            current = []
        pending_category = None
    if current:
        runs.append(current)
    return runs


def enumeration_runs(lines: list[str]) -> list[list[Item]]:
    runs = []
    for i, line in enumerate(lines):
        for m in ENUMERATION.finditer(line):
            end = line.find("。", m.end())
            end = len(line) if end < 0 else end
            segment_start = m.end()
            parts = []
            pos = segment_start
            for piece in re.split(r"([、；;])", line[segment_start:end]):
                if piece in ("、", "；", ";"):
                    pos += len(piece)
                    continue
                parts.append((pos, pos + len(piece)))
                pos += len(piece)
            if len(parts) < 2:
                continue
            # The last part may be "X和Y" / "X以及Y" / "X及Y".
            a, b = parts[-1]
            last = line[a:b]
            splits = sorted(
                (m.start(), m.end()) for m in re.finditer("以及|和|及|与", last) if m.start() > 1
            )
            for k, k_end in splits:
                right = last[k_end:]
                # Split only where a new entity starts: a quote, a region name, a central body.
                if re.match(rf"^[{re.escape(QUOTES)}]", right) or starts_with_region(right) or is_central(right):
                    parts[-1:] = [(a, a + k), (a + k_end, b)]
                    break
            items = []
            for a, b in parts:
                text = line[a:b]
                lead = len(text) - len(text.lstrip(" 　等"))
                text = text.strip(" 　")
                a += lead
                b = a + len(re.sub(r"(?:等)?(?:\d+个|[一二三四五六七八九十]+个)?(?:案例|项目)?$", "", text))
                if b > a:
                    items.append(Item(i, a, b, "inline"))
            if len(items) >= 3:
                runs.append(items)
    return runs


DETECTORS = (table_runs, ranked_category_runs, numbered_runs, heading_paragraph_runs, plain_line_runs, enumeration_runs)


# --- lists -------------------------------------------------------------------------------


def find_list(lines: list[str], before: int, title: str | None = None) -> dict | None:
    """The list the cases at ``before`` belong to: its name, year, organisers, release date."""
    text_before = "\n".join(lines[:before])
    names = list(LIST_NAME.finditer(text_before))
    intro = lines[before - 1] if before > 0 else ""
    name = None
    m = LIST_NAME.search(intro)
    if m:
        name = m.group("name")
    elif names:
        name = names[-1].group("name")
    elif title:
        m = LIST_NAME.search(title)
        name = m.group("name") if m else None
    if not name and before < len(lines):
        m = LIST_NAME.search(lines[before])
        name = m.group("name") if m else None
    if not name:
        return None
    year_m = re.match(r"(?:19|20)\d{2}", name)
    organisers: list[str] = []
    everything = "\n".join(lines)
    for om in ORGANISER.finditer(everything):
        window = everything[om.end(): om.end() + 40]
        if name in window or name in everything[max(0, om.start() - 40): om.start()]:
            organisers = split_organisers(om.group("org"))
            break
    if not organisers:
        at = everything.find(name)
        while at >= 0 and not organisers:
            head = everything[max(0, at - 60): at].split("\n")[-1]
            om = ORGANISER_BEFORE.search(re.split(r"[。！？]", head)[-1])
            if om:
                organisers = split_organisers(re.sub(r"^(?:日前|近日|今天|昨天|此前)，?", "", om.group("org")))
            at = everything.find(name, at + 1)
    release = None
    for rm in RELEASE.finditer(everything):
        found = find_dates(rm.group("date"))
        if found:
            release = found[0].value
            break
    return {"name": name, "year": int(year_m.group(0)) if year_m else None, "organisers": organisers,
            "release_date": release}


# --- assembling -----------------------------------------------------------------------


def _text(lines: list[str], span) -> str:
    line, start, end = span
    return lines[line][start:end].strip()


def _description(lines: list[str], desc: list) -> str | None:
    parts = []
    for d in desc:
        if isinstance(d, tuple):
            line, start = d
            if start is not None:
                parts.append(lines[line][start:].strip(" 。，,：:|").strip())
        else:
            parts.append(lines[d])
    text = "\n".join(p for p in parts if p)
    return text or None


def _case(orig: list[str], simp: list[str], item: Item, position: int, lst: dict | None,
          reference_year: int | None) -> dict:
    same = len(orig[item.line]) == len(simp[item.line])
    source = orig if same else simp
    name = _text(source, (item.line, item.start, item.end))
    name_simple = _text(simp, (item.line, item.start, item.end))
    description = _description(simp, item.desc)
    if item.agency:
        agency = _text(simp, item.agency) or None
        agency_from = "list" if agency else None
    else:
        agency, agency_from = find_agency(name_simple, description)
    region = locate(name_simple)
    if not region.province and region.admin_level != "central" and agency and agency != name_simple:
        region = locate(agency)
        if agency_from == "list" and not region.province and region.admin_level != "central":
            region = locate(agency + name_simple)
    dates = find_dates(name_simple, reference_year) + find_dates(description or "", reference_year)
    seen, unique_dates = set(), []
    for d in dates:
        if (d.value, d.qualifier) not in seen:
            seen.add((d.value, d.qualifier))
            unique_dates.append(d.as_dict())
    orig_description = _description(orig, item.desc) if all(
        len(orig[d if isinstance(d, int) else d[0]]) == len(simp[d if isinstance(d, int) else d[0]]) for d in item.desc
    ) else description
    return {
        "name": name,
        "name_normalized": normalise_name(name_simple),
        "core": case_core(name_simple),
        "agency": agency,
        "agency_from": agency_from,
        "province": region.province,
        "city": region.city,
        "district": region.district,
        "adcode": region.adcode,
        "admin_level": region.admin_level,
        "longitude": region.longitude,
        "latitude": region.latitude,
        "region_ambiguous": region.ambiguous,
        "channel": classify_channel(name_simple),
        "dates": unique_dates,
        "description": orig_description,
        "list": lst["name"] if lst else None,
        "list_year": lst["year"] if lst else None,
        "list_organisers": lst["organisers"] if lst else [],
        "category": item.category,
        "position": position,
        "rank": item.rank,
        "shape": item.shape,
    }


TRAILING_AGENCY = re.compile(r"[（(](?P<org>[^（）()]{2,30})[）)]$")


def _agency_in_brackets(lines: list[str], item: Item) -> None:
    """名称（单位）: an organisation in brackets at the end of an item is its agency, not its name."""
    if item.agency:
        return
    m = TRAILING_AGENCY.search(lines[item.line][item.start:item.end])
    if m and m.start() >= 2 and ends_as_org(m.group("org")):
        item.agency = (item.line, item.start + m.start("org"), item.start + m.end("org"))
        item.end = item.start + m.start()


def extract_cases(text: str, title: str | None = None, published_at: str | None = None) -> dict:
    """``{"lists": [...], "cases": [...]}`` for an article body (paragraphs separated by newlines)."""
    orig = [ln.strip() for ln in (text or "").split("\n") if ln.strip()]
    simp = [to_simplified(ln) for ln in orig]
    title_simple = to_simplified(title or "")
    reference_year = int(published_at[:4]) if published_at and published_at[:4].isdigit() else None
    claimed: set[int] = set()
    accepted: list[list[Item]] = []
    for detector in DETECTORS:
        for run in detector(simp):
            lines_used = {item.line for item in run} | {d if isinstance(d, int) else d[0] for item in run for d in item.desc}
            if len(run) < 3 or lines_used & claimed:
                continue
            # An item with its agency given apart (table column, 单位：名称) is judged with it.
            names = [(_text(simp, it.agency) if it.agency else "") + _text(simp, (it.line, it.start, it.end)) for it in run]
            if sum(_looks_like_case(n) for n in names) < 0.6 * len(names):
                continue
            start = min(item.line for item in run)
            above = "\n".join(simp[max(0, start - 12): start]) + "\n" + simp[start][: run[0].start] + "\n" + title_simple
            if not LIST_WORDS.search(above):
                continue
            claimed |= lines_used
            accepted.append(run)
    accepted.sort(key=lambda run: (run[0].line, run[0].start))
    for run in accepted:
        for item in run:
            _agency_in_brackets(simp, item)
    cases: list[dict] = []
    lists: list[dict] = []
    for run in accepted:
        start = min(item.line for item in run)
        lst = find_list(simp, start, title_simple)
        if lst and lst not in lists:
            lists.append(lst)
        for position, item in enumerate(run, start=1):
            cases.append(_case(orig, simp, item, position, lst, reference_year))
    return {"lists": lists, "cases": cases}
