import re
from decimal import Decimal

from atlas.graph import load_graph
from atlas.render.pages import render_pages
from atlas.render.pages.indexes import sortable


def test_sortable_cells_carry_their_key():
    """A cell keeps its text and carries a plain key for the script; no key, no wrapper."""
    assert sortable("7 billion total", Decimal("7E+9")) == (
        '<span data-sort="7000000000">7 billion total</span>'
    )
    assert sortable("2024-03", "2024-03") == '<span data-sort="2024-03">2024-03</span>'
    assert sortable("", None) == ""


def test_models_index_sorts_by_size_date_and_context(minimal_data):
    """The models index has size, date and context columns with numeric or date sort keys."""
    path = minimal_data / "models" / "acme-1.yaml"
    path.write_text(path.read_text() + "context_length: 32768\n")
    page = render_pages(load_graph(minimal_data))["models/index.md"]
    assert (
        "| Model | Developer | Country | Released | Parameters | Context (tokens) | Weights |"
        in page
    )
    row = next(line for line in page.splitlines() if line.startswith("| [Acme-1]"))
    assert re.findall(r'data-sort="([^"]+)"', row) == ["2023-05", "7000000000", "32768"]
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="atlas-chart"' in page
