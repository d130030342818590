"""Every broken input in tests/corpus/ gives its exact, located message through the real CLI.

Each case is the small valid data set in tests/corpus/base/ with the files of
tests/corpus/cases/<case>/data/ laid over it (one defect), and `expected.txt` holds everything
`python -m atlas check` must print. Every case runs through the CLI's entry point; a sample also
runs as its own `python -m atlas` process. Exit status 1 goes with "check failed", 0 with "check
passed"; nothing may print a traceback. Legal but hostile text is also built with the real
`mkdocs build --strict` and must reach the page as text. See tests/corpus/README.md.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from atlas.cli import main
from atlas.load.yamlio import MAX_FILE_BYTES
from sitecheck import make_project, mkdocs_build, normal, parse, unsafe_markup

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CASES = sorted(path.name for path in (CORPUS / "cases").iterdir() if path.is_dir())


def _too_large(data: Path) -> None:
    path = data / "organizations" / "acme.yaml"
    padding = "# " + "x" * 98 + "\n"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + padding * (MAX_FILE_BYTES // len(padding) + 1), encoding="utf-8")


def _symlink(data: Path) -> None:
    secret = data.parent / "secret.txt"
    secret.write_text("token: hunter2\n", encoding="utf-8")
    (data / "organizations" / "secret.yaml").symlink_to(secret)


GENERATED: dict[str, Callable[[Path], None]] = {
    "file-too-large": _too_large,
    "file-symlink-out-of-the-repository": _symlink,
}
"""Cases whose files are made at test time: too big to commit, or links that git would keep."""


def make_case(name: str, target: Path) -> Path:
    """The data set of one case in `target`/data; returns the data folder."""
    data = target / "data"
    shutil.copytree(CORPUS / "base" / "data", data)
    overlay = CORPUS / "cases" / name / "data"
    if overlay.is_dir():
        shutil.copytree(overlay, data, dirs_exist_ok=True)
    if name in GENERATED:
        GENERATED[name](data)
    return data


def check_in_process(name: str, base: Path) -> tuple[int, str]:
    """`atlas check` on one case through the CLI's `main`: (exit status, everything printed)."""
    data = make_case(name, base / name)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--data", str(data), "check"])
    return status, out.getvalue() + err.getvalue()


def check_in_subprocess(name: str, base: Path) -> subprocess.CompletedProcess[str]:
    """`python -m atlas check` on one case, run from the case's folder as a user would."""
    target = base / name
    make_case(name, target)
    return subprocess.run(
        [sys.executable, "-m", "atlas", "check"],
        cwd=target,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
        timeout=120,
    )


def expected_output(name: str) -> str:
    return (CORPUS / "cases" / name / "expected.txt").read_text(encoding="utf-8")


def expected_status(output: str) -> int:
    return 1 if output.startswith("data/") else 0


def matches(expected: str, status: int, output: str) -> bool:
    """Problems must match exactly; legal input must pass with the counts the file starts with.

    Why only the start for legal input: the success line counts every kind, and it grows when
    a kind is added; the problem messages are what a contributor reads.
    """
    if expected.startswith("check passed"):
        return status == 0 and output.startswith(expected.rstrip("\n"))
    return status == expected_status(expected) and output == expected


UPDATE = os.environ.get("ATLAS_UPDATE_CORPUS") == "1"
"""With ATLAS_UPDATE_CORPUS=1 the test writes each problem case's output to its expected.txt;
review the diff before committing it."""


def test_corpus_is_large_and_complete():
    """The corpus holds at least 40 cases, each with its expected output."""
    assert len(CASES) >= 40
    assert [
        name for name in CASES if not (CORPUS / "cases" / name / "expected.txt").is_file()
    ] == []
    assert set(GENERATED) <= set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_case_gives_its_exact_message(name, tmp_path):
    """The CLI prints exactly the expected text, exits 1 on a problem and 0 otherwise."""
    expected = expected_output(name)
    status, output = check_in_process(name, tmp_path)
    if UPDATE and not expected.startswith("check passed"):
        (CORPUS / "cases" / name / "expected.txt").write_text(output, encoding="utf-8")
        expected = output
    assert matches(expected, status, output), output


THROUGH_PYTHON_M = (
    "yaml-alias-bomb",
    "yaml-deep-flow-nesting",
    "yaml-huge-integer",
    "control-character-raw",
    "encoding-latin-1",
    "file-symlink-out-of-the-repository",
    "yaml-escape-sequence-in-key",
    "encoding-utf-8-bom-is-accepted",
)
"""A sample run as separate processes, as a user runs them in a terminal."""


def test_sample_through_python_m(tmp_path):
    """`python -m atlas check` prints the same text, exits with the same status, no traceback."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda name: check_in_subprocess(name, tmp_path), THROUGH_PYTHON_M))
    for name, result in zip(THROUGH_PYTHON_M, results, strict=True):
        expected = expected_output(name)
        assert "Traceback" not in result.stderr, name
        assert matches(expected, result.returncode, result.stdout + result.stderr), name


LEGAL_TEXT = [name for name in CASES if name.startswith(("text-", "encoding-"))]


@pytest.mark.slow
@pytest.mark.parametrize("name", [name for name in LEGAL_TEXT if name.startswith("text-")])
def test_legal_hostile_text_builds_as_plain_text(name, tmp_path):
    """Markup, Markdown and Jinja in legal text reach the built page as text, and only as text."""
    data = make_case(name, tmp_path / "case")
    make_project(tmp_path / "project", data)
    result = mkdocs_build(tmp_path / "project")
    assert result.returncode == 0, result.stderr
    page = parse(
        (tmp_path / "project" / "site" / "organizations" / "acme" / "index.html").read_text("utf-8")
    )
    assert unsafe_markup(page, {"https://news.example.org/acme"}) == []
    document = yaml.safe_load((data / "organizations" / "acme.yaml").read_text(encoding="utf-8"))
    for text in (document["name"]["en"], document.get("summary", "")):
        assert normal(text) in page.article_text


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["reference-typo", "yaml-alias-bomb", "encoding-latin-1", "yaml-deep-flow-nesting"]
)
def test_invalid_case_stops_a_real_build_without_touching_the_site(name, tmp_path):
    """`mkdocs build` on a broken case exits 1 with the located message, and keeps site/."""
    data = make_case(name, tmp_path / "case")
    project = tmp_path / "project"
    make_project(project, data)
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("previous site", encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert expected_output(name) in result.stderr
    assert [path.name for path in (project / "site").iterdir()] == ["index.html"]
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == "previous site"
