"""The deed a date stands beside, named as a noun: "Italy’s surrender on September 8, 1943",
"the bombing of Rome in July 1943", "the March 1985 appointment of Mikhail Gorbachev", "until
his death in 1834". The date is that deed's, and the deed is the event's title.
"""

from __future__ import annotations

import re

from generator.authoring.prose import DateMention

# "the Allied bombing of Rome in July 1943", "Italy’s surrender on September 8, 1943": the date is that deed's.
_DEED_NOUNS = (
    r"invasion|bombing|surrender|occupation|annexation|evacuation|assassination|capture|fall|liberation|withdrawal|"
    r"siege|sinking|signing|founding|abdication|death|election|coronation|execution|massacre|uprising|coup|"
    r"resumption|outbreak|onset|repeal|ratification|collapse|independence|arrival|return|departure|murder|killing|overthrow|"
    r"inauguration|resignation|exile|release|trial"
)
_OBJECT = r"(?:\s+(?:of|on|at|into|in|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*)"
# "Germany’s resumption of submarine warfare in …": someone's deed may take a common noun as its object.
_COMMON_OBJECT = r"(?:\s+of\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
_DEED_BEFORE_DATE = re.compile(
    rf"((?:[A-Z][\w’'-]*\s+){{0,2}}[A-Z][\w’'-]*’s\s+(?:{_DEED_NOUNS})(?:{_OBJECT}|{_COMMON_OBJECT})?|[A-Z][\w’'-]*\s+(?:{_DEED_NOUNS}){_OBJECT}?|"
    r"outbreak\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}war(?:\s+in\s+[A-Z][\w’'-]*)?|"
    # "became more regular following the appointment of the first U.S. Ambassador to Oman in 1972": a first envoy
    r"(?:appointment|arrival|accreditation)\s+of\s+the\s+first\s+(?:resident\s+)?(?:U\.S\.\s+|American\s+)?"
    r"(?:Ambassador|Minister|Consul|Envoy)(?:\s+(?:to|at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?|"
    # "after the execution of the French king in 1793": a ruler named by his office
    r"(?:execution|assassination|death|abdication|coronation|overthrow|murder)\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+)?"
    r"(?:king|queen|emperor|empress|tsar|czar|shah|pope|president|sultan|caliph|prime\s+minister)|"
    rf"(?:{_DEED_NOUNS}){_OBJECT})\s+(?:on|in)\s+$"
)


# "the March 1985 appointment of Mikhail Gorbachev", "In November 1984 Reagan’s re-election": the date
# stands before the deed it dates.
_DEED_AFTER_NOUNS = (
    r"appointment|election|re-election|reelection|death|assassination|resignation|publication|founding|collapse|"
    r"invasion|signing|fall|capture|surrender|withdrawal|arrival|inauguration|coronation|execution|abdication|"
    r"annexation|occupation|bombing|sinking|outbreak|elevation|dismissal|overthrow|independence|"
    r"building|construction|creation|establishment|formation|adoption|opening|uprising|revolt|rebellion|massacre|riots?"
)
_DEED_AFTER_DATE = re.compile(
    rf"^\s+(?:(?:with\s+the\s+)?({_DEED_AFTER_NOUNS})\s+(of|in)\s+(?:the\s+(?:[A-Za-z][\w-]*\s+)?[a-z]+\s+of\s+)?"
    # "the 1775 founding of The Society for the Relief of Free Negroes Unlawfully Held": a name with its "for the"
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:for|of)\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*)"
    rf"|((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*’s\s+(?:{_DEED_AFTER_NOUNS})))\b"
)


def deed_after_date(sentence: str, mention: DateMention) -> str:
    """The deed a date stands before as its adjective ("the March 1985 appointment of Mikhail
    Gorbachev", "In November 1984 Reagan’s re-election and …"), or ""."""
    found = _DEED_AFTER_DATE.match(sentence[mention.end :])
    if found is None:
        return ""
    if found.group(1):
        with_the = found.group(0).lstrip().startswith("with the ")  # "culminated in 1961 with the building of …"
        if not with_the and not re.search(r"\b(?:the|a|an)\s+$", sentence[: mention.start], re.IGNORECASE):
            return ""  # "in 1985 appointment of …" is no English; "the 1985 appointment of …" is
        if found.group(2) == "in" and found.group(1) not in (
            "uprising",
            "revolt",
            "rebellion",
            "massacre",
            "riot",
            "riots",
        ):
            return ""  # "the 1985 election in …": where, not whose
        return f"{found.group(1).capitalize()} {found.group(2)} {found.group(3)}"
    if not re.match(r"\W*(?:in|on|by)\s+$", sentence[: mention.start], re.IGNORECASE):
        return ""  # the possessive deed opens the sentence after its date: "In November 1984 Reagan’s re-election"
    return found.group(4)


# "over the murder of the third caliph, Uthman, in 656": the name in apposition says whose.
_DEED_OF_NAMED = re.compile(
    rf"\b({_DEED_NOUNS})\s+of\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*,\s+"
    r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),\s+(?:on|in)\s+$"
)


_PLACE = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
# "A massacre in Tulsa, Oklahoma, in 1921, turned out even more deadly": the subject is the event.
_OPENING_DEED_AT = re.compile(
    rf"^\W*(?:A|An|The)\s+((?:{_DEED_NOUNS}|riots?|strike|fire|earthquake|flood|epidemic|famine|revolt|mutiny)"
    rf"\s+(?:in|at|of)\s+{_PLACE}(?:,\s+{_PLACE})?),?\s+(?:in|on)\s+$"
)


# "… in the West Indies Federation from 1958 until its collapse in 1962": the date is the end of what "its" names
_UNTIL_ITS_END = re.compile(
    r"\b((?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)(?:\s+(?:from|in|since)\s+\d{4})?,?\s+until\s+its\s+"
    r"(collapse|dissolution|breakup|demise|abolition|fall)\s+(?:in|on)\s+$"
)
# "The U.S. recognized [the restoration of] Latvia’s independence on …", "recognized the independence of Samoa
# on …": the date is the recognition's, whatever deed the recognition names
_RECOGNIZED = re.compile(r"\b(?:recogni[sz]ed|acknowledged)\s+(?:the\s+(?:restoration|return)\s+of\s+)?(?:the\s+)?$")


def deed_before_date(sentence: str, mention: DateMention) -> str:
    """The deed a date directly follows ("Italy’s surrender on …", "the bombing of Rome in …"), or ""."""
    ended = _UNTIL_ITS_END.search(sentence[: mention.start])
    if ended:  # "participating in the West Indies Federation from 1958 until its collapse in 1962"
        return f"{ended.group(2).capitalize()} of {ended.group(1)}"
    named = _DEED_OF_NAMED.search(sentence[: mention.start])
    if named and not _RECOGNIZED.search(sentence[: named.start()]):
        return f"{named.group(1).capitalize()} of {named.group(2)}"
    opening = _OPENING_DEED_AT.match(sentence[: mention.start])
    if opening and re.match(r",\s+[a-z]", sentence[mention.end :]):
        return opening.group(1)[:1].upper() + opening.group(1)[1:]
    own = _own_deed_before_date(sentence, mention)
    match = _DEED_BEFORE_DATE.search(sentence[: mention.start])
    if own or match is None:
        return own
    title = match.group(1)
    if re.search(r"’s\s", title):  # "Following Lin Biao’s death": the name is the words before ’s, not the lead
        title = _LEAD_BEFORE_NAME.sub("", title)
    if title.split()[0] in ("The", "A", "In", "On", "After", "Before", "During"):
        return ""
    if not re.search(r"’s\s|\s(?:of|on|at|into)\s", title):
        return ""  # "the Nazi invasion" names no one's invasion of anything
    if _RECOGNIZED.search(sentence[: match.start()]):
        return ""  # "The U.S. recognized the restoration of Latvia’s independence on …": the date is the recognition's
    return title[:1].upper() + title[1:]


# "Shortly after his arrival in Moscow in December 1933, Bullitt became …": the deed is the subject's.
_OWN_DEED_LEAD = re.compile(
    rf"^\W*(?i:(?:shortly|soon|immediately|just)\s+)?(?i:after|following|upon|on)\s+(?:his|her|its|their)\s+"
    rf"((?:{_DEED_NOUNS}){_OBJECT}?)\s+(?:on|in)\s+$"
)
_NAMED_SUBJECT_AFTER = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+[a-z]")


# "Genêt continued to reside in the United States until his death in 1834": the date is the death's.
_UNTIL_OWN_END = re.compile(r"\buntil\s+(?:his|her)\s+(death|execution|assassination)\s+(?:in|on)\s+$")
_POSSESSIVE = re.compile(r"[’']s$")
# "Herbert Hoover’s presidency, embarked upon … following his election in November 1928": the election's date
_AFTER_OWN_DEED = re.compile(
    r"(?<=\s)(?:following|after|upon|since)\s+(?:his|her)\s+(election|inauguration|arrest|resignation|release)\s+"
    r"(?:in|on)\s+$"
)
# "Sophronius, the author of the first excerpt, was Patriarch … until his death": an apposition may follow the name.
_OPENING_NAME = re.compile(
    r"\W*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)(?:,\s+(?:the|a|an)\s+[^,;]{1,80},)?\s+(?:himself\s+|herself\s+)?[a-z]"
)


def _own_deed_before_date(sentence: str, mention: DateMention) -> str:
    until = _UNTIL_OWN_END.search(sentence[: mention.start]) or _AFTER_OWN_DEED.search(sentence[: mention.start])
    led = (
        re.search(r"\bby\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\b[^,;]*$", sentence[: until.start()])
        if until
        else None
    )
    if led and until:  # "The Guomindang was led by Sun Yat-sen from 1912 until his death in 1925": the leader's death
        return f"{led.group(1)}’s {until.group(1)}"
    owner = _OPENING_NAME.match(sentence) if until else None
    pronoun = owner is not None and owner.group(1) in ("He", "She", "It", "They", "This", "That")
    if (
        until
        and owner
        and not pronoun
        and owner.group(1).split()[0] not in ("The", "A", "An", "In", "On", "After", "Before")
        and sentence[owner.end(1) : until.start()].strip()  # "Soon after her arrest": no one's name
    ):
        return f"{_POSSESSIVE.sub('', owner.group(1))}’s {until.group(1)}"
    lead = _OWN_DEED_LEAD.match(sentence[: mention.start]) or _AFTER_OWN_DEED.search(sentence[: mention.start])
    subject = _NAMED_SUBJECT_AFTER.match(sentence, mention.end)
    if lead is None or subject is None or subject.group(1).split()[0] in ("The", "A", "In", "On"):
        return ""
    whose = re.sub(r"[’']s$", "", subject.group(1))  # "Following his death …, Mahmud Shah’s sons …"
    return f"{whose}’s {lead.group(1)}"


_LEAD_BEFORE_NAME = re.compile(
    r"^(?:(?:After|Before|During|Following|Until|Since|By|With|Upon|On|In|At|The|A)\s+)+(?=[A-Z])"
)
