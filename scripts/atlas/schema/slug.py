"""The one way a name becomes a slug: an entry's id, a tag's page, a guess at a mistyped id."""

from __future__ import annotations

import re
import unicodedata

MAX_ID_LENGTH = 80
"""Longest id (and so file name and URL segment) an entry may have."""


def slugify(text: str, limit: int | None = None) -> str:
    """'Zhipu AI (智谱)' -> 'zhipu-ai': lowercase ASCII words joined by hyphens; accents dropped.

    Text without Latin letters or digits gives an empty string. With `limit`, the slug is cut to
    at most that many characters, never ending in a hyphen.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") if limit else slug
