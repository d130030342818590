"""The cross-check of the model cards against Epoch AI's model data: release dates and sizes.

Every card whose `identifiers.epoch` names a row of Epoch's table is compared with that row on
two facts. Each comparison ends in one of four outcomes:

- **agree**: the release date is a full date within 3 days of Epoch's; the total parameter count
  is within 1 % of Epoch's figure.
- **explained**: the values differ and the card shows why. For either fact: the fact is
  `disputed` and one side agrees with Epoch (the report says whether that side cites Epoch's
  dataset, a source of type `dataset` published by Epoch AI); or a note on the fact (the value's
  note, or a dispute's note or one of its sides') names Epoch and states Epoch's value (a date
  within 3 days written 2024-03-04, 4 March 2024 or March 4, 2024; a number within 1 % written
  671 billion, 671B or 671,000,000,000). For the date also: one of the model's dated `events`
  names Epoch and states its date in its text, or falls within 3 days of Epoch's date while
  `released` carries a note saying which date it is. For the size also: Epoch's figure is the
  card's active parameter count.
- **unexplained**: anything else, including a card with no release date, an open-weight card
  with no size, a date given only to the month or year, and an `identifiers.epoch` naming no row.
- **not compared**: Epoch gives no value, or a card whose weights are not open states no size
  (its developer has not published one; Epoch's figure is then its own estimate).

Cards without `identifiers.epoch` whose name (or a variant's, or a Hugging Face repository's)
matches an Epoch row that no other card claims are warned about, not compared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from ..load.dataset import Dataset, Origin
from ..load.errors import Problem
from ..schema import AIModel, Disputed, Source, Sourced, fact_values
from .epoch import EpochModel, closest_names, is_epoch_source, lookalikes
from .mentions import count_text, counts_in, dates_in, epoch_note, near

SIZE_TOLERANCE = Decimal("0.01")
OPEN_WEIGHTS = frozenset({"open", "open-restricted", "research-only"})
"""Weights one can download: their configuration states the size, so a card must too."""

Status = Literal["agree", "explained", "unexplained", "not compared"]
STATUSES: tuple[Status, ...] = ("agree", "explained", "unexplained", "not compared")


@dataclass(frozen=True)
class Finding:
    """The outcome of comparing one fact of one card with Epoch's row, located in the card."""

    model: str
    status: Status
    where: Problem
    """The card's file, line and field; its message says what differs and why it is (not) shown."""

    def __str__(self) -> str:
        return str(self.where)


@dataclass(frozen=True)
class Report:
    """Every comparison, and the cards that look like an Epoch row but name none."""

    findings: tuple[Finding, ...]
    warnings: tuple[Problem, ...]

    def count(self, status: Status) -> int:
        """How many comparisons ended in `status`."""
        return sum(1 for finding in self.findings if finding.status == status)

    def of(self, *statuses: Status) -> list[Finding]:
        """The findings with one of the statuses, in file order."""
        return [finding for finding in self.findings if finding.status in statuses]

    def summary(self) -> str:
        """One line of counts, e.g. '14 agree, 3 explained, 0 unexplained, 2 not compared ...'."""
        models = len({finding.model for finding in self.findings})
        counts = ", ".join(f"{self.count(status)} {status}" for status in STATUSES)
        return (
            f"Epoch AI cross-check of {models} models: {counts}; "
            f"{len(self.warnings)} models look like an Epoch row but name none"
        )


def crosscheck(dataset: Dataset, epoch: Mapping[str, EpochModel]) -> Report:
    """Compare every card that names an Epoch row with that row (see the module docstring)."""
    models = [model for model in dataset.of("models").values() if isinstance(model, AIModel)]
    claimed = {name for model in models if (name := epoch_name(model))}
    sources = {key: s for key, s in dataset.of("sources").items() if isinstance(s, Source)}
    findings: list[Finding] = []
    warnings: list[Problem] = []
    for model in models:
        origin = dataset.origins[(model.kind, model.id)]
        name = epoch_name(model)
        if name is None:
            warnings += _lookalike_warnings(model, origin, epoch, claimed)
            continue
        row = epoch.get(name)
        if row is None:
            findings.append(_unknown_name(model, origin, name, epoch))
            continue
        card = _Card(model, origin, row, sources)
        findings += [card.release(), card.size()]
    return Report(tuple(findings), tuple(warnings))


def epoch_name(model: AIModel) -> str | None:
    """The Epoch name a card gives in `identifiers.epoch`, if any."""
    return model.identifiers.epoch if model.identifiers is not None else None


def _lookalike_warnings(
    model: AIModel, origin: Origin, epoch: Mapping[str, EpochModel], claimed: set[str]
) -> Iterator[Problem]:
    for row in lookalikes(model, epoch, claimed):
        facts = ", ".join(
            part
            for part in (
                row.published.isoformat() if row.published else "",
                f"{count_text(row.parameters)} parameters" if row.parameters else "",
            )
            if part
        )
        yield origin.problem(
            ("name",),
            f"looks like Epoch AI's '{row.name}' ({facts or 'no date or size'}); if it is, add "
            f"identifiers.epoch: '{row.name}' so the cross-check compares them",
        )


def _unknown_name(
    model: AIModel, origin: Origin, name: str, epoch: Mapping[str, EpochModel]
) -> Finding:
    close = closest_names(name, epoch)
    hint = f"; did you mean {' or '.join(repr(other) for other in close)}?" if close else ""
    message = f"unexplained: '{name}' is not a model in Epoch AI's table{hint}"
    return Finding(model.id, "unexplained", origin.problem(("identifiers", "epoch"), message))


@dataclass(frozen=True)
class _Card:
    """One card and its Epoch row, compared fact by fact."""

    model: AIModel
    origin: Origin
    row: EpochModel
    sources: Mapping[str, Source]

    def finding(self, field: str, status: Status, message: str) -> Finding:
        where = self.origin.problem((field,), f"{status}: {message}")
        return Finding(self.model.id, status, where)

    def cites_epoch(self, value: Sourced[Any]) -> bool:
        citations = value.sources or self.model.sources
        return any(is_epoch_source(self.sources[c.id]) for c in citations)

    def release(self) -> Finding:
        """The card's release date against Epoch's publication date."""
        theirs = self.row.published
        fact = self.model.released
        if theirs is None:
            return self.finding("released", "not compared", "Epoch AI gives no date")
        if fact is None:
            return self.finding(
                "released", "unexplained", f"the card gives no release date; Epoch AI: {theirs}"
            )
        shown = " / ".join(str(value.value) for value in fact_values(fact))
        versus = f"card {shown}, Epoch AI {theirs}"
        if isinstance(fact, Sourced) and dates_agree(fact.value, theirs):
            return self.finding("released", "agree", versus)
        status, why = self._date_explanation(fact, theirs)
        gap = _date_gap(str(fact_values(fact)[0].value), theirs)
        return self.finding("released", status, f"{versus} ({gap}); {why}")

    def _date_explanation(
        self, fact: Sourced[str] | Disputed[str], theirs: date
    ) -> tuple[Status, str]:
        disputed = self._dispute_reason(fact, lambda value: dates_agree(value, theirs), "date")
        if disputed:
            return "explained", disputed
        if any(near(found, theirs) for note in _epoch_notes(fact) for found in dates_in(note)):
            return "explained", "a note on the date names Epoch AI's date"
        for event in self.model.events:
            if epoch_note(event.text) and any(near(d, theirs) for d in dates_in(event.text)):
                return "explained", f"the event of {event.date} names Epoch AI's date"
        events = [e for e in self.model.events if dates_agree(e.date, theirs)]
        if events and fact.note:
            return "explained", f"the card shows {events[0].date} as an event: '{events[0].text}'"
        if events:
            return "unexplained", (
                f"the event on {events[0].date} matches Epoch AI's date, but 'released' has no "
                "note saying which date it is"
            )
        return "unexplained", "the card does not show Epoch AI's date"

    def size(self) -> Finding:
        """The card's parameter count against Epoch's figure."""
        theirs = self.row.parameters
        fact = self.model.parameters
        if not theirs:
            return self.finding("parameters", "not compared", "Epoch AI gives no size")
        if fact is None:
            if self.model.weights in OPEN_WEIGHTS:
                return self.finding(
                    "parameters",
                    "unexplained",
                    f"the card states no size for open weights; Epoch AI: {count_text(theirs)}",
                )
            return self.finding(
                "parameters",
                "not compared",
                f"the card states no size (weights: {self.model.weights or 'not stated'}); "
                f"Epoch AI: {count_text(theirs)}",
            )
        totals = [value.value.total for value in fact_values(fact)]
        versus = f"card {' / '.join(map(count_text, totals))}, Epoch AI {count_text(theirs)}"
        if isinstance(fact, Sourced) and sizes_agree(fact.value.total, theirs):
            return self.finding("parameters", "agree", versus)
        status, why = self._size_explanation(fact, theirs)
        gap = (totals[0] - theirs) / theirs
        return self.finding("parameters", status, f"{versus} ({gap:+.1%}); {why}")

    def _size_explanation(
        self, fact: Sourced[Any] | Disputed[Any], theirs: Decimal
    ) -> tuple[Status, str]:
        disputed = self._dispute_reason(fact, lambda v: sizes_agree(v.total, theirs), "figure")
        if disputed:
            return "explained", disputed
        for value in fact_values(fact):
            if value.value.active is not None and sizes_agree(value.value.active, theirs):
                return "explained", "Epoch AI's figure is the card's active parameter count"
        if any(sizes_agree(n, theirs) for note in _epoch_notes(fact) for n in counts_in(note)):
            return "explained", "a note on the size names Epoch AI's figure"
        return "unexplained", "the card does not show Epoch AI's figure"

    def _dispute_reason(
        self, fact: Sourced[Any] | Disputed[Any], agrees: Callable[[Any], bool], what: str
    ) -> str | None:
        """Why a disputed fact explains a difference: a side agrees with Epoch (else None)."""
        sides = fact.disputed if isinstance(fact, Disputed) else ()
        side = next((side for side in sides if agrees(side.value)), None)
        if side is None:
            return None
        if self.cites_epoch(side):
            return f"the card disputes the {what}; the side citing Epoch AI gives Epoch's {what}"
        return f"the card disputes the {what}; one side gives Epoch AI's {what}"


def _epoch_notes(fact: Sourced[Any] | Disputed[Any]) -> list[str]:
    """The notes a fact carries that name Epoch: a value's, or a dispute's and its sides'."""
    notes = [fact.note] if isinstance(fact, Disputed) else []
    notes += [value.note for value in fact_values(fact)]
    return [note for note in notes if note and epoch_note(note)]


def dates_agree(card: str, theirs: date) -> bool:
    """True when a card's date is a full date within 3 days of Epoch's."""
    try:
        ours = date.fromisoformat(card)
    except ValueError:
        return False  # a year or a month: not precise enough to agree
    return near(ours, theirs)


def sizes_agree(card: Decimal, theirs: Decimal) -> bool:
    """True when a card's count is within 1 % of Epoch's figure."""
    return abs(card - theirs) <= SIZE_TOLERANCE * theirs


def _date_gap(shown: str, theirs: date) -> str:
    try:
        days = (date.fromisoformat(shown) - theirs).days
    except ValueError:
        return "the card gives only the year or month"
    if days == 0:
        return "the same day"
    return f"{abs(days)} day{'s' if abs(days) > 1 else ''} {'later' if days > 0 else 'earlier'}"
