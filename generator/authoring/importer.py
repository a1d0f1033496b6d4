"""Turn an article (Markdown or plain text) into a guide to review: ``studyguide import``.

:mod:`~generator.authoring.reading` reads the article into headed parts of typed
blocks; the article's own structure decides where each part goes (learning
objectives → ``guide.yaml``, a bibliography → ``sources.yaml``, an FAQ →
``faq.yaml``, review questions → ``questions.yaml``, a key-terms list → the
glossary), and every other part becomes a section. :mod:`~generator.authoring.proposals`
proposes key points, events, terms and people, and
:mod:`~generator.authoring.importing.guide_files` writes the files. Nothing is invented:
every guess is marked ``# REVIEW`` in the files, which ``studyguide check`` reports until
an author removes the marker, and a proposal without a usable title is written as a
commented-out candidate rather than printed.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from generator.authoring import article_parts
from generator.authoring import proposals as propose_
from generator.authoring.importing import backmatter, formats, validate
from generator.authoring.importing import review as review_list
from generator.authoring.importing.full_names import full_names
from generator.authoring.importing.guide_files import (
    Pictures,
    faq_yaml,
    glossary_yaml,
    guide_yaml,
    people_yaml,
    section_md,
    timeline_yaml,
)
from generator.authoring.importing.key_points import key_points
from generator.authoring.importing.life_dates import is_own_death
from generator.authoring.importing.merge import merge_duplicates
from generator.authoring.importing.pictures import Taken
from generator.authoring.importing.sections import fit
from generator.authoring.importing.title_doubts import title_doubt
from generator.authoring.prose import find_dates
from generator.authoring.reading import CAPTION, PARAGRAPH, Article, Block, Part, read_article
from generator.authoring.scaffold import check_slug, write_guide
from generator.content.dates import MONTHS
from generator.content.files import read_text
from generator.errors import plural

_REPAIRS = 4  # rounds of check-and-fold: each folds every refused section at once

_ROLES = [
    ("objectives", r"(?:learning )?(?:objectives|goals|outcomes)|aims|what you will learn"),
    (
        "sources",
        r"bibliography|references|works cited|sources|(?:further|suggested|recommended) reading|reading list|resources",
    ),
    ("further", r"further research|see also|external links|(?:useful |web )?links|link to learning|online resources"),
    ("faq", r"faqs?|frequently asked questions|questions and answers|q ?& ?a"),
    (
        "questions",
        r"(?:review|discussion|study|reflection|practice)(?: and \w+)? questions|check your understanding(?: questions)?"
        r"|application and reflection questions|exercises|self-check|test yourself|assessment"
        r"|(?:section |chapter |review |unit )?quiz|short answer(?: questions)?|(?:review|practice) exercises"
        r"|multiple choice(?: questions)?|critical thinking(?: questions)?|check your knowledge",
    ),
    ("terms", r"key terms|glossary|vocabulary|key concepts|terms to know"),
    ("notes", r"(?:foot|end)?notes|source notes|citations"),
    ("summary", r"(?:section |chapter )?summary|key takeaways|in summary"),
]
_CONCLUSION = re.compile(r"^(?:conclusions?|in conclusion|final thoughts|closing thoughts)$", re.IGNORECASE)


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
    tasks: list[review_list.Task] = field(default_factory=list)  # what a person must decide, shortest first


def parse_article(text: str, markdown: bool | None = None, path: Path | None = None) -> Article:
    """The article read into title, front matter and parts (see :func:`read_article`)."""
    return read_article(text, markdown, path)


# C0 and C1 controls but tab and line feed, DEL, and the non-characters: nothing an
# author typed, and NUL or ESC in a guide's files would reach its PDF and exports.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def without_control_characters(text: str, name: str = "article") -> tuple[str, str]:
    """The text without control characters, and a note for the review list ("" if none)."""
    first = _CONTROL.search(text)
    if first is None:
        return text, ""
    line = text.count("\n", 0, first.start()) + 1
    count = len(_CONTROL.findall(text))
    return _CONTROL.sub("", text), (
        f"{name}:{line}: {count} control character(s) (NUL, ESC …) removed, the first here: check the text around it"
    )


def import_article(article: Path, content: Path, slug: str) -> ImportReport:
    """Read ``article`` (Markdown, text, Word, OpenDocument or a saved web page) and
    write the guide ``content/<slug>/``; never overwrites."""
    check_slug(slug)
    with tempfile.TemporaryDirectory(prefix="studyguide-import-") as scratch:
        if article.suffix.lower() in formats.SUFFIXES:
            text, pictures = formats.read_document(article, Path(scratch))
            markdown: bool | None = True
        else:
            text, pictures = read_text(article), article.parent
            markdown = article.suffix.lower() in (".md", ".markdown") or None
        return _import_text(article, text, markdown, pictures, content / slug)


def _import_text(article: Path, text: str, markdown: bool | None, pictures: Path, folder: Path) -> ImportReport:
    text, stripped = without_control_characters(text, article.name)
    read = parse_article(text, markdown, article)
    proposal = propose(read, pictures=pictures)
    fold: set[int] = set()
    for _ in range(_REPAIRS):
        found = validate.problems(proposal.files, proposal.images)
        sections = {i for i in map(validate.section_index, found) if i is not None}
        if not found or not sections - fold:
            break
        fold |= sections  # a section the check refuses is folded into its neighbour
        proposal = propose(read, pictures=pictures, fold=fold)
    for problem in found:
        proposal.review.insert(0, f"{problem}: fix this before the guide builds")
    if stripped:
        proposal.review.insert(0, stripped)
    written = write_guide(folder, proposal.files)
    for name, source in proposal.images.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return ImportReport(folder, written, proposal, review_list.tasks(folder, proposal.review))


def role_of(heading: str | None) -> str | None:
    """What an article's part is for, from its heading: "objectives", "sources" …, or None."""
    text = (heading or "").strip().rstrip(":").strip().lower()
    return next((role for role, pattern in _ROLES if re.fullmatch(pattern, text)), None)


def propose(article: Article, pictures: Path | None = None, fold: Collection[int] = ()) -> Proposal:
    """The guide's files, and what the report says about them. Pictures the article
    shows are taken from ``pictures`` (the article's folder) when they are there;
    the sections numbered in ``fold`` (0-based) are folded into a neighbour."""
    review: list[str] = []
    taken = Taken(pictures)
    by_role: dict[str, list[Part]] = {}
    sections: list[Part] = []
    objectives: list[str] = []
    opening: list[Block] = []
    for part in article.parts:
        role = role_of(part.heading)
        if role == "objectives":
            listed, rest = article_parts.objectives(part.blocks)
            objectives += listed
            if rest:
                sections.append(Part(None, rest[0].line, blocks=rest))
        elif role == "summary" and not sections and any(b.kind == PARAGRAPH for b in part.blocks):
            # "Summary" over an article's opening (a country's history of relations): the text itself, whose
            # first paragraph also describes the guide; a textbook's summary at the end only recaps what it told
            sections.append(part)
            opening.append(next(b for b in part.blocks if b.kind == PARAGRAPH))
        elif role:
            by_role.setdefault(role, []).append(part)
        else:
            sections.append(part)
    conclusions = [p for p in sections if p.heading and _CONCLUSION.match(p.heading)]
    sections = fit([p for p in sections if p not in conclusions] + conclusions, key_points, fold)
    if not sections:
        sections = [Part(None, 1)]
        review.append("the article has no running text besides its title: write at least one section")
    language = _language(article)
    files: dict[str, str] = {}
    titles: list[str] = []
    events: list[propose_.EventProposal] = []
    time = propose_.TextTime()
    # a surname given in full in one part names its person in every part
    names = full_names(propose_.prose_sentences([block for part in sections for block in part.blocks]))
    biography_of = None
    if article.title and article_parts.PERSON_HEADING.fullmatch(article.title):
        biography_of = article_parts.name_in_a_title(article.title)
        # a title that is a person's name ("Daniel Webster") names whom the surname alone means, where the text
        # never gives the full name, or gives another too ("Robert Smith", whose brother is Samuel Smith)
        names.setdefault(article_parts.surname(article.title), article_parts.name_in_a_title(article.title))
    for number, part in enumerate(sections, start=1):
        title = part.heading or ("Introduction" if number == 1 else f"Part {number}")
        name = f"sections/{number:02d}-{section_slug(title)}.md"
        files[name] = section_md(title, part, name, review, Pictures(taken, review, name))
        titles.append(title)
        heading = None if part.proposed else part.heading
        # a part the importer cut from a text without headings goes on in the time the part before it ended in;
        # so does a part under a heading that names no year ("Paris on the Precipice": "On June 28, …" is the
        # summer the part before told), where no title names one either
        running = time.year if part.proposed else None
        dated_by_name = find_dates(heading or "") or find_dates(article.title or "")
        events += propose_.events(
            part.blocks,
            heading,
            name,
            propose_.MAX_PROPOSALS - len(events),
            language,
            running or propose_.only_year(article.title),
            time,
            names,
            biography_of,
            None if part.proposed or dated_by_name else time.year,
        )
        if part.proposed:
            review.append(
                f"{name}:2: the article has no heading here; the title '{title}' was proposed: keep or rename it"
            )
        if part.heading is None:
            review.append(f"{name}: the text before the first heading; its title '{title}' is a placeholder")
    if len(events) >= propose_.MAX_PROPOSALS:
        review.append(f"timeline.yaml: only the first {propose_.MAX_PROPOSALS} dated sentences were read for events")
    events = merge_duplicates(sorted(events, key=lambda e: e.sort_key))
    if article.title and article_parts.PERSON_HEADING.fullmatch(article.title):
        for event in events:  # a biography's subject's death bounds the life, as the birth does
            event.own_death = is_own_death(event.title, event.detail, article.title)
    if language == "en":
        for event in events:
            event.doubt = title_doubt(event.title, event.detail)
    summary = " ".join(
        b.plain for b in opening + [b for p in by_role.get("summary", []) for b in p.blocks] if b.kind != CAPTION
    )
    files["guide.yaml"] = guide_yaml(article, objectives, summary, review, language)
    files["timeline.yaml"] = timeline_yaml(events, review)
    stray: list[str] = []  # text in a FAQ or questions part that is neither a question nor an answer
    faq = [
        (q.text, q.answer or " ".join(q.notes), q.choices)
        for p in by_role.get("faq", [])
        for q in backmatter.questions(p.blocks, stray)
    ]
    files["faq.yaml"] = faq_yaml(faq)
    unanswered = [question for question, answer, _ in faq if not answer]
    questions = [q for p in by_role.get("questions", []) for q in backmatter.questions(p.blocks, stray)]
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
    files["questions.yaml"] = backmatter.questions_yaml(questions)
    body_blocks = [p.blocks for p in sections]
    terms = article_parts.terms(body_blocks, [b for p in by_role.get("terms", []) for b in p.blocks])
    files["glossary.yaml"] = glossary_yaml(terms)
    people = article_parts.people([b for blocks in body_blocks for b in blocks])
    files["people.yaml"] = people_yaml(people)
    references = [s for p in by_role.get("sources", []) for s in backmatter.references(p.blocks)]
    references += [s for p in by_role.get("further", []) for s in backmatter.further_reading(p.blocks)]
    files["sources.yaml"] = backmatter.sources_yaml(references)
    notes = sum(len(p.blocks) for p in by_role.get("notes", []))
    if notes:  # a note cites where the text's facts come from: it is no part of a section, nor an event
        review.append(
            f"{plural(notes, 'note', 'notes')} at the article's end were left out: add any source they cite to sources.yaml"
        )
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
    return Proposal(files, titles, len([q for q in faq if q[1]]), named, review, found, taken.names)


def section_slug(title: str) -> str:
    """A file-name slug for a section title, transliterated from any script."""
    return slugify(title, max_length=40, word_boundary=True, save_order=True) or "section"


def _language(article: Article) -> str:
    """The article's language: its front matter's, else told by its commonest words."""
    told = str(article.front.get("lang") or article.front.get("language") or "").split("-")[0].lower()
    if told in MONTHS:
        return told
    return article_parts.language_of([b.plain for p in article.parts for b in p.blocks])
