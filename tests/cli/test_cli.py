from atlas.cli import main


def test_check_passes_on_valid_data(minimal_data, capsys):
    """`check` on valid data exits 0 and counts the entries."""
    assert main(["--data", str(minimal_data), "check"]) == 0
    assert capsys.readouterr().out == (
        "check passed: 10 entries (2 sources, 3 organizations, 2 models, 1 policies, 2 hardware)\n"
    )


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
