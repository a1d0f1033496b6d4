"""GIFT: Moodle's plain-text question format, one ``$CATEGORY`` per section.

Follows the syntax Moodle documents ("GIFT format"): ``::title::text{answers}``,
``=`` marks a right answer, ``~`` a wrong one, ``->`` a matching pair, ``####``
the general feedback, and a backslash escapes ``~ = # { } :``. Short answers and
essays are written as essay questions (empty braces) with the model answer as
feedback: a teacher marks them.

Three more things Moodle's reader would take as markup are written as HTML
character references, which its default text format shows as the characters:
``%`` (``%50%`` at an answer's start is a weight), ``->`` (a matching pair is split
at its first one) and a leading ``[`` (``[html]`` chooses a text format).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.content.model import Guide, MultipleChoice, ShortAnswer, TrueFalse
from generator.content.teaching import Cloze, Essay, Matching, SourceQuestion
from generator.products.exports.common import (
    CannotExpress,
    Item,
    LeftOut,
    carriable,
    dispatch,
    essay_guidance,
    marks_label,
    model_answer,
    part_label,
    provenance,
    question_of,
    section_title,
)

UNSUPPORTED = {
    "sequencing": ("GIFT has no ordering question; the Anki deck, the CSV/TSV cards and the printed booklet carry it"),
}


def gift_text(guide: Guide, item_list: list[Item]) -> tuple[str, list[tuple[Item, list[str]]], list[LeftOut]]:
    """The GIFT file, the questions written as their GIFT questions and those left out."""
    written, left_out = dispatch(item_list, WRITERS, UNSUPPORTED)
    blocks: list[str] = [f"// {_comment(guide.meta.title)}: questions exported by studyguide"]
    current: object = object()
    for item, questions in written:
        if item.section is not current:
            current = item.section
            path = f"$course$/top/{guide.meta.title}/{section_title(item.section, guide)}"
            blocks.append(f"$CATEGORY: {path.replace(chr(10), ' ')}")
        blocks.extend(questions)
    return carriable("\n\n".join(blocks) + "\n"), written, left_out


#: Markup that GIFT's escapes do not cover, as character references ('#' escaped itself).
_REFERENCES = {"%": "&\\#37;", "->": "-&gt;"}


def escape(text: str) -> str:
    """Text as GIFT reads it literally: its special characters escaped, ``%``, ``->`` and a
    leading ``[`` as character references, line breaks as ``\\n``."""
    text = carriable(text)
    for char in "\\~=#{}:":
        text = text.replace(char, "\\" + char)
    for markup, reference in _REFERENCES.items():
        text = text.replace(markup, reference)
    if text.startswith("["):
        text = "&\\#91;" + text[1:]
    return text.replace("\n", "\\n")


def _comment(text: str) -> str:
    return " ".join(text.split())


def _title(item: Item, suffix: str = "") -> str:
    return f"::{escape(f'Q{item.number:02d}{suffix}')}::"


def _feedback(item: Item, extra: str = "") -> str:
    text = "\n".join(t for t in (extra, item.question.explanation or "") if t)
    return f"\n####{escape(text)}" if text else ""


def _multiple_choice(item: Item) -> list[str]:
    q = question_of(item, MultipleChoice)
    lines = [("=" if choice == q.answer else "~") + escape(choice) for choice in q.choices]
    return [f"{_title(item)}{escape(q.question)} {{\n" + "\n".join(lines) + _feedback(item) + "\n}"]


def _true_false(item: Item) -> list[str]:
    q = question_of(item, TrueFalse)
    return [f"{_title(item)}{escape(q.question)} {{{'TRUE' if q.answer else 'FALSE'}{_feedback(item)}}}"]


def _short_answer(item: Item) -> list[str]:
    q = question_of(item, ShortAnswer)
    return [f"{_title(item)}{escape(q.question)} {{{_feedback(item, model_answer(q.answer, item.labels))}}}"]


def _essay(item: Item) -> list[str]:
    q = question_of(item, Essay)
    return [f"{_title(item)}{escape(q.question)} {{{_feedback(item, essay_guidance(q, item.labels))}}}"]


def _source(item: Item) -> list[str]:
    q = question_of(item, SourceQuestion)
    extract = f"{q.question}\n\n{q.source.text}\n{provenance(q, item.labels)}\n\n"
    questions = []
    for letter, part in item.numbered.parts:
        text = escape(f"{extract}{part_label(letter)} {part.question} {marks_label(part.marks, item.labels)}")
        feedback = f"\n####{escape(model_answer(part.answer, item.labels))}"
        questions.append(f"{_title(item, part_label(letter))}{text} {{{feedback}}}")
    return questions


def _matching(item: Item) -> list[str]:
    q = question_of(item, Matching)
    lines = [f"={escape(pair.left)} -> {escape(pair.right)}" for pair in q.pairs]
    return [f"{_title(item)}{escape(q.question)} {{\n" + "\n".join(lines) + _feedback(item) + "\n}"]


def _cloze(item: Item) -> list[str]:
    q = question_of(item, Cloze)
    if len(q.blanks) != 1:
        raise CannotExpress(
            f"GIFT's missing-word question holds one blank and this passage has {len(q.blanks)}; "
            "the Moodle XML and QTI exports keep the whole passage"
        )
    (answer,) = q.blanks
    gaps = item.numbered.gaps
    blank = next(index for index, (_text, number) in enumerate(gaps) if number is not None)
    before = "".join(text for text, _number in gaps[:blank])
    after = "".join(text for text, _number in gaps[blank + 1 :])
    options = " ".join(("=" if word == answer else "~") + escape(word) for word in item.numbered.word_bank)
    return [f"{_title(item)}{escape(q.question + ' ' + before.rstrip())} {{{options}}} {escape(after.lstrip())}"]


WRITERS: dict[str, Callable[[Item], list[str]]] = {
    "multiple-choice": _multiple_choice,
    "true-false": _true_false,
    "short-answer": _short_answer,
    "essay": _essay,
    "source": _source,
    "matching": _matching,
    "cloze": _cloze,
}
