"""A timeline entry the importer proposes, and the entries that are not told by a sentence:
a row of a table of dates, an office of a line of offices, a post of a list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.authoring.article_parts import content_words
from generator.authoring.importing.dated_list import post_title
from generator.authoring.prose import DateMention, find_dates, iso
from generator.authoring.reading import Block


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
    own_death: bool = False  # the death of the person the article is the biography of
    doubt: str = ""  # why the title may need rewriting before it prints (title_doubts), or ""

    @property
    def life_date(self) -> bool:
        """Whether the event is a person's birth, or the death of the one a biography is about:
        a life date, which a timeline of the article's events leaves out unless the author keeps it."""
        return self.own_death or bool(_BIRTH.match(self.title))


# "Booker T. Washington was born in Virginia", "Arlen ibn Nord was born in Kell": not "The league was born"
_BIRTH = re.compile(  # and "Carolyn “Kitty” Melville Parmely was born": a nickname among the names
    r"(?!The\s)(?:(?:[A-Z][\w’'.-]*|“[A-Z][\w.-]*”),?\s+(?:(?:ibn|bin|de|van|von|da|di|al-)\s+)?){1,5}"
    r"(?:[a-z][^,;]{0,60},\s+)?was\s+born\b"  # "Nicholas Roosevelt, cousin of President Theodore Roosevelt, was born"
)


def table_event(date: DateMention, text: str, block: Block, where: str) -> EventProposal:
    """An event a table of dates lists: its row is its title and its detail."""
    return EventProposal(
        iso(date.date) + (f"/{iso(date.until)}" if date.until else ""),
        (date.span.sort_key,),
        text,
        f"{date.text}: {text}",
        where,
        content_words(text),
        from_table=True,
    )


def office_event(span: DateMention, title: str, block: Block, where: str) -> EventProposal:
    """An office a biography's line of offices names with its years."""
    return EventProposal(
        f"{iso(span.date)}/{iso(span.until)}" if span.until else iso(span.date),
        (span.span.sort_key,),
        title,
        block.plain,
        where,
        content_words(title),
    )


def post_event(
    kind: str, place: str, first: int, last: int | None, block: Block, where: str, run_in: bool = False
) -> EventProposal:
    """A post a list names with its years: opened in its first year, or kept over its span. A post of a
    list run into one paragraph is told by its own item ("Shanghai (1847)"), not by the whole list."""
    span = find_dates(f"{first}–{last}" if last else str(first))[0]
    event = office_event(span, post_title(kind, place, last is not None), block, where)
    if run_in:
        event.detail = f"{place} ({first}–{last})" if last else f"{place} ({first})"
    event.keywords = content_words(place)  # two posts opened in one year are two events: the places tell them apart
    return event


def dated_post_event(kind: str, place: str, span: DateMention, block: Block, where: str) -> EventProposal:
    """A post a list run into a sentence tells by its days, told by its own item."""
    event = office_event(span, post_title(kind, place, span.until is not None), block, where)
    event.detail, event.keywords = f"{place} ({span.text})", content_words(place)
    return event
