"""How long `mkdocs serve` takes to show an edit of one data file."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

SERVE_OPTIONS = ("--livereload", "--dirty")
"""The options `make serve` passes to `mkdocs serve`; the benchmark measures the same server."""

_SUMMARY = re.compile(r"^summary: .*$", re.MULTILINE)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=600) as response:
            return response.read().decode("utf-8")  # type: ignore[no-any-return]
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(url: str, text: str | None, timeout: float, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"mkdocs serve exited with {server.returncode}")
        body = _fetch(url)
        if body is not None and (text is None or text in body):
            return
        time.sleep(0.02)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout:.0f} s")


def edit_latencies(
    config_file: Path,
    organization: str,
    edits: int,
    options: Sequence[str] = SERVE_OPTIONS,
    startup_timeout: float = 1800,
) -> list[float]:
    """Seconds from saving an edited data file to the served page showing the change.

    Each edit rewrites the summary of `organization`, whose page is then fetched until the new
    text appears (MkDocs' server holds requests while it rebuilds, so no stale page is counted
    as the edited one).
    """
    project = config_file.parent
    data_file = project / "data" / "organizations" / f"{organization}.yaml"
    original = data_file.read_text(encoding="utf-8")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/organizations/{organization}/"
    command = [
        sys.executable, "-m", "mkdocs", "serve", "-f", str(config_file),
        "-a", f"127.0.0.1:{port}", *options,
    ]  # fmt: skip
    latencies: list[float] = []
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, cwd=project, stdout=log, stderr=log)
        try:
            _wait_for(url, None, startup_timeout, server)
            time.sleep(1.0)  # let the file watcher take its first snapshot
            for number in range(1, edits + 1):
                marker = f"Benchmark edit {number} {os.getpid()}"
                data_file.write_text(
                    _SUMMARY.sub(f"summary: {marker}.", original, count=1), encoding="utf-8"
                )
                saved = time.perf_counter()
                _wait_for(url, marker, startup_timeout, server)
                latencies.append(time.perf_counter() - saved)
                time.sleep(1.0)
        except BaseException:
            log.seek(0)
            sys.stderr.write(log.read().decode("utf-8", "replace")[-3000:])
            raise
        finally:
            data_file.write_text(original, encoding="utf-8")
            server.send_signal(signal.SIGINT)  # serve removes its temporary site on Ctrl-C
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    return latencies
