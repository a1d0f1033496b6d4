"""Flashcards: every card printed, backs behind their fronts for long-edge duplex, cut marks."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from conftest import DEFAULT_GUIDE, flat, text_in_box
from pypdf import PdfReader

from generator.products.cards import COLUMNS, LAYOUTS, ROWS, card_pages, cut_marks, guide_cards

MM = 72 / 25.4


def cell_text(pdf: Path, page: int, row: int, column: int, paper: str = "A4") -> str:
    """The text inside one card's rectangle, cropped with pypdfium2."""
    page_width, page_height, width, height = LAYOUTS[paper]
    left = (page_width - COLUMNS * width) / 2 + column * width
    top = (page_height - ROWS * height) / 2 + row * height
    return text_in_box(pdf, page, left * MM + 1, top * MM + 1, width * MM - 2, height * MM - 2)


@pytest.fixture(scope="module")
def cards(default_products):
    from generator.content.load import load_guide

    return load_guide(DEFAULT_GUIDE), default_products("cards")


def test_every_term_person_and_event_becomes_a_card(cards):
    guide, result = cards
    deck = guide_cards(guide)
    assert len(deck) == len(guide.glossary) + len(guide.people) + len(guide.events)
    per_page = COLUMNS * ROWS
    assert result.pages == len(PdfReader(result.pdf).pages) == 2 * math.ceil(len(deck) / per_page)
    assert result.pdf.name == "japan-ussr-ww2-cards.pdf"


def test_back_rows_are_front_rows_reversed():
    from generator.products.cards import Card

    deck = [Card("glossary", f"T{n}", None, None, f"D{n}") for n in range(11)]
    pages = card_pages(deck, "A4")
    assert [p.side for p in pages] == ["front", "back", "front", "back"]
    for front, back in zip(pages[::2], pages[1::2], strict=True):
        at = {(c.row, c.column): c.card for c in back.cells}
        for cell in front.cells:
            assert at[cell.row, COLUMNS - 1 - cell.column] is cell.card
            left = {c.column: c.left for c in back.cells if c.row == cell.row}
            assert cell.left == left[cell.column]  # same grid, mirrored contents


def test_grid_is_centred_so_the_mirror_axis_is_the_page_centre():
    for paper, (page_width, _page_height, width, height) in LAYOUTS.items():
        cells = card_pages(guide_cards_stub(), paper)[0].cells
        left = min(c.left for c in cells)
        right = max(c.left for c in cells) + width
        assert left == pytest.approx(page_width - right)
        marks = cut_marks(paper)
        assert len(marks) == 2 * (COLUMNS + 1) + 2 * (ROWS + 1)
        for mark in marks:  # in the margin, never on a card
            inside_x = left < mark["x"] + mark["w"] and mark["x"] < right
            top = min(c.top for c in cells)
            inside_y = top < mark["y"] + mark["h"] and mark["y"] < top + ROWS * height
            assert not (inside_x and inside_y and mark["w"] and mark["h"])
            assert not (mark["w"] and left < mark["x"] < right)
            assert not (mark["h"] and top < mark["y"] < top + ROWS * height)


def guide_cards_stub():
    from generator.products.cards import Card

    return [Card("people", "Name", None, None, "Role")]


def test_each_back_lies_behind_its_front_in_the_pdf(cards):
    guide, result = cards
    deck = guide_cards(guide)
    checked = 0
    for sheet in range(result.pages // 2):
        for index, card in enumerate(deck[sheet * COLUMNS * ROWS : (sheet + 1) * COLUMNS * ROWS]):
            row, column = divmod(index, COLUMNS)
            front = flat(cell_text(result.pdf, 2 * sheet + 1, row, column))
            back = flat(cell_text(result.pdf, 2 * sheet + 2, row, COLUMNS - 1 - column))
            assert flat(card.front) in front, (sheet, row, column)
            answer = flat(card.back)[:40] or flat(card.back_title or "")
            assert answer in back, (sheet, row, column, card.front)
            # and not on the unmirrored place, unless the row is symmetric
            if COLUMNS - 1 - column != column:
                assert answer not in flat(cell_text(result.pdf, 2 * sheet + 2, row, column))
            checked += 1
    assert checked == len(deck)
