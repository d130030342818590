"""Data out: the whole dataset as JSON and CSV, and one JSON file per entry, losslessly."""

import csv
import io
import itertools
import json

import yaml

from atlas.graph import load_graph
from atlas.graph.graph import Graph
from atlas.graph.relations import Relations
from atlas.load.loader import load_dataset
from atlas.render.downloads import (
    FORMULA_STARTS,
    dataset_json,
    entity_data,
    funding_csv,
    kind_csv,
    relations_csv,
    render_assets,
    safe_cell,
)
from atlas.schema import KINDS
from every_field import dataset_files


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_dataset_json_holds_every_entry_with_its_sources(minimal_data):
    """Every entry of every kind is in the JSON, amounts as exact decimal strings."""
    dataset = load_dataset(minimal_data)
    data = json.loads(dataset_json(dataset))
    assert data["data_as_of"] == "2026-11-29"
    assert {kind: len(items) for kind, items in data["entries"].items()} == {
        kind: len(dataset.of(kind)) for kind in dataset.entities
    }
    acme = next(e for e in data["entries"]["organizations"] if e["id"] == "acme-ai")
    amount = acme["funding_rounds"][0]["amount"]["value"]
    assert amount == {
        "amount": "100000000",
        "currency": "CNY",
        "usd": {"amount": "14000000", "sources": ["acme-report"]},
    }
    assert acme["sources"] == [
        {
            "id": "acme-report",
            "quote": "艾克米宣布完成A轮融资。",
            "gloss": "Acme AI announced that it had closed its Series A round.",
        }
    ]


def test_disputed_facts_keep_every_side(write_data):
    """A disputed fact is exported with each value and its sources, and the note."""
    data = write_data(
        {
            "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n",
            "organizations/a.yaml": "id: a\nname: {en: A}\ntypes: [university]\ncountry: CN\n"
            "founded:\n  disputed: [{value: 2018, sources: [s]}, {value: 2019, sources: [s]}]\n"
            "  note: differ\nsources: [s]\nlast_checked: 2026-11-29\n",
        }
    )
    entity = load_dataset(data).get("organizations", "a")
    assert entity_data(entity)["founded"] == {
        "disputed": [{"value": "2018", "sources": ["s"]}, {"value": "2019", "sources": ["s"]}],
        "note": "differ",
    }
    row = rows(kind_csv(load_dataset(data), "organizations", KINDS["organizations"]))[0]
    assert row["founded"] == "2018 / 2019"


def test_kind_csv_has_a_column_per_field(minimal_data):
    """One row per entry, one column per top-level field; lists are joined, records are JSON."""
    dataset = load_dataset(minimal_data)
    table = rows(kind_csv(dataset, "organizations", KINDS["organizations"]))
    assert [row["id"] for row in table] == ["acme-ai", "bright-capital", "ministry"]
    acme = table[0]
    assert acme["types"] == "ai-developer"
    assert acme["country"] == "CN"
    assert acme["founded"] == "2019"
    assert json.loads(acme["funding_rounds"])[0]["investors"] == ["bright-capital"]
    assert json.loads(acme["name"]) == {"en": "Acme AI", "zh": "艾克米"}


def test_funding_and_relations_csv(minimal_data):
    """Funding rounds keep their currency and sourced USD; relations name both ends and a verb."""
    dataset = load_dataset(minimal_data)
    funding = rows(funding_csv(dataset))
    assert funding == [
        {
            "organization": "acme-ai",
            "date": "2024-03",
            "round": "Series A",
            "amount": "100000000",
            "currency": "CNY",
            "qualifier": "exact",
            "usd_amount": "14000000",
            "disputed": "false",
            "investors": "bright-capital",
            "lead_investors": "",
            "sources": "acme-report",
        }
    ]
    links = rows(relations_csv(Relations(Graph(dataset))))
    assert {
        "from_kind": "organizations",
        "from_id": "bright-capital",
        "relation": "invested in",
        "to_kind": "organizations",
        "to_id": "acme-ai",
        "field": "investors",
    } in links


def test_assets_put_entry_json_next_to_each_page(minimal_data):
    """Each entry's JSON sits beside its page; dataset files and schemas go under downloads/."""
    dataset = load_dataset(minimal_data)
    files = render_assets(Graph(dataset), KINDS, {"organization.schema.json": "{}"})
    assert json.loads(files["organizations/acme-ai.json"])["kind"] == "organizations"
    assert files["downloads/schemas/organization.schema.json"] == "{}"
    assert {
        "downloads/atlas.json",
        "downloads/funding-rounds.csv",
        "downloads/relations.csv",
    } <= set(files)
    assert {f"downloads/{kind}.csv" for kind in KINDS} <= set(files)
    assert len([p for p in files if not p.startswith("downloads/")]) == len(dataset)


IDENTIFIERS = (
    "identifiers:\n  huggingface: [acme/Acme-1-7B, acme/Acme-1-7B-Chat]\n"
    "  arxiv: ['2401.00001']\n  github: [acme/acme-1]\n  epoch: Acme-1\n"
)


def test_identifiers_are_in_the_json_and_a_column_each_in_the_models_csv(minimal_data):
    """A model's identifiers are kept in atlas.json and joinable in models.csv, one column each."""
    path = minimal_data / "models" / "acme-1.yaml"
    path.write_text(path.read_text() + IDENTIFIERS)
    dataset = load_dataset(minimal_data)
    models = json.loads(dataset_json(dataset))["entries"]["models"]
    assert next(m for m in models if m["id"] == "acme-1")["identifiers"] == {
        "huggingface": ["acme/Acme-1-7B", "acme/Acme-1-7B-Chat"],
        "arxiv": ["2401.00001"],
        "github": ["acme/acme-1"],
        "epoch": "Acme-1",
    }
    table = rows(kind_csv(dataset, "models", KINDS["models"]))
    assert "identifiers" not in table[0]
    acme_1, acme_2 = table
    assert {key: value for key, value in acme_1.items() if key.startswith("identifiers.")} == {
        "identifiers.huggingface": "acme/Acme-1-7B; acme/Acme-1-7B-Chat",
        "identifiers.arxiv": "2401.00001",
        "identifiers.github": "acme/acme-1",
        "identifiers.epoch": "Acme-1",
    }
    assert acme_2["identifiers.epoch"] == ""


HOSTILE = ("=cmd|' /C calc'!A0", "+SUM(1;1)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)")
"""Text a spreadsheet would run as a formula (OWASP's CSV injection examples), one per start."""


def test_safe_cell_neutralises_every_formula_start():
    """Each of OWASP's formula characters gets a leading apostrophe; other text is kept."""
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert safe_cell(f"{start}1+1") == f"'{start}1+1"
    assert safe_cell("Acme AI") == "Acme AI"
    assert safe_cell("") == ""
    assert safe_cell("'=already") == "'=already"


def test_no_csv_cell_can_start_a_formula(tmp_path):
    """Hostile text in every text field of every kind: no CSV cell starts like a formula, the
    texts reach the CSVs with their apostrophe, and the JSON keeps every text exactly."""
    counter = itertools.count()
    written: list[str] = []

    def text(kind, path, limit):
        value = f"{HOSTILE[len(written) % len(HOSTILE)]} {next(counter)}"[: limit or 4000]
        written.append(value)
        return value

    data = tmp_path / "data"
    for relative, content in dataset_files(text).items():
        path = data / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), "utf-8")
    assets = render_assets(load_graph(data), KINDS, {})
    tables = {name: text for name, text in assets.items() if name.endswith(".csv")}
    assert set(tables) >= {f"downloads/{kind}.csv" for kind in KINDS}
    cells = [
        (name, cell)
        for name, table in tables.items()
        for row in csv.reader(io.StringIO(table))
        for cell in row
    ]
    assert [(name, cell) for name, cell in cells if cell.startswith(FORMULA_STARTS)] == []
    exact = set(_strings(json.loads(assets["downloads/atlas.json"])))
    stored = exact & set(written)  # the texts the schema accepted, as the JSON keeps them
    assert len(stored) > 100
    every_cell = "\n".join(cell for _, cell in cells)
    reached = [value for value in stored if value in every_cell]  # a fact's note stays in JSON
    assert len(reached) > 100
    marked = [cell for _, cell in cells if cell.startswith("'")]
    assert marked
    assert all(cell[1:].startswith(HOSTILE) for cell in marked)  # only formulas are marked
    for kind in KINDS:  # a top-level text field is a cell of its own, apostrophe first
        own = [cell for name, cell in cells if name == f"downloads/{kind}.csv"]
        assert any(cell[:1] == "'" and cell[1:] in stored for cell in own), kind


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
