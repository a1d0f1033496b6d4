"""Titles from a plain dated clause, when no named event stands in the sentence.

"In 1848, he and Friedrich Engels coauthored the Communist Manifesto" names no battle
or treaty, but a teacher's timeline would print "Karl Marx and Friedrich Engels
coauthored the Communist Manifesto". The clause the date belongs to is taken, the date
and its preposition removed, a pronoun subject replaced by the person the section is
about, and the clause cut at the first subordinate part; a clause whose subject is no
name, or that stays longer than eight words, gives no title.

Also here: which years in brackets are an event's date ("Sadowa (1866)", "(December,
1852) he was Emperor") and which are a citation ("(Hannoum, 2003)") or life dates.
"""

from __future__ import annotations

import re

from generator.authoring.prose import DateMention
from generator.content.dates import MONTHS

MAX_WORDS = 8
_PRONOUN = re.compile(r"^(?:he|she|they)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|which|who|while|where|when|after|before|as|so)\b|\s+–\s+|\s+-\s+"
    r"|\s+and\s+(?=(?:at|in|on|by)\s|[A-Z][\w’'-]*\s+(?:was|were|had|is)\b)|,\s+\w+ing\b"
)
_DATE_LEAD = re.compile(
    r"(?:\b(?:in|on|by|from|during|early in|late in|since|of)\s+)?(?:the\s+)?(?:year\s+)?$", re.IGNORECASE
)
_OPENERS = re.compile(
    r"^(?:(?:and|but|then|later|also|finally|eventually|soon|meanwhile|however|thus|subsequently|ultimately|"
    r"consequently|furthermore|moreover|first|second|third|in addition|nevertheless|instead|indeed|in the same year|that year|the next year|a year later|two days later)"
    r"\b[\s,]*)+",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r"[,(]|(?<!announced)(?<!declared)(?<!proclaimed)(?<!said)\s(?:that)\b|\s(?:which|who|whom|whose|because|although|though|while|where|when|with|"
    r"as a result|in order|so that|for the first time)\b"
)
VERB = re.compile(
    r"\b(?:was|were|became|fell|died|won|lost|signed|published|founded|established|declared|announced|"
    r"\w+ed|began|took|left|made|met|wrote|gave|came|went|rose|ran|led|sent|held|built|broke|set|sank|shot|"
    r"coined|crossed|reached|opened|ended|married|escaped|recognised|recognized|fought|beat|struck|drove|"
    r"overthrew|withdrew|chose|spoke|stood|saw|undertook|forbade|threw|sold|bought|brought|caught|grew|flew|"
    r"became|won|bore|froze|swore|tore|wore|fled|dealt|meant|lent|spent|built|kept|slept|swept|fought)\b"
)
_PREPOSITION = re.compile(
    r"\s(?:of|on|in|to|at|for|from|with|by|against|into|under|over|near|outside|inside|before|above|below|across|along|through)\s"
)
# "Under pressure from them, …", "Two months later …": a lead-in before the clause's subject.
_LEADING_PHRASE = re.compile(
    r"^(?:(?:under|with|despite|in spite of|for|by)\b[^,]{0,50},\s+|(?:\w+\s+){1,2}later\b,?\s*)", re.IGNORECASE
)
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s[^,;]+,")
# "At dawn on April 19", "On the evening of March 5, 1770": the time of day is not the event.
_TIME_OF_DAY = re.compile(
    r"^(?:(?:at|on|in|by)\s+(?:the\s+)?(?:dawn|dusk|night|evening|morning|afternoon|noon|midnight)(?:\s+of)?\s*)+",
    re.IGNORECASE,
)
_SUBORDINATOR = re.compile(
    r"^(?:after|before|when|while|although|though|since|as|because|if|once|until|following|during|at|from|"
    r"which|who|where|whom|with|for|to)\b",
    re.I,
)
# A proper-name run, connectors included: "The Protestant Ethic and the Spirit of Capitalism".
_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|de|du|von)\s+)*[A-Z][\w’'-]*)+")
# Verbs that end a title by themselves: "Madrid fell", "The rising of the army began".
_COMPLETE = {
    "began",
    "fell",
    "ended",
    "died",
    "opened",
    "closed",
    "collapsed",
    "surrendered",
    "resigned",
    "met",
    "rose",
}
_DANGLING = {"behalf", "side", "part", "account", "order", "favour", "favor", "terms", "spite"}
# What was planned, promised or feared did not happen on that date; a pronoun object names nothing.
_NOT_DONE = re.compile(
    r"\b(?:planned|promised|pleading|pleaded|warned|hoped|intended|wanted|sought|tried|attempted|threatened|"
    r"expected|feared|proposed)\b|\b(?:them|him|it|this|that|these|those)$|\b(?:them|him|it)\b",
    re.IGNORECASE,
)
_LOWER_START = {
    "the",
    "a",
    "an",
    "this",
    "these",
    "its",
    "his",
    "her",
    "their",
    "it",
    "all",
    "some",
    "many",
    "most",
    "beginning",
}
# Words that may stand before a year in brackets without making it a citation: "(December, 1852)".
_DATE_WORDS = {m.lower() for m in MONTHS["en"]} | {m[:3].lower() for m in MONTHS["en"]} | {"c", "ca", "circa", "in"}
_NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]+\s*$")


def clause_title(sentence: str, mention: DateMention, person: str | None) -> str:
    """The dated clause as a title of at most eight words, or ""."""
    sentence = _RELATIVE.sub(lambda m: " " * len(m.group(0)), sentence)  # ", who had signed them," aside
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, mention.start)), default=0)
    following = _CLAUSE_BREAK.search(sentence, mention.end)
    end = following.start() if following else len(sentence)
    before = _TIME_OF_DAY.sub("", _DATE_LEAD.sub("", sentence[start : mention.start])).rstrip(" ,(")
    after = re.sub(r"^[\s,)]*(?:(?:and|or|to|until)\s+\d{4}\b)?[\s,)]*", "", sentence[mention.end : end])
    clause = f"{before} {after}" if before.strip() else after
    clause = _OPENERS.sub("", _LEADING_PHRASE.sub("", " ".join(clause.split()).strip(" ,."))).strip()
    if not clause:
        return ""
    if _SUBORDINATOR.match(clause):
        return ""  # "After two failed attempts …": the clause sets the scene, the event is elsewhere
    clause = re.sub(r",\s+(?:a|an|the)\s[^,]+,", "", clause)  # "The Popular Front, a coalition …, won"
    if _PRONOUN.match(clause):
        if not person:
            return ""
        clause = _PRONOUN.sub(person, clause, count=1)
    subject_end = VERB.search(clause)
    if subject_end is None or subject_end.start() == 0:
        return ""
    if re.match(r"(?:was|were|is|are)\s+(?:the|a|an|one)\b", clause[subject_end.start() :]):
        return ""  # "The Meiji Restoration was the series of events …": a definition, not an event
    subject = clause[: subject_end.start()].split()
    if subject and subject[0].lower() == "the" and len(subject) > 1 and subject[1][:1].isupper():
        subject = subject[1:]  # "the French won …"
    of_phrase = len(subject) <= 6 and "of" in subject[2:4]  # "the rising of the army", "the first units of …"
    if len(subject) > 1 and subject[0].lower() in ("the", "a", "an") and (len(subject) <= 3 or of_phrase):
        subject = subject[1:]  # "a congress assembled …", "the term sociology was coined …"
    titled = len(subject) > 1 and subject[0].lower() in ("the", "a") and any(w[:1].isupper() for w in subject[1:])
    if not subject or (subject[0].lower() in _LOWER_START and not titled) or subject[0].lower() in ("his", "her"):
        return ""  # "the shogun Tokugawa Yoshinobu returned …" is named; "this" or "his" are not
    cut = _SUBORDINATE.search(clause, subject_end.end())
    clause = clause[: cut.start()] if cut else clause
    clause = " ".join(re.sub(r"\s*\([^()]*\)", "", clause).split()).strip(" ,.")
    verb = VERB.search(clause)
    verb_end = verb.end() if verb else len(clause)
    if len(clause.split()) > MAX_WORDS and verb and " and " in clause[: verb.start()]:
        # "Karl Marx and Friedrich Engels coauthored …" → "Marx and Engels coauthored …"
        subject_text = re.sub(r"\b(?:[A-Z][\w’'-]+\s+)+([A-Z][\w’'-]+)\b", r"\1", clause[: verb.start()])
        clause = subject_text + clause[verb.start() :]
        verb_end = len(subject_text) + verb.end() - verb.start()
    second = re.search(r"\s+and\s+" + VERB.pattern, clause[verb_end:]) if verb else None
    if (
        second and second.start() > 0 and len(clause.split()) > MAX_WORDS
    ):  # "… began in Morocco and spread to …": the first deed
        clause = clause[: verb_end + second.start()]
    while len(clause.split()) > MAX_WORDS:  # drop trailing phrases: "… in the Balkans on behalf of …"
        names = [(m.start(), m.end()) for m in _NAME.finditer(clause)]  # a name is never cut
        cuts = [m.start() for m in _PREPOSITION.finditer(clause, verb_end)]
        last = max((c for c in cuts if not any(s < c < e for s, e in names)), default=-1)
        if last < verb_end or (last == verb_end and verb and verb.group(0) not in _COMPLETE):
            return ""  # "… went" or "… agreed" is no title; "The rising of the army began" is
        clause = clause[:last].rstrip(" ,")
    while clause.rsplit(" ", 1)[-1] in _DANGLING:  # "… on behalf" without its "of …"
        clause = clause.rsplit(" ", 2)[0]
    if len(clause.split()) < 2 or clause.rsplit(" ", 1)[-1].lower() in _LOWER_START | {"and", "or"}:
        return ""
    if _NOT_DONE.search(clause) or re.search(r"\b1\d{3}\b|\b20\d\d\b", clause):
        return ""  # not done on that date, or the title holds another date
    return clause[:1].upper() + clause[1:]


_NOT_A_THING = (
    r"\b(?:year|years|summer|spring|autumn|fall|winter|end|beginning|middle|evening|night|morning|afternoon|dawn"
    r"|day|days|eve|week|weeks|month|months|christmas|hard winter)\b"
)
# "the revolution of February 1848", "the University commission of 1850", "the great war of 1914–18".
_OF_DATE = re.compile(r"\b(?:the|a|an)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+of\s+$", re.IGNORECASE)


def of_date_title(sentence: str, mention: DateMention) -> str:
    """A title for a date that qualifies a noun ("the University commission of 1850"):
    the noun phrase with its date, since the date is that thing's, not the sentence's."""
    match = _OF_DATE.search(sentence[: mention.start])
    if match is None or re.search(_NOT_A_THING, match.group(1), re.IGNORECASE):
        return ""
    name = match.group(1)
    if all(word[:1].isupper() for word in name.split()):
        return name  # a proper name ("German-Soviet Nonaggression Pact") needs no date beside it
    phrase = f"{name} of {mention.text}"
    return phrase[:1].upper() + phrase[1:]


# Words that lead a date in French, German and Spanish: "le 14 juillet", "am 9. November", "el 18 de julio".
_FOREIGN_LEAD = re.compile(r"(?:\b(?:le|en|au|dès|am|im|seit|el|en|desde|a)\s+)?$", re.IGNORECASE)


def plain_title(sentence: str, mention: DateMention) -> str:
    """For an article in another language than English: the sentence's clause without
    its date, when it is short enough to print as a title ("Le peuple de Paris prend la
    Bastille"); the English rules above do not apply there."""
    start = max((m.end() for m in re.finditer(r"[;:]|,\s", sentence[: mention.start])), default=0)
    rest = sentence[mention.end :].lstrip(" ,")
    stop = re.search(r"[;:]|,\s|(?:^|\s)(?:et|und|y)\s", rest)
    before = _FOREIGN_LEAD.sub("", sentence[start : mention.start]).strip(" ,")
    after = rest[: stop.start() if stop else len(rest)].strip(" ,.")
    clause = " ".join(f"{before} {after}".split()).strip(" ,.")
    if not 2 <= len(clause.split()) <= MAX_WORDS or re.match(
        r"(?i)(?:qui|que|dont|der|die|das|den|que|cuyo)\b", clause
    ):
        return ""
    return clause[:1].upper() + clause[1:]


def same_clause(sentence: str, first: int, second: int) -> bool:
    """Whether two places of a sentence stand in one clause."""
    low, high = sorted((first, second))
    return _CLAUSE_BREAK.search(sentence, low, high) is None


def bracketed_date_counts(sentence: str, mention: DateMention) -> bool:
    """Whether a date inside brackets is the event's own: "Sadowa (1866)", "(December,
    1852)"; not a citation "(Hannoum, 2003)" nor life dates "Comte (1798–1857)"."""
    opening = sentence.rfind("(", 0, mention.start)
    if opening < 0 or ")" in sentence[opening : mention.start]:
        return True  # not in brackets
    words = re.findall(r"[A-Za-z]+", sentence[opening : mention.start])
    if any(w[0].isupper() and w.lower() not in _DATE_WORDS for w in words):
        return False  # an author before the year: a citation
    if re.search(r"\bet al\.|\bp\.\s*\d", sentence[opening : sentence.find(")", mention.end) + 1]):
        return False
    if mention.until is not None and _NAME_BEFORE.search(sentence[:opening]):
        return False  # "Auguste Comte (1798–1857)": a person's life
    after = sentence[mention.end : mention.end + 12]
    if re.match(r"\s*[–-]\s*\d|\s*,\s*p", after):
        return False
    return True
