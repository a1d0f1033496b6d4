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

import re
from dataclasses import dataclass

from generator.authoring.article_parts import NAMED_WHO, PERSON_HEADING, content_words, surname
from generator.authoring.importing.body_subject import body_named, with_body_for_it
from generator.authoring.importing.clauses import (
    CITATION,
    CREDIT_LINE,
    TO_THE_READER,
    with_relative,
)
from generator.authoring.importing.conjuncts import own_deed, year_refined
from generator.authoring.importing.context import (
    NOT_A_PERSON,
    bracketed_name,
    doers_by_name,
    known_as,
    named_subject,
    with_its_forming,
)
from generator.authoring.importing.date_owner import clause_owners, named_for_its_day
from generator.authoring.importing.date_phrases import relative_dates, table_events, with_day_ranges, with_terms_served
from generator.authoring.importing.dated_list import (
    items_after_colon,
    items_by_semicolons,
    listed_item,
    post_kind,
    post_title,
)
from generator.authoring.importing.event_dates import bounds, event_dates, in_work_title
from generator.authoring.importing.event_proposal import (
    EventProposal,
    dated_post_event,
    office_event,
    post_event,
    table_event,
)
from generator.authoring.importing.full_names import full_names, with_full_name
from generator.authoring.importing.key_points import prose_sentences
from generator.authoring.importing.office_line import offices_held
from generator.authoring.importing.person_named import (
    BODY_AS_SUBJECT,
    acted_on,
    another_named,
    of_the_family,
    one_acted_on,
    one_named,
    one_titled,
    opens_on_another_name,
    pronoun_of,
    still_named,
    titled_surnames,
)
from generator.authoring.importing.post_dates import dated_post, item_as_prose, posts_opened_and_closed
from generator.authoring.importing.text_time import (
    OPENS,
    TOLD_IN_FIRST_PERSON,
    context_year,
    turns_the_year,
    with_the_sentences_year,
)
from generator.authoring.importing.titling import event_title_of
from generator.authoring.importing.told_plainly import told_plainly, with_ones_named
from generator.authoring.prose import find_dates, iso
from generator.authoring.reading import HEADING, ITEM, OTHER, PARAGRAPH, QUOTE, Block, without_credits
from generator.authoring.sentences import split_sentences
from generator.content.dates import MONTHS, PartialDate

_OWNER_FIRST = re.compile(r"\W*([A-Z][\w’'-]+)[’']s\s+(?:[a-z]+\s+){0,2}[a-z]+\s+[a-z]+ed\b")


_MONTH_WORDS = {m.lower() for m in MONTHS["en"]}


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
    names: dict[str, str] | None = None,
    biography_of: str | None = None,
    carried_year: int | None = None,
) -> list[EventProposal]:
    """Proposals from the sentences of running text that name a usable date: one per
    date that is an event's own, titled by the event its clause names. A year heading
    ("1937", "1933 election and aftermath"), the last year the text named, else the one
    year the part's heading or the article's title names (``title_year``: "The Madrid
    Conference, 1991") gives its year to a date without one ("On 26 April …"). In the
    biography of ``biography_of``, "he" after what another did to him is him again."""
    found: list[EventProposal] = []
    year = _heading_year(heading)
    last = PartialDate(year) if year else None  # the date the text last named: "two days later" counts from it
    year = year or only_year(heading, spans=True) or title_year
    # the year the part before ended in (``carried_year``), for a part whose heading names none: "On June 28, …"
    # is then that summer's, but "the attacks of September 11", before the part names a year, names an event by
    # its day, whatever its year
    carried = year is None and carried_year is not None
    year = year or carried_year
    # a part cut from a text without headings goes on from the day the last one named: its first day
    # earlier in the year than that one is in the next year (within a part, the text may look back)
    going_on = time is not None and heading is None and time.year is not None and year == time.year
    last = (last or time.last) if going_on and time is not None else last
    person = heading if heading and PERSON_HEADING.fullmatch(heading) else None
    last_named: str | None = biography_of  # in a life, "he" before anyone is named is its subject
    persons = titled_surnames(blocks)
    names = full_names(prose_sentences(blocks)) if names is None else names  # the article's, when it is given
    # under a new heading (the part's own, or one within it) that names no year, the first year the text names is
    # its time, even one earlier than the year carried ("By 1900, the AFL had 500,000 members." then "The Decline
    # of Labor": "… manager in 1889. … in 1892, …")
    new_part = heading is not None and _heading_year(heading) is None
    paragraph_before = ""  # the part's paragraph before this one: "the alliance" may point there
    doers: set[str] = set()  # the people the text has made subjects so far
    pronoun = pronoun_of(blocks) if biography_of else None
    body: str | None = None  # the body a later "it" stands for
    listed_kind: str | None = None  # what the places of a list after a lead-in were ("U.S. Consulate")
    headed_kind: str | None = None  # … or after a heading that names them ("Consulates in Wales.")
    heading_text: str | None = None  # the last heading: "Kahului." names the post its paragraph dates
    for block in blocks:
        if block.kind == HEADING:
            heading_text = block.plain
            paragraph_before = ""
            body = None
            headed_kind = post_kind(block.plain, heading=True)  # "Consulates in Wales."
            listed_kind = headed_kind
            headed = _heading_year(block.plain)
            year, last = (headed, PartialDate(headed)) if headed else (year, last)
            new_part = not headed
            person = block.plain if PERSON_HEADING.fullmatch(block.plain) else person
            continue
        if block.kind == OTHER and block.rows:
            found += [table_event(date, text, block, where) for date, text in table_events(block.rows)]
            continue
        if block.kind not in (PARAGRAPH, QUOTE, ITEM):
            continue
        post = listed_item(block.plain) if block.kind == ITEM and listed_kind else None
        if post and listed_kind:  # "Kanagawa (1862);" under "… established additional Consulates in Japan:"
            found.append(post_event(listed_kind, *post, block, where))
            continue
        kept_post = dated_post(block.plain, heading_text) if block.kind in (ITEM, PARAGRAPH) else None
        if kept_post and language == "en":  # "Beni Saf-- Earliest date: October 27, 1883; Latest date: April 1904"
            place, span = kept_post
            kept_kind = listed_kind or headed_kind or "U.S. consular post"
            found.append(office_event(span, post_title(kept_kind, place, span.until is not None), block, where))
            found[-1].keywords = content_words(place)
            continue
        if block.kind == PARAGRAPH:
            listed_kind = post_kind((split_sentences(block.plain) or [""])[-1]) or headed_kind
        offices = offices_held(block.plain, surname(biography_of)) if biography_of and language == "en" else []
        if offices:  # "(1863–1951) U.S. Consul at St. Étienne, 1906–1927.": the offices of a life, without a verb
            found += [office_event(span, title, block, where) for span, title in offices]
            continue
        item_text = item_as_prose(block.plain) if block.kind == ITEM and language == "en" else block.plain
        sentences = split_sentences(without_credits(item_text))
        timed = False  # whether the paragraph has set its time yet
        before_this = paragraph_before
        paragraph_before = without_credits(block.plain) if block.kind == PARAGRAPH else paragraph_before
        for number, written in enumerate(sentences):
            before = sentences[number - 1] if number else ""
            sentence = told_plainly(with_ones_named(written, before)) if language == "en" else written
            if TO_THE_READER.match(sentence) or CREDIT_LINE.match(sentence):
                continue  # "Read some excerpts …": a pointer to other material, not an event
            if language == "en" and TOLD_IN_FIRST_PERSON.search(sentence):
                # "In a letter … dated June 4, 1783, Thomson wrote that, “… I must beg …”": no event of the text's,
                # but the time it has reached, told outside the quotation
                outside = find_dates(re.sub(r"“[^”]*”?", "", sentence), language=language)
                if outside and re.search(r"\d{3}", outside[-1].text):
                    year, last = outside[-1].date.year, outside[-1].until or outside[-1].date
                continue  # "in 1898 and 1899 …, I occupied a position …": a witness's words, quoted, not the text's

            run_in = items_after_colon(sentence) if language == "en" else []
            kind = post_kind(sentence.partition(":")[0] + ":") if run_in else None
            if not run_in and headed_kind and language == "en":  # "Fuzhou (Foochow) 1844; Shanghai 1847; …"
                run_in = items_by_semicolons(sentence)
                kind = headed_kind if run_in else None
            if kind:  # "… other U.S. Consulates to Portugal over time: Oporto (1821-1966), St. Ubes (1835-?), …"
                found += [post_event(kind, *post, block, where, run_in=True) for post in run_in]
                continue
            lead, colon, listed = sentence.partition(":")
            spans = posts_opened_and_closed(listed) if colon and language == "en" else []
            if spans and (kind := post_kind(f"{lead}:")):  # "…: Augsburg, which opened on …, and closed on …; …"
                found += [dated_post_event(kind, place, span, block, where) for place, span in spans]
                continue
            if re.search(r"\?[\s)]*$", sentence) and _ASKED.match(sentence):  # not a question someone quoted asked
                continue  # "How are “slaves” defined in the 1857 Kansas constitution?": a question for the reader
            explicit = find_dates(sentence, year=year, language=language)
            if going_on and turns_the_year(explicit, last, year):
                year = year + 1 if year is not None else year  # "By October 30, … On March 2, …": the next March
                explicit = find_dates(sentence, year=year, language=language)
            going_on = going_on and not explicit
            mentions = event_dates(sentence, block.link_texts, year, language)
            if carried:
                mentions = [
                    m for m in mentions if re.search(r"\d{3}", m.text) or not _DAY_AS_NAME.search(sentence[: m.start])
                ]
                carried = not any(re.search(r"\d{3}", m.text) for m in explicit)  # the part has named its own year
            if language == "en":
                mentions = with_day_ranges(sentence, mentions)
            unresolved: list[str] = []
            if language == "en":
                mentions = with_relative(sentence, mentions, relative_dates(sentence, explicit, last, unresolved))
                mentions = with_terms_served(sentence, with_the_sentences_year(sentence, mentions, last))
            # "On August 13, Herrick cabled …" in a text that has named no year yet: a day without its year, for the
            # author to date, as "the following year" after no date is
            day_without_year = (
                year is None
                and not mentions
                and not find_dates(sentence, language=language)
                and any(not re.search(r"\d{3}", m.text) for m in find_dates(sentence, year=1, language=language))
            )
            if (
                unresolved or day_without_year
            ) and not mentions:  # "the following year" after no date: the author dates it
                never = (9999, 0, 0)  # after every dated event, in the shape of a span's sort key
                found.append(EventProposal("", ((never, never),), "", CITATION.sub("", sentence), where, set()))
            following = sentences[number + 1] if number + 1 < len(sentences) else ""
            titled = []
            for mention in mentions[: max(0, limit - len(found))]:
                renamed = doers_by_name(sentence, mention) if language == "en" else ""
                # "It first met in Baltimore on December 20, 1776": the body the text last made its subject
                # "… moved to Trenton between August 13 and 18 and returned between November 10 and 16": each half
                halves = own_deed(sentence, mention, mentions) if language == "en" and not renamed else None
                told_of_body = (
                    with_body_for_it(*(halves or (sentence, mention)), body)
                    if language == "en" and not renamed
                    else None
                ) or halves
                title = (
                    ""
                    if year_refined(sentence, mention, mentions)
                    else event_title_of(
                        told_of_body[0] if told_of_body else renamed or sentence,
                        told_of_body[1] if told_of_body else mention,
                        heading,
                        person,
                        language,
                        sentences[:number],
                        of_the_family(sentence, last_named, biography_of, pronoun),
                        before_this if number == 0 else "",  # later, "the treaty" may be one the paragraph told of
                    )
                )
                # "King William’s War (1688–1697) is also known as …": the bracket dates the name before it
                aliased = language == "en" and not bracketed_name(sentence, mention)
                # "The Ordinance of 1787 …": the date names its thing already, and a name given later is another's
                aliased = aliased and not re.search(r"\b[A-Z][\w’'-]*\s+of\s+$", sentence[: mention.start])
                # "graduated from Washington & Jefferson College in 1847, then known as Washington College": the
                # place's name then, not the event's
                aliased = aliased and not re.search(
                    r"\b(?:then|now|formerly|later|previously|today)\s+(?:known\s+as|called)\b", sentence[mention.end :]
                )
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
                alias = with_its_forming(alias, sentence) if alias else alias  # "Populist Party formed"
                title = with_full_name(alias or title, names) if language == "en" else alias or title
                # "at 5 Place de l’Hotel de Ville": the address's comma, read past for the clause, is printed
                title = _ADDRESS_NUMBER.sub(r"\1, ", title) if language == "en" else title
                titled.append((mention, title))
            for mention, title in clause_owners(sentence, named_for_its_day(sentence, titled)):
                date = iso(mention.date) + (f"/{iso(mention.until)}" if mention.until else "")
                if block.kind == ITEM and not title:
                    continue  # a list item without a nameable event is a note, not an event
                found.append(
                    EventProposal(
                        date,
                        (mention.span.sort_key,),
                        title,
                        CITATION.sub("", written),
                        where,
                        content_words(sentence) - _MONTH_WORDS,  # a month shared tells no event from another
                        # "On August 28" takes the text's year; "31 BCE" names its own
                        year_guessed=not re.search(r"\d{3}|\d\s*(?:BCE|BC|B\.C|CE|AD|A\.D|C\.E)\b", mention.text),
                    )
                )
            body = body_named(sentence, body) if language == "en" else None
            subject = named_subject(sentence) if language == "en" else None
            # "… the United States appointed Tam Orm as its first Minister. He presented …": a country is no "he"
            country = subject is not None and NOT_A_PERSON.fullmatch(subject) is not None
            subject = None if country else subject
            owner = _OWNER_FIRST.match(sentence) if language == "en" and subject is None else None
            if owner and owner.group(1) in names:  # "Franklin’s deism guided his projects. In 1731, he …"
                subject = names[owner.group(1)]
            elif country or (language == "en" and subject is None and BODY_AS_SUBJECT.match(sentence)):
                # "The U.S. Senate confirmed Marshall …. He served …": a body is no "he"; the one person it acted on is
                last_named = one_named(sentence, names) or one_titled(sentence) or one_acted_on(sentence) or last_named
            elif language == "en" and subject is None:
                last_named = another_named(sentence, last_named, {k: v for k, v in names.items() if v in doers})
                if number == 0 and last_named and opens_on_another_name(sentence, last_named):
                    last_named = None  # "The tale of the Virgin of Guadalupe is …": a paragraph about something else
            last_named = still_named(subject, last_named, persons, names)
            if biography_of and subject and subject in biography_of.split():
                last_named = biography_of  # "William was raised in Ohio …. He then moved …": William Graves Sharp
            if biography_of and acted_on(sentence, subject, biography_of):
                # "President Woodrow Wilson appointed Bryan …. He entered into duty …": in Bryan's biography, Bryan
                last_named = biography_of
            doers.add(names.get(subject, subject) if subject else "")
            who = [m.group(1) for m in NAMED_WHO.finditer(sentence)] if language == "en" else []
            if who and not subject:  # "… went badly for Washington, who lost New York. … he crossed …"
                last_named = who[-1]
            explicit = [m for m in explicit if not in_work_title(sentence, m)]  # a book's years count no "later"
            if mentions or explicit:
                # "began in June and continued until October 1955. … in May": a bound is not how far the story went
                told = [m for m in [*mentions, *explicit] if m in mentions or not bounds(sentence, m)]
                latest = max(told or [*mentions, *explicit], key=lambda m: m.start)
                last = latest.until or latest.date
            dates = find_dates(sentence, language=language)
            # "On May 1, he left …" read with the text's year sets the paragraph's time as "In 1974" would
            # (not "on September 19, 1881, … shot two months before on July 2": the day is the year told before it)
            yearless = [m for m in mentions if not re.search(r"\d{3}", m.text)]
            told_then = (
                year is not None
                and bool(yearless)
                and not any(re.search(r"\d{3}", m.text) and m.start < yearless[0].start for m in mentions)
            )
            first = context_year(sentence, dates, None, timed=timed or told_then) if new_part and dates else None
            new_part = new_part and first is None
            year = first or context_year(sentence, dates, year, timed=timed or told_then)
            dated_deeds = [m for m in mentions if re.search(r"\d{3}", m.text) and m.until is None]
            if biography_of and len(dates) == 1 and len(dated_deeds) == 1 and year and dated_deeds[0].date.year > year:
                # "He went to Paris in 1914 …": a life told in order moves on with each deed's year
                year = dated_deeds[0].date.year
            stated = {(m.start, m.end) for m in explicit}
            moved_on = next(
                (m for m in mentions if (m.start, m.end) not in stated and OPENS.fullmatch(sentence[: m.start])), None
            )
            if moved_on and not any(m.date.month for m in dates):
                year = moved_on.date.year  # "The following year, …. Then, on October 14, …": the text is a year on
            timed = timed or told_then or any(mention.date.year == year for mention in dates)  # not a title's year kept
    if time is not None:
        time.year, time.last = year, last
    return found


_ADDRESS_NUMBER = re.compile(r"\b(\d{1,4})\s+(?=(?:rue|avenue|place|boulevard|quai|Rue|Avenue|Place|Boulevard|Quai)\b)")
# "the attacks of September 11": a day that names an event, not a day of the year the text is in
_DAY_AS_NAME = re.compile(r"\bof\s+$")


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
