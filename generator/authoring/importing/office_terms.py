"""A term of office told twice: its beginning, or its end, in two sentences of a life.

Biographies tell a term's start as an appointment and again as the taking of the office
("Cass was appointed Secretary of State … on March 6, 1857" and "assumed office on March 6,
1857"), and its end as a resignation and again as the last day ("Cass tendered his
resignation in 1860", "his service as Secretary of State ended on December 14, 1860"). A
teacher prints each once. Two offices named, or two people, are two events.
"""

from __future__ import annotations

import re

_BEGUN = re.compile(
    r"\b(?:was\s+appointed|appointed|entered\s+(?:into\s+)?duty|assumed\s+(?:the\s+)?office|took\s+(?:the\s+)?office"
    r"|(?:was\s+)?sworn\s+in|took\s+the\s+oath)\b"
)
_ENDED = re.compile(
    r"\b(?:resigned|tendered\s+(?:his|her)\s+resignation|left\s+(?:the\s+)?(?:office|position|post)"
    r"|service\s+as\s+.+\s+ended|stepped\s+down)\b"
)
_NOT_OFFICE = {"The", "A", "An", "U.S.", "President", "By"}


def one_term_told_twice(first: str, second: str, first_date: str, second_date: str) -> bool | None:
    """Whether two titles tell one beginning or one end of one person's term: the same doer,
    the same kind of step and no two different offices. A beginning is one only on one
    named day (an appointment may precede the oath by days); an end may be told by its
    year and again by its day. None: the titles are not two such steps, and their other
    words decide."""
    for step in (_BEGUN, _ENDED):
        one, other = step.search(first), step.search(second)
        if one is None or other is None:
            continue
        found = (one, other)
        offices = [
            _names(title[match.end() :]) - _doer_names(title)
            for title, match in zip((first, second), found, strict=True)
        ]
        if offices[0] and offices[1] and not offices[0] & offices[1]:
            return False  # "resigned from the Toll Court" and "left office as Lord Warden": two terms
        doers = [_names(title[: match.start()]) for title, match in zip((first, second), found, strict=True)]
        if not (doers[0] & doers[1]):
            return None
        return step is _ENDED or (first_date == second_date and len(first_date) == 10)
    return None


def _names(text: str) -> set[str]:
    return {
        word.removesuffix("’s").removesuffix("'s").rstrip("’'")
        for word in re.findall(r"\b[A-Z][\w’'.-]*", text)
        if word not in _NOT_OFFICE
    }


def _doer_names(title: str) -> set[str]:
    """The names after "by President …" are the appointer's, not the office's."""
    by = re.search(r"\bby\s+(.+)$", title)
    return _names(by.group(1)) if by else set()
