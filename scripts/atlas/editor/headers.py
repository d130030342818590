"""The first line of every data file: a comment that points editors at its kind's JSON Schema.

`python -m atlas headers` adds or corrects it in every data file (or in the files it is given),
so a new file only needs that one command before it is committed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..schema import KINDS
from .jsonschema import SCHEMA_DIR, schema_file

MARKER = "# yaml-language-server:"


def header_line(kind: str) -> str:
    """`# yaml-language-server: $schema=../../schemas/<kind>.schema.json` for data/<kind>/."""
    return f"{MARKER} $schema=../../{SCHEMA_DIR}/{schema_file(kind)}"


def with_header(text: str, kind: str) -> str:
    """The text with the right header as its first line (an old or wrong one is replaced)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    body = text.removeprefix("\ufeff")
    first, separator, rest = body.partition("\n")
    if first.rstrip("\r").startswith(MARKER):
        body = rest if separator else ""
    return header_line(kind) + newline + body


def data_files(data_dir: Path) -> list[Path]:
    """Every `data/<kind>/*.yaml` file, sorted."""
    return sorted(path for kind in KINDS for path in (data_dir / kind).glob("*.yaml"))


def missing_headers(paths: Iterable[Path]) -> list[Path]:
    """The data files whose first line is not their kind's header."""
    return [
        path
        for path in paths
        if path.parent.name in KINDS
        and path.read_text(encoding="utf-8-sig").partition("\n")[0].rstrip("\r")
        != header_line(path.parent.name)
    ]


def fix_headers(paths: Iterable[Path]) -> list[Path]:
    """Add or correct the header of each data file that needs it; returns the files changed."""
    changed = missing_headers(paths)
    for path in changed:
        text = path.read_bytes().decode("utf-8")
        path.write_bytes(with_header(text, path.parent.name).encode("utf-8"))
    return changed
