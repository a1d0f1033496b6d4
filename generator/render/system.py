"""Which system libraries this machine gives WeasyPrint: Pango is required, and it is
the only one (fonts are subset by the ``uharfbuzz`` wheel: generator/render/engine/fonts.py).

``make`` runs this module before it builds (``python -m generator.render.system``):
without Pango it names the package to install and fails. Nothing here imports
WeasyPrint, so the check costs a few milliseconds.
"""

from __future__ import annotations

import ctypes
import sys

# The names WeasyPrint itself tries (weasyprint/text/ffi.py), Linux, macOS and Windows.
PANGO = ("libpango-1.0.so.0", "libpango-1.0.dylib", "libpango-1.0-0.dll", "libpango-1.0-0")
PANGO_MISSING = (
    "Pango is missing: WeasyPrint cannot typeset without it. Install it with\n"
    "  Debian/Ubuntu:  sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0\n"
    "  Fedora:         sudo dnf install pango\n"
    "  macOS:          brew install pango\n"
    "  Windows:        see README.md (WeasyPrint's MSYS2 instructions)"
)


def loadable(names: tuple[str, ...]) -> bool:
    """Whether the dynamic loader can open one of ``names``."""
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return True
    return False


def main() -> int:
    """Print what is missing; exit 1 only when the build cannot work."""
    if not loadable(PANGO):
        print(PANGO_MISSING, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
