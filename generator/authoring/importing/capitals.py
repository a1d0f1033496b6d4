"""Names whose capital carries an accent ("Pedro Álvares Cabral", "Émile Zola", "Ōsaka").

The title rules find names by their capitals, A to Z; a capital with an accent would end a
name there ("The explorer Pedro Álvares Cabral landed" kept its role and lost its place).
The rules read such a capital as its plain letter, and the title gets each accent back.
Every character stays one character, so positions in the text stay where they were.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[\w’'.-]+")


def plain_capitals(text: str) -> str:
    """``text`` with each accented capital read as its plain letter: "Álvares" → "Alvares"."""
    if text.isascii():
        return text
    return "".join(_plain(character) for character in text)


def _plain(character: str) -> str:
    if character.isupper() and not character.isascii():
        base = unicodedata.normalize("NFD", character)[0]
        if base.isascii() and base.isupper():
            return base
    return character


def accents_back(title: str, *sources: str) -> str:
    """``title`` with the accents of the words it took from ``sources`` given back."""
    accented = {plain_capitals(word): word for text in sources for word in _WORD.findall(text)}
    accented = {plain: word for plain, word in accented.items() if plain != word}
    if not accented:
        return title
    return _WORD.sub(lambda found: accented.get(found.group(0), found.group(0)), title)
