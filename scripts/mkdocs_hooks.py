"""MkDocs loads hook files by path; this one re-exports the atlas package's hook."""

from atlas.hook import on_build_error, on_config, on_files, on_post_build, on_startup

__all__ = ["on_build_error", "on_config", "on_files", "on_post_build", "on_startup"]
