import csv

import pytest

from atlas.graph.crosscheck import crosscheck
from atlas.graph.epoch import COLUMNS, EPOCH_TABLE, read_epoch
from atlas.load import load_dataset
from conftest import ROOT

SOURCES = {
    "sources/news.yaml": """
        id: news
        title: Acme releases a model
        publisher: Example Daily
        type: news
        url: https://news.example.org/acme
    """,
    "sources/epoch-ai-models.yaml": """
        id: epoch-ai-models
        title: Data on AI Models
        publisher: Epoch AI
        type: dataset
        url: https://epoch.ai/data/ai-models
    """,
    "organizations/acme-ai.yaml": """
        id: acme-ai
        name: {en: Acme AI}
        types: [ai-developer]
        country: US
        sources: [news]
        last_checked: 2026-11-29
    """,
}


def model(body: str, name: str = "Acme-1", epoch: str | None = "Acme-1") -> str:
    identifiers = f"identifiers: {{epoch: '{epoch}'}}\n" if epoch else ""
    return (
        f"id: acme-1\nname: {{en: {name}}}\ndevelopers: [acme-ai]\nsources: [news]\n"
        f"last_checked: 2026-11-29\n{identifiers}{body}"
    )


def epoch_table(tmp_path, *rows):
    path = tmp_path / "epoch.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        for name, published, parameters in rows:
            writer.writerow(
                {
                    "model": name,
                    "organization": "Acme AI",
                    "publication_date": published,
                    "parameters": parameters,
                    "training_dataset_size": "",
                    "accessibility": "",
                    "link": "",
                    "snapshot": "2026-04",
                }
            )
    return read_epoch(path)


@pytest.fixture
def check(write_data, tmp_path):
    """Cross-check one card (data/models/acme-1.yaml) against a one-row Epoch table."""

    def run(card: str, row=("Acme-1", "2024-02-10", "7000000000")):
        dataset = load_dataset(write_data({**SOURCES, "models/acme-1.yaml": card}))
        return crosscheck(dataset, epoch_table(tmp_path, row))

    return run


def lines(report):
    return [str(finding) for finding in report.findings]


def test_values_within_the_tolerances_agree(check):
    """A date within 3 days and a size within 1 % of Epoch's agree."""
    card = model("released: 2024-02-13\nparameters: {total: 7069000000}\n")
    report = check(card)
    assert lines(report) == [
        "data/models/acme-1.yaml:7: released: agree: card 2024-02-13, Epoch AI 2024-02-10",
        "data/models/acme-1.yaml:8: parameters: agree: card 7.069 billion, Epoch AI 7 billion",
    ]
    assert report.summary() == (
        "Epoch AI cross-check of 1 models: 2 agree, 0 explained, 0 unexplained, 0 not compared; "
        "0 models look like an Epoch row but name none"
    )


def test_values_past_the_tolerances_are_unexplained(check):
    """A date 4 days off and a size 2 % off are differences the card must show."""
    card = model("released: 2024-02-14\nparameters: {total: 7140000000}\n")
    assert lines(check(card)) == [
        "data/models/acme-1.yaml:7: released: unexplained: card 2024-02-14, Epoch AI 2024-02-10 "
        "(4 days later); the card does not show Epoch AI's date",
        "data/models/acme-1.yaml:8: parameters: unexplained: card 7.14 billion, Epoch AI 7 billion "
        "(+2.0%); the card does not show Epoch AI's figure",
    ]


def test_a_month_never_agrees_with_a_day(check):
    """A card dated to the month only differs from Epoch's day, even when the day is in it."""
    finding = check(model("released: 2024-02\n")).findings[0]
    assert str(finding) == (
        "data/models/acme-1.yaml:7: released: unexplained: card 2024-02, Epoch AI 2024-02-10 "
        "(the card gives only the year or month); the card does not show Epoch AI's date"
    )


def test_a_dispute_with_a_side_citing_epoch_explains(check):
    """A disputed date with a side that agrees with Epoch and cites Epoch's dataset is explained."""
    card = model(
        "released:\n  disputed:\n  - value: 2024-03-01\n    sources: [news]\n"
        "  - value: 2024-02-10\n    sources: [epoch-ai-models]\n"
        "  note: Epoch AI dates the paper; the developer's announcement came later.\n"
    )
    assert lines(check(card))[0] == (
        "data/models/acme-1.yaml:7: released: explained: card 2024-03-01 / 2024-02-10, Epoch AI "
        "2024-02-10 (20 days later); the card disputes the date; the side citing Epoch AI gives "
        "Epoch's date"
    )


def test_a_dispute_whose_matching_side_cites_another_source_explains(check):
    """A disputed size with a side that gives Epoch's figure from another source is explained."""
    card = model(
        "parameters:\n  disputed:\n  - value: {total: 8000000000}\n    sources: [news]\n"
        "  - value: {total: 7000000000}\n    sources: [news]\n  note: Two reports differ.\n"
    )
    assert lines(check(card))[1] == (
        "data/models/acme-1.yaml:7: parameters: explained: card 8 billion / 7 billion, Epoch AI "
        "7 billion (+14.3%); the card disputes the figure; one side gives Epoch AI's figure"
    )


def test_a_dispute_whose_first_side_is_epochs_date_is_explained_not_agreed(check):
    """A disputed date is never an agreement, even when its first side is Epoch's day."""
    card = model(
        "released:\n  disputed:\n  - value: 2024-02-11\n    sources: [news]\n"
        "  - value: 2024-02-20\n    sources: [news]\n  note: Two reports differ.\n"
    )
    assert lines(check(card, row=("Acme-1", "2024-02-10", "")))[0] == (
        "data/models/acme-1.yaml:7: released: explained: card 2024-02-11 / 2024-02-20, Epoch AI "
        "2024-02-10 (1 day later); the card disputes the date; one side gives Epoch AI's date"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Epoch AI dates it 2024-02-10, the day of the paper.",
        "Epoch AI dates it 10 February 2024, the day of the paper.",
        "Epoch AI dates it Feb. 11, 2024, the day of the paper.",
    ],
)
def test_a_note_naming_epoch_and_its_date_explains(check, note):
    """A note that names Epoch and writes its date (within 3 days), in any usual form, explains."""
    card = model(f"released: {{value: 2024-03-01, note: '{note}'}}\n")
    assert lines(check(card))[0].endswith("; a note on the date names Epoch AI's date")


@pytest.mark.parametrize(
    "note",
    [
        "The paper came out on 2024-02-10.",  # does not name Epoch
        "Epoch AI dates it 2024-01-10.",  # names another date
        "Trained for 3 epochs; the paper came out on 2024-02-10.",  # 'epochs' is not Epoch
    ],
)
def test_a_note_must_name_epoch_and_its_date(check, note):
    """A note that does not name Epoch, or names another date, explains nothing."""
    card = model(f"released: {{value: 2024-03-01, note: '{note}'}}\n")
    assert lines(check(card))[0].endswith("; the card does not show Epoch AI's date")


def test_an_event_on_epochs_date_explains_when_released_says_which_date_it_is(check):
    """An event within 3 days of Epoch's date explains a later release that says which it is."""
    card = model(
        "released: {value: 2024-03-01, note: The open-weights release; the paper came first.}\n"
        "events:\n- {date: 2024-02-09, text: Technical report published}\n"
    )
    assert lines(check(card))[0] == (
        "data/models/acme-1.yaml:7: released: explained: card 2024-03-01, Epoch AI 2024-02-10 "
        "(20 days later); the card shows 2024-02-09 as an event: 'Technical report published'"
    )


def test_an_event_naming_epoch_and_its_date_explains(check):
    """An event whose text names Epoch and its date explains, whatever the event's own date."""
    card = model(
        "released: 2024-03-01\nevents:\n- date: 2024-02\n"
        "  text: The paper is posted; Epoch AI dates the model by it (2024-02-10)\n"
    )
    assert lines(check(card))[0].endswith("; the event of 2024-02 names Epoch AI's date")


def test_an_event_without_a_note_on_released_leaves_the_difference_unexplained(check):
    """Without a note, the card does not say which of its dates `released` is."""
    card = model(
        "released: 2024-03-01\nevents:\n- {date: 2024-02-10, text: Technical report published}\n"
    )
    assert lines(check(card))[0].endswith(
        "; the event on 2024-02-10 matches Epoch AI's date, but 'released' has no note saying "
        "which date it is"
    )


def test_epochs_figure_as_the_active_count_explains(check):
    """Epoch's figure equal to the card's active parameters is explained."""
    card = model("parameters: {total: 46700000000, active: 7000000000}\n")
    assert lines(check(card))[1] == (
        "data/models/acme-1.yaml:7: parameters: explained: card 46.7 billion, Epoch AI 7 billion "
        "(+567.1%); Epoch AI's figure is the card's active parameter count"
    )


@pytest.mark.parametrize("figure", ["7 billion", "7B", "7,000,000,000", "7.0 billion"])
def test_a_note_naming_epoch_and_its_figure_explains(check, figure):
    """A note that names Epoch and writes its figure (within 1 %) explains a size."""
    card = model(
        f"parameters:\n  value: {{total: 7500000000}}\n"
        f"  note: Epoch AI lists {figure}, the base model without the vision encoder.\n"
    )
    assert lines(check(card))[1].endswith("; a note on the size names Epoch AI's figure")


def test_missing_facts(check):
    """No release date is unexplained; no size is unexplained for open weights only."""
    open_weights = check(model("weights: open\n")).findings
    api = check(model("weights: api\n")).findings
    assert [str(finding) for finding in open_weights] == [
        "data/models/acme-1.yaml:1: released: unexplained: the card gives no release date; "
        "Epoch AI: 2024-02-10",
        "data/models/acme-1.yaml:1: parameters: unexplained: the card states no size for open "
        "weights; Epoch AI: 7 billion",
    ]
    assert str(api[1]) == (
        "data/models/acme-1.yaml:1: parameters: not compared: the card states no size (weights: "
        "api); Epoch AI: 7 billion"
    )


def test_epoch_without_a_value_is_not_compared(check):
    """A fact Epoch does not give is not compared."""
    report = check(model("released: 2024-02-10\n"), row=("Acme-1", "", ""))
    assert [finding.status for finding in report.findings] == ["not compared", "not compared"]


def test_an_unknown_epoch_name_is_unexplained_with_a_hint(check):
    """An `identifiers.epoch` that names no row is reported with the closest names."""
    report = check(model("released: 2024-02-10\n", epoch="Acme 1"))
    assert lines(report) == [
        "data/models/acme-1.yaml:6: identifiers.epoch: unexplained: 'Acme 1' is not a model in "
        "Epoch AI's table; did you mean 'Acme-1'?"
    ]


def test_a_card_that_looks_like_an_epoch_row_is_warned_about(check):
    """A card without an Epoch name whose variant matches an Epoch row gets a warning only."""
    card = model(
        "released: 2024-02-10\nvariants:\n- {name: Acme 1 chat}\n", name="Acme", epoch=None
    )
    report = check(card, row=("Acme-1-Chat", "2024-02-10", "7000000000"))
    assert report.findings == ()
    assert [str(warning) for warning in report.warnings] == [
        "data/models/acme-1.yaml:2: name: looks like Epoch AI's 'Acme-1-Chat' (2024-02-10, "
        "7 billion parameters); if it is, add identifiers.epoch: 'Acme-1-Chat' so the "
        "cross-check compares them"
    ]


def test_every_epoch_name_on_the_cards_is_in_the_vendored_table():
    """Each `identifiers.epoch` in data/ names a row of reference/epoch/models.csv exactly."""
    report = crosscheck(load_dataset(ROOT / "data"), read_epoch(ROOT / EPOCH_TABLE))
    unknown = [str(f) for f in report.findings if f.where.field == "identifiers.epoch"]
    assert unknown == []


def test_the_cards_agree_with_epoch_or_show_why():
    """No model card differs from Epoch AI's data without showing why (`python -m atlas epoch`)."""
    report = crosscheck(load_dataset(ROOT / "data"), read_epoch(ROOT / EPOCH_TABLE))
    assert [str(finding) for finding in report.of("unexplained")] == []
