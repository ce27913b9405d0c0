"""Stage 3: split each kept item into a case's fields, the same way in every shape.

The convention (README, "Cases"): ``name`` as printed, quotes kept, never cut at punctuation
inside a quotation; ``agency`` the body the page names — a 单位 column, ``单位：名称``,
``名称——单位``, ``名称（单位）``, the body in front of a product, the name itself when it is a
body, a body the description names as its operator — else the region the name begins with, as
printed (``agency_kind`` says which); never a fragment of the name.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..bylines import is_name
from ..agencies import _ORG_END, QUOTES, _ends_as_org as ends_as_org, find_agency
from ..dates import find_dates
from ..regions import gazetteer, informal_region, is_central, is_country, joined_places, locate, place_prefix, region_prefix, starts_with_region
from ..identity import case_core, normalise_name
from .model import Item
from .segment import AWARD_LINE, AWARD_TITLE, EDITORIAL, NAME_MAX, OPEN_QUOTES, PEOPLE_AWARD, first_outside_quotes, marker_at, split_outside_quotes

CHANNELS = (
    ("小程序", "小程序"), ("公众号", "微信公众号"), ("微信", "微信公众号"), ("微博", "微博"), ("APP", "APP"),
    ("客户端", "APP"), ("热线", "热线"), ("门户网站", "网站"), ("网站", "网站"), ("平台", "平台"),
)
CHANNEL_TAIL = re.compile(r"(?:\s+|\s*[（(])(?:(?:官方)?(?:微博号?|微信公众号|微信号|公众号|客户端|抖音号|快手号|头条号|视频号|App|APP|网站|小程序)"
                          r"[、，,和及\s]*)+[）)]?$")
DASH = re.compile(r"\s*(?:——|－－|--|—|―|–)\s*")
RANK_WORDS = re.compile(r"^\s*(?:第\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[名位][：:、，,\s]*)")
# a link item's date, printed right after its text (…——石门县2023-01-12)
LINK_DATE = re.compile(r"(?<=[\u4e00-\u9fff》”」）)])\s*(?:(?:19|20)\d{2}[-/.]\d{1,2}|(?:0?[1-9]|1[0-2]))[-/.](?:0?[1-9]|[12]\d|3[01])\s*$")
TRAILING_ADDRESS = re.compile(r"[\s　（(]+(?:https?://)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9.-]*\.(?:gov\.cn|com\.cn|org\.cn|net\.cn|cn|com|net|org|hk|mo|tw)(?:/\S*)?[）)]?\s*$")
TRAILING_RANK = re.compile(r"(?P<name>[^\s　，,。；;：:]{2,60}?)[\s　]+第\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[名位]\s*$")
BRACKETED = re.compile(r"^\s*[【〖\[](?P<name>[^】〗\]]{2,60})[】〗\]]\s*")
# a score or a figure after the name: （综合分92.19）, （21万+）, （116篇）
ROLE_TAIL = re.compile(r"(?:统筹|牵头|主办|承办|负责|承建|实施|推荐|申报|报送|统筹推进|组织实施)$")
AWARD_NOTE = re.compile(r"\s*[（(](?:获评|荣获|获得|入选|被评为|评为|获)[^（）()]{1,30}[）)]\s*$"
                        # 湖北省12345热线 获评“2020年度中国最佳政府服务热线”: the honour after a space
                        r"|[ 　]+(?:获评|荣获|获得|入选|被评为|获)[“「][^“”「」]{2,40}[”」]\s*$")
RANK_BRACKETS = re.compile(r"\s*[（(]\s*(?:全国|全省|全市|全区|全州|全县|省内|国内)?(?:排名|位列|位居|排)?第\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[名位]?\s*[）)]\s*$")
SCORE_BRACKETS = re.compile(r"\s*[（(][^（）()]{0,8}?\d[\d.,]*\s*(?:万|亿|千)?\+?\s*(?:分|篇|次|票|条|个|件|人次|册|卷|集|本|套|%|％)?\+?\s*[）)]\s*$")
# a trailing bracket that dates the case or notes its launch: not part of the name
# 贵州省（“区块链+卫生健康”）, 贵州师范大学（“区块链+教育”）: the field a place or body was chosen for
# (after a project's name the quoted bracket is its short name: …政策服务平台（“京策”）)
FIELD_NOTE = re.compile(r"[（(][“「][^（）()“”「」]{1,30}[”」][）)]\s*$")
PLACE_FIELD_NOTE = re.compile(r"[（(](?P<what>[\u4e00-\u9fff]{2,8})[）)]\s*$")
NOTE_BRACKETS = re.compile(r"[（(](?=[^（）()]*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|上线|开通|成立|启用|创立|创建|创办|始创|始建|建于|始于|并列|榜首|名次|排名|上期|上月|上周|环比|上榜|入选|其余|整体|旗下|第[一二三四五六七八九十\d]{1,3}名"
                           # (青田石雕小镇（本站录入3个，另1个待核）: what the page says of its own copy of the list)
                           r"|本站|本页|本文|待核|待查|未录|未列"
                           r"|冠军|领先|排在|上升|下降|进步|第一|阅读|点赞|转发|粉丝|播放|传播力|影响力指数|首家|首个|首批))"
                           r"[^（）()]{2,60}[）)]\s*$"
                           # (《…》（含植物卷、动物卷两册）: what the entry holds, a note on it)
                           r"|[（(](?:含|包括|内含|另含|附)[^（）()]{2,40}[）)]\s*$"
                           # (省级层面率先完成，推出…16个典型应用): a sentence in brackets describes the case
                           r"|[（(](?=[^（）()]{4,}[，,；;。][^（）()]{4,}[）)]\s*$)[^（）()]{9,120}[）)]\s*$")
# (…典型案例名称【北京市交通委员会】: a case library's recommending body in 【】 at the end too)
TRAILING_BRACKETS = re.compile(r"(?:[（(](?P<org>[^（）()]{2,40})[）)]|【(?P<org2>[^【】]{2,40})】)\s*$")
TITLE_WORDS = re.compile(r"局长|主任|书记|处长|科长|教授|研究员|院长|所长|司长|厅长|部长|主席|总经理|董事长|秘书长|博士|专家|记者|负责人|首席")
COMPANY = re.compile(r"(?:有限公司|股份有限公司|公司|集团|科技|银行|(?<=[\u4e00-\u9fff]{2})股份|(?<=[\u4e00-\u9fff]{2})(?:店|老铺|酒家|酒楼|茶庄|商行|精品行|乐器行|药房|作坊))$")  # (…酱鸭店, …乐器行: shops are firms too)


def classify_channel(name: str) -> str:
    upper = unicodedata.normalize("NFKC", name or "").upper()
    for word, channel in CHANNELS:
        if word.upper() in upper:
            return channel
    return "other"


def quote_depth_at(text: str, pos: int) -> int:
    depth = 0
    for ch in text[:pos]:
        if ch in "“「『《〈（(【":
            depth += 1
        elif ch in "”」』》〉）)】" and depth:
            depth -= 1
    return depth


# A body's section: 济南市公安局科技信息化处, 泰安市公安局泰山区分局警务保障室
SUB_UNIT = re.compile(rf"(?:{_ORG_END})[\u4e00-\u9fff]{{1,8}}(?:处|室|科|股)$")


def is_body(text: str) -> bool:
    return bool(text) and (ends_as_org(text) or bool(COMPANY.search(text)) or bool(SUB_UNIT.search(text)))


POST_END = re.compile(r"(?:员|人|长|任|师|官|代表|干部|书记|主席|委员|经理|总监)\W*$")


# A person's name masked as pages print them: 王××, 李某, 张*, 刘XX
MASKED_PERSON = re.compile(r"^[\u4e00-\u9fff](?:[×＊*Xx○〇]{1,2}|某某?)(?=$|[\s|｜（(，,：:—－-])")


# 中国工程院院士 王恩东, 某中心主任 单志广: a post, a space, then a personal name
POST_THEN_NAME = re.compile(r"[\u4e00-\u9fff]{2,30}(?:院士|教授|研究员|主任|书记|部长|局长|厅长|市长|县长|区长|主席|总裁|董事长"
                            r"|总经理|处长|科长|所长|院长|校长|会长|秘书长|总工程师|首席专家)[\s　]+[\u4e00-\u9fff]{2,3}")


ROLE_THEN_NAME = re.compile(r"[\u4e00-\u9fff]{4,40}?(?:护林员|巡护员|管护员|保护员|队员|队长|站长|场长|所长|民警|辅警|网格员|调解员"
                            r"|医生|护士|教师|村医|书记|主任|科长|处长|局长|会长|院长|校长|主席|秘书长|经理|总监)(?P<who>[\u4e00-\u9fff]{2,4}?)"
                            # (…协会会长李永永3人: the last of those a count of people closes)
                            r"(?:等?\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:人|名))?")


NAME_THEN_BODY = re.compile(r"^(?P<who>[\u4e00-\u9fff](?:[ 　]?[\u4e00-\u9fff]){1,2})[ 　]+(?P<body>[\u4e00-\u9fff][^：:。；;]{3,60})$")


def _family(text: str) -> bool:
    """袁健中家庭, 紫霞园社区袁健中家庭: a person's name (after the place they live, if any), then 家庭."""
    if not text.endswith("家庭"):
        return False
    for k in (3, 2, 4):
        who, before = text[-2 - k:-2], text[:-2 - k]
        if len(who) == k and is_name(who) and (k > 2 or before) and (not before or re.search(r"(?:社区|村|镇|乡|街道|区|县|市|居委会|小区)$", before)):
            return True
    return False


PEOPLE_COUNTED = re.compile(r"([\u4e00-\u9fff·]{2,5})等\s*(?:\d{1,4}|[一二三四五六七八九十两百]{1,4})\s*(?:人|名(?:同志|个人|代表)?|位(?:同志)?)")


def looks_like_person(text: str) -> bool:
    """张三 / 张三（某局局长）/ 张三——某局副局长 / 王某 某中心工作人员 / 王×× ｜ 某窗口: a person, not a case."""
    if MASKED_PERSON.match(text.strip()) or POST_THEN_NAME.fullmatch(text.strip()):
        return True
    counted = PEOPLE_COUNTED.fullmatch(text.strip())
    if counted and is_name(counted.group(1)):
        return True  # 彭子晟等7人: a person named for a count of people
    role = ROLE_THEN_NAME.fullmatch(text.strip())
    if role and is_name(role.group("who")):
        return True  # 河北省阜平县东风林场护林员段金龙: a unit, a post in it, then the person who holds it
    if _family(text.strip()):
        return True  # …资园社区孙子巾家庭 (a 文明家庭, 最美家庭): a family is people, not a body
    spaced = NAME_THEN_BODY.match(text.strip())  # 陈恭广　致公党南海总支, 秦　搏　某委员会: 姓名 | 单位
    if spaced and is_name(re.sub(r"[\s　]", "", spaced.group("who"))) and ends_as_org(
            re.split(r"[、，,]", spaced.group("body"))[0].strip()):
        return True
    m = re.match(r"^([\u4e00-\u9fff]{2,4}?)(?:\s|[（(，,：:—－-]|$)", text.strip())
    if not m:
        return False
    rest = text.strip()[len(m.group(1)):]
    return bool(TITLE_WORDS.search(rest) or POST_END.search(rest))


# How a project's subtitle ends (——基层法治化的新探索, ——“最多跑一次”的杭州实践); a description does not.
# How a description after a dash starts (把…纳入监管, 为各类人才提供…, 用数据比对…): a verb, not a subtitle
DESCRIPTION_START = re.compile(r"^(?:把|将|为|用|让|以|对|通过|借助|依托|帮助|实现|推动|提供|面向|针对|聚焦|围绕|打通|解决|方便"
                               # 赤峰市 —— 连续第四次获得该称号, 首次获评: what the list says of the place, not its case's title
                               r"|(?:连续|累计)?第?[一二三四五六七八九十\d]{1,3}(?:次|年|届|度)(?:获|荣获|被|入选|蝉联)|连续|首次|再次|再度|蝉联)")
WORK_SUBTITLE = re.compile(r"(?:展|展览|成果展|特展|纪实展|系列|纪录片|动画|丛书|读本|画册)$")
SUBTITLE_END = re.compile(r"(?:探索|实践|路径|之路|样本|经验|模式|范例|答卷|新路|篇章|样板|故事)[”」]?$")


# how the title of a practice begins: a verb of doing (推行“…” 打造…新标杆), never an award's name
PRACTICE_TITLE = re.compile(r"^(?:推行|推进|推动|打造|构建|创新|深化|探索|建立|实施|开展|强化|优化|完善|加快|坚持|聚焦|以)")
AWARD_DASH = re.compile(r"^(?P<label>[^：:，,。；;—－\-]{2,30}?)\s*(?:——|－－|--|—)\s*(?P<value>[^—－]\S*?)\s*[。；;]?$")
SPACED_COLUMNS = re.compile(r"^(?P<who>[^\s，,。；;：:“”「」]{3,24})(?:\s{2,}|　+\s*)(?P<what>[^\s　，,。；;][^　，,。；;]{3,40}?)$")
DONE_BY = re.compile(r"^(?P<body>[^“”「」『』《》，,。；;：:、]{2,40}?)(?:完成|实施|承担|承建)的(?P<name>[^，,。；;]{4,60})$")
OF_PRODUCT = re.compile(r"^(?P<body>[^“”「」『』《》，,。；;：:、]{2,40}?)(?:(?:共同|联合)?(?:推荐|报送|申报|申请|选送|提交|参评|推出|打造|运营|开发|研发|建设|主办|开办|承办|制作))?的(?P<name>(?:[“「『][^“”「」『』]{1,60}[”」』]|《[^《》]{1,60}》)"
                        r"[^，,。；;：:“”「」《》（(]{0,12})$")  # (单位的《作品》: a work, named by its title)


WON = re.compile(r"^(?P<body>(?:[^，,。；;：:“”「」（）()—]|[“「][^“”「」]{1,30}[”」]){1,40}?)(?<=..)(?:连续第?[一二三四五六七八九十\d]{1,3}年|首次|再次|再度|又)?"
                 r"(?:获评|被评为|荣获|获得(?!感)|被授予|入选"
                 # 甲获全国妇联授予“…”, 乙被国务院办公厅秘书局列为…试点地区: who gave it, between
                 r"|获(?=[^，,。；;]{2,16}(?:授予|颁发|颁授)|[^，,。；;]{2,40}?(?:奖|称号)(?:[，,。；;]|$))"
                 r"|被(?=[^，,。；;]{2,24}?(?:列为|评为|确定为|命名为|认定为|授予)))")
# (…等22个公众号, 甲等10家单位: the count and what it counts)
AND_OTHERS = re.compile(r"(?<=..)等\s*(?:(?:\d+|[一二三四五六七八九十百]+)\s*(?:个|家|项|座|名|所)[\u4e00-\u9fff]{0,8}"
                        r"|(?:市州|地市|城市|地区|地|单位|部门|区县|县区|省份|省市))?$")  # (黄冈等市州: the one named, and others)
# (在…之间找结合点 is a practice's name; 在…评估中位列第三 tells where the place stands)
STANDING = re.compile(r"^(?:在.{0,40}?(?:位列|位居|排名|排在|排第|名列|获评|荣获|获得|入选|中获|居第|列第|第[一二三四五六七八九十\d]{1,3})"
                      r"|于|从(?=[^，。]{0,10}(?:第|位|名))|被|已|曾|连续|再次|位列|位居|排名|排在|名列|获评|荣获)")


WORK_OF_KIND = re.compile(r"^(?:该|其|本)?[^《》，,。；;]{0,10}?(?:栏目|专题|节目|晚会|短视频|视频|微视频|纪录片|微电影|动画片?|歌曲|海报|漫画|读本|图书)"
                          r"(?P<name>《[^《》]{1,60}》)$")
# 新华社文字通讯《…》, 人民日报文字评论《…》, 新华社《新华全媒头条》专栏: a news award's entry — the outlet, the
# kind of piece, then the work in 《》 (the work is the case, the outlet its body)
MEDIA_WORK = re.compile(r"^(?P<body>[^《》，,。；;\s]{2,16}?(?:社|日报|晚报|报|电视台|广播电台|电台|台|网|客户端|集团|传媒))"
                        r"(?:(?:文字|广播|电视|网络|新闻)?(?:通讯|评论|消息|言论|访谈|直播|现场直播|报道|系列报道|深度报道|专题|新闻专题|摄影|新闻摄影"
                        r"|纪录片|短视频|短视频现场新闻|新闻编排|版面|页面设计|专栏|栏目|节目|融合报道|国际传播|创意互动|新闻访谈节目))?"
                        r"(?P<name>《[^《》]{1,80}》)(?:专栏|栏目|节目)?$")
# a document's title in 《》 (《…建设方案》, 《…的指导意见》): issued, not a work an outlet made
DOCUMENT_TITLE = re.compile(r"(?:通知|意见|办法|方案|规划|条例|规定|细则|决定|纲要|指南|标准|计划|要点|报告)(?:[（(][^（）()]*[）)])?》$")
PRIZE_NOTE = re.compile(r"\s*[（(](?:[一二三特]等奖|[金银铜]奖|优秀奖|优胜奖|提名奖|入围奖)[）)][。；;]?\s*$")


TAGGED_WORK = re.compile(r"^\s*【(?P<label>[^【】]{2,20})】\s*(?P<work>《[^《》]{1,60}》|“[^“”]{1,60}”|「[^「」]{1,60}」)\s*[。；;]?\s*$")


def split_item(text: str) -> tuple[tuple[int, int], tuple[int, int] | None, int | None, int | None]:
    """(name span, agency span or None, description start or None, explicit rank or None), all
    relative to ``text`` (an item's text with its marker removed)."""
    start, rank = 0, None
    m = RANK_WORDS.match(text)
    if m:
        n = m.group("n")
        rank = int(n) if n.isdecimal() else _cn(n)
        start = m.end()
    dated = LINK_DATE.search(text, start)
    if dated and dated.start() - start >= 2:  # 《…》——汉寿县2023-01-12: a link list's date, glued on
        text = text[: dated.start()]
    prize = PRIZE_NOTE.search(text, start)
    if prize and prize.start() - start >= 4:  # 名称——青岛市审计局（一等奖）: the prize it won, after its body
        text = text[: prize.start()]
    site = TRAILING_ADDRESS.search(text, start) if "." in text else None
    if site and site.start() - start >= 2:  # 成都市人民政府门户网站　www.chengdu.gov.cn: the site's address is no part of its name
        text = text[: site.start()]
    m = TRAILING_RANK.match(text, start)
    if m and rank is None:  # “@珠海交警”　第一名: the place the name won, after it
        n = m.group("n")
        return (start, start + len(m.group("name"))), None, None, int(n) if n.isdecimal() else _cn(n)
    m = BRACKETED.match(text, start)
    if m:  # ①【名称】 description
        rest = m.end()
        owner = re.fullmatch(r"[（(](?P<owner>[^（）()]{2,20})[）)]\s*", text[rest:])
        if owner and (is_body(owner.group("owner")) or locate(owner.group("owner")).matched == owner.group("owner")):
            return (m.start("name"), m.end("name")), (rest + owner.start("owner"), rest + owner.end("owner")), None, rank  # ①【名称】（单位）
        tail = text[rest:].rstrip(" 。；;")
        tag = m.group("name").strip()
        if (2 <= len(tail) <= 30 and not re.search(r"[，,。；;：:]", tail) and (locate(tag).matched == tag or place_prefix(tag) == tag)
                and not locate(tag).ambiguous):
            # ①【黑龙江】宁安市水稻项目, 【湖北十堰】学堂梁子遗址: the place it lies in, then the name (the place, as
            # printed, is whose it is, as a region before a name is)
            own = starts_with_region(tail) or region_prefix(tail) or is_body(tail)  # (宁安市水稻项目: its own place first)
            return (rest, rest + len(tail)), (None if own else (m.start("name"), m.end("name"))), None, rank
        if (6 <= len(tail) <= 40 and not re.search(r"[，,。；;：:]", tail) and not DESCRIPTION_START.match(tail)
                and (is_body(tag) or re.search(r"(?:自贸试验区|自贸区|试验区|示范区|新区|片区)$", tag))):
            # 【上海自贸试验区】低风险生物医药特殊物品行政许可审批改革: the body or zone whose case it is, then its title
            return (rest, rest + len(tail)), (m.start("name"), m.end("name")), None, rank
        return (m.start("name"), m.end("name")), None, (rest if len(text) - rest >= 2 else None), rank
    content = text[start:]
    media = MEDIA_WORK.match(content.rstrip(" 。；;"))
    if media and not re.search(r"(?:出台|平台|舞台|后台|前台|上台)$", media.group("body")) and not DOCUMENT_TITLE.search(media.group("name")):
        return ((start + media.start("name"), start + media.end("name")), (start + media.start("body"), start + media.end("body")),
                None, rank)
    kind = WORK_OF_KIND.match(content.rstrip(" 。；;"))
    if kind:  # 该中心的电视栏目《今日乡村》, 短视频《…》: the work is the case, by its title
        return (start + kind.start("name"), start + kind.end("name")), None, None, rank
    # 市公共资源交易中心连续第六年获评“…”: a body and the honour it won, one to an item
    won = WON.match(content)
    subject = won.group("body") if won else ""
    if won and (is_body(subject) or region_prefix(subject) == subject or (
            not is_sentence_part(subject) and not looks_like_person(subject))):
        # (a place, 龙岗区; a product, 龙岗AI赋能平台; a quoted practice, “个转企到店办”: each the case)
        return (start, start + won.end("body")), None, start + won.end("body"), rank
    # 单位的“名称”: the body's product, named by its quoted name
    bare = content.rstrip(" 。；;")
    m = OF_PRODUCT.match(bare) or OF_PRODUCT.match(re.sub(r"\s*[（(][^（）()]{1,30}[）)]$", "", bare))  # (…（暂居榜首）)
    if m and (is_body(m.group("body")) or m.group("body") in gazetteer().names
              or region_prefix(m.group("body")) == m.group("body")  # (杭州的“民呼我为”: the place's product)
              or _street_of(m.group("body"))):  # (枣庄市峄城区阴平镇的“红色大篷车”志愿服务项目: a town's)
        end = start + m.end("name")
        return ((start + m.start("name"), end), (start + m.start("body"), start + m.end("body")),
                end + 1 if end < start + len(bare) else None, rank)
    # 河埒街道水秀社区        社会工作介入社区服务模式: a text block's two columns, set apart by spaces —
    # who entered, then what
    apart = SPACED_COLUMNS.match(bare)
    if apart and CHANNEL_TAIL.fullmatch(" " + apart.group("what")):
        apart = None  # 山西高院——山西省高级人民法院　微信公众号: the channel it posts on, after a gap, names no case
    if apart and (TOWNSHIP.match(apart.group("who")) or PLACE_CHAIN.match(apart.group("who")) or is_body(apart.group("who"))):
        return ((start + apart.start("what"), start + apart.end("what")), (start + apart.start("who"), start + apart.end("who")),
                None, rank)
    # 双轨清单与…协同发力，“…”深度集成…升级（海南省）: a title with its commas, then its body or place in
    # brackets — the brackets end the name, not the first comma
    if bare.endswith(("）", ")")) and ("，" in bare or "," in bare):
        found = bracket_agency(bare)
        title = found[0] if found else ""
        clauses = [c for c in re.split(r"[，,]", title) if c]
        if found and found[1] and len(title) <= 60 and 2 <= len(clauses) <= 3 and all(len(c) >= 4 for c in clauses) \
                and not any(ch in title for ch in "。；;！？!?：:"):
            org_at = bare.rfind(found[1])
            return (start, start + len(found[0])), (start + org_at, start + org_at + len(found[1])), None, rank
    # 甲公司完成的“乙”…创新实践: the body that carried the case out, then the case's title
    done = DONE_BY.match(bare)
    if done and is_body(done.group("body")):
        return ((start + done.start("name"), start + done.end("name")), (start + done.start("body"), start + done.end("body")),
                None, rank)
    # 名称——副题——单位: a title with a dash of its own, then its body after the last dash
    dashes = [dm for dm in DASH.finditer(content) if dm.start() >= 2 and not quote_depth_at(content, dm.start())]
    if dashes and joined_places(content.strip(" 。；;")):
        dashes = []  # 宁波—舟山, 钦州—北海—防城港: places named together as one, no name and its body
    if len(dashes) >= 2:
        last = dashes[-1]
        right = content[last.end():].strip(" 。；;")
        if 2 <= len(right) <= 30 and (is_body(right) or region_prefix(right + "x") == right) and not re.search(r"[，,。；;]", right):
            return (start, start + last.start()), (start + last.end(), start + last.end() + len(right)), None, rank
    # 名称——单位 (or 单位——名称)
    for dm in dashes:
        if dm.start() < 2 or quote_depth_at(content, dm.start()):
            continue
        left, right = content[: dm.start()].strip(), content[dm.end():].strip(" 。；;")
        if len(right) < 2:
            break
        if left.endswith(("）", ")")) and (bracket_agency(left) or (None, None))[1]:
            # 名称（单位）——与…签约: the body is given in its brackets; the dash opens the description
            return (start, start + dm.start()), None, start + dm.end(), rank
        if (re.search(r"[，,。；;]", right) or len(right) > NAME_MAX or re.match(r"(?:19|20)\d{2}年", right)) and len(
                left) >= 2 and not re.search(r"[，,。；;]", left):
            # 名称（单位）——2017年国庆前夕启动，…: what follows the dash is the item's description
            return (start, start + dm.start()), None, start + dm.end(), rank
        # 山西高院——山西省高级人民法院 微信公众号: the channel after the body is not part of it
        # (nor a role after it: …项目——食物及卫生局统筹, the body that coordinated it)
        body = ROLE_TAIL.sub("", CHANNEL_TAIL.sub("", right))
        if body != right and len(body) >= 2 and is_body(body):
            return (start, start + dm.start()), (start + dm.end(), start + dm.end() + len(body)), None, rank
        if (region_prefix(left + "x") == left and len(right) >= 6 and not re.search(r"[，,。；;：:！？!?]", right)
                and not DESCRIPTION_START.match(right) and (re.search(r"[“”「」]", right) or not is_body(right))):
            # 银川市—五个“1”、五个“0”打造企业开办至简城市, 厦门市—企业开办“一件事”全程网上办: a place, then
            # the title of its case (a quoted title ending in 办 is no body)
            return (start + dm.end(), start + dm.end() + len(right)), (start, start + dm.start()), None, rank
        if is_body(right) or right.endswith("机关") or (region_prefix(right + "x") == right) or (
                (full_place(right) or _street_of(right)) and not full_place(left)):
            # (——重庆公安机关; ——上海市延吉新村街道, a street under its city)
            return (start, start + dm.start()), (start + dm.end(), start + dm.end() + len(right)), None, rank
        if is_body(left) and not is_body(right):
            return (start + dm.end(), start + dm.end() + len(right)), (start, start + dm.start()), None, rank
        if (len(right) <= 16 and not re.search(r"[，,。；;：:]", right) and SUBTITLE_END.search(right)) or (
                len(right) <= 40 and not re.search(r"[，,。；;：:！？!?]", right) and len(left) >= 6
                and not left.endswith(("”", "」")) and not DESCRIPTION_START.match(right)
                and not (PLACE_CHAIN.match(right) or TOWNSHIP.match(right) or looks_like_person(right))):
            break  # 社区协商——基层法治化的新探索, 全链条精准发力——阿拉善盟…的创新实践与突破: a subtitle, part of the name
        return (start, start + dm.start()), None, start + dm.end(), rank
    colon = first_outside_quotes(content, "：:")
    after = re.sub(r"\s*[（(][^（）()]{1,30}[）)]$", "", content[colon + 1:].strip(" 。；;")) if colon >= 0 else ""
    if colon >= 0 and re.search(r"[“”「」]", content[:colon]) and len(after) <= 40 and SUBTITLE_END.search(after) \
            and not re.search(r"[，,。；;！？!?：:]", after):
        colon = -1  # 从“人找政策”到“政策找人”：安顺市…建设实践（安顺市）: a title and its subtitle, one name
    if 2 <= colon <= 10 and len(after) <= 30 and WORK_SUBTITLE.search(after) and not re.search(r"[，,。；;！？!?：:]", after) \
            and not is_body(content[:colon]) and not region_prefix(content[:colon]):
        colon = -1  # 万年永宝：中国馆藏文物保护成果展: an exhibition's (or a work's) title and subtitle, one name
    if colon >= 0 and not is_body(content[:colon].strip()) and not region_prefix(content[:colon].strip() + "x") and (
            owned := bracket_agency(content.rstrip(" 。；;"))) and owned[1] and is_body(owned[1]) \
            and not re.search(r"[。；;]", content):
        colon = -1  # “谣”不可及：神仙们的真相突围记（泸县人民检察院）: the title runs to the body in brackets
    if 2 <= colon <= 30 and len(content) - colon - 1 >= 2:
        left = content[:colon].strip()
        rest = content[colon + 1:]
        end = first_outside_quotes(rest, "。；;，,")
        whole_end = first_outside_quotes(rest, "。；;")
        if _comma_title(rest if whole_end < 0 else rest[:whole_end]):
            end = whole_end  # 北京市市场监管局：建设…平台，精准引导监管方向；: the title holds its comma
        named = (rest if end < 0 else rest[:end]).strip()
        # 单位：名称（2025年2月8日，广东首个…）: a note in brackets after the name is not its length
        named = TRAILING_NOTE.sub("", named) or named
        left_is_case = bool(re.search(r"[“”「」]|平台|APP|微博|微信|号|网站|热线|系统|矩阵|云$", left))
        # 杭州：以城市治理…为牵引，推动…开放。: a sentence after the place, opening as a description does
        # (or running on past its comma to a full stop), says what the place did, it names no case
        described = (bool(DESCRIPTION_LEAD.match(named)) and rest.rstrip().endswith("。") and not re.search(r"[“”「」]", named)) or (
            end >= 0 and rest[end] in "，," and rest.rstrip().endswith("。") and not _comma_title(rest.rstrip(" 。"))) or (
            # - 梅州市：在林分里打开“林窗”，采用带状改造…，林相改善明显。: a place, then three clauses to a full
            # stop on what it did (a title in three clauses has no full stop: 全链协同，数智赋能，广州探索…新路径)
            rest.rstrip().endswith("。") and len(split_outside_quotes(rest.rstrip(" 。"), "，,")) >= 3 and len(rest.strip()) > 20
            and (region_prefix(left + "x") == left or locate(left).matched == left))
        bodies_after = [p.strip() for p in named.split("、")]
        if re.fullmatch(r"《[^《》]{1,60}》", left) and end < 0 and bodies_after and all(is_body(p) for p in bodies_after) \
                and len(named) <= 40:
            # 《江汉朝宗——武汉城市现代化历程》：江汉关博物馆: a work, a colon, the body (or bodies) behind it
            return (start, start + colon), (start + colon + 1 + len(rest) - len(rest.lstrip()),
                                            start + colon + 1 + len(rest.rstrip(" 。；;"))), None, rank
        # 江苏省：在…排名中位列全国前10名: what follows tells where the place stands, it names nothing
        if not re.search(r"[“”「」《》]", left) and not STANDING.match(named) and not described and (
            (is_body(left) and len(named) <= 30)
            or (not left_is_case and (region_prefix(left + "x") == left or locate(left).province or PLACE_CHAIN.match(left))
                and (CASE_WORD.search(named) or (FULL_REGION.match(left) and len(named) <= 30)
                     # 成都：活水公园: a place and the one thing the line names, nothing after it
                     or (end < 0 and 2 <= len(named) <= 20 and not re.search(r"[\d%％]", named))))
        ):
            name_end = colon + 1 + (end if end >= 0 else len(rest))
            return ((start + colon + 1 + len(rest) - len(rest.lstrip()), start + name_end),
                    (start, start + colon), (start + name_end + 1 if end >= 0 else None), rank)
        makers = [p.strip() for p in re.split(r"[、，,]", left) if p.strip()]
        if re.fullmatch(r"《[^《》]{1,60}》", named) and makers and (all(looks_like_person(p) for p in makers) or (
                len(makers) >= 2 and all(is_name(p) and locate(p).matched != p for p in makers))):
            # 杨婷婷、张景翔、闫虹：《…》: the work is the entry, its makers are people, no body
            name_end = colon + 1 + (end if end >= 0 else len(rest))
            return ((start + colon + 1 + len(rest) - len(rest.lstrip()), start + name_end), None,
                    (start + name_end + 1 if end >= 0 else None), rank)
        return (start, start + colon), None, start + colon + 1, rank  # 名称：description
    end = first_outside_quotes(content, "。；;，,")
    figures = TRAILING_FIGURES.search(content)  # …，18.25%，10683票: a table's figures after the title
    core = content[: figures.start()] if figures and figures.start() >= 4 else content
    if end >= 2 and _comma_title(core):
        return (start, start + len(core)), None, (start + len(core) + 1 if core != content else None), rank
    if end >= 2:
        gap = _name_then_description(content[:end])
        # (天府集群 依托成都平原区域建设。: one clause, but it opens as a description does)
        if gap and (len(content) - end > DESCRIBED_MIN or DESCRIPTION_LEAD.match(content[gap:end].lstrip())):
            return (start, start + gap), None, start + gap + 1, rank
        return (start, start + end), None, start + end + 1, rank
    figure = SPACED_FIGURE.search(content)
    if figure and figure.start() >= 2:  # 腾讯公益　17.25亿元: the figure a ranking gives after the name
        return (start, start + figure.start()), None, start + figure.start() + 1, rank
    return (start, len(text)), None, None, rank


SPACED_FIGURE = re.compile(r"\s+[\d.,]+\s*(?:[万亿千百]+)?(?:元|人次|次|个|件|分|票|条|篇|%|％)?$")
DESCRIBED_MIN = 4  # what follows the first clause: a description goes on for a clause
# how a sentence describing the name before it opens (位于…, 依托…, 重点承接…, 服务…地区)
DESCRIPTION_LEAD = re.compile(DESCRIPTION_START.pattern + r"|^(?:位于|地处|坐落|服务于?|重点|主要|承接|负责|覆盖|跨|是|已|现已|由|于\d)")


def _name_then_description(clause: str) -> int | None:
    """福田区政务大模型2.0版　在通用能力之外…，首批…: a name set apart from the sentence that describes it
    by a space alone (a bold name, then its description). A space in a name that ends where the clause
    does (擦亮地名文化品牌 赋能乡村振兴) is part of it."""
    gaps = [m.start() for m in re.finditer(r"\s+", clause) if not quote_depth_at(clause, m.start())]
    if len(gaps) != 1 or gaps[0] < 4 or len(clause) - gaps[0] < 6:
        return None
    return gaps[0]


TRAILING_NOTE = re.compile(r"\s*[（(][^（）()]{4,}[）)]$")
TRAILING_FIGURES = re.compile(r"(?:[，,]\s*[\d.]+\s*(?:%|％|票|分|万|人次|次|件|个)?)+\s*$")


def _comma_title(content: str) -> bool:
    """建设市场监管风险洞察平台，精准引导监管方向: a title in two short clauses, no sentence."""
    stripped = content.strip()
    clauses = [c for c in re.split(r"[，,]", stripped) if c]
    return (len(stripped) <= 40 and not any(ch in stripped for ch in "。；;！？!?：:")
            and 2 <= len(clauses) <= 3 and all(4 <= len(c) <= 20 and len(re.findall(r"[\u4e00-\u9fff]", c)) >= 4
                                                for c in clauses))  # (a figure after a comma is no clause: ，23.42%)


def _cut_rank(item: Item, name: str) -> str:
    """金华市义乌市（第3位）, 甲（排名第5）: its place on the list in brackets is its rank (unless the
    structure gave one), not part of its name."""
    placed = RANK_BRACKETS.search(name)
    if not placed or placed.start() < 2:
        return name
    item.rank = item.rank if item.rank is not None else _rank_of(placed.group("n"))
    return name[: placed.start()]


def _rank_of(n: str) -> int | None:
    try:
        return int(n) if n.isdecimal() else _cn(n)
    except (KeyError, ValueError):
        return None


def _cn(s: str) -> int:
    from ..dates import _cn_number

    return _cn_number(s)


HONOUR_KIND = re.compile(r"^(?:优秀|先进|示范|模范|十佳|十大|最佳|标杆|明星|五星|星级)[\u4e00-\u9fff]{0,6}$")


def is_sentence_part(text: str) -> bool:
    """True when a would-be subject holds the words of a clause (在…中, 通过…), not a name."""
    return bool(re.search(r"^(?:在|经|通过|由|对|以|据)|[中后时]$", text))


def bracket_agency(name: str) -> tuple[str, str] | None:
    """名称（单位）: an organisation in brackets at the end is the agency, not part of the name."""
    m = TRAILING_BRACKETS.search(name)
    if not m or m.start() < 2:
        return None
    org, short = (m.group("org") or m.group("org2")).strip(), name[: m.start()].rstrip()
    if HONOUR_KIND.match(org):
        return short, None  # 阜新市第十六中学（优秀学校）: the honour it won, a kind of body, not who runs it
    alias = re.search(r"(?:医院|大学|学院|中学|小学|学校|博物馆|图书馆|研究院|研究所)$", short)
    if alias and org.endswith(alias.group()):
        return None  # 西安交通大学附属儿童医院（西安市儿童医院）: the same body's other name, part of how it is printed
    if alias and is_body(org) and org[:2] == short[:2]:
        return None  # 浙江婺剧艺术研究院（浙江婺剧团）: one body under two plates, both named from the same place
    made = re.match(r"^(?P<by>.{2,28}?)(?:联合|共同)?(?:创作|出品|制作|推出|开发|主办|申报|报送|选送|建设运营|建设|运营|承建|托管|提供|供稿|摄制|拍摄)$", org)
    if made and any(is_body(part) or region_prefix(part) for part in re.split(r"[、和与及]", made.group("by")) if part):
        return short, made.group("by")  # 系列漫画（广州市反诈中心、中国广州发布联合创作）: who made it
    if re.fullmatch(r"《[^《》]{1,40}》", short) and not re.search(r"[，,。；;：:、〔〕\[\]\d]|号$|^(?:含|包括|共|全|附|另|即|又名|原名)", org) and not re.search(
            r"(?:通知|意见|办法|方案|规划|指南|决定|规定|条例|细则|纲要)》$", short):  # (not a document and its number)
        # 《紧急营救》（市民甲 乙提供）, 《超洗脑反诈神曲！》（小霜警官）: a work, then who made or posted it —
        # the account or body is its agency, a person none
        by = made.group("by") if made else org
        person = " " in by or looks_like_person(by) or bool(re.search(r"(?:警官|老师|医生|记者|市民|网友)$|^(?:市民|网友)", by))
        return short, None if person else by
    # “宜人成华”政务微博（成都市成华区）: a region written in full after a case is where it is run
    # (…镇级品牌（湖北省襄阳市襄州区程河镇）: down to the town, as printed)
    if full_place(org) and (TOWNSHIP.match(short) or PLACE_CHAIN.match(short)) and not is_body(org):
        return short, None  # 八尔湖镇（南部县）: a town and the county it lies in, a note on where (the town is its own region)
    if is_body(org) or (full_place(org) and (CASE_WORD.search(short) or len(short) >= 4) and region_prefix(short) != short):
        return short, org
    places = re.split(r"[·、]", org)
    if len(places) == 2 and all(full_place(part.strip()) for part in places) and (CASE_WORD.search(short) or len(short) >= 4) \
            and region_prefix(short) != short:
        return short, places[0].strip()  # 黄河壶口瀑布旅游区（陕西省延安市·山西省临汾市）: across two places, the first printed
    if (PLACE_CHAIN.match(org) or TOWNSHIP.match(org)) and re.fullmatch(r"[《“「].{2,}[》”」]", short):
        return short, org  # 《…新路径》（江南街道祝屋巷社区）: the community or town whose work it is
    if NEWS_SITE.match(org) and short != org:
        return short, org  # 时刻新闻（红网）: the news site that runs the app (a media company)
    body, _, where = org.replace(",", "，").partition("，")
    if where and PLATFORM.fullmatch(where.strip()) and is_body(body.strip()):
        return short, body.strip()  # 平安北京（北京市公安局，新浪微博）: the body, then the platform it posts on
    channel = OWN_CHANNEL.search(org)
    if channel and channel.start() >= 2 and is_body(org[: channel.start()]):
        return short, org[: channel.start()]  # “平安洛阳”（洛阳市公安局官方微博）: the body whose account it is
    if re.fullmatch(r"[“「][^“”「」]{2,30}[”」]", short):
        return short, None  # “微博洛阳”（市互联网宣传官方微博）: a quoted name and a note on it
    return None


def _street_of(text: str) -> bool:
    """上海市延吉新村街道: a street or town written after its city (the gazetteer stops at counties)."""
    prefix = region_prefix(text) or ""
    return bool(prefix) and bool(TOWNSHIP.fullmatch(text[len(prefix):]))


def full_place(text: str) -> bool:
    """A region written in full, or one followed by the towns, streets or villages below it."""
    prefix = region_prefix(text)
    return bool(prefix) and (prefix == text or bool(BELOW_COUNTY.fullmatch(text[len(prefix):])))


MEDIA_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,8}(?:新闻网|信息港|在线)$|^[\u4e00-\u9fffA-Za-z]{1,5}网$")
GOVERNMENT_WORD = re.compile(r"政府|政务|门户|人大|政协|党建|纪检|监察|法院|检察|公安|警|税务|海关|文明|信用|民政|人社|医保|卫健|教育|交通|环保|生态")
NEWS_SITE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,8}(?:网|在线)$")
PLACE_NOTE = re.compile(r"\s*[（(](?P<place>[\u4e00-\u9fff]{2,8})[）)]\s*$")
PLATFORM = re.compile(r"(?:新浪|腾讯|人民|网易|搜狐)?(?:微博|微信|微信公众号|公众号|抖音|快手|头条号?|视频号|客户端|网站)")
OWN_CHANNEL = re.compile(r"(?:官方|政务)?(?:微博|微信公众号|公众号|微信|抖音号|头条号|视频号|网站|客户端)$")


# A town, township or street named alone (罗泾镇, 友谊路街道), below the counties the gazetteer knows.
# Towns, streets, villages and communities written after a region (沙溪乡, 府南街道, 草厂社区); not
# words that only hold such a character (数字乡村, 城乡一体化)
BELOW_COUNTY = re.compile(r"(?:(?!未来|智慧|数字|美丽|和谐|文明|示范|幸福|平安|绿色|完整|现代|全面|推进|城乡)"
                          r"[^\W\d_乡镇村]{2,6}?(?:街道|街|镇|乡|村社区|村|社区|苏木|嘎查|新区)(?![村镇乡民级里振道通网云号办]))+")  # (民主村社区)
# The whole rest of a name after its region, place under place down to a village or community
# (临江镇镇西社区, 台商投资区张坂镇仑前村, 刘家堡街道幸福里社区), nothing else after it
NOT_A_PLACE = r"(?!未来|智慧|数字|美丽|和美|和谐|文明|示范|幸福|平安|绿色|完整|现代|全面|推进|城乡|乡村|特色|生态|宜居|善治)"
PLACES_BELOW = re.compile(rf"(?:{NOT_A_PLACE}[\u4e00-\u9fff\d]{{2,8}}?(?:投资区|开发区|高新区|园区|新区|管理区|街道|镇|乡|苏木))*"
                          rf"{NOT_A_PLACE}[\u4e00-\u9fff\d]{{2,8}}?(?:社区|村|嘎查)(?:居委会|村委会)?")
TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{2,5}(?:(?<!小)镇|乡|街道|街道办事处)$")  # (海纳小镇: a themed zone, no town)
# A place below a county that the gazetteer does not hold: 河埒街道水秀社区, 蠡湖街道美湖社区, 某某村
PLACE_CHAIN = re.compile(r"^(?:[\u4e00-\u9fff]{2,5}(?:镇|乡|街道))?[\u4e00-\u9fff]{2,8}(?:社区|村)(?:居委会|村委会)?$")
# Words that make the text after a place a case's name (单位：名称 with the place as the body)
# 浙江省温州市：在“有效市场”与“有为政府”之间找结合点: a place written in full (省/市/区/县 …) before a
# colon is whose practice follows, whatever its words
FULL_REGION = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:省|市|区|县|旗|盟|州)$")
CASE_WORD = re.compile(r"[“「]|平台|APP|微博|微信|号|网站|热线|系统|项目|服务|改革|中心|模式|工作法|机制|制度|体系|做法")


# A site or account named in quotes after the body that runs it
QUOTED_SITE = re.compile(r"^[“「](?P<body>[^“”「」]{2,30}?)(?:门户网站|政务网站|网站|网)?[”」]"
                         r"(?:门户网站|网站|网|微信公众号|公众号|官方微博|微博|政务微博|抖音号|头条号|客户端|APP)?$")


LABEL_COUNT_NOTE = re.compile(r"\s*[（(][^（）()]{0,8}[）)]$")  # 湖南（6个）: the count after a place's label


# what a zone, park or base is called at its end (…产业示范区, …高新技术产业开发区, …软件园)
ZONE_END = re.compile(r"(?:示范区|实践区|先行区|试验区|实验区|功能区|产业园|生态园|科技园|软件园|示范园|创业园|孵化园|工业园|物流园|创新园|园区|小镇|新城|孪生城|示范带|示范基地|基地"
                      r"|开发区|高新区|工业区|合作区|保税区)$")


def agency_of(name, description: str | None, given: str | None) -> tuple[str | None, str | None, str | None]:
    """(agency, kind 'body' | 'region', where from) by the convention in the module docstring."""
    name = name.lstrip("@＠")  # @郑州大学: an account named with @ is the body's own (the @ is no part of it)
    if given and not is_body(given) and (where := locate(given)).matched == given and where.admin_level == "provincial" and (
            region_prefix(name) == name or joined_places(name) or (name in gazetteer().names and locate(name).matched == name)):
        return name, "region", "name"  # 浙江：宁波—舟山, 河北：唐山: where a place lies is no agency; the place is its own
    if given:
        if not is_body(given) and (TOWNSHIP.match(given) or PLACE_CHAIN.match(given)):
            return given, "region", "list"  # 河埒街道水秀社区：…: a place below the county, as printed
        if is_body(given) or not (region_prefix(given + "x") == given or given in gazetteer().names):
            return given, "body", "list"  # (杭州 of 杭州的“民呼我为” is a place, not a body)
        return given, "region", "list"
    if "·" in name.strip("·"):
        # 汽车产业·武汉经济技术开发区, 资源综合利用·湖北襄阳: a field, then the zone or place whose it is
        # (not 中国·上海, 四川省医学科学院·四川省人民医院, 重庆美心·麦森门业有限公司: a place or a body
        # before the dot, or a body after it, is one name written with a dot)
        field, where = (part.strip() for part in name.rsplit("·", 1))
        if not (is_country(field) or field in ("中国", "中华人民共和国") or region_prefix(field) or place_prefix(field) or ends_as_org(field) or is_body(where)):
            if region_prefix(where) != where and (ZONE_END.search(where) or where.endswith("新区")):  # (湖南金洲新区)
                return where, "body", "name"
            if region_prefix(where) or informal_region(where) or place_prefix(where) == where:
                return where, "region", "name"
    agency, source = find_agency(name, description)
    if agency:
        return agency, "body", source
    if re.search(r"[“「]", name) and is_body(name) and not re.search(r"[”」]$", name):
        return name, "body", "name"  # 金昌市“市长热线”受理中心: a body whose name quotes its line
    quoted = QUOTED_SITE.match(name)
    if quoted and is_body(quoted.group("body")) and region_prefix(quoted.group("body")) and not quoted.group("body").endswith(("公安", "交警")):
        return quoted.group("body"), "body", "name"  # “南昌市人民政府网”, “江西省教育厅”微信公众号
    if TOWNSHIP.match(name) or PLACE_CHAIN.match(name):  # 罗泾镇, 友谊路街道, 琅琊镇王家台后村: its own region
        return name, "region", "name"
    unquoted = name.strip(OPEN_QUOTES + "”」』")
    if unquoted != name and region_prefix(unquoted) == unquoted:
        return unquoted, "region", "name"  # “杭州市西湖区”: a place in quotes is that place
    if unquoted != name and (region := region_prefix(unquoted)) and BELOW_COUNTY.fullmatch(unquoted, len(region)):
        return unquoted, "region", "name"  # “福州市鼓楼区温泉街道河东社区”: a community in quotes, as printed
    if MEDIA_NAME.match(name) and not GOVERNMENT_WORD.search(name):
        return name, "body", "name"  # 昆明信息港, 四川在线, 南宁新闻网, 央视网: a news outlet is its own body
    region = region_prefix(name)
    if region:
        if len(name) > len(region) and PLACES_BELOW.fullmatch(name, len(region)):
            return name, "region", "name"  # 龙岩市上杭县临江镇镇西社区, 泉州市台商投资区张坂镇仑前村: a place, whole
        # 三明市明溪县沙溪乡…工作法, 成都市青羊区府南街道: the places below the county as printed too
        below = BELOW_COUNTY.match(name, len(region))
        return (name[: below.end()] if below else region), "region", "name"
    if informal_region(name) or is_country(name) or joined_places(name):
        # (宁波—舟山: places named together as one are one region, both of them)
        return name, "region", "name"  # 成都成华区, 宜宾珙县: a place after its city's short name, and nothing more; 丹麦: a country
    place = place_prefix(name.lstrip(OPEN_QUOTES + "@＠"))
    if place:
        return place, "region", "name"  # 浙江民政, “衢州发布”, 珠海香洲: the place as printed, short as it is
    return None, None, None


def description_of(lines: list[str], desc: list) -> str | None:
    parts = []
    for d in desc:
        if isinstance(d, tuple):
            line, start = d
            if start is not None:
                parts.append(lines[line][start:].strip(" 。，,：:|").strip())
        elif not EDITORIAL.search(lines[d]):
            parts.append(lines[d])
    text = "\n".join(p for p in parts if p)
    return text or None


PLACE_IN = re.compile(r"(?:第(?P<n>[一二三四五六七八九十\d]{1,3})名|前[一二三四五六七八九十\d]{1,3}[名位强])$")
# An item led by the place or honour it holds: 区县政府网站前十名：大兴区政府网站
SPACED_HONOUR = re.compile(r"^(?P<label>[\u4e00-\u9fff“”]{2,12}(?:单位|奖|称号))[ 　]+(?P<value>[^\s，,。；;]{3,40})$")
TITLED_ITEM = re.compile(r"^\s*(?P<label>[^：:，,。；;“”]{2,24}?(?:第[一二三四五六七八九十\d]{1,3}名|前[一二三四五六七八九十\d]{1,3}[名位强]"
                         r"|[十百]佳|[十百]强|榜首|冠军|亚军|季军)|[^：:，,。；;“”]{1,8}(?:组|赛道))\s*[：:]\s*(?P<value>[^，。；;]{2,45})$")


FIELD_THEN_BODY = re.compile(r"^\s*(?P<label>[^：:，,。；;、“”《》\s]{2,12})\s*[：:]\s*(?P<value>[^：:，,。；;、《》]{3,40})$")
AWARD_LABEL_TAIL = re.compile(r"\s*[（(][^（）()]{1,12}[）)]\s*(?:代表|首位|首个)(?:项目|企业|单位|人物|集体|作品|案例|对象)?$")
SUBTITLE_DASH = re.compile(r"^\s*(?:——|－－|--|—)\s*")


# 中国文字博物馆（National Museum of Chinese Writing）: the name in another script, a note on the name;
# 《测谎仪》（编导：高山川俊）: the credit of who made a work;
# 深圳市智慧水务一期工程（2025地理信息产业优秀工程金奖）, 北京市（国家新型基础测绘建设试点城市）: the
# honour it won, a note on the list, not part of the name
NAME_NOTE = re.compile(r"\s*[（(](?:[A-Za-z][A-Za-z0-9 .,'&:\-–]{3,80}"
                       r"|(?:编导|导演|作者|编剧|主创|制作人?|摄影|配音|指导老师|主讲人?)[：:][^（）()]{1,24}"  # (编导：高山川俊: who made it)
                       r"|[^（）()]{0,20}(?:金奖|银奖|铜奖|[一二三特]等奖|优秀奖|试点(?:城市|县|地区|单位)|示范(?:城市|县|区|单位|基地))"
                       # 武汉协和医院（蝉联）, （新进榜）, （连续3期上榜）: where it stands against the last board
                       r"|(?:蝉联(?:第[一二三四五六七八九十\d]{1,2}(?:名|位)?|冠军|榜首|前[三五十])?|新进榜|新上榜|首次上榜|首次入榜|重回榜单"
                       r"|首次(?:进入|进|入|登上|跻身)[^（）()]{1,8}|连续第?[一二三四五六七八九十\d]{1,2}[期次年届月](?:上榜|入选|入榜|蝉联|获评|获得|荣获|被评为)?"
                       r"|(?:上升|下降|前进|后退)[一二三四五六七八九十\d]{1,3}[位名]|持平)"
                       # 甲（十佳）, 乙（3次十佳）, 丙（三连冠）, 丁（累计8次）: the honour's tier or its count, a mark the page explains
                       r"|(?:[一二三四五六七八九十\d]{1,2}次)?十(?:佳|强)|[二三四五六七八九十\d]{1,2}连冠|累计[一二三四五六七八九十\d]{1,2}次|首次"
                       # 《神奇科学》（2册）, 丛书（共10卷）: how many volumes a work runs to
                       r"|(?:共|全)?[一二三四五六七八九十\d]{1,3}(?:册|卷|集|本)"
                       # 民政局 （性別平等創新獎）: the award it won, printed after it
                       r"|[\u4e00-\u9fff]{2,12}奖"
                       # 光山县（信阳唯一，河南今年共3个上榜）: a remark on the entry, a clause of its own
                       r"|[^（）()，,]{0,16}[，,][^（）()]{0,24}(?:唯一|累计|共计?[一二三四五六七八九十\d]{1,3}[个家项处]|上榜|入选|入围|获评)[^（）()]{0,12}"
                       r"|[^（）()，,]{0,16}(?:唯一|累计|共计?[一二三四五六七八九十\d]{1,3}[个家项处])[^（）()]{0,10}(?:上榜|入选|入围|获评)?)[）)]\s*$")


# a score printed after the name: 94.03分, 96.29, 0.42分 (a decimal, or a number of 分)
# (glued too, 武汉协和医院94.03分; but 一网通办2.0 keeps its version: one decimal after one digit is none)
# (荆门市（湖北） 综合指数80.68: the figure may follow its label, apart from the name by a space)
SCORE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)”」》])(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6}[:：]?[ \t\u3000]*|[ \t\u3000]*)"
                        r"(?:(?:\d{1,4}\.\d{2,3}|\d{2,4}\.\d)\s*分?|\d{1,4}(?:\.\d)?\s*分)\s*$")


LEADER_TAIL = re.compile(r"\s*(?:[…⋯]{2,}|[.．·]{4,})\s*\d{1,4}\s*$"  # the leader dots and page number of a contents line
                         # (甲公司※, 乙园区注1, 丙[2]: the mark of a footnote below the list)
                         r"|(?<=[\u4e00-\u9fff）)”」》])\s*(?:[※＊*†‡]{1,3}|注\s*\d{1,2}|[\[［]\d{1,2}[\]］])\s*$")
LEAD_MARK = re.compile(r"\s*[★☆＊*※▲△◆◇▌▍▎▐█■□]\s*(?=[\u4e00-\u9fff“「《])")
KIND_NOTE = re.compile(r"\s*[（(](?P<what>[^（）()]{1,30})[）)]\s*$")
FIRM_END = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团公司|合作社|(?<!分)公司|(?<!分)集团)$")


def is_firm(name: str) -> bool:
    """甲科技股份有限公司, 乙种业集团: a company by its ending."""
    return bool(FIRM_END.search(name))


BUILT_BY = re.compile(r"\s*(?P<name>[^，,。；;：:]{2,40}?)(?P<by>由[^，,。；;]{2,30}?(?:共建|共同建设|联合建设|建设|负责|牵头|实施|承担|管理|主导|打造))\s*")
QUALIFIED_PLACE = re.compile(r"\s*(?P<q>[\u4e00-\u9fff]{2,8})的(?P<place>[\u4e00-\u9fff]{3,20}?)\s*")
OWN_PLACE = re.compile(r"\s*(?:我|本)(?:省|市|区|县|州|旗|盟)(?=[\u4e00-\u9fff])")


def itemise(lines: list[str], item: Item) -> None:
    """Narrow the item's span to its name, setting agency, description and rank from its text; a
    score after the name and a note in brackets after it (its English name, the honour it won, its
    move on a board) are left out."""
    score = SCORE_TAIL.search(lines[item.line], item.start, item.end) if item.end > item.start else None
    if score and score.start() - item.start >= 2:
        item.end = score.start()  # (1)武汉协和医院　94.03分: the score a ranking gave, not part of the name
    if item.end > item.start and (item.whole or item.start == len(lines[item.line]) - len(lines[item.line].lstrip())):
        # (also a line's one numbered item a list of one took whole: 1. 法援惠民生·“薪”暖农民工（某中心）)
        numbered = marker_at(lines[item.line], item.start)
        if numbered and numbered[0] in ("num", "paren-num", "circ") and item.end - numbered[2] >= 2 and re.match(
                r"\s*[\u4e00-\u9fff“「《（(]", lines[item.line][numbered[2]:item.end]):
            # | 1. 保山海螺水泥有限责任公司 | …: a cell numbered inside itself; the number is no part of the name
            item.number = item.number if item.number is not None else numbered[1]
            item.start = numbered[2] + len(lines[item.line][numbered[2]:item.end]) - len(lines[item.line][numbered[2]:item.end].lstrip())
    mark = LEAD_MARK.match(lines[item.line], item.start, item.end) if item.end > item.start else None
    if mark and item.end - mark.end() >= 2:
        item.start = mark.end()  # ★甲公司 / *乙公司: a mark the page explains (new this year), no part of the name
    whose = QUALIFIED_PLACE.fullmatch(lines[item.line], item.start, item.end) if item.end > item.start else None
    if whose and region_prefix(whose.group("place")) == whose.group("place") and "“" not in whose.group("q"):
        item.start = whose.start("place")  # 邻省江苏的苏州市吴江区: a place, after words on where it lies
    own = OWN_PLACE.match(lines[item.line], item.start, item.end) if item.end > item.start else None
    if own and region_prefix(lines[item.line][own.end():item.end].strip()):
        item.start = own.end()  # 我市铜川市体育局: the page's own city, then the body in full (its region written out)
    _itemise(lines, item)
    built = BUILT_BY.fullmatch(lines[item.line], item.start, item.end) if item.end > item.start else None
    if built and "“" not in built.group("name") and not built.group("name").endswith("自"):
        item.desc = [(item.line, built.start("by"))] + item.desc  # 铜钵河由重庆、四川两地共建: who built it, a note
        item.end = built.end("name")
    kind = KIND_NOTE.search(lines[item.line], item.start, item.end) if item.end > item.start else None
    if kind and kind.end() == len(lines[item.line][:item.end].rstrip()) and not item.agency and is_firm(
            lines[item.line][item.start: kind.start()].strip()) and not (
            is_body(kind.group("what")) or region_prefix(kind.group("what") + "x") or locate(kind.group("what")).matched == kind.group("what")):
        # 江西正邦科技股份有限公司（种猪）, …有限公司（蔬菜，破难题阵型）: what a firm was chosen for, a note on it
        item.desc = [(item.line, kind.start())] + item.desc
        item.end = kind.start()
    note = NAME_NOTE.search(lines[item.line], item.start, item.end) if item.end > item.start else None
    if note and note.end() == len(lines[item.line][:item.end].rstrip()) and note.start() - item.start >= 2:
        item.end = note.start()
    country = COUNTRY_NOTE.search(lines[item.line], item.start, item.end) if item.end > item.start else None
    if country and country.start() - item.start >= 2 and is_country(country.group("country")) \
            and country.end() == len(lines[item.line][:item.end].rstrip()):
        item.end = country.start()  # 基加利（卢旺达）: the country a city lies in, no part of its name
    elif country and country.start() - item.start >= 2 and country.end() == len(lines[item.line][:item.end].rstrip()) \
            and _province_note(country.group("country")) and _is_place_name(lines[item.line][item.start: country.start()].strip(),
                                                                              country.group("country")):
        # 黟县（安徽）, 蒲县（山西）: the province a county lies in, a note on the name (where it is)
        region = (item.line, country.start("country"), country.end("country"))
        item.end = country.start()
        item.region = item.region or region
    abbrev = PROVINCE_ABBREV_NOTE.search(lines[item.line], item.start, item.end) if item.end > item.start else None
    if abbrev and abbrev.end() == len(lines[item.line][:item.end].rstrip()) and _is_place_name(
            lines[item.line][item.start: abbrev.start()].strip()):
        item.end = abbrev.start()  # 谷城县（鄂）, 宜兴市（苏）: the province's one-character short name, where it is
    spaced = SPACED_PLACE.search(lines[item.line], item.start, item.end) if item.end > item.start and item.number is not None else None
    head = lines[item.line][item.start: spaced.start()].strip() if spaced else ""
    if spaced and not item.region and not item.agency and spaced.start() - item.start >= 2 and _is_place_name(spaced.group("place")) and (
            (_is_place_name(head) and locate(spaced.group("place") + head).province) or (is_firm(head) and len(head) >= 6)):
        # 1 周至县 西安市 under 格式：序号 名称 所在地: a county, then the city it lies in, a column of its own
        # (4．晶龙实业集团有限公司　邢台: a firm, then its city)
        item.region = (item.line, spaced.start("place"), spaced.end("place"))
        item.end = spaced.start()


def _province_note(text: str) -> bool:
    """安徽, 山西省, 内蒙古: a province's name, short or full, alone."""
    from ..regions import locate

    found = locate(text)
    return bool(found.province) and found.matched == text and found.admin_level == "provincial"


def _is_place_name(text: str, province: str = "") -> bool:
    """黟县, 梅县区, 江苏苏州 (迁安 in 河北): a place's name and nothing more."""
    from ..regions import locate, place_prefix, region_prefix

    return bool(text) and (region_prefix(text) == text or place_prefix(text) == text or locate(text).matched == text
                           or locate(province + text).matched == text
                           or bool(re.fullmatch(r"[\u4e00-\u9fff]{1,5}(?:县|市|区|旗)", text)))  # (清新县: a county of its time)


PROVINCE_ABBREV_NOTE = re.compile(r"\s*[（(][京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台][）)]\s*$")
SPACED_PLACE = re.compile(r"[ \t　]+(?P<place>[\u4e00-\u9fff]{2,10})\s*$")
COUNTRY_NOTE = re.compile(r"\s*[（(](?P<country>[\u4e00-\u9fff]{2,10})[）)]\s*$")


def _itemise(lines: list[str], item: Item) -> None:

    if item.whole or (item.agency and not item.desc):
        text = lines[item.line][item.start:item.end]
        stripped = text.strip()
        item.start += len(text) - len(text.lstrip())
        stripped = _cut_rank(item, stripped)  # (金华市义乌市（第3位）)
        score = SCORE_BRACKETS.search(stripped)  # 甲（第22个）, 乙（92.5分）: a count or score, not the name
        if score and score.start() >= 2:
            stripped = stripped[: score.start()]
        others = AND_OTHERS.search(stripped)
        if others and len(stripped) > 3:
            stripped = stripped[: others.start()]  # | 网络问政十佳单位 | 登封市等 | / 甲等50个: the first winner, and others
        note = place_field_note(stripped)
        if note:  # (a cell or one of several names on a line: the note is dropped, the rest of the line is others')
            stripped = stripped[: note.start()]
        dated = NOTE_BRACKETS.search(stripped) if not note else None
        if dated and dated.start() >= 2 and not (bracket_agency(stripped) or (None, None))[1] and not re.fullmatch(
                r"[（(]\s*(?:19|20)\d{2}\s*年?度?\s*[）)]\s*", stripped[dated.start():]):  # (a cell's …工程（2023年）: its edition)
            stripped = stripped[: dated.start()]  # | 甲小镇（本站录入3个…） |, 乙平台（2019年上线）: a note, as on a line of its own
        placed = _place_note(stripped) if not note and not item.agency and not item.region else None
        if placed:  # | 中鼎物流园（太原） |: where it is, as on a line of its own
            item.region = (item.line, item.start + placed.start("place"), item.start + placed.end("place"))
            stripped = stripped[: placed.start()]
        item.end = item.start + len(stripped)
        colon = first_outside_quotes(stripped, "：:")
        if not item.agency and colon >= 2 and is_body(stripped[:colon].strip()) and re.match(r"\s*[《“「]", stripped[colon + 1:]):
            # | …最具潜力推广奖 | 国网达州供电公司：《“数助脱贫”…》 |: the body, a colon, its work
            item.agency = (item.line, item.start, item.start + len(stripped[:colon].rstrip()))
            rest = stripped[colon + 1:]
            item.start += colon + 1 + len(rest) - len(rest.lstrip())
            return
        dash = next((dm for dm in DASH.finditer(stripped) if dm.start() >= 2 and not quote_depth_at(stripped, dm.start())), None)
        right = stripped[dash.end():].strip(" 。；;") if dash else ""
        if not item.agency and dash and 2 <= len(right) <= 30 and is_body(right) and not is_body(stripped[:dash.start()].strip()) \
                and not re.search(r"[，,。；;：:、]", right):
            # | 中国专利金奖 | “一种高速轨道车辆转向架”——中车四方股份 |: the name, a dash, the body that holds it
            item.agency = (item.line, item.start + dash.end(), item.start + dash.end() + len(right))
            item.end = item.start + len(stripped[:dash.start()].rstrip())
            return
        found = bracket_agency(stripped) if not item.agency else None
        if found:  # a cell 中国未成年人网（四川文明办）: the body in brackets runs the case
            short, org = found
            if org:
                at = stripped.rfind(org)
                item.agency = (item.line, item.start + at, item.start + at + len(org))
            item.end = item.start + len(short)
        return
    text = lines[item.line][item.start:item.end]
    dash = SUBTITLE_DASH.match(text)
    if dash and len(text) - dash.end() >= 2:  # ——常德市…典型经验: a subtitle's dash is not part of its name
        item.start += dash.end()
        text = text[dash.end():]
    titled = TITLED_ITEM.match(text) if ("：" in text or ":" in text) else None
    if not titled and ("：" in text or ":" in text or "—" in text) and not item.agency:
        # - 微信榜：江苏省检察院, 一等奖：“…”, 最具人气政府网站——商务部: an award's or a ranking's name, then its winner
        award = AWARD_LINE.match(text) or AWARD_DASH.match(text)
        # (项目奖（10个）代表项目：甲: the award, how many it went to, and the one the page names)
        if award and AWARD_LABEL_TAIL.search(award.group("label").strip()) and PEOPLE_AWARD.search(award.group("label")):
            item.end = item.start  # 个人奖（10名）代表人物：毕丽霞: a person the award went to, no case
            return
        if award and AWARD_TITLE.search(AWARD_LABEL_TAIL.sub("", award.group("label").strip())) and not PEOPLE_AWARD.search(award.group("label")) \
                and not PRACTICE_TITLE.match(award.group("label").strip()):  # (推行…打造…新标杆——甲: a practice and its body)
            titled = award
            item.category = None  # its own award, not the label above, is its category
    if not titled and not item.agency and item.number is not None and (field := FIELD_THEN_BODY.match(text)) \
            and is_body(field.group("value").strip()) \
            and not is_body(field.group("label")) and not region_prefix(field.group("label")) \
            and not re.search(r"[也都还的有是在]", field.group("label")) \
            and not looks_like_person(field.group("value").strip()):
        titled = field  # (1) 政务主动公开：罗湖区人民政府: the field of a single award, then the body that won it
        item.category = None
    if not titled and not item.agency and (field := FIELD_THEN_BODY.match(text)) \
            and (placed := RANK_BRACKETS.search(field.group("value"))) and placed.start() >= 2 \
            and not is_body(field.group("label")) and not region_prefix(field.group("label") + "x") \
            and (is_body(head := field.group("value")[: placed.start()].strip()) or region_prefix(head) == head
                 or TOWNSHIP.match(head)):
        titled = field  # 综合传播指数：竹山县（全省第一）: a measure, the place that came first in it
        item.category = None
    if not titled and not item.agency and (spaced := SPACED_HONOUR.match(text)) and is_body(spaced.group("value")):
        titled = spaced  # 民心汇聚单位 呼和浩特市委办公室: the honour, a space, the body that won it
        item.category = None
    if titled and not item.agency:
        # 省级政府网站第一名：北京市人民政府门户网站“首都之窗”: the place or honour, then who holds it;
        # the category is what it is a place in (省级政府网站), a 第N名 its rank
        label = titled.group("label").strip()
        place = PLACE_IN.search(label)
        if place and place.start() >= 2:
            if place.group("n") and item.rank is None:
                n = place.group("n")
                item.rank = int(n) if n.isdecimal() else _cn(n)
            label = label[: place.start()]
        item.category = item.category or AWARD_LABEL_TAIL.sub("", label) or label  # (项目奖, not 项目奖（10个）代表项目)
        item.start += titled.start("value")
        text = lines[item.line][item.start:item.end]
    tagged = TAGGED_WORK.match(text)
    if tagged:  # ①【公安微电影】《灯》: the theme it was chosen under, then the work
        item.category = tagged.group("label").strip()
        item.start += tagged.start("work")
        text = lines[item.line][item.start:item.end]
    (a, b), agency, rest, rank = split_item(text)
    base = item.start
    if rest is not None and base + rest < len(lines[item.line]):
        item.desc = [(item.line, base + rest)] + item.desc
    if agency and not item.agency:
        item.agency = (item.line, base + agency[0], base + agency[1])
    if rank is not None:
        item.rank = rank
    name = lines[item.line][base + a: base + b]
    lead = len(name) - len(name.lstrip(" 　"))
    name = LEADER_TAIL.sub("", name).strip(" 　。、，,；;")  # (甲、 on a line of its own; 甲……………8 in a table of contents)
    item.start, item.end = base + a + lead, base + a + lead + len(name)
    name = _cut_rank(item, name)  # (甲（排名第5）)
    item.end = item.start + len(name)
    score = SCORE_BRACKETS.search(name) or AWARD_NOTE.search(name)
    if score and score.start() >= 2:  # 广州公安（综合分92.19）, 甲政务微博（获评“…”）: a score or the honour, not the name
        item.end = item.start + score.start()
        name = name[: score.start()]
    others = AND_OTHERS.search(name)
    if others and (others.start() >= 3 or others.end() - others.start() >= 2):  # 典型案例：青岛市城市运行管理服务平台等50个: the first named, and others
        # (黄冈等市州: a two-character place before 等 and what it stands for)
        item.end = item.start + others.start()
        name = name[: others.start()]
    note = NOTE_BRACKETS.search(name)
    if note and not item.agency and (bracket_agency(name) or (None, None))[1]:
        note = None  # （北京市公安局，新浪微博）: who runs it, not a note on it
    if not note:
        field = FIELD_NOTE.search(name)
        before = name[: field.start()] if field else ""
        note = field if field and (region_prefix(before) == before or is_body(before)) else None
    if not note:
        note = place_field_note(name)
    if note and note.start() >= 2:  # 哈尔滨发布（2013年1月上线）: a note on the case, its date
        item.desc = [(item.line, item.start + note.start())] + item.desc
        item.end = item.start + note.start()
        name = name[: note.start()]
    spaced = PLACE_THEN_BODY.match(name)
    if spaced and not item.agency and not item.region and region_prefix(spaced.group("place")) == spaced.group("place") and (
            ends_as_org(spaced.group("body")) or TOWNSHIP.match(spaced.group("body")) or TOWN_LED.match(spaced.group("body"))
    ) and not region_prefix(spaced.group("body")):
        # 长沙市长沙县 福临镇综合文化站: the county a body lies in, printed apart before it, as a column would be
        item.region = (item.line, item.start, item.start + spaced.end("place"))
        item.start += spaced.start("body")
        name = spaced.group("body")
    if not item.agency:
        found = bracket_agency(name)
        place = PLACE_NOTE.search(name) if not found else None
        if place and _place_note(name):
            # 行政复议全程“网上办”（贵州）: where the case is, a note on it; a place's short name names
            # no agency (the field convention), but places the case
            item.region = (item.line, item.start + place.start("place"), item.start + place.end("place"))
            item.end = item.start + place.start()
        elif place and place.start() >= 2 and _province_of(name[: place.start()], place.group("place")):
            # 东营市（山东）: a place, then the province it lies in — where it is, not part of its name
            item.end = item.start + place.start()
        if found:
            short, org = found
            if org:
                at = name.rfind(org)
                item.agency = (item.line, item.start + at, item.start + at + len(org))
            item.end = item.start + len(short)


TOWN_LED = re.compile(r"^[\u4e00-\u9fff]{2,5}(?:镇|乡|街道)[\u4e00-\u9fff]{2,}")  # 福临镇综合文化站: a town's own body
PLACE_THEN_BODY = re.compile(r"^(?P<place>[\u4e00-\u9fff]{3,20})[ 　\xa0]+(?P<body>[^ 　\xa0]{4,40})$")


def case_fields(orig: list[str], simp: list[str], item: Item, reference_year: int | None) -> dict:
    same = len(orig[item.line]) == len(simp[item.line])
    name = (orig if same else simp)[item.line][item.start:item.end].strip()
    name_simple = simp[item.line][item.start:item.end].strip()
    description = description_of(simp, item.desc)
    given = simp[item.agency[0]][item.agency[1]:item.agency[2]].strip() if item.agency else None
    agency, kind, source = agency_of(name_simple, description, given or None)
    if item.region and not item.unnamed and (agency is None or source == "name"):
        # | 杭州 | “民呼我为” |, | 海关总署 | 海关“云”集…: a column of places (or bodies) says whose each row is
        line, a, b = item.region
        noted = line == item.line and a >= item.end and simp[line][a - 1: a] in "（("  # (…网上办”（贵州）: a note)
        placed = simp[line][a:b].strip()
        if placed and not noted and (agency is None or (is_body(placed) and placed.startswith(agency))):
            agency, kind, source = placed, "body" if is_body(placed) else "region", "list"
    # a street or town is placed by a full region name before it, never by one inside it (湖南路街道)
    region = locate(name_simple) if not TOWNSHIP.match(name_simple) or region_prefix(name_simple) else locate("")
    if not region.province and region.admin_level != "central" and name_simple[:1] in OPEN_QUOTES:
        region = locate(name_simple.strip(OPEN_QUOTES + "”」』"))  # “江干发布”: the name inside its quotes
    if not region.province and region.admin_level != "central" and agency and agency != name_simple and not (
            TOWNSHIP.match(agency) and not region_prefix(agency)):  # (园林街道西堤社区: placed by no name inside it)
        region = locate(agency) if not is_central(agency) else region
        if is_central(agency):
            region = locate(agency)
        elif source == "list" and not region.province:
            region = locate(agency + name_simple)
    label = LABEL_COUNT_NOTE.sub("", (item.category or "").strip())
    if not region.province and region.admin_level != "central" and label and (
            region_prefix(label) == label or label in gazetteer().names):
        # 湖南（6个） over 南县、平江县…: the place the label names places the names under it
        placed = locate(label)
        if placed.province:
            region = locate(label + name_simple) if locate(label + name_simple).province else placed
    if item.region:
        # (| 上海 | 复旦大学附属中山医院 |: the page's own place for the row over a place inside the name;
        # | 国家生物药技术创新中心 | 江苏省苏州市 |: a national centre the column places, not a central body)
        stated = simp[item.region[0]][item.region[1]:item.region[2]]
        if not region.province or (locate(stated).province and locate(stated).province != region.province):
            region = locate(stated + name_simple)
    dates, seen = [], set()
    for d in find_dates(name_simple, reference_year) + find_dates(description or "", reference_year):
        if (d.value, d.qualifier) not in seen:
            seen.add((d.value, d.qualifier))
            dates.append(d.as_dict())
    lines_of = [d if isinstance(d, int) else d[0] for d in item.desc]
    orig_description = description_of(orig, item.desc) if all(len(orig[n]) == len(simp[n]) for n in lines_of) else description
    return {
        "name": name,
        "name_normalized": normalise_name(name_simple),
        "core": case_core(name_simple),
        "agency": agency,
        "agency_kind": kind,
        "agency_from": source,
        "province": region.province,
        "city": region.city,
        "district": region.district,
        "adcode": region.adcode,
        "admin_level": region.admin_level,
        "longitude": region.longitude,
        "latitude": region.latitude,
        "region_ambiguous": region.ambiguous,
        "channel": classify_channel(name_simple),
        "dates": dates,
        "description": orig_description,
        "category": printed_category(item.category or item.shared_label),
        "rank": item.rank,
    }


# What follows a label without being part of it: the words that hand the list over, and a note on
# them (一等奖名单如下（二、三等奖不再列出）: 一等奖); notes in brackets on the label itself are printed
CATEGORY_TAIL = re.compile(r"(?:获奖|入选|上榜)?(?:名单|情况|结果)?如下\s*[：:]?\s*(?:[（(][^（）()]{1,40}[）)])?\s*$|\s*[：:]\s*$"
                           r"|\s*[（(](?:共|计)?\s*\d+\s*(?:个|家|项|座|名|位|条|所)[）)]\s*$")  # (漳州市（11个）: a count)


def printed_category(label: str | None) -> str | None:
    """The category as printed, its trailing notes and handing-over words aside."""
    if not label:
        return label
    text = label
    whole = re.fullmatch(r"\s*[（(【\[〔]\s*([^（）()【】\[\]〔〕]{2,30}?)\s*[）)】\]〕]\s*", text)
    if whole:
        text = whole.group(1)  # （信阳市）, 【政务服务类】: a label in brackets, without them (the convention)
    for _ in range(3):
        cut = CATEGORY_TAIL.sub("", text)
        if cut == text or len(cut) < 2:
            break
        text = cut
    # (单位名称, 项目名称: a column's header over its rows names no category; 封面新闻记者 何方迪, 本报通讯员
    # 张三: a byline names who wrote the page)
    return None if COLUMN_HEADER.fullmatch(text.strip()) or BYLINE_LABEL.search(text) else text


BYLINE_LABEL = re.compile(r"(?:记者|通讯员|特约撰稿|实习生)\s*[\u4e00-\u9fff·]{2,4}$|^(?:作者|编辑|责编|责任编辑|来源|摄影|撰文)\s*[：:]")


# What a table's header calls its column of names (the rows' header, never a case or a category)
COLUMN_HEADER = re.compile(r"(?:入选|获奖|获评|申报|推荐)?(?:单位|机构|组织|项目|案例|学校|企业)?(?:名称|名单)")


def name_text(lines: list[str], item: Item) -> str:
    return lines[item.line][item.start:item.end].strip()


def judged_text(lines: list[str], item: Item) -> str:
    """What an item is judged by: its agency given apart, then its name."""
    agency = lines[item.agency[0]][item.agency[1]:item.agency[2]] if item.agency else ""
    return agency + name_text(lines, item)


QUOTE_CHARS = QUOTES


def _place_note(name: str) -> re.Match | None:
    """行政复议全程“网上办”（贵州）, 中鼎物流园（太原）, 宝特物流园（山西侯马）: a place alone in brackets
    after a name that is no place itself: where the case is, not part of its name."""
    place = PLACE_NOTE.search(name)
    if not place or place.start() < 4 or region_prefix(name[: place.start()]) == name[: place.start()]:
        return None
    inside = place.group("place")
    names = gazetteer().names
    # (山西侯马: a province's short name and a place's; not 湘潭综保区 or 成都校区, a place and a word)
    return place if inside in names or any(inside[:k] in names and inside[k:] in names for k in range(2, len(inside) - 1)) else None


def place_field_note(name: str) -> re.Match | None:
    """婺源县（茶叶）, 江永县潇浦镇（蔬菜加工业）: the field a place was chosen for, in brackets after it
    (not a place, 南昌市（江西）, nor a body, which is the agency)."""
    field = PLACE_FIELD_NOTE.search(name)
    if not field or not _written_place(name[: field.start()]):
        return None
    inside = field.group("what")
    return None if inside in gazetteer().names or is_body(inside) or region_prefix(inside) else field


def _province_of(place: str, inside: str) -> bool:
    """True when ``inside`` names the province (short or full) that the written-out ``place`` lies in."""
    if not _written_place(place):
        return False
    where = locate(place).province or ""
    return bool(where) and inside in (where, re.sub(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", where))


def _written_place(text: str) -> bool:
    """A place written out to its level: 婺源县, 江永县潇浦镇, 望城区靖港镇柏叶村."""
    rest = text[len(region_prefix(text) or ""):]
    return bool(region_prefix(text)) and (not rest or bool(TOWNSHIP.match(rest) or PLACE_CHAIN.match(rest)))
