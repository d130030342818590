from datetime import date
from decimal import Decimal

import pytest

from atlas.graph.epoch import (
    COLUMNS,
    EPOCH_TABLE,
    EpochTableError,
    closest_names,
    is_epoch_source,
    lookalikes,
    name_key,
    read_epoch,
)
from atlas.schema import AIModel, Source
from conftest import ROOT

HEADER = ",".join(COLUMNS)


def write(tmp_path, *rows, header=HEADER):
    path = tmp_path / "models.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_rows_are_read_by_exact_name(tmp_path):
    """Each row becomes an EpochModel keyed by Epoch's exact name; empty cells are None."""
    path = write(
        tmp_path,
        "Yi-34B,01.AI,2023-11-02,34000000000,3000000000000,Open weights (unrestricted),https://01.ai,2025-04",
        '"Gemini 2.5 Deep Think","Google,Google DeepMind",2025-08-01,,,Hosted access (no API),,2026-04',
    )
    rows = read_epoch(path)
    assert list(rows) == ["Yi-34B", "Gemini 2.5 Deep Think"]
    assert rows["Yi-34B"].published == date(2023, 11, 2)
    assert rows["Yi-34B"].parameters == Decimal(34000000000)
    assert rows["Yi-34B"].training_size == Decimal(3000000000000)
    assert rows["Gemini 2.5 Deep Think"].organization == "Google,Google DeepMind"
    assert rows["Gemini 2.5 Deep Think"].parameters is None


@pytest.mark.parametrize(
    ("rows", "header", "message"),
    [
        ((), "model,organization", "models.csv:1: columns must be model, organization, "),
        (("A,X,2023-13-01,,,,,2025-04",), HEADER, "models.csv:2: publication_date: must be"),
        (("A,X,2023-01-01,many,,,,2025-04",), HEADER, "models.csv:2: parameters: must be a number"),
        (("A,X,2023-01-01,-5,,,,2025-04",), HEADER, "models.csv:2: parameters: must not be"),
        (
            ("A,X,,,,,,2025-04", "A,Y,,,,,,2025-04"),
            HEADER,
            "models.csv:3: model: 'A' is listed twice",
        ),
    ],
)
def test_a_malformed_table_is_refused_at_its_line(tmp_path, rows, header, message):
    """A wrong header, date, number or a repeated name is reported with the file and line."""
    with pytest.raises(EpochTableError) as raised:
        read_epoch(write(tmp_path, *rows, header=header))
    assert str(raised.value).startswith(str(tmp_path / message))


def test_the_vendored_table_reads():
    """reference/epoch/models.csv is a valid table of thousands of models."""
    rows = read_epoch(ROOT / EPOCH_TABLE)
    assert len(rows) > 2000
    assert rows["DeepSeek-V3"].parameters == Decimal(671000000000)


def test_name_keys_ignore_case_spaces_and_punctuation():
    """'Yi 34B', 'Yi-34B' and 'yi_34b' are one name; 'Yi-34B-Chat' is another."""
    assert name_key("Yi 34B") == name_key("Yi-34B") == name_key("yi_34b") == "yi34b"
    assert name_key("Yi-34B-Chat") != name_key("Yi-34B")


def card(name, variants=(), huggingface=()):
    return AIModel.model_validate(
        {
            "id": "m",
            "name": {"en": name},
            "developers": ["o"],
            "last_checked": "2026-11-29",
            "variants": [{"name": v} for v in variants],
            "identifiers": {"huggingface": list(huggingface)},
        }
    )


def table(tmp_path, *names):
    return read_epoch(write(tmp_path, *(f"{n},X,,,,,,2025-04" for n in names)))


def test_lookalikes_match_a_name_a_variant_or_a_repository(tmp_path):
    """A model looks like a row whose key equals its name's, a variant's or a repository's."""
    epoch = table(tmp_path, "Yi 34B", "Yi-6B-200K", "Yi-9B", "Yi-34B-Chat-8bits")
    model = card("Yi-34B", variants=["Yi 6B 200K"], huggingface=["01-ai/Yi-9B"])
    assert [row.name for row in lookalikes(model, epoch)] == ["Yi 34B", "Yi-6B-200K", "Yi-9B"]
    assert [row.name for row in lookalikes(model, epoch, claimed=["Yi 34B"])] == [
        "Yi-6B-200K",
        "Yi-9B",
    ]


def test_closest_names_prefer_the_same_key(tmp_path):
    """An unknown name is matched first by key, then by spelling."""
    epoch = table(tmp_path, "Qwen2.5-72B", "Qwen2-72B", "GLM-4")
    assert closest_names("Qwen2.5 72B", epoch) == ["Qwen2.5-72B"]
    assert closest_names("Qwen2.5-72", epoch)[0] == "Qwen2.5-72B"
    assert closest_names("Something else", epoch) == []


def source(publisher, kind):
    return Source.model_validate(
        {"id": "s", "title": "T", "publisher": publisher, "type": kind, "url": "https://e.org"}
    )


def test_an_epoch_source_is_a_dataset_published_by_epoch_ai():
    """Only a `dataset` source whose publisher is Epoch AI counts as Epoch's data."""
    assert is_epoch_source(source("Epoch AI", "dataset"))
    assert not is_epoch_source(source("Epoch AI", "analysis"))
    assert not is_epoch_source(source("Our World in Data", "dataset"))
