"""Leads a sentence opens on that are no part of the dated deed, cut before it is titled.

"Born in Watertown, New York, on October 17, 1864, Lansing graduated from Amherst College in
1886": the birth's lead (its own date is titled as the birth) comes before the subject whose
other deeds the sentence dates. "Due to disagreements over the League of Nations and President
Wilson’s inability to perform his presidential duties following a stroke, Lansing resigned on
February 13, 1920": why he resigned, however long, is not what he did. "He graduated from
Washington & Jefferson College in 1847, then known as Washington College, …": the place's
name then is an aside, no part of the deed. "It was in this building that Robert Smith succeeded
Madison …": a cleft, whose deed follows "that"; "The building was not completed, however, until
about April 30, 1801": it was completed then.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.authoring.importing.tense import past
from generator.authoring.prose import DateMention

_LEADS = (
    # a birth's lead, before a named subject (a "he" after it is left to the sentence as a whole)
    re.compile(r"^\W*Born\s+[^;:()]{0,80}?\b(?:1\d{3}|20\d\d),\s+(?=(?!He\b|She\b)(?:[A-Z][\w’'.-]*\s+){1,3}[a-z])"),
    # "A native of Wichita Falls, Texas, Secretary Tillerson earned …": where the doer came from, before the doer
    re.compile(r"^\W*A\s+native\s+of\s+[^;:()]{0,60}?,\s+(?=(?:[A-Z][\w’'.-]*\s+){1,3}[a-z])"),
    # a cause that holds no date ("Because of a 2008 law …, these children …" is the law's year)
    re.compile(r"^\W*(?:[A-Za-z]+ly\s+)?(?i:because\s+of|due\s+to|owing\s+to)\b[^,;\d]{30,160},\s+(?=[A-Z])"),
    # "Perhaps emboldened by the national government’s stance, Colorado voters approved …": the doers' mood
    re.compile(
        r"^\W*(?:(?:Perhaps|Probably|Apparently|Clearly|Possibly)\s+)?(?:emboldened|encouraged|inspired|frustrated|"
        r"angered|alarmed|worried|convinced|motivated|spurred|prompted|pressured|outraged)\s+by\b[^,;\d]{5,120},\s+"
        r"(?=(?:the\s+)?[A-Z])"
    ),
    # "More specifically, the papers were compiled …": how the sentence follows the one before
    re.compile(r"^\W*(?:More\s+specifically|Specifically|In\s+particular|More\s+precisely),\s+(?=(?:the\s+)?[A-Za-z])"),
    # "In a similar, more humorous vein, Mike Huckabee gained …": how the deed compares with the one before
    re.compile(
        r"^\W*(?:In|With)\s+(?:a|an|the)\s+(?:[a-z]+,?\s+){0,4}(?:vein|spirit|fashion|manner|way|tone)\s*,\s+"
        r"(?=(?:the\s+)?[A-Z])"
    ),
)


# ", then known as Washington College": a name the place had then, or has now
_FORMER_NAME = re.compile(r",\s+(?:then|now|formerly|later|previously|today)\s+(?:known\s+as|called)\s+[^,;.]+")


# "It was in this building that Robert Smith succeeded Madison …": a cleft sentence, whose deed is after "that"
_CLEFT = re.compile(r"^\W*It\s+was\s+(?:in|at|inside|here|there|from)\b[^,;]{0,60}?\s+that\s+(?=[A-Z])")
# "The building was not completed, however, until about April 30, 1801": completed then
_NOT_UNTIL = re.compile(r"\s(was|were)\s+not\s+([a-z]+ed)(?:,\s+however,)?\s+until\s+(?:about\s+)?$")
# "the General Assembly did not meet in the building until 1780": it met there then
_DID_NOT_UNTIL = re.compile(
    r"\s(?:did|could)\s+not\s+(?:[a-z]+ly\s+)?([a-z]+)\b(?:\s+any\b)?([^,;]{0,60}?)(?:,\s+however,)?\s+until\s+(?:about\s+)?$"
)


# "remained in that position until the end of the Eisenhower administration on January 20, 1961": served until then
_REMAINED_UNTIL = re.compile(
    r"\sremained\s+in\s+(?:that|the|this|his|her)\s+(?:position|post|office)\s+until\s+"
    r"(?:the\s+end\s+of\s+[^,;]{0,60}?\s+on\s+)?$"
)


def without_lead(sentence: str, mention: DateMention) -> tuple[str, DateMention]:
    """``sentence`` without a lead of :data:`_LEADS` that ends before ``mention``, and the
    mention moved with it; both as they are when there is none."""
    for lead in (*_LEADS, _CLEFT):
        found = lead.match(sentence)
        if found and found.end() <= mention.start:
            rest = sentence[found.end() :]
            moved = replace(mention, start=mention.start - found.end(), end=mention.end - found.end())
            return rest[:1].upper() + rest[1:], moved
    late = _NOT_UNTIL.search(sentence[: mention.start]) or _DID_NOT_UNTIL.search(sentence[: mention.start])
    if late:
        passive = late.re is _NOT_UNTIL
        done = f" {late.group(1)} {late.group(2)} on " if passive else f" {past(late.group(1))}{late.group(2)} in "
        moved = replace(mention, start=late.start() + len(done), end=late.start() + len(done) + len(mention.text))
        return without_lead(sentence[: late.start()] + done + sentence[mention.start :], moved)
    stayed = _REMAINED_UNTIL.search(sentence[: mention.start])
    if stayed:
        served = " served until "
        moved = replace(
            mention, start=stayed.start() + len(served), end=stayed.start() + len(served) + len(mention.text)
        )
        return sentence[: stayed.start()] + served + sentence[mention.start :], moved
    former = _FORMER_NAME.search(sentence, mention.end)
    if former:  # after the date: the date stays where it is
        return sentence[: former.start()] + sentence[former.end() :], mention
    return sentence, mention
