"""Decoding page bytes and turning HTML blocks into text lines.

Chinese pages routinely declare a charset they do not use (a GB2312 ``<meta>`` on
UTF-8 bytes), so the bytes are sniffed before any declaration is trusted.
"""
from __future__ import annotations

import codecs
import re
import threading

import lxml.html
from lxml import etree

from parsel import Selector
from w3lib.encoding import html_body_declared_encoding, resolve_encoding


# Limits on one page, so that no page costs more than a bounded amount of time and memory.
MAX_PAGE_BYTES = 8 * 1024 * 1024  # larger responses are refused (the crawl's DOWNLOAD_MAXSIZE too)
MAX_TEXT_CHARS = 1_000_000  # article text beyond this is cut (a 2 MB page of text gives about 760,000)
MAX_NESTING = 200  # layout tags nested deeper than this (500 unclosed <font>) are removed, text kept


class UnreadablePage(ValueError):
    """The bytes are not an HTML page we can decode (empty, binary, or undecodable)."""


_GB_FAMILY = {"gb2312", "gbk", "gb18030", "gb_2312-80", "x-gbk", "hz-gb-2312"}


def _normalise_codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    if name in _GB_FAMILY:
        # GB18030 is a superset of both; decoding with it never loses characters.
        return "gb18030"
    resolved = resolve_encoding(name)
    if not resolved:
        return None
    try:
        return codecs.lookup(resolved).name
    except LookupError:
        return None


MAX_REPLACED_SHARE = 0.02  # more undecodable bytes than this and the bytes are not text in any encoding


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 with no byte-order mark: markup and ASCII put a NUL in every other byte, on one side."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 16:
        return None
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / max(1, len(odd))
    if zeros_odd > 0.3 and zeros_even < 0.02:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.02:
        return "utf-16-be"
    return None


def decode_html(body: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for page bytes.

    Order: BOM, UTF-16 without a BOM, strict UTF-8 (valid UTF-8 is almost never an accident), the
    declared charset (HTTP header, then ``<meta>``), then GB18030 and Big5, each tried strictly so
    a wrong guess fails instead of producing mojibake. When none decodes every byte (a few damaged
    bytes in a real page), the encoding that leaves the fewest undecodable bytes wins and those
    become U+FFFD (counted in the archive's ``replaced_chars``): a handful of bad bytes never loses
    a page. Bytes that are not text — binary, or undecodable beyond MAX_REPLACED_SHARE — are refused.
    """
    if not body or not body.strip():
        raise UnreadablePage("the page is empty")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(enc, errors="replace"), enc.replace("-sig", "")
    utf16 = _utf16_without_bom(body[:4096])
    if utf16:
        return body.decode(utf16, errors="replace"), utf16
    if b"\x00" in body[:4096]:
        raise UnreadablePage("the file is binary, not an HTML page")
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = [_normalise_codec(declared), _normalise_codec(html_body_declared_encoding(body)), "gb18030", "big5"]
    candidates = [enc for enc in dict.fromkeys(candidates) if enc and enc != "utf-8"]
    for enc in candidates:
        try:
            return body.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    best = None
    for enc in ["utf-8"] + candidates:
        try:
            text = body.decode(enc, errors="replace")
        except LookupError:
            continue
        replaced = text.count("\ufffd")
        if best is None or replaced < best[0]:
            best = (replaced, text, enc)
    if best and best[0] <= MAX_REPLACED_SHARE * len(best[1]):
        return best[1], best[2]
    raise UnreadablePage("the page's bytes are not text in any known encoding (tried UTF-8, the declared "
                         "charset, GB18030, Big5)")


LAYOUT_TAGS = "div|font|span|b|i|u|em|strong|small|big|center|section|article|blockquote"
_LAYOUT_TAG = re.compile(rf"<(/?)(?:{LAYOUT_TAGS})\b[^>]*?(/?)>", re.I)


def flatten_deep(html: str) -> tuple[str, bool]:
    """``(html, changed)``: when layout tags nest deeper than MAX_NESTING, all of them removed.

    libxml2 stops building the tree at 255 levels and drops everything deeper (500 unclosed
    ``<font>`` lost the whole article), and a deep tree exhausts Python's recursion in any code
    that walks it. These tags only style or group text, so the text and its paragraphs survive.
    One pass over the tags: linear in the page."""
    depth = deepest = 0
    for match in _LAYOUT_TAG.finditer(html):
        if match.group(2):
            continue
        depth = depth - 1 if match.group(1) else depth + 1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_NESTING:
                return _LAYOUT_TAG.sub(" ", html), True
    return html, False


BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
SKIP_TAGS = frozenset("script style noscript template iframe object embed svg canvas select button textarea head".split())
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u200b\ufeff]+")


def _space(m: re.Match) -> str:
    gap = m.group()
    return "\u3000" if "\u3000" in gap or gap.count("\u00a0") >= 2 else " "


def clean_line(text: str) -> str:
    """Whitespace in a line collapsed; a gap the page prints (a full-width space, &nbsp;&nbsp;) stays
    one full-width space, where a page sets names apart with it (甲社区　乙社区), not a space."""
    return _SPACE.sub(_space, text).strip()


def block_lines(root, drop=(), owners: list | None = None) -> list[str]:
    """Visible text of an lxml element, one line per block element or ``<br>``.

    ``drop`` is a set of elements to leave out (with their tails kept, as the
    text after a dropped element still belongs to its parent). When ``owners`` is a list,
    the innermost block element of each line is appended to it, line for line.
    """
    lines: list[str] = []
    buf: list[str] = []
    blocks: list = [root]
    pre = [0]  # how many <pre> hold the text being read: its newlines are line breaks
    merged: dict = {}  # table -> {column: rows still covered by a cell merged down from above (rowspan)}

    def add(text: str) -> None:
        if not pre[0] or "\n" not in text:
            buf.append(text)
            return
        parts = text.split("\n")
        for part in parts[:-1]:
            buf.append(part)
            flush()
        buf.append(parts[-1])

    def flush():
        line = clean_line("".join(buf))
        if line:
            lines.append(line)
            if owners is not None:
                owners.append(blocks[-1])
        buf.clear()

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower().split("}")[-1]
        if el in drop or tag in SKIP_TAGS or not tag:
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        if tag == "br":
            flush()
        if tag == "tr":
            # One line per row, cells between pipes (the way trafilatura writes tables),
            # so that case tables keep their columns.
            cells = _row_cells(el, drop, merged)
            if any(cells):
                lines.append("| " + " | ".join(cells) + " |")
                if owners is not None:  # a row belongs to its table, a block among the text's blocks
                    table = el
                    while table is not None and table.tag != "table":
                        table = table.getparent()
                    owners.append(table if table is not None else el)
            return
        if tag == "dl":
            pairs = _term_pairs(el)
            if pairs:
                # <dt>名称</dt><dd>单位</dd> …: a term and what it is, one row each, like a table's
                flush()
                for term, said in pairs:
                    lines.append("| " + " ".join(block_lines(term, drop)) + " | " + " ".join(block_lines(said, drop)) + " |")
                    if owners is not None:
                        owners.append(term)  # (a term's line, restorable where the body extractor drops it)
                return
        if tag == "dd" and _grouped_definition(el):
            buf.append("- ")  # <dt>一类</dt><dd>甲</dd><dd>乙</dd>: the definitions under a term, as trafilatura bullets them
        if tag == "li":
            parent = el.getparent()
            if parent is not None and isinstance(parent.tag, str) and parent.tag.lower() == "ol":
                items = [c for c in parent if isinstance(c.tag, str) and c.tag.lower() == "li"]
                buf.append(f"{items.index(el) + 1}. ")
            else:
                buf.append("- ")
        if block:
            blocks.append(el)
        pre[0] += tag == "pre"
        if el.text:
            add(el.text)
        for child in el:
            walk(child)
            if child.tail:
                add(child.tail)
        pre[0] -= tag == "pre"
        if block:
            flush()
            blocks.pop()

    walk(root)
    flush()
    return lines


ROWSPAN_MAX = 1000  # rows one merged cell may cover (a page's own figure; bounded against a hostile one)


def _row_cells(tr, drop, merged: dict) -> list[str]:
    """A row's cells in their columns: where a cell of a row above is merged down over this one
    (rowspan), an empty cell keeps its place, as trafilatura writes it, so columns stay aligned."""
    table = tr.getparent()
    while table is not None and not (isinstance(table.tag, str) and table.tag.lower() == "table"):
        table = table.getparent()
    covered = merged.setdefault(id(table), {})
    tds = [cell for cell in tr if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
    cells: list[str] = []
    col = 0
    for cell in tds:
        while covered.get(col, 0) > 0:
            covered[col] -= 1
            cells.append("")
            col += 1
        cells.append(" ".join(block_lines(cell, drop)))
        try:
            span = min(int(cell.get("rowspan") or 1), ROWSPAN_MAX)
        except ValueError:
            span = 1
        if span > 1:
            covered[col] = span - 1
        col += 1
    while covered.get(col, 0) > 0:  # (a merged last column: its place at the row's end)
        covered[col] -= 1
        cells.append("")
        col += 1
    return cells


def _grouped_definition(dd) -> bool:
    """A <dd> among two or more under one <dt> (a term heading a group), not a term's one description
    nor one of its fields (<dd>报送单位：…</dd><dd>主要内容：…</dd>: the term is the name they describe)."""
    if re.match(r"\s*[\u4e00-\u9fff]{2,6}\s*[：:]", dd.text_content() or ""):
        return False
    # (the element right before or right after it a <dd> too: one look each way, whatever the list's length)
    return any(isinstance(c.tag, str) and c.tag.lower() == "dd" for c in (dd.getprevious(), dd.getnext()) if c is not None)


def _term_pairs(dl) -> list[tuple]:
    """(dt, dd) pairs of a definition list written as terms each with one description, two or more;
    else [] (a list of terms alone, or of several descriptions each, reads as lines)."""
    children = [c for c in dl if isinstance(c.tag, str)]
    tags = [c.tag.lower() for c in children]
    if len(tags) < 4 or len(tags) % 2 or tags != ["dt", "dd"] * (len(tags) // 2):
        return []
    return [(children[k], children[k + 1]) for k in range(0, len(children), 2)]


_parsers = threading.local()


def html_tree(html: str):
    """``lxml.html.fromstring`` with every element an ``HtmlElement``, chosen by lxml itself.

    lxml.html's own parser asks a Python method for each element's class (so that forms and
    inputs get theirs): about a million calls over a thousand pages, a twentieth of reading them.
    None of our readers uses the form classes. One parser per thread (lxml parsers are not shared).
    Raises what ``lxml.html.fromstring`` raises."""
    parser = getattr(_parsers, "parser", None)
    if parser is None:
        parser = _parsers.parser = lxml.html.HTMLParser()
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return lxml.html.fromstring(html, parser=parser)


def selector_for(html: str, url: str | None = None) -> Selector:
    return Selector(text=html, base_url=url or "")
