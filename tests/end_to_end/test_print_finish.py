"""The printed page, measured from the PDFs themselves: measure, type sizes,
quotes, the booklet's back cover, tags and languages; and the layout preflight."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pikepdf
import pytest
from conftest import DEFAULT_GUIDE, MINIMAL, write_guide
from pdf_measure import body_size, font_sizes, median_measure, read_glyphs

PRODUCTS = ("guide", "teacher", "booklet", "handout", "cards")


def _every_product(default_products, paper: str) -> dict:
    """Every product of the default guide on ``paper``, each built once through the one
    build path (and shared with the other test modules, conftest.default_products)."""
    return {
        "guide": default_products("guide", paper),
        "teacher": default_products("guide", paper, "teacher"),
        **{product: default_products(product, paper) for product in ("booklet", "handout", "cards")},
    }


@pytest.fixture(scope="module")
def a4(default_products) -> dict:
    """Every product of the default guide on A4, built once, with its warnings."""
    return _every_product(default_products, "A4")


@pytest.fixture(scope="module")
def letter(default_products) -> dict:
    """The same on US Letter, whose other page shape moves every break."""
    return _every_product(default_products, "Letter")


def test_body_measure_is_60_to_75_characters(a4):
    pages = read_glyphs(a4["guide"].pdf)
    measure = median_measure(pages, body_size(pages))
    assert 60 <= measure <= 75, measure


def test_booklet_uses_at_most_six_sizes(a4):
    sizes = font_sizes(read_glyphs(a4["booklet"].pdf))
    assert len(sizes) <= 6, sorted(sizes)


@pytest.mark.parametrize("product", PRODUCTS)
def test_nothing_under_8_pt(a4, product):
    sizes = font_sizes(read_glyphs(a4[product].pdf))
    assert min(sizes) >= 8.0, sorted(sizes)


@pytest.mark.parametrize("product", PRODUCTS)
def test_no_straight_quotes_in_english_text(a4, product):
    text = "".join(g.char for page in read_glyphs(a4[product].pdf) for g in page.glyphs)
    assert "’" in text or "“" in text  # the guide has quotes and apostrophes to convert
    assert "'" not in text and '"' not in text


@pytest.mark.parametrize("product", PRODUCTS)
@pytest.mark.parametrize("paper", ("a4", "letter"))
def test_default_guide_has_no_preflight_warnings(request, paper, product):
    """Built as ``--strict`` builds it: any layout warning would fail the build."""
    built = request.getfixturevalue(paper)[product]
    assert built.pdf is not None and built.pdf.stat().st_size > 0
    layout = [str(w) for w in built.warnings if "layout:" in w.message]
    assert layout == []


def test_booklet_ends_with_the_back_cover_and_keeps_its_metadata(a4):
    from pypdf import PdfReader

    pdf = PdfReader(a4["booklet"].pdf)
    # sheet 1's front carries the last page (left half) and the first (right half)
    front = pdf.pages[0]
    left = front.extract_text(visitor_text=None)
    assert "Japan and the Soviet Union" in left
    assert pdf.metadata.title == "Japan and the Soviet Union in the Second World War"
    assert str(pdf.trailer["/Root"]["/Lang"]) == "en"
    half = read_glyphs(a4["booklet"].pdf)[0]
    # the outside back cover (left half of the first side) holds the back-cover text only:
    # no answer key and no page number
    left_text = "".join(g.char for g in half.glyphs if g.right < half.width / 2)
    assert "Answerkey" not in left_text and "Edition" in left_text


def test_padding_pages_go_before_the_back_cover():
    from generator.products.booklet import padded_pages

    assert padded_pages(6, back_cover=True) == [1, 2, 3, 4, 5, None, None, 6]


def _structure(pdf_path: Path) -> list[tuple[str, dict]]:
    """The structure elements reachable from the root, in document order: (type, entries)."""
    found: list[tuple[str, dict]] = []
    with pikepdf.open(pdf_path) as pdf:

        def walk(node):
            if isinstance(node, pikepdf.Array):
                for child in node:
                    walk(child)
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                entries = {"Lang": str(node.Lang) if "/Lang" in node else None}
                entries.update({str(k)[1:]: str(v) for k, v in (node.A.items() if "/A" in node else [])})
                found.append((str(node.S)[1:], entries))
                if "/K" in node:
                    walk(node.K)

        walk(pdf.Root.StructTreeRoot.K)
    return found


def test_running_heads_and_folios_are_artifacts(a4):
    """Each page's head and folio are drawn inside /Artifact sequences, not as tagged text."""
    with pikepdf.open(a4["guide"].pdf) as pdf:
        page = pdf.pages[9]
        texts, current, inside = [], [], False
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name == "BDC" and str(operands[0]) == "/Artifact":
                inside, current = True, []
            elif name == "EMC" and inside:
                inside = False
                texts.append(current)
            elif inside and name in ("Tj", "TJ"):
                current.append(name)
        assert len([t for t in texts if t]) >= 2  # the running head and the page number
    pages = read_glyphs(a4["guide"].pdf)
    assert pages[9].glyphs  # the page does have text; only its head and folio are artifacts


def test_japanese_and_russian_words_carry_lang_in_the_tags(a4):
    langs = {entries["Lang"] for _, entries in _structure(a4["guide"].pdf) if entries["Lang"]}
    assert {"ja", "ru"} <= langs


def test_headings_never_skip_a_level_in_the_tags(a4):
    levels = [int(kind[1]) for kind, _ in _structure(a4["guide"].pdf) if re.fullmatch(r"H[1-6]", kind)]
    assert levels.count(1) == 1  # the title
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert skips == []


def test_html_has_one_h1_and_faq_questions_are_headings(a4):
    html = a4["guide"].html.read_text(encoding="utf-8")
    assert html.count("<h1") == 1
    assert re.search(r'<h3 class="question">', html)
    # a number and the heading it labels are separate words ("1 Opening…", not "1Opening…")
    assert not re.search(r'class="(?:glance|toc)-number">\d+</span>', html)


def test_table_headers_have_a_scope(guide_copy, tmp_path):
    from generator.build import build_guide

    section = guide_copy / "sections" / "01-opening-relations.md"
    section.write_text(
        section.read_text(encoding="utf-8") + "\n\n| Year | Event |\n|---|---|\n| 1925 | Convention |\n", "utf-8"
    )
    result = build_guide(guide_copy, tmp_path / "out")
    html = result.html.read_text(encoding="utf-8")
    assert re.findall(r"<th\b[^>]*>", html) and all("scope=" in th for th in re.findall(r"<th\b[^>]*>", html))
    headers = [entries for kind, entries in _structure(result.pdf) if kind == "TH"]
    assert headers and all(entries.get("Scope") in ("/Column", "/Row") for entries in headers)


def test_japanese_and_russian_text_carries_lang(a4):
    html = a4["guide"].html.read_text(encoding="utf-8")
    assert re.search(r'<span lang="ja">[^<]*日ソ基本条約', html)
    assert re.search(r'<span lang="ru">Крымское', html)


def test_year_label_travels_with_its_first_event(a4):
    html = a4["guide"].html.read_text(encoding="utf-8")
    heads = re.findall(r'<div class="tl-head">\s*<h3 class="tl-year-label">(\d+)</h3>\s*<div class="tl-event', html)
    assert len(heads) >= 10


def test_cover_bar_agrees_with_the_subtitle(a4):
    html = a4["guide"].html.read_text(encoding="utf-8")
    assert '<span class="cover-span-from">1925</span>' in html
    assert '<span class="cover-span-to">1956</span>' in html


# ---- The preflight, fed pages built to trip each rule ----------------------------


def _layout(tmp_path: Path, extra_css: str = "", body: str = "Some text about 1941.\n") -> list[str]:
    from generator.build import build_guide

    files = dict(MINIMAL)
    files["sections/01-first.md"] = MINIMAL["sections/01-first.md"].split("---\n\n")[0] + "---\n\n" + body
    root = write_guide(tmp_path / "guide", files)
    if extra_css:
        css = root / "extra.css"
        css.write_text(extra_css, encoding="utf-8")
    result = build_guide(root, tmp_path / "out")
    return [w.message for w in result.warnings if "layout:" in w.message]


def test_preflight_passes_a_plain_guide(tmp_path):
    assert _layout(tmp_path) == []


def _findings(html: str) -> list:
    """Preflight findings for a bare page set in the bundled serif (no system fonts are configured)."""
    from weasyprint import HTML

    from generator.render.pdf import font_config
    from generator.render.preflight import preflight
    from generator.resources import TEMPLATES

    face = (TEMPLATES / "fonts" / "SourceSerif4-Regular.ttf").as_uri()
    fonts = f"<style>@font-face {{ font-family: T; src: url({face}) }} body {{ font-family: T }}</style>"
    return preflight(HTML(string=html.replace("<head>", "<head>" + fonts)).render(font_config=font_config()).pages)


def test_preflight_finds_a_heading_last_on_its_page():
    html = """<html><head><style>@page { size: A5; margin: 15mm } .b { break-before: page }</style></head>
      <body><p>Text.</p><h3>A heading left alone</h3><p class="b">The text it opens, on the next page.</p></body></html>"""
    found = [f for f in _findings(html) if "last line" in f.message]
    assert found and found[0].text == "A heading left alone"


def test_preflight_lets_a_label_stand_above_its_writing_lines():
    """Writing lines drawn under a label on the same page follow it; a label with
    nothing under it is still reported."""
    page = """<html><head><style>@page {{ size: A5; margin: 15mm }} .b {{ break-before: page }}
      .gap {{ height: 120mm }} .line {{ height: 8mm; border-bottom: 0.5pt solid black }}</style></head>
      <body><p>Question.</p><div class="gap"></div><p class="label">Plan your answer</p>{lines}
      <p class="b">The next question.</p></body></html>"""
    lines = '<div class="line"></div>' * 3
    assert not [f for f in _findings(page.format(lines=lines)) if "last line" in f.message]
    alone = [f for f in _findings(page.format(lines="")) if "last line" in f.message]
    assert alone and alone[0].text == "Plan your answer"


def test_preflight_looks_past_a_card_sheets_back():
    """The last sheet of cards is part full; its back is no next page. A short
    front followed by its back and then another front is still reported."""
    sheet = """<div class="card-page card-front"><p>Front.</p></div>
      <div class="card-page card-back"><p>Back.</p></div>"""
    page = """<html><head><style>@page {{ size: A5; margin: 15mm }}
      .card-page {{ break-after: page }} .full {{ height: 150mm }}</style></head>
      <body><div class="card-page card-front"><p>First.</p><div class="full"></div></div>
      <div class="card-page card-back"><p>Backs.</p><div class="full"></div></div>{sheets}</body></html>"""
    short = {f.page for f in _findings(page.format(sheets=sheet)) if "full" in f.message}
    assert 3 not in short
    short = {f.page for f in _findings(page.format(sheets=sheet * 2)) if "full" in f.message}
    assert 3 in short and 5 not in short


def test_preflight_reports_a_long_measure_and_accepts_a_good_one():
    words = "The measure of a line of running text decides how easily the eye finds the next line. " * 60
    page = """<html><head><style>@page {{ size: {size}; margin: 15mm {right} 15mm 15mm }}
      p {{ font-size: 10.5pt; text-align: justify }}</style></head>
      <body><div class="prose"><p>{words}</p></div></body></html>"""
    wide = [
        f for f in _findings(page.format(size="A4 landscape", right="15mm", words=words)) if "characters" in f.message
    ]
    assert wide and "aim for 55–80" in wide[0].message
    # a good measure passes: the default guide has no warnings (test_default_guide_has_no_preflight_warnings)


def test_preflight_finds_small_text_near_the_edge_and_overflow(tmp_path):
    """A raw WeasyPrint page set to break each rule."""
    html = """<html><head><style>@page { size: A5; margin: 3mm }
      p { font-size: 6pt } .wide { width: 50mm; white-space: nowrap; font-size: 10pt }</style></head>
      <body><p>tiny text at the edge</p><div class="wide">averyveryveryveryveryverylongwordthatcannotbreakatallanywhere</div></body></html>"""
    messages = " ".join(f.message for f in _findings(html))
    assert "under 8 pt" in messages
    assert "8 mm to the paper's edge" in messages
    assert "wider than its box" in messages or "off the page" in messages


def test_preflight_finds_a_short_page_inside_a_part():
    html = """<html><head><style>@page { size: A5; margin: 15mm } p { font-size: 10pt }
      .b { break-before: page }</style></head><body><div class="part">
      <p>The first page.</p>
      <p class="b">Second page: a short paragraph, then a forced break inside the same part.</p>
      <p class="b">Third page.</p></div></body></html>"""
    findings = _findings(html)
    assert [f.page for f in findings if "full" in f.message] == [2]


def test_build_strict_fails_on_layout_warnings(tmp_path):
    import subprocess
    import sys

    guide = tmp_path / "guide"
    shutil.copytree(DEFAULT_GUIDE, guide)
    (guide / "glossary.yaml").write_text(
        (guide / "glossary.yaml").read_text(encoding="utf-8")
        + "\n- term: Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongterm\n"
        "  definition: A word too long for any line.\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "generator", "build", str(guide), "-o", str(tmp_path / "out"), "--strict", "--cards"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "layout:" in run.stderr
    assert run.returncode == 1
    assert "Traceback" not in run.stderr


def test_check_strict_runs_the_layout_preflight(tmp_path):
    import subprocess
    import sys

    guide = tmp_path / "guide"
    shutil.copytree(DEFAULT_GUIDE, guide)
    (guide / "glossary.yaml").write_text(
        (guide / "glossary.yaml").read_text(encoding="utf-8")
        + "\n- term: Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongterm\n"
        "  definition: A word too long for any line.\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "generator", "check", str(guide)]
    relaxed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    strict = subprocess.run([*command, "--strict"], capture_output=True, text=True, timeout=300)
    assert "layout:" not in relaxed.stdout  # without --strict, check does not lay the guide out
    assert "glossary.yaml" in strict.stdout and "layout:" in strict.stdout
    assert strict.returncode == 1 and "Traceback" not in strict.stderr
