"""The content model: what each content file may contain, and the guide they make.

The pydantic classes below are the single source of truth for the content
format: the loader validates against them, and the JSON Schema for editors is
generated from them. Unknown keys are errors (``extra="forbid"``), so a typo is
never silently ignored.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
)

if TYPE_CHECKING:
    from generator.content.teaching import AnyQuestion, Debate

from generator.content.dates import DateError, DateSpan, parse_span
from generator.render.labels import DEFAULT_LABELS

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

Text = Annotated[str, Field(min_length=1)]
#: A title prints on the cover, in the contents and in running heads: a long one is a
#: mistake (a paragraph pasted into the wrong key) and takes the layout engine minutes.
MAX_TITLE = 300
Title = Annotated[str, Field(min_length=1, max_length=MAX_TITLE)]


def _slug(value: str) -> str:
    if not _SLUG.match(value):
        raise ValueError("must be lowercase letters, digits and hyphens, e.g. neutrality-pact")
    return value


def _year_as_text(value: object) -> object:
    # YAML reads an unquoted 1931 as a number and -0490 as -490.
    if isinstance(value, int) and not isinstance(value, bool):
        return f"-{abs(value):04d}" if value < 0 else f"{value:04d}"
    return value


def _edtf(value: str) -> str:
    _span(value)
    return value


Slug = Annotated[str, AfterValidator(_slug), Field(description="Lowercase letters, digits and hyphens")]
EdtfDate = Annotated[
    str,
    BeforeValidator(_year_as_text),
    AfterValidator(_edtf),
    Field(min_length=1, description="ISO 8601/EDTF: 1931, 1945-08, 1941-04-13, 1939-05-11/1939-09-16, -0490, 1900~"),
]


@dataclass(frozen=True, eq=False)
class Origin:
    """Where a record was written: its file, its first line, the line of each key, and
    the text it was read from, so that messages can point at a line without reading
    the file again."""

    path: Path
    line: int | None = None
    keys: Mapping[str, int] = field(default_factory=dict)
    text: str = field(default="", repr=False)
    text_line: int = 1  # the file line of the first line of ``text``

    def line_of(self, key: str | None = None) -> int | None:
        """The line of ``key``, or the record's first line if the key was not written."""
        return self.keys.get(key, self.line) if key else self.line

    def line_containing(self, needle: str, key: str | None = None) -> int | None:
        """The first line at or after ``key`` (or anywhere, with no key) whose text has
        ``needle``: a value may span several lines, and a message should name the right one."""
        start = self.line_of(key) if key else self.text_line
        lines = self.text.split("\n")
        for number in range(start or self.text_line, self.text_line + len(lines)):
            if needle in lines[number - self.text_line]:
                return number
        return None


class Strict(BaseModel):
    """Base for every content record: unknown keys are errors, numbers may stand for text.

    The loader attaches each record's :class:`Origin`; it is a private attribute, so it is
    neither validated nor part of the JSON Schemas."""

    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, str_strip_whitespace=True)

    _origin: Origin | None = PrivateAttr(default=None)

    @property
    def origin(self) -> Origin:
        """Where the record was written (a record made in code has no line)."""
        return self._origin or Origin(Path("."))

    def located(self, origin: Origin) -> Strict:
        """Attach where the record was written; returns the record itself."""
        self._origin = origin
        return self


class Objective(Strict):
    """A learning objective that sections teach and questions test."""

    id: Slug
    text: Text
    sections: list[Text] = Field([], description="Slugs of the sections that teach it")


class Accepted(Strict):
    """One ``check`` warning accepted for the whole guide, with the reason it is right."""

    ignore: Text = Field(description="What the warning names, e.g. 'year 1614' or 'term Ancien Régime'")
    reason: Text = Field(description="Why the guide is right as it is")


class PrintSettings(Strict):
    """``print:`` in guide.yaml: print options every build of the guide uses (docs/printing.md)."""

    no_key: bool = Field(default=False, description="The student edition without the answer key")
    compact: bool = Field(default=False, description="Sections run on instead of each starting a new page")
    one_sided: bool = Field(default=False, description="The handout on one side of one sheet")
    photocopy: bool = Field(
        default=False, description="No tints; rules and answer lines dark enough for a cheap copier"
    )
    large_print: bool = Field(default=False, description="14 pt sans body, 1.5 line spacing, left-aligned, no italics")


class GuideMeta(Strict):
    """``guide.yaml``: the booklet's title page and settings."""

    title: Title
    subtitle: Annotated[str, Field(max_length=MAX_TITLE)] | None = None
    authors: list[Text] = []
    edition: str | None = None
    date: str | None = Field(None, description="Publication date, YYYY-MM-DD")
    language: str = Field("en", description="BCP 47 language tag, e.g. en, en-US, fr")
    paper: Literal["A4", "Letter"] = "A4"
    audience: str | None = None
    description: str | None = None
    objectives: list[Objective | Text] = Field(
        [], description="Plain sentences, or mappings with id, text and the sections that teach them"
    )
    labels: dict[str, str] = {}
    check: list[Accepted] = Field([], description="Warnings of 'studyguide check' accepted, each with its reason")
    print: PrintSettings = Field(PrintSettings(), description="Print options every build uses")

    @field_validator("date")
    @classmethod
    def _full_date(cls, value: str | None) -> str | None:
        if value is None:
            return value
        span = _span(value)
        if span.is_interval or span.start.day is None or span.start.circa:
            raise ValueError(f"'{value}' must be one full date, YYYY-MM-DD")
        return value

    @field_validator("language")
    @classmethod
    def _bcp47(cls, value: str) -> str:
        if not _LANGUAGE.match(value):
            raise ValueError(f"'{value}' is not a language tag: use e.g. en, en-US, fr, de, ja")
        return value

    @field_validator("labels")
    @classmethod
    def _known_labels(cls, value: dict[str, str]) -> dict[str, str]:
        for name in value:
            if name not in DEFAULT_LABELS:
                raise ValueError(f"unknown label '{name}'{did_you_mean(name, DEFAULT_LABELS)}")
        return value


class SectionFront(Strict):
    """The front matter of ``sections/*.md``."""

    title: Title
    summary: list[Text] = Field(min_length=2, max_length=6, description="2–6 key points")


class Event(Strict):
    """One entry of ``timeline.yaml``."""

    date: EdtfDate
    title: Title
    detail: str | None = None
    id: Slug | None = None

    @property
    def span(self) -> DateSpan:
        return parse_span(self.date)


class FaqEntry(Strict):
    """One entry of ``faq.yaml``."""

    question: Text
    answer: Text


class Term(Strict):
    """One entry of ``glossary.yaml``."""

    term: Text
    definition: Text
    native: str | None = Field(None, description="The term in its original script")


class Person(Strict):
    """One entry of ``people.yaml``."""

    name: Text
    native: str | None = None
    role: str | None = None
    dates: str | None = Field(None, description="Life dates as text, e.g. 1880–1946")


class Reference(Strict):
    """One entry of ``sources.yaml``."""

    author: Text
    title: Text
    year: int | str | None = None
    publisher: str | None = None
    journal: str | None = Field(None, description="For an article: the journal it appeared in")
    kind: Literal["primary", "secondary"] = "secondary"
    url: str | None = None
    note: str | None = None

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://", value):
            raise ValueError(f"'{value}' must be a web address starting with https:// or http://")
        return value


class _QuestionBase(Strict):
    question: Text
    section: str | None = Field(None, description="The section's file name without number and .md")
    objectives: list[Text] = Field([], description="Ids of the guide's objectives this question tests")
    explanation: str | None = None


class MultipleChoice(_QuestionBase):
    type: Literal["multiple-choice"]
    choices: list[Text] = Field(min_length=2, max_length=8)
    answer: Text
    marks: int = Field(1, ge=1)

    @field_validator("answer")
    @classmethod
    def _answer_is_a_choice(cls, value: str, info: ValidationInfo) -> str:
        choices = info.data.get("choices")
        if choices and value not in choices:
            raise ValueError(f"the answer '{value}' is not one of the choices: {_closest_choice(value, choices)}")
        return value


def _closest_choice(answer: str, choices: list[str]) -> str:
    """How to mend an answer that is not a choice: a letter, or a choice written differently."""
    letters = "ABCDEFGH"[: len(choices)]
    if len(answer) == 1 and answer.upper() in letters:
        return f"write the choice itself, '{choices[letters.index(answer.upper())]}', not its letter"
    folded = " ".join(re.sub(r"[^\w\s]", " ", answer).casefold().split())
    for choice in choices:
        if " ".join(re.sub(r"[^\w\s]", " ", choice).casefold().split()) == folded:
            return f"the choice is written '{choice}': copy it exactly"
    return "copy one choice exactly"


class TrueFalse(_QuestionBase):
    type: Literal["true-false"]
    answer: bool
    marks: int = Field(1, ge=1)


class ShortAnswer(_QuestionBase):
    type: Literal["short-answer"]
    answer: Text = Field(description="A model answer")
    lines: int = Field(3, ge=1, le=12, description="Answer lines printed for the student")
    marks: int = Field(2, ge=1)


def _span(value: str) -> DateSpan:
    try:
        return parse_span(value)
    except DateError as exc:
        raise ValueError(str(exc)) from None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' — did you mean …?' hint for a mistyped name, or nothing."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


# ---- The guide as the renderer sees it -------------------------------------


@dataclass
class Section:
    """One section: its place in the booklet and its content, body already HTML."""

    slug: str
    number: int
    title: str
    summary: list[str]
    body_html: str
    path: Path
    origin: Origin  # the whole file: its front matter's keys, and its text
    body_line: int  # the file line where the Markdown body starts


@dataclass
class Guide:
    """A whole validated guide, ready to render."""

    root: Path
    slug: str
    meta: GuideMeta
    sections: list[Section]
    events: list[Event] = field(default_factory=list)  # chronological
    faq: list[FaqEntry] = field(default_factory=list)
    glossary: list[Term] = field(default_factory=list)  # alphabetical
    people: list[Person] = field(default_factory=list)
    sources: list[Reference] = field(default_factory=list)
    questions: list[AnyQuestion] = field(default_factory=list)
    debates: list[Debate] = field(default_factory=list)
    inputs: list[Path] = field(default_factory=list)  # every file read, for rebuild checks
    warnings: list[Any] = field(default_factory=list)  # Problems worth telling, not stopping for

    def records(self) -> Iterator[Strict]:
        """Every record read from a YAML file or front matter, in file order."""
        yield self.meta
        for section in self.sections:
            yield SectionFront(title=section.title, summary=section.summary).located(section.origin)
        lists: tuple[list[Any], ...] = (
            self.events,
            self.faq,
            self.glossary,
            self.people,
            self.sources,
            self.questions,
            self.debates,
        )
        for records in lists:
            yield from records

    def locate(self, needle: str) -> tuple[Path, int | None]:
        """The file and line where ``needle`` was written, from the records' origins:
        the key whose value has it, or the line of a section's text."""
        for record in self.records():
            for key, value in record.model_dump().items():
                if needle in str(value):
                    origin = record.origin
                    return origin.path, origin.line_containing(needle, key) or origin.line_of(key)
        for section in self.sections:
            line = section.origin.line_containing(needle)
            if line is not None:
                return section.path, line
        return self.root, None
