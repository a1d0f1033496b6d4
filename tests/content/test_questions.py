"""Review questions, the answer key and the teacher's edition, read back from real PDFs."""

from __future__ import annotations

import pytest
from conftest import DEFAULT_GUIDE, MINIMAL, flat, page_texts, without_marks, write_guide
from pypdf import PdfReader

from generator.content.questions import question_groups
from generator.render.labels import DEFAULT_LABELS


def part(pages: list[str], title: str, until: str | None = None) -> str:
    """The text of a part: from the page that opens with ``title`` to the page opening ``until``."""
    start = next(i for i, text in enumerate(pages) if _opens_with(text, title))
    end = next((i for i, text in enumerate(pages) if i > start and until and _opens_with(text, until)), len(pages))
    return "\n".join(pages[start:end])


def _opens_with(text: str, title: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    return any(line.strip() == title for line in lines[:3])  # after the running head


@pytest.fixture(scope="module")
def student(default_build):
    result, guide = default_build
    return guide, page_texts(result.pdf), PdfReader(result.pdf)


@pytest.fixture(scope="module")
def teacher(default_products):
    from generator.content.load import load_guide

    result = default_products("guide", None, "teacher")
    return load_guide(DEFAULT_GUIDE), result, page_texts(result.pdf), PdfReader(result.pdf)


def test_questions_are_grouped_by_section_and_numbered_in_print_order():
    from generator.content.load import load_guide

    guide = load_guide(DEFAULT_GUIDE)
    groups = question_groups(guide)
    numbers = [item.number for group in groups for item in group.items]
    assert numbers == list(range(1, len(guide.questions) + 1))
    order = [group.section.number for group in groups if group.section]
    assert order == sorted(order) and len(set(order)) == len(order)
    assert sorted(id(item.question) for g in groups for item in g.items) == sorted(map(id, guide.questions))


def test_untied_questions_come_last_under_general(tmp_path):
    from generator.content.load import load_guide

    questions = (
        "- type: true-false\n  question: Untied?\n  answer: true\n"
        "- type: short-answer\n  question: Tied?\n  answer: Yes.\n  section: first\n"
    )
    guide = load_guide(write_guide(tmp_path / "g", {**MINIMAL, "questions.yaml": questions}))
    groups = question_groups(guide)
    assert [g.section.slug if g.section else None for g in groups] == ["first", None]
    assert [item.question.question for g in groups for item in g.items] == ["Tied?", "Untied?"]


def test_student_booklet_has_the_questions_part_after_the_faq_and_the_key_at_the_back(student):
    guide, pages, reader = student
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    faq, questions, sources, key = (DEFAULT_LABELS[k] for k in ("faq", "questions", "sources", "answer_key"))
    assert titles.index(faq) < titles.index(questions) < titles.index(sources) < titles.index(key)
    assert titles[-1] == key
    contents = pages[1]
    assert questions in contents and key in contents
    assert not any(flat(DEFAULT_LABELS["teacher_copy"].upper()) in flat(p.upper()) for p in pages)


def test_student_questions_have_boxes_and_lines_but_no_answers(student):
    guide, pages, _ = student
    text = without_marks(flat(part(pages, DEFAULT_LABELS["questions"], DEFAULT_LABELS["sources"])))
    for group in question_groups(guide):
        for item in group.items:
            assert flat(item.question.question) in text
            if item.question.explanation:
                assert flat(item.question.explanation) not in text, "an explanation leaked into the questions"
            if item.kind == "short-answer":
                assert flat(item.question.answer) not in text
    assert "☐" not in text and "□" not in text  # boxes are drawn, not typed


def test_answer_key_gives_every_answer_in_question_order_with_explanations(student):
    guide, pages, _ = student
    key = flat(part(pages, DEFAULT_LABELS["answer_key"]))
    position = 0
    for group in question_groups(guide):
        for item in group.items:
            entry = flat(f"{item.number} {item.answer_text(DEFAULT_LABELS)}")
            found = key.find(entry, position)
            assert found >= position, f"answer {item.number} missing or out of order: {entry[:60]}"
            position = found + len(entry)
            if item.question.explanation:
                # after its answer (and any detail, such as a sequence's dates), before the next answer
                explanation = key.find(flat(item.question.explanation), position)
                assert explanation >= position, f"explanation {item.number} not after its answer"
                position = explanation + len(flat(item.question.explanation))


def test_multiple_choice_key_names_the_right_letter(student):
    guide, _, _ = student
    item = next(i for g in question_groups(guide) for i in g.items if i.kind == "multiple-choice")
    letter = "ABCDEFGH"[item.question.choices.index(item.question.answer)]
    assert item.answer_text(DEFAULT_LABELS) == f"{letter}. {item.question.answer}"


def test_teacher_copy_says_so_on_the_cover_and_every_page(teacher):
    guide, result, pages, _ = teacher
    assert result.pdf.name == "japan-ussr-ww2-teacher.pdf"
    mark = flat(DEFAULT_LABELS["teacher_copy"].upper())  # set in letter-spaced capitals
    assert mark in flat(pages[0].upper())
    for number, text in enumerate(pages[1:], start=2):
        assert mark in flat(text.upper()), f"page {number} is not marked"


def test_teacher_copy_prints_each_answer_beside_its_question_and_has_no_key(teacher):
    guide, _, pages, reader = teacher
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert DEFAULT_LABELS["answer_key"] not in titles
    text = without_marks(flat(part(pages, DEFAULT_LABELS["questions"], DEFAULT_LABELS["sources"])))
    items = [item for group in question_groups(guide) for item in group.items]
    for item, following in zip(items, items[1:] + [None], strict=True):
        start = text.find(flat(item.question.question))
        end = text.find(flat(following.question.question)) if following else len(text)
        assert 0 <= start < end, item.number
        block = text[start:end]
        assert flat(item.answer_text(DEFAULT_LABELS)) in block
        if item.question.explanation:
            assert flat(item.question.explanation) in block
