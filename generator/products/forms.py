"""Test forms: the review questions printed as forms A, B, C …, each in its own order, and one teacher's key.

In every form the questions are shuffled within their sections (or across them,
``--mix-sections``), the choices within each multiple-choice question and the letters
of sequencing and matching questions, from a seed: the same seed gives the same
forms, byte for byte. Of many shuffles, each form keeps the one that differs most from
its neighbour. A choice such as "All of the above" keeps the last place. Each form is
its own PDF with its letter on every page; the teacher's copy sets the keys of all
forms side by side (letters for sequencing and matching too), then the model answers
of the written questions once, with the number each carries in each form. Options: a
bubble answer sheet and its key overlay, and one named copy per student of a class list.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from generator.content.markup import MarkdownRenderer
from generator.content.model import Guide, MultipleChoice, Section, ShortAnswer
from generator.content.questions import NumberedQuestion, question_groups
from generator.content.teaching import AnyQuestion, Essay, stays_last
from generator.errors import ContentError, plural
from generator.products import MAX_FORMS, Made
from generator.products.ids import letter, stable_id
from generator.render.html import RenderOptions, finish_html, page_format, render_template, stylesheets
from generator.render.labels import merged_labels

if TYPE_CHECKING:
    from generator.build import Press
    from generator.jobs import Job

DEFAULT_SEED = 1
#: Shuffles tried for each form after the first; the one that differs most from its neighbours is kept.
CANDIDATES = 48
#: The question types whose key is letters (or True/False): the key table holds them.
LETTERED = ("multiple-choice", "true-false", "sequencing", "matching")
LINES_PER_MARK = 2
MAX_WRITING_LINES = 40


@dataclass(frozen=True)
class FormQuestion:
    """One question as a form prints it: the booklet's numbered question, renumbered and reordered for the form.

    A multiple-choice question is a copy whose choices are in this form's order, so
    the booklet's templates print it, and its key letter, unchanged; a sequencing or
    matching question has the form's own letters (its ``salt``).
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
        """Marked from the model answers below the table, not from letters in it."""
        return self.kind not in LETTERED

    @property
    def bubbled(self) -> bool:
        """Answered on the bubble sheet: one mark to fill in."""
        return self.kind in ("multiple-choice", "true-false")

    @property
    def writing_lines(self) -> int:
        """Lines to write the answer on, by the marks: two a mark (an essay's after its planning lines)."""
        q = self.question
        if isinstance(q, Essay):
            return min(max(LINES_PER_MARK * q.marks, 8), MAX_WRITING_LINES)
        if isinstance(q, ShortAnswer):
            return min(max(q.lines, LINES_PER_MARK * q.marks), MAX_WRITING_LINES)
        return 0

    def answer(self) -> object:
        """What a marker compares: the letter(s) or truth value; None for a written answer."""
        if self.written:
            return None
        if self.kind == "multiple-choice":
            return next(letter for letter, _text, correct in self.choices if correct)
        return tuple(self.item.key) if self.kind in ("sequencing", "matching") else self.question.answer  # type: ignore[union-attr]

    def key(self, labels: dict[str, str]) -> str | None:
        """The short key: a letter, True or False, the order's or the pairs' letters; None for a written answer."""
        if self.written:
            return None
        if self.kind == "multiple-choice":
            return next(letter for letter, _text, correct in self.choices if correct)
        if self.kind == "matching":  # the letters of pairs 1, 2, 3 … in turn: the column stays narrow
            return ", ".join(letter for _number, letter in self.item.key)
        return self.item.answer_text(labels)

    def bubbles(self, labels: dict[str, str]) -> list[tuple[str, bool]]:
        """(mark, is the answer) for each bubble of the answer sheet: A, B, C … or T, F."""
        if self.kind == "multiple-choice":
            return [(letter, correct) for letter, _text, correct in self.choices]
        truth = bool(getattr(self.question, "answer", False))
        return [(labels["true"][:1], truth), (labels["false"][:1], not truth)]


@dataclass
class Form:
    """One form: its letter and its questions, grouped under their sections in print order
    (one group without a heading when the questions are mixed across sections)."""

    letter: str
    groups: list[tuple[Section | None, list[FormQuestion]]]
    mixed: bool = False

    @property
    def questions(self) -> list[FormQuestion]:
        return [q for _section, items in self.groups for q in items]

    def signature(self) -> tuple[tuple[int, object], ...]:
        return tuple((q.index, q.answer()) for q in self.questions)


def difference(first: Form, second: Form) -> float:
    """The share of positions whose question or answer differs between two forms."""
    pairs = list(zip(first.signature(), second.signature(), strict=True))
    return sum(a != b for a, b in pairs) / len(pairs) if pairs else 0.0


def make_forms(guide: Guide, count: int, seed: int = DEFAULT_SEED, mixed: bool = False) -> list[Form]:
    """``count`` forms of the guide's questions, shuffled from ``seed``.

    Each form after the first is the candidate shuffle that differs most from its
    neighbour (the form before it, which the next desk gets), then from every earlier form."""
    if not 1 <= count <= MAX_FORMS:
        raise ValueError(f"forms: choose between 1 and {MAX_FORMS}")
    forms: list[Form] = []
    for index in range(count):
        rng = random.Random(stable_id("forms", guide.slug, seed, index))
        candidates = [_shuffled(guide, letter(index), rng, mixed) for _ in range(CANDIDATES if forms else 1)]
        forms.append(
            max(
                candidates,
                key=lambda form: (difference(form, forms[-1]), min(difference(form, f) for f in forms)) if forms else 0,
            )
        )
    return forms


def _shuffled(guide: Guide, form_letter: str, rng: random.Random, mixed: bool) -> Form:
    place = {id(question): index for index, question in enumerate(guide.questions)}
    groups = [(group.section, [item.question for item in group.items]) for group in question_groups(guide)]
    if mixed:
        groups = [(None, [question for _section, questions in groups for question in questions])]
    salt = f"{form_letter}{rng.random()}"
    shuffled = []
    number = 0
    for section, questions in groups:
        rng.shuffle(questions)
        items = []
        for question in questions:
            number += 1
            order = _choice_order(question, rng)
            printed = question
            if isinstance(question, MultipleChoice):
                printed = question.model_copy(update={"choices": [question.choices[i] for i in order]})
            items.append(FormQuestion(NumberedQuestion(number, printed, salt), place[id(question)], order))
        shuffled.append((section, items))
    return Form(form_letter, shuffled, mixed)


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


def render_form_html(guide: Guide, form: Form, options: RenderOptions, seed: int, bubble: bool = False) -> str:
    """One student form as HTML, with its bubble answer sheet when ``bubble``."""
    return _render(guide, options, forms=[form], copies=[(None, form)], seed=seed, bubble=bubble)


def render_copies_html(
    guide: Guide, forms: list[Form], names: tuple[str, ...], options: RenderOptions, seed: int, bubble: bool = False
) -> str:
    """One named copy per student, in the class list's order, the forms alternating: A, B, A, B …"""
    copies = [(name, forms[row % len(forms)]) for row, name in enumerate(names)]
    return _render(guide, options, forms=forms, copies=copies, seed=seed, bubble=bubble)


def render_key_html(guide: Guide, forms: list[Form], options: RenderOptions, seed: int) -> str:
    """The teacher's copy: the keys side by side, then the model answers."""
    return _render(guide, options, forms=forms, seed=seed, teacher=True, written=written_answers(forms))


def render_overlay_html(guide: Guide, forms: list[Form], options: RenderOptions, seed: int) -> str:
    """Each form's bubble sheet with the right bubbles filled: to print on film and lay on the sheets."""
    return _render(guide, options, forms=forms, overlays=forms, seed=seed)


def _render(guide: Guide, options: RenderOptions, **context: Any) -> str:
    labels = merged_labels(guide.meta.labels, guide.meta.language, guide.meta.eras)
    renderer = MarkdownRenderer()
    rows = max(len(form.questions) for form in context["forms"])
    context = {"teacher": False, "copies": [], "overlays": [], "bubble": False, **context}
    return finish_html(
        render_template(
            options.theme,
            "forms.html.j2",
            meta=guide.meta,
            lang=guide.meta.language,
            eras=guide.meta.eras,
            labels=labels,
            page=page_format(guide, options),
            print_options=options.print,
            rows=range(rows),
            md=lambda text: Markup(renderer.inline(text)),
            css_urls=stylesheets("print.css", "forms.css"),
            **context,
        )
    )


def neighbours_differ(forms: list[Form]) -> str:
    """The note on how much the forms differ: the share of positions whose question or answer
    differs, for each pair of neighbouring forms, and at the least over every pair."""
    if len(forms) < 2:
        return "one form: nothing to compare"
    pairs = [f"{a.letter}–{b.letter} {difference(a, b):.0%}" for a, b in zip(forms, forms[1:], strict=False)]
    least = min(difference(a, b) for i, a in enumerate(forms) for b in forms[i + 1 :])
    return f"positions whose question or answer differs: {', '.join(pairs)} (any two forms: at least {least:.0%})"


def make_test_forms(guide: Guide, job: Job, press: Press) -> Made:
    """``<slug>-form-A.pdf`` … and ``<slug>-forms-key.pdf``: ``job.forms`` shuffled forms of the
    questions part and the teacher's key with every form's answers side by side; with a bubble
    sheet, its key overlay; with a class list, one named copy per student."""
    if not 1 <= job.forms <= MAX_FORMS:
        raise ContentError.at(Path(job.folder), None, f"--forms takes 1 to {MAX_FORMS} forms")
    if not guide.questions:
        raise ContentError.at(
            Path(job.folder) / "questions.yaml",
            None,
            "--forms makes test forms of the guide's questions, and it has none: add questions.yaml",
        )
    options = job.render_options()
    forms = make_forms(guide, job.forms, job.seed, job.mix_sections)
    bubble = job.bubble_sheet and any(q.bubbled for q in forms[0].questions)
    files: dict[str, bytes | str] = {}
    notes: list[str] = []
    preflight: list[Any] = []
    documents = [(f"-form-{f.letter}.pdf", render_form_html(guide, f, options, job.seed, bubble)) for f in forms]
    if job.class_list:
        documents.append(
            ("-named-copies.pdf", render_copies_html(guide, forms, job.class_list, options, job.seed, bubble))
        )
    if bubble and "no-key" not in job.print_options:
        documents.append(("-bubble-overlay.pdf", render_overlay_html(guide, forms, options, job.seed)))
    if "no-key" not in job.print_options:
        documents.append(("-forms-key.pdf", render_key_html(guide, forms, options, job.seed)))
    pages = 0
    for suffix, html in documents:
        rendered = press.typeset(html)
        files[suffix] = rendered.data
        preflight += rendered.preflight
        pages = rendered.pages
        notes.append(f"{guide.slug}{suffix}: {plural(rendered.pages, 'page')}")
    if job.class_list:
        notes.append(
            f"{plural(len(job.class_list), 'named copy', 'named copies')}, forms in turn by row of the class list"
        )
    notes.append(neighbours_differ(forms))
    notes.append(f"seed {job.seed}: the same seed prints the same forms")
    return Made(files, pages=pages, notes=tuple(notes), preflight=tuple(preflight))
