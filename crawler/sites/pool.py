"""``parse_page`` in worker processes, so that the process that fetches or reads WARC records and
writes the archive (the one writer) does not parse as well.

``parse_page`` is pure: the same bytes give the same ``Page`` in any process. Workers are forked
from the caller (they start at once, with everything the caller has imported) and exit with it:
on Linux the kernel ends a worker whose parent died (``PR_SET_PDEATHSIG``), so a killed crawl or
reparse leaves no process behind. A worker that dies (a page that crashes the parser) breaks the
pool; callers then parse in their own process, as they do when there is no pool.

``GOVCASES_PARSE_WORKERS`` (the environment; crawls also read the Scrapy setting of that name)
sets how many workers: 0 parses in the calling process. Unset: one less than the CPUs this
process may use, at most 4 (none on one CPU, or where ``fork`` is not available).
"""
from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import signal
import socket
import struct
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from . import Page, parse_page

MAX_WORKERS = 4

__all__ = ["AsyncPagePool", "BrokenProcessPool", "PagePool", "WorkerDied", "default_workers"]


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_workers(value: int | str | None = None) -> int:
    """Workers to start: ``value`` if given (a setting), else ``GOVCASES_PARSE_WORKERS``, else
    one less than the CPUs (at most 4). 0 where processes cannot be forked."""
    if "fork" not in multiprocessing.get_all_start_methods() or sys.platform == "darwin":
        return 0
    if value is None or value == "":
        value = os.environ.get("GOVCASES_PARSE_WORKERS")
    if value is not None and value != "":
        return max(0, int(value))
    return max(0, min(_cpus() - 1, MAX_WORKERS))


def parse_pages(pages: list[tuple]) -> list[Page]:
    return [parse_page(*page) for page in pages]


def _die_with_parent(parent: int) -> None:
    """Worker start-up: leave signals to the parent (Ctrl-C reaches the whole process group, and
    the parent decides how a crawl ends) and end when the parent ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        signal.set_wakeup_fd(-1)  # the parent's event loop's, inherited by fork
    except ValueError:
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(0)


class PagePool:
    """``submit(url, body, headers, source) -> Future[Page]`` on ``workers`` forked processes."""

    def __init__(self, workers: int):
        if workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.workers = workers
        self.executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                            initializer=_die_with_parent, initargs=(os.getpid(),))
        # Fork now, from the calling thread (with fork, the executor starts every worker at the
        # first submit), not later from whatever thread first submits.
        self.executor.submit(int).result()

    def submit(self, url: str | None, body: bytes, headers: dict | None = None, source: str | None = None) -> Future:
        """One page: a Future of its ``Page``."""
        return self.executor.submit(parse_page, url, body, headers, source)

    def submit_many(self, pages: list[tuple]) -> Future:
        """Several pages, each ``(url, body, headers, source)``, in one task (less to hand over per
        page): a Future of their ``Page`` list, in order."""
        return self.executor.submit(parse_pages, pages)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> PagePool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()



# --- for an asyncio event loop (the crawl's reactor thread) ---------------------------------

_HEADER = struct.Struct("!Q")


class WorkerDied(Exception):
    """The worker parsing a page ended (the caller parses the page itself)."""


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray(n)
    view, got = memoryview(buf), 0
    while got < n:
        k = sock.recv_into(view[got:])
        if not k:
            return None
        got += k
    return bytes(buf)


def recv_frame(sock: socket.socket):
    """The next pickled frame from a blocking socket, or None at EOF."""
    head = _recv_exact(sock, _HEADER.size)
    if head is None:
        return None
    data = _recv_exact(sock, _HEADER.unpack(head)[0])
    return None if data is None else pickle.loads(data)


def send_frame(sock: socket.socket, task, ok: bool, value) -> None:
    """A reply frame ``(task, ok, value)``; an exception that cannot be pickled goes as its repr."""
    try:
        out = pickle.dumps((task, ok, value), pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - an unpicklable exception
        out = pickle.dumps((task, False, RuntimeError(repr(value if not ok else exc))), pickle.HIGHEST_PROTOCOL)
    sock.sendall(_HEADER.pack(len(out)) + out)


def frame(obj) -> bytes:
    data = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


async def read_frame(reader: asyncio.StreamReader):
    """The next frame from an asyncio stream (raises IncompleteReadError at EOF)."""
    head = await reader.readexactly(_HEADER.size)
    return pickle.loads(await reader.readexactly(_HEADER.unpack(head)[0]))


_PARENT_ENDS: list[socket.socket] = []  # this process's ends of its children's socket pairs


def start_child(target, args: tuple, name: str):
    """Fork ``target(sock, *args)`` with one end of a new socket pair; returns (process, our end).
    The child closes this process's ends of every pair (its own and earlier children's: a child
    ends at the EOF of its socket, which it would never see while another process held our end)."""
    mine, theirs = socket.socketpair()
    _PARENT_ENDS[:] = [s for s in _PARENT_ENDS if s.fileno() >= 0]
    process = multiprocessing.get_context("fork").Process(
        target=_child, args=(target, theirs, os.getpid(), [*_PARENT_ENDS, mine], args), daemon=True, name=name)
    process.start()
    theirs.close()
    _PARENT_ENDS.append(mine)
    return process, mine


def _child(target, sock: socket.socket, parent: int, others: list[socket.socket], args: tuple) -> None:
    _die_with_parent(parent)
    for other in others:
        other.close()
    target(sock, *args)


def _serve(sock: socket.socket) -> None:
    """A worker: (id, args) frames in, (id, ok, Page or exception) frames out, until EOF."""
    while True:
        request = recv_frame(sock)
        if request is None:
            return
        task, args = request
        try:
            page = parse_page(*args)
        except Exception as exc:  # noqa: BLE001 - handed to the caller, as parse_page would raise it
            send_frame(sock, task, False, exc)
        else:
            send_frame(sock, task, True, page)


class AsyncPagePool:
    """``await parse(url, body, headers, source) -> Page`` on forked workers, from an asyncio
    event loop, with no thread: frames go over a socket pair per worker, read by the loop. A
    page whose worker died raises ``WorkerDied`` (parse it in-process then)."""

    def __init__(self, workers: int):
        if workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.processes, self.socks = [], []
        for _ in range(workers):
            process, mine = start_child(_serve, (), "govcases-parse")
            self.processes.append(process)
            self.socks.append(mine)
        self.writers: list = []
        self.readers: list = []
        self.pending: dict[int, tuple[asyncio.Future, int]] = {}
        self.load = [0] * workers
        self.alive = [True] * workers
        self.next_id = 0

    async def start(self) -> None:
        for i, sock in enumerate(self.socks):
            reader, writer = await asyncio.open_unix_connection(sock=sock)
            self.writers.append(writer)
            self.readers.append(asyncio.ensure_future(self._read(i, reader)))

    async def _read(self, worker: int, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                task, ok, value = await read_frame(reader)
                future, _ = self.pending.pop(task, (None, None))
                self.load[worker] -= 1
                if future is None or future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        except (asyncio.IncompleteReadError, ConnectionError, OSError, pickle.UnpicklingError, EOFError):
            pass
        finally:
            self.alive[worker] = False
            for task, (future, owner) in list(self.pending.items()):
                if owner == worker:
                    del self.pending[task]
                    if not future.done():
                        future.set_exception(WorkerDied(f"parse worker {self.processes[worker].pid} ended"))

    @property
    def usable(self) -> bool:
        return bool(self.writers) and any(self.alive)

    async def parse(self, url: str | None, body: bytes, headers: dict | None = None, source: str | None = None) -> Page:
        live = [i for i, up in enumerate(self.alive) if up]
        if not live or not self.writers:
            raise WorkerDied("no parse worker")
        worker = min(live, key=self.load.__getitem__)
        self.next_id += 1
        task = self.next_id
        future = asyncio.get_running_loop().create_future()
        self.pending[task] = (future, worker)
        self.load[worker] += 1
        self.writers[worker].write(frame((task, (url, body, headers, source))))
        return await future

    def close(self, timeout: float = 10.0) -> None:
        """End the workers (each ends at the EOF of its socket) and wait for them."""
        for sock in self.socks:  # now: a transport would close its socket at the loop's next turn
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for writer in self.writers:
            writer.close()
        for sock in self.socks[len(self.writers):]:  # never handed to the event loop
            sock.close()
        for reader in self.readers:
            reader.cancel()
        for process in self.processes:
            process.join(timeout)
            if process.is_alive():
                process.kill()
                process.join(1)
