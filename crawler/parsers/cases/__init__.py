"""Case lists inside an article's text, in stages: segment -> score -> itemise -> fields -> assemble.

Input is the article's body as lines (one per paragraph; table rows as ``a | b | c``; list items
as ``- x`` or ``1. x``; ``<br>`` and ``<pre>`` lines as lines), the way ``html.block_lines`` and
trafilatura write them. Output is the lists the article reports and one dict per case. Pure
functions: no network, no database.

1. ``segment``: candidate runs of items from the text's structure (tables with or without a
   header, numbered or bulleted lines — several items a line too — with category labels between
   them, short lines one per line, headings with paragraphs, items inside a line split by 、；，
   or by quote pairs);
2. ``score``: keep the runs the words around them and their items' shapes call a case list;
3. ``fields.itemise``: split each item into name, agency, description, rank;
4. ``lists``: the list each run belongs to;
5. assemble here: one case per name on a page (a summary sentence before the full list names
   its cases once), ranks only where the page ranks.
Traditional-character pages are read on their simplified form (OpenCC); names are reported as
written. Identity (the keys storage uses) is in ``crawler.parsers.identity``, outside this package:
the archive imports it without the detector's patterns.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter

from ..agencies import _ends_as_org as ends_as_org
from ..regions import gazetteer, informal_region, is_central, is_short_county, joined_places, locate, place_prefix, region_prefix, starts_with_region
from . import segment
from .fields import COLUMN_HEADER, PLACE_CHAIN, SCORE_BRACKETS, SUBTITLE_END, TOWNSHIP, case_fields, classify_channel, is_body, itemise, judged_text, looks_like_person, name_text, quote_depth_at
from ..identity import case_core, normalise_name, place_key, to_simplified
from .lists import PageLists
from .model import Item, Run
from .score import ALSO_CHOSEN, BATCH_LABEL, REFERENCE_SECTION, BLAME, ORGANISER_ROLE, chosen_by_label, CASE_NUMBER, LIST_LIKE, LIST_WORDS, NEAR_LIST_WORDS, SELECTION_DENIED, SEE_ALSO, TAG_LABEL, is_place, is_region_name, looks_like_case, looks_like_name, ranked, score_run, single_case

__all__ = ["extract_cases", "normalise_name", "case_core", "to_simplified", "classify_channel", "Item", "Run"]

CONTEXT_LINES = 12
NAV_TAIL = re.compile(r"(?:>>|》》|»|›|→|＞＞)\s*$")
# a piece of a sentence cut where a name would be: led by 了, ending on 在 / 显示 / 一起, or saying
# something of its subject (是第一次, 有18个, 因为, 只有, 普遍, 合格率为)
CLAUSE_PIECE = re.compile(r"^了|(?:在|了|一起|显示|看不清|其中)$|因为|只有|普遍|仍以|[是有]第?[\d一二三四五六七八九十两]+[次个家项名]|合格率")
QUESTION = re.compile(r"[？?]\s*$|哪些|哪几|什么|怎么|如何|多少|是否")
BATCH_NAME = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.]?)?\s*(?:首批|第[一二三四五六七八九十\d]{1,3}批)[\u4e00-\u9fff（）()]{0,16}$")
DEICTIC_NAME = re.compile(r"^(?:我|本|该|全|各)(?:省|市|区|县|州|镇|乡|村|院|局|厅|委|校|馆|单位|部门|系统)$")
PART_NAME = re.compile(r"^第[一二三四五六七八九十\d]{1,3}(?:系列|类|组|部分|篇|章|节|单元|板块|届|期|阶段|轮)$")
OFFICIAL_DOCUMENT = re.compile(r"^关于[^。；]{2,80}的(?:通知|公告|通报|决定|意见|批复|函|公示)(?:[（(][^（）()]{1,8}[）)])?$")
# the words of a link to more (阅读原文, 点击查看, 评选办法全文); 阅读 alone is a word of products
# too (QQ阅读, 书香阅读平台), a link's only where it hands over text (阅读原文, 延伸阅读)
NAV = re.compile(r"全文|回顾|更多|详情|点击|下载|附件|查看|阅读(?:原文|全文|更多)|(?:延伸|相关|推荐)阅读|办法|通知|公告|解读|说明")


FORUM_CHROME = re.compile(r"^(?:(?:[初中高]级|注册|普通|正式|新手|资深|荣誉|金牌|VIP)会员|版主|超级版主|管理员|(?:帖子|主题|积分|精华|金币|威望|贡献|回帖)\s*\d*"
                          r"|楼主|沙发|板凳|地板|\d{1,4}\s*楼|(?:楼主\s*)?\d{0,4}楼?\s*发表于.*"
                          # an encyclopedia's own buttons (编辑本段——开放百科编辑部: who edits the entry)
                          r"|编辑本段|编辑词条|编辑|修改词条|查看历史|历史版本|收藏词条|分享词条|添加义项)$")
ACCIDENT = re.compile(r"(?:[“\"]\d{1,2}[·•.]\d{1,2}[”\"]|特别重大|重特大|重大|较大)[^，。；]{0,24}(?:事故|事件)$")
CAPTION = re.compile(r"^(?:附?表|附?图|图表)\s*[\d一二三四五六七八九十]{1,3}(?:[-－.．]\d{1,2})?(?:\s+|[：:、．.]\s*)(?=\S)")


# Headings of the page's apparatus: what stands under them cites or links, never a list of cases.
REFERENCES = re.compile(r"^\W*(?:参考资料|参考文献|资料来源|注释|说明|备注|附注|相关链接|相关新闻|相关阅读|相关文章|相关报道|延伸阅读|推荐阅读"
                        r"|相关条目|相关词条|参见|另见|相关专题|相关栏目"  # (an encyclopedia's see-also: entries, not cases)
                        r"|往期回顾|往期推荐|热门文章|热点新闻|猜你喜欢|热点排行|热门排行|点击排行|阅读排行|今日热点|24小时热点)\W*$")
HOT_READS = re.compile(r"热读|阅读排行|点击排行|阅读榜|热文榜|热门文章|(?:最|热)受欢迎的?文章")
CALL_FOR_ENTRIES = re.compile(r"(?:征集|申报|推荐|报名|评选活动)[^。]{0,30}(?:通知|公告|启事|指南)(?:[（(][^（）()]{1,10}[）)])?$"
                              # 关于评选2022-2023学年“…”的通知 / 关于开展…评选工作的通知: a call, before anyone won
                              r"|^关于(?:开展|组织|做好)?[^。]{0,6}评选[^。]{0,60}的通知$|^关于开展[^。]{0,60}评选(?:表彰|推选|推荐)?(?:活动|工作)?的通知$"
                              r"|(?:怎么报|如何报|如何申报|申报要点|申报条件)[？?！!]?$")
# 连云港市首届年度网络正能量评选表彰通知: the contest announced, its 表彰 to come (unless the title
# names its results)
CONTEST_CALL = re.compile(r"评选表彰(?:活动|工作)?的?(?:通知|公告)$")
RESULTS_NAMED = re.compile(r"结果|名单|揭晓|获奖|入选|决定")
RESULTS_WORDS = re.compile(r"结果|名单|公示|公布|表彰|表扬|通报|揭晓|获奖|入选")
QUOTED_NAME = re.compile(r"[“「][^“”「」]{2,30}[”」]")  # a name that is one quotation, nothing outside it
QUOTED_PART = re.compile(r"[“「『]([^“”「」『』]{2,30})[”」』]")
BARE_ORDINAL = re.compile(r"\s*第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?![\d一二三四五六七八九十名位])")  # 第一　甲, not 第一名
TIE_SHAPES = ("numbered", "bulleted", "lines", "table", "table (no header)")


def _split_joined_places(lines: list[str], item: Item) -> list[Item]:
    """信阳市、安阳市以及北京市延庆区、…等28个城市: two places joined by 以及 / 及 / 和 inside a line of
    names are two names (then 甲/乙, two names joined by a slash, as before)."""
    text = lines[item.line][item.start:item.end]
    m = re.fullmatch(r"(?P<a>[\u4e00-\u9fff]{2,20}?)(?:以及|及|和|与)(?P<b>[\u4e00-\u9fff]{2,20})", text.strip())
    if m and all(region_prefix(part) == part or segment._place_chain(part) for part in (m.group("a"), m.group("b"))):
        lead = item.start + len(text) - len(text.lstrip())
        first = Item(item.line, lead, lead + m.end("a"), category=item.category, rank=item.rank)
        second = Item(item.line, lead + m.start("b"), lead + m.end("b"), category=item.category)
        return [first, second]
    return _split_ties(lines, item, "/／")


def _split_ties(lines: list[str], item: Item, separators: str = "、/／") -> list[Item]:
    """第2名：四川省、福建省（并列）: one rank shared by two cases, each an item of its own. Split
    only where the line says 并列 or every part is a body or a region written in full (or, for three
    or more sharing a printed rank, two thirds of them are)."""
    text = lines[item.line][item.start:item.end]
    parts = segment.split_outside_quotes(text, separators)
    if len(parts) < 2 or any(not 2 <= b - a <= segment.NAME_MAX for a, b in parts):
        return [item]
    names = [text[a:b].strip() for a, b in parts]
    tied = "并列" in lines[item.line]
    # (a table cell 北京、上海、广州: the cities of one batch, each a case)
    # (a cell 厦门市政府网站、厦门卫生局网站: channels of several bodies, each a case)
    # (邵阳市：洞口县、绥宁县 / 岳阳市：汨罗市、屈原管理区: places under the body that put them forward,
    # a note on each in brackets, 江永县潇浦镇（蔬菜加工业）)
    placed = [bool(ends_as_org(n) or region_prefix(n) == n or n in segment._short_region_names() or _township(n) or joined_places(n)
                   or (classify_channel(n) != "other" and looks_like_name(n))
                   or (item.agency and PLACE_END.search(n) and looks_like_name(BRACKET_TAIL.sub("", n)))) for n in names]
    # (第三名：东阳渡街道、苗圃街道、区园林所: a rank shared, most parts plainly bodies or streets, none a person)
    shared = item.rank is not None and len(names) >= 3 and sum(placed) >= 2 * len(names) / 3 and all(
        looks_like_name(n) and not looks_like_person(n) for n in names)
    # (长沙市：浏阳河、长沙县松雅湖: under a place's label, the names it put forward, two or more)
    label = lines[item.line][:item.start].strip()
    owner = label[:-1].strip() if label[-1:] in "：:" else ""
    owned = bool(owner) and bool(segment.province_label(owner) or region_prefix(owner) == owner) and all(
        looks_like_name(n) and not looks_like_person(n) and (len(n) <= 8 or (len(n) <= 20 and bool(region_prefix(n))))
        for n in names)  # (政务调研新体系的智能化、多语种…: one long title with a 、 in it, not two names)
    if item.whole and item.agency and not all(placed) and not owned:
        return [item]  # a name given beside its body (a column, 单位：) is one name unless every part is a place
    # (重庆：铜梁区、石柱县、云阳龙缸国家地质公园: what a province put forward under its name, most of them
    # places, each a case)
    grouped = (len(names) >= 3 and label[-1:] in "：:" and segment.province_label(label[:-1].strip())
               and 2 * sum(placed) >= len(names) and all(looks_like_name(n) and not looks_like_person(n) for n in names))
    grouped = grouped or owned
    if not (tied and all(looks_like_name(n) for n in names) or all(placed) or shared or grouped):
        return [item]
    out = []
    # (河北：唐山、秦皇岛: a province over places in it is where they lie; each place is its own agency)
    placed_in = bool(owner) and segment.province_label(owner)
    for (a, b), name in zip(parts, names):
        known = region_prefix(name) == name or name in segment._short_region_names() or joined_places(name)
        agency = None if placed_in and known and not ends_as_org(name) else item.agency
        part = Item(item.line, item.start + a, item.start + b, number=item.number, rank=item.rank,
                    category=item.category, desc=list(item.desc), agency=agency, region=item.region, whole=True, unnamed=item.unnamed,
                    shared_label=item.shared_label)
        itemise(lines, part)  # (each part's own note: 婺源县（茶叶）、万年县（稻米）)
        out.append(part)
    return out


SIGNED_DATE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def _told_practice(name: str) -> bool:
    """四川省构建…工作组织机制: a place's practice by its title (a place, then what it did)."""
    name = name.strip()
    return len(name) >= 8 and not name.endswith(("）", ")")) and bool(starts_with_region(name)) and region_prefix(name) != name


def _signs(lines: list[str], line: int) -> bool:
    """A line of one or two bodies, spaced apart, over a date alone: who signs a notice."""
    if line + 1 >= len(lines) or not SIGNED_DATE.match(lines[line + 1]):
        return False
    parts = lines[line].split()
    return 1 <= len(parts) <= 3 and all(ends_as_org(part) or is_central(part) for part in parts)


def _signature(lines: list[str], run) -> bool:
    """工业和信息化部规划司　财政部经济建设司 over 2025年4月29日: bodies on the line above a date alone
    sign the notice; they are who issued it, not what it lists."""
    return run.shape == "line of names" and len({item.line for item in run.items}) == 1 and _signs(lines, run.items[0].line)


PLACE_END = re.compile(r"(?:区|县|市|旗|镇|乡|村|社区|街道)(?:[（(][^（）()]{1,12}[）)])?$")
BRACKET_TAIL = re.compile(r"\s*[（(][^（）()]{1,12}[）)]$")


def _township(value: str) -> bool:
    """A street, town, community or village written out (园林街道西堤社区, 老新镇中心村): in a table
    without a body column, who entered the row (its own agency)."""
    return bool(TOWNSHIP.match(value) or PLACE_CHAIN.match(value))


def _looks_like_region(value: str) -> bool:
    if is_short_county(value):
        return True
    region = locate(value)
    if bool(region.matched) and len(value) - len(region.matched) <= 1 and len(value) <= 10:
        return True
    # 浙江台州, 山东济宁: a province's short name, then a place of it by its short name
    head = value[: len(value) - len(region.matched)] if region.matched and value.endswith(region.matched) else ""
    return 2 <= len(head) <= 3 and len(value) <= 10 and locate(head).matched == head and locate(head).province == region.province


# a channel word closing a name (佛山市网站: the site of 佛山市); fields.CHANNEL_TAIL is the channel
# printed apart after a body (山西高院 微信公众号)
CHANNEL_SUFFIX = re.compile(r"(?:政府门户网站|门户网站|政府网站|网站|(?:新浪|腾讯)?(?:官方微博|政务微博|微博)|微信公众号|公众号|账号)$")


def _titled_case(title: str, lines: list[str]) -> Run | None:
    """The one case a title names with its honour or place (“甲”获评… / 甲局…位列…第13名), when the
    lead speaks of it too (a list word or the same verb in the first lines): a run on a line that
    will follow the text. Only a quoted name or a body qualifies, never a person or a bare place."""
    if QUESTION.search(title):
        return None  # (…百强县头两年都有哪些地方？: a question about a list asks, it reports no honour)
    runs = segment.award_sentence_runs([title])
    if len(runs) != 1 or len(runs[0].items) != 1:
        return None
    item = runs[0].items[0]
    name = title[item.start:item.end].strip()
    # (黑龙江惠企政策服务平台获评…: a product or platform of a place, as a case list prints it)
    named_thing = looks_like_case(name) and not is_place(name) and bool(
        QUOTED_PART.search(name) or region_prefix(name) or classify_channel(name) != "other")
    if not (QUOTED_PART.fullmatch(name) or is_body(name) or named_thing) or looks_like_person(name) or (
            "获" in QUOTED_PART.sub("", name)):  # (延安市获…奖 位居第二: the clause before the last verb, not a name)
        return None
    lead = "\n".join(lines[:LEAD_LINES])
    if not (LIST_WORDS.search(lead) or segment.AWARD_VERB_CORE.search(lead) or RANK_LEAD.search(lead)) or BLAME.search(lead):
        return None  # (a lead about accounts named for failing is no report of the title's honour)
    fuller = _fuller_in_lead(name, lines)
    if fuller:
        item.line, item.start, item.end, item.whole = fuller[:4]
        item.agency = fuller[4] if len(fuller) > 4 else item.agency
        if not item.whole:
            itemise(lines, item)  # (名称——单位: the name and its body apart)
    elif _named_otherwise(name, lines):
        return None  # (太仓“政社互动”项目 over a lead naming “政社互动”开创…项目: which is its name is not sure)
    else:
        item.line = len(lines)
    return Run([item], "award sentence", trigger=True)


LIST_SHAPES = ("numbered", "bulleted", "lines", "table", "table (no header)", "line of names")


def _also_titled(lines: list[str], accepted: list[Run], titled: Run, title: str) -> bool:
    """The title's one case is named in the lead too, and no accepted run holds it: beside a list
    the page gives of others, it is a case of its own."""
    if not all(run.shape in LIST_SHAPES for run in accepted):
        return False  # (a story naming the case in full beside the title's short name for it: one case)
    item = titled.items[0]
    name = name_text(lines, item) if item.line < len(lines) else title[item.start:item.end].strip()
    if not any(name in line for line in lines[:LEAD_LINES]):
        return False
    key = normalise_name(name)
    return all(normalise_name(name_text(lines, other)) != key for run in accepted for other in run.items)


def _named_otherwise(name: str, lines: list[str]) -> bool:
    """The lead writes the title's quoted core on into other words than the title does (the title's
    太仓“政社互动”项目, the lead's “政社互动”开创社会治理新格局项目): the case has a name of its own there."""
    for m in QUOTED_PART.finditer(name):
        after = name[m.end():]
        if not after:
            continue
        for line in lines[:LEAD_LINES]:
            at = line.find(m.group(0))
            while at >= 0:
                tail = line[at + len(m.group(0)):]
                if tail[:1] not in "，。；、,;（( " and not tail.startswith(after) and not segment.AWARD_VERB.match(tail):
                    return True
                at = line.find(m.group(0), at + 1)
    return False


# the body that put a case forward or runs it, just before it: 甲局推荐申报的 / 甲中心建设的
MADE_BY = re.compile(r"(?:^|[，。；：,\s]|由)(?P<body>[\u4e00-\u9fff]{3,30}?)(?:推荐申报|申报|推荐|推出|打造|建设|开发|运营|主办|开设|推行)的$")
FORMAL_LINE = re.compile(r"^(?P<name>[“「][^\n]{4,60}[”」])\s*(?:——|－－|--)\s*[\u4e00-\u9fff]{3,30}$")
CENTRAL_STATE = ("中华人民共和国", "中国")  # (中华人民共和国商务部门户网站: the state's name before a ministry's)
# what may stand before a name where the lead begins it (。中华人民共和国商务部…, 由该局推动建设的黑龙江省…)
NAME_BOUNDARY = re.compile(r"(?:^|[^\u4e00-\u9fff]|[的由是在将把与和及])$")


def _fuller_in_lead(name: str, lines: list[str]) -> tuple | None:
    """Where the lead names the title's case in full (the title shortens: 商务部门户网站 for
    中华人民共和国商务部门户网站, 黑龙江惠企政策服务平台 for 黑龙江省惠企政策服务平台): that span,
    as (line, start, end, whole[, agency span]); else None, and the title's own wording is the name."""
    located = locate(name)  # (黑龙江惠企…: a province's short name starts it too)
    region = located.matched if located.matched and name.startswith(located.matched) else None
    core = name[len(region):] if region and len(name) - len(region) >= 4 else None
    place = locate(region) if core else None
    inner = QUOTED_PART.findall(name)
    for k, line in enumerate(lines[:LEAD_LINES]):
        # “‘小板凳’议事会 夯实…”——酒泉市肃州区综治中心 under 肃州“小板凳”议事会入选…: the case's own
        # title, quoted, with its body after a dash, on a line of its own
        own = FORMAL_LINE.match(line)
        if inner and own and any(q in own.group("name") for q in inner) and not line.startswith(name):
            return k, 0, len(line.rstrip("。 ")), False  # (the dash gives the body: the item is split)
        # 红桥区：实施“小区管家志愿服务提升计划”，推进… under “小区管家”上榜: the owner, then the case's title
        owned = segment.OWNER_LINE.match(line)
        if inner and owned and any(q in owned.group("name") for q in inner) and _owner(owned.group("owner")) \
                and len(owned.group("name")) > len(name):
            return k, 0, len(line.rstrip("。 ")), False
        at = line.find(name)
        made = MADE_BY.search(line[:at]) if at > 0 else None
        if made and is_body(made.group("body")):  # 亳州市交通运输局推荐申报的“局长带你看交通”…: its body
            return k, at, at + len(name), True, (k, made.start("body"), made.end("body"))
        if at >= 0:  # the body or region the lead writes before it (吉林省人民政府办公厅 + 省长公开电话受理室)
            for width in range(min(20, at), 1, -1):
                before = line[at - width: at]
                if not re.fullmatch(r"[\u4e00-\u9fff]+", before) or not NAME_BOUNDARY.search(line[: at - width]):
                    continue
                whole = locate(before)
                if is_body(before) or (whole.matched == before and whole.adcode) or before in CENTRAL_STATE:
                    return k, at - width, at + len(name), True
            continue
        if not core:
            continue
        at = line.find(core)
        if at <= 0:
            continue
        for width in range(min(12, at), 1, -1):  # 黑龙江 written 黑龙江省: the same place in full
            before = line[at - width: at]
            if not NAME_BOUNDARY.search(line[: at - width]):
                continue
            other = locate(before)
            if other.matched == before and other.adcode and other.adcode == place.adcode and before != region:
                return k, at - width, at + len(core), True
    return None


RANK_LEAD = re.compile(r"排名|排行|名列|位列|位居")


def _holding(used: set[int], holders: dict[int, list[Run]]) -> list[Run]:
    """The accepted runs that hold any of these lines (each once, in the order accepted)."""
    inner: dict[int, Run] = {}
    for line in used:
        for r in holders.get(line, ()):
            inner[id(r)] = r
    return list(inner.values())


def _in_steps_section(lines: list[str], top: int) -> bool:
    """二、表彰类别 / 1、… / 2、… / 3、年度有创新平台：网站、论坛…: a line among the numbered points of
    a section about a process's kinds or steps (the section's heading a few lines up)."""
    k = top - 1
    while k >= 0 and k >= top - 6:
        found = segment.marker_at(lines[k])
        if found and found[0] in ("cn", "paren-cn"):
            return bool(STEPS_HEADING.search(_unmarked(lines[k]).strip(" ：:")))
        if not found:
            return False
        k -= 1
    return False


def _release_descriptions(lines_taken: set[int], holders: dict[int, list[Run]], claimed: set[int]) -> None:
    """A sentence that names its own cases (甲、乙和丙3个村一并上榜) is no description of the item
    above it: lines an accepted run holds only as an item's description go back to the page."""
    for line in list(lines_taken):
        runs = holders.get(line, [])
        if not runs or any(item.line == line for r in runs for item in r.items):
            continue
        for r in runs:
            for item in r.items:
                item.desc = [d for d in item.desc if (d if isinstance(d, int) else d[0]) != line]
        del holders[line]
        claimed.discard(line)


def _beside_award_clauses(run: Run, inner: list[Run]) -> bool:
    """Several things joined before one honour or rank, on a line whose other clause was already
    taken as an award sentence (省财政厅名列第1位，省商务厅、省民政厅…分列第2位到第10位): both stand."""
    if run.shape != "award sentence":
        return False  # (甲网站获评…第6名；乙网站在…中排名第9名: two sentences on one line, each its own case)
    return all(r.shape == "award sentence" for r in inner) and not any(
        a.line == b.line and a.start < b.end and b.start < a.end for r in inner for a in r.items for b in run.items)


def _covered_runs(run: Run, used: set[int], inner: list[Run], lines: list[str]) -> list[Run]:
    """The accepted runs whose lines this later run takes, when it holds every item of theirs and
    goes on past them (lines of names under 一、 and 二、, then 政策解读（…）：甲、乙、丙 and a second
    section: the line segmenter stopped at the first label with a colon, the run of names did not);
    else none, and the later run yields. An item of theirs that is one of this run's labels
    (临安区、富阳区 / 月承办量300件以上的市直单位 / 甲、乙…: the line segmenter took the next label for
    a name) is covered too."""
    labels = {item.category for item in run.items if item.category}
    named = sum(1 for r in inner for item in r.items if lines[item.line].strip() not in labels)
    if not inner or len(run.items) < 2 * named or not all(
            {k for k in r.lines() if lines[k].strip() not in labels} < used for r in inner):
        return []
    spans: dict[int, list[tuple[int, int]]] = {}
    for item in run.items:
        spans.setdefault(item.line, []).append((item.start, item.end))
    if all(any(a < item.end and item.start < b for a, b in spans.get(item.line, ()))
           or (item.line not in spans and lines[item.line].strip() in labels) for r in inner for item in r.items):
        return inner
    return []


def _counted_rest(lines: list[str], item: Item) -> bool:
    """The rest of an item's line is only a count (先进集体：20个)."""
    rest = next((d for d in item.desc if isinstance(d, tuple) and d[0] == item.line), None)
    return bool(rest) and bool(segment.COUNTED_CELL.match(lines[item.line][rest[1]:].strip(" ：:。；;，,")))


HANDED_LIST = re.compile(r"[“「]([^“”「」]{2,30}(?:榜|奖|十佳|十强|百强|优秀[\u4e00-\u9fff]{0,10}|案例|单位|账号|媒体))[”」]"
                         r"[^“”「」：:]{0,12}(?:共有|共|有)?[^“”「」：:]{0,10}(?:入选|上榜|获奖|名单)")
LABELLED_SHAPES = ("lines", "numbered", "bulleted", "table", "table (no header)", "line of names")


def _label_above(lines: list[str], top: int) -> str | None:
    """The label line right above a run (past a note in brackets), when it is a label and not a
    sentence, a heading's section number aside, or a line that only hands the list over."""
    k = top - 1
    if k >= 1 and segment.RULE_ROW.match(lines[k]) and lines[k - 1].lstrip().startswith("|"):
        k -= 2  # (a header the table reader did not take, |  | 创建主体 |  |, over its rule: the label is above both)
    if k >= 0 and segment.is_note_line(lines[k]):
        k -= 1
    if k >= 0 and lines[k].rstrip().endswith(("：", ":")) and len(lines[k]) <= 60 and (
            HANDED_LIST.search(lines[k]) or segment.is_sentence(lines[k]) or "，" in lines[k]):
        # “2022年优秀政务新媒体”共有20家入选，名单见下表：: the list the handing sentence names
        named = HANDED_LIST.search(lines[k])
        if named:
            return named.group(1)
        k -= 1  # 省级网站评估结果 / 前十名中…共13个省份进入前十： / the table: the label above the sentence
    if k < 0 or segment.is_sentence(lines[k]):
        return None
    # (| 省级政府门户网站 |  |: a table of its own, one merged cell over the table below, is its label)
    label = segment.merged_row_label(lines[k]) if lines[k].lstrip().startswith("|") else segment.label_of(lines[k])
    return label if label and not segment.HANDING_LABEL.search(label) else None


def _owner(text: str) -> bool:
    """A body or a place written in full: what may stand before 单位：名称's colon."""
    # (抚顺市顺城区前甸镇, 朝阳北票市东官营镇: a town or street after the places it lies in)
    town = re.match(r"^(.{2,10}?)[\u4e00-\u9fff]{1,5}(?:镇|乡|街道|苏木)$", text)
    return is_body(text) or is_central(text) or _looks_like_region(text) or bool(town and _looks_like_region(town.group(1)))


def _bracketed_entry(value: str) -> bool:
    """A place, or a body with the place it lies in after it (南通供电公司（崇川）): what 【label】 lines hold."""
    return _looks_like_region(value) or (is_body(value) and not value.endswith(("）", ")"))) or bool(
        (m := BRACKET_TAIL.search(value)) and m.start() >= 4 and is_body(value[: m.start()]))


def candidate_runs(lines: list[str]) -> list[Run]:
    """Every segmenter's runs, in the order they claim lines (structure first, prose last)."""
    return (segment.record_runs(lines) + segment.table_runs(lines, _looks_like_region, ends_as_org, _township) + [segment._fields_under_names(lines, run) for run in segment.marker_runs(lines)]
            + segment.field_pair_runs(lines) + segment.heading_paragraph_runs(lines) + segment.owner_line_runs(lines, _owner) + segment.bracketed_place_runs(lines, _bracketed_entry) + segment.named_paragraph_runs(lines)
            + segment.plain_line_runs(lines) + segment.ranked_line_runs(lines) + segment.mention_runs(lines) + segment.inline_runs(lines)
            + segment.award_line_runs(lines) + segment.award_sentence_runs(lines) + segment.praised_prose_runs(lines)
            + segment.praised_line_runs(lines))


def _context(lines: list[str], run: Run, title: str) -> str:
    """The lines above a run, its own line up to its first item (the whole sentence for a run in
    prose, whose verb may follow its names: 甲、乙、丙等9家部门网站运行良好), and the title."""
    start = run.first_line
    first = run.items[0]
    own = lines[start] if run.shape == "inline" else lines[start][: first.start]
    context = "\n".join(lines[max(0, start - CONTEXT_LINES): start])
    # under 三、公共服务单位微博, a section of a list: the sentence above its first section (一、…)
    # announces it too
    marked = segment.marker_at(lines[start - 1]) if start > 0 else None
    if marked and marked[0] in ("cn", "paren-cn") and marked[1] and marked[1] > 1:
        for k in range(start - 2, max(-1, start - SECTION_REACH), -1):
            head = segment.marker_at(lines[k])
            if head and head[0] == marked[0] and head[1] == 1:
                context = "\n".join(lines[max(0, k - CONTEXT_LINES): k]) + "\n" + context
                break
    # (以上为报告中位居前列的较大的市…): a note in brackets right under the run speaks of it too
    after = max(run.lines()) + 1
    if after < len(lines) and RUN_NOTE.fullmatch(lines[after].strip()):
        context = lines[after] + "\n" + context
    return context + "\n" + own + "\n" + title


RUN_NOTE = re.compile(r"[（(]\s*(?:以上|上述|上表|表中)[^（）()]{2,60}[）)]")
SECTION_REACH = 80  # lines back to the first section of a numbered list


# the start of a description that says its heading won something: 获评“最具人气政府网站”
AWARDED = re.compile(r"^[^。；]{0,16}(?:获评|荣获|入选|被评为|评为|获得[^。；]{0,20}奖|上榜)")


def _keep_awarded(lines: list[str], run: Run) -> None:
    """Headings whose paragraphs say each won something (商务部 / 在部委网站中获评“…”) are a list
    of cases even when the names alone do not look like cases; headings among them whose
    paragraph says nothing of the kind (评选方式) are the article's own sections."""
    def awarded(item) -> bool:
        first = item.desc[0] if item.desc else None
        return first is not None and bool(AWARDED.search(lines[first if isinstance(first, int) else first[0]]))
    won = [item for item in run.items if awarded(item)]
    if len(won) >= 3 and len(won) >= 0.5 * len(run.items):
        run.items, run.trigger = won, True


SUB_RUN_SHAPES = ("table", "table (no header)", "quoted", "line of names", "inline", "lines", "named paragraphs")


def _praised_places(lines: list[str], run: Run) -> bool:
    """A sentence praising three or more places or bodies it names (北京、上海…等省份…保持在全国领先水平)
    under the last item of a list: a list of its own, not that item's description."""
    return (len(run.items) >= 3 and bool(segment.PRAISE_PREDICATE.search(lines[run.first_line], run.items[-1].end))
            and all(segment._spaced_name(name_text(lines, item).strip()) for item in run.items))


def _heading_runs(lines: list[str], runs: list[Run]) -> set[int]:
    """Numbered lines that head lists of their own (一、最具影响力政府网站 over a sentence of
    quoted names, 三、领先奖 over a table): the numbers mark sections, and their lines are the
    categories of the lists below, not cases. Known when most of its items have a run of three
    or more names of another shape under them."""
    tops = sorted(run.top_line for run in runs if run.shape in SUB_RUN_SHAPES and len(run.items) >= 3)
    found: set[int] = set()
    for run in runs:
        if run.shape not in ("numbered", "bulleted") or len(run.items) > 12:
            continue
        starts = [item.line for item in run.items]
        ends = starts[1:] + [starts[-1] + 12]
        # a run of names starting between this item and the next (bisect: linear in the page)
        headed = sum((k := bisect.bisect_right(tops, a)) < len(tops) and tops[k] < b for a, b in zip(starts, ends))
        if headed >= 2 and headed >= 2 * len(starts) / 3:
            found.add(id(run))
    return found


HONOUR_NAME = re.compile(r"^(?:十大|十佳|十强|百强|百佳|年度最)|(?:奖|奖项)(?:[（(][^（）()]{0,10}[）)])?$|^(?:合计|总计|小计|共计)$"
                         r"|^[\u4e00-\u9fff]{2,16}(?:号|账号|网站|微博|微信|新媒体)(?:十佳|十强|百强|十大|前十)$"  # 省直系统政务微信号十佳: a list's name
                         r"|^[一二三四五12345]星级?$|^[A-E][+＋]?级$"  # 一星 / 二星, A级: grades
                         # 评选目的, 组织单位, 投票方式: a notice's own sections; …申报总数, 获得入围奖的项目: counts
                         r"|^(?:评选|活动|组织|参与|申报|投票|报名|参评)?(?:目的|单位|名额|方式|奖励|时间|要求|办法|范围|条件|程序"
                         r"|安排|说明|概况|背景|对象|流程)$|(?:总数|数量|个数|的项目|的单位|的案例)$"
                         # 微信榜, 发布量最多, 单项, 官方微博: a ranking's or a measure's name, a channel with no name
                         r"|榜(?:单)?$|最(?:多|高|快|强|佳|大)$|^单项$|^(?:官方)?(?:微信|微博|头条号?|公众号|抖音号?|网站|APP|客户端)$")
# An item that is the title of a list or of an article's section, not a case
SECTION_TITLE = re.compile(r"(?:排行榜|榜单|名单|名录|一览表?|点评|综述)(?:[（(][^（）()]{0,12}[）)])?(?:\s*TOP\s*\d{1,3})?$")


CHOSEN_WORKS = re.compile(r"(?:优秀|获奖|入选|精品|推荐|年度|最佳|十大|十佳)[^，。；,;]{0,10}(?:作品|图书|读物|出版物|书目)")
PUBLISHER = re.compile(r"(?:出版社|出版集团|出版公司|书局)$")
CLOSING_HEADING = re.compile(r"^\W*(?:写在(?:后面|最后)|结语|后记|小结|编后(?:语|记)?|编者按)\W*$")
EVENT_HEADLINE = re.compile(r"(?:举行|召开|举办)|(?:推进会|座谈会|发布会|工作会议?|现场会|交流会)(?:$|——)")


# (…——玉林市中级人民法院（公众号推送后阅读量接近13万）: a remark in brackets after the owner is neither's)
DASH_OWNER = re.compile(r"(?:——|－－)\s*(?P<owner>[^，,。；;：:！？!?（）()\s]{2,15})\s*(?:[（(][^（）()]{1,40}[）)])?\s*$")


def _batch_heading_above(lines: list[str], top: int) -> bool:
    """A batch's heading (第二批实验校) right above a run, or above the one sentence that dates it."""
    for k in (top - 1, top - 2):
        if k >= 0 and BATCH_LABEL.match(lines[k].strip()):
            return k == top - 1 or (segment.is_sentence(lines[top - 1]) and len(lines[top - 1]) <= 40)
    return False


def _batch_section_above(lines: list[str], top: int) -> bool:
    """A numbered section heading naming a batch (一、全国第三批…) right above a run, or above the
    one paragraph that tells of the batch."""
    for k in (top - 1, top - 2):
        if k < 0 or (k == top - 2 and not segment.is_sentence(lines[top - 1])):
            continue
        head = segment.marker_at(lines[k])
        if head and head[0] in ("cn", "paren-cn") and BATCH_WORD.search(lines[k]) and not segment.is_sentence(lines[k]):
            return True
    return False


EDITION_LABEL = re.compile(r"^(?:首届|首批|第[一二三四五六七八九十百\d]{1,3}[届批])[\u4e00-\u9fff“”「」（）()]{2,16}$"
                           # 国家一级馆 / 一等奖 / 五星级: a grade over the names that reached it
                           r"|^(?:国家|省级?|市级?)?[一二三四五特甲乙丙][级等星]级?[\u4e00-\u9fff]{0,4}$|^[金银铜]奖$|^优秀奖$")


def _edition_labels(lines: list[str], run: Run) -> None:
    """第七届全国文明城市 / 道县 / 宁远县 / 第七届全国文明村镇 / 甲村 …: lines naming an edition's honour
    among the names are the labels of the names under them, not names."""
    texts = [name_text(lines, item).strip() for item in run.items]
    labels = [k for k, text in enumerate(texts) if EDITION_LABEL.match(text) and not ends_as_org(text)
              and not region_prefix(text)]
    if len(labels) < 2 or labels[0] != 0 or any(b - a < 2 for a, b in zip(labels, labels[1:] + [len(texts)])):
        return  # (each label over one name at least, the first item a label)
    kept, label = [], None
    for k, item in enumerate(run.items):
        if k in labels:
            label = texts[k]
            continue
        item.category = item.category or label
        kept.append(item)
    run.items = kept


def _leading_tags(lines: list[str], run: Run) -> None:
    """- 六级 北京 中日友好医院 / - 五级 北京大学人民医院: items led by short words apart by spaces that
    repeat down the run (a card's chips: a grade, a place) — the first is the item's category, a
    place after it says where, and the rest is the name."""
    if run.shape not in ("bulleted", "lines", "numbered") or len(run.items) < 3:
        return
    parts = []
    for item in run.items:
        text = lines[item.line][item.start:item.end]
        m = LEADING_TAG.match(text)
        if not m or item.agency:
            return
        parts.append(m)
    firsts = [m.group("tag") for m in parts]
    if 3 * len(set(firsts)) > 2 * len(firsts) or any(is_body(t) or _looks_like_region(t) for t in set(firsts)):
        return  # (names that merely share a first word, or bodies and places named first)
    for item, m in zip(run.items, parts):
        start = m.end()
        text = lines[item.line][item.start:item.end]
        place = LEADING_TAG.match(text, start)
        if place and is_region_name(place.group("tag")) and len(text) - place.end() >= 2:
            # (北京: where the card's body is, printed as a chip of its own — the case's region)
            item.region = (item.line, item.start + place.start("tag"), item.start + place.end("tag"))
            start = place.end()
        item.start += start
        item.category = item.category or m.group("tag")


LEADING_TAG = re.compile(r"\s*(?P<tag>[^\s，,。；;：:、“”「」《》]{1,6})[ \u3000]+(?=\S{2})")


PROVINCE_LEAD = re.compile(r"^(?P<province>[\u4e00-\u9fff]{2,8})[ \t　]+(?=\S)")


CITY_LEAD = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:市|自治州|州|盟|地区))[ 　\t]+(?=\S)")


def _province_column(lines: list[str], run: Run) -> None:
    """北京市 798艺术区 / 天津市 滨海新区… / 广西壮族自治区 钦州…: lines that each begin with a province apart
    by a space print a column of provinces (the order of the administrative divisions); the name is
    what follows, the province places it."""
    from .fields import _province_note

    if len(run.items) < 3:
        return
    leads = []
    for item in run.items:
        m = PROVINCE_LEAD.match(lines[item.line][item.start:item.end])
        # (浙江 杭州城市大脑: a short name and one space may be the name's own first word; a column is
        # the full name, 浙江省, or wide apart, 云南  …)
        gap = m.group(0)[len(m.group("province")):] if m else ""
        if not m or not _province_note(m.group("province")) or item.end - item.start - m.end() < 2 or not (
                re.search(r"(?:省|市|自治区)$", m.group("province")) or len(gap) >= 2 or "　" in gap):
            return
        leads.append(m)
    for item, m in zip(run.items, leads):
        item.region = (item.line, item.start + m.start("province"), item.start + m.end("province"))
        item.start += m.end()
        # 山西省 太原市 钟楼步行街: a column of cities after the provinces' — the city places it, the last is the name
        city = CITY_LEAD.match(lines[item.line], item.start, item.end)
        if city and region_prefix(city.group(1)) == city.group(1) and item.end - city.end() >= 2:
            item.region = (item.line, city.start(1), city.end(1))
            item.start = city.end()
        if item.agency and item.agency[0] == item.line and item.agency[1] < item.start:
            item.agency = None  # (the province read as the name's leading place is the column's)


def _alike_brackets(lines: list[str], run: Run) -> None:
    """黄河（焦作市孟州市段） / 龙湖（郑州市郑东新区） / 石漫滩水库（平顶山市舞钢市）: where most names of a run
    keep the place in brackets that says which stretch or site is meant, the one whose bracket reads
    like a region of its own is that kind of name too, not a name and its agency."""
    if len(run.items) < 4:
        return
    kept = sum(bool(re.search(r"[（(][^（）()]{2,30}[）)]$", name_text(lines, item).strip())) and not item.agency
               for item in run.items)
    if kept < 0.6 * len(run.items):
        return
    for item in run.items:
        if not item.agency or item.agency[0] != item.line:
            continue
        line, a, b = item.agency
        text = lines[line]
        if (text[item.end: a].strip() in ("（", "(") and text[b: b + 1] in ("）", ")")
                and not is_body(text[a:b]) and region_prefix(text[a:b]) == text[a:b]):
            item.end, item.agency = b + 1, None


def _dash_owners(lines: list[str], run: Run) -> None:
    """Items of a run mostly written 名称——单位 (法律草案征求意见——中国人大网, 党建研究——紫光阁): the part
    after the dash is each one's body or site, also where it is not written like a body."""
    if len(run.items) < 3:
        return
    # (the line from the item on: itemise may have cut the name at the dash and taken the rest for a description)
    # (only an item that is the last of its line: another item after it on the line is no owner of it)
    last = {}
    for item in run.items:
        last[item.line] = max(last.get(item.line, -1), item.start)
    found = [DASH_OWNER.search(lines[item.line][item.start:]) if not item.agency and last[item.line] == item.start else None
             for item in run.items]
    # (《直面“烤”验——警惕夏日杀手热射病》: a dash inside a title is the title's own)
    found = [m if m and not quote_depth_at(lines[item.line][item.start:], m.start()) else None
             for item, m in zip(run.items, found)]
    owners = [m for m in found if m and not SUBTITLE_END.search(m.group("owner"))]
    if len(owners) + sum(bool(item.agency) for item in run.items) < 2 * len(run.items) / 3:
        return
    for item, m in zip(run.items, found):
        if m and not SUBTITLE_END.search(m.group("owner")):
            base = item.start
            item.agency = (item.line, base + m.start("owner"), base + m.end("owner"))
            item.end = base + m.start()
            counted = SCORE_BRACKETS.search(lines[item.line][:item.end], item.start)
            if counted and counted.start() - item.start >= 2:
                item.end = counted.start()  # 《神奇科学》（2册）——出版社: the volumes it runs to, no part of its title
            item.whole = True
            item.desc = [d for d in item.desc if not (isinstance(d, tuple) and d[0] == item.line)]


SHARED_NOTE = re.compile(r"\s*[（(][^（）()]{2,24}[）)]$")
# （一期）, （二期工程）, （东区）: the phase or part of a site, part of its printed name, no note on it
PHASE_NOTE = re.compile(r"(?:[一二三四五六七八九十\d]{1,3}期(?:工程|项目)?|[东西南北中]区|[东西南北]片区)")


def _drop_shared_notes(lines: list[str], run: Run) -> None:
    """Names of a run that mostly end in a bracket no body or place stands in (甲平台（数据融合共享）,
    乙平台（社会协同治理）…, “八闽健康码”（十大省级优秀创新案例）): the field or award each was chosen
    for, a note, not part of the name."""
    if len(run.items) < 2:
        return
    notes = []
    for item in run.items:
        m = SHARED_NOTE.search(name_text(lines, item))
        inner = m.group(0).strip()[1:-1] if m else ""
        notes.append(m if m and not is_body(inner) and not locate(inner).matched and not PHASE_NOTE.fullmatch(inner)
                     and len(name_text(lines, item)) - len(m.group(0)) >= 2 else None)
    if sum(n is not None for n in notes) < max(2, 2 * len(run.items) / 3):
        notes = [_province_note(name_text(lines, item)) for item in run.items]
        if sum(n is not None for n in notes) < max(2, 2 * len(run.items) / 3):
            return
    for item, m in zip(run.items, notes):
        if m:
            item.end -= len(m.group(0))
            if item.region is None and _province_note(name_text(lines, item) + m.group(0)):
                # (迁安（河北）: the note is where the place lies)
                inner = lines[item.line].find(m.group(0).strip()[1:-1], item.end)
                if inner >= 0:
                    item.region = (item.line, inner, inner + len(m.group(0).strip()) - 2)


WORK_TAIL = re.compile(r"》(?P<tail>[^《》（）()，,。；;：:\s]{2,6})\s*$")


def _drop_shared_tails(lines: list[str], run: Run) -> None:
    """《甲》展播专区 / 《乙》展播专区 / 《丙》展播专区: the same few words after every work's title are the
    page's link or button beside it (详情, 点击观看, 展播专区), not part of each name."""
    if len(run.items) < 3:
        return
    tails = [WORK_TAIL.search(name_text(lines, item)) for item in run.items]
    words = Counter(m.group("tail") for m in tails if m)
    if not words:
        return
    word, count = words.most_common(1)[0]
    named = [item for item in run.items if not name_text(lines, item).startswith(("…", "..."))]  # (……（其余略）)
    if count < max(3, 0.8 * len(named)):
        return
    for item, m in zip(run.items, tails):
        if m and m.group("tail") == word:
            item.end -= len(name_text(lines, item)) - m.start() - 1


def _province_note(name: str):
    """迁安（河北）: a place with the province it lies in, in brackets — a note on where, not part of
    the place's name (a thing's name keeps such a note: 测试基地（北京）)."""
    m = SHARED_NOTE.search(name)
    if not m:
        return None
    inner, outer = m.group(0).strip()[1:-1], name[: m.start()].strip()
    found = locate(inner)
    if not found.matched or found.province is None or len(outer) < 2:
        return None
    if found.admin_level != "provincial":
        # 高阳镇（旺苍县）, 大龙潭彝族乡（攀枝花市仁和区）: a town with the county it lies in
        return m if region_prefix(inner) == inner and (TOWNSHIP.match(outer) or PLACE_CHAIN.match(outer)) else None
    return m if (region_prefix(outer) == outer or place_prefix(outer) == outer or is_region_name(outer)) else None


DIMENSION_NOTE = re.compile(r"\s*[（(]([^（）()\d]{2,8})[）)]")  # （准备度）, （平台层） after a name
ALSO_WON = re.compile(r"(?:获奖|获评|入选|上榜|荣获)[\u4e00-\u9fff]{0,6}(?:还有|也有)")
LIST_ELSEWHERE = re.compile(r"^(?:具体)?(?:名单|名录)?(?:另文|另行|择期|稍后|将另)(?:刊发|公布|发布|刊登|发文)[。.]?$")
DOCUMENT_LINK = re.compile(r"(?:原文|全文|原件)(?:[（(][^（）()]{1,8}[）)])?$|(?:公示|公告|通知|通报)文件"
                           r"|(?:新闻稿|通稿|新闻发布稿|发布会实录)(?:[（(][^（）()]{1,8}[）)])?$")  # (…大会官方新闻稿: a press release)
CONTEST_PAPER = re.compile(r"(?:评选|评比|推选|评审|征集)(?:工作)?(?:说明|办法|细则|方案|须知|指南)(?:[（(][^（）()]{1,8}[）)])?$")


def _drop_strays(lines: list[str], run: Run) -> None:
    """An item in a kept run that is plainly not a case (评选办法全文, 往期回顾) is left out."""
    with_agency = sum(1 for item in run.items if item.agency) / len(run.items)
    # - 湖南 / - 十佳省级单位：湖南省林业厅 / - 十佳市级单位：郴州市 / - 广东 / …: most items give their
    # label before a colon; a short one without, right over such items, heads the group under it
    labelled = [bool(re.search(r"[：:]", lines[item.line][:item.start])) for item in run.items]
    group_heads = {k for k, item in enumerate(run.items)
                   if run.shape in ("bulleted", "numbered") and sum(labelled) >= 0.6 * len(run.items)
                   and not labelled[k] and k + 1 < len(run.items) and labelled[k + 1]
                   and len(name_text(lines, item).strip()) <= 8 and not item.agency}
    bodies = sum(is_body(name_text(lines, item).strip()) and len(name_text(lines, item).strip()) >= 6 for item in run.items)
    # 全国优秀科普作品 over 《甲》——乙出版社: books are what the list chose, each with its publisher
    works_chosen = any(CHOSEN_WORKS.search(lines[k]) for k in range(max(0, run.first_line - 4), run.first_line))
    keep = []
    for k, item in enumerate(run.items):
        name = name_text(lines, item)
        if k in group_heads:
            continue
        if NAV_TAIL.search(name):  # 完整榜单>>, 查看往期 »: a link to more, whatever it names
            continue
        if SECTION_TITLE.search(name):  # 一、9月微信传播指数排行榜 / 二、…TOP20: the article's sections
            continue
        if item.category and segment.DROPPED.search(item.category):  # 跌出榜单：甲、乙: off the list now
            continue
        if all(looks_like_person(part) for part in re.split(r"[、，,]", name.strip()) if part):
            continue  # 赖××、魏××: people, never a case
        if HONOUR_NAME.search(name.strip(" -•·")) and not QUOTED_PART.search(name):
            continue  # 十大党政机构微博, 影响力飞跃奖, 一等奖, 合计: a list's or an award's name, a total
        if FORUM_CHROME.match(name.strip()):
            continue  # 中级会员 / 帖子 312 / 楼主: a forum post's author box, not a case
        if ACCIDENT.search(name.strip()):
            continue  # …露天煤矿“2·22”特别重大坍塌事故: an accident a report reviews, never a recognition
        if CAPTION.match(name.strip()):
            continue  # 表2 第三方应用商店在架应用分发量（截至4月末）: a table's or a figure's caption, not a case
        if NAV.search(name) and LIST_LIKE.match(name.strip()):
            continue  # 2025全国…案例名单全文——中国社会工作联合会: a link to the whole list, whoever published it
        if PUBLISHER.search(name) or (item.agency and "《" in name and PUBLISHER.search(lines[item.agency[0]][item.agency[1]:item.agency[2]])
                                      and not works_chosen):
            continue  # 《平台善治：…研究》——华夏出版社: a book about the cases, not one of them (a publisher's own
            # studio or project, 单位：辽宁出版集团, is a case like any body's)
        if run.shape == "lines" and len(name.strip()) <= 2 and not item.agency and locate(name.strip()).matched != name.strip() \
                and bodies >= 0.6 * len(run.items):
            continue  # 类别 / 组织 / 甲公司 / 乙研究所 / 个人: a table's header and labels flattened into lines among bodies
        if segment.KIND_LABEL.search(name.strip()) and len(name.strip()) <= 12:
            continue  # 县（市、区）: a kind of place with the kinds it stands for, a label, not a place
        if re.fullmatch(r"[和及与]?\d+(?:\.\d+)?\s*(?:分|点|%|％)?[和及与]?", name.strip()):
            continue  # 指数分别是90.1、89.92和89.47: figures the sentence goes on to give, never names
        if re.search(r"\d+(?:\.\d+)?\s*(?:万元|亿元|元)", name):
            continue  # 每个市奖励200万元: a sum of money given, never a name
        if run.shape == "award sentence" and (there := re.match(r"^([\u4e00-\u9fff]{2,8}?)有", name.strip())) and (
                place_prefix(there.group(1)) == there.group(1) or region_prefix(there.group(1)) == there.group(1)):
            continue  # 河北有检察微信公众号进入…: "a place has …", no name of anything
        if DEICTIC_NAME.match(name.strip()):
            continue  # 我省 (of 我省入选情况): the page's own place by a pronoun, never a case's name
        if BATCH_NAME.match(name.strip()) or PART_NAME.match(name.strip()):
            continue  # （一）第一批实验区 over its paragraph, 第一系列：…: a batch or a part of the list, not a case
        if LIST_ELSEWHERE.match(name.strip()):
            continue  # 名单另文刊发 / 名单另行公布: the list is printed elsewhere, no name here
        if DOCUMENT_LINK.search(name.strip()):
            continue  # 获奖项目公示文件原文——人民银行官网: a link to the document, not a case
        if OFFICIAL_DOCUMENT.match(name.strip(" -•·")):
            continue  # 关于…试点名单的通知（全文）——省发展改革委: the notice that published the list, not a case
        if CONTEST_PAPER.search(name.strip()) and not QUOTED_PART.fullmatch(name.strip()):
            continue  # 2018年度全国法院“十佳百优”评选说明（站内摘录）: the contest's papers, not an entry
        if CLOSING_HEADING.match(name):
            continue  # 写在后面 / 结语 over the post's last paragraph: the writer's words, not a case
        if EVENT_HEADLINE.search(name) and not QUOTED_PART.search(name) and "《" not in name:
            continue  # 常德举行…展演暨…推进会——洞庭改革观察: a link to the news of the event, not a case
        if re.search(r"(?:…|\.{3})$", name.strip()) or re.match(r"^(?:…|\.{3})", name.strip()):
            continue  # 中山小…: a name the page cuts off is no name; ……（其余从略）: the rest left out
        if not looks_like_case(judged_text(lines, item)) and (
                NAV.search(name) or (with_agency >= 0.6 and not item.agency and not looks_like_name(name)
                                     and not re.fullmatch(r"《[^《》]{1,40}》", name.strip()))):  # (a work by people: no body)
            continue
        keep.append(item)
    run.items = keep


def _without_agency_summaries(lines: list[str], runs: list[Run]) -> list[Run]:
    """A sentence naming who won (国家药品监督管理局、福建省…共9个案例入选) above a table of the
    cases names their agencies, not cases: a run whose items are mostly other runs' agencies goes."""
    def agencies_of(run):
        return Counter(normalise_name(lines[i.agency[0]][i.agency[1]:i.agency[2]]) for i in run.items if i.agency)

    per_run = [agencies_of(run) for run in runs]
    everywhere: Counter = Counter()  # once for the page: linear in the number of runs
    for own in per_run:
        everywhere.update(own)
    keep = []
    for run, own in zip(runs, per_run):
        if run.shape not in PROSE_SHAPES + ("line of names",) or (
                run.shape == "line of names" and all(item.category for item in run.items)):
            keep.append(run)  # (a numbered list of bodies under a heading of its own is a list, whoever else they run)
            continue  # (优秀设区市 / 湖州市、宁波市 over 优秀县（市、区） / 湖州市：德清县: the cities won on their own line)
        names = [normalise_name(name_text(lines, item)) for item in run.items]
        if sum(everywhere[n] - own[n] > 0 for n in names) >= 0.5 * len(names):
            continue
        keep.append(run)
    return keep


SECTION_SHAPES = ("numbered", "bulleted", "lines", "table", "table (no header)", "line of names")


def _section_heading(lines: list[str], run: Run) -> tuple | None:
    """(marker kind, number, line) of the 一、 / （一） heading over a run, on one of the three lines above."""
    # (1、站房工程 / 表1 站房工程 / the table: over a table, a numbered short label is its section too)
    # ((1) 全国文明城市 / 甲、乙、丙: a bracketed number over a line of names heads its section too)
    kinds = ("cn", "paren-cn", "num") if run.shape.startswith("table") else (
        ("cn", "paren-cn", "paren") if run.shape == "line of names" else ("cn", "paren-cn"))
    for k in range(run.top_line - 1, max(-1, run.top_line - 4), -1):
        found = segment.marker_at(lines[k])
        if found and found[0] in kinds and found[1] and segment.label_of(lines[k]) and not segment.is_sentence(lines[k]):
            return found[0], found[1], k
    return None


def _sibling_section(lines: list[str], run: Run, accepted: list[Run]) -> bool:
    """The run sits under a numbered section heading of the same kind as one over an accepted run
    and numbered next to it (一、 beside 二、): another section of the same list."""
    if _continued_table(lines, run, accepted) or _continued_numbering(lines, run, accepted):
        return True
    own = _section_heading(lines, run)
    if own is None:
        return _next_labelled_section(lines, run, accepted)
    for other in accepted:
        theirs = _section_heading(lines, other)
        if theirs and theirs[0] == own[0] and theirs[1] != own[1] and abs(theirs[1] - own[1]) == 1:
            return True
    return False


def _continued_numbering(lines: list[str], run: Run, accepted: list[Run]) -> bool:
    """最美渔村 / 01 甲 / 02 乙 / 精品基地 / 03 丙 … 06 丁: a numbered run whose numbers go straight on into (or
    from) an accepted numbered run's, under another label — one list's numbering, split by its sections."""
    numbers = [item.number for item in run.items]
    if run.shape != "numbered" or None in numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return False

    def kind(r: Run):  # (三、 / 四、 headings after 1. 2. items: another style, another level)
        found = segment.marker_at(lines[r.items[0].line].strip())
        return found[0] if found else None

    for other in accepted:
        theirs = [item.number for item in other.items]
        if other.shape != "numbered" or None in theirs or len(theirs) < 2 or kind(other) != kind(run) or kind(run) is None:
            continue
        if (theirs[0] == numbers[-1] + 1 and other.first_line > run.first_line) or (
                numbers[0] == theirs[-1] + 1 and other.first_line < run.first_line):
            return True
    return False


def _continued_table(lines: list[str], run: Run, accepted: list[Run]) -> bool:
    """（续表） / | 城市 | 所在省份 | again: a table under the very header row of an accepted table
    above it is the rest of that table, printed apart (a page break, a second box)."""
    if not run.shape.startswith("table") or run.top is None or run.top >= run.first_line:
        return False
    header = lines[run.top].strip()
    return header.count("|") >= 3 and any(
        other.shape == run.shape and other.top is not None and other.top < run.top
        and lines[other.top].strip() == header for other in accepted)


def _next_labelled_section(lines: list[str], run: Run, accepted: list[Run]) -> bool:
    """省（自治区）政府前五 over ranked lines, then 直辖市政府 over 北京 / 上海 / 重庆: a short label
    right over the run, right under an accepted run that stands under a short label of its own —
    the next section of the same list, with unnumbered headings."""
    top = run.top_line
    label = _label_line(lines, top)
    if label < 1 or not _plain_label(lines[label]):
        return False
    if any(max(other.lines()) == label - 1 and _label_line(lines, other.top_line) >= 0
           and _plain_label(lines[_label_line(lines, other.top_line)]) for other in accepted):
        return True
    # 微博分榜 over a table … 聚合类新闻客户端分榜 over 1. 甲 2. 乙: labels of one kind (the same last word),
    # the second a list of the same page under its own
    # 政务环境 over ⑴北京 ⑵上海 …, a sentence, 经济活跃城市 over 1、苏州 2、南通 …: places under labels,
    # one ranking's parts
    if all(_place_name(lines[item.line][item.start:item.end].strip()) for item in run.items) and any(
            other.top_line >= 1 and max(other.lines()) < top - 1 and top - 1 - max(other.lines()) <= 3
            and _plain_label(lines[other.top_line - 1])
            and all(_place_name(lines[item.line][item.start:item.end].strip()) for item in other.items)
            for other in accepted):
        return True
    own = lines[top - 1].strip()
    return len(own) >= 4 and any(
        other.top_line >= 1 and other.top_line < top and _plain_label(lines[other.top_line - 1])
        and (theirs := lines[other.top_line - 1].strip()) != own and len(theirs) >= 4
        and theirs[-2:] == own[-2:] and SECTION_KIND.search(own[-2:]) for other in accepted)


# 共31个，本库只录入了前19个: how many the section holds, between its label and its names
COUNT_NOTE = re.compile(r"^\s*[（(]?(?:共|计|合计)?\s*[\d一二三四五六七八九十百]+\s*(?:个|项|家|座|名|处|所|地)"
                        r"(?:[，,；;][^。！？]{0,24})?[）)]?\s*$")


def _label_line(lines: list[str], top: int) -> int:
    """The line of a run's label: the line above it, or above the count printed under the label."""
    k = top - 1
    return k - 1 if k >= 1 and COUNT_NOTE.match(lines[k]) else k


def _place_name(text: str) -> bool:
    return is_place(text) or is_region_name(text)


SECTION_KIND = re.compile(r"榜|类|组|奖|级|届|批")  # (分榜, 单项奖, 省级, 第二批: how a list's parts are named)


def _plain_label(line: str) -> bool:
    return not segment.is_sentence(line) and segment.label_of(line) is not None and not segment.marker_at(line)


def _categories_from_headings(lines: list[str], runs: list[Run]) -> None:
    """Runs printed one under each heading (第一、公开解读 + a table, 在线服务 + a table) take
    the heading as their items' category; a single heading over a single run is their printed
    category only (``shared_label``: it sets no case apart)."""
    labelled = []
    introduced: set[str] = set()
    existing = {item.category for run in runs for item in run.items if item.category}
    held = set().union(*(run.lines() for run in runs)) if runs else set()  # items of lists: no headings
    for run in runs:
        if any(item.category for item in run.items) or run.top_line == 0:
            continue
        label = _heading_above(lines, run.top_line, held)
        if label and WRITE_UP_HEADING.match(_unmarked(label).strip(" ▍■●◆▶：:【】")):
            label = None  # ▍主要做法 of the case above: a part of its write-up, no category of the next
        if (not label or CONTINUED_ONLY.fullmatch(label.strip())) and CONTINUED.search(lines[run.top_line - 1]) and labelled:
            label = labelled[-1][1]  # 表1（续）: the table goes on under the same heading
        if label:
            labelled.append((run, label))
            if (run.top_line >= 2 and lines[run.top_line - 1] == label and lines[run.top_line - 2].endswith(("：", ":"))
                    and not segment.LIST_TITLE_END.search(label)):  # (入选名单 names the list itself)
                introduced.add(label)  # 如下： then a bold 模范县（市、区） over the names: the label sorts them
    # two headings, or one heading beside runs that have categories of their own (▍省直系统十佳
    # over a line of names, then ▍市州系统十佳 and ▍县区系统十佳 over lines), or one of a series of
    # numbered headings ((一)优秀典型案例 beside (二)优秀国企新媒体, whose items are not a list here)
    series = {segment.label_of(line) for line in lines
              if (found := segment.marker_at(line)) and found[0] in ("cn", "paren-cn") and segment.label_of(line)}
    if (len({label for _, label in labelled}) >= 2 or (labelled and existing - {label for _, label in labelled})
            or (len(series) >= 2 and labelled and all(label in series for _, label in labelled))
            or (labelled and all(label in introduced for _, label in labelled))):
        for run, label in labelled:
            for item in run.items:
                item.category = label
    else:
        # one heading over the page's one list: not a category that sets cases apart, but the
        # nearest heading above them, printed as their category (the field convention)
        for run, label in labelled:
            for item in run.items:
                if not item.shared_label and not segment.LIST_TITLE_END.search(label) and not segment.HANDING_LABEL.search(
                        segment.label_of(label) or label):
                    item.shared_label = label  # (入选名单, 入选地区 name the list or the chosen, no category)


WRITE_UP_HEADING = re.compile(r"^(?:基本情况|主要做法|具体做法|取得成效|主要成效|工作成效|经验启示|经验做法|典型做法|创新点|创新做法|案例背景"
                              r"|案例简介|背景介绍|特色亮点|工作亮点|推广价值|下一步打算|启示|成效)$")
# A table's caption (表1 …评估结果（前15名）) or its continuation (表1（续）): never a category
CAPTION = re.compile(r"^(?:附?表|图)\s*[\d一二三四五六七八九十]+(?:[-－.]\d+)?(?:\s|[：:（(]|$)")
CONTINUED = re.compile(r"[（(]续[）)]|接上[页表]|续表")
CONTINUED_ONLY = re.compile(r"[（(]?(?:续表?|接上[页表])[）)]?[：:]?")  # （续表） alone: a mark, not a heading


MORE_LINK = re.compile(r"^\W*(?:查看|点击|阅读|下载)[^。，]{0,20}(?:原文|全文|详情|附件|更多)|(?:附件下载|全文下载|点击下载|阅读原文)\W*$")


def _heading_above(lines: list[str], top: int, held: set[int] = frozenset()) -> str | None:
    """The heading over a run: a numbered heading (一、 （一） 第一) on one of the two lines above, or a
    short line just above, or one above an introducing line (互动交流 / 具体如下： / the table).
    A table's caption and the sentence that points to the table are looked past."""
    while top >= 2 and (CAPTION.match(lines[top - 1]) or lines[top - 1].endswith(("如下表：", "见下表：", "如下表:"))
                        or segment.ORDER_ONLY.fullmatch(lines[top - 1].strip())):  # (（以区名拼音为序）: a note, not the heading)
        top -= 1
    if top >= 1 and MORE_LINK.search(lines[top - 1]):
        return None  # 查看通知原文及全文（附件下载） over a table: a link the list's items end with, no heading
    for k in (top - 1, top - 2):
        found = segment.marker_at(lines[k]) if k >= 0 and k not in held else None
        # (1) 各县、赣榆区 right over a table: numbered like items, yet the heading of the table below
        over_table = found and found[0] == "paren" and lines[top].startswith("|") and (
            k == top - 1 or segment.is_paragraph(lines[top - 1]))
        heading = re.sub(r"\s*[（(][^（）()]{1,24}[）)]$", "", lines[k]) if over_table else lines[k] if k >= 0 else ""
        if found and (found[0] in ("cn", "paren-cn", "ord") or over_table) and segment.label_of(heading):
            return segment.label_of(heading)  # (its note in brackets, （共4家，满分为150分）, left out)
    above = lines[top - 1]
    if segment.label_of(above) and not above.endswith(("：", ":")) and not segment.is_sentence(above):
        return segment.label_of(above)
    if top >= 2 and above.endswith(("：", ":", "。")):
        label = segment.label_of(lines[top - 2])
        return label if label and not segment.is_sentence(lines[top - 2]) else None
    return None


def _as_printed(value: str | None, simp: list[str], orig: list[str], seen: dict, line: int) -> str | None:
    """A category found on the simplified text, in the characters the page prints it in (it is on
    the item's line or one of the lines above it: only those are searched)."""
    if not value or value in seen:
        return seen.get(value, value)
    seen[value] = value
    for k in range(line, max(-1, line - 200), -1):
        s_line, o_line = simp[k], orig[k]
        at = s_line.find(value)
        if at >= 0 and len(s_line) == len(o_line):
            seen[value] = o_line[at: at + len(value)]
            break
    return seen[value]


# (…[4] at a line's end, and 海关总署[1] inside a table's cell or a sentence: glued to a word)
CITATION = re.compile(r"(?:\s*\[\d{1,3}\])+$|(?<=[\u4e00-\u9fff”」》）)])(?:\[\d{1,3}(?:[-–,，]\d{1,3})*\])+"
                      # 深圳市① in a cell, 阳江市²: a footnote's mark right after a name, before a cell's
                      # end, a separator or the line's end (a marker leads its item: ①甲 ②乙 stays)
                      r"|(?<=[\u4e00-\u9fff”」》）)])[①-⑳¹²³⁴-⁹]{1,2}(?=\s*(?:\||$|[，,、；;。]))")
# a printed page's number (— 1 —, - 2 -, 第3页): furniture of a document turned into HTML
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[/／共]\s*\d{1,4}\s*页?)?)\s*$")


BODY_FIELD = re.compile(r"\s*(?:入选|申报|推荐|报送|参评|实施|牵头|完成|选送)单位\s*[：:]\s*(?P<body>[^，,。；;：:、\s]{2,30})\s*[。；;]?")
HONOUR_END = re.compile(r"(?:[十百千]强|\d{1,3}强|[二三四五六七八九]十强|[十百]佳|奖|称号|榜)$")  # (全国检察微信二十强)
ORDER_SENTENCE = re.compile(r"(?:不代表|不表示|并非|不是)(?:名次|排名|排序|先后)|不分先后|仅作计数|仅为编号|只是编号|与(?:名次|排名|排序|先后)无关")
LEAD_NOTE = re.compile(r"^\s*[（(][^（）()]{0,20}(?:不分先后|为序|排序|排列|编号|顺序)[^（）()]{0,20}[）)]")


GLUED_CELL = re.compile(r"\s*(\d{1,3})(?![\d.])\s*(?=[\u4e00-\u9fff“「《])(?![年月日号时分秒个家项件次名位万亿元届期批])")


SPACED_RANK_CELL = re.compile(r"\s*(\d{1,3})[ 　]+(?=[\u4e00-\u9fff“「《][^|]{1,40}$)(?![年月日号时分秒个家项件次名位万亿元届期批])")


def _unglue_ranks(line: str) -> str:
    """| 1苏州市 | 6洛阳市 |: a rank printed in a span of its own, glued to the name in the text — every
    cell of the row so — is a cell of its own (| 1 | 苏州市 | 6 | 洛阳市 |), as a table of pairs prints it."""
    if not line.startswith("|") or line.count("|") < 3:
        return line
    cells_ = [c for c in line.strip().strip("|").split("|")]
    filled = [c for c in cells_ if c.strip()]
    if len(filled) >= 2 and (m := SPACED_RANK_CELL.match(cells_[0])) and not GLUED_CELL.match(cells_[1]):
        # | 1　北京 | 省级门户 |: the first cell a rank, a space and a name — the rank is a cell of its own
        return "| " + m.group(1) + " | " + cells_[0][m.end():].strip() + " |" + "|".join(cells_[1:]) + "|"
    if len(filled) < 2 or not all(GLUED_CELL.match(c) for c in filled):
        return line
    out = []
    for c in cells_:
        m = GLUED_CELL.match(c)
        out += [f" {m.group(1)} ", " " + c[m.end():].strip() + " "] if m else [c, c]
    return "|" + "|".join(out) + "|"


FLAT_CELL_MAX = 40  # a cell of a table drawn line by line (a converted PDF) is short
# the words a header cell is, whole (a line that only holds one of them; 晋城市 holds 城市 but is a place)
FLAT_HEADER_WORD = re.compile(r"(?:序号|编号|排名|名次|位次|排序|排行|(?:所属|所在|申报|推荐|报送|获奖|入选)?(?:单位|地区|城市|省份|地市|部门)"
                              r"|(?:单位|案例|项目|账号|网站|平台|作品|应用|栏目)?名称|案例|项目|账号|公众号|微博|网站|平台|作品|应用|栏目"
                              r"|类别|类型|组别|奖项|等次|等级|榜单|得分|指数|分数|总分|综合得分|备注|批次|所属领域|领域|省|省区市)")


def _rebuild_flat_tables(lines: list[str]) -> list[str]:
    """A table drawn one cell to a line (pdf2htmlEX and other converters place each cell apart):
    2–6 short lines that are all a header's words (名次 / 公众号 / 所属地区), then the cells in
    groups of as many, become a table's rows again. A line the page printed before (a running
    header repeated at a page break) is passed over inside the table; the first group that does not
    fit (a long line, a rank that is no number) ends it."""
    out: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(lines):
        width = _flat_header_width(lines, i)
        if width:
            header = [lines[i + k].strip() for k in range(width)]
            rank_col = next((k for k, text in enumerate(header) if segment.TABLE_HEADER[0][1].match(text)), None)
            rows, j = [], i + width
            while j < len(lines):
                if lines[j].strip() in seen and lines[j].strip() not in header:
                    j += 1  # (荆楚网络舆情周报 at the top of the next page)
                    continue
                if rows and rank_col == 0 and rows[-1][0].isdecimal() and j + 1 < len(lines) and len(lines[j].strip()) <= 20 \
                        and lines[j].strip() != str(int(rows[-1][0]) + 1) and lines[j + 1].strip() == str(int(rows[-1][0]) + 1):
                    j += 1  # (全国爱卫会文件 before row 11: the next page's running header, met the first time)
                    continue
                group = [line.strip() for line in lines[j: j + width]]
                if len(group) < width or any(not cell or len(cell) > FLAT_CELL_MAX or cell in seen and cell in header
                                             for cell in group) or (
                        # (a rank: a number, or a few words in its place — 第1名, 位于前列, 获奖)
                        rank_col is not None and not (re.fullmatch(r"\d{1,4}|第?[一二三四五六七八九十百]{1,4}名?", group[rank_col])
                                                      or (len(group[rank_col]) <= 6 and re.search(r"\d|名|列|奖|位|强|佳", group[rank_col])))):
                    break
                rows.append(group)
                j += width
            if len(rows) >= 2:
                out.append("| " + " | ".join(header) + " |")
                out.append("|" + "---|" * width)
                out.extend("| " + " | ".join(row) + " |" for row in rows)
                seen.update(lines[i:j])
                i = j
                continue
        seen.add(lines[i].strip())
        out.append(lines[i])
        i += 1
    return out


def _flat_header_width(lines: list[str], i: int) -> int:
    """How many lines from ``i`` are a table's header written one cell to a line (0 when none)."""
    width = 0
    while width < 6 and i + width < len(lines):
        # (省（区、市）, 城市（区）: a header's word with a note of what else it covers)
        if not FLAT_HEADER_WORD.fullmatch(re.sub(r"[（(][^（）()]{1,8}[）)]$", "", lines[i + width].strip())):
            break
        width += 1
    while width >= 3:  # (two columns, 1 / 北京市 / 2 / 天津市, are read as numbered lines: _join_bare_markers)
        roles = segment._header_roles([lines[i + k].strip() for k in range(width)])
        if "name" in roles:
            return width
        width -= 1
    return 0


SINGLE_CELL = re.compile(r"^\|\s*([^|]*?)\s*\|$")


FIELD_AFTER_NAME = re.compile(r"^(?P<name>[^\s：:。；;！？，,|][^：:。；;！？|]{1,44}?)[ 　\t]+(?:地点|所在地|所在地区|所属地区|地区|单位|"
                              r"申报单位|推荐单位|报送单位|实施单位)\s*[：:]\s*(?P<value>[^\s：:。；;，,|][^：:。；;，,|]{1,39})$")


def _fields_after_names(lines: list[str]) -> list[str]:
    """深化融合共创国家健康区　地点：太原市小店区: a name, a gap, then a field naming where it is or who
    put it forward; written as the name and its body (名称——单位), the shape every reader knows."""
    out = []
    for line in lines:
        m = FIELD_AFTER_NAME.match(line.strip())
        out.append(f"{m.group('name').strip()}——{m.group('value').strip()}" if m else line)
    return out


CAPTION_LABEL = re.compile(r"^\s*(?:图|图片|配图|照片)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]\s*(?=\S)")


def _drop_caption_labels(lines: list[str]) -> list[str]:
    """图：吉林省体育局综合训练馆 / 本批命名名单中的第1家单位…: a picture's caption label is no part of what it
    shows; the caption is a line of its own (a heading over its paragraph, where a page shows each case
    by its photo)."""
    return [CAPTION_LABEL.sub("", line) for line in lines]


def _unwrap_layout_cells(lines: list[str]) -> list[str]:
    """A table of one column whose rows are the page's paragraphs (an old site laid out in tables:
    | 标题 | / | 导语 | / | （一）北京市 | / | 甲、乙 |): its rows are lines of text, not a table's."""
    out: list[str] = []
    block: list[str] = []

    def flush():
        cells = [line for line in block if not segment.RULE_ROW.match(line)]
        ruled = [k for k, line in enumerate(block) if segment.RULE_ROW.match(line)]
        # | 单位名称 | over |---| and the names: a column's header, read as no name
        headed = ruled == [1] and bool(COLUMN_HEADER.fullmatch(SINGLE_CELL.match(block[0]).group(1).strip()))
        # (a paragraph among the rows says it is the page's layout; a one-column box of headlines or
        # names is a table still)
        texts = [SINGLE_CELL.match(line).group(1) for line in cells]
        if len(cells) >= 3 and sum(len(cell) >= 40 and "。" in cell for cell in cells) >= 2:
            out.extend(text for text in texts if text)
        elif len(cells) >= 2 and any(re.sub(r"[（(][^（）()]*[）)]", "", text).count("、") >= 2
                                     and not segment.SENTENCE_END_CHAR.search(text) for text in texts[headed:]):
            # | 海南省（2个） | / | 甲、乙 | …: cells that each hold a run of names joined by 、 are lines
            # (a label, then its names), not one name a row
            out.extend(text for text in texts[headed:] if text)
        elif (headed or not ruled) and len(cells) - headed >= 3 and out and (
                out[-1].rstrip().endswith(("：", ":")) or segment.ORDER_NOTE.search(out[-1])
                or (len(out[-1]) <= 40 and LIST_WORDS.search(out[-1]) and not out[-1].rstrip().endswith("。"))):
            # （排名不分先后） over | 国家卫星气象中心 | / | 中央气象台 | / …: a table of one column under words
            # that hand a list over is a column of lines (no table reading takes a row of one cell; a
            # sidebar's box of headlines stays as it is)
            out.extend(SINGLE_CELL.match(line).group(1) for line in cells[headed:] if SINGLE_CELL.match(line).group(1))
        else:
            out.extend(block)
        block.clear()

    for line in lines:
        if SINGLE_CELL.match(line.strip()) or (block and segment.RULE_ROW.match(line) and line.count("|") == 2):
            block.append(line.strip())
        else:
            flush()
            out.append(line)
    flush()
    return out


def _join_colon_lines(lines: list[str]) -> list[str]:
    """综合传播指数 / ：恩施市（87.24）拿了第一…: a line opening with the colon of a label printed bold
    above it (<b>label</b>：text, split by the extractor) is that label's line."""
    out: list[str] = []
    for line in lines:
        if out and line[:1] in "：:" and len(line) > 1 and len(out[-1]) <= segment.LABEL_MAX \
                and not re.search(r"[：:。，,；;！？]", out[-1]):
            out[-1] = out[-1] + line
        else:
            out.append(line)
    return out


CARD_OWNER = re.compile(r"^(?P<label>(?:申报|推荐|所属|主办|运营|实施|承办|选送)?单位|(?:所在|所属)?(?:地区|地市|区域)|所在地)\s*[：:]\s*"
                        r"(?P<value>[^：:，,。；;！？\s]{2,30})$")


def _join_card_fields(lines: list[str]) -> list[str]:
    """甲协会 / 地区：大连市 / 乙项目 / 单位：丙博物馆 …: cards that print each case over a line giving its
    body or place become 单位：名称 lines, the shape a list of owned names takes (two such cards or more;
    a single one may be any name and its address)."""
    def pair(i: int):
        if i + 1 >= len(lines):
            return None
        m = CARD_OWNER.match(lines[i + 1].strip())
        name = lines[i].strip()
        if m and 2 <= len(name) <= segment.NAME_MAX and not re.search(r"[：:。，,；;！？|]", name) \
                and not CARD_OWNER.match(name) and not segment.marker_at(name):
            return m.group("value")
        return None
    if sum(pair(i) is not None for i in range(len(lines))) < 2:
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        owner = pair(i)
        if owner is not None:
            out.append(f"{owner}：{lines[i].strip()}")
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return out


SLASH = re.compile(r"\s*／\s*|\s+/\s+")


def _slashed_names(lines: list[str]) -> list[str]:
    """山西省图书馆／朔州市图书馆／…: bodies or places parted by slashes (full-width, or spaced) are a
    line of names like one parted by 、 (a breadcrumb's 首页 / 新闻 names none)."""
    out = []
    for line in lines:
        if "|" not in line and ("／" in line or " / " in line):
            parts = [p for p in SLASH.split(line.strip()) if p]
            if len(parts) >= 3 and sum(segment._spaced_name(p) for p in parts) >= 0.8 * len(parts) and all(
                    2 <= len(p) <= segment.NAME_MAX and not re.search(r"[、，,。；;]", p) for p in parts):
                line = "、".join(parts)
        out.append(line)
    return out


GAP = re.compile(r"[ \xa0]{2,}|　+|\t+")
TEXT_RULE = re.compile(r"^[-=─━＝－_]{10,}$")
TEXT_HEADER_WORD = re.compile(r"^(?:序号|编号|名次|排名|[^，,。\d]{0,4}(?:名称|名单|地区|地市|省份|单位|城市|区县|县区|类别|层级|批次|级别|所在地))$")


def _honour_columns(lines: list[str]) -> list[str]:
    """| 示范县（市、区） | 示范机构 | over | 大连市甘井子区 | 大连中山桂林护理院 | …: a table whose header names
    an honour over each column lists each honour's winners down its column — a row pairs two winners,
    not a case and its body. Each column becomes its header's line over its names, one to a line."""
    def cells(line: str) -> list[str]:
        return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]

    out: list[str] = []
    i = 0
    while i < len(lines):
        head = cells(lines[i]) if lines[i].strip().startswith("|") else []
        if len(head) >= 2 and all(2 <= len(c) <= 12 and HONOUR_HEADING.search(c) and not re.search(r"\d|名称|名单", c)
                                  for c in head):
            k = i + 1
            while k < len(lines) and lines[k].strip().startswith("|") and len(cells(lines[k])) == len(head):
                k += 1
            rows = [cells(line) for line in lines[i + 1:k]]
            if len(rows) >= 2 and not any(HONOUR_HEADING.search(c) for row in rows for c in row if len(c) <= 6):
                for c, label in enumerate(head):
                    out.append(label + "：")  # (a label's own line, as a list of sections prints it)
                    out.extend(row[c] for row in rows if not segment.EMPTY_CELL.match(row[c]))
                i = k
                continue
        out.append(lines[i])
        i += 1
    return out


def _text_tables(lines: list[str]) -> list[str]:
    """编号  试点地区  所在省份 / ------ / 01  北京市  北京市 …: a table typed in a fixed-width block (a
    ``<pre>``, a plain-text note), columns set apart by wide gaps under a header of such words, becomes
    a table's rows again (the same count of columns in every row)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        # 阜南县<TAB>创建验收 / 萧县<TAB>创建验收 / …: three or more lines of as many tab-parted fields are rows
        tabbed = [c.strip() for c in lines[i].strip().split("\t") if c.strip()] if "\t" in lines[i].strip() else []
        if len(tabbed) >= 2 and "|" not in lines[i]:
            k = i
            while k < len(lines) and "\t" in lines[k].strip() and "|" not in lines[k] and len(
                    [c for c in lines[k].strip().split("\t") if c.strip()]) == len(tabbed):
                k += 1
            if k - i >= 3:
                out.extend("| " + " | ".join(c.strip() for c in lines[r].strip().split("\t") if c.strip()) + " |" for r in range(i, k))
                i = k
                continue
        head = [c for c in GAP.split(lines[i].strip()) if c]
        ruled = i + 1 < len(lines) and bool(TEXT_RULE.match(lines[i + 1].strip()))
        if 3 <= len(head) <= 8 and "|" not in lines[i] and sum(bool(TEXT_HEADER_WORD.search(c)) for c in head) >= 2 and all(
                len(c) <= 8 for c in head):
            k = i + 1 + ruled
            rows = []
            while k < len(lines) and "|" not in lines[k] and len(cells := [c for c in GAP.split(lines[k].strip()) if c]) == len(head):
                rows.append(cells)
                k += 1
            if len(rows) >= 3:
                out.append("| " + " | ".join(head) + " |")
                out.append("|" + "---|" * len(head))
                out.extend("| " + " | ".join(row) + " |" for row in rows)
                i = k
                continue
        out.append(lines[i])
        i += 1
    return out


def _split_gapped_lines(lines: list[str]) -> list[str]:
    """孟州市西虢镇莫沟社区  山阳区焦东街道新东苑社区  马村区…: places or bodies set out in a grid, wide gaps
    (two spaces or more, or a full-width one) between them, are one name to a line (a single space,
    浙江 杭州城市大脑, may be inside a name)."""
    def gapped(line: str) -> list[str]:
        if "|" in line or not re.search(r"\S(?:[ \xa0]{2,}|　+|\t+)\S", line):  # (&nbsp;&nbsp; too)
            return []
        return [p for p in re.split(r"[ \xa0]{2,}|　+|\t+", line.strip()) if p]

    grid = [gapped(line) for line in lines]
    named = [len(parts) >= 2 and all(" " not in p and segment._spaced_name(p) and not segment.marker_at(p) for p in parts)
             for parts in grid]
    out: list[str] = []
    for k, line in enumerate(lines):
        parts = grid[k]
        # (开封　江陵　长沙 among rows of places: a row as wide as the rows of names around it, short words
        # alone, is a row of the same grid — one name the gazetteer does not know, 江陵, a city's old name)
        alike = len(parts) >= 2 and any(0 <= j < len(lines) and named[j] and len(grid[j]) == len(parts) for j in (k - 1, k + 1)) \
            and all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", p) for p in parts)
        if named[k] or alike:
            out.extend(parts)
            continue
        out.append(line)
    return out


BATCH_BULLET = re.compile(r"^(?P<mark>[-•·●▪]\s*)?(?P<label>[^：:，,。；;\s]{2,12})[：:]\s*(?P<value>[^：:。；;]{2,60})$")


def _batch_bullets(lines: list[str]) -> list[str]:
    """- 首批：甲 / - 首批：乙 / - 第三批：丙: lines each led by their batch (a repeated label naming a
    batch or a year) become the batch's label over its lines, the shape a list in batches has."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j, run = i, []
        while j < len(lines) and (m := BATCH_BULLET.match(lines[j].strip())) and BATCH_LABEL.match(m.group("label")):
            run.append(m)
            j += 1
        if len(run) >= 3 and len({m.group("label") for m in run}) < len(run):
            label = None
            for m in run:
                if m.group("label") != label:
                    label = m.group("label")
                    out.append(label)
                out.append((m.group("mark") or "- ") + m.group("value"))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _join_chip_bullets(lines: list[str]) -> list[str]:
    """- 六级 上海 / 复旦大学附属中山医院 / - 六级 浙江 / …: cards whose chips are a bulleted line and whose
    title is the plain line under it, three or more in a row — each card is one bulleted line."""
    chip = [bool(CHIP_BULLET.fullmatch(line)) for line in lines]
    plain = [not segment.marker_at(line) and 2 <= len(line) <= segment.NAME_MAX and not segment.is_sentence(line)
             for line in lines]
    pair = [chip[i] and i + 1 < len(lines) and plain[i + 1] for i in range(len(lines))]
    out: list[str] = []
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and pair[k]:
            k += 2
        if (k - i) // 2 >= 3:
            out.extend(f"{lines[j].rstrip()} {lines[j + 1].strip()}" for j in range(i, k, 2))
            i = k
            continue
        out.append(lines[i])
        i += 1
    return out


CHIP_BULLET = re.compile(r"\s*[-•·●▪]\s+[^\s，,。；;：:、“”「」《》]{1,6}(?:[ \u3000]+[^\s，,。；;：:、“”「」《》]{1,6}){0,2}\s*")


NESTING_BULLET = re.compile(r"^(\s*)[-•·]\s+")  # a bulleted line and how deep it is indented
HEADER_NUMBER = re.compile(r"序号|编号|排名|名次")  # the first header cell of a numbered table
ORDINAL_ALONE = re.compile(r"(?:NO|No|no)\.?\s*\d{1,3}")


WRAP_END = re.compile(r"[。！？；：:!?;」』”）)】|]\s*$")  # where a line may end on its own (a table row too)
WRAP_FREE = re.compile(r"^\s{2,}|^\s*(?:[|【—－\-•·]|[（(]?[一二三四五六七八九十\d]{1,2}[、.．)）])")  # a line that starts afresh


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _reflow_wrapped(lines: list[str]) -> list[str]:
    """Lines broken at a fixed width (a PDF's text, 长沙市、株洲市…、 / 怀化市…合格率均 / 达到100%。):
    where four or more lines that end mid-sentence are nearly as wide as the widest of them, the page
    was wrapped, and each such line goes on in the next (unless the next starts afresh: indented,
    numbered, a table row, a label). Other pages are left as they are."""
    open_ends = [(_display_width(ln.rstrip()), k) for k, ln in enumerate(lines)
                 if ln.strip() and not WRAP_END.search(ln) and not ln.lstrip().startswith("|")
                 and k + 1 < len(lines) and lines[k + 1].strip()
                 # (columns set apart by wide gaps, or a rule under them, are a typed table's rows, not prose)
                 and not re.search(r"\S(?:[ \xa0]{2,}|　+|\t+)\S", ln.strip()) and not TEXT_RULE.match(ln.strip())]
    if len(open_ends) < 4:
        return lines
    width = max(wd for wd, _ in open_ends)
    full = {k for wd, k in open_ends if wd >= width - 4 and wd >= 40}
    if len(full) < 4 or len(full) < 0.5 * len(open_ends):
        return lines
    out: list[str] = []
    for k, line in enumerate(lines):
        if out and k - 1 in full and line.strip() and not WRAP_FREE.match(line) and not PAGE_NUMBER.match(line):
            out[-1] = out[-1].rstrip() + line.strip()
            if k in full:
                full.add(k)  # (the joined line may go on in turn)
            continue
        out.append(line)
    return out


def _nested_labels(lines: list[str]) -> list[str]:
    """- 图书类 /   - 《甲》 /   - 《乙》: a bulleted item holding an indented list of its own is that
    list's label (its bullet goes; the indentation is read here, before lines are stripped)."""
    out = list(lines)
    for i in range(len(lines) - 1):
        outer = NESTING_BULLET.match(lines[i])
        inner = NESTING_BULLET.match(lines[i + 1]) if outer else None
        if not (inner and len(inner.group(1)) > len(outer.group(1))):
            continue
        # - 甲步行街 /   - 所在城区：东城区 /   - 试点期：…: a nested list of fields tells of its item; the
        # item stays an item and its fields lose their bullets
        k = i + 1
        while k < len(lines) and (deeper := NESTING_BULLET.match(lines[k])) and len(deeper.group(1)) > len(outer.group(1)) \
                and segment.FIELD_LINE.match(lines[k][deeper.end():]):
            k += 1
        if k > i + 1 and not ((deeper := NESTING_BULLET.match(lines[k]) if k < len(lines) else None)
                              and len(deeper.group(1)) > len(outer.group(1))):
            for j in range(i + 1, k):
                out[j] = lines[j][NESTING_BULLET.match(lines[j]).end():]
            continue
        if len(lines[i].strip()) <= segment.LABEL_MAX + 2:
            out[i] = lines[i][outer.end():]
    return out


DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,10}\s*[〔\[【（(]\s*(?:19|20)\d{2}\s*[〕\]】）)]\s*\d{1,4}\s*号$")
ISSUERS_MAX = 6


ISSUED_TITLE = re.compile(r"^关于[^，,。；;：:]{2,80}(?:通知|意见|办法|方案|决定|通报|规定|批复|函|公告)$")


def _issuer_lines(lines: list[str]) -> set[int]:
    """住房城乡建设部 / 国家发展改革委 / 建城〔2011〕72号: the bodies printed one to a line right over a
    document's number are who issued it (a joint notice's head), never a list of winners."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if not DOCUMENT_NUMBER.match(line.strip()):
            continue
        j = k - 1
        if j >= 1 and ISSUED_TITLE.match(lines[j].strip()):
            j -= 1  # 国家医疗保障局　财政部 / 关于…的指导意见 / 医保发〔2020〕37号: the title between the head and the number
        while j >= 0 and k - j <= ISSUERS_MAX + 1 and 2 <= len(lines[j].strip()) <= 30 and (
                is_body(lines[j].strip()) or is_central(lines[j].strip())) and not re.search(r"[，,。；;：:、]", lines[j]):
            out.add(j)
            j -= 1
    return out


BROKEN_TAIL_MAX = 3  # 江苏省常 / 熟市: the end of a place's name a converted PDF put on a line of its own


def _rejoin_broken_places(lines: list[str]) -> list[str]:
    """A place's name broken over two lines (a PDF's line box too narrow: 江苏省常 / 熟市) is one line
    again: where neither part alone is a place written out and together they are, between lines of
    places written out."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        head = lines[k].strip()
        tail = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if (tail and len(tail) <= BROKEN_TAIL_MAX and 3 <= len(head) <= 20 and not re.search(r"\W", head + tail)
                and region_prefix(head) != head and region_prefix(head + tail) == head + tail
                and any(region_prefix(x.strip()) == x.strip() for x in lines[max(0, k - 2):k] + lines[k + 2:k + 4] if x.strip())):
            out.append(head + tail)
            k += 2
            continue
        if (tail and len(tail) <= 2 * BROKEN_TAIL_MAX and 4 <= len(head) <= 30 and not re.search(r"\W", head + tail)
                and not is_body(head) and is_body(head + tail) and not region_prefix(tail)
                # (…集团公司第七 / 〇二研究所: a tail that is a body alone only when it opens with the number it continues)
                and (not is_body(tail) or len(tail) <= BROKEN_TAIL_MAX or re.match(r"[〇零一二三四五六七八九十\d]", tail))
                and sum(is_body(x.strip()) for x in lines[max(0, k - 2):k] + lines[k + 2:k + 4] if x.strip()) >= 2):
            # 南京玻璃纤维研究设计院有 / 限公司 between lines of bodies: one body's name, broken by a narrow box
            out.append(head + tail)
            k += 2
            continue
        out.append(lines[k])
        k += 1
    return out


def _next_number(line: str, number: int) -> bool:
    """2 or 02 after 1 or 01: the next number of a count written with or without its leading zero."""
    text = line.strip()
    return text.isdecimal() and len(text) <= 3 and int(text) == number + 1


TRANSLATION = re.compile(r"^[A-Za-z][A-Za-z0-9 .,'&:()\-–’]{3,120}$")


def _drop_translations(lines: list[str]) -> list[str]:
    """三江源国家公园 / Sanjiangyuan National Park / 大熊猫国家公园 / Giant Panda National Park: each name
    followed by its English name on a line of its own (three such pairs or more) — the translations go,
    so the names stand one under another as the page lists them."""
    def pair(k: int) -> bool:
        return (k > 0 and bool(TRANSLATION.match(lines[k].strip())) and " " in lines[k].strip()
                and 2 <= len(lines[k - 1].strip()) <= segment.NAME_MAX and bool(re.search(r"[\u4e00-\u9fff]", lines[k - 1]))
                and not re.search(r"[，,。；;：:！？]", lines[k - 1]))
    pairs = [k for k in range(len(lines)) if pair(k)]
    if len(pairs) < 3:
        return lines
    drop = set(pairs)
    return [line for k, line in enumerate(lines) if k not in drop]


def _join_bare_markers(lines: list[str]) -> list[str]:
    """A number alone on its line and its item on the next (1． / 贵阳市息烽县: text out of a PDF
    or a table flattened a cell a line) are one numbered line."""
    out: list[str] = []
    i, last_bare = 0, None
    while i < len(lines):
        line = lines[i]
        bare = line.strip()
        if bare.isdecimal() and len(bare) <= 3 and i + 1 < len(lines) and not segment.marker_at(lines[i + 1]) and (
                len(lines[i + 1]) <= segment.HEADING_MAX and not lines[i + 1].strip().isdecimal()) and (
                last_bare == int(bare) - 1 or (i + 2 < len(lines) and _next_number(lines[i + 2], int(bare))) or (
                    # 01 / 东楮岛村 / its paragraph / 02 / …: a badge over each name, a paragraph under it
                    bare == "01" and any(lines[j].strip() == "02" for j in range(i + 3, min(i + 6, len(lines)))))):
            # 1 / 北京市 / 2 / 天津市: numbers and names in cells a line each (a PDF's table as text)
            if len(out) >= 2 and HEADER_NUMBER.fullmatch(out[-2].strip()) and len(out[-1].strip()) <= 8:
                del out[-2:]  # 序号 / 城市 over them: the table's header, a cell a line, not a label
            name, taken = lines[i + 1].strip(), 2
            if i + 2 < len(lines) and not lines[i + 2].strip().isdecimal() and region_prefix(name) == name and (
                    region_prefix(name + lines[i + 2].strip()) == name + lines[i + 2].strip()):
                name, taken = name + lines[i + 2].strip(), 3  # 新疆维吾尔自治区 / 乌鲁木齐市: a place broken over two lines
            out.append(f"{bare}. {name}")
            last_bare = int(bare)
            i += taken
            continue
        if last_bare is not None and not bare.isdecimal():
            # 建市函〔2022〕82号附件 / 序号 / 城市 / 21: a page's running header and the column heads
            # printed again, between two rows of one table
            resume = next((j for j in range(i + 1, min(i + 4, len(lines))) if _next_number(lines[j], last_bare)), None)
            if resume and any(HEADER_NUMBER.fullmatch(lines[k].strip()) for k in range(i, resume)):
                i = resume
                continue
        found = segment.marker_at(line)
        if (found and found[2] >= len(line) and not found[0].startswith("bullet") and i + 1 < len(lines)
                and not segment.marker_at(lines[i + 1]) and len(lines[i + 1]) <= segment.HEADING_MAX):
            out.append(line + lines[i + 1])
            i += 2
            continue
        if (ORDINAL_ALONE.fullmatch(line.strip()) and i + 1 < len(lines) and not segment.marker_at(lines[i + 1])
                and len(lines[i + 1]) <= segment.HEADING_MAX):
            out.append(line.strip() + " " + lines[i + 1])  # NO.1 / 东莞人大: a place on a board over its name
            i += 2
            continue
        note = LEAD_NOTE.match(line)
        if note and segment.marker_at(line[note.end():].lstrip()):
            # （排名不分先后，序号仅为编号）①甲 ②乙: the note, then the items on a line of their own
            out.append(note.group(0).strip())
            lines = lines[:i] + [line[note.end():].lstrip()] + lines[i + 1:]
            continue
        field = BODY_FIELD.fullmatch(line)
        if field and out and (prior := segment.marker_at(out[-1])) and prior[2] < len(out[-1]) and not (
                prior[0].startswith("bullet") or out[-1].rstrip().endswith(("：", ":", "。")) or "——" in out[-1]
                or BODY_FIELD.search(out[-1]) or HONOUR_END.search(out[-1][prior[2]:].strip())):
            # (▶ 全国检察微信二十强 / 获奖单位：甲: an award over its winner, not a case over its body)
            # （一）服务高质量发展 打造…服务品牌 / 入选单位：省公安厅: the numbered title's body, on the line
            # under it (read as 名称——单位)
            out[-1] += "——" + field.group("body")
            i += 1
            continue
        body = BODY_ALONE.fullmatch(line)
        if body and out and is_body(body.group(1)) and (prior := segment.marker_at(out[-1])) and (
                prior[2] < len(out[-1]) and not out[-1].rstrip().endswith(("）", ")"))):
            out[-1] += line  # 1.智慧高速公路…试点任务 / （河北省交通运输厅）: the item's body, a line under it
            i += 1
            continue
        out.append(line)
        i += 1
    return out


BODY_ALONE = re.compile(r"\s*[（(]([^（）()]{3,40})[）)]\s*")


def clear_caches() -> None:
    """Forget every name located or keyed so far, so that a timing measures a page read cold."""
    for cached in (locate, normalise_name, case_core, segment._marker_at_start, segment._cells, place_prefix):
        cached.cache_clear()


UNIT_AWARD = re.compile(r"集体|单位|组织|团队|班组|部门")


def _lies_in(place: str, region: str) -> bool:
    """大兴区 in 北京市, 任泽区 in 河北省邢台市: a place's name one of whose units the gazetteer puts inside
    the region written out (by the region's code: two digits of a province, four of a prefecture)."""
    where = locate(region)
    if not where.adcode or region_prefix(region) != region:
        return False
    prefix = where.adcode[:2] if where.admin_level == "provincial" else where.adcode[:4]
    return any(code.startswith(prefix) and code != where.adcode for code, _ in gazetteer().names.get(place, ()))


def _place_line(text: str) -> bool:
    """江苏·镇江, 内蒙古, 云南: a line that only says where (places, one inside the other, joined by ·)."""
    parts = [p for p in re.split(r"[·・•]", text) if p]
    return 1 <= len(parts) <= 3 and len(text) <= 14 and all(
        region_prefix(p) == p or informal_region(p) or locate(p).matched == p for p in parts)


def _fold_place_lines(lines: list[str], run) -> None:
    """大兴区 / 北京市 / 遵化市 / 河北省唐山市 …: cards whose second line says where the first lies (each
    place inside the region written under it) are names, each with its region, not twice as many names."""
    if run.shape != "lines" or len(run.items) < 8:
        return
    texts = [name_text(lines, item).strip() for item in run.items]
    pairs = [k for k in range(len(texts) - 1) if region_prefix(texts[k + 1]) == texts[k + 1] and _lies_in(texts[k], texts[k + 1])]
    if len(pairs) < 4 or any(b - a < 2 for a, b in zip(pairs, pairs[1:])) or 2 * len(pairs) < 0.8 * len(texts):
        # 镇江南山体育旅游线路 / 江苏·镇江 / 绩溪徽杭古道 / 安徽·宣城 …: cards giving each name and, in a line of
        # its own under it, only the place it lies in (a province and a city joined by ·)
        head = len(texts) % 2  # (十佳精品线路 over the cards: their label)
        if not all(_place_line(texts[k + 1]) and not _place_line(texts[k]) and len(texts[k]) >= 4
                   for k in range(head, len(texts), 2)):
            return
        if head:
            label = segment.label_of(texts[0]) or texts[0]
            for item in run.items[1:]:
                item.category = item.category or label
            run.items, texts = run.items[1:], texts[1:]
        pairs = list(range(0, len(texts), 2))
    for k in pairs:
        below = run.items[k + 1]
        run.items[k].region = (below.line, below.start, below.end)
        run.items[k].desc.append(below.line)
    dropped = {k + 1 for k in pairs}
    run.items = [item for k, item in enumerate(run.items) if k not in dropped]


AWARD_DASH_HEAD = re.compile(r"^\s*(?P<label>[^——－\-：:，,。；;]{2,30}?)\s*(?:——|－－|--)\s*(?P<value>[^——－：:，,。；;]{2,16})\s*$")


def _award_dash_heads(lines: list[str], run) -> None:
    """最美公共文化空间大奖 / 甲 / 百佳公共文化空间奖——美丽乡村文化空间 / 甲 / 优秀…案例奖——公共阅读空间 / 乙 / 丙:
    an award's title, a dash and the class it was given in, over the lines of its winners, is their
    label (award and class), no winner of its own."""
    if run.shape not in ("lines", "bulleted") or len(run.items) < 4:
        return
    full = [lines[item.line].strip().lstrip("-•· ") for item in run.items]
    dashed = [k for k, line in enumerate(full) if (m := AWARD_DASH_HEAD.match(line)) and segment.AWARD_TITLE.search(m.group("label"))
              and k + 1 < len(full) and not AWARD_DASH_HEAD.match(full[k + 1])]
    if len(dashed) < 2:
        return
    # (最美公共文化空间大奖 among them, an award given in no class: a head too)
    heads = set(dashed) | {k for k, line in enumerate(full) if re.fullmatch(r"[^，,。；;：:、]{2,16}奖", line)
                           and k + 1 < len(full) and k + 1 not in dashed}
    label = None
    for k, item in enumerate(run.items):
        if k in heads:
            label = full[k]
        elif label is not None:
            item.category = label  # (the nearest head above, whatever label the reading gave it before)
    run.items = [item for k, item in enumerate(run.items) if k not in heads]


def _place_heads(lines: list[str], run) -> None:
    """成都市 / 锦江区 / 青羊区 / 攀枝花市 / 米易县 …: one name to a line, each city (or province: 湖北省 /
    宜昌市…社区 / 云南省 / 临沧市…社区) over the places that lie in it — the heads of the groups (each
    group's category), no entries of their own."""
    if run.shape != "lines" or len(run.items) < 6:
        return
    texts = [name_text(lines, item).strip() for item in run.items]

    def city(text: str) -> bool:
        where = locate(text)
        return where.admin_level in ("prefectural", "provincial") and where.matched == text

    def inside(text: str, head: str) -> bool:
        short = re.sub(r"(?:省|市|地区|盟|[\u4e00-\u9fff]{0,6}自治[州区])$", "", head)
        if _lies_in(text, head) or (len(short) >= 2 and text.startswith(short) and text != head):
            return True
        where, over = locate(text), locate(head)  # (宜昌市…街道港务社区 under 湖北省: a place written out from its city)
        prefix = (over.adcode or "")[:2 if over.admin_level == "provincial" else 4]
        return bool(prefix and where.adcode) and where.adcode.startswith(prefix) and where.adcode != over.adcode

    heads = [k for k, text in enumerate(texts) if city(text) and k + 1 < len(texts) and inside(texts[k + 1], text)]
    if len(heads) < 2 or heads[0] != 0:
        return
    groups = list(zip(heads, heads[1:] + [len(texts)]))
    members = [(j, texts[h]) for h, end in groups for j in range(h + 1, end)]
    if not members or sum(inside(texts[j], head) for j, head in members) < 0.8 * len(members):
        return
    for j, head in members:
        run.items[j].category = head
    run.items = [item for k, item in enumerate(run.items) if k not in set(heads)]


def extract_cases(text: str, title: str | None = None, published_at: str | None = None,
                  site: str | None = None) -> dict:
    """``{"lists": [...], "cases": [...]}`` for an article body (paragraphs separated by newlines);
    ``site`` is the publishing site's name, the region of bodies a page names relatively (区环保局)."""
    # lines with no word in them (—— · ——, · · ·) are decoration: they neither hold nor break a list
    # an encyclopedia's citation marks ([4]) end lines that are otherwise sentences or names
    # (a table's rule under its header, |---|, stays: it marks the header)
    orig = [CITATION.sub("", ln.strip()) for ln in _nested_labels(_reflow_wrapped((text or "").split("\n")))
            if (re.search(r"\w", ln) and not PAGE_NUMBER.match(ln)) or segment.RULE_ROW.match(ln)]
    orig = [_unglue_ranks(line) for line in _join_chip_bullets(_join_bare_markers(_batch_bullets(_join_card_fields(_split_gapped_lines(_honour_columns(_text_tables(_slashed_names(_join_colon_lines(
        _unwrap_layout_cells(_rebuild_flat_tables(_rejoin_broken_places(_drop_translations(_drop_caption_labels(_fields_after_names(orig)))))))))))))))]
    simp = [to_simplified(ln) for ln in orig]
    title_simple = to_simplified(title or "")
    denied = any(SELECTION_DENIED.search(line) for line in simp)
    if (CALL_FOR_ENTRIES.search(title_simple) and (not RESULTS_WORDS.search(title_simple) or re.match(
            r"^关于开展[^。]{0,60}(?:活动|工作)的通知$", title_simple))) or (
            CONTEST_CALL.search(title_simple) and not RESULTS_NAMED.search(title_simple)):
        # a call for entries lists what may be entered, never winners (关于开展…评选表彰活动的通知: its
        # 表彰 is to come)
        return {"lists": [], "cases": []}
    if HOT_READS.search(title_simple):
        return {"lists": [], "cases": []}  # 本周热读榜, 阅读排行: a site's most-read articles, headlines not cases
    site_province = locate(to_simplified(site or "")).province if site else None
    reference_year = int(published_at[:4]) if published_at and published_at[:4].isdecimal() else None
    page_ranked = ranked("\n".join(simp)) if simp else True

    claimed: set[int] = _issuer_lines(simp)  # (the bodies over a document's number issue it; they won nothing)
    holders: dict[int, list[Run]] = {}  # line -> the accepted runs that hold it
    held_by: dict[int, set[int]] = {}  # id(run) -> the lines it claimed
    accepted: list[Run] = []
    singles: list[tuple[Run, str, str]] = []  # one-item runs no list took: (run, its name, the line above)
    deferred: list[tuple] = []  # runs that failed only for want of words about a list: scored again beside their siblings
    candidates = candidate_runs(simp)
    headings = _heading_runs(simp, candidates)
    for run in candidates:
        _fold_place_lines(simp, run)
        _place_heads(simp, run)
        _award_dash_heads(simp, run)
        if len({item.category for item in run.items}) > 1:
            # 省双拥模范单位 / - 甲 … 省双拥先进个人（5名） / - 张三: the people under an award for people are
            # no cases, beside the units under theirs
            run.items = [item for item in run.items if not (item.category and "个人" in item.category
                                                            and not UNIT_AWARD.search(item.category))] or run.items
        if run.shape == "lines" and len(run.items) >= 3 and COLUMN_HEADER.fullmatch(name_text(simp, run.items[0]).strip()):
            run.items = run.items[1:]  # 单位名称 / 甲 / 乙: a table's header, flattened over its column
        used = run.lines()
        if run.shape == "inline" and run.trigger and (run.counted or all(item.rank for item in run.items) or (
                len(run.items) >= 3 and ALSO_WON.search(simp[run.first_line])
                and all(is_body(name_text(simp, item)) for item in run.items)) or _praised_places(simp, run)) and used & claimed:
            # (…的获奖单位还有甲、乙和丙 under the last item: more winners, no description of it)
            # (…武汉排第12名，合肥第16名… under the last item: a sentence ranking names of its own)
            above_items = [item for line in used & claimed for r in holders.get(line, ()) for item in r.items
                           if item.line < run.first_line]
            _release_descriptions(used & claimed, holders, claimed)  # (…3个村一并上榜 under the last numbered item)
            if above_items and not any(item.category for item in run.items):
                last = max(above_items, key=lambda item: item.line)
                for item in run.items:  # (the section the list above stands in is the sentence's too)
                    item.category = last.category or last.shared_label
        inner = _holding(used & claimed, holders) if used & claimed else []
        covered = _covered_runs(run, used, inner, simp) if inner else []
        if inner and not covered and _beside_award_clauses(run, inner):
            covered = [run]  # (nothing to replace: it stands beside them)
        if used & claimed and not covered and run.shape == "line of names" and len(
                {item.category for item in run.items if item.line not in claimed} - {None}) >= 2 and sum(
                item.line not in claimed for item in run.items) >= 6:
            # 【文明城市】 甲、乙 / 【文明村镇】 丙、丁、… / 【文明单位】 … whose last lines a reading of plain
            # lines took first: the labelled lines it did not take are still this run's
            run.items = [item for item in run.items if item.line not in claimed]
            used = run.lines()
        if (used & claimed and not covered) or id(run) in headings or (
                run.top_line > 0 and REFERENCES.match(simp[run.top_line - 1])) or (
                run.shape == "lines" and REFERENCES.match(simp[run.items[0].line])):  # (热点新闻 / headlines: its own box)
            continue  # (a run under 参考资料 / 相关新闻 cites or links; it lists no cases)
        if run.top_line > 0 and _introduces_parts(simp[run.top_line - 1]):
            continue  # 栏目下的主要内容包括：…: the parts of one thing, not a list of cases
        if run.top_line > 0 and (STEPS_HEADING.search(_unmarked(simp[run.top_line - 1]).strip(" ：:"))
                                 or POINTS_INTRO.search(simp[run.top_line - 1].strip())
                                 or STEPS_INTRO.search(simp[run.top_line - 1].strip())
                                 or _in_steps_section(simp, run.top_line)):
            continue  # under 评审环节 / 申报条件 / 评选看三点：: the steps, terms or criteria of a process, not cases
        if run.shape == "line of names":
            # 湖北省农业农村厅、湖北省乡村振兴局 / 发布2022年度 / …示范乡镇、示范村创建名单 / 全省50个乡镇、500个
            # 行政村纳入其中: a sentence broken into short lines — who issued it, the list's title, its counts
            broken = {line for line in run.lines() if (line + 1 < len(simp) and ISSUED_NEXT.match(simp[line + 1]))
                      or segment.LIST_TITLE_END.search(simp[line].rstrip("。.；; "))
                      or COUNTED_PLACES.match(simp[line].strip())}
            if broken:
                run.items = [item for item in run.items if item.line not in broken]
                if not run.items:
                    continue
                used = run.lines()
        own_lines = {item.line for item in run.items}
        if run.shape in ("numbered", "bulleted", "heading-paragraph") and sum(
                item.line + 1 < len(simp) and item.line + 1 not in own_lines and _over_names(simp[item.line + 1])
                for item in run.items) >= 0.5 * len(run.items):
            continue  # 一、十大创新经验 / 甲“…”、乙“…”、丙“…”: headings over lines of names, not cases
            # (⑴ 第二批：甲、乙 / ⑵ 第三批：丙、丁: the next line is the run's own)
        if run.shape == "bulleted" and run.top_line > 0 and any(
                r.shape == "numbered" and any(item.line == run.top_line - 1 for item in r.items)
                for r in holders.get(run.top_line - 1, ())):
            continue  # 1、银川市—…至简城市 / ●“一枚印章”管审批 / ●…: a case's own points under it, not cases
        for item in run.items:
            itemise(simp, item)
        _province_column(simp, run)
        _dash_owners(simp, run)
        _alike_brackets(simp, run)
        _leading_tags(simp, run)
        run.items = [part for item in run.items if item.end > item.start
                     for part in (_split_ties(simp, item) if run.shape in TIE_SHAPES
                                  else _split_joined_places(simp, item) if run.shape == "inline" else [item])]
        if not run.items:
            continue
        if run.shape in PAIR_SHAPES and len(run.items) >= 2 and sum(
                _counted_rest(simp, item) for item in run.items) >= 0.6 * len(run.items):
            continue  # - 先进集体：20个 / - 优秀案例：30个: how many each list holds, not who is on it
        if (len(run.items) == 2 and run.shape in PAIR_SHAPES and run.top_line > 0
                and _announces_two(simp[run.top_line - 1]) and (all(_pair_item(simp, item) for item in run.items)
                                                                 or _of_the_kind_announced(simp[run.top_line - 1], simp, run))):
            run.trigger = True  # 一等奖名单如下：/ 两个获奖账号的情况如下。 over two items
        elif (len(run.items) == 2 and run.shape in PAIR_SHAPES + ("heading-paragraph",) and run.top_line <= LEAD_LINES and title_simple
              and COUNTS_TWO.search(title_simple) and LIST_WORDS.search(title_simple)
              and all(looks_like_case(name_text(simp, item)) and not LABEL_END.search(name_text(simp, item))
                      for item in run.items)):
            run.trigger = True  # 两个居民区工作法入选… over the lead's two lines naming them
        elif (len(run.items) == 2 and run.shape in PAIR_SHAPES and run.top_line > 0
              and segment.LABEL_BRACKETS.match(simp[run.top_line - 1]) and title_simple and LIST_WORDS.search(title_simple)
              and all(looks_like_case(name_text(simp, item)) and not LABEL_END.search(name_text(simp, item))
                      for item in run.items)):
            run.trigger = True  # 【全国优秀社区工作法】 over two cases, under a title about the list
        elif (len(run.items) == 2 and run.shape in PAIR_SHAPES and run.top_line > 0 and title_simple
              and LIST_WORDS.search(title_simple) and _batch_heading_above(simp, run.top_line)
              and all(is_body(name_text(simp, item)) for item in run.items)):
            run.trigger = True  # 第二批实验校 / 2016年12月公布。 / - 甲学院 / - 乙学院: a batch's two bodies
        elif (len(run.items) == 2 and run.shape == "heading-paragraph" and _batch_section_above(simp, run.top_line)
              and all(is_body(name_text(simp, item)) for item in run.items)):
            run.trigger = True  # 一、全国第三批“枫桥式公安派出所” (and a paragraph on it) over two bodies, each heading its story
        elif (len(run.items) == 2 and run.shape in ("line of names", "quoted") and run.top_line > 0
              and segment.LABEL_BRACKETS.match(simp[run.top_line - 1])
              and all(QUOTED_NAME.fullmatch(name_text(simp, item).strip()) for item in run.items)):
            run.trigger = True  # 【全国十佳】 over “甲” “乙” on one line: the label's two winners
        if len(run.items) == 2 and run.shape == "heading-paragraph" and all(
                QUOTED_PART.search(name) and classify_channel(name) != "other"
                for name in (name_text(simp, item) for item in run.items)):
            run.trigger = True  # “文明江西”微信公众号 / “文明江西”官方微博, each over its paragraph
        if run.shape == "heading-paragraph" and len(run.items) >= 2 and all(item.won for item in run.items):
            run.trigger = True  # 保定市：…试点城市 / its story: each heading names the honour its winner won
        if run.shape == "heading-paragraph":
            _keep_awarded(simp, run)
            if sum(bool(item.category and segment.AWARD_TITLE.search(item.category)) for item in run.items) >= max(
                    2, 0.5 * len(run.items)):
                run.trigger = True  # 最具人气政府网站——商务部 over its paragraph: each heading names an award's winner
        if run.shape in ("lines", "bulleted"):
            _edition_labels(simp, run)
        if len({item.category for item in run.items}) > 1:
            # 一、报送及时的单位：甲、乙 / 二、重视不够、信息质量较差的单位：丙、丁: those a notice criticises under
            # their own label are no cases beside the praised
            blamed = {item.category for item in run.items if item.category and BLAMED_LABEL.search(item.category)}
            if blamed and any(item.category not in blamed for item in run.items):
                run.items = [item for item in run.items if item.category not in blamed]
        if len({item.category for item in run.items}) > 1:
            # 【先进集体】 甲法庭 … 【先进个人】 张三　乙法庭庭长 …: the people under their own label are no cases
            # (钟家勇等25名委员: a person and how many more; nine people with their posts under 全国三八红旗手,
            # one post worded unlike the others: still people)
            personal: dict[str, list[bool]] = {}
            for item in run.items:
                if item.category and segment.PEOPLE_AWARD.search(item.category):
                    name = name_text(simp, item)
                    personal.setdefault(item.category, []).append(
                        looks_like_person(PEOPLE_COUNTED.sub("", name)) or _bare_personal(name))
            people = {category for category, flags in personal.items()
                      if all(flags) or (len(flags) >= 4 and sum(flags) >= 0.75 * len(flags))}
            if people and any(item.category not in people for item in run.items):
                run.items = [item for item in run.items if item.category not in people]
        # 参考资料[编辑] / - ^ 长治日报：…: an encyclopedia's references under the list, no entries of it
        run.items = [item for item in run.items if not REFERENCE_SECTION.match((item.category or "").strip())
                     and not REFERENCE_SECTION.match(name_text(simp, item))
                     and not simp[item.line].lstrip("-•· ").startswith(("^", "↑"))] or run.items
        tags = [item for item in run.items if TAG_LABEL.match((item.category or item.shared_label or "").strip())
                or SEE_ALSO.fullmatch((item.category or item.shared_label or "").strip("【】[] ：:"))]
        if tags and len(tags) < len(run.items):
            # (优秀 / 甲 … 标签： / 产业转型: the page's tags; 参见 / - 老年友好型社会: its links to other entries)
            run.items = [item for item in run.items if item not in tags]
        if len(run.items) > 1 and run.shape in ("line of names", "lines"):
            # 上海市杨浦区人民政府办公室 over 2021年4月9日, the run's first line: the notice's signature
            signed = [item for item in run.items if _signs(simp, item.line)]
            if signed and len(signed) < len(run.items):
                run.items = [item for item in run.items if item not in signed]
        _drop_shared_tails(simp, run)
        names = [judged_text(simp, item) for item in run.items]
        above = run.top_line - 1
        if above >= 0 and run.shape in ("bulleted", "numbered", "lines") and ALSO_CHOSEN.search(simp[above]):
            run.trigger = True  # 与我们一同入选的还有： over two bullets: the line says they were chosen too
        if above > 0 and (segment.is_note_line(simp[above]) or (
                segment.ORDER_NOTE.search(simp[above]) and simp[above].lstrip().startswith(("（", "(")))
                or (len(simp[above]) <= 60 and ORDER_SENTENCE.search(re.sub(r"[（(][^（）()]*[）)]", "", simp[above]))
                    and not re.search(r"如下|以下|下列", simp[above]) and segment.label_of(simp[above - 1]))):
            # (按报告中出现的先后列出，序号仅作计数，不代表名次： under 中国上榜城市: a note on the order, the label above it)
            above -= 1  # （排名不分先后）, （全场20个，这里只列7个）between a label and its names: the label stands above them
            if run.shape in PAIR_SHAPES and (
                    segment.LABEL_BRACKETS.match(simp[above]) and LIST_WORDS.search(simp[above])
                    or len(simp[above].strip()) <= segment.LABEL_MAX and not segment.is_sentence(simp[above])
                    and segment.AWARD_TITLE.search(simp[above]) and not segment.PEOPLE_AWARD.search(simp[above])):
                run.trigger = True  # 【首批…示范区】 or 入围奖 /（排名不分先后）/ ① …: the label names the list
        elif run.shape in PAIR_SHAPES and above > 0 and segment.ORDER_NOTE.search(simp[above]) and (
                label := segment.label_of(re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", simp[above]))) and (
                segment.AWARD_TITLE.search(label) and not segment.PEOPLE_AWARD.search(label)):
            run.trigger = True  # 年度最具影响力政务新媒体平台（排名不分先后） / 甲 / 乙 / 丙: the label names an award and its order
        if above > 0 and (segment.LABEL_BRACKETS.match(simp[above]) or (
                run.items[0].category and run.items[0].category in simp[above])):
            above -= 1  # the sentence that announces the run stands above its first category label
        near = "\n".join(simp[max(0, above): run.first_line + 1])
        if run.shape == "quoted" and segment.is_paragraph(simp[run.first_line]) and not (
                above >= 0 and simp[above].rstrip().endswith(("：", ":"))):
            near = simp[run.first_line]  # quoted words inside a paragraph: that paragraph must speak of a list
        # ▍全国法治政府建设示范市 over the names: the sentence above the label announces them
        # (获评的27个栏目如下： / 2012年度…特色栏目 / the names: a list's own title between them)
        announce = simp[above - 1] if above > 0 and (segment._bracket_label(simp[above]) or (
            segment.is_heading(simp[above]) and simp[above - 1].rstrip().endswith(("：", ":")))) else ""
        if not announce and above > 0 and run.shape == "line of names" and (segment.is_heading(simp[above]) or (
                (mark := segment.marker_at(simp[above].strip())) and mark[0] in ("cn", "paren-cn") and len(simp[above].strip()) <= 40)) \
                and re.search(r"(?:整理|列出|汇总|摘录)如下", simp[above - 1]):
            # …入选名单… / 小编按省份整理如下。… / 一、北京市 / 景区：甲、乙: the paragraphs above the first
            # section hand the list over, section by section
            announce = "\n".join(simp[max(0, above - 2): above])
        if run.shape == "inline" and run.trigger:  # 紧随其后的是…: the sentence goes on from the list above it
            announce += "\n".join(simp[max(0, above - 3): above])
        scored = (run, names, _context(simp, run, title_simple), near, [name_text(simp, item) for item in run.items], announce)
        # 这只是人口规模的排序…也不是任何评选结果: the page says itself that its lists chose nothing
        run.score = 0.0 if denied or _signature(simp, run) else score_run(*scored)
        if not run.score:
            if len(run.items) == 1:
                singles.append((run, names[0], simp[above] if above >= 0 else ""))
            elif run.shape in SECTION_SHAPES:
                deferred.append(scored)
            continue
        _drop_shared_notes(simp, run)  # (after scoring: 北京（35家）、上海（25家）… counts what each holds)
        _drop_strays(simp, run)
        if len({item.category for item in run.items}) > 1 and run.shape == "line of names":
            # 一、综合评价前10名 / 甲、乙… / 二、评价维度 / 数字经济、数字政府…: the line under the criteria is none
            run.items = [item for item in run.items
                         if not (item.category and STEPS_HEADING.search(_unmarked(item.category).strip(" ：:")))]
        if not run.items:
            continue  # every item was a stray
        if len(run.items) < 3 and not (run.trigger or len({i.category for i in run.items}) > 1
                                       or run.shape.startswith("table")
                                       or (len(run.items) == 2 and all(i.agency for i in run.items))  # (名称——单位 twice)
                                       # (1.四川省构建…机制 / its story / 2.…: two numbered practices, each told)
                                       or (len(run.items) == 2 and run.shape == "numbered" and all(i.desc for i in run.items)
                                           and all(_told_practice(name_text(simp, i)) for i in run.items))
                                       or chosen_by_label(run, [name_text(simp, item) for item in run.items])):
            continue  # what is left after the strays needs the evidence any run of two needs
        # 广东通报显示, 2020年是第一次发布, 深圳交警在: pieces of a sentence among the names (left out
        # after the run is judged: the run's evidence is its names and the sentences around them)
        run.items = [item for item in run.items if QUOTED_PART.search(name_text(simp, item))
                     or not CLAUSE_PIECE.search(name_text(simp, item).strip())]
        if not run.items:
            continue
        if covered and covered != [run]:  # the earlier runs were the first lines of this one
            accepted = [r for r in accepted if all(r is not c for c in covered)]
            for c in covered:
                for line in held_by[id(c)]:
                    holders[line] = [r for r in holders.get(line, ()) if r is not c]
                    if not holders[line]:
                        del holders[line]
                        claimed.discard(line)
        claimed |= used
        for line in used:
            holders.setdefault(line, []).append(run)
        held_by[id(run)] = used
        accepted.append(run)
    # a section of a list whose sibling section was accepted (一、省级层面 / 二、设区市层面); again while one
    # is taken, so that (1) and (2) follow (3) when only (4) was taken at first
    taken = True
    while taken and deferred:
        taken, waiting = False, []
        for scored in deferred:
            run = scored[0]
            if run.lines() & claimed:
                continue
            if not _sibling_section(simp, run, accepted):
                waiting.append(scored)
                continue
            if len(run.items) == 2 and run.shape in PAIR_SHAPES:
                run.trigger = True  # (two items under a section of the list: as many as that section names)
            run.score = score_run(*scored, sibling=True)
            if run.score:
                _drop_shared_notes(simp, run)
                _drop_strays(simp, run)
                if len(run.items) >= 2:
                    claimed |= run.lines()
                    accepted.append(run)
                    taken = True
        deferred = waiting
    # | 省份 | 创建县 | / | 北京市 | 平谷区 | under 二、规模养殖类, after a table of the same header accepted
    # under 一、…: the next section's table, one row long (the rest left out by the page)
    headers = {simp[run.top_line].strip() for run in accepted if run.shape == "table" and run.top is not None}
    for single in list(singles):
        run = single[0]
        if run.shape == "table" and run.top is not None and simp[run.top_line].strip() in headers \
                and not run.lines() & claimed and looks_like_name(single[1]):
            run.score = 0.7
            claimed |= run.lines()
            accepted.append(run)
            singles.remove(single)
    sectioned = _sectioned_singles(simp, singles, claimed) or _numbered_case_singles(simp, singles, claimed, title_simple)
    if sectioned:  # 第一 2024年度…精品 / 甲：“乙” / … 第二 …: one case under each numbered section
        accepted.extend(sectioned)
    elif not accepted:  # no list on the page: the one case a news item is about, if it names one
        accepted = _single_case(simp, singles, title_simple)
    if not accepted and title_simple and (titled := _titled_case(title_simple, simp)):
        # “泉民市监”位列全国…第13名 as the title, the body naming the account only by its body: the
        # title's own sentence is the case (kept as a line after the text, so no line moves)
        orig.append(title or "")  # (read from simp where the two differ in length, as every line is)
        simp.append(title_simple)
        accepted = [titled]
    elif title_simple and (titled := _titled_case(title_simple, simp)) and _also_titled(simp, accepted, titled, title_simple):
        # “马鞍山发布”入选…十大创新案例 over a story of it and a box of the list's other cases: the
        # title's case is the page's, the box's are the list's others
        if titled.items[0].line == len(simp):
            orig.append(title or "")
            simp.append(title_simple)
        accepted.append(titled)
    elif all(run.shape == "award sentence" for run in accepted):
        # a prize named in the prose under a case the page marks (排名1 over its title, 案例一：…) is the
        # case's story, not another case
        marked = _single_case(simp, singles, title_simple, marked_only=True)
        if marked and marked[0].first_line < accepted[0].first_line:
            accepted = marked
    accepted.sort(key=lambda run: (run.first_line, run.items[0].start))
    # 天津市滨海新区位列名单首位 above a table holding 滨海新区 (or a sentence listing it, 依次为甲、乙…): the
    # award sentence speaks of a case of the list
    listed = {normalise_name(name_text(simp, item)) for run in accepted if run.shape != "award sentence" for item in run.items}
    for run in accepted:  # (甲、乙、丙获评…, then 甲 and 丙 each given in full: 乙 stays in the sentence's run)
        if run.shape == "award sentence":
            run.items = [item for item in run.items if not any(  # (佛山市网站名列前三 over a table holding 佛山市)
                normalise_name(name_text(simp, item)).endswith(name) or CHANNEL_SUFFIX.sub("", normalise_name(
                    name_text(simp, item))) == name
                # (宁德市政府门户网站…位列第一 over a table holding 宁德市人民政府门户网站)
                or normalise_name(name_text(simp, item)).replace("人民政府", "政府") == name.replace("人民政府", "政府")
                or CHANNEL_SUFFIX.sub("", name) == normalise_name(name_text(simp, item))  # (质检总局 for 质检总局网站)
                # (自治区党委督查室…进入了互动增速榜 over a list holding 内蒙古自治区党委督查室: the name without its province)
                or (len(normalise_name(name_text(simp, item))) >= 6 and name.endswith(normalise_name(name_text(simp, item))))
                for name in listed if len(name) >= 2)]
    accepted = [run for run in accepted if run.items]
    _snap_mentions(simp, accepted)
    accepted = _without_agency_summaries(simp, accepted)
    _categories_from_headings(simp, accepted)

    # A name counts once per category on a page: a summary naming cases before the full list
    # counts them once, in the fuller run; the same account under two categories is two entries,
    # and so is a name on two lists printed under headings of their own (2014年评估 / 2016年评估).
    accepted = _without_summaries(simp, accepted)
    accepted = _without_write_ups(simp, accepted)
    commentary = _commentary(simp, accepted)
    owner, owner_categories = _owners(simp, accepted, commentary)  # a remark owns none of the names it repeats
    section = _sections(simp, accepted)
    pages = PageLists(simp, title_simple)
    lists: list[dict] = []
    cases: list[dict] = []
    emitted: set = set()
    printed: dict = {}
    for k, run in enumerate(accepted):
        if k in commentary:
            continue
        lst = pages.list_for(run.first_line)
        if lst and lst not in lists:
            lists.append(lst)
        position = 0
        run_cases: list[dict] = []
        if run.shape in LABELLED_SHAPES and not any(item.category or item.shared_label for item in run.items):
            label = _label_above(simp, run.top_line)
            for item in run.items:
                item.shared_label = label  # 2012年度…特色栏目 over its lines: the label is each case's category
        run_keys = [normalise_name(name_text(simp, item)) for item in run.items]
        for item in run.items:
            name = name_text(simp, item)
            key = normalise_name(name)
            # another run holds this name: a repeat (a summary) unless each run gives it its own
            # category, or each stands under a heading of its own
            held = [(x, owner[x]) for x in (key, place_key(name)) if x and owner.get(x, k) != k]
            # (甲、乙 under a label of its own, not in a sentence: not the list above's)
            label = item.category or (item.shared_label if run.shape not in PROSE_SHAPES and item.shared_label
                                      and item.shared_label not in simp[item.line] else None)
            repeat = any((label is None or _summarises(run) or label in owner_categories[(x, elsewhere)])
                         and not (section[k] is not None and section[elsewhere] is not None
                                  and section[k] != section[elsewhere])
                         for x, elsewhere in held)
            # ①上海市（准备度）②上海市（平台层）: one name on one run under notes that set it apart —
            # one entry each (a repeat without such a note is still one)
            note = DIMENSION_NOTE.match(simp[item.line], item.end)
            apart = note.group(1) if note and run_keys.count(key) > 1 else None
            if run.shape == "praised lines":
                apart = item.line  # (永州市 praised on two lines: two recognitions, one entry each)
            elif apart is None and item.agency and run_keys.count(key) > 1:
                # 国际贸易“单一窗口”——上海自贸试验区 / …——福建自贸试验区: one name, each body's own case
                apart = normalise_name(simp[item.agency[0]][item.agency[1]:item.agency[2]])
            if repeat or (key, item.category, section[k], apart) in emitted:
                continue
            if ORGANISER_ROLE.search((item.category or item.shared_label or "").strip(" ：:【】")) and (
                    is_body(name_text(simp, item)) or is_central(name_text(simp, item))):
                continue  # (联合发文单位 / 住房和城乡建设部 / 文化和旅游部: who issued the list, under its label)
            emitted.add((key, item.category, section[k], apart))
            position += 1
            if item.rank is None and run.numbered and page_ranked:
                item.rank = item.number
            elif not page_ranked and item.rank is not None and BARE_ORDINAL.match(simp[item.line]):
                item.rank = None  # 第一　甲 under 序号只是编排的先后: an ordinal that numbers, which the page says ranks nothing
            case = case_fields(orig, simp, item, reference_year)
            if not case["province"] and case["admin_level"] != "central" and (placed_in := _heading_province(simp, run, item.line)):
                case["province"] = placed_in
            case["category"] = _as_printed(case["category"], simp, orig, printed, item.line)
            case.update({
                "list": lst["name"] if lst else None,
                "list_year": lst["year"] if lst else None,
                "list_organisers": lst["organisers"] if lst else [],
                "position": position,
                "shape": run.shape,
            })
            run_cases.append(case)
        _inherit_province(run_cases, lst, title_simple, site_province)
        cases.extend(run_cases)
    # bodies named relatively (省医保局, 教育厅, 市司法局) on a page whose placed cases all lie in one
    # province are that province's
    counts = Counter(c["province"] for c in cases if c["province"])
    placed = set(counts)
    if not placed and cases:  # none placed: the place the lead speaks of (近日，长沙县通报了…) is theirs
        placed = {locate(line).province for line in simp[:LEAD_LINES] if line} - {None}
    elif len(placed) > 1 and (top := counts.most_common(1)[0])[1] >= 4 * (sum(counts.values()) - top[1]):
        placed = {top[0]}  # (one body placed in 澳门 among five or more cases in 广东: the page is still about 广东)
    if len(placed) > 1 and cases:
        # 张家口…名单 over 吉安社区 and 长春路社区: the title's or lead's one province, when every case placed
        # elsewhere is a community named after a place
        said = {locate(line).province for line in [title_simple, *simp[:LEAD_LINES]] if line} - {None}
        if len(said) == 1 and all(c["province"] in said or not c["province"] or NAMED_AFTER_PLACE.match(to_simplified(c["name"]))
                                  for c in cases):
            placed = said
    if len(placed) == 1:
        province = next(iter(placed))
        # most of the page's cases placed in one province, or its title or lead naming it: a page
        # about that province, whose other cases (徐圩新区, 三灶故事连锁大讲堂) lie in it too
        share = sum(bool(c["province"]) for c in cases) / len(cases)
        opening = [title_simple, *simp[:LEAD_LINES]]
        lead = {locate(line).province for line in opening if line} - {None}
        # 城关区智慧教育示范校… (Lanzhou's or Lhasa's) over cases placed in 甘肃省: the title names the
        # province of its list, as 2022成都市… would
        titled = not lead and _may_lie_in(title_simple, province)
        if not lead and any(_may_lie_in(line, province) for line in opening if line):
            lead = {province}
        whole_page = share >= 0.5 or lead == {province}
        # bureaus named by their field alone (教育局, 公积金中心) are the place's own, unless the page
        # lists central bodies (商务部, 质检总局): then 林业局 is the national one
        bare = not any(c["admin_level"] == "central" for c in cases)
        for case in cases:
            name = to_simplified(case["agency"] or case["name"])
            if case["province"] and case["province"] != province and whole_page and NAMED_AFTER_PLACE.match(to_simplified(case["name"])):
                # 吉安社区, 长春路社区 among 张家口's communities: a community named after a city elsewhere lies
                # where the page's others do
                case.update({"province": None, "city": None, "district": None, "adcode": None, "longitude": None,
                             "latitude": None, "admin_level": None})
            if not case["province"] and case["admin_level"] != "central" and (
                    titled or (whole_page and not case["agency"])  # (a body the page names is placed by its own name)
                    or _relative(name) or (bare and _bare_bureau(name))
                    or _may_lie_in(name, province)):  # (鼓楼区, Nanjing's or Fuzhou's, beside 秦淮区)
                case["province"] = province
    return {"lists": lists, "cases": cases}


BATCH_WORD = re.compile(r"首批|第[一二三四五六七八九十\d]{1,2}批")
# (a short line: 发布方介绍，… or 发布会上，… starts a paragraph of its own)
ISSUED_NEXT = re.compile(r"^(?:联合|共同|正式|近日|日前)?(?:发布|公布|印发|下发|宣布|出台|公示|通报)(?![方会者人期]|时间|日期|截止|电话|地址)[^，。；]{0,24}$")
COUNTED_PLACES = re.compile(r"^(?:全省|全市|全国|全区|全县|共)?\d{1,4}\s*个[\u4e00-\u9fff]{1,6}、(?:\d{1,4}\s*个)")
# a community or village named after a place without that place's level word (吉安社区, 中山大街社区)
NAMED_AFTER_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:路|大街|街|里|新村)?(?:社区|村)(?:居委会|村委会)?$")
BLAMED_LABEL = re.compile(r"(?:不够|较差|不足|不及时|滞后|落后|偏低|较低|不到位|未达标|不合格|较慢|待改进)[^，。；]{0,8}(?:的)?(?:单位|部门|账号|网站|乡镇|县区)?[：:]?$"
                          # 案件处置差的单位, 案件处置差的乡、镇、办: those a notice names for doing badly
                          r"|(?:处置|办理|表现|工作|成绩|得分)(?:较)?差的[^，。；]{0,8}[：:]?$")
LEAD_LINES = 4  # the lines a page opens with, where it says which place it speaks of


def _sectioned_singles(lines: list[str], singles: list, claimed: set[int]) -> list[Run]:
    """Three or more one-item runs, each right under a numbered section heading (第一 …, 第二 …; 一、…)
    of one kind and numbered one after another, that names an honour or a list: a page that gives
    one case of each recognition under its own heading. Each case takes its heading as category."""
    found = []
    for run, name, _ in singles:
        top = run.top_line
        if top < 1 or run.lines() & claimed or not (looks_like_case(name) or QUOTED_PART.search(name)):
            continue
        marked = segment.marker_at(lines[top - 1])
        label = segment.label_of(lines[top - 1]) if marked else None
        if marked and label and marked[0] in ("ord", "cn", "paren-cn"):
            found.append((marked[0], marked[1], run, label))
    if len(found) < 3 or len({kind for kind, *_ in found}) != 1 or sum(
            bool(LIST_WORDS.search(label) or segment.AWARD_TITLE.search(label)) for *_, label in found) < 0.5 * len(found):
        return []  # (most headings name what was recognised: 名单, 优秀…, …奖)
    numbers = [n for _, n, _, _ in found]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    for _, _, run, label in found:
        for item in run.items:
            item.category = item.category or label
    return [run for _, _, run, _ in found]


def _numbered_case_singles(lines: list[str], singles: list, claimed: set[int], title: str) -> list[Run]:
    """案例一：甲 / its sections / 案例二：乙 / …: two or more cases, each heading its own write-up
    (基本情况, 主要做法 under it), numbered one after another, on a page whose title or lead speaks of
    a list — each a case, though no run holds two of them."""
    found = []
    for run, name, _ in singles:
        marked = segment.marker_at(lines[run.first_line])
        if marked and marked[0] == "case" and not run.lines() & claimed and (is_body(name) or looks_like_case(name)):
            found.append((marked[1], run))
    numbers = [n for n, _ in found]
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))) or not (
            LIST_WORDS.search(title) or any(LIST_WORDS.search(line) for line in lines[:LEAD_LINES])):
        return []
    return [run for _, run in found]


def _single_case(lines: list[str], singles: list[tuple[Run, str, str]], title: str, marked_only: bool = False) -> list[Run]:
    """The first one-item run the page marks as the case it reports (see ``score.single_case``);
    ``marked_only``: only one numbered or ranked as a case (案例一, 排名1)."""
    lead = "\n".join(lines[:LEAD_LINES])
    if marked_only:
        singles = [s for s in singles if CASE_NUMBER.match(lines[s[0].first_line]) or segment.RANK_LABEL.search(s[2].strip())]
    for run in segment.single_line_runs(lines):
        if marked_only and not (CASE_NUMBER.match(lines[run.first_line]) or (
                run.first_line and segment.RANK_LABEL.search(lines[run.first_line - 1].strip()))):
            continue
        itemise(lines, run.items[0])
        top = run.first_line
        singles.append((run, judged_text(lines, run.items[0]), lines[top - 1] if top else ""))
    # (on one line, the reading that took its label and its agency apart comes first)
    for run, judged, above in sorted(singles, key=lambda s: (s[0].first_line, s[0].shape != "single", s[0].items[0].start)):
        item = run.items[0]
        if title and re.sub(r"\s+", "", name_text(lines, item)) == re.sub(r"\s+", "", title):
            continue  # (the page's headline printed again under its breadcrumb: the article, no case of it)
        # “萧山战疫——…系统” / 它…被评为全国…优秀案例: the line below says it was chosen
        said_below = item.line + 1 < len(lines) and bool(CHOSEN_BELOW.match(lines[item.line + 1]))
        if single_case(name_text(lines, item), judged, lines[item.line], above, title, lead, run.asserted or said_below):
            run.trigger = True
            if item.category and CHOSEN.search(item.category):
                item.category = None  # 获奖项目：… says it was chosen, not what for
            return [run]
    return []


CHOSEN = re.compile(r"^(?:入选|获奖|获评|上榜|推荐|申报|入围)?(?:案例|项目|应用|单位|作品|场景|成果)(?:名称)?$")
CHOSEN_BELOW = re.compile(r"^(?:它|该(?:系统|平台|项目|案例|应用|做法)|这(?:个|一|套)(?:系统|平台|项目|案例|应用|做法)?)"
                          r".{0,150}?(?:被评为|获评|入选|荣获|获得[^。！？]{0,20}奖)")  # (its paragraph, a sentence or two on)


def _snap_mentions(lines: list[str], runs: list[Run]) -> None:
    """An account named with @ in prose ends where the text leaves no telling (@武汉市文化和旅游局的博文
    stops at 和, @平安湖北行文严谨 runs on): where the page lists the account elsewhere, the mention
    is that name."""
    known = sorted({name_text(lines, item) for run in runs if run.shape != "mentions" for item in run.items},
                   key=len, reverse=True)
    if not known:
        return
    for run in runs:
        if run.shape != "mentions":
            continue
        for item in run.items:
            line = lines[item.line]
            name = next((k for k in known if len(k) >= 2 and line.startswith(k, item.start)), None)
            if name:
                item.end = item.start + len(name)


PROSE_SHAPES = ("inline", "quoted", "mentions", "award sentence", "praised prose")


SUMMARY_LABEL = re.compile(r"^(?:本期|本文|本次)?(?:盘点|速览|概览|一览|导读|摘要|要点|看点|目录)$")


def _summarises(run: Run) -> bool:
    """Every item of the run under a summary's label (本期盘点, 速览, 导读): a preview of the entries below."""
    return all((label := item.category or item.shared_label) and SUMMARY_LABEL.match(label.strip(" ：:【】"))
               for item in run.items)


def _owners(lines: list[str], runs: list[Run], left_out: set[int] = frozenset()) -> tuple[dict, dict]:
    """Which run holds each name (the fullest run naming it), and the categories it gives it."""
    owner: dict[str, int] = {}
    owner_categories: dict[tuple[str, int], set] = {}
    # a list printed as a list holds its names before a sentence that names them too; then the fuller
    # (本期盘点：①甲 ②乙 ③丙 over the entries: a summary's label says the run is the summary)
    for k, run in sorted(enumerate(runs), key=lambda kr: (kr[1].shape in PROSE_SHAPES, _summarises(kr[1]),
                                                          -len(kr[1].items))):
        if k in left_out:
            continue
        for item in run.items:
            name = name_text(lines, item)
            # a summary may name a case by its product alone (“随申办” for “随申办”移动端), a
            # place by its short name (深圳 for 深圳市)
            quoted = [normalise_name(q) for q in QUOTED_PART.findall(name) if q != name]
            for key in (normalise_name(name), case_core(name), *quoted, place_key(name)):
                if key:
                    owner.setdefault(key, k)
                    owner_categories.setdefault((key, k), set()).add(item.category)
    return owner, owner_categories


PAIR_SHAPES = ("numbered", "bulleted", "lines")
# 钟家勇等25名委员: a person, then how many more the line stands for
PEOPLE_COUNTED = re.compile(r"等\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:名|位|人)[\u4e00-\u9fff]{0,4}$")


def _bare_personal(name: str) -> bool:
    """钟家勇: a personal name alone (under an award for people)."""
    from ..bylines import is_name

    name = PEOPLE_COUNTED.sub("", name.strip())
    return 2 <= len(name) <= 3 and is_name(name) and not is_region_name(name)


# A label over items (华东政务微博影响力奖, 阅读量前五名, 省级网站类), never one of two cases
LABEL_END = re.compile(r"(?:奖|榜|名单|前[\d一二三四五六七八九十]{1,3}[名位强]?|类)$")


def _of_the_kind_announced(line: str, lines: list[str], run) -> bool:
    """本次入选的日照海洋牧场： / ◆ 甲海洋牧场 / ◆ 乙海洋牧场: the line that says they were chosen names
    their kind, and each name ends with it."""
    head = line.strip().rstrip("：:")
    if not re.search(r"入选|获评|上榜|获批|命名|认定|获奖", head):
        return False
    return any(len(head) > k and all(len(name_text(lines, item)) > k + 1 and name_text(lines, item).endswith(head[-k:])
                                     for item in run.items) for k in (4, 3, 2))


def _pair_item(lines: list[str], item: Item) -> bool:
    """One of two announced items that is a case on its own evidence: its body given apart
    (名称——单位, 名称（单位）) or a paragraph of its own under it, and no label's ending."""
    name = name_text(lines, item)
    # (获评先进集体有： / - 运城市盐湖区发展和改革局（山西） / - 滁州市发展改革委（安徽）: bodies written in full)
    bare = re.sub(r"\s*[（(][^（）()]{1,12}[）)]$", "", name.strip())
    return bool(item.agency or item.desc or (looks_like_case(name) and re.search(r"[《“「]", name))
                or (len(bare) >= 6 and ends_as_org(bare) and bool(region_prefix(bare)))
                # (广西贺州市市场监管局查处侵犯喜丰注册商标专用权案: a typical case of enforcement, by a body of a place)
                or (len(bare) >= 10 and bare.endswith("案") and starts_with_region(bare))) and not LABEL_END.search(name)
# A sentence that counts two cases: 两个获奖账号, 2个案例入选
COUNTS_TWO = re.compile(r"(?:两|2|二)\s*(?:个|家|项|件|例|名)[^，。；！？]{0,8}?(?:获奖|入选|上榜|获评|获命名|获授|案例|账号|单位|项目|平台"
                        r"|[一二三特]等奖|[金银铜]奖)")  # (下列两项同为一等奖; 我省两个派出所获命名…)


# …有一组示范案例。我挑其中两个说说: a writer picking two of the list's cases to tell of
PICKS_TWO = re.compile(r"(?:挑|选|拿|说说|谈谈|聊聊)[^，。；！？]{0,3}其中(?:的)?(?:两|2|二)\s*(?:个|家|项|例)")
HONOUR_HEADING = re.compile(r"优秀|典型|先进|示范|十佳|十大|最佳|百强|标杆|样板")
CHOSEN_TITLE = re.compile(r"(?:入选|获奖|获评|上榜)(?:的)?(?:项目|案例|单位|作品|成果|应用|场景)$")
STANDING_WORDS = re.compile(r"领先位置|处在全国领先|前列|前茅|靠前")  # (江苏省和南京市继续处在全国领先位置：)


def _announces_two(line: str) -> bool:
    """The line above a run of two items says they are a list: it ends with a colon and speaks of
    a list (一等奖名单如下（…）：), counts two cases, or is the award they won."""
    last = re.split(r"[。！？]", line.rstrip("。！？ "))[-1]
    label = segment._bracket_label(line)  # 【一等奖】 / 金奖： over the two that won it
    if (segment.LIST_TITLE_END.search(line.strip()) or CHOSEN_TITLE.search(line.strip())) and len(
            line.strip()) <= 12 and not segment.is_sentence(line):
        return True  # 入选案例 / 获奖名单 / 部分入选项目 right over them: the list's own title
    heading = segment.label_of(re.sub(r"\s*[（(][^（）()]{1,30}[）)]$", "", line.strip()))
    if heading and segment.marker_at(line.strip()) and HONOUR_HEADING.search(heading):
        return True  # 一、全国优秀社区工作法（民政部表彰，排名不分先后）: a numbered heading naming an honour
    return ((line.rstrip().endswith(("：", ":")) and bool(NEAR_LIST_WORDS.search(last) or STANDING_WORDS.search(last)))
            or ("如下" in last and bool(NEAR_LIST_WORDS.search(line)))  # (…典型经验做法…现将其中部分摘要转发如下，请…借鉴。)
            or bool(COUNTS_TWO.search(last)) or bool(PICKS_TWO.search(last) and NEAR_LIST_WORDS.search(line))
            # (本类中有两件来自广西：: a colon after a count of two things hands over those two)
            or (line.rstrip().endswith(("：", ":")) and bool(re.search(r"(?:两|2|二)\s*(?:个|家|项|件|例|所)", last)))
            or bool(label and segment.AWARD_TITLE.search(label)
                                                     and not segment.PEOPLE_AWARD.search(label)))


# The last clause of a line that introduces the parts or features of one thing (…主要内容包括：)
FEATURES_INTRO = re.compile(r"(?:内容|功能|板块|版块|栏目|模块|服务|举措|措施|做法|指标|环节|方面|领域|特色|亮点)"
                            r"[^，。；]{0,6}(?:包括|包含|涵盖|分为|有)$")


# A short heading over the steps, terms or rules of a process
STEPS_HEADING = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:环节|步骤|流程|程序|阶段|条件|要求|原则|方式|办法|规则|指标|标准|理由|原因|维度"
                           r"|(?:表彰|评选|奖项|参评|申报)(?:类别|类型|范围|设置)"  # (二、表彰类别 over the kinds of award)
                           r"|痛点|难点|功能|特点)(?:方面|部分)?$")  # (案例解决的行业痛点: the points of one case; 规则方面：)


def _unmarked(line: str) -> str:
    """A line without its numbering (4、案例解决的行业痛点 → 案例解决的行业痛点)."""
    found = segment.marker_at(line)
    return line[found[2]:] if found else line


# 评选主要经过以下环节： / 申报须符合下列条件：: a sentence handing over a process's steps or terms
STEPS_INTRO = re.compile(r"(?:以下|如下|下列|这些|[一二三四五六七八九十两\d]{1,2}个)(?:几个)?(?:主要)?(?:环节|步骤|程序|阶段|流程|条件|要求|原则|标准)[：:]$")
POINTS_INTRO = re.compile(r"(?:看|有|分|抓|把握|突出|坚持)[一二三四五六七八九十两\d]{1,2}(?:点|条|个方面|方面|项)[：:]$")


def _over_names(line: str) -> bool:
    """A line of three or more names joined by 、 (they may be long: 广州市“推行‘116’工作法…”)."""
    parts = segment.split_outside_quotes(line.rstrip("。.；; "), "、")
    return len(parts) >= 3 and not re.search(r"[，,。；;！？]", segment.QUOTED.sub("", line.rstrip("。.；; "))) and all(
        2 <= b - a <= segment.NAME_MAX for a, b in parts)


def _introduces_parts(line: str) -> bool:
    stripped = line.rstrip()
    if not stripped.endswith(("：", ":")):
        return False
    clause = re.split(r"[，。；！？：:]", stripped[:-1])[-1]
    return bool(FEATURES_INTRO.search(clause)) and not NEAR_LIST_WORDS.search(clause)


def _sections(lines: list[str], runs: list[Run]) -> list[int | None]:
    """For each run, the line of the nearest heading above it (a short line outside every run:
    2014年评估, 三、简要观察), or None for a run above every heading (a lead)."""
    used = set().union(*(run.lines() for run in runs)) if runs else set()
    headings = []
    for i, line in enumerate(lines):
        if i in used or len(line) > SECTION_HEADING_MAX + 8:
            continue  # (a heading is short: most lines are never looked at further)
        found = segment.marker_at(line)
        if found and found[0] not in ("cn", "paren-cn", "ord"):
            continue
        text = line[found[2]:] if found else line
        if 2 <= len(text) <= SECTION_HEADING_MAX and not re.search(r"[。！？!?；;，,：:|]", text) \
                and not segment.EDITORIAL.search(text):
            headings.append(i)
    out = []
    for run in runs:
        k = bisect.bisect_left(headings, run.top_line)
        out.append(headings[k - 1] if k else None)
    return out


SECTION_HEADING_MAX = 20


def _without_write_ups(lines: list[str], runs: list[Run]) -> list[Run]:
    """A section telling of some of the cases a longer list above already gave (部分单位简介 / ⑴ 城关区 / its story / ⑵
    宝安区 / …): each heading names a listed case again, the paragraphs under it are its story."""
    out: list[Run] = []
    for run in runs:
        if run.shape in ("heading-paragraph", "numbered") and all(item.desc for item in run.items) and out:
            listed = {normalise_name(name_text(lines, item)) for earlier in out if earlier.first_line < run.first_line
                      and earlier.shape not in PROSE_SHAPES and len(earlier.items) > len(run.items) for item in earlier.items}
            if all(normalise_name(name_text(lines, item)) in listed for item in run.items):
                continue
        out.append(run)
    return out


def _without_summaries(lines: list[str], runs: list[Run]) -> list[Run]:
    """A sentence in prose naming two of a list's cases for all of them (广州海关、北京街盐运西社区等8个
    单位获评…) where the page lists them in full (广州海关（机关）, 越秀区北京街盐运西社区): the list's."""
    def squash(item):
        return re.sub(r"[（(][^（）()]*[）)]|\s", "", name_text(lines, item))

    out = []
    for run in runs:
        if run.shape == "inline" and run.asserted and len(run.items) <= 2:
            others = [squash(item) for other in runs if other is not run and other.shape not in PROSE_SHAPES
                      for item in other.items]
            if others and all(any(squash(item) in name for name in others) for item in run.items):
                continue
        if run.shape == "inline" and 3 <= len(run.items) <= 5 and any(
                other is not run and other.shape not in PROSE_SHAPES and len(other.items) > len(run.items)
                and other.first_line > run.first_line and all(
                    any(squash(item) in squash(mine) and squash(item) != squash(mine) for mine in other.items)
                    for item in run.items) for other in runs):
            continue  # 确定深圳、包头、铜陵等11个城市为试点 over the full list (广东省深圳市…): the list's, once
        if run.shape == "inline" and len(run.items) >= 3:
            # 这一篇先放北京、天津、河北…七个省区市 over 【北京市】 / 房山区 / 【天津市】…: the sections the list
            # below is printed under, named before it, are its categories, not cases
            labels = {re.sub(r"[【】\[\]〖〗：:\s]", "", item.category or "") for other in runs
                      if other is not run and other.shape not in PROSE_SHAPES and other.first_line > run.first_line
                      for item in other.items} - {""}
            if labels and all(any(label.startswith(squash(item)) for label in labels) for item in run.items):
                continue
        out.append(run)
    return out


def _commentary(lines: list[str], runs: list[Run]) -> set[int]:
    """Sentences naming only cases that other runs list, drawn from two or more lists or
    categories (四川、湖北…进入省级前十五，成都、武汉…进入城市前十五): remarks comparing lists,
    no lists of their own."""
    def keys(item):
        name = name_text(lines, item)
        return {x for x in (normalise_name(name), case_core(name), place_key(name)) if x}

    if not any(run.shape in ("inline", "quoted") for run in runs):
        return set()
    named: dict[str, set] = {}
    for k, run in enumerate(runs):
        for item in run.items:
            for key in keys(item):
                named.setdefault(key, set()).add((k, item.category))
    found = set()
    for k, run in enumerate(runs):
        if run.shape not in ("inline", "quoted"):
            continue
        per_item = []
        for item in run.items:
            elsewhere = {source for key in keys(item) for source in named[key] if source[0] != k}
            if not elsewhere:
                break
            per_item.append(elsewhere)
        else:
            # drawn from two lists or more, and no one list holds them all (a list of its own
            # may repeat another edition's names: 本届评出的…为 无锡、上海… under a heading)
            if len(set().union(*per_item)) >= 2 and not set.intersection(*per_item):
                found.add(k)
    return found


# Names that only a reader of the publishing site can place: 区环保局, 县民政局, 罗泾镇, 友谊路街道
RELATIVE_BODY = re.compile(r"^(?:本|全)?[省区县市]")
# a department named without its region (教育厅, 交通运输厅): a province's, by its ending
PROVINCIAL_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{2,10}厅$")
# a bureau named by its field alone (教育局, 公积金中心, 外事办): the publishing place's own
BARE_BUREAU = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:局|委|办|中心)$")


def _relative(name: str) -> bool:
    return bool(RELATIVE_BODY.match(name) and ends_as_org(name) or TOWNSHIP.match(name)
                or (PLACE_CHAIN.match(name) and not region_prefix(name))  # (园林街道西堤社区)
                # (武原街道文星社区党群服务中心: a body named by its town or street, not by a county)
                or re.match(r"^[\u4e00-\u9fff]{2,4}办事处[\u4e00-\u9fff]{1,8}(?:社区|村)(?:居委会|村委会|村委)?$", name)  # (老街办事处老街社区)
                or (TOWN_LED_BODY.match(name) and ends_as_org(name) and not region_prefix(name) and not place_prefix(name)
                    and not is_central(name))
                or (PROVINCIAL_DEPARTMENT.match(name) and not region_prefix(name)))


TOWN_LED_BODY = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:(?<!小)镇|(?<![城下])乡|街道|办事处)(?:[\u4e00-\u9fff]{2,6}(?:社区|村))?[\u4e00-\u9fff]{2,}")


def _bare_bureau(name: str) -> bool:
    return bool(BARE_BUREAU.match(name) and not region_prefix(name) and not is_central(name))


def _heading_province(lines: list[str], run: Run, line: int) -> str | None:
    """一、北京市（精品6项…） / 景区：甲、乙 / 二、天津市 …: the province a section heading over the item
    names (the nearest heading within the run, or just above its first line), else None."""
    for k in range(line - 1, max(-1, run.first_line - 3), -1):
        text = lines[k].strip()
        found = segment.marker_at(text)
        if found and found[0] not in ("cn", "paren-cn"):
            continue
        head = re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", text[found[2]:] if found else text).strip(" ：:")
        if segment.province_label(head):
            return locate(head).province
        if found:
            return None  # (another section's heading, naming no province: the items under it are its own)
    return None


def _may_lie_in(text: str, province: str) -> bool:
    """The place ``text`` names is ambiguous (城关区: Lanzhou's or Lhasa's) and one reading of it lies
    in ``province``."""
    return any(c.split(" ", 1)[-1].startswith(province) for c in locate(text).ambiguous or [])


def _inherit_province(cases: list[dict], lst: dict | None, title: str, site_province: str | None = None) -> None:
    """A list of one province (named by the list or the title: 2022成都市政务新媒体峰会; or the
    province of every case that names one) gives that province to its cases that name no region
    (天府发布, “人才管家”). Central bodies and cases naming another province are left alone.
    Without one, bodies named relatively (区环保局, 罗泾镇) take the publishing site's province."""
    own = {c["province"] for c in cases if c["province"]}
    named = locate((lst or {}).get("name") or "").province or locate(title).province
    if not named and len(own) == 1 and any(_may_lie_in(text, next(iter(own))) for text in ((lst or {}).get("name") or "", title)):
        # 城关区…名单 (Lanzhou's or Lhasa's): the list's own place, ambiguous alone, is the one its
        # placed cases lie in (兰州市第四十六中学)
        named = next(iter(own))
    province = named if named and own <= {named} else (next(iter(own)) if len(own) == 1 else None)
    if not province or (not named and (sum(bool(c["province"]) for c in cases) < 0.5 * len(cases) or len(cases) < 3)):
        if site_province and not own:
            for case in cases:
                if not case["province"] and case["admin_level"] != "central" and _relative(to_simplified(case["agency"] or case["name"])):
                    case["province"] = site_province
        return
    for case in cases:
        if not case["province"] and case["admin_level"] != "central":
            case["province"] = province


# Names older callers import.
LIST_WORDS = LIST_WORDS
