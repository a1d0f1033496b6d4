"""Limits in CPU time: a block that has used up its seconds is interrupted with :class:`OutOfTime`.

The content stage stops Markdown with it (:mod:`generator.content.markup`), the render
stage stops a layout and a theme's templates (:mod:`generator.render.layout_budget`,
:mod:`generator.render.theme_sandbox`); the seconds themselves are in :mod:`generator.limits`.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType


class OutOfTime(BaseException):
    """Raised inside a library when its time is up (a BaseException so no ``except
    Exception`` in the library swallows it)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`OutOfTime` once it has used ``seconds`` of CPU time.

    CPU time, not time on the clock: a machine busy with other work, or a build stopped
    for a while (a laptop's lid closed), must not refuse a guide. In the main thread a
    profiling timer (which counts the process's CPU time) raises it from its signal; in
    another thread (the watch typesets its PDF in one) a watcher reads that thread's CPU
    clock and sets the exception into the thread."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_time_limit(seconds):
            yield
        return

    done = False

    def expire(signum: int, frame: FrameType | None) -> None:
        if not done:
            raise OutOfTime()

    previous = signal.signal(signal.SIGPROF, expire)
    # Raised again every 0.1 s of CPU until the block ends: one that lands inside a C
    # library's callback (a weak reference's, a logging filter's) is printed and dropped there.
    signal.setitimer(signal.ITIMER_PROF, seconds, 0.1)
    try:
        yield
    finally:
        done = True
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def cpu_clock() -> Callable[[], float]:
    """The CPU-time clock :func:`time_limit` counts in the calling thread: the process's
    in the main thread, the thread's own in another (readable from other threads; the
    process's where the system offers no clock per thread)."""
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return time.process_time
    try:
        clock = time.pthread_getcpuclockid(threading.get_ident())
    except (AttributeError, OSError):  # pragma: no cover - no per-thread CPU clocks
        return time.process_time
    return lambda: time.clock_gettime(clock)


@contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    # Python raises an asynchronous exception at the thread's next bytecode, so pure-Python
    # layout stops within moments; the lock makes sure it can only land while the block,
    # or this function's own clean-up, is still running. It is set again every 0.1 s until
    # the block ends, because one that lands inside a C library's callback is printed and
    # dropped there. Until then the thread's CPU clock is read every half second.
    target = threading.get_ident()
    clock = cpu_clock()
    deadline = clock() + seconds
    lock = threading.Lock()
    finished = False
    timers: list[threading.Timer] = []

    def check() -> None:
        with lock:
            if finished:
                return
            left = deadline - clock()
            if left <= 0:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(OutOfTime))
            start(0.1 if left <= 0 else min(left, 0.5))

    def start(delay: float) -> None:
        timer = threading.Timer(delay, check)
        timer.daemon = True
        timers.append(timer)
        timer.start()

    start(min(seconds, 0.5))
    try:
        yield
    finally:
        with lock:
            finished = True
            for timer in timers:
                timer.cancel()
