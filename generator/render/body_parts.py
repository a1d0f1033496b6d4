"""A guide's HTML cut at the top-level elements of its body: the parts that
:mod:`generator.render.parts` lays out one by one.

The watch cuts every version of the HTML, and a save changes a few hundred characters of
it (a million at four times the default guide). :class:`Splitter` remembers the last cut
and parses again only the elements the change touched: the text before the first
character that differs and after the last one is the same, and so are its elements.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from html.parser import HTMLParser

from generator.render.marks import MARKS

#: Elements that have no end tag: they never open a level of nesting.
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


@dataclass(frozen=True)
class Split:
    """A guide's HTML cut at its top-level elements: ``head + lead + parts… + tail``."""

    head: str
    lead: str
    parts: tuple[str, ...]
    tail: str


class _TopLevel(HTMLParser):
    """Finds where each child element of ``<body>`` begins and ends in the source."""

    def __init__(self, source: str, in_body: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.depth: int | None = 0 if in_body else None  # None outside <body>
        self.body: tuple[int, int] = (0, len(source))
        self.elements: list[tuple[int, int]] = []
        self.start = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:
        here = self._offset()
        end = here + len(self.get_starttag_text() or "")
        if tag == "body":
            self.depth, self.body = 0, (end, self.body[1])
        elif self.depth is not None:
            if self.depth == 0:
                self.start = here
            if tag in _VOID:
                if self.depth == 0:
                    self.elements.append((here, end))
            else:
                self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if self.depth == 0:
            here = self._offset()
            self.elements.append((here, here + len(self.get_starttag_text() or "")))

    def handle_endtag(self, tag: str) -> None:
        if self.depth is None or tag in _VOID:
            return
        here = self._offset()
        if tag == "body":
            self.depth, self.body = None, (self.body[0], here)
            return
        self.depth -= 1
        if self.depth == 0:
            self.elements.append((self.start, self.source.index(">", here) + 1))


#: Where a guide's HTML is cut: its body's inside (begin, end), and each top-level element.
Cut = tuple[tuple[int, int], list[tuple[int, int]]]
#: Characters compared at a time when looking for the first and last that differ.
_CHUNK = 1 << 16


def split(html: str) -> Split:
    """Cut ``html`` at the top-level elements of its body; the lead is everything up to
    and including the cover (or the first element, in a guide without one)."""
    return _pieces(html, _cut(html))


class Splitter:
    """:func:`split`, parsing only what changed since the last call."""

    def __init__(self) -> None:
        self._last: tuple[str, Cut] | None = None

    def __call__(self, html: str) -> Split:
        cut = _recut(*self._last, html) if self._last else None
        if cut is None:
            cut = _cut(html)
        self._last = (html, cut)
        return _pieces(html, cut)


def _cut(html: str) -> Cut:
    parser = _TopLevel(html)
    parser.feed(html)
    parser.close()
    return parser.body, parser.elements


def _recut(old: str, cut: Cut, new: str) -> Cut | None:
    """``new``'s cut from ``old``'s, parsing only the elements between the first and the
    last character that differ; None where that is not enough (the head or the tail
    changed, or the change lies between elements or leaves one open)."""
    (begin, end), elements = cut
    same_start = _common_prefix(old, new)
    same_end = _common_suffix(old, new, min(len(old), len(new)) - same_start)
    changed_from, changed_to, delta = same_start, len(old) - same_end, len(new) - len(old)
    if changed_from < begin or changed_to > end or not elements:
        return None
    ends = [b for _, b in elements]
    starts = [a for a, _ in elements]
    first = bisect_right(ends, changed_from)  # the first element that ends after the change begins
    last = bisect_left(starts, changed_to) - 1  # the last that starts before it ends
    if first > last or elements[first][0] > changed_from or elements[last][1] < changed_to:
        return None
    region_start, region_end = elements[first][0], elements[last][1] + delta
    parser = _TopLevel(new[region_start:region_end], in_body=True)
    parser.feed(parser.source)
    parser.close()
    if parser.depth != 0:
        return None
    middle = [(a + region_start, b + region_start) for a, b in parser.elements]
    later = [(a + delta, b + delta) for a, b in elements[last + 1 :]]
    return (begin, end + delta), [*elements[:first], *middle, *later]


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start."""
    length, at = min(len(a), len(b)), 0
    while at < length and a[at : at + _CHUNK] == b[at : at + _CHUNK]:
        at += _CHUNK
    if at >= length:
        return length
    while at < length and a[at] == b[at]:
        at += 1
    return at


def _common_suffix(a: str, b: str, most: int) -> int:
    """How many characters ``a`` and ``b`` share at their end, at most ``most``."""
    return _common_prefix(a[::-1][:most], b[::-1][:most])


def _pieces(html: str, cut: Cut) -> Split:
    (begin, end), elements = cut
    if not elements:
        raise ValueError("the guide's HTML has no elements in its <body>")
    opening = f'class="{MARKS.cover}'
    cover = next((i for i, (a, b) in enumerate(elements) if opening in html[a:b][:200]), 0)
    lead_end = elements[cover][1]
    parts = tuple(html[a:b] for a, b in elements[cover + 1 :])
    return Split(html[:begin], html[begin:lead_end], parts, html[end:])
