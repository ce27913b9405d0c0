"""Stage 1: cut the article's lines into candidate runs of items, from structure alone.

Each segmenter reads one kind of structure the body text keeps (``html.block_lines`` and
trafilatura write table rows as ``a | b | c``, list items as ``- x`` / ``1. x``, ``<br>`` and
``<pre>`` lines as lines): table rows, lines with a printed number or bullet (several per line
too), short lines one under another, a heading with its paragraph, and items inside one line
(split by 、；，or by quote pairs). Whether a run is a case list is decided later (``score``).
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..agencies import _ORG_END, _ORG_ENDING, QUOTES
from ..dates import _cn_number as cn_number
from ..regions import informal_region, is_central, is_short_county, locate, place_prefix, region_prefix, starts_with_region
from .model import Item, Run, Span

SENTENCE_END = "。！？!?；;…"
HEADING_MAX = 45
NAME_MAX = 45
LABEL_MAX = 25
# A line that ends a run or a description: editorial notes and page furniture.
EDITORIAL = re.compile(
    r"^[（(\[【]?\s*(?:本文|原标题|责任编辑|责编|编辑|栏目主编|图片来源|来源|作者|记者|稿件来源|转载|声明)"
    r"|未经授权|谢绝转载|版权所有|上一篇|下一篇|相关文章|相关阅读|延伸阅读"
    # an encyclopedia's or a paper's closing sections: what follows is sources, not cases
    r"|^\W*(?:参考资料|参考文献|注释|脚注|外部链接|相关词条)\W*$"
    # 全省完整名单见下图, 详见附件: where the rest of the list is, not one of its names
    r"|见下图|见附件|见原文|详见"
    # 下表按通知顺序列出: the sentence handing over a table, not a label of its rows
    r"|下表|以下表格|列表如下"
    # 续表, 续上表, 表1（续）: a table continued, not a label of its rows
    r"|^\W*续上?表|[（(]续[）)]\W*$"
)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"  # (㉑ to ㊿ in their own blocks)
PAREN_CIRCLED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
DOTTED = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
CN_DIGIT = "一二三四五六七八九十"
ORG_ENDING = _ORG_ENDING  # (agencies compiles the ending once: the pattern is long, and names are many)

# Every common way to number or bullet an item. ``kind`` tells numbering styles apart, so that
# 一、 headings over 1. items are seen as two levels.
MARKER = re.compile(
    # 1.1 甲, 2.3、乙: an item numbered within its section (the section's own line is 1. / 2.)
    # A. 甲 / B．《乙》: items lettered in order (never A级, nor a Latin word)
    r"(?:(?P<letter>[A-Z])\s*[.．、)）]\s*(?=[\u4e00-\u9fff“「《@])|(?P<sub>\d{1,2}[.．]\d{1,2})(?:\s*[.、．:：)）]|\s+)(?=[\u4e00-\u9fff“「A-Za-z@])|(?P<num>\d{1,2})\s*(?:[.、．:：)）]|。(?=[\u4e00-\u9fff“]))(?![\d.])|(?P<spaced>\d{1,2})\s+(?=[\u4e00-\u9fffA-Za-z“@])"
    rf"|[（(](?P<paren>[{CN_DIGIT}]{{1,3}}|\d{{1,2}})[）)]"
    rf"|(?P<cn>[{CN_DIGIT}]{{1,3}})[、.．]"
    rf"|(?:并列)?第(?P<ord>[{CN_DIGIT}]{{1,3}}|\d{{1,2}})(?:名|位)?(?:[、.．:：，,]|\s|(?<=[名位]))"  # (并列第2名　甲、乙: a tie)
    r"|(?P<status>入选|入围|上榜|提名)(?:\s*[:：]\s*|\s+)(?=[\u4e00-\u9fffA-Za-z“@])"
    r"|(?P<medal>冠军|亚军|季军)(?:\s*[:：]\s*|\s+)(?=[\u4e00-\u9fffA-Za-z“@])"  # 冠军　武汉金银潭医院: places 1 to 3
    rf"|(?P<circ>[{CIRCLED}])|(?P<pcirc>[{PAREN_CIRCLED}])|(?P<dot>[{DOTTED}])"
    r"|(?:TOP|Top|top|NO|No|№)\.?\s*(?P<top>\d{1,3})(?:\s*[.、．:：]|\s+|(?=[\u4e00-\u9fff“@]))"
    r"|[【\[［〔](?P<brk>\d{1,3})[】\]］〕]|[【\[［〔]案例(?P<case>[一二三四五六七八九十]{1,3}|\d{1,3})[】\]］〕]"
    r"|案例(?P<bare_case>[一二三四五六七八九十]{1,3}|\d{1,3})(?:\s*[：:、.．]\s*|\s+)(?=[\u4e00-\u9fffA-Za-z“「@])"
    # (✅, ➤, 👉, ⭐: the symbols and emoji a self-media post bullets its lines with)
    r"|(?P<bullet>[-•·●▪■◆◇▲△►▶★☆□√※\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff])\ufe0f?)\s*"
)
LABEL_BRACKETS = re.compile(r"^\s*[【\[〖]\s*(?P<label>[^】\]〗]{1,40})\s*[】\]〗]\s*[:：]?\s*"
                            r"(?:[（(](?:[^（）()]{0,6}(?:为序|排序|排列|不分先后)[^（）()]{0,4})[）)]\s*)?$")  # (…（以首字拼音为序）)
# 这次试点（分别）落在甲、乙…: where a pilot was placed (read by the enumerations and by the scorer)
PILOT_PLACE_WORDS = r"(?:试点|示范|先行先试)(?:工作|项目)?(?:分别|均|都)?(?:落在|放在|选在|定在|确定在|设在|安排在)"
ENUMERATION = re.compile(
    r"(?:分别是|分别为|依次是|依次为|依次包括|包括|名单为|名单如下|案例为|案例是|它们是|获奖者为|入选的有|入选的是"
    r"|(?:获评|入选|上榜|获奖)(?:[^，。、；“”（）()]|[（(][^（）()]{1,4}[）)]){0,6}(?:为|是|有)|(?<=[地个家项座])(?:入围|入选|上榜|获奖|胜出)\s*[:：](?=\s*\S)|(?:紧随其后|其后|之后|随后|其次)的?(?:是|为|有)"
    # 本届评出的最优秀城市为…, 进入十佳的还有…, 入围的是…
    # 抽查合格率达到100%的有甲、乙…, 合格率超过90%的还有…: an inspection's praise
    r"|合格率(?:达到|超过|均为|均达|为|达)?(?:100[%％]|\d{2}(?:\.\d+)?[%％](?:以上)?)的(?:还)?有"
    # 授予县政府办、县财政局…共20个单位“…优胜单位”称号: the units an honour was given to, counted after them
    # (授予甲、乙、丙等单位“…”称号, 授予甲、乙、丙“…”称号: the count may be left out)
    r"|(?<![被获])授予(?=[^，。；：:、]{2,30}、[^。；]{2,800}?(?:(?:共|等)\s*(?:(?:\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|所)?)?"
    r"(?:单位|集体|地区|城市|县|区|部门|镇|村|社区)?)?\s*[“「][^”」]{2,40}[”」](?:荣誉)?称号)"
    # 本批次我省共有甲、乙和丙，丁、戊，以及己…等14个单位获此命名: names after 共有 that the closing count and
    # what they got make a list (only in groups a count closes: _counted_groups)
    r"|(?<=[省市区县批次])共有(?=[^\d一二三四五六七八九十两]{2,40}、[^。；]{2,800}?等\s*(?:\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|所)"
    r"[\u4e00-\u9fff]{0,4}(?:获|被|入选|荣获|上榜))"
    # 河北这次获评的有两地，即甲和乙: the count, then the names it counts
    r"|(?<=[个家项名位座席地处])[，,]\s*即(?:为|是)?"
    r"|(?:评出|进入|入围|入选|跻身|当选|获得|荣获|获评|(?<=被)评为|摘得|夺得|斩获|位列|排名|排在|名列|获表彰|受表彰|被表彰|受到表彰|获(?=[\u4e00-\u9fff]{0,8}奖)"
    r"|列入(?=[^，。；]{0,10}(?:试点|示范|名单|计划))|获授|被授予|被命名|获命名"
    r"|通过(?=[^，。；]{0,14}验收))(?:[^，。、；“”]|“[^“”]{1,30}”){0,16}的，?(?:除[^，。；]{1,10}外)?(?:[\u4e00-\u9fff\d]{0,8}?)(?:还有|为|是|有)"
    # 这次试点落在甲、乙和丙等32个地方: where a pilot was placed
    r"|" + PILOT_PLACE_WORDS + r"(?:了)?"
    # 拟向工业和信息化部推荐甲、乙…和丙这6家产业集群: a verb of choosing whose object the count closes
    r"|(?:拟|已|将)?(?:向[^，。；、“”]{2,16})?(?:推荐|认定|确定|命名|评定|遴选|选定|(?:批复|批准)(?:建设|设立|创建)?)(?:了)?"
    r"(?=[^，。；：:]{2,40}、[^。；：:]{2,400}?(?:这|等|共)\s*(?:\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|座|家|所|地|项|位|间|处|条))"
    # 同在第一档的还有甲、乙; 另外三个是丙、丁和戊: the others of the tier a clause has just named
    r"|同(?:在|处|列|属|为)[^，。；“”：:]{1,12}的，?(?:还有|有|是|为)"
    r"|(?:另外|另|其余|其他|其它)的?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个|家|项|座|名|位)[\u4e00-\u9fff]{0,3}?(?:分别)?(?:是|为)"
    # 和北京一起站上第一梯队、表现良好的，还有甲、乙: who stands in a ranking's first tier
    r"|站(?:上|在|进)了?第[一二三]梯队(?:[^，。；“”]){0,10}的，?(?:[\u4e00-\u9fff]{0,4}?)(?:还有|为|是|有)"
    # 本月得分在99分以上的有甲、乙…: those above a score
    r"|(?:分|名)(?:及|或)?以上的(?:单位|部门|网站|账号)?(?:有|是|为)(?!\s*(?:\d|[一二三四五六七八九十两]+[个家项]))"
    # 涌现出一批具有代表性的优秀模型，如甲、乙、丙: examples of what the sentence calls exemplary
    r"|(?:优秀|典型|代表性|示范|特色)[\u4e00-\u9fff]{0,6}[，,]\s*(?:如|例如|比如)"
    # 优秀奖授予甲、乙和丙 / 金奖颁给…: an award, then who received it
    r"|(?:^|[，。；])[^，。；“”]{0,10}(?:奖|称号)(?:[（(][^（）()]{1,8}[）)])?(?:授予|颁给|颁发给|花落|归属))[:：]?"
)
# A body's quoted product, or a body, as one name of a list that commas continue (以及丙“D”)
LISTED_PRODUCT = re.compile(r"^(?:以及|及|和|还有)?[^，,。；;“”「」]{0,20}[“「][^“”「」]{1,60}[”」][^，,。；;“”]{0,6}$")
# The award a sentence gives its names: 一等奖, 优秀奖, 金奖, 特等奖
SENTENCE_AWARD = re.compile(r"(?:[一二三四五六七八九十]|特)等奖|[金银铜]奖|优秀奖|优胜奖|提名奖|创新奖|特别奖")
OPEN_QUOTES = "“\"「『‘《〈"
CLOSE_QUOTES = "”\"」』’》〉"
QUOTED = re.compile(r"[“「『]([^“”「」『』]{1,60})[”」』]")  # not 《》: titles of works


def marker_at(line: str, pos: int = 0):
    """(kind, number, end of marker) for a marker at ``pos``, or None."""
    return _marker_at(line, pos) if pos else _marker_at_start(line)


@lru_cache(maxsize=32768)  # every segmenter asks of every line's start, a dozen times a line
def _marker_at_start(line: str):
    return _marker_at(line, 0)


def _marker_at(line: str, pos: int):
    m = MARKER.match(line, pos)
    if not m:
        return None
    for kind in ("letter", "sub", "num", "spaced", "paren", "cn", "ord", "status", "medal", "circ", "pcirc", "dot", "top", "brk", "case",
                 "bare_case", "bullet"):
        value = m.group(kind)
        if value is None:
            continue
        if kind == "bare_case" and pos:
            return None  # 案例一 numbers a line only at its start
        if kind in ("case", "bare_case"):  # 【案例一】, 案例二：: the page numbers its cases, not ranks
            return "case", (int(value) if value.isdecimal() else cn_number(value)), m.end()
        if kind == "medal":  # 冠军 / 亚军 / 季军 opening a line: the first three places of a ranking
            return ("ord", MEDALS[value], m.end()) if not pos else None
        if kind == "top":  # TOP1, NO.1: a rank, as 第一名 is
            return "ord", int(value), m.end()
        if kind == "brk":  # 【1】
            return "brk", int(value), m.end()
        if kind == "status":  # 入选 广东政法 among 第4位 lines: an item the page places unranked
            return ("ord", None, m.end()) if not pos else None
        if kind == "spaced" and pos:
            return None  # "1 商务部" (text from a PDF) numbers a line only at its start
        if kind in ("num", "spaced"):
            number = int(value)
        elif kind == "letter":
            number = ord(value) - ord("A") + 1
        elif kind == "sub":
            number = int(re.split(r"[.．]", value)[1])
        elif kind in ("paren", "cn", "ord"):
            number = int(value) if value.isdecimal() else cn_number(value)
        elif kind == "circ":
            number = CIRCLED.index(value) + 1
        elif kind == "pcirc":
            number = PAREN_CIRCLED.index(value) + 1
        elif kind == "dot":
            number = DOTTED.index(value) + 1
        else:
            inner = _marker_at(line, m.end())  # - TOP1 北京, • 1. 名称: a bulleted item that numbers itself
            if inner and inner[1] is not None and not inner[0].startswith("bullet"):
                return inner
            number = None
            kind = "bullet" + value  # ▲ over ◆ items is a label over its items
        if kind == "paren" and not value.isdecimal():
            kind = "paren-cn"
        return kind, number, m.end()
    return None


SENTENCE_END_CHAR = re.compile(f"[{re.escape(SENTENCE_END)}]")
HEADING_BREAKER = re.compile(f"[{re.escape(SENTENCE_END)}，,：:|]")


def is_sentence(line: str) -> bool:
    return SENTENCE_END_CHAR.search(line) is not None


def is_heading(line: str) -> bool:
    if not 3 <= len(line) <= HEADING_MAX:  # 商务部 heads its own paragraph
        return False
    if HEADING_BREAKER.search(QUOTED_SPANS.sub("", line) if "“" in line or "「" in line or "《" in line else line):
        return False  # (「一棟老屋一個夢：重寫聚落未來」: punctuation inside a quoted name is the name's)
    return not (EDITORIAL.search(line) or marker_at(line))


# Short lines that are never a name: a date, 附件, a note in brackets, a list's own title.
NOT_AN_ITEM = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|附\s*件\s*\d*|[（(][^（()）]*[）)]|.*(?:如下|[👇⬇↓▼🔽])\ufe0f?)$"
)
SIGNED_DATE = re.compile(r"^(?:(?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年[\d一二三四五六七八九十〇○]{1,2}\s*月[\d一二三四五六七八九十〇○]{1,3}\s*日$")
# A short line ending in one of these titles the names below it (最佳案例, 获奖名单, 排行榜).
LIST_TITLE_END = re.compile(r"(?:案例|名单|榜单|名录|一览表?|入选者|获奖者)$")
# A line that only introduces what follows (前10名名单如下：): it names no category of its own.
INTRODUCER = re.compile(r"(?:如下|为|是|有)\s*[：:]?$")


QUOTED_SPANS = re.compile(r"《[^《》]{1,60}》|“[^“”]{1,60}”|「[^「」]{1,60}」")


def is_plain_item(line: str) -> bool:
    """A short line that may be a name one per line (微成都 is three characters)."""
    if not 2 <= len(line) <= HEADING_MAX:
        return False
    if HEADING_BREAKER.search(line):
        outside = QUOTED_SPANS.sub("", line) if any(q in line for q in "《“「") else line
        if HEADING_BREAKER.search(outside):
            return False  # (a work's title may ask a question: 南昌市市场监管局的《…违法吗？…》)
    return not (EDITORIAL.search(line) or marker_at(line) or NOT_AN_ITEM.match(line) or LIST_TITLE_END.search(line)
                or (line.count("、") >= 2 and "、" in QUOTED_SPANS.sub("", line))  # 甲、乙、丙 is a line of names, not one name (《聚合力、促发展、同富裕》 is one)
                or DECORATED.match(line)  # —— 获奖名单 ——: a heading between rules
                or re.search(r"(?:19|20)\d{2}年度", line))  # 湖南省2020年度…地区（摘录）: a list's own title


DECORATED = re.compile(r"^\s*[—\-－=~*·•]{2,}.*[—\-－=~*·•]{2,}\s*$")


# A line that gives one case as a field: 获奖单位：陕西省人民检察院, 入选项目：“浙里办”
FIELD_ITEM = re.compile(r"^(?:获奖|入选|申报|推荐|参评|上榜|获评|表扬|受表扬|代表|典型)?(?:单位|集体|账号|项目|案例|地区)(?:名称)?\s*[:：]\s*(?=\S)")


# One case written as fields (获奖网站 | 湖南省政府门户网站 / 所获奖项 | 品牌栏目奖, or 单位：… / 案例：…
# lines): the labels that give its name (in this order of preference), its body and its award.
RECORD_NAME = ("案例", "项目", "作品", "网站", "平台", "应用", "账号", "栏目")
RECORD_NAME_LABEL = re.compile(rf"^(?:获奖|入选|获评|申报|参评|推荐|上榜)?(?P<what>{'|'.join(RECORD_NAME)})(?:名称)?$")
RECORD_AGENCY_LABEL = re.compile(r"^(?:获奖|入选|获评|申报|报送|推荐|参评|主办|建设|运营|实施)?单位(?:名称)?$")
RECORD_AWARD_LABEL = re.compile(r"^(?:所获|获得|荣获|获评|授予)?(?:奖项|奖励|荣誉|类别|等次|奖次|称号)(?:名称)?$")


def record(fields: list[tuple[str, Span, str]]) -> Item | None:
    """One case from ``(label, value span, value)`` fields with distinct labels, one naming the
    case or its body and one more saying who runs it or what it won; None when they are
    something else."""
    labels = [label for label, _, _ in fields]
    if len(set(labels)) != len(labels):
        return None  # 单位：甲 / 单位：乙: a list of bodies, one per line
    names = sorted((RECORD_NAME.index(m.group("what")), span) for label, span, _ in fields
                   if (m := RECORD_NAME_LABEL.match(label)))
    agency = next((span for label, span, _ in fields if RECORD_AGENCY_LABEL.match(label)), None)
    award = next((value for label, _, value in fields if RECORD_AWARD_LABEL.match(label)), None)
    name = names[0][1] if names else agency
    if name is None or (agency is None and award is None) or (name is agency and award is None):
        return None
    return Item(*name, whole=True, agency=agency if agency is not name else None, category=award)


FIELD_LINE = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,8})\s*[：:]\s*(?P<value>\S.*?)\s*[。；;]?\s*$")


def _record_field(line: str, i: int) -> tuple[str, Span, str] | None:
    """A line that is one field of a record: ``| 获奖网站 | 名称 |`` or ``单位：名称``."""
    if "：" not in line and ":" not in line and "|" not in line:
        return None
    spans = cells(line)
    if spans:
        if len(spans) != 2:
            return None
        label = line[spans[0][0]: spans[0][1]].strip(" ：:")
        a, b = spans[1]
        value = line[a:b].strip()
        a += len(line[a:b]) - len(line[a:b].lstrip())
    else:
        m = FIELD_LINE.match(line)
        if not m:
            return None
        label, value, a = m.group("label"), m.group("value"), m.start("value")
    if not (RECORD_NAME_LABEL.match(label) or RECORD_AGENCY_LABEL.match(label) or RECORD_AWARD_LABEL.match(label)):
        return None
    if not 2 <= len(value) <= NAME_MAX or is_sentence(value.rstrip("。")):
        return None
    return label, (i, a, a + len(value)), value


RECORD_OTHER_LABEL = re.compile(r"^(?:案例|项目)?(?:简介|介绍|概况|背景|内容|做法|成效|亮点|特色)$|痛点|应用范围")


def _record_label(line: str) -> str | None:
    """The label of a line that is only a record's field label (1、案例名称, 【参评单位】, 案例名称：)."""
    text = line.strip()
    found = marker_at(text)
    if found:
        text = text[found[2]:]
    text = text.strip(" 【】[]：:")
    if not 2 <= len(text) <= 12:
        return None
    if RECORD_NAME_LABEL.match(text) or RECORD_AGENCY_LABEL.match(text) or RECORD_AWARD_LABEL.match(text) \
            or RECORD_OTHER_LABEL.search(text):
        return text
    return None


def _record_label_over_value(lines: list[str], i: int) -> tuple[str, Span, str] | None:
    """1、案例名称 / 深圳公安民生警务深微平台: a field's label on its line, its value on the next."""
    label = _record_label(lines[i])
    if label is None or RECORD_OTHER_LABEL.search(label) or label.startswith(("主办", "承办", "协办")) or i + 1 >= len(lines):
        return None  # (主办单位 / …中心 under a programme: who ran the event, not a case's body)
    nxt = lines[i + 1]
    value = nxt.strip()
    if not 2 <= len(value) <= NAME_MAX or is_sentence(value.rstrip("。")) or _record_label(nxt) is not None \
            or marker_at(value) or cells(nxt):
        return None
    a = len(nxt) - len(nxt.lstrip())
    return label, (i + 1, a, a + len(value)), value


def _unbracketed(text: str) -> str:
    return re.sub(r"[\s　]+|[（(][^（）()]*[）)]", "", text)


def record_runs(lines: list[str]) -> list[Run]:
    """Cases written one to a record: consecutive field lines or two-cell rows whose labels give
    a name and its body or award (a page about one case, or a case library's entry)."""
    runs: list[Run] = []
    group: list[tuple[str, Span, str]] = []

    def close():
        item = record(group) if len(group) >= 2 else None
        if item is None and group and all(RECORD_AWARD_LABEL.match(label) for label, _, _ in group):
            # 义乌市廿三里街道网站 / | 网址 | … | / | 所获奖项 | 服务创新奖 |: the heading above is the name
            top = group[0][1][0] - 1
            while top >= 0 and top in skipped:
                top -= 1
            if top >= 0 and is_heading(lines[top]):
                item = Item(top, 0, len(lines[top]), whole=True, category=group[-1][2])
                group.insert(0, ("", (top, 0, len(lines[top])), lines[top]))
        if item is not None:
            runs.append(Run([item], "record", trigger=True, held={span[0] for _, span, _ in group}))
        group.clear()
        skipped.clear()

    skipped: set[int] = set()  # two-cell rows of other fields (| 网址 | … |) inside a record
    values: set[int] = set()  # lines that are the value of the label line above them
    described: set[int] = set()  # label lines of a record's other fields (案例简介), each over one paragraph
    for i, line in enumerate(lines):
        if i in values:
            continue
        row = [line[a:b] for a, b in cells(line) or ()]
        if len(row) == 2 and {bool(AWARD_NAME_HEADER.search(_unbracketed(c))) + 2 * bool(WINNER_HEADER.search(_unbracketed(c)))
                              for c in row} == {1, 2}:
            close()  # | 荣誉名称 | 获奖（入选）对象 |: the header of a table of honours, not a record's field
            continue
        found = _record_field(line, i) or _record_label_over_value(lines, i)
        if found is not None:
            group.append(found)
            if found[1][0] != i:
                values.add(found[1][0])
        elif group and (label := _record_label(line)) is not None and RECORD_OTHER_LABEL.search(label):
            skipped.add(i)  # 3、案例简介 over a paragraph: another field of the same record
            described.add(i)
        elif group and i - 1 in described and not cells(line):
            skipped.add(i)  # (that field's paragraph, one)
        elif len(cells(line) or ()) == 2:
            skipped.add(i)  # a two-cell row of another field goes on with the record
        else:
            close()
    close()
    return runs


def field_item(line: str) -> int | None:
    """Where the case starts on a field line, or None."""
    m = FIELD_ITEM.match(line)
    if m and is_plain_item(line[m.end():].strip(" 。")) and not re.search(r"[，,；;、]", line[m.end():]):
        return m.end()
    return None


def is_note_line(line: str) -> bool:
    """（排名不分先后，编号仅为便于查找）: a whole line in brackets, a note on the list below it."""
    text = line.strip()
    return 4 <= len(text) <= 80 and text.startswith(("（", "(")) and text.endswith(("）", ")")) and not marker_at(text)


def is_introducer(line: str) -> bool:
    return bool(line.rstrip().endswith(("：", ":")) and INTRODUCER.search(line) and len(line) <= LABEL_MAX + 5)


def is_paragraph(line: str) -> bool:
    # (省劳动保障厅　省人事厅　…: a long line of names apart by spaces is no paragraph)
    # (《…奋发有为》——汕头市委组织部: a long title and the body after its dash is a heading, no paragraph)
    return ((len(line) >= 30 or line.rstrip()[-1:] in SENTENCE_END) and not EDITORIAL.search(line) and not marker_at(line)
            and not (len(line) >= 30 and _spaced_names(line))
            and not (line.rstrip()[-1:] not in SENTENCE_END and ("——" in line or "－－" in line) and _dash_owned(line.strip())))


def label_of(line: str) -> str | None:
    """The text of a short label line (在线服务类, 【政务服务类】, 一、省级网站, 城市类：), or None."""
    m = LABEL_BRACKETS.match(line)
    if m:
        return m.group("label").strip()
    text = line.strip()
    found = marker_at(text)
    part = PART_MARK.match(text) if not found else None
    if found:
        text = text[found[2]:]
    elif part:
        text = text[part.end():]  # 第一篇 试点省（市）, 附件2 试点范围: a part or an attachment, its numbering set aside
    elif text and unicodedata.category(text[0])[0] == "S":  # ▍省直系统十佳, 📌 类别, 🏅️ (with its selector)
        while text and (unicodedata.category(text[0])[0] in "SMC" or text[0] in " \u200d"):
            text = text[1:]
    text = text.strip(" ：:")
    if TIE_NOTE.fullmatch(text) or ORDER_ONLY.fullmatch(text):
        return None  # （并列）, （以区名拼音为序）: a tie or the order of the items around it, no label
    text = LABEL_COUNT.sub("", text)  # 省会城市（5个）: the count is not the label
    if not 2 <= len(text) <= LABEL_MAX or any(ch in text for ch in SENTENCE_END + "，,|：:") or EDITORIAL.search(text):
        return None
    return text


PART_MARK = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}(?:篇|章|编|部分)|附\s*件\s*[\d一二三四五六七八九十]{0,2}\s*[：:、.]?)\s*(?=\S)")
TIE_NOTE = re.compile(r"[（(]?\s*(?:并列|並列)\s*[）)]?")
ORDER_ONLY = re.compile(r"[（(][^（）()]{0,16}(?:不分先后|为序|排序|排列)[^（）()]{0,8}[）)]")  # a line that is only such a note
LABEL_COUNT = re.compile(r"\s*[（(](?:(?:共|计)?\s*(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|项|家|座|名|位|人|条|所|户|款|件|例|批|支|类)?"
                         # （6所，按拼音排序）: the count, then how the names are ordered
                         r"(?:[，,、；;]\s*(?:(?:排名|排序)?不分先后|按[^（）()]{1,16}(?:排序|排列|为序)"
                         # （12个，列出3个）: how many, and how many the page gives
                         # （11个，下面只列出报道写明的7个）: the same, in a longer remark
                         r"|[^（）()，,]{0,4}(?:列出|仅列|只列|摘录|节选|选列)[^（）()，,]{0,8}?(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|家|项|名)?))?"
                         # a note on the label, not part of it: （前10名）, （综合绩效前15名）, （浙江入选）, （部分）
                         r"|[^（）()]{0,8}?(?:前|第)\s*(?:\d+|[一二三四五六七八九十百]+)\s*[名位强]"
                         r"|[^（）()]{0,6}?(?:入选|上榜|部分|节选|摘录|摘编)|(?:排名|排序)?不分先后|按[^（）()]{1,16}(?:排序|排列|为序)"
                         # （编号只为方便阅读，并非名次）: the numbers below are no ranks
                         r"|[^（）()]{0,16}(?:并非|不是|不代表|不表示)[^（）()]{0,6}(?:名次|排名|排序|先后)"
                         # （四川共59个，村太多，先抄一部分）: how many of them, and a remark
                         r"|[^（）()，,]{0,6}?(?:共|计)\s*(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|项|家|座|名|位|人|条)[^（）()]{0,40}"
                         # （分数线79.91）, （80分以上）: the score that marks the tier, not its name
                         r"|[^（）()]{0,6}?(?:分数线|分数段|得分|总分)\s*[:：]?\s*\d+(?:\.\d+)?\s*分?[^（）()]{0,6}"
                         r"|\d+(?:\.\d+)?\s*分(?:及)?(?:以上|以下|至\d+(?:\.\d+)?分))[）)]$")


_SPLIT_MARKS: dict[str, re.Pattern] = {}


def split_outside_quotes(text: str, separators: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between separators, never cutting inside a quotation (“好差评，我来评”)
    (a regex visits only the quotation marks, brackets and separators, not every character)."""
    pattern = _SPLIT_MARKS.get(separators)
    if pattern is None:
        pattern = _SPLIT_MARKS[separators] = re.compile("[" + re.escape("“「『《〈（(【”」』》〉）)】\"" + separators) + "]")
    spans, depth, start = [], 0, 0
    for m in pattern.finditer(text):
        ch, i = m.group(), m.start()
        if ch in "“「『《〈（(【":
            depth += 1
        elif ch in "”」』》〉）)】" and depth:
            depth -= 1
        elif ch == '"':
            depth = 0 if depth else 1
        elif ch in separators and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_OPENING, _CLOSING = "“「『《〈（(【", "”」』》〉）)】"
_MARKS: dict[str, re.Pattern] = {}


def first_outside_quotes(text: str, chars: str) -> int:
    """Index of the first of ``chars`` outside quotation marks and brackets, or -1 (a regex visits
    only the brackets and the wanted characters, not every character)."""
    pattern = _MARKS.get(chars)
    if pattern is None:
        pattern = _MARKS[chars] = re.compile("[" + re.escape(_OPENING + _CLOSING + chars) + "]")
    depth = 0
    for m in pattern.finditer(text):
        ch = m.group()
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING and depth:
            depth -= 1
        elif ch in chars and depth == 0:
            return m.start()
    return -1


# --- tables ------------------------------------------------------------------------------

def cells(line: str) -> list[tuple[int, int]] | None:
    """The spans of a table row's cells, or None for a line that is no row (a fresh list: callers may
    change it; the spans themselves are computed once a line, for every segmenter asks)."""
    found = _cells(line)
    return list(found) if found is not None else None


@lru_cache(maxsize=32768)
def _cells(line: str) -> tuple[tuple[int, int], ...] | None:
    if " | " not in line and not line.startswith("|"):
        return None
    spans, pos = [], 0
    for part in line.split("|"):
        start = pos + len(part) - len(part.lstrip())
        spans.append((start, pos + len(part.rstrip())))
        pos += len(part) + 1
    # the border's own empty parts go (| a | b |); an empty cell inside it stays (| a | b |  |: a grid's
    # last row one name short), so that the rows keep their columns
    bordered = line.lstrip().startswith("|") and line.rstrip().endswith("|")
    if bordered and len(spans) >= 2:
        spans = spans[1:-1]
        # |  | 浙江民政 |: a merged first cell printed empty, the rest of the row filled (table_runs carries it)
        # (|  |  | 城关区临夏路街道 | …: two merged cells, a province's and a city's, printed empty)
        first = next((k for k, (a, b) in enumerate(spans) if a < b), len(spans))
        # (|  | 汽车·湖北十堰经济开发区 |  |: and a note's merged cell printed empty after the name)
        # (|  |  | 复旦大学附属儿科医院 |: every cell but the last merged down from the row above)
        if (1 <= first <= len(spans) - 2 + (first == 1) or 2 <= first == len(spans) - 1) and all(
                b - a <= NAME_MAX and not is_sentence(line[a:b]) for a, b in spans[first:] if a < b):
            return tuple(spans)  # (not |  | 沙发发表于 …，收藏了。 |: a forum's reply in its layout table)
        while spans and spans[0][0] >= spans[0][1]:
            spans.pop(0)
        if spans and spans[-1][0] >= spans[-1][1] and not any(a < b for a, b in spans[:-1]):
            spans.pop()
    while spans and spans[0][0] >= spans[0][1]:
        spans.pop(0)
    if not bordered:
        while spans and spans[-1][0] >= spans[-1][1]:
            spans.pop()
    return tuple(spans) if sum(a < b for a, b in spans) >= 2 else None


def merged_row_label(line: str) -> str | None:
    """A row whose cells are merged into one (``<td colspan=4>一、一等奖</td>``): a category label."""
    if not (line.startswith("|") and line.rstrip().endswith("|")):
        return None
    parts = [c.strip() for c in line.strip().strip("|").split("|")]
    filled = [c for c in parts if c]
    if len(parts) >= 2 and not parts[0] and filled:
        return None  # (|  | 浙江民政 |: the first cell merged with the one above, not a label over the rows)
    return label_of(filled[0]) if len(filled) == 1 else None


def spanned_second_cell(line: str, above: str) -> bool:
    """| 渠县人民政府 | under | …战略推进奖 | 达州市数字经济局 |: in a table of two columns, a row of one
    cell holding what the second column holds (a body or a place, as the row above ends) shares its
    first cell with the row above (a rowspan), not a label over the rows below."""
    one, prev = _one_cell(line), cells(above)
    if not one or not prev or len(prev) != 2:
        return False
    text, last = line[one[0][0]:one[0][1]].strip(), above[prev[1][0]:prev[1][1]].strip()

    def bodyish(value: str) -> bool:
        return bool(_ORG_ENDING.search(value) or region_prefix(value + "x") == value or value in _short_region_names())
    return bodyish(text) and bodyish(last)


def _one_cell(line: str) -> list[tuple[int, int]] | None:
    """The span of a bordered row of one cell (| 渠县人民政府 |), else None."""
    stripped = line.rstrip()
    if not (stripped.startswith("|") and stripped.endswith("|")) or stripped.count("|") != 2:
        return None
    start = 1 + len(stripped[1:]) - len(stripped[1:].lstrip())
    end = len(stripped) - 1 - (len(stripped[:-1]) - len(stripped[:-1].rstrip()))
    return [(start, end)] if end > start else None


def _last_full(lines: list[str], block: list[int]) -> int:
    """The last row of ``block`` with more than one cell (the row a run of spanned rows hangs from)."""
    return next((r for r in reversed(block) if len(cells(lines[r]) or ()) > 1), block[-1])


def table_blocks(lines: list[str]) -> list[list[int]]:
    """Consecutive table rows with the same number of cells; merged rows between them (category
    labels) stay in the block."""
    blocks, i = [], 0
    while i < len(lines):
        first = cells(lines[i])
        if not first:
            i += 1
            continue
        block = []
        piped = lines[i].startswith("|")  # (主题 58 | 帖子 731 over | 设区市 | 应用名称 |: two tables)
        while i < len(lines):
            c = cells(lines[i])
            if c and lines[i].startswith("|") != piped:
                break
            if (c and (len(c) == len(first) or (len(c) == len(first) - 1 >= 2 and block))) or (
                    block and len(first) == 2 and spanned_second_cell(lines[i], lines[_last_full(lines, block)])):
                block.append(i)  # one cell fewer: the first column spans rows (rowspan)
            elif merged_row_label(lines[i]) and i + 1 < len(lines) and (n := cells(lines[i + 1])) and len(n) == len(first):
                block.append(i)
            elif block and len(first) == 2 and _last_of_place_pairs(lines[i], lines[block[-1]]):
                block.append(i)  # | 潜江市 |  | under | 仙桃市 | 天门市 |: a grid's last place, half a row
            elif block and RULE_ROW.match(lines[block[-1]]) and lines[i].strip().count("|") == lines[block[0]].strip().count("|"):
                block.append(i)  # |  |  | 传播力 | 服务力 |…: a header's second row, its first cells empty under merged heads
            else:
                break
            i += 1
        blocks.append(block)
    return blocks


# --- lines with markers -------------------------------------------------------------------

RANKING_KINDS = ("ord", "num", "spaced", "brk")  # numbers that may repeat for a tie


SPOKEN_ORDINAL = re.compile(r"\s*第[一二三四五六七八九十百\d]{1,3}(?:[、，,和及与至到]|这|那)")


# (NO.1 甲／NO.2 乙: a slash between the items of a caption)
ITEM_STARTS = re.compile(r"(?:^|(?<=[\s：:。；;／]))(?=\S)")
ITEM_STARTS_CIRCLED = re.compile(r"(?:^|(?<=[\s：:。；;／]))(?=\S)|(?<=[^\s：:。；;／])(?=[①-⑳⑴-⒇])")
HAS_CIRCLED = re.compile(r"[①-⑳⑴-⒇]")


def items_on_line(line: str) -> tuple[str, list[tuple[int, int, int | None, str]]]:
    """(head, items) of a line: ``城市类：1.甲 2.乙 3.丙`` or ``①【甲】 ②【乙】`` -> several items;
    a line starting with a marker -> one item; otherwise no items. Items are (start, end, number, kind)."""
    found = marker_at(line)
    # several markers of one kind with consecutive numbers, each after a space, a colon or the start
    positions = []
    # (a circled number marks an item wherever it stands: ①眉山市（行业类）②连云港市（生活类）)
    for m in (ITEM_STARTS_CIRCLED if HAS_CIRCLED.search(line) else ITEM_STARTS).finditer(line):
        hit = marker_at(line, m.start())
        if hit and not hit[0].startswith("bullet") and hit[1] is not None:
            positions.append((m.start(), *hit))
    if len(positions) >= 2:
        kind = positions[-1][1]
        chain = [p for p in positions if p[1] == kind]
        seq, tied = [chain[0]], 1
        for p in chain[1:]:
            # 1 2 3, or ranks with ties: NO.1 广东 NO.1 贵州 NO.3 四川
            if p[2] == seq[-1][2] + 1 or (p[2] == seq[-1][2] and p[1] in RANKING_KINDS) or (
                    tied > 1 and seq[-1][2] < p[2] <= seq[-1][2] + tied):
                tied = tied + 1 if p[2] == seq[-1][2] else 1
                seq.append(p)
        if len(seq) >= 2 and (seq[0][0] > 0 or not found or found[0] == kind):
            items = []
            for k, (pos, kind_, number, end) in enumerate(seq):
                stop = seq[k + 1][0] if k + 1 < len(seq) else len(line)
                text_end = end + len(line[end:stop].rstrip(" ；;，,。／"))
                if text_end - end >= 2:
                    items.append((end, text_end, number, kind_))
            if len(items) >= 2:
                # the last item runs to the end of the line; when no other item has a space in it,
                # what follows its first space is other text (a <br> lost inside a table cell)
                start, end, number, kind_ = items[-1]
                gap = line.find(" ", start, end)
                inside = line.count("【", start, gap) > line.count("】", start, gap) or line.count("“", start, gap) > line.count(
                    "”", start, gap)  # (⑥【数智赋能“民呼我为” 助推…】: the space is inside its brackets)
                if gap > start + 1 and not inside and not any(" " in line[a:b].strip() for a, b, _, _ in items[:-1]):
                    items[-1] = (start, gap, number, kind_)
                return line[: seq[0][0]].strip(" ：:"), items
    if found and len(line) - found[2] >= 2:
        again = marker_at(line, found[2])
        if (again and again[0] == found[0] and line[found[2]:again[2]].strip()) or (
                found[0] == "ord" and SPOKEN_ORDINAL.match(line, found[2])):
            return "", []  # 第五、第六、第八这几个位置…: numbers spoken of, not an item
        return "", [(found[2], len(line), found[1], found[0])]
    return "", []


TABLE_HEADER = (  # checked in this order; one role per column
    ("rank", re.compile(r"^(?:序号?|编号|排名|名次|位次|排序|排行|排位|No\.?|#)$", re.I)),
    ("agency", re.compile(r"(?<![榜名清])单位|部门|机构|主体|机关|报送|申报|主办|运营|承办|^依托")),  # (依托医院: the host body)  # (not 榜单位置: 榜单 + 位置)
    ("region", re.compile(r"地区|省份|地市|地级市|设区市|市州|区域|所在地|省市|属地|行政区|^所[在属](?:省|市|县|区|州|盟)$|^(?:省|市)$")),
    ("category", re.compile(r"类别|类型|领域|分类|组别|奖项|奖别|等次|等级|^级别$|^(?:评价|评定|评估)?星级$|体裁|分榜|榜单|系统|批次|维度|分项|^(?:方面|方向|板块|赛道)$|事项$")),
    ("description", re.compile(r"简介|介绍|说明|亮点|看点|点评|评语|内容|事迹|成效|^(?:主导|主营|主要)(?:产品|业务)$")),  # (主导产品 beside 企业名称: what the firm makes)
    ("stat", re.compile(r"得分|指数|分值|数量|[率量数]$|总分|评分|增长|平均|期限$|时段$")),  # (参评城市平均: an average; 试点期限: a period — never the names)
    ("name", re.compile(r"名称|案例|项目|账号|产品|平台|应用|公众号|微博|成果|网站|城市|实验区|试验区|先行区|示范区|试点|示范县|获奖者|入选者|作品|模型|方案|举措|做法"
                        # | 社区 | 类型 |, | 序号 | 景区 |: the places or bodies a list chose, by their kind
                        r"|^(?:社区|乡镇|街道|村|矩阵|景区|园区|基地|博物馆|场馆|学校|医院|企业|法院|检察院|派出所|图书馆|文化馆|卫生院|幼儿园)$"
                        r"|^示范(?:街道|乡镇|社区|村|企业|基地|园区|景区)"  # (示范街道（乡镇）: the demonstration places)
                        r"|^(?:创建|试点|入选|获批|命名)(?:县|市|区|县市区?|城市|地区|乡镇|单位)$"  # (创建县（市、区、旗）: the places chosen)
                        r"|(?:开发区|经开区|高新区|综试区|新区|园区)$")),  # (国家级经开区: the zones a list ranks)
)
STAGE_HEADER = re.compile(r"^(?:阶段|环节|步骤|流程|时间节点|进度)$")  # | 阶段 | 时间 | 人数 |: a process's stages
RULE_ROW = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")  # |---|---|: the rule under a table's header
FIGURE_HEADER = re.compile(r"^(?:指标|数值|数据)$|(?:入选|获评|上榜|申报|推荐|命名|列入)(?:个)?数$|^(?:19|20)\d{2}年度?$|数量|数目|个数|总数|占比|比例|比重|合计|增长|增幅|增速|同比|环比|率$|[（(](?:个|家|件|次|人|项|条|篇|元|万元|亿元|吨|万吨|亿吨|万人|人次|万人次|万标箱|标箱|TEU|%|％)[）)]$")  # (办理工单（件）, 采纳率)
COUNT_CELL = re.compile(r"^(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|家|项|座|名|批|类)$")
PASS_CELL = re.compile(r"^(?:合格|不合格|达标|未达标|通过|未通过|正常|已整改)$")
NOTE_HEADER = re.compile(r"^(?:备注|说明|注|附注|注释)$")
KIND_HEADER = re.compile(r"^(?:职能部门|部门类别|部门类型|行业|领域|类别|类型|系统|条线|层级|级别)$")  # rows that are kinds of things
ISSUER_HEADER = re.compile(r"^(?:发布|印发|发文|组织|主管|牵头)(?:部门|单位|机关|机构)$")
DOCUMENT_HEADER = re.compile(r"^(?:政策)?(?:文件|政策|文件名称|政策名称|文件标题|文号|政策文件)$")
NAME_HEADER = re.compile(r"名称|案例|项目|账号|平台|网站|城市|地区|单位名单|入选|获奖")
BODY_NAME_HEADER = re.compile(r"(?:单位|机构|部门|主体|机关|企业|公司|医院|学校)名称$")
LIST_HEADER = re.compile(r"(?:名单|榜单|评选|奖项)$")
AWARD_NAME_HEADER = re.compile(r"^(?:荣誉|奖项|奖励|称号|榜单|表彰|奖|测评|评估|评选|评比|考评|活动|赛事)(?:名称)?$")  # (测评名称: which contest)
# 获奖对象, and what the winners are: 获奖账号, 入选案例 (not 入选单位: beside a 项目 column, the body)
SPEAKER = re.compile(r"^(?:主持人|记者|发布人|发言人|嘉宾|答|问|编者按|编者|主持)$")
# a count of winners not named one by one before the ones that are (14个市州，株洲高新区、…)
COUNTED_LEAD = re.compile(r"\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?:市州|市|县市区|县|区|地市|设区市|州市)[，,]\s*")
# the kinds of winner a long section heading of praised places ends in (…成效明显的市、县市区, …的地方)
PRAISED_KINDS = re.compile(r"(?:成效明显|成效显著|表现突出|工作突出|先进|优秀|表扬|激励|推介)[^，。；]{0,16}"
                           r"(?:地方|地区|市州|县市区|市县|[市县区]|单位|部门|园区|企业)[：:]?$")
WINNER_HEADER = re.compile(r"^(?:获奖|得奖|入选|获奖入选|表彰|命名|授予|上榜|获评|受表彰|获表彰)(?:对象|者|账号|网站|项目|平台|案例|城市|地区|作品|县市|县市区|县区|市县"
                           r"|集体|港口|机场|企业|园区|基地|学校|医院|社区|村|镇|县)$")  # (序号 | 单位 | 获评集体 | 荣誉称号: the body a row honours, under its bureau)
RANK_SUFFIX = re.compile(r"..(?:位次|排名|名次)$")
EVENT_ROLE_HEADER = re.compile(r"(?:发言|参会|参展|观摩|出席|报名|汇报)(?:单位|机构|部门|代表|嘉宾)(?:名称)?")  # (主办单位 is an account's body)
PEOPLE_HEADER = re.compile(r"姓名|人员姓名|获奖人|候选人|推荐人选|人名")
PLAN_HEADER = re.compile(r"(?:目标|任务|计划|指标值|工作要求)$")
KIND_OF_HEADER = re.compile(r"(?:单位|部门|机构|主体|机关)(?:类型|类别|性质|层级|级别)$")
LEVEL_OF_HEADER = re.compile(r"(?:城市|地区|区县|县市|网站|账号|平台|项目)(?:类型|类别|性质|层级|级别)$")  # (城市级别: what kind of place each row is, no field of ours)
STAT_HEADER = re.compile(r"(?:得分|指数|分值|总分|评分|增长|增幅)$")
EMPTY_CELL = re.compile(r"^(?:[\s—–\-/／、.。…无暂缺]*|空缺|暂无|无|[（(]?略[）)]?)$")  # a cell that says "nothing here"
HEADLINE_HEADER = re.compile(r"^(?:文章|新闻|稿件|推文|图文|消息)(?:标题|题目|名称)?$|^标题$")
SENTENCE_CELL = re.compile(r"[，,。；;]")  # a cell holding a clause break says something; it names no one
NUMERIC_CELL = re.compile(r"^(?=.*\d)[\d.,，%％+\-万亿个件次分秒名位]+$")


def _rank_by_order(head_row: list[str], data: list[list[str]], roles: dict[str, int]) -> None:
    """人均GDP位次 | 电子政务发展指数位次 | 城市, rows in the second column's order: of two columns of
    places, the rank is the one the rows are printed in (1, 2, 3 …, ties repeating a place; a
    part printed after a break starts further on)."""
    if "rank" not in roles:
        return
    ranked = [k for k, text in enumerate(head_row)
              if RANK_SUFFIX.search(_unbracketed(text) or text) or TABLE_HEADER[0][1].match(re.sub(r"[\s　]+", "", text))]
    if len(ranked) < 2:
        return

    def in_order(col: int) -> bool:
        values = [row[col].strip() for row in data if col < len(row)]
        if len(values) < 2 or not all(v.isdecimal() for v in values):
            return False
        numbers = [int(v) for v in values]  # (from 19 on, where the table goes on after a break)
        return all(b >= a for a, b in zip(numbers, numbers[1:])) and numbers[-1] > numbers[0]

    ordered = [k for k in ranked if in_order(k)]
    if len(ordered) == 1:
        roles["rank"] = ordered[0]


def _repeated_header(row: list[str]) -> tuple[int, int] | None:
    """序号 | 名称 | 序号 | 名称: a header printed twice (or three times) side by side — the width of one
    copy and the step to the next (one more where an empty column stands between the copies:
    排名 | 城市 | 指数 |  | 排名 | 城市 | 指数)."""
    cells_ = [re.sub(r"[\s　]+", "", c) for c in row]
    for gap in (0, 1):
        for width in range(2, 9):
            step = width + gap
            copies = (len(cells_) + gap) // step
            if copies not in (2, 3) or copies * step - gap != len(cells_):
                continue
            if not cells_[0] or sum(bool(c) for c in cells_[:width]) * 2 < width or any(
                    cells_[k * step - 1] for k in range(1, copies) if gap):
                continue
            if all(cells_[k * step + j] == cells_[j] for k in range(1, copies) for j in range(width)):
                return width, step
    return None


def _sub_header(rows: list[list[str]], roles: dict[str, int]) -> list[int] | None:
    """The sub-columns of a two-row header (名次 merged over 综合排名 | 利用外资排名): the columns the
    second row names, under the rank heading and the empty cell beside it; None for any other table."""
    if "name" not in roles or "rank" not in roles or len(rows) < 3 or len(rows[1]) != len(rows[0]):
        return None
    named = [c for c, text in enumerate(rows[1]) if text.strip()]
    empty = [c for c, text in enumerate(rows[0]) if not text.strip()]
    if not empty or set(named) != {roles["rank"], *empty} or not all(
            RANK_SUFFIX.search(re.sub(r"\s+", "", rows[1][c])) or re.search(r"排名|名次|位次", rows[1][c]) for c in named):
        return None
    return named


PLACE_KIND_HEADER = re.compile(r"^(?:所在|所属)?(?:城市|地区|地市|省份|省市|区县|县区|市州|县市区?)$")


def _header_roles(row: list[str]) -> dict[str, int]:
    row = [re.sub(r"[\s　]+", "", text) for text in row]  # 名 称, 序　号: headers spaced to fill the cell
    # | 所在省份 | 国家级经开区 | 名次 |  |: the top row of a two-row header, a cell merged over two
    # sub-columns printed empty — a header when every cell it prints is a header's word
    merged = sum(bool(text) for text in row) >= 2 and not row[0] == "" and all(
        not text or any(pattern.search(text) for _, pattern in TABLE_HEADER) for text in row)
    # (电子政务发展指数（EGDI）位次: a note in brackets does not make a header a sentence)
    if any((not text and not merged) or len(_unbracketed(text) or text) > 10 or NUMERIC_CELL.match(text) or any(q in text for q in QUOTES)
           for text in row):
        return {}
    roles: dict[str, int] = {}
    # 获奖（入选）对象: a note in brackets is no part of the header's word
    plain = [_unbracketed(text) or text for text in row]
    # 单位名称 | 作品名称: of two columns of names, the body's is whose the case is, the other's the case
    names_ = [col for col, text in enumerate(plain) if text.endswith("名称") and not AWARD_NAME_HEADER.search(text)]
    named = next((col for col in names_ if not BODY_NAME_HEADER.search(plain[col])), None) if len(names_) > 1 else None
    named = named if named is not None else (names_[0] if names_ else None)
    if named is None:  # 荣誉名称 | 获奖对象: the honour's name is the category, what won it the name
        named = next((col for col, text in enumerate(plain) if WINNER_HEADER.search(text)), None)
    if named is None and not any(re.search(r"名称|项目|案例|作品|平台|账号|网站|应用|成果", text) for text in plain):
        # 省份 | 城市 | 入选单位 | 类型: with no column of named things, the units chosen are the entries
        # (组别 | 单位 | 名次 | 得分: ranked by unit, the units are the entries)
        named = next((col for col, text in enumerate(plain) if re.fullmatch(r"(?:入选|获奖|获评|上榜|命名|示范)单位", text)
                      or (text == "单位" and not any(TABLE_HEADER[-1][1].search(t) for t in plain))), None)
    if named is None:
        # 城市 | 创新应用 | 申请机构: beside a column of named things, a column of places is where each lies
        things = [col for col, text in enumerate(plain) if TABLE_HEADER[-1][1].search(text) and not PLACE_KIND_HEADER.match(text)
                  and not AWARD_NAME_HEADER.search(text)  # (测评名称 | 网站: the contest's name is no thing it chose)
                  and not re.search(r"(?:级别|类型|类别|层级|属性|性质|规模)$", text)]  # (城市级别: what kind each row is)
        places = [col for col, text in enumerate(plain) if PLACE_KIND_HEADER.match(text)]
        if things and places:
            named = things[0]
            roles["region"] = places[0]
    if named is None and sum(text in ("名单", "入选名单", "获奖名单", "上榜名单") for text in plain) == 1 and len(plain) <= 4:
        # 序号 | 名单: beside a number alone, the column headed with the list's word holds its names
        named = next(col for col, text in enumerate(plain) if text in ("名单", "入选名单", "获奖名单", "上榜名单"))
    if named is not None:
        roles["name"] = named  # 城市属性 | 城市名称: the column headed 名称 holds the names
    for col, text in enumerate(plain):
        if col == named:
            continue
        if AWARD_NAME_HEADER.search(text) and "category" not in roles:
            roles["category"] = col  # 荣誉名称 beside 获奖对象: each row's honour
            continue
        if named is not None and "category" not in roles and LIST_HEADER.search(text):
            roles["category"] = col  # 入选名单 | 申报单位 | 案例名称: the list each row's case is on
            continue
        if RANK_SUFFIX.search(text) and "rank" not in roles:
            roles["rank"] = col  # 电子政务发展指数位次, 人均GDP位次: a place in some order (which one: _rank_by_order)
            continue
        if (STAT_HEADER.search(text) or TABLE_HEADER[5][1].search(text)) and "stat" in roles:
            continue  # 数据应用能力指数 beside 资源汇聚能力指数, 参评城市平均: every figure column is a figure, whatever it measures
        if LEVEL_OF_HEADER.search(text) and named is None:
            continue  # | 地区 | 城市级别 | 城市（区） |: the level of each row's place, not its name
        if KIND_OF_HEADER.search(text):
            if "category" not in roles:  # 单位类型 | 单位名称: what kind each row is, not whose it is
                roles["category"] = col
            continue  # (考核等次 | 单位类型: the grade is the category; the kind is no field of ours)
        if re.match(r"^(?:所在|所属)", text) and PLACE_KIND_HEADER.match(text):
            if "region" not in roles or not PLACE_KIND_HEADER.match(plain[roles["region"]]):
                roles["region"] = col  # 所在城市: where each row lies, never what it names (区域 beside it: 东北, a part of the country)
            continue
        for role, pattern in TABLE_HEADER:
            if role not in roles and pattern.search(text) and not (role == "region" and "国家" in text and any(
                    k != col and "国家" not in t and TABLE_HEADER[2][1].search(t) for k, t in enumerate(plain))):
                roles[role] = col  # (国家或地区 beside 所在地: the country is no region of ours)
                break
    # | 试点期限 | 试点事项 | 试点地区 |: the places a pilot chose are what the rows name
    if "name" not in roles and "region" in roles and re.fullmatch(r"(?:试点|示范|入选|获批|获评|命名|受奖|获奖|受表彰|受激励|激励|表扬|通报表扬)(?:地区|省份|城市|地市|县市区?)",
                                                                   plain[roles["region"]]):
        roles["name"] = roles.pop("region")
    # | 县市 | 所在省份 |: a column of places beside the column that says where each lies — the places are
    # what the rows name
    if "name" not in roles:
        chosen = [col for col, text in enumerate(plain) if PLACE_KIND_HEADER.match(text) and not re.match(r"^(?:所在|所属)", text)]
        lying = [col for col, text in enumerate(plain) if PLACE_KIND_HEADER.match(text) and re.match(r"^(?:所在|所属)", text)]
        if len(chosen) == 1 and len(lying) == 1 and len(plain) <= 4:
            roles["name"], roles["region"] = chosen[0], lying[0]
    # | 代表性注册商标 | 企业名称 | 城市 |: beside the column of names, a column of places is where each lies
    if "name" in roles and "region" not in roles and plain[roles["name"]].endswith("名称"):
        place = next((col for col, text in enumerate(plain) if col != roles["name"] and col not in roles.values()
                      and PLACE_KIND_HEADER.match(text)), None)
        if place is not None:
            roles["region"] = place
    # | 县区市 | 乡镇 | 村 |: of the places a row descends through, the last and smallest is what was chosen
    if roles.get("name") is not None and plain[roles["name"]] in ("乡镇", "街道", "乡镇（街道）", "镇（街道）"):
        village = next((col for col, text in enumerate(plain) if col > roles["name"] and text in ("村", "社区", "村（社区）", "行政村")), None)
        if village is not None:
            roles["name"] = village
    # | 序号 | 名城 | 所在省（自治区） | 备注 |: beside a number and a place, the one column no word of ours
    # names holds the entries
    if "name" not in roles and "region" in roles and "rank" in roles and RANK_SUFFIX.search(plain[roles["rank"]]) is None:
        unknown = [col for col, text in enumerate(plain) if col not in roles.values() and text
                   and not NOTE_HEADER.match(text) and not FIGURE_HEADER.search(text) and not STAT_HEADER.search(text)
                   and not PEOPLE_HEADER.search(text) and 2 <= len(text) <= 6 and not re.search(r"[\d（）()]", row[col])
                   and not re.search(r"成绩|分数|得分|等级|评价|结果", text)]
        if len(unknown) == 1:
            roles["name"] = unknown[0]
    # 序号 | 地级市 | 试点县（市）: a rank heading names the row a header even when the others are new words
    # (综合排名 | 某平台 | 第4位: a word ending in 排名 alone is a row's label, not a header)
    ranked = "rank" in roles and not RANK_SUFFIX.search(plain[roles["rank"]])
    return roles if len(roles) >= min(2, len(row)) or (ranked and len(row) >= 2) else {}


def _place_and_word_header(rows: list[list[str]], looks_like_region) -> dict[str, int]:
    """| 省份 | 地理标志 | over | 北京市 | 昌平草莓 |: a place column's header beside a word no header list
    knows — a header when every row below holds a place under it; the other column holds the names."""
    if len(rows) < 4 or len(rows[0]) != 2:
        return {}
    head = [re.sub(r"[\s　]+", "", text) for text in rows[0]]
    place = next((col for col, text in enumerate(head) if PLACE_KIND_HEADER.match(text)), None)
    if place is None:
        return {}
    other = head[1 - place]
    if re.search(r"(?:排名|名次|位次|排序)$", other) and all(
            len(row) == 2 and re.fullmatch(r"\d{1,3}", row[1 - place].strip()) and looks_like_region(row[place].strip()) for row in rows[1:]):
        return {"rank": 1 - place, "name": place}  # | 总排名 | 城市 | over | 1 | 广州 |: places, ranked
    if not 2 <= len(other) <= 8 or re.search(r"[\d（）()%％]", other) or FIGURE_HEADER.search(other) or STAT_HEADER.search(other) \
            or PEOPLE_HEADER.search(other) or looks_like_region(other):
        return {}
    if not all(len(row) == 2 and looks_like_region(row[place].strip()) and row[1 - place].strip()
               and not re.fullmatch(r"[\d.\s第名位]+", row[1 - place].strip()) and not looks_like_region(row[1 - place].strip())
               for row in rows[1:]):  # (| 总排名 | 城市 |: places ranked by number, the places are the names)
        return {}
    return {"region": place, "name": 1 - place}


RANK_HEADER = re.compile(r"^(?:第(?P<n>[一二三四五六七八九十\d]{1,3})[名位]|(?P<medal>冠军|亚军|季军)|(?:TOP|Top|NO\.?|No\.?)\s*(?P<top>\d{1,3})"
                         r"|(?P<board>[\u4e00-\u9fff]{1,6}榜(?:首|冠军)?))$")  # 省级榜 | 分州市榜 | 区县榜: each column its own ranking's top
MEDALS = {"冠军": 1, "亚军": 2, "季军": 3}
DATE_CELL = re.compile(r"^(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*(?:[月.\-/]\s*(?:\d{1,2}\s*日?)?)?$")


def _rank_columns(header: list[str]) -> dict[int, int]:
    """{column: place} for a header whose columns are places (第一名 | 第二名 | 第三名), two or more."""
    found = {}
    for col, text in enumerate(header):
        m = RANK_HEADER.match(re.sub(r"\s+", "", text))
        if m:
            n = m.group("n") or m.group("top")
            found[col] = (None if m.group("board") else MEDALS[m.group("medal")] if m.group("medal")
                          else int(n) if n.isdecimal() else cn_number(n))
    # (one kind only: | 济南市 | 大城市榜 | 第11位 | is a row — a board and a place — not a header)
    kinds = {value is None for value in found.values()}
    return found if len(found) >= 2 and len(kinds) == 1 else {}


# A cell that grades its row rather than naming it: 市级单位, 基层单位, 省级, A类, 第一组
# (区（县）级, 地级市: an administrative level)
LEVEL_CELL = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}(?:单位|级|类|组|档)|[\u4e00-\u9fff]{1,2}[（(][\u4e00-\u9fff、]{1,4}[）)]级"
                        r"|(?:地|县|省|副省|副地)级市|[A-E一二三]类|[一二三]等奖)$")


PRAISED_CLASS = re.compile(r"(?:成绩突出|表现突出|工作突出|优秀|先进|十佳|百优|示范|标杆)[\u4e00-\u9fff]{0,10}$")
# the tiers an assessment ranks apart (国务院部门, 省级政府, 地级市政府, 县（市、区）政府, 副省级城市)
TIER_LABEL = re.compile(r"[\u4e00-\u9fff（）()、]{1,10}?(?:政府|部门|机关|城市|地区)")


def _grouped(values: list[str]) -> bool:
    """甲 甲 乙 乙 乙 丙: a few values, each over a block of consecutive rows."""
    blocks = [v for k, v in enumerate(values) if k == 0 or values[k - 1] != v]
    return len(blocks) == len(set(blocks)) and len(blocks) <= len(values) // 2


PRIZE_TIER = re.compile(r"(?:[一二三四五特]等奖|[金银铜]奖|优秀奖|优胜奖|提名奖|入围奖|鼓励奖|最佳[\u4e00-\u9fff]{1,6}奖)")
AWARD_CELL = re.compile(r"^[“「『]?(?:(?:19|20)\d{2}年度?|年度)|(?:奖|榜|称号|示范|先进集体)[”」』]?$")


def _labelled_grid(rows: list[list[str]], looks_like_region, ends_as_org) -> tuple[list[int], list[int]] | None:
    """| 省级 | 第一等级 | 浙江 | 上海 |: label columns in front, each repeating its few values down the
    rows, then two or more columns of places or bodies, a row's names side by side (a cell may be
    empty where a row has fewer): every name is a case under its row's labels."""
    width = min(len(r) for r in rows)
    if width < 3 or len(rows) < 2:
        return None
    if _positions_grid(rows):
        return [0], list(range(1, width))

    def named(c):
        values = [r[c] for r in rows if r[c] and not EMPTY_CELL.match(r[c])]
        return len(values) >= 0.5 * len(rows) and all(
            len(v) <= 20 and (looks_like_region(v) or ends_as_org(v)) and not NUMERIC_CELL.match(v) for v in values)

    # | 省级检察院 | 江苏 | 山东 | / | 较大的市检察院 | 南京 | 苏州 |: a first column of tiers, each row's names after it
    tiers = all(r[0] and TIER_START.match(r[0]) for r in rows)
    names = [c for c in range(width) if named(c) and not (c == 0 and tiers)]
    labels = [c for c in range(width) if c not in names]
    if len(names) < 2 or not labels or max(labels) > min(names) or labels != list(range(len(labels))):
        return None
    for c in labels:
        values = [r[c] for r in rows]
        if not all(v and len(v) <= 12 and not NUMERIC_CELL.match(v) for v in values) or (
                len(set(values)) == len(values) and not (c == 0 and tiers)):
            return None  # (a label repeats down the rows: a group over its names, not a name of its own)
    return labels, names


def _label_and_name_runs(rows: list[list[str]], looks_like_region, ends_as_org) -> bool:
    """| 网络传播指数 | 潜江市、枣阳市、应城市 |: two columns, a short label, then a run of places or
    bodies joined by 、 (two or more in most rows) — each name a case under its row's label."""
    if len(rows) < 2 or any(len(r) != 2 for r in rows):
        return False
    runs = 0
    for label, cell in rows:
        if not label or len(label) > LABEL_MAX or NUMERIC_CELL.match(label) or "、" in label:
            return False
        names = [n.strip() for n in re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", cell).split("、") if n.strip()]
        if not names or not all(looks_like_region(n) or ends_as_org(n) for n in names):
            return False
        runs += len(names) >= 2
    return runs >= 0.5 * len(rows)


def _positions_grid(rows: list[list[str]]) -> bool:
    """| 贸易便利化 | 上海（临港） | 广东前海 | / | 投资自由化 | 上海（浦东） | 广东前海 |: the same names
    come back in other columns of other rows — the columns are places in an order, not fields (a
    field's column never holds another's values) — so each row's first cell heads the names after it."""
    width = min(len(r) for r in rows)
    columns_of: dict[str, set[int]] = {}
    for r in rows:
        if not r[0] or len(r[0]) > 12 or NUMERIC_CELL.match(r[0]):
            return False
        for c in range(1, width):
            v = r[c]
            if not v or EMPTY_CELL.match(v):
                continue
            if len(v) > 16 or NUMERIC_CELL.match(v) or re.search(r"[，,。；;：:、]", v):
                return False
            columns_of.setdefault(v, set()).add(c)
    firsts = {r[0] for r in rows}
    return sum(len(cs) >= 2 for cs in columns_of.values()) >= 2 and not firsts & set(columns_of)


# How the tiers of an assessment begin (省级检察院, 较大的市检察院, 副省级城市, 国务院部门): levels, never one body
TIER_START = re.compile(r"^(?:省级|市级|县级|区级|乡镇级?|地市级|地级市?|副省级|较大的市|计划单列市|省会城市|直辖市|国务院|中央|部委"
                        r"|国家部委|基层|省直|市直|区直|县直|县（市、区）|县\(市、区\))")


def _winner_columns(rows: list[list[str]], ends_as_org) -> tuple[int, list[int]] | None:
    """A first column naming a ranking or award (…榜, …奖) and two or more columns of bodies: the
    row's winners, one per column (its levels)."""
    width = min(len(r) for r in rows)
    if width < 3 or len(rows) < 2 or not all(AWARD_CELL.search(r[0]) for r in rows):
        return None
    bodies = [c for c in range(1, width)
              if sum(ends_as_org(r[c]) for r in rows if r[c]) >= 0.8 * len(rows)]
    return (0, bodies) if len(bodies) >= 2 and len(bodies) == width - 1 else None


ORDINAL_CELL = re.compile(r"^(?:第\s*(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,4})\s*[名位]?|(?:TOP|Top|NO\.?|No\.?)\s*(?P<top>\d{1,3}))$")
def _ordinal_number(m: re.Match) -> int | None:
    """第9名, 第十一, TOP3 as a number."""
    written = m.group("n") or m.group("top")
    try:
        return int(written) if written.isdecimal() else cn_number(written)
    except (KeyError, ValueError):
        return None


BOARD_HEADER = re.compile(r"(?:TOP|Top|top)\s*\d{1,3}$|前\d{1,3}名?$|(?:榜|排行榜|排行)$")


def _board_columns(rows: list[list[str]]) -> tuple[int, list[int]] | None:
    """(rank column, list columns) of a table whose header names two or more rankings (微信传播力指数
    TOP10 | 微博…TOP10) and one column gives each row's place (排名 | TOP1, or 1, 2, 3)."""
    if len(rows) < 3:
        return None
    header = [re.sub(r"\s+", "", c) for c in rows[0]]
    width = len(header)
    lists = [c for c, text in enumerate(header) if BOARD_HEADER.search(text) and len(text) >= 4]
    ranks = [c for c in range(width) if c not in lists and all(
        c < len(row) and (bool(ORDINAL_CELL.match(re.sub(r"\s+", "", row[c]))) or row[c].strip().isdecimal()) for row in rows[1:])]
    if len(lists) < 2 or len(ranks) != 1 or len(lists) + 1 != width:
        return None
    return ranks[0], lists


COUNTED_CELL = re.compile(r"^(?:共|计|合计|总计|等)?\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:个|家|项|名|位|座|条|件)[\u4e00-\u9fff]{0,8}?(?:之一)?"
                          r"(?:[（(][^（）()]{1,12}[）)])?$")  # (等84个城市（区、县、镇）: how many more the row stands for)
URL_CELL = re.compile(r"^(?:https?://|www\.)\S+$")


# how a row moved since the last edition of a ranking (与上届持平, 较上届前进2位, ↑3)
CHANGE_CELL = re.compile(r"^(?:(?:与|和|较|比)上(?:届|年|期|一期|次|月)(?:相比)?(?:持平|不变|前进|上升|提升|下降|后退|下滑)?\s*\d*\s*(?:位|名)?"
                         r"|(?:前进|上升|提升|下降|后退|下滑)\s*\d{1,3}\s*(?:位|名)|持平|不变|新上榜|新晋|新进|[↑↓▲▼]\s*\d{1,3})$")


def _shared_kind(values: list[str], ends_as_org) -> bool:
    """Most values end in the same kind of thing (技能大师工作室, 示范基地), each with a name of its own
    before it — and the kind is no body's ending (有限公司)."""
    values = [v.strip() for v in values if v and v.strip()]
    if len(values) < 3:
        return False
    for size in (7, 6, 5, 4, 3):
        ends = Counter(v[-size:] for v in values if len(v) >= size + 2)
        if ends:
            kind, count = ends.most_common(1)[0]
            if count >= 0.8 * len(values) and not ends_as_org(kind) and re.fullmatch(r"[\u4e00-\u9fff]+", kind):
                return True
    return False


def _content_roles(rows: list[list[str]], looks_like_region, ends_as_org, township=None) -> dict[str, int]:
    """Columns of a table without a header, known from what their cells hold."""
    width = len(rows[0])
    roles: dict[str, int] = {}
    text_cols = []
    more_regions: list[int] = []
    for col in range(width):
        values = [r[col] for r in rows if col < len(r) and r[col] and not EMPTY_CELL.match(r[col])]  # — : no value
        if not values:
            continue
        share = lambda test: sum(1 for v in values if test(v)) / len(values)  # noqa: E731
        if share(lambda v: (v.isdecimal() and int(v) < 1000) or bool(ORDINAL_CELL.match(v))) >= 0.8 and "rank" not in roles:
            roles["rank"] = col  # 3, or 第9名
        elif share(lambda v: bool(NUMERIC_CELL.match(v) or URL_CELL.match(v) or COUNTED_CELL.match(v))) >= 0.8:
            roles.setdefault("stat", col)  # figures, counts (共10个项目), or the sites' addresses: never the name
        elif share(lambda v: bool(CHANGE_CELL.match(v))) >= 0.8:
            continue  # 与上届持平 / 较上届前进2位: how a row moved since the last edition, a note, never the name
        elif share(looks_like_region) >= 0.8 and "region" not in roles:
            roles["region"] = col
        elif share(looks_like_region) >= 0.8:
            more_regions.append(col)  # 城市 | 所在省份: which names the row is decided below
        elif (col == 0 and "category" not in roles and len(values) >= 4 and _grouped(values)
              and share(lambda v: bool(TIER_LABEL.fullmatch(v)) and not region_prefix(v)) == 1):
            roles["category"] = col  # | 国务院部门 | 1 | 海关总署 | … | 省级政府 | 1 | 上海市 |: the tier each row is ranked in
        elif (("category" not in roles or all(re.fullmatch(r"(?:19|20)\d{2}年度?", r[roles["category"]].strip())
                                              for r in rows if roles["category"] < len(r)))
              and len(values) >= 3 and len(set(values)) < len(values)
              and share(lambda v: bool(PRAISED_CLASS.match(v))) == 1):  # (a year column yields to it)
            roles["category"] = col  # | 2024年度 | 成绩突出基层检察院 | 枣阳市人民检察院 |: the class each row was praised in
        elif share(lambda v: ends_as_org(v) and not any(q in v for q in QUOTES)) >= 0.6 and "agency" not in roles:
            roles["agency"] = col
        elif (share(lambda v: (ends_as_org(v) or looks_like_region(v)) and not any(q in v for q in QUOTES)) >= 0.8
              and share(ends_as_org) > 0 and "agency" not in roles):
            roles["agency"] = col  # 北京市交通委员会 / 浙江省: who leads each row, a body or a province
        elif share(lambda v: bool(PRIZE_TIER.fullmatch(v))) == 1 and "category" not in roles:
            roles["category"] = col  # 一等奖 / 二等奖 / 优秀奖: the prize each row won, as a heading over its rows would say
        elif (col == 0 and "category" not in roles and len(values) >= 4 and len(set(values)) <= len(values) // 2
              and share(lambda v: len(v) <= 8 and not looks_like_region(v)) == 1
              and share(lambda v: bool(LEVEL_CELL.match(v))) < 1):
            roles["category"] = col  # | 省直机关 | 1 | 甘肃发布 | then |  | 2 | …: a group's label, printed once over its rows
        elif share(lambda v: bool(LEVEL_CELL.match(v))) == 1 or (len(values) >= 4 and len(set(values)) <= len(values) // 2):
            roles.setdefault("level", col)  # 市级单位 / 基层单位: a grade the rows share, never a name
        elif share(lambda v: bool(AWARD_CELL.search(v))) >= 0.8 and "category" not in roles:
            roles["category"] = col  # 2014年度管理创新型政务平台, “领先奖”: the award each row won
        else:
            text_cols.append(col)
    if township and "agency" not in roles and len(text_cols) >= 2:
        # | 园林街道西堤社区 | “乐享慢生活”公益项目 | 一等奖 |: the street's community that entered each
        # row, beside what it entered (a body column, where there is one, is the agency instead)
        towns = [c for c in text_cols if sum(c < len(r) and bool(r[c]) and township(r[c]) for r in rows) >= 0.8 * len(rows)]
        if towns and len(towns) < len(text_cols):
            roles["agency"] = towns[0]
            text_cols = [c for c in text_cols if c != towns[0]]
    # | 北京市西城区 | 以社区为平台、…的工作格局。 |: a column of sentences describes the row, beside the
    # places or bodies that name it
    sentences = [c for c in text_cols if sum(c < len(r) and (len(r[c]) > 40 or bool(re.search(r"[，,。；;]", r[c])))
                                              for r in rows) >= 0.6 * len(rows)]
    if sentences and (len(sentences) < len(text_cols) or "region" in roles or "agency" in roles):
        roles.setdefault("description", sentences[0])
        text_cols = [c for c in text_cols if c not in sentences]
    if len(text_cols) >= 2:
        # a column that repeats its values beside one that never does: the list or category of each row
        distinct = {c: len({r[c] for r in rows if c < len(r)}) for c in text_cols}
        repeating = [c for c in text_cols if distinct[c] < len(rows)]
        if repeating and len(repeating) < len(text_cols):
            first = repeating[0]
            others = [c for c in text_cols if c != first]
            # | 综合总分 | 哈尔滨市政府数据开放平台 | 第5位 |: one case on every row, placed by name, beside the
            # short labels of the rankings it is placed in: the labels are the category
            one_case = distinct[first] == 1 and len(others) == 1 and all(
                first < len(r) and region_prefix(r[first]) and len(r[first]) >= 6 for r in rows) and all(
                others[0] < len(r) and len(r[others[0]]) <= 8 and not region_prefix(r[others[0]]) for r in rows)
            if one_case:
                first, others = others[0], [first]
            roles["category"] = first
            text_cols = others
    if more_regions and not text_cols:
        # two columns of places: the row names the one whose places never repeat (龙岩市 | 福建省),
        # the other says where it is
        distinct = lambda c: len({r[c] for r in rows if c < len(r)})  # noqa: E731
        name = max([roles["region"], *more_regions], key=lambda c: (distinct(c), -c))
        if name != roles["region"]:
            roles["region"] = next(c for c in [roles["region"], *more_regions] if c != name)
        text_cols = [name]
    # a column with empty cells (— where a row has nothing to say) is a note, not the rows' names,
    # when a column of places or bodies names every row
    full = [c for c in text_cols if all(c < len(r) and r[c] and not EMPTY_CELL.match(r[c]) for r in rows)]
    if text_cols and not full and ("region" in roles or "agency" in roles):
        roles["description"] = text_cols[0]
        text_cols = []
    if "region" in roles and len(text_cols) == 1 and _says_where(rows, roles["region"], text_cols[0]):
        # | 龙州县 | 崇左市 · 试点县域 |: the other column names the city each place lies in (and a tag):
        # the places are the names
        roles["description"] = text_cols[0]
        text_cols = []
    if "region" in roles and len(text_cols) == 1 and all(
            text_cols[0] < len(r) and _noted(r[text_cols[0]], looks_like_region, ends_as_org) for r in rows):
        # | 北京市海淀区 | 东部地区 · 验收等级：优秀 |: each cell a field's label and value said of the
        # place beside it — a note, the places are the names
        roles["description"] = text_cols[0]
        text_cols = []
    if text_cols:
        candidates = full or text_cols
        # (quoted products, or accounts named with @: | 检察院 | @成都检察 | 第1 |)
        productish = [sum(any(q in r[c] for q in QUOTES) or r[c].startswith(("@", "＠")) for r in rows if c < len(r))
                      for c in candidates]
        # (then bodies and places: | 优秀政务类网站 | 濮阳市纪委监察局等 | 共10个 |, the award beside who won it)
        # (or names that begin with a place: | 县（市区、特区）政府网站 | 大方县政府网站 |, the kind beside the winner)
        bodyish = [sum(bool(ends_as_org(r[c].rstrip("等")) or looks_like_region(r[c].rstrip("等"))
                            or region_prefix(r[c]) or starts_with_region(r[c])) for r in rows if c < len(r))
                   for c in candidates]
        if any(c < len(r) and r[c].endswith(("：", ":")) for r in rows for c in candidates):
            bodyish = [0] * len(candidates)  # (| 项目名称： | … |: a record's fields, record_runs reads them)
        keys = list(zip(productish, bodyish))
        roles["name"] = candidates[keys.index(max(keys))]
        kinds = [c for c in candidates if _shared_kind([r[c] for r in rows if c < len(r)], ends_as_org)]
        if len(candidates) == 2 and len(kinds) == 1 and kinds[0] != roles["name"] and "agency" not in roles:
            # | 吕涛技能大师工作室 | 太钢（集团） |: the column whose names end in one kind (…工作室, …示范基地)
            # holds what was chosen, the bodies beside it run each
            roles["agency"], roles["name"] = roles["name"], kinds[0]
        others = [c for c in candidates if c != roles["name"] and c != roles.get("agency")]
        if len(others) == 1 and "category" not in roles and all(
                others[0] < len(r) and r[others[0]] and len(r[others[0]]) <= LABEL_MAX and AWARD_CELL.search(r[others[0]])
                or others[0] < len(r) and re.search(r"类|网站|平台$", r[others[0]] or "") for r in rows):
            roles["category"] = others[0]  # the award or kind each row's winner won
    elif "agency" in roles and "region" in roles and all(
            max(roles["agency"], roles["region"]) < len(r) and _own_government(r[roles["region"]], r[roles["agency"]])
            for r in rows):
        # | 河北省沧州市 | 沧州市人民政府 |: each place beside its own government — the place was chosen,
        # its government is the body that runs it
        roles["name"] = roles.pop("region")
    elif "agency" in roles:
        roles["name"] = roles.pop("agency")
    elif "level" in roles and "region" in roles and all(
            re.search(r"(?:榜|榜单|排行榜|名单)$", r[roles["level"]]) for r in rows if roles["level"] < len(r)):
        # | 济南市 | 大城市榜 | 第11位 |: a place, the board it is ranked on, its place there
        roles["category"] = roles.pop("level")
        roles["name"] = roles.pop("region")
    elif "level" in roles and "rank" in roles and not (
            "region" in roles and len({r[roles["level"]] for r in rows if roles["level"] < len(r)}) == 1
            and len({r[roles["region"]] for r in rows if roles["region"] < len(r)}) == len(rows)):
        # (| 1 | 北京 | 省级门户 |: one tag on every row beside places that never repeat — the places are named)
        # | 西部地区两微传播力榜 | 昆明信息港 | 第一 |: one site ranked on several lists repeats in its
        # column; beside the rankings and the places, it is what the rows name
        roles["name"] = roles.pop("level")
    elif "region" in roles:
        roles["name"] = roles.pop("region")
    if "name" in roles and "agency" in roles and township is not None and all(
            max(roles["name"], roles["agency"]) < len(r) and (township(r[roles["agency"]]) or (
                bool(region_prefix(r[roles["agency"]])) and r[roles["agency"]].endswith(("镇", "乡", "街道", "村", "社区"))))
            and len(r[roles["name"]]) <= 8 and not region_prefix(r[roles["name"]]) and not ends_as_org(r[roles["name"]])
            for r in rows):
        # | 坦洋工夫红茶 | 福安市社口镇 |: a town beside what it grows — the town was chosen, the product is its note
        roles["name"] = roles.pop("agency")
    return roles


GOVERNMENT = re.compile(r"(?:人民)?政府$")


def _own_government(place: str, body: str) -> bool:
    """True when ``body`` is the government of ``place`` (沧州市人民政府 of 河北省沧州市)."""
    core = GOVERNMENT.sub("", body.strip())
    return bool(GOVERNMENT.search(body.strip())) and len(core) >= 2 and place.strip().endswith(core)


NOTED_FIELD = re.compile(r"(?:^|[\s·•|，,；;])(?P<label>[\u4e00-\u9fff]{2,6})[：:]\s*\S")


def _noted(cell: str, looks_like_region, ends_as_org) -> bool:
    """A cell that states a field (验收等级：优秀, 所属片区：东部) rather than names something; a body or
    a place before the colon (单位：名称) is no label."""
    m = NOTED_FIELD.search(cell)
    return bool(m) and not (ends_as_org(m.group("label")) or looks_like_region(m.group("label")))


def _says_where(rows: list[list[str]], place_col: int, other: int) -> bool:
    """Every row's cell in ``other`` begins with the city or province its place lies in."""
    pairs = [(r[place_col].strip(), r[other].strip()) for r in rows if max(place_col, other) < len(r)]
    if len(pairs) < 2:
        return False
    for place, where in pairs:
        head = region_prefix(where)
        if not head or head == where.strip():
            return False
        inner, outer = locate(place), locate(head)
        if outer.district or not outer.province or inner.province != outer.province or (
                outer.city and inner.city != outer.city) or inner.matched != place:
            return False
    return True


def _split_at_headers(lines: list[str], block: list[int]) -> list[list[int]]:
    """Tables printed one after another with nothing between them: a repeated header row starts
    the next one."""
    def row(r):
        return [lines[r][a:b].strip() for a, b in cells(lines[r]) or ()]

    first = row(block[0])
    if not _header_roles(first):
        # (| 辽宁省 | 吉林省 | over |---| and rows, then | 广东省 | 海南省 | over |---|: a table of other
        # width whose own header the rule under it marks starts there)
        marked = [k for k in range(2, len(block) - 1) if RULE_ROW.match(lines[block[k + 1]]) and
                  not RULE_ROW.match(lines[block[k]]) and len(row(block[k])) != len(row(block[k - 1]))]
        if not marked or not RULE_ROW.match(lines[block[1]]):
            return [block]
        cuts = [0] + marked + [len(block)]
        return [block[a:b] for a, b in zip(cuts, cuts[1:])]
    def number(r):
        cells_ = row(r)
        return int(cells_[0]) if cells_ and cells_[0].isdecimal() else None

    parts, current = [], []
    for k, r in enumerate(block):
        if current and row(r) == first:
            after = number(block[k + 1]) if k + 1 < len(block) else None
            before = number(current[-1])
            if after is not None and before is not None and after == before + 1:
                continue  # the header repeated on a new page (15 | 平泉市 / 序号 | 名称 / 16 | …): one table
            parts.append(current)
            current = []
        current.append(r)
    return parts + [current]


INFOBOX_FIRST = {"中文名", "中文名称", "名称", "外文名", "简称"}
INFOBOX_FIELD = re.compile(r"^(?:联合|共同)?(?:主办|承办|协办|指导|发起|主管|组织|创办|运营)(?:单位|方|机构)?$|^(?:性质|类型|类别|时间|地点|首届|届数|"
                           r"成立时间|开通时间|上线时间|创办时间|网址|官网|周期|频率|范围|领域|语种|所属地区|发布时间|发布机构)$"
                           r"|^(?:届次|揭晓时间|揭晓地点|审定机关|评选周期|颁奖时间|颁奖地点)$")  # (| 届次 | 第四届 |: a contest's edition)


def _key_value_box(rows: list[list[str]]) -> bool:
    """Two to four rows of a short label and its value: the fields of one thing (an encyclopedia's
    infobox of up to eight, when it opens with 中文名 / 名称; two fields to a row, | 中文名 | 甲 | 届次 |
    第四届 |, read as one field a row)."""
    if rows and all(len(row) == 4 for row in rows) and rows[0][0] in INFOBOX_FIRST:
        rows = [row[k: k + 2] for row in rows for k in (0, 2)]
    # (性质 | 主办 | 联合主办 | 首届 | 投票渠道: an infobox whose labels are mostly the fields of an event or body)
    infobox = bool(rows) and len(rows[0]) == 2 and (rows[0][0] in INFOBOX_FIRST or sum(
        bool(INFOBOX_FIELD.search(row[0])) for row in rows if row) >= 0.5 * len(rows))
    return ((2 <= len(rows) <= 4 or (infobox and len(rows) <= 8)) and all(len(row) == 2 for row in rows)
            # (组织单位（2019年度）: a note in brackets is no part of the label)
            and all(re.fullmatch(r"[\u4e00-\u9fff]{2,5}", re.sub(r"[（(][^（）()]{1,12}[）)]$", "", row[0])) for row in rows)
            and len({row[0] for row in rows}) == len(rows) and not _header_roles(rows[0])
            and any(len(row[1]) > 12 or re.search(r"\d", row[1]) for row in rows)
            # (| 马尾区 | 第1位 | / | 鼓楼区 | 第2位 |: places in their order, a ranking's top)
            and not all(ORDINAL_CELL.fullmatch(row[1].strip()) for row in rows))


GUIDE_NTH = re.compile(r"第([一二三四五六七八九十\d])[栏列欄](?:是|为|為|为|写|寫)?([^，。；,;、]{2,12})")
GUIDE_ORDER = re.compile(r"(?:下表|本表|表中)?(?:每行|每一行|各行|每列|各列|各栏|各欄)(?:依次|分别|分別)?(?:是|为|為|给出|列出)([^。；;]{4,60})")
GUIDE_SIDE = re.compile(r"([左右中])[栏列欄](?:是|为|為|写|寫)?([^，。；,;、]{2,12})")
GUIDE_LINES = 2  # the guide stands on one of the lines right above the table


def _column_guide(lines: list[str], top: int, width: int) -> list[str] | None:
    """The header a table without one is given by the sentence above it (第一栏是奖项，第二栏是组别，
    第三栏是得奖县市 / 每行依次为序号、省份和市县名称): a label for each column, in order."""
    for k in range(top - 1, max(-1, top - 1 - GUIDE_LINES), -1):
        line = lines[k]
        # (下表左栏为保护区名称，右栏为其所在省份: the left and right columns by side)
        sides = [("1" if side == "左" else str(width) if side == "右" else "2", label) for side, label in GUIDE_SIDE.findall(line)
                 if side != "中" or width == 3]
        nth = GUIDE_NTH.findall(line) + sides
        if len(nth) >= 2:
            labels = [""] * width
            for number, label in nth:
                n = int(number) if number.isdecimal() else count_value(number)
                if n and 1 <= n <= width:
                    # (…第三列所在城市）: the bracket the guide sat in closes after it)
                    labels[n - 1] = re.sub(r"^(?:其|它的|各自)|[）)]?[：:]?$", "", label.strip())
            return labels if sum(bool(x) for x in labels) >= 2 else None
        order = GUIDE_ORDER.search(line)
        if order:
            labels = [x.strip() for x in re.split(r"[、，,]|和|及|与", order.group(1)) if x.strip()]
            if len(labels) == width:
                return labels
    return None


def _names_column(rows: list[list[str]]) -> tuple[int, str] | None:
    """The column whose cells each hold several short names joined by 、 (the others short labels),
    and that separator; or by ， where no cell has a 、 and the parts are places written out
    (| 北京市 | 3 | 顺义区，昌平区，通州区 |)."""
    for sep in ("、", "，", " "):
        body = [row for row in rows if any(sep in c for c in row)]
        loose = sep == " " and len(body) >= 2  # (rows of one name among them: checked below)
        if not body or (not loose and (len(body) < 0.5 * len(rows) or len(rows) - len(body) > 1)):
            continue  # (a header row without names may stand above)
        if sep != "、" and any("、" in c for row in rows for c in row):
            return None
        stops = r"[,。；;]" if sep == "，" else r"[，,。；;]"  # (sentences)
        for col in range(max(len(row) for row in body)):
            if all(col < len(row) and len(parts := split_outside_quotes(row[col].rstrip("，"), sep)) >= 2
                   and all(2 <= b - a <= 20 for a, b in parts) and not re.search(stops, row[col])
                   and all(len(c) <= 20 and sep not in c for k, c in enumerate(row) if k != col) for row in body):
                if sep == "，":
                    parts = [p.strip() for row in body for p in row[col].split(sep) if p.strip()]
                    if sum(bool(region_prefix(p) or PLACE_END.search(p)) for p in parts) < 0.8 * len(parts):
                        continue
                if sep == " ":  # (a cell's lines, <br> or <p> each, joined by spaces: places written out, or bodies)
                    parts = [p.strip() for row in body for p in row[col].split(sep) if p.strip()]
                    # (咸丰县法治文化广场 利川市龙船调公园: things named after their places, written out, too)
                    if sum(bool(region_prefix(p) or _ORG_ENDING.search(p)) for p in parts) < 0.8 * len(parts):
                        continue
                    # (| 四星级建设示范点 | 宣恩县法治文化长廊 |: a row of one such name among them)
                    if not all(col < len(r) and _one_named(r[col]) for r in rows if r not in body[:] and r is not rows[0]):
                        continue
                return col, sep
    return None


PLACE_END = re.compile(r"(?:[省市县区旗州盟]|矿区|林区|特区)$")


def _figures_under_words(rows: list[list[str]]) -> bool:
    """A first row of words over rows whose every cell but the first is a figure: a table of counts
    under its own header (the header's words none the reader knows), never a list."""
    if len(rows) < 3 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return False
    head, data = rows[0], rows[1:]
    if any(re.search(r"名次|排名|位次|排序|排行|得分|分数|成绩", c) for c in head) or any(
            len(data) >= 3 and [row[k].strip() for row in data] == [str(n) for n in range(1, len(data) + 1)]
            for k in range(1, len(head))):  # (not 1, 2 in two rows of counts: too few to be an order)
        return False  # (| 办事处（乡） | 本月名次 |, a column 1, 2, 3 …: a ranking)
    return all(c.strip() and not NUMERIC_CELL.match(c.strip()) for c in head) and all(
        NUMERIC_CELL.match(row[k].strip()) for row in data for k in range(1, len(head)))


def _one_named(cell: str) -> bool:
    """A cell of one name written after its place, or of one body (宣恩县法治文化长廊, 来凤县检察院)."""
    text = cell.strip()
    return 4 <= len(text) <= 30 and " " not in text and not re.search(r"[，,。；;：:、]", text) and bool(
        region_prefix(text) or _ORG_ENDING.search(text))


def _is_grid(rows: list[list[str]]) -> bool:
    """Three or more columns of short names and nothing else: no numbers, no sentences."""
    cells_ = [c for row in rows for c in row if c]
    return (len(rows[0]) >= 3 and len(cells_) >= 6
            and all(len(c) <= 20 and not NUMERIC_CELL.match(c) and not COUNTED_CELL.match(c)  # (共10个项目: a count)
                    and not re.search(r"[，,。；;：:]", c) for c in cells_))


METADATA_LABEL = re.compile(
    r"^(?:索\s*引\s*号|发文字号|文\s*号|主题分类|发布机构|发文机关|成文日期|发布日期|发文日期|标\s*题|主\s*题\s*词"
    r"|生效日期|废止日期|有\s*效\s*性|信息分类|公开方式|公开范围)\s*[:：]?$")


def _last_of_place_pairs(line: str, above: str) -> bool:
    """| 潜江市 |  | under | 仙桃市 | 天门市 |: the last place of a grid printed two to a row, half a row,
    not a label over the rows below."""
    from ..regions import locate

    parts = [c.strip() for c in line.strip().strip("|").split("|")]
    prev = [c.strip() for c in above.strip().strip("|").split("|")]
    if len(parts) != 2 or len(prev) != 2 or not parts[0] or parts[1] or not all(prev):
        return False
    found = [locate(c) for c in (parts[0], *prev)]
    return all(f.province and f.matched and c.endswith(f.matched) for f, c in zip(found, (parts[0], *prev))) \
        and len({f.admin_level for f in found}) == 1


def _row_label_above(lines: list[str], r: int) -> str | None:
    """The label of the merged row nearest above table row ``r`` (| 地市州 |  |), past the rows
    between, or None when the table begins first."""
    for k in range(r - 1, -1, -1):
        if not lines[k].lstrip().startswith("|"):
            # (地市州 / | 武汉市 | 十堰市 |: the label printed as a line of its own over the section)
            text = lines[k].strip()
            if not text or is_sentence(text) or len(text) > 10 or re.search(r"如下|以下|下表|见表|\d", text):
                return None  # (其余7个入选乡村如下：: a sentence handing the table over, no section's label)
            return label_of(text) or (text if len(text) == 1 and "\u4e00" <= text <= "\u9fff" else None)  # (县: one character)
        if k > 0 and _last_of_place_pairs(lines[k], lines[k - 1]):
            continue  # (| 枝江市 |  |: the last place of the section above, half a row)
        filled = [c.strip() for c in lines[k].strip().strip("|").split("|") if c.strip()]
        if len(filled) == 1 and not RULE_ROW.match(lines[k]):
            return merged_row_label(lines[k]) or filled[0]  # (| 县 |  |: a label of one character too)
    return None


def _place_grid(rows: list[list[str]], fewest: int = 3) -> bool:
    """| 北京 | 福州 | / | 广州 | 贵阳 |: two columns of places, a list printed two to a row (not a place
    beside where it lies: the two lie in different provinces on most rows)."""
    from ..regions import locate

    if len(rows) < fewest or any(len(row) != 2 for row in rows):
        return False
    cells_ = [c.strip() for row in rows for c in row if c.strip()]
    found = {c: locate(c) for c in cells_}
    # (江苏省张家港市: a place written out with its province is a place as much as 张家港市)
    if sum(bool(r.province) and bool(r.matched) and (r.matched == c or (c.endswith(r.matched) and region_prefix(c + "x") == c))
           and not r.ambiguous for c, r in found.items()) < 0.8 * len(found):
        return False
    # (| 武汉市 | 十堰市 |, | 公安县 | 监利县 |: two of one level in one province are two entries as much;
    # | 周至县 | 西安市 |, a county beside its city, is a place and where it lies)
    apart = sum(bool(a.strip() and b.strip()) and (found[a.strip()].province != found[b.strip()].province or (
        found[a.strip()].admin_level == found[b.strip()].admin_level and found[a.strip()].admin_level in ("prefectural", "county")
        and found[a.strip()].city != found[b.strip()].matched and found[b.strip()].city != found[a.strip()].matched))
        for a, b in rows)
    return apart >= 0.5 * len(rows)


def _columns_differ(rows: list[list[str]], ends_as_org) -> bool:
    """Columns with roles of their own (accounts | their bodies | the list each is on), not a grid
    of names: one column of bodies beside one without, or one repeating values beside one that
    never repeats."""
    width = min(len(r) for r in rows)
    columns = [[r[c] for r in rows if r[c]] for c in range(width)]
    org = [sum(map(ends_as_org, col)) / len(col) for col in columns if col]
    repeats = [len(set(col)) < len(col) for col in columns if col]
    ranks = any(col and sum(bool(ORDINAL_CELL.match(v)) or v.isdecimal() for v in col) >= 0.8 * len(col) for col in columns)
    return (max(org, default=0) >= 0.6 and min(org, default=1) <= 0.3) or (any(repeats) and not all(repeats)) or (
        ranks and width >= 2)  # (| …传播力榜 | 昆明信息港 | 第一 |: a column of places in rankings)


def _numbered_pairs(rows: list[list[str]]) -> list[int] | None:
    """The number columns of a table printed two or more (序号, 名称) pairs to a row: every pair a
    number and a name, the numbers 1, 2, 3 … each once, along the rows or down the columns (the last
    row may end early)."""
    width = len(rows[0]) if rows else 0
    if width < 4 or width % 2 or any(len(row) != width for row in rows):
        return None
    cols = list(range(0, width, 2))
    numbers = []
    for row in rows:
        for c in cols:
            if row[c].isdecimal() and row[c + 1] and not row[c + 1].isdecimal():
                numbers.append(int(row[c]))
            elif row[c] or row[c + 1]:
                return None
    # (| 1 | 甲 | 6 | 己 | … | 5 | 戊 | 10 | 癸 |: counted down the first pair of columns, then the next)
    return cols if len(numbers) >= 3 and sorted(numbers) == list(range(1, len(numbers) + 1)) else None


def _parallel_columns(rows: list[list[str]], data: list[list[str]], roles: dict) -> list[int]:
    """Columns after a rank column that each hold a ranking of places of their own (省份 | 城市)."""
    if "rank" not in roles or "agency" in roles or "stat" in roles:
        return []
    from ..regions import gazetteer

    names = gazetteer().names
    cols = [c for c in range(len(rows[0])) if c != roles["rank"]
            and all(c < len(row) and (row[c] in names or region_prefix(row[c]) == row[c]) for row in data)]
    if not (len(cols) >= 2 and len(cols) == len(rows[0]) - 1):
        return []
    # a ranking never names one place twice; and a column holding each row's own province
    # (深圳市 | 广东省) says where the row's place is, it ranks nothing of its own
    if any(len({row[c] for row in data}) < len(data) for c in cols):
        return []
    from ..regions import locate

    for c in cols:
        for other in cols:
            if other != c and sum(bool(locate(row[c]).province) and locate(row[c]).province == locate(row[other]).province
                                  and row[c] != row[other] for row in data) >= 0.8 * len(data):
                return []
    return cols


def _place_province_pairs(rows: list[list[str]]) -> list[int]:
    """The place columns of a table whose every other column names the province of the place before
    it (| 合肥 | 安徽省 | 沈阳 | 辽宁省 |), two pairs or more to a row; else []."""
    from ..regions import locate

    width = len(rows[0])
    if width < 4 or width % 2 or any(len(row) != width for row in rows):
        return []

    def province(text: str) -> bool:
        return bool(text) and locate(text).province == text and locate(text).admin_level == "provincial"

    for c in range(1, width, 2):
        filled = [row[c] for row in rows if row[c] and not EMPTY_CELL.match(row[c])]
        if not filled or not all(province(v) for v in filled):
            return []
    # | 天津市 | 河北省 | 辽宁省 | 黑龙江省 |: a place that lies in another province (or is one) is no pair's
    # place — a grid of provinces, four to a row
    for row in rows:
        for c in range(0, width, 2):
            where = locate(row[c].strip()).province if row[c].strip() else None
            if where and row[c + 1].strip() and where != row[c + 1].strip():
                return []
    return list(range(0, width, 2))


# Lines of text allowed between a table and a header-less table that continues it
CONTINUATION_GAP = 2


def table_runs(lines: list[str], looks_like_region, ends_as_org, township=None) -> list[Run]:
    runs = []
    last_header = None  # (last line, roles, header row) of the latest table with a header
    for block in (part for whole in table_blocks(lines) for part in _split_at_headers(lines, whole)):
        while len(block) > 2 and RULE_ROW.match(lines[block[0]]):
            block = block[1:]  # (|---| under a caption row, 表2 …概况, that the block leaves out: the header comes next)
        ruled = len(block) > 2 and bool(RULE_ROW.match(lines[block[1]]))  # | 环节 | 时间 | 数量 | over |---|: a marked header
        block = [r for r in block if not RULE_ROW.match(lines[r])]
        labels = {r: merged_row_label(lines[r]) for k, r in enumerate(block) if (not cells(lines[r]) or merged_row_label(lines[r]))
                  and not (k and spanned_second_cell(lines[r], lines[_last_full(lines, block[:k])]))
                  and not (k and _last_of_place_pairs(lines[r], lines[block[k - 1]]))}
        block = [r for r in block if r not in labels]
        if not block:
            continue
        width = max(len(cells(lines[r]) or _one_cell(lines[r]) or ()) for r in block)
        # a row one cell short shares its first cell with the row above (a rowspan): fill it in
        rows, spans_of, carried = [], {}, ("", (0, 0), 0)
        above_full = None  # (cells, spans, line) of the last row printed in full
        cell_origin: dict[int, dict[int, int]] = {}  # row line -> {column: the line its cell was merged down from}
        origin: dict[int, int] = {}  # row line -> the line its first cell was carried from (a rowspan)
        for r in block:
            spans = cells(lines[r]) or _one_cell(lines[r])  # (| 渠县人民政府 |: a rowspan's second row in a table of two)
            if width == 2 and (not spans or len(spans) == 1) and rows and _last_of_place_pairs(lines[r], lines[block[len(rows) - 1]]):
                # (| 潜江市 |  |: half a row, its second cell empty)
                a = lines[r].index("|") + 1
                b = lines[r].index("|", a)
                a, b = a + len(lines[r][a:b]) - len(lines[r][a:b].lstrip()), a + len(lines[r][a:b].rstrip())
                spans = [(a, b), (b, b)]
            row = [lines[r][a:b].strip() for a, b in spans]
            if len(spans) == width - 1:
                spans, row = [carried[1]] + spans, [carried[0]] + row
                origin[r] = carried[2]
            elif width >= 2 and len(row) == width and not row[0] and carried[0] and row[1] and 2 * sum(map(bool, row[1:])) >= len(row) - 1:
                # (| 四星 | 甲 | 备注 | over |  | 乙 |  |: a note merged down its column is printed empty too)
                # |  | 浙江民政 | under | 华东政务微博创新管理奖 | 衢州发布 |: a merged first cell, printed empty
                spans, row = [carried[1]] + spans[1:], [carried[0]] + row[1:]
                origin[r] = carried[2]
            elif width >= 3 and len(row) == width and not any(row[:-1]) and row[-1] and above_full:
                # |  |  | 乙医院 | under | 儿科 | 国家儿童医学中心 | 甲医院 |: the cells merged down from the row
                # above (rowspan), printed empty — the same centre, another hospital
                cell_origin[r] = {k: above_full[2] for k in range(len(row)) if not row[k]}
                spans = [above_full[1][k] if not row[k] else spans[k] for k in range(len(row))]
                row = [above_full[0][k] if not row[k] else row[k] for k in range(len(row))]
                origin[r] = above_full[2]
            else:
                carried = (row[0], spans[0], r)
                above_full = (row, spans, r) if len(row) == width and all(row) else None
            rows.append(row)
            spans_of[r] = spans
        keep = [k for k, row in enumerate(rows) if not all(re.fullmatch(r":?-{2,}:?", c or "-") for c in row)]
        block, rows = [block[k] for k in keep], [rows[k] for k in keep]
        _unlabel_cells(lines, block, rows, spans_of)
        _split_compound_columns(lines, block, rows, spans_of)
        width = max(len(row) for row in rows) if rows else width
        if ruled and not _header_roles(rows[0]) and not any(NAME_HEADER.search(c) for c in rows[0]) and (any(
                FIGURE_HEADER.search(re.sub(r"\s+", "", c)) for c in rows[0]) or STAGE_HEADER.match(rows[0][0])):
            continue  # | 环节 | 时间 | 数量 |: the stages of a process and how many at each, names no case
        if any(PEOPLE_HEADER.fullmatch(_unbracketed(re.sub(r"[\s　]+", "", c)) or re.sub(r"[\s　]+", "", c))
               for row in rows[:2] for c in row):  # (姓名（微博名）: a note in brackets on the same people)
            continue  # | 序号 | 姓名 | 单位及职务 |: people and where they work, not what was chosen
        author = next((k for k, c in enumerate(rows[0]) if re.sub(r"[\s　]+", "", c) in ("作者", "作者姓名", "撰稿人")), None)
        if author is not None and len(rows) >= 3 and not any(TABLE_HEADER[1][1].search(c) for c in rows[0]) and sum(
                2 <= len(re.sub(r"[\s　·]+", "", row[author])) <= 4 and not ends_as_org(row[author].strip())
                for row in rows[1:] if author < len(row)) >= 0.8 * (len(rows) - 1):
            continue  # | 获奖等级 | 作者 | 作品名称 |: works by people (an essay contest), no body's case
        if any(EVENT_ROLE_HEADER.fullmatch(re.sub(r"[\s　]+", "", c)) for c in rows[0]):
            continue  # | 序号 | 发言单位 |: who speaks, hosts or visits at an event, not what was chosen
        if any(PLAN_HEADER.search(re.sub(r"[\s　]+", "", c)) for c in rows[0][1:]) and not any(
                NAME_HEADER.search(c) for c in rows[0]):
            continue  # | 区域 | 到2027年底前的目标 |: what each place is to do, not what it won
        # | 示范区 | 甲 | 乙 | over | 所在省份 | 北京 | 天津 |: each column one entry (and the same rows again
        # for the next entries, a table continued with its header column printed again)
        starts = [k for k, row in enumerate(rows) if row and rows[0] and row[0] == rows[0][0]]
        turned = [_transposed(block[a:b], rows[a:b], spans_of, lines) for a, b in zip(starts, starts[1:] + [len(rows)])]
        if turned and all(turned):
            runs.extend(turned)
            continue
        placed = _region_header_columns(lines, block, rows, spans_of)
        if placed:
            runs.append(placed)
            continue
        if len(rows) < 2 or sum(bool(METADATA_LABEL.match(c)) for row in rows for c in row) >= 2:
            continue  # a disclosure page's record of the document (索引号 | 发文字号 | 主题分类), not a list
        by_rank = _rank_columns(rows[0])
        if by_rank:
            # 榜单 | 发布时间 | 第一名 | 第二名 | 第三名: each row one list, its places across the columns
            label_col = next((c for c in range(len(rows[0])) if c not in by_rank and all(
                c < len(row) and row[c] and not DATE_CELL.match(row[c]) for row in rows[1:])), None)
            items = []
            for r, row in zip(block[1:], rows[1:]):
                if len(spans_of[r]) != len(rows[0]):
                    continue
                label = row[label_col] if label_col is not None else None
                for col, number in by_rank.items():
                    a, b = spans_of[r][col]
                    if not EMPTY_CELL.match(lines[r][a:b]):
                        # (columns of rankings' tops, 省级榜 | 区县榜: each cell under its row's and column's names)
                        category = label if number is not None else "·".join(x for x in (label, rows[0][col].strip()) if x)
                        items.append(Item(r, a, b, number=number, rank=number, category=category, whole=True))
            if items:
                # (第一名 | 第二名 | 第三名: a header of places says its cells are ranked)
                ranked = any(n is not None for n in by_rank.values())
                runs.append(Run(items, "table", numbered=ranked, top=block[0], trigger=ranked))
            continue
        boards = _board_columns(rows)
        if boards:
            # | 微信…TOP10 | 微博…TOP10 | 排名 | / | 甲 | 乙 | TOP1 |: each column its own ranking, each row a place
            rank_col, list_cols = boards
            items = []
            for r, row in zip(block[1:], rows[1:]):
                if len(spans_of[r]) != len(rows[0]):
                    continue
                m = ORDINAL_CELL.match(re.sub(r"\s+", "", row[rank_col]))
                number = _ordinal_number(m) if m else (int(row[rank_col]) if row[rank_col].strip().isdecimal() else None)
                for col in list_cols:
                    if PEOPLE_AWARD.search(rows[0][col]):
                        continue  # | 民警个人工作微博影响力排行榜 |: a ranking of people, beside the bodies'
                    a, b = spans_of[r][col]
                    if not EMPTY_CELL.match(lines[r][a:b]):
                        items.append(Item(r, a, b, number=number, rank=number, category=rows[0][col].strip(), whole=True))
            if items:
                runs.append(Run(items, "table", numbered=True, top=block[0], trigger=True))
            continue
        counted_rows = rows[1:] if len(rows) >= 2 else rows
        if width >= 2 and all(all(c < len(row) and COUNT_CELL.match(row[c].strip()) for row in counted_rows) for c in range(1, width)):
            continue  # | 类别 | 一等奖 | 二等奖 | / | 优秀案例 | 5个 | 10个 |: how many of each kind win, names no case
        col, sep = _names_column(rows) or (None, "、")
        if col is not None and _header_roles(rows[0]).get("name", col) != col:
            col = None  # (| 组别 | 单位 | 名次 | with 各县、赣榆区 as a group: the header names another column)
        if col is not None and any(all(c < len(row) and COUNT_CELL.match(row[c]) for row in rows) and not all(
                _counts_names(row[c], row[col]) for row in rows) for c in range(width) if c != col):
            # (| 天津 | 3个 | 河北区、河东区、南开区 |: a count of the very names beside it is no such table)
            continue  # | 第一批 | 18个 | 智慧城市、产业升级等 |: how many of each batch, and in which fields
        if col is not None:
            # | 设区市政府门户网站 | 南昌、九江、抚州 |: a label, and the names it covers in one cell
            items = []
            for r, row in zip(block, rows):
                if col >= len(row) or len(spans_of[r]) != len(row) or sep not in row[col] and not (
                        sep == " " and _one_named(row[col])) and not any(
                        k != col and COUNT_CELL.match(c.strip()) and _counts_names(c, row[col]) for k, c in enumerate(row)):
                    continue  # (| 山西 | 1个 | 阳泉市 |: one name its row counts, among rows of several, is read too)
                label = next((c for k, c in enumerate(row) if k != col and c and not EMPTY_CELL.match(c)
                              and not NUMERIC_CELL.match(c.strip()) and not COUNT_CELL.match(c.strip())), None)
                if label is None:  # (| 东部地区 |  | over | 甲 乙 丙 | 8 |: the label row above, not the count)
                    above = [k for k in labels if k < r and labels[k]]
                    label = labels[max(above)] if above else None
                a, b = spans_of[r][col]
                for x, y in split_outside_quotes(lines[r][a:b], sep):
                    span = _trim_part(lines[r], a + x, a + y)
                    if span[1] > span[0] and not re.fullmatch(r"[（(][^（）()]*[）)]", lines[r][span[0]:span[1]]):  # (（其余待补）: a note)
                        items.append(Item(r, *span, category=LABEL_COUNT.sub("", label) if label else None, whole=True))
            if items:
                runs.append(Run(items, "table", top=block[0]))
            continue
        if _key_value_box(rows):
            continue  # | 荣誉 | … | / | 见报时间 | … |: one thing's fields, not a list
        if any(all(c < len(row) and PASS_CELL.match(row[c]) for row in rows[1:]) for c in range(width)) and len(rows) >= 3:
            continue  # | 网站名称 | 网址 | 检查结果 | … 合格 |: an inspection every row passed, not an honour
        if any(ISSUER_HEADER.search(re.sub(r"\s+", "", text)) for text in rows[0]) and (not any(
                NAME_HEADER.search(text) for text in rows[0]) or any(DOCUMENT_HEADER.match(re.sub(r"\s+", "", text)) for text in rows[0])):
            continue  # | 发布部门 | 试点类型 | 年份 | 数量 |: who issued what, and how many, names no case
            # (| 地区 | 时间 | 发布单位 | 文件 |: the documents each issued, whatever the places beside them)
        if any(HEADLINE_HEADER.match(re.sub(r"\s+", "", text)) for text in rows[0]):
            continue  # | 名次 | 文章标题 | 发布账号 | 阅读数 |: a ranking of articles, whose headlines are no cases
        repeated = _repeated_header(rows[0])
        if repeated:
            # | 序号 | 名称 | 序号 | 名称 |: two entries to a row, each half read by the same header, row by
            # row, left then right (an empty right half on the last row is no entry)
            halves, step = repeated
            roles = _header_roles(rows[0][:halves])
            if "name" not in roles and "agency" not in roles and "region" in roles and len(roles) <= 2:
                roles["name"] = roles.pop("region")  # (| 序号 | 市（区） | 序号 | 市（区） |: the places are the entries)
            if "name" in roles:
                items = []
                for r, row in zip(block[1:], rows[1:]):
                    if len(spans_of[r]) != len(rows[0]):
                        continue
                    for base in range(0, len(rows[0]), step):
                        a, b = spans_of[r][base + roles["name"]]
                        if EMPTY_CELL.match(lines[r][a:b]):
                            continue
                        number_text = row[base + roles["rank"]].strip() if "rank" in roles else ""
                        number = int(number_text) if number_text.isdecimal() else None
                        ranked = "rank" in roles and re.search(r"排名|名次|位次|排行|排位", rows[0][roles["rank"]])
                        item = Item(r, a, b, number=number, rank=number if ranked else None, whole=True)
                        if "agency" in roles and not EMPTY_CELL.match(row[base + roles["agency"]]):
                            item.agency = (r, *spans_of[r][base + roles["agency"]])
                        items.append(item)
                if items:
                    runs.append(Run(items, "table", top=block[0]))
                continue
        roles = _header_roles(rows[0]) or _place_and_word_header(rows, looks_like_region)
        guide = None if roles else _column_guide(lines, block[0], len(rows[0]))
        guided = _header_roles(guide) if guide else {}
        if "name" in guided or "agency" in guided:
            roles = guided  # (第一栏是奖项，第二栏是组别，第三栏是得奖县市: the header the table lacks)
        else:
            guide = None  # (所属指数、区县、名次、指数值: no column it names holds the entries; read by content)
        if "stat" in roles and "category" not in roles and "name" in roles and len(rows) >= 3 and all(
                roles["stat"] < len(row) and 2 <= len(row[roles["stat"]].strip()) <= LABEL_MAX
                and not re.search(r"\d", row[roles["stat"]]) for row in rows[1:]):
            roles["category"] = roles.pop("stat")  # | 评估指数 | … | 居前三位的城市 |: a column naming the measures, each row's category
        header = bool(roles)
        # (a column of notes beside the figures, | 项目 | 数量 | 备注 |, says nothing of what the rows are)
        figures = [text for k, text in enumerate(rows[0]) if k != roles.get("name", roles.get("agency", roles.get("region", 0)))
                   and not (k == roles.get("rank") and any(KIND_HEADER.match(re.sub(r"\s+", "", c)) for c in rows[0]))
                   and not (k == roles.get("rank") and re.sub(r"\s+", "", text) in ("序号", "编号"))  # (| 序号 | 单位 | 报送数（条） |)
                   and not NOTE_HEADER.match(re.sub(r"\s+", "", text))]
        if header and len(rows[0]) >= 2 and figures and all(FIGURE_HEADER.search(re.sub(r"\s+", "", text)) for text in figures):
            continue  # | (位次 |) 职能部门 | 政务微信数量（个） | 占比 |: how many of each kind, no case
        sub = _sub_header(rows, roles) if header else None
        if sub:
            # | 所在省份 | 国家级经开区 | 名次 |  | over |  |  | 综合排名 | 利用外资排名 |: each sub-column a
            # ranking of its own, a row an entry on each ranking it has a place in
            items = []
            for r, row in zip(block[2:], rows[2:]):
                if len(spans_of[r]) != len(rows[0]) or EMPTY_CELL.match(row[roles["name"]]):
                    continue
                for c in sub:
                    if row[c].strip().isdecimal():
                        item = Item(r, *spans_of[r][roles["name"]], number=int(row[c]), rank=int(row[c]),
                                    category=rows[1][c].strip(), whole=True)
                        if "region" in roles and not EMPTY_CELL.match(row[roles["region"]]):
                            item.region = (r, *spans_of[r][roles["region"]])
                        items.append(item)
            if items:
                runs.append(Run(items, "table", numbered=True, top=block[0], trigger=True))
            continue
        data_lines, data = (block[1:], rows[1:]) if header and not guide else (block, rows)
        head_row = guide or rows[0]
        if header:  # the header printed again halfway down (after a page break): no row of the list
            kept = [k for k, row in enumerate(data) if [c.strip() for c in row] != [c.strip() for c in head_row]]
            data_lines, data = [data_lines[k] for k in kept], [data[k] for k in kept]
            _rank_by_order(head_row, data, roles)
        if header:
            last_header = (block[-1], roles, head_row)
        elif last_header and block[0] - last_header[0] <= CONTINUATION_GAP + 1 and len(last_header[2]) == len(rows[0]) and not any(
                (marker_at(lines[k].strip()) and label_of(lines[k])) or "下表" in lines[k]
                for k in range(last_header[0] + 1, block[0])):  # (not past （二）示范基地, or a sentence describing the next table)
            # a table without a header a line or two under one of the same columns (第51位至第69位
            # below 第1—20位, after a note): the same table continued, read by the header above
            roles, head_row, header = dict(last_header[1]), last_header[2], True
            last_header = (block[-1], roles, head_row)
        if not header and _figures_under_words(rows):
            continue  # | 城市 | 全国级 | 省级 | 市级 | over | 上饶市 | 17 | 82 | 280 |: how many each place has, a statistic
        placed = _place_province_pairs(data) if not header else None
        if placed:
            # | 合肥 | 安徽省 | 沈阳 | 辽宁省 |: a place and its province, two or more pairs to a row — each pair
            # an item, the province where it is
            items = [Item(r, *spans_of[r][c], region=(r, *spans_of[r][c + 1]), whole=True)
                     for r, row in zip(data_lines, data) if len(spans_of[r]) == len(row)
                     for c in placed if row[c] and not EMPTY_CELL.match(row[c])]
            if items:
                runs.append(Run(items, "table (no header)", top=block[0]))
            continue
        sectioned = bool(data_lines) and _row_label_above(lines, data_lines[0]) is not None
        if not header and (_is_grid(data) or _place_grid(data, 2 if sectioned else 3)) and not _columns_differ(data, ends_as_org) \
                and not _positions_grid(data):
            # a grid of names (副省级以上优秀创新型城市 five to a row): every cell is an item
            # (| 地市州 | over | 武汉市 | 十堰市 |: a section of a grid under its label row, the label their category)
            items = [Item(r, a, b, whole=True, category=_row_label_above(lines, r)) for r in data_lines for a, b in spans_of[r]
                     if not EMPTY_CELL.match(lines[r][a:b])]
            runs.append(Run(items, "table grid", top=block[0]))
            continue
        pairs = _numbered_pairs(data) if not header else None
        if pairs:
            # | 1 | 甲 | 2 | 乙 |: a number and a name, two or more pairs to a row — each pair an item
            items = [Item(r, *spans_of[r][c + 1], number=number, whole=True)
                     for number, r, c in sorted((int(row[c]), r, c) for r, row in zip(data_lines, data)
                                                for c in pairs if row[c].isdecimal() and len(spans_of[r]) == len(row))]
            if items:
                runs.append(Run(items, "table (no header)", numbered=True, top=block[0]))
            continue
        if not header:
            winners = _winner_columns(data, ends_as_org)
            if winners:
                # | 地方微博榜 | 河南省检察院 | 河北省保定市检察院 | 四川省营山县检察院 |: each ranking's
                # winners across the row, every body a case under the row's ranking
                label_col, body_cols = winners
                items = [Item(r, *spans_of[r][c], category=row[label_col], whole=True)
                         for r, row in zip(data_lines, data) if len(spans_of[r]) == len(row)
                         for c in body_cols if not EMPTY_CELL.match(row[c])]
                if items:
                    runs.append(Run(items, "table (no header)", top=block[0]))
                continue
            runs_of = _label_and_name_runs(data, looks_like_region, ends_as_org)
            if runs_of:
                # | 综合传播指数 | 潜江市、枣阳市、应城市 |: a label, then the names it heads, 、 between
                items = []
                for r, row in zip(data_lines, data):
                    if len(spans_of[r]) != len(row):
                        continue
                    a0, b0 = spans_of[r][1]
                    cell = re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", lines[r][a0:b0])  # (a note on the cell's order)
                    for a, b in split_outside_quotes(cell, "、"):
                        x, y = _trim_part(lines[r], a0 + a, a0 + b)
                        if y > x:
                            items.append(Item(r, x, y, category=row[0], whole=True))
                if items:
                    runs.append(Run(items, "table (no header)", top=block[0]))
                continue
            grid = _labelled_grid(data, looks_like_region, ends_as_org)
            if grid:
                label_cols, name_cols = grid
                items = [Item(r, *spans_of[r][c], category=row[label_cols[0]], whole=True)
                         for r, row in zip(data_lines, data) if len(spans_of[r]) == len(row)
                         for c in name_cols if row[c] and not EMPTY_CELL.match(row[c])]
                if items:
                    runs.append(Run(items, "table (no header)", top=block[0]))
                continue
            roles = _content_roles(data, looks_like_region, ends_as_org, township)
        elif "name" not in roles and "agency" not in roles:
            # a header that names its name column with a word of its own (部委, 账号名): the first
            # column no other role took whose cells are text
            taken = set(roles.values())
            texts = []
            for col in range(len(head_row)):
                values = [row[col] for row in data if col < len(row) and row[col]]
                if NOTE_HEADER.match(re.sub(r"[\s　]+", "", head_row[col])):
                    continue  # | 名次 | 省份 | 备注 |: the notes beside the rows never name them
                if col not in taken and values and sum(not NUMERIC_CELL.match(v) for v in values) >= 0.8 * len(values):
                    texts.append((col, values))
            # (所属片区 | 名次 | 省级政府: a column repeating a few values — 华东, 华北 — groups the
            # rows; the column whose every row differs names them)
            distinct = [col for col, values in texts if len(set(values)) == len(values)]
            if texts:
                roles["name"] = distinct[0] if distinct and len(set(texts[0][1])) < len(texts[0][1]) else texts[0][0]
        if "name" not in roles and "agency" not in roles and header and "rank" in roles and "region" in roles and (any(
                GRADE_CELL.match(re.sub(r"[\s　]+", "", c)) for c in head_row) or "stat" not in roles):
            roles["name"] = roles.pop("region")  # | 排名 | 地市 | 成绩 |: the places are what the table ranks
        if "name" not in roles:
            if "agency" not in roles:
                continue
            roles["name"] = roles.pop("agency")
        parallel = _parallel_columns(rows, data, roles) if header else []
        if parallel:
            # 位次 | 省份 | 城市: two rankings side by side, each column a list under its heading
            items = []
            for col in parallel:
                for r, row in zip(data_lines, data):
                    a, b = spans_of[r][col]
                    rank_text = row[roles["rank"]] if "rank" in roles else ""
                    number = int(rank_text) if rank_text.isdecimal() else None
                    items.append(Item(r, a, b, number=number, category=head_row[col].strip(), whole=True))
            runs.append(Run(items, "table", numbered="rank" in roles, top=block[0]))
            continue
        explicit_rank = header and re.search(r"排名|名次|位次|排行|排位", head_row[roles["rank"]]) if "rank" in roles else False
        items = []
        last_agency = None  # the body cell of the row above: a cell merged down its column is printed empty
        for r, row in zip(data_lines, data):
            spans = spans_of[r]
            if len(spans) != len(head_row):
                continue
            above = [labels[k] for k in labels if k < r]
            a, b = spans[roles["name"]]
            if EMPTY_CELL.match(row[roles["name"]]):
                continue  # | 一等奖 | 空缺 |: no winner on this row
            rank_text = row[roles["rank"]] if "rank" in roles else ""
            ordinal = ORDINAL_CELL.match(rank_text)  # TOP1, 第9名: a rank, whatever the header says
            number = int(rank_text) if rank_text.isdecimal() else _ordinal_number(ordinal) if ordinal else None
            item = Item(cell_origin.get(r, {}).get(roles["name"], r), a, b, number=number,
                        rank=number if explicit_rank or ordinal else None, whole=True)
            said = row[roles["agency"]] if "agency" in roles else ""
            if "agency" in roles and not EMPTY_CELL.match(said) and not (
                    SENTENCE_CELL.search(said) and not ends_as_org(said)):  # (| 甲 | 暂缺资料，待补充 |: a note, no body)
                item.agency = (origin.get(r, r) if roles["agency"] == 0 else r, *spans[roles["agency"]])
                last_agency = item.agency
            elif "agency" in roles and not said.strip() and last_agency is not None and header:
                # | 3 |  | 南县税务局工会 | under | 2 | 南县税务局 | 南县税务局 |: the body cell merged down (rowspan)
                item.agency = last_agency
            elif "agency" in roles and EMPTY_CELL.match(said):
                item.unnamed = True  # | 贵州 | “筑民生”平台 | — |: the page says it does not know the body
            if "category" in roles:
                item.category = row[roles["category"]] or None
                if item.category and PEOPLE_AWARD.search(item.category):
                    continue  # | 十佳督办员 | … |: an award for people, whose winners are no cases
            if above and not (item.category and PRIZE_TIER.search(item.category)):
                # | 创新领先类 | over rows whose 类型 column says 地级: the row printed across the table is the
                # nearest label above them (a prize column, 一等奖, stays the row's own)
                item.category = above[-1]
            if "description" in roles:
                item.desc = [(r, spans[roles["description"]][0])]
            if "region" in roles:  # (a rowspan's cell is read on the row it was printed on)
                item.region = (origin.get(r, r) if roles["region"] == 0 else r, *spans[roles["region"]])
            items.append(item)
        if items:
            # a header naming its case column (案例名称, 创新举措) beside its bodies' column says what it lists
            # (so does one that gives each named thing its body and the award it won: 奖项 | 提案机关 | 提案名称)
            # (or one that gives each named thing the award it won: 名称 | 奖项 | 序号)
            awarded = header and "category" in roles and bool(re.search(r"奖项|奖别|等次|获奖", head_row[roles["category"]])) and bool(
                re.search(r"名称|作品|项目|成果", head_row[roles["name"]]))
            named = (header and ("agency" in roles or "region" in roles or awarded) and (
                bool(CASE_HEADER.search(head_row[roles["name"]]))
                or ("category" in roles and bool(re.search(r"奖|等次", head_row[roles["category"]]))))
                     and not any(DEALS_HEADER.search(cell) for cell in head_row))
            runs.append(Run(_split_name_cells(lines, items), "table" if header else "table (no header)",
                            numbered="rank" in roles, top=block[0], trigger=named))
    return runs


CELL_LABEL = re.compile(r"^\s*([\u4e00-\u9fff（）()、]{2,8})\s*[：:]\s*(?=\S)")


def _unlabel_cells(lines: list[str], block: list[int], rows: list[list[str]], spans_of: dict) -> None:
    """| 崇州市 | 所在市（州）：成都市 |: a column whose every cell starts with the same label and a colon
    holds the values after it (the label is the column's header, printed in each cell)."""
    if len(rows) < 2 or len({len(row) for row in rows}) != 1:
        return
    for col in range(len(rows[0])):
        found = [CELL_LABEL.match(row[col]) for row in rows]
        if not all(found) or len({m.group(1) for m in found}) != 1:
            continue
        for r, row, m in zip(block, rows, found):
            a, b = spans_of[r][col]
            start = a + len(lines[r][a:b]) - len(lines[r][a:b].lstrip()) + m.end()
            spans_of[r] = list(spans_of[r][:col]) + [(start, b)] + list(spans_of[r][col + 1:])
            row[col] = row[col][m.end():].strip()


COMPOUND_HEADER = re.compile(r"^([^\s　/／]{2,8})(?:[\s　]+|\s*[/／]\s*)([^\s　/／]{2,8})$")


def _split_compound_columns(lines: list[str], block: list[int], rows: list[list[str]], spans_of: dict) -> None:
    """| 名称 所在地 | over | 甲中心 北京市 |, | 作品名称/报送单位 | over | 《乙》/丙台 |: one header cell naming
    two columns (two header words apart by a space or a slash) over cells each holding two values the
    same way — two columns printed as one, split back into two."""
    if len(rows) < 3 or len({len(row) for row in rows}) != 1:
        return
    for col in range(len(rows[0]) - 1, -1, -1):
        m = COMPOUND_HEADER.match(rows[0][col].strip())
        if not m:
            continue
        roles = [next((role for role, pattern in TABLE_HEADER if pattern.search(word)), None) for word in m.groups()]
        if None in roles or roles[0] == roles[1] or "name" not in roles and "agency" not in roles:
            continue
        slash = "/" in m.group(0) or "／" in m.group(0)
        cuts = []
        for r, row in zip(block[1:], rows[1:]):
            a, b = spans_of[r][col]
            text = lines[r][a:b]
            seps = list(re.finditer(r"\s*[/／]\s*" if slash else r"[\s　]+", text.strip()))
            if len(seps) != 1:
                cuts.append(None)
                continue
            offset = a + len(text) - len(text.lstrip())
            cuts.append((offset + seps[0].start(), offset + seps[0].end()))
        if sum(c is not None for c in cuts) < 0.8 * len(cuts):
            continue
        for r, row, cut in zip(block, rows, [None] + cuts):
            a, b = spans_of[r][col]
            if r == block[0]:
                head = a + len(lines[r][a:b]) - len(lines[r][a:b].lstrip())
                cut = (head + m.end(1), head + m.start(2))
            if cut is None:  # (a row of one value: it stays in the first column, the second empty)
                cut = (b, b)
            spans = list(spans_of[r])
            spans[col: col + 1] = [(a, cut[0]), (cut[1], b)]
            spans_of[r] = spans
            row[col: col + 1] = [lines[r][a:cut[0]].strip(), lines[r][cut[1]:b].strip()]


def _region_header_columns(lines: list[str], block: list[int], rows: list[list[str]], spans_of: dict) -> Run | None:
    """| 辽宁省 | 吉林省 | 江苏省 | over | 獐岛村 | 查干湖屯 | 沿湖村 | / |  |  | 穆墩岛村 |: a header of places, one to a
    column, over the names each place put on the list (as many rows as the longest column needs, the
    rest empty) — every name cell an entry, placed by its column's header."""
    head = [c.strip() for c in rows[0]]
    if len(head) < 3 or len(rows) < 2 or not all(c and locate(c).matched == c and locate(c).province for c in head):
        return None
    if sum(locate(c).admin_level == "provincial" for c in head) < 0.8 * len(head):
        return None  # (| 阳泉市 | 晋中市 | 乌海市 |: a grid of places, its first row as much a list as the rest)
    below = [c.strip() for row in rows[1:] for c in row if c.strip() and not EMPTY_CELL.match(c.strip())]
    if sum(locate(c).matched == c for c in below) > 0.5 * len(below):
        return None  # (| 广东省 | 江苏省 | over | 广州 | 南京 |: places under their provinces are a grid of places too)
    items = []
    for r, row in zip(block[1:], rows[1:]):
        if len(row) != len(head) or len(spans_of[r]) != len(head):
            return None
        for col, cell in enumerate(row):
            text = cell.strip()
            if not text or EMPTY_CELL.match(text):
                continue
            if NUMERIC_CELL.match(text) or len(text) > NAME_MAX or re.search(r"[，,。；;]", text):
                return None  # (| 北京 | 上海 | over figures: a statistics table by place)
            a, b = spans_of[r][col]
            a += len(lines[r][a:b]) - len(lines[r][a:b].lstrip())
            items.append(Item(r, a, a + len(text), region=(block[0], *spans_of[block[0]][col]), whole=True))
    return Run(items, "table", top=block[0]) if len(items) >= len(head) else None


LABEL_WORD_MAX = 8  # a header's word down a turned table's first column: 所在省级行政区, not a name
TRANSPOSED_ROWS = 8  # a table turned on its side has a row per field: a handful, never a list's length


def _transposed(block: list[int], rows: list[list[str]], spans_of: dict, lines: list[str]) -> Run | None:
    """| 示范区 | 北京市东城区 | 北京市顺义区 | over | 所在省级行政区 | 北京 | 北京 |: a table turned on its
    side — its first column the header's words, each further column one entry — read column by column."""
    width = len(rows[0]) if rows else 0
    if width < 3 or not 2 <= len(rows) <= TRANSPOSED_ROWS or _header_roles(rows[0]) or any(not row or not row[0] for row in rows):
        return None
    if len(rows) >= width or any(len(re.sub(r"[\s　]+", "", row[0])) > LABEL_WORD_MAX for row in rows) or any(
            RANK_HEADER.match(re.sub(r"\s+", "", c)) for c in rows[0][1:]):
        return None  # (| 地方微博榜 | 甲 | 乙 | under | 榜单 | 省级榜 | 区县榜 |: a header on top, boards down the side)
    roles = _header_roles([row[0] for row in rows])
    if len(roles) < 2 or "name" not in roles or any(_header_roles([row[c] for row in rows if c < len(row)]) for c in range(1, width)):
        return None  # (| 索引号 | … | 发布机构 | … |: a record's labels in two columns is no turned table)
    if any(METADATA_LABEL.match(c) for row in rows for c in row[1:]):
        return None
    name_line = block[roles["name"]]
    names = rows[roles["name"]]
    if len(names) != width or len(spans_of[name_line]) != width or sum(
            bool(c) and not NUMERIC_CELL.match(c) and not EMPTY_CELL.match(c) for c in names[1:]) < 2:
        return None
    ranked = "rank" in roles and re.search(r"排名|名次|位次|排行|排位", rows[roles["rank"]][0])
    items = []
    for c in range(1, width):
        a, b = spans_of[name_line][c]
        if EMPTY_CELL.match(lines[name_line][a:b]):
            continue
        item = Item(name_line, a, b, whole=True)
        for role in ("agency", "region", "rank", "category"):
            line = block[roles[role]] if role in roles else None
            if line is None or len(spans_of[line]) != width or EMPTY_CELL.match(rows[roles[role]][c]):
                continue  # (| 文号 | 教职成函〔2010〕9号 | merged across every column: no field of one entry)
            text = rows[roles[role]][c].strip()
            if role == "rank":
                item.number = int(text) if text.isdecimal() else None
                item.rank = item.number if ranked else None
            elif role == "category":
                item.category = text
            else:
                setattr(item, role, (line, *spans_of[line][c]))
        items.append(item)
    return Run(items, "table", numbered=bool(ranked), top=block[0]) if len(items) >= 2 else None


def _split_name_cells(lines: list[str], items: list[Item]) -> list[Item]:
    """| 大城市气象高质量发展指数 | 75.3 | 北京 上海 深圳 |: a name cell holding several places or bodies
    apart by spaces (or 、) in most rows is each of them, with the row's fields."""
    def parts(item: Item) -> tuple[list[tuple[int, int]], bool]:
        text = lines[item.line][item.start:item.end]
        spaced = [(item.start + a, item.start + b) for a, b in _spaced_names(text)]
        if len(spaced) >= 2:
            return spaced, False
        joined = [(item.start + a, item.start + b) for a, b in split_outside_quotes(text, "、")]
        # (most of them places the gazetteer knows, the rest short names like them: 汝州、鹿邑)
        known = sum(_spaced_name(lines[item.line][a:b].strip()) for a, b in joined)
        if len(joined) >= 2 and (known == len(joined) or known >= 0.6 * len(joined) and all(
                re.fullmatch(r"[\u4e00-\u9fff]{2,15}", lines[item.line][a:b].strip()) for a, b in joined)):
            return [_trim_part(lines[item.line], a, b) for a, b in joined], True
        return [], False
    found = [parts(item) for item in items]
    if len(items) < 2:
        return items
    counted = _count_column(lines, items)
    if counted:  # | 江苏省 | 4 | 甲（2013）、乙（2014）、丙、丁 |: a column counting each row's names says they are several
        found = [(p, j) if p else ([_trim_part(lines[item.line], item.start + a, item.start + b) for a, b in split_outside_quotes(
            lines[item.line][item.start:item.end], "、")], True) for item, (p, j) in zip(items, found)]
        found = [(p if len(p) >= 2 else [], j) for p, j in found]
    # (places or bodies joined by 、 in a cell are each of them, whatever the other rows hold:
    # | 河南 | 南阳、许昌、平顶山 | beside | 四川 | 巴中 |; names apart by spaces need most rows alike)
    most = sum(bool(p) for p, _ in found) >= 0.6 * len(items)
    split = [p if (most or joined) else [] for p, joined in found]
    if not any(split):
        return items
    out = []
    for item, spans in zip(items, split):
        if not spans:
            out.append(item)
            continue
        for a, b in spans:
            out.append(dataclasses.replace(item, start=a, end=b, desc=list(item.desc)))
    return out


def _count_column(lines: list[str], items: list[Item]) -> bool:
    """A column whose figure on every row is how many names, apart by 、, the row's name cell holds
    (3 beside 甲、乙、丙, 1 beside 丁), and some row holds two or more."""
    rows = [[lines[item.line][a:b].strip() for a, b in cells(lines[item.line]) or ()] for item in items]
    names = [lines[item.line][item.start:item.end] for item in items]
    if len({len(row) for row in rows}) != 1 or not rows[0] or not any("、" in text for text in names):
        return False
    return any(all(re.fullmatch(r"\d{1,3}\s*[个家项所座处名]?", row[k]) and _counts_names(row[k], text) and row[k] != text.strip()
                   for row, text in zip(rows, names)) for k in range(len(rows[0])))


CASE_HEADER = re.compile(r"案例|举措|做法|经验|成果|作品|应用")
DEALS_HEADER = re.compile(r"采购|中标|招标|预算|金额|供应商|报价|合同")  # a tender's table names projects too


# (优秀 / 良好 / A级: an assessment's grade is a tier of its results too)
TIER = re.compile(r"^(?:[^\s，,]{0,6}(?:案例|奖|等奖|类)|[金银铜]奖|特等奖|优胜奖|提名奖?|(?:优秀|良好|优良|[A-E]\+?)(?:等次|等级|级|档次)?)$")


def _keep_categories(items: list[Item]) -> list[Item]:
    """One label above a whole list names the list, not categories that set its items apart (runs,
    repeats and sections are judged without it), unless the label is a tier of an award (最佳案例,
    一等奖, 金奖): a page may print only the top tier of a list. It is still each case's printed
    category (the field convention: the nearest label above), kept in ``shared_label``."""
    labels = {item.category for item in items}
    if len(labels) < 2 and not TIER.match(next(iter(labels)) or ""):
        shared = next(iter(labels))
        shown = None if not shared or HANDING_LABEL.search(shared) else shared  # (入选名单, 榜单前五里还有: no category)
        for item in items:
            item.shared_label, item.category = shown, None
    return items


# A label that only says a list follows (入选名单, 获奖情况, 榜单前五里还有): it names no category
HANDING_LABEL = re.compile(r"^(?:入选|获奖|获评|表彰|上榜|评选|完整|具体|详细|最终|全部|部分)?(?:名单|榜单|名录|一览|情况|结果|如下)$"
                           r"|(?:还有|如下|包括|分别是|分别为|依次是|依次为)$"
                           r"|^(?:入选|获奖|获评|上榜|命名)(?:地区|地方|城市|县区|单位|对象)$"  # (入选地区: the chosen, no kind of them)
                           r"|(?:截图|配图|图片|图示|附图|长图)$"
                           r"|^(?:请|可)?点击|查看[^，。；]{0,8}(?:简介|详情|全文|原文)$")  # (点击下列条目可查看项目简介: how to read on)  # (榜单截图：NO.1 甲／…: the picture the names are read from)


CLAUSE_PART = re.compile(r"^(?:从|对|在|把|将|按照?|通过|围绕|是否|指)|怎么|怎样|是否|如何|高不高|好不好|多不多|等方面")


def _label_and_names(line: str, start: int) -> tuple[str | None, list[tuple[int, int]]] | None:
    """An item written ``类别：甲、乙、丙`` (two or more names after a label and a colon)."""
    colon = first_outside_quotes(line[start:], "：:")
    if colon < 2:
        return None
    label = line[start: start + colon].strip()
    body_start = start + colon + 1
    body = line[body_start:].rstrip("。；; ")
    parts = split_outside_quotes(body, "、；;")
    tie = bool(TIE_NOTE.fullmatch(label))  # 第2名（并列）：甲、乙: two tied, no label
    # (二、水土保持科技示范园（1个）：乙: one name, as many as the label counts)
    one = len(parts) == 1 and bool(re.search(r"[（(]\s*(?:1|一)\s*(?:个|项|家|处|座|所)\s*[）)]$", label))
    if (len(parts) < 2 and not one) or not (label_of(label) or tie) or first_outside_quotes(body, "，,") >= 0:
        return None
    if re.fullmatch(r"《[^《》]+》", label):
        return None  # 《南土遗珍…》：武汉博物馆、武汉市文物交流中心: a work and the bodies behind it, no label over names
    spans = [_trim_part(line, body_start + a, body_start + b) for a, b in parts]
    if any(not 2 <= b - a <= NAME_MAX for a, b in spans):
        return None
    if any(CLAUSE_PART.search(line[a:b]) for a, b in spans):
        return None  # 活力社区：从社区治理是否活跃、居民参与度高不高等方面来评: what it is judged by, no names
    if tie:
        return None, spans
    places = sum(region_prefix(line[a:b] + "x") == line[a:b] or line[a:b] in _short_region_names()
                 or bool(region_prefix(line[a:b])) for a, b in spans)
    if region_prefix(label + "x") == label and 2 * places < len(spans):
        # 山东省莱州市：完善…机制、深化流程再造: the place whose practices follow; but 浙江省：杭州、宁波 and
        # 重庆：铜梁区、石柱县、云阳龙缸国家地质公园 are places under their province's label
        return None
    return label, spans


def _names_line(line: str) -> bool:
    """甲、乙、丙: short names joined by 、 and nothing else."""
    parts = split_outside_quotes(line.rstrip("。.；; "), "、")
    return (len(parts) >= 2 and not is_sentence(line.rstrip("。")) and not re.search(r"[，,]", line)
            and all(2 <= b - a <= 20 for a, b in parts))


NEW_TOPIC = re.compile(r"^(?:另外|此外|同时|另据|据悉|据了解|据介绍|记者|本次|本届|今年|此次)")


# (not 编号仅为便于查找，不代表名次: a clause that says they are not)
NUMBERS_ARE_RANKS = re.compile(r"(?:数字|序号|编号|数码)[^。；;，,不非]{0,16}(?:为|是|即|表示|代表)[^。；;，,不非]{0,16}(?:名次|排名)")


def _remark_lines(lines: list[str], parsed: list) -> set[int]:
    """✅ 麻涌镇麻三村 / 👉 水乡味很足。/ ✅ 茶山镇寒溪水村 / 👉 …: lines of one bullet, each right under
    a line of another and written as sentences, are remarks on the items above them, not items."""
    kinds: dict[str, list[int]] = {}
    for i, (_, found) in enumerate(parsed):
        if len(found) == 1 and found[0][3].startswith("bullet"):
            kinds.setdefault(found[0][3], []).append(i)
    remarks: set[int] = set()
    for kind, at in kinds.items():
        above = {parsed[i - 1][1][0][3] if i and len(parsed[i - 1][1]) == 1 else None for i in at}
        if len(at) < 2 or len(above) != 1 or None in above or kind in above:
            continue
        said = sum(bool(re.search(r"[，,。！!？?]", lines[i])) for i in at)
        if 2 * said >= len(at):
            remarks.update(at)
    return remarks


# 所在设区市：南昌市 / 申报单位：… / 地址：…: a field of the entry named on the line above
WHERE_LABEL = re.compile(r"^(?:所在|所属|建设|落户|选址)?(?:地区|城市|设区市|地市|市州|省份|省市|区县|县区|县市区|地|所在地|属地|地点|位置)$")


# | 排名 | 地市 | 成绩（满分120） |: a column of what an assessment gave each row
GRADE_CELL = re.compile(r"^(?:综合|考评|考核|测评|评估|评价|最终|加权)?(?:得分|评分|成绩|分数|总分|分值)(?:[（(][^（）()]{0,12}[）)])?$")


def _fields_under_names(lines: list[str], run: Run) -> Run:
    """- ⑴甲 / - 所在设区市：南昌市 / - ⑵乙 / - 所在设区市：…: every item a field line with one and the
    same label, each under the line its category came from — those lines are the entries, the
    fields only say where they are (or who runs them)."""
    if len(run.items) < 3:
        return run
    fields = [FIELD_LINE.match(lines[item.line][item.start:]) for item in run.items]
    if not all(fields) or len({m.group("label") for m in fields}) != 1:
        return run
    label = fields[0].group("label")
    agency = bool(RECORD_AGENCY_LABEL.match(label) or label.endswith("单位"))
    if not (agency or WHERE_LABEL.match(label)):
        return run
    items = []
    for item, m in zip(run.items, fields):
        above = item.line - 1
        head = lines[above] if above >= 0 else ""
        marked = marker_at(head.strip()) if head.strip() else None
        start = len(head) - len(head.lstrip())
        if marked:
            start += marked[2]
            inner = marker_at(head[start:].strip())  # (- ⑴甲: a bullet over a number)
            if inner:
                start += len(head[start:]) - len(head[start:].lstrip()) + inner[2]
        start += len(head[start:]) - len(head[start:].lstrip())
        name = head[start:].rstrip()
        if not item.category or name != item.category.strip() or not 2 <= len(name) <= NAME_MAX:
            return run
        value = (item.line, item.start + m.start("value"), item.start + m.end("value"))
        items.append(Item(above, start, start + len(name), number=marked[1] if marked and marked[1] else None,
                          agency=value if agency else None, region=None if agency else value, whole=True))
    return Run(items, run.shape, numbered=False, trigger=run.trigger, top=run.top, held={item.line for item in run.items})


def field_pair_runs(lines: list[str]) -> list[Run]:
    """甲中心 / 建设地点：河北省张家口市 / 乙中心 / 建设地点：… — unnumbered names, each followed by a line of
    one field with the same label throughout (where it lies, or the body that runs or put it forward):
    the names are the entries, the field lines what the page says of each."""
    runs: list[Run] = []
    i = 0
    while i + 1 < len(lines):
        pairs, label, k = [], None, i
        while k + 1 < len(lines):
            name, field = lines[k].strip(), FIELD_LINE.match(lines[k + 1])
            if not field or not 2 <= len(name) <= NAME_MAX or re.search(r"[，,。；;：:！？!?]", name) or marker_at(name):
                break
            if label is None:
                label = field.group("label")
            if field.group("label") != label:
                break
            pairs.append((k, field))
            k += 2
        agency = bool(label) and bool(RECORD_AGENCY_LABEL.match(label) or label.endswith("单位"))
        if len(pairs) >= 3 and (agency or WHERE_LABEL.match(label or "")):
            items = []
            for line, field in pairs:
                value = (line + 1, field.start("value"), field.end("value"))
                start = len(lines[line]) - len(lines[line].lstrip())
                items.append(Item(line, start, len(lines[line].rstrip()), agency=value if agency else None,
                                  region=None if agency else value, whole=True))
            runs.append(Run(items, "lines", held={line + 1 for line, _ in pairs}))
            i = k
        else:
            i += 1
    return runs


def marker_runs(lines: list[str]) -> list[Run]:
    """Numbered or bulleted lines (one or several items a line); label lines between them — a
    short line, 【类别】, or a heading numbered in another style (一、 over 1.) — keep the run going
    and name the category of the items below."""
    runs: list[Run] = []
    current: list[Item] = []
    kind = last = category = category_line = heading_kind = None
    ties = 1
    parsed = [items_on_line(line) for line in lines]
    # 条目前的数字为该馆在相应榜单中的名次: the numbers are places on rankings, so they skip and restart
    rank_numbers = any(NUMBERS_ARE_RANKS.search(line) for line in lines if "名次" in line or "排名" in line)
    points: set[int] = set()  # bullet lines that are the points of the numbered item above them
    pointed = False  # the current run's items have such points
    remarks = _remark_lines(lines, parsed)

    def points_below(i: int, found) -> list[int]:
        """1、甲市—… / ●… / ●… / 2、乙市—…: the bullets under item N, when N+1 follows them (or the
        run's earlier items had theirs), are its points."""
        bullets = parsed[i + 1][1][0][3] if i + 1 < len(lines) and parsed[i + 1][1] else None
        if (not bullets or not bullets.startswith("bullet") or found[0][3].startswith("bullet") or not found[0][2]
                or found[0][3] in ("cn", "paren-cn") or not re.search(r"[—－–:：]", lines[i][found[0][0]:])):
            return []  # (（三）年度获得的主要荣誉 over bullets: a section's heading; an item names its owner: 甲市—…)
        k = i + 1
        while k < len(lines) and parsed[k][1] and parsed[k][1][0][3] == bullets and len(lines[k]) <= 2 * NAME_MAX:
            k += 1
        if k == i + 1 or sum(lines[j].rstrip().endswith(("；", ";", "。")) or "，" in lines[j] for j in range(i + 1, k)) < 0.5 * (k - i - 1):
            return []  # (●甲市政务服务网 / ●乙市…: names under a numbered category, not an item's points)
        following = parsed[k][1] if k < len(lines) else []
        resumes = bool(following) and following[0][3] == found[0][3] and following[0][2] == found[0][2] + 1
        return list(range(i + 1, k)) if resumes or (pointed and current and kind == found[0][3]) else []

    def sibling_follows(i: int) -> bool:
        """（一）甲 / a paragraph / another / （二）乙: the numbering goes on within a few paragraphs."""
        for k in range(i + 1, min(i + 4, len(lines))):
            if parsed[k][1]:
                return parsed[k][1][0][3] == kind and last is not None and parsed[k][1][0][2] == last + 1
        return False

    def flush():
        nonlocal current, last
        if current:
            bulleted = kind.startswith("bullet")
            runs.append(Run(_keep_categories(current), "bulleted" if bulleted else "numbered",
                            numbered=not bulleted and kind != "case", trigger=kind == "case"))  # (【案例一】 names cases)
        current, last = [], None

    for i, line in enumerate(lines):
        if i in points:
            continue  # (described under its item)
        head, found = parsed[i]
        if found and "|" in head and head.rsplit("|", 1)[1].strip():
            found = []  # | 网友 | 排个队：1. 甲 2. 乙… |: numbers inside a cell's sentence are the sentence's, no list's
        # the items below a heading, past a line that only introduces them (前10名名单如下：)
        # (or past a note in brackets: 部委 / （前三名按报告公布顺序…） / 1. 商务部)
        after = i + 2 if i + 2 < len(lines) and (is_introducer(lines[i + 1]) or is_note_line(lines[i + 1])) else i + 1
        nxt = parsed[after][1] if after < len(lines) else []
        if category_line == i - 1 and (is_introducer(line) or is_note_line(line)) and not found:
            category_line = i  # the category above goes on over its introducing line
            continue
        under = points_below(i, found) if found and len(found) == 1 else []
        if (found and len(found) == 1 and nxt and nxt[0][3] != found[0][3] and label_of(line)
                and not (current and found[0][3] == kind) and not under and after not in remarks
                # ((1)榜单甲 / 6. 陕西历史博物馆 / (2)榜单乙 / 10. …: right under a heading of another style,
                # a line is its item, however the next heading is numbered)
                and not (category_line == i - 1 and heading_kind not in (None, found[0][3]))):
            # a heading numbered in another style than the items below it (一、 over 1., ▲ over ◆):
            # a category when it sits inside a run of such items, else the start of a new run
            if current and nxt[0][3] != kind:
                flush()
            category, category_line, heading_kind = label_of(line), i, found[0][3]
            continue
        if (found and len(found) == 1 and found[0][3].startswith("bullet") and i + 1 < len(lines) and not parsed[i + 1][1]
                and _names_line(lines[i + 1]) and label_of(line) and not (current and kind == found[0][3])):
            flush()  # ■ 优秀政务微信 over 江苏发布、南京发布: a label over a line of names (inline_runs)
            category = None
            continue
        if found:
            number, item_kind = found[0][2], found[0][3]
            if head:
                category, category_line = label_of(head) or category, i - 1
            restarted = number == 1 and category_line == i - 1
            # 第7位 … 第4位: printed ranks of a selection skip and restart; numbering does not
            # tied ranks (6 湖南, 6 福建, 8 陕西): a number repeats, and the next skips the ties
            continues = current and item_kind == kind and (
                number is None or last is None or number == last + 1 or restarted or item_kind == "ord"
                or (rank_numbers and (number > last or category_line == i - 1))
                or (number == last and len(found) == 1) or (last < number <= last + ties))
            ties = ties + 1 if continues and number is not None and number == last else 1
            if current and not continues:
                flush()
            expanded = _label_and_names(line, found[0][0]) if len(found) == 1 else None
            if expanded:  # 1、华东政务微博创新管理奖：衢州发布、浙江民政、浦江天平
                label, spans = expanded
                tied_rank = found[0][2] if label is None and found[0][3] == "ord" else None  # (第2名（并列）：甲、乙)
                current.extend(Item(i, a, b, category=label if label is not None else category, rank=tied_rank,
                                    number=tied_rank) for a, b in spans)
                kind, last = found[0][3], found[0][2]
                continue
            for start, end, number_, item_kind_ in found:
                # 第一名, 第7位: the page ranks the item itself
                current.append(Item(i, start, end, number=number_, category=category,
                                    rank=number_ if item_kind_ == "ord" else None))
            if i + 1 in remarks and len(found) == 1:
                current[-1].desc.append(i + 1)  # ✅ 甲村 / 👉 a remark on it
                points.add(i + 1)
            if under:
                current[-1].desc.extend(under)
                points.update(under)
                pointed = True
            elif not continues:
                pointed = False
            kind, last = item_kind, found[-1][2]
            continue
        label = label_of(line)
        # (北京市 / 1. 甲… / 天津市 / 2. 乙…: short labels between longer items whose numbering goes on
        # keep the run going; not a name between section headings, （一）河北省 / 包头市 / （二）…)
        if label and nxt and (nxt[0][2] in (1, None) or nxt[0][3] == "ord" or (rank_numbers and nxt[0][3] == kind) or (
                current and nxt[0][3] == kind and last is not None
                and nxt[0][2] == last + 1 and "、" not in label
                and min(current[-1].end - current[-1].start, nxt[0][1] - nxt[0][0]) >= len(label) + 6)):
            if current and nxt[0][3] != kind:
                flush()
            category, category_line = label, i
            continue
        if current and max(current[-1].lines()) == i - 1 and kind and kind.startswith("bullet") and (
                field := FIELD_LINE.match(line)) and len(field.group("label")) <= 6 and len(line) <= 2 * NAME_MAX and not (
                RECORD_AGENCY_LABEL.match(field.group("label")) or re.search(r"单位|机构|名称|项目|案例|作品|者$", field.group("label"))):
            # - 甲步行街 / 所在城区：东城区 / 试点期：…: the item's own fields (not ▶ 某奖 / 获奖单位：甲, who won it)
            current[-1].desc.append(i)
            continue
        if current and max(current[-1].lines()) == i - 1 and FIELD_ROW.match(line):
            current[-1].desc.append(i)  # (1) 甲 / | 荣誉 | … | / | 见报时间 | … |: the item's own fields, a table of two cells
            continue
        if (current and is_paragraph(line) and max(current[-1].lines()) == i - 1
                and (len(parsed[i - 1][1]) == 1 or FIELD_ROW.match(lines[i - 1]) or sibling_follows(i))
                and not NEW_TOPIC.match(line) and not _ranking_clauses(line, i, [])):
            # (另外，… or “甲”“乙”等也排在前列: the article goes on, not the item's description)
            current[-1].desc.append(i)  # a paragraph under an item is its description
            continue
        flush()
        category = None
    flush()
    return runs


FIELD_ROW = re.compile(r"^\|\s*[^|\s][^|]{0,11}\|\s*[^|\s][^|]*\|\s*$")  # | 荣誉 | 中国社区治理十大创新成果 |
SECTION_INTRO = re.compile(r"^(?:以下|下面|下列)[^。]{0,40}(?:[。：:]|如下)$")


# A heading that gives the body before its case: 黑龙江省司法厅：黑龙江省行政执法综合管理监督平台
AGENCY_HEADING = re.compile(
    rf"^(?P<org>[^：:，,。；;！？“”]{{2,60}}?(?:{_ORG_END}))\s*[：:]\s*(?P<name>[^：:。；;！？]{{2,{NAME_MAX + 20}}})$")


# 鹤壁市山城区：“青言青语”新时代理论宣讲团: a region (written in full) as the heading's owner
# 河南日报社大河网：“我是经典传诵人”小程序: an owner, then a quoted product (not speech: no sentence in it)
OWNER_HEADING = re.compile(rf"^(?P<org>[^：:，,。；;！？“”\s]{{3,20}}?)\s*[：:]\s*(?P<name>[“「《][^：:。；;！？，,]{{2,{NAME_MAX}}})$")


def agency_heading(line: str) -> re.Match | None:
    m = AGENCY_HEADING.match(line)
    if not m:
        from .fields import looks_like_person

        m = OWNER_HEADING.match(line)
        m = m if m and (region_prefix(m.group("org")) or starts_with_region(m.group("org"))) and not looks_like_person(
            m.group("org")) else None
    return m if m and not EDITORIAL.search(line) and not marker_at(line) else None


def _heads(line: str) -> bool:
    return is_heading(line) or (("：" in line or ":" in line) and (agency_heading(line) is not None
                                                                  or winner_heading(line) is not None))


# 保定市：国家区域数据基础设施第二批先行先试试点城市: a place or body, then the honour it won
WINNER_HEADING = re.compile(r"^(?P<winner>[^：:，,。；;、“”「」《》]{2,24})[：:]\s*(?P<honour>[^：:，,。；;]{4,40}?"
                            r"(?:试点城市|试点地区|试点单位|试点县|试点|示范区|示范县|示范市|示范城市|示范单位|示范基地|先行区|先导区|"
                            r"实验区|试验区|基地|称号|[一二三特]等奖|[金银铜]奖|大奖|优秀奖|[十百]佳|[十百]强))$")


def winner_heading(line: str) -> re.Match | None:
    """A heading that names its winner, then after a colon the honour it won (the reverse of 奖：甲)."""
    m = WINNER_HEADING.match(line.strip())
    if not m or marker_at(line):
        return None
    winner = m.group("winner").strip()
    placed = region_prefix(winner) == winner or informal_region(winner) or bool(ORG_ENDING.search(winner)) or bool(
        re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:合作区|开发区|新区|高新区|实验区)", winner) and starts_with_region(winner))
    return m if placed else None


NOTE_LINE_ONLY = re.compile(r"^\s*[（(][^（）()]{2,30}[）)]\s*$")


def _unit_line(line: str) -> bool:
    """陕西省渭南市富平县税费调解委员会, 陕西省榆林市绥德县满堂川镇: a line that only names a body or a
    place written out, with nothing else on it."""
    text = line.strip()
    if not 4 <= len(text) <= 30 or re.search(r"[，,。；;：:！？“”「」《》\s]", text):
        return False
    prefix = region_prefix(text) or ""
    return bool(prefix) and (bool(ORG_ENDING.search(text)) or prefix == text or bool(
        re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:镇|乡|街道|社区|村)", text[len(prefix):])))


def _owner_colon(line: str) -> bool:
    """上海机场（集团）：党建引领…: a body or place, then a colon, opening the line (another named line)."""
    colon = first_outside_quotes(line, "：:")
    who = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", line[:colon]) if 0 < colon <= 20 else ""
    return bool(who) and not re.search(r"[，,、；;\s]", who) and bool(
        ORG_ENDING.search(who) or region_prefix(who) or starts_with_region(who))


def _sections_of(lines: list[str], items: list[Item]) -> list[Item]:
    """Headings that give their body (单位：名称) are the cases; plain headings among them
    (第七届部分获奖项目 over an introducing paragraph) are the sections they fall into."""
    if sum(item.agency is not None for item in items) < 2 or all(item.agency is not None for item in items):
        return items
    kept, section = [], None
    for item in items:
        if item.agency is None:
            section = item
            continue
        item.category = item.category or (lines[section.line].strip() if section else None)
        kept.append(item)
    return kept


# a paragraph saying its heading was honoured (被…表彰为, 命名为, 授予…称号, 同获…奖)
HONOURED_IN = re.compile(r"表彰为|命名为|命名表彰|授予[^。；]{0,20}称号|被评为|获评|荣获|同获|获得[^。；]{0,20}(?:奖|称号)")


SUBMITTED_BY = re.compile(r"^\s*(?:报送|推荐|申报|选送|牵头|实施|完成)单位\s*[：:]\s*(?P<body>[^，,。；;]{2,40}?)\s*[。；;]?\s*$")


def heading_paragraph_runs(lines: list[str]) -> list[Run]:
    """A short name on its own line, then its description (the founding article's shape)."""
    runs, current = [], []
    category = None
    i = 0

    def labelled_heading(k: int) -> str | None:
        """【2020年度最佳服务案例奖】 over a heading and its paragraph: the award the heading won."""
        if k + 2 >= len(lines) or len(lines[k]) > HEADING_MAX:
            return None
        mark = marker_at(lines[k])
        if mark and mark[0] in ("cn", "paren-cn") and not is_sentence(lines[k]) and _heads(lines[k + 1]) \
                and not is_paragraph(lines[k + 1]) and not marker_at(lines[k + 1]) and is_paragraph(lines[k + 2]) \
                and (AWARD_TITLE.search(lines[k]) or (TIER_START.match(lines[k][mark[2]:].strip()) and len(lines[k]) - mark[2] <= 8
                                                      and HONOURED_IN.search(lines[k + 2]))):
            # 一、全国工人先锋号 over 甲公司业务部 and its story: the honour the heading below won
            # (一、国家级 over a unit whose story says it was honoured: the level it was honoured at)
            return label_of(lines[k])
        if not (lines[k][:1] in "【[〖［" or unicodedata.category(lines[k][:1] or " ")[0] == "S"):
            # 技术领导奖（Technology Leadership） over a heading and its paragraph: an award's plain title
            plain = re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", lines[k].strip())
            if not (AWARD_TITLE.search(plain) and label_of(plain) and not is_sentence(plain)
                    and is_paragraph(lines[k + 2]) and _heads(lines[k + 1]) and not is_paragraph(lines[k + 1])):
                return None
            return lines[k].strip()  # (as printed, its gloss in brackets too)
        label = _bracket_label(lines[k])
        return label if label and is_paragraph(lines[k + 2]) and _heads(lines[k + 1]) else None

    while i < len(lines):
        label = labelled_heading(i)
        if label:
            category = label
            i += 1
            continue
        bracketed = lines[i].strip()
        named = _bracket_label(bracketed) if bracketed.startswith("【") and bracketed.endswith("】") else None
        if not named and re.match(r"^第[一二三四五六七八九十\d]{1,3}[届批]", bracketed) and len(bracketed) <= 20 \
                and AWARD_TITLE.search(bracketed) and not _ORG_ENDING.search(bracketed):
            named = bracketed  # 第21届全国青年文明号 over its paragraph and the headings below: the honour, a label
        if named and not (starts_with_region(named) or region_prefix(named + "x") or _ORG_ENDING.search(named) or is_central(named)
                                      or any(q in named for q in "“「")):
            # 【聚焦产业倍增战略】 between headings: a label over the next ones, never a heading itself
            # (【深圳市福田区】 over its paragraph names a case: a place, a body or a product is a heading)
            category = named
            j = i + 1
            while j < len(lines) and is_paragraph(lines[j]) and not (
                    j + 1 < len(lines) and _heads(lines[j]) and is_paragraph(lines[j + 1])):
                j += 1  # (the label's own paragraph, naming no case)
            i = j
            continue
        if is_heading(lines[i]) and i + 1 < len(lines) and SECTION_INTRO.match(lines[i + 1]):
            # 首批部分单位 / 以下为首批命名单位中的部分派出所。: a section's heading over the items
            if current:
                runs.append(Run(_keep_categories(_sections_of(lines, current)), "heading-paragraph"))
                current = []
            category = label_of(lines[i])
            i += 2
            continue
        if (_heads(lines[i]) and i + 2 < len(lines) and _heads(lines[i + 1]) and not is_paragraph(lines[i + 1])
                and not _unit_line(lines[i]) and is_paragraph(lines[i + 2]) and len(lines[i].strip()) <= 8
                and label_of(lines[i]) and lines[i].strip() in lines[i + 2]):
            # 百高市 / 鄂尔多斯市 / 再次进入“百高市”，列全国第31名…: the paragraph says the place entered
            # what the line above it names — an honour over its winners, each under its own heading
            category = label_of(lines[i])
            i += 1
            continue
        if (_heads(lines[i]) and i + 2 < len(lines) and len(lines[i].strip()) <= 12 and label_of(lines[i])
                and (_dash_owned(lines[i + 1].strip()) or agency_heading(lines[i + 1])) and is_paragraph(lines[i + 2])
                and not _dash_owned(lines[i].strip()) and not agency_heading(lines[i])):
            # 发展提质类 / 《…》——汕头市委组织部 / its paragraph: a short line over a heading that gives its
            # own body is the label of the headings below it
            category = label_of(lines[i])
            i += 1
            continue
        if (_heads(lines[i]) and i + 2 < len(lines) and _unit_line(lines[i + 1]) and not _unit_line(lines[i])
                and (is_paragraph(lines[i + 2]) or NOTE_LINE_ONLY.match(lines[i + 2]))):
            # 虫草采集纠纷“一线解纷”工作法 / 西藏自治区那曲市比如县白嘎乡 / its story: the case's
            # heading, the line naming its unit, then the paragraph (or a note that it comes later)
            desc, j = [i + 2], i + 3
            while j < len(lines) and is_paragraph(lines[j]) and not (
                    j + 2 < len(lines) and _heads(lines[j]) and _unit_line(lines[j + 1])):
                desc.append(j)
                j += 1
            current.append(Item(i, 0, len(lines[i]), desc=[i + 1] + desc, category=category,
                                agency=(i + 1, 0, len(lines[i + 1].rstrip())), whole=True))
            if not (j + 2 < len(lines) and _heads(lines[j]) and _unit_line(lines[j + 1])):
                runs.append(Run(_keep_categories(_sections_of(lines, current)), "heading-paragraph"))
                current, category = [], None
            i = j
            continue
        if (_heads(lines[i]) and i + 1 < len(lines) and is_paragraph(lines[i + 1])
                and not (("：" in lines[i + 1] or ":" in lines[i + 1]) and _owner_colon(lines[i + 1]))):
            # (单位：标题 lines one under another are named paragraphs, not headings over each other)
            desc, j = [i + 1], i + 2
            while j < len(lines) and is_paragraph(lines[j]) and not (
                _heads(lines[j]) and j + 1 < len(lines) and is_paragraph(lines[j + 1])
            ) and not labelled_heading(j):
                desc.append(j)
                j += 1
            # 报送单位：中国（上海）自由贸易试验区 under the paragraph: the item's own field, naming its body
            field = SUBMITTED_BY.match(lines[j]) if j < len(lines) else None
            if field:
                j += 1
            given = agency_heading(lines[i]) if not is_heading(lines[i]) else None
            won = winner_heading(lines[i]) if not given and not is_heading(lines[i]) else None
            if current and bool(won) != current[-1].won:
                # (保定市：…试点城市 / 深圳市…：…试点 / 数字政府大中城市指数里的几个名字: a topic's heading after
                # headings that each name a winner and its honour is no case of theirs)
                runs.append(Run(_keep_categories(_sections_of(lines, current)), "heading-paragraph"))
                current = []
            if won:  # (the winner is the case; the honour after the colon is what it won)
                current.append(Item(i, 0, won.end("winner"), desc=desc, category=category, whole=True, won=True))
            elif given:
                current.append(Item(i, given.start("name"), len(lines[i]), desc=desc, category=category,
                                    agency=(i, 0, given.end("org")), whole=True))
            else:
                current.append(Item(i, 0, len(lines[i]), desc=desc, category=category))
            if field and current[-1].agency is None:
                current[-1].agency = (j - 1, field.start("body"), field.end("body"))
            if j < len(lines) and not _heads(lines[j]) and not labelled_heading(j):
                runs.append(Run(_keep_categories(_sections_of(lines, current)), "heading-paragraph"))
                current, category = [], None
            i = j
            continue
        if current:
            runs.append(Run(_keep_categories(_sections_of(lines, current)), "heading-paragraph"))
            current = []
        category = None
        i += 1
    if current:
        runs.append(Run(_keep_categories(_sections_of(lines, current)), "heading-paragraph"))
    return runs


FOOTNOTE = re.compile(r"^\s*[\[［〔【]\s*\d{1,3}\s*[\]］〕】]")
NAMED_MIN_DESC = 12  # the text after the colon is a description, not a second name


LEVEL_LABEL = re.compile(r"^(?:省级|市级|县级|区级|乡级|地市级|地级市|副省级|省会(?:城市)?|计划单列市|省直|市直|县直|区县|部委|中央部委)")


PLACE_THEN_SENTENCE = re.compile(r"([\u4e00-\u9fff]{2,12})[ 　](?=[\u4e00-\u9fff][^ 　]*[，,][^ 　]*。$)")


def named_paragraph_runs(lines: list[str]) -> list[Run]:
    """Lines written ``名称：它做了什么……`` one under another (a name in bold, then its
    description after a colon): the name is the item, the rest of the line its description."""
    runs, current = [], []
    for i, line in enumerate(lines):
        found = marker_at(line)
        start = found[2] if found else 0
        colon = first_outside_quotes(line[start:], "：:")
        if colon <= 0 and (spaced := PLACE_THEN_SENTENCE.match(line, start)) and region_prefix(spaced.group(1)) == spaced.group(1):
            colon = spaced.end(1) - start  # 广东省 列入低碳省区试点，需编制…: a place apart by a space, then what it is to do
        name = line[start: start + colon].strip() if colon > 0 else ""
        rest = line[start + colon + 1:].strip() if colon > 0 else ""
        # a reference ([19] 国家统计局：《公报》，2024年) names a source and its document, not a case
        if (2 <= len(name) <= NAME_MAX and not any(ch in name for ch in SENTENCE_END + "，,、") and not line.startswith("|")
                and not METADATA_LABEL.match(name) and not _names_line(rest)
                and len(rest) >= NAMED_MIN_DESC and not EDITORIAL.search(line)
                and not rest.startswith(("《", "〈")) and not FOOTNOTE.match(line)
                # (省级政府门户网站：排名第一的是… — a kind, the label of the sentence's ranking; 答案是：)
                and not LEVEL_LABEL.match(name) and not re.search(r"(?:是|为|有|如下)$", name)):
            current.append(Item(i, start, start + colon, number=found[1] if found else None,
                                desc=[(i, start + colon + 1)], whole=True))
            continue
        runs.append(Run(current, "named paragraphs"))
        current = []
    runs.append(Run(current, "named paragraphs"))
    for run in runs:
        if run.items and all(_agency_and_title(lines, item) for item in run.items):
            for item in run.items:  # 上海市金山区：“毗邻党建”引领…的探索与实践: who, then the case's title
                line = lines[item.line]
                a = item.desc[0][1]
                a += len(line[a:]) - len(line[a:].lstrip())
                item.agency = (item.line, item.start, item.end)
                item.start, item.end, item.desc = a, len(line.rstrip()), []
    for run in runs:
        # two under a line that introduces them (以下为第三批命名单位中的部分派出所。) are a list too
        top = run.items[0].line if run.items else 0
        run.trigger = len(run.items) == 2 and top > 0 and bool(
            SECTION_INTRO.match(lines[top - 1])
            or (lines[top - 1].rstrip().endswith(("：", ":")) and ENUMERATION.search(lines[top - 1])))  # 山东有两地入选，分别是：
    # three or more (or two introduced), each name once (the same source cited again and again is not a list)
    return [run for run in runs if (len(run.items) >= 3 or run.trigger)
            and len({_squash_name(lines, item) for item in run.items}) >= 0.8 * len(run.items)]


def _agency_and_title(lines: list[str], item: Item) -> bool:
    """单位：标题 — a place or body before the colon, a case's title (no sentence) after it."""
    line = lines[item.line]
    who = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", line[item.start:item.end].strip())
    title = line[item.desc[0][1]:].strip()  # (a title ends with no full stop; a description does)
    return (8 <= len(title) <= 70 and not any(ch in title for ch in SENTENCE_END + "：:")  # (the cheap tests first)
            and bool(ORG_ENDING.search(who) or region_prefix(who) or starts_with_region(who)))


def _squash_name(lines: list[str], item: Item) -> str:
    return re.sub(r"\s+", "", lines[item.line][item.start:item.end])


ORDER_NOTE = re.compile(r"[（(](?:以下|以上)?(?:排名|排序)?不分先后[）)]$|[（(]按[^（）()]{1,16}(?:排序|排列|为序)[）)]$")


COUNTED_LABEL = re.compile(r"^(?P<label>[^，,。；;：:\d]{2,20}?)\s*(?:共)?\d{1,3}\s*(?:个|家|项|名|座|所)$")


def _bracket_label(line: str) -> str | None:
    """【类别】, 类别：, or a short line led by a symbol (📌 类别, ■ 类别): a label over plain lines."""
    m = LABEL_BRACKETS.match(line)
    if m:
        return m.group("label").strip()
    if line and unicodedata.category(line[0])[0] == "S" and label_of(line):
        return label_of(line)
    if line.endswith(("：", ":")) and label_of(line):
        return label_of(line)
    if LIST_TITLE_END.search(line) and label_of(line):
        return label_of(line)
    if ORDER_NOTE.search(line) and label_of(line):  # 年度最具影响力政务新媒体平台（排名不分先后）
        return label_of(line)
    if line.endswith(("）", ")")) and LABEL_COUNT.search(line) and label_of(line) and not is_sentence(line):  # 先导单位（部分）
        label = label_of(line)
        inner = re.fullmatch(r"[【\[［](?P<inner>[^【】\[\]［］]{2,30})[】\]］]", label)
        return inner.group("inner") if inner else label  # (【湖南省文明单位】（共37个）: the words inside the brackets)
    if len(line) <= 8 and TIER.match(line) and not re.search(r"[“”「」]", line):
        return label_of(line) or line  # 一等奖 / 金奖 / 提名奖 over the names that won it (一、一等奖: its numbering aside)
    counted = COUNTED_LABEL.match(line)
    if counted and label_of(counted.group("label")):
        return label_of(counted.group("label"))  # 模范市（区）12个: a label and how many it covers
    return None


def _list_item_lines(lines: list[str]) -> list[str]:
    """Lines as list items: an item may close with ； (甲；/ 乙；/ 丙。), the last one with 。"""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.endswith(("；", ";")) or (line.endswith("。") and any(lines[k].endswith(("；", ";")) for k in (i - 1, i - 2)
                                                                     if k >= 0)):
            core = line[:-1].rstrip()
            if not any(ch in core for ch in SENTENCE_END):
                out[i] = core
    return out


ROLE_LABEL = re.compile(r"^(?:联合)?(?:主办|协办|承办|指导|发布|发起|评审|组织|支持)(?:单位|机构|方)$")
LIST_NAME_LABEL = re.compile(r"(?:名单|榜单|名录)$")
# 第一批试点省市, 2019年度首批 over the names: a batch's heading
BATCH_HEADING = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:首批|第[一二三四五六七八九十\d]{1,2}批)[^，,。；;：:、\s]{0,14}$")


COMPASS_REGION = re.compile(r"(?:东|中|西|东北|西北|西南|东南|华东|华北|华南|华中)(?:部|部地区|地区|区域)?")
OWNER_LINE = re.compile(r"^(?P<owner>[^：:，,。；;！？“”《》「」\s|]{2,20})\s*[：:]\s*(?P<name>[^。；;！？|]{2,60}?)\s*[。；;]?$")
SITE_OWNER = re.compile(r"(?:网|网站|门户|在线|之窗|阁|频道)$")
# 杭州市：甲小镇、乙小镇…（nine names）: an owner over names joined by 、 may run past one name's length
OWNER_NAMES_LINE = re.compile(r"^(?P<owner>[^：:，,。；;！？“”《》「」\s|]{2,20})\s*[：:]\s*(?P<name>[^。；;！？|]{2,400}?)\s*[。；;]?$")


def owner_line_runs(lines: list[str], is_owner) -> list[Run]:
    """Lines of ``单位：名称`` one under another (中国人大网：法律草案征求意见 / 国防部：国防生): each a
    case and the body or site that holds it, when most owners are bodies, sites or places and no two
    lines share one (时间：/ 地点：/ 主办： lines are a record's fields, not a list)."""
    runs: list[Run] = []
    current: list[tuple[int, str, tuple[int, int], tuple[int, int]]] = []  # (line, owner, name span, owner span)
    labels: dict[int, str] = {}  # line -> the 【label】 over it (【特等奖】 / 甲：… / 【一等奖】 / 乙：…)
    label = None

    def close() -> None:
        owners = [o for _, o, _, _ in current]
        colons = sum(bool(OWNER_LINE.match(lines[i])) for i, _, _, _ in current)
        keyed = list({i: (labels.get(i), o) for i, o, _, _ in current}.values())  # (one body may win under two 【labels】)
        if len(current) >= 3 and colons >= 2 and len(set(keyed)) == len(keyed) and sum(
                bool(is_owner(o) or SITE_OWNER.search(o)) for o in owners) >= 0.8 * len(owners):
            # (浙江：浙江省青田县 / 重庆：铜梁区、巫山县: a province's name over the places it put forward is
            # their label; each place is its own agency)
            # (东部：北京 天津 石家庄: a part of the country is a label over the places in it, as a province is)
            grouped = all(province_label(o) or COMPASS_REGION.fullmatch(o) for o in owners) and 2 * sum(
                bool(region_prefix(lines[i][a:b].split("、")[0] + "x") == lines[i][a:b].split("、")[0]
                     or lines[i][a:b].split("、")[0].strip() in _short_region_names())
                for i, _, (a, b), _ in current) >= len(current)
            # (【安宁疗护试点市（区）】 over them: the label is their category, each province only where they lie)
            runs.append(Run([Item(i, *name, category=labels.get(i) or owners[k], whole=True) if grouped else
                             Item(i, *name, agency=(i, *owner), whole=True, category=labels.get(i))
                             for k, (i, _, name, owner) in enumerate(current)], "lines"))
        current.clear()

    for i, line in enumerate(lines):
        bracketed = LABEL_BRACKETS.match(line) if line.startswith(("【", "〖", "[")) else None
        if bracketed and i + 1 < len(lines) and OWNER_LINE.match(lines[i + 1]) and not marker_at(lines[i + 1]):
            label = bracketed.group("label").strip()  # 【特等奖】 over 甲公司：…: the label of the lines below, no break
            continue
        if not bracketed and i + 1 < len(lines) and OWNER_LINE.match(lines[i + 1]) and not marker_at(lines[i + 1]) \
                and 2 <= len(line.strip()) <= 16 and not re.search(r"[：:，,。；;！？|“”「」]", line) and not marker_at(line) \
                and (current or AWARD_TITLE.search(line)):
            label = line.strip()  # 最佳志愿服务项目 between 甲：… lines, or an award's title over the first: a label, no break
            continue
        if not ("：" in line or ":" in line or "“" in line or "「" in line) or line != line.strip():
            close()  # (the cheap test first: most lines hold neither a colon nor a quotation)
            label = None
            continue
        m = OWNER_LINE.match(line)
        if not m and (listed := OWNER_NAMES_LINE.match(line)) and listed.group("name").count("、") >= 2 and not re.search(
                r"[，,]", listed.group("name")) and not province_label(listed.group("owner")):
            m = listed  # (a province over its places is a label over a line of names: inline_runs reads it)
        if m and not marker_at(line) and not is_sentence(m.group("name")) and not (
                first_outside_quotes(m.group("name"), "，,") >= 0 and line.rstrip().endswith("。")):
            # (五莲县…村民委员会：此次唯一上榜的村，也是…之一。: clauses to a full stop describe what the colon follows)
            base = m.start("name")
            # (石家庄市：桥西区 藁城市 鹿泉市: the places after the colon apart by spaces, each an entry)
            for a, b in _spaced_names(m.group("name")) or [(0, len(m.group("name")))]:
                current.append((i, m.group("owner"), (base + a, base + b), m.span("owner")))
            if label:
                labels[i] = label
            continue
        # (「名称」（单位）, 单位「名称」 among them: the same list, printed by another hand)
        q = QUOTE_OWNED.match(line)
        owner = next((g for g in ("a", "b", "c") if q and q.group(g)), None)
        if q and sum(bool(q.group(g)) for g in ("a", "b", "c")) == 1 and not marker_at(line):
            name = (q.start("a"), q.end("q")) if owner == "a" else q.span("q")  # (单位“产品”: the whole is the name)
            current.append((i, q.group(owner), name, q.span(owner)))
            continue
        close()
    close()
    return runs


BRACKETED_PLACES = re.compile(r"^\s*[【〖]\s*(?P<label>[^】〗]{2,40}?)\s*[】〗]\s*[:：]?\s*(?P<rest>[^【〖。；;！？]{2,200}?)[。；;]?\s*$")
BRACKETED_MIN = 3


def bracketed_place_runs(lines: list[str], looks_like_region) -> list[Run]:
    """【生态文明体制改革】宣城市 / 【耕地保护】广德市、泾县: lines that each put places after a label in
    brackets — what each place was recognised for, then the places; every place is an item under its
    line's label (a place may come back under another label)."""
    runs, current, groups = [], [], []

    def close():
        if current:
            groups.append(list(current))
        current.clear()

    for i, line in enumerate(lines):
        m = BRACKETED_PLACES.match(line) if line.lstrip().startswith(("【", "〖")) else None
        items = []
        if m:
            offset = m.start("rest")
            # (甲公司（崇川）、乙公司（海安）（另有3家，原稿未列）: a note in brackets is never split)
            rest = m.group("rest")
            parts = [(p.start(), p.group()) for p in re.finditer(r"(?:[^、，,和及（(]|[（(][^（）()]*[）)])+", rest)]
            if not all(looks_like_region(text.strip()) for _, text in parts):
                parts = [(p.start(), p.group()) for p in re.finditer(r"(?:[^、，,（(]|[（(][^（）()]*[）)])+", rest)]
            for start, text in parts:
                name = re.sub(r"(?:\s*[（(](?:另有|其余|还有)[^（）()]*[）)])+$", "", text.strip())
                if not looks_like_region(name):
                    items = []
                    break
                a = offset + start + (len(text) - len(text.lstrip()))
                items.append(Item(i, a, a + len(name), category=m.group("label").strip(), whole=True))
        if items:
            current.append((i, items))
        else:
            close()
    close()
    if any(len(group) >= BRACKETED_MIN for group in groups):
        # (国务院督查激励 / 【生态文明体制改革】宣城市 / 省政府督查激励 / 【甲】…: a section of one line
        # beside a longer one is the same list)
        runs = [Run([item for group in groups for _, items in group for item in items], "lines")]
    return runs


DASH_OWNED = re.compile(r"^(?P<title>[^。；;！？!?：:|]{4,60}?)\s*(?:——|－－)\s*(?P<owner>[\u4e00-\u9fff]{2,20})$")


def _dash_owned(line: str) -> bool:
    """名称——单位 whose title holds a comma (a case's title may): the dash gives its body or place."""
    m = DASH_OWNED.match(line)
    return bool(m) and _place_or_body(m.group("owner"))


QUOTE_OWNED = re.compile(r"^(?:(?P<a>[^「“”」：:，,。；（(]{2,24}?)[：:]?\s*)?(?P<q>[「“][^「“”」]*(?:[『‘][^』’]*[』’][^「“”」]*)*[」”])"
                         r"(?:\s*(?:[（(](?P<b>[^（）()]{2,24})[）)]|(?:——|－－)\s*(?P<c>[^，,。；]{2,24})))?$")


def _quote_owned(line: str) -> bool:
    """One quoted name and its body on a line, in any of the page's forms (单位：「名称」, 单位「名称」,
    「名称」（单位）, 「名称」——单位): an item of a list under a label."""
    m = QUOTE_OWNED.match(line.strip())
    if not m or not 4 <= len(m.group("q")) <= NAME_MAX + 10:
        return False
    owners = [o for o in (m.group("a"), m.group("b"), m.group("c")) if o]
    return len(owners) == 1 and _place_or_body(owners[0].strip())


# 示范乡（镇）, 县（市、区）, 示范村（社区）: a kind of place with the other kinds it stands for — a
# label over the places of that kind, never a place itself
# (区、县（市）管委会: kinds joined by 、, the last with its bracket, then the body they all have)
# 特级文化站, 一级图书馆, 二星级农家乐: the grade the names under it were given, not a name
GRADE_HEADING = re.compile(r"^(?:[特一二三四五甲乙丙]|[1-5])(?:级|星级)[\u4e00-\u9fff]{2,8}(?:[（(][^（）()]{1,10}[）)])?[：:]?$")
KIND_LABEL = re.compile(r"(?:^(?:[县市区乡镇旗]、)+)?(?:县|市|区|乡|镇|村|社区|街道|单位|集体)[（(](?:[县市区乡镇村旗]|乡镇|社区|街道|单位)"
                        r"(?:[、，,/](?:[县市区乡镇村旗]|乡镇|社区|街道))*[）)](?:政府|管委会|部门|单位|党委)?\s*[：:]?$")


# 实验区 / 甲区 / 乙区 / 实验校 / …: a kind alone on its line, a qualifier and a noun, names no one; it labels
# the lines below it
BARE_KIND = re.compile(r"(?:示范|实验|试点|先行|特色|重点|优秀|先进|创建|培育)(?:区|县|市|校|学校|单位|集体|基地|园区|企业|项目|案例|社区|村|镇|城市|地区)")
# 市级表扬奖补地区 / 县级先进集体: a level of government, then the kind of what the lines below name
LEVEL_KIND_LABEL = re.compile(r"^(?:国家级|省级|市级|地市级|州级|县级|区级|乡级|乡镇级|村级)[\u4e00-\u9fff]{0,10}"
                              r"(?:地区|单位|集体|城市|县|县区|乡镇|镇|村|企业|项目|基地|园区)\s*[：:]?$")


# 湖北省中医院　第18名, 武汉儿童医院，第26名: a name, then its place on the ranking, alone on its line
RANKED_LINE = re.compile(r"^(?P<name>[^\s，,。；;：:]{2,40}?)\s*[，,：:、]?\s*[（(]?第\s*(?P<n>\d{1,4}|[一二三四五六七八九十百]{1,4})\s*[名位][）)]?\s*$")
RANKED_LINES_MIN = 2


def ranked_line_runs(lines: list[str]) -> list[Run]:
    """Two or more lines in a row, each a name and then its place (…　第18名): a ranking printed a
    name a line, the places as printed; the label right above, if short, is their category."""
    runs: list[Run] = []
    current: list[Item] = []

    def close():
        if len(current) >= RANKED_LINES_MIN:
            first = current[0].line
            label = label_of(lines[first - 1]) if first > 0 and not is_sentence(lines[first - 1]) else None
            for item in current:
                item.category = label
            runs.append(Run(list(current), "lines", top=first))
        current.clear()

    for i, line in enumerate(lines):
        mark = marker_at(line)
        start = mark[2] if mark else 0
        m = RANKED_LINE.match(line, start) if len(line) <= 60 else None
        if not m or is_sentence(m.group("name")):
            close()
            continue
        written = m.group("n")
        rank = int(written) if written.isdecimal() else count_value(written)
        current.append(Item(i, m.start("name"), m.end("name"), number=rank, rank=rank, whole=True))
    close()
    return runs


def plain_line_runs(lines: list[str]) -> list[Run]:
    """Names one per line with nothing between them (list items written without markers, a
    ``<pre>`` block, lines split by ``<br>``, items closed by ；); 【类别】 and ``类别：`` lines are
    labels."""
    runs, current = [], []
    category = None
    label_line = None
    people = False  # under an award for people (先进个人): its lines are no names of cases
    lines = _list_item_lines(lines)
    for i, line in enumerate(lines):
        label = _bracket_label(line) or (label_of(line) if KIND_LABEL.search(line) or BATCH_HEADING.match(line)
                                         or BARE_KIND.fullmatch(line.strip().rstrip("：:"))
                                         or GRADE_HEADING.match(line.strip()) or LEVEL_KIND_LABEL.match(line.strip()) else None)
        numbered = marker_at(line) if not label else None
        if numbered and numbered[0] in ("cn", "paren-cn") and i + 1 < len(lines) and (
                field_item(lines[i + 1]) is not None or (is_plain_item(lines[i + 1]) and not marker_at(lines[i + 1])
                                                         and region_prefix(lines[i + 1].strip() + "x") != lines[i + 1].strip()
                                                         and _place_label(label_of(line) or ""))):
            # 一、特别贡献奖（共7个） / 代表案例：…: a numbered award over its field line; （一）乌鲁木齐市 over
            # the plain lines of its names
            label = label_of(line)
        if category and label_line is not None and label_line >= i - 2 and (
                _order_note(line) or (_hands_over(line) and i + 1 < len(lines) and is_plain_item(lines[i + 1]))):
            continue  # 【民心汇聚单位】 /（以下排名不分先后）or …我区1家：/ names: between a label and its names
        if current and current[-1].line == i - 1 and is_note_line(line) and not _order_note(line) and not EDITORIAL.search(line):
            current[-1].desc.append(i)  # 《心声》 /（本奖项共4件，这里只列出1件）: a note on the item above
            continue
        # a label over plain names, or over a line that introduces them (▍市州系统十佳 / 宜昌上榜的有：),
        # past a note on their order
        nxt = i + 2 if i + 1 < len(lines) and _order_note(lines[i + 1]) else i + 1
        over_names = nxt < len(lines) and (is_plain_item(lines[nxt]) or field_item(lines[nxt]) is not None or _colon_owned(lines[nxt])
                                          or (label and (_quote_owned(lines[nxt]) or _dash_owned(lines[nxt])))
                                          or ("、" in lines[nxt] and len(_bodies_on_line(lines[nxt])) >= 2)
                                          or (label and len(_spaced_names(lines[nxt])) >= 2) or (
            (is_introducer(lines[nxt]) or (label and _hands_over(lines[nxt])))
            and nxt + 1 < len(lines) and is_plain_item(lines[nxt + 1])))
        award = None if label or numbered else _award_title(line)
        if award and i + 1 < len(lines) and (_bodies_on_line(lines[i + 1]) or _colon_owned(lines[i + 1]) or (
                PEOPLE_AWARD.search(award) and is_plain_item(lines[i + 1]))):
            # 数据共享工作先进单位 / 甲局 / 乙县人民政府: an award's title over its winners is their label
            label, over_names = award, True
        if label and not over_names and _bracket_label(line) and current and category:
            runs.extend(_lines_run(lines, current))  # 【…】 over nothing this run reads: the run ends here
            current, category, people = [], None, False
            continue
        if label and over_names:
            # (【发布单位】 / 主办单位： over bodies: who issued or ran it, no cases, like an award for people)
            people = (bool(award) and bool(PEOPLE_AWARD.search(award))) or bool(ROLE_LABEL.match(label))
            if current and category is None:
                # 近日 / 福建省民政厅 / 联合公布 … 【漳州市（11个）】: short lines above the first label are
                # the page's, not the list's
                runs.extend(_lines_run(lines, current))
                current = []
            if LIST_NAME_LABEL.search(label):
                category, label_line = None, i  # 2024年全省儿童友好社区名单: the list's own name, no category
                continue
            if not (is_introducer(line) and label_line == i - 1):  # 宜昌上榜的有： under its label
                category = label
            label_line = i
            continue
        # a short line right over numbered items (其他决赛项目（部分） / ①…): their label, not a name
        below = [marker_at(lines[k]) for k in (i + 1, i + 2) if k < len(lines)]
        if (current and len(below) == 2 and all(below) and below[0][0] == below[1][0]
                and below[0][0] not in ("cn", "paren-cn") and is_plain_item(line)):
            runs.append(Run(_keep_categories(current), "lines")) if len(current) >= 2 else None
            current, category = [], None
            continue
        # the body that signs a notice, right above its date (区政府办公室 / 2020年2月14日), ends it
        signature = current and i + 1 < len(lines) and SIGNED_DATE.match(lines[i + 1])
        if people and (is_plain_item(line) or field_item(line) is not None):
            continue  # 王晓明（…中心）under 先进个人: a person who won, not a case
        bodies = _bodies_on_line(line) if category and "、" in line else []
        if len(bodies) >= 2:  # 甲中心、乙中心 under their award: each won it
            current.extend(Item(i, a, b, category=category) for a, b in bodies)
            continue
        gapped = _gapped_names(line) if (category or (current and label_line == i - 1)) and not _spaced_names(line) else []
        if len(gapped) >= 2:  # 【名次上升】 / 江夏融媒  大冶发布  西陵发布: names in columns under their label
            current.extend(Item(i, a, b, category=category) for a, b in gapped)
            continue
        headed = _bracket_headed(lines, i)
        if headed:  # 【示范城区】沙市区 / 【示范街道】沙市区朝阳路街道: each line's label, then its one name
            current.append(Item(i, headed[0], headed[1], category=headed[2], whole=True))
            continue
        # 福州聚春园集团有限公司：聚春园 among lines like it: a body, then the name it holds
        colon_owned = not marker_at(line) and ((_colon_owned(line) and bool(
            current or category or (i + 1 < len(lines) and _colon_owned(lines[i + 1])))) or (
            # (福州台江老天华乐器行：老天华 among them: a shop the word list does not know, written alike)
            bool(current) and current[-1].line == i - 1 and _colon_owned(lines[i - 1]) and _colon_owned(line, loose=True)))
        if (is_plain_item(line) or colon_owned or ((current or category) and not marker_at(line) and (
                _dash_owned(line) or _quote_owned(line) or _body_owned(line)))) \
                and not signature and not _spaced_names(line) and not (
                    category and label_line == i - 1 and "、" in line and _counted_names(line, lines[label_line])):
            # (names apart by spaces: inline_runs; 双轨清单…协同发力，“…”深度集成…——海南省: a title with its
            # comma and the body or place after a dash, among such lines)
            current.append(Item(i, 0, len(line), category=category))
            continue
        value = field_item(line)
        if value is not None:
            # (获奖项目：名称——单位 gives its body after the dash: the item is split as any other)
            apart = bool(re.search(r"——|－－|--", line[value:]))
            current.append(Item(i, value, len(line.rstrip(" 。")), category=category, whole=not apart))
            continue
        runs.extend(_lines_run(lines, current))
        current, category, people = [], None, False
    runs.extend(_lines_run(lines, current))
    return runs


def _colon_owned(line: str, loose: bool = False) -> bool:
    """福州民天集团有限公司：民天: a body named in full, a colon, and a short name (a brand, an
    account) — not a label and its value (获奖单位：…, 地址：…), not a sentence."""
    if "：" not in line and ":" not in line:
        return False
    from .fields import is_body

    colon = first_outside_quotes(line, "：:")
    if colon < 4 or colon > 40:
        return False
    head, rest = line[:colon].strip(), line[colon + 1:].strip(" 。")
    if head.count("（") != head.count("）") or head.count("(") != head.count(")") or line.rstrip().endswith(("：", ":")):
        return False  # (…名单（单位：字号），照抄如下：: a note on the list's form inside brackets)
    return (2 <= len(rest) <= NAME_MAX and not is_sentence(rest) and not re.search(r"[，,：:]", rest)
            and (is_body(head) or (loose and len(head) <= 20 and not is_sentence(head) and not re.search(r"[，,、@＠]", head)
                                   and not re.search(r"\d", rest)))  # (@交通北京：3年积累300万粉丝: a headline)
            and not FIELD_ITEM.match(line) and not RECORD_AGENCY_LABEL.match(head))


def _bracket_headed(lines: list[str], i: int) -> tuple[int, int, str] | None:
    """(start, end, label) of a line that is a bracketed label and one name after it, beside a
    line of the same form (【示范城区】沙市区 / 【示范街道】沙市区朝阳路街道)."""
    def one(k: int):
        if not 0 <= k < len(lines):
            return None
        m = HEAD_BRACKET.match(lines[k])
        if not m:
            return None
        rest = lines[k][m.end():].rstrip(" 。；;")
        if not 2 <= len(rest.strip()) <= NAME_MAX or is_sentence(rest) or re.search(r"[、，,：:【】]", rest):
            return None
        label = m.group("label").strip()
        if not _kind_label(label):
            return None  # 【文号】萍府办字〔2006〕18号 / 【说明】…: a field of the page, not a category
        return m.end(), m.end() + len(rest), label
    found = one(i)
    return found if found and (one(i - 1) or one(i + 1)) else None


PEOPLE_TITLE = re.compile(r"(?:先进|优秀)(?:个人|工作者)$|(?:标兵|能手|之星)$")


def _order_note(line: str) -> bool:
    """（以下排名不分先后）, （按行政区划排序） on a line of its own."""
    text = line.strip()
    return text.startswith(("（", "(")) and bool(ORDER_NOTE.search(text)) and len(text) <= 20


def _hands_over(line: str) -> bool:
    """全国共44家单位入围，…，我区1家：: a sentence that ends by handing over the names below it."""
    return line.rstrip().endswith(("：", ":")) and len(line) <= 80 and bool(re.search(r"[，,]", line))  # (not a label: 二等奖：)


def _award_title(line: str) -> str | None:
    """A short line that is only an award's or an honour's title (数据共享工作先进单位), else None."""
    text = line.strip()
    return text if (len(text) <= 30 and (AWARD_TITLE.search(text) or PEOPLE_TITLE.search(text)) and not is_sentence(text)
                    and not re.search(r"[：:，,、。；;]", text)) else None


LIST_SEPARATORS = re.compile("[、；;，,]")
NAMES_TITLE = re.compile(r"名单[:：]?$")
NAMES_HANDED = re.compile(r"名单(?:如下)?[:：][^，,。；;：:]{0,10}$")


def _spaced_names(line: str) -> list[tuple[int, int]]:
    """省劳动保障厅　省人事厅　省外经贸厅: two or more bodies or regions on one line apart by spaces,
    each a name (a space inside a title, 擦亮地名文化品牌 赋能乡村振兴, leaves no body on either side)."""
    if " " not in line and "　" not in line and "\t" not in line:
        return []
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[^\s　]+", line)]
    if len(tokens) >= 2 and all(_spaced_name(line[a:b]) for a, b in tokens):
        return tokens
    # 绵阳长虹 泸州仙潭 乐山张吉武 …: five or more short names, each a place and what it names (brands of
    # a place, as lists of 老字号 print them)
    if len(tokens) >= 5 and all(3 <= b - a <= 8 and not re.search(r"[，,。；;：:、！？\d]", line[a:b]) and _place_led(line[a:b])
                                for a, b in tokens):
        return tokens
    return []


def _place_led(token: str) -> bool:
    """A token that begins with a place and goes on (成都金宫, 宜宾碎米芽菜)."""
    lead = region_prefix(token) or place_prefix(token) or next(
        (token[:k] for k in (3, 2) if token[:k] in _short_region_names()), None)
    return bool(lead) and len(token) - len(lead) >= 2


def _gapped_names(line: str) -> list[tuple[int, int]]:
    """江夏融媒  大冶发布  西陵发布: short names apart by wide gaps (two spaces or more, or a full-width
    one) as a plain-text column layout prints them; a title's single space is no gap."""
    if "  " not in line and "　" not in line:
        return []
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[^\s　]+(?: [^\s　]+)*", line)]
    from .fields import looks_like_person

    # (three or more alike: two may be a name and its note, a body and a person, a rank and a count)
    if len(tokens) >= 3 and all(2 <= b - a <= 12 and not re.search(r"[，,。；;：:！？、\d]", line[a:b]) and " " not in line[a:b]
                                and not marker_at(line[a:b]) and not looks_like_person(line[a:b]) for a, b in tokens):
        return tokens
    return []


def _spaced_quotes(line: str) -> list[tuple[int, int]]:
    """“镇江检察在线” “闽侯检察” under a label: quoted names apart by spaces only, each a name."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[^\s　]+", line)]
    if len(tokens) >= 2 and all(re.fullmatch(r"[“「][^“”「」\s]{2,20}[”」]", line[a:b]) for a, b in tokens):
        return tokens
    return []


def _lines_run(lines: list[str], items: list[Item]) -> list[Run]:
    """Two or more lines are a run; one field line alone (入选案例：甲, 获奖项目：乙) is a record of one."""
    if len(items) >= 2:
        return [Run(_keep_categories(items), "lines")]
    if len(items) == 1 and items[0].start > 0 and field_item(lines[items[0].line]) == items[0].start:
        return [Run(items, "record", trigger=True)]
    return []


def _trim_part(line: str, a: int, b: int) -> tuple[int, int]:
    text = line[a:b]
    rest = re.sub(r"^(?:以及|还有|其中)", "", text.lstrip(" 　"))
    # (和龙市工商局, 和平区: a place whose name begins with 和 keeps it)
    lead = len(text) - len(rest if rest[:1] in "和与及" and region_prefix(rest) else rest.lstrip(" 　等及和与"))
    a += lead
    circled = re.match(r"[①-⑳⑴-⒇]\s*|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]\s*(?=[\u4e00-\u9fff“「《])", line[a:b])
    if circled and b - a - circled.end() >= 2:
        a += circled.end()  # (全国五一劳动奖状：①甲公司, 依次为：（一）甲；（二）乙: the number the page put before a name)
    owner = PLACE_OWNER.match(line, a, b)
    if owner:
        a = owner.end()  # 江西省的萍乡市: the place, past the province that holds it
    elif (short := SHORT_OWNER.match(line, a, b)) and (province_label(short.group(1)) or _place_like(short.group(1))):
        a = short.end()  # 湖北的宜都市, 陕西安康的石泉县…: past the province (and city) by short names
    text = line[a:b].rstrip(" 　。，,")
    # …和重庆市荣昌区都是各占一席: the last place, then what the sentence says of them all
    text = re.sub(r"(?<=..[市县区州旗])(?:都是|都|均|也都|也)[\u4e00-\u9fff]{1,8}$", "", text)
    if text.endswith(("）", ")")) and "等" in text:
        text = re.sub(r"(?<=..)等\s*[（(][^（）()]{1,20}[）)]$", "等", text)  # 民航局等（“/”表示并列）: a note on the run
    # …等10个案例, …3个项目: the count after the last name (a name may end in 项目 itself)
    text = re.sub(r"(?:等(?:(?:\d+|[一二三四五六七八九十]+)(?:个|家|项|所))?|(?:\d+|[一二三四五六七八九十]+)(?:个|家|项|所))"
                  r"(?:案例|项目|单位|组织|企业|集体|机构)?$", "", text) if len(text) > 4 else text
    text = re.sub(r"(?<=..)等(?:地区?|省份?|省市|城市|市|部门|机构)?$", "", text)  # 四川等地: the last name, then 等地
    # 北京市、天津市、重庆市3个直辖市: the last name, then how many of what kind the group holds
    text = re.sub(r"(?<=..[市县区省州])(?:\d{1,2}|[两二三四五六七八九十]{1,3})个(?:直辖市|城市|省份|省|市|县|区|地区|计划单列市)$", "", text)
    # 市经信局等9家部门网站, 经济和信息化厅等部门网站: the last name, then what they all are
    text = re.sub(r"(?<=..)等\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})?\s*(?:个|家|项|座)?(?:部门|单位|地方|县市区|市州)?"
                  r"(?:网站|政务新媒体|新媒体|账号|平台)$", "", text)
    # 甲、乙、丙展示的成果 / 报送的项目: the last name, then what they all entered
    text = re.sub(r"(?<=..)(?:等[^、，,]{0,6}?)?(?:展示|报送|申报|提交|推荐|选送|参评|参赛)的(?:成果|项目|案例|作品)$", "", text)
    # 清新区第一小学等16间学校为2015年清远市“绿色学校”: the last name, the count, and what they were named
    text = re.sub(r"(?<=..)等\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|座|所|间|处|条)[\u4e00-\u9fff]{0,6}?为[^、，,]{2,40}$",
                  "", text)
    # …县行政服务中心共5个单位“…优胜单位”荣誉称号: the last name, then the count and the honour given
    # (…医院等单位“…”称号, …医院“…”称号: without the count)
    text = re.sub(r"(?<=..)(?:(?:共|等)\s*(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|所)?)?[\u4e00-\u9fff]{0,4}?)?"
                  r"[“「][^”」]{1,40}[”」](?:荣誉)?称号$", "", text)
    # …和平桥区绿色家居这6家产业集群: the last name, then 这 and the count of them all
    text = re.sub(r"(?<=..)这\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|座|所|地|位)[\u4e00-\u9fff]{0,8}$", "", text)
    # 深圳六市, 苏州等7个城市: the last name, then the count of the names
    text = re.sub(r"(?<=..)等?(?:[一二三四五六七八九十两]{1,3}|\d{1,3})(?:(?:个|座|家)?|(?:个|座|家)[\u4e00-\u9fff]{1,3}?)"
                  r"(?:城市|省份|地市|市|省|县|区|地)$", "", text)  # (广州四座一线城市: the count and a word on them)
    return a, a + len(text)


SHORT_OWNER = re.compile(r"([\u4e00-\u9fff]{2,6}?)的(?=[\u4e00-\u9fff]{1,8}(?:市|县|区|州|盟|旗))")
PLACE_OWNER = re.compile(r"[\u4e00-\u9fff]{2,7}(?:省|自治区)的(?=[\u4e00-\u9fff]{1,8}(?:市|县|区|州|盟|旗)(?:$|[、，,和及与]))")


def _split_last_conjunction(line: str, parts: list[tuple[int, int]], shared_end: bool = False) -> None:
    """The last part may be ``X和Y`` / ``X以及Y``: split only where a new case starts (or, with
    ``shared_end``, where the right side ends as two of the other names do: …Cube团队、沐威智造和远见II团队)."""
    a, b = parts[-1]
    last = line[a:b]
    endings = [line[x:y].strip()[-2:] for x, y in parts[:-1]]
    for m in re.finditer("以及|和|及|与", last):
        if m.start() <= 1 or first_outside_quotes(last[: m.start()] + "。", "。") != m.start():
            continue
        right = last[m.end():]
        alike = shared_end and len(right) >= 3 and endings.count(right.strip()[-2:]) >= 2
        # 唐山港、青岛港…、广州港和北部湾港: both sides end as two or more of the other names do
        tail = right.strip()[-1:]
        alike = alike or (len(right.strip()) >= 2 and last[: m.start()].strip()[-1:] == tail and not tail.isdecimal()
                          and sum(e[-1:] == tail for e in endings) >= 2)
        # (…夹沟镇五柳村和符离镇沈圩村: a village under its town on either side)
        chain = bool(TOWN_VILLAGE.fullmatch(right.strip()) and TOWN_VILLAGE.fullmatch(last[: m.start()].strip()))
        if right[:1] in OPEN_QUOTES or starts_with_region(right) or is_central(right) or region_prefix(right) or alike or chain:
            parts[-1:] = [(a, a + m.start()), (a + m.end(), b)]
            return


# a clause after ； that says something of its own names (长寿的甲村也在其中, 乙县推荐了…): no name of the list before it
SEMI_CLAUSE = re.compile(r"也在其中|也在列|在列|入选|上榜|入围|进入|获评|推荐了|分别是|包括")
TOWN_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,5}(?:镇|乡|街道)[\u4e00-\u9fff]{1,8}(?:社区|村)")  # 符离镇沈圩村
OWNED_TITLE = re.compile(r"(?:(?:以及|及|和|还有)\s*)?(?P<owner>[^，,、；;。：:“”「」的\s]{2,20})的(?P<name>[“「][^“”「」]{4,70}[”」])")


def _owned_quotes(line: str, i: int) -> Run | None:
    """海关总署的“…”，四川省的“…”，以及漳州市的“…”: three or more bodies or places each with its quoted
    case, one after another in a sentence (each body the agency of its case)."""
    from .fields import is_body

    if line.count("的“") + line.count("的「") < 3:
        return None
    best: list[re.Match] = []
    current: list[re.Match] = []
    for m in OWNED_TITLE.finditer(line):
        gap = line[current[-1].end(): m.start()] if current else None
        if current and not re.fullmatch(r"\s*[，,、；;]\s*(?:以及|及|和|还有)?\s*", gap or ""):
            best, current = (current if len(current) > len(best) else best), []
        current.append(m)
    best = current if len(current) > len(best) else best
    owners = [m.group("owner") for m in best]
    if len(best) < 3 or sum(bool(is_body(o) or region_prefix(o) == o or o in _short_region_names()) for o in owners) < 0.8 * len(best):
        return None
    return Run([Item(i, *m.span("name"), agency=(i, *m.span("owner")), whole=True) for m in best], "quoted")


BOOK_TITLE = re.compile(r"《[^《》]{1,60}》")


def _adjoining_quotes(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """依次是“甲”“乙”“丙”和“丁”: a part that is only quoted names side by side is each of them (so is
    one of works in title marks, 《甲》《乙》《丙》)."""
    for pattern in (QUOTED, BOOK_TITLE):
        spans = [(a + m.start(), a + m.end()) for m in pattern.finditer(line[a:b])]
        if len(spans) >= 2 and not re.sub(r"\s", "", "".join(line[x:y] for (_, x), (y, _) in zip(
                [(a, a)] + spans, spans + [(b, b)]))):
            return spans
    return [(a, b)]


def _quote_sequence(line: str) -> list[tuple[int, int]]:
    """“甲”“乙”、“丙”APP …: three or more quoted names one after another."""
    best: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []
    pos = None
    for m in QUOTED.finditer(line):
        gap = line[pos: m.start()] if pos is not None else None
        if current and gap is not None and re.fullmatch(r"[、，,和及与以及\s]{0,3}", gap) is None:
            best = current if len(current) > len(best) else best
            current = []
        end = m.end()
        suffix = re.match(r"[A-Za-z\u4e00-\u9fff]{1,8}?(?=[、，,“」』》和及与]|$)", line[end:end + 9])
        if suffix and re.fullmatch(r"(?:APP|App|app|客户端|平台|小程序|公众号|微信公众号|微博|网站|门户网站|门户|热线|系统|服务号|号)",
                                   suffix.group(0)):
            end += len(suffix.group(0))
        current.append((m.start(), end))
        pos = end
    best = current if len(current) > len(best) else best
    if best and CRITERIA_AFTER.match(line, best[-1][1]):
        return []  # “整体传播力”“篇均传播力”…四个维度: the measures of a ranking, not its entries
    if best and all(COUNTED_PART.fullmatch(line[a:b]) for a, b in best):
        return []  # “一门户”“两网”“四库”“十二金”: the numbered parts of a programme, not cases
    if len(best) == 2 and COUNTED_PAIR.match(line, best[-1][1]):
        return best  # 我省的“甲”“乙”两项: two quoted names the sentence itself counts
    return best if len(best) >= 3 else []


COUNTED_PAIR = re.compile(r"\s*(?:这|等)?\s*(?:两|二|2)\s*(?:项|个|条|例|件)(?:做法|案例|经验|举措|项目)?"
                          r"(?:同时|均|都|也|一同|双双)?(?:[。，,；;]|$|被|获|入选|受到|上榜)")  # (…两个案例同时入选)


COUNTED_PART = re.compile(r"[“「][一二两三四五六七八九十百千\d]{1,3}[\u4e00-\u9fff]{1,3}[”」]")
# What follows quoted names that are a ranking's measures or a policy's principles, not its entries.
CRITERIA_AFTER = re.compile(r"\s*(?:等|这)?\s*(?:近|约|共)?(?:\d+|[两一二三四五六七八九十]+)?\s*(?:个|项|大)?\s*(?:特色|品牌|重点)?"
                            r"(?:维度|指标|方面|板块|版块|栏目|专栏|频道|环节|领域|原则|理念|标准|要素|模块|能力|指数|类别|类型|种类|奖项|称号)")


# A sentence whose subject is the list: 甲、乙、丙等10个案例入选 / 甲、乙和丙获评…
COUNT_TAIL = re.compile(r"(?P<count>\d{1,2}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|座|所)[\u4e00-\u9fff（）()、]{0,8}$")
SUBJECT_LIST = re.compile(
    r"(?:等|共)\s*(?:地的?)?\s*(?:\d+|[一二三四五六七八九十百]+)?\s*(?:个|家|项|座|支)?\s*(?:案例|项目|单位|账号|平台|城市|县域|县|地区|网站|团队|作品|应用|部门"
    r"|[市县区](?:[（(][^（）()]{1,8}[）)])?)?\s*"
    r"(?:[（(][^（）()]{1,16}[）)])?\s*"  # (等45个城市（含直辖市的市辖区）成为试点城市)
    # (…等15家单位报送的案例，被评为…: what they entered, then the verb)
    r"(?:(?:报送|申报|推荐|选送|提交|参评)的(?:案例|项目|作品|成果)?\s*[，,]?\s*)?"
    r"(?:成功)?(?:入选|获评|上榜|获奖|当选|被评为|荣获|榜上有名|被确定为|确定为|被列为|列为|被列入|列入|在列|被命名为|获命名"
    r"|成为(?=[^，,。；;]{0,10}(?:试点|示范|基地)))"
)


# The bodies a notice praises, as the object of its verb: 对常德市、岳阳市4个市州和宁乡市…10个县市区予以表扬激励
OBJECT_LIST = re.compile(r"对(?P<names>[^。；;！？]{4,600}?)(?:予以|给予|进行)(?:通报)?(?:表扬|表彰|奖励|激励|嘉奖|命名)")
# …已把广东、浙江、山东…和广西确定为第一批省级水网先导区: the places or bodies a decision chose, as its object
CHOSEN_OBJECTS = re.compile(r"(?:把|将)(?P<names>[^。；;！？，,把将]{4,400}?)(?:分别)?(?:确定为|列为|命名为|认定为|评为|评定为|遴选为|批准为)"
                            r"[^。；;！？]{0,20}?(?:先导区|试点|示范|先行区|实验区|试验区|基地|单位|城市|县|区|案例|典型)"
                            # 命名天津市、石家庄市…和银川市为“绿色货运配送示范城市”: the decision names them
                            r"|(?:决定|同意|正式)?命名(?P<named>[^。；;！？，,“”]{4,400}?)为[“「]?[^。；;！？]{0,24}?(?:示范|先进|模范|标兵|文明|试点|达标)"
                            # 向浙江省杭州市、…和江苏省无锡市授予“国家森林城市”称号: whom the honour was given
                            r"|向(?P<given>[^。；;！？，,“”]{4,400}?)(?:授予|颁发|颁授)[^。；;！？]{0,30}?(?:称号|奖牌|牌匾|证书|荣誉)")
# what separates its names: 、, or a count closing one group before the next (4个市州和)
OBJECT_SEPARATOR = re.compile(r"、|(?:等)?\s*(?:\d+|[一二三四五六七八九十]+)\s*个[\u4e00-\u9fff]{1,4}?(?:和|及|以及|$)|和(?=[^、]+$)")


def _object_list(line: str, i: int, runs: list) -> bool:
    """Runs for each sentence of the line that names the bodies it praises (对A、B、C予以表扬)."""
    found = False
    praised = "对" in line and any(word in line for word in ("予以", "给予", "进行"))
    chosen = (("把" in line or "将" in line or "命名" in line or "授予" in line) and "为" in line) or (
        "向" in line and any(word in line for word in ("授予", "颁发", "颁授")))
    if not (praised or chosen):
        return False
    matches = list(OBJECT_LIST.finditer(line)) if praised else []
    matches += list(CHOSEN_OBJECTS.finditer(line)) if chosen else []
    for m in matches:
        group = next((g for g in ("named", "given") if g in m.re.groupindex and m.group(g)), "names")
        names, base, spans, pos = m.group(group), m.start(group), [], 0
        for sep in OBJECT_SEPARATOR.finditer(names):
            spans.append((pos, sep.start()))
            pos = sep.end()
        spans.append((pos, len(names)))
        parts = [(base + a, base + b) for a, b in spans if b - a >= 2]
        if len(parts) < 3 or any(b - a > NAME_MAX for a, b in parts):
            continue
        items = [Item(i, *span) for span in (_trim_part(line, a, b) for a, b in parts) if span[1] > span[0]]
        if len(items) >= 3:
            runs.append(Run(items, "inline", trigger=True))
            found = True
    return found


# 广东省检察院、韶关市检察院、肇庆市检察院荣获“…组织奖”: bodies as the subject, no 等 before the verb
BARE_SUBJECT_VERB = re.compile(r"(?:荣获|获评|被评为|被授予|获得)(?=[“「《]?[^，。；]{0,30}(?:奖|称号|示范|先进|模范|标兵|文明城市|卫生城市|园林城市))"
                               r"|(?:入围|入选|上榜|列入)(?=[^，。；]{0,40}(?:名单|榜单|案例|示范|试点))"  # 石家庄市、承德市入围…名单
                               r"|(?:入围|入选|上榜|在列|榜上有名)(?=\s*[。；！]|\s*$)"  # 甲村、乙村…和丙村上榜。: places, then the verb ending the sentence
                               r"|(?:均|都|皆|同时|一并)(?:上榜|入选|当选|获评|被评为|跻身)"  # 北京、上海…均上榜…
                               # 甲县、乙市…在49家报名单位中胜出: chosen from among the entrants
                               r"|在[^，。；]{1,20}中(?=(?:胜出|脱颖而出|获胜|夺魁))")


# A clause that ranks its subject: 深圳市位居第一, 成都以92.27分的总分再次排名第一, 南京、杭州分列第二位
# 和第三位, 深圳市罗湖区进入了前十, “永州发布”“郴州发布”等也排在市级榜单前列
RANKING_PREDICATE = re.compile(
    r"(?:以[^，。；]{1,16}?)?(?:再次|继续|仍然?|也|均|都|则)?(?:位居|排名|排在|名列|位列|分列|跻身|进入了?|挤进|蝉联|留在|仍在|稳居|保持在)"
    r"(?=[^，。；]{0,12}?(?:第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|前列|榜首|首位|[“「]?[十百]强))")
RANKING_VERBS = ("位居", "排名", "排在", "名列", "位列", "分列", "跻身", "进入", "挤进", "蝉联", "留在", "仍在", "稳居", "保持在")
SUBJECT_START = re.compile(r"^.*(?:[，,；;：:]|[里中]|方面|层面|之中)")


def _ranking_clauses(line: str, i: int, runs: list) -> bool:
    """Names a report ranks in its sentences, each clause's subject; one run for the line."""
    if not any(word in line for word in RANKING_VERBS):
        return False  # (a cheap test first: most lines rank nothing)
    items = []
    for m in RANKING_PREDICATE.finditer(line):
        start = max(line.rfind(ch, 0, m.start()) for ch in "。！？；，,") + 1
        head = line[start: m.start()]
        cut = SUBJECT_START.match(head)
        base = start + (cut.end() if cut else 0)
        subject = line[base: m.start()]
        # the subject as it stands, or without a closing 等 / 也 (成都 keeps its 都)
        for trimmed in dict.fromkeys([subject, re.sub(r"等?(?:也|均|都|则)?$", "", subject)]):
            quoted = [(base + q.start(), base + q.end()) for q in QUOTED.finditer(trimmed)]
            # (“甲”和我们的“乙”, “丙”“丁”各凭特色: words around the quoted subjects that name nothing)
            if quoted and not re.sub(r"[“”「」『』、和及与\s]", "", SUBJECT_FILLER.sub("", QUOTED.sub("", trimmed))):
                spans = quoted
            else:
                spans = [(base + a, base + b) for a, b in split_outside_quotes(trimmed, "、和")]
            names = [line[a:b].strip() for a, b in spans]
            if names and all(_ranked_subject(n) for n in names):
                items.extend(Item(i, a, b, whole=True) for a, b in spans)
                break
    if len(items) >= 2:
        runs.append(Run(items, "inline", trigger=True))
        return True
    return False


PLACED_CLAUSE = re.compile(r"^\s*(?:[^，,；;。]{0,12}?中[，,]?\s*)?(?P<name>[\u4e00-\u9fff]{2,12}?)"
                           # (恩施市（87.24）拿了第一, 应城市88.11第一: its score, then its place)
                           r"(?:\s*[（(]?\s*\d{1,4}(?:\.\d{1,3})?\s*分?\s*[）)]?\s*(?:拿了|得了|获得|排了)?)?"
                           # (阳江在333个地级行政区里排第1: where it is ranked, between the name and its place)
                           r"(?:在[^，,；;。在]{1,16}?(?:里|中|内|当中))?(?:排名|位列|排在|位居|排|列|居)?"
                           r"第\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[名位]?\s*[。！？]?$")  # (深圳第2: 名 left out)


def _placed_clauses(line: str, i: int, runs: list) -> bool:
    """武汉排第12名，合肥第16名，郑州第17名，南昌第18名: three or more clauses in a row, each a place (or
    a body) and its place on a ranking — the ranked names, with their ranks."""
    if "第" not in line or line.count("第") < 3:
        return False
    for sentence_start, sentence_end in split_outside_quotes(line, "。！？"):
        sentence = line[sentence_start:sentence_end]
        items = []
        for a, b in split_outside_quotes(sentence, "，,；;、：:"):  # (社会生活网络指数：应城市88.11第一，…: after its label)
            m = PLACED_CLAUSE.match(sentence[a:b])
            if not m or not _ranked_subject(m.group("name")):  # (a place, short or full, or a body)
                if len(items) >= 3:
                    break
                items = []
                continue
            start = sentence_start + a + m.start("name")
            n = m.group("n")
            rank = int(n) if n.isdecimal() else cn_number(n)
            items.append(Item(i, start, start + len(m.group("name")), number=rank, rank=rank, whole=True))
        if len(items) >= 3:
            runs.append(Run(items, "inline", trigger=True, asserted=True))
            return True
    return False


SUBJECT_FILLER = re.compile(r"我们的|我[市县区省]的|各凭[\u4e00-\u9fff]{1,4}|各自|分别|依然|仍然|继续|均|都|也|则")


def _ranked_subject(name: str) -> bool:
    if not 2 <= len(name) <= 20 or re.match(r"^(?:该|我|本|其|此|全|各|这|那|上述)", name):
        return False
    prefix = region_prefix(name) or ""
    return bool(QUOTED.fullmatch(name) or prefix == name or name in _short_region_names()
                or ORG_ENDING.search(name)
                # a county the gazetteer does not know yet, under a city it knows (安徽省芜湖市湾沚区)
                or (re.search(r"[市州盟]$", prefix) and re.fullmatch(r"[\u4e00-\u9fff]{1,4}[区县市旗]", name[len(prefix):]))
                or informal_region(name))  # 厦门集美区: a district after its city's short name


def province_label(text: str) -> bool:
    """浙江, 重庆市, 内蒙古: a province and nothing else, by its full or its short name (over the places
    it put forward a label, where a city's name over its counties is the body that put them up)."""
    region = locate(text) if 2 <= len(text) <= 8 else None
    return bool(region and region.matched == text and region.admin_level == "provincial")


def _province_names_line(lines: list[str], k: int) -> bool:
    """天津市：武清区梅厂镇、津南区小站镇: a province's label, then its names apart by 、."""
    if k >= len(lines):
        return False
    colon = first_outside_quotes(lines[k], "：:")
    return 0 < colon <= 8 and province_label(lines[k][:colon].strip()) and "、" in lines[k][colon:]


@lru_cache(maxsize=1)
def _short_region_names() -> frozenset:
    from ..regions import gazetteer

    return frozenset(n for n, entries in gazetteer().names.items() if any(not ctx for _, ctx in entries))


# What a notice says of the bodies it praises, after naming them: 凉山州、广安市…政府门户网站得分靠前,
# 教育厅、交通运输厅…等部门网站总体情况较好, 咸安区、通山县…等9家部门网站运行良好
PRAISE_PREDICATE = re.compile(
    # 长沙市、衡阳市…湘西自治州的政务新媒体检查合格率为100%: a perfect pass rate praises those who have it
    r"(?:的(?:政府网站|门户网站|政务新媒体|网站|账号)?(?:和政务新媒体)?)?(?:检查|抽查|普查|监测)?合格率(?:为|达到|达|均为|均达到|均达|都是|均是|都达到了?)?\s*100\s*[%％]"
    r"|排在[^，,。；;、]{0,10}?(?:名单|榜单|排名)的?(?:前面|前列|前头|最前)"  # (…排在我市名单的前面)
    # (深圳、杭州…等城市的得分同样比较靠前, 北京、上海处于领跑位置, 浙江、广东、山东依次位列前三)
    r"|(?:等(?:城市|地区|省份|地|单位|部门)?的?)?(?:得分|排名|成绩|表现)?(?:同样|也|都|均|亦)?(?:比较|较为|相对)?(?:靠前|居前|领先)"
    r"|(?:处于|居于|位于)领跑(?:位置|地位)?|(?:依次|分别)(?:位列|位居|排在|名列)(?:全国|全省)?前[三五十]|(?:依次|分别)(?:位列|位居|排在|排名|名列)(?:全国|全省)?第[一二三四五六七八九十百\d]{1,3}(?=[至到—\-－、，,])|(?:的(?:检查|抽查|普查|监测|考核|评估|运维|建设|工作)?)?(?:总体)?(?:情况|表现|成效|成绩)(?:较好|良好|突出|优秀|明显)|运行良好|做得较好|位(?:居|列)(?:全[国省市区]|[省市区]内)?前列|名列前茅"
    # 丹棱县、…、市医疗保障局的完成率较高，予以表扬: a rate of theirs high, or praise given them
    r"|的[\u4e00-\u9fff]{0,8}率(?:较高|最高|居前|靠前)|的[^，,。；;]{0,16}[，,]\s*(?:予以|提出|给予)(?:通报)?表扬")
PRAISE_CORE = re.compile(r"靠前|居前|领先|领跑|较好|良好|突出|优秀|明显|前列|前茅|合格率|前面|前头|最前|前[三五十]|较高|最高|表扬|(?:依次|分别)(?:位列|位居|排在|排名|名列)")
# A word the last of several places carries for them all: 广元市政府门户网站 after 凉山州、广安市
SHARED_TAIL = re.compile(r"(?:政府)?(?:门户)?网站$|(?:人民)?政府$|政务新媒体$")


# What a praised group of names is, and the measure praised, between its last name and the praise:
# …、深圳等重点城市的政务服务能力保持在全国(领先水平)
PRAISED_GROUP = re.compile(r"(?<=[\u4e00-\u9fff]{2})等[\u4e00-\u9fff]{0,4}(?:省份|省区|省市|城市|地区|地市|市州|单位|部门|县区|区县)"
                           r"的[^、，,。；;：:]{0,16}")
# 甲、乙等省份，以及丙、丁等城市…领先: the group before ，以及 shares the praise
EARLIER_GROUP = re.compile(r"[，,]\s*$")


def _earlier_group(line: str, start: int, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a first group the praise covers too (北京、上海…等省份，以及广州、南京…等重点城市的…
    领先): only when this clause opens with 以及 / 和 / 还有 and the one before is names then 等 and a group."""
    if not parts or not re.match(r"\s*(?:以及|还有|和)", line[parts[0][0]:parts[0][1]]) or not EARLIER_GROUP.search(line[:start]):
        return []
    begin = max(line.rfind(ch, 0, start - 1) for ch in "。！？；:：，,") + 1
    clause = line[begin: start - 1]
    tail = re.search(r"(?<=[\u4e00-\u9fff]{2})等[\u4e00-\u9fff]{0,4}(?:省份|省区|省市|城市|地区|地市|市州|单位|部门|县区|区县)$", clause)
    if not tail:
        return []
    spans = [(begin + a, begin + b) for a, b in split_outside_quotes(clause[: tail.start()], "、")]
    if len(spans) < 2 or not all(_spaced_name(line[a:b].strip()) for a, b in spans):
        return []
    return [_trim_part(line, a, b) for a, b in spans]


# 北京、天津…宁夏这21个省份，将实施…试点: names, then a count of them and what they were chosen for
COUNTED_SUBJECT = re.compile(r"这\s*(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|座|家)\s*(?:省份|省区市|省市|城市|地区|地市|县|区|县区|单位)")
CHOSEN_FOR = re.compile(r"试点|示范|入选|获评|上榜|名单|命名|认定")


def _counted_subject(line: str, i: int, runs: list) -> bool:
    """A run for names a sentence counts right after them, when it says what they were chosen for."""
    found = False
    for m in COUNTED_SUBJECT.finditer(line):
        start = max(line.rfind(ch, 0, m.start()) for ch in "。！？；:：，,") + 1
        parts = [(start + a, start + b) for a, b in split_outside_quotes(line[start: m.start()], "、")]
        end = min((k for k in (line.find(ch, m.end()) for ch in "。！？") if k >= 0), default=len(line))
        count = count_value(m.group("count"))
        if len(parts) >= 3 and len(parts) == count and CHOSEN_FOR.search(line, m.end(), end) and all(
                _spaced_name(line[a:b].strip()) for a, b in parts):
            items = [Item(i, *_trim_part(line, a, b)) for a, b in parts]
            runs.append(Run(items, "inline", trigger=True, asserted=True, counted=True))
            found = True
    return found


def _subject_list(line: str, i: int, runs: list) -> bool:
    """Runs for each sentence of the line that names its cases as its subject (…等10个案例入选)."""
    found = False
    matches = ([(m, "count") for m in SUBJECT_LIST.finditer(line)] + [(m, "bare") for m in BARE_SUBJECT_VERB.finditer(line)]
               + ([(m, "praise") for m in PRAISE_PREDICATE.finditer(line)] if PRAISE_CORE.search(line) else []))
    for m, kind in matches:
        start = max(line.rfind(ch, 0, m.start()) for ch in "。！？；:：，,") + 1
        segment = line[start: m.start()]
        parts = [(start + a, start + b) for a, b in split_outside_quotes(segment, "、")]
        counted_two = kind == "count" and len(parts) == 2 and re.match(r"等\s*(?:\d+|[一二三四五六七八九十百]+)", m.group(0))
        if len(parts) < 3 and kind == "count" and not counted_two:
            # 河北省邢台市巨鹿县，江苏省盐城市东台市，浙江省杭州市建德市、宁波市象山县…等地的案例入选:
            # places apart by ， and 、, back to the first part that is no place
            wide = max(line.rfind(ch, 0, m.start()) for ch in "。！？；:：") + 1
            spans = [(wide + a, wide + b) for a, b in split_outside_quotes(line[wide: m.start()], "、，,")]
            if "、" in line[wide: m.start()] and spans:
                last = _trim_part(line, *spans[-1])
                spans[-1] = last
                k = len(spans)
                while k > 0 and _place_like(line[spans[k - 1][0]: spans[k - 1][1]].strip()):
                    k -= 1
                parts = spans[k:] if len(spans) - k >= 3 else parts
        tallied = False
        if len(parts) == 2 and kind == "bare":
            # 甲、乙和丙3个村一并上榜: the last two joined by 和, and the sentence counts all three
            joined = list(parts)
            _split_last_conjunction(line, joined)
            tail = COUNT_TAIL.search(line, joined[-1][0], joined[-1][1])
            if len(joined) == 3 and tail and _count_before("共" + tail.group("count") + "个") == 3:
                parts, tallied = joined[:2] + [(joined[2][0], tail.start())], True
        praised_two = kind == "praise" and len(parts) == 2 and all(_spaced_name(line[a:b].strip()) for a, b in parts)
        # (湖北的宜都市、大冶市获评第五届全国文明城市: two places written out, and the honour they won)
        honoured_two = kind == "bare" and len(parts) == 2 and re.match(r"荣获|获评|被评为|被授予|榜上有名", m.group(0)) \
            and all(_written_out_place(line[a:b].strip()) or _written_out_place(line[_trim_part(line, a, b)[0]:b].strip())
                    for a, b in parts)
        praised_two = praised_two or bool(honoured_two)
        if len(parts) < 3 and not counted_two and not praised_two:
            continue  # (甲、乙等13个市被命名为…: two named for the thirteen; 北京、上海处于领跑位置: two places praised)
        if kind == "praise":
            a, b = parts[-1]
            group = PRAISED_GROUP.search(line, a, b)
            if group and group.end() == b:
                parts[-1] = (a, group.start())  # …、深圳等重点城市的政务服务能力保持在全国领先: the last name, then what they are
            parts = _earlier_group(line, start, parts) + [_trim_part(line, a, b) for a, b in parts]
            a, b = parts[-1]
            tail = SHARED_TAIL.search(line[a:b])
            if tail and tail.start() >= 2 and all(_spaced_name(line[x:y].strip()) for x, y in parts[:-1]):
                parts[-1] = (a, a + tail.start())  # …、广元市政府门户网站得分靠前: the word is all of theirs
            if sum(_spaced_name(line[x:y].strip()) for x, y in parts) < 0.6 * len(parts) or not _spaced_name(
                    line[parts[-1][0]:parts[-1][1]].strip()):
                continue  # (the praise follows the last name: …林西县公安局4家单位被评为成绩突出… is no praise of names)
        elif kind == "bare" and sum(_place_like(line[slice(*_trim_part(line, a, b))].strip()) for a, b in parts) < max(
                len(parts) - 1, 0.9 * len(parts)):
            continue  # (one place the gazetteer does not know among many it does: 繁昌区, a county made a district)
        _split_last_conjunction(line, parts, shared_end=kind == "count")
        part = SECTION_NAMED.search(line[max(0, parts[0][0] - 40): parts[0][0]])  # 在“…”部分，甲、乙…
        items = [Item(i, *span, category=part.group("part") if part else None)
                 for span in (_trim_part(line, a, b) for a, b in parts) if span[1] > span[0]]
        if len(items) >= 3 or ((counted_two or praised_two) and len(items) == 2):
            if found and runs[-1].items[0].line == i:
                runs[-1].items.extend(items)  # a second list in the line's next sentence (a line is claimed once)
            else:
                runs.append(Run(items, "inline", trigger=True, asserted=kind == "count" or tallied, counted=tallied))
            found = True
    return found


COUNTED_HEAD = re.compile(r"(?:入选|获评|上榜|被评为|被命名为|被确定为|获得)[^：:，,。]{0,30}?(?:的有|有|为|是)\s*"
                          r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|家|项|名|所|座)[^：:，,。]{0,4}[：:]\s*$")
CHOSEN_KIND = re.compile(r"示范|试点|先进|优秀|十佳|十大|最佳|标杆|星级|入选|获评|上榜|命名|认定")
def _kind_label(label: str) -> bool:
    """示范街道, 五星级示范社区, 第一批: a bracketed label of the kind of entry chosen (not 【文号】, and not an
    award's name, 【一等奖】, whose lines award_line_runs reads)."""
    return bool(CHOSEN_KIND.search(label) or GRADE_LABEL.search(label)) and not label.endswith("奖")


HEAD_BRACKET = re.compile(r"^\s*[【［\[](?P<label>[^【】\[\]［］：:，,。；;、]{2,16})[】］\]]\s*")
GRADE_LABEL = re.compile(r"(?:等级|等次|档|类|组|级|奖|批|星)$")
LABEL_LINE = re.compile(r"^[^：:，,。；;]{2,12}[：:]\s*\S")


# 可惜金门县这回未能晋级: a clause after ； that goes on talking, not a name
CLAUSE_OPENER = re.compile(r"(?:可惜|遗憾的是|但|不过|其中|此外|另外|同时|而且|并且|只是|目前|今后)")


def _separators(text: str) -> str:
    """；between the items when a text has it outside quotes (names may hold 、), else 、 and ；."""
    return "；;" if len(split_outside_quotes(text, "；;")) >= 2 else "、；;"


def _recurring_label(lines: list[str], i: int, label: str) -> bool:
    """Line i is one name after a short label (线路：甲) among lines of such labels that recur section
    by section (景区 / 线路 / 赛事 under each province): the labels of a list printed section by
    section, one name as much as several."""
    if not 2 <= len(label) <= 6 or is_sentence(label):
        return False
    own = lines[i][first_outside_quotes(lines[i], "：:") + 1:].strip()
    if re.search(r"[，,。；;！？!?\s]|\d{4}", own) or marker_at(own):
        return False  # (回答：某网友 2019-09-05, 一等奖：①甲　②乙: a post's signature, a numbered line)
    if any(LABEL_LINE.match(lines[k]) and is_sentence(lines[k][first_outside_quotes(lines[k], "：:") + 1:])
           for k in range(max(0, i - 2), min(len(lines), i + 3)) if k != i):
        return False  # 报送单位：甲 beside 主要内容：…。: the fields of a record, not a section's kinds

    def label_at(k: int) -> str | None:
        if not LABEL_LINE.match(lines[k]):
            return None
        head = lines[k][: first_outside_quotes(lines[k], "：:")].strip()
        return head if 2 <= len(head) <= 6 and not marker_at(head) else None

    window = [k for k in range(max(0, i - 40), min(len(lines), i + 41))]
    counts = Counter(filter(None, (label_at(k) for k in window)))
    recurring = {text for text, c in counts.items() if c >= 2}
    listed = any("、" in lines[k][first_outside_quotes(lines[k], "：:") + 1:] for k in window if label_at(k) in recurring)
    beside = any(0 <= k < len(lines) and label_at(k) for k in (i - 1, i + 1))
    return listed and beside and (label in recurring or len(recurring - {label}) >= 2)


def _names_alike(parts: list[str]) -> bool:
    """Names of one kind: places or bodies, or all but one ending in the same word (…特色小镇)."""
    parts = [p.strip() for p in parts]
    if len(parts) < 2:
        return False
    if sum(_spaced_name(p) for p in parts) >= 0.8 * len(parts):
        return True
    if len(parts) == 2:  # (…水上运动休闲特色小镇；…水磨运动休闲小镇: two of a kind, one ending)
        return min(map(len, parts)) >= 4 and parts[0][-2:] == parts[1][-2:] and not re.search(r"\d", "".join(parts))
    return all(_same_kind(p, parts[:k] + parts[k + 1:]) for k, p in enumerate(parts))


def _same_kind(name: str, others: list[str]) -> bool:
    """A name ending as most of the names before it do, in a word of two or more characters
    (…运动休闲特色小镇 beside …特色小镇): one more of their kind."""
    tails = [t.strip()[-4:] for t in others if len(t.strip()) >= 4]
    if len(tails) < 2 or len(name) < 4:
        return False
    for size in (4, 3, 2):
        if sum(t[-size:] == name[-size:] for t in tails) >= max(2, 0.6 * len(tails)):
            return True
    return False


ALSO_LEAD = re.compile(r"还有[:：]?\s*$")
ALSO_JOINS = re.compile(r"[、和与及]")


def _also_subjects(line: str, at: int, names: list[str]) -> list[tuple[int, int]]:
    """The names that lead the clause before the one whose enumeration starts at ``at`` with 还有,
    when they are of the enumeration's kind (places or bodies, all of them): 甲村和乙村率先被点到，
    …的还有丙村、丁村 -> 甲村, 乙村; 甲是其中之一，…还有乙、丙 -> 甲."""
    if not names or not all(_spaced_name(name) for name in names):
        return []
    comma = max(line.rfind(ch, 0, at) for ch in "，,")
    if comma <= 0:
        return []
    start = max(line.rfind(ch, 0, comma) for ch in "。！？；;，,：:") + 1
    while start < comma and line[start] in " 　":
        start += 1
    cuts = [start] + [m.end() for m in ALSO_JOINS.finditer(line, start, comma)]
    spans = [(a, b - 1) for a, b in zip(cuts, cuts[1:])] + [(cuts[-1], comma)]
    if len(spans) > 4 or any(not _spaced_name(line[a:b].strip()) for a, b in spans[:-1]):
        return []
    a, b = spans[-1]
    end = next((e for e in range(b, a + 1, -1) if _spaced_name(line[a:e])), None)
    if end is None or end == b and len(spans) == 1:
        return []  # (a clause that is a name and nothing more is no subject of a sentence)
    return spans[:-1] + [(a, end)]


ZONE_END = re.compile(r"(?:新区|开发区|高新区|试验区|实验区|示范区|合作区|保税区)$")


def _spaced_name(token: str) -> bool:
    if "-" in token and 2 <= token.count("-") + 1 <= 4:  # 苏州-无锡-南通: places joined as one (a combined hub)
        return all(_spaced_name(part) for part in token.split("-"))
    if 15 < len(token) <= 30 and not re.search(r"[，,。；;：:、]", token) and _place_chain(token):
        return True  # (宜昌市伍家岗区万寿桥街道港务社区: a community written out from its city)
    return (2 <= len(token) <= 15 and not re.search(r"[，,。；;：:、]", token)
            and (region_prefix(token) == token or is_short_county(token) or bool(ORG_ENDING.search(token)) or token in _short_region_names()
                 or place_prefix(token) == token  # (江苏太仓市, 四川成都双流区: places written informally)
                 or _place_chain(token)  # (通州区石港镇睹史院村: a village under its town and county)
                 or (bool(ZONE_END.search(token)) and bool(place_prefix(token) or region_prefix(token)))))  # (河北雄安新区: a zone of a place)


COUNT_THEN_CLAUSE = re.compile(r"\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|名|位|座|席|地)\s*[，,：:]")
COUNT_THEN_COLON = re.compile(r"\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|所|座)[\u4e00-\u9fff]{1,3}\s*[：:]")  # (的有4个村：)


SECTION_NAMED = re.compile(r"[“「](?P<part>[^“”「」]{2,30})[”」](?:部分|方面|类别?|板块|领域|专题|篇)[，,：:]?\s*$")
ORGANISER_HONOUR = re.compile(r"组织单位|组织工作先进")
RAN_IT = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:联合|共同)?(?:主办|承办|协办|创办|发起|举办|组织|指导|支持|参与|参加)")
# (not 七家镇, 三家村, 十个寨: a number inside a place's own name, a place-word right after it)
COUNTED = re.compile(r"(?P<count>\d{1,2}|[两二三四五六七八九十]{1,3})\s*(?:个|家|座|所)(?![镇乡村庄屯寨堡店湾街桥岭沟子])")


SUB_UNIT = re.compile(r"(?:股|科|科组|教研组|班|班组|队|中队|大队|部|系|室|站|岗|团委|团支部|车间|门诊|窗口|服务厅|办税服务厅)$")


def _body_or_unit(text: str) -> bool:
    """广东省农垦中心医院护理部, 遂溪第一中学英语科组: a body, or a unit of one (a body's name, then a
    department, a team or a group of it)."""
    if len(text) > NAME_MAX + 10 or re.search(r"[，,。；;：:、]", text):
        return False
    text = re.sub(r"\s*[（(][^（）()]{1,12}[）)]$", "", text)  # (…神经康复科（疫情防控应急科）: its other name)
    if ORG_ENDING.search(text):
        return True
    unit = SUB_UNIT.search(text)
    return bool(unit) and any(ORG_ENDING.search(re.sub(r"[（(][^（）()]*[）)]", "", text[:k])) for k in range(4, unit.start() + 1))


def _city_groups(text: str) -> bool:
    """南京市玄武区、鼓楼区，无锡市宜兴市，徐州市丰县、新沂市: three or more groups apart by commas, each
    opening with a place written out from its city and going on with places of its own level."""
    groups = [text[a:b].strip() for a, b in split_outside_quotes(text, "，,")]
    if len(groups) < 3:
        return False
    for group in groups:
        parts = [group[a:b].strip() for a, b in split_outside_quotes(group, "、")]
        head = parts[0]
        if not (_written_out_place(head) and region_prefix(head) == head and len(re.findall(r"[省市州盟区县旗]", head)) >= 2) \
                or not all(_written_out_place(p) for p in parts[1:]):
            return False
    return True


def _written_out_place(text: str) -> bool:
    """内蒙古自治区包头市青山区, 东台市, 宁陵县: a place with its level's word (a short name, 成都, is
    not enough where commas might be a sentence's)."""
    return 2 <= len(text) <= 20 and (region_prefix(text) == text or _place_chain(text)) and bool(re.search(r"[省市区县旗州盟]$", text))


def _place_like(text: str) -> bool:
    return _spaced_name(text) or text in _short_region_names() or _place_chain(text) or _zone(text)


ZONE = re.compile(r"(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|产业园区?|工业园区?|新区|园区)$")


def _zone(text: str) -> bool:
    """霍山经济开发区, 寿县新桥国际产业园: a zone named after the place it lies in."""
    m = ZONE.search(text)
    if not m or m.start() < 2 or len(text) > 20:
        return False
    head = text[: m.start()]
    if region_prefix(head) or head[:2] in _short_region_names() or head[:3] in _short_region_names():
        return True
    # (霍山: a county's short name, 霍山县 without its 县)
    return any(region_prefix(head[:k] + suffix) == head[:k] + suffix for k in (2, 3) for suffix in "县市区旗")


def _place_chain(text: str) -> bool:
    """A region and the towns or villages below it: 上海市浦东新区航头镇, …关岭布依族苗族自治县新铺镇卧龙村."""
    region = region_prefix(text)
    return bool(region) and len(text) <= 30 and re.fullmatch(
        r"(?:[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|村|社区|苏木|嘎查))+", text[len(region):]) is not None


# …等9个单位入围市级名单 / 等5家单位获评…: what the counted ones were chosen for
SOME_CHOSEN = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?|[\u4e00-\u9fff]{0,6}?(?:企业|公司))(?:入围|入选|上榜|获评|被评为|评为|获得|荣获|获)")


def _body_named(text: str) -> bool:
    """消防局, 清水户政事务所: a body by its ending, however short its name."""
    return 2 <= len(text) <= NAME_MAX and not re.search(r"[，,。；;：:“”《》]", text) and bool(ORG_ENDING.search(text))


def _body_in_full(text: str) -> bool:
    """天津市滨海新区人民政府信访办公室: a body named with its ending, a name on its own."""
    return 4 <= len(text) <= NAME_MAX and not re.search(r"[，,。；;：:“”《》（）()]", text) and bool(
        ORG_ENDING.search(text)) and bool(region_prefix(text) or starts_with_region(text))


def _named_in_full(text: str) -> bool:
    """A body in full, or a company by its registered name (滑丰种业科技有限公司, 信阳五云茶叶（集团）有限公司),
    wherever it is: what a count of some of those chosen covers."""
    return _body_in_full(text) or (4 <= len(text) <= NAME_MAX and bool(COMPANY_END.search(text))
                                   and not re.search(r"[，,。；;：:“”《》]", text))


COMPANY_END = re.compile(r"(?:有限责任公司|股份有限公司|有限公司)$")


def _counted_list(line: str, i: int, runs: list) -> bool:
    """Names joined by 、 and followed by their number (选取临湘市、北塔区…汝城县6个县市区): the
    count says the list is whole; the first name is the end of the clause's first part."""
    found = False
    if "、" not in line:
        return False
    for m in COUNTED.finditer(line):
        if re.match(r"[\u4e00-\u9fff]{0,4}的", line[m.end():]):
            continue  # 广州、深圳…6个地市的市级大厅获评…: the places own what is honoured; it is listed elsewhere
        start = max(line.rfind(ch, 0, m.start()) for ch in "。！？；;：:，,") + 1
        end = m.start() - 1 if line[m.start() - 1: m.start()] == "等" else m.start()  # …深圳等15个城市
        parts = [(start + a, start + b) for a, b in split_outside_quotes(line[start: end], "、")]
        written = m.group("count").replace("两", "二")
        try:
            count = int(written) if written.isdecimal() else cn_number(written)
        except (KeyError, ValueError):  # 十十: no number
            continue
        if len(parts) == count - 1 and parts:  # 甲、乙及丙等3个: the last two joined by 及 / 和 / 与
            x, y = parts[-1]
            joint = max(line.rfind(word, x + 2, y - 1) for word in "及和与")
            if joint > 0:
                parts[-1:] = [(x, joint), (joint + 1, y)]
        if len(parts) != count:
            # 江苏省苏州市昆山市、南通市如东县，湖南省衡阳市耒阳市…等7个: provinces apart by ，, places within one by 、
            wide = max(line.rfind(ch, 0, m.start()) for ch in "。！？；;：:") + 1
            spans = [(wide + a, wide + b) for a, b in split_outside_quotes(line[wide: end], "、，,")]
            parts = spans[-count:] if len(spans) >= count and "、" in line[wide: end] else parts
        clause_after = re.split(r"[。；;！？，,]", line[m.end():])[0]
        chosen = bool(SOME_CHOSEN.search(clause_after))
        # 甲、乙、丙等9个单位入围市级名单: some of those the list holds, each a body named in full
        some_of = end < m.start() and 3 <= len(parts) < count and chosen
        if len(parts) < 3 or (len(parts) != count and not some_of) or ORGANISER_HONOUR.search(clause_after) \
                or RAN_IT.match(clause_after):
            continue  # (…4家单位被评为成绩突出组织单位, 甲、乙和丙三家联合创办: who ran the contest, not cases)
        a, b = parts[0]
        if own := re.match(r"(?:我|本|全)(?:省|市|区|县|州|旗)", line[a:b]):
            a += own.end()  # 我省甲公司、乙公司…: the page's own province, no part of the first name
        place = _named_in_full if some_of else _place_like
        if not some_of and chosen and all(_body_named(line[x:y].strip()) or _body_or_unit(line[x:y].strip()) for x, y in parts[1:]):
            # 甲局、乙局及丙所等4个机关获奖: bodies the count covers, chosen for something (…研究院（…剧团）:
            # one under its other name too; …中心智媒事业部: a unit of one)
            place = lambda text: _body_named(text) or _body_or_unit(text)  # noqa: E731
        first = next((k for k in range(a, b - 1) if place(line[k:b])), None)
        if first is None or not all(place(line[x:y].strip()) for x, y in parts[1:]):
            continue
        if ORIGIN_BEFORE.search(line[start:first]):
            continue  # 案例来自上海、广东、天津、福建四个自贸试验区: where the cases come from, not the cases
        parts[0] = (first, b)
        part = SECTION_NAMED.search(line[max(0, first - 40): first])  # 在“…”部分，甲、乙…: that part's names
        items = [Item(i, x, y, category=part.group("part") if part else None) for x, y in parts]
        if found:  # a second counted list on the line goes on the same run (a line is claimed once)
            runs[-1].items.extend(items)
        else:
            runs.append(Run(items, "inline", trigger=True, asserted=True))
        found = True
    return found


# the words before places that say where what is counted comes from or lies (来自, 分布在, 覆盖)
ORIGIN_BEFORE = re.compile(r"(?:来自|源自|出自|分布(?:在|于)|覆盖(?:了)?|涉及(?:了)?|遍布|遍及)\s*$")
HONOURED = re.compile(r"(?:获评|荣获|获得|授予|评为|被评为|荣膺|获颁)[了过]?\s*$")


NAMED_FOR_OTHERS = re.compile(rf"^[\u4e00-\u9fff]{{2,30}}(?:{_ORG_END})等\s*(?:\d{{1,3}}|[两二三四五六七八九十]{{1,3}})\s*(?:个|家|所)"
                              r"(?:单位|集体|部门|机构)?$")
# （一）部级政府网站（4个）：商务部、监察部、司法部: a numbered label, then its names
LABELLED_NAMES = re.compile(r"[^：:，,。；;]{2,20}(?:[（(](?:共)?\d{1,3}[个家项名][）)]|网站|类|奖|组|级|榜|单位|城市|案例)[：:]"
                            r"[^：:，,。；;]{2,20}(?:、[^：:，,。；;、]{2,20}){2,}(?:等)?[。；;]?$")
# 决定命名北京市东城区东花市街道东花市南里社区等999个社区为…: a notice naming one of those it honours
NAMED_ONE = re.compile(r"(?:命名|授予|确定|认定|评定)(?P<name>[^，。；、“”]{4,40}?)等\s*(?:\d{1,4}|[两二三四五六七八九十百]{1,4})\s*"
                       r"(?:个|家|所|座)[\u4e00-\u9fff]{0,6}?(?:为|“)")


def _one_named_for_many(line: str, i: int, runs: list) -> bool:
    m = NAMED_ONE.search(line)
    if not m or not (_place_like(m.group("name")) or ORG_ENDING.search(m.group("name"))
                     or re.search(r"(?:社区|村|街道|镇|乡)$", m.group("name"))):
        return False
    runs.append(Run([Item(i, m.start("name"), m.end("name"))], "inline", trigger=True, asserted=True))
    return True


COUNT_BEFORE = re.compile(r"(?:共|计|有|这|的|其中|占)\s*(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|项|家|座|所|条|批|处|间|支|部|片|件)"
                          r"[\u4e00-\u9fff]{0,6}?[，,：:]?\s*$")


# 共产生20个…最佳实践案例（甲市：…；乙县：…；…）: a counted list given whole in brackets after its count
BRACKET_COUNT = re.compile(r"(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|项|家|座|所|条|批|例|件)[^，,。；;：:（(]{0,30}$")
BRACKETED_MIN = 3
COUNT_THEN_BRACKET = re.compile(r"(?:\d|[一二三四五六七八九十两])\s*(?:个|项|家|座|所|条|批|例|件)[^，,。；;：:（(]{0,30}[（(]")
BRACKET_CASE_WORD = re.compile(r"案例|做法|经验|项目|成果|举措|应用|平台|账号|网站|示范|试点|典型|优秀|最佳|创新|入选|获奖")


def _bracketed_list(line: str, i: int, runs: list) -> bool:
    """A count and what it counts, then in brackets every one of them, apart by ；(or 、): the
    bracket holds the list (a sentence's brackets otherwise hold a note, and split no names)."""
    found = False
    if "（" not in line and "(" not in line:
        return False
    for opened in COUNT_THEN_BRACKET.finditer(line):
        at = opened.end() - 1  # the opening bracket
        counted = BRACKET_COUNT.search(line[max(0, at - 40): at])
        if not counted or not BRACKET_CASE_WORD.search(counted.group(0)):
            continue  # (六个部门（中央农办、农业农村部…）: who ran the selection, not what it chose)
        close = first_outside_quotes(line[at + 1:], "）)")  # the bracket's own close, past any inside it
        if close < 0:
            continue
        body = line[at + 1: at + 1 + close]
        seps = "；;" if first_outside_quotes(body, "；;") >= 0 else "、"
        parts = [(at + 1 + a, at + 1 + b) for a, b in split_outside_quotes(body, seps)]
        count = _count_before("共" + counted.group("count") + "个")
        if len(parts) < BRACKETED_MIN or len(parts) != count or any(
                not 2 <= b - a <= NAME_MAX + 15 or "。" in line[a:b] for a, b in parts):
            continue
        items = [Item(i, *_trim_part(line, a, b)) for a, b in parts]
        runs.append(Run([item for item in items if item.end > item.start], "inline", trigger=True, asserted=True,
                        counted=True))
        found = True
    return found


# 得分进入第一档的五个平台，本文按报告中出现的先后照录：甲、乙…: a count and what it counts, then after the colon
CHOSE_IN_HEAD = re.compile(r"(?:入选|获评|上榜|入围|被评为|被命名为|被确定为|获批)[^，,。；;]{0,12}$")
COUNT_THEN_COLON = re.compile(r"(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|项|家|座|所|款|例|件)[^。；;！？：:“”]{0,50}[：:]")


POINTED_COUNT = re.compile(r"\s*(?:这|此|上述|以上)\s*(?:\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|所|座|处)")


def _colon_list(line: str, i: int, runs: list) -> bool:
    """A sentence that counts what it is about and, after its colon, names exactly that many
    joined by 、: with no 分别是 or 名单如下, the count is what says the list is given whole. A
    label's count (（一）部级政府网站（4个）：…) is a line of names under its label, read elsewhere."""
    if not re.search(r"、|[和及与，,]", line) or marker_at(line):
        return False
    for m in COUNT_THEN_COLON.finditer(line):
        head = line[max(line.rfind(ch, 0, m.start()) for ch in "。！？；;") + 1: m.end() - 1]
        # (吉林省有两个县级市入选：梅河口市和敦化市: a sentence that says the counted were chosen names
        # even two, the last joined by 和)
        chose = bool(CHOSE_IN_HEAD.search(head))
        # (这22个国防教育基地是：: the count points back at what the sentence before said was chosen)
        pointed = bool(POINTED_COUNT.match(head))
        if len(head) <= LABEL_MAX and not re.search(r"[，,]", head) and not chose and not pointed:
            continue
        rest = line[m.end():]
        body = rest[: first_outside_quotes(rest + "。", "。；;！？")]
        parts = [(m.end() + a, m.end() + b) for a, b in split_outside_quotes(body, "、")]
        count = _count_before("共" + m.group("count") + "个")
        if chose and count and len(parts) == count - 1:
            _split_last_conjunction(line, parts)
        if pointed and count and count >= BRACKETED_MIN and len(parts) != count:
            # 这22个国防教育基地是：甲，乙，丙…: names parted by commas, exactly as many as counted
            commas = [(m.end() + a, m.end() + b) for a, b in split_outside_quotes(body, "，,、")]
            if len(commas) == count and not any(re.search(r"[的了是在]|\d", line[a:b]) for a, b in commas):
                parts = commas
        if len(parts) < (2 if chose else BRACKETED_MIN) or len(parts) != count or any(
                not 2 <= b - a <= NAME_MAX or re.search(r"[，,]", line[a:b]) for a, b in parts):
            continue
        items = [Item(i, *_trim_part(line, a, b)) for a, b in parts]
        runs.append(Run([item for item in items if item.end > item.start], "inline", trigger=True, asserted=True,
                        counted=True))
        return True
    # 无锡入选的“中华老字号”：甲、乙、…、壬，共9家。: the count after the names, as many as it says
    tail = COUNT_AFTER_NAMES.search(line)
    colon = first_outside_quotes(line, "：:")
    if tail and 0 < colon < tail.start() and CHOSE_IN_HEAD.search(re.sub(r"[“”「」]", "", line[:colon]).rstrip("的")):
        parts = [(colon + 1 + a, colon + 1 + b) for a, b in split_outside_quotes(line[colon + 1: tail.start()], "、")]
        if len(parts) == count_value(tail.group("count")) >= BRACKETED_MIN and all(
                2 <= b - a <= NAME_MAX and not re.search(r"[，,。；;]", line[a:b]) for a, b in parts):
            items = [Item(i, *_trim_part(line, a, b)) for a, b in parts]
            runs.append(Run([item for item in items if item.end > item.start], "inline", trigger=True, asserted=True,
                            counted=True))
            return True
    return False


COUNT_AFTER_NAMES = re.compile(r"[，,]\s*(?:共|合计|总计|计)\s*(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|处|座|所|条|件)[。.]?\s*$")


def _counts_names(count: str, names: str) -> bool:
    """3个 beside 甲、乙、丙: the cell counts the names of the cell beside it, none left out (等)."""
    m = re.match(r"^\s*(\d+|[一二三四五六七八九十两]+)", count)
    return bool(m) and not names.rstrip().endswith("等") and count_value(m.group(1)) == len(
        [n for n in re.split(r"[、，,；;]", names) if n.strip()])


def count_value(written: str | None) -> int | None:
    """7, 十, 两 → the number a sentence counts; None when it is none."""
    if not written:
        return None
    written = written.replace("两", "二")
    try:
        return int(written) if written.isdecimal() else cn_number(written)
    except (KeyError, ValueError):
        return None


def _count_before(head: str) -> int | None:
    """获准创建的共7项，分别是…, 这10个项目分别为…: how many names the sentence says it gives."""
    m = COUNT_BEFORE.search(head)
    return count_value(m.group("count")) if m else None


def _counted_before(head: str, n: int) -> bool:
    return _count_before(head) == n


COUNT_CLOSING = re.compile(r"等\s*(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|座|所|处|条|地)")
GROUP_JOINER = re.compile(r"[、，,]\s*(?:以及|和|及)?|(?:以及|和|及|与)")


def _counted_groups(segment: str) -> list[tuple[int, int]] | None:
    """批复建设了甲、乙和丙，丁、戊和己，以及庚…等9个示范区: names in groups — 、 inside a group, 和 before
    its last, commas between the groups, 以及 before the last group — that the count closing the
    clause counts one by one. None unless the parts are exactly that many short names."""
    close = COUNT_CLOSING.search(segment)
    if not close or "、" not in segment[: close.start()]:
        return None
    count = count_value(close.group("count"))
    head = segment[: close.start()]
    spans, start = [], 0
    for sep in GROUP_JOINER.finditer(head):
        if first_outside_quotes(head[: sep.start()] + "。", "。") != sep.start():
            continue  # (a joiner inside a quoted name)
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(head)))
    spans = [(a + len(head[a:b]) - len(head[a:b].lstrip()), b - len(head[a:b]) + len(head[a:b].rstrip())) for a, b in spans]
    if not count or count < 3 or len(spans) != count or not any(head[a - 1: a] in "，," for a, _ in spans[1:]):
        return None
    if not all(2 <= b - a <= NAME_MAX and not re.search(r"[。；;：:的了是在]|\d", head[a:b]) for a, b in spans):
        return None
    return spans


NAMED_LIST_LINE = re.compile(r"^(?P<label>[^，。；：:、]{6,40}?名单(?:[（(][^（）()]{1,8}[）)])?)\s*[：:]\s*")


def _named_list_line(line: str, i: int) -> Run | None:
    """2022年…示范区筹建名单（部分）：甲（单位）、乙（单位）、丙（单位）: a line that opens with a list's own
    name and a colon, then only its names joined by 、 (three or more)."""
    m = NAMED_LIST_LINE.match(line)
    if not m:
        return None
    body_start = m.end()
    body = line[body_start:].rstrip("。；; ")
    if first_outside_quotes(body, "，,。") >= 0:
        return None
    parts = [_trim_part(line, body_start + a, body_start + b) for a, b in split_outside_quotes(body, "、；;")]
    if len(parts) < 3 or any(not 2 <= b - a <= NAME_MAX + 20 for a, b in parts):
        return None
    # (试点单位表扬名单：甲、乙 beside 试点任务表扬名单：…: the label each line's names are under)
    return Run([Item(i, a, b, category=m.group("label").strip()) for a, b in parts], "inline", trigger=True)


def inline_runs(lines: list[str]) -> list[Run]:
    """Items inside one line: after 分别是 / 名单如下 …, a whole line of names split by 、；，
    (under a label line such as 一、省级网站), or three or more quoted names in a row."""
    runs: list[Run] = []
    for i, line in enumerate(lines):
        if len(line) > 3000:
            continue  # no list is written as one line this long; keeps the cost linear
        if line.startswith("| ") and line.rstrip().endswith(" |"):
            continue  # (| 发布单位 | 甲、乙、丙 |: a table's row, read by table_runs, never a line of prose)
        named = _named_list_line(line, i)
        if named:
            runs.append(named)
            continue
        found = False
        first_enum = None
        for m in ENUMERATION.finditer(line):
            if COUNT_THEN_CLAUSE.match(line, m.end()) or COUNT_THEN_COLON.match(line, m.end()):
                continue  # 进入前十的有4家，分别为…: the count, then the enumeration that names them
            if re.search(r"(?:列|栏|字段)$", line[:m.start()].rstrip()):
                continue  # 表中三列依次为报送单位、所获奖项、作品名称: a table's columns, not names
            if m.group(0).startswith("分别是") and re.search(r"[\u4e00-\u9fff]{2,10}[和与及][\u4e00-\u9fff]{2,10}$", line[:m.start()]):
                continue  # 苏州和泉州分别是江苏、福建经济总量最大的城市: what each named subject is, not a list
            end = first_outside_quotes(line[m.end():] + "。", "。")
            segment = line[m.end(): m.end() + end]
            grouped = _counted_groups(segment)  # (甲、乙和丙，丁、戊和己，以及庚…等9个示范区)
            # 进入前10名的有甲和乙，进入前20名的还有丙和丁: the next clause opens an enumeration of its own
            for k, _ in split_outside_quotes(segment, "，,")[1:]:
                nxt = ENUMERATION.search(segment, k)
                if nxt and nxt.start() - k <= 12 and not re.search(r"[、，,]", segment[k: nxt.start()]):
                    segment = segment[: k - 1]
                    break
            if "、" not in segment and RANKING_PREDICATE.search(segment):
                continue  # 排名第一的是甲，乙和丙并列第二，丁位列第三: clauses that rank, each its own subject
            # …依次为：甲、乙和丙；排在第11至20位的依次为：丁、戊: the next clause's names are its own
            for k, _ in split_outside_quotes(segment, "；;")[1:]:
                if ENUMERATION.search(segment, k):
                    segment = segment[: k - 1]
                    break
            # 有甲、乙、丙等37家单位；另有6家单位…: names joined by 、 end at the clause's ； when what follows is no name
            semis = split_outside_quotes(segment, "；;")
            if len(semis) >= 2 and "、" in segment[: semis[0][1]] and (any(
                    b - a > NAME_MAX or re.search(r"[，,\d]", segment[a:b]) or CLAUSE_OPENER.match(segment[a:b].strip())
                    or SEMI_CLAUSE.search(segment[a:b]) for a, b in semis[1:])
                    or all(first_outside_quotes(segment[a:b], "、") >= 0 for a, b in semis)):
                # (甲、乙和丙；灵璧县推荐了丁、戊以及己: each clause a list of its own, the next with its own head)
                segment = segment[: semis[0][1]]
            # 依次是甲、乙、丙，其中甲和乙…: names joined by 、 end at the clause's comma
            first_sep = first_outside_quotes(segment, "、")
            if first_sep > 0 and _separators(segment) != "；;":
                comma = first_outside_quotes(segment[first_sep:], "，,")
                if comma > 0:
                    whole, segment = segment, segment[: first_sep + comma]
                    # …分别为甲“A”、“B”，乙“C”，以及丙“D”: a comma between bodies' groups of products
                    base = len(segment) + 1
                    for chunk_start, chunk_end in split_outside_quotes(whole[base:], "，,"):
                        if not LISTED_PRODUCT.match(whole[base + chunk_start: base + chunk_end].strip()):
                            break
                        segment = whole[: base + chunk_end]
                    # 北京市、天津市、重庆市3个直辖市，以及石家庄市（河北）、沈阳市（辽宁）…: the names go on after
                    # the comma, 以及 opening a second group joined by 、 to the clause's end
                    more = whole[len(segment) + 1:]
                    if re.match(r"\s*(?:以及|及|还有|另有)", more) and first_outside_quotes(more, "、") > 0 and \
                            first_outside_quotes(more, "，,；;") < 0 and not re.search(
                            r"(?:\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:名|位)(?:个人|同志|代表)?\s*$|个人", more):
                        segment = whole  # (…8家组织，以及甲、乙2名个人: people, a group of their own, are left out)
                    # 南京市玄武区、鼓楼区，无锡市宜兴市，徐州市丰县、新沂市…: each group opens with its city written
                    # out, its other places by their own names; commas part the cities' groups
                    if segment == whole[: len(segment)] and _city_groups(whole[: first_outside_quotes(whole + "。", "。")]):
                        segment = whole[: first_outside_quotes(whole + "。", "。")]
                    segment = re.sub(r"，", "、", segment[first_sep:]).join([segment[:first_sep], ""])
            # names with 、 inside them are separated by ；
            parts = [(m.end() + a, m.end() + b) for a, b in split_outside_quotes(segment, _separators(segment))]
            count = _count_before(line[:m.start()]) if len(parts) < 2 else None
            if count:
                # 这10个项目分别为：甲，乙，丙…: names apart by commas, as many as the sentence counts
                commas = [(m.end() + a, m.end() + b) for a, b in split_outside_quotes(segment, "，,")]
                if len(commas) == count and all(b - a <= NAME_MAX + 20 for a, b in commas):
                    parts = commas
            if grouped:
                parts = [(m.end() + a, m.end() + b) for a, b in grouped]
            if parts:
                _split_last_conjunction(line, parts)  # (…的是甲和乙: two names)
                parts = [piece for a, b in parts for piece in _adjoining_quotes(line, a, b)]
            if len(parts) == 1 and NAMED_FOR_OTHERS.match(line[parts[0][0]: parts[0][1]].strip()):
                # 获表彰的先进集体有：甲等3个单位: the one the page names, for all of them
                a, b = _trim_part(line, *parts[0])
                runs.append(Run([Item(i, a, b)], "inline", trigger=True, asserted=True))
                found = True
                continue
            if len(parts) < 2:
                continue
            # 获评“中国政府网站信息公开领先奖”的还有…: the honour the sentence names is the names' category
            honour = QUOTED.search(m.group(0))
            category = honour.group(1) if honour and AWARD_TITLE.search(honour.group(1)) else None
            named = SENTENCE_AWARD.search(line[max(0, m.start() - 12): m.end()])  # 摘得一等奖的是 / 三等奖共4项，分别为
            category = category or (named.group(0) if named else None)
            items = [Item(i, *span, category=category) for span in (_trim_part(line, a, b) for a, b in parts)
                     if span[1] > span[0]]
            if len(items) >= 2 and ALSO_LEAD.search(m.group(0)):
                # 甲村和乙村率先被点到，获评…的还有丙、丁 / 甲是其中之一，同时入选的还有乙、丙: the names the
                # clause before the "also" leads with are on the list too (unless an earlier run holds them)
                claimed = [(item.start, item.end) for run in runs if run.items and run.items[0].line == i for item in run.items]
                more = [(a, b) for a, b in _also_subjects(line, m.start(), [line[x.start:x.end].strip() for x in items])
                        if not any(a < y and x < b for x, y in claimed)]
                items[:0] = [Item(i, a, b, category=category) for a, b in more]
            if len(items) >= 2:
                if found:  # a second enumeration on the line goes on the same run (a line is claimed once)
                    runs[-1].items.extend(items)
                else:
                    said = line[:m.start()] + re.sub(r"(?:还有|为|是|有)[:：]?$", "", m.group(0))  # (获综合奖的六个网站是)
                    counted = _counted_before(line[:m.start()], len(items)) or _counted_before(said, len(items))
                    runs.append(Run(items, "inline", trigger=True, asserted=counted, counted=counted))
                    first_enum = m.start()
                found = True
        if first_enum and PRAISE_CORE.search(line, 0, first_enum):
            # 甲、乙、丙排在我市名单的前面；同样进入名单的还有丁、戊: the praised names before the enumeration
            before: list[Run] = []
            if _subject_list(line[:first_enum], i, before):
                runs[-1].items[:0] = [item for run in before for item in run.items]
        if first_enum is not None and any(word in line[:first_enum] for word in RANKING_VERBS):
            # 宁波市位列第2名，同在第一档的还有甲、乙: the name ranked just before the others of its tier
            ranked: list[Run] = []
            if _ranking_clauses(line, i, ranked):
                taken = [(item.start, item.end) for item in runs[-1].items]
                more = [item for item in ranked[0].items if all(item.end <= a or item.start >= b for a, b in taken)]
                runs[-1].items = sorted(runs[-1].items + more, key=lambda item: item.start)
        if not found:
            found = (_subject_list(line, i, runs) or _object_list(line, i, runs) or _counted_subject(line, i, runs)
                     or _ranking_clauses(line, i, runs)
                     or _placed_clauses(line, i, runs)
                     or _counted_list(line, i, runs) or _one_named_for_many(line, i, runs)
                     or _bracketed_list(line, i, runs) or _colon_list(line, i, runs))
        if found:
            continue
        owned = _owned_quotes(line, i)
        if owned:
            runs.append(owned)
            continue
        quoted = _quote_sequence(line)
        if quoted and HONOURED.search(line[max(0, quoted[0][0] - 12): quoted[0][0]]):
            quoted = []  # 先后获评“甲”“乙”“丙”: the honours a case received, not cases
        if quoted:
            # (two only when the sentence counts them: “甲”“乙”两项)
            counted = _counted_before(re.sub(r"[，,：:]?\s*(?:分别|依次)?(?:是|为|有)?[：:]?\s*$", "", line[:quoted[0][0]]), len(quoted))
            runs.append(Run([Item(i, a, b) for a, b in quoted], "quoted", trigger=len(quoted) == 2 or counted, counted=counted))
            continue
        marked = marker_at(line)
        if marked and not LABELLED_NAMES.match(line, marked[2]):
            continue  # a numbered or bulleted line is an item of its own (marker_runs), not a line of names
        head_end = 0
        colon = first_outside_quotes(line, "：:")
        if 0 < colon <= LABEL_MAX and label_of(line[:colon]) and not re.fullmatch(r"《[^《》]+》", label_of(line[:colon]).strip()):
            head_end = colon + 1  # (- 《甲》：乙馆、丙中心: a work and its bodies, no label over names)
        bracket_head = None
        if not head_end and (m := HEAD_BRACKET.match(line)) and line[m.end():].strip() and not marked and _kind_label(m.group("label")):
            # 【五星级示范社区】王板桥社区、朝阳路社区: the bracketed label heads the names on its line
            head_end, bracket_head = m.end(), m.group("label").strip()
        if head_end and SPEAKER.match(line[: head_end - 1].strip()):
            continue  # 主持人：由于时间关系，今天的发布会就到这里: a speaker's words in a transcript, not names
        if head_end and NOTE_HEADER.match(line[: head_end - 1].strip()):
            continue  # 说明：名单顺序与附件一致，按行政区划排列: the page's note, its clauses no names
        if not head_end and (line.rstrip().endswith(("：", ":")) or PRAISED_KINDS.search(line)) and not marker_at(line):
            continue  # …受到通报表扬的市州、县市区和园区(：): a label over the names below, not names
        label_end = head_end
        counted_lead = COUNTED_LEAD.match(line, head_end)
        if counted_lead and line.count("、") >= 2:
            head_end = counted_lead.end()  # 14个市州，甲、乙…: places counted whole, then the ones named
        body = re.sub(r"(?:…+|\.{3,}|等)$", "", line[head_end:].rstrip("。.；; ")).rstrip("、，, ")
        # the label above, past a bracketed note (（按行政区划排序）) between it and the names
        j = i - 1 if i > 0 and not (NOT_AN_ITEM.match(lines[i - 1]) and lines[i - 1].startswith(("（", "("))) else i - 2
        if j == i - 1 and i >= 2 and lines[i - 1].rstrip().endswith(("：", ":")) and marker_at(lines[i - 2]) and (
                marker_at(lines[i - 2])[0] in ("cn", "paren-cn")):
            j = i - 2  # 一、奖项 / 本组为…，获奖的还有4个城市： / 甲、乙…: the note between a section's heading and its names
        prev = marker_at(lines[j]) if j >= 0 else None
        heading_style = prev is None or prev[0] in ("cn", "paren-cn") or prev[0].startswith("bullet") or (
            # 1. 呼和浩特市 / 新城区…街道、玉泉区…街道: a numbered place over the names that lie in it
            prev[0] == "num" and _spaced_name(lines[j][prev[2]:].strip()) and "、" in line) or (
            # ⑴ 国家生态园林城市 / 徐州市、苏州市…: a short numbered heading over one line of names
            prev[0] in ("pcirc", "circ", "paren") and line.count("、") >= 2 and not marker_at(line)
            and 2 <= len(lines[j][prev[2]:].strip()) <= 16 and not is_sentence(lines[j]))
        above = label_of(lines[j]) if j >= 0 and not is_sentence(lines[j]) and heading_style else None
        if above and above.startswith(("【", "[", "［")) and j >= 0:
            above = _bracket_label(lines[j]) or above  # (【湖南省文明村镇】（共16个）: the words inside the brackets)
        if above is None and prev and prev[0] in ("cn", "paren-cn") and not is_sentence(lines[j]) and (
                len(lines[j]) - prev[2] <= 24 or (len(lines[j]) - prev[2] <= 64 and PRAISED_KINDS.search(lines[j]))):
            # 一、强化党组织领导，推动“三治”融合: a numbered section's heading, its comma too (一、…促进制造业
            # 高质量发展成效明显的市、县市区: a long one when it ends in the kinds of place or body it names)
            above = lines[j][prev[2]:].strip() or None
        # commas split names only under a marked label or after a head (城市类：甲，乙，丙); in prose they split clauses
        # commas split names only under a bracketed label (【政务服务类】) or after a head
        # (城市类：甲，乙，丙); under a numbered line they split the item's description
        marked = i > 0 and _bracket_label(lines[i - 1])
        previous = runs[-1] if runs else None
        # a line of names wrapped onto the next line (…临安区、 / 桐庐县、…): the same list goes on
        wrapped = (i > 0 and lines[i - 1].rstrip().endswith("、") and previous is not None
                   and previous.shape == "line of names" and previous.items[-1].line == i - 1)
        if wrapped:
            above = previous.items[-1].category
        seps = _separators(body) if re.search("[、；;]", body) else ("，," if marked or head_end else "")
        labelled_lines = False
        if not re.search("[、；;，,]", line[colon + 1:]) and 0 < colon <= 8 and province_label(line[:colon].strip()) and _province_names_line(lines, i + 1) \
                and 2 <= len(line[colon + 1:].strip()) <= NAME_MAX and not is_sentence(line[colon + 1:]):
            # 北京市：房山区长阳镇 over 天津市：甲镇、乙镇: one province's one name, among lines like it
            head_end, body, seps, labelled_lines = colon + 1, line[colon + 1:].strip(), "、", True
        spaceable = not LIST_SEPARATORS.search(body) and not head_end
        goes_on = (spaceable and previous is not None and previous.shape == "line of names"
                   and previous.items[-1].line == i - 1 and len(_spaced_names(lines[i - 1])) >= 2)
        titled = spaceable and j >= 0 and bool(NAMES_TITLE.search(lines[j])) and not is_sentence(lines[j]) or (
            # …名单如下：濠滨论坛原创首发: a sentence that hands over the names, a site's mark after its colon
            spaceable and j == i - 1 and bool(NAMES_HANDED.search(lines[j])))
        if spaceable and (above or goes_on or titled):
            # 晋城市 忻州市 under （一）第六届全国文明城市, 省劳动保障厅　省人事厅 under …建设单位名单 and
            # on over the next lines: regions or bodies written apart by spaces
            spans = _spaced_names(line) or (_spaced_quotes(line) if above else [])
            if not spans and above and marked and previous is not None and previous.shape == "line of names" \
                    and previous.items[-1].line >= i - 3 and previous.items[-1].category and _spaced_name(line.strip()):
                # 【东北地区】 大连　沈阳 / 【环渤海】 青岛: one name under its label among lines of several
                lead = len(line) - len(line.lstrip())
                spans = [(lead, lead + len(line.strip()))]
            if (not spans and above and prev is not None and prev[0] in ("cn", "paren-cn")
                    and previous is not None and previous.shape == "line of names"
                    and i - 3 <= previous.items[-1].line < i and previous.items[-1].category not in (None, above)
                    and 2 <= len(body) <= NAME_MAX and not is_sentence(body) and not marker_at(line)
                    and (ORG_ENDING.search(body) or region_prefix(body) == body or QUOTED.fullmatch(body)
                         # (二、天津 / 蓟州区下营镇运动休闲特色小镇 among sections of …特色小镇: one of their kind)
                         or _same_kind(body, [lines[item.line][item.start:item.end] for item in previous.items]))):
                # （一）北京市 / 甲、乙、丙 / （二）天津市 / 丁: one name under its label, among labels of several
                lead = len(line) - len(line.lstrip())
                spans = [(lead, lead + len(body))]
            if spans:
                # (a line of names under another: the label over the first is theirs too, the line
                # above is no label of theirs)
                own_label = previous.items[-1].category if goes_on else above
                items = [Item(i, a, b, category=own_label) for a, b in spans]
                if goes_on or (above and previous and previous.shape == "line of names" and previous.items[-1].line >= i - 3
                               and previous.items[-1].category):
                    previous.items.extend(items)
                else:
                    runs.append(Run(items, "line of names", trigger=bool(titled and not above)))
            if above or spans:
                continue
        if not seps and wrapped and 2 <= len(body) <= NAME_MAX and not is_sentence(body):
            previous.items.append(Item(i, 0, len(body), category=above))
            continue
        if not seps:
            continue
        parts = split_outside_quotes(body, seps)
        # 第一等级：青岛 among 第二等级：济南、威海: one name after a label, beside lines like it
        labelled_lines = labelled_lines or (head_end and GRADE_LABEL.search(line[:head_end].strip(" ：:"))
                          and any(0 <= k < len(lines) and LABEL_LINE.match(lines[k]) for k in (i - 1, i + 1))) or (
            # 【示范城区】沙市区 beside 【示范街道】… lines: one name after its label, among lines like it
            bracket_head and any(0 <= k < len(lines) and (m := HEAD_BRACKET.match(lines[k])) and lines[k][m.end():].strip()
                                 for k in (i - 1, i + 1))) or (
            # 线路：甲 among 景区：乙、丙 / 赛事：丁 under each province's heading: one name after a label the
            # page prints again and again, once per section
            head_end and not bracket_head and _recurring_label(lines, i, line[: head_end - 1].strip()))
        # (甲；乙；丙 under 一、北京: the semicolons that part the names end no sentence)
        if len(parts) < (2 if above or head_end else 3) - (1 if wrapped or labelled_lines else 0) or is_sentence(
                re.sub(r"[；;]", "", body) if seps == "；;" and above and _names_alike([body[a:b] for a, b in parts]) else body):
            continue
        # 河北省河间市，内蒙古自治区包头市青山区、乌兰察布市集宁区，…: places written out, ， between
        # provinces and 、 within one — every part a place, so both split names
        mixed = split_outside_quotes(body, "、，,") if seps != "，," and "，" in body else []
        if len(mixed) >= 3 and all(_written_out_place(body[a:b].strip()) for a, b in mixed):
            parts, seps = mixed, "、，,"
        longest = NAME_MAX if seps != "，," or (len(parts) == 1 and labelled_lines and not re.search(r"[\s①-⑳]", body.strip()) and not body.strip().startswith(("（", "("))) else 12  # names listed with commas are short; clauses are not
        if seps == "，," and len(parts) >= 3 and all(_body_or_unit(body[a:b].strip()) for a, b in parts):
            longest = NAME_MAX + 10  # (甲中学英语科组，乙公司三分公司散机队中控班，…: bodies and their units, however long)
        if any(not 2 <= b - a <= longest for a, b in parts) or (seps not in ("，,", "、，,") and first_outside_quotes(body, "，,") >= 0):
            continue  # a part holding a comma is a clause of a sentence, not a name
        if line.rstrip().endswith("。") and any(re.search(r"等(?!\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:个|家|项|所|座)"
                                                         r"[\u4e00-\u9fff]{0,4}$)[^、，,。]{2,}", body[a:b]) for a, b in parts):
            continue  # 平台把申报、缴税、开票等事项集中到一个入口。: a sentence goes on past its 等
        parts = [(head_end + a, head_end + b) for a, b in parts]
        _split_last_conjunction(line, parts)
        # 入选全国乡村治理示范村的有4个村：…: a head that says they were chosen and counts them, no category
        counted = bool(label_end and COUNTED_HEAD.search(line[:label_end]))
        category = None if counted else (bracket_head or label_of(line[: label_end]) or line[: label_end].strip(" ：:")) or above
        # 甲、乙、丙 / 丁、戊、己 right under it, no label of its own: the same line of names wrapped
        # (a <pre> block or <br> lines broken by width, no 、 at the break)
        continues = (not category and previous is not None and previous.shape == "line of names"
                     and previous.items[-1].line == i - 1 and len(parts) >= 3
                     and sum(item.line == i - 1 for item in previous.items) >= 3 and not marker_at(line)
                     # (names, both lines: a heading cut at its 、 is no line of names to go on from)
                     and all(item.end - item.start <= 15 for item in previous.items if item.line == i - 1)
                     and all(b - a <= 15 for a, b in parts))
        if continues:
            category = previous.items[-1].category
        if category and PEOPLE_AWARD.search(category) and not re.search(r"集体|单位|组织|团队|班组|部门", category):
            continue  # （二）…优秀信息员 / 肖金红、张玉明…: people who won, no cases (the units above stand alone)
        items = [Item(i, *span, category=category) for span in (_trim_part(line, a, b) for a, b in parts) if span[1] > span[0]]
        # the next label's names (past the label and a note under it) go on the same run
        # (not onto a numbered line: 1、…奖：甲、乙 under 其他奖项 belongs to the numbered lines, whose run it is)
        if wrapped or continues or (previous and previous.shape == "line of names" and i - 3 <= previous.items[-1].line < i and category
                       and (previous.items[-1].category or previous.items[-1].line == i - 1)
                       and bool(marker_at(line)) == bool(marker_at(lines[previous.items[-1].line]))
                       and not lines[previous.items[-1].line].rstrip().endswith(("：", ":"))):  # (an addressee line)
            previous.items.extend(items)
        else:
            runs.append(Run(items, "line of names", counted=counted, trigger=counted))
    for run in runs:
        if run.shape == "line of names":
            _keep_categories(run.items)
    return runs


# One case named in a sentence of prose with what it won: 会上，莆田市12345便民服务平台获得“服务之星奖”,
# 此外，信阳市中级人民法院获评全国双拥模范单位. The subject starts after a clause boundary.
AWARD_VERB = re.compile(r"(?:曾|再次|再度|又|还|也|已|均|就|拟|因此|因而|由此|从而|更是|便|同时|分别|先后|连续第?[一两二三四五六七八九十\d]{1,3}年|连续|成功|首次|常年|长期|一直|始终|持续|稳定|第[一二三四五六七八九十\d]{1,2}次){0,3}"
                        r"(?:获得|荣获|获评|被评为|荣膺|获颁|被授予|被命名为|入选|进入|跻身|位列|位居|名列|分列|登上|上榜|并列(?=第)|排名(?=第|[\u4e00-\u9fff]{2,12}第[\d一二三四五六七八九十]{1,3}[名位]))")
AWARD_VERB_CORE = re.compile(r"获得|荣获|获评|被评为|荣膺|获颁|被授予|被命名为|入选|进入|跻身|位列|位居|名列|分列|登上|上榜|并列(?=第)|排名(?=第|[\u4e00-\u9fff]{2,12}第[\d一二三四五六七八九十]{1,3}[名位])")
AWARD_OBJECT = re.compile(r"奖|称号|单位|案例|示范|先进|标兵|模范|十佳|十大|百强|优秀|典型|精品|最佳")
# what a ranking's verb reaches (进入前十, 位列第7名, 登上…排行榜): a place on a list
RANK_OBJECT = re.compile(r"^[^，。；]{0,30}?(?:前[\d一二三四五六七八九十百]{1,3}|前列|前茅|榜首|首位|第[\d一二三四五六七八九十]{1,3}(?:[名位]|$)"
                         r"|榜单?|排行)")
RANK_VERBS = ("进入", "跻身", "位列", "位居", "名列", "分列", "登上", "上榜", "入选", "排名", "并列")
# the subject of a sentence about one account (“宜昌发布”在…排行中位列第四): the quoted name before 在
MEASURED = re.compile(r"(?:能力|水平|指数|成绩|得分|绩效|情况|排名|总分)$")
SCOPE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:网站|类|榜|组|系统|评估|排名|榜单|城市)中(?=[\u4e00-\u9fff“「])")
TOGETHER_SUBJECT = re.compile(r"^(?P<name>[^，,。；]{4,40}?)(?:与|和|同)(?:另外|其他|其余)[^，,。；]{0,30}(?:一起|一道|一同)$")
AMONG_SUBJECT = re.compile(r"^(?P<name>[^，,。；]{4,30}?)在[^，,。；“”]{2,30}[中里内](?:绩效|综合|总分|得分)?$")
QUOTED_SUBJECT = re.compile(r"^(?P<name>[“「][^“”「」]{2,20}[”」])(?:[\u4e00-\u9fff]{0,6})?在")
# 石狮市融媒体中心运营的视频号“石狮融媒”, 开通不到一年的“宜昌发布”: the quoted account is the subject,
# the body that runs it (when the words before 的 are a body) its agency
OWNED_QUOTE = re.compile(r"^(?P<owner>[^“”「」《》，,]{2,30}?)(?:(?:运营|主办|开设|开通|推出|管理|负责|选送|报送|申报|推荐)?的(?:[\u4e00-\u9fff]{0,8}?)"
                         r"|(?:官方)?(?:微信公众号|公众号|微博|抖音号|视频号|头条号))"  # (安丘警方公众号“平安安丘”)
                         r"(?P<name>[“「][^“”「」]{2,45}[”」]|《[^《》]{2,60}》)"
                         r"(?:微信公众号|公众号|微博|抖音号|头条号|视频号|客户端|项目|品牌|栏目)?$")
BRACKET_NOTE = re.compile(r"\s*[（(][^（）()]{1,30}[）)]\s*$")
NOT_A_SUBJECT = re.compile(r"^(?:该|其|这|此|我|本|他|她|它|两|各|多|全|共|有|已|并|均|也|还|同时|其中|记者|网友|市民|群众"
                           r"|对|在|于|从|据|经|由|为|向|将|把|被)|[中时后上里内]$")


def _clause_start(line: str, end: int) -> int:
    """Where the clause that ends at ``end`` begins: after the last ，。；：！？ before it that is not
    inside quotes (县卫生健康局的“打开心窗，畅享阳光——…”获得金奖 is one clause)."""
    start, depth = 0, 0
    for k, ch in enumerate(line[:end]):
        if ch in "“「『":
            depth += 1
        elif ch in "”」』":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "，。；：:！？,;":
            start = k + 1
    return start


JOINED_NOT_A_NAME = re.compile(r"的(?:账号|网站|单位|部门|项目|案例|做法|工作)$|(?:依次|先后|分别|同时|均|都|也)$|[和与及].{0,12}[和与及]")
ORGANISING = re.compile(r"组织(?:单位|奖|工作)|优秀组织|组织[^，。；]{0,4}(?:单位|奖)")
JOINED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff”」』）)])\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|所|座)[\u4e00-\u9fff]{0,4}$")


JOINED_ADVERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:相继|先后|分别|同时|一起|一同|共同|均|都|也)$")


def _joined_award_subjects(line: str, i: int, start: int, subject: str, award: str, ranking: bool = False) -> Run | None:
    """甲、乙、丙获评匠心创意奖: several things joined by 、 before one honour, each an item of one
    run (a count among them — 甲、乙等3个单位 — or a subject that is no list of names gives none)."""
    if "、" not in subject or not (AWARD_OBJECT.search(award) or (ranking and RANK_OBJECT.match(award))) or NOT_A_SUBJECT.match(
            subject) or ORGANISING.search(award):
        return None  # (…4家单位被评为成绩突出组织单位: thanked for running the contest, not chosen by it)
    a = line.index(subject, start)
    counted = JOINED_COUNT.search(subject)  # (…、聚前湾党群服务中心5个案例获评优秀案例: the count is no name)
    if counted:
        subject = subject[: counted.start()]
        if re.search(r"[各均共都]?有$", subject):
            return None  # 东部、西部各有8个省区进入榜单: how many each holds, not names
    subject = JOINED_ADVERB.sub("", subject)  # (…和湖南省长沙市相继获得称号: how they got it, no part of the last)
    spans = split_outside_quotes(subject, "、")
    parts = [(a + x, a + y) for x, y in spans]
    _split_last_conjunction(line, parts)  # (…辽宁省沈阳市和湖南省长沙市: two places)
    names = [line[x:y].strip() for x, y in parts]
    if len(names) < 2 or any(not 2 <= len(n) <= NAME_MAX or re.search(r"[，,。；：:]|等|\d+\s*[个家项名]", n) or JOINED_NOT_A_NAME.search(n)
                             for n in names):
        return None  # (管理保障、功能推广等分项指数: some of a kind, not names; …检察机关的账号: a description)
    items = [Item(i, x + (len(line[x:y]) - len(line[x:y].lstrip())), y - (len(line[x:y]) - len(line[x:y].rstrip())),
                  whole=True) for x, y in parts]
    owned = OWNED_QUOTE.match(line[items[0].start:items[0].end])
    if owned:
        from .fields import is_body

        if is_body(owned.group("owner")):
            # 宣汉县融媒体中心运营的“中国宣汉”、“宣汉发布”: the body runs each quoted name after it
            a0 = items[0].start
            owner = (i, a0, a0 + owned.end("owner"))
            items[0].start, items[0].end = a0 + owned.start("name"), a0 + owned.end("name")
            for item in items:
                if QUOTED.fullmatch(line[item.start:item.end]):
                    item.agency = owner
    return Run(items, "award sentence", trigger=True)


def _place_or_body(text: str) -> bool:
    from ..regions import locate
    from .fields import is_body

    return is_body(text) or locate(text).matched == text


ONE_OF_THEM = re.compile(r"(?:是|为)其中(?:之一|一个|一家|一员)|(?:名列|位列|也在)其中")
OWN_PLACE = re.compile(r"^(?:我省|我市|我县|我区|我州|本市|本县|全县|全市)")
CHOSEN_CLAUSE = re.compile(r"获得认定|予以认定|认定为|确认并公布|确定为|命名为|入选|获评|上榜|授予|表彰|公布")


def _one_of_them(line: str, i: int, lines: list[str]) -> list[Run]:
    """全市共12个社区获得认定，我县杉城镇和平社区是其中之一: a sentence that says a list was chosen, then
    names the one of them the page reports — a place or a body written out, the case."""
    runs = []
    for m in ONE_OF_THEM.finditer(line):
        start = max(line.rfind(ch, 0, m.start()) for ch in "，,。；;！？：:") + 1
        sentence_start = max(line.rfind(ch, 0, start) for ch in "。；;！？") + 1
        if not CHOSEN_CLAUSE.search(line, sentence_start, start):
            continue  # (the clause before must say what was chosen)
        subject = line[start: m.start()].strip()
        lead = OWN_PLACE.match(subject)
        if lead:
            subject = subject[lead.end():]
        from .fields import PLACE_CHAIN, TOWNSHIP, is_body

        if not 4 <= len(subject) <= NAME_MAX or not (_spaced_name(subject) or PLACE_CHAIN.match(subject)
                                                     or TOWNSHIP.match(subject) or is_body(subject)):
            continue
        # (石家庄市鹿泉区获鹿镇下聂庄村 as the heading above, 下聂庄村是其中之一 below: the name written in full)
        full = next((k for k in range(i - 1, max(-1, i - 6), -1) if lines[k].strip().endswith(subject)
                     and len(subject) < len(lines[k].strip()) <= NAME_MAX and not is_sentence(lines[k])
                     and not marker_at(lines[k])), None)
        if full is not None:
            lead_k = len(lines[full]) - len(lines[full].lstrip())
            runs.append(Run([Item(full, lead_k, len(lines[full].rstrip()), whole=True)], "award sentence", trigger=True))
            continue
        a = line.index(subject, start)
        runs.append(Run([Item(i, a, a + len(subject), whole=True)], "award sentence", trigger=True))
    return runs


def award_sentence_runs(lines: list[str]) -> list[Run]:
    """A single item for each sentence that names one thing and the honour it received."""
    runs = []
    for i, line in enumerate(lines):
        if len(line) <= 3000 and ONE_OF_THEM.search(line):
            runs.extend(_one_of_them(line, i, lines))
        if len(line) > 3000 or not AWARD_VERB_CORE.search(line):
            continue
        for m in AWARD_VERB.finditer(line):
            if m.start() and line[m.start() - 1] == "的":
                continue  # (…两个方向的入选案例整理出来: 入选 qualifies a noun here, it is no verb)
            start = _clause_start(line, m.start())  # (a comma inside the quoted name does not end the clause)
            opened = max(line.rfind(ch, start, m.start()) for ch in "（(")
            if opened >= 0 and max(line.rfind(ch, opened, m.start()) for ch in "）)") < 0:
                start = opened + 1  # (the verb inside an open bracket: its clause starts there)
            subject = line[start: m.start()]
            if start == 0 and (found := marker_at(line)):
                subject = line[found[2]: m.start()]  # (- 市政务服务中心获评…: the bullet is not the subject's)
                start = found[2]
            subject = re.sub(r"\s*(?:——|－－|--)\s*$", "", subject)  # (1、“先医后付”（连云港）——入选…: the dash leads the rest)
            note = BRACKET_NOTE.search(subject)
            noted = None
            if note and note.start() > 0:  # “石狮融媒”（原名“石狮日报”）获评…: the note is not the subject
                noted = note.group(0).strip()[1:-1]
                subject = subject[: note.start()]
            quoted = QUOTED_SUBJECT.match(subject.strip())
            if quoted:
                subject = quoted.group("name")
            elif (among := AMONG_SUBJECT.match(subject.strip())):
                subject = among.group("name")  # 甲网站在国家级…网站中排名第7名: where it ranks is no part of it
            elif (together := TOGETHER_SUBJECT.match(subject.strip())):
                subject = together.group("name")  # 甲的“乙”与另外九个项目一起获得…: the others are not named
            subject = subject.strip()
            owned = OWNED_QUOTE.match(subject)
            checked = owned.group("name") if owned else subject  # (由该中心托管的“焦作城管”: the account is the subject)
            award = re.split(r"[，。；！？,;]", line[m.end(): m.end() + 40])[0]
            ranking = m.group().endswith(RANK_VERBS) or bool(RANK_OBJECT.match(award))  # (获评全国区县级政府网站第8名)
            tie = m.group().endswith("并列")  # (甲与乙、丙并列第四: 与 joins the tied names as 、 does)
            scope = SCOPE_PREFIX.match(subject)
            if scope:  # (部委网站中质检总局与税务总局并列第2名: where they rank is no part of the first)
                start, subject = start + scope.end(), subject[scope.end():]
            joined_line = line[:start] + re.sub(r"[与和及]", "、", line[start:m.start()]) + line[m.start():] if tie else line
            joined = re.sub(r"[与和及]", "、", subject) if tie else subject
            if not owned and (run := _joined_award_subjects(joined_line, i, start, joined, award, ranking)):
                runs.append(run)
                continue
            work = re.fullmatch(r"《[^《》]{2,60}》", checked)  # (a case written up under its title may run long and quote)
            # (泰和县获评十佳优化营商环境县（市、区）: a county by its short name, given an honour for places)
            short_place = len(subject) == 3 and region_prefix(subject + "x") == subject and bool(
                re.search(r"(?:县|市|区|城市|地区|[县市区][（(][^（）()]{1,8}[）)])[”」]?$", award.strip()))
            if (not (4 <= len(subject) or short_place) or not len(subject) <= (30 if not owned else 30 + NAME_MAX + (30 if work else 0))
                    or len(checked) > NAME_MAX + (30 if work else 0)
                    or NOT_A_SUBJECT.match(checked) or re.search(r"[中时后上里内]$", checked)
                    or AWARD_VERB_CORE.search(QUOTED.sub("", checked))  # (甲入选…案例 位列…: the earlier clause's verb)
                    or MEASURED.search(checked)  # (长沙数字政府服务能力…被评为“优秀级”: a measure of a place, no case)
                    or (not work and any(q in checked for q in "、和与及") and region_prefix(checked + "x") != checked)  # (泰和县, 和平区: 和 in a place's name)
                    or (not work and len(QUOTED.findall(checked)) > 1)
                    or re.search(r"[两二三四五六七八九十百\d]\s*(?:个|家|项|名|批|类|款)", checked)  # (成华区的两个政务新媒体账号: several)
                    or not (AWARD_OBJECT.search(award) or (ranking and RANK_OBJECT.match(award)) or m.group().endswith("上榜"))
                    or re.search(r"\d", subject) and not re.search(r"12345|\d{4,}", subject)):
                continue
            a = line.index(subject, start)
            item = Item(i, a, a + len(subject), whole=True)
            if noted and not owned and _place_or_body(noted):  # （连云港）: whose case it is
                b = line.index(noted, a + len(subject))
                item.agency = (i, b, b + len(noted))
            if owned:
                item.start, item.end = a + owned.start("name"), a + owned.end("name")
                if _place_or_body(owned.group("owner")):  # (桃源县选送的《…》: a place's entry too)
                    item.agency = (i, a, a + owned.end("owner"))
            runs.append(Run([item], "award sentence", trigger=True))
    return runs


# An award's title as a label: 一等奖, 服务群众优秀单位, 2023年服务优化典范, 2022年度最佳视觉设计,
# 2019年度全国政务热线“最佳管理效率奖”
AWARD_TITLE = re.compile(r"(?:奖|奖项|称号|典范|典型|标杆|先进单位|优秀单位|示范单位|优秀成果|应用成果|最佳[\u4e00-\u9fff]{2,6}"
                         # 全国工人先锋号, 青年文明号, 巾帼文明岗, 人民满意的公务员集体: a collective's honour by its name
                         r"|先锋号|文明号|文明岗|公务员集体|先进集体|模范集体|劳动奖状|红旗窗口|示范窗口"
                         r"|(?:创新|优秀|典型|精品|最佳|示范)(?:案例|应用场景|场景)"  # 党建引领创新案例, 数字化创新应用场景：…: the kind of case it was chosen as
                         r"|最具[\u4e00-\u9fff]{2,8}|(?:十大|十佳|十强|百强)[\u4e00-\u9fff]{1,12}"
                         r"|^[\u4e00-\u9fff]{0,6}榜|榜首|排行榜)[”」]?$"  # 微博榜, 区县榜, 总榜, 微博影响力榜首: the ranking a winner tops
                         # 年度公安政务新媒体优质新锐账号, 优秀MV: a title that says what is honoured
                         r"|^(?:年度|优秀|优质|最佳)[\u4e00-\u9fffA-Za-z]{1,20}$")
# An award for people (十大公务人员微博, 先进个人, 最美热线人): its winners are no cases
PEOPLE_AWARD = re.compile(r"个人|人员|人物|管理员|热线人|工作者|干部|标兵|能手|旗手|选手|之星|达人|督办员|网友"
                          # 全国三八红旗手（9人）: a label counting what it covers in people
                          r"|[（(]\s*(?:共\s*)?(?:\d{1,4}|[一二三四五六七八九十百两]{1,4})\s*(?:人|名)\s*[）)]"
                          # 优秀信息员, 优秀网格员: people in a post, unless a team of them (网格员队伍, 调解员工作室)
                          r"|(?:信息|通讯|联络|网格|调解|宣传|讲解|督导|监督|协管|安全)员(?!集体|队|之家|站|工作室)|委员(?!会)")
AWARD_WORD = re.compile(r"奖|称号|案例|典范|典型|标杆|单位|成果|最佳|最具|十大|十佳|十强|百强|年度|优秀|优质|榜")
AWARD_BRACKETED = re.compile(r"^【(?P<label>[^【】]{2,30})】\s*(?P<value>[^【】\s].*?)\s*[。；;]?$")
AWARD_LINE = re.compile(r"^(?P<label>[^：:，,。；;]{2,30}?)\s*[：:]\s*(?P<value>\S.*?)\s*[。；;]?$")
# 一等奖  桥西街道党工委: in a <pre> block or a plain-text post a gap of spaces stands for the colon
# (one name after it, nothing more)
AWARD_SPACED = re.compile(r"^(?P<label>[^：:，,。；;\s]{2,30})(?:[ \u3000]{2,}|\u3000)(?P<value>[^\s：:，,。；;]{2,40})$")


def _award_value(value: str) -> bool:
    from .fields import looks_like_person
    from ..bylines import is_name

    parts = [value[a:b].strip() for a, b in split_outside_quotes(value, "、")]
    if len(parts) >= 2 and sum(len(p) <= 3 and is_name(p) for p in parts) >= 0.5 * len(parts):
        return False  # 郑继伟、梁和平、卫诗: people who won it

    return (2 <= len(value) <= NAME_MAX and not is_sentence(value) and not looks_like_person(value)
            and not value.rstrip().endswith(("：", ":")) and not INTRODUCER.search(value)
            and not NOT_AN_ITEM.match(value.strip()) and not re.search(r"\d+\s*(?:人|名)$", value)
            and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", value)) >= 2 and not re.match(r"^[A-E][+＋-]?级?$", value)
            and not PRIZE_TIER.fullmatch(value.strip()))  # (…创新案例　一等奖: a grade won nothing itself)


def _bodies_on_line(line: str) -> list[tuple[int, int]]:
    """The spans of a line that is only bodies named in full, joined by 、 (or one body); else []."""
    start = len(line) - len(line.lstrip(" 　"))
    end = len(line.rstrip(" 　。"))
    parts = [(start + a, start + b) for a, b in split_outside_quotes(line[start:end], "、")]
    return parts if parts and all(_body_in_full(line[a:b].strip()) for a, b in parts) else []


def _body_owned(line: str) -> bool:
    """“谣”不可及：神仙们的真相突围记（泸县人民检察院）: a title, whatever its own punctuation, with the
    body that entered it in brackets at the end (among such lines under a label)."""
    from .fields import bracket_agency, is_body

    text = line.strip()
    if not 4 <= len(text) <= NAME_MAX + 20 or re.search(r"[。；;]", text) or not text.endswith(("）", ")")):
        return False
    found = bracket_agency(text)
    return bool(found and found[1] and is_body(found[1]))


def _place_label(text: str) -> bool:
    """乌鲁木齐市, 塔城地区, 巴音郭楞蒙古自治州: a place and nothing else, as a section's label."""
    region = locate(text) if 2 <= len(text) <= 12 else None
    return bool(region and region.matched == text)


def _counted_names(line: str, label: str) -> bool:
    """区一星级文明单位（2个）： / 区民宗局、区城建投公司: under a label that counts them, as many names
    joined by 、 as it says — a line of names (read by inline_runs), never one name."""
    count = re.search(r"[（(](?:共|计)?\s*(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|所|项)[）)]\s*[：:]?\s*$", label)
    parts = split_outside_quotes(line.strip(" 　。"), "、")
    return bool(count) and len(parts) >= 2 and count_value(count.group(1)) == len(parts)


def award_line_runs(lines: list[str]) -> list[Run]:
    """What won each award, one award to a line (一等奖：“山乡共富小助手”; 1. …“最佳管理效率奖”：长沙市
    12345市民服务热线) or a title over the line naming the winner (①2022年度…优秀传播力奖 / 广州市
    公安局：“广州公安”微博); paragraphs may stand between them. People who won are left out."""
    same_award: dict[int, int] = {}  # a winner's line -> the line of the first winner of its award
    items: list[Item] = []
    for i, line in enumerate(lines):
        if not AWARD_WORD.search(line):
            continue  # neither an award line nor a title over one
        found = marker_at(line)
        start = found[2] if found else 0
        text = line[start:].strip()
        lead = start + len(line[start:]) - len(line[start:].lstrip())
        m = AWARD_LINE.match(text) or AWARD_BRACKETED.match(text) or AWARD_SPACED.match(text)  # (【年度政务传播大奖】广州市公安局（三度蝉联）)
        if m and m.re is AWARD_SPACED and PRIZE_TIER.fullmatch(m.group("value").strip()):
            m = None  # (…创新案例　一等奖: the award and its grade, a title over the line naming the winner)
        if m and RECORD_AWARD_LABEL.match(m.group("label").strip()):
            continue  # 获评称号：…: a field of a record (record_runs), not an award's winner
        # (a note after the title is not part of it: 十大政务机构微博（浙江入选）)
        title = re.sub(r"\s*[（(][^（）()]{1,12}[）)]$", "", m.group("label").strip()) if m else ""
        if m and AWARD_TITLE.search(title) and not PEOPLE_AWARD.search(title) and _award_value(m.group("value")):
            a = lead + m.start("value")
            value = re.sub(r"(?<=..)等$", "", m.group("value"))  # 襄阳文化和旅游局等: the one named, and others
            circled = re.match(r"[①-⑳⑴-⒇]\s*", value)
            if circled and len(value) - circled.end() >= 2 and not re.search(r"[①-⑳⑴-⒇]", value[circled.end():]):
                a, value = a + circled.end(), value[circled.end():]  # (全国五一劳动奖状：①甲公司: its one name, numbered)
            value = re.sub(r"\s*[（(][^（）()]{1,12}[）)]$", "", value) if m.re is AWARD_BRACKETED else value  # (（三度蝉联）: a note)
            category = LABEL_COUNT.sub("", m.group("label").strip())
            parts = split_outside_quotes(value, "、")
            if len(parts) < 2 or not all(_award_value(value[x:y]) for x, y in parts):
                parts = [(0, len(value))]  # one winner (甲、乙 only when each part is one)
            items.extend(Item(i, a + x, a + y, category=category) for x, y in parts)
        elif (not m and AWARD_TITLE.search(re.sub(r"\s*[（(][^（）()]{1,12}[）)]$", "", text)) and len(text) <= 30
              and not is_sentence(text) and not PEOPLE_AWARD.search(text) and not text.endswith("榜")  # (日榜 / 总榜: a site's tabs)
              and i + 1 < len(lines) and _award_value(lines[i + 1].strip(" 　")) and not lines[i + 1].lstrip().startswith("|")
              and not AWARD_TITLE.search(lines[i + 1].strip())
              # (- 最佳政务微博 / - 最佳政务微信公众号: items of one list, marked alike, not a title and its winner)
              and not (found and (below := marker_at(lines[i + 1])) and below[0] == found[0])):
            nxt = lines[i + 1]
            a = len(nxt) - len(nxt.lstrip(" 　"))
            bullet = marker_at(nxt)
            if bullet and bullet[0].startswith("bullet"):
                a = bullet[2] + len(nxt[bullet[2]:]) - len(nxt[bullet[2]:].lstrip(" 　"))  # (- 锦观——成都日报: the winner, not its bullet)
            text = LABEL_COUNT.sub("", text).strip() or text  # 地方最佳实践奖（2个）: the count is no part of the award
            quoted = _quote_sequence(nxt)  # (“微博洛阳”“平安洛阳” under one title: both won it)
            head, several = items_on_line(nxt)
            if len(several) >= 2 and not head:  # (①甲公司 ②乙学院 under one title: each won it)
                items.extend(Item(i + 1, x, y, category=text) for x, y, _, _ in several)
            elif len(quoted) >= 2 and not re.sub(r"[“”「」\s、和及]", "", "".join(
                    nxt[b:c] for (_, b), (c, _) in zip(quoted, quoted[1:]))):
                items.extend(Item(i + 1, x, y, category=text) for x, y in quoted)
            else:
                end = len(nxt.rstrip(" 　。"))
                parts = split_outside_quotes(nxt[a:end], "、")  # (甲局、乙县人民政府: each won it)
                if len(parts) < 2 or not all(_award_value(nxt[a + x: a + y]) for x, y in parts):
                    parts = [(x - a, y - a) for x, y in _adjoining_quotes(nxt, a, end)]  # (“甲”“乙”: both won it)
                items.extend(Item(i + 1, a + x, a + y, category=text) for x, y in parts)
                # the winners one to a line below it, each a body named in full (甲局 / 乙县人民政府 / …),
                # or each written as its first is (阳江市：地方政府微博 / 汕头市：网上行政审批大厅)
                owned = 2 <= first_outside_quotes(nxt[a:], "：:") <= 12
                j = i + 2
                while j < len(lines):
                    below = lines[j].strip(" 　。")
                    if named := _bodies_on_line(lines[j]):
                        items.extend(Item(j, x, y, category=text) for x, y in named)
                    elif (owned and 2 <= first_outside_quotes(below, "：:") <= 12 and _award_value(below)
                          and not marker_at(below) and not AWARD_TITLE.search(below)):
                        start_ = len(lines[j]) - len(lines[j].lstrip(" 　"))
                        items.append(Item(j, start_, start_ + len(below), category=text))
                        same_award[j] = i + 1  # (one award's winners, judged together)
                    else:
                        break
                    j += 1
    # one run a line (or a few lines of one award's winners written alike): a line another list
    # holds stays that list's, the rest stand on their own
    by_line: dict[int, list[Item]] = {}
    for item in items:
        by_line.setdefault(same_award.get(item.line, item.line), []).append(item)
    return [Run(line_items, "award lines", trigger=True) for line_items in by_line.values()]


# A Weibo account named in the text: @武威公安. The name runs on into the sentence (@北京12345获得亚军),
# so it ends at the first word that continues the sentence, never before its second character.
MENTION = re.compile(r"[@＠](?P<name>[\u4e00-\u9fffA-Za-z0-9_\-·]{2,30})")
MENTION_STOP = re.compile(
    r"获得|获评|荣获|排名|排在|位列|位居|名列|一周|本周|本期|本月|首登|登上|荣登|拿下|夺得|摘得|成为|凭借|再次|继续"
    r"|分别|等|和|与|及|的|回复|答复|发布了|发文|入选|上榜|也|则|都|还|又|已|被|以|在\d|在(?:这|该|此|本|全|各)|共(?:计|发|有)|累计|今年|去年"
)
BODY_GOES_ON = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:局|厅|委|办|部|院|中心|协会)")
DROPPED = re.compile(r"跌出|退出|掉出|落榜|出局|无缘|未能入围|未入选|未上榜")
MENTION_RANKS = {"冠军": 1, "亚军": 2, "季军": 3, "榜首": 1, "第一": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5,
                 "第六": 6, "第七": 7, "第八": 8, "第九": 9, "第十": 10, "首位": 1, "桂冠": 1, "第一名": 1}
BOARD_HEAD = re.compile(r"^\s*[【\[〖]\s*(?P<board>[^】\]〗]{2,30}?)\s*[】\]〗]\s*(?P<place>" + "|".join(
    sorted(MENTION_RANKS, key=len, reverse=True)) + r")?\s*$")
MENTION_RANK = re.compile("|".join(MENTION_RANKS))


def _mentions(line: str) -> list[tuple[int, int]]:
    spans = []
    for m in MENTION.finditer(line):
        name = m.group("name")
        # (@济南市文化和旅游局: a 和 inside a body's name, before its ending, does not end the mention)
        stop = next((x.start() for x in MENTION_STOP.finditer(name) if x.start() >= 2 and not (
            x.group() in ("和", "与", "及") and BODY_GOES_ON.match(name, x.end())) and not (
            # (@平安成都: the 都 that ends a place's name, 成都, 花都, does not end the mention)
            x.group() == "都" and any(name[j: x.end()] in _short_region_names() for j in range(max(0, x.start() - 3), x.start())))),
            len(name))
        spans.append((m.start("name"), m.start("name") + stop))
    return spans


def mention_runs(lines: list[str]) -> list[Run]:
    """Accounts named with @, as reports on Weibo rankings write them: lines led by a short label
    (点赞最多账号 @松原发布, its description on the lines below) or sentences that rank them
    (冠军是@武威公安，@北京12345获得亚军). A short line without a mention (a heading) ends a run."""
    runs: list[Run] = []
    current: list[Item] = []
    gap = 0
    after_board = False  # prose right after a run of labelled lines
    for i, line in enumerate(lines):
        spans = _mentions(line) if ("@" in line or "＠" in line) and len(line) <= 3000 else []
        if not spans:
            if len(line) <= LABEL_MAX and not is_sentence(line):
                after_board = False  # (a heading: what follows is a section of its own)
            if current and (gap >= 2 or (len(line) <= LABEL_MAX and not is_sentence(line) and "，" not in line)):
                runs.append(Run(current, "mentions"))
                current, gap = [], 0
            elif current:
                gap += 1
                last = current[-1]
                if last.category and not is_sentence(lines[last.line]):
                    for item in current:  # the description under a labelled line
                        if item.line == last.line:
                            item.desc.append(i)
            continue
        gap = 0
        head = line[: spans[0][0] - 1].strip()
        # a label leads a line of nothing but mentions: 最佳媒体账号 @甲、@乙
        rest = "".join(line[b: a - 1] for (_, b), (a, _) in zip(spans, spans[1:])) + line[spans[-1][1]:]
        label = head if (head and len(head) <= LABEL_MAX and not re.search(r"[，,。；;：:！？]", head)
                         and not re.sub(r"[\s、，,；;。]", "", rest)) else None
        # 【成都市政转发排行榜】榜首　@成都服务　被转发1766次: the bracketed list is the label, the word
        # after it the place on that list, whatever figures follow the mention
        board = BOARD_HEAD.match(head) if len(spans) == 1 else None
        if board:
            label = board.group("board")
        elif not label and is_paragraph(line) and (after_board or (current and all(item.category for item in current))):
            # 【…榜】榜首 @甲 lines, then prose naming “@乙”'s post or event: the list has ended
            if current:
                runs.append(Run(current, "mentions"))
            current, after_board = [], True
            continue
        after_board = False
        for a, b in spans:
            clause_start = max(line.rfind(ch, 0, a) for ch in "，,。；;") + 1
            ends = [k for k in (line.find(ch, b) for ch in "，,。；;") if k >= 0]
            clause = line[clause_start: min(ends) if ends else len(line)]
            if DROPPED.search(clause):
                continue  # @武汉消防…则跌出榜单: named as leaving the list
            rank = MENTION_RANK.search(clause) if not label else None
            place = MENTION_RANKS.get(board.group("place")) if board else None
            current.append(Item(i, a, b, category=label, rank=place or (MENTION_RANKS[rank.group(0)] if rank else None),
                                whole=True))
    if current:
        runs.append(Run(current, "mentions"))
    return runs



# Sites and accounts a report praises in its prose, each named in quotes with its channel:
# “江西掌上12348”微信公众号为群众提供…, “南昌市人民政府”网开设…, 如“南昌西湖政务门户网站”“赣州·章贡区”网等
CHANNEL_AFTER_QUOTE = re.compile(r"微信公众号|公众号|官方微博|微博|门户网站|网站|网(?![民友络上页点])|APP|App|app|客户端|小程序|抖音号|头条号")
CHANNEL_END = re.compile(r"(?:网|网站|门户网站|平台|APP|App|公众号|微博|热线|客户端|小程序)$")
# what the section over them says: good practice is praised; problems are not cases
PRAISE_SECTION = re.compile(r"成效|典型|亮点|好的做法|经验|借鉴|特色|表扬|较好|良好|优秀|突出|成绩|进步")
FAULT_SECTION = re.compile(r"问题|不足|差距|整改|不合格|批评|滞后|不到位|不规范|未|不及时|错误|失效")


GENERIC_CHANNEL = re.compile(r"^(?:政务|政府|官方|门户|服务|新媒体|移动|网上|掌上|网络)*(?:平台|网站|网|公众号|微博|客户端|APP)$")
HONOUR_WORDS = re.compile(r"十佳|十大|百佳|百强|优秀|最佳|最具|先进|示范|年度")


def _praised_section(lines: list[str], first: int) -> bool:
    """The lines over a paragraph run (up to its section's heading) speak of good practice."""
    for k in range(first - 1, max(-1, first - 5), -1):
        if FAULT_SECTION.search(lines[k]) and not PRAISE_SECTION.search(lines[k]):
            return False
        if PRAISE_SECTION.search(lines[k]):
            return True
    return False


def _paragraph_label(lines: list[str], i: int) -> str | None:
    """（一）办事服务便利惠民。… opening the paragraph, or 1、互动交流更便捷 right above it."""
    found = marker_at(lines[i])
    if found:
        head = re.split(r"[。：:]", lines[i][found[2]:], maxsplit=1)[0]
        return head.strip() if 2 <= len(head.strip()) <= LABEL_MAX and not re.search(r"[，,；;]", head) else None
    if i > 0 and marker_at(lines[i - 1]) and not is_sentence(lines[i - 1]):
        return label_of(lines[i - 1])
    return None


ZONE_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,4}(?:高新区|经开区|开发区|综保区|自贸片区|工业园区|产业园区|园区)")
PRAISED_PREDICATE = re.compile(r"成效明显|成效显著|改善明显|工作突出|表现突出|成绩突出|进展明显|排名靠前|得分靠前|位居前列")


def _leading_places(line: str) -> list[tuple[int, int]]:
    """The places a line opens with, joined by 、 (永州市、祁阳高新区深化…): their spans, or none."""
    spans, k = [], 0
    while k < len(line):
        place = region_prefix(line[k: k + 20])
        zone = ZONE_PREFIX.match(line, k)
        if zone and (not place or zone.end() - k > len(place)):
            end = zone.end()
        elif place:
            end = k + len(place)
        else:
            break
        spans.append((k, end))
        if line[end: end + 1] != "、":
            break
        k = end + 1
    return spans if spans and spans[-1][1] < len(line) and line[spans[-1][1]] not in "、，,。；;：:" else []


def praised_line_runs(lines: list[str]) -> list[Run]:
    """获激励表扬工作如下： / 冷水滩区推动高质量发展成效明显，奖励100万元。 / 永州市、祁阳高新区深化…成效明显…: after a
    line that hands them over, three or more lines in a row, each opening with the places it praises and
    saying what they did well — the places are the cases, each line's in turn."""
    runs: list[Run] = []
    i = 0
    while i < len(lines):
        if not (lines[i].rstrip().endswith(("：", ":")) and re.search(r"如下|以下|下列", lines[i])):
            i += 1
            continue
        items, j = [], i + 1
        while j < len(lines) and is_sentence(lines[j]) and PRAISED_PREDICATE.search(lines[j]):
            spans = _leading_places(lines[j])
            if not spans:
                break
            items.extend(Item(j, a, b, whole=True) for a, b in spans)
            j += 1
        if j - i - 1 >= 3:
            runs.append(Run(items, "praised lines", trigger=True))
        i = max(j, i + 1)
    return runs


def praised_prose_runs(lines: list[str]) -> list[Run]:
    """Quoted sites and accounts named in the paragraphs of a report's good-practice section,
    one run for paragraphs that follow each other (a heading line may stand between them)."""
    runs: list[Run] = []
    current: list[Item] = []
    last = -10

    def flush():
        if len(current) >= 2 and _praised_section(lines, current[0].line):
            runs.append(Run(list(current), "praised prose", trigger=True))

    for i, line in enumerate(lines):
        if len(line) > 3000 or not ("“" in line or "「" in line) or len(line) < 20 or not is_sentence(line):
            continue
        items = []
        for m in QUOTED.finditer(line):
            end = m.end()
            channel = CHANNEL_AFTER_QUOTE.match(line, end)
            if channel:
                end = channel.end()
            elif not CHANNEL_END.search(m.group(1)):
                continue
            if (GENERIC_CHANNEL.match(m.group(1)) or HONOUR_WORDS.search(m.group(1))
                    or HONOURED.search(line[max(0, m.start() - 12): m.start()])):
                continue  # “政务平台”, “十佳网络平台”, 获评“…”: a word or an honour, not a site
            start = max(line.rfind(ch, 0, m.start()) for ch in "。；！？") + 1
            stop = first_outside_quotes(line[end:] + "。", "。；！？")
            if FAULT_SECTION.search(line[start: end + stop]):
                continue  # a site named for what it lacks
            items.append(Item(i, m.start(), end, category=_paragraph_label(lines, i), whole=True))
        if not items:
            continue
        if not (current and i - last <= 2):
            flush()
            current = []
        current.extend(items)
        last = i
    flush()
    return runs


# The one case a news item reports, on a line of its own: after the sentence that announces it
# (本文关注的入选场景为：), after a label (获奖项目：…, 城市治理领域“十佳”：…), or over the line
# that names who put it forward (推荐单位：…). Only read when the page holds no list.
SINGLE_LINE_MAX = 90
OWN_LABEL = re.compile(r"^(?P<label>[^：:，,。；;！？]{2,20}?)\s*[：:]\s*(?=\S)")
AGENCY_LABEL = re.compile(r"单位(?:名称)?$|^(?:主办|承办|协办|指导|来源|作者|记者|编辑|责编)")
COUNT_VALUE = re.compile(r"^\s*[\d.,，]+\s*(?:个|家|项|名|件|条|人|%|％|分)?\s*$")
READING_LABEL = re.compile(r"阅读|链接|推荐|相关|延伸|往期|更多|专题|附件")
AGENCY_FIELD = re.compile(r"^(?:推荐|申报|报送|建设|主办|实施|牵头|承建|运营|选送|参评|责任)单位\s*[：:]\s*(?P<org>[^，,。；;：:]{3,40}?)\s*[。；;]?$")


# A short line over a case that says which it is: 排名1, 第一名, TOP1, 优化营商环境示范案例1
RANK_LABEL = re.compile(r"^(?:(?:排名|名次|第)\s*[\d一二三四五六七八九十]{1,3}\s*(?:名|位)?|(?:TOP|Top|NO\.?|No\.?)\s*\d{1,3}"
                        r"|[\u4e00-\u9fff]{0,16}案例\s*[\d一二三四五六七八九十]{1,3})$")


# The first section of a case written up in full (一、案例背景, 【基本情况】, 背景介绍)
WRITE_UP_SECTION = re.compile(r"^(?:[一1][、.．]\s*|[（(]一[）)]\s*|【)?(?:案例背景|案例简介|基本情况|背景介绍|项目背景|改革背景|工作背景|项目简介)"
                              r"(?:】)?\s*$")
# a line that only says what follows was chosen (入选案例, 获奖项目)
CHOSEN_LINE = re.compile(r"^(?:入选|获奖|获评|上榜|入围)(?:案例|项目|应用|单位|作品|场景|成果)(?:名称)?$")


def single_line_runs(lines: list[str]) -> list[Run]:
    """One-item runs for lines that may be a page's one case (see above); the label before a
    colon is the item's category unless it only says the item was chosen (获奖项目, 入选案例)."""
    runs = []
    for i, line in enumerate(lines):
        text = line.strip()
        if not 4 <= len(text) <= SINGLE_LINE_MAX or text[-1:] in "。！？!?：:" or EDITORIAL.search(text) or "|" in text:
            continue
        after_intro = i > 0 and (lines[i - 1].rstrip().endswith(("：", ":")) or bool(RANK_LABEL.search(lines[i - 1].strip()))
                                 or bool(CHOSEN_LINE.match(lines[i - 1].strip())))  # (入选案例 / 名称 on the next line)
        agency_next = i + 1 < len(lines) and AGENCY_FIELD.match(lines[i + 1].strip())
        # 长春市市长公开电话办公室 / 党群“连心桥” 民生“晴雨表” / 一、案例背景: a case written up in full,
        # its title over its first section, the body whose case it is on the line above
        written_up = i + 1 < len(lines) and bool(WRITE_UP_SECTION.match(lines[i + 1].strip())) and not marker_at(line)
        label = OWN_LABEL.match(text)
        if not (after_intro or agency_next or label or written_up):
            continue
        start = len(line) - len(line.lstrip())
        found = marker_at(line, start)
        if found:
            start = found[2]
        category = None
        label = OWN_LABEL.match(line, start)
        if label:
            if len(line) - label.end() < 2 or AGENCY_LABEL.search(label.group("label")) or READING_LABEL.search(label.group("label")):
                continue  # (推荐单位：… names who, 推荐阅读：… links elsewhere)
            category = label.group("label").strip()
            start = label.end()
        if first_outside_quotes(line[start:], "，,；;") >= 0 or COUNT_VALUE.match(line[start:]):
            continue  # a clause of a sentence, or a figure (申报总数：1913个), not a name
        if found and any(0 <= k < len(lines) and (other := marker_at(lines[k])) and other[0] == found[0]
                         for k in (i - 1, i + 1)):
            continue  # one of numbered lines no list took: not a case on its own
        item = Item(i, start, len(line.rstrip()), category=category)
        if agency_next:
            org = agency_next
            at = lines[i + 1].index(org.group("org"))
            item.agency = (i + 1, at, at + len(org.group("org")))
        elif written_up and i > 0 and _body_in_full(lines[i - 1].strip()):
            at = len(lines[i - 1]) - len(lines[i - 1].lstrip())
            item.agency = (i - 1, at, at + len(lines[i - 1].strip()))
        # (a name over the line naming who put it forward is a record of the case: the page says so)
        runs.append(Run([item], "single", held={i + 1} if agency_next else set(), asserted=bool(agency_next or written_up)))
    return runs
