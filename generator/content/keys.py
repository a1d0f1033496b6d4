"""Checks that catch a wrong answer key: each mistake is an error at its file and line.

A question can be valid record by record and still print a wrong key: the items of a
sequencing question typed out of order although their dates (or the timeline events
they name) say otherwise, a matching pair given twice, "All of the above" in the
middle of the choices, a cloze blank missing from the word bank the author wrote.
The loader runs these checks after every file is read, because a sequencing item
may be dated by the timeline.
"""

from __future__ import annotations

import re
from typing import Any

from generator.content.dates import DateError, format_span, parse_span
from generator.content.files import YamlDocument
from generator.content.model import Event, MultipleChoice
from generator.content.teaching import Cloze, Matching, Sequencing, stays_last
from generator.errors import Problem

_PUNCTUATION = re.compile(r"[^\w\s]")


def key_problems(doc: YamlDocument, questions: list[Any], events: list[Event], lang: str = "en") -> list[Problem]:
    """Every answer key of ``questions.yaml`` that contradicts itself or the timeline."""
    problems: list[Problem] = []
    for index, question in enumerate(questions):
        where = f"entry {index + 1}: "
        if isinstance(question, Sequencing):
            problems += _sequence(doc, index, where, question, events, lang)
        elif isinstance(question, Matching):
            for side in ("left", "right"):
                texts = [(("pairs", k, side), getattr(pair, side)) for k, pair in enumerate(question.pairs)]
                problems += _repeated(doc, index, where, texts, f"the {side} side '{{text}}'")
        elif isinstance(question, MultipleChoice):
            problems += _choices(doc, index, where, question)
        elif isinstance(question, Cloze):
            problems += _cloze(doc, index, where, question)
    return problems


def _fold(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text).casefold().split())


def named_event(text: str, events: list[Event]) -> Event | None:
    """The timeline event a sequencing item names: its title (or id) inside the item's text;
    the longest title wins, so 'Storming of the Bastille' beats 'Bastille'."""
    folded = f" {_fold(text)} "
    found = [
        (len(name), event)
        for event in events
        for name in (_fold(event.title), (event.id or "").replace("-", " "))
        if name and f" {name} " in folded
    ]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _sequence(
    doc: YamlDocument, index: int, where: str, question: Sequencing, events: list[Event], lang: str
) -> list[Problem]:
    dated = []
    for k, item in enumerate(question.items):
        event = None if item.date else named_event(item.text, events)
        date = item.date or (event.date if event else None)
        if date:
            try:
                dated.append((k, item.text, parse_span(date), event))
            except DateError:  # the model reported it already
                continue
    problems = []
    for (k0, text0, span0, _), (k1, text1, span1, event1) in zip(dated, dated[1:], strict=False):
        if span1.sort_key < span0.sort_key:
            source = f" (the timeline's '{event1.title}')" if event1 else ""
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of((index, "items", k1)),
                    f"{where}the items are the answer key, in the correct order, but item {k1 + 1} "
                    f"'{text1}' ({format_span(span1, lang)}{source}) is earlier than item {k0 + 1} "
                    f"'{text0}' ({format_span(span0, lang)}): put the items in date order",
                )
            )
    return problems


def _repeated(
    doc: YamlDocument, index: int, where: str, texts: list[tuple[tuple[Any, ...], str]], what: str
) -> list[Problem]:
    """An error at each text that repeats an earlier one (case and punctuation aside)."""
    first: dict[str, int] = {}
    problems = []
    for n, (loc, text) in enumerate(texts):
        earlier = first.setdefault(_fold(text), n)
        if earlier != n:
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of((index, *loc)),
                    f"{where}{what.format(text=text)} is given twice (also entry {earlier + 1}): "
                    "each must be different, or the key has two right answers",
                )
            )
    return problems


def _choices(doc: YamlDocument, index: int, where: str, question: MultipleChoice) -> list[Problem]:
    texts = [(("choices", k), choice) for k, choice in enumerate(question.choices)]
    problems = _repeated(doc, index, where, texts, "the choice '{text}'")
    last = [k for k, choice in enumerate(question.choices) if stays_last(choice)]
    for k in last:
        if k != len(question.choices) - 1:
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of((index, "choices", k)),
                    f"{where}'{question.choices[k]}' speaks of the other choices, so it must be the last one: "
                    + ("keep only one such choice" if len(last) > 1 else "move it to the end of the list"),
                )
            )
    return problems


def _cloze(doc: YamlDocument, index: int, where: str, question: Cloze) -> list[Problem]:
    problems = []
    blanks = {_fold(blank) for blank in question.blanks}
    for k, word in enumerate(question.distractors):
        if _fold(word) in blanks:
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of((index, "distractors", k)),
                    f"{where}the distractor '{word}' is also the answer to a blank: remove it",
                )
            )
    if question.bank:
        if question.distractors:
            problems.append(
                Problem(
                    doc.path,
                    doc.line_of((index, "distractors")),
                    f"{where}give either 'bank:' (the whole word bank) or 'distractors:', not both",
                )
            )
        bank = {_fold(word) for word in question.bank}
        for blank in dict.fromkeys(question.blanks):
            if _fold(blank) not in bank:
                problems.append(
                    Problem(
                        doc.path,
                        doc.line_of((index, "bank")),
                        f"{where}the blank [[{blank}]] is not in the word bank: add '{blank}' to 'bank:'",
                    )
                )
    return problems
