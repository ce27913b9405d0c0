"""Case identity: the keys storage uses to tell two mentions are one case.

Kept apart from extraction, outside the ``cases`` package (whose import compiles some 550 patterns),
so that the archive (``archive/db.py``), search and a Datasette server depend on these
few functions only, and a change in how cases are found never changes how they are keyed.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .agencies import QUOTES
from .regions import locate


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text or "")


@lru_cache(maxsize=16384)  # the same names are keyed again and again (runs, summaries, storage)
def normalise_name(name: str) -> str:
    """The key two mentions of one case share: simplified, NFKC, no quotes or spaces, upper-case
    Latin, no @ before an account (@黄冈检察 and 黄冈检察 are one account)."""
    s = unicodedata.normalize("NFKC", to_simplified(name or ""))
    s = re.sub(f"[{re.escape(QUOTES)}\\s·•・\"'「」]", "", s)
    return s.lstrip("@").upper()


@lru_cache(maxsize=16384)
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


PLACE_MAX = 20


@lru_cache(maxsize=16384)
def place_key(name: str) -> str | None:
    """The place a name that is only a place stands for (深圳 and 深圳市, 北京 and 北京市 are one
    entry of a ranking of cities): ``place:`` and its code; None for any other name."""
    n = normalise_name(name)
    if not 2 <= len(n) <= PLACE_MAX or not re.fullmatch(r"[\u4e00-\u9fff]+", n):
        return None  # longer than any place's full name, or not only Chinese characters
    region = locate(n)
    return f"place:{region.adcode}" if region.adcode and region.matched == n and not region.ambiguous else None
