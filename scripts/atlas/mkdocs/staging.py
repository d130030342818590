"""Builds the site into a staging folder and puts it in place only when the build has succeeded.

Why: MkDocs cleans `site_dir` before writing, and its strict mode aborts after every page is
written (after `on_post_build`), so a failed build would otherwise leave a half-new site or
none. The staging folder sits next to the site folder, so the swap is a rename.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from mkdocs.utils import CountHandler


def stage(site_dir: Path) -> Path:
    """A new, empty folder beside `site_dir` to build into."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.building-", dir=site_dir.parent))


def replace_site(staging: Path, site_dir: Path) -> None:
    """Replace `site_dir` by the finished `staging` folder.

    The old site is renamed aside first and removed last, so at no point is a half-written site
    in place. A site folder that cannot be renamed (a mount point) is emptied and refilled.
    """
    old: Path | None = None
    if site_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.old-", dir=site_dir.parent))
        try:
            site_dir.rename(old / site_dir.name)
        except OSError:
            shutil.rmtree(old)
            old = None
            _refill(site_dir, staging)
            return
    staging.rename(site_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _refill(site_dir: Path, staging: Path) -> None:
    for child in site_dir.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    for child in staging.iterdir():
        child.rename(site_dir / child.name)
    staging.rmdir()


def discard(staging: Path) -> None:
    """Remove a staging folder whose build failed."""
    shutil.rmtree(staging, ignore_errors=True)


def strict_build_will_abort() -> bool:
    """Whether MkDocs counted a warning that will make its strict mode abort the build.

    MkDocs attaches a counting handler to its logger only in strict mode, and checks it right
    after `on_post_build`.
    """
    handlers = logging.getLogger("mkdocs").handlers
    return any(isinstance(h, CountHandler) and h.get_counts() for h in handlers)
