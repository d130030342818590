import markdown

from atlas.markdown_ext import CaptionExtension

INFOBOX = (
    '<table class="atlas-infobox" markdown="1">\n'
    '<caption markdown="span">Zhipu AI (<span lang="zh">智谱</span>)</caption>\n'
    '<tr markdown="1"><th scope="row">Founded</th><td markdown="span">2019 [[1]](#ref-1)</td></tr>\n'
    "</table>\n"
)


def test_caption_stays_inside_its_table():
    """An infobox caption must be the table's first child, not wrapped in a paragraph."""
    html = markdown.markdown(INFOBOX, extensions=["md_in_html", "attr_list", CaptionExtension()])
    assert html.startswith(
        '<table class="atlas-infobox">\n<caption>Zhipu AI (<span lang="zh">智谱</span>)</caption>\n<tr>'
    )
    assert "<p>" not in html


def test_without_the_extension_the_caption_is_wrapped():
    """The extension is needed: stock md_in_html wraps the caption in a paragraph."""
    html = markdown.markdown(INFOBOX, extensions=["md_in_html", "attr_list"])
    assert "<p><caption" in html
