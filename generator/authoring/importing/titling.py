"""Which title an event proposal gets: a thing the date qualifies ("the University commission
of 1850"), a named event ("Battle of Midway"), else the date's own clause ("Congress ratified
the Treaty of New Echota"), with "he" or "she" standing for the person the text has named."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.authoring.event_titles import event_title
from generator.authoring.importing.by_means import means_title
from generator.authoring.importing.capitals import read_with_plain_capitals
from generator.authoring.importing.career import post_ended_title, step_title
from generator.authoring.importing.clauses import (
    ROLE_TITLES,
    done_to_name_title,
    of_date_title,
    plain_title,
    year_named_title,
)
from generator.authoring.importing.context import bracketed_name, named_subject, person_subject, with_its_name
from generator.authoring.importing.date_phrases import names_a_time
from generator.authoring.importing.deed_beside_date import deed_after_date, deed_before_date
from generator.authoring.importing.document_named import with_document_named
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
from generator.authoring.importing.roles import with_office_held
from generator.authoring.importing.serial_deeds import serial_deed_title
from generator.authoring.importing.tense import past
from generator.authoring.importing.title_finish import finished_event_title
from generator.authoring.importing.title_setting import (
    GENERIC_HEAD,
    LASTING,
    gathering_at_place,
    only_ruler,
    place_of_many,
)
from generator.authoring.importing.when_told import conceded_title, main_clause_title, since_title, when_title
from generator.authoring.importing.works import work_published
from generator.authoring.prose import DateMention

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
    role = _ROLE_THEN_NAME.search(sentence, 0, mention.start)
    if role:  # "elected their first leader, John Adams, to the presidency in 1796": elected John Adams
        name = f"{role.group(1)} "
        sentence = sentence[: role.start()] + name + sentence[role.end() :]
        shift = len(name) - (role.end() - role.start())
        mention = replace(mention, start=mention.start + shift, end=mention.end + shift)
    led = _LED_TO_DO.search(sentence, 0, mention.start)
    after = (
        re.match(r"\s+to\s+([a-z]+)\b([^;:]*)", sentence[mention.end :]) if led and led.end() == mention.start else None
    )
    if led and after and past(after.group(1)) != after.group(1):
        # "infuriated Roosevelt, leading him in 1937 to propose a court-packing plan": Roosevelt proposed it then
        sentence = f"In {mention.text}, {led.group(1)} {past(after.group(1))}{after.group(2)}"
        mention = replace(mention, start=3, end=3 + len(mention.text))
    cleft = _CLEFT.match(sentence)
    if cleft and cleft.end() <= mention.start:  # "It was here the Romans crucified Jesus in 33 CE": where is the lead
        rest = sentence[cleft.end() :]
        sentence = rest[:1].upper() + rest[1:]
        mention = replace(mention, start=mention.start - cleft.end(), end=mention.end - cleft.end())
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
    clause = conceded_title(sentence, mention, lambda text, moved: clause_title(text, moved, None, None)) or clause
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
    at = sentence.find(named, mention.end) if named else -1
    if at > 0 and names_a_time(sentence[mention.end : at]):
        named = ""  # "declared independence and two days later signed the Declaration": the later date's name
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
    # "Delaware and New Jersey ratified the document": the one the text named before
    title = with_document_named(title, " ".join([paragraph_before, *earlier, sentence[: mention.start]]))
    return finished_event_title(title, clause, sentence, mention, earlier, paragraph_before, person or last_named)


# "… infuriated Roosevelt, leading him in [1937] to propose …": the one acted on did the later deed
_LED_TO_DO = re.compile(
    r"\s((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*),\s+(?:leading|prompting|causing|forcing|driving|moving|persuading)"
    r"\s+(?:him|her|them)\s+(?:in|on)\s+$"
)
# "their first leader, John Adams,": a role the text names at once, which the name says on a timeline
_ROLE_THEN_NAME = re.compile(
    r"\b(?:their|his|her|its)\s+(?:(?:first|new|own|chosen|next|last)\s+)?"
    r"(?:leader|candidate|nominee|choice|champion|successor)\s*,\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*),\s+"
)
# "It was here (that) the Romans crucified Jesus": a cleft that puts the place first
_CLEFT = re.compile(r"It\s+was\s+(?:here|there)\s+(?:that\s+)?(?=(?:the\s+)?[A-Z])")
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


_OWNER_AS_SUBJECT = re.compile(r"\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)[’']s\s+[a-z]+\s+(?:was|were|had)\b")


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
