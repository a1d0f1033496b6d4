"""Font subsets kept between the PDFs one process writes.

WeasyPrint subsets every font again for every PDF. With libharfbuzz-subset that costs
a tenth of a second; without it (the fontTools fallback, on a machine without the
optional library) it was 2 s of the watch's 3.2 s save (1.2 s with this module),
because fontTools reads the whole Japanese face's layout tables each time. A save that adds a sentence seldom
uses a glyph the last PDF did not, so the same subset is asked for again and again.

The subset is a function of the font file, the glyphs kept and the subsetting flags
(glyph ids are retained, so the content streams do not depend on it); it is kept under
exactly those, which leaves every PDF byte for byte as an uncached one. The cache is
bounded in bytes and forgets the least recently used subsets first.

:func:`install` wraps ``weasyprint.pdf.fonts.Font.clean``; the code that wants it calls it
(through :func:`generator.render.engine.speedups.install`).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any

from weasyprint.pdf import fonts as weasy_fonts

from generator.render.engine import fonts, patching

#: At most this many bytes of cleaned fonts are kept (the guide's ten faces subset to
#: about 1.5 MB; a theme that changes fonts while watching adds a few more sets).
MAX_BYTES = 64 * 2**20
GROUP = "subsets"


class SubsetCache:
    """Cleaned font bytes by what they were made from, least recently used first out."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple, tuple[bytes, dict]] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0

    def get(self, key: tuple) -> tuple[bytes, dict] | None:
        found = self.entries.get(key)
        if found is None:
            self.misses += 1
            return None
        self.entries.move_to_end(key)
        self.hits += 1
        return found

    def put(self, key: tuple, content: bytes, variations: dict) -> None:
        if len(content) > self.max_bytes:
            return
        if key in self.entries:
            self.size -= len(self.entries.pop(key)[0])
        self.entries[key] = (content, dict(variations))
        self.size += len(content)
        while self.size > self.max_bytes:
            _, (dropped, _) = self.entries.popitem(last=False)
            self.size -= len(dropped)


#: The process's cache; tests and the bench read its hits and misses.
CACHE = SubsetCache()


def font_key(font: Any, to_unicode: dict, hinting: bool) -> tuple:
    """Everything ``Font.clean`` reads: the file, the face in it, the variation and style
    it is instantiated at, whether a .notdef outline is needed, the glyphs kept, and the
    subsetter."""
    return (
        fonts.SUBSETTER,
        hashlib.blake2b(font.file_content, digest_size=20).digest(),
        font.index,
        tuple(sorted(font.variations.items())),
        font.weight,
        font.font_size if "fvar" in font.tables else None,  # only a variable font's optical size reads it
        font.style,
        bool(font.missing),
        bool(hinting),
        frozenset(to_unicode),
    )


def install() -> None:
    """Wrap WeasyPrint's font cleaning with :data:`CACHE` (once per process)."""

    def caching(clean: Any) -> Any:
        def cached_clean(font: Any, to_unicode: dict, hinting: bool) -> None:
            key = font_key(font, to_unicode, hinting)
            found = CACHE.get(key)
            if found is not None:
                font.file_content, variations = found
                font.variations = dict(variations)
                return
            clean(font, to_unicode, hinting)
            CACHE.put(key, font.file_content, font.variations)

        return cached_clean

    patching.replace(GROUP, weasy_fonts.Font, "clean", caching)
