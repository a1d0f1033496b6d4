"""Run one job: load the guide, let its product make the files, write them together.

This is where the rendering stack is loaded; :mod:`generator.jobs` decides
which jobs run and where, and :mod:`generator.products` lists what each product
makes. The outputs of one job are written with
:func:`generator.outputs.replace_together`: all of them or none, so a failed or
interrupted build never leaves a damaged file, nor a PDF beside a stale HTML.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator.content.load import load_guide
from generator.content.markup import MarkdownRenderer
from generator.content.model import Guide
from generator.errors import ContentError, Problem
from generator.jobs import Built, Job
from generator.limits import DEFAULTS, Limits, building, catalogue_limits
from generator.outputs import replace_together, write_atomically
from generator.products import PRODUCTS, output_name
from generator.render.html import RenderOptions, guide_date, render_html
from generator.render.options import chosen_options, document_date

if TYPE_CHECKING:
    from collections.abc import Callable

    from generator.render.pdf import RenderedPdf

    #: A typesetter with the signature of generator.render.pdf.render_pdf.
    Render = Callable[..., RenderedPdf]

__all__ = ["Press", "build", "build_guide", "check_guide", "typeset", "write_atomically"]


class Press:
    """What a product's maker works with: one loaded guide, its Markdown renderer, its
    HTML per set of options (made once), and a typesetter that remembers which files it
    read (the stamp fingerprints them)."""

    def __init__(
        self,
        guide: Guide,
        renderer: MarkdownRenderer,
        theme: Path | None = None,
        render: Render | None = None,
        limits: tuple[Limits, Path | None] = (DEFAULTS, None),
    ) -> None:
        self.guide = guide
        self.renderer = renderer
        self.theme = theme
        self.render = render
        self.limits, self.config = limits  # the catalogue's (generator.limits), and its studyguide.toml
        self.read: list[Path] = []
        self._pages: dict[RenderOptions, str] = {}

    @classmethod
    def load(cls, root: Path, theme: Path | None = None) -> Press:
        """Load the guide in ``root`` within its catalogue's limits; raises ContentError on any content mistake."""
        limits, config = catalogue_limits(Path(root))
        with building(limits, "the guide", config):
            renderer = MarkdownRenderer()
            return cls(load_guide(Path(root), renderer), renderer, theme, limits=(limits, config))

    def html(self, options: RenderOptions) -> str:
        if options not in self._pages:
            self._pages[options] = render_html(self.guide, options, self.renderer)
        return self._pages[options]

    def typeset(self, html: str, variant: str | None = None) -> RenderedPdf:
        rendered = typeset(self.guide, html, variant, self.theme, self.render)
        self.read += rendered.read
        return rendered


def build(job: Job, render: Render | None = None, press: Press | None = None) -> Built:
    """Run ``job``; raises ContentError on any content mistake, OutputError if the output folder refuses.
    ``render`` typesets in place of :func:`generator.render.pdf.render_pdf` (the watch's part-wise one);
    ``press``, the guide loaded for this version of its files already (the watch's preview did)."""
    started = time.perf_counter()
    root, output = Path(job.folder), Path(job.output)
    _refuse_output_inside(root, output)
    if press is None:
        press = Press.load(root, Path(job.theme) if job.theme else None)
    press.render, press.read = render, []
    guide = press.guide
    product = PRODUCTS[job.product]
    # guide.yaml's print: block adds its options to the command line's, where the product takes
    # them; the result (and so the stamp) stays the planned job's
    made_as = replace(job, print_options=chosen_options(job.print_options, guide.meta.print, product.print_options))
    with building(press.limits, _title(job.product), press.config):
        made = product.make()(guide, made_as, press)
    files = {
        output / output_name(guide.slug, job.edition, suffix, made_as.print_options): data
        for suffix, data in made.files.items()
    }
    replace_together(files)
    main = list(files.values())[-1]
    return Built(
        job,
        outputs=tuple(files),
        pages=made.pages,
        size=len(main.encode("utf-8") if isinstance(main, str) else main),
        seconds=time.perf_counter() - started,
        warnings=(*guide.warnings, *layout_warnings(guide, list(made.preflight))),
        notes=made.notes,
        left_out=made.left_out,
        read=(*guide.inputs, *press.read),
        page=made.page,
    )


def build_guide(
    root: Path,
    output: Path,
    options: RenderOptions = RenderOptions(),
    html_only: bool = False,
    pdf_variant: str | None = None,
    product: str = "guide",
    render: Render | None = None,
    press: Press | None = None,
) -> Built:
    """Build one product of one guide folder into ``output`` now, without stamps or workers
    (the preview server and tests); raises ContentError on any content mistake.

    ``pdf_variant`` (e.g. ``pdf/a-3b``) selects an archival PDF standard."""
    theme = str(options.theme) if options.theme else None
    job = Job(Path(root), product, Path(output), options.paper, options.edition, html_only, pdf_variant, theme=theme)
    return build(job, render, press)


def typeset(
    guide: Guide, html: str, variant: str | None = None, theme: Path | None = None, render: Render | None = None
) -> RenderedPdf:
    """HTML → PDF, dated from the content (or SOURCE_DATE_EPOCH), never the clock;
    a resource outside the guide or a character no font has is a content error."""
    from generator.render.pdf import describe_glyphs, render_pdf  # WeasyPrint loads slowly

    rendered = (render or render_pdf)(
        html, guide.root, date=document_date(guide_date(guide)), variant=variant, theme=theme
    )
    problems = [
        Problem(
            *guide.locate(url),
            f"'{url}' is outside the guide's folder or on the network; only files inside the guide may be used",
        )
        for url in rendered.refused
    ]
    if rendered.missing_glyphs:
        first = sorted(rendered.missing_glyphs)[0]
        problems.append(
            Problem(
                *guide.locate(first),
                "no bundled font has the characters "
                f"{describe_glyphs(rendered.missing_glyphs)}: they would print as empty "
                "boxes; remove them or add a font that covers them to templates/fonts",
            )
        )
    if problems:
        raise ContentError(problems)
    return rendered


def layout_warnings(guide: Guide, findings: list) -> list[Problem]:
    """Preflight findings (see generator.render.preflight) as warnings at the
    content file and line whose text the box shows."""
    problems = []
    for finding in findings:
        where = f"page {finding.page}: " if finding.page else ""
        shown = f' ("{finding.text[:40]}")' if finding.text else ""
        problems.append(Problem(*_locate_text(guide, finding.text), f"layout: {where}{finding.message}{shown}"))
    return problems


def _locate_text(guide: Guide, text: str) -> tuple[Path, int | None]:
    """Where typeset text came from: typographic quotes and hyphenation make it
    differ from the source, so its plain runs of words are looked for. The file that
    holds the most of them wins: a timeline title repeated in a section's sentence must
    not draw a warning about that sentence to timeline.yaml."""
    runs = sorted(re.findall(r"[A-Za-z0-9][A-Za-z0-9 ,.;:()]{3,}[A-Za-z0-9]", text or ""), key=len, reverse=True)[:5]
    if not runs:
        return guide.root, None
    # sections first: on a tie, the text is a section's (where most of a booklet's lines are)
    origins = {section.path: section.origin for section in guide.sections}
    for record in guide.records():
        if record.origin.text:
            origins.setdefault(record.origin.path, record.origin)
    held = {path: [run for run in runs if run[:40] in origin.text] for path, origin in origins.items()}
    best = max(held, key=lambda path: (len(held[path]), sum(map(len, held[path]))), default=None)
    if best is None or not held[best]:
        return guide.root, None
    origin = origins[best]
    return best, origin.line_containing(held[best][0][:40])


def _refuse_output_inside(root: Path, output: Path) -> None:
    if Path(output).resolve().is_relative_to(Path(root).resolve()):
        # A build never writes into content: the guide would change under its author.
        raise ContentError.at(
            Path(output), None, "the output folder is inside the guide's folder: choose another --output"
        )


def check_guide(root: Path) -> Guide:
    """Validate one guide without rendering it."""
    return Press.load(root).guide


def layout_check(root: Path, options: RenderOptions = RenderOptions()) -> list[Problem]:
    """The layout preflight's warnings for one guide, without writing anything (laid out with
    the print options its guide.yaml turns on for the guide)."""
    press = Press.load(root)
    chosen = chosen_options(options.print, press.guide.meta.print, PRODUCTS["guide"].print_options)
    options = replace(options, print=chosen)
    with building(press.limits, "the guide", press.config):
        return layout_warnings(press.guide, press.typeset(press.html(options)).preflight)


def _title(product: str) -> str:
    """What a message calls the product: 'the booklet', "the teacher's copy"."""
    named = PRODUCTS[product].help.split(":")[0]
    return named if named.startswith("the ") and len(named) < 30 else f"the {product}"
