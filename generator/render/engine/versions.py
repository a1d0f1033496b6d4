"""The version gate: the speed-ups reach into WeasyPrint's, pydyf's and fontTools'
insides, so they run only on the exact versions they were checked with.

On any other version they stay off, the watch says so in one line, and the PDF is
written the plain way (correct, only slower). The versions are read from the installed
distributions, not from the modules, so that a test can pretend another one is there.
"""

from __future__ import annotations

from importlib import metadata

#: The versions the speed-ups were verified with (tests/render/test_engine.py compares their
#: PDFs with and without them, byte for byte).
VERIFIED = {"weasyprint": "70.0", "pydyf": "0.13.0", "fonttools": "4.68.0"}


def installed(distribution: str) -> str | None:
    """The installed version of ``distribution``, or None."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def mismatch() -> str | None:
    """Why the speed-ups must stay off on this installation, or None when they may run."""
    other = {name: installed(name) for name, wanted in VERIFIED.items() if installed(name) != wanted}
    if not other:
        return None
    found = ", ".join(f"{name} {version or 'missing'}" for name, version in other.items())
    wanted = ", ".join(f"{name} {VERIFIED[name]}" for name in other)
    return f"speed-ups off: verified with {wanted}, found {found}; PDFs are written the plain way"
