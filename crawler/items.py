"""What a spider hands to the pipelines: a parsed article with its cases, or news of a known page."""
import scrapy


class ArticleItem(scrapy.Item):
    article = scrapy.Field()  # dict, see crawler.parsers.article.ARTICLE_FIELDS
    lists = scrapy.Field()  # list of {"name", "year", "organisers"}
    cases = scrapy.Field()  # list of case dicts, see crawler.parsers.cases
    relevance = scrapy.Field()  # "case-bearing" or None, see crawler.sites.Page
    site_slug = scrapy.Field()  # the registry source the page belongs to (crawler/sites)
    fetched_url = scrapy.Field()
    status = scrapy.Field()
    encoding = scrapy.Field()
    fetched_at = scrapy.Field()
    warc = scrapy.Field()  # {"file", "offset", "sha256", "date"} of the response record
    etag = scrapy.Field()
    last_modified = scrapy.Field()


class SourceStatusItem(scrapy.Item):
    """A crawl saw a page the archive holds: when, and whether it is gone (404/410)."""
    fetched_url = scrapy.Field()
    status = scrapy.Field()
    seen_at = scrapy.Field()
    gone = scrapy.Field()
