"""A dated clause's deed told plainly, and a title's loose end cut: "did declare" is "declared",
"was able to settle" "settled", "would begin" (told from before it) "began", "caused the
British Government to declare war" "the British Government declared war"; "… sent a letter
to Khrushchev declaring" loses "declaring"."""

from __future__ import annotations

import re

from generator.authoring.importing.tense import past, past_of_ing, without_pluperfect, without_would


def plain_deed(clause: str, dated_first: bool) -> str:
    """The clause with its deed in the simple past, as a title tells it. ``dated_first``: the
    sentence opens with its date, so a pluperfect tells that date's deed."""
    clause = re.sub(
        # "what to do with the territories": an infinitive's "do" is the verb itself
        r"(?<!\bto\s)\b(?:did|do|does)\s+(?!not\b|so\b|with\b|without\b|about\b|for\b|away\b|the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b|these\b|"
        r"those\b|we\b|they\b|he\b|she\b|it\b|nothing\b|as\b|likewise\b|too\b|same\b|well\b|more\b|much\b)([a-z]+)\b",
        lambda m: past(m.group(1)),
        clause,
        count=1,
    )  # "did declare" is "declared"
    clause = re.sub(  # "was finally able to settle its debts" is "settled its debts"
        r"\b(?:was|were)\s+(?:\w+ly\s+)?able\s+to\s+([a-z]+)\b", lambda m: past(m.group(1)), clause, count=1
    )
    clause = re.sub(  # "succeeded in forcing Fernando VII to …" is "forced Fernando VII to …"
        r"\b(?:succeeded|managed)\s+(?:in\s+|to\s+)([a-z]+)\b",
        lambda m: past_of_ing(m.group(1)) or m.group(0),
        clause,
        count=1,
    )
    # "Robert Woods Bliss was a career diplomat who arrived in Paris in February 1912": what he was is the
    # sentence's frame; what he did, its news
    clause = re.sub(
        r"^((?:(?:[A-Z][\w’'.-]*|and|of)\s+){0,8}[A-Z][\w’'.-]*)\s+was\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}who\s+"
        r"(?=(?:\w+ly\s+)?(?!was\b|had\b|is\b)[a-z]+ed\b)",
        r"\1 ",
        clause,
    )
    if dated_first:  # "In 1987, … had risen up"
        clause = without_pluperfect(clause)
    clause = without_would(clause)
    # "was sworn in as the 70th Secretary of State of the United States": the office, as a timeline names it
    clause = re.sub(
        r"\bas\s+the\s+\d+(?:st|nd|rd|th)\s+(?:U\.S\.\s+)?((?:[A-Z][\w’'-]*\s+)*(?:Secretary|President)(?:\s+of\s+State)?)"
        r"(?:\s+of\s+the\s+United\s+States)?",
        r"as \1",
        clause,
    )
    clause = _CAUSED_TO.sub(lambda m: f"{m.group(1)} {past(m.group(2))}", clause, count=1)
    clause = re.sub(  # "was among the first countries to establish relations with …" established them
        r"\b(?:was|were)\s+(?:among\s+)?the\s+first\s+(?:[a-z]+\s+){0,2}to\s+([a-z]+)\b",
        lambda m: past(m.group(1)),
        clause,
        count=1,
    )
    clause = re.sub(r"\b(was|were)\s+(?:themselves|itself|himself|herself)\s+", r"\1 ", clause)  # "were themselves"
    # "negotiated with the Russian minister in Washington for the purchase of Alaska": what was negotiated
    # is the news, with whom the text tells
    clause = re.sub(
        r"\bnegotiated\s+with\s+[^,;]{1,60}?\s+for\s+(?=the\s+[a-z]+\s+of\s)", "negotiated ", clause, count=1
    )
    clause = re.sub(  # "passed legislation creating the Bureau of …" created the bureau: the law is how
        r"\b(?:passed|enacted|approved|adopted)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:legislation|law|bill|act|measure|statute)"
        r"\s+(creating|establishing|abolishing|authorizing)\b",
        lambda m: past_of_ing(m.group(1)) or m.group(0),
        clause,
        count=1,
    )
    # "wrote the following letter to …": the text quotes it next; a title stands alone
    clause = re.sub(
        r"\bthe\s+following\s+(?=(?:letter|speech|message|statement|telegram|note|appeal|poem|address)\b)", "a ", clause
    )
    # "Japan surrendered six days later", "ordered mobilization in response": told from another event, which the
    # date already places
    clause = re.sub(
        r"(?<=[a-z])\s+(?:(?:just|only)\s+)?(?:(?:\w+|a\s+few|several)\s+(?:days|weeks|months|years)\s+later|"
        r"in\s+response|in\s+turn)$",
        "",
        clause,
    )
    similar = re.match(r"(?i:a|an)\s+similar\s+(\w)", clause)
    if similar:  # "A similar revolt … erupted in Cuba"; "a similar address" is "an address"
        article = "an" if similar.group(1).lower() in "aeiou" else "a"
        clause = article + " " + clause[similar.start(1) :]  # "A similar revolt … erupted in Cuba"
    # "was subsequently elected as a Delegate": when, after the last deed, the date says
    clause = re.sub(r"\b(was|were)\s+(?:subsequently|thereafter|afterwards?)\s+(?=[a-z]+(?:ed|en)\b)", r"\1 ", clause)
    # "Deng called for political reform as well", "protests broke out again": the text told the first time;
    # "Liechtenstein became independent again" tells a state regained, which "again" says
    if not re.search(
        r"\b(?:became|was|were)\s+(?:\w+\s+){0,2}(?:independent|sovereign|free)\s+(?:once\s+)?again$", clause
    ):
        clause = re.sub(r"(?<!\bdid)(?<!\bdo)(?<!\bso)\s+(?:as\s+well|(?:yet\s+|once\s+)?again)$", "", clause)
    # "ended almost 16 years of non-recognition" ended the non-recognition; how long it lasted is the text's to say
    return _SPAN_OF.sub(r"\1 ", clause, count=1)


_SPAN_OF = re.compile(
    r"\b(ended|closed|broke)\s+(?:(?:almost|nearly|about|some|over|more\s+than)\s+)?"
    r"(?:\d+|a\s+few|several|many|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s+"
    r"(?:years|decades|months|centuries)\s+of\s+"
)


# "the Family Compact caused the British Government to declare war on Spain": the British declared it.
_CAUSED_TO = re.compile(
    r"^.*?\b(?:\w+ly\s+)?(?:caused|led|prompted|persuaded|convinced|induced|moved)\s+"
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+to\s+"
    # "led the United States to victory": a noun after "to" is where they went, not what they did
    r"(?!(?:victory|defeat|power|war|peace|independence|freedom|safety|glory|ruin|disaster|prominence|office)\b)"
    r"(?:[a-z]+ly\s+)?([a-z]{3,})\b"  # "convinced Clinton to officially restore …": restored
)


# What a cut may leave at a title's end that says nothing: "… to Khrushchev declaring", "… citing its involvement",
# "… as a means", "… a message the evening" (of a date taken out), "began … and lasted" (until a date taken out).
_LOOSE_END = re.compile(
    r"(?:\s+(?:\w+ly\s+)?(?P<participle>[a-z]+ing)(?:\s+(?:its|his|her|their|the)\s+[a-z]+)?"
    r"|\s+as\s+(?:far\s+back|early|late|recently|long\s+ago)|\s+as(?:\s+(?:a|an|the)\s+[a-z]+)?|\s+(?:but|and|or|yet|if|unless|except|albeit|because|although|whereas)|(?P<vague>(?:\s+(?:in|on|at|by|around|from|to))?\s+(?:sometimes|sometime|just|roughly|approximately|circa|often|usually|even)|,?\s+(?:if\s+not\s+(?:earlier|before|sooner)|or\s+(?:earlier|so)|at\s+the\s+latest))|(?P<lasting>\s+and\s+(?:lasted|continued|ran|went\s+on))|(?:\s+(?:in|on|during))?\s+(?:the|that|this)\s+(?:evening|morning|afternoon|night|day))$"
)
_ING_NOUNS = {"uprising", "rising", "meeting", "landing", "bombing", "signing", "founding", "beginning", "ending"} | {
    "building",
    "during",
    "morning",
    "evening",
    "king",
    "thing",
    "spring",
    "string",
    "wing",
    "shipping",
    "training",
    "funding",
    "fighting",
    "warning",
    "hearing",
    "shooting",
    "killing",
    "sinking",
    "crossing",
    "opening",
    "offering",
}
# Participles that report what was said: never a noun's part ("a message indicating").
_REPORTING = {
    "indicating",
    "declaring",
    "asserting",
    "stating",
    "saying",
    "demanding",
    "claiming",
    "announcing",
    "urging",
    "citing",
    "noting",
    "proposing",
    "requesting",
    "explaining",
    "arguing",
    "accusing",
    "insisting",
    "warning",
}
# "Reagan declared that the term “evil empire”": a that-clause cut inside its quotation says nothing.
_THAT_CUT_IN_QUOTE = re.compile(r"\s+that\s+[^“”]{0,40}“[^”]*”\s*$")


_CAUSED_AGENT_CUT = re.compile(
    r"\s+(?:that|which)\s+(?:allowed|permitted|enabled|required|obliged|forced|authorized|compelled|invited|urged)"
    r"\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$"
)

_OPENED_WITH_HEAD = re.compile(
    r"\b(established|opened|reopened)\s+with\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*(?:,\s+(?:Jr|Sr)\.?)?$"
)


def without_loose_end(title: str) -> str:
    """The title without what a cut left dangling at its end; "" when nothing whole is left."""
    # "signed a treaty that allowed the United States [to build a canal]": the clause lost its deed
    title = _CAUSED_AGENT_CUT.sub("", title)
    # "The Embassy in Berlin was established [on December 9, 1974,] with Brandon H. Grove, Jr.[, as Chargé]": who
    # headed it, its role cut
    title = _OPENED_WITH_HEAD.sub(r"\1", title)
    # "presented his credentials [on August 2, 1960,] to take effect [the following day]": when it did, cut
    title = re.sub(r",?\s+to\s+(?:take\s+effect|become\s+effective)$", "", title)
    cut = _THAT_CUT_IN_QUOTE.search(title) or _LOOSE_END.search(title)
    if cut is None:
        return title
    if re.match(r"\s+as\s+an?\s", cut.group(0)) and re.search(
        r"\b(?:itself|himself|herself|themselves)$", title[: cut.start()]
    ):
        return title  # "the settlement constituted itself as a republic": as what, whole
    participle = cut.groupdict().get("participle")
    if participle:
        before = title[: cut.start("participle")].split()
        reporting = participle in _REPORTING
        if participle in _ING_NOUNS or not before or not (before[-1][:1].isupper() or reporting):
            return title  # only after a name is it surely a participle: "… to Khrushchev declaring", not "drug trafficking"
    rest = title[: cut.start()]
    # "The trials began" is whole; "The trials began and" not; "Paris was liberated [just two months later]" is,
    # but not "The invasion began [just …]"
    named = cut.groupdict().get("vague") and not re.match(r"(?:The|A|An|It|This|That)\s", rest)
    whole = 3 if cut.groupdict().get("lasting") or named else 4
    return rest if len(rest.split()) >= whole else ""


# What a cut can leave at either end of a title, whichever rule made it: a preposition whose
# object was the date ("… reached Mesopotamia by", "… continued to be celebrated until"), a
# preposition before a verb once the date between them went ("settlements in China, from were
# located"), a participle that led in to the date ("Beginning the grasslands …").
_DANGLING_END = re.compile(  # "… resided at Buenos Aires until about": the date's lead "about" too
    r"(?:\s+(?:in|on|at|by|near|from|to|into|of|for|with|until|till|through|than|since|between|during|the|a|an|"
    r"about|around|circa|approximately))+$"
)
_PREPOSITION_BEFORE_VERB = re.compile(r",?\s+(?:from|in|on|at|by|to|until|since)\s+(?=(?:was|were|is|are|had|has)\b)")
_DATE_LEAD = re.compile(r"^(?:Beginning|Starting|Ending)\s+(?=(?:the|a|an)\s)")
# "… gave in", "… held on": a phrasal verb's particle ends the clause whole.
_PHRASAL = {
    "gave in",
    "sworn in",
    "stepped in",
    "moved in",
    "held on",
    "went on",
    "carried on",
    "moved on",
    "signed on",
    "held out",
}


def without_dangling_words(title: str) -> str:
    """The title without the words a cut date left hanging; "" when too little is left to tell a deed."""
    title = _PREPOSITION_BEFORE_VERB.sub(" ", title)
    # "… later [that year]": its time went; "one day later" still tells when, after what the title names
    later = re.search(
        r"(?<!day)(?<!days)(?<!week)(?<!weeks)(?<!month)(?<!months)(?<!year)(?<!years)(?<!decade)(?<!decades)"
        r"\s+(?:later|earlier|afterwards?)$",
        title,
    )
    if later and len(title[: later.start()].split()) >= 3:
        title = title[: later.start()]
    lead = _DATE_LEAD.match(title)
    if lead:
        title = title[lead.end()].upper() + title[lead.end() + 1 :]
    end = _DANGLING_END.search(title)
    if end is None:
        return title
    rest, hanging = title[: end.start()], end.group(0).split()
    if len(hanging) == 1 and f"{rest.rsplit(' ', 1)[-1]} {hanging[0]}" in _PHRASAL:
        return title
    return rest if len(rest.split()) >= 3 else ""
