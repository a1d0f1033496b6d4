"""The words a title's cut consults: verbs that are a whole deed alone ("surrendered"),
words a title may not end on ("… on behalf", "… throughout"), participles that are
nouns ("building", "meeting"), adverbs of manner; and the titles that say too little to
print ("… enacted a measure", "Suharto claimed", "… is depicted on the left"). One table each.
"""

from __future__ import annotations

import re

# "was formally transferred" is a deed; "was deeply disappointed", "was heavily reliant" a state.
MANNER = {"formally", "officially", "finally", "eventually", "quickly", "secretly", "publicly", "unanimously"} | {
    "narrowly",
    "successfully",
    "legally",
    "subsequently",
    "briefly",
    "temporarily",
    "permanently",
    "jointly",
    "swiftly",
    "internationally",
    "diplomatically",
    "immediately",
    "promptly",
    "honorably",  # "was honorably discharged": how the service ended, still its end
    "dishonorably",
    "posthumously",
    "ultimately",
    # how far or how hard: "was completely wiped out", "was heavily bombed" (a state, "was heavily reliant", is no -ed)
    "completely",
    "totally",
    "entirely",
    "largely",
    "partially",
    "badly",
    "severely",
    "heavily",
    "forcibly",
    "brutally",
    "violently",
    "peacefully",
    "suddenly",
    "abruptly",
}


IRREGULAR_PARTICIPLES = {
    "held",
    "made",
    "sent",
    "built",
    "set",
    "led",
    "won",
    "lost",
    "brought",
    "fought",
    "sold",
    "bought",
}


# Verbs that end a title by themselves: "Madrid fell", "The rising of the army began".
COMPLETE = {
    "began",
    "fell",
    "ended",
    "died",
    "opened",
    "closed",
    "collapsed",
    "surrendered",
    "resigned",
    "met",
    "rose",
    "arrived",
    "appeared",
    "abdicated",
    "capitulated",
    "returned",
    "escaped",
    "struck",
    "revolted",
    "rebelled",
    "mutinied",
    "retreated",
    "landed",
    "left",
    "fled",
    "won",
    "lost",
    "withdrew",
    "arose",
    "seceded",
}


BARE_PARTICIPLES = {"begun", "done", "gone", "seen", "taken", "given", "become", "come", "been"}


DANGLING = {
    "behalf",
    "side",
    "part",
    "account",
    "order",
    "favour",
    "favor",
    "terms",
    "spite",
    "there",
    "then",
    "purpose",
    "hopes",
    "hope",
}


TRAILING_WEAK = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "his", "her"} | {
    "between",
    "less",
    "save",
    "from",
    "into",
    "against",
    "than",
    # a preposition or "subject to" whose object a cut took: "… increased throughout", "… indefinitely subject"
    "throughout",
    "during",
    # a part of a year whose year the date took: "… continued throughout early [1969]"
    "early",
    "late",
    "mid",
    "despite",
    "including",
    "toward",
    "towards",
    "across",
    "within",
    "beyond",
    "among",
    "amid",
    "upon",
    "via",
    "subject",
    "prior",
    "due",
    "owing",
    "according",
    "contrary",
}


NOUNS_IN_ING = {
    "building",
    "meeting",
    "landing",
    "bombing",
    "signing",
    "founding",
    "opening",
    "crossing",
    "beginning",
    "ending",
    "uprising",
    "rising",
    "shelling",
    "sinking",
    "killing",
    "king",
    "thing",
    "spring",
    "evening",
    "morning",
    "wing",
    "string",
    "ring",
    "nothing",
    "something",
    "anything",
    "everything",
    "during",
    "bring",
    "ceiling",
    "setting",
    "hearing",
    "training",
    "trading",  # "the western trading port": a trade's noun, not a deed after it
    "housing",
    "funding",
    "shipping",
    "fighting",
    "offering",
    "following",
    "understanding",
    "wedding",
    "clothing",
    "lightning",
    "heading",
}


# "enacted a measure", "accepted the offer", "clashed again", "The House concurred": what it was, the title
# does not say.
VAGUE = re.compile(
    r"\s(?:the|a|an|its|their|his|her)\s+(?:measure|story|amount|cause|offer|matter|issue|idea|proposal|question|"
    r"situation|problem|step|move|action|decision|news)(?:\s+(?:with|in|at|on|for)\s+[a-z][^A-Z]*)?$|"
    r"(?<!independent)(?<!sovereign)(?<!\bfree)\s(?:again|too|as well)$|^(?i:the)\s+situation\s+(?:changed|shifted|evolved)\b|\s(?:took|taking|takes)\s+possession$|\s(?:its|their|his|her)\s+holdings$|"
    r"^\S+(?:\s\S+)?\s(?:concurred|agreed|followed|responded|reacted|complied|obliged|acted)$|"
    r"\s(?:met|accepted|rejected|satisfied|fulfilled|refused)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.’']*\s+)?"
    r"(?:demand|demands|conditions?|request|requests)$|\bthe\s+two\s+sides\b"  # "met U.S. demand"
    # "The House passed a similar resolution", "Congress passed legislation": which, the title does not say
    r"|\spassed\s+(?:a\s+|an\s+)?(?:similar\s+|second\s+|third\s+|new\s+|more\s+|further\s+)?"
    r"(?:resolutions?|legislation|laws?|bills?|measures?)$"
    # "Adams sent a despatch to Washington", "Adams wrote back": what it said, the title does not say
    r"|\s(?:sent|wrote|received)\s+(?:a|an)\s+(?:paper|memorandum|note|message|despatch|dispatch|telegram)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*)?$|\swrote\s+(?:back|the\s+Department)$|\sreplied$"
    r"|\sall\s+the\s+way$"  # "became the first European to sail all the way" where, the cut took
    r"|\sbecame\s+(?:convinced|persuaded|certain|sure)$"  # "Monroe became convinced" of what, the cut took
    # "became the first European" to do what, the cut took
    r"|\sbecame\s+the\s+first\s+(?:person|man|woman|European|American|African|Asian)(?:\s+ever)?$"
)


# "Matsuoka broached his vision", "Roosevelt and Churchill agreed to fight": the title stops before it says what.
# (An indefinite subject without a name is caught beside it: "A bill was introduced", "A new camp was built".)
SAYS_NOTHING = re.compile(
    r"^\S+(?:\s\S+){0,3}\s(?!(?:entered|assumed|left|resigned|took|resumed)\s)[a-z]+\s+(?:his|her|its|their)\s+(?:vision|ideas|findings|views|thoughts|plans?|proposals?|"
    r"position|demands|goals|aims|intentions?|concerns|opinions?)$|\s(?:agreed|decided|promised|resolved|continued)\s+to\s+[a-z]+$"
    r"|\sas\s+(?:its|his|her|their|a|the)\s+(?:reason|justification|excuse|pretext|basis)$"
    # "told Congress", "forced his surrender", "an alliance known", "created between Russia", "a resolution denying",
    # "put forward", "succeeded in getting …": the words the title needs were cut
    r"|\s(?:told|informed|assured|warned|notified|reminded)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$"
    # (not "announced his withdrawal", "tendered his resignation": one's own, told by oneself)
    r"|(?<!until\s)(?<!after\s)(?<!upon\s)(?<!before\s)(?<!announced\s)(?<!tendered\s)(?<!submitted\s)"
    r"\b(?:its|his|her|their)\s+"
    r"(?:surrender|defeat|capture|death|resignation|withdrawal|arrival|release)$"
    r"|\s(?:claimed|said|stated|argued|insisted|noted|addressed|announced|asserted|maintained|warned|alleged|"
    r"complained|reported|admitted|explained|suggested|predicted|concluded|testified|contended|"
    r"learned|discovered|realized|noticed|understood|knew|radioed|cabled|telegraphed|found\s+out)$"  # "the United States learned"
    # "Baruch confessed to President Truman" what, it does not say
    r"|\s(?:confessed|(?<!was\s)(?<!were\s)admitted|wrote|complained|explained|confided|reported|protested)\s+to\s+"
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$"
    r"|\s(?:reached|drew|came\s+to)\s+the\s+conclusion$"  # "… reached the conclusion" that what, it does not say
    r"|\s(?:the|that|this)\s+(?:fall|spring|summer|winter|autumn)$"  # "recalled the fall" of 1990: a season, cut
    r"|\s(?:known|called|named|termed|dubbed)$|\sbetween\s+(?:the\s+)?[A-Z][\w’'-]*$|\sforward$"
    # "started rationing", "resumed testing": a deed done to a gerund, which is whole
    r"|\s(?!(?:from|of|by|in|for|without|after|before|on|about|into|started|began|begun|stopped|ended|resumed|"
    # "ethnic cleansing", "collective bargaining": an adjective before a gerund makes a noun of it
    r"banned|halted|suspended|introduced|authorized|abolished)\s)(?![a-z]+(?:ic|al|ive|ous|ful)\s)[a-z]+\s+"
    r"(?!(?:up)?rising$|meeting$|landing$|bombing$|signing$|founding$|opening$|crossing$|building$|ending$|beginning$|"
    r"shelling$|sinking$|killing$|spring$|king$|thing$|evening$|morning$|wing$|string$|ring$|nothing$|"
    r"drying$|warming$|cooling$|flooding$|thawing$|"  # "witnessed a great drying": a change of climate
    r"training$|funding$|housing$|clothing$|hearing$|financing$|printing$|mining$|farming$|banking$|shipping$|"
    r"trading$|schooling$|lending$)[a-z]+ing$"  # "to provide specialized training": a noun
    r"|\bsucceeded\s+in\s+[a-z]+ing\b"
)


# "Great Britain is depicted on the left", "The first is an American film": what a picture or a
# list shows, told in the present; an event is told in the past.
DESCRIBED = re.compile(
    r"^\S+(?:\s\S+){0,4}?\s(?:is|are)\s+(?:\w+ly\s+)?"
    r"(?:depicted|shown|pictured|seen|portrayed|represented|drawn|visible|an?\s|the\s)"
)


# "The situation was reversed in September 1950 when U.S. troops landed …", "relations reached their nadir
# in August 1939, when the Soviets signed …": how things turned, and the when-clause says what happened.
TURN_OF_EVENTS = re.compile(
    r"\s(?:(?:was|were)\s+(?:reversed|quashed|dashed|shattered|crushed|transformed)"
    r"|reached\s+(?:its|their|a|an|the)\s+(?:\w+\s+)?(?:nadir|peak|height|low|climax|zenith|high\s+point|low\s+point)"
    r"|suffered\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:setback|blow|reverse|humiliation)"
    r"|took\s+(?:a|an)\s+(?:\w+\s+)?turn|changed\s+(?:dramatically|abruptly|suddenly)|worsened|deteriorated"
    r"|(?:was|were)\s+made\s+(?:worse|better|graver|more\s+\w+))$"
    # "the winds of change began to blow in 1571 when the Ottoman navy was destroyed …": a figure for what the
    # when-clause tells
    r"|^(?:The\s+)?(?:winds?\s+of\s+change|tide|tides|tables)\s+(?:began\s+to\s+)?(?:blow|turn|turned|shifted|blew)\b"
    # "Conflict erupted in 1520 when the Spanish killed …": a bare outbreak, which the when-clause tells
    r"|^(?:Conflict|Fighting|Violence|Trouble|Tensions?)\s+(?:erupted|broke\s+out|began|flared(?:\s+up)?)$"
    r"|\s(?:renewed|restated|repeated|pressed)\s+(?:its|his|her|their)\s+(?:argument|case|claim)$"
)


# A subject that is a group the text named before ("The delegates", "The committee", "Officials"), not a name.
VAGUE_GROUP = re.compile(
    r"(?i:the\s+)?(?:[a-z]+\s+)?(?i:delegates|committee|commissioners|commission|representatives|officials|members|"
    r"leaders|negotiators|envoys|participants|two sides|delegation)\s+(?=[a-z]+(?:ed|ent|ew|ook|ave|ade|et)\b)"
    # "federal officials arrested Burns": whom the deed was done to names it, whoever the group was
    r"(?![a-z]+ed\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+(?![\w’']))"
    # "The events challenged …", "The relative calm was broken": which events, what calm, the text says elsewhere
    r"|(?i:the)\s+(?:[a-z]+\s+)?(?:events|developments|calm|quiet|tranquility|changes)\s+(?=(?:was\s+|were\s+)?[a-z]+(?:ed|en)\b)"
)


# Participles that name a thing by when it was made: "the treaty signed in 1886", "the fort built in 1802".
MADE_IN = r"(?:signed|concluded|ratified|adopted|enacted|passed|issued|built|opened|established|founded)"
