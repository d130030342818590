"""Stage 2 of the pipeline: data files in, a validated `Dataset` out (or every problem at once).

Safe YAML with line numbers (`yamlio`), pydantic validation worded for contributors (`errors`,
`hints`), and every reference between entries resolved (`loader`).
"""

from __future__ import annotations

from .dataset import Dataset, EntityKey, Origin
from .errors import DataError, Problem
from .loader import load_dataset

__all__ = ["DataError", "Dataset", "EntityKey", "Origin", "Problem", "load_dataset"]
