"""A sentence whose frame, not its clause, says what its date tells of.

"More people voted than in 1928": a year the event is compared with, which tells none.
"The process began with the creation of the European Coal and Steel Community in 1951": the
thing made is the event, whatever the vague subject did. "With provisions to take effect one
year later": the amendment's taking effect. "A turning point occurred in 1828, which witnessed
the election of Andrew Jackson": what the judgement saw.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import ERA_NAMED_BEFORE, ERA_NAMING_ITSELF
from generator.authoring.prose import DateMention


def framed_title(sentence: str, mention: DateMention, he: str | None = None) -> str | None:
    """The title a frame around ``mention`` gives ("" where the year is only compared with), or
    None where the sentence has no such frame and its clause is to be read. ``he``: whom a
    sentence that opens with "He" or "She" is about."""
    before_date = sentence[: mention.start]
    if _LOOKED_BACK.search(before_date):
        return ""  # "… to recover territory that had been lost in 1967": a look back from the event, not one
    shown = _NOWHERE_MORE_THAN.match(before_date)
    if shown:  # "Nowhere was Kennedy’s style more evident than in the first televised debate held on …"
        return shown.group(1)[:1].upper() + shown.group(1)[1:]
    if _COMPARED.search(before_date) or (_AS_IN.match(before_date) and sentence[mention.end :].startswith(",")):
        return ""  # "more people voting than in 1928", "As in 1800, …": a year the event is compared with
    war = _IN_THE_NAMED_WAR.search(sentence, mention.end) if _OPENING_SPAN.fullmatch(before_date) else None
    if war and mention.until:  # "From 1864 to 1870, Paraguay battled … in the War of the Triple Alliance"
        return war.group(1).strip()
    era = ERA_NAMED_BEFORE.search(before_date) if mention.until else None
    if era:  # "opening an age known as the Three Kingdoms (313–668 CE)": the age is the event
        kind = "" if _NAMES_ITS_KIND.search(era.group(2)) else f" {'period' if era.group(1) == 'period' else 'era'}"
        return f"The {era.group(2)}{kind}"
    dated = _DATES_BACK_TO.search(before_date)
    thing = _thing_dated(before_date[: dated.start()]) if dated else ""
    if thing:  # "The origins of the Teotihuacán settlement date to about 400 BCE": the origins
        return thing
    itself = ERA_NAMING_ITSELF.search(before_date) if mention.until else None
    if itself and not re.search(
        r"\b(?:during|under|in|of|by|from|since|after|before|throughout)\s+(?:the\s+)?(?:\w+\s+)?$",
        before_date[: itself.start()],
    ):  # "The Greek Dark Ages (1100–800 BCE) persisted …"
        name = itself.group(1).removeprefix("The ")
        return name if re.search(r"[’']s\s", name) else f"The {name}"  # "Egypt’s Middle Kingdom" has its owner
    death = _AFTER_HIS_DEATH.search(before_date)
    owners = _OWNER.findall(before_date[: death.start()]) if death else []
    if death and owners:  # "the Mahdi’s followers continued …, even after his death in 1885": the Mahdi died
        return f"Death of {owners[-1]}"
    if death and he and re.match(r"\W*(?:He|She)\s", before_date):  # "He spent two years …, until his death in 632"
        return f"Death of {he}"
    doer = _DOER_OPENS.match(before_date) if death and not owners else None
    # "Although Salah al-Din had directed that his empire be split … upon his death in 1193"; not "He served until
    # his death …" when the text has not said whom "he" stands for
    if doer and doer.group(1) not in ("He", "She", "It", "They"):
        return f"Death of {doer.group(1)}"
    made = _WITH_THE_MAKING_OF.search(before_date)
    if made:  # "The process began with the creation of the European Coal and Steel Community (ECSC) in 1951"
        return f"{made.group(1).capitalize()} of {made.group(2)}"
    effect = _TO_TAKE_EFFECT.search(before_date)
    if effect:  # "ratified the Eighteenth Amendment with provisions to take effect one year later": it took effect
        return f"{effect.group(1)} took effect"
    witnessed = _WITNESSED.match(sentence[mention.end :]) if _A_JUDGEMENT.match(before_date) else None
    if witnessed and len(witnessed.group(1).split()) <= 12:  # "A turning point … came in 1828, which saw …"
        return witnessed.group(1)[:1].upper() + witnessed.group(1)[1:]
    return None


# A body's name, which alone tells no deed ("Ghanaians formed the United Gold Coast Convention").
# "A turning point in American political history occurred in 1828, which witnessed the election of …": what it saw
_A_JUDGEMENT = re.compile(
    r"\W*(?:An?|The)\s+(?:[a-z]+\s+)?(?:turning\s+point|watershed|milestone|landmark|new\s+era|high\s+point|low\s+point)"
    r"\b[^,;]*?\s(?:occurred|came|arrived|was\s+reached)\s+(?:in|on)\s+$"
)
_WITNESSED = re.compile(
    r",\s+(?:which|when|that)\s+(?:witnessed|saw|brought)\s+(?:the\s+)?([a-z][^,;:.]+?)(?=[,;:.]|$)"
)
# "… with the formation of the European Economic Community (EEC), also called the Common Market, in 1957": the
# thing made is what the date tells of, whatever the sentence's subject did
_WITH_THE_MAKING_OF = re.compile(
    r"\b(?:with|began\s+with|led\s+to|resulted\s+in)\s+the\s+(creation|formation|founding|establishment|signing|"
    r"adoption|launch|opening|construction)\s+of\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?"
    r"[A-Z][\w’'.-]*)*)(?:\s+\([A-Z]{2,8}\))?(?:,\s+(?:also\s+)?(?:called|known\s+as)\s+[^,;]{1,40},)?\s+(?:in|on)\s+$"
)
A_BODY = re.compile(
    r"\s(?:Convention|Union|Party|Association|League|Congress|Society|Organization|Movement|Army|Front|Council|"
    r"Committee|Alliance|Federation|Brotherhood|Club)$"
)
_TO_TAKE_EFFECT = re.compile(
    r"\b(?:the\s+)?((?:[A-Z][\w’'.-]*\s+)+(?:Amendment|Act|Law|Treaty|Constitution|Agreement|Code|Ordinance|Accords?))"
    r"(?:\s+(?:in|on)\s+[^,;]{1,30})?,?\s+(?:with\s+(?:[a-z]+\s+){1,3}?|which\s+was\s+)?(?:to|would)\s+(?:take|go\s+into)\s+"
    r"effect\s+$"  # "… the Eighteenth Amendment in January 1919, with provisions to take effect one year later"
)
_COMPARED = re.compile(
    r"\bthan\s+(?:in|on|during|at)?\s*(?:the\s+)?$"
    r"|\banniversary\s+of\b[^,;]*\s(?:in|on)\s+$"  # "on January 8, the anniversary of the defeat of the British in 1815"
)
_AS_IN = re.compile(r"\W*(?:[Aa]s|[Ll]ike|[Uu]nlike)\s+(?:in|during)\s+$")


# "territory that had been lost in 1967", "the land that they had taken in 1920": a restrictive clause in the
# pluperfect dates what the sentence's event looks back to ("Skern, which had surrendered in 1813," is an event).
_LOOKED_BACK = re.compile(
    r"\b[a-z]+\s+that\s+(?:\w+\s+){0,2}had\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|t)\s+(?:in|on)\s+$"
)


# A judgement that points to the event it shows best: the event is the title.
_NOWHERE_MORE_THAN = re.compile(
    r"\W*(?:Nowhere|Never)\s+(?:was|were|did)\b[^,;]*?\bthan\s+(?:in|at|during)\s+(?:the\s+)?([^,;]+?)\s+"
    r"(?:(?:held|fought|given|signed|made)\s+)?(?:on|in)\s+$"
)


# "Although Salah al-Din had directed …": the man the sentence opens with, whose deed it tells
_DOER_OPENS = re.compile(
    r"\W*(?:(?:Although|Though|When|After|Before|While|Since|Because|As|Even\s+though)\s+)?"
    r"((?!(?:The|A|An|This|That|His|Her|Its|Their)\s)(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|"
    r"al-[A-Z][\w’'-]*|ibn|bin|de|da|von|van|[IVX]+)){0,4})\s+(?:had\s+|also\s+)?[a-z]+ed\b(?![^,;]*\b(?:he|she)\b[^,;]*\bdeath\b)"
)
# "… date to about 400 BCE", "… stretches back to about 1350 BCE": the thing the text dates, named by its subject
_DATES_BACK_TO = re.compile(
    r"\s+(?:dates?|stretch(?:es)?|goes?|reach(?:es)?|traces?)\s+(?:back\s+)?(?:to|from)\s+"
    r"(?:about|around|approximately|roughly|c\.|circa|at\s+least|the\s+year)?\s*$"
)


def _thing_dated(subject: str) -> str:
    """The subject of "… dates to 400 BCE" as a title, without its article or its asides; "" for a
    pronoun, a subject too long or one of several clauses."""
    subject = re.sub(r"\s*\([^()]*\)", "", subject)
    named = re.search(r",\s+((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)(?:\s+in\s+[^,]*)?,\s*$", subject)
    if named and len(subject[: named.start()].split()) <= 3:  # "The oldest discovered, Watson Brake in …,"
        return named.group(1)
    subject = re.sub(r",[^,]*,", "", subject)  # "The start of the Olmec civilization, at a site known as …,"
    subject = re.sub(r"^\W*(?:(?:But|And|However|Yet|Thus),?\s+)?", "", subject)
    subject = re.sub(r"^(?:[Ss]ome|[Mm]any|[Oo]ne|[Mm]uch|[Mm]ost)\s+of\s+", "", subject)
    subject = re.sub(r"^(?:[Tt]he|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir)\s+", "", subject)
    words = subject.split()
    if not 3 <= len(words) <= 10 or re.search(r"[,;:]|\b(?:it|they|he|she|this|that)\b", subject, re.I):
        return ""
    return subject[:1].upper() + subject[1:]


# "the Great Western Schism", "the Renaissance": a name that says what kind of time it was
_NAMES_ITS_KIND = re.compile(
    r"\b(?:Schism|Crisis|Revolution|Renaissance|Reformation|Age|Era|Period|Dynasty|War|Wars|Empire|Kingdom|Republic|"
    r"Depression|Enlightenment|Restoration|Reconstruction|Terror|Occupation|Migration|Conquest)$"
)
# "even after his death in 1885": whose death, the owner the sentence named before says
_AFTER_HIS_DEATH = re.compile(
    r"\b(?:after|before|until|upon|at|with)\s+(?:his|her)\s+death(?:\s+(?:from|of)\s+[a-z\s]{1,30}?)?\s+(?:in|on)\s+"
    r"(?:the\s+year\s+)?$"
)
_OWNER = re.compile(
    r"(?<![\w’'-])(?!(?:Although|Though|When|After|Before|While|Since|Because|If|As|But|And|In|On|At|The)\s)"
    r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)[’']s\s+[a-z]"
)
_OPENING_SPAN = re.compile(r"\W*(?:(?:For\s+example|For\s+instance|However|Thus),\s+)?(?:[Ff]rom|[Bb]etween|[Ii]n)\s+")
# "… in the War of the Triple Alliance." at the sentence's end: the war the span's deeds belong to
_IN_THE_NAMED_WAR = re.compile(
    r"\bin\s+the\s+((?:[A-Z][\w’'-]*\s+)*(?:War|Wars|Rebellion|Revolution|Uprising)(?:\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*\s*)+)?)\W*$"
)
