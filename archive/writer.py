"""The archive's one writer in a process of its own, for crawls.

A crawl's reactor thread fetches, writes WARC records and hands items on; storing a batch of
items (SQLite inserts, the search index's triggers) is the biggest share of what is left of a
page's cost there. ``serve`` is the child's loop: frames ``(batch, run_id, items)`` in, each
stored by ``Archive.store_items`` in one transaction, as in the crawl's own process, and
``(batch, True, counts)`` or ``(batch, False, reason)`` out, in order. It is still the only
writer of the articles: the crawl's process writes only its run's row, before the child starts
and after it has ended.

Nothing is lost or half-stored: a batch is one transaction, so a writer killed at any moment
(with the crawl: ``PR_SET_PDEATHSIG``) leaves the archive as it was before that batch; a batch
that fails (a full disk) is rolled back and reported, and the crawl ends as it did before.
"""
from __future__ import annotations

from pathlib import Path

from crawler.sites.pool import recv_frame, send_frame

from .db import Archive


def serve(sock, db_path: str) -> None:
    from .rebuild import describe_os_error

    archive = None
    try:
        while True:
            request = recv_frame(sock)
            if request is None:
                return
            batch, run_id, items = request
            try:
                if archive is None:
                    archive = Archive(db_path, create=False)
                counts = archive.store_items(items, run_id)
            except Exception as exc:  # noqa: BLE001 - reported; the crawl fails saying why
                send_frame(sock, batch, False, (describe_os_error(exc, Path(db_path)), f"{exc.__class__.__name__}: {exc}"))
            else:
                send_frame(sock, batch, True, counts)
    finally:
        if archive is not None:
            archive.close()
