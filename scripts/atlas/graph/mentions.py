"""The dates and counts a note writes out, so the cross-check can tell whether it names a value.

Notes are free text for readers: "Epoch AI dates it 4 March 2024, the paper's day", "671B in
Epoch AI's table". These helpers find the dates and numbers in them, in the forms people write.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

DATE_TOLERANCE_DAYS = 3


def epoch_note(note: str) -> bool:
    """True when a note names Epoch (the word 'Epoch', not 'epochs' of training)."""
    return re.search(r"\bEpoch\b", note) is not None


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"([A-Za-z]{3,9})\.?"
_DATE_FORMS = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), (0, 1, 2)),
    (re.compile(rf"\b(\d{{1,2}}) {_MONTH},? (\d{{4}})\b"), (2, 1, 0)),
    (re.compile(rf"\b{_MONTH} (\d{{1,2}}),? (\d{{4}})\b"), (2, 0, 1)),
)


def dates_in(text: str) -> list[date]:
    """The full dates a text writes, as 2024-03-04, 4 March 2024 or March 4, 2024."""
    found = []
    for pattern, (year, month, day) in _DATE_FORMS:
        for match in pattern.finditer(text):
            parts = match.groups()
            try:
                found.append(date(int(parts[year]), _month(parts[month]), int(parts[day])))
            except ValueError:
                continue
    return found


def _month(text: str) -> int:
    """A month's number from digits or its English name (0, an invalid month, if unknown)."""
    return int(text) if text.isdigit() else _MONTHS.get(text.lower(), 0)


def near(found: date, theirs: date) -> bool:
    """True when two dates are at most 3 days apart."""
    return abs((found - theirs).days) <= DATE_TOLERANCE_DAYS


_SCALES = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "t": Decimal(10) ** 12,
}
_COUNT = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?"
    r"(thousand|million|billion|trillion|[kKmMbBtT])?(?!\w)"
)


def counts_in(text: str) -> list[Decimal]:
    """The numbers a text writes: 671 billion, 671B, 1.6T, 70,000,000,000."""
    counts = []
    for figure, scale in _COUNT.findall(text):
        value = Decimal(figure.replace(",", ""))
        counts.append(value * _SCALES[scale.lower()] if scale else value)
    return counts


def count_text(value: Decimal) -> str:
    """A count in words for messages: '671 billion', '1.6 trillion', '284 million'."""
    for word in ("trillion", "billion", "million"):
        scale = _SCALES[word]
        if value >= scale:
            return f"{(value / scale).quantize(Decimal('0.001')).normalize():f} {word}"
    return f"{value.normalize():f}"
