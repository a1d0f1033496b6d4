"""A textbook's back matter: quiz and review questions, reference lists, further reading.

Questions are read line by line, whatever the article's layout made of them (one
paragraph per line from Word, a single list item from pasted Markdown): a numbered
line or one ending in "?" starts a question, lettered lines are its choices, and
"Answer: c" names the right one. A multiple-choice question whose answer the text
gives is written as a real question; any other is written commented out for the
author to answer.

A reference is split the way its style writes it: author–date ("Hannoum, Abdelmajid.
2003. Title. Place: Publisher.") or author (year) title; the year is the edition's,
never one inside the title; a URL loses the full stop that ends the entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from generator.authoring.reading import CAPTION, FIGURE, Block

REVIEW = "# REVIEW"
_NUMBER = re.compile(r"^\s*(?:\d{1,3}[.)]|Q\d*[:.])\s*")
_CHOICE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\(?([a-hA-H])[.)])\s+(.+)$")
_ANSWER = re.compile(r"^\s*(?:correct\s+)?answers?\s*[:.-]\s*\(?([a-hA-H])\)?(?:[.)]|\s|$)(.*)$", re.IGNORECASE)
_MODEL_ANSWER = re.compile(r"^\s*(?:model\s+)?answers?\s*[:.-]\s*(.+)$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_YEAR = r"(1[5-9]\d\d|20\d\d)[a-z]?"


@dataclass
class Question:
    """One question of the article: its text, its choices, its answer where given."""

    text: str
    line: int
    choices: list[str] = field(default_factory=list)
    answer: str = ""
    notes: list[str] = field(default_factory=list)  # text under it that is neither a choice nor an answer


def questions(blocks: list[Block], leftover: list[str]) -> list[Question]:
    """The questions of a quiz, review or exercise part; text before the first question
    goes to ``leftover`` so that nothing of the article is lost."""
    found: list[Question] = []
    for block in blocks:
        if block.link_texts and " ".join(block.link_texts) == block.plain.strip():
            continue
        for offset, raw in enumerate(block.markdown.split("\n")):
            raw = re.sub(r"^\s*#{1,6}\s+", "", raw)
            line = re.sub(r"^\s*[-*+]\s+", "", _inline_plain(raw)).strip()
            if not line:
                continue
            choice, answer = _CHOICE.match(line), _ANSWER.match(line)
            if found and answer and found[-1].choices:
                found[-1].answer = _chosen(found[-1], answer.group(1))
            elif found and choice and not line.endswith("?"):
                found[-1].choices.append(choice.group(2).strip())
            elif _NUMBER.match(raw.lstrip("-*+ ")) or line.endswith("?") or block.kind == "item" and "?" in line:
                found.append(Question(_NUMBER.sub("", line), block.line + offset))
            elif found and _MODEL_ANSWER.match(line):
                found[-1].answer = _MODEL_ANSWER.match(line).group(1)  # type: ignore[union-attr]
            elif found:
                found[-1].notes.append(line)
            else:
                leftover.append(block.markdown)
                break
    return found


def _chosen(question: Question, letter: str) -> str:
    index = ord(letter.lower()) - ord("a")
    return question.choices[index] if 0 <= index < len(question.choices) else ""


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def yaml_entries(rows: list[dict[str, str | None]]) -> list[str]:
    """YAML list entries, one per row, each key with a value (quoted) on its own line."""
    out = []
    for row in rows:
        keys = [(k, v) for k, v in row.items() if v]
        out += [
            f"{'-' if n == 0 else ' '} {k}: {v if k == 'year' and v.isdigit() else _q(v)}"
            for n, (k, v) in enumerate(keys)
        ]
    return out


def questions_yaml(entries: list[Question]) -> str:
    """``questions.yaml``: answered multiple-choice questions as they are, the rest commented out."""
    if not entries:
        return "# The article has no review questions.\n[]  # nothing of this kind found in the article\n"
    out = [f"{REVIEW}: the article's questions. Multiple-choice questions whose answer the article gives are"]
    out.append("# kept; the others are commented out: write the answer, then uncomment each.")
    kept = 0
    for entry in entries:
        if len(entry.choices) >= 2 and entry.answer:
            kept += 1
            out += ["- type: multiple-choice", f"  question: {_q(entry.text)}", "  choices:"]
            out += [f"    - {_q(c)}" for c in entry.choices[:8]] + [f"  answer: {_q(entry.answer)}"]
        elif len(entry.choices) >= 2:
            out += ["# - type: multiple-choice", f"#   question: {_q(entry.text)}", "#   choices:"]
            out += [f"#     - {_q(c)}" for c in entry.choices[:8]]
            out.append('#   answer: ""  # copy the right choice here')
        else:
            answer = entry.answer or " ".join(entry.notes)
            out += ["# - type: short-answer", f"#   question: {_q(entry.text)}", f"#   answer: {_q(answer)}"]
    if not kept:
        out.append("[]")
    return "\n".join(out) + "\n"


@dataclass
class Reference:
    """One entry of a reference list or a further-reading link."""

    author: str
    title: str
    year: str | None = None
    publisher: str | None = None
    url: str | None = None
    line: int = 0


def references(blocks: list[Block]) -> list[Reference]:
    """The entries of a reference list, once each, split into their parts."""
    found: list[Reference] = []
    seen: set[str] = set()
    for block in blocks:
        if block.kind in (FIGURE, CAPTION):
            continue
        for offset, line in enumerate(block.markdown.split("\n")):
            entry = _reference(_plain(line), line, block.line + offset)
            key = (entry.author + entry.title).casefold() if entry else ""
            if entry and key not in seen:
                seen.add(key)
                found.append(entry)
    return found


def _plain(line: str) -> str:
    """A reference line's text: list marks, emphasis and link brackets removed, addresses kept."""
    line = re.sub(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+", "", line)
    return " ".join(_inline_plain(re.sub(r"\[([^\]]*)\]\(([^)\s]+)\)", r"\1 \2", line)).split())


def _inline_plain(line: str) -> str:
    """A line without emphasis marks and with link texts for links."""
    line = re.sub(r"\[([^\]]*)\]\([^)\s]+\)", r"\1", line)
    return re.sub(r"(?<!\w)[*_]+(?=\S)|(?<=\S)[*_]+(?!\w)|`", "", line)


def _reference(text: str, markdown: str, line: int) -> Reference | None:
    if len(text) < 10:
        return None
    urls = _URL.findall(text) or _URL.findall(markdown)
    url = urls[0].rstrip(".,;:") if urls else None
    body = re.sub(r"\s*\(\s*\)", "", _URL.sub("", text)).strip(" .")  # "Thailand (https://…)": the title
    edited = _EDITED_WORK.match(body)
    if edited:  # "Treaties …, edited by Hunter Miller (Washington: US GPO, 1933), vol. 3": the editor, then the book
        publisher = (edited.group("publisher") or "").strip(" ,") or None
        editor, title = edited.group("editor").strip(" ,"), edited.group("title")
        return Reference(editor, title, edited.group(4), publisher, url, line)
    # Author–date: "Author, First. 2003. Title. Place: Publisher." or "Author (2003). Title."
    match = re.match(rf"^(?P<author>.+?)[.,]?\s+\(?{_YEAR}(?:\s*\[[^\]]*\])?\)?[.,]\s+(?P<rest>.+)$", body)
    if match and len(match.group("author")) < 200:
        author, year, rest = match.group("author"), match.group(2), match.group("rest")
    else:  # Author. Title. Place: Publisher, 2003.
        parts = re.split(r"(?<=[a-z]{2})\.\s+", body, maxsplit=1)
        author, rest = (parts[0], parts[1]) if len(parts) == 2 else ("", body)
        years = re.findall(rf"\b{_YEAR}\b", rest)
        year = years[-1] if years else None  # the edition's year comes last in this style
    title, publisher = _title_and_publisher(rest)
    if not title:
        return None
    # a web page's site says who published it: "Department of State Country Information: Thailand (https://www.state.gov/…)"
    return Reference(author.strip(" .,") or (_site(url) if url else "Unknown"), title, year, publisher, url, line)


# A government's compilation: "Title, Compiled under the direction of Charles I. Bevans, (DOS, 1974), vol. 11",
# "Title, Compiled by the Federal Research Division … and edited by Barbara Leitch LePoer (1989)"
_EDITED_WORK = re.compile(
    r"^(?P<title>[^,]+(?:,\s+\d{4}[-–]\d{4})?),\s+(?:[^()]*?\s)?(?i:edited|compiled|translated)\s+"
    r"(?:by|under\s+the\s+direction\s+of)\s+(?P<editor>[A-Z][^()]*?),?\s*"
    rf"\((?:(?P<publisher>[^()]*?),?\s+)?{_YEAR}\)"
)


def _title_and_publisher(rest: str) -> tuple[str, str | None]:
    quoted = re.match(r'^[“"](.+?)[.,]?[”"]\s*(.*)$', rest)
    if quoted:
        return quoted.group(1).strip(), None  # an article's title; what follows is the journal
    # The title runs to the first full stop that ends a word of two letters or more
    # (so "W. E. B. Du Bois" stays whole), the publisher is "Place: Publisher".
    pieces = re.split(r"(?<=[\w)\]]{2})\.\s+", rest)
    title = pieces[0].strip(" .")
    publisher = next((p.strip(" .") for p in pieces[1:] if re.match(r"^[A-Z][\w .,'-]*:\s*\S", p)), None)
    if publisher:
        publisher = re.sub(r",?\s*\b(1[5-9]\d\d|20\d\d)\b.*$", "", publisher).strip(" .,")
    return title, publisher


def further_reading(blocks: list[Block]) -> list[Reference]:
    """Sources from a "Further research" part or links: each web address with the
    sentence (or link text) that says what is there."""
    found: list[Reference] = []
    for block in blocks:
        for url in dict.fromkeys(u.rstrip(".,;:") for u in _URL.findall(block.markdown)):
            link = re.search(r"\[([^\]]+)\]\(" + re.escape(url), block.markdown)
            title = link.group(1) if link else _sentence_before(block.plain, url)
            found.append(Reference(_site(url), title, None, None, url, block.line))
    return found


def _sentence_before(text: str, url: str) -> str:
    before = text.split(url)[0].strip(" :")
    sentences = re.split(r"(?<=[.!?])\s+", before)
    return (sentences[-1] if sentences and sentences[-1] else url).strip(" :.")[:200]


def _site(url: str) -> str:
    host = re.sub(r"^https?://(?:www\.)?", "", url).split("/")[0]
    return host or url


def sources_yaml(entries: list[Reference]) -> str:
    """``sources.yaml`` from the references and further-reading links."""
    if not entries:
        return "# The article has no bibliography.\n[]  # nothing of this kind found in the article\n"
    out = [f"{REVIEW}: the article's references and links, split into author, title, year and publisher."]
    out += yaml_entries(
        [
            {"author": r.author, "title": r.title, "year": (r.year or "")[:4], "publisher": r.publisher, "url": r.url}
            for r in entries
        ]
    )
    return "\n".join(out) + "\n"
