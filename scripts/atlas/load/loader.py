"""Reads data/<kind>/<id>.yaml, validates every file, resolves references, and returns a Dataset."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

from pydantic import ValidationError

from ..schema import KINDS, Entity
from .dataset import Dataset, EntityKey, Origin
from .errors import DataError, Problem, format_path, problems_from_validation, show
from .gcpause import paused_gc
from .hints import closest, suggest
from .yamlio import MAX_FILE_BYTES, YamlProblem, parse_yaml


def read_entity(path: Path, root: Path) -> tuple[Entity | None, Origin | None, list[Problem]]:
    """Parse and validate one data file. Returns the entity or the problems that stop it."""
    relative = path.relative_to(root).as_posix()
    kind = path.parent.name
    cls = KINDS[kind]
    text, problem = _read_text(path, relative)
    if text is None:
        return None, None, [problem] if problem else []
    try:
        document = parse_yaml(text)
    except YamlProblem as error:
        return None, None, [Problem(relative, error.line, format_path(error.path), error.message)]
    origin = Origin(relative, document)
    if not isinstance(document.data, dict):
        return None, origin, [Problem(relative, 1, "", _not_a_mapping(document.data, text, path))]
    try:
        entity = cls.model_validate(document.data)
    except ValidationError as error:
        return None, origin, problems_from_validation(error, cls, relative, document)
    document.data = None  # the entity holds the values now; the raw copy would double memory
    if entity.id != path.stem:
        other = path.with_name(f"{entity.id}.yaml")
        if other.is_file():
            message = (
                f"must equal the file name {path.stem!r} (got {entity.id!r}, the id of "
                f"{other.relative_to(root).as_posix()}); each entry needs its own id"
            )
        else:
            message = (
                f"must equal the file name {path.stem!r} (got {entity.id!r}); "
                "rename the file or change the id"
            )
        return None, origin, [origin.problem(("id",), message)]
    return entity, origin, []


def _read_text(path: Path, relative: str) -> tuple[str | None, Problem | None]:
    """The file's text, or the problem that stops it being read as UTF-8 text.

    Why check before reading: a symbolic link could point anywhere on the machine that builds
    the site (a secret, or an endless device), and an oversized file should not be read at all.
    """
    try:
        status = path.lstat()  # one call for both checks: reading 10,000 files adds up
        if stat.S_ISLNK(status.st_mode):
            return None, Problem(relative, 1, "", _SYMLINK)
        size = status.st_size
        if size > MAX_FILE_BYTES:
            message = (
                f"must be at most {MAX_FILE_BYTES:,} bytes ({MAX_FILE_BYTES // 1024} KB); this "
                f"file has {size:,} bytes, so shorten the text or split the entry"
            )
            return None, Problem(relative, 1, "", message)
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return None, Problem(relative, 1, "", f"must be readable ({error.strerror})")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Problem(relative, 1, "", "must be saved as UTF-8, not UTF-16")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        line = raw[: error.start].count(b"\n") + 1
        column = len(raw[line_start : error.start].decode("utf-8", "replace")) + 1
        message = (
            f"must be saved as UTF-8 text (byte 0x{raw[error.start]:02x} at column {column} is "
            "not UTF-8); save it again as UTF-8"
        )
        return None, Problem(relative, line, "", message)


_SYMLINK = "must be a regular file or folder, not a symbolic link; copy the content in instead"


def _not_a_mapping(data: object, text: str, path: Path) -> str:
    start = f"must hold the entry's fields as 'key: value' lines, starting with 'id: {path.stem}'"
    if data is None:
        has_text = any(line.strip() for line in text.splitlines())
        return f"{start}; the file {'holds only comments' if has_text else 'is empty'}"
    found = "a list" if isinstance(data, list) else f"a single value, {show(data, 40)}"
    return f"{start}; this file holds {found}"


def _data_files(data_dir: Path, root: Path) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    if not data_dir.is_dir():
        message = (
            "must be the folder of data files, but there is none; run the command from the "
            "repository's root folder, or name the folder with --data"
        )
        return files, [Problem(data_dir.as_posix(), 1, "", message)]
    for path in sorted(data_dir.rglob("*")):
        if path.name.startswith(".") or (path.is_dir() and not path.is_symlink()):
            continue
        relative = path.relative_to(root).as_posix()
        if path.is_symlink():
            problems.append(Problem(relative, 1, "", _SYMLINK))
            continue
        folder = path.parent.relative_to(data_dir).as_posix()
        if path.parent.parent != data_dir or path.parent.name not in KINDS:
            guess = closest(folder, KINDS)
            folders = ", ".join(f"data/{kind}/" for kind in KINDS)
            message = (
                f"must be in one of the data folders; did you mean 'data/{guess}/'?"
                if guess
                else f"must be in one of the folders {folders}"
            )
            problems.append(Problem(relative, 1, "", message))
        elif path.suffix != ".yaml":
            message = f"must have a name ending in .yaml; rename it to {path.stem}.yaml"
            problems.append(Problem(relative, 1, "", message))
        else:
            files.append(path)
    return files, problems


@paused_gc()
def load_dataset(data_dir: Path, root: Path | None = None) -> Dataset:
    """Load and validate every data file under `data_dir`, and resolve every reference.

    Args:
        data_dir: the folder holding one sub-folder per kind.
        root: paths in messages are relative to it (default: the parent of `data_dir`).

    The data-quality checks that span files (`atlas.graph.checks`) run after this, on a dataset
    where every file is valid and every reference resolves, so that one broken file does not
    cause misleading errors elsewhere.

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
    if problems:
        raise DataError(problems)
    return dataset


def _reference_problems(dataset: Dataset, unreadable: set[EntityKey]) -> Iterator[Problem]:
    """Dangling references; ids of files that failed on their own are not reported again."""
    for entity in dataset:
        origin = dataset.origins[(entity.kind, entity.id)]
        for field, ref, target in dataset.references[(entity.kind, entity.id)]:
            kind = ref.kind
            if target not in dataset.of(kind) and (kind, target) not in unreadable:
                label = KINDS[kind].label
                hint = suggest(target, dataset.of(kind)) or "; add that file or correct the id"
                yield origin.problem(
                    field,
                    f"must name an existing {label}, but there is no data/{kind}/{target}.yaml"
                    f"{hint}",
                )
