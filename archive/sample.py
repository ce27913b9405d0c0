"""Serve a saved site from disk on 127.0.0.1, and build the demo archive from it.

The demo goes through the same path as a real crawl (spider -> parsers -> pipelines
-> archive), only against a loopback server that answers from ``sample/``.

    python -m archive.sample build-warc        # sample/shangguan-sample.warc.gz, which `make demo` imports
    python -m archive.sample crawl --db data/demo.db   # the same pages through a real crawl
"""
from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import click

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample" / "shangguan"


def route_key(path_and_query: str) -> str:
    """Query parameters in a fixed order, so ?page=1&section=82 is ?section=82&page=1."""
    parts = urlsplit(path_and_query)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return parts.path + ("?" + query if query else "")


class Route:
    def __init__(self, status: int, body: bytes = b"", headers: dict | None = None):
        self.status = status
        self.body = body
        self.headers = headers or {}
        self.last_modified = formatdate(time.time(), usegmt=True)


def load_routes(directory: Path) -> dict[str, Route]:
    """``routes.tsv``: PATH?QUERY, status, file (or the Location of a redirect)."""
    routes: dict[str, Route] = {}
    for line in (directory / "routes.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        path, status, target = line.split("\t")
        status = int(status)
        if 300 <= status < 400:
            routes[route_key(path)] = Route(status, headers={"Location": target})
        else:
            body = (directory / target).read_bytes()
            kind = "text/plain; charset=utf-8" if target.endswith(".txt") else "text/html"
            routes[route_key(path)] = Route(status, body, {"Content-Type": kind})
    return routes


class MirrorServer:
    """A threaded HTTP server on 127.0.0.1 answering from a route table.

    ``validators`` adds ETag and Last-Modified to 200 answers and honours If-None-Match /
    If-Modified-Since with 304; ``delay`` slows every answer (to catch a crawl mid-way).
    """

    def __init__(self, routes: dict[str, Route], validators: bool = False, delay: float = 0.0, port: int = 0):
        self.routes = routes
        self.default: Route | None = None  # the answer to any path not in routes (None: 404)
        self.requests: list[str] = []
        self.log: list[tuple[float, str]] = []  # (time.monotonic() on arrival, path) of every request
        self.conditional_hits = 0
        self.validators = validators
        self.delay = delay
        self.stopped = False
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                if server.stopped:
                    # A dead server: drop the connection (kept-alive connections outlive shutdown()).
                    self.close_connection = True
                    self.connection.close()
                    return
                server.requests.append(self.path)
                server.log.append((time.monotonic(), self.path))
                if server.delay:
                    time.sleep(server.delay)
                route = server.routes.get(route_key(self.path)) or server.default
                if route is None:
                    route = Route(404, "<html><body>404 页面不存在</body></html>".encode(), {"Content-Type": "text/html; charset=utf-8"})
                headers = dict(route.headers)
                if server.validators and route.status == 200:
                    etag = '"' + hashlib.sha256(route.body).hexdigest()[:20] + '"'
                    headers["ETag"] = etag
                    headers["Last-Modified"] = route.last_modified
                    if self.headers.get("If-None-Match") == etag:
                        server.conditional_hits += 1
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                self.send_response(route.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopped = True
        self.httpd.shutdown()
        self.httpd.server_close()


def synthetic_site(articles: int, per_page: int = 20, section: str = "82", start_id: int = 100000) -> dict[str, Route]:
    """An old-template 上观 mirror of ``articles`` generated articles (for crawl tests and benchmarks).

    The texts are generated placeholders, not anybody's writing; every tenth article carries a
    small case list so that case extraction runs too.
    """
    routes = {"/robots.txt": Route(200, b"User-agent: *\nDisallow: /login\n", {"Content-Type": "text/plain"})}
    ids = [str(start_id + i) for i in range(articles)]
    pages = max(1, -(-articles // per_page))
    for page in range(1, pages + 1):
        chunk = ids[(page - 1) * per_page: page * per_page]
        items = "".join(
            f'<div class="chengshi_wz"><div class="chengshi_wz_h"><a href="/news/detail?id={i}">示例文章标题{i}</a></div>'
            f'<div class="chengshi_wz_m">示例摘要{i}</div><div class="chengshi_wz_f">示例记者 2020-01-01 08:00</div></div>'
            for i in chunk)
        nxt = f'<a href="/news/sublist?section={section}&amp;page={page + 1}">下一页</a>' if page < pages else ""
        html = (f'<html><head><meta charset="utf-8"><title>列表--上观</title></head><body><div class="chengshi">{items}</div>'
                f'<div class="fenye1outer">{nxt}</div></body></html>')
        routes[route_key(f"/news/sublist?section={section}&page={page}")] = Route(200, html.encode(), {"Content-Type": "text/html"})
    for n, i in enumerate(ids):
        routes[route_key(f"/news/detail?id={i}")] = Route(200, synthetic_article(i, n).encode(), {"Content-Type": "text/html"})
    return routes


def synthetic_article(article_id: str, n: int, revision: int = 0) -> str:
    paragraphs = [f"这是第{n}篇示例文章的第{k}段正文，用于测试抓取、快照和重新解析。修订{revision}。" for k in range(1, 5)]
    if n % 10 == 0:
        paragraphs += ["2020示例政务创新案例名单如下："] + [
            f"{k}. 示例市{k}号局：“示例服务{n}-{k}”平台" for k in range(1, 4)]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><meta charset="utf-8"><title>示例文章{article_id}--上观</title></head><body>'
            f'<div class="weizhi">我的位置: <a href="/">天下</a> &gt; <a href="/x">示例</a></div>'
            f'<div class="wz_contents">示例文章标题{article_id}</div>'
            f'<div class="fenxiang_zz"><span>来源:上观新闻</span><span>作者:示例记者</span> 2020-01-{1 + n % 28:02d} 08:00</div>'
            f'<div id="newscontents">{body}</div></body></html>')


FAST_LOCAL_SETTINGS = ["-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "AUTOTHROTTLE_MAX_DELAY=0.5", "-s", "LOG_LEVEL=WARNING"]


SAMPLE_WARC = SAMPLE_DIR.parent / "shangguan-sample.warc.gz"


def build_sample_warc(out: Path = SAMPLE_WARC, sample_dir: Path = SAMPLE_DIR) -> Path:
    """The demo's WARC: the sample pages as responses of www.jfdaily.com (a made-up capture of
    pages that ship with the project, labelled as such in its warcinfo record)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    import io

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(out.name, {
            "software": "govcases sample builder",
            "description": "Sample pages shipped with govcases (sample/shangguan), written as responses of "
                           "www.jfdaily.com for the demo; not a capture of the live site.",
        }))
        for key, route in sorted(load_routes(sample_dir).items()):
            if route.status != 200:
                continue
            http = StatusAndHeaders("200 OK", [("Content-Type", route.headers.get("Content-Type", "text/html")),
                                               ("Content-Length", str(len(route.body)))], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://www.jfdaily.com{key}", "response",
                                               payload=io.BytesIO(route.body), length=len(route.body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": "2016-12-22T08:30:00Z"})
            writer.write_record(record)
    return out


@click.group()
def main():
    """The shipped sample: crawl it over loopback, or (re)build its WARC file."""


@main.command("crawl")
@click.option("--db", "db_path", default="data/demo.db", show_default=True, help="Archive to build.")
@click.option("--sample", "sample_dir", default=str(SAMPLE_DIR), show_default=True, help="Saved site with routes.tsv.")
def crawl_sample(db_path, sample_dir):
    """Crawl the shipped sample through a loopback server into DB_PATH."""
    with MirrorServer(load_routes(Path(sample_dir))) as server:
        command = [sys.executable, "-m", "crawler", "crawl", "shangguan", "--db", db_path,
                   "-a", f"base_url={server.url}", "-a", "sections=82", "-a", "max_pages=1", *FAST_LOCAL_SETTINGS]
        sys.exit(subprocess.call(command))


@main.command("build-warc")
@click.option("--out", default=str(SAMPLE_WARC), show_default=True, help="WARC file to write.")
def build_warc(out):
    """Write the demo's WARC file from the sample pages."""
    click.echo(build_sample_warc(Path(out)))


if __name__ == "__main__":
    main()
