"""Moodle XML: the quiz question bank, one category per section.

Written to the format Moodle documents for its question import ("Moodle XML
format"): a ``<quiz>`` of ``<question>`` elements, each category switch a
``<question type="category">``. Short answers and essays become Moodle essay
questions with the model answer as information for graders, because a model
answer is marked by a teacher, not matched letter for letter.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Callable

from generator.content.model import Guide, MultipleChoice, ShortAnswer, TrueFalse
from generator.content.teaching import Cloze, Essay, Matching, SourceQuestion
from generator.products.exports.common import (
    Item,
    LeftOut,
    carriable_tree,
    dispatch,
    essay_guidance,
    paragraphs,
    part_label,
    question_of,
    section_title,
    shorten,
    source_part_html,
    stays_last,
)

UNSUPPORTED = {
    "sequencing": (
        "Moodle's ordering question is a plugin (qtype_ordering), not a core type every site has; "
        "add it by hand on a site that has the plugin; the Anki deck and the printed booklet carry it"
    ),
}


def moodle_xml(guide: Guide, item_list: list[Item]) -> tuple[bytes, list[tuple[Item, list[ET.Element]]], list[LeftOut]]:
    """The Moodle XML document, the questions it holds and those it left out."""
    quiz = ET.Element("quiz")
    written, left_out = dispatch(item_list, WRITERS, UNSUPPORTED)
    current: object = object()
    for item, questions in written:
        if item.section is not current:
            current = item.section
            quiz.append(_category(guide, item))
        quiz.extend(questions)
    ET.indent(carriable_tree(quiz))
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="utf-8") + b"\n"
    return data, written, left_out


def _category(guide: Guide, item: Item) -> ET.Element:
    question = ET.Element("question", type="category")
    path = f"$course$/top/{_category_name(guide.meta.title)}/{_category_name(section_title(item.section, guide))}"
    _text(ET.SubElement(question, "category"), path)
    return question


def _category_name(title: str) -> str:
    # A slash separates category levels in Moodle: one inside a title would nest a category.
    return title.replace("/", "-")


def _text(parent: ET.Element, value: str) -> ET.Element:
    ET.SubElement(parent, "text").text = value
    return parent


def _question(
    kind: str, item: Item, text_html: str, name: str | None = None, marks: int | None = None, graded: bool = True
) -> ET.Element:
    question = ET.Element("question", type=kind)
    _text(ET.SubElement(question, "name"), name or item.name)
    _text(ET.SubElement(question, "questiontext", format="html"), text_html)
    _text(ET.SubElement(question, "generalfeedback", format="html"), paragraphs(item.question.explanation or ""))
    if graded:
        ET.SubElement(question, "defaultgrade").text = str(marks if marks is not None else item.marks)
    ET.SubElement(question, "penalty").text = "0"
    ET.SubElement(question, "hidden").text = "0"
    ET.SubElement(question, "idnumber").text = f"{item.kind}-{item.number}"
    return question


def _answer(parent: ET.Element, fraction: int, text: str, fmt: str = "html") -> None:
    answer = ET.SubElement(parent, "answer", fraction=str(fraction), format=fmt)
    _text(answer, text)
    _text(ET.SubElement(answer, "feedback", format="html"), "")


def _multiple_choice(item: Item) -> list[ET.Element]:
    q = question_of(item, MultipleChoice)
    question = _question("multichoice", item, paragraphs(q.question))
    ET.SubElement(question, "single").text = "true"
    # Moodle shuffles every choice or none: keep the author's order when one must stay last.
    shuffle = not any(stays_last(choice) for choice in q.choices)
    ET.SubElement(question, "shuffleanswers").text = "true" if shuffle else "false"
    ET.SubElement(question, "answernumbering").text = "ABCD"
    for choice in q.choices:
        _answer(question, 100 if choice == q.answer else 0, html.escape(choice))
    return [question]


def _true_false(item: Item) -> list[ET.Element]:
    q = question_of(item, TrueFalse)
    question = _question("truefalse", item, paragraphs(q.question))
    _answer(question, 100 if q.answer else 0, "true", "moodle_auto_format")
    _answer(question, 0 if q.answer else 100, "false", "moodle_auto_format")
    return [question]


def _essay(
    item: Item, text_html: str, grader_info: str, lines: int, name: str | None = None, marks: int | None = None
) -> ET.Element:
    question = _question("essay", item, text_html, name, marks)
    ET.SubElement(question, "responseformat").text = "editor"
    ET.SubElement(question, "responserequired").text = "1"
    ET.SubElement(question, "responsefieldlines").text = str(max(5, lines))
    ET.SubElement(question, "attachments").text = "0"
    ET.SubElement(question, "attachmentsrequired").text = "0"
    _text(ET.SubElement(question, "graderinfo", format="html"), paragraphs(grader_info))
    _text(ET.SubElement(question, "responsetemplate", format="html"), "")
    return question


def _short_answer(item: Item) -> list[ET.Element]:
    q = question_of(item, ShortAnswer)
    return [_essay(item, paragraphs(q.question), q.answer, q.lines)]


def _long_essay(item: Item) -> list[ET.Element]:
    q = question_of(item, Essay)
    return [_essay(item, paragraphs(q.question), essay_guidance(q, item.labels), q.planning_lines)]


def _source(item: Item) -> list[ET.Element]:
    # One essay per part, each carrying the extract: Moodle has no question with sub-questions
    # of its own except cloze, which cannot hold free-text answers.
    question_of(item, SourceQuestion)
    questions = []
    for index, (letter, part) in enumerate(item.numbered.parts):
        name = f"Q{item.number:02d}{part_label(letter)} {shorten(part.question, 50)}"
        questions.append(_essay(item, source_part_html(item, index), part.answer, part.lines, name, part.marks))
    return questions


def _matching(item: Item) -> list[ET.Element]:
    q = question_of(item, Matching)
    question = _question("matching", item, paragraphs(q.question))
    ET.SubElement(question, "shuffleanswers").text = "true"
    for pair in q.pairs:
        sub = ET.SubElement(question, "subquestion", format="html")
        _text(sub, html.escape(pair.left))
        _text(ET.SubElement(sub, "answer"), pair.right)
    return [question]


def _cloze(item: Item) -> list[ET.Element]:
    # Moodle's embedded answers: each blank a drop-down of the word bank, the answer marked '='.
    q = question_of(item, Cloze)
    bank = item.numbered.word_bank
    text = ""
    for piece, blank in item.numbered.gaps:
        if blank is None:
            text += _literal(html.escape(piece))
        else:
            options = "~".join(("=" if word == piece else "") + _cloze_escape(word) for word in bank)
            text += "{1:MULTICHOICE:" + options + "}"
    # A cloze question's grade is the sum of its gaps: Moodle's format has no defaultgrade for it.
    return [_question("cloze", item, f"{_literal(paragraphs(q.question))}<p>{text}</p>", graded=False)]


def _literal(text_html: str) -> str:
    """Cloze text with its braces as character references: a '{1:SHORTANSWER:=x}' the author
    wrote is shown, not made a gap (Moodle reads every '{n:TYPE:…}' in the text as one)."""
    return text_html.replace("{", "&#123;").replace("}", "&#125;")


def _cloze_escape(word: str) -> str:
    # Moodle's embedded-answer syntax reserves these characters inside a gap.
    for char in "\\}~#=":
        word = word.replace(char, "\\" + char)
    return word


WRITERS: dict[str, Callable[[Item], list[ET.Element]]] = {
    "multiple-choice": _multiple_choice,
    "true-false": _true_false,
    "short-answer": _short_answer,
    "essay": _long_essay,
    "source": _source,
    "matching": _matching,
    "cloze": _cloze,
}
