"""Where the clause a date stands in begins and ends, and its verb.

:mod:`~generator.authoring.importing.headline` titles an event by the clause its date
belongs to. Finding that clause is the work here: the breaks between clauses (a comma and
"and", a semicolon, "when", "before he …"), the commas that are no breaks (a place's "Long
Island, New York", the comma inside a date), the lead-ins before a subject that are skipped
("In the north,", "With the powers stalemated …,", "Although there was doubt …,"), the
asides that are blanked (:mod:`~generator.authoring.importing.asides`), and the main verb.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.importing.places import US_STATE
from generator.authoring.importing.predicate import (
    ONE_NAME_LIST_END,
    WORD_LIST,
    between_adjectives,
    verbs,
)

# Where one clause of a sentence ends and the next begins (not ", as consul at …": an office given, no clause).
CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|yet|so|while|whereas|where|which|who|whose(?!\s+(?:\w+\s+)?(?:reign|rule)\b)|after|before|as(?!\s+well\s+as\b)(?!\s+(?:an?\s+)?[a-z]+\s+(?:at|to|of|in|for|from)\s)|when)\b|\s+and,\s|\s+[–—]\s+|\s+-\s+"
    r"|,\s+(?:\w+\s+)?which\b|\s(?:until|when|after|because|once)\s+(?=[A-Z]|(?:the|a|an)\s|(?:their|his|her|its)\s+\w+\s+(?:was|were|had)\b)|\sbefore\s+(?=(?:he|she|they|it|we)\s|[A-Z][a-z]+\s+[A-Z][a-z]+|[A-Z][a-z]+\s+(?:was|were)\s)|\sbut,\s"
    r"|\s+and\s+(?=(?:at|in|on|by)\s|(?:from|between)\s+\d|(?:two|three|four|\w+)\s+(?:days|weeks|months|years)\s+later|"
    r"[A-Z][\w’'-]*\s+(?:was|were|had|is)\b)"
    # "was appointed Adjutant General and the Continental Congress elected him …": a body's own deed; not
    # "Madison introduced and Congress approved the Bill", one object of two deeds
    r"|(?<![a-z]ed)\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:elected|appointed|named|passed|approved|"
    r"rejected|confirmed|ratified|voted|declared)\b)"
    # "recognized the United States in 1796 and diplomatic relations … were established in 1832": a new subject
    r"|(?<=\d{4})\s+and\s+(?!(?:then|later|also|again|soon|thus|so|\w+ly)\b)"
    r"(?=(?:the\s+)?(?:[a-z][\w’'-]*\s+){1,6}(?:was|were)\s+(?:\w+ly\s+)?(?:[a-z]+ed|made|given|taken|sold|built|"
    r"held|sent|known|brought|kept|chosen|broken|written|split)\b)"  # "… and the island group was made a colony in 1916"
    # "German forces had occupied the city on April 9, 1940 and U.S. Minister Ray Atherton left …": a named doer
    r"|(?<=\d{4})\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:[a-z]+ed|left|went|came|took|gave|made|met|sent|"
    r"held|won|lost|fled|fell|became|began|arrived)\b)"
    # "… occurred in 1833 and relations between the two countries expanded through 1871": a new subject's deed
    r"|(?<=\d{4})\s+and\s+(?=(?:the\s+)?[a-z]{4,}\s+(?:between|of)\s+[^,;]{1,40}?\s+[a-z]+ed\b)"
)

_PRONOUN_CLAUSE = re.compile(r",\s+(?:he|she|they|it|we)\s+(?:\w+ly\s+)?(?:was|were|had|did|[a-z]+ed)\b")
_SUBORDINATE_OPENING = re.compile(r"(?:\w+,?\s+)?(?i:although|though|while|when|after|before|because|since|once)\s")
# ", relying on …" after a clause that has its verb: how or why, not the event.
_TRAILING_PARTICIPLE = re.compile(
    r",\s+(?:(?:thus|thereby|so)\s+)?(?:(?!during\b|according\b|including\b)[a-z]+ing\b|(?:followed|accompanied|preceded)\s+by\b"
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
    r"^(?:yet,?\s+(?:although|though)|(?:and|but|then|later|also|finally|eventually|soon|meanwhile|however|thus|thereupon|thereafter|hence|"
    r"subsequently|ultimately|together|shortly thereafter|soon after|afterward|afterwards|by then|at last|"
    r"consequently|therefore|furthermore|moreover|first(?!\s+Lady\b)|second|third|in addition|nevertheless|nonetheless|instead|indeed|in the same year|"
    r"that year|the next year|the following year|a year later|later that (?:month|year)|the next (?:day|morning)|"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|one\s+hundred|\d+)(?:\s+and\s+[a-z]+)?\s+)"
    r"(?:years|centuries|decades)\s+ago|"  # "One hundred and fifty years ago, …": how long before the author wrote
    r"as an? (?:young )?(?:man|woman|boy|girl|child|youth|teenager|student)|"  # "As a young man he served …"
    r"to (?:that|this) end|in response|in return|as a result|as a postscript|as a consequence|in turn|(?:most\s+)?(?:famously|notably|importantly|significantly)|"
    r"so(?=\s+(?:(?:the|a|an)\b|(?-i:[A-Z]))))"  # "and so the Maryland legislature ratified …"
    r"\b[\s,]*)+",
    re.IGNORECASE,
)

# A lead-in phrase before the subject: "Under pressure from them, …", "In the north, …", "Two months later …".
LEADING_PHRASE = re.compile(
    # "Partly in response to these developments, …", "Largely because of the war, …": an adverb may lead it
    r"^(?:(?:[a-z]+ly\s+)?(?:under|with|despite|in spite of|for|by|in|at|on|from|of|among|after|following|during|upon|"
    r"because\s+of|due\s+to|owing\s+to|thanks\s+to)\b[^,]{0,40}(?:,\s+[A-Z][\w’'-]*(?=,))?,\s+|"
    r"(?:along\s+with|together\s+with|aside\s+from|apart\s+from|in\s+addition\s+to|as\s+a\s+(?:result|consequence)\s+of|"
    r"prior\s+to)"
    # "Two months later", "Much later": a time, not "Evarts later joined …", whose subject comes first
    r"\b[^,]{0,80},\s+|(?:(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|centuries|century|hours?|time)|"
    r"much|soon|shortly|not\s+long|some\s+time)\s+later\b,?\s*|"
    # "For his efforts in creating the United Nations, Hull was honored …": why, not what
    r"among\s+(?:many\s+)?(?:other\s+)?(?:positions|posts|offices|roles)\b[^,]{0,60},\s+|"  # "Among many other positions …,"
    r"for\s+(?:his|her|their|its)\s+(?:efforts|work|role|services?|contributions?|leadership|part)\b[^,]{0,80},\s+|"
    r"(?:\w+\s+){1,2}(?:after|before)\b[^,]{0,60},\s+|"  # "ten months after political reforms began, …"
    r"[a-z]+ed\s+(?:by|at|with)\b[^,]{0,40},\s+|"  # "Stunned by the news, …": how the doer felt, not the deed
    r"(?:angry|furious|frustrated|unhappy|disappointed|dissatisfied|eager|anxious|worried|fearful|afraid|"
    r"confident|concerned)\s+(?:over|at|about|with|by|of)\b[^,]{0,50},\s+)",  # "Angry over this snub, …"
    re.IGNORECASE,
)

SUBORDINATOR = re.compile(r"^(?:(?:but\s+)?by the time|when|after|once|as soon as|as)\s+", re.IGNORECASE)

# A subordinate clause that sets the scene before the main one: "Although there was opposition …,".
_SCENE_SETTER = re.compile(r"(?i:although|though|whereas|while|because|since|if|unless|whether|even though)\b")


_AND_A_NAME = re.compile(r",?\s+and\s+[A-Z]")


def _in_one_name(masked: str, match: re.Match[str]) -> bool:
    """Whether a break ", and" is inside a name such as "the State, War, and Navy Building"."""
    return (
        match.group(0).startswith(",")
        and re.search(r"\b[A-Z][a-z]+,\s+[A-Z][a-z]+$", masked[: match.start()]) is not None
        and ONE_NAME_LIST_END.match(masked, match.start() + 1) is not None
    )


# "after a short stop in Salvador, Bahia,": a lead-in phrase, a place's state or country in it
_LEAD_IN_PHRASE = r"[^,;]{1,60}?(?:,\s+[A-Z][\w’'-]*(?=,))?,"


def _and_a_name(masked: str, match: re.Match[str], after_comma: bool = True) -> bool:
    """Whether a clause break is an "and" before a name ("and Israel", "and the Continental Congress"),
    which may join two subjects of one verb rather than two clauses; ``after_comma``: also ", and Israel"."""
    if after_comma and _AND_A_NAME.match(masked, match.start()):
        return True
    if _AND_A_NAME.fullmatch(match.group(0) + masked[match.end() : match.end() + 1]):
        return True
    return bool(re.fullmatch(r"\s+and\s+", match.group(0)) and re.match(r"the\s+[A-Z]", masked[match.end() :]))


_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*"
_NAME_LIST = re.compile(rf"\b{_NAME}(?:,\s+{_NAME})+,?\s+(?:and|or)\s+{_NAME}")


def start_of_clause(masked: str, date_at: int) -> int:
    """Where the clause that holds the date starts: after the last clause break before it. An
    "and" before a name and "were" ("the Treaty and Covenant were defeated") breaks a clause only
    when the words before it since the last break hold a verb of their own."""
    start = 0
    # "the leaders of Russia, Belarus, and Ukraine had declared": a list of names is one subject
    names = [m.span() for m in _NAME_LIST.finditer(masked, 0, date_at)]
    for match in CLAUSE_BREAK.finditer(masked, 0, date_at):
        if _and_a_name(masked, match, after_comma=False) and not verbs(masked[start : match.start()]):
            continue
        if any(first < match.start() < last for first, last in names):
            continue
        if _in_one_name(masked, match):
            continue
        start = match.end()
        phrase = (
            re.match(_LEAD_IN_PHRASE, masked[start:]) if re.search(r"(?:after|before)\s*$", match.group(0)) else None
        )
        after = masked[start + phrase.end() :].lstrip() if phrase else ""
        if (
            phrase and not verbs(phrase.group(0)) and not VERB.match(after)
        ):  # "before Himmler, the SS leader, ordered"  # ", after its conquest of Manchuria, the Japanese …": a lead-in
            start = match.start() + (1 if match.group(0).startswith(",") else 0)
    if masked[start - 1 : start] in (";", ":"):  # "…; although the American Medical Association was formed …"
        start += len(masked[start:]) - len(masked[start:].lstrip())
    return start


_CONCEDED_AFTER = re.compile(r",\s+(?:although|though|even\s+though)\s")


def end_of_clause(masked: str, start: int, date_end: int) -> int:
    """Where the clause that starts at ``start`` and holds a date ending at ``date_end`` ends:
    at the next clause break (an "and" before a name only once the clause has its verb), or
    before a participle phrase that follows a clause with its verb ("…, relying on …")."""
    lists = [m.span() for m in WORD_LIST.finditer(masked)]  # "burned farms, mills, and barns": one object
    lists += [m.span() for m in _NAME_LIST.finditer(masked, start)]  # "Slovenia, Croatia, and Bosnia": one subject
    end = next(
        (
            m.start()
            for m in CLAUSE_BREAK.finditer(masked, date_end)
            if (not _and_a_name(masked, m) or verbs(masked[start : m.start()]))
            and not any(first < m.start() < last for first, last in lists)
            and not _lead_in_after(masked, m, start)
            and not _in_one_name(masked, m)
        ),
        len(masked),
    )
    conceded = _CONCEDED_AFTER.search(masked, date_end, end)
    if conceded:  # "… on April 10, 1940, although the country had not yet declared …": what was not yet so
        end = conceded.start()
    trailing = _TRAILING_PARTICIPLE.search(masked, date_end, end)
    if trailing and verbs(masked[: trailing.start()][-120:]):  # "… began as early as 1784, relying on …"
        end = trailing.start()
    # "although Bancroft was recalled … in 1874 (at his own request), he was never …": the main clause after it
    main = _PRONOUN_CLAUSE.search(masked, date_end, end)
    if main and _SUBORDINATE_OPENING.match(masked[start:]) and verbs(masked[start : main.start()]):
        end = main.start()
    # "delivered a speech on August 3, 1914 describing what was at stake": the date closes the deed
    unmarked = _PARTICIPLE_AFTER_DATE.match(masked, date_end, end) or _SOON_AFTER.match(masked, date_end)
    # "graduated from Dartmouth College in 1801, began teaching school, and …": the next deed of a list
    next_deed = re.match(rf",\s+(?:then\s+)?(?:{VERB.pattern})(?!\s+by\b)", masked[date_end:end]) and re.search(
        rf",?\s+and\s+(?:then\s+)?(?:{VERB.pattern})", masked[date_end:]
    )  # a list of deeds ends in "and" and a deed of its own; not ", written by …"
    # "The mill opened in 1871 and closed in 1917": the next deed of one subject, after "and" alone
    and_next = re.match(  # "… reopened in 1973 and closed again in 1980"
        rf"\s+and\s+(?:then\s+|later\s+)?(?:{VERB.pattern})\s+(?:again\s+|permanently\s+)?(?:in|on)\s",
        masked[date_end:],
    )
    if (unmarked or next_deed or and_next) and verbs(masked[start:date_end]):
        end = date_end
    return end


def _lead_in_after(masked: str, match: re.Match[str], start: int) -> bool:
    """Whether a break ", after …," is a lead-in between an opening date and the main clause: "In 421 BCE,
    after ten years of war, the Spartans and Athenians agreed …"."""
    if not re.search(r"(?:after|before)\s*$", match.group(0)) or verbs(masked[start : match.start()]):
        return False
    phrase = re.match(_LEAD_IN_PHRASE, masked[match.end() :])
    return phrase is not None and not verbs(phrase.group(0))


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
        if not (after_name and _PLACE_AFTER_COMMA.match(text, at + 2)) and not between_adjectives(text, at):
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
    subject = text[start : start + verb.start()].strip(" ,") if verb else ""
    return re.sub(r"\s+(?:had|has|have)$", "", subject)  # "Washington had determined …": Washington


def deed_before(text: str) -> str:
    """The subject and verb of the clause ``text`` ends, which a clause without them shares
    ("the French won at Magenta on 4 June 1859 and at Solferino …" → "the French won")."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(text.rstrip()[:-3])), default=0)
    start = after_leads(text, start, start)
    verb = find_verb(text[start:])
    return text[start : start + verb.end()].strip() if verb else ""


# "… would begin in Washington in December 1991,": a verb after a modal makes a clause, not a lead-in.
_MODAL_VERB = re.compile(r"\b(?:would|could|might|will|shall|can|must)\s+(?:\w+ly\s+)?[a-z]+")


# "To beef up the defenses of the United States,", "Unable or unwilling to control the military,": why or in
# what state the subject acted, before the clause.
_PURPOSE_OR_STATE_LEAD = re.compile(
    r"(?:(?:to|in order to)\s+[a-z]+\b|(?:unable|unwilling|eager|anxious|determined|reluctant|desperate|keen|"
    r"afraid|fearful|confident|aware|convinced)\b|(?:further|farther)\s+(?:north|south|east|west|inland|afield)\b|"
    # "Formerly a part of the Holy Roman Empire, Liechtenstein …": what the subject had been, before each of its deeds
    r"(?:formerly|previously|once|originally)\s+(?:a|an|the|part)\b)",
    re.IGNORECASE,
)


_VERB_AFTER_DATE = re.compile(r"[a-z]+ed\b(?!\s+(?:\w+ly\s+)?(?:as|by|with|at|from|for|in)\b[^,;]*,)")


def after_leads(text: str, start: int, date_at: int) -> int:
    """Where the clause starts once its lead-ins ended by a comma are skipped: "In the north,",
    "Therefore,", "Having assembled sufficient forces,", "Outnumbered,", "Between 1937 and 1941,"."""
    skipped_scene = placed = False
    names = [m.span() for m in _NAME_LIST.finditer(text, start)]
    for _ in range(5):
        found = re.compile(r",[”’\"]?\s").search(text, start)  # "Emboldened by Germany’s “blank check,” Austria …"
        comma, after = (found.start(), found.end()) if found else (-1, -1)
        region = re.match(r"[A-Z][\w’'-]*(?=,\s)", text[after:]) if found else None
        if region and re.search(r"\b(?:in|at|to|from|near)\s+[A-Z][\w’'-]*$", text[start:comma]):
            comma, after = after + region.end(), after + region.end() + 2  # "after a short stop in Salvador, Bahia,"
        listed = next((last for first, last in names if first < comma < last), None)
        if listed is not None:
            # "in a coalition with Britain, Australia, and Poland, the United States began": the lead-in ends
            # after the list; "In 1991 the states of Slovenia, Croatia, and Bosnia declared": no lead-in
            found = re.compile(r",\s").match(text, listed)
            if found is None:
                break
            comma, after = found.start(), found.end()
        lead = text[start:comma].strip()
        # may run long: "Amid …,", "Fanned by the fear of … in the winter of 1946–1947,"
        absolute = re.match(r"(?i:with|without|amid|amidst|[a-z]+ed\s+by)\s", text[start:]) is not None
        # "Realizing that his war policies could unleash a divisive fight within his own party …,": what he saw
        absolute = absolute or re.match(r"[A-Z][a-z]+(?:ing|ed)\s+that\s", text[start:]) is not None
        if comma < 0 or not lead or len(lead.split()) > (32 if absolute else 16):
            break
        # "Educated in private schools,": where or under whom, too, where it opens the sentence
        opening_where = r"|[a-z]+ed\s+(?:in|under)\b" if start == 0 and lead[:1].isupper() else ""
        participle = (
            re.match(
                r"(?:\w+ly\s+)?(?:\w+ing\b|\w+ed$|\w+ed\s+(?:\w+ly\s+)?(?:of|by|with|at|from|to|that|as)\b)"
                + opening_where
                + r"|(?:given|taken|driven|beaten|chosen|known|seen|thrown)\b",
                lead[:1].lower() + lead[1:],  # "Given this opposition,"
            )
            is not None
            # "Lansing resigned on May 13, 1920": a name ending in "-ing", the subject of the verb after it
            and re.match(
                r"(?!Having|Being|Getting|Becoming)[A-Z][a-z]+ing\s+(?:[a-z]+ed|was|were|had|won|became|took|led|left|made|"
                r"wrote|gave|held|met|sent|went|came|ran|lost|signed)\b",
                lead,
            )
            is None
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
        # "To assist in the processing of this wave of immigrants,": a purpose, whose verb is no deed of the date's
        purpose = re.match(r"(?i:to|in\s+order\s+to)\s+[a-z]+\b", lead) is not None and not holds_date
        participle = participle or scene or listed or bool(framed) or purpose
        plain = (
            not verbs(lead)
            and not _MODAL_VERB.search(lead)
            # "Iceland had taken over control … on April 10, 1940,": a pluperfect is the lead's verb, the clause whole
            and not re.search(r"\b(?:had|has|have)\s+(?:\w+ly\s+)?[a-z]+(?:en|wn|ne|ed|t)\b", lead)
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
        state = placed and US_STATE.fullmatch(lead) is not None
        if not (participle or plain or state):
            break
        placed = re.search(r"\b(?i:in|at|near|from)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?$", lead) is not None
        start = after
    return start
