"""Words readers see for the closed vocabularies of the schema (codes stay in the data).

Country names come from CLDR through babel (`standards.py`), not from this module.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .standards import COUNTRY_CODES, country_name


class _CountryNames(Mapping[str, str]):
    """Every country code the schema accepts, read as its English name from CLDR."""

    def __getitem__(self, code: str) -> str:
        if code not in COUNTRY_CODES:
            raise KeyError(code)
        return country_name(code)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(COUNTRY_CODES))

    def __len__(self) -> int:
        return len(COUNTRY_CODES)


COUNTRIES: Mapping[str, str] = _CountryNames()
"""Country names by ISO 3166-1 code, from the library; no table of our own."""

ORGANIZATION_TYPES = {
    "ai-developer": "AI developer",
    "venture-capital": "venture capital",
    "private-equity": "private equity",
    "corporate-investor": "corporate investor",
    "state-fund": "state fund",
    "university": "university",
    "research-lab": "research lab",
    "government": "government",
    "regulator": "regulator",
    "chipmaker": "chipmaker",
    "technology-company": "technology company",
    "hedge-fund": "hedge fund",
}

WEIGHTS = {
    "open": "open weights",
    "open-restricted": "open weights, with conditions",
    "research-only": "research use only",
    "api": "API only",
    "closed": "not available",
}

POLICY_STATUS = {
    "proposed": "proposed",
    "in-force": "in force",
    "amended": "in force, amended",
    "superseded": "superseded",
    "rescinded": "rescinded",
    "revoked": "revoked",
    "expired": "expired",
}

INSTRUMENTS = {
    "law": "law",
    "executive-order": "executive order",
    "regulation": "regulation",
    "interim-final-rule": "interim final rule",
    "final-rule": "final rule",
    "proposed-rule": "proposed rule",
    "entity-list-rule": "Entity List rule",
    "guidance": "guidance",
    "notice": "notice",
    "rule-package": "package of rules",
    "notification": "notification to a company",
    "decision": "government decision",
}

HARDWARE_EFFECTS = {
    "licence-required": "licence required to export",
    "restricts": "restricted",
    "guidance": "named in guidance",
    "releases": "sales allowed",
}

SOURCE_TYPES = {
    "official": "official document",
    "filing": "filing",
    "organization": "the organization itself",
    "news": "news report",
    "analysis": "analysis",
    "secondary": "secondary report",
    "dataset": "dataset",
}

LABELS: dict[str, Mapping[str, str]] = {
    "country": COUNTRIES,
    "organization_type": ORGANIZATION_TYPES,
    "weights": WEIGHTS,
    "status": POLICY_STATUS,
    "instrument": INSTRUMENTS,
    "source_type": SOURCE_TYPES,
    "hardware_effect": HARDWARE_EFFECTS,
}


def label(vocabulary: str, code: str) -> str:
    """The reader-facing word for a code, or the code itself when it has none.

    Countries are named by the library (CLDR's English names, `standards.country_name`), never
    by a table here.
    """
    return LABELS[vocabulary].get(code, code)
