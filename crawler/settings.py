"""Scrapy settings for the govcases crawler.

Polite by default: robots.txt obeyed, AutoThrottle on, an identifying user agent,
retries on server errors and time-outs. Tests and the demo override the throttle
start delay with ``-s`` because they crawl a server on 127.0.0.1.
"""
from crawler.parsers.html import MAX_PAGE_BYTES

BOT_NAME = "govcases"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "govcases/0.1 (Chinese governance case archive; +https://github.com/govcases/govcases)"
ROBOTSTXT_OBEY = True

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
# Bounded work per page: a response (or what it decompresses to) beyond MAX_PAGE_BYTES is refused
# and counted as an error of that page; parse_page refuses the same size from WARC files.
DOWNLOAD_MAXSIZE = MAX_PAGE_BYTES
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

# Scrapy hands each callback's output to CONCURRENT_ITEMS tasks (100 by default), created for every
# response whatever it yields: a page here yields at most a list page's links.
CONCURRENT_ITEMS = 16

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ConditionalMiddleware": 50,
    "crawler.middlewares.SourceStatusMiddleware": 55,
    "crawler.middlewares.OutcomeMiddleware": 60,
    # Scrapy's own, with redirect loops and decompression bombs counted as errors of their page.
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.CountedRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.middlewares.CountedHttpCompressionMiddleware": 590,
    # Outermost: sees every response as received (before redirects and decompression are handled).
    "crawler.middlewares.WarcMiddleware": 950,
}
# Where WarcMiddleware writes; `govcases crawl --data-dir` sets it. Unset: no snapshots.
GOVCASES_WARC_DIR = None
GOVCASES_WARC_MAX_BYTES = 100 * 1024 * 1024
# The fault-injection seam: "module.function" returning the binary file a WARC file is appended
# through (archive.warc.WarcStore's opener); tests name one that fails as a full disk does.
GOVCASES_WARC_OPENER = None
# Ask servers with ETag / Last-Modified whether known articles changed.
GOVCASES_CONDITIONAL = True

ITEM_PIPELINES = {
    "crawler.pipelines.ValidationPipeline": 100,
    "crawler.pipelines.ArchivePipeline": 800,
}
# Where ArchivePipeline writes; `govcases crawl --db` sets it. Unset: the pipeline is off.
GOVCASES_DB = None
# Archived articles of the spider that the crawl did not reach, re-requested once it is idle
# (least recently fetched first), so that pages taken off every list are still found gone. 0: off.
GOVCASES_RECHECK = 0
EXTENSIONS = {"crawler.extensions.RecheckKnownPages": 500, "crawler.extensions.ParseWorkers": 550,
              "crawler.extensions.RunOutcome": 900}
# Worker processes that parse pages (crawler.extensions.ParseWorkers); unset: one less than the
# CPUs (at most 4), also from the environment's GOVCASES_PARSE_WORKERS; 0: on the reactor thread.
GOVCASES_PARSE_WORKERS = None
GOVCASES_BATCH_SIZE = 50
# Batches are stored by a writer process of the crawl's own (archive/writer.py), off the reactor
# thread; False: by the pipeline, on the reactor thread.
GOVCASES_WRITER_PROCESS = True
# A crawl whose items are more than this share invalid is marked failed.
GOVCASES_MAX_INVALID_RATIO = 0.5

# Distributed mode (crawler/distributed.py): with REDIS_URL set (environment, `govcases crawl
# --redis`, or -s REDIS_URL=... from Scrapyd) every spider becomes a worker of one shared frontier.
ADDONS = {"crawler.distributed.Distributed": 0}
# A worker leaves once the shared queue has been empty and no other worker busy for this long.
GOVCASES_IDLE_CLOSE = 30.0
# A worker's heartbeat (seconds between beats) and how long a beat keeps it alive: a worker not
# heard from for GOVCASES_HEARTBEAT_TTL is dead, and its requests in flight go back to the queue.
GOVCASES_HEARTBEAT = 1.0
GOVCASES_HEARTBEAT_TTL = 5.0
# How often an idle worker asks the shared queue for requests (seconds).
GOVCASES_POLL = 1.0
# Fleet-wide minimum gap between two requests to one host (seconds); unset: DOWNLOAD_DELAY.
GOVCASES_SITE_DELAY = None
# A worker takes requests from the shared queue only while it has fewer than this many in
# progress (0: CONCURRENT_REQUESTS_PER_DOMAIN), so that workers share the queue.
GOVCASES_WORKER_HOLD = 0
# Workers are named (WARC folder, in-flight records) by this; unset: hostname-pid.
GOVCASES_WORKER = None

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
