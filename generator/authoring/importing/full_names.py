"""A person's full name for a title that opens with the surname alone.

A text names a person in full once ("the reformer James G. Birney") and by the surname
after ("Birney was born in Kentucky"). A timeline line is read without the text, so a
title that opens with the surname gets the full name the text gave. Only a surname that
one full name of the text ends with is replaced: "Clinton" stays where the text names
both Bill Clinton and Hillary Clinton, and a name made of a body's words ("Continental
Congress", "Supreme Court") is no person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = r"(?:[A-Z][a-z’'-]+|[A-Z]\.)"
_FULL_NAME = re.compile(rf"(?<![\w’'.-])({_WORD}(?:\s+{_WORD}){{0,2}})\s+([A-Z][a-z]{{2,}})\b(?![\w’'-]|\s+[A-Z])")
_OFFICE_WORDS = (
    r"(President|General|Governor|Senator|King|Queen|Emperor|Secretary|Admiral|Premier|Chancellor|Ambassador)"
)
_OFFICE_THEN_SURNAME = re.compile(rf"\b{_OFFICE_WORDS}\s+([A-Z][a-z]{{2,}})\b(?![\w’'-]|\s+[A-Z])")
_OFFICE_BEFORE = re.compile(rf"\b{_OFFICE_WORDS}\s+(?:[A-Z][\w.’'-]*\s*){{0,3}}$")
# Words that open a sentence or a phrase, or name an office, a body or a place, not a given name.
_NOT_GIVEN = set(
    "The A An In On At By Of For From With And But Or When After Before During Since Until While As If This That "
    "These Those His Her Their Its Our Some Many Most Both Each Every Under Over Between Against Through Across "
    "President Vice General Governor Senator Representative Judge Justice Chief King Queen Prince Princess Emperor "
    "Pope Bishop Reverend Rev. Dr. Mr. Mrs. Ms. Miss Sir Lord Lady Captain Colonel Major Admiral Lieutenant "
    "Secretary Minister Speaker Commodore Sergeant Private Attorney Mayor Premier Chancellor Marshal Ambassador "
    "Tsar Czar Shah Sultan Caliph Saint St. Fort Lake Mount Cape Port "
    "New North South East West Central Upper Lower Great Little Old Young Elder United Southern Northern Eastern Western "
    "American British French Spanish German English Soviet Russian Chinese Japanese Mexican Native African Black "
    "White Democratic Republican Federal National Continental Confederate Union Civil First Second Third Fourth "
    "Supreme High Royal Holy Catholic Protestant Christian Jewish Islamic Muslim January February March April "
    "May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday Although Though Because However Then Thus Also Even Only Still Yet Meanwhile Later Soon Today Like "
    "Unlike Key Neither Nor Either Without Within Despite Among Along Having Being Following Including Several Few "
    "Other Another Such No Not Two Three Four Five Six Seven Eight Nine Ten Writer Author Poet "
    "Legation Embassy Consulate Consul Mission Government Grand Duchy Duke Duchess Principality "
    # a textbook's asides tell the reader to do things: "Explore Rock the Vote" names no Mr. Rock
    "Explore Visit Read See Learn Watch Find Check Click Follow Listen Consider Imagine Compare Look Try Search "
    "Discover Interested".split()
)
_BODY = re.compile(
    r"^(?:Congress|Court|Senate|House|Assembly|Parliament|Council|Committee|Commission|Party|Army|Navy|Church|"
    r"Company|Association|Society|Union|League|Movement|Department|Bureau|University|College|School|Republic|"
    r"Empire|Kingdom|States|Nations|River|Mountains|Valley|Island|Islands|County|City|Street|Square|War|Act|"
    r"Treaty|Convention|Agreement|Protocol|Pact|Accord|Conference|Revolution|Amendment|Constitution|Declaration|Compromise|State|Federation|Brigade|Corps|"
    r"Administration|Agency|Board|Office|Institute|Foundation|Review|Times|Post|Journal|Tribune|Press)$"
)
_KIN = r"(?:wife|husband|widow|widower|son|daughter|brother|sister|mother|father|nephew|niece|cousin|Lady)"
_KIN_BEFORE = re.compile(rf"\b{_KIN}[,\s]+(?:the\s+)?$")
_KIN_AFTER = re.compile(rf"\b(?:his|her|their)\s+(?:\w+\s+)?{_KIN}\b")
_OPENING_SURNAME = re.compile(r"^([A-Z][a-z]{2,})\s+(?=(?:\w+ly\s+)?[a-z])")
_OPENING_PAIR = re.compile(r"^([A-Z][a-z]{2,})\s+and\s+([A-Z][a-z]{2,})\s+(?=(?:\w+ly\s+)?[a-z])")


def full_names(sentences: Iterable[str]) -> dict[str, str]:
    """Each surname the sentences give with exactly one full name: {"Birney": "James G. Birney"}.

    A word the text also writes in lower case is a common noun or a role, not a name: "Watts
    Riots" gives no surname "Riots", and "Premier Nikita Khrushchev" is "Nikita Khrushchev".
    A person the text names as someone's kin ("his second wife Edith Wilson", "First Lady
    Eleanor Roosevelt", "Eleanor Roosevelt urged her husband") shares the surname with
    another, whom the surname alone may mean, so that surname is left alone."""
    sentences = list(sentences)
    lower = set(re.findall(r"\b[a-z][a-z’'-]+\b", "\n".join(sentences)))
    found: dict[str, set[str]] = {}
    in_office: dict[str, set[str]] = {}  # the offices the text gave before a surname's full name
    bare_in_office: dict[str, set[str]] = {}  # the offices the text gave before the surname alone
    for sentence in sentences:
        for match in _FULL_NAME.finditer(sentence):
            name = _person(match.group(1).split(), match.group(2), lower)
            before = sentence[: match.start()]
            held = re.search(rf"(?<!\bof\s)\b{_OFFICE_WORDS}\s+$", before)  # "President Bill Clinton": his name whole
            if not name or (
                re.search(r"(?:\b[A-Z][a-z]+\s+of|\bthe)\s+$|\b[A-Z][\w’'.-]*\s+$|[“\"‘]$", before) and not held
            ):
                # "Secretary of State Vell", "the Kell Assembly", "for National Security Affairs Henry Kissinger":
                # an office's or a body's words, a name whose first word a run of capitals hides, or a slogan
                # ("“Free Calley”")
                continue
            kin = _KIN_BEFORE.search(sentence[: match.start()]) or _KIN_AFTER.search(sentence, match.end())
            found.setdefault(match.group(2), set()).update({name, "(kin)"} if kin else {name})
            office = _OFFICE_BEFORE.search(before + match.group(1))
            if office:  # "Attorney General Robert Kennedy": the office the full name holds
                in_office.setdefault(match.group(2), set()).add(office.group(1))
        for bare in _OFFICE_THEN_SURNAME.finditer(sentence):
            bare_in_office.setdefault(bare.group(2), set()).add(bare.group(1))
    # "President Kennedy" beside "Attorney General Robert Kennedy": the office's holder is another
    for surname, offices in bare_in_office.items():
        if surname in found and surname in in_office and offices - in_office[surname]:
            found[surname].add("(office)")
    # "in Japan", "across Japan": a place, which "Tokugawa Japan" does not make a person's surname
    places = set(
        re.findall(
            r"\b(?:in|into|across|throughout|within)\s+([A-Z][a-z]{2,})\b(?![’'\w-]|\s+[A-Z])", "\n".join(sentences)
        )
    )
    return {surname: next(iter(names)) for surname, names in found.items() if len(names) == 1 and surname not in places}


# Given names that are also words a text writes in lower case ("a bill", "the will"): "Bill Clinton" is a person
_GIVEN_AND_WORD = set(
    "Bill Will Frank Grant Jack Mark Rose Hope Joy Guy Dean Bob Ray Sandy Rich Earl Pat Chuck".split()
)


def _person(given: list[str], surname: str, lower: set[str]) -> str:
    """The full name of a person, or "" when its words are an office, a body, a place's or
    a common word."""
    while given and (given[0] in _NOT_GIVEN or (given[0].lower() in lower and given[0] not in _GIVEN_AND_WORD)):
        given = given[1:]  # "President James Monroe", "premier": the name after the office
    common = [
        word
        for word in given
        if not re.fullmatch(r"[A-Z]\.|[A-Z][a-z]+", word)
        or (word.lower() in lower and word not in _GIVEN_AND_WORD)
        or word.endswith(("ing", "ed", "ly"))
        or word in _NOT_GIVEN
        or _BODY.match(word)
    ]
    if not given or common or surname.lower() in lower or surname in _NOT_GIVEN or _BODY.match(surname):
        return ""
    return " ".join([*given, surname])


def with_full_name(title: str, names: dict[str, str]) -> str:
    """The title with the full name of the person whose surname alone opens it."""
    pair = _OPENING_PAIR.match(title)
    if pair and pair.group(1) in names and pair.group(2) in names:  # "Marx and Engels": both by their full names
        return f"{names[pair.group(1)]} and {names[pair.group(2)]} {title[pair.end() :]}"
    opening = _OPENING_SURNAME.match(title)
    if opening is None or opening.group(1) not in names or re.match(r"\S+\s+v\.\s", title):
        return title  # "Bush v. Gore": a case's name
    return f"{names[opening.group(1)]} {title[opening.end() :]}"
