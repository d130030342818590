from atlas.render.identifiers import ExternalId, external_ids
from atlas.schema.model import Identifiers


def test_identifiers_in_order_with_their_pages():
    """Hugging Face, arXiv and GitHub ids link to their pages, in that order; Epoch's name has no
    page of its own; no identifiers give nothing."""
    ids = Identifiers(
        huggingface=("a/b",), arxiv=("2401.00001", "2402.00002"), github=("a/c",), epoch="B"
    )
    assert external_ids(ids) == [
        ExternalId("Hugging Face", "a/b", "https://huggingface.co/a/b"),
        ExternalId("arXiv", "2401.00001", "https://arxiv.org/abs/2401.00001"),
        ExternalId("arXiv", "2402.00002", "https://arxiv.org/abs/2402.00002"),
        ExternalId("GitHub", "a/c", "https://github.com/a/c"),
        ExternalId("Epoch AI", "B", None),
    ]
    assert external_ids(None) == []
