"""The watch's cut of each new HTML version, parsed only where it changed, is the cut a
full parse gives."""

from __future__ import annotations

import pytest

from generator.content.load import load_guide
from generator.content.markup import MarkdownRenderer
from generator.render import body_parts
from generator.render.body_parts import Splitter, split
from generator.render.html import RenderOptions, render_html
from tests.conftest import DEFAULT_GUIDE


@pytest.fixture(scope="module")
def page() -> str:
    renderer = MarkdownRenderer()
    return render_html(load_guide(DEFAULT_GUIDE, renderer), RenderOptions(), renderer)


def edits(page: str) -> list[tuple[str, str]]:
    """(what, the edited page): edits a save makes, and some that change the cut itself."""
    pieces = split(page)
    section = next(part for part in pieces.parts if 'class="section' in part[:200])
    start = page.index(section)
    middle = start + len(section) // 2
    glossary = page.index('class="glossary')
    return [
        ("a word inside a section", page[:middle] + " certainly" + page[middle:]),
        ("a section removed", page[:start] + page[start + len(section) :]),
        ("a part added", page[:start] + '<section class="extra"><p>New</p></section>' + page[start:]),
        ("two parts edited", page[:start] + "<p>x</p>" + page[start:glossary] + " y" + page[glossary:]),
        ("a section split in two", page[:middle] + "</section><section class='more'>" + page[middle:]),
        ("an element left open", page[:middle] + "<div>" + page[middle:]),
        ("the head's style", page.replace("</head>", "<style>p { color: red }</style></head>", 1)),
        ("the text between two parts", page[:start] + "\n\n" + page[start:]),
        ("nothing", page),
    ]


def test_the_cut_of_an_edit_is_the_cut_of_a_full_parse(page: str) -> None:
    for what, edited in edits(page):
        splitter = Splitter()
        splitter(page)
        assert splitter(edited) == split(edited), what


def test_an_edit_inside_a_part_parses_only_that_part(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _, edited = edits(page)[0]
    parsed: list[int] = []
    original = body_parts._TopLevel.feed

    def feed(parser: body_parts._TopLevel, data: str) -> None:
        parsed.append(len(data))
        original(parser, data)

    monkeypatch.setattr(body_parts._TopLevel, "feed", feed)
    splitter = Splitter()
    splitter(page)
    splitter(edited)
    assert parsed[0] == len(page) and len(parsed) == 2
    assert parsed[1] < len(page) / 5  # one section of a dozen parts
