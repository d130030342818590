import logging

from atlas.mkdocs import hook, preview


def test_dirty_notice_becomes_information(caplog):
    """Only MkDocs' dirty-build notice is lowered to INFO; other warnings stay warnings."""
    preview.allow_dirty_builds()
    preview.allow_dirty_builds()
    logger = logging.getLogger("mkdocs.commands.build")
    assert sum(isinstance(f, preview._DirtyNoticeAsInfo) for f in logger.filters) == 1
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        logger.warning("A 'dirty' build is being performed, this will likely lead to ...")
        logger.warning("Doc file 'x.md' contains a link to a missing page")
    assert [(r.levelname, r.getMessage()[:20]) for r in caplog.records] == [
        ("INFO", "A 'dirty' build is b"),
        ("WARNING", "Doc file 'x.md' cont"),
    ]


def test_only_dirty_serve_installs_the_filter(monkeypatch):
    """`mkdocs build` and a clean `mkdocs serve` keep MkDocs' behaviour."""
    calls = []
    monkeypatch.setattr(hook, "allow_dirty_builds", lambda: calls.append(1))
    monkeypatch.setattr(hook.hook, "serving", hook.hook.serving)  # restored after the test
    monkeypatch.setattr(hook.hook, "stage_builds", hook.hook.stage_builds)
    hook.on_startup(command="build", dirty=True)
    assert not hook.hook.serving
    hook.on_startup(command="serve", dirty=False)
    assert calls == []
    assert hook.hook.serving
    hook.on_startup(command="serve", dirty=True)
    assert calls == [1]
