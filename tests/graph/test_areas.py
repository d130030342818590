"""Policy areas: an area tag wins, then the instrument, then the words of the titles."""

import pytest

from atlas.graph.areas import area_of
from atlas.schema import Policy


def policy(title, instrument="regulation", tags=(), zh=None, jurisdiction="US"):
    return Policy.model_validate(
        {
            "id": "p",
            "title": {"en": title, "zh": zh},
            "jurisdiction": jurisdiction,
            "issuers": ["x"],
            "instrument": instrument,
            "status": "in-force",
            "tags": list(tags),
            "last_checked": "2026-11-29",
        }
    )


@pytest.mark.parametrize(
    ("kwargs", "area"),
    [
        ({"title": "Export controls on advanced computing items"}, "export-controls"),
        ({"title": "Additions to the list", "instrument": "entity-list-rule"}, "export-controls"),
        (
            {"title": "Addressing United States Investments in Certain Technologies"},
            "investment-controls",
        ),
        ({"title": "Interim Measures for the Management of Generative AI Services"}, "ai-services"),
        ({"title": "Provisions", "zh": "互联网信息服务深度合成管理规定"}, "ai-services"),
        ({"title": "A budget act"}, "other"),
        ({"title": "Export rule", "tags": ["ai-services"]}, "ai-services"),
    ],
)
def test_area_of(kwargs, area):
    """Each policy lands in the area its tags, instrument or titles name."""
    assert area_of(policy(**kwargs)).id == area


def test_words_match_at_word_starts():
    """'exported' counts as export, but 'reinvestment' does not count as investment."""
    assert area_of(policy("Rules on exported chips")).id == "export-controls"
    assert area_of(policy("Reinvestment of proceeds")).id == "other"


def test_purpose_and_related_policies_decide_when_titles_do_not():
    """A title without area words falls back to the purpose, then to the policy it rescinds."""
    framework = Policy.model_validate(
        {
            "id": "framework",
            "title": {"en": "Framework for Artificial Intelligence Diffusion"},
            "jurisdiction": "US",
            "issuers": ["x"],
            "instrument": "interim-final-rule",
            "status": "rescinded",
            "purpose": "To revise controls on chips while facilitating their export.",
            "last_checked": "2026-11-29",
        }
    )
    rescission = Policy.model_validate(
        {
            "id": "rescission",
            "title": {"en": "Rescission of the Framework"},
            "jurisdiction": "US",
            "issuers": ["x"],
            "instrument": "notice",
            "status": "in-force",
            "rescinds": ["framework"],
            "last_checked": "2026-11-29",
        }
    )
    policies = {"framework": framework, "rescission": rescission}
    assert area_of(framework, policies).id == "export-controls"
    assert area_of(rescission, policies).id == "export-controls"
    assert area_of(rescission).id == "other"
