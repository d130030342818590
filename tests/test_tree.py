"""The package's shape: stages import only downward, no circles, small modules and functions,
and tests that mirror the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "atlas"
TESTS = ROOT / "tests"
ALLOWED = {
    "schema": {"schema"},
    "load": {"load", "schema"},
    "graph": {"graph", "load", "schema"},
    "render": {"render", "graph", "load", "schema"},
    "editor": {"editor", "load", "schema"},
    "mkdocs": {"mkdocs", "render", "graph", "load", "schema", "source_date"},
    "cli": {"cli", "bench", "editor", "render", "graph", "load", "schema", "source_date"},
    "bench": {"bench", "render", "graph", "load", "schema", "source_date"},
    "": {"cli"},
}
"""What each stage may import from the package: schema ← load ← graph ← render ← mkdocs, cli."""
WHOLE_PROJECT_TESTS = {
    "test_bounded.py",
    "test_contributing.py",
    "test_escaping.py",
    "test_overrides.py",
    "test_properties.py",
    "test_reproducible.py",
    "test_tree.py",
    "test_workflows.py",
    "test_zensical.py",
}
"""Tests of the project as a whole, which no single module owns."""
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (packages by their own name)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports_of(name: str, path: Path) -> set[str]:
    """The package modules `name` imports, wherever the import stands (TYPE_CHECKING included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = (
                package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            )
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                found.add(f"{target}.{alias.name}")
                found.add(target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    known = modules()
    return {module for module in found if module in known and module != name}


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and (PACKAGE / parts[1]).is_dir()) else ""


def test_stages_import_only_downward():
    """A stage imports only from the stages below it (schema ← load ← graph ← render ← ...)."""
    wrong = []
    for name, path in modules().items():
        mine = stage(name)
        for target in imports_of(name, path):
            theirs = stage(target) or target.split(".")[-1]
            if theirs != mine and theirs not in ALLOWED[mine]:
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_no_import_circles():
    """No module reaches itself through its imports (a package and its modules aside)."""
    graph = {name: imports_of(name, path) for name, path in modules().items()}

    def reaches(start: str) -> list[str] | None:
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, trail = stack.pop()
            for nxt in graph.get(node, ()):
                if (
                    nxt == start
                    and not start.startswith(node + ".")
                    and not node.startswith(start + ".")
                ):
                    return [*trail, nxt]
                if nxt not in seen and not start.startswith(nxt + "."):
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
        return None

    circles = [" -> ".join(found) for name in graph if (found := reaches(name))]
    assert circles == []


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_modules_and_functions_are_short(path):
    """No module is longer than 400 lines, no function longer than 60."""
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    long = [
        f"{node.name}: {node.end_lineno - node.lineno + 1} lines"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []


def test_tests_mirror_the_package():
    """Each tests/<stage>/test_<module>.py tests scripts/atlas/<stage>/<module>.py (or the package
    itself, as test_<stage>.py); only whole-project tests sit at the top."""
    orphans = []
    for test in sorted(TESTS.rglob("test_*.py")):
        relative = test.relative_to(TESTS)
        if relative.parts[0] == "browser":
            continue
        folder = PACKAGE.joinpath(*relative.parts[:-1])
        name = test.stem.removeprefix("test_")
        if len(relative.parts) == 1:
            if test.name not in WHOLE_PROJECT_TESTS and not (PACKAGE / f"{name}.py").is_file():
                orphans.append(str(relative))
        elif not ((folder / f"{name}.py").is_file() or (name == folder.name and folder.is_dir())):
            orphans.append(str(relative))
    assert orphans == []
