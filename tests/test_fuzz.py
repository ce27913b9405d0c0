"""Fuzzing the two readers of untrusted bytes: the page path and the WARC reader (hypothesis).

`make test` runs a short pass (a few seconds). A longer run:

    GOVCASES_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/test_fuzz.py -q
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings, strategies as st

from archive.warc import iter_responses, problem, repair, scan
from crawler.sites import parse_page

from test_faults import warc_bytes

EXAMPLES = int(os.environ.get("GOVCASES_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=EXAMPLES <= 40)
KINDS = {"article", "list", "shell", "skipped", "none", "not-text", "unreadable", "too-large"}

TAGS = ["div", "p", "font", "span", "table", "tr", "td", "li", "ul", "ol", "h1", "h2", "a", "br", "title", "script",
        "b", "pre", "meta", "section"]
TEXT = st.lists(st.sampled_from(list("政务服务创新案例上海市“”（）：，。、1234 \n<>&;") + ["十佳", "入选", "名单", "2016年"]),
                max_size=40).map("".join)


@st.composite
def html_pages(draw):
    """Markup soup: open and close tags in any order and depth, attributes, Chinese text."""
    parts = ["<html><head><meta charset='utf-8'><title>", draw(TEXT), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            attrs = draw(st.sampled_from(["", " class='content'", " style='display:none'", " href='/a?id=1'",
                                          " class='title'", " id='nav'"]))
            parts.append(f"<{tag}{attrs}>" * draw(st.integers(1, 300 if tag in ("font", "div") else 3)))
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(TEXT))
    return "".join(parts).encode(draw(st.sampled_from(["utf-8", "gb18030"])), errors="replace")


@FUZZ
@given(html_pages(), st.sampled_from([None, "https://example.org/a/1.html", "https://www.jfdaily.com/news/detail?id=1",
                                      "https://www.gov.cn/zhengce/2020-01/01/content_1.htm"]))
def test_the_page_path_never_raises_on_markup_soup(body, url):
    page = parse_page(url, body, {"content-type": "text/html"})
    assert page.kind in KINDS
    if page.kind == "article":
        assert page.article and page.article.get("text")


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([None, "text/html", "application/json", "text/html; charset=gbk"]))
def test_the_page_path_never_raises_on_any_bytes(body, content_type):
    page = parse_page("https://example.org/a/1.html", body, {"content-type": content_type} if content_type else {})
    assert page.kind in KINDS


SAMPLE = warc_bytes(6)
SAMPLE_PLAIN = warc_bytes(4, gz=False)


@st.composite
def damaged_warcs(draw):
    data = bytearray(draw(st.sampled_from([SAMPLE, SAMPLE_PLAIN])))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.integers(0, 3))
        if action == 0 and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif action == 1:
            del data[at: at + draw(st.integers(1, 200))]
        elif action == 2:
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[at:]
    return bytes(data), data[:3] == b"\x1f\x8b\x08"


@FUZZ
@given(damaged_warcs())
def test_the_warc_reader_never_raises_and_repair_keeps_every_readable_record(tmp_path_factory, case):
    data, gz = case
    path = tmp_path_factory.mktemp("fuzz") / ("f.warc.gz" if gz else "f.warc")
    path.write_bytes(data)
    found = scan(path)
    assert isinstance(problem(path), (str, type(None)))
    readable = list(iter_responses(path, found))
    assert len(readable) <= len(found.records)
    for damage in found.damage:
        assert damage.offset < damage.end <= len(data)
    done = repair(path)
    after = scan(path)
    assert after.tail is None or after.not_warc
    assert after.records == [r for r in found.records if sum(r) <= path.stat().st_size]
    assert len(list(iter_responses(path, after))) == len(readable)
