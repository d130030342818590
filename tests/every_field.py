"""Builds data files for every kind with every field filled, by walking the pydantic models.

New kinds and new fields are covered without touching this module: a text field gets the text a
test chooses (hostile markup, random strings), other fields get the first simple value their own
validator accepts, and references point at a plain entity of the right kind.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, Literal, Union

import annotated_types
from pydantic import BaseModel, TypeAdapter, ValidationError

from atlas.schema import KINDS, Ref, Source
from atlas.schema.common import Citation

FieldPath = tuple[str | int, ...]
TextFor = Callable[[str, FieldPath, int | None], str]
"""(kind, field path, maximum length or None) -> the text to put in that field."""

DATE = "2020-01-02"
URL_PATH = "x_(y)*z*|w~v^u[t]{s}?a=1&b=2#frag"
"""Legal in a web address, but every character here means something to Markdown."""


def plain_id(kind: str) -> str:
    """The id of the plain entity of a kind; every reference points at one of these."""
    return f"plain-{kind}"


def filled_id(kind: str) -> str:
    """The id of the entity of a kind whose every field is filled."""
    return f"filled-{kind}"


def textual_id(kind: str) -> str:
    """The id of the entity of a kind with its required fields and every optional text field."""
    return f"textual-{kind}"


class Filler:
    """Turns a model class into data that validates.

    `every_field` fills every field; otherwise only required ones, plus (with `text_fields`)
    optional fields that hold text. The second form shows text that a page only displays when
    some other field is absent, such as a money's wording when it has no amount. Unions take
    their first form there (a fact as one value); with every field they take each form in turn.
    """

    def __init__(self, text: TextFor, text_fields: bool = False, raw: bool = False) -> None:
        self.text = text
        self.text_fields = text_fields
        self.raw = raw
        """Put the text in every string field (ids, dates, addresses too), valid or not."""
        self.turn = 0
        self.used_text = False

    def entity(self, cls: type[BaseModel], entity_id: str, every_field: bool) -> dict[str, Any]:
        """The data of one entity, as it would be written in its YAML file."""
        kind = str(cls.kind)  # type: ignore[attr-defined]
        data = self._model(cls, kind, (), every_field)
        data["id"] = entity_id
        if cls is not Source:
            data["sources"] = [plain_id("sources"), filled_id("sources"), textual_id("sources")]
            if not self.raw:
                _quote_chinese_names(data, data)
        elif "url" not in data and "read_at" not in data:
            data["url"] = f"https://example.org/{entity_id}"  # a source needs one address
        return data

    def _model(
        self, cls: type[BaseModel], kind: str, path: FieldPath, every_field: bool
    ) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name, info in cls.model_fields.items():
            if every_field or info.is_required():
                data[name] = self._value(info.annotation, list(info.metadata), kind, (*path, name))
            elif self.text_fields:
                self.used_text, outer = False, self.used_text
                value = self._value(info.annotation, list(info.metadata), kind, (*path, name))
                if self.used_text:
                    data[name] = value
                self.used_text = self.used_text or outer
        return data

    def _value(self, annotation: Any, metadata: list[Any], kind: str, path: FieldPath) -> Any:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            base, *extra = typing.get_args(annotation)
            return self._value(base, [*metadata, *extra], kind, path)
        ref = next((meta for meta in metadata if isinstance(meta, Ref)), None)
        if ref is not None and not self.raw:
            return plain_id(ref.kind)
        if origin in (Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            self.turn += 1
            chosen = options[0 if self.text_fields else self.turn % len(options)]
            return self._value(chosen, metadata, kind, path)
        if origin in (tuple, list):
            item = typing.get_args(annotation)[0]
            least = max(
                [meta.min_length for meta in metadata if hasattr(meta, "min_length")] or [1]
            )
            return [self._value(item, [], kind, (*path, index)) for index in range(least)]
        if origin is Literal:
            return typing.get_args(annotation)[0]
        if annotation is Citation and self.text_fields and not self.raw:
            # A bare id: quotes are text only when cited, and the filled entity cites with them.
            return plain_id("sources")
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return self._model(annotation, kind, path, every_field=not self.text_fields)
        if annotation is bool:
            return True
        if annotation is int:
            return 5
        if annotation is Decimal:
            return "1000"
        if annotation is str:
            return self._string(metadata, kind, path)
        raise TypeError(f"no value for {annotation!r} at {path}")

    def _string(self, metadata: list[Any], kind: str, path: FieldPath) -> str:
        if self.raw:
            return self.text(kind, path, None)
        adapter = TypeAdapter(typing.Annotated[str, *metadata]) if metadata else TypeAdapter(str)
        limit = min(
            (meta.max_length for meta in _constraints(metadata) if meta.max_length), default=None
        )
        candidates = [
            self.text(kind, path, limit),
            DATE,
            f"https://example.org/{'-'.join(map(str, path))}/{URL_PATH}",
            "-".join(map(str, path)).replace("_", "-"),
            "US",
            "example/" + "-".join(map(str, path)).replace("_", "-"),  # a repository id
            "2501.12948",  # an arXiv id
            "en",  # a BCP 47 language tag
            "MIT",  # an SPDX licence id
            "USD",  # an ISO 4217 currency code
        ]
        for index, candidate in enumerate(candidates):
            try:
                adapter.validate_python(candidate)
            except ValidationError:
                continue
            self.used_text = self.used_text or index == 0
            return candidate
        raise TypeError(f"no string value accepted at {path}")


def _quote_chinese_names(node: Any, entity: dict[str, Any]) -> None:
    """Cite a quote giving each Chinese name, as the atlas's checks require of real data.

    The quote goes in the record that holds the name when it cites sources, and in the entry's.
    """
    if isinstance(node, list):
        for item in node:
            _quote_chinese_names(item, entity)
        return
    if not isinstance(node, dict):
        return
    for key in ("name", "title"):
        name = node.get(key)
        if isinstance(name, dict) and isinstance(name.get("zh"), str):
            quoted = {"id": plain_id("sources"), "quote": name["zh"]}
            for owner in (node, entity) if node.get("sources") else (entity,):
                owner["sources"] = [*owner["sources"], dict(quoted)]
    for key, value in node.items():
        if key != "sources":
            _quote_chinese_names(value, entity)


def _constraints(metadata: list[Any]) -> Iterator[Any]:
    for meta in metadata:
        if hasattr(meta, "max_length") or isinstance(meta, annotated_types.MaxLen):
            yield meta


def dataset_files(text: TextFor) -> dict[str, dict[str, Any]]:
    """`{"organizations/filled-organizations.yaml": data, ...}` for every kind: one entity with
    every field filled, one with its required and text fields, and one with only what is
    required (the target of every reference)."""
    files: dict[str, dict[str, Any]] = {}
    for kind, cls in KINDS.items():
        filler = Filler(text)
        files[f"{kind}/{filled_id(kind)}.yaml"] = filler.entity(cls, filled_id(kind), True)
        textual = Filler(text, text_fields=True)
        files[f"{kind}/{textual_id(kind)}.yaml"] = textual.entity(cls, textual_id(kind), False)
        plain = Filler(lambda kind, path, limit: f"Plain {kind} {'.'.join(map(str, path))}")
        files[f"{kind}/{plain_id(kind)}.yaml"] = plain.entity(cls, plain_id(kind), False)
    return files
