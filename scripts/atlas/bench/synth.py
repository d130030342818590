"""Synthetic data sets of any size with the real data model's shape, for benchmarks only.

Every entity is invented and every source points at a reserved example domain; nothing here is
ever written into the project's `data/` folder. The sets pass the real loader and its
data-quality checks, and each entity's page has the same expected size whatever N is: investors,
citations and policy mentions are spread so that no page's degree grows with the set.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import ROOT, words

"""Fraction of N given to each kind; organizations and their models make most pages."""

ORG_ROLES = (
    ("ai-developer", 0.50),
    ("venture-capital", 0.20),
    ("corporate-investor", 0.08),
    ("state-fund", 0.04),
    ("university", 0.08),
    ("government", 0.06),
    ("chipmaker", 0.04),
)

LAST_CHECKED = "2026-11-29"


@dataclass(frozen=True)
class _Org:
    id: str
    role: str
    country: str
    founded: int


def _roles(count: int) -> list[str]:
    """Roles for `count` organizations in fixed proportions, with at least one of each."""
    roles = [role for role, share in ORG_ROLES for _ in range(max(1, round(count * share)))]
    roles = roles[:count]
    while len(roles) < count:
        roles.append("ai-developer")
    return roles


class _Citations:
    """Hands out source ids round-robin, so every source is cited and none is cited N times."""

    def __init__(self, count: int) -> None:
        self.ids = [f"source-{index:05d}" for index in range(count)]
        self.next = 0

    def take(self, count: int) -> list[str]:
        chosen = []
        for _ in range(min(count, len(self.ids))):
            chosen.append(self.ids[self.next % len(self.ids)])
            self.next += 1
        return sorted(set(chosen))

    def pool(self, rng: random.Random, size: int = 4) -> _Pool:
        """The few sources one entry draws its citations from, as real entries do."""
        return _Pool(rng, self.take(size))


class _Pool:
    def __init__(self, rng: random.Random, ids: list[str]) -> None:
        self.rng = rng
        self.ids = ids

    def take(self, count: int) -> list[str]:
        return sorted(self.rng.sample(self.ids, min(count, len(self.ids))))


def generate(n: int, seed: int = 7) -> dict[str, str]:
    """A valid data set of about `n` entities, as {"<kind>/<id>.yaml": YAML text}.

    The same `n` and `seed` give byte-identical files.
    """
    if n < 30:
        raise ValueError("a synthetic data set needs at least 30 entities")
    counts = words.counts(n)
    cite = _Citations(counts["sources"])
    orgs = [
        _Org(
            id=f"org-{index:05d}",
            role=role,
            country="CN" if index % 2 == 0 else "US",
            founded=1950 + (index * 37) % 60 if role in ("university", "government") else 0,
        )
        for index, role in enumerate(_roles(counts["organizations"]))
    ]
    by_role: dict[str, list[_Org]] = {}
    for org in orgs:
        rng = random.Random(f"{seed}-founded-{org.id}")
        if not org.founded:
            org = _Org(org.id, org.role, org.country, rng.randint(2000, 2020))
        by_role.setdefault(org.role, []).append(org)
    orgs = sorted((org for group in by_role.values() for org in group), key=lambda org: org.id)
    investors = [
        org
        for org in orgs
        if org.role in ("venture-capital", "corporate-investor", "state-fund", "university")
    ]
    developers = by_role["ai-developer"]
    files: dict[str, str] = {}
    for index, org in enumerate(orgs):
        rng = random.Random(f"{seed}-org-{org.id}")
        files[f"organizations/{org.id}.yaml"] = _dump(
            _organization(rng, index, org, investors, orgs, cite)
        )
    models_by_developer: dict[str, list[str]] = {}
    for index in range(counts["models"]):
        rng = random.Random(f"{seed}-model-{index}")
        developer = developers[index % len(developers)]
        model_id = f"model-{index:05d}"
        earlier = models_by_developer.setdefault(developer.id, [])
        files[f"models/{model_id}.yaml"] = _dump(
            _model(rng, index, model_id, developer, earlier, cite)
        )
        earlier.append(model_id)
    governments = by_role["government"]
    for index in range(counts["policies"]):
        rng = random.Random(f"{seed}-policy-{index}")
        files[f"policies/policy-{index:05d}.yaml"] = _dump(
            _policy(rng, index, governments, orgs, cite)
        )
    for index, source_id in enumerate(cite.ids):
        rng = random.Random(f"{seed}-source-{index}")
        files[f"sources/{source_id}.yaml"] = _dump(_source(rng, index, source_id))
    return dict(sorted(files.items()))


def _organization(
    rng: random.Random,
    index: int,
    org: _Org,
    investors: Sequence[_Org],
    orgs: Sequence[_Org],
    citations: _Citations,
) -> dict[str, Any]:
    name = words.english(index)
    cite = citations.pool(rng)
    sources = cite.ids
    data: dict[str, Any] = {
        "id": org.id,
        "name": {"en": f"{name} {words.EN_SUFFIX[org.role]}"},
        "summary": " ".join(words.sentence(rng, 14) for _ in range(3)),
        "types": [org.role],
        "country": org.country,
        "headquarters": {"value": rng.choice(words.CITIES), "sources": cite.take(1)},
        "founded": {"value": str(org.founded), "sources": cite.take(2)},
    }
    if org.country == "CN":
        data["name"]["zh"] = words.chinese(index) + words.HAN_SUFFIX[org.role]
    if index % 7 == 3:
        data["former_names"] = [
            {
                "name": {"en": f"{name} Labs (former {index})"},
                "until": str(min(2024, org.founded + 3)),
                "sources": cite.take(1),
            }
        ]
    data["people"] = _people(rng, index, cite)
    if org.role in ("ai-developer", "chipmaker"):
        data["funding_rounds"] = [
            _funding_round(rng, org, round_index, investors, cite)
            for round_index in range(rng.randint(1, 3))
        ]
        data["products"] = _products(rng, name, cite)
    if index % 5 == 1:
        data["key_facts"] = [
            {"label": "Employees", "value": str(rng.randint(20, 5000)), "sources": cite.take(1)}
        ]
    if org.role == "state-fund" and index > 0:
        manager = orgs[rng.randrange(index)] if index else None
        if manager is not None and manager.role == "venture-capital":
            data["managed_by"] = {"value": manager.id, "sources": cite.take(1)}
    data["website"] = f"https://{org.id}.example.com/"
    data["events"] = [
        {
            "date": words.date(rng, org.founded),
            "text": words.sentence(rng, 8),
            "sources": cite.take(1),
        }
    ]
    data["sources"] = words.naming(sources, data["name"].get("zh"))
    data["last_checked"] = LAST_CHECKED
    return data


def _products(rng: random.Random, name: str, cite: Any) -> list[dict[str, Any]]:
    return [
        {
            "name": {"en": f"{name} Cloud {k + 1}"},
            "description": words.sentence(rng, 12),
            "sources": cite.take(1),
        }
        for k in range(rng.randint(0, 2))
    ]


def _people(rng: random.Random, index: int, cite: Any) -> list[dict[str, Any]]:
    return [
        {
            "name": {
                "en": f"{words.english(index * 3 + k + 1)} {words.english(k + 5)}",
                "zh": words.chinese(k),
            },
            "role": "Chief executive" if k == 0 else "Chief scientist",
            "founder": k == 0,
            "sources": [words.quoting(*cite.take(1), words.chinese(k))],
        }
        for k in range(rng.randint(1, 3))
    ]


def _funding_round(
    rng: random.Random,
    org: _Org,
    round_index: int,
    investors: Sequence[_Org],
    cite: _Pool,
) -> dict[str, Any]:
    chosen = sorted({rng.choice(investors).id for _ in range(rng.randint(1, 5))})
    amount = rng.randint(1, 400) * 10_000_000
    money: dict[str, Any]
    if org.country == "CN":
        money = {
            "amount": amount,
            "currency": "CNY",
            "usd": {"amount": amount // 7, "rate": "7.1", "sources": cite.take(1)},
        }
    else:
        money = {"amount": amount, "currency": "USD", "qualifier": "about"}
    fact: dict[str, Any] = {"value": money, "sources": cite.take(1)}
    if round_index == 1 and rng.random() < 0.3:
        other = dict(money, amount=amount + 10_000_000)
        other.pop("usd", None)
        fact = {
            "disputed": [
                {"value": money, "sources": cite.take(1)},
                {"value": other, "sources": cite.take(1)},
            ],
            "note": "Two reports give different totals for this round.",
        }
    return {
        "date": words.date(rng, org.founded + 1),
        "name": words.ROUNDS[round_index % len(words.ROUNDS)],
        "amount": fact,
        "investors": chosen,
        "lead_investors": chosen[:1],
        "sources": cite.take(2),
    }


def _model(
    rng: random.Random,
    index: int,
    model_id: str,
    developer: _Org,
    earlier: Sequence[str],
    citations: _Citations,
) -> dict[str, Any]:
    cite = citations.pool(rng)
    total = rng.choice((1, 6, 7, 13, 34, 70, 130, 236, 671)) * 1_000_000_000
    data: dict[str, Any] = {
        "id": model_id,
        "name": {"en": f"{words.english(index).upper()}-{total // 1_000_000_000}B-{index}"},
        "summary": " ".join(words.sentence(rng, 14) for _ in range(2)),
        "developers": [developer.id],
        "released": {"value": words.date(rng, developer.founded + 1), "sources": cite.take(1)},
        "description": {"value": words.sentence(rng, 16), "sources": cite.take(1)},
        "parameters": {"value": {"total": total}, "sources": cite.take(1)},
        "architecture": rng.choice(("dense", "mixture of experts")),
        "languages": "Chinese and English",
        "context_length": rng.choice((2048, 8192, 32768, 131072)),
        "weights": rng.choice(("open", "open-restricted", "api", "closed")),
        "weights_license": {"value": "Apache-2.0", "sources": cite.take(1)},
        "intended_use": {"value": words.sentence(rng, 10), "claim": True, "sources": cite.take(1)},
        "hardware": [
            {
                "precision": "INT4",
                "requirement": {"value": f"{rng.randint(4, 80)} GB of GPU memory", "claim": True},
            }
        ],
        "evaluations": [
            {
                "benchmark": benchmark,
                "result": f"{rng.randint(300, 950) / 10}",
                "sources": cite.take(1),
            }
            for benchmark in rng.sample(words.BENCHMARKS, rng.randint(1, 4))
        ],
        "limitations": [words.sentence(rng, 12)],
    }
    if index % 3 == 0:
        data["name"]["zh"] = f"{words.chinese(index)}大模型{index}"
    if earlier:
        data["previous_version"] = earlier[-1]
        if rng.random() < 0.3:
            data["based_on"] = [rng.choice(earlier)]
    data["sources"] = words.naming(cite.ids, data["name"].get("zh"))
    data["last_checked"] = LAST_CHECKED
    return data


def _policy(
    rng: random.Random,
    index: int,
    governments: Sequence[_Org],
    orgs: Sequence[_Org],
    citations: _Citations,
) -> dict[str, Any]:
    cite = citations.pool(rng)
    issuer = governments[index % len(governments)]
    signed_year = rng.randint(max(2015, issuer.founded + 1), 2024)
    signed = f"{signed_year}-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
    effective = f"{signed_year}-{rng.randint(7, 12):02d}-{rng.randint(1, 28):02d}"
    affected = sorted({rng.choice(orgs).id for _ in range(rng.randint(2, 5))})
    data: dict[str, Any] = {
        "id": f"policy-{index:05d}",
        "title": {"en": f"Rules on {words.english(index)} computing, number {index}"},
        "short_title": f"{words.english(index)} rules {index}",
        "summary": " ".join(words.sentence(rng, 14) for _ in range(2)),
        "jurisdiction": issuer.country,
        "issuers": [issuer.id],
        "instrument": rng.choice(("regulation", "final-rule", "executive-order", "guidance")),
        "dates": {
            "signed": {"value": signed, "sources": cite.take(1)},
            "effective": {"value": effective, "sources": cite.take(1)},
        },
        "status": "in-force",
        "purpose": {"value": words.sentence(rng, 18), "sources": cite.take(1)},
        "provisions": [
            {
                "text": words.sentence(rng, 14),
                "article": f"Article {k + 1}",
                "sources": cite.take(1),
            }
            for k in range(rng.randint(2, 5))
        ],
        "covers": {"technologies": ["advanced computing", "large models"], "sources": cite.take(1)},
        "affects": [
            {"organization": org_id, "how": "named in the rule", "sources": cite.take(1)}
            for org_id in affected
        ],
        "official_text": f"https://law.example.org/policy-{index:05d}",
    }
    if issuer.country == "CN":
        data["title"]["zh"] = f"关于{words.chinese(index)}算力的管理规定第{index}号"
    if index >= 3 and rng.random() < 0.3:
        data["amends"] = [f"policy-{rng.randrange(index):05d}"]
    data["sources"] = words.naming(cite.ids, data["title"].get("zh"))
    data["last_checked"] = LAST_CHECKED
    return data


def _source(rng: random.Random, index: int, source_id: str) -> dict[str, Any]:
    chinese = index % 3 == 0
    return {
        "id": source_id,
        "title": (
            f"{words.chinese(index)}发布新一代大模型 ({index})"
            if chinese
            else f"{words.english(index)} raises money for larger models ({index})"
        ),
        "publisher": rng.choice(("Example Daily", "Sample Tech News", "示例财经")),
        "published": words.date(rng, 2015),
        "url": f"https://news.example.org/{source_id}",
        "accessed": "2026-11-01",
        "type": rng.choice(("news", "analysis", "official", "organization")),
        "language": "zh" if chinese else "en",
        "last_checked": LAST_CHECKED,
    }


def _dump(data: Mapping[str, Any]) -> str:
    return yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False, width=100)


PROJECT_DATA = ROOT / "data"
"""The project's real data folder, which synthetic sets must never touch."""


def write(files: Mapping[str, str], data_dir: Path) -> None:
    """Write a generated set into `data_dir`, which must not be the project's own data folder."""
    if data_dir.resolve() == PROJECT_DATA:
        raise ValueError(f"refusing to write synthetic data into the project's {data_dir}")
    for relative, text in files.items():
        path = data_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
