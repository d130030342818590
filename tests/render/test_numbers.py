"""Numbers and money in words (babel), in English and Chinese, without rounding a figure."""

from decimal import Decimal

import pytest

from atlas.render.numbers import implied_rate, money, number, usd
from atlas.schema import Money


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (6200000000, "6.2 billion"),
        (130000000000, "130 billion"),
        (2048, "2,048"),
        (Decimal("15000000000000"), "15 trillion"),
        (124000000, "124 million"),
        (Decimal("7.5"), "7.5"),
    ],
)
def test_number(value, text):
    """Large counts read in words; small ones with thousands separators."""
    assert number(value) == text


def test_money_and_conversion():
    """Money shows its own currency; the USD equivalent shows the rate it implies."""
    value = Money.model_validate(
        {"amount": 2.5e9, "currency": "CNY", "usd": {"amount": 342e6, "sources": ["s"]}}
    )
    assert money(value) == "2.5 billion Chinese yuan"
    assert implied_rate(value) == Decimal("7.31")
    assert usd(value) == "about 342 million US dollars at an implied 7.31 CNY per US$"


def test_stated_rate_is_used():
    """A rate the source states is shown as stated."""
    value = Money.model_validate(
        {
            "wording": "hundreds of millions of yuan",
            "currency": "CNY",
            "usd": {"amount": 1e8, "rate": 7.23, "sources": ["s"]},
        }
    )
    assert money(value) == "hundreds of millions of yuan"
    assert usd(value) == "about 100 million US dollars at 7.23 CNY per US$, as the source states"


def test_currency_names_come_from_cldr():
    """Any ISO 4217 currency reads with CLDR's name, singular or plural as the figure needs."""
    assert (
        money(Money(amount=Decimal("4348100000"), currency="HKD", qualifier="about"))
        == "about 4.3481 billion Hong Kong dollars"
    )
    assert money(Money(amount=Decimal("1"), currency="EUR")) == "1 euro"
    assert money(Money(amount=Decimal("3e9"), currency="NOK")) == "3 billion Norwegian kroner"
    assert money(Money(amount=Decimal("3e9"), currency="NOK"), "zh") == "30亿挪威克朗"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (6200000000, "62亿"),
        (2048, "2,048"),
        (Decimal("1234567890123"), "1.234567890123万亿"),
        (Decimal("7.5"), "7.5"),
    ],
)
def test_number_in_chinese(value, text):
    """Chinese counts use 万 and 亿 and keep every digit."""
    assert number(value, "zh") == text


def test_money_in_chinese():
    """Chinese money puts the qualifier first and the currency's Chinese name (CLDR's) last."""
    value = Money(amount=Decimal("2500000000"), currency="CNY", qualifier="about")
    assert money(value, "zh") == "约25亿人民币"
    assert money(Money(amount=Decimal("4e9"), currency="HKD"), "zh") == "40亿港元"
    assert money(Money(amount=Decimal("1e8"), currency="USD"), "zh") == "1亿美元"


def test_no_figure_is_rounded():
    """Every digit the source gives is kept, however large or precise the figure."""
    assert number(Decimal("1234567890123")) == "1.234567890123 trillion"
    assert number(Decimal("1234.5678")) == "1,234.5678"


@pytest.mark.parametrize(
    "value",
    [
        Decimal("1000000"),
        Decimal("6200000000"),
        Decimal("999999999999"),
        Decimal("1234567890123456"),
        Decimal("10000000000000000"),
        Decimal("12345678.9"),
    ],
)
@pytest.mark.parametrize("locale", ["en", "zh"])
def test_words_agree_with_babel(value, locale):
    """Large counts read as babel's own compact format would write them, with every digit."""
    from babel.numbers import format_compact_decimal

    style = "long" if locale == "en" else "short"
    expected = format_compact_decimal(value, format_type=style, locale=locale, fraction_digits=17)
    assert number(value, locale) == expected
