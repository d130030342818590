from pathlib import Path

import pytest

from atlas.load.errors import DataError
from atlas.load.loader import load_dataset

SOURCE = """
id: s1
title: A report
publisher: Example Daily
type: news
url: https://news.example.org/a
"""

ORG = """
id: acme
name: {en: Acme}
types: [ai-developer]
country: CN
sources: [s1]
last_checked: 2026-11-29
"""


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as raised:
        load_dataset(data)
    return [str(problem) for problem in raised.value.problems]


def test_valid_data_loads_sorted_by_id(minimal_data):
    """A valid data set must load with every kind sorted by id."""
    dataset = load_dataset(minimal_data)
    assert list(dataset.of("organizations")) == ["acme-ai", "bright-capital", "ministry"]
    assert len(dataset) == 10


def test_unknown_investor_names_file_line_field_and_suggestion(write_data):
    """An unknown investor id must be reported at its line with a did-you-mean."""
    data = write_data(
        {
            "sources/s1.yaml": SOURCE,
            "organizations/hongshan.yaml": ORG.replace("acme", "hongshan").replace(
                "Acme", "HongShan"
            ),
            "organizations/acme.yaml": ORG
            + "funding_rounds:\n  - date: 2023\n    investors:\n      - hongshan-capital\n",
        }
    )
    assert problems(data) == [
        "data/organizations/acme.yaml:10: funding_rounds[0].investors[0]: must name an existing "
        "organization, but there is no data/organizations/hongshan-capital.yaml; "
        "did you mean 'hongshan'?",
    ]


def test_every_problem_in_every_file_is_reported(write_data):
    """All problems of a run must be reported together, sorted by file and line."""
    data = write_data(
        {
            "sources/s1.yaml": SOURCE,
            "organizations/acme.yaml": ORG.replace("country: CN", "country: China").replace(
                "types: [ai-developer]", "types: [ai-develper]"
            ),
            "organizations/beta.yaml": ORG.replace("id: acme", "id: beta").replace("Acme", "Beta")
            + "founded: Dec 2015\nfoundd: 2015\n",
        }
    )
    with pytest.raises(DataError) as raised:
        load_dataset(data)
    assert raised.value.report().splitlines() == [
        "data/organizations/acme.yaml:3: types[0]: must be one of ai-developer, venture-capital, "
        "private-equity, corporate-investor, state-fund, university, research-lab, government, "
        "regulator, chipmaker, technology-company, hedge-fund (got 'ai-develper'); did you mean 'ai-developer'?",
        "data/organizations/acme.yaml:4: country: must be an ISO 3166-1 alpha-2 country code in "
        "capitals, such as CN or US (EU for the European Union) (got 'China'); did you mean 'CN'?",
        "data/organizations/beta.yaml:7: founded: must be a date like 2019, 2023-10 or 2023-10-17 "
        "(got 'Dec 2015'); did you mean '2015-12'?",
        "data/organizations/beta.yaml:8: foundd: must be one of the fields an organization has; "
        "did you mean 'founded'?",
        "check failed: 4 errors in 2 files",
    ]


def test_missing_field_points_at_parent(write_data):
    """A missing required field must be reported at the line of the mapping that lacks it."""
    data = write_data(
        {
            "sources/s1.yaml": SOURCE,
            "organizations/acme.yaml": ORG + "people:\n  - role: Chief executive\n",
        }
    )
    assert problems(data) == [
        "data/organizations/acme.yaml:8: people[0].name: must be given; add 'name: ...'"
    ]


def test_id_must_match_file_name(write_data):
    """The id must equal the file name."""
    data = write_data({"sources/s1.yaml": SOURCE, "organizations/acme-ai.yaml": ORG})
    assert problems(data) == [
        "data/organizations/acme-ai.yaml:1: id: must equal the file name 'acme-ai' (got 'acme'); "
        "rename the file or change the id",
    ]


def test_impossible_date(write_data):
    """A date that does not exist must be rejected."""
    data = write_data(
        {"sources/s1.yaml": SOURCE, "organizations/acme.yaml": ORG + "founded: 2023-02-30\n"}
    )
    assert problems(data) == [
        "data/organizations/acme.yaml:7: founded: must be a day that exists in that month "
        "(got '2023-02-30')",
    ]


def test_bad_yaml_is_located(write_data):
    """A YAML syntax error must name the file and line."""
    data = write_data({"sources/s1.yaml": SOURCE, "organizations/acme.yaml": ORG + "people: [\n"})
    assert problems(data) == [
        "data/organizations/acme.yaml:8: is not valid YAML: the file ends before a '[' or '{' is "
        "closed",
    ]


def test_failed_file_is_not_reported_again_by_references(write_data):
    """References to an entry whose own file failed must not add a second, misleading error."""
    data = write_data(
        {
            "sources/s1.yaml": SOURCE,
            "organizations/acme.yaml": ORG.replace("country: CN", "country: cn"),
            "models/m.yaml": "id: m\nname: {en: M}\ndevelopers: [acme]\nsources: [s1]\nlast_checked: 2026-11-29\n",
        }
    )
    assert problems(data) == [
        "data/organizations/acme.yaml:4: country: must be an ISO 3166-1 alpha-2 country code in "
        "capitals, such as CN or US (EU for the European Union) (got 'cn'); did you mean 'CN'?",
    ]


def test_files_outside_known_folders_are_rejected(write_data):
    """A file in an unknown folder or without the .yaml suffix must be reported."""
    data = write_data(
        {
            "sources/s1.yaml": SOURCE + "\n",
            "organisations/acme.yaml": ORG,
            "sources/s2.yml": SOURCE,
        }
    )
    assert problems(data) == [
        "data/organisations/acme.yaml:1: must be in one of the data folders; did you mean "
        "'data/organizations/'?",
        "data/sources/s2.yml:1: must have a name ending in .yaml; rename it to s2.yaml",
    ]


def test_unknown_chip_in_a_policy_is_located_with_a_suggestion(write_data):
    """A policy naming a chip id that has no file must be reported with a did-you-mean."""
    chip = "id: h100\nname: {en: H100}\nmakers: [acme]\nsources: [s1]\nlast_checked: 2026-11-29\n"
    policy = (
        "id: rule\ntitle: {en: A rule}\njurisdiction: US\nissuers: [acme]\n"
        "instrument: final-rule\nstatus: in-force\nsources: [s1]\nlast_checked: 2026-11-29\n"
        "hardware:\n  - hardware: h-100\n    effect: licence-required\n"
    )
    data = write_data(
        {
            "sources/s1.yaml": SOURCE,
            "organizations/acme.yaml": ORG,
            "hardware/h100.yaml": chip,
            "policies/rule.yaml": policy,
        }
    )
    assert problems(data) == [
        "data/policies/rule.yaml:10: hardware[0].hardware: must name an existing chip, but there "
        "is no data/hardware/h-100.yaml; did you mean 'h100'?",
    ]


def test_cited_source_without_a_file(write_data):
    """A fact citing a source id that has no file must be reported where it is cited."""
    files = {
        "sources/s1.yaml": "id: s1\ntitle: A report\npublisher: Example Daily\ntype: news\n"
        "url: https://news.example.org/a\n",
        "organizations/a.yaml": "id: a\nname: {en: A}\ntypes: [ai-developer]\ncountry: CN\n"
        "founded:\n  value: 2019\n  sources: [s2]\nsources: [s1]\nlast_checked: 2026-11-29\n",
    }
    with pytest.raises(DataError) as raised:
        load_dataset(write_data(files))
    assert [str(problem) for problem in raised.value.problems] == [
        "data/organizations/a.yaml:7: founded.sources[0]: must name an existing source, but there "
        "is no data/sources/s2.yaml; add that file or correct the id",
    ]
