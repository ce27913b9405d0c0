"""`govcases jobs`: the crawl jobs of a Scrapyd server, with how each one really ended.

Scrapyd's ``listjobs.json`` calls every job that has ended "finished", whether the crawl worked,
failed, could not start or died (and Scrapyd 1.6 with setuptools 81 or newer ends every job at
once, with no log). So each ended job's log is read for the line ``govcases outcome: …`` that
``crawler.extensions.RunOutcome`` writes last; a job whose log lacks it, or that has no log,
failed.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

OUTCOME = "govcases outcome:"  # the last line of a crawl's log (crawler.extensions.RunOutcome)


class ScrapydError(Exception):
    pass


def _get(url: str, timeout: float = 10) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return b""
        raise ScrapydError(f"{url}: HTTP {exc.code}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise ScrapydError(f"cannot reach Scrapyd at {url}: {getattr(exc, 'reason', exc)}") from exc


def outcome(log: str) -> tuple[str, str]:
    """(status, detail) of a job from its log text."""
    if not log.strip():
        return "failed", "no log (the job did not start; Scrapyd's environment needs setuptools<81)"
    lines = [line for line in log.splitlines() if OUTCOME in line]
    if not lines:
        errors = [line for line in log.splitlines() if "Error" in line or "ERROR" in line]
        return "failed", "ended without an outcome" + (f": {errors[-1].strip()[-200:]}" if errors else "")
    said = lines[-1].split(OUTCOME, 1)[1].strip()
    if said.startswith("finished"):
        return "finished", said[len("finished"):].strip(" ()") or ""
    return "failed", said[len("failed:"):].strip() if said.startswith("failed:") else said


def jobs(base_url: str, project: str) -> list[dict]:
    base = base_url.rstrip("/") + "/"
    listing = json.loads(_get(base + "listjobs.json?" + urllib.parse.urlencode({"project": project})) or b"{}")
    if listing.get("status") != "ok":
        raise ScrapydError(f"Scrapyd answered: {listing.get('message') or listing}")
    out = []
    for state in ("pending", "running", "finished"):
        for job in listing.get(state, []):
            row = {"id": job["id"], "spider": job.get("spider"), "state": state, "detail": "",
                   "start_time": job.get("start_time"), "end_time": job.get("end_time")}
            if state == "finished":
                log_url = job.get("log_url") or f"logs/{project}/{job.get('spider')}/{job['id']}.log"
                text = _get(urllib.parse.urljoin(base, log_url)).decode("utf-8", "replace")
                row["state"], row["detail"] = outcome(text)
            out.append(row)
    return out
