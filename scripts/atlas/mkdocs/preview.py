"""Lets `mkdocs serve --dirty` rebuild only the pages an edit changed, under strict mode.

The hook keeps generated pages in .atlas/pages and rewrites only those whose text changed, so a
dirty rebuild renders just those pages. MkDocs warns on every dirty build that navigation may be
stale, and strict mode turns any warning into a failed build; in the preview that warning is
expected, so it is shown as information instead. Every other warning still fails the build.
"""

from __future__ import annotations

import logging

DIRTY_NOTICE = "A 'dirty' build is being performed"
_BUILD_LOGGER = "mkdocs.commands.build"


class _DirtyNoticeAsInfo(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and record.getMessage().startswith(DIRTY_NOTICE):
            record.levelno = logging.INFO
            record.levelname = "INFO"
        return True


def allow_dirty_builds() -> None:
    """Show MkDocs' dirty-build warning as information (once per process)."""
    logger = logging.getLogger(_BUILD_LOGGER)
    if not any(isinstance(existing, _DirtyNoticeAsInfo) for existing in logger.filters):
        logger.addFilter(_DirtyNoticeAsInfo())
