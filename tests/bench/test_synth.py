"""The synthetic data generator used by the benchmark."""

from __future__ import annotations

import pytest

from atlas.bench import synth
from atlas.bench.sizes import iter_sizes
from atlas.graph.graph import Graph
from atlas.load.loader import load_dataset
from atlas.render.pages import render_pages


@pytest.mark.parametrize("n", [30, 100, 450])
def test_generated_sets_pass_the_real_loader(tmp_path, n):
    """A set of any size passes validation, references and every data-quality check."""
    synth.write(synth.generate(n), tmp_path / "data")
    dataset = load_dataset(tmp_path / "data")
    assert len(dataset) == n
    assert render_pages(Graph(dataset))


def test_generation_is_deterministic():
    """The same size and seed give byte-identical files; another seed gives other files."""
    assert synth.generate(120) == synth.generate(120)
    assert synth.generate(120, seed=8) != synth.generate(120)


def test_sets_have_the_real_data_model_shape(tmp_path):
    """Funding rounds with investors, model lineage, policies naming organizations, Chinese names."""
    synth.write(synth.generate(300), tmp_path / "data")
    dataset = load_dataset(tmp_path / "data")
    graph = Graph(dataset)
    organizations = list(dataset.of("organizations").values())
    assert any(org.funding_rounds and org.funding_rounds[0].investors for org in organizations)
    assert any(org.name.zh for org in organizations)
    assert any(org.name.zh is None for org in organizations)
    assert any(model.previous_version for model in dataset.of("models").values())
    assert any(policy.affects for policy in dataset.of("policies").values())
    investor = next(org for org in organizations if "venture-capital" in org.types)
    assert graph.referrers(investor, "funding_rounds")


def test_entries_keep_their_size_as_the_set_grows():
    """The mean size of a data file is about the same at 300 and 1,200 entities."""

    def mean_size(n: int) -> float:
        files = synth.generate(n)
        return sum(map(len, files.values())) / len(files)

    assert mean_size(1200) == pytest.approx(mean_size(300), rel=0.1)


def test_refuses_the_project_data_folder():
    """Synthetic files are never written into the project's own data/."""
    with pytest.raises(ValueError, match="refusing"):
        synth.write({"sources/x.yaml": "id: x\n"}, synth.PROJECT_DATA)


def test_sizes_parse_with_thousands():
    """Sizes on the command line can be written as 5k."""
    assert list(iter_sizes("100, 1k,5k")) == [100, 1000, 5000]
