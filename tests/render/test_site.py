"""The published site as a reader gets it: built with `mkdocs build --strict` from the real data.

Checks that need the HTML: every link between entries works both ways in one click, nothing
loads from another host, and each page's head carries its description, Open Graph and JSON-LD.
"""

from __future__ import annotations

import html.parser
import json
import re
from pathlib import Path
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from atlas.bench.sizes import PAGE_BOUND, PAGE_BOUND_GZIP, page_size
from atlas.graph import load_graph
from atlas.load.loader import load_dataset
from atlas.render.site import read_schemas, render_site
from atlas.schema import iter_refs
from conftest import ROOT, copy_site_project

SITE_URL = "https://atlas.example.org/"
REPO_URL = "https://github.com/example/ai-ecosystem-atlas"


def test_render_site_joins_pages_and_files(minimal_data):
    """The site is the Markdown pages plus the data files, sorted by path."""
    files = render_site(load_graph(minimal_data))
    assert list(files) == sorted(files)
    assert "organizations/acme-ai.md" in files
    assert "organizations/acme-ai.json" in files
    assert "downloads/atlas.json" in files


def test_read_schemas(tmp_path):
    """Committed schema files are read by name; a missing folder gives none."""
    assert read_schemas(tmp_path / "missing") == {}
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "model.schema.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "schemas" / "notes.txt").write_text("x", encoding="utf-8")
    assert read_schemas(tmp_path / "schemas") == {"model.schema.json": "{}\n"}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The real data built with a public address and a repository, as the deploy builds it, with
    Material's own search (whose index these tests read; Pagefind has tests/mkdocs/test_search.py)."""
    project = tmp_path_factory.mktemp("published")
    config_file = copy_site_project(project)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ATLAS_SEARCH", "material")
        patch.setenv("ATLAS_SITE_URL", SITE_URL)
        patch.setenv("ATLAS_REPO_URL", REPO_URL)
        config = load_config(
            config_file=str(config_file), site_dir=str(project / "site"), strict=True
        )
        build(config)
    return project / "site"


class _Links(html.parser.HTMLParser):
    """Every href in a page, and every place that would load something."""

    LOADING: ClassVar[dict[str, tuple[str, ...]]] = {
        "script": ("src",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "iframe": ("src",),
        "audio": ("src",),
        "video": ("src", "poster"),
        "embed": ("src",),
        "object": ("data",),
        "image": ("href", "xlink:href"),
        "use": ("href", "xlink:href"),
        "input": ("src",),
        "track": ("src",),
    }
    LINK_RELS_THAT_LOAD: ClassVar[set[str]] = {
        "stylesheet",
        "icon",
        "preload",
        "modulepreload",
        "prefetch",
        "manifest",
        "preconnect",
        "dns-prefetch",
        "apple-touch-icon",
        "shortcut",
    }

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.loads: list[str] = []
        self.styles: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"])
        for name in self.LOADING.get(tag, ()):
            if values.get(name):
                self.loads.extend(
                    part.split()[0] for part in values[name].split(",") if part.strip()
                )
        if tag == "link" and set((values.get("rel") or "").split()) & self.LINK_RELS_THAT_LOAD:
            self.loads.append(values.get("href") or "")
        if values.get("style"):
            self.styles.append(values["style"])
        self.in_style = tag == "style"

    def handle_data(self, data):
        if self.in_style:
            self.styles.append(data)

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False


def parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def external(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme not in ("", "data")


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")


def test_no_page_passes_the_size_bound(site):
    """Every page of the real site is at most 500 KB of HTML and 100 KB gzipped (issue 19), so a
    phone opens any of them; the whole-dataset pages are split before they grow past it."""
    pages = [page_size(site, path) for path in sorted(site.rglob("index.html"))]
    too_large = [page for page in pages if not page.within_bound]
    assert too_large == [], f"over {PAGE_BOUND} bytes or {PAGE_BOUND_GZIP} gzipped: {too_large}"
    assert len(pages) > 1000
    assert {"timeline/", "map/", "compare/us-china/", "compare/models/"} <= {p.path for p in pages}


def test_only_entry_pages_link_their_data_file_for_editing(site):
    """An entry's edit link opens its YAML file; a page of an index by letter has none."""
    entry = (site / "organizations" / "zhipu-ai" / "index.html").read_text(encoding="utf-8")
    assert "data/organizations/zhipu-ai.yaml" in entry
    letters = sorted((site / "sources" / "a-z").glob("*/index.html"))
    assert letters, "the real sources index is long enough to be split by letter"
    for page in letters:
        assert "Edit this page" not in page.read_text(encoding="utf-8")


def test_nothing_loads_from_another_host(site):
    """No page, stylesheet or the atlas's script loads anything from another host."""
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        links = parse(page)
        loads = [url for url in links.loads if external(url)]
        assert loads == [], page
        for style in links.styles:
            assert not [m for m in CSS_URL.findall(style) if external(m[0] or m[1])], page
        text = page.read_text(encoding="utf-8")
        assert 'data-md-component="source"' not in text, (
            "the theme would ask the repository host for counts"
        )
        assert "fonts.googleapis" not in text
        assert "fonts.gstatic" not in text
    for sheet in sorted(site.rglob("*.css")):
        urls = [m[0] or m[1] for m in CSS_URL.findall(sheet.read_text(encoding="utf-8"))]
        assert [url for url in urls if external(url)] == [], sheet
    own_script = (site / "assets" / "javascripts" / "atlas.js").read_text(encoding="utf-8")
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", own_script)


def url_of(kind: str, entity_id: str) -> str:
    return f"{kind}/{entity_id}/"


def page_links(site: Path, url: str) -> set[str]:
    """The site-relative targets of every link on a page, without fragments or queries."""
    targets = set()
    for href in parse(site / url / "index.html").hrefs:
        resolved = urlsplit(urljoin("http://site/" + url, href))
        if resolved.netloc == "site":
            targets.add(resolved.path.lstrip("/"))
    return targets


def test_related_entries_are_one_click_apart_both_ways(site):
    """For every reference in the data, each end's page links to the other's page."""
    dataset = load_dataset(ROOT / "data")
    checked = 0
    cache: dict[str, set[str]] = {}
    for entity in dataset:
        here = url_of(entity.kind, entity.id)
        for _, ref, target in iter_refs(entity):
            there = url_of(ref.kind, target)
            if there == here:
                continue
            links_here = cache.setdefault(here, page_links(site, here))
            links_there = cache.setdefault(there, page_links(site, there))
            assert there in links_here, f"{here} does not link to {there}"
            assert here in links_there, f"{there} does not link back to {here}"
            checked += 1
    assert checked > 100


def test_every_internal_link_resolves(site):
    """Links written into raw HTML (maps, charts) and Markdown all lead to existing files."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        url = page.relative_to(site).as_posix()
        for href in parse(page).hrefs:
            resolved = urlsplit(urljoin("http://site/" + url, href))
            if resolved.netloc != "site":
                continue
            target = site / resolved.path.lstrip("/")
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append((url, href))
    assert broken == []


def head_of(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8").split("</head>", 1)[0]


def jsonld_of(site: Path, url: str) -> dict:
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', head_of(site, url), re.S
    )
    assert match, url
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("organizations/zhipu-ai/", "Organization"),
        ("organizations/tsinghua-university/", "CollegeOrUniversity"),
        ("models/chatglm-6b/", "SoftwareApplication"),
        ("policies/executive-order-14105/", "Legislation"),
        ("sources/scmp-zhipu-342m/", "CreativeWork"),
        ("organizations/", "CollectionPage"),
    ],
)
def test_pages_carry_jsonld_of_their_kind(site, url, kind):
    """Each generated page's head has schema.org JSON-LD naming the page's full address."""
    data = jsonld_of(site, url)
    assert data["@type"] == kind
    assert data["@context"] == "https://schema.org"
    address = data.get("mainEntityOfPage") or data.get("url")
    assert address == SITE_URL + url


def test_heads_have_description_and_open_graph(site):
    """Descriptions and Open Graph tags are in the head, escaped, with the canonical address."""
    head = head_of(site, "organizations/zhipu-ai/")
    assert '<meta name="description" content="A Beijing-based developer' in head
    assert '<meta property="og:title" content="Zhipu AI">' in head
    assert '<meta property="og:type" content="article">' in head
    assert f'<meta property="og:url" content="{SITE_URL}organizations/zhipu-ai/">' in head
    assert "Tsinghua University&#x27;s" in head


def test_citation_names_the_published_address(site):
    """With site_url set, the citation gives the page's full address and the data's date."""
    text = (site / "organizations" / "zhipu-ai" / "index.html").read_text(encoding="utf-8")
    entry = yaml.safe_load((ROOT / "data/organizations/zhipu-ai.yaml").read_text(encoding="utf-8"))
    checked = entry["last_checked"]
    assert f"data as of {checked}. {SITE_URL}organizations/zhipu-ai/</p>" in text


def test_data_files_are_published(site):
    """The dataset, its CSVs and each entry's JSON are served beside the pages."""
    data = json.loads((site / "downloads" / "atlas.json").read_text(encoding="utf-8"))
    assert any(e["id"] == "zhipu-ai" for e in data["entries"]["organizations"])
    entry = json.loads((site / "organizations" / "zhipu-ai.json").read_text(encoding="utf-8"))
    assert entry["name"] == {"en": "Zhipu AI", "zh": "智谱"}
    assert (
        (site / "downloads" / "funding-rounds.csv")
        .read_text(encoding="utf-8")
        .startswith('"organization","date",')
    )
    for name in read_schemas(ROOT / "schemas"):
        assert (site / "downloads" / "schemas" / name).is_file()


def test_search_index_holds_kinds_and_leaves_out_citation_blocks(site):
    """Search knows each entry's kind (its tags) and skips references, maps and citations."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    zhipu = [doc for doc in index["docs"] if doc["location"] == "organizations/zhipu-ai/"]
    assert zhipu[0]["tags"][:4] == ["Organization", "China", "Zhipu AI", "智谱"]
    assert {"Z.ai", "北京智谱华章科技股份有限公司"} <= set(zhipu[0]["tags"]), "brands, legal names"
    locations = {doc["location"] for doc in index["docs"]}
    assert not [loc for loc in locations if loc.endswith(("#references", "#cite", "#connections"))]
    hongshan = next(doc for doc in index["docs"] if doc["location"] == "organizations/hongshan/")
    assert "Sequoia Capital China" in hongshan["text"]


def test_search_finds_events_and_policies_on_their_split_pages(site):
    """Events are searchable on their year's timeline page, policies on their area's page,
    as they were on the one long page each."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_location = {doc["location"]: doc["title"] + " " + doc["text"] for doc in index["docs"]}
    events = [loc for loc in by_location if re.match(r"timeline/20\d\d(-\d+)?/", loc)]
    assert len({loc.split("#")[0] for loc in events}) >= 5
    assert any("GLM-4.5 released" in by_location[loc] for loc in events)
    areas = [loc for loc in by_location if loc.startswith("compare/us-china/area-export-controls/")]
    assert any("AI Diffusion rule" in by_location[loc] for loc in areas)
