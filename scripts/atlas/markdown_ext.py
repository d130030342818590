"""A Python-Markdown extension that lets md_in_html keep a table's `<caption>` inside the table.

Why: Python-Markdown does not count `<caption>` as a block element, so inside a
`<table markdown="1">` it wraps the caption in a `<p>`, which is invalid HTML and leaves an empty
paragraph before the infobox.
"""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown


class CaptionExtension(Extension):
    """Registers `caption` as a block-level element."""

    def extendMarkdown(self, md: Markdown) -> None:
        """Add `caption` to this Markdown instance's block-level elements."""
        if "caption" not in md.block_level_elements:
            md.block_level_elements.append("caption")


def makeExtension(**kwargs: Any) -> CaptionExtension:
    """Entry point Python-Markdown looks for when `mkdocs.yml` names this module."""
    return CaptionExtension(**kwargs)
