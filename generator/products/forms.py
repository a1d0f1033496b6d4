"""Test forms: the review questions printed as forms A, B, C …, each in its own order, and one teacher's key.

In every form the questions are shuffled within their sections and the choices
within each multiple-choice question, from a seed: the same seed gives the same
forms, byte for byte. A choice such as "All of the above" keeps the last place.
Each form is its own PDF with its letter on every page; the teacher's copy sets
the keys of all forms side by side, then the model answers of the written
questions once, with the number each carries in each form.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.content.model import Guide, Section
from generator.content.questions import question_groups
from generator.products.exports.common import letter, stable_id, stays_last
from generator.products.exports.flashcards import QUESTION_SIDES
from generator.render.html import RenderOptions, environment, page_format
from generator.render.labels import merged_labels
from generator.resources import TEMPLATES

MAX_FORMS = 6
DEFAULT_SEED = 1
_RETRIES = 20  # reshuffles tried before accepting a form that repeats an earlier one


@dataclass(frozen=True)
class FormQuestion:
    """One question as a form prints it: its number there and, for multiple choice, its choice order."""

    number: int
    question: Any
    order: tuple[int, ...] = ()  # indexes into question.choices, in printed order

    @property
    def kind(self) -> str:
        return str(self.question.type)

    @property
    def choices(self) -> list[tuple[str, str]]:
        return [(letter(pos), self.question.choices[index]) for pos, index in enumerate(self.order)]

    @property
    def prompt(self) -> str:
        """What the student reads for the types printed as text (the teaching-depth types)."""
        sides = QUESTION_SIDES.get(self.kind)
        return sides(self.question)[0] if sides else self.question.question

    @property
    def lines(self) -> int:
        q = self.question
        return int(getattr(q, "lines", None) or getattr(q, "planning_lines", None) or 4)

    @property
    def written(self) -> bool:
        """Marked by the teacher from a model answer, not from a short key."""
        return self.kind not in ("multiple-choice", "true-false")

    def key(self, labels: dict[str, str]) -> str | None:
        """The short key: a letter, True or False; None for a written answer."""
        q = self.question
        if self.kind == "multiple-choice":
            return letter(self.order.index(q.choices.index(q.answer)))
        if self.kind == "true-false":
            return labels["true"] if q.answer else labels["false"]
        return None

    def model_answer(self) -> str:
        sides = QUESTION_SIDES.get(self.kind)
        return sides(self.question)[1] if sides else ""


@dataclass
class Form:
    """One form: its letter and its questions, grouped under their sections in print order."""

    letter: str
    groups: list[tuple[Section | None, list[FormQuestion]]]

    @property
    def questions(self) -> list[FormQuestion]:
        return [q for _section, items in self.groups for q in items]

    def signature(self) -> tuple:
        return tuple((id(q.question), q.order) for q in self.questions)


def make_forms(guide: Guide, count: int, seed: int = DEFAULT_SEED) -> list[Form]:
    """``count`` forms of the guide's questions, shuffled from ``seed``."""
    if not 1 <= count <= MAX_FORMS:
        raise ValueError(f"forms: choose between 1 and {MAX_FORMS}")
    forms: list[Form] = []
    for index in range(count):
        rng = random.Random(stable_id("forms", guide.slug, seed, index))
        form = _shuffled(guide, letter(index), rng)
        for _ in range(_RETRIES):
            if form.signature() not in {f.signature() for f in forms}:
                break
            form = _shuffled(guide, letter(index), rng)
        forms.append(form)
    return forms


def _shuffled(guide: Guide, form_letter: str, rng: random.Random) -> Form:
    groups = []
    number = 0
    for group in question_groups(guide):
        questions = [item.question for item in group.items]
        rng.shuffle(questions)
        items = []
        for question in questions:
            number += 1
            items.append(FormQuestion(number, question, _choice_order(question, rng)))
        groups.append((group.section, items))
    return Form(form_letter, groups)


def _choice_order(question: Any, rng: random.Random) -> tuple[int, ...]:
    if question.type != "multiple-choice":
        return ()
    movable = [i for i, choice in enumerate(question.choices) if not stays_last(choice)]
    last = [i for i, choice in enumerate(question.choices) if stays_last(choice)]
    rng.shuffle(movable)
    return tuple(movable + last)


@dataclass(frozen=True)
class WrittenAnswer:
    """A question marked by the teacher: its model answer and its number in each form."""

    question: Any
    numbers: list[tuple[str, int]]
    answer: str


def written_answers(forms: list[Form]) -> list[WrittenAnswer]:
    """The model answers of written questions, in form A's order, each with its number per form."""
    where: dict[int, list[tuple[str, int]]] = {}
    for form in forms:
        for q in form.questions:
            where.setdefault(id(q.question), []).append((form.letter, q.number))
    return [WrittenAnswer(q.question, where[id(q.question)], q.model_answer()) for q in forms[0].questions if q.written]


def render_form_html(guide: Guide, form: Form, options: RenderOptions, seed: int) -> str:
    """One student form as HTML."""
    return _render(guide, options, forms=[form], seed=seed, teacher=False)


def render_key_html(guide: Guide, forms: list[Form], options: RenderOptions, seed: int) -> str:
    """The teacher's copy: the keys side by side, then the model answers."""
    return _render(guide, options, forms=forms, seed=seed, teacher=True, written=written_answers(forms))


def _render(guide: Guide, options: RenderOptions, **context) -> str:
    labels = merged_labels(guide.meta.labels)
    rows = max(len(form.questions) for form in context["forms"])
    return (
        environment()
        .get_template("forms.html.j2")
        .render(
            meta=guide.meta,
            lang=guide.meta.language,
            labels=labels,
            page=page_format(guide, options),
            rows=range(rows),
            css_urls=[(TEMPLATES / "css" / name).as_uri() for name in ("print.css", "forms.css")],
            **context,
        )
    )


@dataclass
class FormsResult:
    """What building the forms wrote."""

    slug: str
    forms: list[Path]
    key: Path
    seed: int
    pages: list[int] = field(default_factory=list)  # pages of each form, then of the key
    seconds: float = 0.0


def forms_name(guide: Guide, form_letter: str | None) -> str:
    """``<slug>-form-A.pdf`` …, and ``<slug>-forms-key.pdf`` for the teacher's copy."""
    return f"{guide.slug}-form-{form_letter}.pdf" if form_letter else f"{guide.slug}-forms-key.pdf"


def build_forms(
    root: Path, output: Path, count: int, seed: int = DEFAULT_SEED, options: RenderOptions = RenderOptions()
) -> FormsResult:
    """Load a guide and write its forms and key into ``output``; raises ContentError on content mistakes."""
    from pypdf import PdfReader

    from generator.build import _refuse_output_inside, typeset, write_atomically
    from generator.content.load import load_guide

    started = time.perf_counter()
    _refuse_output_inside(root, output)
    guide = load_guide(Path(root))
    forms = make_forms(guide, count, seed)
    documents = [(forms_name(guide, f.letter), render_form_html(guide, f, options, seed)) for f in forms]
    documents.append((forms_name(guide, None), render_key_html(guide, forms, options, seed)))
    result = FormsResult(guide.slug, [], Path(output) / forms_name(guide, None), seed)
    for name, html in documents:
        data = typeset(guide, html).data
        path = Path(output) / name
        write_atomically(path, data)
        result.pages.append(len(PdfReader(path).pages))
        if path != result.key:
            result.forms.append(path)
    result.seconds = time.perf_counter() - started
    return result
