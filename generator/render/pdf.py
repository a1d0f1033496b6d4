"""HTML → PDF with WeasyPrint, sandboxed.

Every resource WeasyPrint asks for (stylesheets, fonts, images) goes through
:class:`SandboxFetcher`, which serves files from the guide's folder, the
templates and the theme folder, if any, only; anything else, the network above all, is refused and reported.
Fonts come only from the bundled set (see ``templates/fonts/fonts.conf``), so
output is the same on every machine and a character no bundled font has is
reported rather than silently drawn as an empty box.

The output is reproducible: its date comes from ``SOURCE_DATE_EPOCH``
(https://reproducible-builds.org/specs/source-date-epoch/) or from the guide,
never from the clock, and it is tagged for accessibility. Archival standards
(PDF/A, PDF/UA) are available as variants.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.content import images as images
from generator.errors import ContentError
from generator.render.engine import (
    HTML,
    FontConfiguration,
    URLFetcher,
    correct,
    missing_glyphs,
    release_font_files,
    served_bytes,
)
from generator.render.engine.patching import EngineMismatch
from generator.render.layout_budget import check_pages, layout_budget
from generator.render.options import PDF_VARIANTS
from generator.render.photocopy import in_grey, prints_for_photocopier
from generator.render.preflight import preflight
from generator.render.theme import layers

#: Where the guide and the templates appear to lie, for every build (see SandboxFetcher).
GUIDE_MOUNT, TEMPLATES_MOUNT = "file:///guide/", "file:///templates/"
#: Options for every PDF: tagged (reading order and structure for screen
#: readers; it costs little, see docs/sandbox.md) and without a clock-based id.
DEFAULT_OPTIONS = {"pdf_tags": True}


class RefusedResource(Exception):
    """A resource outside the sandbox; WeasyPrint logs it and skips the resource."""


class SandboxFetcher(URLFetcher):
    """Serves ``file:`` URLs under the allowed folders and ``data:`` URLs; refuses the rest.

    ``mounts`` map URL prefixes to folders: WeasyPrint names images after a hash
    of their URL, so a document that refers to ``file:///guide/…`` rather than to
    wherever the guide happens to lie gives the same bytes in every folder. A mount
    may stack several folders (a theme over the templates): the first that has the
    file serves it."""

    def __init__(self, roots: list[Path], mounts: dict[str, Path | list[Path]] | None = None):
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False, timeout=5)
        self.roots = [Path(root).resolve() for root in roots]
        self.layers = {
            prefix: [Path(folder).resolve() for folder in (folders if isinstance(folders, list) else [folders])]
            for prefix, folders in (mounts or {}).items()
        }
        # The folder each prefix stands for in the HTML (the last layer: the built-in one).
        self.mounts = {prefix: folders[-1].as_uri() + "/" for prefix, folders in self.layers.items()}
        self.refused: list[str] = []
        self.served: list[Path] = []  # files read, so that the up-to-date check fingerprints them
        self.greyscale = False  # serve raster pictures in grey (the photocopy print option)

    def real_url(self, url: str) -> str:
        """``url`` with a mount prefix replaced by the first of its folders that has the file."""
        for prefix, folders in self.layers.items():
            if url.startswith(prefix):
                rest = unquote(url[len(prefix) :].split("?", 1)[0].split("#", 1)[0])
                found = next((folder for folder in folders if (folder / rest).is_file()), folders[-1])
                return found.as_uri() + "/" + url[len(prefix) :]
        return url

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> Any:
        url = self.real_url(url)
        parts = urlsplit(url)
        if parts.scheme == "file":
            # resolve() follows symlinks and '..', so neither can lead outside.
            path = Path(unquote(parts.path)).resolve()
            # is_file() is false for devices and pipes (/dev/zero never ends).
            if path.is_file() and any(path.is_relative_to(root) for root in self.roots):
                self.served.append(path)
                if self.greyscale and path.suffix.lower() in images.FORMATS:
                    grey = in_grey(path.read_bytes())
                    if grey is not None:
                        return served_bytes(url, *grey)
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
        missing = missing_glyphs(message)
        if missing is not None:
            self.missing.update(missing)
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
    read: list[Path] = field(default_factory=list)  # the files WeasyPrint was served
    preflight: list = field(default_factory=list)  # preflight.Finding: layout defects


_FONT_CONFIG: FontConfiguration | None = None


def font_config() -> FontConfiguration:
    """One font configuration per process: the bundled fonts are registered once."""
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        _FONT_CONFIG = FontConfiguration()
        # Its fonts are copied into a temporary folder; a worker process ends without
        # deleting anything, so the folder is removed by a finalizer, which multiprocessing
        # runs at the exit of a worker and of the main process alike.
        from multiprocessing.util import Finalize

        Finalize(None, release_font_files, args=(_FONT_CONFIG,), exitpriority=0)
    return _FONT_CONFIG


def render_pdf(
    html: str,
    guide_root: Path,
    *,
    date: str | None = None,
    variant: str | None = None,
    pdf_options: dict | None = None,
    theme: Path | None = None,
) -> RenderedPdf:
    """Typeset ``html`` (which refers to the guide's images and the templates) into a PDF.

    ``date`` (W3C date or date-time) becomes the creation and modification date;
    ``variant`` is one of :data:`PDF_VARIANTS`; a ``theme`` folder's files replace the
    templates' files of the same name.
    """
    with Typesetting(guide_root, theme) as session:
        document = session.lay_out(html)
        return session.finish(document, document.pages, date=date, variant=variant, pdf_options=pdf_options)


class Typesetting:
    """One sandboxed typesetting of a guide: lays out one or more HTML documents, then
    writes chosen pages of them as one PDF. A context manager: what WeasyPrint reports
    meanwhile is collected (see :class:`RenderedPdf`)."""

    def __init__(self, guide_root: Path, theme: Path | None = None) -> None:
        self.guide_root = Path(guide_root)
        templates = layers(theme)
        mounts: dict[str, Path | list[Path]] = {GUIDE_MOUNT: self.guide_root, TEMPLATES_MOUNT: templates}
        self.fetcher = SandboxFetcher([self.guide_root, *templates], mounts)
        self.collector = _Collector()
        try:
            correct.install()  # tags and font subsets as every PDF needs them (once per process)
        except EngineMismatch as exc:  # a wrong PDF is worse than none: stop, saying why
            raise ContentError.at(self.guide_root, None, str(exc)) from None

    def __enter__(self) -> Typesetting:
        logging.getLogger("weasyprint").addHandler(self.collector)
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger("weasyprint").removeHandler(self.collector)

    def lay_out(self, html: str) -> Any:
        """``html`` laid out into a WeasyPrint ``Document``, within the layout budget."""
        for prefix, real in self.fetcher.mounts.items():
            html = html.replace(real, prefix)
        self.fetcher.greyscale = prints_for_photocopier(html)
        with layout_budget(self.guide_root, html):
            return HTML(string=html, base_url=GUIDE_MOUNT, url_fetcher=self.fetcher).render(font_config=font_config())

    def finish(
        self,
        document: Any,
        pages: list,
        *,
        date: str | None = None,
        variant: str | None = None,
        pdf_options: dict | None = None,
    ) -> RenderedPdf:
        """``pages`` (from ``document`` or from several documents) written as one PDF with
        ``document``'s metadata: links, bookmarks and tags are made once, for the whole."""
        if variant is not None and variant not in PDF_VARIANTS:
            raise ValueError(f"unknown PDF variant {variant!r}")
        check_pages(self.guide_root, len(pages))
        options = {**DEFAULT_OPTIONS, **(pdf_options or {})}
        if variant:
            options["pdf_variant"] = variant
        findings = preflight(pages)  # the laid-out pages, before they become PDF
        whole = document if pages is document.pages else document.copy(pages)
        whole.metadata.created = whole.metadata.modified = date
        return RenderedPdf(
            whole.write_pdf(finisher=correct.finisher, **options),
            len(pages),
            self.collector.missing,
            self.fetcher.refused,
            self.collector.messages,
            read=self.fetcher.served,
            preflight=findings,
        )


def describe_glyphs(chars: set[str]) -> str:
    """'"日" (U+65E5), "ß" (U+00DF)' — for error messages."""
    return ", ".join(f'"{c}" (U+{ord(c):04X})' for c in sorted(chars))
