import re

from atlas.graph import load_graph
from atlas.render.pages import render_pages

FULL = """
description: A model.
languages: English
weights_license: Apache-2.0
intended_use: Chat and code.
limitations: [It makes things up.]
training_data: Web text.
training_tokens: 2000000000000
evaluations:
- {benchmark: MMLU, result: 70.1 (5-shot)}
architecture: dense
context_length: 32768
hardware:
- {task: inference, precision: INT4, requirement: 6 GB of GPU memory}
variants:
- {name: Acme-1-Chat, context_length: 32768}
paper: Acme-1 technical report
identifiers: {arxiv: ['2401.00001'], huggingface: [acme/Acme-1]}
"""


def model_page(minimal_data, extra):
    path = minimal_data / "models" / "acme-1.yaml"
    path.write_text(path.read_text() + extra)
    return render_pages(load_graph(minimal_data))["models/acme-1.md"]


def section_titles(page):
    return re.findall(r"^#{2,3} (.+?) \{: #", page, re.M)


def test_sections_follow_the_hugging_face_model_card_order(minimal_data):
    """A full card's sections come in the order of Hugging Face's model card template."""
    page = model_page(minimal_data, FULL)
    assert section_titles(page)[:9] == [
        "Model details",
        "Variants",
        "Uses",
        "Limitations",
        "Training details",
        "Evaluation",
        "Technical specifications",
        "Citation",
        "Connections",
    ]
    specifications = page.split("## Technical specifications")[1].split("\n## ")[0]
    assert "| Architecture | dense" in specifications
    assert "| Context length | 32,768 tokens" in specifications
    assert "| inference | INT4 | 6 GB of GPU memory" in specifications
    citation = page.split("## Citation")[1].split("\n## ")[0]
    assert "- Acme-1 technical report" in citation
    assert re.search(r"^- \[arXiv:[^]]+\]\(https://arxiv\.org/abs/2401\.00001\)$", citation, re.M)


def test_sections_without_data_are_left_out_not_padded(minimal_data):
    """A card with only its basic facts shows its details and no empty or padded section."""
    page = model_page(minimal_data, "")
    assert section_titles(page)[:2] == ["Model details", "Technical specifications"]
    assert "Uses" not in section_titles(page)
    assert "do not describe" not in page
    assert "## Citation" not in page


def test_variants_show_their_own_sizes_when_any_has_one(minimal_data):
    """A variant's parameters get a column of their own, total and active per token."""
    sized = (
        "variants:\n"
        "- {name: Acme-1-Small, parameters: {total: 7000000000}}\n"
        "- {name: Acme-1-MoE, parameters: {total: 47000000000, active: 13000000000}}\n"
    )
    page = model_page(minimal_data, sized)
    variants = page.split("### Variants")[1].split("\n## ")[0]
    assert "| Variant | Parameters | Context length | Description |" in variants
    assert "| 7 billion total |" in variants
    assert "| 47 billion total, 13 billion active per token |" in variants


def test_variants_without_sizes_have_no_parameters_column(minimal_data):
    """Without any variant size the column is left out rather than shown empty."""
    page = model_page(minimal_data, "variants:\n- {name: Acme-1-Chat, context_length: 32768}\n")
    variants = page.split("### Variants")[1].split("\n## ")[0]
    assert "| Variant | Context length | Description |" in variants


def test_licences_show_their_names_linked_to_their_text(minimal_data):
    """A licence id reads as the licence's name, linked to the SPDX page or the LicenseRef's
    address; the note keeps the conditions, and the JSON-LD names the same addresses."""
    page = model_page(
        minimal_data,
        "weights_license:\n"
        "  value: Apache-2.0 AND LicenseRef-Baichuan-2\n"
        "  note: free commercial use below 1 million daily users\n"
        "code_license: LicenseRef-Llama-3.1\n",
    )
    assert (
        "| Weights licence | [Apache License 2.0](https://spdx.org/licenses/Apache-2.0.html) and "
        "[Community License for Baichuan 2 Model](https://github.com/baichuan-inc/Baichuan2/tree/"
        "ed1cf0f598378e1bc393f526c6052b8e6144eeef)"
    ) in page
    assert "free commercial use below 1 million daily users" in page
    assert (
        "[Llama 3.1 Community License Agreement](https://github.com/meta-llama/llama-models/blob/"
    ) in page
    assert '"license": ["https://spdx.org/licenses/Apache-2.0.html"' in page.replace("\\/", "/")
