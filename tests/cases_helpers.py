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


def shape_page(body: str, title: str, site: str, section: tuple[str, str] = ("tz", "通知公告")):
    """A page of our own around ``body`` (a site's menu, its title, date and source line, a footer),
    through the crawl's own page path: what the shape tests of each session read."""
    from crawler.sites import parse_page as page_path

    html = (f"<html><head><meta charset='utf-8'><title>{title}_{site}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/{section[0]}'>{section[1]}</a> <a href='/zc'>政策</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='meta'>2024-07-02 09:30 来源：综合处</div>{body}</div>"
            f"<div class='footer'>版权所有 {site}</div></body></html>")
    return page_path(None, html.encode("utf-8"))


def table_row(cells, tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"
