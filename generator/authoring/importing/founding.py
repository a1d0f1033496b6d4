"""A journey told before what it founded: "In 1630, a much larger contingent of Puritans left
England … and founded the Massachusetts Bay Colony", "thirty families … arrived in what is
now New York and founded the Dutch colony of New Netherlands". The leaving or arriving sets
the scene; the colony founded is what a timeline keeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.prose import DateMention

_JOURNEY_THEN_FOUNDING = re.compile(
    r"^(?:(?:In|By|On|During)\s+[^,]{1,30},\s+)?(?P<subject>[^,;]*?)\s+"
    r"(?P<journey>left|arrived|sailed|followed|came|moved|traveled|travelled|migrated|landed|crossed)\b"
    r"[^;]*?\s+and\s+(?P<deed>(?:founded|established)\s.*)$"
)


def founding_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of the founding a journey led to, made by ``title_of`` from the sentence
    told with the founding as its verb; None when the sentence is not of that shape or
    its date is not the journey's."""
    found = _JOURNEY_THEN_FOUNDING.match(sentence)
    if found is None or not found.group("subject") or mention.start >= found.start("deed"):
        return None
    if re.search(r"\b(?:who|which|that)\b", found.group("subject")):
        return None  # the journey is a relative clause's, not the sentence's own
    subject = found.group("subject")
    if re.search(r"\d", subject) and mention.text in subject:
        return None
    text = f"In {mention.text}, {subject} {found.group('deed')}"
    moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
    return title_of(text, moved) or None
