"""The main verb of a clause: the first verb after its first word that tells the deed.

A past participle that qualifies the subject ("Men disguised as Mohawks boarded …", "the
disputed territory was …", "Kublai's appointed successor died") is passed over; a verb that
has no passive ("The war ended with …") never is. Clause breaks are found in
:mod:`~generator.authoring.importing.clause_span`; the verbs themselves in
:mod:`~generator.authoring.importing.predicate`.
"""

from __future__ import annotations

import re

from generator.authoring.importing.predicate import AUXILIARY, verbs

# "-ed" words that are a past participle of a phrase that qualifies the subject, not the verb.
# "the only connections to Berlin left to the Western Allies were …": a participle, not the verb.
_IRREGULAR_PARTICIPLES = {
    "brought",
    "bought",
    "sold",
    "caught",
    "left",
    "given",
    "sent",
    "made",
    "held",
    "built",
    "taken",
    "known",
    "seen",
    "led",
    "paid",
    "told",
}


_REDUCED_RELATIVE = re.compile(r"\s+(?:by|as|in|to|from|with|under|for)\b")


# Verbs that take no object, so have no passive: their "-ed" is the deed, never a participle before it.
_NO_PASSIVE = {
    "ended",
    "died",
    "collapsed",
    "arrived",
    "occurred",
    "happened",
    "erupted",
    "emerged",
    "existed",
    "lasted",
    "surrendered",
    "resigned",
    "retired",
    "returned",
    "emigrated",
    "immigrated",
    "rebelled",
    "revolted",
    "disappeared",
    "vanished",
    "fled",
    "perished",
}


def find_verb(clause: str) -> re.Match[str] | None:
    """The clause's main verb: the first verb after its first word that is not a past
    participle qualifying the subject ("Men disguised as Mohawks boarded …")."""
    matches = [m for m in verbs(clause) if m.start() > 0]
    for index, match in enumerate(matches):
        word = match.group(0)
        later = matches[index + 1 :]
        participle = (
            (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES)
            and word not in _NO_PASSIVE  # "The war ended with …": a verb without a passive qualifies no subject
            and not AUXILIARY.search(clause[: match.start()])
        )
        later = [m for m in later if not re.search(r"\bto\s+$", clause[: m.start()])]  # "to form": no finite verb
        # "moved … to another building, located on the corner of …": a participle after a comma is no main verb
        later = [m for m in later if not (m.group(0).endswith("ed") and re.search(r",\s+$", clause[: m.start()]))]
        later = [  # "erupted … over fear that infiltrators sought …": a verb of the that-clause is not the main one
            m for m in later if not re.search(r"\sthat\s", clause[match.end() : m.start()])
        ]
        coordinated = later and re.search(r"\sand\s+$", clause[: later[0].start()])  # "responded by …, and issued"
        named_only = re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*", clause[: match.start()].strip())
        if (
            participle
            and later
            and _REDUCED_RELATIVE.match(clause[match.end() :])
            and not coordinated
            and not named_only
        ):
            continue  # "Men disguised as Mohawks boarded …"; but "Khrushchev responded to …" is Khrushchev's deed
        if word in ("named", "called") and later and re.match(r"\s+[A-Z]", clause[match.end() :]):
            continue  # "a religious leader named Popé led …": the name's word, not the deed
        if participle and later and re.search(r"\b(?:of|the|a|an|with|in|on|for|from)\s+$", clause[: match.start()]):
            continue  # "the new technology of barbed wire allowed …": an adjective after its preposition
        if participle and re.match(r"\s+(?!and\b|or\b|but\b)[a-z]+\s+(?:was|were|had)\b", clause[match.end() :]):
            continue  # "the disputed territory was …": an adjective
        if participle and later and re.search(r"(?:[’']s?|\b(?:his|her|its|their))\s+$", clause[: match.start()]):
            continue  # "Kublai’s appointed successor … died": an adjective after its owner
        return match
    return None
