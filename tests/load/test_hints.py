"""Did-you-mean guesses are offered only when they are unambiguous."""

import pytest

from atlas.load import hints


@pytest.mark.parametrize(
    ("written", "guess"),
    [
        ("Dec 2015", "2015-12"),
        ("December 11, 2015", "2015-12-11"),
        ("11 December 2015", "2015-12-11"),
        ("2015/12/11", "2015-12-11"),
        ("2015.1.5", "2015-01-05"),
        ("2015-1-5", "2015-01-05"),
        ("2015年12月", "2015-12"),
        ("2015年12月11日", "2015-12-11"),
        ("2023-02-30", None),
        ("2019-13", None),
        ("2019", None),
        ("12/11/2015", None),
        ("soon", None),
    ],
)
def test_partial_date(written, guess):
    """Dates in words or with other separators get the ISO form; impossible ones get none."""
    assert hints.partial_date(written) == guess


@pytest.mark.parametrize(
    ("written", "guess"),
    [
        ("2.5 billion", "2500000000"),
        ("$1.2bn", "1200000000"),
        ("1,000,000", "1000000"),
        ("8k", "8000"),
        ("300 million", "300000000"),
        ("hundreds of millions", None),
        ("12 apples", None),
        ("100", None),
    ],
)
def test_figure(written, guess):
    """Amounts in words or with separators get the plain figure."""
    assert hints.figure(written) == guess


@pytest.mark.parametrize(
    ("written", "guess"),
    [
        ("China", "CN"),
        ("cn", "CN"),
        ("USA", "US"),
        ("United Kingdom", "GB"),
        ("Atlantis", None),
        ("CHN", "CN"),  # alpha-3
        ("DEU", "DE"),
        ("Korea, Republic of", "KR"),  # ISO's own name
        ("Viet Nam", "VN"),
        ("Taiwan", "TW"),  # pycountry's common name
    ],
)
def test_country_code(written, guess):
    """Country names (ISO's, through pycountry), alpha-3 and lower-case codes get alpha-2."""
    assert hints.country_code(written) == guess


@pytest.mark.parametrize(
    ("written", "guess"),
    [("usd", "USD"), ("RMB", "CNY"), ("Euro", "EUR"), ("Yuan Renminbi", "CNY"), ("XYZ", None)],
)
def test_currency_code(written, guess):
    """Currency names and aliases get their ISO 4217 code."""
    assert hints.currency_code(written) == guess


@pytest.mark.parametrize(
    ("written", "guess"),
    [("EN", "en"), ("zh_CN", "zh-CN"), ("Chinese", "zh"), ("iw", "he"), ("xx", None)],
)
def test_language_tag(written, guess):
    """Language names and malformed tags get the BCP 47 tag in its standard form."""
    assert hints.language_tag(written) == guess


@pytest.mark.parametrize(
    ("written", "guess"),
    [
        ("Apache 2.0", "Apache-2.0"),
        ("MIT License", "MIT"),
        ("GPL-3.0", "GPL-3.0-only"),
        ("MIT (commercial use allowed)", "MIT"),
        ("Tongyi Qianwen License Agreement", "LicenseRef-Tongyi-Qianwen"),
        ("LicenseRef-Acme-Model", None),  # a new licence: no wrong guess
    ],
)
def test_license_id(written, guess):
    """Licence names and near spellings get the SPDX or LicenseRef id."""
    assert hints.license_id(written) == guess


def test_closest_prefers_case_then_aliases_then_spelling():
    """'usd' is USD, 'RMB' is CNY, 'ai-develper' is ai-developer; nothing close is no guess."""
    assert hints.closest("usd", ["CNY", "USD"]) == "USD"
    assert hints.closest("RMB", ["CNY", "USD"]) == "CNY"
    assert hints.closest("ai-develper", ["ai-developer", "university"]) == "ai-developer"
    assert hints.closest("zzz", ["ai-developer"]) is None


def test_slug_and_web_address():
    """A name becomes the id it would have; a bare host gets https://."""
    assert hints.slug("Zhipu AI (智谱)") == "zhipu-ai"
    assert hints.slug("智谱") is None
    assert hints.web_address("www.example.org/a") == "https://www.example.org/a"
    assert hints.web_address("javascript:alert(1)") is None
