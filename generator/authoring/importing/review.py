"""The import's review list: what the importer could not decide, by file and line,
shortest task first, each with the minutes a teacher needs for it.

It reads the files the import wrote: every ``# REVIEW`` marker, every proposed entry
under one, and every commented-out candidate is a task. The estimates are a
teacher's pace at reading one entry against the article and fixing it; they are
meant for planning ("about 25 minutes of checking"), not as a promise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

#: Minutes per entry to check, by file (a proposed entry under a REVIEW marker).
_PER_ENTRY = {
    "timeline.yaml": (0.5, "check the date and title of each proposed event"),
    "glossary.yaml": (1.0, "rewrite each guessed definition as a definition, or delete it"),
    "people.yaml": (0.5, "check each person's role and dates"),
    "sources.yaml": (0.5, "check each reference's author, title, year and publisher"),
    "questions.yaml": (0.5, "check each question and its answer"),
    "faq.yaml": (0.5, "check that each answer stands on its own"),
}
#: Minutes per commented-out candidate, by file.
_PER_CANDIDATE = {
    "timeline.yaml": (1.0, "give a dated sentence an event title and uncomment it, or delete it"),
    "questions.yaml": (2.0, "write the answer to a question and uncomment it"),
}
#: The mark on a proposed date whose year the sentence does not give ("On August 28"): its own task.
YEAR_GUESSED = "# REVIEW: the sentence gives no year; this is the year of the text around it"
#: The mark on a proposed title of a shape that teachers mostly rewrite (title_doubts): its own task.
TITLE_DOUBTED = "# REVIEW: check this title"
_ENTRY = re.compile(r"^- ")
_CANDIDATE = re.compile(r"^# - ")


@dataclass(frozen=True)
class Task:
    """One thing to decide: where, what, and about how many minutes."""

    path: str
    line: int
    what: str
    minutes: float

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what} (about {_minutes(self.minutes)})"


def _minutes(value: float) -> str:
    return "½ min" if value < 1 else f"{value:g} min"


def tasks(folder: Path, notes: list[str]) -> list[Task]:
    """The review tasks of the guide in ``folder``, shortest first; ``notes`` are the
    importer's own remarks ("path:line: what"), each one task."""
    found: list[Task] = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".md") and p.is_file()):
        found += _in_file(path.relative_to(folder).as_posix(), path.read_text(encoding="utf-8").split("\n"))
    for note in notes:
        if re.match(r"^\d+ .* proposed: check each entry|^timeline\.yaml: .*commented out", note):
            continue  # counted entry by entry above
        match = re.match(r"^([\w./-]+\.\w+)(?::(\d+))?: (.*)$", note)
        if match:
            what = match.group(3)
            found.append(Task(match.group(1), int(match.group(2) or 1), what, 1.0 if "placeholder" in what else 2.0))
        else:
            found.append(Task("guide", 1, note, 2.0))
    return sorted(found, key=lambda task: (task.minutes, task.path, task.line))


def _in_file(name: str, lines: list[str]) -> list[Task]:
    kind = Path(name).name
    out: list[Task] = []
    marker = 0
    entries = candidates = 0
    for number, line in enumerate(lines, start=1):
        if "# REVIEW" in line and not marker:
            marker = number
            if name.startswith("sections/"):
                out.append(Task(name, number, "choose 2–5 short key points from the section", 1.5))
            elif kind == "guide.yaml":
                out.append(Task(name, number, line.split("# REVIEW:", 1)[-1].strip() or "check this", 3.0))
                marker = 0  # each marker of guide.yaml is a task of its own
        elif "# REVIEW" in line and kind == "guide.yaml":
            out.append(Task(name, number, line.split("# REVIEW:", 1)[-1].strip() or "check this", 3.0))
        if YEAR_GUESSED in line:
            out.append(Task(name, number, "check the year of a date the sentence gives without one", 0.5))
        if TITLE_DOUBTED in line:
            out.append(Task(name, number, "check a title: " + line.split(TITLE_DOUBTED, 1)[1].strip(" :"), 1.0))
        entries += bool(marker and _ENTRY.match(line))
        candidates += bool(_CANDIDATE.match(line))
    if kind in _PER_ENTRY and entries:
        per, what = _PER_ENTRY[kind]
        out.append(Task(name, marker, f"{what} ({entries})", per * entries))
    if kind in _PER_CANDIDATE and candidates:
        per, what = _PER_CANDIDATE[kind]
        first = next(n for n, line in enumerate(lines, start=1) if _CANDIDATE.match(line))
        out.append(Task(name, first, f"{what} ({candidates})", per * candidates))
    return out


def total(found: list[Task]) -> float:
    """The minutes all tasks take together."""
    return sum(task.minutes for task in found)
