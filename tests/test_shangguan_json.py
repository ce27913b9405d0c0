"""The newer 上观 pages: a JavaScript shell whose data comes from getNewsDetail JSON."""
import json

import pytest

from crawler.sites import NotAnArticle
from crawler.sites.shangguan import looks_like_template_shell, parse_shangguan_json

from support import FIXTURES, govcases

SG = FIXTURES / "shangguan"


@pytest.fixture(scope="module")
def article():
    return parse_shangguan_json((SG / "getNewsDetail-40300.json").read_text(encoding="utf-8"))


def test_title(article):
    assert article["title"] == "宝安通APP上线民生服务新版块"


def test_publish_time_is_beijing_time(article):
    assert article["published_at"] == "2017-05-08T18:05:00+08:00"


def test_canonical_url(article):
    assert article["url"] == "https://www.jfdaily.com/news/detail?id=40300"


def test_body_paragraphs(article):
    assert article["text"].split("\n") == [
        "深圳市宝安区的“宝安通”APP近日增加了新的民生服务版块。",
        "市民可以在APP里查询社保、预约办事和反映问题。",
        "该APP是“智慧宝安”建设的一部分，2015年10月启动建设。",
    ]


def test_members_only_is_skipped():
    with pytest.raises(NotAnArticle):
        parse_shangguan_json((SG / "getNewsDetail-members.json").read_text(encoding="utf-8"))


def test_other_json_is_not_claimed():
    assert parse_shangguan_json('{"data": [1, 2]}') is None


def test_shell_is_recognised():
    assert looks_like_template_shell((SG / "detail-shell.html").read_text(encoding="utf-8"))


def test_cli_parses_the_json_shape():
    result = govcases("parse", str(SG / "getNewsDetail-40300.json"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["article"]["parser"] == "shangguan-json"


def test_cli_says_why_a_members_only_piece_is_not_kept():
    result = govcases("parse", str(SG / "getNewsDetail-members.json"))
    assert result.returncode == 1 and "members-only" in result.stderr
