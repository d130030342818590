"""What the theme prints from front matter gets the same language marks as the generated text."""

from __future__ import annotations

from atlas.mkdocs.theme import on_post_page

HEADER = """<div class="md-header__title" data-md-component="header-title">
        <div class="md-header__topic" data-md-component="header-topic">
          <span class="md-ellipsis">
              {title}
          </span>
        </div>"""


def test_chinese_in_the_header_title_is_marked():
    """The header's page title marks its Chinese runs with lang="zh" and keeps the rest."""
    page = HEADER.format(title="模型弃用 (Model deprecations)")
    assert '<span lang="zh">模型弃用</span> (Model deprecations)\n' in on_post_page(page)


def test_an_english_title_is_left_alone():
    """A page whose title has no Chinese is returned unchanged."""
    page = HEADER.format(title="Zhipu AI") + "<p>智谱</p>"
    assert on_post_page(page) == page
