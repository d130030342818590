from atlas.cli import main

HEADER = "model,organization,publication_date,parameters,training_dataset_size,accessibility,link,snapshot\n"


def test_epoch_lists_differences_and_counts(minimal_data, tmp_path, capsys):
    """`epoch` prints each difference, then the look-alike warnings and the counts; 1 if unexplained."""
    path = minimal_data / "models" / "acme-2.yaml"
    path.write_text(path.read_text() + "identifiers: {epoch: Acme-2}\n")
    table = tmp_path / "epoch.csv"
    table.write_text(
        HEADER + "Acme-2,Acme AI,2024-02-20,,,,,2026-04\nAcme-1,Acme AI,2023-05-01,,,,,2026-04\n"
    )
    assert main(["--data", str(minimal_data), "epoch", "--table", str(table)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "data/models/acme-2.yaml:5: released: unexplained: card 2024-02-10, Epoch AI 2024-02-20 "
        "(10 days earlier); the card does not show Epoch AI's date",
        "data/models/acme-1.yaml:2: name: warning: looks like Epoch AI's 'Acme-1' (2023-05-01); "
        "if it is, add identifiers.epoch: 'Acme-1' so the cross-check compares them",
        "Epoch AI cross-check of 1 models: 0 agree, 0 explained, 1 unexplained, 1 not compared; "
        "1 models look like an Epoch row but name none",
    ]


def test_epoch_all_lists_agreements_and_passes(minimal_data, tmp_path, capsys):
    """`epoch --all` also lists agreements and facts not compared; 0 with nothing unexplained."""
    path = minimal_data / "models" / "acme-2.yaml"
    path.write_text(path.read_text() + "identifiers: {epoch: Acme-2}\n")
    table = tmp_path / "epoch.csv"
    table.write_text(HEADER + "Acme-2,Acme AI,2024-02-11,,,,,2026-04\n")
    assert main(["--data", str(minimal_data), "epoch", "--table", str(table), "--all"]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "data/models/acme-2.yaml:5: released: agree: card 2024-02-10, Epoch AI 2024-02-11",
        "data/models/acme-2.yaml:1: parameters: not compared: Epoch AI gives no size",
    ]


def test_epoch_without_a_table_says_so(minimal_data, tmp_path, capsys):
    """A missing or malformed table is an error (exit status 2), not a pass."""
    assert main(["--data", str(minimal_data), "epoch", "--table", str(tmp_path / "no.csv")]) == 2
    assert "no.csv" in capsys.readouterr().out
