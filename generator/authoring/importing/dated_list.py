"""A list of posts with their years: one event per place.

A history of relations lists the posts a country kept under a lead-in that says what they
were ("The United States established additional Consulates in Japan:" then "Kanagawa
(1862);", "Below is a list of U.S. Consulate Generals …" then "Leghorn (1794-1941)"), or in
one sentence after a colon ("… other U.S. Consulates to Portugal over time: Oporto
(1821-1966), St. Ubes (1835-?), …"), or by semicolons under a heading that names the posts
("Fuzhou (Foochow) 1844; Shanghai 1847; …"). Each place is an event: the post opened in its year,
or was kept over its span. An item that tells more than a place and its years is left to
the sentence rules.
"""

from __future__ import annotations

import re

# "Consulate Generals" is the source's own plural of "Consulate General"
_KIND = re.compile(
    r"\b(Consulates?[ -]Generals?|Consular\s+Agenc(?:y|ies)|Vice[ -]Consulates?|Consulates?|Legations?|"
    r"Embass(?:y|ies)|consular\s+posts?)\b",
    re.IGNORECASE,
)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# "Paco d’Arcos", "Leca and Matozinbos", "Reggio, Calabria"
_PLACE = (  # "Isle of Wight", "Kingston upon Hull", "St. Helen’s"
    r"[A-Z][\w’'.-]*(?:(?:\s+|,\s+|-|\s+and\s+)(?:(?:de|da|di|del|do|du|la|le|of|upon|on|the)\s+|d[’'])?"
    r"[A-Z][\w’'.-]*){0,3}"
)
_ITEM = re.compile(  # "Bizerte (Bizerta) ( 1871-1923 )", "Monatico(?)( 1871-? )": other names before the years
    rf"(?P<place>{_PLACE}(?:\s*\([^()\d]{{1,60}}\))*)\s*\(\s*(?P<first>{_YEAR})"
    rf"(?:\s*[-–]\s*(?P<last>{_YEAR}|\d\d|current|present|\?))?\s*\)"
)
_ITEM_ALONE = re.compile(rf"\s*{_ITEM.pattern}\s*[;,.]?\s*")


def post_kind(lead: str, heading: bool = False) -> str | None:
    """What the posts a lead-in introduces were, in the singular ("Consulate General"), when the
    lead-in ends in a colon or says it gives a list, or is a heading that names posts
    ("Consulates in Wales."); None otherwise."""
    if heading:
        return post_kind(f"{lead}:") if re.match(r"\W*(?:U\.S\.\s+)?[A-Z][\w ]*s\b", lead) else None
    if not (lead.rstrip().endswith(":") or re.search(r"\b(?:list|following)\b", lead, re.IGNORECASE)):
        return None
    found = _KIND.search(lead)
    if found is None:
        return None
    words = re.split(r"[ -]+", found.group(1))
    singular = [re.sub(r"(?:ies)$", "y", re.sub(r"(?<=[a-z])s$", "", w)) for w in words]
    kind = " ".join(w[:1].upper() + w[1:] for w in singular)
    return ("U.S. " if re.search(r"\bU\.S\.|\bUnited States\b", lead) else "") + kind


def listed_item(text: str) -> tuple[str, int, int | None] | None:
    """The place, first year and last year (None when open or unknown) of an item that is only
    a place and its years: "Leghorn (1794-1941)", "Kanagawa (1862);", "Florence (1823-current)"."""
    found = _ITEM_ALONE.fullmatch(text)
    return _item(found) if found else None


def items_after_colon(sentence: str) -> list[tuple[str, int, int | None]]:
    """The places of a list run into one sentence after its colon, when every part of it is a
    place and its years; [] otherwise."""
    _, colon, rest = sentence.partition(":")
    parts = re.split(r",\s+(?![^()]*\))", rest.strip().rstrip("."))
    if not colon or len(parts) < 2:
        return []
    items = [_ITEM_ALONE.fullmatch(part) for part in parts]
    return [_item(found) for found in items if found] if all(items) else []


# "Fuzhou (Foochow) 1844": a place, its other name, and the year after them, not in brackets
_BARE_ITEM = re.compile(rf"\s*(?P<place>{_PLACE}(?:\s+\([^()]{{1,30}}\))?)\s+(?P<first>{_YEAR})\s*")


def items_by_semicolons(sentence: str) -> list[tuple[str, int, int | None]]:
    """The places of a list run into one sentence by semicolons, each with its year after it
    ("Fuzhou (Foochow) 1844; Shanghai 1847; Macao 1847; …"), when every part of it is one and
    there are two or more; [] otherwise."""
    parts = sentence.strip().rstrip(".").split(";")
    items = [_BARE_ITEM.fullmatch(part) for part in parts]
    if len(parts) < 2 or not all(items):  # two: the end of a long list the sentence reader cut in pieces
        return []
    return [(found.group("place"), int(found.group("first")), None) for found in items if found]


def _item(found: re.Match[str]) -> tuple[str, int, int | None]:
    first = int(found.group("first"))
    last = found.group("last")
    place = found.group("place").replace("(?)", "").strip()  # "Monatico(?)": the source's doubt, not a name
    if last is None or not last[0].isdigit():
        return place, first, None
    end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)  # "1863-97": the century's
    return place, first, end if end > first else None


def post_title(kind: str, place: str, spanned: bool) -> str:
    """ "U.S. Consulate at Kanagawa opens" for a post told by its first year; "U.S. Consulate General
    at Leghorn" for one told by its span."""
    return f"{kind} at {place}" if spanned else f"{kind} at {place} opens"
