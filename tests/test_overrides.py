"""Theme overrides that copy one of Material's partials must stay copies, apart from their fix.

A copied partial hides the theme's own version for good: when Material changes the original,
these tests fail so that the copy is taken again and the fix re-applied.
"""

from __future__ import annotations

import re
from pathlib import Path

import material

ROOT = Path(__file__).resolve().parents[1]
THEME = Path(material.__file__).parent / "templates"

_COMMENT = re.compile(r"\{#-.*?-#\}\s*", re.DOTALL)


def _body(path: Path) -> str:
    return _COMMENT.sub("", path.read_text(encoding="utf-8"), count=1)


def test_search_partial_is_materials_with_a_named_dialog():
    """overrides/partials/search.html is Material's, with an accessible name on the dialog."""
    original = _body(THEME / "partials" / "search.html")
    ours = _body(ROOT / "overrides" / "partials" / "search.html")
    dialog = '<div class="md-search" data-md-component="search" role="dialog">'
    assert dialog in original
    named = dialog.replace('role="dialog"', 'role="dialog" aria-label="{{ lang.t(\'search\') }}"')
    assert ours == original.replace(dialog, named)


def test_pagefind_header_is_materials_with_its_search_box_swapped():
    """overrides/partials/atlas-header.html is Material's header; only its search block differs.

    Why a copy: with Pagefind, Material's search plugin is off, and the theme's header then
    leaves out the search box altogether.
    """
    original = _body(THEME / "partials" / "header.html")
    ours = _body(ROOT / "overrides" / "partials" / "atlas-header.html")
    block = re.compile(
        r'\{% if "material/search" in config\.plugins %\}.*?'
        r'\{% include "partials/search\.html" %\}\s*\{% endif %\}\s*\{% endif %\}',
        re.DOTALL,
    )
    assert len(block.findall(original)) == 1
    swapped = (
        '<label class="md-header__button md-icon" for="__search">\n'
        '      {% set icon = config.theme.icon.search or "material/magnify" %}\n'
        '      {% include ".icons/" ~ icon ~ ".svg" %}\n'
        "    </label>\n"
        '    {% include "partials/atlas-search.html" %}'
    )
    assert ours == block.sub(lambda _: swapped, original)
