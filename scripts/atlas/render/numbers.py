"""Numbers and money in words, in English or Chinese, with babel: '6.2 billion', '2.5 billion yuan'.

Figures keep every digit the source gives (no rounding); amounts stay in their own currency, and
a conversion to US dollars says which rate it used.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Literal

from babel import Locale as BabelLocale
from babel.numbers import format_decimal

from ..schema.common import CURRENCIES, Money

Locale = Literal["en", "zh"]

COMPACT_FROM = Decimal("1e6")
"""Counts from a million up read in words ('6.2 billion'); smaller ones in digits ('2,048')."""

_QUALIFIERS: dict[Locale, dict[str, str]] = {
    "en": {"exact": "", "about": "about ", "more-than": "more than ", "up-to": "up to "},
    "zh": {"exact": "", "about": "约", "more-than": "超过", "up-to": "最多"},
}
_CHINESE_UNITS = {
    "CNY": "元",
    "USD": "美元",
    "HKD": "港元",
    "EUR": "欧元",
    "GBP": "英镑",
    "JPY": "日元",
}


def number(value: Decimal | int | float, locale: Locale = "en") -> str:
    """A count as a reader says it: 6200000000 -> '6.2 billion' ('62亿'), 2048 -> '2,048'.

    Every digit is kept: the words and scales are CLDR's (through babel), the figure is exact.
    """
    amount = value if isinstance(value, Decimal) else Decimal(str(value))
    if abs(amount) >= COMPACT_FROM:
        for magnitude, divisor, prefix, suffix in _compact_patterns(locale):
            if abs(amount) >= magnitude:
                return f"{prefix}{(amount / divisor).normalize():f}{suffix}"
    if amount == amount.to_integral_value():
        return f"{int(amount):,}"  # English and Chinese group digits alike
    return format_decimal(amount, locale=locale, decimal_quantization=False)


@cache
def _compact_patterns(locale: Locale) -> tuple[tuple[Decimal, Decimal, str, str], ...]:
    """(magnitude, divisor, prefix, suffix) of each of the locale's compact forms, largest first.

    Why not babel's format_compact_decimal: it rounds to a number of fraction digits, and it
    reads its patterns anew on every call, a tenth of the render of a large atlas.
    """
    style = "long" if locale == "en" else "short"
    patterns = BabelLocale.parse(locale).compact_decimal_formats[style]["other"]
    rows = []
    for magnitude, pattern in patterns.items():
        zeros = pattern.pattern.count("0")
        prefix, _, suffix = pattern.pattern.partition("0" * zeros)
        rows.append((Decimal(magnitude), Decimal(magnitude) / 10 ** (zeros - 1), prefix, suffix))
    return tuple(sorted(rows, reverse=True))


def money(value: Money, locale: Locale = "en") -> str:
    """'about 2.5 billion yuan', 'HK$4.3 billion' ('约25亿元'); the source's words without a figure.

    The result is plain text: the caller escapes it for where it goes.
    """
    if value.amount is None:
        return value.wording or ""
    prefix = _QUALIFIERS[locale][value.qualifier]
    figure = number(value.amount, locale)
    if locale == "zh":
        return f"{prefix}{figure}{_CHINESE_UNITS.get(value.currency, value.currency)}"
    unit = CURRENCIES[value.currency]
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
