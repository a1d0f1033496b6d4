"""Where the clause a date stands in begins and ends, and its verb.

:mod:`~generator.authoring.importing.headline` titles an event by the clause its date
belongs to. Finding that clause is the work here: the breaks between clauses (a comma and
"and", a semicolon, "when", "before he …"), the commas that are no breaks (a place's "Long
Island, New York", the comma inside a date), the lead-ins before a subject that are skipped
("In the north,", "With the powers stalemated …,", "Although there was doubt …,"), the
asides that are blanked (brackets, relative clauses, appositions), and the main verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.predicate import AUXILIARY, verbs
from generator.authoring.prose import DateMention

# Where one clause of a sentence ends and the next begins.
CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|yet|so|while|whereas|where|which|who|after|before|as(?!\s+well\s+as\b)|when)\b|\s+and,\s|\s+[–—]\s+|\s+-\s+"
    r"|,\s+(?:\w+\s+)?which\b|\s(?:until|when|after|because|once)\s+(?=[A-Z]|(?:the|a|an)\s)|\sbefore\s+(?=(?:he|she|they|it|we)\s|[A-Z][a-z]+\s+[A-Z][a-z]+|[A-Z][a-z]+\s+(?:was|were)\s)|\sbut,\s"
    r"|\s+and\s+(?=(?:at|in|on|by)\s|(?:two|three|four|\w+)\s+(?:days|weeks|months|years)\s+later|"
    r"[A-Z][\w’'-]*\s+(?:was|were|had|is)\b)"
)

# ", relying on …" after a clause that has its verb: how or why, not the event.
_TRAILING_PARTICIPLE = re.compile(
    r",\s+(?:(?!during\b|according\b|including\b)[a-z]+ing\b|(?:followed|accompanied|preceded)\s+by\b"
    r"|[a-z]{3,}(?:ed|en|wn)\s+(?:by|for)\b)"  # ", drawn by the promise of wealth", ", written for a musical": why, not what
)

# "France, Russia, and " before a clause's start: the names before it share its verb, also
# after a "when" that opens the clause ("when Great Britain, France, and Israel invaded").
LISTED_BEFORE = re.compile(
    r"(?:(?<=^)|(?<=[,;:]\s)|(?<=\bthen\s)|(?<=\bwhen\s)|(?<=\bonce\s))(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s+)+and\s*$"
)

# "Long Island, New York in …": a place's comma, after a name and before a name that a date or place follows.
_PLACE_AFTER_COMMA = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,|\s+(?:in|on|at|during)\b)")

OPENERS = re.compile(
    r"^(?:(?:and|but|then|later|also|finally|eventually|soon|meanwhile|however|thus|thereupon|thereafter|hence|"
    r"subsequently|ultimately|"
    r"consequently|therefore|furthermore|moreover|first(?!\s+Lady\b)|second|third|in addition|nevertheless|nonetheless|instead|indeed|in the same year|"
    r"that year|the next year|the following year|a year later|later that (?:month|year)|the next (?:day|morning)|"
    r"to (?:that|this) end|in response|in return|as a result|as a postscript|as a consequence|in turn|(?:most\s+)?(?:famously|notably|importantly|significantly)|"
    r"so(?=\s+(?:(?:the|a|an)\b|(?-i:[A-Z]))))"  # "and so the Maryland legislature ratified …"
    r"\b[\s,]*)+",
    re.IGNORECASE,
)

# A lead-in phrase before the subject: "Under pressure from them, …", "In the north, …", "Two months later …".
LEADING_PHRASE = re.compile(
    # "Partly in response to these developments, …", "Largely because of the war, …": an adverb may lead it
    r"^(?:(?:[a-z]+ly\s+)?(?:under|with|despite|in spite of|for|by|in|at|on|from|of|among|after|following|during|upon|"
    r"because\s+of|due\s+to|owing\s+to|thanks\s+to)\b[^,]{0,40},\s+|"
    r"(?:along\s+with|together\s+with|aside\s+from|apart\s+from|in\s+addition\s+to)\b[^,]{0,80},\s+|(?:\w+\s+){1,2}later\b,?\s*|"
    r"(?:\w+\s+){1,2}(?:after|before)\b[^,]{0,60},\s+|"  # "ten months after political reforms began, …"
    r"[a-z]+ed\s+(?:by|at|with)\b[^,]{0,40},\s+|"  # "Stunned by the news, …": how the doer felt, not the deed
    r"(?:angry|furious|frustrated|unhappy|disappointed|dissatisfied|eager|anxious|worried|fearful|afraid|"
    r"confident|concerned)\s+(?:over|at|about|with|by|of)\b[^,]{0,50},\s+)",  # "Angry over this snub, …"
    re.IGNORECASE,
)

SUBORDINATOR = re.compile(r"^(?:(?:but\s+)?by the time|when|after|once|as soon as|as)\s+", re.IGNORECASE)

# A subordinate clause that sets the scene before the main one: "Although there was opposition …,".
_SCENE_SETTER = re.compile(r"(?i:although|though|whereas|while|because|since|if|unless|whether|even though)\b")

# "-ed" words that are a past participle of a phrase that qualifies the subject, not the verb.
# "the only connections to Berlin left to the Western Allies were …": a participle, not the verb.
_IRREGULAR_PARTICIPLES = {
    "brought",
    "bought",
    "sold",
    "caught",
    "left",
    "given",
    "sent",
    "made",
    "held",
    "built",
    "taken",
    "known",
    "seen",
    "led",
    "paid",
    "told",
}
_REDUCED_RELATIVE = re.compile(r"\s+(?:by|as|in|to|from|with|under|for)\b")

_AND_A_NAME = re.compile(r",?\s+and\s+[A-Z]")


def start_of_clause(masked: str, date_at: int) -> int:
    """Where the clause that holds the date starts: after the last clause break before it. An
    "and" before a name and "were" ("the Treaty and Covenant were defeated") breaks a clause only
    when the words before it since the last break hold a verb of their own."""
    start = 0
    for match in CLAUSE_BREAK.finditer(masked, 0, date_at):
        if _AND_A_NAME.fullmatch(match.group(0) + masked[match.end() : match.end() + 1]) and not verbs(
            masked[start : match.start()]
        ):
            continue
        start = match.end()
        phrase = (
            re.match(r"[^,;]{1,60},", masked[start:]) if re.search(r"(?:after|before)\s*$", match.group(0)) else None
        )
        after = masked[start + phrase.end() :].lstrip() if phrase else ""
        if (
            phrase and not verbs(phrase.group(0)) and not VERB.match(after)
        ):  # "before Himmler, the SS leader, ordered"  # ", after its conquest of Manchuria, the Japanese …": a lead-in
            start = match.start() + (1 if match.group(0).startswith(",") else 0)
    return start


def end_of_clause(masked: str, start: int, date_end: int) -> int:
    """Where the clause that starts at ``start`` and holds a date ending at ``date_end`` ends:
    at the next clause break (an "and" before a name only once the clause has its verb), or
    before a participle phrase that follows a clause with its verb ("…, relying on …")."""
    end = next(
        (
            m.start()
            for m in CLAUSE_BREAK.finditer(masked, date_end)
            if not _AND_A_NAME.match(masked, m.start()) or verbs(masked[start : m.start()])
        ),
        len(masked),
    )
    trailing = _TRAILING_PARTICIPLE.search(masked, date_end, end)
    if trailing and verbs(masked[: trailing.start()][-120:]):  # "… began as early as 1784, relying on …"
        end = trailing.start()
    # "delivered a speech on August 3, 1914 describing what was at stake": the date closes the deed
    unmarked = _PARTICIPLE_AFTER_DATE.match(masked, date_end, end) or _SOON_AFTER.match(masked, date_end)
    if unmarked and verbs(masked[start:date_end]):
        end = date_end
    return end


# "presented an ultimatum on September 22, 1862, shortly after the retreat at Antietam": another event's time
_SOON_AFTER = re.compile(r",\s+(?:shortly|soon|just|immediately|only|right|long)\s+(?:after|before)\b")

_PARTICIPLE_AFTER_DATE = re.compile(
    r"\s+(?!during\b|according\b|including\b|following\b|beginning\b|starting\b|ending\b|bring\b|king\b|"
    r"thing\b|spring\b|evening\b|morning\b|nothing\b|something\b|anything\b|everything\b)[a-z]{3,}ing\b"
)


def clause_comma(text: str, start: int, end: int) -> int:
    """The first comma between ``start`` and ``end`` that ends a clause, or -1."""
    for match in re.finditer(r",\s(?!\d)", text[start:end]):  # not the comma of "February 15, 1898"
        at = start + match.start()
        after_name = re.search(r"\b[A-Z][a-z]+$", text[:at]) is not None
        if not (after_name and _PLACE_AFTER_COMMA.match(text, at + 2)):
            return at
    return -1


def subject_before(text: str) -> str:
    """The subject of the clause ``text`` ends, which a predicate after ", and" shares
    ("Lenin abandoned war communism, and introduced the New Economic Policy in 1921")."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(text.rstrip()[:-4])), default=0)
    start = after_leads(text, start, start)
    if SUBORDINATOR.match(text[start:]) or _SCENE_SETTER.match(text[start:]):
        comma = clause_comma(text, start, len(text))  # "When the tribes refused, the government imposed …"
        start = comma + 2 if comma > 0 else start
    verb = find_verb(text[start:])
    return text[start : start + verb.start()].strip(" ,") if verb else ""


def deed_before(text: str) -> str:
    """The subject and verb of the clause ``text`` ends, which a clause without them shares
    ("the French won at Magenta on 4 June 1859 and at Solferino …" → "the French won")."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(text.rstrip()[:-3])), default=0)
    start = after_leads(text, start, start)
    verb = find_verb(text[start:])
    return text[start : start + verb.end()].strip() if verb else ""


_ROLE_NOUNS = (
    r"commander|leader|head|president|secretary|minister|governor|chief|member|founder|author|editor|ambassador|"
    r"chairman|general|admiral|director|premier|chancellor|king|queen|emperor|widow|son|daughter|brother|wife"
)
_PROPER_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*")
# A role said with an article before the name it is given ("an African American woman, Irene Morgan,").
_BEFORE_SUBJECT = re.compile(
    r"(?:^\W*|,\s*|\b(?i:when|after|as|once|before|although|though|while|because|since|until)\s+)$"
)
_ROLE_BEFORE = re.compile(
    r"(?<![\w,])(?:a|an|the|(?i:one|another)|[A-Z][\w-]*’s)\s+(?:[A-Za-z][\w’-]*\s+){0,3}[a-z][\w-]*"
    r"(?:\s+(?:from|of|in)\s+[A-Z][\w’'-]*)?$"  # "Reagan’s National Security Council aide, Oliver North,"
    r"|(?<![\w,])(?i:an?|one|another)\s+[A-Z][a-z]+(?:an|ese|ish|ch|i)$"  # "Another Italian, Amerigo Vespucci,"
)
_DISCOURSE_ASIDE = re.compile(
    r",\s+(?:however|therefore|moreover|nevertheless|furthermore|consequently|meanwhile|in turn|in fact|too|"
    r"though|as a result|in the end|at first|at last|for example|for instance|in particular|for the most part|"
    r"in effect|in short),(?=\s)",
    re.IGNORECASE,
)


def mask_asides(sentence: str, mention: DateMention | None = None) -> str:
    """The sentence with brackets and relative clauses (", who had signed them,") and short
    appositions (", long rivals,") blanked out, so positions stay those of the sentence;
    a relative clause or apposition that holds the date is the date's clause, and stays."""
    at = mention.start if mention else -1

    def blank(match: re.Match[str]) -> str:
        return match.group(0) if match.start() <= at < match.end() else " " * len(match.group(0))

    def appositions(text: str, pattern: str) -> str:
        # every candidate, overlapping ones too: ", and the Allies, now including …," holds two
        for match in re.finditer(f"(?=({pattern}))", text):
            start, end = match.start(1), match.end(1)
            inner = text[start:end]
            lead_only = len(text[:start].split()) <= 3 and not verbs(text[:start])
            role = _ROLE_BEFORE.search(text[:start]) if _PROPER_NAME.fullmatch(inner.strip(" ,")) else None
            if lead_only and _PROPER_NAME.fullmatch(inner.strip(" ,")) and not (role and role.start() == 0):
                continue  # "Further south, George Washington, accompanied by …": the name is the subject
            # a subject's role only: not "forming a new nation, Saudi Arabia, which …", nor "of the settlement, …"
            subject = role is not None and _BEFORE_SUBJECT.search(text[: role.start()]) is not None
            if role and subject and not start <= at < end and not verbs(role.group(0)):
                # "In 1944, an African American woman, Irene Morgan, was arrested": the name stands for the role
                name_at = start + inner.index(inner.strip(" ,"))
                kept = text[name_at : name_at + len(inner.strip(" ,"))]
                text = (
                    text[: role.start()]
                    + " " * (name_at - role.start())
                    + kept
                    + " " * (end - name_at - len(kept))
                    + text[end:]
                )
                continue
            after_verb = re.search(r"\b[a-z]+ed$", text[:start]) is not None  # "invaded, swiftly overwhelming …,"
            # "Monterey, California, a part of Mexico": a place's state or country, not an aside
            place = (
                re.fullmatch(r",\s+[A-Z][a-z]+,", inner.strip())
                and re.search(r"[A-Z][a-z]+$", text[:start])
                and not re.match(r"\s+(?:and|or)\s", text[end:])
            )
            # "Pompey, Crassus, and Julius Caesar formed …": a name before "and" plus a name is one of a list
            # (a list after the verb, "between Russia, France, and Britain", stays an object cut short: no title)
            listed = (
                re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}", inner.strip(" ,"))
                and re.match(r"\s+(?:and|or)\s+(?:the\s+)?[A-Z]", text[end:])
                and not verbs(text[:start])
            )
            # ", resulting in nearly 150 deaths, nineteen of them American": a participle phrase with no verb after it
            # ends the deed, and stands between no subject and its verb
            trailing = re.match(r",\s+(?!including\b|excluding\b)[a-z]{3,}ing\s", inner.lstrip()) and not verbs(
                text[end : end + 30].split(",")[0]
            )
            if not start <= at < end and inner.lstrip().startswith(",") and _is_apposition(inner) and not after_verb:
                if place or listed or trailing:
                    continue
                text = text[:start] + " " * (end - start - 1) + text[end - 1 :]  # its closing comma stays
        return text

    text = re.sub(r"\s*\([^()]*\)", lambda m: " " * len(m.group(0)), sentence)
    # "a second atomic bomb, named Fat Man, was dropped …": the thing's name is an aside
    text = re.sub(
        r",\s+(?:named|called|nicknamed|dubbed|code-?named)\s+(?:the\s+)?[A-Z“\"][^,;]*,(?=\s+(?:was|were|had|[a-z]+ed)\b)",
        blank,
        text,
    )
    # "Eisenhower considered, but ultimately rejected the idea …": the deed done is the second verb
    text = re.sub(r"\b[a-z]+ed,\s+but\s+(?:[a-z]+ly\s+)?(?=[a-z]+ed\s)", blank, text)
    # "The 1904 World’s Fair in St. Louis, Missouri, included …": a place's state goes with the place
    text = re.sub(r"(?<=[a-z]),\s+[A-Z][a-z]+,(?=\s+[a-z]+ed\s)", blank, text)
    text = _ROLE_THEN_NAME.sub(lambda m: m.group(0) if m.start() <= at < m.end() else _name_for_role(m), text)
    # "Three states—Mississippi, Florida, and Alabama—seceded": a pair of dashes encloses an aside
    text = re.sub(r"\s?—[^—;]{1,160}—\s?(?=\S)", lambda m: _dashed_aside(m, blank), text)
    # "Infighting …, however, brought down …": between a subject and its verb the aside goes whole; elsewhere its
    # last comma stays, for it ends a lead-in ("Finding Zwingli too slow …, however, Grebel established …")
    text = _DISCOURSE_ASIDE.sub(
        lambda m: " " * len(m.group(0)) if VERB.match(text, m.end() + 1) else " " * (len(m.group(0)) - 1) + ",", text
    )
    text = appositions(text, r"(?<=[^\W\d])\s*,\s+(?:a|an|the)\s[^,;]+,(?=\s+[a-z])")  # after a blanked "(SED)" too
    text = re.sub(r",\s+(?:who|which|whose)\s[^,;]+,[”’\"]?(?!\s*\d)", blank, text)  # "… “empire of liberty,”"
    # "General William Howe, commander in chief of the British forces in America, amassed …": a role, not the deed
    text = re.sub(
        rf"(?<=[A-Za-z]),\s+(?:(?:a|an|the)\s+)?(?:{_ROLE_NOUNS})\b[^,;]{{0,80}},(?=\s+[a-z])",
        lambda m: m.group(0) if verbs(m.group(0)) else blank(m),
        text,
    )
    # "F W de Klerk, in a move that surprised observers, announced …": a judgement of the deed, not the deed
    text = re.sub(
        r"(?<=[A-Za-z]),\s+in\s+(?:a|an|what)\s+(?:[a-z]+\s+){0,2}(?:move|step|decision|act|gesture|reversal|"
        r"surprise|shift)\b[^,;]{0,60},(?=\s+[a-z])",
        blank,
        text,
    )
    # "the Great Kanto Earthquake, measuring 7.8 on the Richter scale, destroyed …": what it was, not the deed
    text = re.sub(
        r"(?<=[A-Za-z]),\s+[a-z]{3,}ing\s+[^,;]{1,80},(?=\s+(?:\w+ly\s+)?(?:was|were|[a-z]+ed)\b)",
        # its comma stays, where an apposition before it would close ("the Pasha, Yusuf Qaramanli, citing …,")
        lambda m: m.group(0) if VERB.match(m.group(0).lstrip(", ")) else "," + blank(m)[1:],
        text,
    )
    # "a group of activists, including Dennis Banks, George Mitchell, and Clyde Bellecourt, convened …"
    text = re.sub(r"(?<=[A-Za-z]),\s+including\s+[^;]{1,120}?,(?=\s+(?:\w+ly\s+)?[a-z]+ed\b)", blank, text)
    # "George Washington, accompanied by Tanaghrisson, surprised …": who came along, not the deed;
    # "William Walker, along with an army of sixty mercenaries, gained control …" too
    text = re.sub(
        r"(?<=[A-Za-z]),\s+(?:(?:\w+ly\s+)?[a-z]+ed\s+by|along\s+with|together\s+with)\s+[^,;]{1,60},(?=\s+[a-z])",
        blank,
        text,
    )
    # "American voters, tired of war and dispirited by the economic downturn, elected …": how they felt
    text = re.sub(
        rf"(?<=[A-Za-z]),\s+(?:\w+ly\s+)?(?:{_FEELINGS})\s+(?:of|with|over|at|about|by)\s+[^,;]{{1,70}},"
        r"(?=\s+(?:\w+ly\s+)?[a-z]+ed\b)",
        blank,
        text,
    )
    return appositions(
        text, r"(?<=[^\W\d]),\s+(?:(?:a|an|the)\s+)?(?=[^\W\d])(?:[\w’'-]+\s+){0,5}[\w’'-]+,(?=\s+[a-z])"
    )


# How a doer felt, said between the doer and the deed.
_FEELINGS = (
    r"tired|weary|dispirited|frustrated|angered|alarmed|disappointed|disgusted|disillusioned|emboldened|outraged|"
    r"worried|concerned|frightened|shocked|dismayed|exhausted|encouraged|impatient|angry|furious|unhappy"
)


# "met with the British prime minister, Winston Churchill, off …": the name the object's role is
# given stands for the role (in its place, the rest blanked, so positions stay).
_ROLE_THEN_NAME = re.compile(
    r"(?<=\s)(?:the|his|her|their|its)\s+(?:[A-Za-z][\w-]*\s+){0,3}"
    r"(?:minister|president|king|queen|leader|general|ambassador|secretary|chancellor|premier|emperor|commander|"
    r"envoy|counterpart|successor|predecessor|rival|ally)"
    r",\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),(?=\s+[a-z])"
)


def _name_for_role(match: re.Match[str]) -> str:
    if not re.search(r"\b(?:with|to|by|for|from|against|[a-z]+ed)\s+$", match.string[: match.start()]):
        return match.group(0)  # "its leader, Tomas Arvelo, …, proclaimed": the subject is read as such
    name = match.group(1)
    return name + " " * (len(match.group(0)) - len(name) - 1) + ","


def _dashed_aside(match: re.Match[str], blank: Callable[[re.Match[str]], str]) -> str:
    """A dashed aside blanked out; before a subject ("… other capitals—without …—NATO agreed") it
    closed a lead-in, and a comma takes its place, as a comma-enclosed aside's stays."""
    blanked = blank(match)
    if blanked == match.group(0) or not re.match(r"[A-Z]|the\s", match.string[match.end() :]):
        return blanked
    return "," + blanked[1:]  # the comma where the aside began, so "capitals, NATO" keeps its space


def _is_apposition(text: str) -> bool:
    """Whether a comma-enclosed phrase between a subject and its verb is an apposition: no verb of its own."""
    inner = text.strip(", ")
    inner = re.sub(r"^((?:a|an|the)\s+)[a-z]+ly\s+", r"\1", inner)  # "a highly respected journalist": no verb
    # "a State Department official stationed at the embassy": a participle that qualifies the noun is no verb
    inner = re.sub(r"^((?:a|an|the)\s+(?:[\w.-]+\s+){0,3}[a-z]+)\s+[a-z]+ed\s+(?:at|in|near)\s.*$", r"\1", inner)
    # "a radical Islamist militant group consisting of mostly Sunni Muslims and once affiliated with al-Qaeda"
    inner = re.sub(
        r"^((?:a|an|the)\s+(?:[\w.-]+\s+){0,4}[a-z]+)\s+(?:consisting|made\s+up|composed)\s+of\s.*$", r"\1", inner
    )
    return not (
        verbs(inner)
        or OPENERS.fullmatch(inner)
        or re.match(r"(?:and|but|or|then|so|in|on|at|by|after|before|which|who|whom|whose)\b", inner)
    )


# "… would begin in Washington in December 1991,": a verb after a modal makes a clause, not a lead-in.
_MODAL_VERB = re.compile(r"\b(?:would|could|might|will|shall|can|must)\s+(?:\w+ly\s+)?[a-z]+")


# "To beef up the defenses of the United States,", "Unable or unwilling to control the military,": why or in
# what state the subject acted, before the clause.
_PURPOSE_OR_STATE_LEAD = re.compile(
    r"(?:(?:to|in order to)\s+[a-z]+\b|(?:unable|unwilling|eager|anxious|determined|reluctant|desperate|keen|"
    r"afraid|fearful|confident|aware|convinced)\b|(?:further|farther)\s+(?:north|south|east|west|inland|afield)\b)",
    re.IGNORECASE,
)


_US_STATE = re.compile(
    r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    r"Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    r"Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    r"Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    r"West Virginia|Wisconsin|Wyoming"
)


_VERB_AFTER_DATE = re.compile(r"[a-z]+ed\b(?!\s+(?:\w+ly\s+)?(?:as|by|with|at|from|for|in)\b[^,;]*,)")


def after_leads(text: str, start: int, date_at: int) -> int:
    """Where the clause starts once its lead-ins ended by a comma are skipped: "In the north,",
    "Therefore,", "Having assembled sufficient forces,", "Outnumbered,", "Between 1937 and 1941,"."""
    skipped_scene = placed = False
    for _ in range(5):
        found = re.compile(r",[”’\"]?\s").search(text, start)  # "Emboldened by Germany’s “blank check,” Austria …"
        comma, after = (found.start(), found.end()) if found else (-1, -1)
        lead = text[start:comma].strip()
        # may run long: "Amid …,", "Fanned by the fear of … in the winter of 1946–1947,"
        absolute = re.match(r"(?i:with|without|amid|amidst|[a-z]+ed\s+by)\s", text[start:]) is not None
        # "Realizing that his war policies could unleash a divisive fight within his own party …,": what he saw
        absolute = absolute or re.match(r"[A-Z][a-z]+(?:ing|ed)\s+that\s", text[start:]) is not None
        if comma < 0 or not lead or len(lead.split()) > (32 if absolute else 16):
            break
        participle = (
            re.match(
                r"(?:\w+ly\s+)?(?:\w+ing\b|\w+ed$|\w+ed\s+(?:\w+ly\s+)?(?:of|by|with|at|from|to|that|as)\b)"
                r"|(?:given|taken|driven|beaten|chosen|known|seen|thrown)\b",
                lead[:1].lower() + lead[1:],  # "Given this opposition,"
            )
            is not None
        )
        holds_date = start <= date_at < comma
        # "In a speech delivered in March 1983,": where the deed was done, dated
        framed = holds_date and re.match(
            r"(?i:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){0,2}\w+ed\s+(?:in|on)\b", lead
        )
        if holds_date and SUBORDINATOR.match(lead):
            break  # "When the Union did declare a blockade in April 1861,": the date's own clause
        # "with the powers stalemated over reparations,": the circumstances, not the deed; "Although there was
        # opposition …," before the date's clause, and the items of a list it opens ("…, deteriorating health, or …,")
        scene = re.match(
            r"(?i:with|without|amid|amidst|in\s+the\s+midst\s+of|at\s+the\s+(?:insistence|request|urging|invitation|behest)\s+of|"
            r"on\s+the\s+advice\s+of|under\s+pressure\s+from|in\s+accordance\s+with|in\s+keeping\s+with|"
            r"in\s+(?:response|reply)\s+to|in\s+retaliation\s+(?:for|against)|as\s+part\s+of)\s",
            lead,
        ) is not None or (not holds_date and comma < date_at and _SCENE_SETTER.match(lead) is not None)
        listed = skipped_scene and re.match(r"(?:or|and)\s", lead) is not None
        skipped_scene = scene or listed or (skipped_scene and not verbs(lead))
        participle = participle or scene or listed or bool(framed)
        plain = (
            not verbs(lead)
            and not _MODAL_VERB.search(lead)
            and (
                LEADING_PHRASE.match(lead + ", ")
                or OPENERS.fullmatch(lead)
                or holds_date
                or re.fullmatch(r"\w+(?:ly|ed|ing)", lead)
                or _PURPOSE_OR_STATE_LEAD.match(lead)
                # "a year and approximately two million tons of supplies later,"
                or re.search(r"\b(?:later|earlier|afterwards?)$", lead)
                # "1984" of "On February 1, 1984, amidst …,": the date's own tail, unless the verb follows it
                # ("On May 1, 1886, recognized internationally as a day for labor, …": a participle's aside)
                or (re.fullmatch(r"\d{1,4}", lead) and not re.match(_VERB_AFTER_DATE, text[after:]))
            )
        )
        # "in Seattle, Washington,": the place's state goes with the place
        state = placed and _US_STATE.fullmatch(lead) is not None
        if not (participle or plain or state):
            break
        placed = re.search(r"\b(?i:in|at|near|from)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?$", lead) is not None
        start = after
    return start


def find_verb(clause: str) -> re.Match[str] | None:
    """The clause's main verb: the first verb after its first word that is not a past
    participle qualifying the subject ("Men disguised as Mohawks boarded …")."""
    matches = [m for m in verbs(clause) if m.start() > 0]
    for index, match in enumerate(matches):
        word = match.group(0)
        later = matches[index + 1 :]
        participle = (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES) and not AUXILIARY.search(
            clause[: match.start()]
        )
        later = [m for m in later if not re.search(r"\bto\s+$", clause[: m.start()])]  # "to form": no finite verb
        later = [  # "erupted … over fear that infiltrators sought …": a verb of the that-clause is not the main one
            m for m in later if not re.search(r"\sthat\s", clause[match.end() : m.start()])
        ]
        coordinated = later and re.search(r"\sand\s+$", clause[: later[0].start()])  # "responded by …, and issued"
        named_only = re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*", clause[: match.start()].strip())
        if (
            participle
            and later
            and _REDUCED_RELATIVE.match(clause[match.end() :])
            and not coordinated
            and not named_only
        ):
            continue  # "Men disguised as Mohawks boarded …"; but "Khrushchev responded to …" is Khrushchev's deed
        if participle and re.match(r"\s+(?!and\b|or\b|but\b)[a-z]+\s+(?:was|were|had)\b", clause[match.end() :]):
            continue  # "the disputed territory was …": an adjective
        if participle and later and re.search(r"(?:[’']s?|\b(?:his|her|its|their))\s+$", clause[: match.start()]):
            continue  # "Kublai’s appointed successor … died": an adjective after its owner
        return match
    return None
