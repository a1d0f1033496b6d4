"""Build guides: load → HTML → PDF, written atomically into the output folder.

An output file is first written beside its final name and then renamed over
it, so a failed or interrupted build never leaves a damaged PDF where a good
one stood.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator.content.load import load_guide
from generator.content.markup import MarkdownRenderer
from generator.content.model import Guide
from generator.errors import ContentError, Problem
from generator.render.html import RenderOptions, guide_date, render_html
from generator.render.options import document_date
from generator.render.share import shareable_html

if TYPE_CHECKING:
    from generator.render.pdf import RenderedPdf


@dataclass
class BuildResult:
    """What building one guide produced."""

    slug: str
    pdf: Path | None
    html: Path
    pages: int = 0
    size: int = 0
    seconds: float = 0.0
    warnings: list[Problem] = field(default_factory=list)
    page: str = ""  # the HTML as typeset, linking its stylesheets and fonts (the live preview serves it)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); an output is as readable as any new file.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def output_name(guide: Guide, options: RenderOptions, suffix: str) -> str:
    """``<slug>.pdf``, ``<slug>-teacher.pdf`` …: one name per product."""
    variant = "-teacher" if options.edition == "teacher" else ""
    return f"{guide.slug}{variant}{suffix}"


def build_guide(
    root: Path,
    output: Path,
    options: RenderOptions = RenderOptions(),
    html_only: bool = False,
    pdf_variant: str | None = None,
) -> BuildResult:
    """Build one guide folder into ``output``; raises ContentError on any content mistake.

    ``pdf_variant`` (e.g. ``pdf/a-3b``) selects an archival PDF standard."""
    started = time.perf_counter()
    _refuse_output_inside(root, output)
    renderer = MarkdownRenderer()
    guide = load_guide(Path(root), renderer)
    html = render_html(guide, options, renderer)
    html_path = output / output_name(guide, options, ".html")
    result = BuildResult(guide.slug, None, html_path, warnings=list(guide.warnings), page=html)
    if not html_only:
        rendered = typeset(guide, html, pdf_variant, options.theme)
        pdf_path = output / output_name(guide, options, ".pdf")
        write_atomically(pdf_path, rendered.data)
        result.pdf, result.pages, result.size = pdf_path, rendered.pages, len(rendered.data)
    write_atomically(html_path, shareable_html(html, guide.root, options.theme))
    result.seconds = time.perf_counter() - started
    return result


def typeset(guide: Guide, html: str, variant: str | None = None, theme: Path | None = None) -> RenderedPdf:
    """HTML → PDF, dated from the content (or SOURCE_DATE_EPOCH), never the clock;
    a resource outside the guide or a character no font has is a content error."""
    from generator.render.pdf import describe_glyphs, render_pdf  # WeasyPrint loads slowly

    rendered = render_pdf(html, guide.root, date=document_date(guide_date(guide)), variant=variant, theme=theme)
    problems = [
        Problem(
            *_locate(guide, url),
            f"'{url}' is outside the guide's folder or on the network; only files inside the guide may be used",
        )
        for url in rendered.refused
    ]
    if rendered.missing_glyphs:
        first = sorted(rendered.missing_glyphs)[0]
        problems.append(
            Problem(
                *_locate(guide, first),
                "no bundled font has the characters "
                f"{describe_glyphs(rendered.missing_glyphs)}: they would print as empty "
                "boxes; remove them or add a font that covers them to templates/fonts",
            )
        )
    if problems:
        raise ContentError(problems)
    return rendered


def _refuse_output_inside(root: Path, output: Path) -> None:
    if Path(output).resolve().is_relative_to(Path(root).resolve()):
        # A build never writes into content: the guide would change under its author.
        raise ContentError.at(
            Path(output), None, "the output folder is inside the guide's folder: choose another --output"
        )


def check_guide(root: Path) -> Guide:
    """Validate one guide without rendering it."""
    return load_guide(Path(root))


def _locate(guide: Guide, needle: str) -> tuple[Path, int | None]:
    """The first content file and line where ``needle`` appears, for error messages."""
    for path in guide.inputs:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        index = text.find(needle)
        if index >= 0:
            return path, text.count("\n", 0, index) + 1
    return guide.root, None


# ---- Print products: booklet, handout, flashcards ---------------------------------


@dataclass
class ProductResult:
    """What building one print product produced."""

    slug: str
    pdf: Path
    pages: int  # pages in the written PDF (sheet sides for the booklet)
    size: int
    seconds: float
    paper: str
    sheets: int = 0  # booklet: sheets of paper to print, fold and staple
    logical_pages: int = 0  # booklet: half-size pages, padding included
    dropped: list[str] = field(default_factory=list)  # handout: what did not fit


def build_booklet(root: Path, output: Path, options: RenderOptions = RenderOptions()) -> ProductResult:
    """``<slug>-booklet.pdf``: laid out at half size, imposed two-up for saddle stitching."""
    from generator.products.booklet import impose_booklet

    def make(guide: Guide, renderer: MarkdownRenderer, result: ProductResult) -> bytes:
        half = replace(options, half_size=True)
        rendered = typeset(guide, render_html(guide, half, renderer), theme=options.theme)
        booklet = impose_booklet(rendered.data, result.paper)
        result.sheets, result.logical_pages = len(booklet.sheets), booklet.padded
        return booklet.data

    return _build_product(root, output, options, "-booklet.pdf", make)


def build_handout(root: Path, output: Path, options: RenderOptions = RenderOptions()) -> ProductResult:
    """``<slug>-handout.pdf``: one double-sided sheet; what does not fit is dropped and listed."""
    from generator.products.handout import fit_handout

    def make(guide: Guide, renderer: MarkdownRenderer, result: ProductResult) -> bytes:
        fitted = fit_handout(guide, options, lambda html: typeset(guide, html, theme=options.theme), renderer)
        result.dropped = fitted.dropped
        return fitted.data

    return _build_product(root, output, options, "-handout.pdf", make)


def build_cards(root: Path, output: Path, options: RenderOptions = RenderOptions()) -> ProductResult:
    """``<slug>-cards.pdf``: flashcards, fronts and mirrored backs on alternate pages."""
    from generator.products.cards import render_cards_html

    def make(guide: Guide, renderer: MarkdownRenderer, result: ProductResult) -> bytes:
        return typeset(guide, render_cards_html(guide, options), theme=options.theme).data

    return _build_product(root, output, options, "-cards.pdf", make)


def _build_product(root: Path, output: Path, options: RenderOptions, suffix: str, make) -> ProductResult:
    """Load the guide, let ``make`` produce the PDF bytes, write them atomically."""
    from pypdf import PdfReader

    started = time.perf_counter()
    _refuse_output_inside(root, output)
    renderer = MarkdownRenderer()
    guide = load_guide(Path(root), renderer)
    path = output / output_name(guide, options, suffix)
    result = ProductResult(guide.slug, path, 0, 0, 0.0, options.paper or guide.meta.paper)
    data = make(guide, renderer, result)
    write_atomically(path, data)
    result.pages, result.size = len(PdfReader(path).pages), len(data)
    result.seconds = time.perf_counter() - started
    return result
