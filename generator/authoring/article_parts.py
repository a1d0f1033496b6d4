"""What an imported article proposes besides its events: the people it names, its key
terms, its learning objectives, and the language it is written in.

A person is a name with a role ("President Theodore Roosevelt") or life dates
("Karl Marx (1818–1883)"), or a heading that is a name; a term is a bold word with the
sentence that defines it, or an entry of the article's key-terms list.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from generator.authoring.importing.clauses import (
    ROLE_TITLES,
)
from generator.authoring.reading import CAPTION, FIGURE, ITEM, Block, without_credits
from generator.authoring.sentences import split_sentences

_STOP = set(
    "a an the and or but of in on at to for from by with as is was were be been are that this these those it its "
    "their his her they he she we which who whom whose what when where while after before during into over under "
    "than then also had has have not no so such there would could should may might will did do does".split()
)


# "Washington, who lost New York": a "who" after a name tells a person, whom a later "he" may stand for.
# "…, Washington, who lost New York": the person a "who" tells of; "Senator Bernie Sanders of Vermont, who …" is
# Sanders (a name of two words or more before "of"), "the Duke of Wellington, who …" still Wellington
NAMED_WHO = re.compile(
    r"\b([A-Z][\w’'-]+(\s+[A-Z][\w’'-]+)*)(?(2)(?:\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?|),\s+who\s"
)


PERSON_WITH_TITLE = re.compile(
    rf"\b({ROLE_TITLES})\s+((?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.)){{1,3}})"
)


_PERSON_WITH_DATES = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.)){1,3})\s+\((?:c\.\s*)?(\d{3,4})\s*[–-]\s*(\d{3,4})\)"
)


@dataclass
class Person:
    name: str
    role: str | None = None
    dates: str | None = None


@dataclass
class TermProposal:
    term: str
    definition: str
    from_list: bool  # given by the article's own key-terms list, not guessed from bold


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z’'-]+", text.lower()) if len(w) > 3 and w not in _STOP}


# A heading that is a person's name: not "The …", nor one set in capitals ("FROM NEUTRALITY TO ENGAGEMENT").
PERSON_HEADING = re.compile(
    # nor a box's title ("My Story", "Defining American")
    r"(?!(?:The|A|An|My|Our|Your|His|Her|Their|Its)\s|[A-Z][a-z]+ing\s)(?![^a-z]*$)(?![^’']*[’']s\s)"
    # nor a subject's ("Spanish Exploration", "China’s Dynastic Exchanges", "Ottoman Empire")
    r"(?!.*\s(?:[A-Z][a-z]*(?:tion|sion|ment|ism|ity|ance|ence|ship|ure|ics|anges|ings|dom|hood|ness|ogy|phy|acy)s?|"
    r"Empire|War|Wars|Revolution|Dynasty|Kingdom|Republic|Age|Era|Trade|Economy|Society|World|Japan|China|Europe|"
    r"Africa|America|Asia|India|Russia|Events|Issues|Resources|Posts|Terms|Questions|Notes|Sources|Readings|"
    # a textbook's box ("Insider Perspective", "Milestone")
    r"Perspectives?|Milestones?|Viewpoints?|Spotlight|Profiles?|Focus|"
    # what people did together ("East L.A. Student Walkouts", "Montgomery Bus Boycott")
    r"Walkouts?|Strikes?|Boycotts?|Marches|March|Riots?|Movements?|Protests?|Sit-ins?|Rallies|Rally)$)"
    # a nickname in quotation marks among the names: "Carolyn “Kitty” Parmely Herrick"
    r"(?:(?:[A-ZÀ-Þ][\w’'.-]+|“[A-Z][\w.-]+”)\s){1,3}[A-ZÀ-Þ][\w’'-]+(?:,?\s+(?:Jr|Sr)\.|\s+(?:II|III|IV))?"
)
# "Edward Reilly Stettinius, Jr.": the generation a name ends on, after its surname
_GENERATION = re.compile(r",?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$")


def surname(name: str) -> str:
    """The surname of a person's full name: "Stettinius" of "Edward Reilly Stettinius, Jr."."""
    return _GENERATION.sub("", name).split()[-1]


def name_in_a_title(name: str) -> str:
    """The full name as a timeline title gives it, without the comma before its generation
    (a comma a title's clause would end on): "Edward Reilly Stettinius Jr."."""
    return re.sub(r",(\s+(?:Jr|Sr)\.)$", r"\1", name)


def people(blocks: list[Block]) -> list[Person]:
    """People named with a title ("Admiral Harold R. Stark") or life dates, once each."""
    found: dict[str, Person] = {}
    for block in blocks:
        if block.kind in (FIGURE, CAPTION):
            continue
        text = without_credits(block.plain)
        for match in PERSON_WITH_TITLE.finditer(text):
            role = " ".join(match.group(1).split())
            name = match.group(2).removesuffix("’s").removesuffix("'s").rstrip(".")
            _add_person(found, Person(name, role[:1].upper() + role[1:]))
        for match in _PERSON_WITH_DATES.finditer(text):
            _add_person(found, Person(match.group(1), None, f"{match.group(2)}–{match.group(3)}"))
    return list(found.values())


def _add_person(found: dict[str, Person], person: Person) -> None:
    surname = person.name.split()[-1].casefold()
    known = found.get(surname)
    if known is None:
        found[surname] = person
        return
    if len(person.name) > len(known.name):
        known.name = person.name
    known.role = known.role or person.role
    known.dates = known.dates or person.dates


def terms(parts_blocks: list[list[Block]], key_terms: list[Block]) -> list[TermProposal]:
    """The article's own key-terms list, then bold terms of the text with the sentence
    that introduces each."""
    found: dict[str, TermProposal] = {}
    for block in key_terms:
        term, definition = _split_term(block)
        if term and definition:
            found[term.casefold()] = TermProposal(term, definition, True)
    for blocks in parts_blocks:
        for block in blocks:
            for bold in block.bold:
                key = bold.casefold()
                if key in found or not _term_like(bold, block.plain):
                    continue
                sentence = next((s for s in split_sentences(block.plain) if bold in s), block.plain)
                found[key] = TermProposal(bold, sentence, False)
    return sorted(found.values(), key=lambda t: t.term.casefold())


def _term_like(bold: str, text: str) -> bool:
    """Bold marks a term when it is a short name inside a sentence; bold at the start of a
    paragraph is a run-in heading."""
    return 0 < len(bold.split()) <= 5 and not text.startswith(bold) and not re.search(r"[.!?:;]", bold)


def _split_term(block: Block) -> tuple[str, str]:
    if block.bold and block.plain.startswith(block.bold[0]):
        return block.bold[0], block.plain[len(block.bold[0]) :].strip(" :—–-")
    match = re.match(r"^(.{2,60}?)(?:\s*[:—–]\s+|\s+-\s+)(.+)$", block.plain)
    if match:
        return match.group(1), match.group(2)
    match = re.match(r"^((?:[A-Z][\w’'-]*\s*){1,5}?)\s+((?:a|an|the|[a-z]).+)$", block.plain)
    return (match.group(1).strip(), match.group(2)) if match else ("", "")


def objectives(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The learning objectives (the list after "you will be able to:"), and the blocks
    of running text that follow them."""
    items = [b.plain.rstrip(". ") for b in blocks if b.kind == ITEM]
    rest = [b for b in blocks if b.kind != ITEM and not b.plain.rstrip().endswith(":")]
    return items, rest


# The commonest short words of each language the guide has labels for: enough to tell them apart.
_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "was", "that", "with"},
    "fr": {"le", "la", "les", "et", "des", "du", "une", "est", "dans", "qui"},
    "de": {"der", "die", "das", "und", "den", "von", "mit", "ist", "ein", "eine"},
    "es": {"el", "los", "las", "y", "del", "una", "por", "con", "que", "fue"},
}


def language_of(texts: list[str]) -> str:
    """The language an article is written in, from its commonest short words ("en" if unsure)."""
    words = Counter(w for text in texts[:200] for w in re.findall(r"[a-zäöüéèàçñ]+", text.lower()))
    scores = {code: sum(words[w] for w in common) for code, common in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > 2 * scores["en"] or best == "en" else "en"


def common_words(texts: list[str], top: int = 5) -> list[str]:
    counts = Counter(w for text in texts for w in content_words(text))
    return [w for w, _ in counts.most_common(top)]
