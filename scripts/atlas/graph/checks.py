"""Data-quality rules run once every file is valid on its own; each yields located problems."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from pydantic import BaseModel

from ..load.dataset import Dataset
from ..load.errors import Problem
from ..schema import KINDS, Entity, Hardware, Organization, Source
from ..schema.common import Citation, Disputed, Money, Name, fact_values
from ..schema.refs import DateMarker, iter_instances, iter_marked
from .source_addresses import sources_point_at_publishers

Check = Callable[[Dataset], Iterable[Problem]]


def _without_sources(dataset: Dataset) -> list[Entity]:
    return [e for e in dataset if not isinstance(e, Source) and not e.sources]


def _uncited_sources(dataset: Dataset) -> list[str]:
    cited = {
        target
        for entity in dataset
        for _, ref, target in dataset.references[(entity.kind, entity.id)]
        if ref.kind == "sources"
    }
    return [source_id for source_id in dataset.of("sources") if source_id not in cited]


def every_fact_has_a_source(dataset: Dataset) -> Iterator[Problem]:
    """Every entry names top-level sources; they cover each fact that does not cite its own.

    The message names the sources no entry cites yet: most often the ones the entry forgot.
    """
    uncited = _uncited_sources(dataset)
    hint = f" (not cited by any entry yet: {', '.join(uncited[:3])})" if uncited else ""
    for entity in _without_sources(dataset):
        origin = dataset.origins[(entity.kind, entity.id)]
        yield origin.problem(
            ("sources",),
            "must list at least one source for this entry's facts; "
            f"add 'sources: [<source id>]'{hint}",
        )


def disputed_values_cite_their_sources(dataset: Dataset) -> Iterator[Problem]:
    """Each side of a disagreement cites its own sources; a shared list cannot tell sides apart."""
    for entity in dataset:
        origin = dataset.origins[(entity.kind, entity.id)]
        for path, node in iter_instances(entity, Disputed):
            for index, option in enumerate(node.disputed):
                if not option.sources:
                    yield origin.problem(
                        (*path, "disputed", index),
                        "must list its own sources, as each side of a dispute needs the "
                        "sources that give it; add 'sources: [<source id>]' to this value",
                    )


def sources_are_cited(dataset: Dataset) -> Iterator[Problem]:
    """A source file nobody cites is either a mistake in a citation or dead weight.

    While some entry has no sources at all, its own problem names the uncited sources, so a
    forgotten `sources:` is one error, not two.
    """
    if _without_sources(dataset):
        return
    for source_id in _uncited_sources(dataset):
        origin = dataset.origins[("sources", source_id)]
        yield origin.problem(
            ("id",),
            f"must be cited by at least one entry (none lists {source_id!r} in its sources); "
            "cite it or delete this file",
        )


def dates_are_plausible(dataset: Dataset, today: date | None = None) -> Iterator[Problem]:
    """No date after today; no model before its developer; no policy effective before signed."""
    now = (today or date.today()).isoformat()
    for entity in dataset:
        origin = dataset.origins[(entity.kind, entity.id)]
        for path, _, value in iter_marked(entity, DateMarker):
            if value > now[: len(value)]:
                yield origin.problem(
                    path, f"must not be in the future (got {value!r}); check the date in the source"
                )
    for model in dataset.of("models").values():
        origin = dataset.origins[("models", model.id)]
        developer = dataset.get("organizations", model.developers[0])  # type: ignore[attr-defined]
        assert isinstance(developer, Organization)
        for released in fact_values(model.released):  # type: ignore[attr-defined]
            for founded in fact_values(developer.founded):
                if _earlier(released.value, founded.value):
                    yield origin.problem(
                        ("released",),
                        f"must not be earlier than the founding of its developer {developer.id!r} "
                        f"({founded.value}) (got {released.value!r}); check both dates",
                    )
    for policy in dataset.of("policies").values():
        origin = dataset.origins[("policies", policy.id)]
        dates = policy.dates  # type: ignore[attr-defined]
        for effective in fact_values(dates.effective):
            for signed in fact_values(dates.signed):
                if _earlier(effective.value, signed.value):
                    yield origin.problem(
                        ("dates", "effective"),
                        f"must not be earlier than the signing date ({signed.value}) "
                        f"(got {effective.value!r}); check both dates",
                    )


def variants_follow_their_chip(dataset: Dataset) -> Iterator[Problem]:
    """A cut-down variant cannot be announced before the chip it cuts down."""
    for chip in dataset.of("hardware").values():
        assert isinstance(chip, Hardware)
        if chip.variant_of is None:
            continue
        full = dataset.get("hardware", chip.variant_of.hardware)
        assert isinstance(full, Hardware)
        origin = dataset.origins[("hardware", chip.id)]
        for mine in fact_values(chip.announced):
            for theirs in fact_values(full.announced):
                if _earlier(mine.value, theirs.value):
                    yield origin.problem(
                        ("announced",),
                        f"must not be earlier than the announcement of {full.id!r}, the chip "
                        f"it cuts down ({theirs.value}) (got {mine.value!r}); check both dates",
                    )


def _earlier(first: str, second: str) -> bool:
    """Whether partial date `first` is before `second`, compared at the coarser precision."""
    size = min(len(first), len(second))
    return first[:size] < second[:size]


def conversions_name_a_rate(dataset: Dataset) -> Iterator[Problem]:
    """A USD conversion needs a stated rate, or an amount from which the rate can be implied."""
    for entity in dataset:
        origin = dataset.origins[(entity.kind, entity.id)]
        for path, node in iter_instances(entity, Money):
            if (
                isinstance(node, Money)
                and node.usd
                and node.usd.rate is None
                and node.amount is None
            ):
                yield origin.problem(
                    (*path, "usd"),
                    "must state rate: (units per US$1) when the original amount is only in words",
                )


def chinese_names_are_quoted(dataset: Dataset) -> Iterator[Problem]:
    """A Chinese name is a fact: some quote of the citations it rests on must contain it.

    An English source can confirm a person's English name but not the characters of their
    Chinese one, and a wrong character is easy to miss. A name in a record that cites its own
    sources (a person, a product, a former name) is checked against that record's quotes (the
    entry's when it cites none); the entry's own name, against any quote in the entry.
    """
    for entity in dataset:
        if isinstance(entity, Source):
            continue
        origin = dataset.origins[(entity.kind, entity.id)]
        cited = {
            path: record.sources or entity.sources  # type: ignore[attr-defined]
            for path, record in iter_instances(entity, BaseModel)
            if "sources" in type(record).model_fields
        }
        everywhere = tuple(citation for citations in cited.values() for citation in citations)
        for path, name in iter_instances(entity, Name):
            if name.zh is None:
                continue
            owner = max((p for p in cited if p == path[: len(p)] and p), key=len, default=None)
            citations = cited[owner] if owner is not None else everywhere
            if not _quoted(name.zh, citations):
                what = "record" if owner is not None else "entry"
                yield origin.problem(
                    (*path, "zh"),
                    f"must appear in one of the quotes this {what} cites (got {name.zh!r}); cite "
                    "the sentence that gives it ('{id: <source>, quote: \"…\"}' in the "
                    f"{what}'s sources), or remove the Chinese name",
                )


def _quoted(text: str, citations: tuple[Citation, ...]) -> bool:
    """Whether `text` is in one of the quotes, ignoring spaces and full- or half-width forms."""
    needle = _compact(text)
    return any(needle in _compact(citation.quote) for citation in citations if citation.quote)


def _compact(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _normal(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def names_are_unique(dataset: Dataset) -> Iterator[Problem]:
    """Two entities of one kind may not share a name or a former name."""
    for kind in KINDS:
        seen: dict[str, str] = {}
        for entity_id, entity in dataset.of(kind).items():
            if isinstance(entity, Source):
                continue
            origin = dataset.origins[(kind, entity_id)]
            for path, name in _names(entity):
                key = _normal(name)
                owner = seen.setdefault(key, entity_id)
                if owner != entity_id:
                    yield origin.problem(
                        path,
                        f"must differ from the name of the {KINDS[kind].label} {owner!r} "
                        f"(got {name!r}); use a name that tells them apart",
                    )


def _names(entity: object) -> Iterator[tuple[tuple[str | int, ...], str]]:
    for field in ("name", "title"):
        name = getattr(entity, field, None)
        if isinstance(name, Name):
            yield (field, "en"), name.en
            if name.zh:
                yield (field, "zh"), name.zh
    for index, former in enumerate(getattr(entity, "former_names", ())):
        yield ("former_names", index, "name", "en"), former.name.en
        if former.name.zh:
            yield ("former_names", index, "name", "zh"), former.name.zh


def acyclic_relations(dataset: Dataset) -> Iterator[Problem]:
    """Lineage, amendment and ownership chains must not loop back to where they started.

    All such relations between entities of one kind form one graph, so a loop that mixes fields
    (a model based on its own successor) is found too.
    """
    edges: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    where: dict[tuple[str, str, str], tuple[str | int, ...]] = {}
    for entity in dataset:
        for path, ref, target in dataset.references[(entity.kind, entity.id)]:
            if ref.acyclic and ref.kind == entity.kind:
                edges[ref.kind][entity.id].add(target)
                where.setdefault((ref.kind, entity.id, target), path)
    for kind, graph in sorted(edges.items()):
        for start in sorted(graph):
            cycle = _find_cycle(graph, start)
            if cycle and cycle[0] == min(cycle[:-1]):
                origin = dataset.origins[(kind, start)]
                chain = " -> ".join(cycle)
                yield origin.problem(
                    where[(kind, start, cycle[1])],
                    f"must not loop back ({chain}); remove one of these links",
                )


def _find_cycle(graph: dict[str, set[str]], start: str) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    while stack:
        node, trail = stack.pop()
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                return [*trail, start]
            if nxt not in trail:
                stack.append((nxt, [*trail, nxt]))
    return None


CHECKS: tuple[Check, ...] = (
    every_fact_has_a_source,
    disputed_values_cite_their_sources,
    sources_are_cited,
    sources_point_at_publishers,
    dates_are_plausible,
    variants_follow_their_chip,
    conversions_name_a_rate,
    names_are_unique,
    chinese_names_are_quoted,
    acyclic_relations,
)


def run_checks(dataset: Dataset) -> list[Problem]:
    """Run every data-quality rule and collect their problems."""
    return [problem for check in CHECKS for problem in check(dataset)]
