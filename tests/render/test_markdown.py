import pytest

from atlas.render.markdown import LONG_NOTE, attribute, cell, escape, front_json, mark_chinese, note


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


def test_attribute_text_cannot_form_links_or_emphasis():
    """Tooltip text loses what Markdown would read as links, emphasis or attribute syntax."""
    assert attribute('a "b" [c] {d} *e* <f> |g') == "a b (c) (d) e f g"


def test_front_matter_json_carries_no_markup():
    """Front-matter JSON writes < > & as escapes, so no markup survives into the page head."""
    assert front_json({"a": "<b>&"}) == '{"a": "\\u003cb\\u003e\\u0026"}'


def test_a_short_note_follows_its_value_and_a_long_one_folds_away():
    """A note of a few words stays inline; a long one becomes a closed "note" toggle, so a table
    row stays short on a phone."""
    assert note("post-money") == " — post-money"
    long = "x " * LONG_NOTE
    folded = note(long)
    assert folded.startswith(' <details class="atlas-note"><summary>note</summary>')
    assert folded.endswith(f"{long}</details>")
