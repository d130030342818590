import gc

import pytest

from atlas.load.gcpause import paused_gc


def test_collector_is_paused_then_restored():
    """Automatic collection is off inside, and back to its earlier state after."""
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled():
    """A caller that turned collection off keeps it off."""
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_works_as_a_decorator_and_on_errors():
    """As a decorator it restores the collector even when the function raises."""

    @paused_gc()
    def fail():
        assert not gc.isenabled()
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        fail()
    assert gc.isenabled()
