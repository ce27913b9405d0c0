"""WARC snapshots: every response the crawl receives, as received (warcio).

Files are gzip per record (so a record can be read by offset), rotated by size, named
``govcases-YYYYmmddHHMMSS-NNNNN.warc.gz`` so that name order is time order. A record
whose payload is identical to the last one stored for its URL becomes a ``revisit``
record pointing at the original, so an unchanged page costs no new payload.
"""
from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
SOFTWARE = "govcases/0.1 (warcio)"
SOURCE_HEADER = "WARC-Govcases-Source"  # the registry slug of the source a crawl fetched a page for
SHA256_HEADER = "WARC-Govcases-Payload-SHA256"


@dataclass
class Snapshot:
    file: str  # path relative to the WARC directory
    offset: int
    sha256: str
    date: str  # WARC-Date of the record holding the payload


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def warc_date(moment: datetime | None = None) -> str:
    return (moment or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")


class WarcStore:
    """Appends request/response (or revisit) records to rotating WARC files in ``directory``."""

    def __init__(self, directory: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, prefix: str = "govcases"):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.prefix = prefix
        self.fh = None
        self.writer = None
        self.path: Path | None = None
        self.counter = 0

    def _open(self) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        while True:
            self.counter += 1
            path = self.directory / f"{self.prefix}-{stamp}-{os.getpid()}-{self.counter:05d}.warc.gz"
            if not path.exists():
                break
        self.path = path
        self.fh = path.open("ab")
        self.writer = WARCWriter(self.fh, gzip=True)
        info = self.writer.create_warcinfo_record(path.name, {"software": SOFTWARE, "format": "WARC File Format 1.0"})
        self.writer.write_record(info)
        self.fh.flush()

    def _ready(self) -> None:
        if self.writer is None or self.fh.tell() >= self.max_bytes:
            self.close()
            self._open()

    def write_exchange(self, url: str, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
                       request_headers: list[tuple[str, str]], method: str = "GET",
                       source: str | None = None) -> Snapshot:
        """Request and response records; returns where the response record is. ``source`` (a
        registry slug) is the source the crawl fetched the page for, read again by reparse."""
        self._ready()
        digest = sha256_hex(body)
        date = warc_date()
        http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": date, SHA256_HEADER: digest}
        if source:
            warc_headers[SOURCE_HEADER] = source
        response = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict=warc_headers,
        )
        path = _request_path(url)
        request = self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), length=0,
            http_headers=StatusAndHeaders(f"{method} {path} HTTP/1.1", request_headers, is_http_request=True),
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
        )
        offset = self.fh.tell()
        self.writer.write_record(response)
        self.writer.write_record(request)
        self.fh.flush()
        return Snapshot(self.path.name, offset, digest, date)

    def write_revisit(self, url: str, status: int, reason: str, headers: list[tuple[str, str]],
                      original: Snapshot, original_url: str, not_modified: bool = False) -> str:
        """An unchanged payload (or a 304 Not Modified): a revisit record that points at the original.

        Returns the record's WARC-Date."""
        self._ready()
        date = warc_date()
        http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(
            url, digest=f"sha256:{original.sha256}", refers_to_uri=original_url, refers_to_date=original.date,
            http_headers=http, warc_headers_dict={SHA256_HEADER: original.sha256, "WARC-Date": date},
        )
        if not_modified:
            record.rec_headers.replace_header("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
        self.writer.write_record(record)
        self.fh.flush()
        return date

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
        self.fh = self.writer = None


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


def repair(path: Path) -> int | None:
    """Cut a WARC file back to its last whole record (a crash can leave half a record).

    Returns the number of bytes removed, or None when the file was whole.
    """
    good_end = 0
    try:
        with path.open("rb") as fh:
            iterator = ArchiveIterator(fh)
            for record in iterator:
                record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0):
                    raise EOFError("record cut short")
                good_end = iterator.get_record_offset() + iterator.get_record_length()
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, Exception):  # noqa: BLE001 - any damage means cut
        size = path.stat().st_size
        with path.open("r+b") as fh:
            fh.truncate(good_end)
        return size - good_end
    size = path.stat().st_size
    if good_end < size and good_end > 0:
        # trailing garbage after the last record
        with path.open("r+b") as fh:
            fh.truncate(good_end)
        return size - good_end
    return None


def read_payload(path: Path, offset: int) -> tuple[dict, bytes]:
    """(http headers dict with 'status', decoded payload) of the response record at ``offset``."""
    with path.open("rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)))
        headers = {k.lower(): v for k, v in record.http_headers.headers} if record.http_headers else {}
        headers["status"] = record.http_headers.get_statuscode() if record.http_headers else None
        return headers, record.content_stream().read()


def iter_responses(path: Path):
    """(url, status, headers, payload, offset, record type, sha256, date) for response and revisit records."""
    with path.open("rb") as fh:
        iterator = ArchiveIterator(fh)
        for record in iterator:
            if record.rec_type not in ("response", "revisit"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            headers = {k.lower(): v for k, v in record.http_headers.headers} if record.http_headers else {}
            status = int(record.http_headers.get_statuscode()) if record.http_headers else None
            payload = record.content_stream().read() if record.rec_type == "response" else b""
            yield {
                "url": url, "status": status, "headers": headers, "payload": payload,
                "offset": iterator.get_record_offset(), "type": record.rec_type,
                "sha256": record.rec_headers.get_header(SHA256_HEADER) or sha256_hex(payload),
                "date": record.rec_headers.get_header("WARC-Date"),
                "source": record.rec_headers.get_header(SOURCE_HEADER),
            }
