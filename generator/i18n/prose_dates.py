"""Dates written in running text in a guide's language: "5 mai 1789", "8. August 1945",
"5 de mayo de 1789", "8 августа 1945 г.", "1945年8月8日".

Month names come from CLDR (wide and abbreviated, in the forms a date uses and the
forms a month standing alone uses), so every language Babel knows is read the same
way. The check's date cross-check and the importer read prose through
:func:`generator.authoring.prose.find_dates`, which asks here for the patterns of a
language other than English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.i18n.catalog import base_language
from generator.i18n.dates import cldr_locale

# Years a history text names as such, as the English reader has them: 1000–2099.
_YEAR_END = r"(?P<year>1\d{3}|20\d{2})(?![\d'’s])"
_EAST_ASIAN = frozenset({"ja", "zh"})


@lru_cache(maxsize=32)
def month_names(lang: str) -> dict[str, int]:
    """Every name of every month in ``lang``, lower case, with its number."""
    locale = cldr_locale(lang)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                names[name.lower()] = int(number)
                names[name.lower().rstrip(".")] = int(number)
    return names


@lru_cache(maxsize=32)
def date_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """Patterns for a full date and a month with its year in ``lang``, most precise first;
    each has the groups ``year`` and ``month`` (a name, or a number in Japanese and
    Chinese) and the first also ``day``."""
    if base_language(lang) in _EAST_ASIAN:
        return (re.compile(r"(?P<year>\d{3,4})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"),)
    months = sorted(month_names(lang), key=len, reverse=True)
    month = r"(?P<month>" + "|".join(re.escape(name) for name in months) + r")\.?"
    prefix = r"(?:ב-?|ב־)?" if base_language(lang) == "he" else ""  # "8 באוגוסט 1945"
    joiner = r",? (?:de |del )?"  # Spanish and Portuguese "5 de mayo de 1789"
    day = r"\b(?P<day>\d{1,2})(?:\.|er|º|ᵉʳ)? (?:de )?"
    flags = re.IGNORECASE
    return (
        re.compile(day + prefix + month + joiner + _YEAR_END, flags),
        re.compile(r"(?<!\w)" + prefix + month + joiner + _YEAR_END, flags),
    )


def month_number(name: str, lang: str) -> int:
    """The number of a month as :func:`date_patterns` matched it."""
    return int(name) if name.isdigit() else month_names(lang)[name.lower().rstrip(".")]
