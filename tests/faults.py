"""Faults for the tests, through the project's documented seams (no mock of the archive).

``full_disk_opener`` is a WARC opener (``-s GOVCASES_WARC_OPENER=faults.full_disk_opener``,
``archive.warc.WarcStore(opener=...)``): real files, whose writes fail with ENOSPC once
``GOVCASES_FAULT_ROOM`` bytes (counted over every file of the process) have been written, for
``GOVCASES_FAULT_FAILURES`` writes (default 1: a disk full for a moment), exactly as a full disk
fails a write: the bytes that fit are written, then the error.
"""
from __future__ import annotations

import errno
import os
import subprocess
from contextlib import contextmanager
from pathlib import Path

_state = {"written": 0, "failures": 0}


class FullDiskFile:
    def __init__(self, path: Path):
        self.raw = open(path, "ab", buffering=0)

    def write(self, data) -> int:
        room = int(os.environ.get("GOVCASES_FAULT_ROOM", "0")) - _state["written"]
        allowed = int(os.environ.get("GOVCASES_FAULT_FAILURES", "1"))
        if len(data) > room and _state["failures"] < allowed:
            _state["failures"] += 1
            if room > 0:
                _state["written"] += self.raw.write(bytes(data[:room]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = self.raw.write(data)
        _state["written"] += written
        return written

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.raw.close()


def full_disk_opener(path: Path) -> FullDiskFile:
    return FullDiskFile(path)


def reset(room: int, failures: int = 1) -> None:
    os.environ["GOVCASES_FAULT_ROOM"] = str(room)
    os.environ["GOVCASES_FAULT_FAILURES"] = str(failures)
    _state.update(written=0, failures=0)


@contextmanager
def small_filesystem(path: Path, size: str = "1m"):
    """A real tmpfs of ``size`` at ``path`` (needs the right to mount; else pytest skips)."""
    import pytest

    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        # the right to mount is the machine's, not a package CI can install: skip even under
        # GOVCASES_REQUIRE_ALL (the ENOSPC seam tests cover a full disk everywhere)
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip() or 'mount failed'})")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)
