"""上观新闻 (jfdaily.com / shobserver.com): channel lists and old-template articles."""
from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import urlencode, urlsplit

import scrapy

from crawler.items import ArticleItem
from crawler.parsers.article import parse_shangguan_old, parse_generic, shangguan_id
from crawler.parsers.cases import extract_cases
from crawler.parsers.html import UnreadablePage, decode_html

LIST_ITEM_LINKS = "div.chengshi div.chengshi_wz .chengshi_wz_h a::attr(href)"
LIST_FALLBACK_LINKS = 'a[href*="detail?id="]::attr(href)'
NEXT_PAGE = ("div.fenye1outer a", "div.page-nav-bar ul li a")


class ShangguanSpider(scrapy.Spider):
    name = "shangguan"
    allowed_domains = ["jfdaily.com", "shobserver.com", "jfdaily.com.cn", "shobserver.cn"]

    def __init__(self, sections="82", max_pages="3", ids=None, base_url="https://www.jfdaily.com", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = [s.strip() for s in str(sections).split(",") if s.strip()]
        self.max_pages = int(max_pages)
        self.ids = [i.strip() for i in str(ids).split(",") if i.strip()] if ids else []
        self.base_url = base_url.rstrip("/")
        bad = [s for s in self.sections + self.ids if not s.isdigit()]
        if bad:
            raise ValueError(f"sections and ids must be numbers, got {bad}")
        if not self.base_url.startswith("https://www.jfdaily.com"):
            # A mirror (tests, the demo) lives on another host; let the offsite filter allow it.
            self.allowed_domains = self.allowed_domains + [urlsplit(self.base_url).hostname]

    def article_url(self, article_id: str) -> str:
        return f"{self.base_url}/news/detail?id={article_id}"

    def list_url(self, section: str, page: int) -> str:
        return f"{self.base_url}/news/sublist?{urlencode({'section': section, 'page': page})}"

    async def start(self):
        for request in self._initial_requests():
            yield request

    def _initial_requests(self):
        if self.ids:
            for article_id in self.ids:
                yield scrapy.Request(self.article_url(article_id), callback=self.parse_article)
            return
        for section in self.sections:
            yield scrapy.Request(self.list_url(section, 1), callback=self.parse, cb_kwargs={"section": section, "page": 1})

    def parse(self, response, section="82", page=1):
        """A channel list page: article links, then the next page while under max_pages."""
        links = response.css(LIST_ITEM_LINKS).getall() or response.css(LIST_FALLBACK_LINKS).getall()
        for href in links:
            url = response.urljoin(href)
            article_id = shangguan_id(url)
            # Share links and second domains are one article: request it in one shape.
            if article_id:
                url = self.article_url(article_id)
            yield scrapy.Request(url, callback=self.parse_article)
        if page < self.max_pages and self._has_next_page(response):
            yield scrapy.Request(
                self.list_url(section, page + 1), callback=self.parse, cb_kwargs={"section": section, "page": page + 1}
            )

    def _has_next_page(self, response) -> bool:
        for css in NEXT_PAGE:
            for link in response.css(css):
                if "下一页" in "".join(link.css("::text").getall()):
                    return True
        return False

    def parse_article(self, response):
        declared = response.headers.get("Content-Type", b"").decode("latin-1")
        declared = declared.split("charset=")[-1].strip() if "charset=" in declared else None
        try:
            html, encoding = decode_html(response.body, declared)
        except UnreadablePage as exc:
            self.logger.warning("unreadable page %s: %s", response.url, exc)
            self.crawler.stats.inc_value("govcases/unreadable")
            return
        article_id = shangguan_id(response.url)
        canonical = f"https://www.jfdaily.com/news/detail?id={article_id}" if article_id else response.url
        article = parse_shangguan_old(html, canonical)
        if article is None:
            article = parse_generic(html, canonical)
            self.logger.warning("site parser did not match %s; used the generic extractor", response.url)
            self.crawler.stats.inc_value("govcases/parser_fallback")
        if article is None:
            self.crawler.stats.inc_value("govcases/no_article")
            return
        found = extract_cases(article["text"], article["title"], article["published_at"])
        yield ArticleItem(
            article=article,
            lists=found["lists"],
            cases=found["cases"],
            fetched_url=response.url,
            status=response.status,
            encoding=encoding,
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
