"""Tags come from the data: country, sector, technology and topic, with one page per tag."""

import pytest

from atlas.graph.tags import countries_of, tag_index, tags_of
from atlas.graph.tags import tag_slug as slugify
from atlas.load.loader import load_dataset


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("United States", "united-states"),
        ("AI developer", "ai-developer"),
        ("open weights", "open-weights"),
    ],
)
def test_slugify(name, slug):
    """Tag slugs are lower-case words joined by hyphens."""
    assert slugify(name) == slug


def test_slugs_of_chinese_names_are_stable_and_distinct():
    """A name without Latin letters still gets a slug, the same on every run."""
    assert slugify("人工智能") == slugify("人工智能")
    assert slugify("人工智能").startswith("tag-")
    assert slugify("人工智能") != slugify("芯片")


def test_country_comes_from_the_entry_or_its_makers(minimal_data):
    """Organizations have a country, policies a jurisdiction, models their developers' country."""
    dataset = load_dataset(minimal_data)
    assert countries_of(dataset.get("organizations", "acme-ai"), dataset) == ("CN",)
    assert countries_of(dataset.get("policies", "chip-rule"), dataset) == ("US",)
    assert countries_of(dataset.get("models", "acme-1"), dataset) == ("CN",)
    assert countries_of(dataset.get("sources", "acme-report"), dataset) == ()


def test_tags_of_each_kind(minimal_data):
    """Country first, then sector (types), technology (weights) and the entry's own topics."""
    dataset = load_dataset(minimal_data)

    def names(kind, entity_id):
        return [(tag.group, tag.name) for tag in tags_of(dataset.get(kind, entity_id), dataset)]

    assert names("organizations", "acme-ai") == [("country", "China"), ("sector", "AI developer")]
    assert names("models", "acme-1") == [("country", "China"), ("technology", "open weights")]
    assert names("policies", "chip-rule") == [("country", "United States")]


def test_tag_index_lists_members_by_group(minimal_data):
    """Each tag in use lists its entries; countries come before sectors and technologies."""
    dataset = load_dataset(minimal_data)
    index = tag_index(dataset, ("organizations", "models", "policies"))
    groups = [tag.group for tag in index]
    assert groups == sorted(groups, key=["country", "sector", "technology", "topic"].index)
    china = next(tag for tag in index if tag.slug == "china")
    assert [e.id for e in index[china]] == ["acme-ai", "bright-capital", "acme-1", "acme-2"]
