"""A fast mirror of the generated 上观 site (archive/sample.py's ``synthetic_site``) on 127.0.0.1.

    .venv/bin/python benchmarks/mirror.py --articles 2000 [--port 0] [--server aiohttp|stdlib]

Every answer is prepared in memory before the server starts; aiohttp serves them from one event
loop in a process of its own, so the crawl under test gets the other core. ``--server stdlib``
serves the same routes with Python's ``http.server`` (the mirror the tests use), for comparison.
Prints ``port N`` when it listens and ``requests N`` when it stops (SIGTERM or SIGINT).
"""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.sample import MirrorServer, route_key, synthetic_site  # noqa: E402

NOT_FOUND = "<html><body>404 页面不存在</body></html>".encode()


def serve_aiohttp(routes, port: int) -> None:
    import asyncio

    from aiohttp import web

    import json
    import time

    count = 0
    window = {"first": None, "last": None, "pages": 0}
    prepared = {key: (route.status, route.body, {**route.headers}) for key, route in routes.items()}

    async def handle(request: web.Request) -> web.Response:
        nonlocal count
        if request.path == "/__bench/window":  # the pages served since the last call, first to last arrival
            data = dict(window)
            window.update(first=None, last=None, pages=0)
            return web.Response(body=json.dumps(data).encode(), content_type="application/json")
        count += 1
        now = time.monotonic()
        window["first"] = window["first"] or now
        window["last"] = now
        window["pages"] += 1
        status, body, headers = prepared.get(route_key(request.path_qs), (404, NOT_FOUND, {"Content-Type": "text/html; charset=utf-8"}))
        return web.Response(status=status, body=body, headers=headers)

    async def main():
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", port, backlog=1024)
        await site.start()
        print(f"port {site._server.sockets[0].getsockname()[1]}", flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        await runner.cleanup()
        print(f"requests {count}", flush=True)

    asyncio.run(main())


def serve_stdlib(routes, port: int) -> None:
    import threading

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    with MirrorServer(routes, port=port) as server:
        print(f"port {server.httpd.server_address[1]}", flush=True)
        stop.wait()
        print(f"requests {len(server.requests)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--server", choices=("aiohttp", "stdlib"), default="aiohttp")
    args = parser.parse_args()
    routes = synthetic_site(args.articles)
    (serve_aiohttp if args.server == "aiohttp" else serve_stdlib)(routes, args.port)


if __name__ == "__main__":
    main()
