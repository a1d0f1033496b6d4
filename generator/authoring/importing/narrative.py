"""A long narrative without headings, cut into sections where a reader would pause.

A chapter of twenty paragraphs with no heading would be one section of one page of key
points. It is cut at paragraph boundaries into :data:`~.sections.FEWEST` or more pieces
of roughly even length, at the natural breaks: where the years the text talks about jump
ahead, and where the words it uses change (a change of subject). Each piece gets a
title the importer proposes from its own subject and the core years it covers
("Trent Affair, 1861", see :mod:`~.topics`); the part is marked so that the import asks
the author to check the titles.
"""

from __future__ import annotations

from generator.authoring.importing import topics
from generator.authoring.prose import find_dates
from generator.authoring.reading import HEADING, PARAGRAPH, Block, Part

#: A part is a long narrative worth cutting from this many paragraphs and characters on.
LONG_PARAGRAPHS, LONG_CHARACTERS = 8, 2500
#: Characters of running text a section of a cut narrative aims at: about 650 words, a
#: sitting's reading (at 1,300 a 2,900-word chapter became twelve sections of a paragraph or two).
TARGET = 4000
#: Above this many paragraphs the cut is even by length only: the search is quadratic.
MOST_SEARCHED = 200


def is_long(part: Part) -> bool:
    """Whether ``part`` is a narrative without any heading, long enough to be cut."""
    if part.heading is not None or any(b.kind == HEADING for b in part.blocks):
        return False  # the article's own headings cut it (sections.py)
    paragraphs = [b for b in part.blocks if b.kind == PARAGRAPH]
    return len(paragraphs) >= LONG_PARAGRAPHS and sum(len(b.plain) for b in paragraphs) >= LONG_CHARACTERS


def cut(part: Part, fewest: int, most: int) -> list[Part]:
    """``part`` cut at its natural breaks into ``fewest``–``most`` pieces with proposed titles."""
    starts = [i for i, b in enumerate(part.blocks) if b.kind == PARAGRAPH and i > 0]
    size = sum(len(b.plain) for b in part.blocks)
    wanted = max(fewest, min(most, round(size / TARGET), (len(starts) + 1) // 2))
    if len(starts) + 1 < wanted:
        return [part]
    chosen = _breaks(part.blocks, starts, wanted)
    bounds = [0, *chosen, len(part.blocks)]
    pieces = [part.blocks[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    titles = topics.titles(pieces)
    return [
        Part(title, blocks[0].line, part.level, blocks, proposed=True)
        for title, blocks in zip(titles, pieces, strict=True)
    ]


def halve(part: Part) -> list[Part] | None:
    """A long headed part cut in two at its most natural paragraph break, for an article
    whose headings give too few sections: the first half keeps the heading, the second
    gets a proposed title; None when the part is too short to halve."""
    starts = [i for i, b in enumerate(part.blocks) if b.kind == PARAGRAPH and i > 0]
    paragraphs = [b for b in part.blocks if b.kind == PARAGRAPH]
    if len(paragraphs) < LONG_PARAGRAPHS or sum(len(b.plain) for b in paragraphs) < 2 * LONG_CHARACTERS:
        return None
    (at,) = _breaks(part.blocks, starts, 2) or (None,)
    if at is None:
        return None
    first, second = part.blocks[:at], part.blocks[at:]
    title = topics.titles([first, second])[1]
    return [
        Part(part.heading, part.line, part.level, first, part.proposed),
        Part(title, second[0].line, part.level, second, proposed=True),
    ]


def _breaks(blocks: list[Block], starts: list[int], wanted: int) -> list[int]:
    """The ``wanted - 1`` block indexes to cut before: best breaks, even lengths."""
    lengths = [len(b.plain) for b in blocks]
    total = sum(lengths)
    if len(starts) > MOST_SEARCHED:
        return _even(lengths, starts, wanted)
    strength = _strengths(blocks, starts)
    before = [0]
    for length in lengths:
        before.append(before[-1] + length)
    ideal = total / wanted
    candidates = [0, *starts]
    # best[k][j]: the best score of k pieces whose last one ends before candidates[j]
    best: dict[tuple[int, int], tuple[float, list[int]]] = {(0, 0): (0.0, [])}
    for k in range(1, wanted + 1):
        for j, end in enumerate([*starts, len(blocks)], start=1):
            options = []
            for i in range(j):
                if (k - 1, i) not in best:
                    continue
                begin = candidates[i]
                if end - begin < 1 or (end < len(blocks) and end <= begin):
                    continue
                piece = (before[end] - before[begin]) / ideal
                score, cuts = best[(k - 1, i)]
                bonus = strength.get(end, 0.0) if end < len(blocks) else 0.0
                options.append((score - (piece - 1) ** 2 + bonus, [*cuts, end]))
            if options:
                best[(k, j)] = max(options, key=lambda option: option[0])
    found = best.get((wanted, len(starts) + 1))
    return found[1][:-1] if found else _even(lengths, starts, wanted)


def _even(lengths: list[int], starts: list[int], wanted: int) -> list[int]:
    """Cuts at the paragraph starts nearest to even shares of the length."""
    total, running = sum(lengths), 0
    cuts: list[int] = []
    share = total / wanted
    for index, length in enumerate(lengths):
        if index in starts and running >= share * (len(cuts) + 1) and len(cuts) < wanted - 1:
            cuts.append(index)
        running += length
    return cuts


def _strengths(blocks: list[Block], starts: list[int]) -> dict[int, float]:
    """How natural a break before each paragraph start is (0–1): the jump ahead in the
    years named, and the change of words, each against the largest in the text."""
    years = [[m.date.year for m in find_dates(b.plain)] for b in blocks]
    words = [_words(b.plain) for b in blocks]
    jumps, changes = {}, {}
    for start in starts:
        earlier = next((ys for ys in reversed(years[:start]) if ys), [])
        later = next((ys for ys in years[start:] if ys), [])
        jumps[start] = max(0, min(later) - max(earlier)) if earlier and later else 0
        a, b = set().union(*words[max(0, start - 2) : start]), set().union(*words[start : start + 2])
        changes[start] = 1 - len(a & b) / len(a | b) if a | b else 0.0
    top_jump = max(jumps.values(), default=0) or 1
    return {s: 0.5 * jumps[s] / top_jump + 0.5 * changes[s] for s in starts}


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,;:()“”\"'’") for w in text.split() if len(w) > 4}
