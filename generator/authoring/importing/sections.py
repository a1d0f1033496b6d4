"""Cutting an article's running text into the guide's sections, as a person would.

A section needs at least two sentences a reader can take as key points, or it does not
build. A parent heading followed at once by its child ("Prelude to war" → "Historical
context") is one section; a part too thin to stand alone is folded into its
neighbour under its own heading; a long part made of sub-headed pieces is split at
them when the article would otherwise have fewer than :data:`FEWEST` sections, and a long
headed part without sub-headings is halved at its most natural break (a long
narrative without headings is cut at its natural breaks, see
:mod:`~generator.authoring.importing.narrative`); and the smallest neighbours are
joined while there are more than :data:`MOST`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from generator.authoring.importing import narrative
from generator.authoring.reading import HEADING, Block, Part

FEWEST, MOST = 4, 12


def fit(parts: list[Part], points: Callable[[list[Block]], list[str]], fold: Collection[int] = ()) -> list[Part]:
    """The parts as sections: ``fold`` (indexes of sections a check refused) folded into a
    neighbour, thin parts folded, thick ones split, the count kept within FEWEST–MOST."""
    parts = [Part(p.heading, p.line, p.level, list(p.blocks), p.proposed) for p in parts]
    if len(parts) < FEWEST:  # a long narrative without headings, cut at its natural breaks
        parts = [piece for p in parts for piece in (narrative.cut(p, FEWEST, MOST) if narrative.is_long(p) else [p])]
    for index in sorted(fold, reverse=True):
        if len(parts) > 1 and index < len(parts):
            _join(parts, index - 1 if index else 0)
    _fold_thin(parts, points)
    if len(parts) < FEWEST:
        parts = _split(parts, points)
        _fold_thin(parts, points)
    while parts and len(parts) < FEWEST:  # two long headed parts and no sub-headings: the longest is halved
        longest = max(range(len(parts)), key=lambda i: _size(parts[i]))
        halves = narrative.halve(parts[longest])
        if halves is None or any(len(points(half.blocks)) < 2 for half in halves):
            break
        parts[longest : longest + 1] = halves

    while len(parts) > MOST:
        sizes = [_size(parts[i]) + _size(parts[i + 1]) for i in range(len(parts) - 1)]
        _join(parts, sizes.index(min(sizes)))
    return parts


def _fold_thin(parts: list[Part], points: Callable[[list[Block]], list[str]]) -> None:
    """Fold every part with fewer than two key points into its neighbour: the untitled
    lead-in into the next part, a thin first part takes the next one in, and any
    other part goes into the one before."""
    index = 0
    while index < len(parts) and len(parts) > 1:
        if len(points(parts[index].blocks)) >= 2:
            index += 1
        elif index == 0 and parts[0].heading is None:  # the untitled lead-in opens the next section
            lead = parts.pop(0)
            parts[0].blocks[:0] = lead.blocks
        else:
            _join(parts, max(index - 1, 0))


def _join(parts: list[Part], index: int) -> None:
    """Fold ``parts[index + 1]`` into ``parts[index]``, under its heading."""
    first, second = parts[index], parts.pop(index + 1)
    if second.heading:
        first.blocks.append(Block(HEADING, f"### {second.heading}", second.heading, second.line))
    first.blocks.extend(_demoted(second.blocks))


def _demoted(blocks: list[Block]) -> list[Block]:
    """Sub-headings one level deeper, so that a folded part's own headings stay below its title."""
    return [
        Block(HEADING, "#" + b.markdown, b.plain, b.line) if b.kind == HEADING and b.markdown.count("#") < 6 else b
        for b in blocks
    ]


def _split(parts: list[Part], points: Callable[[list[Block]], list[str]]) -> list[Part]:
    """Parts cut at their first-level sub-headings where the pieces can stand alone; a piece
    too thin to (a box of one sentence) stays with the piece before it."""
    out: list[Part] = []
    for part in parts:
        pieces = [Part(part.heading, part.line, part.level, [])]
        for block in part.blocks:
            if block.kind == HEADING and block.markdown.startswith("### "):
                pieces.append(Part(block.plain, block.line, part.level + 1, []))
            else:
                pieces[-1].blocks.append(_promoted(block))
        for index in range(len(pieces) - 1, 1, -1):
            if len(points(pieces[index].blocks)) < 2:
                _join(pieces, index - 1)
        if len(pieces) > 1 and len(points(pieces[1].blocks)) >= 2:
            if len(points(pieces[0].blocks)) < 2:
                lead = pieces.pop(0)
                pieces[0].blocks[:0] = lead.blocks  # a short lead-in goes with the first piece
                if lead.heading:  # and its heading names the first piece: "Creating a Discipline: Comte"
                    pieces[0].heading = f"{lead.heading}: {pieces[0].heading}"
            out += pieces
        else:
            out.append(part)
    return out


def _promoted(block: Block) -> Block:
    if block.kind == HEADING and block.markdown.startswith("####"):
        return Block(HEADING, block.markdown[1:], block.plain, block.line)
    return block


def _size(part: Part) -> int:
    return sum(len(b.plain) for b in part.blocks)
