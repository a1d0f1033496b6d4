"""Flashcards: glossary terms, people and timeline events, fronts and backs.

Cards are set in a grid (2 × 4 on A4 and Letter), fronts on odd pages and
backs on the even page after. A sheet printed double-sided and flipped on its
long edge turns over left to right, so the back of the card in row ``r``,
column ``c`` lies at row ``r``, column ``cols − 1 − c``: each back row is the
front row reversed. The grid is centred on the page, so the mirror axis is the
page's centre line and backs land behind their fronts. Cut marks sit in the
margin at every grid line; the backs carry the same marks at the same places.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.content.dates import format_span
from generator.content.model import Guide
from generator.products import Made
from generator.render.html import RenderOptions, finish_html, render_template, stylesheets
from generator.render.labels import merged_labels
from generator.render.paper import PAPERS

if TYPE_CHECKING:
    from generator.build import Press
    from generator.jobs import Job

#: Paper → (page width, page height, card width, card height) in mm, and the grid.
LAYOUTS: dict[str, tuple[float, float, float, float]] = {
    name: (paper.width_mm, paper.height_mm, *paper.card) for name, paper in PAPERS.items() if paper.card
}
COLUMNS, ROWS = 2, 4
LONG_BACK = 330  # characters: longer backs are set a size smaller so they fit the card


@dataclass(frozen=True)
class Card:
    """One flashcard: what the front asks, what the back answers."""

    kind: str  # "glossary", "people" or "timeline": the label naming the deck
    front: str
    front_note: str | None
    back_title: str | None
    back: str

    @property
    def long(self) -> bool:
        return len(self.back) + len(self.back_title or "") > LONG_BACK


@dataclass(frozen=True)
class Cell:
    """A card's place on a page (row, column) and position in mm from the page's top left."""

    row: int
    column: int
    left: float
    top: float
    card: Card | None  # None: an empty place on the last sheet


@dataclass(frozen=True)
class CardPage:
    side: str  # "front" or "back"
    cells: list[Cell]


def guide_cards(guide: Guide) -> list[Card]:
    """Every card of the guide: glossary, then people, then the timeline in order."""
    lang = guide.meta.language
    cards = [Card("glossary", t.term, t.native, None, t.definition) for t in guide.glossary]
    cards += [Card("people", p.name, p.native, p.dates, p.role or "") for p in guide.people]
    cards += [
        Card("timeline", format_span(e.span, lang, eras=guide.meta.eras), None, e.title, e.detail or "")
        for e in guide.events
    ]
    return cards


def card_pages(cards: list[Card], paper: str) -> list[CardPage]:
    """Front and back pages in print order; back rows are mirrored for long-edge duplex."""
    page_width, page_height, width, height = LAYOUTS[paper]
    left0 = (page_width - COLUMNS * width) / 2
    top0 = (page_height - ROWS * height) / 2
    per_page = COLUMNS * ROWS
    pages = []
    for start in range(0, len(cards), per_page):
        chunk: list[Card | None] = [*cards[start : start + per_page]]
        chunk += [None] * (per_page - len(chunk))

        def cell(row: int, column: int, card: Card | None) -> Cell:
            return Cell(row, column, left0 + column * width, top0 + row * height, card)

        front = [cell(r, c, chunk[r * COLUMNS + c]) for r in range(ROWS) for c in range(COLUMNS)]
        back = [cell(r, COLUMNS - 1 - c, chunk[r * COLUMNS + c]) for r in range(ROWS) for c in range(COLUMNS)]
        pages += [CardPage("front", front), CardPage("back", back)]
    return pages


def cut_marks(paper: str) -> list[dict]:
    """Short lines in the margin, in line with every edge of the grid (mm)."""
    page_width, page_height, width, height = LAYOUTS[paper]
    left0 = (page_width - COLUMNS * width) / 2
    top0 = (page_height - ROWS * height) / 2
    gap, length = 2.0, 6.0  # the mark stops short of the card so a cut never shows it
    marks = []
    for c in range(COLUMNS + 1):
        x = left0 + c * width
        marks.append({"x": x, "y": top0 - gap - length, "w": 0, "h": length})
        marks.append({"x": x, "y": top0 + ROWS * height + gap, "w": 0, "h": length})
    for r in range(ROWS + 1):
        y = top0 + r * height
        marks.append({"x": left0 - gap - length, "y": y, "w": length, "h": 0})
        marks.append({"x": left0 + COLUMNS * width + gap, "y": y, "w": length, "h": 0})
    return marks


def render_cards_html(guide: Guide, options: RenderOptions = RenderOptions()) -> str:
    """The flashcards as one HTML document for WeasyPrint."""
    paper = options.paper or guide.meta.paper
    page_width, page_height, width, height = LAYOUTS[paper]
    return finish_html(
        render_template(
            options.theme,
            "cards.html.j2",
            meta=guide.meta,
            lang=guide.meta.language,
            labels=merged_labels(guide.meta.labels, guide.meta.language, guide.meta.eras),
            print_options=options.print,
            pages=card_pages(guide_cards(guide), paper),
            marks=cut_marks(paper),
            size={"page_width": page_width, "page_height": page_height, "width": width, "height": height},
            css_urls=stylesheets("print.css", "cards.css"),
        )
    )


def make_cards(guide: Guide, job: Job, press: Press) -> Made:
    """``<slug>-cards.pdf``: fronts and mirrored backs on alternate pages."""
    rendered = press.typeset(render_cards_html(guide, job.render_options()))
    paper = job.paper or guide.meta.paper
    note = f"To print: {paper}, double-sided, flip on long edge, actual size; cut along the marks."
    return Made({"-cards.pdf": rendered.data}, pages=rendered.pages, notes=(note,), preflight=tuple(rendered.preflight))
