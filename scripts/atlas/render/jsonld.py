"""schema.org JSON-LD for each page, one function per kind of entry (the theme prints it in <head>).

Plain data derived from the entities; nothing reads the clock.
"""

from __future__ import annotations

from functools import singledispatch
from typing import Any

from ..graph import Graph
from ..schema import AIModel, Disputed, Entity, Hardware, Organization, Policy, Source, Sourced
from ..schema.labels import label
from .identifiers import external_ids
from .licenses import license_urls
from .urls import page_url

SCHEMA_ORG = "https://schema.org"
PUBLISHER = "AI Ecosystem Atlas"

_ORGANIZATION_TYPES = {
    "university": "CollegeOrUniversity",
    "government": "GovernmentOrganization",
    "regulator": "GovernmentOrganization",
}
_IN_FORCE = {
    "in-force": "InForce",
    "amended": "InForce",
    "superseded": "NotInForce",
    "rescinded": "NotInForce",
    "revoked": "NotInForce",
    "expired": "NotInForce",
}


def absolute_url(site_url: str | None, path: str) -> str | None:
    """The published address of a docs-relative path, or None when the site has no address."""
    if not site_url:
        return None
    return site_url.rstrip("/") + "/" + page_url(path)


def describe(entity: Entity, graph: Graph, page_address: str | None) -> dict[str, Any]:
    """schema.org description of an entity, by kind (see `properties`).

    Organization (or a subtype), SoftwareApplication for a model, Legislation for a policy,
    CreativeWork for a source, Product for a chip.
    """
    data: dict[str, Any] = {"@context": SCHEMA_ORG, "description": entity.summary}
    data |= properties(entity, graph)
    if page_address:
        data["mainEntityOfPage"] = page_address
    return _clean(data)


def collection(title: str, description: str, page_address: str | None) -> dict[str, Any]:
    """schema.org description of an index, comparison or tag page."""
    return _clean(
        {
            "@context": SCHEMA_ORG,
            "@type": "CollectionPage",
            "name": title,
            "description": description,
            "url": page_address,
            "isPartOf": {"@type": "WebSite", "name": PUBLISHER},
        }
    )


@singledispatch
def properties(entity: Entity, graph: Graph) -> dict[str, Any]:
    """The kind-specific properties of an entry; a kind without its own is a `Thing`."""
    return {"@type": "Thing", "name": entity.display_name}


@properties.register
def _organization(entity: Organization, graph: Graph) -> dict[str, Any]:
    types = (_ORGANIZATION_TYPES[t] for t in entity.types if t in _ORGANIZATION_TYPES)
    headquarters = _value(entity.headquarters)
    parent = _value(entity.parent)
    investors = sorted({i for funding in entity.funding_rounds for i in funding.investors})
    return {
        "@type": next(types, "Organization"),
        "name": entity.name.en,
        "alternateName": _names(
            entity.name.zh,
            entity.short_name,
            *(former.name.en for former in entity.former_names),
            *(_value(brand) for brand in entity.brands),
            *(_value(legal) for legal in entity.legal_names),
        ),
        "foundingDate": _value(entity.founded),
        "address": {"@type": "PostalAddress", "addressCountry": entity.country}
        | ({"addressLocality": headquarters} if headquarters else {}),
        "url": entity.website,
        "founder": [
            {"@type": "Person", "name": person.name.en}
            for person in entity.people
            if person.founder
        ],
        "parentOrganization": _organization_ref(graph, parent) if parent else None,
        "funder": [_organization_ref(graph, investor) for investor in investors],
    }


def _licence(entity: AIModel) -> list[str]:
    """The address of each licence of the weights (schema.org's license takes a URL)."""
    value = _value(entity.weights_license)
    return license_urls(value) if value else []


@properties.register
def _model(entity: AIModel, graph: Graph) -> dict[str, Any]:
    ids = external_ids(entity.identifiers)
    return {
        "@type": "SoftwareApplication",
        "applicationCategory": "AI model",
        "name": entity.name.en,
        "alternateName": _names(entity.name.zh),
        "creator": [_organization_ref(graph, developer) for developer in entity.developers],
        "datePublished": _value(entity.released),
        "license": _licence(entity),
        "isBasedOn": [
            {"@type": "SoftwareApplication", "name": graph.dataset.get("models", m).display_name}
            for m in entity.based_on
        ],
        "sameAs": [external.url for external in ids if external.url],
        "identifier": [
            {"@type": "PropertyValue", "propertyID": external.scheme, "value": external.value}
            | ({"url": external.url} if external.url else {})
            for external in ids
        ],
    }


@properties.register
def _policy(entity: Policy, graph: Graph) -> dict[str, Any]:
    status = _value(entity.status)
    dates = entity.dates
    signed = (dates.signed, dates.adopted, dates.published, dates.announced)
    return {
        "@type": "Legislation",
        "name": entity.title.en,
        "alternateName": _names(entity.title.zh, entity.short_title),
        "legislationIdentifier": _value(entity.citation),
        "legislationJurisdiction": label("country", entity.jurisdiction),
        "legislationType": label("instrument", entity.instrument),
        "legislationDate": next((value for fact in signed if (value := _value(fact))), None),
        "legislationLegalForce": _IN_FORCE.get(status) if status else None,
        "legislationPassedBy": [_organization_ref(graph, issuer) for issuer in entity.issuers],
        "url": entity.official_text,
    }


@properties.register
def _source(entity: Source, graph: Graph) -> dict[str, Any]:
    return {
        "@type": "CreativeWork",
        "name": entity.title,
        "author": entity.author,
        "publisher": {"@type": "Organization", "name": entity.publisher},
        "datePublished": entity.published,
        "inLanguage": entity.language,
        "url": entity.url or entity.read_at.url,  # type: ignore[union-attr]
        "description": entity.note,
    }


@properties.register
def _chip(entity: Hardware, graph: Graph) -> dict[str, Any]:
    variant = entity.variant_of
    return {
        "@type": "Product",
        "name": entity.display_name,
        "alternateName": _names(entity.name.zh),
        "manufacturer": [_organization_ref(graph, maker) for maker in entity.makers],
        "releaseDate": _value(entity.released),
        "isVariantOf": (
            {
                "@type": "Product",
                "name": graph.dataset.get("hardware", variant.hardware).display_name,
            }
            if variant
            else None
        ),
    }


def _value(fact: Sourced[Any] | Disputed[Any] | None) -> Any:
    """A fact's value when the sources agree; None when absent or disputed."""
    return fact.value if isinstance(fact, Sourced) else None


def _names(*names: str | None) -> list[str]:
    return list(dict.fromkeys(name for name in names if name))


def _organization_ref(graph: Graph, organization_id: str) -> dict[str, Any]:
    org = graph.dataset.get("organizations", organization_id)
    return {"@type": "Organization", "name": org.display_name}


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values, and give single-item lists as the item."""
    cleaned: dict[str, Any] = {}
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        cleaned[key] = value[0] if isinstance(value, list) and len(value) == 1 else value
    return cleaned
