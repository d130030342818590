"""Characters that data text must not hold: invisible controls that could hide or disguise text."""

from __future__ import annotations

import re
import unicodedata

FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
"""C0 and C1 controls (except tab, newline, carriage return), bidirectional overrides and
isolates (they can make text display differently from what it says), and lone surrogates
(half a character, which cannot be written as UTF-8)."""


def forbidden_character(text: str) -> str | None:
    """The first forbidden character in `text`, described for a message, or None.

    E.g. 'U+001B (an invisible control character)' or 'U+D800 (half of a character)'.
    """
    match = FORBIDDEN.search(text)
    if match is None:
        return None
    char = match.group()
    code = f"U+{ord(char):04X}"
    if "\ud800" <= char <= "\udfff":
        return f"{code} (half of a character, as left by a broken \\u escape)"
    name = unicodedata.name(char, "")
    return (
        f"{code} {name} (an invisible control character)"
        if name
        else (f"{code} (an invisible control character)")
    )
