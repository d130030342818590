"""Guesses at what a contributor meant, for the "did you mean ...?" part of an error message.

Each function returns a suggestion or None; none of them changes the data. A guess is offered
only when it is unambiguous: a wrong suggestion costs a newcomer more than none.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

import pycountry

from ..schema.licenses import ids_by_name, known_ids
from ..schema.slug import slugify
from ..schema.standards import COUNTRY_CODES, CURRENCY_CODES, canonical_language


def suggest(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` when a choice is close to `word`, else an empty string."""
    match = closest(word, choices)
    return f"; did you mean {match!r}?" if match else ""


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice `word` most likely meant: same letters in another case, else a near spelling."""
    options = sorted(set(choices))
    folded = [option for option in options if option.casefold() == word.casefold()]
    if folded:
        return folded[0]
    if word.upper() in _CODE_ALIASES and _CODE_ALIASES[word.upper()] in options:
        return _CODE_ALIASES[word.upper()]
    match = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return match[0] if match else None


_CODE_ALIASES = {
    "RMB": "CNY",
    "YUAN": "CNY",
    "US$": "USD",
    "$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "NTD": "TWD",
    "€": "EUR",
    "£": "GBP",
    "UK": "GB",
    "USA": "US",
    "PRC": "CN",
}
"""Common ways of writing a currency or country that are not its ISO code."""


def country_code(text: str) -> str | None:
    """'China' -> 'CN', 'cn' -> 'CN', 'USA' -> 'US', 'CHN' -> 'CN', 'Korea, Republic of' -> 'KR'.

    Names and alpha-3 codes are looked up in ISO 3166-1 as pycountry ships it (its names, common
    and official names, and alpha-3 codes).
    """
    return _iso_code(text, COUNTRY_CODES, pycountry.countries, "alpha_2")


def currency_code(text: str) -> str | None:
    """'usd' -> 'USD', 'RMB' -> 'CNY', 'Euro' -> 'EUR': a code of ISO 4217 (pycountry)."""
    return _iso_code(text, CURRENCY_CODES, pycountry.currencies, "alpha_3")


def _iso_code(text: str, codes: frozenset[str], database: Any, attribute: str) -> str | None:
    """The code `text` means: itself in capitals, a common alias, or a name in the ISO list."""
    word = " ".join(text.split())
    if word.upper() in codes:
        return word.upper()
    if word.upper() in _CODE_ALIASES:
        return _CODE_ALIASES[word.upper()]
    try:
        return str(getattr(database.lookup(word), attribute))
    except LookupError:
        return None


def language_tag(text: str) -> str | None:
    """'EN' -> 'en', 'zh_CN' -> 'zh-CN', 'Chinese' -> 'zh': a BCP 47 tag in canonical form."""
    canonical = canonical_language(text.strip())
    if canonical is not None:
        return canonical
    try:
        language = pycountry.languages.lookup(text.strip())
    except LookupError:
        return None
    return getattr(language, "alpha_2", None) or str(language.alpha_3)


def license_id(text: str) -> str | None:
    """'Apache 2.0' -> 'Apache-2.0', 'GPL-3.0' -> 'GPL-3.0-only', 'MIT (terms)' -> 'MIT'.

    A licence's name gives its id, SPDX's or the atlas's LicenseRef.
    """
    word = " ".join(text.split())
    by_name = ids_by_name()
    if word.casefold() in by_name:
        return by_name[word.casefold()]
    ids = known_ids()
    dashed = word.replace(" ", "-")
    for candidate in (dashed, f"{dashed}-only"):
        folded = [key for key in ids if key.casefold() == candidate.casefold()]
        if folded:
            return folded[0]
    head = re.match(r"[\w.+-]+", word)
    if head and head.group() != word and head.group() in ids:
        return head.group()  # an id followed by its conditions, which belong in the note
    if word.startswith("LicenseRef-"):  # a new licence: only a near spelling of a defined one
        match = difflib.get_close_matches(word, ids, n=1, cutoff=0.9)
        return match[0] if match else None
    return closest(word, ids)


def slug(text: str) -> str | None:
    """'Acme AI' -> 'acme-ai': the id a name would have, or None if nothing is left."""
    return slugify(text) or None


def web_address(text: str) -> str | None:
    """'www.example.org/a' -> 'https://www.example.org/a'; None unless it looks like one."""
    if re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?", text, re.I):
        return f"https://{text}"
    return None


_SCALES = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
}


def figure(text: str) -> str | None:
    """'2.5 billion' -> '2500000000', '1,000,000' -> '1000000', '8k' -> '8000'."""
    match = re.fullmatch(r"[$€£¥]?\s*(\d[\d,]*(?:\.\d+)?)\s*([A-Za-z]*)\.?", text.strip())
    if not match:
        return None
    number, scale = match.groups()
    if scale and scale.lower() not in _SCALES:
        return None
    try:
        value = Decimal(number.replace(",", "")) * _SCALES.get(scale.lower(), 1)
    except InvalidOperation:
        return None
    result = f"{value.normalize():f}"
    return result if result != text.strip() else None


_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = (
    (re.compile(r"(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?"), ("y", "m", "d")),
    (re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?"), ("y", "m", "d")),
    (re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?"), ("y", "m", "d")),
    (re.compile(_MONTH + r",?\s+(\d{4})", re.I), ("m", "y")),
    (re.compile(_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})", re.I), ("m", "d", "y")),
    (re.compile(r"(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})", re.I), ("d", "m", "y")),
)


def partial_date(text: str) -> str | None:
    """'Dec 2015' -> '2015-12', '2015/12/11' -> '2015-12-11', '2015年12月' -> '2015-12'."""
    for pattern, order in _DATE_FORMS:
        match = pattern.fullmatch(text.strip())
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month_text = parts.get("m")
        month = _MONTHS.get(month_text.lower()) if month_text else None
        if month is None and month_text:
            month = int(month_text) if month_text.isdigit() else None
        year, day = int(parts["y"]), int(parts["d"]) if parts.get("d") else None
        if month is None:
            return f"{year:04d}" if day is None else None
        if not 1 <= month <= 12 or (day and not 1 <= day <= calendar.monthrange(year, month)[1]):
            return None
        guess = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        return guess if guess != text.strip() else None
    return None
