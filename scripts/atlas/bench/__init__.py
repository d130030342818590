"""Benchmarks: synthetic data sets of any size, and the build timed against plain MkDocs."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
"""The project folder (holding mkdocs.yml, docs/, data/)."""
