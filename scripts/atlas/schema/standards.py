"""Codes from the standard lists, checked against maintained libraries, never a table of our own.

Countries are ISO 3166-1 alpha-2 codes and currencies ISO 4217 codes, both as pycountry ships
them (from Debian's iso-codes); languages are BCP 47 tags, checked by langcodes against the IANA
subtag registry it bundles. The names readers see come from the Unicode CLDR through babel
(`country_name`, `language_name`; money in `render/numbers.py`).
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Literal

import langcodes
import pycountry
from babel import Locale as BabelLocale
from babel.core import UnknownLocaleError
from pydantic import AfterValidator, Field

EXTRA_COUNTRIES = frozenset({"EU"})
"""ISO 3166-1 reserves EU for the European Union without assigning it; the atlas accepts it for
the Union's own bodies and laws. No other code outside the assigned list is accepted."""

COUNTRY_CODES = frozenset(country.alpha_2 for country in pycountry.countries) | EXTRA_COUNTRIES
"""Every code ISO 3166-1 has assigned, as pycountry ships it, and EU."""

CURRENCY_CODES = frozenset(currency.alpha_3 for currency in pycountry.currencies)
"""Every code of ISO 4217's current list, as pycountry ships it."""

Locale = Literal["en", "zh"]
"""The languages the site writes in: English, and Chinese beside Chinese names."""


def _check_country(code: str) -> str:
    if code not in COUNTRY_CODES:
        raise ValueError("country_code")
    return code


def _check_currency(code: str) -> str:
    if code not in CURRENCY_CODES:
        raise ValueError("currency_code")
    return code


def canonical_language(tag: str) -> str | None:
    """The tag in BCP 47's canonical form ('zh_hant' -> 'zh-Hant'), or None if it is not one."""
    try:
        if not langcodes.tag_is_valid(tag):
            return None
        return langcodes.standardize_tag(tag)
    except (langcodes.LanguageTagError, ValueError):
        return None


def _check_language(tag: str) -> str:
    if canonical_language(tag) != tag:
        raise ValueError("language_tag")
    return tag


CountryCode = Annotated[
    str,
    AfterValidator(_check_country),
    Field(
        description="ISO 3166-1 alpha-2 country code, e.g. CN, US, HK, SG (EU for the "
        "European Union).",
        json_schema_extra={"enum": sorted(COUNTRY_CODES)},
    ),
]

CurrencyCode = Annotated[
    str,
    AfterValidator(_check_currency),
    Field(
        description="ISO 4217 code of the original currency, e.g. CNY, USD.",
        json_schema_extra={"enum": sorted(CURRENCY_CODES)},
    ),
]

LanguageTag = Annotated[
    str,
    AfterValidator(_check_language),
    Field(
        description="The document's language as a BCP 47 tag, e.g. en, zh, zh-Hant, ja.",
        json_schema_extra={"pattern": r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"},
    ),
]


@cache
def country_name(code: str, locale: Locale = "en") -> str:
    """CLDR's name of a country in English or Chinese: 'CN' -> 'China' ('中国')."""
    return BabelLocale.parse(locale).territories.get(code, code)


@cache
def language_name(tag: str, locale: Locale = "en") -> str:
    """CLDR's name of a language tag: 'zh' -> 'Chinese', 'zh-Hant' -> 'Chinese (Traditional)'."""
    try:
        return BabelLocale.parse(tag, sep="-").get_display_name(locale) or tag
    except (UnknownLocaleError, ValueError):
        language = langcodes.Language.get(tag).language or tag
        return BabelLocale.parse(locale).languages.get(language, tag)
