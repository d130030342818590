"""Published URLs of generated pages, for the places Markdown does not rewrite (raw HTML, SVG).

The atlas publishes pages at directory URLs: `organizations/zhipu-ai.md` is served as
`organizations/zhipu-ai/` (MkDocs' default `use_directory_urls`), and other files keep their path.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache


def page_url(path: str) -> str:
    """The URL (relative to the site root) of a docs-relative path.

    `organizations/x.md` -> `organizations/x/`, `organizations/index.md` -> `organizations/`,
    `index.md` -> ``, `downloads/atlas.json` -> `downloads/atlas.json`.
    """
    if not path.endswith(".md"):
        return path
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def href(from_path: str, target: str) -> str:
    """A relative link from the page made from `from_path` to the page or file `target`."""
    base = page_url(from_path) or "./"
    base_dir = base if base.endswith("/") else posixpath.dirname(base) + "/"
    target_url = page_url(target) or "./"
    relative = _relpath(target_url, base_dir)
    if target_url.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return "./" if relative == "./." else relative


def _relpath(path: str, start: str) -> str:
    """`posixpath.relpath` for site-relative URLs, without its calls to the file system.

    Why: relpath makes both paths absolute (asking for the working directory each time), and the
    relationship maps and charts make hundreds of thousands of links in a large atlas.
    """
    if ".." in path or ".." in start:
        return posixpath.relpath(path, start)
    path_parts = [part for part in path.split("/") if part and part != "."]
    start_parts = [part for part in start.split("/") if part and part != "."]
    common = 0
    while (
        common < len(path_parts)
        and common < len(start_parts)
        and path_parts[common] == start_parts[common]
    ):
        common += 1
    return "/".join([".."] * (len(start_parts) - common) + path_parts[common:]) or "."


@lru_cache(maxsize=1 << 14)
def relative_link(target: str, folder: tuple[str, ...]) -> str:
    """A Markdown link from a page in `folder` to the docs-relative path `target`.

    `posixpath.relpath(target, folder)` for normalized docs paths, without its I/O. Why: relpath
    calls abspath (and so getcwd) twice; pages hold hundreds of thousands of links, and pages of
    one folder link to the same entries again and again (hence the cache).
    """
    parts = target.split("/")
    common = 0
    while common < len(folder) and common < len(parts) - 1 and folder[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(folder) - common) + parts[common:])
