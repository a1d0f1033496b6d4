"""Inconsistencies a valid guide can still have: ``studyguide check``'s findings.

Validation (:mod:`generator.content.load`) says whether a guide *can* be built; this
module compares the files with each other: dates named in the text against the
timeline, glossary terms against their use, FAQ answers against the timeline's
dates, and titles against each other. Each finding is a warning or an
information with the real file and line; none stops a build.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.authoring.accepted import apply_acceptances
from generator.authoring.leftovers import find_leftovers
from generator.authoring.pictures import greyscale_problems
from generator.authoring.prose import find_dates, iso, name_phrases, overlaps
from generator.authoring.sentences import split_sentences
from generator.content.model import Event, Guide, Objective, Origin
from generator.errors import Problem

WARNING, INFO, ACCEPTED = "warning", "info", "accepted"
#: What a section's line holds that is not the author's own claim about the past, so names
#: no timeline event: a picture's caption and credit, an HTML comment, a footnote's or a
#: quotation's citation, a parenthetical reference such as "(Doyle 2002, p. 45)".
_NOT_CLAIMS = re.compile(
    r"!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?"
    r"|<!--.*?-->|<figcaption.*?</figcaption>"
    r"|^\s*\[\^[^\]]+\]:.*|^\s*>\s*[—―–-].*"
    r"|\((?:see |cf\. )?[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+| et al\.)?,? \d{4}[a-z]?(?:[,:] ?(?:pp?\. ?)?[\d–-]+)?\)"
)
#: Where a bold mark ('**' or '__') may open and close; bold runs are paired by
#: :func:`_bold_spans` in linear time (the regex **(?!\s)(.+?)(?<!\s)** rescans the rest of
#: the line from every opener: one long line of '**a ' hung the check).
_BOLD_MARK = re.compile(r"(?=(\*\*|__))")
_WORD_CHARS = re.compile(r"\w+")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")  # kana and Han
#: Characters a run-in heading may follow at the start of a line: list marks, numbers, quotes.
_LEAD = " -*+>0123456789.)"
_FENCE = re.compile(r"^\s*(```|~~~)")
# A proper-name phrase names one event only if it says what kind of event it is;
# "Soviet Union" in a title names a country, not the event.
_EVENT_WORDS = set(
    "pact battle conference treaty incident convention declaration offensive operation war agreement protocol crisis affair invasion "
    "campaign siege summit accord revolution intervention armistice ceasefire surrender landing raid bombing uprising election".split()
)


@dataclass(frozen=True)
class Finding:
    """One inconsistency: a warning (``--strict`` fails on it) or an information."""

    level: str
    problem: Problem

    def __str__(self) -> str:
        return str(Problem(self.problem.path, self.problem.line, f"{self.level}: {self.problem.message}"))


@dataclass(frozen=True)
class TextLine:
    """One line of prose an author wrote, where it stands, and the record it belongs to."""

    path: Path
    line: int
    text: str
    origin: Origin
    key: str | None = None  # the record's key the text is the value of


def find_inconsistencies(guide: Guide, warnings: list[Problem] | None = None) -> list[Finding]:
    """Every finding for a guide that loaded without errors (after ``warnings``, the loader's),
    in file order; the warnings an author accepted with a reason marked as such."""
    sections = list(_section_lines(guide))
    events = sorted(guide.events, key=lambda event: event.origin.line or 0)  # file order
    faq = list(_entry_texts(guide.faq, ("question", "answer")))
    timeline_text = list(_entry_texts(events, ("title", "detail")))
    findings = [Finding(WARNING, problem) for problem in warnings or []]
    if events:
        lang = guide.meta.language
        findings += _unmatched_dates([_claims(line) for line in sections], events, lang)
        findings += _unmentioned_events(sections, events, lang)
        findings += _faq_contradictions(faq, events, lang)
    findings += _glossary_use(guide, sections, faq + timeline_text)
    findings += _repeated_titles(guide, events)
    findings += [Finding(WARNING, problem) for problem in find_leftovers(guide)]
    findings += _objective_coverage(guide)
    findings += [Finding(WARNING, problem) for problem in greyscale_problems(guide)]
    return apply_acceptances(guide, findings)


def _claims(line: TextLine) -> TextLine:
    """The line without its captions, credits and citations (their years need no event)."""
    return TextLine(line.path, line.line, _NOT_CLAIMS.sub(" ", line.text), line.origin, line.key)


def _section_lines(guide: Guide) -> Iterator[TextLine]:
    """The key points and body lines of every section, numbered as in the file;
    comments and code blocks left out."""
    for section in guide.sections:
        lines = section.origin.text.split("\n")
        for number in range(2, section.body_line - 1):  # inside the front matter's '---' lines
            if not lines[number - 1].lstrip().startswith("#"):
                yield TextLine(section.path, number, lines[number - 1], section.origin)
        in_code = False
        for number in range(section.body_line, len(lines) + 1):
            text = lines[number - 1]
            if _FENCE.match(text):
                in_code = not in_code
            elif not in_code and not text.startswith("    "):
                yield TextLine(section.path, number, text, section.origin)


def _entry_texts(records: list[Any], keys: tuple[str, ...]) -> Iterator[TextLine]:
    for record in records:
        for key in keys:
            value = getattr(record, key)
            if value is not None:
                yield TextLine(record.origin.path, record.origin.line_of(key) or 0, str(value), record.origin, key)


def _finding(level: str, where: TextLine | tuple[Path, int], message: str) -> Finding:
    path, line = (where.path, where.line) if isinstance(where, TextLine) else where
    return Finding(level, Problem(path, line, message))


def _unmatched_dates(sections: list[TextLine], events: list[Event], lang: str = "en") -> list[Finding]:
    findings = []
    for line in sections:
        seen = set()
        for mention in find_dates(line.text, language=lang):
            if mention.text in seen or any(overlaps(mention.span, event.span) for event in events):
                continue
            seen.add(mention.text)
            date = iso(mention.date) + (f"/{iso(mention.until)}" if mention.until else "")
            findings.append(
                _finding(
                    WARNING,
                    line,
                    f"'{mention.text}' matches no timeline event: add an event dated {date} or check the date",
                )
            )
    return findings


def _unmentioned_events(sections: list[TextLine], events: list[Event], lang: str = "en") -> list[Finding]:
    """Events no section names, by title or by a date as precise as the month the
    event has ("1941" alone does not name an event of April 1941; "April 1941" does)."""
    text = "\n".join(line.text for line in sections)
    named = find_dates(text, language=lang)
    folded = text.casefold()
    findings = []
    for event in events:
        by_date = any(overlaps(m.span, event.span) and (m.date.month or not event.span.start.month) for m in named)
        by_name = any(name.casefold() in folded for name in [event.title, *_event_names(event)])
        if not by_date and not by_name:
            findings.append(
                _finding(
                    INFO,
                    (event.origin.path, event.origin.line or 0),
                    f"no section mentions '{event.title}' ({event.date}): "
                    "name it in the section it belongs to, or leave it to the timeline",
                )
            )
    return findings


def _event_names(event: Event) -> list[str]:
    names = [p for p in name_phrases(event.title) if _EVENT_WORDS & set(re.split(r"[\s–-]+", p.casefold()))]
    if event.id and _EVENT_WORDS & set(event.id.split("-")) and event.id.count("-") >= 1:
        names.append(event.id.replace("-", " "))
    return names


def _faq_contradictions(faq: list[TextLine], events: list[Event], lang: str = "en") -> list[Finding]:
    """A sentence naming an event and, nearest to that name, a date that none of the
    events of that name has. Each date belongs to the closest event name in its
    sentence, so "the Tripartite Pact of 1940 … the Neutrality Pact" blames nothing."""
    by_name: dict[str, list[Event]] = {}
    for event in events:
        for name in _event_names(event):
            by_name.setdefault(name.casefold(), []).append(event)
    findings = []
    for entry in faq:
        for sentence in split_sentences(entry.text):
            folded = sentence.casefold()
            names = [(m.start(), name) for name in by_name for m in re.finditer(rf"\b{re.escape(name)}\b", folded)]
            if not names:
                continue
            claimed: dict[str, list[Any]] = {}
            for mention in find_dates(sentence, language=lang):
                _, nearest = min(names, key=lambda n: abs(n[0] - mention.start))
                claimed.setdefault(nearest, []).append(mention)
            for name, dates in claimed.items():
                if not any(overlaps(d.span, event.span) for d in dates for event in by_name[name]):
                    event = by_name[name][0]
                    where = (entry.path, _line_within(entry, dates[0].text))
                    findings.append(
                        _finding(
                            WARNING,
                            where,
                            f"names '{name}' with {', '.join(d.text for d in dates)}"
                            f", but the timeline dates it {event.date} (timeline.yaml line {event.origin.line})",
                        )
                    )
    return findings


def _line_within(entry: TextLine, needle: str) -> int:
    """The file line of ``needle`` inside a YAML value that may span several lines."""
    first_word = needle.split()[0]
    line = entry.origin.line_containing(first_word, entry.key)
    return line if line is not None and line <= entry.line + 40 else entry.line


def _term_variants(term: str, native: str | None) -> list[str]:
    """'Basic Convention (Peking Convention)' → both names; the native form too."""
    # [^()]*, not .*?: each '(' looks only as far as the next parenthesis, so a term
    # full of unclosed '(' costs linear time.
    variants = [" ".join(re.sub(r"\([^()]*\)", " ", term).split()), *re.findall(r"\(([^()]*)\)", term)]
    if native:
        variants += [part.strip() for part in re.split(r"[·/;]", native)]
    return [v for v in variants if v]


def _uses(variant: str, folded_text: str, words: frozenset[str] | None = None) -> bool:
    """Whether ``variant`` (or its plural) appears as a whole phrase in ``folded_text``.

    ``words``, the set of words of the text, rules most variants out without a search:
    with thousands of glossary terms and a long text, one search per term was too slow."""
    folded = variant.casefold()
    if _UNSPACED.search(folded):  # Japanese and Chinese write no spaces: a term is used where it occurs
        return folded in folded_text
    if words is not None:
        parts = _WORD_CHARS.findall(folded)
        if parts and not (set(parts[:-1]) <= words and {parts[-1], parts[-1] + "s", parts[-1] + "es"} & words):
            return False
    # A term counts as used in the plural too.
    return re.search(rf"(?<!\w){re.escape(folded)}(?:s|es)?(?!\w)", folded_text) is not None


def _bold_spans(text: str) -> Iterator[tuple[int, str]]:
    """(start, inner text) of each bold run in one line, as Markdown pairs them: a mark
    not followed by a space opens, the next same mark not preceded by one closes."""
    marks: dict[str, list[int]] = {"**": [], "__": []}
    for match in _BOLD_MARK.finditer(text):
        marks[match.group(1)].append(match.start())
    closers = {kind: [i for i in found if not text[i - 1].isspace()] for kind, found in marks.items()}
    ends = {kind: 0 for kind in marks}  # how many closers each kind has used up
    position = 0
    for start in sorted(marks["**"] + marks["__"]):
        kind = text[start : start + 2]
        if start < position or start + 2 >= len(text) or text[start + 2].isspace():
            continue
        found, pointer = closers[kind], ends[kind]
        while pointer < len(found) and found[pointer] < start + 3:
            pointer += 1
        ends[kind] = pointer
        if pointer < len(found):
            yield start, text[start + 2 : found[pointer]]
            position = found[pointer] + 2


def _glossary_use(guide: Guide, sections: list[TextLine], others: list[TextLine]) -> list[Finding]:
    folded = "\n".join(line.text for line in sections + others).casefold()
    glossary_file = guide.root / "glossary.yaml" in guide.inputs  # even with no entries
    words = frozenset(_WORD_CHARS.findall(folded))
    defined: list[str] = []
    findings = []
    for item in sorted(guide.glossary, key=lambda term: term.origin.line or 0):  # file order
        term = item.term
        variants = _term_variants(term, item.native)
        defined += variants
        if not any(_uses(v, folded, words) for v in variants):
            findings.append(
                _finding(
                    WARNING,
                    (item.origin.path, item.origin.line_of("term") or 0),
                    f"the glossary defines '{term}', but no section, FAQ or timeline text "
                    "uses it: use it or remove the entry",
                )
            )
    known = defined + [p.name for p in guide.people] + [e.title for e in guide.events]
    known_words = [(k.casefold(), frozenset(_WORD_CHARS.findall(k.casefold()))) for k in known]
    glossed: dict[str, bool] = {}  # a bold word seen before needs no second look

    def in_glossary(word: str) -> bool:
        folded_word = word.casefold()
        if folded_word not in glossed:
            own = frozenset(_WORD_CHARS.findall(folded_word))
            glossed[folded_word] = any(
                _uses(k, folded_word, own) or _uses(word, k, k_words) for k, k_words in known_words
            )
        return glossed[folded_word]

    for line in sections:
        lead = len(line.text) - len(line.text.lstrip(_LEAD))
        for start, inner in _bold_spans(line.text):
            word = inner.strip(" .,:;")
            if start <= lead or not _term_like(word):
                continue
            if glossary_file and not in_glossary(word):
                findings.append(
                    _finding(
                        WARNING,
                        line,
                        f"'{word}' is in bold like a term, but the glossary has no "
                        "entry for it: add one, or drop the bold",
                    )
                )
    return findings


def _term_like(bold: str) -> bool:
    """Bold marks a term when it is a short name (bold at the start of a paragraph or list
    item is a run-in heading, which the caller leaves out); bold sentences are emphasis."""
    if len(bold.split()) > 4:
        return False
    return not re.findall(r"[.!?:;\"“”]", bold)


def _repeated_titles(guide: Guide, events: list[Event]) -> list[Finding]:
    glossary = sorted(guide.glossary, key=lambda term: term.origin.line or 0)
    groups = [
        ("section", [(s.title, (s.path, s.origin.line_of("title") or 0)) for s in guide.sections]),
        ("event", [(e.title, (e.origin.path, e.origin.line or 0)) for e in events]),
        ("glossary term", [(t.term, (t.origin.path, t.origin.line_of("term") or 0)) for t in glossary]),
    ]
    findings = []
    for kind, items in groups:
        seen: dict[str, tuple[Path, int]] = {}
        for title, where in items:
            first = seen.setdefault(title.casefold(), where)
            if first is not where:
                findings.append(
                    _finding(
                        WARNING,
                        where,
                        f"the {kind} title '{title}' is used twice (first at "
                        f"{first[0].name} line {first[1]}): make each title distinct",
                    )
                )
    return findings


def _objective_coverage(guide: Guide) -> list[Finding]:
    """An objective with an id that no section teaches or no question tests is a gap in
    the guide; a plain-sentence objective names nothing to check."""
    objectives = [(i, o) for i, o in enumerate(guide.meta.objectives) if isinstance(o, Objective)]
    if not objectives:
        return []
    origin = guide.meta.origin
    tested = {name for question in guide.questions for name in question.objectives}
    findings = []
    for _, objective in objectives:
        line = origin.line_containing(objective.id, "objectives") or origin.line_of("objectives")
        where = (origin.path, line or 1)
        if not objective.sections:
            findings.append(
                _finding(
                    WARNING,
                    where,
                    f"objective '{objective.id}' is taught by no section: list the sections that teach it "
                    "under 'sections:'",
                )
            )
        if objective.id not in tested:
            findings.append(
                _finding(
                    WARNING,
                    where,
                    f"objective '{objective.id}' is tested by no question: add 'objectives: [{objective.id}]' "
                    "to a question in questions.yaml",
                )
            )
    return findings
