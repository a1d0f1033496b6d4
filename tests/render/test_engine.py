"""The seam to WeasyPrint (generator/render/engine/): one package reaches inside it, the
speed-ups switch themselves off on versions they were not verified with, and the PDF is
the same with them and without them."""

from __future__ import annotations

import base64
import io
import re

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from generator.errors import ContentError
from generator.render.engine import correct, painted, patching, speedups, versions
from generator.render.parts import PartwiseTypesetter
from generator.render.pdf import Typesetting, render_pdf
from generator.resources import TEMPLATES
from tests.conftest import DEFAULT_GUIDE, ROOT

#: The tests of the speed-ups themselves: on versions they were not verified with, they are off.
verified_only = pytest.mark.skipif(versions.mismatch() is not None, reason=str(versions.mismatch()))


def _png(color: tuple[int, int, int]) -> str:
    picture = io.BytesIO()
    Image.new("RGB", (60, 30), color).save(picture, "PNG")
    return "data:image/png;base64," + base64.b64encode(picture.getvalue()).decode()


_SVG = base64.b64encode(
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><title>A blue bar</title>'
    b'<rect width="40" height="20" fill="#2050a0" fill-opacity="0.6"/></svg>'
).decode()
_PARTS = [
    '<section class="cover"><h1>Engine fixture</h1><p>Cover.</p></section>',
    '<section id="one"><h2>Pictures and links</h2>'
    f'<p><img src="{_png((200, 30, 30))}" alt="A red band" style="width: 30mm"> '
    f'<img src="data:image/svg+xml;base64,{_SVG}" alt="A blue bar" style="width: 30mm"></p>'
    '<p>See <a href="#two">the second part</a> and <a href="https://example.org/">a site</a>.'
    '<span class="fn">A footnote on the first part.</span></p></section>',
    '<section id="two"><h2>Transparency and Japanese</h2>'
    '<p style="opacity: 0.5">A group with its own transparency.</p>'
    '<p style="color: rgba(0, 0, 0, 0.6)">Grey text, and <span lang="ja">日ソ中立条約</span> in Japanese.'
    '<span class="fn">A second footnote.</span></p>'
    '<table><tr><th scope="col">Year</th><th scope="col">Event</th></tr><tr><td>1941</td><td>Pact</td></tr></table>'
    "</section>",
]


def fixture_html(parts: list[str]) -> str:
    """A small guide-like document: running heads, folios, footnotes, in the bundled faces."""
    return (
        '<html lang="en"><head><title>Engine fixture</title><style>'
        '@font-face { font-family: T; src: url("fonts/SourceSerif4-Regular.ttf") }'
        '@font-face { font-family: J; src: url("fonts/NotoSansJP-Regular.ttf") }'
        "@page { size: A5; margin: 20mm; @top-center { content: string(head) } @bottom-center { content: counter(page) } }"
        "@page :first { @top-center { content: none } @bottom-center { content: none } }"
        "body { font: 12pt T, J; margin: 0 } section { break-before: page } h2 { string-set: head content() }"
        ".fn { float: footnote } th, td { border: 1px solid black; padding: 2pt }"
        f"</style></head><body>{''.join(parts)}</body></html>"
    )


def read(pdf: bytes) -> dict:
    """What a reader gets from a PDF: text per page, outline, links, tags, embedded fonts."""
    document = pdfium.PdfDocument(pdf)
    texts = [page.get_textpage().get_text_range() for page in document]
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        with opened.open_outline() as outline:
            marks = [(str(item.title), len(item.children)) for item in outline.root]
        links = [
            (number, str(annotation.get("/A", {}).get("/URI", "")) or str(annotation.get("/Dest", "")))
            for number, page in enumerate(opened.pages)
            for annotation in page.obj.get("/Annots", [])
        ]
        tags: list[tuple] = []

        def walk(node: object) -> None:
            if isinstance(node, pikepdf.Array):
                for child in node:
                    walk(child)
            elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
                scope = node.A.get("/Scope") if "/A" in node and isinstance(node.A, pikepdf.Dictionary) else None
                tags.append((str(node.S), str(node.get("/Lang", "")), str(scope or "")))
                if "/K" in node:
                    walk(node.K)

        walk(opened.Root.StructTreeRoot.K)
        fonts = sorted(
            (str(font.BaseFont), len(font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()))
            for page in opened.pages
            for font in page.Resources.Font.values()
        )
        artifacts = sum(
            1
            for page in opened.pages
            for operands, operator in pikepdf.parse_content_stream(page)
            if str(operator) == "BDC" and str(operands[0]) == "/Artifact"
        )
    return {
        "pages": len(texts),
        "texts": texts,
        "outline": marks,
        "links": links,
        "tags": tags,
        "fonts": sorted(set(fonts)),
        "artifacts": artifacts,
    }


@pytest.fixture()
def plain():
    """No speed-ups for the test; afterwards as they were."""
    was = speedups.installed()
    speedups.uninstall()
    yield
    speedups.uninstall()
    if was:
        speedups.install()


def write(session: Typesetting, document, pages: list) -> bytes:
    return session.finish(document, list(pages), date="2024-01-01").data


def test_only_the_engine_reaches_into_weasyprint_or_pydyf() -> None:
    pattern = re.compile(r"^\s*(from|import) (weasyprint\.\w|pydyf\b|weasyprint import \w)", re.MULTILINE)
    outside = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "generator").rglob("*.py")
        if "engine" not in path.parts and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert outside == []


def test_an_import_installs_nothing() -> None:
    import subprocess
    import sys

    code = (
        "import generator.render.pdf, generator.render.parts, generator.authoring.watch; "
        "from generator.render.engine import patching; print(patching.targets())"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@verified_only
def test_patched_targets_every_build_and_the_watch(plain) -> None:
    with Typesetting(TEMPLATES) as session:
        session.lay_out(fixture_html(_PARTS[:1]))
    assert patching.targets() == [
        "weasyprint.pdf.fonts.Font.subset",
        "weasyprint.pdf.fonts.TTFont",
        "weasyprint.pdf.tags._build_box_tree",
    ]
    assert speedups.install() is None
    assert len(patching.targets()) == 3 + 12
    assert "weasyprint.document.Page.paint" in patching.targets("painted")


def test_other_versions_switch_the_speedups_off_and_still_write_the_same_pdf(plain, monkeypatch) -> None:
    real = versions.installed
    monkeypatch.setattr(versions, "installed", lambda name: "0.99" if name == "pydyf" else real(name))
    html = fixture_html(_PARTS)
    typesetter = PartwiseTypesetter()
    assert typesetter.speedups_off is not None and "pydyf 0.99" in typesetter.speedups_off
    assert "\n" not in typesetter.speedups_off
    assert not speedups.installed() and all(group in ("tags", "fonts") for group in _groups())
    parted = typesetter.render_pdf(html, TEMPLATES, date="2024-01-01").data
    again = typesetter.render_pdf(html.replace("Cover.", "Cover, edited."), TEMPLATES, date="2024-01-01").data
    whole = render_pdf(html.replace("Cover.", "Cover, edited."), TEMPLATES, date="2024-01-01").data
    # Without the speed-ups the part-wise PDF is the one-piece build's, byte for byte.
    assert again == whole and parted != whole
    facts = read(whole)
    assert facts["pages"] == 3 and "日ソ中立条約" in facts["texts"][2]
    assert ("/Span", "ja", "") in facts["tags"] and facts["artifacts"] >= 2


def _groups() -> set[str]:
    return {patch.group for patch in patching._APPLIED.values()}


def test_a_correctness_patch_that_cannot_apply_stops_the_build(plain, monkeypatch) -> None:
    from weasyprint.pdf import tags as weasy_tags

    patching.restore("tags")
    monkeypatch.delattr(weasy_tags, "_build_box_tree")
    monkeypatch.setattr(versions, "installed", lambda name: "99.0")
    with pytest.raises(ContentError) as raised:
        render_pdf(fixture_html(_PARTS[:1]), TEMPLATES)
    message = str(raised.value)
    assert "WeasyPrint 99.0" in message and "_build_box_tree is missing" in message
    assert "weasyprint==70.0" in message
    monkeypatch.undo()
    correct.install()


@verified_only
def test_the_speedups_write_the_same_bytes_as_none(plain) -> None:
    """The contract: the default guide and the fixture, written without the speed-ups and
    with them (recording, then replaying every page), give the same bytes."""
    from generator.content.load import load_guide
    from generator.content.markup import MarkdownRenderer
    from generator.render.html import RenderOptions, render_html

    renderer = MarkdownRenderer()
    guide = load_guide(DEFAULT_GUIDE, renderer)
    for html, root in ((render_html(guide, RenderOptions(), renderer), guide.root), (fixture_html(_PARTS), TEMPLATES)):
        speedups.uninstall()
        with Typesetting(root) as session:
            document = session.lay_out(html)
            without = write(session, document, document.pages)
            assert speedups.install() is None
            cache = painted.PaintCache()
            with painted.reusing(cache):
                recorded = write(session, document, document.pages)
                replayed = write(session, document, document.pages)
        assert cache.hits > 0
        assert without == recorded == replayed


@verified_only
def test_the_watchs_pdf_reads_as_the_plain_one(plain) -> None:
    """The watch's PDF deflates at a lower level, so its bytes differ; what a reader gets
    (text, pages, outline, links, tags, fonts, artifacts) is the same, after an edit too."""
    edited = [*_PARTS[:2], _PARTS[2].replace("Grey text", "Grey text, edited")]
    plain_pdf = render_pdf(fixture_html(edited), TEMPLATES, date="2024-01-01").data
    typesetter = PartwiseTypesetter()
    assert typesetter.speedups_off is None
    typesetter.render_pdf(fixture_html(_PARTS), TEMPLATES, date="2024-01-01")
    fast = typesetter.render_pdf(fixture_html(edited), TEMPLATES, date="2024-01-01").data
    assert typesetter._painted.hits >= 1  # the parts the edit did not touch were replayed
    assert fast != plain_pdf
    facts = read(fast)
    assert facts == read(plain_pdf)
    assert facts["outline"] and facts["links"] and facts["artifacts"] >= 2
    assert any(tag == ("/TH", "", "/Column") for tag in facts["tags"])
