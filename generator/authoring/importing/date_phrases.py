"""Dates a text gives without writing them out in full.

"Two days later" and "the following year" are counted from the last date the text gave;
"between 12 and 15 March 1938" and "from May to July 1940" are spans whose first end
takes its month and year from the second; a table of dates ("Year | Reform") gives one
event per row whose first cell is only a date.
"""

from __future__ import annotations

import datetime
import re

from generator.authoring.prose import DateMention, find_dates
from generator.content.dates import MONTHS, PartialDate

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


_UNIT = r"(day|week|month|year)s?"


_RELATIVE = re.compile(
    rf"\b(?:(?P<count>\d+|a|an|one|two|three|four|five|six|seven|ten)\s+{_UNIT}\s+later"
    rf"|the\s+(?:next|following)\s+(?P<next>day|morning|evening|week|month|year)"
    rf"|the\s+(?P<after>day|week|month|year)\s+after"
    rf"|(?:later\s+)?(?:in\s+|on\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?P<same>day|month|year)"
    # "On that date, Kell's independence was proclaimed": a sentence that opens on the last one's day
    rf"|^On\s+(?:that|the\s+same)\s+(?P<same_date>date)(?=,))\b",
    re.IGNORECASE,
)


_MORNING = {"morning": "day", "evening": "day"}
_TO_TAKE_EFFECT = re.compile(r"\bto\s+(?:take\s+effect|become\s+effective)\s+(?:on\s+)?$")


def relative_dates(
    sentence: str, explicit: list[DateMention], last: PartialDate | None, unresolved: list[str] | None = None
) -> list[DateMention]:
    """Dates the sentence names by reference to an earlier one: "two days later", "the
    following year", "later that month". Each counts from the nearest date before it, in
    the sentence or the text before; it is read only when that date is precise enough
    (days from a day, months from a month), and never beside a date of its own
    ("Three years later, on December 16, 1773"). A phrase with nothing to count from is
    added to ``unresolved``, for the author to date."""
    found: list[DateMention] = []
    for match in _RELATIVE.finditer(sentence):
        if any(abs(m.start - match.end()) < 20 or m.start <= match.start() < m.end for m in explicit):
            continue  # the sentence gives the date itself
        before = [m for m in [*explicit, *found] if m.end <= match.start()]
        base = before[-1].until or before[-1].date if before else last
        if base is None:
            if unresolved is not None:
                unresolved.append(match.group(0))
            continue
        groups = match.groupdict()
        unit = (
            (groups["count"] and match.group(2)) or groups["next"] or groups["after"] or groups["same"] or "day"
        )  # "On that date": the last date's day
        unit = _MORNING.get(unit.lower(), unit.lower())
        count = (
            0
            if groups["same"] or groups["same_date"]
            else _NUMBERS.get((groups["count"] or "1").lower()) or int(groups["count"] or 1)
        )
        date = _counted(base, unit, count)
        rough = re.search(
            r"\b(?:about|some|nearly|almost|roughly|around|(?:less|more)\s+than|(?:just\s+)?(?:over|under))\s+$",
            sentence[: match.start()],
            re.I,
        )
        if date is not None and rough:  # "about two weeks later": the month is known, not the day
            date = PartialDate(date.year, date.month if unit in ("day", "week") else None)
        if _TO_TAKE_EFFECT.search(sentence[: match.start()]) and any(m.date == date for m in explicit):
            continue  # "established on August 3, 1960, when … presented credentials August 2, 1960, to take effect the
            # following day": the day it took effect, which the sentence told
        start = rough.start() if rough else match.start()
        if date is not None:
            found.append(DateMention(start, match.end(), sentence[start : match.end()], date))
        elif unresolved is not None:  # "two days later" after a date without its day
            unresolved.append(match.group(0))
    return found


def _counted(base: PartialDate, unit: str, count: int) -> PartialDate | None:
    """``base`` moved on by ``count`` units, at the precision the unit allows, or None
    when ``base`` is too coarse to count from."""
    if unit in ("day", "week"):
        if base.month is None or base.day is None:
            return None
        day = datetime.date(base.year, base.month, base.day) + datetime.timedelta(
            days=count * (7 if unit == "week" else 1)
        )
        return PartialDate(day.year, day.month, day.day)
    if unit == "month":
        if base.month is None:
            return None
        months = base.year * 12 + base.month - 1 + count
        return PartialDate(months // 12, months % 12 + 1)
    return PartialDate(base.year + count)


def table_events(rows: list[list[str]]) -> list[tuple[DateMention, str]]:
    """The events a table of dates lists: the column whose every cell is one date, and the
    first other column with text as the event ("1871 | Domains abolished")."""
    body = [row for row in rows[1:] if len(row) >= 2] if len(rows) > 1 else []
    if not body:
        return []
    for column in range(len(body[0])):
        dates = [_only_dates(row[column]) for row in body if column < len(row)]
        if len(dates) == len(body) and all(dates):
            out = []
            for row, cell_dates in zip(body, dates, strict=True):
                # the event is the first other cell with words: not a row's number ("1 | 1788–1789; 1792 | George
                # Washington")
                at, text = next(
                    ((i, cell) for i, cell in enumerate(row) if i != column and re.search(r"[^\W\d_]", cell)), (0, "")
                )
                if text and at < len(rows[0]) and _HEADER_PLACE.fullmatch(rows[0][at].strip()):
                    # "Location | Geneva, Switzerland (Tokyo Round)": where it met is no event; a name beside it is
                    named = re.search(r"\(([^()]*[A-Z][^()]*)\)\s*$", text)
                    text = named.group(1) if named else ""
                if text:
                    titled = _with_header_deed(text[:1].upper() + text[1:].rstrip(". "), rows[0], column, at)
                    out += [(date, titled) for date in cell_dates]
            return out
    return []


# "Department | Year Created": the header says what the row's year did, and what kind of thing its name is
_HEADER_DEED = re.compile(
    r"(?:year|date)\s+(created|founded|established|formed|admitted|ratified|adopted|signed|enacted|passed|opened|built)",
    re.IGNORECASE,
)
_HEADER_KIND = re.compile(r"Department|Ministry|Bureau|Office|Agency")
_HEADER_PLACE = re.compile(r"Location|Place|City|Site|Venue|Where", re.IGNORECASE)


def _with_header_deed(text: str, header: list[str], date_column: int, text_column: int) -> str:
    """ "Department of Labor created" for the row "Labor | 1913" under "Department | Year Created";
    ``text`` as it is under other headers."""
    deed = _HEADER_DEED.fullmatch(header[date_column].strip()) if date_column < len(header) else None
    if deed is None or len(text.split()) > 6:
        return text
    kind = header[text_column].strip() if text_column < len(header) else ""
    if _HEADER_KIND.fullmatch(kind) and kind.casefold() not in text.casefold():
        text = f"{kind} of {text}"
    return f"{text} {deed.group(1).lower()}"


def _only_dates(cell: str) -> list[DateMention]:
    """The dates a cell holds and nothing else: one, or several a semicolon parts ("1788–1789; 1792")."""
    found = find_dates(cell.strip())
    rest = cell.strip()
    for mention in found:
        rest = rest.replace(mention.text, "", 1)
    return found if found and re.fullmatch(r"[\s;]*", rest) and (len(found) == 1 or ";" in cell) else []


_MONTH_NAME = "|".join(MONTHS["en"])


# "From November 28 to December 1, 1943", "28 November – 1 December 1943", "4–6 June 1859": a range's start.
_RANGE_START = re.compile(
    rf"(?:\bfrom\s+)?(?:(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:\s+(?P<month2>{_MONTH_NAME}))?)"
    r"\s*(?:to|until|through|–|-)\s*$",
    re.IGNORECASE,
)


# "Between June 5 and June 10": "and" ends a range only after "between".
_BETWEEN_START = re.compile(
    rf"\bbetween\s+(?:(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:\s+(?P<month2>{_MONTH_NAME}))?)"
    r"\s+and\s+$",
    re.IGNORECASE,
)


_MONTHS_START = re.compile(
    rf"\b(?:between|from|in)\s+(?P<month>{_MONTH_NAME})\s+(?:and|to|until|through)\s+$", re.IGNORECASE
)


def with_day_ranges(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Each date that ends a range of days ("From November 28 to December 1, 1943") read as
    the whole range, 1943-11-28/1943-12-01; other dates as they are."""
    out = []
    for mention in mentions:
        end = mention.date
        months = _MONTHS_START.search(sentence[max(0, mention.start - 40) : mention.start])
        if months and end.month and end.day is None and mention.until is None:  # "between May and September of 1787"
            first = _MONTH_NUMBER[months.group("month").lower()]
            if first < end.month:
                at = mention.start - len(sentence[max(0, mention.start - 40) : mention.start]) + months.start()
                out.append(DateMention(at, mention.end, sentence[at : mention.end], PartialDate(end.year, first), end))
                continue
        window = sentence[max(0, mention.start - 40) : mention.start]
        match = _RANGE_START.search(window) or _BETWEEN_START.search(window)
        if match is None or end.day is None or end.month is None or mention.until is not None:
            out.append(mention)
            continue
        month_name = match.group("month") or match.group("month2")
        month = _MONTH_NUMBER[month_name.lower()] if month_name else end.month
        day = int(match.group("day") or match.group("day2"))
        year = end.year - 1 if month > end.month else end.year
        start = PartialDate(year, month, day)
        if not 1 <= day <= 31 or start.sort_key >= end.sort_key:
            out.append(mention)
            continue
        at = mention.start - len(sentence[max(0, mention.start - 40) : mention.start]) + match.start()
        out.append(DateMention(at, mention.end, sentence[at : mention.end], start, end))
    return out


_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTHS["en"], start=1)}


# "became a U.S. Representative … in 1823 and served until 1827": the office was held from one year to the other
_AND_SERVED_UNTIL = re.compile(
    r"(?:[^.;:]|\.(?=\S)|(?<=\b[A-Z])\.)*?\band\s+served\s+(?:[a-z]+\s+){0,2}?until\s+(?=\d{4}\b(?!\s*[,–-]?\s*\d))"
)
# "appointed Evarts as Attorney General on July 16, 1868, a position in which he served until March 4, 1869"
_A_POSITION_UNTIL = re.compile(
    r",\s+(?:a\s+(?:position|post|office)\s+(?:in\s+which\s+|that\s+|which\s+)?(?:he|she)\s+(?:held|served|occupied)"
    # "appointed Forsyth as U.S. Minister to Spain in 1819, an appointment that lasted until 1823"
    r"|an?\s+(?:appointment|position|post|term|tenure|assignment)\s+(?:that|which)\s+lasted)"
    r"\s+until\s+(?=[A-Z\d])"
)


def with_terms_served(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Each date of a deed followed by "and served until" another, or by "a position he held until"
    another, read as the span it tells ("he became a Senator in 1827 and served until 1841":
    1827/1841); other dates as they are."""
    out: list[DateMention] = []
    taken: set[int] = set()  # where a span's end stands: no event of its own
    for number, mention in enumerate(mentions):
        if mention.start in taken:
            continue
        later = mentions[number + 1].start if number + 1 < len(mentions) else len(sentence)
        served = _AND_SERVED_UNTIL.match(sentence, mention.end) if mention.date.month is None else None
        # "In 1819 Monroe appointed Forsyth as Minister to Spain, an appointment that lasted until 1823": the
        # position's words come after the deed, before the end (no other date between)
        served = served or _A_POSITION_UNTIL.search(sentence, mention.end)
        ends = find_dates(sentence[served.end() :], year=mention.date.year) if served else []
        end = ends[0] if ends and ends[0].start == 0 else None
        if served and end and mention.until is None and served.end() <= later:
            if end.date.sort_key > mention.date.sort_key and bool(end.date.day) == bool(mention.date.day):
                mention = DateMention(mention.start, mention.end, mention.text, mention.date, end.date)
                taken.add(served.end())
        out.append(mention)
    return out


def names_a_time(text: str) -> bool:
    """Whether ``text`` names a date of its own or counts one from another ("two days later")."""
    return bool(find_dates(text) or _RELATIVE.search(text))
