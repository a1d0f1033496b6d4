"""Event titles for the importer: the short noun phrase that names what a dated
sentence reports ("Battle of Midway", "Italian invasion of Greece").

A title is looked for in this order: a named event ("Treaty of …", "Tehran conference"),
a possessive or demonym with a kind of event ("Germany's invasion of …"), then a
subject–verb–object clause turned into a noun phrase. The patterns that find those
phrases are :mod:`~generator.authoring.importing.event_phrases`; here, which of them names
the date's event. A sentence that yields no phrase of at most eight words gets "", and the
importer keeps it commented out for the author rather than print it under a made-up title.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB, same_clause
from generator.authoring.importing.event_phrases import (
    ASSEMBLY_OF,
    DEMONYM,
    GENERIC_KIND,
    GENERIC_KINDS_CASE,
    HEADED_BY_EVENT,
    INTRANSITIVE,
    LAW_CASE,
    LEAD_WORDS,
    LISTED_NAME,
    NAMED_EVENT,
    NAMED_ON,
    NOUN_PHRASE,
    PARTNERS_BEFORE,
    PLACE_EVENT,
    POSSESSIVE_EVENT,
    QUOTED_AGREEMENT,
    SIGNED,
    SUBJECT_OPENED,
    SUBJECT_VERB_OBJECT,
    VERB_OBJECT,
    VERBS,
)
from generator.authoring.importing.noun_phrase import adjective_object, names_another, reach, whole_noun, with_stage
from generator.authoring.prose import DateMention, find_dates, name_phrases

_TOO_BROAD = re.compile(
    r"^(?:the\s+)?(?:world war (?:i|ii|one|two|1|2)|first world war|second world war|cold war)$", re.I
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_LEADING_MONTH = re.compile(rf"^(?:{_MONTHS})\s+(?:the\s+)?")
_TRAILING_MONTH = re.compile(rf"\s+(?:of|on|in)\s+(?:{_MONTHS})\b.*$|\s+(?:{_MONTHS})$")
# A name that only sets the scene: "in defiance of the Treaty of Versailles", "troops to the invasion of …".
_CONTEXT_BEFORE = re.compile(
    r"\b(?:of|to|under|by|against|from|with|since|after|for|citing|cited|invoking|invoked|(?:work|role|part|share)\s+(?:on|in)|"
    r"(?:outlined|set out|described|stated|defined|laid down|provided for|agreed)\s+in|"
    # a deed about the named event, not the event: "named Cox to investigate the Watergate affair"
    r"investigat(?:e|ed|ing)|examin(?:e|ed|ing)|stud(?:y|ied|ying)|discuss(?:ed|ing)?|debat(?:e|ed|ing)|"
    r"criticiz(?:e|ed|ing)|condemn(?:ed|ing)?|recall(?:ed|ing)?|remember(?:ed|ing)?|commemorat(?:e|ed|ing))\s+(?:(?:the|his|her|its|their|a|an|future|"
    r"possible|potential|another|any|earlier|previous|former|prior)\s+)*$",
    re.I,
)
# "planned the next phase of the war, Operation Husky": what was planned did not happen on that date.
# "repealed the Stamp Act", "to ratify the treaty": a deed done to a named act, and its noun.
_DEEDS = {
    "repeal": "Repeal",
    "rescind": "Rescission",
    "revok": "Revocation",
    "abrogat": "Abrogation",
    "annul": "Annulment",
    "reject": "Rejection",
    "ratif": "Ratification",
    "amend": "Amendment",
    "suspend": "Suspension",
    "denounc": "Denunciation",
    "renounc": "Renunciation",
    "revis": "Revision",
    "conclud": "End",  # "a cease-fire … concluded the First Shanghai Incident"; not a treaty, which is signed so
}
_DOCUMENT_KIND = re.compile(r"\b(?:Treaty|Pact|Agreement|Alliance|Convention|Accords?|Truce|Armistice|Compact)\b", re.I)
_DEED_ON_NAME = re.compile(rf"\b({'|'.join(_DEEDS)})\w*\s+(?:the\s+)?$", re.IGNORECASE)
_OFFICE = re.compile(r"^(?:Secretary|Minister|Ministry|Department|Office|Board|Bureau|Undersecretary)\s+of\s")
_INTENDED = re.compile(
    r"\b(?:plann(?:ed|ing)|scheduled|agreed (?:on|to)|proposed|promised|pleading for|hop(?:ed|ing) for|called for|"
    r"in an effort to|in order to|to secure|sought to|seeking|"
    # "began negotiations to sign the Compact …": the talks began, the compact came later
    r"(?:negotiations|talks)\s+(?:to\s+(?:sign|conclude|reach)|on|for|over|toward|towards)|"
    r"intended|would|warned)\b[^.;]*$",
    re.IGNORECASE,
)


_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:\w+ly\s+)?[a-z]{3,}ed\s+(?:as|to|into)\b")
_PEOPLES_ADJECTIVE = re.compile(r"\s(?:[A-Z][a-z]+(?:ish|ese|ian|an|ch)|Dutch|Greek|Thai|Swiss)$")
_AFTER_PEOPLES_ADJECTIVE = re.compile(
    r"(?:\s+(?!(?:from|to|in|on|of|and|or|for|by|with|during|at|as|was|were|had)\b)[a-z][a-z-]+){1,2}\b"
)


def event_title(sentence: str, mention: DateMention, heading: str | None) -> str:
    """A noun phrase of at most eight words naming what happened, or "" when none is found.

    Candidates come from named events ("Battle of Midway"), place-and-kind phrases
    ("Tehran conference"), event nouns with their object ("invasion of Greece") and
    verbs made nouns ("Italian units invaded Greece" → "Italian invasion of Greece").
    The one nearest the date wins; names that only set the scene are not candidates.
    """
    candidates: list[tuple[int, str]] = []

    others = [m for m in find_dates(sentence) if not mention.start <= m.start < mention.end]
    opening = re.match(r"^\W*(?:[\w’'-]+\s+){0,3}$", sentence[: mention.start]) is not None  # "In October 1940, …"

    def add(phrase: str, at: int, staged: bool = False) -> None:
        phrase = _LEADING_MONTH.sub("", _TRAILING_MONTH.sub("", " ".join(phrase.split())))
        if re.search(r"\d", phrase) and re.search(rf"\b(?:{_MONTHS})\b", phrase):
            return  # "a decree of September 18, 1932": the date, not a name
        if not phrase or len(phrase.split()) < 2 or phrase.endswith(("’s", "'s")) or _TOO_BROAD.match(phrase):
            return
        if _OFFICE.match(phrase):
            return  # "Secretary of War William Taft": an office, not a war
        whole = whole_noun(sentence, phrase, at)
        if whole != phrase and NAMED_EVENT.fullmatch(phrase.rsplit(" ", 1)[-1]):
            return  # "Warsaw Pact troops", "Treaty ports": the event's name qualifies another noun
        phrase = whole
        # "embargo on British manufactured goods": a people's adjective ends no object; its noun comes after
        found = sentence.casefold().find(phrase.casefold(), max(0, at - 60))
        goods = _AFTER_PEOPLES_ADJECTIVE.match(sentence, found + len(phrase)) if found >= 0 else None
        if goods and _PEOPLES_ADJECTIVE.search(phrase):
            phrase += goods.group(0)
        deed = _DEED_ON_NAME.search(sentence[:at])
        if deed and re.search(
            r"\b(?:refused|declined|failed|voted not|did not)\s+to\s+$|\bnot\s+$", sentence[: deed.start()]
        ):
            return  # "Congress refused to revoke the Declaration": no revocation
        if deed and deed.group(1).lower() == "conclud" and _DOCUMENT_KIND.search(phrase):
            deed = None  # "concluded the Treaty of Kell": the treaty itself is the event
        if deed:  # "forced Parliament to repeal the Stamp Act": the deed done to the act is the event
            phrase, at = f"{_DEEDS[deed.group(1).lower()]} of the {phrase.removeprefix('the ')}", deed.start()
        dated = (  # "the Battle of Fort Sumter in April, 1861", "the 1797 XYZ Affair": the date is the name's
            re.match(  # … "the fall of Constantinople to the Ottoman Empire in 1453": to whom (or where), then when
                rf"{re.escape(phrase)}(?:\s+(?:to|by|of|from|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?"
                r"\s+(?:in|on)\s+$",
                sentence[at : mention.start],
                re.IGNORECASE,
            )
            is not None
            or re.fullmatch(r"\s+", sentence[mention.end : at]) is not None
        )
        if at < mention.start and _SECOND_PREDICATE.search(sentence, at + len(phrase), mention.start):
            return  # "ceded to Britain at the Congress of Vienna and established as British Guiana in 1831": the
            # date is the second deed's
        if at > mention.end and re.search(r"\b(?:before|until|prior\s+to|ahead\s+of)\s+(?:the\s+)?$", sentence[:at]):
            return  # "in April 1945, in the final days before Germany’s surrender": the date is before it
        if (
            at > mention.end
            and re.search(r"\b(?:following|after)\s+(?:the\s+)?$", sentence[:at])
            and re.search(r"\s(?:was|were)\s+[a-z]+ed\b", sentence[mention.end : at])
        ):
            return  # "On June 16, 1945, the Legation was reopened following Denmark’s liberation": the reopening's day
        if (_CONTEXT_BEFORE.search(sentence[:at]) and not (deed or dated or staged)) or (
            _INTENDED.search(sentence[:at]) and not dated
        ):
            return  # a name that only sets the scene, or something planned rather than done
        if (
            not dated
            and at > mention.end
            and re.search(
                r"\b(?:who|which|that)\s(?!became\b|began\b|started\b|sparked\b|opened\b|was\s+called\b|(?:came\s+to\s+be|was|is)\s+known\b)",
                sentence[mention.end : at],
            )
        ):
            return  # "Rabin was assassinated by Amir, an Israeli who opposed the Oslo Accords": not the date's event
        if not same_clause(sentence, at, mention.start) and (
            not opening or _LATER.search(sentence, mention.end, at) or _LATER.search(sentence[:at][-40:])
        ):
            return  # the name belongs to another clause, or to a later time: "… and two days later …"
        distance = reach(at, mention.start)
        if not dated and any(
            reach(at, other.start) < distance and not (names_another(sentence, other) and not 0 <= at - other.end <= 2)
            for other in others
        ):
            return  # another date in the sentence is this event's date (unless the name stands right before this one)
        candidates.append((distance, phrase))

    quoted = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", sentence)]
    for phrase in name_phrases(sentence):
        at = sentence.find(phrase)
        dated_by = re.search(rf"\s+(?:on|in|of|by)\s+(?:{_MONTHS})$", phrase)
        if (
            dated_by
            and re.match(r"\s+\d", sentence[at + len(phrase) :])
            and not NAMED_EVENT.search(phrase[: dated_by.start()])
            and not ASSEMBLY_OF.search(phrase[: dated_by.start()])
        ):
            continue  # "by Abraham Lincoln on March 5": the month is the date's, and no march
        words = phrase.split()
        # a quoted name is a work's title, unless an agreement or a declaration is what it names ("the “London
        # Declaration on a Transformed North Atlantic Alliance”", "the “Pact of Steel”")
        agreed = re.match(QUOTED_AGREEMENT, phrase) is not None
        if (any(s <= at < e for s, e in quoted) and not agreed) or not (
            NAMED_EVENT.search(phrase) or ASSEMBLY_OF.search(phrase)
        ):
            continue  # the title of a work, or no kind of event named
        if (
            NAMED_EVENT.fullmatch(words[0])
            and len(words) > 1
            and words[1] != "of"
            and not (words[1] == "on" and NAMED_ON.fullmatch(words[0]))
            and words[0] != "Operation"
        ):
            continue  # "Plan D": a label, not an event; "Convention on Commerce" is a name
        if words[-1].lower() in GENERIC_KIND and len(words) < 3 and words[-1] != "War":  # "Korean War" is a name
            continue
        if not (HEADED_BY_EVENT.search(phrase) or ASSEMBLY_OF.search(phrase)):
            continue  # "Nobel Peace Prize", "War Debt Commission": the kind of event qualifies another noun
        while len(words) > 1 and words[0].lower() in LEAD_WORDS:
            words.pop(0)
            at = sentence.find(" ".join(words), at)
        staged = with_stage(sentence, " ".join(words))
        stage_at = max(sentence.lower().rfind(staged.split()[0].lower(), 0, at), 0)
        # "The end of the Civil War in 1865", "with the passage of the Townshend Acts": the stage is the event,
        # and starts the phrase, when no other deed stands between it and the date
        near = staged != " ".join(words) and not VERB.search(
            sentence, min(stage_at, mention.end), max(stage_at, mention.start)
        )
        add(staged, stage_at if near else at, near)
    for match in PLACE_EVENT.finditer(sentence):
        lead_words = match.group(1).split()
        # "the massive An Lushan rebellion": a capital "An" inside a sentence is a name's, not an article
        mid_sentence = re.search(r"[a-z,]\s+$", sentence[: match.start()]) is not None
        while lead_words and lead_words[0].lower() in LEAD_WORDS | {"the", "a", "an"}:
            if lead_words[0] == "An" and mid_sentence and len(lead_words) > 1:
                break
            lead_words.pop(0)
        kind = match.group(2).lower()
        if not lead_words or (kind in GENERIC_KIND and not match.group(3)):
            continue
        lead_at = sentence.rfind(lead_words[0], 0, match.end())
        if re.search(r"[A-Z][\w’'-]*\s+of\s+$", sentence[:lead_at]):
            continue  # "the Department of State plan": "State" ends a longer name, no place of its own
        kind_word = match.group(2) if kind in GENERIC_KINDS_CASE else match.group(2).capitalize()
        add(" ".join([*lead_words, kind_word, (match.group(3) or "").strip()]), match.start())
    for match in NOUN_PHRASE.finditer(sentence):
        modifier = match.group(1).strip()
        modifier = "" if modifier.lower() in LEAD_WORDS else modifier
        obj = match.group(4)
        if re.fullmatch(_MONTHS, obj):
            continue
        add(f"{modifier} {match.group(2)} {match.group(3)} {obj}", match.start())
    for match in LAW_CASE.finditer(sentence):
        add(match.group(0), match.start())
    for match in LISTED_NAME.finditer(sentence):  # "Treaty of Friendship, Commerce, and Navigation": one name
        candidates[:] = [(d, p) for d, p in candidates if not match.group(0).startswith(p)]
        add(match.group(0), match.start())
    for match in SIGNED.finditer(sentence):
        add(match.group(1), match.start(1))
    for match in POSSESSIVE_EVENT.finditer(sentence):
        add(f"{match.group(1)} {match.group(2)}", match.start())
    for match in SUBJECT_VERB_OBJECT.finditer(sentence):
        if sentence[match.start(2) - 1 : match.start(2)] == "-":
            continue  # "U.S.-occupied Germany": an adjective
        subject: list[str] = match.group(1).split()
        while subject and subject[0].lower() in LEAD_WORDS | {"the"}:
            subject.pop(0)
        if not subject:
            continue
        if match.group(4) is None and adjective_object(sentence, match.end(3)):
            continue
        obj = match.group(4) or match.group(3)
        partners = PARTNERS_BEFORE.search(sentence[: match.start(1)])
        if partners:  # "France and Belgium occupied the Ruhr": both did it, and the clause says so
            add(f"{partners.group(0)}{' '.join(subject)} {match.group(2)} {obj}", partners.start())
            continue
        demonym = DEMONYM.match(" ".join(subject))
        noun = VERBS[match.group(2)]
        between = re.sub(r"\s*\b[a-z]+ly$|\s*\b(?:also|then)$", "", sentence[match.end(1) : match.start(2)].strip())
        owner = " ".join([*subject, between]).strip()  # "Liberal forces"
        lead = f"{demonym.group(1)} {noun}" if demonym else f"{owner}’{'' if owner.endswith('s') else 's'} {noun}"
        add(f"{lead} {obj}", match.start(2))
    for match in SUBJECT_OPENED.finditer(sentence):
        if re.search(
            r"\b(?:and|of|between|with|against|from|in|at|on|to|for|within|throughout|across)\s+$",
            sentence[: match.start()],
        ):
            continue  # "fighting between the Americans and the British ended": the British did not end; nor did
            # the United States in "This enslavement in the United States ended …"
        subject = match.group(1).split()
        while subject and subject[0].lower() in LEAD_WORDS:
            subject.pop(0)
        if subject and subject[0].lower() == "the":
            subject[0] = "the"
        if subject:
            add(f"{INTRANSITIVE[match.group(2)].capitalize()} {' '.join(subject)}", match.start())
    for match in VERB_OBJECT.finditer(sentence):
        if sentence[match.start() - 1 : match.start()] == "-":
            continue
        if match.group(1) == "entered" and re.search(r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?$", sentence[: match.start()]):
            continue  # "He entered Yale College in 1802": a person's deed, which the clause tells with his name
        if match.group(3) is None and adjective_object(sentence, match.end(2)):
            continue
        obj = match.group(3) or match.group(2)
        add(f"{VERBS[match.group(1)].capitalize()} {obj}", match.start())
    heading_key = (heading or "").casefold()
    usable = [
        (distance, _tidy(title))
        for distance, title in candidates
        # a document named by a list of its matters may run to ten: "Convention on the Rights, Privileges, and …"
        if len(title.split()) <= (10 if LISTED_NAME.fullmatch(_tidy(title)) else 8)
        and _tidy(title).casefold() != heading_key
    ]
    if not usable:
        return ""
    nearest = min(usable, key=lambda item: item[0])
    longer = [title for distance, title in usable if distance == nearest[0] and title.startswith(f"{nearest[1]} ")]
    chosen = max(longer, key=len) if longer else nearest[1]  # "… colony of Algeria", not "… colony"
    # "The Treaty of Commerce entered into force on October 4": not its signing, which the name alone would say
    stage = re.search(rf"{re.escape(chosen)}\s+({_IN_FORCE})\b", sentence)
    return f"{chosen} {stage.group(1)}" if stage else chosen


_IN_FORCE = r"(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect|expired"


_LATER = re.compile(r"\b(?:later|afterwards?|next|following|then|thereafter|subsequently)\b", re.IGNORECASE)


def _tidy(title: str) -> str:
    title = " ".join(title.split()).strip(" ,;:")
    if title.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}$", title):
        title = title[:-1]  # a full stop, not the end of "U.S."
    title = re.sub(r"^(?:[Tt]he|[Aa]|[Aa]n(?!\s+[A-Z][\w’'-]*\s+[A-Z]))\s+", "", title)  # not the name "An Lushan"
    if re.match(r"An\s+[AEIOU]", title) and NAMED_EVENT.fullmatch(title.rsplit(" ", 1)[-1]):
        title = title[3:]  # "An Extradition Convention": a kind of agreement, not a name's "An"
    title = re.sub(r"\s+(?:near|in|at|on|by|from|with|outside)$", "", title)  # "Battle of Talas River near [the town]"
    return title[:1].upper() + title[1:]
