"""What an imported article proposes for each content file.

Everything here reads plain text (:class:`~generator.authoring.reading.Block`'s
``plain``), so no proposed title, key point, term or name carries mark-up. Dates
come only from the article's prose: never from captions, credits, link text or
the parts that list other works. An event title is a short noun phrase that
names the event ("Battle of Midway", "Italian invasion of Greece"); a sentence
that yields none is kept as a commented-out candidate for the author, not
printed under a made-up title.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from generator.authoring.importing.clause_span import find_verb
from generator.authoring.importing.clauses import (
    CITATION,
    CREDIT_LINE,
    ROLE_TITLES,
    TO_THE_READER,
    with_relative,
)
from generator.authoring.importing.context import (
    bracketed_name,
    known_as,
    named_subject,
    relative_dates,
    table_events,
    with_day_ranges,
)
from generator.authoring.importing.event_dates import bounds, event_dates, in_work_title
from generator.authoring.importing.titling import event_title_of
from generator.authoring.prose import DateMention, find_dates, iso, split_sentences
from generator.authoring.reading import CAPTION, FIGURE, HEADING, ITEM, OTHER, PARAGRAPH, QUOTE, Block, without_credits
from generator.content.dates import MONTHS, PartialDate

_STOP = set(
    "a an the and or but of in on at to for from by with as is was were be been are that this these those it its "
    "their his her they he she we which who whom whose what when where while after before during into over under "
    "than then also had has have not no so such there would could should may might will did do does".split()
)
_SPEAKER = re.compile(r"^[A-Z][A-Z. ]{1,30}:")
_WEAK_START = re.compile(r"^(?:this|these|that|those|it|they|he|she|however|but|thus|therefore|also|then)\b", re.I)
# "Washington, who lost New York": a "who" after a name tells a person, whom a later "he" may stand for.
_NAMED_WHO = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+who\s")
_PERSON_WITH_TITLE = re.compile(
    rf"\b({ROLE_TITLES})\s+((?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.)){{1,3}})"
)
_PERSON_WITH_DATES = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.)){1,3})\s+\((?:c\.\s*)?(\d{3,4})\s*[–-]\s*(\d{3,4})\)"
)


@dataclass
class EventProposal:
    """A timeline entry proposed from one sentence; ``title`` empty when no name was found."""

    date: str
    sort_key: tuple
    title: str
    detail: str
    where: str
    keywords: set[str] = field(default_factory=set)
    from_table: bool = False  # a row of a table of dates: a few words, matched to a sentence by containment
    year_guessed: bool = False  # the sentence gives no year ("On August 28"): it is the year of the text around it


@dataclass
class Person:
    name: str
    role: str | None = None
    dates: str | None = None


@dataclass
class TermProposal:
    term: str
    definition: str
    from_list: bool  # given by the article's own key-terms list, not guessed from bold


def prose_sentences(blocks: list[Block]) -> list[str]:
    """The sentences of a part's running text, credits removed."""
    sentences: list[str] = []
    for block in blocks:
        if block.kind in (PARAGRAPH, QUOTE) and not _only_links(block):
            sentences.extend(split_sentences(without_credits(block.plain)))
    return sentences


def _only_links(block: Block) -> bool:
    return bool(block.link_texts) and " ".join(block.link_texts).strip() == block.plain.strip()


def key_points(blocks: list[Block]) -> list[str]:
    """2–5 sentences of at most 25 words that are most central to the part, in reading order.

    Centrality is the centroid method: a sentence scores by how many other sentences of
    the part share its content words. It is linear in the part's length, so a huge
    pasted section costs no more than its reading."""
    sentences = prose_sentences(blocks)
    if not sentences:
        return []
    words = [_content_words(s) for s in sentences]
    counts = Counter(w for ws in words for w in ws)

    def rank(i: int) -> float:
        if _SPEAKER.match(sentences[i]) or sentences[i].endswith(("?", "?”", '?"')):
            return -1.0  # a line of a transcript, or a question, is not a point to learn
        shared = sum(counts[w] - 1 for w in words[i]) / math.sqrt(len(words[i]) + 1)
        length = len(sentences[i].split())
        fit = 1000.0 if 8 <= length <= 25 else 0.0  # a point a reader takes in at a glance comes first
        return fit + shared * (0.5 if _WEAK_START.match(sentences[i]) else 1.0)

    wanted = max(2, min(5, round(len(sentences) / 6)))
    chosen = sorted(sorted(range(len(sentences)), key=rank, reverse=True)[:wanted])
    return [_shorten(sentences[i]) for i in chosen if len(sentences[i].split()) >= 5]


def _shorten(sentence: str) -> str:
    """A sentence of at most ~25 words: a longer one is cut at its last clause boundary
    that keeps it under the limit."""
    words = sentence.split()
    if len(words) <= 25:
        return sentence
    text = " ".join(words[:25])
    cut = max(text.rfind(", "), text.rfind("; "), text.rfind(" – "))
    return (text[:cut] if cut > 40 else text).rstrip(",;: ") + "."


_MONTH_WORDS = {m.lower() for m in MONTHS["en"]}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z’'-]+", text.lower()) if len(w) > 3 and w not in _STOP}


#: Dated sentences read for events in one article: a real timeline has far fewer, and naming
#: each costs milliseconds, so a pasted megabyte of dates stops here instead of taking minutes.
MAX_PROPOSALS = 400


# A question put to the reader opens with its question word or its inverted verb: "How are … defined?"
_ASKED = re.compile(
    r"\W*(?:How|What|Why|When|Where|Which|Who|Whom|Whose|Did|Do|Does|Is|Are|Was|Were|Can|Could|Should|Would|Will|"
    r"Has|Have|Had|In what|To what)\b"
)


@dataclass
class TextTime:
    """The year the text is in where a part ends, for the next part of a text without headings."""

    year: int | None = None
    last: PartialDate | None = None  # the date the text last named


def events(
    blocks: list[Block],
    heading: str | None,
    where: str,
    limit: int = MAX_PROPOSALS,
    language: str = "en",
    title_year: int | None = None,
    time: TextTime | None = None,
) -> list[EventProposal]:
    """Proposals from the sentences of running text that name a usable date: one per
    date that is an event's own, titled by the event its clause names. A year heading
    ("1937", "1933 election and aftermath"), the last year the text named, else the one
    year the part's heading or the article's title names (``title_year``: "The Madrid
    Conference, 1991") gives its year to a date without one ("On 26 April …")."""
    found: list[EventProposal] = []
    year = _heading_year(heading)
    last = PartialDate(year) if year else None  # the date the text last named: "two days later" counts from it
    year = year or only_year(heading, spans=True) or title_year
    # a part cut from a text without headings goes on from the day the last one named: its first day
    # earlier in the year than that one is in the next year (within a part, the text may look back)
    going_on = time is not None and heading is None and time.year is not None and year == time.year
    last = (last or time.last) if going_on and time is not None else last
    person = heading if heading and _PERSON_HEADING.fullmatch(heading) else None
    last_named: str | None = None
    persons = _titled_surnames(blocks)
    # under a new heading, the first year the text names is its time, even one earlier than the year carried
    # ("By 1900, the AFL had 500,000 members." then "The Decline of Labor": "… manager in 1889. … in 1892, …")
    new_part = False
    for block in blocks:
        if block.kind == HEADING:
            headed = _heading_year(block.plain)
            year, last = (headed, PartialDate(headed)) if headed else (year, last)
            new_part = not headed
            person = block.plain if _PERSON_HEADING.fullmatch(block.plain) else person
            continue
        if block.kind == OTHER and block.rows:
            found += [_table_event(date, text, block, where) for date, text in table_events(block.rows)]
            continue
        if block.kind not in (PARAGRAPH, QUOTE, ITEM):
            continue
        sentences = split_sentences(without_credits(block.plain))
        timed = False  # whether the paragraph has set its time yet
        for number, sentence in enumerate(sentences):
            if TO_THE_READER.match(sentence) or CREDIT_LINE.match(sentence):
                continue  # "Read some excerpts …": a pointer to other material, not an event
            if language == "en" and _TOLD_IN_FIRST_PERSON.search(sentence):
                continue  # "in 1898 and 1899 …, I occupied a position …": a witness's words, quoted, not the text's

            if re.search(r"\?[\s)]*$", sentence) and _ASKED.match(sentence):  # not a question someone quoted asked
                continue  # "How are “slaves” defined in the 1857 Kansas constitution?": a question for the reader
            explicit = find_dates(sentence, year=year, language=language)
            if going_on and _turns_the_year(explicit, last, year):
                year = year + 1 if year is not None else year  # "By October 30, … On March 2, …": the next March
                explicit = find_dates(sentence, year=year, language=language)
            going_on = going_on and not explicit
            mentions = event_dates(sentence, block.link_texts, year, language)
            if language == "en":
                mentions = with_day_ranges(sentence, mentions)
            unresolved: list[str] = []
            if language == "en":
                mentions = with_relative(sentence, mentions, relative_dates(sentence, explicit, last, unresolved))
            if unresolved and not mentions:  # "the following year" after no date: the author dates it
                never = (9999, 0, 0)  # after every dated event, in the shape of a span's sort key
                found.append(EventProposal("", ((never, never),), "", CITATION.sub("", sentence), where, set()))
            following = sentences[number + 1] if number + 1 < len(sentences) else ""
            titled = []
            for mention in mentions[: max(0, limit - len(found))]:
                title = event_title_of(sentence, mention, heading, person, language, sentences[:number], last_named)
                # "King William’s War (1688–1697) is also known as …": the bracket dates the name before it
                aliased = language == "en" and not bracketed_name(sentence, mention)
                # "The Ordinance of 1787 …": the date names its thing already, and a name given later is another's
                aliased = aliased and not re.search(r"\b[A-Z][\w’'-]*\s+of\s+$", sentence[: mention.start])
                alias = known_as(sentence[mention.start :], following) if aliased else ""
                named_at = sentence.lower().find(alias.lower(), mention.end) if alias else -1
                if named_at > 0 and re.search(r"\b(?:1\d{3}|20\d\d)\b", sentence[mention.end : named_at]):
                    alias = ""  # "first reported in 1981, and by 1982 it had become known as AIDS": a later name
                if named_at > 0 and sentence.count("(", 0, named_at) > sentence.count(")", 0, named_at):
                    alias = ""  # "(who was known as the “virgin queen” …)": an aside names someone else
                held = alias.casefold().removeprefix("the ")
                clause = title.casefold() not in (held, f"the {held}") and not re.search(
                    r"\b(?:known\s+as|called)\b", title
                )
                if alias and held in title.casefold() and clause:
                    alias = ""  # "organized the Lords of Trade and Plantation, commonly known as the Lords of Trade"
                title = alias or title
                titled.append((mention, title))
            for mention, title in _clause_owners(sentence, _named_for_its_day(sentence, titled)):
                date = iso(mention.date) + (f"/{iso(mention.until)}" if mention.until else "")
                if block.kind == ITEM and not title:
                    continue  # a list item without a nameable event is a note, not an event
                found.append(
                    EventProposal(
                        date,
                        (mention.span.sort_key,),
                        title,
                        CITATION.sub("", sentence),
                        where,
                        _content_words(sentence) - _MONTH_WORDS,  # a month shared tells no event from another
                        # "On August 28" takes the text's year; "31 BCE" names its own
                        year_guessed=not re.search(r"\d{3}|\d\s*(?:BCE|BC|B\.C|CE|AD|A\.D|C\.E)\b", mention.text),
                    )
                )
            subject = named_subject(sentence) if language == "en" else None
            last_named = _still_named(subject, last_named, persons)
            who = _NAMED_WHO.findall(sentence) if language == "en" else []
            if who and not subject:  # "… went badly for Washington, who lost New York. … he crossed …"
                last_named = who[-1]
            explicit = [m for m in explicit if not in_work_title(sentence, m)]  # a book's years count no "later"
            if mentions or explicit:
                latest = max([*mentions, *explicit], key=lambda m: m.start)
                last = latest.until or latest.date
            dates = find_dates(sentence, language=language)
            # "On May 1, he left …" read with the text's year sets the paragraph's time as "In 1974" would
            told_then = any(year is not None and not re.search(r"\d{3}", m.text) for m in mentions)
            first = _context_year(sentence, dates, None, timed=timed or told_then) if new_part and dates else None
            new_part = new_part and first is None
            year = first or _context_year(sentence, dates, year, timed=timed or told_then)
            stated = {(m.start, m.end) for m in explicit}
            moved_on = next(
                (m for m in mentions if (m.start, m.end) not in stated and _OPENS.fullmatch(sentence[: m.start])), None
            )
            if moved_on and not any(m.date.month for m in dates):
                year = moved_on.date.year  # "The following year, …. Then, on October 14, …": the text is a year on
            timed = timed or told_then or any(mention.date.year == year for mention in dates)  # not a title's year kept
    if time is not None:
        time.year, time.last = year, last
    return found


def _clause_owners(sentence: str, titled: list[tuple[DateMention, str]]) -> list[tuple[DateMention, str]]:
    """Of two dates one clause's title was given ("Despite the successes of 1863, in 1864,
    Lincoln’s status plummeted"; "in 1864, Black soldiers began to receive … pay back to
    1863"), the one that opens the clause: a date of a phrase before or after it is another
    time the clause looks to, not when it happened, and is left untitled for the author."""
    out = list(titled)
    for title in {t for _, t in titled if t}:
        given = [i for i, (_, t) in enumerate(out) if t == title]
        inner = [i for i in given if _inside(sentence, out[i][0], title)]
        opener = next((i for i, (m, t) in enumerate(out) if t in ("", title) and _opens(sentence, m, title)), None)
        opener = inner[0] if len(inner) == 1 else opener
        if len(given) + (opener not in given) < 2 or opener is None:
            continue
        out[opener] = (out[opener][0], title)
        out = [(m, "") if i in given and i != opener else (m, t) for i, (m, t) in enumerate(out)]
    return out


# "The Emergency Banking Act of 1933 was signed into law on March 9, 1933": the name's year, then the day of the deed
_DONE_ON_ITS_DAY = re.compile(
    r"^\s+(?:was|were)\s+(?:\w+ly\s+)?(?:signed|passed|enacted|ratified|adopted|issued)\b[^;,]*$"
)


def _named_for_its_day(sentence: str, titled: list[tuple[DateMention, str]]) -> list[tuple[DateMention, str]]:
    """A name whose year is part of it ("… Act of 1933") and a later day the same clause
    gives its passing, or a month that opens the sentence: the name is the title of that
    day, not of the bare year."""
    out = list(titled)
    for i, (named, title) in enumerate(titled):
        if not title or not re.search(r"\b[A-Z][\w’'-]*\s+of\s+$", sentence[: named.start]):
            continue
        for j, (day, other) in enumerate(titled):
            passed_then = j > i and _DONE_ON_ITS_DAY.match(
                re.sub(r"\s+(?:on|in)\s+$", "", sentence[named.end : day.start])
            )
            # "In August 1861, legislators approved the Confiscation Act of 1861": the clause's opening date
            opening = (
                j < i and re.fullmatch(r"\W*(?:In|On)\s+", sentence[: day.start]) and ";" not in sentence[: named.start]
            )
            if (
                not other
                and day.date.month is not None
                and day.date.year == named.date.year
                and (passed_then or opening)
            ):
                out[j], out[i] = (day, title), (named, "")
                break
    return out


def _inside(sentence: str, mention: DateMention, title: str) -> bool:
    """Whether the date ends the clause the title was made of, as when it happened ("… the
    council raised the tax on mills in March 1848"), not as a bound ("pay back to 1863")."""
    tail = " ".join(title.split()[-2:])
    at = sentence.casefold().find(tail.casefold()) if len(title.split()) > 2 else -1
    between = sentence[at + len(tail) : mention.start] if at >= 0 else ""
    return at >= 0 and re.fullmatch(r"\s+(?:in|on|during)\s+(?:the\s+)?", between) is not None


def _opens(sentence: str, mention: DateMention, title: str) -> bool:
    """Whether the date stands right before the title's clause: "in 1864, Black soldiers …"."""
    head = " ".join(title.split()[:2])
    return bool(head) and bool(re.match(r"[\s,]*" + re.escape(head), sentence[mention.end :], re.IGNORECASE))


# What may stand before a date that sets the text's time: "In", "But on", "Early in the spring of".
# Not a subject and its verb ("Solidarity was formed in August 1980": a look back), nor a
# determiner ("The 1981 imposition of martial law").
_OPENING_LEAD = re.compile(
    r"\W*(?:(?:by|in)\s+contrast|however|meanwhile|for\s+(?:example|instance)|moreover|nevertheless|"
    r"instead|indeed|thus|eventually|ultimately)?[\s,]*"  # "By contrast, in early 1968, …" opens on its year
    r"(?:(?:but|and|then|so|yet|later|finally|also|only|even|just|already)\s+)?"
    r"(?:(?:in|on|by|during|from|since|after|before|until|till|at|around|about|early|late|mid|of|the|"
    r"spring|summer|autumn|fall|winter|evening|morning|night|end|beginning|middle|start|first|last|half|"
    r"week|weeks|day|days|month|months|year)[\s,-]+){0,6}$",
    re.IGNORECASE,
)


# "there had been no major incidents … until": nothing happened before the date, so the text goes on from it
# (not "continued to meet until March 1, 1781, when …", which looks ahead).
_NOT_UNTIL = re.compile(r"\b(?:no|not|never|nothing)\b.*\b(?:until|till)\s+$", re.IGNORECASE)


_PASSED_WHEN = re.compile(
    r",?\s+(?:which\s+was\s+)?(?:passed|signed|enacted|adopted|ratified|approved)\s+(?:in|on|during)\s+(?:the\s+)?[a-z]"
)


# What may stand before a relative date that opens its sentence ("The following year, …", "Then, a year later").
_OPENS = re.compile(r"\W*(?:(?:and|but|then|so)\W+)?", re.IGNORECASE)


def _turns_the_year(explicit: list[DateMention], last: PartialDate | None, year: int | None) -> bool:
    """Whether the first day the sentence names without its year comes before the last day the
    text named in that year: a narrative that goes on from October 30 to March 2 is in the next year."""
    guessed = [m for m in explicit if m.date.month and m.date.day and not re.search(r"\d{3}", m.text)]
    return bool(
        guessed
        and year is not None
        and last is not None
        and last.year == year
        and last.month is not None
        and last.day is not None
        and guessed[0].date.month is not None
        and guessed[0].date.month < last.month
    )


# A relative clause the date stands in, after the sentence's own deed: what came of it, or what came before.
_IN_RELATIVE = re.compile(r",\s+(?:which|who)\b[^.;:]*$")


# "I occupied", "I am reminded": a witness or an author quoted at length; not "Charles I was", "World War I had"
_TOLD_IN_FIRST_PERSON = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|when|as|that|because|which)\s+)I\s+(?:am|was|have|had|did|do|could|would|"
    r"[a-z]+ed)\b"
)
_WHEN_LEAD = re.compile(r"\W*(?:When|Once)\s[^,;]*\b(?:in|on)\s+$")  # not "When the depression of 1893 …"


def _context_year(sentence: str, dates: list[DateMention], year: int | None, timed: bool = False) -> int | None:
    """The year a later day or month without its year belongs to: the last date of the
    sentence that has a month, or a year that opens it ("In 1948, …"); a year named in
    passing later in a sentence ("agreements with the Soviet Union in 1945") is a flashback,
    and so is an earlier date inside a sentence of a paragraph that has set its time
    (``timed``: "On February 6, 1989, … Solidarity was formed in August 1980 …")."""
    for mention in reversed(dates):
        lead = sentence[: mention.start]
        opening = _OPENING_LEAD.match(lead) is not None and not re.search(r"\b(?:the|a|an)\s+$", lead, re.I)
        if _NOT_UNTIL.search(lead) and re.match(r",?\s+when\b", sentence[mention.end :]):
            return mention.date.year  # "no incidents … until 1990, when Iraq was …": the text moves on to then
        if _PASSED_WHEN.match(sentence, mention.end):
            return mention.date.year  # "The Tariff of 1832, passed in the summer, …": the text is in 1832 now
        if bounds(sentence, mention) and not opening:
            continue  # "… were not repealed before September 10, 1775": a deadline, not the text's time
        if _WHEN_LEAD.match(lead) and mention.date.year != year:
            return mention.date.year  # "When the union contract was up for renewal in 1892, …": the text is then
        if timed and not opening and year is not None and mention.date.year < year:
            continue  # "Solidarity was formed in August 1980" told in 1989: a look back, not the text's time
        if (
            year is not None
            and mention.date.year != year
            and _IN_RELATIVE.search(lead)
            and (timed or mention.date.year < year and re.search(r"\bhad\s+(?:\w+ly\s+)?\w+", lead) is not None)
        ):
            # "… a war, which began on January 16, 1991, and ended …" told in 1990: a look ahead; "he had come to
            # oust the Soviet army, which invaded Afghanistan in 1979": a look back
            continue
        if mention.date.month or opening or len(dates) == 1 and mention.until is None and year is None:
            return mention.date.year
        if not timed and year is not None and mention.date.year > year and mention.until is None:
            return mention.date.year  # a paragraph that opens on a later year moves on to it ("… in 1804, when …")
        main = find_verb(sentence)
        if year is not None and mention.date.year > year and main is not None and mention.end < main.start():
            return mention.date.year  # "The harsh British response to this act in 1774 … caused …": the subject's year
    return year


def _still_named(subject: str | None, last_named: str | None, persons: frozenset[str] = frozenset()) -> str | None:
    """Whom a later "he" or "she" may stand for, after a sentence whose subject is ``subject``:
    a full name becomes it, and so does a surname the text gave a person's title
    ("President Kennedy … Kennedy summoned his advisers. … On October 22, he ordered …");
    another single word that is not part of it (a surname, or a country, a city, Congress)
    leaves no one, for "he" may then be either ("Even Martin Luther had not gone so far.
    Zwingli also called for … He was killed in 1531": not Luther)."""
    if not subject:
        return last_named
    if len(subject.split()) >= 2:
        return subject
    if subject in persons:
        return subject
    return last_named if last_named and subject in last_named.split() else None


def _titled_surnames(blocks: list[Block]) -> frozenset[str]:
    """The surnames the text gives a person's title ("President John F. Kennedy", "General Howe")."""
    return frozenset(
        match.group(2).split()[-1].removesuffix("’s").removesuffix("'s")
        for block in blocks
        for match in _PERSON_WITH_TITLE.finditer(block.plain)
    )


def _table_event(date: DateMention, text: str, block: Block, where: str) -> EventProposal:
    """An event a table of dates lists: its row is its title and its detail."""
    return EventProposal(
        iso(date.date) + (f"/{iso(date.until)}" if date.until else ""),
        (date.span.sort_key,),
        text,
        f"{date.text}: {text}",
        where,
        _content_words(text),
        from_table=True,
    )


# A heading that is a person's name: not "The …", nor one set in capitals ("FROM NEUTRALITY TO ENGAGEMENT").
_PERSON_HEADING = re.compile(
    # nor a box's title ("My Story", "Defining American")
    r"(?!(?:The|A|An|My|Our|Your|His|Her|Their|Its)\s|[A-Z][a-z]+ing\s)(?![^a-z]*$)(?:[A-ZÀ-Þ][\w’'.-]+\s){1,3}[A-ZÀ-Þ][\w’'-]+"
)


def only_year(title: str | None, spans: bool = False) -> int | None:
    """The year a heading or title names when it names exactly one ("The 1967 Arab-Israeli
    War", "The Madrid Conference, 1991"), or with ``spans`` the first of the one span it names
    ("The United States, 1990–1991"); None for none or several."""
    found = find_dates(title or "")
    if len(found) != 1 or (found[0].until is not None and not spans):
        return None
    return found[0].date.year


def _heading_year(heading: str | None) -> int | None:
    match = re.match(r"^\s*(1\d{3}|20\d\d)\b(?![–-]\d)", heading or "")
    return int(match.group(1)) if match else None


def people(blocks: list[Block]) -> list[Person]:
    """People named with a title ("Admiral Harold R. Stark") or life dates, once each."""
    found: dict[str, Person] = {}
    for block in blocks:
        if block.kind in (FIGURE, CAPTION):
            continue
        text = without_credits(block.plain)
        for match in _PERSON_WITH_TITLE.finditer(text):
            role = " ".join(match.group(1).split())
            name = match.group(2).removesuffix("’s").removesuffix("'s").rstrip(".")
            _add_person(found, Person(name, role[:1].upper() + role[1:]))
        for match in _PERSON_WITH_DATES.finditer(text):
            _add_person(found, Person(match.group(1), None, f"{match.group(2)}–{match.group(3)}"))
    return list(found.values())


def _add_person(found: dict[str, Person], person: Person) -> None:
    surname = person.name.split()[-1].casefold()
    known = found.get(surname)
    if known is None:
        found[surname] = person
        return
    if len(person.name) > len(known.name):
        known.name = person.name
    known.role = known.role or person.role
    known.dates = known.dates or person.dates


def terms(parts_blocks: list[list[Block]], key_terms: list[Block]) -> list[TermProposal]:
    """The article's own key-terms list, then bold terms of the text with the sentence
    that introduces each."""
    found: dict[str, TermProposal] = {}
    for block in key_terms:
        term, definition = _split_term(block)
        if term and definition:
            found[term.casefold()] = TermProposal(term, definition, True)
    for blocks in parts_blocks:
        for block in blocks:
            for bold in block.bold:
                key = bold.casefold()
                if key in found or not _term_like(bold, block.plain):
                    continue
                sentence = next((s for s in split_sentences(block.plain) if bold in s), block.plain)
                found[key] = TermProposal(bold, sentence, False)
    return sorted(found.values(), key=lambda t: t.term.casefold())


def _term_like(bold: str, text: str) -> bool:
    """Bold marks a term when it is a short name inside a sentence; bold at the start of a
    paragraph is a run-in heading."""
    return 0 < len(bold.split()) <= 5 and not text.startswith(bold) and not re.search(r"[.!?:;]", bold)


def _split_term(block: Block) -> tuple[str, str]:
    if block.bold and block.plain.startswith(block.bold[0]):
        return block.bold[0], block.plain[len(block.bold[0]) :].strip(" :—–-")
    match = re.match(r"^(.{2,60}?)(?:\s*[:—–]\s+|\s+-\s+)(.+)$", block.plain)
    if match:
        return match.group(1), match.group(2)
    match = re.match(r"^((?:[A-Z][\w’'-]*\s*){1,5}?)\s+((?:a|an|the|[a-z]).+)$", block.plain)
    return (match.group(1).strip(), match.group(2)) if match else ("", "")


def objectives(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The learning objectives (the list after "you will be able to:"), and the blocks
    of running text that follow them."""
    items = [b.plain.rstrip(". ") for b in blocks if b.kind == ITEM]
    rest = [b for b in blocks if b.kind != ITEM and not b.plain.rstrip().endswith(":")]
    return items, rest


# The commonest short words of each language the guide has labels for: enough to tell them apart.
_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "was", "that", "with"},
    "fr": {"le", "la", "les", "et", "des", "du", "une", "est", "dans", "qui"},
    "de": {"der", "die", "das", "und", "den", "von", "mit", "ist", "ein", "eine"},
    "es": {"el", "los", "las", "y", "del", "una", "por", "con", "que", "fue"},
}


def language_of(texts: list[str]) -> str:
    """The language an article is written in, from its commonest short words ("en" if unsure)."""
    words = Counter(w for text in texts[:200] for w in re.findall(r"[a-zäöüéèàçñ]+", text.lower()))
    scores = {code: sum(words[w] for w in common) for code, common in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > 2 * scores["en"] or best == "en" else "en"


def common_words(texts: list[str], top: int = 5) -> list[str]:
    counts = Counter(w for text in texts for w in _content_words(text))
    return [w for w, _ in counts.most_common(top)]
