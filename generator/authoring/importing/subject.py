"""The subject an event title opens with: a pronoun replaced by the person the text has
just named, a role before a name dropped ("the shogun Tokugawa Yoshinobu" → "Tokugawa
Yoshinobu"), an office before a full name dropped, a role named in apposition replaced by
the name, and "" for a subject that names nothing ("this", "it", "all")."""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import ROLE_TITLES

PRONOUN = re.compile(r"^(?:he|she|they)\b", re.IGNORECASE)

# A people or an army named by its nation ("the British", "the Soviets", "the Japanese"), whom "they" may stand for.
_PEOPLE = re.compile(r"(?:[Tt]he\s+)?(?!Congress\b|Parliament\b)[A-Z][a-z]+(?:ans|ians|ese|ish|ch|ets|ies|ists|ks|ns)")
_PERSON_PRONOUN = re.compile(r"(?:he|she)", re.IGNORECASE)  # "they" may be anyone the text named
# A person's whole name, two to four words: "John Jay", "Dixie Lee Ray"
_WHOLE_NAME = r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*"

# The adverbs between a subject and its verb belong to the verb.
_ADVERBS_AFTER = re.compile(
    r"(?<=\w)(?:\s+(?:also|then|soon|later|next|again|once|too|still|even|already|"
    r"(?!family\b|assembly\b|ally\b|monopoly\b|supply\b|rally\b|anomaly\b)[a-z]+ly))+$"
)

_NO_SUBJECT = {
    "this",
    "these",
    "that",
    "those",
    "it",
    "its",
    "his",
    "her",
    "their",
    "there",
    "such",
    "which",
    "who",
} | {
    "had",
    "has",
    "have",
    "was",
    "were",
    "all",
    "some",
    "many",
    "most",
    "both",
    "each",
}

# Words that open a subject but are not a name: "the shogun Tokugawa Yoshinobu" → "Tokugawa Yoshinobu".
_ROLE_BEFORE_NAME = re.compile(
    r"^(?:(?i:the|a|an)\s+(?!(?:first|second|third|last|new|old|young|great|next)\b)(?:[A-Z][a-z]+\s+(?=[a-z]))?"
    r"(?:[a-z][\w-]*\s+and\s+(?=[a-z][\w-]*\s+[A-Z]))?"  # "the Ottoman admiral and cartographer Piri Reis"
    r"|[A-Z][a-z]+(?:’s|'s)?\s+(?=[a-z]))"
    # not "a commission established by Ronald Reagan": one who made the subject is not the subject
    r"(?:(?!(?:of|in|on|at|from|to|and|for|with|by)\s)[a-z][\w-]*\s+){1,3}(?=[A-Z][\w’'-]*\s+[A-Z])"
)

# "U.S. Secretary of War William Taft" → "William Taft": an office before a full name.
_OFFICE_BEFORE_NAME = re.compile(
    rf"(?:\bthe\s+)?(?:\b(?:newly|recently)\s+(?:appointed|elected)\s+)?(?:\b[A-Z][\w.]*\s+)?\b{ROLE_TITLES}"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*)*\s+(?=[A-Z][\w’'-]+\s+[A-Z])"
)

_ROLE_THEN_NAME = re.compile(
    # "the wife of Ogedei, Torgene, led …": a role may say whose
    r"\b((?i:another|a|an|the|his|her|its|their)\s+(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?),\s+"
    r"((?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:y|de|da|del|von|van|la)\s+)?){0,5}[A-Z][\w’'.-]*),"  # "the UNAEC"
    r"(?!\s+(?:and|or)\s)"  # "the leaders of Russia, Belarus, and Ukraine": a list of places, no second name
)


# "This plan, also known as the Great Leap Forward, began …": the name the plan goes by.
_KIND_KNOWN_AS = re.compile(
    r"\b((?i:this|that|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+(?:(?:also|later|commonly|better)\s+)?"
    r"(?:known|called|named)\s+as\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w’'.-]*),"
)


def named_in_apposition(sentence: str, subject: str) -> str | None:
    """ "another rural priest, José María Morelos y Pavón, from …, took charge", "This plan,
    also known as the Great Leap Forward, began": the name the sentence gives a subject that
    is only a role or a kind."""
    for pattern in (_ROLE_THEN_NAME, _KIND_KNOWN_AS):
        for found in pattern.finditer(sentence):
            if subject.casefold().startswith(found.group(1).casefold()):
                return found.group(2)
    return None


# "A founder of the Democratic-Republican Party, Jefferson", "a few days after taking the oath of office,
# President Johnson": who the subject was, or when, said before it (not a clause of its own: "The chronicle
# begins with his father, Charles I")
_WHO_THEY_WERE_FIRST = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?![^,]*\b(?:is|are|was|were|has|have|had|begins|began|ends|ended|with\s+(?:his|her|their))\b)"
    r"[a-z][^,]{0,60},\s+"
    r"(?=[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'-]*\.?){0,3}$)(?!.*\b(\w+)\.\s+\w+\s+\1\b)"  # "Charles I. Charles I": two
)


def subject_of(subject: str, stands_for: str | None) -> str:
    """The clause's subject as a title opens with it, or "" when it names nothing."""
    if re.match(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s+and\s+[A-Z]", subject):
        return ""  # "[the leaders of Russia,] Belarus, and Ukraine": the end of a list whose start another clause took
    subject = re.sub(  # "a helicopter gunner by the name of Ron Ridenhour", "a Tewa Pueblo religious leader named Popé"
        r"^(?:an?|the)\s+[^,]{0,40}?\b(?:by\s+the\s+name\s+of|named)\s+(?=[A-Z])", "", subject
    )
    # "A founder of the Democratic-Republican Party, Jefferson was elected …": who the subject was, said first
    subject = _WHO_THEY_WERE_FIRST.sub("", subject)
    # "The Republic of Kell had withdrawn from the Federation and [declared …]": a first deed of the subject's,
    # its verb a participle the verb finder does not know
    subject = re.sub(r"\s+had\s+(?:\w+ly\s+)?[a-z]+(?:en|wn)\b[^,;]*?\s+and$", "", subject)
    joined = re.search(r",\s+and\s+(he|she|they)$", subject, re.IGNORECASE)
    if joined:  # "…, Connecticut, and they set fire …": the clause before ended at its place's name
        subject = joined.group(1)
    subject = re.sub(r"\s+(?:all|both|together)$", "", subject)  # "France and Spain both …"
    subject = _ADVERBS_AFTER.sub("", subject)  # "Hungary also came under …", "he vigorously supported …"
    own = re.fullmatch(r"(?:His|Her)\s+((?:tenure|term|service|career|nomination|appointment)\b.*)", subject)
    if own and stands_for:  # "His tenure as Secretary of State ended": whose, the text said before
        return f"{stands_for}’s {own.group(1)}"
    if PRONOUN.fullmatch(subject):
        if subject.lower() == "they" and stands_for and _PEOPLE.fullmatch(stands_for):
            return f"The {stands_for.removeprefix('the ').removeprefix('The ')}"  # "the British burned …, and … they set fire"
        return (stands_for or "") if _PERSON_PRONOUN.fullmatch(subject) else ""
    # "he and Friedrich Engels", "he and 113 immigrants", "she and her sister"
    if PRONOUN.match(subject) and stands_for and re.match(r"\w+\s+and\s+(?:[A-Z]|\d|(?:his|her|their)\s)", subject):
        subject = stands_for + subject[subject.index(" ") :]
    pair = re.fullmatch(  # not "Bill Haley and His Comets", one band
        r"(?!The\s)[A-Z][\w’'-]+\s+([A-Z][\w’'-]+)\s+and\s+(?!(?:His|Her|Their|Its|The)\s)[A-Z][\w’'-]+\s+([A-Z][\w’'-]+)",
        subject,
    )
    if pair:  # "Karl Marx and Friedrich Engels": two people by their surnames
        return f"{pair.group(1)} and {pair.group(2)}"
    subject = re.sub(r"^(?i:many)\s+(?=[a-z]+s\b)", "", subject)  # "many workers gathered …": workers did
    named_after = re.fullmatch(r"(?i:these|those)\s+((?:[a-z]+\s+)?[A-Z][\w’'-]*\s+.*)", subject)
    if named_after:  # "these American settlers in West Florida": the name says who, without pointing back
        subject = named_after.group(1)
    owned = re.fullmatch(  # not "his disagreement with Marx"
        r"(?i:his|her|their|its)\s+(?:(?!(?:with|of|for|to|from|by|against|on|in|at|over)\s)[a-z][\w-]*\s+){1,4}"
        r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)",
        subject,
    )
    if owned:  # "his son and heir Sultan Babullah": the name says who, without pointing back
        subject = owned.group(1)
    whose = re.fullmatch(r"(?i:his|her)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*s)", subject)
    if whose and stands_for and not stands_for.endswith("s"):  # "In 1356, his forces captured …": the man named's
        return f"{stands_for}’s {whose.group(1)}"
    words = subject.split()
    everyone_named = re.match(r"(?i:all)\s+(?:the\s+)?[A-Z]", subject)  # "all U.S. troops left the country"
    if not words or (words[0].lower() in _NO_SUBJECT and not everyone_named) or PRONOUN.match(subject):
        return ""
    if re.search(r"\b(?:of|in|during)\s+(?:his|her|their)\b", subject):
        return ""  # "The first months of his presidency saw …": whose, the sentence before says
    if re.search(r"\s(?:he|she|they|we|it)$", subject):
        return ""  # "After the revolution he returned …": the lead-in's noun and the real subject run together
    # "Frederick Douglass, an enslaved person from Maryland who escaped …", "Anna Weller, who moved …":
    # the clause is the person's
    person_who = re.fullmatch(
        r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),\s+(?:(?:a|an)\s+[^;]{1,80}?,?\s+)?who", subject
    )
    if person_who and not PRONOUN.match(subject):
        subject = person_who.group(1)
    # "John Jay, another New Yorker,", "the former Atomic Energy Commissioner, Dixie Lee Ray,": the name
    # says who; what the aside tells of the person is no part of the subject
    described = re.fullmatch(
        rf"({_WHOLE_NAME}),?\s+(?:another|a|an)\s+(?:(?!\b(?:who|whom|whose|which|that)\b)[^,;]){{1,60}}?,?", subject
    ) or re.fullmatch(
        rf"(?:[Tt]he\s+)?(?:(?:former|new|then|later)\s+)?(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]*,\s+({_WHOLE_NAME}),?",
        subject,
    )
    if described:
        subject = described.group(1)
    if re.search(r"\b(?:that|which|who|whom)\b", subject):
        return ""  # the verb found is a relative clause's: "Japan had become a power that had defeated …"
    subject = _OFFICE_BEFORE_NAME.sub("", _ROLE_BEFORE_NAME.sub("", subject))
    # "writer Edith Wharton", "former president John Adams": a calling without its article, before a whole name
    return re.sub(
        r"^(?:(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|all|some|many|most|in|of|at|on|for|from|"
        r"to|by|with|and|or)\b)[a-z][\w-]*\s+){1,3}"  # "eminent genocide scholar Gregory Stanton"
        r"(?=[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+$)",
        "",
        subject,
    )
