"""Machine-readable page metadata: schema.org JSON-LD, the date of the data, and the citation.

Everything here is plain data derived from the entities; the theme prints the JSON-LD in the
page head, and the generator writes the citation into the page. Nothing reads the clock: the
date a page cites is the newest `last_checked` of the data it shows.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from ..graph.graph import Graph
from ..load.dataset import Dataset
from ..schema import AIModel, Disputed, Entity, Organization, Policy, Source, Sourced
from ..schema.labels import label
from .markdown import mark_chinese
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


def data_date(entities: Iterable[Entity]) -> str | None:
    """The newest `last_checked` (or, for sources, `accessed`) among `entities`."""
    dates = [
        date
        for entity in entities
        for date in (entity.last_checked, getattr(entity, "accessed", None))
        if date
    ]
    return max(dates, default=None)


def _value(fact: Sourced[Any] | Disputed[Any] | None) -> Any:
    """A fact's value when the sources agree; None when absent or disputed."""
    if isinstance(fact, Sourced):
        return fact.value
    return None


def _names(*names: str | None) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen


def _organization(graph: Graph, organization_id: str) -> dict[str, Any]:
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


def jsonld(entity: Entity, graph: Graph, page_address: str | None) -> dict[str, Any]:
    """schema.org description of an entity, by kind.

    Organization (or a subtype), SoftwareApplication for a model, Legislation for a policy,
    CreativeWork for a source, Product for a chip (the `hardware` kind).
    """
    data: dict[str, Any] = {"@context": SCHEMA_ORG, "description": entity.summary}
    if isinstance(entity, Organization):
        data |= {
            "@type": next(
                (_ORGANIZATION_TYPES[t] for t in entity.types if t in _ORGANIZATION_TYPES),
                "Organization",
            ),
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
            | ({"addressLocality": hq} if (hq := _value(entity.headquarters)) else {}),
            "url": entity.website,
            "founder": [
                {"@type": "Person", "name": person.name.en}
                for person in entity.people
                if person.founder
            ],
            "parentOrganization": (
                _organization(graph, parent) if (parent := _value(entity.parent)) else None
            ),
            "funder": [
                _organization(graph, investor)
                for investor in sorted(
                    {i for funding in entity.funding_rounds for i in funding.investors}
                )
            ],
        }
    elif isinstance(entity, AIModel):
        data |= {
            "@type": "SoftwareApplication",
            "applicationCategory": "AI model",
            "name": entity.name.en,
            "alternateName": _names(entity.name.zh),
            "creator": [_organization(graph, developer) for developer in entity.developers],
            "datePublished": _value(entity.released),
            "license": _value(entity.weights_license),
            "isBasedOn": [
                {
                    "@type": "SoftwareApplication",
                    "name": graph.dataset.get("models", m).display_name,
                }
                for m in entity.based_on
            ],
        }
    elif isinstance(entity, Policy):
        status = _value(entity.status)
        dates = entity.dates
        data |= {
            "@type": "Legislation",
            "name": entity.title.en,
            "alternateName": _names(entity.title.zh, entity.short_title),
            "legislationIdentifier": _value(entity.citation),
            "legislationJurisdiction": label("country", entity.jurisdiction),
            "legislationType": label("instrument", entity.instrument),
            "legislationDate": next(
                (
                    value
                    for fact in (dates.signed, dates.adopted, dates.published, dates.announced)
                    if (value := _value(fact))
                ),
                None,
            ),
            "legislationLegalForce": _IN_FORCE.get(status) if status else None,
            "legislationPassedBy": [_organization(graph, issuer) for issuer in entity.issuers],
            "url": entity.official_text,
        }
    elif isinstance(entity, Source):
        data |= {
            "@type": "CreativeWork",
            "name": entity.title,
            "author": entity.author,
            "publisher": {"@type": "Organization", "name": entity.publisher},
            "datePublished": entity.published,
            "inLanguage": entity.language,
            "url": entity.url,
            "description": entity.note,
        }
    elif entity.kind == "hardware":
        makers = getattr(entity, "makers", ())
        data |= {
            "@type": "Product",
            "name": entity.display_name,
            "alternateName": _names(getattr(getattr(entity, "name", None), "zh", None)),
            "manufacturer": [_organization(graph, maker) for maker in makers],
            "releaseDate": _value(getattr(entity, "released", None)),
            "isVariantOf": (
                {
                    "@type": "Product",
                    "name": graph.dataset.get("hardware", variant.hardware).display_name,
                }
                if (variant := getattr(entity, "variant_of", None))
                else None
            ),
        }
    else:
        data |= {"@type": "Thing", "name": entity.display_name}
    if page_address:
        data["mainEntityOfPage"] = page_address
    return _clean(data)


def collection_jsonld(title: str, description: str, page_address: str | None) -> dict[str, Any]:
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


def citation(
    title: str, what: str, date: str | None, path: str, site_url: str | None
) -> dict[str, str]:
    """A formatted citation of a page, as text and as BibTeX.

    Without a site address the citation names the page's path and says why.
    """
    address = absolute_url(site_url, path)
    where = address or "/" + page_url(path)
    as_of = f", data as of {date}" if date else ""
    text = f'{PUBLISHER} contributors. "{title}." {PUBLISHER}, {what}{as_of}. {where}'
    key = "atlas-" + (page_url(path).strip("/").replace("/", "-") or "home")
    fields = [
        ("author", f"{{{PUBLISHER} contributors}}"),
        ("title", f"{{{_bibtex(title)}}}"),
        ("howpublished", f"{{{PUBLISHER}, {what}}}"),
        ("url", f"{{{where}}}"),
    ]
    if date:
        fields.append(("note", f"{{Data as of {date}}}"))
        fields.append(("year", f"{{{date[:4]}}}"))
    bibtex = (
        f"@misc{{{key},\n" + ",\n".join(f"  {name} = {value}" for name, value in fields) + "\n}"
    )
    return {"text": text, "bibtex": bibtex, "address": address or ""}


def _bibtex(text: str) -> str:
    return "".join("\\" + char if char in "{}%&$#_" else char for char in text)


def citation_html(cite: dict[str, str]) -> str:
    """The citation as an HTML block (raw HTML, so the text is shown exactly as it is).

    Chinese in it is marked `lang="zh"`; the marks add no characters to copied text.
    """
    note = (
        ""
        if cite["address"]
        else (
            '\n<p class="atlas-cite__note">This copy of the atlas was built without a public '
            "address (<code>site_url</code> is not set), so the citation gives the page's path "
            "on the site.</p>"
        )
    )
    text, bibtex = (mark_chinese(html.escape(cite[key])) for key in ("text", "bibtex"))
    return (
        '<div class="atlas-cite">\n'
        f'<p class="atlas-cite__text">{text}</p>{note}\n'
        "<details><summary>BibTeX</summary>\n"
        f'<pre><code class="language-bibtex">{bibtex}</code></pre>\n'
        "</details>\n</div>"
    )


def newest(dataset: Dataset, kinds: Iterable[str] | None = None) -> str | None:
    """The newest check date of the entities of `kinds` (all kinds when None)."""
    if kinds is None:
        return data_date(dataset)
    return data_date(entity for kind in kinds for entity in dataset.of(kind).values())
