"""The teaching-depth question types (source, essay, sequencing, matching, cloze) in every export.

The first tests feed the exporters only these questions, validated by the content
model's own classes; the last one appends them to the default guide's
questions.yaml and loads it through the real loader.
"""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest
from conftest import DEFAULT_GUIDE
from pydantic import TypeAdapter
from test_exports import FIXTURES, _children, _gift, _schema

from generator.content.load import load_guide
from generator.content.questions import NumberedQuestion
from generator.content.teaching import QUESTION_TYPES, Question
from generator.products.exports import export
from generator.products.exports.common import Item

NEW_TYPES = ("source", "essay", "sequencing", "matching", "cloze")

QUESTIONS_YAML = """
- type: source
  section: neutrality-pact
  question: "Read the extract from the Neutrality Pact and answer the questions."
  source:
    text: >-
      Should one of the Contracting Parties become the object of hostilities on the
      part of one or several third powers, the other Contracting Party will observe
      neutrality throughout the duration of the conflict.
    attribution: "Pact of Neutrality between the USSR and Japan, Article 2"
    date: "1941-04-13"
    kind: primary
  parts:
    - question: "What did each party promise if the other were attacked?"
      marks: 2
      answer: "Neutrality throughout the conflict."
    - question: "Why did this matter to Japan in 1941?"
      marks: 3
      answer: "It secured the northern flank while Japan moved south."
      lines: 4
- type: essay
  section: soviet-entry
  question: "To what extent was Soviet entry into the war the main reason for Japan's surrender in August 1945?"
  marks: 15
  levels:
    - marks: "13–15"
      descriptor: "A sustained, balanced argument."
    - marks: "9–12"
      descriptor: "A developed argument with some balance."
  indicative:
    - "The Soviet declaration of 8 August."
    - "The atomic bombings of 6 and 9 August."
  planning_lines: 12
- type: sequencing
  question: "Put these events in chronological order, earliest first."
  items:
    - {text: "Battle of Lake Khasan", date: "1938-07-29/1938-08-11"}
    - {text: "Neutrality Pact signed", date: "1941-04-13"}
    - {text: "Soviet declaration of war on Japan", date: "1945-08-08"}
- type: matching
  question: "Match each person to their role."
  pairs:
    - {left: "Vyacheslav Molotov", right: "Soviet foreign minister who signed the pact"}
    - {left: "Matsuoka Yosuke", right: "Japanese foreign minister who signed the pact"}
    - {left: "Georgy Zhukov", right: "Commander at Khalkhin Gol"}
- type: cloze
  question: "Complete the passage with words from the box."
  text: "The pact was signed in [[Moscow]] on [[13 April 1941]] and was to last [[five years]]."
  distractors: ["Tokyo", "ten years"]
- type: cloze
  question: "Complete the sentence."
  text: "The pact was signed in [[Moscow]]."
  distractors: ["Tokyo", "Berlin"]
"""


def _new_items(guide) -> list[Item]:
    from ruamel.yaml import YAML

    records = YAML(typ="safe").load(QUESTIONS_YAML)
    questions = TypeAdapter(list[Question]).validate_python(records)
    sections = {s.slug: s for s in guide.sections}
    return [Item(n, sections.get(q.section or ""), q) for n, q in enumerate(questions, start=1)]


@pytest.fixture(scope="module")
def guide():
    return load_guide(DEFAULT_GUIDE)


@pytest.fixture()
def only_new(guide, monkeypatch):
    """Make the exporters see these questions instead of the guide's own."""
    import generator.products.exports as exports

    monkeypatch.setattr(exports, "_items", lambda _guide: _new_items(guide))
    return guide


def test_moodle_carries_every_new_type_but_sequencing_and_says_why(only_new, tmp_path):
    import xml.etree.ElementTree as ET

    result = export(only_new, "moodle", tmp_path)
    assert [(e.number, e.kind) for e in result.left_out] == [(3, "sequencing")]
    assert "qtype_ordering" in result.left_out[0].reason
    assert "qtype_ordering" in result.paths[1].read_text()
    root = ET.parse(result.paths[0]).getroot()
    kinds = [q.get("type") for q in root if q.get("type") != "category"]
    assert kinds == ["essay", "essay", "essay", "matching", "cloze", "cloze"]  # the source's 2 parts, then the essay
    documented = {q.get("type"): _children(q) for q in ET.parse(FIXTURES / "moodle-documented.xml").getroot()}
    assert all(_children(q) == documented[q.get("type")] for q in root)
    source_part = root.findall("question[@type='essay']")[1]
    assert "Article 2" in source_part.findtext("questiontext/text")
    assert source_part.findtext("defaultgrade") == "3"

    parser = pytest.importorskip("moodle_xml_parser.parser")
    cloze = parser.parse_file(str(result.paths[0]))["cloze"][0]
    assert len(cloze.gaps) == 3
    right = [[o.answer for o in gap.options if o.score == 100] for gap in cloze.gaps]
    assert right == [["Moscow"], ["13 April 1941"], ["five years"]]
    assert sorted(o.answer for o in cloze.gaps[0].options) == sorted(
        ["13 April 1941", "five years", "Moscow", "ten years", "Tokyo"]
    )


def test_gift_leaves_out_sequencing_and_a_many_blank_cloze_with_reasons(only_new, tmp_path):
    result = export(only_new, "gift", tmp_path)
    assert [(e.number, e.kind) for e in result.left_out] == [(3, "sequencing"), (5, "cloze")]
    assert "one blank" in result.left_out[1].reason
    parsed = _gift(result.paths[0])
    kinds = {q.title: type(q.answers).__name__ for q in parsed}
    assert kinds == {"Q01(a)": "Essay", "Q01(b)": "Essay", "Q02": "Essay", "Q04": "MatchingSet", "Q06": "SelectSet"}
    matching = next(q for q in parsed if q.title == "Q04")
    # (this parser keeps the space before '->'; the documented example reads the same way)
    assert [(a.question.strip(), a.answer.strip()) for a in matching.answers.answers][0] == (
        "Vyacheslav Molotov",
        "Soviet foreign minister who signed the pact",
    )
    missing_word = next(q for q in parsed if q.title == "Q06")
    assert [a.answer for a in missing_word.answers.answers if a.fraction == 100] == ["Moscow"]


def test_qti_carries_matching_and_cloze_valid_against_the_schema(only_new, tmp_path):
    import xml.etree.ElementTree as ET

    result = export(only_new, "qti", tmp_path)
    assert [e.kind for e in result.left_out] == ["sequencing"]
    with zipfile.ZipFile(result.paths[0]) as archive:
        assessment = archive.read(next(n for n in archive.namelist() if n != "imsmanifest.xml"))
    _schema("ims_qtiasiv1p2.xsd").validate(io.BytesIO(assessment))
    root = ET.fromstring(assessment)
    types = [
        f.findtext("{*}fieldentry")
        for f in root.findall(".//{*}qtimetadatafield")
        if f.findtext("{*}fieldlabel") == "question_type"
    ]
    assert types == [
        "essay_question",
        "essay_question",
        "essay_question",
        "matching_question",
        "fill_in_multiple_blanks_question",
        "fill_in_multiple_blanks_question",
    ]


def test_cards_and_the_deck_carry_every_type(only_new, tmp_path):
    pytest.importorskip("anki")
    result = export(only_new, "tsv", tmp_path)
    assert result.left_out == []
    lines = result.paths[0].read_text(encoding="utf-8").splitlines()
    sequencing = next(line for line in lines if line.startswith("Put these events"))
    # Shown shuffled, never in the correct order; the key puts the letters back.
    shown = [part.split(". ", 1)[1] for part in sequencing.split("\t")[0].split(" / ")[1:]]
    correct = ["Battle of Lake Khasan", "Neutrality Pact signed", "Soviet declaration of war on Japan"]
    assert sorted(shown) == sorted(correct) and shown != correct
    assert "Neutrality Pact signed (13 April 1941)" in sequencing.split("\t")[1]  # dated as the booklet dates it
    cloze = next(line for line in lines if line.startswith("Complete the passage"))
    assert "(1) ______" in cloze and "(1) Moscow" in cloze


def test_shuffled_orders_are_fixed_and_never_the_answer(guide):
    sequencing, matching, cloze = (item.numbered for item in _new_items(guide)[2:5])
    shown = [text for _letter, text in sequencing.shuffled]
    assert shown == [text for _letter, text in NumberedQuestion(9, sequencing.question).shuffled]
    assert shown != [event.text for event in sequencing.question.items]
    assert [text for _letter, text in matching.shuffled] != [pair.right for pair in matching.question.pairs]
    assert [word for _number, word in cloze.key] == ["Moscow", "13 April 1941", "five years"]


def test_the_new_types_from_a_real_guide_reach_every_format(tmp_path):
    assert set(NEW_TYPES) <= set(QUESTION_TYPES)
    folder = tmp_path / DEFAULT_GUIDE.name
    shutil.copytree(DEFAULT_GUIDE, folder)
    with open(folder / "questions.yaml", "a", encoding="utf-8") as handle:
        handle.write(QUESTIONS_YAML)
    real = load_guide(folder)
    out = tmp_path / "out"
    left = {name: export(real, name, out).left_out for name in ("moodle", "qti", "gift", "anki")}
    assert {e.kind for e in left["moodle"]} == {"sequencing"}
    assert {e.kind for e in left["qti"]} == {"sequencing"}
    assert {e.kind for e in left["gift"]} == {"sequencing", "cloze"}
    assert left["anki"] == []
