"""Pages painted for an earlier PDF, replayed into the next one (the watch's saves).

Part-wise typesetting (:mod:`generator.render.parts`) keeps the laid-out pages of every
part that did not change, but WeasyPrint still paints every page again when it writes
the PDF: half a second for the default guide, two seconds at four times its size. A
page's drawing operators depend only on the page (its boxes), on the scale, and on what
the stream held before it was painted; so a page kept from the last save can be given
the operators it got then.

What painting does besides appending operators, and how a replay does the same:

* **Fonts.** Each glyph drawn is recorded in its font's ``to_unicode`` (the text of its
  first use in the document) and ``widths``. While a page is painted, its fonts are
  handed out as :class:`_PageFont` views with the page's own two tables; after painting
  (or replaying) the page's tables are merged into the document's fonts in page order,
  first use winning, which is exactly what painting every page in order gives.
* **Transparency states** named after their value (``/a1.0 gs``): recorded per page and
  added in the same order.
* **Operators**: kept joined into the bytes pydyf would make of them, so that writing a
  replayed page does not convert its thousands of operators again. They are joined when
  the page is first replayed, not when it is painted: the tags' finisher
  (:func:`generator.render.engine.tags.finisher`) rewrites the running heads' marked
  content after every page is painted, and the replay must give its result.
* **Marked content** (``MCID``) for the tags: the page's entries are recorded and given
  again as fresh copies (building the tag tree consumes them).
* Anything whose name depends on what earlier pages drew (groups, patterns, shadings,
  images, blend and mask states) or on earlier missing glyphs: such a page is painted
  every time, never replayed.

The cache is active only inside :func:`reusing`, in the thread that entered it; a build
that writes every page once never enters it. :func:`install` wraps ``Page.paint`` and the
``Stream`` methods it records; the watch calls it (through
:func:`generator.render.engine.speedups.install`), an import never does.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pydyf import _to_bytes as pydyf_bytes
from weasyprint.document import Page
from weasyprint.pdf import fonts as weasy_fonts
from weasyprint.pdf.stream import Stream
from weasyprint.text.fonts import get_pango_font_key

from generator.render.engine import patching

GROUP = "painted"
#: Stream methods whose resource names count what was drawn before: a page that calls
#: one is never replayed.
_ORDER_DEPENDENT = ("set_state", "add_group", "add_image", "add_pattern", "add_shading")


@dataclass
class _Painted:
    """What painting one page did, to be done again."""

    page: Any  # kept alive: the recorded Pango fonts belong to its text boxes
    start: tuple[int, int, float]  # operators and marked contents before it, and the scale
    operators: bytes | None  # the page's operators as pydyf writes them, joined once
    pending: tuple[list, int, int] | None  # (the stream's operators, from, to) until joined
    tags: list[tuple[Any, dict]]
    alphas: list[tuple[str, Any]]
    fonts: list[tuple[Any, dict, dict]]  # (Pango font, to_unicode, widths) in first-use order


class PaintCache:
    """Painted pages by page, for one sequence of writes (one watch session)."""

    def __init__(self) -> None:
        self.entries: dict[int, _Painted] = {}
        self.hits = self.misses = 0

    def keep_only(self, pages: list) -> None:
        """Forget every page but ``pages`` (a page no part holds any more is gone for good)."""
        wanted = {id(page) for page in pages}
        self.entries = {key: entry for key, entry in self.entries.items() if key in wanted}


class _PageFont:
    """A document font as one page's painting sees it: its own glyph tables, the rest shared."""

    def __init__(self, font: Any) -> None:
        self.font = font
        self.to_unicode: dict[int, str] = {}
        self.widths: dict[int, int] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.font, name)


@dataclass
class _Recorder:
    """What one page's painting does, noted as it happens."""

    fonts: dict[Any, tuple[Any, _PageFont]] = field(default_factory=dict)
    alphas: dict[str, None] = field(default_factory=dict)
    tainted: bool = False


_local = threading.local()


def _cache() -> PaintCache | None:
    return getattr(_local, "cache", None)


def _recorder() -> _Recorder | None:
    return getattr(_local, "recorder", None)


@contextmanager
def reusing(cache: PaintCache) -> Iterator[PaintCache]:
    """Within this block, in this thread, pages painted before are replayed from ``cache``."""
    previous = _cache()
    _local.cache = cache
    try:
        yield cache
    finally:
        _local.cache = previous


def _merge(font: Any, to_unicode: dict[int, str], widths: dict[int, int]) -> None:
    for glyph, text in to_unicode.items():
        font.to_unicode.setdefault(glyph, text)
    font.widths.update(widths)


def _paint(original: Any, page: Any, stream: Any, scale: float) -> None:
    cache = _cache()
    if cache is None or _recorder() is not None:
        original(page, stream, scale)
        return None
    tags = stream._tags
    start = (len(stream.stream), len(tags) if tags is not None else -1, scale)
    painted = cache.entries.get(id(page))
    if painted is not None and painted.page is page and painted.start == start:
        cache.hits += 1
        operators = _joined(painted)
        if operators is not None:
            stream.stream.append(operators)
        if tags is not None:
            tags.update((box, dict(entry)) for box, entry in painted.tags)
        states = stream._resources["ExtGState"]
        for key, value in painted.alphas:
            states.setdefault(key, value)
        for pango_font, to_unicode, widths in painted.fonts:
            font, _ = patching.original(Stream, "add_font")(stream, pango_font)
            _merge(font, to_unicode, widths)
        return None
    cache.misses += 1
    recorder = _local.recorder = _Recorder()
    tags_before = set(tags) if tags is not None else set()
    try:
        original(page, stream, scale)
    finally:
        _local.recorder = None
        for _, view in recorder.fonts.values():
            _merge(view.font, view.to_unicode, view.widths)
    if recorder.tainted:
        cache.entries.pop(id(page), None)
        return None
    states = stream._resources["ExtGState"]
    cache.entries[id(page)] = _Painted(
        page,
        start,
        None,
        (stream.stream, start[0], len(stream.stream)),
        [(box, dict(entry)) for box, entry in (tags or {}).items() if box not in tags_before],
        [(key, states[key]) for key in recorder.alphas],
        [(pango_font, dict(view.to_unicode), dict(view.widths)) for pango_font, view in recorder.fonts.values()],
    )
    return None


def _joined(painted: _Painted) -> bytes | None:
    """The page's operators as bytes, joined at the first replay (see the module's notes)."""
    if painted.pending is not None:
        operations, begin, end = painted.pending
        painted.operators = b"\n".join(pydyf_bytes(item) for item in operations[begin:end]) if end > begin else None
        painted.pending = None
    return painted.operators


def install() -> None:
    """Wrap WeasyPrint's page painting and the stream methods it records (once per process)."""

    def caching(paint: Any) -> Any:
        def cached_paint(page: Any, stream: Any, scale: float = 1) -> None:
            _paint(paint, page, stream, scale)

        return cached_paint

    def recording_fonts(add_font: Any) -> Any:
        def recorded_add_font(stream: Any, pango_font: Any) -> tuple[Any, float]:
            font, size = add_font(stream, pango_font)
            recorder = _recorder()
            if recorder is None:
                return font, size
            key = get_pango_font_key(pango_font)[0]
            if key not in recorder.fonts:
                recorder.fonts[key] = (pango_font, _PageFont(font))
            return recorder.fonts[key][1], size

        return recorded_add_font

    def recording_alphas(set_alpha: Any) -> Any:
        def recorded_set_alpha(stream: Any, alpha: float, stroke: bool = False, fill: bool | None = None) -> None:
            set_alpha(stream, alpha, stroke, fill)
            recorder = _recorder()
            if recorder is not None:
                if stroke:
                    recorder.alphas[f"A{alpha}"] = None
                if fill or (fill is None and not stroke):
                    recorder.alphas[f"a{alpha}"] = None

        return recorded_set_alpha

    def tainting(method: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            recorder = _recorder()
            if recorder is not None:
                recorder.tainted = True
            return method(*args, **kwargs)

        return wrapper

    patching.replace(GROUP, Page, "paint", caching)
    patching.replace(GROUP, Stream, "add_font", recording_fonts)
    patching.replace(GROUP, Stream, "set_alpha", recording_alphas)
    for name in _ORDER_DEPENDENT:
        patching.replace(GROUP, Stream, name, tainting)
    patching.replace(GROUP, weasy_fonts.Font, "get_unused_glyph_id", tainting)
