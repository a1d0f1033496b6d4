"""Fonts are subset by HarfBuzz from the uharfbuzz wheel (generator/render/engine/fonts.py):
each embedded font holds the glyphs its text uses, and the text reads the same as with
the fallback subsetter (fontTools) and the system's libharfbuzz-subset."""

from __future__ import annotations

import ctypes.util
import io
import re

import pikepdf
import pypdfium2 as pdfium
import pytest
from fontTools.ttLib import TTFont

from generator.render.engine import fonts
from generator.render.pdf import render_pdf
from generator.resources import TEMPLATES
from tests.render.test_engine import _PARTS, fixture_html


def build(subsetter: str, monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.setattr(fonts, "SUBSETTER", subsetter)
    return render_pdf(fixture_html(_PARTS), TEMPLATES, date="2024-01-01").data


def texts(pdf: bytes) -> list[str]:
    return [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf)]


def embedded(pdf: bytes) -> dict[str, tuple[bytes, dict[int, str]]]:
    """Each embedded font by name: its program, and the glyph ids its text draws with the
    characters they stand for (read from the font's ToUnicode map)."""
    found = {}
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        for page in opened.pages:
            for font in page.Resources.Font.values():
                cmap = font.ToUnicode.read_bytes().decode("ascii")
                glyphs = {
                    int(gid, 16): bytes.fromhex(text).decode("utf-16-be")
                    for gid, text in re.findall(r"<([0-9a-f]{4})> <([0-9a-f]+)>", cmap)
                }
                program = font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()
                found[str(font.BaseFont)] = (program, glyphs)
    return found


def test_each_embedded_font_holds_the_glyphs_its_text_uses(monkeypatch) -> None:
    faces = embedded(build("uharfbuzz", monkeypatch))
    assert any("日" in glyphs.values() for _, glyphs in faces.values())  # the Japanese face is there
    for name, (program, glyphs) in faces.items():
        face = TTFont(io.BytesIO(program))
        order, outlines = face.getGlyphOrder(), face["glyf"]
        # U+FFFF is WeasyPrint's text for a glyph that stands for no character
        drawn = {gid: text for gid, text in glyphs.items() if text.strip() and text != "\uffff"}
        assert drawn, name
        empty = [text for gid, text in drawn.items() if gid >= len(order) or outlines[order[gid]].numberOfContours == 0]
        assert empty == [], (name, empty)
        # a subset: far fewer glyphs with outlines than the face has
        assert sum(1 for glyph in order if outlines[glyph].numberOfContours) < len(drawn) + 20, name
        assert "GSUB" not in face and "GPOS" not in face


def test_text_reads_the_same_with_every_subsetter(monkeypatch) -> None:
    wheel = build("uharfbuzz", monkeypatch)
    fallback = build("fonttools", monkeypatch)
    assert texts(wheel) == texts(fallback)
    assert "日ソ中立条約" in "".join(texts(wheel))
    if ctypes.util.find_library("harfbuzz-subset"):
        assert texts(build("system", monkeypatch)) == texts(wheel)


def test_the_subset_is_the_same_on_every_run(monkeypatch) -> None:
    """No clock, no machine: the wheel gives the same bytes each time, and so does the fallback."""
    assert build("uharfbuzz", monkeypatch) == build("uharfbuzz", monkeypatch)
    assert build("fonttools", monkeypatch) == build("fonttools", monkeypatch)
