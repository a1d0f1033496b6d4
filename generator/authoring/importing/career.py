"""A life's steps as a biography tells them, read as the deeds they are.

"Rogers was an Assistant District Attorney … from 1938 to 1942" held an office for those
years: he served as one. "Evarts was an unsuccessful candidate for the U.S. Senate in 1861":
he ran, and lost; "was a contender for" it contended. "After his graduation in 1958, Powell was commissioned …": a step of the
subject's own life leads to the deed of that year. "Monroe's election to the Virginia House
of Delegates in 1782 began a long series of …": the deed the subject names is the event, and
what it began the author's comment on it.
"""

from __future__ import annotations

import re

_OFFICE_HELD = re.compile(
    r"(?:was|were)\s+(?:an?|the)\s+((?:[A-Z][\w’'.-]*\s+)*(?:Attorney|Secretary|Minister|Ambassador|Governor|Senator|"
    r"Representative|Counsel|Judge|Justice|Mayor|Director|Chairman|Commissioner|Advisor|Adviser|Envoy|Consul)"
    r"(?:\s+[A-Z][\w’'.-]*)*(?:\s+(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)?)\s*$"
)
_RAN = re.compile(r"(?:was|were)\s+(?:an?\s+)?unsuccessful\s+candidates?\s+for\s+(\S.*)$")
_CONTENDED = re.compile(r"(?:was|were)\s+(?:an?\s+)?(?:leading\s+|serious\s+)?contenders?\s+for\s+(\S.*)$")

#: "After his graduation in 1958,", "After her retirement in 1993,": a step of the subject's own life
AFTER_ONES_STEP = re.compile(
    r"(?i:after|following|upon)\s+(?:his|her)\s+(?:graduation|retirement|resignation|discharge|return|release|"
    r"defeat|election|marriage)\s+(?:from\s+[^,]{1,40}\s+)?(?:in|on)\s+[^,]{1,30}$"
)

_OWNED_DEED = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*[’']s\s+(?:election|appointment|nomination|arrival|return|victory|"
    r"defeat|resignation|inauguration|marriage|departure|annexation|purchase|invasion|conquest|capture|visit)\b[^,;]*"
)
_COMMENT_VERB = re.compile(r"(?:began|started|opened|ended|led|marked|brought|made|set|launched|paved)\b")


def as_deed(clause: str, verb_at: int, spanned: bool) -> str:
    """``clause`` with a state its verb (at ``verb_at``) tells made the deed it stands for: an
    office it names for a span of years (``spanned``) served, a candidacy that failed run."""
    held = _OFFICE_HELD.match(clause[verb_at:]) if spanned else None
    if held:
        return f"{clause[:verb_at]}served as {held.group(1)}"
    ran = _RAN.match(clause[verb_at:])
    if ran:
        return f"{clause[:verb_at]}ran unsuccessfully for {ran.group(1)}"
    contended = _CONTENDED.match(clause[verb_at:])
    if contended:  # "was a contender for the Republican candidacy": contended for it
        return f"{clause[:verb_at]}contended for {contended.group(1)}"
    return clause


def owned_deed(subject: str, predicate: str) -> str:
    """The subject when it is someone's deed ("Monroe's election to …") and the predicate only
    comments on what it began or marked; else ""."""
    if _OWNED_DEED.fullmatch(subject) and len(subject.split()) <= 10 and _COMMENT_VERB.match(predicate):
        return subject
    return ""
