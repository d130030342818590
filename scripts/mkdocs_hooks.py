"""MkDocs loads hook files by path; this one re-exports the atlas package's hooks."""

from atlas.mkdocs.hook import on_build_error, on_config, on_files, on_post_build, on_startup
from atlas.mkdocs.theme import on_post_page

__all__ = [
    "on_build_error",
    "on_config",
    "on_files",
    "on_post_build",
    "on_post_page",
    "on_startup",
]
