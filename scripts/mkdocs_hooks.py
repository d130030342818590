"""MkDocs loads hook files by path; this one re-exports the atlas package's hook."""

from atlas.hook import on_config, on_files

__all__ = ["on_config", "on_files"]
