import re

from atlas.graph import load_graph
from atlas.render.svg.sizes import size_points, sizes_figure

MODEL = """
id: {id}
name: {{en: {name}}}
developers: [{developer}]
released: {released}
{extra}
sources: [s]
last_checked: 2026-11-29
"""
ORGS = {
    "organizations/us-lab.yaml": "id: us-lab\nname: {en: US Lab}\ntypes: [ai-developer]\n"
    "country: US\nsources: [s]\nlast_checked: 2026-11-29\n",
    "organizations/cn-lab.yaml": "id: cn-lab\nname: {en: CN Lab}\ntypes: [ai-developer]\n"
    "country: CN\nsources: [s]\nlast_checked: 2026-11-29\n",
    "sources/s.yaml": "id: s\ntitle: T\npublisher: P\ntype: news\nurl: https://e.org/a\n",
}


def graph(write_data, *models):
    files = dict(ORGS)
    for model_id, developer, released, extra in models:
        files[f"models/{model_id}.yaml"] = MODEL.format(
            id=model_id, name=model_id.upper(), developer=developer, released=released, extra=extra
        )
    return load_graph(write_data(files))


US_DENSE = ("a", "us-lab", "2024-03-01", "weights: open\nparameters: {total: 7000000000}")
CN_MOE = (
    "b",
    "cn-lab",
    "2025-01",
    "weights: open-restricted\nparameters:\n  value: {total: 671000000000, active: 37000000000}",
)


def test_points_are_open_weight_models_with_a_date_and_a_size(write_data):
    """Only downloadable weights with a release date and a size are drawn, by country."""
    g = graph(
        write_data,
        US_DENSE,
        CN_MOE,
        ("c", "cn-lab", "2025-02-01", "weights: api\nparameters: {total: 1000000000000}"),
        ("d", "cn-lab", "2025-02-01", "weights: open"),
    )
    points = size_points(g)
    assert [(p.model.id, p.country, p.released, p.total, p.active) for p in points] == [
        ("a", "US", "2024-03-01", 7000000000, None),
        ("b", "CN", "2025-01", 671000000000, 37000000000),
    ]


def test_the_chart_has_both_panels_links_and_a_text_alternative(write_data):
    """Two panels on shared log axes, a linked dot per model (two for an MoE model), a summary
    for screen readers, and no colour written into the drawing."""
    g = graph(write_data, US_DENSE, CN_MOE)
    figure = str(sizes_figure("models/index.md", size_points(g)))
    assert "United States (1)" in figure
    assert "China (1)" in figure
    assert re.findall(r'<a href="([^"]+)"', figure) == ["a/", "b/"]
    assert figure.count("<circle") == 3
    assert ">1B<" in figure
    assert ">1T<" in figure
    assert (
        "Chart of open-weight model sizes over time. United States: 1 model from 2024-03-01 to "
        "2024-03-01, the largest A with 7 billion parameters; China: 1 model from 2025-01 to "
        "2025-01, the largest B with 671 billion parameters." in figure
    )
    assert "fill=" not in figure
    assert "#" not in re.sub(r"&#x?\w+;", "", figure)


def test_no_open_weight_sizes_no_chart(write_data):
    """Without a single point, nothing is drawn."""
    g = graph(write_data, ("c", "us-lab", "2024-03-01", "weights: api"))
    assert str(sizes_figure("models/index.md", size_points(g))) == ""
