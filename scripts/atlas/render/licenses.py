"""A licence fact as readers see it: each licence's name, linked to its text.

An SPDX id links to its page on the SPDX License List; a LicenseRef- id to the address
`schema/licenses.yaml` gives it. 'Apache-2.0 AND LicenseRef-Baichuan-2' reads as
'Apache License 2.0 and Community License for Baichuan 2 Model'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..schema.licenses import license_of
from .markdown import escaped

_WORDS = {"AND": "and", "OR": "or", "WITH": "with", "(": "(", ")": ")"}


def license_names(expression: str) -> str:
    """The expression in words, as plain text: 'MIT License and Llama 3.1 Community License'."""
    return _join(_WORDS.get(token) or license_of(token).name for token in _tokens(expression))


def license_markup(expression: str) -> str:
    """The expression as Markdown: each licence's name linked to its text."""
    words = []
    for token in _tokens(expression):
        if token in _WORDS:
            words.append(_WORDS[token])
            continue
        known = license_of(token)
        name = escaped(known.name)
        words.append(f"[{name}]({known.url})" if known.url else name)
    return _join(words)


def license_urls(expression: str) -> list[str]:
    """The address of each licence the expression names (those that have one)."""
    urls = [license_of(token).url for token in _tokens(expression) if token not in _WORDS]
    return [url for url in urls if url]


def _tokens(expression: str) -> list[str]:
    """The ids, operators and parentheses of a validated expression."""
    return re.findall(r"[()]|[^\s()]+", expression)


def _join(words: Iterable[str]) -> str:
    return " ".join(words).replace("( ", "(").replace(" )", ")")
