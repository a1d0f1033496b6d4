"""The asides of a sentence blanked out, so that its clauses can be read.

Brackets, relative clauses (", who had signed them,"), short appositions (", long
rivals,"), how the doers felt ("tired of war and dispirited by the downturn,"), a role
before a name and discourse asides ("for the most part") are replaced by spaces: the
positions of the sentence stay those of the text, so a date found in it still points at
its place. An aside that holds the date is the date's clause, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.authoring.importing.clause_span import OPENERS
from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.predicate import ONE_NAME_LIST_END, verbs
from generator.authoring.prose import DateMention

_ROLE_NOUNS = (
    r"commander|leader|head|president|secretary|minister|governor|chief|member|founder|author|editor|ambassador|"
    r"chairman|general|admiral|director|premier|chancellor|king|queen|emperor|widow|son|daughter|brother|wife"
)


_PROPER_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*")


# A role said with an article before the name it is given ("an African American woman, Irene Morgan,").
_BEFORE_SUBJECT = re.compile(
    r"(?:^\W*|,\s*|\b(?i:when|after|as|once|before|although|though|while|because|since|until)\s+)$"
)


_ROLE_BEFORE = re.compile(
    r"(?<![\w,])(?:a|an|the|(?i:one|another)|[A-Z][\w-]*’s)\s+(?:[A-Za-z][\w’-]*\s+){0,3}[a-z][\w-]*"
    r"(?:\s+(?:from|of|in)\s+[A-Z][\w’'-]*)?$"  # "Reagan’s National Security Council aide, Oliver North,"
    r"|(?<![\w,])(?i:an?|one|another)\s+[A-Z][a-z]+(?:an|ese|ish|ch|i)$"  # "Another Italian, Amerigo Vespucci,"
    # "the former Atomic Energy Commissioner, Dixie Lee Ray,": an office's title, capitalized
    r"|(?<![\w,])(?i:the)\s+(?:(?:former|new|then|later|first)\s+)?(?:[A-Z][\w’-]*\s+){0,3}"
    r"(?:Commissioner|Secretary|Ambassador|Minister|President|Director|Governor|Senator|Adviser|Advisor|Chairman|"
    r"Administrator|Chief)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*)?)?$"
)


_DISCOURSE_ASIDE = re.compile(
    r",\s+(?:however|therefore|moreover|nevertheless|furthermore|consequently|meanwhile|in turn|in fact|too|"
    r"though|as a result|in the end|at first|at last|for example|for instance|in particular|for the most part|"
    r"in effect|in short),(?=\s)",
    re.IGNORECASE,
)


_GROUP_CALLED = re.compile(
    r"\b[Aa]n?\s+(?:[a-z]+\s+)?(?:group|organization|organisation|movement|party|society|force|militia|army|band|"
    r"association|league|union|body)\s+(?:called|named|known\s+as|calling\s+(?:itself|themselves))\s+"
    r"(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*,?\s+(?:[^,]{1,60},\s+)?[a-z]+ed\b|"
    r"(?:the\s+)?[A-Z][^,]*,\s+[^,]{1,60},\s+(?:began|took|led|rose|fought|won|struck|made)\b)"
)


_SUCH_AS_SUBJECT = re.compile(
    r"^\W*(?:[A-Za-z][a-z]+\s+){0,3}[a-z]+s\s+such\s+as\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:in|on)\s+\d)"
)


_WATCHED_AS = re.compile(
    r"(?:(?<=^)|(?<=,\s))(?:the\s+|The\s+)?(?:[A-Za-z]+\s+){0,2}?(?:world|nation|public|observers|onlookers|"
    r"spectators|crowds?|Americans|Europeans)\s+(?:watched|looked\s+on)(?:\s+in\s+[a-z]+(?:\s+and\s+[a-z]+)?)?\s+as\s+"
    r"(?=(?:the\s+)?[A-Za-z])"
)


_BESIDES_DOING = re.compile(
    r"^\W*(?:Besides|Apart\s+from|In\s+addition\s+to|Aside\s+from)\s+[a-z]{3,}ing\b[^,;]{0,80},\s+(?=(?:the\s+)?[A-Za-z])"
)


_BEGINNING_IN = re.compile(
    r"^\W*(?:(?:Already|Long|Once|Still|Ever)\s+[^,;]{1,50},\s+)?(?:beginning|starting)\s+(?=(?:in|on)\s+[^,;]{1,20}?\d\s+[A-Z])"
)


_DESCRIBED_FIRST = re.compile(
    r"^\W*(?:Named|Called|Known|Set|Located|Situated|Perched|Nestled|Built|Surrounded|Bordered)\s+"
    r"(?:for|after|as|on|in|at|near|along|beside|by|atop|between|above)\s+[^,;]{1,100},\s+"
    r"(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,4}\s+(?:\w+ly\s+)?[a-z]+(?:ed)?\b)"
)


def mask_asides(sentence: str, mention: DateMention | None = None) -> str:
    """The sentence with brackets and relative clauses (", who had signed them,") and short
    appositions (", long rivals,") blanked out, so positions stay those of the sentence;
    a relative clause or apposition that holds the date is the date's clause, and stays."""
    at = mention.start if mention else -1

    def blank(match: re.Match[str]) -> str:
        return match.group(0) if match.start() <= at < match.end() else " " * len(match.group(0))

    def appositions(text: str, pattern: str) -> str:
        # every candidate, overlapping ones too: ", and the Allies, now including …," holds two
        for match in re.finditer(f"(?=({pattern}))", text):
            start, end = match.start(1), match.end(1)
            inner = text[start:end]
            lead_only = len(text[:start].split()) <= 3 and not verbs(text[:start])
            role = _ROLE_BEFORE.search(text[:start]) if _PROPER_NAME.fullmatch(inner.strip(" ,")) else None
            if lead_only and _PROPER_NAME.fullmatch(inner.strip(" ,")) and not (role and role.start() == 0):
                continue  # "Further south, George Washington, accompanied by …": the name is the subject
            # a subject's role only: not "forming a new nation, Saudi Arabia, which …", nor "of the settlement, …"
            subject = role is not None and _BEFORE_SUBJECT.search(text[: role.start()]) is not None
            if role and subject and not start <= at < end and not verbs(role.group(0)):
                # "In 1944, an African American woman, Irene Morgan, was arrested": the name stands for the role
                name_at = start + inner.index(inner.strip(" ,"))
                kept = text[name_at : name_at + len(inner.strip(" ,"))]
                text = (
                    text[: role.start()]
                    + " " * (name_at - role.start())
                    + kept
                    + " " * (end - name_at - len(kept))
                    + text[end:]
                )
                continue
            after_verb = re.search(r"\b[a-z]+ed$", text[:start]) is not None  # "invaded, swiftly overwhelming …,"
            # "Monterey, California, a part of Mexico": a place's state or country, not an aside
            place = (
                re.fullmatch(r",\s+[A-Z][a-z]+,", inner.strip())
                and re.search(r"[A-Z][a-z]+$", text[:start])
                and not re.match(r"\s+(?:and|or)\s", text[end:])
            )
            # "Pompey, Crassus, and Julius Caesar formed …": a name before "and" plus a name is one of a list
            # (a list after the verb, "between Russia, France, and Britain", stays an object cut short: no title)
            listed = (
                re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){0,4}", inner.strip(" ,"))
                and re.match(
                    r"\s+(?:(?:and|or)\s+(?:the\s+)?|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+(?:and|or)\s+)[A-Z]",
                    text[end:],
                )
                and (
                    not verbs(text[:start])
                    # "held four summits in Geneva, Reykjavik, Washington, and Moscow": the places of one deed
                    or re.search(_NAMES_AFTER_PLACE_WORD, text[:start])
                    # "a Treaty of Friendship, Commerce, and Consular Rights": the words of one name
                    or re.search(r"\b(?:Treaty|Convention|Agreement)\s+of\s+[A-Z][\w’'.-]*$", text[:start])
                )
            )
            # "the State, War, and Navy Building": the words of one name, whose last word names what it is
            one_name = re.fullmatch(r"[A-Z][a-z]+", inner.strip(" ,")) and ONE_NAME_LIST_END.match(text[end:])
            # ", resulting in nearly 150 deaths, nineteen of them American": a participle phrase with no verb after it
            # ends the deed, and stands between no subject and its verb
            trailing = re.match(r",\s+(?!including\b|excluding\b)[a-z]{3,}ing\s", inner.lstrip()) and not verbs(
                text[end : end + 30].split(",")[0]
            )
            # "burned farms, mills, and barns", "academic, public, Congressional, and foreign interest": a word of a
            # list of common things, not an aside
            word_of_list = (
                re.fullmatch(
                    r"(?!however\b|therefore\b|moreover\b|instead\b|too\b|though\b)[A-Za-z][a-z]+(?<!ly)(?<!ed)",
                    inner.strip(" ,"),
                )
                and re.match(r"\s+(?:and|or)\s+[a-z]+", text[end:])
                and re.search(r"\b[a-z]+$", text[:start])
                # "heretics, who had to prove their innocence, confess, or face execution": the relative clause's own list
                and not re.search(r"\b(?:who|which|whom|whose|that)\b[^;]*$", sentence[:start])
            )
            if not start <= at < end and inner.lstrip().startswith(",") and _is_apposition(inner) and not after_verb:
                if place or listed or one_name or trailing or word_of_list:
                    continue
                text = text[:start] + " " * (end - start - 1) + text[end - 1 :]  # its closing comma stays
        return text

    text = re.sub(r"\s*\([^()]*\)", lambda m: " " * len(m.group(0)), sentence)
    # "a group called the Kenya Land and Freedom Army, …, began": the group is the name it is called by
    text = _GROUP_CALLED.sub(blank, text)
    # "Later legal codes such as the Kiyomihara Codes in 689 organized …": the example named is the one dated
    text = _SUCH_AS_SUBJECT.sub(blank, text)
    # "the world watched in horror as Russian tanks rolled across …": what was watched is the deed
    text = _WATCHED_AS.sub(lambda m: " " * len(m.group(0)), text)
    # "Besides controlling the overland route, the Ottomans commanded …": what else they did leads in
    text = _BESIDES_DOING.sub(blank, text)
    # "Named for a large earthwork complex …, the Hopewell tradition emerged …": what the subject is, before it
    text = _DESCRIBED_FIRST.sub(blank, text)
    # "Already rivals in trade, beginning in 1754 France and Britain found themselves …": the date opens the clause
    text = _BEGINNING_IN.sub(lambda m: " " * len(m.group(0)), text)
    # "a second atomic bomb, named Fat Man, was dropped …": the thing's name is an aside
    text = re.sub(
        r",\s+(?:named|called|nicknamed|dubbed|code-?named)\s+(?:the\s+)?[A-Z“\"][^,;]*,(?=\s+(?:was|were|had|[a-z]+ed)\b)",
        blank,
        text,
    )
    # "An 1839 Mississippi law, similar to Massachusetts’ original law, outlawed …": a likeness, between subject and verb
    text = re.sub(
        r",\s+(?:similar|identical|comparable|akin|equivalent|parallel)\s+to\s+[^,;]{1,80},(?=\s+(?:\w+ly\s+)?[a-z]+ed\s)",
        blank,
        text,
    )
    # "George II, understanding the advantage of a colony standing as a buffer …, granted the charter":
    # a participle phrase between a subject and its verb, however long
    text = re.sub(
        r"^(\W*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+[a-z]{3,}ing\s+[^;]{1,200}?,(?=\s+(?:\w+ly\s+)?[a-z]+ed\s)",
        lambda m: m.group(1) + blank(m)[len(m.group(1)) :],
        text,
    )
    # "Poison gas, outlawed worldwide today, was employed …": a past participle's aside before the verb
    text = re.sub(
        r"^(\W*(?:The\s+)?(?:[A-Z][\w’'-]*)(?:\s+[a-z][\w’'-]*){0,2}(?:\s+[A-Z][\w’'-]*){0,4}),\s+[a-z]{3,}ed\s+[^,;]{1,60},"
        r"(?=\s+(?:was|were|had)\s)",
        lambda m: m.group(1) + blank(m)[len(m.group(1)) :],
        text,
    )
    # "Eisenhower considered, but ultimately rejected the idea …": the deed done is the second verb
    text = re.sub(r"\b[a-z]+ed,\s+but\s+(?:[a-z]+ly\s+)?(?=[a-z]+ed\s)", blank, text)
    # "John R. McLean of Cincinnati, Ohio, and his wife, sold the property": the one named is the subject, his
    # companion an aside, and so is his town's state
    # (left as it stands, ", and" would end the clause before its verb)
    text = re.sub(
        r"(?<=[A-Za-z])(?:,\s+[A-Z][a-z]+)?,\s+and\s+(?:his|her|their)\s+(?:wife|wives|husband|husbands|son|sons|daughter|daughters|brother|brothers|"
        r"sister|family|partner|partners|widow),?(?=\s+(?:\w+ly\s+)?[a-z]+(?:ed|old|ought|ew|ave|ade)\s)",
        blank,
        text,
    )
    # "married Myron T. Herrick, a banker, businessman, and lawyer in Cleveland, Ohio, and gave birth …": the
    # callings a name is given, a list of its own, are one aside
    text = re.sub(
        r"(?<=[A-Za-z]),\s+(?:a|an)\s+[a-z]+(?:,\s+(?:and\s+)?[a-z]+)+"
        r"(?:\s+(?:in|of|at|from)\s+[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)?)?,(?=\s+and\s+[a-z])",
        blank,
        text,
    )
    # "sold the property, together with another property just south of it, to the Club": what went with the object
    # stands between it and where it went
    text = re.sub(
        r"(?<=[a-z]),\s+(?:together|along)\s+with\s+[^,;]{1,100},(?=\s+(?:to|for|from|into|in|at|by)\s)", blank, text
    )
    # "The 1904 World’s Fair in St. Louis, Missouri, included …": a place's state goes with the place
    text = re.sub(r"(?<=[a-z]),\s+[A-Z][a-z]+,(?=\s+(?:and\s+)?[a-z]+ed\s)", blank, text)
    text = _ROLE_THEN_NAME.sub(lambda m: m.group(0) if m.start() <= at < m.end() else _name_for_role(m), text)
    # "Three states—Mississippi, Florida, and Alabama—seceded": a pair of dashes encloses an aside
    text = re.sub(r"\s?—[^—;]{1,160}—\s?(?=\S)", lambda m: _dashed_aside(m, blank), text)
    # "Infighting …, however, brought down …": between a subject and its verb the aside goes whole; elsewhere its
    # last comma stays, for it ends a lead-in ("Finding Zwingli too slow …, however, Grebel established …")
    text = _DISCOURSE_ASIDE.sub(
        lambda m: " " * len(m.group(0)) if VERB.match(text, m.end() + 1) else " " * (len(m.group(0)) - 1) + ",", text
    )
    # after a blanked "(SED)" too; not a subject a relative clause follows ("In the end, the Bureau, which …")
    text = appositions(text, r"(?<=[^\W\d])\s*,\s+(?:a|an|the)\s[^,;]+,(?=\s+(?!(?:which|who|whose)\b)[a-z])")
    # "… with the Convention of Beijing, which ceded …, expanded …, and eliminated …": the relative clause's list of
    # deeds runs to the sentence's end
    text = re.sub(r",\s+(?:which|who)\s[^,;]+(?:,\s+(?:and\s+)?[a-z]+ed\b[^,;]*){2,}(?=[.;]?\s*$)", blank, text)
    # "… “empire of liberty,”"; "Macune, who led the Southern Alliance, which was based in Texas …, urged": a chain
    text = re.sub(
        r",\s+(?:who|which|whose)\s[^,;]+(?:,\s+(?:who|which|whose)\s(?:[^,;]|,(?=\d{3}))+)*,[”’\"]?(?!\s*\d)",
        blank,
        text,
    )
    # "General William Howe, commander in chief of the British forces in America, amassed …": a role, not the deed
    text = re.sub(
        rf"(?<=[A-Za-z]),\s+(?:(?:a|an|the)\s+)?(?:{_ROLE_NOUNS})\b[^,;]{{0,80}},(?=\s+[a-z])",
        lambda m: m.group(0) if verbs(m.group(0)) else blank(m),
        text,
    )
    # "F W de Klerk, in a move that surprised observers, announced …": a judgement of the deed, not the deed
    text = re.sub(
        r"(?<=[A-Za-z]),\s+in\s+(?:a|an|what)\s+(?:[a-z]+\s+){0,2}(?:move|step|decision|act|gesture|reversal|"
        r"surprise|shift)\b[^,;]{0,60},(?=\s+[a-z])",
        blank,
        text,
    )
    # "the Great Kanto Earthquake, measuring 7.8 on the Richter scale, destroyed …": what it was, not the deed
    text = re.sub(
        r"(?<=[A-Za-z]),\s+[a-z]{3,}ing\s+[^,;]{1,80},(?=\s+(?:\w+ly\s+)?(?:was|were|[a-z]+ed)\b)",
        # its comma stays, where an apposition before it would close ("the Pasha, Yusuf Qaramanli, citing …,")
        lambda m: m.group(0) if VERB.match(m.group(0).lstrip(", ")) else "," + blank(m)[1:],
        text,
    )
    # "a group of activists, including Dennis Banks, George Mitchell, and Clyde Bellecourt, convened …"
    text = re.sub(r"(?<=[A-Za-z]),\s+including\s+[^;]{1,120}?,(?=\s+(?:\w+ly\s+)?[a-z]+ed\b)", blank, text)
    # "George Washington, accompanied by Tanaghrisson, surprised …": who came along, not the deed;
    # "William Walker, along with an army of sixty mercenaries, gained control …" too
    text = re.sub(
        r"(?<=[A-Za-z]),\s+(?:(?:\w+ly\s+)?[a-z]+ed\s+by|along\s+with|together\s+with)\s+[^,;]{1,60},(?=\s+[a-z])",
        blank,
        text,
    )
    # "American voters, tired of war and dispirited by the economic downturn, elected …": how they felt
    text = re.sub(
        rf"(?<=[A-Za-z]),\s+(?:\w+ly\s+)?(?:{_FEELINGS})\s+(?:of|with|over|at|about|by)\s+[^,;]{{1,70}},"
        r"(?=\s+(?:\w+ly\s+)?[a-z]+ed\b)",
        blank,
        text,
    )
    text = appositions(
        text, r"(?<=[^\W\d]),\s+(?:(?:a|an|the)\s+)?(?=[^\W\d])(?:[\w’'-]+\s+){0,5}[\w’'-]+,(?=\s+[a-z])"
    )
    # "heretics, who had to prove their innocence, confess, or face execution": the rest of the blanked clause's list
    return _REST_OF_LIST.sub(blank, text)


_REST_OF_LIST = re.compile(r"(?<=\s{4})[a-z]+,\s+(?:and|or)\s+[a-z]+(?:\s+[a-z]+)?(?=[,;.]|$)")


# How a doer felt, said between the doer and the deed.
_FEELINGS = (
    r"tired|weary|dispirited|frustrated|angered|alarmed|disappointed|disgusted|disillusioned|emboldened|outraged|"
    r"worried|concerned|frightened|shocked|dismayed|exhausted|encouraged|impatient|angry|furious|unhappy"
)


# "met with the British prime minister, Winston Churchill, off …": the name the object's role is
# given stands for the role (in its place, the rest blanked, so positions stay).
_ROLE_THEN_NAME = re.compile(
    r"(?<=\s)(?:the|his|her|their|its)\s+(?:[A-Za-z][\w-]*\s+){0,3}"
    r"(?:minister|president|king|queen|leader|general|ambassador|secretary|chancellor|premier|emperor|commander|"
    r"envoy|counterpart|successor|predecessor|rival|ally)"
    r",\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),(?=\s+[a-z])"
)


def _name_for_role(match: re.Match[str]) -> str:
    if not re.search(r"\b(?:with|to|by|for|from|against|[a-z]+ed)\s+$", match.string[: match.start()]):
        return match.group(0)  # "its leader, Tomas Arvelo, …, proclaimed": the subject is read as such
    name = match.group(1)
    return name + " " * (len(match.group(0)) - len(name) - 1) + ","


def _dashed_aside(match: re.Match[str], blank: Callable[[re.Match[str]], str]) -> str:
    """A dashed aside blanked out; before a subject ("… other capitals—without …—NATO agreed") it
    closed a lead-in, and a comma takes its place, as a comma-enclosed aside's stays."""
    blanked = blank(match)
    if blanked == match.group(0) or not re.match(r"[A-Z]|the\s", match.string[match.end() :]):
        return blanked
    return "," + blanked[1:]  # the comma where the aside began, so "capitals, NATO" keeps its space


_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
_NAMES_AFTER_PLACE_WORD = rf"\s(?:in|at|to|from|with)\s+(?:{_NAME},\s+)*{_NAME}$"


def _is_apposition(text: str) -> bool:
    """Whether a comma-enclosed phrase between a subject and its verb is an apposition: no verb of its own."""
    inner = text.strip(", ")
    inner = re.sub(r"^((?:a|an|the)\s+)[a-z]+ly\s+", r"\1", inner)  # "a highly respected journalist": no verb
    # "a State Department official stationed at the embassy": a participle that qualifies the noun is no verb
    inner = re.sub(r"^((?:a|an|the)\s+(?:[\w.-]+\s+){0,3}[a-z]+)\s+[a-z]+ed\s+(?:at|in|near)\s.*$", r"\1", inner)
    # "a radical Islamist militant group consisting of mostly Sunni Muslims and once affiliated with al-Qaeda"
    inner = re.sub(
        r"^((?:a|an|the)\s+(?:[\w.-]+\s+){0,4}[a-z]+)\s+(?:consisting|made\s+up|composed)\s+of\s.*$", r"\1", inner
    )
    return not (
        verbs(inner)
        or OPENERS.fullmatch(inner)
        or re.match(r"(?:and|but|or|then|so|in|on|at|by|after|before|which|who|whom|whose)\b", inner)
    )
