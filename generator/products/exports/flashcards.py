"""Study cards in plain text, one table for every question type: the Anki deck and the CSV/TSV share them.

A card has a front and a back, and may have a reverse pair: a glossary term asks
both ways (term → definition, definition → term) and a timeline event asks
"When …?" and "What happened on …?". Each card has a stable key, so a revised
guide updates the same notes in Anki instead of adding new ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from generator.content.dates import format_span
from generator.content.model import Event, Guide, MultipleChoice
from generator.content.questions import NumberedQuestion
from generator.content.teaching import Essay, Matching, Sequencing, SourceQuestion
from generator.i18n.labels import Labels, merged_labels
from generator.products.exports.common import (
    Item,
    LeftOut,
    essay_guidance,
    marks_label,
    part_label,
    provenance,
    section_tag,
    unique_keys,
    written_date,
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
    labels = merged_labels(guide.meta.labels, guide.meta.language, guide.meta.eras)
    cards = [
        StudyCard(f"term:{t.term}", t.term, t.definition, ("glossary",), t.definition, t.term) for t in guide.glossary
    ]
    cards += [StudyCard(f"person:{p.name}", p.name, _person_back(p.role, p.dates), ("people",)) for p in guide.people]
    cards += [_event_card(event, labels) for event in guide.events]
    left_out: list[LeftOut] = []
    for item in item_list:
        sides = QUESTION_SIDES.get(item.kind)
        if sides is None:
            left_out.append(LeftOut(item.number, item.kind, "no flashcard layout for this question type yet"))
            continue
        front, back = sides(item.numbered, labels)
        explanation = item.question.explanation
        if explanation:
            back = f"{back}\n\n{explanation}"
        tags = (
            "questions",
            section_tag(item.section),
            *(f"objective::{objective}" for objective in item.question.objectives),
        )
        cards.append(StudyCard(f"question:{item.question.question}", front, back, tags))
    # Two cards with one key (questions worded alike, events of one title) would be one
    # note in Anki, which keeps only one of them.
    keys = unique_keys([card.key for card in cards])
    return [replace(card, key=key) for card, key in zip(cards, keys, strict=True)], left_out


def _person_back(role: str | None, dates: str | None) -> str:
    return "\n".join(part for part in (dates, role) if part) or "—"


def _event_card(event: Event, labels: Labels) -> StudyCard:
    when = format_span(event.span, labels.lang, eras=labels.eras)
    detail = f"\n\n{event.detail}" if event.detail else ""
    # "on" a day, "in" a month, a year or a span of them.
    on_day = event.span.start.day and not event.span.is_interval
    return StudyCard(
        f"event:{event.id or event.title}",
        labels.phrase("ask_when", title=event.title.rstrip(".?!")),
        f"{when}{detail}",
        ("timeline",),
        labels.phrase("ask_what_on" if on_day else "ask_what_in", date=when),
        f"{event.title}{detail}",
    )


def _multiple_choice(item: NumberedQuestion, labels: Labels) -> tuple[str, str]:
    q = item.question
    assert isinstance(q, MultipleChoice)
    choices = "\n".join(f"{letter}. {text}" for letter, text, _correct in item.choices)
    return f"{q.question}\n\n{choices}", item.answer_text(labels)


def _true_false(item: NumberedQuestion, labels: Labels) -> tuple[str, str]:
    return labels.phrase("ask_true_false", question=item.question.question), item.answer_text(labels)


def _short_answer(item: NumberedQuestion, labels: Labels) -> tuple[str, str]:
    return item.question.question, item.answer_text(labels)


def _essay(item: NumberedQuestion, labels: Labels) -> tuple[str, str]:
    q = item.question
    assert isinstance(q, Essay)
    return f"{q.question} {marks_label(item.marks, labels)}", essay_guidance(q, labels) or "—"


def _source(item: NumberedQuestion, labels: Labels) -> tuple[str, str]:
    q = item.question
    assert isinstance(q, SourceQuestion)
    parts = "\n".join(f"{part_label(letter)} {part.question}" for letter, part in item.parts)
    answers = "\n".join(f"{part_label(letter)} {part.answer}" for letter, part in item.parts)
    return f"{q.question}\n\n{q.source.text}\n{provenance(q, labels)}\n\n{parts}", answers


def _sequencing(item: NumberedQuestion, labels: Labels) -> tuple[str, str]:
    q = item.question
    assert isinstance(q, Sequencing)
    shown = "\n".join(f"{letter}. {text}" for letter, text in item.shuffled)
    dated = "\n".join(
        f"{letter}. {event.text}" + (f" ({written_date(event.date, labels)})" if event.date else "")
        for (letter, _date), event in zip(item.key, q.items, strict=True)
    )
    return f"{q.question}\n\n{shown}", f"{item.answer_text(labels)}\n\n{dated}"


def _matching(item: NumberedQuestion, labels: Labels) -> tuple[str, str]:
    q = item.question
    assert isinstance(q, Matching)
    left = "\n".join(f"{i}. {pair.left}" for i, pair in enumerate(q.pairs, start=1))
    right = "\n".join(f"{letter}. {text}" for letter, text in item.shuffled)
    return f"{q.question}\n\n{left}\n\n{right}", item.answer_text(labels)


def _cloze(item: NumberedQuestion, labels: Labels) -> tuple[str, str]:
    gapped = "".join(text if blank is None else f"({blank}) ______" for text, blank in item.gaps)
    key = "\n".join(f"({number}) {word}" for number, word in item.key)
    bank = ", ".join(item.word_bank)
    return f"{item.question.question}\n\n{gapped}\n\n{labels.labelled('word_bank', bank)}", key


#: One entry per question type: a flashcard can carry every type as a question and its answer.
QUESTION_SIDES: dict[str, Callable[[NumberedQuestion, Labels], tuple[str, str]]] = {
    "multiple-choice": _multiple_choice,
    "true-false": _true_false,
    "short-answer": _short_answer,
    "essay": _essay,
    "source": _source,
    "sequencing": _sequencing,
    "matching": _matching,
    "cloze": _cloze,
}
