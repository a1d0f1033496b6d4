"""The noun phrase around a name in a dated sentence, for the event titler: the noun its
last name qualifies ("the Juárez government"), the stage of an event it names ("End of the
war"), how far it stands from the date, and a year that belongs to another document's name.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import EVENT_NOUNS as _EVENT_NOUNS
from generator.authoring.importing.clauses import VERB
from generator.authoring.prose import DateMention


def names_another(sentence: str, date: DateMention) -> bool:
    """A year that stands in another document's name dates that one: "signed a Convention on Commerce,
    designed to supplement the 1839 Treaty of Commerce and Navigation"."""
    return re.search(r"\bthe\s+$", sentence[: date.start]) is not None and (
        re.match(rf"\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?i:{_EVENT_NOUNS})\b", sentence[date.end :]) is not None
    )


_FUNCTION_WORDS = set(
    "in on at of and or but to by for with from as that which who whom whose was were is are had has have "
    "the a an his her its their after before during until since into over under against between "
    "later again then soon also too once twice alone first last there here while when where because although "
    "though whereas if so yet nor along alongside together instead amid among despite toward towards through "
    "throughout within without upon via including around about circa roughly nearly approximately almost off".split()
)


def whole_noun(sentence: str, phrase: str, at: int) -> str:
    """``phrase`` with the noun its last name qualifies in the sentence ("recognition of the
    Juárez" → "… the Juárez government"; "withdrawal of Allied" → "… Allied diplomats")."""
    last = phrase.rsplit(" ", 1)[-1]
    if not last[:1].isupper():
        return phrase
    # Up to two nouns: "the British passenger ship", not "the British passenger". The second
    # only where the phrase plainly ends after it: it may be a verb the list does not know
    # ("the Kell fleet sails").
    found = re.search(
        rf"\b{re.escape(last)}(\s+and\s+[A-Z][\w-]*)?((?:\s+[a-z][\w-]*){{1,2}})(?=(\s*[,.;:)]|\s*$|\s+[a-z]+\b)?)",
        sentence[at:],
    )
    # "the French and Spanish protectorates": a second name qualifies the same noun
    paired = found.group(1).split() if found and found.group(1) else []
    words = found.group(2).split() if found else []
    ending = (found.group(3) or "").strip() if found else None
    if len(words) == 2 and not (
        ending is not None and (ending == "" or ending in ",.;:)" or ending in _FUNCTION_WORDS)
    ):
        words = words[:1]
    kept: list[str] = []
    for word in words:
        if word in _FUNCTION_WORDS or word.endswith(("ly", "ing")) or VERB.fullmatch(word):
            break
        kept.append(word)
    return " ".join([phrase, *paired, *kept]) if kept or not paired else phrase


def reach(at: int, date_at: int) -> int:
    """How far a name stands from a date, a name after the date counting double: English
    puts the date after the event it dates ("the Great Exhibition held in London in 1851")."""
    return date_at - at if at <= date_at else 2 * (at - date_at)


def _the(phrase: str) -> str:
    """``phrase`` as the object of "End of": "the war", "the Kell War", but "Pontiac’s Rebellion"."""
    return phrase if phrase.startswith("the ") or re.match(r"[A-Z][\w-]*[’']s\b", phrase) else f"the {phrase}"


def with_stage(sentence: str, phrase: str) -> str:
    """ "the end of the Russo-Japanese War" names the end, not the war; so does "When the
    Vietnam War ended in 1975"."""
    at = sentence.find(phrase)
    if re.match(
        r"\s+(?:ended|came to an end|was over)(?=\s*[,.;]|\s+(?:in|on|at|with|after|when|by)\b)",  # intransitive
        sentence[at + len(phrase) :],
    ):
        return f"End of {_the(phrase)}"
    before = sentence[:at].lower()
    if re.search(r"\b(?:ended|ending)\s+(?:the\s+)?$", before):  # "the Treaty of Paris ended the … War"
        return f"End of {_the(phrase)}"
    staged = re.search(
        r"\b(end|start|beginning)\s+of\s+((?:[\w’'-]+\s+){1,3}(?:in|of)\s+)(?:the\s+)?$", sentence[:at], re.I
    )
    if staged and not re.search(r"[,;]", staged.group(0)):  # "the end of American involvement in the Vietnam War"
        return f"{staged.group(1).capitalize()} of {staged.group(2)}{_the(phrase)}"
    for stage in ("end of", "start of", "beginning of", "outbreak of", "signing of", "conclusion of", "passage of"):
        if re.search(rf"\b{stage}\s+(?:the\s+)?$", before):
            return f"{stage.split()[0].capitalize()} {stage.split()[1]} {_the(phrase)}"
    return phrase


_FUNCTION_WORD = re.compile(
    r"\s+(?:in|on|at|and|or|but|when|while|after|before|with|by|from|to|for|as|during|near|which|who|that|"
    r"again|twice|once|until|since|because|though|although|where|under|over|into|across|through|[a-z]+ly)\b"
)


def adjective_object(sentence: str, end: int) -> bool:
    """Whether the name a verb seems to take is an adjective of a lowercase noun after it:
    "attacked the Muslim trading center of Maynila" did not attack "the Muslim"."""
    words = re.match(r"\s+[a-z]+(\s+[a-z]+)", sentence[end:])  # "the Kell government in …" is whole
    if words is None:
        return False
    return not _FUNCTION_WORD.match(sentence[end:]) and not _FUNCTION_WORD.match(words.group(1))
