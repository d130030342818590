"""Property-based tests of the loader and renderer, with a fixed seed and a bounded budget.

Whatever bytes, YAML or strings a data file holds, loading it either succeeds or raises the
atlas's own DataError, whose every message states a rule with "must"; a valid data set renders
without error; and valid entities survive export to JSON and loading back unchanged.
"""

from __future__ import annotations

import functools
import itertools
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import markdown
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data
from pydantic import BaseModel

from atlas.graph import Graph, load_graph
from atlas.load.dataset import Dataset
from atlas.load.errors import DataError
from atlas.render.downloads import to_data
from atlas.render.pages import render_pages
from atlas.schema import KINDS
from atlas.schema.licenses import known_ids, license_of
from conftest import ROOT
from every_field import Filler, dataset_files, filled_id
from sitecheck import Page, identifier_addresses, parse, unsafe_markup

FIXED = settings(
    max_examples=100,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""Derandomized: the same examples on every run and every machine, so CI cannot flake."""
WHOLE_DATA_SETS = settings(FIXED, phases=[Phase.explicit, Phase.generate])
"""For tests that build whole data sets: no shrinking, which would take minutes; the examples
are the same on every run, so a failure is reproduced by running the test again."""

SOURCE = {
    "id": "report",
    "title": "A report",
    "publisher": "Example Daily",
    "type": "news",
    "url": "https://news.example.org/a",
}
ORGANIZATION = {
    "id": "acme",
    "name": {"en": "Acme AI"},
    "types": ["ai-developer"],
    "country": "CN",
    "sources": ["report"],
    "last_checked": "2024-06-01",
}
PYDANTIC_WORDING = (
    "Input should",
    "input_value",
    "Field required",
    "validation error",
    "Value error",
)


LICENCE_ADDRESSES = {license_of(key).url for key in known_ids()} - {None}
"""Licence links come from the SPDX list and the atlas's own LicenseRef vocabulary, not data."""


def _model_fields() -> list[str]:
    seen: set[type[BaseModel]] = set()
    stack: list[type[BaseModel]] = list(KINDS.values())
    names: set[str] = set()
    while stack:
        model = stack.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(name)
            stack.extend(_models(info.annotation))
    return sorted(names)


def _models(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        yield from _models(arg)
    origin = getattr(annotation, "__origin__", None)
    if origin is not None and origin is not annotation:
        yield from _models(origin)


FIELDS = _model_fields()
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(["2019", "2023-10-17", "https://a.example/x", "CN", "USD", "report", "acme"]),
)
keys = st.one_of(st.sampled_from(FIELDS), st.text(max_size=10))
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=5)
    ),
    max_leaves=25,
)
mutated_organizations = st.builds(
    lambda changes: {**ORGANIZATION, **changes}, st.dictionaries(keys, documents, max_size=4)
)


@contextmanager
def data_folder(files: dict[str, bytes], source: bool = True) -> Iterator[Path]:
    """A data folder holding `files` (relative path -> content), and a valid source if asked."""
    with tempfile.TemporaryDirectory() as temporary:
        data = Path(temporary) / "data"
        everything = {"sources/report.yaml": yaml.safe_dump(SOURCE).encode()} if source else {}
        everything.update(files)
        for relative, content in everything.items():
            path = data / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        yield data


def load_or_problems(data: Path) -> Graph | DataError:
    """The linked data, or the DataError; any other exception fails the test."""
    try:
        return load_graph(data)
    except DataError as error:
        return error


def assert_worded_for_people(error: DataError) -> None:
    for problem in error.problems:
        assert "must" in problem.message, str(problem)
        assert not any(phrase in problem.message for phrase in PYDANTIC_WORDING), str(problem)
        assert problem.line >= 1
        assert "\n" not in str(problem)


def check_file(content: bytes) -> None:
    with data_folder({"organizations/acme.yaml": content}) as data:
        result = load_or_problems(data)
        if isinstance(result, DataError):
            assert_worded_for_people(result)
        else:
            render_pages(result)


@FIXED
@given(st.binary(max_size=400))
def test_any_bytes(content):
    """Any bytes in a data file give either a data set or located, worded problems."""
    check_file(content)


@FIXED
@given(st.text(max_size=400))
def test_any_text(content):
    """Any text in a data file gives either a data set or located, worded problems."""
    check_file(content.encode("utf-8", "surrogatepass"))


@settings(FIXED, max_examples=60)
@given(documents)
def test_any_yaml_document(document):
    """Any YAML document, of any shape, gives either a data set or located, worded problems."""
    check_file(yaml.safe_dump(document, allow_unicode=True).encode("utf-8", "surrogatepass"))


@settings(FIXED, max_examples=60)
@given(mutated_organizations)
def test_any_change_to_a_valid_entry(document):
    """A valid entry with fields added or replaced by anything still never crashes the loader."""
    check_file(yaml.safe_dump(document, allow_unicode=True).encode("utf-8", "surrogatepass"))


def _write(files: dict[str, dict[str, Any]]) -> dict[str, bytes]:
    return {
        relative: yaml.safe_dump(content, allow_unicode=True, sort_keys=False).encode(
            "utf-8", "surrogatepass"
        )
        for relative, content in files.items()
    }


legal_text = st.text(
    alphabet=st.characters(
        exclude_categories=("Cc", "Cs"),
        exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ),
    min_size=1,
    max_size=30,
).filter(str.strip)
"""Any text a data file may hold: everything but invisible control characters."""

MARKUP_PIECES = (
    "<",
    ">",
    "<b>",
    "</b>",
    "<img src=x onerror=alert(1)>",
    "<script>",
    "<a href='x'>",
    "[",
    "]",
    "(",
    ")",
    "](",
    "javascript:",
    "https://evil.example",
    "*",
    "**",
    "_",
    "`",
    "{{",
    "}}",
    "{%",
    "{:",
    "}",
    "#",
    "!!!",
    "???",
    "- ",
    "1. ",
    "> ",
    "|",
    "&",
    "&amp;",
    "&#60;",
    "\\",
    "\n",
    " ",
    "  ",
    "a",
    "é",
    "中文",
)
markup_text = (
    st.lists(st.sampled_from(MARKUP_PIECES), min_size=1, max_size=12).map("".join).filter(str.strip)
)
"""Text made of the pieces of HTML, Markdown and Jinja syntax, so that markup is likely."""


@functools.cache
def _markdown_settings() -> tuple[list[Any], dict[str, Any]]:
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    return config["markdown_extensions"], config["mdx_configs"]


def as_html(page: str) -> Page:
    """A generated page converted as MkDocs converts it, with the same Markdown extensions."""
    body, _ = get_data(page)
    extensions, configs = _markdown_settings()
    html = markdown.markdown(body, extensions=extensions, extension_configs=configs)
    return parse(f"<article>{html}</article>")


def web_addresses(dataset: Dataset) -> set[str]:
    """Every web address the data holds: the only external links a page may have."""
    found: set[str] = set()
    stack: list[Any] = [entity.model_dump(mode="json") for entity in dataset]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and value.startswith(("https://", "http://")):
            found.add(value)
    return found


def pooled(pool: list[str]) -> Any:
    """A text function that hands out the drawn strings in turn.

    Why a pool: drawing a fresh string for each of hundreds of fields makes a failing example
    slow to shrink; a short list of strings shrinks quickly and still reaches every field.
    """
    counter = itertools.count()

    def text(kind: str, path: tuple[str | int, ...], limit: int | None) -> str:
        return pool[next(counter) % len(pool)]

    return text


@settings(WHOLE_DATA_SETS, max_examples=25)
@given(st.lists(st.text(max_size=20), min_size=1, max_size=8))
def test_any_string_in_every_field(pool):
    """Arbitrary strings in every string field (ids, dates and addresses too) never crash."""
    files = {
        f"{kind}/{filled_id(kind)}.yaml": Filler(pooled(pool), raw=True).entity(
            cls, filled_id(kind), True
        )
        for kind, cls in KINDS.items()
    }
    with data_folder(_write(files), source=False) as folder:
        result = load_or_problems(folder)
        if isinstance(result, DataError):
            assert_worded_for_people(result)


@settings(WHOLE_DATA_SETS, max_examples=15)
@given(st.lists(st.one_of(markup_text, legal_text), min_size=1, max_size=8))
def test_valid_entities_render_and_round_trip(pool):
    """Valid entities with arbitrary text render safely, and survive export to JSON and back.

    Every generated page, converted with the site's Markdown extensions, holds no markup from
    the data; every feed is well-formed XML.

    Each string gets a number, so that no two names are equal (a rule of their own).
    """
    strings = pooled(pool)
    counter = itertools.count()

    def text(kind: str, path: tuple[str | int, ...], limit: int | None) -> str:
        unique = f" {next(counter)}"
        return strings(kind, path, limit)[: (limit or 4000) - len(unique)] + unique

    with data_folder(_write(dataset_files(text)), source=False) as folder:
        graph = load_graph(folder)
        result = graph.dataset
        addresses = (
            set(web_addresses(result))
            | {
                address
                for model in result.of("models").values()
                for address in identifier_addresses(to_data(model).get("identifiers"))
            }
            | LICENCE_ADDRESSES
        )
        for path, page in render_pages(graph).items():
            if path.endswith(".md"):
                assert unsafe_markup(as_html(page), addresses) == [], path
            elif path.endswith(".xml"):
                ElementTree.fromstring(page.encode("utf-8"))  # well-formed, whatever the text
        exported = {
            f"{entity.kind}/{entity.id}.yaml": json.dumps(
                entity.model_dump(mode="json"), ensure_ascii=False, sort_keys=True
            ).encode("utf-8", "surrogatepass")
            for entity in result
        }
    with data_folder(exported, source=False) as again:
        reloaded = load_graph(again).dataset
    assert {(e.kind, e.id): e for e in reloaded} == {(e.kind, e.id): e for e in result}
