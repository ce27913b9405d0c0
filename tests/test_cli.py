"""The command line: output shapes and every error path."""
import json
import re
import sqlite3

import pytest

from crawler.cli import cli

from support import ROOT, SAMPLE, govcases

CASE_KEYS = {"name", "agency", "province", "city", "district", "dates", "description", "list", "position"}
ARTICLE_KEYS = {"url", "title", "author", "source", "published_at", "summary", "text"}


def assert_one_line_error(result):
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("govcases: error: ")
    assert "Traceback" not in result.stderr


def test_parse_prints_article_and_cases():
    result = govcases("parse", str(SAMPLE / "detail-40036.html"), "--url", "https://www.jfdaily.com/news/detail?id=40036")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert ARTICLE_KEYS <= set(data["article"])
    assert data["article"]["published_at"] == "2016-12-22T16:20:00+08:00"
    assert len(data["cases"]) == 10
    for case in data["cases"]:
        assert CASE_KEYS <= set(case)
    assert data["cases"][9]["province"] is None  # present, and null (a central body)


def test_parse_without_url_still_uses_the_site_parser():
    data = json.loads(govcases("parse", str(SAMPLE / "detail-40036.html")).stdout)
    assert data["article"]["parser"] == "shangguan-old"
    assert data["article"]["url"] is None


def test_parse_manifest(tmp_path):
    manifest = tmp_path / "pages.tsv"
    manifest.write_text(
        f"{SAMPLE / 'detail-40036.html'}\thttps://www.jfdaily.com/news/detail?id=40036\n"
        f"{SAMPLE / 'detail-40101.html'}\n", encoding="utf-8")
    result = govcases("parse", "--manifest", str(manifest))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(SAMPLE / "detail-40036.html"), str(SAMPLE / "detail-40101.html")]
    assert [len(line["cases"]) for line in lines] == [10, 0]


def test_parse_manifest_with_a_missing_file_reports_it_and_goes_on(tmp_path):
    manifest = tmp_path / "pages.tsv"
    manifest.write_text(f"{tmp_path / 'gone.html'}\n{SAMPLE / 'detail-40101.html'}\n", encoding="utf-8")
    result = govcases("parse", "--manifest", str(manifest))
    assert result.returncode == 1
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    assert "no such file" in first["error"]
    assert second["article"]["title"]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "content,message",
    [(None, "no such file"), (b"", "empty"), (b"\x00\x01\x02binary\x00" * 20, "binary"), (b"<html><body></body></html>", "no article")],
    ids=["missing", "empty", "binary", "no-article"],
)
def test_parse_bad_input(tmp_path, content, message):
    page = tmp_path / "page.html"
    if content is not None:
        page.write_bytes(content)
    result = govcases("parse", str(page))
    assert_one_line_error(result)
    assert message in result.stderr


def test_parse_gbk_page(tmp_path):
    page = tmp_path / "gbk.html"
    html = (SAMPLE / "detail-40036.html").read_text(encoding="utf-8").replace("charset=utf-8", "charset=gbk")
    page.write_bytes(html.encode("gb18030"))  # GBK bytes, plus the odd character GBK lacks
    data = json.loads(govcases("parse", str(page)).stdout)
    assert data["article"]["author"] == "上官网儿"
    assert data["article"]["encoding"] == "gb18030"
    assert len(data["cases"]) == 10


def test_crawl_refuses_a_file_that_is_not_sqlite(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("这不是数据库", encoding="utf-8")
    result = govcases("crawl", "shangguan", "--db", str(bogus), "-a", "base_url=http://127.0.0.1:9")
    assert_one_line_error(result)
    assert "not an SQLite database" in result.stderr
    assert bogus.read_text(encoding="utf-8") == "这不是数据库"


def test_crawl_unknown_spider(db_path):
    result = govcases("crawl", "nosuchspider", "--db", str(db_path))
    assert_one_line_error(result)
    assert "unknown spider" in result.stderr
    assert not db_path.exists()


def test_crawl_bad_spider_argument(db_path):
    result = govcases("crawl", "shangguan", "--db", str(db_path), "-a", "sections=天下")
    assert_one_line_error(result)
    assert not db_path.exists()


@pytest.mark.parametrize("command", ["stats", "serve"])
def test_reading_commands_refuse_bad_databases(tmp_path, command):
    missing = govcases(command, "--db", str(tmp_path / "missing.db"))
    assert_one_line_error(missing)
    assert not (tmp_path / "missing.db").exists()
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"PK\x03\x04 not a database at all")
    assert_one_line_error(govcases(command, "--db", str(bogus)))


def test_stats_lists_counts_and_runs(archive, db_path):
    run = archive.start_run("shangguan", {"sections": "82"})
    archive.finish_run(run, status="finished", pages=4, items=3, errors=0)
    result = govcases("stats", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert re.search(r"articles\s+0", result.stdout)
    assert "#1 shangguan" in result.stdout and "finished: 4 pages, 3 items, 0 errors" in result.stdout


def test_a_failing_batch_leaves_the_archive_as_it_was(archive, db_path):
    from crawler.sites import parse_article
    from crawler.parsers.cases import extract_cases

    article = parse_article((SAMPLE / "detail-40036.html").read_text(encoding="utf-8"), "https://www.jfdaily.com/news/detail?id=40036")
    good = {"article": article, **extract_cases(article["text"], article["title"], article["published_at"])}
    broken = {"article": {**article, "url": "https://www.jfdaily.com/news/detail?id=2"}, "lists": [], "cases": [{"name": "x"}]}
    with pytest.raises(KeyError):
        archive.store_items([good, broken])
    conn = sqlite3.connect(db_path)
    assert [conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("articles", "cases", "case_mentions")] == [0, 0, 0]
    archive.store_items([good])
    assert conn.execute("select count(*) from cases").fetchone()[0] == 10


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"govcases {name}" in readme, f"`govcases {name}` is not in the README"


def test_every_option_has_help():
    for command in cli.commands.values():
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{command.name} {param.opts} has no help"
