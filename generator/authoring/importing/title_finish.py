"""The finishing of an event title once its words are chosen.

The date is cut where it repeats the timeline's ("General election of 19 November
1933"), an aside after a dash goes, "took place" gives way to what took place, a lead-in
("As a result", "Born in Salem") and a concession ("Even though") go, a pronoun and a role
become the name the text gave, and the figure a change ends at comes along. Last, the
title is weighed by ``printable``: an empty title leaves the event for the author to name.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.event_phrases import NAMED_EVENT
from generator.authoring.importing.plain_deed import without_dangling_words
from generator.authoring.importing.references import named_references
from generator.authoring.importing.roles import named_role, with_office_held
from generator.authoring.importing.title_setting import ASSENTED, FROM_AMOUNT, with_opening_place, with_owning_body
from generator.authoring.importing.unprintable import UNPRINTABLE, printable
from generator.authoring.prose import DateMention
from generator.content.dates import MONTHS

_CONCEDED = re.compile(r"^(?:Even\s+though|Although|Though|Even\s+if)\s+(?=\S)")


_EMPHATIC = re.compile(r"^((?:The\s+)?(?:[A-Z][\w’'.-]*\s+){1,4})(?:himself|herself|itself|themselves)\s+(?=[a-z])")


# A ruler's years: "Justinian I, who was the Eastern Roman emperor from 527 to 565", "Akbar ruled from 1556 to 1605".
_REIGN = re.compile(
    r"\b(?!(?:Under|During|After|Before|Until|Since|When|In)\s)((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?:\s+of\s+[A-Z][\w’'-]*)?),?\s+(?:who\s+)?(?:ruled|reigned|whose\s+(?:long\s+|short\s+|brief\s+)?reign\s+(?:lasted|ran|extended)|was\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,3}"
    r"(?:emperor|empress|king|queen|caliph|sultan|shah|pope|khan|pharaoh|ruler))\b[^,.;]{0,30}?\s+(?:from|between)\s+$"
)


_HAPPENED = re.compile(r"(?:The\s+)?(.+?)\s+(?:took\s+place|occurred|happened|was\s+held|were\s+held)")


_HELD_IN_WHICH = re.compile(
    r"\b(?:was|were)\s+held\s+((?:in|at)\s+which\s+[^,;.]+?)(?=\s+(?:regardless|despite|without|for\s+the\s+first)\b|[,;.]|$)"
)


_STARTED = re.compile(r"\s(began|started|decided|tried|attempted|sought|agreed|refused|continued)$")


# a winner told by the mood of the win: "Democrat Andrew Jackson was triumphant"
_TRIUMPHED = re.compile(r"(.+?)\s+(?:(?:was|were)\s+(?:triumphant|victorious)|triumphed|prevailed)")


def finished_event_title(
    title: str,
    clause: str,
    sentence: str,
    mention: DateMention,
    earlier: list[str],
    paragraph_before: str,
    person: str | None,
) -> str:
    """``title`` made ready to print, or "" when what is left is no deed a teacher would print
    (``clause``: the date's clause as titled, for what an election did; ``person``: the one "he"
    or "she" stands for; the other arguments as for ``event_title_of``)."""
    short = re.sub(
        rf"\s+(?:of|in)\s+(?:\d{{1,2}}\s+)?(?:(?:{'|'.join(MONTHS['en'])})\s+)?(?:\d{{1,2}},?\s+)?(?:1\d|20)\d\d(?:[–-]\d{{2,4}})?$",
        "",
        title,
    )  # the date says it: "General election of 19 November 1933"
    aside = re.search(r"\s*—|\s+–\s", short)
    if aside and len(short[: aside.start()].split()) >= 3:  # "executed Taraki [in October]—a move that …"
        short = short[: aside.start()].rstrip(" ,")
    days = re.search(
        rf"\s+(?:of|on)\s+(?:{'|'.join(MONTHS['en'])})\s+\d{{1,2}}(?:[–-]\d{{1,2}})?(?:,?\s+(?:1\d|20)\d\d)?$", short
    )
    if days and NAMED_EVENT.search(short[: days.start()].rsplit(" ", 1)[-1]):
        short = short[: days.start()]  # "Warsaw Pact invasion of August 20–21"; not "Early hours of December 26"
    title = short if " " in short else title  # "War of 1812" is a name
    lead = re.match(r"(?:Since|Under|After|Before|During|Until|Following|Despite|In|At)\s+(?=(?:the\s+)?[A-Z])", title)
    named_case = re.search(r"\s(?:v\.|vs\.)\s", title)  # "In Morgan v. Virginia in 1946, the Court ruled …"
    if (
        lead
        and (NAMED_EVENT.search(title) or " Peace of " in title or named_case)
        and not VERB.search(title, lead.end())
    ):
        title = title[lead.end() :][:1].upper() + title[lead.end() + 1 :]  # "Under the Peace of Amasya, concluded …"
    happened = _HAPPENED.fullmatch(title)
    if happened and len(happened.group(1).split()) >= 2:  # "The first overflight of the Soviet Union took place"
        title = happened.group(1)[:1].upper() + happened.group(1)[1:]
        which = _HELD_IN_WHICH.search(sentence, mention.end)
        if which and len(title.split()) + len(which.group(1).split()) <= 10:
            title = f"{title} {which.group(1)}"  # "the first elections were held in which all could vote": which ones
    start = _STARTED.search(title)
    if start and re.search(rf"\b{start.group(1)}\s+to\s+[a-z]", sentence):
        return ""  # "The military began [to prepare …]": what was started was cut
    # "Under Elizabeth, whose long reign lasted from 1558 to 1603, …": the reign, whatever the clause made of it
    whose_reign = title.startswith("Whose ")
    reign = _REIGN.search(sentence[: mention.start]) if mention.until and (not title or whose_reign) else None
    if reign:  # "Justinian I, who was the Eastern Roman emperor from 527 to 565, …"
        return f"Reign of {reign.group(1)}"
    title = named_role(
        _EMPHATIC.sub(r"\1", title), [*earlier, sentence[: mention.start]], sentence
    )  # "Musa himself was killed"
    title = with_office_held(title, [*earlier, sentence[: mention.start]], sentence)
    title = _CONCEDED.sub("", title)
    included = re.match(r"Including\b[^,]{0,100},\s+(?=[A-Z])", title)
    title = (
        title[included.end() :] if included else title
    )  # "When Parliament tried …, including the king’s efforts …,"  # "Even though Bush proclaimed a victory in May 2003, …": the deed is dated
    title = ASSENTED.sub(r"\1 ", title)  # "Wilson agreed and immediately sent troops": the sending is the deed
    if (
        re.fullmatch(r"(?:Election\s+of\s.*|(?:Presidential|General|Midterm|Congressional)\s+election)", title)
        # "In the presidential election of 1984, candidates Ronald Reagan and George H. W. Bush began …" too
        and re.search(
            r"(?:^|,\s+(?:and\s+)?)\W*[Ii]n\s+the\s+(?:[a-z]+\s+)?election\s+of\s+$", sentence[: mention.start]
        )
        and clause
        and not UNPRINTABLE.search(clause)
        and (title.startswith("Election of ") or re.search(r"\s[A-Z]", clause))  # not "The two parties competed"
    ):
        title = clause  # "In the election of 1808, American voters elected … James Madison": what the election did
    triumph = _TRIUMPHED.fullmatch(title)
    if triumph and re.search(r"\belection\b", sentence[: mention.start]):
        title = f"{triumph.group(1)} won the election"  # "In the election of 1828, Andrew Jackson was triumphant"
    title = with_owning_body(title, sentence)
    rise = re.search(r"\bfrom\s+(?:about\s+|nearly\s+)?[\d,.]+\s+percent$", title)
    to = (
        re.search(
            rf"{re.escape(title[rise.start() :])}\s+(to\s+(?:about\s+|nearly\s+|over\s+|almost\s+)?[\d,.]+\s+percent)",
            sentence,
        )
        if rise
        else None
    )
    if to:  # "increased from 3 percent" says nothing without "to nearly 19 percent"
        title = f"{title} {to.group(1)}"
    else:  # "reduced the workday from fourteen hours": a change's start alone says less than no figure
        title = FROM_AMOUNT.sub("", title)
    title = with_opening_place(title, sentence)
    season = re.match(
        r"(?:The\s+)?(?:summer|spring|autumn|fall|winter|year|month)\s+was\s+marked\s+by\s+(\S.*)$", title
    )
    if season:  # "The summer of 1919 was marked by race riots in many cities": the riots
        title = season.group(1)[:1].upper() + season.group(1)[1:]
    if "“" not in title:
        title = re.sub(r"[\s.,;:]*”$", "", title)  # "… was regent from 1248 to 1251.”": a quotation's close
    # "founded a colony they called Plymouth": the colony by its name
    title = re.sub(
        r"\ba\s+(colony|settlement|town|city|fort|mission)\s+(?:that\s+|which\s+)?(?:they|he|she)\s+(?:called|named)\s+"
        r"(?=[A-Z])",
        r"the \1 of ",
        title,
    )
    # "The Virginia Company, a joint stock company [named for …], received a charter": who it was goes
    title = re.sub(
        r"^((?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*),\s+(?:a|an)\s+[a-z][^,]*?\s+(?=[a-z]+ed\b)", r"\1 ", title
    )
    # "… purchased a Levittown house [in 1957,] they were …": the next clause's subject, left where its verb was cut
    title = re.sub(r"(?<=[a-z])\s+(?:he|she|they|we)$", "", title)
    title = re.sub(
        r"\b([Aa])n\s+(?=[bcdfgjklmnpqrstvwxyz]|[BCDFGJKLMNPQRSTVWXYZ][a-z]+\s+[a-z])", r"\1 ", title
    )  # "an 1846 revenue bill" without its year; not the name "An Lushan Rebellion"
    # "Morgan the son moved to New York": which Morgan, the full name says
    title = re.sub(
        r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s+the\s+(?:son|elder|younger|father)\s+(?=[a-z])", r"\1 ", title
    )
    # "The earliest, a law in Massachusetts, prohibited …": the thing, not its rank
    ranked = re.match(
        r"The\s+(?:earliest|first|latest|last|second|third|next)\s*,\s+(?:an?\s+)?([^,]+),\s+(?=[a-z])", title
    )
    if ranked:
        title = f"A {ranked.group(1)} {title[ranked.end() :]}"
    lead_in = re.match(
        # "Like Carnegie, John D. Rockefeller …": a likeness leads in, too
        r"(?:As\s+a\s+(?:postscript|result|consequence)|In\s+response|In\s+turn|Like\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*"
        # "Born in Massachusetts, Warren opposed …": where the doer was born, which is not the deed
        r"|Born\s+(?:in|at|near)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),\s+(?=\S)",
        title,
    )
    if lead_in:  # "As a postscript, an irate Pancho Villa led …", kept with a subject shared by a later clause
        title = title[lead_in.end()].upper() + title[lead_in.end() + 1 :]
    born_at = re.match(r"Born\s+(?:in|at|near)\s+[^,]{1,40},\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*),\s+", sentence)
    if born_at and title.startswith(f"{born_at.group(1)}, "):  # "Born in Salem, Massachusetts, Pickering graduated …"
        title = title[len(born_at.group(1)) + 2 :]
    title = re.sub(r"\b(in|on|at|of|the|to|a|an|for|by|with|from)\s+\1\b", r"\1", title)  # "died in in battle": a slip

    if re.match(r"[\s—–-]", title):
        return ""  # "— attributed to Aspalta": what follows a dash is an aside, not a deed
    title = named_references(title, " ".join([paragraph_before, *earlier, sentence]), person)
    title = re.sub(r"\b(Jr|Sr)\b(?!\.)", r"\1.", without_dangling_words(title))  # the suffix's period, set aside above
    title = re.sub(r"(?<![\w.])((?:[A-Z]\.)+[A-Z])$", r"\1.", title)  # "earned a B.A.": the sentence's period was its
    return title if printable(title, mention) else ""
