"""Every record of a loaded guide knows the file and line it was written on."""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from guide_factory import make_guide

from generator.authoring.check import find_inconsistencies
from generator.authoring.schema import schemas
from generator.build import typeset
from generator.content.load import load_guide
from generator.errors import ContentError
from generator.render.html import render_html

TIMELINE = """\
# The pact and its end.
- date: 1941-04-13
  title: Neutrality Pact signed
  id: neutrality-pact

- date: 1945-04-05
  title: The Soviet Union denounces the pact
  detail: >
    The pact would lapse a year later;
    Tokyo read the notice as a warning.
"""

FAQ = """\
- question: Why did Japan sign?
  answer: To secure its northern border.
- question: Was the pact kept?
  answer: |
    Until August 1945.
    Then the Soviet Union attacked.
"""


@pytest.fixture()
def guide(tmp_path):
    return load_guide(make_guide(tmp_path, files={"timeline.yaml": TIMELINE, "faq.yaml": FAQ}))


def test_records_carry_their_file_and_lines(guide):
    signed, denounced = guide.events
    assert (signed.origin.path.name, signed.origin.line) == ("timeline.yaml", 2)
    assert signed.origin.line_of("id") == 4
    assert (denounced.origin.line, denounced.origin.line_of("detail")) == (6, 8)
    assert denounced.origin.line_containing("Tokyo", "detail") == 10
    kept = guide.faq[1]
    assert (kept.origin.line_of("question"), kept.origin.line_of("answer")) == (3, 4)
    assert kept.origin.line_of("no-such-key") == 3  # an unwritten key: the record's line
    assert guide.meta.origin.path.name == "guide.yaml" and guide.meta.origin.line_of("title") == 1


def test_sections_carry_their_front_matter_lines_and_text(guide):
    section = guide.sections[0]
    lines = section.origin.text.split("\n")
    assert section.origin.path == section.path
    assert lines[section.origin.line_of("title") - 1] == f"title: {section.title}"
    assert lines[section.body_line - 2] == "---"  # the body starts after the closing fence


def test_locations_survive_pickling_and_stay_out_of_the_schemas(guide):
    again = pickle.loads(pickle.dumps(guide))
    assert again.events[1].origin.line_of("detail") == 8
    assert again.faq[1].origin.path == guide.faq[1].origin.path
    named = set(_property_names(schemas()))
    assert {"title", "date", "answer"} <= named  # the pattern finds the records' keys
    assert not {"origin", "_origin"} & named


def test_a_glyph_no_font_has_is_located_at_the_line_it_was_written_on(tmp_path):
    timeline = TIMELINE.replace("Tokyo read", "Tokyo \U0001d11e read")
    guide = load_guide(make_guide(tmp_path, files={"timeline.yaml": timeline}))
    with pytest.raises(ContentError) as caught:
        typeset(guide, render_html(guide))
    (problem,) = caught.value.problems
    assert (problem.path.name, problem.line) == ("timeline.yaml", 10)


def _property_names(schema: Any) -> Iterator[str]:
    """Every key any record of the schemas may have."""
    if isinstance(schema, dict):
        yield from schema.get("properties", {})
        for value in schema.values():
            yield from _property_names(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _property_names(value)


def test_check_reads_no_file_again(tmp_path):
    timeline = TIMELINE + "- date: 1950-06-25\n  title: A war far away begins\n"
    root = make_guide(tmp_path, files={"timeline.yaml": timeline, "faq.yaml": FAQ})
    guide = load_guide(root)
    findings = [str(finding) for finding in find_inconsistencies(guide)]
    assert any("timeline.yaml:11: info: no section mentions 'A war far away begins'" in f for f in findings)
    assert any("01-background.md:4: warning: '1939'" in f for f in findings)
    shutil.rmtree(root)  # whatever check needs, it has from the loaded guide
    assert [str(finding) for finding in find_inconsistencies(guide)] == findings


def test_sections_with_one_name_after_their_numbers_get_an_anchor_each(tmp_path):
    import re

    import pypdfium2 as pdfium

    from generator.build import build_guide

    def part(title: str) -> str:
        return f"---\ntitle: {title}\nsummary:\n  - One.\n  - Two.\n---\n\nThe {title.lower()} in a sentence.\n"

    guide = make_guide(
        tmp_path,
        files={"sections/01-part.md": part("First part"), "sections/02-part.md": part("Second part")},
        remove=["sections/01-background.md", "sections/02-the-pact.md", "questions.yaml"],
    )
    loaded = load_guide(guide)
    assert [s.slug for s in loaded.sections] == ["01-part", "02-part"]
    html = render_html(loaded)
    ids = re.findall(r'id="(section-[^"]*)"', html)
    assert "section-01-part" in ids and "section-02-part" in ids and len(ids) == len(set(ids))

    document = pdfium.PdfDocument(build_guide(guide, tmp_path / "out").outputs[-1])
    try:
        marks = {item.get_title(): item.get_dest().get_index() for item in document.get_toc()}
        text = {i: document[i].get_textpage().get_text_range() for i in range(len(document))}
    finally:
        document.close()
    first, second = marks["First part"], marks["Second part"]
    assert first != second  # each bookmark opens its own section
    assert "The first part in a sentence" in text[first] and "The second part in a sentence" in text[second]

    (guide / "questions.yaml").write_text("- type: true-false\n  question: Q?\n  answer: true\n  section: part\n")
    with pytest.raises(ContentError) as raised:
        load_guide(guide)
    assert "01-part" in str(raised.value) and "02-part" in str(raised.value)  # the names to choose from
