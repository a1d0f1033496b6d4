"""Where a long title is cut: its trailing phrases without a name first, then a qualifier
of its subject, then any trailing phrase, to at most :data:`MAX_WORDS` words.

:mod:`~generator.authoring.importing.title_length` decides that a title is too long and
what of it must stay whole; this module makes the cut ("Four American warships under
Commodore Matthew Perry" → "Matthew Perry’s four American warships"). A name or the title
of a work is never cut, which is why a title may run to :data:`LONGEST` words.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.cut_points import BY_DOING, OFFICE_OF, subject_qualifier, trailing_phrases
from generator.authoring.importing.predicate import ONE_NAME_HEAD, WORD_LIST, verbs
from generator.authoring.importing.tense import simple_past
from generator.authoring.importing.title_words import (
    BARE_PARTICIPLES,
    COMPLETE,
    DANGLING,
    IRREGULAR_PARTICIPLES,
    MANNER,
    TRAILING_WEAK,
)
from generator.content.dates import MONTHS

# Twelve words: a judged sample of titles cut to ten kept 35 % of them whole, the same events cut to
# twelve 71 %; what the extra words carry is mostly where ("… to Poland") and what of ("… on sodomy").
MAX_WORDS = 12


LONGEST = MAX_WORDS + 4  # when a name or the title of a work, which is never cut, makes it longer


_ASKED_FOR_LEAVE = re.compile(
    r"^(asked\s+\S+(?:\s+\S+)?)\s+for\s+(?:the\s+)?(?:authority|authorization|permission|leave)\s+to\b"
)


# "led his tribe along with other Pueblo people in an uprising": the uprising is what was led
_LED_INTO = re.compile(
    r"^led\s+(?:his|her|their|its|the)\s[^,;]+?\s+(?:in|into)\s+"
    r"((?:an?|the)\s+(?:[a-z]+\s+)?(?:uprising|revolt|rebellion|attack|raid|march|campaign|strike|boycott|mutiny|"
    r"insurrection|invasion|assault|charge|war|crusade|revolution)\b.*)$"
)


_VOTED_FOR_MEASURE = re.compile(
    r"^voted\s+in\s+(?:support|favou?r)\s+of\s+(?:the|a)\s+(?:measure|resolution|bill|motion)\s+to\b"
)


# "called upon loyal states to supply armed forces": whom they asked says nothing without what for.
CONTROL_VERB = re.compile(
    r"^(?:called\s+(?:up)?on|urged|asked|ordered|invited|persuaded|forced|authorized|allowed|encouraged|"
    r"pressed|compelled|instructed|directed|appealed\s+to|used|appointed|named|chose|selected|nominated|designated)\s"
)


# "gave permission to Kim Il Sung to invade South Korea": to whom it was given says nothing without what for.
_CONTROL_NOUN = re.compile(
    r"^(?:gave|granted|gained|received|obtained|won|sought|secured|issued)\s+(?:\S+\s+){0,3}?"
    r"(?:permission|orders?|authority|authorization|approval|the\s+right|(?:the\s+)?power|consent)\s"
    # "became the first person to enter the tomb": the first to do what is the deed
    r"|^became\s+the\s+first\s+(?:[\w-]+\s+){1,4}?(?=to\s)"
)


# "to North Korea’s leader Kim Il Sung": a role before a full name says less than the words a long title needs.
_ROLE_OF_OBJECT = re.compile(
    r"(?<=\s)(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?’s\s+)(?:[a-z][\w-]*\s+){1,2}"
    r"(?=[A-Z][\w’'-]*\s+[A-Z][\w’'-]*)"
)


_PLACE_KIND = re.compile(
    r"\b(near|in|at|to|on|from|into|outside|toward|towards)\s+"
    r"the\s+(?:city|town|port|village|island|province|region)\s+of\s+(?=[A-Z])"
)


# "appointed William Howard Taft as the civil governor of the Philippines": whom, and as what.
ROLE_VERB = re.compile(r"^(?:appointed|named|chose|selected|nominated|designated|installed|elected)\s")


_MADE_BY = re.compile(r"\s(?:sent|written|signed|issued|drafted|carried|delivered)\s+by\s")


_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|[A-Z\d])")


_ENDS_IN_NAME = re.compile(r"\s(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")


# A subject's last phrase but its "of …" ("the first rumors of change in France"): the first thing a long
# subject loses once its predicate holds only names.
_SUBJECT_PHRASE = re.compile(
    r"(?<=\w)(?:\s+[a-z]+ed)?\s(?:in|on|at|from|between|among|with|for|near|across|over|under|aboard)\s[^,]*$"
)


def _inside_a_name(subject: str, at: int) -> bool:
    """Whether the phrase of ``subject`` at ``at`` joins two capitals of one name with "for"
    ("Temporary Assistance for Needy Families")."""
    before = re.search(r"[A-Z][\w’'-]*$", subject[:at])
    return (
        before is not None
        and before.start() > 0  # "War between France and Great Britain": a capital that only opens the sentence
        and len(subject.split()) <= 8  # a longer one is cut all the same: the title has no room for it
        # (a place after "in" or "at" is where the thing was, which the cut may drop: "the Embassy in Paris";
        # "with" tells who came along: "the Department of Foreign Affairs, with Jay")
        and re.match(r"\s+(?:[a-z]+ed\s+)?for\s+[A-Z]", subject[at:]) is not None
    )


_MADE_A_NAME = re.compile(
    r"^(signed|formed|founded|established|created|concluded|ratified|adopted|issued|launched)\s+(?:the\s+|an?\s+)?"
    r"((?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?)*[A-Z][\w’'-]*)"
)


# A people and where they live: the people alone is subject enough when the title is too long.
_PEOPLE_OF = re.compile(r"^((?:[Tt]he\s+)?[A-Z][a-z]+(?:ans|ians|ese|ish|ch|ks|ts|ns|ds|rs))\s+of\s+\S.*$")


# "turned an uprising into a revolt" needs its "into"; "turned on", "turned his eyes on" do not.
_TURNED_INTO = re.compile(
    r"(?:turned|transformed|converted)\s(?!on\b|against\b|to\b|back\b|away\b|out\b|in\b|toward\b|towards\b|"
    r"(?:his|her|its|their)\s+(?:eyes|attention|gaze|back)\b)"
)


PLACE_PREPOSITION = re.compile(r"\s(?:on|in|at|near)\s")


_ROLE_WORDS = re.compile(
    r"^(?:(?:Commodore|General|Admiral|Marshal|Colonel|Captain|Commander|Lord|Sir|King|Queen)\s+)+"
)


def length_in_words(subject: str, predicate: str) -> int:
    """A title's length as a reader feels it: a person's long name ("José María Morelos y
    Pavón") reads as one name, and counts as two words."""
    name = re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+(?:(?:y|de|da|del|von|van|la)\s+)?)+[A-Z][\w’'.-]*", subject)
    doer = min(len(subject.split()), 2) if name else len(subject.split())
    read = len(predicate.split())
    if doer + read <= MAX_WORDS + 2:  # "the Army of Northern Virginia" reads as one name too, in a title not long
        read = len(_LONG_NAME.sub("Long Name", predicate, count=1).split())
    return doer + read


_LONG_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){2,}")


# an envoy's office and where it was, then his name: the name is who did it
_ENVOY_NAMED = re.compile(
    r"(?:[Tt]he\s+)?(?:first\s+|new\s+)?(?:U\.S\.\s+|American\s+|[A-Z][a-z]+(?:ish|ese|ian|an|ch)\s+)?"
    r"(?:Chargé\s+d[’']Affaires|Minister|Ambassador|Consul|Envoy)\b.*?\s"
    # (a name set off by a comma is whole in all its words: "…, Richard Allen Roth"; without one, two words, for
    # "Ambassador to Great Britain John Smith" is not "Britain John Smith")
    r"((?<=,\s)[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2}\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+|"
    r"(?:[A-Z]\.\s*)+(?:(?:van|de|von)\s+)?[A-Z][\w’'-]+|[A-Z][a-z][\w’'-]*\s+(?:[A-Z]\.\s+)?(?:(?:van|de|von)\s+)?[A-Z][\w’'-]+)"
)


def cut_to(subject: str, predicate: str, dated_first: bool, limit: int) -> str:
    """The title ``subject`` + ``predicate`` cut to at most ``limit`` words, or "" where no
    cut leaves a whole deed."""
    predicate = _ASKED_FOR_LEAVE.sub(r"\1 to", predicate)  # "asked Congress for the authority to arm …"
    predicate = _VOTED_FOR_MEASURE.sub("voted to", predicate)  # "voted in support of the measure to declare …"
    if dated_first:
        predicate = simple_past(re.sub(r"^had\s+(?=\w+ed\b|[a-z]+\s)", "", predicate))
    led = _LED_INTO.match(predicate)
    if led and length_in_words(subject, predicate) > limit:  # "led his tribe along with … in an uprising against …"
        predicate = f"led {led.group(1)}"
    whole = predicate
    made = _MADE_A_NAME.match(predicate)
    if made and subject.count(",") >= 2 and len(f"{subject} {predicate}".split()) > limit:
        return f"{made.group(2)} {made.group(1)}"  # eight nations "formed the Southeast Asia Treaty Organization"
    qualified = subject_qualifier(subject)
    if qualified and length_in_words(subject, predicate) > limit - 2:  # shorter as "Matthew Perry’s …"
        subject = _possessive(subject, qualified, predicate) or subject
    if length_in_words(subject, predicate) > limit:
        predicate = _ROLE_OF_OBJECT.sub("", predicate)
        predicate = _PLACE_KIND.sub(r"\1 ", predicate)  # "near the city of Mukden": Mukden
        if OFFICE_OF.fullmatch(subject):  # "Secretary of State Hay made a bold move to acquire …": Hay did
            subject = subject.rsplit(" ", 1)[-1]
        envoy = _ENVOY_NAMED.fullmatch(subject)
        if envoy:  # "the first U.S. Chargé d’Affaires to the Kingdom of the Two Sicilies John Nelson": Nelson
            subject = envoy.group(1)
    made = _MADE_BY.search(predicate)
    if made and length_in_words(subject, predicate) > limit:  # "a telegram sent by Arthur Zimmermann to …"
        predicate = predicate[: made.start()]
    listed = WORD_LIST.search(predicate)
    if listed and re.match(rf"\s+{ONE_NAME_HEAD}", predicate[listed.end() :]):
        listed = None  # "the State, War, and Navy Building": one name, not a list to cut to its first
    if listed and length_in_words(subject, predicate) > limit:
        predicate = _one_of_the_list(predicate, listed)
    while length_in_words(subject, predicate) > limit:
        phrases = trailing_phrases(predicate)
        first_infinitive = next((at for at in phrases if _INFINITIVE_AFTER.match(predicate, at)), -1)
        first_as = next((at for at in phrases if predicate.startswith(" as ", at)), -1)
        control = _CONTROL_NOUN.match(predicate)
        # "granted the Portuguese king the right to all African lands": the right says nothing without what to
        what_for = next(
            (at for at in phrases if control and at >= control.end() - 1 and predicate.startswith(" to ", at)), -1
        )
        ends = [*phrases[1:], len(predicate)]
        verb = VERB.match(predicate)
        plain = [
            at
            for at, end in zip(phrases, ends, strict=False)
            if not re.search(r"[A-Z]", predicate[at:end])
            and not (verb and at == verb.end() and verb.group(0) not in COMPLETE)  # "went into action"
            and not (verb and at == verb.end() and _INFINITIVE_AFTER.match(predicate, at))  # "began to ship …"
            and not (at == first_infinitive and (CONTROL_VERB.match(predicate) or control))
            and at != what_for
            and not (at == first_as and ROLE_VERB.match(predicate))  # "appointed Taft as the civil governor …"
        ]
        qualifier = subject_qualifier(subject)
        last_is_plain = bool(plain) and plain[-1] == phrases[-1]
        shorter = predicate[: phrases[-1]].rstrip(" ,") if phrases else predicate
        place_before_place = [
            (at, end)
            for at, end in zip(phrases, ends, strict=False)
            if at in plain and PLACE_PREPOSITION.match(predicate[at:]) and PLACE_PREPOSITION.match(predicate[end:])
        ]
        if place_before_place:  # "met the troops on the green at Lexington" keeps Lexington
            at, end = place_before_place[-1]
            predicate = " ".join(f"{predicate[:at]} {predicate[end:]}".split()).strip(" ,")
        elif (
            not last_is_plain
            and shorter != predicate
            and _ENDS_IN_NAME.search(shorter)
            and (length_in_words(subject, shorter) <= limit + 2)
            and not (phrases[-1] == first_infinitive and control)
            and phrases[-1] != what_for
        ):  # "… a withdrawal toward Dunkirk on the French coast": the last place goes, the name before it stays
            predicate = shorter
        elif phrases and length_in_words(subject, predicate) <= limit + 2 and _ENDS_IN_NAME.search(predicate):
            break  # "… forced Fernando VII to reinstate the liberal Cádiz Constitution": what was done ends on a name
        elif plain and (last_is_plain or not (qualifier or _SUBJECT_PHRASE.search(subject))):
            predicate = predicate[: plain[-1]].strip(" ,")  # the plain phrase and all after it
        elif means := BY_DOING.search(predicate):  # "launched a coup by executing …": how, after what
            predicate = predicate[: means.start()]
        elif qualifier:
            subject = _possessive(subject, qualifier, predicate) or subject[: qualifier.start()]
        elif (trailing := _SUBJECT_PHRASE.search(subject)) and not _inside_a_name(subject, trailing.start()):
            # "a group of revolutionaries in southern China"; not "The Temporary Assistance for Needy Families …"
            subject = _where_it_was(subject, trailing.start())
        elif people := _PEOPLE_OF.match(subject):  # "The Palestinians of the West Bank and the Gaza Strip"
            subject = people.group(1)
        elif (
            phrases
            and phrases[-1] == what_for
            and length_in_words(subject, kept := re.sub(r"\s+[a-z]+(?:ed|en)$", "", predicate)) <= limit + 2
        ):  # "… the right to all African lands taken [from Muslim rulers]": what the right is to stays
            predicate = kept
            break
        elif phrases and phrases[-1] == what_for and predicate.startswith("became "):
            return ""  # "became the first person [to enter the tomb]": the first to do what, too long to tell
        elif phrases:
            predicate = predicate[: phrases[-1]].rstrip(" ,")
        elif length_in_words(subject, predicate) <= limit + 4 and predicate.rsplit(" ", 1)[-1][:1].isupper():
            break  # the title of a work or a long name ends it, and is never cut
        elif predicate == whole and length_in_words(subject, predicate) <= limit + 1:
            break  # a word over, with nothing to cut that would leave the deed whole
        elif (
            owned_of := next(  # "… had completed its re-review [of half of the 19 volumes]": its own deed, whole
                (
                    m
                    for m in re.finditer(r"\b(?:its|his|her|their)\s+[\w-]+(?=\s+of\s)", predicate)
                    if length_in_words(subject, predicate[: m.end()]) <= limit
                ),
                None,
            )
        ):
            predicate = predicate[: owned_of.end()]
            break
        else:
            return ""
    predicate = re.sub(  # "… for more than sixty-five years": how long, which the dates say
        r"\s+(?:(?:for|over)\s+(?:more\s+than\s+|about\s+|nearly\s+|over\s+|almost\s+|some\s+)?[\w-]+\s+(?:days?|weeks?|months?|"
        r"years?|decades?|century|centuries)|(?:just\s+|only\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?))$",
        "",
        predicate,
    )
    whose = re.fullmatch(r"(\w+)\s+\w+\s+(?:their|his|her|its)\s+\w+", predicate)
    if whose and whose.group(1) in COMPLETE:  # "ended with their retreat": whose is the reader's guess
        predicate = whose.group(1)
    # "gave the desired approvals and September" cut from "in June and September": the second month, alone
    predicate = re.sub(rf"\s+(?:and|or)\s+(?:{'|'.join(MONTHS['en'])})$", "", predicate)
    # "… was assassinated and the situation": the subject of a next clause whose verb was cut
    # (not "… took control of Congress and the presidency": an office held, the second thing taken)
    predicate = re.sub(
        r"\s+and\s+(?:the|a|an|his|her|its|their|[A-Z][\w-]*[’']s)\s+"
        r"(?!(?:presidency|governorship|premiership|throne|crown|government|legislature|cabinet)$)[a-z]+$",
        "",
        predicate,
    )
    predicate = re.sub(
        r"\s+(?:from|on|to|of)\s+(?:the\s+)?[A-Z]\w*\s+(?:side|part)$", "", predicate
    )  # "… from the Allied side"
    # "came to the presidency [in 1901,] at a time [when newsreels …]": which time, the date says
    predicate = re.sub(r",?\s+at\s+a\s+time$", "", predicate)
    # "began and continued intermittently [over the years that followed]": how long, which a span would say
    predicate = re.sub(r"^([a-z]+ed|began)\s+and\s+(?:continued|went\s+on|lasted)(?:\s+[a-z]+ly)?$", r"\1", predicate)
    # "ran for a seat on the City Council himself": the stress is the sentence's, not the event's (but "to explain
    # himself": whom he explained)
    predicate = re.sub(r"(\b[A-Z][\w’'-]*)\s+(?:himself|herself|themselves)$", r"\1", predicate)
    if (
        predicate != whole
    ):  # "… a type of wild grass known" cut from "known as teosinte": known as what, it does not say
        predicate = re.sub(r"(?<=[a-z])\s+(?:known|called|named|termed)$", "", predicate)
    while (
        predicate.rsplit(" ", 1)[-1] in DANGLING | TRAILING_WEAK  # "Operation Restore Hope": a name keeps its word
        and " " in predicate
        and not re.search(r"(?:’s?|'s?)\s+\w+$", predicate)  # "turned in the Americans’ favor" is whole
        and not re.search(r"\bsworn\s+in$", predicate)  # "was sworn in": the particle is the verb's
        and not re.search(r"\b(?:own|equal|easy|good|friendly)\s+terms$", predicate)  # "on his own terms" is whole
    ):
        predicate = predicate.rsplit(" ", 1)[0]
    last = predicate.rsplit(" ", 1)[-1]
    if predicate != whole and last in _ADJECTIVES_BEFORE_NOUN:
        return ""  # "began the first of his two presidential" cut from "… presidential terms": the noun went
    whole_deed = (
        last in COMPLETE
        and " " not in predicate
        or re.fullmatch(r"(?:was|were)\s+(?:\w+ly\s+|first\s+)?\w+", predicate)
    )
    dangling = " " not in predicate or verbs(last) or last.endswith("ly") or last in BARE_PARTICIPLES
    if predicate != whole and dangling and (not whole_deed or subject.endswith("ly")):
        return ""  # "… increasingly fell" cut from "fell to the Luftwaffe", "… had secretly begun"
    said = re.search(r"\sthat\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)$", predicate)
    if predicate != whole and said and not verbs(said.group(1)):
        return ""  # "asserted that self-interested participation" cut before what it would do: what was said is gone
    if re.match(_TURNED_INTO, predicate) and " into " not in predicate:
        return ""  # "turned an uprising in Wuchang" cut from "… into a nationalist revolt"
    if (re.match(r"had\s+\w+", predicate) and not dated_first) or re.search(r"\shad(?:\s+\w+ly)?$", subject):
        return ""  # "Italy had joined", "relations had soured": what had happened by then, told in passing
    passive = re.match(r"(?:was|were)\s+(\w+ly)\s+(\w+)", predicate)
    done = (
        passive
        and passive.group(1) in MANNER
        and (passive.group(2).endswith(("ed", "en")) or passive.group(2) in IRREGULAR_PARTICIPLES)
    )
    if passive and not done:
        return ""  # "was heavily reliant on …", "was deeply disappointed": a state, not an event
    if " " not in predicate.strip():
        alone = predicate.strip()
        if alone not in COMPLETE and not re.search(r"(?:was|were)$", subject) and not alone.endswith("ed"):
            return ""
        if alone.endswith("ed") and alone not in COMPLETE and predicate != whole:
            return ""  # "… sailed" cut from "sailed for …": no title without what follows
    return f"{subject} {predicate}".strip()


# "Fighting", "Trade": a deed with no doer, so the subject's first phrase, where it was, is all it has
_BARE_DEED = re.compile(
    r"(?:the\s+)?(?:fighting|warfare|war|conflict|violence|unrest|trade|construction|work|talks|negotiations|"
    r"hostilities|combat|resistance|rioting|famine|unemployment)",
    re.IGNORECASE,
)


def _where_it_was(subject: str, cut: int) -> str:
    """``subject`` cut at ``cut``, or, where that leaves a bare deed ("Fighting in the Caucasus between the
    Russians and the Ottomans"), cut after the deed's first phrase ("Fighting in the Caucasus")."""
    if not _BARE_DEED.fullmatch(subject[:cut].strip()):
        return subject[:cut]
    second = re.search(r"\s(?:in|on|at|from|between|among|with|for|near|across|over|under)\s", subject[cut + 1 :])
    if second is None:
        return subject[:cut]
    return subject[: cut + 1 + second.start()]


def _one_of_the_list(predicate: str, listed: re.Match[str]) -> str:
    """A list too long for a title: a list of things gives its first ("looted silver, gold, and pearls" →
    "looted silver", without what is said of them all); a list of qualities before a noun goes ("against Spanish religious, economic, and
    cultural abuses" → "against Spanish abuses")."""
    where = re.search(r"\s+(?:in|at|to|from)\s+$", predicate[: listed.start()])
    if where and listed.group(0)[:1].isupper():  # "held four summits in Geneva, Reykjavik, …": one place would mislead
        return predicate[: where.start()] + predicate[listed.end() :]
    after = re.match(r"\s+([a-z]+)\b", predicate[listed.end() :])
    if after and after.group(1) not in _FUNCTION_WORDS:
        return " ".join(f"{predicate[: listed.start()]} {predicate[listed.end() :]}".split())
    return f"{predicate[: listed.start()]}{listed.group(0).split(',', 1)[0]}"  # what follows was said of all


# Adjectives that a title cannot end on: the noun they qualify was cut
_ADJECTIVES_BEFORE_NOUN = set(
    "presidential congressional national federal military political diplomatic economic constitutional legislative "
    "executive judicial royal naval colonial foreign international financial commercial religious".split()
)


_FUNCTION_WORDS = set("from to in on at of for by with and or as into over under against between during worth".split())


def _possessive(subject: str, qualifier: re.Match[str], predicate: str) -> str:
    """ "Four American warships under Commodore Matthew Perry" → "Matthew Perry's four
    American warships", when that makes the title short enough; else ""."""
    words = qualifier.group(0).split()
    if words[0] == "of":
        return ""  # "the domains of Satsuma" is no one's
    name = _ROLE_WORDS.sub("", " ".join(words[1:] if words[0] in ("under", "of") else words[2:]))
    head = re.sub(r"^(?:a|an|the)\s+", "", subject[: qualifier.start()], flags=re.IGNORECASE)
    common = re.match(r"[A-Z][a-z]", head) is not None  # "U.S. troops" keeps its capitals
    owned = f"{name}’s {head[:1].lower() + head[1:] if common else head}"
    return owned if name and len(f"{owned} {predicate}".split()) <= MAX_WORDS else ""
