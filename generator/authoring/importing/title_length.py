"""A title cut to length: at most :data:`~.title_cut.MAX_WORDS` words, the least informative part first.

:mod:`~generator.authoring.importing.predicate` gives the predicate of the dated clause; here
the title is weighed: what a deed needs whole ("ceased to exist", "a Treaty of Friendship,
Commerce, and Navigation", "as Minister to Japan") is kept, and a title too long is cut by
:mod:`~generator.authoring.importing.title_cut`. A title cut to end on a common noun may
keep the phrase that says what of, to the twelve words a teacher's timeline allows. A title
left dangling ("… sailed", "… increasingly fell") is none.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.cut_points import trailing_phrases
from generator.authoring.importing.predicate import verbs
from generator.authoring.importing.tense import past
from generator.authoring.importing.title_cut import (
    CONTROL_VERB,
    MAX_WORDS,
    PLACE_PREPOSITION,
    ROLE_VERB,
    cut_to,
    length_in_words,
)

# What a long list of doers made, named: the title names the thing made, not the list.
# "joined Britain, France, Thailand, … and New Zealand to form the Southeast Asia Treaty Organization": the
# list is too long for a title, and the body it made names the event.
_JOINED_TO_MAKE = re.compile(
    r"^(?:joined|met\s+with|allied\s+with)\s+[^;]*?,[^;]*?,[^;]*?\s+to\s+(form|found|create|establish|sign)\s+"
    r"(?:the\s+|an?\s+)?((?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?)*[A-Z][\w’'-]*)"
)


def made_by_many(predicate: str) -> str:
    """ "joined Britain, France, …, and New Zealand to form the Southeast Asia Treaty Organization"
    → "Southeast Asia Treaty Organization formed", or ""."""
    joined = _JOINED_TO_MAKE.match(predicate)
    return f"{joined.group(2)} {past(joined.group(1))}" if joined else ""


def shortened(subject: str, predicate: str, dated_first: bool = False) -> str:
    """Subject and predicate within :data:`MAX_WORDS`: trailing phrases without a name go
    first, then a qualifier of the subject, then any trailing phrase; never a name cut.
    ``dated_first``: the sentence opens with its date ("In 1814, Britain had acquired …"),
    so a pluperfect tells that year's deed, not what had happened by then.

    A title cut to end on a common noun may keep the phrase that follows it, to the two
    words more the teachers' rule allows: "George III declared the colonies" says nothing
    the colonies' rebellion would, "… reached agreement" nothing "on the coalition
    government" would. One cut to end on a name ("… lost Detroit") is whole as it is."""
    predicate = _KNOWN_AS.sub(r"\1", predicate)  # "an alliance … known today as the Delian League": the League
    # "… just eleven months before the general election": when, which the date beside the title says
    predicate = re.sub(
        r"\s+(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|barely\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|a\s+few|several|[\d]+)\s+(?:days?|weeks?|months?|years?)\s+(?:before|after)"
        r"\b[^,;]*$",
        "",
        predicate,
    )
    # "entered into a contract for the construction of this building with Leonard Harbaugh": what "this" points
    # back to the sentence before told; with whom is this one's news
    predicate = re.sub(
        r"\s+for\s+the\s+[a-z]+\s+of\s+(?:this|that|the\s+same)\s+[a-z]+(?=\s+(?:with|to|from|by)\s+[A-Z])",
        "",
        predicate,
    )
    if length_in_words(subject, predicate) > MAX_WORDS:  # "in the British colony of Hong Kong": in Hong Kong
        predicate = _KIND_OF_PLACE.sub(r"\1 ", predicate)
    purpose = _PURPOSE.search(predicate)
    if purpose and length_in_words(subject, predicate) > MAX_WORDS and len(predicate[: purpose.start()].split()) >= 1:
        predicate = predicate[: purpose.start()]  # "formed with the goal of disseminating …": why, after what
    by_whom = _OBJECT_BY_WHOM.search(predicate)
    if by_whom and length_in_words(subject, predicate) > MAX_WORDS and len(predicate[: by_whom.start()].split()) >= 2:
        predicate = predicate[: by_whom.start()]  # "the “freedom rides” sponsored by CORE and SNCC": who backed them
    office = _AS_OFFICE.search(subject)
    if office and length_in_words(subject, predicate) > MAX_WORDS:  # "Tagliaferri’s exequatur [as Consul at New York]"
        subject = subject[: office.start()]
    if length_in_words(subject, predicate) > MAX_WORDS:  # "was signed [by both countries] in Brunei": who else
        predicate = _BY_BOTH.sub(r"\1", predicate, count=1)
    parties = _BETWEEN_PARTIES.search(subject)
    if parties and _A_DOCUMENT.search(subject[: parties.start()]) and length_in_words(subject, predicate) > MAX_WORDS:
        subject = subject[: parties.start()]
    hired = _HIRED_BY.search(subject)
    if hired and length_in_words(subject, predicate) > MAX_WORDS and len(subject[: hired.start()].split()) >= 2:
        subject = subject[: hired.start()]  # "the young women employed by the Boston Manufacturing Company in Waltham"
    title = cut_to(subject, predicate, dated_first, MAX_WORDS)
    presented = re.match(r"presented\s+(?!(?:his|her|their|its)\b)[^,;]*?\s+with\s+", predicate)
    if presented and title and " with " not in title:
        return (
            ""  # "presented the new Emperor Wilhelm I [with a letter from …]": whom, without what, says another thing
        )
    if not title:  # "The People’s Republic of China, Hong Kong and Chinese Taipei joined the forum": no cut leaves ten
        longest = cut_to(subject, predicate, dated_first, MAX_WORDS + 2)
        last = longest.rsplit(" ", 1)[-1]
        # not one that ends on a verb cut from its object, nor one that dates itself from another time
        # "… ruled that the school had to be reopened": nothing cut (but "… and the Nationalists fled" is two deeds)
        whole = longest == f"{subject} {predicate}" and " and " not in predicate
        cut_deed = (
            (verbs(last) and not whole)
            or re.search(r"\bhelped\s+\w+$", longest)  # "… helped contribute"
            or predicate.split()[0] not in longest.split()  # the verb itself went
            or not longest.casefold().startswith(subject.casefold())  # the subject was cut: it may hold the verb
        )
        return "" if cut_deed or re.search(r"\b(?:later|earlier|ago)\b", longest) else longest
    # "moved its embassy in Germany from Bonn to Berlin": where from says nothing without where to
    # ("transferred from Embassy Port Louis [to Embassy Antananarivo]": a name of several words on either side)
    # "made the transition from one-party rule [to democracy]": a change's end, too
    change = _CHANGE_FROM.search(title)
    if change or re.search(r"\sfrom\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*$", title):
        longer = cut_to(subject, predicate, dated_first, MAX_WORDS + 3)
        if longer.startswith(title) and re.fullmatch(
            r"\s+to\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*"
            + (r"|\s+to\s+(?:a\s+)?(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*" if change else ""),
            longer[len(title) :],
        ):
            return longer
    # "appointed Taft as the civil governor …", "sent Edmond-Charles Genêt to the United States": whom, and as what or where
    # "raised its Legations … to Embassy status": to what
    raised = re.match(r"(?:raised|elevated|upgraded)\s", predicate)
    sent = re.match(r"(?:sent|dispatched)\s", predicate)
    if ROLE_VERB.match(predicate) or CONTROL_VERB.match(predicate) or sent or raised:
        # "raised its Legations in Bulgaria and Hungary [to Embassy status]": to what, too
        longer = cut_to(subject, predicate.replace(", as ", " as ", 1), dated_first, MAX_WORDS + (3 if raised else 2))
        if longer.startswith(title) and re.match(r"\s+(?:as|to)\s", longer[len(title) :]):
            return longer
    infinitive = (
        re.match(r"\s*to\s+(?:exist|function|operate)\b", predicate[len(title) - len(subject) :])
        if _BEFORE_TO.search(title)
        else None
    )
    if infinitive and title.startswith(subject):  # "The Orange Free State ceased [to exist]": what it ceased to do
        return title + " " + infinitive.group(0).strip()
    deed = title[len(subject) :] if title.startswith(subject) else ""
    verb = VERB.match(deed.strip())
    # "agreed to a division": a preposition right after the verb is the verb's, and says neither where nor to whom
    said = [at for at in trailing_phrases(deed.strip()) if verb is None or at != verb.end()]
    if not deed or not re.search(r"\s[a-z][a-z’'-]*$", deed) or said or _NAMED_LATER.search(deed):
        return title  # cut after a name, or after a phrase that already says where or to whom
    longer = cut_to(subject, predicate, dated_first, MAX_WORDS + 2)
    phrases = trailing_phrases(predicate)
    too_long = longer == title or len(longer.split()) > MAX_WORDS + 2
    if too_long and len(phrases) >= 2 and PLACE_PREPOSITION.match(predicate[phrases[-1] :]):
        # "… resumed the search for a place of settlement in what is now Liberia": the place goes first
        longer = cut_to(subject, predicate[: phrases[-1]].rstrip(" ,"), dated_first, MAX_WORDS + 2)
    added = longer[len(title) :]
    matter = _DOCUMENT_MATTER.match(added) if longer.startswith(title) and _DOCUMENT_END.search(title) else None
    if matter:  # "signed a convention [governing recaptured vessels]": a document's matter is its name
        return title + matter.group(1)
    if (
        longer.startswith(title)
        and added
        and len(longer.split()) <= MAX_WORDS + 2
        and not _LOOSE_EXTENSION.search(added)
    ):
        return longer
    return title


_BEFORE_TO = re.compile(r"\s(?:ceased|continued|began)$")  # "… ceased [to exist]": a deed whole with its verb
_DOCUMENT_END = re.compile(r"\b(?:treaty|convention|agreement|protocol|accord|arrangement|act|law)$")
_DOCUMENT_MATTER = re.compile(
    r"(\s+(?:governing|regulating|concerning|defining|settling|to\s+(?:abolish|regulate|settle|define|govern))"
    r"\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?$"
)


_KIND_OF_PLACE = re.compile(
    r"\b(in|at|to|from)\s+the\s+(?:[A-Z][a-z]+\s+)?(?:colony|city|town|port|island|province|territory|capital|"
    r"village|region|state|kingdom|principality|duchy)\s+of\s+(?=[A-Z])"
)
# "organized an alliance of Greek city-states known today as the Delian League": the thing by its name
_KNOWN_AS = re.compile(
    # the nearest article's phrase: "a leader of [an anti-British group … known as the War Hawks]"
    r"\b(?:an?|the)\s+(?:(?!\b(?:what|which|that|to|who|became|an?|the)\b)[^,;]){1,60}?\s+(?:known|called|referred\s+to)\s+"
    r"(?:today\s+|now\s+|later\s+)?as\s+"
    r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
)


_AS_OFFICE = re.compile(
    r"(?<=[a-z])\s+as\s+(?:[A-Z][\w’'.-]*\s+)*?[A-Z][\w’'-]*(?:\s+(?:at|in|to|of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?$"
)
# "The Treaty of Amity [between the United States and Brunei] was signed": a document's parties, which the
# guide's subject says, go before any of what was done
_BETWEEN_PARTIES = re.compile(
    r"\s+between\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+and\s+(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*)*$"
)
_BY_BOTH = re.compile(
    r"\b(signed|ratified|approved|accepted|initialed|concluded)\s+by\s+(?:both|the\s+two)\s+(?:countries|parties|sides|governments|nations|states)\b"
)
_A_DOCUMENT = re.compile(r"\b(?:Treaty|Convention|Agreement|Accord|Protocol|Pact)\b")
# who employed or led the subject, between it and its verb: the first thing a long title loses
_HIRED_BY = re.compile(
    r"\s+(?:employed|hired|recruited|organized|led|commanded|funded|backed|sponsored|trained|owned|paid)\s+by\s+\S.*$"
)
_PURPOSE = re.compile(
    r"\s+(?:with\s+the\s+(?:goal|aim|intention|purpose|hope|idea|object)\s+of|in\s+order\s+to|so\s+as\s+to|"
    r"in\s+an\s+(?:effort|attempt)\s+to|in\s+a\s+bid\s+to)\b.*$"
)
# "… sponsored by the Congress of Racial Equality and SNCC": who backed the thing done, named after it.
_OBJECT_BY_WHOM = re.compile(
    r"(?<=[a-z”\"’])\s+(?:sponsored|organized|organised|backed|funded|financed|supported|run)\s+by\s+[^,;]+$"
)


_CHANGE_FROM = re.compile(r"\b(?:transition|change|shift|conversion|switch)\s+from\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$")


# "ratified the treaty": the importer names it from the sentence before, which a longer title would prevent.
_NAMED_LATER = re.compile(r"\bthe\s+(?:treaty|act|pact|agreement|accord|accords|convention|law|bill|declaration)$")


# What a longer title may not add: a next clause ("… and spread", "… but were unable", "… as British troops").
_LOOSE_EXTENSION = re.compile(  # "… promising …", "… grass known" (as what)
    r"\b(?:and|but|or|as|while|yet|by)\b|[,;:“”\"]|^\s+[a-z]+ing\b|\s(?:known|called|named|termed)$"
)
