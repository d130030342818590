"""Long lists cut into pages: by a key, then into parts of at most a limit, nothing lost."""

from atlas.render.pages.paging import Parts, fits, letter, part_links, year


def test_groups_keep_their_order_and_long_ones_are_cut_evenly():
    """A group over the limit becomes parts of near-equal size; each item is on one page."""
    items = [f"2023-{n:03d}" for n in range(7)] + ["2024-001", "2024-002"]
    parts = Parts(items, lambda item: year(item), limit=3)
    assert [(part.slug, part.title, len(part.items)) for part in parts] == [
        ("2023", "2023, part 1 of 3", 3),
        ("2023-2", "2023, part 2 of 3", 3),
        ("2023-3", "2023, part 3 of 3", 1),
        ("2024", "2024", 2),
    ]
    assert [item for part in parts for item in part.items] == items
    assert parts.where(lambda item: item)["2023-006"].slug == "2023-3"
    assert [(label, len(group)) for label, group in parts.groups()] == [("2023", 3), ("2024", 1)]


def test_letters_and_years_name_their_groups():
    """Names group by their first letter (the rest together); dates by year (or undated)."""
    assert letter("Zhipu AI") == ("z", "Z")
    assert letter(" alpha") == ("a", "A")
    assert letter("01.AI") == ("0-9", "0–9 and others")
    assert letter("智谱") == ("0-9", "0–9 and others")
    assert year("2023-05-01") == ("2023", "2023")
    assert year("") == ("undated", "Undated")


def test_part_links_name_one_page_or_each_part():
    """One page is linked by its group's name; a group in parts links each part."""
    parts = Parts(range(5), lambda n: ("a", "A"), limit=2)
    assert part_links(parts.parts, lambda part: f"{part.slug}.md") == (
        "A: [part 1](a.md), [part 2](a-2.md), [part 3](a-3.md)"
    )
    single = Parts(range(2), lambda n: ("b", "B"), limit=2)
    assert part_links(single.parts, lambda part: f"{part.slug}.md") == "[B](b.md)"
    assert fits([1, 2], 2)
    assert not fits([1, 2, 3], 2)
