"""Warnings an author has accepted, each with a reason, so a correct guide passes ``check --strict``.

A warning is accepted where it is raised, in the file itself:

- Markdown: ``<!-- check: ignore year 1614 — date of the last Estates-General -->``
- YAML: ``# check: ignore year 1614 — date of the last Estates-General``

or for the whole guide in ``guide.yaml``::

    check:
      - ignore: year 1614
        reason: date of the last Estates-General

What follows ``ignore`` names the warning by what it quotes: ``year 1614`` accepts
"'since 1614' matches no timeline event", ``term Ancien Régime`` accepts the glossary's
warnings about that term. A leading kind word (year, date, term, event, title, word) is
only read as a label. An accepted warning is listed, not hidden; one without a reason,
or one that accepts nothing, is a warning of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import Problem

if TYPE_CHECKING:
    from generator.authoring.check import Finding
    from generator.content.model import Guide

#: ``check: ignore WHAT — REASON`` inside an HTML comment or after a YAML '#'.
_INLINE = re.compile(
    r"(?:<!--|#)\s*check:\s*ignore\s+(?P<what>.+?)(?:\s+(?:—|–|--(?!>))\s*(?P<reason>.*?))?\s*(?:-->|$)"
)
_KIND_WORDS = {"year", "date", "term", "event", "title", "word"}
_QUOTED = re.compile(r"'([^']*)'")


@dataclass(frozen=True)
class Acceptance:
    """One accepted warning: what it names, why, where it was written, and whether it is file-wide."""

    what: str
    reason: str
    path: Path
    line: int
    guide_wide: bool = False

    @property
    def words(self) -> str:
        first, _, rest = self.what.partition(" ")
        return (rest if first.casefold() in _KIND_WORDS and rest else self.what).strip(" '\"").casefold()

    def accepts(self, finding: Finding) -> bool:
        if not self.guide_wide and finding.problem.path != self.path:
            return False
        return any(self.words in quoted.casefold() for quoted in _QUOTED.findall(finding.problem.message))


def acceptances(guide: Guide) -> list[Acceptance]:
    """Every acceptance written in the guide's files and in ``guide.yaml``'s ``check:`` list."""
    found = []
    texts = {record.origin.path: record.origin for record in guide.records() if record.origin.text}
    texts.update({section.path: section.origin for section in guide.sections})
    for path, origin in texts.items():
        for number, text in enumerate(origin.text.split("\n"), start=origin.text_line):
            for match in _INLINE.finditer(text):
                found.append(Acceptance(match["what"], (match["reason"] or "").strip(), path, number))
    meta = guide.meta.origin
    for accepted in guide.meta.check:
        line = meta.line_containing(accepted.ignore, "check") or meta.line_of("check") or 1
        found.append(Acceptance(accepted.ignore, accepted.reason, meta.path, line, guide_wide=True))
    return found


def apply_acceptances(guide: Guide, findings: list[Finding]) -> list[Finding]:
    """The findings with each accepted warning turned into an 'accepted' line; acceptances
    without a reason, or that accept nothing, added as warnings."""
    from generator.authoring.check import ACCEPTED, WARNING, Finding

    accepted = acceptances(guide)
    used: set[int] = set()
    result = []
    for finding in findings:
        match = next((i for i, a in enumerate(accepted) if a.reason and a.accepts(finding)), None)
        if finding.level != WARNING or match is None:
            result.append(finding)
            continue
        used.add(match)
        reason = accepted[match].reason
        result.append(replace(finding, level=ACCEPTED, problem=_with_reason(finding.problem, reason)))
    for i, acceptance in enumerate(accepted):
        where = Problem(acceptance.path, acceptance.line, "")
        if not acceptance.reason:
            message = f"'ignore {acceptance.what}' needs a reason: write 'check: ignore {acceptance.what} — why'"
            result.append(Finding(WARNING, replace(where, message=message)))
        elif i not in used:
            message = f"'ignore {acceptance.what}' accepts no warning: remove it, or name what the warning quotes"
            result.append(Finding(WARNING, replace(where, message=message)))
    return result


def _with_reason(problem: Problem, reason: str) -> Problem:
    return replace(problem, message=f"{problem.message} (accepted: {reason})")
