"""One event that a history of relations tells in two of its parts.

A country's history of relations with the United States tells a deed in its opening summary
by the year, then in an entry by the day ("relations were established" in 1903, "… signed a
treaty …, establishing diplomatic relations" on December 27, 1903); and it tells one act in
its part on recognition and again in its part on relations, with the same day and the same
people. Each pair is one event. Once the pairs are merged, two sentences are still known to retell
another's event (:func:`without_restatements`): an envoy's credentials presented the day before
they took effect, and an opening's "relations began in 1991" over that year's only recognition.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.authoring.importing.event_proposal import EventProposal


def told_twice_in_parts(a: EventProposal, b: EventProposal) -> bool:
    """Whether two proposals from two sentences are one deed told twice by a history of relations."""
    return (
        _relations_begun(a, b)
        or _relations_begun(b, a)
        or _told_again_by_day(a, b)
        or _told_again_by_day(b, a)
        or _one_act_told_twice(a, b)
        or _one_deed_of_one_day(a, b)
    )


_RELATIONS_BEGUN = re.compile(r"\brelations\b.*\b(?:established|began|opened)\b|\bestablish\w*\b.*\brelations\b", re.I)


def _relations_begun(year: EventProposal, day: EventProposal) -> bool:
    """A history of relations says in its opening that relations were established in a year, then
    tells the day: "U.S.-Ethiopian relations were established" (1903) is "… signed a treaty …,
    establishing diplomatic relations" (1903-12-27)."""
    return (
        len(year.date) == 4
        and len(day.date) > 4
        and day.date.startswith(year.date)
        and _RELATIONS_BEGUN.search(year.title) is not None
        and _RELATIONS_BEGUN.search(day.detail) is not None
    )


_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
)
# capitalised words that any two sentences of a history of relations may share without naming one act
_COMMON_CAPITALS = _MONTH_NAMES | {"United", "States", "American", "President", "Secretary", "State"}


def _one_act_told_twice(a: EventProposal, b: EventProposal) -> bool:
    """Two sentences that date one day and name the same three people, places or offices tell one
    act, as a history of relations does in its parts on recognition and on relations: "The United
    States recognized the Federation when President James Monroe received Antonio José Cañaz …" and
    "Diplomatic relations were established …, when President James Monroe received Antonio José
    Cañaz …" (both August 4, 1824). Two deeds of one day told apart share fewer names."""
    if len(a.date) != 10 or a.date != b.date or a.detail == b.detail:
        return False
    if len(_proper_words(a.detail) & _proper_words(b.detail)) < 3:
        return False
    if two_documents(a.detail, b.detail):
        return False
    # the same act is told with the same verb ("received", "signed"); "Upon the transfer of
    # sovereignty to the Iraqi Interim Government, relations were reestablished" only names
    # the act the other sentence tells ("… transferred sovereignty to the new Interim Iraqi Government")
    return bool(set(_PAST_VERB.findall(a.detail)) & set(_PAST_VERB.findall(b.detail)))


_PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
_DOCUMENT = re.compile(
    r"\b(?:a|an|the)\s+((?:[\w’'-]+\s+){0,3}?(?:treaty|convention|agreement|protocol|accord|declaration|"
    r"arrangement|memorandum|pact)\b(?:\s+(?:of|on|for|governing|regulating|concerning)\s+[\w’'-]+"
    r"(?:\s+(?:and|of)\s+[\w’'-]+)?)?)",
    re.I,
)


def two_documents(a: str, b: str) -> bool:
    """Two sentences of one day that sign differently named documents tell two acts: "signed a Treaty
    of Amity and Commerce in The Hague" and "signed a convention governing recaptured vessels in The
    Hague" (both October 8, 1782)."""
    first, second = _DOCUMENT.search(a), _DOCUMENT.search(b)
    if first is None or second is None:
        return False
    one, other = _document_words(first.group(1)), _document_words(second.group(1))
    # "the treaty" and "the new treaty" may be the Treaty of Paris: only two names with no word in common differ
    return bool(one) and bool(other) and not one & other


_NOT_A_DOCUMENT_NAME = frozenset(
    "the a an of on and for new same first second this that treaty convention agreement protocol accord "
    "declaration arrangement memorandum pact".split()
)


def _document_words(name: str) -> frozenset[str]:
    words = {w.casefold() for w in re.findall(r"[^\W\d][\w’'-]*", name) if w not in _MONTH_NAMES}
    return frozenset(words - _NOT_A_DOCUMENT_NAME)


def _proper_words(sentence: str) -> set[str]:
    """The capitalised words of a sentence after its first, without months and the words every
    sentence on the United States' relations may hold."""
    words = re.findall(r"(?<=\s)[A-Z][\w’'-]+", sentence)
    return {word for word in words if word not in _COMMON_CAPITALS}


# the stems of the deeds a history of relations tells once by year in its opening and again by day
_TOLD_AGAIN_STEMS = re.compile(r"\b(recogni|independen|protectorate|sever|invasion|invad|occup)\w*", re.I)


def _deed_stems(title: str) -> set[str]:
    return {found.group(1).lower() for found in _TOLD_AGAIN_STEMS.finditer(title)}


def _one_deed_of_one_day(a: EventProposal, b: EventProposal) -> bool:
    """Two sentences that give one day (or month) to a recognition tell it twice: "the United
    States recognized Egypt’s independence on April 26, 1922" and "Diplomatic relations were
    established on April 26, 1922, upon American recognition of Egyptian independence"."""
    if len(a.date) < 7 or a.date != b.date or a.detail == b.detail:
        return False
    # recognition only: two peoples may declare their independence on one day
    return "recogni" in _deed_stems(a.title) & _deed_stems(b.title)


def _told_again_by_day(year: EventProposal, day: EventProposal) -> bool:
    """An opening that tells a deed by its year, and a later part that tells it by its day: "Argentina
    gained independence from the Spanish" (1816) is "Buenos Ayres declared independence from Spain"
    (1816-07-09) when the two titles name one kind of deed."""
    if len(year.date) != 4 or len(day.date) <= 4 or not day.date.startswith(year.date) or year.where == day.where:
        return False
    return bool(_deed_stems(year.title) & _deed_stems(day.title))


def without_restatements(events: list[EventProposal]) -> list[EventProposal]:
    """The merged events less those a history of relations only retells: "Norland had presented his
    credentials on August 4, 1960, to take effect the following day" after "Diplomatic relations were
    established on August 5, 1960, when Norland assumed his post" (one deed, dated by the day it took
    effect); "U.S. relations with Uzbekistan began in 1991" when the one deed of 1991 that the article
    dates by its day is the United States' recognition (relations told by a day of their own were
    merged with it already)."""
    return [
        event
        for event in events
        if not _took_effect_next_day(event, events) and not _begun_by_recognition(event, events)
    ]


_TO_TAKE_EFFECT_NEXT_DAY = re.compile(
    r"\d{4},?\s+to\s+(?:take\s+effect|become\s+effective)\s+(?:on\s+)?the\s+(?:following|next)\s+day\b"
)


def _took_effect_next_day(event: EventProposal, events: list[EventProposal]) -> bool:
    if len(event.date) != 10 or not _TO_TAKE_EFFECT_NEXT_DAY.search(event.detail):
        return False
    try:
        next_day = (datetime.date.fromisoformat(event.date) + datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return False
    return any(other.date == next_day for other in events)


def _begun_by_recognition(event: EventProposal, events: list[EventProposal]) -> bool:
    if len(event.date) != 4 or not re.search(r"\brelations\b.*\bbegan\b", event.title):
        return False
    same_year = [other for other in events if other is not event and other.date[:4] == event.date]
    days = [other for other in same_year if len(other.date) == 10]
    return (
        len(days) == 1
        and len(same_year) == 1
        and "recogni" in _deed_stems(days[0].title)
        and _RELATIONS_BEGUN.search(days[0].detail) is None
    )
