"""Data out: the whole dataset as JSON and CSV, and one JSON file per entry, losslessly."""

import csv
import io
import json

from atlas.graph.graph import Graph
from atlas.graph.relations import Relations
from atlas.load.loader import load_dataset
from atlas.render.downloads import (
    dataset_json,
    entity_data,
    funding_csv,
    kind_csv,
    relations_csv,
    render_assets,
)
from atlas.schema import KINDS


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
    assert acme["sources"] == ["acme-report"]


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
