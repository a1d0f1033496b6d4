"""Which dates of a sentence are events' own: not a date that bounds a state of affairs ("by
1939"), dates a picture or a paper ("a 1963 stamp", "the Leeds Mercury of May 3, 1811"), a
citation or life dates in brackets, a rule a document lays down ("12 December is to be …"),
nor a later date of the same clause; a span ("between 1911 and 1915", "From 1618 to 1648")
is one date."""

from __future__ import annotations

import datetime
import re

from generator.authoring.importing.clauses import (
    BOUNDING_NAME,
    PICTURE_YEAR,
    PUBLICATION,
    bracketed_date_counts,
    dates_the_event_before,
    own_clause,
    year_spans,
)
from generator.authoring.importing.event_phrases import NAMED_EVENT
from generator.authoring.importing.gapping import gapped_clause, in_office_list, in_phrase_gap, second_object
from generator.authoring.importing.title_words import MADE_IN
from generator.authoring.prose import DateMention, find_dates

# "After January 1940 …", "By 1939 …": a date that bounds a state of affairs, not an event's date.
_BOUNDING = re.compile(
    r"\b(?:after|before|since|by|until|till|prior to|as late as|as early as|up to|into|from|from \d{4} to|following|"
    r"in the wake of)\s+(?:the\s+)?"
    r"(?:(?:early|late|mid|end of|spring of|summer of|autumn of|fall of|winter of)\s*-?\s*)?$",
    re.I,
)


_LINES = r"(?:lines?|borders?|boundar(?:y|ies)|frontiers?)"
_LINE_OF = re.compile(rf"\b{_LINES}\s+of\s+[“\"‘']?$", re.I)
_LINE_AFTER = re.compile(rf"[”\"’']?\s+(?:(?:armistice|ceasefire|cease-fire|truce)\s+)?{_LINES}\b", re.I)


# "By August 24, …, Mazowiecki became Prime Minister": a day a chronicle reaches, told in the
# simple past, is the day of what it tells ("By 1939, Japan had …" still bounds).
_BY_THE_DAY = re.compile(r"\W*(?:And\s+|But\s+)?By\s+$")


# "By 1776 he was elected to the State Assembly": a choosing is done on a day, which the year holds
_ELECTED_BY_THEN = re.compile(
    r",?\s+(?:he|she|they|(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?:was|were)\s+(?:elected|appointed|named|chosen)\b"
)


# "the 1872 Foreign Relations volume", "the 1894 volume": the year a volume or a report covers, not an event
_VOLUME_OF_YEAR = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:volumes?|edition|report|yearbook|census)\b")


_NAMES_BRACKETED = re.compile(r"\)\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+\(")


# "served until March 3, 1809": the day a term of office ended, an event of its own ("until 1809" only bounds)
_SERVED_UNTIL_THE_DAY = re.compile(
    r"\b(?:served|remained\s+in\s+(?:that|the|this|his|her)\s+(?:position|post|office))\s+until\s+$"
)
# "did not meet in the building until 1780": the first time it did, an event
_NOT_UNTIL_THEN = re.compile(
    r"\b(?:(?:did|could)\s+not\s+[a-z]+\b[^,;]{0,60}?|(?:was|were)\s+not\s+[a-z]+ed(?:,\s+however,)?)\s+until\s+$"
)


# "trade with China began as early as 1784": the start is the event, and this is its date.
_STARTED_AS_EARLY_AS = re.compile(r"\b(?:began|started|opened|appeared|arrived|was founded)\s+as early as\s+$")


def bounds(sentence: str, mention: DateMention) -> bool:
    """Whether a date only bounds what the sentence tells ("if the Acts were not repealed
    before September 10, 1775", "by 1939"): no event of that date, nor the time the text is at."""
    return bool(_BOUNDING.search(sentence[: mention.start]))


# The years that end a written work's title: "published The Influence of Sea Power upon History, 1660–1783",
# "completed a supplementary volume, The Influence of … Empire, 1793–1812".
_TITLE_WORD = r"(?:[A-Z][\w’'-]*|of|upon|on|and|the|in|to|for|a|an)"
_WORK_TITLE_BEFORE = re.compile(
    r"\b(?:published|wrote|written|completed|authored|volume|book|pamphlet|study|entitled|titled)\b,?\s+"
    r"(?:[^,.;]{0,40},\s+)?(?:The|A|An)\s+" + _TITLE_WORD + r"(?:\s+" + _TITLE_WORD + r"){1,12},\s+$"
)


def in_work_title(sentence: str, mention: DateMention) -> bool:
    """Whether the date ends the title of a book or study the sentence names (its years, no event)."""
    return _WORK_TITLE_BEFORE.search(sentence[: mention.start]) is not None


# the line that names a quotation's source after it: "… to me. —Abram Colby testimony, …, 1872"
_ATTRIBUTION = re.compile(r"[.!?”\"’]\s*(?:—|–|--)\s*[A-Z][^.!?—]*$")


def event_dates(sentence: str, link_texts: list[str], year: int | None, language: str) -> list[DateMention]:
    """The dates of a sentence that are events' own: the first, and each later one that
    starts a clause of its own ("… on 4 June 1859 and at Solferino on 24 June 1859")."""
    kept: list[DateMention] = []
    for mention in year_spans(sentence, find_dates(sentence, year=year, language=language)):
        if any(mention.text in link for link in link_texts if link in sentence):
            continue  # a date inside a link's text names the linked page
        if _SUBJECT_DATED.match(sentence[: mention.start]) and re.match(
            r",?\s+(?:was|were|had\s+been)\s+[a-z]+ed\b[^;]*?\d{4}", sentence[mention.end :]
        ):
            continue  # "The treaty signed in 1886 was terminated on July 28, 1920": the year names which treaty
        if _ATTRIBUTION.search(sentence[: mention.start]) and re.match(r"\W*$", sentence[mention.end :]):
            continue  # "… of much use to me. —Abram Colby testimony, Joint Select Committee Report, 1872": a source
        if PICTURE_YEAR.match(sentence[mention.end :]):
            continue  # "a 1963 stamp" dates the stamp, not the event
        if (
            _VOLUME_OF_YEAR.match(sentence[mention.end :])
            and re.search(r"\b(?i:the)\s+$", sentence[: mention.start])
            and any(other.date.day for other in find_dates(sentence) if other.start != mention.start)
        ):
            continue  # "The 1872 Foreign Relations volume was published on January 8, 1873": the year a volume covers
        if re.match(r"\s+(?:dollars|pounds|francs|prices)\b", sentence[mention.end :]):
            continue  # "a fine of $5,000 in 1790 dollars": money's worth, not an event
        if re.search(r"\bbetween\s+$", sentence[: mention.start], re.I) and re.match(
            r"\s+and\s+(?:[A-Z][a-z]+\s+)?\d", sentence[mention.end :]
        ):
            continue  # "Between June 5 and June 10": the range is read from its end
        if (
            mention.date.day is None
            and not re.search(r"\d", mention.text)
            and re.search(r"\b(?:in|from)\s+$", sentence[: mention.start], re.I)
            and re.match(r"\s+(?:and|to|through|until)\s+[A-Z][a-z]+,?\s+(?:of\s+)?\d{4}", sentence[mention.end :])
        ):
            continue  # "in June and July 1776": one span of months, read from its end
        if _LINE_OF.search(sentence[: mention.start]) or _LINE_AFTER.match(sentence[mention.end :]):
            continue  # "withdraw to the line of June 4, 1967", "the 1949 armistice lines": a place, not an event
        if re.search(
            r"\b(?:would|could|might|should)\s+have\s+(?:been\s+)?[a-z]+\s+(?:in|on|by)\s+$", sentence[: mention.start]
        ):
            continue  # "wages at the level that would have been paid in 1346": a measure, not an event
        if re.search(
            r"(?:\$\s?[\d,.]+|\b[\d,.]+)\s*(?:million|billion|thousand|percent|%|tons|people|workers)?\s+(?:in|by)\s+$",
            sentence[: mention.start],
        ) and re.search(
            r"\b(?:from|to|of|about|only|over|nearly|some)\s+(?:\$\s?)?[\d,.]+[^.;]{0,30}$", sentence[: mention.start]
        ):
            continue  # "exports … from $234 million in 1865 to $605 million in 1875": an amount measured, not an event
        if re.match(
            r"\s+(?:[a-z]+\s+){0,2}(?:cartoon|painting|photograph|poster|engraving|lithograph|illustration|mural|film|movie)s?\b",
            sentence[mention.end :],
        ):
            continue  # "a view captured in the 1856 political cartoon …", "the silent 1920 horror film …"
        if re.match(r"\s*(?:is|are)\s+to\s+be\b|\s*(?:shall|will)\s+be\b", sentence[mention.end :]):
            continue  # "12 December is to be dedicated to …": a rule a document lays down, not an event
        bounded = (
            _BOUNDING.search(sentence[: mention.start])
            and not (
                _STARTED_AS_EARLY_AS.search(sentence[: mention.start])
                or (
                    mention.until
                    and re.search(r"\bfrom\s+(?:(?:early|late|mid)(?:\s+|-))?$", sentence[: mention.start], re.I)
                )  # "From 1618 to 1648"
                or (mention.date.year < 0 and re.search(r"\b(?i:by)\s+(?:\w+\s+)?$", sentence[: mention.start]))
                or re.match(
                    r",\s+when\s+(?!it\b)", sentence[mention.end :]
                )  # "escalated until 1303, when Philip sent …"
                or _BY_THE_DAY.match(sentence[: mention.start])
                and mention.date.day is not None
                and not re.search(r"\bhad\b", sentence[mention.end :])
                or _NOT_UNTIL_THEN.search(sentence[: mention.start])
                and not re.match(r"\s+of\s+(?:the|that|this)\b", sentence[mention.end :])  # "January of the next year"
                or _SERVED_UNTIL_THE_DAY.search(sentence[: mention.start])
                and mention.date.day is not None
                or _BY_THE_DAY.match(sentence[: mention.start])
                and _ELECTED_BY_THEN.match(sentence[mention.end :]) is not None
                # "…, and by late November booked passage back to France": a deed done by then, its subject the clause
                # before's
                or re.search(r"\band\s+by\s+(?:(?:early|late|mid)(?:\s+|-))?$", sentence[: mention.start]) is not None
                and re.match(r"\s+(?:\w+ly\s+)?[a-z]+ed\b", sentence[mention.end :]) is not None
            )
        )
        if bounded or PUBLICATION.search(sentence[: mention.start]):
            continue  # "by 1939 …"; "The Leeds Mercury of May 3, 1811" dates a paper, not an event
        if BOUNDING_NAME.search(sentence[: mention.start]):
            continue  # "from before the War of 1812, …": a named event that bounds a state of affairs
        if not re.search(r"\d{3}", mention.text) and re.search(
            r"\bhad\s+\w+\s+(?:in|on)\s+$", sentence[: mention.start]
        ):
            continue  # "a battle that had begun in December": an earlier year than the context's
        if re.search(r"\b(?:rematch|replay|repeat|anniversary)\s+of\s+(?:the\s+)?$", sentence[: mention.start], re.I):
            continue  # "In a rematch of the 1888 election, the Democrats again nominated …": an earlier event's year
        if kept and _DOCUMENT_DATED.search(sentence[: mention.start]):
            continue  # "presented … with a letter from President Grant dated March 16, 1871": the letter's day
        if kept and mention.date.day and _DOCUMENT_OF_DAY.search(sentence[: mention.start]):
            continue  # "signed on June 7, 1854 the Declaration of Accession to the Convention …, of June 16, 1852": its name
        if kept and _TAKES_EFFECT_NEXT_DAY.match(sentence[mention.end :]) and _day_before(mention, kept[-1]):
            continue  # "established on August 3, 1960, when … presented credentials, August 2, 1960, to take effect the
            # following day": one deed, dated by the day it took effect
        if kept and re.search(r"\b[A-Z][\w’'-]+\s+Act\s+$", sentence[: mention.start]):
            continue  # "On November 25, 1947, … Adoption Act 1947 became law": the law's name holds its year
        if in_work_title(sentence, mention):
            continue  # "published The Influence of Sea Power upon History, 1660–1783": the book's years
        if not bracketed_date_counts(sentence, mention):
            continue  # a citation "(Hannoum, 2003)" or life dates "(1818–1883)"
        if (
            kept
            and not own_clause(sentence[kept[-1].end : mention.start])
            and not _names_after(sentence, mention)
            and not _named_before(sentence, mention)
            and not dates_the_event_before(sentence, mention)
            and gapped_clause(sentence, mention) is None  # "… the Caribbean in 1601 and then the coast … in 1603"
            and not second_object(sentence, kept[-1], mention)  # "… a convention in 1867 and a treaty in 1881"
            and not in_phrase_gap(
                sentence, kept[-1].end, mention
            )  # "… to the Kell bar in 1937 and to the Orm bar in 1950"
            # "turmoil in Liberia (2003) and Haiti (2004)": a second name, each with its year in brackets
            and not _NAMES_BRACKETED.fullmatch(sentence[kept[-1].end : mention.start])
            and not in_office_list(
                sentence, mention
            )  # "… Minister to Colombia in 1873 and Minister to Venezuela in 1889"
            # "returned to the Senate from 1831 to 1842 and from 1849 to 1852": a second term of the same deed
            and not (
                mention.until
                and kept[-1].until
                and re.fullmatch(r",?\s+and\s+(?:then\s+)?(?:again\s+)?from\s+", sentence[kept[-1].end : mention.start])
            )
            # "was appointed Ambassador in 1927 before retiring from diplomatic service in July 1933": a deed of its own
            and not _LATER_DEED.fullmatch(sentence[kept[-1].end : mention.start])
        ):
            continue
        kept.append(mention)
    return kept


# "a letter from President Grant dated", "a letter of credence dated": a document's own day, after the deed's
_DOCUMENT_DATED = re.compile(
    r"\b(?:letters?|note|telegram|instructions?|dispatch|despatch|memorandum|message|credence)\b[^,;]{0,60}?\s+dated\s+$"
)
# "The treaty signed in ": the sentence's subject, named by the year it was made; the deed is the verb's
_SUBJECT_DATED = re.compile(rf"\W*(?:The|This|That)\s+(?:[\w’'-]+\s+){{0,3}}?{MADE_IN}\s+(?:in|on)\s+$")
# "to the Convention for the Extradition of Criminals, Fugitive from Justice, of": a document acceded to, named with
# its day
_DOCUMENT_OF_DAY = re.compile(
    r"\bto\s+the\s+(?:(?:[A-Z][\w’'-]*|of|for|the|and),?\s+)*?(?:Convention|Treaty|Agreement|Protocol|Declaration)"
    r"(?:,?\s+(?:[A-Z][\w’'-]*|of|for|the|from|and|on|between|to|with|in))*,?\s+of\s+$"
)
# " before retiring from diplomatic service in ": a participle deed after the date before, with a date of its own
_LATER_DEED = re.compile(r",?\s+(?:before|after|prior\s+to)\s+(?:\w+ly\s+)?[a-z]{3,}ing\b[^,;()]{0,60}?\s+(?:in|on)\s+")


_TAKES_EFFECT_NEXT_DAY = re.compile(
    r",?\s+to\s+(?:take\s+effect|become\s+effective)\s+(?:on\s+)?the\s+(?:following|next)\s+day\b"
)


def _day_before(earlier: DateMention, later: DateMention) -> bool:
    days = []
    for mention in (earlier, later):
        date = mention.date
        if date.day is None or date.month is None or date.year < 1:
            return False
        days.append(datetime.date(date.year, date.month, date.day))
    return days[1] - days[0] == datetime.timedelta(days=1)


def _names_after(sentence: str, mention: DateMention) -> bool:
    """Whether the date is the year of the named event it stands before ("the 1767 Townshend Acts")."""
    name = re.match(r"\s+(?:[A-Z][\w’'-]*\s+){1,3}([A-Z][\w’'-]*)", sentence[mention.end :])
    return bool(name and NAMED_EVENT.fullmatch(name.group(1)))


def _named_before(sentence: str, mention: DateMention) -> bool:
    """Whether the date ends the name of a named event after another one in a list ("the
    Embargo Act of 1807 and the Non-Intercourse Act of 1809"): each is an event of its own."""
    name = re.search(r"\band\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}([A-Z][\w’'-]*)\s+of\s+$", sentence[: mention.start])
    return bool(name and NAMED_EVENT.fullmatch(name.group(1)))
