"""Rewrites tests/fixtures/trafilatura-reference.json: trafilatura's scores on every truth page
the tests compare against (../shared/corpus and fixtures/articles-holdout), for the installed
trafilatura. Run after upgrading it or changing a truth file; the tests work without it (slower)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.evaluate import evaluate  # noqa: E402
from support import CORPUS, FIXTURES, REFERENCE  # noqa: E402

if __name__ == "__main__":
    reference: dict = {}
    for truth in (CORPUS / "truth.jsonl", FIXTURES / "articles-holdout" / "truth.jsonl"):
        if not truth.exists():
            sys.exit(f"refresh_reference: {truth} is absent")
        evaluate(truth, repeat=1, compare=True, compare_metadata=False, time_cases=False, reference=reference)
    lines = [f"{json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in sorted(reference.items())]
    REFERENCE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{REFERENCE}: {len(reference)} pages")
