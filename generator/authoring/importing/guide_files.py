"""The guide's files an import writes, as YAML and Markdown text: ``guide.yaml``, each
section's Markdown with its key points and pictures, the timeline, the FAQ, the glossary
and the people. Every guess is marked ``# REVIEW``; a list the article gives nothing for
is written empty, with a line that says so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator.authoring import article_parts
from generator.authoring.importing import backmatter
from generator.authoring.importing import review as review_list
from generator.authoring.importing.event_proposal import EventProposal
from generator.authoring.importing.key_points import key_points, listed_points
from generator.authoring.importing.pictures import Taken
from generator.authoring.reading import FIGURE, Article, Block, Part

REVIEW = "# REVIEW"
REVIEW_POINTS = f"{REVIEW}: chosen as the section's most central sentences; keep 2–5 short key points"
REVIEW_TITLE = f"{REVIEW}: proposed from the section's years and main subject; the article has no heading here"
EMPTY_LIST = "[]  # nothing of this kind found in the article"
PLACEHOLDER_TITLE = "Untitled"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def guide_yaml(article: Article, objectives: list[str], summary: str, review: list[str], language: str) -> str:
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
    lines += [f"language: {language}", "paper: A4"]
    if summary:
        lines.append(f"description: {_q(summary)}  {REVIEW}: the article's own summary")
    if objectives:
        lines += [f"objectives:  {REVIEW}: the article's learning objectives", *(f"  - {_q(o)}" for o in objectives)]
    else:
        lines.append(f"{REVIEW}: add audience and learning objectives (see the file `studyguide new` makes)")
    return "\n".join(lines) + "\n"


@dataclass
class Pictures:
    """Takes the pictures a section shows into the guide, or leaves a note where one is not taken."""

    taken: Taken
    review: list[str]
    section: str

    def figure(self, block: Block) -> str:
        match = re.search(r"!\[([^\]]*)\]\(([^)\s]+)", block.markdown)
        name, why = self.taken.take(match.group(2)) if match else (None, "was not found")
        if match and name is not None:
            return block.markdown.replace(match.group(2), name, 1)
        wanted = match.group(2) if match else "a picture"
        self.review.append(f"{self.section}:{block.line}: {wanted} {why}: add the picture or delete the note")
        return f"<!-- {REVIEW}: the article shows {wanted} here, which {why} -->"


def section_md(title: str, part: Part, name: str, review: list[str], pictures: Pictures) -> str:
    points = key_points(part.blocks)
    if len(points) < 2:  # the guide must build as imported: a list's or a table's lines, else a placeholder
        points += listed_points(part.blocks, 2 - len(points))
        points += [f"Key point {n} of “{title}”: write it here." for n in range(len(points) + 1, 3)]
        review.append(f"{name}: fewer than two sentences for key points: write the key points in their own words")
    marker = f"  {REVIEW_TITLE}" if part.proposed else ""
    lines = [
        "---",
        f"title: {_q(title)}{marker}",
        REVIEW_POINTS,
        "summary:",
        *(f"  - {_q(p)}" for p in points),
        "---",
        "",
    ]
    body = "\n\n".join(pictures.figure(b) if b.kind == FIGURE else b.markdown for b in part.blocks if b.markdown)
    return "\n".join(lines) + "\n" + body + "\n"


def timeline_yaml(events: list[EventProposal], review: list[str]) -> str:
    if not events:
        return f"# No sentence of the article's running text names a date.\n{EMPTY_LIST}\n"
    named = [e for e in events if e.title and not e.life_date]
    out = [
        f"{REVIEW}: each event was proposed from a sentence of the article that names its date (the",
        "# sentence is the detail). Check each date and title; sentences in which no event could be",
        "# named are listed commented out at the end: give one a title and uncomment it to keep it.",
    ]
    for event in named:
        out += [
            f"- date: {_q(event.date)}" + (f"  {review_list.YEAR_GUESSED}" if event.year_guessed else ""),
            f"  title: {_q(event.title)}" + (f"  {review_list.TITLE_DOUBTED}: {event.doubt}" if event.doubt else ""),
            f"  detail: {_q(event.detail)}  # from {event.where}",
        ]
    births = [e for e in events if e.title and e.life_date]
    if births:  # an option the author may take, not a task: the review list leaves them out
        out.append("# Births and deaths, life dates the timeline leaves out: uncomment one to keep it.")
        for event in births:
            out += [f"# - date: {_q(event.date)}", f"#   title: {_q(event.title)}", f"#   detail: {_q(event.detail)}"]
    unnamed = [e for e in events if not e.title]
    if unnamed:
        review.append(f"timeline.yaml: {len(unnamed)} dated sentences without a nameable event, left commented out")
        for event in unnamed:
            why = "" if event.date else "  # the sentence dates it from a date the text does not give: date it"
            out += [f"# - date: {_q(event.date)}{why}", '#   title: ""', f"#   detail: {_q(event.detail)}"]
    if not named:
        out.append("[]")
    return "\n".join(out) + "\n"


def faq_yaml(entries: list[tuple[str, str, list[str]]]) -> str:
    answered = [(q, a) for q, a, _ in entries if a]
    if not answered:
        return f"# The article has no FAQ part.\n{EMPTY_LIST}\n"
    out = [f"{REVIEW}: taken from the article's FAQ; check that each answer stands on its own."]
    for question, answer in answered:
        out += [f"- question: {_q(question)}", f"  answer: {_q(answer)}"]
    return "\n".join(out) + "\n"


def glossary_yaml(terms: list[article_parts.TermProposal]) -> str:
    if not terms:
        return f"# The article marks no terms in bold and has no key-terms list.\n{EMPTY_LIST}\n"
    out = [f"{REVIEW}: terms the article lists or sets in bold. A guessed term's definition is the"]
    out.append("# sentence that introduces it: rewrite it as a definition, or delete the entry.")
    for term in terms:
        note = "" if term.from_list else f"  {REVIEW}: the introducing sentence"
        out += [f"- term: {_q(term.term)}", f"  definition: {_q(term.definition)}{note}"]
    return "\n".join(out) + "\n"


def people_yaml(people: list[article_parts.Person]) -> str:
    if not people:
        return f"# The article names nobody with a title or life dates.\n{EMPTY_LIST}\n"
    out = [f"{REVIEW}: people the article names with a title or life dates; check each role."]
    out += backmatter.yaml_entries([{"name": p.name, "role": p.role, "dates": p.dates} for p in people])
    return "\n".join(out) + "\n"
