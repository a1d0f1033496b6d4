"""The seam between the project and WeasyPrint: the only package that imports
WeasyPrint's submodules or pydyf, or changes anything inside them.

- this module: WeasyPrint loaded with the bundled fonts only, quietly and fast
  (``HTML``, ``FontConfiguration``, ``URLFetcher``); loading it changes nothing inside
  WeasyPrint, and every module of the package is loaded after it.
- :mod:`.correct`: what every PDF needs (tags, fonts); installed by the typesetting,
  through WeasyPrint's ``finisher`` hook where it can, a registered patch where it cannot.
- :mod:`.speedups`: the watch's speed-ups (:mod:`.painted`, :mod:`.subsets`,
  :mod:`.pdfwriter`), behind the version gate (:mod:`.versions`).
- :mod:`.layout`: the laid-out pages' boxes, for the preflight and the part-wise typesetting.
- :mod:`.patching`: the register of every replaced attribute.
"""

from __future__ import annotations

import ctypes.util
import logging
import os
import re
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from generator.resources import TEMPLATES

# Fontconfig reads this once, when WeasyPrint is imported: it must come first.
_SYSTEM_FONTCONFIG = os.environ.get("FONTCONFIG_FILE")
os.environ["FONTCONFIG_FILE"] = str(TEMPLATES / "fonts" / "fonts.conf")


def environment_for_other_programs() -> dict[str, str]:
    """This process's environment as another program (a web browser) should get it: without
    the fonts-only configuration set above, which leaves a browser with no fonts at all."""
    env = {name: value for name, value in os.environ.items() if name != "FONTCONFIG_FILE"}
    if _SYSTEM_FONTCONFIG is not None:
        env["FONTCONFIG_FILE"] = _SYSTEM_FONTCONFIG
    return env


# Having no system fonts is the point of fonts.conf, not a problem to warn about.
warnings.filterwarnings("ignore", message="No fonts configured in FontConfig")
# The engine subsets fonts itself (engine/fonts.py); WeasyPrint's warning about its own
# fontTools path, at import, concerns a path the build does not take.
warnings.filterwarnings("ignore", message="HarfBuzz-Subset will be required", category=DeprecationWarning)


class _QuietFontToolsFallback(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Using fontTools instead of HarfBuzz-Subset")


logging.getLogger("weasyprint").addFilter(_QuietFontToolsFallback())


@contextmanager
def _no_library_search() -> Iterator[None]:
    """Let WeasyPrint load its C libraries without ctypes searching for them.

    WeasyPrint tries several names for each library (Pango, HarfBuzz …) and
    cffi asks ``ctypes.util.find_library`` about every name that fails to
    load; on Linux each question runs ``ldconfig -p`` and gcc: some fifty
    subprocesses and a quarter of a second on every start. The real sonames
    (``libpango-1.0.so.0`` …) are on WeasyPrint's lists too and load
    directly, so the search only costs time.
    """
    original = ctypes.util.find_library
    if sys.platform.startswith("linux"):
        ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = original


try:
    with _no_library_search():
        import weasyprint
except OSError:  # libraries only a search can find (unusual paths): search after all
    import weasyprint  # noqa: F401
from weasyprint import HTML  # noqa: E402
from weasyprint.text.fonts import FontConfiguration  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402

__all__ = [
    "HTML",
    "FontConfiguration",
    "URLFetcher",
    "served_bytes",
    "environment_for_other_programs",
    "release_font_files",
    "missing_glyphs",
]


def release_font_files(config: FontConfiguration) -> None:
    """Remove the temporary folder into which ``config`` copied the fonts (about 20 MB).

    WeasyPrint removes it when the configuration is deleted, but laid-out text keeps
    references to the configuration until the process ends, and a worker process ends
    with ``os._exit``, which deletes nothing. Its deleter is the only way to the folder
    (checked on WeasyPrint 70); calling it twice is harmless, as it ignores a missing folder.
    """
    release = getattr(type(config), "__del__", None)
    if release is not None:
        release(config)


# WeasyPrint 70 says which characters no font has only in this log message (draw/text.py);
# there is no API for it, so its wording is known here, at the seam, and nowhere else.
_NOTDEF = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.*)"', re.DOTALL)


def missing_glyphs(message: str) -> str | None:
    """The characters a WeasyPrint log message says no font has, or None for another message."""
    match = _NOTDEF.search(message)
    return match.group(1) if match else None


class _BytesNotFile(URLFetcherResponse):
    """A response whose body is not the file its ``file:`` URL names."""

    @property
    def path(self) -> None:
        # WeasyPrint reads a local picture's bytes again from its path when it writes the
        # PDF; bytes made for this document (a picture in grey) must be the ones written.
        return None


def served_bytes(url: str, body: bytes, content_type: str) -> Any:
    """What a URL fetcher returns for ``url`` when it serves ``body`` instead of the file."""
    return _BytesNotFile(url, body=body, headers={"Content-Type": content_type})
