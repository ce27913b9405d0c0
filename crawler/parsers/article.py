"""Article pages to article dicts: the generic extractor, for any page a source's own parser
does not read (site parsers live with their source in ``crawler/sites``)."""
from __future__ import annotations

ARTICLE_FIELDS = (
    "url", "title", "author", "authors", "source", "published_at", "published_precision",
    "summary", "channel", "section_path", "text", "parser",
)
