"""Exports read back by real clients: Anki's own library, the IMS XSDs, independent Moodle XML and GIFT parsers."""

from __future__ import annotations

import io
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from conftest import DEFAULT_GUIDE, TESTS
from guide_factory import cli

from generator.content.load import load_guide
from generator.products.exports import FORMATS, export, export_guide
from generator.products.exports.common import items

FIXTURES = TESTS / "fixtures" / "exports"
XSD = TESTS / "data" / "ims"


@pytest.fixture(scope="module")
def guide():
    return load_guide(DEFAULT_GUIDE)


@pytest.fixture(scope="module")
def exported(guide, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("exports")
    return {name: export_guide(guide, name, out)[0] for name in FORMATS}


def _counts(guide) -> dict[str, int]:
    kinds = [q.type for q in guide.questions]
    return {kind: kinds.count(kind) for kind in set(kinds)}


def _left_out(guide, name: str) -> list[int]:
    """The numbers of the questions a format cannot carry, read from the content, not from the exporter:
    no quiz format has a core ordering question, and GIFT's missing word is a single blank."""
    return [
        item.number
        for item in items(guide)
        if (name in ("moodle", "qti", "gift") and item.kind == "sequencing")
        or (name == "gift" and item.kind == "cloze" and item.question.text.count("[[") > 1)
    ]


def _entries(guide, name: str) -> int:
    """How many platform questions a quiz format writes: one per question, one per part of a source question."""
    skipped = set(_left_out(guide, name))
    return sum(
        len(item.question.parts) if item.kind == "source" else 1 for item in items(guide) if item.number not in skipped
    )


# ---- Every format, the same bytes twice --------------------------------------------------


def test_cli_writes_every_format_and_rebuilds_the_same_bytes(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        run = cli(["export", str(DEFAULT_GUIDE), "--output", str(out)])
        assert run.returncode == 0, run.stderr
    names = sorted(p.name for p in first.iterdir() if p.name != ".stamps")
    assert len([n for n in names if not n.endswith("-report.txt")]) == len(FORMATS)
    assert names == sorted(p.name for p in second.iterdir() if p.name != ".stamps")
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    # What a format cannot carry is listed, question by question, and nothing else is.
    listed = [line.split()[3] for line in run.stdout.splitlines() if line.startswith("  left out question")]
    expected = [str(n) for name in FORMATS for n in _left_out(load_guide(DEFAULT_GUIDE), name)]
    assert listed == expected and len(expected) >= 4


def test_a_content_mistake_is_one_line_and_exit_1(tmp_path):
    broken = tmp_path / "guide"
    shutil.copytree(DEFAULT_GUIDE, broken)
    questions = broken / "questions.yaml"
    questions.write_text(questions.read_text().replace("type: true-false", "type: true-flase", 1))
    run = cli(["export", str(broken), "--output", str(tmp_path / "out"), "--format", "gift"])
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "questions.yaml:" in run.stderr
    assert not (tmp_path / "out" / "guide-gift.txt").exists()


# ---- Anki: imported into a fresh collection by Anki's own library ------------------------


def _import(collection_path: Path, package: Path):
    from anki.collection import Collection, ImportAnkiPackageRequest
    from anki.import_export_pb2 import ImportAnkiPackageOptions

    collection = Collection(str(collection_path))
    try:
        request = ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
        log = collection.import_anki_package(request).log
        notes = {
            collection.get_note(nid).fields[0]: collection.get_note(nid).fields[1] for nid in collection.find_notes("")
        }
        return collection.note_count(), collection.card_count(), set(collection.tags.all()), notes, log
    finally:
        collection.close()


def test_anki_deck_imports_with_every_note_card_and_tag(guide, exported, tmp_path):
    pytest.importorskip("anki")
    notes, cards, tags, fields, log = _import(tmp_path / "fresh.anki2", exported["anki"])
    expected_notes = len(guide.glossary) + len(guide.people) + len(guide.events) + len(guide.questions)
    assert notes == expected_notes == len(log.new)
    # Terms and events ask both ways; people and questions one way.
    assert cards == 2 * len(guide.glossary) + len(guide.people) + 2 * len(guide.events) + len(guide.questions)
    sections = {q.section for q in guide.questions}
    assert sections <= tags
    assert {"glossary", "people", "timeline", "questions", guide.slug} <= tags
    # Each question is tagged with the objectives it tests, in Anki's hierarchy: objective::<id>.
    objectives = {f"objective::{objective}" for q in guide.questions for objective in q.objectives}
    assert len(objectives) >= 3 and objectives <= tags
    event = guide.events[1]
    assert any(front.startswith("When did this happen: ") and event.title in front for front in fields)


def test_a_revised_deck_updates_notes_instead_of_duplicating(guide, exported, tmp_path):
    pytest.importorskip("anki")
    revised_folder = tmp_path / DEFAULT_GUIDE.name  # the same slug: the same guide, revised
    shutil.copytree(DEFAULT_GUIDE, revised_folder)
    term = next(t for t in guide.glossary if t.definition.startswith("The treaty signed in Moscow"))
    glossary = revised_folder / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("The treaty signed in Moscow", "REVISED: the treaty signed in Moscow", 1))
    meta = revised_folder / "guide.yaml"
    meta.write_text(meta.read_text().replace(f'date: "{guide.meta.date}"', 'date: "2027-01-15"'))
    revised = load_guide(revised_folder)
    assert next(t for t in revised.glossary if t.term == term.term).definition.startswith("REVISED")
    package = export_guide(revised, "anki", tmp_path / "out")[0]

    collection = tmp_path / "student.anki2"
    before, cards_before, _tags, _fields, _log = _import(collection, exported["anki"])
    after, cards_after, _tags, fields, log = _import(collection, package)
    assert (after, cards_after) == (before, cards_before)  # no duplicates
    assert len(log.updated) >= 1 and not log.new
    assert fields[term.term].startswith("REVISED")


# ---- QTI 1.2: validated against the IMS schemas ------------------------------------------


def _schema(name: str):
    xmlschema = pytest.importorskip("xmlschema")
    locations = {
        "http://www.w3.org/XML/1998/namespace": str(XSD / "w3" / "xml.xsd"),
        "http://www.imsglobal.org/xsd/imsmd_v1p2": str(XSD / "imsmd_v1p2p4.xsd"),
    }
    return xmlschema.XMLSchema(str(XSD / name), locations=locations, allow="local")


def test_qti_package_is_valid_against_the_ims_schemas(guide, exported):
    with zipfile.ZipFile(exported["qti"]) as archive:
        names = archive.namelist()
        assert names[0] == "imsmanifest.xml"
        manifest = archive.read("imsmanifest.xml")
        href = ET.fromstring(manifest).find(".//{*}resource").get("href")
        assert href in names
        assessment = archive.read(href)
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    _schema("imscp_v1p1.xsd").validate(io.BytesIO(manifest))
    _schema("ims_qtiasiv1p2.xsd").validate(io.BytesIO(assessment))
    root = ET.fromstring(assessment)
    assert len(root.findall(".//{*}item")) == _entries(guide, "qti")
    types = [
        f.findtext("{*}fieldentry")
        for f in root.iter("{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}qtimetadatafield")
        if f.findtext("{*}fieldlabel") == "question_type"
    ]
    counts = _counts(guide)
    assert types.count("multiple_choice_question") == counts["multiple-choice"]
    assert types.count("true_false_question") == counts["true-false"]
    parts = sum(len(q.parts) for q in guide.questions if q.type == "source")
    assert types.count("essay_question") == counts["short-answer"] + counts["essay"] + parts
    assert types.count("matching_question") == counts["matching"]
    assert types.count("fill_in_multiple_blanks_question") == counts["cloze"]
    assert "ordering_question" not in types and counts["sequencing"] >= 1


def test_the_validator_rejects_a_broken_assessment(exported):
    with zipfile.ZipFile(exported["qti"]) as archive:
        href = next(n for n in archive.namelist() if n != "imsmanifest.xml")
        assessment = archive.read(href)
    broken = assessment.replace(b"<resprocessing>", b"<resprocessing><bogus/>", 1)
    assert broken != assessment
    with pytest.raises(Exception, match="bogus"):
        _schema("ims_qtiasiv1p2.xsd").validate(io.BytesIO(broken))


def test_qti_keys_match_the_content(guide, exported):
    with zipfile.ZipFile(exported["qti"]) as archive:
        href = next(n for n in archive.namelist() if n != "imsmanifest.xml")
        root = ET.fromstring(archive.read(href))
    checked = {"multiple-choice": 0, "matching": 0, "cloze": 0}
    for item in root.iter("{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}item"):
        prompt = ET.fromstring(f"<div>{item.find('.//{*}presentation/{*}material/{*}mattext').text}</div>")
        text = "".join(prompt.itertext())
        # A source part or a cloze passage follows its question's text in the prompt.
        question = max((q for q in guide.questions if text.startswith(q.question)), key=lambda q: len(q.question))
        if question.type not in checked:
            continue
        rights = [c.findtext("{*}varequal") for c in item.findall(".//{*}respcondition/{*}conditionvar")]
        responses = [r.get("ident") for r in item.findall(".//{*}response_lid")]
        awarded = []
        for respident, label in zip(responses, rights, strict=True):
            lid = item.find(f".//{{*}}response_lid[@ident='{respident}']")
            awarded.append(lid.find(f".//{{*}}response_label[@ident='{label}']").findtext(".//{*}mattext"))
        if question.type == "multiple-choice":
            assert awarded == [question.answer]
        elif question.type == "matching":
            assert awarded == [pair.right for pair in question.pairs]
        else:
            assert awarded == question.blanks
        checked[question.type] += 1
    counts = _counts(guide)
    assert checked == {kind: counts[kind] for kind in checked}


# ---- Moodle XML: the documented shapes, and an independent parser ------------------------


def _children(question: ET.Element) -> set[str]:
    return {child.tag for child in question}


def test_moodle_xml_has_the_documented_shape_and_a_category_per_section(guide, exported):
    documented = {q.get("type"): _children(q) for q in ET.parse(FIXTURES / "moodle-documented.xml").getroot()}
    root = ET.parse(exported["moodle"]).getroot()
    assert root.tag == "quiz"
    seen = set()
    for question in root:
        kind = question.get("type")
        assert kind in documented, kind
        assert _children(question) == documented[kind], kind
        seen.add(kind)
    assert {"category", "multichoice", "truefalse", "essay"} <= seen
    categories = [q.findtext("category/text") for q in root if q.get("type") == "category"]
    titles = {s.title for s in guide.sections if any(q.section == s.slug for q in guide.questions)}
    assert {c.rsplit("/", 1)[1] for c in categories} == titles
    assert all(c.startswith(f"$course$/top/{guide.meta.title}/") for c in categories)


def test_moodle_xml_read_back_by_an_independent_parser(guide, exported):
    parser = pytest.importorskip("moodle_xml_parser.parser")
    parsed = parser.parse_file(str(exported["moodle"]))
    choices = [item.question for item in items(guide) if item.kind == "multiple-choice"]  # print order
    assert len(parsed["multichoice"]) == len(choices)
    for read, question in zip(parsed["multichoice"], choices, strict=True):
        assert question.question in read.text_pre_parse
        right = [o.answer for o in read.options if o.score_fraction == 100]
        assert right == [question.answer]
        assert len(read.options) == len(question.choices)


# ---- GIFT: the documented examples, and an independent parser ---------------------------


def _gift(path: Path):
    parser = pytest.importorskip("pygiftparser.parser")
    with open(path, encoding="utf-8") as handle:
        return parser.parseFile(handle)


def test_gift_documented_examples_read_as_the_documentation_says():
    kinds = {q.title: type(q.answers).__name__ for q in _gift(FIXTURES / "gift-documented.txt")}
    assert kinds == {
        "Multiple choice": "SelectSet",
        "True-false": "TrueFalseSet",
        "Essay": "Essay",
        "Matching": "MatchingSet",
        "Missing word": "SelectSet",
        "Escapes": "SelectSet",
    }


def test_gift_read_back_by_an_independent_parser(guide, exported):
    parsed = _gift(exported["gift"])
    assert len(parsed) == _entries(guide, "gift")
    assert all(q.valid for q in parsed)
    expected = {
        "multiple-choice": "SelectSet",
        "true-false": "TrueFalseSet",
        "short-answer": "Essay",
        "essay": "Essay",
        "source": "Essay",
        "matching": "MatchingSet",
        "cloze": "SelectSet",  # a missing-word question
    }
    by_number = {f"Q{item.number:02d}": item.question for item in items(guide)}
    seen = set()
    for read in parsed:
        question = by_number[read.title[:3]]  # 'Q07', or 'Q07(a)' for a source question's part
        seen.add(question.type)
        assert type(read.answers).__name__ == expected[question.type], read.title
        assert read.text.startswith(question.question)
        if question.type in ("multiple-choice", "cloze"):
            right = [a.answer for a in read.answers.answers if a.fraction == 100]
            assert right == ([question.answer] if question.type == "multiple-choice" else question.blanks)
        elif question.type == "true-false":
            assert read.answers.answer is question.answer
        elif question.type == "matching":
            pairs = [(a.question.strip(), a.answer.strip()) for a in read.answers.answers]
            assert pairs == [(pair.left, pair.right) for pair in question.pairs]
    # The default guide's cloze passages all have several blanks: the one-blank case is in test_exports_new_types.
    assert seen == {item.kind for item in items(guide) if item.number not in _left_out(guide, "gift")}
    assert seen == set(expected) - {"cloze"}
    text = exported["gift"].read_text(encoding="utf-8")
    assert text.count("$CATEGORY: ") == len({q.section for q in guide.questions})


def test_gift_escapes_its_special_characters(guide):
    from generator.products.exports.gift import escape

    assert escape("a = b ~ c # d {e} f: g\\") == "a \\= b \\~ c \\# d \\{e\\} f\\: g\\\\"


# ---- CSV and TSV -------------------------------------------------------------------------


def test_tsv_has_one_card_a_line_and_csv_a_tags_column(guide, exported):
    import csv

    lines = exported["tsv"].read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 1 for line in lines)
    assert len(lines) == 2 * len(guide.glossary) + len(guide.people) + 2 * len(guide.events) + len(guide.questions)
    rows = list(csv.reader(io.StringIO(exported["csv"].read_text(encoding="utf-8"))))
    assert rows[0] == ["front", "back", "tags"]
    assert len(rows) == len(lines) + 1
    assert f"{guide.glossary[0].term}\t{guide.glossary[0].definition}" in lines


def test_reports_list_what_was_written(guide, tmp_path):
    left = _left_out(guide, "moodle")
    result = export(guide, "moodle", tmp_path)
    report = result.paths[1].read_text(encoding="utf-8")
    assert f"questions written: {len(guide.questions) - len(left)} of {len(guide.questions)}" in report
    assert f"entries written: {_entries(guide, 'moodle')}" in report
    assert f"left out: {len(left)}" in report
    assert [int(line.split()[1]) for line in report.splitlines() if line.startswith("  question ")] == left
    assert "qtype_ordering" in report
    cards = export(guide, "tsv", tmp_path).paths[1].read_text(encoding="utf-8")
    assert f"questions written: {len(guide.questions)} of {len(guide.questions)}" in cards
    assert "left out: nothing" in cards


@pytest.mark.parametrize("name", ["moodle", "gift", "qti"])
def test_every_question_type_is_written_or_its_omission_explained(name):
    import importlib

    from generator.products.exports.common import QUESTION_TYPES

    module = importlib.import_module(f"generator.products.exports.{name}")
    assert set(module.WRITERS) | set(module.UNSUPPORTED) == set(QUESTION_TYPES)
    assert not set(module.WRITERS) & set(module.UNSUPPORTED)
    assert all(len(reason) > 40 for reason in module.UNSUPPORTED.values())


def test_every_question_type_has_a_card():
    from generator.products.exports.common import QUESTION_TYPES
    from generator.products.exports.flashcards import QUESTION_SIDES

    assert set(QUESTION_SIDES) == set(QUESTION_TYPES)


def test_cards_print_the_booklets_letters_and_key(guide, exported):
    """A sequencing or matching card shows the events or meanings under the booklet's letters, and its key."""
    lines = exported["tsv"].read_text(encoding="utf-8").splitlines()
    labels = {"true": "True", "false": "False"}
    checked = 0
    for item in items(guide):
        if item.kind not in ("sequencing", "matching"):
            continue
        front, back = next(line for line in lines if line.startswith(item.question.question)).split("\t")
        shown = " / ".join(f"{letter}. {text}" for letter, text in item.numbered.shuffled)
        assert front.endswith(shown)
        assert back.startswith(item.numbered.answer_text(labels))
        checked += 1
    assert checked == _counts(guide)["sequencing"] + _counts(guide)["matching"]
