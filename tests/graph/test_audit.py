from atlas.graph.audit import audit_facts, draw
from atlas.load import load_dataset


def test_facts_are_sourced_values_and_records_with_their_citations(minimal_data):
    """Each sourced value and each record citing its own sources is a fact; the entry's sources
    stand in for a fact that cites none; a record's nested facts are not repeated in it."""
    facts = {(fact.entity.id, fact.path): fact for fact in audit_facts(load_dataset(minimal_data))}
    assert facts[("acme-ai", ("founded",))].value == "2019"
    assert facts[("acme-ai", ("founded",))].qualifiers == {}
    round_ = facts[("acme-ai", ("funding_rounds", 0))]
    assert round_.value == {"date": "2024-03", "name": "Series A", "investors": ("bright-capital",)}
    assert [c.id for c in round_.citations] == ["acme-report"]
    assert facts[("chip-rule", ("dates", "signed"))].value == "2024-01-05"
    assert [c.id for c in facts[("chip-rule", ("dates", "signed"))].citations] == ["rule-text"]
    assert ("chip-rule", ("covers",)) not in facts  # nothing of its own to check
    assert not any(fact.entity.kind == "sources" for fact in facts.values())


def test_a_seed_draws_the_same_sample_in_file_order(minimal_data):
    """The same data and seed give the same facts; another seed gives others; never too many."""
    dataset = load_dataset(minimal_data)
    first, total = draw(dataset, 5, seed=7)
    again, _ = draw(dataset, 5, seed=7)
    other, _ = draw(dataset, 5, seed=8)
    everything = audit_facts(dataset)
    assert [f.path for f in first] == [f.path for f in again]
    assert [(f.entity.id, f.path) for f in first] != [(f.entity.id, f.path) for f in other]
    assert len(first) == 5
    assert total == len(everything)
    order = [(f.entity.id, f.path) for f in everything]
    assert [order.index((f.entity.id, f.path)) for f in first] == sorted(
        order.index((f.entity.id, f.path)) for f in first
    )
    assert len(draw(dataset, 10_000, seed=1)[0]) == total
