"""Reads data/<kind>/<id>.yaml, validates every file, resolves references, and returns a Dataset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

from pydantic import ValidationError

from .checks import run_checks
from .dataset import Dataset, EntityKey, Origin
from .errors import DataError, Problem, problems_from_validation, suggest
from .schema import KINDS, Entity, iter_refs
from .yamlio import MAX_FILE_BYTES, YamlProblem, parse_yaml


def read_entity(path: Path, root: Path) -> tuple[Entity | None, Origin | None, list[Problem]]:
    """Parse and validate one data file. Returns the entity or the problems that stop it."""
    relative = path.relative_to(root).as_posix()
    kind = path.parent.name
    cls = KINDS[kind]
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, None, [Problem(relative, 1, "", f"cannot be read: {error.strerror}")]
    if len(raw) > MAX_FILE_BYTES:
        message = f"is {len(raw)} bytes; data files must be at most {MAX_FILE_BYTES} bytes"
        return None, None, [Problem(relative, 1, "", message)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return (
            None,
            None,
            [Problem(relative, line, "", "is not valid UTF-8 text; save it as UTF-8")],
        )
    try:
        document = parse_yaml(text)
    except YamlProblem as problem:
        return None, None, [Problem(relative, problem.line, "", problem.message)]
    origin = Origin(relative, document)
    if not isinstance(document.data, dict):
        found = "nothing" if document.data is None else type(document.data).__name__
        message = f"must be a mapping of fields (id: ..., and so on), not {found}"
        return None, origin, [Problem(relative, 1, "", message)]
    try:
        entity = cls.model_validate(document.data)
    except ValidationError as error:
        return None, origin, problems_from_validation(error, cls, relative, document)
    if entity.id != path.stem:
        message = f"must equal the file name {path.stem!r} (got {entity.id!r}); rename one of them"
        return None, origin, [origin.problem(("id",), message)]
    return entity, origin, []


def _data_files(data_dir: Path, root: Path) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    if not data_dir.is_dir():
        return files, [Problem(data_dir.as_posix(), 1, "", "data folder not found")]
    for path in sorted(data_dir.rglob("*")):
        if path.is_dir() or path.name.startswith("."):
            continue
        relative = path.relative_to(root).as_posix()
        if path.parent.parent != data_dir or path.parent.name not in KINDS:
            folders = ", ".join(f"data/{kind}/" for kind in KINDS)
            problems.append(Problem(relative, 1, "", f"is not in a known folder ({folders})"))
        elif path.suffix != ".yaml":
            problems.append(Problem(relative, 1, "", "must be renamed to end in .yaml"))
        else:
            files.append(path)
    return files, problems


def load_dataset(data_dir: Path, root: Path | None = None) -> Dataset:
    """Load, validate and cross-check every data file under `data_dir`.

    Args:
        data_dir: the folder holding one sub-folder per kind.
        root: paths in messages are relative to it (default: the parent of `data_dir`).

    Data-quality checks across files run once every file is valid and every reference resolves,
    so that one broken file does not cause misleading errors elsewhere.

    Raises:
        DataError: with every problem in every file.
    """
    data_dir = data_dir.resolve()
    root = (root or data_dir.parent).resolve()
    files, problems = _data_files(data_dir, root)
    entities: dict[str, dict[str, Entity]] = {kind: {} for kind in KINDS}
    origins: dict[EntityKey, Origin] = {}
    for path in files:
        entity, origin, found = read_entity(path, root)
        problems.extend(found)
        if entity is not None and origin is not None:
            entities[entity.kind][entity.id] = entity
            origins[(entity.kind, entity.id)] = origin
    dataset = Dataset(
        entities=MappingProxyType(
            {
                kind: MappingProxyType(dict(sorted(by_id.items())))
                for kind, by_id in entities.items()
            }
        ),
        origins=MappingProxyType(origins),
    )
    unreadable = {(path.parent.name, path.stem) for path in files} - set(origins)
    problems.extend(_reference_problems(dataset, unreadable))
    if not problems:
        problems.extend(run_checks(dataset))
    if problems:
        raise DataError(problems)
    return dataset


def _reference_problems(dataset: Dataset, unreadable: set[EntityKey]) -> Iterator[Problem]:
    """Dangling references; ids of files that failed on their own are not reported again."""
    for entity in dataset:
        origin = dataset.origins[(entity.kind, entity.id)]
        for field, ref, target in iter_refs(entity):
            kind = ref.kind
            if target not in dataset.of(kind) and (kind, target) not in unreadable:
                label = KINDS[kind].label
                hint = suggest(target, dataset.of(kind))
                yield origin.problem(field, f"unknown {label} {target!r}{hint}")
