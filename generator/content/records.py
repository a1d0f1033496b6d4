"""The building blocks of the content records: the base class every record shares,
where a record was written (:class:`Origin`), the common field types, and the plain
question types.

:mod:`generator.content.model` (the guide's records) and
:mod:`generator.content.teaching` (the richer question types, the debates) both build
on this module, so neither needs the other's: the arrows run one way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

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

from generator.content.dates import DateError, DateSpan, parse_span

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

Text = Annotated[str, Field(min_length=1)]


class _Markdown:
    """Marks a text field written in Markdown: the loader converts its value to HTML once
    (:func:`markdown_texts` finds them), and the templates print it with ``md()``."""


MARKDOWN = _Markdown()
#: Markdown, possibly empty; and Markdown that must say something.
Markdown = Annotated[str, MARKDOWN]
MarkdownText = Annotated[str, Field(min_length=1), MARKDOWN]
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


def markdown_texts(record: Strict) -> Iterator[str]:
    """The values of ``record``'s Markdown fields, its nested records' included."""
    for name, info in type(record).model_fields.items():
        value = getattr(record, name)
        values = value if isinstance(value, list) else [value]
        if MARKDOWN in info.metadata or any(MARKDOWN in _metadata(arg) for arg in get_args(info.annotation)):
            yield from (text for text in values if isinstance(text, str) and text)
        for item in values:
            if isinstance(item, Strict):
                yield from markdown_texts(item)


def _metadata(annotation: Any) -> tuple[Any, ...]:
    return getattr(annotation, "__metadata__", ())
