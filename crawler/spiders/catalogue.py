"""Every registered source (crawler/sites) in one polite crawl, each page read with its source
named; list pages are followed on the source's own hosts. One source failing never stops the
others (failures are per request); robots.txt, AutoThrottle and per-domain delays hold per site.

    govcases crawl catalogue -a only=fddi,gov_cn -a max_pages=50 [-a mirror=http://127.0.0.1:8080]
"""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy

from crawler.sites import registry
from crawler.spiders.common import article_item, open_page


class CatalogueSpider(scrapy.Spider):
    name = "catalogue"

    def __init__(self, only=None, max_pages="30", mirror=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._mirror = urlsplit(mirror) if mirror else None
        wanted = {s.strip() for s in str(only).split(",") if s.strip()} if only else set(registry())
        if wanted - set(registry()):
            raise ValueError(f"unknown sources {sorted(wanted - set(registry()))}; see govcases sources")
        self._sites = [s for slug, s in registry().items() if slug in wanted]
        self.sources = [s.slug for s in self._sites]  # recorded with the run
        self.max_pages = int(max_pages)  # requests per source
        self.requested = {s.slug: 0 for s in self._sites}

    def _request(self, url, site, depth=0):
        if self.requested[site.slug] >= self.max_pages:
            return None
        self.requested[site.slug] += 1
        return scrapy.Request(url, callback=self.parse, errback=self.failed,
                              cb_kwargs={"slug": site.slug, "depth": depth}, meta={"govcases_source": site.slug})

    async def start(self):
        for site in self._sites:
            for url in site.discovery():
                if self._mirror:
                    url = urlsplit(url)._replace(scheme=self._mirror.scheme, netloc=self._mirror.netloc).geturl()
                if request := self._request(url, site):
                    yield request

    async def parse(self, response, slug, depth=0):
        site = registry()[slug]
        notes, page = await open_page(self, response, skip_unchanged=depth > 0)
        for note in notes:
            yield note
        if page is not None and page.kind == "article":
            yield article_item(page, response)
        elif page is not None and page.kind == "list" and depth < 2:
            nexts = response.xpath(f"//a[contains(normalize-space(.), '{site.next_page_text}')]/@href").getall()[:1]
            for url in [u for u, _ in page.links] + [response.urljoin(h) for h in nexts]:
                on_site = site.matches(url) or (self._mirror and urlsplit(url).netloc == self._mirror.netloc)
                if on_site and (request := self._request(url, site, depth + 1)):
                    yield request

    def failed(self, failure):
        self.logger.warning("source %s: %s", failure.request.cb_kwargs.get("slug"), failure.value)
