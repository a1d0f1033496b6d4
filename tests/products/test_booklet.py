"""The saddle-stitched booklet: page order on the sheets, padding, sheet size, printer hints."""

from __future__ import annotations

import contextlib
import io
import math
import re
from pathlib import Path

import pytest
from conftest import DEFAULT_GUIDE, text_in_box, word_left
from pypdf import PdfReader

from generator.products.booklet import SHEETS, Side, impose_booklet, padded_pages, saddle_sheets

# Written out by hand from a folded paper dummy, not from the formula under test.
EXPECTED = {
    8: [((8, 1), (2, 7)), ((6, 3), (4, 5))],
    12: [((12, 1), (2, 11)), ((10, 3), (4, 9)), ((8, 5), (6, 7))],
    # 13 pages: three blanks (None) at the end make 16.
    13: [((None, 1), (2, None)), ((None, 3), (4, 13)), ((12, 5), (6, 11)), ((10, 7), (8, 9))],
}


def numbered_pdf(pages: int, size: str = "A5") -> bytes:
    """A PDF whose page n says only 'Pn', big, for reading the imposition back."""
    from generator.render.html import TEMPLATES
    from generator.render.pdf import render_pdf

    body = "".join(f'<section style="break-after: page">P{n}</section>' for n in range(1, pages + 1))
    # only the bundled fonts exist for WeasyPrint here: name one
    html = (
        '<html><head><style>@font-face { font-family: T; src: url("fonts/SourceSans3-Regular.ttf") }'
        f"@page {{ size: {size}; margin: 20mm }} body {{ font: 40pt T; margin: 0 }}"
        f"</style></head><body>{body}</body></html>"
    )
    return render_pdf(html, TEMPLATES).data


def half_texts(pdf: Path, page: int, sheet: tuple[float, float]) -> tuple[str, str]:
    """The text on the left and right halves of one side (in points)."""
    width, height = sheet
    left = text_in_box(pdf, page, 0, 0, width / 2, height).strip()
    right = text_in_box(pdf, page, width / 2, 0, width / 2, height).strip()
    return left, right


def label(slot: int | None) -> str:
    return "" if slot is None else f"P{slot}"


@pytest.mark.parametrize("pages", sorted(EXPECTED))
def test_saddle_order_matches_a_folded_dummy(pages):
    sheets = saddle_sheets(padded_pages(pages))
    got = [((s.front.left, s.front.right), (s.back.left, s.back.right)) for s in sheets]
    assert got == EXPECTED[pages]


def test_every_page_appears_once_and_facing_pages_add_up():
    for pages in range(1, 41):
        order = padded_pages(pages)
        sheets = saddle_sheets(order)
        slots = [x for s in sheets for x in (s.front.left, s.front.right, s.back.left, s.back.right)]
        assert sorted(x for x in slots if x) == list(range(1, pages + 1))
        assert len(slots) == 4 * math.ceil(pages / 4)


def test_blanks_go_before_a_back_cover_not_inside_the_text():
    assert padded_pages(13, back_cover=True) == list(range(1, 13)) + [None, None, None, 13]
    assert padded_pages(13) == list(range(1, 14)) + [None, None, None]
    outer = saddle_sheets(padded_pages(13, back_cover=True))[0]
    assert outer.front == Side(13, 1)  # the back cover wraps round the front cover


@pytest.fixture(scope="module")
def imposed(tmp_path_factory):
    """Numbered 8-, 12- and 13-page PDFs imposed on A4, and the 13-page one on Letter."""
    folder = tmp_path_factory.mktemp("imposed")
    results = {}
    for pages, paper in ((8, "A4"), (12, "A4"), (13, "A4"), (13, "Letter")):
        half = "A5" if paper == "A4" else "5.5in 8.5in"
        booklet = impose_booklet(numbered_pdf(pages, half), paper)
        path = folder / f"{pages}-{paper}.pdf"
        path.write_bytes(booklet.data)
        results[pages, paper] = (path, booklet)
    return results


@pytest.mark.parametrize("pages,paper", [(8, "A4"), (12, "A4"), (13, "A4"), (13, "Letter")])
def test_each_page_lands_on_its_half_of_its_sheet_side(imposed, pages, paper):
    path, booklet = imposed[pages, paper]
    reader = PdfReader(path)
    assert len(reader.pages) == 2 * len(EXPECTED[pages]) == 2 * len(booklet.sheets)
    for index, (front, back) in enumerate(EXPECTED[pages]):
        for side, (left, right) in ((2 * index + 1, front), (2 * index + 2, back)):
            assert half_texts(path, side, SHEETS[paper]) == (label(left), label(right)), f"side {side}"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_sheets_are_landscape_and_the_pages_meet_at_the_fold(imposed, paper):
    path, _ = imposed[13, paper]
    reader = PdfReader(path)
    width, height = SHEETS[paper]
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((width, height))
    # the right-hand page's text starts just right of the centre: pages are not scaled or shifted
    x_min = word_left(path, 1, "P1")
    margin = 20 / 25.4 * 72
    assert x_min == pytest.approx(width / 2 + margin, abs=3)


def test_printer_hints_ask_for_short_edge_duplex_at_actual_size(imposed):
    path, _ = imposed[8, "A4"]
    preferences = PdfReader(path).trailer["/Root"]["/ViewerPreferences"]
    assert preferences["/Duplex"] == "/DuplexFlipShortEdge"
    assert preferences["/PrintScaling"] == "/None"


# ---- The default guide, through the command line --------------------------------


@pytest.fixture(scope="module")
def default_booklet(tmp_path_factory):
    from generator.cli import main

    out = tmp_path_factory.mktemp("booklet")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["build", str(DEFAULT_GUIDE), "--output", str(out), "--booklet"])
    return code, printed.getvalue(), out / "japan-ussr-ww2-booklet.pdf"


def test_default_guide_booklet_is_laid_out_at_half_size_and_imposed(default_booklet, default_build):
    code, printed, path = default_booklet
    assert code == 0
    reader = PdfReader(path)
    sheets = len(reader.pages) // 2
    assert len(reader.pages) % 2 == 0
    match = re.search(r"To print: (\d+) A4 sheets \((\d+) booklet pages\), double-sided, flip on short edge", printed)
    assert match and int(match.group(1)) == sheets and int(match.group(2)) == 4 * sheets
    # laid out again, not scaled: more half-size pages than full-size ones
    full_pages = default_build[0].pages
    assert 4 * sheets > full_pages
    # the cover is on the right half of the first side, page 2 on the left of the second
    left, right = half_texts(path, 1, SHEETS["A4"])
    assert "STUDY GUIDE" in right and "STUDY GUIDE" not in left  # the cover's kicker
    left, right = half_texts(path, 2, SHEETS["A4"])
    assert "Contents" in left


def test_default_guide_booklet_reads_in_order_when_unfolded(default_booklet):
    """Every booklet page's printed number sits where saddle stitching puts it."""
    _, _, path = default_booklet
    reader = PdfReader(path)
    sheets = saddle_sheets(padded_pages(4 * (len(reader.pages) // 2)))
    checked = 0
    for index, sheet in enumerate(sheets):
        for offset, side in ((1, sheet.front), (2, sheet.back)):
            texts = half_texts(path, 2 * index + offset, SHEETS["A4"])
            for slot, text in zip((side.left, side.right), texts, strict=True):
                lines = [line.strip() for line in text.splitlines() if line.strip()]
                # page numbers print at the foot; the cover and blank pages have none
                if slot and slot > 2 and lines and lines[-1].isdigit():
                    assert int(lines[-1]) == slot
                    checked += 1
    assert checked >= len(reader.pages)  # most pages carry a number


def test_booklet_command_says_how_to_print_in_one_line(default_booklet):
    _, printed, _ = default_booklet
    lines = [line for line in printed.splitlines() if "To print" in line]
    assert len(lines) == 1 and "staple" in lines[0] and "fold" in lines[0]
