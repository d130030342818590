"""Page metadata: schema.org JSON-LD per kind, the date of the data, and citations."""

from atlas.graph.graph import Graph
from atlas.load.loader import load_dataset
from atlas.render.jsonld import describe as jsonld


def test_organization_jsonld(minimal_data):
    """An organization is a schema.org Organization with its other names and its funders."""
    graph = Graph(load_dataset(minimal_data))
    data = jsonld(
        graph.dataset.get("organizations", "acme-ai"),
        graph,
        "https://atlas.example/organizations/acme-ai/",
    )
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["name"] == "Acme AI"
    assert data["alternateName"] == "艾克米"
    assert data["foundingDate"] == "2019"
    assert data["funder"] == {"@type": "Organization", "name": "Bright Capital"}
    assert data["mainEntityOfPage"] == "https://atlas.example/organizations/acme-ai/"
    investor = jsonld(graph.dataset.get("organizations", "bright-capital"), graph, None)
    assert investor["alternateName"] == "Dim Capital"
    assert "mainEntityOfPage" not in investor


def test_model_and_policy_jsonld(minimal_data):
    """A model is a SoftwareApplication made by its developers; a policy is Legislation."""
    graph = Graph(load_dataset(minimal_data))
    model = jsonld(graph.dataset.get("models", "acme-1"), graph, None)
    assert model["@type"] == "SoftwareApplication"
    assert model["creator"] == {"@type": "Organization", "name": "Acme AI"}
    assert model["datePublished"] == "2023-05"
    policy = jsonld(graph.dataset.get("policies", "chip-rule"), graph, None)
    assert policy["@type"] == "Legislation"
    assert policy["legislationJurisdiction"] == "United States"
    assert policy["legislationDate"] == "2024-01-05"
    assert policy["legislationLegalForce"] == "InForce"
    assert policy["legislationPassedBy"] == {
        "@type": "Organization",
        "name": "Ministry of Examples",
    }


def test_disputed_values_are_left_out(write_data):
    """Where sources disagree, JSON-LD states nothing rather than pick a side."""
    data = write_data(
        {
            "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n",
            "organizations/a.yaml": "id: a\nname: {en: A}\ntypes: [university]\ncountry: CN\n"
            "founded:\n  disputed: [{value: 2018, sources: [s]}, {value: 2019, sources: [s]}]\n"
            "  note: differ\nsources: [s]\nlast_checked: 2026-11-29\n",
        }
    )
    graph = Graph(load_dataset(data))
    ld = jsonld(graph.dataset.get("organizations", "a"), graph, None)
    assert "foundingDate" not in ld
    assert ld["@type"] == "CollegeOrUniversity"


def test_model_identifiers_are_same_as_links_and_property_values(minimal_data):
    """A model's Hugging Face, arXiv and GitHub ids are `sameAs` addresses; each id, Epoch's
    name included, is an `identifier` PropertyValue."""
    path = minimal_data / "models" / "acme-1.yaml"
    path.write_text(
        path.read_text()
        + "identifiers:\n  huggingface: [acme/Acme-1-7B]\n  arxiv: ['2401.00001']\n"
        "  github: [acme/acme-1]\n  epoch: Acme-1\n"
    )
    graph = Graph(load_dataset(minimal_data))
    model = jsonld(graph.dataset.get("models", "acme-1"), graph, None)
    assert model["sameAs"] == [
        "https://huggingface.co/acme/Acme-1-7B",
        "https://arxiv.org/abs/2401.00001",
        "https://github.com/acme/acme-1",
    ]
    assert model["identifier"] == [
        {
            "@type": "PropertyValue",
            "propertyID": "Hugging Face",
            "value": "acme/Acme-1-7B",
            "url": "https://huggingface.co/acme/Acme-1-7B",
        },
        {
            "@type": "PropertyValue",
            "propertyID": "arXiv",
            "value": "2401.00001",
            "url": "https://arxiv.org/abs/2401.00001",
        },
        {
            "@type": "PropertyValue",
            "propertyID": "GitHub",
            "value": "acme/acme-1",
            "url": "https://github.com/acme/acme-1",
        },
        {"@type": "PropertyValue", "propertyID": "Epoch AI", "value": "Acme-1"},
    ]
    other = jsonld(graph.dataset.get("models", "acme-2"), graph, None)
    assert "sameAs" not in other
    assert "identifier" not in other
