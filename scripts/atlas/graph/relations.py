"""Every reference between entities as a directed, labelled relation, for maps and exports.

A relation runs upstream to downstream, the way influence or money flows: investor -> company,
developer -> model, issuer -> policy, policy -> organization it names, older policy -> the one
that amends it. Sources are left out: citations are not relationships.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from ..load.dataset import EntityKey
from ..schema import Entity
from ..schema.refs import FieldPath
from .graph import Graph

IGNORED_KINDS = frozenset({"sources"})

RELATION_LABELS: dict[str, tuple[str, str, str]] = {
    "investors": ("Investors", "Invested in", "invested in"),
    "developers": ("Developers", "Models", "developed"),
    "makers": ("Made by", "Chips made", "makes"),
    "manufacturer": ("Manufactured by", "Chips manufactured", "manufactures"),
    "issuers": ("Issued by", "Policies issued", "issued"),
    "affects": ("Named by policies", "Names", "names"),
    "hardware.hardware": ("Rules naming it", "Chips named", "names"),
    "spun_out_of": ("Spun out of", "Spin-offs", "spun out"),
    "parent": ("Part of", "Parent of", "is the parent of"),
    "managed_by": ("Managed by", "Manages", "manages"),
    "previous_version": ("Previous version", "Succeeded by", "was succeeded by"),
    "based_on": ("Based on", "Models built on it", "is the base of"),
    "trained_on": ("Trained on", "Models trained on it", "was used to train"),
    "hardware.chip": ("Runs on", "Models that run on it", "can run"),
    "variant_of.hardware": ("Cut down from", "Cut-down variants", "has the cut-down variant"),
    "amends": ("Amended by", "Amends", "amends"),
    "supersedes": ("Superseded by", "Supersedes", "supersedes"),
    "implements": ("Implemented by", "Implements", "implements"),
    "rescinds": ("Rescinded by", "Rescinds", "rescinds"),
}
"""Field -> (the upstream group seen from downstream, the downstream group, the verb).

A key is a field name, or the dotted path of a reference inside records ('hardware.chip': the
chip a model's hardware need names), where a plain name would be ambiguous.

Read as: on a company's page its investors are grouped as "Investors"; on an investor's page
the companies are "Invested in"; in a sentence, "HongShan invested in Zhipu AI". Fields not
listed fall back to their own name.
"""

SKIPPED_FIELDS = frozenset({"lead_investors"})
"""References that repeat another one (lead investors are listed among the investors)."""

UPSTREAM_REFERRERS = frozenset({"policies"})
"""Kinds whose references point downstream (a policy names what it acts on), except issuers."""


@dataclass(frozen=True)
class Relation:
    """`upstream` -> `downstream` through `field`; `upstream_label` names the upstream group."""

    upstream: Entity
    downstream: Entity
    field: str

    @property
    def labels(self) -> tuple[str, str, str]:
        """(the upstream group seen from downstream, the downstream group, the verb)."""
        words = self.field.split(".")[0].replace("_", " ")
        return RELATION_LABELS.get(
            self.field, (words.capitalize(), f"Linked as {words}", f"is linked as {words} to")
        )


_FACT_STEPS = frozenset({"value", "disputed"})


def _field_name(path: FieldPath) -> str:
    """The key that names a relation: the dotted field path, its innermost name, or its outermost.

    ('funding_rounds', 0, 'investors', 2) -> 'investors'; ('hardware', 0, 'chip') ->
    'hardware.chip'; ('affects', 0, 'organization') -> 'affects'; ('spun_out_of', 'value') ->
    'spun_out_of'.
    """
    names = [str(step) for step in path if isinstance(step, str) and step not in _FACT_STEPS]
    for key in (".".join(names), names[-1]):
        if key in RELATION_LABELS:
            return key
    return names[0]


class Relations:
    """All relations of a dataset, indexed by entity; computed once per build."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        found: dict[tuple[EntityKey, EntityKey, str], Relation] = {}
        for entity in graph.dataset:
            if entity.kind in IGNORED_KINDS:
                continue
            for path, ref, target_id in graph.dataset.references[(entity.kind, entity.id)]:
                if ref.kind in IGNORED_KINDS or SKIPPED_FIELDS.intersection(map(str, path)):
                    continue
                field = _field_name(path)
                target = graph.dataset.get(ref.kind, target_id)
                if entity.kind in UPSTREAM_REFERRERS and field != "issuers":
                    relation = Relation(entity, target, field)
                else:
                    relation = Relation(target, entity, field)
                key = (_key(relation.upstream), _key(relation.downstream), field)
                found.setdefault(key, relation)
        self.all: list[Relation] = [found[key] for key in sorted(found)]

    @cached_property
    def _by_entity(self) -> dict[EntityKey, list[Relation]]:
        index: dict[EntityKey, list[Relation]] = defaultdict(list)
        for relation in self.all:
            index[_key(relation.upstream)].append(relation)
            if relation.downstream is not relation.upstream:
                index[_key(relation.downstream)].append(relation)
        return index

    def of(self, entity: Entity) -> list[Relation]:
        """Relations that start or end at `entity`."""
        return self._by_entity.get(_key(entity), [])

    def neighbourhood(self, entity: Entity) -> Neighbourhood:
        """The entity's direct neighbours, grouped by relation, upstream and downstream."""
        upstream: dict[tuple[str, str], dict[EntityKey, Entity]] = defaultdict(dict)
        downstream: dict[tuple[str, str], dict[EntityKey, Entity]] = defaultdict(dict)
        for relation in self.of(entity):
            up_label, down_label, _ = relation.labels
            if relation.downstream is entity:
                upstream[(relation.field, up_label)][_key(relation.upstream)] = relation.upstream
            else:
                downstream[(relation.field, down_label)][_key(relation.downstream)] = (
                    relation.downstream
                )
        return Neighbourhood(entity, _groups(upstream), _groups(downstream))


@dataclass(frozen=True)
class Group:
    """Neighbours linked to the centre in the same way, e.g. 'Investors'."""

    label: str
    field: str
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class Neighbourhood:
    """An entity with what flows into it (upstream) and out of it (downstream)."""

    centre: Entity
    upstream: tuple[Group, ...]
    downstream: tuple[Group, ...]

    @property
    def empty(self) -> bool:
        """True when the entity is linked to nothing."""
        return not self.upstream and not self.downstream


_FIELD_ORDER = {field: index for index, field in enumerate(RELATION_LABELS)}


def _groups(groups: dict[tuple[str, str], dict[EntityKey, Entity]]) -> tuple[Group, ...]:
    """Groups in the order of RELATION_LABELS (unknown fields last), members sorted by id."""
    ordered = sorted(groups, key=lambda key: (_FIELD_ORDER.get(key[0], len(_FIELD_ORDER)), key))
    return tuple(
        Group(
            label,
            field,
            tuple(groups[(field, label)][key] for key in sorted(groups[(field, label)])),
        )
        for field, label in ordered
    )


def _key(entity: Entity) -> EntityKey:
    return (entity.kind, entity.id)
