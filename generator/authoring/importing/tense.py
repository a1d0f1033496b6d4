"""Verb forms a title needs that the text gives in another form: "did declare" is
"declared", "succeeded in forcing" is "forced", "was able to settle" is "settled"."""

from __future__ import annotations

import re

ING_PAST = {
    f"{stem}ing": f"{stem}ed"
    for stem in "gain obtain establish defeat halt reach pass end secur captur forc persuad convinc negotiat expell".split()
} | {
    "forcing": "forced",
    "securing": "secured",
    "capturing": "captured",
    "persuading": "persuaded",
    "convincing": "convinced",
    "negotiating": "negotiated",
    "taking": "took",
    "winning": "won",
    "making": "made",
    "bringing": "brought",
    # "managed to force" is "forced"
    "force": "forced",
    "secure": "secured",
    "capture": "captured",
    "win": "won",
    "gain": "gained",
    "obtain": "obtained",
}

# The "-ing" forms whose past their stem does not give ("leading" → "led", not "leaded").
_IRREGULAR_ING = {
    f"{base[:-1] if base.endswith('e') and not base.endswith('ee') else base}ing": base
    for base in (
        "lead give send hold meet build break sell write have keep seek put set cut let pay say lay run strike "
        "speak stand tell throw withdraw overthrow undertake drive fight find choose lose leave buy spend sink "
        "spread draw grow know flee fly begin become come go rise fall get shut make take win bring sit feed lend"
    ).split()
} | {
    "putting": "put",
    "setting": "set",
    "cutting": "cut",
    "letting": "let",
    "running": "run",
    "beginning": "begin",
    "getting": "get",
    "shutting": "shut",
    "winning": "win",
    "sitting": "sit",
}

IRREGULAR_PAST = {
    "make": "made",
    "take": "took",
    "retake": "retook",
    "rewrite": "rewrote",
    "remake": "remade",
    "give": "gave",
    "send": "sent",
    "win": "won",
    "meet": "met",
    "go": "went",
    "begin": "began",
    "become": "became",
    "come": "came",
    "hold": "held",
    "lead": "led",
    "fall": "fell",
    "rise": "rose",
    "get": "got",
    "shut": "shut",
    "arise": "arose",
    "leave": "left",
    "bring": "brought",
    "break": "broke",
    "choose": "chose",
    "draw": "drew",
    "fight": "fought",
    "find": "found",
    "grow": "grew",
    "know": "knew",
    "lose": "lost",
    "pay": "paid",
    "run": "ran",
    "say": "said",
    "see": "saw",
    "sell": "sold",
    "set": "set",
    "speak": "spoke",
    "stand": "stood",
    "strike": "struck",
    "tell": "told",
    "throw": "threw",
    "withdraw": "withdrew",
    "write": "wrote",
    "build": "built",
    "buy": "bought",
    "keep": "kept",
    "seek": "sought",
    "sink": "sank",
    "spend": "spent",
    "spread": "spread",
    "put": "put",
    "cut": "cut",
    "let": "let",
    "undertake": "undertook",
    "overthrow": "overthrew",
    "drive": "drove",
    "fly": "flew",
    "flee": "fled",
    "lay": "laid",
    "have": "had",
    "sit": "sat",
}
# Verbs whose last consonant doubles: "planned", "committed".
_DOUBLED = re.compile(
    r"^(?:[^aeiou]*[aeiou][bdgmnpt]|commit|admit|submit|permit|occur|refer|transfer|control|compel|expel)$"
)


def past_of_ing(word: str) -> str:
    """ "launching" → "launched", "stopping" → "stopped", "invading" → "invaded", "leading" →
    "led"; "" for a word that is no "-ing" form of a verb."""
    if word in ING_PAST:
        return ING_PAST[word]
    if word in _IRREGULAR_ING:
        return past(_IRREGULAR_ING[word])
    if not word.endswith("ing") or len(word) < 6:
        return ""
    stem = word[:-3]
    if stem[-1] == stem[-2] and stem[-1] not in "aeiouylsz":
        return past(stem[:-1])  # "stopping"
    if stem.endswith("e"):
        return stem + "d"  # "agreeing"
    if re.search(r"[^aeiou]y$", stem):
        return stem[:-1] + "ied"  # "studying"
    return stem + "ed"  # "invading": the stem an "-e" left is the past's


def past(verb: str) -> str:
    """ "declare" of "did declare" as a title tells it: "declared"."""
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if re.search(r"[^e]ed$", verb) and len(verb) > 4 and verb not in ("embed", "shred"):
        return verb  # "convinced Carter to suspended aid": the text's slip, already in the past
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if _DOUBLED.match(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


_WOULD = re.compile(
    # "would eventually undertake": the adverb goes, and the verb after it is the deed
    # ("would also serve as Senator from 1803 until 1811": a term told from before it, served)
    r"^((?:(?!\bthat\b|\bif\b)[^,;])*?)\bwould\s+(?:[a-z]+ly\s+|later\s+|soon\s+|also\s+(?=serve\b))?(?!not\b|never\b|no\b|have\b|be\b|also\b)"
    r"([a-z]+)\b"
)


def without_would(clause: str) -> str:
    """ "Bilateral talks would begin in Washington in December 1991": the clause's own dated
    deed, told from before it, happened: "… began in Washington"."""
    return _WOULD.sub(lambda m: f"{m.group(1)}{past(m.group(2))}", clause, count=1)


# The participles whose simple past differs: "had risen up" told as that year's deed is "rose up".
_PARTICIPLE_PAST = {
    "risen": "rose",
    "arisen": "arose",
    "begun": "began",
    "taken": "took",
    "fallen": "fell",
    "given": "gave",
    "written": "wrote",
    "broken": "broke",
    "chosen": "chose",
    "driven": "drove",
    "spoken": "spoke",
    "grown": "grew",
    "known": "knew",
    "thrown": "threw",
    "drawn": "drew",
    "seen": "saw",
    "gone": "went",
    "done": "did",
    "come": "came",
    "become": "became",
    "overcome": "overcame",
    "run": "ran",
    "sunk": "sank",
    "undertaken": "undertook",
    "withdrawn": "withdrew",
    "overthrown": "overthrew",
    "forbidden": "forbade",
    "shaken": "shook",
    "struck": "struck",
    "sworn": "swore",
    "frozen": "froze",
    "stolen": "stole",
}


def simple_past(predicate: str) -> str:
    """A predicate whose pluperfect lost its "had": "risen up against …" → "rose up against …"."""
    first, _, rest = predicate.partition(" ")
    return f"{_PARTICIPLE_PAST[first]} {rest}".strip() if first in _PARTICIPLE_PAST else predicate


_HAD_IRREGULAR = re.compile(r"\bhad\s+(" + "|".join(_PARTICIPLE_PAST) + r")\b")


def without_pluperfect(clause: str) -> str:
    """ "had risen up" as that year's deed ("In December 1987, … had risen up"): "rose up"."""
    return _HAD_IRREGULAR.sub(lambda m: _PARTICIPLE_PAST[m.group(1)], clause, count=1)


def told_on_its_date(sentence: str, date_at: int, predicate: str) -> bool:
    """Whether a pluperfect deed happened on the date that follows it ("The Bolsheviks had
    concluded a separate peace … in March 1918"), not by then ("By 1914, Italy had joined …",
    "had already …", "two days earlier … had") nor a state ("had owed")."""
    return bool(
        re.search(r"\s(?:in|on)\s+$", sentence[:date_at])
        and not re.search(r"\b(?:by|since|until|already|earlier|previously|before)\b", sentence, re.I)
        and re.match(
            r"(?:\w+ly\s+|also\s+)?(?!owed|used|been|had|known|held|remained|lived|enjoyed|soured|grown|become)\w+\s+\w",
            predicate,
        )
    )
