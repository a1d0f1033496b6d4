"""The teaching components of issue 12: the richer question types and the debates.

Source-based questions, essays with a mark scheme, sequencing, matching and
cloze join the three original types in one discriminated union, ``Question``;
``Debate`` is one "Historians disagree" box of ``debates.yaml``. Like the rest
of :mod:`generator.content.model`, these classes are the single source of truth
for the format and for its JSON Schemas.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, get_args

from pydantic import Field, field_validator, model_validator

from generator.content.records import (
    EdtfDate,
    MarkdownText,
    MultipleChoice,
    ShortAnswer,
    Slug,
    Strict,
    Text,
    TrueFalse,
    _QuestionBase,
)

#: A cloze blank: ``[[answer]]``.
BLANK = re.compile(r"\[\[(.*?)\]\]")
#: A choice that only makes sense in the last place: 'All of the above', 'None of these' …
_LAST_CHOICE = re.compile(r"^(all|none|both|neither) of the (above|others|these)\b", re.IGNORECASE)


def stays_last(choice: str) -> bool:
    """'All of the above', 'None of these' …: a choice that only makes sense in the last place."""
    return bool(_LAST_CHOICE.match(choice.strip()))


class Extract(Strict):
    """The document a source-based question is about."""

    text: Text
    attribution: Text = Field(description="Who wrote it and where it comes from")
    date: EdtfDate | None = None
    kind: Literal["primary", "secondary"] = "primary"


class SourcePart(Strict):
    """One sub-question about the extract: (a), (b), (c) …"""

    question: Text
    marks: int = Field(1, ge=1)
    answer: Text = Field(description="A model answer or marking notes")
    lines: int = Field(3, ge=1, le=12)


class SourceQuestion(_QuestionBase):
    """A source-based (document-based) question: an extract, then 2–4 parts.

    Its marks are the sum of its parts'; a ``marks:`` key is refused so the two
    can never disagree.
    """

    type: Literal["source"]
    source: Extract
    parts: list[SourcePart] = Field(min_length=2, max_length=4)

    @model_validator(mode="before")
    @classmethod
    def _no_own_marks(cls, data: object) -> object:
        if isinstance(data, dict) and "marks" in data:
            raise ValueError("a source question's marks are the sum of its parts' marks: remove 'marks:'")
        return data

    @property
    def marks(self) -> int:
        return sum(part.marks for part in self.parts)


class Level(Strict):
    """One band of an essay's mark scheme."""

    marks: Text = Field(description="The band, e.g. 13–15")
    descriptor: Text


class Essay(_QuestionBase):
    type: Literal["essay"]
    marks: int = Field(ge=1)
    levels: list[Level] = Field([], description="Mark bands, highest first")
    indicative: list[MarkdownText] = Field([], description="Indicative content, one point per item")
    planning_lines: int = Field(10, ge=1, le=30, description="Planning lines printed for the student")


class DatedItem(Strict):
    """One event of a sequencing question."""

    text: Text
    date: EdtfDate | None = None


class Sequencing(_QuestionBase):
    type: Literal["sequencing"]
    items: list[DatedItem] = Field(min_length=3, max_length=8, description="In the correct order")
    marks: int = Field(2, ge=1)


class Pair(Strict):
    left: Text
    right: Text


class Matching(_QuestionBase):
    type: Literal["matching"]
    pairs: list[Pair] = Field(min_length=3, max_length=8, description="Written matched")
    marks: int | None = Field(None, ge=1, description="Default: one per pair")

    @model_validator(mode="after")
    def _one_mark_per_pair(self) -> Matching:
        if self.marks is None:
            self.marks = len(self.pairs)
        return self


class Cloze(_QuestionBase):
    type: Literal["cloze"]
    text: Text = Field(description="The passage; each [[answer]] is a blank")
    distractors: list[Text] = Field([], description="Extra words for the word bank")
    bank: list[Text] = Field(
        [], description="The word bank as printed, if you write it yourself; default: the blanks and the distractors"
    )
    marks: int | None = Field(None, ge=1, description="Default: one per blank")

    @field_validator("text")
    @classmethod
    def _has_blanks(cls, value: str) -> str:
        blanks = BLANK.findall(value)
        if not blanks:
            raise ValueError("the text has no blanks: mark each missing word as [[word]]")
        if not all(blank.strip() for blank in blanks):
            raise ValueError("a blank is empty: write the missing word inside [[…]]")
        return value

    @model_validator(mode="after")
    def _bank_and_marks(self) -> Cloze:
        # A distractor that is also an answer is refused by generator.content.keys, at its line.
        if self.marks is None:
            self.marks = len(self.blanks)
        return self

    @property
    def blanks(self) -> list[str]:
        return [blank.strip() for blank in BLANK.findall(self.text)]


AnyQuestion = MultipleChoice | TrueFalse | ShortAnswer | SourceQuestion | Essay | Sequencing | Matching | Cloze
Question = Annotated[AnyQuestion, Field(discriminator="type")]
#: The question records by their ``type:``, for messages that list the types and their keys.
QUESTION_TYPES: dict[str, type[_QuestionBase]] = {
    get_args(model.model_fields["type"].annotation)[0]: model for model in get_args(AnyQuestion)
}


class Position(Strict):
    """One side of a historians' debate."""

    name: Text
    historians: list[Text] = Field(min_length=1)
    argument: MarkdownText
    evidence: list[MarkdownText] = []


class Debate(Strict):
    """One entry of ``debates.yaml``: a "Historians disagree" box at the end of a section."""

    id: Slug
    section: Text = Field(description="The section whose end it is printed at")
    title: Text
    positions: list[Position] = Field(min_length=2)
    question: MarkdownText = Field(description="A question for the student")
