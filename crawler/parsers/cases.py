"""Case lists inside an article's text.

Input is the article's body as lines (one per paragraph); output is the list(s)
the article reports and one dict per case. Pure functions: no network, no database.

Shapes handled here:
- heading + paragraph: a short case name on its own line, then its description
  (the founding article).
"""
from __future__ import annotations

import re
import unicodedata

from .agencies import QUOTES, find_agency, split_organisers
from .dates import find_dates
from .regions import locate

# A line that ends a case description: editorial notes and page furniture.
EDITORIAL = re.compile(
    r"^[（(\[【]?\s*(?:本文|原标题|责任编辑|责编|编辑|栏目主编|图片来源|来源|作者|记者|稿件来源|转载|声明)"
    r"|未经授权|谢绝转载|版权所有|上一篇|下一篇|相关文章|相关阅读|延伸阅读"
)
SENTENCE_END = "。！？!?；;…"
# Words that tell an article reports a list of recognised cases.
LIST_WORDS = re.compile(r"案例|榜单|名单|十佳|十大|入选|评选|获奖|优胜奖|示范|排行|榜")
LIST_NAME = re.compile(
    r"[“\"「『《]?(?P<name>(?P<year>(?:19|20)\d{2})(?:年度?)?[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:案例|榜单|名单|奖|排行榜|示范|评选))(?:简介|评选结果|结果)?[”\"」』》]?"
)
ORGANISER = re.compile(
    r"由(?P<org>[\u4e00-\u9fff、与和及《》]{4,60}?)(?:共同|联合)?(?:发布|主办|评选|举办|组织|推出)"
)
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


def normalise_name(name: str) -> str:
    """The key two mentions of one case share: NFKC, no quotes, no spaces, upper-case Latin."""
    s = unicodedata.normalize("NFKC", name or "")
    s = re.sub(f"[{re.escape(QUOTES)}\\s·•・]", "", s)
    return s.upper()


def classify_channel(name: str) -> str:
    upper = unicodedata.normalize("NFKC", name or "").upper()
    for word, channel in CHANNELS:
        if word.upper() in upper:
            return channel
    return "other"


def _is_heading(line: str) -> bool:
    if not 4 <= len(line) <= _HEADING_MAX:
        return False
    if any(ch in line for ch in SENTENCE_END + "，,：:"):
        return False
    if EDITORIAL.search(line):
        return False
    return True


def _is_paragraph(line: str) -> bool:
    return (len(line) >= 30 or line.rstrip()[-1:] in SENTENCE_END) and not EDITORIAL.search(line)


def _looks_like_case(name: str) -> bool:
    if re.search(f"[{re.escape(QUOTES)}]", name):
        return True
    region = locate(name)
    if region.province or region.admin_level == "central":
        return True
    return classify_channel(name) != "other" or bool(re.search(r"(?:局|厅|部|委|办|公司|中心)", name))


def _heading_paragraph_runs(lines: list[str]) -> list[tuple[int, list[tuple[int, list[int]]]]]:
    """Runs of (heading index, [description line indexes]); each run with its start."""
    runs = []
    current: list[tuple[int, list[int]]] = []
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
            current.append((i, desc))
            # A description ends at an editorial line or a short line that is not a heading.
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
    return [(run[0][0], run) for run in runs]


def find_list(lines: list[str], before: int, title: str | None = None) -> dict | None:
    """The list the cases at ``before`` belong to: its name, year, organisers."""
    text_before = "\n".join(lines[:before])
    names = [m for m in LIST_NAME.finditer(text_before)]
    intro = lines[before - 1] if before > 0 else ""
    name = None
    # Prefer the list title line right above the cases, then the last list name above them.
    m = LIST_NAME.search(intro)
    if m:
        name = m.group("name")
    elif names:
        name = names[-1].group("name")
    elif title:
        m = LIST_NAME.search(title)
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
    return {"name": name, "year": int(year_m.group(0)) if year_m else None, "organisers": organisers}


def _case(name: str, description: str, position: int, lst: dict | None, reference_year: int | None) -> dict:
    agency, agency_from = find_agency(name, description)
    region = locate(name)
    if not region.province and region.admin_level != "central" and agency and agency != name:
        region = locate(agency)
    dates = find_dates(name, reference_year) + find_dates(description, reference_year)
    seen = set()
    unique_dates = []
    for d in dates:
        key = (d.value, d.qualifier)
        if key not in seen:
            seen.add(key)
            unique_dates.append(d.as_dict())
    return {
        "name": name,
        "name_normalized": normalise_name(name),
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
        "channel": classify_channel(name),
        "dates": unique_dates,
        "description": description,
        "list": lst["name"] if lst else None,
        "list_year": lst["year"] if lst else None,
        "list_organisers": lst["organisers"] if lst else [],
        "category": None,
        "position": position,
        "rank": None,
        "shape": "heading-paragraph",
    }


def extract_cases(text: str, title: str | None = None, published_at: str | None = None) -> dict:
    """``{"lists": [...], "cases": [...]}`` for an article body (paragraphs separated by newlines)."""
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()]
    reference_year = int(published_at[:4]) if published_at and published_at[:4].isdigit() else None
    cases: list[dict] = []
    lists: list[dict] = []
    for start, run in _heading_paragraph_runs(lines):
        if len(run) < 3:
            continue
        names = [lines[h] for h, _ in run]
        if sum(_looks_like_case(n) for n in names) < 0.6 * len(names):
            continue
        above = "\n".join(lines[:start]) + "\n" + (title or "")
        if not LIST_WORDS.search(above):
            continue
        lst = find_list(lines, start, title)
        if lst and lst not in lists:
            lists.append(lst)
        for position, (h, desc) in enumerate(run, start=1):
            cases.append(_case(lines[h], "\n".join(lines[d] for d in desc), position, lst, reference_year))
    return {"lists": lists, "cases": cases}
