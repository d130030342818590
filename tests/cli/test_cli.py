from atlas.cli import main


def test_check_passes_on_valid_data(minimal_data, capsys):
    """`check` on valid data exits 0 and counts the entries."""
    assert main(["--data", str(minimal_data), "check"]) == 0
    assert capsys.readouterr().out == (
        "check passed: 10 entries (2 sources, 3 organizations, 2 models, 1 policies, 2 hardware)\n"
        "key facts quoting their source: 0 of 5 (0%); list the others with 'check --unquoted'\n"
    )


def test_check_counts_copies_not_compared_with_the_publisher(minimal_data, capsys):
    """`check` counts the sources read on a copy and those whose copy was not compared."""
    sources = minimal_data / "sources"
    report = next(path for path in sources.glob("*.yaml") if "url:" in path.read_text())
    text = report.read_text()
    report.write_text(text + "read_at: {url: https://mirror.example.org/copy, compared: false}\n")
    assert main(["--data", str(minimal_data), "check"]) == 0
    assert capsys.readouterr().out.splitlines()[2] == (
        "sources read on a copy: 1; marked as not compared with the publisher's text: 1"
    )


def test_check_lists_key_facts_without_a_quote(minimal_data, capsys):
    """`check --unquoted` counts a quoted key fact and lists, located, the ones without a quote."""
    path = minimal_data / "models" / "acme-2.yaml"
    text = path.read_text()
    assert "released: 2024-02-10\n" in text
    path.write_text(
        text.replace(
            "released: 2024-02-10\n",
            "released:\n  value: 2024-02-10\n  sources:\n"
            "    - {id: acme-report, quote: Acme released Acme-2 on 10 February 2024.}\n",
        )
    )
    assert main(["--data", str(minimal_data), "check", "--unquoted"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == (
        "key facts quoting their source: 1 of 5 (20%); list the others with 'check --unquoted'"
    )
    assert lines[2:] == [
        "data/organizations/acme-ai.yaml:11: funding_rounds[0].amount: CNY 100000000",
        "data/models/acme-1.yaml:5: released: 2023-05",
        "data/policies/chip-rule.yaml:8: dates.signed: 2024-01-05",
        "data/policies/chip-rule.yaml:9: dates.effective: 2024-02-01",
    ]


def test_check_fails_with_located_errors(minimal_data, capsys):
    """`check` on bad data exits 1 and prints each problem and a count."""
    path = minimal_data / "models" / "acme-2.yaml"
    path.write_text(path.read_text().replace("developers: [acme-ai]", "developers: [acme]"))
    assert main(["--data", str(minimal_data), "check"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "data/models/acme-2.yaml:4: developers[0]: must name an existing organization, but there "
        "is no data/organizations/acme.yaml; did you mean 'acme-ai'?",
        "check failed: 1 error in 1 file",
    ]


def test_render_writes_all_pages(minimal_data, tmp_path, capsys):
    """`render --out` writes every generated page and data file to a new folder."""
    assert main(["--data", str(minimal_data), "render", "--out", str(tmp_path / "md")]) == 0
    assert (tmp_path / "md" / "organizations" / "acme-ai.md").is_file()
    assert (tmp_path / "md" / "organizations" / "acme-ai.json").is_file()
    assert (tmp_path / "md" / "downloads" / "atlas.json").is_file()
    written = len([p for p in (tmp_path / "md").rglob("*") if p.is_file()])
    assert capsys.readouterr().out.startswith(f"wrote {written} files to ")


def test_render_refuses_existing_folder(minimal_data, tmp_path, capsys):
    """`render --out` into an existing folder fails without writing."""
    (tmp_path / "md").mkdir()
    assert main(["--data", str(minimal_data), "render", "--out", str(tmp_path / "md")]) == 2
    assert "already exists" in capsys.readouterr().err


def test_render_with_bad_data_writes_nothing(minimal_data, tmp_path, capsys):
    """`render --out` on data with a problem exits 1 and creates no folder at all."""
    path = minimal_data / "models" / "acme-2.yaml"
    path.write_text(path.read_text().replace("released: 2024-02-10", "released: 2024-02-30"))
    assert main(["--data", str(minimal_data), "render", "--out", str(tmp_path / "md")]) == 1
    assert not (tmp_path / "md").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]
    assert "check failed: 1 error in 1 file" in capsys.readouterr().err
