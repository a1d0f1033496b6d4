"""Which of a sentence's dates a title belongs to, when the sentence has two.

The title made of a clause goes to the date that opens that clause or ends it as the
time it happened ("in 1864, Black soldiers began …"), not to a date that bounds it ("pay
back to 1863"); a name whose year is part of it ("the Emergency Banking Act of 1933")
gives its title to the day the same clause says it was signed.
"""

from __future__ import annotations

import re

from generator.authoring.importing.gapping import LIST_JOINT
from generator.authoring.prose import DateMention


def clause_owners(sentence: str, titled: list[tuple[DateMention, str]]) -> list[tuple[DateMention, str]]:
    """Of two dates one clause's title was given ("Despite the successes of 1863, in 1864,
    Lincoln’s status plummeted"; "in 1864, Black soldiers began to receive … pay back to
    1863"), the one that opens the clause: a date of a phrase before or after it is another
    time the clause looks to, not when it happened, and is left untitled for the author."""
    out = list(titled)
    for title in {t for _, t in titled if t}:
        given = [i for i, (_, t) in enumerate(out) if t == title]
        if len(given) > 1 and all(
            LIST_JOINT.fullmatch(sentence[out[i][0].end : out[j][0].start])
            for i, j in zip(given, given[1:], strict=False)
        ):
            continue  # "was reelected in 1964, 1970, and 1976": one deed done at each date of a list
        inner = [i for i in given if _inside(sentence, out[i][0], title)]
        opener = next((i for i, (m, t) in enumerate(out) if t in ("", title) and _opens(sentence, m, title)), None)
        opener = inner[0] if len(inner) == 1 else opener
        if len(given) + (opener not in given) < 2 or opener is None:
            continue
        year_only = out[opener][0].date
        finer = [
            i
            for i in given
            if i != opener
            and year_only.month is None
            and out[i][0].until
            and out[i][0].date.month
            and out[i][0].date.year == year_only.year
        ]
        if finer:  # "In 1798 the Department moved to Trenton between August 13 and 18": the days say when
            opener = finer[0]
        out[opener] = (out[opener][0], title)
        out = [(m, "") if i in given and i != opener else (m, t) for i, (m, t) in enumerate(out)]
    return out


# "The Emergency Banking Act of 1933 was signed into law on March 9, 1933": the name's year, then the day of the deed
_DONE_ON_ITS_DAY = re.compile(
    r"^\s+(?:was|were)\s+(?:\w+ly\s+)?(?:signed|passed|enacted|ratified|adopted|issued)\b[^;,]*$"
)


def named_for_its_day(sentence: str, titled: list[tuple[DateMention, str]]) -> list[tuple[DateMention, str]]:
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
    if re.match(r"\W*(?:Following|After|Before|During|Upon)\s+(?:an?|the)\s+[^,;]*$", sentence[: mention.start]):
        return False  # "Following a rotation in the Marine Corps from 1952 to 1954, Baker …": the phrase's own time
    return bool(head) and bool(re.match(r"[\s,]*" + re.escape(head), sentence[mention.end :], re.IGNORECASE))
