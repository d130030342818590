"""Where other datasets know a model: its identifiers as schemes, values and addresses.

One list serves the JSON-LD (`sameAs`, `identifier`) and any page that links them, so an address
is built in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..schema.model import Identifiers

SITES = (
    ("huggingface", "Hugging Face", "https://huggingface.co/{}"),
    ("arxiv", "arXiv", "https://arxiv.org/abs/{}"),
    ("github", "GitHub", "https://github.com/{}"),
)
"""(field, scheme as readers know it, address of an id) for the identifiers that have a page."""

EPOCH = "Epoch AI"


@dataclass(frozen=True)
class ExternalId:
    """One identifier: its scheme ('arXiv'), value ('2501.12948') and page, where it has one."""

    scheme: str
    value: str
    url: str | None


def external_ids(identifiers: Identifiers | None) -> list[ExternalId]:
    """A model's identifiers in a fixed order: Hugging Face, arXiv, GitHub, then Epoch AI.

    Epoch's model name has no page of its own (Epoch publishes one table), so it has no address.
    """
    if identifiers is None:
        return []
    found = [
        ExternalId(scheme, value, address.format(value))
        for field, scheme, address in SITES
        for value in getattr(identifiers, field)
    ]
    if identifiers.epoch:
        found.append(ExternalId(EPOCH, identifiers.epoch, None))
    return found
