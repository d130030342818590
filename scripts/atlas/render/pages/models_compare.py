"""Models compared field by field: a summary of years, and one page per year of releases.

A page has one column per model, so each year's models are cut into pages of at most
`COLUMNS`; the picker on each page compares any two of its models.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...graph.compare import first_date
from ...schema import AIModel
from ...schema.labels import label
from ..context import PageContext
from ..front import collection_front
from ..licenses import license_markup
from ..markdown import cell, escape
from .blocks import Page, Table, Text
from .entry import PageList, Site, cite, references
from .indexes import SITE_NAME, countries
from .paging import Part, Parts, part_links, year

MODELS = "compare/models.md"
FOLDER = "compare/models"
TITLE = "Models compared"
COLUMNS = 30
"""The most models (columns) one comparison page holds."""


def model_parts(site: Site) -> Parts[AIModel]:
    """The models by year of release, oldest first, in pages of at most `COLUMNS`."""
    models: list[AIModel] = sorted(
        site.graph.dataset.of("models").values(),  # type: ignore[arg-type]
        key=lambda model: (first_date(model.released), model.id),  # type: ignore[attr-defined]
    )
    return Parts(models, lambda model: year(first_date(model.released)), COLUMNS)


def part_path(part: Part[AIModel]) -> str:
    """The docs-relative path of one page of a year's models."""
    return f"{FOLDER}/{part.slug}.md"


def models_pages(site: Site) -> PageList:
    """The summary and its pages of models, as (path, builder, arguments)."""
    parts = model_parts(site)
    pages: PageList = [(MODELS, models_page, (parts,))]
    pages += [(part_path(part), models_year_page, (part,)) for part in parts]
    return pages


def models_page(site: Site, page: PageContext, parts: Parts[AIModel]) -> Page:
    """The years of release, each with its models' count and its comparison pages."""
    description = (
        f"AI models in the {SITE_NAME} compared field by field, year by year: developer, "
        "release, parameters, context, weights, licences, training and hardware."
    )
    view = Page(collection_front(page, TITLE, description, site.site_url), TITLE)
    rows = []
    for _, year_parts in reversed(parts.groups()):
        models = [model for part in year_parts for model in part.items]
        open_weights = sum(1 for model in models if model.weights in ("open", "open-restricted"))
        link = part_links(year_parts, lambda part: page.url(part_path(part)))
        rows.append((cell(link), str(len(models)), str(open_weights)))
    view.blocks = [
        Text(
            "The model-card fields of every model in the atlas, one page per year of release, "
            "newest year first; a year with many models is split into parts. On each page a "
            "column per model, oldest first; pick two models to see them side by side (with "
            "JavaScript on, the page offers a choice; without it, the table shows them all). "
            f"Every model is also in the [models index]({page.url('models/index.md')})."
        ),
        Table(("Released", "Models", "With open weights"), rows),
    ]
    view.sections = [cite(site, page, TITLE, "model comparison")]
    return view


def models_year_page(site: Site, page: PageContext, part: Part[AIModel]) -> Page:
    """One year's models (or one part of them), field by field, one column per model."""
    title = f"{TITLE}: {part.title}"
    description = f"AI models of {part.title} in the {SITE_NAME} compared field by field."
    models = part.items
    view = Page(collection_front(page, title, description, site.site_url), escape(title))
    header = ("Field", *(cell(page.link(model)) for model in models))
    view.blocks = [
        Text(
            f"The model-card fields of the {len(models)} models released in {part.title}, one "
            "column per model, oldest first. Pick two models to see them side by side (with "
            "JavaScript on, the page offers a choice; without it, the table shows them all). "
            f"[All years]({page.url(MODELS)})."
        ),
        Text('<div class="atlas-model-compare" markdown="1">'),
        Table(header, model_rows(site, page, models)),
        Text("</div>"),
    ]
    view.sections = [
        references(page),
        cite(site, page, title, "model comparison", list(models)),
    ]
    return view


def model_rows(site: Site, page: PageContext, models: Sequence[AIModel]) -> list[tuple[str, ...]]:
    """Model-card fields as rows with one cell per model; rows empty for all are left out."""

    def fact(name: str, unit: str = "") -> Callable[[AIModel], str]:
        show = license_markup if name.endswith("_license") else None
        return lambda model: page.fact(model, getattr(model, name), unit, show=show)

    def hardware(model: AIModel) -> str:
        lines = []
        for need in model.hardware:
            precision = f" ({escape(need.precision)})" if need.precision else ""
            lines.append(f"{need.task}{precision}: {page.fact(model, need.requirement)}")
        return "<br>".join(lines)

    def previous(model: AIModel) -> str:
        return page.link_id("models", model.previous_version) if model.previous_version else ""

    fields: list[tuple[str, Callable[[AIModel], str]]] = [
        ("Developer", lambda m: page.links(m.developers, "organizations")),
        ("Country", lambda m: countries(site, m)),
        ("Released", fact("released")),
        ("Parameters", fact("parameters")),
        ("Architecture", fact("architecture")),
        ("Context length", fact("context_length", "tokens")),
        ("Languages", fact("languages")),
        ("Weights", lambda m: label("weights", m.weights) if m.weights else ""),
        ("Weights licence", fact("weights_license")),
        ("Code licence", fact("code_license")),
        ("Training data", fact("training_data")),
        ("Training tokens", fact("training_tokens")),
        ("Hardware to run it", hardware),
        ("Previous version", previous),
        ("Based on", lambda m: page.links(m.based_on, "models")),
        ("Paper", fact("paper")),
    ]
    rows = []
    for name, value in fields:
        cells = [cell(value(model)) for model in models]
        if any(cells):
            rows.append((name, *cells))
    return rows
