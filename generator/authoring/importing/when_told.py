"""A mood dated, and the deed that set it told after "when": "The tension was heightened in
1328 when King Charles IV of France died without a son". The heightening says only that
things got worse; the when-clause is what happened, and the title tells it: "King Charles IV
of France died without a son"."""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.prose import DateMention

# A state of affairs as the subject, and a verb that says only that it grew.
_MOOD_GREW = re.compile(
    r"^(?:The\s+)?(?:[a-z]+\s+)?(?:tensions?|situation|crisis|problem|issue|rivalry|hostility|animosity|conflict|"
    r"dispute|matter|unrest|discontent|resentment|anger|fears?)\s+(?:(?:was|were|had\s+been)\s+)?"
    r"(?:heightened|escalated|worsened|deepened|intensified|grew|increased|mounted|flared|peaked|came\s+to\s+a\s+head)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(r"^,?\s+when\s+([^;:]+?)\s*(?:[.;:]|$)")


def when_title(
    sentence: str, mention: DateMention, title: str, title_of: Callable[[str, DateMention], str]
) -> str | None:
    """The title of the when-clause that follows ``mention``, made by ``title_of`` from it
    with the date before it, when ``title`` only says that a mood grew or is empty; None otherwise."""
    # "Their relationship produced its most practical result in December 1987, when the two leaders signed
    # the INF Treaty": a main clause that names no deed leaves the when-clause to tell it
    if not (_MOOD_GREW.match(title) or not title):
        return None
    told = _WHEN.match(sentence[mention.end :])
    if told is None:
        return None
    text = f"In {mention.text}, {told.group(1)}."
    return title_of(text, DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)) or None


# "As revolutionary rhetoric … intensified in 1918 and 1919, a Red Scare erupted …": the growth is
# the scene; the main clause after it is what happened.
_AS_IT_GREW = re.compile(
    r"^\W*(?:[Aa]s|[Ww]hile)\s+[^,;]+?\s+(?:intensified|grew|increased|mounted|spread|worsened|deepened|escalated|"
    r"rose|continued|dragged\s+on|wore\s+on)\s+(?:(?:in|on|during|through|throughout)\s+)?(?:the\s+\w+\s+of\s+)?$"
)
# "When the emperor died in 1926, his son Hirohito ascended to power": the succession is the news.
_DIED_THEN = re.compile(r"^\W*(?:When|After)\s+[^,;]+?\s+died\s+(?:(?:in|on)\s+)?$")
_HEIR_AFTER = re.compile(
    r"^,\s+(?:his|her)\s+(?:\w+\s+)?(?:son|daughter|brother|sister|nephew|heir|widow|successor|grandson)\b[^,;]*?\s+"
    r"(?:ascended|succeeded|became|took|inherited|assumed)\b"
)
# "After the communist coup in 1948, the family immigrated to Denver": what the coup was followed by that year
_AFTER_A_TURN = re.compile(
    r"^\W*(?:After|Following)\s+the\s+(?:[a-z]+\s+){0,2}(?:coup|revolution|war|invasion|uprising|revolt|crisis|"
    r"collapse|armistice|occupation|partition|earthquake|fire|flood)\s+(?:in\s+[A-Z][\w’'-]*\s+)?in\s+$"
)
_MAIN_AFTER = re.compile(r"^(?:\s*(?:and|to|or)\s+\d{4})?,\s+([^;:]+?)\s*(?:[.;:]|$)")


def main_clause_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of the main clause after an "As … grew in 1918," that holds ``mention``, made by
    ``title_of`` with the date before it; None for another sentence."""
    died = _DIED_THEN.match(sentence[: mention.start]) and _HEIR_AFTER.match(sentence[mention.end :])
    turn = _AFTER_A_TURN.match(sentence[: mention.start])
    if not (_AS_IT_GREW.match(sentence[: mention.start]) or died or turn):
        return None
    main = _MAIN_AFTER.match(sentence[mention.end :])
    if main is None:
        return None
    told = main.group(1)
    if died:  # "his son Hirohito ascended …": the heir by his name
        told = re.sub(
            r"^(?:his|her)\s+(?:\w+\s+)?(?:son|daughter|brother|sister|nephew|heir|widow|grandson)\s+(?=[A-Z])",
            "",
            told,
        )
    text = f"In {mention.text}, {told}."
    return title_of(text, DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)) or None


# "…, a position he had held since President Nixon was sworn into office on January 20, 1969": the date
# is the since-clause's, and its deed is what the date saw
_SINCE_DONE = re.compile(
    r"\bsince\s+((?:President\s+|King\s+|Queen\s+|the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+"
    r"(?:(?:was|were)\s+[a-z]+|[a-z]+ed)\b[^,;]*?)\s+(?:on|in)\s+$"
)


def since_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of the since-clause the date ends, made by ``title_of`` with the date before it; None
    for another sentence."""
    since = _SINCE_DONE.search(sentence[: mention.start])
    if since is None:
        return None
    text = f"In {mention.text}, {since.group(1)}."
    return title_of(text, DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)) or None


# "While the Supreme Court determined that grandfather clauses were unconstitutional in 1915, states continued
# to use poll taxes": a fact conceded before the main clause is a deed of its own, and the date ends it
_CONCEDED = re.compile(
    r"^\W*(?:While|Although|Though|Even\s+though|Whereas)\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+"
    r"(?:(?:was|were)\s+[a-z]+|[a-z]+ed)\b[^,;]*?)\s+(?:on|in)\s+$"
)


def conceded_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of the conceded clause ("While …, …") the date ends, made by ``title_of`` with the
    date before it; None for another sentence."""
    conceded = _CONCEDED.match(sentence[: mention.start])
    if conceded is None or not sentence[mention.end :].startswith(","):
        return None
    text = f"In {mention.text}, {conceded.group(1)}."
    return title_of(text, DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)) or None
