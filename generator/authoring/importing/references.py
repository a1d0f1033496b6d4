"""Words of a finished title that only point back to what the text named before: "the
amendment" after "an Equal Rights Amendment (ERA)", "the act’s repeal" after "the Sherman
Silver Purchase Act", "his actions" after a sentence about McCarthy.

A title is printed on a timeline, far from the sentences that named the thing; there "the
amendment" names nothing. The text's own name for it is put in its place, the last one the
paragraph gave before the title's sentence ended. Where the paragraph named none, the title
stays as it is.
"""

from __future__ import annotations

import re

from generator.authoring.importing.event_phrases import NAMED_EVENT

# Kinds of named thing a text refers to by the kind alone once it has named one.
_KINDS = (
    r"act|amendment|treaty|law|pact|agreement|accords?|bill|tariff|conference|convention|charter|doctrine|"
    r"resolution|commission|committee|organization|association|league|company|crisis|embargo|airlift|"
    r"summit|alliance|truce|armistice|offensive|operation|program|policy|plan|strike|boycott|massacre|rebellion|"
    r"uprising|revolt|raid|siege|expedition|blockade|party|canal|railroad|movement|campaign|society|club|confederacy|confederation|"
    r"volume|dispute"
)
# "the amendment", "the act’s repeal"; not "the Treaty of Paris" (a name) nor "the act of voting"
# … and "the 1773 act", which names its year but not itself
_POINTER = re.compile(rf"\b([Tt]he)\s+(?:\d{{4}}\s+)?({_KINDS})(?=’s\b|'s\b|\s|$)(?!\s+of\b)")
_NAME_WORD = r"[A-Z](?:[\w’'-]|\.(?=\w))*"  # "U.S." is one word; "Japan. The" are two sentences
_NOT_NAME = re.compile(r"^(?:(?:The|A|An|In|On|By|At|Under|After|Before|With|This|That|These|Its|Their|His|Her)\s+)+")


# "The U.S. Senate condemned …": a body, not a person, so its "his" is someone the text named before.
_BODY_AS_SUBJECT = re.compile(
    r"^The\s+(?:[A-Z][\w.’'-]*\s+){0,3}(?i:senate|court|congress|government|council|army|navy|parliament|assembly|"
    r"committee|board|party|house|legislature|jury|press|public|administration|commission|union|league|cabinet|"
    r"diet|duma)\s+(?:\w+ly\s+)?[a-z]+ed\b"
)


_PLURAL_EVENT = re.compile(r"\b(?:Hearings|Trials|Talks|Games|Riots|Papers|Accords|Negotiations|Debates)$")


# Kinds a name may carry in lower case: "the Pullman strike", but not "the Kell act"
_LOWER_CASE_KINDS = (
    "strike",
    "boycott",
    "movement",
    "rebellion",
    "revolt",
    "uprising",
    "massacre",
    "raid",
    "campaign",
    "volume",  # "the Yalta volume"
    "dispute",  # "the Oregon dispute"
)


def _last_name_of_kind(kind: str, earlier: str) -> str | None:
    """The last name the text gave a thing of this kind: "Equal Rights Amendment", "Treaty of Paris"."""
    word = kind.capitalize()
    before = [
        (m.start(), m.group(1))
        for m in re.finditer(
            rf"((?:{_NAME_WORD}\s+(?:(?:and|of|of\s+the)\s+(?={_NAME_WORD}))?)+){word}\b(?!\s+of\s+[A-Z])", earlier
        )
    ]
    of = [
        (m.start(), m.group(0))
        for m in re.finditer(rf"\b{word}\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*", earlier)
    ]
    # "the Pullman strike", "the MeToo movement": a name the text writes with the kind in lower case
    lower = [
        (m.start(), f"{m.group(1)}{kind}")
        for m in re.finditer(rf"(?<![.!?]\s)(?<!^)((?:{_NAME_WORD}\s+){{1,3}}){kind}\b(?!\s+of\s+[A-Z])", earlier)
        if kind in _LOWER_CASE_KINDS
    ]
    names = []
    for at, text in sorted(before + of + lower):
        name = _NOT_NAME.sub("", text.strip())
        if not name.endswith(kind):
            name = name if name.endswith(word) or f"{word} of " in name else f"{name} {word}"
        if len(name.split()) >= 2 and not name.startswith(word + " " + word):
            names.append((at, " ".join(name.split())))
    return names[-1][1] if names else None


def named_references(title: str, earlier: str, person: str | None) -> str:
    """``title`` with "the <kind>" named as ``earlier`` (the paragraph up to the title's
    sentence, that sentence included) last named a thing of that kind, and "his"/"her" in a
    title whose subject is no person ("The U.S. Senate condemned his actions") given the
    name of ``person``, the one the text was last about."""
    for pointer in reversed(list(_POINTER.finditer(title))):
        name = _last_name_of_kind(pointer.group(2), earlier)
        unnamed = _DATED_KIND.findall(earlier) if name is None else []
        if unnamed and unnamed[-1][1].lower() == pointer.group(2).lower():
            # "The earliest, an 1838 law in Massachusetts, … The law was repealed": the law by its year and place
            year, kind, place = unnamed[-1]
            title = f"{title[: pointer.start()]}{pointer.group(1)} {year} {place} {kind}{title[pointer.end() :]}"
            continue
        if name is None or name.casefold() in title.casefold():
            continue
        the = pointer.group(1)
        title = f"{title[: pointer.start()]}{the} {name}{title[pointer.end() :]}"
    if (
        person
        and _BODY_AS_SUBJECT.match(title)
        and not NAMED_EVENT.search(person)
        and not _PLURAL_EVENT.search(person)  # "the Army-McCarthy Hearings" is no one
        and not any(w in title for w in person.split())
    ):
        # "Martin Van Buren" is "Van Buren", "Charles de Gaulle" "de Gaulle": the particle is the surname's
        particle = re.search(r"(?:\b(?:Van|van|von|Von|de|De|du|Du|da|Da|del|Del|der|Der|la|La|le|Le)\s+)+\S+$", person)
        surname = particle.group(0) if particle else person.split()[-1]
        apostrophe = "’" if "’" in earlier else "'"
        title = re.sub(r"(?<=\s)(?:his|her)(?=\s+[a-z])", f"{surname}{apostrophe}s", title, count=1)
    apostrophe = "’" if "’" in earlier else "'"
    if person and re.match(r"The\s+family\s+[a-z]+ed\b", title) and not NAMED_EVENT.search(person):
        title = (
            f"{person}{apostrophe}s {title[4:]}"  # "When the family moved …": the family of the one the text is about
        )
    work = _WORK_BEGAN.match(title)
    structures = _STRUCTURE.findall(earlier) if work else []
    if (
        work and structures and not re.search(r"\b(?:on|of)\s", title)
    ):  # "Construction began in 1859, and the Suez Canal opened …": the canal's construction
        title = f"{work.group(1)} of the {structures[-1]}{title[work.end(1) :]}"
    its = _ITS_OFFICE.search(title)
    bodies = _BODY_NAME.findall(earlier) if its else []
    if (
        its and bodies
    ):  # "… the Kenya African Union (KAU) was founded …, and in 1947 Jomo Kenyatta assumed its leadership"
        title = f"{title[: its.start()]}{its.group(1)} of the {bodies[-1]}{title[its.end() :]}"
    office = _OFFICE_POINTER.match(title)
    holder = _last_holder(office.group(1).lower(), earlier) if office else None
    if office and holder:  # "Brant became president in 1901. … the president suffered a heart attack": Brant
        title = f"{holder}{title[office.end() :]}"
    city = _THE_CITY.search(title)
    places = (
        [
            m.group(2)
            for m in _CITY_NAMED.finditer(earlier)
            if not m.group(1)  # "captured Atahualpa" takes a man; "captured Kell" a place the text puts things in
            or re.search(rf"\b(?:in|at|to|from|near|into|outside|city\s+of)\s+{re.escape(m.group(2))}\b", earlier)
        ]
        if city
        else []
    )
    if (
        city and places and places[-1] not in title
    ):  # "… by capturing Constantinople. In 1396, the Ottomans blockaded the city"
        name = places[-1]
        title = (
            f"{title[: city.start()]}{name}{title[city.end() :]}" if city.start() else f"{name}{title[city.end() :]}"
        )
    joined = _JOINED.fullmatch(title)
    bodies = [m.group(1) for m in _JOINED_BODY.finditer(earlier)] if joined else []
    if joined and bodies:  # "… the creation of the WTO … China joined in 2001": joined the WTO
        body = re.sub(r"^The(?=\s)", "the", bodies[-1])
        title = f"{title} {body}"
    pair = _PAIR_BETWEEN.search(earlier)
    the_two = _THE_TWO.match(title)
    if pair and the_two:  # "… war between Protestant England and Catholic Spain. … the two rivals sparred": the pair
        title = f"{pair.group(1)} and {pair.group(2)}{title[the_two.end() :]}"
    return title


# "an 1838 law in Massachusetts": a thing of a kind the text dates and places but does not name
_DATED_KIND = re.compile(rf"\ban?\s+(\d{{4}})\s+({_KINDS})\s+(?:in|of)\s+([A-Z][\w’'-]+)")
_THE_TWO = re.compile(r"The\s+two\s+(?:rivals|powers|nations|countries|sides|states|empires|kingdoms)\b")
# "between Protestant England and Catholic Spain": the last pair a text set against each other
_PAIR_BETWEEN = re.compile(
    r"\bbetween\s+(?:[A-Z][a-z]+\s+)?([A-Z][\w’'-]+)\s+and\s+(?:[A-Z][a-z]+\s+)?([A-Z][\w’'-]+)(?![\s\S]*\bbetween\s)"
)


_OFFICES = r"president|emperor|empress|king|queen|pope|chancellor|premier|governor|mayor|shah|sultan|tsar|czar"
# "The president suffered …": an office as the subject, which stands for whoever the text made its holder
_OFFICE_POINTER = re.compile(rf"The\s+(?:new\s+)?({_OFFICES})(?=\s+(?!of\b|and\b|or\b|who\b|whose\b)[a-z]+)")
_PERSON = r"(?:(?:[A-Z]\.|[A-Z][\w’'-]*)\s+){0,3}[A-Z][\w’'-]+"  # "Lyndon B. Johnson", not "Hirohito. MacArthur"


def _last_holder(office: str, earlier: str) -> str | None:
    """Whom ``earlier`` last named as holding ``office``: "President Otto Brant" → "Otto Brant",
    "Brant became president" → "Brant"; None where it named no one."""
    titled = [
        (m.start(), m.group(1))
        for m in re.finditer(rf"\b{office.capitalize()}\s+({_PERSON})(?![\w’'])", earlier)
        if not re.match(r"(?:of|and|the)\b", m.group(1))
    ]
    made = [
        (m.start(), m.group(1))
        for m in re.finditer(
            rf"(?<![\w’'])({_PERSON})\s+(?:(?:became|was\s+(?:elected|crowned|proclaimed|named|inaugurated))\s+"
            rf"(?:the\s+)?(?:new\s+)?{office}|succeeded\s+(?:[A-Z][\w’'-]*\s*){{1,3}}as\s+{office})\b",
            earlier,
        )
    ]
    found = sorted(titled + made)
    if not found:
        return None
    name = _NOT_NAME.sub("", found[-1][1])
    if found[-1] in titled and " " not in name:
        return f"{office.capitalize()} {name}"  # "President Brant": the surname alone needs its office
    return name or None


_ITS_OFFICE = re.compile(r"\bits\s+(leadership|presidency|chairmanship|command|control)\b")
_BODY_NAME = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?)*[A-Z][\w’'.-]*\s+(?:Union|Party|Convention|"
    r"Association|League|Congress|Society|Organization|Movement|Army|Front|Council|Committee|Alliance|Federation))\b"
)

_WORK_BEGAN = re.compile(
    r"(Construction|Work|Building|Excavation)(?=\s+(?:began|started|resumed|ended|was\s+completed)\b)"
)
_STRUCTURE = re.compile(
    r"(?<![\w’'-])(?:the\s+)?((?:[A-Z][\w’'.-]*\s+)+(?:Canal|Railroad|Railway|Dam|Bridge|Wall|Highway|Road|Tunnel|Cathedral|"
    r"Palace|Tower))\b"
)


# "China joined": joined what the text named last, a body by its initials or its name
_JOINED = re.compile(r"[A-Z][\w’'. -]*?\s+(?:formally\s+|finally\s+|also\s+)?(?:joined|rejoined)")
_JOINED_BODY = re.compile(
    r"(?<![\w’'-])((?:the\s+)?(?:[A-Z]{2,6}(?![\w’'.-])|(?:[A-Z][\w’'.-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?)*"
    r"[A-Z][\w’'.-]*\s+(?:Union|League|Organization|Alliance|Federation|Community|Confederation|Commonwealth)\b))"
)


# "the city" a title names, which the text named last as a place taken, besieged or entered
_THE_CITY = re.compile(r"\b[Tt]he\s+(?:city|capital)\b(?!\s+of\b)(?![’']s)")
_CITY_NAMED = re.compile(
    r"\b(?:(captur(?:ing|ed)|attack(?:ing|ed)|seiz(?:ing|ed)|took|taking)|besieg(?:ing|ed)|conquer(?:ing|ed)|"
    r"surround(?:ing|ed)|reach(?:ing|ed)|enter(?:ing|ed)|sack(?:ing|ed)|(?:the\s+)?city\s+of|capital\s+city\s+of|"
    r"capital,)\s+((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)(?![\w’'-])"
)
