"""Serve a saved site from disk on 127.0.0.1, and build the demo archive from it.

The demo goes through the same path as a real crawl (spider -> parsers -> pipelines
-> archive), only against a loopback server that answers from ``sample/``.

    python -m archive.sample --db data/demo.db
"""
from __future__ import annotations

import subprocess
import sys
import threading
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
    """A threaded HTTP server on 127.0.0.1 answering from a route table."""

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append(self.path)
                route = server.routes.get(route_key(self.path))
                if route is None:
                    route = Route(404, "<html><body>404 页面不存在</body></html>".encode(), {"Content-Type": "text/html; charset=utf-8"})
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


FAST_LOCAL_SETTINGS = ["-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "AUTOTHROTTLE_MAX_DELAY=0.5", "-s", "LOG_LEVEL=WARNING"]


@click.command()
@click.option("--db", "db_path", default="data/demo.db", show_default=True, help="Archive to build.")
@click.option("--sample", "sample_dir", default=str(SAMPLE_DIR), show_default=True, help="Saved site with routes.tsv.")
def main(db_path, sample_dir):
    """Crawl the shipped sample through a loopback server into DB_PATH."""
    with MirrorServer(load_routes(Path(sample_dir))) as server:
        command = [sys.executable, "-m", "archive", "crawl", "shangguan", "--db", db_path,
                   "-a", f"base_url={server.url}", "-a", "sections=82", "-a", "max_pages=1", *FAST_LOCAL_SETTINGS]
        sys.exit(subprocess.call(command))


if __name__ == "__main__":
    main()
