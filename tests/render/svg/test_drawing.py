"""SVG text helpers: data text is escaped, labels fit their boxes, numbers are stable."""

from decimal import Decimal

from atlas.render.svg import drawing as svg


def test_escape_makes_markup_inert():
    """Markup and quotes in data cannot open a tag or leave an attribute."""
    assert svg.escape('<a href="x">&</a>') == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"


def test_escape_collapses_whitespace():
    """Newlines in data never reach the drawing (a raw HTML block must not contain blank lines)."""
    assert svg.escape("a\n\n  b") == "a b"


def test_numbers_have_at_most_one_decimal():
    """Coordinates print the same on every run: integers plain, others with one decimal."""
    assert svg.number(12.0) == "12"
    assert svg.number(Decimal("3.14159")) == "3.1"
    assert svg.number(7) == "7"


def test_element_leaves_out_missing_attributes_and_renames_them():
    """None attributes are dropped; `class_` and `aria_label` become `class` and `aria-label`."""
    assert svg.element("rect", x=1, y=None, class_="a", aria_label="b") == (
        '<rect x="1" class="a" aria-label="b"/>'
    )
    assert svg.element("text", "hi", x=2.5) == '<text x="2.5">hi</text>'


def test_fit_shortens_long_labels_with_an_ellipsis():
    """A label wider than its box is cut and ends with an ellipsis; a short one is kept."""
    assert svg.fit("Zhipu AI", 200) == "Zhipu AI"
    long = svg.fit("Social Security Fund Zhongguancun Independent Innovation Fund", 184)
    assert long.endswith("…")
    assert svg.text_width(long) <= 184


def test_chinese_characters_count_as_wide():
    """Chinese characters take a full em, so Chinese labels are cut sooner than Latin ones."""
    assert svg.text_width("智谱") == 2 * svg.FONT_SIZE
    assert svg.text_width("ab") < svg.text_width("智谱")


def test_figure_is_hidden_from_screen_readers_and_its_caption_says_where_the_facts_are():
    """A drawing is skipped by assistive technology (its links would otherwise sit inside an
    image); the caption starts with the label, for screen readers only, then the visible text."""
    html = svg.figure(100, 50, 'Map of "A"', "<rect/>", "A & B", "atlas-map")
    assert html.startswith('<figure class="atlas-figure">')
    assert 'aria-hidden="true" focusable="false"' in html
    assert "role=" not in html
    assert (
        '<figcaption><span class="atlas-sr-only">Map of &quot;A&quot; </span>A &amp; B</figcaption>'
        in html
    )
    assert "\n\n" not in html
