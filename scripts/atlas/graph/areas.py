"""Policy areas (export controls, investment controls, rules for AI services), read from the data.

A policy's area comes from its own `tags` when one of them names an area; otherwise from its
instrument, the words of its titles or its purpose, or the area of the policy it rescinds or
amends. The comparison page puts like beside like with it:
US export controls beside China's, US investment rules beside China's service rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..schema import Policy, fact_values


@dataclass(frozen=True)
class Area:
    """A kind of policy, with the tag that marks it and the title words that suggest it."""

    id: str
    name: str
    instruments: frozenset[str] = frozenset()
    words: tuple[str, ...] = ()


AREAS: tuple[Area, ...] = (
    Area(
        "export-controls",
        "Export controls",
        frozenset({"entity-list-rule"}),
        ("export", "entity list", "出口", "管制"),
    ),
    Area(
        "investment-controls",
        "Investment controls",
        frozenset(),
        ("investment", "投资"),
    ),
    Area(
        "ai-services",
        "Rules for AI services and content",
        frozenset(),
        (
            "generative",
            "service",
            "algorithm",
            "synthesis",
            "synthetic",
            "label",
            "生成式",
            "服务",
            "算法",
            "合成",
            "标识",
        ),
    ),
)
OTHER = Area("other", "Other policies")
"""Where a policy goes when neither its tags nor its titles name an area."""

BY_ID = {area.id: area for area in (*AREAS, OTHER)}


def _words_area(text: str) -> Area | None:
    text = text.lower()
    for area in AREAS:
        for word in area.words:
            pattern = rf"\b{re.escape(word)}" if word.isascii() else re.escape(word)
            if re.search(pattern, text):
                return area
    return None


RELATED_FIELDS = ("rescinds", "amends", "implements", "supersedes")
"""A policy that acts on another (rescinds, amends...) is in that policy's area if its own
words name none."""


def area_of(
    policy: Policy,
    policies: Mapping[str, Policy] | None = None,
    _seen: frozenset[str] = frozenset(),
) -> Area:
    """The policy's area: its tags, instrument, titles, purpose, then the policies it acts on.

    Args:
        policy: the policy.
        policies: every policy by id, to look up the policies it rescinds or amends.
    """
    for tag in policy.tags:
        if tag in BY_ID:
            return BY_ID[tag]
    for area in AREAS:
        if policy.instrument in area.instruments:
            return area
    titles = " ".join(
        text for text in (policy.title.en, policy.title.zh, policy.short_title) if text
    )
    purpose = " ".join(str(value.value) for value in fact_values(policy.purpose))
    for text in (titles, purpose):
        found = _words_area(text)
        if found is not None:
            return found
    for field in RELATED_FIELDS:
        for other_id in getattr(policy, field):
            other = (policies or {}).get(other_id)
            if other is not None and other_id not in _seen:
                found = area_of(other, policies, _seen | {policy.id})
                if found is not OTHER:
                    return found
    return OTHER
