"""Ordinary prose cut into sentences, for the importer and the consistency check: a
sentence ends at its full stop, not at an abbreviation's ("U.S.", "St.") or an initial's,
and a run without full stops is cut at its clauses.
"""

from __future__ import annotations

import re

from generator.content.dates import MONTHS

_MONTH_NAMES = MONTHS["en"]  # "… on August 1. Other …": a day that ends a sentence follows its month

# A sentence ends at . ! or ? followed by space and a capital, a digit or a quote,
# unless the full stop closes a common abbreviation or an initial.
_ABBREVIATIONS = {
    "u.s.s",  # a ship's name follows: "the U.S.S. Ticonderoga"
    "h.m.s",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "c",
    "ca",
    "gen",
    "col",
    "lt",
    "capt",
    "adm",
    "prof",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",  # "the U.N. General Assembly"
    "u.s.s.r",
    "corp",  # "Schechter Poultry Corp. v. United States": a company's name goes on ("& Co." often ends one)
}
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9À-ÖØ-ÞĀĆČĎĒĞĪŁŃŌŒŘŚŞŠŢŪŹŻŽ])"
)  # "… endured. Çatalhöyük …"
_LAST_WORD = re.compile(r"[\s/(\[“\"‘-]")  # "Canada-U.S." ends in "U.S."


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph, whitespace normalised. A "sentence" longer than
    :data:`MAX_SENTENCE` characters (a pasted run without full stops) is cut at clause
    boundaries, so that everything that reads sentences stays linear in the text."""
    return [piece for sentence in _sentences(text) for piece in _bounded(sentence)]


MAX_SENTENCE = 600


def _bounded(sentence: str) -> list[str]:
    pieces = []
    while len(sentence) > MAX_SENTENCE:
        window = sentence[:MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" – "))
        cut = cut if cut > MAX_SENTENCE // 3 else window.rfind(" ")
        cut = cut if cut > 0 else MAX_SENTENCE
        pieces.append(sentence[:cut].strip(" ,;–"))
        sentence = sentence[cut:].strip(" ,;–")
    return [*pieces, sentence] if sentence else pieces


def _sentences(text: str) -> list[str]:
    text = " ".join(text.split())
    if not text:
        return []
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rstrip('"”’)')
        last_word = _LAST_WORD.split(before)[-1].rstrip(".").lower()  # "Leningrad/St." ends in "St."
        if (
            before.endswith(".")
            and (last_word in _ABBREVIATIONS or len(last_word) == 1)
            and not _day_ends(before)
            and not before.endswith(" War I.")  # "… until after World War I. Bulgaria became …": the war's numeral
        ):
            continue
        if re.search(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.){2,3}$", before):
            continue  # "President George H.W. Bush": a name's initials, after its first name
        # the closing quotation mark or bracket after the stop is the sentence's own ("… “Department of State Building.”")
        closing = len(match.group(0)) - len(match.group(0).lstrip('"”’)'))
        sentences.append(text[start : match.start() + closing].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def _day_ends(before: str) -> bool:
    """Whether a one-digit number before a full stop is a day that ends the sentence ("… and
    Brazil on August 1. Other …"), not an initial or a day written "1." before its month."""
    words = before.rstrip(".").rsplit(" ", 2)
    return len(words) == 3 and words[2].isdigit() and words[1].capitalize() in _MONTH_NAMES
