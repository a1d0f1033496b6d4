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

import string
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pyuca import Collator
from pyuca.collator import COLL_ELEMENT_PATTERN
from pyuca.utils import hexstrings2int

from generator.i18n.catalog import base_language

#: A character past every letter: "n" + this sorts after every word in n and before o.
_AFTER = "\U0002a6d6"  # a CJK ideograph: implicit weights come after every script's letters

#: Letters a language counts as its own, and the letter they follow.
TAILORED: dict[str, dict[str, str]] = {
    "es": {"ñ": "n"},
    "pl": {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z" + _AFTER},
    "tr": {"ç": "c", "ğ": "g", "ı": "h", "ö": "o", "ş": "s", "ü": "u"},
}


class _SubsetCollator(Collator):
    """The DUCET's entries for the characters asked for (and contractions that start with
    them); any other character would get its implicit weight, so only text made of these
    characters may be compared. Reading the whole table takes a tenth of a second, and a
    build process sorts one glossary."""

    def __init__(self, characters: frozenset[str]) -> None:
        self.characters = characters
        self.codes = {f"{ord(c):04X}" for c in characters}
        super().__init__()

    def load(self, filename: str) -> None:
        with open(filename, encoding="utf-8") as table:
            for line in table:
                if line.startswith("@implicitweights"):
                    span, base = line[len("@implicitweights") :].split("#", 1)[0].split(";")
                    first, last = span.split("..")
                    self.implicit_weights.append([int(first, 16), int(last, 16), int(base, 16)])
                elif line[: line.find(" ")] in self.codes:
                    chars, weights = line.split("#", 1)[0].split(";", 1)
                    elements = [hexstrings2int(m.groups()) for m in COLL_ELEMENT_PATTERN.finditer(weights)]
                    self.table.add(hexstrings2int(chars.split()), elements)


_ALWAYS = frozenset(string.printable)
_loaded: list[_SubsetCollator] = []


def _collator(text: str) -> _SubsetCollator:
    """A collator that knows every character of ``text`` (and of what it met before)."""
    needed = frozenset(text) | frozenset(unicodedata.normalize("NFD", text))
    if not _loaded or not needed <= _loaded[0].characters:
        known = _ALWAYS | needed | (_loaded[0].characters if _loaded else frozenset())
        _loaded[:] = [_SubsetCollator(known)]
    return _loaded[0]


def prepare(texts: Iterable[str]) -> None:
    """Read the table once for all of ``texts`` before sorting them."""
    _collator("".join(texts))


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
    written = unicodedata.normalize("NFC", reading or text).translate(_tailoring(lang))
    return tuple(_collator(written).sort_key(written))


def initial(text: str, lang: str, reading: str | None = None) -> str:
    """The letter a glossary files ``text`` under: 'Âne' under A in French, 'Łódź' under Ł
    in Polish, 'Ñandú' under Ñ in Spanish."""
    first = unicodedata.normalize("NFC", (reading or text)[:1]).upper()
    if first.lower() in TAILORED.get(base_language(lang), {}):
        return first
    base = unicodedata.normalize("NFD", first)[:1]
    return base if base.isalpha() else first
