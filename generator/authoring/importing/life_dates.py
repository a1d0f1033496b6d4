"""A biography's own subject's death, a life date like a birth.

A guide made from "Richard Olney" leaves "Olney died on April 8, 1917" off the timeline, as
it leaves his birth: the two bound the life the timeline tells. Another person's death is an
event of that life ("Death of Secretary of State Walter Gresham" made Olney's post free), and
so is the subject's death in office ("Hay died in office in 1905"), which ends his service.
"""

from __future__ import annotations

import re

from generator.authoring.article_parts import surname

# "Richard Olney died", "James G. Blaine died not long afterward", "Cordell Hull died in Washington":
# a bare death, with at most where or how soon
_DIED = re.compile(
    r"((?:(?:[A-Z][\w’'.-]*|“[A-Z][\w.-]*”)\s+){0,3}(?:[A-Z][\w’'-]*|Jr\.|Sr\.))\s+(?:died|passed\s+away)"
    r"(?:\s+(?:not\s+long|shortly|soon)(?:\s+(?:afterwards?|after|thereafter))?)?"
    # "… died at his home in Brooklyn", "… in her home at age 89": where, and how old
    r"(?:,?\s+(?:in|at|near)\s+(?:(?:his|her|their|the)\s+)?[\w’'.-]+,?(?:\s+(?:in\s+)?[A-Z][\w’'.-]*,?)*(?:\s+\d+)?)*"
    r"(?:\s+(?:from|of)\s+(?:[a-z]+\s+){0,2}[a-z]+)?"  # "… from bronchial pneumonia": of what
)


def is_own_death(title: str, detail: str, person: str) -> bool:
    """Whether ``title`` (proposed from ``detail``) tells the bare death of ``person``, the
    person a biography is about."""
    died = _DIED.fullmatch(title.strip())
    if died is None or re.search(r"\bin\s+office\b|\bwhile\s+(?:serving|in)\b", detail):
        return False
    return surname(person) in died.group(1).split()
