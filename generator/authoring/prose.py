"""Reading ordinary prose: the dates it names, its proper-name phrases (its sentences are
cut by :mod:`~generator.authoring.sentences`).

Both the article importer and the consistency check need to know which dates a
sentence names ("13 April 1941", "April 13, 1941", "August 1945", "1931") and
as what :class:`~generator.content.dates.PartialDate`; this module is that one place.
English month names unless told otherwise: the check passes the guide's language and
the importer the article's, whose month names come from CLDR
(:mod:`generator.i18n.prose_dates`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.content.dates import MONTHS, DateSpan, PartialDate
from generator.i18n.catalog import base_language
from generator.i18n.prose_dates import date_patterns, month_names, month_number

_MONTH_NAMES = MONTHS["en"]
_MONTH = r"(?P<{0}>" + "|".join(_MONTH_NAMES) + r"|" + "|".join(m[:3] for m in _MONTH_NAMES) + r")\.?"
# Years a history text names as such: 1000–2099, never a decade ("1930s") or part
# of a longer number, an id or a range's abbreviated end ("1904–05").
_YEAR = r"(?P<{0}>1\d{{3}}|20\d{{2}})(?![\d'’s]|[-–]\d)"
_YEAR_END = r"(?P<{0}>1\d{{3}}|20\d{{2}})(?![\d'’s])"
# What may follow a year before 1000 told without "CE": a clause's end or its next word, never a noun.
_EARLY_YEAR_END = (
    r"(?=[,.;:)](?!\d)|\s+(?:and|when|as|after|before|under|with|at|by|the|he|she|they|it|his|her|their|its|[A-Z])\b"
    r"|\s*$"
    # "a defeat … in 475 kept Baekje hemmed in": a verb after the year, so a year, not a count of things
    r"|\s+(?!hundred\b|armed\b|mounted\b|skilled\b|paid\b)[a-z]{2,}ed\b"
    r"|\s+(?:kept|led|took|made|won|lost|fell|came|went|began|broke|rose|saw|gave|left|held|sent|built|brought|"
    r"fought|drove|struck|became|ended|forced|marked|saw|set|spread|split|overran)\b)"
)
# The end of a range of days in one month: "May 8–12", "May 8 through 12", "8 to 12 May"; two days,
# "January 4 and 5, 1974", are read with the year they share
_DAY_UNTIL = r"\s*(?P<joiner>–|-|to|through|until|and)\s*(?P<day_until>\d{1,2})(?:st|nd|rd|th)?"
_PATTERNS = [
    # Years before the common era, told as such: "333 BCE", "490–479 BC", "c. 3000 B.C.E."
    re.compile(
        r"\b(?:(?i:from|between)\s+(?:(?:approximately|about|around|roughly|circa|c\.)\s+)?(?P<from_bce>[1-9]\d{0,3})\s+"
        r"(?:to|and|until)\s+(?:(?:approximately|about|around|roughly|circa|c\.)\s+)?)?"
        r"(?P<year_bce>[1-9]\d{0,3})(?: ?[–-] ?(?P<until_bce>[1-9]\d{0,3}))?\s+(?:BCE|BC|B\.C\.E\.|B\.C\.)(?![\w])"
        # "from about 150 BCE to 1450 CE": a span across the era's start
        r"(?:\s+(?:to|until)\s+(?:(?:approximately|about|around|roughly|circa|c\.)\s+)?(?P<to_ce>[1-9]\d{0,3})\s+"
        r"(?:CE|AD|C\.E\.|A\.D\.)(?![\w]))?"
    ),
    # 1939–1945, 1904–05
    re.compile(r"(?<![\d/–-])\b(?P<year>1\d{3}|20\d{2}) ?[–-] ?(?P<until>1\d{3}|20\d{2}|\d{2})(?![\d'’s])"),
    # May 8–12, 1864; 8 to 12 May 1864
    re.compile(
        r"\b"
        + _MONTH.format("month")
        + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?"
        + _DAY_UNTIL
        + r",? "
        + _YEAR_END.format("year")
    ),
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        + _DAY_UNTIL
        + r" "
        + _MONTH.format("month")
        + r",? "
        + _YEAR_END.format("year")
    ),
    # 13 April 1941, the 4th of July, 1776
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?: of)? " + _MONTH.format("month") + r",? " + _YEAR_END.format("year")
    ),
    # April 13, 1941
    re.compile(r"\b" + _MONTH.format("month") + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?,? " + _YEAR_END.format("year")),
    # August 1945
    re.compile(r"\b" + _MONTH.format("month") + r",? (?:of )?" + _YEAR_END.format("year")),
    # Years before 1000, where nothing else a number may be can stand: "527–565 CE", "(527–565)",
    # "from 527 to 565", "in 532,", "by 750 CE"; not "in 500 ships", "one in 100,", "grew from 300 to 500".
    re.compile(
        r"(?:(?<=\()|(?<=\(r\.\s))(?P<year>[1-9]\d{2}) ?[–-] ?(?P<until>[1-9]\d{2})(?=\s*(?:CE|AD|C\.E\.)?\))"
        r"|\b(?P<year_ce>[1-9]\d{0,2})(?: ?[–-] ?(?P<until_ce>[1-9]\d{0,2}))?\s+(?:CE|AD|C\.E\.|A\.D\.)(?![\w])"
    ),
    re.compile(  # a reign's or a life's years: "emperor from 527 to 565", not "grew from 300 to 500"
        r"\b(?P<ruled>ruled|reigned|reign|emperor|empress|king|queen|caliph|sultan|pope|shah|khan|lived|dynasty|era|"
        r"governed|wars?|period)\b[^.;\d]{0,40}?\bfrom\s+(?P<year>[1-9]\d{2}) to (?P<until>[1-9]\d{2})"
        + _EARLY_YEAR_END
    ),
    re.compile(
        r"(?<!one in )(?<!One in )(?<!\d in )(?:(?<=\bin\s)|(?<=\bIn\s)|(?<=\bby\s)|(?<=\bBy\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bafter\s)"
        r"|(?<=\bbefore\s)|(?<=\baround\s)|(?<=\bc\.\s)|(?<=\bca\.\s)|(?<=\bcirca\s)|(?<=\b[Ii]n\sthe\syear\s))"
        r"(?P<year>[1-9]\d{2})" + _EARLY_YEAR_END
    ),
    # 1931, mid-1979 (not 1904-1931's end, nor an id's digits, nor a number that names
    # a thing: "Department Order 1301", "Resolution No. 1120", "page 1450", "Senate Bill 1070")
    re.compile(
        r"(?:(?<=[Mm]id-)|(?<=[Ee]arly-)|(?<=[Ll]ate-)|(?<![\d/–-]))\b"
        r"(?<!\bOrder\s)(?<!\bNo\.\s)(?<!\bNo\s)(?<!\bNumber\s)(?<!\bResolution\s)(?<!\bInstruction\s)"
        r"(?<!\bDirective\s)(?<!\bFlight\s)(?<!\bRoute\s)(?<!\bRoom\s)(?<!\bp\.\s)(?<!\bpp\.\s)(?<!\bpage\s)(?<!\bpages\s)"
        # "Arizona’s Senate Bill 1070", "House Bill 1420", "Proposition 1030"
        r"(?<!\bBill\s)(?<!\bH\.R\.\s)(?<!\bProposition\s)" + _YEAR.format("year")
    ),
]
# Dates without a year, read only where the text around gives one (a year heading over a
# chronology, the year the paragraph is in): "On 8 February", "February 8", "in March".
_NO_YEAR = r"(?!,?\s*(?:of\s+)?\d)"
_YEARLESS = [
    re.compile(r"\b" + _MONTH.format("month") + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _DAY_UNTIL + r"\b" + _NO_YEAR),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _DAY_UNTIL + r"\s+" + _MONTH.format("month") + r"\b" + _NO_YEAR),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format("month") + r"\b" + _NO_YEAR),
    re.compile(r"\b" + _MONTH.format("month") + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b" + _NO_YEAR),
    # "by late November", "in early December": a part of the month, the month itself
    re.compile(
        r"(?i:\b(?:in|by|early in|late in|during|until)\s+(?:(?:early|late|mid)[\s-]+)?)"
        + _MONTH.format("month")
        + r"\b"
        + _NO_YEAR
    ),
]
# Days a history text names by their feast ("On Christmas Eve", "On Christmas night of 1776"): (month, day).
_NAMED_DAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas night": (12, 25),
    "christmas morning": (12, 25),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
}
_NAMED_DAY = r"(?P<named>(?i:Christmas\s+(?:Eve|Day|night|morning)|New\s+Year[’']s\s+(?:Day|Eve)))"
_PATTERNS.insert(-1, re.compile(r"\b" + _NAMED_DAY + r"(?:\s+of|,)\s+" + _YEAR_END.format("year")))
_YEARLESS.append(re.compile(r"\b" + _NAMED_DAY + _NO_YEAR))
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH_NUMBER.update({name[:3].lower(): number for number, name in enumerate(_MONTH_NAMES, start=1)})

_CONNECTORS = {"of", "the", "and", "de", "von", "van", "al", "la", "le", "du", "on"}
_WORD = re.compile(r"[A-Za-zÀ-ÿĀ-ſ][\w’'–-]*")


@dataclass(frozen=True)
class DateMention:
    """A date named in text: where it stands in the text, and what it means."""

    start: int
    end: int
    text: str
    date: PartialDate
    until: PartialDate | None = None  # the end of a range of years

    @property
    def span(self) -> DateSpan:
        return DateSpan(self.date, self.until)


@functools.cache
def _language_patterns(language: str) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """(dated patterns, yearless patterns) for a language other than English: "13 avril
    1941", "13. April 1941", "8 de febrero de 1937", "1945年8月8日"; yearless ones only
    for languages that write a month's name."""
    dated = [_PATTERNS[0], *date_patterns(language)]
    if base_language(language) in ("ja", "zh"):
        return dated, []
    names = sorted(month_names(language), key=len, reverse=True)
    month = r"(?i:(?P<month>" + "|".join(re.escape(name) for name in names) + r"))"
    day = r"(?P<day>\d{1,2})(?:er|\.|º|°)?"
    of = r"(?:\s+de)?"
    yearless = [
        re.compile(rf"\b{day}{of}\s+{month}\b(?!{of},?\s*\d)"),
        re.compile(rf"(?i:\b(?:en|im|in)\s+){month}\b(?!{of},?\s*\d)"),
    ]
    return dated, yearless


# "1990-era DNA testing", "a 2016-style campaign": a year that makes an adjective dates nothing
_YEAR_AS_ADJECTIVE = re.compile(r"-(?:era|style|vintage|type|model|like|esque)\b")


def find_dates(text: str, *, year: int | None = None, language: str = "en") -> list[DateMention]:
    """Every date ``text`` names, most precise reading first where they overlap
    ("13 April 1941" is one date, not also the year 1941), in order of position.
    With ``year`` (the year the context gives), dates without one ("On 8 February")
    are read as dates of that year. ``language`` names the month names to read
    ("5 mai 1789" in French, "1945年8月8日" in Japanese)."""
    found: list[DateMention] = []
    taken = bytearray(len(text) + 1)  # 1 where a more precise reading already stands: linear in the text
    english = base_language(language) == "en"
    dated, yearless = (_PATTERNS[:-1], _YEARLESS) if english else _language_patterns(language)
    years = _years_named(text, [m for m in _PATTERNS[-1].finditer(text) if m.group("year")])
    patterns = [*dated, *(yearless if year is not None or years else []), _PATTERNS[-1]]
    for pattern in patterns:
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]) or _YEAR_AS_ADJECTIVE.match(text, match.end()):
                continue
            groups = match.groupdict()
            month = _month(groups["month"], english, language) if groups.get("month") else None
            day = int(groups["day"]) if groups.get("day") else None
            if groups.get("named"):
                month, day = _NAMED_DAYS[" ".join(groups["named"].lower().replace("’", "'").split())]
            if day is not None and not 1 <= day <= 31:
                continue
            # a date without its year takes the year the sentence named before it ("In 1572 …
            # culminated in the August 23 massacre"), else the context's
            if groups.get("year_bce"):  # "490–479 BCE": years counted back, the earlier the larger
                first, last = int(groups["year_bce"]), int(groups["until_bce"] or 0)
                if groups.get("from_bce"):  # "from 431 to 404 BCE"
                    first, last = int(groups["from_bce"]), first
                if last and last >= first:
                    continue  # "479–490 BCE" runs backwards: no span a text means
                taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
                begin = match.start("from_bce") if groups.get("from_bce") else match.start()
                end = PartialDate(-last) if last else None
                if groups.get("to_ce") and not last:
                    end = PartialDate(int(groups["to_ce"]))
                found.append(DateMention(begin, match.end(), text[begin : match.end()], PartialDate(-first), end))
                continue
            if groups.get("year_ce"):  # "527–565 CE"
                groups = {**groups, "year": groups["year_ce"], "until": groups.get("until_ce")}
            mentioned = int(groups["year"]) if groups.get("year") else _year_before(years, match.start(), year)
            if mentioned is None:
                continue
            until: PartialDate | None = None
            if groups.get("day_until"):
                last_day = int(groups["day_until"])
                if day is None or not day < last_day <= 31:
                    continue  # "May 12 to 8" is no range: the plain date is read by a later pattern
                # "March 3 and 17": two days apart are two events, the first dated here with the shared year
                between = re.search(r"\bbetween\s+$", text[: match.start()], re.IGNORECASE)
                days = groups["joiner"] != "and" or last_day == day + 1 or between
                until = PartialDate(mentioned, month, last_day) if days else None
            elif groups.get("until"):
                # "1904–05" abbreviates the end year to its last digits
                digits = groups["until"]
                whole = len(digits) >= len(str(mentioned))  # "527–565"; "1904–05" keeps its century
                last_year = int(digits) if whole else int(str(mentioned)[: len(str(mentioned)) - len(digits)] + digits)
                if last_year <= mentioned:
                    continue
                until = PartialDate(last_year)
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            start = match.start("month") if month and day is None and groups.get("year") is None else match.start()
            start = match.start("year") if groups.get("ruled") else start  # "emperor from 527 to 565": the years
            found.append(
                DateMention(
                    start,
                    match.end(),
                    text[start : match.end()],
                    PartialDate(mentioned, month, day),
                    until,
                )
            )
    return sorted(found, key=lambda mention: mention.start)


def _years_named(text: str, matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(position, year) of each year a text names; the second of a pair ("during 1972 and early
    1973: … in February, … in May") counts as the first, where the months that follow begin."""
    years = [(m.start(), int(m.group("year"))) for m in matches]
    for index in range(1, len(matches)):
        between = text[matches[index - 1].end() : matches[index].start()]
        if re.fullmatch(r"\s*(?:and|to|through|until|[–-])\s+(?:(?:early|late|mid)[\s-]+)?", between):
            years[index] = (years[index][0], years[index - 1][1])
    return years


def _year_before(years: list[tuple[int, int]], position: int, context: int | None) -> int | None:
    """The last year ``years`` (position, year) names before ``position``, else ``context``."""
    before = [year for at, year in years if at < position]
    return before[-1] if before else context


def _month(name: str, english: bool, language: str) -> int:
    return _MONTH_NUMBER[name.lower().rstrip(".")] if english else month_number(name, language)


def iso(date: PartialDate) -> str:
    """``PartialDate(1941, 4, 13)`` → ``1941-04-13``; ``1945, 8`` → ``1945-08``; ``536`` → ``536``,
    as an author writes it (the guide reads a year of one to six digits)."""
    text = f"{date.year}"
    if date.month:
        text += f"-{date.month:02d}"
        if date.day:
            text += f"-{date.day:02d}"
    return text


def overlaps(named: DateSpan, span: DateSpan) -> bool:
    """Whether a date named at some precision can mean a moment inside ``span``:
    "1941" overlaps 1941-04-13, "April 1941" overlaps 1941, "1940" does not overlap 1941."""
    named_end = named.end or named.start
    end = span.end or span.start
    return named.start.sort_key <= end.last_key and span.start.sort_key <= named_end.last_key


def name_phrases(text: str) -> list[str]:
    """Proper-name phrases of two or more capitalised words ("Battle of Khalkhin Gol",
    "Soviet–Japanese Neutrality Pact"), which name one thing precisely enough to compare."""
    phrases: list[str] = []
    current: list[str] = []
    capitals = 0

    def close() -> None:
        nonlocal current, capitals
        while current and current[-1].lower() in _CONNECTORS:
            current.pop()
        while current and current[0].lower() in _CONNECTORS:
            current.pop(0)
        if capitals >= 2:
            phrases.append(" ".join(current))
        current, capitals = [], 0

    position = 0
    for match in _WORD.finditer(text):
        gap = text[position : match.start()]
        position = match.end()
        word = match.group(0)
        if gap == ".-" and current and current[-1] in ("St", "Ste"):  # "Treaty of St.-Germain": one word
            current[-1] += gap + word
            continue
        # punctuation between words breaks a phrase, but for the point of a saint's "St." ("St. James Declaration")
        if gap.strip() and current and not (gap.strip() == "." and current[-1] in ("St", "Ste", "Mt", "Ft")):
            close()
        elif gap.strip() == "." and current:
            current[-1] += "."
        if word[0].isupper():
            current.append(word)
            capitals += 1
        elif current and word.lower() in _CONNECTORS:
            current.append(word)
        else:
            close()
    close()
    return phrases
