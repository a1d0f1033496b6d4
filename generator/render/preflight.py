"""Layout preflight: the build reads its own laid-out pages before writing the PDF.

WeasyPrint's ``HTML.render()`` gives the page boxes with every line placed;
this module walks them and reports what a book designer would mark on a proof:

- a heading, year label or box opener that is the last thing on its page
  (writing lines drawn below a label on the same page count as following it);
- a page less than 60 % full that does not end a part (the next page does not
  open a part or section, and it is not the last page; a card sheet's back
  does not count as a next page);
- text under 8 pt, or closer than 8 mm to the paper's edge;
- a line wider than its box, or anything beyond the page;
- a body measure (the median characters per full line of running text)
  outside 55–80 characters.

Each finding names its page and the text of the box that produced it; the
build turns that text into the content file and line it came from.
"""

from __future__ import annotations

import statistics
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from generator.render.engine import layout as boxes
from generator.render.marks import MARKS

PX_PER_MM = 96 / 25.4
PX_PER_PT = 96 / 72
MIN_SIZE_PT = 8.0
MIN_EDGE_MM = 8.0
MIN_FILL = 0.6
MEASURE = (55, 80)
#: A block whose last line ends a page is an orphaned opener when it is one of these.
OPENERS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# The class names it looks for are the templates' (one table: render/marks.py).
OPENER_CLASSES, PART_STARTS, BACK_PAGE = MARKS.openers, MARKS.part_starts, MARKS.back_page


@dataclass(frozen=True)
class Finding:
    """One preflight warning: where (1-based page), what, and the text that shows it."""

    page: int
    message: str
    text: str = ""


@dataclass
class _Line:
    box: boxes.LineBox
    chain: tuple  # the elements from the root to the line's block, outermost first
    text: str
    container: Any = None  # the block box the line sits in


@dataclass
class _Reading:
    """What preflight reads off one page alone; findings carry page 0 until placed."""

    flow: list[_Line]  # the lines of the page's flow: not in margins or footnotes
    own: list[Finding]  # small or near-edge text, overflow
    opener_last: bool  # its last line opens something that follows on the next page
    fill: float
    back: bool  # the back of a sheet of cards
    starts_part: bool
    body: list[_Line]  # lines of running prose, for the measure
    figures: frozenset[tuple[int, str, str]] = frozenset()  # (figure, "picture" or "caption", text) on this page


#: Each page's reading, for as long as the page lives: the watch keeps the pages of the
#: parts a save did not touch, and reads only the new ones (230 pages: 0.15 s a save).
_READINGS: weakref.WeakKeyDictionary[Any, _Reading] = weakref.WeakKeyDictionary()


def preflight(pages: list) -> list[Finding]:
    """Every finding for a rendered document's pages (``Document.pages``)."""
    findings: list[Finding] = []
    readings = [_read(page) for page in pages]
    body_lines: list[_Line] = []
    for number, reading in enumerate(readings, start=1):
        findings += [replace(finding, page=number) for finding in reading.own]
        if reading.flow:
            last = reading.flow[-1]
            if number < len(pages) and reading.opener_last:
                findings.append(Finding(number, "a heading or label is the last line on the page", last.text))
            # a sheet's back (flashcards) belongs to its front: look past it
            after = next((later for later in readings[number:] if not later.back), None)
            ends_part = after is None or not after.flow or after.starts_part
            if number > 1 and not ends_part and reading.fill < MIN_FILL:
                findings.append(Finding(number, f"the page is only {reading.fill:.0%} full", last.text))
        body_lines += reading.body
    findings += _measure(body_lines) + _parted_figures(readings)
    return findings


def _parted_figures(readings: list[_Reading]) -> list[Finding]:
    """A figure whose caption is not on its picture's page (a picture taller than the page)."""
    pictures: dict[int, int] = {}
    captions: dict[int, tuple[int, str]] = {}
    for number, reading in enumerate(readings, start=1):
        for figure, part, text in reading.figures:
            if part == "picture":
                pictures.setdefault(figure, number)
            else:
                captions.setdefault(figure, (number, text))
    return [
        Finding(page, "a figure's caption is on another page than its picture: make the picture smaller", text)
        for figure, (page, text) in captions.items()
        if pictures.get(figure, page) != page
    ]


def _figure_parts(box: Any, lines: list[_Line], figure: Any = None) -> Iterator[tuple[int, str, str]]:
    """(figure, part, text) for each picture and caption line of a figure on the page."""
    for line in lines:
        holder = next((e for e in line.chain if "figure" in _classes(e)), None)
        if holder is not None:
            yield id(holder), "caption", line.text
    element = getattr(box, "element", None)
    if element is not None and "figure" in _classes(element):
        figure = element
    if figure is not None and isinstance(box, boxes.ReplacedBox):
        yield id(figure), "picture", ""
    for child in getattr(box, "children", ()):
        yield from _figure_parts(child, [], figure)


def _read(page: Any) -> _Reading:
    reading = _READINGS.get(page)
    if reading is None:
        page_box = boxes.page_box(page)
        lines = list(_lines(page_box))
        flow = [line for line in lines if not _outside_flow(line)]
        last = flow[-1] if flow else None
        reading = _Reading(
            flow,
            _small_or_near_edge(0, page_box) + _overflow(0, page_box, lines),
            last is not None and _is_opener(last.chain) and not _drawn_below(page_box, last),
            _fill(page_box, flow) if flow else 1.0,
            _is_back(flow),
            bool(flow) and _starts_part(flow[0].chain),
            [line for line in flow if _in_prose_paragraph(line.chain)],
            frozenset(_figure_parts(page_box, flow)),
        )
        _READINGS[page] = reading
    return reading


def _lines(box: Any, chain: tuple[Any, ...] = (), container: Any = None) -> Iterator[_Line]:
    """The line boxes under ``box`` in document order, with their element chains."""
    if isinstance(box, boxes.LineBox):
        text = "".join(t.text for t in box.descendants() if isinstance(t, boxes.TextBox)).strip()
        if text:
            yield _Line(box, chain, text, container)
        return
    element = getattr(box, "element", None)
    if element is not None and (not chain or chain[-1] is not element):
        chain = (*chain, element)
    if isinstance(box, boxes.MarginBox):
        chain = (*chain, "margin")
    elif isinstance(box, boxes.FootnoteAreaBox):
        chain = (*chain, "footnote")
    for child in getattr(box, "children", ()):
        yield from _lines(child, chain, box)


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split()) if hasattr(element, "get") else set()


def _outside_flow(line: _Line) -> bool:
    return "margin" in line.chain or "footnote" in line.chain


def _is_opener(chain: tuple) -> bool:
    element = chain[-1] if chain else None
    return (
        element is not None
        and hasattr(element, "tag")
        and (element.tag in OPENERS or bool(_classes(element) & OPENER_CLASSES))
    )


def _starts_part(chain: tuple) -> bool:
    return any(_classes(element) & PART_STARTS for element in chain)


def _is_back(flow: list[_Line]) -> bool:
    """Whether a page is the back of a sheet of cards, printed behind the page before it."""
    return bool(flow) and any(BACK_PAGE <= _classes(element) for element in flow[0].chain)


def _in_prose_paragraph(chain: tuple) -> bool:
    return any(MARKS.prose in _classes(e) for e in chain) and getattr(chain[-1], "tag", None) == "p"


def _fill(page_box: Any, flow: list[_Line]) -> float:
    """How far down the page area the content reaches: text, and boxes drawn
    without text too (answer lines, rules)."""
    top = page_box.content_box_y()
    height = page_box.height
    bottom = max(line.box.position_y + line.box.height for line in flow)
    for box in _drawn_boxes(page_box):
        bottom = max(bottom, min(box.border_box_y() + box.border_height(), top + height))
    return (bottom - top) / height if height else 1.0


def _drawn_boxes(page_box: boxes.PageBox) -> Iterator[boxes.BlockBox]:
    """The empty block boxes in the page's flow: answer lines, rules, writing space.

    Empty ones only: a box with content may be a fragment split across pages,
    whose height WeasyPrint leaves open-ended."""
    for child in page_box.children:
        if isinstance(child, (boxes.MarginBox, boxes.FootnoteAreaBox)):
            continue
        for box in child.descendants():
            if isinstance(box, boxes.BlockBox) and not box.children:
                yield box


def _drawn_below(page_box: boxes.PageBox, line: _Line) -> bool:
    """Whether something drawn without text follows the line on its page: a label
    such as "Plan your answer" above its writing lines is not left alone."""
    bottom = line.box.position_y + line.box.height
    return any(box.border_box_y() >= bottom - 0.5 and box.border_height() > 0 for box in _drawn_boxes(page_box))


def _text_boxes(box: Any) -> Iterator[Any]:
    for child in box.descendants():
        if isinstance(child, boxes.TextBox) and child.text.strip():
            yield child


def _small_or_near_edge(number: int, page_box: Any) -> list[Finding]:
    width, height = page_box.margin_width(), page_box.margin_height()
    edge = MIN_EDGE_MM * PX_PER_MM
    small, near = None, None
    for text in _text_boxes(page_box):
        size = text.style["font_size"] / PX_PER_PT
        if size < MIN_SIZE_PT - 0.01 and small is None:
            small = Finding(number, f"text set at {size:.1f} pt, under {MIN_SIZE_PT:g} pt", text.text.strip())
        x, y = text.position_x, text.position_y
        if near is None and (
            x < edge - 0.5
            or y < edge - 0.5
            or x + text.width > width - edge + 0.5
            or y + text.height > height - edge + 0.5
        ):
            near = Finding(number, f"text closer than {MIN_EDGE_MM:g} mm to the paper's edge", text.text.strip())
    return [finding for finding in (small, near) if finding]


def _overflow(number: int, page_box: Any, lines: list[_Line]) -> list[Finding]:
    width, height = page_box.margin_width(), page_box.margin_height()
    for line in lines:
        box = line.box
        right = max((t.position_x + t.width for t in _text_boxes(box)), default=box.position_x)
        if right > width + 0.5 or box.position_y + box.height > height + 0.5 or box.position_y < -0.5:
            return [Finding(number, "text runs off the page", line.text)]
        block = line.container or box
        if block.style["direction"] == "rtl":  # a right-to-left line overflows on its left
            left = min((t.position_x for t in _text_boxes(box)), default=box.position_x)
            wider = left < block.content_box_x() - 1.0
        else:
            wider = right > block.content_box_x() + block.width + 1.0
        if wider:
            return [Finding(number, "a line is wider than its box (a long word or URL)", line.text)]
    return []


def _measure(lines: list[_Line]) -> list[Finding]:
    """The median characters per full line of running text, if it falls outside the range."""
    full = [line for line in lines if _is_full(line)]
    if len(full) < 20:
        return []
    median = statistics.median(len(line.text) for line in full)
    low, high = MEASURE
    if low <= median <= high:
        return []
    return [
        Finding(
            0,
            f"body lines run to {median:.0f} characters (median); aim for {low}–{high}: "
            "change the measure or the type size",
        )
    ]


def _is_full(line: _Line) -> bool:
    """A justified line that fills its box (the last line of a paragraph does not)."""
    box = line.box
    right = max((t.position_x + t.width for t in _text_boxes(box)), default=box.position_x)
    return bool(right >= box.position_x + box.width - 2.0)
