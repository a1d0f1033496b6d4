"""Exports of a hostile guide, each read back by its real client.

The guide holds what a shared guide may hold to hurt the teacher who exports it or the
student who opens the file: spreadsheet formulas, control characters XML cannot carry,
a bare carriage return, GIFT's and Moodle cloze's own markup written as text, two
questions worded alike, and the date 0001-01-01.
"""

from __future__ import annotations

import csv
import html
import io
import re
import sqlite3
import xml.etree.ElementTree as ET
import zipfile

import pytest
from guide_factory import make_guide
from test_exports import _gift, _schema

from generator.content.load import load_guide
from generator.products.exports import FORMATS, export_guide

GLOSSARY = r"""
- term: "=HYPERLINK(\"http://evil.example\",\"click\")"
  definition: "+cmd|' /C calc'!A0"
- term: "@SUM(1+1)"
  definition: "-2+3 is a formula"
- term: "Line\rbreak"
  definition: "Controls \x0b\x1b\0\x0c here \uFFFE and \uFFFF end"
- term: "Neutrality"
  definition: "Not taking sides in a war."
"""

QUESTIONS = r"""
- type: multiple-choice
  question: "Which is right?"
  choices: ["%100%right", "a -> b -> c", "[html]<b>bold</b>"]
  answer: "a -> b -> c"
- type: multiple-choice
  question: "Which is right?"
  choices: ["one", "two"]
  answer: "two"
- type: matching
  question: "[html]Match -> these"
  pairs:
    - {left: "A -> B", right: "C -> D"}
    - {left: "E", right: "%50%F"}
    - {left: "G", right: "H"}
- type: cloze
  question: "Fill in {1:SHORTANSWER:=x} the gap."
  text: "The pact {1:SHORTANSWER:=x} was signed in [[Moscow]]."
  distractors: ["Tokyo"]
- type: true-false
  question: "Controls \x0b\x1b\0\uFFFE pass."
  answer: true
"""

#: XML 1.0's forbidden characters, and a bare carriage return.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    parent = tmp_path_factory.mktemp("hostile")
    root = make_guide(parent, "hostile", {"glossary.yaml": GLOSSARY, "questions.yaml": QUESTIONS})
    meta = root / "guide.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("date: 2024-05-01", "date: 0001-01-01"))
    guide = load_guide(root)
    out = parent / "out"
    return guide, {name: export_guide(guide, name, out)[0] for name in FORMATS}


def test_moodle_xml_is_well_formed_and_reads_back(hostile):
    guide, files = hostile
    data = files["moodle"].read_bytes().decode("utf-8")
    assert not FORBIDDEN.search(data.replace("\r", "\x00"))
    root = ET.fromstring(data)  # well-formed
    parser = pytest.importorskip("moodle_xml_parser.parser")
    parsed = parser.parse_file(str(files["moodle"]))
    assert len(parsed["multichoice"]) == 2
    cloze = next(q for q in root if q.get("type") == "cloze").findtext("questiontext/text")
    # One gap, the real one: the author's literal '{1:SHORTANSWER:=x}' is shown, not asked.
    assert re.findall(r"\{\d*:[A-Z_]+:", cloze) == ["{1:MULTICHOICE:"]
    assert html.unescape(cloze).count("{1:SHORTANSWER:=x}") == 2  # in the question and in the passage
    controls = next(q for q in root if q.get("type") == "truefalse").findtext("questiontext/text")
    assert "Controls  pass." in controls


def test_qti_is_valid_and_every_item_has_its_own_ident(hostile):
    _guide, files = hostile
    with zipfile.ZipFile(files["qti"]) as archive:
        manifest = archive.read("imsmanifest.xml")
        assessment = archive.read(next(n for n in archive.namelist() if n != "imsmanifest.xml"))
    assert not FORBIDDEN.search(assessment.decode("utf-8"))
    _schema("imscp_v1p1.xsd").validate(io.BytesIO(manifest))
    _schema("ims_qtiasiv1p2.xsd").validate(io.BytesIO(assessment))
    idents = [item.get("ident") for item in ET.fromstring(assessment).findall(".//{*}item")]
    assert len(idents) == 5 and len(set(idents)) == len(idents)


def _shown(gift_text: str) -> str:
    """What Moodle shows for GIFT text: its escapes undone (pygiftparser keeps them), then
    the HTML character references of its default text format read."""
    return html.unescape(re.sub(r"\\([:#={}~\\])", r"\1", gift_text)).strip()


def test_gift_reads_back_with_the_text_as_written(hostile):
    guide, files = hostile
    parsed = _gift(files["gift"])
    assert len(parsed) == 5 and all(q.valid for q in parsed)
    first = parsed[0]
    answers = [(_shown(a.answer), a.fraction) for a in first.answers.answers]
    # '%100%' is no weight and '->' no pair: each choice is read as written, the right one scores.
    assert answers == [("%100%right", 0), ("a -> b -> c", 100), ("[html]<b>bold</b>", 0)]
    matching = next(q for q in parsed if type(q.answers).__name__ == "MatchingSet")
    pairs = [(_shown(a.question), _shown(a.answer)) for a in matching.answers.answers]
    assert pairs == [("A -> B", "C -> D"), ("E", "%50%F"), ("G", "H")]
    assert _shown(matching.text).startswith("[html]Match -> these")
    text = files["gift"].read_text(encoding="utf-8")
    assert "\n[html]" not in text and "::[html]" not in text and not FORBIDDEN.search(text)


def _anki_notes(package, tmp_path):
    from anki.collection import Collection, ImportAnkiPackageRequest
    from anki.import_export_pb2 import ImportAnkiPackageOptions

    collection = Collection(str(tmp_path / "student.anki2"))
    try:
        request = ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
        log = collection.import_anki_package(request).log
        notes = [collection.get_note(nid) for nid in collection.find_notes("")]
        return [(note.id, note.guid, note.fields[0]) for note in notes], log
    finally:
        collection.close()


def test_anki_keeps_questions_worded_alike_with_positive_ids(hostile, tmp_path):
    pytest.importorskip("anki")
    guide, files = hostile
    with zipfile.ZipFile(files["anki"]) as archive:
        (tmp_path / "deck.anki2").write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "deck.anki2") as db:
        ids = [row[0] for row in db.execute("select id from notes union all select id from cards")]
        guids = [row[0] for row in db.execute("select guid from notes")]
    assert min(ids) > 0 and len(set(guids)) == len(guids)
    notes, log = _anki_notes(files["anki"], tmp_path)
    expected = len(guide.glossary) + len(guide.people) + len(guide.events) + len(guide.questions)
    assert len(notes) == expected == len(log.new)
    assert sum(front == "Which is right?\n\nA. %100%right" or "Which is right?" in front for _, _, front in notes) == 2
    assert not any(FORBIDDEN.search(front) for _, _, front in notes)


def test_csv_and_tsv_cells_are_never_formulas(hostile):
    guide, files = hostile
    with files["csv"].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert '\'=HYPERLINK("http://evil.example","click")' in cells and "'+cmd|' /C calc'!A0" in cells
    lines = files["tsv"].read_text(encoding="utf-8").split("\n")[:-1]
    # One card a line: the bare carriage return in a term did not start a second card.
    assert len(lines) == len(rows) - 1 and all(line.count("\t") == 1 for line in lines)
    assert "Line / break\t" in "\n".join(lines)
    for line in lines:
        assert not line.split("\t")[0].startswith(("=", "+", "-", "@"))
        assert not FORBIDDEN.search(line)
