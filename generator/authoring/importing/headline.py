"""An event title from the clause its date belongs to: "its subject and its verb".

"In 1848, he and Friedrich Engels coauthored the Communist Manifesto" names no battle
or treaty, but a teacher's timeline prints "Marx and Engels coauthored the Communist
Manifesto". The clause the date stands in is taken (not a neighbouring one), the date
and its lead-in removed ("On the evening of", "Three years later,"), a subordinator
dropped when the date is in the subordinate clause ("When the emperor died on …"), a
pronoun subject replaced by the person the text has just named, a role before a name
dropped ("the shogun Tokugawa Yoshinobu" → "Tokugawa Yoshinobu"), and the predicate
cut to length (:mod:`~generator.authoring.importing.title_length`). A clause whose subject
names nothing, whose verb is left dangling, or that reports what was planned rather
than done gives no title.
"""

from __future__ import annotations

import re

from generator.authoring.event_titles import NAMED_EVENT
from generator.authoring.importing.asides import mask_asides
from generator.authoring.importing.career import AFTER_ONES_STEP, as_deed, owned_deed
from generator.authoring.importing.clause_span import (
    LEADING_PHRASE,
    LISTED_BEFORE,
    OPENERS,
    SUBORDINATOR,
    after_leads,
    clause_comma,
    deed_before,
    end_of_clause,
    find_verb,
    start_of_clause,
    subject_before,
)
from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.finished_title import CONTROL, finished_title, it_named_before
from generator.authoring.importing.participle import is_participle, participle_deed
from generator.authoring.importing.plain_deed import plain_deed
from generator.authoring.importing.predicate import deed_of_visit, last_of_list, predicate_of, verbs
from generator.authoring.importing.relative_clause import relative_antecedent, told_of_antecedent
from generator.authoring.importing.subject import named_in_apposition, subject_of
from generator.authoring.importing.tense import simple_past, told_on_its_date
from generator.authoring.importing.title_length import made_by_many, shortened
from generator.authoring.importing.title_words import TURN_OF_EVENTS, VAGUE, VAGUE_GROUP
from generator.authoring.prose import DateMention

# "was a co-recipient of the …", "was the winner of the …": a prize won, told as a state.
_PRIZE_SHARED = re.compile(
    r"\b(?:was|were)\s+(?:a|the|one of the)\s+(?:(co-?recipient|joint winner)|recipients?|winners?|laureates?)s?\s+of\s+the\b"
)
# The words that lead a date into its clause: "on the evening of", "in", "early in the year".
_DATE_LEAD = re.compile(
    r"(?:\b(?:in|on|by|during|early in|late in|since|at|around|about|circa|c\.|as early as|from|between)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:evening|night|morning|afternoon|dawn|dusk|eve|spring|summer|autumn|fall|winter)\s+of\s+)?|\bof\s+)?"
    r"(?:the\s+)?(?:year\s+)?$",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(
    r"^(?:(?:at|on|in|by)\s+(?:the\s+)?(?:dawn|dusk|night|evening|morning|afternoon|noon|midnight)(?:\s+of)?\s*)+",
    re.IGNORECASE,
)
# "The Germans then launched …": words that tie a sentence to the one before, not part of a title.
_DISCOURSE = re.compile(
    r"\s(?:then|now|also|thus|soon|eventually|ultimately|subsequently|finally|therefore|later)\b(?=\s)"
)
_PERIOD = re.compile(r"\b(?:Restoration|Reform|Reforms|Movement|Era|Period|Renaissance|Reformation)$")
_LATER = re.compile(r"\blater\s*[(,]?\s*$", re.IGNORECASE)  # "A year later (December, 1852) he was …"
_SCENE = re.compile(
    r"^(?:before|while|although|though|since|because|if|until|following|during|at|from|which|who|where|whom|"
    r"with|for|to|despite|in|on|by|under(?!\s+Secretary\b)|based|according)\b",  # an Under Secretary is no scene
    re.IGNORECASE,
)
# ", just as the deadline approached," after a date that opens the sentence: a circumstance, not the event.
_ASIDE_AFTER_DATE = re.compile(
    r",\s+((?:just\s+|even\s+)?(?:as|while|when|because|although|though|since)\s+[^,;]+,[”’\"]?\s+|"
    r"(?:a|the)\s+(?:date|day|anniversary)\s+[^,;]+,\s+)(?=[A-Za-z])"  # "…, a date marking the anniversary of …,"
)
# "to withdraw the troops": an infinitive and its object, which no subject holds.
_INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\s+(?:the|a|an|his|her|its|their)\b")


# "invented the item that has led to his greatest fame: the practical incandescent light bulb"
_THING_NAMED_AFTER_COLON = re.compile(
    r"\b(?:the|an?)\s+(?:item|thing|device|invention|machine|product|work|idea)\s+(?:that|which)\b[^:;,.]*:\s+"
    r"(?P<thing>[^:;]+)$"
    # "unveiled a new invention to support their infantry—the tank": the thing after the dash
    r"|\b(?:an?)\s+(?:new\s+)?(?:invention|weapon|device|machine|technology|vehicle)\b[^:;—.]*—\s*(?P<dashed>(?:the|a|an)\s+"
    r"[^:;—(]+?)\s*(?:\([^()]*\)?)?\W*$"
)

# "a referendum on independence took place in March 1992": an indefinite happening, named by what it was.
_HAPPENING_TOOK_PLACE = re.compile(
    r"(?i:a|an)\s+((?:[a-z][\w-]*\s+){0,2}(?:referendum|plebiscite|election|conference|summit|congress|convention|"
    r"strike|uprising|revolt|rebellion|coup|riot|mutiny|massacre|battle|fight|clash|skirmish|ceasefire|truce|famine|"
    r"epidemic)(?:\s+(?:on|over|for|between|against|in|at)\s+[^,;]+)?)\s+"
    r"(?:took\s+place|was\s+held|occurred|broke\s+out|erupted)((?:\s+(?:between|in|at|on|near|over)\s+[^,;]+)?)"
)


# "of the booming territory of Louisiana": the last name a long place phrase gives
_LAST_PLACE_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)?$")
# "The second rebellion, led by Nat Turner, occurred in Southampton County": a rising its leader names
_LED_BY = re.compile(
    r"(?:The|A|An)\s+(?:(?:first|second|third|last|final|major|great|later)\s+)?"
    r"(rebellion|revolt|uprising|insurrection|raid|mutiny|march|strike|expedition)\s+"
    r"(?:took\s+place|occurred|broke\s+out|erupted)((?:\s+(?:in|at|near)\s+[^,;]+(?:,\s+[A-Z][\w’'-]*)?)?)"
)


_PERSON_WHO = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*,\s+(?:a|an)\s+[^;,]{1,80}?\s+who\s")


def clause_title(sentence: str, mention: DateMention, person: str | None, named: str | None = None) -> str:
    """The dated clause as a title of at most :data:`~.title_length.MAX_WORDS` words, or "".

    ``named`` is the proper-name subject of the text just before the clause, ``person``
    whom the section is about (its heading names a person): the first there stands for a
    pronoun subject ("he", "she"). A clause that names nothing ("The first test came in
    1931", "Luther became outraged") gives way to a when-clause after the date, which
    tells what happened then ("…, when the Mukden Incident led to …")."""
    named_later = _THING_NAMED_AFTER_COLON.search(sentence, mention.end)
    if named_later:  # the thing itself, not the words that lead up to it
        thing = named_later.group("thing") or named_later.group("dashed")
        sentence = f"{sentence[: named_later.start()]}{thing}"
    title = _own_clause_title(sentence, mention, person, named)
    learned = None if title else _LEARNED_THAT.search(sentence[: mention.start])
    if learned:  # "when the United States learned that the Soviet Union also tested the first ICBM that year"
        at = learned.end()
        moved = DateMention(mention.start - at, mention.end - at, mention.text, mention.date, mention.until)
        return _own_clause_title(sentence[at:], moved, person, named)
    when = _WHEN_AFTER.search(sentence, mention.end)
    if when is None or re.search(r"[;:]", sentence[mention.end : when.start()]):
        return title
    if re.search(
        r"(?<![A-Z][a-z]{2}\sof\s)(?<![A-Z][a-z]{3}\sof\s)\b(?:1\d{3}|20\d\d)\b", sentence[mention.end : when.start()]
    ):
        # "… came in 1832, and relations expanded through 1871, when …": the when-clause is 1871's (not after
        # "the War of 1812", a name's year)
        return title
    qualifies = re.search(r"\b(?:a|an|the|its|his|her|their)\s+$", sentence[: mention.start])  # "a 1979 coup"
    if qualifies and len(sentence[mention.end : when.start()].split()) > 10:
        return title  # "a 1979 coup had put a junta in power that was … when Reagan took office": another time
    until_when = re.search(r"\buntil\s+(?:\w+\s+)?$", sentence[: mention.start]) is not None
    if title and not TURN_OF_EVENTS.search(title) and not title.endswith(" until") and not until_when:
        return title  # "… remained in place until [1989, when …]": what happened then is the when-clause
    text = f"In {mention.text}, {sentence[when.end() :]}"
    moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
    return _own_clause_title(text, moved, person, named) or title


_WHOSE = re.compile(r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*),\s+whose\s*$")
_OWNED_THING = re.compile(
    r"([a-z]+)(?:\s+(?:as|of|for|to)\s+[^,]*?)?\s+(?:also\s+)?(?=(?:\w+ly\s+)?[a-z]+ed\b|(?:was|were)\s)"
)
# a thing a people is named with, not owned by: "the Nazca culture", not "the Nazca’s culture"
_OWNED_WHOLE = {"culture", "civilization", "empire", "kingdom", "state", "dynasty", "army", "fleet", "language"}
_REACHED_STATES = {"ready", "complete", "operational", "open", "finished", "available"}
_NOT_A_DEED = re.compile(r"(?i:the\s+)?(?:year|decade|period|era|moment|time|day|month|this|that|it)\b")
_LEARNED_THAT = re.compile(r"\b(?:learned|discovered|realized|found\s+out)\s+that\s+(?=[^,;]*$)")
_WHEN_AFTER = re.compile(r",?\s+when\b,?\s+(?:(?:under|with|amid|despite)\b[^,]{0,60},\s+)?(?=\S)")


# "A major strike at the Ford Motor Company factory near Detroit resulted in …": the happening and its place
_HAPPENING_AT_PLACE = re.compile(
    r"(?i:a|an)\s+((?:[a-z]+\s+)?(?:strike|riot|mutiny|explosion|fire|protest|uprising|rebellion|revolt|demonstration|"
    r"march|massacre|earthquake|flood|famine|epidemic|outbreak|fire)\s+(?:at|in|near|on)\s+(?:the\s+)?[A-Z][^,;]*)"
)


# "As the 1916 election approached", "As the war dragged on": a time drawing near or passing.
_DRAWING_NEAR = re.compile(
    r"(?i:as)\s+[^,;]{1,60}?\b(?:approached|neared|loomed|drew\s+(?:near|closer)|dragged\s+on|wore\s+on|"
    r"progressed|continued|unfolded|went\s+on)(?:\s+(?:in|on)\s+[^,;]{1,30})?\s*,"
)
# a name, whose deed it tells ("although the American Medical Association was formed in 1847, …")
_CONCEDING = re.compile(
    r"(?i:even\s+)?(?i:although|though)\s+(?=[A-Z]|the\s+[A-Z]"
    # "Although the cornerstone was laid in 1772, …": a building's step, conceded and done
    r"|the\s+[a-z]+\s+(?:was|were)\s+(?:laid|built|begun|completed|finished|erected|founded|opened|signed)\b)"
)
_WHEN_FRAMED = re.compile(r"\b(?i:when|after|once),\s+(?:in|on|during|by)\s+(?:the\s+\w+\s+of\s+)?$")
# "…, as did Brazil in October 1917": the main clause's deed, done by another, at this date.
_AS_DID = re.compile(r",\s+as\s+did\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?:in|on)\s+$")


# "assassinated him", "removed him from his post", "appointed him Minister": an object pronoun, at the end,
# before a preposition or before the office given
_HIM = re.compile(
    r"\s(?:him|her)(?=$|\s+(?:from|to|as|with|for|in|into|of|out)\b)|\shim(?=\s+(?:U\.S\.\s+)?[A-Z][a-z])"
)
_ACTED_ON = re.compile(
    r"\b[a-z]+ed\s+((?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+)(?=,|;|\s+(?:and|in|at)\b)"
)  # a deed done to the one the text was about, named where it ends
_THE_PLACE = re.compile(r"(?i:the)\s+(?:city|town|capital|fortress|fort|port|citadel|stronghold)")
_BESIEGED = re.compile(
    r"\b(?:surrounded|besieged|encircled|blockaded|laid\s+siege\s+to|marched\s+on|attacked|reached)\s+"
    r"((?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+)(?=[\s,;])(?![^,;]*\b(?:and|or)\s+[A-Z])"
)


# a verb whose deed is the infinitive its date stands before: "began [in August 1936] to reside"
_DATE_SPLITS_VERB = re.compile(
    r"\b(?:began|started|continued|decided|agreed|resolved|voted|ceased|refused|sought|tried|attempted|"
    r"failed|proceeded|chose|undertook)(\s+(?:in|on|by|during|from)\s+)$"
)


def _own_clause_title(
    sentence: str, mention: DateMention, person: str | None, named: str | None = None, split_verb: bool = True
) -> str:
    opened = participle_deed(sentence, mention)
    if opened is not None:
        return opened
    split = _DATE_SPLITS_VERB.search(sentence[: mention.start]) if split_verb else None
    if split and re.match(r"\s+to\s+[a-z]{2,}", sentence[mention.end :]):
        unsplit = _own_clause_title(sentence, mention, person, named, False)
        if unsplit and not _DATE_SPLITS_VERB.search(unsplit + " in "):
            return unsplit
        # "The Ambassador began in August 1936 to reside near the government": the deed is after the date
        text = f"In {mention.text}, {sentence[: split.start(1)]}{sentence[mention.end :]}"
        moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
        return _own_clause_title(text, moved, person, named, False) or unsplit
    during = _WHILE_DOING.match(sentence)
    if (
        during
        and during.start(1) <= mention.start < during.end(1)
        and not re.search(r"\b1\d{3}\b|\b20\d\d\b", sentence[during.end() :])
    ):
        # "While employed by the Dutch East India Company in 1609, Henry Hudson explored …": the main clause's deed
        text = f"In {mention.text}, {sentence[during.end() :]}"
        moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
        return _own_clause_title(text, moved, person, named)
    framed = _WHEN_FRAMED.search(sentence[: mention.start])
    rest = re.match(r",\s+(?=\S)", sentence[mention.end :]) if framed else None
    if rest:  # "The strike began … when, in the summer of 1894, George Pullman fired …": the when-clause's deed
        text = f"In {mention.text}, {sentence[mention.end + rest.end() :]}"
        moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
        return _own_clause_title(text, moved, person, named)
    did_too = _AS_DID.search(sentence[: mention.start])
    main = find_verb(sentence[: did_too.start()]) if did_too else None
    if did_too and main:  # "China and Greece also entered the war, as did Brazil in October 1917"
        text = f"In {mention.text}, {did_too.group(1)} {sentence[main.start() : did_too.start()]}."
        moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
        return _own_clause_title(text, moved, person, named)
    when = re.match(r",?\s+when\s+(?=\S)", sentence[mention.end :])
    own = re.split(r"[,;:]", sentence[: mention.start])[-1]
    main_after = (
        when
        and re.search(  # "In March 1948, when the Soviets found out, they withdrew": the main clause
            rf",\s+(?:he|she|they|it|we)\s+(?:{VERB.pattern})", sentence[mention.end + when.end() :]
        )
    )
    opening_when = (
        when
        and not when.group(0).startswith(",")
        and len(sentence[: mention.start].split()) <= 2
        and re.match(
            r"[^,;]+,\s+(?:(?:however|though|too|then),\s+)?(?!(?:he|she|they|it|we)\s)(?=\S)",
            sentence[mention.end + when.end() :],
        )
    )
    if when and opening_when:  # "In 1942 when Germany geared up for war, however, more women went …": the main clause
        text = f"In {mention.text}, {sentence[mention.end + when.end() + opening_when.end() :]}"
        moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
        return _own_clause_title(text, moved, person, named)
    until_when = (  # (", when" after "until 672" has its own rule: the state's end)
        when
        and (
            re.search(r"\bthrough\s+$", sentence[: mention.start])
            or (not when.group(0).startswith(",") and re.search(r"\b(?:until|till)\s+$", sentence[: mention.start]))
        )
        and not re.match(r"(?:he|she|they|it|we)\s", sentence[mention.end + when.end() :])
    )
    if when and ((not verbs(own) and not main_after) or until_when):
        # "…, as in 1772, when colonists burned the Gaspée"; "relations expanded through 1871 when Bavaria joined
        # the German Empire": the when-clause's deed is the year's
        text = f"In {mention.text}, {sentence[mention.end + when.end() :]}"
        moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
        return _own_clause_title(text, moved, person, named)
    whole = sentence  # before an aside is cut: "when the Soviets found out" names who "they" are
    aside = _ASIDE_AFTER_DATE.match(sentence, mention.end)
    if aside and len(sentence[: mention.start].split()) <= 3:  # "On 16 May, just as …, the crowd gathered"
        sentence = sentence[: aside.start(1)] + sentence[aside.end() :]
    masked = mask_asides(sentence, mention)
    start = start_of_clause(masked, mention.start)
    end = end_of_clause(masked, start, mention.end)
    relative = re.match(r",\s+(?:which|who)\b", sentence[mention.end : end])
    if relative:  # "…terms for peace on August 14, 1779, which demanded withdrawal, independence, and …"
        end = mention.end + relative.start()
    later = re.search(r",\s+(?:which|who)\b", sentence[mention.end : end]) if not relative else None
    if (
        later
        and masked[mention.end + later.start() + 1].isspace()
        and find_verb(sentence[mention.end : mention.end + later.start()])
        and re.match(r"\s*(?:with|in|on|at|for|by|from|as)\s", masked[mention.end + later.start() :].lstrip(" ,"))
    ):
        # "In 1887, Frank Sprague invented the electric trolley, which worked …, with a large wagon on tracks, …":
        # the relative clause, commas and all, follows the deed's object
        end = mention.end + later.start()
    unbracketed = re.sub(r"\s*\([^()]*\)", "", sentence[:start])
    antecedent = relative_antecedent(unbracketed)
    clause_start = start
    closing = masked.find(",", mention.end, end)
    if antecedent and closing > 0:  # "The Peace of Kell, which ended the war in 1648, established …"
        end = closing
    elif closing > 0 and re.search(r",\s+whose\s*$", unbracketed):  # "Paine, whose essay … was published in 1776, …"
        end = closing
    # "Otto Brant, a weaver from Kell who escaped … in 1838, described …": the person's clause ends at the comma
    elif closing > 0 and _PERSON_WHO.match(masked, start, mention.start):
        end = closing
    listed = LISTED_BEFORE.search(sentence[:start])
    lead_list = re.match(r"[^,;]{1,40},\s+(?=[A-Z]|the\s)", masked[start:]) if listed else None
    if lead_list:  # "concerns in Warsaw, Prague, and other capitals, NATO agreed": the list ends a lead-in
        start, listed = start + lead_list.end(), None
    start = after_leads(masked, start, mention.start)
    if listed:  # "France, Russia, and the United States all signed …": one subject of three names
        masked = masked[: listed.start()] + sentence[listed.start() : listed.end()] + masked[listed.end() :]
        start = listed.start()
    by_the_day = mention.date.day is not None and not re.search(r"\bhad\b", sentence[mention.end :])
    # "By around 8000 BCE, the Nilo-Saharans had domesticated …": the way ancient deeds are dated
    by_the_age = mention.date.year < 0
    bounding = (
        r"\W*(?i:since|until|till|before|prior to)\b"
        if by_the_day or by_the_age
        else r"\W*(?i:since|until|till|by|before|prior to)\b"
    )
    if start > mention.start and re.match(bounding, masked[clause_start:]):
        return ""  # "Since the end of the war in 1905, Japan had held …": a date that bounds, not an event
    bracketed = sentence[mention.start - 1 : mention.start] == "("
    if bracketed and not verbs(masked[clause_start : mention.start]) and not _LATER.search(masked[: mention.start - 1]):
        return ""  # "at Strasbourg (1836) and Boulogne (1840), he was imprisoned": the date is the place's
    joined = re.match(r"(?i:and|but|yet)\s+(?=(?i:when|after|once|as\s+soon\s+as)\s)", masked[start : mention.start])
    start += joined.end() if joined else 0  # "And when eight additional bombs exploded on June 2, 1919, …"
    # "Although Carranza’s faction managed to overthrow Huerta in the summer of 1914, …": conceded, and done
    subordinate = SUBORDINATOR.match(masked[start : mention.start]) or _CONCEDING.match(masked[start : mention.start])
    led = re.search(r"\b(?:when|after|once|as soon as)\s+$", masked[:start], re.IGNORECASE)
    if led and not subordinate:  # "…, and when the two met in battle in April 1493, Sonni Baru was defeated"
        comma = clause_comma(masked, start, end)
        end = comma if comma >= mention.end else end
    if subordinate:
        comma = clause_comma(masked, start, end)
        if _DRAWING_NEAR.match(masked[start:]) and mention.end <= comma:
            return ""  # "As the 1916 election approached, …": when the main clause's deed came, not a deed
        own_step = AFTER_ONES_STEP.match(masked[start:comma]) if comma >= mention.end else None
        if own_step:  # "After his graduation in 1958, Powell was commissioned …": the next step, that year
            start = comma + 2
        elif comma < 0 or comma >= mention.end:  # "When the emperor died on 30 July 1912, Japan …"
            end = comma if comma > 0 else end
            start += subordinate.end()
        else:  # "After two failed attempts …, at Strasbourg (1836)": the date is in the main clause
            start = comma + 2
    adjective = re.match(r"\s+[“\"‘]?[a-z]|\s+[“\"‘]?[A-Z][\w’'/-]*\s+[a-zA-Z]", masked[mention.end :]) and re.search(
        r"\b(?:the|a|an|its|his|their)\s+$", masked[: mention.start]
    )  # "the 1857 constitution", "the 1776 Pennsylvania constitution": the year is the noun's
    # "The 1828 campaign differed …": without its year "the campaign" names none
    common_noun_of_year = re.match(
        r"\s+(?!presidential\b|elections?\b|midterm\b)[a-z]+\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", masked[mention.end :]
    ) and re.search(r"\bThe\s+$", masked[: mention.start])
    adjective = adjective or common_noun_of_year
    before = (
        masked[start : mention.start]
        if adjective
        else _TIME_OF_DAY.sub("", _DATE_LEAD.sub("", masked[start : mention.start]))
    )
    if common_noun_of_year and re.fullmatch(r"\W*The\s+", before):
        before += mention.text
    # "from 1831 to 1842 and from 1849 to 1852": the deed's other term goes with the date, before or after it
    before = re.sub(r"\s+from\s+\d{4}\s+(?:to|until|through)\s+\d{4},?\s+and\s+(?:then\s+)?(?:again\s+)?$", " ", before)
    after = re.sub(  # "in 1935, 1936, and 1937": the other years of a list go with the date
        r"^[\s,)]*(?:(?:and|or|to|until|and\s+(?:then\s+)?(?:again\s+)?from\s+\d{4}\s+(?:to|until|through))?\s*\d{4}\b[\s,)]*)*",
        "",
        masked[max(start, mention.end) : end],
    )
    if re.match(r"\s*,?\s+and\s+(?:(?:from|in|on|between|by)\s+\d|then\s+[a-z]+ed\b)", masked[mention.end : end]):
        after = ""  # "returned to Stanford in 1991 and from 1993 …", "… from 1798 to 1801 and then attended …": the next deed
    if re.match(r"\s*,?\s+then\s+[^,;]{1,60}?\s(?:in|from|on)\s+\d", masked[mention.end : end]):
        after = ""  # "Deputy National Security Advisor in 1987 then National Security Advisor from 1988": the next step
    if re.match(r"\s+and\s+(?:to|into|at|from|with)\s+\S.{0,60}?\s+(?:in|on)\s+\d", masked[mention.end : end]):
        after = ""  # "admitted to the Kell bar in 1937 and to the Orm bar in 1950": the second date's phrase
    if re.match(
        r"\s*,\s+(?:and\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:of|in)\s+\d{4}\b",
        masked[max(start, mention.end) : end],
    ):
        after = ""  # "served in the House from 1784 to 1786, the Annapolis Convention of 1786, …": the next item
    named_after = re.fullmatch(
        r"\s*,\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)[\s.,]*", masked[max(start, mention.end) : end]
    )
    if named_after:  # "established his own movement in 1524, the Swiss Brethren": the movement's name
        after = f", {named_after.group(1)}"
    elif re.match(
        r"\s*,\s+(?:(?:the|a|an)\s+[a-z]|with(?:out)?\s+(?!an?\s|the\s)(?:[\w’'-]+\s+){1,3}?[a-z]+(?:ed|en)\b)",
        masked[max(start, mention.end) : end],
    ) and verbs(before):
        # "Germany gave women the vote in 1918, the first country to …": a remark on the deed; and so is
        # "…, with Bosnia’s independence recognized soon thereafter"
        after = ""
    elif re.match(
        r"\s*,\s+[a-z]+ed\s+(?:in|at|on|to|from|for|with|as|law|medicine|theology)\b",
        masked[max(start, mention.end) : end],
    ) and verbs(before):
        # "was born in Spain in 1485, educated in Fez, and …", "graduated … in 1762, studied law, …": the
        # next deed of a list
        after = ""
    if re.match(r"[\s,]*(?:its|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?\s+[a-z]+(?:ed|en)\b", after) and verbs(before):
        after = ""  # "the city fell in early 1258, its physical defenses undermined": how, not what
    if re.match(r"\s*to\s+[a-z]+\b", after) and re.search(r"\b(?:ended|began|died|broke\s+out|collapsed)\W*$", before):
        after = ""  # "troops stayed after the war ended in 1763 to defend the borders": the stay's purpose
    clause = " ".join(f"{before.rstrip(' ,(')} {after}".split())
    clause = re.sub(r"\s+,", "," if named_after else "", clause).strip(" ,.")
    clause = OPENERS.sub("", LEADING_PHRASE.sub("", clause)).strip(" ,")
    # "In 1958 Muskie was elected … and was reelected in 1964": the other date's lead, without its comma
    if re.search(r"\s(?:and|but)\s+(?:was|were|had|\w+ed)\b", clause):
        clause = re.sub(r"^(?:In|On)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}\s+(?=[A-Z][a-z])", "", clause)
    # "Upon receiving a degree … in 1915, Herter served …": the step before, dated by its own year
    clause = re.sub(r"^(?:Upon|After|On|Following)\s+[a-z]+ing\b[^,;]*?\b\d{4},\s+(?=[A-Z][a-z])", "", clause)
    # "As a young man he served …": who he was then, not a scene
    clause = re.sub(
        r"^(?:As\s+)?an?\s+(?:young\s+)?(?:man|woman|boy|girl|child|youth|student)\s+(?=(?:he|she)\s)", "", clause
    )
    # "…, during which time he also served as …": the time is the clause before's, the deed this one's
    clause = re.sub(r"^(?i:during)\s+which\s+(?:time|period|years?)\s+", "", clause)
    if re.search(r"\bwhich\s*$", masked[:clause_start]):
        clause = re.sub(r"^(?:time|period|years?)\s+(?=(?:he|she|they)\s)", "", clause)
    told = told_of_antecedent(clause, antecedent, unbracketed, named)
    if told is None:
        return ""
    clause = told
    whose = _WHOSE.search(unbracketed)
    # "Tagliaferri, whose exequatur as Consul at New York was signed": Tagliaferri’s exequatur
    thing = _OWNED_THING.match(clause) if whose else None
    if whose and thing:  # "… were the Nazca, whose culture also emerged around 200 BCE": the Nazca culture
        owner = whose.group(1).removeprefix("the ")
        clause = f"The {owner} {clause}" if thing.group(1) in _OWNED_WHOLE else f"{owner}’s {clause}"
    if re.match(r"(?:at|in|near)\s+[A-Z]", clause) and re.search(r"\sand\s*$", masked[:clause_start]):
        clause = f"{deed_before(masked[:clause_start])} {clause}".strip()  # "won at Magenta … and at Solferino"
    if verbs(clause[:1] + clause[1:].split(" ", 1)[0]) and re.search(r",?\s+(?:and|but),?\s*$", masked[:clause_start]):
        shared = subject_before(masked[:clause_start])  # ", and introduced the New Economic Policy in 1921"
        clause = f"{shared} {clause}" if shared else clause
    if re.search(r"\bcame\s+to\s+a\s+head\b", clause):
        return ""  # "The issue came to a head in 1807 when …": the when-clause tells what happened
    # "In 1798 the Department moved to Trenton [between August 13 and 18]": the year the day refines leads in
    year_lead = re.match(r"(?:In|By)\s+\d{4},?\s+(?=the\s|[A-Z])", clause)
    if year_lead and year_lead.end() <= len(clause) and mention.text not in year_lead.group(0):
        clause = clause[year_lead.end() :]
    # "During the Second World War he served as Chief …": a named time without its comma leads in, too
    clause = re.sub(
        r"^(?:During|Throughout)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}(?=(?:he|she|they|[A-Z][a-z]+)\s+(?:\w+ly\s+)?"
        r"(?:[a-z]+ed|was|were|became|led|won|took|held|left|went)\b)",
        "",
        clause,
    )
    if not clause or _SCENE.match(clause):
        return ""  # "After two failed attempts …": the clause sets the scene, the event is elsewhere
    clause = re.sub(r"^(?:newly|recently)\s+(?:appointed|elected)\s+", "", clause)  # "newly appointed Secretary …"
    if re.match(r"(?i:nor|neither)\b", clause):
        return ""  # "Nor did the United States play …": what did not happen
    clause = plain_deed(clause, re.match(r"\W*(?:[\w’'-]+\s+){0,3}$", sentence[: mention.start]) is not None)
    verb = find_verb(clause)
    if verb is None or verb.start() == 0 or any(m.start() == 0 for m in verbs(clause)):
        return ""  # no subject: "which was launched on …"
    clause = _PRIZE_SHARED.sub(
        lambda m: "shared the" if m.group(1) else "received the", clause
    )  # "was a co-recipient of the Nobel Prize": shared it
    deed = as_deed(clause, verb.start(), mention.until is not None)  # "was an Assistant District Attorney …"
    if deed != clause:
        clause, verb = deed, find_verb(deed) or verb
    if re.match(r"(?:was|were|is|are)\s+(?:the|a|an|one)\b", clause[verb.start() :]):
        # "The Meiji Restoration was the series of events …": a definition names its event
        defined = re.fullmatch(r"(?:The\s+)?((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)", clause[: verb.start()].strip())
        kind = defined and (NAMED_EVENT.search(defined.group(1)) or _PERIOD.search(defined.group(1)))
        return defined.group(1) if defined and kind and " " in defined.group(1) else ""
    if _INFINITIVE.search(clause[: verb.start()]):
        return ""  # "allow the Allies to withdraw the troops dispatched in 1918": no subject, a plan
    if re.match(
        r"(?:became(?!\s+(?:president|king|queen|emperor|empress|pope|chancellor|premier|governor|mayor|shah|sultan|"
        r"caliph|pharaoh|tsar|czar)\s*$)|seemed|appeared|remained)"  # "became president" is an event
        r"\s+(?!a\b|an\b|the\b|independent\b|law\b|official\b)[a-z]+\s*$",
        clause[verb.start() :],
    ):  # "intervention became likely" is a state; "Cambodia became independent" an event
        return ""  # "intervention became likely": a state, not an event
    if mention.until and re.match(r"became\s+[a-z]+\s*$", clause[verb.start() :]):
        return ""  # "When Jackson became president (1829–1837), he …": the years are his term, not the day he became it
    if re.match(r"(?:differed|resembled|mirrored|paralleled|abounded|swirled)\b", clause[verb.start() :]):
        return ""  # "The 1828 campaign differed from earlier contests", "Rumors abounded": a likeness or a state
    if re.match(r"proved\s+to\s+be\b", clause[verb.start() :]):
        return ""  # "The 1976 presidential elections proved to be a perilous time": a judgement, not an event
    state = re.match(
        r"(?:was|were|is|are)\s+(?:(?:first|later|then|also|soon|again|themselves|itself|himself|herself|\w+ly)\s+)*"
        r"([a-z]+)",
        clause[verb.start() :],
    )
    # "By September 1, the American Ambulance Hospital was ready for service": a state reached by a day is that
    # day's news
    reached = (
        state
        and state.group(1) in _REACHED_STATES
        # "The two wings were ready for occupancy on January 31, 1888": the day it was reached, too
        and (
            re.match(r"\W*By\s+$", sentence[: mention.start])
            or (mention.date.day and sentence[: mention.start].endswith("on "))
        )
    )
    if state and not is_participle(state.group(1)) and not reached:
        return ""  # "the weavers were artisans", "he was ill": a state, not an event
    if state and state.group(1).endswith("ing") and state.group(1) != "being":
        return ""  # "In 1943, Dr. Alice Hamilton was reflecting on her career": what went on, not what happened
    marked = re.match(
        r"(?:marked|signall?ed)\s+(?:the\s+)?(?:end|beginning|start|close|opening)\b", clause[verb.start() :]
    )
    judged = re.match(
        r"(?:marked|was|became|represented|proved(?:\s+to\s+be)?)\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}"
        r"(?:turning\s+point|watershed|milestone)\b",
        clause[verb.start() :],
    )
    if judged and len(clause[: verb.start()].split()) >= 2 and not _NOT_A_DEED.match(clause):
        marked = judged  # "The 1840 presidential election marked a significant turning point": the election
    if marked and (judged or NAMED_EVENT.search(clause[: verb.start()])):  # "The purchase of Kell marked the end of …"
        return clause[: verb.start()].strip(" ,")[:1].upper() + clause[: verb.start()].strip(" ,")[1:]
    they = re.search(r"\b(?:when|after|as|because|once|since)\s+(the\s+[A-Z][a-z]+s)\b", whole)
    own_name = _NAMED_BEFORE_IT.fullmatch(subject_before(masked[:clause_start]) or "")
    if clause[: verb.start()].strip() == "they" and they:  # "when the Soviets discovered …, they withdrew"
        subject = they.group(1)
    elif (
        clause[: verb.start()].strip() == "it"
        and own_name
        and re.search(r",\s+and\s*$", masked[:clause_start])
        # "The Chilean Congress …, and … it became law", "Tyler submitted the treaty …, and in June it was
        # defeated": what "it" is then is the thing the first clause acted on
        and not own_name.group(0).startswith(("The ", "the "))
        and not re.match(r"(?:was|were|became|had\s+been)\b", clause[verb.start() :])
    ):
        subject = own_name.group(0)  # "Brazil ended its slave trade, and in 1871 it passed a law": Brazil did
    else:
        subject = named_in_apposition(sentence, clause[: verb.start()].strip()) or subject_of(
            clause[: verb.start()].strip(), named or person
        )
    besieged = _BESIEGED.search(sentence[: mention.start]) if _THE_PLACE.fullmatch(subject) else None
    if besieged:  # "his forces had surrounded Baghdad, and the city fell": Baghdad fell
        subject = besieged.group(1)
    if not subject:
        return ""
    many = made_by_many(sentence[max(sentence.find(f" {verb.group(0)} "), 0) :].lstrip())  # the list was masked
    if many:
        return many
    predicate = predicate_of(
        deed_of_visit(last_of_list(clause[verb.start() :], len(" ".join(before.split())) - verb.start()))
    )
    pronoun = re.fullmatch(r"(?i:he|she)", clause[: verb.start()].strip())
    surname = re.escape(subject.split()[-1])
    if pronoun and re.search(
        rf"\b(?:{re.escape(subject)}|(?:President|Secretary|General|King|Queen|Emperor|Senator|Governor)\s+{surname})\b",
        predicate,
    ):
        return ""  # "… what Grant revealed. … he handed President Grant …": "he" is someone other than Grant
    # whom "him" stands for: not the subject itself ("Washington appointed him …" is someone else)
    about = next((who for who in (named, person) if who and who.split()[-1] not in subject), None)
    # "he captured Atahualpa, …; the following year, the Spanish executed him": another man the sentence acted on
    # may be whom "him" means, so no one is named for it
    other = [n for n in _ACTED_ON.findall(sentence[: mention.start]) if about and n not in about]
    him = _HIM.search(predicate)
    if (
        about
        and him
        and not re.search(r"\s[A-Z]", predicate[: him.start()])  # a name before it is whom it means
        and not other
    ):
        predicate = _HIM.sub(f" {about}", predicate, count=1)  # "Pizarro … ; a Spanish rival assassinated him in 1541"
    dated_first = (  # "In 1814, …"; "…, and on March 3, 1797 he had approved …": the date opens its clause
        re.match(r"\W*(?:[\w’'-]+\s+){0,3}$", sentence[: mention.start]) is not None
        or re.search(r"[,;]\s+(?:and|but)\s+(?:in|on)\s+$", sentence[: mention.start]) is not None
    )
    own_date = told_on_its_date(sentence, mention.start, predicate)
    if (dated_first or own_date) and subject.endswith(" had"):
        subject, predicate = subject[:-4], simple_past(re.sub(r"^had\s+", "", predicate))
    elif (
        subject.endswith(" had been")
        and re.fullmatch(r"[a-z]+(?:ed|en)", predicate)
        and re.search(rf"\bhad\s+been\s+{predicate}\s+(?:in|on)\s+$", sentence[: mention.start])
        and not re.search(r"\b(?:by|since|until|already|earlier|previously|before)\b", sentence, re.I)
    ):
        subject, predicate = subject[:-9], f"was {predicate}"  # "had been established in September 1940": then
    elif (
        subject.endswith(" had been")
        and mention.date.day
        and predicate
        and re.search(rf"\bhad\s+been\s+{re.escape(predicate.split()[0])}\b[^,;]*\s+on\s+$", sentence[: mention.start])
    ):
        subject, predicate = subject[:-9], f"was {predicate}"  # "Ground had been broken for the east wing on July 14"
    if predicate.count("“") > predicate.count("”") and re.search(rf"{re.escape(predicate)}[,.]”", sentence):
        predicate += "”"  # "published “Nature,” an essay …": the comma is the quotation's, and so is its close
    title = _DISCOURSE.sub("", shortened(subject, predicate, dated_first))
    took_place = _HAPPENING_TOOK_PLACE.fullmatch(f"{subject} {predicate}")
    again = re.search(r"\b(?:similar|second|third|further|fresh|another)\b", sentence)  # one of several
    where = took_place.group(2) if took_place else ""
    if took_place and len(took_place.group(1).split()) + len(where.split()) > 10:
        # "in the sugar parishes of the booming territory of Louisiana": the place by its name alone
        place = _LAST_PLACE_NAME.search(where)
        where = f" {where.split()[0]} {place.group(0)}" if place else where
    if took_place and not again and len(took_place.group(1).split()) + len(where.split()) <= 10:
        return took_place.group(1)[:1].upper() + took_place.group(1)[1:] + where
    led = _LED_BY.fullmatch(f"{subject} {predicate}") if re.search(r",\s+led\s+by\s", sentence) else None
    if led:  # "The second rebellion, led by the enslaved Nat Turner, occurred in 1831 in …": Nat Turner’s
        leader = re.search(
            r"\bled\s+by\s+(?:the\s+)?(?:[a-z]+\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*),", sentence
        )
        if leader and re.search(rf"\b{led.group(1)}\s*,\s+led\s+by\s", sentence):
            apostrophe = "'" if "'" in sentence else "’"
            return f"{leader.group(1)}{apostrophe}s {led.group(1)}{led.group(2)}"
    happening = _HAPPENING_AT_PLACE.fullmatch(subject)
    if (
        happening
        and len(happening.group(1).split()) <= 10
        and (not title or re.match(r"(?:resulted|led|caused|left|killed|claimed)\b", predicate))
    ):  # "a major strike at the Ford Motor Company factory"
        return happening.group(1)[:1].upper() + happening.group(1)[1:]
    if owned_deed(subject, predicate):  # "Monroe’s election to the Virginia House of Delegates [began …]"
        return subject
    if CONTROL.match(clause[verb.start() :]) and not re.search(r"\s(?:to|that|into)\s", title[len(subject) :]):
        return ""  # "resistance caused Napoleon III", "Wilson asked Congress": what they were made to do is cut
    purpose = re.search(r"\s+(?:to|in order to)\s+[a-z]+\b.*$", title)
    if VAGUE.search(title) and purpose and len(title[: purpose.start()].split()) >= 3:
        title = title[: purpose.start()]  # "formed a committee to review the situation": what for, in vague words
    if VAGUE_GROUP.match(title):
        return ""  # "The delegates approved separate statements": which delegates, the sentence before says
    return finished_title(it_named_before(title, whole), clause, verb, sentence, mention)


# A name that "it" may stand for later in its sentence: a country, a body ("Brazil", "the Senate").
_NAMED_BEFORE_IT = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*")


# "While employed by …, in 1609," "While serving as envoy in 1850,": a time the main clause's deed falls in
_WHILE_DOING = re.compile(r"\W*(While\s+(?:\w+ly\s+)?[a-z]+(?:ed|ing)\b[^,;]*),\s+(?=\S)")
