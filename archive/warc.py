"""WARC snapshots: every response the crawl receives, as received (warcio).

Files are gzip per record (so a record can be read by offset), rotated by size, named
``govcases-YYYYmmddHHMMSS-PID-NNNNN.warc.gz`` so that name order is time order. A record
whose payload is identical to the last one stored for its URL becomes a ``revisit``
record pointing at the original, so an unchanged page costs no new payload.

Faults: a record is serialised in memory and written in one go; its offset is returned only
once its bytes are written and flushed. A write that fails (a full disk) is cut back off the
file, which then ends: the next record starts a new file, so no file has a damaged middle of
our making. ``scan`` checks a file to its last byte (every gzip member, every record's length);
``repair`` cuts only an incomplete final record, never a damaged middle, whose records after
the damage stay readable.
"""
from __future__ import annotations

import errno
import hashlib
import io
import mmap
import os
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
SOFTWARE = "govcases/0.1 (warcio)"
SOURCE_HEADER = "WARC-Govcases-Source"  # the registry slug of the source a crawl fetched a page for
SHA256_HEADER = "WARC-Govcases-Payload-SHA256"
OWN_PREFIX = "govcases-"  # files the crawler writes (and may repair); imported ones live in imported/


@dataclass
class Snapshot:
    file: str  # path relative to the WARC directory
    offset: int
    sha256: str
    date: str  # WARC-Date of the record holding the payload


class WarcWriteFailed(Exception):
    """A record could not be written; the file it was meant for has ended (cut back to its last
    whole record when the system allowed it)."""

    def __init__(self, path: Path, error: OSError):
        self.path, self.error = path, error
        self.disk_full = error.errno in (errno.ENOSPC, errno.EDQUOT)
        what = "disk full" if self.disk_full else (error.strerror or str(error))
        super().__init__(f"{what}: could not write a WARC record to {path}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def warc_date(moment: datetime | None = None) -> str:
    return (moment or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_for_append(path: Path):
    """The default opener: unbuffered, so a failed write never lingers in a buffer to be
    flushed (half-done) at close."""
    return open(path, "ab", buffering=0)


class WarcStore:
    """Appends request/response (or revisit) records to rotating WARC files in ``directory``.

    ``opener(path)`` returns the binary file a WARC file is appended through: the seam where
    tests put a file that fails at a chosen byte the way a full disk does (the crawl names one
    with the ``GOVCASES_WARC_OPENER`` setting).
    """

    def __init__(self, directory: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, prefix: str = "govcases",
                 opener: Callable[[Path], object] | None = None):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.prefix = prefix
        self.opener = opener or open_for_append
        self.fh = None
        self.path: Path | None = None
        self.size = 0
        self.counter = 0

    def _open(self) -> None:
        # to the microsecond: two crawls in one second must sort in the order they wrote (a reparse reads
        # files by name, and a page's 404 must come after the response it marks gone)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S%f")
        while True:
            self.counter += 1
            path = self.directory / f"{self.prefix}-{stamp}-{os.getpid()}-{self.counter:05d}.warc.gz"
            if not path.exists():
                break
        self.path, self.size = path, 0
        try:
            self.fh = self.opener(path)
        except OSError as exc:
            self.fh = None
            raise WarcWriteFailed(path, exc) from exc
        writer = WARCWriter(io.BytesIO(), gzip=True)
        info = writer.create_warcinfo_record(path.name, {"software": SOFTWARE, "format": "WARC File Format 1.0"})
        self._commit([info])

    def _ready(self) -> None:
        if self.fh is None or self.size >= self.max_bytes:
            self.close()
            self._open()

    def _commit(self, records) -> int:
        """Write whole records or nothing; returns the offset of the first."""
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        for record in records:
            writer.write_record(record)
        data = memoryview(buffer.getvalue())
        offset = self.size
        try:
            while data:
                written = self.fh.write(data)
                data = data[written:]
            flush = getattr(self.fh, "flush", None)
            if flush:
                flush()
        except OSError as exc:
            path = self.path
            self._end_after_failure(offset)
            raise WarcWriteFailed(path, exc) from exc
        self.size = offset + len(buffer.getbuffer())
        return offset

    def _end_after_failure(self, good_end: int) -> None:
        """Cut the half-written record off and end the file: the next record opens a new one."""
        try:
            self.fh.close()
        except OSError:
            pass
        try:
            os.truncate(self.path, good_end)
        except OSError:
            pass  # left for ``repair``: it is the file's final record
        self.fh = None

    def write_exchange(self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
                       request_headers: list[tuple[str, str]], method: str = "GET",
                       source: str | None = None) -> Snapshot:
        """Request and response records; returns where the response record is, once written.
        ``source`` (a registry slug) is the source the crawl fetched the page for, read again by
        reparse. Raises WarcWriteFailed when the records could not be written."""
        self._ready()
        digest = sha256_hex(body)
        date = warc_date()
        http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": date, SHA256_HEADER: digest}
        if source:
            warc_headers[SOURCE_HEADER] = source
        writer = WARCWriter(io.BytesIO(), gzip=True)
        response = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict=warc_headers,
        )
        request = writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), length=0,
            http_headers=StatusAndHeaders(f"{method} {_request_path(url)} HTTP/1.1", request_headers, is_http_request=True),
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
        )
        name = self.path.name
        offset = self._commit([response, request])
        return Snapshot(name, offset, digest, date)

    def write_revisit(self, url: str, status: int, reason: str, headers: list[tuple[str, str]],
                      original: Snapshot, original_url: str, not_modified: bool = False) -> str:
        """An unchanged payload (or a 304 Not Modified): a revisit record that points at the original.

        Returns the record's WARC-Date."""
        self._ready()
        date = warc_date()
        http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")
        writer = WARCWriter(io.BytesIO(), gzip=True)
        record = writer.create_revisit_record(
            url, digest=f"sha256:{original.sha256}", refers_to_uri=original_url, refers_to_date=original.date,
            http_headers=http, warc_headers_dict={SHA256_HEADER: original.sha256, "WARC-Date": date},
        )
        if not_modified:
            record.rec_headers.replace_header("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
        self._commit([record])
        return date

    def close(self) -> None:
        if self.fh is not None:
            try:
                self.fh.close()
            except OSError:
                pass
        self.fh = None


def _request_path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def warc_files(directory: str | Path) -> list[Path]:
    """WARC files of a directory (and its subdirectories), oldest first by name."""
    directory = Path(directory)
    if not directory.exists():
        return []
    found = [p for p in directory.rglob("*") if p.is_file() and p.name.endswith((".warc", ".warc.gz"))]
    return sorted(found, key=lambda p: (p.name, str(p)))


def own_files(directory: str | Path) -> list[Path]:
    """The crawler's own WARC files (not imported ones), oldest first."""
    directory = Path(directory)
    if not directory.exists():
        return []
    return sorted(p for p in directory.glob(OWN_PREFIX + "*.warc.gz") if p.is_file())


# --- strict reading -----------------------------------------------------------------------

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_START = re.compile(rb"WARC/1\.[01]\r\n")
CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)[ \t]*\r\n", re.I)
HEADER_BLOCK = re.compile(rb"(?:[!-9;-~]+:[^\r\n]*\r\n)+")  # "Name: value" lines, each ending in CRLF
HEADER_MAX = 1 << 20  # a WARC header block longer than this is damage, not a header
CHUNK = 1 << 20
FIRST_CHUNK = 1 << 14  # a record's gzip member is mostly a few KiB: read that much first, then more


@dataclass
class Damage:
    offset: int  # where the unreadable bytes start
    end: int  # where reading resumed (the next readable record), or the file's size
    reason: str


@dataclass
class Scan:
    """What a strict read of a whole WARC file found."""

    path: Path
    size: int
    records: list[tuple[int, int]] = field(default_factory=list)  # (offset, length) of each readable record
    damage: list[Damage] = field(default_factory=list)  # unreadable bytes with readable records after them
    tail: int | None = None  # offset of an incomplete final record (nothing readable after it)
    tail_reason: str | None = None
    not_warc: str | None = None  # the file does not start as WARC at all

    @property
    def whole(self) -> bool:
        return bool(self.records) and not self.damage and self.tail is None and not self.not_warc


def _record_ends(data) -> list[int]:
    """Ends of the whole WARC records laid end to end in ``data`` (uncompressed); raises at the
    first byte that is not one."""
    ends, pos = [], 0
    while pos < len(data):
        pos = _one_record(data, pos)
        ends.append(pos)
    return ends


MEMBER_MAX = 256 * 1024 * 1024  # a gzip member holding several records is inflated whole up to this


def _gzip_member(data, start: int, keep_all: bool = False) -> tuple[int, bytes, int, bytes]:
    """(end, head, inflated size, last 4 bytes) of the gzip member at ``start``, checked to its CRC
    and length trailer. Only the head (or, with ``keep_all``, everything up to MEMBER_MAX) is kept
    in memory: a member that inflates to gigabytes costs time, not memory."""
    inflater = zlib.decompressobj(31)
    head, tail, total = bytearray(), b"", 0
    pos, size = start, len(data)
    limit = MEMBER_MAX if keep_all else HEADER_MAX
    step = FIRST_CHUNK  # growing: the bytes read past the member's end are copied again by zlib
    while not inflater.eof:
        if pos >= size:
            raise EOFError("the gzip member is cut short")
        chunk = data[pos:pos + step]
        step = min(step * 2, CHUNK)
        out = inflater.decompress(chunk)
        pos += len(chunk)
        if out:
            total += len(out)
            tail = (tail + out)[-4:]
            if len(head) < limit:
                head += out[: limit - len(head)]
    if keep_all and total > MEMBER_MAX:
        raise ValueError("a gzip member of several records too large to check")
    return pos - len(inflater.unused_data), bytes(head), total, tail


def _read_unit(data, start: int, gz: bool) -> list[tuple[int, int]]:
    """The records of one unit at ``start``: a gzip member (whose content must be whole records)
    or one uncompressed record. Raises on any damage."""
    if gz:
        if data[start:start + 3] != GZIP_MAGIC:
            raise ValueError("not a gzip member")
        end, head, total, tail = _gzip_member(data, start)
        if not total:
            raise ValueError("an empty gzip member")
        try:
            first = _one_record(head, 0, total)
        except EOFError:
            raise ValueError("a gzip member that does not hold a whole record") from None
        if first == total and tail == b"\r\n\r\n":
            return [(start, end - start)]
        _record_ends(_gzip_member(data, start, keep_all=True)[1])  # several records in one member
        return [(start, end - start)]
    end = _one_record(data, start)
    return [(start, end - start)]


def _one_record(data, start: int, size: int | None = None) -> int:
    """The end of the WARC record at ``start``; ``size``: the length of the whole stream when
    ``data`` holds only its head."""
    size = len(data) if size is None else size
    if not WARC_START.match(data, start, start + 16):
        raise ValueError("no WARC record starts here")
    head_end = data.find(b"\r\n\r\n", start, start + HEADER_MAX)
    if head_end < 0:
        raise EOFError("the record's header is cut short")
    length = CONTENT_LENGTH.search(data, start + 8, head_end + 2)
    if not length:
        raise ValueError("a record without Content-Length")
    if not HEADER_BLOCK.fullmatch(data, start + 10, head_end + 2):
        raise ValueError("a record whose header lines are damaged")
    end = head_end + 4 + int(length.group(1)) + 4
    if end > size:
        raise EOFError(f"the record is cut short ({end - size} bytes missing)")
    if end <= len(data) and data[end - 4:end] != b"\r\n\r\n":
        raise ValueError("a record that does not end where its Content-Length says")
    return end


def _next_start(data, after: int, gz: bool) -> int:
    """Where the next unit could start after damage at ``after`` (-1: nowhere)."""
    if gz:
        return data.find(GZIP_MAGIC, after + 1)
    found = WARC_START.search(data, after + 1)
    return found.start() if found else -1


def scan(path: Path) -> Scan:
    """Read a WARC file (``.warc.gz``: gzip per record, or ``.warc``) strictly to its end.

    Every gzip member is inflated to its trailer (CRC and length checked) and every record must
    end exactly where its Content-Length says. Unreadable bytes followed by a readable record are
    ``damage`` (reading goes on there); unreadable bytes up to the end are the ``tail``.
    """
    path = Path(path)
    size = path.stat().st_size
    result = Scan(path, size)
    if size == 0:
        result.not_warc = "the file is empty"
        return result
    with path.open("rb") as fh:
        data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            gz = data[:3] == GZIP_MAGIC
            if not gz and not WARC_START.match(data, 0, 16):
                result.not_warc = "it starts with neither a gzip member nor a WARC record"
                return result
            pos = 0
            while pos < size:
                try:
                    result.records += _read_unit(data, pos, gz)
                    pos = sum(result.records[-1])
                    continue
                except (ValueError, EOFError, zlib.error) as exc:
                    reason = str(exc) or exc.__class__.__name__
                # damage at pos: find the next readable unit, if any
                resume = _next_start(data, pos, gz)
                while resume >= 0:
                    try:
                        _read_unit(data, resume, gz)
                        break
                    except (ValueError, EOFError, zlib.error):
                        resume = _next_start(data, resume, gz)
                if resume < 0:
                    result.tail, result.tail_reason = pos, reason
                    break
                result.damage.append(Damage(pos, resume, reason))
                pos = resume
        finally:
            data.close()
    if not result.records and not result.damage:
        result.not_warc = result.not_warc or f"no readable record ({result.tail_reason})"
    return result


def problem(path: Path) -> str | None:
    """Why a file cannot be taken as a whole WARC file (not WARC, damaged, cut short), or None."""
    try:
        found = scan(path)
    except OSError as exc:
        return f"{path}: cannot read it ({exc.strerror or exc})"
    if found.not_warc:
        return f"{path}: not a readable WARC file ({found.not_warc})"
    if found.damage:
        first = found.damage[0]
        return f"{path}: damaged at byte {first.offset} ({first.reason}); readable again at byte {first.end}"
    if found.tail is not None:
        return f"{path}: the file is cut short inside the record at byte {found.tail} of {found.size} ({found.tail_reason})"
    return None


@dataclass
class Repair:
    cut: int = 0  # bytes removed from the end (an incomplete final record)
    damage: list[Damage] = field(default_factory=list)  # damaged middles, reported and left alone


def repair(path: Path) -> Repair:
    """Cut a WARC file back to its last whole record when its final record is incomplete (a crash
    or a full disk mid-write). A damaged middle is never cut: it is reported, and the records
    after it stay readable."""
    found = scan(path)
    result = Repair(damage=found.damage)
    if found.tail is not None and not found.not_warc:
        with path.open("r+b") as fh:
            fh.truncate(found.tail)
        result.cut = found.size - found.tail
    return result


def read_payload(path: Path, offset: int) -> tuple[dict, bytes]:
    """(http headers dict with 'status', decoded payload) of the response record at ``offset``."""
    with path.open("rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        headers = {k.lower(): v for k, v in record.http_headers.headers} if record.http_headers else {}
        headers["status"] = record.http_headers.get_statuscode() if record.http_headers else None
        return headers, record.content_stream().read()


def iter_responses(path: Path, found: Scan | None = None):
    """(url, status, headers, payload, offset, record type, sha256, date) for response and revisit
    records: every readable record, those after a damaged middle included."""
    found = found or scan(path)
    with path.open("rb") as fh:
        for offset, length in found.records:
            fh.seek(offset)
            try:  # a member may hold several records
                parsed = [item for record in ArchiveIterator(io.BytesIO(fh.read(length)))
                          for item in _response(record, offset)]
            except Exception:  # noqa: BLE001 - bytes scan() took for whole that warcio cannot parse: skipped
                continue
            yield from parsed


def _response(record, offset: int):
    """One response or revisit record as reparse reads it (nothing for other records)."""
    if record.rec_type not in ("response", "revisit"):
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    headers = {k.lower(): v for k, v in record.http_headers.headers} if record.http_headers else {}
    try:
        status = int(record.http_headers.get_statuscode()) if record.http_headers else None
    except ValueError:
        status = None
    payload = record.content_stream().read() if record.rec_type == "response" else b""
    yield {
        "url": url, "status": status, "headers": headers, "payload": payload,
        "offset": offset, "type": record.rec_type,
        "sha256": record.rec_headers.get_header(SHA256_HEADER) or sha256_hex(payload),
        "date": record.rec_headers.get_header("WARC-Date"),
        "source": record.rec_headers.get_header(SOURCE_HEADER),
    }
