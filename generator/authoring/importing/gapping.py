"""Sentences that give one deed several dates and leave out its verb after the first:
"X granted status on May 13, Spain on June 17, and Brazil on August 1" (a doer for each
date) and "… crushed demonstrators in East Berlin in June 1953, in Hungary in 1956, and
again in Czechoslovakia in 1968" (a place for each date). Each date's title is the first
clause's, with the date's own doer or place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.prose import DateMention, find_dates

# "… crushed demonstrators in East Berlin in June 1953, in Hungary in 1956, and again in
# Czechoslovakia in 1968": one deed, a place and a date for each time.
_PLACE_GAP = re.compile(
    r"^,?\s*(?:and\s+)?(?:again\s+|then\s+|later\s+)?(?:in|at)\s+((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*)\s+(?:on|in)\s+$"
)
_FIRST_PLACE = re.compile(r"\s(in|at)\s+((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*)\s+(?:on|in)\s+$")


def _placed_gap_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of a date in a sentence of the shape of :data:`_PLACE_GAP`: the first
    clause's title with the date's own place; None for another sentence."""
    dates = find_dates(sentence, year=mention.date.year)
    first_place = _FIRST_PLACE.search(sentence[: dates[0].start]) if dates else None
    places = [_PLACE_GAP.match(sentence[dates[n - 1].end : dates[n].start]) for n in range(1, len(dates))]
    if first_place is None or not places or not all(places):
        return None
    at = next((n for n, d in enumerate(dates) if d.start == mention.start), None)
    if at is None:
        return None
    title = title_of(sentence[: dates[0].end] + ".", dates[0])
    where = f" {first_place.group(1)} {first_place.group(2)}"
    if not title.endswith(where):
        return "" if at else None
    place = first_place.group(2) if at == 0 else places[at - 1].group(1)  # type: ignore[union-attr]
    return f"{title[: -len(where)]} {first_place.group(1)} {place}"


# "invaded Libya in 1931 and Ethiopia in 1935": the name a verb's deed was done to, just before the first date.
# "fought the Battle of Orm in 1801 and the Battle of Vell in 1803": a name may hold an "of"
_OBJECT_BEFORE_DATE = re.compile(
    r"\s[a-z]+\s+(?:the\s+)?((?:[A-Z][\w’'.-]*\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w’'-]*)\s+(?:on|in)\s+$"
)


# ", Spain on June 17, and Brazil on August 1": a name and the date it did the same thing.
_GAPPED = re.compile(
    r"^,?\s*(?:\d{4}\s*,\s*)?(?:and\s+)?(?:then\s+|later\s+)?"
    # "explored the Caribbean in 1601 and then the coast of New England in 1603"
    r"((?:the\s+)?(?:(?:coast|island|city|port|mouth|valley|shores?)\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w’'.-]*\s+(?:of\s+)?)*[A-Z][\w’'-]*)(?:\s+\([A-Z]{2,6}\))?\s+(?:on|in)\s+$"  # "… Society (AASS) in 1833"
)


def gapped_clause(sentence: str, mention: DateMention) -> tuple[str, DateMention, str | None] | None:
    """A sentence whose later dates leave out the verb the first clause gives ("X granted
    status on May 13, Spain on June 17, and Brazil on August 1"): the first clause up to
    its date, that date, and the name that did the same on ``mention`` (None for the first
    date); None when the sentence is not of that shape."""
    dates = find_dates(sentence, year=mention.date.year)
    if len(dates) < 2 or not _GAPPED.match(sentence[dates[0].end : dates[1].start]):
        return None
    at = next((n for n, d in enumerate(dates) if d.start == mention.start), None)
    names = [_GAPPED.match(sentence[dates[n - 1].end : dates[n].start]) for n in range(1, (at or 0) + 1)]
    if at is None or not all(names):
        return None
    if at and not re.match(r"\s*(?:[,.;)]|and\b|$|(?:before|after)\s+[a-z]+ing\b)", sentence[mention.end :]):
        return None  # "… in 1945 and the Treaty of San Francisco in 1951 settled it": a verb of its own
    last = names[-1] if names else None
    return sentence[: dates[0].end] + ".", dates[0], last.group(1) if last else None


def gapped_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of a date in a sentence of the shape :func:`gapped_clause` reads, made by
    ``title_of`` from the first clause and given the date's own subject; None for another
    sentence."""
    offices = _office_list_title(sentence, mention, title_of)
    if offices is not None:
        return offices
    repeated = _date_list_title(sentence, mention, title_of)
    if repeated is not None:
        return repeated
    gap = gapped_clause(sentence, mention)
    if gap is None:
        first_object = _first_of_two_objects_title(sentence, mention, title_of)
        if first_object is not None:
            return first_object
        office = _next_office_title(sentence, mention, title_of)
        if office is not None:
            return office
        opened = _opening_gap_title(sentence, mention, title_of)
        if opened is not None:
            return opened
        object_gap = _object_gap_title(sentence, mention, title_of)
        if object_gap is not None:
            return object_gap
        placed = _placed_gap_title(sentence, mention, title_of)
        if placed is not None:
            return placed
        phrase = _phrase_gap_title(sentence, mention, title_of)
        return phrase if phrase is not None else _second_object_title(sentence, mention, title_of)
    head, first, name = gap
    title = title_of(head, first)
    verb = find_verb(title) if name else None
    if not name:
        return title
    first_place = _FIRST_PLACE.search(sentence[: first.start])
    where = f" {first_place.group(1)} {first_place.group(2)}" if first_place else ""
    if where and title.endswith(where):  # "held meetings in Belgrade in 1977–78, Madrid in 1980–83": a place each
        return f"{title[: -len(where)]} {first_place.group(1)} {name}"  # type: ignore[union-attr]
    done_to = _OBJECT_BEFORE_DATE.search(sentence[: first.start])
    if done_to and title.endswith(f" {done_to.group(1)}") and not title.startswith(done_to.group(1)):
        kept = title[: -len(done_to.group(1))]
        if name.startswith("the ") and kept.endswith("the "):
            kept = kept[:-4]
        return f"{kept}{name}"  # "Italy invaded Libya in 1931 and Ethiopia in 1935"
    doer = name[:1].upper() + name[1:]  # "…, the United Kingdom in 1952"
    return f"{doer} {title[verb.start() :]}" if verb and verb.start() > 0 else ""


# "was elected to the State House of Representatives in 1946, 1948, and 1950": one deed done again at each date
LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _date_list_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of a date of a bare list of dates: the list's deed, done at each
    ("elected" again is "reelected"); None for another sentence."""
    dates = find_dates(sentence, year=mention.date.year)
    at = next((n for n, d in enumerate(dates) if d.start == mention.start), None)
    if at is None:
        return None
    joined_before = at > 0 and LIST_JOINT.fullmatch(sentence[dates[at - 1].end : mention.start])
    joined_after = at + 1 < len(dates) and LIST_JOINT.fullmatch(sentence[mention.end : dates[at + 1].start])
    if not (joined_before or joined_after):
        return None
    first, last = at, at
    while first > 0 and LIST_JOINT.fullmatch(sentence[dates[first - 1].end : dates[first].start]):
        first -= 1
    while last + 1 < len(dates) and LIST_JOINT.fullmatch(sentence[dates[last].end : dates[last + 1].start]):
        last += 1
    # the sentence told with this date alone in the list's place: "In 1437, soldiers rioted …"
    text = f"{sentence[: dates[first].start]}{mention.text}{sentence[dates[last].end :]}"
    alone = DateMention(dates[first].start, dates[first].start + len(mention.text), mention.text, mention.date, None)
    title = title_of(text, alone)
    return re.sub(r"\b(was|were)\s+elected\b", r"\1 reelected", title, count=1) if joined_before else title


# "In 1969 he became military adviser to Henry Kissinger, and then Deputy Assistant to the President for
# National Security in 1971": the office become next, the verb given once
_NEXT_OFFICE = re.compile(
    r"\s(became|was\s+(?:named|appointed|elected))\s+[^,;:()]+,?\s+and\s+(?:then\s+|later\s+|eventually\s+)?"
    r"((?:[A-Z][\w’'.-]*\s+)+(?:(?:to|of|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)+)*)(?:in|on)\s+$"
)


def _next_office_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The second date's title in a sentence of the shape :data:`_NEXT_OFFICE` reads: who became
    the second office; None for another sentence."""
    dates = find_dates(sentence, year=mention.date.year)
    if len(dates) != 2 or dates[1].start != mention.start or not re.match(r"\s*[.;]|\s*$", sentence[mention.end :]):
        return None
    gap = _NEXT_OFFICE.search(sentence[: mention.start])
    if gap is None or gap.start() < dates[0].end and not sentence[: dates[0].start].strip().startswith(("In", "On")):
        return None
    first = title_of(sentence[: gap.start()] + sentence[gap.start() : mention.start].split(",")[0] + ".", dates[0])
    verb = re.search(rf"\s{gap.group(1)}\s", first)
    return f"{first[: verb.end()]}{gap.group(2).strip()}" if verb else ""


# "In 1759, the British took Quebec, and in 1760, Montreal." (or "…, and Montreal in 1760."): the first clause's
# deed done to another name at the second date.
_NAME = r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*"
_OPENING_GAP = re.compile(rf"^(.*\s[a-z]+\s+({_NAME}))\s*,?\s+and\s+(?:(?:in|on)\s+$|({_NAME})\s+(?:in|on)\s+$)")


def _opening_gap_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The second date's title in a sentence of the shape :data:`_OPENING_GAP` reads; None for another."""
    dates = find_dates(sentence, year=mention.date.year)
    if len(dates) != 2 or dates[1].start != mention.start or len(sentence[: dates[0].start].split()) > 2:
        return None
    gap = _OPENING_GAP.match(sentence[: mention.start])
    if gap is None:
        return None
    if gap.group(3):  # "…, and Montreal in 1760."
        if sentence[mention.end :].strip(" ."):
            return None
        name = gap.group(3)
    else:  # "…, and in 1760, Montreal."
        after = re.fullmatch(rf",\s+({_NAME})\s*\.?\s*", sentence[mention.end :])
        if after is None:
            return None
        name = after.group(1)
    first = gap.group(1)
    title = title_of(first + ".", dates[0])
    done_to = gap.group(2)
    if not title.endswith(f" {done_to}"):
        return ""
    return f"{title[: -len(done_to)]}{name}"


# "went on to serve as U.S. Senator from Massachusetts from 1803 to 1808, U.S. President from 1825 to 1829, and
# U.S. Representative from Massachusetts from 1831 to 1848", "served as Minister to Colombia in 1873 and Minister
# to Venezuela in 1889": an office for each span or year, the verb given once.
_OFFICE_NAME = (
    # "a member of the Congress of the Confederation": a seat in a body is an office too
    r"(?:(?:an?\s+)?member\s+of\s+)?"
    r"(?:U\.S\.\s+|the\s+|an?\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*"
    r"(?:\s+(?:from|of|to|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)?"
)
# "was appointed U.S. Minister to Sweden in 1923, and U.S. Ambassador to Argentina in 1927": offices given, too
_GIVEN_OFFICE = r"\bwas\s+(?:appointed|named|elected|made)\s+(?:as\s+)?"
_OFFICE_SPAN = re.compile(
    rf"(?:\bserved\s+as\s+|\bserve\s+as\s+|{_GIVEN_OFFICE}|,\s+(?:and\s+)?(?:then\s+)?(?:as\s+)?"
    rf"|\s+and\s+(?:then\s+)?(?:as\s+)?)({_OFFICE_NAME})"
    r"\s+(?:from\s+(\d{4})\s+(?:to|until|through)\s+\d{4}|in\s+(\d{4}))(?=[,.;]|\s+and\s|\s+(?:before|after)\s)"
)
# "served as Associate Counsel … in the Bering Sea Arbitration (1892-1893), Counsel for … (1896-97), and as
# Agent … (1912)": the same list, each office's years in brackets after it
_OFFICE_BRACKETED = re.compile(
    r"(?:\bserved\s+as\s+|\bserve\s+as\s+|,\s+(?:and\s+)?(?:as\s+)?)((?:U\.S\.\s+)?[A-Z](?:[^,;()]|(?<=\bU)\.S\.){2,90}?)"
    r"\s+\(()(\d{4})(?:\s*[–-]\s*\d{2,4})?\)"
)
_SERVED_AS = re.compile(
    r"\s(?:(?:went\s+on\s+to\s+serve|would\s+(?:also\s+|later\s+)?serve|served|serves)\s+as|"
    r"was\s+(?:appointed|named|elected|made)(?:\s+as)?)\s"
)


def in_office_list(sentence: str, mention: DateMention) -> bool:
    """Whether the date is one of a list of offices served, each with its span or year (:data:`_OFFICE_SPAN`)."""
    spans = list(_OFFICE_SPAN.finditer(sentence))
    if len(spans) < 2:
        spans = list(_OFFICE_BRACKETED.finditer(sentence))
    return (
        len(spans) >= 2
        and re.match(r"serve|was\s", spans[0].group(0).lstrip()) is not None
        and any(mention.start in (m.start(2), m.start(3)) for m in spans)
    )


def _office_list_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of a span in a sentence of the shape :data:`_OFFICE_SPAN` reads, two offices or more:
    who served, and the span's own office; None for another sentence."""
    if not in_office_list(sentence, mention):
        return None
    spans = list(_OFFICE_SPAN.finditer(sentence))
    if len(spans) < 2:
        spans = list(_OFFICE_BRACKETED.finditer(sentence))
    own = next((m for m in spans if mention.start in (m.start(2), m.start(3))), None)
    dates = find_dates(sentence, year=mention.date.year)
    if own is None or not dates:
        return None
    first = title_of(sentence[: dates[0].end] + ".", dates[0])
    served = _SERVED_AS.search(first)
    if served is None:
        return None
    said = "served as" if re.match(r"\s(?:went|would|serve)", served.group(0)) else served.group(0).strip()
    return f"{first[: served.start()]} {said} {own.group(1)}"


# "admitted to the New York bar in 1937 and to the Washington, D.C. bar in 1950": the same deed, its phrase
# after the same preposition given again for the second date
_PHRASE_GAP = re.compile(r",?\s+and\s+(to|into|at|from|with)\s+(\S.{0,60}?)\s+(?:in|on)\s+$")


def _phrase_gap_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The second date's title in a sentence of the shape :data:`_PHRASE_GAP` reads: the first
    date's title with the second phrase for the first; None for another sentence."""
    dates = find_dates(sentence, year=mention.date.year)
    if len(dates) != 2 or dates[1].start != mention.start:
        return None
    gap = _PHRASE_GAP.fullmatch(sentence[dates[0].end : mention.start])
    if gap is None:
        return None
    first = re.search(rf"\s{gap.group(1)}\s+(\S.{{0,60}}?)\s+(?:in|on)\s+$", sentence[: dates[0].start])
    title = title_of(sentence[: dates[0].end] + ".", dates[0])
    if first is None or not title.endswith(f" {first.group(1)}"):
        return None
    return f"{title[: -len(first.group(1))]}{gap.group(2)}"


def in_phrase_gap(sentence: str, before: int, mention: DateMention) -> bool:
    """Whether the text from ``before`` (the end of the date before) to ``mention`` is the second
    phrase of a gapped deed (:data:`_PHRASE_GAP`: "… in 1937 and to the Washington bar in 1950")."""
    return _PHRASE_GAP.fullmatch(sentence[before : mention.start]) is not None


# "received his bachelor’s degree …, and in 1910 his Master of Diplomacy degree from …"; "was sent to Latin America
# in 1909, and in 1912 to Paris, where …": after the second date, the verb's new object or place, the verb left out
_DATE_THEN_OBJECT = re.compile(r",?\s+and\s+(?:in|on)\s+$")
_OBJECT_AFTER = re.compile(r"\s*,?\s+((?:to|into|his|her|their|its|a|an|the)\s+[^,;]{2,80}?)\s*(?=[,.;]|$)")
_PASSIVE = re.compile(r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?[a-z]+\b")


def _object_gap_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The second date's title in a sentence whose second clause, after "and in …", gives only
    what the first clause's verb was done to or where: the first clause's doer and verb with
    it; None for another sentence."""
    dates = find_dates(sentence, year=mention.date.year)
    if len(dates) != 2 or dates[1].start != mention.start:
        return None
    if not _DATE_THEN_OBJECT.search(sentence[dates[0].end : mention.start]) or ", and" not in sentence[: mention.start]:
        return None
    phrase = _OBJECT_AFTER.match(sentence, mention.end)
    if phrase is None or find_verb(phrase.group(1)) is not None:
        return None
    cut = sentence.rfind(", and", 0, mention.start)
    title = title_of(sentence[:cut] + ".", dates[0])
    verb = find_verb(title)
    if not title or verb is None or verb.start() == 0:
        return None
    passive = _PASSIVE.match(title, verb.start())
    said = title[: passive.end() if passive else verb.end()]
    text = f"{said} {phrase.group(1)} in {mention.text}."
    at = len(text) - len(mention.text) - 1
    return title_of(text, DateMention(at, at + len(mention.text), mention.text, mention.date, mention.until)) or None


# "sent a Commercial Agent to Pago Pago in 1878, and a Consular Agent to Leone in 1879": the second object, dated
# after it, the verb left out
# ("… a commercial convention in 1867 and a treaty of peace, friendship, and commerce in 1881": a list names one)
_OBJECT_THEN_DATE = re.compile(
    r",?\s+and\s+((?:a|an|the)\s+(?:[^,;]|,\s+(?=[a-z]+,?\s+and\s)|,\s+and\s+(?=[a-z]+\s+(?:in|on)\s+$)){2,60}?)"
    r"\s+(?:in|on)\s+$"
)


# the first object right after its verb, not after a participle ("attended Harvard, earning a B.A. in 1950 and a
# Ph.D. in 1954") nor a preposition ("admitted to the Kell bar in 1939 and the Orm bar in 1940")
_VERB_THEN_OBJECT = re.compile(r"\b([a-z]{3,})\s+(?:a|an|the)\s+[^,;]{1,60}?\s+(?:in|on)\s+$")


def second_object(sentence: str, first: DateMention, mention: DateMention) -> bool:
    """Whether ``mention`` dates a second object of the verb before ``first``: "concluded a
    convention in 1867 and a treaty … in 1881"."""
    gap = _OBJECT_THEN_DATE.fullmatch(sentence[first.end : mention.start])
    if gap is None or find_verb(gap.group(1)) is not None:
        return False
    verb = _VERB_THEN_OBJECT.search(sentence[: first.start])
    return (
        verb is not None
        and VERB.fullmatch(verb.group(1)) is not None
        and not re.search(r",\s+[a-z]+ing\s+[^,;]*$", sentence[: first.start])
    )


def _first_of_two_objects_title(
    sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]
) -> str | None:
    """The first date's title in a sentence of the shape :data:`_OBJECT_THEN_DATE` reads: the
    sentence up to its own date, without the second object; None for another sentence."""
    dates = find_dates(sentence, year=mention.date.year)
    if len(dates) != 2 or dates[0].start != mention.start or not second_object(sentence, mention, dates[1]):
        return None
    return title_of(sentence[: mention.end] + ".", mention) or None


def _second_object_title(
    sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]
) -> str | None:
    """The second date's title in a sentence of the shape :data:`_OBJECT_THEN_DATE` reads: the
    first date's doer and verb, with the second object; None for another sentence."""
    dates = find_dates(sentence, year=mention.date.year)
    if len(dates) != 2 or dates[1].start != mention.start:
        return None
    gap = _OBJECT_THEN_DATE.fullmatch(sentence[dates[0].end : mention.start])
    if gap is None or find_verb(gap.group(1)) is not None:
        return None
    title = title_of(sentence[: dates[0].end] + ".", dates[0])
    verb = find_verb(title)
    if not title or verb is None or verb.start() == 0:
        return None
    first_object = title[verb.end() :].strip()
    if not re.match(r"(?:a|an|the)\s", first_object) or not re.search(
        rf"\b{re.escape(first_object)}\s+(?:in|on)\s+$", sentence[: dates[0].start]
    ):
        return None  # the first title's object is not the words the second replaces
    return f"{title[: verb.end()]} {gap.group(1)}"
