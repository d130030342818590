"""Writes generated pages to a folder: only changed files are rewritten, stale ones are removed."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path


def sync_pages(pages: Mapping[str, str], folder: Path) -> tuple[int, int]:
    """Make `folder` hold exactly `pages`, touching only what changed.

    Why: unchanged files keep their modification times, so `mkdocs serve --dirty` and other
    engines rebuild only what an edit affected.

    Returns:
        (files written, files removed).
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = removed = 0
    for relative, text in pages.items():
        target = folder / relative
        data = text.encode("utf-8")
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
        for relative, text in pages.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
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
