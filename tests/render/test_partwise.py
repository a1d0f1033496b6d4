"""The part-wise typesetting of the watch gives the one-piece build's PDF, and after an
edit lays out again only what the edit touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from generator.authoring.watch import Watcher
from generator.content.load import load_guide
from generator.content.markup import MarkdownRenderer
from generator.render.body_parts import split
from generator.render.html import RenderOptions, render_html
from generator.render.parts import PartwiseTypesetter
from generator.render.pdf import render_pdf
from tests.conftest import DEFAULT_GUIDE, page_texts


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, PartwiseTypesetter]:
    """The default guide typeset in one piece and part by part."""
    renderer = MarkdownRenderer()
    guide = load_guide(DEFAULT_GUIDE, renderer)
    html = render_html(guide, RenderOptions(), renderer)
    folder = tmp_path_factory.mktemp("partwise")
    whole, parts = folder / "whole.pdf", folder / "parts.pdf"
    whole.write_bytes(render_pdf(html, guide.root).data)
    typesetter = PartwiseTypesetter()
    parts.write_bytes(typesetter.render_pdf(html, guide.root).data)
    return whole, parts, typesetter


def part_openers(typesetter: PartwiseTypesetter) -> set[int]:
    """Index of the first page of every part after the lead."""
    first, openers = len(typesetter._lead.pages) if typesetter._lead else 0, set()
    for laid in typesetter._parts:
        assert laid is not None
        openers.add(first)
        first += len(laid.pages)
    return openers


def test_split_cuts_the_body_at_its_top_level_elements() -> None:
    html = '<html><head><title>t</title></head><body>\n<div class="x">a<br>b</div>\n<section class="cover">c<img src="i"></section>\n<nav id="n"><p>d</p></nav><hr>\n</body></html>'
    pieces = split(html)
    assert pieces.head.endswith("<body>")
    assert pieces.lead.strip().endswith('<section class="cover">c<img src="i"></section>')
    assert pieces.parts == ('<nav id="n"><p>d</p></nav>', "<hr>")
    assert pieces.tail == "</body></html>"


def test_same_pages_and_text_as_the_one_piece_build(both: tuple[Path, Path, PartwiseTypesetter]) -> None:
    whole, parts, typesetter = both
    one, other = page_texts(whole), page_texts(parts)
    assert len(one) == len(other) > 30
    assert_same_pages(one, other, typesetter)


def assert_same_pages(one: list[str], other: list[str], typesetter: PartwiseTypesetter) -> None:
    """The one-piece and the part-wise PDFs' page texts agree, but for the one accepted difference."""
    assert len(one) == len(other)
    openers = part_openers(typesetter)
    for index, (a, b) in enumerate(zip(one, other, strict=True)):
        if a == b:
            continue
        # The one accepted difference: on a part's opening right-hand page whose title is
        # not the page's first element, `string(part, start)` gives the entry value, the
        # title of the part before; laid out alone, a part has no part before it.
        missing = [line for line in a.splitlines() if line not in b.splitlines()]
        assert index in openers and b.splitlines() == [line for line in a.splitlines() if line not in missing], (
            f"page {index + 1} differs"
        )
        assert len(missing) == 1 and index % 2 == 0, f"page {index + 1}: {missing}"


def outline(pdf: Path) -> list[tuple[str, int]]:
    reader = PdfReader(pdf)

    def walk(items: list) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for item in items:
            if isinstance(item, list):
                out += walk(item)
            else:
                out.append((item.title, reader.get_destination_page_number(item)))
        return out

    return walk(reader.outline)


def links(pdf: Path) -> list[tuple[int, int]]:
    """(page of the link, page it leads to) for every internal link."""
    reader = PdfReader(pdf)
    named = reader.named_destinations
    found = []
    for number, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            dest = annot.get("/Dest") or (annot.get("/A") or {}).get("/D")
            if dest is None:
                continue
            target = named[str(dest)] if not isinstance(dest, list) else None
            found.append((number, reader.get_destination_page_number(target) if target else -1))
    return found


def tag_types(pdf: Path) -> list[str]:
    """The structure element types in document order."""
    with pikepdf.open(pdf) as document:
        types: list[str] = []
        stack = [document.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary) and "/S" in node:
                types.append(str(node.S))
            kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
            if isinstance(kids, pikepdf.Array):
                stack.extend(reversed(list(kids)))
            elif isinstance(kids, pikepdf.Dictionary):
                stack.append(kids)
        return types


def test_same_outline_links_and_tags_as_the_one_piece_build(both: tuple[Path, Path, PartwiseTypesetter]) -> None:
    whole, parts, _ = both
    assert outline(parts) == outline(whole) and len(outline(whole)) > 10
    assert links(parts) == links(whole) and len(links(whole)) > 10
    assert all(target >= 0 for _, target in links(parts))
    assert tag_types(parts) == tag_types(whole) and len(tag_types(whole)) > 100


def test_contents_page_numbers_match(both: tuple[Path, Path, PartwiseTypesetter]) -> None:
    whole, parts, _ = both
    assert page_texts(parts)[1] == page_texts(whole)[1]
    assert any(char.isdigit() for char in page_texts(parts)[1])


def changed_pages(before: list[str], after: list[str]) -> list[int]:
    return [index for index, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]


def test_watch_relays_out_only_what_an_edit_touched(tmp_path: Path) -> None:
    guide = tmp_path / "guide"
    shutil.copytree(DEFAULT_GUIDE, guide)
    watcher = Watcher(guide, tmp_path / "out", port=0)
    try:
        first = watcher.rebuild_pdf()
        assert first.pdf is not None and first.error is None
        before, parts = page_texts(first.pdf), _parts_of(guide)
        typesetter = watcher._parts
        index_of = {part.split('id="', 1)[1].split('"', 1)[0]: i for i, part in enumerate(parts)}

        def edit(path: Path, old: str, new: str, part: str) -> None:
            """Edit, rebuild, and check that the PDF changed only on the edited parts' pages."""
            nonlocal before, parts
            text = path.read_text(encoding="utf-8")
            assert old in text
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
            built = watcher.rebuild_pdf()
            assert built.pdf is not None and built.error is None
            after, now = page_texts(built.pdf), _parts_of(guide)
            edited = [i for i, (a, b) in enumerate(zip(parts, now, strict=True)) if a != b]
            assert index_of[part] in edited
            # The same page count: nothing moved, so only the edited parts were laid out.
            assert len(after) == len(before) and typesetter.laid_out == edited
            pages = _pages_of(typesetter, edited)
            changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
            assert changed and set(changed) <= pages and any(new in after[i] for i in changed)
            before, parts = after, now

        section = sorted((guide / "sections").glob("*.md"))[3]
        edit(section, " was ", " was certainly ", f"section-{_slug(section)}")
        edit(guide / "timeline.yaml", "signed in Beijing", "signed at Peking", "timeline")
        edit(guide / "glossary.yaml", "(Peking Convention)", "(Beijing Convention)", "glossary")
        # The warm process replayed the pages it kept, painted for the PDF before; a new
        # watch paints every page: the same bytes.
        assert typesetter._painted.hits > len(before) // 2
        warm = watcher.rebuild_pdf()
        fresh = Watcher(guide, tmp_path / "fresh", port=0)
        try:
            cold = fresh.rebuild_pdf()
        finally:
            fresh.server.server_close()
        assert warm.pdf is not None and cold.pdf is not None
        assert warm.pdf.read_bytes() == cold.pdf.read_bytes()
    finally:
        watcher.server.server_close()


def _pages_of(typesetter: PartwiseTypesetter, indexes: list[int]) -> set[int]:
    """The page indexes (in the whole) of the given parts."""
    pages, first = set(), len(typesetter._lead.pages) if typesetter._lead else 0
    for index, laid in enumerate(typesetter._parts):
        assert laid is not None
        if index in indexes:
            pages.update(range(first, first + len(laid.pages)))
        first += len(laid.pages)
    return pages


def _parts_of(guide: Path) -> tuple[str, ...]:
    renderer = MarkdownRenderer()
    return split(render_html(load_guide(guide, renderer), RenderOptions(), renderer)).parts


def _slug(section: Path) -> str:
    return load_guide(section.parent.parent).sections[sorted(section.parent.glob("*.md")).index(section)].slug


def test_a_kept_part_still_reports_what_the_sandbox_refused() -> None:
    renderer = MarkdownRenderer()
    guide = load_guide(DEFAULT_GUIDE, renderer)
    # The guide's own head: its stylesheets bring the only fonts the sandbox has.
    head = split(render_html(guide, RenderOptions(), renderer)).head
    page = (
        head + '<section class="cover">Cover</section>'
        '<section class="glance"><img src="https://example.com/x.png">One</section>'
        '<section class="faq">{text}</section></body></html>'
    )
    typesetter = PartwiseTypesetter()
    first = typesetter.render_pdf(page.replace("{text}", "Two"), guide.root)
    again = typesetter.render_pdf(page.replace("{text}", "Two, edited"), guide.root)
    assert typesetter.laid_out == [1]  # the part with the image was kept
    assert first.refused == again.refused == ["https://example.com/x.png"]
    assert first.pages == again.pages == 3
