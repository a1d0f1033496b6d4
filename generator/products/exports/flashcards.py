"""Study cards in plain text, one table for every question type: the Anki deck and the CSV/TSV share them.

A card has a front and a back, and may have a reverse pair: a glossary term asks
both ways (term → definition, definition → term) and a timeline event asks
"When …?" and "What happened on …?". Each card has a stable key, so a revised
guide updates the same notes in Anki instead of adding new ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.content.dates import format_span
from generator.content.model import Event, Guide
from generator.products.exports.common import (
    Item,
    LeftOut,
    cloze_blanks,
    cloze_split,
    essay_guidance,
    letter,
    marks_label,
    matching_order,
    part_label,
    provenance,
    section_tag,
    sequencing_order,
    word_bank,
)


@dataclass(frozen=True)
class StudyCard:
    """One note: a front and back, perhaps a reverse pair, its stable key and its tags."""

    key: str
    front: str
    back: str
    tags: tuple[str, ...]
    reverse_front: str = ""
    reverse_back: str = ""

    @property
    def sides(self) -> list[tuple[str, str]]:
        """The (front, back) pairs this note makes into cards."""
        pairs = [(self.front, self.back)]
        if self.reverse_front:
            pairs.append((self.reverse_front, self.reverse_back))
        return pairs


def study_cards(guide: Guide, item_list: list[Item]) -> tuple[list[StudyCard], list[LeftOut]]:
    """Glossary terms both ways, people, timeline events both ways, then every question;
    a question type this module does not know yet is reported, not dropped."""
    lang = guide.meta.language
    cards = [
        StudyCard(f"term:{t.term}", t.term, t.definition, ("glossary",), t.definition, t.term) for t in guide.glossary
    ]
    cards += [StudyCard(f"person:{p.name}", p.name, _person_back(p.role, p.dates), ("people",)) for p in guide.people]
    cards += [_event_card(event, lang) for event in guide.events]
    left_out = []
    for item in item_list:
        sides = QUESTION_SIDES.get(item.kind)
        if sides is None:
            left_out.append(LeftOut(item.number, item.kind, "no flashcard layout for this question type yet"))
            continue
        front, back = sides(item.question)
        explanation = getattr(item.question, "explanation", None)
        if explanation:
            back = f"{back}\n\n{explanation}"
        tags = ("questions", section_tag(item.section))
        cards.append(StudyCard(f"question:{item.question.question}", front, back, tags))
    return cards, left_out


def _person_back(role: str | None, dates: str | None) -> str:
    return "\n".join(part for part in (dates, role) if part) or "—"


def _event_card(event: Event, lang: str) -> StudyCard:
    when = format_span(event.span, lang)
    detail = f"\n\n{event.detail}" if event.detail else ""
    # "on" a day, "in" a month, a year or a span of them.
    preposition = "on" if event.span.start.day and not event.span.is_interval else "in"
    return StudyCard(
        f"event:{event.id or event.title}",
        f"When? {event.title}",
        f"{when}{detail}",
        ("timeline",),
        f"What happened {preposition} {when}?",
        f"{event.title}{detail}",
    )


def _multiple_choice(q) -> tuple[str, str]:
    choices = "\n".join(f"{letter(i)}. {choice}" for i, choice in enumerate(q.choices))
    return f"{q.question}\n\n{choices}", f"{letter(q.choices.index(q.answer))}. {q.answer}"


def _true_false(q) -> tuple[str, str]:
    return f"True or false? {q.question}", "True" if q.answer else "False"


def _short_answer(q) -> tuple[str, str]:
    return q.question, q.answer


def _essay(q) -> tuple[str, str]:
    return f"{q.question} {marks_label(int(q.marks))}", essay_guidance(q) or "—"


def _source(q) -> tuple[str, str]:
    parts = "\n".join(f"{part_label(i)} {part.question}" for i, part in enumerate(q.parts))
    answers = "\n".join(f"{part_label(i)} {part.answer}" for i, part in enumerate(q.parts))
    return f"{q.question}\n\n{q.source.text}\n{provenance(q)}\n\n{parts}", answers


def _sequencing(q) -> tuple[str, str]:
    order = sequencing_order(q)
    shown = "\n".join(f"{letter(pos)}. {q.items[index].text}" for pos, index in enumerate(order))
    key = [letter(order.index(index)) for index in range(len(q.items))]
    dated = "\n".join(
        f"{key[i]}. {item.text}" + (f" ({item.date})" if getattr(item, "date", None) else "")
        for i, item in enumerate(q.items)
    )
    return f"{q.question}\n\n{shown}", f"{', '.join(key)}\n\n{dated}"


def _matching(q) -> tuple[str, str]:
    order = matching_order(q)
    left = "\n".join(f"{i + 1}. {pair.left}" for i, pair in enumerate(q.pairs))
    right = "\n".join(f"{letter(pos)}. {q.pairs[index].right}" for pos, index in enumerate(order))
    key = ", ".join(f"{i + 1}–{letter(order.index(i))}" for i in range(len(q.pairs)))
    return f"{q.question}\n\n{left}\n\n{right}", key


def _cloze(q) -> tuple[str, str]:
    pieces = cloze_split(q.text)
    gapped = "".join(piece if i % 2 == 0 else f"({i // 2 + 1}) ______" for i, piece in enumerate(pieces))
    key = "\n".join(f"({n}) {answer}" for n, answer in enumerate(cloze_blanks(q.text), start=1))
    return f"{q.question}\n\n{gapped}\n\nWord bank: {', '.join(word_bank(q))}", key


#: One entry per question type: a flashcard can carry every type as a question and its answer.
QUESTION_SIDES = {
    "multiple-choice": _multiple_choice,
    "true-false": _true_false,
    "short-answer": _short_answer,
    "essay": _essay,
    "source": _source,
    "sequencing": _sequencing,
    "matching": _matching,
    "cloze": _cloze,
}
