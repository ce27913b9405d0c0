"""上观新闻 (jfdaily.com / shobserver.com): channel lists and old-template articles."""
from __future__ import annotations

from urllib.parse import urlencode, urlsplit

import scrapy

from crawler.sites.shangguan import shangguan_id
from crawler.spiders.common import article_item, open_page

LIST_ITEM_LINKS = "div.chengshi div.chengshi_wz .chengshi_wz_h a::attr(href)"
LIST_FALLBACK_LINKS = 'a[href*="detail?id="]::attr(href)'
NEXT_PAGE = ("div.fenye1outer a", "div.page-nav-bar ul li a")


class ShangguanSpider(scrapy.Spider):
    name = "shangguan"
    source = "shangguan"  # crawler/sites/shangguan.py: its pages are read by its parsers on any host
    allowed_domains = ["jfdaily.com", "shobserver.com", "jfdaily.com.cn", "shobserver.cn"]

    def __init__(self, sections="82", max_pages="3", ids=None, base_url="https://www.jfdaily.com", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = [s.strip() for s in str(sections).split(",") if s.strip()]
        self.max_pages = int(max_pages)
        self.ids = [i.strip() for i in str(ids).split(",") if i.strip()] if ids else []
        self.base_url = base_url.rstrip("/")
        self.listed: set[str] = set()  # article URLs the list pages gave so far
        bad = [s for s in self.sections + self.ids if not s.isdecimal()]
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
        new = 0
        for href in links:
            url = response.urljoin(href)
            article_id = shangguan_id(url)
            # Share links and second domains are one article: request it in one shape.
            if article_id:
                url = self.article_url(article_id)
            new += url not in self.listed
            self.listed.add(url)
            yield scrapy.Request(url, callback=self.parse_article)
        if not new and page > 1:
            # A pager that never ends (every page=N answers the same list): stop at the first page
            # that lists nothing new rather than at max_pages.
            self.logger.warning("list page %s lists no article not seen before; not following its next page", response.url)
            return
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

    async def parse_article(self, response):
        """An article page: the old template, the JSON behind a newer page, or (redesign) generic."""
        notes, page = await open_page(self, response)
        for note in notes:
            yield note
        if page is None:
            return
        if page.kind == "shell":
            for url in page.follow:  # the JSON answer holds the content of a JavaScript page
                yield scrapy.Request(url, callback=self.parse_json)
            return
        if page.kind != "article":
            self.crawler.stats.inc_value("govcases/no_article")
            self.logger.warning("no article text in %s (%s); nothing stored", response.url, page.reason)
            return
        yield article_item(page, response)

    def parse_known(self, response):
        """An archived article re-requested by RecheckKnownPages."""
        return self.parse_article(response)

    async def parse_json(self, response):
        notes, page = await open_page(self, response)
        for note in notes:
            yield note
        if page is None:
            return
        if page.kind == "skipped":
            self.crawler.stats.inc_value("govcases/skipped")
            self.logger.info("skipped %s: %s", response.url, page.reason)
            return
        if page.kind != "article":
            self.crawler.stats.inc_value("govcases/no_article")
            self.logger.warning("unexpected JSON shape at %s; nothing stored", response.url)
            return
        yield article_item(page, response)
