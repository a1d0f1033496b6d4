"""Dates in each language's own form, from CLDR through Babel.

The content stage parses a date (``1945-08-08``, ``-0490``, ``1900~``) into its
year, month, day and whether it is approximate; this module writes those parts as a
reader of the language expects: '8 août 1945', '8. August 1945', '8 августа 1945 г.',
'1945年8月8日'. Years before the common era and "circa" come from the catalogue,
since CLDR has no pattern for them; the common era's name, needed only at the far end of
a span that crosses into it, comes from CLDR.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton

from generator.i18n.catalog import base_language
from generator.i18n.labels import phrase

#: (year, month, day) of one end of a date; month and day may be missing.
Parts = tuple[int, "int | None", "int | None"]


@lru_cache(maxsize=64)
def knows(lang: str) -> bool:
    """Whether CLDR has the language (else its dates are written in English)."""
    try:
        Locale.parse(base_language(lang))
    except (UnknownLocaleError, ValueError):
        return False
    return True


@lru_cache(maxsize=64)
def cldr_locale(lang: str) -> Locale:
    """The CLDR locale for a BCP 47 tag; English for one CLDR does not know."""
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(base_language(lang))
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


@lru_cache(maxsize=64)
def year_first(lang: str) -> bool:
    """Whether the language writes the year before the month (Japanese, Chinese …)."""
    pattern = str(cldr_locale(lang).date_formats["long"].pattern)
    return pattern.lstrip("G ").startswith("y")


def _sample(month: int | None, day: int | None) -> datetime.date:
    return datetime.date(2000, month or 1, day or 1)  # a leap year: 29 February formats too


def year_text(year: int, lang: str, *, era: bool = False) -> str:
    """'1945', '1945年', '490 av. J.-C.', '紀元前490年'; with ``era``, a year of the common
    era says so ('14 ap. J.-C.', '西暦14年'), as the far end of a span that starts before it must."""
    if year < 0:
        return phrase(lang, "bce", year=str(-year))
    return format_skeleton("yG" if era else "y", datetime.date(year, 1, 1), locale=cldr_locale(lang))


def _day_month(month: int, day: int | None, lang: str) -> str:
    """The month (and day) without a year: '8 août', '8. August', '8月8日'."""
    if day:
        return format_skeleton("MMMMd", _sample(month, day), locale=cldr_locale(lang))
    # Babel matches the skeleton "MMMM" to an abbreviated pattern ('Sep'); the stand-alone
    # wide month is the name a month-and-year needs.
    return format_date(_sample(month, day), "LLLL", locale=cldr_locale(lang))


def parts_text(parts: Parts, lang: str, *, with_year: bool = True, era: bool = False) -> str:
    """One date: a year, a month and year, or a full date (``era``: see :func:`year_text`)."""
    year, month, day = parts
    locale = cldr_locale(lang)
    if month is None:
        return year_text(year, lang, era=era)
    if not with_year:
        return _day_month(month, day, lang)
    if year > 0:
        when = datetime.date(year, month, day or 1)
        if era:
            return format_skeleton("GyMMMMd" if day else "GyMMMM", when, locale=locale)
        return format_date(when, "long", locale=locale) if day else format_skeleton("yMMMM", when, locale=locale)
    # CLDR patterns need a year of the common era: the month and the BCE year side by side.
    pieces = [year_text(year, lang), _day_month(month, day, lang)]
    return "".join(pieces) if year_first(lang) else " ".join(pieces[::-1])


def circa(text: str, lang: str) -> str:
    """'c. 1900', 'vers 1900', '1900年頃'."""
    return phrase(lang, "circa", date=text)


def span_text(start: Parts, end: Parts, lang: str, approximate: tuple[bool, bool]) -> str:
    """An interval, sharing the year its two ends have in common where both are exact:
    '11 mai – 16 septembre 1939', '1939年5月11日〜9月16日', '1939–1941', '490–479 av. J.-C.'."""
    first_circa, last_circa = approximate
    plain = not (first_circa or last_circa)
    if plain and start[1] is None and end[1] is None and (start[0] < 0) == (end[0] < 0):
        if start[0] < 0:
            return phrase(lang, "bce", year=f"{-start[0]}–{-end[0]}")
        years = (year_text(start[0], lang), year_text(end[0], lang))
        return f"{years[0]}–{years[1]}" if years[0].isdigit() else phrase(lang, "range", start=years[0], end=years[1])
    if plain and start[0] == end[0] and start[1] and end[1] and start[0] > 0:
        if year_first(lang):
            first, last = parts_text(start, lang), parts_text(end, lang, with_year=False)
        else:
            first, last = parts_text(start, lang, with_year=False), parts_text(end, lang)
        return phrase(lang, "range", start=first, end=last)
    first = parts_text(start, lang)
    last = parts_text(end, lang, era=start[0] < 0 < end[0])
    return phrase(
        lang, "range", start=circa(first, lang) if first_circa else first, end=circa(last, lang) if last_circa else last
    )
