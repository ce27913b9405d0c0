"""The archive as a researcher sees it, through Datasette's own client: views for people, every
step a link, exports that keep provenance, a home page, safe serving under a path prefix, and a
link checker over everything within three clicks of home."""
import asyncio
import csv
import io
import json
import re
import zipfile
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
import pytest
from datasette.app import Datasette
from datasette.utils import PrefixedUrlString

from archive.export import export_release
from archive.publish import SERVE_SETTINGS, metadata_for
from archive.rebuild import import_warc
from archive.sample import SAMPLE_WARC

from support import ROOT, govcases, link_kind

pytestmark = pytest.mark.xdist_group("researcher")  # one archive and one Datasette for the module


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    import_warc(folder / "demo.db", [SAMPLE_WARC], folder / "warc")
    export_release(folder / "demo.db", folder / "releases", "csv")
    return folder


def datasette(folder, **settings):
    path = folder / "demo.db"
    metadata = metadata_for(path, ROOT / "metadata.yml")
    metadata.setdefault("plugins", {})["govcases"] = {"warc_dir": str(folder / "warc")}
    return Datasette([str(path)], metadata=metadata, settings={**SERVE_SETTINGS, **settings})  # as `govcases serve`


@pytest.fixture(scope="module")
def ds(folder):
    return datasette(folder)


def get(ds, url):
    return asyncio.run(ds.client.get(url))


def rows(ds, table, **params):
    from urllib.parse import urlencode

    response = get(ds, f"/demo/{table}.json?_shape=array&" + urlencode(params))
    assert response.status_code == 200, response.text
    return response.json()


def links(page: str) -> list[str]:
    """Every link's href, in page order (lxml: a tenth of html.parser's time on the walk's pages)."""
    return [href for href in lxml.html.fromstring(page).xpath("//a/@href") if href]


def test_no_canned_query_shadows_a_table(ds):
    tables = {r["name"] for r in get(ds, "/demo.json").json()["tables"]}
    queries = set(get(ds, "/demo.json").json().get("queries", []) and
                  [q["name"] for q in get(ds, "/demo.json").json()["queries"]])
    assert queries and not queries & tables
    # the article page's "rows from article_id in case_mentions" link shows its mentions
    assert len(rows(ds, "case_mentions", article_id=1)) == 10


def test_case_directory_reads_like_a_catalogue(ds):
    found = rows(ds, "case_directory", _sort="case_id")
    assert len(found) == 10
    first = found[0]
    assert list(first)[:11] == ["case_id", "name", "agency", "region", "year", "list", "category", "rank",
                                "first_report", "source_url", "snapshot_url"]
    assert first["list"] == "2016中国网络理政十大创新案例" and first["year"] == 2016
    assert first["source_url"] == "https://www.jfdaily.com/news/detail?id=40036"
    assert first["snapshot_url"] == "/-/snapshot/demo/1"
    assert {r["region"] for r in found} >= {"广东省潮州市", "中央"}  # one label for central bodies
    assert all(r["rank"] is None for r in found)  # the list prints its cases in no ranked order


def test_every_step_is_a_link(ds):
    page = get(ds, "/demo/case_directory?_sort=case_id").text
    assert 'href="/demo/cases/1"' in page  # case -> its full row (and its mentions)
    assert 'href="/demo/case_directory?list_id=1&amp;_sort=case_id"' in page  # case -> its list
    assert 'href="/demo/articles/1"' in page  # case -> first report's row
    assert 'href="/-/snapshot/demo/1"' in page and 'href="https://www.jfdaily.com/news/detail?id=40036"' in page
    lists = get(ds, "/demo/list_directory").text
    assert 'href="/demo/case_directory?list_id=1&amp;_sort=case_id"' in lists
    assert rows(ds, "list_directory")[0]["cases"] == 10
    articles = get(ds, "/demo/article_directory").text
    assert 'href="/demo/case_mentions?article_id=1"' in articles and 'href="/demo/articles/1"' in articles
    case_row = get(ds, "/demo/cases/1").text
    assert "case_mentions" in case_row and 'href="/demo/case_directory?list_id=1&amp;_sort=case_id"' in case_row


def test_article_table_pages_keep_full_texts_to_the_row_page(ds):
    summary = rows(ds, "article_directory", article_id=2)[0]["summary"]
    assert summary and len(summary) <= 121
    css = get(ds, "/-/static-plugins/govcases/govcases.css")
    assert css.status_code == 200 and "body.table.table-articles .col-text" in css.text
    assert "/-/static-plugins/govcases/govcases.css" in get(ds, "/demo/articles").text


def test_search_on_the_views(ds):
    from urllib.parse import quote

    assert {r["name"] for r in rows(ds, "case_directory", _search="微博")} == {
        "宁夏回族自治区银川市政务微博矩阵", "上海市文化嘉定云"}
    assert rows(ds, "article_directory", _search="网络理政")
    empty = get(ds, f"/demo/case_directory?_search={quote('微博平台不存在')}").text
    assert "govcases-empty" in empty and "微博平台不存在" in empty
    traditional = get(ds, f"/demo/case_directory?_search={quote('沒有這個')}").text
    assert "没有这个" in traditional  # the simplified form is offered
    assert 'class="facet-info-name"' not in empty  # no empty facet headings


def test_charts_link_every_bar(ds):
    page = get(ds, "/-/charts/demo").text
    hrefs = [h for h in links(page) if "case_directory" in h]
    assert len(hrefs) >= 3
    for href in hrefs:  # every bar opens a page of its cases
        target = get(ds, href)
        assert target.status_code == 200, href
        assert lxml.html.fromstring(target.text).xpath("//table[contains(@class, 'rows-and-columns')]/tbody/tr"), href
    total = sum(len(rows(ds, "case_directory", **dict(p.split("=") for p in unquote(urlsplit(h).query).split("&"))))
                for h in hrefs if "province=" in h or "region=" in h)
    assert total == 10  # the province bars together open every case once


def test_csv_export_keeps_provenance_and_opens_in_excel(ds):
    response = get(ds, "/-/export/demo/cases.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    table = list(csv.DictReader(io.StringIO(body[1:])))
    assert len(table) == 10
    assert table[0]["source_url"] == "https://www.jfdaily.com/news/detail?id=40036"
    assert table[0]["snapshot_url"] == "http://localhost/-/snapshot/demo/1"
    assert not get(ds, "/-/export/demo/cases.csv?bom=0").content.startswith(b"\xef\xbb\xbf")
    lines = get(ds, "/-/export/demo/cases.jsonl").text.splitlines()
    assert json.loads(lines[0])["snapshot_url"].endswith("/-/snapshot/demo/1")


def test_release_is_complete_and_offered_for_download(ds, folder):
    zips = list((folder / "releases").glob("govcases-demo-*-csv.zip"))
    assert len(zips) == 1
    with zipfile.ZipFile(zips[0]) as zf:
        names = {n.split("/", 1)[1] for n in zf.namelist()}
        assert names == {"README.md", "cases.csv", "lists.csv", "articles.csv", "mentions.csv"}
        cases = zf.read(next(n for n in zf.namelist() if n.endswith("cases.csv"))).decode("utf-8")
        assert cases.startswith("\ufeffcase_id,") and "source_url" in cases and "snapshot_url" in cases
    page = get(ds, "/-/export/demo").text
    assert zips[0].name in page
    download = get(ds, f"/-/export/demo/releases/{zips[0].name}")
    assert download.status_code == 200 and download.content == zips[0].read_bytes()
    assert get(ds, "/-/export/demo/releases/..%2Fdemo.db").status_code == 404
    assert "/-/export/demo" in get(ds, "/").text  # linked from the home page


def test_home_page_explains_the_archive(ds):
    page = get(ds, "/").text
    for text in ("搜索案例 Search cases", "示例搜索 Example searches", "示例查询 Example queries",
                 'href="/demo/case_directory"', 'href="/demo/list_directory"', 'href="/-/charts/demo"'):
        assert text in page, text


@pytest.mark.parametrize("url", ["/-/snapshot/demo/99999999999999999999", "/demo/cases/99999999999999999999",
                                 "/-/snapshot/nodb/1", "/-/charts/nodb", "/-/export/nodb/cases.csv", "/nodb/cases"])
def test_impossible_ids_and_unknown_databases_are_404(ds, url):
    response = get(ds, url)
    assert response.status_code == 404, (url, response.status_code)
    assert "/tmp" not in response.text and str(ROOT) not in response.text


def test_snapshot_errors_show_no_server_path(folder):
    ds = datasette(folder)
    ds._metadata_local["plugins"]["govcases"]["warc_dir"] = str(folder / "no-such-folder")
    response = get(ds, "/-/snapshot/demo/1")
    assert response.status_code == 404 and str(folder) not in response.text


def walk(ds, start: str, prefix: str, depth: int = 3, limit: int = 600, every_link_until: int = 2):
    """Every internal link within ``every_link_until`` clicks of ``start``, and one link of each
    kind (support.link_kind) from there to ``depth`` clicks: {url: status}."""
    return asyncio.run(_walk(ds, start, prefix, depth, limit, every_link_until))  # one event loop for the whole walk


async def _walk(ds, start: str, prefix: str, depth: int, limit: int, every_link_until: int):
    seen, frontier, statuses, walked_kinds = {start}, [start], {}, set()
    for level in range(depth + 1):
        nxt = []
        if level > every_link_until:
            # one link of each kind not walked yet: the other pages of a kind are rendered by the same
            # templates for other rows (at the third click from "/": 300 links, ~40 kinds)
            kinds = {}
            for url in frontier:
                path, _, query = url.partition("?")
                if link_kind(path, query) not in walked_kinds:
                    kinds.setdefault(link_kind(path, query), url)
            frontier = list(kinds.values())
        walked_kinds |= {link_kind(*url.partition("?")[::2]) for url in frontier}
        for url in frontier:
            response = await ds.client.get(PrefixedUrlString(url))
            statuses[url] = response.status_code
            if not response.headers.get("content-type", "").startswith("text/html") or len(seen) > limit:
                continue
            for href in links(response.text):
                absolute = urljoin("http://localhost" + url, href)
                parts = urlsplit(absolute)
                if parts.netloc != "localhost" or parts.path.startswith("/-/static"):
                    continue
                target = parts.path + (f"?{parts.query}" if parts.query else "")
                if target not in seen:
                    assert target.startswith(prefix), (url, href)  # every link stays under the prefix
                    seen.add(target)
                    nxt.append(target)
        frontier = nxt
    return statuses


@pytest.mark.e2e  # walks several hundred pages of the published archive
@pytest.mark.parametrize("base_url", [  # each walk on a worker of its own
    pytest.param("/", marks=pytest.mark.xdist_group("walk-root")),
    pytest.param("/archive/", marks=pytest.mark.xdist_group("walk-prefix"))])
def test_no_broken_link_within_three_clicks_of_home(folder, base_url):
    # SQL in the event loop's thread (num_sql_threads 0): the same pages, and about a third less
    # CPU than handing each page's sixty-odd queries to threads
    ds = datasette(folder, base_url=base_url, num_sql_threads=0)
    # From "/": every link of the first two clicks (each row's pages: a broken link may be one row's),
    # one link of each kind on the third (300 links there, of kinds already walked). Under a prefix,
    # what can break is a template that builds its links without the prefix: one link of each kind
    # from the first click on, three clicks deep (every kind of page the root walk reaches)
    statuses = walk(ds, base_url, base_url, depth=3, every_link_until=2 if base_url == "/" else 0)
    broken = {url: status for url, status in statuses.items() if status >= 400}
    assert len(statuses) > 50 and not broken, broken
    # the snapshot, chart, download and list pages are among them
    for path in ("-/snapshot/demo/1", "-/charts/demo", "-/export/demo", "demo/list_directory"):
        assert any(url.startswith(base_url + path) for url in statuses), path


@pytest.mark.parametrize("url", [
    "demo/article_directory?_facet_date=published_at",  # the date facet's own remove link
    "demo/case_directory?_facet=name&_facet_size=2",  # a cut facet's "…" link
    "demo/case_directory?_search=" + "會議紀錄",  # a search that finds nothing: the same words in the other script
])
def test_links_that_datasette_builds_from_the_request_keep_the_prefix(folder, url):
    # Datasette 0.65 gives the request's path without the prefix; these three pages print links from it
    ds = datasette(folder, base_url="/archive/")
    page = asyncio.run(ds.client.get(PrefixedUrlString("/archive/" + url))).text
    hrefs = [href for href in links(page) if href.startswith("/") and not href.startswith("/-/static")]
    assert hrefs and [href for href in hrefs if not href.startswith("/archive/")] == []
    assert {"date": "_facet_date", "size": "…", "會議": ">会议纪录</a>"}[
        next(k for k in ("date", "size", "會議") if k in url)] in page


def test_serve_without_the_warc_folder_says_so(tmp_path):
    import_warc(tmp_path / "demo.db", [SAMPLE_WARC], tmp_path / "elsewhere" / "warc")
    result = govcases("serve", "--db", str(tmp_path / "demo.db"), "--port", "1", timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("govcases: error: no WARC folder at ") and "--data-dir" in lines[0]


def test_a_common_search_shows_its_count_and_a_note_instead_of_facets(folder):
    ds = datasette(folder)
    ds._metadata_local["plugins"]["govcases"]["facet_search_rows"] = 3
    page = get(ds, "/demo/case_directory?_search=%E5%B8%82").text  # 市: most of the ten cases
    assert "govcases-note" in page and 'class="facet-info-name"' not in page
    assert re.search(r"<h3>\s*\d+ rows", page)
    ds._metadata_local["plugins"]["govcases"]["facet_search_rows"] = 0
    page = get(ds, "/demo/case_directory?_search=%E5%B8%82").text
    assert "govcases-note" not in page and 'class="facet-info-name"' in page
