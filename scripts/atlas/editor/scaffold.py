"""`python -m atlas new KIND NAME`: a new data file with the right id, built from the kind's schema.

Required fields come first, with empty values for the contributor to fill in; optional fields
follow as comments that say what they hold. Everything is read from the JSON Schema of the
kind, so a new kind gets a scaffold without code here.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from ..load.yamlio import YamlProblem, parse_yaml
from ..schema import KINDS
from ..schema.common import ID_PATTERN
from ..schema.slug import MAX_ID_LENGTH, slugify
from .headers import header_line
from .jsonschema import schema_for

MAX_DEPTH = 2
"""How deep nested fields are spelled out (a funding round's amount, but not its conversion)."""
_DATE_FIELDS = ("last_checked", "accessed")
"""Fields that get the day the file is made: the contributor is reading the sources that day."""

LISTED_CHOICES = 20
"""A closed list is written out in the hint up to this length; the standard lists (ISO 3166-1,
ISO 4217) are not, and the editor offers them from the JSON Schema."""


class ScaffoldError(Exception):
    """The entry cannot be created (its id exists, or no id can be made from the name)."""


def slug(name: str) -> str:
    """A kebab-case id from a name: 'Zhipu AI' -> 'zhipu-ai'; accents are dropped."""
    return slugify(name, MAX_ID_LENGTH)


def kind_of(word: str) -> str:
    """The data folder for `organization` or `organizations` (any kind in KINDS)."""
    for kind, cls in KINDS.items():
        if word in (kind, cls.label):
            return kind
    raise ScaffoldError(f"unknown kind {word!r}; choose one of {', '.join(kind_words())}")


def kind_words() -> list[str]:
    """The words `kind_of` accepts, one per kind ('organization', 'model'...)."""
    return [cls.label for cls in KINDS.values()]


def _scalar(value: str) -> str:
    """A YAML scalar that reads back as exactly `value` (quoted only when it must be)."""
    try:
        if parse_yaml(f"key: {value}\n").data == {"key": value} and "#" not in value:
            return value
    except YamlProblem:
        pass
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


class _Writer:
    """Turns a kind's JSON Schema into commented YAML lines."""

    def __init__(self, schema: dict[str, Any], values: dict[tuple[str, ...], str]) -> None:
        self.defs: dict[str, Any] = schema.get("$defs", {})
        self.values = values

    def shape(self, spec: dict[str, Any]) -> dict[str, Any]:
        """The plain form of a field: references followed, `null` and `{value, sources}` dropped."""
        description = spec.get("description")
        if "$ref" in spec:
            spec = {**self.defs[spec["$ref"].removeprefix("#/$defs/")], **spec}
            del spec["$ref"]
        options = [
            option
            for option in spec.get("anyOf", ())
            if option.get("type") != "null"
            and not {"value", "disputed"} & set(option.get("properties", {}))
        ]
        if len(options) == 1:
            inner = self.shape(options[0])
            texts = [t for t in (description, inner.get("description")) if t]
            merged = {**inner, **{k: v for k, v in spec.items() if k not in ("anyOf", "title")}}
            merged["description"] = " ".join(dict.fromkeys(texts))
            return merged
        return spec

    def hint(self, spec: dict[str, Any], required: bool) -> str:
        """The comment after a field: required or not, what it holds, the allowed values."""
        parts = ["Required." if required else "", spec.get("description", "")]
        choices = spec.get("enum") or spec.get("items", {}).get("enum")
        if choices and len(choices) <= LISTED_CHOICES:  # a standard list is left to the editor
            many = spec.get("type") == "array"
            parts.append(f"{'One or more' if many else 'One'} of: {', '.join(choices)}.")
        text = " ".join(part for part in parts if part)
        return f"  # {text}" if text else ""

    def field(
        self, name: str, spec: dict[str, Any], required: bool, path: tuple[str, ...], depth: int
    ) -> list[str]:
        """The lines of one field at indentation zero (the caller indents and comments them)."""
        spec = self.shape(spec)
        hint = self.hint(spec, required)
        if path in self.values:
            return [f"{name}: {_scalar(self.values[path])}{hint}"]
        if "properties" in spec and depth < MAX_DEPTH:
            return [f"{name}:{hint}", *_indent(self.mapping(spec, path, depth + 1), "  ")]
        if spec.get("type") == "array":
            items = self.shape(spec.get("items", {}))
            if "properties" in items and depth < MAX_DEPTH:
                lines = self.mapping(items, path, depth + 1)
                item = [("- " if i == 0 else "  ") + line for i, line in enumerate(lines)]
                return [f"{name}:{hint}", *_indent(item, "  ")]
            return [f"{name}: []{hint}"]
        return [f"{name}:{hint}"]

    def mapping(self, spec: dict[str, Any], path: tuple[str, ...], depth: int) -> list[str]:
        """Required fields, then the optional ones as comments, unless the scaffold fills one."""
        required = spec.get("required", [])
        properties: dict[str, Any] = spec.get("properties", {})
        lines: list[str] = []
        for name in [*required, *(name for name in properties if name not in required)]:
            block = self.field(name, properties[name], name in required, (*path, name), depth)
            keep = name in required or (*path, name) in self.values
            lines += block if keep else _comment(block)
        return lines


def _indent(lines: list[str], pad: str) -> list[str]:
    return [pad + line for line in lines]


def _comment(lines: list[str]) -> list[str]:
    """Comment out a block, keeping its indentation: uncommenting restores it exactly."""
    return ["# " + line for line in lines]


def entry_text(kind: str, name: str, entity_id: str, today: date) -> str:
    """The text of a new data file for `name` (see the module docstring)."""
    cls = KINDS[kind]
    schema = schema_for(cls)
    properties: dict[str, Any] = schema["properties"]
    values: dict[tuple[str, ...], str] = {("id",): entity_id}
    writer = _Writer(schema, values)
    name_field = next((field for field in ("name", "title") if field in properties), None)
    if name_field:
        is_object = "properties" in writer.shape(properties[name_field])
        values[(name_field, "en") if is_object else (name_field,)] = name
    for field in _DATE_FIELDS:
        if field in properties:
            values[(field,)] = today.isoformat()

    cites_sources = kind != "sources"
    must = {*schema.get("required", []), *(["sources"] if cites_sources else [])}
    first = [field for field in schema.get("required", []) if field != "last_checked"]
    first += [field for field in ("sources", "last_checked") if field in must or (field,) in values]
    lines: list[str] = []
    for field in first:
        lines += writer.field(field, properties[field], field in must, (field,), 0)
    for field, spec in properties.items():
        if field in first or (field == "sources" and not cites_sources):
            continue
        block = writer.field(field, spec, False, (field,), 0)
        lines += block if (field,) in values else _comment(block)
    return "\n".join([header_line(kind), *_preamble(cls.label, name, cites_sources), *lines]) + "\n"


def _preamble(label: str, name: str, cites_sources: bool) -> list[str]:
    cite = (
        [
            "# Cite every fact: list the ids of the sources you read under `sources:` (they",
            "# cover every fact that names none of its own), or give one fact its own citation",
            "# with `{value: ..., sources: [...]}`. Each source is a file in data/sources/;",
            '# add one with `python -m atlas new source "Title of the article"`.',
            "# A company's own statement about itself gets `claim: true`; see CONTRIBUTING.md.",
        ]
        if cites_sources
        else [
            "# A source must be cited by at least one entry: add its id to the `sources:` of the",
            "# entry (or the fact) it supports. Give the URL you read; https:// where possible.",
        ]
    )
    return [
        f"# New {label}: {name}",
        "# Fill in the fields marked Required from the sources you read, then run",
        "# `python -m atlas check`. Lines starting with `# field:` are optional fields: remove",
        "# the `# ` to use one, or delete the line. Leave out anything no source says.",
        *cite,
    ]


def create_entry(
    data_dir: Path, kind: str, name: str, entity_id: str | None = None, today: date | None = None
) -> Path:
    """Write `data/<kind>/<id>.yaml` for a new entry and return its path.

    Raises:
        ScaffoldError: if the id is taken or invalid, or no id can be made from the name.
    """
    entity_id = entity_id or slug(name)
    if not entity_id:
        raise ScaffoldError(f"cannot make an id from {name!r}; give one with --id, e.g. --id acme")
    if not re.fullmatch(ID_PATTERN, entity_id) or len(entity_id) > MAX_ID_LENGTH:
        raise ScaffoldError(
            f"id {entity_id!r} must be lowercase letters, digits and hyphens, such as 'zhipu-ai'"
        )
    path = data_dir / kind / f"{entity_id}.yaml"
    text = entry_text(kind, name.strip(), entity_id, today or date.today())
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except FileExistsError:
        raise ScaffoldError(
            f"{path} already exists: edit that file, or choose another id with --id"
        ) from None
    return path
