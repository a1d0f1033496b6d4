"""The guide-wide budget: how much content one guide may have, and how long it may take.

Each file already has its own limits (:mod:`generator.content.files`), but many files
just under them add up to a build that runs for minutes and needs gigabytes. These
limits bound the whole guide, and each error names what to cut. docs/sandbox.md
lists them all.
"""

from __future__ import annotations

import ctypes
import signal
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from generator.content.files import MAX_TEXT_BYTES, YamlDocument
from generator.errors import ContentError, Problem

#: All content files of one guide together (the default guide has 84 KB).
MAX_GUIDE_BYTES = 2 * 1024 * 1024
#: Entries in one list file: timeline events, glossary terms, questions …
MAX_ENTRIES = 1000
#: Pages of the booklet.
MAX_PAGES = 400
#: Seconds WeasyPrint may spend laying the booklet out.
LAYOUT_SECONDS = 25.0


class OutOfTime(BaseException):
    """Raised inside a library when its time is up (a BaseException so no ``except
    Exception`` in the library swallows it)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`OutOfTime` after ``seconds``: by a timer signal
    in the main thread, by an exception set into the thread from a timer elsewhere (the
    watch typesets its PDF in a second thread)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_time_limit(seconds):
            yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise OutOfTime()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_time_limit(seconds: float) -> Iterator[None]:
    # Python raises an asynchronous exception at the thread's next bytecode, so pure-Python
    # layout stops within moments; the lock makes sure it can only land while the block,
    # or this function's own clean-up, is still running. It is set again every 0.1 s until
    # the block ends, because one that lands inside a C library's callback is printed and
    # dropped there.
    target = threading.get_ident()
    lock = threading.Lock()
    finished = False
    timers: list[threading.Timer] = []

    def expire() -> None:
        with lock:
            if finished:
                return
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(OutOfTime))
            start(0.1)

    def start(delay: float) -> None:
        timer = threading.Timer(delay, expire)
        timer.daemon = True
        timers.append(timer)
        timer.start()

    start(seconds)
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
    """Refuse a guide whose content files are together over MAX_GUIDE_BYTES, before any is read.

    Sizes come from stat() and regular files only: nothing is opened, and a pipe or a
    device is left to the loader, which reports it."""
    sizes = _sizes(root)
    total = sum(size for size, _ in sizes)
    if total <= MAX_GUIDE_BYTES:
        return
    # Blame the file that goes over: it names a place to start cutting.
    running, blamed = 0, root
    for size, path in sizes:
        running, blamed = running + size, path
        if running > MAX_GUIDE_BYTES:
            break
    largest = ", ".join(
        f"{p.relative_to(root)} ({n / 1048576:.2f} MB)" for n, p in sorted(sizes, reverse=True)[:3] if n >= total / 100
    )
    raise ContentError.at(
        blamed,
        None,
        f"the guide's content files hold {total / 1048576:.1f} MB, {running / 1048576:.1f} MB up to this one; "
        f"a guide may have at most {MAX_GUIDE_BYTES // 1048576} MB in all: cut the largest ({largest}) "
        "or split the guide in two",
    )


def _sizes(root: Path) -> list[tuple[int, Path]]:
    sizes = []
    for path in content_files(root):
        try:
            info = path.stat()
        except OSError:
            continue
        # A file over its own limit is never read; the loader reports it by name.
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_TEXT_BYTES:
            sizes.append((info.st_size, path))
    return sizes


def expansion_over_budget(root: Path, documents: list[YamlDocument]) -> list[Problem]:
    """The guide's budget with each YAML file counted at the size its aliases expand to:
    files that each expand within their own limit must not add up past the guide's."""
    grown = [(doc.expanded - len(doc.text), doc.path) for doc in documents if doc.expanded > len(doc.text)]
    total = sum(size for size, _ in _sizes(root)) + sum(extra for extra, _ in grown)
    if not grown or total <= MAX_GUIDE_BYTES:
        return []
    extra, path = max(grown)
    return [
        Problem(
            path,
            None,
            f"its aliases (*name) repeat {extra / 1048576:.1f} MB of text, which takes the guide to "
            f"{total / 1048576:.1f} MB, over the {MAX_GUIDE_BYTES // 1048576} MB a guide may have: "
            "write the text out once instead of repeating it",
        )
    ]


def too_long(root: Path, what: str) -> ContentError:
    """The error for a booklet over its page or layout-time budget, at its largest file."""
    largest = max(content_files(root), key=lambda p: p.stat().st_size if p.is_file() else 0, default=root)
    return ContentError.at(
        largest,
        None,
        f"the booklet {what}: cut this file, the guide's largest, or other long texts, or split the guide in two",
    )
