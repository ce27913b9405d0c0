"""Precision: pages without a case list yield no cases."""
import json

import pytest

from crawler.sites import parse_article
from crawler.parsers.cases import extract_cases
from crawler.parsers.html import decode_html

from cases_helpers import parse_page
from support import CORPUS, FIXTURES, SAMPLE, corpus_article, parse_once


def test_governance_news_with_subheadings_and_numbered_points():
    assert parse_page("negative.html")["cases"] == []


@pytest.mark.parametrize("page", ["detail-40101.html", "detail-40215.html"])
def test_sample_articles_without_a_list(page):
    html = (SAMPLE / page).read_text(encoding="utf-8")
    article = parse_article(html, "https://www.jfdaily.com/news/detail?id=1")
    assert extract_cases(article["text"], article["title"])["cases"] == []


@pytest.mark.parametrize("page", sorted((FIXTURES / "generic").glob("*.html")), ids=lambda p: p.name)
def test_generic_fixtures(page):
    html, _ = decode_html(page.read_bytes())
    article = parse_article(html, "https://news.example.org/x.html")
    assert extract_cases(article["text"], article["title"])["cases"] == []


@pytest.mark.eval  # the whole corpus through the page path: an evaluation gate (`make eval`)
@pytest.mark.xdist_group("corpus")  # the pages tests/test_corpus.py parses (support.corpus_article)
def test_thirty_real_news_pages_have_no_cases():
    truth = CORPUS / "truth.jsonl"
    if not truth.exists():
        pytest.skip(f"{truth} is absent")
    found = {}
    for line in truth.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        if page["kind"] != "article":
            continue
        parsed = parse_once((CORPUS / page["file"]).read_bytes(), page["url"])
        if parsed.article is not None:
            cases = parsed.cases  # the page path's own cases (parsed once for the corpus's tests)
        else:
            article = corpus_article(page["file"], page["url"])
            cases = extract_cases(article["text"], article["title"], article["published_at"])["cases"]
        if cases:
            found[page["id"]] = [c["name"] for c in cases]
    assert found == {}
