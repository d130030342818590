"""Pure functions that turn data values into safe Markdown text: escaping, numbers, money, dates."""

from __future__ import annotations

import html
import re
from decimal import Decimal

from ..schema.common import CURRENCIES, Money

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


_SCALES = (
    (Decimal("1e12"), "trillion"),
    (Decimal("1e9"), "billion"),
    (Decimal("1e6"), "million"),
)


def number(value: Decimal | int | float) -> str:
    """A count in words where it reads better: 6200000000 -> '6.2 billion', 2048 -> '2,048'."""
    amount = Decimal(str(value))
    for scale, word in _SCALES:
        if abs(amount) >= scale:
            scaled = (amount / scale).normalize()
            text = f"{scaled:f}"
            return f"{text} {word}"
    if amount == amount.to_integral_value():
        return f"{int(amount):,}"
    return f"{amount.normalize():f}"


_QUALIFIERS = {"exact": "", "about": "about ", "more-than": "more than ", "up-to": "up to "}


def money(value: Money) -> str:
    """'about 2.5 billion yuan', 'HK$4.3 billion'; the source's words when it has no figure."""
    if value.amount is None:
        return escape(value.wording) if value.wording else ""
    unit = CURRENCIES[value.currency]
    figure = number(value.amount)
    prefix = _QUALIFIERS[value.qualifier]
    if unit.endswith("$") or unit in {"€", "£"}:
        return f"{prefix}{unit}{figure}"
    return f"{prefix}{figure} {unit}"


def implied_rate(value: Money) -> Decimal | None:
    """The exchange rate a source's USD conversion implies (original units per US$1)."""
    if value.usd is None:
        return None
    if value.usd.rate is not None:
        return value.usd.rate
    if value.amount is None:
        return None
    return (value.amount / value.usd.amount).quantize(Decimal("0.01"))


def usd(value: Money) -> str:
    """'about US$342 million at an implied 7.31 CNY per US$' (or '..., as the source states')."""
    if value.usd is None:
        return ""
    rate = implied_rate(value)
    text = f"about US${number(value.usd.amount)}"
    if rate is None:
        return text
    if value.usd.rate is not None:
        return f"{text} at {rate} {value.currency} per US$, as the source states"
    return f"{text} at an implied {rate} {value.currency} per US$"


def cell(text: str) -> str:
    """Already-escaped Markdown made safe for a table cell (no pipes, no line breaks)."""
    return text.replace("|", "&#124;").replace("\n", " ")
