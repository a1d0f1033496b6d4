"""Proposed titles for the sections of a narrative cut without headings.

A section's title is its own main subject and the core span of years it covers
("Trent Affair, 1861"). The subject is the name the section uses most that the rest of
the article uses least (its mentions here, squared, over its mentions in all); a name
counts its mentions within longer names ("Civil War" in "American Civil War"), and an
event's name those of its one proper word ("the Trent" for the Trent Affair). Left out:
the whole article's subject (a name in every section), a people or a language alone
("Spanish", "Cherokee": CLDR's names of languages and of territories tell them), two
names the text merely puts side by side ("Civil War the Confederacy", "Britain and
France"), and a time of year. No two sections get the same subject. The years are those
the section names, without a year mentioned once in passing far from all the others
("the War of 1812" in a section on 1861).
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from collections.abc import Collection, Sequence

from babel import Locale

from generator.authoring.importing.event_phrases import NAMED_EVENT
from generator.authoring.prose import DateMention, find_dates, name_phrases
from generator.authoring.reading import Block
from generator.authoring.sentences import split_sentences
from generator.content.dates import MONTHS

#: Locales whose CLDR names of languages and territories tell a people's name ("Spanish",
#: "Mexican") from the name of a thing: the languages the importer reads.
_NAME_LOCALES = ("en", "fr", "de", "es", "it")
#: A name of more words is a description ("President and Secretary of State John Quincy Adams").
MOST_WORDS = 5
#: Years this far from the rest of a section's, named in passing, are not its span.
PASSING_GAP = 10
#: ... and this far from a side this tight named five times as often ("until 1865" in a section on 1861).
RARE_GAP = 3
#: Letters two forms of a word share at least ("Confedera-cy", "Confedera-tes").
SHARED_LETTERS = 6
_POSSESSIVE = re.compile(r"[’']s\b")
_PUNCTUATION = ".,;:()“”\"'’"
#: Words that lead into a name in running text ("When the Treaty of Paris", "During the Civil War").
_LEADS = {"when", "the", "in", "on", "after", "before", "during", "while", "as", "by", "at", "from", "this", "then"}
_LEADS |= {"of", "and"}  # left at either end when a name is cut from a longer phrase
#: "Britain and France": the word that joins two names side by side.
_JOINERS = {"and", "et", "und", "y", "e"}
_SPLITS = {"on"}  # "England on the Trent"
#: An article right after a name starts another ("During the Civil War the Confederacy …").
_ARTICLES = {"the", "la", "le", "les", "der", "die", "das", "el", "il"}
_TIMES = {m.lower() for m in MONTHS["en"]} | {
    "christmas",
    "easter",
    "spring",
    "summer",
    "autumn",
    "winter",
    "meanwhile",
}


def titles(pieces: Sequence[Sequence[Block]]) -> list[str]:
    """A title for each piece of one article: its own subject, and the years it covers."""
    lower = {w.strip(_PUNCTUATION) for blocks in pieces for b in blocks for w in b.plain.split() if w[:1].islower()}
    names = [_names(blocks, lower) for blocks in pieces]
    texts = [" ".join(b.plain for b in blocks).lower() for blocks in pieces]
    result = []
    for number, (blocks, subject) in enumerate(zip(pieces, _subjects(names, texts), strict=True), start=1):
        sentences = [sentence for b in blocks for sentence in split_sentences(b.plain)]
        event = subject if subject and NAMED_EVENT.search(subject) else None
        own = _event_years(event, sentences) if event else set()
        span = core_years([m for b in blocks for m in find_dates(b.plain)], own)
        title = subject or f"Part {number}"
        result.append(f"{title}, {span}" if span else title)
    return result


def _event_years(event: str, sentences: list[str]) -> set[int]:
    """The years of ``event``, which a section's span keeps however far from the rest: the
    first date of each sentence naming it, or else of the sentence before ("On March 5,
    1770, … the soldiers fired. … called it the Boston Massacre.")."""
    years: set[int] = set()
    for before, sentence in zip(["", *sentences], sentences, strict=False):
        if event in sentence and (found := find_dates(sentence) or find_dates(before)):
            years |= {found[0].date.year, *([found[0].until.year] if found[0].until else [])}
    return years


def core_years(mentions: Sequence[DateMention], own: Collection[int] = ()) -> str:
    """The span of years ``mentions`` cover ("1861–1865"), without years named in passing.

    Split at the widest gap, a side named less than half as often as the other, and at
    least a decade (a few years from a side of a few years named five times as often) and
    half the other's spread away from it, is left out. A date with its month counts
    double; ``own`` years are kept."""
    weight: Counter[int] = Counter()
    for mention in mentions:
        weight[mention.date.year] += 2 if mention.date.month else 1
        if mention.until and mention.until.year != mention.date.year:
            weight[mention.until.year] += 1
    years = sorted(weight)
    while len(years) > 1:
        gap, at = max((b - a, i) for i, (a, b) in enumerate(zip(years, years[1:], strict=False), start=1))
        sides = [years[:at], years[at:]]
        heavier = max(sides, key=lambda side: sum(weight[y] for y in side))
        lighter = sides[1] if heavier is sides[0] else sides[0]
        light, heavy = sum(weight[y] for y in lighter), sum(weight[y] for y in heavier)
        tight = 5 * light <= heavy and heavier[-1] - heavier[0] <= RARE_GAP
        least = RARE_GAP if tight else PASSING_GAP
        if 2 * light > heavy or set(lighter) & set(own) or gap < max(least, (heavier[-1] - heavier[0]) / 2):
            break
        years = heavier
    if not years:
        return ""
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])


def _subjects(names: list[Counter[str]], texts: list[str]) -> list[str | None]:
    """Each piece's subject, no two alike: the best (piece, name) pair is settled first;
    between names as good, the one whose words the piece (``texts``, lower case) uses most."""
    found = set().union(*names)
    every = sum(names, Counter[str]())
    longer = _longer(found)
    counts = [{name: _mentions(name, piece, longer) for name in found} for piece in names]
    total = {name: sum(c[name] for c in counts) for name in found}
    article = {name for name in found if len(names) > 2 and all(c[name] for c in counts)}
    usable = [
        name
        for name in found
        if name.lower() not in _TIMES
        and len(name.split()) <= MOST_WORDS
        and not _is_people(name)
        and name not in article
        and not any(" " in part and _within(part, name) for part in article)
        and not _of_article(name, article)
        and not _side_by_side(name, found)
        and (" " in name or _alone(name, every, longer))
    ]
    scores = [
        (c[name] * c[name] / total[name] * _weight(name), _used(name, texts[number]), -number, name)
        for number, c in enumerate(counts)
        for name in usable
        if c[name]
    ]
    chosen: list[str | None] = [None] * len(names)
    taken: list[str] = []
    for _score, _words, negative, name in sorted(scores, reverse=True):
        if chosen[-negative] is None and not any(_within(name, t) or _within(t, name) for t in taken):
            chosen[-negative] = name
            taken.append(name)
    return chosen


def _used(name: str, text: str) -> int:
    """How often ``text`` uses the words of ``name``, in any case and form ("the act",
    "acts" for "Stamp Act")."""
    words = {w.lower() for w in name.split() if w[:1].isupper()}
    return sum(len(re.findall(rf"\b{re.escape(word)}\w*", text)) for word in words)


def _of_article(name: str, article: set[str]) -> bool:
    """Whether most words of ``name`` name the article's subject, or are forms of its words
    ("Confederates", "Confederate States of America" where the Confederacy and the States
    are in every piece)."""
    words = [w for w in name.split() if w[:1].isupper()]
    of = [any(_same_word(word, part) for part in article if " " not in part) for word in words]
    return 2 * sum(of) > len(of)


def _same_word(a: str, b: str) -> bool:
    """Two forms of one word: they differ only after a long shared beginning."""
    shared = len(os.path.commonprefix([a.lower(), b.lower()]))
    return a == b or (shared >= SHARED_LETTERS and shared * 4 >= 3 * min(len(a), len(b)))


def _longer(found: set[str]) -> dict[str, list[str]]:
    """For each name, the longer names that hold it ("Civil War": "American Civil War")."""
    holding: dict[str, set[str]] = {}
    for name in found:
        for word in name.lower().split():
            holding.setdefault(word, set()).add(name)
    return {
        name: [other for other in holding[name.lower().split()[0]] if other != name and _within(name, other)]
        for name in found
    }


def _mentions(name: str, piece: Counter[str], longer: dict[str, list[str]]) -> int:
    """How often ``piece`` names ``name``: itself and in longer names ("Civil War" in
    "American Civil War"), or by the one word of an event's name that names nothing else
    ("the Trent" for "Trent Affair")."""
    if " " not in name:
        return piece[name]
    own = piece[name] + sum(piece[other] for other in longer[name])
    words = name.split()
    alone = [
        piece[word]
        for word in words
        if word in longer
        and _plain(word, longer, name)
        and all(NAMED_EVENT.fullmatch(other) for other in words if other != word)
    ]
    return max([own, *alone])


def _alone(word: str, every: Counter[str], longer: dict[str, list[str]]) -> bool:
    """Whether ``word`` mostly stands alone as a name ("Mexico"), not as a part of longer
    ones ("Treaty" of "Treaty of Nanjing", "Adams" of "John Quincy Adams")."""
    within = sum(every[other] for other in longer[word])
    return 2 * within <= every[word]


def _plain(name: str, longer: dict[str, list[str]], within: str | None = None) -> bool:
    """Whether ``name`` is part of one name only, say of ``within`` ("Trent", of "Trent
    Affair"): a word in several ("Treaty", "Adams") names no one thing."""
    holding = longer[name]
    if within is not None and within not in holding:
        return False
    return all(_within(a, b) or _within(b, a) for a in holding for b in holding)


def _within(short: str, long: str) -> bool:
    """Whether the words of ``short`` stand, in order, within ``long`` ("Civil War", "American Civil War")."""
    return f" {short.lower()} " in f" {long.lower()} "


def _side_by_side(name: str, found: set[str]) -> bool:
    """Whether ``name`` is two names that each stand alone elsewhere, joined by a word
    ("Britain and France")."""
    words = name.split()
    return any(
        words[i] in _JOINERS and " ".join(words[:i]) in found and " ".join(_unled(words[i + 1 :])) in found
        for i in range(1, len(words) - 1)
    )


def _weight(name: str) -> float:
    """A named event ("Stamp Act") says most about a piece, a name of several words more
    than a single word; a country is more often the scene of a piece than its subject."""
    scene = 0.9 if name.lower() in _cldr_names()[1] else 1.0
    return (2.0 if NAMED_EVENT.search(name) else 1.0) * (2.0 if " " in name else 1.0) * scene


def _is_people(name: str) -> bool:
    """A single word naming a people or a language ("Spanish", "Mexican", "Cherokee"), which
    alone names no subject: a language in CLDR, a territory's name with another ending
    ("Mexic-o", "Mexic-an"; a long shared beginning, or a short one and a short ending),
    or a word that only starts an English territory's name ("British …")."""
    if " " in name:
        return False
    word = name.lower()
    languages, territories, leading = _cldr_names()
    if word in languages or word in leading:
        return True
    return word not in territories and any(_ending_of(word, t) for t in territories)


def _ending_of(word: str, territory: str) -> bool:
    """Whether ``word`` is ``territory`` with another ending ("Mexican" of "Mexico")."""
    stem = territory[:-1]
    if len(stem) < 4 or not word.startswith(stem):
        return False
    return len(word) <= len(territory) + (3 if len(stem) >= 5 else 2)


@functools.cache
def _cldr_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Languages and one-word territories, in lower case, and the first words of longer
    territory names in English, the one language that writes its adjectives of peoples
    with a capital ("British Virgin Islands")."""
    languages: set[str] = set()
    territories: set[str] = set()
    leading: set[str] = set()
    for code in _NAME_LOCALES:
        locale = Locale.parse(code)
        languages.update(name.lower() for name in locale.languages.values() if " " not in name)
        for name in locale.territories.values():
            words = name.lower().replace("-", " ").split()
            if len(words) == 1:
                territories.add(words[0])
            elif code == "en":
                leading.add(words[0])
    return frozenset(languages), frozenset(territories), frozenset(leading - territories)


def _names(blocks: Sequence[Block], lower: set[str]) -> Counter[str]:
    """The proper names a piece uses, counted: phrases of capitalised words, and single
    capitalised words that do not start a sentence (``lower``: the words the article
    writes in lower case)."""
    found: Counter[str] = Counter()
    for block in blocks:
        for sentence in split_sentences(block.plain):
            for phrase in name_phrases(_POSSESSIVE.sub("", sentence)):
                for words in _apart(phrase.split()):
                    words = _unled(words)
                    if words and sentence.startswith(words[0]) and words[0].lower() in lower:
                        words = _unled(words[1:])  # "Although Maximilian's …": capitalised as the sentence starts
                    while words and (words[-1].lower() in _TIMES or words[-1].lower() in _LEADS):
                        words.pop()  # "Philadelphia on September": the name ends before its date
                    if words and len(words[-1]) == 1:
                        continue  # "Secretary of State William H.": cut short at an initial
                    if words and (len(words) > 1 or phrase != words[0]):
                        found[" ".join(words)] += 1
            for word in sentence.split()[1:]:
                word = _POSSESSIVE.sub("", word.strip(_PUNCTUATION))
                if word[:1].isupper() and word.isalpha() and len(word) > 3:
                    found[word] += 1
    return found


def _unled(words: list[str]) -> list[str]:
    """``words`` without the words that lead into a name ("When the Treaty of Paris")."""
    while words and words[0].lower() in _LEADS:
        words = words[1:]
    return words


def _apart(words: list[str]) -> list[list[str]]:
    """A phrase split where an article follows a capitalised word: "Civil War the
    Confederacy" is two names side by side ("Treaty of the Pyrenees" is one), and so is
    "England on the Trent"."""
    pieces: list[list[str]] = [[]]
    for word in words:
        if word in _SPLITS or (word in _ARTICLES and pieces[-1] and pieces[-1][-1][:1].isupper()):
            pieces.append([])
        pieces[-1].append(word)
    return [piece for piece in pieces if piece]
