"""`python -m atlas new KIND NAME` writes a file to fill in, built from the kind's schema."""

from __future__ import annotations

import re
from datetime import date

import pytest

from atlas.cli import main
from atlas.editor.headers import header_line
from atlas.editor.jsonschema import schema_for
from atlas.editor.scaffold import ScaffoldError, create_entry, kind_of, slug
from atlas.load.loader import read_entity
from atlas.load.yamlio import parse_yaml
from atlas.schema import KINDS

TODAY = date(2026, 1, 5)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zhipu AI", "zhipu-ai"),
        ("  Société Générale  ", "societe-generale"),
        ("EO 14105: Outbound Investment", "eo-14105-outbound-investment"),
        ("智谱", ""),
    ],
)
def test_slug(name, expected):
    """The id is the name in lowercase ASCII words joined by hyphens."""
    assert slug(name) == expected


def test_kind_accepts_singular_and_folder_names():
    """Both `organization` and `organizations` name the organizations folder."""
    assert kind_of("organization") == kind_of("organizations") == "organizations"
    with pytest.raises(ScaffoldError, match="unknown kind 'company'; choose one of"):
        kind_of("company")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_new_entry_is_valid_yaml_and_only_asks_for_required_facts(tmp_path, kind):
    """A new file has the header, the id and name filled in; checking it reports only the
    required fields still to fill in, each at its own line."""
    path = create_entry(tmp_path / "data", kind, "Acme Frontier Lab", today=TODAY)
    assert path == tmp_path / "data" / kind / "acme-frontier-lab.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == header_line(kind)
    data = parse_yaml(text).data
    assert data["id"] == "acme-frontier-lab"
    assert "Acme Frontier Lab" in str(data)
    schema = schema_for(KINDS[kind])
    assert set(schema["required"]) <= set(data)
    _, _, problems = read_entity(path, tmp_path)
    blank = {field for field in schema["required"] if data[field] in (None, [])}
    assert {problem.field for problem in problems} == blank
    lines = text.splitlines()
    for problem in problems:
        assert lines[problem.line - 1].startswith(f"{problem.field}:")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_optional_fields_uncomment_into_valid_yaml(tmp_path, kind):
    """Removing the `# ` before every optional field gives well-formed YAML with all the fields."""
    text = create_entry(tmp_path / "data", kind, "Acme", today=TODAY).read_text(encoding="utf-8")
    body = text[text.index("\nid: ") + 1 :]
    while (uncommented := re.sub(r"(?m)^(\s*)# ", r"\1", body)) != body:
        body = uncommented
    expected = set(schema_for(KINDS[kind])["properties"]) - (
        {"sources"} if kind == "sources" else set()
    )
    assert set(parse_yaml(body).data) == expected


def test_sources_get_the_day_they_were_read(tmp_path):
    """A new source records today as the day it was read."""
    path = create_entry(tmp_path / "data", "sources", "Acme raises money", today=TODAY)
    text = path.read_text(encoding="utf-8")
    assert parse_yaml(text).data["accessed"] == "2026-01-05"
    assert "\nlast_checked: 2026-01-05  # When the address was last checked." in text


def test_cite_reminder(tmp_path):
    """Entries (not sources) open with a reminder to cite every fact and mark claims."""
    text = create_entry(tmp_path / "data", "models", "Acme-1", today=TODAY).read_text()
    assert "# Cite every fact" in text
    assert "claim: true" in text
    assert "sources: []  # Required." in text


def test_refuses_an_existing_id(tmp_path):
    """An id that exists is refused and the existing file is left untouched."""
    data = tmp_path / "data"
    path = create_entry(data, "organizations", "Acme", today=TODAY)
    path.write_text("kept\n", encoding="utf-8")
    with pytest.raises(ScaffoldError, match=r"acme.yaml already exists: edit that file, or choose"):
        create_entry(data, "organizations", "ACME", today=TODAY)
    assert path.read_text(encoding="utf-8") == "kept\n"


def test_names_that_make_no_id_need_one(tmp_path):
    """A name with no Latin letters needs --id; a bad --id is refused."""
    with pytest.raises(ScaffoldError, match="cannot make an id from '智谱'; give one with --id"):
        create_entry(tmp_path, "organizations", "智谱")
    with pytest.raises(ScaffoldError, match="must be lowercase letters"):
        create_entry(tmp_path, "organizations", "Zhipu", entity_id="Zhipu_AI")
    path = create_entry(tmp_path, "organizations", "智谱", entity_id="zhipu", today=TODAY)
    assert parse_yaml(path.read_text()).data["name"] == {"en": "智谱"}


def test_names_with_yaml_syntax_are_quoted(tmp_path):
    """Names with colons, quotes or hashes read back exactly."""
    name = 'Acme: the "best" #1 lab'
    path = create_entry(tmp_path, "sources", name, today=TODAY)
    assert parse_yaml(path.read_text()).data["title"] == name


def test_new_command(tmp_path, capsys):
    """`new` prints the file it made and what to do next; a taken id exits 2."""
    data = tmp_path / "data"
    args = ["--data", str(data), "new", "organization", "Acme AI", "--checked", "2026-01-05"]
    assert main(args) == 0
    path = data / "organizations" / "acme-ai.yaml"
    assert capsys.readouterr().out == (
        f"created {path}\n"
        "next: fill in the fields marked Required, then run `python -m atlas check`\n"
    )
    assert "last_checked: 2026-01-05" in path.read_text()
    assert main(args) == 2
    assert capsys.readouterr().err == (
        f"error: {path} already exists: edit that file, or choose another id with --id\n"
    )


def test_standard_lists_are_named_not_written_out(tmp_path):
    """The country hint names ISO 3166-1 without listing its 249 codes; short lists are listed."""
    text = create_entry(tmp_path / "data", "organizations", "Acme", today=TODAY).read_text()
    country = next(line for line in text.splitlines() if line.startswith("country:"))
    assert "ISO 3166-1 alpha-2" in country
    assert "One of" not in country
    assert "One or more of: ai-developer, venture-capital" in text
