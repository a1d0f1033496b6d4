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

from generator.authoring.importing.career import as_deed, owned_deed
from generator.authoring.importing.clause_span import (
    deed_before,
    subject_before,
)
from generator.authoring.importing.dated_clause import dated_clause
from generator.authoring.importing.deed_elsewhere import dated_anew, deed_told_elsewhere
from generator.authoring.importing.deed_or_state import verdict_of_clause
from generator.authoring.importing.finished_title import CONTROL, finished_title, it_named_before
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.importing.participle import participle_deed
from generator.authoring.importing.plain_deed import plain_deed
from generator.authoring.importing.predicate import deed_of_visit, last_of_list, predicate_of, verbs
from generator.authoring.importing.relative_clause import told_of_antecedent
from generator.authoring.importing.subject import named_in_apposition, subject_of
from generator.authoring.importing.tense import simple_past, told_on_its_date, without_pluperfect
from generator.authoring.importing.title_length import made_by_many, shortened
from generator.authoring.importing.title_words import TURN_OF_EVENTS, VAGUE, VAGUE_GROUP
from generator.authoring.prose import DateMention

# "was a co-recipient of the …", "was the winner of the …": a prize won, told as a state.
_PRIZE_SHARED = re.compile(
    r"\b(?:was|were)\s+(?:a|the|one of the)\s+(?:(co-?recipient|joint winner)|recipients?|winners?|laureates?)s?\s+of\s+the\b"
)
# "The Germans then launched …": words that tie a sentence to the one before, not part of a title.
_DISCOURSE = re.compile(  # ("what is now Malaysia" keeps its "now": the place's name today)
    r"\s(?:then|(?<!\bis\s)(?<!\bare\s)now|also|thus|soon|eventually|ultimately|subsequently|finally|therefore|later)"
    r"\b(?=\s)"
)


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


# a clause that opens with a preposition or subordinator sets a scene; its event is told elsewhere
_SCENE = re.compile(
    r"^(?:before|while|although|though|since|because|if|until|following|during|at|from|which|who|where|whom|"
    r"with|for|to|despite|in|on|by|under(?!\s+Secretary\b)|based|according)\b",  # an Under Secretary is no scene
    re.IGNORECASE,
)


def clause_title(sentence: str, mention: DateMention, person: str | None, named: str | None = None) -> str:
    """The dated clause as a title of at most :data:`~.title_cut.MAX_WORDS` words, or "".

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
    return _own_clause_title(*dated_anew(sentence[when.end() :], mention), person, named) or title


_WHOSE = re.compile(r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*),\s+whose\s*$")
_OWNED_THING = re.compile(
    r"([a-z]+)(?:\s+(?:as|of|for|to)\s+[^,]*?)?\s+(?:also\s+)?(?=(?:\w+ly\s+)?[a-z]+ed\b|(?:was|were)\s)"
)
# a thing a people is named with, not owned by: "the Nazca culture", not "the Nazca’s culture"
_OWNED_WHOLE = {"culture", "civilization", "empire", "kingdom", "state", "dynasty", "army", "fleet", "language"}
_LEARNED_THAT = re.compile(r"\b(?:learned|discovered|realized|found\s+out)\s+that\s+(?=[^,;]*$)")
_WHEN_AFTER = re.compile(r",?\s+when\b,?\s+(?:(?:under|with|amid|despite)\b[^,]{0,60},\s+)?(?=\S)")


# "A major strike at the Ford Motor Company factory near Detroit resulted in …": the happening and its place
_HAPPENING_AT_PLACE = re.compile(
    r"(?i:a|an)\s+((?:[a-z]+\s+)?(?:strike|riot|mutiny|explosion|fire|protest|uprising|rebellion|revolt|demonstration|"
    r"march|massacre|earthquake|flood|famine|epidemic|outbreak|fire)\s+(?:at|in|near|on)\s+(?:the\s+)?[A-Z][^,;]*)"
)


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
        rejoined = dated_anew(f"{sentence[: split.start(1)]}{sentence[mention.end :]}", mention)
        return _own_clause_title(*rejoined, person, named, False) or unsplit
    elsewhere = deed_told_elsewhere(sentence, mention)
    if elsewhere:
        return _own_clause_title(*elsewhere, person, named)
    found = dated_clause(sentence, mention)
    if found is None:
        return ""
    whole, sentence, masked, clause_start = found.whole, found.sentence, found.masked, found.start
    antecedent, unbracketed, before, clause = found.antecedent, found.unbracketed, found.before, found.words
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
    if find_verb(clause) is None and re.match(r"\W*(?:[A-Z][\w’'-]*\s+){1,3}had\s", whole):
        clause = without_pluperfect(clause)  # "Iceland had taken over control … on April 10, 1940": it took it then
    verb = find_verb(clause)
    if verb is None or verb.start() == 0 or any(m.start() == 0 for m in verbs(clause)):
        return ""  # no subject: "which was launched on …"
    clause = _PRIZE_SHARED.sub(
        lambda m: "shared the" if m.group(1) else "received the", clause
    )  # "was a co-recipient of the Nobel Prize": shared it
    deed = as_deed(clause, verb.start(), mention.until is not None)  # "was an Assistant District Attorney …"
    if deed != clause:
        clause, verb = deed, find_verb(deed) or verb
    verdict = verdict_of_clause(clause, verb, mention, sentence)
    if verdict is not None:
        return verdict
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
