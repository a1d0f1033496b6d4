"""The body a later "it" stands for: "Congress decided to move to Baltimore. … It first met in
Baltimore on December 20, 1776."

A history of an institution tells what Congress, the Department or the Senate did, then goes on
with "it". A person is "he" or "she" (the proposals keep track of whom), a body is "it": the
last body a sentence made its subject, until a sentence makes a thing of another kind its
subject ("The building was new. It had been completed in 1794": the building).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.authoring.prose import DateMention

_LEAD = r"\W*(?:(?:In|On|By|From|During|After|Before|Later|Then|Thereafter|Soon)\b[^,;]{0,40}?(?:,\s*\d{4})?,?\s+)?"
_BODY_NOUNS = (
    r"Department|Senate|House|Assembly|Council|Commission|Committee|Court|Convention|Government|Embassy|"
    r"Consulate|Legation|Office|Bureau|Board|Parliament|Cabinet|Legislature|Administration|Ministry|Agency"
)
# "Congress", "the Department", "the Department of State", "the Continental Congress"
_BODY = re.compile(
    r"(Congress|[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:" + _BODY_NOUNS + r"|Congress)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,2})?)"
)
_VERB = r"(?:(?:\w+ly|first|then|also|later|soon|again|still|once|finally)\s+)?(?:was|were|had|has|[a-z]+ed|met|left|went|held|began|became|sent|made|took|gave|sold|chose|set|spent|kept|dealt|came)\b"
_BODY_FIRST = re.compile(_LEAD + _BODY.pattern + r"\s+" + _VERB)
_THING_FIRST = re.compile(_LEAD + r"(?:The|the|This|this|That|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+" + _VERB)
# "The first commercial treaty … was signed in 1824 …. It expired in 1836.": a treaty or a post is "it" too
_KEPT_THING = re.compile(
    _LEAD
    + r"((?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Za-z][\w-]*|U\.S\.)\s+){0,3}(?i:treaty|agreement|convention|post|consulate|legation|embassy|mission|agency)"
    + r"(?:\s+of\s+[a-z]+)?"  # "a treaty of extradition"
    + r"(?:\s+(?:at|in)\s+[A-Z][\w’'-]*)?)(?:\s+(?:between|with)\s+[^,;]{1,80}?)?\s+"
    + _VERB
)
_IT_FIRST = re.compile(
    _LEAD
    + r"(It|it|The\s+post|[Tt]his\s+(?:treaty|agreement|convention|post|consulate|legation|embassy|agency))\s+(?="
    + _VERB
    + ")"
)
# "It was supplanted by a reciprocal trade agreement signed in Washington …. It entered into force …": the agreement
_REPLACED_BY = re.compile(
    _LEAD
    + r"(?:It|it)\s+was\s+(?:supplanted|replaced|superseded)\s+by\s+(?:a|an|the)\s+"
    + r"((?:[a-z][\w-]*\s+){0,3}(?:treaty|agreement|convention))\b"
)
# "A Commercial Agency was opened in Carlsbad (Karlovy Vary) in 1887. It became a Consulate in 1906": the agency
# there; "A U.S. consular post has been intermittently maintained in Salzburg …. It opened …": the post there
_POST_OPENED = re.compile(
    _LEAD
    + r"(?:A|An)\s+((?:(?:[A-Z][\w.-]*|consular)\s+){0,2}(?i:consulate|legation|embassy|agency|post|mission))\s+"
    + r"(?:was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:opened|established|maintained|kept)\s+(?:at|in)\s+"
    + r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)


# "The United States opened a Consulate General in Bratislava in 1947. It was closed in 1950": the post it opened
_OPENED_A_POST = re.compile(
    r"\b(?:opened|established)\s+(?:a|an|its)\s+((?:(?:[A-Z][\w.-]*|consular)\s+){0,2}"
    r"(?i:consulate|legation|embassy|agency|post|mission)(?:\s+General)?)\s+(?:at|in)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)


# "The first U.S. consular post in the Kingdom of Hungary was established in 1869, when a Consular Agent was
# appointed in Pesth. … The post became a Consulate General": the post at the last place the sentence names
_FIRST_POST = re.compile(
    _LEAD + r"The\s+first\s+(?:U\.S\.\s+)?((?i:consular\s+post|consulate|legation|embassy|agency))\b"
)
_LAST_PLACE = re.compile(
    r"(?:\b(?:at|in)\s+|\bcity\s+of\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?![^.;]*\b(?:at|in|of)\s+[A-Z])"
)


_SIGNED_A_DOCUMENT = re.compile(
    r"\bsigned\s+(?:a|an|the)\s+((?:[A-Z][\w’'-]*\s+){0,2}(?:Treaty|Convention|Agreement|Protocol)\b"
    r"(?:\s+(?:of|on)\s+[A-Z][\w’'-]*(?:(?:,\s+|,?\s+and\s+|\s+)[A-Z][\w’'-]*)*)?)"
)


def body_named(sentence: str, body: str | None) -> str | None:
    """The body "it" may stand for after ``sentence``: the body it made its subject, else ``body``
    still, unless it made another thing its subject."""
    named = _BODY_FIRST.match(sentence)
    if named:
        return named.group(1)
    opened = _POST_OPENED.match(sentence)
    if opened:
        return f"the {opened.group(1)} in {opened.group(2)}"
    kept = _KEPT_THING.match(sentence)
    if kept:  # "A reciprocal trade agreement was signed …. It entered into force …": the agreement
        return re.sub(r"^[Aa]n?\b", "the", kept.group(1))
    first, place = _FIRST_POST.match(sentence), _LAST_PLACE.search(sentence)
    if first and place:
        return f"the {first.group(1).lower()} at {place.group(1)}"
    successor = _REPLACED_BY.match(sentence)
    if successor:
        return f"the {successor.group(1)}"
    opened_one = _OPENED_A_POST.search(sentence)
    if opened_one and not _IT_FIRST.match(sentence):
        return f"the {opened_one.group(1)} in {opened_one.group(2)}"
    signed = _SIGNED_A_DOCUMENT.search(sentence)
    if signed and not _IT_FIRST.match(sentence):  # "… signed a Treaty of Friendship … on June 24, 1924. It entered …"
        return f"the {signed.group(1)}"
    return None if _THING_FIRST.match(sentence) else body


def with_body_for_it(sentence: str, mention: DateMention, body: str | None) -> tuple[str, DateMention] | None:
    """The sentence with its opening "it" (or "this treaty", "this post" of the body's kind) replaced
    by ``body``, and the mention moved with it; None when the sentence does not open so before the date."""
    opening = _IT_FIRST.match(sentence) if body else None
    if opening is None or body is None or opening.start(1) > mention.start:
        return None
    pointer = opening.group(1)
    if pointer.lower().startswith("this ") and pointer.split()[1] not in body.lower():
        return None  # "This treaty" after a post: the treaty is another sentence's
    if pointer == "The post" and not re.search(r"(?i:post|consulate|legation|embassy|agency)\b", body):
        return None
    name = body[:1].upper() + body[1:] if pointer[0].isupper() else body
    text = sentence[: opening.start(1)] + name + sentence[opening.end(1) :]
    shift = len(name) - len(pointer)
    return text, replace(mention, start=mention.start + shift, end=mention.end + shift)
