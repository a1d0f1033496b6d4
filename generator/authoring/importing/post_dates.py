"""A post told by the first and last dates the records give it: one event over that span.

A history of relations lists the smaller posts a country kept by what its records show,
not by a deed: "Beni Saf (Beni-Saf)-- Earliest date: October 27, 1883; Latest date: April
1904" as an item of a list, or a heading that names the place ("Kahului.") over "Earliest
Date: August 20, 1880. Latest Date: August 12, 1898." Each is the post kept over the span
(or opened at its earliest date when no latest one is extant); an item that tells deeds
instead ("A Consular Agent was appointed at Bône on July 3, 1875") is left to the sentence
rules.
"""

from __future__ import annotations

import re

from generator.authoring.prose import DateMention, find_dates

_EARLIEST = re.compile(r"\bEarliest\s+(?:extant\s+)?date\b:?", re.IGNORECASE)
_LATEST = re.compile(r"(?<!extant\s)\b(?:Latest|last)\s+(?:extant\s+)?date\b:?", re.IGNORECASE)
_NO_LATEST = re.compile(r"\bNo\s+extant\s+latest\s+date\b", re.IGNORECASE)
# "Beni Saf (Beni-Saf)--", "Goliad:", "Velasco (Freeport)": a place (or two), its other names, and a mark
_ONE_PLACE = r"[A-Z][^:()]{0,40}?(?:\s*\([^()]{1,60}\))?"
_PLACE_BEFORE = re.compile(rf"\s*(?P<place>{_ONE_PLACE}(?:\s+and\s+{_ONE_PLACE})?)\s*(?:--|[-–—:.])?\s*")
_PLACE_HEADING = re.compile(r"\s*(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s*\([^()]{1,40}\))?)\s*\.?\s*")


def dated_post(text: str, heading: str | None = None) -> tuple[str, DateMention] | None:
    """The place and span of a post that ``text`` tells by its earliest and latest dates: an item
    that opens on the place, or a paragraph that opens on the dates under a ``heading`` that is
    the place; None when the text is anything else."""
    earliest = _EARLIEST.search(text)
    if earliest is None:
        return None
    if earliest.start() == 0:
        found = _PLACE_HEADING.fullmatch(heading or "")
        place = found.group("place") if found else None
    else:
        found = _PLACE_BEFORE.fullmatch(text[: earliest.start()])
        place = found.group("place").strip() if found else None
    if not place:
        return None
    span = _span(text[earliest.end() :])
    return (place, span) if span else None


def _span(rest: str) -> DateMention | None:
    """The span from the earliest date at the start of ``rest`` to the latest date told after it."""
    latest = _LATEST.search(rest)
    first_dates = find_dates(rest[: latest.start()] if latest else rest)
    if not first_dates or first_dates[0].start > 3:
        return None
    first = first_dates[0]
    if latest is None:
        if not _NO_LATEST.search(rest) and re.search(r"\w", rest[first.end :].split(".", 1)[0]):
            return None
        return DateMention(0, 0, first.text, first.date)
    last_dates = find_dates(rest[latest.end() :])
    if not last_dates or last_dates[0].start > 3:
        return None
    return DateMention(0, 0, f"{first.text} – {last_dates[0].text}", first.date, last_dates[0].date)


# "Annaba (Bône, Hippo)--A Consular Agent was appointed …": the place an item is about, before what it tells
_ITEM_PLACE = re.compile(rf"{_ONE_PLACE}\s*--\s*(?=[A-Z])")
_RUN_TOGETHER = re.compile(r"(?:(?<=\d{4})|(?<=[a-z]{3}))\.(?=[A-Z](?:[a-z]|\s))")


# "A Consulate was established …", "The Agency closed …": a post the item tells of without saying where
_POST_UNPLACED = re.compile(
    r"\b((?:A|An|The)\s+(?:Consular\s+)?(?:Consulate(?:\s+General)?|Agency|Vice\s+Consulate|Legation))\b"
    r"(?!\s+(?:at|in|of)\b)"
)


def item_as_prose(text: str) -> str:
    """A list item about one post as the sentences it tells: the place it opens on given to the
    posts it leaves unplaced, and a space after each full stop the source ran into the next
    sentence ("Annaba (Bône, Hippo)--A Consular Agent was appointed at Bône on July 3, 1875.The
    Agency closed December 31, 1910" is "… The Agency at Annaba closed December 31, 1910")."""
    opening = _ITEM_PLACE.match(text)
    if opening is None:
        return _RUN_TOGETHER.sub(". ", text)
    place = re.sub(r"\s*\(.*$", "", opening.group(0)).strip(" -")
    rest = _RUN_TOGETHER.sub(". ", text[opening.end() :])

    def placed(found: re.Match[str]) -> str:
        sentence_on = rest[found.end() :].split(". ", 1)[0]
        return found.group(0) if place in sentence_on else f"{found.group(1)} at {place}"  # "… established at Oran"

    return _POST_UNPLACED.sub(placed, rest)


# "Augsburg, which opened on June 26, 1846, and closed on July 28, 1906": a post of a list run into
# a sentence, told by the days it opened and closed
_OPENED_AND_CLOSED = re.compile(
    # "Carlsruhe (Karlsruhe), which opened on …"; "and Mannheim on October 26, 1843, and closed on …": the source's slip
    r"\s*(?:and\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})(?:\s+\([^()]{1,40}\))?"
    r"(?:,\s+which\s+(?:was\s+)?opened\s+(?:on\s+|in\s+)?|\s+(?:on|in)\s+(?=[A-Z]))(?P<opened>[^;]*?)(?:,?\s+and\s+(?:was\s+)?closed\s+(?:on\s+|in\s+)?(?P<closed>[^;]*?))?\s*"
)


def posts_opened_and_closed(list_after_colon: str) -> list[tuple[str, DateMention]]:
    """The place and span of each post a list run into one sentence tells by the days it opened
    and closed ("Augsburg, which opened on June 26, 1846, and closed on July 28, 1906; Rhenish,
    which opened …"), when every part of the list is one and there are two or more; [] otherwise."""
    parts = list_after_colon.strip().rstrip(".").split(";")
    found = [_OPENED_AND_CLOSED.fullmatch(part) for part in parts]
    if len(parts) < 2 or not all(found):
        return []
    posts = []
    for part in found:
        assert part is not None  # every part matched
        opened = find_dates(part.group("opened"))
        closed = find_dates(part.group("closed") or "")
        if len(opened) != 1 or part.group("closed") and len(closed) != 1:
            return []
        until = closed[0].date if closed else None
        text = f"{opened[0].text} – {closed[0].text}" if closed else opened[0].text
        posts.append((part.group("place"), DateMention(0, 0, text, opened[0].date, until)))
    return posts
