"""The clause a date stands in, cut from its sentence: the words a title is made of.

"Since the end of the war in 1905, Japan had held …" bounds a time, "at Strasbourg (1836)"
dates a place, "As the 1916 election approached" sets a scene: none is a clause of its own.
Elsewhere the clause runs from the last clause break before the date to the next after it;
its lead-ins ("On the evening of", "Three years later,") and a subordinator ("When the
emperor died on …") are dropped, a list of subjects kept whole ("France, Russia, and the
United States all signed …"), and the other years of a list go with the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.authoring.importing.asides import mask_asides
from generator.authoring.importing.career import AFTER_ONES_STEP
from generator.authoring.importing.clause_span import (
    LEADING_PHRASE,
    LISTED_BEFORE,
    OPENERS,
    SUBORDINATOR,
    after_leads,
    clause_comma,
    end_of_clause,
    start_of_clause,
)
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.importing.predicate import verbs
from generator.authoring.importing.relative_clause import relative_antecedent
from generator.authoring.prose import DateMention

# The words that lead a date into its clause: "on the evening of", "in", "early in the year".
_DATE_LEAD = re.compile(
    r"(?:\b(?:in|on|by|during|early in|late in|since|at|around|about|circa|c\.|as early as|from|between)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:evening|night|morning|afternoon|dawn|dusk|eve|spring|summer|autumn|fall|winter)\s+of\s+)?|\bof\s+)?"
    r"(?:the\s+)?(?:year\s+)?$",
    re.IGNORECASE,
)


_TIME_OF_DAY = re.compile(
    r"^(?:(?:at|on|in|by)\s+(?:the\s+)?(?:dawn|dusk|night|evening|morning|afternoon|noon|midnight)(?:\s+of)?\s*)+",
    re.IGNORECASE,
)


_LATER = re.compile(r"\blater\s*[(,]?\s*$", re.IGNORECASE)  # "A year later (December, 1852) he was …"


# ", just as the deadline approached," after a date that opens the sentence: a circumstance, not the event.
_ASIDE_AFTER_DATE = re.compile(
    r",\s+((?:just\s+|even\s+)?(?:as|while|when|because|although|though|since)\s+[^,;]+,[”’\"]?\s+|"
    r"(?:a|the)\s+(?:date|day|anniversary)\s+[^,;]+,\s+)(?=[A-Za-z])"  # "…, a date marking the anniversary of …,"
)


_PERSON_WHO = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*,\s+(?:a|an)\s+[^;,]{1,80}?\s+who\s")


# a name, whose deed it tells ("although the American Medical Association was formed in 1847, …")
_CONCEDING = re.compile(
    r"(?i:even\s+)?(?i:although|though)\s+(?=[A-Z]|the\s+[A-Z]"
    # "Although the cornerstone was laid in 1772, …": a building's step, conceded and done
    r"|the\s+[a-z]+\s+(?:was|were)\s+(?:laid|built|begun|completed|finished|erected|founded|opened|signed)\b)"
)


# "As the 1916 election approached", "As the war dragged on": a time drawing near or passing.
_DRAWING_NEAR = re.compile(
    r"(?i:as)\s+[^,;]{1,60}?\b(?:approached|neared|loomed|drew\s+(?:near|closer)|dragged\s+on|wore\s+on|"
    r"progressed|continued|unfolded|went\s+on)(?:\s+(?:in|on)\s+[^,;]{1,30})?\s*,"
)


@dataclass(frozen=True)
class DatedClause:
    """A date's clause and the sentence it was cut from, as the title's later steps need them."""

    words: str  # the clause, its date and lead-ins removed
    before: str  # its words before the date
    sentence: str  # the sentence, an aside just after the date cut out
    whole: str  # the sentence as written
    masked: str  # the sentence with its asides blanked, positions kept
    start: int  # where the clause begins in ``masked``
    antecedent: re.Match[str] | None  # the name a relative clause tells of
    unbracketed: str  # the sentence before the clause, its brackets removed


def dated_clause(sentence: str, mention: DateMention) -> DatedClause | None:
    """The clause ``mention`` stands in, or None where the date bounds a time, dates a place or
    sets a scene."""
    whole = sentence  # before an aside is cut: "when the Soviets found out" names who "they" are
    aside = _ASIDE_AFTER_DATE.match(sentence, mention.end)
    if aside and len(sentence[: mention.start].split()) <= 3:  # "On 16 May, just as …, the crowd gathered"
        sentence = sentence[: aside.start(1)] + sentence[aside.end() :]
    masked = mask_asides(sentence, mention)
    start = start_of_clause(masked, mention.start)
    end = end_of_clause(masked, start, mention.end)
    relative = re.match(r",\s+(?:which|who)\b", sentence[mention.end : end])
    if relative:  # "…terms for peace on August 14, 1779, which demanded withdrawal, independence, and …"
        end = mention.end + relative.start()
    later = re.search(r",\s+(?:which|who)\b", sentence[mention.end : end]) if not relative else None
    if (
        later
        and masked[mention.end + later.start() + 1].isspace()
        and find_verb(sentence[mention.end : mention.end + later.start()])
        and re.match(r"\s*(?:with|in|on|at|for|by|from|as)\s", masked[mention.end + later.start() :].lstrip(" ,"))
    ):
        # "In 1887, Frank Sprague invented the electric trolley, which worked …, with a large wagon on tracks, …":
        # the relative clause, commas and all, follows the deed's object
        end = mention.end + later.start()
    unbracketed = re.sub(r"\s*\([^()]*\)", "", sentence[:start])
    antecedent = relative_antecedent(unbracketed)
    clause_start = start
    closing = masked.find(",", mention.end, end)
    if antecedent and closing > 0:  # "The Peace of Kell, which ended the war in 1648, established …"
        end = closing
    elif closing > 0 and re.search(r",\s+whose\s*$", unbracketed):  # "Paine, whose essay … was published in 1776, …"
        end = closing
    # "Otto Brant, a weaver from Kell who escaped … in 1838, described …": the person's clause ends at the comma
    elif closing > 0 and _PERSON_WHO.match(masked, start, mention.start):
        end = closing
    listed = LISTED_BEFORE.search(sentence[:start])
    lead_list = re.match(r"[^,;]{1,40},\s+(?=[A-Z]|the\s)", masked[start:]) if listed else None
    if lead_list:  # "concerns in Warsaw, Prague, and other capitals, NATO agreed": the list ends a lead-in
        start, listed = start + lead_list.end(), None
    start = after_leads(masked, start, mention.start)
    if listed:  # "France, Russia, and the United States all signed …": one subject of three names
        masked = masked[: listed.start()] + sentence[listed.start() : listed.end()] + masked[listed.end() :]
        start = listed.start()
    by_the_day = mention.date.day is not None and not re.search(r"\bhad\b", sentence[mention.end :])
    # "By around 8000 BCE, the Nilo-Saharans had domesticated …": the way ancient deeds are dated
    by_the_age = mention.date.year < 0
    bounding = (
        r"\W*(?i:since|until|till|before|prior to)\b"
        if by_the_day or by_the_age
        else r"\W*(?i:since|until|till|by|before|prior to)\b"
    )
    if start > mention.start and re.match(bounding, masked[clause_start:]):
        return None  # "Since the end of the war in 1905, Japan had held …": a date that bounds, not an event
    bracketed = sentence[mention.start - 1 : mention.start] == "("
    if bracketed and not verbs(masked[clause_start : mention.start]) and not _LATER.search(masked[: mention.start - 1]):
        return None  # "at Strasbourg (1836) and Boulogne (1840), he was imprisoned": the date is the place's
    joined = re.match(r"(?i:and|but|yet)\s+(?=(?i:when|after|once|as\s+soon\s+as)\s)", masked[start : mention.start])
    start += joined.end() if joined else 0  # "And when eight additional bombs exploded on June 2, 1919, …"
    # "Although Carranza’s faction managed to overthrow Huerta in the summer of 1914, …": conceded, and done
    subordinate = SUBORDINATOR.match(masked[start : mention.start]) or _CONCEDING.match(masked[start : mention.start])
    led = re.search(r"\b(?:when|after|once|as soon as)\s+$", masked[:start], re.IGNORECASE)
    if led and not subordinate:  # "…, and when the two met in battle in April 1493, Sonni Baru was defeated"
        comma = clause_comma(masked, start, end)
        end = comma if comma >= mention.end else end
    if subordinate:
        comma = clause_comma(masked, start, end)
        if _DRAWING_NEAR.match(masked[start:]) and mention.end <= comma:
            return None  # "As the 1916 election approached, …": when the main clause's deed came, not a deed
        own_step = AFTER_ONES_STEP.match(masked[start:comma]) if comma >= mention.end else None
        if own_step:  # "After his graduation in 1958, Powell was commissioned …": the next step, that year
            start = comma + 2
        elif comma < 0 or comma >= mention.end:  # "When the emperor died on 30 July 1912, Japan …"
            end = comma if comma > 0 else end
            start += subordinate.end()
        else:  # "After two failed attempts …, at Strasbourg (1836)": the date is in the main clause
            start = comma + 2
    adjective = re.match(r"\s+[“\"‘]?[a-z]|\s+[“\"‘]?[A-Z][\w’'/-]*\s+[a-zA-Z]", masked[mention.end :]) and re.search(
        r"\b(?:the|a|an|its|his|their)\s+$", masked[: mention.start]
    )  # "the 1857 constitution", "the 1776 Pennsylvania constitution": the year is the noun's
    # "The 1828 campaign differed …": without its year "the campaign" names none
    common_noun_of_year = re.match(
        r"\s+(?!presidential\b|elections?\b|midterm\b)[a-z]+\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", masked[mention.end :]
    ) and re.search(r"\bThe\s+$", masked[: mention.start])
    adjective = adjective or common_noun_of_year
    before = (
        masked[start : mention.start]
        if adjective
        else _TIME_OF_DAY.sub("", _DATE_LEAD.sub("", masked[start : mention.start]))
    )
    if common_noun_of_year and re.fullmatch(r"\W*The\s+", before):
        before += mention.text
    # "from 1831 to 1842 and from 1849 to 1852": the deed's other term goes with the date, before or after it
    before = re.sub(r"\s+from\s+\d{4}\s+(?:to|until|through)\s+\d{4},?\s+and\s+(?:then\s+)?(?:again\s+)?$", " ", before)
    after = re.sub(  # "in 1935, 1936, and 1937": the other years of a list go with the date
        r"^[\s,)]*(?:(?:and|or|to|until|and\s+(?:then\s+)?(?:again\s+)?from\s+\d{4}\s+(?:to|until|through))?\s*\d{4}\b[\s,)]*)*",
        "",
        masked[max(start, mention.end) : end],
    )
    if re.match(r"\s*,?\s+and\s+(?:(?:from|in|on|between|by)\s+\d|then\s+[a-z]+ed\b)", masked[mention.end : end]):
        after = ""  # "returned to Stanford in 1991 and from 1993 …", "… from 1798 to 1801 and then attended …": the next deed
    if re.match(r"\s*,?\s+then\s+[^,;]{1,60}?\s(?:in|from|on)\s+\d", masked[mention.end : end]):
        after = ""  # "Deputy National Security Advisor in 1987 then National Security Advisor from 1988": the next step
    if re.match(r"\s+and\s+(?:to|into|at|from|with)\s+\S.{0,60}?\s+(?:in|on)\s+\d", masked[mention.end : end]):
        after = ""  # "admitted to the Kell bar in 1937 and to the Orm bar in 1950": the second date's phrase
    if re.match(
        r"\s*,\s+(?:and\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:of|in)\s+\d{4}\b",
        masked[max(start, mention.end) : end],
    ):
        after = ""  # "served in the House from 1784 to 1786, the Annapolis Convention of 1786, …": the next item
    named_after = re.fullmatch(
        r"\s*,\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)[\s.,]*", masked[max(start, mention.end) : end]
    )
    if named_after:  # "established his own movement in 1524, the Swiss Brethren": the movement's name
        after = f", {named_after.group(1)}"
    elif re.match(
        r"\s*,\s+(?:(?:the|a|an)\s+[a-z]|with(?:out)?\s+(?!an?\s|the\s)(?:[\w’'-]+\s+){1,3}?[a-z]+(?:ed|en)\b)",
        masked[max(start, mention.end) : end],
    ) and verbs(before):
        # "Germany gave women the vote in 1918, the first country to …": a remark on the deed; and so is
        # "…, with Bosnia’s independence recognized soon thereafter"
        after = ""
    elif re.match(
        r"\s*,\s+[a-z]+ed\s+(?:in|at|on|to|from|for|with|as|law|medicine|theology)\b",
        masked[max(start, mention.end) : end],
    ) and verbs(before):
        # "was born in Spain in 1485, educated in Fez, and …", "graduated … in 1762, studied law, …": the
        # next deed of a list
        after = ""
    if re.match(r"[\s,]*(?:its|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?\s+[a-z]+(?:ed|en)\b", after) and verbs(before):
        after = ""  # "the city fell in early 1258, its physical defenses undermined": how, not what
    if re.match(r"\s*to\s+[a-z]+\b", after) and re.search(r"\b(?:ended|began|died|broke\s+out|collapsed)\W*$", before):
        after = ""  # "troops stayed after the war ended in 1763 to defend the borders": the stay's purpose
    clause = " ".join(f"{before.rstrip(' ,(')} {after}".split())
    clause = re.sub(r"\s+,", "," if named_after else "", clause).strip(" ,.")
    clause = OPENERS.sub("", LEADING_PHRASE.sub("", clause)).strip(" ,")
    # "In 1958 Muskie was elected … and was reelected in 1964": the other date's lead, without its comma
    if re.search(r"\s(?:and|but)\s+(?:was|were|had|\w+ed)\b", clause):
        clause = re.sub(r"^(?:In|On)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}\s+(?=[A-Z][a-z])", "", clause)
    # "Upon receiving a degree … in 1915, Herter served …": the step before, dated by its own year
    clause = re.sub(r"^(?:Upon|After|On|Following)\s+[a-z]+ing\b[^,;]*?\b\d{4},\s+(?=[A-Z][a-z])", "", clause)
    # "As a young man he served …": who he was then, not a scene
    clause = re.sub(
        r"^(?:As\s+)?an?\s+(?:young\s+)?(?:man|woman|boy|girl|child|youth|student)\s+(?=(?:he|she)\s)", "", clause
    )
    # "…, during which time he also served as …": the time is the clause before's, the deed this one's
    clause = re.sub(r"^(?i:during)\s+which\s+(?:time|period|years?)\s+", "", clause)
    if re.search(r"\bwhich\s*$", masked[:clause_start]):
        clause = re.sub(r"^(?:time|period|years?)\s+(?=(?:he|she|they)\s)", "", clause)
    return DatedClause(clause, before, sentence, whole, masked, clause_start, antecedent, unbracketed)
