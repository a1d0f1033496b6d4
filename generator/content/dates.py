"""Partial and uncertain dates: parse, order and write them as a reader expects.

Implements the subset of ISO 8601 / EDTF (https://www.loc.gov/standards/datetime/)
that a timeline needs: ``1931``, ``1945-08``, ``1941-04-13``, intervals
``1939-05-11/1939-09-16``, negative years for BCE (``-0490`` is 490 BC, as
authors expect, rather than ISO's astronomical numbering) and a trailing ``~``
for "circa".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from generator.i18n import dates as cldr
from generator.i18n.labels import Eras

# [0-9], not \d: \d also matches Arabic-Indic and full-width digits, which int() accepts
# but no reader of an ISO date expects.
_POINT = re.compile(r"^(?P<year>-?[0-9]{1,6})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?(?P<circa>~)?\Z")

#: English is written here (its US and British orders, the forms tests pin); every other
#: language goes through CLDR (:mod:`generator.i18n.dates`).
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
#: The English words of each choice: (before the common era, the common era, whether the
#: common era's word comes first). The Chicago Manual puts "AD" before the year, "CE" after.
ERA_WORDS: dict[str, tuple[str, str, bool]] = {"BC/AD": ("BC", "AD", True), "BCE/CE": ("BCE", "CE", False)}
#: "circa" before a year in English.
CIRCA = {"en": "c. "}


class DateError(ValueError):
    """A date string that cannot be understood; the message says how to fix it."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A year, optionally with month and day; ``year`` < 0 means BCE."""

    year: int
    month: int | None = None
    day: int | None = None
    circa: bool = False

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    @property
    def last_key(self) -> tuple[int, int, int]:
        """The latest day this date could mean, for checking interval order."""
        return (self.year, self.month or 12, self.day or 31)


@dataclass(frozen=True)
class DateSpan:
    """A point in time or an interval, as written in a timeline."""

    start: PartialDate
    end: PartialDate | None = None

    @property
    def is_interval(self) -> bool:
        return self.end is not None

    @property
    def sort_key(self) -> tuple:
        end = self.end.sort_key if self.end else self.start.sort_key
        return (self.start.sort_key, end)


def parse_point(text: str) -> PartialDate:
    """Parse one date such as ``1941-04-13``, ``1945-08``, ``-0490`` or ``1900~``."""
    match = _POINT.match(text.strip())
    if not match:
        raise DateError(
            f"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD "
            "(e.g. 1941-04-13), with a leading '-' for BC and a trailing '~' for circa"
        )
    year = int(match["year"])
    if year == 0:
        raise DateError("there is no year 0: write 1 for AD 1 or -1 for 1 BC")
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"'{text}': month {month} does not exist (use 01–12)")
    if day is not None and month is not None:  # the pattern allows a day only after a month
        # calendar.monthrange needs a positive year; leap rules are the same shape.
        days = calendar.monthrange(abs(year) if year > 0 else abs(year) + 1, month)[1]
        if not 1 <= day <= days:
            raise DateError(f"'{text}': {MONTHS['en'][month - 1]} {abs(year)} has no day {day} (it has {days} days)")
    return PartialDate(year, month, day, bool(match["circa"]))


#: 15/01/2026, 31.02.1790, 5-5-1789: a date written as many countries write it by hand.
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_span(text: str) -> DateSpan:
    """Parse a point or an interval ``start/end``; the end may not precede the start."""
    text = str(text).strip()
    written = _DAY_MONTH_YEAR.fullmatch(text)
    if written:
        day, month, year = written.groups()
        if int(month) > 12 >= int(day):  # month/day/year, as the United States writes it
            day, month = month, day
        raise DateError(
            f"'{text}' is written day/month/year: write YYYY-MM-DD, e.g. {int(year):04d}-{int(month):02d}-{int(day):02d}"
        )
    if text.count("/") > 1:
        raise DateError(f"'{text}': an interval has exactly one '/' between its start and end")
    if "/" not in text:
        return DateSpan(parse_point(text))
    first, second = (part.strip() for part in text.split("/"))
    if not first or not second or ".." in (first, second):
        raise DateError(f"'{text}': an interval needs both a start and an end, e.g. 1939-05-11/1939-09-16")
    start, end = parse_point(first), parse_point(second)
    if end.last_key < start.sort_key:
        raise DateError(f"'{text}': the interval ends before it starts; swap the two dates")
    return DateSpan(start, end)


def _language(lang: str) -> tuple[str, bool]:
    """English's table or CLDR ("" ), and whether the month goes first (US style)."""
    base = lang.lower().split("-")[0]
    us_style = lang.lower() in {"en-us", "en-ca", "en-ph"}
    return ("en" if base == "en" or not cldr.knows(lang) else ""), us_style


def writes_english_dates(lang: str) -> bool:
    """Whether a guide in ``lang`` has its dates written by this module's English tables
    (English, and any language CLDR does not know), rather than by CLDR's."""
    return _language(lang)[0] == "en"


def _parts(date: PartialDate) -> cldr.Parts:
    return (date.year, date.month, date.day)


def _year(year: int, eras: Eras = "BC/AD", era: bool = False) -> str:
    before, common, common_first = ERA_WORDS[eras]
    if year < 0:
        return f"{-year} {before}"
    if not era:
        return str(year)
    return f"{common} {year}" if common_first else f"{year} {common}"


def _crosses_era(span: DateSpan) -> bool:
    """Whether the span starts before the common era and ends in it: its far end must then
    name its era ('31 BC – AD 14'), or it reads as a span of years before Christ."""
    return span.end is not None and span.start.year < 0 < span.end.year


def format_point(date: PartialDate, lang: str = "en", *, era: bool = False, eras: Eras = "BC/AD") -> str:
    """Write one date as a reader of ``lang`` expects: '13 April 1941', 'April 13, 1941',
    'August 1945', '490 BC', 'c. 1900' (``era``: 'AD 14', for the end of a span that needs it;
    ``eras``: the guide's choice of era names, '490 BCE', '14 CE')."""
    base, us_style = _language(lang)
    if not base:
        text = cldr.parts_text(_parts(date), lang, era=era)
        return cldr.circa(text, lang) if date.circa else text
    text = _join(date.day, date.month, _year(date.year, eras, era), base, us_style)
    return CIRCA[base] + text if date.circa else text


def _join(day: int | None, month: int | None, year: str, base: str, us_style: bool) -> str:
    if month is None:
        return year
    name = MONTHS[base][month - 1]
    if day is None:
        return f"{name} {year}"
    if us_style:
        return f"{name} {day}, {year}"
    return f"{day} {name} {year}"


def format_span(span: DateSpan, lang: str = "en", *, eras: Eras = "BC/AD") -> str:
    """Write a point or an interval, sharing what both ends have in common:
    '11–25 August 1945', '11 May – 16 September 1939', '490–479 BC' (``eras``: see
    :func:`format_point`)."""
    start, end = span.start, span.end
    if end is None:
        return format_point(start, lang, eras=eras)
    base, us_style = _language(lang)
    if not base:
        return cldr.span_text(_parts(start), _parts(end), lang, (start.circa, end.circa))
    plain = not (start.circa or end.circa)
    same_year = start.year == end.year and plain
    if same_year and start.month and start.month == end.month and start.day and end.day and not us_style:
        return f"{start.day}–{_join(end.day, end.month, _year(end.year, eras), base, us_style)}"
    if same_year and start.month and start.month == end.month and start.day and end.day:
        return f"{MONTHS[base][start.month - 1]} {start.day}–{end.day}, {_year(end.year, eras)}"
    if same_year and start.month and end.month:
        first = _join(start.day, start.month, "", base, us_style).rstrip(", ").strip()
        return f"{first} – {_join(end.day, end.month, _year(end.year, eras), base, us_style)}"
    if plain and start.month is None and end.month is None and start.year < 0 and end.year < 0:
        return f"{-start.year}–{_year(end.year, eras)}"
    if plain and start.month is None and end.month is None and not _crosses_era(span):
        return f"{start.year}–{end.year}"
    return f"{format_point(start, lang, eras=eras)} – {format_point(end, lang, era=_crosses_era(span), eras=eras)}"


def year_label(span: DateSpan, lang: str = "en", *, era: bool = False, eras: Eras = "BC/AD") -> str:
    """The year marker under which an event stands on the timeline spine (``era``: name
    the common era, for the cover's bar that starts before it; ``eras``: see :func:`format_point`)."""
    base, _ = _language(lang)
    year = span.start.year
    return _year(year, eras, era) if base else cldr.year_text(year, lang, era=era)


@dataclass(frozen=True)
class SpanTrack:
    """An interval drawn to scale on a track of whole calendar years: ``years`` years
    long, filled from ``start`` to ``end`` (fractions of the whole track, 0–1)."""

    years: int
    start: float
    end: float


def span_track(span: DateSpan) -> SpanTrack | None:
    """Where an interval lies on the calendar years it touches; None for a point in time.
    A date without a day or month stands for its first day at the start of the interval
    and its last day at the end, as the interval's order check reads it."""
    if span.end is None:
        return None
    first, last = span.start.year, span.end.year
    years = last - first + 1 - (1 if first < 0 < last else 0)  # there is no year 0
    offset = years - 1  # the end's year is the track's last
    return SpanTrack(years, _through_year(span.start, False) / years, (offset + _through_year(span.end, True)) / years)


def _through_year(date: PartialDate, at_end: bool) -> float:
    """How far through its year ``date`` falls: 0 at the start of 1 January, 1 at the
    end of 31 December."""
    leap = calendar.isleap(abs(date.year))
    like = 2024 if leap else 2023  # calendar wants a year after AD 1; only being leap matters
    month = date.month or (12 if at_end else 1)
    day = date.day or (calendar.monthrange(like, month)[1] if at_end else 1)
    day_of_year = sum(calendar.monthrange(like, m)[1] for m in range(1, month)) + day
    return (day_of_year - (0 if at_end else 1)) / (366 if leap else 365)
