import pytest

from atlas.cli import main


def test_audit_prints_a_checklist_with_addresses_copies_and_quotes(minimal_data, capsys):
    """Each item names the fact's place and value, then each source's address, copy and quote."""
    model = minimal_data / "models" / "acme-2.yaml"
    model.write_text(
        model.read_text().replace(
            "released: 2024-02-10\n",
            "released:\n  value: 2024-02-10\n  note: the day of the launch event\n"
            "  claim: true\n  sources:\n"
            "    - {id: acme-report, quote: Acme-2 came out on 10 February 2024.}\n",
        )
    )
    source = minimal_data / "sources" / "acme-report.yaml"
    source.write_text(
        source.read_text() + "read_at: {url: https://copy.example.net/acme, publisher: Copies}\n"
    )
    assert main(["--data", str(minimal_data), "audit", "--sample", "100", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Audit sample: 20 of 20 facts, seed 1\n")
    item = out[out.index("`data/models/acme-2.yaml:5` released: 2024-02-10") :]
    lines = item.splitlines()
    # What the page shows beside the value is checked with it.
    assert (
        lines[1]
        == "    - shown with it: note: the day of the launch event; self-reported"
    )
    assert lines[2].startswith("    - source `acme-report`: ")
    assert lines[3].startswith("      address: https://")
    assert lines[4] == "      read at (a copy): https://copy.example.net/acme"
    assert lines[5] == "      quote: “Acme-2 came out on 10 February 2024.”"
    assert "- [ ] **1.** `data/organizations/acme-ai.yaml:7` founded: 2019" in out
    assert "funding_rounds[0].amount: CNY 100,000,000" in out


def test_audit_needs_a_seed(minimal_data, capsys):
    """Without --seed the sample could not be repeated, so the command refuses to run."""
    with pytest.raises(SystemExit) as exit_:
        main(["--data", str(minimal_data), "audit"])
    assert exit_.value.code == 2
    assert "--seed" in capsys.readouterr().err
