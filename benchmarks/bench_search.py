"""Chinese search on a synthetic archive of 1,000,000 cases and 200,000 articles.

    .venv/bin/python benchmarks/bench_search.py [--cases 1000000] [--articles 200000]

Builds the archive with the project's schema (FTS triggers off during the bulk load, then one
index build), then times Datasette's own table search (?_search=) beside a LIKE filter on the
same columns (?_where=) for a fixed set of 1-4 character queries, in one run, through
datasette.client (the table page with its count of matching rows; facets and facet suggestions
off for both, as they are per-page extras, not search), then the HTML page as `govcases serve`
shows it (its facets on, suggestions off) for the search alone. Reports p50 / p95 per method, the
ratio, and the database size with and without the indexes. The texts are random sequences of words (governance words, region names,
two-character words of common characters) drawn with Zipf frequencies: for timing, not meaning.
"""
import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.db import Archive  # noqa: E402
from archive.publish import metadata_for  # noqa: E402
from archive.search import FTS_TABLES, rebuild_sql  # noqa: E402
from crawler.parsers.regions import gazetteer  # noqa: E402

WORDS = ("政务 服务 平台 微博 微信 公众号 热线 数据 共享 审批 交警 税务 公安 网上 办事 大厅 互联网 治理 创新 案例 政府 "
         "市民 群众 信息 公开 发布 城市 智慧 民生 医保 社保 教育 文化 旅游 营商 环境 一网通办 最多跑一次 12345 APP "
         "小程序 网站 门户 便民 应急 监管 执法 法院 检察院 街道 社区 乡村 扶贫 生态 环保 交通 出行 停车 投诉 建议 回应").split()
QUERIES = ["微", "博", "政", "网", "微博", "政务", "热线", "交警", "审批", "税务", "数据", "公安", "社区", "小程", "上海",
           "广东", "杭州", "政务服", "网上办", "公众号", "互联网", "一网通", "最多跑", "12345", "app", "政务微博",
           "网上办事", "便民服务", "智慧城市", "营商环境"]


COMMON_CHARS = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
                "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
                "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道"
                "命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长"
                "求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色")


class Vocabulary:
    """Words drawn with Zipf frequencies, so that some queries are common and most are rare, as in real text."""

    def __init__(self, rng):
        names = sorted({u.name for u in gazetteer().units.values()})
        made = sorted({rng.choice(COMMON_CHARS) + rng.choice(COMMON_CHARS) for _ in range(8000)})
        self.words = WORDS + names + made
        rng.shuffle(self.words)
        weights, total = [], 0.0
        for rank in range(1, len(self.words) + 1):
            total += 1.0 / rank
            weights.append(total)
        self.cum = weights

    def text(self, rng, n):
        return "".join(rng.choices(self.words, cum_weights=self.cum, k=n)) + "。"


def build(path: Path, cases: int, articles: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    names = [u.name for u in gazetteer().units.values()]
    archive = Archive(path)
    db = archive.db
    for table in FTS_TABLES:  # bulk load first, index once
        for trigger in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS [{table}_fts_{trigger}]")
    with db.conn:
        db.execute("INSERT INTO case_lists (key, name, year) VALUES ('BENCH', '基准测试榜单', 2020)")
        db.conn.executemany(
            "INSERT INTO articles (id, url, title, summary, text, published_at) VALUES (?, ?, ?, ?, ?, ?)",
            ((i, f"https://example.org/a/{i}", vocab.text(rng, 4), vocab.text(rng, 6), vocab.text(rng, 60),
              f"20{10 + i % 15:02d}-01-01") for i in range(1, articles + 1)))
        db.conn.executemany(
            "INSERT INTO cases (id, key, name, name_normalized, list_id, year, agency, province, description) "
            "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)",
            ((i, f"BENCH|{i}", n := vocab.text(rng, 3), n, 2010 + i % 15, rng.choice(names) + rng.choice(("局", "委", "厅", "政府", "办公室")),
              rng.choice(names), vocab.text(rng, 12)) for i in range(1, cases + 1)))
    archive.close()


def index(path: Path) -> float:
    start = time.perf_counter()
    archive = Archive(path)  # recreates the triggers
    for table in FTS_TABLES:
        with archive.db.conn:
            for statement in rebuild_sql(table):
                archive.db.execute(statement)
    archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.close()
    return time.perf_counter() - start


def size(path: Path) -> int:
    return sum(os.path.getsize(p) for p in (path, Path(f"{path}-wal")) if os.path.exists(p))


async def time_queries(path: Path, table: str, columns: tuple[str, ...]):
    from datasette.app import Datasette

    ds = Datasette([str(path)], metadata=metadata_for(path), settings={"sql_time_limit_ms": 120000})
    name = path.stem
    timings = {"search": [], "like": []}
    for q in QUERIES:
        where = " or ".join(f"{c} like '%{q}%'" for c in columns)
        for method, url in (("search", f"/{name}/{table}.json?_search={quote(q)}&_nofacet=1&_nosuggest=1&_size=100"),
                            ("like", f"/{name}/{table}.json?_where={quote(where)}&_nofacet=1&_nosuggest=1&_size=100")):
            start = time.perf_counter()
            response = await ds.client.get(url)
            elapsed = (time.perf_counter() - start) * 1000
            assert response.status_code == 200, response.text[:300]
            timings[method].append(elapsed)
    return timings


async def time_pages(path: Path, table: str, facet_search_rows: int | None = None):
    from datasette.app import Datasette

    metadata = metadata_for(path)
    if facet_search_rows is not None:  # 0: facets counted for every search (the figure before bounding)
        metadata.setdefault("plugins", {}).setdefault("govcases", {})["facet_search_rows"] = facet_search_rows
    ds = Datasette([str(path)], metadata=metadata,
                   settings={"sql_time_limit_ms": 3000, "suggest_facets": False})
    timings = []
    for q in QUERIES:
        start = time.perf_counter()
        response = await ds.client.get(f"/{path.stem}/{table}?_search={quote(q)}")
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.text[:300]
    return timings


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--dir", default=None)
    parser.add_argument("--reuse", action="store_true", help="Time the database a previous run left in --dir.")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="govcases-bench-"))
    path = folder / "bench.db"
    if args.reuse and path.exists():
        archive = Archive(path)  # brings an older benchmark database's schema and views up to date
        archive.close()
        print(f"reusing {path} ({size(path) / 2**20:.0f} MiB)")
    else:
        if path.exists():
            path.unlink()
        start = time.perf_counter()
        build(path, args.cases, args.articles)
        print(f"built {args.cases} cases and {args.articles} articles in {time.perf_counter() - start:.0f} s")
        before = size(path)
        seconds = index(path)
        after = size(path)
        print(f"database {before / 2**20:.0f} MiB without the search indexes, {after / 2**20:.0f} MiB with them "
              f"(indexes built in {seconds:.0f} s)")
    print(f"{'table':<10} {'queries':>7} {'search p50':>11} {'p95':>8} {'max':>8} {'LIKE p50':>9} {'p95':>9} {'p50 ratio':>10} {'p95 ratio':>10}")
    for table, columns in FTS_TABLES.items():
        t = asyncio.run(time_queries(path, table, columns))
        s50, s95, l50, l95 = pct(t["search"], 50), pct(t["search"], 95), pct(t["like"], 50), pct(t["like"], 95)
        print(f"{table:<10} {len(QUERIES):>7} {s50:9.1f}ms {s95:6.1f}ms {max(t['search']):6.1f}ms {l50:7.1f}ms {l95:7.1f}ms "
              f"{l50 / s50:9.1f}x {l95 / s95:9.1f}x")
    print("\nthe HTML search page as `govcases serve` shows it (default facets, suggestions off), search only;"
          "\n'every facet' counts facets for every search (as before), 'bounded' skips them above the"
          " facet_search_rows limit (a note says so):")
    print(f"{'page':<18} {'queries':>7} {'every facet p50':>16} {'p95':>8} {'max':>8} {'bounded p50':>12} {'p95':>8} {'max':>8}")
    for table in (*FTS_TABLES, "case_directory", "article_directory"):
        full = asyncio.run(time_pages(path, table, 0))
        bounded = asyncio.run(time_pages(path, table))
        print(f"{table:<18} {len(QUERIES):>7} {pct(full, 50):14.1f}ms {pct(full, 95):6.1f}ms {max(full):6.1f}ms "
              f"{pct(bounded, 50):10.1f}ms {pct(bounded, 95):6.1f}ms {max(bounded):6.1f}ms")
    print(f"(files in {folder})")


if __name__ == "__main__":
    main()
