"""Fixtures and hooks only; the helpers tests import are in tests/support.py."""
from __future__ import annotations

from pathlib import Path

import subprocess

import pytest

from archive.db import Archive
from archive.sample import MirrorServer
from support import SAMPLE, close_fork_server, free_port, mirror_routes, require_tool, wait_for

# tests/test_case_detector.py (kept out of this change) still reads FIXTURES from here.
from support import FIXTURES  # noqa: F401,E402


def pytest_sessionfinish(session, exitstatus):
    close_fork_server()


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


@pytest.fixture
def mirror():
    with MirrorServer(mirror_routes()) as server:
        yield server


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
