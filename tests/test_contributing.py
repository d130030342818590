"""CONTRIBUTING.md, followed as a new contributor would, in a copy of the project.

The walk-through adds an organization with one funding round and its source using only the
commands and the YAML shown in the guide, checks it and builds the site; then each of the three
common mistakes the guide shows must give exactly the one error the guide prints.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from atlas.cli import main
from conftest import ROOT, copy_site_project

pytestmark = pytest.mark.slow

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = GUIDE.index(f"\n## {title}")
    end = GUIDE.find("\n## ", start + 1)
    return GUIDE[start:end]


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)


WALK_THROUGH = section("Add an entry")
COMMANDS = re.findall(r"python -m atlas (new [^`\n]+)", WALK_THROUGH)
SOURCE_YAML, ORGANIZATION_YAML = blocks(WALK_THROUGH, "yaml")
ERRORS = blocks(section("Reading an error"), "text")


def fill_in(scaffold: str, filled: str) -> str:
    """Put each top-level field of `filled` where the scaffold has it, required or commented."""
    lines = scaffold.splitlines()
    for block in re.split(r"\n(?=\S)", filled.strip()):
        key = block.split(":", 1)[0]
        start = next((i for i, line in enumerate(lines) if re.match(rf"(# )?{key}:", line)), None)
        assert start is not None, f"the scaffold has no field {key!r}"
        end = start + 1
        while end < len(lines) and lines[end].startswith(("  ", "#  ")):
            end += 1
        lines[start:end] = block.splitlines()
    return "\n".join(lines) + "\n"


def check(data: Path, capsys) -> tuple[int, list[str]]:
    status = main(["--data", str(data), "check"])
    captured = capsys.readouterr()
    return status, (captured.err or captured.out).splitlines()


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the project in which the guide's example has been added, step by step."""
    root = tmp_path_factory.mktemp("newcomer")
    copy_site_project(root)
    data = root / "data"
    assert [command.split()[1] for command in COMMANDS] == [
        "source",
        "organization",
        "organization",
    ]
    paths = []
    for command in COMMANDS:
        args = shlex.split(command)
        assert main(["--data", str(data), *args]) == 0
        kind = {"source": "sources", "organization": "organizations"}[args[1]]
        paths.append(sorted((data / kind).glob("example*.yaml"))[-1])
    source, organization, investor = paths
    source.write_text(fill_in(source.read_text("utf-8"), SOURCE_YAML), "utf-8")
    organization.write_text(fill_in(organization.read_text("utf-8"), ORGANIZATION_YAML), "utf-8")
    investor_facts = "types: [venture-capital]\ncountry: CN\nsources: [examplenews-robotics-2024]\n"
    investor.write_text(fill_in(investor.read_text("utf-8"), investor_facts), "utf-8")
    return root


def test_guide_shows_the_commands_it_relies_on():
    """The guide names the scaffold, the checker, the preview and the test commands."""
    for command in (
        'python -m atlas new source "',
        'python -m atlas new organization "',
        "python -m atlas check",
        "python -m atlas headers",
        "make serve",
        "make test",
    ):
        assert command in GUIDE, command


def test_scaffolds_are_where_the_guide_says(project):
    """The commands make the files the guide names, with the editor line and the cite reminder."""
    data = project / "data"
    for relative in (
        "sources/examplenews-robotics-2024.yaml",
        "organizations/example-robotics.yaml",
        "organizations/example-ventures.yaml",
    ):
        text = (data / relative).read_text("utf-8")
        assert text.startswith("# yaml-language-server: $schema=../../schemas/")
        assert "# Fill in the fields marked Required" in text


def test_the_filled_in_entry_passes_the_check(project, capsys):
    """After the one edit the guide shows, the whole data set checks clean."""
    status, output = check(project / "data", capsys)
    assert status == 0, output
    assert output[0].startswith("check passed: ")


def test_the_preview_shows_the_new_pages(project):
    """The strict build shows the round on the new page and on the investor's page."""
    config = load_config(
        config_file=str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=True
    )
    build(config)
    site = project / "site"
    page = (site / "organizations" / "example-robotics" / "index.html").read_text("utf-8")
    assert "Series A" in page
    assert 'href="../example-ventures/"' in page
    assert "examplenews-robotics-2024" in page
    investor = (site / "organizations" / "example-ventures" / "index.html").read_text("utf-8")
    assert 'href="../example-robotics/"' in investor
    home = (site / "index.html").read_text("utf-8")
    assert 'type="application/atom+xml" title="AI Ecosystem Atlas: recent changes"' in home
    feed = (site / "organizations" / "example-robotics" / "feed.xml").read_text("utf-8")
    assert "<title>Example Robotics: Series A</title>" in feed


MISTAKES = {
    "misspelt field": ("    investors: [example-ventures]\n", "    investor: [example-ventures]\n"),
    "unknown investor": (
        "    investors: [example-ventures]\n",
        "    investors: [example-venture]\n",
    ),
    "missing citation": ("sources: [examplenews-robotics-2024]\n", ""),
}


@pytest.mark.parametrize(("mistake", "expected"), list(zip(MISTAKES, ERRORS, strict=True)))
def test_each_common_mistake_gives_the_one_error_the_guide_shows(
    project, capsys, mistake, expected
):
    """Each mistake gives exactly one located error, worded as in the guide."""
    path = project / "data" / "organizations" / "example-robotics.yaml"
    good = path.read_text("utf-8")
    old, new = MISTAKES[mistake]
    assert good.count(old) == 1
    path.write_text(good.replace(old, new), "utf-8")
    try:
        status, output = check(project / "data", capsys)
    finally:
        path.write_text(good, "utf-8")
    assert status == 1
    assert len(output) == 2, output
    problem, summary = output
    expected_problem, expected_summary = expected.strip().splitlines()
    assert summary == expected_summary == "check failed: 1 error in 1 file"
    pattern = re.sub(r"yaml:\d+", r"yaml:(\\d+)", re.escape(expected_problem))
    match = re.fullmatch(pattern, problem)
    assert match, f"{problem!r} is not worded as the guide shows: {expected_problem!r}"
    assert problem == expected_problem, "the guide shows another line number; update it"
    lines = path.read_text("utf-8").replace(old, new).splitlines()
    field = problem.split(": ")[1].split(".")[-1].split("[")[0]
    if any(line.lstrip(" -").startswith(f"{field}:") for line in lines):
        assert lines[int(match[1]) - 1].lstrip(" -").startswith(f"{field}:"), problem
    else:  # a missing field is reported at the start of the mapping that lacks it
        assert lines[int(match[1]) - 1].startswith("id:"), problem


def test_guide_links_point_at_its_headings():
    """Every in-page link of the guide names a heading (GitHub's anchor for it)."""
    headings = re.findall(r"(?m)^#{2,3} (.+)$", GUIDE)
    anchors = {re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-") for title in headings}
    links = set(re.findall(r"\]\(#([^)]+)\)", GUIDE))
    assert links
    assert links <= anchors, links - anchors
