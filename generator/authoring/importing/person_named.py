"""Whom a later "he" or "she" stands for.

The proposals read an article's sentences in order and keep the person the text last made
its subject: a full name becomes it, a country or a body never does (after "The Senate
confirmed Tam Orm" or "the United States appointed Tam Orm", "he" is Orm), and in a
biography "he" after what another did to its subject is the subject again.
"""

from __future__ import annotations

import re

from generator.authoring.article_parts import PERSON_WITH_TITLE, surname
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.reading import ITEM, PARAGRAPH, QUOTE, Block


def still_named(
    subject: str | None,
    last_named: str | None,
    persons: frozenset[str] = frozenset(),
    names: dict[str, str] | None = None,
) -> str | None:
    """Whom a later "he" or "she" may stand for, after a sentence whose subject is ``subject``:
    a full name becomes it, and so does a surname the text gave a person's title
    ("President Kennedy … Kennedy summoned his advisers. … On October 22, he ordered …");
    another single word that is not part of it (a surname, or a country, a city, Congress)
    leaves no one, for "he" may then be either ("Even Martin Luther had not gone so far.
    Zwingli also called for … He was killed in 1531": not Luther), unless the article
    gave one person alone that surname (``names``)."""
    if not subject:
        return last_named
    young = re.fullmatch(r"(?:Young|Old|Elder|Younger)\s+([A-Z][\w’'-]+)", subject)
    if young and names and young.group(1) in names:  # "Young Rockefeller helped his mother"
        return names[young.group(1)]
    if len(subject.split()) >= 2:
        return subject
    if subject in persons:
        return subject
    if names and subject in names:  # "Franklin loved to read": the one person of the article so called
        return names[subject]
    return last_named if last_named and subject in last_named.split() else None


def pronoun_of(blocks: list[Block]) -> str:
    """The pronoun a biography mostly uses, which is its subject's: "she" or "he"."""
    text = " ".join(block.plain for block in blocks if block.kind in (PARAGRAPH, QUOTE, ITEM))
    hers = len(re.findall(r"\b(?:she|her|hers|herself)\b", text, re.IGNORECASE))
    his = len(re.findall(r"\b(?:he|his|him|himself)\b", text, re.IGNORECASE))
    return "she" if hers > his else "he"


def of_the_family(sentence: str, last_named: str | None, biography_of: str | None, pronoun: str | None) -> str | None:
    """Whom the sentence's "she" or "he" stands for when the one last named shares the surname of
    the person the biography is about: a wife's life names her husband ("Robert Woods Bliss …
    She died in her home in January 1969"), and the pronoun of her own gender is hers."""
    if not biography_of or not last_named or not pronoun or last_named == biography_of:
        return last_named
    if surname(biography_of) not in last_named.split() or set(last_named.split()) <= set(biography_of.split()):
        return last_named  # another family's name, or the subject's own ("Randolph" in Randolph's life)
    used = re.search(r"\b(she|he)\b", sentence, re.IGNORECASE)
    return biography_of if used and used.group(1).lower() == pronoun else last_named


def acted_on(sentence: str, subject: str | None, person: str) -> bool:
    """Whether ``sentence`` names ``person`` (a biography's subject) after a subject that is
    someone else: what another did to him, after which "he" is him again."""
    name = surname(person)
    at = re.search(rf"\b{re.escape(name)}\b", sentence)
    return bool(subject and name not in subject.split() and at and sentence.find(subject) < at.start())


def another_named(sentence: str, last_named: str | None, names: dict[str, str]) -> str | None:
    """Whom a later "he" or "she" may stand for after a sentence without a named subject that
    names other people (``names``: those the text has made subjects): the one it opens with ("The life of Maria Leopoldina of Austria was …
    She married …"), else no one, for "she" may then be either."""
    others = {
        full
        for surname, full in names.items()
        if re.search(rf"\b{re.escape(surname)}\b(?![’']s\b)", sentence)  # not "President Truman’s Secretary"
        and full != last_named
        and (last_named is None or surname not in last_named.split())
    }
    if not others:
        return last_named
    verb = find_verb(sentence)
    opening = [full for full in others if full in sentence and (verb is None or sentence.index(full) < verb.start())]
    return opening[0] if len(opening) == 1 and len(others) == 1 else None


BODY_AS_SUBJECT = re.compile(  # and "Diplomatic relations were established on …, when Tam Orm presented …"
    r"\W*(?:(?:Diplomatic|Full|Normal)\s+)?relations\s+were\s+[a-z]+ed\b|\W*The\s+(?:U\.S\.\s+)?(?:Senate|House(?:\s+of\s+Representatives)?|Congress|Supreme\s+Court|Court|Assembly|"
    r"Council|Parliament|government|legislature|United\s+States)\s+(?:\w+ly\s+)?[a-z]+ed\b"
)


_TITLED = re.compile(
    r"\b(?:Minister|Ambassador|Chargé|Consul|Envoy|Secretary|President|General)\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+)"
)


def one_titled(sentence: str) -> str | None:
    """The one person the sentence names after an office ("Costa Rican Minister Felipe Molina"), or None."""
    named = {m.group(1) for m in _TITLED.finditer(sentence)}
    return named.pop() if len(named) == 1 else None


# "accepted the appointment of Aladar de Szegedy-Maszak as Hungary’s Minister": the person acted on
_ACTED_ON_NAMED = re.compile(
    r"\b(?:appointment\s+of|appointed|accredited|received|nominated|commissioned)\s+"
    r"((?:[A-Z][\w.’'-]*\s+(?:(?:de|van|von|da|del|di|du)\s+)?){1,3}[A-Z][\w’'-]+)(?=\s+as\b|[,.]|$)"
)


def one_acted_on(sentence: str) -> str | None:
    """The one person the sentence appoints, accredits or receives by full name, or None."""
    named = {m.group(1) for m in _ACTED_ON_NAMED.finditer(sentence)}
    return named.pop() if len(named) == 1 else None


def one_named(sentence: str, names: dict[str, str]) -> str | None:
    """The one person of ``names`` the sentence names by surname, or None for none or two."""
    named = {full for surname, full in names.items() if re.search(rf"\b{re.escape(surname)}\b(?![’']s\b)", sentence)}
    # "its Legation in Buenos Aires": a name after "in" is a place's
    named = {full for full in named if not re.search(rf"\b(?:in|at|from|near)\s+{re.escape(full)}\b", sentence)}
    return named.pop() if len(named) == 1 else None


def opens_on_another_name(sentence: str, last_named: str) -> bool:
    """Whether the sentence's subject names something other than ``last_named``: "The withdrawal
    of Israel … augmented Nasser’s status", not "The constitution forbade a second term"."""
    verb = find_verb(sentence)
    being = re.search(r"\s(?:is|are|was|were|has|have|had)\s", sentence)
    ends = [m.start() for m in (verb, being) if m is not None]
    subject = sentence[: min(ends)] if ends else ""
    if re.search(r",\s+(?i:he|she)\s*$", subject):
        return False  # "After relocating to Boston, Massachusetts, he became …": the places lead in
    named = re.findall(r"(?<=\s)[A-Z][\w’'-]+", subject)
    return any(word not in last_named.split() for word in named)


def titled_surnames(blocks: list[Block]) -> frozenset[str]:
    """The surnames the text gives a person's title ("President John F. Kennedy", "General Howe")."""
    return frozenset(
        match.group(2).split()[-1].removesuffix("’s").removesuffix("'s")
        for block in blocks
        for match in PERSON_WITH_TITLE.finditer(block.plain)
    )
