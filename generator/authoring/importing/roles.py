"""A role as a title's subject, named: "The president died" after "President Abraham Lincoln
was shot" is "President Abraham Lincoln died", so that the timeline says whose death it was."""

from __future__ import annotations

import re

_ROLES = (
    "president|vice president|emperor|empress|king|queen|shah|sultan|tsar|czar|pope|prime minister|"
    "chancellor|governor|general|admiral|caliph|khan"
)
_ROLE_SUBJECT = re.compile(rf"^The\s+({_ROLES})\s+(?=[a-z])")
_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[A-Za-z]"


def named_role(title: str, earlier: list[str]) -> str:
    """``title`` with a role that opens it ("The president") given the name the text last
    gave it ("President Harding"), from this sentence's lead or the two sentences before;
    unchanged when the text names no one so, or names two."""
    role = _ROLE_SUBJECT.match(title)
    if role is None:
        return title
    for sentence in reversed(earlier[-2:]):
        named = {m.group(1) for m in re.finditer(rf"\b(?i:{role.group(1)})\s+({_NAME})\b", sentence)}
        if len(named) == 1:
            who = named.pop()
            return f"{role.group(1).title()} {who} {title[role.end() :]}"
        if named:
            return title
    return title
