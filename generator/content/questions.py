"""Review questions in print order: grouped under their sections, numbered once.

The "Check your understanding" part, the answer key and the teacher's edition
all read this one list, so a question's number is the same everywhere and the
key can never fall out of step with the questions. The shuffled orders of
sequencing and matching questions are derived here too, from the question's
own text, so every build and every edition prints the same letters.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from generator.content.model import Guide, MultipleChoice, Objective, Section, TrueFalse
from generator.content.teaching import BLANK, AnyQuestion, Cloze, Matching, Sequencing, SourcePart, SourceQuestion

LETTERS = "ABCDEFGH"


@dataclass(frozen=True)
class NumberedQuestion:
    """One question with its printed number and the answer as the key prints it."""

    number: int
    question: AnyQuestion
    salt: str = ""  # a test form's own shuffle of the sequencing items and matching column ("" in the booklet)

    @property
    def kind(self) -> str:
        return self.question.type

    @property
    def marks(self) -> int:
        return self.question.marks or 0

    @property
    def choices(self) -> list[tuple[str, str, bool]]:
        """(letter, text, is the answer) for each choice of a multiple-choice question."""
        if not isinstance(self.question, MultipleChoice):
            return []
        return [(LETTERS[i], text, text == self.question.answer) for i, text in enumerate(self.question.choices)]

    @property
    def parts(self) -> list[tuple[str, SourcePart]]:
        """(letter, part) for each sub-question of a source question: (a), (b) …"""
        if not isinstance(self.question, SourceQuestion):
            return []
        return [(LETTERS[i].lower(), part) for i, part in enumerate(self.question.parts)]

    @property
    def shuffled(self) -> list[tuple[str, str]]:
        """(letter, text) as printed: a sequencing question's events, or a matching question's right column."""
        texts = self._texts()
        return [(LETTERS[i], texts[k]) for i, k in enumerate(_order(self.question.question + self.salt, len(texts)))]

    @property
    def key(self) -> list[tuple[str, str]]:
        """The answer, piece by piece: for sequencing (letter, date) in the correct order;
        for matching (number, letter); for cloze (number, word)."""
        q = self.question
        if isinstance(q, Cloze):
            return [(str(n), word) for n, word in enumerate(q.blanks, start=1)]
        if not isinstance(q, Sequencing | Matching):
            return []
        letter_of = {k: LETTERS[i] for i, k in enumerate(_order(q.question + self.salt, len(self._texts())))}
        if isinstance(q, Sequencing):
            return [(letter_of[k], item.date or "") for k, item in enumerate(q.items)]
        return [(str(k + 1), letter_of[k]) for k in range(len(q.pairs))]

    @property
    def gaps(self) -> list[tuple[str, int | None]]:
        """A cloze passage as (text, None) runs and (answer, blank number) gaps."""
        if not isinstance(self.question, Cloze):
            return []
        pieces: list[tuple[str, int | None]] = []
        for index, piece in enumerate(BLANK.split(self.question.text)):
            pieces.append((piece.strip() if index % 2 else piece, index // 2 + 1 if index % 2 else None))
        return [piece for piece in pieces if piece[0]]

    @property
    def word_bank(self) -> list[str]:
        """The word bank the author wrote, else the blanks' answers and the distractors, once each, alphabetically."""
        if not isinstance(self.question, Cloze):
            return []
        if self.question.bank:
            return list(dict.fromkeys(self.question.bank))
        return sorted({*self.question.blanks, *self.question.distractors}, key=str.casefold)

    def answer_text(self, labels: dict[str, str]) -> str:
        """The correct answer in words: 'B. 13 April 1941', 'True', 'C, A, B', '1–C, 2–A', or the model answer."""
        q = self.question
        if isinstance(q, MultipleChoice):
            return f"{LETTERS[q.choices.index(q.answer)]}. {q.answer}"
        if isinstance(q, TrueFalse):
            return labels["true"] if q.answer else labels["false"]
        if isinstance(q, Sequencing):
            return ", ".join(letter for letter, _ in self.key)
        if isinstance(q, Matching):
            return ", ".join(f"{number}–{letter}" for number, letter in self.key)
        if isinstance(q, Cloze):
            return "; ".join(f"({number}) {word}" for number, word in self.key)
        return getattr(q, "answer", "")

    def _texts(self) -> list[str]:
        q = self.question
        if isinstance(q, Sequencing):
            return [item.text for item in q.items]
        if isinstance(q, Matching):
            return [pair.right for pair in q.pairs]
        return []


@dataclass(frozen=True)
class QuestionGroup:
    """The questions about one section (``section`` is None for general questions)."""

    section: Section | None
    items: list[NumberedQuestion]

    @property
    def marks(self) -> int:
        return sum(item.marks for item in self.items)


@dataclass(frozen=True)
class ObjectiveRow:
    """One objective of At a glance: the sections that teach it, the questions that test it."""

    id: str | None
    text: str
    sections: list[Section] = field(default_factory=list)
    questions: list[int] = field(default_factory=list)


def question_groups(guide: Guide) -> list[QuestionGroup]:
    """Questions grouped in section order, then the untied ones; numbered 1… in that order.

    Within a group the author's order is kept.
    """
    groups: list[tuple[Section | None, list[AnyQuestion]]] = [
        (section, [q for q in guide.questions if q.section == section.slug]) for section in guide.sections
    ]
    known = {section.slug for section in guide.sections}
    groups.append((None, [q for q in guide.questions if q.section not in known]))
    numbered: list[QuestionGroup] = []
    number = 0
    for section, questions in groups:
        if not questions:
            continue
        items = []
        for question in questions:
            number += 1
            items.append(NumberedQuestion(number, question))
        numbered.append(QuestionGroup(section, items))
    return numbered


def objective_map(guide: Guide, groups: list[QuestionGroup]) -> list[ObjectiveRow]:
    """Every objective with the sections that teach it and the numbers of the questions that test it."""
    by_slug = {section.slug: section for section in guide.sections}
    rows = []
    for objective in guide.meta.objectives:
        if not isinstance(objective, Objective):
            rows.append(ObjectiveRow(None, objective))
            continue
        tested = [item.number for group in groups for item in group.items if objective.id in item.question.objectives]
        sections = [by_slug[slug] for slug in objective.sections if slug in by_slug]
        rows.append(ObjectiveRow(objective.id, objective.text, sections, tested))
    return rows


def _order(seed: str, count: int) -> list[int]:
    """A shuffled order of ``range(count)`` that depends only on ``seed`` and is never the original.

    Sorting by a hash, rather than calling :mod:`random`, keeps the order the same
    on every Python version and machine.
    """
    order = sorted(range(count), key=lambda i: hashlib.sha256(f"{seed}\0{i}".encode()).hexdigest())
    if order == list(range(count)):  # printed in the right order, the question would answer itself
        order = order[1:] + order[:1]
    return order
