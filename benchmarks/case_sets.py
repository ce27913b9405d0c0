"""Every case truth set scored in one report: bench/results/case-sets.md (a row a set, the totals) and
each set's page table in bench/results/case-sets/NAME.txt — what `govcases eval-cases` prints for it.

    .venv/bin/python benchmarks/case_sets.py [--workers N]

The sets are scored side by side in N processes (default: one a CPU) through the same function as
`govcases eval-cases` (archive.evaluate.evaluate_cases), untimed: `make bench`'s budget is spent on
the report's figures, and case extraction's cost is benchmarks/bench_cases.py's. Exits 1 when case
extraction failed on any page (the page is named in its set's table), as `eval-cases` does.
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.evaluate import evaluate_cases, format_cases_report  # noqa: E402

OUT = ROOT / "bench" / "results"


def score(truth: str) -> tuple[str, dict, str]:
    result = evaluate_cases(Path(truth), timed=False)
    return Path(truth).parent.name, result["total"], format_cases_report(result)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count())
    args = parser.parse_args(argv)
    truths = sorted(str(p) for p in (ROOT / "tests" / "fixtures").glob("cases*/truth.json"))
    with ProcessPoolExecutor(max_workers=max(1, args.workers)) as pool:
        results = list(pool.map(score, truths, chunksize=4))
    (OUT / "case-sets").mkdir(parents=True, exist_ok=True)
    rows, keys = [], ("expected", "found", "matched", "found_matched", "agency", "province")
    for name, total, table in results:
        (OUT / "case-sets" / f"{name}.txt").write_text(table + "\n", encoding="utf-8")
        rows.append(f"| `{name}` | {total['expected']} | {total['recall']:.3f} | {total['precision']:.3f} | "
                    f"{total['agency_right']:.3f} | {total['province_right']:.3f} | {total['failed_pages']} |")
    sums = {k: sum(t[k] for _, t, _ in results) for k in keys}
    recall = sums["matched"] / sums["expected"] if sums["expected"] else 1.0
    precision = sums["found_matched"] / sums["found"] if sums["found"] else 1.0
    failed = sum(t["failed_pages"] for _, t, _ in results)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    head = (f"# Case truth sets\n\nCommit {commit or 'unknown'}: {len(results)} sets, {sums['expected']:,} expected cases: recall {recall:.4f}, precision "
            f"{precision:.4f}, agency right {sums['agency'] / max(1, sums['matched']):.4f}, province right "
            f"{sums['province'] / max(1, sums['matched']):.4f}; pages where case extraction failed: {failed}. Each set's "
            "page table: `case-sets/NAME.txt`.\n\n| set | cases | recall | precision | agency | province | failed pages |\n"
            "|---|---:|---:|---:|---:|---:|---:|\n")
    (OUT / "case-sets.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"case sets: {len(results)} sets, recall {recall:.4f}, precision {precision:.4f}; "
          f"failed pages {failed}; {OUT / 'case-sets.md'}")
    for name, total, table in results:
        if total["failed_pages"]:
            print(f"case extraction failed on {total['failed_pages']} page(s) of {name}:\n{table}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
