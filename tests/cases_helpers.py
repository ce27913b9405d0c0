"""Parse a case-shape fixture once."""
import json
from functools import lru_cache

from crawler.sites import parse_article
from crawler.parsers.cases import extract_cases
from crawler.parsers.html import decode_html

from support import FIXTURES

CASES_DIR = FIXTURES / "cases"
TRUTH = json.loads((CASES_DIR / "truth.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def parse_page(name: str) -> dict:
    html, encoding = decode_html((CASES_DIR / name).read_bytes())
    article = parse_article(html, f"https://news.example.org/{name}")
    found = extract_cases(article["text"], article["title"], article["published_at"])
    return {"article": article, "encoding": encoding, **found}


def expected(name: str) -> list[dict]:
    return TRUTH[name]["cases"]
