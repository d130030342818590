"""Country, currency and language codes come from the libraries' lists, names from CLDR."""

import pycountry
import pytest
from pydantic import TypeAdapter, ValidationError

from atlas.schema.standards import (
    COUNTRY_CODES,
    CountryCode,
    CurrencyCode,
    LanguageTag,
    country_name,
    language_name,
)


def test_every_assigned_country_code_and_only_those():
    """All 249 ISO 3166-1 codes pass, and EU; unassigned and malformed codes do not."""
    adapter = TypeAdapter(CountryCode)
    assert len(COUNTRY_CODES) == len(pycountry.countries) + 1
    for code in COUNTRY_CODES:
        assert adapter.validate_python(code) == code
    for wrong in ("XX", "ZZ", "UK", "cn", "CHN", ""):
        with pytest.raises(ValidationError):
            adapter.validate_python(wrong)


def test_every_country_has_names_from_the_library():
    """Each accepted code has an English and a Chinese name from CLDR, never the bare code."""
    for code in COUNTRY_CODES:
        assert country_name(code) != code
        assert country_name(code, "zh") != code
    assert (country_name("CN"), country_name("CN", "zh")) == ("China", "中国")
    assert country_name("NO") == "Norway"  # a code outside the old table of 16
    assert country_name("TW") == "Taiwan"


def test_currencies_are_iso_4217():
    """Any ISO 4217 code passes; a made-up or lower-case one does not."""
    adapter = TypeAdapter(CurrencyCode)
    for code in ("CNY", "USD", "NOK", "BRL"):
        assert adapter.validate_python(code) == code
    for wrong in ("XYZ", "usd", "RMB"):
        with pytest.raises(ValidationError):
            adapter.validate_python(wrong)


def test_languages_are_bcp_47_tags_in_standard_form():
    """Registered tags in their standard form pass; others do not."""
    adapter = TypeAdapter(LanguageTag)
    for tag in ("en", "zh", "zh-Hant", "zh-Hans-CN", "yue", "en-GB"):
        assert adapter.validate_python(tag) == tag
    for wrong in ("english", "zh_CN", "EN", "iw", "xx", "en-"):
        with pytest.raises(ValidationError):
            adapter.validate_python(wrong)
    assert language_name("zh") == "Chinese"
    assert language_name("zh-Hant") == "Chinese (Traditional)"
    assert language_name("yue") == "Cantonese"
