"""What a built site weighs: all its files, and the HTML of each entity's page."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..schema import KINDS


@dataclass(frozen=True)
class SiteSize:
    """Bytes of the whole site, and the mean bytes of an entity page's HTML."""

    total_bytes: int
    html_pages: int
    entity_pages: int
    entity_page_bytes: float


def measure_site(site: Path) -> SiteSize:
    """Sizes of a built site folder; entity pages are `<kind>/<id>/index.html`."""
    total = 0
    html_pages = 0
    entity_sizes: list[int] = []
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        if path.name == "index.html":
            html_pages += 1
            parts = path.relative_to(site).parts
            if len(parts) == 3 and parts[0] in KINDS:
                entity_sizes.append(size)
    mean = sum(entity_sizes) / len(entity_sizes) if entity_sizes else 0.0
    return SiteSize(total, html_pages, len(entity_sizes), mean)


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
