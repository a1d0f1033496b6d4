"""A deed told in a participle phrase after the main clause, with the date inside it: "The
Arab-Muslim armies continued northward, laying siege to and capturing the Egyptian port city of
Alexandria in 641"; "Yazdegerd III fled east …, before being killed by his own people in 651".
The main clause says what went on; the dated deed is the participle's, and the title tells it
with the main clause's subject: "The Arab-Muslim armies captured the Egyptian port city of
Alexandria", "Yazdegerd III was killed by his own people". An opening participle phrase
tells its subject's deed too ("Founded by X in 1712, …", "Forming in Leeds in 1811, the
Luddites were weavers" → "The Luddites formed in Leeds"), as does a birth ("Born in 1818
in Trier, he …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.context import named_subject
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.importing.tense import past_of_ing
from generator.authoring.prose import DateMention, find_dates

# "-ing" words that lead a phrase but tell no deed of the subject's.
_NO_DEED = (
    "including|according|during|following|beginning|starting|regarding|concerning|depending|being|"
    # "becoming the largest city" tells a state; "becoming Chairman of the board" an office taken
    r"becoming(?!\s+[A-Z])|"
    "having|making|remaining|reaching|totaling|totalling|ranging|numbering|amounting|lasting|"
    # "leaving 50 dead" tells no deed; "leaving the position on …" does
    r"leaving(?!\s+(?:the\s+)?(?:position|post|office|presidency|cabinet|government|service)\b|\s+[A-Z])|"
    "culminating|resulting|marking|signaling|signalling|reflecting|continuing|using|bringing|setting"
)
# The phrase from its comma to the date: a passive deed after "before"/"after being", or an
# active "-ing" deed (the last of "laying siege to and capturing") with its object.
_PHRASE = re.compile(  # … or "commanded Red Sea ports after defeating the Mamluk Sultanate in 1517"
    rf"(?:,\s+(?:and\s+|before\s+|after\s+)?|(?<=[a-z0-9])\s+(?:after|upon|before|prior\s+to)\s+(?=(?:\w+ly\s+)?[a-z]{{3,}}ing\b)|(?<=[a-z])(?=\s+before\s+being\s))(?:(?:[^,;:()]*?\s)?(?:before|after|until)\s+being\s+([a-z]+(?:ed|en|wn))\b"
    rf"|(?:(?:\w+ly\s+)?(?!{_NO_DEED})[a-z]{{3,}}ing\s+[^,;:()]*?\s+and\s+)?(?:\w+ly\s+)?(?!{_NO_DEED})([a-z]{{3,}}ing))"
    r"(\s+[^,;:()]+?)?\s+(?:in|on|by)\s+(?:the\s+(?:\w+\s+){0,2}of\s+)?$"  # "…, resigning on March 5, 1885"
)


_DOER_AND_DEED = re.compile(
    r"(?:(?:He|She|They)\s+[a-z]+|(?!The\b|A\b|An\b|In\b|On\b)(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*(?<!ly)"
    r"\s+(?:was|were|had|has|is|[a-z]+ed))\b"
    # "Opposition intensified when the Nationalist Party, assuming power …": the phrase is another's deed
    r"(?![^,;:()]*\b(?:when|while|whereas|because|as|since|after|before|that|which|who|whom|where)\b)[^,;:()]*"
)


def participle_title(
    sentence: str, mention: DateMention, title: str, title_of: Callable[[str, DateMention], str]
) -> str | None:
    """The title of the deed a trailing participle phrase holding ``mention`` tells, made by
    ``title_of`` from the sentence rewritten with the subject of ``title`` (the main clause's
    title) as its doer; None when the date is not in such a phrase."""
    found = _PHRASE.search(sentence[: mention.start])
    head = sentence[: found.start()] if found else ""
    # "…, mediating a dispute … in 1925, and negotiating an end … in 1927": the head's own clause, before
    # the participle phrases that went before this one
    head = re.sub(r"(?:,\s+(?:and\s+)?(?:\w+ly\s+)?[a-z]{3,}ing\b[^,;:()]*)+$", "", head) if not title else head
    head_dates = find_dates(head) if head and not title else []
    if head_dates:  # "Douglass was born in Maryland in 1818, escaping to New York in 1838": the head's subject
        # (its first date's title, when the last one's is a gap's: the doer is the same)
        title = title_of(head + ".", head_dates[-1]) or title_of(head + ".", head_dates[0])
    if found and not title and not head_dates and re.fullmatch(_DOER_AND_DEED, head):
        # "He served for four years, leaving the position on …", "Olney practiced law and was active in
        # politics, serving a term in the legislature in 1874": the head names the doer, the phrase the deed
        title = head
    verb = find_verb(title) if title and found else None
    if verb is None and found and title:  # "He had been a noted attorney …": the doer before the first small word
        verb = re.match(r"(?:He|She|They|(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?=[a-z])", title)
        verb = verb if verb and re.fullmatch(_DOER_AND_DEED, title) else None
        at = verb.end() if verb else 0
    else:
        at = verb.start() if verb else 0
    if found is None or verb is None or at == 0:
        return None
    if re.search(r"\b(?:which|who|whom)\b", found.group(0)) or (
        found.group(0)[:1].isspace() and re.search(r"\b(?:which|who|whom)\b", head or title)
    ):
        return None  # "Corve, which had been its colony before being seized by Tamsin in 1402": Corve was seized
    if re.search(r"\bby\s+[a-z]+ing\b", sentence[: found.start()]):
        return None  # "responded by invading Hull, laying waste to Leeds in 1514": the means is the first deed
    subject = title[:at].strip()
    doer = named_subject(head) if head else None
    if (
        doer
        and doer != subject
        and re.search(rf"\s(?:when|as|after|while|because|since)\s+{re.escape(subject)}\b", head)
    ):
        subject = doer  # "Orm was reaccredited when Kell became a kingdom, presenting …": Orm presented
    if re.search(r"[,;]", subject) or len(subject.split()) > 6:
        return None
    if (
        found.group(2)
        and re.match(r",\s+and\s", found.group(0))
        and VERB.match((found.group(3) or "").strip()) is not None
    ):
        return None  # "…, and rationing began in August 1939": a clause whose subject is a gerund, no participle
    deed, what_of_deed = found.group(2), found.group(3) or ""
    later = re.search(r"\s+before\s+(?!being\b)((?:\w+ly\s+)?[a-z]{3,}ing)\b(.*)$", what_of_deed)
    if deed and later:  # "…, facing many crises before stepping down on July 5, 1982": the date is the stepping down
        deed, what_of_deed = later.group(1), later.group(2)
    if deed:
        done = past_of_ing(deed)
        if not done:
            return None
    else:
        done = f"{'were' if re.search(r'[a-z]s$', subject) and not subject.endswith('ss') else 'was'} {found.group(1)}"
    what = re.sub(  # "attacking Rome over the course of three days in 410": how long, not what
        r"\s+(?:over|during|for|within|in)\s+(?:the\s+course\s+of\s+)?(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)"
        r"\s+(?:days?|weeks?|months?|years?|hours?)$",
        "",
        what_of_deed,
    )
    text = f"{subject} {done}{what} in {mention.text}."
    at = len(text) - len(mention.text) - 1
    moved = DateMention(at, at + len(mention.text), mention.text, mention.date, mention.until)
    return title_of(text, moved) or None


# "Timur struck back, destroying the city of Sivas": how the answer was given is the deed
_ANSWERED = re.compile(
    r"^(.+?)\s+(?:struck\s+back|hit\s+back|fought\s+back|retaliated|responded|reacted|counterattacked)$"
)
# a lawmaker's answer is a law: "Congress and the president responded with the Civil Service Reform Act"
_ANSWERED_BY_LAW = re.compile(
    r"^((?:[A-Z][\w’'.-]*\s+)*(?:Congress|Parliament|[Ll]egislature|House|Senate)\b.*?)\s+"
    r"(?:responded|reacted|answered)\s+with\s+(the\s+(?:[A-Z][\w’'-]*\s+(?:of\s+)?)+(?:Act|Law|Amendment|Bill))$"
)
_HOW_ANSWERED = re.compile(rf",\s+(?!{_NO_DEED})([a-z]{{3,}}ing)\s+([^,;:()]+)")


def answered_title(
    sentence: str, mention: DateMention, title: str, title_of: Callable[[str, DateMention], str]
) -> str | None:
    """ "Timur destroyed the city of Sivas" for "In 1400, Timur struck back, destroying the city of
    Sivas"; None where the title is no bare answer or no "-ing" deed follows it."""
    by_law = _ANSWERED_BY_LAW.match(title)
    if by_law:  # "Congress and the president responded with the Civil Service Reform Act": they passed it
        return f"{by_law.group(1)} passed {by_law.group(2)}"
    answered = _ANSWERED.match(title)
    how = _HOW_ANSWERED.search(sentence, mention.end) if answered else None
    done = past_of_ing(how.group(1)) if how else ""
    if not answered or not how or not done:
        return None
    text = f"In {mention.text}, {answered.group(1)} {done} {how.group(2)}."
    moved = DateMention(3, 3 + len(mention.text), mention.text, mention.date, mention.until)
    return title_of(text, moved) or None


_NAME = r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
# "Founded by Mamari Kulubali in 1712, Segou made warfare a way of life": the founding is the
# event, not what the thing then did or was.
_OPENING_DONE = re.compile(
    r"^(Founded|Established|Built|Created|Formed|Organized|Organised|Constructed|Completed|Written|Published|Begun)"
    rf"(?:\s+by\s+{_NAME})?\s+(?:in|on)\s+$"
)
_DONE_THING = re.compile(
    rf"^(?:\s+by\s+{_NAME})?,\s+((?:the\s+|The\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*"
    # "Founded in 1783, the society admitted …": a body the text named before, which the title then names
    r"|the\s+(?:society|association|organization|league|company|club|college|academy|university|museum|library|"
    r"hospital))\s+[a-z]"
)
_SIMPLE_PAST = {"Written": "wrote", "Begun": "began"}


def opening_done_title(sentence: str, mention: DateMention) -> str:
    """ "Mamari Kulubali founded Segou" for "Founded by Mamari Kulubali in 1712, Segou …",
    "Harvard was founded" for "Founded in 1636, Harvard …"; "" for another sentence."""
    done = _OPENING_DONE.match(sentence[: mention.start])
    thing = _DONE_THING.match(sentence[mention.end :]) if done else None
    if done is None or thing is None or (done.group(2) and thing.group(1)):
        return ""
    doer = done.group(2) or thing.group(1)
    what = thing.group(2)
    if doer:
        what = what[:1].lower() + what[1:] if what.startswith("The ") else what
        return f"{doer} {_SIMPLE_PAST.get(done.group(1), done.group(1).lower())} {what}"
    what = what[:1].upper() + what[1:]
    return f"{what} {'were' if what.endswith('s') else 'was'} {done.group(1).lower()}"


# "Born in 1818 in Trier", "Born into slavery in Virginia in 1856", "Born a slave in Maryland around 1822"
_BORN = re.compile(
    r"^\W*Born\s+(?:(?:a\s+slave|into\s+slavery|free|in\s+poverty)\s+)?"
    r"(?P<place>(?:in|at|near)\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*,?\s+)?(?:in|on|around|about)\s+$"
)
_BORN_WHERE = re.compile(r"^(\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?")
_BORN_WHO = re.compile(
    r",\s+(he|she|(?:[A-Z][\w’'.-]*\s+(?:(?:da|de|di|von|van|del|la|le)\s+)?){0,3}[A-Z][\w’'.-]*)"
    r"(?:\s+(?:\w+ly\s+)?[a-z]+|,\s+(?:who|an?)\s)"  # "…, Tubman, who suffered …, made her escape"
)


def born_title(sentence: str, mention: DateMention, title_of: Callable[[str, DateMention], str]) -> str | None:
    """ "Karl Marx was born in Trier" for "Born in 1818 in Trier, in what is now Germany, he grew
    up …", made by ``title_of`` (which names whom "he" stands for); None for another sentence."""
    born = _BORN.match(sentence[: mention.start])
    if born is None:
        return None
    where = _BORN_WHERE.match(sentence[mention.end :])
    who = _BORN_WHO.search(sentence, mention.end)
    if who is None:
        return None
    place = where.group(1) if where and where.group(1) else ""
    if born.group("place"):
        place = f" {born.group('place').strip().rstrip(',')}"
    # "in Watertown, New York": the town alone in the sentence told again, its state put back after
    town, comma, state = place.partition(",")
    lead = "On" if mention.date.day else "In"
    text = f"{lead} {mention.text}, {who.group(1)} was born{town}."
    at = len(lead) + 1
    title = title_of(text, DateMention(at, at + len(mention.text), mention.text, mention.date, mention.until))
    if title and comma and title.endswith(town):
        title += f",{state}"
    return title or None


# "benefited from the typewriter, invented in 1867, the cash register, invented in 1879": each
# thing's making is dated.
_THING_DONE = re.compile(
    r"\b(?i:the|a|an)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+(invented|patented|built|founded|established|introduced|"
    r"developed|completed|opened|designed|discovered|constructed)\s+(?:in|on)\s+$"
)


# "Alexandria in Egypt, founded by Alexander himself in 331 BCE, was …": a named thing and its making.
_NAMED_DONE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w’'-]*)"
    r"(?:,\s+or\s+[a-z][\w-]*)?"  # "Corn, or maize, domesticated by 5000 BCE": its other name
    r"(?:\s+(?:in|on|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)?"
    r"(?:\s+\((?![A-Z]{2,6}\))[^()]{1,40}\))?,\s+"  # "Las Meninas (The Maids of Honor), painted by Diego Velázquez in 1656"
    r"(?:(?:also|later|first|originally|officially)\s+)?"  # "The IMF, also created in 1944, promotes …"
    r"(founded|established|built|created|constructed|completed|organized|organised|painted|composed|designed|launched|"
    r"formed|domesticated|cultivated)"
    rf"(?:\s+by\s+(the\s+)?{_NAME}(?:\s+(?:himself|herself|themselves))?)?\s+(?:in|on|(?<=ted\s)by)\s+$"
)


def named_done_title(sentence: str, mention: DateMention) -> str:
    """ "Alexander founded Alexandria" for "Alexandria in Egypt, founded by Alexander himself in
    331 BCE, was …", "The Dutch Republic was established" without its maker; "" otherwise."""
    found = _NAMED_DONE.search(sentence[: mention.start])
    if found is None or not re.match(r",", sentence[mention.end :]):
        return ""
    thing, done, doer = found.group(1), found.group(2), found.group(4)
    if re.fullmatch(r"(?:The|This|That|In|On|At|By|After|Before)", thing):
        return ""
    if doer:
        thing = re.sub(r"^The\s", "the ", thing)  # "The General Court established the Kell Academy"
        return f"{'The ' if found.group(3) else ''}{doer} {done} {thing}"
    return f"{thing} was {done}"


# "In the Declaration and Resolves, adopted on October 14, …", "the Eighteenth Amendment to the U.S.
# Constitution, ratified in 1919, …": a document and its adoption
_DOCUMENT_DONE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+(?:(?:of|and|to)\s+(?:the\s+)?)?)*"
    r"(?:Declaration|Resolves|Treaty|Charter|Acts?|Constitution|Amendment|Proclamation|Agreement|Accords?|Pact|Edict|"
    r"Articles|Bill|Code|Ordinance|Covenant|Protocol)"
    # "the General Agreement on Tariffs and Trade (GATT), signed in 1947"
    r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*)*)?)(?:\s+\([A-Z]{2,8}\))?,\s+"
    # "the Twenty-Seventh Amendment, first submitted for ratification in 1789, regulates …"
    r"((?:(?:first|later|also|originally|finally)\s+)?"
    r"(?:adopted|signed|issued|ratified|proclaimed|enacted|added|submitted|proposed|passed|approved|repealed)"
    r"(?:\s+for\s+ratification)?)\s+(?:in|on)\s+$"
)


def document_done_title(sentence: str, mention: DateMention) -> str:
    """ "Declaration and Resolves adopted" for "In the Declaration and Resolves, adopted on October
    14, the colonists …"; "" for another sentence."""
    found = _DOCUMENT_DONE.search(sentence[: mention.start])
    closed = re.match(r"[,.]|\s+by\s", sentence[mention.end :])  # "…, signed in 1947 by twenty-three countries"
    if found is None or not closed or found.group(1).startswith("In "):
        return ""
    name = found.group(1)
    if name.startswith("The "):  # "The Twenty-Second Amendment, added in 1955": the article opens the sentence
        name = name.removeprefix("The ")
        if len(name.split()) < 2:
            return ""  # "The Treaty, signed in 1947": which one, the sentence before said
    return f"{name} {found.group(2)}"


def thing_done_title(sentence: str, mention: DateMention) -> str:
    """ "The typewriter was invented" for "…, the typewriter, invented in 1867, …"; "" otherwise."""
    found = _THING_DONE.search(sentence[: mention.start])
    return f"The {found.group(1)} was {found.group(2)}" if found else ""


# "After serving as consul in 60 BCE, Julius Caesar took command …": the dated deed is the lead-in's,
# done by the main clause's named subject.
_AFTER_DOING = re.compile(
    rf"^\W*(?:After|Upon)\s+(?:[a-z]+ly\s+)?(?!{_NO_DEED})([a-z]{{3,}}ing)\s+([^,;:()]*?),\s+"
    r"((?:[A-Z][\w’'.-]*\s+(?:(?:da|de|di|von|van|del|la|le)\s+)?){0,3}[A-Z][\w’'-]*|he|she|they)\s+(?:\w+ly\s+)?[a-z]+"
)


def after_doing_title(sentence: str, mention: DateMention, doer: str | None = None) -> str:
    """ "Julius Caesar served as consul" for "After serving as consul in 60 BCE, Julius Caesar
    took command …" ("After leaving General Motors in 1934, he …" with the ``doer`` the text
    named last); "" for another sentence."""
    found = _AFTER_DOING.match(sentence)
    if found is None or not found.start(2) <= mention.start < found.end(2):
        return ""
    done = past_of_ing(found.group(1))
    what = re.sub(
        r"\s*(?:\b(?:in|on|by|during)\s+(?:the\s+\w+\s+of\s+)?)?" + re.escape(mention.text) + r".*$", "", found.group(2)
    )
    if not done or found.group(3) in ("The", "This", "That", "In", "On", "He", "She", "They", "It"):
        return ""
    if found.group(3) in ("he", "she", "they"):
        return " ".join(f"{doer} {done} {what}".split()) if doer else ""
    return " ".join(f"{found.group(3)} {done} {what}".split())


# "Forming in Leeds in 1811, the Luddites were weavers …": the opening participle is the subject's deed.
_OPENING_PARTICIPLE = re.compile(
    r"^(?!(?:During|Including|According|Regarding|Concerning|Notwithstanding|Following|Beginning|Starting)\b)"
    r"([A-Z][a-z]+)ing\s+([^,]*),\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
    r"\s+(?:was|were)\s+([a-z]+)"
)


_IRREGULAR = set(
    "meet tak mak go com lead hold set build break begin fight win los run ris giv writ send sell buy bring fly flee "
    "grow stand leav keep tell find pay say hear rid draw know throw sit feel feed hid shak lay li strik driv choos "
    "speak see undertak forbid swear tear wear freez bear deal mean lend spend sleep sweep teach catch seek think "
    "shoot sink swim sing becom overthrow withdraw fall get put cut let hit shut spread cast read".split()
)


def is_participle(word: str) -> bool:
    """Whether a word after "was"/"were" makes a deed ("were executed", "was shot", "was born")."""
    return bool(VERB.fullmatch(word)) or word.endswith(("en", "wn", "rn", "ing", "t"))


def participle_deed(sentence: str, mention: DateMention) -> str | None:
    """The title of a date in an opening participle phrase whose main clause only describes its
    subject ("Forming in Leeds in 1811, the Luddites were weavers" → "The Luddites formed in
    Leeds"); "" when its verb is irregular; None for another sentence."""
    found = _OPENING_PARTICIPLE.match(sentence)
    if found is None or not found.start(2) <= mention.start < found.end(2) or is_participle(found.group(4)):
        return None  # "…, the Luddites were defeated": the main clause tells an event of its own
    stem = found.group(1).lower()
    if stem in _IRREGULAR:
        return ""
    place = re.sub(r"\s+(?:in|on)\s+(?:the\s+\w+\s+of\s+)?" + re.escape(mention.text) + r".*$", "", found.group(2))
    title = f"{found.group(3).strip()} {stem}ed {place}".strip()
    return title[:1].upper() + title[1:]
