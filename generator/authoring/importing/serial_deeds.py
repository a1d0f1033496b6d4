"""One subject's deeds told in a row, each with its own date, the subject given once.

A life is often told as a run of deeds after one subject: "Albright was nominated … on
December 5, 1996, confirmed by the U.S. Senate on January 22, 1997, and sworn in the next
day"; "… became a U.S. citizen in 1957, and earned a B.A. … in 1959"; "earned her bachelor
of arts in 1974 …, her master's degree … in 1975, and her doctorate … in 1981"; "In 1987 she
served as …, and in 1989 was appointed director of …". Each later date's deed is its own
words after the comma, done by the first clause's subject (and, after "was nominated", in the
passive too); an object alone after the comma takes the first clause's verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.prose import DateMention, find_dates

# ", confirmed by the U.S. Senate on …", ", and earned a B.A. … in …": a verb of the past after a comma
_DEED_AFTER_COMMA = re.compile(
    r"^[^,;:()]{0,60}?[,;]\s+(?:and\s+)?(?:then\s+|later\s+|also\s+)?(?P<verb>[a-z]{3,})\b(?P<rest>[^,;:()]*?)"
    r"(?:\s+(?:on|in|during))?\s+$"  # "… and sworn in by the Vice President the following day"
)
# ", her master's degree … in 1975": an object after a comma, its verb the first clause's
_OBJECT_AFTER_COMMA = re.compile(
    r"^[^,;:()]{0,60}?,\s+(?:and\s+)?(?P<object>(?:his|her|their|its)\s+[^,;:()]+?)\s+(?:in|on)\s+$"
)
# ", and in 1989 was appointed director of …": the date leads, the deed follows it
# "…, and in 1989 was appointed director of …"; "moved to Arkansas, a year later then married Bill Clinton"
_DATE_THEN_DEED = re.compile(r",\s+and\s+(?:then\s+|later\s+)?(?:in|on)\s+$|[a-z],\s+$")
_DEED_AFTER_DATE = re.compile(r"^,?\s+(?:then\s+)?(?P<verb>(?:was|were)\s+[a-z]+|[a-z]{3,})\b(?P<rest>[^,;:()]*)")
_PAST = re.compile(
    r"[a-z]+(?:ed|en|wn)|became|began|won|took|went|left|led|met|ran|made|held|gave|wrote|fought|rose|sworn"
)
_PHRASAL = {"sworn": "sworn in"}
# the steps a life is given rather than takes: after "was nominated", "confirmed" is "was confirmed" (not "was moved")
_DONE_TO = re.compile(
    r"confirmed|sworn\s+in|appointed|named|elected|reelected|re-elected|nominated|commissioned|admitted|promoted|elevated|"
    r"inaugurated|installed|awarded|defeated|killed|arrested|executed|released|captured|wounded|transferred|assigned|"
    r"recalled|dismissed|removed|replaced|honored|knighted|ordained|buried|exiled|imprisoned|tried|convicted|acquitted"
)


def serial_deed_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """The title of a later date of a run of one subject's deeds (see the module), made by
    ``title_of`` from the first clause's subject and this date's own words; None for
    another sentence or the run's first date."""
    dates = find_dates(sentence, year=mention.date.year)
    starts = [d.start for d in dates]
    if mention.start not in starts:
        dates = sorted([*dates, mention], key=lambda d: d.start)  # "the next day" counts from the date before
    at = next(n for n, d in enumerate(dates) if d.start == mention.start)
    if at == 0:
        return None
    between = sentence[dates[at - 1].end : mention.start]
    deed = _DEED_AFTER_COMMA.match(between)
    deed = deed if deed and _a_past(deed.group("verb")) else None
    if deed and not re.search(r"\s(?:on|in|during)\s+$", between) and not mention.text.startswith("the "):
        deed = None  # "served in that capacity until 1884": a bound, not the day of a deed
    if deed and re.search(r"\s(?:until|since|by|before|after|from|to|till)$", deed.group("rest")):
        deed = None
    shaped = _OBJECT_AFTER_COMMA.match(between) if deed is None else None
    after = _DEED_AFTER_DATE.match(sentence[mention.end :]) if _DATE_THEN_DEED.search(between) else None
    after = after if after and _a_past(after.group("verb").split()[-1]) else None
    if after and between.rstrip().endswith(",") and not mention.text.startswith(("a ", "the ", "two ", "three ")):
        after = None  # after a bare comma only a time counted from the last ("a year later") opens a deed
    if not (deed or shaped or after):
        return None
    # the first clause ends at the first comma after its date ("In 1987 she served as …, and in 1989 …")
    # ("In 1974, Clinton moved to Arkansas, a year later …": past the comma of the date's lead)
    led = re.match(r"\W*(?:In|On|By)\s+$", sentence[: dates[0].start]) and re.match(r",\s", sentence[dates[0].end :])
    skip = 2 if led else 0
    clause_end = re.search(r"\s*[,;]\s", sentence[dates[0].end + skip :])
    first_text = sentence[: dates[0].end + skip + (clause_end.start() if clause_end else 0)]
    first = title_of(first_text + ".", dates[0])
    verb = find_verb(first) if first else None
    if verb is None or verb.start() == 0:
        return None
    subject = first[: verb.start()].strip()
    passive = re.match(r"(?:was|were)\s", first[verb.start() :])
    if shaped:
        words = f"{verb.group(0)} {shaped.group('object')}"
    else:
        found = deed or after
        assert found is not None
        word = found.group("verb")
        word = _PHRASAL.get(word, word)
        rest = found.group("rest").rstrip()
        if after:  # "a year later then married Bill Clinton and became …": the deed the time opens
            rest = re.split(r"\s+and\s+(?:also\s+)?(?=[a-z]+ed\b|became\b)", rest)[0]
        if word in ("sworn in",) and rest.startswith(" in"):
            rest = rest[3:]
        needs_was = (
            passive and deed and _DONE_TO.fullmatch(word) and not re.match(r"\s+(?:the|an?|his|her|its|their)\s", rest)
        )
        if rest.startswith(" by ") and not needs_was:
            return None  # "…, followed by a formal peace signed on …": what came next, another's deed
        words = f"{passive.group(0) if needs_was and passive else ''}{word}{rest}"
    on_a_day = words.endswith(" in") or mention.date.day is not None
    text = f"{subject} {words} {'on' if on_a_day else 'in'} {mention.text}."
    at_date = len(text) - len(mention.text) - 1
    return title_of(text, DateMention(at_date, at_date + len(mention.text), mention.text, mention.date, mention.until))


def _a_past(word: str) -> bool:
    """Whether ``word`` is a verb in the past ("confirmed", "sworn"), not a pronoun or a noun."""
    return _PAST.fullmatch(word) is not None and (VERB.match(word) is not None or word == "sworn")
