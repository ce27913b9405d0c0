"""Article pages to article dicts: the generic extractor, for any page a source's own parser
does not read (site parsers live with their source in ``crawler/sites``)."""
from __future__ import annotations

ARTICLE_FIELDS = (
    "url", "title", "author", "authors", "source", "published_at", "published_precision",
    "summary", "channel", "section_path", "text", "parser", "site_name",
)


def make_article(parser: str, url: str | None, title: str | None, lines: list[str], *,
                 authors: list[str] | None = None, source: str | None = None,
                 published: tuple[str | None, str | None] = (None, None), summary: str | None = None,
                 section_path: list[str] | None = None, site_name: str | None = None) -> dict:
    """An article dict with every field of ARTICLE_FIELDS, the way every site parser fills it:
    ``author`` is the authors joined by 、, ``channel`` the last step of the section path."""
    section_path = list(section_path or [])
    return {
        "url": url, "title": title, "author": "、".join(authors) if authors else None, "authors": authors or None,
        "source": source or None, "published_at": published[0], "published_precision": published[1],
        "summary": summary or None, "channel": section_path[-1] if section_path else None,
        "section_path": section_path, "text": "\n".join(lines), "parser": parser,
        "site_name": site_name,  # the publisher: where bodies named relatively (区环保局) are
    }
