"""Only bundled fonts are used, and a character none of them has is an error, not an empty box."""

from __future__ import annotations

import pytest
from conftest import MINIMAL, pdftotext, write_guide

from generator.build import build_guide
from generator.errors import ContentError


def test_a_character_no_bundled_font_has_stops_the_build_naming_it(tmp_path):
    section = MINIMAL["sections/01-first.md"] + "\nThe word नमस्ते is Hindi.\n"
    root = write_guide(tmp_path / "g", {**MINIMAL, "sections/01-first.md": section})
    with pytest.raises(ContentError) as info:
        build_guide(root, tmp_path / "out")
    [problem] = info.value.problems
    assert problem.path.name == "01-first.md" and problem.line == 10
    assert "U+0928" in problem.message and "empty boxes" in problem.message
    assert not (tmp_path / "out" / "g.pdf").exists()


def test_japanese_cyrillic_and_greek_render_with_bundled_fonts(tmp_path):
    section = MINIMAL["sections/01-first.md"] + "\n日ソ中立条約 · Пакт о нейтралитете · Ἀθῆναι\n"
    root = write_guide(tmp_path / "g", {**MINIMAL, "sections/01-first.md": section})
    result = build_guide(root, tmp_path / "out")
    text = pdftotext(result.pdf)
    assert "日ソ中立条約" in text and "Пакт о нейтралитете" in text
