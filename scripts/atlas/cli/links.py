"""`python -m atlas links`: asks every web address in the data whether it still answers.

Opt-in and never part of a build or the test suite: it needs the network, and sites change
under it. Each address is requested once (HEAD, then GET where HEAD is refused), a few at a
time, and reported at the file and line where the data gives it.
"""

from __future__ import annotations

import argparse
import http.client
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..graph import load_graph
from ..load.dataset import Dataset
from ..load.errors import Problem
from ..schema.refs import FieldPath

USER_AGENT = "AI-Ecosystem-Atlas-link-check/1"
UNVERIFIED = {401, 403, 405, 429, 999}
"""Answers that say "not to a robot" rather than "gone": reported, but not counted as broken."""


@dataclass(frozen=True)
class Answer:
    """What one web address answered: `broken` is None when it could not be told."""

    url: str
    broken: bool | None
    detail: str


def web_addresses(dataset: Dataset) -> dict[str, list[Problem]]:
    """Every web address in the data, with a located (empty-message) place for each use."""
    found: dict[str, list[Problem]] = defaultdict(list)
    for entity in dataset:
        origin = dataset.origins[(entity.kind, entity.id)]
        for path, value in _strings(entity.model_dump(mode="json"), ()):
            if value.startswith(("https://", "http://")):
                found[value].append(origin.problem(path, ""))
    return dict(sorted(found.items()))


def _strings(value: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
    elif isinstance(value, str):
        yield path, value


def ascii_address(url: str) -> str:
    """The address as it goes on the wire: the host in IDNA, the rest percent-encoded."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").encode("idna").decode("ascii")
    netloc = f"{host}:{parts.port}" if parts.port else host
    safe = "/:@!$&'()*+,;=~%-._"
    return urllib.parse.urlunsplit(
        (
            parts.scheme,
            netloc,
            urllib.parse.quote(parts.path, safe=safe),
            urllib.parse.quote(parts.query, safe=safe + "?"),
            urllib.parse.quote(parts.fragment, safe=safe + "?"),
        )
    )


def ask(url: str, timeout: float) -> Answer:
    """Request `url` and judge the answer."""
    try:
        wire = ascii_address(url)
    except (ValueError, UnicodeError):
        return Answer(url, True, "is not an address that can be requested")
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(wire, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return Answer(url, False, f"answered {response.status}")
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in {403, 405, 501}:
                continue
            broken = None if error.code in UNVERIFIED else error.code >= 400
            return Answer(url, broken, f"answered {error.code} {error.reason}")
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, socket.gaierror):
                return Answer(url, True, "names a host that does not exist")
            return Answer(url, None, f"could not be reached ({reason})")
        except (TimeoutError, http.client.HTTPException, OSError) as error:
            return Answer(url, None, f"could not be reached ({error or type(error).__name__})")
    return Answer(url, None, "could not be reached")


def check_links(dataset: Dataset, timeout: float = 15.0, workers: int = 8) -> list[str]:
    """One line per address that is broken or could not be checked, then a summary line."""
    places = web_addresses(dataset)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        answers = list(pool.map(lambda url: ask(url, timeout), places))
    lines = []
    for answer in answers:
        if answer.broken is False:
            continue
        verdict = "must still answer" if answer.broken else "could not be checked"
        for place in places[answer.url]:
            location = f"{place.path}:{place.line}: {place.field}"
            lines.append(f"{location}: {verdict}: {answer.url} {answer.detail}")
    broken = sum(1 for answer in answers if answer.broken)
    unknown = sum(1 for answer in answers if answer.broken is None)
    lines.append(
        f"links: {len(answers)} web addresses, {broken} broken, {unknown} could not be checked"
    )
    return lines


def run(args: argparse.Namespace) -> int:
    """Check every address and print what failed; exit status 1 when one is broken."""
    dataset = load_graph(args.data).dataset
    lines = check_links(dataset, timeout=args.timeout)
    for line in lines[:-1]:
        print(line, file=sys.stderr)
    print(lines[-1])
    return 1 if any(": must still answer:" in line for line in lines) else 0


def add_command(commands: Any) -> None:
    """Register `python -m atlas links [--timeout SECONDS]`."""
    command = commands.add_parser(
        "links", help="ask every web address in the data whether it still answers (needs network)"
    )
    command.add_argument(
        "--timeout", type=float, default=15.0, help="seconds to wait for each address (default: 15)"
    )
    command.set_defaults(run=run)
