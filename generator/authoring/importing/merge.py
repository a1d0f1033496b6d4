"""One event per happening: the importer's proposals that name the same event, merged.

Two proposals are one event when their dates can name the same moment and their words
overlap (or their titles are the same within a year); a row of a table of dates is
matched to the sentence that tells the same event by containment of its few words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.authoring.proposals import EventProposal


def merge_duplicates(proposals: list[EventProposal]) -> list[EventProposal]:
    """One event per happening: proposals with the same date and overlapping key words
    (or the same title) are one event, named by the first that found a title."""
    kept: list[EventProposal] = []
    for proposal in proposals:
        twin = next(
            (
                k
                for k in kept
                if _same_event(k, proposal) and (_same_time(k.date, proposal.date) or _same_title(k, proposal))
            ),
            None,
        )
        if twin is None:
            kept.append(proposal)
            continue
        if len(proposal.date) > len(twin.date):  # the more precise date of the two, and its sentence's name
            twin.date, twin.sort_key, twin.detail = proposal.date, proposal.sort_key, proposal.detail
            twin.title = proposal.title or twin.title
        if not twin.title and proposal.title:
            twin.title = proposal.title
    kept.sort(key=lambda e: e.sort_key)
    return kept


def _same_title(a: EventProposal, b: EventProposal) -> bool:
    """One title twice within a year is one event: "Battle of the Ebro" began in July, ended
    in November. Years apart it is two: Manchuria was invaded in 1931 and again in 1945."""
    return bool(a.title) and a.title.casefold() == b.title.casefold() and abs(_year(a.date) - _year(b.date)) <= 1


def _year(date: str) -> int:
    found = re.match(r"-?\d+", date)
    return int(found.group()) if found else 0


def _same_time(a: str, b: str) -> bool:
    """Whether two ISO dates can name the same moment: equal, or one a prefix of the other."""
    return a == b or ("/" not in a + b and (a.startswith(b) or b.startswith(a)))


def _same_event(a: EventProposal, b: EventProposal) -> bool:
    if a.title and a.title.casefold() == b.title.casefold():
        return True
    if a.detail == b.detail:
        return False  # two dates of one sentence are two events ("In 1859 …: … on 4 June 1859")
    union = a.keywords | b.keywords
    if a.from_table or b.from_table:  # "Domains abolished" is the sentence "The government abolished the … domains"
        short = min(a.keywords, b.keywords, key=len)
        return bool(short) and len(a.keywords & b.keywords) / len(short) >= 0.5
    return bool(union) and len(a.keywords & b.keywords) / len(union) >= 0.2
