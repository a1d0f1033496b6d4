"""Issue 12's teaching components, built into real PDFs and read back.

The guide is the corpus's base guide with tests/fixtures/teaching laid over it:
one question of every type, mapped objectives, a debate and primary sources.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TESTS, flat, page_texts
from guide_factory import cli, make_guide
from ruamel.yaml import YAML

from generator.build import build_guide
from generator.content.load import load_guide
from generator.content.questions import objective_map, question_groups
from generator.render.html import RenderOptions
from generator.render.labels import DEFAULT_LABELS as L

FIXTURE = TESTS / "fixtures" / "teaching"


def teaching_guide(parent: Path, name: str = "teaching", edits: dict[str, tuple[str, str]] | None = None) -> Path:
    """The teaching guide; ``edits`` maps a file to one (old, new) text replacement."""
    files = {p.name: p.read_text(encoding="utf-8") for p in FIXTURE.iterdir()}
    for file, (old, new) in (edits or {}).items():
        assert old in files[file], f"{old!r} not in {file}"
        files[file] = files[file].replace(old, new, 1)
    return make_guide(parent, name, files)


def part(pages: list[str], title: str, until: str | None = None) -> str:
    """The flattened text from the page whose first lines hold ``title`` to the one holding ``until``."""

    def opens(text: str, heading: str) -> bool:
        return any(line.strip() == heading for line in text.splitlines()[:4])

    start = next(i for i, text in enumerate(pages) if opens(text, title))
    end = next((i for i in range(start + 1, len(pages)) if until and opens(pages[i], until)), len(pages))
    return flat("\n".join(pages[start:end]))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = teaching_guide(tmp_path_factory.mktemp("guide"))
    out = tmp_path_factory.mktemp("out")
    student = build_guide(root, out)
    teacher = build_guide(root, out, RenderOptions(edition="teacher"))
    guide = load_guide(root)
    return guide, page_texts(student.pdf), page_texts(teacher.pdf), student.pdf


def items_of(guide) -> dict[str, object]:
    return {item.kind: item for group in question_groups(guide) for item in group.items}


# ---- print order, marks and shuffles ---------------------------------------------------


def test_every_type_loads_with_its_marks(built):
    guide = built[0]
    raw = YAML(typ="safe").load((FIXTURE / "questions.yaml").read_text(encoding="utf-8"))
    assert sorted(q["type"] for q in raw) == sorted(q.type for q in guide.questions)
    items = items_of(guide)
    source = next(q for q in raw if q["type"] == "source")
    assert items["source"].marks == sum(p.get("marks", 1) for p in source["parts"])
    assert items["essay"].marks == next(q["marks"] for q in raw if q["type"] == "essay")
    assert items["matching"].marks == len(items["matching"].question.pairs)  # one per pair
    assert items["cloze"].marks == len(items["cloze"].question.blanks)  # one per blank
    assert (items["multiple-choice"].marks, items["true-false"].marks, items["short-answer"].marks) == (1, 1, 2)
    groups = question_groups(guide)
    assert [g.marks for g in groups] == [sum(i.marks for i in g.items) for g in groups]


def test_shuffles_are_never_the_answer_and_the_key_undoes_them(built):
    items = items_of(built[0])
    sequencing, matching = items["sequencing"], items["matching"]
    correct = [i.text for i in sequencing.question.items]
    printed = dict(sequencing.shuffled)
    assert [text for _, text in sequencing.shuffled] != correct
    assert sorted(printed.values()) == sorted(correct)
    assert [printed[letter] for letter, _ in sequencing.key] == correct
    assert [date for _, date in sequencing.key] == [i.date for i in sequencing.question.items]
    right = dict(matching.shuffled)
    assert [text for _, text in matching.shuffled] != [p.right for p in matching.question.pairs]
    for number, letter in matching.key:
        assert right[letter] == matching.question.pairs[int(number) - 1].right
    # the order depends on the question alone: loading again gives the same letters
    again = items_of(load_guide(built[0].root))
    assert again["sequencing"].shuffled == sequencing.shuffled and again["matching"].shuffled == matching.shuffled


def test_cloze_blanks_are_numbered_and_the_bank_is_sorted(built):
    cloze = items_of(built[0])["cloze"]
    assert [n for _, n in cloze.gaps if n] == list(range(1, len(cloze.question.blanks) + 1))
    assert cloze.word_bank == sorted({*cloze.question.blanks, *cloze.question.distractors}, key=str.casefold)
    assert "[[" not in "".join(text for text, _ in cloze.gaps)


# ---- the student's booklet ----------------------------------------------------------------


def test_student_questions_show_prompts_marks_and_space_but_no_answers(built):
    guide, student, _, _ = built
    text = part(student, L["questions"], L["sources"])
    items = items_of(guide)
    total = sum(q.marks for q in guide.questions)
    assert flat(f"{L['total_marks']}: {total} {L['marks']}") in text
    source = items["source"].question
    assert flat(source.source.text) in text
    assert flat(f"— {source.source.attribution}, 13 April 1941") in text
    for letter, sub in items["source"].parts:
        # the marks stand apart at the right: an extractor may read the folio first
        prompt = text.find(flat(f"({letter}) {sub.question}"))
        assert 0 <= prompt < text.find(flat(f"[{sub.marks} marks]"), prompt), letter
        assert flat(sub.answer) not in text
    essay = items["essay"].question
    assert flat(f"{essay.question} [{essay.marks} marks]") in text
    assert flat(L["plan"]).upper() in text.upper()
    assert not any(flat(level.descriptor) in text for level in essay.levels)
    assert not any(flat(point) in text for point in essay.indicative)
    assert flat("".join(f"{letter}{t}" for letter, t in items["sequencing"].shuffled)) in text
    assert flat(L["correct_order"]).upper() not in text.upper()
    for number, pair in enumerate(items["matching"].question.pairs, start=1):
        assert flat(f"{number} {pair.left}") in text
    bank = text.upper().find(flat(L["word_bank"]).upper())
    # (the text extractor may read a line's gaps out of order: each piece is looked for alone)
    assert bank >= 0 and all(flat(word) in text[bank:] for word in items["cloze"].word_bank)
    assert flat("The pact was signed in") in text and all(f"({n})" in text[bank:] for n in (1, 2, 3))
    assert flat(items["short-answer"].question.answer) not in text


def test_answer_key_gives_orders_pairs_blanks_parts_and_the_mark_scheme(built):
    guide, student, _, _ = built
    key = part(student, L["answer_key"])
    items = items_of(guide)
    sequencing = items["sequencing"]
    assert flat(f"{sequencing.number} {sequencing.answer_text(L)}") in key
    assert flat("Battle of Khalkhin Gol 11 May – 16 September 1939") in key
    assert flat(f"{items['matching'].number} {items['matching'].answer_text(L)}") in key
    assert flat("(1) Moscow; (2) 13 April 1941; (3) five years") in key
    for letter, sub in items["source"].parts:
        assert flat(f"({letter}) {sub.answer} [{sub.marks}]") in key
    essay = items["essay"].question
    for level in essay.levels:
        assert flat(f"{level.marks} {level.descriptor}") in key
    assert all(flat(point) in key for point in essay.indicative)


# ---- the teacher's copy -----------------------------------------------------------------------


def test_teacher_copy_puts_each_answer_under_its_question(built):
    guide, _, teacher, _ = built
    text = part(teacher, L["questions"], L["sources"])
    items = items_of(guide)
    source = items["source"]
    for (letter, sub), following in zip(source.parts, source.parts[1:] + [None], strict=True):
        start = text.find(flat(f"({letter}) {sub.question}"))
        end = text.find(flat(following[1].question)) if following else len(text)
        assert 0 <= start < text.find(flat(sub.answer), start) < end, letter
    essay = items["essay"].question
    after_prompt = text[text.find(flat(essay.question)) :]
    assert flat(L["mark_scheme"]).upper() in after_prompt.upper()
    assert all(flat(f"{lv.marks} {lv.descriptor}") in after_prompt for lv in essay.levels)
    assert flat(L["plan"]).upper() not in text.upper()
    assert flat(f"{L['correct_order']} {items['sequencing'].answer_text(L)}").upper() in text.upper()
    assert flat(items["matching"].answer_text(L)) in text
    cloze = text[text.find(flat(items["cloze"].question.question)) :]
    assert all(flat(f"({n}) {word}") in cloze for n, word in items["cloze"].key)
    assert flat(L["answer_key"]) not in flat("".join(teacher[-1:]))


# ---- debates, objectives and sources -------------------------------------------------------


def test_debate_box_ends_its_section(built):
    guide, student, _, _ = built
    debate = guide.debates[0]
    section = next(s for s in guide.sections if s.slug == debate.section)
    pages = [flat(p) for p in student]
    page = next(i for i, p in enumerate(pages) if flat(debate.title) in p)
    text = pages[page]
    body = text.find(flat("The pact promised neutrality if either side was attacked"))
    kicker = text.upper().find(flat(L["historians_disagree"]).upper())
    assert flat(section.title) in text and 0 <= body < kicker < text.find(flat(debate.title))
    for position in debate.positions:  # side by side: the extractor may interleave the columns
        for piece in (position.name, ", ".join(position.historians), position.argument, *position.evidence):
            assert flat(piece) in text
    assert flat(debate.question) in text
    assert sum(flat(debate.title) in p for p in pages) == 1


def test_debate_box_is_drawn_in_grey_too(built):
    """The box must read as a box on a greyscale copy: a dark frame around the text."""
    import pypdfium2 as pdfium

    guide, student, _, pdf_path = built
    page_number = next(i for i, p in enumerate(student) if flat(guide.debates[0].title) in flat(p))
    page = pdfium.PdfDocument(pdf_path)[page_number]
    image = page.render(scale=1, grayscale=True).to_pil().convert("L")
    width, height = image.size
    # the box spans the text block, not the paper: measure against the text's extent
    text = page.get_textpage()
    extents = [text.get_charbox(i) for i in range(text.count_chars())]
    measure = max(box[2] for box in extents) - min(box[0] for box in extents)
    dark_rows = [y for y in range(height) if sum(image.getpixel((x, y)) < 128 for x in range(width)) > measure * 0.8]
    assert len(dark_rows) >= 4, "no heavy rule spans the box"


def test_at_a_glance_maps_objectives_to_sections_and_questions(built):
    guide, student, _, _ = built
    text = part(student, L["at_a_glance"])
    rows = objective_map(guide, question_groups(guide))
    assert [r.id for r in rows] == ["chronology", "pact-terms", None]
    chronology = rows[0]
    assert chronology.questions == sorted(
        i.number for g in question_groups(guide) for i in g.items if "chronology" in i.question.objectives
    )
    numbers = ", ".join(str(s.number) for s in chronology.sections)
    # the row's number columns sit beside the objective's first line, so text extraction
    # may put them inside the objective's words: the numbers come as one group, and
    # without it the objective reads whole
    columns = flat(f"{numbers} {', '.join(map(str, chronology.questions))}")
    assert columns in text
    assert flat(chronology.text) in text.replace(columns, "", 1)
    assert flat(rows[2].text) in text  # a plain sentence still prints


def test_sources_list_primary_apart_from_secondary(built):
    guide, student, _, _ = built
    text = part(student, L["sources"], L["answer_key"])
    primary = text.find(flat(L["primary_sources"]))
    secondary = text.find(flat(L["secondary_sources"]))
    pact = text.find(flat("Pact of Neutrality between the USSR and Japan"))
    assert 0 <= primary < pact < secondary < text.find(flat("Boris Slavinsky"))
    assert flat("“The Pact Reconsidered”. Journal of Pact Studies.") in text


def test_handout_cards_and_booklet_still_build(tmp_path):
    root = teaching_guide(tmp_path)
    for product in ("--handout", "--cards", "--booklet"):
        result = cli(["build", str(root), "--output", str(tmp_path / "out"), product])
        assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 3


# ---- mistakes an author makes -----------------------------------------------------------------

BAD = [
    (
        {"questions.yaml": ("objectives: [chronology]", "objectives: [chronolgy]")},
        "questions.yaml:6: entry 1: no objective 'chronolgy'; did you mean 'chronology'?",
    ),
    (
        {"debates.yaml": ("section: the-pact", "section: pact")},
        "debates.yaml:2: entry 1: no section 'pact'; did you mean 'the-pact'? (sections: background, the-pact)",
    ),
    (
        {"guide.yaml": ("[background, the-pact]", "[background, the-pakt]")},
        "guide.yaml:12: objective 'chronology': no section 'the-pakt'; did you mean 'the-pact'?",
    ),
    (
        {"guide.yaml": ("id: pact-terms", "id: chronology")},
        "guide.yaml:13: objective 2: id 'chronology' is already used by objective 1: ids must be unique",
    ),
    (
        {"guide.yaml": ("id: pact-terms", "id: Pact Terms")},
        "guide.yaml:13: id 'Pact Terms' must be lowercase letters, digits and hyphens",
    ),
    (
        {"guide.yaml": ("    text: Explain", "    txt: Explain")},
        "guide.yaml:14: unknown key 'txt'; did you mean 'text'?",
    ),
    (
        {"questions.yaml": ("[[Moscow]] on [[13 April 1941]] and was to last [[five years]]", "Moscow")},
        "questions.yaml:61: entry 6: the text has no blanks: mark each missing word as [[word]]",
    ),
    (
        {"questions.yaml": ("  parts:\n", "  marks: 5\n  parts:\n")},
        "questions.yaml:7: entry 2: a source question's marks are the sum of its parts' marks: remove 'marks:'",
    ),
    (
        {"questions.yaml": ("  marks: 15\n", "")},
        "questions.yaml:27: entry 3: 'marks' is required: add 'marks:'",
    ),
    (
        {"questions.yaml": ("    attribution:", "    atribution:")},
        "questions.yaml:16: entry 2: unknown key 'atribution'; did you mean 'attribution'?",
    ),
    (
        {"questions.yaml": ("date: 1945-04-05", "date: 1945-14-05")},
        "questions.yaml:50: entry 4: '1945-14-05': month 14 does not exist",
    ),
]


@pytest.mark.parametrize("edits, expected", BAD, ids=[b[1].split(":")[0] + str(i) for i, b in enumerate(BAD)])
def test_bad_cross_references_and_fields_name_file_and_line(tmp_path, edits, expected):
    root = teaching_guide(tmp_path, edits=edits)
    result = cli(["check", str(root)], cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert expected in result.stderr, result.stderr


def test_check_warns_about_objectives_nothing_teaches_or_tests(tmp_path):
    edits = {
        "guide.yaml": ("    sections: [the-pact]\n", ""),
        "questions.yaml": ("  objectives: [pact-terms]\n  question: Read", "  question: Read"),
    }
    root = teaching_guide(tmp_path, edits=edits)
    (root / "questions.yaml").write_text(
        (root / "questions.yaml").read_text(encoding="utf-8").replace("objectives: [pact-terms]", "objectives: []"),
        encoding="utf-8",
    )
    result = cli(["check", str(root), "--strict"], cwd=tmp_path)
    assert result.returncode == 1
    untaught = "guide.yaml:13: warning: objective 'pact-terms' is taught by no section"
    untested = "guide.yaml:13: warning: objective 'pact-terms' is tested by no question"
    assert untaught in result.stdout + result.stderr and untested in result.stdout + result.stderr
    full = teaching_guide(tmp_path, "full")
    output = cli(["check", str(full)], cwd=tmp_path)
    assert "objective" not in output.stdout + output.stderr
