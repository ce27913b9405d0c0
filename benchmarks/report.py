"""`make bench`: one report for the whole archive, each figure beside a reference measured in the same run.

    .venv/bin/python benchmarks/report.py [--out bench/results] [--cache bench/cache] [--quick]

Writes ``latest.md`` and ``latest.json`` to ``--out``. Every row: the project's figure, the
reference it is compared with (measured in this run, on this machine), their ratio and the
target. The machine is shared and noisy: crawls are repeated and their medians taken, the
reference runs alternate with the project's, and the ratios are the result.

- crawl: the full pipeline (``govcases crawl shangguan``: parsing, cases, WARC, archive) against a
  link-only Scrapy spider (benchmarks/link_spider.py, the ceiling, run with the crawl's download
  settings and the engine setting CONCURRENT_ITEMS the project sets) on the same fast mirror
  (benchmarks/mirror.py, aiohttp in a process of its own); pages per second from the mirror's
  arrivals, first to last request; 2,000 and 10,000 articles; peak RSS of the crawl process beside
  a process that only imports Scrapy and the project. The ceiling is also run against Python's
  ``http.server`` mirror (the tests' one) to show which mirror limits.
- extraction: mean ms per page of ``parse_page`` (decoding, body, metadata, cases) against
  trafilatura's ``extract`` on the decoded page, on ../shared/corpus; on the fixture pages of
  every registered source read by its own parser: the site parser alone (decoding and the
  source's parser, no case detection), case detection alone, and the whole page path.
- reparse: ``govcases reparse`` of the 2,000-article crawl's WARC files against reading the same
  records with warcio alone.
- search: benchmarks/bench_search.py's figures on 1,000,000 cases (the database is kept in
  ``--cache`` and reused).
- tests: wall time of ``pytest -m "not e2e"``, of the whole suite (`make test`'s run) and of the
  evaluation gates (``pytest -m eval``, `make eval`).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PY = sys.executable
CRAWL_SETTINGS = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "LOG_LEVEL=WARNING"]
# The ceiling runs with the crawl's download settings and with the Scrapy engine settings the project
# sets (crawler/settings.py): CONCURRENT_ITEMS, which costs every response its tasks, whatever it yields.
LINK_SETTINGS = ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "LOG_LEVEL=WARNING", "-s", "ROBOTSTXT_OBEY=True",
                 "-s", "TELNETCONSOLE_ENABLED=False", "-s", "CONCURRENT_ITEMS=16"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(command, cwd=None) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one child process; a failure stops the benchmark."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, cwd=cwd or ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(map(str, command))} failed:\n" + err.read()[-3000:].decode("utf-8", "replace"))
    return time.perf_counter() - start, usage.ru_maxrss / 1024


class Mirror:
    def __init__(self, articles: int, server: str = "aiohttp"):
        self.proc = subprocess.Popen([PY, str(ROOT / "benchmarks" / "mirror.py"), "--articles", str(articles),
                                      "--server", server], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().split()
        if not line or line[0] != "port":
            raise SystemExit(f"mirror did not start: {line}")
        self.url = f"http://127.0.0.1:{line[1]}"
        self.server = server
        self.started = time.monotonic()
        self.requests_seen = 0

    def window(self) -> tuple[int, float]:
        """Pages served since the last call and the seconds from the first to the last arrival."""
        with urllib.request.urlopen(self.url + "/__bench/window", timeout=30) as response:
            data = json.load(response)
        return data["pages"], (data["last"] - data["first"]) if data["pages"] > 1 else 0.0

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


def pages_of(articles: int) -> int:
    return articles + -(-articles // 20) + 1  # articles, list pages, robots.txt


def crawl_full(mirror: Mirror, folder: Path) -> dict:
    db = folder / "archive.db"
    seconds, peak = run([PY, "-m", "crawler", "crawl", "shangguan", "--db", str(db), "-a", f"base_url={mirror.url}",
                         "-a", "max_pages=100000", *CRAWL_SETTINGS])
    return {"seconds": seconds, "peak_mib": peak, **rate(mirror, folder)}


def crawl_links(mirror: Mirror, folder: Path) -> dict:
    seconds, peak = run([PY, "-m", "scrapy", "runspider", str(ROOT / "benchmarks" / "link_spider.py"),
                         "-a", f"base_url={mirror.url}", *LINK_SETTINGS], cwd=folder)
    return {"seconds": seconds, "peak_mib": peak, **rate(mirror, folder)}


def rate(mirror: Mirror, folder: Path) -> dict:
    if mirror.server == "aiohttp":
        pages, window = mirror.window()
    else:  # the stdlib mirror keeps no window: the process's wall time, startup included
        pages, window = None, None
    return {"pages": pages, "window_s": window, "pages_per_s": pages / window if window else None}


def bench_crawl(repeats: int, big: int) -> dict:
    out: dict = {"runs": {}}
    n = 2000
    folder_kept = Path(tempfile.mkdtemp(prefix="govcases-bench-crawl-"))
    mirror = Mirror(n)
    try:
        full, links = [], []
        for i in range(repeats):  # alternate, so that both see the same moments of a shared machine
            links.append(crawl_links(mirror, folder_kept))
            target = folder_kept if i == 0 else Path(tempfile.mkdtemp(prefix="govcases-bench-crawl-"))
            full.append(crawl_full(mirror, target))
            log(f"crawl {n}: links {links[-1]['pages_per_s']:.0f} pages/s, full {full[-1]['pages_per_s']:.0f} pages/s, "
                f"peak {full[-1]['peak_mib']:.0f} MiB")
            if target != folder_kept:
                subprocess.run(["rm", "-rf", str(target)])
        for run_ in full:
            assert run_["pages"] == pages_of(n), run_
        out["runs"]["full_2k"], out["runs"]["links_2k"] = full, links
    finally:
        mirror.close()
    stdlib = Mirror(n, server="stdlib")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            seconds, _ = run([PY, "-m", "scrapy", "runspider", str(ROOT / "benchmarks" / "link_spider.py"),
                              "-a", f"base_url={stdlib.url}", *LINK_SETTINGS], cwd=tmp)
        out["links_stdlib_2k_pages_per_s"] = pages_of(n) / seconds
        log(f"crawl {n}: links on http.server {out['links_stdlib_2k_pages_per_s']:.0f} pages/s (wall, startup included)")
    finally:
        stdlib.close()
    out["folder_2k"] = str(folder_kept)
    mirror = Mirror(big)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            links_big = crawl_links(mirror, Path(tmp))
            full_big = crawl_full(mirror, Path(tmp))
        assert full_big["pages"] == pages_of(big), full_big
        log(f"crawl {big}: links {links_big['pages_per_s']:.0f} pages/s, full {full_big['pages_per_s']:.0f} pages/s, "
            f"peak {full_big['peak_mib']:.0f} MiB")
        out["runs"]["full_big"], out["runs"]["links_big"] = full_big, links_big
    finally:
        mirror.close()
    _, out["floor_mib"] = run([PY, "-c", "import scrapy.crawler, crawler.settings, crawler.pipelines, archive.db, crawler.sites"])
    out["full_2k_pages_per_s"] = statistics.median(r["pages_per_s"] for r in full)
    out["links_2k_pages_per_s"] = statistics.median(r["pages_per_s"] for r in links)
    out["full_2k_wall_s"] = statistics.median(r["seconds"] for r in full)
    out["links_2k_wall_s"] = statistics.median(r["seconds"] for r in links)
    out["peak_2k_mib"] = statistics.median(r["peak_mib"] for r in full)
    out["links_2k_peak_mib"] = statistics.median(r["peak_mib"] for r in links)
    return out


def bench_reparse(folder: Path, repeats: int) -> dict:
    from warcio.archiveiterator import ArchiveIterator

    from archive.warc import warc_files

    times, reads = [], []
    for i in range(repeats):
        start = time.perf_counter()
        records = 0
        for path in warc_files(folder / "warc"):
            with path.open("rb") as fh:
                for record in ArchiveIterator(fh):
                    if record.rec_type == "response":
                        record.content_stream().read()
                        records += 1
        reads.append(time.perf_counter() - start)
        rebuilt = folder / f"rebuilt-{i}.db"
        seconds, peak = run([PY, "-m", "crawler", "reparse", "--db", str(rebuilt), "--data-dir", str(folder)])
        times.append(seconds)
        import sqlite3

        conn = sqlite3.connect(rebuilt)
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        conn.close()
        log(f"reparse: {articles} articles in {seconds:.2f} s; warcio reads {records} responses in {reads[-1]:.2f} s")
    return {"articles": articles, "responses": records, "seconds": statistics.median(times),
            "read_seconds": statistics.median(reads), "pages_per_s": articles / statistics.median(times),
            "read_pages_per_s": records / statistics.median(reads)}


def bench_extraction(repeat: int) -> dict:
    from archive.evaluate import evaluate

    out = {}
    truth = ROOT.parent / "shared" / "corpus" / "truth.jsonl"
    if not truth.exists():
        raise SystemExit(f"bench: {truth} not found: `make bench` needs ../shared beside the clone")
    result = evaluate(truth, repeat=repeat, compare=True, compare_metadata=False)
    s = result["summary"]
    out["corpus"] = {"pages": s["pages"]["articles"], "ours_mean_ms": s["govcases"]["mean_ms"],
                     "trafilatura_mean_ms": s["trafilatura"]["mean_ms"], "ours_median_ms": s["govcases"]["median_ms"],
                     "trafilatura_median_ms": s["trafilatura"]["median_ms"]}
    log(f"extraction on the corpus: ours {s['govcases']['mean_ms']:.1f} ms, trafilatura {s['trafilatura']['mean_ms']:.1f} ms")
    out["sites"] = bench_site_parsers(repeat)
    return out


def bench_site_parsers(repeat: int) -> dict:
    """The fixture pages a source's own parser reads, three ways, each beside trafilatura's
    ``extract`` on the decoded page: the site parser alone (decoding, the nesting guard and the
    source's parser: what ``parse_page`` does before case detection), case detection on the text it
    gives, and the whole page path (``parse_page``)."""
    import trafilatura

    from crawler.parsers.cases import extract_cases
    from crawler.parsers.html import decode_html, flatten_deep
    from crawler.sites import parse_page, registry

    parser, cases, whole, theirs, pages = [], [], [], [], []
    for slug, site in sorted(registry().items()):
        folder = ROOT / "tests" / "fixtures" / slug
        for path in sorted(folder.glob("*.htm*")):
            raw = path.read_bytes()
            page = parse_page(None, raw, {}, source=slug)
            if page.kind != "article" or not page.article or page.article.get("parser") in (None, "generic"):
                continue
            html, _ = decode_html(raw)
            article = page.article

            def site_parser(raw=raw, site=site):
                site.parser(flatten_deep(decode_html(raw)[0])[0], None)

            whole.append(median_ms(lambda: parse_page(None, raw, {}, source=slug), repeat))
            parser.append(median_ms(site_parser, repeat))
            cases.append(median_ms(lambda: extract_cases(article["text"], article.get("title"), article.get("published_at")),
                                   repeat))
            theirs.append(median_ms(lambda: trafilatura.extract(html), repeat))
            pages.append(f"{slug}/{path.name}")
    out = {"pages": len(pages), "parser_mean_ms": statistics.fmean(parser), "cases_mean_ms": statistics.fmean(cases),
           "ours_mean_ms": statistics.fmean(whole), "trafilatura_mean_ms": statistics.fmean(theirs), "names": pages,
           "per_page": [{"page": n, "parser_ms": p, "cases_ms": c, "page_path_ms": w, "trafilatura_ms": t}
                        for n, p, c, w, t in zip(pages, parser, cases, whole, theirs)]}
    log(f"site parsers on {len(pages)} fixture pages: parser alone {out['parser_mean_ms']:.2f} ms, cases "
        f"{out['cases_mean_ms']:.2f} ms, whole page path {out['ours_mean_ms']:.2f} ms, trafilatura "
        f"{out['trafilatura_mean_ms']:.2f} ms")
    return out


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_search(cache: Path, cases: int, articles: int) -> dict:
    import bench_search as bs

    from archive.db import Archive
    from archive.search import FTS_TABLES

    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"search-{cases}-{articles}.db"
    if path.exists():
        Archive(path).close()  # brings an older benchmark database's schema up to date
        log(f"search: reusing {path}")
    else:
        start = time.perf_counter()
        partial = path.with_suffix(".partial.db")
        for p in cache.glob(partial.name + "*"):
            p.unlink()
        bs.build(partial, cases, articles)
        bs.index(partial)
        partial.rename(path)
        log(f"search: built {path} in {time.perf_counter() - start:.0f} s")
    out = {"tables": {}}
    for table, columns in FTS_TABLES.items():
        t = asyncio.run(bs.time_queries(path, table, columns))
        full = asyncio.run(bs.time_pages(path, table, 0))
        bounded = asyncio.run(bs.time_pages(path, table))
        out["tables"][table] = {"search_p95_ms": bs.pct(t["search"], 95), "like_p95_ms": bs.pct(t["like"], 95),
                                "search_p50_ms": bs.pct(t["search"], 50), "like_p50_ms": bs.pct(t["like"], 50),
                                "page_p95_ms": bs.pct(bounded, 95), "page_every_facet_p95_ms": bs.pct(full, 95)}
        log(f"search {table}: {out['tables'][table]}")
    worst = max(out["tables"].values(), key=lambda r: r["search_p95_ms"])
    out["search_p95_ms"], out["like_p95_ms"] = worst["search_p95_ms"], worst["like_p95_ms"]
    out["like_ratio"] = min(r["like_p95_ms"] / r["search_p95_ms"] for r in out["tables"].values())
    worst_page = max(out["tables"].values(), key=lambda r: r["page_p95_ms"])
    out["page_p95_ms"], out["page_every_facet_p95_ms"] = worst_page["page_p95_ms"], worst_page["page_every_facet_p95_ms"]
    out["queries"], out["cases"], out["articles"] = len(bs.QUERIES), cases, articles
    return out


def bench_tests(full: bool) -> dict:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    out = {}
    # "all" is `make test`'s run (the evaluation gates left out); "eval" is `make eval`'s
    runs = [("fast", ["-m", "not e2e"])] + ([("all", []), ("eval", ["-m", "eval"])] if full else [])
    for name, args in runs:
        start = time.perf_counter()
        result = subprocess.run([PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=ROOT, env=env,
                                capture_output=True, text=True)
        seconds = time.perf_counter() - start
        last = (result.stdout.strip().splitlines() or [""])[-1]
        out[name] = {"seconds": seconds, "summary": last, "exit": result.returncode}
        log(f"tests {name}: {seconds:.1f} s: {last}")
    return out


def ratio(a, b):
    return a / b if a is not None and b else None


def build_report(crawl, reparse, extraction, search, tests) -> tuple[dict, list[dict]]:
    c = crawl
    big = c["runs"]["full_big"]
    rows = [
        # key, label, ours, reference label, reference, ratio, target text, met
        ("crawl_pages_per_s", "crawl, 2,000 articles (pages/s, median of runs)", c["full_2k_pages_per_s"],
         "link-only spider, same mirror", c["links_2k_pages_per_s"], None, "≥ 0.8 of the ceiling", None),
        ("crawl_ceiling_pages_per_s", "ceiling: link-only spider on the aiohttp mirror (pages/s)", c["links_2k_pages_per_s"],
         "same spider on http.server (wall, startup incl.)", c["links_stdlib_2k_pages_per_s"], None,
         "above the full crawl", c["links_2k_pages_per_s"] > c["full_2k_pages_per_s"]),
        ("crawl_ratio", "crawl / ceiling", ratio(c["full_2k_pages_per_s"], c["links_2k_pages_per_s"]), "", None, None, "≥ 0.8",
         ratio(c["full_2k_pages_per_s"], c["links_2k_pages_per_s"]) >= 0.8),
        ("crawl_pages_per_s_10k", "crawl, 10,000 articles (pages/s)", big["pages_per_s"], "crawl, 2,000 articles",
         c["full_2k_pages_per_s"], None, "within 10 % of 2,000", abs(big["pages_per_s"] / c["full_2k_pages_per_s"] - 1) <= 0.10),
        ("peak_rss_mib_2k", "peak RSS of the crawl, 2,000 articles (MiB)", c["peak_2k_mib"],
         "a process importing Scrapy + project", c["floor_mib"], None, "≤ 300 MB", c["peak_2k_mib"] * 1.048576 <= 300),
        ("peak_rss_mib_10k", "peak RSS of the crawl, 10,000 articles (MiB)", big["peak_mib"], "the crawl at 2,000", c["peak_2k_mib"],
         None, "≤ 300 MB, flat (≤ 1.1× of 2,000)", big["peak_mib"] * 1.048576 <= 300 and big["peak_mib"] <= 1.1 * c["peak_2k_mib"]),
        ("extract_ms_per_page", f"extraction, mean ms per page ({extraction['corpus']['pages']} corpus pages; decoding, body, metadata, cases)",
         extraction["corpus"]["ours_mean_ms"], "trafilatura extract", extraction["corpus"]["trafilatura_mean_ms"], None, "ratio ≤ 1.0", None),
        ("trafilatura_ms_per_page", "trafilatura extract, mean ms per page (corpus)", extraction["corpus"]["trafilatura_mean_ms"],
         "", None, None, "reference", None),
        ("extract_ratio", "extraction / trafilatura (corpus)", ratio(extraction["corpus"]["ours_mean_ms"], extraction["corpus"]["trafilatura_mean_ms"]),
         "", None, None, "≤ 1.0", ratio(extraction["corpus"]["ours_mean_ms"], extraction["corpus"]["trafilatura_mean_ms"]) <= 1.0),
        ("site_parser_ms_per_page", f"site parsers alone (decoding + the source's parser), mean ms per page "
         f"({extraction['sites']['pages']} fixture pages)",
         extraction["sites"]["parser_mean_ms"], "trafilatura extract", extraction["sites"]["trafilatura_mean_ms"], None, "ratio ≤ 0.1",
         ratio(extraction["sites"]["parser_mean_ms"], extraction["sites"]["trafilatura_mean_ms"]) <= 0.1),
        ("site_page_path_ms_per_page", "the whole page path on the same pages (parse_page: + case detection), mean ms",
         extraction["sites"]["ours_mean_ms"], "trafilatura extract", extraction["sites"]["trafilatura_mean_ms"], None,
         "informative (case detection alone: {:.2f} ms)".format(extraction["sites"]["cases_mean_ms"]), None),
        ("reparse_pages_per_s", f"reparse of the 2,000-article crawl's WARC files (pages/s, startup incl.)", reparse["pages_per_s"],
         "warcio reading the same responses", reparse["read_pages_per_s"], None, "≥ 500", reparse["pages_per_s"] >= 500),
        ("search_p95_ms", f"search p95, {search['cases']:,} cases (ms, worst table)", search["search_p95_ms"], "LIKE p95", search["like_p95_ms"],
         None, "≤ 50 ms", search["search_p95_ms"] <= 50),
        ("search_like_p95_ratio", "LIKE p95 / search p95 (worst table)", search["like_ratio"], "", None, None, "≥ 10×", search["like_ratio"] >= 10),
        ("search_page_p95_ms", "search HTML page p95 as served (ms, worst table)", search["page_p95_ms"],
         "the page with every facet counted", search["page_every_facet_p95_ms"], None, "≤ 500 ms", search["page_p95_ms"] <= 500),
    ]
    if tests:
        fast = tests["fast"]["seconds"]
        whole = tests.get("all", {}).get("seconds")
        rows.append(("test_suite_s", 'pytest -m "not e2e" (s)', fast, "the whole suite (`make test`'s pytest)", whole, None,
                     "≤ 20 s (whole ≤ 60 s)", fast <= 20 and (whole is None or whole <= 60)))
        if "eval" in tests:
            rows.append(("test_eval_s", "pytest -m eval: the evaluation gates, `make eval` (s)", tests["eval"]["seconds"],
                         "", None, None, "informative (CI runs it after `make test`)", None))
    table, data = [], {}
    for key, label, ours, ref_label, ref, r, target, met in rows:
        r = ratio(ours, ref) if ref is not None else None
        if met is None and key == "crawl_pages_per_s":
            met = r is not None and r >= 0.8
        if met is None and key == "extract_ms_per_page":
            met = r is not None and r <= 1.0
        data[key] = ours
        table.append({"key": key, "label": label, "value": ours, "reference_label": ref_label, "reference": ref,
                      "ratio": r, "target": target, "met": met})
    return data, table


def fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def write(out: Path, data: dict, table: list[dict], details: dict, seconds: float) -> None:
    out.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    meta = {"commit": commit or None, "date": time.strftime("%Y-%m-%d %H:%M:%S"), "python": platform.python_version(),
            "cpus": os.cpu_count(), "bench_seconds": round(seconds, 1)}
    (out / "latest.json").write_text(json.dumps({**data, "meta": meta, "rows": table, "details": details},
                                                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = [f"# govcases benchmark report", "",
             f"commit {meta['commit']}, {meta['date']}, Python {meta['python']}, {meta['cpus']} CPUs; "
             f"`make bench` took {seconds / 60:.1f} min. One run on a shared machine: read the ratios, not the absolute figures.", "",
             "| key | measure | ours | reference (same run) | ref. value | ratio | target | met |",
             "|---|---|---:|---|---:|---:|---|---|"]
    for row in table:
        met = "–" if row["met"] is None else ("yes" if row["met"] else "**no**")
        lines.append(f"| `{row['key']}` | {row['label']} | {fmt(row['value'])} | {row['reference_label'] or '–'} | "
                     f"{fmt(row['reference'])} | {fmt(row['ratio'])} | {row['target']} | {met} |")
    c = details["crawl"]
    lines += ["", "Crawl runs (pages/s from the mirror's arrivals, first to last request; wall seconds include start-up):", "",
              "| run | pages | pages/s | wall s | peak MiB |", "|---|---:|---:|---:|---:|"]
    for name, runs in c["runs"].items():
        for r in runs if isinstance(runs, list) else [runs]:
            lines.append(f"| {name} | {r['pages']} | {fmt(r['pages_per_s'])} | {fmt(r['seconds'])} | {fmt(r['peak_mib'])} |")
    (out / "latest.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "bench" / "results"))
    parser.add_argument("--cache", default=str(ROOT / "bench" / "cache"))
    parser.add_argument("--repeats", type=int, default=3, help="crawls per side at 2,000 articles")
    parser.add_argument("--big", type=int, default=10000, help="articles of the large crawl")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--no-tests", action="store_true", help="skip timing the test suite")
    parser.add_argument("--fast-tests-only", action="store_true", help='time `pytest -m "not e2e"` only')
    args = parser.parse_args()
    start = time.perf_counter()
    crawl = bench_crawl(args.repeats, args.big)
    folder = Path(crawl.pop("folder_2k"))
    try:
        reparse = bench_reparse(folder, 3)
    finally:
        subprocess.run(["rm", "-rf", str(folder)])
    extraction = bench_extraction(3)
    search = bench_search(Path(args.cache), args.cases, args.articles)
    tests = None if args.no_tests else bench_tests(full=not args.fast_tests_only)
    data, table = build_report(crawl, reparse, extraction, search, tests)
    details = {"crawl": crawl, "reparse": reparse, "extraction": extraction, "search": search, "tests": tests}
    write(Path(args.out), data, table, details, time.perf_counter() - start)
    print((Path(args.out) / "latest.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
