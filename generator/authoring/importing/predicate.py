"""The predicate of an event's title: what follows its verb, up to its first subordinate part.

:mod:`~generator.authoring.importing.headline` finds the clause a date stands in and
its subject; here its predicate is cut at its first subordinate part, and a list of deeds
reduced to the one the date ends (:mod:`~generator.authoring.importing.title_length`
then cuts the title to length).
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.tense import past

_SUBORDINATE = re.compile(
    r",(?!\d)|\s[–—-]\s|—(?=[a-z])|(?<!announced)(?<!declared)(?<!proclaimed)(?<!said)(?<!agreed)(?<!demanded)(?<!insisted)"
    r"(?<!ordered)(?<!requested)(?<!revealed)(?<!reported)(?<!confirmed)(?<!stated)(?<!admitted)(?<!disclosed)"
    r"(?<!charged)(?<!affirmed)(?<!determined)(?<!lamented)(?<!concluded)(?<!decided)(?<!warned)(?<!promised)"
    r"(?<!acknowledged)(?<!stipulated)(?<!recommended)(?<!proposed)(?<!predicted)"
    r"(?<!complained)(?<!decreed)"
    r"(?<!ruled)\s(?:that)\b(?!\s+[a-z]+[’']s\b)"  # "closed that city’s schools": a demonstrative
    r"|\s(?:which|who|whom|whose|because|although|though|while|where|when|whereupon|"
    r"as a result|in order|so that|for the first time|thereby|instead of|despite|in spite of|due(?:\s+(?:in|large|great|part|partly|mainly|largely))*\s+to|owing to)\b"
    r"|\s(?:containing|stating|outlining|calling for|demanding)\b|\sas\s+(?:it|he|she|they|we)\b"
    r"|\sand\s+that\s+(?=(?:the|a|an|it|they|he|she)\s)"  # "ruled that … had to be reopened and that …": the first
    r"|\s(?:over|amid|out\s+of)\s+(?:the\s+|growing\s+)?fears?\b"  # "erupted … over fear that …": why, not what
    r"|\sby\s+(?:a\s+)?(?:vote|margin)\s+of\b"  # "ratified the treaty by a vote of 41-14": how, not what
    r"|\s(?:after|before|without|by)\s+(?:being|having)\b"  # "died after being mortally wounded …": how, not what
    r"|\sbut\s+(?=(?:did|was|were|had|could|would)\s+not\b|not\b|failed\b|refused\b)"  # "… but did not set a date"
    r"|(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)\s(?:[a-z]+ly)\s+[a-z]+ed\s+(?:with|by|to)\b"  # "a party closely allied with …"  # "an open letter containing …"
    # "sent troops to seize them": what for, not what happened ("to leave her loom" is her loom)
    r"|\sto\s+\w+\s+(?:them|him|it|her(?!\s+(?!in\b|on\b|at\b|to\b|for\b|from\b|and\b|with\b|by\b)[a-z]))\b"
    # "were dismissed as Mao sought to curb their power": when or why, a clause of its own
    rf"|\sas\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+(?={VERB.pattern})"
)
_FORMED_FOR = re.compile(r"^(formed)\s+to\s+[a-z]+\b.*$")  # not "was established … to end the war": a body's aim
_WHERE_SAID = re.compile(
    r"\b(announced|declared|proclaimed|said|stated|charged|claimed|revealed|reported|admitted)"
    r"\s+in\s+(?:a|an|his|her|their|its)\s+(?:[a-z]+\s+)?(?:speech|address|statement|letter|broadcast|message|interview)"
    r"(?=\s+that\b)"
)
# "a joint resolution", "a new law": a document the title names only by what it said.
_DOCUMENT = re.compile(
    r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:resolution|law|bill|decree|order|treaty|agreement|measure|paper|letter|"
    r"memorandum|report|note|message|telegram|petition|manifesto|declaration)$"
)
# "sent a paper calling for a reinvigorated containment policy": what the document said is the news
_WHAT_IT_SAID = re.compile(
    r"\s+(?:that\s+(?:[a-z]+ed|gave|made|set|put|let|cut)\b|(?:calling\s+for|demanding|outlining|urging)\s)[^,;]*"
)
_NAMED_AFTER_COMMA = re.compile(r",\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
# "two failed attempts", "an unprecedented third term": an "-ed" word after these is an adjective.
_DETERMINER = re.compile(r"\b(?:a|an|the|two|three|four|five|many|several|his|her|its|their|very|most)\s+$", re.I)
AUXILIARY = re.compile(r"\b(?:was|were|had been|has been|have been|been|be)\s+$", re.IGNORECASE)


def verbs(text: str) -> list[re.Match[str]]:
    """The verbs of a text; a capitalised word ("United") is a name, not a verb."""
    return [
        m
        for m in VERB.finditer(text)
        if m.group(0)[:1].islower()
        and not (m.group(0).endswith("ed") and _DETERMINER.search(text[: m.start()]))
        and text[m.start() - 1 : m.start()] not in ("-", "‑")  # "Hawaii-based": an adjective
        and not (
            re.match(r"\s+of\b", text[m.end() :]) and re.search(r"\b(?:the|a|an)\s+(?:\w+\s+)?$", text[: m.start()])
        )
    ]


def last_of_list(predicate: str, date_at: int) -> str:
    """Of a list of deeds, the one the date ends ("separated church and state, began a land
    reform and granted autonomy to Catalonia in 1932" → "granted autonomy …"; "accepted the
    offer and arrived in Mexico in 1864" → "arrived in Mexico")."""
    found = [m for m in verbs(predicate) if m.start() > 0]
    # "… and eventually rose to the rank of lieutenant colonel in 1816": an adverb may stand at the joint
    joints = [
        m
        for m in found
        if re.search(
            r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:[a-z]+ly\s+|even\s+|also\s+|then\s+|later\s+)?$", predicate[: m.start()]
        )
    ]
    # "ended with the Convention of Beijing, which ceded …, expanded …, and eliminated …": the relative clause's list
    relative = re.search(r",\s+(?:which|who|whose|where)\s", predicate)
    joints = [m for m in joints if relative is None or m.start() < relative.start()]
    # "arrested and deposed Haile Selassie": two verbs of one deed, whose second is no joint
    ends = {m.end() for m in found} if not re.match(r"(?:was|were)\s", predicate) else set()
    joints = [m for m in joints if not any(predicate[end : m.start()] == " and " for end in ends)]
    listed = [m for m in joints if m.start() <= max(date_at, 0)]
    second = predicate[joints[0].start() :] if len(joints) == 1 and listed else ""
    pronoun = re.search(r"\b(?:them|him|it)\b", second)
    passive = re.match(r"(?:was|were)\s", predicate)
    if (
        second
        and passive
        and re.match(
            r"(?!(?:died|entered|arrived|returned|resigned|retired|emigrated|surrendered|"
            r"collapsed|ended|remained|lived|served|worked|moved|escaped|succeeded|failed|agreed|voted|lasted|survived|"
            r"endured|persisted|flourished|prospered|reigned|ruled)\b)[a-z]+(?:ed|en)\b",
            second,
        )
        # "was appointed … and assumed the office on …": a verb with its own object is active
        and not re.match(r"[a-z]+\s+(?:the|an?|his|her|its|their)\s", second)
    ):
        second = passive.group(0) + second  # "was arrested and ultimately killed on …": was killed
    if (
        second
        and re.search(r"\s+and\s+(?:[a-z]+ly\s+|even\s+|also\s+|then\s+|later\s+)?$", predicate[: joints[0].start()])
        and not pronoun
    ):
        return second  # "accepted the offer and arrived in Kell in 1864"; not "… and replaced them with …"
    if len(joints) < 2 or not listed or not re.search(r",\s+$", predicate[: joints[0].start()]):
        return predicate
    return predicate[listed[-1].start() :]


# Verbs that only bring someone to where the deed is done: "went before Congress to request …",
# "appeared before Congress at Annapolis and resigned his commission".
_LIGHT = re.compile(
    r"^(?:went|came(?:\s+together)?|appeared|travell?ed|sailed|flew|journeyed|met|gathered|assembled|convened)\b"
)
# What is done by the visit itself, so "went … to request" is "requested"; "met to settle" is not "settled".
_DONE_THERE = (
    "request|ask|announce|propose|present|deliver|declare|proclaim|demand|negotiate|discuss|sign|report|urge|"
    "appeal|protest|accept|submit|outline|address|open|inaugurate"
)
_PURPOSE = re.compile(
    rf"\s+to\s+({_DONE_THERE})\s+(?=(?:\w+ly\s+)?(?:a|an|the|that|his|her|its|their|peace|war|outside|against|in|at)\b)"
)
_THEN_DID = re.compile(r"(?:,\s+|\s+)and\s+(?:\w+ly\s+)?(?=[a-z]+ed\b|resigned\b|signed\b|voted\b)")


def deed_of_visit(predicate: str) -> str:
    """What a visit was for: "went before a joint session of Congress to request a declaration
    of war" → "requested a declaration of war"; "appeared before Congress and resigned his
    commission" → "resigned his commission". Any other predicate as it is."""
    if not _LIGHT.match(predicate):
        return predicate
    then = _THEN_DID.search(predicate)
    purpose = _PURPOSE.search(predicate)
    if then and (purpose is None or then.start() < purpose.start()):
        return predicate[then.end() :]
    if purpose and purpose.group(1) in ("discuss", "negotiate") and _JOURNEY_TO_PLACE.match(predicate):
        return predicate[: purpose.start()]  # "travelled to Beijing to discuss the conditions …": the journey is news
    if purpose:
        return f"{past(purpose.group(1))} {predicate[purpose.end() :]}"
    return predicate


_JOURNEY_TO_PLACE = re.compile(r"^(?:travell?ed|sailed|flew|journeyed)\s+to\s+[A-Z]")


# A second deed in the passive whose list comma went with the date: not after "and", "that" or "who".
_PASSIVE_JOINED = re.compile(
    r"(?<=[a-z])(?<!\band)(?<!\bthat)(?<!\bwho)(?<!\bwhich)\s+(?:was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b"
)
# "established for the first time explicit guidelines for …": an aside before the object, which is the news
# (not "met for the first time in Paris", "voted for the first time": nothing follows but where or when)
_FIRST_TIME_ASIDE = re.compile(
    r"\s+for\s+the\s+first\s+time(?=\s+(?!(?:in|since|on|at|and|as|after|before|when|that|to|with|during|ever|"
    r"under|by|from|while|because|of|for|this|that|these|those)\b)[a-z])"
)


_HOW_ASIDE = re.compile(
    r"(?<=[a-z]),\s+(?:by|through|via)\s+[a-z]+(?:\s+[a-z]+)?,\s+(?=(?:the|a|an|his|her|its|their)\s)"
)
# "replaced Bowles with Under Secretary of State for Economic Affairs George Ball": the name says who, and the
# office before it is too long for a title
_OFFICE_OF_OBJECT = re.compile(
    r"(\s(?:with|by|to|and))\s+(?:the\s+)?(?:(?:(?:Under|Assistant|Deputy)\s+)?Secretary\s+of\s+[A-Z]\w+"
    r"\s+for\s+(?:[A-Z]\w+\s+)+?|(?:Under|Assistant|Deputy)\s+Secretary\s+of\s+[A-Z]\w+\s+)"
    r"(?=[A-Z][\w.’'-]*\s+[A-Z][\w’'-]+\b(?!\s+[A-Z]))"
)
_AS_FORESEEN = re.compile(r"\s+as\s+(?:scheduled|planned|expected|promised|agreed|intended)\b(?!\s+(?:by|in|for)\b)")
_YEAR_TOLD_BY_DATE = re.compile(
    r"\s+(?:(?:later|earlier)\s+)?(?:the\s+(?:next|following|same|previous)|that)\s+year\b(?![’'-])"
    # "replied two days later": when, right after the deed (not "to take effect one year later": a deadline)
    r"|(?<=[a-z]ed)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:later|afterward|afterwards)\b"
)


# A verb whose object may be a clause of its own: "announced the war was over".
_SAID = re.compile(
    r"(?:said|charged|alleged|announced|reported|declared|believed|feared|claimed|learned|knew|thought|hoped|found|insisted|argued|"
    r"warned|stated|agreed|decided|promised|assured|told|affirmed|determined|lamented|concluded|acknowledged|"
    r"stipulated|recommended|proposed|asserted|predicted|complained|decreed)\b"
)


# "religious, economic, and cultural abuses": a comma between the words of a list ends no clause
# ("academic, public, Congressional, and foreign interest": a word of the list may be capitalized)
# "the State, War, and Navy Building": a list of words that is one name, its last word saying what it is
ONE_NAME_HEAD = r"(?:Building|Department|Bureau|Committee|Commission|Company|Office|Museum|Hall|Streets)\b"
ONE_NAME_LIST_END = re.compile(rf"\s+and\s+[A-Z][a-z]+\s+{ONE_NAME_HEAD}")
WORD_LIST = re.compile(
    r"\b(?![a-z]+ed\b)[A-Za-z][a-z]+(?:,\s+(?![a-z]+ed\b)[A-Za-z][a-z]+)+,?\s+(?:and|or)\s+(?![a-z]+ed\b)[A-Za-z][a-z]+\b"
)


# "appointed Samuel Shaw, a Yankee merchant whose ship had just returned …, as consul": what the aside
# tells of the person is no part of the deed, and the office given is
_GIVEN_OFFICE_ASIDE = re.compile(
    r"^((?:appointed|named|elected|chose|selected|nominated|made)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),\s+"
    # "made Elihu B. Washburne, a friend from Galena, Illinois, the Secretary of State"
    r"(?:a|an|the)\s+[^;]{1,200}?,\s+(?=as\s|the\s+(?:[A-Z][\w’'-]*\s+)*(?:Secretary|Minister|Ambassador|Governor)\b)"
)


def between_adjectives(text: str, at: int) -> bool:
    """Whether the comma at ``at`` stands between two adjectives of one noun ("his small, oil-rich
    neighbor"), which ends no clause."""
    return (
        text.startswith(", ", at)
        and re.search(r"\b(?:his|her|its|their|our|a|an|the)\s+[a-z][\w-]*$", text[:at]) is not None
        and re.match(
            r"(?:[a-z]+-[a-z]+|[a-z]+(?:al|ic|ful|ous|ive|ish|ian|ern|less|able|ible|ant|ent))\s+[a-z][\w-]*\b(?!\s*,)",
            text[at + 2 :],
        )
        is not None
    )


def predicate_of(predicate: str) -> str:
    # "was uncovered in 2015 and has been published by …": what has been done since is not that year's
    predicate = re.sub(r"\s+and\s+(?:has|have)\s+(?:\w+ly\s+)?(?:since\s+)?been\b.*$", "", predicate)
    predicate = _WHERE_SAID.sub(r"\1", predicate)  # "charged in a speech that …": what was said is the news
    predicate = _FORMED_FOR.sub(r"\1", predicate)  # "formed to carry the battle forward": formed is the news
    predicate = _GIVEN_OFFICE_ASIDE.sub(r"\1 ", predicate)
    predicate = _FIRST_TIME_ASIDE.sub("", predicate)  # "established for the first time explicit guidelines"
    predicate = _HOW_ASIDE.sub(" ", predicate)  # "helped secure, by treaty, the right to …"
    predicate = _OFFICE_OF_OBJECT.sub(r"\1 ", predicate)  # "replaced Bowles with [Under Secretary …] George Ball"
    predicate = _AS_FORESEEN.sub("", predicate)
    # "served in that capacity": which one, the sentence before says, and the title takes it from there
    predicate = re.sub(
        r"^(served|remained)\s+in\s+(?:that|this|the\s+same)\s+capacity\b", r"\1", predicate
    )  # "began deployment of the missiles as scheduled"
    predicate = _YEAR_TOLD_BY_DATE.sub(
        "", predicate
    )  # "appeared the next year": the date says which  # "appointed Samuel Shaw, a merchant who …, as consul"
    if _NAMED_AFTER_COMMA.search(predicate) and not _SUBORDINATE.search(_NAMED_AFTER_COMMA.sub("", predicate)):
        return predicate.strip(" ,.")  # "established his own movement, the Swiss Brethren": its name ends it
    lists = [m.span() for m in WORD_LIST.finditer(predicate)]
    cut = next(
        (
            m
            for m in _SUBORDINATE.finditer(predicate)
            if not any(start < m.start() < end for start, end in lists) and not between_adjectives(predicate, m.start())
        ),
        None,
    )
    if cut:
        says = _WHAT_IT_SAID.match(predicate[cut.start() :])
        if says and _DOCUMENT.search(predicate[: cut.start()]):  # "passed a resolution that acknowledged …"
            return predicate[: cut.start() + says.end()].strip(" ,.")
    if cut and predicate[: cut.start()].count("“") > predicate[: cut.start()].count("”"):
        # "moved into “the house lately inhabited by Judge Duvall.”": a short quotation is said whole
        closing = predicate.find("”", cut.start())
        if 0 < closing - cut.start() <= 60:
            return re.sub(r"[.,;:]”$", "”", predicate[: closing + 1]).strip(" ,")
    predicate = predicate[: cut.start()] if cut else predicate
    # "emerged around 200 BCE and is one of the most impressive …": what it is now is no deed of then
    predicate = re.sub(r"\s+and\s+(?:is|are|remains|remain)\b.*$", "", predicate)
    # "made the transition to democracy in 1991 and provides a safe haven to refugees": what it does now, too
    predicate = re.sub(r"\s+and\s+(?:now\s+)?[a-z]{3,}[^s\W]s\s+(?:a|an|the|its|their)\s.*$", "", predicate)
    joined = _PASSIVE_JOINED.search(predicate)
    if (
        joined and not _SAID.match(predicate) and not re.search(r"\s(?:and|but|or)\s", predicate[: joined.start()])
    ):  # "lost his grip on power [in 2001,] was arrested": two deeds; not "… and relations were established"
        predicate = predicate[: joined.start()]
    verb = VERB.match(predicate)
    if verb:  # "… began in Morocco and spread to …": the first deed
        second = re.search(r"\s+and\s+(?:\w+\s+)?" + VERB.pattern, predicate[verb.end() :])
        auxiliary = second is not None and re.match(r"\s+and\s+(?:was|were|had|is|are|has|have)\b", second.group(0))
        final = (
            second is not None
            and re.fullmatch(  # "rode to Kublai’s capital and surrendered": the surrender
                r"\s+and\s+(?:surrendered|abdicated|resigned|died|capitulated|submitted|fled)",
                predicate[verb.end() + second.start() :],
            )
        )
        if second and (second.start() > 0 or auxiliary) and not final:  # "translated and condensed Comte's work"
            predicate = predicate[: verb.end() + second.start()]
    return predicate.strip(" ,.")
