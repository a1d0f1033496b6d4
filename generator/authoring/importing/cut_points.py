"""Where a title too long may be cut: its trailing phrases and its subject's qualifier.

A trailing phrase begins at a preposition after the verb ("… at the Battle of Kell"),
a participle ("…, killing thousands"), "by doing" or a complement; a phrase inside a
name ("the Army of Northern Virginia") is no place to cut. A qualifier of the subject
("Four American warships under Commodore Matthew Perry", "elements of the Kell army")
may be cut or turned into a possessive by :mod:`~generator.authoring.importing.title_length`.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import EVENT_NOUNS, VERB
from generator.authoring.importing.title_words import (
    NOUNS_IN_ING,
)

_PREPOSITION = re.compile(
    r"\s(?:of|on|in|to|at|for|from|with|by|against|into|under|over|near|outside|inside|before|above|below|as|"
    r"across|along|through|after|during|without|towards?|upon|within|above|following(?!\s+suit)|amid|amidst|despite)(?=\s)"
)


# A proper-name run, connectors included: "The Protestant Ethic and the Spirit of Capitalism".
# "Center for International Affairs": an institution's "for" is inside its name; "Orm for Skern" is two
_INSTITUTIONS = (
    "Center Centre Committee Bureau Office Commission Council Institute Society Association Agency Department Fund "
    "Foundation League Board Administration Ministry Secretary"
).split()
_FOR_IN_NAME = "(?:" + "|".join(rf"(?<={word}\s)" for word in _INSTITUTIONS) + r")for\s+"
_NAME = re.compile(rf"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|de|du|von|van|y)\s+|{_FOR_IN_NAME})*[A-Z][\w’'-]*)*")


# "four American warships under Commodore Matthew Perry", "an embassy led by Iwakura Tomomi".
_QUALIFIER = re.compile(
    r"\s+(?:under|led by|headed by|commanded by|of)\s+(?:[A-Z][\w’'.-]*\s+(?:(?:de|van|von|du|da|del|der)\s+)?)*"
    r"[A-Z][\w’'.-]*$"
)


_PART_OF = re.compile(r"(?i:(?:the\s+)?(?:elements|members|units|parts?|some|most|many|officers|leaders|remnants))")


def subject_qualifier(subject: str) -> re.Match[str] | None:
    """The qualifier a long subject may lose ("… under Commodore Matthew Perry"); none of a
    named event's ("Battle of Guadalcanal" is one name)."""
    found = _QUALIFIER.search(subject)
    if found and OFFICE_OF.fullmatch(subject):
        return None  # "Secretary of State Hay": an office and its holder, not "Secretary" qualified
    if found and (
        _PART_OF.fullmatch(subject[: found.start()].strip()) or _GROUP.fullmatch(subject[: found.start()].strip())
    ):
        return None  # "Elements of the Imperial Navy": without its whole, a part is nobody
    if found and re.fullmatch(rf"(?:the\s+)?(?i:{EVENT_NOUNS})", subject[: found.start()].strip()):
        return None
    if found and re.match(r"\s+of\b", found.group(0)) and re.search(r"\b[A-Z][\w’'-]*$", subject[: found.start()]):
        return None  # "Steinbeck’s The Grapes of Wrath": a name's own "of", not a qualifier
    return found


OFFICE_OF = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:Secretary|Minister|Governor|Commissioner|Duke|Earl|Prince|Bishop|Archbishop|Speaker|"
    r"Chief Justice|Lord)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*"
)


# "a much larger contingent of Puritans": a group is nobody until it says of whom
_GROUP = re.compile(
    r"(?i:(?:a|an|the|another)\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:contingent|group|party|band|wave|handful|crowd|delegation|body|number)"
)


BY_DOING = re.compile(r"(?<=[a-z])\s+by\s+(?=[a-z]{3,}ing\b)")


_AFTER_PARTICIPLE = re.compile(r"\s[a-z]+ed$")


# "brought the empire to an end", "sentenced him to death": a phrase the verb needs, not one it may lose.
_COMPLEMENT = re.compile(
    r"\s+(?:to\s+(?:(?:an?\s+)?(?:end|close|halt|standstill)|power|light|trial|justice|death|life\s+in)"
    r"|into\s+(?:force|effect|being|law|office)|in\s+(?:power|office|force)|on\s+fire|ablaze|afloat)\b"
    r"|(?<=\badmission)\s+to\s+the\s+(?:\w+\s+)?bar\b|(?<=\badmitted)\s+to\s+the\s+(?:\w+\s+)?bar\b"  # "gained admission to the bar"
)


def trailing_phrases(predicate: str) -> list[int]:
    """Where each prepositional phrase after the verb starts, except inside a name."""
    verb = VERB.match(predicate)
    verb_end = verb.end() if verb else 0
    names = [(m.start(), m.end()) for m in _NAME.finditer(predicate) if " " in m.group(0)]
    # "… determined to take action": a participle that qualifies the subject ends the deed, as a phrase does
    participles = [m.start() - verb_end for m in _PARTICIPLE_PHRASE.finditer(predicate, verb_end)]
    ends = {m.end() for m in _PREPOSITION.finditer(predicate, verb_end)}
    return sorted(
        [
            m.start()
            for m in _PREPOSITION.finditer(predicate, verb_end)
            if m.group(0).strip() != "of"
            # "along with": a preposition right after another is part of it (after "sworn in", a phrase of its own)
            and not (m.start() in ends and not predicate[: m.start()].endswith(" sworn in"))
            and m.start() >= verb_end
            and not any(s < m.start() < e for s, e in names)
            and not (participles and _AFTER_PARTICIPLE.search(predicate[: m.start()]))
            and not _COMPLEMENT.match(predicate, m.start())
            and not (m.group(0) == " in" and predicate[: m.start()].endswith(" sworn"))  # "was sworn in": the verb's
            # "appointed Samuel Shaw as consul": the office the verb gives is its object's complement
            and not (predicate.startswith(" as ", m.start()) and _GIVES_OFFICE.match(predicate))
            # "ruled that the school had to be reopened": "had to" is one verb, and no cut falls inside it
            and not (predicate.startswith(" to ", m.start()) and _OBLIGED.search(predicate[: m.start()]))
            # "for refusing to give up her seat": the gerund's infinitive is its object, and no cut falls before it
            and not (predicate.startswith(" to ", m.start()) and re.search(r"[a-z]{3,}ing$", predicate[: m.start()]))
            and not (predicate.startswith(" for ", m.start()) and _DOCUMENT_CALLING.search(predicate[: m.start()]))
            # "accredited its Ambassador to Switzerland to serve Liechtenstein": where the envoy serves is the deed
            and not (_TO_SERVE.match(predicate, m.start()) and _ACCREDITED.search(predicate[: m.start()]))
            # "agreed to find ways to cooperate": what the ways are for is what was agreed
            and not (predicate.startswith(" to ", m.start()) and _FOUND_WAYS.search(predicate[: m.start()]))
            # "its Ambassador to Switzerland to serve Liechtenstein": the envoy's post goes with where he serves
            and not (
                predicate.startswith(" to ", m.start())
                and _ENVOY.search(predicate[: m.start()])
                and _TO_SERVE.search(predicate, m.end())
            )
        ]
        + [verb_end + at for at in participles if at > 0]
        + [
            verb_end + m.start()
            for m in _PARTICIPLE_AFTER_NOUN.finditer(predicate[verb_end:])
            if m.group(1) not in NOUNS_IN_ING
            and not any(s < verb_end + m.start() < e for s, e in names)
            and not _FUNCTION_WORD_BEFORE.search(predicate[: verb_end + m.start()])
            and not _DOCUMENT_CALLING.search(predicate[: verb_end + m.end(1)])
        ]
    )


_FOUND_WAYS = re.compile(
    r"\b(?:find|found|finding|seek|sought|devise|devised)\s+(?:a\s+|new\s+|other\s+)?(?:ways?|means)$"
)
_TO_SERVE = re.compile(r"\s+to\s+(?:also\s+)?serve\s+(?:also\s+)?(?:in\s+)?[A-Z]")
_ENVOY = re.compile(r"\b(?:Ambassador|Minister|Envoy|Consul|Representative)$")
_ACCREDITED = re.compile(r"\b(?:accredited|appointed|named|designated|nominated)\b")


# "sent a paper calling for a reinvigorated policy": what the document asked is its content, no cut
_DOCUMENT_CALLING = re.compile(
    r"\b(?:paper|letter|memorandum|report|note|message|telegram|petition|resolution|bill|manifesto)\s+"
    r"(?:calling|demanding|urging|outlining)$"
)


# "a program of ethnic cleansing aimed at …", "determined to take action": a participle after a noun, not
# the passive's own ("was divided at the thirty-eighth parallel")
_PARTICIPLE_PHRASE = re.compile(
    r"(?<!\bbecame)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)\s(?=(?:known|called|named|termed)\s+as\s)"
    r"|\s(?=[a-z]+ed\s+to\s)|(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)\s(?=[a-z]+ed\s+(?:at|against)\s)"
)


_GIVES_OFFICE = re.compile(
    r"(?:(?:was|were)\s+)?(?:appointed|named|elected|chose|selected|nominated|confirmed|installed|crowned|designated|proclaimed|re-elected|reelected)\s"
)


_OBLIGED = re.compile(r"\b(?:had|has|have|ought|used|able)$")


# "shot down a U-2 spy plane canvassing Soviet territory": a participle after the object
# says more of the object, not of the deed, and may go as a trailing phrase does.
_PARTICIPLE_AFTER_NOUN = re.compile(r"(?<=[a-z0-9])(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)\s(?=([a-z]{3,}ing)\s)")


# "ended the support after learning …", "the days leading up": no object stands before the participle.
_FUNCTION_WORD_BEFORE = re.compile(
    r"\b(?:after|before|on|in|of|to|for|by|with|from|without|while|when|since|upon|about|into|through|up|"
    r"the|a|an|days|weeks|months|years|time|further|also|thereby|thus|still|then|\w+ly)$"
)
