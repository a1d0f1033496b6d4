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
    from generator.build import Press
    from generator.content.model import Guide
    from generator.jobs import Job
    from generator.products import Made
    from generator.products.exports.common import Export, Item
    from generator.products.exports.flashcards import StudyCard

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
    from generator.outputs import replace_together

    result, files = exported(guide, format)
    named = {Path(output_dir) / f"{guide.slug}{suffix}": data for suffix, data in files.items()}
    replace_together(named)
    result.paths = list(named)
    return result


def exported(guide: Guide, format: str) -> tuple[Export, dict[str, bytes | str]]:
    """One format's file and its report, as name suffix → content (the export first)."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format '{format}': choose one of {', '.join(FORMATS)}")
    from generator.products.exports.common import Export, report_text

    item_list = _items(guide)
    result = Export(format, total=len(item_list))
    data = _MAKERS[format](guide, item_list, result)
    return result, {FORMATS[format][0]: data, f"-{format}-report.txt": report_text(guide, result)}


def make_exports(guide: Guide, job: Job, press: Press) -> Made:
    """The product: every format in ``job.formats`` (all of them when none is named), with
    its report; the notes say what each wrote and what it left out, and why."""
    from generator.products import Made

    files: dict[str, bytes | str] = {}
    notes: list[str] = []
    for name in job.formats or tuple(FORMATS):
        result, made = exported(guide, name)
        files.update(made)
        notes.append(f"{name}: {result.items} written → {guide.slug}{FORMATS[name][0]}")
        notes += [f"left out {entry}" for entry in result.left_out]
    return Made(files, pages=0, notes=tuple(notes))


def export_guide(guide: Guide, format: str, output_dir: Path) -> list[Path]:
    """Write one export and its report; returns their paths (the export first)."""
    return export(guide, format, output_dir).paths


def _items(guide: Guide) -> list[Item]:
    from generator.products.exports.common import items

    return items(guide)


def _moodle(guide: Guide, item_list: list[Item], result: Export) -> bytes:
    from generator.products.exports.moodle import moodle_xml

    data, written, left_out = moodle_xml(guide, item_list)
    result.tally(written, left_out)
    return data


def _qti(guide: Guide, item_list: list[Item], result: Export) -> bytes:
    from generator.products.exports.qti import qti_package

    data, written, left_out = qti_package(guide, item_list)
    result.tally(written, left_out)
    return data


def _gift(guide: Guide, item_list: list[Item], result: Export) -> bytes:
    from generator.products.exports.gift import gift_text

    text, written, left_out = gift_text(guide, item_list)
    result.tally(written, left_out)
    return text.encode("utf-8")


def _cards(guide: Guide, item_list: list[Item], result: Export) -> list[StudyCard]:
    from generator.products.exports.flashcards import study_cards

    cards, result.left_out = study_cards(guide, item_list)
    result.questions = len(item_list) - len(result.left_out)
    result.items = len(cards)
    return cards


def _anki(guide: Guide, item_list: list[Item], result: Export) -> bytes:
    from generator.products.exports.anki import anki_package

    return anki_package(guide, _cards(guide, item_list, result))


def _csv(guide: Guide, item_list: list[Item], result: Export) -> bytes:
    from generator.products.exports.plain import csv_text

    return csv_text(_cards(guide, item_list, result), guide.meta.language).encode("utf-8")


def _tsv(guide: Guide, item_list: list[Item], result: Export) -> bytes:
    from generator.products.exports.plain import tsv_text

    return tsv_text(_cards(guide, item_list, result)).encode("utf-8")


_MAKERS: dict[str, Callable[[Guide, list[Item], Export], bytes]] = {
    "moodle": _moodle,
    "qti": _qti,
    "gift": _gift,
    "anki": _anki,
    "csv": _csv,
    "tsv": _tsv,
}
