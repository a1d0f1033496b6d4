"""Turn an article (plain text or Markdown) into a guide skeleton to review.

The article is split into its title and headed parts (:func:`parse_article`);
each part becomes a section whose first sentences are proposed as key points,
an "FAQ" part becomes ``faq.yaml``, and every sentence naming a date becomes a
proposed timeline event (:func:`propose`). Nothing is invented: text that
cannot be placed stays in a section, and every guess is marked ``REVIEW`` in
the files and listed in the report.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.authoring.prose import find_dates, iso, split_sentences
from generator.authoring.scaffold import check_slug, write_guide
from generator.content.files import read_text

# Possessive and greedy, with the closing '#'s stripped in code (_heading_text): the
# lazy (.*?)\s*#*\s*$ took minutes on a heading followed by a long run of spaces.
_MD_HEADING = re.compile(r"^(#{1,6})\s++(.*)$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|Q\d*[:.])\s+")
_BULLET = re.compile(r"^\s*(?:[-*+•‣◦▪–]|A[:.])\s+")
_FAQ = re.compile(r"^(faqs?|frequently asked questions|questions( and answers)?|q ?& ?a)$", re.IGNORECASE)
_CONCLUSION = re.compile(r"^(conclusions?|in conclusion|final thoughts|closing thoughts|summary)$", re.IGNORECASE)
_LEADING_DATE = re.compile(r"^(?:in|on|by|during|from|since|until|after|before|as of)\s+$", re.IGNORECASE)
REVIEW_POINTS = "# REVIEW: proposed from the first sentences; keep 2–6 short key points"
EMPTY_LIST = "[]  # nothing found in the article"


@dataclass
class Part:
    """A headed part of the article (heading None: the text before the first heading)."""

    heading: str | None
    line: int
    blocks: list[str] = field(default_factory=list)


@dataclass
class Article:
    """An article split into its title and parts, in reading order."""

    title: str
    parts: list[Part]


@dataclass
class ProposedEvent:
    """A timeline entry proposed from one sentence that names a date."""

    sort_key: tuple
    date: str
    title: str
    detail: str
    note: str


@dataclass
class Proposal:
    """The guide's files (relative path → text) and what the report tells about them."""

    files: dict[str, str]
    sections: list[str]
    faq: int
    events: list[ProposedEvent]
    review: list[str]


@dataclass
class ImportReport:
    """What an import made and what needs a human look."""

    folder: Path
    written: list[Path]
    proposal: Proposal


def parse_article(text: str) -> Article:
    """Split an article into title and parts. Markdown headings (``#``) are used
    when present; otherwise a heading is a short line without a final stop that
    stands alone between blank lines and is followed by text."""
    blocks = _blocks(text)
    markdown = any(_MD_HEADING.match(block) for _, block in blocks)
    title, blocks = _title(blocks, markdown)
    levels = [len(m.group(1)) for _, b in blocks if (m := _MD_HEADING.match(b))]
    section_level = min(levels, default=2)
    parts: list[Part] = []
    current = Part(None, 1)
    for index, (line, block) in enumerate(blocks):
        heading = _heading(block, markdown, blocks[index + 1 :], in_faq=_is_faq(current))
        if heading and heading[1] == title and not current.blocks and current.heading is None:
            continue  # the title repeated as the first heading
        if heading and heading[0] <= section_level:
            parts.append(current)
            current = Part(heading[1], line)
        else:
            current.blocks.append(block.strip("\n") if markdown else _plain(block))
    parts.append(current)
    return Article(title, [p for p in parts if p.blocks or p.heading])


def _title(blocks: list[tuple[int, str]], markdown: bool) -> tuple[str, list[tuple[int, str]]]:
    """The article's title (its first line, or its first level-1 Markdown heading) and
    the blocks after it."""
    if not blocks:
        return "Untitled", []
    if not markdown:
        first = blocks[0][1].strip().split("\n")
        rest = [(blocks[0][0] + 1, "\n".join(first[1:]))] if len(first) > 1 else []
        return first[0].strip(), rest + blocks[1:]
    for index, (_, block) in enumerate(blocks):
        match = _MD_HEADING.match(block)
        if match and (len(match.group(1)) == 1 or index == 0):
            return _unemphasise(_heading_text(match)), blocks[:index] + blocks[index + 1 :]
    return "Untitled", blocks


def import_article(article: Path, content: Path, slug: str) -> ImportReport:
    """Read ``article`` and write the guide ``content/<slug>/``; never overwrites."""
    check_slug(slug)
    proposal = propose(parse_article(read_text(article)))
    written = write_guide(content / slug, proposal.files)
    return ImportReport(content / slug, written, proposal)


def propose(article: Article) -> Proposal:
    """The guide's files, and what the report says about them."""
    review: list[str] = []
    sections, faq, leftover = _split_faq(article.parts, review)
    if leftover:
        sections[-1].blocks.extend(leftover)
    files: dict[str, str] = {"guide.yaml": _guide_yaml(article.title)}
    titles, events = [], []
    for number, part in enumerate(sections, start=1):
        title = part.heading or "Introduction"
        name = f"sections/{number:02d}-{_slug(title)}.md"
        files[name] = _section_md(title, part, name, review)
        titles.append(title)
        events.extend(_events(part, title, name))
        if part.heading is None:
            review.append(f"{name}: the text before the first heading; the title 'Introduction' is a placeholder")
    events.sort(key=lambda event: event.sort_key)
    files["timeline.yaml"] = _timeline_yaml(events)
    files["faq.yaml"] = _faq_yaml(faq)
    for name in ("glossary.yaml", "people.yaml", "sources.yaml", "questions.yaml"):
        files[name] = (
            f"# Nothing of this kind is found in an article: add entries (see `studyguide new`).\n{EMPTY_LIST}\n"
        )
    if events:
        review.append(f"timeline.yaml: {len(events)} proposed events; check each date and shorten each title")
    review.append("guide.yaml: add subtitle, authors, audience and learning objectives")
    return Proposal(files, titles, len(faq), events, review)


def _blocks(text: str) -> list[tuple[int, str]]:
    """Paragraphs (runs of non-blank lines) with the line each starts on; a Markdown
    heading is its own block even without blank lines around it."""
    blocks, current, start = [], [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if _MD_HEADING.match(line) and not line.startswith("#!"):
            if current:
                blocks.append((start, "\n".join(current)))
            blocks.append((number, line))
            current = []
        elif line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, "\n".join(current)))
            current = []
    if current:
        blocks.append((start, "\n".join(current)))
    return blocks


def _heading_text(match: re.Match[str]) -> str:
    """A Markdown heading's text without its optional closing '#'s."""
    return match.group(2).rstrip().rstrip("#").rstrip()


def _heading(block: str, markdown: bool, following: list, in_faq: bool) -> tuple[int, str] | None:
    """``(level, text)`` if the block is a heading."""
    if markdown:
        match = _MD_HEADING.match(block)
        return (len(match.group(1)), _unemphasise(_heading_text(match))) if match else None
    line = block.strip()
    if "\n" in line or not following or _NUMBERED.match(line) or _BULLET.match(line):
        return None
    if len(line) > 100 or len(line.split()) > 14 or not line[0].isupper() or line[-1] in '.,;:!…"”':
        return None
    if line.endswith("?") and in_faq:
        return None  # a question of the FAQ, not a heading
    return (2, line)


def _is_faq(part: Part) -> bool:
    return bool(part.heading and _FAQ.match(part.heading.rstrip(":").strip()))


def _split_faq(parts: list[Part], review: list[str]) -> tuple[list[Part], list[tuple[str, str]], list[str]]:
    """Sections (a conclusion moved last), FAQ entries, and what followed the FAQ's
    last answer that cannot be told apart from an epilogue."""
    sections = [p for p in parts if not _is_faq(p)]
    conclusions = [p for p in sections if p.heading and _CONCLUSION.match(p.heading.rstrip(":"))]
    sections = [p for p in sections if p not in conclusions] + conclusions
    if not sections:
        sections = [Part(None, 1)]
        review.append("the article has no text besides its title and FAQ: write at least one section")
    entries: list[tuple[str, str]] = []
    leftover: list[str] = []
    unanswered: list[str] = []
    for part in (p for p in parts if _is_faq(p)):
        found, questions, rest = _faq_entries(part.blocks)
        entries.extend(found)
        unanswered.extend(questions)
        leftover.extend(rest)
    if unanswered:
        review.append(
            f"{len(unanswered)} FAQ question(s) without an answer were kept at the end of the last "
            "section: answer them in faq.yaml or delete them"
        )
    if leftover:
        review.append(
            f"{len(leftover)} paragraph(s) after the FAQ's last answer were kept at the end of the "
            f"last section, '{sections[-1].heading or 'Introduction'}': move them if they belong elsewhere"
        )
    return sections, entries, unanswered + leftover


def _faq_entries(blocks: list[str]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Questions (numbered, or ending in '?') with the blocks under them. An unindented
    paragraph after an answer may continue it or end the FAQ: it belongs to the answer
    only if another question follows."""
    entries: list[tuple[str, list[str]]] = []
    pending: list[str] = []
    for block in (unit for block in blocks for unit in _question_units(block)):
        first, _, rest = block.partition("\n")
        plain = _unemphasise(first.lstrip("# ").strip())
        if _is_question(first):
            if entries:
                entries[-1][1].extend(pending)
            pending = []
            entries.append((_NUMBERED.sub("", plain).strip(), [_answer(rest)] if rest.strip() else []))
        elif entries and (not entries[-1][1] or block[:1].isspace() or _BULLET.match(block)) and not pending:
            entries[-1][1].append(_answer(block))
        else:
            pending.append(_plain(block))
    unanswered = [question for question, answer in entries if not answer]
    return [(q, "\n\n".join(a)) for q, a in entries if a], unanswered, pending


def _is_question(line: str) -> bool:
    return bool(_NUMBERED.match(line)) or _unemphasise(line.lstrip("# ").strip()).endswith("?")


def _question_units(block: str) -> list[str]:
    """A block cut before each question line: an FAQ often has no blank line
    between an answer and the next question."""
    units: list[list[str]] = []
    for line in block.split("\n"):
        if not units or _is_question(line):
            units.append([line])
        else:
            units[-1].append(line)
    return ["\n".join(unit) for unit in units]


def _answer(block: str) -> str:
    """An answer's text: one bullet is only decoration and goes; several stay a list."""
    text = _plain(block)
    lines = text.split("\n")
    bullets = [line for line in lines if line.startswith("- ")]
    return " ".join(line.removeprefix("- ") for line in lines) if len(bullets) <= 1 else text


def _plain(block: str) -> str:
    """A plain-text paragraph as Markdown: indentation (which Markdown reads as
    code) removed, typographic bullets made list items."""
    lines = [line.strip() for line in block.split("\n")]
    return "\n".join(_BULLET.sub("- ", line) if _BULLET.match(line) else line for line in lines).strip()


def _unemphasise(text: str) -> str:
    return re.sub(r"(\*\*|__|\*|_)(.+?)\1", r"\2", text).strip()


def _slug(title: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", title.lower().replace("’", "").replace("'", "")).split()
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 40:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "section"


def _prose(part: Part) -> list[str]:
    """The part's sentences outside lists, headings, tables and code."""
    sentences = []
    for block in part.blocks:
        if block.lstrip().startswith(("#", "|", ">", "```")) or _BULLET.match(block) or _NUMBERED.match(block):
            continue
        sentences.extend(split_sentences(block))
    return sentences


def _key_points(sentences: list[str]) -> list[str]:
    points = sentences[:3] if len(sentences) >= 3 and sum(map(len, sentences[:3])) <= 450 else sentences[:2]
    if len(points) == 1:
        # One sentence: its clauses, if it has two substantial ones.
        clauses = re.split(r"(?<=[;,])\s+", points[0], maxsplit=1)
        if len(clauses) == 2 and all(len(c.split()) >= 4 for c in clauses):
            points = [clauses[0].rstrip(";,") + ".", clauses[1][:1].upper() + clauses[1][1:]]
    return points


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _guide_yaml(title: str) -> str:
    return (
        f"title: {_q(title)}\nlanguage: en\npaper: A4\n"
        "# REVIEW: add subtitle, authors, audience, description and objectives\n"
        "# (see the file `studyguide new` makes for an example of each).\n"
    )


def _section_md(title: str, part: Part, name: str, review: list[str]) -> str:
    points = _key_points(_prose(part))
    if len(points) < 2:
        review.append(
            f"{name}: the section has fewer than two sentences for key points: write them; it will not build before"
        )
    lines = ["---", f"title: {_q(title)}", REVIEW_POINTS, "summary:", *(f"  - {_q(p)}" for p in points), "---", ""]
    body = "\n\n".join(part.blocks) if part.blocks else ""
    return "\n".join(lines) + "\n" + body + "\n"


def _events(part: Part, heading: str, name: str) -> list[ProposedEvent]:
    """One proposed event per sentence naming a date, dated by its first date."""
    events = []
    heading_free = part.heading is not None and not _CONCLUSION.match(heading)
    for position, sentence in enumerate(_prose(part)):
        mentions = find_dates(sentence)
        if not mentions:
            continue
        first = mentions[0]
        date = iso(first.date) + (f"/{iso(first.until)}" if first.until else "")
        if heading_free:
            title, heading_free = heading, False  # a part's heading names its first dated event best
        else:
            title = _clause_title(sentence, first.start, first.end)
        note = f"from {name}" + ("; the sentence names more than one date" if len(mentions) > 1 else "")
        events.append(ProposedEvent((first.span.sort_key, position), date, title, sentence, note))
    return events


def _clause_title(sentence: str, start: int, end: int) -> str:
    """A short title from the sentence itself: the date and its preposition removed,
    then the first clause, at most ten words."""
    before = _LEADING_DATE.sub("", sentence[:start])
    before = re.sub(r"\b(?:in|on|by|during|from|since|until|of)\s+$", "", before, flags=re.IGNORECASE)
    text = (before + sentence[end:]).strip(" ,;")
    text = re.sub(r"(?<!\s)\s+,", ",", re.sub(r"^,\s*", "", text))  # (?<!\s): one try per run of spaces
    clause = re.split(r"[,;:]|\s[–—]\s", text)[0].strip()
    words = (clause if len(clause.split()) >= 3 else text).split()[:10]
    title = " ".join(words).rstrip(".!?,;")
    return title[:1].upper() + title[1:]


def _timeline_yaml(events: list[ProposedEvent]) -> str:
    if not events:
        return f"# No sentence of the article names a date.\n{EMPTY_LIST}\n"
    out = [
        "# REVIEW: each event was proposed from a sentence naming its date (the sentence is",
        "# the detail); check the date, shorten the title, and delete what does not belong.",
    ]
    for event in events:
        out += [
            f"- date: {_q(event.date)}  # REVIEW: {event.note}",
            f"  title: {_q(event.title)}",
            f"  detail: {_q(event.detail)}",
        ]
    return "\n".join(out) + "\n"


def _faq_yaml(entries: list[tuple[str, str]]) -> str:
    if not entries:
        return f"# The article has no FAQ part.\n{EMPTY_LIST}\n"
    out = ["# Taken from the article's FAQ; check that each answer stands on its own."]
    for question, answer in entries:
        out += [f"- question: {_q(question)}", f"  answer: {_q(answer)}"]
    return "\n".join(out) + "\n"
