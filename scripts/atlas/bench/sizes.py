"""What a built site weighs: all its files, the HTML of each entity's page, and its largest page."""

from __future__ import annotations

import gzip
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..schema import KINDS

PAGE_BOUND = 500_000
"""The most bytes of HTML any page may have (issue 19), at any size of the atlas."""
PAGE_BOUND_GZIP = 100_000
"""The most bytes any page's HTML may weigh gzipped."""


@dataclass(frozen=True)
class PageSize:
    """One page of a built site: its URL path, and the bytes of its HTML, plain and gzipped."""

    path: str
    html_bytes: int
    gzip_bytes: int

    @property
    def within_bound(self) -> bool:
        """Whether the page is within both bounds a page must keep to."""
        return self.html_bytes <= PAGE_BOUND and self.gzip_bytes <= PAGE_BOUND_GZIP


@dataclass(frozen=True)
class SiteSize:
    """Bytes of the whole site, the mean bytes of an entity page's HTML, and the largest pages."""

    total_bytes: int
    html_pages: int
    entity_pages: int
    entity_page_bytes: float
    largest: PageSize | None = None
    """The page with the most HTML."""
    largest_gzip: PageSize | None = None
    """The page with the most HTML once gzipped (often the same page)."""


def measure_site(site: Path) -> SiteSize:
    """Sizes of a built site folder; entity pages are `<kind>/<id>/index.html`."""
    total = 0
    entity_sizes: list[int] = []
    pages: list[PageSize] = []
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        if path.name == "index.html":
            pages.append(page_size(site, path))
            parts = path.relative_to(site).parts
            if len(parts) == 3 and parts[0] in KINDS:
                entity_sizes.append(size)
    mean = sum(entity_sizes) / len(entity_sizes) if entity_sizes else 0.0
    largest = max(pages, key=lambda page: (page.html_bytes, page.path), default=None)
    largest_gzip = max(pages, key=lambda page: (page.gzip_bytes, page.path), default=None)
    return SiteSize(total, len(pages), len(entity_sizes), mean, largest, largest_gzip)


def largest_markdown(pages: Mapping[str, str]) -> PageSize:
    """The generated Markdown page with the most bytes, plain and gzipped (before MkDocs)."""
    path, text = max(
        ((path, text) for path, text in pages.items() if path.endswith(".md")),
        key=lambda item: (len(item[1].encode("utf-8")), item[0]),
    )
    data = text.encode("utf-8")
    return PageSize(path, len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))


def page_size(site: Path, path: Path) -> PageSize:
    """A page's HTML in bytes, plain and gzipped, named by its URL ('timeline/2023/')."""
    data = path.read_bytes()
    url = path.parent.relative_to(site).as_posix()
    url = "" if url == "." else url + "/"
    return PageSize(url or "/", len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))


def transfer_size(path: Path) -> int:
    """Bytes a reader downloads for a file from a server that compresses text with gzip.

    Files that are already gzip streams (Pagefind's index, fragments and wasm) count as they are.
    """
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        return len(data)
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def iter_sizes(text: str) -> Iterator[int]:
    """Sizes from a comma-separated list such as '100,1000,5k'."""
    for part in text.split(","):
        part = part.strip().lower()
        if part:
            yield int(float(part[:-1]) * 1000) if part.endswith("k") else int(part)
