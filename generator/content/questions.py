"""Review questions in print order: grouped under their sections, numbered once.

The "Check your understanding" part, the answer key and the teacher's edition
all read this one list, so a question's number is the same everywhere and the
key can never fall out of step with the questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.content.model import Guide, MultipleChoice, Section, ShortAnswer, TrueFalse

AnyQuestion = MultipleChoice | TrueFalse | ShortAnswer


@dataclass(frozen=True)
class NumberedQuestion:
    """One question with its printed number and the answer as the key prints it."""

    number: int
    question: AnyQuestion

    @property
    def kind(self) -> str:
        return self.question.type

    @property
    def choices(self) -> list[tuple[str, str, bool]]:
        """(letter, text, is the answer) for each choice of a multiple-choice question."""
        if not isinstance(self.question, MultipleChoice):
            return []
        return [(_letter(i), text, text == self.question.answer) for i, text in enumerate(self.question.choices)]

    def answer_text(self, labels: dict[str, str]) -> str:
        """The correct answer in words: 'B. 13 April 1941', 'True', or the model answer."""
        q = self.question
        if isinstance(q, MultipleChoice):
            letter = _letter(q.choices.index(q.answer))
            return f"{letter}. {q.answer}"
        if isinstance(q, TrueFalse):
            return labels["true"] if q.answer else labels["false"]
        return q.answer


@dataclass(frozen=True)
class QuestionGroup:
    """The questions about one section (``section`` is None for general questions)."""

    section: Section | None
    items: list[NumberedQuestion]


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


def _letter(index: int) -> str:
    return "ABCDEFGH"[index]
