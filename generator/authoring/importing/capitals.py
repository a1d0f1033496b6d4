"""Names whose capital carries an accent ("Pedro Álvares Cabral", "Émile Zola", "Ōsaka").

The title rules find names by their capitals, A to Z; a capital with an accent would end a
name there ("The explorer Pedro Álvares Cabral landed" kept its role and lost its place).
The rules read such a capital as its plain letter, and the title gets each accent back.
Every character stays one character, so positions in the text stay where they were.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

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


def read_with_plain_capitals(title_of: Callable[..., str]) -> Callable[..., str]:
    """``title_of`` reading its texts (its str arguments, and lists of them) with plain capitals,
    its title given the accents back."""

    @functools.wraps(title_of)
    def reading(*arguments: Any) -> str:
        texts = [a for a in arguments if isinstance(a, str)] + [
            t for a in arguments if isinstance(a, list) for t in a if isinstance(t, str)
        ]
        if all(text.isascii() for text in texts):
            return title_of(*arguments)
        plain = [
            plain_capitals(a) if isinstance(a, str) else [plain_capitals(t) for t in a] if isinstance(a, list) else a
            for a in arguments
        ]
        return accents_back(title_of(*plain), *texts)

    return reading
