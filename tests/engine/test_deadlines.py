"""engine/deadlines.py: nested wall-clock deadlines, each raising its own error, and the alarm always put back."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from oamlint.engine.deadlines import within
from oamlint.engine.process import interrupts_deferred
from oamlint.errors import FatalError

OUTER = FatalError("outer deadline")
INNER = FatalError("inner deadline")


def _alarm_left() -> float:
    return signal.getitimer(signal.ITIMER_REAL)[0]


def test_a_block_that_ends_in_time_leaves_no_alarm_and_the_old_handler() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with within(5, OUTER) as deadline:
        assert 4 < deadline.left() <= 5 and 4 < _alarm_left() <= 5.01
    assert _alarm_left() == 0
    assert signal.getsignal(signal.SIGALRM) is before


def test_a_busy_block_is_interrupted_with_its_error() -> None:
    began = time.monotonic()
    with pytest.raises(FatalError) as raised, within(0.2, OUTER):
        while True:
            pass
    assert raised.value is OUTER
    assert 0.2 <= time.monotonic() - began < 2
    assert _alarm_left() == 0


def test_the_inner_deadline_rings_first_and_the_outer_is_rearmed() -> None:
    with within(5, OUTER):
        with pytest.raises(FatalError) as raised, within(0.1, INNER):
            time.sleep(3)
        assert raised.value is INNER
        assert 4 < _alarm_left() < 5
    assert _alarm_left() == 0


def test_the_outer_deadline_passing_inside_an_inner_block_raises_the_outer_error() -> None:
    with pytest.raises(FatalError) as raised, within(0.1, OUTER), within(5, INNER):
        time.sleep(3)
    assert raised.value is OUTER
    assert _alarm_left() == 0


def test_cleanup_after_a_deadline_rang_is_not_interrupted_again() -> None:
    cleaned = []
    with pytest.raises(FatalError), within(0.05, OUTER):
        try:
            time.sleep(3)
        finally:
            time.sleep(0.2)  # e.g. stopping OPA, on the way out
            cleaned.append(True)
    assert cleaned == [True]


def test_an_alarm_during_an_interrupt_deferred_block_is_acted_on_after_it() -> None:
    finished = []
    with pytest.raises(FatalError) as raised, within(0.05, OUTER):
        with interrupts_deferred():
            time.sleep(0.3)  # e.g. starting OPA: never cut in the middle
            finished.append(True)
        time.sleep(3)
    assert (raised.value, finished) == (OUTER, [True])


def test_act_acts_on_what_is_held_at_the_point_the_block_chooses() -> None:
    """`act()` inside the block: nothing held, nothing happens; a held alarm is the deadline's error and a held
    SIGINT is KeyboardInterrupt, raised by `act` itself (where the block polls), not inside the sleep."""
    reached = []
    with pytest.raises(FatalError) as raised, within(0.05, OUTER):
        with interrupts_deferred() as act:
            act()
            time.sleep(0.3)
            reached.append("slept")
            act()
            reached.append("after act")
    assert (raised.value, reached) == (OUTER, ["slept"])
    with pytest.raises(KeyboardInterrupt):
        with interrupts_deferred() as act:
            signal.raise_signal(signal.SIGINT)
            reached.append("held")
            act()
            reached.append("after act")
    assert reached == ["slept", "held"] and signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_outside_the_main_thread_the_deadline_only_counts_time() -> None:
    seen: list[float] = []

    def work() -> None:
        with within(0.1, OUTER) as deadline:
            time.sleep(0.2)
            seen.append(deadline.left())
            seen.append(float(deadline.passed()))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [0.001, 1.0]
    assert _alarm_left() == 0
