"""What every export shares: the questions in print order, what a platform left out, stable ids, fixed zips.

Each format module keeps one table from question type to writer. A type missing
from a table is never dropped in silence: :func:`dispatch` records it as left
out, with the reason the format gives, and the command line prints the list.

The question types added by the teaching-depth format (source, essay,
sequencing, matching, cloze) are read by attribute name only (``parts``,
``levels``, ``items``, ``pairs``, ``text``, ``marks`` …), so the exporters work
with whatever model classes carry those fields.
"""

from __future__ import annotations

import hashlib
import html
import io
import random
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.content.model import Guide, Section
from generator.content.questions import question_groups
from generator.render.labels import merged_labels

#: Every question type the content format knows, in the order the docs list them.
QUESTION_TYPES = (
    "multiple-choice",
    "true-false",
    "short-answer",
    "source",
    "essay",
    "sequencing",
    "matching",
    "cloze",
)

#: Marks a question is worth when the content does not say (the agreed defaults).
DEFAULT_MARKS = {"multiple-choice": 1, "true-false": 1, "short-answer": 2}

_BLANK = re.compile(r"\[\[(.+?)\]\]")
_LAST_CHOICE = re.compile(r"^(all|none|both|neither) of the (above|others|these)\b", re.IGNORECASE)


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
    items: int = 0  # questions (or notes, for Anki) written
    left_out: list[LeftOut] = field(default_factory=list)


@dataclass(frozen=True)
class Item:
    """One question as an exporter sees it: its number, its section and the model object."""

    number: int
    section: Section | None
    question: Any

    @property
    def kind(self) -> str:
        return str(self.question.type)

    @property
    def marks(self) -> int:
        return question_marks(self.question)

    @property
    def name(self) -> str:
        """A short title for platforms that list questions by name: 'Q3 On which date…'."""
        return f"Q{self.number:02d} {shorten(self.question.question, 60)}"


def items(guide: Guide) -> list[Item]:
    """Every question in print order, numbered as the booklet numbers them."""
    return [
        Item(numbered.number, group.section, numbered.question)
        for group in question_groups(guide)
        for numbered in group.items
    ]


def dispatch(
    item_list: Iterable[Item], writers: Mapping[str, Callable[[Item], Any]], unsupported: Mapping[str, str]
) -> tuple[list[tuple[Item, Any]], list[LeftOut]]:
    """Run each question through its format's writer; the rest are reported with the format's reason."""
    written, left = [], []
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


def question_marks(question: Any) -> int:
    """The marks a question is worth: its own ``marks``, its parts' sum for a source question, or the default."""
    parts = getattr(question, "parts", None)
    if parts:
        return sum(int(getattr(part, "marks", 1) or 1) for part in parts)
    marks = getattr(question, "marks", None)
    return int(marks) if marks else DEFAULT_MARKS.get(question.type, 1)


def section_title(section: Section | None, guide: Guide) -> str:
    """The section's title, or the booklet's label for general questions."""
    return section.title if section else merged_labels(guide.meta.labels)["general_questions"]


def section_tag(section: Section | None) -> str:
    return section.slug if section else "general"


def letter(index: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def stable_id(*parts: object) -> str:
    """A hex digest that depends only on ``parts``: the same question gets the same id every build."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def stable_int(*parts: object, bits: int = 52) -> int:
    """A positive integer id from ``parts`` (Anki wants ids that fit a JavaScript number)."""
    return int(stable_id(*parts), 16) % (1 << bits) + (1 << 30)


# ---- The newer question types, read by attribute name -------------------------------------


def cloze_blanks(text: str) -> list[str]:
    """The answers of a cloze text, in order: 'in [[Moscow]] on …' → ['Moscow', …]."""
    return [match.strip() for match in _BLANK.findall(text)]


def cloze_split(text: str) -> list[str]:
    """The cloze text cut at its blanks: even indexes are text, odd ones are answers."""
    return _BLANK.split(text)


def word_bank(question: Any) -> list[str]:
    """The blanks plus the distractors, sorted alphabetically, as the printed box shows them."""
    words = cloze_blanks(question.text) + list(getattr(question, "distractors", None) or [])
    return sorted(dict.fromkeys(words), key=str.casefold)


def seeded_order(count: int, seed: str) -> list[int]:
    """A shuffled order of ``range(count)`` fixed by ``seed``, never the identity when it can be avoided."""
    order = list(range(count))
    rng = random.Random(stable_id("order", seed))
    rng.shuffle(order)
    if count > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


def sequencing_order(question: Any) -> list[int]:
    """The printed order of a sequencing question's items (indexes into the correct order)."""
    return seeded_order(len(question.items), question.question)


def matching_order(question: Any) -> list[int]:
    """The printed order of a matching question's right-hand column (indexes into ``pairs``)."""
    return seeded_order(len(question.pairs), question.question)


def stays_last(choice: str) -> bool:
    """'All of the above', 'None of these' …: a choice that only makes sense in the last place."""
    return bool(_LAST_CHOICE.match(choice.strip()))


def essay_guidance(question: Any) -> str:
    """The marking levels and indicative content of an essay question, as plain text."""
    lines = [f"{level.marks} marks: {level.descriptor}" for level in getattr(question, "levels", None) or []]
    indicative = getattr(question, "indicative", None) or []
    if indicative:
        lines.append("Indicative content:")
        lines += [f"- {point}" for point in indicative]
    return "\n".join(lines)


def provenance(question: Any) -> str:
    """The source's provenance line: '— attribution, date'."""
    source = question.source
    date = getattr(source, "date", None)
    return "— " + ", ".join(part for part in (source.attribution, date) if part)


def part_label(index: int) -> str:
    return f"({'abcdefghij'[index]})"


def paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs, one per line, escaped."""
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n") if line.strip())


def source_part_html(question: Any, index: int) -> str:
    """One part of a source question as HTML: the prompt, the extract with its provenance, the part."""
    part = question.parts[index]
    marks = int(getattr(part, "marks", 1) or 1)
    extract = f"<blockquote>{paragraphs(question.source.text)}{paragraphs(provenance(question))}</blockquote>"
    ask = paragraphs(f"{part_label(index)} {part.question} {marks_label(marks)}")
    return f"{paragraphs(question.question)}{extract}{ask}"


def marks_label(marks: int) -> str:
    return f"[{marks} mark{'s' if marks != 1 else ''}]"


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
    lines = [f"{guide.meta.title}: {export.format} export", f"written: {export.items}"]
    if note:
        lines.append(note)
    if export.left_out:
        lines.append(f"left out: {len(export.left_out)}")
        lines += [f"  {entry}" for entry in export.left_out]
    else:
        lines.append("left out: nothing")
    return "\n".join(lines) + "\n"
