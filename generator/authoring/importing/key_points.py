"""The key points of a part: its sentences most central to it, short enough to take in at a glance."""

from __future__ import annotations

import math
import re
from collections import Counter

from generator.authoring.article_parts import content_words
from generator.authoring.reading import ITEM, PARAGRAPH, QUOTE, Block, without_credits
from generator.authoring.sentences import split_sentences

_SPEAKER = re.compile(r"^[A-Z][A-Z. ]{1,30}:")
_WEAK_START = re.compile(r"^(?:this|these|that|those|it|they|he|she|however|but|thus|therefore|also|then)\b", re.I)


def prose_sentences(blocks: list[Block]) -> list[str]:
    """The sentences of a part's running text, credits removed."""
    sentences: list[str] = []
    for block in blocks:
        if block.kind in (PARAGRAPH, QUOTE) and not _only_links(block):
            sentences.extend(split_sentences(without_credits(block.plain)))
    return sentences


def _only_links(block: Block) -> bool:
    return bool(block.link_texts) and " ".join(block.link_texts).strip() == block.plain.strip()


def key_points(blocks: list[Block]) -> list[str]:
    """2–5 sentences of at most 25 words that are most central to the part, in reading order.

    Centrality is the centroid method: a sentence scores by how many other sentences of
    the part share its content words. It is linear in the part's length, so a huge
    pasted section costs no more than its reading."""
    sentences = prose_sentences(blocks)
    if not sentences:
        return []
    words = [content_words(s) for s in sentences]
    counts = Counter(w for ws in words for w in ws)

    def rank(i: int) -> float:
        if _SPEAKER.match(sentences[i]) or sentences[i].endswith(("?", "?”", '?"')):
            return -1.0  # a line of a transcript, or a question, is not a point to learn
        shared = sum(counts[w] - 1 for w in words[i]) / math.sqrt(len(words[i]) + 1)
        length = len(sentences[i].split())
        fit = 1000.0 if 8 <= length <= 25 else 0.0  # a point a reader takes in at a glance comes first
        return fit + shared * (0.5 if _WEAK_START.match(sentences[i]) else 1.0)

    wanted = max(2, min(5, round(len(sentences) / 6)))
    chosen = sorted(sorted(range(len(sentences)), key=rank, reverse=True)[:wanted])
    return [_shorten(sentences[i]) for i in chosen if len(sentences[i].split()) >= 5]


def _shorten(sentence: str) -> str:
    """A sentence of at most ~25 words: a longer one is cut at its last clause boundary
    that keeps it under the limit."""
    words = sentence.split()
    if len(words) <= 25:
        return sentence
    text = " ".join(words[:25])
    cut = max(text.rfind(", "), text.rfind("; "), text.rfind(" – "))
    return (text[:cut] if cut > 40 else text).rstrip(",;: ") + "."


def listed_points(blocks: list[Block], wanted: int) -> list[str]:
    """Up to ``wanted`` lines of a part's lists and tables, for a part whose running text has too few
    sentences to make its key points of: each list item, or each table row's cells without a bare
    row number ("1788–1789; 1792 – George Washington"), shortened as a sentence is."""
    lines: list[str] = []
    for block in blocks:
        if block.kind == ITEM:
            lines.append(block.plain.strip())
        elif block.rows:
            lines += [" – ".join(c for c in row if c.strip() and not c.strip().isdigit()) for row in block.rows[1:]]
    return [_shorten(line) for line in lines if len(line.split()) >= 2][:wanted]
