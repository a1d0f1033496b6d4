"""Part-wise typesetting for the warm ``studyguide watch`` process: after a save, lay out
again only the parts of the guide whose HTML changed.

A guide's ``<body>`` is a sequence of top-level elements — cover, contents, at a glance,
each section, timeline, people, glossary, FAQ, questions, sources, answer key — and each
of them after the cover starts a new page. Such a part's pages depend only on its own
HTML, the stylesheets, its first page number and that page's side. So each part is laid
out as a document of its own, and its pages are kept; the pages of all parts are joined
with ``Document.copy`` and written once, so links, bookmarks and tags are made for the
whole, as in the one-piece build.

What a part laid out alone would get wrong, and how it is put right:

* ``@page :first`` (no running heads) and the strings the cover sets (the guide's title
  in the left running head, the teacher's edition line): each part's document starts
  with the *lead* (everything up to the cover), whose pages are then dropped; the lead
  takes the first page and sets the strings, exactly as in the whole document.
* the page number and side: ``@page :first { counter-reset: page N }`` numbers the lead's
  first page so that the part's first page gets its number in the whole, and
  ``html { break-before: recto | verso }`` puts the lead's first page on its side.
* footnote numbers, which run through the whole guide: ``counter-reset: footnote K``
  on the root continues them from the parts before.
* the contents' page numbers (``target-counter`` to anchors in other parts): the
  contents are laid out with the numbers as literals, read from the other parts'
  laid-out pages, in the stylesheets' own rule (:func:`generator.render.marks.number_rule`
  reads it, a theme's included); when a number changes, the contents are laid out again.

When a part's page count changes, every later part starts on another page: those are
laid out again too (their folios changed), and the contents follow. The one-piece build
(``studyguide build``) does not use this module.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.render.body_parts import Split, Splitter
from generator.render.engine import layout
from generator.render.engine import speedups as speedups_mod
from generator.render.engine.painted import PaintCache, reusing
from generator.render.engine.pdfwriter import proof_level
from generator.render.marks import NumberRule, file_of, number_rule
from generator.render.pdf import RenderedPdf, Typesetting

_TOC_LINK = re.compile(r'<a href="#([^"]+)"')
#: How often the contents and the parts after them may be laid out again in one save
#: before giving up on agreement (never needed more than twice: numbers settle at once).
_ROUNDS = 4


@dataclass
class _Laid:
    """One part's laid-out pages and what they were laid out for."""

    key: tuple
    document: Any
    pages: list
    footnotes: int = 0
    refused: tuple[str, ...] = ()  # what the sandbox refused it: reported on every save, not once


@dataclass(frozen=True)
class _Start:
    """Where a part starts in the whole: the number its lead gets, the footnotes before
    it, and (for the contents) the page number of every anchor it links to."""

    lead_number: int
    footnotes: int
    numbers: dict[str, int]
    rule: NumberRule | None = None  # the stylesheets' page-number rule, given the numbers


class PartwiseTypesetter:
    """Keeps every part's laid-out pages between saves; :meth:`render_pdf` has the
    signature of :func:`generator.render.pdf.render_pdf` and writes the same PDF.

    It installs the engine's speed-ups (replayed pages, kept subsets and streams) unless
    ``speedups`` is false; :attr:`speedups_off` says why they are off, if they are."""

    def __init__(self, speedups: bool = True) -> None:
        self.speedups_off: str | None = speedups_mod.install() if speedups else "speed-ups off: not asked for"
        self._lead: _Laid | None = None
        self._parts: list[_Laid | None] = []
        self._numbers: dict[str, int] = {}
        self._split = Splitter()  # the last HTML's cut: a save's is found by parsing what changed
        self._painted = PaintCache()  # the pages of the last PDF, painted: kept parts' pages are replayed
        self._rule: NumberRule | None = None  # how the stylesheets print the contents' page numbers
        self.laid_out: list[int] = []  # which parts the last call laid out (the lead is -1)

    def render_pdf(
        self,
        html: str,
        guide_root: Path,
        *,
        date: str | None = None,
        variant: str | None = None,
        pdf_options: dict | None = None,
        theme: Path | None = None,
    ) -> RenderedPdf:
        """Typeset ``html`` part by part, laying out only what changed since the last call."""
        pieces = self._split(html)
        context = (str(guide_root), str(theme), pieces.head, pieces.tail)
        self.laid_out = []
        with Typesetting(guide_root, theme) as session:
            self._rule = number_rule(pieces.head, lambda url: _served(session, url))
            lead = self._lay_out_lead(session, pieces, context)
            if len(self._parts) != len(pieces.parts):
                self._parts = [None] * len(pieces.parts)
            for _ in range(_ROUNDS):
                changed = self._lay_out_parts(session, pieces, context, len(lead.pages))
                numbers = self._anchor_pages(lead)
                if not changed and numbers == self._numbers:
                    break
                self._numbers = numbers
            laid_parts = [laid for laid in (lead, *self._parts) if laid]
            # A part kept from an earlier save still has the files it was refused.
            session.fetcher.refused[:] = dict.fromkeys(url for laid in laid_parts for url in laid.refused)
            pages = [page for laid in laid_parts for page in laid.pages]
            with reusing(self._painted), proof_level():
                rendered = session.finish(lead.document, pages, date=date, variant=variant, pdf_options=pdf_options)
            self._painted.keep_only(pages)
            return rendered

    def settle(self) -> None:
        """Collect the garbage of the last save and set the kept pages aside from the
        garbage collector. Call it after the PDF is written, while the author reads it:
        the laid-out pages of a 230-page guide are millions of objects, and a full
        collection that happened to fall inside a save cost it a quarter of a second.
        Objects frozen here and dropped by a later save are freed by the next call."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def _lay_out_lead(self, session: Typesetting, pieces: Split, context: tuple) -> _Laid:
        key = (context, pieces.lead)
        if self._lead is None or self._lead.key != key:
            refused = len(session.fetcher.refused)
            document = session.lay_out(pieces.head + pieces.lead + pieces.tail)
            self._lead = _Laid(key, document, document.pages, refused=tuple(session.fetcher.refused[refused:]))
            self._parts = []
            self.laid_out.append(-1)
        return self._lead

    def _lay_out_parts(self, session: Typesetting, pieces: Split, context: tuple, lead_pages: int) -> bool:
        """Lay out every part whose HTML, first page or contents numbers changed; whether any did."""
        changed = False
        first, footnotes = lead_pages + 1, 0
        for index, part in enumerate(pieces.parts):
            rule = self._rule
            links = _TOC_LINK.findall(part) if rule and rule.container in part else []
            numbers = tuple(self._numbers.get(anchor, 0) for anchor in links)
            key = (context, pieces.lead, part, first, footnotes, numbers)
            laid = self._parts[index]
            if laid is None or laid.key != key:
                start = _Start(first - lead_pages, footnotes, dict(zip(links, numbers, strict=True)), rule)
                refused = len(session.fetcher.refused)
                document = session.lay_out(_part_document(pieces, part, start))
                pages = document.pages[lead_pages:]
                laid = _Laid(key, document, pages, _count_footnotes(pages), tuple(session.fetcher.refused[refused:]))
                self._parts[index] = laid
                self.laid_out.append(index)
                changed = True
            first, footnotes = first + len(laid.pages), footnotes + laid.footnotes
        return changed

    def _anchor_pages(self, lead: _Laid) -> dict[str, int]:
        """Every anchor's page number in the whole (what ``target-counter`` would give)."""
        numbers: dict[str, int] = {}
        pages = [page for laid in (lead, *self._parts) if laid for page in laid.pages]
        for number, page in enumerate(pages, start=1):
            for anchor in page.anchors:
                numbers.setdefault(anchor, number)
        return numbers


def _part_document(pieces: Split, part: str, start: _Start) -> str:
    """One part's HTML: the lead (its pages are dropped after layout), then the part."""
    side = "recto" if start.lead_number % 2 else "verso"
    rules = [
        f"html {{ break-before: {side}; counter-reset: footnote {start.footnotes}; }}",
        # No automatic increment on a page whose counter is reset: the lead's first
        # page shows lead_number itself.
        f"@page :first {{ counter-reset: page {start.lead_number}; }}",
        *(start.rule.literal(a, n) for a, n in start.numbers.items() if start.rule),
    ]
    style = "<style>\n" + "\n".join(rules) + "\n</style>\n"
    head = pieces.head.replace("</head>", style + "</head>", 1)
    return head + pieces.lead + part + pieces.tail


def _served(session: Typesetting, url: str) -> Path:
    """The file the typesetting serves for a stylesheet the HTML links (a theme's first)."""
    for prefix, real in session.fetcher.mounts.items():
        if url.startswith(real):
            url = prefix + url[len(real) :]
    return file_of(session.fetcher.real_url(url))


def _count_footnotes(pages: list) -> int:
    """How many footnotes ``pages`` hold (the footnote counter's increase over them): the
    boxes in their footnote areas (a footnote split over two pages would count twice)."""
    return sum(
        len(area.children)
        for page in pages
        for area in layout.page_box(page).children
        if isinstance(area, layout.FootnoteAreaBox)
    )
