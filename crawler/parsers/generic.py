"""Article extraction for pages with no site parser.

The body comes from trafilatura (measured best on Chinese news bodies, see README);
everything it is weak at on Chinese pages is done here, on one lxml tree:

- title: the visible headline that the ``<title>`` (minus the site suffix) or
  ``og:title`` confirms, not the first ``<h1>`` (often a navigation box);
- published time: a visible date near the headline, then meta tags and JSON-LD, then
  the URL — visible first because meta times are often the update time;
- author: bylines, datelines and signatures (``bylines.py``), never ``<meta name=author>``
  (usually the editor);
- source: the 来源 label near the headline, then ``<meta name="source">``.
"""
from __future__ import annotations

import json
import re
from datetime import datetime

import trafilatura
from lxml import etree

from .bylines import authors_in_body, authors_in_header, blog_owner, forum_poster, is_name, split_names
from .dates import BEIJING, DATETIME, find_datetime
from .html import block_lines, clean_line, html_tree

# --- selectors and patterns, kept together -----------------------------------

TITLE_META = (
    "//meta[@property='og:title']/@content",
    "//meta[@name='twitter:title']/@content",
    "//meta[@name='title']/@content",
    "//meta[@name='ArticleTitle']/@content",
)
# Elements that may hold the headline when it is not an <h1>.
HEADLINE_CANDIDATES = (
    "//h1 | //h2 | //h3 | //*[self::div or self::p or self::span or self::td or self::strong]"
    "[contains(@class,'title') or contains(@class,'tit') or contains(@id,'title') or contains(@class,'headline')"
    " or contains(@class,'bt') or contains(@class,'Title')]"
)
GENERIC_TEXT_ELEMENTS = "//body//*[self::div or self::td or self::font or self::p or self::span or self::b or self::strong]"
DATE_META = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='publishdate']/@content",
    "//meta[@name='PubDate']/@content",
    "//meta[@name='pubdate']/@content",
    "//meta[@name='publish_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='og:time ']/@content",
    "//meta[@property='og:release_date']/@content",
)
SOURCE_META = ("//meta[@name='source']/@content", "//meta[@name='og:source']/@content")
AUTHOR_ELEMENTS = ("//*[contains(@class,'author') or contains(@id,'author') or contains(@class,'byline') or contains(@class,'editor')"
                   " or contains(@class,'rich_media_meta_text')]")
LABELLED_TEXT = ("//body//text()[contains(., '作者') or contains(., '文/') or contains(., '发表于') or contains(., '本贴由')"
                 " or contains(., 'posted @')]")
BLOG_HEADER = "//title | //h1 | //*[contains(@class,'blogname') or contains(@class,'blogtitle') or contains(@id,'blogname')]"
HIDDEN = "//*[contains(translate(@style,' ',''),'display:none') or contains(translate(@style,' ',''),'visibility:hidden') or @hidden]"
NOISE_TAGS = ("script", "style", "noscript", "template", "textarea", "select", "option", "iframe")
CHROME = (
    "//nav | //footer | //aside | //form | //*[contains(concat(' ', @class, ' '), ' mw-editsection ')]"
    " | //*[self::div or self::ul or self::section]"
    "[re:test(concat(@id, ' ', @class), '(^|[-_ ])(nav|navbar|menu|footer|foot|sidebar|share|comment|comments|recommend|related|breadcrumb|crumb|copyright|login|search|topbar|toolbar)([-_ ]|$)', 'i')]"
)
TITLE_SEPARATORS = re.compile(r"\s*(?:--|_|\||｜(?=[^｜]*$)| - | — |–)\s*")

DATE_LABEL = re.compile(r"(?:发布时间|发稿时间|发表时间|发布日期|更新时间|时间|日期)\s*[:：]")
# 来源：X, not 图片来源：X (an image credit); X stops at the first space: what follows is another
# field (作者, 编辑), a button (打印, 字号) or the next line of a header run together.
SOURCE_LABEL = re.compile(r"(?<!图片)(?<!图)(?:稿件来源|文章来源|信息来源|来源)\s*[:：]\s*(?P<source>[^\s|｜:：]{2,30})")
SOURCE_LABEL_ALONE = re.compile(r"(?<!图片)(?<!图)(?:稿件来源|文章来源|信息来源|来源)\s*[:：]\s*$")
SOURCE_NAME = re.compile(r"^[^\s|｜:：\d]{2,30}$")
WECHAT_TIME = re.compile(r"""var\s+ct\s*=\s*["'](\d{10})["']""")
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)")
HEADER_TEXT_NODES = 80


def _text(el) -> str:
    return clean_line(" ".join(el.itertext()))


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:  # keep the text that follows the element
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def load_tree(html: str):
    try:
        tree = html_tree(html)
    except (etree.ParserError, ValueError):
        return None
    tree = _noframes_page(tree)
    # Comments go first, keeping the text after them (谷歌<!--/keyword-->在2014年…).
    etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    for el in tree.xpath("//" + " | //".join(NOISE_TAGS)):
        _drop(el)
    for el in tree.xpath(HIDDEN):
        if not _folded_content(el):
            _drop(el)
        else:  # (shown as the open page shows it: the extractors after this step drop hidden parts too)
            el.attrib.pop("style", None)
            el.attrib.pop("hidden", None)
    return tree


FOLD_CLASS = re.compile(r"(?:^|[-_ ])(?:fold|collapse|collapsible|accordion|panel-body|tab-pane|expand)(?:[-_ ]|$)", re.I)


def _folded_content(el) -> bool:
    """A hidden part a reader opens on the page (an accordion's body under the heading that toggles it,
    a collapsed panel): content shown on a click, kept; other hidden parts (templates, popups) go."""
    if FOLD_CLASS.search(el.get("class") or ""):
        return True
    toggle = el.getprevious()
    return toggle is not None and (toggle.get("aria-expanded") is not None or toggle.get("data-toggle") is not None)


def _noframes_page(tree):
    """A frameset page's article is its ``<noframes>`` body (what a browser without frames shows);
    lxml keeps that body as the raw text of ``<noframes>``: it is read as the page, under the
    frameset's own head."""
    if tree.find("body") is not None or tree.find("frameset") is None:
        return tree
    raw = next((el.text for el in tree.iter("noframes") if el.text and "<" in el.text), None)
    if not raw:
        return tree
    try:
        inner = html_tree(raw)
    except (etree.ParserError, ValueError):
        return tree
    head = tree.find("head")
    if head is not None and inner.find("head") is None:
        inner.insert(0, head)
    return inner


def prune_chrome(tree) -> None:
    """Remove page furniture before body extraction: less for trafilatura to read, less to mistake."""
    for el in tree.xpath(CHROME, namespaces={"re": "http://exslt.org/regular-expressions"}):
        _drop(el)
    join_list_items(tree)
    unwrap_lone_item_blocks(tree)
    break_block_list_items(tree)
    separate_cells(tree)
    space_chips(tree)
    unwrap_layout_tables(tree)
    open_card_links(tree)
    paragraph_sections(tree)


INLINE_TAGS = ("a", "span", "strong", "b", "em", "i", "font", "u")


def join_list_items(tree) -> None:
    """Keep a list item on one line when it mixes a link with text of its own.

    trafilatura writes each child of an <li> on a line of its own, so
    <li><a>“爱山东”APP</a>（山东省大数据局）</li> would come out as two lines, and a list of cases
    as twice as many half-items. Items that are only a link (menus, related articles) are left
    alone: their links are what marks them as page furniture.
    """
    for li in tree.iter("li"):
        inline = [el for el in li if isinstance(el.tag, str) and el.tag in INLINE_TAGS]
        if not inline or len(inline) != len(li):
            continue
        own = (li.text or "") + "".join(el.tail or "" for el in inline)
        if len(re.sub(r"[\s\W_]", "", own)) < 2:
            continue
        for el in inline:
            el.drop_tag()


SECTION_BLOCKS = ("p", "div", "section", "table", "ul", "ol", "dl", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li")


def paragraph_sections(tree) -> None:
    """Keep the text of a WeChat ``<section>`` that holds only inline text (<section><span>重庆市</span></section>)
    as a paragraph of its own.

    trafilatura keeps <p> and drops such sections, and a repost that styles each name in a section of
    its own loses every name while it keeps the description under it."""
    for section in list(tree.iter("section")):
        if any(isinstance(el.tag, str) and el.tag in SECTION_BLOCKS for el in section.iterdescendants()):
            continue
        parent = section.getparent()
        # (only beside a sibling section holding a paragraph: a card of a name over its description;
        # a badge and a name styled apart stay as trafilatura joins them)
        if parent is None or not any(sib is not section and sib.tag == "section" and sib.find(".//p") is not None for sib in parent):
            continue
        if "".join(section.itertext()).strip():
            section.tag = "p"


CARD_HEADINGS = ("h2", "h3", "h4", "h5")
CARDS_MIN = 3


def open_card_links(tree) -> None:
    """Keep a grid of cards as content: three or more sibling links that each hold a heading and
    a line of their own (<a class="card"><span>十佳精品景区</span><h3>太平湖景区</h3><p>申报单位：…</p></a>)
    become the rows of a table, one cell for each of their parts, in order.

    trafilatura drops them as link lists, and a page that prints its list as cards loses it; as
    rows, the name and the body beside it stay one entry. A menu or a list of related articles is
    links of one line each and stays as it is."""
    for parent in list(tree.iter()):
        cards = [el for el in parent if isinstance(el.tag, str) and el.tag == "a"]
        if len(cards) < CARDS_MIN or len(cards) < 0.8 * sum(1 for el in parent if isinstance(el.tag, str) and el.tag != "br"):
            continue
        if not all(any(card.find(".//" + h) is not None for h in CARD_HEADINGS) for card in cards):
            continue
        parts = [[re.sub(r"\s+", " ", el.text_content()).strip() for el in card if isinstance(el.tag, str) and el.tag in CARD_PARTS] for card in cards]
        if not all(len([p for p in row if p]) >= 2 for row in parts):
            continue
        table = etree.Element("table")
        for row in parts:
            tr = etree.SubElement(table, "tr")
            for text in row:
                etree.SubElement(tr, "td").text = text
        table.tail = cards[-1].tail
        parent.insert(parent.index(cards[0]), table)
        for el in [el for el in parent if isinstance(el.tag, str) and el.tag in ("a", "br") and (el in cards or el.tag == "br")]:
            parent.remove(el)


CARD_PARTS = ("span", "p", "div", "em", "strong", "b", "small", "time", *CARD_HEADINGS)


def unwrap_lone_item_blocks(tree) -> None:
    """Keep a list item's only paragraph as the item's text.

    trafilatura drops the <p> of <li><img><p class="caption">新莊區公所</p></li> (a slide or a card:
    a picture and its caption) and keeps an empty item; the caption is the item's name."""
    for li in tree.iter("li"):
        children = [el for el in li if isinstance(el.tag, str)]
        blocks = [el for el in children if el.tag in ("p", "div", "span")]
        if len(blocks) != 1 or any(el.tag not in ("p", "div", "span", "img", "br") for el in children) or (li.text or "").strip():
            continue
        block = blocks[0]
        if block.find(".//li") is None and block.find(".//table") is None and block.find(".//p") is None:
            block.drop_tag()


def break_block_list_items(tree) -> None:
    """Keep the paragraphs of a list item on lines of their own.

    trafilatura joins <li><p><b>名称</b></p><p>它做了什么……</p></li> into one line with a space,
    and the case's name then runs into its description; a <br> between the paragraphs it keeps."""
    for li in tree.iter("li"):
        children = [el for el in li if isinstance(el.tag, str)]
        blocks = [el for el in children if el.tag in ("p", "div")]
        if len(blocks) < 2 or len(blocks) != len(children) or any(
                el.find(".//li") is not None or el.find(".//table") is not None for el in blocks):
            continue
        for el in blocks[:-1]:
            el.append(etree.Element("br"))
        for el in blocks:
            el.drop_tag()


LAYOUT_BLOCKS = ("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "pre")
LAYOUT_TEXT = 200  # a cell with this much text in several blocks or lines is a page column, not data


def _is_layout_cell(cell) -> bool:
    if cell.find(".//table") is not None:
        return True
    blocks = sum(1 for el in cell.iter(*LAYOUT_BLOCKS) if el is not cell)
    # (the lines of a <pre> — a notice pasted as plain text into the page's article cell — count too)
    breaks = sum(1 for _ in cell.iter("br")) + sum("".join(pre.itertext()).strip().count("\n") for pre in cell.iter("pre"))
    if blocks < 2 and breaks < 2:
        return False
    text = len("".join(cell.itertext()).strip())
    # (two <br> in a cell of a long article's paragraphs: an old portal's article cell, not data)
    return text >= LAYOUT_TEXT if max(blocks, breaks) < 3 else text >= LAYOUT_TEXT // 2


def unwrap_layout_tables(tree) -> None:
    """Tables that lay out the page (old portals put header, article and sidebar in cells) become
    plain blocks, so that the article's paragraphs and ``<br>`` lines stay lines: trafilatura
    writes a table cell as one line, which ran a whole article with its list into one row. A
    table whose cells hold data (short text, at most one paragraph) is left a table."""
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th") if _nearest_table(c) is table]
        if not any(_is_layout_cell(c) for c in cells):
            continue
        for el in [table, *(e for e in table.iter("tr", "td", "th", "tbody", "thead", "tfoot", "caption")
                            if _nearest_table(e) is table)]:
            el.set(LAYOUT_MARK, el.tag)
            el.tag = "div"
            for attr in ("width", "height", "align", "valign", "colspan", "rowspan", "border", "cellpadding", "cellspacing"):
                el.attrib.pop(attr, None)


def _nearest_table(el):
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


CELL_MIN, CELL_MAX, CELLS_MIN = 2, 40, 3
SENTENCE_PUNCT = re.compile(r"[。！？!?，,；;]")


def space_chips(tree) -> None:
    """Put a space between adjacent inline elements of different classes that only CSS keeps apart
    (a card's ``<span class="chip">六级</span><span class="loc">北京</span>``): their text would
    run together into one word (六级北京). Short texts only; spans without a class are an editor's
    styled runs of one sentence and stay as they are."""
    for el in tree.iter(*INLINE_TAGS):
        nxt = el.getnext()
        if nxt is None or nxt.tag not in INLINE_TAGS or (el.tail or "").strip():
            continue
        if any(a.tag in ("pre", "code") for a in el.iterancestors()):
            continue  # (a highlighted program's tokens are spans of different classes too)
        a, b = (el.get("class") or "").strip(), (nxt.get("class") or "").strip()
        if not a or not b or a == b or (el.tail or "").endswith((" ", "\u3000")):
            continue
        texts = [clean_line("".join(x.itertext())) for x in (el, nxt)]
        if all(1 <= len(t) <= CHIP_MAX and not SENTENCE_PUNCT.search(t) for t in texts):
            el.tail = (el.tail or "") + " "


CHIP_MAX = 12


def separate_cells(tree) -> None:
    """Put a line break between sibling cells that only CSS keeps apart.

    A grid printed as ``<p><span class="dw">市教委</span><span class="dw">市农委</span>…</p>``
    shows one name per cell in a browser, but its text runs the names together. Three or more
    siblings of one tag and class, with no text between them, each a short phrase with no
    sentence punctuation, are cells: each gets a ``<br>`` after it. Spans without a class
    (the way editors split one sentence into styled runs) are left alone.
    """
    for parent in tree.iter():
        children = [el for el in parent if isinstance(el.tag, str)]
        if len(children) < CELLS_MIN or (parent.text or "").strip():
            continue
        first = children[0]
        cls = (first.get("class") or "").strip()
        if not cls or first.tag not in INLINE_TAGS:
            continue
        if any(el.tag != first.tag or (el.get("class") or "").strip() != cls or (el.tail or "").strip()
               for el in children):
            continue
        texts = [clean_line("".join(el.itertext())) for el in children]
        if any(not CELL_MIN <= len(t) <= CELL_MAX or SENTENCE_PUNCT.search(t) for t in texts):
            continue
        for el in children[:-1]:
            br = etree.Element("br")
            br.tail = el.tail
            el.tail = None
            el.addnext(br)


# --- title -------------------------------------------------------------------


def _title_score(text: str, references: list[str], parts: list[str]) -> float:
    squashed = _squash(text)
    score = 0.0
    for ref in references:
        if squashed == ref:
            score = max(score, 3.0)
        elif (ref.startswith(squashed) or ref.endswith(squashed)) and len(squashed) >= 0.3 * len(ref):
            score = max(score, 2.0 + len(squashed) / len(ref))
        elif squashed in ref and len(squashed) >= 6:
            score = max(score, 1.5)
    if score < 1.8 and any(part in squashed and len(squashed) <= 3 * len(part) for part in parts):
        score = 1.8  # the headline plus a journal or column name the <title> leaves out
    return score


def _in_link(el) -> bool:
    return el.tag == "a" or bool(el.xpath("ancestor::a[1]")) or bool(el.xpath(".//a[string-length(normalize-space()) > 3]"))


def find_title(tree) -> tuple[str | None, object]:
    """(headline, its element or None).

    The visible headline is the element whose text the ``<title>`` or ``og:title``
    confirms; when several do (a copy in the top navigation, a mobile block), the one
    followed by a date wins, as headlines are followed by their date line.
    """
    page_title = clean_line(" ".join(tree.xpath("//title//text()")))
    metas = [clean_line(v) for xp in TITLE_META for v in tree.xpath(xp) if clean_line(v)]
    references = [_squash(t) for t in [page_title, *metas] if t]
    parts = [_squash(p) for p in TITLE_SEPARATORS.split(page_title) + re.split(r"-", page_title) if len(_squash(p)) >= 4]
    scored = []
    for el in tree.xpath(HEADLINE_CANDIDATES):
        text = _text(el)
        if 4 <= len(text) <= 120:
            score = _title_score(text, references, parts) + (0.2 if el.tag == "h1" else 0.0)
            if score >= 1.5 and _in_link(el):
                score -= 1.5  # a link to an article is navigation, not this article's headline
            scored.append((score, text, el))
    if not scored or max(s for s, _, _ in scored) < 2.0:
        # Headlines in plain <div>/<td>/<font> (government sites): match the element's own text.
        for el in tree.xpath(GENERIC_TEXT_ELEMENTS):
            text = clean_line(el.text or "")
            if 4 <= len(text) <= 120:
                score = _title_score(text, references, parts)
                if score >= 2.0 and not _in_link(el):
                    scored.append((score, text, el))
    confirmed = [item for item in scored if item[0] >= 1.5]
    if confirmed:
        top = max(s for s, _, _ in confirmed)
        best = [item for item in confirmed if item[0] >= top - 0.05]
        if len(best) > 1:
            dated = [item for item in best if any(DATETIME.search(line) for line in header_lines(item[2], 25))]
            best = dated or best
        return best[0][1], best[0][2]
    if metas:
        return metas[0], None
    titled = [item for item in scored if item[2].tag != "h3" and 6 <= len(item[1]) <= 80]
    if titled:
        return titled[0][1], titled[0][2]
    if page_title:
        return TITLE_SEPARATORS.split(page_title)[0] or page_title, None
    return None, None


SITE_NAME_META = ("//meta[@property='og:site_name']/@content", "//meta[@name='og:site_name']/@content",
                  "//meta[@name='SiteName']/@content", "//meta[@name='sitename']/@content")


def find_site_name(tree, title: str | None) -> str | None:
    """The publishing site's name: its meta tag, or the last part of ``<title>`` after the headline
    (…_通知公告_上海宝山). Pages of a district's portal name the district nowhere else, while their
    lists say 区环保局."""
    for xp in SITE_NAME_META:
        for value in tree.xpath(xp):
            if 2 <= len(clean_line(value)) <= 30:
                return clean_line(value)
    parts = [clean_line(p) for p in TITLE_SEPARATORS.split(clean_line(" ".join(tree.xpath("//title//text()"))))]
    parts = [p for p in parts if p]
    if len(parts) >= 2 and 2 <= len(parts[-1]) <= 20 and _squash(parts[-1]) != _squash(title or ""):
        return parts[-1]
    return None


# --- the zone after the headline ---------------------------------------------


def header_lines(el, limit: int = HEADER_TEXT_NODES) -> list[str]:
    """Text after the headline, one string per text node, for bylines and dates."""
    if el is None:
        return []
    nodes = el.xpath(f"following::text()[normalize-space()][position() <= {limit}]")
    lines, buf = [], []
    for node in nodes:
        parent = node.getparent()
        text = clean_line(str(node))
        if not text:
            continue
        # Inline pieces (来源：<a>X</a>) belong to one line; a block ends it.
        buf.append(text)
        if parent is not None and parent.tag in ("div", "p", "li", "td", "h1", "h2", "h3", "h4", "tr", "br", "section"):
            lines.append(" ".join(buf))
            buf = []
    if buf:
        lines.append(" ".join(buf))
    return lines


# --- dates ---------------------------------------------------------------------


def _datetime_in(text: str) -> tuple[str, str] | None:
    found = find_datetime(text)
    return found if found[0] else None


def find_published(tree, lines: list[str], url: str | None, html: str | None = None) -> tuple[str | None, str | None]:
    # 1. a labelled date near the headline; 2. the first date there; 3. meta / JSON-LD; 4. URL;
    # 5. htmldate.
    for line in lines:
        if DATE_LABEL.search(line):
            found = _datetime_in(line[DATE_LABEL.search(line).start():])
            if found:
                return found
    for line in lines:
        found = _datetime_in(line)
        if found:
            return found
    for xp in DATE_META:
        for value in tree.xpath(xp):
            found = _iso_meta(value)
            if found:
                return found
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            if isinstance(obj, dict) and obj.get("datePublished"):
                found = _iso_meta(str(obj["datePublished"]))
                if found:
                    return found
    # Dates printed after the body (时间：… in an aside), then the first timed date anywhere.
    text = clean_line(" ".join(tree.xpath("//body//text()")))
    for m in DATE_LABEL.finditer(text):
        found = _datetime_in(text[m.end(): m.end() + 40])
        if found:
            return found
    found = _datetime_in(text)
    if found:
        return found
    if url:
        m = URL_DATE.search(url)
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "day"
    if html:
        m = WECHAT_TIME.search(html)
        if m:  # WeChat articles print their time from a script: var ct = "1581400000"
            moment = datetime.fromtimestamp(int(m.group(1)), tz=BEIJING)
            return moment.isoformat(timespec="seconds"), "minute"
    # htmldate re-parses the whole page: worth it on ordinary pages, not on the largest ones
    return htmldate_day(html) if html and len(html) <= HTMLDATE_MAX_CHARS else (None, None)


HTMLDATE_MAX_CHARS = 1_000_000


def htmldate_day(html: str) -> tuple[str | None, str | None]:
    """htmldate, where our rules find no date at all (dates only in scripts or odd markup).

    Measured on ../shared/corpus (README, "Extraction quality"): htmldate alone gets more days right
    there, but on pages written for this project it turns copyright lines into YYYY-01-01, so it
    comes last, and a 1 January it gives is taken for such a guess.
    """
    from htmldate import find_date

    try:
        # not its extensive search: that took 1.6 s on a 21 KB table of contents
        day = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a fallback must never cost the page
        return None, None
    if not day or day.endswith("-01-01"):
        return None, None
    return day, "day"


def _iso_meta(value: str) -> tuple[str, str] | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?", value)
    if not m:
        return None
    y, mo, d, h, mi, tz = m.groups()
    if h is None:
        return f"{y}-{mo}-{d}", "day"
    offset = "+08:00" if not tz else ("+00:00" if tz == "Z" else tz if ":" in tz else tz[:3] + ":" + tz[3:])
    return f"{y}-{mo}-{d}T{h}:{mi}:00{offset}", "minute"


# --- source --------------------------------------------------------------------


def find_source(lines: list[str], body_lines: list[str], meta: str | None = None) -> str | None:
    candidates = lines + body_lines[-3:]
    for i, line in enumerate(candidates):
        m = SOURCE_LABEL.search(line)
        if m:
            return m.group("source").strip(" ）)】]")
        # 来源：<a>人民网－人民日报</a>: the label and the linked name are separate text nodes
        if SOURCE_LABEL_ALONE.search(line) and i + 1 < len(candidates):
            following = candidates[i + 1].split()
            if following and SOURCE_NAME.match(following[0]):
                return following[0].strip(" ）)】]")
    return meta


def source_meta(tree) -> str | None:
    for xp in SOURCE_META:
        for value in tree.xpath(xp):
            value = re.sub(r"^来源[:：]\s*", "", clean_line(value))
            if value:
                return value
    return None


# --- authors -------------------------------------------------------------------


def authors_before_body(tree, lines: list[str]) -> list[str] | None:
    """Bylines near the headline or in author elements."""
    found = authors_in_header(lines[:12])
    if found:
        return found
    for el in tree.xpath(AUTHOR_ELEMENTS):
        text = _text(el)
        if not text or len(text) > 60:
            continue
        found = authors_in_header([text])
        if found:
            return found
        kind = el.get("class", "") + el.get("id", "")
        if "editor" in kind:
            continue
        if is_name(_squash(text)):
            return split_names(text)
        if "rich_media_meta_text" in kind and is_name(_squash(text), strict=False):
            return [_squash(text)]  # WeChat's author line: a pen name, in any script
    return None


def labelled_texts(tree) -> list[str]:
    """Short texts that carry a byline label anywhere in the page (作者︱X under the text)."""
    out = []
    for node in tree.xpath(LABELLED_TEXT):
        el = node.getparent()
        if getattr(node, "is_tail", False) and el is not None:
            el = el.getparent()  # text after a child (<a>icon</a> 作者：X) belongs to the parent
        text = _text(el) if el is not None else str(node)
        if len(text) <= 40:
            out.append(text)
    return out


def find_authors(before: list[str] | None, labelled: list[str], body_lines: list[str],
                 header: list[str] | None = None, owner_texts: list[str] | None = None) -> list[str] | None:
    """In order: a byline near the headline, a forum post's poster, a byline in the body's first or
    last lines, a labelled byline elsewhere, the blog's owner."""
    if before:
        return before
    poster = forum_poster(" ".join((header or [])[:6]))
    if poster:
        return [poster]
    found = authors_in_body(body_lines[:2], body_lines[-4:])
    if found:
        return found
    for text in labelled:
        poster = forum_poster(text)
        found = [poster] if poster else authors_in_header([text])
        if found:
            return found
    return blog_owner(owner_texts or [])


# --- body ------------------------------------------------------------------------


# Lines at the end of an extracted body that are the site's, not the article's.
TRAILING_CHROME = re.compile(
    r"特别声明|免责声明|版权声明|仅提供信息存储|information storage|不代表.{0,12}(?:观点|立场)|不表明.{0,12}立场|"
    r"网友评论仅供|转载请注明|未经授权|版权所有|Copyright|©|返回.{1,6}，查看更多|^\W*(?:相关新闻|相关阅读|延伸阅读|推荐阅读|"
    r"热点推荐|[\u4e00-\u9fff]{2,8}精选)\W*$|^[-·•]\s*\d{4}年\d{1,2}月\d{1,2}日[\s\d:]*$|"
    r"^[【\[(（]?\s*(?:责任编辑|责编)\s*[:：]|^[】\])）]$|^【纠错】|阅读下一篇"
)


RELATED_HEADING = re.compile(r"^\W*(?:相关新闻|相关阅读|相关文章|相关链接|延伸阅读|推荐阅读|热点推荐|猜你喜欢|更多精彩)\W*$")


def trim_trailing_chrome(lines: list[str]) -> list[str]:
    # A related-links block: its heading followed only by short headline lines.
    for k in range(len(lines) - 1, max(-1, len(lines) - 30), -1):
        if RELATED_HEADING.match(lines[k]) and all(len(x) <= 40 and not re.search(r"[。！？]$", x) for x in lines[k + 1:]):
            lines = lines[:k]
            break
    end = len(lines)
    while end > 0 and TRAILING_CHROME.search(lines[end - 1]):
        end -= 1
    return lines[:end]


def trim_leading_chrome(lines: list[str], title: str | None) -> list[str]:
    """Drop a repeated headline and the date / 来源 line that extractors keep above the text."""
    start = 0
    while start < len(lines):
        line = lines[start]
        if title and _squash(line) == _squash(title):
            start += 1
        elif len(line) <= 80 and DATETIME.search(line) and (SOURCE_LABEL.search(line) or len(_squash(line)) <= 22):
            start += 1
        else:
            break
    return lines[start:]


# trafilatura's main pass is quadratic in the number of <p> elements (libxml2 merges the node
# sets of its `//p//text()`: 50,000 paragraphs, 2 MB, took 4.9 s of a 6.4 s extraction). Above
# this many, the body is the cleaned page's own block lines, which cost time linear in the page.
TRAFILATURA_MAX_PARAGRAPHS = 4000


def extract_body(tree, html: str, url: str | None = None) -> str:
    """trafilatura on our already cleaned tree (it changes the tree: call it last).

    fast=True skips trafilatura's fallback extractors; they are only worth their cost
    when the main pass finds almost nothing, and then they get the original HTML.
    """
    text = trafilatura.extract(tree, url=url, fast=True, include_comments=False, include_tables=True) or ""
    if len(text) < 200:
        # all of the page again (hidden parts too: WeChat hides its body until a script runs),
        # its layout tables undone as above
        try:
            original = html_tree(html)
            unwrap_layout_tables(original)
        except (etree.ParserError, ValueError):
            original = None
        fuller = trafilatura.extract(original if original is not None else html, url=url,
                                     include_comments=False, include_tables=True) or ""
        if len(fuller) > len(text):
            text = fuller
    return text


RESTORABLE_MAX = 80
CAPTION_MAX = 400
TABLE_ROW = re.compile(r"^\|.*\|\s*$")
ANCHOR_MIN = 15  # body lines this long are paragraphs; shorter ones may be menu items trafilatura kept
# A last body line that announces a list below it: a colon, or words handing over the entries that
# follow (下列各条目按“案例名称——部门”格式编排…)
LIST_INTRO = re.compile(r"[：:]\s*$|(?:下列|以下)[^。；]{0,6}(?:条目|名单|案例|项目|账号|单位|作品)|下面(?:列出|是|为|把)")


LIST_ITEM_DEPTH = 3


def _link_only(el) -> bool:
    text = _squash(el.text_content())
    return bool(text) and text == _squash("".join(a.text_content() for a in el.iter("a")))


def ancestry(el, depth: int = 2) -> tuple:
    """An element and its ancestors up to ``depth`` levels (taken before trafilatura rewrites the tree).

    The rows and cells of a table that laid out the page (unwrapped, LAYOUT_MARK) are no levels of
    their own: a portal's article cell is one box however many table levels print it."""
    chain = []
    levels = 0
    while el is not None and levels <= depth:
        chain.append(el)
        if el.get(LAYOUT_MARK) not in TABLE_INNER:
            levels += 1
        el = el.getparent()
    return tuple(chain)


LAYOUT_MARK = "data-govcases-layout"  # the tag an unwrapped layout table's element had
TABLE_INNER = ("tr", "tbody", "thead", "tfoot")


def _common_container(a: tuple, b: tuple) -> bool:
    """True when two lines' elements share an ancestor at most two levels up (one body)."""
    return bool(set(a) & set(b))


RESTORABLE_TAGS = {"h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre"}


def _restorable(line: str, kind: str | None) -> bool:
    """Headings, list items and numbered or bulleted lines: what trafilatura drops from case lists
    (never a player's or a widget's captions, which are plain blocks); a block that is one bold
    run (a WeChat editor's heading, <section><strong>…名单</strong></section>) and a note alone in
    brackets under it (（排名不分先后）) too."""
    if kind == "figcaption":  # (榜单截图：NO.1 甲／NO.2 乙…: a figure's caption may print the list the figure shows)
        return len(line) <= CAPTION_MAX and not DATED_HEADLINE.search(line)
    return len(line) <= RESTORABLE_MAX and (kind in RESTORABLE_TAGS or kind == BOLD_BLOCK or bool(LIST_LINE.match(line))
                                            or (len(line) <= 30 and bool(NOTE_LINE.fullmatch(line.strip())))) \
        and not DATED_HEADLINE.search(line) and not (BUTTON_ROW.fullmatch(line.strip()) and BUTTON_WORD.search(line))


# 【大 中 小】 【打印本页】 【关闭窗口】: a row of the page's buttons in brackets, not a label
BUTTON_ROW = re.compile(r"(?:【[^】]{1,8}】\s*){2,}")
BUTTON_WORD = re.compile(r"打印|关闭|返回|字号|收藏|分享|顶部|大\s*中\s*小")


# 我省政务微信服务功能逐步完善 04-28: a headline with its date, an item of a related-news box
DATED_HEADLINE = re.compile(r"\S[ \t　]+[\[(（]?(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}[\])）]?\s*$")


BOLD_BLOCK = "bold"  # the kind of a block line that is all one <strong> or <b>
NOTE_LINE = re.compile(r"[（(][^（）()]{2,24}[）)]")


def _bold_only(el) -> bool:
    """A block whose whole text is one bold run."""
    if not isinstance(el.tag, str) or el.tag not in ("section", "p", "div"):
        return False
    bolds = list(el.iter("strong", "b"))  # (most blocks have none: their text is never read here)
    if len(bolds) != 1:
        return False
    text = _squash(el.text_content())
    return bool(text) and len(text) <= RESTORABLE_MAX and _squash(bolds[0].text_content()) == text


LIST_MARK = re.compile(r"^(?:[-•·]\s+|\d{1,2}[.、]\s*)")


def _line_key(line: str) -> str:
    """A line as both writers agree on it: trafilatura bullets an <ol> item (- x) that
    block_lines numbers (1. x)."""
    text = line.strip()
    if text.startswith("|"):  # (| 省级政府门户网站 |  | and | 省级政府门户网站 |: a merged cell, written two ways)
        text = "|".join(c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", text) if c.strip())
    return _squash(LIST_MARK.sub("", text))


def restore_dropped_lines(body_lines: list[str], page_lines: list[str], owners: list | None = None,
                          kinds: list | None = None) -> list[str]:
    """Put back the short lines trafilatura dropped from inside the body.

    trafilatura leaves out headings such as ``<h4>1. 单位：名称</h4>`` and list items that are
    only a link when they sit between body paragraphs — exactly how many case lists are printed.
    Every body line is found, in order, among the cleaned page's own block lines; the short lines
    the page has between two body paragraphs (lines of ANCHOR_MIN characters or more) of one
    container (siblings, or cousins at most two levels down) are put back where they were, and so
    is a run of numbered or bulleted lines right after a last body line that ends with a colon, the
    way a list is announced. Short body lines (menu items trafilatura kept) never anchor a gap.
    Matching walks both sequences once, so the cost stays linear in the page.
    """
    squashed = [_line_key(line) for line in page_lines]
    positions: list[int] = []
    at = 0
    for line in body_lines:
        key = _line_key(line)
        found = -1
        for k in range(at, min(len(squashed), at + 400)):
            if squashed[k] == key:
                found = k
                break
        positions.append(found)
        if found >= 0:
            at = found + 1
    # trafilatura writes a gap the page prints (甲社区　乙社区, a full-width space or &nbsp;&nbsp;) as a
    # space; the page's own line keeps it, where a page sets names apart with it
    body_lines = [page_lines[pos] if pos >= 0 and "\u3000" in page_lines[pos] and " " in line
                  and page_lines[pos].replace("\u3000", " ") == line.strip() else line
                  for line, pos in zip(body_lines, positions)]
    # trafilatura bullets a definition list's terms like its definitions (- 一类 / - 甲 / - 乙); a term
    # (<dt>) over two definitions or more is their label, written as the page sets it, on its own
    # (a term over one is a name and what it is: 甲支部 / 机关党支部)
    if kinds is not None:
        body_lines = [line[2:] if pos >= 0 and line.startswith("- ") and kinds[pos] == "dt" and kinds[pos + 1: pos + 3] == ["dd", "dd"]
                      # (and where it writes them bare, the definitions under a term keep the page's bullets)
                      else page_lines[pos] if pos >= 0 and kinds[pos] == "dd" and page_lines[pos].startswith("- ")
                      and not line.startswith("- ") else line for line, pos in zip(body_lines, positions)]
    matched = set(positions)
    out: list[str] = []
    anchor = -1  # page position of the last body paragraph
    segment: list[tuple[str, int]] = []  # body lines since that paragraph

    for line, pos in zip(body_lines, positions):
        if pos >= 0 and (len(line) >= ANCHOR_MIN or TABLE_ROW.match(line)):
            if anchor >= 0 and (owners is None or _common_container(owners[anchor], owners[pos])):
                # the containers of the paragraphs on either side (a block's heading and list, then
                # the note under them, in a box of their own after the lead's box)
                home = set(owners[anchor][1:]) | set(owners[pos][1:]) if owners else set()
                gap = _gap_lines(page_lines, range(anchor + 1, pos), matched, kinds, owners, home)
                kept = "\n".join(_line_key(text) for text, at_ in segment if at_ < 0)
                if kept and len(kept) <= KEPT_JOINED_MAX:
                    # (- 七级 北京 北京大学第三医院: trafilatura wrote a card's chip and title as one line,
                    # which the page has as two: neither was dropped)
                    gap = [(text, k) for text, k in gap if _line_key(text) not in kept]
                merged, last = [], anchor
                for text, at_ in segment:  # unmatched body lines keep their place after the line before
                    key = at_ if at_ >= 0 else last
                    merged.append((key, 1, text))
                    last = key
                merged += [(k, 0, text) for text, k in gap]
                out.extend(text for _, _, text in sorted(merged, key=lambda m: (m[0], m[1])))
            else:
                out.extend(text for text, _ in segment)
                if not segment and kinds and owners is not None:
                    # (nothing of the body above it, or a paragraph of another box above: the first
                    # card's <h4> over its paragraph, below the lead)
                    out.extend(_leading_headings(page_lines, pos, matched, owners, kinds))
            segment = []
            anchor = pos
            out.append(line)
            continue
        segment.append((line, pos))
    out.extend(text for text, _ in segment)
    if anchor >= 0 and body_lines and positions[-1] >= 0 and (
            LIST_INTRO.search(body_lines[-1]) or dash_items_at(page_lines, positions[-1] + 1)):
        out.extend(announced_list(page_lines, positions[-1] + 1, kinds))
    return out


def _gap_lines(page_lines: list[str], span: range, matched: set, kinds: list | None, owners: list | None,
               home: set) -> list[tuple[str, int]]:
    """The restorable lines of a gap between body paragraphs; under a 【类别】 line put back, the plain
    short lines that follow it are its names (【图片类·一等奖】<br>谣言气球（营山县人民检察院）<br>…)."""
    out, labelled = [], False
    dropped_tables = _tables_within(span, matched, kinds, owners)
    for k in span:
        line = page_lines[k]
        if k in matched or not (owners is None or home & set(owners[k][1:])):
            labelled = False
            continue
        if owners is not None and owners[k][0] in dropped_tables:
            out.append((line, k))  # (a table trafilatura left out whole: its rows, a link and an image to each)
            continue
        if _restorable(line, kinds[k] if kinds else None):
            out.append((line, k))
            labelled = line.lstrip().startswith("【") or (labelled and not LIST_LINE.match(line))
        elif labelled and len(line) <= RESTORABLE_MAX and not re.search(r"[。！？]\s*$", line):
            out.append((line, k))
        else:
            labelled = False
    return out


def _tables_within(span: range, matched: set, kinds: list | None, owners: list | None) -> set:
    """The tables of a gap that trafilatura left out whole: two or more rows, every one inside the gap
    and none kept."""
    if not kinds or owners is None or not span:
        return set()
    rows: dict = {}
    for k in span:
        if kinds[k] == "table":
            rows.setdefault(owners[k][0], []).append(k)
    edges = {owners[k][0] for k in (span.start - 1, span.stop) if 0 <= k < len(owners) and kinds[k] == "table"}
    return {table for table, ks in rows.items()
            if len(ks) >= 2 and table not in edges and not any(k in matched for k in ks)}


KEPT_JOINED_MAX = 20000  # characters of unmatched body lines searched for a gap's line (bounded cost)
HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}


def _leading_headings(page_lines: list[str], first: int, matched: set, owners: list, kinds: list) -> list[str]:
    """The headings right above the body's first paragraph, in its container, that trafilatura left
    out (辽宁沈阳：打造城市安全体检“CT机” over the first case's paragraph)."""
    found = []
    k = first - 1
    while k >= 0 and k not in matched and kinds[k] in HEADING_TAGS and len(page_lines[k]) <= RESTORABLE_MAX \
            and _common_container(owners[k], owners[first]) and not DATETIME.search(page_lines[k]):
        found.append(page_lines[k])
        k -= 1
    return found[::-1]
ANNOUNCED_ITEM_MAX = 300  # an announced item may carry its description on its line
END_OF_ARTICLE = re.compile(r"^\W*(?:参考资料|参考文献|注释|脚注|外部链接|相关词条|相关新闻|相关阅读|相关文章|相关链接|延伸阅读|推荐阅读"
                            r"|(?:其他|其它|更多|相关)(?:专题|栏目|案例|推荐))\W*$")


DASH_ITEM = re.compile(r"^\s*(?:[-•·●▪■◆▲]\s|\d{1,2}[.、．)）]\s*)?[^——。，]{2,30}——[^——。，]{2,30}$")
DASH_ITEMS_MIN = 3


def dash_items_at(page_lines: list[str], k: int) -> bool:
    """Right after the body, list items written 名称——单位 (a case and its body, as a case library
    links them): a list the body leads to, whatever its last line says. Headlines are longer, and
    carry commas or a full stop."""
    run = 0
    if k < len(page_lines) and not LIST_LINE.match(page_lines[k]) and len(page_lines[k]) <= 20:
        k += 1  # (the heading over them)
    while k < len(page_lines) and LIST_LINE.match(page_lines[k]) and DASH_ITEM.match(page_lines[k]):
        run += 1
        k += 1
    return run >= DASH_ITEMS_MIN


def announced_list(page_lines: list[str], k: int, kinds: list | None) -> list[str]:
    """The page's numbered or bulleted lines from ``k`` on, which the last body line announced with a
    colon and trafilatura dropped; a heading goes with them (部署类 over its items) when list lines
    follow it, never an encyclopedia's or a site's closing heading (参考资料, 相关阅读)."""
    out = []
    while k < len(page_lines):
        line = page_lines[k]
        if LIST_LINE.match(line) and len(line) <= ANNOUNCED_ITEM_MAX:
            out.append(line)
        elif (kinds and kinds[k] in HEADING_TAGS and len(line) <= RESTORABLE_MAX and not END_OF_ARTICLE.match(line)
              and k + 1 < len(page_lines) and LIST_LINE.match(page_lines[k + 1])):
            out.append(line)
        else:
            break
        k += 1
    return out


PARAGRAPH_MIN = 40  # a page line this long that ends a sentence is a paragraph of someone's text
MISSED_MIN = 2
MISSED_SHARE = 0.25


def missed_every_paragraph(body_lines: list[str], page_lines: list[str]) -> bool:
    """True when the extractor's body holds none of the page's paragraphs although the page has
    several (a Discuz thread whose posts sit in layout tables: trafilatura keeps the post headers
    and drops every message). The cleaned page's own lines are then the better body."""
    # (a post's table kept and the post's own words around it dropped: the body is mostly table rows)
    tables_only = sum(bool(TABLE_ROW.match(ln)) for ln in body_lines) >= 0.5 * len(body_lines) if body_lines else False
    if not tables_only and sum(map(len, body_lines)) >= 2 * MISSED_SHARE * sum(map(len, page_lines)):
        return False  # (most pages: a body of its own length; the long lines it lacks are comments)
    body = _squash("".join(body_lines))
    if not tables_only and len(body) >= MISSED_SHARE * len(_squash("".join(page_lines))):
        return False
    paragraphs = [_line_key(ln) for ln in page_lines if len(ln) >= PARAGRAPH_MIN and not TABLE_ROW.match(ln)
                  and re.search(r"[。！？]", ln)]
    return len(paragraphs) >= MISSED_MIN and not any(key[:PARAGRAPH_MIN] in body for key in paragraphs)


JOINED_MIN_PARTS = 3  # a body line that is three or more of the page's blocks was joined, not written so


def split_joined_lines(body_lines: list[str], page_lines: list[str]) -> list[str]:
    """A body line that is several of the page's own block lines joined by spaces goes back to
    those lines.

    On short pages trafilatura falls back to its baseline, which takes an ``<article>``'s whole
    text as one line: headings, list items and paragraphs run together, and every list in it is
    lost. The page's block lines say where the breaks were; a line is split only when consecutive
    block lines cover it exactly (whitespace aside), so prose is never cut.
    """
    # (a line of three blocks has two joints: only such lines are looked at, and the page's keys
    # are built only when there is one)
    if not page_lines or all(line.count(" ") < JOINED_MIN_PARTS - 1 for line in body_lines):
        return body_lines
    # (block lines bullet a list item: - 名称; a table's row, | 第一名 | 杭州发布 |, is its cells' text
    # run together in the joined line: a <blockquote>'s table that trafilatura made one line)
    keys = [_line_key(line).replace("|", "") for line in page_lines]
    starts: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        if key:
            starts.setdefault(key[:4], []).append(k)
    out: list[str] = []
    for line in body_lines:
        squashed = _squash(line) if line.count(" ") >= JOINED_MIN_PARTS - 1 else ""
        parts = _cover(squashed, keys, starts) if len(squashed) >= 8 else None
        if parts and len(parts) >= JOINED_MIN_PARTS:
            out.extend(page_lines[k] for k in parts)
        else:
            out.append(line)
    return out


def _cover(squashed: str, keys: list[str], starts: dict[str, list[int]]) -> list[int] | None:
    """The consecutive block lines (skipping a few the body left out) whose text is ``squashed``."""
    for first in starts.get(squashed[:4], ())[:20]:
        if not squashed.startswith(keys[first]):
            continue
        parts, pos, k = [first], len(keys[first]), first + 1
        while pos < len(squashed) and k < len(keys):
            for j in range(k, min(k + 4, len(keys))):  # (a block the body left out: a share bar)
                if keys[j] and squashed.startswith(keys[j], pos):
                    parts.append(j)
                    pos += len(keys[j])
                    k = j + 1
                    break
            else:
                break
        if pos == len(squashed):
            return parts
    return None


def retabulate(body_lines: list[str], page_lines: list[str]) -> list[str]:
    """Table rows written one cell per line (trafilatura's full mode does this) go back to one
    ``| a | b |`` line per row, the way the fast mode and ``block_lines`` write them, so that a
    table of cases keeps its columns."""
    rows: dict[str, list[list[str]]] = {}
    for line in page_lines:
        if line.startswith("| ") and line.endswith(" |"):
            cells = [c.strip() for c in line[2:-2].split(" | ")]
            filled = [c for c in cells if c]
            # (|  | 装备制造·… |  |: cells merged down from the row above are printed empty; the row's
            # own cells are what the body has, one a line)
            if len(cells) >= 2 and filled:
                rows.setdefault(_squash(filled[0]), []).append(cells)
    if not rows:
        return body_lines
    out, i = [], 0
    while i < len(body_lines):
        for cells in rows.get(_squash(body_lines[i]), ()):
            filled = [c for c in cells if c]
            window = body_lines[i: i + len(filled)]
            # (a lone filled cell only inside its table, right under a row put back)
            if [_squash(x) for x in window] == [_squash(c) for c in filled] and (
                    len(filled) >= 2 or (out and out[-1].startswith("| ") and out[-1].count(" | ") == len(cells) - 1)):
                out.append("| " + " | ".join(cells) + " |")
                i += len(filled)
                break
        else:
            out.append(body_lines[i])
            i += 1
    return out


LIST_LINE = re.compile(r"^\s*(?:[-•·●▪■◆▲]\s|\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳⑴-⒇【]"
                       r"|第\s*[一二三四五六七八九十\d]{1,3}\s*[名位]\s*[：:、　 ])")  # (第一名：商务部: a ranked line)


ATTACHMENT_NOTE = re.compile(r"^附件\s*\d{0,2}\s*[：:]\s*\S")  # 附件：…一览表, in the notice's body
ATTACHMENT_HEAD = re.compile(r"^附件\s*\d{0,2}\s*[：:]?\s*(?:\S.{0,40})?$")
ATTACHMENT_MAX = 600  # lines: a notice's attachment, never a whole site


def append_attachment(body_lines: list[str], page_lines: list[str]) -> list[str]:
    """A notice that names its attachment (附件：…一览表) and prints it after its signature, in a box
    of its own (div.attachment): the attachment's heading and lines — the list the notice publishes —
    belong to the body. They run from the ``附件`` heading a few lines after the body's last line to
    the first line of page furniture (打印 | 关闭) or the page's end."""
    if not body_lines or not any(ATTACHMENT_NOTE.match(line) for line in body_lines[-12:]):
        return body_lines
    last = body_lines[-1]
    end = next((k for k in range(len(page_lines) - 1, -1, -1) if page_lines[k] == last), None)
    if end is None:
        return body_lines
    start = next((k for k in range(end + 1, min(len(page_lines), end + 4)) if ATTACHMENT_HEAD.match(page_lines[k])), None)
    if start is None:
        return body_lines
    added = []
    for line in page_lines[start: start + ATTACHMENT_MAX]:
        if CHROME_LINE.search(line):
            break
        added.append(line)
    return body_lines + added if any(TABLE_ROW.match(line) or len(line) <= RESTORABLE_MAX for line in added[1:]) else body_lines


CHROME_LINE = re.compile(r"^(?:打印|关闭|返回|顶部|分享到|【打印】|【关闭】)(?:\s*[|｜]\s*(?:打印|关闭|返回|顶部|分享)\S*)*\s*$"
                         r"|^(?:【?打印(?:本页|此页)?】?\s*)?【?关闭(?:窗口)?】?$")


ARIA_TABLES = "//*[@role='table' or @role='grid' or @role='treegrid'][not(self::table)]"


def aria_tables(tree) -> None:
    """A table drawn with ``<div role="table">`` / ``role="row"`` (a CSS grid of cells) becomes the
    ``<table>`` its roles say it is, so that its rows are read as rows, not as one line per cell."""
    for table in tree.xpath(ARIA_TABLES):
        rows = table.xpath(".//*[@role='row']")
        if not rows or table.xpath(".//table"):
            continue
        table.tag = "table"
        for group in table.xpath(".//*[@role='rowgroup']"):
            group.tag = "tbody"
        for row in rows:
            row.tag = "tr"
            for cell in row:
                if isinstance(cell.tag, str):
                    cell.tag = "th" if cell.get("role") == "columnheader" else "td"


# A grid of records: at least RECORDS_MIN siblings of one tag and class, each a small box with
# exactly one heading (a card: 标题 / 主体 / 简介) and a few short lines
RECORDS_MIN = 2  # cards in a grid; a grid of two needs cards of RECORD_BOLD_LINES lines or more
RECORD_BOLD_LINES = 3  # lines of a card titled only by a leading bold run
RECORD_TEXT_MAX = 240
RECORD_LINES_MAX = 6
RECORD_LINE_MAX = 40  # (a card with a paragraph under its heading is a case and its description: read as such)
RECORD_HEADING = ("descendant::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::summary"
                  " or contains(@class,'head') or contains(@class,'title') or contains(@class,'tit')]")
RECORD_NAMES_MAX = 600  # a line of names (甲、乙、丙…) may be long; a line of prose may not
SENTENCE_MARK = re.compile(r"[。！？；;，,]")
INLINE_CELLS_MIN = 3
CELL_DATE = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}|^\d{1,2}[-/月]\d{1,2}日?$|^(?:0?[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])$")
INLINE_CELLS = ("span", "em", "i", "b", "strong", "a", "font", "time", "small", "label")


def _record_lines(el) -> list[str] | None:
    """The lines of one card of a grid (its heading first); None when it is no such card (no single
    heading, a table or a list inside, a long text, a paragraph of prose)."""
    if el.xpath(".//table | .//ul | .//ol"):
        return None
    headings = el.xpath(RECORD_HEADING)
    headings = [h for h in headings if not any(o is not h and o in h.iterancestors() for o in headings)]
    first = next((k for k in el if isinstance(k.tag, str)), None)
    bold_lead = not headings and first is not None and first.tag in ("strong", "b") and not (el.text or "").strip()
    if bold_lead:
        headings = [first]  # (<div class="card"><strong>名称</strong><p>简介</p><span>五星</span>: its bold lead is its title)
    if len(headings) != 1:
        return None
    lines = block_lines(el)
    if bold_lead and len(lines) < RECORD_BOLD_LINES:
        return None  # (<strong>网友</strong><div>留言</div>: a comment's author and words, no card of fields)
    if not 2 <= len(lines) <= RECORD_LINES_MAX or max(map(len, lines)) > RECORD_NAMES_MAX or any(
            len(line) > RECORD_LINE_MAX and SENTENCE_MARK.search(line) for line in lines) \
            or sum(len(line) for line in lines if len(line) <= RECORD_LINE_MAX) > RECORD_TEXT_MAX:
        return None
    heading = _squash(headings[0].text_content())
    if not heading or DATED_HEADLINE.search(heading) or _squash(lines[0]) != heading or any(
            CELL_DATE.search(line) for line in lines):
        return None  # (a headline over its date: a card of related news)
    return lines


def _inline_cells(el) -> list[str] | None:
    """<li><span>1</span><span>北京市</span><span>密云区</span></li>: a row of inline fields with nothing
    between them — each field a cell; None for anything else."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) < INLINE_CELLS_MIN or any(k.tag not in INLINE_CELLS or len(k) for k in kids) or (el.text or "").strip() \
            or any((k.tail or "").strip() for k in kids):
        return None
    cells = [_squash(k.text_content()) for k in kids]
    # (<a>headline</a><span>2024-03-21</span>: a news list's item, its date apart)
    return cells if all(cells) and max(map(len, cells)) <= RECORD_LINE_MAX and not any(
        CELL_DATE.search(c) for c in cells) else None


RECORD_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,6})[：:]")


def _record_labels(rows: list[list[str]]) -> list[str | None] | None:
    """The labels cards print before their fields (创建主体：…), when every card prints the same ones
    in the same places: they become the table's header and leave the cells."""
    if len({len(r) for r in rows}) != 1:
        return None
    labels = []
    for column in zip(*rows):
        found = {m.group(1) if (m := RECORD_LABEL.match(cell)) else None for cell in column}
        labels.append(found.pop() if len(found) == 1 else None)
    return labels if any(labels) else None


def _all_or_none(read, cards: list) -> list | None:
    """``read`` of every card, or None at the first card it does not read (a page of thousands of
    paragraphs in one box stops at the first)."""
    rows = []
    for card in cards:
        row = read(card)
        if row is None:
            return None
        rows.append(row)
    return rows


def record_grids(tree) -> None:
    """A grid of cards becomes the table it is: one row a card, one cell a line of it.

    trafilatura keeps a card's short lines of prose and drops its heading and its chips, so a grid of
    cases (<h4>名称</h4><span>主体</span><div>简介</div> per card) loses every name; as rows, the
    cards keep their fields side by side, the way a case table is read."""
    for grid in tree.xpath("//body//*[self::div or self::section or self::ul][count(*) >= %d]" % RECORDS_MIN):
        children = [c for c in grid if isinstance(c.tag, str)]
        shapes = {}
        for child in children:
            shapes.setdefault((child.tag, child.get("class")), []).append(child)
        (tag, _), cards = max(shapes.items(), key=lambda kv: len(kv[1]))
        if len(cards) < RECORDS_MIN or len(cards) < 0.8 * len(children) or tag in ("table", "tr"):
            continue
        rows = _all_or_none(_record_lines, cards)
        if rows is not None and len(cards) < 3 and min(map(len, rows)) < RECORD_BOLD_LINES:
            continue  # (two cards of a heading and a line: too little to call a grid)
        if rows is None:
            rows = _all_or_none(_inline_cells, cards)
            if rows is None or len({len(r) for r in rows}) != 1:
                continue
        labels = _record_labels(rows)
        if labels:
            if all(labels):  # (a header with blank cells, the heading's and a chip's, is no header: the labels only go)
                head = etree.Element("tr")
                for label in labels:
                    etree.SubElement(head, "th").text = label
                cards[0].addprevious(head)
            rows = [[line[len(label) + 1:].strip() if label else line for line, label in zip(lines, labels)]
                    for lines in rows]
        for card, lines in zip(cards, rows):
            tail = card.tail
            card.clear()
            card.tail = tail
            card.tag = "tr"
            for line in lines:
                etree.SubElement(card, "td").text = line
        for other in children:
            if other not in cards:
                _drop(other)
        grid.tag = "table"
        grid.attrib.clear()


def extract(html: str, url: str | None = None) -> dict | None:
    """Title, published_at, author, source and body of a page; None when it has none."""
    tree = load_tree(html)
    if tree is None:
        return None
    title, title_el = find_title(tree)
    site_name = find_site_name(tree, title)
    lines = header_lines(title_el)
    published_at, precision = find_published(tree, lines, url, html)
    before = authors_before_body(tree, lines)
    labelled = [] if before else labelled_texts(tree)
    meta_source = source_meta(tree)
    owner_texts = [_text(el) for el in tree.xpath(BLOG_HEADER)[:6]]
    description = tree.xpath("//meta[@name='description']/@content")
    prune_chrome(tree)
    aria_tables(tree)
    record_grids(tree)
    body_el = tree.find("body")
    owners: list = []
    page_lines = block_lines(body_el if body_el is not None else tree, owners=owners)
    bold: dict[int, bool] = {}  # once per element: the lines of one big <p> split by <br> share it
    for el in owners:
        if id(el) not in bold:
            bold[id(el)] = _bold_only(el)
    kinds = [BOLD_BLOCK if bold[id(el)] else el.tag if isinstance(el.tag, str) else "" for el in owners]
    # a list item one level deeper (<section><ol><li>: a WeChat editor's boxed list) still counts
    # as the body's when its list sits three levels under the body's container
    # (not an item that is only a link: a table of contents, a menu)
    owners = [ancestry(el, LIST_ITEM_DEPTH if kind == "li" and not _link_only(el) else 2) for el, kind in zip(owners, kinds)]
    if sum(1 for _ in tree.iter("p")) > TRAFILATURA_MAX_PARAGRAPHS:
        body = "\n".join(page_lines)
    else:
        body = extract_body(tree, html, url)  # last: trafilatura rewrites the tree
    body_lines = [ln for ln in body.split("\n") if ln.strip()]
    if missed_every_paragraph(body_lines, page_lines):
        body_lines = list(page_lines)  # (a forum's posts in layout tables: trafilatura kept only their headers)
    body_lines = split_joined_lines(body_lines, page_lines)
    body_lines = restore_dropped_lines(retabulate(body_lines, page_lines), page_lines, owners, kinds)
    body_lines = trim_trailing_chrome(trim_leading_chrome(body_lines, title))
    body_lines = append_attachment(body_lines, page_lines)
    if not body_lines and not title:
        return None
    authors = find_authors(before, labelled, body_lines, lines, owner_texts)
    return {
        "url": url,
        "title": title,
        "author": "、".join(authors) if authors else None,
        "authors": authors,
        "source": find_source(lines, body_lines, meta_source),
        "published_at": published_at,
        "published_precision": precision,
        "summary": clean_line(description[0]) if description and clean_line(description[0]) else None,
        "channel": None,
        "section_path": [],
        "text": "\n".join(body_lines),
        "parser": "generic",
        "site_name": site_name,
    }
