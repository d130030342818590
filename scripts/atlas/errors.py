"""Problems found in data files, worded for the person who will fix them."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Union

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from .schema.common import WRAPPER_TAGS
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
    """`('funding_rounds', 2, 'investors', 0)` -> `funding_rounds[2].investors[0]`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def show(value: Any, limit: int = 60) -> str:
    """A short, quoted rendering of a bad value for a message."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…'"


def suggest(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` when a choice is close to `word`, else an empty string."""
    match = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return f"; did you mean {match[0]!r}?" if match else ""


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
    "control_characters": "must not contain control characters",
    "money_needs_amount": "must give an amount or the source's wording",
}


def _message(error: ErrorDetails, model: type[BaseModel] | None) -> str:
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    got = f" (got {show(value)})"
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        known = model.model_fields if model else {}
        field = str(error["loc"][-1])
        hint = suggest(field, known) or (f"; allowed: {', '.join(known)}" if known else "")
        return f"is not a known field{hint}"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        choices = [c.strip(" '") for c in str(expected).replace(" or ", ", ").split(",")]
        return f"must be one of {', '.join(choices)}{got}{suggest(str(value), choices)}"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if "A-Z" in pattern:
            return f"must be a two-letter country code in capitals, such as CN or US{got}"
        if "a-z0-9" in pattern:
            return (
                f"must be an id of lowercase letters, digits and hyphens, such as 'zhipu-ai'{got}"
            )
        return f"must match {pattern}{got}"
    if kind in {"string_type", "string_sub_type"}:
        return f"must be text{got}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return f"must be a whole number{got}"
    if kind in {"decimal_type", "decimal_parsing", "float_type", "float_parsing", "finite_number"}:
        return f"must be a number{got}"
    if kind in {"bool_type", "bool_parsing"}:
        return f"must be true or false{got}"
    if kind in {"greater_than", "greater_than_equal"}:
        bound = ctx.get("gt", ctx.get("ge"))
        return f"must be greater than {bound}{got}"
    if kind in {"less_than", "less_than_equal"}:
        return f"must be at most {ctx.get('le', ctx.get('lt'))}{got}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters (got {len(str(value))})"
    if kind == "too_short":
        return f"must list at least {ctx.get('min_length')} item(s)"
    if kind == "too_long":
        return f"must list at most {ctx.get('max_length')} items"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return f"must be a mapping of fields{got}"
    if kind in {"tuple_type", "list_type"}:
        return f"must be a list{got}"
    if kind == "value_error":
        code = str(ctx.get("error", ""))
        return f"{_VALUE_ERRORS.get(code, code)}{got if code != 'money_needs_amount' else ''}"
    if kind in {"decimal_max_digits", "decimal_max_places", "decimal_whole_digits"}:
        return f"must be a plain number{got}"
    return f"{error['msg'].lower()}{got}"


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
        yaml_path = tuple(part for part in loc if part not in WRAPPER_TAGS)
        if detail["type"] != "missing":
            while yaml_path and not document.has(yaml_path):
                yaml_path = yaml_path[:-1]
        line = document.line_of(yaml_path)
        owner = _model_at(model, loc[:-1]) if detail["type"] == "extra_forbidden" else None
        problems.append(Problem(path, line, format_path(yaml_path), _message(detail, owner)))
    return problems
