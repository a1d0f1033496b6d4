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

from generator.authoring.prose import find_dates, iso, name_phrases, overlaps, split_sentences
from generator.content.files import YamlDocument, load_markdown, load_yaml, read_text
from generator.content.model import Event, Guide
from generator.errors import Problem

WARNING, INFO = "warning", "info"
#: Where a bold mark ('**' or '__') may open and close; bold runs are paired by
#: :func:`_bold_spans` in linear time (the regex **(?!\s)(.+?)(?<!\s)** rescans the rest of
#: the line from every opener: one long line of '**a ' hung the check).
_BOLD_MARK = re.compile(r"(?=(\*\*|__))")
_WORD_CHARS = re.compile(r"\w+")
#: Characters a run-in heading may follow at the start of a line: list marks, numbers, quotes.
_LEAD = " -*+>0123456789.)"
_FENCE = re.compile(r"^\s*(```|~~~)")
# A proper-name phrase names one event only if it says what kind of event it is;
# "Soviet Union" in a title names a country, not the event.
_EVENT_WORDS = {
    "pact",
    "battle",
    "conference",
    "treaty",
    "incident",
    "convention",
    "declaration",
    "offensive",
    "operation",
    "war",
    "agreement",
    "protocol",
    "crisis",
    "affair",
    "invasion",
    "campaign",
    "siege",
    "summit",
    "accord",
    "revolution",
    "intervention",
    "armistice",
    "ceasefire",
    "surrender",
    "landing",
    "raid",
    "bombing",
    "uprising",
    "election",
}


@dataclass(frozen=True)
class Finding:
    """One inconsistency: a warning (``--strict`` fails on it) or an information."""

    level: str
    problem: Problem

    def __str__(self) -> str:
        return str(Problem(self.problem.path, self.problem.line, f"{self.level}: {self.problem.message}"))


@dataclass(frozen=True)
class TextLine:
    """One line of prose an author wrote, where it stands, and what it belongs to."""

    path: Path
    line: int
    text: str


def find_inconsistencies(guide: Guide) -> list[Finding]:
    """Every finding for a guide that loaded without errors, in file order."""
    sections = list(_section_lines(guide))
    docs = {
        name: load_yaml(guide.root / name)
        for name in ("timeline.yaml", "faq.yaml", "glossary.yaml")
        if (guide.root / name).is_file()
    }
    events = _events(docs.get("timeline.yaml"))
    faq = _faq_lines(docs.get("faq.yaml"))
    timeline_text = [
        TextLine(doc.path, line, text)
        for doc, line, text in _entry_texts(docs.get("timeline.yaml"), ("title", "detail"))
    ]
    findings = []
    if events:
        findings += _unmatched_dates(sections, events)
        findings += _unmentioned_events(sections, events)
        findings += _faq_contradictions(faq, events)
    findings += _glossary_use(docs.get("glossary.yaml"), sections, faq + timeline_text, guide)
    findings += _repeated_titles(guide, docs, events)
    return findings


def _section_lines(guide: Guide) -> Iterator[TextLine]:
    """The key points and body lines of every section, numbered as in the file;
    comments and code blocks left out."""
    for section in guide.sections:
        document = load_markdown(section.path)
        for offset, text in enumerate(read_text(section.path).split("\n")[1:]):
            if offset + 2 >= document.body_line - 1:
                break
            if not text.lstrip().startswith("#"):
                yield TextLine(section.path, offset + 2, text)
        in_code = False
        for offset, text in enumerate(document.body.split("\n")):
            if _FENCE.match(text):
                in_code = not in_code
            elif not in_code and not text.startswith("    "):
                yield TextLine(section.path, document.body_line + offset, text)


def _entries(doc: YamlDocument | None) -> Iterator[tuple[int, dict]]:
    if doc is not None and isinstance(doc.data, list):
        yield from ((i, item) for i, item in enumerate(doc.data) if isinstance(item, dict))


def _entry_texts(doc: YamlDocument | None, keys: tuple[str, ...]) -> Iterator[tuple[YamlDocument, int, str]]:
    for index, item in _entries(doc):
        for key in keys:
            if item.get(key) is not None:
                yield doc, doc.line_of((index, key)), str(item[key])


def _events(doc: YamlDocument | None) -> list[tuple[Event, Path, int]]:
    """Each timeline event with its file and line, in file order."""
    return [(Event.model_validate(dict(item)), doc.path, doc.line_of((index,))) for index, item in _entries(doc)]


def _faq_lines(doc: YamlDocument | None) -> list[TextLine]:
    return [TextLine(d.path, line, text) for d, line, text in _entry_texts(doc, ("question", "answer"))]


def _finding(level: str, where: TextLine | tuple[Path, int], message: str) -> Finding:
    path, line = (where.path, where.line) if isinstance(where, TextLine) else where
    return Finding(level, Problem(path, line, message))


def _unmatched_dates(sections: list[TextLine], events: list[tuple[Event, Path, int]]) -> list[Finding]:
    findings = []
    for line in sections:
        seen = set()
        for mention in find_dates(line.text):
            if mention.text in seen or any(overlaps(mention.span, event.span) for event, _, _ in events):
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


def _unmentioned_events(sections: list[TextLine], events: list[tuple[Event, Path, int]]) -> list[Finding]:
    """Events no section names, by title or by a date as precise as the month the
    event has ("1941" alone does not name an event of April 1941; "April 1941" does)."""
    text = "\n".join(line.text for line in sections)
    named = find_dates(text)
    folded = text.casefold()
    findings = []
    for event, path, line in events:
        by_date = any(overlaps(m.span, event.span) and (m.date.month or not event.span.start.month) for m in named)
        by_name = any(name.casefold() in folded for name in [event.title, *_event_names(event)])
        if not by_date and not by_name:
            findings.append(
                _finding(
                    INFO,
                    (path, line),
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


def _faq_contradictions(faq: list[TextLine], events: list[tuple[Event, Path, int]]) -> list[Finding]:
    """A sentence naming an event and, nearest to that name, a date that none of the
    events of that name has. Each date belongs to the closest event name in its
    sentence, so "the Tripartite Pact of 1940 … the Neutrality Pact" blames nothing."""
    by_name: dict[str, list[tuple[Event, int]]] = {}
    for event, _, line in events:
        for name in _event_names(event):
            by_name.setdefault(name.casefold(), []).append((event, line))
    findings = []
    for entry in faq:
        for sentence in split_sentences(entry.text):
            folded = sentence.casefold()
            names = [(m.start(), name) for name in by_name for m in re.finditer(rf"\b{re.escape(name)}\b", folded)]
            if not names:
                continue
            claimed: dict[str, list] = {}
            for mention in find_dates(sentence):
                _, nearest = min(names, key=lambda n: abs(n[0] - mention.start))
                claimed.setdefault(nearest, []).append(mention)
            for name, dates in claimed.items():
                if not any(overlaps(d.span, event.span) for d in dates for event, _ in by_name[name]):
                    event, line = by_name[name][0]
                    where = (entry.path, _line_within(entry, dates[0].text))
                    findings.append(
                        _finding(
                            WARNING,
                            where,
                            f"names '{name}' with {', '.join(d.text for d in dates)}"
                            f", but the timeline dates it {event.date} (timeline.yaml line {line})",
                        )
                    )
    return findings


def _line_within(entry: TextLine, needle: str) -> int:
    """The file line of ``needle`` inside a YAML value that may span several lines."""
    lines = entry.path.read_text(encoding="utf-8").split("\n")
    first_word = needle.split()[0]
    for number in range(entry.line, min(len(lines), entry.line + 40) + 1):
        if first_word in lines[number - 1]:
            return number
    return entry.line


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


def _glossary_use(
    doc: YamlDocument | None, sections: list[TextLine], others: list[TextLine], guide: Guide
) -> list[Finding]:
    folded = "\n".join(line.text for line in sections + others).casefold()
    words = frozenset(_WORD_CHARS.findall(folded))
    defined: list[str] = []
    findings = []
    for index, item in _entries(doc):
        term = str(item.get("term", ""))
        variants = _term_variants(term, item.get("native"))
        defined += variants
        if not any(_uses(v, folded, words) for v in variants):
            findings.append(
                _finding(
                    WARNING,
                    (doc.path, doc.line_of((index, "term"))),
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
            if doc is not None and not in_glossary(word):
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


def _repeated_titles(guide: Guide, docs: dict[str, YamlDocument], events: list) -> list[Finding]:
    groups = [
        ("section", [(s.title, (s.path, load_markdown(s.path).front.line_of(("title",)))) for s in guide.sections]),
        ("event", [(e.title, (path, line)) for e, path, line in events]),
        (
            "glossary term",
            [
                (str(item.get("term")), (docs["glossary.yaml"].path, docs["glossary.yaml"].line_of((i, "term"))))
                for i, item in _entries(docs.get("glossary.yaml"))
            ],
        ),
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
