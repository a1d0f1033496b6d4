"""A date inside a relative clause: the name its "which" or "who" stands for.

"The Peace of Kell, which ended the war in 1648" is the peace's deed; "the Treaty of
Kell, which Congress ratified in 1778" is Congress's deed done to the treaty; "Rosa Parks,
an NAACP member from Montgomery, Alabama, who became …" is hers, not Alabama's, and so is "Frederick Douglass, an enslaved
person from Maryland who escaped …". A name
that only qualifies the thing "which" stands for ("a relief program for East Germans,
which was announced") is not the subject.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.places import US_STATE

# "accredited William Eustis to the Kingdom of the Netherlands, who presented his credentials": Eustis did
_PERSON_TO_STATE = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)(?:,\s+Jr\.,?)?\s+(?:to|at|near)\s+(?:the\s+)?"
    r"(?:Kingdom|Republic|Government|Court|Empire|Principality|Duchy|Grand\s+Duchy)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?,\s+who\s*$"
)
_CITY_IN_STATE = re.compile(rf"((?:[A-Z][\w’'.-]*\s+)?[A-Z][\w’'-]*),\s+(?:{US_STATE.pattern})\s*,\s+which\s*$")
_PERSON_FROM_PLACE = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*),\s+(?:a|an)\s+[^,]{1,60}?\s+(?:from|of|in)\s+"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?,?\s+who\s*$"
)


_AN_EVENT_OF = re.compile(
    # "the devastating battle of Stalingrad, which took place …": the battle, whatever the adjective
    r"\b(?:(?:a|an)\s+(?:[a-z]+\s+)?|the\s+(?!siege\b|battle\b)[a-z]+\s+)((?:siege|battle|occupation|invasion|bombing|blockade|capture|conquest|sack|"
    r"revolt|rebellion|uprising)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)[\s,]*,\s+which\s*$"
)


# "to negotiate a formal Treaty of Peace and Friendship … with the Bey of Tunis, which was signed …": the treaty
_DOCUMENT_WITH = re.compile(
    r"\b((?:[Tt]he|an?)\s+(?:[a-z]+\s+)?(?:Treaty|Convention|Agreement)(?:\s+of\s+[A-Z][\w’'-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)?)\s+(?:on\s+behalf\s+of\s+[^,;]{1,60}?\s+)?(?:with|between)\s+"
    r"[^,;]{1,80}?,\s+which\s*$"
)


# "a U.S. Consulate in Kell, which opened …"; "The U.S. Peace Corps program in Kell, which started in 1962": the
# post or the program did it, not the town
_POST_AT_PLACE = re.compile(
    r"\b((?:[Aa]n?|[Tt]he)\s+(?:U\.S\.\s+)?(?:(?:[Cc]onsulate|[Ll]egation|[Ee]mbassy|[Cc]onsular\s+[Aa]gency)(?:\s+General)?"
    r"|(?:[A-Z][\w’'.-]*\s+){1,4}(?:program|programme|mission|project|station|base))"
    r"\s+(?:in|at)\s+[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*)*),\s+which\s*$"
)


def relative_antecedent(unbracketed: str) -> re.Match[str] | None:
    """The name a relative clause after ``unbracketed`` (the sentence before the clause, its
    brackets removed) tells of: "Norway, which …", "the German onslaught, which …"; None when
    "which" stands for a thing the name only qualifies ("a relief program for East Germans")."""
    document = _DOCUMENT_WITH.search(unbracketed)
    if document:  # a treaty with a ruler, "which was signed": the treaty was
        return document
    city = _CITY_IN_STATE.search(unbracketed)
    if city:  # "Detroit, Michigan, which filed for bankruptcy": the city did, not the state
        return city
    post = _POST_AT_PLACE.search(unbracketed)
    if post:  # "a U.S. Consulate in Hessen-Romberg, which opened …": the consulate opened, not the town
        return post
    antecedent = re.search(
        r"(\b[Tt]he\s+(?:siege|battle|occupation|invasion|bombing|blockade|capture|fall|liberation|evacuation|"
        r"reign|rule|presidency|premiership|regency)\s+of\s+"
        r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"  # "the siege of Grozny, which began …": the siege began
        # "the Meuse-Argonne offensive in France, which began …": the offensive began, not France
        r"|\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+)+(?:offensive|campaign|uprising|revolt|rebellion|strike|blockade)"
        r"(?:\s+(?:in|of|at|on)\s+(?:the\s+)?[A-Z][\w’'-]*)?"
        # "Julius and Ethel Rosenberg, who were executed …": both
        # "Succeeding Thornton, who died …": Thornton died
        r"|(?!(?:Succeeding|Replacing|Following|Preceding|Joining|Meeting|Visiting|Accompanying|Receiving)\s)"
        # "The Tax Cuts and Jobs Act, which was passed …": an "and" inside a name is the name's
        r"(?:[A-Z][\w’'.-]*\s+and\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|and)\s+(?:the\s+)?)?)*[A-Z][\w’'-]*"
        r"|\b[Tt]he\s+[A-Z][a-z]+\s+[a-z]{4,})[\s,]*,\s+(?:who|which)\s*$",
        unbracketed,
    )  # "Norway, which …", "the German onslaught, which …"
    if antecedent is None or not antecedent.group(1)[:1].isupper() or " " not in antecedent.group(1):
        # "a planned invasion of Spain, which took place in 711": the invasion, not Spain
        antecedent = _AN_EVENT_OF.search(unbracketed) or antecedent
    owner = (
        re.search(r"\b([a-z]+)\s+(?:for|to|with|from)\s+(?:the\s+)?$", unbracketed[: antecedent.start(1)])
        if antecedent
        else None
    )
    who = unbracketed.rstrip().endswith("who")  # "a meeting with Roosevelt, who sailed": who is a person
    person_from = (_PERSON_FROM_PLACE.search(unbracketed) or _PERSON_TO_STATE.search(unbracketed)) if who else None
    if person_from:  # "Rosa Parks, an NAACP member from Montgomery, Alabama, who became …": she did, not Alabama
        antecedent = person_from
    a_name = antecedent is not None and not antecedent.group(1).startswith(("The ", "the "))
    infinitive = (
        owner is not None
        and re.search(  # "helped lead to the May Fourth Movement, which began …"
            r"\b(?:to|helped|help|helps|would|could|did|might|may)\s+$", unbracketed[: owner.start(1)]
        )
    )
    if owner and a_name and not who and not VERB.fullmatch(owner.group(1)) and not infinitive:
        antecedent = None  # "a relief program for East Germans, which was announced": the program was
    return antecedent


def told_of_antecedent(
    clause: str, antecedent: re.Match[str] | None, unbracketed: str, named: str | None
) -> str | None:
    """The clause with the name its "which" or "who" stands for as its subject or object
    ("Congress ratified the Treaty of Kell"); None when it tells a state, not a deed."""
    if antecedent:  # "… Roosevelt, who secretly sailed to Newfoundland in August 1941"
        # "… the Brest Treaty, which they signed at Kell": the thing done, not who did it
        by_one = re.match(r"^(?:he|she)\s+(?=[a-z]+ed\b)", clause)
        done = re.sub(r"^(?:they|he|she|we)\s+(?=[a-z]+ed\b)", "", clause)
        # "Norway, which had surrendered in June 1940", "the Geneva Conference, which had been established …"
        done = re.sub(r"^(?:had\s+)?(?:been\s+)?(?=[a-z]+(?:ed|en)\b)", "", re.sub(r"^had\s+been\s+", "been ", done))
        if done.startswith("been "):
            return None  # "Vietnam, which had been its colony before …": a state, not a deed
        doer = re.match(  # "… which the sultan Ala al-Din annexed": the sultan and his name
            r"(the\s+[a-z]+(?:\s+(?:[A-Z][\w’'.-]*|al-[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|al-[A-Z][\w’'.-]*))*)?"
            r"|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+((?:\w+ly\s+)?[a-z]+ed)\b",
            done,
        )
        name = antecedent.group(1)
        if doer and doer.group(2) != "was":  # "the Treaty of Kell, which Congress ratified …": Congress did it to it
            # "the Treaty of Kell, which …" keeps its article; "Hangul, which Sejong introduced …" has none
            the = "the " if re.search(r"\b[Tt]he\s+$", unbracketed[: antecedent.start(1)]) else ""
            the = "" if name.startswith("The ") else the
            lowered = (
                f"the {name[4:]}" if name.startswith("The ") else name
            )  # "Congress passed the Tenure of Office Act"
            clause = f"{doer.group(1)} {doer.group(2)} {the}{lowered}{done[doer.end() :]}"
        elif by_one and named and named not in name and name not in named:
            # "Genseric … invading Carthage, which he seized in 439": the man the sentence named did it to it
            verb_end = done.split(" ", 1)
            the = "the " if re.search(r"\b[Tt]he\s+$", unbracketed[: antecedent.start(1)]) else ""
            clause = " ".join([named, verb_end[0], f"{the}{name}", *verb_end[1:]])
        elif by_one and re.fullmatch(r"[a-z]+ed", done.split(" ", 1)[0]):
            clause = (
                f"{name} was {done}"  # "the Graham cracker, which he invented in 1829", he unnamed: it was invented
            )
        else:
            clause = f"{name} {done}"
    else:
        thing = re.search(r"\b((?:(?!of\b|the\b|and\b)[a-z][\w-]*\s+)?[a-z][\w-]{3,})[\s,]*,\s+which\s*$", unbracketed)
        # "the steam locomotive, which he invented": the person "he" stands for did it to the thing
        doer = re.match(
            r"(the\s+[a-z]+|he|she|they|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+((?:\w+ly\s+)?[a-z]+ed)\b",
            clause,
        )
        if thing and doer and not doer.group(2).startswith("was"):  # "future loans, which the United States obtained"
            the = "the " if re.search(r"\bthe\s+$", unbracketed[: thing.start(1)]) else ""  # "the telephone, which …"
            clause = f"{doer.group(1)} {doer.group(2)} {the}{thing.group(1)}{clause[doer.end() :]}"
    return clause
