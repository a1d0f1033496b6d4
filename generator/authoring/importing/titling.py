"""Which title an event proposal gets: a thing the date qualifies ("the University commission
of 1850"), a named event ("Battle of Midway"), else the date's own clause ("Congress ratified
the Treaty of New Echota"), with "he" or "she" standing for the person the text has named."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.authoring.event_titles import NAMED_EVENT, event_title
from generator.authoring.importing.by_means import means_title
from generator.authoring.importing.capitals import read_with_plain_capitals
from generator.authoring.importing.career import post_ended_title, step_title
from generator.authoring.importing.clauses import (
    ROLE_TITLES,
    VERB,
    done_to_name_title,
    of_date_title,
    plain_title,
    year_named_title,
)
from generator.authoring.importing.context import (
    bracketed_name,
    deed_after_date,
    deed_before_date,
    named_subject,
    person_subject,
    with_its_name,
)
from generator.authoring.importing.founding import founding_title
from generator.authoring.importing.frames import A_BODY, framed_title
from generator.authoring.importing.gapping import gapped_title
from generator.authoring.importing.headline import clause_title
from generator.authoring.importing.included import included_title
from generator.authoring.importing.leads import without_lead
from generator.authoring.importing.noun_events import noun_event_title
from generator.authoring.importing.participle import (
    after_doing_title,
    answered_title,
    born_title,
    document_done_title,
    named_done_title,
    opening_done_title,
    participle_title,
    thing_done_title,
)
from generator.authoring.importing.plain_deed import without_dangling_words
from generator.authoring.importing.references import named_references
from generator.authoring.importing.roles import named_role, with_office_held
from generator.authoring.importing.serial_deeds import serial_deed_title
from generator.authoring.importing.tense import past
from generator.authoring.importing.title_setting import (
    ASSENTED,
    FROM_AMOUNT,
    GENERIC_HEAD,
    LASTING,
    gathering_at_place,
    only_ruler,
    place_of_many,
    with_opening_place,
    with_owning_body,
)
from generator.authoring.importing.when_told import main_clause_title, since_title, when_title
from generator.authoring.importing.works import work_published
from generator.authoring.prose import DateMention
from generator.content.dates import MONTHS

# "Following a two-year rotation in the Marine Corps from 1952 to 1954, …": a phrase with its own time, before
# a main clause that has its own
_SCENE_WITH_ITS_TIME = re.compile(r"\W*(?:Following|After|Before|During|Upon)\s+(?:an?|the)\s+[^,;]*$")
# "The first African-American to enter the Foreign Service was Clifford R. Wharton in …": a first, inverted
_THE_FIRST_WAS = re.compile(
    r"\W*The\s+first\s+([^,;:]{3,80}?)\s+(?:was|were)\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:in|on)\s+"
)


# "… in April of 1959, only weeks before his death on May 24, 1959", "After his death in 395, …": the date is the
# death's (not "until his death on …", a bound)
_OWN_DEATH_ON = re.compile(
    r"\d[^;]*?(?<![Uu]ntil\s)(?<![Aa]fter\s)(?<![Ff]ollowing\s)\b(?:his|her)\s+death\s+(?:on|in)\s+$"
    r"|^\W*(?:After|Following|Upon)\s+(?:his|her)\s+death\s+(?:on|in)\s+$"  # "After his death in 395, power passed …"
)
# "Frelinghuysen served as Secretary of State until the end of Arthur’s term and died shortly afterwards in Newark,
# New Jersey, on May 20, 1885": the death is the date's, and the sentence's subject died
_AND_DIED = re.compile(
    r"^\W*(?!(?:A|An|The|In|On|At|By|After|Before|When|While|During|Following|Later)\b)"
    r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+[a-z]+\b[^;:]*?\band\s+died"
    r"(?:\s+(?:shortly|soon|not\s+long)\s+(?:afterwards?|after|thereafter))?"
    r"((?:\s+(?:in|at|near)\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*)?),?\s+(?:on|in)\s+$"
)
# "… continued working in international law until his death on October 30, 1928": in the life of the one the
# section is about, the work's end is his death
_UNTIL_OWN_DEATH = re.compile(r"\buntil\s+(?:his|her)\s+death\s+(?:on|in)\s+$")


@read_with_plain_capitals
def event_title_of(
    sentence: str,
    mention: DateMention,
    heading: str | None,
    person: str | None,
    language: str,
    earlier: list[str],
    last_named: str | None = None,
    paragraph_before: str = "",
) -> str:
    """The event's title: a thing the date qualifies, a named event, else its clause
    (``earlier``: the paragraph's sentences before this one, for "he" and "the act";
    ``paragraph_before``: the part's paragraph before, for "the act" a paragraph opens with;
    ``last_named``: the last person the part named as a subject, for "he")."""
    if language != "en":
        return plain_title(sentence, mention)
    # "Edward R. Stettinius, Jr. immediately began …": the suffix is the name's, and its comma ends no clause
    # (spaces in the comma's and the period's places, so that every position stays)
    sentence = re.sub(r",(\s+(?:Jr|Sr))\.(?=\s+[a-z])", r" \1 ", sentence)
    # "… with the “London Declaration on a Transformed North Atlantic Alliance.”": the quotation closes, then the
    # sentence (two characters change places, so that every position stays)
    sentence = re.sub(r"([.!?])([”’\"])$", r"\2\1", sentence)
    # "arrived at the Consulate at 5, Place de l’Hotel de Ville in January 1907": an address's comma ends no clause
    sentence = re.sub(
        r"\b(\d{1,4}),(?=\s+(?:rue|avenue|place|boulevard|quai|Rue|Avenue|Place|Boulevard|Quai)\b)", r"\1 ", sentence
    )
    # "held a series of positions prior to retiring in 1928": "before" in the same eight places
    sentence = re.sub(r"\bprior to(?=\s+(?:\w+ly\s+)?[a-z]{3,}ing\b)", "before  ", sentence)
    # "As discussed above, …": a pointer to the text, blanked so that the positions stay
    said = _AS_SAID.match(sentence)
    if said and said.end() <= mention.start:  # what follows opens the sentence, with a capital
        rest = sentence[said.end() :]
        calling = re.match(r"[a-z]+\s+[A-Z]", rest)  # "writer Edith Wharton": a calling before a name stays as it is
        sentence = rest if calling else rest[:1].upper() + rest[1:]
        mention = replace(mention, start=mention.start - said.end(), end=mention.end - said.end())
    sentence, mention = without_lead(sentence, mention)  # "Born in …, 1864, Lansing graduated …"
    if re.search(
        r"\b(?:letter|report|note|memorandum|dispatch|despatch|message)\s+dated,?\s+$", sentence[: mention.start]
    ):
        return ""  # "Bartlett, in a letter dated July 13, 1778, wrote: …": a document's date, quoted for what it says
    if (
        mention.until
        and _SCENE_WITH_ITS_TIME.match(sentence[: mention.start])
        and re.match(r"\s*,\s+[^;]*\b(?:1\d{3}|20\d\d)\b", sentence[mention.end :])
    ):
        return ""  # "Following a rotation in the Marine Corps from 1952 to 1954, Baker received … in 1957": a scene
    before_date = sentence[: mention.start]
    first = _THE_FIRST_WAS.fullmatch(before_date)
    if first and re.match(r"\W*$", sentence[mention.end :]) and len(first.group(1).split()) <= 8:
        # "The first African-American to enter the Foreign Service was Clifford R. Wharton in 1925"
        return f"{first.group(2)} became the first {first.group(1)}"
    listed = included_title(sentence, mention)
    if listed:  # "…, including Operation Desert Storm in 1991", "during the rise to power of Porfirio Díaz in 1876"
        return listed
    framed = framed_title(sentence, mention, person or last_named or person_subject(earlier[-1] if earlier else ""))
    if framed is not None:
        return framed
    owner = _OWNER_AS_SUBJECT.search(before_date)  # "Calley’s sentence was reduced …, and in 1974, he was paroled"
    near = (
        named_subject(before_date)
        or (owner.group(1) if owner else None)
        or person_subject(earlier[-1] if earlier else "")
    )
    if (
        near
        and last_named
        and earlier
        and not named_subject(before_date)
        and re.match(r"\W*(?:He|She)\s", sentence)
        and re.search(rf"\b{re.escape(near)}\b.*\b{re.escape(last_named.split()[-1])}\b", earlier[-1])
    ):
        near = last_named  # "Mayor Dorr appointed Orm …. He entered into duty …": in Orm's biography, Orm
    elif (
        near
        and last_named
        and near != last_named
        and near.split()[-1] == last_named.split()[-1]
        and len(near.split()) >= 2
        and near.split()[0] != last_named.split()[0]  # two of one family, not one person named in full and short
        and re.search(r"\b(?:he|she)\b", sentence, re.IGNORECASE)
    ):
        near = last_named  # "Robert Woods Bliss … In 1920 she bought …": of the two of one family, the one meant
    ruler = None if last_named else only_ruler(earlier[-1] if earlier else "")
    if ruler and (near is None or " " not in near):  # "Kell was not the only town in which Otto IV …. He …"
        near = ruler
    dying = _OWN_DEATH_ON.search(before_date)
    # "Following his death in 1528, Mahmud Shah’s sons …": whose death the words after it say (as titled below)
    owned = re.match(r"\W*,\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*?[’']s\s", sentence[mention.end :])
    if dying and not owned and (person or last_named):  # "…, only weeks before his death on May 24, 1959": he died
        return f"{person or last_named} died"
    step = step_title(sentence, mention, lambda text, moved: clause_title(text, moved, person or last_named, near))
    if step:  # "was instrumental in founding X in 1906": helped found it; "entered X … and graduated in 1809"
        return step
    died = _AND_DIED.match(before_date)
    if died:  # "Kell served … until the end of Orm’s term and died shortly afterwards in Vell, on May 20, 1885"
        return f"{died.group(1)} died{died.group(2).rstrip(',')}"
    # … or the one the text named last, when the sentence's subject is that person ("Lansing continued …")
    subject_named = last_named and near and near.split()[-1] == last_named.split()[-1]
    if (person or subject_named) and _UNTIL_OWN_DEATH.search(before_date):
        return f"{person or last_named} died"
    serial = serial_deed_title(
        sentence, mention, lambda text, moved: clause_title(text, moved, person or last_named, near)
    )
    if serial:  # "… was nominated on …, confirmed by the Senate on …, and sworn in the next day": each its own
        return with_office_held(serial, [*earlier, sentence[: mention.start]])
    gapped = gapped_title(sentence, mention, lambda head, first: clause_title(head, first, person or last_named, near))
    if gapped is not None:  # "X granted status on May 13, Spain on June 17": one verb, a name for each date
        return gapped
    clause = clause_title(sentence, mention, person or last_named, near)
    clause = means_title(sentence, mention, clause, lambda text, moved: clause_title(text, moved, None, None)) or clause
    clause = when_title(sentence, mention, clause, lambda text, moved: clause_title(text, moved, None, None)) or clause
    clause = main_clause_title(sentence, mention, lambda text, moved: clause_title(text, moved, None, None)) or clause
    clause = since_title(sentence, mention, lambda text, moved: clause_title(text, moved, None, None)) or clause
    clause = founding_title(sentence, mention, lambda text, moved: clause_title(text, moved, None, None)) or clause
    clause = (
        born_title(sentence, mention, lambda text, moved: clause_title(text, moved, person or last_named, near))
        or clause
    )
    clause = (
        post_ended_title(sentence, mention, lambda text, moved: clause_title(text, moved, person or last_named, near))
        or clause
    )
    clause = (
        participle_title(  # "Between 1918 and 1926, he served …, mediating a dispute … in 1925": he is the text's person
            sentence, mention, clause, lambda text, moved: clause_title(text, moved, person or last_named, None)
        )
        or clause
    )
    clause = (
        answered_title(sentence, mention, clause, lambda text, moved: clause_title(text, moved, None, None)) or clause
    )
    named = event_title(sentence, mention, heading)
    nth = re.search(rf"\b(?:a|the)\s+(second|third|fourth|new)\s+{re.escape(named)}\b", sentence) if named else None
    if nth:  # "Congress passed a second Confiscation Act in July 1862": not the first one
        named = f"{nth.group(1).capitalize()} {named}"
    if _AN_OFFICE.search(named) or _AN_OFFICE_HOLDER.match(named):
        named = ""  # "served as Roosevelt’s Secretary of War from 1904 to 1908": an office held, not an event
    words = named.split()
    of_what = (
        re.search(
            rf"\b{re.escape(words[0])}\s+{re.escape(words[1].lower())}\s+of\s+([^,;:()]+?)"
            rf"(?=\s+(?:in|on|at|during)\s+(?:the\s+)?{re.escape(mention.text)}|[,;:.]|$)",
            sentence,
        )
        if len(words) == 2 and named not in sentence and not words[0].isupper()
        else None
    )
    if of_what and len(of_what.group(0).split()) <= 10:  # "the American massacre of ninety-six Christian Delawares"
        named = of_what.group(0)
    told_of = named and re.search(
        r"\b(?:updated|informed|told|briefed|reported|notified|advised|wrote)\b[^.;:]{0,60}?\b(?:on|about|of)\s+"
        rf"(?:the\s+)?(?:[a-z]+\s+)?{re.escape(named.removeprefix('The '))}",
        sentence,
        re.IGNORECASE,
    )
    if told_of and clause:  # "Seward updated Adams on the continuing siege of Vicksburg": the news, not the siege
        named = ""
    kind = GENERIC_HEAD.match(named)
    common = named and not re.search(r"\s[A-Z]", named) and re.search(rf"\b{re.escape(named.lower())}\b", sentence)
    if kind and named[kind.end() :].casefold().removeprefix("the ") in clause.casefold():
        named = ""  # "Attack on England" is the object of "Philip II launched a naval attack on England"
    elif common and named.casefold() in clause.casefold():
        named = ""  # "signed a trade agreement with Vasco da Gama": no name, and the clause says who did it
    elif (
        len(named.split()) == 2
        and not named.split()[0].isupper()  # "interim KAT agreement" is the KAT Agreement
        # "a U.S.-Japanese treaty" is still a treaty's name
        and not re.search(r"(?i:treaty|truce|pact|accord|agreement|conference|summit|war|battle|crisis)$", named)
        and named not in sentence
        # "an English law": an indefinite article says no name is meant, and so does a capital that only
        # opens the sentence ("Armed rebellion broke out"); "the Tehran conference" is one
        and (
            re.search(rf"\b(?i:a|an)\s+{re.escape(named.split()[0])}\s+{re.escape(named.split()[1].lower())}\b", clause)
            or sentence.startswith(f"{named.split()[0]} {named.split()[1].lower()} ")
        )
    ):
        named = ""  # "an English law required …": a law, not one named "English Law"; the clause tells it
    elif (
        named
        and re.match(rf"(?:The\s+)?{re.escape(named)}\s+(?!was\b|were\b|lasted\b|raged\b)\S+\s+\S+", clause)
        and LASTING.search(named)
        and not re.search(rf"{re.escape(mention.text)}\s+{re.escape(named)}", sentence)  # "the 1967 Arab-Israeli War"
    ):
        named = ""  # "The French Revolution entered its most violent phase": a stage of a long event is the title
    own = _HELPED_HIM.match(sentence[: mention.start])
    doer = person or last_named or near
    if own and doer:  # "His reputation helped him to win the presidency in 1828": he won it
        clause = f"{doer} {past(own.group(1))} {own.group(2)}"
    helped = _HELPED.match(clause)
    seen = helped and helped.group(2) == "saw" and not re.search(r"(?:ed|ing|s)$", helped.group(4))
    if helped and (
        seen or named and helped.group(1).removeprefix("The ") == named
    ):  # "The Louisiana Purchase helped …"
        helped_one = helped.group(3)[:1].upper() + helped.group(3)[1:]  # "the Republicans" opens the title
        named, clause = "", f"{helped_one} {past(helped.group(4))}{clause[helped.end() :]}"
    elif named and re.match(rf"(?:The\s+)?{re.escape(named)}\s+(?:\w+ly\s+)?{_UNDONE}", clause):
        named = ""  # "The Warsaw Pact officially disbanded": its end, not the pact, is the event
    elif (
        named
        and A_BODY.search(named)
        and re.search(
            rf"\b(?:formed|founded|established|organized|organised|created)\s+(?:the\s+)?{re.escape(named)}", clause
        )
    ):
        named = ""  # "Ghanaians formed the United Gold Coast Convention": a body's name alone tells no deed
    title = (
        place_of_many(sentence, mention)
        or opening_done_title(sentence, mention)
        or after_doing_title(sentence, mention, doer)
        or thing_done_title(sentence, mention)
        or named_done_title(sentence, mention)
        or document_done_title(sentence, mention)
        or work_published(sentence, mention, named_subject(sentence) or near)
        or bracketed_name(sentence, mention)
        or noun_event_title(sentence, mention)
        or done_to_name_title(sentence, mention)
        or deed_before_date(sentence, mention)
        or deed_after_date(sentence, mention)
        or of_date_title(sentence, mention)
        or year_named_title(sentence, mention)
        or named
        or with_its_name(clause, " ".join([*earlier, sentence]))
        or gathering_at_place(sentence, mention)
    )
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
    title = named_role(_EMPHATIC.sub(r"\1", title), [*earlier, sentence[: mention.start]])  # "Musa himself was killed"
    title = with_office_held(title, [*earlier, sentence[: mention.start]], sentence)
    title = _CONCEDED.sub("", title)
    included = re.match(r"Including\b[^,]{0,100},\s+(?=[A-Z])", title)
    title = (
        title[included.end() :] if included else title
    )  # "When Parliament tried …, including the king’s efforts …,"  # "Even though Bush proclaimed a victory in May 2003, …": the deed is dated
    title = ASSENTED.sub(r"\1 ", title)  # "Wilson agreed and immediately sent troops": the sending is the deed
    if (
        title.startswith("Election of ")
        and re.match(r"\W*In\s+the\s+election\s+of\s+$", sentence[: mention.start])
        and clause
        and not _UNPRINTABLE.search(clause)
    ):
        title = clause  # "In the election of 1808, American voters elected … James Madison": what the election did
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
    title = named_references(title, " ".join([paragraph_before, *earlier, sentence]), person or last_named)
    title = re.sub(r"\b(Jr|Sr)\b(?!\.)", r"\1.", without_dangling_words(title))  # the suffix's period, set aside above
    title = re.sub(r"(?<![\w.])((?:[A-Z]\.)+[A-Z])$", r"\1.", title)  # "earned a B.A.": the sentence's period was its
    statistic = _STATISTIC.match(title) and "percent" not in title  # a share's change keeps both its ends
    polity = _A_POLITY.fullmatch(title) and not mention.until  # a span may be the polity's years: "Mauryan Empire"
    return "" if _UNPRINTABLE.search(title) or _TWO_VERBS.search(title) or statistic or polity else title


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


_AS_SAID = re.compile(
    r"^\W*(?:As\s+(?:(?:we\s+have|you\s+have|was|were|has\s+been)\s+)?(?:discussed|mentioned|noted|seen|described|explained)"
    r"(?:\s+(?:above|earlier|before|previously|in\s+the\s+(?:previous|last)\s+(?:section|chapter)))?"
    # "For example, after Jewish people were expelled …": a word that ties the sentence to the text, no part of it
    r"|For\s+example|For\s+instance|However|Thus|Indeed|Moreover|Furthermore|In\s+fact|In\s+this\s+view|Likewise|"
    r"Similarly|Nevertheless|Nonetheless),\s+"
    # … when what follows is a subordinate clause that holds the date before any comma of its own
    r"(?=(?:after|when|before|while|although|though|once|since|because|until)\s[^,;]*\d)"
)


# (and "End of Secretary of State", made of "His tenure as Secretary of State ended": an office's end is its holder's)
_AN_OFFICE = re.compile(
    rf"^(?:End\s+of\s+)?(?:[A-Z][\w-]*[’']s\s+)?{ROLE_TITLES}(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*)*$"
)
# "appointed … by President John Quincy Adams on March 7, 1825": the one who did it, not what was done
_AN_OFFICE_HOLDER = re.compile(rf"^{ROLE_TITLES}(?:\s+[A-Z][\w.’'-]*){{1,4}}$")


# "Candidate Adams had broken served on …": two deeds' verbs run together where a cut joined them
_TWO_VERBS = re.compile(
    r"\b(?:had|has|have)\s+(?!been\b)(?:[a-z]+en|[a-z]+ed|broke|begun|gone|done)\s+[a-z]+ed\s+"
    r"(?:on|in|as|with|to|for|the|a|an|his|her|its|their)\b"
)


_CONCEDED = re.compile(r"^(?:Even\s+though|Although|Though|Even\s+if)\s+(?=\S)")
_EMPHATIC = re.compile(r"^((?:The\s+)?(?:[A-Z][\w’'.-]*\s+){1,4})(?:himself|herself|itself|themselves)\s+(?=[a-z])")


_OWNER_AS_SUBJECT = re.compile(r"\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)[’']s\s+[a-z]+\s+(?:was|were|had)\b")


# A ruler's years: "Justinian I, who was the Eastern Roman emperor from 527 to 565", "Akbar ruled from 1556 to 1605".
_REIGN = re.compile(
    r"\b(?!(?:Under|During|After|Before|Until|Since|When|In)\s)((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?:\s+of\s+[A-Z][\w’'-]*)?),?\s+(?:who\s+)?(?:ruled|reigned|whose\s+(?:long\s+|short\s+|brief\s+)?reign\s+(?:lasted|ran|extended)|was\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,3}"
    r"(?:emperor|empress|king|queen|caliph|sultan|shah|pope|khan|pharaoh|ruler))\b[^,.;]{0,30}?\s+(?:from|between)\s+$"
)


# "The Louisiana Purchase helped Jefferson win reelection in 1804", "The 1924 election saw Coolidge win
# easily": the deed dated is the one helped or seen.
_HELPED = re.compile(
    r"((?:The\s+)?(?:\d{4}\s+)?[A-Z\d][\w’'.-]*(?:\s+(?:of\s+)?[A-Za-z][\w’'.-]*)*?)\s+(helped|allowed|enabled|saw)\s+"
    r"((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:to\s+)?([a-z]+)\b"
)
_HELPED_HIM = re.compile(
    r"\W*(?:His|Her)\s+(?:\w+\s+){1,2}(?:helped|allowed|enabled)\s+(?:him|her)\s+(?:to\s+)?([a-z]+)\s+([^,;]+?)\s+(?:in|on)\s+$"
)
_UNDONE = r"(?:disbanded|dissolved|collapsed|expired|lapsed|broke\s+up|began\s+to\s+unravel|unraveled)\b"
_HAPPENED = re.compile(r"(?:The\s+)?(.+?)\s+(?:took\s+place|occurred|happened|was\s+held|were\s+held)")
_HELD_IN_WHICH = re.compile(
    r"\b(?:was|were)\s+held\s+((?:in|at)\s+which\s+[^,;.]+?)(?=\s+(?:regardless|despite|without|for\s+the\s+first)\b|[,;.]|$)"
)
_STARTED = re.compile(r"\s(began|started|decided|tried|attempted|sought|agreed|refused|continued)$")


# Titles a teacher could not print, left for the author to name: a part of a time ("Early part",
# "First half"), a "that" whose clause lost its verb ("Truman announced that negotiations"), a deed's noun
# whose object is a preposition ("Fall of to Europe").
_UNPRINTABLE = re.compile(
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
    r"acknowledged|admitted|conceded|commented|stated)$"  # a verb, not "Port Said"
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
    r"|^Whose\s",  # "Whose long reign lasted …": a relative clause cut from the name it tells of
    re.IGNORECASE,
)
