"""Helpers the tests import (``from support import ...``); conftest.py keeps only fixtures and hooks.

``govcases(...)`` runs the real command line in a child process of its own, as a user's shell
would; to spare every call the second of importing Scrapy, the project and their dependencies, the
child is forked from a small server process that has imported them once (the way
``multiprocessing``'s forkserver works). The child is a whole process: its own reactor, signal
handlers, file descriptors, working directory and environment, exit status and output; it runs
``crawler.cli.main`` exactly as ``python -m crawler`` does. ``govcases_start(...)`` starts one and
returns at once (crawl workers, an ingester, a server side by side). ``GOVCASES_TEST_FORK=0``
starts every command as a fresh interpreter instead.
"""
from __future__ import annotations

import functools
import gc
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from archive.sample import Route, load_routes, route_key

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
SAMPLE = ROOT / "sample" / "shangguan"
FIXTURES = TESTS / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "shangguan-2016-12-22-network-governance-cases.txt"
FAST = ["-s", "AUTOTHROTTLE_START_DELAY=0", "-s", "AUTOTHROTTLE_MAX_DELAY=0.2", "-s", "LOG_LEVEL=WARNING",
        "-s", "RETRY_TIMES=1"]

# What the fork server imports before it forks: everything a `govcases` command needs, short of
# installing a Twisted reactor (each child installs its own).
PRELOAD = ("crawler.cli", "scrapy.crawler", "scrapy.spiderloader", "crawler.settings", "crawler.pipelines",
           "crawler.middlewares", "crawler.extensions", "crawler.distributed", "crawler.spiders.shangguan",
           "crawler.spiders.articles", "crawler.spiders.catalogue", "archive.rebuild", "archive.export")


CORPUS = SHARED / "corpus"
# What a build of the project needs from the repository (pyproject.toml names the README and the
# data files); tests build wheels and eggs from a copy, since a build writes beside its sources.
PROJECT_FILES = ["crawler", "archive", "pyproject.toml", "setup.py", "README.md", "metadata.yml",
                 "sample/shangguan-sample.warc.gz"]


def copy_project(dest: Path) -> Path:
    for name in PROJECT_FILES:
        source, target = ROOT / name, dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copyfile(source, target)
    return dest


@functools.lru_cache(maxsize=None)
def parse_once(raw: bytes, url: str | None):
    """``crawler.sites.parse_page`` (the one page path), once per page and test process: the corpus
    evaluation (tests/test_corpus.py, as ``evaluate``'s ``parse``) and the page-by-page tests there
    and in tests/test_shape_negative.py read the same pages (all in the xdist group "corpus", so on
    one worker). Read-only: callers never change what it returns."""
    from crawler.sites import parse_page

    return parse_page(url, raw)


@functools.lru_cache(maxsize=None)
def corpus_article(file: str, url: str | None) -> dict | None:
    """A page of ../shared/corpus as the page path reads it, or, where the page path files it as no
    article (a poem amid a site's menus reads as a list of links), as ``parse_article`` reads it."""
    from crawler.parsers.html import decode_html
    from crawler.sites import parse_article

    raw = (CORPUS / file).read_bytes()
    article = parse_once(raw, url).article
    return article if article is not None else parse_article(decode_html(raw)[0], url)


def require_shared(path: Path = SHARED) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (it ships with the project's workspace, not with a clone)")
    return path


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


def mirror_routes() -> dict:
    """The old-template mirror for the end-to-end crawl: the sample plus a second list
    page, a link that 404s and a short link that redirects."""
    routes = load_routes(SAMPLE)
    for path, status, target in (
        ("/news/sublist?section=82&page=1", 200, "sublist-82-1-with-next.html"),
        ("/news/sublist?section=82&page=2", 200, "sublist-82-2.html"),
    ):
        routes[route_key(path)] = Route(status, (FIXTURES / "shangguan" / target).read_bytes(), {"Content-Type": "text/html"})
    routes["/n/40215"] = Route(302, headers={"Location": "/news/detail?id=40215"})
    return routes


# --- the command line in a child process -------------------------------------------------------

def govcases(*args: str, cwd: Path | None = None, timeout: int = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command line in a child process (Scrapy's reactor runs once per process).
    ``env`` adds variables (tests/faults.py reads its fault settings from them)."""
    child = govcases_start(*args, cwd=cwd, env=env)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate(timeout=30)
        raise subprocess.TimeoutExpired(child.args, timeout, out, err) from None
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


def govcases_start(*args: str, cwd: Path | None = None, env: dict | None = None, replace_env: bool = False) -> "Child":
    """Start the real command line in a child process of its own and return at once (a crawl
    worker, an ingester, a server). ``env`` adds variables, or with ``replace_env`` is the whole
    environment."""
    env = dict(env or {}) if replace_env else {**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})}
    return Child(list(args), Path(cwd or ROOT), env)


class Child:
    """A running `govcases` command: a child of the fork server, or with ``GOVCASES_TEST_FORK=0`` a
    fresh interpreter. It is the leader of a process group of its own (``os.killpg(child.pid, ...)``
    reaches it); its output goes to files read when it has ended. The parts of
    ``subprocess.Popen`` the tests use: pid, returncode, poll, wait, communicate, terminate, kill."""

    def __init__(self, argv: list[str], cwd: Path, env: dict):
        self.args = [sys.executable, "-m", "crawler", *argv]
        self.returncode: int | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="govcases-cli-"))
        self._out, self._err = self._tmp / "stdout", self._tmp / "stderr"
        self._output: tuple[str, str] | None = None
        self._popen = None
        if os.environ.get("GOVCASES_TEST_FORK", "1") == "0":
            with self._out.open("wb") as out, self._err.open("wb") as err:
                self._popen = subprocess.Popen(self.args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                               stderr=err, start_new_session=True)
            self.pid = self._popen.pid
        else:
            self._server = _server()
            self._id, self.pid = self._server.start(argv, cwd, env, self._out, self._err)

    def _ended(self, status: int | None) -> int | None:
        if status is not None and self.returncode is None:
            self.returncode = status
            self._output = tuple(path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
                                 for path in (self._out, self._err))
            shutil.rmtree(self._tmp, ignore_errors=True)
        return self.returncode

    def poll(self) -> int | None:
        if self.returncode is None:
            self._ended(self._popen.poll() if self._popen else self._server.status(self._id, 0))
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.returncode is None:
            if self._popen:
                self._ended(self._popen.wait(timeout))
            elif self._ended(self._server.status(self._id, timeout)) is None:
                raise subprocess.TimeoutExpired(self.args, timeout)
        return self.returncode

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        self.wait(timeout)
        return self._output

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class _ForkServer:
    """A process that imported the command line once and forks one child per command; children
    run side by side, each reported when it ends. Clients connect to its UNIX socket; messages
    are JSON lines: a request ``{"id", "argv", "cwd", "env", "out", "err"}`` is answered
    ``{"id", "pid"}`` at once and ``{"id", "status"}`` when that child has ended.

    A test process starts one for itself; under pytest-xdist the controller starts one that
    every worker connects to (``GOVCASES_TEST_FORK_SERVER`` names its socket), so that the
    imports are made once per run. The server ends with its starter (its stdin closes) and
    kills the children a client left running when it disconnects."""

    def __init__(self, path: str | None = None):
        self.lock = threading.Lock()
        self.proc = None
        if path is None:
            self.proc, path = start_fork_server()
        deadline = time.monotonic() + 60
        while True:  # the server listens once it has imported what it preloads
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                self.sock.connect(path)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                self.sock.close()
                if time.monotonic() > deadline or (self.proc is not None and self.proc.poll() is not None):
                    raise RuntimeError("the test fork server did not start") from None
                time.sleep(0.02)
        self.buffer = b""
        self.replies: dict[int, dict] = {}
        self.next_id = 0

    def _next(self, timeout: float | None) -> dict:
        """The next message (TimeoutError when none comes within ``timeout`` s; 0: none waiting)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not select.select([self.sock], [], [], left)[0]:
                raise TimeoutError
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("the test fork server ended")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return json.loads(line)

    def _until(self, request: int, key: str, timeout: float | None):
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.lock:
            while key not in self.replies.get(request, {}):
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                try:
                    message = self._next(left)
                except TimeoutError:
                    return None
                self.replies.setdefault(message.pop("id"), {}).update(message)
            return self.replies[request][key]

    def start(self, argv: list[str], cwd: Path, env: dict, out: Path, err: Path) -> tuple[int, int]:
        with self.lock:
            request, self.next_id = self.next_id, self.next_id + 1
            self.sock.sendall((json.dumps({"id": request, "argv": argv, "cwd": str(cwd), "env": env, "out": str(out),
                                           "err": str(err)}) + "\n").encode())
        pid = self._until(request, "pid", 30)
        if pid is None:
            raise RuntimeError("the test fork server did not start a child")
        return request, pid

    def status(self, request: int, timeout: float | None) -> int | None:
        status = self._until(request, "status", timeout)
        if status is not None:
            self.replies.pop(request, None)
        return status

    def close(self):
        self.sock.close()
        if self.proc is not None:
            stop_fork_server(self.proc)


def start_fork_server() -> tuple[subprocess.Popen, str]:
    """Start a fork server; returns the process and the path of the socket it will listen on
    (clients wait for it)."""
    path = os.path.join(tempfile.mkdtemp(prefix="govcases-fork-"), "socket")
    proc = subprocess.Popen([sys.executable, __file__, "--fork-server", path], stdin=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "PYTHONWARNINGS": "ignore"})
    return proc, path


def stop_fork_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.stdin.close()  # the server ends its children that are still running, and itself
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    shutil.rmtree(os.path.dirname(proc.args[-1]), ignore_errors=True)


_servers: dict[int, _ForkServer] = {}


def _server() -> _ForkServer:
    pid = os.getpid()  # a forked test process never shares its parent's connection
    if pid not in _servers:
        _servers[pid] = _ForkServer(os.environ.get("GOVCASES_TEST_FORK_SERVER"))
    return _servers[pid]


def close_fork_server() -> None:
    server = _servers.pop(os.getpid(), None)
    if server:
        server.close()


def _serve(path: str) -> None:  # runs in the fork server process
    import importlib

    sys.path.insert(0, str(ROOT))
    for name in PRELOAD:
        importlib.import_module(name)
    _preload_components()
    _warm_page_path()
    assert "twisted.internet.reactor" not in sys.modules, "a preloaded module installed a reactor"
    assert threading.active_count() == 1, "the fork server must not start threads before it forks"
    gc.freeze()  # the preloaded heap: each child's collections skip it and leave its pages shared

    # A child's end wakes the loop below: SIGCHLD writes to this pipe (signal.set_wakeup_fd).
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    signal.set_wakeup_fd(wake_w)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path + ".new")
    listener.listen(64)
    os.rename(path + ".new", path)  # clients find the socket only once it listens
    owner = sys.stdin.buffer.fileno()  # the starter: when it closes, the server ends
    clients: dict[int, dict] = {}  # fd -> {"sock", "pending", "children"}
    children: dict[int, tuple[int, int]] = {}  # pid -> (client fd, request id)

    def send(fd, message):
        client = clients.get(fd)
        if client:
            try:
                client["sock"].sendall((json.dumps(message) + "\n").encode())
            except OSError:
                pass  # gone; dropped below when its socket reads empty

    def kill(pids):
        for pid in pids:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    while True:
        readable = select.select([owner, wake_r, listener, *clients], [], [])[0]
        if wake_r in readable:
            while True:
                try:
                    if not os.read(wake_r, 4096):
                        break
                except BlockingIOError:
                    break
        while children:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if not pid:
                break
            fd, request = children.pop(pid)
            if fd in clients:
                clients[fd]["children"].discard(pid)
            send(fd, {"id": request, "status": os.waitstatus_to_exitcode(status)})
        if owner in readable and not os.read(owner, 4096):
            break  # the starter is done
        if listener in readable:
            sock, _ = listener.accept()
            clients[sock.fileno()] = {"sock": sock, "pending": b"", "children": set()}
        for fd in [fd for fd in readable if fd in clients]:
            client = clients[fd]
            chunk = client["sock"].recv(65536)
            if not chunk:  # a test process ended: what it left running goes with it
                kill(client["children"])
                client["sock"].close()
                del clients[fd]
                continue
            client["pending"] += chunk
            while b"\n" in client["pending"]:
                line, _, client["pending"] = client["pending"].partition(b"\n")
                request = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    signal.set_wakeup_fd(-1)
                    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                    for fd_ in (wake_r, wake_w):
                        os.close(fd_)
                    listener.close()
                    for other in clients.values():
                        other["sock"].close()
                    _child(request)
                children[pid] = (fd, request["id"])
                client["children"].add(pid)
                send(fd, {"id": request["id"], "pid": pid})
    kill(children)  # left running by tests that failed
    for pid in children:
        os.waitpid(pid, 0)
    listener.close()
    os.unlink(path)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # nothing left to write: tearing down the preloaded interpreter only kept the run waiting


def _warm_page_path() -> None:
    """Read a page of a known source and a generic page once, as a child's first page would: the
    data files, compiled patterns and lazily imported modules of the page path (the same in any
    process) are then inherited by every child instead of loaded by each."""
    from crawler.sites import parse_page

    parse_page("https://www.jfdaily.com/news/detail?id=40036", (SAMPLE / "detail-40036.html").read_bytes())
    parse_page("https://news.example.org/a.html", (FIXTURES / "generic" / "gbk-article.html").read_bytes())


def _preload_components() -> None:
    """The modules of every component Scrapy loads by name for a crawl (middlewares, extensions,
    download handlers, scheduler): each child would otherwise import them itself."""
    import importlib
    import warnings

    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    paths = set()
    for key in ("EXTENSIONS_BASE", "DOWNLOADER_MIDDLEWARES_BASE", "SPIDER_MIDDLEWARES_BASE", "EXTENSIONS",
                "DOWNLOADER_MIDDLEWARES", "ITEM_PIPELINES"):
        paths |= {k for k, v in settings.getdict(key).items() if isinstance(k, str) and v is not None}
    paths |= {v for v in settings.getdict("DOWNLOAD_HANDLERS_BASE").values() if isinstance(v, str)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for key in ("SCHEDULER", "DUPEFILTER_CLASS", "STATS_CLASS", "SCHEDULER_PRIORITY_QUEUE", "SCHEDULER_DISK_QUEUE",
                    "SCHEDULER_MEMORY_QUEUE", "DOWNLOADER", "SPIDER_LOADER_CLASS", "ROBOTSTXT_PARSER",
                    "REQUEST_FINGERPRINTER_CLASS", "LOG_FORMATTER"):
            value = settings.get(key)
            if isinstance(value, str) and "." in value:
                paths.add(value)
    for path in sorted(paths):
        try:
            importlib.import_module(path.rpartition(".")[0])
        except ImportError:
            pass  # an optional component (e.g. botocore for s3): the child handles it as Scrapy does


def _child(request) -> None:  # a forked child: becomes `python -m crawler ARGV`
    code = 1
    try:
        os.setpgid(0, 0)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        for fd, path in ((1, request["out"]), (2, request["err"])):
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(handle, fd)
            os.close(handle)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        extra = [p for p in request["env"].get("PYTHONPATH", "").split(os.pathsep) if p]
        sys.path[:0] = extra + [request["cwd"]]
        sys.argv = [sys.executable, *request["argv"]]
        from crawler.cli import main

        try:
            main()
            code = 0
        except SystemExit as exc:
            if exc.code is None:
                code = 0
            elif isinstance(exc.code, int):
                code = exc.code
            else:
                print(exc.code, file=sys.stderr)
                code = 1
    except BaseException:  # noqa: BLE001 - the child reports and exits, like an interpreter would
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


if __name__ == "__main__" and sys.argv[1:2] == ["--fork-server"]:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in pytest ends pytest; the server ends with its stdin
    _serve(sys.argv[2])


REFERENCE = FIXTURES / "trafilatura-reference.json"
REFERENCE_CACHE = "govcases/trafilatura-scores"


class TrafilaturaReference(dict):
    """Trafilatura's scores on the truth pages (archive.evaluate.reference_key: its version, the
    page's bytes, the truth), so that a test compares against it without extracting every page again.
    Kept in REFERENCE (committed: a fresh clone has it; `python tests/refresh_reference.py` rewrites
    it) and in pytest's cache for what a new version, page or truth adds. Only scores are kept,
    never text of the pages."""

    def __init__(self, config):
        committed = json.loads(REFERENCE.read_text(encoding="utf-8")) if REFERENCE.exists() else {}
        self._cache = getattr(config, "cache", None)
        cached = (self._cache.get(REFERENCE_CACHE, None) or {}) if self._cache is not None else {}
        super().__init__({**cached, **committed})
        self._known = set(self)

    def save(self) -> None:
        if self._cache is not None and set(self) - self._known:
            self._cache.set(REFERENCE_CACHE, dict(self))


@functools.lru_cache(maxsize=None)
def case_evaluation(name: str) -> dict:
    """``evaluate_cases`` on one case truth set (tests/fixtures/NAME/truth.json), once per test
    process: several tests read the same set's figures. Read-only: callers never change it. The
    cost is not timed here (``make bench`` and ``govcases eval-cases`` report it)."""
    from archive.evaluate import evaluate_cases

    return evaluate_cases(FIXTURES / name / "truth.json", timed=False)


def link_kind(path: str, query: str = "") -> str:
    """A link's kind: its path with numbers and encoded names blurred, and its query's keys (the
    pages one template renders for different rows are one kind)."""
    import re
    from urllib.parse import parse_qsl

    blurred = re.sub(r"%[0-9A-Fa-f]{2}(%[0-9A-Fa-f]{2}|[^/])*|\d+", "~", path)
    return blurred + "?" + "&".join(sorted({k for k, _ in parse_qsl(query, keep_blank_values=True)}))
