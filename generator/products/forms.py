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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from generator.content.markup import MarkdownRenderer
from generator.content.model import Guide, MultipleChoice, Section
from generator.content.questions import NumberedQuestion, question_groups
from generator.content.teaching import AnyQuestion
from generator.errors import ContentError, plural
from generator.products import MAX_FORMS, Made
from generator.products.exports.common import letter, stable_id, stays_last
from generator.render.html import RenderOptions, environment, page_format
from generator.render.labels import merged_labels
from generator.resources import TEMPLATES

if TYPE_CHECKING:
    from generator.build import Press
    from generator.jobs import Job

DEFAULT_SEED = 1
_RETRIES = 20  # reshuffles tried before accepting a form that repeats an earlier one


@dataclass(frozen=True)
class FormQuestion:
    """One question as a form prints it: the booklet's numbered question, renumbered and reordered for the form.

    A multiple-choice question is a copy whose choices are in this form's order, so
    the booklet's templates print it, and its key letter, unchanged.
    """

    item: NumberedQuestion
    index: int  # its place in the guide's questions: the same question in every form
    order: tuple[int, ...] = ()  # indexes into the guide's choices, in printed order

    @property
    def kind(self) -> str:
        return self.item.kind

    @property
    def number(self) -> int:
        return self.item.number

    @property
    def question(self) -> AnyQuestion:
        return self.item.question

    @property
    def choices(self) -> list[tuple[str, str, bool]]:
        return self.item.choices

    @property
    def written(self) -> bool:
        """Marked from the model answers below the table, not from a letter in it."""
        return self.kind not in ("multiple-choice", "true-false")

    def key(self, labels: dict[str, str]) -> str | None:
        """The short key: a letter, True or False; None for the questions answered below the table."""
        if self.written:
            return None
        if self.kind == "multiple-choice":
            return next(letter for letter, _text, correct in self.choices if correct)
        return self.item.answer_text(labels)


@dataclass
class Form:
    """One form: its letter and its questions, grouped under their sections in print order."""

    letter: str
    groups: list[tuple[Section | None, list[FormQuestion]]]

    @property
    def questions(self) -> list[FormQuestion]:
        return [q for _section, items in self.groups for q in items]

    def signature(self) -> tuple[tuple[int, tuple[int, ...]], ...]:
        return tuple((q.index, q.order) for q in self.questions)


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
    place = {id(question): index for index, question in enumerate(guide.questions)}
    groups = []
    number = 0
    for group in question_groups(guide):
        questions = [item.question for item in group.items]
        rng.shuffle(questions)
        items = []
        for question in questions:
            number += 1
            order = _choice_order(question, rng)
            printed = question
            if isinstance(question, MultipleChoice):
                printed = question.model_copy(update={"choices": [question.choices[i] for i in order]})
            items.append(FormQuestion(NumberedQuestion(number, printed), place[id(question)], order))
        groups.append((group.section, items))
    return Form(form_letter, groups)


def _choice_order(question: AnyQuestion, rng: random.Random) -> tuple[int, ...]:
    if not isinstance(question, MultipleChoice):
        return ()
    movable = [i for i, choice in enumerate(question.choices) if not stays_last(choice)]
    last = [i for i, choice in enumerate(question.choices) if stays_last(choice)]
    rng.shuffle(movable)
    return tuple(movable + last)


@dataclass(frozen=True)
class WrittenAnswer:
    """A question answered below the key table: its number in each form, and its answer as the booklet's key prints it."""

    item: NumberedQuestion
    numbers: list[tuple[str, int]]


def written_answers(forms: list[Form]) -> list[WrittenAnswer]:
    """The answers of the questions the table does not hold, in form A's order, each with its number per form."""
    where: dict[int, list[tuple[str, int]]] = {}
    for form in forms:
        for q in form.questions:
            where.setdefault(q.index, []).append((form.letter, q.number))
    return [WrittenAnswer(q.item, where[q.index]) for q in forms[0].questions if q.written]


def render_form_html(guide: Guide, form: Form, options: RenderOptions, seed: int) -> str:
    """One student form as HTML."""
    return _render(guide, options, forms=[form], seed=seed, teacher=False)


def render_key_html(guide: Guide, forms: list[Form], options: RenderOptions, seed: int) -> str:
    """The teacher's copy: the keys side by side, then the model answers."""
    return _render(guide, options, forms=forms, seed=seed, teacher=True, written=written_answers(forms))


def _render(guide: Guide, options: RenderOptions, **context: Any) -> str:
    labels = merged_labels(guide.meta.labels)
    renderer = MarkdownRenderer()
    rows = max(len(form.questions) for form in context["forms"])
    return (
        environment()
        .get_template("forms.html.j2")
        .render(
            meta=guide.meta,
            lang=guide.meta.language,
            labels=labels,
            page=page_format(guide, options),
            print_options=options.print,
            rows=range(rows),
            md=lambda text: Markup(renderer.inline(text)),
            css_urls=[(TEMPLATES / "css" / name).as_uri() for name in ("print.css", "forms.css")],
            **context,
        )
    )


def make_test_forms(guide: Guide, job: Job, press: Press) -> Made:
    """``<slug>-form-A.pdf`` … and ``<slug>-forms-key.pdf``: ``job.forms`` shuffled forms of the
    questions part and the teacher's key with every form's answers side by side."""
    if not 1 <= job.forms <= MAX_FORMS:
        raise ContentError.at(Path(job.folder), None, f"--forms takes 1 to {MAX_FORMS} forms")
    options = job.render_options()
    forms = make_forms(guide, job.forms, job.seed)
    files: dict[str, bytes | str] = {}
    notes: list[str] = []
    preflight: list[Any] = []
    documents = [(f"-form-{f.letter}.pdf", render_form_html(guide, f, options, job.seed)) for f in forms]
    if "no-key" not in job.print_options:
        documents.append(("-forms-key.pdf", render_key_html(guide, forms, options, job.seed)))
    pages = 0
    for suffix, html in documents:
        rendered = press.typeset(html)
        files[suffix] = rendered.data
        preflight += rendered.preflight
        pages = rendered.pages
        notes.append(f"{guide.slug}{suffix}: {plural(rendered.pages, 'page')}")
    notes.append(f"seed {job.seed}: the same seed prints the same forms")
    return Made(files, pages=pages, notes=tuple(notes), preflight=tuple(preflight))
