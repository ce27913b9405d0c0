"""Decoding never loses a page that is mostly text, and still refuses what is not text."""
import random
import sqlite3

import pytest

from archive.cli import parse_file as parsed_page
from crawler.parsers.html import UnreadablePage, decode_html

PAGE = ("<html><head><meta charset='gbk'><title>县城公交线路调整</title></head><body><div class='content'>"
        "<p>记者从县交通运输局获悉，本月起城区公交线路将作调整，新开通的4路车途经火车站和人民医院。</p>"
        "<p>调整后，早班车发车时间提前到六点，末班车延后到晚上九点半，方便早出晚归的市民。</p>"
        "<p>交通运输局表示，将根据客流变化继续优化线路，市民可拨打服务热线反映意见。</p></div></body></html>")


def damaged_gbk() -> bytes:
    raw = PAGE.encode("gbk")
    at = raw.index("4路".encode("gbk"))
    end = raw.index("九点半".encode("gbk"))
    return raw[:at] + b"\xff\xfe" + raw[at:end] + b"\xff" + raw[end:]


def test_a_few_bad_bytes_are_replaced_not_refused():
    text, encoding = decode_html(damaged_gbk())
    assert encoding == "gb18030"
    assert text.count("\ufffd") == 3
    assert "新开通的\ufffd\ufffd4路车" in text and "人民医院" in text


def test_parse_records_how_many_characters_were_replaced(tmp_path):
    page = tmp_path / "bus.html"
    page.write_bytes(damaged_gbk())
    data = parsed_page(page, None)
    assert data["article"]["replaced_chars"] == 3
    assert "末班车延后到晚上" in data["article"]["text"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(codec):
    text, encoding = decode_html(PAGE.replace("gbk", "utf-16").encode(codec))
    assert encoding == codec
    assert "新开通的4路车" in text


def test_binary_bytes_are_still_refused():
    rng = random.Random(3)
    with pytest.raises(UnreadablePage, match="binary"):
        decode_html(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2000)))


def test_bytes_that_are_text_in_no_encoding_are_refused():
    # valid in no encoding tried: 0xFF is never a lead byte, and half the page is made of it
    with pytest.raises(UnreadablePage, match="not text"):
        decode_html(b"<html>" + b"\xff\xfe\xff" * 400 + b"</html>")


def test_the_archive_row_counts_replaced_characters(archive, db_path, tmp_path):
    page = tmp_path / "bus.html"
    page.write_bytes(damaged_gbk())
    data = parsed_page(page, None)
    article = dict(data["article"], url="https://county.example.gov.cn/2020/bus.html")
    archive.store_items([{"article": article, "lists": [], "cases": [], "encoding": "gb18030"}])
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("select replaced_chars, encoding from articles").fetchone() == (3, "gb18030")
    finally:
        conn.close()
