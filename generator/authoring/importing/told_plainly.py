"""Turns of phrase told plainly, so the sentence rules can read them.

A bare day gets its "on" ("reopened April 24, 1935"; "effective May 22, 1946"); "only to
close in 1963" and ", which closed in 1985" become deeds of their own; a post's or an office
holder's opening is turned round to put the doer first; a day between subject and verb moves
before them; an instruction to notify someone of a deed is told as the deed; "the second one"
is given the name it stands for. The rules read the sentence so told; the detail keeps the
author's words.
"""

from __future__ import annotations

import re

from generator.authoring.importing.tense import past
from generator.content.dates import MONTHS

# "opened as a Consulate January 16, 1946, became a Vice Consulate May 1, 1947": a deed's day without "on"
_BARE_DAY = re.compile(rf"(?<=[\w,] )(?=(?:{'|'.join(MONTHS['en'])})\s+\d{{1,2}},?\s+\d{{4}}\b)")


# "raised to the status of a Consulate General effective May 22, 1946", "opened to the public as of March 16,
# 1959": the day the deed took effect, its own day
_EFFECTIVE = re.compile(
    rf"\s+(?:effective(?:\s+on|\s+as\s+of)?|as\s+of)\s+(?=(?:{'|'.join(MONTHS['en'])})\s+\d{{1,2}},?\s+\d{{4}}\b)"
)


_NOT_BEFORE_ON = set(
    "on by until till since of from to between and or before after in dated through than the a an as at about around "
    "circa c. ca. approximately nearly early late mid".split()
)


def with_on_before_days(sentence: str) -> str:
    """The sentence with "on" before a full date that follows a deed's words directly, as the
    sentence rules read a deed's own day ("reopened April 24, 1935" is "reopened on April 24, 1935";
    "effective May 22, 1946" and "as of March 16, 1959" are "on" that day)."""

    effective = _EFFECTIVE.sub(" on ", sentence)  # read below as it now stands: "effective" became "on"

    def on(match: re.Match[str]) -> str:
        before = re.search(r"([\w.’']+)\W*$", effective[: match.start()])
        word = before.group(1).lower() if before else ""
        if not word or word in _NOT_BEFORE_ON or word[:1].isdigit() or not effective[match.start() - 2].isalnum():
            return ""
        return "on "

    return _BARE_DAY.sub(on, effective)


# ", only to close in 1963": a turn that a date of its own tells
_ONLY_TO = re.compile(r",\s+only\s+to\s+([a-z]{3,})\b(?=[^,;]{0,60}?\b(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d)")


def with_only_to_as_deed(sentence: str) -> str:
    """The sentence with a turn told as "only to" made a deed of its own: "was upgraded to a Consulate
    General in 1961, only to close in 1963" is "…, and closed in 1963"."""
    return _ONLY_TO.sub(lambda found: f", and {past(found.group(1))}", sentence)


_POST_NOUN = r"(?:U\.S\.\s+)?(?:[Cc]onsulate(?:\s+General)?|[Ll]egation|[Ee]mbassy|[Cc]onsular\s+[Aa]gency)"


# "The first U.S. Consulate to open in Bremen was on May 29, 1794": the post opened then
_FIRST_TO_OPEN = re.compile(
    rf"^(The\s+first\s+{_POST_NOUN})\s+to\s+(?:open|be\s+opened|be\s+established)\s+"
    r"((?:at|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})\s+was\s+(on|in)\s+"
)


# "A Consulate was established at Oran in February 1943 and was closed May 9, 1946": the post at a place
_A_POST_OPENED_AT = re.compile(
    rf"(?:Another|An?)\s+({_POST_NOUN})\s+(was\s+(?:opened|established))\s+"
    r"((?:at|in)\s+)(?:nearby\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)


# "It was supplanted by a reciprocal trade agreement signed in Washington on March 7, 1938": the date is the signing
_SUPPLANTED_BY = re.compile(
    r"^(?:It|The\s+[a-z]+\s+(?:treaty|agreement|convention))\s+was\s+(?:supplanted|replaced|superseded)\s+by\s+"
    r"(an?)\s+((?:[a-z][\w-]*\s+){0,3}(?:treaty|agreement|convention))\s+(?=signed\b)"
)


# "Another U.S. consulate was opened in nearby Bremerhaven …": a sentence whose subject is a post
_POST_FIRST = re.compile(rf"(?:The|Another|An?)\s+(?:[\w-]+\s+){{0,2}}?{_POST_NOUN}\b")


# "… on May 29, 1794, which closed in September 1985": the post's next deed, with a date of its own
_WHICH_AFTER_DATE = re.compile(r"(\d{4}),\s+which\s+((?:was\s+)?(?:closed|reopened|opened|became|moved)\b)")


def with_posts_told_plainly(sentence: str) -> str:
    """The sentence with a post's opening and closing told as deeds: "The first U.S. Consulate to open
    in Bremen was on May 29, 1794, which closed in September 1985" is "The first U.S. Consulate in
    Bremen opened on May 29, 1794, and closed in September 1985"; "A Consulate was established at
    Oran in 1943 and was closed …" is "The Consulate at Oran was established …"; and a treaty
    "supplanted by a … agreement signed … on March 7, 1938" tells the agreement signed that day."""
    placed = _A_POST_OPENED_AT.match(sentence)
    if placed is not None:  # "Another U.S. consulate was opened in nearby Bremerhaven": the one there
        sentence = (
            f"The {placed.group(1)} {placed.group(3)}{placed.group(4)} {placed.group(2)}" + sentence[placed.end() :]
        )
    sentence = _SUPPLANTED_BY.sub(lambda found: f"{found.group(1).capitalize()} {found.group(2)} was ", sentence)
    opened = _FIRST_TO_OPEN.match(sentence)
    if opened is not None:
        sentence = f"{opened.group(1)} {opened.group(2)} opened {opened.group(3)} " + sentence[opened.end() :]
    if _POST_FIRST.match(sentence) is None:
        return sentence
    return _WHICH_AFTER_DATE.sub(r"\1, and \2", sentence)


# "The first Consul of the United States for the island of Sicily was Joseph Barnes, who was appointed on …"
_FIRST_HOLDER = re.compile(
    r"^The\s+first\s+(?P<role>[^,;]{3,90}?)\s+was\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+),\s+"
    r"(?:who\s+was\s+)?(?P<verb>appointed|named|commissioned|confirmed)\b"
)


# "The first U.S. Minister, Albert Henry Washburn, was appointed on February 10, 1922, …"
_FIRST_HOLDER_NAMED = re.compile(
    r"^The\s+first\s+(?P<role>[^,;]{3,60}?),\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+),\s+"
    r"was\s+(?P<verb>appointed|named|commissioned|confirmed)\b"
)


_FIRST_HOLDER_WHO_DID = re.compile(
    r"^The\s+first\s+(?P<role>[^,;]{3,90}?)\s+was\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+),?\s+"
    r"who\s+(?P<verb>presented|arrived|took|opened)\b"  # "… was Robert Kell who presented …": the comma may be missing
)


def with_first_holder_as_subject(sentence: str) -> str:
    """The sentence with the first holder of an office as the subject of the deed that made him so:
    "The first Consul … for the island of Sicily was Joseph Barnes, who was appointed on February 10,
    1802" is "Joseph Barnes was appointed the first Consul … for the island of Sicily on February 10,
    1802" (and so is "The first U.S. Minister, Albert Henry Washburn, was appointed on …"); where
    the sentence names the office after the deed ("…, appointed on June 9, 1824, as the
    U.S. Consul in Guayaquil"), that office is the one he took."""
    did = _FIRST_HOLDER_WHO_DID.match(sentence)
    if did is not None:  # "The first U.S. Minister Resident … was James McBride, who presented his credentials on …"
        return f"{did.group('name')} {did.group('verb')}" + sentence[did.end() :]
    found = _FIRST_HOLDER.match(sentence) or _FIRST_HOLDER_NAMED.match(sentence)
    if found is None:
        return sentence
    rest = sentence[found.end() :]
    office_after = re.match(r"(\s+(?:on|in)\s+[^;]+?),\s+(as\s+(?:the\s+)?(?:U\.S\.\s+)?[A-Z][^,;]*?)([,;.].*)?$", rest)
    if office_after:  # "appointed on June 9, 1824, as the U.S. Consul in Guayaquil": as that, on that day
        rest = f" {office_after.group(2)}{office_after.group(1)}{office_after.group(3) or ''}"
    role = "" if office_after else f" the first {found.group('role')}"
    return f"{found.group('name')} was {found.group('verb')}{role}{rest}"


# "The Panamanian National Police on November 24, 1949, forced the resignation of …": a day set off between subject
# and verb (not "The Kell March on March 7, 1965 turned violent", a name and its day)
_DAY_AFTER_SUBJECT = re.compile(
    r"^((?:The\s+)?(?:[A-Z][\w.’'-]*\s+|of\s+|the\s+){1,8}?)on\s+"
    rf"((?:{'|'.join(MONTHS['en'])})\s+\d{{1,2}}(?:,?\s+\d{{4}})?),\s+(?=(?:\w+ly\s+)?[a-z]+ed\b)"
)


_PAPER = re.compile(
    r"\b(?:Star|Times|Post|Herald|Gazette|Tribune|Journal|Mercury|Chronicle|Press|Review|Magazine|News)\s*$"
)


def with_day_before_subject(sentence: str) -> str:
    """The sentence with a day told between its subject and its verb moved before the subject:
    "The Panamanian National Police on November 24, 1949, forced the resignation of President
    Chanis" is "On November 24, 1949, The Panamanian National Police forced …"."""
    found = _DAY_AFTER_SUBJECT.match(sentence)
    if found is None or _PAPER.search(found.group(1)):
        return sentence  # "The Washington Evening Star on November 1, 1866, described the move": a source
    return f"On {found.group(2)}, {found.group(1)}" + sentence[found.end() :]


# "The first U.S. Consulate to open in Bavaria was in 1833. The second one opened on …": the second consulate
_ORDINAL_ONE = re.compile(r"^The\s+(second|third|fourth|next|last)\s+one\b")


_FIRST_OF_KIND = re.compile(rf"^The\s+first\s+({_POST_NOUN})\b")


def with_ones_named(sentence: str, before: str) -> str:
    """The sentence with "the second one" named by the kind the sentence before said "the first" of."""
    one, first = _ORDINAL_ONE.match(sentence), _FIRST_OF_KIND.match(before)
    if one is None or first is None:
        return sentence
    return f"The {one.group(1)} {first.group(1)}" + sentence[one.end() :]


# "On February 3, 1917, Wilson instructed the Secretary of State to notify the German Ambassador … that all
# diplomatic relations between the U.S. and the German Empire were severed": the message tells the deed
_MESSAGE_OF_A_DEED = re.compile(
    r"^(?P<lead>(?:On|In)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+)?\d{4},\s+)?[^;]+?\s+(?:instructed|directed)\s+[^;]+?\s+to\s+(?:notify|inform)\s+"
    r"[^;]+?\s+that\s+(?:all\s+)?(?P<deed>[a-z][^;]+?\s+(?:was|were)\s+(?:severed|broken|terminated|suspended|"
    r"established|restored|resumed)\b)"
)


def with_message_told_as_deed(sentence: str) -> str:
    """The sentence with an instruction to notify someone of a deed told as the deed itself."""
    message = _MESSAGE_OF_A_DEED.match(sentence)
    if message is None:
        return sentence
    deed = message.group("deed")
    return (
        f"{message.group('lead') or ''}{deed[:1].upper() if not message.group('lead') else deed[:1]}{deed[1:]}"
        + (sentence[message.end() :])
    )


# "This message was followed by a congratulatory letter from President Orm delivered to … on October 2, 1960": the
# letter was delivered that day
_FOLLOWED_BY = re.compile(
    r"^(?:This|That|The)\s+(?:[a-z]+\s+){1,2}(?:was|were)\s+followed\s+by\s+(?P<what>(?:a|an|the)\s+[^;,]+?)\s+"
    r"(?P<done>delivered|sent|signed|issued|presented|published|held|made)\s+(?=[^;]*\b(?:in|on)\s+[A-Z0-9])"
)


def with_what_followed_as_subject(sentence: str) -> str:
    """The sentence with what followed an earlier deed made the subject of its own deed."""
    followed = _FOLLOWED_BY.match(sentence)
    if followed is None:
        return sentence
    what = followed.group("what")
    return f"{what[:1].upper()}{what[1:]} was {followed.group('done')} {sentence[followed.end() :]}"


# "… signed an agreement at the capital on the same date that Kell attained independence": the independence, a
# deed of that day of its own
_SAME_DATE_THAT = re.compile(
    r",?\s+on\s+the\s+same\s+(?:date|day)\s+that\s+(?P<deed>(?:the\s+)?[A-Z][^;,]*?\s+"
    r"(?:attained|gained|achieved|won|declared)\s+(?:its\s+)?independence\b[^;]*?)(?P<end>[.;]?)$"
)


def with_independence_that_day(sentence: str) -> str:
    """The sentence with an independence won on the day of its other deed told as a clause of its own."""
    that = _SAME_DATE_THAT.search(sentence)
    if that is None:
        return sentence
    return f"{sentence[: that.start()]}; on that same day, {that.group('deed')}{that.group('end')}"


# "Diplomatic relations were established when Orm and Vell agreed to do so during a … meeting": they agreed to
# establish them
_AGREED_TO_DO_SO = re.compile(
    r"^(?P<what>[A-Z][^,;]*?)\s+(?:was|were)\s+(?P<done>established|restored|resumed|opened|signed)\s+when\s+"
    r"(?P<who>[^,;]+?)\s+agreed\s+to\s+do\s+so\b"
)
_BASE_FORM = {
    "established": "establish",
    "restored": "restore",
    "resumed": "resume",
    "opened": "open",
    "signed": "sign",
}


def with_what_they_agreed_to(sentence: str) -> str:
    """The sentence with "agreed to do so" told as what they agreed to do."""
    agreed = _AGREED_TO_DO_SO.match(sentence)
    if agreed is None:
        return sentence
    what = agreed.group("what")
    what = what[:1].lower() + what[1:] if not re.match(r"[A-Z][\w’'-]*\s+[A-Z]", what) else what
    deed = f"agreed to {_BASE_FORM[agreed.group('done')]} {what}"
    return f"{agreed.group('who')[:1].upper()}{agreed.group('who')[1:]} {deed}{sentence[agreed.end() :]}"


def told_plainly(sentence: str) -> str:
    """The sentence with the turns of phrase the sentence rules do not read told plainly: a bare
    day given its "on", "only to" and ", which closed" made deeds, a post's and an office holder's
    opening turned round, a day between subject and verb moved before them. The rules read the
    sentence so told; the detail keeps the author's words."""
    for rewrite in (
        with_on_before_days,
        with_only_to_as_deed,
        with_posts_told_plainly,
        with_first_holder_as_subject,
        with_day_before_subject,
        with_message_told_as_deed,
        with_what_followed_as_subject,
        with_independence_that_day,
        with_what_they_agreed_to,
    ):
        sentence = rewrite(sentence)
    return sentence
