"""Who wrote a Chinese news article: bylines, datelines and closing signatures.

General extractors read ``<meta name="author">``, which on Chinese sites is usually
the responsible editor (责任编辑). Reporters are named in the visible text instead,
in a few conventional shapes, tried here in order of reliability:

1. a labelled byline: 作者：X, 记者 X, 文/X, 编译/X, 作者︱X;
2. a dateline: 新华社北京5月9日电（记者X、Y）, 本报讯（记者X）;
3. a closing signature in parentheses: （X）, （评论员 X Y）.

Editors, selectors, photographers and producers (责任编辑, 编辑, 责编, 选稿, 摄, 出品)
are never authors. A name must look like a person's name (a known surname and one to
three more characters), so pen names of institutions (经济日报评论员) are left out.
"""
from __future__ import annotations

import re

# Common Chinese surnames (single and compound), enough to tell a name from a word.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文"
    "牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
    "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫"
    "米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相"
    "初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾"
    "茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由萧钮禄历蔚弓经暴"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "万俟", "独孤", "南宫", "西门", "申屠", "轩辕", "澹台", "太史")
# Words that make a "name" an institution, a role or a place, not a person.
NOT_A_NAME = re.compile(
    r"评论员|编辑|记者|通讯员|本报|日报|晚报|新闻|社|网|台|中心|部|局|院|委|办|省|市|县|区|完|摄|图|视频|来源|作者|"
    r"责任|选稿|审核|校对|出品|监制|原标题|转载|专稿|综合|报道|特约|客户端|公众号|栏目|组"
)
NOT_A_NAME_LOOSE = re.compile(
    r"评论员|编辑|记者|通讯员|本报|日报|晚报|新闻|中心|来源|作者|责任|选稿|审核|校对|出品|监制|综合|报道|客户端|公众号|栏目"
    r"|日期|时间|发布|发表|浏览|点击|字号|字体|打印|关闭|文章|本站|佚名|网络|匿名|管理员|未知|回复|楼主|分享|收藏|举报|微博|微信"
    r"|关注|返回|查看|更多|登录|注册|首页|评论|阅读|^admin$|^editor$|^root$"
)
# Labels after which the text is about somebody else than the author.
EDITOR_LABEL = re.compile(r"责任编辑|责编|编辑|选稿|审核|校对|审校|监制|出品|制作|策划|统筹|摄影|摄|图片|来源|稿件来源|原标题|点击|分享")
TITLE_WORDS = "研究员|副研究员|教授|副教授|讲师|博士|部长|主任|所长|院长|书记|处长|局长|主编|记者|特约评论员|评论员"
INSTITUTION_START = re.compile(r"^(?:北京|清华|复旦|中国|中央|国家|上海|南京|浙江|武汉|中山|南开|人民|华东|华中|华南|西南|西北|东北|[\u4e00-\u9fff]{0,4}(?:大学|学院|研究院|研究所|研究中心|党校))")

HANDLE = r"[A-Za-z][A-Za-z0-9_\-]{1,19}(?![A-Za-z0-9_\-])"
NAME_RUN = r"[\u4e00-\u9fff·“”]{1,30}(?:[ \t\u3000\u00a0、，,&＆]+[\u4e00-\u9fff·“”]{1,30}){0,5}"
LABELLED = re.compile(
    rf"(?:作者\s*(?:[:：︱丨|/／]|\s|(?=[A-Za-z]))|(?:^|(?<=[\s（(【\[]))(?:文|撰文|编译|翻译|口述|执笔人?|采写)\s*[:：︱丨|/／])"
    rf"\s*(?P<names>{NAME_RUN}|{HANDLE})"
)
# 韩冰/文: the name before the label
NAME_SLASH_WEN = re.compile(r"(?:^|(?<=[\s（(【\[]))(?P<names>[\u4e00-\u9fff·]{2,4})\s*[/／]\s*文(?![\u4e00-\u9fff])")
# 2011-03-05 08:12 [ 陈立群 ] 来源：…: a name in brackets beside the date of a byline line
BRACKETED_BESIDE_DATE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[\[【]\s*(?P<names>[\u4e00-\u9fff·]{2,4})\s*[\]】]")
# forum posts: 本贴由 X 于 2009-5-3 10:22 发表 / X 发表于 2009-5-3 10:22
FORUM_POSTER = re.compile(
    r"本[贴帖]由\s*(?P<names>[^\s于]{2,20})\s*于\s*\d{4}"
    r"|(?:^|\s)(?P<poster>[^\s:：]{2,30})\s*(?:发表于\s*\d{4}|于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[\d:]*\s*发布)"
    r"|posted\s*@\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+(?P<blogger>[^\s:：]{2,30})", re.I)
REPORTER = re.compile(rf"(?:^|[\s（(]|[\u4e00-\u9fff·]{{0,8}})记者\s*[:：]?\s*(?P<names>{NAME_RUN})")
DATELINE = re.compile(rf"(?:电|讯|报道)\s*[（(]\s*(?:记者|通讯员|实习生)?\s*(?P<names>{NAME_RUN})\s*[）)]")
SIGNATURE = re.compile(rf"[（(]\s*(?:评论员|特约评论员|作者[:：]|文[/／])?\s*(?P<names>{NAME_RUN})\s*[）)]\s*$")


def is_name(token: str, strict: bool = True) -> bool:
    """A person's name: 2-4 characters, no institution words, and (when strict) a known surname.

    Bylines with a label (作者︱春春) may carry pen names, so they are checked loosely.
    """
    if not strict and re.fullmatch(HANDLE, token):
        return not NOT_A_NAME_LOOSE.search(token)  # a pen name in Latin letters (作者maomaobear)
    if not 2 <= len(token) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff·]+", token):
        return False
    if not strict:
        # A labelled pen name may hold any character (上官网儿), but not be an outlet or a role.
        return not (NOT_A_NAME_LOOSE.search(token) or re.search(r"[网报社台]$", token))
    if NOT_A_NAME.search(token) or NOT_A_NAME_LOOSE.search(token):
        return False
    if token.startswith(COMPOUND_SURNAMES):
        return len(token) >= 3
    return token[0] in SURNAMES


def _name_in(token: str) -> str | None:
    """A name inside a token that carries a title: 研究员徐占忱, 方敏北京大学经济学院教授."""
    m = re.search(rf"(?:{TITLE_WORDS})([\u4e00-\u9fff]{{2,3}})$", token)
    if m and is_name(m.group(1)):
        return m.group(1)
    for length in (2, 3):
        head, rest = token[:length], token[length:]
        if is_name(head) and INSTITUTION_START.match(rest):
            return head
    return None


DESCRIPTOR = re.compile(rf"^[图文]$|作者|专栏|{TITLE_WORDS}|撰稿|特约|通讯员|实习生")
OUTLET_END = re.compile(r"(?:报|社|网|台|刊)$")
ROLE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:记者|通讯员|实习生|评论员|撰稿人|执笔人?)")


def split_names(run: str, strict: bool = True) -> list[str]:
    """Names from a run like '王乐文  方  敏' or '戴小河、印朋', stopping at the first non-name."""
    label = EDITOR_LABEL.search(run)
    if label and label.group(0) in ("摄", "摄影") and not run[: label.start()].strip(" \u3000").endswith(("、", "，")):
        return []  # 新华社记者 谢环驰 摄: a photo credit
    run = run[: label.start()] if label else run
    tokens = [t.strip("“”") for t in re.split(r"[ \t\u3000\u00a0、，,;；/／&＆]+", run) if t.strip("“”")]
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        # '方  敏': a two-character name padded to the width of a three-character one.
        if len(tokens[i]) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            merged.append(tokens[i] + tokens[i + 1])
            i += 2
            continue
        merged.append(tokens[i])
        i += 1
    names: list[str] = []
    for token in merged:
        role = ROLE_PREFIX.match(token)
        if role:  # 本报记者, 新京报记者, 总台央视记者: the role, then the name
            token = token[role.end():]
            if not token:
                continue
        if is_name(token, strict):
            names.append(token)
            continue
        inner = _name_in(token)
        if inner:
            names.append(inner)
            continue
        if not names and DESCRIPTOR.search(token) and not OUTLET_END.search(token):
            continue  # 文/图 X, 观察者网专栏作者 X, …研究部部长、研究员X: who the author is, before the name
        break  # the run stops at the first word that is not a name (作者：新京报 举报 缩小字体 …)
    return list(dict.fromkeys(names))


_EDITOR_PART = re.compile(
    rf"(?:{EDITOR_LABEL.pattern})\s*[:：︱|/／]?\s*(?:(?!作者|记者|文[/／])[\u4e00-\u9fff·]){{1,12}}"
    r"(?:[ \u3000、，,]+(?:(?!作者|记者|文[/／])[\u4e00-\u9fff·]){1,6}){0,3}"
)


PHOTO_CREDIT = re.compile(r"(?:[\u4e00-\u9fff]{0,6}记者|通讯员)?\s*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4}){0,3}\s*摄(?:影)?(?![\u4e00-\u9fff])")


def _strip_editor_parts(line: str) -> str:
    """Drop 责任编辑：X and photo credits (记者 X 摄) so their names are not read as authors."""
    return _EDITOR_PART.sub(" ", PHOTO_CREDIT.sub(" ", line))


def forum_poster(text: str) -> str | None:
    """The poster of a forum post (本贴由 X 于…发表, X 发表于…): a user name, in any script."""
    for m in FORUM_POSTER.finditer(text):
        name = (m.group("names") or m.group("poster") or m.group("blogger") or "").strip()
        if name and not NOT_A_NAME_LOOSE.search(name) and not re.search(r"\d{4}", name):
            return name
    return None


LABEL_ALONE = re.compile(r"^\s*(?:作者|记者|文|执笔人?|撰稿)\s*[:：]\s*$")
# 李明远的博客: the blog's owner, where a blog names no other author
BLOG_OWNER = re.compile(r"(?P<names>[\u4e00-\u9fff·]{2,4})的(?:新浪|网易|搜狐)?(?:博客|空间|个人主页|专栏)")


def blog_owner(texts: list[str]) -> list[str] | None:
    for text in texts:
        m = BLOG_OWNER.search(text)
        if m and is_name(m.group("names"), strict=False):
            return [m.group("names")]
    return None


def authors_in_header(lines: list[str]) -> list[str] | None:
    """Bylines in the lines between the headline and the body (or in author elements)."""
    # a label in a cell of its own (作者：| 青石板路 提交日期：…) belongs to the next line
    lines = [line + " " + lines[k + 1] if LABEL_ALONE.match(line) and k + 1 < len(lines) else line
             for k, line in enumerate(lines)]
    for line in lines:
        m = NAME_SLASH_WEN.search(line)  # before editor parts are cut: 来源：东城晚报 韩冰/文
        if m and is_name(m.group("names")):
            return [m.group("names")]
        line = _strip_editor_parts(line)
        for pattern, strict in ((LABELLED, False), (BRACKETED_BESIDE_DATE, True),
                                (REPORTER, True), (DATELINE, True)):
            m = pattern.search(line if pattern is not DATELINE else line[:80])
            if m:
                names = split_names(m.group("names"), strict)
                if names:
                    return names
    return None


def authors_in_body(first: list[str], last: list[str]) -> list[str] | None:
    """A dateline or byline in the opening lines, or a signature in the closing lines."""
    for line in first:
        for pattern in (DATELINE, REPORTER):
            m = pattern.search(line[:80])
            if m:
                names = split_names(m.group("names"))
                if names:
                    return names
        if len(line) <= 20:  # a byline on a line of its own: 半月谈记者 史卫燕
            found = authors_in_header([line])
            if found:
                return found
    for line in reversed(last):
        cleaned = _strip_editor_parts(line)[-120:]
        for pattern, strict in ((LABELLED, False), (REPORTER, True)):
            m = pattern.search(cleaned)
            if m and (len(line) <= 60 or m.start() >= len(cleaned) - 100):
                names = split_names(m.group("names"), strict)
                if names:
                    return names
        m = SIGNATURE.search(line)
        if m:
            names = split_names(m.group("names"))
            if names:
                return names
    return None
