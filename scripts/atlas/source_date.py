"""The build's notion of "now": SOURCE_DATE_EPOCH, taken from the last commit when it is unset.

Why: MkDocs stamps the sitemap (and its gzip header) with the build date, and the freshness
notices are judged against it; pinning it to the commit makes two builds of one commit
byte-identical whatever day they run. A checkout without git history keeps MkDocs' default.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, MutableMapping
from datetime import UTC, date, datetime
from pathlib import Path

VARIABLE = "SOURCE_DATE_EPOCH"


def commit_time(root: Path) -> str | None:
    """The committer time of HEAD in `root`, in seconds since 1970, or None without git."""
    try:
        result = subprocess.run(
            # safe.directory: in CI containers the checkout belongs to another user, and git
            # would otherwise refuse to read it.
            ["git", "-c", f"safe.directory={root}", "-C", str(root), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    value = result.stdout.strip()
    return value if result.returncode == 0 and value.isdigit() else None


def pin_source_date(root: Path, environ: MutableMapping[str, str] | None = None) -> str | None:
    """Set SOURCE_DATE_EPOCH from the last commit unless it is already set; returns its value."""
    env = os.environ if environ is None else environ
    if not env.get(VARIABLE):
        value = commit_time(root)
        if value is None:
            return None
        env[VARIABLE] = value
    return env[VARIABLE]


def build_date(environ: Mapping[str, str] | None = None) -> date | None:
    """The day given by `SOURCE_DATE_EPOCH` (seconds since 1970, UTC), or None when unset.

    Raises:
        ValueError: when the variable is set but is not a whole number of seconds.
    """
    raw = (os.environ if environ is None else environ).get(VARIABLE, "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ValueError(f"SOURCE_DATE_EPOCH must be a Unix time in seconds (got {raw!r})")
    return datetime.fromtimestamp(int(raw), tz=UTC).date()
