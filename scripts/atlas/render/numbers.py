"""Numbers and money in words, in English or Chinese, with babel: '6.2 billion', '2.5 billion yuan'.

Figures keep every digit the source gives (no rounding); amounts stay in their own currency, and
a conversion to US dollars says which rate it used.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from babel import Locale as BabelLocale
from babel.numbers import format_decimal, get_currency_name, get_currency_unit_pattern

from ..schema.common import Money
from ..schema.standards import Locale

COMPACT_FROM = Decimal("1e6")
"""Counts from a million up read in words ('6.2 billion'); smaller ones in digits ('2,048')."""

_QUALIFIERS: dict[Locale, dict[str, str]] = {
    "en": {"exact": "", "about": "about ", "more-than": "more than ", "up-to": "up to "},
    "zh": {"exact": "", "about": "约", "more-than": "超过", "up-to": "最多"},
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
def _cldr(locale: Locale) -> BabelLocale:
    """CLDR's data for a locale, parsed once (babel parses a locale name on every call)."""
    return BabelLocale.parse(locale)


@cache
def _compact_patterns(locale: Locale) -> tuple[tuple[Decimal, Decimal, str, str], ...]:
    """(magnitude, divisor, prefix, suffix) of each of the locale's compact forms, largest first.

    Why not babel's format_compact_decimal: it rounds to a number of fraction digits, and it
    reads its patterns anew on every call, a tenth of the render of a large atlas.
    """
    style = "long" if locale == "en" else "short"
    patterns = _cldr(locale).compact_decimal_formats[style]["other"]
    rows = []
    for magnitude, pattern in patterns.items():
        zeros = pattern.pattern.count("0")
        prefix, _, suffix = pattern.pattern.partition("0" * zeros)
        rows.append((Decimal(magnitude), Decimal(magnitude) / 10 ** (zeros - 1), prefix, suffix))
    return tuple(sorted(rows, reverse=True))


def money(value: Money, locale: Locale = "en") -> str:
    """'about 2.5 billion Chinese yuan' ('约25亿人民币'); the source's words without a figure.

    The currency's name and the way it joins the figure are CLDR's, through babel (its long
    currency format, with the figure kept exact): any ISO 4217 code reads in both languages.
    The result is plain text: the caller escapes it for where it goes.
    """
    if value.amount is None:
        return value.wording or ""
    return _QUALIFIERS[locale][value.qualifier] + amount_in(value.amount, value.currency, locale)


def figure(value: Money, locale: Locale = "en") -> str:
    """'about 2.5 billion': the amount without its currency, where a heading names the currency."""
    if value.amount is None:
        return value.wording or ""
    return _QUALIFIERS[locale][value.qualifier] + number(value.amount, locale)


def amount_in(amount: Decimal, currency: str, locale: Locale = "en") -> str:
    """'2.5 billion Chinese yuan', '25亿人民币': a figure in words with CLDR's currency name."""
    cldr = _cldr(locale)
    pattern = get_currency_unit_pattern(currency, count=amount, locale=cldr)
    return pattern.format(number(amount, locale), get_currency_name(currency, amount, cldr))


def currency_name(currency: str, locale: Locale = "en") -> str:
    """CLDR's name of a currency in the plural: 'CNY' -> 'Chinese yuan', 'USD' -> 'US dollars'."""
    return get_currency_name(currency, 2, _cldr(locale))


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
    text = f"about {amount_in(value.usd.amount, 'USD')}"
    if rate is None:
        return text
    if value.usd.rate is not None:
        return f"{text} at {rate} {value.currency} per US$, as the source states"
    return f"{text} at an implied {rate} {value.currency} per US$"
