"""The phrases that may name a dated sentence's event, for :mod:`~generator.authoring.event_titles`:
a named event or a gathering named by its place ("Battle of Midway", "Council of Trent"), a
place and a kind of event ("Tehran conference"), an event noun with its object ("invasion of
Greece"), a verb made a noun ("Italian units invaded Greece" → "Italian invasion of Greece"),
a court case by its parties, an agreement by its kind. Which of them names the date's event,
the titler decides.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import EVENT_NOUNS as _EVENT_NOUNS

NAMED_EVENT = re.compile(rf"\b(?:{_EVENT_NOUNS})\b", re.IGNORECASE)
# A name whose head is a kind of event: it ends in one, or one stands before "of" ("Peace of Augsburg").
HEADED_BY_EVENT = re.compile(rf"\b(?i:{_EVENT_NOUNS})(?:$|\s+(?:of|at|on|in|against|for|between)\b)")
# "Council of Trent", "Diet of Worms", "Congress of Vienna": a gathering named by its place is an event;
# "the Imperial Diet", "the Grand Council" is a body.
ASSEMBLY_OF = re.compile(r"\b(?:Council|Diet|Synod|Congress|Peace)\s+of\s+[A-Z]")  # "Peace of Augsburg"
# "Tehran conference", "Tanggu Truce": a proper word, then the kind of event.
PLACE_EVENT = re.compile(
    rf"\b((?:[A-Z][\w’'.-]+\s+){{1,3}})({_EVENT_NOUNS})\b(?!\s+[A-Z])"
    r"(\s+(?:of|on|against)\s+(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)?"
)
# A generic kind of event names nothing without what it was aimed at: "Nazi invasion" alone is not a title.
GENERIC_KIND = {"attack", "invasion", "campaign", "offensive", "war", "raid", "landing", "landings", "plan"}
# Words a sentence starts with that are not part of a name: "When Germany invaded …".
LEAD_WORDS = {
    "during",
    "when",
    "after",
    "before",
    "as",
    "then",
    "although",
    "since",
    "while",
    "if",
    "once",
    "following",
    "until",
    "because",
    "though",
    "thus",
    "finally",
    "eventually",
    "meanwhile",
    "in",
    "on",
    "by",
    "at",
}
GENERIC_KINDS_CASE = {
    "attack",
    "invasion",
    "campaign",
    "offensive",
    "raid",
    "landing",
    "landings",
    "war",
    "plan",
    "alliance",
    "takeover",
}
POSSESSIVE_EVENT = re.compile(
    r"\b([A-Z][\w-]+’s)\s+(surrender|defeat|invasion|annexation|withdrawal|collapse|capitulation|entry into the war)\b"
)
NOUN_PHRASE = re.compile(  # "Shapur I’s capture of …": a name of two words before its possessive
    r"\b((?:[A-Z][\w’'-]+\s+(?=[A-Z][\w-]*’s\s))?(?:[A-Z][\w’'-]+\s+)?)(invasion|bombing|attack|occupation|annexation|surrender|capture|fall|siege|"
    r"liberation|evacuation|assassination|signing|ratification|founding|establishment|creation|partition|"
    r"withdrawal|collapse|abdication|election|outbreak|repeal|abrogation|sinking|landing)\s+(of|on|at|from|in)\s+"
    # (five words: "Grenada’s Prime Minister Maurice Bishop" is one name, not cut at "Maurice")
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'.-]*){0,4}"
    # "the French colony of Algeria": the place the kind names
    r"(?:\s+(?:colony|city|port|province|region|island|kingdom|town|fortress|territory|state|capital)\s+of\s+"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?)"
)
VERBS = {
    "invaded": "invasion of",
    "attacked": "attack on",
    "bombed": "bombing of",
    "occupied": "occupation of",
    "annexed": "annexation of",
    "captured": "capture of",
    "abrogated": "abrogation of",
    "recognized": "recognition of",
    "recognised": "recognition of",
    "sank": "sinking of",
    "seized": "seizure of",
    "liberated": "liberation of",
    "reoccupied": "reoccupation of",
    "remilitarized": "remilitarization of",
    "surrendered": "surrender of",
    "entered": "entry into",
    "withdrew from": "withdrawal from",
    "evacuated": "evacuation of",
    "partitioned": "partition of",
    "blockaded": "blockade of",
}
# "recognized Trinidad and Tobago": a name joined by "and" (not "… Pearl Harbor and Germany declared war")
_OBJECT = r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3}(?:\s+and\s+[A-Z][\w’'.-]*(?!\s+(?:[a-z]+ed|was|were|had|has|is)\b))?(?:\s+[a-z]+\s+of\s+[A-Z][\w’‘'.-]*)?)(?:\s+[a-z]+)?(?:\s+at\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))?"
SUBJECT_VERB_OBJECT = re.compile(  # not "He entered Yale College": "He’s entry into …" tells no one
    r"(?:\b|(?<![\w.])(?=U\.))(?!(?:He|She|It|They|We|This|That|These|Those)\b)((?:the\s+)?(?:U\.[SK]\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:\s+(?:forces|troops|units|army|armies|navy|planes))?"
    # "The United States formally recognized the Holy See": how it was done is no part of the noun's owner
    r"(?:\s+(?:formally|officially|also|then|finally|promptly|immediately|quickly|subsequently))?"
    r"\s+(" + "|".join(VERBS) + r")\s+" + _OBJECT
)
# "The canal opened on …": an intransitive verb whose subject is the thing.
SUBJECT_OPENED = re.compile(  # not "The post at Kell opened": what opened is the post, not Kell
    # "A third U.S. Consulate opened at Nice": which of them, the clause says
    r"\b(?<!\.)(?<![A-Z]\.\s)(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!fifth\s)(?<!another\s)"
    r"(?!(?:at|in|of|It|He|She|They|This|That)\s)((?:the\s+)?(?:[A-Z][\w’'.-]+\s+(?:and\s+(?=[A-Z]))?)*(?:[a-z]+\s+)?(?:[A-Z][\w’'.-]+|canal|railway|bridge|dam|railroad|"
    r"exhibition|conference|congress|parliament|assembly|school|university|museum|line|tunnel))\s+"
    # "X opened the lock", "Roosevelt ended almost 16 years of …": X did it to something
    r"(opened|closed|collapsed|fell|ended)(?=\s*[,.;)]|\s*$|\s+(?:in|on|at|with|after|when|by|during|before|until|"
    r"following|amid|as|and|for|to|from|within|[a-z]+ly)\b)"
    r"(?!\s+(?:short|silent|ill|behind|apart|back|into|out|off|victim|prey|under)\b)"  # "fell short of ratification"
)
# "France and …", "Spain, France and …" before a subject: the others who shared its deed.
PARTNERS_BEFORE = re.compile(
    r"(?:\b(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+)*\b(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,?\s+and\s+$"
)
INTRANSITIVE = {
    "opened": "opening of",
    "closed": "closing of",
    "collapsed": "collapse of",
    "fell": "fall of",
    "ended": "end of",
}
VERB_OBJECT = re.compile(r"\b(" + "|".join(VERBS) + r")\s+" + _OBJECT)
DEMONYM = re.compile(
    r"^(?:the\s+)?([A-Z][a-z]+(?:ese|ian|ish|ch)|German|American|Mexican|Korean|Cuban|Roman|Soviet|Allied|Nazi|Axis"
    r"|Thai|Iraqi|Israeli|Pakistani|Afghan|Greek|Turk|Dutch|Swiss|Filipino)(?:s)?$"
)
# "Cherokee Nation v. the State of Georgia": a court case, named by its parties.
LAW_CASE = re.compile(
    r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+v(?:s)?\.\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*"
)
# "signed a neutrality pact": an agreement named by its kind.
SIGNED = re.compile(
    r"\b(?:signed|concluded|ratified|agreed)\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s+){0,3}"
    r"(?:pact|treaty|agreement|truce|armistice|accord|convention|protocol|alliance))\b"
)


QUOTED_AGREEMENT = (
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Declaration|Treaty|Pact|Accords?|Agreement|Doctrine|Resolution|Charter|Conference)\b"
)


LISTED_NAME = re.compile(
    r"\b(?:Treaty|Convention|Agreement)\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+,?\s+and\s+"
    r"[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*"
)
NAMED_ON = re.compile(r"Convention|Conference|Treaty|Agreement|Protocol|Declaration|Accord|Charter|Attack")
