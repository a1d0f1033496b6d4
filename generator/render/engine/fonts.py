"""Font subsets made by HarfBuzz's subsetter from the ``uharfbuzz`` wheel, on every machine.

WeasyPrint 70 subsets with the system's libharfbuzz-subset where it finds one and with
fontTools otherwise: ten times slower on the Japanese face, and other bytes, so the same
guide gave another PDF on another machine. The engine subsets every font the one way,
with the subsetter ``pip`` installs, and the same flags and dropped tables as
WeasyPrint's libharfbuzz-subset path (``weasyprint/pdf/fonts.py``, ``_harfbuzz_subset``):

1. keep the glyphs used, retaining their ids (the content streams name glyphs by id),
   drop the layout and bitmap tables a PDF does not read, desubroutinize CFF;
2. subset that again to glyphs 0 … the last used, without retaining ids, which drops the
   empty glyphs after the last one (and the hinting, unless asked for).

fontTools is the last fallback (a face HarfBuzz cannot subset), run as WeasyPrint runs
it but keeping the face's own date, so that its output too is the same on every run.

Two patches, each for want of a hook: WeasyPrint offers no way to choose the subsetter,
so :func:`install` replaces ``Font.subset``; and ``Font.clean`` (WeasyPrint's still)
saves variable and colour fonts through fontTools, which stamps the clock into the
face's ``head`` table unless told not to, so its ``TTFont`` keeps each face's own date.
"""

from __future__ import annotations

import functools
import io
import logging
from typing import Any

from generator.render.engine import patching

GROUP = "fonts"
#: Tables a PDF does not read, as WeasyPrint drops them.
DROPPED = (b"BASE", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"GPOS", b"GSUB", b"JSTF", b"LTSH", b"PCLT", b"SVG ")
#: Which subsetter to use: "uharfbuzz" (the default), "system" (WeasyPrint's own choice,
#: for the benchmark's comparison) or "fonttools".
SUBSETTER = "uharfbuzz"

_LOGGER = logging.getLogger("weasyprint")

try:
    import uharfbuzz as hb
except ImportError:  # a wheel missing for this platform: fontTools then
    hb = None


def subset_with_harfbuzz(content: bytes, index: int, glyphs: set[int], hinting: bool, notdef: bool) -> bytes | None:
    """``content``'s face ``index`` subset to ``glyphs`` by HarfBuzz, or None if it cannot."""
    if hb is None:
        return None
    flags = hb.SubsetFlags.PASSTHROUGH_UNRECOGNIZED | hb.SubsetFlags.DESUBROUTINIZE
    if notdef:
        flags |= hb.SubsetFlags.NOTDEF_OUTLINE
    keep = hb.SubsetInput()
    keep.glyph_set.update(glyphs)
    keep.flags = flags | hb.SubsetFlags.RETAIN_GIDS
    keep.sets(hb.SubsetInputSets.DROP_TABLE_TAG).update(int.from_bytes(tag, "big") for tag in DROPPED)
    try:
        face = hb.subset(hb.Face(hb.Blob(content), index), keep)
        # the same input again, all glyphs up to the last used, ids no longer retained
        keep.glyph_set.update(range(max(glyphs) + 1))
        keep.flags = flags if hinting else flags | hb.SubsetFlags.NO_HINTING
        data = hb.subset(face, keep).blob.data
    except RuntimeError:
        return None
    return bytes(data) or None


def subset_with_fonttools(content: bytes, index: int, glyphs: set[int], hinting: bool, notdef: bool) -> bytes | None:
    """The same with fontTools, as WeasyPrint 70 calls it, keeping the face's date."""
    from fontTools import subset
    from fontTools.ttLib import TTFont, TTLibError

    options = subset.Options(
        retain_gids=True,
        passthrough_tables=True,
        ignore_missing_glyphs=True,
        hinting=hinting,
        desubroutinize=True,
        notdef_outline=notdef,
    )
    options.drop_tables += ["GSUB", "GPOS", "SVG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(gids=glyphs)
    try:
        font = TTFont(io.BytesIO(content), fontNumber=index, recalcTimestamp=False)
        subsetter.subset(font)
    except TTLibError:
        return None
    saved = io.BytesIO()
    font.save(saved)
    return saved.getvalue()


def install() -> None:
    """Subset every font with :data:`SUBSETTER` (once per process)."""

    def subsetting(weasyprint_subset: Any) -> Any:
        def subset(font: Any, to_unicode: dict, hinting: bool) -> None:
            if not to_unicode:
                return
            if SUBSETTER == "system":
                weasyprint_subset(font, to_unicode, hinting)
                return
            glyphs, notdef = set(to_unicode), bool(font.missing)
            data = None
            if SUBSETTER == "uharfbuzz":
                data = subset_with_harfbuzz(font.file_content, font.index, glyphs, hinting, notdef)
            if data is None:
                data = subset_with_fonttools(font.file_content, font.index, glyphs, hinting, notdef)
            if data is None:
                _LOGGER.warning('Unable to subset "%s"', font.family)
                return
            font.file_content = data

        return subset

    from weasyprint.pdf import fonts as weasy_fonts

    patching.replace(GROUP, weasy_fonts.Font, "subset", subsetting)
    patching.replace(GROUP, weasy_fonts, "TTFont", lambda ttfont: functools.partial(ttfont, recalcTimestamp=False))
