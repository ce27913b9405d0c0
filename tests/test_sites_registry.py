"""The source registry: every source is one module with a fixture folder and a test of its own,
`govcases sources` lists them with what the archive holds of each, and articles are marked by
relevance (case-bearing, mentioning, other)."""
import json
import sqlite3

from click.testing import CliRunner

from crawler.cli import cli
from crawler.sites import Site, parse_page, registry, site_for

from support import FIXTURES, ROOT


def test_every_source_has_its_fixture_folder_and_test():
    missing = []
    for slug in registry():
        if not (FIXTURES / slug).is_dir() or not list((FIXTURES / slug).iterdir()):
            missing.append(f"tests/fixtures/{slug}/")
        if not list((ROOT / "tests").glob(f"test_{slug}*.py")):
            missing.append(f"tests/test_{slug}.py")
    assert missing == []


def test_at_least_seven_sources_each_declared_completely():
    sites = registry()
    assert len(sites) >= 7
    for slug, site in sites.items():
        assert isinstance(site, Site) and site.slug == slug and site.name and site.hosts and site.about
        assert site.discovery(), f"{slug} has no way to find its articles"


def test_a_url_picks_its_source_and_other_hosts_none():
    assert site_for("https://www.shobserver.com/news/detail?id=40036").slug == "shangguan"
    assert site_for("https://example.org/a.html") is None


def test_sources_lists_every_source_as_json(tmp_path):
    result = CliRunner().invoke(cli, ["sources", "--json", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["slug"] for r in rows} == set(registry())
    assert all({"slug", "name", "hosts"} <= set(r) for r in rows)


def _item(url, text, cases=(), slug=None):
    article = {"url": url, "title": "示例", "text": text, "published_at": "2020-01-01"}
    return {"article": article, "lists": [], "cases": list(cases), "site_slug": slug}


def test_relevance_and_the_sources_summary(archive, db_path):
    page = parse_page("https://www.jfdaily.com/news/detail?id=40036",
                      (ROOT / "sample" / "shangguan" / "detail-40036.html").read_bytes())
    assert page.kind == "article" and page.relevance == "case-bearing" and page.site == "shangguan"
    run = archive.start_run("shangguan")
    counts = archive.store_items([
        {"article": page.article, "lists": page.lists, "cases": page.cases, "site_slug": page.site},
        _item("https://www.jfdaily.com/news/detail?id=1", "市民热议：广东省潮州市地税局“支付宝缴税”方便了纳税人。" * 3, slug="shangguan"),
        _item("https://www.jfdaily.com/news/detail?id=2", "今天天气晴朗，气温回升，适合外出踏青。" * 3, slug="shangguan"),
    ], run)
    assert counts["by_source"] == {"shangguan": {"articles": 3, "new_articles": 3, "case_bearing": 1}}
    archive.record_source_runs(run, counts["by_source"], {"shangguan": 1})
    archive.finish_run(run, status="finished", finish_reason="finished", pages=3, requests=3, items=3,
                       new_articles=3, changed_articles=0, unchanged_articles=0, new_cases=10, gone_articles=0,
                       errors=0, invalid_items=0, parser_fallbacks=0)
    conn = sqlite3.connect(db_path)
    try:
        kinds = [r[0] for r in conn.execute("select relevance from articles order by id")]
    finally:
        conn.close()
    assert kinds == ["case-bearing", "mentioning", "other"]
    rows = {r["slug"]: r for r in json.loads(CliRunner().invoke(cli, ["sources", "--json", "--db", str(db_path)]).output)}
    assert (rows["shangguan"]["articles"], rows["shangguan"]["case_bearing"], rows["shangguan"]["cases"]) == (3, 1, 10)
    assert rows["shangguan"]["last_run"]["status"] == "finished"
    assert rows["shangguan"]["last_run"]["parser_fallbacks"] == 1
    assert rows["shangguan"]["flag"] is None
    stats = CliRunner().invoke(cli, ["stats", "--db", str(db_path)]).output
    assert stats.index("case-bearing") < stats.index("rows per table")


def test_a_source_that_found_nothing_twice_is_flagged(archive, db_path):
    for _ in range(2):
        run = archive.start_run("catalogue")
        archive.record_source_runs(run, {}, {"fddi": 0})
        archive.finish_run(run, status="finished", finish_reason="finished", items=0)
    rows = {r["slug"]: r for r in json.loads(CliRunner().invoke(cli, ["sources", "--json", "--db", str(db_path)]).output)}
    assert rows["fddi"]["flag"] == "found nothing in its last two runs"
    assert rows["gov_cn"]["flag"] is None  # never crawled is not the same as silent
