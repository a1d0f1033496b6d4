"""Turn an article (Markdown or plain text) into a guide to review: ``studyguide import``.

:mod:`~generator.authoring.reading` reads the article into headed parts of typed
blocks; the article's own structure decides where each part goes (learning
objectives → ``guide.yaml``, a bibliography → ``sources.yaml``, an FAQ →
``faq.yaml``, review questions → ``questions.yaml``, a key-terms list → the
glossary), and every other part becomes a section. :mod:`~generator.authoring.proposals`
proposes key points, events, terms and people. Nothing is invented: every guess
is marked ``# REVIEW`` in the files, which ``studyguide check`` reports until an
author removes the marker, and a proposal without a usable title is written as a
commented-out candidate rather than printed.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from generator.authoring import proposals as propose_
from generator.authoring.reading import FIGURE, Article, Block, Part, read_article
from generator.authoring.scaffold import check_slug, write_guide
from generator.content.files import read_text
from generator.errors import plural

REVIEW = "# REVIEW"
REVIEW_POINTS = f"{REVIEW}: chosen as the section's most central sentences; keep 2–5 short key points"
EMPTY_LIST = "[]  # nothing of this kind found in the article"
PLACEHOLDER_TITLE = "Untitled"

_ROLES = [
    ("objectives", r"(?:learning )?(?:objectives|goals|outcomes)|aims|what you will learn"),
    ("sources", r"bibliography|references|works cited|sources|(?:further|suggested|recommended) reading|reading list"),
    ("faq", r"faqs?|frequently asked questions|questions and answers|q ?& ?a"),
    (
        "questions",
        r"(?:review|discussion|study|reflection|practice)(?: and \w+)? questions|check your understanding(?: questions)?"
        r"|application and reflection questions|exercises|self-check|test yourself|assessment",
    ),
    ("terms", r"key terms|glossary|vocabulary|key concepts|terms to know"),
    ("summary", r"(?:section |chapter )?summary|key takeaways|in summary"),
]
_CONCLUSION = re.compile(r"^(?:conclusions?|in conclusion|final thoughts|closing thoughts)$", re.IGNORECASE)
_QUESTION = re.compile(r"^\s*(?:\d{1,2}[.)]|Q\d*[:.])?\s*(.+\?)\s*$")
_CHOICE = re.compile(r"^\s*(?:[a-eA-E][.)]|\(?[a-e]\))\s+(.+)$")


@dataclass
class Proposal:
    """The guide's files (relative path → text) and what the report tells about them."""

    files: dict[str, str]
    sections: list[str]
    faq: int
    events: list[propose_.EventProposal]
    review: list[str]
    found: dict[str, int] = field(default_factory=dict)  # what else was proposed, by kind
    images: dict[str, Path] = field(default_factory=dict)  # guide-relative name → the picture beside the article


@dataclass
class ImportReport:
    """What an import made and what needs a human look."""

    folder: Path
    written: list[Path]
    proposal: Proposal


def parse_article(text: str, markdown: bool | None = None) -> Article:
    """The article read into title, front matter and parts (see :func:`read_article`)."""
    return read_article(text, markdown)


def import_article(article: Path, content: Path, slug: str) -> ImportReport:
    """Read ``article`` and write the guide ``content/<slug>/``; never overwrites."""
    check_slug(slug)
    text = read_text(article)
    markdown = article.suffix.lower() in (".md", ".markdown") or None
    proposal = propose(parse_article(text, markdown), pictures=article.parent)
    written = write_guide(content / slug, proposal.files)
    for name, source in proposal.images.items():
        target = content / slug / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return ImportReport(content / slug, written, proposal)


def role_of(heading: str | None) -> str | None:
    """What an article's part is for, from its heading: "objectives", "sources" …, or None."""
    text = (heading or "").strip().rstrip(":").strip().lower()
    return next((role for role, pattern in _ROLES if re.fullmatch(pattern, text)), None)


def propose(article: Article, pictures: Path | None = None) -> Proposal:
    """The guide's files, and what the report says about them. Pictures the article
    shows are taken from ``pictures`` (the article's folder) when they are there."""
    review: list[str] = []
    images: dict[str, Path] = {}
    by_role: dict[str, list[Part]] = {}
    sections: list[Part] = []
    objectives: list[str] = []
    for part in article.parts:
        role = role_of(part.heading)
        if role == "objectives":
            listed, rest = propose_.objectives(part.blocks)
            objectives += listed
            if rest:
                sections.append(Part(None, rest[0].line, blocks=rest))
        elif role:
            by_role.setdefault(role, []).append(part)
        else:
            sections.append(part)
    conclusions = [p for p in sections if p.heading and _CONCLUSION.match(p.heading)]
    sections = [p for p in sections if p not in conclusions] + conclusions
    if not sections:
        sections = [Part(None, 1)]
        review.append("the article has no running text besides its title: write at least one section")
    files: dict[str, str] = {}
    titles: list[str] = []
    events: list[propose_.EventProposal] = []
    for number, part in enumerate(sections, start=1):
        title = part.heading or ("Introduction" if number == 1 else f"Part {number}")
        name = f"sections/{number:02d}-{section_slug(title)}.md"
        files[name] = _section_md(title, part, name, review, _Pictures(pictures, images, review, name))
        titles.append(title)
        events += propose_.events(part.blocks, part.heading, name)
        if part.heading is None:
            review.append(f"{name}: the text before the first heading; its title '{title}' is a placeholder")
    events = propose_.merge_duplicates(sorted(events, key=lambda e: e.sort_key))
    summary = " ".join(b.plain for p in by_role.get("summary", []) for b in p.blocks)
    files["guide.yaml"] = _guide_yaml(article, objectives, summary, review)
    files["timeline.yaml"] = _timeline_yaml(events, review)
    stray: list[str] = []  # text in a FAQ or questions part that is neither a question nor an answer
    faq = [entry for p in by_role.get("faq", []) for entry in _questions(p.blocks, stray)]
    files["faq.yaml"] = _faq_yaml(faq)
    unanswered = [question for question, answer, _ in faq if not answer]
    questions = [entry for p in by_role.get("questions", []) for entry in _questions(p.blocks, stray)]
    last = next(name for name in reversed(files) if name.startswith("sections/"))
    if unanswered or stray:
        files[last] += "\n" + "\n\n".join([*stray, *unanswered]) + "\n"
    if unanswered:
        review.append(
            f"{len(unanswered)} FAQ question(s) without an answer were kept at the end of {last}: "
            "answer them in faq.yaml or delete them"
        )
    if stray:
        review.append(f"{len(stray)} paragraph(s) of the FAQ or questions that answer nothing were kept in {last}")
    files["questions.yaml"] = _questions_yaml(questions, titles)
    body_blocks = [p.blocks for p in sections]
    terms = propose_.terms(body_blocks, [b for p in by_role.get("terms", []) for b in p.blocks])
    files["glossary.yaml"] = _glossary_yaml(terms)
    people = propose_.people([b for blocks in body_blocks for b in blocks])
    files["people.yaml"] = _people_yaml(people)
    references = [s for p in by_role.get("sources", []) for s in propose_.sources(p.blocks)]
    files["sources.yaml"] = _sources_yaml(references)
    found = {
        "objectives": len(objectives),
        "sources": len(references),
        "glossary terms": len(terms),
        "people": len(people),
        "review questions": len(questions),
    }
    singular = {"sources": "source", "glossary terms": "glossary term", "people": "person"}
    for kind, count in found.items():
        if count and kind != "objectives":
            counted = plural(count, singular.get(kind, kind.removesuffix("s")), kind)
            review.append(f"{counted} proposed: check each entry marked REVIEW")
    named = [e for e in events if e.title]
    return Proposal(files, titles, len([q for q in faq if q[1]]), named, review, found, images)


def section_slug(title: str) -> str:
    """A file-name slug for a section title, transliterated from any script."""
    return slugify(title, max_length=40, word_boundary=True, save_order=True) or "section"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _guide_yaml(article: Article, objectives: list[str], summary: str, review: list[str]) -> str:
    front = article.front
    title = article.title or PLACEHOLDER_TITLE
    lines = [f"title: {_q(title)}"]
    if title == PLACEHOLDER_TITLE:
        lines[0] += f"  {REVIEW}: the article has no title; write one"
        review.append("guide.yaml: the article has no title: write one")
    authors = front.get("authors") or front.get("author")
    if authors:
        names = authors if isinstance(authors, list) else [authors]
        lines += ["authors:", *(f"  - {_q(str(name))}" for name in names)]
    date = front.get("date")
    if date:
        day = re.match(r"\d{4}-\d{2}-\d{2}", str(date))
        if day:
            lines.append(f"date: {_q(day.group(0))}")
    lines += ["language: en", "paper: A4"]
    if summary:
        lines.append(f"description: {_q(summary)}  {REVIEW}: the article's own summary")
    if objectives:
        lines += [f"objectives:  {REVIEW}: the article's learning objectives", *(f"  - {_q(o)}" for o in objectives)]
    else:
        lines.append(f"{REVIEW}: add audience and learning objectives (see the file `studyguide new` makes)")
    return "\n".join(lines) + "\n"


@dataclass
class _Pictures:
    """Takes the pictures a section shows into the guide, or leaves a note where one is missing."""

    folder: Path | None
    taken: dict[str, Path]
    review: list[str]
    section: str

    def figure(self, block: Block) -> str:
        match = re.search(r"!\[([^\]]*)\]\(([^)\s]+)", block.markdown)
        source = self._find(match.group(2)) if match else None
        if match and source is not None:
            name = f"images/{source.name}"
            self.taken[name] = source
            return block.markdown.replace(match.group(2), name, 1)
        wanted = match.group(2) if match else "a picture"
        self.review.append(f"{self.section}: {wanted} is not beside the article: add it or delete the note")
        return f"<!-- {REVIEW}: the article shows {wanted} here, which was not found beside it -->"

    def _find(self, src: str) -> Path | None:
        """The picture's file, only inside the article's folder and only a real file of a sane size."""
        if self.folder is None or re.match(r"^[a-z][a-z0-9+.-]*:", src, re.IGNORECASE):
            return None
        folder = self.folder.resolve()
        candidate = (folder / src).resolve()
        if not candidate.is_relative_to(folder) or not candidate.is_file() or candidate.stat().st_size > 10_000_000:
            return None
        return candidate


def _section_md(title: str, part: Part, name: str, review: list[str], pictures: _Pictures) -> str:
    points = propose_.key_points(part.blocks)
    if len(points) < 2:
        review.append(f"{name}: fewer than two sentences for key points: write them; it will not build before")
    lines = ["---", f"title: {_q(title)}", REVIEW_POINTS, "summary:", *(f"  - {_q(p)}" for p in points), "---", ""]
    body = "\n\n".join(pictures.figure(b) if b.kind == FIGURE else b.markdown for b in part.blocks if b.markdown)
    return "\n".join(lines) + "\n" + body + "\n"


def _timeline_yaml(events: list[propose_.EventProposal], review: list[str]) -> str:
    if not events:
        return f"# No sentence of the article's running text names a date.\n{EMPTY_LIST}\n"
    named = [e for e in events if e.title]
    out = [
        f"{REVIEW}: each event was proposed from a sentence of the article that names its date (the",
        "# sentence is the detail). Check each date and title; sentences in which no event could be",
        "# named are listed commented out at the end: give one a title and uncomment it to keep it.",
    ]
    for event in named:
        out += [
            f"- date: {_q(event.date)}",
            f"  title: {_q(event.title)}",
            f"  detail: {_q(event.detail)}  # from {event.where}",
        ]
    unnamed = [e for e in events if not e.title]
    if unnamed:
        review.append(f"timeline.yaml: {len(unnamed)} dated sentences without a nameable event, left commented out")
        for event in unnamed:
            out += [f"# - date: {_q(event.date)}", '#   title: ""', f"#   detail: {_q(event.detail)}"]
    if not named:
        out.append("[]")
    return "\n".join(out) + "\n"


def _questions(blocks: list[Block], leftover: list[str] | None = None) -> list[tuple[str, str, list[str]]]:
    """(question, answer, choices) from a part of questions: a line ending in '?' (or
    numbered), the lettered choices under it, and the paragraphs that answer it. Text
    before the first question goes to ``leftover``: nothing of the article is lost."""
    entries: list[tuple[str, list[str], list[str]]] = []
    for block in blocks:
        text = block.plain.strip()
        if not text or (block.link_texts and " ".join(block.link_texts) == text):
            continue
        lines = [line.strip() for line in block.markdown.split("\n") if line.strip()]
        choices = [m.group(1) for m in map(_CHOICE.match, lines) if m]
        question = _QUESTION.match(text)
        if question and not (entries and len(choices) == len(lines)):
            entries.append((question.group(1), [], []))
        elif entries and choices and len(choices) == len(lines):
            entries[-1][2].extend(choices)  # lettered choices, one per line
        elif entries:
            entries[-1][1].append(text)
        elif leftover is not None:
            leftover.append(block.markdown)
    return [(q, " ".join(answer), choices) for q, answer, choices in entries]


def _faq_yaml(entries: list[tuple[str, str, list[str]]]) -> str:
    answered = [(q, a) for q, a, _ in entries if a]
    if not answered:
        return f"# The article has no FAQ part.\n{EMPTY_LIST}\n"
    out = [f"{REVIEW}: taken from the article's FAQ; check that each answer stands on its own."]
    for question, answer in answered:
        out += [f"- question: {_q(question)}", f"  answer: {_q(answer)}"]
    return "\n".join(out) + "\n"


def _questions_yaml(entries: list[tuple[str, str, list[str]]], sections: list[str]) -> str:
    if not entries:
        return f"# The article has no review questions.\n{EMPTY_LIST}\n"
    out = [
        f"{REVIEW}: the article's review questions, commented out because an article gives no answers:",
        "# write the answer (and the section) for each, then uncomment it.",
    ]
    for question, answer, choices in entries:
        if choices:
            out += ["# - type: multiple-choice", f"#   question: {_q(question)}", "#   choices:"]
            out += [f"#     - {_q(c)}" for c in choices] + ['#   answer: ""  # copy the right choice here']
        else:
            out += ["# - type: short-answer", f"#   question: {_q(question)}", f"#   answer: {_q(answer)}"]
    return "\n".join(out) + "\n[]\n"


def _glossary_yaml(terms: list[propose_.TermProposal]) -> str:
    if not terms:
        return f"# The article marks no terms in bold and has no key-terms list.\n{EMPTY_LIST}\n"
    out = [f"{REVIEW}: terms the article lists or sets in bold. A guessed term's definition is the"]
    out.append("# sentence that introduces it: rewrite it as a definition, or delete the entry.")
    for term in terms:
        note = "" if term.from_list else f"  {REVIEW}: the introducing sentence"
        out += [f"- term: {_q(term.term)}", f"  definition: {_q(term.definition)}{note}"]
    return "\n".join(out) + "\n"


def _people_yaml(people: list[propose_.Person]) -> str:
    if not people:
        return f"# The article names nobody with a title or life dates.\n{EMPTY_LIST}\n"
    out = [f"{REVIEW}: people the article names with a title or life dates; check each role."]
    for person in people:
        out.append(f"- name: {_q(person.name)}")
        if person.role:
            out.append(f"  role: {_q(person.role)}")
        if person.dates:
            out.append(f"  dates: {_q(person.dates)}")
    return "\n".join(out) + "\n"


def _sources_yaml(references: list[propose_.SourceProposal]) -> str:
    if not references:
        return f"# The article has no bibliography.\n{EMPTY_LIST}\n"
    out = [f"{REVIEW}: the article's bibliography, split into author, title and year; check each."]
    for ref in references:
        out += [f"- author: {_q(ref.author)}", f"  title: {_q(ref.title)}"]
        if ref.year:
            out.append(f"  year: {ref.year}")
        if ref.url:
            out.append(f"  url: {_q(ref.url)}")
    return "\n".join(out) + "\n"
