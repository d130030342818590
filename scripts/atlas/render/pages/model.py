"""A model card: infobox, details, variants, uses, hardware, training, evaluation, limitations."""

from __future__ import annotations

from ...schema import AIModel
from ...schema.labels import label
from ...schema.model import Identifiers
from ..context import PageContext, qualifiers
from ..front import entry_front
from ..markdown import cell, escape, escaped
from ..numbers import number
from .blocks import Infobox, Items, Page, Section, Table, Text, items, section, table
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
                ("Weights licence", page.fact(model, model.weights_license)),
                ("Code licence", page.fact(model, model.code_license)),
                *identifier_rows(model.identifiers),
            ],
        ),
    )
    if model.summary:
        view.blocks.append(Text(escape(model.summary) + page.cite(model.sources)))
    sections = [
        _details(site, page, model),
        _variants(page, model),
        _uses(page, model, weights),
        _hardware(page, model),
        _training(page, model),
        _evaluation(page, model),
        section(
            "Limitations", "limitations", items([page.fact(model, x) for x in model.limitations])
        ),
        *entry_tail(site, page, model, model.name.en, "model card"),
    ]
    view.sections = [one for one in sections if one is not None]
    return view


def _details(site: Site, page: PageContext, model: AIModel) -> Section:
    blocks = [Text(page.fact(model, model.description))] if model.description else []
    successors = site.graph.referring_entities(model, "previous_version", kind="models")
    derived = site.graph.referring_entities(model, "based_on", kind="models")
    previous = page.link_id("models", model.previous_version) if model.previous_version else ""
    rows = [
        ("Developed by", page.links(model.developers, "organizations")),
        ("Released", page.fact(model, model.released)),
        ("Architecture", page.fact(model, model.architecture)),
        ("Parameters", page.fact(model, model.parameters)),
        ("Languages", page.fact(model, model.languages)),
        ("Context length", page.fact(model, model.context_length, "tokens")),
        ("Weights licence", page.fact(model, model.weights_license)),
        ("Code licence", page.fact(model, model.code_license)),
        ("Paper", page.fact(model, model.paper)),
        ("Previous version", previous),
        ("Succeeded by", page.entity_links(successors)),
        ("Based on", page.links(model.based_on, "models")),
        ("Models built on it", page.entity_links(derived)),
    ]
    shown = [(name, cell(value)) for name, value in rows if value or name == "Developed by"]
    return Section("Model details", "details", (*blocks, Table(("Detail", "Value"), shown)))


def _variants(page: PageContext, model: AIModel) -> Section | None:
    rows = [
        (
            cell(escape(variant.name) + page.cite_for(model, variant.sources)),
            f"{number(variant.context_length)} tokens" if variant.context_length else "",
            cell(escape(variant.description or "")),
        )
        for variant in model.variants
    ]
    header = ("Variant", "Context length", "Description")
    return section("Variants", "variants", table(header, rows), level=3)


def _uses(page: PageContext, model: AIModel, weights: str) -> Section:
    blocks = []
    if model.weights:
        blocks.append(Text(f"Availability: {weights}."))
    if model.intended_use:
        blocks.append(Text(page.fact(model, model.intended_use)))
    if not blocks:
        blocks.append(Text("The sources the atlas has read do not describe its intended uses."))
    return Section("Uses", "uses", tuple(blocks))


def _hardware(page: PageContext, model: AIModel) -> Section | None:
    rows = []
    for need in model.hardware:
        requirement = cell(page.fact(model, need.requirement))
        if need.chip:
            requirement += f" ({cell(page.link_id('hardware', need.chip))})"
        rows.append((need.task, cell(escape(need.precision or "")), requirement))
    header = ("Task", "Precision", "Requirement")
    return section("Hardware", "hardware", table(header, rows))


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
    return section("Training", "training", Items(lines))


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


IDENTIFIERS = (
    ("Hugging Face", "huggingface", "https://huggingface.co/{}", "{}"),
    ("arXiv", "arxiv", "https://arxiv.org/abs/{}", "arXiv:{}"),
    ("GitHub", "github", "https://github.com/{}", "{}"),
)
"""Datasets that know a model: (row name, field, address, link text), each from the id."""


def identifier_rows(identifiers: Identifiers | None) -> list[tuple[str, str]]:
    """Infobox rows linking a model to its entries in other datasets."""
    if identifiers is None:
        return []
    rows = []
    for name, field, address, words in IDENTIFIERS:
        ids = getattr(identifiers, field)
        if ids:
            links = (f"[{words.format(escaped(i))}]({address.format(i)})" for i in ids)
            rows.append((name, ", ".join(links)))
    if identifiers.epoch:
        rows.append(("Epoch AI", escaped(identifiers.epoch)))
    return rows
