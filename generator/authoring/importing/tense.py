"""Verb forms a title needs that the text gives in another form: "did declare" is
"declared", "succeeded in forcing" is "forced", "was able to settle" is "settled"."""

from __future__ import annotations

import re

ING_PAST = {
    f"{stem}ing": f"{stem}ed"
    for stem in "gain obtain establish defeat halt reach pass end secur captur forc persuad convinc negotiat expell".split()
} | {
    "forcing": "forced",
    "securing": "secured",
    "capturing": "captured",
    "persuading": "persuaded",
    "convincing": "convinced",
}

_IRREGULAR_PAST = {
    "make": "made",
    "take": "took",
    "give": "gave",
    "send": "sent",
    "win": "won",
    "meet": "met",
    "go": "went",
}


def past(verb: str) -> str:
    """ "declare" of "did declare" as a title tells it: "declared"."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + "ed"
