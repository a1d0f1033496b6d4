"""Where a date's deed is told in another clause of its sentence than the one the date
stands in.

"While employed by the Dutch East India Company in 1609, Henry Hudson explored …": the
date is in the while-phrase, the deed in the main clause. Likewise a when-clause after the
date ("…, as in 1772, when colonists burned the Gaspée"), one that opens the sentence ("In
1942 when Germany geared up for war, however, more women went …") and "as did Brazil in
October 1917" after the deed it shares. Each gives the deed's clause anew, opened by its
date ("In 1609, Henry Hudson explored …"), for the headline to title.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.importing.predicate import verbs
from generator.authoring.prose import DateMention

# "While employed by …, in 1609," "While serving as envoy in 1850,": a time the main clause's deed falls in
_WHILE_DOING = re.compile(r"\W*(While\s+(?:\w+ly\s+)?[a-z]+(?:ed|ing)\b[^,;]*),\s+(?=\S)")


_WHEN_FRAMED = re.compile(r"\b(?i:when|after|once),\s+(?:in|on|during|by)\s+(?:the\s+\w+\s+of\s+)?$")


# "…, as did Brazil in October 1917": the main clause's deed, done by another, at this date.
_AS_DID = re.compile(r",\s+as\s+did\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:in|on)\s+$")


def dated_anew(clause: str, mention: DateMention) -> tuple[str, DateMention]:
    """``clause`` opened by the date of ``mention`` ("In 1609, …"), with the date's new place."""
    return f"In {mention.text}, {clause}", DateMention(
        3, 3 + len(mention.text), mention.text, mention.date, mention.until
    )


def deed_told_elsewhere(sentence: str, mention: DateMention) -> tuple[str, DateMention] | None:
    """The clause that tells the deed of ``mention``'s date, opened by that date, where it is not
    the clause the date stands in; None where it is."""
    during = _WHILE_DOING.match(sentence)
    if (
        during
        and during.start(1) <= mention.start < during.end(1)
        and not re.search(r"\b1\d{3}\b|\b20\d\d\b", sentence[during.end() :])
    ):
        # "While employed by the Dutch East India Company in 1609, Henry Hudson explored …": the main clause's deed
        return dated_anew(sentence[during.end() :], mention)
    framed = _WHEN_FRAMED.search(sentence[: mention.start])
    rest = re.match(r",\s+(?=\S)", sentence[mention.end :]) if framed else None
    if rest:  # "The strike began … when, in the summer of 1894, George Pullman fired …": the when-clause's deed
        return dated_anew(sentence[mention.end + rest.end() :], mention)
    did_too = _AS_DID.search(sentence[: mention.start])
    main = find_verb(sentence[: did_too.start()]) if did_too else None
    if did_too and main:  # "China and Greece also entered the war, as did Brazil in October 1917"
        return dated_anew(f"{did_too.group(1)} {sentence[main.start() : did_too.start()]}.", mention)
    when = re.match(r",?\s+when\s+(?=\S)", sentence[mention.end :])
    own = re.split(r"[,;:]", sentence[: mention.start])[-1]
    main_after = (
        when
        and re.search(  # "In March 1948, when the Soviets found out, they withdrew": the main clause
            rf",\s+(?:he|she|they|it|we)\s+(?:{VERB.pattern})", sentence[mention.end + when.end() :]
        )
    )
    opening_when = (
        when
        and not when.group(0).startswith(",")
        and len(sentence[: mention.start].split()) <= 2
        and re.match(
            r"[^,;]+,\s+(?:(?:however|though|too|then),\s+)?(?!(?:he|she|they|it|we)\s)(?=\S)",
            sentence[mention.end + when.end() :],
        )
    )
    if when and opening_when:  # "In 1942 when Germany geared up for war, however, more women went …": the main clause
        return dated_anew(sentence[mention.end + when.end() + opening_when.end() :], mention)
    until_when = (  # (", when" after "until 672" has its own rule: the state's end)
        when
        and (
            re.search(r"\bthrough\s+$", sentence[: mention.start])
            or (not when.group(0).startswith(",") and re.search(r"\b(?:until|till)\s+$", sentence[: mention.start]))
        )
        and not re.match(r"(?:he|she|they|it|we)\s", sentence[mention.end + when.end() :])
    )
    if when and ((not verbs(own) and not main_after) or until_when):
        # "…, as in 1772, when colonists burned the Gaspée"; "relations expanded through 1871 when Bavaria joined
        # the German Empire": the when-clause's deed is the year's
        return dated_anew(sentence[mention.end + when.end() :], mention)
    return None
