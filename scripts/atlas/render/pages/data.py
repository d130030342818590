"""The downloads page: every data file with what it holds, its size and its rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jinja2.filters import do_filesizeformat

from ...schema import KINDS
from ..context import PageContext
from ..downloads import DOWNLOADS
from ..front import collection_front
from ..output import encoded
from .blocks import Items, Page, Section, Table, Text
from .compare import kind_plural
from .entry import Site, cite
from .indexes import SITE_NAME

DESCRIPTIONS = {
    "atlas.json": "every entry of every kind, with all its facts and their sources",
    "funding-rounds.csv": "every funding round: date, amount and currency, the sourced "
    "US-dollar equivalent, investors",
    "relations.csv": "every link between entries (who invested in, developed, issued or names "
    "whom)",
}
SCHEMAS = "schemas/"
TITLE = "Download the data"


@dataclass(frozen=True)
class Download:
    """A file to download: its site path, its name in the downloads folder, size and rows."""

    path: str
    name: str
    size: int
    rows: int | None

    @property
    def size_text(self) -> str:
        """The size in words: '1.2 MB', '34.0 kB', '900 Bytes'."""
        return do_filesizeformat(self.size)

    @property
    def description(self) -> str:
        """What the file holds, from its name."""
        if self.name in DESCRIPTIONS:
            return DESCRIPTIONS[self.name]
        kind = self.name.removesuffix(".csv")
        if kind in KINDS:
            return f"{kind_plural(kind).lower()}: one row per entry, one column per field"
        return ""


def downloads(assets: Mapping[str, str]) -> list[Download]:
    """The downloadable files with their size, and their row count for CSV files."""
    files = []
    for path in sorted(assets):
        if path.startswith(DOWNLOADS + "/"):
            data = encoded(assets, path)  # the bytes a reader downloads, without decoding them
            name = path[len(DOWNLOADS) + 1 :]
            rows = data.count(b"\n") - 1 if name.endswith(".csv") else None
            files.append(Download(path, name, len(data), rows))
    return files


def data_page(site: Site, page: PageContext, assets: Mapping[str, str]) -> Page:
    """The view of the downloads page."""
    files = downloads(assets)
    description = (
        f"Download the {SITE_NAME}'s data: every entry as JSON and CSV, the links between them, "
        "and the JSON Schema of the data files."
    )
    rows = [
        (
            f"[{file.name}]({page.url(file.path)})",
            file.description,
            file.size_text,
            "" if file.rows is None else str(file.rows),
        )
        for file in files
        if not file.name.startswith(SCHEMAS)
    ]
    schemas = [
        f"[{file.name[len(SCHEMAS) :]}]({page.url(file.path)}) ({file.size_text})"
        for file in files
        if file.name.startswith(SCHEMAS)
    ]
    view = Page(collection_front(page, TITLE, description, site.site_url), TITLE)
    view.blocks.append(
        Text(
            "The whole atlas is free to take away under the Creative Commons Attribution 4.0 "
            'licence (CC BY 4.0): please credit the "AI Ecosystem Atlas" and keep the sources '
            "with the facts. The files are made from the same data as the pages, in the same "
            "build."
        )
    )
    view.sections = [
        Section(
            "Files", "files", (Table(("File", "What it holds", "Size", "Rows"), rows), *_notes())
        ),
        _schemas(schemas),
        cite(site, page, TITLE, "dataset"),
    ]
    return view


def _notes() -> tuple[Text, ...]:
    return (
        Text(
            "In JSON every fact keeps its sources and marks (`claim`, `confidence`, `note`, "
            "`as_of`), disputed facts list each value with its sources, and amounts are exact "
            "decimal strings in their original currency. In CSV each field is one column: a "
            'disputed value lists its alternatives separated by " / ", lists are separated by '
            '"; ", and nested records (people, funding rounds) are JSON text.'
        ),
        Text(
            "Every entry's page also has its own data next to it as JSON: for example the page "
            "`organizations/<id>/` has `organizations/<id>.json`."
        ),
    )


def _schemas(lines: list[str]) -> Section:
    if not lines:
        blocks: tuple[Text | Items, ...] = (
            Text("The JSON Schema files of the data are not part of this build."),
        )
    else:
        blocks = (
            Text(
                "The JSON Schema of each kind of data file, as used by editors for completion "
                "and checking:"
            ),
            Items(lines),
        )
    return Section("JSON Schema", "schema", blocks)
