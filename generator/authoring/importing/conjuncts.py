"""One subject, two deeds, each with its own days: "In 1798 the Department moved to Trenton
between August 13 and 18 and returned between November 10 and 16."

Each date is the time of the deed its own half of the sentence tells; the title of each is
the subject with that half ("The Department moved to Trenton", "The Department returned").
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.authoring.importing.main_verb import find_verb
from generator.authoring.prose import DateMention

# "… and returned between …": a second past-tense deed of the same subject
_SECOND_DEED = re.compile(r"\s+and\s+(?=(?:\w+ly\s+)?(?:[a-z]+ed|went|left|met|came|took|held|sent|gave|made)\b)")
_YEAR_LEAD = re.compile(r"\W*(?:In|By)\s+\d{4},?\s+")


def own_deed(sentence: str, mention: DateMention, mentions: list[DateMention]) -> tuple[str, DateMention] | None:
    """The sentence cut to the half that holds ``mention``, with the subject the halves share,
    and the mention moved with it; None unless each half holds one day of ``mentions``."""
    days = [m for m in mentions if m.date.month]
    seconds = list(_SECOND_DEED.finditer(sentence))
    if len(days) != 2 or len(seconds) != 1 or mention not in days or ";" in sentence:
        return None
    cut = seconds[0]
    first, second = days if days[0].start < days[1].start else days[::-1]
    if not (first.end <= cut.start() and second.start >= cut.end()):
        return None
    lead = _YEAR_LEAD.match(sentence)
    if lead is None:
        return None  # without a year before them, the halves' days are told as the text tells any two deeds
    start = lead.end()
    verb = find_verb(sentence[start : cut.start()])
    if verb is None or verb.start() == 0:
        return None
    subject = sentence[start : start + verb.start()].strip()
    if "," in subject or len(subject.split()) > 6:
        return None
    subject = subject[:1].upper() + subject[1:]
    if mention is first:
        text = subject + " " + sentence[start + verb.start() : cut.start()] + "."
        shift = len(subject) + 1 - (start + verb.start())
    else:
        text = subject + " " + sentence[cut.end() :].rstrip()
        shift = len(subject) + 1 - cut.end()
    return text, replace(mention, start=mention.start + shift, end=mention.end + shift)


def year_refined(sentence: str, mention: DateMention, mentions: list[DateMention]) -> bool:
    """Whether ``mention`` is the year that leads a sentence whose two halves each give a day of
    it ("In 1798 the Department moved … between August 13 and 18 and returned between …"): the
    days date the deeds, and the year is no event of its own."""
    lead = _YEAR_LEAD.match(sentence)
    if lead is None or not (lead.start() <= mention.start < lead.end()) or mention.date.month:
        return False
    days = [m for m in mentions if m.date.month and m.date.year == mention.date.year]
    return len(days) == 2 and own_deed(sentence, days[0], mentions) is not None
