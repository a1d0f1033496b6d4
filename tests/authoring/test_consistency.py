"""`studyguide check`: inconsistencies between files, reported with their real lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DEFAULT_GUIDE

from generator.authoring.check import INFO, WARNING, find_inconsistencies
from generator.authoring.scaffold import new_guide
from generator.cli import main
from generator.content.load import load_guide


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _lines(path: Path, needle: str) -> list[int]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return [number for number, line in enumerate(lines, start=1) if needle in line]


def _line(path: Path, needle: str) -> int:
    return _lines(path, needle)[0]


@pytest.fixture()
def guide(tmp_path) -> Path:
    new_guide(tmp_path, "inconsistent")
    root = tmp_path / "inconsistent"
    section = root / "sections/02-main-events.md"
    _append(
        section,
        "\nA treaty came in 1899, and **Flux capacitor** was the word for it.\n\n"
        "**Run-in heading.** Bold at the start of a paragraph is not a term.\n\n"
        "The Treaty of Example and the Battle of Nowhere both belong to March 1905.\n",
    )
    _append(
        root / "timeline.yaml",
        '- date: "1777"\n  title: "A lonely event"\n'
        '- date: "1905-03-31"\n  title: "Treaty of Example signed"\n'
        '- date: "1905-03"\n  title: "Battle of Nowhere"\n'
        '- date: "1901"\n  title: "The first event"\n',
    )
    _append(root / "glossary.yaml", '- term: "Unused thing"\n  definition: "Nobody writes about it."\n')
    _append(
        root / "faq.yaml",
        '- question: "When was the treaty signed?"\n  answer: >-\n'
        "    Everyone knows it. The Treaty of Example was signed\n    in 1903 at last.\n"
        '- question: "And the battle?"\n  answer: "The Battle of Nowhere (1905) came'
        ' after the Treaty of Example of March 1905."\n',
    )
    _edit(section, "changed its course.", "changed its course until 1906.")
    _edit(root / "sections/01-background.md", 'title: "Background"', 'title: "Main events"')
    return root


def _found(root: Path) -> set[tuple[str, str, int, str]]:
    return {
        (f.level, f.problem.path.name, f.problem.line, f.problem.message.split(":")[0])
        for f in find_inconsistencies(load_guide(root))
    }


def test_each_kind_of_inconsistency_is_found_at_its_line(guide):
    section = guide / "sections/02-main-events.md"
    timeline = guide / "timeline.yaml"
    treaty = _line(timeline, '- date: "1905-03-31"')
    first_event, second_event = _lines(timeline, '- date: "1901"')
    found = _found(guide)
    expected = {
        (WARNING, section.name, _line(section, "in 1899"), "'1899' matches no timeline event"),
        (WARNING, section.name, _line(section, "until 1906"), "'1906' matches no timeline event"),
        (
            WARNING,
            section.name,
            _line(section, "Flux capacitor"),
            "'Flux capacitor' is in bold like a term, but the glossary has no entry for it",
        ),
        (INFO, "timeline.yaml", _line(timeline, '"1777"'), "no section mentions 'A lonely event' (1777)"),
        (
            WARNING,
            "glossary.yaml",
            _line(guide / "glossary.yaml", "Unused thing"),
            "the glossary defines 'Unused thing', but no section, FAQ or timeline text uses it",
        ),
        (
            WARNING,
            "faq.yaml",
            _line(guide / "faq.yaml", "in 1903"),
            f"names 'treaty of example' with 1903, but the timeline dates it 1905-03-31 (timeline.yaml line {treaty})",
        ),
        (
            WARNING,
            "timeline.yaml",
            second_event,
            f"the event title 'The first event' is used twice (first at timeline.yaml line {first_event})",
        ),
        (
            WARNING,
            "02-main-events.md",
            _line(section, "title:"),
            "the section title 'Main events' is used twice (first at 01-background.md line "
            f"{_line(guide / 'sections/01-background.md', 'title:')})",
        ),
    }
    assert found == expected


def test_line_numbers_count_the_front_matter(guide):
    section = guide / "sections/02-main-events.md"
    finding = next(f for f in find_inconsistencies(load_guide(guide)) if "'1899'" in f.problem.message)
    assert "in 1899" in section.read_text(encoding="utf-8").split("\n")[finding.problem.line - 1]


def test_warnings_fail_only_with_strict(guide, capsys):
    assert main(["check", str(guide)]) == 0
    out = capsys.readouterr().out
    assert "02-main-events.md:" in out and "warning: '1899' matches no timeline event" in out
    assert "7 warnings, 1 note)" in out
    assert main(["check", str(guide), "--strict"]) == 1


def test_a_consistent_guide_has_no_findings(tmp_path):
    new_guide(tmp_path, "clean")
    assert find_inconsistencies(load_guide(tmp_path / "clean")) == []


@pytest.mark.skipif(not DEFAULT_GUIDE.is_dir(), reason="the default guide is not in this checkout")
def test_the_default_guide_passes_check_without_strict(capsys):
    assert main(["check", str(DEFAULT_GUIDE)]) == 0
    assert "japan-ussr-ww2: ok" in capsys.readouterr().out
