"""Events a sentence lists after "including", each with its date: "he oversaw 28 crises, including
Operation Desert Storm in 1991"; "crises …, including a near war between India and Pakistan in
2001-2002, domestic turmoil in Liberia (2003) and Haiti (2004), and the Indian Ocean tsunami in
2004". Each is named by its own item ("Domestic turmoil in Liberia", "Domestic turmoil in Haiti",
whose item is the place alone); and "during the rise to power of Porfirio Díaz in 1876" names the
event the date is of, not the deed of the main clause that went on during it.
"""

from __future__ import annotations

import re

from generator.authoring.importing.predicate import verbs
from generator.authoring.prose import DateMention

# the item that ends just before the date, after the list's last separator
_ITEM = re.compile(
    r"(?:,\s+including|,\s+and|,|\s+and)\s+(?:the\s+|an?\s+)?([^,;()]{3,80}?)\s*(?:\(\s*|\s+(?:in|on)\s+)$"
)
_DURING = re.compile(
    r"\bduring\s+the\s+((?:[a-z]+\s+){1,4}of\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:in|on)\s+$"
)
_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*")


def included_title(sentence: str, mention: DateMention) -> str:
    """The title of the listed event ``mention`` dates, or "" when it is not one."""
    before = sentence[: mention.start]
    during = _DURING.search(before)
    if during and re.search(r"\w", before[: during.start()]) and not _PERIOD.match(during.group(1)):
        return during.group(1)[:1].upper() + during.group(1)[1:]
    gap = re.search(r"\)\s+and\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+\($", before)
    if gap:  # "the takeovers of Egypt (1952) and Iran (1951)": the item before, with this place
        return _with_place(before[: gap.start() + 1], gap.group(1))
    including = before.find(", including ")
    if including < 0:
        return ""
    item = _ITEM.search(before, including)
    if item is None or item.start() < including:
        return ""
    words = item.group(1).strip()
    if verbs(words) or re.match(r"(?i:which|who|whom|whose|that|and|or|but|he|she|they|it|being|having|to)\b", words):
        return ""  # "…, which began in 1995": a clause, not an item of the list
    if re.match(r"[a-z]+(?:ed|ing)\b", words):
        return ""  # "…, resulting in the creation of …", "…, remained loyal …": a deed told after, not an item
    if _NAME.fullmatch(words) and len(words.split()) < 2:
        return ""
    return words[:1].upper() + words[1:]


_PERIOD = re.compile(r"(?:reign|rule|administration|presidency|tenure|term|years|era|time)\s")


def _with_place(before: str, place: str) -> str:
    """The list item that ends ``before`` ("… takeovers of Egypt (1952)") with ``place`` for its own
    ("Takeovers of Iran"), or "" when that item names no place to stand in for."""
    earlier = re.search(r"(?:,\s+including|,\s+and|,|\band)\s+(?:the\s+|an?\s+)?([^,;()]{3,80}?)\s*\(\d{4}\)$", before)
    head = earlier.group(1).strip() if earlier else ""
    named = re.search(r"\s(?:in|of)\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)$", head)
    if named is None or _NAME.fullmatch(head) or re.match(r"(?i:which|who|that|he|she|they|it)\b", head):
        return ""
    words = f"{head[: named.start(1)]}{place}"
    return words[:1].upper() + words[1:]
