"""Whether a dated clause tells a deed: "the weavers were artisans" and "intervention became
likely" are states, "The 1828 campaign differed from earlier contests" a likeness, "The 1976
elections proved to be a perilous time" a judgement; none is an event. A definition ("The
Meiji Restoration was the series of events …") and a turning point ("The purchase of Kell
marked the end of …") name their event by their subject.
"""

from __future__ import annotations

import re

from generator.authoring.importing.event_phrases import NAMED_EVENT
from generator.authoring.importing.participle import is_participle
from generator.authoring.prose import DateMention

_PERIOD = re.compile(r"\b(?:Restoration|Reform|Reforms|Movement|Era|Period|Renaissance|Reformation)$")


# "to withdraw the troops": an infinitive and its object, which no subject holds.
_INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\s+(?:the|a|an|his|her|its|their)\b")


_REACHED_STATES = {"ready", "complete", "operational", "open", "finished", "available"}


_NOT_A_DEED = re.compile(r"(?i:the\s+)?(?:year|decade|period|era|moment|time|day|month|this|that|it)\b")


def verdict_of_clause(clause: str, verb: re.Match[str], mention: DateMention, sentence: str) -> str | None:
    """None where ``clause`` (its main ``verb`` found) tells a deed; "" where it tells a state,
    a likeness, a plan or a judgement; the event's name where its subject names it."""
    if re.match(r"(?:was|were|is|are)\s+(?:the|a|an|one)\b", clause[verb.start() :]):
        # "The Meiji Restoration was the series of events …": a definition names its event
        defined = re.fullmatch(r"(?:The\s+)?((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)", clause[: verb.start()].strip())
        kind = defined and (NAMED_EVENT.search(defined.group(1)) or _PERIOD.search(defined.group(1)))
        return defined.group(1) if defined and kind and " " in defined.group(1) else ""
    if _INFINITIVE.search(clause[: verb.start()]):
        return ""  # "allow the Allies to withdraw the troops dispatched in 1918": no subject, a plan
    if re.match(
        r"(?:became(?!\s+(?:president|king|queen|emperor|empress|pope|chancellor|premier|governor|mayor|shah|sultan|"
        r"caliph|pharaoh|tsar|czar)\s*$)|seemed|appeared|remained)"  # "became president" is an event
        r"\s+(?!a\b|an\b|the\b|independent\b|law\b|official\b)[a-z]+\s*$",
        clause[verb.start() :],
    ):  # "intervention became likely" is a state; "Cambodia became independent" an event
        return ""  # "intervention became likely": a state, not an event
    if mention.until and re.match(r"became\s+[a-z]+\s*$", clause[verb.start() :]):
        return ""  # "When Jackson became president (1829–1837), he …": the years are his term, not the day he became it
    if re.match(r"(?:differed|resembled|mirrored|paralleled|abounded|swirled)\b", clause[verb.start() :]):
        return ""  # "The 1828 campaign differed from earlier contests", "Rumors abounded": a likeness or a state
    if re.match(r"proved\s+to\s+be\b", clause[verb.start() :]):
        return ""  # "The 1976 presidential elections proved to be a perilous time": a judgement, not an event
    state = re.match(
        r"(?:was|were|is|are)\s+(?:(?:first|later|then|also|soon|again|themselves|itself|himself|herself|\w+ly)\s+)*"
        r"((?:(?:re|co|pre|counter)-)?[a-z]+)",  # "was re-established": the prefix is the verb's
        clause[verb.start() :],
    )
    # "By September 1, the American Ambulance Hospital was ready for service": a state reached by a day is that
    # day's news
    reached = (
        state
        and state.group(1) in _REACHED_STATES
        # "The two wings were ready for occupancy on January 31, 1888": the day it was reached, too
        and (
            re.match(r"\W*By\s+$", sentence[: mention.start])
            or (mention.date.day and sentence[: mention.start].endswith("on "))
        )
    )
    if state and not is_participle(state.group(1)) and not reached:
        return ""  # "the weavers were artisans", "he was ill": a state, not an event
    if state and state.group(1).endswith("ing") and state.group(1) != "being":
        return ""  # "In 1943, Dr. Alice Hamilton was reflecting on her career": what went on, not what happened
    marked = re.match(
        r"(?:marked|signall?ed)\s+(?:the\s+)?(?:end|beginning|start|close|opening)\b", clause[verb.start() :]
    )
    judged = re.match(
        r"(?:marked|was|became|represented|proved(?:\s+to\s+be)?)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}"
        r"(?:turning\s+point|watershed|milestone)\b",
        clause[verb.start() :],
    )
    if judged and len(clause[: verb.start()].split()) >= 2 and not _NOT_A_DEED.match(clause):
        marked = judged  # "The 1840 presidential election marked a significant turning point": the election
    if marked and (judged or NAMED_EVENT.search(clause[: verb.start()])):  # "The purchase of Kell marked the end of …"
        return clause[: verb.start()].strip(" ,")[:1].upper() + clause[: verb.start()].strip(" ,")[1:]
    return None
