"""A model card, its sections in the order of Hugging Face's model card template.

Details (with variants), uses, limitations, training, evaluation, technical specifications and
citation, each only where the data has something to show: an empty section is left out.
"""

from __future__ import annotations

from ...schema import AIModel
from ...schema.labels import label
from ...schema.model import Identifiers
from ..context import PageContext, qualifiers
from ..front import entry_front
from ..identifiers import external_ids
from ..licenses import license_markup
from ..markdown import cell, escape, escaped
from ..numbers import number
from .blocks import Infobox, Items, Page, Section, Table, Text, items, section, table, text
from .entry import Site, entry_tail, lead, notice


def model_page(site: Site, page: PageContext, model: AIModel) -> Page:
    """The view of a model's page."""
    description = model.summary or f"{model.name.en}: model card in the AI Ecosystem Atlas"
    weights = label("weights", model.weights) if model.weights else ""
    view = Page(
        entry_front(page, model, site.site_url, model.name.en, description, "model"),
        page.name(model.name),
        lead(page, model),
        notice(model, site.today),
        Infobox.of(
            page.name(model.name),
            [
                ("Developer", page.links(model.developers, "organizations")),
                ("Released", page.fact(model, model.released)),
                ("Parameters", page.fact(model, model.parameters)),
                ("Context length", page.fact(model, model.context_length, "tokens")),
                ("Weights", weights),
                ("Weights licence", page.fact(model, model.weights_license, show=license_markup)),
                ("Code licence", page.fact(model, model.code_license, show=license_markup)),
                *identifier_rows(model.identifiers),
            ],
        ),
    )
    if model.summary:
        view.blocks.append(Text(escape(model.summary) + page.cite(model.sources)))
    sections = [
        _details(site, page, model),
        _variants(page, model),
        section("Uses", "uses", text(page.fact(model, model.intended_use))),
        section(
            "Limitations", "limitations", items([page.fact(model, x) for x in model.limitations])
        ),
        _training(page, model),
        _evaluation(page, model),
        _specifications(page, model),
        _citation(page, model),
        *entry_tail(site, page, model, model.name.en, "model card"),
    ]
    view.sections = [one for one in sections if one is not None]
    return view


def _details(site: Site, page: PageContext, model: AIModel) -> Section:
    """Who made it, when, in what languages and under what terms, and what it comes from."""
    blocks = [Text(page.fact(model, model.description))] if model.description else []
    successors = site.graph.referring_entities(model, "previous_version", kind="models")
    derived = site.graph.referring_entities(model, "based_on", kind="models")
    previous = page.link_id("models", model.previous_version) if model.previous_version else ""
    rows = [
        ("Developed by", page.links(model.developers, "organizations")),
        ("Released", page.fact(model, model.released)),
        ("Languages", page.fact(model, model.languages)),
        ("Weights", label("weights", model.weights) if model.weights else ""),
        ("Weights licence", page.fact(model, model.weights_license, show=license_markup)),
        ("Code licence", page.fact(model, model.code_license, show=license_markup)),
        ("Based on", page.links(model.based_on, "models")),
        ("Previous version", previous),
        ("Succeeded by", page.entity_links(successors)),
        ("Models built on it", page.entity_links(derived)),
    ]
    shown = [(name, cell(value)) for name, value in rows if value or name == "Developed by"]
    return Section("Model details", "details", (*blocks, Table(("Detail", "Value"), shown)))


def _variants(page: PageContext, model: AIModel) -> Section | None:
    sized = any(variant.parameters for variant in model.variants)
    rows = [
        (
            cell(escape(variant.name) + page.cite_for(model, variant.sources)),
            *((page.value(variant.parameters) if variant.parameters else "",) if sized else ()),
            f"{number(variant.context_length)} tokens" if variant.context_length else "",
            cell(escape(variant.description or "")),
        )
        for variant in model.variants
    ]
    header = ("Variant", *(("Parameters",) if sized else ()), "Context length", "Description")
    return section("Variants", "variants", table(header, rows), level=3)


def _training(page: PageContext, model: AIModel) -> Section | None:
    lines = [
        f"{name}: {value}"
        for name, value in (
            ("Data", page.fact(model, model.training_data)),
            ("Tokens", page.fact(model, model.training_tokens)),
            ("Hardware", page.fact(model, model.training_hardware)),
            ("Chips", page.links(model.trained_on, "hardware")),
        )
        if value
    ]
    return section("Training details", "training", Items(lines))


def _evaluation(page: PageContext, model: AIModel) -> Section | None:
    rows = [
        (
            cell(escape(evaluation.benchmark)),
            cell(
                escape(evaluation.result)
                + page.cite_for(model, evaluation.sources)
                + qualifiers(evaluation)
            ),
        )
        for evaluation in model.evaluations
    ]
    return section("Evaluation", "evaluation", table(("Benchmark", "Result"), rows))


def _specifications(page: PageContext, model: AIModel) -> Section | None:
    """Architecture, size and context, then what it takes to run it, as the developer states."""
    rows = [
        (name, cell(value))
        for name, value in (
            ("Architecture", page.fact(model, model.architecture)),
            ("Parameters", page.fact(model, model.parameters)),
            ("Context length", page.fact(model, model.context_length, "tokens")),
        )
        if value
    ]
    needs = []
    for need in model.hardware:
        requirement = cell(page.fact(model, need.requirement))
        if need.chip:
            requirement += f" ({cell(page.link_id('hardware', need.chip))})"
        needs.append((need.task, cell(escape(need.precision or "")), requirement))
    hardware = table(("Task", "Precision", "Hardware needed"), needs)
    return section(
        "Technical specifications",
        "specifications",
        table(("Specification", "Value"), rows),
        hardware,
    )


def _citation(page: PageContext, model: AIModel) -> Section | None:
    """The model's paper or technical report, and its arXiv entries, to cite the model itself."""
    lines = [page.fact(model, model.paper)] if model.paper else []
    lines += [
        f"[arXiv:{escape(external.value)}]({external.url})"
        for external in external_ids(model.identifiers)
        if external.scheme == "arXiv"
    ]
    return section("Citation", "citation", items(lines))


def identifier_rows(identifiers: Identifiers | None) -> list[tuple[str, str]]:
    """Infobox rows linking a model to its entries in other datasets, one row per scheme."""
    rows: dict[str, list[str]] = {}
    for external in external_ids(identifiers):
        words = escaped(external.value)
        if external.url:
            words = f"[{'arXiv:' if external.scheme == 'arXiv' else ''}{words}]({external.url})"
        rows.setdefault(external.scheme, []).append(words)
    return [(scheme, ", ".join(values)) for scheme, values in rows.items()]
