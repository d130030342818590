"""JSON Schemas for editors, generated from the pydantic models: one file per kind in schemas/.

Each data file's first line points the YAML language server at its kind's schema, so editors
complete field names, show the field descriptions and flag mistakes while typing. The loader
stays the authority; the schema is the help text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..schema import KINDS, Entity

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = "schemas"
"""The folder (next to data/) that holds the committed schemas."""
_INLINED = ("Sourced[", "Disputed[")
"""Generic wrappers (by title) whose generated names are unreadable; written out where used."""


def schema_file(kind: str) -> str:
    """The schema's file name for a kind (its data folder): `organizations.schema.json`."""
    return f"{kind}.schema.json"


def schema_for(cls: type[Entity]) -> dict[str, Any]:
    """The JSON Schema of one kind, as editors read it: plain values, `{value, sources}` forms."""
    generated = cls.model_json_schema(mode="validation")
    definitions: dict[str, Any] = generated.pop("$defs", {})
    inlined = {
        name: body
        for name, body in definitions.items()
        if str(body.get("title", "")).startswith(_INLINED)
    }

    def resolve(node: Any) -> Any:
        if isinstance(node, list):
            return [resolve(item) for item in node]
        if not isinstance(node, dict):
            return node
        name = str(node.get("$ref", "")).removeprefix("#/$defs/")
        if name in inlined:
            body = {key: value for key, value in inlined[name].items() if key != "title"}
            rest = {key: value for key, value in node.items() if key != "$ref"}
            return resolve({**body, **rest})
        return {key: resolve(value) for key, value in node.items()}

    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$comment": "Generated from the atlas's models by `python -m atlas schemas`; do not edit.",
        **resolve(generated),
    }
    schema["title"] = f"{cls.label.capitalize()} (data/{cls.kind}/<id>.yaml)"
    kept = {name: body for name, body in definitions.items() if name not in inlined}
    if kept:
        schema["$defs"] = {name: resolve(body) for name, body in sorted(kept.items())}
    return schema


def render_schemas() -> dict[str, str]:
    """Every kind's schema as JSON text, by file name."""
    return {
        schema_file(kind): json.dumps(schema_for(cls), indent=2, ensure_ascii=False) + "\n"
        for kind, cls in KINDS.items()
    }


def stale_schemas(folder: Path) -> list[str]:
    """Names of schema files that are missing, out of date or left over in `folder`."""
    wanted = render_schemas()
    stale = [
        name
        for name, text in wanted.items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]
    present = {path.name for path in folder.glob("*.json")} if folder.is_dir() else set()
    return sorted([*stale, *(present - set(wanted))])
