"""CSV and TSV: the study cards as plain text, for Quizlet, Anki's text import and spreadsheets.

The TSV has two columns, term and definition, with no header: that is what
Quizlet's import reads (tab between term and definition, new line between
cards), and Anki's "Import file" reads it too. The CSV adds a header and a tags
column, for Anki's CSV import (map the third column to Tags) and for
spreadsheets. A line break inside a card would start a new card in Quizlet, so
line breaks (a bare carriage return among them) become " / ".

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is
a formula to a spreadsheet, which would run it when the teacher opens the file:
following OWASP's advice on CSV injection, such a cell is written with a ``'`` in
front, which spreadsheets show as text (docs/sandbox.md).
"""

from __future__ import annotations

import csv
import io

from generator.i18n.labels import phrase
from generator.products.exports.common import carriable
from generator.products.exports.flashcards import StudyCard

#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _flat(text: str) -> str:
    return " / ".join(line.strip() for line in carriable(text).replace("\t", " ").split("\n") if line.strip())


def inert(cell: str) -> str:
    """A cell a spreadsheet shows as text: a formula's first character gets a ``'`` before it."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def rows(cards: list[StudyCard]) -> list[tuple[str, str, str]]:
    """(front, back, tags) for every card side: a two-way note gives two rows."""
    return [
        (inert(_flat(front)), inert(_flat(back)), inert(_flat(" ".join(card.tags))))
        for card in cards
        for front, back in card.sides
    ]


def tsv_text(cards: list[StudyCard]) -> str:
    """Front and back, tab-separated, one card a line."""
    return "".join(f"{front}\t{back}\n" for front, back, _tags in rows(cards))


def csv_text(cards: list[StudyCard], lang: str = "en") -> str:
    """Front, back and tags, with a header row in the guide's language, quoted where needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([phrase(lang, name) for name in ("csv_front", "csv_back", "csv_tags")])
    writer.writerows(rows(cards))
    return buffer.getvalue()
