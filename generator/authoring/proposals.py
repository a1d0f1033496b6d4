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

from generator.authoring.event_titles import NAMED_EVENT, event_title
from generator.authoring.importing.clauses import (
    BOUNDING_NAME,
    CITATION,
    CREDIT_LINE,
    PICTURE_YEAR,
    PUBLICATION,
    ROLE_TITLES,
    TO_THE_READER,
    bracketed_date_counts,
    dates_the_event_before,
    done_to_name_title,
    of_date_title,
    own_clause,
    plain_title,
    with_relative,
    year_spans,
)
from generator.authoring.importing.context import (
    bracketed_name,
    deed_before_date,
    gapped_title,
    known_as,
    named_subject,
    relative_dates,
    table_events,
    with_day_ranges,
    with_its_name,
)
from generator.authoring.importing.headline import clause_title
from generator.authoring.prose import DateMention, find_dates, iso, split_sentences
from generator.authoring.reading import CAPTION, FIGURE, HEADING, ITEM, OTHER, PARAGRAPH, QUOTE, Block, without_credits
from generator.content.dates import MONTHS, PartialDate

# "After January 1940 …", "By 1939 …": a date that bounds a state of affairs, not an event's date.
_BOUNDING = re.compile(
    r"\b(?:after|before|since|by|until|till|prior to|as late as|as early as|up to|into|from|from \d{4} to)\s+(?:the\s+)?"
    r"(?:(?:early|late|mid|end of|spring of|summer of|autumn of|fall of|winter of)\s*-?\s*)?$",
    re.I,
)
# "trade with China began as early as 1784": the start is the event, and this is its date.
_STARTED_AS_EARLY_AS = re.compile(r"\b(?:began|started|opened|appeared|arrived|was founded)\s+as early as\s+$")
_STOP = set(
    "a an the and or but of in on at to for from by with as is was were be been are that this these those it its "
    "their his her they he she we which who whom whose what when where while after before during into over under "
    "than then also had has have not no so such there would could should may might will did do does".split()
)
_SPEAKER = re.compile(r"^[A-Z][A-Z. ]{1,30}:")
_WEAK_START = re.compile(r"^(?:this|these|that|those|it|they|he|she|however|but|thus|therefore|also|then)\b", re.I)
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


def events(
    blocks: list[Block], heading: str | None, where: str, limit: int = MAX_PROPOSALS, language: str = "en"
) -> list[EventProposal]:
    """Proposals from the sentences of running text that name a usable date: one per
    date that is an event's own, titled by the event its clause names. A year heading
    ("1937", "1933 election and aftermath") or the last year the text named gives its
    year to a date without one ("On 26 April …")."""
    found: list[EventProposal] = []
    year = _heading_year(heading)
    last = PartialDate(year) if year else None  # the date the text last named: "two days later" counts from it
    person = heading if heading and _PERSON_HEADING.fullmatch(heading) else None
    last_named: str | None = None
    for block in blocks:
        if block.kind == HEADING:
            headed = _heading_year(block.plain)
            year, last = (headed, PartialDate(headed)) if headed else (year, last)
            person = block.plain if _PERSON_HEADING.fullmatch(block.plain) else person
            continue
        if block.kind == OTHER and block.rows:
            found += [_table_event(date, text, block, where) for date, text in table_events(block.rows)]
            continue
        if block.kind not in (PARAGRAPH, QUOTE, ITEM):
            continue
        sentences = split_sentences(without_credits(block.plain))
        for number, sentence in enumerate(sentences):
            if TO_THE_READER.match(sentence) or CREDIT_LINE.match(sentence):
                continue  # "Read some excerpts …": a pointer to other material, not an event
            explicit = find_dates(sentence, year=year, language=language)
            mentions = _event_dates(sentence, block.link_texts, year, language)
            if language == "en":
                mentions = with_day_ranges(sentence, mentions)
            unresolved: list[str] = []
            if language == "en":
                mentions = with_relative(sentence, mentions, relative_dates(sentence, explicit, last, unresolved))
            if unresolved and not mentions:  # "the following year" after no date: the author dates it
                found.append(EventProposal("", ((9999, 0, 0),), "", CITATION.sub("", sentence), where, set()))
            following = sentences[number + 1] if number + 1 < len(sentences) else ""
            for mention in mentions[: max(0, limit - len(found))]:
                date = iso(mention.date) + (f"/{iso(mention.until)}" if mention.until else "")
                title = _title(sentence, mention, heading, person, language, sentences[:number], last_named)
                title = (known_as(sentence[mention.start :], following) if language == "en" else "") or title
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
                    )
                )
            subject = named_subject(sentence) if language == "en" else None
            last_named = _still_named(subject, last_named)
            if mentions or explicit:
                latest = max([*mentions, *explicit], key=lambda m: m.start)
                last = latest.until or latest.date
            year = next((m.date.year for m in reversed(find_dates(sentence, language=language))), year)
    return found


def _still_named(subject: str | None, last_named: str | None) -> str | None:
    """Whom a later "he" or "she" may stand for, after a sentence whose subject is ``subject``:
    a full name becomes it; a single word that is not part of it (a surname, or a country)
    leaves no one, for "he" may then be either ("Even Martin Luther had not gone so far.
    Zwingli also called for … He was killed in 1531": not Luther)."""
    if not subject:
        return last_named
    if len(subject.split()) >= 2:
        return subject
    return last_named if last_named and subject in last_named.split() else None


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


def _title(
    sentence: str,
    mention: DateMention,
    heading: str | None,
    person: str | None,
    language: str,
    earlier: list[str],
    last_named: str | None = None,
) -> str:
    """The event's title: a thing the date qualifies, a named event, else its clause
    (``earlier``: the paragraph's sentences before this one, for "he" and "the act";
    ``last_named``: the last person the part named as a subject, for "he")."""
    if language != "en":
        return plain_title(sentence, mention)
    near = named_subject(sentence[: mention.start]) or named_subject(earlier[-1] if earlier else "")
    ruler = None if last_named else _only_ruler(earlier[-1] if earlier else "")
    if ruler and (near is None or " " not in near):  # "Kell was not the only town in which Otto IV …. He …"
        near = ruler
    gapped = gapped_title(sentence, mention, lambda head, first: clause_title(head, first, person or last_named, near))
    if gapped is not None:  # "X granted status on May 13, Spain on June 17": one verb, a name for each date
        return gapped
    clause = clause_title(sentence, mention, person or last_named, near)
    named = event_title(sentence, mention, heading)
    kind = _GENERIC_HEAD.match(named)
    if kind and named[kind.end() :].casefold().removeprefix("the ") in clause.casefold():
        named = ""  # "Attack on England" is the object of "Philip II launched a naval attack on England"
    elif (
        named
        and re.match(rf"(?:The\s+)?{re.escape(named)}\s+(?!was\b|were\b)\S+\s+\S+", clause)
        and _LASTING.search(named)
    ):
        named = ""  # "The French Revolution entered its most violent phase": a stage of a long event is the title
    title = (
        bracketed_name(sentence, mention)
        or done_to_name_title(sentence, mention)
        or deed_before_date(sentence, mention)
        or of_date_title(sentence, mention)
        or named
        or with_its_name(clause, " ".join(earlier))
    )
    short = re.sub(
        rf"\s+(?:of|in)\s+(?:\d{{1,2}}\s+)?(?:(?:{'|'.join(MONTHS['en'])})\s+)?(?:\d{{1,2}},?\s+)?(?:1\d|20)\d\d(?:[–-]\d{{2,4}})?$",
        "",
        title,
    )  # the date says it: "General election of 19 November 1933"
    return short if " " in short else title  # "War of 1812" is a name


# A heading that is a person's name ("Karl Marx"): not "The Ninety-five Theses", a thing.
# A title made of a kind of deed and its object ("Attack on England"): who did it is in the clause.
_GENERIC_HEAD = re.compile(
    r"^(?:Attack|Invasion|Bombing|Occupation|Annexation|Capture|Liberation|Evacuation|Withdrawal|Blockade|"
    r"Sinking|Seizure)\s+(?:of|on|from|into)\s+"
)
_LASTING = re.compile(r"\b(?:War|Revolution|Rebellion|Uprising|Crisis|Reformation|Depression)$")
_PERSON_HEADING = re.compile(r"(?!(?:The|A|An)\s)(?:[A-ZÀ-Þ][\w’'.-]+\s){1,3}[A-ZÀ-Þ][\w’'-]+")


_RULER = re.compile(
    r"\b(?:[A-Z][a-z]+\s+(?:[IVX]+)\b|(?:King|Queen|Emperor|Empress|Pope|Tsar|Czar)\s+[A-Z][a-z]+(?:\s+[IVX]+\b)?)"
)


def _only_ruler(sentence: str) -> str | None:
    """The one ruler a sentence names ("Philip II", "Queen Mary"), whom a "he" or "she" of the
    next sentence stands for even when he is not that sentence's subject; None if two."""
    rulers = {m.group(0) for m in _RULER.finditer(sentence)}
    return rulers.pop() if len(rulers) == 1 else None


def _heading_year(heading: str | None) -> int | None:
    match = re.match(r"^\s*(1\d{3}|20\d\d)\b(?![–-]\d)", heading or "")
    return int(match.group(1)) if match else None


def _event_dates(sentence: str, link_texts: list[str], year: int | None, language: str) -> list[DateMention]:
    """The dates of a sentence that are events' own: the first, and each later one that
    starts a clause of its own ("… on 4 June 1859 and at Solferino on 24 June 1859")."""
    kept: list[DateMention] = []
    for mention in year_spans(sentence, find_dates(sentence, year=year, language=language)):
        if any(mention.text in link for link in link_texts if link in sentence):
            continue  # a date inside a link's text names the linked page
        if PICTURE_YEAR.match(sentence[mention.end :]):
            continue  # "a 1963 stamp" dates the stamp, not the event
        if re.match(r"\s*(?:is|are)\s+to\s+be\b|\s*(?:shall|will)\s+be\b", sentence[mention.end :]):
            continue  # "12 December is to be dedicated to …": a rule a document lays down, not an event
        bounded = _BOUNDING.search(sentence[: mention.start]) and not (
            _STARTED_AS_EARLY_AS.search(sentence[: mention.start])
            or (mention.until and re.search(r"\bfrom\s+$", sentence[: mention.start], re.I))  # "From 1618 to 1648"
        )
        if bounded or PUBLICATION.search(sentence[: mention.start]):
            continue  # "by 1939 …"; "The Leeds Mercury of May 3, 1811" dates a paper, not an event
        if BOUNDING_NAME.search(sentence[: mention.start]):
            continue  # "from before the War of 1812, …": a named event that bounds a state of affairs
        if not re.search(r"\d{4}", mention.text) and re.search(
            r"\bhad\s+\w+\s+(?:in|on)\s+$", sentence[: mention.start]
        ):
            continue  # "a battle that had begun in December": an earlier year than the context's
        if not bracketed_date_counts(sentence, mention):
            continue  # a citation "(Hannoum, 2003)" or life dates "(1818–1883)"
        if (
            kept
            and not own_clause(sentence[kept[-1].end : mention.start])
            and not _names_after(sentence, mention)
            and not dates_the_event_before(sentence, mention)
        ):
            continue
        kept.append(mention)
    return kept


def _names_after(sentence: str, mention: DateMention) -> bool:
    """Whether the date is the year of the named event it stands before ("the 1767 Townshend Acts")."""
    name = re.match(r"\s+(?:[A-Z][\w’'-]*\s+){1,3}([A-Z][\w’'-]*)", sentence[mention.end :])
    return bool(name and NAMED_EVENT.fullmatch(name.group(1)))


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
