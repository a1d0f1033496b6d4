"""Review leftovers: what an import (or a hurried author) leaves that must not print.

``studyguide import`` marks every guess ``# REVIEW``; until a person has looked,
the guide is not finished. This module finds, as warnings that ``check --strict``
fails on: the markers themselves, a placeholder title, mark-up in a plain-text
field (a title, key point, event title, term or name prints as typed, so
``**bold**`` or a link would print with its asterisks and brackets), and an
event titled like a section (the importer's old habit of naming an event after
the heading it stood under).

It reads the source lines of the files the loader read, since comments and the
raw text of a value are not part of the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from generator.content.model import Guide
from generator.errors import Problem

PLACEHOLDER_TITLES = {"untitled", "title", "todo", "tbd", "new guide"}
_MARKER = re.compile(r"#\s*REVIEW\b")
_PLAIN_FIELD = re.compile(r"^\s*(?:-\s+)?(title|term|name|question|role)\s*:\s*(.+)$")
_LIST_ITEM = re.compile(r"^\s*-\s+(.+)$")
_MARKUP = re.compile(
    r"\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|\[[^\]\n]+\]\([^)\s]+\)|</?[a-zA-Z][a-zA-Z0-9]*[\s/>]|\{%|%\}|\{\{|\}\}|`[^`]+`"
    r"|(?:^|\s)\*[^*\s][^*]*\*(?=\s|$|[.,;:])"
)


def find_leftovers(guide: Guide) -> list[Problem]:
    """Every review leftover in the guide's files, in file order."""
    problems: list[Problem] = []
    section_titles = {s.title.casefold() for s in guide.sections}
    for path in sorted({p for p in guide.inputs if p.suffix in (".yaml", ".yml", ".md")}):
        try:
            lines = path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeError):
            continue  # the loader already read it; a file that vanished since is not a leftover
        problems += _in_file(path, lines, section_titles)
    return problems


def _in_file(path: Path, lines: list[str], section_titles: set[str]) -> Iterator[Problem]:
    in_summary = False
    fences = 0
    for number, line in enumerate(lines, start=1):
        if _MARKER.search(line):
            yield Problem(path, number, "a '# REVIEW' marker is still here: check what it points at, then delete it")
        if path.suffix == ".md":
            if line.strip() == "---" and fences < 2:
                fences += 1
                continue
            if fences != 1:
                continue  # the body is Markdown: mark-up belongs there
        field = _PLAIN_FIELD.match(_without_comment(line))
        if field:
            in_summary = False
            key, value = field.group(1), _unquote(field.group(2))
            yield from _plain_value(path, number, key, value)
            if key == "title" and value.casefold() in PLACEHOLDER_TITLES:
                yield Problem(path, number, f"the title '{value}' is a placeholder: write the real title")
            if key == "title" and path.name.startswith("timeline") and value.casefold() in section_titles:
                yield Problem(path, number, f"the event is titled like the section '{value}': name the event itself")
            continue
        if re.match(r"^\s*summary\s*:", line):
            in_summary = True
            continue
        item = _LIST_ITEM.match(_without_comment(line))
        if in_summary and item:
            yield from _plain_value(path, number, "key point", _unquote(item.group(1)))
        elif line.strip() and not line.startswith((" ", "-")):
            in_summary = False


def _plain_value(path: Path, number: int, key: str, value: str) -> Iterator[Problem]:
    match = _MARKUP.search(value)
    if match:
        yield Problem(
            path,
            number,
            f"the {key} contains mark-up ('{match.group(0).strip()}'), which prints as typed: "
            "write plain text (emphasis and links belong in the section's body)",
        )


def _without_comment(line: str) -> str:
    """The line without a trailing YAML comment (a '#' after a space, outside quotes)."""
    quote = None
    for index, char in enumerate(line):
        if char in "\"'" and quote in (None, char):
            quote = None if quote else char
        elif char == "#" and quote is None and (index == 0 or line[index - 1] in " \t"):
            return line[:index].rstrip()
    return line


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
