"""What a spider hands to the pipelines: one parsed article with its cases."""
import scrapy


class ArticleItem(scrapy.Item):
    article = scrapy.Field()  # dict, see crawler.parsers.article.ARTICLE_FIELDS
    lists = scrapy.Field()  # list of {"name", "year", "organisers"}
    cases = scrapy.Field()  # list of case dicts, see crawler.parsers.cases
    fetched_url = scrapy.Field()
    status = scrapy.Field()
    encoding = scrapy.Field()
    fetched_at = scrapy.Field()
    warc = scrapy.Field()  # {"file", "offset", "sha256", "date"} of the response record
    etag = scrapy.Field()
    last_modified = scrapy.Field()
