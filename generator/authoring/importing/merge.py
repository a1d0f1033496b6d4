"""One event per happening: the importer's proposals that name the same event, merged.

Two proposals are one event when their dates can name the same moment (here: one a part
of the other, a span and its first day, a time within a span) and their words say it is
one (:mod:`~generator.authoring.importing.same_event`), or when their titles are the same
within a year. One war under two names keeps the name told first; a span and its
outbreak or end are one entry. Of two titles for one event the one that reads as an
event is kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.authoring.importing.event_names import EVENT_KIND, title_names
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.importing.same_event import (
    ELECTION,
    PEACE,
    WAR_ENDED,
    also_known_as,
    same_event,
)
from generator.authoring.importing.told_twice import without_restatements

if TYPE_CHECKING:
    from generator.authoring.importing.event_proposal import EventProposal


def merge_duplicates(proposals: list[EventProposal]) -> list[EventProposal]:
    """One event per happening: proposals with the same date and overlapping key words
    (or the same title) are one event, named by the first that found a title."""
    kept: list[EventProposal] = []
    refined: list[EventProposal] = []  # twins that took a more precise date: each may now be one kept before
    for proposal in proposals:
        other_name = next((k for k in kept if also_known_as(k, proposal) or also_known_as(proposal, k)), None)
        if other_name is not None:  # one war under two names, each with its own years: the name told first stays
            if also_known_as(proposal, other_name):
                other_name.date, other_name.sort_key, other_name.title = (
                    proposal.date,
                    proposal.sort_key,
                    proposal.title,
                )
            continue
        twin = next(
            (
                k
                for k in kept
                if same_event(k, proposal) and (_same_time(k.date, proposal.date) or _same_title(k, proposal))
            ),
            None,
        )
        whole = next((k for k in kept if _span_and_its_stage(k, proposal)), None)
        if twin is None and whole is not None:  # "French Revolution" 1789/1799 and "Outbreak of the French Revolution"
            if "/" in proposal.date:
                whole.date, whole.sort_key, whole.detail, whole.title = (
                    proposal.date,
                    proposal.sort_key,
                    proposal.detail,
                    proposal.title,
                )
            continue
        if twin is None:
            kept.append(proposal)
            continue
        if len(proposal.date) > len(twin.date):  # the more precise date of the two, and its sentence's name
            twin.date, twin.sort_key, twin.detail = proposal.date, proposal.sort_key, proposal.detail
            # "Relations were severed when the U.S. declared war … in 1917" lends its year's words to no day: the
            # day's own deed ("Diplomatic relations were severed", February 3) keeps its title
            twin.title = (
                proposal.title
                if _two_deeds(proposal.title, twin.title) or _another_doer(proposal.title, twin.title)
                else _better_title(proposal.title, twin.title)
            )
            refined.append(twin)
        else:
            twin.title = _better_title(twin.title, proposal.title)
    kept.sort(key=lambda e: e.sort_key)
    return without_restatements(_join_refined(kept, refined))


def _join_refined(kept: list[EventProposal], refined: list[EventProposal]) -> list[EventProposal]:
    """ "Relations were established in 1824" took the day of "… established on August 4, 1824,
    when Monroe received Cañaz", which the part on recognition told before, at that day: the two
    are one. Only a twin's new day is compared again; a year it was merged at stays apart."""
    for twin in refined:
        if not any(k is twin for k in kept):
            continue
        earlier = next(
            (k for k in kept if k is not twin and k.date == twin.date and same_event(k, twin)),
            None,
        )
        if earlier is not None:
            order = [id(k) for k in kept]
            first, second = sorted((earlier, twin), key=lambda e: order.index(id(e)))
            first.title = _better_title(first.title, second.title)
            kept = [k for k in kept if k is not second]
    return kept


def _span_and_its_stage(a: EventProposal, b: EventProposal) -> bool:
    """A named event's span and its outbreak or end told at the span's first or last date are
    one entry: "French Revolution" (1789/1799) and "Outbreak of the French Revolution" (1789);
    and so are a term served and the office become on its first day."""
    span, point = (a, b) if "/" in a.date else (b, a)
    if "/" not in span.date or "/" in point.date or point.date not in span.date.split("/"):
        return False
    became = re.search(r"\sbecame\s+(?:the\s+)?(.+)$", point.title)
    served = re.search(r"\sserved\s+as\s+(?:the\s+)?(.+)$", span.title)
    if became and served and point.date == span.date.split("/")[0]:
        # "Stettinius became Secretary of State" on the first day of "… served as Secretary of State": one term
        return became.group(1).casefold() == served.group(1).casefold()
    if re.search(r"\bdeclared\s+war\b", point.title) and point.detail == span.detail:
        # "In 1899, the Orange Free State declared war upon the British and fought … during the Boer War (1899-1902)"
        return point.date == span.date.split("/")[0] and span.title.endswith("War")
    if not re.match(r"(?:Outbreak|Start|Beginning|End|Close)\s+of\s+", point.title):
        return False
    name = re.sub(r"^(?:Outbreak|Start|Beginning|End|Close)\s+of\s+(?:the\s+)?", "", point.title).casefold()
    return bool(name) and span.title.casefold().removeprefix("the ").startswith(name)


def _same_title(a: EventProposal, b: EventProposal) -> bool:
    """One title twice within a year, or at a time within the other's span, is one event:
    "Battle of the Ebro" began in July, ended in November; a war of 1739–1742 "came to an end
    in 1742". Years apart it is two: Manchuria was invaded in 1931 and again in 1945."""
    if not a.title or a.title.casefold() != b.title.casefold():
        return False
    named_years = {
        found.group(1)
        for text in (a.detail, b.detail)
        if (found := re.search(rf"{re.escape(a.title)}\s+of\s+(\d{{4}})\b", text, re.IGNORECASE))
    }
    if len(named_years) > 1:
        return False  # "the Confiscation Act of 1861" and "… of 1862": two laws of one name
    return abs(_year(a.date) - _year(b.date)) <= 1 or _within(a.date, b.date) or _within(b.date, a.date)


def _year(date: str) -> int:
    found = re.match(r"-?\d+", date)
    return int(found.group()) if found else 0


def _same_time(a: str, b: str) -> bool:
    """Whether two ISO dates can name the same moment: equal, one a prefix of the other, or a
    span of days or months within a year or month the other names ("1972" and "1972-02-21/1972-02-28")."""
    if a == b or ("/" not in a + b and (a.startswith(b) or b.startswith(a))):
        return True
    return _short_span_in(a, b) or _short_span_in(b, a) or _day_opens_days(a, b) or _day_opens_days(b, a)


def _day_opens_days(day: str, span: str) -> bool:
    """Whether ``day`` is the first day of ``span``, a few days of one month ("1968-08-20" and
    "1968-08-20/1968-08-21": an invasion told by its first day and by its two)."""
    ends = span.split("/")
    return len(day) == 10 and len(ends) == 2 and ends[0] == day and ends[1][:7] == day[:7]


def _short_span_in(point: str, span: str) -> bool:
    """Whether ``span`` is a span whose both ends fall in ``point``, a year or a month."""
    ends = span.split("/")
    return "/" not in point and len(ends) == 2 and all(end.startswith(point) and end != point for end in ends)


def _within(point: str, span: str) -> bool:
    """Whether ``point`` (a year, month or day) falls in the years of ``span`` ("1742" in "1739/1742")."""
    ends = span.split("/")
    return "/" not in point and len(ends) == 2 and _year(ends[0]) <= _year(point) <= _year(ends[1])


_MEETING_AT = re.compile(r"(?:Meeting|Conference|Summit|Congress|Talks|Council|Games)\s+in\s+[A-Z]")


_BARE_POINTER = re.compile(
    r"The\s+(?:rebellion|revolt|uprising|insurrection|war|battle|strike|riot|siege|movement|campaign)\s+[a-z]"
)


def _two_deeds(a: str, b: str) -> bool:
    """Whether two titles tell two deeds: each a clause with its verb, and no word of substance in common."""
    if not a or not b or find_verb(a) is None or find_verb(b) is None:
        return False
    words = [{w.casefold() for w in re.findall(r"[A-Za-z]{4,}", t)} - {"were", "was", "that", "with"} for t in (a, b)]
    return not words[0] & words[1]


def _another_doer(day: str, year: str) -> bool:
    """Whether a day's clause tells what its own doer did, whom the year's deed, told as a noun,
    does not name: "Iceland took over control of its foreign relations" (April 10, 1940) is not
    "German occupation of Denmark" (1940)."""
    verb = find_verb(day)
    if verb is None or find_verb(year) is not None or not re.fullmatch(r"[A-Z][a-z]+\s+[a-z]+\s+of\s+.+", year):
        return False
    doer = {w.casefold() for w in re.findall(r"[A-Z][\w’'-]+", day[: verb.start()])} - {"the"}
    return bool(doer) and not doer & {w.casefold() for w in re.findall(r"[\w’'-]+", year)}


def _better_title(a: str, b: str) -> str:
    """Of two titles of one event, one that names no event is dropped; a longer one that tells
    who did what ("Lincoln proclaimed the blockade") wins over a name it holds ("Blockade")."""
    if not a or not b:
        return a or b
    if _MEETING_AT.match(a) and not _MEETING_AT.match(b):
        return b  # "Meeting in Paris" (2015) is where "the Paris Agreement" was made: the agreement names it
    if _MEETING_AT.match(b) and not _MEETING_AT.match(a):
        return a
    if WAR_ENDED.search(a) and PEACE.search(b):
        return b  # the treaty that ended the war names the event
    if WAR_ENDED.search(b) and PEACE.search(a):
        return a
    for won, bare in ((a, b), (b, a)):  # "Harrison won the election" says more than "Presidential election"
        if re.search(r"\b(?:won|elected)\b", won) and ELECTION.fullmatch(bare.removeprefix("The ").lower()):
            return won
    for pointer, other in ((a, b), (b, a)):  # "The revolt began on …" only points to what "Major rebellion in …" names
        if _BARE_POINTER.match(pointer) and not _BARE_POINTER.match(other) and re.search(r"\s[A-Z]", other):
            return other
    # "Treaty of Guadalupe-Hidalgo was signed" tells who did what, with the whole name
    cut_name = a.split()[0] in ("Act", "Acts", "Treaty", "War") and not (re.match(r"\S+\s+of\s", a) and find_verb(a))
    if len(a.split()) > 12 or len(a.split()) == 1 or cut_name:
        return b  # "Constitution", "Act reignited the fears": a name cut short
    names = title_names(a)
    if len(names) <= 1 < len(title_names(b)) and not (names and EVENT_KIND.match(names[0][-1])):
        return b  # "Germany’s invasion of Poland" says more than "The German onslaught was launched"
    return a
