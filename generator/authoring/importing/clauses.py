"""Dated clauses the importer reads besides the event's own clause (see headline.py):
a date that qualifies a noun ("the University commission of 1850"), a title for an
article in another language than English, whether two places stand in one clause, and
which years in brackets are an event's date ("Sadowa (1866)", "(December, 1852) he was
Emperor") and which are a citation ("(Hannoum, 2003)"), life dates, the date of a paper
that is cited ("The Leeds Mercury of May 3, 1811") or a credit line; whether a later date of a
sentence starts a clause of its own; and the offices that stand before a person's name.
"""

from __future__ import annotations

import re

from generator.authoring.prose import DateMention
from generator.content.dates import MONTHS

MAX_WORDS = 8
# The kinds of event a name may end in ("Treaty of Nanjing", "Second Seminole War", "Balfour Note").
EVENT_NOUNS = (
    "acts?|accords?|affair|agreement|alliance|anschluss|armistice|attack|battle|blockade|campaign|charter|compact|"
    "conference|edict|convention|coup|crisis|declaration|doctrine|embargo|exhibition|exposition|incident|"
    "invasion|landings?|laws?|march|massacre|mutiny|note|offensive|operation|pact|plan|proclamation|program|protocol|"
    "purchase|putsch|raid|rebellion|revolution|riots?|siege|summit|takeover|treaty|truce|uprising|war"
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|which|who|while|where|when|after|before|as|so)\b|\s+–\s+|\s+-\s+"
    r"|\s+and\s+(?=(?:at|in|on|by)\s|[A-Z][\w’'-]*\s+(?:was|were|had|is)\b)|,\s+\w+ing\b"
)
VERB = re.compile(
    r"\b(?:(?:re|co|pre|counter)-)?(?:was|were|became|fell|died|won|lost|signed|published|founded|established|declared|announced|(?<!\bto\s)put(?=\s+(?:forward|down|an\s+end|the\s|a\s|an\s|his\s|her\s|its\s|their\s))|"
    # a past that is also a present and a noun: a verb only before what it was done to ("cut employees’ wages")
    r"(?:cut|shut|hit|spread)(?=\s+(?:off\b|down\b|back\b|the\b|its\b|their\b|his\b|her\b|[a-z]+s?[’']s?\s))|"
    r"\w+ed|began|took|left|made|met|wrote|gave|came|went|rose|ran|led|sent|held|built|broke|set|sank|shot|"
    r"coined|crossed|reached|opened|ended|married|escaped|recognised|recognized|fought|beat|struck|drove|"
    r"overthrew|withdrew|chose|spoke|stood|saw|undertook|forbade|threw|sold|bought|brought|caught|grew|flew|"
    r"became|won|bore|froze|swore|tore|wore|fled|dealt|meant|lent|spent|built|kept|slept|swept|fought|"
    r"taught|told|found|paid|said|heard|understood|rode|drew|knew|threw|slew|sat|felt|fed|bent|hid|shook|laid|lay|"
    r"arose|overran|overcame|overtook|sought|upheld|withheld|stole|sprang|swung|hung|dug|woke|rebuilt|mistook|shrank|"
    r"forbade|foresaw|forgave|forgot|stuck|spun|slid|split|quit|bid|lit|wound|rang|sang|drank|ate|wept|stung|clung|"
    r"retook|rewrote|remade)\b"
)
# Words that may stand before a year in brackets without making it a citation: "(December, 1852)".
_DATE_WORDS = {m.lower() for m in MONTHS["en"]} | {m[:3].lower() for m in MONTHS["en"]} | {"c", "ca", "circa", "in"}
_NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]+\s*$")
# "the Third Seminole War (", "the Pinckney Treaty with Spain (": an event's name, with whom or where it was
_EVENT_BEFORE = re.compile(  # … or a body that sat for those years ("the Bering Sea Claims Commission (1896-97)")
    rf"\b(?i:{EVENT_NOUNS}|arbitration|commission|tribunal|negotiations|expedition|trial)s?(?:\s+(?:with|between|of|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)?\s*$"
)
# "an age known as the Three Kingdoms (313–668 CE)": an age's name, whose years the bracket gives
ERA_NAMED_BEFORE = re.compile(
    r"\b(age|era|period|epoch)\s+(?:known\s+as|called)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*\(?$"
)
# "The Greek Dark Ages (1100–800 BCE)", "the long Eastern Zhou era (771–256 BCE)": an age that names its kind
ERA_NAMING_ITSELF = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){1,4}(?:[Pp]eriod|[Ee]ra|Ages?|[Dd]ynasty|Kingdom|Empire|Republic|Caliphate))\s*\($"
)
_NOT_A_THING = (
    r"\b(?:year|years|summer|spring|autumn|fall|winter|end|beginning|middle|evening|night|morning|afternoon|dawn"
    r"|day|days|eve|week|weeks|month|months|christmas|hard winter)\b"
)
# "the revolution of February 1848", "the University commission of 1850", "the great war of 1914–18".
_OF_DATE = re.compile(r"\b(?:the|a|an)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+of\s+$", re.IGNORECASE)


def of_date_title(sentence: str, mention: DateMention) -> str:
    """A title for a date that qualifies a noun ("the University commission of 1850"):
    the noun phrase with its date, since the date is that thing's, not the sentence's."""
    match = _OF_DATE.search(sentence[: mention.start])
    if match is None or re.search(_NOT_A_THING, match.group(1), re.IGNORECASE):
        return ""
    name = match.group(1)
    message = re.fullmatch(r"decree|letter|note|order|telegram|message|memorandum|instructions?", name)
    if re.fullmatch(r"(?!election\b)[a-z]+", name) and (mention.date.month is None or message):
        # "the treaty of 1795": which treaty, the sentence says elsewhere or not at all; "a decree of September 18,
        # 1932": what it decreed, the clause says
        return ""
    if all(word[:1].isupper() for word in name.split()) and " " in name:
        return name  # a proper name ("German-Soviet Nonaggression Pact") needs no date beside it; "Constitution of 1824" keeps it
    name = re.sub(
        r"^(?:(?:infamous|famous|notorious|so-called|great|bloody|brutal|violent|disastrous)\s+)+(?=[A-Z])", "", name
    )
    head = re.search(r"\s([A-Z][a-z]+)$", name)
    if head and not re.search(r"[A-Z]", name[: head.start()]):
        name = head.group(1)  # "the hard-currency Panic of 1837": its name is "Panic of 1837"
    month = re.fullmatch(rf"({'|'.join(MONTHS['en'])})\s+([a-z]+)", name)
    if month:  # "the November election of 1932": the election of November 1932
        return f"{month.group(2).capitalize()} of {month.group(1)} {mention.text}"
    phrase = f"{name} of {mention.text}"
    return phrase[:1].upper() + phrase[1:]


# "The 1828 tariff generated …", "the 1824 election": a thing a year names, as "the Tariff of 1828".
_YEAR_BEFORE_KIND = re.compile(
    r"^\s+(tariff|election|compromise|ordinance|convention)\b(?!\s+(?:of\b|[A-Z]|saw\b|helped\b|allowed\b|enabled\b))"
)  # "The 1924 election saw Kell win": who won is told


def year_named_title(sentence: str, mention: DateMention) -> str:
    """ "Tariff of 1828" for "The 1828 tariff …"; "" for another date."""
    kind = _YEAR_BEFORE_KIND.match(sentence[mention.end :])
    opening = re.fullmatch(r"\W*(?:(?:However|Then|Finally|Also),?\s+)?[Tt]he\s+", sentence[: mention.start])
    if kind is None or not opening or mention.until or mention.date.month:  # the sentence's subject only
        return ""
    return f"{kind.group(1).capitalize()} of {mention.text}"


# Words that lead a date in French, German and Spanish: "le 14 juillet", "am 9. November", "el 18 de julio".
_FOREIGN_LEAD = re.compile(r"(?:\b(?:le|en|au|dès|am|im|seit|el|en|desde|a)\s+)?$", re.IGNORECASE)


# "the Book of Common Prayer, published in 1549, …": a named thing and what was done to it then.
_NAME_DONE = re.compile(  # a name may hold a number: "Security Council Resolution 242"; "… Agency (CIA) formed in 1947"
    r"((?:[A-Z][\w’'-]*\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?:[A-Z][\w’'-]*|\d{1,4}\b))*)"
    r"(?:,|\s+\([A-Z]{2,6}\),?)\s+"
    r"(published|printed|founded|established|built|completed|written|drafted|signed|issued|passed|enacted|adopted|ratified|opened|created|"
    r"formed)"
    # "…, passed by the Spanish government in 1804", "…, signed by Carter, Sadat, and Begin in September 1978"
    r"\s+(?:by\s+(?:[^,;]{1,60},\s+){0,5}(?:and\s+)?[^,;]{1,60}?\s+)?(?:(?:in|on)\s+)?(?:the\s+)?$"
)


_NAME_WHAT_DONE = re.compile(
    r"((?:[A-Z][\w’'-]*\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w’'-]*)*),\s+(?:a|an)\s+[^,;]{0,80}?"
    r"\s(?:that|which)\s+was\s+(founded|established|created|formed|set up|built|opened)\s+(?:(?:in|on)\s+)?(?:the\s+)?$"
)


def done_to_name_title(sentence: str, mention: DateMention) -> str:
    """ "The Book of Common Prayer, published in 1549, laid out …" → "Book of Common Prayer
    published": the date is the named thing's, given in a participle phrase after it (or
    in a relative clause after what it is: "…, an organization … that was established in 1910")."""
    described = _NAME_WHAT_DONE.search(sentence[: mention.start])
    found = _NAME_DONE.search(sentence[: mention.start]) or described
    if found is None or len(found.group(1).split()) < 2 or found.group(1).split()[0] in ("In", "On", "By"):
        return ""
    if found is not described and re.search(
        r"[A-Z][\w’'-]*\s+(?:with|to|from|of|by|for|against|between)\s+(?:the\s+)?$", sentence[: found.start()]
    ):
        return ""  # "the Treaty of Amity with the United States, signed on …": the name is part of a longer one
    main_title = re.search(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}):\s+$", sentence[: found.start()])
    if main_title and found is not described:  # "Our Country: Its Possible Future …, published in 1885"
        return f"{main_title.group(1)} {found.group(2)}"
    work = found.group(2) in ("published", "printed", "written")  # "The Great Gatsby": the article is the work's
    name = found.group(1) if work else found.group(1).removeprefix("The ")
    return f"{name} {found.group(2)}"


def plain_title(sentence: str, mention: DateMention) -> str:
    """For an article in another language than English: the sentence's clause without
    its date, when it is short enough to print as a title ("Le peuple de Paris prend la
    Bastille"); the English rules above do not apply there."""
    start = max((m.end() for m in re.finditer(r"[;:]|,\s", sentence[: mention.start])), default=0)
    rest = sentence[mention.end :].lstrip(" ,")
    stop = re.search(r"[;:]|,\s|(?:^|\s)(?:et|und|y)\s", rest)
    before = _FOREIGN_LEAD.sub("", sentence[start : mention.start]).strip(" ,")
    after = rest[: stop.start() if stop else len(rest)].strip(" ,.")
    clause = " ".join(f"{before} {after}".split()).strip(" ,.")
    if not 2 <= len(clause.split()) <= MAX_WORDS or re.match(
        r"(?i)(?:qui|que|dont|der|die|das|den|que|cuyo)\b", clause
    ):
        return ""
    return clause[:1].upper() + clause[1:]


def same_clause(sentence: str, first: int, second: int) -> bool:
    """Whether two places of a sentence stand in one clause."""
    low, high = sorted((first, second))
    # "a Treaty of Friendship, Commerce, and Navigation": the commas of a list of names break no clause
    listed = [m.span() for m in _LISTED_WORDS.finditer(sentence)]
    return all(any(a < found.start() < b for a, b in listed) for found in _CLAUSE_BREAK.finditer(sentence, low, high))


_LISTED_WORDS = re.compile(r"\b[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+,?\s+and\s+[A-Z]")


def bracketed_date_counts(sentence: str, mention: DateMention) -> bool:
    """Whether a date inside brackets is the event's own: "Sadowa (1866)", "(December,
    1852)"; not a citation "(Hannoum, 2003)" nor life dates "Comte (1798–1857)"."""
    opening = sentence.rfind("(", 0, mention.start)
    if opening < 0 or ")" in sentence[opening : mention.start]:
        return True  # not in brackets
    words = re.findall(r"[A-Za-z]+", sentence[opening : mention.start])
    if any(w[0].isupper() and w.lower() not in _DATE_WORDS for w in words):
        return False  # an author before the year: a citation
    if re.search(r"\bet al\.|\bp\.\s*\d", sentence[opening : sentence.find(")", mention.end) + 1]):
        return False
    if (
        mention.until is not None
        and _NAME_BEFORE.search(sentence[:opening])
        and not _EVENT_BEFORE.search(sentence[:opening])
        and not ERA_NAMED_BEFORE.search(sentence[:opening])
        and not ERA_NAMING_ITSELF.search(sentence[: opening + 1])
    ):
        return False  # "Auguste Comte (1798–1857)": a person's life; "the Second Seminole War (1835–1842)" is the war's
    after = sentence[mention.end : mention.end + 12]
    if re.match(r"\s*[–-]\s*\d|\s*,\s*p", after):
        return False
    return True


# "The Leeds Mercury of May 3, 1811", "the Gazette, 4 May 1811", "in its issue of …": the date an issue
# of a paper came out, cited as the source of what follows.
PUBLICATION = re.compile(
    r"(?:\b(?:Chronicle|Gazette|Times|Journal|Post|Herald|Tribune|Magazine|Review|News|Courier|Advertiser|Mercury|"
    r"Register|Spectator|Observer|Intelligencer|Packet|Daily|Weekly|Monthly|Bulletin|Sentinel|Gazetteer)"
    r"(?:,\s*|\s+(?:of|dated|for|on)\s+)|\b(?:issue|edition|number)\s+(?:of|dated)\s+)(?:the\s+)?$"
)
# "Credit: …", "Source: …", "Courtesy of …": a picture's or a quotation's credit, not prose.
CREDIT_LINE = re.compile(
    r"^\s*(?:credits?|sources?|photo(?:graph)?|image|attribution|courtesy)\b\s*(?::|of\b)"
    r"|^\s*(?:—|–|--)\s*[A-Z][^.!?]{0,160}$",  # "—Leo Africanus, Description of Africa (1550)": a quote's source
    re.I,
)
# "Read some excerpts …", "Visit …": a pointer to other material, not an event.
TO_THE_READER = re.compile(
    r"^(?:read|visit|watch|explore|look at|see|listen to|view|browse|learn more|access|consider|compare|imagine)\b"
    # "The following lithographed poster was put out by …": what the page shows next, not an event
    r"|^(?:the|this)\s+(?:following\s+)?(?:[a-z]+\s+){0,2}(?:poster|photograph|photo|picture|image|map|cartoon|"
    r"painting|drawing|illustration|chart|graph|table|figure|excerpt|engraving|lithograph)\s+(?:was|is|shows|depicts)\b",
    re.I,
)


# "from late 1807 to early 1809": a part of a year still ends the span there
_PART_OF = r"(?:(?:early|late|mid)(?:\s+|-))?"


# "serving from March 5, 1889, until his resignation on June 4, 1892", "from June 9, 1915, until his
# appointment as Secretary of State on June 24, 1915": a term's end told by what ended it
_UNTIL_ONES_END = re.compile(
    r",?\s+until\s+(?:his|her)\s+(?:resignation|retirement|death|dismissal|appointment|election|departure)"
    r"(?:\s+(?:as|to)\s+[^,.;]{1,60}?)?\s+on\s+"
)


def year_spans(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with "between 1911 and 1915" (or "between August 1942 and February 1943")
    read as one span, not two dates."""
    spans: list[DateMention] = []
    for mention in mentions:
        last = spans[-1] if spans else None
        # "from January 21, 1949, through January 20, 1953": a term of office, day to day
        day_to_day = (
            last is not None
            and last.until is None
            and mention.until is None
            and bool(last.date.day)
            and bool(mention.date.day)
            and last.date.sort_key < mention.date.sort_key
            and (
                re.fullmatch(r",?\s+(?:to|until|through)\s+", sentence[last.end : mention.start]) is not None
                or _UNTIL_ONES_END.fullmatch(sentence[last.end : mention.start]) is not None
            )
            and re.search(r"\bfrom\s+$", sentence[: last.start], re.I) is not None
        )
        if (
            last is not None
            and (
                day_to_day
                or (
                    last.until is None
                    and mention.until is None
                    and not last.date.day
                    and not mention.date.day
                    and bool(last.date.month) == bool(mention.date.month)  # years with years, months with months
                    and last.date.sort_key < mention.date.sort_key
                    and (
                        (
                            re.fullmatch(rf"\s+and\s+{_PART_OF}", sentence[last.end : mention.start])
                            and re.search(rf"\bbetween\s+{_PART_OF}$", sentence[: last.start], re.I)
                        )
                        or (  # "the Franco-Prussian War in 1870 and 1871": two years running, one span
                            sentence[last.end : mention.start] == " and "
                            and mention.date.year == last.date.year + 1
                            and not last.date.month
                            and re.search(r"\bin\s+$", sentence[: last.start])
                        )
                        or (  # "the shortage became acute in 1777 through 1779"
                            re.fullmatch(r"\s+through\s+", sentence[last.end : mention.start])
                            and not last.date.month
                            and re.search(r"\bin\s+$", sentence[: last.start])
                        )
                        or (  # "From 1618 to 1648, the Thirty Years' War … raged"
                            re.fullmatch(rf"\s+(?:to|until|through)\s+{_PART_OF}", sentence[last.end : mention.start])
                            and re.search(rf"\bfrom\s+{_PART_OF}$", sentence[: last.start], re.I)
                        )
                    )
                )
            )
        ):
            spans[-1] = DateMention(
                last.start, mention.end, sentence[last.start : mention.end], last.date, mention.date
            )
            continue
        spans.append(mention)
    return spans


# The offices that stand before a person's name: "Secretary of State Elihu Root", "Admiral Harold Stark".
ROLE_TITLES = (
    r"(?:[A-Z][a-z]+\s+)?(?:President|Vice President|Prime Minister|Premier|Chancellor|Emperor|Empress|King|Queen|"
    r"General|Admiral|Marshal|Field Marshal|field marshal|Colonel|Commander|Secretary of State|Under-Secretary of "
    r"State|Secretary|Ambassador|Foreign Minister|Senator|Chairman|Shah|Minister|Pope|Czar|Tsar)"
)
# "a 1963 stamp": the year dates a picture or a thing made, not an event.
PICTURE_YEAR = re.compile(
    r"^\s*(?:stamp|photo|photograph|painting|poster|portrait|map|film|book|edition|print|engraving|cartoon|"
    r"illustration|image|coin|banknote|drawing|lithograph)s?\b(?!\s+[A-Z])",  # not "the 1765 Stamp Act"
    re.IGNORECASE,
)


def dates_the_event_before(sentence: str, mention: DateMention) -> bool:
    """Whether the date stands in brackets right after an event's name ("… and the Third
    Seminole War (1855–1858)"): that event's own date, though the clause has another."""
    return sentence[: mention.start].endswith("(") and bool(_EVENT_BEFORE.search(sentence[: mention.start - 1]))


# "(Fauré et al., 1999)", "(Price, 2001, p. 54)": a citation is no part of an event's detail.
CITATION = re.compile(
    r"\s*\((?:see\s+)?(?!(?:"
    + "|".join(MONTHS["en"])
    + r")\b)[A-Z][^()\d]{0,60}?,?\s(?:1[5-9]|20)\d\d[a-z]?(?:,\s*pp?\.\s*[\d–-]+)?\)"
)
# "before the War of 1812", "since the Revolution of 1848", "tensions that had led to the War of 1812": a named
# event that bounds what the sentence tells, or that it looks back to.
BOUNDING_NAME = re.compile(
    r"\b(?i:before|since|until|following|led to|leading to)\s+the\s+(?:[A-Z][\w’'-]*\s+){1,3}of\s+$"
)


def with_relative(sentence: str, mentions: list[DateMention], relative: list[DateMention]) -> list[DateMention]:
    """The sentence's own dates and those it counts from them, each starting a clause of its own."""
    kept = list(mentions)
    for mention in relative:
        before = [m for m in kept if m.end <= mention.start]
        if not before or own_clause(sentence[before[-1].end : mention.start]):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def own_clause(between: str) -> bool:
    """Whether the text between two dates holds a verb or a clause break of its own."""
    # "… in 1931 and Ethiopia in 1935": a name and its date, the verb left out, is a clause of its own
    gapped = re.fullmatch(r"\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*\s+(?:in|on)\s+", between)
    # "returned to Stanford in 1991 and from 1993 until 1999 she served …": a date that opens the next clause
    opens_next = re.fullmatch(r"\s+and\s+(?:from|between)\s+", between)
    return bool(
        re.search(r"[;:]|,\s|\band\s+(?:at|in|on)\s+[A-Z]", between) or VERB.search(between) or gapped or opens_next
    )
