"""Problems found in data files, worded for the person who will fix them."""

from __future__ import annotations

import posixpath
import re
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Union

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..schema.common import WRAPPER_TAGS
from . import hints
from .hints import suggest as suggest  # re-exported: callers that predate hints.py
from .yamlio import Document, Path


@dataclass(frozen=True, order=True)
class Problem:
    """One problem at one place: `data/organizations/x.yaml:14: founded: must be ...`."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        location = f"{self.path}:{self.line}"
        return (
            f"{location}: {self.field}: {self.message}"
            if self.field
            else f"{location}: {self.message}"
        )


class DataError(Exception):
    """The data cannot be published; carries every problem found, sorted by file and line."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def summary(self) -> str:
        """One line: how many problems in how many files."""
        files = len({problem.path for problem in self.problems})
        errors = len(self.problems)
        return (
            f"check failed: {errors} error{'s' if errors != 1 else ''} "
            f"in {files} file{'s' if files != 1 else ''}"
        )

    def report(self) -> str:
        """Every problem on its own line, then the summary."""
        return "\n".join([*(str(problem) for problem in self.problems), self.summary()])


def format_path(path: Path) -> str:
    """`('funding_rounds', 2, 'investors', 0)` -> `funding_rounds[2].investors[0]`.

    A key that is not a plain word is shown quoted and escaped, so that a hostile key cannot
    break the message or the terminal.
    """
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        word = part if re.fullmatch(r"[A-Za-z0-9_-]+", part) else repr(part)
        text += f".{word}" if text else word
    return text


def show(value: Any, limit: int = 60) -> str:
    """A short rendering of a bad value for a message: text quoted and escaped, numbers plain."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "an empty list" if not value else "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e30:
        return f"{int(value):,}"
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        if abs(value) >= Decimal("1e30"):
            return str(value)
        return f"{int(value):,}" if value == int(value) else f"{value:,}"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 2] + "…'"


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _models_in(typing.get_args(annotation)[0])
    if origin in (tuple, list, Union, types.UnionType):
        return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]
    return []


def _model_at(root: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The model class that owns the mapping found at `loc`, following field annotations."""
    candidates: list[type[BaseModel]] = [root]
    for part in loc:
        if isinstance(part, int):
            continue
        if part in WRAPPER_TAGS:
            wanted = "Disputed" if part == "disputed" else "Sourced"
            candidates = [c for c in candidates if c.__name__.startswith(wanted)] or candidates
            continue
        owners = [c for c in candidates if part in c.model_fields]
        if not owners:
            return None
        candidates = _models_in(owners[0].model_fields[part].annotation)
    return candidates[0] if len(candidates) == 1 else (candidates[0] if candidates else None)


_VALUE_ERRORS = {
    "partial_date_format": "must be a date like 2019, 2023-10 or 2023-10-17",
    "partial_date_year": "must be a year from 1800 on",
    "partial_date_month": "must have a month from 01 to 12",
    "partial_date_day": "must be a day that exists in that month",
    "full_date_format": "must be a full date like 2026-11-29",
    "url_scheme": "must be a web address starting with https:// or http://",
    "url_host": "must be a web address with a host name, such as https://www.example.org/page",
    "control_characters": "must not contain invisible control characters",
    "country_code": (
        "must be an ISO 3166-1 alpha-2 country code in capitals, such as CN or US (EU for the "
        "European Union)"
    ),
    "currency_code": "must be an ISO 4217 currency code in capitals, such as CNY, USD or EUR",
    "language_tag": "must be a BCP 47 language tag in its standard form, such as en, zh or zh-Hant",
    "license_id": (
        "must be an SPDX licence id such as Apache-2.0 or MIT, or a LicenseRef- id from "
        "scripts/atlas/schema/licenses.yaml (add a licence SPDX does not list there, with its "
        "name and url); write its conditions in the fact's note"
    ),
    "source_needs_address": (
        "must give url: (the publisher's own page) or, when it cannot be found, read_at: with "
        "the url of the copy that was read"
    ),
    "money_needs_amount": (
        "must give amount: (a number) or wording: (the source's words, such as "
        "'hundreds of millions of yuan')"
    ),
}

_GUESSES = {
    "country_code": hints.country_code,
    "currency_code": hints.currency_code,
    "language_tag": hints.language_tag,
    "license_id": hints.license_id,
}
"""The "did you mean" of each standard list, looked up in the list's own library."""

_NOUNS = {"Sourced": "fact", "Disputed": "disputed fact", "UsdEquivalent": "US-dollar conversion"}


def _noun(model: type[BaseModel] | None) -> str:
    """'an organization', 'a funding round': what the mapping is, for the reader."""
    if model is None:
        return "this mapping"
    if "label" in getattr(model, "__class_vars__", ()):
        word = str(model.label)  # type: ignore[attr-defined]
    else:
        name = model.__name__.split("[")[0]
        word = _NOUNS.get(name) or re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()
    return f"{'an' if word[0] in 'aeio' else 'a'} {word}"


def _hint(guess: str | None) -> str:
    return f"; did you mean {guess!r}?" if guess else ""


def _message(error: ErrorDetails, root: type[BaseModel], stem: str) -> str:
    """The atlas's wording for one pydantic error: the rule with "must", the value, a fix."""
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    loc = tuple(error["loc"])
    got = f" (got {show(value)})"
    text = value if isinstance(value, str) else None
    if kind == "missing":
        name = str(loc[-1])
        return f"must be given; add '{name}: {stem if name == 'id' else '...'}'"
    if kind == "extra_forbidden":
        owner = _model_at(root, loc[:-1])
        known = list(owner.model_fields) if owner else []
        fix = hints.suggest(str(loc[-1]), known) or (f": {', '.join(known)}" if known else "")
        return f"must be one of the fields {_noun(owner)} has{fix}"
    if loc[-2:] == ("sourced", "value") and isinstance(value, dict) and "sources" in value:
        return (
            "must hold the fact under 'value:' when it lists sources, "
            "e.g. {value: ..., sources: [...]}"
        )
    if kind == "value_error":
        return _value_error(str(ctx.get("error", "")), got, text)
    for kinds, describe in _MESSAGES:
        if kind in kinds:
            if kind == "string_pattern_mismatch" and loc == ("id",):
                text = stem  # an id must equal the file name, so that is the one to suggest
            return describe(value, ctx, got, text, _model_at(root, loc))
    return f"must be valid here: {error['msg'].lower()}{got}"


def _value_error(error: str, got: str, text: str | None) -> str:
    code, _, detail = error.partition(":")
    message = _VALUE_ERRORS.get(code, code)
    if code in ("money_needs_amount", "source_needs_address"):
        return message
    if code == "control_characters" and detail:
        return f"must not contain {detail}{got}; delete it"
    guess = None
    if code.startswith("partial_date") and text:
        guess = hints.partial_date(text)
    elif code == "url_scheme" and text:
        guess = hints.web_address(text)
    elif code in _GUESSES and text:
        guess = _GUESSES[code](text)
    return f"{message}{got}{_hint(guess)}"


def _literal(value: Any, ctx: dict[str, Any], got: str, text: str | None, _: Any) -> str:
    expected = str(ctx.get("expected", ""))
    choices = [c.strip(" '") for c in expected.replace(" or ", ", ").split(",")]
    guess = hints.closest(text, choices) if text is not None else None
    return f"must be one of {', '.join(choices)}{got}{_hint(guess)}"


def _pattern(value: Any, ctx: dict[str, Any], got: str, text: str | None, _: Any) -> str:
    pattern = str(ctx.get("pattern", ""))
    if "a-z0-9" in pattern:
        guess = hints.slug(text) if text else None
        return (
            f"must be lowercase letters, digits and hyphens, such as 'zhipu-ai'{got}{_hint(guess)}"
        )
    return f"must match the pattern {pattern}{got}"


def _number(word: str) -> Any:
    def describe(value: Any, ctx: dict[str, Any], got: str, text: str | None, _: Any) -> str:
        guess = hints.figure(text) if text else None
        return f"must be {word}{got}{_hint(guess)}"

    return describe


def _bound(value: Any, ctx: dict[str, Any], got: str, text: str | None, _: Any) -> str:
    if "gt" in ctx or "ge" in ctx:
        word = "more than" if "gt" in ctx else "at least"
        return f"must be {word} {show(ctx.get('gt', ctx.get('ge')))}{got}"
    word = "at most" if "le" in ctx else "less than"
    return f"must be {word} {show(ctx.get('le', ctx.get('lt')))}{got}; check the number of zeros"


def _too_short(value: Any, ctx: dict[str, Any], got: str, text: str | None, model: Any) -> str:
    least = int(ctx.get("min_length", 1))
    if getattr(model, "__name__", "").startswith("Disputed"):
        return (
            f"must list at least {least} differing values (got {ctx.get('actual_length', 0)}); "
            "with one value, write it as a plain fact"
        )
    items = "one item" if least == 1 else f"{least} items"
    actual = int(ctx.get("actual_length") or 0)
    return f"must list at least {items} (got {actual or 'an empty list'})"


def _mapping(value: Any, ctx: dict[str, Any], got: str, text: str | None, expected: Any) -> str:
    name = getattr(expected, "__name__", "")
    fix = ""
    if name == "Name" and text is not None:
        fix = f"; write it as {{en: {text}}}"
    elif name == "Money" and text is not None:
        fix = "; write it as {amount: 2500000000, currency: CNY}"
    return f"must be a mapping of fields{got}{fix}"


def _fixed(template: str) -> Any:
    def describe(value: Any, ctx: dict[str, Any], got: str, text: str | None, _: Any) -> str:
        return template.format(got=got, value=value, length=len(str(value)), **ctx)

    return describe


_MESSAGES: tuple[tuple[frozenset[str], Any], ...] = (
    (frozenset({"literal_error"}), _literal),
    (frozenset({"string_pattern_mismatch"}), _pattern),
    (frozenset({"string_type", "string_sub_type"}), _fixed("must be text{got}")),
    (
        frozenset({"string_unicode"}),
        _fixed("must be valid text; it holds half of a character (a lone surrogate)"),
    ),
    (frozenset({"int_type", "int_parsing", "int_from_float"}), _number("a whole number")),
    (
        frozenset({"decimal_type", "decimal_parsing", "float_type", "float_parsing"}),
        _number("a number written in digits"),
    ),
    (
        frozenset(
            {"finite_number", "decimal_max_digits", "decimal_max_places", "decimal_whole_digits"}
        ),
        _fixed("must be an ordinary number{got}"),
    ),
    (frozenset({"bool_type", "bool_parsing"}), _fixed("must be true or false{got}")),
    (
        frozenset({"greater_than", "greater_than_equal", "less_than", "less_than_equal"}),
        _bound,
    ),
    (
        frozenset({"string_too_short"}),
        _fixed("must not be empty; write the text or remove the line"),
    ),
    (
        frozenset({"string_too_long"}),
        _fixed("must be at most {max_length} characters (got {length}); shorten it"),
    ),
    (frozenset({"too_short"}), _too_short),
    (
        frozenset({"too_long"}),
        _fixed("must list at most {max_length} items (got {actual_length})"),
    ),
    (frozenset({"model_type", "model_attributes_type", "dict_type"}), _mapping),
    (
        frozenset({"tuple_type", "list_type"}),
        lambda value, ctx, got, text, _: (
            f"must be a list{got}"
            + (f"; write [{value}]" if isinstance(value, str | int) and value != "" else "")
        ),
    ),
)
"""Error types and how to word them; each function gets (value, ctx, got, text, model)."""


def _written(loc: tuple[str | int, ...], document: Document) -> Path:
    """The path as the file writes it.

    Union tags are dropped, and so is the `value` step that a plain fact (`founded: 2019`) gains
    when it is wrapped as `{value: 2019}`.
    """
    written: Path = ()
    tag: str | int | None = None
    for part in loc:
        if part in WRAPPER_TAGS and tag is None:
            tag = part  # the union's tag; a `disputed` right after it is the field itself
            continue
        if not (part == "value" and tag == "sourced" and not document.has((*written, part))):
            written = (*written, part)
        tag = None
    return written


def problems_from_validation(
    error: ValidationError, model: type[BaseModel], path: str, document: Document
) -> list[Problem]:
    """Translate pydantic's errors into located problems with the atlas's wording."""
    problems = []
    details = error.errors(include_url=False)
    for detail in details:
        loc = tuple(detail["loc"])
        if detail["type"] == "too_short" and any(
            len(other["loc"]) > len(loc) and tuple(other["loc"][: len(loc)]) == loc
            for other in details
        ):
            continue  # the items themselves failed; their errors say why
        yaml_path = _written(loc, document)
        if detail["type"] != "missing":
            while yaml_path and not document.has(yaml_path):
                yaml_path = yaml_path[:-1]
        line = document.line_of(yaml_path)
        stem = posixpath.splitext(posixpath.basename(path))[0]
        problems.append(Problem(path, line, format_path(yaml_path), _message(detail, model, stem)))
    return problems
