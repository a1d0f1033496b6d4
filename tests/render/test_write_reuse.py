"""What a warm process reuses when it writes a PDF again (font subsets, deflated streams,
painted pages) leaves the PDF byte for byte as a fresh write gives it."""

from __future__ import annotations

import base64
import io
import random
import zlib

import pikepdf
import pydyf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from generator.render.engine import painted, pdfwriter, speedups, subsets, versions
from generator.render.pdf import Typesetting
from generator.resources import TEMPLATES

pytestmark = pytest.mark.skipif(versions.mismatch() is not None, reason=str(versions.mismatch()))


@pytest.fixture(autouse=True, scope="module")
def _speedups():
    """These tests are about the speed-ups: installed as the watch installs them."""
    assert speedups.install() is None


def _png() -> str:
    picture = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(picture, "PNG")
    return "data:image/png;base64," + base64.b64encode(picture.getvalue()).decode()


def page_html(pages: list[str]) -> str:
    """A document of the given pages' HTML, one per page, in the bundled faces."""
    body = "".join(f'<section style="break-after: page">{page}</section>' for page in pages)
    return (
        '<html lang="en"><head><title>T</title><style>'
        '@font-face { font-family: T; src: url("fonts/SourceSans3-Regular.ttf") }'
        '@font-face { font-family: T; font-style: italic; src: url("fonts/SourceSans3-It.ttf") }'
        "@page { size: A5; margin: 20mm } body { font: 14pt T; margin: 0 }"
        f"</style></head><body>{body}</body></html>"
    )


PAGES = [
    "<h1>First</h1><p>Plain words on the first page, <em>some in italic</em>.</p>",
    '<p style="color: rgba(0, 0, 0, 0.5)">Half-grey text: a transparency state named after its value.</p>',
    f'<p>A picture drawn on this page:</p><img src="{_png()}" alt="A red band" style="width: 40mm">',
    '<p style="opacity: 0.5">A group with its own transparency: its name counts earlier groups.</p>',
    "<p>The last page, <em>italic</em> again, and a <a href='#x' id='x'>link</a>.</p>",
]


def write(pages: list, document: object, session: Typesetting) -> bytes:
    """``pages`` written as one PDF, from a copy of ``document`` as the watch writes them
    (a WeasyPrint document written twice would subset its already subset fonts again)."""
    return session.finish(document, list(pages), date="2024-01-01").data


def test_a_replayed_page_writes_the_same_bytes_as_painting_it() -> None:
    with Typesetting(TEMPLATES) as session:
        document = session.lay_out(page_html(PAGES))
        fresh = write(document.pages, document, session)
        cache = painted.PaintCache()
        with painted.reusing(cache):
            recorded = write(document.pages, document, session)
            replayed = write(document.pages, document, session)
    assert fresh == recorded == replayed
    # The picture and the group are painted every time; the other three pages are replayed.
    assert (cache.misses, cache.hits) == (5 + 2, 3)
    assert sorted(id(page) for page in document.pages if id(page) in cache.entries) == sorted(
        id(document.pages[i]) for i in (0, 1, 4)
    )


def test_replayed_pages_next_to_a_changed_one_give_the_fresh_documents_bytes() -> None:
    """Pages kept from one document and a page laid out anew, joined: their first use of
    each glyph and each state decides the tables, as when every page is painted."""
    with Typesetting(TEMPLATES) as session:
        before = session.lay_out(page_html(PAGES))
        edited = [*PAGES[:4], "<p>The last page, now with new glyphs: Quixotic zebra jumps.</p>"]
        after = session.lay_out(page_html(edited))
        cache = painted.PaintCache()
        with painted.reusing(cache):
            write(before.pages, before, session)
            joined = write([*before.pages[:4], after.pages[4]], before, session)
        fresh = write(after.pages, after, session)
    assert cache.hits == 2  # pages 1 and 2; the picture's and the group's are painted again
    texts = [" ".join(page.get_textpage().get_text_range().split()) for page in pdfium.PdfDocument(joined)]
    assert "Quixotic zebra" in texts[4] and "Half-grey" in texts[1]
    # Same content, laid out twice: only the layout objects differ, not one byte of the PDF.
    assert joined == fresh


def test_a_font_subset_is_made_once_for_the_same_glyphs() -> None:
    subsets.CACHE.entries.clear()
    subsets.CACHE.size = 0
    with Typesetting(TEMPLATES) as session:
        document = session.lay_out(page_html(PAGES[:1]))
        first = write(document.pages, document, session)
        misses = subsets.CACHE.misses
        second = write(document.pages, document, session)
        assert subsets.CACHE.misses == misses and subsets.CACHE.hits >= 2  # regular and italic
        other = session.lay_out(page_html(["<p>Xylophone</p>"]))
        third = write(other.pages, other, session)
    assert first == second
    assert subsets.CACHE.misses == misses + 1  # other glyphs: another subset
    with pikepdf.open(io.BytesIO(third)) as pdf:
        (font,) = pdf.pages[0].Resources.Font.values()
        face = font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()
    assert len(face) < 60_000  # a subset, not the whole 431 kB face


def test_deflate_cache_gives_zlib_bytes_and_stays_bounded() -> None:
    cache = pdfwriter.DeflateCache(max_bytes=10_000)
    data = random.Random(0).randbytes(4000)  # incompressible: each entry holds about 4 kB
    assert cache.deflate(data, 9) == zlib.compress(data, 9) and cache.misses == 1
    assert cache.deflate(data, 9) == zlib.compress(data, 9) and cache.hits == 1
    for seed in (1, 2, 3):
        cache.deflate(random.Random(seed).randbytes(4000), 9)
    assert cache.size <= 10_000 and len(cache.entries) == 2  # the oldest went first
    assert cache.deflate(data, 9) == zlib.compress(data, 9) and cache.misses == 5


def test_page_references_follow_added_pages() -> None:
    pdf = pydyf.PDF()
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert len(pdf.page_references) == 1
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert pdf.page_references == tuple(f"{n} 0 R".encode() for n in pdf.pages["Kids"][::3])
    assert len(pdf.page_references) == 2


def test_the_watchs_proofs_deflate_at_a_lower_level_only_inside_proof_level() -> None:
    data = b"0 0 m 10 10 l S\n" * 2000
    pdfwriter.CACHE.entries.clear()
    pdfwriter.CACHE.size = 0
    with pdfwriter.proof_level():
        assert pydyf.Stream([data], compress=True).data.endswith(zlib.compress(data, 6) + b"\nendstream")
    assert pydyf.Stream([data], compress=True).data.endswith(zlib.compress(data, 9) + b"\nendstream")
    assert zlib.compress(data, 6) != zlib.compress(data, 9)
