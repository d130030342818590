from datetime import date

import pytest

from atlas.graph import checks, load_graph
from atlas.load.errors import DataError
from atlas.load.loader import load_dataset

SOURCE = """
id: s1
title: A report
publisher: Example Daily
type: news
url: https://news.example.org/a
"""


def org(entity_id: str, extra: str = "", name: str | None = None) -> str:
    return (
        f"id: {entity_id}\nname: {{en: {name or entity_id.title()}}}\ntypes: [ai-developer]\n"
        f"country: CN\nsources: [s1]\nlast_checked: 2026-11-29\n{extra}"
    )


def only_problems(write_data, files):
    with pytest.raises(DataError) as raised:
        load_graph(write_data(files))
    return [str(problem) for problem in raised.value.problems]


def test_entry_without_sources(write_data):
    """An entry with no top-level sources must be rejected."""
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a"),
        "organizations/b.yaml": org("b").replace("sources: [s1]\n", ""),
    }
    assert only_problems(write_data, files) == [
        "data/organizations/b.yaml:1: sources: must list at least one source for this entry's "
        "facts; add 'sources: [<source id>]'",
    ]


def test_forgotten_sources_is_one_error_naming_the_uncited_source(write_data):
    """An entry that forgot its sources gives one error, which names the source nobody cites;
    the uncited source is not reported a second time."""
    files = {
        "sources/s1.yaml": SOURCE,
        "sources/s2.yaml": SOURCE.replace("s1", "s2"),
        "organizations/a.yaml": org("a"),
        "organizations/b.yaml": org("b").replace("sources: [s1]\n", ""),
    }
    assert only_problems(write_data, files) == [
        "data/organizations/b.yaml:1: sources: must list at least one source for this entry's "
        "facts; add 'sources: [<source id>]' (not cited by any entry yet: s2)",
    ]


def test_disputed_value_without_its_own_sources(write_data):
    """Each side of a disputed fact must cite its own sources, not lean on the entry's list."""
    extra = (
        "founded:\n  disputed:\n    - value: 2019\n      sources: [s1]\n"
        "    - value: 2020\n  note: The reports differ.\n"
    )
    files = {"sources/s1.yaml": SOURCE, "organizations/a.yaml": org("a", extra)}
    assert only_problems(write_data, files) == [
        "data/organizations/a.yaml:11: founded.disputed[1]: must list its own sources, as each "
        "side of a dispute needs the sources that give it; add 'sources: [<source id>]' to this "
        "value",
    ]


def test_uncited_source(write_data):
    """A source that no entry cites must be reported."""
    files = {
        "sources/s1.yaml": SOURCE,
        "sources/s2.yaml": SOURCE.replace("s1", "s2"),
        "organizations/a.yaml": org("a"),
    }
    assert only_problems(write_data, files) == [
        "data/sources/s2.yaml:1: id: must be cited by at least one entry (none lists 's2' in its "
        "sources); cite it or delete this file",
    ]


def test_future_date(write_data):
    """A date after today must be reported, wherever it is nested."""
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a", "funding_rounds:\n  - date: 2999-01\n"),
    }
    assert only_problems(write_data, files) == [
        "data/organizations/a.yaml:8: funding_rounds[0].date: must not be in the future "
        "(got '2999-01'); check the date in the source",
    ]


def test_future_is_relative_to_today(minimal_data):
    """The future check compares at the date's own precision with the given day."""
    dataset = load_dataset(minimal_data)
    assert list(checks.dates_are_plausible(dataset, today=date(2024, 3, 31))) == []
    late = sorted(str(p) for p in checks.dates_are_plausible(dataset, today=date(2024, 2, 29)))
    assert late == [
        "data/organizations/acme-ai.yaml:9: funding_rounds[0].date: must not be in the future "
        "(got '2024-03'); check the date in the source",
        "data/sources/acme-report.yaml:4: published: must not be in the future "
        "(got '2024-03-01'); check the date in the source",
    ]


def test_model_before_developer(write_data):
    """A model released before its developer was founded must be reported."""
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a", "founded: 2020\n"),
        "models/m.yaml": "id: m\nname: {en: M}\ndevelopers: [a]\nreleased: 2019-05\n"
        "sources: [s1]\nlast_checked: 2026-11-29\n",
    }
    assert only_problems(write_data, files) == [
        "data/models/m.yaml:4: released: must not be earlier than the founding of its developer "
        "'a' (2020) (got '2019-05'); check both dates",
    ]


def test_policy_effective_before_signed(write_data):
    """A policy effective before it was signed must be reported."""
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/gov.yaml": org("gov"),
        "policies/p.yaml": "id: p\ntitle: {en: P}\njurisdiction: US\nissuers: [gov]\n"
        "instrument: law\ndates:\n  signed: 2024-05-01\n  effective: 2024-04\nstatus: in-force\n"
        "sources: [s1]\nlast_checked: 2026-11-29\n",
    }
    assert only_problems(write_data, files) == [
        "data/policies/p.yaml:8: dates.effective: must not be earlier than the signing date "
        "(2024-05-01) (got '2024-04'); check both dates",
    ]


def test_conversion_without_amount_needs_rate(write_data):
    """A USD conversion of an amount given only in words must state its rate."""
    extra = (
        "funding_rounds:\n  - date: 2022-09\n    amount:\n      wording: hundreds of millions of yuan\n"
        "      currency: CNY\n      usd: {amount: 100000000, sources: [s1]}\n"
    )
    files = {"sources/s1.yaml": SOURCE, "organizations/a.yaml": org("a", extra)}
    assert only_problems(write_data, files) == [
        "data/organizations/a.yaml:12: funding_rounds[0].amount.usd: must state rate: (units per US$1) "
        "when the original amount is only in words",
    ]


def test_duplicate_names(write_data):
    """Two entities of one kind may not share a name or a former name."""
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a", name="Acme"),
        "organizations/b.yaml": org("b", "former_names:\n  - name: {en: ACME}\n", name="Beta"),
    }
    assert only_problems(write_data, files) == [
        "data/organizations/b.yaml:8: former_names[0].name.en: must differ from the name of the "
        "organization 'a' (got 'ACME'); use a name that tells them apart",
    ]


def test_lineage_cycle(write_data):
    """A loop in model lineage must be reported once, at the first model of the loop."""

    def model(model_id, previous):
        return (
            f"id: {model_id}\nname: {{en: {model_id}}}\ndevelopers: [a]\nprevious_version: {previous}\n"
            "sources: [s1]\nlast_checked: 2026-11-29\n"
        )

    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a"),
        "models/m1.yaml": model("m1", "m2"),
        "models/m2.yaml": model("m2", "m1"),
    }
    assert only_problems(write_data, files) == [
        "data/models/m1.yaml:4: previous_version: must not loop back (m1 -> m2 -> m1); remove one "
        "of these links",
    ]


def chip(chip_id: str, extra: str = "") -> str:
    return (
        f"id: {chip_id}\nname: {{en: {chip_id.upper()}}}\nmakers: [a]\n"
        f"sources: [s1]\nlast_checked: 2026-11-29\n{extra}"
    )


def test_hardware_is_checked_like_every_kind(write_data):
    """A chip without sources, with a future date or sharing a name is reported like any entry."""
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a"),
        "hardware/x1.yaml": chip("x1", "announced: 2999-05\n"),
        "hardware/x2.yaml": chip("x2").replace("sources: [s1]\n", ""),
        "hardware/x3.yaml": chip("x3").replace("X3", "X1"),
    }
    assert only_problems(write_data, files) == [
        "data/hardware/x1.yaml:6: announced: must not be in the future (got '2999-05'); check "
        "the date in the source",
        "data/hardware/x2.yaml:1: sources: must list at least one source for this entry's facts; "
        "add 'sources: [<source id>]'",
        "data/hardware/x3.yaml:2: name.en: must differ from the name of the chip 'x1' "
        "(got 'X1'); use a name that tells them apart",
    ]


def test_variant_cycle(write_data):
    """Two chips that each claim to cut down the other form a cycle."""
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a"),
        "hardware/x1.yaml": chip("x1", "variant_of: {hardware: x2}\n"),
        "hardware/x2.yaml": chip("x2", "variant_of: {hardware: x1}\n"),
    }
    assert only_problems(write_data, files) == [
        "data/hardware/x1.yaml:6: variant_of.hardware: must not loop back (x1 -> x2 -> x1); "
        "remove one of these links",
    ]


def test_future_date_of_a_chip_effect(write_data):
    """The date a policy's effect on a chip starts is checked like every date."""
    policy = (
        "id: p\ntitle: {en: A rule}\njurisdiction: US\nissuers: [a]\ninstrument: final-rule\n"
        "status: in-force\nsources: [s1]\nlast_checked: 2026-11-29\n"
        "hardware:\n  - hardware: x1\n    effect: releases\n    date: 2999\n"
    )
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a"),
        "hardware/x1.yaml": chip("x1"),
        "policies/p.yaml": policy,
    }
    assert only_problems(write_data, files) == [
        "data/policies/p.yaml:12: hardware[0].date: must not be in the future (got '2999'); "
        "check the date in the source",
    ]


def test_variant_announced_before_its_chip(write_data):
    """A cut-down variant announced before the chip it cuts down must be reported."""
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a"),
        "hardware/x1.yaml": chip("x1", "announced: 2022-03\n"),
        "hardware/x1-lite.yaml": chip("x1-lite", "announced: 2021\nvariant_of: {hardware: x1}\n"),
    }
    assert only_problems(write_data, files) == [
        "data/hardware/x1-lite.yaml:6: announced: must not be earlier than the announcement of "
        "'x1', the chip it cuts down (2022-03) (got '2021'); check both dates",
    ]


def test_chinese_name_is_found_in_a_quote_whatever_its_spacing_or_width(write_data):
    """A Chinese name passes when a quote holds it: spaces and full-width forms do not matter,
    and an entry's own name may be given by a quote on any of its records."""
    person = (
        "people:\n  - name: {en: Li Wei, zh: 李伟}\n    role: Founder\n    sources:\n"
        "      - id: s1\n        quote: '艾克米（北京）由李 伟创立。'\n"
    )
    files = {
        "sources/s1.yaml": SOURCE,
        "organizations/a.yaml": org("a", person).replace(
            "name: {en: A}", "name: {en: A, zh: 艾克米(北京)}"
        ),
    }
    graph = load_graph(write_data(files))
    assert graph.dataset.get("organizations", "a").people[0].name.zh == "李伟"


def test_chinese_name_without_its_quote(write_data):
    """A person's Chinese name must be in a quote of the person's own citations: a quote that
    gives only the English name does not support the characters."""
    person = (
        "people:\n  - name: {en: Li Wei, zh: 李伟}\n    role: Founder\n    sources:\n"
        "      - id: s1\n        quote: 'Founded by Li Wei.'\n"
    )
    files = {"sources/s1.yaml": SOURCE, "organizations/a.yaml": org("a", person)}
    assert only_problems(write_data, files) == [
        "data/organizations/a.yaml:8: people[0].name.zh: must appear in one of the quotes this "
        "record cites (got '李伟'); cite the sentence that gives it ('{id: <source>, quote: "
        "\"…\"}' in the record's sources), or remove the Chinese name",
    ]


def test_a_quote_for_the_entry_is_not_lent_to_facts_that_borrow_its_sources(write_data):
    """A fact that cites nothing of its own borrows the entry's sources but not their quotes:
    the quote that gives the entry's Chinese name is not a quote for its founding year."""
    entry = org("a").replace("sources: [s1]\n", "sources: [{id: s1, quote: '艾克米成立。'}]\n")
    files = {"sources/s1.yaml": SOURCE, "organizations/a.yaml": entry + "founded: 2019\n"}
    graph = load_graph(write_data(files))
    entity = graph.dataset.get("organizations", "a")
    assert [c.quote for c in entity.sources] == ["艾克米成立。"]
    lent = graph.effective_sources(entity, ())
    assert [(c.id, c.quote) for c in lent] == [("s1", None)]
