"""Each language's typographic conventions: quotation marks, French spacing before
high punctuation, the scripts a language writes in, and its direction.

:func:`localise_text` is applied to the text between tags of a rendered document
(never to markup or attribute values), after the templates and Markdown have run.
"""

from __future__ import annotations

import re

from generator.i18n.catalog import RTL, base_language

#: Opening and closing double quotes, opening single quote, by language (the first
#: subtag). A closing single quote is left as ’: it cannot be told from an apostrophe.
QUOTES: dict[str, tuple[str, str, str]] = {
    "en": ("“", "”", "‘"),
    "de": ("„", "“", "‚"),
    "fr": ("«\u202f", "\u202f»", "‹\u202f"),
    "es": ("«", "»", "“"),
    "it": ("«", "»", "“"),
    "pt": ("“", "”", "‘"),
    "nl": ("“", "”", "‘"),
    "pl": ("„", "”", "«"),
    "ru": ("«", "»", "„"),
    "uk": ("«", "»", "„"),
    "tr": ("“", "”", "‘"),
    "ja": ("「", "」", "『"),
    "zh": ("“", "”", "‘"),
    "ar": ("«", "»", "‹"),
    "he": ("„", "”", "‚"),
}


def quotes(lang: str) -> tuple[str, str, str]:
    return QUOTES.get(base_language(lang), QUOTES["en"])


#: The languages, as :data:`generator.render.typography.SCRIPTS` names them, whose script
#: a language writes natively: a run in that script is the document's own text, not a
#: foreign word to mark (Han in a Chinese guide, Cyrillic in a Ukrainian one).
NATIVE_SCRIPTS: dict[str, frozenset[str]] = {
    "ru": frozenset({"ru"}),
    "uk": frozenset({"ru"}),
    "ja": frozenset({"ja"}),
    "zh": frozenset({"ja"}),
    "ar": frozenset({"ar"}),
    "he": frozenset({"he"}),
}


def native_scripts(lang: str) -> frozenset[str]:
    return NATIVE_SCRIPTS.get(base_language(lang), frozenset())


# French: a narrow no-break space before ; ! ? (followed by a space, a closing mark or the
# end, so a URL's query is left alone) and before a colon that ends a clause.
_FRENCH_HIGH = re.compile(r"(?<=[^\s;:!?\u202f\u00a0«(\[])[ \u00a0]?(?=[;!?]+(?:[\s»)\]]|$)|:(?:\s|$))")
_CURLY = str.maketrans({"“": "\x00", "”": "\x01", "‘": "\x02"})
_ENTITIES = (("&ldquo;", "“"), ("&rdquo;", "”"), ("&lsquo;", "‘"))


# In right-to-left text a range of numbers ("9–12", "1939–1945") would be shown reversed: the
# dash is neutral and takes the paragraph's direction. Left-to-right marks around it keep
# the range in reading order.
_NUMBER_RANGE = re.compile(r"(?<=\d)([–—-])(?=\d)")


def localise_text(text: str, lang: str) -> str:
    """Text between tags with the language's quotation marks and spacing."""
    base = base_language(lang)
    if base == "en":
        return text
    opening, closing, single = quotes(base)
    for entity, mark in _ENTITIES:
        text = text.replace(entity, mark)
    if any(mark in text for mark in "“”‘"):
        text = text.translate(_CURLY).replace("\x00", opening).replace("\x01", closing).replace("\x02", single)
    if base == "fr":
        text = _FRENCH_HIGH.sub("\u202f", text)
    if base in RTL:
        text = _NUMBER_RANGE.sub("\u200e\\1\u200e", text)
    return text
