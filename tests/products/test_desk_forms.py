"""Test forms that differ, read back from the PDFs: positions whose question or answer differs,
questions mixed across sections, lined space sized by marks, a bubble answer sheet whose key
overlay lies exactly on it, one named copy per student with the forms in turn, and a key that
gives letters for sequencing and matching."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TESTS, flat, page_image, page_texts
from guide_factory import make_guide
from pdf_measure import read_glyphs

from generator.build import build
from generator.content.load import load_guide
from generator.jobs import Built, Job
from generator.products.forms import difference, make_forms

QUESTIONS = (TESTS / "data" / "desk_forms_questions.yaml").read_text(encoding="utf-8")
NAMES = ("Ada Lovelace", "Ben Okri", "Cara Dune")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Built, Path]:
    parent = tmp_path_factory.mktemp("desk-forms")
    root = make_guide(parent, files={"questions.yaml": QUESTIONS})
    job = Job(root, "forms", parent / "out", forms=2, seed=3, mix_sections=True, bubble_sheet=True, class_list=NAMES)
    return build(job), root


def _output(built: Built, suffix: str) -> Path:
    return next(path for path in built.outputs if path.name.endswith(suffix))


def _printed_order(pdf: Path, questions: list) -> list[int]:
    text = flat("".join(page_texts(pdf)))
    at = {i: text.find(flat(q.question)) for i, q in enumerate(questions)}
    assert all(position >= 0 for position in at.values())
    return sorted(at, key=at.get)  # type: ignore[arg-type]


def test_neighbouring_forms_differ_at_most_positions(built):
    result, root = built
    guide = load_guide(root)
    orders = [_printed_order(_output(result, f"-form-{letter}.pdf"), guide.questions) for letter in "AB"]
    moved = sum(a != b for a, b in zip(*orders, strict=True)) / len(orders[0])
    forms = make_forms(guide, 2, 3, mixed=True)
    assert [q.index for q in forms[0].questions] == orders[0] and [q.index for q in forms[1].questions] == orders[1]
    share = difference(*forms)
    assert share >= 0.85 and moved <= share
    assert any(f"A–B {share:.0%}" in note for note in result.notes)
    # within sections only, the small guide still differs at most places
    for count in (2, 3):
        within = make_forms(guide, count, 3)
        assert min(difference(a, b) for a, b in zip(within, within[1:], strict=False)) >= 0.7


def test_mixed_forms_have_no_section_headings_and_essays_get_lines_by_marks(built):
    result, root = built
    text = " ".join(page_texts(_output(result, "-form-A.pdf")))
    assert "SECTION 1" not in text.upper() and "PLAN YOUR ANSWER" in text.upper()
    assert "WRITE YOUR ANSWER" in text.upper()
    forms = make_forms(load_guide(root), 1)
    lines = {q.kind: q.writing_lines for q in forms[0].questions}
    assert lines["essay"] == 24 and lines["short-answer"] == 8  # two a mark: 12 marks, 4 marks


def test_the_key_gives_letters_for_sequencing_and_matching(built):
    result, root = built
    key = " ".join(page_texts(_output(result, "-forms-key.pdf")))
    forms = make_forms(load_guide(root), 2, 3, mixed=True)
    for form in forms:
        for q in form.questions:
            if q.kind in ("sequencing", "matching"):
                letters = q.key({"true": "True", "false": "False"})
                assert letters and letters.replace(", ", "").isalpha() and letters in key


def test_bubble_sheet_and_its_overlay_line_up(built):
    result, _root = built
    form = _output(result, "-form-A.pdf")
    overlay = _output(result, "-bubble-overlay.pdf")
    sheets = page_texts(form)
    assert "Answer sheet" in sheets[-1] and "Form A" in sheets[-1]
    assert len(page_texts(overlay)) == 2 and "Form B" in page_texts(overlay)[1]
    grid = [g for g in read_glyphs(form)[-1].glyphs if g.char in "ABCDTF12345678" and g.size < 9]
    laid = [g for g in read_glyphs(overlay)[0].glyphs if g.char in "ABCDTF12345678" and g.size < 9]
    assert grid and len(grid) == len(laid)
    for mark, over in zip(grid, laid, strict=True):  # the overlay's bubbles lie on the sheet's
        assert mark.char == over.char and abs(mark.left - over.left) < 0.3 and abs(mark.bottom - over.bottom) < 0.3
    # filled on the overlay, empty on the sheet: the bubble's inside, beside its letter
    pages = len(page_texts(form))
    sheet_image, overlay_image = (
        page_image(form, pages, scale=2).convert("L"),
        page_image(overlay, 1, scale=2).convert("L"),
    )
    height = read_glyphs(form)[-1].height
    filled = 0
    for glyph in grid:
        if glyph.char.isdigit():
            continue
        x, y = round((glyph.left - 3.5) * 2), round((height - (glyph.bottom + glyph.top) / 2) * 2)
        assert sheet_image.getpixel((x, y)) > 200
        filled += overlay_image.getpixel((x, y)) < 60
    assert filled == 3  # one answer for each of the three bubbled questions


def test_one_named_copy_per_student_forms_in_turn(built):
    result, _root = built
    pages = page_texts(_output(result, "-named-copies.pdf"))
    firsts = [i for i, page in enumerate(pages) if "Check your understanding" in page]
    assert len(firsts) == len(NAMES)
    for first, name, letter in zip(firsts, NAMES, "ABA", strict=True):
        assert f"Form {letter} · {name}" in pages[first] and first % 2 == 0  # each on a right-hand page
    assert all(any(name in page for page in pages) for name in NAMES)
