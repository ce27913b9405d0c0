"""`govcases`: the archive's commands (archive/cli.py) plus the ones that run Scrapy.

The command line is assembled here, on the Scrapy side, so that ``archive`` never imports Scrapy
or the spiders (the layers ``make test`` checks with import-linter: Scrapy side > archive >
crawler.sites > crawler.parsers).
"""
from __future__ import annotations

import inspect
import re
from pathlib import Path

import click

from archive.cli import DEFAULT_DB, _pairs, cli, crawl_lock, fail, prepare_archive
from archive.db import ArchiveError, check_sqlite_file
from archive.rebuild import describe_os_error


@cli.command()
@click.argument("spider")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite archive to write into.")
@click.option("-a", "spider_args", multiple=True, metavar="NAME=VALUE", help="Spider argument, e.g. -a sections=82,32.")
@click.option("-s", "settings_args", multiple=True, metavar="NAME=VALUE", help="Scrapy setting, e.g. -s DOWNLOAD_DELAY=2.")
@click.option("--data-dir", type=click.Path(path_type=Path), help="Where WARC snapshots go (warc/ inside it); default: the archive's folder.")
@click.option("--no-warc", is_flag=True, help="Do not write WARC snapshots.")
def crawl(spider, db_path, spider_args, settings_args, data_dir, no_warc):
    """Run SPIDER (shangguan, articles) and store what it finds in the archive.

    One crawl at a time per archive: a second one exits with a message. A crawl killed
    half-way is finished by running it again (known unchanged pages are skipped).
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    args = _pairs(spider_args, "-a")
    overrides = _pairs(settings_args, "-s")
    try:
        check_sqlite_file(Path(db_path))
    except ArchiveError as exc:
        fail(str(exc))
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    settings.set("GOVCASES_DB", str(db_path), priority="cmdline")
    data_dir = data_dir or Path(db_path).resolve().parent
    if not no_warc:
        settings.set("GOVCASES_WARC_DIR", str(Path(data_dir) / "warc"), priority="cmdline")
    loader = SpiderLoader.from_settings(settings)
    if spider not in loader.list():
        fail(f"unknown spider {spider!r}; available: {', '.join(sorted(loader.list()))}")
    spidercls = loader.load(spider)
    valid = spider_arguments(spidercls)
    unknown = sorted(set(args) - set(valid))
    if unknown:
        fail(f"unknown argument{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} for {spider}; "
             f"valid: {', '.join(valid)}")
    try:
        spidercls(**args)  # argument errors surface here, before anything is written
    except (TypeError, ValueError, re.error) as exc:
        fail(f"bad spider argument for {spider}: {exc}")
    except OSError as exc:
        fail(f"bad spider argument for {spider}: {exc.filename}: {exc.strerror}")
    with crawl_lock(Path(db_path)):
        try:
            prepare_archive(Path(db_path), None if no_warc else Path(data_dir) / "warc")
        except (ArchiveError, OSError) as exc:
            fail(f"{describe_os_error(exc, Path(db_path))}: cannot prepare the archive ({exc}); nothing was crawled")
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(spidercls)
        process.crawl(crawler, **args)
        process.start()
    stats = crawler.stats.get_stats()
    status = stats.get("govcases/status")
    articles = stats.get("item_scraped_count", 0) - stats.get("govcases/source_status", 0)
    gone = stats.get("govcases/gone_articles", 0)
    click.echo(
        f"crawl {spider}: run {stats.get('govcases/run_id')} {status or 'not recorded'}; "
        f"{stats.get('response_received_count', 0)} pages, {articles} articles, "
        f"{stats.get('govcases/new_articles', 0)} new, {stats.get('govcases/new_cases', 0)} new cases"
        + (f", {gone} gone from the source" if gone else "")
        + f"; articles with a case list {stats.get('govcases/case-bearing', 0)}, naming a known case "
          f"{stats.get('govcases/mentioning', 0)}, other {stats.get('govcases/other', 0)}",
        err=True,
    )
    if status != "finished":
        fail(f"crawl {spider} {status or 'did not run'}: {stats.get('govcases/failed') or stats.get('finish_reason')}")


def spider_arguments(spidercls) -> list[str]:
    """The -a names a spider takes: its __init__'s named parameters."""
    params = inspect.signature(spidercls.__init__).parameters.values()
    return [p.name for p in params if p.name != "self" and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]



def main():
    cli()
