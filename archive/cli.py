"""The ``govcases`` command line."""
from __future__ import annotations

import contextlib
import fcntl
import json
import sqlite3
import os
import sys
from pathlib import Path

import tempfile

import click
import yaml

from .db import Archive, ArchiveError, check_sqlite_file
from .publish import SERVE_SETTINGS, metadata_for, setting_argument

DEFAULT_DB = "data/archive.db"


def fail(message: str) -> None:
    """One clear line on stderr and exit status 1: the contract for every command."""
    click.echo(f"govcases: error: {message}", err=True)
    sys.exit(1)


def _pairs(values: tuple[str, ...], what: str) -> dict[str, str]:
    out = {}
    for value in values:
        name, sep, val = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint=what)
        out[name.strip()] = val
    return out


@click.group()
@click.version_option(package_name="govcases")
def cli():
    """Crawl, parse and publish Chinese governance case articles."""


@contextlib.contextmanager
def crawl_lock(db_path: Path):
    """An exclusive lock next to the archive, so two scheduled runs never overlap."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fh = lock_path.open("a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        fail(f"another crawl is running on {db_path} (pid {holder}); try again when it has finished")
    fh.seek(0)
    fh.truncate()
    fh.write(str(os.getpid()))
    fh.flush()
    try:
        yield
    finally:
        fh.seek(0)
        fh.truncate()
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def prepare_archive(db_path: Path, warc_dir: Path | None) -> None:
    """Before a crawl: close runs a killed crawl left open, cut an incomplete final record off the
    crawler's newest WARC file (never an imported one, never a damaged middle: that is reported)."""
    from .warc import own_files, repair

    archive = Archive(db_path)
    try:
        stale = archive.mark_stale_runs()
    finally:
        archive.close()
    if stale:
        click.echo(f"govcases: marked {stale} unfinished earlier run(s) as killed", err=True)
    if warc_dir is not None:
        files = own_files(warc_dir)
        if files:
            done = repair(files[-1])
            if done.cut:
                click.echo(f"govcases: {files[-1].name} ended in a half-written record; cut {done.cut} bytes", err=True)
            for damage in done.damage:
                click.echo(f"govcases: warning: {files[-1].name}: damaged bytes {damage.offset}-{damage.end} "
                           f"({damage.reason}); left in place, the records after them are read", err=True)


def parse_file(path: Path, url: str | None) -> dict:
    """One saved page to the JSON object `govcases parse` prints (the crawl's own page path)."""
    from crawler.parsers.article import ARTICLE_FIELDS
    from crawler.parsers.html import MAX_PAGE_BYTES, UnreadablePage
    from crawler.sites import parse_page

    if not path.exists():
        raise UnreadablePage(f"{path}: no such file")
    if path.is_dir():
        raise UnreadablePage(f"{path}: is a directory, not a page")
    try:
        with path.open("rb") as fh:  # at most one byte past the limit: /dev/zero never ends
            body = fh.read(MAX_PAGE_BYTES + 1)
    except OSError as exc:
        raise UnreadablePage(f"{path}: {exc.strerror}") from exc
    if len(body) > MAX_PAGE_BYTES:
        raise UnreadablePage(f"{path}: larger than {MAX_PAGE_BYTES} bytes, the most a page may be")
    page = parse_page(url, body)
    if page.kind in ("unreadable", "not-text", "too-large"):
        raise UnreadablePage(f"{path}: {page.reason}")
    if page.kind == "skipped":
        raise UnreadablePage(f"{path}: no article to keep: {page.reason}")
    if page.article is None:
        raise UnreadablePage(f"{path}: no article text found in the page ({page.reason})")
    article = page.article
    out_article = {field: article.get(field) for field in ARTICLE_FIELDS}
    out_article["url"] = article.get("url") or url
    out_article["encoding"] = page.encoding
    out_article["replaced_chars"] = (article.get("title") or "").count("\ufffd") + (article.get("text") or "").count("\ufffd")
    out_article["relevance"] = page.relevance
    return {"article": out_article, "lists": page.lists, "cases": page.cases}


@cli.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--url", help="The page's URL (chooses the site parser, sets the canonical URL).")
@click.option("--manifest", type=click.Path(path_type=Path), help="File of PATH<TAB>URL lines; prints one JSON object per line.")
def parse(path, url, manifest):
    """Parse one saved page (no network) and print it as JSON."""
    from crawler.parsers.html import UnreadablePage

    if bool(path) == bool(manifest):
        fail("give either PATH or --manifest FILE")
    if path:
        try:
            result = parse_file(path, url)
        except UnreadablePage as exc:
            fail(str(exc))
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if not manifest.exists():
        fail(f"{manifest}: no such file")
    if not manifest.is_file():
        fail(f"{manifest}: not a file (a manifest is a file of PATH<TAB>URL lines)")
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        fail(f"{manifest}: not UTF-8 text (byte {exc.start}); nothing was parsed")
    except OSError as exc:
        fail(f"{manifest}: {exc.strerror}")
    failures = 0
    base = manifest.parent
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        file_part, _, url_part = line.partition("\t")
        file_path = Path(file_part.strip())
        if not file_path.is_absolute() and not file_path.exists():
            file_path = base / file_path
        try:
            result = {"file": file_part.strip(), **parse_file(file_path, url_part.strip() or None)}
        except UnreadablePage as exc:
            failures += 1
            result = {"file": file_part.strip(), "error": str(exc)}
            click.echo(f"govcases: error: line {number}: {exc}", err=True)
        click.echo(json.dumps(result, ensure_ascii=False))
    if failures:
        sys.exit(1)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite archive to publish.")
@click.option("--port", default=8001, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--metadata", "metadata_path", type=click.Path(path_type=Path), help="Datasette metadata file (default: metadata.yml).")
@click.option("--data-dir", type=click.Path(path_type=Path), help="Folder holding warc/ for snapshots; default: the archive's folder.")
@click.option("--tile-url", help="Map tile URL template of a tile server (default: province outlines drawn locally, no outside requests).")
@click.option("--offline-map", is_flag=True, help="Province outlines served locally, even when --tile-url is given (the default without it).")
@click.option("--time-limit-ms", default=SERVE_SETTINGS["sql_time_limit_ms"], show_default=True, help="SQL time limit per query.")
@click.option("--max-rows", default=SERVE_SETTINGS["max_returned_rows"], show_default=True, help="Most rows a query returns.")
@click.option("--setting", "settings", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="Any Datasette setting, e.g. --setting base_url /archive/ (repeatable).")
def serve(db_path, port, host, metadata_path, data_dir, tile_url, offline_map, time_limit_ms, max_rows, settings):
    """Publish the archive with Datasette: read-only, bounded, with Chinese search and snapshots."""
    path = Path(db_path)
    try:
        archive = Archive(path, create=False)
    except ArchiveError as exc:
        fail(str(exc))
    snapshots = 0
    try:
        snapshots = archive.db.execute("select count(*) from articles where warc_file is not null").fetchone()[0]
        if not archive.views_current():  # an archive made before the views for people
            archive.ensure_views()
    except sqlite3.OperationalError as exc:
        # a read-only file keeps its old views; an empty file has no tables yet
        if "readonly" not in str(exc) and "no such table" not in str(exc):
            fail(f"{path}: {exc}")
    finally:
        archive.close()
    warc_dir = Path(data_dir or path.resolve().parent) / "warc"
    if snapshots and not warc_dir.is_dir():
        fail(f"no WARC folder at {warc_dir}: the archive's {snapshots} snapshots would not open; "
             "give the folder that holds warc/ with --data-dir")
    try:
        metadata = metadata_for(path, metadata_path)
    except (OSError, yaml.YAMLError) as exc:
        fail(f"cannot read the metadata file: {exc}")
    plugins = metadata.setdefault("plugins", {})
    plugins.setdefault("govcases", {})["warc_dir"] = str(warc_dir)
    base_url = dict(settings).get("base_url", "/")
    cluster_map = plugins.setdefault("datasette-cluster-map", {})
    if tile_url and not offline_map:
        cluster_map["tile_layer"] = tile_url
    else:  # the shipped province outlines (metadata.yml), under the server's base_url
        layer = cluster_map.get("tile_layer") or "/-/govcases/tiles/{z}/{x}/{y}.png"
        if layer.startswith("/"):
            cluster_map["tile_layer"] = base_url.rstrip("/") + layer
    # Read-only: the file is opened by Datasette with mode=ro and nothing here writes; bounded as
    # SERVE_SETTINGS says.
    command = [sys.executable, "-m", "datasette", "serve", str(path), "--host", host, "--port", str(port)]
    chosen = {**SERVE_SETTINGS, "sql_time_limit_ms": time_limit_ms, "max_returned_rows": max_rows}
    for name, value in [*chosen.items(), *settings]:
        command += ["--setting", name, setting_argument(value)]
    if metadata:
        resolved = Path(tempfile.mkdtemp(prefix="govcases-")) / "metadata.json"
        resolved.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
        command += ["--metadata", str(resolved)]
    os.execv(sys.executable, command)


@cli.command()
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "sqlite"]), default="csv", show_default=True,
              help="csv (UTF-8 with a byte-order mark, for Excel), jsonl, or one SQLite file.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite archive to export.")
@click.option("--site-url", help="Where the archive is published (e.g. https://example.org/archive): snapshot links become absolute.")
def export(out_dir, fmt, db_path, site_url):
    """Write a dated dataset release (cases with source and snapshot links, lists, articles'
    metadata, a README and licence note) as one zip in OUT_DIR; DATA/releases is where
    `govcases serve` offers it for download."""
    from .export import export_release

    try:
        target = export_release(Path(db_path), out_dir, fmt, site_url)
    except ArchiveError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write the release in {out_dir}: {exc.strerror or exc}")
    click.echo(str(target))


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite archive to describe.")
@click.option("--runs", default=5, show_default=True, help="How many recent crawl runs to list.")
def stats(db_path, runs):
    """Row counts per table and the last crawl runs."""
    try:
        archive = Archive(Path(db_path), create=False)
        result = archive.stats(runs)
        archive.close()
    except ArchiveError as exc:
        fail(str(exc))
    except Exception as exc:  # sqlite3.DatabaseError on a damaged file
        fail(f"{db_path}: {exc}")
    click.echo(f"archive {db_path}")
    if result["relevance"]:
        click.echo("articles by relevance:")
        for kind, count in result["relevance"].items():
            click.echo(f"  {kind:<18} {count:>8}")
    click.echo("rows per table:")
    for table, count in result["tables"].items():
        click.echo(f"  {table:<18} {count:>8}")
    click.echo("last crawl runs:")
    if not result["last_runs"]:
        click.echo("  (none)")
    for run in result["last_runs"]:
        click.echo(
            f"  #{run['id']} {run['spider']} {run['started_at']} -> {run['finished_at'] or '…'} "
            f"{run['status']}: {run['pages']} pages, {run['items']} items, {run['errors']} errors"
        )


def main():
    cli()


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="Archive to report the crawls of.")
@click.option("--json", "as_json", is_flag=True, help="A JSON array, one object per source.")
def sources(db_path, as_json):
    """Every registered source (crawler/sites) with what the archive holds of it and its last crawl."""
    from crawler.sites import registry

    summary = {}
    if Path(db_path).exists():
        try:
            archive = Archive(Path(db_path), create=False)
            summary = archive.source_summary()
            archive.close()
        except ArchiveError as exc:
            fail(str(exc))
    out = []
    for slug, site in registry().items():
        known = summary.get(slug, {})
        runs = known.get("runs", [])
        last = runs[0] if runs else None
        # discovery found nothing for two runs in a row: the site changed, or blocks us
        silent = len(runs) == 2 and all(not (r["items"] or 0) for r in runs)
        out.append({
            "slug": slug, "name": site.name, "hosts": list(site.hosts), "discovery": site.discovery(),
            "articles": known.get("articles", 0), "case_bearing": known.get("case_bearing", 0),
            "cases": known.get("cases", 0), "last_fetched_at": known.get("last_fetched_at"),
            "last_run": {k: last[k] for k in ("id", "spider", "started_at", "status", "items", "new_articles",
                                              "case_bearing", "parser_fallbacks")} if last else None,
            "flag": "found nothing in its last two runs" if silent else None,
        })
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    click.echo(f"{'source':<16} {'name':<22} {'articles':>8} {'with cases':>10} {'cases':>6}  last crawl")
    for row in out:
        run = row["last_run"]
        last = (f"#{run['id']} {run['spider']} {run['started_at'][:16]} {run['status']}, {run['items']} articles "
                f"({run['new_articles']} new, {run['case_bearing']} with cases), {run['parser_fallbacks']} parser "
                "fallbacks") if run else "never"
        click.echo(f"{row['slug']:<16} {row['name'][:22]:<22} {row['articles']:>8} {row['case_bearing']:>10} "
                   f"{row['cases']:>6}  {last}" + (f"  [{row['flag']}]" if row["flag"] else ""))


@cli.command("eval")
@click.argument("truth", type=click.Path(path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="One line per page as well as the summary.")
@click.option("--repeat", default=3, show_default=True, help="Timed runs per page (the median is kept).")
@click.option("--no-compare", is_flag=True, help="Skip trafilatura (faster, no comparison columns).")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
def eval_command(truth, verbose, repeat, no_compare, as_json):
    """Score extraction against TRUTH.jsonl (the corpus format), beside trafilatura."""
    from .evaluate import evaluate, format_report

    if not truth.exists():
        fail(f"{truth}: no such file")
    try:
        result = evaluate(truth, repeat=repeat, compare=not no_compare)
    except (OSError, ValueError, KeyError) as exc:
        fail(f"cannot evaluate {truth}: {exc}")
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        click.echo(format_report(result, verbose))


@cli.command("eval-cases")
@click.argument("truth", type=click.Path(path_type=Path))
@click.option("--verbose", is_flag=True, help="List the missed and the extra cases of each page.")
def eval_cases_command(truth, verbose):
    """Score case extraction against TRUTH.json (page -> expected cases); prints a table per page."""
    from .evaluate import evaluate_cases, format_cases_report

    if not truth.exists():
        fail(f"{truth}: no such file")
    try:
        result = evaluate_cases(truth)
    except (OSError, ValueError, KeyError) as exc:
        fail(f"cannot evaluate {truth}: {exc}")
    click.echo(format_cases_report(result, verbose=verbose))
    if result["total"]["failed_pages"]:
        fail(f"case extraction failed on {result['total']['failed_pages']} page(s) of {truth} (listed above)")


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="Archive to rebuild (replaced when the rebuild succeeds).")
@click.option("--data-dir", type=click.Path(path_type=Path), help="Folder holding warc/; default: the archive's folder.")
def reparse(db_path, data_dir):
    """Rebuild the archive from the WARC snapshots alone, with no network."""
    from .rebuild import RebuildError, reparse as rebuild

    db_path = Path(db_path)
    try:
        check_sqlite_file(db_path)
    except ArchiveError as exc:
        fail(str(exc))
    warc_dir = Path(data_dir or db_path.resolve().parent) / "warc"
    with crawl_lock(db_path):
        try:
            counts = rebuild(db_path, warc_dir)
        except FileNotFoundError as exc:
            fail(str(exc))
        except RebuildError as exc:
            fail(str(exc))
    for note in counts["damage"]:
        click.echo(f"govcases: warning: {note}", err=True)
    kept = counts["kept_without_warc"] + counts["kept_unread"]
    click.echo(
        f"reparse: {counts['files']} WARC files, {counts['responses']} responses, {counts['articles']} articles "
        f"({counts['new_articles']} distinct, {counts['changed_articles']} later versions), "
        f"{counts['new_cases']} cases in {counts['seconds']} s; kept {counts['runs_kept']} earlier runs"
        + (f" and {kept} articles the WARC files do not give back ({counts['kept_without_warc']} never archived, "
           f"{counts['kept_unread']} whose record is unreadable or no longer an article), read from their stored text"
           if kept else "")
    )


@cli.command("import-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="Archive to add to (created if missing).")
@click.option("--data-dir", type=click.Path(path_type=Path), help="Folder holding warc/ (files are copied to warc/imported/); default: the archive's folder.")
def import_warc_command(files, db_path, data_dir):
    """Add WARC files made by other tools (wget --warc-file, …) to the archive."""
    from .rebuild import RebuildError, import_warc
    from .warc import problem

    db_path = Path(db_path)
    try:
        check_sqlite_file(db_path)
    except ArchiveError as exc:
        fail(str(exc))
    for path in files:
        if not path.exists():
            fail(f"{path}: no such file")
        if not path.is_file():
            fail(f"{path}: not a file")
        found = problem(path)
        if found:
            fail(found + " (nothing was imported)")
    warc_dir = Path(data_dir or db_path.resolve().parent) / "warc"
    with crawl_lock(db_path):
        try:
            counts = import_warc(db_path, list(files), warc_dir)
        except RebuildError as exc:
            fail(str(exc))
    for path, target in counts["already"]:
        click.echo(f"import-warc: {path} was imported before (as {target.name}); nothing to do", err=True)
    click.echo(
        f"import-warc: {counts['files']} files, {counts['responses']} responses, {counts['articles']} articles "
        f"({counts['new_articles']} new, {counts['changed_articles']} changed), {counts['new_cases']} new cases"
    )
