"""The data model: one pydantic class per kind of entity. No I/O."""

from __future__ import annotations

from .common import Disputed, Money, Name, Sourced, fact_values
from .entity import Entity, Event
from .hardware import Hardware
from .model import AIModel
from .organization import Organization
from .policy import Policy
from .refs import Ref, iter_refs
from .source import Source

KINDS: dict[str, type[Entity]] = {
    cls.kind: cls for cls in (Source, Organization, AIModel, Policy, Hardware)
}
"""Every kind of entity, by its folder under data/. Adding a kind means adding its class here."""

__all__ = [
    "KINDS",
    "AIModel",
    "Disputed",
    "Entity",
    "Event",
    "Hardware",
    "Money",
    "Name",
    "Organization",
    "Policy",
    "Ref",
    "Source",
    "Sourced",
    "fact_values",
    "iter_refs",
]
