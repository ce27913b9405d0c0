"""Generic spider: article pages from start URLs, a sitemap or an RSS/Atom feed.

    govcases crawl articles -a urls=https://example.org/list.html -a allow='/news/\\d{4}/'
    govcases crawl articles -a url_file=urls.txt -a max_depth=2 -a max_pages=500
    govcases crawl articles -a sitemap=https://example.org/sitemap.xml
    govcases crawl articles -a feed=https://example.org/rss.xml

A start page that lists articles (many headline links, little text) is followed; a
page that holds an article is parsed like any other source (site parser first, then the
generic extractor) and stored exactly as the Shangguan spider stores its pages.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.utils.sitemap import Sitemap

from crawler.spiders.common import article_item, open_page



class ArticlesSpider(scrapy.Spider):
    name = "articles"

    def __init__(self, urls=None, url_file=None, sitemap=None, feed=None, allow=None, deny=None,
                 max_depth="1", max_pages="1000", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_list = [u for u in re.split(r"[\s,]+", urls or "") if u]
        if url_file:
            path = Path(url_file)
            if not path.exists():
                raise ValueError(f"url_file {url_file} does not exist")
            if not path.is_file():
                raise ValueError(f"url_file {url_file} is not a file")
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise ValueError(f"url_file {url_file} is not UTF-8 text (byte {exc.start})") from exc
            self.start_list += [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
        self.sitemap = sitemap
        self.feed = feed
        if not (self.start_list or sitemap or feed):
            raise ValueError("give urls=, url_file=, sitemap= or feed=")
        bad = [u for u in self.start_list + [sitemap or "", feed or ""] if u and urlsplit(u).scheme not in ("http", "https")]
        if bad:
            raise ValueError(f"not http(s) URLs: {bad}")
        try:
            self.allow = re.compile(allow) if allow else None
            self.deny = re.compile(deny) if deny else None
        except re.error as exc:
            raise ValueError(f"allow/deny is not a regular expression: {exc}") from exc
        self.max_depth = int(max_depth)
        self.max_pages = int(max_pages)
        self.scheduled = 0
        # Stay on the hosts we were given.
        hosts = {urlsplit(u).hostname for u in self.start_list + [sitemap or "", feed or ""] if u}
        self.allowed_domains = sorted(h for h in hosts if h)

    def _request(self, url, callback, **kwargs):
        if self.scheduled >= self.max_pages:
            return None
        self.scheduled += 1
        return scrapy.Request(url, callback=callback, **kwargs)

    def _wanted(self, url: str) -> bool:
        if self.deny and self.deny.search(url):
            return False
        return not self.allow or bool(self.allow.search(url))

    async def start(self):
        for url in self.start_list:
            request = self._request(url, self.parse, cb_kwargs={"depth": 0})
            if request:
                yield request
        if self.sitemap:
            request = self._request(self.sitemap, self.parse_sitemap)
            if request:
                yield request
        if self.feed:
            request = self._request(self.feed, self.parse_feed)
            if request:
                yield request

    def parse_known(self, response):
        """An archived article re-requested by RecheckKnownPages: read, not followed further."""
        return self.parse(response, depth=self.max_depth)

    async def parse(self, response, depth=0):
        """A start page or a followed link: an article, a list of articles, or neither."""
        # a start page is read even when unchanged: its links are the crawl
        notes, page = await open_page(self, response, skip_unchanged=depth > 0)
        for note in notes:
            yield note
        if page is None:
            return
        if page.kind == "article" and self._wanted(response.url):
            yield article_item(page, response)
            return
        links = [u for u, _ in page.links if self._wanted(u)]
        if depth < self.max_depth and links:
            for url in links:
                request = self._request(url, self.parse, cb_kwargs={"depth": depth + 1})
                if request:
                    yield request
            return
        if page.kind != "article":
            self.crawler.stats.inc_value("govcases/no_article")
            self.logger.info("no article at %s (%s)", response.url, page.reason)

    def parse_sitemap(self, response):
        """Sitemap or sitemap index (Scrapy's own parser; gzip is handled by the middleware)."""
        try:
            sitemap = Sitemap(response.body)
        except (etree.XMLSyntaxError, ValueError) as exc:
            self.logger.error("broken sitemap %s: %s", response.url, exc)
            return
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                request = self._request(loc, self.parse_sitemap)
            elif self._wanted(loc):
                request = self._request(loc, self.parse, cb_kwargs={"depth": self.max_depth})
            else:
                continue
            if request:
                yield request

    def parse_feed(self, response):
        """RSS 2.0 <item><link> or Atom <entry><link href>."""
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError as exc:
            self.logger.error("broken feed %s: %s", response.url, exc)
            return
        if root is None:
            self.logger.error("empty feed %s", response.url)
            return
        links = root.xpath("//item/link/text()")
        links += root.xpath("//*[local-name()='entry']/*[local-name()='link'][not(@rel) or @rel='alternate']/@href")
        for link in links:
            link = link.strip()
            if link and self._wanted(link):
                request = self._request(response.urljoin(link), self.parse, cb_kwargs={"depth": self.max_depth})
                if request:
                    yield request
