from decimal import Decimal

import pytest

from atlas.render.markdown import cell, escape, implied_rate, mark_chinese, money, number, usd
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
    assert money(value) == "2.5 billion yuan"
    assert implied_rate(value) == Decimal("7.31")
    assert usd(value) == "about US$342 million at an implied 7.31 CNY per US$"


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
    assert usd(value) == "about US$100 million at 7.23 CNY per US$, as the source states"


def test_dollar_amounts_put_the_symbol_first():
    """Currencies written with a symbol put it before the figure."""
    assert (
        money(Money(amount=Decimal("4348100000"), currency="HKD", qualifier="about"))
        == "about HK$4.3481 billion"
    )


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", "&#60;script&#62;alert(1)&#60;/script&#62;"),
        ("[x](javascript:alert(1))", "&#91;x&#93;(javascript:alert(1))"),
        ("**bold** _it_ `code`", "&#42;&#42;bold&#42;&#42; &#95;it&#95; &#96;code&#96;"),
        ("{{ config }} {% raw %}", "&#123;&#123; config &#125;&#125; &#123;% raw %&#125;"),
        ("# not a heading", "&#35; not a heading"),
        ("1. not a list", "&#49;. not a list"),
        ("- not a list", "&#45; not a list"),
        ('!!! danger "Hacked"', '&#33;!! danger "Hacked"'),
        ("??? note", "&#63;?? note"),
        ("line one\n\n- two", "line one - two"),
        ("a | b", "a &#124; b"),
        ("AT&T", "AT&#38;T"),
        ("智谱 AI", '<span lang="zh">智谱</span> AI'),
    ],
)
def test_escape(text, escaped):
    """Data text must reach Markdown inert, on one line, with Chinese marked as Chinese."""
    assert escape(text) == escaped


def test_mark_chinese_wraps_runs_and_keeps_markup():
    """Each Chinese run gets its own lang="zh" span; English and entities are left as they are."""
    assert mark_chinese("Nanfang Daily (南方+), 全球AI大模型第一股 &amp; more") == (
        'Nanfang Daily (<span lang="zh">南方</span>+), '
        '<span lang="zh">全球</span>AI<span lang="zh">大模型第一股</span> &amp; more'
    )


def test_cell_keeps_pipes_out_of_tables():
    """Table cells must not contain raw pipes or line breaks."""
    assert cell("a|b\nc") == "a&#124;b c"
