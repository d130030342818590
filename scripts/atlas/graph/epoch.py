"""Epoch AI's model data as vendored in reference/epoch/: reading it, and finding a model's row.

Epoch's table is reference data beside the atlas, not part of it: nothing here is published. The
cross-check (`graph/crosscheck.py`) compares each card that names an Epoch row with that row.
"""

from __future__ import annotations

import csv
import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..schema import AIModel, Source

EPOCH_TABLE = Path("reference") / "epoch" / "models.csv"
"""The vendored table, relative to the repository root."""

COLUMNS = (
    "model",
    "organization",
    "publication_date",
    "parameters",
    "training_dataset_size",
    "accessibility",
    "link",
    "snapshot",
)


@dataclass(frozen=True)
class EpochModel:
    """One row of Epoch's table: its name, and the facts the cross-check compares."""

    name: str
    organization: str
    published: date | None
    parameters: Decimal | None
    training_size: Decimal | None
    accessibility: str
    link: str
    snapshot: str


class EpochTableError(ValueError):
    """The vendored table is not as reference/epoch/README.md describes it."""


def read_epoch(path: Path) -> dict[str, EpochModel]:
    """Epoch's rows by exact name.

    Raises:
        EpochTableError: for a missing column, a malformed date or number, or a repeated name,
            naming the file and line.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise EpochTableError(f"{path}:1: columns must be {', '.join(COLUMNS)}")
        rows: dict[str, EpochModel] = {}
        for row in reader:
            where = f"{path}:{reader.line_num}"
            model = _row(row, where)
            if model.name in rows:
                raise EpochTableError(f"{where}: model: '{model.name}' is listed twice")
            rows[model.name] = model
    return rows


def _row(row: Mapping[str, str], where: str) -> EpochModel:
    try:
        published = date.fromisoformat(row["publication_date"]) if row["publication_date"] else None
    except ValueError:
        raise EpochTableError(
            f"{where}: publication_date: must be YYYY-MM-DD (got {row['publication_date']!r})"
        ) from None
    return EpochModel(
        name=row["model"],
        organization=row["organization"],
        published=published,
        parameters=_number(row, "parameters", where),
        training_size=_number(row, "training_dataset_size", where),
        accessibility=row["accessibility"],
        link=row["link"],
        snapshot=row["snapshot"],
    )


def _number(row: Mapping[str, str], column: str, where: str) -> Decimal | None:
    text = row[column]
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise EpochTableError(f"{where}: {column}: must be a number (got {text!r})") from None
    if not value.is_finite() or value < 0:
        raise EpochTableError(f"{where}: {column}: must not be negative (got {text!r})")
    return value


def name_key(name: str) -> str:
    """A name without case, spaces or punctuation: 'Yi 34B' and 'Yi-34B' give the same key."""
    return re.sub(r"[\W_]+", "", name.casefold())


def names_of(model: AIModel) -> list[str]:
    """The names a model goes by: its own, its variants', and its Hugging Face repositories'."""
    names = [model.name.en, *(variant.name for variant in model.variants)]
    if model.identifiers is not None:
        names += [repository.split("/")[-1] for repository in model.identifiers.huggingface]
    return names


def lookalikes(
    model: AIModel, epoch: Mapping[str, EpochModel], claimed: Iterable[str] = ()
) -> list[EpochModel]:
    """Epoch rows whose name matches one of the model's names, leaving out rows already claimed.

    The match ignores case, spaces and punctuation, and nothing else: 'Qwen2.5-72B-Instruct' does
    not match 'Qwen2.5-72B'.
    """
    keys = {name_key(name) for name in names_of(model)}
    taken = set(claimed)
    return [row for name, row in epoch.items() if name not in taken and name_key(name) in keys]


def closest_names(name: str, epoch: Mapping[str, EpochModel], limit: int = 3) -> list[str]:
    """Epoch names close to an unknown one, for a "did you mean" hint."""
    key = name_key(name)
    same = [other for other in epoch if name_key(other) == key]
    if same:
        return same[:limit]
    return difflib.get_close_matches(name, list(epoch), n=limit, cutoff=0.75)


def is_epoch_source(source: Source) -> bool:
    """True for a source that is Epoch AI's dataset: type `dataset`, published by Epoch AI."""
    return source.type == "dataset" and "epoch ai" in source.publisher.casefold()
