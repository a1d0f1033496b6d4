"""The content model: what each content file may contain, and the guide they make.

The pydantic classes below are the single source of truth for the content
format: the loader validates against them, and the JSON Schema for editors is
generated from them. Unknown keys are errors (``extra="forbid"``), so a typo is
never silently ignored.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field, ValidationInfo, create_model, field_validator

from generator.content.dates import DateSpan, Eras, parse_span, writes_english_dates

# The shared building blocks, named here too: the rest of the code imports them from the model.
from generator.content.records import _SLUG as _SLUG
from generator.content.records import MAX_TITLE as MAX_TITLE
from generator.content.records import EdtfDate as EdtfDate
from generator.content.records import Markdown as Markdown
from generator.content.records import MarkdownText as MarkdownText
from generator.content.records import MultipleChoice as MultipleChoice
from generator.content.records import Origin as Origin
from generator.content.records import ShortAnswer as ShortAnswer
from generator.content.records import Slug as Slug
from generator.content.records import Strict as Strict
from generator.content.records import Text as Text
from generator.content.records import Title as Title
from generator.content.records import TrueFalse as TrueFalse
from generator.content.records import _QuestionBase as _QuestionBase
from generator.content.records import _span
from generator.content.teaching import AnyQuestion, Debate, Question
from generator.i18n.messages import LABELS

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class Objective(Strict):
    """A learning objective that sections teach and questions test."""

    id: Slug
    text: Text
    sections: list[Text] = Field([], description="Slugs of the sections that teach it")


def _yaml_bool_keys(value: object) -> object:
    """``true: Vrai`` unquoted: YAML reads the key as a boolean; it names the label."""
    if isinstance(value, dict):
        return {str(key).lower() if isinstance(key, bool) else key: text for key, text in value.items()}
    return value


#: A guide's ``labels:``: one optional text per label the booklet prints, so that the
#: schema lists them and a misspelt name is reported at its own line with a suggestion.
LabelOverrides: type[BaseModel] = create_model(
    "LabelOverrides",
    __base__=Strict,
    **{
        name: (Annotated[str, Field(min_length=1)] | None, Field(None, description=f"Default: {english}"))
        for name, english in LABELS.items()
    },  # type: ignore[call-overload]
)


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
    eras: Eras = Field(
        "BC/AD", description="How years are marked: 'BC/AD' (490 BC, AD 14) or 'BCE/CE' (490 BCE, 14 CE); English only"
    )
    paper: Literal["A4", "Letter"] = "A4"
    audience: str | None = None
    description: str | None = None
    objectives: list[Objective | Text] = Field(
        [], description="Plain sentences, or mappings with id, text and the sections that teach them"
    )
    labels: Annotated[LabelOverrides, BeforeValidator(_yaml_bool_keys)] = Field(  # type: ignore[valid-type]
        default_factory=lambda: LabelOverrides(), description="The booklet's fixed words, each optional"
    )
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

    @field_validator("eras")
    @classmethod
    def _english_eras(cls, value: Eras, info: ValidationInfo) -> Eras:
        language = info.data.get("language")
        if value != "BC/AD" and language and not writes_english_dates(language):
            raise ValueError(
                f"'{value}' is a choice for English guides; a guide in '{language}' names the eras "
                "as its language does: remove 'eras'"
            )
        return value


class SectionFront(Strict):
    """The front matter of ``sections/*.md``."""

    title: Title
    summary: list[Text] = Field(min_length=2, max_length=6, description="2–6 key points")


class Event(Strict):
    """One entry of ``timeline.yaml``."""

    date: EdtfDate
    title: Title
    detail: Markdown | None = None
    id: Slug | None = None

    @property
    def span(self) -> DateSpan:
        return parse_span(self.date)


class FaqEntry(Strict):
    """One entry of ``faq.yaml``."""

    question: Text
    answer: MarkdownText


class Term(Strict):
    """One entry of ``glossary.yaml``."""

    term: Text
    definition: Text
    native: str | None = Field(None, description="The term in its original script")
    reading: str | None = Field(
        None, description="How the term is read (kana, pinyin), for the glossary's order in Japanese or Chinese"
    )


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


#: The optional list files of a guide and the record each entry must match.
LIST_FILES: dict[str, Any] = {
    "timeline.yaml": Event,
    "faq.yaml": FaqEntry,
    "glossary.yaml": Term,
    "people.yaml": Person,
    "sources.yaml": Reference,
    "questions.yaml": Question,
    "debates.yaml": Debate,
}


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
    markup: dict[str, str] = field(default_factory=dict)  # each Markdown field's text → its HTML
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
