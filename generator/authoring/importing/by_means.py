"""A deed told by the means it was done with: "Philip responded by attempting to kidnap the
pope in 1303", "Jefferson responded to the capture of American ships … by leading the United
States into war … in 1801". "Responded" says only that something was done; the means is what
happened, and the title tells it in the past: "Jefferson led the United States into war".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.importing.tense import past_of_ing
from generator.authoring.prose import DateMention

# Verbs that say a deed was done, and leave the deed to a "by …ing" phrase.
_DONE_BY = re.compile(
    r"\b(?:responded|reacted|retaliated|answered|began|started|opened|ended|concluded|celebrated|marked|"
    r"protested|signaled|signalled|showed|demonstrated)\b"
)
# Verbs that say what a deed did for its doer ("remained at the center of politics by becoming
# Chairman … in 1921", "stayed the course by signing the Act of 1910"): the means is the event
# when the date is in it.
_SERVED_BY = re.compile(
    r"\b(?:remained|stayed|distinguished|commenced|expanded|continued|extended|strengthened|secured|solidified|"
    r"cemented|asserted|exercised|furthered|increased|made|played|launched|initiated|kept|built|won|gained|earned)\b"
)
# "began to prepare … by choosing towns": the means is the plan's, not a deed done
_TO_VERB = r"(?!\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b|these\b|those\b)[a-z]+\b)"
_MEANS = re.compile(r"\bby\s+([a-z]{3,}ing)\b")


def means_title(
    sentence: str, mention: DateMention, title: str, title_of: Callable[[str, DateMention], str]
) -> str | None:
    """The title of the deed the "by …ing" phrase of ``title``'s verb tells, made by
    ``title_of`` from the sentence rewritten with that deed as its verb; None when the
    clause has no such phrase."""
    if not title:  # "On December 3, 1861, the Executive branch responded to those resolutions by releasing …"
        opening = re.match(
            rf",\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){{0,3}}?)\s+({_DONE_BY.pattern})", sentence[mention.end :]
        )
        title = f"{opening.group(1)} {opening.group(2)}" if opening else ""
    told = _DONE_BY.search(title)
    served = _SERVED_BY.search(title) if told is None else None
    told = told or served
    if told is None or told.start() == 0:
        return None
    verb = re.search(rf"\b{told.group(0)}\b{_TO_VERB}", sentence)
    means = _MEANS.search(sentence, verb.end()) if verb else None
    if verb is None or means is None or re.search(r"[;:]", sentence[verb.end() : means.start()]):
        return None
    if served and (
        mention.start < means.end() or re.search(r"[,;]|\s(?:and|but)\s", sentence[means.end() : mention.start])
    ):
        return None  # "won the election by promising reform, and in 1830 …": the date is not the means'
    if mention.start < verb.start() and (mention.end > means.start() or len(sentence[: mention.start].split()) > 3):
        return None  # "Having moved his capital in 1264, Kublai began …": the date is another clause's
    done = past_of_ing(means.group(1))
    if not done:
        return None
    subject = title[: told.start()].strip()
    rest = sentence[means.end() :]
    if mention.start >= means.end():  # "… by leading the United States into war … in 1801"
        text = f"{subject} {done}{rest}"
        shift = len(subject) + 1 + len(done) - means.end()
        moved = DateMention(mention.start + shift, mention.end + shift, mention.text, mention.date, mention.until)
    else:  # "In early December 1863, the president began … by unveiling a proposal"
        text = f"In {mention.text}, {subject} {done}{rest}"
        moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
    return title_of(text, moved) or None
