"""Dates a text gives without writing them out in full.

"Two days later" and "the following year" are counted from the last date the text gave;
"between 12 and 15 March 1938" and "from May to July 1940" are spans whose first end
takes its month and year from the second; a table of dates ("Year | Reform") gives one
event per row whose first cell is only a date.
"""

from __future__ import annotations

import datetime
import re

from generator.authoring.importing.tense import past
from generator.authoring.prose import DateMention, find_dates
from generator.content.dates import MONTHS, PartialDate

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


_UNIT = r"(day|week|month|year)s?"


_RELATIVE = re.compile(
    rf"\b(?:(?P<count>\d+|a|an|one|two|three|four|five|six|seven|ten)\s+{_UNIT}\s+later"
    rf"|the\s+(?:next|following)\s+(?P<next>day|morning|evening|week|month|year)"
    rf"|the\s+(?P<after>day|week|month|year)\s+after"
    rf"|(?:later\s+)?(?:in\s+|on\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?P<same>day|month|year))\b",
    re.IGNORECASE,
)


_MORNING = {"morning": "day", "evening": "day"}


def relative_dates(
    sentence: str, explicit: list[DateMention], last: PartialDate | None, unresolved: list[str] | None = None
) -> list[DateMention]:
    """Dates the sentence names by reference to an earlier one: "two days later", "the
    following year", "later that month". Each counts from the nearest date before it, in
    the sentence or the text before; it is read only when that date is precise enough
    (days from a day, months from a month), and never beside a date of its own
    ("Three years later, on December 16, 1773"). A phrase with nothing to count from is
    added to ``unresolved``, for the author to date."""
    found: list[DateMention] = []
    for match in _RELATIVE.finditer(sentence):
        if any(abs(m.start - match.end()) < 20 or m.start <= match.start() < m.end for m in explicit):
            continue  # the sentence gives the date itself
        before = [m for m in [*explicit, *found] if m.end <= match.start()]
        base = before[-1].until or before[-1].date if before else last
        if base is None:
            if unresolved is not None:
                unresolved.append(match.group(0))
            continue
        groups = match.groupdict()
        unit = (groups["count"] and match.group(2)) or groups["next"] or groups["after"] or groups["same"]
        unit = _MORNING.get(unit.lower(), unit.lower())
        count = 0 if groups["same"] else _NUMBERS.get((groups["count"] or "1").lower()) or int(groups["count"] or 1)
        date = _counted(base, unit, count)
        rough = re.search(
            r"\b(?:about|some|nearly|almost|roughly|around|(?:less|more)\s+than|(?:just\s+)?(?:over|under))\s+$",
            sentence[: match.start()],
            re.I,
        )
        if date is not None and rough:  # "about two weeks later": the month is known, not the day
            date = PartialDate(date.year, date.month if unit in ("day", "week") else None)
        start = rough.start() if rough else match.start()
        if date is not None:
            found.append(DateMention(start, match.end(), sentence[start : match.end()], date))
        elif unresolved is not None:  # "two days later" after a date without its day
            unresolved.append(match.group(0))
    return found


def _counted(base: PartialDate, unit: str, count: int) -> PartialDate | None:
    """``base`` moved on by ``count`` units, at the precision the unit allows, or None
    when ``base`` is too coarse to count from."""
    if unit in ("day", "week"):
        if base.month is None or base.day is None:
            return None
        day = datetime.date(base.year, base.month, base.day) + datetime.timedelta(
            days=count * (7 if unit == "week" else 1)
        )
        return PartialDate(day.year, day.month, day.day)
    if unit == "month":
        if base.month is None:
            return None
        months = base.year * 12 + base.month - 1 + count
        return PartialDate(months // 12, months % 12 + 1)
    return PartialDate(base.year + count)


def table_events(rows: list[list[str]]) -> list[tuple[DateMention, str]]:
    """The events a table of dates lists: the column whose every cell is one date, and the
    first other column with text as the event ("1871 | Domains abolished")."""
    body = [row for row in rows[1:] if len(row) >= 2] if len(rows) > 1 else []
    if not body:
        return []
    for column in range(len(body[0])):
        dates = [_only_date(row[column]) for row in body if column < len(row)]
        if len(dates) == len(body) and all(dates):
            out = []
            for row, date in zip(body, dates, strict=True):
                text = next((cell for i, cell in enumerate(row) if i != column and cell.strip()), "")
                if text and date is not None:
                    out.append((date, text[:1].upper() + text[1:].rstrip(". ")))
            return out
    return []


def _only_date(cell: str) -> DateMention | None:
    found = find_dates(cell.strip())
    if len(found) == 1 and re.fullmatch(r"\W*", cell.strip().replace(found[0].text, "")):
        return found[0]
    return None


_MONTH_NAME = "|".join(MONTHS["en"])


# "From November 28 to December 1, 1943", "28 November – 1 December 1943", "4–6 June 1859": a range's start.
_RANGE_START = re.compile(
    rf"(?:\bfrom\s+)?(?:(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:\s+(?P<month2>{_MONTH_NAME}))?)"
    r"\s*(?:to|until|through|–|-)\s*$",
    re.IGNORECASE,
)


# "Between June 5 and June 10": "and" ends a range only after "between".
_BETWEEN_START = re.compile(
    rf"\bbetween\s+(?:(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:\s+(?P<month2>{_MONTH_NAME}))?)"
    r"\s+and\s+$",
    re.IGNORECASE,
)


_MONTHS_START = re.compile(
    rf"\b(?:between|from|in)\s+(?P<month>{_MONTH_NAME})\s+(?:and|to|until|through)\s+$", re.IGNORECASE
)


def with_day_ranges(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Each date that ends a range of days ("From November 28 to December 1, 1943") read as
    the whole range, 1943-11-28/1943-12-01; other dates as they are."""
    out = []
    for mention in mentions:
        end = mention.date
        months = _MONTHS_START.search(sentence[max(0, mention.start - 40) : mention.start])
        if months and end.month and end.day is None and mention.until is None:  # "between May and September of 1787"
            first = _MONTH_NUMBER[months.group("month").lower()]
            if first < end.month:
                at = mention.start - len(sentence[max(0, mention.start - 40) : mention.start]) + months.start()
                out.append(DateMention(at, mention.end, sentence[at : mention.end], PartialDate(end.year, first), end))
                continue
        window = sentence[max(0, mention.start - 40) : mention.start]
        match = _RANGE_START.search(window) or _BETWEEN_START.search(window)
        if match is None or end.day is None or end.month is None or mention.until is not None:
            out.append(mention)
            continue
        month_name = match.group("month") or match.group("month2")
        month = _MONTH_NUMBER[month_name.lower()] if month_name else end.month
        day = int(match.group("day") or match.group("day2"))
        year = end.year - 1 if month > end.month else end.year
        start = PartialDate(year, month, day)
        if not 1 <= day <= 31 or start.sort_key >= end.sort_key:
            out.append(mention)
            continue
        at = mention.start - len(sentence[max(0, mention.start - 40) : mention.start]) + match.start()
        out.append(DateMention(at, mention.end, sentence[at : mention.end], start, end))
    return out


_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTHS["en"], start=1)}


# "became a U.S. Representative … in 1823 and served until 1827": the office was held from one year to the other
_AND_SERVED_UNTIL = re.compile(
    r"(?:[^.;:]|\.(?=\S)|(?<=\b[A-Z])\.)*?\band\s+served\s+(?:[a-z]+\s+){0,2}?until\s+(?=\d{4}\b(?!\s*[,–-]?\s*\d))"
)
# "appointed Evarts as Attorney General on July 16, 1868, a position in which he served until March 4, 1869"
_A_POSITION_UNTIL = re.compile(
    r",\s+(?:a\s+(?:position|post|office)\s+(?:in\s+which\s+|that\s+|which\s+)?(?:he|she)\s+(?:held|served|occupied)"
    # "appointed Forsyth as U.S. Minister to Spain in 1819, an appointment that lasted until 1823"
    r"|an?\s+(?:appointment|position|post|term|tenure|assignment)\s+(?:that|which)\s+lasted)"
    r"\s+until\s+(?=[A-Z\d])"
)


def with_terms_served(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Each date of a deed followed by "and served until" another, or by "a position he held until"
    another, read as the span it tells ("he became a Senator in 1827 and served until 1841":
    1827/1841); other dates as they are."""
    out: list[DateMention] = []
    taken: set[int] = set()  # where a span's end stands: no event of its own
    for number, mention in enumerate(mentions):
        if mention.start in taken:
            continue
        later = mentions[number + 1].start if number + 1 < len(mentions) else len(sentence)
        served = _AND_SERVED_UNTIL.match(sentence, mention.end) if mention.date.month is None else None
        # "In 1819 Monroe appointed Forsyth as Minister to Spain, an appointment that lasted until 1823": the
        # position's words come after the deed, before the end (no other date between)
        served = served or _A_POSITION_UNTIL.search(sentence, mention.end)
        ends = find_dates(sentence[served.end() :], year=mention.date.year) if served else []
        end = ends[0] if ends and ends[0].start == 0 else None
        if served and end and mention.until is None and served.end() <= later:
            if end.date.sort_key > mention.date.sort_key and bool(end.date.day) == bool(mention.date.day):
                mention = DateMention(mention.start, mention.end, mention.text, mention.date, end.date)
                taken.add(served.end())
        out.append(mention)
    return out


# "opened as a Consulate January 16, 1946, became a Vice Consulate May 1, 1947": a deed's day without "on"
_BARE_DAY = re.compile(rf"(?<=[\w,] )(?=(?:{'|'.join(MONTHS['en'])})\s+\d{{1,2}},?\s+\d{{4}}\b)")
# "raised to the status of a Consulate General effective May 22, 1946", "opened to the public as of March 16,
# 1959": the day the deed took effect, its own day
_EFFECTIVE = re.compile(
    rf"\s+(?:effective(?:\s+on|\s+as\s+of)?|as\s+of)\s+(?=(?:{'|'.join(MONTHS['en'])})\s+\d{{1,2}},?\s+\d{{4}}\b)"
)
_NOT_BEFORE_ON = set(
    "on by until till since of from to between and or before after in dated through than the as at about around "
    "circa c. ca. approximately nearly early late mid".split()
)


def with_on_before_days(sentence: str) -> str:
    """The sentence with "on" before a full date that follows a deed's words directly, as the
    sentence rules read a deed's own day ("reopened April 24, 1935" is "reopened on April 24, 1935";
    "effective May 22, 1946" and "as of March 16, 1959" are "on" that day)."""

    def on(match: re.Match[str]) -> str:
        before = re.search(r"([\w.’']+)\W*$", sentence[: match.start()])
        word = before.group(1).lower() if before else ""
        if not word or word in _NOT_BEFORE_ON or word[:1].isdigit() or not sentence[match.start() - 2].isalnum():
            return ""
        return "on "

    return _BARE_DAY.sub(on, _EFFECTIVE.sub(" on ", sentence))


# ", only to close in 1963": a turn that a date of its own tells
_ONLY_TO = re.compile(r",\s+only\s+to\s+([a-z]{3,})\b(?=[^,;]{0,60}?\b(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d)")


def with_only_to_as_deed(sentence: str) -> str:
    """The sentence with a turn told as "only to" made a deed of its own: "was upgraded to a Consulate
    General in 1961, only to close in 1963" is "…, and closed in 1963"."""
    return _ONLY_TO.sub(lambda found: f", and {past(found.group(1))}", sentence)


_POST_NOUN = r"(?:U\.S\.\s+)?(?:[Cc]onsulate(?:\s+General)?|[Ll]egation|[Ee]mbassy|[Cc]onsular\s+[Aa]gency)"
# "The first U.S. Consulate to open in Bremen was on May 29, 1794": the post opened then
_FIRST_TO_OPEN = re.compile(
    rf"^(The\s+first\s+{_POST_NOUN})\s+to\s+(?:open|be\s+opened|be\s+established)\s+"
    r"((?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})\s+was\s+(on|in)\s+"
)
# "A Consulate was established at Oran in February 1943 and was closed May 9, 1946": the post at a place
_A_POST_OPENED_AT = re.compile(
    rf"(?:Another|An?)\s+({_POST_NOUN})\s+(was\s+(?:opened|established))\s+"
    r"((?:at|in)\s+)(?:nearby\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)
# "It was supplanted by a reciprocal trade agreement signed in Washington on March 7, 1938": the date is the signing
_SUPPLANTED_BY = re.compile(
    r"^(?:It|The\s+[a-z]+\s+(?:treaty|agreement|convention))\s+was\s+(?:supplanted|replaced|superseded)\s+by\s+"
    r"(an?)\s+((?:[a-z][\w-]*\s+){0,3}(?:treaty|agreement|convention))\s+(?=signed\b)"
)
# "Another U.S. consulate was opened in nearby Bremerhaven …": a sentence whose subject is a post
_POST_FIRST = re.compile(rf"(?:The|Another|An?)\s+(?:[\w-]+\s+){{0,2}}?{_POST_NOUN}\b")
# "… on May 29, 1794, which closed in September 1985": the post's next deed, with a date of its own
_WHICH_AFTER_DATE = re.compile(r"(\d{4}),\s+which\s+((?:was\s+)?(?:closed|reopened|opened|became|moved)\b)")


def with_posts_told_plainly(sentence: str) -> str:
    """The sentence with a post's opening and closing told as deeds: "The first U.S. Consulate to open
    in Bremen was on May 29, 1794, which closed in September 1985" is "The first U.S. Consulate in
    Bremen opened on May 29, 1794, and closed in September 1985"; "A Consulate was established at
    Oran in 1943 and was closed …" is "The Consulate at Oran was established …"; and a treaty
    "supplanted by a … agreement signed … on March 7, 1938" tells the agreement signed that day."""
    placed = _A_POST_OPENED_AT.match(sentence)
    if placed is not None:  # "Another U.S. consulate was opened in nearby Bremerhaven": the one there
        sentence = (
            f"The {placed.group(1)} {placed.group(3)}{placed.group(4)} {placed.group(2)}" + sentence[placed.end() :]
        )
    sentence = _SUPPLANTED_BY.sub(lambda found: f"{found.group(1).capitalize()} {found.group(2)} was ", sentence)
    opened = _FIRST_TO_OPEN.match(sentence)
    if opened is not None:
        sentence = f"{opened.group(1)} {opened.group(2)} opened {opened.group(3)} " + sentence[opened.end() :]
    if _POST_FIRST.match(sentence) is None:
        return sentence
    return _WHICH_AFTER_DATE.sub(r"\1, and \2", sentence)


# "The first Consul of the United States for the island of Sicily was Joseph Barnes, who was appointed on …"
_FIRST_HOLDER = re.compile(
    r"^The\s+first\s+(?P<role>[^,;]{3,90}?)\s+was\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+),\s+"
    r"(?:who\s+was\s+)?(?P<verb>appointed|named|commissioned|confirmed)\b"
)


# "The first U.S. Minister, Albert Henry Washburn, was appointed on February 10, 1922, …"
_FIRST_HOLDER_NAMED = re.compile(
    r"^The\s+first\s+(?P<role>[^,;]{3,60}?),\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+),\s+"
    r"was\s+(?P<verb>appointed|named|commissioned|confirmed)\b"
)


_FIRST_HOLDER_WHO_DID = re.compile(
    r"^The\s+first\s+(?P<role>[^,;]{3,90}?)\s+was\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+),\s+"
    r"who\s+(?P<verb>presented|arrived|took|opened)\b"
)


def with_first_holder_as_subject(sentence: str) -> str:
    """The sentence with the first holder of an office as the subject of the deed that made him so:
    "The first Consul … for the island of Sicily was Joseph Barnes, who was appointed on February 10,
    1802" is "Joseph Barnes was appointed the first Consul … for the island of Sicily on February 10,
    1802" (and so is "The first U.S. Minister, Albert Henry Washburn, was appointed on …"); where
    the sentence names the office after the deed ("…, appointed on June 9, 1824, as the
    U.S. Consul in Guayaquil"), that office is the one he took."""
    did = _FIRST_HOLDER_WHO_DID.match(sentence)
    if did is not None:  # "The first U.S. Minister Resident … was James McBride, who presented his credentials on …"
        return f"{did.group('name')} {did.group('verb')}" + sentence[did.end() :]
    found = _FIRST_HOLDER.match(sentence) or _FIRST_HOLDER_NAMED.match(sentence)
    if found is None:
        return sentence
    rest = sentence[found.end() :]
    office_after = re.match(r"(\s+(?:on|in)\s+[^;]+?),\s+(as\s+(?:the\s+)?(?:U\.S\.\s+)?[A-Z][^,;]*?)([,;.].*)?$", rest)
    if office_after:  # "appointed on June 9, 1824, as the U.S. Consul in Guayaquil": as that, on that day
        rest = f" {office_after.group(2)}{office_after.group(1)}{office_after.group(3) or ''}"
    role = "" if office_after else f" the first {found.group('role')}"
    return f"{found.group('name')} was {found.group('verb')}{role}{rest}"


# "The Panamanian National Police on November 24, 1949, forced the resignation of …": a day set off between subject
# and verb (not "The Kell March on March 7, 1965 turned violent", a name and its day)
_DAY_AFTER_SUBJECT = re.compile(
    r"^((?:The\s+)?(?:[A-Z][\w.’'-]*\s+|of\s+|the\s+){1,8}?)on\s+"
    rf"((?:{'|'.join(MONTHS['en'])})\s+\d{{1,2}}(?:,?\s+\d{{4}})?),\s+(?=(?:\w+ly\s+)?[a-z]+ed\b)"
)


_PAPER = re.compile(
    r"\b(?:Star|Times|Post|Herald|Gazette|Tribune|Journal|Mercury|Chronicle|Press|Review|Magazine|News)\s*$"
)


def with_day_before_subject(sentence: str) -> str:
    """The sentence with a day told between its subject and its verb moved before the subject:
    "The Panamanian National Police on November 24, 1949, forced the resignation of President
    Chanis" is "On November 24, 1949, The Panamanian National Police forced …"."""
    found = _DAY_AFTER_SUBJECT.match(sentence)
    if found is None or _PAPER.search(found.group(1)):
        return sentence  # "The Washington Evening Star on November 1, 1866, described the move": a source
    return f"On {found.group(2)}, {found.group(1)}" + sentence[found.end() :]


# "The first U.S. Consulate to open in Bavaria was in 1833. The second one opened on …": the second consulate
_ORDINAL_ONE = re.compile(r"^The\s+(second|third|fourth|next|last)\s+one\b")
_FIRST_OF_KIND = re.compile(rf"^The\s+first\s+({_POST_NOUN})\b")


def with_ones_named(sentence: str, before: str) -> str:
    """The sentence with "the second one" named by the kind the sentence before said "the first" of."""
    one, first = _ORDINAL_ONE.match(sentence), _FIRST_OF_KIND.match(before)
    if one is None or first is None:
        return sentence
    return f"The {one.group(1)} {first.group(1)}" + sentence[one.end() :]


# "On February 3, 1917, Wilson instructed the Secretary of State to notify the German Ambassador … that all
# diplomatic relations between the U.S. and the German Empire were severed": the message tells the deed
_MESSAGE_OF_A_DEED = re.compile(
    r"^(?P<lead>(?:On|In)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+)?\d{4},\s+)?[^;]+?\s+(?:instructed|directed)\s+[^;]+?\s+to\s+(?:notify|inform)\s+"
    r"[^;]+?\s+that\s+(?:all\s+)?(?P<deed>[a-z][^;]+?\s+(?:was|were)\s+(?:severed|broken|terminated|suspended|"
    r"established|restored|resumed)\b)"
)


def with_message_told_as_deed(sentence: str) -> str:
    """The sentence with an instruction to notify someone of a deed told as the deed itself."""
    message = _MESSAGE_OF_A_DEED.match(sentence)
    if message is None:
        return sentence
    deed = message.group("deed")
    return (
        f"{message.group('lead') or ''}{deed[:1].upper() if not message.group('lead') else deed[:1]}{deed[1:]}"
        + (sentence[message.end() :])
    )


def told_plainly(sentence: str) -> str:
    """The sentence with the turns of phrase the sentence rules do not read told plainly: a bare
    day given its "on", "only to" and ", which closed" made deeds, a post's and an office holder's
    opening turned round, a day between subject and verb moved before them. The rules read the
    sentence so told; the detail keeps the author's words."""
    for rewrite in (
        with_on_before_days,
        with_only_to_as_deed,
        with_posts_told_plainly,
        with_first_holder_as_subject,
        with_day_before_subject,
        with_message_told_as_deed,
    ):
        sentence = rewrite(sentence)
    return sentence
