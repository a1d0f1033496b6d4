"""The last word on a finished event title: whether a teacher could print it.

A title is refused when it tells a figure or a share rather than a deed, names a state
without a deed, runs two verbs together where a cut joined them, or is one of the kinds
in ``UNPRINTABLE``: a part of a time, a witness's "I", a pointer to the text, a verb whose
object was cut. The author names those events in the review list.
"""

from __future__ import annotations

import re

from generator.authoring.prose import DateMention

# "called the Soviet Union an “evil empire” in March 1983": a state is no event of one date
_A_POLITY = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Union|States|Kingdom|Republic|Nations|Federation|Confederacy|Empire)"
)


# "The number of women working outside the home tripled", "The median income … was $20,656": a figure
# that changed or stood, which a table tells; a timeline's events are deeds.
_STATISTIC = re.compile(
    r"(?:The\s+)?(?:(?:annual|average|median|total|overall|[A-Z][a-z]+)\s+)?(?i:number|median|average|percentage|proportion|"
    r"casualties|deaths|losses|"
    r"population|life\s+expectancy|attendance|imports|exports|consumption|production|income|wages?|"
    r"toll|output|membership|enrollment|unemployment)\b[^,;]{0,60}?\s"
    r"(?:was|were|stood|rose|fell|increased|decreased|declined|doubled|tripled|quadrupled|jumped|exploded|leaped|"
    r"dropped|grew|reached|climbed|soared|skyrocketed|surged|plummeted|peaked|included|indicated|totaled|totalled|"
    r"numbered|exceeded)\b"
)


# "contributed to raising the number of block grants [from six in 1981 to fourteen in 1989]": a count's change
_COUNT_CHANGED = re.compile(
    r"\b(?:rais|increas|reduc|doubl|tripl|lower|cutt)(?:ing|ed)\s+the\s+(?:number|share|percentage|proportion|count)\s+of\b"
)


# "Candidate Adams had broken served on …": two deeds' verbs run together where a cut joined them
_TWO_VERBS = re.compile(
    r"\b(?:had|has|have)\s+(?!been\b)(?:[a-z]+en|[a-z]+ed|broke|begun|gone|done)\s+[a-z]+ed\s+"
    r"(?:on|in|as|with|to|for|the|a|an|his|her|its|their)\b"
)


# Titles a teacher could not print, left for the author to name: a part of a time ("Early part",
# "First half"), a "that" whose clause lost its verb ("Truman announced that negotiations"), a deed's noun
# whose object is a preposition ("Fall of to Europe").
UNPRINTABLE = re.compile(
    r"^(?:(?:the\s+)?(?:early|late|latter|first|second|last|middle)\s+(?:part|half|stages?|months|years|days))$"
    r"|\s+that\s+(?:the\s+|a\s+|an\s+)?[a-z]+$"
    r"|\bof\s+(?:to|from|in|on|at|by|for|with|and|or|but)\b"  # "Fall of and Vell": the next clause's words
    r"|^(?:this|that|these|those)\s+[A-Za-z]+$"  # "This Agreement": which one, the sentence before says
    # "Every Armenian in America has experienced meeting someone": the present, not a deed of the date
    r"|^[^,]*(?<!\bto)(?<!\bmay)(?<!\bmight)(?<!\bmust)(?<!\bcould)(?<!\bwould)(?<!\bshould)\s(?:has|have)\s+"
    r"(?!been\b)(?:\w+ly\s+)?[a-z]+(?:ed|en)\b"
    # "My friends rejoiced to see me", "We arrived in Orm": a witness's own words, whose "I" no timeline can print
    r"|(?-i:^(?:I|We|My|Our|Ours)\s+[a-z]|\s(?:me|my|we|us|our|ours)\b)"
    r"|\b(?:can|could|may|might)\s+be\s+traced\b"  # "The origins of … can be traced back": to a deed it names
    r"|^[^,]*[’']s\s+[a-z]+\s+(?:was|were)\s+(?-i:(?:[A-Z][\w’'.-]*\s*){1,4})$"  # "Obama’s opponent was John McCain": who
    # "U.S. census records indicated": what they indicated was cut, and the title says nothing
    r"|\b(?-i:indicated|showed|revealed|suggested|estimated|noted|argued|claimed|said|believed|feared|hoped|thought|"
    r"acknowledged|admitted|conceded|commented|stated|discussed|debated|considered)$"  # a verb, not "Port Said"
    # "Justice Scalia was documented as": what he was documented as saying was cut
    r"|\s(?:as|than|like)$"
    # "The period and the 1860s demonstrated": a stretch of time as the doer tells no deed of one date
    r"|^(?-i:(?:The|This|That)\s+(?:period|decade|era|years|century)\s)"
    # "Start of the following week", "As the election approached": a time, not what happened in it
    r"|^(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+the\s+(?:following|next|previous)\s+[a-z]+$"
    r"|^As\s+(?:the\s+)?[a-z\s]+\s+(?:approached|neared|drew\s+near|loomed|went\s+on|wore\s+on)$"
    # "The summer came to a close": time passing, not a deed
    r"|^(?:the\s+)?(?:summer|spring|winter|fall|autumn|year|decade|month|week|century|era)\s+"
    r"(?:came\s+to\s+an?\s+(?:close|end)|drew\s+to\s+a\s+close|ended|began|passed)$"
    # "Family allowances were $2.39": a figure, which a table tells
    r"|\b(?:was|were|earned)\s+(?:only\s+|about\s+|nearly\s+)?\$\d"
    # "Herbert Hoover, address delivered in Denver, Colorado": a quotation's source, not a deed
    r"|^[A-Z][\w.’'\s-]+,\s+(?:address|speech|letter|testimony|interview|remarks|diary)\b"
    r"|^[A-Z][\w-]*’s,"  # "Maryland’s, written …": the thing owned is in another sentence
    # a statistic, not an event: "The country produced thirteen thousand tons of steel", "70 percent of …"
    r"|\b(?:produced|exported|imported|recorded|numbered|totaled|totalled|employed|earned|enslaved|owned)\s+(?:only\s+|about\s+|nearly\s+|"
    r"over\s+|some\s+|more\s+than\s+|less\s+than\s+|approximately\s+)?(?:\$?\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b)"
    r"[\w\s,.-]{0,24}?\b(?:tons?|bushels|barrels|pounds|bales|yards|dollars|million|billion|inventions|patents|acres|"
    r"a\s+year|people|workers|slaves)\b"
    # "About eleven hundred people continued to be held": a count that stood
    r"|^(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|approximately\s+)?(?:[\d,.]+|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty)(?:\s+(?:hundred|thousand|million|billion))+)\s+(?:[a-z]+\s+){1,2}"
    r"(?:continued\s+to\s+be|remained)\b"
    # "Elsewhere in the famous letter quoted above": a pointer to the text, not a deed
    r"|\b(?:quoted|mentioned|discussed|described)\s+(?:above|below|earlier|previously)\b"
    # a share is a statistic; a change in one ("increased from 3 percent to nearly 19 percent") may be news
    r"|^(?!.*\b(?:increased|rose|soared|fell|dropped|declined|surged|doubled|tripled|quadrupled|jumped|plunged)\b).*\bpercent\b"
    r"|\blived\s+to\s+be\b|\bexpect(?:ed)?\s+to\s+live\b"
    # "Hannah Ingraham was eleven years old": an age, not a deed
    r"|\b(?:was|were)\s+(?:only\s+|just\s+|about\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years?\s+old$"
    # "Prices increased an average of 15–20 percent annually": a rate, which a table tells
    r"|\bpercent\s+(?:annually|a\s+year|per\s+year|each\s+year)\b"
    # "The outlook for the plan looked good": how things looked, not what happened
    r"|\b(?:looked|seemed|appeared)\s+(?:\w+ly\s+)?(?:good|bad|bleak|promising|grim|bright|hopeful|likely|unlikely)\b"
    # "Lord Byron pointed out": what he said was cut
    r"|\s(?:pointed\s+out|noted|observed|remarked|argued|claimed|explained|recounted\s+how|wrote\s+that)$"
    # "As a young anti-suffrage representative counted": a clause that only sets the scene, garbled by a cut
    r"|^(?-i:(?:As|While|Because|Although|Though|If|Unless|Whereas)\s+(?:a|an|the|he|she|they|it)\s)"
    r"|^Whose\s"  # "Whose long reign lasted …": a relative clause cut from the name it tells of
    # "The United States never recognized the independence of Rhodesia": what did not happen
    r"|^[^,]*\s(?-i:never|did\s+not)\s+(?:\w+ly\s+)?[a-z]+(?:ed)?\b",
    re.IGNORECASE,
)


def printable(title: str, mention: DateMention) -> bool:
    """Whether ``title`` can stand on a timeline as the deed of ``mention``'s date."""
    statistic = (
        _STATISTIC.match(title) or _COUNT_CHANGED.search(title)
    ) and "percent" not in title  # a share's change keeps both its ends
    polity = _A_POLITY.fullmatch(title) and not mention.until  # a span may be the polity's years: "Mauryan Empire"
    return not (UNPRINTABLE.search(title) or _TWO_VERBS.search(title) or statistic or polity)
