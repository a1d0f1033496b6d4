"""Alphabetical order as each language has it: the Unicode Collation Algorithm (pyuca,
pure Python, the DUCET table) with the letters a language tailors as its own.

The DUCET already puts accented letters beside their base letter (French: Abeille <
Âne < Écluse < Éléphant < Ours), which is the rule of most languages here. Spanish,
Polish and Turkish count some accented letters as letters of their own, after their
base letter (ñ after n, ł after l, ş after s); that tailoring is the table below.
Japanese and Chinese terms sort by their ``reading:`` (kana, pinyin) where the author
gives one, as a dictionary does.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pyuca import Collator

from generator.i18n.catalog import base_language

#: A character past every letter: "n" + this sorts after every word in n and before o.
_AFTER = "\U0002a6d6"  # a CJK ideograph: implicit weights come after every script's letters

#: Letters a language counts as its own, and the letter they follow.
TAILORED: dict[str, dict[str, str]] = {
    "es": {"ñ": "n"},
    "pl": {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z" + _AFTER},
    "tr": {"ç": "c", "ğ": "g", "ı": "h", "ö": "o", "ş": "s", "ü": "u"},
}


@lru_cache(maxsize=1)
def _collator() -> Collator:
    return Collator()  # reads the DUCET once (a tenth of a second)


@lru_cache(maxsize=16)
def _tailoring(lang: str) -> dict[int, str]:
    table: dict[int, str] = {}
    for letter, after in TAILORED.get(base_language(lang), {}).items():
        table[ord(letter)] = after + _AFTER
        table[ord(letter.upper())] = after.upper() + _AFTER
    if base_language(lang) == "tr":  # I is the capital of ı, İ the capital of i
        table[ord("I")] = "H" + _AFTER
        table[ord("İ")] = "I"
    return table


def sort_key(text: str, lang: str, reading: str | None = None) -> tuple[int, ...]:
    """The key that orders ``text`` as a dictionary in ``lang`` does."""
    written = unicodedata.normalize("NFC", reading or text)
    return tuple(_collator().sort_key(written.translate(_tailoring(lang))))


def initial(text: str, lang: str, reading: str | None = None) -> str:
    """The letter a glossary files ``text`` under: 'Âne' under A in French, 'Łódź' under Ł
    in Polish, 'Ñandú' under Ñ in Spanish."""
    first = unicodedata.normalize("NFC", (reading or text)[:1]).upper()
    if first.lower() in TAILORED.get(base_language(lang), {}):
        return first
    base = unicodedata.normalize("NFD", first)[:1]
    return base if base.isalpha() else first
