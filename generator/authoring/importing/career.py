"""A life's steps as a biography tells them, read as the deeds they are.

"Rogers was an Assistant District Attorney … from 1938 to 1942" held an office for those
years: he served as one. "Evarts was an unsuccessful candidate for the U.S. Senate in 1861":
he ran, and lost; "was a contender for" it contended. "After his graduation in 1958, Powell was commissioned …": a step of the
subject's own life leads to the deed of that year. "Monroe's election to the Virginia House
of Delegates in 1782 began a long series of …": the deed the subject names is the event, and
what it began the author's comment on it. "…, a position from which he resigned in the summer
of 1916 to run for President": the date is the resignation's, his own deed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.importing.roles import OFFICE
from generator.authoring.importing.tense import IRREGULAR_PAST, past_of_ing
from generator.authoring.prose import DateMention

_OFFICE_HELD = re.compile(
    r"(?:was|were)\s+(?:an?|the)\s+((?:[A-Z][\w’'.-]*\s+)*(?:Attorney|Secretary|Minister|Ambassador|Governor|Senator|"
    r"Representative|Counsel|Judge|Justice|Mayor|Director|Chairman|Commissioner|Advisor|Adviser|Envoy|Consul|"
    r"Assistant|Administrator|Counselor|Counsellor)"
    # "the Personal Assistant to Secretary of Commerce Herbert Hoover": a post may name whom it served, in full
    r"(?:\s+[A-Z][\w’'.-]*)*(?:\s+(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*){0,3})\s*$"
)
# "From 1993 to 1994, he was a special assistant in the Bureau of …": a post told in lower case, held those years
_POST_HELD = re.compile(
    r"(?:was|were)\s+(?:an?|the)\s+((?:(?:special|senior|chief|deputy|principal|executive|personal|legal|"
    r"legislative|staff)\s+){0,2}(?:assistant|advisor|adviser|fellow|director|counsel|counselor|speechwriter|aide|"
    r"envoy|ambassador|secretary|chairman|chair|professor|lecturer|editor|correspondent)"
    r"(?:\s+(?:of|to|for|at|in|with)\s+[^,;]{1,80})?)\s*$"
)
_RAN = re.compile(
    r"(?:was|were)\s+(again\s+)?(?:an?\s+|the\s+)?(unsuccessful\s+)?((?:[A-Z][\w-]*\s+){0,2})candidates?\s+for\s+(\S.*)$"
)
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
    held = (_OFFICE_HELD.match(clause[verb_at:]) or _POST_HELD.match(clause[verb_at:])) if spanned else None
    if held:
        return f"{clause[:verb_at]}served as {held.group(1)}"
    ran = _RAN.match(clause[verb_at:])
    if ran:  # "was again an unsuccessful candidate for", "was the Republican candidate for"
        again, failed, party, office = ran.groups()
        how = f"{again or ''}ran{' unsuccessfully' if failed else ''}"
        return f"{clause[:verb_at]}{how} {'as the ' + party.strip() + ' candidate ' if party else ''}for {office}"
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


# "…, a position from which he resigned in the summer of 1916", "…, a post which he held until resigning
# in June 1946", "…, positions which he held until becoming Under Secretary of State in 1943", "…, a position
# that he held until he resigned on January 3, 1979"
_POST_ENDED = re.compile(
    r",?\s+(?:an?\s+|the\s+)?(?:position|post|office|seat|role)s?\s+(?:from\s+which|which|that)\s+(?:he|she)\s+"
    r"(?:(resigned|left)|held\s+until\s+(?:(?:he|she)\s+(resigned|left|became)|(resigning|leaving|becoming)))\b"
    r"([^,;:()]*?)\s+(?:in|on)\s+"
    r"(?:the\s+(?:\w+\s+)?of\s+)?$"
)


def post_ended_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str:
    """The title of the date of a post's end told in a relative clause after the post (:data:`_POST_ENDED`),
    made by ``title_of`` (which names whom "he" stands for) with what follows the date; "" otherwise."""
    ended = _POST_ENDED.search(sentence[: mention.start])
    if ended is None:
        return ""
    done = ended.group(1) or ended.group(2) or past_of_ing(ended.group(3))
    after = re.match(r"[^,;:()]*", sentence[mention.end :])
    # "… to become the first U.S. Ambassador to the United Nations, a post which he held until resigning": as that
    office = re.search(rf"(?:the\s+(?:first\s+)?)?({OFFICE})$", sentence[: ended.start()])
    what = (
        f" as {office.group(1)}" if office and done in ("resigned", "left") and not ended.group(4) else ended.group(4)
    )
    text = f"He {done}{what} in {mention.text}{after.group(0) if after else ''}."
    at = len(f"He {done}{what} in ")
    return title_of(text, DateMention(at, at + len(mention.text), mention.text, mention.date, mention.until))


# "Lansing was also instrumental in founding the American Society of International Law in 1906, and in
# establishing the American Journal of International Law in 1907": he helped found each
_INSTRUMENTAL = re.compile(
    # ("Isabella, motivated by strong religious zeal, was instrumental in beginning …": why, aside)
    r"^\W*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|He|She)(?:,\s+[a-z][^,;]{0,60},)?\s+(?:was|were)\s+(?:also\s+)?"
    r"(?:\w+\s+)?instrumental\s+in\s+"
    r"(?:[^,;]*?,?\s+and\s+in\s+)?([a-z]+ing)\s+([^,;]+?)\s+(?:in|on)\s+$"
)
# "He entered Dickinson College at the age of 16 and graduated in 1809": graduated from it
_ENTERED_THEN_GRADUATED = re.compile(
    r"^\W*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|He|She)\s+(?:entered|attended|enrolled\s+(?:at|in))\s+"
    r"((?:the\s+)?(?:[A-Z][\w&’'.-]*\s+)*(?:College|University|Academy|School|Institute)(?:\s+of\s+[A-Z][\w’'-]*)*)"
    r"[^.;]*?\s+and\s+graduated\s+(?:in|on)\s+$"
)
# "After an unsuccessful bid for the Democratic presidential nomination in 1852, Buchanan …": his bid
_AFTER_A_BID = re.compile(
    r"^\W*(?:After|Following)\s+(an?\s+(?:unsuccessful\s+|failed\s+)?(?:bid|run|campaign)\s+for\s+[^,]{3,80}?)\s+in\s+$"
)
_SUBJECT_AFTER = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|he|she)\s+[a-z]")


def _base_of_ing(word: str) -> str:
    """ "founding" → "found", "establishing" → "establish", "creating" → "create"; "" for an
    "-ing" form whose past is irregular."""
    stem, done = word[:-3], past_of_ing(word)
    if done != f"{stem}ed" and done != f"{stem}d":
        # "beginning" began: the verb whose irregular past that is
        return next((base for base, past in IRREGULAR_PAST.items() if past == done and word.startswith(base[:-1])), "")
    # "creating", "organizing", "securing", "shaping": the "-e" the "-ing" dropped
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "planning": "plan"
    dropped = re.search(r"(?:at|iz|ur|iv|uc|ag|ov|ot)$", stem) or re.fullmatch(r"[^aeiou]+[aeiou][bcdgkmnprstvz]", stem)
    return f"{stem}e" if dropped else stem


def step_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str:
    """The title of a step a biography tells in one of the shapes above, made by ``title_of``
    (which names whom "he" stands for); "" for another sentence."""
    before = sentence[: mention.start]
    helped = _INSTRUMENTAL.match(before)
    base = _base_of_ing(helped.group(2)) if helped else ""
    if helped and base:
        text = f"{helped.group(1)} helped {base} {helped.group(3)} in {mention.text}."
    elif entered := _ENTERED_THEN_GRADUATED.match(before):
        text = f"{entered.group(1)} graduated from {entered.group(2)} in {mention.text}."
    elif (bid := _AFTER_A_BID.match(before)) and (who := _SUBJECT_AFTER.match(sentence, mention.end)):
        text = f"{who.group(1)[:1].upper()}{who.group(1)[1:]} made {bid.group(1)} in {mention.text}."
    else:
        return ""
    at = len(text) - len(mention.text) - 1
    return title_of(text, DateMention(at, at + len(mention.text), mention.text, mention.date, mention.until))
