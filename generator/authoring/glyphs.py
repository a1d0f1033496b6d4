"""Characters no bundled font has, found by ``check`` as ``build`` would find them.

The build typesets with the bundled fonts only (``templates/fonts``) and refuses a
character none of them covers; ``check`` reads the same fonts' character maps, so a
guide that passes ``check`` does not fail ``build`` on an emoji, and the error names
the file and line of the character.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from generator.content.model import Guide
from generator.errors import Problem
from generator.resources import TEMPLATES


@lru_cache(maxsize=1)
def bundled_characters(fonts: Path = TEMPLATES / "fonts") -> frozenset[int]:
    """Every code point some bundled font maps to a glyph."""
    from fontTools.ttLib import TTFont  # WeasyPrint's dependency; loaded only for a check

    covered: set[int] = set()
    for path in sorted(fonts.glob("*.[ot]tf")):
        with TTFont(path, lazy=True) as font:
            covered.update(font.getBestCmap() or {})
    return frozenset(covered)


def _needs_glyph(char: str) -> bool:
    # Line ends, tabs, joiners and variation selectors are never drawn.
    if unicodedata.category(char) in ("Cc", "Cf") or 0xFE00 <= ord(char) <= 0xFE0F:
        return False
    return not char.isspace() or char == "\u3000"


def missing_glyphs(guide: Guide) -> list[Problem]:
    """An error at the first line of each file that has a character no bundled font has."""
    covered = bundled_characters()
    texts = {record.origin.path: record.origin for record in guide.records() if record.origin.text}
    texts.update({section.path: section.origin for section in guide.sections})
    problems = []
    for path, origin in texts.items():
        missing: dict[str, int] = {}
        for number, line in enumerate(origin.text.split("\n"), start=origin.text_line):
            for char in line:
                if ord(char) > 0x7E and ord(char) not in covered and _needs_glyph(char):
                    missing.setdefault(char, number)
        if missing:
            first = min(missing.values())
            described = ", ".join(f'"{c}" (U+{ord(c):04X})' for c in sorted(missing))
            problems.append(
                Problem(
                    path,
                    first,
                    f"no bundled font has the characters {described}: they would print as empty "
                    "boxes, and build refuses them; remove them or add a font that covers them to templates/fonts",
                )
            )
    return problems
