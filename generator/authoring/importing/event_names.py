"""The names of events in two proposals' titles, and whether they name one event.

Two titles name one event when they share a name ("Trent Affair" and "the captain stopped
the Trent"), when both end in one kind of event and open on one place or one is the other's
acronym ("Helsinki Final Act" and "Helsinki Accords"), or when a document one title names is
named in the other's title or sentence, unless there it only dates the other's deed ("After
the signing of the Peace Agreement in 2005, … established a consulate"): then it is an event
before it. :mod:`~generator.authoring.importing.same_event` weighs these with the rest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.authoring.importing.event_proposal import EventProposal

# A word that starts a title with a capital only because it starts it, or names no one thing.
NOT_A_NAME = set(
    "the a an this that these those it its in on at by of for and or but after before when while with as his her "
    "their our we he she they president congress government parliament senate house king queen army navy "
    "united states u.s. u.s great new first second".split()
)


EVENT_KIND = re.compile(
    r"^(?:acts?|affair|agreement|alliance|treaty|pact|conference|crisis|doctrine|declaration|war|battle|"
    r"proclamation|purchase|incident|massacre|convention|charter|accords?|laws?)$",
    re.I,
)


def title_names(title: str) -> list[list[str]]:
    """The runs of capitalised words of a title ("Wilkes", "Trent Affair"), lower-cased."""
    runs: list[list[str]] = []
    current: list[str] = []
    for word in re.findall(r"[\w’'.-]+", title):
        if word[:1].isupper():
            current.append(word.rstrip(".’'").casefold())
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


# A named document or meeting, "of" joined ("Declaration of Principles", "Antiballistic Missile Treaty"); not a
# law, which is passed, takes effect and is repealed, each an event of its own.
_NAMED_KIND = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+){0,4}(?:Affair|Agreement|Alliance|Treaty|Pact|Conference|Crisis|Doctrine|"
    r"Declaration|Proclamation|Purchase|Convention|Charter|Accords?)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*)*)"
)


def named_in_other(a: EventProposal, b: EventProposal) -> bool:
    """A named document or meeting of one title that the other's title or sentence names too,
    in full or by its initials ("Antiballistic Missile Treaty" and "… signed the ABM Treaty
    on May 26, 1972"; "Israeli-Palestinian Declaration of Principles" and "Signing of the
    Declaration of Principles"): one event (at one time: the merge asks that too)."""
    other = f"{b.title} {b.detail}"
    for words, core in _named_documents(a.title):
        if core.casefold() in other.casefold() and not _named_as_its_time(core, b):
            return True
        long = [w.casefold() for w in words[:-1]]
        for short in re.findall(rf"\b([A-Z]{{2,5}})\s+{re.escape(words[-1])}\b", other):
            if _acronym([short.casefold()], long):
                return True
    return False


def _named_documents(title: str) -> list[tuple[list[str], str]]:
    """The named documents and meetings of a title: each name's words, and its core without
    a qualifier of who ("Israeli-Palestinian") — two words at least."""
    found = []
    for match in _NAMED_KIND.finditer(title):
        name = re.sub(r"^(?:The|Signing|Adoption|Ratification)\s+(?:of\s+(?:the\s+)?)?", "", match.group(1))
        words = name.split()
        if len(words) < 2 or words[0].casefold() in NOT_A_NAME:
            continue
        core = re.sub(r"^[\w’'-]+-[\w’'-]+\s+", "", name)  # "Israeli-Palestinian Declaration …": who is a qualifier
        if len(core.split()) >= 2:
            found.append((words, core))
    return found


def dates_the_others_deed(a: EventProposal, b: EventProposal) -> bool:
    """Whether a document of ``a``'s title stands in ``b``'s sentence only as the time of
    ``b``'s deed ("After the signing of the Peace Agreement in 2005, … established a consulate"):
    an event before it, not the same."""
    return any(_named_as_its_time(core, b) for _, core in _named_documents(a.title))


# "After the signing of the Peace Agreement in 2005, the United States established a consulate …": the
# agreement sets the time of the deed, an event before it
_LEAD_IN_OF_TIME = re.compile(
    r"(?:^|[,;.]\s+)(?:After|Following|Since|Before|Until|Upon)\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?$"
)


def _named_as_its_time(name: str, b: EventProposal) -> bool:
    """Whether ``name`` stands in ``b``'s sentence only as the time of its deed, not in its title."""
    if name.casefold() in b.title.casefold():
        return False
    at = b.detail.casefold().find(name.casefold())
    return at >= 0 and _LEAD_IN_OF_TIME.search(b.detail[:at]) is not None


def same_named_kind(a: str, b: str) -> bool:
    """Two names of events that open on the same place or are one the other's acronym, both
    ending in a kind: "Helsinki Final Act" and "Helsinki Accords", "ABM Treaty" and
    "Antiballistic Missile Treaty" (at one time: the merge asks that too). A group ("Townshend
    Acts") and one of its members ("Townshend Revenue Act") stay two."""
    for one in title_names(a):
        for other in title_names(b):
            if not (EVENT_KIND.match(one[-1]) and EVENT_KIND.match(other[-1])) or len(one) < 2 or len(other) < 2:
                continue
            first, second = one[0], other[0]
            member = one[-1] != other[-1] and one[-1].rstrip("s") == other[-1].rstrip("s")
            if first == second and first not in NOT_A_NAME and not member:
                return True
            if one[-1] == other[-1] and (_acronym(one[:-1], other[:-1]) or _acronym(other[:-1], one[:-1])):
                return True
    return False


def _acronym(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is one word whose letters stand, in order, in the words of ``long``
    from its first letter on ("abm" in "antiballistic missile")."""
    if len(short) != 1 or len(long) < 2 or not 2 <= len(short[0]) <= 5:
        return False
    letters, joined = short[0], "".join(long)
    if joined[:1] != letters[:1]:
        return False
    at = 0
    for letter in letters:
        at = joined.find(letter, at)
        if at < 0:
            return False
        at += 1
    return all(any(word.startswith(letter) for letter in letters) for word in long)


def share_name(a: str, b: str) -> bool:
    """Whether two titles name one thing: a distinctive name ("Trent", "Tea Act") of one is
    the other's name or part of it. A kind alone ("Act") names the one event of that kind
    the other title names ("Tea Act"); an actor alone ("Britain") names none."""
    for one, other in ((a, b), (b, a)):
        for name in title_names(one):
            distinct = [w for w in name if w not in NOT_A_NAME]
            if not distinct:
                continue
            for run in title_names(other):
                if not EVENT_KIND.match(run[-1]) and not (len(distinct) == 1 and EVENT_KIND.match(distinct[0])):
                    continue  # only a named event ("Trent Affair") is told again by part of its name
                if len(distinct) == 1 and EVENT_KIND.match(distinct[0]):
                    if len(run) > 1 and run[-1] == distinct[0] and one.split()[0].casefold() == distinct[0]:
                        return True  # "Act reignited the fears" after the "Tea Act"
                    continue
                if all(w in run for w in distinct):
                    return True
    return False
