"""Shared fixtures: the default guide is built once per test session and read back."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import settings

from generator.authoring.scaffold import write_files

# On CI the property tests run the same examples every time, so a red build always
# points at a change; `make fuzz` (and local runs) explore new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# The tests live in folders that mirror the packages; every path they need starts here.
TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
DEFAULT_GUIDE = ROOT / "content" / "japan-ussr-ww2"


def pdftotext(pdf: Path, first: int | None = None, last: int | None = None, layout: bool = False) -> str:
    """Text of a PDF (or of pages ``first``..``last``, counted from 1), each page ended by a form feed.

    Read with pypdfium2 (a pip-installed PDFium), so no system tool is needed. ``layout``
    is accepted for the callers written against poppler; PDFium's text is always in the
    order the page draws it, one line per line of type.
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        start, stop = (first or 1) - 1, last or len(document)
        return "".join(_page_text(document[index]) + "\f" for index in range(start, min(stop, len(document))))
    finally:
        document.close()


def page_texts(pdf: Path) -> list[str]:
    """One string per page."""
    return pdftotext(pdf).split("\f")[:-1]


def _page_text(page, box: tuple[float, float, float, float] | None = None) -> str:
    """The page's text in reading order: lines from top to bottom, each read left to right.

    PDFium gives characters in drawing order (WeasyPrint draws running heads and list
    bullets last) and inserts spaces of its own between letter-spaced capitals; so the
    characters are placed by their boxes instead, as poppler does, and a space is put
    only where the type has one or where the gap is as wide as a word space."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    left, right, bottom, top = (raw.c_double() for _ in range(4))
    chars = []
    for index in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(textpage.raw, index)
        if raw.FPDFText_IsGenerated(textpage.raw, index) or code in (0, 0xA, 0xD, 0xFFFE):
            continue
        raw.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top)
        size = raw.FPDFText_GetFontSize(textpage.raw, index) or 10.0
        origin = raw.c_double(), raw.c_double()
        raw.FPDFText_GetCharOrigin(textpage.raw, index, *origin)
        x, y = origin[0].value, origin[1].value
        if box is None or (box[0] <= x <= box[2] and box[1] <= y <= box[3]):
            chars.append((chr(code), x, y, right.value, size))
    lines: list[list] = []
    for char in sorted(chars, key=lambda c: -c[2]):
        line = lines[-1] if lines else None
        if line is not None and abs(line[0][2] - char[2]) <= 0.3 * char[4]:
            line.append(char)
        else:
            lines.append([char])
    return _in_columns([_segments(sorted(line, key=lambda c: c[1])) for line in lines]) if lines else ""


def _segments(line: list) -> list[list]:
    """A line cut where a gap wider than an em follows a letter: the parts of different
    columns (a gap after a space is a justified line's word space)."""
    parts = [[line[0]]]
    for char in line[1:]:
        last = parts[-1][-1]
        if last[0] != " " and char[1] - max(last[3], last[1]) > char[4]:
            parts.append([char])
        else:
            parts[-1].append(char)
    return parts


def _in_columns(lines: list[list[list]]) -> str:
    """Text of a page whose columns are read one after the other, as poppler does: a
    gutter is where at least three lines have words on both sides of a gap at the same
    place (a number beside a title, or after a dot leader, makes no column)."""
    starts = Counter(
        round(part[0][1] / 6)
        for line in lines
        for before, part in zip(line, line[1:], strict=False)
        if len(before) > 3 and len(part) > 3
    )
    gutters = sorted(6 * key - 3 for key, count in starts.items() if count >= 3)
    columns: dict[int, list[str]] = {}
    for line in lines:
        in_line: dict[int, list[str]] = {}
        for part in line:
            in_line.setdefault(sum(part[0][1] >= gutter for gutter in gutters), []).append(_line_text(part))
        for column, texts in in_line.items():
            columns.setdefault(column, []).append(" ".join(texts))
    return "\n".join(text for column in sorted(columns) for text in columns[column])


def _line_text(chars: list) -> str:
    text, previous = "", None
    for char, x, _, right, size in chars:
        if previous is not None and char != " " and not text.endswith(" ") and x - previous > 0.28 * size:
            text += " "
        text += char
        previous = max(right, x) if char != " " else x + 0.25 * size
    return text


def text_in_box(pdf: Path, page: int, left: float, top: float, width: float, height: float) -> str:
    """The text inside a rectangle of page ``page`` (from 1), in points from the top-left corner."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        sheet = document[page - 1]
        bottom = sheet.get_height() - top - height
        return _page_text(sheet, (left, bottom, left + width, bottom + height))
    finally:
        document.close()


def word_left(pdf: Path, page: int, word: str) -> float:
    """The left edge, in points, of the first occurrence of ``word`` on page ``page`` (from 1)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        textpage = document[page - 1].get_textpage()
        found = textpage.search(word, match_case=True, match_whole_word=True).get_next()
        assert found is not None, f"{word!r} is not on page {page}"
        return textpage.get_charbox(found[0], loose=True)[0]  # loose: from the pen position, as poppler measures
    finally:
        document.close()


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(base font name, embedded?) of every font the pages use, read with pikepdf."""
    import pikepdf

    fonts: dict[tuple[int, int], tuple[str, bool]] = {}
    with pikepdf.open(pdf) as document:
        for page in document.pages:
            _collect_fonts(page.obj.get("/Resources"), fonts, set())
    return list(fonts.values())


def _collect_fonts(resources, fonts: dict, seen: set) -> None:
    if resources is None or resources.objgen in seen and resources.objgen != (0, 0):
        return
    seen.add(resources.objgen)
    for font in (resources.get("/Font") or {}).values():
        # A composite (Type0) font keeps its glyphs in its descendant font's descriptor.
        described = font.DescendantFonts[0] if "/DescendantFonts" in font else font
        descriptor = described.get("/FontDescriptor")
        embedded = descriptor is not None and any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        )
        fonts[font.objgen] = (str(font.get("/BaseFont", "")), embedded)
    for xobject in (resources.get("/XObject") or {}).values():
        _collect_fonts(xobject.get("/Resources"), fonts, seen)


def pdf_info(pdf: Path) -> dict[str, str]:
    """The document information (dates as ISO 8601, as ``pdfinfo -isodates`` gives them) and
    whether the PDF is tagged, read with pikepdf."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        info = {str(key)[1:]: str(value) for key, value in document.docinfo.items()}
        mark = document.Root.get("/MarkInfo")
        info["Tagged"] = "yes" if mark is not None and bool(mark.get("/Marked", False)) else "no"
        info["Pages"] = str(len(document.pages))
    for key in ("CreationDate", "ModDate"):
        if key in info:
            info[key] = _iso_date(info[key])
    return info


def _iso_date(value: str) -> str:
    """'D:20240501120000Z' or 'D:20240501120000+02'00'' → '2024-05-01T12:00:00…'."""
    import re

    match = re.match(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(.*)", value)
    if not match:
        return value
    year, month, day, hour, minute, second, zone = match.groups()
    zone = zone.replace("'", ":").rstrip(":") if zone not in ("", "Z") else zone
    return f"{year}-{month or '01'}-{day or '01'}T{hour or '00'}:{minute or '00'}:{second or '00'}{zone}"


def pdf_problems(pdf: Path) -> list[str]:
    """What qpdf's structure and stream check finds wrong with the PDF (empty: sound), via pikepdf."""
    import pikepdf

    try:
        with pikepdf.open(pdf) as document:
            return [str(problem) for problem in document.check_pdf_syntax()]
    except pikepdf.PdfError as exc:
        return [str(exc)]


def page_image(pdf: Path, page: int, scale: float = 1.0):
    """Page ``page`` (from 1) rendered to a PIL image with pypdfium2 (72 dpi at scale 1)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return document[page - 1].render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()


@pytest.fixture(scope="session")
def default_products(tmp_path_factory):
    """The default guide's products, each built once per session and shared by every test
    module that asks: ``default_products(product, paper, edition)``. The guide's own paper
    (A4) and no paper given are the same build. Read the outputs; never change them."""
    from generator.build import build_guide
    from generator.render.html import RenderOptions

    built: dict[tuple[str, str, str], object] = {}

    def product(name: str = "guide", paper: str | None = None, edition: str = "student"):
        key = (name, paper or "A4", edition)
        if key not in built:
            out = tmp_path_factory.mktemp(f"default-{name}-{key[1]}-{edition}")
            built[key] = build_guide(DEFAULT_GUIDE, out, RenderOptions(paper=paper, edition=edition), product=name)
        return built[key]

    return product


@pytest.fixture(scope="session")
def default_build(default_products):
    """The default guide, built once: (BuildResult, Guide)."""
    from generator.content.load import load_guide

    return default_products("guide"), load_guide(DEFAULT_GUIDE)


@pytest.fixture()
def guide_copy(tmp_path) -> Path:
    """A writable copy of the default guide."""
    target = tmp_path / "japan-ussr-ww2"
    shutil.copytree(DEFAULT_GUIDE, target)
    return target


def write_guide(root: Path, files: dict[str, str]) -> Path:
    """Create a guide folder from {relative path: text}."""
    write_files(root, files)
    return root


MINIMAL = {
    "guide.yaml": "title: A Small Guide\nauthors: [Ann Author]\n",
    "sections/01-first.md": "---\ntitle: The first part\nsummary:\n  - One point.\n  - Another point.\n---\n\nSome text about 1941.\n",
}


def flat(text: str) -> str:
    """Text with hyphenation, line breaks and all spaces removed, for finding a phrase in a page."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").replace("\u2010", "-")
    text = text.translate(PLAIN_QUOTES)
    text = re.sub(r"-\n(?=[a-z])", "", text)
    return re.sub(r"\s+", "", text)


#: The PDF sets typographic quotes where the YAML has straight ones; phrases are
#: compared without the difference (test_print_finish checks the quotes themselves).
PLAIN_QUOTES = str.maketrans("‘’“”", "''\"\"")


def without_marks(flat_text: str) -> str:
    """Flattened text without its "[2 marks]": the marks sit at the right of a question's
    first line, so a reader of the page text meets them inside a question that wraps."""
    import re

    return re.sub(r"\[\d+marks?\]", "", flat_text)
