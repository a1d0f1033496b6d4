"""Imposition: a finished half-size PDF → a saddle-stitched booklet of two-up sheets.

Saddle stitching folds a stack of sheets once and staples the spine, so sheet
``i`` (0-based) of an ``n``-page booklet (``n`` a multiple of four) carries, on
its front, pages ``n − 2i`` (left) and ``1 + 2i`` (right), and on its back
``2 + 2i`` (left) and ``n − 1 − 2i`` (right). Printed double-sided with the
sheet flipped on its short edge, folded and stapled, the pages read in order.

Blank pages make up the count to a multiple of four. They go where a reader
expects them: just before a back cover if the booklet has one, otherwise at the
end (they become the inside back cover), never inside a section.

The half pages are laid down unscaled and meet at the sheet's centre, the fold;
a pair of A5 pages (839 pt) is 3 pt narrower than landscape A4 (842 pt), so the
spare width is shared between the outer edges. The viewer preferences ask for
short-edge duplex and no "fit to page" scaling, which would shrink the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from io import BytesIO
from typing import TYPE_CHECKING

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from generator.i18n.catalog import is_rtl
from generator.products import Made
from generator.render.paper import PAPERS

if TYPE_CHECKING:
    from generator.build import Press
    from generator.content.model import Guide
    from generator.jobs import Job

#: Landscape sheets (width, height in points) for each paper that folds into booklet pages.
SHEETS: dict[str, tuple[float, float]] = {name: paper.landscape_points for name, paper in PAPERS.items() if paper.half}

Slot = int | None  # a logical page number (1-based), or None for a blank


@dataclass(frozen=True)
class Side:
    """One side of a sheet: the logical pages on its left and right halves."""

    left: Slot
    right: Slot


@dataclass(frozen=True)
class Sheet:
    front: Side
    back: Side


@dataclass
class Booklet:
    """An imposed booklet and the numbers the user needs to print it."""

    data: bytes
    pages: int  # logical pages of content
    padded: int  # pages after padding: a multiple of four
    sheets: list[Sheet]


def padded_pages(pages: int, back_cover: bool = False) -> list[Slot]:
    """The reading order after padding: page numbers, with None for each blank."""
    if pages < 1:
        raise ValueError("a booklet needs at least one page")
    blanks = [None] * (-pages % 4)
    numbers: list[Slot] = list(range(1, pages + 1))
    if back_cover and pages > 1:
        return numbers[:-1] + blanks + numbers[-1:]
    return numbers + blanks


def saddle_sheets(order: list[Slot], right_bound: bool = False) -> list[Sheet]:
    """Which page goes on which half of which side, for a padded reading order. A book in a
    right-to-left script is bound on its right: every side is the mirror image, so the
    cover lies left of the fold and the pages turn from left to right."""
    n = len(order)
    if n % 4:
        raise ValueError(f"{n} pages: pad to a multiple of four first")
    # Positions are 1-based in the formula; order[] is 0-based.
    at = lambda position: order[position - 1]  # noqa: E731
    side = (lambda outer, inner: Side(inner, outer)) if right_bound else Side
    return [
        Sheet(front=side(at(n - 2 * i), at(1 + 2 * i)), back=side(at(2 + 2 * i), at(n - 1 - 2 * i)))
        for i in range(n // 4)
    ]


def impose_booklet(data: bytes, paper: str, back_cover: bool = False, right_bound: bool = False) -> Booklet:
    """Impose the half-size PDF ``data`` onto landscape ``paper`` sheets (A4 or Letter),
    for binding on the left, or on the right (``right_bound``: Arabic, Hebrew)."""
    reader = PdfReader(BytesIO(data))
    sheet_width, sheet_height = SHEETS[paper]
    sheets = saddle_sheets(padded_pages(len(reader.pages), back_cover), right_bound)
    writer = PdfWriter()
    forms = [_as_form(writer, page) for page in reader.pages]
    for sheet in sheets:
        for side in (sheet.front, sheet.back):
            target = writer.add_blank_page(sheet_width, sheet_height)
            placed = [
                (f"/P{number}", forms[number - 1], left)
                for number, left in ((side.left, True), (side.right, False))
                if number is not None
            ]
            target[NameObject("/Resources")] = DictionaryObject(
                {NameObject("/XObject"): DictionaryObject({NameObject(name): form for name, (form, _), _ in placed})}
            )
            commands = [_draw(name, box, sheet_width, sheet_height, left) for name, (_, box), left in placed]
            content = DecodedStreamObject()
            content.set_data("\n".join(commands).encode("ascii"))
            target[NameObject("/Contents")] = _indirect(writer, content)
    if reader.metadata:
        writer.add_metadata({key: value for key, value in reader.metadata.items() if isinstance(value, str)})
    # the language and the title shown in the viewer's title bar survive imposition;
    # the tags, the outline and the links cannot (they point into pages that no longer exist)
    catalog = reader.root_object
    if "/Lang" in catalog:
        writer.root_object[NameObject("/Lang")] = TextStringObject(str(catalog["/Lang"]))
    preferences = writer.create_viewer_preferences()
    preferences[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    preferences[NameObject("/Duplex")] = NameObject("/DuplexFlipShortEdge")
    preferences[NameObject("/PrintScaling")] = NameObject("/None")
    out = BytesIO()
    writer.write(out)
    return Booklet(out.getvalue(), len(reader.pages), 4 * len(sheets), sheets)


def _as_form(writer: PdfWriter, page: PageObject) -> tuple[IndirectObject, tuple[float, ...]]:
    """A page turned into a form XObject in ``writer``, and its media box.

    Drawing pages as forms shares their fonts and images between sheets instead
    of copying them into every sheet, which keeps the booklet small and fast.
    """
    box = tuple(float(v) for v in page.mediabox)
    page_stream = DecodedStreamObject()
    contents = page.get_contents()
    page_stream.set_data(contents.get_data() if contents is not None else b"")
    form = page_stream.flate_encode()
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(FloatObject(v) for v in box),
            NameObject("/Resources"): page["/Resources"].clone(writer) if "/Resources" in page else DictionaryObject(),
        }
    )
    return _indirect(writer, form), box


def _indirect(writer: PdfWriter, stream: StreamObject) -> IndirectObject:
    """``stream`` added to ``writer`` as an indirect object (a PDF stream must be one).

    Cloning an object that has no reference yet into a writer registers the clone
    there; that is pypdf's public route to a new indirect object."""
    stream.indirect_reference = None
    reference = stream.clone(writer).indirect_reference
    if reference is None:  # pypdf changed how clone() registers objects
        raise RuntimeError("pypdf did not add the booklet's stream to the PDF")
    return reference


def _draw(name: str, box: tuple[float, ...], sheet_width: float, sheet_height: float, left: bool) -> str:
    """PDF operators that lay a page against the fold, left or right, centred in height."""
    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    x = sheet_width / 2 - width if left else sheet_width / 2
    y = (sheet_height - height) / 2
    # the box's origin is not (0, 0) when a page has bleed
    return f"q 1 0 0 1 {x - x0:.3f} {y - y0:.3f} cm {name} Do Q"


def make_booklet(guide: Guide, job: Job, press: Press) -> Made:
    """``<slug>-booklet.pdf``: the guide laid out at half size, imposed two-up for saddle stitching."""
    half = replace(job.render_options(), half_size=True)
    paper = job.paper or guide.meta.paper
    rendered = press.typeset(press.html(half))
    booklet = impose_booklet(rendered.data, paper, back_cover=True, right_bound=is_rtl(guide.meta.language))
    note = (
        f"To print: {len(booklet.sheets)} {paper} sheets ({booklet.padded} booklet pages), "
        "double-sided, flip on short edge, actual size; fold the stack in half and staple the fold."
    )
    return Made(
        {"-booklet.pdf": booklet.data},
        pages=2 * len(booklet.sheets),
        notes=(note,),
        preflight=tuple(rendered.preflight),
    )
