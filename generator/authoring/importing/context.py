"""What the text around a dated sentence tells about its event.

A sentence seldom stands alone: "he" is the person the text has just named, "the act"
the act it has just mentioned, "known as" the name a later clause gives it, and a
sentence may give its verb once for several dates ("X granted it on May 13, Spain on
June 17"). Each helper here reads that context; none guesses where the text leaves a
doubt. Dates counted from the last one ("two days later") are read by
:mod:`~generator.authoring.importing.date_phrases`, the deed a date stands beside
("Italy’s surrender on …") by :mod:`~generator.authoring.importing.deed_beside_date`.
"""

from __future__ import annotations

import re

from generator.authoring.importing.asides import mask_asides
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.prose import DateMention, find_dates

_ADVERBS = r"also|then|later|soon|quickly|eventually|again|once|still|finally|first|further|even|only|never|often"
#: Adverbs between a subject and its verb ("Zwingli also called", "Grant then marched").
_ADVERBS_AFTER_SUBJECT = re.compile(rf"(?:\s+(?:{_ADVERBS}))+$")
#: A sentence that opens with a name, an adverb or two, and a verb in the past ("Zwingli also
#: called for …"): its subject, whatever the verb (the verb list need not know "called").
_NAME_THEN_DEED = re.compile(rf"^((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'-]*)(?:\s+(?:{_ADVERBS}))+\s+[a-z]+ed\b")


# a country or a body, which the text never calls "he"
NOT_A_PERSON = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+)*(?:States|Union|Kingdom|Republic|Government|Department|Legation|Embassy|Relations|"
    r"Congress|Senate|Council|Commission|Committee|Ministry|Office)|U\.S\."
)


def person_subject(text: str) -> str | None:
    """The proper name that is the subject of ``text`` when it may be a person "he" stands for."""
    named = named_subject(text)
    return None if named and NOT_A_PERSON.fullmatch(named) else named


def named_subject(text: str) -> str | None:
    """The proper name that is the subject of the first clause of ``text`` ("In the north,
    the British general John Burgoyne marched …" → "John Burgoyne"), or None."""
    text = re.sub(r",(\s+(?:Jr|Sr))\.(?=\s+[a-z])", r"\1", text)  # "Alexander Meigs Haig, Jr. was …": no aside
    text = mask_asides(text)
    # "But Diem cancelled …", "However, in the end, Adams succeeded …": not "But Diem", "However Adams"
    text = re.sub(
        r"^\W*(?:But|And|Yet|So|Then|Still|However|Nevertheless|Meanwhile|Instead|Thus|Eventually|Ultimately)"
        r"(?:\s+|\s*,[\s,]*)(?=[A-Z])",
        "",
        text,
    )
    # "To prosecute the war against Pompey, Caesar had himself appointed …": a purpose leads in, too
    # … and so does a participle ("Born in Boston in 1706 …, Franklin loved to read", "Having witnessed …")
    if re.match(
        r"(?i:when|after|as|while|although|because|since|if|once|before|until)\s|To\s+[a-z]+\s"
        r"|(?:Born|Raised|Educated|Having|Being)\s|[A-Z][a-z]+ing\s+(?:the|a|an|his|her|their|to|in|on|with|for|as)\s",
        text,
    ):
        comma = re.search(r",\s+(?!\d)", text)  # "When Germany invaded Poland on …, Stalin began …"
        text = text[comma.end() :] if comma else ""
    opening = _NAME_THEN_DEED.match(text)
    if opening and opening.group(1).split()[0] not in _NOT_NAMES:
        return _INVERTED.sub("", opening.group(1)) or None
    verb = find_verb(text)
    if verb is None:
        return None
    before = re.sub(r"\s+,", "", text[: verb.start()]).rstrip(" ,")
    # "Caesar had himself appointed dictator": whom the verb was done for is the subject
    before = re.sub(r"\s+(?:was|were|had|has|have)(?:\s+(?:him|her|them)sel(?:f|ves))?$", "", before)
    before = _ADVERBS_AFTER_SUBJECT.sub("", before)  # "Zwingli also called …": the subject is Zwingli
    before = re.sub(r"(?<=[a-z])\s+(?:Jr|Sr)\.$", "", before)  # "Anthony J. Drexel Biddle Jr. was appointed"
    # "Alexander the Great", "Peter the Great": an epithet after "the" is part of the name
    # (one space between its words: a run of them is an aside masked out, "Robert, who …, Livingston")
    name = re.search(r"(?:^|\s)((?:[A-Z][\w’'.-]*\s(?:the\s(?=[A-Z]))?)*[A-Z][\w’'-]*)$", before)
    if name is None or name.group(1).split()[0] in _NOT_NAMES:
        return None
    from_place = re.search(r"(?:^|\s)((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+of\s+$", before[: name.start(1)])
    if (
        from_place
        and from_place.group(1).split()[0] not in (*_NOT_NAMES, *_SHARES)
        and not before[: from_place.start(1)].strip()
        and (" " in from_place.group(1) or not from_place.group(1).endswith("s"))  # not "Residents of Boston"
        and not _OFFICE_OF.match(from_place.group(1))  # "Secretary of State George Shultz": as before, no one
    ):
        # "Esther DeBerdt Reed of Philadelphia formed …": the person, from a place; "Catherine of Aragon": her name
        whole = from_place.group(1)
        return whole if " " in whole else f"{whole} of {name.group(1)}"
    if re.search(r"\b(?:in|of|on|at|to|from|by|with|for|about|against)\s+(?:the\s+)?$", before[: name.start(1)]):
        return None  # "His intent in the Ninety-five Theses was …": the name is not the subject
    if re.search(r"[A-Z][\w’'-]*,?\s+and\s+$", before[: name.start(1)]):
        return None  # "Kitty and Myron vacationed …, where she died": of two, "she" is either
    if _THING_NAMED.search(before[: name.start(1)]):
        return None  # "Thomas Paine's pamphlet Common Sense appeared": a work, whom no "he" stands for
    # "Dunlop’s was the first practical tire": the owner of what the sentence is about
    return re.sub(r"[’']s$", "", _INVERTED.sub("", name.group(1))) or None


# "Had Tito lived, …": a condition told with its verb first; the auxiliary is no part of the name.
_INVERTED = re.compile(r"^(?:Had|Were|Should|Did|Could|Would|Was|Has|Have)\s+(?=[A-Z])")
_THING_NAMED = re.compile(
    r"\b(?:pamphlet|book|newspaper|journal|magazine|ship|frigate|warship|vessel|treaty|act|law|bill|essay|novel|"
    r"poem|play|song|report|letter|note|telegram|document|plan|organization|company|party|operation)\s+$"
)


_NOT_NAMES = ("The", "A", "An", "In", "On", "This", "These", "He", "She", "They", "Even", "It", "There")
_OFFICE_OF = re.compile(
    r"(?:Secretary|President|Minister|Governor|Chancellor|Duke|Earl|Prince|Princess|King|Queen|Bishop|Mayor|Speaker)\b"
)
# "Most of Europe", "Part of Kell": a share of a place, not a person from it
_SHARES = (
    "Most",
    "Many",
    "Some",
    "All",
    "Part",
    "Much",
    "One",
    "Each",
    "Both",
    "None",
    "Several",
    "Half",
    "Parts",
    "Rest",
)


_THE_KIND = re.compile(
    r"^The\s+(act|acts|treaty|law|pact|agreement|battle|congress|conference|convention|charter|plan|war|crisis|"
    r"(?i:society|company|committee|commission|league|association))\b"  # "The Society sent …": the one just named
    r"(?!\s+of\b)"
)


def with_its_name(title: str, earlier: str) -> str:
    """ "The act was repealed" with the act the text has just named: "The Stamp Act was repealed";
    "Officials finalized the treaty" after "the Treaty of Paris": "… finalized the Treaty of Paris"."""
    kind = _THE_KIND.match(title)
    if kind is None:
        return _object_with_its_name(title, earlier)
    noun = kind.group(1)
    # "the French and Indian War", "the Congress of the Confederation": a name may join its words
    names = re.findall(rf"((?:[A-Z][\w’'-]*\s+(?:(?:and|of\s+the|of)\s+(?=[A-Z]))?)+)(?i:{noun})\b", earlier)
    joins = ("and", "of", "the")
    named = [n.strip() for n in names if n.strip() and all(w[:1].isupper() or w in joins for w in n.split())]
    named = [n.removeprefix("The ").removeprefix("the ") for n in named if n not in ("The", "the")]
    if not named:
        return title
    return f"The {named[-1]} {noun.capitalize()}{title[kind.end() :]}"


_THE_KIND_AFTER = re.compile(
    r"\s(the\s+(treaty|pact|agreement|conference|constitution|charter|plan|act|crisis|blockade|embargo|airlift|"
    r"summit|accords?|program|doctrine|alliance|truce|armistice|quarantine|company|society|committee|commission|league))"
    r"(?=\s+(?:[a-z]+\s+)?(?:half|a|an|the|\d|[a-z]+\s+acres)|$)"  # "granted the company half a million acres"
)


def _object_with_its_name(title: str, earlier: str) -> str:
    """The object "the treaty" that ends a title (or "the company" before what it was given),
    named as the text last named one."""
    found = _THE_KIND_AFTER.search(title)
    if found is None:
        return title
    noun = found.group(2)
    before = [(m.start(), m.group(1)) for m in re.finditer(rf"\b((?:[A-Z][\w’'-]*\s+)+(?i:{noun}))\b", earlier)]
    of = []
    for m in re.finditer(rf"\b((?i:{noun})\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", earlier):
        whole = next((b for b in before if b[0] < m.start() < b[0] + len(b[1])), None)
        if whole:  # "the Ohio Company of Virginia": one name, not "Ohio Company" and "Company of Virginia"
            before.remove(whole)
            of.append((whole[0], earlier[whole[0] : m.end()]))
        else:
            of.append((m.start(), m.group(1)))
    names = [re.sub(r"^(?:The|A|An|In|On|By)\s+", "", n) for _, n in sorted(before + of)]
    named = [n for n in names if " " in n and n[:1].isupper()]
    if not named:
        return title
    name = named[-1]
    name = name[:1].upper() + name[1:]
    return f"{title[: found.start(1)]}the {name}{title[found.end(1) :]}"


# "in what is remembered as the Battle of Bunker Hill"; "Samuel Adams … called it the Boston Massacre".
_KNOWN_AS = re.compile(
    # "an alliance known to history as the First Triumvirate"
    r"\b(?:(?:remembered|known|celebrated|called|named|dubbed)\s+(?:to\s+(?:history|historians)\s+)?(?:it\s+|this\s+)?"
    r"(?:as\s+)?|(?<=,\s)as\s+)(the\s+)?"
    r"((?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w’'-]*"
    r"(?:\s+(?:scandal|affair|crisis|incident|massacre|riots?|plan|purchase|compromise|strike|trial)\b)?)"  # "Teapot Dome scandal"
)


_KNOWN_AS_QUOTED = re.compile(
    r"\b(?:remembered|known|celebrated|referred\s+to)\s+as\s+(?:the\s+)?[“\"]([^”\"\d]{3,40}?)[.,]?[”\"]"
)


def known_as(rest: str, following: str) -> str:
    """The name the text gives the event: after its date, or in the next sentence when that
    names no date and points back at it ("… called it the Boston Massacre"); "the march
    … became known as the X" names the march, not the event before."""
    quoted = _KNOWN_AS_QUOTED.search(rest)
    if quoted:  # "in what came to be known as the “Sussex pledge.”": a name in quotes may be lower-case
        return quoted.group(1)[:1].upper() + quoted.group(1)[1:]
    for text, back in ((rest, False), ("" if find_dates(following) else following, True)):
        match = _KNOWN_AS.search(text)
        if match is None or re.search(
            r"\b(?:been|was|were|is)\s+named\s+$", text[: match.start(1 if match.group(1) else 2)]
        ):
            continue  # "who had been named the Distributor of Stamps": an office given, not a name
        name = match.group(2)
        if not match.group(1) and re.search(r"[A-Z][\w’'.-]*,\s+$", text[: match.start()]):
            continue  # "Kusno Sosrodihardjo, known as Sukarno,": a person's other name, not an event's
        # "the Boston Massacre" takes two words at least; without "the", only "known as Kristallnacht"
        named = (
            len(name.split()) >= 2
            if match.group(1)
            else match.group(0).startswith(("known", "dubbed")) and len(name) > 3
        )  # "an education act, dubbed No Child Left Behind,"
        if match.group(0).startswith("as") and re.match(
            r"\s+(?:and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+)?(?:was|were|had|\w+ed)\b", text[match.end() :]
        ):
            continue  # ", as the United States and Mexico were bickering": a clause of when, not a name
        if text[: match.start()].count("(") > text[: match.start()].count(")"):
            continue  # "(the city formerly known as …)" names a place in passing
        if re.search(r"\b(?:now|today|formerly|once|also)\s+$", text[: match.start()]):
            continue  # "those now known as Samoa": a place's name of today, not the event's
        if re.match(r"\s+(?:an?|the)\s+[“\"]", text[match.end() :]):
            continue  # "called the Soviet Union an “evil empire”": what someone called a thing, not the event's name
        if re.match(r",\s+(?:\w+ly\s+)?[a-z]+ed\b", text[match.end() :]) and re.search(r",\s+$", text[: match.start()]):
            continue  # "investors, known as the Boston Associates, created …": the doers' name, not the event's
        if re.search(r"\bto\s+[a-z]+\s+what\s+(?:\w+\s+){0,3}$", text[: match.start()]) or re.search(
            r"\s(?:Age|Era|Period|Years|Decade)$", name
        ):
            continue  # "a commission to compile what became known as the Theodosian Code"; "… the Jazz Age"
        if named and (not back or re.search(r"\b(?:it|this)\s+the\s+$", text[: match.start(2)])):
            return name
    return ""


# "Woodrow Wilson’s Fourteen Points (1918)": a name right before a bracketed year is what the year dates.
_NAME_BEFORE_BRACKET = re.compile(
    r"(?<!\bat )(?<!\bin )(?<!\bof )(?<!\bnear )((?:[A-Z][\w’'-]*\s+(?:(?:and|of|the)\s+)*){1,5}[A-Z][\w’'-]*)\s*\($"
)


# a court case, its parties joined by "v.": "Brown v. Board of Education (1954)"
_CASE_BEFORE_BRACKET = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+(?:of\s+)?){1,4}(?:v|vs)\.\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,5}"
    r"[A-Z][\w’'.-]*)\s*\($"
)


def bracketed_name(sentence: str, mention: DateMention) -> str:
    """The name a bracketed year dates ("Fourteen Points (1918)"), or "" when the bracket
    follows a place ("at Sadowa (1866)"), a single word, or is no bracket."""
    case = _CASE_BEFORE_BRACKET.search(sentence[: mention.start])
    if case:  # "the case of Brown v. Board of Education (1954)"; "In Schechter Poultry Corp. v. United States (1935)"
        return re.sub(r"^(?:In|On|At|By|After|Before|With|Under|Following)\s+", "", case.group(1))
    match = _NAME_BEFORE_BRACKET.search(sentence[: mention.start])
    if match and match.group(1).startswith("In "):
        return ""  # "In Kell (1922), he …": the sentence's opening place or work, not a name
    return match.group(1) if match else ""


# "In 1813, Lowell and these wealthy investors, known as the Boston Associates, created …": the doers by their name
_DOERS_KNOWN_AS = re.compile(
    r"(?<=,\s)(?P<doers>[A-Z][^,;]*?),\s+(?:also\s+|later\s+)?(?:known|called)\s+as\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*),\s+(?=(?:\w+ly\s+)?[a-z]+ed\b)"
)


def doers_by_name(sentence: str, mention: DateMention) -> str:
    """The sentence with a subject that the text names in an apposition replaced by that name
    ("The Boston Associates created …"), when the date comes before it; "" otherwise."""
    found = _DOERS_KNOWN_AS.search(sentence, mention.end)
    if found is None or not re.search(r"\s[a-z]", found.group("doers")) or " " not in found.group("name"):
        return ""  # "Tomas Arvelo, known as Tomasito,": a person's other name; the text named him already
    name = found.group("name")
    return f"{sentence[: found.start()]}{name[:1].upper()}{name[1:]} {sentence[found.end() :]}"


# a body whose forming the sentence tells: "a third party known as the Populist Party formed",
# "attempted to form a third party, known as the Progressive Party"
_BODY_NAME = re.compile(r"\s(?:Party|League|Association|Society|Union|Movement|Federation|Alliance|Organization)$")
_FORMING = re.compile(r"\b(form|formed|found|founded|create|created|organize|organized|establish|established)\b")


def with_its_forming(alias: str, sentence: str) -> str:
    """ "Populist Party formed" for the name a sentence gives the body whose forming it tells;
    the name as it is otherwise."""
    if not _BODY_NAME.search(alias):
        return alias
    at = sentence.find(alias)
    verb = _FORMING.search(sentence[:at]) if at > 0 else None
    after = re.match(r"\s+(?:was\s+)?(formed|founded|created|organized|established)\b", sentence[at + len(alias) :])
    if after:
        return f"{alias.removeprefix('the ')} {after.group(1)}"
    if verb and re.search(
        r"\b(?:a|an)\s+(?:new\s+|third\s+|political\s+)*(?:party|league|association|society|union|movement)\b",
        sentence[verb.end() : at],
    ):
        done = verb.group(1) if verb.group(1).endswith("ed") else f"{verb.group(1).removesuffix('e')}ed"
        return f"{alias.removeprefix('the ')} {done}"
    return alias
