from atlas.graph.graph import Graph
from atlas.load.loader import load_dataset


def test_backlinks_from_funding_rounds(minimal_data):
    """An investor sees the round that names it, with the path to the reference."""
    graph = Graph(load_dataset(minimal_data))
    fund = graph.dataset.get("organizations", "bright-capital")
    links = graph.referrers(fund, "funding_rounds")
    assert [(link.entity.id, link.path) for link in links] == [
        ("acme-ai", ("funding_rounds", 0, "investors", 0))
    ]


def test_referring_entities_filter_by_field_and_kind(minimal_data):
    """Reverse relations can be narrowed to one field and one kind."""
    graph = Graph(load_dataset(minimal_data))
    acme = graph.dataset.get("organizations", "acme-ai")
    assert [m.id for m in graph.referring_entities(acme, "developers", kind="models")] == [
        "acme-1",
        "acme-2",
    ]
    assert [p.id for p in graph.referring_entities(acme, "affects")] == ["chip-rule"]
    source = graph.dataset.get("sources", "acme-report")
    assert [(e.kind, e.id) for e in graph.referring_entities(source)] == [
        ("hardware", "acme-chip"),
        ("hardware", "acme-chip-lite"),
        ("models", "acme-1"),
        ("models", "acme-2"),
        ("organizations", "acme-ai"),
        ("organizations", "bright-capital"),
    ]


def test_timeline_gathers_every_dated_event_in_order(minimal_data):
    """Foundings, renames, rounds, releases and policy dates appear oldest first."""
    graph = Graph(load_dataset(minimal_data))
    assert [(e.event.date, e.event.text) for e in graph.timeline] == [
        ("2019", "Acme AI founded"),
        ("2023-03", "Acme X1 announced"),
        ("2023-05", "Acme-1 released"),
        ("2023-06", "Dim Capital renamed Bright Capital"),
        ("2023-09", "Acme X1 Lite announced"),
        ("2024-01-05", "Rule on chips: signed"),
        ("2024-02-01", "Rule on chips: effective"),
        ("2024-02-10", "Acme-2 released"),
        ("2024-03", "Acme AI: Series A"),
    ]


def test_events_fall_back_to_entry_sources(minimal_data):
    """An event without its own sources cites the entry's top-level sources."""
    graph = Graph(load_dataset(minimal_data))
    founded = graph.timeline[0]
    assert [citation.id for citation in founded.sources] == ["acme-report"]


def test_dated_referrers_follow_the_record_or_the_referrer_date(minimal_data):
    """A chip's rules come oldest first, dated by the effect's own date or the policy's first."""
    graph = Graph(load_dataset(minimal_data))
    lite = graph.dataset.get("hardware", "acme-chip-lite")
    chip = graph.dataset.get("hardware", "acme-chip")
    [(date, link)] = graph.dated_referrers(lite, "hardware", kind="policies")
    assert (date, link.entity.id, link.record.effect) == ("2024-02", "chip-rule", "releases")
    [(date, link)] = graph.dated_referrers(chip, "hardware", kind="policies")
    assert (date, link.record.effect) == ("2024-01-05", "licence-required")


def test_dated_referrers_prefer_the_policys_own_dates_to_its_extra_events(write_data):
    """An earlier extra event (e.g. a lead-up) does not date the rule; its announcement does."""
    data = write_data(
        {
            "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n",
            "organizations/o.yaml": "id: o\nname: {en: O}\ntypes: [government]\ncountry: US\n"
            "sources: [s]\nlast_checked: 2026-11-29\n",
            "hardware/c.yaml": "id: c\nname: {en: C}\nmakers: [o]\nsources: [s]\n"
            "last_checked: 2026-11-29\n",
            "policies/p.yaml": "id: p\ntitle: {en: P}\njurisdiction: US\nissuers: [o]\n"
            "instrument: decision\ndates: {announced: 2025-08}\nstatus: in-force\n"
            "hardware: [{hardware: c, effect: releases}]\n"
            "events: [{date: 2025-07, text: Lead-up}]\nsources: [s]\nlast_checked: 2026-11-29\n",
        }
    )
    graph = Graph(load_dataset(data))
    chip = graph.dataset.get("hardware", "c")
    assert [date for date, _ in graph.dated_referrers(chip, "hardware")] == ["2025-08"]
