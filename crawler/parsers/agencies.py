"""Which body runs a case, as the text names it.

A case is usually written as agency + quoted product (广东省潮州市地税局“支付宝缴税”),
sometimes as the agency itself (…数据统筹局), or as region + platform with no agency
at all (湖北省投资项目联合审批平台): then the agency is null unless the description
names one (“作为上海市政府的官方微信公众号”).
"""
from __future__ import annotations

import re

from .regions import gazetteer, is_central, lengths_at, region_prefix, starts_with_region

# Word endings that make a name an organisation. Longest first so 委员会 beats 委.
ORG_SUFFIXES = (
    "管理委员会", "委员会", "监会", "联合会", "促进会", "研究会", "基金会", "管委会", "办公室", "人民政府", "人民法院", "人民检察院", "检察院", "法院", "政府", "总署",
    "公安局", "交警支队", "交警总队", "交警大队", "交警部门", "交警", "公安", "派出所", "总队", "支队", "大队",
    "集团", "公司", "银行", "研究院", "研究所", "研究中心", "中心", "协会", "学会", "商会", "大学", "医院",
    "杂志社", "报社", "学院", "管理局", "局", "厅", "部", "委", "办", "署", "院", "团委",
    "妇联", "残联", "科协", "侨联", "文联", "总工会", "工会", "司",
    # short forms of courts and congresses (江苏高院, 广州中院, 杭州人大), and the units that
    # collective awards name (…泉州分行, …气象站, …消防队, …居委会, …班组, …服务窗口)
    "高院", "中院", "人大", "政协", "海关", "分行", "支行", "幼儿园", "小学", "中学", "学校", "分校",
    "居委会", "村委会", "班组", "窗口", "办税服务厅", "气象站", "收费站", "工作站", "服务站", "管理站",
    "监测站", "检查站", "消防队", "中队", "服务队", "执法队", "工作队", "司法所", "税务所", "事务所",
    "供电所", "卫生院", "财政所", "殡仪馆", "图书馆", "博物馆", "文化馆", "纪念馆", "科技馆", "档案馆", "美术馆", "艺术馆", "展览馆", "文明馆", "规划馆", "体育馆",
    "督查室", "研究室",  # (内蒙古自治区党委督查室, 市委政策研究室)
    "办事处", "管理处", "务处",  # (街道办事处, 公路管理处, 入境事务处, 警务处, 财务处)
    "社工站", "社工点", "服务点", "代办点", "文化站",  # (园东社区社工点, 村便民服务代办点, 乡镇综合文化站)
    "实践站", "实践点", "实践所",  # (…居民区新时代文明实践站, …绿地驿站新时代文明实践点)
    "人民法庭", "法庭", "救援站", "营业厅", "监区",  # (…法院峪耳崖人民法庭, …消防救援站, …水务集团…营业厅)
    "公所",  # (土库镇公所, 区公所: a township's office)
    "工坊", "作坊", "酒坊",  # (…非遗工坊, 棣花周家酒坊: workshops that lists of 非遗工坊 name)
    # co-operatives, party branches and the smaller offices collective awards name (市供销合作社,
    # 民盟南海总支, …小学党支部, 农工党江苏省委会, 区园林所)
    "合作社", "供销社", "总支", "支部", "委会", "所",
    # presses, agencies and societies (浙江日报报社, 人民出版社, 新华通讯社, 永嘉县红十三爱心社)
    "报社", "出版社", "杂志社", "通讯社", "旅行社", "爱心社",
    "剧团", "乐团", "艺术团", "歌舞团", "杂技团",  # (浙江越剧团, 中央民族乐团: companies of performers)
    "分会", "小组",  # (…工会委员会雷州市分会, …养护站工会小组: a branch or a team of a body, as collective awards name them)
    # media, congresses' standing bodies, societies, venues and railway units that lists name whole
    # (黑龙江广播电视台, …市人大常委会, …镇人大主席团, 湖北省慈善总会, …群众艺术馆, 南阳车务段)
    "电视台", "广播电台", "常委会", "主席团", "总会", "艺术馆", "科学馆", "展览馆", "美术馆",
    "车务段", "机务段", "工务段", "电务段", "供电段", "鉴定所", "监理所", "监理站", "搜救队", "救援队", "突击队", "志愿队",
    # the bodies of a kind, together (山东省检察机关, 全省税务机关: not 数字机关, a system's name)
    "检察机关", "审判机关", "司法机关", "行政机关", "税务机关", "公安机关", "监察机关", "党政机关", "国家机关",
)
_ORG_END = "|".join(map(re.escape, ORG_SUFFIXES))
# (…网格式布局, 新发展格局, 服务大局: 局 ending a word that is no bureau)
# (新疆生产建设兵团第八师: the corps's divisions, which govern as cities do)
_ORG_ENDING = re.compile(rf"(?:{_ORG_END}|兵团第[一二三四五六七八九十]{{1,3}}师)$(?<!布局|格局|大局|全局|结局|开局|变局|棋局|饭局|时局|残局|僵局|骗局|赌局)")  # compiled once: re's cache would hash the long pattern each call
_ORG_ANYWHERE = re.compile(rf"(?:{_ORG_END})")
# Endings that also close product names (一网通办, 穗好办, 湖南公安) or ordinary words (全部).
WEAK_ORG_SUFFIXES = {"办", "部", "委", "院", "署", "司", "公安", "交警", "窗口", "所"}
# Endings an account takes after a short region (成都交警, 南通公安); a body is written in full.
ACCOUNT_ENDINGS = {"公安", "交警"}
# What follows an agency inside a case name: a product or channel, never part of the agency.
PRODUCT_WORDS = (
    "门户网站", "网站", "政务微博", "微博", "微信公众号", "微信", "公众号", "APP", "App", "app", "客户端",
    "平台", "小程序", "热线", "系统", "矩阵", "服务", "项目", "云", "号", "网", "数据", "随手拍", "一网通办",
    # a way of getting things done, not an office (…全链条智能网办, 跨省通办, 掌上办, 秒办)
    "网办", "通办", "掌上办", "指尖办", "马上办", "就近办", "秒办", "快办", "好办", "易办",
)
# How the name of a project (the cases of government-innovation awards) ends, after its body:
# 珠海市法制局 + 全方位行政复议综合改革
PROJECT_WORDS = ("改革", "制度", "机制", "模式", "工程", "实践", "行动", "试点", "做法", "探索", "新路", "体系")
# Verbs that make a name a project's description, never a body's name (…推进权责清单建设加快建设法治政府)
PROJECT_VERBS = re.compile(r"推进|加快|推动|实施|开展|打造|构建|探索|发挥|深化|强化|创新|依托|运用|利用|通过|围绕|聚焦|推行|建立|举办|设立|组建|完善")
DOING = re.compile(r"建立|举办|设立|组建|完善|推进|推动|实施|开展|打造|构建|探索")  # verbs no body's name holds
OFFICE_WHOLE = re.compile(r"[\u4e00-\u9fff]{2,12}(?<![调好去到住出难相之用])处")
YEAR_LED = re.compile(r"(?:19|20)\d{2}年")
QUOTES = "“”\"‘’「」『』《》〈〉"
_QUOTED = re.compile(r"[“\"「『《‘]([^”\"」』》’]{1,40})[”\"」』》’]")
# “作为上海市政府的官方微信公众号”, “由X开发/推出/建设/主办/运营”, “X推出/开发了”
_DESC_PATTERNS = (
    re.compile(rf"作为(?P<org>[\u4e00-\u9fff]{{2,30}}?(?:{_ORG_END}))(?:的|官方)"),
    re.compile(rf"由(?P<org>[\u4e00-\u9fff]{{2,30}}?(?:{_ORG_END}))(?:开发|推出|建设|主办|运营|打造|创建)"),
    re.compile(rf"(?:^|[，。；])(?P<org>[\u4e00-\u9fff]{{2,30}}?(?:{_ORG_END}))(?:于[^，。]{{2,14}})?(?:推出|开发|上线|开通|创办|建立)了?"),
)


def _strip_region_only(prefix: str) -> bool:
    """True when ``prefix`` is nothing but region names (广东省深圳市宝安区)."""
    g = gazetteer()
    i = 0
    while i < len(prefix):
        for length in lengths_at(g.lengths, prefix, i):
            if prefix[i : i + length] in g.names:
                i += length
                break
        else:
            return False
    return True


def split_organisers(text: str) -> list[str]:
    """复旦大学、人民日报社和X中心 -> three bodies; 传播与国家治理研究中心 stays one."""
    def split(piece: str, separators: list[str]) -> list[str]:
        if not separators:
            return [piece]
        parts = re.split(separators[0], piece)
        if len(parts) > 1 and all(_ends_as_org(p) for p in parts):
            return [x for p in parts for x in split(p, separators[1:])]
        return split(piece, separators[1:])

    out = [x for piece in re.split(r"[、，,；;]", text) for x in split(piece, ["[和及]", "与"])]
    return [o.strip() for o in out if len(o.strip()) >= 2]


def _ends_as_org(text: str) -> bool:
    return bool(_ORG_ENDING.search(text))


# a case at law by its title (…执法监督案), never 方案, 预案, 草案, 档案 …; a closing quote may follow
LEGAL_CASE_END = re.compile(r"(?<![方预草议提档图答备立专文法新个])案[”」]?$")


def agency_from_name(name: str) -> str | None:
    name = (name or "").strip()
    if not name:
        return None
    quote = re.search(f"[{re.escape(QUOTES)}]", name)
    if quote:
        prefix = name[: quote.start()].strip()
        # 宿迁市政府门户网站“网上宿迁”, 洛阳市公安局官方微博“@平安洛阳”: the body, its channel, the channel's name
        owner = BODY_CHANNEL.sub("", prefix)
        prefix = owner if _ends_as_org(owner) else prefix
        if len(prefix) >= 2 and _ends_as_org(prefix) and not _strip_region_only(prefix) and not PROJECT_VERBS.search(prefix):
            return prefix  # (…监测站和执法支队联合举办“…”大练兵: who did what, not a body's name)
        # 广州黄埔法院运用司法数据…编绘“法治地图”: the body, then what it did
        for m in re.finditer(rf"(?:{_ORG_END})", prefix):
            body = prefix[: m.end()]
            if (len(body) >= 4 and m.group(0) not in WEAK_ORG_SUFFIXES and PROJECT_VERBS.match(prefix, m.end())
                    and not PROJECT_VERBS.search(body) and not _strip_region_only(body)):
                return body
        return None
    # 某市司法局对某区交通运输局…监督案, 某盟某旗司法局规范涉企执法监督案: a case at law, titled by the
    # body that acted, then what it did
    if LEGAL_CASE_END.search(name):
        for m in re.finditer(rf"(?:{_ORG_END})", name):
            body = name[: m.end()]
            if (len(body) >= 4 and m.group(0) not in WEAK_ORG_SUFFIXES and not PROJECT_VERBS.search(body)
                    and (name.startswith("对", m.end()) or PROJECT_VERBS.match(name, m.end()))):
                return body
    # 广州海关（机关）: a note in brackets after the body
    noted = re.match(r"^(.{3,}?)[（(]([^（）()]{1,6})[）)]$", name)
    if noted and _ends_as_org(noted.group(1)) and not starts_with_region(noted.group(2)):
        return agency_from_name(noted.group(1))  # (武汉交警（湖北）: a place, and an account's name)
    # The whole name is an organisation (…数据统筹局) — but a short region form with a colloquial
    # ending (成都交警, 南通公安) is an account's name, not how a body is written.
    if (_ends_as_org(name) and not name.endswith(PRODUCT_WORDS) and not _strip_region_only(name)
            and not PROJECT_VERBS.search(name) and not YEAR_LED.match(name)):  # (2023年…体验中心: a project of a year)
        ending = _ORG_ENDING.search(name).group(0)
        colloquial = ending in ACCOUNT_ENDINGS
        if not (colloquial and starts_with_region(name) and not region_prefix(name)):
            # 国家税务总局电子税务局, 广州市政务服务数据管理局穗好办: a platform named like a body,
            # after the body that runs it
            return _body_before(name, ending in WEAK_ORG_SUFFIXES) or name
    # 消防处, 高雄市监理处, 税捐处: an office named whole (处 ends too many words — 调处, 好去处 — to
    # end a body inside a longer name)
    if OFFICE_WHOLE.fullmatch(name) and not _ORG_ANYWHERE.search(name[:-1]) and not PROJECT_VERBS.search(name):
        return name
    # Organisation + product (中华人民共和国商务部门户网站, 山西省交警110随手拍APP,
    # 杭州市数据资源管理局城市大脑停车系统): a prefix that ends as an organisation, when the rest
    # starts like a product, or is a product (ends with a product word) after a distinctive
    # ending (局, 中心, 政府 …). Distinctive endings are tried first, longest first, so that
    # 穗好办APP does not make 广州市政务服务数据管理局穗好办 an agency through 办.
    ends = {m.end(): m.group(0) for m in re.finditer(rf"(?:{_ORG_END})", name)}
    for weak_allowed in (False, True):
        for end in sorted(ends, reverse=True):
            if (ends[end] in WEAK_ORG_SUFFIXES) != weak_allowed:
                continue
            prefix, rest = name[:end], name[end:].strip()
            if len(prefix) < 3 or _strip_region_only(prefix) or not rest or re.match(r"[0-9A-Za-z]", prefix):
                continue  # (AI智能问答重塑政府…: a body's name never starts with Latin letters)
            if DOING.search(prefix):
                continue  # 黑龙江省建立大学 | 生创业政策支持体系: a place, what it did, and a word that ends like a body
            # 湖南省公安厅湖南公安微博: after a body, a region starts the product's name (湖南公安微博);
            # the body ends before it, never inside the product.
            if any(e < end and starts_with_region(name[e:]) and not _strip_region_only(name[:e]) for e in ends):
                continue
            if re.match(r"^[0-9A-Za-z]", rest) or rest.startswith(PRODUCT_WORDS) or (
                    len(rest) >= 3 and starts_with_region(rest) and not _strip_region_only(rest)) or (
                    not weak_allowed and len(rest) >= 3 and rest.endswith(PRODUCT_WORDS + PROJECT_WORDS)) or (
                    # a distinctive ending (局, 中心, 法院, 集团) then a product's own name: 杭州市数据资源管理局
                    # + 城市大脑, 江西省信息中心 + 赣服通, 腾讯公司 + 粤省事
                    not weak_allowed and len(rest) >= 2 and not PROJECT_VERBS.search(prefix)
                    and (region_prefix(prefix) or starts_with_region(prefix) or ends[end] in COMPANY_ENDINGS)) or (
                    weak_allowed and is_central(prefix) and rest.endswith(PRODUCT_WORDS)):
                return prefix
    return None


# A channel written between a body and its channel's quoted name (…市政府门户网站“…”, …局官方微博“…”)
BODY_CHANNEL = re.compile(r"(?:的)?(?:官方|政务)?(?:门户网站|网站|微博|微信公众号|微信服务号|公众号|微信|抖音号|头条号|视频号|客户端|APP|小程序)"
                          r"(?:账号)?$")
# How a platform named like a body begins (电子税务局, 移动微法院, 网上办事大厅)
PLATFORM_START = ("电子", "移动", "网上", "掌上", "智慧", "数字", "云上", "微")
COMPANY_ENDINGS = {"集团", "公司", "银行"}


def _body_before(name: str, weak_end: bool) -> str | None:
    """The body a name ending like a body starts with, when what follows it is a platform."""
    for m in re.finditer(rf"(?:{_ORG_END})", name):
        prefix, rest = name[: m.end()], name[m.end():]
        if (len(prefix) < 3 or len(rest) < 2 or m.group(0) in WEAK_ORG_SUFFIXES or _strip_region_only(prefix)
                or _ends_as_org(rest) and not rest.startswith(PLATFORM_START) and not weak_end):
            continue
        if rest.startswith(PLATFORM_START) or (weak_end and len(rest) <= 6
                                                and not _ORG_ANYWHERE.search(rest[:-1] or "x")):
            return prefix
    return None


def agency_from_description(description: str) -> str | None:
    for pattern in _DESC_PATTERNS:
        m = pattern.search(description or "")
        if m and not _strip_region_only(m.group("org")):
            return m.group("org")
    return None


def find_agency(name: str, description: str | None = None) -> tuple[str | None, str | None]:
    """(agency, where it came from: 'name' | 'description' | None)."""
    agency = agency_from_name(name)
    if agency:
        return agency, "name"
    agency = agency_from_description(description or "")
    if agency:
        return agency, "description"
    return None, None
