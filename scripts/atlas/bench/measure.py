"""Runs a command as a child process and measures its wall time, CPU time and peak memory."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One run of a command: seconds of wall and of CPU time, and what it printed."""

    wall: float
    cpu: float
    stdout: str


class CommandFailed(RuntimeError):
    """A measured command exited with an error; the message ends with its output."""


def run(command: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> Run:
    """Run `command` to completion and time it (its own process, not its children).

    Raises:
        CommandFailed: when it exits with a non-zero status.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        if process.returncode != 0:
            tail = err.read().decode("utf-8", "replace")[-3000:]
            raise CommandFailed(f"{' '.join(command)} exited with {process.returncode}:\n{tail}")
    return Run(wall, usage.ru_utime + usage.ru_stime, stdout)


def peak_memory_mb() -> float:
    """This process's peak resident memory in MB.

    Why not `ru_maxrss` of a child: a child started by fork counts its parent's memory from
    before exec, so the figure is read by the measured process itself (VmHWM on Linux).
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(frozen=True)
class Spread:
    """The median of several measurements, with the lowest and highest."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        """The spread of a non-empty list of values."""
        return cls(statistics.median(values), min(values), max(values))

    def scaled(self, factor: float) -> Spread:
        """The same spread multiplied by `factor` (e.g. per entity)."""
        return Spread(self.median * factor, self.low * factor, self.high * factor)
