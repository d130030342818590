"""The data as files to take away: the whole dataset as JSON and CSV, and one JSON per entry.

Pure: the dataset in, `{site path: text}` out. Amounts are exact decimal strings in JSON (as
pydantic writes them), so no figure is rounded on the way out.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any, get_args

from pydantic import BaseModel

from ..graph.graph import Graph
from ..graph.relations import Relations
from ..load.dataset import Dataset
from ..schema import Disputed, Entity, Organization, Sourced, fact_values
from ..schema.common import Citation
from .citation import data_date
from .output import Files

DOWNLOADS = "downloads"
"""The folder (under the site root) holding the dataset files."""


_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Types that are data as they are (most of the values `to_data` meets)."""


def to_data(value: Any) -> Any:
    """A validated value as JSON-ready data, leaving out fields that hold their default.

    Why not `model_dump`: pydantic cannot tell which side of a `Fact` union a value came from
    when serializing and warns; walking the fields keeps `Sourced` and `Disputed` as they are.
    """
    if type(value) in _PLAIN:
        return value
    if isinstance(value, Citation) and value.quote is None and value.gloss is None:
        return value.id  # as the file writes it: a bare id
    if isinstance(value, BaseModel):
        data = {}
        for name, required, default in _fields(type(value)):
            field = getattr(value, name)
            if not required and field == default:
                continue
            data[name] = to_data(field)
        return data
    if isinstance(value, tuple | list):
        return [to_data(item) for item in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


@cache
def _fields(model: type[BaseModel]) -> tuple[tuple[str, bool, Any], ...]:
    """(name, required, default) of each field; the defaults are only compared, never changed."""
    return tuple(
        (
            name,
            info.is_required(),
            None if info.is_required() else info.get_default(call_default_factory=True),
        )
        for name, info in model.model_fields.items()
    )


def entity_data(entity: Entity) -> dict[str, Any]:
    """One entry as JSON-ready data: its kind, then its fields as the schema names them."""
    return {"kind": entity.kind, **to_data(entity)}


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def dataset_json(
    dataset: Dataset, entries: Mapping[str, list[dict[str, Any]]] | None = None
) -> str:
    """The whole dataset: every kind as a list of entries, sorted by id.

    `entries` are the entries as data by kind, when the caller has them already.
    """
    if entries is None:
        entries = _entries(dataset)
    return _json({"data_as_of": data_date(dataset), "entries": entries})


def _entries(dataset: Dataset) -> dict[str, list[dict[str, Any]]]:
    return {
        kind: [entity_data(entity) for entity in entities.values()]
        for kind, entities in dataset.entities.items()
    }


def _cell(value: Any, data: Any = None) -> str:
    """A field as one CSV cell: facts give their value, lists are joined with '; '.

    `data` is the value made into data already (`to_data`), when the caller has it.
    """
    if value is None:
        return ""
    if isinstance(value, Disputed):
        return " / ".join(_cell(option.value) for option in fact_values(value))
    if isinstance(value, Sourced):
        return _cell(value.value)
    if isinstance(value, tuple | list):
        items = to_data(value) if data is None else data
        if all(isinstance(item, str) for item in items):
            return "; ".join(items)
        return json.dumps(items, ensure_ascii=False, sort_keys=True)
    if isinstance(value, BaseModel):
        made = to_data(value) if data is None else data
        return json.dumps(made, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection")."""


def safe_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading apostrophe.

    OWASP's defence against CSV injection; with every cell quoted (see `_csv`), '=1+1' reaches
    the reader as the text '=1+1' instead of running. The JSON downloads keep the exact text.
    """
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _csv(header: list[str], rows: list[list[str]]) -> str:
    """The rows as CSV: every cell quoted, none able to start a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow([safe_cell(cell) for cell in header])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


SPREAD_FIELDS = frozenset({"identifiers"})
"""Top-level fields whose sub-fields get a column each in a kind's CSV (`identifiers.arxiv`),
so that ids other datasets use can be joined on without parsing JSON."""


def kind_csv(
    dataset: Dataset, kind: str, cls: type[Entity], entries: list[dict[str, Any]] | None = None
) -> str:
    """One row per entry of `kind`, one column per top-level field (nested data as JSON).

    A field in `SPREAD_FIELDS` gives one column per sub-field instead, named `field.sub`.
    `entries` are the entries of `kind` as data (`entity_data`), when the caller has them.
    """
    columns = _columns(cls)
    entities = dataset.of(kind).values()
    made = entries if entries is not None else [{}] * len(entities)
    rows = [
        [
            _cell(_lookup(entity, path), data.get(path[0]) if len(path) == 1 else None)
            for _, path in columns
        ]
        for entity, data in zip(entities, made, strict=True)
    ]
    return _csv([header for header, _ in columns], rows)


def _columns(cls: type[BaseModel]) -> list[tuple[str, tuple[str, ...]]]:
    """(header, attribute path) of each column of a kind's CSV."""
    columns: list[tuple[str, tuple[str, ...]]] = []
    for name, info in cls.model_fields.items():
        models = [t for t in get_args(info.annotation) if isinstance(t, type)]
        nested = next((t for t in models if issubclass(t, BaseModel)), None)
        if name in SPREAD_FIELDS and nested is not None:
            columns += [(f"{name}.{sub}", (name, sub)) for sub in nested.model_fields]
        else:
            columns.append((name, (name,)))
    return columns


def _lookup(entity: Entity, path: tuple[str, ...]) -> Any:
    value: Any = entity
    for name in path:
        value = getattr(value, name, None) if value is not None else None
    return value


def funding_csv(dataset: Dataset) -> str:
    """Every funding round with an amount in its own currency and the sourced USD equivalent."""
    header = [
        "organization",
        "date",
        "round",
        "amount",
        "currency",
        "qualifier",
        "usd_amount",
        "disputed",
        "investors",
        "lead_investors",
        "sources",
    ]
    rows = []
    for entity in dataset.of("organizations").values():
        assert isinstance(entity, Organization)
        for funding in entity.funding_rounds:
            options = [option.value for option in fact_values(funding.amount)] or [None]
            for money in options:
                rows.append(
                    [
                        entity.id,
                        funding.date,
                        funding.name or "",
                        "" if money is None or money.amount is None else str(money.amount),
                        "" if money is None else money.currency,
                        "" if money is None else money.qualifier,
                        "" if money is None or money.usd is None else str(money.usd.amount),
                        "true" if isinstance(funding.amount, Disputed) else "false",
                        "; ".join(funding.investors),
                        "; ".join(funding.lead_investors),
                        "; ".join(c.id for c in funding.sources or entity.sources),
                    ]
                )
    return _csv(header, rows)


def relations_csv(relations: Relations) -> str:
    """Every link between entries, upstream to downstream, with its verb."""
    rows = [
        [
            relation.upstream.kind,
            relation.upstream.id,
            relation.labels[2],
            relation.downstream.kind,
            relation.downstream.id,
            relation.field,
        ]
        for relation in relations.all
    ]
    header = ["from_kind", "from_id", "relation", "to_kind", "to_id", "field"]
    return _csv(header, rows)


def render_assets(
    graph: Graph, kinds: Mapping[str, type[Entity]], schemas: Mapping[str, str]
) -> Files:
    """Every downloadable file by site path: dataset JSON and CSVs, schemas, per-entry JSON.

    Args:
        graph: the linked data.
        kinds: the entity classes by kind (the schema's KINDS).
        schemas: the committed JSON Schema files by file name, published as they are.
    """
    dataset = graph.dataset
    entries = _entries(dataset)  # each entry made into data once, for both kinds of file
    files = Files({f"{DOWNLOADS}/atlas.json": dataset_json(dataset, entries)})
    for kind, cls in kinds.items():
        files[f"{DOWNLOADS}/{kind}.csv"] = kind_csv(dataset, kind, cls, entries.get(kind))
    files[f"{DOWNLOADS}/funding-rounds.csv"] = funding_csv(dataset)
    files[f"{DOWNLOADS}/relations.csv"] = relations_csv(Relations(graph))
    for name, text in sorted(schemas.items()):
        files[f"{DOWNLOADS}/schemas/{name}"] = text
    for kind, entities in dataset.entities.items():
        for entity, data in zip(entities.values(), entries[kind], strict=True):
            files[f"{entity.kind}/{entity.id}.json"] = _json(data)
    return files
