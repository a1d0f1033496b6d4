"""The speed-ups, installed by the code that wants them (the watch), never by an import.

Each reaches into WeasyPrint's or pydyf's insides, so :func:`install` first asks the
version gate (:mod:`generator.render.engine.versions`): on versions other than the ones
they were verified with, nothing is installed and the reason comes back as one line.
The order is fixed here, not left to which module happened to run first: painting is
wrapped last, over the stream methods it records.
"""

from __future__ import annotations

from generator.render.engine import correct, painted, patching, pdfwriter, subsets, versions

#: The speed-ups in the order they are installed.
ORDER = (pdfwriter, subsets, painted)


def install() -> str | None:
    """Install every speed-up (once per process); None, or why they stay off."""
    correct.install()
    reason = versions.mismatch()
    if reason is not None:
        return reason
    for speedup in ORDER:
        speedup.install()
    return None


def uninstall() -> None:
    """Take every speed-up out again (the contract test writes with and without them)."""
    for speedup in reversed(ORDER):
        patching.restore(speedup.GROUP)


def installed() -> bool:
    """Whether the speed-ups are in place."""
    return any(patching.targets(speedup.GROUP) for speedup in ORDER)
