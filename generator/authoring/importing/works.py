"""A written work dated by its year: "which he discussed in his 1748 book The Spirit of the
Laws", "In his most famous work, the 1759 satire Candide, Voltaire mocked …", "best known for
writing the book An Inquiry into the Nature and Causes of the Wealth of Nations (1776)". The
year is the work's, and what a timeline prints is its appearing: "Montesquieu published The
Spirit of the Laws", "Voltaire published Candide".
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import EVENT_NOUNS
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
# "his novels The Sun Also Rises (1926), A Farewell to Arms (1929), and For Whom the Bell Tolls (1940)": each
# … and "his book Sociology for the South, or the Failure of Free Society (1854)": a title's alternative is the title's
_YEAR_AFTER = re.compile(
    rf"\b{_KIND}s?,?\s+(?:{_TITLE}\s+\(\d{{4}}\),\s+)*(?:and\s+)?({_TITLE}(?:,\s+or,?\s+(?:the\s+)?{_TITLE})?)\s+\($"
)
# "the 1854 publication of George Gliddon and Josiah Nott’s Types of Mankind": who published what
_PUBLICATION_OF = re.compile(
    rf"^\s+publication\s+of\s+(?P<owner>(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w-]*"
    rf"(?:\s+and\s+(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w-]*)?)[’']s\s+(?P<work>{_TITLE})"
)
# "In Babbitt (1922), he examined …": a work the sentence opens with, which its author's deed is about
# … and 'In “The Sentiments of an American Woman” (1780), she wrote to other women': a title in quotation marks
_OPENING_WORK = re.compile(rf"^\W*In\s+({_TITLE}|“{_TITLE}”)\s+\($")
_ABOUT_IN_IT = re.compile(
    r"^\),\s+(?:he|she)\s+(?:\w+ly\s+)?(?:examined|explored|described|portrayed|depicted|satirized|mocked|criticized|"
    r"showed|told|argued|attacked|ridiculed|celebrated|wrote|urged|called)\b"
)
# "in his The Law of Civilization and Decay (1895)", "Josiah Strong’s Our Country: Its Possible Future … (1885)"
_OWNED_WORK = re.compile(
    rf"(?:\b(?:his|her)\s+|(?P<owner>(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w-]*)[’']s\s+)"
    rf"(?P<work>{_TITLE})(?::\s+{_TITLE})?\s+\($"
)
_ENDS_IN_EVENT = re.compile(rf"\b(?i:{EVENT_NOUNS})$")
_NOT_WRITTEN = re.compile(
    r"\b(?:Points|Corollary|Address|Speech|Order|Policy|Deal|Dam|Bridge|Canal|Line|Rule|Kingdom|Period|Era|Ages?|"
    r"Dynasty|Empire|Republic|Caliphate|Sultanate)$"
)
_HONORIFIC = re.compile(r"^(?:(?:Reverend|Rev\.|Writer|Author|Poet|Novelist|Historian|Dr\.|Professor)\s+)+")
# "…, Edward Bellamy portrays", "…, 2000-1887, Edward Bellamy portrays": who wrote it does the main clause's deed
_DOER_AFTER = re.compile(
    r"^[^,;]*,\s+(?:[^,;]{1,20},\s+)?((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|(?!is\b|was\b|has\b)[a-z]+[^s\W]s)\b"
)
# "Henry George, an economist best known for his 1879 work …": the one "his" stands for
_NAMED_THEN_HIS = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*),\s+(?:a|an|the)\s+[a-z][^,;]*?\b(?:his|her)\s+$"
)
# "Thorstein Veblen, who lamented in The Theory of the Leisure Class (1899) that …": the writer in the work
_WHO_WROTE_IN = re.compile(
    rf"((?:[A-Z][\w’'.-]*\s+){{0,2}}[A-Z][\w’'-]*),\s+who\s+(?:\w+ly\s+)?[a-z]+ed\s+in\s+({_TITLE})\s+\($"
)


# "published a book on the idea in 1992 called The End of History": the work named after its year
_A_WORK_IN = re.compile(
    rf"\b(?:published|wrote|released|issued|completed)\s+an?\s+(?:[a-z]+\s+)?{_KIND}\b[^,;]{{0,40}}\s+in\s+$"
)
_CALLED_AFTER = re.compile(rf"^\s+(?:called|titled|entitled)\s+({_TITLE})")


def work_published(sentence: str, mention: DateMention, author: str | None) -> str:
    """ "<author> published <work>" for a year that dates a named written work, the author being
    ``author`` (the sentence's subject) or the name that does the main clause's deed after
    the work; "" for another date."""
    called = _CALLED_AFTER.match(sentence[mention.end :]) if _A_WORK_IN.search(sentence[: mention.start]) else None
    if called and author and len(called.group(1).split()) >= 2:  # "published a book on the idea in 1992 called …"
        return f"{_HONORIFIC.sub('', author)} published {called.group(1)}"
    published = _PUBLICATION_OF.match(sentence[mention.end :])
    if published and re.search(r"\bthe\s+$", sentence[: mention.start]):
        return f"{published.group('owner')} published {published.group('work')}"
    before = _YEAR_BEFORE.match(sentence[mention.end :]) if _OWNER.search(sentence[: mention.start]) else None
    after = None if before else _YEAR_AFTER.search(sentence[: mention.start])
    opening = _OPENING_WORK.search(sentence[: mention.start]) if _ABOUT_IN_IT.match(sentence[mention.end :]) else None
    found = before or after or opening
    wrote_in = None if found else _WHO_WROTE_IN.search(sentence[: mention.start])
    if wrote_in and len(wrote_in.group(2).split()) >= 2:
        return f"{wrote_in.group(1)} published {wrote_in.group(2)}"
    owned = None if found else _OWNED_WORK.search(sentence[: mention.start])
    if (
        owned
        and (owned.group("owner") or author)
        and len(owned.group("work").split()) >= 2
        and not _ENDS_IN_EVENT.search(owned.group("work"))  # "Lincoln’s Emancipation Proclamation (1863)" is no book
        and not _NOT_WRITTEN.search(owned.group("work"))
    ):
        owner = _HONORIFIC.sub("", owned.group("owner") or author or "")
        return f"{owner} published {owned.group('work')}"
    if found is None:
        return ""
    work = found.group(1)
    if len(work.split()) < 2 and not (before or opening):
        return ""
    doer = _DOER_AFTER.match(sentence[found.end() :]) if before else None
    his = _NAMED_THEN_HIS.search(sentence[: mention.start]) if before and not doer else None
    writer = doer.group(1) if doer else his.group(1) if his else author
    if writer and re.search(r"\b(?:War|Revolution|Depression|Crisis)(?:\s+[IVX]+)?$", writer):
        writer = None  # "World War I" is what the text spoke of last, not who wrote
    if not writer or writer.split()[0] in ("The", "A", "An", "In", "His", "Her"):
        return "" if opening else f"{work} published"  # "In Kell (1922), he …" may name a place
    return f"{writer} published {work}"
