"""Whether two of the importer's proposals tell one event.

Their dates are compared by :mod:`~generator.authoring.importing.merge`; here their words
are. Two proposals are one event when their titles share a name ("Trent Affair" and "the
captain stopped the Trent"; "Canal Act" and "the Act angered the merchants"), when one is
the other's other name ("also known as", "A or the B"), when one doer, one deed or one
document is told twice, or when their key words overlap; a row of a table of dates is
matched to the sentence that tells the same event by containment of its few words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.authoring.importing.dated_list import listed_item
from generator.authoring.importing.event_names import (
    EVENT_KIND,
    NOT_A_NAME,
    dates_the_others_deed,
    named_in_other,
    same_named_kind,
    share_name,
    title_names,
)
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.importing.office_terms import one_term_told_twice
from generator.authoring.importing.told_twice import told_twice_in_parts, two_documents

if TYPE_CHECKING:
    from generator.authoring.importing.event_proposal import EventProposal


def also_known_as(a: EventProposal, b: EventProposal) -> bool:
    """Whether a sentence of either calls one title by the other's name: "King Olaf’s War
    (1744–1748), known in Europe as the War of the Sound (1740–1748)" is one war, whose
    two names may date it differently."""
    if not a.title or not b.title or " " not in a.title or " " not in b.title:
        return False
    alias = (
        rf"{re.escape(a.title)}(?:\s*\([^()]{{1,30}}\))?,?\s+(?:also\s+|later\s+|sometimes\s+)?(?:known|called)"
        rf"(?:\s+in\s+[A-Z][\w’'-]+)?\s+as\s+(?:the\s+)?{re.escape(b.title)}"
    )
    return any(re.search(alias, text, re.IGNORECASE) for text in (a.detail, b.detail))


def same_event(a: EventProposal, b: EventProposal) -> bool:
    if a.title and a.title.casefold() == b.title.casefold():
        return True
    if _independence_and_its_recognition(a, b):
        return False
    if _done_by_one_act(a, b):  # recognized "when it opened the American Embassy", and "The Embassy … was established"
        return True
    posts = listed_item(a.detail), listed_item(b.detail)
    if posts[0] and posts[1]:  # "Kanagawa (1862);", "Nagasaki (1862);": two posts of a list, two events
        return posts[0][0] == posts[1][0]
    if _war_ended_by_peace(a, b):  # even in one sentence: "The war ended four months later, when … the Treaty of Paris"
        return True
    if also_known_as(a, b) or also_known_as(
        b, a
    ):  # "the Convention of 1800, also known as the Treaty of Mortefontaine"
        return True
    if _either_name(a, b):  # "the Cádiz Constitution or the Constitution of 1812"
        return True
    if a.detail != b.detail and (
        share_name(a.title, b.title)
        or same_named_kind(a.title, b.title)
        or _one_document(a, b)
        or _same_doer(a, b)
        or _same_deed(a, b)
        or _same_actor_and_matter(a, b)
        or named_in_other(a, b)
        or named_in_other(b, a)
        or _same_deed_on(a.title, b.title)
        or _one_rising(a.title, b.title)
        or _one_making(a.title, b.title)
    ):
        return True
    if told_twice_in_parts(a, b):
        return True
    one_term = one_term_told_twice(a.title, b.title, a.date, b.date)
    if one_term is not None:  # even in one sentence: appointed, and took office that day
        return one_term
    if a.detail == b.detail:
        # two dates of one sentence are two events ("In 1859 …: … on 4 June 1859"), and so are two
        # deeds of one day; one name told twice at one date is one ("a new slave code in 1740 …,
        # the Negro Act of 1740")
        return a.date == b.date and _one_title_in_other(a.title, b.title)
    if two_documents(
        a.detail, b.detail
    ):  # "a Treaty of Amity and Commerce", "a convention governing recaptured vessels"
        return False
    if dates_the_others_deed(a, b) or dates_the_others_deed(b, a):
        return False
    if _two_bodies(a.title, b.title):
        return False
    union = a.keywords | b.keywords
    if a.from_table or b.from_table:  # "Domains abolished" is the sentence "The government abolished the … domains"
        short = min(a.keywords, b.keywords, key=len)
        return bool(short) and len(a.keywords & b.keywords) / len(short) >= 0.5
    if (not a.title or not b.title) and a.date != b.date:
        # a sentence left untitled lends its day only to a title it shares two words with: "In 1798 it moved
        # to Trenton between August 13 and 18" is "Pickering moved the Department of State to Trenton" (1798);
        # "A consulate was opened in 1869 and closed April 9, 1917" is not "The Commercial Agency in Carlsbad
        # was closed" (1917)
        titled, untitled = (a, b) if a.title else (b, a)
        if len(untitled.keywords & _words(titled.title)) < 2:
            return False
    return bool(union) and len(a.keywords & b.keywords) / len(union) >= 0.2


_BODY = re.compile(r"association|party|league|union|society|committee|organization|council|federation|club")


def _two_bodies(a: str, b: str) -> bool:
    """Whether the titles name two different bodies, which two sentences much alike may tell of in one
    year: "… formed the National Woman Suffrage Association", "… formed the American Woman Suffrage
    Association"."""
    bodies = [{tuple(run) for run in title_names(title) if _BODY.fullmatch(run[-1])} for title in (a, b)]
    return bool(bodies[0] and bodies[1]) and not bodies[0] & bodies[1]


def _one_title_in_other(a: str, b: str) -> bool:
    one, other = ({w.casefold() for w in re.findall(r"[\w’'-]+", t)} - {"the", "a", "an", "of"} for t in (a, b))
    return bool(one and other) and (one <= other or other <= one)


def _either_name(a: EventProposal, b: EventProposal) -> bool:
    """Whether the sentence gives the two titles as one thing's two names: "A or the B"."""
    if not a.title or not b.title:
        return False
    first, second = (re.escape(t.removeprefix("The ").removeprefix("the ")) for t in (a.title, b.title))
    return any(
        re.search(rf"{x},?\s+or\s+(?:the\s+)?{y}", text, re.IGNORECASE)
        for x, y in ((first, second), (second, first))
        for text in (a.detail, b.detail)
    )


def _one_document(a: EventProposal, b: EventProposal) -> bool:
    """One time and one named document or event in both titles is one event: "Ratification of
    the Constitution" and "The Constitution came into effect" (1789); "The Treaty and Covenant
    were defeated" (March 1920) and "Fall of the Treaty of Versailles" (19 March 1920)."""
    if "/" in a.date + b.date:
        return False

    def documents(title: str) -> set[tuple[str, ...]]:
        runs = [tuple(w for w in run if w not in NOT_A_NAME) for run in title_names(title)]
        return {run for run in runs if run and (EVENT_KIND.match(run[-1]) or run[-1] == "constitution")}

    return bool(documents(a.title) & documents(b.title))


WAR_ENDED = re.compile(r"\b(?:war|fighting|hostilities)\b.*\b(?:ended|officially ended)$|^End of the\b.*\bWar$", re.I)


PEACE = re.compile(r"\b(?:Treaty|Peace|Armistice)\b")


def _war_ended_by_peace(a: EventProposal, b: EventProposal) -> bool:
    """ "The war officially ended" and "Treaty of Paris" at one time are one event: the treaty ended it."""
    return bool(
        (WAR_ENDED.search(a.title) and PEACE.search(b.title)) or (WAR_ENDED.search(b.title) and PEACE.search(a.title))
    )


# A deed told as a noun or as a verb: "Invasion of Lebanon", "The Israel Defense Forces invaded Lebanon".
_DEED_STEMS = {
    "invasion": "invad",
    "invaded": "invad",
    "occupation": "occup",
    "occupied": "occup",
    "capture": "captur",
    "captured": "captur",
    "annexation": "annex",
    "annexed": "annex",
    "bombing": "bomb",
    "bombed": "bomb",
    "evacuation": "evacu",
    "evacuated": "evacu",
    "liberation": "liberat",
    "liberated": "liberat",
    "siege": "sieg",
    "besieged": "sieg",
    # a city is taken once, whatever the word for it: "Capture of Baghdad", "Hulagu Khan … destroyed Baghdad"
    "conquest": "captur",
    "conquered": "captur",
    "destruction": "captur",
    "destroyed": "captur",
    "sack": "captur",
    "sacked": "captur",
    "fall": "captur",
}


_DEED_ON = re.compile(
    rf"\b({'|'.join(_DEED_STEMS)})\s+(?:of\s+)?(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", re.IGNORECASE
)


def _same_deed_on(a: str, b: str) -> bool:
    """One deed done to one named place, told as a noun in one title and a verb in the other
    ("Invasion of Lebanon", "American invasion of Grenada" and "… invaded Lebanon"): one event
    (at one time: the merge asks that too)."""

    def deeds(title: str) -> set[tuple[str, str]]:
        found = set()
        for m in _DEED_ON.finditer(title):
            if m.group(2)[:1].isupper():
                found.add((_DEED_STEMS[m.group(1).lower()], m.group(2).split()[0].casefold()))
        return found

    if not deeds(a) & deeds(b):
        return False
    doers = [_actor(a) - set(_DEED_STEMS), _actor(b) - set(_DEED_STEMS)]
    return not (doers[0] and doers[1] and not _overlap(doers[0], doers[1]))  # "Soviet" and "German": two invasions


# "Progressive Party formed" and "Progressive Party created": one body made, told with two verbs
_MADE = re.compile(r"\b(?:formed|founded|created|established|organized|organised)\b")
_BODY_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)+[A-Z][\w’'-]*")


def _one_making(a: str, b: str) -> bool:
    """Whether both titles tell the making of one body they both name (a name of two words or more)."""
    if not (_MADE.search(a) and _MADE.search(b)):
        return False

    def made(title: str) -> set[str]:  # the body made: "X formed", "X was founded by …", "… formed the X"
        return {
            m.group(0).removeprefix("The ")
            for m in _BODY_NAME.finditer(title)
            if re.match(rf"\s+(?:was\s+|were\s+)?{_MADE.pattern}(?:$|\s+(?:in|on|at|by|as|under)\b)", title[m.end() :])
            or re.search(rf"{_MADE.pattern}\s+(?:the\s+)?$", title[: m.start()])
        }

    return any(" " in name for name in made(a) & made(b))


# "Major rebellion in Louisiana" and "The revolt began on Andry’s plantation": one rising, told by two words
_RISING = re.compile(r"\b(?i:rebellion|revolt|uprising|insurrection|rising)\b")
_LEADER = re.compile(r"([A-Z][\w’'-]+)[’']s\s+(?i:rebellion|revolt|uprising|insurrection|rising)\b")


def _one_rising(a: str, b: str) -> bool:
    """Two titles of a rising at one time, neither named for a leader the other does not name."""
    if not (_RISING.search(a) and _RISING.search(b)):
        return False
    leaders = [found.group(1) for found in (_LEADER.search(a), _LEADER.search(b)) if found]
    return all(leader in a and leader in b for leader in leaders)


def _same_doer(a: EventProposal, b: EventProposal) -> bool:
    """One named doer within one month is one event: "In March 1802 Lowe sailed to Kell on a
    mission" and "On 6 March 1802 Lowe's envoys crossed the border" (not two years alike:
    a year holds many deeds of one person); or one day and one name, whatever its case
    ("the Twelve Articles", "a program of twelve articles")."""
    if a.date == b.date and len(a.date) == 10:
        names = [" ".join(n) for n in title_names(a.title) + title_names(b.title) if len(n) > 1]
        if any(name in a.title.casefold() and name in b.title.casefold() for name in names):
            return True
    if len(a.date) < 7 or len(b.date) < 7 or a.date == b.date:
        return False
    doers = [_doer(a.title), _doer(b.title)]
    return bool(doers[0] & doers[1])


def _doer(title: str) -> set[str]:
    """The distinctive name words of a title's subject ("Lowe" of "The Lowe Mission crossed")."""
    verb = find_verb(title)
    if verb is None:
        return set()
    return {
        w
        for name in title_names(title[: verb.start()])
        for w in name
        if w not in NOT_A_NAME and not EVENT_KIND.match(w)
    }


# Deeds that befall one person once: told twice in one year, they are one event.
_ONCE = re.compile(r"\b(assassinat|abdicat|execut|coronat)\w*", re.IGNORECASE)


def _same_deed(a: EventProposal, b: EventProposal) -> bool:
    deeds = [_ONCE.search(a.title), _ONCE.search(b.title)]
    if deeds[0] and deeds[1] and deeds[0].group(1).lower() == deeds[1].group(1).lower():
        return True
    # "The United Kingdom granted India its independence" and "India achieved its independence":
    # a country becomes independent once
    free = [_INDEPENDENCE.search(a.title), _INDEPENDENCE.search(b.title)]
    named = [set(re.findall(r"\b[A-Z][\w’'-]+", t)) - {"The", "A", "An"} for t in (a.title, b.title)]
    if free[0] and free[1] and named[0] & named[1]:
        return True
    # "Presidential election" and "Election of 1824" in one year: one election, unless their kinds or places differ
    polls = [ELECTION.search(a.title), ELECTION.search(b.title)]
    if polls[0] and polls[1]:
        kinds = {(m.group(1) or "").casefold() for m in polls if m} - {""}
        places = [
            set(re.findall(r"\b[A-Z][\w’'-]+", t)) - {"The", "A", "An", "Election", "Presidential"}
            for t in (a.title, b.title)
        ]
        if len(kinds) <= 1 and not (places[0] and places[1] and not places[0] & places[1]):
            return True
    # "Das Kapital published" and "Marx published the first volume of Das Kapital": a work is published once
    works = [set(re.findall(r"(?<=\s)[A-Z][\w’'-]+", t)) for t in (a.title, b.title)]
    return bool(_PUBLISHED.search(a.title) and _PUBLISHED.search(b.title) and works[0] & works[1])


ELECTION = re.compile(
    r"\b(?:(presidential|congressional|parliamentary|midterm|general|local|state|gubernatorial|senate)\s+)?"
    r"elections?\b",
    re.IGNORECASE,
)


_PUBLISHED = re.compile(r"\b(?:published|publication)\b", re.IGNORECASE)


_INDEPENDENCE = re.compile(r"\bindependen(?:ce|t)\b", re.IGNORECASE)
_OWN_INDEPENDENCE = re.compile(
    r"\b(?:declared|proclaimed|gained|achieved|won|regained|reacquired|attained)\b[^,;]*\bindependence\b"
    r"|\b(?:became|becomes)\s+(?:an?\s+)?(?:fully\s+)?independent\b|^Independence\b"
    r"|\bindependence\b[^,;]*\b(?:was|were)\s+(?:proclaimed|declared)\b",  # "Kell’s independence was proclaimed"
    re.IGNORECASE,
)
# another state's deed toward the new one: its recognition, relations, a post or an envoy
_RECOGNITION = re.compile(
    r"\brecogni(?:[sz]|tion)\w*|\b(?:[Dd]iplomatic\s+relations|Embassy|Legation|Consulate)\b", re.IGNORECASE
)


def _independence_and_its_recognition(a: EventProposal, b: EventProposal) -> bool:
    """A country's independence and another's recognition of it, even on one day and in one
    name ("The Republic of Kell declared independence" and "Recognition of the Republic of
    Kell"): two deeds, of two doers."""
    recognitions = [bool(_RECOGNITION.search(a.title)), bool(_RECOGNITION.search(b.title))]
    if recognitions[0] == recognitions[1]:
        return False
    own = b if recognitions[0] else a
    if re.search(r"\brecogni[sz]ed\s+(?:the\s+)?(?:\w+\s+)?independence\b", own.detail):
        return False  # "had recognized the independence of Kell on …": the recognition, whatever its title
    # the independence itself, not "relations with an independent Kell"
    return bool(_OWN_INDEPENDENCE.search(own.title))


_WHEN_ACT = re.compile(r"\bwhen\s+(?P<act>[^.;]{12,})")
_EMBASSY_OPENED = re.compile(
    r"\b(?:opened|established)\s+the\s+(?:American|U\.S\.)\s+Embassy\s+(?:in|at)\s+(?P<place>[A-Z][\w’'-]+)"
)


def _done_by_one_act(a: EventProposal, b: EventProposal) -> bool:
    """Two deeds of one day that one act did: both sentences end on the same "when …" (relations
    established, and Kell recognized, "when President Orm announced the decision …"), or one was
    done "when it opened the American Embassy in Kell" and the other is that Embassy's opening."""
    if a.date != b.date or len(a.date) != 10 or a.detail == b.detail or not a.title or not b.title:
        return False
    acts = [_WHEN_ACT.search(text) for text in (a.detail, b.detail)]
    if acts[0] and acts[1] and acts[0].group("act").casefold() == acts[1].group("act").casefold():
        return True
    for act, other in ((acts[0], b), (acts[1], a)):
        opened = _EMBASSY_OPENED.search(act.group("act")) if act else None
        if opened and re.search(
            rf"\bEmbassy\s+(?:in|at)\s+{re.escape(opened.group('place'))}\b.*\b(?:established|opened)\b"
            rf"|\b(?:established|opened)\b.*\bEmbassy\s+(?:in|at)\s+{re.escape(opened.group('place'))}\b",
            other.title,
        ):
            return True
    # "recognized Guyanan independence … with the establishment of the American Embassy at Georgetown" and
    # "Diplomatic Relations and the American Embassy in Georgetown were established": one opening told twice
    return bool(_embassies_set_up(a.detail) & _embassies_set_up(b.detail))


_EMBASSY_AT = r"(?:American|U\.S\.)\s+Embassy\s+(?:in|at)\s+([A-Z][\w’'-]+)"
_EMBASSY_SET_UP = re.compile(
    rf"\b(?:opened|established)\s+the\s+{_EMBASSY_AT}|\b(?:establishment|opening)\s+of\s+the\s+{_EMBASSY_AT}"
    rf"|\b{_EMBASSY_AT}\s+(?:was|were)\s+(?:established|opened)"
)


def _embassies_set_up(sentence: str) -> set[str]:
    """The places whose American Embassy the sentence says was established or opened."""
    return {place for found in _EMBASSY_SET_UP.finditer(sentence) for place in found.groups() if place}


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w-]+", text) if len(w) > 3 and w.casefold() not in NOT_A_NAME}


def _overlap(one: set[str], other: set[str]) -> set[str]:
    """The words of ``one`` that a word of ``other`` shares a stem with ("Venezuelan" and
    "Venezuela", "disputed" and "dispute", "Kellish" and "Kell")."""
    return {w for w in one if any(_kin(w, v) for v in other)}


def _kin(one: str, other: str) -> bool:
    if len(one) >= 5 and len(other) >= 5:
        return one[:5] == other[:5]
    return one.startswith(other) or other.startswith(one)


def _actor(title: str) -> set[str]:
    """Who a title says acted: the names before its verb ("The German onslaught was
    launched" → german), or the owner of a deed's noun ("Germany’s invasion")."""
    verb = find_verb(title)
    head = title[: verb.start()] if verb else re.split(r"\s(?:of|on|in|at|against)\s", title)[0]
    return _words(" ".join(w.removesuffix("’s").removesuffix("'s") for w in re.findall(r"[A-Z][\w’'-]*", head)))


def _same_actor_and_matter(a: EventProposal, b: EventProposal) -> bool:
    """One actor told twice at one time in other words is one event: "The Venezuelan boundary
    dispute officially began" and "Venezuela disputed the British line" (1841); on one day, a
    title that names only its actor is the other's ("The German onslaught was launched" and
    "Germany’s invasion of Poland"). Two actors are two events ("Soviet invasion of Poland")."""
    actor = _overlap(_actor(a.title), _actor(b.title))
    if not actor:
        return False
    shared = _overlap(_words(a.title), _words(b.title))
    if len(shared) >= 2 and shared - _overlap(shared, actor):  # not only a name shared ("Lord Cornwallis …")
        return True
    return a.date == b.date and len(a.date) == 10 and min(len(title_names(a.title)), len(title_names(b.title))) == 1
