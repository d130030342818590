"""The committed JSON Schemas match the models, and they accept what the loader accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from atlas.cli import main
from atlas.editor.jsonschema import render_schemas, schema_file, stale_schemas
from atlas.load.yamlio import parse_yaml
from atlas.schema import KINDS
from conftest import FIXTURES, ROOT

SCHEMAS = ROOT / "schemas"


def validator(kind: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / schema_file(kind)).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def schema_errors(kind: str, text: str) -> list[str]:
    data = parse_yaml(text).data
    return sorted(
        f"{'.'.join(map(str, error.absolute_path))}: {error.validator}"
        for error in validator(kind).iter_errors(data)
    )


def test_committed_schemas_are_up_to_date():
    """schemas/ holds exactly the schemas generated from the models; regenerate when stale."""
    assert stale_schemas(SCHEMAS) == [], "run `python -m atlas schemas` and commit schemas/"


def test_every_kind_has_a_schema():
    """Each kind, including kinds added later, gets its schema with no extra code."""
    assert sorted(render_schemas()) == sorted(schema_file(kind) for kind in KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_schema_is_valid_json_schema(kind):
    """Each schema is a valid JSON Schema (draft 2020-12) with field descriptions."""
    schema = json.loads((SCHEMAS / schema_file(kind)).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False
    assert schema["required"][0] == "id"
    objects = {"": schema, **schema.get("$defs", {})}
    undocumented = [
        f"{name}.{field}" if name else field
        for name, body in objects.items()
        for field, spec in body.get("properties", {}).items()
        if "description" not in spec
    ]
    assert undocumented == [], "give each field a Field(description=...) in the model"


def data_files() -> list[Path]:
    roots = (ROOT / "data", FIXTURES / "minimal" / "data")
    return sorted(path for root in roots for path in root.glob("*/*.yaml"))


@pytest.mark.parametrize("path", data_files(), ids=lambda path: f"{path.parent.name}/{path.name}")
def test_data_files_validate_against_their_schema(path):
    """Every valid data file, with its plain values (founded: 2019), passes its kind's schema."""
    assert schema_errors(path.parent.name, path.read_text(encoding="utf-8")) == []


ORGANIZATION = """\
id: acme-ai
name: {en: Acme AI}
types: [ai-developer]
country: US
last_checked: 2026-01-05
sources: [acme-news]
"""


@pytest.mark.parametrize(
    "founded",
    [
        "2019",
        "2019-07",
        "{value: 2019, sources: [acme-news], claim: true}",
        "{disputed: [{value: 2019, sources: [a]}, {value: 2020, sources: [b]}], note: They differ.}",
    ],
)
def test_every_form_of_a_fact_validates(founded):
    """A fact may be a plain value, a value with its sources, or a dispute; editors accept all."""
    assert schema_errors("organizations", ORGANIZATION + f"founded: {founded}\n") == []


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("fonded: 2019\n", [": additionalProperties"]),
        ("founded: {value: 2019, source: [acme-news]}\n", ["founded: anyOf"]),
        ("types: [ai-lab]\n", ["types.0: enum"]),
        ("website: ftp://acme.example\n", ["website: anyOf"]),
        ("country: XX\n", ["country: enum"]),  # not assigned by ISO 3166-1
        ("country: NO\n", []),  # any assigned code, not only a short list
        (
            "funding_rounds: [{date: 2024, amount: {amount: 1, currency: XYZ}}]\n",
            ["funding_rounds.0.amount: anyOf"],
        ),
    ],
)
def test_schema_flags_common_mistakes(extra, expected):
    """Editors flag a misspelt field, a value outside a vocabulary or a standard list (ISO 3166-1,
    ISO 4217) and a bad address."""
    text = ORGANIZATION.replace("types: [ai-developer]\n", "") if "types" in extra else ORGANIZATION
    if extra.startswith("country"):
        text = text.replace("country: US\n", "")
    assert schema_errors("organizations", text + extra) == expected


def test_schemas_command_writes_then_checks(tmp_path, capsys):
    """`schemas` writes every schema; `schemas --check` then passes, and fails once one is edited."""
    out = tmp_path / "schemas"
    assert main(["schemas", "--out", str(out)]) == 0
    assert main(["schemas", "--out", str(out), "--check"]) == 0
    (out / schema_file("models")).write_text("{}\n", encoding="utf-8")
    (out / "retired.schema.json").write_text("{}\n", encoding="utf-8")
    assert main(["schemas", "--out", str(out), "--check"]) == 1
    output = capsys.readouterr().out
    assert f"{out / 'models.schema.json'}: out of date with the models" in output
    assert f"{out / 'retired.schema.json'}: out of date with the models" in output
    assert main(["schemas", "--out", str(out)]) == 0
    assert not (out / "retired.schema.json").exists()
    assert stale_schemas(out) == []
