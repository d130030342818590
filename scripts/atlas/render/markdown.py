"""Data text made safe for Markdown, for HTML attributes and for front matter, with Chinese marked.

Markdown has no autoescape: every template prints text that went through one of these first.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from typing import Any

_SPECIAL = re.compile(r"[\\`*_{}\[\]<>&|~^#]")
_BLOCK_START = re.compile(r"^(?:[+\-=>!?:]|\d+(?=[.)]))")
"""Characters that start a block (list, quote, admonition `!!!`, details `???`) at a line start."""
_HAN = re.compile(
    r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
    r"(?:[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\s\d]*"
    r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])?"
)


def escape(text: str) -> str:
    """Make data text inert in Markdown and HTML, and mark Chinese runs with lang="zh".

    Why numeric character references: they are never interpreted by Python-Markdown or its
    extensions, survive tables and headings, and display as the original characters.
    Whitespace (including newlines) collapses to single spaces so text cannot start a new block.
    """
    flat = " ".join(str(text).split())
    escaped = _SPECIAL.sub(lambda match: f"&#{ord(match.group())};", flat)
    escaped = _BLOCK_START.sub(_escape_block_start, escaped)
    return mark_chinese(escaped)


def mark_chinese(markup: str) -> str:
    """Wrap each run of Chinese in `<span lang="zh">`, so screen readers and fonts handle it.

    `markup` is HTML text with no tags (escaped text); the page's language stays English.
    """
    return _HAN.sub(lambda match: f'<span lang="zh">{match.group()}</span>', markup)


def _escape_block_start(match: re.Match[str]) -> str:
    token = match.group()
    if token.isdigit():
        return token[:-1] + f"&#{ord(token[-1])};"
    return f"&#{ord(token)};"


def plain(text: str) -> str:
    """Text for places the theme copies into HTML unescaped (front matter title, description).

    One line, with `& < > "` as entities so they display as themselves.
    """
    return html.escape(" ".join(str(text).split()), quote=True)


def cell(text: str) -> str:
    """Already-escaped Markdown made safe for a table cell (no pipes, no line breaks)."""
    return text.replace("|", "&#124;").replace("\n", " ")


escaped = lru_cache(maxsize=1 << 16)(escape)
"""`escape`, for names linked from many pages: each is escaped once."""

_ATTRIBUTE_UNSAFE = str.maketrans(
    {"[": "(", "]": ")", "{": "(", "}": ")", **dict.fromkeys('"`*_\\<>|~^#', None)}
)


def attribute(text: str) -> str:
    """Text safe inside a double-quoted attr_list value (a tooltip).

    Why: Markdown's inline patterns run over the attribute text before attr_list reads it, so
    anything that could form a link or emphasis is replaced or dropped.
    """
    return " ".join(text.translate(_ATTRIBUTE_UNSAFE).split())


_HTML_SENSITIVE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def front_json(value: Any) -> str:
    """A front-matter value as JSON (valid YAML) with `< > &` as escapes, so no markup survives.

    YAML reads the escapes back as the characters; the theme escapes them again on output.
    """
    return json.dumps(value, ensure_ascii=False, sort_keys=True).translate(_HTML_SENSITIVE)


LONG_NOTE = 60
"""Characters past which a note folds away (see `note`)."""


def note(text: str) -> str:
    """A note after a value (already-escaped Markdown): ` — text` when short.

    A long one folds into a "note" toggle (`<details>`), so a table row keeps to a line or two on
    a phone and the note opens under the value.
    """
    if len(text) <= LONG_NOTE:
        return f" — {text}"
    return f' <details class="atlas-note"><summary>note</summary>{text}</details>'
