"""Sources are cited at their publisher: known mirrors and farms are refused as addresses.

The rules live in `source_hosts.yaml` beside this module, so extending them needs no code.
"""

from __future__ import annotations

import fnmatch
import functools
import ipaddress
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..load.dataset import Dataset
from ..load.errors import Problem
from ..schema import Source

RULES_FILE = Path(__file__).with_name("source_hosts.yaml")
RULES_NAME = "scripts/atlas/graph/source_hosts.yaml"


@dataclass(frozen=True)
class HostRules:
    """Hosts that are never a publisher, and the hosts of publishers that ids name."""

    not_sources: tuple[tuple[str, str], ...]
    """(shell-style host pattern, why it is not a source)."""
    publishers: Mapping[str, tuple[str, ...]]
    """First word of a source id -> the hosts of that publisher."""

    def refusal(self, host: str) -> str | None:
        """Why `host` cannot be a source's address, or None when it can."""
        try:
            ipaddress.ip_address(host)
        except ValueError:
            pass
        else:
            return "a bare IP address, not a publisher"
        for pattern, reason in self.not_sources:
            if fnmatch.fnmatchcase(host, pattern):
                return reason
        return None

    def publisher_hosts(self, source_id: str) -> tuple[str, ...]:
        """The hosts the publisher named by the id's first word uses (none if it names none)."""
        return self.publishers.get(source_id.split("-", 1)[0], ())


@functools.cache
def host_rules(path: Path = RULES_FILE) -> HostRules:
    """The rules in `source_hosts.yaml`, read once."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return HostRules(
        not_sources=tuple((item["pattern"].lower(), item["reason"]) for item in raw["not_sources"]),
        publishers={word: tuple(hosts) for word, hosts in raw["publishers"].items()},
    )


def _on(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def sources_point_at_publishers(
    dataset: Dataset, rules: HostRules | None = None
) -> Iterator[Problem]:
    """A source's url is its publisher's page: not a mirror, and where its id says it is."""
    rules = rules or host_rules()
    for source in dataset.of("sources").values():
        assert isinstance(source, Source)
        if source.url is None:
            continue
        host = (urlsplit(source.url).hostname or "").lower()
        origin = dataset.origins[("sources", source.id)]
        move = (
            "; give the publisher's own address here and move this one to 'read_at: {url: ...}' "
            "as the copy read, or leave url out when the publisher's page cannot be found"
        )
        if (reason := rules.refusal(host)) is not None:
            yield origin.problem(
                ("url",),
                f"must be the publisher's own page, but {host} is {reason} (see {RULES_NAME})"
                f"{move}",
            )
        elif (hosts := rules.publisher_hosts(source.id)) and not _on(host, hosts):
            yield origin.problem(
                ("url",),
                f"must be on {' or '.join(hosts)}, the publisher the id "
                f"{source.id!r} names (got {host}){move}",
            )
