"""A short description of the machine and software a benchmark ran on."""

from __future__ import annotations

import os
import platform
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        for line in meminfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    return None


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def describe() -> dict[str, str]:
    """CPU, cores, memory, load, operating system and the versions that matter."""
    memory = _memory_gb()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cpu": f"{_cpu_model()}, {os.cpu_count()} logical cores",
        "memory": f"{memory:.0f} GB" if memory else "unknown",
        "load average at start": " ".join(f"{value:.1f}" for value in load) if load else "n/a",
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "mkdocs": _version("mkdocs"),
        "mkdocs-material": _version("mkdocs-material"),
        "pagefind": _version("pagefind-bin-extended"),
    }
