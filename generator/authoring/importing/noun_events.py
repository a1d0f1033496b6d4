"""Titles where the date's event is said as a noun phrase, not as a clause of its own:

- a name held or signed on the date: "the March on Washington for Jobs and Freedom, held
  in August 1963," → "March on Washington for Jobs and Freedom"; "The Alliance for Progress,
  signed in 1961 by …" → "Alliance for Progress signed";
- a deed named after "was the": "The most dramatic event staged by AIM was the occupation
  of the community of Wounded Knee, South Dakota, in February 1973" → "Occupation of
  Wounded Knee";
- a deed the dated clause resulted in: "In 1916, the pressure … resulted in the passage of
  the Keating-Owen Act" → "Passage of the Keating-Owen Act";
- a name a dated clause put in another's place: "In June 1933, Roosevelt replaced the
  Emergency Banking Act with the more permanent Glass-Steagall Banking Act" → "Glass-Steagall
  Banking Act";
- a happening that is the sentence's subject: "A brief downturn in the market on September 18,
  1929, raised questions …" → "Brief downturn in the market";
- what a chain of events the year opens culminated in: "In 1965, a traffic stop set in motion
  a chain of events that culminated in riots in Watts" → "Riots in Watts";
- a deed something is traced back to: "… can be traced back to the initial formation of the
  Turkish Petroleum Company (TPC) in 1912" → "Formation of the Turkish Petroleum Company";
- a deed the date qualifies: "negotiated the 1867 purchase of Alaska" → "Purchase of Alaska";
- a deed that is the subject of a judgement: "The purchase of Alaska from Russia in 1867 was also a
  significant triumph" → "Purchase of Alaska from Russia"; a name in quotation marks: "the “Truman
  Doctrine” of March 1947" → "Truman Doctrine";
- a deed a day dates before the main clause: "Following the German surrender to the Allied
  powers on May 8, 1945, Germany was occupied" → "German surrender to the Allied powers";
- a deed that caused what the clause tells: "The introduction of measles to Fiji in 1875
  resulted in the death of …" → "Introduction of measles to Fiji".
"""

from __future__ import annotations

import re

from generator.authoring.prose import DateMention

_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|the|at)\s+)*[A-Z][\w’'-]*)*"
_HELD_NAME = re.compile(
    rf"(?:^|\s)(?:the\s+)?({_NAME})\s*,\s+"
    r"(held|staged|convened|organized|organised|signed|launched|founded|established|enacted|ratified|adopted)\s+"
    r"(?:(?:on|in|at)\s+[A-Z][\w’'-]*\s+)?(?:on|in)\s+$"
)
_ONLY_HELD = ("held", "staged", "convened", "organized", "organised")
# "EMILY’s List, a PAC founded in 1985 to help …", "the NAACP, an organization founded in 1909,": the body the
# apposition tells the making of
_APPOSED_MADE = re.compile(
    rf"(?:^|\s)(?:the\s+)?({_NAME})\s*,\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"(founded|established|formed|created|organized|organised)\s+(?:(?:on|in|at)\s+[A-Z][\w’'-]*\s+)?(?:on|in)\s+$"
)

_DEEDS = (
    r"occupation|invasion|bombing|capture|siege|liberation|assassination|massacre|annexation|evacuation|surrender|"
    r"founding|signing|sinking|burning|destruction|fall|takeover|seizure|blockade"
)
_WAS_THE_DEED = re.compile(
    rf"\b(?:was|were)\s+the\s+({_DEEDS})\s+of\s+(?:the\s+(?:community|town|city|village|island|port|fortress)\s+of\s+)?"
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?,?\s+(?:in|on)\s+$"
)

_CAUSE = re.compile(
    r"^\W*The\s+((?:introduction|arrival|spread|outbreak|discovery|collapse|failure|passage|election|death|"
    r"defeat|victory|invasion|fall)\s+of\s+[^,;]{3,60}?)\s+(?:in|on)\s+$"
)
_CAUSED = re.compile(r"\s+(?:resulted\s+in|led\s+to|caused|triggered|sparked|prompted|brought\s+about)\b")


# "In 1916, the pressure from the public resulted in the passage of the Keating-Owen Act": the law passed
_RESULTED_IN_DEED = re.compile(
    r"[^;:]*?\b(?:resulted\s+in|led\s+to|brought\s+about|secured)\s+the\s+"
    r"(passage|creation|founding|establishment|adoption|signing|ratification|repeal)\s+of\s+(the\s+)?"
    rf"({_NAME})"
)


# "The origins of the Red Line Agreement can be traced back to the initial formation of the Turkish
# Petroleum Company (TPC) in 1912": the deed traced back to is the date's
# "actions by student activists … led to the formation of Berkeley’s Free Speech Movement in 1964" too
_TRACED_TO = re.compile(
    r"\b(?:traced\s+(?:back\s+)?to|led\s+to|resulted\s+in|brought\s+about)\s+the\s+(?:initial\s+|first\s+)?"
    r"(formation|founding|creation|establishment|signing|outbreak|passage|adoption|ratification)\s+of\s+(the\s+)?"
    rf"({_NAME})(?:\s+\([A-Z]{{2,6}}\))?\s+(?:in|on)\s+$"
)


# "especially since the founding of the National Organization for Women in 1966", "after the passage of
# Proposition 215 in 1996": the date is the named deed's, whatever the clause around it tells
_AFTER_NAMED_DEED = re.compile(
    r"\b(?:since|after|before|until|following|upon|with)\s+(?:the\s+)?(?:initial\s+|first\s+)?"
    r"(founding|formation|creation|establishment|passage|adoption|ratification|signing|implementation|enactment|"
    r"repeal|collapse|fall|invasion|assassination|dissolution)\s+of\s+(the\s+)?"
    rf"({_NAME}(?:\s+\d{{1,3}}\b)?)(?:\s+\([A-Z]{{2,6}}\))?\s+(?:in|on)\s+$"
)


# "In June 1933, Roosevelt replaced the Emergency Banking Act with the more permanent Glass-Steagall Banking
# Act": the new law is the date's, not the one it replaced
_REPLACED_WITH = re.compile(
    rf"^[^;:]*?\breplaced\s+(?:the\s+)?{_NAME}\s+with\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){{0,2}}({_NAME})"
)


# "A brief downturn in the market on September 18, 1929, raised questions …": the subject is the event
_HAPPENING = (
    r"downturn|crash|collapse|panic|riot|fire|flood|earthquake|hurricane|storm|explosion|uprising|revolt|"
    r"mutiny|massacre|strike|blackout|stampede|shipwreck"
)
_HAPPENING_AS_SUBJECT = re.compile(
    rf"^\W*(?:A|An|The)\s+((?:[a-z][\w-]*\s+){{0,2}}(?:{_HAPPENING})(?:\s+(?:in|at|on|of)\s+(?:the\s+)?"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,2})?)\s+(?:on|in)\s+$"
)


# "In 1965, a traffic stop set in motion a chain of events that culminated in riots in Watts": the riots
_CULMINATED_IN = re.compile(
    r"[^;:]*?\b(?:culminated|ended|erupted)\s+in\s+(?:an?\s+)?((?:riots?|massacre|strike|uprising|revolt|war|battle)"
    r"\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


# "negotiated the 1867 purchase of Alaska": the year qualifies the deed its noun names
_DATED_DEED = re.compile(
    rf"\s+((?:{_DEEDS}|purchase|sale|partition|overthrow|division|unification|reunification|withdrawal|visit|"
    rf"removal|implementation|passage|recall|impeachment)\s+of\s+(?:the\s+)?"
    rf"(?:[A-Z][\w’'-]*\s+(?:leader|president|dictator|ruler|governor)\s+)?"
    rf"{_NAME}(?:\s+\d{{1,3}}\b)?)"
)


# "most notably in the 1833 case of Barron v. Baltimore": the year dates the case its name tells
_CASE_OF = re.compile(
    r"\s+(?:court\s+|landmark\s+)?case(?:\s+of)?,?\s+"
    r"([A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*\s+v\.\s+[A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*)*)"
)


# "his 1892 purchase of a California vineyard": the year qualifies a deed of the one "his" stands for
_OWN_DATED_DEED = re.compile(
    r"\s+((?:purchase|sale|visit|trip|journey|voyage|return|move)\s+(?:of|to)\s+(?:a|an|the)\s+"
    r"(?:[A-Z][\w’'-]*\s+){0,3}[a-z][\w-]*(?:\s+[A-Z][\w’'-]*)*)"
)


# "The purchase of Alaska from Russia in 1867 was also a significant triumph": the deed is the subject
_DEED_AS_SUBJECT = re.compile(
    rf"^\W*The\s+((?:{_DEEDS}|purchase|sale|partition|overthrow|withdrawal|visit|election)\s+of\s+[^,;:]{{3,60}}?)"
    r"\s+(?:in|on)\s+$"
)
_JUDGED = re.compile(r"\s+(?:was|were|proved|became|remains|remained)\b")
# "The first step was the “Truman Doctrine” of March 1947": a name in quotation marks that the date dates
_QUOTED_NAME_OF = re.compile(r"\bthe\s+[“\"]([A-Z][^”\"]{2,60}?)[”\"]\s+of\s+$")


# "Among them were Washington’s resignation as commander in chief … on December 23, 1783, the ratification of
# the definitive treaty … on January 14, 1784, and …": a list of deeds, each named and dated
_LISTED_DEED = re.compile(
    r"(?:\b(?:were|included|including)\s+|,\s+(?:and\s+)?)((?:the\s+)?(?:[A-Z][\w’'-]*[’']s?\s+)?"
    rf"(?:{_DEEDS}|resignation|ratification|meeting|arrival|departure|inauguration|adoption|opening|dedication|"
    r"election|appointment|visit)\s+(?:of|as)\s+[^,;:]{3,80}?)\s+(?:on|in)\s+$"
)

# "Following the German surrender to the Allied powers on May 8, 1945, Germany was occupied": the day is the surrender's
_FOLLOWING_DEED = re.compile(
    r"\W*(?:Following|After)\s+the\s+((?:[A-Z][\w’'-]*\s+)?(?:surrender|armistice|invasion|assassination|death|fall|"
    r"capture|outbreak|coup|collapse|abdication)\b[^,;]{0,60}?)\s+on\s+$"
)


def noun_event_title(sentence: str, mention: DateMention) -> str:
    """The event a noun phrase before the date names, in the shapes the module lists, or ""."""
    before = sentence[: mention.start]
    following = _FOLLOWING_DEED.match(before) if mention.date.day else None
    if following and sentence[mention.end : mention.end + 1] == ",":
        return following.group(1)[:1].upper() + following.group(1)[1:]
    quoted = _QUOTED_NAME_OF.search(before)
    # not "During the “Red Summer” of 1919, …": a time named, in which the clause's deed happened
    if quoted and not re.search(
        r"\b(?i:during|in|throughout|since|after|before|by|until)\s+$", before[: quoted.start()]
    ):
        return quoted.group(1)
    subject = _DEED_AS_SUBJECT.match(before)
    if subject and _JUDGED.match(sentence, mention.end):
        return subject.group(1)[:1].upper() + subject.group(1)[1:]
    case = _CASE_OF.match(sentence, mention.end) if re.search(r"\b(?i:the|a)\s+$", before) else None
    if case and not mention.until:
        return case.group(1)
    dated = _DATED_DEED.match(sentence, mention.end) if re.search(r"\b(?i:the)\s+$", before) else None
    if dated and not mention.until:
        return dated.group(1)[:1].upper() + dated.group(1)[1:]
    own = _OWN_DATED_DEED.match(sentence, mention.end) if re.search(r"\b(?:his|her|their)\s+$", before) else None
    if own and not mention.until:
        return own.group(1)[:1].upper() + own.group(1)[1:]
    apposed = _APPOSED_MADE.search(before)
    if apposed and (" " in apposed.group(1) or apposed.group(1).isupper()) and not mention.until:
        body = re.sub(  # "Members of the Sierra Club, a group established …": the club was
            r"^(?:Members|Leaders|Founders|Supporters|Officials|Delegates|Many|Most|Some|Several|Each|All|One|Two)\s+of\s+"
            r"(?:the\s+)?",
            "",
            apposed.group(1).removeprefix("The "),
        )
        return f"{body} {apposed.group(2)}"
    held = _HELD_NAME.search(before)
    # not "the Treaty of Amity and Commerce with the United States, signed …": a name the verb's object holds
    of_another = held and re.search(
        r"\b(?:with|to|from|by|against|between|and|of|in|on|at|for)\s+(?:the\s+)?$", before[: held.start(1)]
    )
    if held and " " in held.group(1) and not of_another:
        name = held.group(1)
        name = name.removeprefix("The ") if " " in name.removeprefix("The ") else name  # "The Farm" is its name
        return name if held.group(2) in _ONLY_HELD else f"{name} {held.group(2)}"
    deed = _WAS_THE_DEED.search(before)
    if deed:
        return f"{deed.group(1).capitalize()} of {deed.group(2).removeprefix('the ')}"
    opening = len(before.split()) <= 3 and re.fullmatch(r"\W*(?:In|By|During)\s+(?:the\s+)?(?:year\s+)?", before)
    resulted = _RESULTED_IN_DEED.match(sentence, mention.end) if opening else None
    if resulted:
        return f"{resulted.group(1).capitalize()} of {resulted.group(2) or ''}{resulted.group(3)}"
    culminated = _CULMINATED_IN.match(sentence, mention.end) if opening else None
    if culminated:
        return culminated.group(1)[:1].upper() + culminated.group(1)[1:]
    replaced = _REPLACED_WITH.match(sentence[mention.end :]) if opening else None
    if replaced and " " in replaced.group(1):
        return replaced.group(1)
    happening = _HAPPENING_AS_SUBJECT.match(before)
    if happening and re.match(r",?\s+(?:\w+ly\s+)?[a-z]+ed\b", sentence[mention.end :]):
        return happening.group(1)[:1].upper() + happening.group(1)[1:]
    traced = _TRACED_TO.search(before)
    if traced:
        return f"{traced.group(1).capitalize()} of {traced.group(2) or ''}{traced.group(3)}"
    after_deed = _AFTER_NAMED_DEED.search(before)
    if after_deed and " " in after_deed.group(3) and not mention.until:
        return f"{after_deed.group(1).capitalize()} of {after_deed.group(2) or ''}{after_deed.group(3)}"
    listed = _LISTED_DEED.search(before)
    if listed and re.match(r"\s*(?:,|\.|$)", sentence[mention.end :]):
        named_deed = str(listed.group(1)).removeprefix("the ")
        return named_deed[:1].upper() + named_deed[1:]
    cause = _CAUSE.match(before)
    if cause and _CAUSED.match(sentence, mention.end):
        return cause.group(1)[:1].upper() + cause.group(1)[1:]
    return ""
