"""Wall-clock deadlines: how long OPA may take to start and to answer, and how long the whole run may take.

A deadline is enforced twice, with the same message either way: every wait on OPA passes the
time left as its socket timeout (which works in any thread), and in the main thread (on POSIX) a SIGALRM
interval timer interrupts whatever Python is doing when the time is up (which also bounds a
server that answers a byte at a time, and the run's own work). Deadlines nest: the alarm is
armed for the earliest one, and the block whose deadline it was turns it into its FatalError.
Work inside one C call (a regular expression, a JSON parse) is interrupted only when it returns.
"""

from __future__ import annotations

import contextlib
import dataclasses
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from oamlint.errors import FatalError

RUN_TIMEOUT = 600.0  # seconds; --timeout: the whole run


@dataclasses.dataclass(frozen=True, eq=False)
class Deadline:
    """A moment on the monotonic clock (`at`, seconds) and the FatalError to raise when it passes."""

    at: float
    error: FatalError

    def left(self) -> float:
        """Seconds until the deadline (at least a millisecond, so it can be a socket timeout)."""
        return max(self.at - time.monotonic(), 0.001)

    def passed(self) -> bool:
        return time.monotonic() >= self.at


class _Expired(BaseException):
    """Raised by the alarm, like KeyboardInterrupt, so that no `except Exception` in a library swallows it."""

    def __init__(self, deadline: Deadline) -> None:
        super().__init__(deadline.error.message)
        self.deadline = deadline


_armed: list[Deadline] = []  # the main thread's open deadlines, in the order they were opened


@contextlib.contextmanager
def within(seconds: float, error: FatalError) -> Iterator[Deadline]:
    """A block that must end within `seconds`, else raises `error` (a FatalError: exit 2).

    Yields the Deadline, whose `left()` is the timeout for each blocking wait inside the block.
    """
    deadline = Deadline(time.monotonic() + seconds, error)
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield deadline  # only the socket timeouts bound the waits
        return
    previous = signal.signal(signal.SIGALRM, _ring)
    _armed.append(deadline)
    _arm()
    try:
        yield deadline
    except _Expired as expired:
        if expired.deadline is not deadline:
            raise
        raise deadline.error from None
    finally:
        if deadline in _armed:  # not once it has rung: cleanup on the way out is not interrupted again
            _armed.remove(deadline)
        _arm()
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)


def _arm() -> None:
    """Set the alarm for the earliest open deadline, or clear it when there is none."""
    if _armed:
        signal.setitimer(signal.ITIMER_REAL, max(min(d.at for d in _armed) - time.monotonic(), 0) + 0.001)
    else:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _ring(signum: int, frame: FrameType | None) -> None:
    passed = [d for d in _armed if d.passed()]
    if not passed:
        _arm()  # early by a rounding error
        return
    first = min(passed, key=lambda d: d.at)
    _armed.remove(first)
    _arm()
    raise _Expired(first)
