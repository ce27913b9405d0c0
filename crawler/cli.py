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
@click.option("--redis", "redis", metavar="URL", envvar="REDIS_URL",
              help="Run as a worker of a distributed crawl sharing this Redis (default: $REDIS_URL); `govcases ingest` stores its items.")
@click.option("--worker", metavar="NAME", help="This worker's name (its WARC folder under warc/); default: hostname-pid.")
def crawl(spider, db_path, spider_args, settings_args, data_dir, no_warc, redis, worker):
    """Run SPIDER (shangguan, articles) and store what it finds in the archive.

    One crawl at a time per archive: a second one exits with a message. A crawl killed
    half-way is finished by running it again (known unchanged pages are skipped).

    With --redis (or REDIS_URL) it is one worker of a distributed crawl instead: any number of
    workers share one queue and duplicate filter in Redis, write WARC files under
    warc/WORKER/, push items to Redis for `govcases ingest`, and leave when the queue has stayed
    empty for GOVCASES_IDLE_CLOSE seconds.
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
    if redis:
        settings.set("REDIS_URL", redis, priority="cmdline")
        if worker:
            settings.set("GOVCASES_WORKER", worker, priority="cmdline")
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
    if redis:
        return _crawl_worker(spider, spidercls, settings, args, redis)
    with crawl_lock(Path(db_path)):
        try:
            prepare_archive(Path(db_path), None if no_warc else Path(data_dir) / "warc")
        except (ArchiveError, OSError) as exc:
            fail(f"{describe_os_error(exc, Path(db_path))}: cannot prepare the archive ({exc}); nothing was crawled")
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(spidercls)
        errors: list = []
        # a crawl that could not start (the archive's disk full at open_spider) ends in a failed
        # Deferred: take it here, so that its traceback is not printed after the one-line error
        process.crawl(crawler, **args).addErrback(errors.append)
        process.start()
    stats = crawler.stats.get_stats()
    status = stats.get("govcases/status")
    if errors and not status:
        reason = stats.get("govcases/failed") or f"{errors[0].type.__name__}: {errors[0].getErrorMessage()}"
        fail(f"crawl {spider} did not run: {reason}")
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


def _crawl_worker(spider, spidercls, settings, args, url):
    """One worker of a distributed crawl: no archive lock (the ingester is the one writer)."""
    from scrapy.crawler import CrawlerProcess

    try:
        from archive.ingest import connect

        connect(url).close()
    except ImportError:
        fail("--redis needs scrapy-redis and redis: pip install 'govcases[distributed]'")
    except Exception as exc:  # noqa: BLE001 - redis raises its own connection errors
        fail(f"cannot reach Redis at {url}: {exc}")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spidercls)
    process.crawl(crawler, **args)
    process.start()
    stats = crawler.stats.get_stats()
    reason = stats.get("finish_reason")
    failed = stats.get("govcases/failed")
    click.echo(
        f"crawl {spider}: worker {crawler.settings.get('GOVCASES_WORKER')} {reason or 'did not run'}; "
        f"{stats.get('response_received_count', 0)} pages, {stats.get('item_scraped_count', 0)} items pushed to Redis",
        err=True,
    )
    if failed or reason != "finished":
        fail(f"crawl {spider} worker failed: {failed or reason or 'did not run'}")


@cli.command()
@click.option("--redis", "redis", metavar="URL", envvar="REDIS_URL", required=True,
              help="The Redis the workers push to (default: $REDIS_URL).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite archive to write into.")
@click.option("--idle", default=30.0, show_default=True,
              help="Stop when no item came and no worker was alive for this many seconds.")
@click.option("--forever", is_flag=True, help="Never stop (a service next to the workers).")
@click.option("--batch", default=200, show_default=True, help="Items per transaction.")
def ingest(redis, db_path, idle, forever, batch):
    """Store the items of distributed crawl workers: the archive's one writer.

    Items delivered twice are stored once; a batch a killed ingester had taken is stored by the
    next one. One ingester at a time per archive.
    """
    from archive.ingest import connect, ingest as drain

    db_path = Path(db_path)
    try:
        check_sqlite_file(db_path)
    except ArchiveError as exc:
        fail(str(exc))
    try:
        server = connect(redis)
    except ImportError:
        fail("ingest needs redis: pip install 'govcases[distributed]'")
    except Exception as exc:  # noqa: BLE001 - redis raises its own connection errors
        fail(f"cannot reach Redis at {redis}: {exc}")
    with crawl_lock(db_path):
        prepare_archive(db_path, None)
        try:
            counts = drain(db_path, server, batch=batch, idle=idle, forever=forever)
        except Exception as exc:  # noqa: BLE001 - Redis gone mid-way: the items stay in Redis
            fail(f"ingest stopped: {exc.__class__.__name__}: {exc} (items not stored stay in Redis)")
    rate = counts["items"] / counts["store_seconds"] if counts["store_seconds"] else 0
    click.echo(
        f"ingest: run {counts['run_id']}: {counts['items']} items ({counts['articles']} articles, "
        f"{counts['new_articles']} new, {counts['changed_articles']} changed, {counts['new_cases']} new cases) "
        f"in {counts['batches']} batches; {counts['store_seconds']} s storing ({rate:.0f} items/s)",
        err=True,
    )


@cli.command()
@click.option("--scrapyd", "scrapyd_url", default="http://127.0.0.1:6800/", show_default=True, help="The Scrapyd server.")
@click.option("--project", default="govcases", show_default=True, help="The deployed project.")
@click.option("--json", "as_json", is_flag=True, help="A JSON array, one object per job.")
def jobs(scrapyd_url, project, as_json):
    """Scrapyd's crawl jobs and how each really ended (exit 1 when one failed).

    Scrapyd lists a job that failed as "finished"; this reads each job's log for the outcome line
    the crawl writes last, and reports a job without one (or without a log) as failed.
    """
    import json

    from crawler.jobs import ScrapydError, jobs as list_jobs

    try:
        found = list_jobs(scrapyd_url, project)
    except ScrapydError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=1))
    else:
        for job in found:
            click.echo(f"{job['id']}  {job['spider']:<12} {job['state']:<9} {job['start_time'] or ''}  {job['detail']}")
    failed = [job for job in found if job["state"] == "failed"]
    if failed:
        fail(f"{len(failed)} of {len(found)} jobs failed: " + ", ".join(f"{j['id']} ({j['spider']})" for j in failed))


def main():
    cli()
