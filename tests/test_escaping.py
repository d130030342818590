"""Every text field of every kind, filled with hostile markup, reaches the built site as plain text.

The data set is made by walking the pydantic models (tests/every_field.py), so a new kind or a
new field is covered without changing this test. The site is built with the real `mkdocs build
--strict`; the HTML must hold no element, attribute or link that came from the data, and every
text must be visible on some page exactly as written.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
import yaml

from atlas.load.loader import load_dataset
from atlas.schema import KINDS
from atlas.schema.licenses import known_ids, license_of
from every_field import dataset_files, filled_id
from sitecheck import identifier_addresses, make_project, mkdocs_build, normal, parse, unsafe_markup

pytestmark = pytest.mark.slow

TEMPLATES = (
    "{m} <script>alert('{m}')</script> <img src=x onerror=alert(1)> <b>b</b> "
    "[a](javascript:alert(1)) ![i](https://evil.example/i.png) <https://evil.example/{m}> "
    '**s** _e_ `c` {{{{ config }}}} {{% raw %}} {{: onclick="x" }} &amp; &#60; a|b [^1] 智谱',
    '# {m} <!-- c --> <a href="javascript:alert(1)">x</a> \\*x\\* ~~d~~ ==m== | c |',
    '!!! danger "{m}"',
    "1. {m} <iframe src=//evil.example></iframe> <style>*{{}}</style> \"quoted\" 'single'",
    "- {m} <svg onload=alert(1)> [x]: https://evil.example <form action=x>",
    '> {m} <span lang="zh" onclick="x">中文</span> {{: .class #id }} ***',
)
"""Markup, Markdown, Jinja and block syntax; each field gets one, with a unique marker."""


class HostileText:
    """Hands out hostile text for each field and remembers which marker went where."""

    def __init__(self) -> None:
        self.counter = itertools.count(1)
        self.texts: dict[str, tuple[str, str]] = {}

    def __call__(self, kind: str, path: tuple[str | int, ...], limit: int | None) -> str:
        number = next(self.counter)
        marker = f"zqx{number:03d}"
        text = TEMPLATES[number % len(TEMPLATES)].format(m=marker)
        if limit is not None:
            text = text[:limit]
        self.texts[marker] = (f"{kind}:{'.'.join(map(str, path))}", normal(text))
        return text


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, HostileText, Path]:
    """A data set with every text field hostile, and the site built from it."""
    text = HostileText()
    data = tmp_path_factory.mktemp("hostile-data") / "data"
    for relative, content in dataset_files(text).items():
        path = data / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), "utf-8")
    written = "".join(path.read_text("utf-8") for path in data.rglob("*.yaml"))
    text.texts = {marker: used for marker, used in text.texts.items() if marker in written}
    project = tmp_path_factory.mktemp("hostile-project")
    make_project(project, data)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return data, text, project / "site"


def pages(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(site.rglob("*.html"))
    }


def test_every_kind_is_covered(hostile):
    """The hostile data set must be valid and hold a fully filled entity of every kind."""
    data, _, _ = hostile
    dataset = load_dataset(data)
    assert all(filled_id(kind) in dataset.of(kind) for kind in KINDS)


def _identifier_addresses(data):
    return {
        address
        for path in (data / "models").glob("*.yaml")
        for address in identifier_addresses(
            yaml.safe_load(path.read_text("utf-8")).get("identifiers")
        )
    }


def test_no_markup_comes_from_data(hostile):
    """No page may hold an element, attribute or link that came from data text."""
    data, _, site = hostile
    allowed = {
        url
        for path in data.rglob("*.yaml")
        for url in _strings(yaml.safe_load(path.read_text("utf-8")))
        if url.startswith(("https://", "http://"))
    } | _identifier_addresses(data)
    allowed |= {license_of(key).url for key in known_ids()} - {None}  # the vocabulary's, not data
    problems = {
        name: found
        for name, html in pages(site).items()
        if (found := unsafe_markup(parse(html), allowed))
    }
    assert problems == {}


def test_text_is_visible_as_written(hostile):
    """Every hostile text that a page shows must read exactly as written in the data."""
    _, text, site = hostile
    parsed = [parse(html) for html in pages(site).values()]
    mangled = {
        field: written
        for marker, (field, written) in text.texts.items()
        if any(marker in page.article_text for page in parsed)
        and not any(written in page.article_text for page in parsed)
    }
    assert mangled == {}


NOT_SHOWN = {
    "organizations:short_name": "meant for tables; no table uses it yet",
    "sources:summary": "a source page shows its note instead",
    "sources:sources.0.quote": "a source cites no sources; the field comes from the entity base",
    "sources:sources.0.gloss": "a source cites no sources; the field comes from the entity base",
}
"""Text fields that no page shows yet, and why; a field shown later leaves this list."""


def test_every_text_field_is_shown_somewhere(hostile):
    """A text field that no page shows is either dead weight or a rendering bug."""
    _, text, site = hostile
    shown = " ".join(parse(html).article_text for html in pages(site).values())
    fields = {_field(field) for field, _ in text.texts.values()}
    shown_fields = {_field(field) for marker, (field, _) in text.texts.items() if marker in shown}
    assert sorted(fields - shown_fields - set(NOT_SHOWN)) == []


def test_titles_show_names_as_written(hostile):
    """The browser title of an entity's page holds its name as plain text."""
    data, _, site = hostile
    for kind in KINDS:
        written = yaml.safe_load((data / kind / f"{filled_id(kind)}.yaml").read_text("utf-8"))
        html = (site / kind / filled_id(kind) / "index.html").read_text("utf-8")
        title = parse(html).title.removesuffix(" - AI Ecosystem Atlas")
        assert title in {normal(text) for text in _strings(written)}, kind


def test_search_index_holds_no_markup_from_data(hostile):
    """Material's search index (ATLAS_SEARCH=material), which its search box renders as HTML,
    holds data text escaped. Pagefind indexes the pages' HTML, which the test above checks."""
    _, _, site = hostile
    other = site.parent / "site-material"
    result = mkdocs_build(site.parent, "-d", str(other), env={"ATLAS_SEARCH": "material"})
    assert result.returncode == 0, result.stderr
    index = json.loads((other / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for key in ("title", "text"):
            assert "<script" not in doc[key], doc["location"]
            assert "<img" not in doc[key], doc["location"]


def _field(path: str) -> str:
    """One name for a field whether its fact is written as one value or as a dispute."""
    return re.sub(r"\.disputed\.\d+\.value\b", ".value", path)


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return [value] if isinstance(value, str) else []
