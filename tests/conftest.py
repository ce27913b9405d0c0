"""Fixtures and hooks only; the helpers tests import are in tests/support.py."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive.db import Archive
from archive.sample import MirrorServer
from support import (SAMPLE, close_fork_server, free_port, mirror_routes, require_tool, start_fork_server,
                     stop_fork_server, wait_for)

# pytest caches the test modules it rewrites (for its assert messages) in tests/__pycache__ only where
# bytecode may be written; CI images set PYTHONDONTWRITEBYTECODE, and every worker of every run
# would then rewrite all sixty modules again (about a second of the fast suite).
sys.dont_write_bytecode = False


def pytest_configure(config):
    """Under pytest-xdist the controller starts the fork server its workers share (support.py):
    the command line is imported once per run, not once per worker."""
    if (config.getoption("numprocesses", None) and not hasattr(config, "workerinput")
            and os.environ.get("GOVCASES_TEST_FORK", "1") != "0" and "GOVCASES_TEST_FORK_SERVER" not in os.environ):
        config.govcases_fork_server, os.environ["GOVCASES_TEST_FORK_SERVER"] = start_fork_server()


def pytest_unconfigure(config):
    proc = getattr(config, "govcases_fork_server", None)
    if proc is not None:
        stop_fork_server(proc)
        os.environ.pop("GOVCASES_TEST_FORK_SERVER", None)


def pytest_sessionfinish(session, exitstatus):
    close_fork_server()


def pytest_collection_finish(session):
    """What collection built (modules, test items, the parsers' tables) lives to the end of the
    run: moved out of the collector's reach (gc.freeze), the full collections that the tests'
    own garbage sets off no longer walk it again each time (about 2 s of CPU in the fast suite)."""
    gc.freeze()


def pytest_xdist_auto_num_workers(config):
    """How many workers `-n auto` (pyproject.toml's addopts) starts. Named test files or ids run
    in this process; the fast suite gets one worker per CPU; a run with the end-to-end tests, which
    spend much of their time waiting (servers, timers, a browser), twice as many.
    PYTEST_XDIST_AUTO_NUM_WORKERS sets the number."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    if config.args_source == pytest.Config.ArgsSource.ARGS and all(
            "::" in arg or arg.endswith(".py") for arg in config.args):
        return 0
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    markexpr = config.getoption("markexpr") or ""
    fast_only = "not e2e" in markexpr or markexpr.strip() == "eval"  # CPU-bound: one worker a CPU
    return cpus if fast_only else 2 * cpus


def wants_evaluation(config) -> bool:
    """The evaluation gates (marked ``eval``: every truth set and the corpus through the whole page
    path, about two thirds of the suite's CPU) run under `make eval`, not `make test`: when the -m
    expression names them, when test files or ids are named, or with GOVCASES_EVAL=1. CI runs both."""
    if os.environ.get("GOVCASES_EVAL") == "1" or "eval" in (config.getoption("markexpr") or ""):
        return True
    return config.args_source == pytest.Config.ArgsSource.ARGS and any(
        "::" in arg or arg.endswith(".py") for arg in config.args)


def _leave_out_evaluation(config, items) -> None:
    if wants_evaluation(config):
        return
    left = [item for item in items if item.get_closest_marker("eval")]
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = [item for item in items if not item.get_closest_marker("eval")]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """On an xdist worker: the long tests first, and the groups of `--dist loadgroup` restored.

    Tests are handed out in collection order (`--no-loadscope-reorder`): the end-to-end tests and
    the groups (modules that build an expensive fixture once) come first, so that the last
    minutes are short tests on every worker rather than one long test on one.

    xdist 3.8 names a grouped test's group by rewriting ``item._nodeid``, which pytest 9.2 no
    longer reads (pytest-dev/pytest-xdist#1386), so groups were silently ignored: the suffix is
    given to the id pytest reads. Before either, the evaluation gates leave a run that did not ask
    for them (``wants_evaluation``)."""
    _leave_out_evaluation(config, items)
    if not getattr(config, "workerinput", None) or not config.getvalue("loadgroup"):
        return
    items.sort(key=lambda item: not (item.get_closest_marker("e2e") or item.get_closest_marker("xdist_group")))
    for item in items:
        names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                        for m in item.iter_markers("xdist_group")})
        if not names or "@" in item.nodeid.rpartition("]")[2] or not hasattr(item, "_id"):
            continue
        item._id = type(item._id).parse(f"{item.nodeid}@{'_'.join(names)}")


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
