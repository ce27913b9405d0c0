"""Stage 2: decide which candidate runs are case lists.

A run is kept when the words around it or the title speak of a list (案例, 榜单, 名单, 入选 …)
and most of its items look like cases — a quoted product, a channel or product word, an agency
ending, a region or central body followed by something more — and not like the things that
imitate lists: policy measures (加强…, 推进…), people with their posts, numbers, headlines.
"""
from __future__ import annotations

import re
from collections import Counter
import unicodedata

from ..agencies import LEGAL_CASE_END, QUOTES, _ends_as_org as ends_as_org
from ..bylines import is_name
from ..regions import gazetteer, informal_region, is_central, is_country, joined_places, locate, place_prefix, region_prefix, starts_with_region
from .fields import BELOW_COUNTY, PLACE_CHAIN, ZONE_END, TOWNSHIP, classify_channel, full_place, is_body, looks_like_person
from .model import Run
from .segment import AWARD_TITLE, CHOSEN_LINE, GUIDE_NTH, GUIDE_ORDER, GUIDE_SIDE, FIGURE_HEADER, GRADE_CELL, PILOT_PLACE_WORDS, PRIZE_TIER, count_value, PEOPLE_AWARD, LABEL_MAX, NAME_MAX, RANK_LABEL, first_outside_quotes, _shared_kind

# a line saying the works below were chosen or won (入选节目, 优秀作品, 获奖作品, 推选结果)
WORKS_CHOSEN = re.compile(r"(?:入选|获奖|获评|优秀|精品|精选|推选|推优|评选|扶持|展播)[^，。；]{0,8}(?:节目|作品|剧集|影片|纪录片|栏目|图书|展览)"
                          r"|(?:节目|作品|剧集|影片|纪录片|栏目|图书|展览)[^，。；]{0,4}(?:入选|获奖|获评|上榜)")
# a title in 《》 that is a document's, not a work's (《…实施方案》, 《…管理办法》)
DOCUMENT_WORK = re.compile(r"(?:通知|意见|办法|方案|规划|条例|规定|细则|决定|报告|纲要|指南|标准|法|公告|通报|函|批复|要点|计划)(?:[（(][^（）()]*[）)])?》$")
LIST_WORDS = re.compile(r"案例|榜单|名单|首位|榜首|居首|第一梯队|得奖|最佳|位次|[十百]强|靠前|前列|表扬|表彰|称号|授予|肯定|获评|评为|命名|认定|十佳|十大|入选|评选|获奖|优胜奖|示范|排行|排名|名次|前[三五十]|前[\d一二三四五六七八九十]{1,3}名|榜|优秀|卓越|创新奖|典型|入围|揭晓|评出|运行良好|表现较好|情况较好|表现突出|成绩突出|成效明显|典型经验|典型做法|经验做法|先进经验|试点|试验区|先行区|先导区|一览|代表性|督查激励"
                        # (公布2023年5G工厂名录, 列入…名录: a register of the chosen; not 保留在名录中 or 移出名录)
                        r"|(?:列入|收录|纳入|入选|进入|公布|发布)[^，。；,;\n]{0,12}名录|名录(?:公示|公布)"
                        r"|(?:位列|排在|名列|位居)第[一二三]档|第[一二三]档第?\d{1,3}名"  # (宁波市位列第一档第2名: a graded ranking)
                        r"|授牌|牌匾|通过[^，。；]{0,6}(?:测评|验收|认定|评审)|达标(?:县|区|市|单位|城市|村|社区|乡镇)"
                        # 报送及时、工作主动性高的单位: a heading that praises the units under it
                        r"|(?:及时|主动性高|积极性高|质量高|效率高|成效好|效果好)的(?:单位|部门|账号|网站|乡镇)"  # (2008年通过测评（3家）: those a grading passed)
                        r"|[一二三特]等奖|[金银铜]奖|(?:评选|评审|评比|比赛|大赛|竞赛|比武)结果|(?:重大|特色|创新)(?:应用|成果)"
                        r"|实验区|试验区|荣誉|大奖|颁给|颁发|奖项|获[\u4e00-\u9fff]{2,10}奖(?![金励惩])"
                        # 确定22家旅游度假区为国家级旅游度假区, 拟确定为国家5A级旅游景区: a designation's decision
                        r"|确定[^，。；,;\n]{0,20}?(?:国家级|省级|自治区级|市级|国家\s*\dA级|新一批|首批|第[一二三四五六七八九十\d]{1,3}批)"
                        # 决定在五个区域各设置一个国家儿童区域医疗中心: the decision that designates the centres it names
                        r"|(?:决定|确定|批准|同意)[^，。；,;\n]{0,30}?(?:设置|设立)[^，。；,;\n]{0,20}?(?:中心|基地|示范区|实验区)"
                        # 经科技部批准建设的国家超级计算中心, 获批建设的国家技术创新中心: centres a ministry approved
                        r"|(?:批准|批复|获批|布局)(?:建设|设立|创建)[^，。；,;\n]{0,20}?(?:中心|基地|示范区|实验区|试验区|先导区|平台|园区|集群|新区|片区|枢纽|直联点)"
                        # 直联点…由工业和信息化部批复设立: the kind first, then the ministry that approved each
                        r"|(?:中心|基地|示范区|实验区|试验区|先导区|园区|集群|新区|片区|枢纽|直联点)[^。；;\n]{0,40}?由[^，。；,;\n]{2,16}?(?:批准|批复)(?:建设|设立)"
                        r"|合格率(?:均达到|都达到|均为|均达|达到|为|达)?(?:100[%％]|\d{2}(?:\.\d+)?[%％]以上)的|合格率(?:均达到|都达到|均为|均达|达到|为|达)?\s*100\s*[%％]"
                        r"|(?:列入|评为|评定为|进入|定为)[A-E]类|[A-E][类级](?:[^，,。；]{0,12})(?:网站|单位|账号|城市)")  # (A类县、市（区）政府网站)  # (确认为“全国社区治理和服务创新实验区”: a list of places chosen to try something)
SECTION_HEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）)[^，。；]{2,24}$")
PROBLEM_SECTION = re.compile(r"存在的(?:主要|突出)?问题|主要问题$|问题(?:及|和)?(?:整改|通报)|不合格(?:网站|账号|单位)|扣分情况|通报批评")
POINT_ORDINAL = re.compile(r"^(?:其)?[一二三四五六七八九十]是(?=[\u4e00-\u9fff“「])")
MEASURE_START = re.compile(
    r"^(?:加强|推进|推动|完善|建立|健全|深化|提升|强化|优化|落实|坚持|实施|开展|加快|构建|打造|规范|统筹|做好|持续|全面"
    r"|着力|进一步|大力|积极|切实|把|织就|围绕|聚焦|坚决|不断|努力|要|以|让|在|对|从|为|将|是|有|如何|怎样"
    r"|表彰|培育|激励|弘扬|展现|引导|鼓励|促进|保障|维护|营造|树立|发挥|增强|提高|形成|面向)"
)
# 各试点城市要进一步推进…, 有关省人民政府要加强组织领导, 同意在…开展试点: what a reply or a notice tells
# its addressees to do (a subject, then 要 / 应当 and a verb), not a case
DIRECTIVE = re.compile(r"同意|[\u4e00-\u9fff]{1,16}?(?:要|应当|应|须|必须)(?:进一步|切实|认真|抓紧|尽快|按照|加强|加快|加大|会同|做好|强化"
                       r"|完善|推进|推动|落实|指导|严格|积极|继续|全面|持续|统筹|结合|及时|高度|牢固|坚持)")
NOT_RANKED = re.compile(r"(?:序号|编号)(?:只|仅|只是|仅是|仅为|只为)(?:是|为)?(?:条目|顺序|次序|行|排版|编排|阅读)?编号|(?:别|不要|勿)(?:当成|当作|看作|视为)(?:排行|排名|名次)|不分先后|排名不分|排序不分|以[^。，]{0,16}为序|按[^。，]{0,16}(?:排序|排列|为序)|不(?:代表|表示|是)(?:任何)?(?:评选|评比|评审|最终)?(?:排名|名次|排序|先后)|不分名次|并非(?:排名|名次)"
                        # （圈码仅为便于阅读，与名次无关）: numbers for reading, which the page says rank nothing
                        # 序号只是本报编排时的先后，与得分高低无关: the order the page set them in, not their scores
                        r"|与(?:得分|分数|成绩|评分)?(?:名次|排名|排序|先后|高低)无关|(?:序号|编号|圈码)(?:只|仅)(?:是|为|表示)?[^。，；]{0,12}(?:先后|顺序|次序)|(?:圈码|序号|编号|数字|标号)[^。，；]{0,4}便于(?:阅读|查看|查找|计数|区分)")
PRODUCT = re.compile(r"平台|APP|App|app|客户端|小程序|公众号|微信|微博|网站|热线|系统|矩阵|服务|项目|改革|工程|模式|机制|中心|号$|云$|通$|办$|网$")
# What a sentence says when the names in it are cases (the tighter test for items inside prose).
NEAR_LIST_WORDS = re.compile(r"(?:典型|优秀|代表性)[\u4e00-\u9fff]{0,4}(?:举措|案例|经验|做法|项目|模型|成果)|"
                             r"(?:重大|特色|创新)(?:应用|成果)|示范(?:地区|项目|单位|县|市|街道|社区|村)|命名|"
                             # 账号内容更新及时的单位: a label that praises what it lists
                             r"(?:及时|较好|良好|优秀|突出|靠前|领先|规范|到位)的(?:单位|部门|账号|网站|政务新媒体)|"
                             # 财政管理工作完成情况好的地方, 督查激励: a government's incentive for the places that did well
                             r"(?:情况|成效|效果|工作)(?:好|较好|明显)的(?:地方|地区|城市|市|县)|督查激励|"
                             # 合格率达到100%的六个市, 连续四个季度抽查合格率均为100%的市: an inspection's praise
                             r"合格率(?:均达到|都达到|均为|均达|达到|为|达)?(?:100[%％]|\d{2}(?:\.\d+)?[%％]以上)的|合格率(?:均达到|都达到|均为|均达|达到|为|达)?\s*100\s*[%％]|(?:列入|评为|评定为|进入|定为)[A-E]类|[A-E][类级][^，,。；]{0,12}(?:网站|单位|账号|城市)|"
                             r"第一梯队|(?:数字|序号|编号)即名次|(?:位列|排在|名列|位居)第[一二三]档|第[一二三]档第?\d{1,3}名|同在第[一二三]档|(?:排在|位居|位列|名列|居于)(?:前列|前茅)|领先(?:全国|全省|全市)|(?:全国|全省|全市)领先|"
                             r"(?:率先|首批|首先)通过[^，。；]{0,14}验收|\d+(?:\.\d+)?分(?:及|或)?以上的|创新举措|[一二三特]等奖|[金银铜]奖|优秀奖|提名奖|获得?[^，。；：:]{2,30}奖的(?:是|有)|表扬|表彰|前[三五十](?:名|强)?|[十百]强|前[\d一二三四五六七八九十]{1,3}名|案例|榜单|名单|入选|入围|获评|评为|评选|上榜|获奖|荣获|获认定|被认定|认定为|十佳|十大|揭晓|排行|排名|榜首|优胜|称号|获评网站|评出|运行良好|表现较好|情况较好|表现突出|成绩突出|成效明显|典型经验|典型做法|经验做法|先进经验|示范城市|示范区|试点城市|试点地区|试点(?:任务|项目|单位)|等(?:被)?(?:列入|在列)|[从由]高到低|[从由]多到少"
                             # 排在第十一至第二十位的…见下表: the places of a ranking
                             r"|(?:排在|位列|位居|列)第?[一二三四五六七八九十百\d]{1,4}(?:至|到|—|－|-|~|～)第?[一二三四五六七八九十百\d]{1,4}[位名]"
                             # 获得精品奖的十个展览: what won a named prize
                             r"|(?:获得|荣获|获颁)[^，。；：:]{1,10}?奖的")
COLLECTIVE = re.compile(r"集体|单位|机构|账号|网站")
AWARD_CLASSES = re.compile(r"[^。；\n]*(?:单位|企业|项目|集体|组织|机构)奖[^。；\n]*个人奖[^。；\n]*"
                           r"|[^。；\n]*个人奖[^。；\n]*(?:单位|企业|项目|集体|组织|机构)奖[^。；\n]*")
PEOPLE_CONTEXT = re.compile(r"先进个人|优秀个人|个人奖|(?<!领导)同志|嘉宾|发言|致辞|主持|演讲|专家组成员|评委(?!会)"
                            r"|(?:按|以)姓氏(?:笔划|笔画|拼音)|获奖者名单")  # (获奖者名单如下（按姓氏笔划排序）: people, by their surnames)  # (评委会认为: the jury, of what won)


# Quotation marks that set off a product's name; 《》 marks works and documents (films, poems, notices).
PRODUCT_QUOTES = re.compile(r"[“”「」『』\"]")
# Headlines and documents end like this, cases do not.
DOCUMENT_END = re.compile(r"(?:公告|通知|公示|通报|意见|办法|(?<!解决)方案|决定|公报|纪要|讲话|报告|综述|启事|声明|收官|相遇|举行|召开|开幕|闭幕)$")


# The name of a list, not of a case: “2022年优秀政务新媒体”, 2022年新媒体十佳案例
LIST_LIKE = re.compile(r"^[“「『]?(?:19|20)\d{2}(?:年度?)?[^”」』]{0,20}(?:案例|榜单?|名单|奖|优秀[^”」』]{0,8}|十佳|先进集体|排行)"
                       r"(?:全文|原文|详情|附件)?[”」』]?$"  # (…案例名单全文: a link to the list itself)
                       # 第三届中国“互联网+政务”50强优秀实践案例, 全国优秀公众账号: an honour's own title
                       r"|^(?:第[一二三四五六七八九十\d]{1,3}届|全国|全省|年度)[^，。；]{0,24}?(?:\d+强|十佳|十大|百强|优秀|最佳)"
                       r"[^，。；]{0,12}(?:案例|账号|项目|单位|奖|称号)$")


# what an inspection notice finds wrong (检查情况的通报): the accounts or sites it names under it failed
FAULT = re.compile(r"不及时|无法使用|单项否决|扣分|存在[^。，；]{0,12}问题|突出问题|问题(?:账号|网站)|长期不更新|未更新|瞒报|漏报"
                   r"|不合格|未提供[^。，；]{0,8}功能|不达标|错链|链接失效|整改")
BLAME = re.compile(r"黑榜|被点名(?!表扬|表彰)|点名批评|通报批评|休眠|僵尸|(?<!合格、)(?<!合格和)不合格(?![^，。；]{0,6}(?:等级|等次|档次|四档|五档))|约谈|曝光台|被曝光"
                   r"|典型问题|反面典型|警示(?:教育)?案例"  # (通报了3起形式主义典型问题: faults named)
                   r"|(?:相对)?较差的|最差的|排名(?:靠后|垫底|末位)|倒数(?:第|前)")  # (空气质量相对较差的20个城市依次是: the bottom of a ranking)
# A title about those named for failing (黑名单, 失信, 欠薪, 通报批评), and one that also honours some
# (种子违法典型案件, 药品网络销售违法违规典型案例: wrongdoing and its penalties, its 典型案例 no praise)
# (…超标排放处罚典型案例, 曝光典型案件: wrongdoing a bureau punished, not what it did well)
WRONGDOING_CASES = re.compile(r"(?:违法(?:违规)?(?:犯罪)?|处罚|曝光)[\u4e00-\u9fff]{0,2}(?:典型)?(?:案件|案例)")
BLAMED_TITLE = re.compile(r"黑名单|黑榜|失信(?:被执行人|企业|主体|名单|联合惩戒)|欠薪|拖欠[\u4e00-\u9fff]{0,4}工资|通报批评|点名批评|曝光台|"
                          + WRONGDOING_CASES.pattern)
HONOURED_TITLE = re.compile(r"红名单|红黑榜|表扬|表彰|优秀|先进|典型案例|示范|守信")
# 3个部门注销了微博账号，分别是“甲”“乙”: the accounts a sentence says were closed
CLOSED = re.compile(r"(?:注销|关停|关闭)了?[\u4e00-\u9fff]{0,4}(?:账号|微博|微信|网站)")


COUNT_NOTE = re.compile(r"[（(]\d+\s*(?:家|个|所|项|名|人|座)[）)]$")
# (最佳志愿服务组织4个、最美志愿者4名: each kind and how many of it, printed without brackets too)
COUNT_NOTE_AFTER = re.compile(r"\s*[（(]\d+\s*(?:家|个|所|项|名|人|座)[）)]|\d{1,3}\s*(?:家|个|所|项|名|人|座)(?=[、，,。；;和及与]|$)")
REPORT_SECTION = re.compile(r"^(?:存在的?(?:主要)?问题|主要问题|问题(?:与|和)不足|不足之处|下一步(?:工作)?(?:打算|计划|安排)?|工作建议"
                            r"|几点启示|经验启示|启示与建议|意见建议|基本情况|总体情况|工作背景|主要做法|工作成效|取得成效"
                            # (1) 冰雪成了热词 (2) 数据有所回落 (3) 综合排名: a ranking report's own sections
                            r"|(?:综合|总体|整体)(?:排名|排行)|数据(?:概况|分析|概览)|榜单(?:解读|说明|分析))$")


# “上海发布”“北京发布”等账号的综合实力位居全国前列: quoted names a sentence places among the best
AMONG_THE_BEST = re.compile(r"[”」]\s*等[^，。；]{0,12}?(?:位居|位列|排在|居)[^，。；]{0,6}前列|[”」]\s*等[^，。；]{0,12}?名列前茅")
JOINED = re.compile(r"入驻|加入|开通|新增|参会|出席|参加|报名|签约")

# a case written up under a title and subtitle, in 《》 (a document's title ends otherwise: DOCUMENT_END)
WRITTEN_UP = re.compile(r"《[^《》]{2,40}(?:——|－－)[^《》]{2,40}》")


# a designated natural or historic site (…自然保护区, …国际重要湿地, …国家湿地公园, …遗址公园): what a register
# lists, when its place begins it (江西鄱阳湖自然保护区)
PROTECTED_END = re.compile(r"(?:自然保护区|保护区|湿地|湿地公园|国家公园|森林公园|地质公园|遗址公园|风景名胜区|栖息地)$")


# a national designation in the name itself (三江源国家公园, 驼梁国家级自然保护区): chosen, wherever it lies
NATIONAL_SITE_END = re.compile(r"国家(?:级)?(?:公园|自然保护区|湿地公园|地质公园|考古遗址公园|风景名胜区|水利风景区|沙漠公园|海洋公园)$")
# a fair or exhibition by its name (中国国际农业机械展览会, 中国（菏泽）农资交易会): what a list of supported shows names
FAIR_END = re.compile(r"(?:博览会|展览会|交易会|洽谈会|展销会|博览交易会)(?:[（(][^（）()]{1,8}[）)])?$")


def looks_like_case(name: str) -> bool:
    name = name.strip()
    if not 2 <= len(name) <= NAME_MAX + 15 or name.count("“") != name.count("”"):
        return False  # (新一轮广州市“最具: a name cut inside its quotation is a fragment)
    if looks_like_person(name) or DOCUMENT_END.search(name) or LIST_LIKE.match(name) or name.startswith("年度"):
        return False  # (年度最具影响力政务网站: an award's title, never a case)
    quoted = bool(PRODUCT_QUOTES.search(name))
    if MEASURE_START.match(name) and not quoted:
        return False
    if quoted or re.match(r"^[@＠]\S{2,}", name):  # a quoted product, or a social media account
        return True
    if WRITTEN_UP.fullmatch(name):  # 《天鹅归来——汉寿县…的生态答卷》: a case entered under its title
        return True
    if len(name) >= 8 and LEGAL_CASE_END.search(name):  # 某市司法局对…大额顶格罚款执法监督案: a case at law, by its title
        return True
    if is_central(name) or ends_as_org(name):
        return True
    if classify_channel(name) != "other" or PRODUCT.search(name) or ZONE_END.search(name) or (
            PROTECTED_END.search(name) and (place_prefix(name) or locate(name).province)) or FAIR_END.search(name) \
            or NATIONAL_SITE_END.search(name):
        return True  # (…数字孪生城, …产业示范区, …小镇: a zone, park or base chosen as a pilot is a case)
    region = region_prefix(name)
    if region and len(name) - len(region) >= 2:
        return True
    if "·" in name.strip("·"):
        # 装备制造（工程机械）·长沙经济技术开发区, 食品·山东荣成: a field and the place or zone it is based in
        where = name.rsplit("·", 1)[1].strip()
        found = locate(where)
        if looks_like_case(where) or (found.province and found.matched and where.endswith(found.matched) and len(where) <= 8):
            return True
    located = locate(name)
    if located.province and located.matched and name.startswith(located.matched) and TEAM_END.fullmatch(name[len(located.matched):]):
        return True  # 江苏队, 天津代表队: a place's team in a contest
    return bool(located.province) and bool(located.matched) and name.startswith(located.matched) and len(name) - len(located.matched) >= 2


TEAM_END = re.compile(r"(?:省|市|区|县)?(?:代表队|参赛队|战队|队)")


SELECTION_DENIED = re.compile(r"(?:不是|并非|并不是|不属于)任何(?:官方的?)?(?:评选|评比|评奖|表彰|荣誉)|(?:不是|并非|并不是)(?:评选|评比|评奖|表彰)(?:结果|名单)"
                             r"|(?:与|和|跟)(?:任何)?(?:评选|评比|评奖|表彰)(?:无关|没有关系)"
                             r"|不构成(?:任何)?(?:评选|评比|评奖|表彰|排名认定|荣誉认定)"  # (统计数据整理，不构成任何评比)
                             # (位次按快递业务量排列，是统计结果，不是评比: a statistic's order, says the page)
                             r"|统计(?:结果|数据|数字)[，,]?(?:不是|并非|而非|并不是)(?:评选|评比|评奖|表彰)")


def chosen_by_label(run: Run, bare: list[str]) -> bool:
    """一、…试点单位（部分） / 甲档案馆、乙集团: two or more places or bodies on a line under a label
    that says they were chosen (试点, 示范, 入选 …): a list even of two."""
    return (run.shape == "line of names" and len(bare) >= 2 or run.shape == "lines" and len(bare) >= 3) and all(
        (label := (item.category or item.shared_label or "")) and CHOSEN_PLACES_LABEL.search(label) for item in run.items) and all(
        is_region_name(name.strip()) or is_full_region(name.strip()) or ends_as_org(name.strip())
        # (盘州市复杂煤层煤机装备制造产业集群: a thing the label chose, named after its place)
        or (bool(region_prefix(name.strip())) and 6 <= len(name.strip()) <= NAME_MAX and not re.search(r"[，,。；;：:]", name))
        for name in bare)


EMPTY_MARKS = re.compile(r"【】|（）|\(\)|“”|《》|「」|\[\]")


KIND_AWARD = re.compile(r"(?:最佳|十佳|十大|优秀|精品|示范|最美)[\u4e00-\u9fff]{0,4}(?:景区|线路|赛事|项目|活动|节庆|基地|品牌|产品|作品|节目|栏目|步道|营地)$")
REFERENCE_SECTION = re.compile(r"(?:参考资料|参考文献|参考来源|资料来源|注释|脚注|外部链接|相关条目|延伸阅读|引用)(?:\s*\[编辑\])?$")
REAL_TIME = re.compile(r"实时|整点|即时")
READING_COLUMN = re.compile(r"\|\s*(?:AQI|PM2\.5|PM10|空气质量指数|气温|温度|水位|雨量|降水量|风力)\s*(?:[（(][^（）()|]*[）)])?\s*\|")
MEDAL_COLUMNS = re.compile(r"\|\s*金牌?\s*\|\s*银牌?\s*\|")
OWN_COUNTED = re.compile(r"(?:我|本)(?:省|市|区|县|州|旗)(?:共有?)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:地|个|家|所|项|县|区|市|镇|村)")
TIME_STAMP = re.compile(r"[\d\s\-/.:：年月日时分秒]+")


def score_run(run: Run, names: list[str], context: str, near: str, bare: list[str] | None = None,
              announce: str = "", sibling: bool = False) -> float:
    """The share of case-like items, or 0 when the run cannot be a case list.

    ``names`` are the items with their agency (when given apart), ``bare`` without; ``context`` is
    the text above the run and the title; ``near`` the run's own line and the one above it: names
    inside prose count only when that sentence itself speaks of a list. ``sibling``: the run is
    one section of a list whose other section the page already gave (一、省级层面 beside 二、设区市层面)."""
    bare = bare or names
    if any(OWN_COUNTED.match(name.strip()) for name in bare):
        return 0.0  # 我市两地入选…试点、示范县: the page's own places, counted, not named (the list below names them)
    if all(TIME_STAMP.fullmatch(name.strip()) for name in bare):
        return 0.0  # 2024-07-02 09:30 来源：综合处 (read as label：value): a date and a time name nothing
    if run.shape.startswith("table") and MEDAL_COLUMNS.search(near):
        return 0.0  # | 名次 | 代表队 | 金牌 | 银牌 | 铜牌 |: a contest's medal table ranks teams, it recognises no case
    if any(EMPTY_MARKS.search(name) for name in bare):
        return 0.0  # 【】内为所入选的主题: a note on the page's marks, no name (a name holds no empty brackets)
    page_title = context.rsplit("\n", 1)[-1]  # (the context ends with the page's title)
    if run.shape.startswith("table") and REAL_TIME.search(near + "\n" + page_title) and READING_COLUMN.search(near):
        return 0.0  # 空气质量最佳城市（实时） over | 排名 | 城市 | AQI |: the hour's readings, sorted, recognise nothing
    # 我省共有10个市进入名单 over 一、参与创建城市 / 成都、攀枝花…: the page counts the places the line names
    counted_places = run.shape == "line of names" and len(bare) >= 3 and all(
        is_region_name(name.strip()) or is_full_region(name.strip()) for name in bare) and (
        _title_counts(page_title) == len(bare) or any(_paragraph_counts(ln) == len(bare) for ln in context.split("\n")[-8:-1]))
    section = next((ln for ln in reversed(context.split("\n")[:-1]) if SECTION_HEAD.match(ln.strip())), "")
    if PROBLEM_SECTION.search(section):
        return 0.0  # 二、存在的主要问题 / 1. “甲”网：多个栏目为空白: what an inspection found wrong, not what it praised

    if BLAMED_TITLE.search(page_title) and not HONOURED_TITLE.search(WRONGDOING_CASES.sub("", page_title)):
        return 0.0  # 欠薪“黑名单”…5家单位上榜: a page about those named for failing lists no recognition
    label_above = near.split("\n")[0].strip().rstrip("：:").strip("【】[]") if "\n" in near else ""  # (【参与方式】)
    labels_above = [label_above] + [ln.strip().rstrip("：:").strip("【】[]") for ln in near.split("\n")[1:-1]]
    # (a table's column of fields says what each row is about: | 光明乳业 | 大数据优化生产流程 |)
    if any(STEP_LABEL.search(item.category or "") for item in run.items if not run.shape.startswith("table")) or any(
            len(x) <= 20 and STEP_LABEL.search(x) for x in labels_above):
        return 0.0  # 二、评选环节 / 网络投稿、网络投票、专家评审: the steps of a process, not cases
    if NOT_A_SELECTION.search(re.sub(r"[“「《][^“”「」《》]*[”」》]", "", near)):
        return 0.0  # 下表只是就医参考，不是任何评选或排名: the page says itself that it lists no recognition
    if run.shape in ("numbered", "bulleted", "lines", "praised prose"):
        # (the announcing line, or the label it became when it ends with a colon)
        intros = [near.split("\n")[0] if "\n" in near else ""] + [f"{c}：" for c in {item.category for item in run.items} if c]
        if any(KINDS_ANNOUNCED.search(x) or STEPS_ANNOUNCED.search(x) for x in intros):
            return 0.0  # 评选一共有三个榜单： / 投票方式有三种：: the lists or awards a contest has, or the ways to take part
        # (the words right before what is announced: 示范县 earlier in the sentence is whom it is for)
        if any((m := TASKS_ANNOUNCED.search(x)) and not NEAR_LIST_WORDS.search(x[max(0, m.start() - 8):]) for x in intros):
            return 0.0  # 其中部分重点任务：: the tasks a plan sets, not cases
        # (its own clause, its notes in brackets aside: 获表扬的账号及其主办单位如下（…）： says a list)
        plain_intro = re.sub(r"[（(][^（）()]*[）)]", "", intros[0]).rstrip()
        last_clause = re.split(r"[。！？；，,]", plain_intro)[-1]
        if plain_intro and (_role_before(plain_intro) or PANEL_INTRO.search(plain_intro)) and not LIST_WORDS.search(last_clause):
            return 0.0  # 峰会由以下三方共同主办： / 评审团由以下单位的专家组成：: who ran or judged it, not what it chose
        if sum(bool(PROCESS_STEP.match(name.strip())) for name in bare) >= 0.5 * len(bare):
            return 0.0  # 1. 网络投票：… 2. 专家评审：…: how a contest is judged, not what it chose
    if sum(bool(EVENT_PART.search(name.strip())) for name in bare) >= 0.5 * len(bare):
        return 0.0  # “数字政府”分论坛 / …专场: the parts of an event, not cases
    if run.shape == "award sentence" and any(QUALITY_CLAUSE.search(name.strip()) for name in bare):
        return 0.0  # 传播范围最广、社会反响最好的才能进入榜单: the qualities that win a place, no winner
    if run.shape == "award sentence":  # one body or product (or a few joined by 、) named with the honour it won
        def strong(subject: str) -> bool:
            owner = SITE_TAIL.sub("", subject)  # (东侨经济技术开发区管理委员会门户网站: a body's own site)
            return bool(ends_as_org(subject) or PRODUCT_QUOTES.search(subject) or is_place(subject) or (
                owner != subject and len(owner) >= 4 and ends_as_org(owner)) or (
                (classify_channel(subject) != "other" or PRODUCT.search(subject))  # (…公安厅新媒体矩阵)
                and (region_prefix(subject) or starts_with_region(subject)))) and not looks_like_person(subject)
        if any(name.count("“") != name.count("”") for name in bare):
            return 0.0  # 条目格式为“上榜项目——所属法院”: a subject cut inside its quotation is no name
        if any(re.match(r"^(?:会上|会议上|大会上|仪式上|随后)?[对向](?=[\u4e00-\u9fff“「])", name.strip()) for name in bare):
            return 0.0  # 会上对民政部“孺子牛奖”获得者…进行了表彰: a phrase led by 对 is whom it honours, no name
        if any(COLUMN_GUIDE.search(name) for name in bare):
            return 0.0  # 下表每行依次为省份、个数和该省获得称号的市: a guide to a table's columns, no names
        if len(bare) == 1:
            return 1.0 if strong(bare[0].strip()) else 0.0
        # (乌中公厕、康晖里党群服务站、徐汇滨江党群服务中心获评…: most of them plainly things or bodies)
        # (长桥街道社区食堂、永嘉路口袋公园: names of places built or run, none a person or a field)
        return 1.0 if not any(looks_like_person(name.strip()) for name in bare) and (
            sum(strong(name.strip()) for name in bare) >= 0.5 * len(bare)
            or all(len(name.strip()) >= 4 and looks_like_name(name.strip()) and "了" not in name
                   for name in bare)) else 0.0  # (小编整理了新疆、贵州两地的部分入选单位: a clause, not names)
    if any(EDITION.match(name.strip().lstrip("-•·●▪ ")) for name in bare) and sum(
            bool(EDITION.match(name.strip().lstrip("-•·●▪ "))) for name in bare) >= 0.5 * len(bare):
        return 0.0  # 首届辽宁省十大优秀公安政务微博: the awards of a contest (its editions), not who won them
    if len(bare) >= 2 and sum(bool(CONTEST_NAME.search(LABEL_NOTE.sub("", name.strip()))) for name in bare) >= 0.5 * len(bare):
        return 0.0  # 第十七届（2018）中国政府网站绩效评估 / 2019年…评估（清华大学）: the contests themselves, not what they chose
    if run.shape == "award lines" and sum(bool(COUNT_LED.match(name.strip())) for name in bare) >= 0.5 * len(bare):
        return 0.0  # 银奖：2名，为项目排名第2—3名: how many each award goes to, before anyone won it
    if run.shape == "award lines":  # each line an award's title and what won it
        # (a title naming a channel, 十大政务机构微博, makes its winner an account whatever its name)
        # (a work in 《》 — 优秀微视频奖：《谢谢你 守护我》 — or a place — 城市大奖：武汉市 — won it too)
        return 1.0 if sum(looks_like_case(n) or bool(PRODUCT_QUOTES.search(n)) or bool(re.fullmatch(r"《[^《》]{1,40}》", n.strip()))
                          or is_full_region(n) or is_region_name(n.strip()) or bool(PLACE_CHAIN.match(n.strip()))  # (榜首：石湾村)
                          or classify_channel(item.category or "") != "other"
                          or bool(re.search(r"账号|新媒体|政务号|公众号|抖音号|头条号", item.category or ""))
                          # (全国最佳赛事 / 环大九湖自行车赛: the award's title names the kind of thing that won it)
                          or (bool(KIND_AWARD.search(item.category or "")) and 3 <= len(n.strip()) <= 20
                              and not re.search(r"[，,。；;：:、]", n) and not looks_like_person(n))
                          for n, item in zip(names, run.items)) >= 0.6 * len(names) else 0.0
    if run.shape == "praised lines":  # lines each opening with the places a notice praises, after 如下：
        return 1.0 if LIST_WORDS.search(context) and all(2 <= len(name.strip()) <= 20 for name in bare) else 0.0
    if run.shape == "praised prose":  # quoted sites and accounts a report's good-practice section names
        return 1.0 if len(names) >= 2 and all(looks_like_case(n) for n in names) else 0.0
    if run.shape == "record":  # one case given as fields (获奖网站 / 所获奖项): on a page about an award
        return 1.0 if LIST_WORDS.search(context) and not looks_like_person(bare[0]) else 0.0
    if run.shape == "mentions":  # an account named with @ is an account, whatever its name
        names = ["@" + name for name in names]
    n = len(names)
    own = near.split("\n")[-1] if run.shape in ("inline", "quoted", "mentions", "line of names") else near
    if BLAME.search(own) or (run.shape in ("inline", "quoted") and CLOSED.search(own[: run.items[0].start])):
        return 0.0  # 休眠账号黑榜…“甲”“乙”等10个账号被点名: named for failing, not honoured
    if run.shape in ("bulleted", "numbered", "lines", "line of names") and "\n" in near and KINDS_HANDED.search(near.split("\n")[0].strip()):
        return 0.0  # 覆盖场景： / 智慧出行服务 / 智慧港航: the kinds of case a selection covered, none of its cases
    if all(TAG_LABEL.match((item.category or item.shared_label or "").strip()) for item in run.items):
        return 0.0  # 标签： / 产业转型 / 老工业城市: the page's tags, words to file it under
    if all(SEE_ALSO.fullmatch((item.category or item.shared_label or "").strip("【】[] ：:")) for item in run.items):
        return 0.0  # 参见 / - 老年友好型社会 / - 全国敬老模范城市: an encyclopedia's links to other entries
    if run.shape in ("inline", "quoted", "line of names") and ORGANISERS_BEFORE.search(own[: run.items[0].start]):
        return 0.0  # 主办方包括全国老龄委办公室、民政部、教育部…: who ran the selection, not what it chose
    # (按分数划为优秀、良好、一般、不合格四个等次: the grades a notice names are no finding of failure)
    judged = near
    if run.shape in ("inline", "quoted") and run.items[-1].line == run.first_line:
        # (长沙市、衡阳市…的合格率为100%。与此同时，衡南县…仍未整改: the sentence after the names speaks of
        # another, not of them)
        last_line = near.split("\n")[-1]
        cut = min((k for k in (last_line.find(ch, run.items[-1].end) for ch in "。！？") if k >= 0), default=len(last_line))
        judged = near[: len(near) - len(last_line)] + last_line[: cut + 1]
    if run.shape == "inline" and GRANTED_HONOUR.search(own):
        judged = own  # (授予甲、乙…“…优胜单位”称号: a sentence that gives an honour speaks for itself, whatever the
        # paragraph before says of the assessment's 整改)
    if FAULT.search(FAULT_COUNT.sub("", GRADE_SCALE.sub("", re.sub(r"[“「《][^“”「」《》]*[”」》]", "", judged)))) or any(
            FAULT.search(item.category or "") for item in run.items):
        return 0.0  # （一）内容更新不及时（2个） / 本次检查发现的长期未更新账号: an inspection's failures, not a recognition
        # (quoted names aside: “七张问题清单” is an application's name)
    if run.shape in ("inline", "line of names") and any(
            ("，" in name or "," in name) and (k := first_outside_quotes(name, "，,")) >= 0 and CLAUSE_GOES_ON.match(name, k + 1)
            for name in bare):
        return 0.0  # 北京市城管执法局的项目，以及来自香港、台湾…: a clause cut at 、, no names
    if run.shape in ("inline", "quoted") and run.items[-1].line == run.first_line and NOT_CHOSEN.match(own, run.items[-1].end):
        return 0.0  # 海南、云南、青海和甘肃4个省份当时还没有…: named for what they have not won
    if run.shape == "inline" and SCOPE_BEFORE.search(own[: run.items[0].start]):
        return 0.0  # 对象包括西藏、四川…等12个省区市的新闻网站: what was assessed, not what won
    if run.shape == "quoted" and all(METRIC_NAME.fullmatch(name.strip()) for name in bare):
        return 0.0  # 改以“活跃指数”“互动指数”“传播指数”三项呈现: the measures of a ranking, not what it ranks
    if run.shape == "quoted" and sum(bool(HONOUR_TITLE.fullmatch(name.strip())) for name in bare) >= 0.75 * len(bare):
        return 0.0  # “民心汇聚单位”“实干担当单位”…: the honours a list gives, each a title, not who holds them
    if run.shape in ("quoted", "inline") and KINDS_AFTER.match(own[run.items[-1].end:]):
        return 0.0  # 共评出“甲单位”“乙单位”和“丙单位”三类: the kinds of a list, counted as kinds
    if run.shape == "inline" and AWARDS_SET_UP.search(own[: run.items[0].start]):
        return 0.0  # 另外还设了8个单项奖，分别是最勤奋微博、…: the awards a contest set up, not who won them
    if run.shape in ("inline", "line of names") and _role_before(own[: run.items[0].start]):
        return 0.0  # 由以下四家单位联合主办：… / 调研组走访了五个部门：…: who ran it or was visited, not what was chosen
    if run.shape in ("inline", "line of names") and run.items[-1].line == run.first_line and (
            ROLE_AFTER.match(own, run.items[-1].end) or re.search(r"(?:联合|共同)(?:主办|承办|协办|举办|发起)$", bare[-1].strip())):
        return 0.0  # 由市委网信办、市公安局…和市通信管理局联合主办: who ran the event, named before their role
    if run.shape == "inline" and re.match(r"^[^、，,]{0,6}?(?:由|经(?![济营开理典验贸信侦纬]))(?=[\u4e00-\u9fff]{2})", bare[0].strip()):
        return 0.0  # 由中央农办、农业农村部…5个部门共同审核: who ran the process, not what it chose
    if run.shape in ("inline", "line of names") and sum(bool(COUNT_NOTE.search(name)) or (
            item.line == run.first_line and bool(COUNT_NOTE_AFTER.match(own, item.end)))  # (the note already cut off the name)
            for name, item in zip(names, run.items)) >= 0.6 * n:
        return 0.0  # 北京（35家）、上海（25家）和广州（14家）: how many each place holds, not what was chosen
    if any(REPORT_SECTION.match(name.strip()) for name in bare):
        return 0.0  # 一、省直部门网站 … 三、存在的问题: the sections of a report, not its cases
    if n < 2 and not (run.shape == "inline" and run.asserted and run.trigger):
        return 0.0  # (获表彰的先进集体有：甲等3个单位 names one for all)
    if run.shape == "heading-paragraph" and sum(bool(LIST_TITLE.search(LABEL_NOTE.sub("", name.strip()))) and not item.agency
                                                for name, item in zip(bare, run.items)) >= 0.5 * n:
        # 【第三届…创新案例】 / 【…项目金奖】 over paragraphs: the names of lists, each over its own
        # (…解纷工作法 over the line naming its unit is a case the list chose, not the list)
        return 0.0
    if sum(bool(STAT_FIGURE.search(name)) for name in bare) >= 0.5 * n:
        return 0.0  # 省级英文网站最高分86.10分: statements of figures, not names
    if sum(bool(FIGURE_NAME.match(name.strip())) for name in bare) >= 0.3 * n:
        return 0.0  # 每天排查：175万余户、478万余人: counts, not names
    if n >= 3 and sum(bool(DOCUMENT_ISSUED.match(name.strip())) for name in bare) >= 0.75 * n:
        return 0.0  # 广东出台《…总体规划》 / 浙江印发《…方案》: the documents each place issued, not cases
        # (one among the practices of a typical-case list, 江苏印发《…意见》, is that list's case)
    if sum(bool(POSTED_AGO.search(name.strip())) for name in bare) >= 0.5 * n:
        return 0.0  # 福州获评…1小时前 / …2小时前: a channel's feed of headlines, each with when it was posted
    if sum(bool(DATE_NAME.match(name.strip())) for name in bare) >= 0.5 * n:
        return 0.0  # 1. 2016年11月7日：网络投票开启 2. 11月15日至18日：…: a timeline's dates, not names
    if run.shape == "lines" and any(BROKEN_SENTENCE.match(name.strip()) for name in bare):
        return 0.0  # 近日 / 福建省民政厅 / 联合公布: a sentence broken into short lines, not a list
    if sum(bool(ORGANISER_ROLE.search(item.category or "")) for item in run.items) >= 0.5 * n:
        return 0.0  # 主办：甲、乙 / 承办：丙: who runs the event, not what it honours
    if sum(bool(SITE_CHROME.match(name.strip())) for name in bare) >= 0.3 * n:
        return 0.0  # 设为首页 / 收藏本站 / 注册 / 登录: a site's menu, not a list
    if sum(name.strip()[:1] in COUNT_START and bool(COUNT_LED.match(name.strip())) for name in bare) >= 0.5 * n:
        return 0.0  # 64家部委网站、32家省级网站: how many of each were assessed, not who won
    chosen_under_label = chosen_by_label(run, bare)
    # 1.四川省构建…机制 / its story / 2.安徽省芜湖市设立… / its story, under a page about a list: two
    # numbered practices of places, each told, are two of its cases
    told = run.shape == "numbered" and n == 2 and all(item.desc for item in run.items) and all(
        starts_with_region(name.strip()) and len(name.strip()) >= 8 for name in bare) and bool(LIST_WORDS.search(context))
    if n < 3 and not (run.trigger or len({i.category for i in run.items}) > 1 or run.shape.startswith("table") or chosen_under_label
                      or told):
        return 0.0
    among = run.shape == "quoted" and bool(AMONG_THE_BEST.search(near.split("\n")[-1]))
    practices = attributed_practices(run, names, bare, near, context)
    # (阳江排第1，深圳第2，江门第5: a sentence that gives each name its place is a ranking itself)
    placed = run.shape == "inline" and run.asserted and n >= 3 and all(item.rank for item in run.items)
    # (表中数字…不作横向排名: a ranking the page denies is no word of a list)
    # (a sentence naming places inside it speaks for itself: 甲、乙…的检查合格率均达到100%)
    said = own if run.shape == "inline" else ""
    graded = run.shape == "table" and n >= 3 and any(_graded_header(line) for line in near.split("\n")) and all(
        is_region_name(name.strip()) or is_full_region(name.strip()) or is_place(name.strip()) or ends_as_org(name.strip())
        or bool(ZONE_NAME.search(name.strip())) for name in bare)
    if graded:
        return 0.8  # | 排名 | 地市 | 成绩 | / | 评分 | 受理单位 |: places or bodies with the scores an assessment gave them
    if run.shape.startswith("table") and any(_figures_header(line) for line in near.split("\n")):
        return 0.0  # | 序号 | 单位 | 派遣案件总数 | 结案率 | …: how much each handled, a statistic, no recognition
    if run.shape.startswith("table") and any(line.startswith("|") and DIRECTORY_HEADER.search(line) for line in near.split("\n")) \
            and not SELECTED.search(context):
        return 0.0  # | 医院名称 | 等级 | 地址 | 床位 |, on a page that says nothing was chosen: a directory, where to go
    # 一、陆港型国家物流枢纽（46个） over a line of 46 places: a label counting exactly the names under it
    label_count = LABEL_COUNTED.search(near.split("\n")[0].strip()) if "\n" in near else None
    counted_under = bool(label_count) and n >= 5 and count_value(label_count.group("count")) == n and run.shape in (
        "line of names", "lines", "bulleted", "numbered") and all(
        is_region_name(re.sub(r"[（(][^（）()]*[）)]$", "", name.strip())) or is_full_region(name.strip()) or is_place(name.strip())
        or ends_as_org(name.strip()) for name in bare)
    # 37个港口型国家物流枢纽承载城市 over 37 places: the title counts every place the page names (bodies counted so
    # may be those set up or complained of: not enough)
    titled_all = n >= 5 and not INSPECTED.search(page_title) and _title_counts_exactly(page_title, n) and sum(
        is_region_name(name.strip()) or is_full_region(name.strip()) or is_place(name.strip()) for name in bare) >= 0.9 * n
    if not LIST_WORDS.search(NEGATED_LIST_WORD.sub("", context + "\n" + said)) and not (run.shape == "table" and run.trigger) and not among and not practices \
            and not sibling and not placed and not counted_under and not titled_all:
        return 0.0  # (a table whose header names its cases and their bodies says so itself)
    if run.shape == "inline" and run.trigger and PILOT_PLACED.search(own[: run.items[0].start]) and all(
            2 <= len(name.strip()) <= 30 and not re.search(r"[，,。；;]", name) for name in bare):
        return 0.8  # 试点分别落在唐山港、青岛港…和北部湾港: the sentence placed the pilot in each name it gives
    if run.shape in ("numbered", "bulleted", "lines") and n >= 3 and "\n" in near and (
            counted := COUNTED_INTRO.search(near.split("\n")[-2])) and count_value(counted.group("n")) == n and all(
            is_region_name(name.strip()) or is_full_region(name.strip()) or ends_as_org(name.strip()) for name in bare):
        return 0.8  # 水平最高的是六座城市： over six numbered cities: the sentence counts them, then gives each
    if chosen_under_label:
        return 0.8  # 第一篇 试点省（市） / 天津、河北、山西…: places (or bodies) under a label that says they were chosen
    if run.shape in ("numbered", "bulleted", "lines") and n >= 3 and label_above and len(label_above) <= LABEL_MAX and (
            CHOSEN_PLACES_LABEL.search(label_above)) and all(
            is_region_name(name.strip()) or is_full_region(name.strip()) for name in bare):
        return 0.8  # 试点省（市） / ①天津 ②河北 ③辽宁: numbered places right under a label of choosing
    if run.shape in ("inline", "quoted", "line of names", "mentions") and not NEAR_LIST_WORDS.search(near + announce) and not (
            among) and not (
            # (1) 全国文明城市 / 厦门市、青岛市… beside an accepted (4): a section of the same list, places or bodies
            sibling and run.shape == "line of names" and all(
                is_region_name(name.strip()) or is_full_region(name.strip()) or is_place(name.strip())
                or ends_as_org(name.strip()) for name in bare)) and not (
            run.shape in ("line of names", "mentions") and any(item.category for item in run.items)) and not (
            # 【聚焦产业倍增战略】 over 甲公司、乙公司、丙公司: bodies under a label of their own
            run.shape == "line of names" and any(item.shared_label for item in run.items)
            and (all(ends_as_org(name.strip()) for name in bare)
                 # 一、最佳实践城市 over 银川、杭州、深圳、西安: an award's title over its winners
                 or all(AWARD_TITLE.search(item.shared_label or "") for item in run.items)
                 # （一）第一批实验区 / 较大的市 over 河北省河间市… / 厦门市、广州市…, on a page about a
                 # list: places written out under a label of their own
                 # (one in five may be a zone of its own: …、信阳市、郑州航空港经济综合实验区)
                 or all(is_full_region(name.strip()) or ZONE_NAME.search(name.strip()) for name in bare))
            and not any(ROLE_LABEL.search(item.shared_label or "") and not AWARD_TITLE.search(item.shared_label or "")
                        for item in run.items)) and not (
            run.shape == "line of names" and SECTION_LABEL.match(near.split("\n")[0])) and not (
            # 2019年：甲、乙、丙 under a page about a list: the names of one year's batch
            run.shape == "line of names" and all(BATCH_LABEL.match((item.category or item.shared_label or "").strip())
                                                 for item in run.items)) and not (
            # 微信传播力指数TOP5依次是： over the names: the sentence hands over a ranking's top
            run.shape == "line of names" and "\n" in near and bool(RANKED_HANDOVER.search(near.split("\n")[0]))) and not (
            # 以下25个城市营商环境便利度高…： over exactly 25 names: what the sentence says, it says of each
            run.shape == "line of names" and n >= 3 and "\n" in near
            and _handed_count(near.split("\n")[-2], bool(LIST_WORDS.search(context))) == n) and not (
            run.shape in ("inline", "quoted") and run.counted) and not (  # (共有四家，分别是“甲”“乙”“丙”“丁”)
            counted_places or counted_under) and not (  # (我省共有10个市进入名单 over a line of ten places)
            # 首批试点放在“北京”“上海”…“深圳”这六座城市: the sentence chose them and counts every one
            run.shape in ("inline", "quoted") and n >= 3 and run.items[-1].line == run.first_line
            # (同意在甲、乙…等12个城市设立…综合试验区: a reply grants what it counts)
            and _counted_after(own, run.items[-1].end) == n and bool(SELECTED.search(own) or re.search(r"试点|示范|试验区|同意在|批准在", own))) and not (
            run.shape == "inline" and run.trigger and COUNTED_CASES.search(own)) and not (  # (共7项，分别是…: counted, then given in full)
            # 这次试点落在甲、乙和丙等32个地方: the sentence placed the pilot in the names it gives
            run.shape == "inline" and run.trigger and bool(PILOT_PLACED.search(own[: run.items[0].start]))) and not (
            # 已把甲、乙和丙确定为第一批…先导区: the decision that chose them, right after the names
            run.shape == "inline" and run.trigger and bool(CHOSEN_AS.match(own, run.items[-1].end))) and not (
            # 确定甲、乙、丙3个县市为第一批…试点县: the decision before the names, what they became after the count
            run.shape == "inline" and run.trigger and bool(CHOOSES.search(own[: run.items[0].start]))
            and bool(COUNTED_AS.match(own, run.items[-1].end))) and not (
            # 按总分比较，靠前的依次是甲、乙、丙: the sentence ranks the names it gives
            run.shape == "inline" and run.trigger and RANKED_LEAD.search(own[: run.items[0].start])) and not (
            # 武汉排第12名，合肥第16名，郑州第17名: each name with its place on the ranking
            run.shape == "inline" and run.asserted and n >= 3 and all(item.rank for item in run.items)):
        return 0.0  # (共19个项目，包括甲、乙等: how many cases, then some of them)
    # (以下列出部分入选节目： over 《甲》 / 《乙》: the line handing the run over says the works were chosen)
    # (or the page's title: 78部作品入选…优秀网络视听作品 over 通知摘要点名的作品有：)
    works_chosen = "\n" in near and bool(WORKS_CHOSEN.search(near.split("\n")[0]) or (
        near.split("\n")[0].rstrip().endswith(("：", ":")) and WORKS_CHOSEN.search(context.rsplit("\n", 1)[-1])))
    # A name that is only a region written in full (江苏省苏州市, 深圳市福田区) is how rankings of
    # cities and counties name their entries; it counts in a structured run or after 分别是.
    regions_count = run.shape not in ("quoted", "line of names") and (run.shape != "inline" or run.trigger) or (
        run.shape == "line of names" and all(item.category or item.shared_label for item in run.items))  # (一、强化党组织领导… / 宁夏回族自治区、山西省晋中市…)
    case_like = sum(looks_like_case(name) or (regions_count and (is_full_region(name) or informal_region(name.strip())
                                                                  or bool(PLACE_CHAIN.match(name.strip()))
                                                                  # (北京东城, 江苏张家港: a province's and a place's short names)
                                                                  or (len(name.strip()) >= 4 and place_prefix(name.strip()) == name.strip())
                                                                  or (run.shape != "inline" and bool(TOWN_NAME.fullmatch(name.strip())))))  # (尧禾镇 beside 县人社局)
                    # (【一等奖】 / 《心声》: a work in 《》 under an award's label won it)
                    or (run.shape in ("lines", "bulleted", "numbered") and bool(re.fullmatch(r"《[^《》]{1,60}》", name.strip()))
                        and (bool(AWARD_TITLE.search(item.category or "")) or (works_chosen and not DOCUMENT_WORK.search(name.strip()))))
                    for item, name in zip(run.items, names)) / n  # (厦门集美区: a district after its city's short name; 麻涌镇麻三村: a village of a town)
    if run.shape.startswith("table") and n >= 3 and all(item.agency for item in run.items) and _shared_kind(bare, ends_as_org):
        case_like = max(case_like, 0.8)  # (| 吕涛技能大师工作室 | 太钢 |: names all of one kind, each beside its body)
    # people with their posts, or bare personal names (a ranking of poets, a list of winners)
    def personal(name: str) -> bool:
        return looks_like_person(name) or (len(name.strip()) <= 3 and is_name(name.strip()) and not is_region_name(name.strip())
                                            and not name.strip().endswith(("村", "镇", "乡", "河", "湖", "溪", "渠", "库", "塘")))  # (秋浦河: a river)

    # (市直：覃蒙坚、李楠、麦静…: a line of people under their unit, taken whole, is people too)
    people = sum(personal(name) or (name.count("、") >= 2 and all(personal(part) for part in name.split("、") if part.strip()))
                 for name in bare) / n
    # words about people right above the run (先进个人名单：) make a list of people; a paragraph
    # further up that speaks of individual awards besides collective ones (集体奖24个、个人奖31名)
    # does not, when the line introducing the run speaks of collectives
    above = [ln for ln in context.split("\n")[:-2] if ln.strip()][-2:]  # (context ends: prefix, title)
    if any(PANEL_INTRO.search(x) for x in above):
        return 0.0  # 评审专家共10人，构成如下： over a table of their bodies: who judged, not what was chosen
    # (附：…试点名单 / 一、试点城市 right above: the list's own words, whoever spoke at the press conference before it)
    joined_above = "\n".join(above)
    intro = joined_above if COLLECTIVE.search(joined_above) or (
        LIST_WORDS.search(joined_above) and not PEOPLE_CONTEXT.search(joined_above)) else context[-200:]
    handing = above[-1].rstrip() if above else ""
    if handing.endswith(("：", ":")):  # (评委现场打分，最终评出…。一等奖获奖情况如下：: the sentence that hands the run over says whose it is)
        intro = re.split(r"[。！？；]", handing)[-1]
    # (分项目奖、单位奖、企业奖和个人奖四类: a sentence naming the award's classes speaks of people among others)
    intro = AWARD_CLASSES.sub("", intro)
    unit_award = all(re.search(r"单位|集体|组织|团队|部门|班组", item.category or item.shared_label or "") for item in run.items)
    # (one name of three that reads like a person's, 廉明号 beside 深圳光明 under an award's label, is no list of people)
    # (…入选的“中华老字号”：采芝斋、黄天源、雷允上…，共6家: names counted in 家 or 个 are no people, whatever they sound like)
    # (温州新增7件 over seven numbered brands: the title counts them as things, not people)
    counted_bodies = people < 0.6 and not PEOPLE_CONTEXT.search(near) and (
        (run.shape == "inline" and run.counted and run.asserted) or (
            run.shape in ("numbered", "bulleted", "lines") and n >= 3 and _title_counts(page_title) == n
            and not re.search(r"(?:\d|[一二三四五六七八九十两])\s*(?:名|位|人)", page_title)))
    # (| 序号 | 品牌名称 | over 中江表嫂, 苏小妹: the column's header says its rows are brands, whatever they sound like)
    counted_bodies = counted_bodies or (run.shape.startswith("table") and people < 1 and bool(THING_NAME_HEADER.search(near)))
    if (people >= 0.3 and not (run.trigger and run.shape == "lines" and people * n < 2) and not counted_bodies) or (PEOPLE_CONTEXT.search(intro) and case_like < 0.9 and not unit_award and not all(
            is_region_name(name.strip()) or is_full_region(name.strip()) or PLACE_CHAIN.match(name.strip())
            or re.fullmatch(r"《[^《》]+》|[“「][^“”「」]+[”」]", name.strip()) for name in bare)):  # (nor works in 《》)
        return 0.0  # (places are never people, whoever spoke at the meeting that chose them)
    # 气象、水务、公安、卫健: two-character words that are no place are fields or sectors, not names
    if sum(len(name.strip()) <= 2 and not is_region_name(name.strip()) for name in bare) >= 0.5 * n and not (
            run.shape in ("lines", "numbered", "bulleted") and sum(full != name for full, name in zip(names, bare)) >= 0.8 * n) and not (
            # 位列前十的事务所依次为： / 1. 瑞华 / 2. 立信: the sentence names the kind of body, the lines their short names
            run.shape in ("lines", "numbered", "bulleted") and bool(SHORT_NAMED_KIND.search(handing))):
        # (福州民天集团有限公司：民天 lines: brands, each after its firm)
        return 0.0
    if sum(bool(POINT_ORDINAL.match(name.strip())) for name in bare) >= 0.5 * n:
        return 0.0  # 一是构建…网络；二是为社区“减负”；三是…: the points a speaker makes, not cases
    measures = sum((bool(MEASURE_START.match(name)) or bool(DIRECTIVE.match(name.strip())))
                   and not re.search(f"[{re.escape(QUOTES)}]", name) for name in names) / n
    # (首批在全国复制推广的50项…改革举措 over fifty numbered measures: the title counts the measures it chose)
    # (three or four, each with the body that submitted it: 报送单位：…, under a title counting them)
    chosen_measures = (n >= 5 or (n >= 3 and all(item.agency for item in run.items))) and bool(
        CHOSEN_MEASURES.search(page_title)) and _title_counts_exactly(page_title, n)
    if measures >= 0.3 and not chosen_measures:
        return 0.0
    if chosen_measures and run.shape in ("numbered", "bulleted", "lines", "heading-paragraph") and not any(
            len(name.strip()) > NAME_MAX + 15 or re.search(r"[。！？]", name) for name in bare):
        return 0.8
    # (《舌尖上的治理：…——…社区治理创新案例》: a case written up under its title in 《》 may run long)
    # (the length of the name itself: a table's body column — 甲局、乙局、丙局 — is not the name's)
    long_items = sum(len(b.strip()) > NAME_MAX and not re.fullmatch(r"《[^《》]+》", b.strip()) for b in bare) / n
    if long_items > 0.3:
        return 0.0
    intro = near.split("\n")[0] if "\n" in near else ""
    intro_clause = re.split(r"[。！？；，,]", re.sub(r"[（(][^（）()]*[）)]", "", intro).rstrip("。！？；，,：: "))[-1]
    # (…第五批“浙江老字号”…获认定。温州这次新增7件：: the new ones of a list the sentence named)
    if intro.rstrip().endswith(("：", ":")) and (joined := JOINED.search(intro_clause)) and not LIST_WORDS.search(intro_clause) \
            and not run.trigger and not (joined.group(0) == "新增" and LIST_WORDS.search(intro)):
        return 0.0  # 本次入驻的10家单位是：: who joined something, not who was chosen
    if run.counted:
        return max(case_like, 0.7)  # 这10个项目分别为…: the sentence counts what it names, and names them all
    if run.shape == "line of names" and _counts_its_names(own[: run.items[0].start], n):
        return 0.7  # 这15个试点地区是：甲、乙…: a count of what the list chose, then every one of them
    if run.shape == "line of names" and n >= 3 and "\n" in near and _handed_count(near.split("\n")[-2], bool(LIST_WORDS.search(context))) == n:
        return max(case_like, 0.7)  # 以下25个城市营商环境便利度高…： / the 25 names: counted, then every one of them
    if run.shape in ("bulleted", "numbered", "lines") and n >= 3 and "\n" in near and (
            handing := near.split("\n")[-2]) and _handed_count(handing) == n and LIST_WORDS.search(handing) and not any(
            looks_like_person(name) for name in bare):
        return max(case_like, 0.7)  # …通过验收，其中湖北13家： over thirteen lines: the list's words, then each one it counts
    needed = 0.8 if run.shape == "line of names" else 0.6  # prose split at 、 must look like names throughout
    if case_like >= needed:
        return case_like
    # Short names with no case features of their own (中国上海, 浙江发布, 首都之窗, a county) are
    # cases when the structure and the sentence above say so: a run printed by category, or a
    # numbered run right under a sentence about a list.
    grouped = len({item.category for item in run.items}) > 1
    above_line = near.split("\n")[0] if "\n" in near else ""
    # 排名前十位的依次是福州、西安、无锡…: short names after a ranking's own words
    ranked_enumeration = run.shape == "inline" and run.trigger and (
        all(is_region_name(name.strip()) or is_full_region(name) for name in bare) or bool(RANKING_WORDS.search(near)))
    # Smart21：甲、乙、丙 under …共有4个城市入选Smart21，其中3个进入Top7: the sentence above says the
    # names entered what labels them
    labels = {(item.category or item.shared_label or "").strip("【】[] ：:") for item in run.items}
    entered = len(labels) == 1 and len(label_word := next(iter(labels))) >= 2 and bool(re.search(
        r"(?:入选|进入|(?<!推)进|获得|获评|评为|入围|跻身|荣获)了?[“「]?" + re.escape(label_word), context))  # (进了前十)
    batched = all(BATCH_LABEL.match((item.category or item.shared_label or "").strip()) for item in run.items)
    structured = ranked_enumeration or run.asserted or counted_places or run.shape in ("numbered", "bulleted", "lines", "named paragraphs") or (
        run.shape == "line of names" and batched) or (
        run.shape == "line of names" and entered) or (
        run.shape == "heading-paragraph" and run.trigger) or (
        # 三个项目进入…培育清单 over three headings each with its story: the title counts them
        run.shape == "heading-paragraph" and n >= 3 and _title_counts(page_title) == n) or (
        # a line of names right under a label that names a list (▍省直系统十佳)
        # (or under the sentence announcing it: 50强名单比较长，我先贴前面一段：)
        run.shape == "line of names" and (not any(ch in above_line for ch in "。，,；;！？") or above_line.rstrip().endswith(("：", ":")))
        and bool(NEAR_LIST_WORDS.search(above_line + "\n" + announce) or (  # (华东政务微博影响力奖 over its winners)
            len(above_line.strip()) <= LABEL_MAX and AWARD_TITLE.search(above_line.strip())))) or run.shape.startswith("table") or (
        run.shape == "line of names" and grouped)
    # 一、…促进制造业高质量发展成效明显的市、县市区 over a line of places: the heading says what they were
    # praised for and what they are, however long it runs
    praised_kind = run.shape == "line of names" and bool(PRAISED_KIND_HEADING.search(above_line.strip().rstrip("：:")))
    structured = structured or praised_kind or counted_under
    above = near.split("\n")[0] if "\n" in near else ""  # the line above the run (above a table's header)
    # the sentence that announces the run (the last one above it) must itself speak of a list
    # (名单如下（按发布时的顺序，不代表名次）：: the note in brackets is not the sentence's last clause)
    clauses = re.split(r"[。！？；，,]", re.sub(r"[（(][^（）()]*[）)]", "", above).rstrip("。！？；，,：:"))
    while len(clauses) > 1 and ORDER_CLAUSE.search(clauses[-1]) and not all(ORDER_CLAUSE.search(c) for c in clauses):
        clauses.pop()  # (…十个展览如下，序号只是编排的先后，与得分高低无关：: notes on the order after the handing clause)
    last_sentence = clauses[-1]
    # (50强名单比较长，我先贴前面一段：: a sentence that speaks of a list, then hands it over)
    announced = run.trigger or practices or sibling or counted_under or bool(BATCH_LABEL.search(above)) or bool(NEAR_LIST_WORDS.search(announce)) or (
        run.shape in ("line of names", "numbered", "bulleted") and batched and bool(LIST_WORDS.search(context))) or (
        run.shape == "line of names" and above.rstrip().endswith(("：", ":")) and bool(NEAR_LIST_WORDS.search(above))
    ) or NEAR_LIST_WORDS.search(last_sentence) and (
        run.shape != "lines" or len(above) >= 8 or above.endswith(("：", ":"))) or (
        # 下表所列为…合格率达到100%的设区市，右栏为补充说明。: the sentence over a table says what its rows are
        run.shape.startswith("table") and bool(re.search(r"下表|上表|表中|如下表", above)) and bool(NEAR_LIST_WORDS.search(above)))
    # 点名的城市有下面这些：under a title that names the award (…大奖都颁给了哪些城市？): handed over, and the title says what
    handed = run.shape in ("bulleted", "numbered", "lines") and above.rstrip().endswith(("：", ":")) and bool(
        HANDED_OVER.search(above)) and bool(
        LIST_WORDS.search(context.rsplit("\n", 1)[-1]))
    # (五类项目…如下： over （一）片区综合类 …: the kinds, each over its own items, are no cases)
    announced = announced or (handed and sum(name.strip().endswith(("类", "类别", "组")) for name in bare) < 0.5 * n)
    # 12家街区名单 over twelve lines: a list's label that counts every name under it
    titled_count = COUNTED_LIST_LABEL.match(above.strip())
    announced = announced or (run.shape in ("lines", "bulleted", "numbered", "line of names") and n >= 3
                              and bool(titled_count) and count_value(titled_count.group("count")) == n)
    announced = announced or entered or praised_kind or counted_places
    # 国务院批准并公布了第三批国家历史文化名城，共37座。…按所在省区排列如下。 over the table: the paragraph
    # says a batch was chosen and hands it over
    announced = announced or (run.shape == "table" and n >= 3 and bool(BATCH_CHOSEN.search(above)) and bool(re.search(r"如下|见下表", above)))
    # | 2024年…项目实施名单（部分） | over | 省份 | 地理标志 |: a caption row merged over the table names the list it holds
    announced = announced or (run.shape == "table" and n >= 3 and bool(re.search(r"(?:名单|名录|榜单)$", _caption_above(context))))
    # 首批名单 / 下表左栏为保护区名称，右栏为其所在省份 / the table: the line over the guide to its columns hands it over
    guided = False
    if run.shape.startswith("table") and not announced and (
            len(GUIDE_SIDE.findall(above)) + len(GUIDE_NTH.findall(above)) >= 2 or GUIDE_ORDER.search(above)):
        ctx_lines = [ln.strip() for ln in context.split("\n")[:-1] if ln.strip(" |")]
        over = ctx_lines[ctx_lines.index(above.strip()) - 1] if above.strip() in ctx_lines[1:] else ""
        announced = guided = bool(NEAR_LIST_WORDS.search(over) or re.search(r"(?:名单|名录|榜单)$", over)) and not NOT_A_SELECTION.search(over)
    # …确定的示范省份共10个。下表第一列为示范省份… over ten rows: the paragraph counts what the table hands over
    announced = announced or (run.shape.startswith("table") and n >= 3 and bool(TABLE_HANDED.search(above))
                              and _paragraph_counts(above) == n)
    # 辖内共有4个…创新应用完成了测试 / 北京… / ⑴ 甲——乙 …: the lead counts what the sections below name, all of it
    announced = announced or (run.shape in ("numbered", "bulleted", "lines") and grouped and n >= 3 and any(
        _paragraph_counts(ln) == n for ln in context.split("\n")[-8:-1]))
    # 一等奖 / （以下排名不分先后） / 1. 单位：《作品》…: the prize the items below won, as their label
    prized_items = run.shape in ("numbered", "bulleted", "lines", "line of names", "inline") and all(
        PRIZE_TIER.search(item.category or "") or re.search(r"获奖(?:作品|项目)", item.category or "") for item in run.items)
    prize_above = run.shape in ("numbered", "bulleted", "lines") and any(
        PRIZE_TIER.fullmatch(line.strip().strip("【】[] ：:"))  # (一等奖, 2022年·一等奖: a short label naming the prize)
        or (len(line.strip()) <= 16 and PRIZE_TIER.search(line) and not re.search(r"[，,。；;！？]", line))
        for line in near.split("\n")[:-1])
    prized = n >= 2 and (prized_items or prize_above)
    announced = announced or prized
    # 10家景区入选！…名单出炉 over ten numbered names: the title counts what won, the run names as many
    announced = announced or ((run.shape in ("numbered", "bulleted", "lines", "heading-paragraph") or run.shape.startswith("table"))
                              and n >= 3 and _title_counts(page_title) == n)
    # 本文列出其中25个城市。 over 25 numbered names: the sentence says the page gives that many of a list
    listed = LISTED_COUNT.search(above) or LISTED_OF_THEM.search(above) or CHOSEN_COUNT.search(last_sentence)
    announced = announced or (run.shape in ("numbered", "bulleted", "lines", "line of names") or run.shape.startswith("table")) and (
        n >= 3 and listed is not None and count_value(listed.group("count")) == n)
    # 【优秀】 / 【良好】 over the names: the grade an assessment gave them (not 合格, a pass)
    announced = announced or all(GRADE_WORD.fullmatch((item.category or item.shared_label or "").strip("【】[] ：:"))
                                 for item in run.items)
    # 2012年度中央国家机关网站特色栏目 over its lines, under the title …特色栏目名单: the label above is
    # the list the title names
    title = context.rsplit("\n", 1)[-1]
    label = above.strip().rstrip("：:")
    announced = announced or (run.shape in ("numbered", "bulleted", "lines") and len(label) >= 6
                              and label in title and bool(LIST_WORDS.search(title)))
    # 华东政务微博影响力奖 / （…排名不分先后） / 甲、乙、丙: an award's title over the line of its winners
    announced = announced or (run.shape == "line of names" and 2 <= len(label) <= LABEL_MAX
                              and bool(AWARD_TITLE.search(label)) and not PEOPLE_AWARD.search(label))
    ranked_explicitly = sum(item.rank is not None for item in run.items) >= 0.8 * n  # 第N名, a 名次 column
    # | 1 | 成都 | 92.27分 | under 成都…位居第一，南京、杭州位列其后: a table's own count from 1, under
    # the sentence that ranks its rows, is their rank
    # (or under a title that says the page gives a ranking: …调查排名公布 over | 1 | 北京 |)
    ranked_explicitly = ranked_explicitly or (run.shape.startswith("table") and bool(
        RANKING_WORDS.search(near) or RANKING_WORDS.search(context.rsplit("\n", 1)[-1])
        or TOP_N.search(page_title))
        and _numbered_from_one([item.number for item in run.items]))
    if sibling and run.shape == "line of names" and all(
            is_region_name(name.strip()) or is_full_region(name.strip()) or is_place(name.strip())
            or ends_as_org(name.strip()) for name in bare):
        return 0.7  # (3) 全国创建文明城市工作先进城市 / 广州、东莞、惠州 beside an accepted (4): the list's section
    if structured and (grouped or announced or ranked_explicitly):
        namey = sum(looks_like_name(name) for name in bare) / n
        if namey >= 0.9:
            return namey * 0.9
        counted = LABEL_COUNTED.search(above.strip()) or titled_count  # (…名单（10个）, 12家街区名单)
        # (a section beside an accepted one may hold fewer than its label counts: the page left the rest out)
        if announced and counted and (count_value(counted.group("count")) == n or sibling and n < count_value(counted.group("count"))) and not any(
                re.search(r"[。！？；;，,]", name) or len(name.strip()) > NAME_MAX + 10 or looks_like_person(name.strip()) for name in bare):
            return 0.8  # 一、…美丽幸福黄河名单（10个） over ten lines: the label counts the names below it, every one
        if sibling and run.shape.startswith("table") and all(
                2 <= len(name.strip()) <= 40 and not re.search(r"[。！？，,；;]", name) for name in bare):
            return 0.7  # 表2 桥梁工程 under 2、 beside an accepted 1、 table: the list's next section, long names too
        if announced and namey >= 0.8 and sum(bool(item.agency) for item in run.items) >= 0.6 * n:
            return namey * 0.9  # 栏目——网站 items under a sentence about the list: each gives its body apart
        if announced and grouped and run.shape == "line of names" and n >= 6 and namey >= 0.8 and not any(
                re.search(r"[。！？；;，,]", name) or len(name.strip()) > NAME_MAX or looks_like_person(name.strip()) for name in bare):
            return namey * 0.9  # 景区：甲、乙 / 赛事：丙 under each section, handed over above: names under their kinds
        if run.shape == "heading-paragraph" and n >= 3 and _title_counts(page_title) == n and not any(
                re.search(r"[。！？，,；;：:]", name) or len(name.strip()) > NAME_MAX + 10 or looks_like_person(name.strip()) for name in bare):
            return 0.8  # 七处实验区通过验收 over seven headings each with its paragraph: the title counts them
        if guided and namey >= 0.8 and all(item.agency or item.region for item in run.items):
            return namey * 0.9  # | 闽南文化生态保护区 | 福建省 | under the list's heading: each row with its place beside it
        if n >= 3 and _title_counts(page_title) == n and run.shape in ("numbered", "bulleted", "lines") and all(
                len(name.strip()) <= NAME_MAX and not re.search(r"[。！？，,；;：:、（(]", name) and not looks_like_person(name)
                and (ends_as_org(name.strip()) or re.search(r"(?:社区|村|镇|乡|街道|区|县|市|州|旗)$", name.strip()))
                for name in bare):
            return 0.8  # 新疆11个社区获认定… over eleven lines of communities: the title counts the places or bodies the run names
        if announced and grouped and all(item.agency for item in run.items) and all(
                len(name.strip()) <= NAME_MAX and not re.search(r"[。！？，,；;]", name) and not looks_like_person(name)
                for name in bare):
            return 0.8  # ⑴ 基于物联网的物品溯源认证管理与供应链金融——中国工商银行: long titles, each with its body
        if grouped and NEAR_LIST_WORDS.search(above) and namey >= 0.8 and run.shape in ("numbered", "bulleted", "lines"):
            return namey * 0.9  # 十个应用上榜 over 【生活与文娱】① 英语流利说 ②…: sorted by kind and said to be a list
        if practices:
            return 0.8  # 浙江台州 | 以信用数字化改革推动政务服务便利化: each place's practice, by its title
        if (grouped or announced) and n >= 3 and len(tail := _shared_tail(bare)) >= 3 and not re.search(r"[\d）)]", tail) and not any(
                re.search(r"[。！？，,；;：:的\d]", name) or len(name.strip()) > NAME_MAX + 6 or MEASURE_START.match(name.strip())
                or looks_like_person(name.strip()) for name in bare):
            return 0.8  # 首批 / - 北京延庆海陀滑雪旅游度假地 / - …: names of one kind, each ending in that kind's word
        if (grouped or announced) and WORKS_LIST.search(context) and sum(
                bool(re.fullmatch(r"《[^《》]{1,60}》", re.sub(r"\s*[（(][^（）()]*[）)]$", "", name.strip()))) for name in bare) >= 0.5 * n:
            return 0.8  # 图书类 / - 《甲》 / - 《乙》 on a page about 十大科普作品: the works it chose, by their titles
        if (prized or (run.trigger and all(item.agency for item in run.items))) and sum(
                bool(re.fullmatch(r"《[^《》]{1,40}》", name.strip())) for name in bare) >= 0.8 * n:
            return 0.8  # 一等奖 / 1. 单位：《作品》: works that won, each under its title
        if (prized or announced or grouped) and n >= 3 and sum(
                bool((m := BODY_AND_WORK.fullmatch(name.strip())) and ends_as_org(m.group(1).strip())) for name in bare) >= 0.8 * n:
            return 0.8  # 获得精品奖的十个展览如下 / 第一　甲博物馆《乙》: each body and the work it won with
        if (grouped or announced) and run.shape in ("numbered", "bulleted", "lines") and all(
                ends_as_org(re.sub(r"\s*[（(][^（）()]*[）)]$", "", name.strip())) and not looks_like_person(name)
                for name in bare):
            return 0.8  # 得奖机关 / - 内政部消防署特种搜救队 / 民间伙伴奖励 / - …协会（…）: bodies, under labels or a list's words
        if run.shape == "table" and n >= 3 and _title_counts(page_title) == n and all(item.agency or item.region for item in run.items) \
                and not any(looks_like_person(name) for name in bare):
            # 首批11个创新应用一览 over | 城市 | 创新应用 | 申请机构 | and eleven rows: the title counts them
            # (关于确定22家旅游度假区为… over | 度假区名称 | 序号 | 所在省 |: each row's place beside it)
            return 0.8
        if run.shape == "table" and run.trigger and grouped and all(item.agency for item in run.items):
            return 0.7  # 特优奖 | 消防局 | 救护车右方视觉辅助观看系统: the header says each row is a body's named entry and its award
        if run.shape == "table" and run.trigger and grouped and not any(looks_like_person(name) for name in bare):
            return 0.7  # 名称 | 奖项 over teams, firms and bureaus under two awards: the header says each row won its award
    if run.shape == "numbered" and n >= 2 and len({item.line for item in run.items}) == 1:
        # 成都共有4个项目上榜。按公示顺序依次为：①甲 ②乙 ③丙 ④丁: the sentence counts what it then numbers
        head = near.split("\n")[-1][: min(item.start for item in run.items)]
        if LIST_WORDS.search(head) and any(count_value(m.group("n")) == n for m in COUNT_IN_HEAD.finditer(head)) and not any(
                looks_like_person(name.strip()) or len(name.strip()) > NAME_MAX for name in bare):
            return 0.8
    if run.shape == "inline" and run.trigger and prized_items and n >= 2 and sum(
            bool(re.fullmatch(r"《[^《》]{1,60}》", name.strip())) for name in bare) >= 0.8 * n:
        return 0.8  # 获评一等奖的还有…栏目《甲》、…专题《乙》: the works the sentence says won the prize
    if run.shape == "lines" and n >= 4 and all(item.region and AWARD_TITLE.search(item.category or label_above) for item in run.items) \
            and not any(looks_like_person(name) or len(name.strip()) > NAME_MAX for name in bare):
        return 0.8  # 十佳精品线路 / 甲线路 / 江苏·镇江 / 乙古道 / 安徽·宣城 …: cards under an honour's label, each with its place
    return 0.0


# (纳入云南省省级绿色矿山名录的14家矿山名单: what the counted ones were chosen for, before the count)
COUNTED_LIST_LABEL = re.compile(r"^(?:[\u4e00-\u9fff“”]{2,30}的)?(?:(?:19|20)\d{2}年度?)?(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|处|条|座|所|批)"
                                r"[\u4e00-\u9fff]{0,10}(?:名单|榜单|一览)[：:]?$")


def _shared_tail(names: list[str]) -> str:
    """The ending (a kind of thing: 滑雪旅游度假地, 志愿服务项目) every name but one in five shares."""
    # (…警示教育基地（大同）, …基地（平顶山）: the place in brackets tells them apart, the kind is before it)
    names = [re.sub(r"\s*[（(][^（）()]{1,12}[）)]$", "", name.strip()) for name in names if name.strip()]
    tail = ""
    for size in range(2, 9):
        counts = Counter(name[-size:] for name in names if len(name) > size + 1)
        if not counts:
            break
        ending, count = counts.most_common(1)[0]
        if count < 0.8 * len(names):
            break
        tail = ending
    return tail


LABEL_COUNTED = re.compile(r"[（(](?:共|计)?\s*(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|处|条|座|所|名)[）)][：:]?$")
# a clause on how the items are ordered, or on the ones the page leaves out (其余30个待整理后补充)
ORDER_CLAUSE = re.compile(r"序号|顺序|先后|排名|名次|得分|高低|不分|为序|排列|^(?:其余|其他|余下|剩下)|待(?:整理|核对|补充)|从略|不再(?:逐一)?列出")
BODY_AND_WORK = re.compile(r"([^《》“”，,。；;]{2,30}?)\s*《[^《》]{1,60}》")  # 苏州博物馆《画屏：传统与未来》: a body, then its work
CHOSEN_AS = re.compile(r"(?:分别)?(?:确定为|列为|命名为|认定为|评为|评定为|遴选为|批准为)[^。；;！？]{0,12}?(?:第[一二三四五六七八九十\d]+批|首批)")
# the decision just before the names it chose (确定甲、乙…), and their count with what they became after them
CHOOSES = re.compile(r"(?:确定|命名|认定|评定|遴选|选定|批准|授予)\s*$")
COUNTED_AS = re.compile(r"\s*等?\s*(?:\d{1,3}|[两二三四五六七八九十]{1,3})\s*[个家所座][\u4e00-\u9fff]{0,4}?为"
                        r"[^。；;！？]{0,12}?(?:第[一二三四五六七八九十\d]+批|首批|试点|示范)")
# a line handing over the kinds a selection covers (覆盖场景：, 涉及领域包括：), not what it chose
KINDS_HANDED = re.compile(r"^(?:[^，。；]{0,12}?)(?:覆盖|涵盖|涉及|包括|分为|划分为)(?:的)?(?:应用)?(?:场景|领域|方向|类别|类型|板块|赛道|方面)"
                          r"(?:包括|有|为)?[：:]$")
# the label over a page's tags or keywords
TAG_LABEL = re.compile(r"^(?:标签|关键词|关键字|相关标签|热门标签|文章标签|本文标签|Tags?|TAGS|话题|相关话题)\s*[：:]?$")
# the words that hand over the bodies that ran a selection (主办方包括, 主办单位为, 由…联合主办的)
ORGANISERS_BEFORE = re.compile(r"(?:主办方|主办单位|承办方|承办单位|协办单位|组织单位|指导单位|评选单位|发起单位|发起方)"
                               r"(?:主要)?(?:包括|有|为|是|系)[：:]?\s*$")
# a zone a list names beside cities (郑州航空港经济综合实验区, 苏州工业园区)
ZONE_NAME = re.compile(r"(?:开发区|高新区|新区|实验区|试验区|示范区|工业园区|产业园区|航空港区|合作区)$")
# (a note on numbering — 序号不是排名 — says nothing of the list: only a selection, an award, a ranking
# list denied as such)
NOT_A_SELECTION = re.compile(r"(?<!后者)(?<!前者)(?:不是|并非|不属于|不涉及|无关)(?:任何|一份|什么|官方的?){0,2}(?:评选|评比|评奖|榜单|表彰|荣誉)"
                             r"(?!的?(?:名次|排名|排序|顺序|先后))"  # (编号不是评选名次: the numbers are no ranks, the list stands)
                             # 表中城市只是被评估的样本，不是获奖或入选名单: the rows are what was looked at, not what won
                             r"|(?:不是|并非|不属于)(?:获奖|入选|获评|上榜|表彰)(?:[或、和](?:获奖|入选|获评|上榜|表彰))?(?:名单|对象|结果)")
# (另有25家企业被列为典型失信企业（后者不属于表彰）: the latter, one part of the page, is no recognition)
# 其中34家不合格, 有15家不合格: how many failed, a statistic that names none of them
FAULT_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:家|个|所)(?:网站|政府网站|账号|单位)?不合格"
                         r"|(?:\d+|[一二三四五六七八九十两]+)\s*(?:家|个|所)(?:网站|政府网站|账号|单位|政务新媒体)?存在(?:突出|严重|较多)?问题"
                         r"|不合格的?(?:网站|政府网站|账号|单位|政务新媒体)?(?:\d+|[一二三四五六七八九十两]+)\s*(?:家|个|所)")  # (一季度不合格的14家网站, 不合格账号25个)
GRADE_SCALE = re.compile(r"(?:优秀|良好|合格|基本合格|一般|不合格|较差|差)(?:[、，,和及](?:优秀|良好|合格|基本合格|一般|不合格|较差|差)){2,}"
                         r"|(?:没有|未|无)(?:出现)?[^。，；]{0,4}不合格")  # (…里没有出现不合格: no failure found)
NOT_CHOSEN = re.compile(r"[^。；;！？，,]{0,14}?(?:还没|还未|尚未|没有|未能|未获|未被|未入选|未进入|未上榜|落选|无缘)")
GRADE_WORD = re.compile(r"(?:优秀|良好|优良|[A-E]\+?|[一二三特]等|[一二三]档|第[一二三]档)(?:等次|等级|级|类|档次)?")
RANKED_HANDOVER = re.compile(r"(?:TOP|Top|top|前)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[名位强]?(?:的?(?:账号|单位|网站|城市))?(?:依次|分别)(?:是|为)\s*[：:]\s*$")
METRIC_NAME = re.compile(r"[“「][^“”「」]{1,10}(?:指数|指标|得分|分值|力)[”」]")
COUNTED_LEAD = re.compile(r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|座|所|批)(?P<what>[\u4e00-\u9fff]{0,10}?)"
                          r"(?:分别|依次)?(?:是|为|有|包括)?[：:]\s*$")


SHORT_NAMED_KIND = re.compile(r"(?:事务所|企业|公司|机构|银行|医院|学校|高校|品牌|集团|券商|律所)(?:依次|分别)?(?:为|是|有|如下)[：:]\s*$")
# 我省五个县区被列入…标准化试点：: a count, then what they were chosen for, handed over
HANDED_CHOSEN = re.compile(r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|座|所|处)[\u4e00-\u9fff]{0,6}"
                           r"(?:被|均|都)?(?:列入|列为|确定为|评为|命名为|认定为|纳入|入选|获批|获评)[^。；：:]{0,40}[：:]\s*$")
HANDED_COUNT = re.compile(r"^(?:以下|下列|下面|如下|这)(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|座|所)[^：:。]{0,40}[：:]\s*$")


def _handed_count(line: str, listy: bool = False) -> int | None:
    """以下25个城市营商环境便利度高，市场主体获得感强：: how many names the line hands over (also
    2015年确定的首批试点共16个，…括号内为所在省份：, a list's word and its total before the colon;
    本次新增，共13个县（区），以…顺序排列：, the total alone on a page about a list — ``listy``)."""
    m = HANDED_COUNT.match(line.strip()) or (HANDED_TOTAL.search(line.strip()) if listy or LIST_WORDS.search(line) else None) \
        or HANDED_CHOSEN.search(line.strip())
    return count_value(next(g for g in (m.groupdict().get(k) for k in ("n", "n2", "n3")) if g)) if m else None


HANDED_TOTAL = re.compile(r"(?:共|计|一共|总共|共有)(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|座|所|处)[^：:。]{0,40}[：:]\s*$"
                          # (…通过验收，其中湖北13家：, 为新通过国家验收的3个国家湿地公园授牌：: a part, counted)
                          r"|(?:其中|其中有)[^，,。；：:\d]{0,8}?(?P<n2>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|座|所|处)[：:]\s*$"
                          r"|的(?P<n3>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|家|项|座|所|处)[^，,。；：:]{0,14}[：:]\s*$")


def _counts_its_names(lead: str, n: int) -> bool:
    """这15个试点地区是： before exactly fifteen names: the count says they are the list's, all of them."""
    m = COUNTED_LEAD.search(lead)
    return bool(m) and bool(NEAR_LIST_WORDS.search(lead)) and count_value(m.group("n")) == n


HANDED_OVER = re.compile(r"(?:下面|以下|如下)(?:这些|几个|几家|几项)?(?:[（(][^（）()]*[）)])?[：:]\s*$")


# What a page calls the things it gathers when it gives no list's name: the places' practices
PRACTICE_WORDS = re.compile(r"做法|经验|实践|探索|新招|举措|亮点|先行|做得")
ATTRIBUTED_SHAPES = ("numbered", "bulleted", "lines", "table", "table (no header)")


def attributed_practices(run: Run, names: list[str], bare: list[str], near: str, context: str) -> bool:
    """各地的做法：甲市：…；乙区：… — a numbered or bulleted run of three or more items, each naming
    apart the body or the place (written in full) whose practice it is, under a line or a title
    that speaks of practices. Without a list's name this is still a gathering of cases: a policy's
    measures name no doer, a list of people no practice."""
    if run.shape not in ATTRIBUTED_SHAPES or len(run.items) < 3 or not (
            PRACTICE_WORDS.search(near) or PRACTICE_WORDS.search(context.rsplit("\n", 1)[-1])):
        return False
    for name, plain, item in zip(names, bare, run.items):
        if item.region and not item.agency:
            continue  # | 浙江台州 | 以信用数字化改革推动…: a column of places says whose each practice is
        if not item.agency and (is_region_name(plain.strip()) or is_full_region(plain.strip())):
            continue  # 2. 辽宁 (under 八地做法一览): the place stands for its practice
        doer = name[: len(name) - len(plain)].strip() if item.agency and name.endswith(plain) else ""
        if not doer or not (is_body(doer) or full_place(doer)) or looks_like_person(doer):
            return False
    return True


GRANTED_HONOUR = re.compile(r"(?<![被获])授予[^。；]{2,800}?[“「][^”」]{2,40}[”」](?:荣誉)?称号")
COLUMN_GUIDE = re.compile(r"(?:下表|上表|本表|表中|每行|每一行|每列|各列)[^，。；]{0,8}(?:依次|分别)?(?:为|是|列出|给出)")
NEGATED_LIST_WORD = re.compile(r"(?:不作|不做|不搞|不进行|不是|并非|不涉及)[^，。；,;]{0,6}?(?:排名|排行|名次|评选|评比|榜单)")
WORKS_LIST = re.compile(r"(?:十大|十佳|优秀|获奖|入选|精品|年度|最佳)[^，。；,;\n]{0,10}(?:作品|视频|微电影|案例)")  # (入选…视频精品案例 over 《》 titles)
COUNTED_INTRO = re.compile(r"(?:有|是|为|只有|共有|包括)(?P<n>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:座|个|家|所|地)"
                           r"(?:城市|地区|省份|省|市|县|区|单位)?[：:]\s*$")
POSTED_AGO = re.compile(r"(?:\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚|(?:昨天|前天)\s*\d{1,2}:\d{2})$")
PILOT_PLACED = re.compile(PILOT_PLACE_WORDS + r"了?$")
# a label over places that says what they were chosen as: 试点省（市）, 示范城市, 入选地区, 首批先行区
CHOSEN_PLACES_LABEL = re.compile(r"试点|示范|先行|先导|标杆|样板|入选|获批|获评|上榜|表彰|命名|认定|优秀|先进|最具|最佳|十佳|十大|百强|卓越"
                                 # 抽查合格率达100%的地区, 位居全国前列的省市: praised by a result, not chosen
                                 r"|合格率[^，。；：:]{0,8}100\s*[%％]|(?:位居|排在|位列|名列|居于)[^，。；：:]{0,4}(?:前列|前茅)|第一梯队")
SECTION_LABEL = re.compile(r"^[二三四五六七八九十]{1,2}、[^，。；：:]{2,20}$")  # 三、公共服务单位微博: a later section of a list
BATCH_LABEL = re.compile(r"^(?:\d{4}年度?)?(?:首批|第[一二三四五六七八九十\d]{1,2}批)[^，,。；;：:、\s]{0,14}$"  # 2019年度第二批, 第一批试点省市 over its names
                         r"|^(?:19|20)\d{2}年(?:度)?(?:新增|入选|获批|批复|公布|命名)?[:：]?$")  # 2019年： / 2020年新增：, a year's batch
SCOPE_BEFORE = re.compile(r"(?:对象|范围|参评|评估|监测|评价)[^，。；]{0,6}(?:包括|为|是|涵盖|覆盖)[:：]?\s*$|(?:覆盖|涵盖)[:：]?\s*$"
                          # 具体衡量…两块，包括信息公开、门户网站…: what a ranking measures, not what it chose
                          r"|(?:衡量|考察|考核|测评|看的是)[^。；]{0,40}(?:包括|涵盖)[:：]?\s*$"
                          # 评价覆盖江苏省13个地市：其中南京、苏州…: the places assessed, not what won
                          r"|(?:评价|评估|监测|测评)(?:覆盖|涵盖)[^，。；]{0,12}[:：]\s*(?:其中)?\s*$"
                          # 遴选委员会，成员包括…: who sat on the panel, not what it chose
                          r"|(?:成员|委员|评委|专家组?)[^，。；]{0,4}(?:包括|有|为|是)[:：]?\s*$"
                          r"|(?:赴|前往|奔赴|走访|分赴|派往|深入)\s*$")  # (督查组赴北京、河北…: where it went)
TOWN_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}(?:(?<!小)镇|乡|街道)")
HONOUR_TITLE = re.compile(r"[“「][\u4e00-\u9fff]{2,10}(?:单位|集体|奖|称号)[”」]"
                          # “十佳微信账号”“百优新媒体作品”: a rank word over a kind of entry, the title of an award
                          r"|[“「](?:十佳|十大|百优|百佳|百强|优秀|最佳|最具[\u4e00-\u9fff]{1,4})[\u4e00-\u9fff]{0,6}"
                          r"(?:账号|作品|网站|微博|微信|客户端|新媒体|政务号|公众号|抖音号|案例|栏目|平台)[”」]")
KINDS_AFTER = re.compile(r"^[”」』]?\s*(?:等)?\s*(?:\d{1,2}|[一二三四五六七八九十两几]{1,3})\s*(?:类|种|大类|个类别|个类型|个奖项"
                         r"|个方向|个赛道|个组别|个领域|个板块|份名单|份榜单|个名单|个榜单)"
                         # “一件事一次办”、“惠企通”、“赣服通”4.0建设等重点任务: the tasks of a plan, not cases
                         r"|^[”」』]?[^，。；,;]{0,8}?等(?:重点|主要|各项)?(?:任务|工作|领域|方面|内容)")
AWARDS_SET_UP = re.compile(r"(?:设|设立|设置|设有|共设|另设)[了有]?[^，。；;]{0,10}(?:奖项|奖|类别|榜单)[，,：:]?[^，。；;]{0,6}$")
# A body's part in an event, or a visit, said right before the colon that gives the bodies
CLAUSE_GOES_ON = re.compile(r"\s*(?:以及|还有|并且|并|而且|而|也|此外|另外|同时|其中)")  # (…的项目，以及来自…)
SITE_TAIL = re.compile(r"(?:门户网站|网站|官方微博|政务微博|微博|微信公众号|公众号)$")
PANEL_INTRO = re.compile(r"(?:评审团|评委会|评审委员会|专家组|评审组|评委|评审专家)[^。]{0,20}(?:组成|构成|担任)(?:如下)?[:：]\s*$")
# a count or an amount standing where a name would (175万余户, 33万名, 9.3万元): a line of statistics
FIGURE_NAME = re.compile(r"^[\d.]+\s*(?:万|亿|千|百)?余?\s*(?:户|人|名|个|家|项|件|次|人次|元|万元|亿元|%|％|篇|条|场)$")
# a quality said with 最 closing the subject (传播范围最广, 社会反响最好的才能): what wins, not who won
QUALITY_CLAUSE = re.compile(r"最[\u4e00-\u9fff]{1,2}(?:的)?(?:才能|才|都|也)?$")
# a label saying what part bodies played (批复部门, 责任单位, 牵头单位), not what they won (先进单位 is an honour)
ROLE_LABEL = re.compile(r"(?:部门|单位|机构|机关|方)$")
# a place or body, then the document it issued (广东出台《…》, 省政府办公厅印发《…》)
DOCUMENT_ISSUED = re.compile(r"^[^《》“”，。；]{1,20}?(?:出台|印发|发布|制定|出炉|颁布|公布)了?《")
# a date standing where a name would (2016年11月7日：网络投票开启…): a timeline, not a list of cases
DATE_NAME = re.compile(r"^(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*(?:至|到|-|—|－)\s*(?:\d{1,2}\s*月)?\s*\d{1,2}\s*日)?$"
                       r"|^(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月)?$"
                       # 2024年1月—8月, 2025年全年, 2023年第三季度: a period a table's figures are for
                       r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月?\s*(?:至|到|-|—|－|~|～)\s*(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月$"
                       r"|^(?:19|20)\d{2}\s*年(?:全年|上半年|下半年|前三季度|第?[一二三四1-4]季度)$")
EVENT_PART = re.compile(r"(?:分论坛|主论坛|平行论坛|专场|分会场|主会场|圆桌会议|开幕式|闭幕式)$")
ROLE_BEFORE = re.compile(r"(?:主办|承办|协办|指导|发起|走访|调研|考察|督查|暗访|参观|拜访|评议(?!结果)|参与评审|参加评审)"
                         r"(?P<then>[了过]?[^，。；;：:]{0,10})[：:]\s*$")  # (参与第二步评议的高校有：: who judged)


# a table's column of what an assessment gave each row: 成绩（满分120）, 综合得分, 评分, 总分
GRADE_HEADER = GRADE_CELL


def _graded_header(line: str) -> bool:
    """A table's header row with a column of scores (| 排 名 | 地 市 | 成 绩（满分120） |)."""
    if not line.startswith("|"):
        return False
    return any(GRADE_HEADER.match(re.sub(r"[\s　]+", "", cell)) for cell in line.strip().strip("|").split("|"))


# a table's header cell that names its rows as things (brands, products, projects), never people
THING_NAME_HEADER = re.compile(r"\|\s*(?:品牌|产品|商标|项目|作品|案例|企业|单位)(?:名称)?\s*\|")
# a line handing over more of those chosen: 一同入选的还有：, 获评的另有：
ALSO_CHOSEN = re.compile(r"(?:入选|获评|上榜|获奖|入围|获批|命名|认定|评为)[\u4e00-\u9fff]{0,4}?(?:的)?(?:还有|另有|也有)\s*[：:]\s*$")
# a label over links to other pages or entries, never over cases
SEE_ALSO = re.compile(r"参见|另见|相关条目|相关词条|延伸阅读|相关阅读|推荐阅读|相关链接|相关新闻|相关报道|猜你喜欢|热门推荐")
# a header cell of a directory: where each row is and how to reach it
DIRECTORY_HEADER = re.compile(r"\|\s*(?:详细|门诊|单位|办公)?(?:地址|电话|联系电话|联系方式|营业时间|开放时间|门诊时间|服务时间|乘车路线)\s*\|")


def _figures_header(line: str) -> bool:
    """A header row whose columns, past a number and the row's name, are all figures (counts, rates)."""
    # (| 项目类别 | 2020年认定 | 2020年底累计 |: how many each year, the year no figure of a row)
    line = YEAR_PREFIX.sub("", line)
    if not line.startswith("|") or re.search(r"\d", line):
        return False
    cells = [re.sub(r"[\s　]+", "", cell) for cell in line.strip().strip("|").split("|")]
    def figure(c: str) -> bool:
        return bool(FIGURE_HEADER.search(c) or re.search(r"[数率量]$|^(?:认定|累计|新增|合计)$", c))
    rest = [c for c in cells if c and not RANK_HEADER.match(c) and not NAMING_HEADER.search(c)]
    if len(rest) == len([c for c in cells if c and not RANK_HEADER.match(c)]) and rest and not figure(rest[0]):
        rest = rest[1:]  # (| 项目类别 | 认定 | 累计 |: the first column names the rows, whatever its header says)
    return len(rest) >= 2 and len(rest) >= len(cells) - 2 and all(figure(c) for c in rest)


YEAR_PREFIX = re.compile(r"(?<=\|)\s*(?:19|20)\d{2}年(?:底|末|度)?(?=[\u4e00-\u9fff]{2,4}\s*\|)")


RANK_HEADER = re.compile(r"^(?:序号?|编号|排名|名次|位次|排序)$")
NAMING_HEADER = re.compile(r"单位|部门|机构|名称|地区|城市|地市|市州|县区|区县|乡镇|街道|省份|账号|网站|平台")


def _role_before(head: str) -> bool:
    m = ROLE_BEFORE.search(head)
    return bool(m) and not LIST_WORDS.search(m.group("then"))


COUNTED_CASES = re.compile(r"(?:共|有)\s*(?:\d+|[一二三四五六七八九十百两]+)\s*(?:个|项|家)\s*[\u4e00-\u9fff]{0,6}?"
                           r"(?:案例|项目|做法|经验|成果|应用|平台)(?:[，,：:]?\s*(?:包括|含|有|如)|[，,：:])")
# (初选范围: who may enter, not who won; 试点范围: the places a pilot chose)
STEP_LABEL = re.compile(r"(?:环节|流程|步骤|程序|方式|途径|渠道|(?<!试点)(?<!示范)范围|条件|标准|要求|规则)$"
                        r"|(?:观察|体会|启示|思考|感想|看法|点评|评析|趋势|不足|建议)$")  # (几点观察 / 第一，…: a writer's remarks)
KINDS_ANNOUNCED = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|类|项|种)\s*(?:榜单|奖项|类别|组别|赛道|奖)[：:]\s*$"
                             # (…设立以下奖项（获奖名单待评选结束后公布）：: a note between the kinds and the colon)
                             r"|(?:以下|如下)[^。，]{0,6}(?:奖项|榜单|类别|组别)(?:[（(][^（）()]{0,30}[）)])?[：:]\s*$"
                             # 本次公布的案例类别包括： / 奖项设置分为：: the kinds a contest has, not what won them
                             # (年度榜单如下：: a list itself, given next)
                             r"|(?:奖项|类别|组别|赛道)(?:设置)?(?:包括|分为|共有|有)[：:]\s*$"
                             # 奖项设置如下： / 类别设置为：: the same, said of the setting up
                             r"|(?:奖项|类别|组别|赛道)(?:设置|设立|安排)(?:如下|为)?[：:]\s*$"
                             # 首批入库专家分为三个组： / 分成以下几类：: the parts something is divided into
                             r"|(?:分为|分成)(?:以下)?(?:\d+|[一二三四五六七八九十两几]+)\s*(?:个)?\s*(?:组|类|档|层级|部分|方面|板块)[：:]\s*$")
# 其中部分重点任务： / 主要措施如下：: a plan's tasks or measures, not cases (典型举措： says cases: NEAR_LIST_WORDS)
TASKS_ANNOUNCED = re.compile(r"(?:任务|措施|举措|工作要点|要求)(?:如下|包括|有|是|为)?[：:]\s*$"
                             # 主要有以下六方面支持：: the aspects of a policy, each a measure
                             r"|(?:[\d一二三四五六七八九十几]+个?方面)(?:的)?(?:支持|扶持|政策|保障|激励|优惠|措施|工作|内容)?(?:如下)?[：:]\s*$")
# 网络投票 / 专家评审 / 终评: the steps of a contest, named as items
PROCESS_STEP = re.compile(r"^(?:网络|网上|公众|专家|现场|集中|资格|材料|线上|线下)?(?:投票|评审|初评|复评|终评|评议|公示|申报|推荐"
                          r"|审核|审查|答辩|打分|评分|计分|颁奖|征集|遴选|考察|入围)$")
STEPS_ANNOUNCED = re.compile(r"(?:方式|方法|步骤|途径|渠道|流程|办法)(?:有|如下|包括|为)?[^。，]{0,6}[：:]\s*$")
BROKEN_SENTENCE = re.compile(r"^(?:近日|日前|近期|目前|今年|去年|此前|随后|同时|其中|联合公布|正式公布|公布|发布|印发|获悉|宣布)$")
COUNT_IN_HEAD = re.compile(r"(?P<n>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|所|座|处|位)")
CONTEST_NAME = re.compile(r"(?:绩效评估|能力评估|评估|测评|评选|评比|考评|排行榜|大赛|竞赛)(?:活动)?$")
EDITION = re.compile(r"^(?:首届|第[一二三四五六七八九十百\d]{1,3}届)")
# How the name of a list or an award ends (…创新案例, …一等奖, …项目金奖, …名单), past a note in brackets
LIST_TITLE = re.compile(r"(?:案例|等奖|[金银铜]奖|名单|榜单|工作法|示范单位|先进集体)$")
LABEL_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
# A figure with its unit inside an item (最高分86.10分, 拥有率41.96%): a statistic
STAT_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:分|%|％)|\d+(?:家|个)(?:单位|网站)?中"
                         # 河南 10130, 四川 9,381: a place and its count in one cell (not 杭州 12345, a hotline)
                         r"|^[\u4e00-\u9fff]{2,12}\s+(?!123\d\d$)\d[\d,]{3,}(?:\.\d+)?$")
# the role that follows the names of those who ran something (…联合主办, …共同承办, …协办)
ROLE_AFTER = re.compile(r"\s*(?:等)?(?:[\d一二三四五六七八九十]+(?:家|个)(?:单位|部门|机构))?(?:联合|共同|一起)?(?:主办|承办|协办|举办|指导|发起|组织实施|组织)(?!的|了)")
# The roles of an event's organisers, as labels over their names
ORGANISER_ROLE = re.compile(r"^(?:联合)?(?:主办|协办|承办|支持|指导|执行|技术支持|媒体支持|战略支持|特别支持|合作|出品|发起|发布|评选|评审|组织"
                            r"|发文|印发|下发|制发|联合印发|联合发文)(?:单位|机构|部门|方|媒体)?$"
                            # 该通知由以下九个部门联合印发（按发文顺序）： over the ministries that issued it
                            r"|(?:由|经)(?:以下|下列)[^，。；]{0,8}(?:部门|单位|机构)(?:联合)?(?:印发|发布|发文|下发|制定)")  # (【发布单位】 over the bodies that issued the list)
# The words of a site's menus and toolbars
SITE_CHROME = re.compile(r"^(?:设为首页|加入收藏|收藏本站|注册|登录|登陆|退出|首页|网站首页|论坛|导读|家园|帮助|搜索|高级搜索|返回列表"
                         r"|返回顶部|手机版|无障碍|English|Archiver|RSS|网站地图|联系我们|关于我们|繁体|简体|繁體"
                         # 【打印本页】【关闭窗口】 under a notice: the page's buttons
                         r"|打印本页|打印此页|打印本文|打印|关闭窗口|关闭本页|关闭|返回上页|返回上一页|返回"
                         # a WeChat article's foot (微信扫一扫 / 关注该公众号 / — END —)
                         r"|微信扫一扫|扫一扫|关注该公众号|关注公众号|长按识别二维码|阅读原文|[—\-\s]*END[—\-\s]*|在看|点赞|分享)$", re.I)
COUNT_START = set("0123456789一二三四五六七八九十百千两")
COUNT_LED = re.compile(r"^(?:\d{1,6}|[一二三四五六七八九十百千两]{1,4})\s*(?:家|个|项|座|所|名|件|条|批|类)")
RANKED_LEAD = re.compile(r"(?:靠前|居前|前列|领先|前茅)的?[\u4e00-\u9fff]{0,6}?(?:依次|分别)(?:是|为)[：:]?\s*$")
RANKING_WORDS = re.compile(r"排名|名次|前[\d一二三四五六七八九十]{1,3}[名位强]|位列|依次|(?:进入|跻身|挤进)(?:了)?前[\d一二三四五六七八九十]{1,3}")
# …智慧景区TOP300榜单 over a table numbered from 1: a ranking's own name (for tables; in prose,
# 其中3个进入Top7 names a tier, not the order of the names around it)
TOP_N = re.compile(r"(?<![A-Za-z])(?:TOP|Top|top)\s*\d{1,3}(?!\d)")


# 10家景区入选, 5个案例获评…: how many the title says won
# (首批10个全国供应链创新与应用示范城市名单 / …都有谁: the kind counted may be named at length)
TITLE_COUNT = re.compile(r"(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|座|所|地|条|款|名|城|市|县|区|处|片)[\u4e00-\u9fff]{0,16}?"
                         r"(?:入选|上榜|获评|获奖|入围|入列|当选|获批|获表彰|被命名|获认定|被认定|通过验收|获授|被授予|获颁|获得授牌|进入(?=[^，。！？]{0,20}(?:名单|清单|榜|名录))"
                         r"|一览|名单|名录|(?:都)?有(?:谁|哪些)|是(?:谁|哪些))")  # (首批11个创新应用一览: the page lists them)


def _caption_above(context: str) -> str:
    """The caption row merged across the top of the table the context ends in (its header and rules
    aside), brackets dropped, or ""."""
    for line in reversed(context.split("\n")[:-2]):
        text = line.strip()
        if not text.startswith("|"):
            return ""
        filled = [c.strip() for c in text.strip("|").split("|") if c.strip()]
        if len(filled) == 1 and not re.fullmatch(r":?-{2,}:?", filled[0]):
            return re.sub(r"\s*[（(][^（）()]*[）)]$", "", filled[0])
    return ""


BATCH_CHOSEN = re.compile(r"(?:批准|公布|命名|认定|确定|评出|遴选出?)了?[^。；]{0,20}第[一二三四五六七八九十\d]{1,3}批")
TABLE_HANDED = re.compile(r"下表|见表|如下表|列表如下|以下表格")
# 最后由18位专家认定了下面10条：: the sentence says a count was chosen and hands them over
CHOSEN_COUNT = re.compile(r"(?:认定|评出|选出|评选出|遴选出|命名|确定|公布|产生)了?(?:下面|以下|如下)的?\s*"
                          r"(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|座|所|条|处|件|例|批)[\u4e00-\u9fff]{0,6}$")
LISTED_COUNT = re.compile(r"(?:列出|列举|摘录|摘登|抄录|整理|收录|选登|附上|附后|刊登|刊发|展示)了?(?:其中|其中的|以下|如下)?(?:的)?\s*"
                          r"(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|座|所|地|条|例|件)"
                          # (what the list chose: not 8个重点方向, the directions a call for entries offers)
                          r"[\u4e00-\u9fff]{0,4}?(?:城市|地区|地方|案例|项目|单位|县|区|市|账号|网站|平台|应用|园区|基地|学校|医院|社区|村)")
# 本期刊登其中18个，…: that many of what the sentence has named already (这批案例)
LISTED_OF_THEM = re.compile(r"(?:列出|摘录|收录|选登|刊登|刊发|展示)了?其中(?:的)?\s*(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*"
                            r"(?:个|家|项|座|所|条|例|件)(?=[，,：:；;。])")
PARAGRAPH_COUNT = re.compile(r"(?:共|共计|一共|合计)(?:有)?\s*(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|座|所|地|条)")


def _paragraph_counts(text: str) -> int | None:
    """…示范省份共10个: how many the paragraph says there are (one count only)."""
    counts = {m.group("count") for m in PARAGRAPH_COUNT.finditer(text or "")}
    if len(counts) != 1:
        return None
    return count_value(counts.pop())


COUNT_AFTER = re.compile(r"[”」』]?\s*(?:这|等|共)\s*(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|座|家|所|地|项|位)")


def _counted_after(line: str, end: int) -> int | None:
    """…“深圳”这六座城市: how many the words right after the last name count."""
    m = COUNT_AFTER.match(line, end)
    if not m:
        return None
    return count_value(m.group("count"))


PRAISED_KIND_HEADING = re.compile(r"(?:成效明显|成效显著|成绩突出|表现突出|工作突出|进步较快|先进|优秀|表扬|激励|典型|前列|靠前)[^。；！？]{0,16}"
                                  r"的(?:市州|市|县|区|县市区|县区|县市|市、县市区|市、县区|县（市、区）|单位|部门|地区|集体|园区)$")


# 关于确定22家旅游度假区为国家级旅游度假区的公告: a decision that counts what it designates
TITLE_DECIDED = re.compile(r"(?:确定|命名|认定|批准|公布)(?:以下)?(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|座|所|处|条|名)"
                           r"[\u4e00-\u9fff（）()、]{0,16}?为")


# 温州新增7件, 上海再添3个: the title counts the new members of a list
TITLE_ADDED = re.compile(r"(?:新增|再添|新添|又添|又有|扩围至|扩大至|扩容至|扩展至|增至)(?P<count>\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:个|家|项|件|座|所|处|条|片)")


CHOSEN_MEASURES = re.compile(r"(?:复制推广|推广|典型|优秀|最佳)[^，,。]{0,20}(?:举措|做法|经验|实践|事项)")
INSPECTED = re.compile(r"督查|检查|巡视|巡察|暗访|约谈|调研|考察|走访|抽查|核查")  # places visited, not chosen
TITLE_ANY_COUNT = re.compile(r"(?P<count>\d{1,3}|[两二三四五六七八九十百]{1,4})\s*(?:个|项|座|家|处|所|地)(?![镇乡村庄屯寨])")


def _title_counts_exactly(title: str, n: int) -> bool:
    """Whether the title counts n of something anywhere (37个…城市, 50项…举措), selection word or not."""
    return any(count_value(m.group("count")) == n for m in TITLE_ANY_COUNT.finditer(title))


def _title_counts(title: str) -> int | None:
    m = TITLE_COUNT.search(title or "") or TITLE_DECIDED.search(title or "") or TITLE_ADDED.search(title or "")
    if not m:
        return None
    return count_value(m.group("count"))


def _numbered_from_one(numbers: list) -> bool:
    """1, 2, 3 …; or, a table printed in two or three halves side by side (| 1 | 甲 | 151 | 乙 |), blocks
    of consecutive numbers, the first from 1, none repeated."""
    if not numbers or any(not isinstance(x, int) for x in numbers) or len(set(numbers)) != len(numbers):
        return False
    ordered = sorted(numbers)
    breaks = sum(b != a + 1 for a, b in zip(ordered, ordered[1:]))
    return ordered[0] == 1 and (numbers == ordered or breaks <= 2)


def is_place(name: str) -> bool:
    """A place written in full, down to a town, street or village (胶州市里岔镇, 琅琊镇王家台后村)."""
    region = region_prefix(name)
    if region and (region == name or BELOW_COUNTY.fullmatch(name, len(region))):
        return True
    return bool(TOWNSHIP.match(name) or PLACE_CHAIN.match(name))


def is_region_name(name: str) -> bool:
    """吉林, 江苏, 云南: a region's name, full or short (which a surname check would take for a person);
    a country's too (丹麦, 韩国: international rankings)."""
    return name in gazetteer().names or is_country(name) or joined_places(name)  # (宁波—舟山: two named as one)


def is_full_region(name: str) -> bool:
    name = name.strip()
    return len(name) >= 3 and region_prefix(name) == name


NAV_NAME = re.compile(r"^(?:首页|尾页|上一页|下一页|下页|上页|更多|返回|末页)$")


# A heading that says how something got better (互动交流更便捷, 网站功能逐步完善), not a name
QUALITY_END = re.compile(r"(?:更|更加|较为|愈发|日益|日趋|不断|进一步|逐步|持续|明显)[\u4e00-\u9fff]{1,4}$")


def looks_like_name(name: str) -> bool:
    """A short proper name: no sentence, no verb-led phrase, no person with a post, no number."""
    name = name.strip()
    if is_country(name):
        return True  # (以色列 begins like a measure, 以…: a country's name is a name whatever its first word)
    return (2 <= len(name) <= 14 and not re.search(r"[。！？，,；;：:《》\s]", name) and not MEASURE_START.match(name)
            and not QUALITY_END.search(name)
            and not looks_like_person(name) and not DOCUMENT_END.search(name)
            and len(re.findall(r"[\u4e00-\u9fffA-Za-z]", name)) >= 2 and not NAV_NAME.search(name)
            and not LIST_LIKE.match(name) and not any(unicodedata.category(ch) == "So" for ch in name))


# An order that is a ranking after all: 按指数由高到低排列, 以得分高低为序
RANKED_ORDER = re.compile(r"高到低|高至低|低到高|高低|降序|升序|得分|分数|分值|指数|票数")


def ranked(page_text: str) -> bool:
    """False when the page says its order is not a ranking (排名不分先后, 按拼音排序)."""
    return not any(not (m.group(0)[0] in "按以" and RANKED_ORDER.search(m.group(0))) for m in NOT_RANKED.finditer(page_text))


# Words that say something was chosen: a page about one case says how it was (入选, 获评, 上榜 …)
SELECTED = re.compile(r"入选|获评|上榜|荣获|获奖|评为|入围|获批|命名|认定|选为|揭晓|出炉|表彰|表扬|授予|名单|榜单")
CASE_NUMBER = re.compile(r"^\s*[【\[［〔]?案例[一二三四五六七八九十\d]{1,3}(?:[】\]］〕]|[：:、.．\s])")
# A line that gives the one case after a label saying it was chosen: 入选案例：…, 获奖项目：…
CHOSEN_LABEL = re.compile(r"^[^：:，,。]{0,12}(?:入选|获奖|获评|上榜|推荐|申报|入围)[^：:，,。]{0,6}[：:]")


AWARD_NAME = re.compile(r"^(?:十大|十佳|十强|百强|年度|最佳|最具|优秀奖|[一二三]等奖)")  # 十大党政机构微博: an award's title


CHOSEN_PLACES = re.compile(r"(?:入选|获评|上榜|入围|获批|命名|确定)的?(?:城市|地区|县|区|县市区?|市县|县区|市州)(?:名单)?\s*[：:]?$")


def single_case(bare: str, judged: str, own_line: str, above: str, title: str, lead: str, recorded: bool = False) -> bool:
    """Whether the one item of a run is the case a page is about, on a page where no list is found.

    News of one body's or one product's success (…入选全国…典型案例) names its case once, in a
    place the page's structure marks: after a sentence that announces it (本文关注的入选场景为：),
    after a label (入选案例：), over the line naming who put it forward (``recorded``: 推荐单位：…),
    or as the thing the title names. The page itself must speak of a
    selection; the item must look like a case (a product, a body, a place with something more)."""
    name = bare.strip()
    if not 2 <= len(name) <= NAME_MAX or any(ch in name for ch in "。！？；"):
        return False
    if looks_like_person(name) or LIST_LIKE.match(name) or LIST_TITLE.search(LABEL_NOTE.sub("", name)) or AWARD_NAME.match(name) \
            or STAT_FIGURE.search(name) or SITE_CHROME.match(name) or NAV_NAME.match(name):
        return False
    numbered = bool(CASE_NUMBER.match(own_line)) or bool(RANK_LABEL.search(above.strip()))  # 案例一 …, 排名1 over it
    # 河南省入选城市： / - 平顶山市: a place alone, under a label that says the places were chosen
    placed = bool(CHOSEN_PLACES.search(above.strip())) and (is_full_region(name) or region_prefix(name) == name)
    if not (looks_like_case(name) or looks_like_case(judged) or numbered or placed):
        return False  # (the page that numbers its case says what it is, whatever its wording)
    if not (SELECTED.search(title + "\n" + lead + "\n" + above) or numbered):
        return False
    announced = (above.rstrip().endswith(("：", ":")) and bool(LIST_WORDS.search(above))) or bool(
        CHOSEN_LINE.match(above.strip()))  # (入选案例 alone over it)
    labelled = bool(CHOSEN_LABEL.match(own_line.strip()))
    quoted = [q for q in re.findall(r"[“「『]([^“”「」『』]{2,30})[”」』]", name)]
    titled = bool(title) and (name in title or any(q in title for q in quoted))
    # ——常德市深化…改革典型经验 under a heading: the page's own name for the practice it presents
    subtitled = own_line.lstrip().startswith("—") and bool(re.search(r"(?:经验|做法|案例|实践|探索)$", name))
    return announced or labelled or titled or recorded or numbered or subtitled or placed
