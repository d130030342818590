"""Writes generated pages to a folder: only changed files are rewritten, stale ones are removed."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path


class Files(MutableMapping[str, str]):
    """Generated files by docs-relative path, held as UTF-8 and read back as text.

    Why: Python keeps a text with one character beyond Latin-1 (a Chinese name, a dash) at two or
    four bytes a character; a large atlas's pages take half the memory as UTF-8, the form they are
    written in. `data` gives the bytes without decoding them.
    """

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        self._data: dict[str, bytes] = {}
        self.update(items)

    def __getitem__(self, path: str) -> str:
        return self._data[path].decode("utf-8")

    def __setitem__(self, path: str, text: str) -> None:
        self._data[path] = text.encode("utf-8")

    def __delitem__(self, path: str) -> None:
        del self._data[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Files({len(self)} files)"

    def data(self, path: str) -> bytes:
        """The file's UTF-8 bytes, as written to disk."""
        return self._data[path]

    def merged(self, other: Files) -> Files:
        """A new collection of both, sorted by path, sharing their bytes.

        Raises:
            ValueError: when both hold a file at the same path.
        """
        clashes = sorted(set(self._data) & set(other._data))
        if clashes:
            raise ValueError(f"generated files clash: {', '.join(clashes)}")
        result = Files()
        result._data = dict(sorted({**self._data, **other._data}.items()))
        return result

    def by_path(self) -> Files:
        """The same files, sorted by path."""
        return self.merged(Files())


def encoded(pages: Mapping[str, str], path: str) -> bytes:
    """The UTF-8 bytes of one page, without a decode and encode when `pages` holds bytes."""
    return pages.data(path) if isinstance(pages, Files) else pages[path].encode("utf-8")


def sync_pages(pages: Mapping[str, str], folder: Path) -> tuple[int, int]:
    """Make `folder` hold exactly `pages`, touching only what changed.

    Why: unchanged files keep their modification times, so `mkdocs serve --dirty` and other
    engines rebuild only what an edit affected.

    Returns:
        (files written, files removed).
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = removed = 0
    for relative in pages:
        target = folder / relative
        data = encoded(pages, relative)
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, data)
        written += 1
    wanted = {folder / relative for relative in pages}
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path not in wanted:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written, removed


def write_tree(pages: Mapping[str, str], folder: Path) -> None:
    """Write all pages into a new folder at once: it appears complete or not at all."""
    folder = folder.resolve()
    if folder.exists():
        raise FileExistsError(f"{folder} already exists; choose a new folder or remove it")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for relative in pages:
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(encoded(pages, relative))
        staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _write_atomically(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
