"""The crawl's ceiling: a Scrapy spider that only follows the mirror's links.

    scrapy runspider benchmarks/link_spider.py -a base_url=http://127.0.0.1:PORT

It requests what ``govcases crawl shangguan`` requests on the generated mirror (robots.txt, the
list pages through 下一页, every article) with the same download settings, and does nothing else:
no parsing beyond the links, no items, no WARC, no archive. Run it from a folder without
scrapy.cfg, so that none of the project's settings, middlewares or pipelines apply.
"""
import scrapy


class LinkSpider(scrapy.Spider):
    name = "links"

    def __init__(self, base_url="http://127.0.0.1:8000", section="82", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.base_url = base_url.rstrip("/")
        self.section = section

    async def start(self):
        yield scrapy.Request(f"{self.base_url}/news/sublist?section={self.section}&page=1", callback=self.parse)

    def parse(self, response):
        for href in response.css("div.chengshi_wz_h a::attr(href)").getall():
            yield response.follow(href, callback=self.article)
        for href in response.css("div.fenye1outer a::attr(href)").getall():
            yield response.follow(href, callback=self.parse)

    def article(self, response):
        return None
