"""`govcases eval`: score extraction against a truth file, beside trafilatura.

Scoring follows ../shared/corpus/README.md: body = F1 over character bigrams of the
whitespace-stripped texts (multiset), title exact, published same day (and minute when
the truth has one), author as a set of names, must_include / must_exclude substrings,
links (list pages) as precision / recall / F1 over absolute URLs.
"""
from __future__ import annotations

import hashlib
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

WS = re.compile(r"\s+")
AUTHOR_SPLIT = re.compile(r"[,，、;；/\s]+")
LEADING_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?")


def strip_ws(s: str | None) -> str:
    return WS.sub("", s or "")


def bigrams(s: str) -> Counter:
    s = strip_ws(s)
    return Counter(s[i : i + 2] for i in range(len(s) - 1))


def body_f1(pred: str | None, truth: str) -> float:
    p, t = bigrams(pred or ""), bigrams(truth)
    common = sum((p & t).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def empty(value) -> bool:
    return value is None or value == "" or value == []


def title_ok(pred, truth) -> bool:
    if truth is None:
        return empty(pred)
    return strip_ws(pred) == strip_ws(truth)


def published_day_ok(pred, truth) -> bool:
    if truth is None:
        return empty(pred)
    m = LEADING_TIME.match(pred or "")
    return bool(m) and m.group(1) == truth[:10]


def published_ok(pred, truth) -> bool:
    if truth is None:
        return empty(pred)
    m = LEADING_TIME.match(pred or "")
    if not m:
        return False
    t = LEADING_TIME.match(truth)
    if m.group(1) != t.group(1):
        return False
    return t.group(2) is None or m.group(2) == t.group(2)


def author_set(value) -> set[str]:
    if empty(value):
        return set()
    items = value if isinstance(value, list) else AUTHOR_SPLIT.split(value)
    return {strip_ws(x) for x in items if strip_ws(x)}


def author_ok(pred, truth) -> bool:
    if truth is None:
        return empty(pred)
    return author_set(pred) == author_set(truth)


def links_prf(pred: list[str], truth: list[str]) -> tuple[float, float, float]:
    p, t = set(pred), set(truth)
    hit = len(p & t)
    precision = hit / len(p) if p else 0.0
    recall = hit / len(t) if t else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hit else 0.0
    return precision, recall, f1


def _ours(raw: bytes, url: str | None, parse=None) -> dict:
    """Decoding and full extraction, timed together (trafilatura is handed the decoded page)."""
    from crawler.sites import parse_page

    page = parse_page(url, raw) if parse is None else parse(raw, url)
    article = page.article or {}
    return {
        "article": article,
        "title": article.get("title"),
        "published": article.get("published_at"),
        "author": article.get("authors") if article.get("authors") is not None else article.get("author"),
        "source": article.get("source"),
        "body": article.get("text"),
    }


def _trafilatura_metadata(html: str, url: str | None) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    doc = doc.as_dict() if hasattr(doc, "as_dict") else doc
    return {"title": doc.get("title"), "published": doc.get("date"), "author": doc.get("author"), "source": doc.get("sitename")}


GB_FAMILY = {"gb2312", "gbk", "gb18030"}


def _same_encoding(ours: str | None, truth: str | None) -> bool:
    """GB2312, GBK and GB18030 name one family: we decode all three as GB18030, their superset."""
    ours, truth = (ours or "").lower(), (truth or "").lower()
    return ours == truth or (ours in GB_FAMILY and truth in GB_FAMILY)


def _timed(fn, *args, repeat: int) -> tuple[object, float]:
    best = []
    result = None
    from crawler.parsers.cases import clear_caches

    for _ in range(repeat):
        clear_caches()  # every repeat cold: a crawl meets each page once
        start = time.perf_counter()
        result = fn(*args)
        best.append(time.perf_counter() - start)
    return result, statistics.median(best) * 1000


def evaluate(truth_path: Path, repeat: int = 3, compare: bool = True, first: int | None = None,
             compare_metadata: bool = True, time_cases: bool = True, reference: dict | None = None,
             parse=None) -> dict:
    """Score every page of a truth file (or its ``first`` pages); returns per-page rows and summaries.
    ``compare_metadata=False`` runs trafilatura's ``extract`` (its body) but not ``bare_extraction``
    (its title, date, author and site name, which then score as missing). ``time_cases=False``
    skips timing case detection on its own. ``reference`` keeps trafilatura's scores by
    ``reference_key`` (its version, the page's bytes, the page's truth: the same three give the same
    scores), so only what was not scored before is extracted again; its times are then not
    measured. Only with ``compare_metadata=False``: a kept score is of the body alone. ``parse``
    (bytes, url → ``Page``) stands in for ``crawler.sites.parse_page`` where a caller keeps what it
    read (a test reading the same pages again): it must be ``parse_page`` or a cache of it."""
    from crawler.parsers.cases import extract_cases
    from crawler.parsers.html import decode_html
    from crawler.parsers.listing import extract_links

    base = truth_path.parent
    pages = [json.loads(line) for line in truth_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = pages[:first] if first else pages
    rows = []
    for page in pages:
        raw = (base / page["file"]).read_bytes()
        html, encoding = decode_html(raw)
        row = {"id": page["id"], "kind": page["kind"], "encoding_ok": _same_encoding(encoding, page["encoding"])}
        if page["kind"] == "list":
            links = extract_links(html, page.get("url"))
            row["links"] = links_prf(links, page.get("links") or [])
            rows.append(row)
            continue
        ours, ms = _timed(_ours, raw, page.get("url"), parse, repeat=repeat)
        row["ms"] = ms
        article = ours.pop("article")
        if time_cases:
            _, row["cases_ms"] = _timed(extract_cases, article.get("text") or "", article.get("title"),
                                        article.get("published_at"), article.get("site_name"), repeat=repeat)
        row["ours"] = ours
        needles = strip_ws(ours["body"])
        row["must_include"] = [strip_ws(n) in needles for n in page.get("must_include") or []]
        row["must_exclude"] = [strip_ws(n) in needles for n in page.get("must_exclude") or []]
        row["scores"] = _score(ours, page)
        if compare:
            import trafilatura

            key = reference_key(trafilatura.__version__, raw, page)
            if reference is not None and not compare_metadata and key in reference:
                row["trafilatura_ms"], row["trafilatura_scores"] = None, reference[key]
            else:
                body, tms = _timed(lambda h, u: trafilatura.extract(h, url=u), html, page.get("url"), repeat=repeat)
                theirs = {**(_trafilatura_metadata(html, page.get("url")) if compare_metadata else {}), "body": body}
                row["trafilatura_ms"] = tms
                row["trafilatura"] = theirs
                row["trafilatura_scores"] = _score(theirs, page)
                if reference is not None and not compare_metadata:
                    reference[key] = row["trafilatura_scores"]
        rows.append(row)
    return {"rows": rows, "summary": summarise(rows, pages)}


def reference_key(version: str, raw: bytes, page: dict) -> str:
    """What trafilatura's scores on a page depend on: its version, the page's bytes, the truth."""
    truth = json.dumps(page, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return f"{version}:{hashlib.sha256(raw).hexdigest()[:16]}:{hashlib.sha256(truth).hexdigest()[:16]}"


def _score(pred: dict, page: dict) -> dict:
    scores = {
        "title": title_ok(pred.get("title"), page.get("title")),
        "published": published_ok(pred.get("published"), page.get("published")),
        "published_day": published_day_ok(pred.get("published"), page.get("published")),
        "author": author_ok(pred.get("author"), page.get("author")),
        "source": strip_ws(pred.get("source")) == strip_ws(page.get("source")) if page.get("source") else empty(pred.get("source")),
    }
    if page.get("body"):
        scores["body"] = body_f1(pred.get("body"), page["body"])
    return scores


def summarise(rows: list[dict], pages: list[dict]) -> dict:
    articles = [r for r in rows if r["kind"] == "article"]
    truth = {p["id"]: p for p in pages}

    def mean(values):
        values = list(values)
        return sum(values) / len(values) if values else None

    out = {}
    for who, key in (("govcases", "scores"), ("trafilatura", "trafilatura_scores")):
        scored = [r for r in articles if key in r]
        if not scored:
            continue
        out[who] = {
            "body_f1": mean(r[key]["body"] for r in scored if "body" in r[key]),
            "title": mean(r[key]["title"] for r in scored),
            "published_day": mean(r[key]["published_day"] for r in scored),
            "published_minute": mean(r[key]["published"] for r in scored),
            "author_where_truth_has_one": mean(r[key]["author"] for r in scored if truth[r["id"]].get("author")),
            "author_all": mean(r[key]["author"] for r in scored),
            "source": mean(r[key]["source"] for r in scored),
        }
    out["govcases"]["must_include"] = mean(x for r in articles for x in r["must_include"])
    out["govcases"]["must_exclude_present"] = sum(x for r in articles for x in r["must_exclude"])
    out["govcases"]["median_ms"] = statistics.median(r["ms"] for r in articles)
    out["govcases"]["mean_ms"] = statistics.fmean(r["ms"] for r in articles)
    if all("cases_ms" in r for r in articles):
        out["govcases"]["cases_median_ms"] = statistics.median(r["cases_ms"] for r in articles)
    out["govcases"]["encoding"] = mean(r["encoding_ok"] for r in rows)
    if "trafilatura" in out and all(r.get("trafilatura_ms") is not None for r in articles):
        out["trafilatura"]["median_ms"] = statistics.median(r["trafilatura_ms"] for r in articles)
        out["trafilatura"]["mean_ms"] = statistics.fmean(r["trafilatura_ms"] for r in articles)
        out["speed_ratio"] = out["govcases"]["median_ms"] / out["trafilatura"]["median_ms"]
        out["mean_speed_ratio"] = out["govcases"]["mean_ms"] / out["trafilatura"]["mean_ms"]
    lists = [r for r in rows if r["kind"] == "list"]
    if lists:
        out["links"] = {
            "precision": mean(r["links"][0] for r in lists),
            "recall": mean(r["links"][1] for r in lists),
            "f1": mean(r["links"][2] for r in lists),
        }
    out["pages"] = {"articles": len(articles), "lists": len(lists)}
    return out


def format_report(result: dict, verbose: bool = False) -> str:
    s = result["summary"]
    lines = []
    if verbose:
        lines.append(f"{'page':<26} {'body':>6} {'trf':>6} title date author  ms    trf_ms  notes")
        for r in result["rows"]:
            if r["kind"] == "list":
                p, rc, f = r["links"]
                lines.append(f"{r['id']:<26} links P={p:.2f} R={rc:.2f} F1={f:.2f}")
                continue
            sc, tsc = r["scores"], r.get("trafilatura_scores", {})
            notes = []
            if not all(r["must_include"]):
                notes.append(f"missing {r['must_include'].count(False)} must_include")
            if any(r["must_exclude"]):
                notes.append(f"{sum(r['must_exclude'])} must_exclude present")
            if not sc["author"]:
                notes.append(f"author={r['ours']['author']!r}")
            if not sc["published"]:
                notes.append(f"published={r['ours']['published']!r}")
            if not sc["title"]:
                notes.append(f"title={r['ours']['title']!r}")
            body = f"{sc['body']:.3f}" if "body" in sc else "  -  "
            tbody = f"{tsc['body']:.3f}" if "body" in tsc else "  -  "
            lines.append(
                f"{r['id']:<26} {body:>6} {tbody:>6} {'ok' if sc['title'] else 'NO':>5} {'ok' if sc['published'] else 'NO':>4} "
                f"{'ok' if sc['author'] else 'NO':>6} {r['ms']:5.1f} {r.get('trafilatura_ms', 0):7.1f}  {'; '.join(notes)}"
            )
        lines.append("")
    lines.append(f"pages: {s['pages']['articles']} articles, {s['pages']['lists']} lists")
    header = f"{'metric':<28} {'govcases':>10} {'trafilatura':>12}"
    lines.append(header)
    lines.append("-" * len(header))
    names = [("body F1 (mean)", "body_f1"), ("title exact", "title"), ("published day", "published_day"),
             ("published (minute if shown)", "published_minute"),
             ("author (truth has one)", "author_where_truth_has_one"), ("author (all pages)", "author_all"),
             ("source (informational)", "source"), ("median ms per page", "median_ms"), ("mean ms per page", "mean_ms")]
    for label, key in names:
        ours = s["govcases"].get(key)
        theirs = s.get("trafilatura", {}).get(key)
        fmt = (lambda v: "-" if v is None else f"{v:.1f}") if key.endswith("_ms") else (lambda v: "-" if v is None else f"{v:.3f}")
        lines.append(f"{label:<28} {fmt(ours):>10} {fmt(theirs):>12}")
    lines.append(f"{'case extraction median ms':<28} {s['govcases']['cases_median_ms']:>10.2f}   (on top of the above)")
    lines.append(f"{'must_include present':<28} {s['govcases']['must_include']:>10.3f}")
    lines.append(f"{'must_exclude present (count)':<28} {s['govcases']['must_exclude_present']:>10d}")
    lines.append(f"{'encoding right':<28} {s['govcases']['encoding']:>10.3f}")
    if "speed_ratio" in s:
        lines.append(f"{'speed ratio (median govcases full extraction / trafilatura extract)':<28} {s['speed_ratio']:.2f}")
        lines.append(f"{'speed ratio (mean, govcases decoding + full extraction / trafilatura extract)':<28} "
                     f"{s['mean_speed_ratio']:.2f}")
    if "links" in s:
        lk = s["links"]
        lines.append(f"list links: precision {lk['precision']:.3f}, recall {lk['recall']:.3f}, F1 {lk['f1']:.3f}")
    return "\n".join(lines)


# --- cases -------------------------------------------------------------------------


def _same_category(expected: str | None, found: str | None) -> bool:
    """Categories compare without numbering, brackets, colons and spaces (一、省级网站 = 【省级网站】)."""
    from crawler.parsers.identity import normalise_name

    def norm(value):
        value = re.sub(r"^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])", "", value or "")
        return normalise_name(re.sub(r"[【】\[\]：:]", "", value))
    return norm(expected) == norm(found)


def evaluate_cases(truth_path: Path, timed: bool = True) -> dict:
    """Score case extraction on pages whose expected cases are listed in a truth JSON.

    The truth maps each page file (relative to the truth file) to ``{"shape", "cases": [{"name",
    "agency", "province", "date"}]}``; a case may also give ``category`` (scored on pages where any
    expected case has one) and ``rank`` (reported, not a target). A found case is matched to an
    expected one by normalised name, one to one (a name expected twice must be found twice); its agency, province and dates are then compared (date: the
    expected value must be among the case's dates, or the case must have none when the truth has none).
    The cases scored are the page path's own; ``timed`` runs case extraction once more on the
    page's text, cold, to report its cost (the tests, which only read the scores, leave it off).
    """
    from crawler.parsers.cases import clear_caches, extract_cases, normalise_name
    from crawler.sites import CASES_FAILED, parse_page

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    rows = []
    for name, page in truth.items():
        # the crawl's own page path: a case list it classifies as a list of links is lost here too
        parsed = parse_page(None, (truth_path.parent / name).read_bytes())
        article = parsed.article or {}
        found = parsed.cases
        elapsed = 0.0
        if timed:
            clear_caches()  # timed cold, as a crawl meets the page
            start = time.perf_counter()
            extract_cases(article.get("text") or "", article.get("title"), article.get("published_at"),
                          article.get("site_name"))
            elapsed = (time.perf_counter() - start) * 1000
        by_name: dict[str, list] = {}
        for c in found:
            by_name.setdefault(normalise_name(c["name"]), []).append(c)

        used: set[int] = set()

        def match(e):
            # one to one: a found case stands for one expected case (a name on two lists of a page
            # must be found twice); a name under two categories pairs with the entry of its own
            same = [c for c in by_name.get(normalise_name(e["name"]), []) if id(c) not in used]
            found_case = next((c for c in same if _same_category(e.get("category"), c.get("category"))),
                              same[0] if same else None)
            if found_case is not None:
                used.add(id(found_case))
            return found_case

        expected = page["cases"]
        # entries with a category first, so that a category-less entry never takes another's match
        order = sorted(range(len(expected)), key=lambda i: not expected[i].get("category"))
        paired = {i: match(expected[i]) for i in order}
        matched = [(e, paired[i]) for i, e in enumerate(expected)]
        hits = [(e, c) for e, c in matched if c]
        categorised = any(e.get("category") for e in expected)
        ranked = [(e, c) for e, c in hits if "rank" in e]
        rows.append({
            "page": name, "shape": page["shape"], "expected": len(expected), "found": len(found),
            "matched": len(hits),
            "found_matched": len(used),  # a case found twice is one right and one extra
            "agency": sum(normalise_name(e["agency"] or "") == normalise_name(c["agency"] or "") for e, c in hits),
            "province": sum(e["province"] == c["province"] for e, c in hits),
            "dates": sum((e["date"] in [d["value"] for d in c["dates"]]) if e["date"] else not c["dates"] for e, c in hits),
            "categorised": len(hits) if categorised else 0,
            "category": sum(_same_category(e.get("category"), c.get("category")) for e, c in hits) if categorised else 0,
            "ranked": len(ranked),
            "rank": sum(e["rank"] == c.get("rank") for e, c in ranked),
            "missed": [e["name"] for e, c in matched if not c],
            "extra": [c["name"] for c in found if normalise_name(c["name"]) not in {normalise_name(e["name"]) for e in expected}],
            "ms": elapsed,
            # a fault in case extraction (the page keeps its article, its cases are lost): shown, and failed
            "failed": [e for e in parsed.errors if e.startswith(CASES_FAILED)],
        })
    keys = ("expected", "found", "matched", "found_matched", "agency", "province", "dates", "categorised", "category", "ranked", "rank")
    total = {k: sum(r[k] for r in rows) for k in keys}
    total["recall"] = total["matched"] / total["expected"] if total["expected"] else 1.0
    total["precision"] = total["found_matched"] / total["found"] if total["found"] else 1.0
    for k in ("agency", "province", "dates"):
        total[f"{k}_right"] = total[k] / total["matched"] if total["matched"] else 1.0
    total["category_right"] = total["category"] / total["categorised"] if total["categorised"] else None
    total["rank_right"] = total["rank"] / total["ranked"] if total["ranked"] else None
    total["median_ms"] = statistics.median(r["ms"] for r in rows) if rows else 0.0
    total["failed_pages"] = sum(bool(r["failed"]) for r in rows)
    return {"rows": rows, "total": total}


def format_cases_report(result: dict, verbose: bool = False) -> str:
    head = (f"{'page':<22} {'shape':<24} {'expected':>8} {'found':>6} {'matched':>7} {'agency':>6} "
            f"{'province':>8} {'dates':>6} {'category':>8}")
    lines = [head]
    for r in result["rows"]:
        category = f"{r['category']}/{r['categorised']}" if r["categorised"] else "-"
        lines.append(f"{r['page']:<22} {r['shape'][:24]:<24} {r['expected']:>8} {r['found']:>6} {r['matched']:>7} "
                     f"{r['agency']:>6} {r['province']:>8} {r['dates']:>6} {category:>8}")
        if verbose:
            lines += [f"    missed: {n}" for n in r["missed"]] + [f"    extra:  {n}" for n in r["extra"]]
    t = result["total"]
    category = f"{t['category']}/{t['categorised']}" if t["categorised"] else "-"
    lines.append(f"{'total':<22} {'':<24} {t['expected']:>8} {t['found']:>6} {t['matched']:>7} {t['agency']:>6} "
                 f"{t['province']:>8} {t['dates']:>6} {category:>8}")
    extra = ""
    if t["category_right"] is not None:
        extra += f"  category right {t['category_right']:.3f}"
    if t["rank_right"] is not None:
        extra += f"  rank right {t['rank_right']:.3f} (informational)"
    lines.append(f"recall {t['recall']:.3f}  precision {t['precision']:.3f}  agency right {t['agency_right']:.3f}  "
                 f"province right {t['province_right']:.3f}  dates right {t['dates_right']:.3f}{extra}  "
                 f"median case extraction {t['median_ms']:.2f} ms/page")
    lines += [f"{r['page']}: {error}" for r in result["rows"] for error in r["failed"]]
    return "\n".join(lines)
