"""What every export shares: the questions in print order, what a platform left out, fixed zips.

Each format module keeps one table from question type to writer. A type missing
from a table is never dropped in silence: :func:`dispatch` records it as left
out, with the reason the format gives, and the command line prints the list.

Every exporter reads the model's own classes (:mod:`generator.content.teaching`)
through :class:`~generator.content.questions.NumberedQuestion`, so a question's
number, marks, shuffled order, cloze blanks and key are the booklet's.
"""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence, Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator.content.dates import format_span, parse_span
from generator.content.model import Guide, Section, _QuestionBase
from generator.content.questions import NumberedQuestion, question_groups
from generator.content.teaching import QUESTION_TYPES, AnyQuestion, Essay, SourceQuestion, stays_last  # noqa: F401 (re-exported)
from generator.i18n.labels import Labels, merged_labels

__all__ = ["QUESTION_TYPES"]  # the model's table, re-exported: the formats' tables are checked against it


Written = TypeVar("Written")
Kind = TypeVar("Kind", bound=_QuestionBase)


@dataclass(frozen=True)
class LeftOut:
    """One question a format could not carry, and why."""

    number: int
    kind: str
    reason: str

    def __str__(self) -> str:
        return f"question {self.number} ({self.kind}): {self.reason}"


class CannotExpress(Exception):
    """Raised by a writer when this one question (not its whole type) does not fit the format."""


@dataclass
class Export:
    """What one export wrote, and what it had to leave out."""

    format: str
    paths: list[Path] = field(default_factory=list)
    items: int = 0  # entries written: platform questions (a source question gives one per part), or cards
    left_out: list[LeftOut] = field(default_factory=list)
    questions: int = 0  # the guide's questions written
    total: int = 0  # the guide's questions offered

    def tally(self, written: Sequence[tuple[Item, Sized]], left_out: list[LeftOut]) -> None:
        """Count what a question-by-question format wrote: each item gave one or more entries."""
        self.questions = len(written)
        self.items = sum(len(entries) for _item, entries in written)
        self.left_out = left_out


@dataclass(frozen=True)
class Item:
    """One question as an exporter sees it: its number, its section and the model object."""

    number: int
    section: Section | None
    question: AnyQuestion
    labels: Labels = field(default_factory=lambda: merged_labels(None), compare=False)  # the words an export adds

    @property
    def numbered(self) -> NumberedQuestion:
        """The booklet's view of the question: marks, choices, shuffled orders, blanks and key."""
        return NumberedQuestion(self.number, self.question)

    @property
    def kind(self) -> str:
        return self.question.type

    @property
    def marks(self) -> int:
        return self.numbered.marks

    @property
    def name(self) -> str:
        """A short title for platforms that list questions by name: 'Q3 On which date…'."""
        return f"Q{self.number:02d} {shorten(self.question.question, 60)}"


def items(guide: Guide) -> list[Item]:
    """Every question in print order, numbered as the booklet numbers them."""
    labels = merged_labels(guide.meta.labels, guide.meta.language, guide.meta.eras)
    return [
        Item(numbered.number, group.section, numbered.question, labels)
        for group in question_groups(guide)
        for numbered in group.items
    ]


def dispatch(
    item_list: Iterable[Item], writers: Mapping[str, Callable[[Item], Written]], unsupported: Mapping[str, str]
) -> tuple[list[tuple[Item, Written]], list[LeftOut]]:
    """Run each question through its format's writer; the rest are reported with the format's reason."""
    written: list[tuple[Item, Written]] = []
    left: list[LeftOut] = []
    for item in item_list:
        writer = writers.get(item.kind)
        if writer is None:
            reason = unsupported.get(item.kind, f"this format has no question type for '{item.kind}'")
            left.append(LeftOut(item.number, item.kind, reason))
            continue
        try:
            written.append((item, writer(item)))
        except CannotExpress as exc:
            left.append(LeftOut(item.number, item.kind, str(exc)))
    return written, left


def question_of(item: Item, kind: type[Kind]) -> Kind:
    """The item's question as the class its writer was chosen for (the writer tables are keyed by type)."""
    if not isinstance(item.question, kind):
        raise TypeError(f"question {item.number} is a {item.kind} question, not {kind.__name__}")
    return item.question


def section_title(section: Section | None, guide: Guide) -> str:
    """The section's title, or the booklet's label for general questions."""
    return section.title if section else merged_labels(guide.meta.labels, guide.meta.language)["general_questions"]


def section_tag(section: Section | None) -> str:
    return section.slug if section else "general"


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


#: Characters no export can carry: XML 1.0 forbids them (a Moodle or QTI file holding one
#: is not well-formed), and in the text formats they are invisible or end a line (a bare
#: carriage return splits a Quizlet card). Tab, line feed and carriage return are handled
#: by each format; C1 controls are allowed in XML 1.0 and pass.
_UNCARRIABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def carriable(text: str) -> str:
    """``text`` with every line break a line feed and the characters no format can carry removed."""
    return _UNCARRIABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def carriable_tree(root: ET.Element) -> ET.Element:
    """Every text, tail and attribute of an XML tree made :func:`carriable`: the file is well-formed."""
    for element in root.iter():
        element.text = carriable(element.text) if element.text else element.text
        element.tail = carriable(element.tail) if element.tail else element.tail
        for name, value in element.attrib.items():
            element.attrib[name] = carriable(value)
    return root


def unique_keys(keys: Sequence[str]) -> list[str]:
    """``keys`` made unique by their position among equals: the first keeps its key, the second
    of the same key gets ``key#2`` … Two questions worded alike stay two notes in Anki and two
    items on a platform, and each keeps its id from build to build."""
    seen: dict[str, int] = {}
    unique = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        unique.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return unique


def essay_guidance(question: Essay, labels: Labels) -> str:
    """The marking levels and indicative content of an essay question, as plain text."""
    lines = [labels.phrase("level", band=level.marks, text=level.descriptor) for level in question.levels]
    if question.indicative:
        lines.append(labels.labelled("indicative", "").rstrip())
        lines += [f"- {point}" for point in question.indicative]
    return "\n".join(lines)


def provenance(question: SourceQuestion, labels: Labels) -> str:
    """The source's provenance line: '— attribution, date', the date as the guide writes it."""
    source = question.source
    return "— " + ", ".join(part for part in (source.attribution, written_date(source.date, labels)) if part)


def written_date(date: str | None, labels: Labels) -> str | None:
    """A content date as the guide writes it (the booklet prints it so): '1905-03' → 'mars 1905',
    '-0031' → '31 BCE' where the guide chose BCE/CE."""
    return format_span(parse_span(date), labels.lang, eras=labels.eras) if date else None


def part_label(letter: str) -> str:
    """A source question's part as printed: '(a)'."""
    return f"({letter})"


def paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs, one per line, escaped."""
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n") if line.strip())


def source_part_html(item: Item, index: int) -> str:
    """One part of a source question as HTML: the prompt, the extract with its provenance, the part."""
    question = question_of(item, SourceQuestion)
    part_letter, part = item.numbered.parts[index]
    extract = (
        f"<blockquote>{paragraphs(question.source.text)}{paragraphs(provenance(question, item.labels))}</blockquote>"
    )
    ask = paragraphs(f"{part_label(part_letter)} {part.question} {marks_label(part.marks, item.labels)}")
    return f"{paragraphs(question.question)}{extract}{ask}"


def marks_label(marks: int, labels: Labels) -> str:
    """'[2 marks]', '[2 points]', '[2 балла]'."""
    return f"[{labels.count_marks(marks)}]"


def model_answer(answer: str, labels: Labels) -> str:
    """'Model answer: …' in the guide's language."""
    return labels.labelled("model_answer", answer)


# ---- Files ------------------------------------------------------------------------------------

#: The fixed date inside every zip: the earliest a zip can hold, so the bytes never follow the clock.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def fixed_zip(files: list[tuple[str, bytes]]) -> bytes:
    """A zip of ``files`` whose bytes depend only on the names and contents given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever machine builds it
            archive.writestr(info, data)
    return buffer.getvalue()


def report_text(guide: Guide, export: Export, note: str = "") -> str:
    """The plain-text report written beside an export: what it holds and what it left out."""
    lines = [
        f"{guide.meta.title}: {export.format} export",
        f"questions written: {export.questions} of {export.total}",
        f"entries written: {export.items}",
    ]
    if note:
        lines.append(note)
    if export.left_out:
        lines.append(f"left out: {len(export.left_out)}")
        lines += [f"  {entry}" for entry in export.left_out]
    else:
        lines.append("left out: nothing")
    return "\n".join(lines) + "\n"
