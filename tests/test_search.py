"""Chinese search equals substring search: ?_search= returns exactly the rows LIKE would."""
import asyncio
import random
import sqlite3
from urllib.parse import quote

import opencc
import pytest
from datasette.app import Datasette

from archive.db import Archive
from archive.publish import SERVE_SETTINGS, metadata_for
from archive.rebuild import import_warc
from archive.sample import SAMPLE_WARC
from archive.search import WORD_RUN, bigram_text, fold, fts_query, match_sql, register_functions

from cases_helpers import TRUTH, parse_page
from support import ROOT

pytestmark = pytest.mark.xdist_group("search")  # one archive and one Datasette for the module
# Every query is checked against SQLite directly; every HTTP_EVERY-th also through Datasette's
# table view (about 5 ms a request: all 350 were 2.4 s of CPU, the sample checks the same wiring).
HTTP_EVERY = 5
COLUMNS = {"cases": ("name", "agency", "description"), "articles": ("title", "summary", "text")}


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search")
    path = folder / "archive.db"
    import_warc(path, [SAMPLE_WARC], folder / "warc")
    archive = Archive(path)
    items = []
    for name in TRUTH:
        if name == "traditional.html":
            continue  # its mentions would rewrite case descriptions in traditional characters
        found = parse_page(name)
        items.append({"article": dict(found["article"], url=f"https://example.org/{name}"),
                      "lists": found["lists"], "cases": found["cases"]})
    archive.store_items(items)
    archive.close()
    return path


@pytest.fixture(scope="module")
def ds(archive_path):
    # SQL in the event loop's thread (num_sql_threads 0): the same pages, about a fifth less CPU
    # than handing every query to a thread; the threaded server is tested elsewhere
    return Datasette([str(archive_path)], metadata=metadata_for(archive_path, ROOT / "metadata.yml"),
                     settings={**SERVE_SETTINGS, "num_sql_threads": 0})


def rows(path, table):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f"select id, {', '.join(COLUMNS[table])} from {table}")]
    finally:
        conn.close()


def like_ids(path, table, q):
    conn = sqlite3.connect(path)
    try:
        where = " or ".join(f"{c} like ?" for c in COLUMNS[table])
        return {r[0] for r in conn.execute(f"select id from {table} where {where}", [f"%{q}%"] * len(COLUMNS[table]))}
    finally:
        conn.close()


def queries(path, table, count, seed):
    """Substrings of 1-6 word characters taken from the table's own text."""
    rng = random.Random(seed)
    texts = [v for r in rows(path, table) for c in COLUMNS[table] if (v := r[c])]
    runs = [run for text in texts for run in WORD_RUN.findall(text)]
    out = set()
    while len(out) < count:
        run = rng.choice(runs)
        n = rng.randint(1, min(6, len(run)))
        start = rng.randint(0, len(run) - n)
        out.add(run[start:start + n])
    return sorted(out)


def sql_ids(path, table, q):
    """The rows ``?_search=`` selects (the plugin's filter: archive.search.match_sql), asked of SQLite
    directly: every query is checked here, a sample of them through Datasette's table view too."""
    conn = sqlite3.connect(path)
    register_functions(conn)
    try:
        return {r[0] for r in conn.execute(f"select id from {table} where rowid in ({match_sql(table, 'q')})", {"q": q})}
    finally:
        conn.close()


def search_ids(ds, table, q):
    ids, url = set(), f"/archive/{table}.json?_search={quote(q)}&_col=id&_size=max&_nofacet=1"
    while url:
        data = asyncio.run(ds.client.get(url)).json()
        ids |= {row[0] for row in data["rows"]}
        url = data.get("next_url")
        if url:
            url = url.split("localhost", 1)[-1]
    return ids


@pytest.mark.parametrize("table,count", [("cases", 200), ("articles", 150)])
def test_search_equals_like(ds, archive_path, table, count):
    qs = queries(archive_path, table, count, seed=7)
    table_rows = rows(archive_path, table)
    # Rows written in traditional characters are found by simplified queries too (LIKE cannot);
    # on the others, search must equal LIKE exactly.
    plain = {r["id"] for r in table_rows if all(fold(r[c] or "") == (r[c] or "").lower() for c in COLUMNS[table])}
    mismatched, through_datasette = {}, 0
    for i, q in enumerate(qs):
        if fold(q) != q.lower():
            continue  # traditional forms are checked below
        got = sql_ids(archive_path, table, q)
        if i % HTTP_EVERY == 0:
            through_datasette += 1
            if (shown := search_ids(ds, table, q)) != got:
                mismatched[q] = ("datasette", sorted(shown ^ got))
        expected = like_ids(archive_path, table, q)
        if got & plain != expected & plain:
            mismatched[q] = (sorted((got - expected) & plain), sorted((expected - got) & plain))
        folded = {r["id"] for r in table_rows if any(fold(q) in fold(r[c] or "") for c in COLUMNS[table])}
        if got != folded:
            mismatched[q] = ("folded", sorted(got ^ folded))
    assert len(qs) >= count and mismatched == {} and through_datasette >= count // HTTP_EVERY - 5
    assert len(plain) == len(table_rows)


def test_traditional_and_simplified_find_each_other(ds, archive_path):
    s2t = opencc.OpenCC("s2t")
    qs = [q for q in queries(archive_path, "cases", 300, seed=11) if s2t.convert(q) != q][:80]
    assert len(qs) >= 50
    table = rows(archive_path, "cases")
    for q in qs:
        expected = {r["id"] for r in table if any(v and fold(q) in fold(v) for v in (r[c] for c in COLUMNS["cases"]))}
        for form in (s2t.convert(q), q):
            assert sql_ids(archive_path, "cases", form) == expected, form
    for q in qs[::HTTP_EVERY]:
        assert search_ids(ds, "cases", s2t.convert(q)) == search_ids(ds, "cases", q) == sql_ids(archive_path, "cases", q), q


def test_simplified_query_finds_traditional_text(ds, archive_path, tmp_path):
    import shutil

    copy = tmp_path / "trad.db"
    shutil.copy(archive_path, copy)
    found = parse_page("traditional.html")
    archive = Archive(copy)
    archive.store_items([{"article": dict(found["article"], url="https://wiki.example.org/t"),
                          "lists": found["lists"], "cases": found["cases"]}])
    hits = {r[0] for r in archive.db.execute(
        "select rowid from articles_fts where articles_fts match govcases_fts_query('互联网政务服务')")}
    trad_id = archive.db.execute("select id from articles where url = 'https://wiki.example.org/t'").fetchone()[0]
    archive.close()
    assert trad_id in hits  # the page says 互聯網政務服務


@pytest.mark.parametrize("q", ["微博", "微", "12345热线", "APP", "app", "支付宝缴税", "安吉新聞"])
def test_query_shapes(q):
    assert fts_query(q).startswith('"')
    assert WORD_RUN.findall(fold(q))


def test_index_text():
    assert bigram_text("網絡理政 APP") == "网络 络理 理政 政 ap pp p"
    assert bigram_text(None) == ""


def test_sql_function_for_hand_written_queries(ds):
    sql = ("select count(*) as n from cases_fts where cases_fts match govcases_fts_query('微博')")
    data = asyncio.run(ds.client.get(f"/archive.json?sql={quote(sql)}&_shape=array")).json()
    assert data == [{"n": 2}]


def test_indexes_follow_updates_and_deletes(archive_path, tmp_path):
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copy(archive_path, copy)
    archive = Archive(copy)
    db = archive.db
    def hits(q):
        return {r[0] for r in db.execute("select rowid from cases_fts where cases_fts match govcases_fts_query(?)", [q])}
    case_id = next(iter(hits("支付宝")))
    with db.conn:
        db.execute("update cases set description = '改写后的说明，提到了小程序' where id = ?", [case_id])
    assert case_id in hits("小程序")
    with db.conn:
        db.execute("delete from case_mentions where case_id = ?", [case_id])
        db.execute("delete from cases where id = ?", [case_id])
    assert case_id not in hits("小程序") and case_id not in hits("支付宝")
    archive.close()
