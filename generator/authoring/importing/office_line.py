"""A biography's line of offices under its heading: "(1872–1942) Special Agent …, 1914–1917."

Short lives written for a book's appendix open with the life dates and the offices held, each
with its span, and no verb: "U.S. Consul at St. Étienne, 1906–1927". Each office with its span
is an event of the life, the service the text then tells; the life dates are not.
"""

from __future__ import annotations

import re

from generator.authoring.prose import DateMention, find_dates

# "(1885–1952). Vice Consul at Paris, 1914–1915.": life dates, then "Office, span" parts split by ";"
_LINE = re.compile(r"\(\s*(?:c\.\s*)?\d{4}\??\s*[–-]\s*(?:\d{4}|\?)\s*\)\.?\s+(?P<offices>[^()]+?)\.?\s*$")
_OFFICE = re.compile(r"^(?P<office>[A-Z][^;]*?),\s+(?P<span>\d{4}\s*[–-]\s*\d{4})$")
MAX_OFFICE_WORDS = 9


def offices_held(line: str, surname: str) -> list[tuple[DateMention, str]]:
    """(span, title) for each office with its years the line names ("Hunt served as U.S.
    Consul at St. Étienne"); none when the line is not such a line."""
    whole = _LINE.fullmatch(line.strip())
    if whole is None:
        return []
    found = []
    for part in whole.group("offices").split(";"):
        office = _OFFICE.match(part.strip())
        if office is None:
            continue
        spans = find_dates(office.group("span"))
        if len(spans) != 1 or spans[0].until is None:
            continue
        name = re.sub(r"^Former\s+", "", office.group("office"))  # "Former U.S. Secretary of State, 1909": held then
        if len(name.split()) > MAX_OFFICE_WORDS:
            # "Special Agent of the Department of State to Assist the American Ambassador at Paris": the
            # Department is the one every such office is of
            name = re.sub(r"\s+of\s+the\s+Department\s+of\s+State\b", "", name)
        found.append((spans[0], f"{surname} served as {name}"))
    return found
