"""MkDocs glue for what the theme itself prints: Chinese in the header's page title is marked.

Material copies the front matter title into the header as plain text; the generated pages'
own text is already marked by `formatting.escape`.
"""

from __future__ import annotations

import re
from typing import Any

from ..render.markdown import mark_chinese

_HEADER_TOPIC = re.compile(
    r'(<div class="md-header__topic" data-md-component="header-topic">\s*'
    r'<span class="md-ellipsis">)([^<]*)(</span>)'
)


def on_post_page(output: str, **_: Any) -> str:
    """Mark Chinese in the page title the header shows once the reader scrolls past the h1."""
    return _HEADER_TOPIC.sub(
        lambda match: match[1] + mark_chinese(match[2]) + match[3], output, count=1
    )
