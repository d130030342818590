"""Helpers that build a project around test data and inspect the HTML it produces."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from conftest import copy_site_project

UNSAFE_ELEMENTS = frozenset({"iframe", "frame", "object", "embed", "base"})
"""Elements no page of the atlas has anywhere."""
UNSAFE_IN_ARTICLE = frozenset(
    {"script", "style", "link", "meta", "img", "form", "input", "textarea", "b", "audio", "video"}
)
"""Elements the generated content never uses; one in a page's article means data became markup."""
UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:")


def stub_docs(project: Path) -> None:
    """Replace every hand-written page with a stub holding only its title.

    Why: test data has none of the real entities the explainers link to; the stubs keep the
    navigation whole so `--strict` still catches every broken link in the generated pages.
    """
    for page in (project / "docs").rglob("*.md"):
        page.write_text(f"# {page.stem}\n\nStub.\n", encoding="utf-8")


def make_project(target: Path, data: Path) -> Path:
    """A copy of the site project with `data` as its data folder and stub hand-written pages."""
    config = copy_site_project(target, data)
    stub_docs(target)
    return config


def mkdocs_build(
    project: Path, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `mkdocs build --strict` in `project`, as a user would."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "true", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *extra],
        cwd=project,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


@dataclass
class Page:
    """What a test needs from one HTML page."""

    elements: list[tuple[str, dict[str, str], bool]] = field(default_factory=list)
    """(tag, attributes, inside the article) for every element, in order."""
    article_text: str = ""
    title: str = ""
    scripts: list[tuple[str, str]] = field(default_factory=list)
    """(type attribute, content) of every inline script."""


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._article = 0
        self._raw: str | None = None
        self._type = ""
        self._text: list[str] = []
        self._title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.elements.append((tag, {k: v or "" for k, v in attrs}, self._article > 0))
        if tag == "article":
            self._article += 1
        if tag in {"script", "style"}:
            self._raw = ""
            self._type = dict(attrs).get("type") or ""
        if tag == "title" and not self._article:
            self._in_title = True  # the document's title, not an SVG tooltip in the page

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._article -= 1
        if tag in {"script", "style"} and self._raw is not None:
            if tag == "script":
                self.page.scripts.append((self._type, self._raw))
            self._raw = None
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw += data
        elif self._in_title:
            self._title.append(data)
        elif self._article:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self.page.article_text = normal("".join(self._text))
        self.page.title = normal("".join(self._title))


def parse(html: str) -> Page:
    """Parse one HTML page."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.page


def normal(text: str) -> str:
    """Whitespace collapsed, as the generator writes data text."""
    return " ".join(text.split())


IDENTIFIER_ADDRESSES = {
    "huggingface": "https://huggingface.co/{}",
    "arxiv": "https://arxiv.org/abs/{}",
    "github": "https://github.com/{}",
}
"""Model cards link identifiers (validated as 'owner/name' or an arXiv id) to these sites."""


def identifier_addresses(identifiers: dict | None) -> set[str]:
    """The addresses a model card builds from its `identifiers` (as written in its file)."""
    identifiers = identifiers or {}
    return {
        address.format(value)
        for site, address in IDENTIFIER_ADDRESSES.items()
        for value in identifiers.get(site, ())
    }


def unsafe_markup(page: Page, allowed_urls: set[str]) -> list[str]:
    """Everything on a page that data text must never produce.

    No unsafe element anywhere, no event-handler attribute, no script or data URL in any
    attribute, no script inside the article, no image or frame from another host, and no link
    in the article other than a relative one, an anchor, or a web address the data gives.
    """
    found = []
    for tag, attrs, in_article in page.elements:
        if tag in UNSAFE_ELEMENTS or (tag in UNSAFE_IN_ARTICLE and in_article):
            found.append(f"<{tag}> element{' in the article' if in_article else ''}")
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}=...> event handler")
            if value.strip().lower().startswith(UNSAFE_SCHEMES):
                found.append(f"<{tag} {name}={value!r}>")
        if in_article and tag == "a" and "href" in attrs:
            href = attrs["href"]
            external = re.match(r"^[a-z][a-z0-9+.-]*:|^//", href, re.I)
            if external and href not in allowed_urls:
                found.append(f"<a href={href!r}> is not a web address from the data")
    for kind, content in page.scripts:
        if "json" in kind:
            try:
                json.loads(content)
            except ValueError:
                found.append(f"<script type={kind!r}> that is not valid JSON")
        elif "alert(" in content:
            found.append("<script> running code from the data")
    return found
