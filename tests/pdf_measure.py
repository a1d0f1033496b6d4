"""Typographic measurements read back from a finished PDF with pypdfium2.

The tests judge the printed page by what is in the PDF itself, not by the CSS
that was meant to produce it: the size every character is drawn at, the lines
it sits on, and how far it lies from the paper's edge.
"""

from __future__ import annotations

import ctypes
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

POINTS_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Glyph:
    """One drawn character: its text, size (pt) and box (pt, origin bottom left)."""

    char: str
    size: float
    left: float
    bottom: float
    right: float
    top: float


@dataclass(frozen=True)
class PageGlyphs:
    width: float
    height: float
    glyphs: list[Glyph]


def read_glyphs(pdf: Path | bytes) -> list[PageGlyphs]:
    """Every visible character of every page, with its font size and box."""
    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            width, height = page.get_size()
            text = page.get_textpage()
            glyphs = []
            left, right, bottom, top = (ctypes.c_double() for _ in range(4))
            matrix = pdfium_c.FS_MATRIX()
            for index in range(pdfium_c.FPDFText_CountChars(text)):
                char = chr(pdfium_c.FPDFText_GetUnicode(text, index))
                if char.isspace() or char in "\x00\ufffe\u00ad\x02":
                    continue
                pdfium_c.FPDFText_GetCharBox(text, index, left, right, bottom, top)
                # the font size is in text space; the matrix scales it to the page (WeasyPrint draws in px)
                pdfium_c.FPDFText_GetMatrix(text, index, matrix)
                scale = (matrix.a**2 + matrix.b**2) ** 0.5
                size = round(pdfium_c.FPDFText_GetFontSize(text, index) * scale, 1)
                glyphs.append(Glyph(char, size, left.value, bottom.value, right.value, top.value))
            pages.append(PageGlyphs(width, height, glyphs))
            text.close()
            page.close()
    finally:
        document.close()
    return pages


def font_sizes(pages: list[PageGlyphs]) -> Counter:
    """How many characters are set at each size (pt, to a tenth)."""
    return Counter(glyph.size for page in pages for glyph in page.glyphs)


def lines(page: PageGlyphs, size: float) -> list[list[Glyph]]:
    """The page's lines of characters set at ``size``, each ordered left to right.

    Characters belong to one line when their boxes overlap vertically by more
    than half; a two-column page gives two lines per baseline, split at gaps
    wider than two ems."""
    chosen = sorted((g for g in page.glyphs if abs(g.size - size) < 0.05), key=lambda g: (-g.bottom, g.left))
    rows: list[list[Glyph]] = []
    for glyph in chosen:
        for row in rows:
            anchor = row[0]
            overlap = min(anchor.top, glyph.top) - max(anchor.bottom, glyph.bottom)
            if overlap > 0.5 * min(anchor.top - anchor.bottom, glyph.top - glyph.bottom or 1):
                row.append(glyph)
                break
        else:
            rows.append([glyph])
    result = []
    for row in rows:
        row.sort(key=lambda g: g.left)
        current = [row[0]]
        for glyph in row[1:]:
            if glyph.left - current[-1].right > 2 * size:
                result.append(current)
                current = []
            current.append(glyph)
        result.append(current)
    return result


def line_characters(line: list[Glyph]) -> int:
    """Characters in a line, counting each word space once (spaces are not drawn)."""
    gaps = sum(1 for a, b in zip(line, line[1:], strict=False) if b.left - a.right > 0.18 * a.size)
    return len(line) + gaps


def median_measure(pages: list[PageGlyphs], size: float) -> float:
    """Median characters per full line of text set at ``size`` (the body size).

    A full line is one at least 90 % as wide as the widest lines of its page:
    the last line of a paragraph and short list items say nothing of the measure."""
    counts = []
    for page in pages:
        rows = [line for line in lines(page, size) if len(line) > 5]
        if not rows:
            continue
        widths = sorted(line[-1].right - line[0].left for line in rows)
        full = widths[int(0.9 * (len(widths) - 1))]
        counts += [line_characters(line) for line in rows if line[-1].right - line[0].left >= 0.9 * full]
    return statistics.median(counts) if counts else 0.0


def body_size(pages: list[PageGlyphs]) -> float:
    """The size most characters are set at."""
    return font_sizes(pages).most_common(1)[0][0]


def edge_distance_mm(page: PageGlyphs) -> float:
    """The smallest distance from any character to the paper's edge, in mm."""
    if not page.glyphs:
        return float("inf")
    closest = min(
        min(g.left, g.bottom, page.width - g.right, page.height - g.top) for g in page.glyphs if g.right > g.left
    )
    return closest / POINTS_PER_MM


def text_fill(page: PageGlyphs) -> float:
    """How far down the text block the lowest character reaches, as a share of the page's height."""
    if not page.glyphs:
        return 0.0
    return (page.height - min(g.bottom for g in page.glyphs)) / page.height


@dataclass(frozen=True)
class Rule:
    """A horizontal rule drawn on a rendered page: its rows (px), its extent and its darkest grey."""

    top: int
    bottom: int
    left: int
    right: int
    grey: int


def horizontal_rules(image, min_width: float = 1 / 3, white: int = 230) -> list[Rule]:
    """The horizontal rules of a rendered page (a PIL image): runs of rows whose non-white
    pixels span over ``min_width`` of the page, each with its grey (the median of its
    darkest row's marked pixels)."""
    grey_image = image.convert("L")
    width, height = grey_image.size
    pixels = grey_image.load()
    rules: list[Rule] = []
    for y in range(height):
        marked = [(x, pixels[x, y]) for x in range(width) if pixels[x, y] < white]
        if len(marked) <= width * min_width:
            continue
        grey = sorted(value for _, value in marked)[len(marked) // 2]
        left, right = marked[0][0], marked[-1][0]
        last = rules[-1] if rules else None
        if last is not None and last.bottom == y - 1:
            rules[-1] = Rule(last.top, y, min(last.left, left), max(last.right, right), min(last.grey, grey))
        else:
            rules.append(Rule(y, y, left, right, grey))
    return rules
