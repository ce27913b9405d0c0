"""Generic extraction on the project's own pages (written after the extractor, not for it)."""
import pytest

from crawler.sites import parse_article
from crawler.parsers.bylines import split_names
from crawler.parsers.html import UnreadablePage, decode_html

from support import FIXTURES

GENERIC = FIXTURES / "generic"


def parsed(name):
    html, encoding = decode_html((GENERIC / name).read_bytes())
    return parse_article(html, f"https://news.example.org/{name}"), encoding


@pytest.fixture(scope="module")
def gbk():
    return parsed("gbk-article.html")


@pytest.fixture(scope="module")
def lying():
    return parsed("lying-charset.html")


@pytest.fixture(scope="module")
def undeclared():
    return parsed("no-charset.html")


def test_gbk_page_decodes(gbk):
    article, encoding = gbk
    assert encoding == "gb18030"
    assert article["title"] == "潮州地税推出支付宝缴税服务"


def test_byline_with_two_reporters(gbk):
    assert gbk[0]["authors"] == ["张三", "李四"]


def test_source_line(gbk):
    assert gbk[0]["source"] == "示例日报"


def test_timed_date_near_the_headline(gbk):
    assert gbk[0]["published_at"] == "2016-04-13T09:30:00+08:00"


def test_body_has_no_chrome(gbk):
    text = gbk[0]["text"]
    assert text.startswith("广东省潮州市地方税务局日前开通")
    for chrome in ("首页", "相关新闻", "版权所有", "责任编辑", "另一条关于政务服务的新闻标题", "来源："):
        assert chrome not in text


def test_lying_charset_is_decoded_as_what_the_bytes_are(lying):
    article, encoding = lying
    assert encoding == "utf-8"
    assert article["title"] == "武汉交警微信平台上线多项车驾管业务"


def test_date_only_in_nian_yue_ri_text(lying):
    assert (lying[0]["published_at"], lying[0]["published_precision"]) == ("2015-06-30", "day")


def test_reporter_in_the_dateline(lying):
    assert lying[0]["authors"] == ["王五"]


def test_editor_is_not_the_author(undeclared):
    # <meta name="author"> names the editor; the signature at the end names the writer.
    assert undeclared[0]["authors"] == ["孙七"]


def test_page_without_charset(undeclared):
    article, encoding = undeclared
    assert encoding == "utf-8"
    assert (article["title"], article["source"], article["published_at"]) == (
        "银川政务微博矩阵运行情况", "示例晚报", "2016-11-02T15:45:00+08:00")


@pytest.mark.parametrize(
    "run,names",
    [
        ("王乐文  方  敏", ["王乐文", "方敏"]),
        ("戴小河、印朋", ["戴小河", "印朋"]),
        ("研究员徐占忱", ["徐占忱"]),
        ("方敏北京大学经济学院教授", ["方敏"]),
        ("经济日报评论员", []),
        ("谢环驰 摄", []),
        ("张三 责任编辑：李四", ["张三"]),
    ],
)
def test_split_names(run, names):
    assert split_names(run) == names


@pytest.mark.parametrize(
    "raw,encoding,declared",
    [("中文页面".encode("gbk"), "gb18030", "gb2312"), ("中文页面".encode("utf-8"), "utf-8", "gb2312"),
     ("中文頁面".encode("big5"), "big5", "big5")],
)
def test_decoding_sniffs_bytes(raw, encoding, declared):
    html = f"<html><head><meta charset='{declared}'></head><body>".encode() + raw + b"</body></html>"
    text, found = decode_html(html)
    assert found.startswith(encoding) and raw.decode(encoding) in text  # w3lib reads big5 as big5hkscs


def test_binary_is_refused():
    with pytest.raises(UnreadablePage):
        decode_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def _sourced_page(header: str, body_extra: str = "") -> str:
    return ('<html><head><meta charset="utf-8"><title>数字政府建设取得新进展_示例网</title>'
            '<meta name="source" content="来源：示例元数据"></head><body><div class="nav"><a href="/">首页</a></div>'
            f'<h1>数字政府建设取得新进展</h1><div class="info">{header}</div><div class="content">'
            '<p>记者从有关部门获悉，今年以来各地持续推进数字政府建设，政务服务“一网通办”事项不断增加，群众办事更加便利。</p>'
            f'{body_extra}<p>有关负责人表示，下一步将继续推动数据共享，提升政务服务标准化、规范化、便利化水平。</p>'
            '</div></body></html>')


@pytest.mark.parametrize("header,body_extra,source", [
    ('2023-03-01 10:00 | 来源：<a href="https://paper.example.org/">示例日报－示例晚刊</a> 小字号', "", "示例日报－示例晚刊"),
    ("2023-03-01 10:00 来源：示例日报 作者：王五", "", "示例日报"),
    ("2023-03-01 10:00 来源：示例日报 打印 字号：大 中 小", "", "示例日报"),
    ("2023-03-01 10:00", '<p class="img_descr">图片来源：示例图库</p>', "示例元数据"),
])
def test_source_is_the_name_after_the_label(header, body_extra, source):
    """来源 followed by a link, other fields or buttons; an image credit is not the source."""
    article = parse_article(_sourced_page(header, body_extra), "https://news.example.org/a.html")
    assert article["source"] == source


def test_a_boxed_list_in_a_wechat_body_is_kept():
    """<section><ol><li>: a WeChat editor's boxed list between two paragraphs, one level deeper than
    the paragraphs' container, is body; a table of contents of links is not."""
    from crawler.parsers.generic import extract

    para = "<p><span>{}</span></p>"
    html = ("<html><head><meta charset='utf-8'><title>湖北政务微博10月榜出炉</title></head><body><div id='js_content'>"
            + para.format("11月19日，荆楚网和楚天舆情数据研究院发布湖北政务微博2022年10月榜。上期的前三名这次依然占据前三，只是座次有变：")
            + "<section style='background:#f6f6f6'><ol><li><span>黄冈检察</span></li><li><span>正义随州</span></li>"
              "<li><span>五峰检察</span></li></ol></section>"
            + para.format("前30名的地域分布是：省直9家、武汉7家、咸宁4家、宜昌3家，随州和襄阳各2家，荆州、荆门、黄冈各1家。")
            + "<section><ul><li><a href='#a'>榜单进出</a></li><li><a href='#b'>政法账号</a></li></ul></section>"
            + para.format("名次上升最快的是平安武汉，从上期第13名升到本期第7名，进入前十；宜昌发布也上升6位，排在第17名。")
            + "</div></body></html>")
    text = extract(html)["text"]
    assert all(name in text for name in ("黄冈检察", "正义随州", "五峰检察"))
    assert "榜单进出" not in text


def test_a_short_article_keeps_its_lines():
    """A short page whose body trafilatura gives back as one line (its baseline fallback joins an
    <article>'s text with spaces) keeps the page's own line breaks: its list stays a list, under
    the label the page prints between the announcing sentence and the names."""
    from crawler.sites import parse_page

    page = parse_page("http://example.org/sn/3321.html", (FIXTURES / "short_pages" / "list-in-article.html").read_bytes(),
                      {"Content-Type": "text/html"})
    lines = page.article["text"].split("\n")
    assert "- 衢州市龙游县" in lines and "我市入选的地区如下：" in lines
    assert [(c["name"], c["category"], c["province"]) for c in page.cases] == [
        (name, "试点县（市、区）", "浙江省") for name in ("衢州市柯城区", "衢州市龙游县", "衢州市江山市")]


def test_prose_that_only_resembles_the_page_lines_is_not_cut():
    from crawler.parsers.generic import split_joined_lines

    page = ["标题", "第一段 文字", "第二段", "第三段"]
    assert split_joined_lines(["第一段 文字 第二段 第三段"], page) == ["第一段 文字", "第二段", "第三段"]
    assert split_joined_lines(["第一段 文字 第二段 第三段 之后还有别的"], page) == ["第一段 文字 第二段 第三段 之后还有别的"]
    assert split_joined_lines(["第一段 文字 第二段"], page) == ["第一段 文字 第二段"]  # (two blocks: may be one paragraph)
