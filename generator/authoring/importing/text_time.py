"""The year a sentence is in, when it names none or only part of a date.

A paragraph sets its time with an opening date ("In 1861, …", "But on the evening of
…"); the sentences after it inherit that year until another opening date turns it. A
date told as a look back ("Solidarity was formed in August 1980"), in a relative clause,
in first-person testimony or after "no … until" sets no time for what follows.
"""

from __future__ import annotations

import re

from generator.authoring.importing.event_dates import bounds
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.prose import DateMention, find_dates
from generator.content.dates import PartialDate

# What may stand before a date that sets the text's time: "In", "But on", "Early in the spring of".
# Not a subject and its verb ("Solidarity was formed in August 1980": a look back), nor a
# determiner ("The 1981 imposition of martial law").
_OPENING_LEAD = re.compile(
    r"\W*(?:(?:by|in)\s+contrast|however|meanwhile|for\s+(?:example|instance)|moreover|nevertheless|"
    r"instead|indeed|thus|eventually|ultimately)?[\s,]*"  # "By contrast, in early 1968, …" opens on its year
    r"(?:(?:but|and|then|so|yet|later|finally|also|only|even|just|already)\s+)?"
    r"(?:(?:in|on|by|during|from|since|after|before|until|till|at|around|about|early|late|mid|of|the|"
    r"spring|summer|autumn|fall|winter|evening|morning|night|end|beginning|middle|start|first|last|half|"
    r"week|weeks|day|days|month|months|year)[\s,-]+){0,6}$",
    re.IGNORECASE,
)


# "there had been no major incidents … until": nothing happened before the date, so the text goes on from it
# (not "continued to meet until March 1, 1781, when …", which looks ahead).
_NOT_UNTIL = re.compile(r"\b(?:no|not|never|nothing)\b.*\b(?:until|till)\s+$", re.IGNORECASE)


_PASSED_WHEN = re.compile(
    r",?\s+(?:which\s+was\s+)?(?:passed|signed|enacted|adopted|ratified|approved)\s+(?:in|on|during)\s+(?:the\s+)?[a-z]"
)


# What may stand before a relative date that opens its sentence ("The following year, …", "Then, a year later").
OPENS = re.compile(r"\W*(?:(?:and|but|then|so)\W+)?", re.IGNORECASE)


def turns_the_year(explicit: list[DateMention], last: PartialDate | None, year: int | None) -> bool:
    """Whether the first day the sentence names without its year comes before the last day the
    text named in that year by more than two months: a narrative that goes on from October 30 to March 2 is in the
    next year, one that names June 22 after July 3 looks back."""
    guessed = [m for m in explicit if m.date.month and m.date.day and not re.search(r"\d{3}", m.text)]
    return bool(
        guessed
        and year is not None
        and last is not None
        and last.year == year
        and last.month is not None
        and last.day is not None
        and guessed[0].date.month is not None
        # a month or two back is the text looking back ("Adams wrote on July 3. … On June 22, Seward had …");
        # a chronicle that goes on from October to March has turned the year
        and guessed[0].date.month < last.month - 2
    )


# A relative clause the date stands in, after the sentence's own deed: what came of it, or what came before.
_IN_RELATIVE = re.compile(r",\s+(?:which|who)\b[^.;:]*$")


# "I occupied", "I am reminded": a witness or an author quoted at length; not "Charles I was", "World War I had"
TOLD_IN_FIRST_PERSON = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|when|as|that|because|which)\s+)I\s+(?:am|was|have|had|did|do|could|would|"
    r"[a-z]+ed)\b"
)


_WHEN_LEAD = re.compile(r"\W*(?:When|Once)\s[^,;]*\b(?:in|on)\s+$")  # not "When the depression of 1893 …"


def context_year(sentence: str, dates: list[DateMention], year: int | None, timed: bool = False) -> int | None:
    """The year a later day or month without its year belongs to: the last date of the
    sentence that has a month, or a year that opens it ("In 1948, …"); a year named in
    passing later in a sentence ("agreements with the Soviet Union in 1945") is a flashback,
    and so is an earlier date inside a sentence of a paragraph that has set its time
    (``timed``: "On February 6, 1989, … Solidarity was formed in August 1980 …")."""
    for mention in reversed(dates):
        lead = sentence[: mention.start]
        opening = _OPENING_LEAD.match(lead) is not None and not re.search(r"\b(?:the|a|an)\s+$", lead, re.I)
        if _NOT_UNTIL.search(lead) and re.match(r",?\s+when\b", sentence[mention.end :]):
            return mention.date.year  # "no incidents … until 1990, when Iraq was …": the text moves on to then
        if _PASSED_WHEN.match(sentence, mention.end):
            return mention.date.year  # "The Tariff of 1832, passed in the summer, …": the text is in 1832 now
        if re.search(r"\b(?:continued|lasted|went\s+on|persisted)\s+until\s+$", lead) and mention.date.month:
            return mention.date.year  # "began in June and continued until October 1955": the text has come to then
        if bounds(sentence, mention) and not opening:
            continue  # "… were not repealed before September 10, 1775": a deadline, not the text's time
        if _WHEN_LEAD.match(lead) and mention.date.year != year:
            return mention.date.year  # "When the union contract was up for renewal in 1892, …": the text is then
        if timed and not opening and year is not None and mention.date.year < year:
            continue  # "Solidarity was formed in August 1980" told in 1989: a look back, not the text's time
        if (
            year is not None
            and mention.date.year != year
            and _IN_RELATIVE.search(lead)
            and (timed or mention.date.year < year and re.search(r"\bhad\s+(?:\w+ly\s+)?\w+", lead) is not None)
        ):
            # "… a war, which began on January 16, 1991, and ended …" told in 1990: a look ahead; "he had come to
            # oust the Soviet army, which invaded Afghanistan in 1979": a look back
            continue
        if mention.date.month or opening or len(dates) == 1 and mention.until is None and year is None:
            return mention.date.year
        if not timed and year is not None and mention.date.year > year and mention.until is None:
            return mention.date.year  # a paragraph that opens on a later year moves on to it ("… in 1804, when …")
        main = find_verb(sentence)
        if year is not None and mention.date.year > year and main is not None and mention.end < main.start():
            return mention.date.year  # "The harsh British response to this act in 1774 … caused …": the subject's year
    return year


_MONTH_DAY = re.compile(
    r"(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)"
)


def with_the_sentences_year(
    sentence: str, mentions: list[DateMention], last: PartialDate | None = None
) -> list[DateMention]:
    """Each day or month the sentence names without its year given the year of the next date it
    names with one ("began in June and continued until October 1955": June 1955; "On December 20,
    Grant responded …; in February 1870, he complied": December 1869, the month before); but a
    day a few weeks or months after the day the text last named goes on from it ("appointed … on January
    21, 1977. He entered his position on January 23 and resigned on April 28, 1980": 1977)."""
    written = [  # not "the June 1820 war", a date that names a thing of another time
        m
        for m in find_dates(sentence)
        if re.search(r"\d{3}", m.text) and m.date.month and not re.search(r"\b(?i:the|a|an)\s+$", sentence[: m.start])
    ]
    out = []
    for mention in mentions:
        later = next((m for m in written if m.start > mention.end), None)
        guessed = (  # a month or a day written without its year; not "the next day", "August of that same year"
            _MONTH_DAY.fullmatch(mention.text) is not None
            and not re.match(r"\s+of\s+(?:that|the\s+same|this)\b", sentence[mention.end :])
            and mention.until is None
        )
        if later is None or not guessed or later.date.month is None or mention.date.month is None:
            out.append(mention)
            continue
        if _soon_after(mention.date, last) and later.date.year > mention.date.year:
            out.append(mention)
            continue
        earlier = next((m for m in reversed(written) if m.end <= mention.start), None)
        if (
            earlier is not None
            and earlier.date.month is not None
            and (mention.date.month, mention.date.day or 0) >= (earlier.date.month, earlier.date.day or 0)
        ):  # "appointed April 18, 1921, presented his credentials on June 30, and served until 1924": 1921
            year = earlier.date.year
        else:
            year = later.date.year if mention.date.month <= later.date.month else later.date.year - 1
        date = PartialDate(year, mention.date.month, mention.date.day, mention.date.circa)
        out.append(DateMention(mention.start, mention.end, mention.text, date, mention.until))
    return out


def _soon_after(day: PartialDate, last: PartialDate | None) -> bool:
    """Whether ``day`` (with the year the text ran in) falls within three months after ``last``, a
    full date ("appointed Minister on August 3 [1946]. He presented his credentials on September 7,
    and served until June 27, 1950": September 1946)."""
    if last is None or not (day.month and day.day and last.month and last.day) or day.year != last.year:
        return False
    after = (day.month - last.month) * 31 + (day.day - last.day)
    return 0 <= after <= 92
