"""GIFT: Moodle's plain-text question format, one ``$CATEGORY`` per section.

Follows the syntax Moodle documents ("GIFT format"): ``::title::text{answers}``,
``=`` marks a right answer, ``~`` a wrong one, ``->`` a matching pair, ``####``
the general feedback, and a backslash escapes ``~ = # { } :``. Short answers and
essays are written as essay questions (empty braces) with the model answer as
feedback: a teacher marks them.
"""

from __future__ import annotations

from generator.content.model import Guide
from generator.products.exports.common import (
    CannotExpress,
    Item,
    LeftOut,
    cloze_blanks,
    cloze_split,
    dispatch,
    essay_guidance,
    marks_label,
    part_label,
    provenance,
    section_title,
    word_bank,
)

UNSUPPORTED = {
    "sequencing": "GIFT has no ordering question; the Moodle XML and Anki exports carry it as text or a card",
}


def gift_text(guide: Guide, item_list: list[Item]) -> tuple[str, int, list[LeftOut]]:
    """The GIFT file, the number of questions written and those left out."""
    written, left_out = dispatch(item_list, WRITERS, UNSUPPORTED)
    blocks: list[str] = [f"// {_comment(guide.meta.title)}: questions exported by studyguide"]
    current = object()
    count = 0
    for item, questions in written:
        if item.section is not current:
            current = item.section
            path = f"$course$/top/{guide.meta.title}/{section_title(item.section, guide)}"
            blocks.append(f"$CATEGORY: {path.replace(chr(10), ' ')}")
        blocks.extend(questions)
        count += len(questions)
    return "\n\n".join(blocks) + "\n", count, left_out


def escape(text: str) -> str:
    """Text as GIFT reads it literally: its special characters escaped, line breaks as ``\\n``."""
    text = text.replace("\r", "")
    for char in "\\~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def _comment(text: str) -> str:
    return " ".join(text.split())


def _title(item: Item, suffix: str = "") -> str:
    return f"::{escape(f'Q{item.number:02d}{suffix}')}::"


def _feedback(item: Item, extra: str = "") -> str:
    text = "\n".join(t for t in (extra, getattr(item.question, "explanation", None) or "") if t)
    return f"\n####{escape(text)}" if text else ""


def _multiple_choice(item: Item) -> list[str]:
    q = item.question
    lines = [("=" if choice == q.answer else "~") + escape(choice) for choice in q.choices]
    return [f"{_title(item)}{escape(q.question)} {{\n" + "\n".join(lines) + _feedback(item) + "\n}"]


def _true_false(item: Item) -> list[str]:
    q = item.question
    return [f"{_title(item)}{escape(q.question)} {{{'TRUE' if q.answer else 'FALSE'}{_feedback(item)}}}"]


def _short_answer(item: Item) -> list[str]:
    q = item.question
    return [f"{_title(item)}{escape(q.question)} {{{_feedback(item, 'Model answer: ' + q.answer)}}}"]


def _essay(item: Item) -> list[str]:
    q = item.question
    return [f"{_title(item)}{escape(q.question)} {{{_feedback(item, essay_guidance(q))}}}"]


def _source(item: Item) -> list[str]:
    q = item.question
    extract = f"{q.question}\n\n{q.source.text}\n{provenance(q)}\n\n"
    questions = []
    for index, part in enumerate(q.parts):
        marks = int(getattr(part, "marks", 1) or 1)
        text = escape(f"{extract}{part_label(index)} {part.question} {marks_label(marks)}")
        feedback = f"\n####{escape('Model answer: ' + part.answer)}"
        questions.append(f"{_title(item, part_label(index))}{text} {{{feedback}}}")
    return questions


def _matching(item: Item) -> list[str]:
    q = item.question
    lines = [f"={escape(pair.left)} -> {escape(pair.right)}" for pair in q.pairs]
    return [f"{_title(item)}{escape(q.question)} {{\n" + "\n".join(lines) + _feedback(item) + "\n}"]


def _cloze(item: Item) -> list[str]:
    q = item.question
    if len(cloze_blanks(q.text)) != 1:
        raise CannotExpress(
            "GIFT's missing-word question holds one blank and this passage has several; "
            "the Moodle XML export keeps the whole passage as an embedded-answers question"
        )
    before, answer, after = cloze_split(q.text)
    options = " ".join(("=" if word == answer.strip() else "~") + escape(word) for word in word_bank(q))
    return [f"{_title(item)}{escape(q.question + ' ' + before.rstrip())} {{{options}}} {escape(after.lstrip())}"]


WRITERS = {
    "multiple-choice": _multiple_choice,
    "true-false": _true_false,
    "short-answer": _short_answer,
    "essay": _essay,
    "source": _source,
    "matching": _matching,
    "cloze": _cloze,
}
