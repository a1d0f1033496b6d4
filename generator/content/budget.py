"""The guide-wide budget: how much content one guide may have, and how much CPU time it may take.

Each file already has its own limits (:mod:`generator.content.files`), but many files
just under them add up to a build that runs for minutes and needs gigabytes. These
limits bound the whole guide, and each error names what to cut. The values are in
:mod:`generator.limits`; docs/sandbox.md lists them all.
"""

from __future__ import annotations

import ctypes
import signal
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from generator.content.files import YamlDocument
from generator.errors import ContentError, Problem
from generator.limits import DEFAULTS, active


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


def content_files(root: Path) -> list[Path]:
    """The text files of a guide (images aside): its YAML files and its sections."""
    sections = root / "sections"
    return sorted(root.glob("*.yaml")) + (sorted(sections.glob("*.md")) if sections.is_dir() else [])


def check_guide_size(root: Path) -> None:
    """Refuse a guide whose content files are together over its ``guide_bytes`` limit, before any is read.

    Sizes come from stat() and regular files only: nothing is opened, and a pipe or a
    device is left to the loader, which reports it."""
    sizes = _sizes(root)
    total = sum(size for size, _ in sizes)
    now = active()
    most = now.limits.guide_bytes
    if total <= most:
        return
    # Blame the file that goes over: it names a place to start cutting.
    running, blamed = 0, root
    for size, path in sizes:
        running, blamed = running + size, path
        if running > most:
            break
    largest = ", ".join(
        f"{p.relative_to(root)} ({n / 1048576:.2f} MB)" for n, p in sorted(sizes, reverse=True)[:3] if n >= total / 100
    )
    raise ContentError.at(
        blamed,
        None,
        f"the guide's content files hold {total / 1048576:.1f} MB, {running / 1048576:.1f} MB up to this one; "
        f"a guide may have at most {most / 1048576:g} MB in all: cut the largest ({largest}) "
        f"or split the guide in two, {now.how_to_raise('guide_bytes', max(most * 2, total))}",
    )


def _sizes(root: Path) -> list[tuple[int, Path]]:
    sizes = []
    for path in content_files(root):
        try:
            info = path.stat()
        except OSError:
            continue
        # A file over its own limit is never read; the loader reports it by name.
        if stat.S_ISREG(info.st_mode) and info.st_size <= DEFAULTS.text_bytes:
            sizes.append((info.st_size, path))
    return sizes


def expansion_over_budget(root: Path, documents: list[YamlDocument]) -> list[Problem]:
    """The guide's budget with each YAML file counted at the size its aliases expand to:
    files that each expand within their own limit must not add up past the guide's."""
    grown = [(doc.expanded - len(doc.text), doc.path) for doc in documents if doc.expanded > len(doc.text)]
    total = sum(size for size, _ in _sizes(root)) + sum(extra for extra, _ in grown)
    now = active()
    most = now.limits.guide_bytes
    if not grown or total <= most:
        return []
    extra, path = max(grown)
    return [
        Problem(
            path,
            None,
            f"its aliases (*name) repeat {extra / 1048576:.1f} MB of text, which takes the guide to "
            f"{total / 1048576:.1f} MB, over the {most / 1048576:g} MB a guide may have: "
            "write the text out once instead of repeating it",
        )
    ]
