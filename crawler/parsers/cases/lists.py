"""Stage 4: the list a run of cases belongs to — its name, year, organisers and release date.

Everything that reads the whole text is computed once per page (``PageLists``), so that a page
with many runs costs no more than one pass over its text.
"""
from __future__ import annotations

import bisect
import re

from ..agencies import _ORG_END, split_organisers
from ..dates import find_dates

LIST_NAME = re.compile(
    r"[“\"「『《]?(?P<name>(?P<year>(?:19|20)\d{2})(?:年度?)?[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:案例|榜单|名单(?!位)|奖|排行榜|示范|评选))(?:简介|评选结果|结果|名单)?[”\"」』》]?"
)
ORGANISER = re.compile(
    r"由(?P<org>[\u4e00-\u9fff、与和及《》]{4,60}?)(?:共同|联合)?(?:发布|主办|评选|举办|组织|推出)"
)
ORGANISER_BEFORE = re.compile(
    rf"(?P<org>[\u4e00-\u9fff、与和及《》]{{2,60}}?(?:{_ORG_END}))(?:于[^，。“]{{2,16}}?)?(?:共同|联合)?(?:发布|评选|推出|公布)了?[“\"「]?$"
)
# A list named in quotation marks, with or without a year: “中国网络理政十大卓越案例（2016—2021）”
QUOTED_LIST = re.compile(
    # the year and place printed before the quotes belong to the name: 2017成都“网络理政十大年度案例”
    r"(?P<prefix>(?:19|20)\d{2}年?度?[\u4e00-\u9fff]{0,6})?"
    r"(?P<open>[“「『《])(?P<name>[^“”「」『』《》]{2,30}?(?:案例|榜单|名单|奖|排行榜|示范|评选)(?:[（(][\d—–\-年]{4,12}[）)])?)[”」』》]"
)


def _quoted_name(m: re.Match) -> str:
    prefix = m.group("prefix")
    return f"{prefix}{m.group(0)[len(prefix):]}" if prefix else m.group("name")
# Phrases about past editions, not a list's name: 2016年首届评选, 2016年以来历届…, 2016年起每年评选
NOT_A_LIST_NAME = re.compile(r"以来|年起|首届|历届|每年|往届|近年"
                             # a span cut out of a bracket (2019年）命名单位): not a name
                             r"|^[^（(]*[）)]")
RELEASE = re.compile(r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^。\n]{0,30}?(?:发布|揭晓|公布|颁奖)")


class PageLists:
    def __init__(self, lines: list[str], title: str | None):
        self.lines = lines
        self.title = title or ""
        self.text = "\n".join(lines)
        self.starts = []
        pos = 0
        for line in lines:
            self.starts.append(pos)
            pos += len(line) + 1
        self.names = [(m.start(), m.group("name")) for m in LIST_NAME.finditer(self.text)
                      if not NOT_A_LIST_NAME.search(m.group("name"))]
        found = [(m.start(), _quoted_name(m), m.group("name")) for m in QUOTED_LIST.finditer(self.text)
                 if not NOT_A_LIST_NAME.search(m.group("name"))]
        # a name printed once with its year and place (2017成都“…”) keeps them where it is repeated bare
        fullest: dict[str, str] = {}
        for _, full, bare in found:
            if len(full) > len(fullest.get(bare, "")):
                fullest[bare] = full
        self.quoted = [(at, fullest[bare]) for at, _, bare in found]
        self._organisers: dict[str, list[str]] = {}
        self._release: str | None | bool = False

    def _name_before(self, line: int) -> str | None:
        if line >= len(self.starts):
            return None
        end = self.starts[line]
        k = bisect.bisect_left(self.names, (end,))
        return self.names[k - 1][1] if k else None

    def _name_on(self, line: int) -> str | None:
        if not 0 <= line < len(self.lines):
            return None
        m = LIST_NAME.search(self.lines[line])
        return m.group("name") if m and not NOT_A_LIST_NAME.search(m.group("name")) else None

    def _quoted_before(self, line: int) -> str | None:
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        before = [name for at, name in self.quoted if at < end]
        return before[-1] if before else None

    def organisers(self, name: str) -> list[str]:
        if name in self._organisers:
            return self._organisers[name]
        found: list[str] = []
        for om in ORGANISER.finditer(self.text):
            window = self.text[om.end(): om.end() + 40]
            if name in window or name in self.text[max(0, om.start() - 40): om.start()]:
                found = split_organisers(om.group("org"))
                break
        if not found:
            at = self.text.find(name)
            while at >= 0 and not found:
                head = self.text[max(0, at - 60): at].split("\n")[-1]
                om = ORGANISER_BEFORE.search(re.split(r"[。！？]", head)[-1])
                if om:
                    found = split_organisers(re.sub(r"^(?:日前|近日|今天|昨天|此前)，?", "", om.group("org")))
                at = self.text.find(name, at + 1)
        if not found:
            # 这十个案例由A、B和C共同发布: the page's one sentence saying who issued its cases
            for om in ORGANISER.finditer(self.text):
                sentence_start = max(self.text.rfind(ch, 0, om.start()) for ch in "。\n") + 1
                if re.search(r"案例|名单|榜单|评选|奖", self.text[sentence_start: om.end()]):
                    found = split_organisers(om.group("org"))
                    break
        self._organisers[name] = found
        return found

    def release_date(self) -> str | None:
        if self._release is False:
            self._release = None
            for rm in RELEASE.finditer(self.text):
                found = find_dates(rm.group("date"))
                if found:
                    self._release = found[0].value
                    break
        return self._release

    def list_for(self, before: int) -> dict | None:
        """The list whose cases start at line ``before``: named just above, earlier, in the title, or on the line."""
        # the name just above the list, a name in quotation marks before it, a name in the
        # title, any name before it, a name on its first line
        title = LIST_NAME.search(self.title)
        quoted_title = None if title else QUOTED_LIST.search(self.title)
        title_name = (title.group("name") if title else _quoted_name(quoted_title) if quoted_title else None)
        if title_name and NOT_A_LIST_NAME.search((title or quoted_title).group("name")):
            title_name = None
        name = (self._name_on(before - 1) or self._quoted_before(before) or title_name
                or self._name_before(before) or self._name_on(before))
        if not name:
            return None
        year = re.match(r"(?:19|20)\d{2}", name) or re.search(r"(?:19|20)\d{2}(?=[）)年]?[^\d]*$)", name)
        return {"name": name, "year": int(year.group(0)) if year else None,
                "organisers": self.organisers(name), "release_date": self.release_date()}
