"""The skeleton guide in each of the fifteen languages that ship a translation: only
``language:`` changes, and the PDF read back has the language's words, months and
quotation marks, and no fixed word left in English."""

from __future__ import annotations

import datetime
import re
import shutil
from pathlib import Path

import pikepdf
import pytest
from babel.dates import format_date, format_skeleton
from conftest import ROOT, pdftotext

from generator.build import build_guide
from generator.i18n.catalog import LANGUAGES, is_rtl
from generator.i18n.dates import cldr_locale
from generator.i18n.labels import merged_labels
from generator.i18n.messages import LABELS
from generator.i18n.typography import quotes

SKELETON = ROOT / "templates" / "skeleton"


def logical_text(pdf: Path) -> str:
    """Right-to-left text in reading order: PDFium's own text (the shared reader places
    characters left to right, which reverses Arabic and Hebrew)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return "\f".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def skeleton_in(parent: Path, lang: str) -> Path:
    """The skeleton guide with only its language changed."""
    root = parent / f"skeleton-{lang}"
    shutil.copytree(SKELETON, root)
    meta = root / "guide.yaml"
    text = meta.read_text(encoding="utf-8")
    assert "\nlanguage: en\n" in text
    meta.write_text(text.replace("\nlanguage: en\n", f"\nlanguage: {lang}\n"), encoding="utf-8")
    return root


def skeleton_words() -> str:
    """Everything the author wrote in the skeleton: an English label word found there is content."""
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SKELETON.rglob("*")) if path.is_file())


def english_left(text: str, lang: str) -> list[str]:
    """The English labels still in ``text``: those the language translates differently, that
    the skeleton's own text does not contain."""
    words = merged_labels(None, lang)
    content = skeleton_words()
    return [
        english
        for name, english in LABELS.items()
        if words[name] != english
        and not re.search(rf"\b{re.escape(english)}\b", content)
        and re.search(rf"\b{re.escape(english)}\b", text)
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_skeleton_prints_in_its_language(tmp_path, lang):
    built = build_guide(skeleton_in(tmp_path, lang), tmp_path / "out")
    pdf = built.outputs[-1]
    text = pdftotext(pdf) if not is_rtl(lang) else logical_text(pdf)
    folded = text.casefold()

    if lang != "en":
        assert english_left(text, lang) == []
        assert merged_labels(None, lang)["contents"] in text
    # the timeline's "1905-03" and the cover's edition date, as CLDR writes them
    march = format_skeleton("yMMMM", datetime.date(1905, 3, 1), locale=cldr_locale(lang))
    edition = "15 January 2026" if lang == "en" else format_date(datetime.date(2026, 1, 15), "long", cldr_locale(lang))
    assert march.casefold() in folded, march
    if is_rtl(lang):  # a line mixing scripts does not come back from the PDF in reading order
        edition = cldr_locale(lang).months["format"]["wide"][1]
    assert edition.casefold() in folded, edition
    # the skeleton's one quotation, "the turning point", in the language's marks
    opening, closing, _single = (mark.strip("\u202f") for mark in quotes(lang))
    quoted = rf"{re.escape(opening)}\s*the\s+turning\s+point\s*{re.escape(closing)}"
    if is_rtl(lang):  # English inside right-to-left text: the closing mark and full stop are read back apart
        quoted = rf"[{re.escape(opening + closing)}]\s*the\s+turning\s+point"
        assert closing in text
    assert re.search(quoted, text), (opening, closing)
    with pikepdf.open(pdf) as document:
        assert str(document.Root.Lang) == lang
