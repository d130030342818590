from datetime import date
from decimal import Decimal

import pytest

from atlas.graph.mentions import count_text, counts_in, dates_in, epoch_note, near


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Epoch AI dates it 2024-03-04.", [date(2024, 3, 4)]),
        ("the paper of 4 March 2024", [date(2024, 3, 4)]),
        ("on Sept. 30, 2025 and 1 Oct 2025", [date(2025, 10, 1), date(2025, 9, 30)]),
        ("released 2024-02-30 or in March 2024", []),  # no such day; a month is not a date
        ("4 Smarch 2024", []),
    ],
)
def test_dates_in_a_note(text, found):
    """Full dates are found in ISO, day-month-year and month-day-year forms; nothing else."""
    assert dates_in(text) == found


def test_near_is_three_days():
    """Two dates at most 3 days apart are near; 4 days apart are not."""
    assert near(date(2024, 3, 4), date(2024, 3, 1))
    assert not near(date(2024, 3, 5), date(2024, 3, 1))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Epoch AI lists 671 billion", [Decimal("671e9")]),
        ("671B total, 37B active", [Decimal("671e9"), Decimal("37e9")]),
        ("1.6T parameters", [Decimal("1.6e12")]),
        ("70,000,000,000 parameters", [Decimal("70000000000")]),
        ("v2.5 has 7 B", [Decimal("7e9")]),
    ],
)
def test_counts_in_a_note(text, found):
    """Numbers are read with their scale word or letter, and with thousands separators."""
    assert counts_in(text) == found


def test_epoch_is_a_name_not_a_training_epoch():
    """'Epoch AI' names the dataset; 'epochs' of training do not."""
    assert epoch_note("Epoch AI lists 7B")
    assert epoch_note("as Epoch has it")
    assert not epoch_note("trained for 3 epochs")
    assert not epoch_note("Epochs: 3")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("671000000000"), "671 billion"),
        (Decimal("1600000000000"), "1.6 trillion"),
        (Decimal("116830000000"), "116.83 billion"),
        (Decimal("284000000"), "284 million"),
        (Decimal("27000"), "27000"),
    ],
)
def test_counts_in_words(value, text):
    """Counts read as words in messages, to at most three decimals."""
    assert count_text(value) == text
