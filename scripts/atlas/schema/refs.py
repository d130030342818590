"""Markers on fields (references between entities, dates) and walkers that find marked values."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar, Union

from pydantic import BaseModel

FieldPath = tuple[str | int, ...]
M = TypeVar("M")
B = TypeVar("B", bound=BaseModel)


@dataclass(frozen=True)
class Ref:
    """Marks an id field as pointing at an entity of `kind` (its data folder, e.g. 'models')."""

    kind: str
    acyclic: bool = False
    """True for relations that must not loop back (lineage, amendments, ownership)."""

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> dict[str, Any]:
        """Tell editors which folder the id must name a file in."""
        json_schema: dict[str, Any] = handler(schema)
        json_schema.setdefault(
            "description", f"The id of an entry in data/{self.kind}/ (its file name without .yaml)."
        )
        return json_schema


@dataclass(frozen=True)
class DateMarker:
    """Marks a date field, so checks can find every date wherever it is nested."""


def _find_marker(annotation: Any, marker: type[M]) -> M | None:
    """The marker inside an annotation, without descending into nested models."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return None
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, marker):
            return meta
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _find_marker(typing.get_args(annotation)[0], marker)
    if origin in (tuple, list, Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if (found := _find_marker(arg, marker)) is not None:
                return found
    return None


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    """The pydantic models an annotation can hold, at any depth of unions, tuples and Annotated."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    for arg in typing.get_args(annotation):
        yield from _models_in(arg)


@functools.cache
def _marked_fields(model: type[BaseModel], marker: type[Any]) -> tuple[tuple[str, Any], ...]:
    """`(field name, marker or None)` for the fields that can hold a marked value.

    Why: fields that cannot (plain text, numbers) are skipped, so walking an entity visits only
    the few branches where references or dates can be.
    """
    result: list[tuple[str, Any]] = []
    for name, info in model.model_fields.items():
        found = next((m for m in info.metadata if isinstance(m, marker)), None)
        found = found or _find_marker(info.annotation, marker)
        nested = any(_marked_fields(inner, marker) for inner in _models_in(info.annotation))
        if found is not None or nested:
            result.append((name, found))
    return tuple(result)


def iter_marked(
    obj: BaseModel, marker: type[M], path: FieldPath = ()
) -> Iterator[tuple[FieldPath, M, Any]]:
    """Yield `(field path, marker, value)` for each marked scalar inside a model, in order."""
    for name, found in _marked_fields(type(obj), marker):
        value = getattr(obj, name)
        if value is not None and value != ():
            yield from _walk(value, marker, found, (*path, name))


def _walk(
    value: Any, marker: type[M], found: M | None, path: FieldPath
) -> Iterator[tuple[FieldPath, M, Any]]:
    if isinstance(value, BaseModel):
        yield from iter_marked(value, marker, path)
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _walk(item, marker, found, (*path, index))
    elif value is not None and found is not None:
        yield path, found, value


def iter_refs(obj: BaseModel) -> Iterator[tuple[FieldPath, Ref, str]]:
    """Yield `(field path, ref, id)` for every reference inside an entity."""
    return iter_marked(obj, Ref)


@functools.cache
def _fields_holding(model: type[BaseModel], target: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` whose values can be, or contain, a `target` model."""
    return tuple(
        name
        for name, info in model.model_fields.items()
        if any(
            issubclass(inner, target) or _fields_holding(inner, target)
            for inner in _models_in(info.annotation)
        )
    )


def iter_instances(
    obj: BaseModel, target: type[B], path: FieldPath = ()
) -> Iterator[tuple[FieldPath, B]]:
    """Yield `(field path, model)` for `obj` and each `target` model nested in it, depth first.

    The same as filtering `iter_models`, without visiting branches that cannot hold one.
    """
    if isinstance(obj, target):
        yield path, obj
    for name in _fields_holding(type(obj), target):
        yield from _walk_instances(getattr(obj, name), target, (*path, name))


def _walk_instances(value: Any, target: type[B], path: FieldPath) -> Iterator[tuple[FieldPath, B]]:
    if isinstance(value, BaseModel):
        yield from iter_instances(value, target, path)
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _walk_instances(item, target, (*path, index))


def iter_models(obj: BaseModel, path: FieldPath = ()) -> Iterator[tuple[FieldPath, BaseModel]]:
    """Yield `(field path, model)` for `obj` and every model nested in it, depth first."""
    yield path, obj
    for name in type(obj).model_fields:
        yield from _walk_models(getattr(obj, name), (*path, name))


def _walk_models(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, BaseModel]]:
    if isinstance(value, BaseModel):
        yield from iter_models(value, path)
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _walk_models(item, (*path, index))
