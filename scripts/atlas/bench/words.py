"""Invented names, words and dates for synthetic data sets, and their mix of kinds (see `synth`)."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import Any

SYLLABLES = re.findall(
    r"\S+",
    "zhi ru tian hua xin an bo chen deng fei gao han jin kai lan ming "
    "ning pei qi rong shan tao wei xiao yang yun ze lu mo su ke la",
)
HAN = (
    "智谱深度求索月暗百川零万物华腾讯阿里字节跳动商汤旷视云从依图科大飞天启星辰海岳明光远航"
    "博睿思源泉峰林江河朗瑞鼎泰恒信诚德新元"
)
HAN_SUFFIX = {
    "ai-developer": "智能",
    "venture-capital": "资本",
    "corporate-investor": "集团",
    "state-fund": "基金",
    "university": "大学",
    "government": "管理局",
    "chipmaker": "芯片",
}
EN_SUFFIX = {
    "ai-developer": "AI",
    "venture-capital": "Capital",
    "corporate-investor": "Group",
    "state-fund": "Innovation Fund",
    "university": "University",
    "government": "Administration",
    "chipmaker": "Semiconductor",
}
CITIES = ("Beijing", "Shanghai", "Shenzhen", "Hangzhou", "San Francisco", "Seattle", "New York")
ROUNDS = ("Angel", "Series A", "Series B", "Series C", "Series D", "Strategic round")
BENCHMARKS = ("MMLU", "C-Eval", "GSM8K", "HumanEval", "CMMLU", "MATH")
WORDS = re.findall(
    r"\S+",
    "model training inference data compute chips export rules investment research language "
    "open weights licence safety evaluation deployment cloud capital growth market policy "
    "university laboratory benchmark reasoning multilingual 大模型 人工智能 算力 监管 开源",
)


def code(index: int, alphabet: Sequence[str], minimum: int = 2) -> list[str]:
    """`index` written in base len(alphabet), at least `minimum` digits: unique per index."""
    digits: list[str] = []
    while index or len(digits) < minimum:
        index, digit = divmod(index, len(alphabet))
        digits.append(alphabet[digit])
    return digits[::-1]


def english(index: int) -> str:
    """An invented Latin-script name, unique per index."""
    return "".join(code(index, SYLLABLES)).capitalize()


def chinese(index: int) -> str:
    """An invented Chinese name, unique per index."""
    return "".join(code(index, HAN))


def quoting(source_id: str, name: str) -> dict[str, str]:
    """A citation of `source_id` whose quote gives the Chinese `name`."""
    gloss = "Reportedly, they attended the launch."
    return {"id": source_id, "quote": f"据报道,{name}出席了发布会。", "gloss": gloss}


def naming(ids: list[str], name: str | None) -> list[Any]:
    """An entry's sources; with a Chinese `name`, the first one quotes the sentence giving it."""
    return [quoting(ids[0], name), *ids[1:]] if name else list(ids)


def sentence(rng: random.Random, words: int) -> str:
    """An invented sentence of `words` words."""
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def date(rng: random.Random, start: int, end: int = 2025) -> str:
    """A partial date between the years given: a year, a month or a day."""
    year = rng.randint(start, max(start, end))
    form = rng.random()
    if form < 0.2:
        return str(year)
    if form < 0.5:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


SHARES = {"sources": 0.30, "organizations": 0.40, "models": 0.22, "policies": 0.08}
"""The share of each kind in a synthetic set, as in the real data."""


def counts(n: int) -> dict[str, int]:
    """How many entities of each kind a set of `n` has (at least 12 organizations)."""
    found = {kind: max(1, int(n * share)) for kind, share in SHARES.items()}
    found["organizations"] += n - sum(found.values())
    found["organizations"] = max(found["organizations"], 12)
    return found
