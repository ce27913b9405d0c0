"""Shared fixtures: fresh archives, the sample site, the mirror server, the CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive.db import Archive
from archive.sample import MirrorServer, Route, load_routes, route_key

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample" / "shangguan"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "shangguan-2016-12-22-network-governance-cases.txt"
FAST = ["-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "AUTOTHROTTLE_MAX_DELAY=0.2", "-s", "LOG_LEVEL=WARNING",
        "-s", "RETRY_TIMES=1"]


def require_shared(path: Path = SHARED) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (it ships with the project's workspace, not with a clone)")
    return path


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def archive(db_path):
    a = Archive(db_path)
    yield a
    a.close()


@pytest.fixture(scope="session")
def founding_html() -> str:
    return (SAMPLE / "detail-40036.html").read_text(encoding="utf-8")


def govcases(*args: str, cwd: Path | None = None, timeout: int = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line in a child process (Scrapy's reactor runs once per process).
    ``env`` adds variables (tests/faults.py reads its fault settings from them)."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args], capture_output=True, text=True, timeout=timeout,
        cwd=cwd or ROOT, env=env,
    )


@pytest.fixture
def mirror():
    """The old-template mirror for the end-to-end crawl: the sample plus a second list
    page, a link that 404s and a short link that redirects."""
    routes = load_routes(SAMPLE)
    for path, status, target in (
        ("/news/sublist?section=82&page=1", 200, "sublist-82-1-with-next.html"),
        ("/news/sublist?section=82&page=2", 200, "sublist-82-2.html"),
    ):
        routes[route_key(path)] = Route(status, (FIXTURES / "shangguan" / target).read_bytes(), {"Content-Type": "text/html"})
    routes["/n/40215"] = Route(302, headers={"Location": "/news/detail?id=40215"})
    with MirrorServer(routes) as server:
        yield server


def require_tool(name: str) -> str:
    """A system tool a test needs: skip with a reason, or fail under GOVCASES_REQUIRE_ALL=1."""
    import shutil

    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed (apt-get install {name})"
    if os.environ.get("GOVCASES_REQUIRE_ALL") == "1":
        pytest.fail(message + "; GOVCASES_REQUIRE_ALL=1 requires it")
    pytest.skip(message)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, timeout: float = 20.0, what: str = "a condition"):
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = check()
        except Exception:  # noqa: BLE001 - not up yet
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.fixture
def redis_url(tmp_path):
    """A real redis-server on a free port of 127.0.0.1, in a temporary folder, stopped afterwards."""
    import redis

    binary = require_tool("redis-server")
    port = free_port()
    folder = tmp_path / "redis"
    folder.mkdir()
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        wait_for(lambda: redis.Redis.from_url(url).ping(), what="redis-server")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
