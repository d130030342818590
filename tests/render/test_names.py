"""Every name an entry goes by, which search indexes above its text."""

from __future__ import annotations

from atlas.render.names import names_of
from atlas.schema import Hardware, Organization, Policy, Source

COMMON = {"sources": ["a-source"], "last_checked": "2026-11-29"}


def test_an_organization_goes_by_all_its_names():
    org = Organization.model_validate(
        {
            "id": "acme-ai",
            "name": {"en": "Acme AI", "zh": "艾克米"},
            "short_name": "Acme",
            "former_names": [{"name": {"en": "Old Acme", "zh": "旧艾克米"}, "until": "2020"}],
            "brands": [{"value": "Acme.ai", "sources": ["a-source"]}],
            "legal_names": [{"value": "Acme AI Co., Ltd.", "sources": ["a-source"]}],
            "products": [{"name": {"en": "AcmeChat", "zh": "艾克米聊天"}}],
            "people": [{"name": {"en": "Ada Founder", "zh": "艾达"}, "role": "Founder"}],
            "types": ["ai-developer"],
            "country": "CN",
            **COMMON,
        }
    )
    assert names_of(org) == (
        "Acme AI",
        "艾克米",
        "Acme",
        "Old Acme",
        "旧艾克米",
        "Acme.ai",
        "Acme AI Co., Ltd.",
        "AcmeChat",
        "艾克米聊天",
        "Ada Founder",
        "艾达",
    )


def test_a_policy_goes_by_its_titles_and_official_citation():
    policy = Policy.model_validate(
        {
            "id": "rule",
            "title": {"en": "Interim Measures", "zh": "暂行办法"},
            "short_title": "The Measures",
            "citation": {"value": "Order No. 15", "sources": ["a-source"]},
            "jurisdiction": "CN",
            "issuers": ["ministry"],
            "instrument": "regulation",
            "status": {"value": "in-force", "sources": ["a-source"]},
            **COMMON,
        }
    )
    assert names_of(policy) == ("The Measures", "Interim Measures", "暂行办法", "Order No. 15")


def test_a_chip_goes_by_its_name_without_repeats():
    chip = Hardware.model_validate(
        {"id": "chip", "name": {"en": "Acme X1"}, "makers": ["acme-ai"], **COMMON}
    )
    assert names_of(chip) == ("Acme X1",)


def test_a_source_has_no_names_of_its_own():
    source = Source.model_validate(
        {
            "id": "a-source",
            "title": "Acme raises money",
            "publisher": "Example Daily",
            "published": "2024-03-01",
            "type": "news",
            "url": "https://news.example.org/acme",
        }
    )
    assert names_of(source) == ()
