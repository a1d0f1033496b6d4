"""Exports for classroom platforms: Moodle XML, QTI 1.2, GIFT, an Anki deck, CSV and TSV.

:func:`export_guide` writes one format for one loaded guide into an output
folder, atomically, the same bytes every time, and a report beside it that
lists what the format could not carry and why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line reads FORMATS on every run: importing the model here would slow it
    from generator.content.model import Guide
    from generator.products.exports.common import Export

#: Format name → (file suffix, what it is for).
FORMATS: dict[str, tuple[str, str]] = {
    "moodle": ("-moodle.xml", "Moodle XML quiz questions, a category per section"),
    "qti": ("-qti.zip", "QTI 1.2 package for Canvas, Blackboard, D2L, Sakai"),
    "gift": ("-gift.txt", "GIFT text for Moodle"),
    "anki": (".apkg", "Anki deck: terms, people, events and questions"),
    "csv": ("-cards.csv", "cards as CSV with tags (Anki, spreadsheets)"),
    "tsv": ("-cards.tsv", "cards as tab-separated text (Quizlet, Anki)"),
}


def export(guide: Guide, format: str, output_dir: Path) -> Export:
    """Write ``format`` for ``guide`` into ``output_dir``; returns the paths and what was left out."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format '{format}': choose one of {', '.join(FORMATS)}")
    from generator.build import write_atomically
    from generator.products.exports.common import Export, report_text

    result = Export(format)
    data = _MAKERS[format](guide, result)
    path = Path(output_dir) / f"{guide.slug}{FORMATS[format][0]}"
    write_atomically(path, data)
    report = Path(output_dir) / f"{guide.slug}-{format}-report.txt"
    write_atomically(report, report_text(guide, result))
    result.paths = [path, report]
    return result


def export_guide(guide: Guide, format: str, output_dir: Path) -> list[Path]:
    """Write one export and its report; returns their paths (the export first)."""
    return export(guide, format, output_dir).paths


def _items(guide: Guide):
    from generator.products.exports.common import items

    return items(guide)


def _moodle(guide: Guide, result: Export) -> bytes:
    from generator.products.exports.moodle import moodle_xml

    data, written, result.left_out = moodle_xml(guide, _items(guide))
    result.items = sum(len(questions) for _item, questions in written)
    return data


def _qti(guide: Guide, result: Export) -> bytes:
    from generator.products.exports.qti import qti_package

    data, result.items, result.left_out = qti_package(guide, _items(guide))
    return data


def _gift(guide: Guide, result: Export) -> bytes:
    from generator.products.exports.gift import gift_text

    text, result.items, result.left_out = gift_text(guide, _items(guide))
    return text.encode("utf-8")


def _cards(guide: Guide, result: Export):
    from generator.products.exports.flashcards import study_cards

    cards, result.left_out = study_cards(guide, _items(guide))
    result.items = len(cards)
    return cards


def _anki(guide: Guide, result: Export) -> bytes:
    from generator.products.exports.anki import anki_package

    return anki_package(guide, _cards(guide, result))


def _csv(guide: Guide, result: Export) -> bytes:
    from generator.products.exports.plain import csv_text

    return csv_text(_cards(guide, result)).encode("utf-8")


def _tsv(guide: Guide, result: Export) -> bytes:
    from generator.products.exports.plain import tsv_text

    return tsv_text(_cards(guide, result)).encode("utf-8")


_MAKERS: dict[str, Callable[[Guide, Export], bytes]] = {
    "moodle": _moodle,
    "qti": _qti,
    "gift": _gift,
    "anki": _anki,
    "csv": _csv,
    "tsv": _tsv,
}
