"""Helpers to write inline SVG: elements that escape what they hold, text measuring and fitting.

An element escapes its text and attribute values unless they are already markup (`Markup`,
such as another element), so data cannot reach a drawing unescaped.

Colours are never written here: elements carry classes, and the site's stylesheet colours them
from the theme's palette variables, so one drawing reads in the light and the dark palette.
"""

from __future__ import annotations

import html
import unicodedata
from decimal import Decimal
from functools import cache, lru_cache

from markupsafe import Markup

from ..environment import render_fragment

FONT_SIZE = 12
"""Pixels; labels are laid out for this size."""
MARGIN = 3
"""Pixels around a drawing, so strokes on its edges are not cut off."""


def escape(text: object) -> Markup:
    """Text or attribute value safe inside SVG embedded in HTML; markup is left as it is."""
    if isinstance(text, Markup):
        return text
    return _escape_text(text if type(text) is str else str(text))


@lru_cache(maxsize=1 << 14)
def _escape_text(text: str) -> Markup:
    # Class names, labels and links repeat across the drawings of a large atlas.
    return Markup(html.escape(" ".join(text.split()), quote=True))


@lru_cache(maxsize=1 << 16)
def number(value: float | int | Decimal) -> str:
    """A coordinate with at most one decimal, without a trailing '.0' (stable across runs)."""
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


_NUMBERS = frozenset({float, int, Decimal})
"""Types written as coordinates (`bool`, a subclass of int, is not one of them)."""


def attributes(**values: object) -> str:
    """` name="value"` pairs in the given order; None values are left out, `_` becomes `-`."""
    return _attributes(values)


def _attributes(values: dict[str, object]) -> str:
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        kind = type(value)
        if kind in _NUMBERS:  # a coordinate is digits, '-' and '.': nothing to escape
            text = number(value)  # type: ignore[arg-type]
        elif kind is str:
            text = _escape_text(value)  # type: ignore[arg-type]
        else:
            text = escape(value)
        parts.append(f' {_attribute_name(name)}="{text}"')
    return "".join(parts)


@cache
def _attribute_name(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def _markup(text: str) -> Markup:
    """`Markup(text)` for a plain `str`, without the checks `Markup()` makes for other objects.

    Why: the drawings of a large atlas make hundreds of thousands of elements.
    """
    return str.__new__(Markup, text)


def element(tag: str, *content: object, **values: object) -> Markup:
    """`<tag attributes>content</tag>`, or self-closing when there is no content.

    Text in `content` is escaped; elements (and other `Markup`) are kept as they are.
    """
    inner = "".join(map(escape, content))
    if inner:
        return _markup(f"<{tag}{_attributes(values)}>{inner}</{tag}>")
    return _markup(f"<{tag}{_attributes(values)}/>")


@cache
def char_width(char: str) -> float:
    """Approximate advance of a character, in ems (wide East Asian characters are 1 em)."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    if char in "il.,:;'|!":
        return 0.3
    if char.isupper() or char in "mwMW":
        return 0.68
    return 0.55


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Approximate rendered width of `text` in pixels at font size `size`."""
    return sum(char_width(char) for char in text) * size


@lru_cache(maxsize=1 << 14)
def fit(text: str, width: float, size: float = FONT_SIZE) -> str:
    """`text`, shortened with an ellipsis so that it fits in `width` pixels.

    Cached: a name is fitted to the same box on the map of every entry it is linked to.
    """
    text = " ".join(text.split())
    if text_width(text, size) <= width:
        return text
    budget = width - text_width("…", size)
    kept = ""
    ems = 0  # the width of `kept` in ems, summed in the same order as text_width sums it
    for char in text:
        ems += char_width(char)
        if ems * size > budget:
            break
        kept += char
    return kept.rstrip() + "…"


def figure(
    width: float, height: float, label: str, body: list[Markup], caption: str, css: str
) -> Markup:
    """An inline SVG drawing in a `<figure>` with a caption, as one raw HTML block.

    The page gives the drawing's facts as text next to it (a list or a table), so assistive
    technology skips the drawing itself, whose boxes are links for the mouse only; the
    caption starts with `label`, for screen readers only, which says where those facts are.
    Why not `role="img"`: an image must not hold links, which a screen reader still reaches.
    """
    drawing = element(
        "svg",
        Markup("").join(body),
        xmlns="http://www.w3.org/2000/svg",
        class_=css,
        viewBox=f"-{MARGIN} -{MARGIN} {number(width + 2 * MARGIN)} {number(height + 2 * MARGIN)}",
        width=width + 2 * MARGIN,
        height=height + 2 * MARGIN,
        aria_hidden="true",
        focusable="false",
    )
    return render_fragment("figure.html.j2", drawing=drawing, label=label, caption=caption)
