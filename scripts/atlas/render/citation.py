"""How to cite a page: the date of the data it shows, and the citation as text and BibTeX.

Nothing reads the clock: the date a page cites is the newest `last_checked` of its data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..schema import Entity
from .jsonld import PUBLISHER, absolute_url
from .urls import page_url


@dataclass(frozen=True)
class Citation:
    """A formatted citation of a page; `address` is empty when the site has no public address."""

    text: str
    bibtex: str
    address: str


def data_date(entities: Iterable[Entity]) -> str | None:
    """The newest `last_checked` (or, for sources, `accessed`) among `entities`."""
    dates = [
        date
        for entity in entities
        for date in (entity.last_checked, getattr(entity, "accessed", None))
        if date
    ]
    return max(dates, default=None)


def citation(title: str, what: str, date: str | None, path: str, site_url: str | None) -> Citation:
    """A formatted citation of a page, as text and as BibTeX.

    Without a site address the citation names the page's path (and the page says why).
    """
    address = absolute_url(site_url, path)
    where = address or "/" + page_url(path)
    as_of = f", data as of {date}" if date else ""
    text = f'{PUBLISHER} contributors. "{title}." {PUBLISHER}, {what}{as_of}. {where}'
    key = "atlas-" + (page_url(path).strip("/").replace("/", "-") or "home")
    fields = [
        ("author", f"{{{PUBLISHER} contributors}}"),
        ("title", f"{{{_bibtex(title)}}}"),
        ("howpublished", f"{{{PUBLISHER}, {what}}}"),
        ("url", f"{{{where}}}"),
    ]
    if date:
        fields.append(("note", f"{{Data as of {date}}}"))
        fields.append(("year", f"{{{date[:4]}}}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return Citation(text, f"@misc{{{key},\n{body}\n}}", address or "")


def _bibtex(text: str) -> str:
    return "".join("\\" + char if char in "{}%&$#_" else char for char in text)
