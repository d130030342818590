"""The real `mkdocs build --strict`, run in a temporary copy of the project.

That two builds are byte-identical is tested once, more strictly, in test_reproducible.py.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from conftest import ROOT, copy_site_project

pytestmark = pytest.mark.slow


def build_site(config_file: Path, site_dir: Path) -> None:
    config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=True)
    build(config)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The real data built once into a temporary folder."""
    project = tmp_path_factory.mktemp("project")
    build_site(copy_site_project(project), project / "site")
    return project / "site"


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_build_is_strict_and_clean(tmp_path, caplog):
    """The real data builds with no warnings under --strict."""
    caplog.set_level(logging.WARNING, logger="mkdocs")
    build_site(copy_site_project(tmp_path), tmp_path / "site")
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_pages_exist_at_their_urls(site):
    """Entity pages live at /<kind>/<id>/; indexes, timeline and sources exist."""
    for url in (
        "organizations/zhipu-ai",
        "models/chatglm-6b",
        "models/glm-130b",
        "policies/executive-order-14105",
        "organizations",
        "models",
        "policies",
        "sources",
        "sources/scmp-zhipu-342m",
        "timeline",
        "explainers/two-ai-ecosystems",
        "explainers/chips-at-the-centre-of-the-controls",
        "hardware",
        "hardware/nvidia-h20",
    ):
        assert (site / url / "index.html").is_file(), url


def test_zhipu_profile_links_every_investor(site):
    """The Zhipu AI profile links to the page of every investor in its rounds."""
    html = read(site, "organizations/zhipu-ai")
    investors = [
        "hongshan",
        "shunwei-capital",
        "hillhouse-capital",
        "legend-capital",
        "ant-group",
        "alibaba",
        "tencent",
        "xiaomi",
        "meituan",
        "kingsoft",
        "tal-education-group",
        "boss-zhipin",
        "social-security-fund-zhongguancun-independent-innovation-fund",
    ]
    for investor in investors:
        assert f'href="../{investor}/"' in html, investor
        assert (site / "organizations" / investor / "index.html").is_file()


def test_investor_page_links_back(site):
    """HongShan's page lists the Zhipu round and its former name."""
    html = read(site, "organizations/hongshan")
    assert 'href="../zhipu-ai/"' in html
    assert "Sequoia Capital China" in html


def test_chip_page_lists_its_rules_and_rule_page_lists_its_chips(site):
    """A chip's page links to every rule naming it; the rule's page links back to each chip."""
    rule = "bis-2023-10-17-advanced-computing-rules"
    chip = read(site, "hardware/nvidia-a800")
    assert f'href="../../policies/{rule}/"' in chip
    assert 'href="../nvidia-a100/"' in chip
    policy = read(site, f"policies/{rule}")
    for name in ("nvidia-a100", "nvidia-a800", "nvidia-h100", "nvidia-h800"):
        assert f'href="../../hardware/{name}/"' in policy, name


def test_chips_explainer_links_every_chip_and_cites_sources(site):
    """The chips explainer links each chip page, and its footnotes lead to source pages."""
    html = read(site, "explainers/chips-at-the-centre-of-the-controls")
    for chip in (site / "hardware").iterdir():
        if chip.is_dir():
            assert f'href="../../hardware/{chip.name}/"' in html, chip.name
    assert 'class="footnote"' in html
    assert 'href="../../sources/tweaktown-a100/"' in html


def test_explainer_footnotes_are_all_defined_and_used():
    """Every footnote mark in an explainer has a definition, and every definition is used."""
    for page in sorted((ROOT / "docs" / "explainers").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        defined = set(re.findall(r"^\[\^([^\]]+)\]:", text, flags=re.M))
        body = re.sub(r"^\[\^[^\]]+\]:.*$", "", text, flags=re.M)
        used = set(re.findall(r"\[\^([^\]]+)\]", body))
        assert used == defined, page.name


def test_hardware_has_an_index_in_the_navigation(site):
    """The hardware index is reachable from the navigation and links each chip."""
    home = read(site, ".")
    assert 'href="hardware/"' in home
    index = read(site, "hardware")
    assert 'href="nvidia-h100/"' in index
    maker = read(site, "organizations/nvidia")
    assert 'href="../../hardware/nvidia-h800/"' in maker


def test_citations_link_to_references_and_sources(site):
    """Each citation mark links to a reference that links to the source's page."""
    html = read(site, "organizations/zhipu-ai")
    marks = set(re.findall(r'href="#ref-(\d+)"', html))
    anchors = set(re.findall(r'id="ref-(\d+)"', html))
    assert marks
    assert marks == anchors
    assert 'href="../../sources/scmp-zhipu-342m/"' in html


def test_search_index_holds_chinese_and_english_names(site):
    """The page gives the search (Pagefind, the default) its Chinese name and the English one.

    Material's index, with ATLAS_SEARCH=material, is checked in tests/render/test_site.py.
    """
    html = read(site, "organizations/zhipu-ai")
    assert '<span data-pagefind-meta="organization">Zhipu AI · 智谱 · ' in html
    assert not (site / "search" / "search_index.json").exists()


def test_chinese_is_marked_as_chinese(site):
    """Chinese text carries lang="zh" while the page stays English."""
    html = read(site, "organizations/zhipu-ai")
    assert '<html lang="en"' in html
    assert '<span lang="zh">智谱</span>' in html


class _UnmarkedChinese(HTMLParser):
    """Text of a page's body with Chinese in it whose nearest `lang` is not Chinese."""

    _VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"))
    _HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str]] = [("", "en")]
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self._VOID:
            self.open.append((tag, dict(attrs).get("lang") or self.open[-1][1]))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                break

    def handle_data(self, data: str) -> None:
        tags = [tag for tag, _ in self.open]
        if "body" not in tags or {"script", "style"} & set(tags):
            return
        if self._HAN.search(data) and not self.open[-1][1].startswith("zh"):
            self.found.append(" ".join(data.split()))


def test_all_chinese_on_every_page_is_marked(site):
    """Every run of Chinese shown in a page's body (names, titles, quotes, tables, captions,
    explainers, the header's page title) is inside an element with lang="zh".

    Attribute values (link titles, metadata) and the document title cannot hold markup and are
    not checked. A hand-written page marks Chinese as `<span lang="zh">…</span>`.
    """
    unmarked = {}
    for page in sorted(site.rglob("*.html")):
        parser = _UnmarkedChinese()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.found:
            unmarked[str(page.relative_to(site))] = parser.found
    assert unmarked == {}


def test_sidebar_does_not_list_every_entity(site):
    """Entity pages are not in the navigation, so pages do not grow with the number of entities."""
    html = read(site, "models/glm-130b")
    assert "hongshan" not in html
    assert "Anthropic" not in html


def test_no_external_scripts_styles_or_fonts(site):
    """No page loads scripts, styles or fonts from another host."""
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html), page
        assert "fonts.googleapis" not in html


def test_bad_data_stops_the_build_and_keeps_the_old_site(tmp_path, caplog):
    """A broken data file aborts the build with a located error and leaves site/ untouched."""
    config = copy_site_project(tmp_path)
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "previous.html").write_text("old", encoding="utf-8")
    bad = tmp_path / "data" / "organizations" / "zhipu-ai.yaml"
    text = re.sub(r"(?m)^(founded:\n  value: )2019\S*$", r"\g<1>2019-13", bad.read_text("utf-8"))
    line = text.splitlines().index("  value: 2019-13") + 1
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(Abort):
        build_site(config, site_dir)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [
        "the data has problems:\n"
        f"data/organizations/zhipu-ai.yaml:{line}: founded.value: must have a month from 01 to 12 "
        "(got '2019-13')\ncheck failed: 1 error in 1 file"
    ]
    assert [p.name for p in site_dir.iterdir()] == ["previous.html"]


def test_a_build_writes_nothing_outside_the_site(tmp_path):
    """`mkdocs build` keeps generated pages in memory; only `mkdocs serve` writes .atlas/pages."""
    build_site(copy_site_project(tmp_path), tmp_path / "site")
    assert (tmp_path / "site" / "organizations" / "zhipu-ai" / "index.html").is_file()
    assert not (tmp_path / ".atlas").exists()
