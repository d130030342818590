from decimal import Decimal
from typing import get_args

import pytest
from pydantic import ValidationError

from atlas.schema import (
    KINDS,
    AIModel,
    Disputed,
    Hardware,
    Organization,
    Policy,
    Sourced,
    iter_refs,
)
from atlas.schema.labels import ORGANIZATION_TYPES
from atlas.schema.organization import OrganizationType

BASE = {
    "id": "acme",
    "name": {"en": "Acme"},
    "types": ["ai-developer"],
    "country": "CN",
    "sources": ["s1"],
    "last_checked": "2026-11-29",
}


def org(**fields):
    return Organization.model_validate({**BASE, **fields})


@pytest.mark.parametrize("written", ["2019", 2019, "2023-10", "2023-10-17"])
def test_partial_dates_keep_their_precision(written):
    """Partial dates must be stored exactly as written."""
    assert org(founded=written).founded.value == str(written)


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-29", "19", "Oct 2023", "2023/10/17", "1700"])
def test_invalid_partial_dates(bad):
    """Malformed or impossible dates must be rejected."""
    with pytest.raises(ValidationError):
        org(founded=bad)


def test_plain_value_becomes_sourced_with_no_own_sources():
    """A plain value is a fact covered by the entry's top-level sources."""
    fact = org(headquarters="Beijing").headquarters
    assert isinstance(fact, Sourced)
    assert (fact.value, fact.sources) == ("Beijing", ())


def test_disputed_fact_keeps_every_value():
    """A disputed fact keeps each value with its own sources and the note."""
    fact = org(
        founded={
            "disputed": [{"value": 2005, "sources": ["a"]}, {"value": 2006, "sources": ["b"]}],
            "note": "Founding versus first fund.",
        }
    ).founded
    assert isinstance(fact, Disputed)
    assert [(v.value, [c.id for c in v.sources]) for v in fact.disputed] == [
        ("2005", ["a"]),
        ("2006", ["b"]),
    ]


def test_a_citation_is_a_bare_id_or_carries_the_sources_words():
    """`sources:` takes bare ids and {id, quote, gloss}; both are citations, a quote kept as written."""
    entity = org(
        founded={
            "value": "2019",
            "sources": ["s1", {"id": "s2", "quote": "成立于2019年", "gloss": "founded in 2019"}],
        }
    )
    assert [(c.id, c.quote, c.gloss) for c in entity.founded.sources] == [
        ("s1", None, None),
        ("s2", "成立于2019年", "founded in 2019"),
    ]


def test_disputed_needs_two_values_and_a_note():
    """A dispute with one value or without a note is not a dispute."""
    with pytest.raises(ValidationError):
        org(founded={"disputed": [{"value": 2005}], "note": "x"})
    with pytest.raises(ValidationError):
        org(founded={"disputed": [{"value": 2005}, {"value": 2006}]})


def test_money_keeps_currency_and_usd_conversion():
    """Money keeps its currency; the USD equivalent cites a source."""
    rounds = org(
        funding_rounds=[
            {
                "date": "2023",
                "amount": {
                    "amount": 2.5e9,
                    "currency": "CNY",
                    "usd": {"amount": 342e6, "sources": ["s1"]},
                },
            }
        ]
    ).funding_rounds
    money = rounds[0].amount.value
    assert (money.amount, money.currency, money.usd.amount) == (
        Decimal("2500000000.0"),
        "CNY",
        Decimal("342000000.0"),
    )


@pytest.mark.parametrize(
    "amount",
    [
        {"amount": -5, "currency": "CNY"},
        {"amount": 1, "currency": "RMB"},
        {"currency": "CNY"},
        {"amount": 1e20, "currency": "USD"},
    ],
)
def test_bad_money(amount):
    """Negative or absurd amounts, unknown currencies and empty money are rejected."""
    with pytest.raises(ValidationError):
        org(funding_rounds=[{"date": "2023", "amount": amount}])


def test_unknown_fields_are_rejected():
    """Unknown fields are errors at every level."""
    with pytest.raises(ValidationError):
        org(funded="2019")
    with pytest.raises(ValidationError):
        org(people=[{"name": {"en": "A"}, "role": "CEO", "title": "x"}])


def test_references_are_found_wherever_they_are():
    """Every reference, nested or inside a fact, is found with its path and kind."""
    entity = org(
        spun_out_of={"value": "tsinghua", "sources": ["s2"]},
        funding_rounds=[{"date": "2023", "investors": ["a", "b"]}],
    )
    assert [(path, ref.kind, target) for path, ref, target in iter_refs(entity)] == [
        (("sources", 0, "id"), "sources", "s1"),
        (("spun_out_of", "value"), "organizations", "tsinghua"),
        (("spun_out_of", "sources", 0, "id"), "sources", "s2"),
        (("funding_rounds", 0, "investors", 0), "organizations", "a"),
        (("funding_rounds", 0, "investors", 1), "organizations", "b"),
    ]


def test_model_claims_are_marked():
    """Benchmark results default to being the developer's claim."""
    model = AIModel.model_validate(
        {
            "id": "m",
            "name": {"en": "M"},
            "developers": ["acme"],
            "last_checked": "2026-11-29",
            "evaluations": [{"benchmark": "MMLU", "result": "high"}],
        }
    )
    assert model.evaluations[0].claim is True


def test_every_kind_has_a_folder_and_label():
    """Each kind maps its data folder to its class."""
    assert {kind: cls.label for kind, cls in KINDS.items()} == {
        "sources": "source",
        "organizations": "organization",
        "models": "model",
        "policies": "policy",
        "hardware": "chip",
    }


CHIP = {
    "id": "x1",
    "name": {"en": "X1"},
    "makers": ["acme"],
    "sources": ["s1"],
    "last_checked": "2026-11-29",
}


def test_chip_keeps_specs_and_its_cut_down_parent():
    """A chip records its specs as sourced facts and the chip a variant cuts down."""
    chip = Hardware.model_validate(
        {
            **CHIP,
            "transistors": 54_000_000_000,
            "market": "CN",
            "variant_of": {"hardware": "x0", "changes": "Interconnect cut."},
            "specs": [{"name": "Die size", "value": "826 mm²"}],
        }
    )
    assert chip.transistors.value == Decimal(54_000_000_000)
    assert chip.specs[0].value.value == "826 mm²"
    assert [(path, ref.kind, ref.acyclic, target) for path, ref, target in iter_refs(chip)][1:] == [
        (("makers", 0), "organizations", False, "acme"),
        (("variant_of", "hardware"), "hardware", True, "x0"),
    ]


@pytest.mark.parametrize(
    "bad",
    [
        {"makers": []},
        {"market": "China"},
        {"transistors": -1},
        {"variant_of": {"chip": "x0"}},
        {"maker": "acme"},
    ],
)
def test_bad_chips(bad):
    """A chip needs a maker; the market is a country code; counts are positive; no stray fields."""
    with pytest.raises(ValidationError):
        Hardware.model_validate({**CHIP, **bad})


POLICY = {
    "id": "rule",
    "title": {"en": "A rule"},
    "jurisdiction": "US",
    "issuers": ["bis"],
    "instrument": "notification",
    "status": "in-force",
    "sources": ["s1"],
    "last_checked": "2026-11-29",
}


def test_policy_names_chips_with_an_effect():
    """A policy refers to chips by id, each with a closed-vocabulary effect."""
    policy = Policy.model_validate(
        {
            **POLICY,
            "hardware": [{"hardware": "h20", "effect": "licence-required", "date": "2025-04"}],
        }
    )
    assert [(path, ref.kind, target) for path, ref, target in iter_refs(policy)][-1] == (
        ("hardware", 0, "hardware"),
        "hardware",
        "h20",
    )
    with pytest.raises(ValidationError):
        Policy.model_validate({**POLICY, "hardware": [{"hardware": "h20", "effect": "bans"}]})


def test_every_organization_type_has_a_reader_label():
    """Each organization type, such as 'hedge-fund', must have the word readers see."""
    assert set(get_args(OrganizationType)) == set(ORGANIZATION_TYPES)
    assert org(types=["hedge-fund"]).types == ("hedge-fund",)


def test_money_is_found_wherever_it_is():
    """`iter_instances` finds the same models as filtering `iter_models`, in the same order."""
    from atlas.schema.common import Money
    from atlas.schema.refs import iter_instances, iter_models

    entity = org(
        funding_rounds=[
            {
                "date": "2023",
                "amount": {"value": {"amount": 5, "currency": "USD"}},
                "valuation": {
                    "disputed": [
                        {"value": {"amount": 7, "currency": "CNY"}},
                        {"value": {"amount": 8, "currency": "CNY"}},
                    ],
                    "note": "n",
                },
            }
        ],
        valuations=[{"date": "2024", "amount": {"amount": 9, "currency": "USD"}}],
    )
    found = list(iter_instances(entity, Money))
    assert found == [(path, m) for path, m in iter_models(entity) if isinstance(m, Money)]
    assert [m.amount for _, m in found] == [5, 7, 8, 9]
