"""The last test of a title made of a clause: whether what is left can be printed.

A title is refused when it is too short, tells what was planned, promised or feared
rather than done, points with "this" or a pronoun to another sentence, names another
date's day, stops inside a quotation, or lost the object of its verb ("forced
Washington" without what he was forced to do). A loose "and …" at its end is cut.
"""

from __future__ import annotations

import re

from generator.authoring.importing.clauses import VERB
from generator.authoring.importing.main_verb import find_verb
from generator.authoring.importing.plain_deed import without_loose_end
from generator.authoring.importing.roles import OFFICE
from generator.authoring.importing.title_words import DESCRIBED, MADE_IN, SAYS_NOTHING, VAGUE
from generator.authoring.prose import DateMention

# What was planned, promised or feared did not happen on that date; a pronoun object names nothing.
_NOT_DONE = re.compile(
    r"\b(?:planned|promised|pleading|pleaded|warned|hoped|wished|intended|wanted|tried|attempted|threatened|believed|"
    # "sought to end the war", "sought greater security" are aims; "sought the nomination" a campaign, done
    r"sought(?!\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?(?:nomination|re-?election|"
    r"office|refuge|safety|asylum|shelter|lease|loan|annexation|admission|permission|recognition|armistice|truce|"
    r"ceasefire|cease-fire|diplomatic\s+solution|settlement|proposals|bids|tenders|designs)\b)|"
    r"(?:was|were)\s+(?:best\s+|well\s+)?known\s+for|"  # "Azurduy was known for her ability to recruit …": a name won
    # "a proposed amendment passed", "Allende proposed an amendment": the proposal of a law is done when made
    r"expected|feared|(?<!\ba\s)(?<!\bthe\s)proposed(?!\s+(?:the\s+)?(?-i:(?:[A-Z][\w-]*\s+)+(?:Bill|Act|Amendment|Resolution|Plan|Compromise))\b)"
    r"(?!\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:amendment|bill|law|resolution|constitution|treaty|plan|program|budget)\b)"
    # "Campbell proposed the surge-and-decline theory": a theory is put forward when proposed
    r"(?!\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:theory|thesis|hypothesis|model|concept)\b)"
    # "Madison proposed the creation of a Department …", "Marshall proposed the extension of aid …": made when proposed
    r"(?!\s+the\s+(?:creation|establishment|formation|extension|abolition|adoption|founding)\s+of\b)|would|could|might|enjoyed|felt)\b|\bcame\s+to\s+(?:view|see|believe|regard|realize|accept)\b|\b(?:refused|declined)\s+to\b|\bcentered\s+on\b|\bfailed\s+to\b|\b(?:was|were|did|had)\s+not\b|\b(?:appeared|seemed)\s+to\s+be\b|\b(?:them|him|it|this|that|these|those)$|\b(?:them|him)\b"
    # "made it a crime to …": an "it" that stands for what follows, not for a thing named before
    r"|\bit\b(?!\s+(?:a\s+crime|illegal|legal|unlawful|possible|impossible|mandatory|compulsory)\b)",
    re.IGNORECASE,
)


# "The 1872 Foreign Relations volume [was published on January 8, 1873]": the year is the volume's name, and
# no other date; but "The 1828 campaign …" dated otherwise tells of another time
_VOLUME_OF = re.compile(r"^The\s+\d{4}\s+(?:[A-Z][\w’'-]*\s+){0,3}volume\b")


# "outraged by this policy", "accepted these terms": what the title speaks of is in another sentence.
_POINTS_BACK = re.compile(r"\b(?:this|these|those|such)\s+[a-z]", re.IGNORECASE)


# Verbs whose object is told to do something: cut before the "to …", the title says nothing.
# After "forced Washington to surrender", a place is not the object the verb lacks.
_NO_PLACE = r"(?!(?:at|in|on|into|from|with|by|for|near|under|after|before)\b)"


CONTROL = re.compile(
    r"(?:caused|forced|allowed|persuaded|convinced|urged|asked(?!\s+for\b)|compelled|enabled|encouraged|invited|told|"
    r"ordered|called\s+(?:up)?on|appealed\s+to|"
    # "asked for the resignation of his cabinet in 1831 in order to …": what was asked for is said, and why
    r"pressed|pressured|induced|informed|assured|used|spurred|prompted)\s+[^,;]*?(?<!\border)\s(?:to|that|into)\s"
    # "sent Major George Washington to order the French out": sent to do something, not sent somewhere
    r"|(?:sent|dispatched|instructed|directed|authorized)\s+[^,;]*?\sto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+\b"
)


# "…, when, under the guns of the militia, the tribe were forced …": the lead-in goes too.
_MONTH_DAY = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
)


def _not_done(title: str, before_date: str) -> bool:
    """Whether the title tells what was planned, promised or feared, not done; an announcement
    of what would happen is done, on its own date ("on February 7, Reagan announced that the
    Marines would withdraw"; not "… announced that the Marines would leave on September 10")."""
    found = _NOT_DONE.search(title)
    ruled = re.search(r"\b(?:ruled|held|found|decided|concluded)\s+that\s", title)
    if found and ruled and found.start() > ruled.end():
        return False  # "the Supreme Court held that the government could not prevent …": the ruling is done
    if found and found.group(0) == "would" and not re.search(r"\bwould\b", before_date):
        return not re.search(
            r"\b(?:announced|declared|said|stated|proclaimed|confirmed|affirmed|promised|decided|agreed|warned)\s+that\b",
            title,
        )
    return found is not None


# A figure spent or raised, ending the title
_FIGURE_SPENT = re.compile(
    r"\s(?:spent|raised|totaled|totalled|earned|cost)\s+(?:(?:just|nearly|about|over|more\s+than|some|almost|roughly)\s+)*"
    r"(\$[\d,.]+(?:\s+(?:million|billion|trillion))?)(?:\s+dollars)?$"
)


# What a deed was done "with" that points to a "to …": "with provisions to take effect", "with a commitment to cut"
_AIMS = r"(?:provisions|plans|orders|instructions|hopes|intentions|commitment|pledge|promise|goal|aim)"


_LASTED_UNTIL = re.compile(
    r"(The\s+)?((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*|[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z][\w-]*){0,4})\s+"
    r"(?:lasted|survived|endured|persisted|raged|continued)\s+until"
)


# Verbs whole without an object: what follows them says where or how, which a title may leave out
_WHOLE_ALONE = set(
    "emerge appear rise grow decline develop spread flourish collapse disappear fade expand prosper settle migrate "
    "arrive crumble weaken thrive recede dominate exist function operate cooperate collaborate".split()
)


# A building or a piece of land changes hands or use: "it" then is the one place its own sentence named before
_PLACE_DEED = re.compile(
    r"\b(sold|bought|purchased|leased|rented|occupied|vacated|demolished|razed|acquired|rebuilt|remodeled|enlarged|"
    r"conveyed|mortgaged|inherited)\s+it\b"
)
_PLACE_NOUN = re.compile(
    r"\bthe\s+((?:[a-z]+\s+)?(?:house|building|property|lot|site|hall|tavern|mansion|structure|premises|estate|"
    r"office|offices))\b"
)


def it_named_before(title: str, sentence: str) -> str:
    """ "While the Department still occupied the house, Calder sold it": it is the house, when
    the sentence, before the title's words, names one such place and no other."""
    deed = _PLACE_DEED.search(title)
    if not deed:
        return title
    cut = sentence.find(title[: deed.start()].strip().split(" ")[-1] + " " + deed.group(1))
    places = {m.group(1) for m in _PLACE_NOUN.finditer(sentence[: max(cut, 0)])}
    if cut <= 0 or len(places) != 1:
        return title
    return f"{title[: deed.start()]}{deed.group(1)} the {places.pop()}{title[deed.end() :]}"


# "The treaty signed in 1886 [was terminated]": a subject named by the year it was made, not another date's deed
_NAMED_BY_ITS_YEAR = re.compile(rf"^(?:The|This|That)\s+(?:[\w’'-]+\s+){{0,3}}?{MADE_IN}\s+in\s+\d{{4}}\b")


def finished_title(title: str, clause: str, verb: re.Match[str], sentence: str, mention: DateMention) -> str:
    """The title as printed, or "" when what is left of it cannot be printed: too short, a
    plan rather than a deed, a pronoun or a "this" that points to another sentence, cut
    inside a quotation, or a verb whose object or whose "to …" was cut away."""
    if re.search(r"\s(?:beginning|starting)\s+(?:in|on|from)\s+$", sentence[: mention.start]):
        title = re.sub(r"\s+(?:beginning|starting)$", "", title)  # "banned the trade beginning in 1808": from then
    # "Prentiss, who published it as The Blind African Slave": what "it" is, the work's name says
    title = re.sub(r"\b(published|printed|released|issued|reissued)\s+(?:it|them)\s+as\s+(?=[A-Z“\"])", r"\1 ", title)
    # "… became a hallmark of the administration’s": an owner whose thing the cut left out goes with its "of"
    title = re.sub(r"\s+of\s+(?:the\s+|a\s+|an\s+)?[\w-]+[’']s$", "", title)  # not "entered the local Woolworth’s"
    if re.search(rf"\bwith\s+(?:[a-z]+\s+)?{_AIMS}\s+to\s+[a-z]+\b", sentence):
        # "ratified the amendment with provisions [to take effect …]": what was with them went with the cut
        title = re.sub(rf"\s+with\s+(?:[a-z]+\s+)?{_AIMS}$", "", title)
    # "The Embassy was established with Tam Orm [as Chargé d’Affaires]": whom it was with goes with what as
    with_whom = re.search(r"\s+with\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+$", title)
    if with_whom and re.search(re.escape(title[with_whom.start() :].strip()) + r",?\s+as\s", sentence):
        title = title[: with_whom.start()]
    # "Angus Campbell proposed the surge-and-decline theory [to explain these patterns]": why, in words that point
    # to another sentence; the deed is whole without them
    title = re.sub(
        r"^(\S+(?:\s\S+)*?\s[a-z]+ed\s+\S+(?:\s\S+)+?)\s+to\s+[a-z]+\s+(?:[a-z]+\s+){0,2}(?:this|these|those|such)\s+[a-z]+$",
        r"\1",
        title,
    )
    # "Woman candidates nevertheless ran …": a link to the sentence before, left when its aside went
    title = re.sub(
        r"\s+(?:nevertheless|nonetheless|however|therefore|consequently|moreover|furthermore|thus|accordingly)"
        r"(?=\s+[a-z]+(?:ed|an|ew|ook|ent|ame|ave|ose|oke|ote|ung|ought)\b)",
        "",
        title,
    )
    # "Candidates Ronald Reagan and George H. W. Bush began …": the names say who; the role before them, what they were
    title = re.sub(
        r"^(?i:candidates|senators|representatives|justices|delegates)\s+(?=[A-Z][\w.’'-]*\s+[A-Z])", "", title
    )
    lasted = _LASTED_UNTIL.fullmatch(title)
    if lasted:  # "The Mauryan Empire … lasted until [around 185 BCE]": its end
        what = lasted.group(2)
        if not lasted.group(1) and not re.match(r"[A-Z][\w’'-]*(?:\s+[A-Z]|$)", what):
            what = what[0].lower() + what[1:]  # "Agitation and civil war persisted until …": the end of agitation …
        title = f"End of {'the ' if lasted.group(1) else ''}{what}"
    title = without_loose_end(title)
    cut_when = re.search(r"\s(?:after|before|when|until|once)\s+(?:the\s+)?[a-z]+$", title)
    verb_cut = (
        re.search(
            rf"{re.escape(cut_when.group(0).strip())}(\s+(?:(?:was|were)\s+)?[a-z]+ed\b(?:\s+there\b)?)", sentence
        )
        if cut_when
        else None
    )
    if verb_cut:  # "Efforts intensified after gold [was discovered]": the clause of when keeps its verb
        title += verb_cut.group(1)
    title = re.sub(r"[.,;:]”$", "”", title)  # "moved into “the house of Judge Duvall.”": the sentence's stop goes
    # "was appointed Ambassador to Argentina [in 1927] before retiring": the later deed has its own date and title
    title = re.sub(r"\s+(?:before|after)\s+(?:\w+ly\s+)?[a-z]{3,}ing$", "", title)
    # "Kellogg retired from this position": which post, the sentence before said; the deed is whole without it
    title = re.sub(
        r"^(\S+(?:\s\S+){0,3}\s(?:retired|resigned))\s+from\s+(?:this|that)\s+(?:position|post|office)$", r"\1", title
    )
    if (
        not title
        or len(title.split()) < 2
        or SAYS_NOTHING.search(title)
        or DESCRIBED.match(title)
        or (
            re.match(r"(?i:a|an|another)\s(?!few\s+(?:hundred|thousand|dozen)|hundred|thousand|dozen|million)", title)
            and not re.search(r"\s[A-Z]", title)
        )
        or _not_done(title, sentence[: mention.start])
        or _POINTS_BACK.search(title)
        or VAGUE.search(title)
        or re.search(
            r"\b1\d{3}\b|\b20\d\d\b",
            _VOLUME_OF.sub("", _NAMED_BY_ITS_YEAR.sub("", title.removeprefix(f"The {mention.text} "))),
        )
    ):
        return ""
    spent = _FIGURE_SPENT.search(title)
    if spent and re.search(re.escape(spent.group(1)) + r"(?:\s+dollars)?\s*(?:[.,;]|and\b|$)", sentence):
        return (
            ""  # "super PACs spent just over $2 billion": a statistic, not a deed (not "… $400 million supporting …")
        )
    if re.search(r"\s(?:for|by|of|in)\s+[a-z]+ing$", title):
        return ""  # "… as its justification for refusing": cut before what it refused
    if re.search(
        r"\bthan\s+(?:they|he|she|it|we|those|that|in|for|at|during|under)\b[^,;()]*$", sentence[: mention.start]
    ):
        return ""  # "… at much higher rates than they had for Mitt Romney in 2012": the year of what is compared
    if re.search(
        r"\bto\s+(?:[a-z]+\s+){0,2}(?:encourage|delve|investigate|promote|prepare|ensure|support|boost|examine|study|"
        r"influence|prevent|address)\b[^,;()]*\bthe\s+$",
        sentence[: mention.start],
    ):
        return ""  # "appointed … to delve into matters related to the 2016 election": the year of what the deed was for
    if re.search(r"\b(?:regarding|concerning|about)\b[^,;()]*\bthe\s+$", sentence[: mention.start]):
        return ""  # "… a stand with Russia on questions regarding Russian influence in the 2016 elections": the topic's year
    if re.search(
        r"\b(?:announced|launched|declared)\s+(?:his|her|their|its)\s+$", sentence[: mention.start]
    ) and re.match(r"\s+(?:[a-z]+\s+)?(?:bid|campaign|candidacy|run)\b", sentence[mention.end :]):
        return ""  # "announced his 2016 presidential bid": the year of the election, not of the announcement
    if re.search(r"\bas\s+of\s+$", sentence[: mention.start]):
        return ""  # "as of 2019, radio programming still reached more Americans …": how things stood then
    if re.search(r"\bcall(?:ed|ing)?\s+for\b[^,;]*$", sentence[: mention.start]):
        return ""  # "called for general elections in 1956": the date is what was called for, not the call's
    if _MONTH_DAY.search(title):
        return ""  # "… launched Operation Vittles on June 26": the title of another date of the sentence
    if title.count("“") > title.count(
        "”"
    ):  # "established the Committee … to “correspond": what for, cut inside its words
        title = re.sub(r"(\b[A-Z][\w’'-]*)\s+to\s+“[^”]*$", r"\1", title)  # a name's purpose, not "his intention to “…"
    if title.count("“") > title.count("”") or title.count('"') % 2:
        return ""  # cut inside a quotation: "Marshall declared that “the Indian territory is"
    title = re.sub(r",\s+“[^”]*”\s*,?\s*", " ", title)  # "Blaine, “the man from Maine,” died": a nickname aside
    # "The U.S. Ambassador to Vell, Richard Allen Orm was accredited": the office before the name goes with its comma
    title = re.sub(
        rf"^The\s+{OFFICE},\s+((?:[A-Z][\w.’'-]*\s+){{1,3}}[A-Z][\w’'-]*)\s+(?=(?:was|were|had|has|\w+ed)\b)",
        r"\1 ",
        title,
    )
    title = re.sub(r"^([^,]*[^,\s]),\s+(?=(?:was|were|had|has|\w+ed)\b)", r"\1 ", title)  # "The king, entered …"
    # "required laborers to accept wages at the level [that would have been paid in 1346]": which level went with
    # its relative clause, and the phrase says nothing without it
    title = re.sub(r"\s+(?:at|to)\s+the\s+(?:level|rate|point|extent|degree|pace|amount)$", "", title)
    # "the weavers gathered at the Cloth Hall of Leeds determined to take action": the mood they came in, not the deed
    title = re.sub(
        r"(\b[A-Z][\w’'-]*)\s+(?:determined|resolved|eager|anxious|ready|unwilling|reluctant)\s+to\s+[a-z][^,;]*$",
        r"\1",
        title,
    )
    # "The Dawes Committee, under the chairmanship proposed a plan": an aside the cut left open goes whole
    title = re.sub(
        r"^([^,]*[^,\s]),\s+(?:under|with|as|after|despite|like|led\s+by|headed\s+by)\s[^,]*?\s(?=\w+ed\b)",
        r"\1 ",
        title,
    )
    cut = re.search(r"\s+to\s+([a-z]+(?<![^s]s))$", title)  # "led to concessions that …" names its object
    if cut and cut.group(1) in _WHOLE_ALONE:
        cut = None  # "began to emerge [in the Ohio River valley]": the verb needs no object
    made_to = CONTROL.match(clause[verb.start() :]) and not re.match(r"(?:sent|dispatched)\b", clause[verb.start() :])
    purpose_after = re.match(rf"\s+to\s+{cut.group(1)}\s+[a-z]", sentence[mention.end :]) if cut else None
    if cut and (
        # "forced to resign and went into exile": the verb is whole, the next deed is another
        # (not "raised to consul on [July 5]": the date's own "on")
        re.search(
            rf"\bto\s+{cut.group(1)}\s+" + (_NO_PLACE if made_to else "") + r"(?!and\b|or\b|but\b|on$)[a-z]", clause
        )
        or (purpose_after and not made_to)
        # "moved to Kell to look [after the family business]": what the verb needs was cut
        or (not made_to and re.search(rf"\bto\s+{cut.group(1)}\s+(?:after|for|at|into|up|out|over)\b", sentence))
    ):  # "went before Congress to announce", "moved to Kell in 1857 to look after …": its object is cut
        if made_to:
            return ""  # "forced Washington" without what he was forced to do
        title = title[: cut.start()]
    # "came under attack as the Protestant Reformation[, a split …, began]": "as" opened another clause
    as_then = re.search(r"\s+as\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$", title)
    named_at = sentence.find(as_then.group(1)) if as_then else -1
    if as_then and re.match(
        r"(?:,[^,;]{1,80},)?\s+(?:\w+ly\s+)?(?:began|ended|[a-z]+ed)\b", sentence[named_at + len(as_then.group(1)) :]
    ):
        title = title[: as_then.start()]
    loose = re.search(r"\s(?:and|or)\s+([a-z]+)$", title)
    if loose and re.search(rf"\b{loose.group(1)}\s+(?:to|the|a|an|their|his|her|its)\s", sentence):
        title = title[: loose.start()]  # "… to go on strike and refuse" cut from "… and refuse to pay their taxes"
    elif loose and re.search(rf"\b{loose.group(1)}\s+(?:{VERB.pattern})", sentence):
        title = title[: loose.start()]  # "Cromwell died and control" cut from "… and control passed to his son"
    # "… for the worst act of terrorism committed": a participle after the noun an "of" ends with
    trailing = re.search(r"\bof\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<!ly)(\s+[a-z]+ed)$", title)
    main = find_verb(title)
    if (
        trailing
        and main is not None
        and main.end() < trailing.start(1)
        # "ordered the road closed": the participle completes the verb's object
        and not re.fullmatch(
            r"ordered|declared|found|left|kept|had|got|wanted|considered|pronounced|deemed|saw", main.group(0)
        )
        and re.search(
            rf"{re.escape(' '.join(title.split()[-3:]))}\s+(?:on|in|at|by|during|against|under|within)\b", sentence
        )
    ):
        title = title[: trailing.start(1)]  # "the worst act of terrorism committed", cut from "… on American soil"
    either = re.search(r"\s+either(?:\s+(?:by|in|through|with))?(?:\s+[\w’'-]+)?$", title)
    if either and len(title[: either.start()].split()) >= 3:
        title = title[: either.start()]  # "banned same-sex marriage either by statute" cut before "or by …"
    case = re.search(r"\s+in\s+(?:a|an)\s+[a-z]+$", title)
    if case and re.search(rf"{re.escape(title[case.start() :])}\s+(?:that|which|who)\b", sentence):
        title = title[: case.start()]  # "was ruled unconstitutional in a case" whose "that …" was cut
    if CONTROL.match(clause[verb.start() :]) and not re.search(r"\s(?:to|that|into)\s", title):
        return ""  # "barbed wire allowed ranchers", its "to fence off their lands" cut away
    if re.match(r"[a-z]+ly\s", title) and VERB.match(title, title.index(" ") + 1):
        return ""  # "…, and, on June 16, ceremoniously re-interred Imre Nagy": a deed without its doer
    title = re.sub(r"\s+as\s+(?:far\s+back|early|late|recently)$", "", title)  # "… as far back [as 1989]"
    title = re.sub(r"\s+dated(?=\s+(?:from|by|to)\b|$)", "", title)  # "received instructions dated [January 27, 1832]"
    # "a 1974 amendment to the act" without its year: "an amendment"
    title = re.sub(r"\b([Aa])\s+(?=(?:a|e|i|o)[a-z])(?!one\b|once\b)", r"\1n ", title)
    return title[:1].upper() + title[1:]
