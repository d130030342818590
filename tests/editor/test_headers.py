"""Every data file starts with the line that points editors at its kind's JSON Schema."""

from __future__ import annotations

from atlas.cli import main
from atlas.editor.headers import data_files, fix_headers, header_line, missing_headers, with_header
from conftest import ROOT


def test_every_data_file_points_editors_at_its_schema():
    """Each file in data/ opens with its schema line (test fixtures live elsewhere and need none)."""
    missing = [p.relative_to(ROOT).as_posix() for p in missing_headers(data_files(ROOT / "data"))]
    assert missing == [], "run `python -m atlas headers` to add the first line to these files"


def test_header_names_the_kind_schema_relative_to_the_file():
    """The schema path is relative to data/<kind>/, so it works in any checkout."""
    assert header_line("organizations") == (
        "# yaml-language-server: $schema=../../schemas/organizations.schema.json"
    )


def test_with_header_adds_replaces_and_keeps_line_endings():
    """A missing line is added, a wrong one replaced, and Windows line endings are kept."""
    line = header_line("models")
    assert with_header("id: a\n", "models") == f"{line}\nid: a\n"
    wrong = "# yaml-language-server: $schema=../../schemas/sources.schema.json\nid: a\n"
    assert with_header(wrong, "models") == f"{line}\nid: a\n"
    assert with_header("\ufeffid: a\r\nname: b\r\n", "models") == f"{line}\r\nid: a\r\nname: b\r\n"
    assert with_header(with_header("id: a\n", "models"), "models") == f"{line}\nid: a\n"


def test_headers_command_fixes_only_files_that_need_it(write_data, capsys):
    """`headers` fixes new files, leaves good ones alone; `--check` exits 1 while any lacks it."""
    data = write_data(
        {
            "sources/new.yaml": "id: new\n",
            "models/good.yaml": f"{header_line('models')}\nid: good\n",
        }
    )
    assert main(["--data", str(data), "headers", "--check"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{data / 'sources' / 'new.yaml'}:1: first line must be: {header_line('sources')}",
        "run `python -m atlas headers` to add it",
    ]
    assert main(["--data", str(data), "headers"]) == 0
    assert (
        capsys.readouterr().out
        == f"added the editor schema line to {data / 'sources' / 'new.yaml'}\n"
    )
    assert (data / "sources" / "new.yaml").read_text() == f"{header_line('sources')}\nid: new\n"
    assert main(["--data", str(data), "headers", "--check"]) == 0
    assert fix_headers(data_files(data)) == []


def test_headers_command_takes_file_names(write_data):
    """Given file names (as pre-commit passes them), only those files are fixed."""
    data = write_data({"sources/a.yaml": "id: a\n", "sources/b.yaml": "id: b\n"})
    assert main(["--data", str(data), "headers", str(data / "sources" / "a.yaml")]) == 0
    assert missing_headers(data_files(data)) == [data / "sources" / "b.yaml"]
