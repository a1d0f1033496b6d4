"""Where, whose and under whom: what a title takes from the rest of its sentence.

A title whose sentence opens on a place takes it ("In Kell, students marched" → "Students
marched in Kell"); a year beside each of several places dates one meeting or battle at
each ("Notable meetings have occurred in Kyoto (1997), Copenhagen (2009)"); a body the
sentence names owns its deed ("the Kell Party's"); a gathering is named by its place; and
a reign is named by its only ruler.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import (
    VERB,
)
from generator.authoring.prose import DateMention
from generator.content.dates import MONTHS

# "In Connecticut, Federalist power largely collapsed in 1818": where it happened opens the sentence
_OPENING_PLACE = re.compile(
    rf"\W*(?:In|At)\s+(?:\d{{4}}\s+in\s+)?(?!(?:{'|'.join(MONTHS['en'])}|The|This|That|His|Her|Their|Its)\b)"
    r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s*,"
)


FROM_AMOUNT = re.compile(
    r"\s+from\s+(?:about\s+|nearly\s+|some\s+)?(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+thousand)"
    r"(?:\s+(?:hours|days|percent|per\s+cent|years|cents|dollars))?$"
)


def with_opening_place(title: str, sentence: str) -> str:
    place = _OPENING_PLACE.match(sentence)
    if (
        not place
        or not VERB.search(title)
        or place.group(1) in title
        or re.search(r"\s(?:in|at)\s+[A-Z]", title)  # "Riots in Panama led to …" has its place
        or len(title.split()) + len(place.group(1).split()) >= 11
        or re.search(r"[’']s?$", place.group(1))
        # "In Asia, the British East India Company, a joint stock company founded in 1600, …": where the
        # sentence is set is not where the body its apposition dates was made
        or re.search(re.escape(title.rsplit(" ", 1)[0]) + r",\s+(?:an?|the)\s", sentence)
    ):
        return title
    return f"{title} in {place.group(1)}"


ASSENTED = re.compile(
    r"^(\S.*?)\s+(?:agreed|relented|complied|responded|reacted|acquiesced|obliged)\s+and\s+"
    r"(?:(?:then|immediately|quickly|promptly|soon)\s+)?(?=[a-z]+ed\b|sent\b|took\b|gave\b|made\b|led\b|went\b)"
)


# "Notable meetings have occurred in Kyoto (1997), Copenhagen (2009), …": each year dates one meeting, at its place.
_MANY_AT_PLACES = re.compile(
    r"\b(meetings|conferences|summits|congresses|battles|sieges|talks|games|councils|armies)\b[^.;:()]{0,40}?\s(?:in|at)\s+"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+\(\d{1,4}(?:\s+(?:BCE|BC|CE|AD))?\),?\s+(?:and\s+)?)*"
    r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+\($"
)


_SINGULAR = {
    "meetings": "Meeting",
    "conferences": "Conference",
    "summits": "Summit",
    "congresses": "Congress",
    "battles": "Battle",
    "sieges": "Siege",
    "talks": "Talks",
    "games": "Games",
    "councils": "Council",
    "armies": "Battle",  # "destroying their armies at Trebia (218 BCE), Lake Trasimene (217 BCE), …"
}


def place_of_many(sentence: str, mention: DateMention) -> str:
    """ "Meeting in Kyoto" for the year in brackets after Kyoto in a list of places."""
    found = _MANY_AT_PLACES.search(sentence[: mention.start])
    if found is None or sentence[mention.end : mention.end + 1] != ")":
        return ""
    preposition = "of" if found.group(1) in ("battles", "sieges", "armies") else "in"
    return f"{_SINGULAR[found.group(1)]} {preposition} {found.group(2)}"


_BODY = re.compile(r"\bthe\s+((?:[A-Z][\w’'-]*\s+)+(?:Party|Company|Church|League|Society|Association|Movement))\b")


def with_owning_body(title: str, sentence: str) -> str:
    """ "Smith was the Liberty Party’s presidential candidate" for "… in the Liberty Party and
    was their presidential candidate": a "their" that stands for the one body the
    sentence names ("its" is most often the subject's own: "France exploded its first bomb")."""
    owner = re.search(r"\btheir\s+(?=[a-z])", title)
    bodies = {b.group(1) for b in _BODY.finditer(sentence)}
    if owner is None or len(bodies) != 1 or any(body in title for body in bodies):
        return title  # "the Company opened its first office": its own
    return f"{title[: owner.start()]}the {bodies.pop()}’s {title[owner.end() :]}"


# A heading that is a person's name ("Karl Marx"): not "The Ninety-five Theses", a thing.
# A title made of a kind of deed and its object ("Attack on England"): who did it is in the clause.
GENERIC_HEAD = re.compile(
    r"^(?:Attack|Invasion|Bombing|Occupation|Annexation|Capture|Liberation|Evacuation|Withdrawal|Blockade|"
    r"Sinking|Seizure)\s+(?:of|on|from|into)\s+"
)


# "opened a foreign ministers’ conference at Geneva in the summer of 1959", "during talks at Camp
# David in 1959": a gathering named by its place is the event its date dates, when no clause is.
_GATHERING = re.compile(
    r"\b(?:(?:a|an|the)\s+)?((?:(?!(?:during|at|in|of|and|to|with|after|before|for|on|by|from|a|an|the)\b)[\w’'-]+\s+){0,2}"
    r"(?:talks|conference|summit|negotiations|congress|convention)"
    r"\s+(?:at|in)\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)"
    r"(?=[^,;:.]{0,40}$)"
)


def gathering_at_place(sentence: str, mention: DateMention) -> str:
    """The gathering at a place the date's clause names just before the date, or ""."""
    found = _GATHERING.search(sentence[: mention.start])
    if found is None:
        return ""
    title = found.group(1)
    return title[:1].upper() + title[1:]


LASTING = re.compile(r"\b(?:War|Revolution|Rebellion|Uprising|Crisis|Reformation|Depression)$")


_RULER = re.compile(
    r"\b(?:[A-Z][^\W\d_]+\s+(?:[IVX]+)\b|(?:King|Queen|Emperor|Empress|Pope|Tsar|Czar)\s+[A-Z][^\W\d_]+(?:\s+[IVX]+\b)?)"
)


def only_ruler(sentence: str) -> str | None:
    """The one ruler a sentence names ("Philip II", "Queen Mary"), whom a "he" or "she" of the
    next sentence stands for even when he is not that sentence's subject; None if two."""
    rulers = {m.group(0) for m in _RULER.finditer(sentence)}
    return rulers.pop() if len(rulers) == 1 else None
