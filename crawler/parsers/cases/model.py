"""The small typed structures the stages hand on: an item on a line, a run of items."""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int, int]  # (line, start, end)


@dataclass
class Item:
    """One candidate case: where its text is, and what the page's structure says of it."""

    line: int
    start: int
    end: int
    number: int | None = None  # the item's printed number (1., （一）, ①), if any
    desc: list = field(default_factory=list)  # line indexes, or (line, start) for "rest of this line"
    agency: Span | None = None  # when the structure gives the agency apart (a column, 单位：, ——单位)
    region: Span | None = None  # a region column
    category: str | None = None
    rank: int | None = None  # only where the page ranks (a 名次 column, 第N名)
    whole: bool = False  # the span is a name cell of a table: never split at its punctuation
    shared_label: str | None = None  # one label over the whole run: not a category that sets items apart, but printed as the category
    unnamed: bool = False  # the list's column for the body is empty on this row (| — |): no agency given
    won: bool = False  # a heading naming its winner, then the honour it won (保定市：…试点城市)

    def lines(self) -> set[int]:
        return {self.line} | {d if isinstance(d, int) else d[0] for d in self.desc}


@dataclass
class Run:
    """A run of items found by one segmenter: a table, numbered lines, an inline enumeration …"""

    items: list[Item]
    shape: str
    numbered: bool = False  # printed numbers, which are ranks unless the page says otherwise
    trigger: bool = False  # introduced by 分别是 / 名单如下 …: the line itself says it is a list
    score: float = 0.0
    top: int | None = None  # the run's first line when it is not an item's (a table's header row)
    held: set = field(default_factory=set)  # lines the run holds besides its items' (a record's fields)
    asserted: bool = False  # its sentence says these won (甲、乙等团队获奖; 选取甲、乙、丙3个县)
    counted: bool = False  # its sentence counts them, then names them all (获准创建的共7项，分别是…)

    @property
    def first_line(self) -> int:
        return min(item.line for item in self.items)

    @property
    def top_line(self) -> int:
        return self.first_line if self.top is None else min(self.top, self.first_line)

    def lines(self) -> set[int]:
        out: set[int] = set(self.held)
        for item in self.items:
            out |= item.lines()
        return out
