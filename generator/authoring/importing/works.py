"""A written work dated by its year: "which he discussed in his 1748 book The Spirit of the
Laws", "In his most famous work, the 1759 satire Candide, Voltaire mocked …", "best known for
writing the book An Inquiry into the Nature and Causes of the Wealth of Nations (1776)". The
year is the work's, and what a timeline prints is its appearing: "Montesquieu published The
Spirit of the Laws", "Voltaire published Candide".
"""

from __future__ import annotations

import re

from generator.authoring.prose import DateMention

_KIND = (
    r"(?:book|novel|satire|pamphlet|essay|treatise|poem|play|memoir|manifesto|tract|history|study|encyclopedia|work)"
)
_SMALL = r"(?:of|the|and|in|on|to|for|a|an|upon|into|from|with)"
_TITLE = rf"(?:(?:The|A|An)\s+)?[A-Z][\w’'-]*(?:\s+(?:{_SMALL}\s+)*[A-Z][\w’'-]*)*"
# "his 1748 book The Spirit of the Laws", "the 1759 satire Candide": the year before the kind of work
_YEAR_BEFORE = re.compile(rf"^\s+(?:[a-z]+\s+)?{_KIND},?\s+({_TITLE})")
_OWNER = re.compile(r"\b(?:his|her|their|the)\s+$")
# "the book An Inquiry into … of Nations (1776)": the year in brackets after the title
_YEAR_AFTER = re.compile(rf"\b{_KIND}\s+({_TITLE})\s+\($")
_DOER_AFTER = re.compile(r"^[^,;]*,\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?:\w+ly\s+)?[a-z]+ed\b")


def work_published(sentence: str, mention: DateMention, author: str | None) -> str:
    """ "<author> published <work>" for a year that dates a named written work, the author being
    ``author`` (the sentence's subject) or the name that does the main clause's deed after
    the work; "" for another date."""
    before = _YEAR_BEFORE.match(sentence[mention.end :]) if _OWNER.search(sentence[: mention.start]) else None
    after = None if before else _YEAR_AFTER.search(sentence[: mention.start])
    found = before or after
    if found is None:
        return ""
    work = found.group(1)
    if len(work.split()) < 2 and not before:
        return ""
    doer = _DOER_AFTER.match(sentence[found.end() :]) if before else None
    writer = doer.group(1) if doer else author
    if not writer or writer.split()[0] in ("The", "A", "An", "In", "His", "Her"):
        return f"{work} published"
    return f"{writer} published {work}"
