"""HTML → PDF with WeasyPrint, sandboxed.

Every resource WeasyPrint asks for (stylesheets, fonts, images) goes through
:class:`SandboxFetcher`, which serves files from the guide's folder and the
templates only; anything else, the network above all, is refused and reported.
Fonts come only from the bundled set (see ``templates/fonts/fonts.conf``), so
output is the same on every machine and a character no bundled font has is
reported rather than silently drawn as an empty box.
"""

from __future__ import annotations

import ctypes.util
import logging
import os
import re
import sys
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlsplit

from generator.html import TEMPLATES

# Fontconfig reads this once, when WeasyPrint is imported: it must come first.
os.environ["FONTCONFIG_FILE"] = str(TEMPLATES / "fonts" / "fonts.conf")

# Having no system fonts is the point of fonts.conf, not a problem to warn about.
warnings.filterwarnings("ignore", message="No fonts configured in FontConfig")


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
        import weasyprint  # noqa: E402, F401
except OSError:  # libraries only a search can find (unusual paths): search after all
    import weasyprint  # noqa: E402, F401
from weasyprint import HTML  # noqa: E402
from weasyprint.text.fonts import FontConfiguration  # noqa: E402
from weasyprint.urls import URLFetcher  # noqa: E402

_NOTDEF = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.*)"', re.DOTALL)


class RefusedResource(Exception):
    """A resource outside the sandbox; WeasyPrint logs it and skips the resource."""


class SandboxFetcher(URLFetcher):
    """Serves ``file:`` URLs under the allowed folders and ``data:`` URLs; refuses the rest."""

    def __init__(self, roots: list[Path]):
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False, timeout=5)
        self.roots = [Path(root).resolve() for root in roots]
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme == "file":
            # resolve() follows symlinks and '..', so neither can lead outside.
            path = Path(unquote(parts.path)).resolve()
            if path.is_file() and any(path.is_relative_to(root) for root in self.roots):
                return super().fetch(url, headers)
        elif parts.scheme == "data":
            return super().fetch(url, headers)
        self.refused.append(url)
        raise RefusedResource(f"refused {url}")


class _Collector(logging.Handler):
    """Collects what WeasyPrint reports while it renders one document."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.missing: set[str] = set()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        match = _NOTDEF.search(message)
        if match:
            self.missing.update(match.group(1))
        else:
            self.messages.append(message)


@dataclass
class RenderedPdf:
    """A finished PDF and what was learnt while making it."""

    data: bytes
    pages: int
    missing_glyphs: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_FONT_CONFIG: FontConfiguration | None = None


def font_config() -> FontConfiguration:
    """One font configuration per process: the bundled fonts are registered once."""
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        _FONT_CONFIG = FontConfiguration()
    return _FONT_CONFIG


def render_pdf(html: str, guide_root: Path, *, pdf_options: dict | None = None) -> RenderedPdf:
    """Typeset ``html`` (which refers to the guide's images and the templates) into a PDF."""
    fetcher = SandboxFetcher([guide_root, TEMPLATES])
    collector = _Collector()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collector)
    try:
        document = HTML(string=html, base_url=Path(guide_root).resolve().as_uri() + "/",
                        url_fetcher=fetcher).render(font_config=font_config())
        data = document.write_pdf(**(pdf_options or {}))
    finally:
        logger.removeHandler(collector)
    return RenderedPdf(data, len(document.pages), collector.missing, fetcher.refused, collector.messages)


def describe_glyphs(chars: set[str]) -> str:
    """'"日" (U+65E5), "ß" (U+00DF)' — for error messages."""
    return ", ".join(f'"{c}" (U+{ord(c):04X})' for c in sorted(chars))
