"""A role as a title's subject, named: "The president died" after "President Abraham Lincoln
was shot" is "President Abraham Lincoln died", so that the timeline says whose death it was; and
an office as a title's complement: "Root entered into duty" after "asked him to serve as Secretary
of State" is "Root entered into duty as Secretary of State", so that it says which duty."""

from __future__ import annotations

import re

_ROLES = (
    "president|vice president|emperor|empress|king|queen|shah|sultan|tsar|czar|pope|prime minister|"
    "chancellor|governor|general|admiral|caliph|khan"
)
_ROLE_SUBJECT = re.compile(rf"^The\s+(?:(?:newly\s+)?elected\s+|new\s+|incoming\s+)?({_ROLES})\s+(?=[a-z])")
# "the newly elected president, Joe Biden, rejoined …": the name the role was given, set off by commas
_ROLE_THEN_NAME = r"(?:(?:newly\s+)?elected\s+|new\s+|incoming\s+)?{role},\s+({name}),"
_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[A-Za-z]"


def named_role(title: str, earlier: list[str], sentence: str = "") -> str:
    """``title`` with a role that opens it ("The president") given the name the text last
    gave it ("President Harding"), from this sentence's lead or the two sentences before;
    unchanged when the text names no one so, or names two. A name set off by commas after the
    role in the title's own ``sentence`` ("the newly elected president, Joe Biden,") is the name."""
    role = _ROLE_SUBJECT.match(title)
    if role is None:
        return title
    apposed = {
        m.group(1) for m in re.finditer(_ROLE_THEN_NAME.format(role=f"(?i:{role.group(1)})", name=_NAME), sentence)
    }
    if len(apposed) == 1:
        return f"{apposed.pop()} {title[role.end() :]}"
    for sentence in reversed(earlier[-2:]):
        named = {m.group(1) for m in re.finditer(rf"\b(?i:{role.group(1)})\s+({_NAME})\b", sentence)}
        if len(named) == 1:
            who = named.pop()
            return f"{role.group(1).title()} {who} {title[role.end() :]}"
        if named:
            return title
    return title


# "Secretary of State", "U.S. Minister to Russia", "Governor General of the Philippines": an office, named
OFFICE = (
    r"(?:U\.S\.\s+)?(?:(?:Under|Assistant|Deputy)\s+)?(?:Secretary|Minister|Ambassador|Governor|Senator|Representative|"
    r"Counselor|Attorney\s+General|Chief\s+Justice|Speaker)"
    r"(?:\s+General)?(?:\s+(?:of|to|for|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)?"
)
_GIVEN_OFFICE = (
    re.compile(  # "appointed Secretary of State", "appointed by President James Madison as Secretary of State"
        rf"\b(?:appointed|named|nominated|elected|confirmed|serve|served|became|promoted\s+to|"
        rf"succeeded\s+(?:[A-Z][\w.’'-]*\s+){{1,4}}as|"
        # "won election to the U.S. Congress as a Representative of New York"
        rf"(?:won\s+)?election\s+to\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){{1,4}}as\s+an?)\s+"
        # "appointed Richard Olney as Secretary of State": whom, then the office
        rf"(?:(?:[A-Z][\w.’'-]*\s+){{1,4}}?(?=as\s|(?:ad\s+interim\s+|acting\s+)?{OFFICE}))?"
        rf"(?:by\s+(?:[A-Z][\w.’'-]*\s+){{1,4}})?(?:as\s+)?"
        # "appointed as the first U.S. Ambassador to Kell"
        rf"(?:the\s+(?:first\s+)?(?:U\.S\.\s+|American\s+)?(?=(?:ad\s+interim\s+|acting\s+)?{OFFICE}))?"
        rf"((?:ad\s+interim\s+|acting\s+)?{OFFICE})"
    )
)
# "… and as U.S. Senator from 1866 to 1869": the next office of a list, its verb given once
_GIVEN_AS = re.compile(rf"\b(?:appointed|named|nominated)\s+(?:[A-Z][\w.’'-]*\s+){{2,6}}as\s+({OFFICE})")
_AND_AS_OFFICE = re.compile(rf"\band\s+(?:then\s+)?as\s+({OFFICE})")
# "was elected to the U.S. House of Representatives and served …": a body, the place of the service
_ELECTED_TO_BODY = re.compile(
    r"\b(?:elected|appointed|returned|named)\s+to\s+(the\s+(?:U\.S\.\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:House|Senate|Assembly|Legislature|Congress|Council|Parliament)(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)"
    r"\s+and\s+served\s+(?:from|until|between|in)\s+$"
)
# "entered into duty", "took office", "served" with nothing after: which office, the text said just before
_DUTY_ALONE = re.compile(
    r"\s(?:entered\s+(?:(?:into|on|upon)\s+)?(?:duty|(?:his|her)\s+duties)|(?:began|assumed)\s+(?:duty|office)|took\s+office|served|"
    r"completed\s+(?:his|her)\s+(?:tenure|term)|"
    r"resigned|left\s+office)$"  # "Robert Smith resigned": from what, the text said before
)
# "Randolph departed", "Pickering was appointed": the office left or given, named just before
_DEPARTED = re.compile(r"\s(?:departed)$")
_GIVEN_ALONE = re.compile(r"\s(?:was|were)\s+(?:appointed|named|nominated|elected|confirmed)$")
# "Webster left the position", "returned to the position": which position, the text said before
_THE_POSITION = re.compile(
    r"\s(?:left|returned\s+to|resigned|resumed|assumed|entered)\s+(?:the|his|her)\s+(?:position|post|office)$"
)
_SERVED_UNTIL = re.compile(r"\bserved\s+until\s+$")
_DIED_SERVING = re.compile(r"\sserved\s+until\s+(?:his|her)\s+death(?:\s+in\s+office)?$")


def with_office_held(title: str, earlier: list[str], told: str = "") -> str:
    """``title`` with the office its duty is of, when it says only that someone entered on duty,
    took office, served or left the position, and this sentence's lead or the two sentences before
    name one office;
    "served until his death in office" on the death's date is that the person died in office, and
    "served until March 3, 1809" on that day that the service ended."""
    if _DIED_SERVING.search(title):
        return _DIED_SERVING.sub(" died in office", title)
    bare = re.search(r"\s(?:as|became)\s+(Secretary|Minister|Ambassador)$", title)
    if bare:  # "began serving as Secretary": the office the text named in full just before
        whole = {m.group(1) for text in earlier[-3:] for m in _GIVEN_OFFICE.finditer(text)}
        whole = {office for office in whole if office.startswith(f"{bare.group(1)} ")}
        if (
            not whole and earlier
        ):  # "Following Secretary of State Cordell Hull’s retirement …, Stettinius became Secretary"
            passing = rf"\b{bare.group(1)}\s+(?:of\s+State|(?:of|to|for)\s+(?:the\s+)?[A-Z][\w’'-]*)"
            whole = {m.group(0) for m in re.finditer(passing, earlier[-1])}
        return f"{title[: bare.start(1)]}{whole.pop()}" if len(whole) == 1 else title
    served_until = re.search(r"\sserved(?:\s+until)?$", title)
    ended = served_until is not None and bool(earlier) and _SERVED_UNTIL.search(earlier[-1]) is not None
    duty = _DUTY_ALONE.search(title)
    position = _THE_POSITION.search(title)
    departed = _DEPARTED.search(title)
    given = _GIVEN_ALONE.search(title)
    if not (duty or position or ended or departed or given):
        return title
    head = re.match(r"(?:President\s+|King\s+|Queen\s+)?([A-Z][\w’'.-]*)", title)
    ruler = head and re.search(rf"\b(?:President|King|Queen|Emperor)\s+{re.escape(head.group(1))}\b", f"{title} {told}")
    if ruler and (duty or departed):
        return title  # "President Theodore Roosevelt left office": the office he left was his own, not one told before
    body = _ELECTED_TO_BODY.search(earlier[-1]) if earlier and re.search(r"\sserved$", title) else None
    if body:  # "was elected to the U.S. House of Representatives and served from 1813 to 1818": served in it
        return f"{title} in {body.group(1)}"
    subject = re.match(r"(?:[A-Z][\w.’'-]*\s+)*([A-Z][\w’'-]+)\s", title)
    for sentence in reversed(earlier[-3:]):  # this sentence's lead, and the two before it
        if subject and re.search(rf"\bunder\s+(?:[A-Z][\w.’'-]*\s+){{0,4}}{re.escape(subject.group(1))}\b", sentence):
            break  # "chose him to serve as Assistant Secretary of State under Secretary John Sherman": not Sherman's
        # "served as Attorney General from 1861 to 1866 and as U.S. Senator from 1866 to 1869": the last of a list
        # is the one a bare "served" after it goes on with (two offices given apart leave it open)
        listed = [m.group(1) for m in _AND_AS_OFFICE.finditer(sentence)]
        offices = {listed[-1]} if listed and (duty or ended) else {m.group(1) for m in _GIVEN_OFFICE.finditer(sentence)}
        # "appointed Pennsylvania Senator Philander Chase Knox as Secretary of State": the office after "as" is given
        given_as = {m.group(1) for m in _GIVEN_AS.finditer(sentence)}
        offices = given_as if given_as and not listed else offices
        if len(offices) == 1:
            office = offices.pop()
            if ended:  # "served until March 3, 1809": on that day the service ended
                who = title[: served_until.start()] if served_until else title
                # "American Minister Walter J. Donnelly" served as Ambassador: the office he left names him
                who = re.sub(r"^(?:American\s+|U\.S\.\s+)?(?:Minister|Ambassador|Envoy|Consul)\s+(?=[A-Z])", "", who)
                return f"{who}{'’' if who.endswith('s') else '’s'} service as {office} ended"
            if position:  # "left the position of Secretary of State", "entered his position as Secretary of State"
                joint = "as" if re.search(r"(?:his|her)\s+\w+$", title) else "of"
                return f"{title} {joint} {office}"
            if departed:
                return f"{title[: departed.start()]} left office as {office}"
            if given:
                return f"{title} {office}"
            return f"{title} as {office}"
        if offices:
            break
    return "" if ended else title  # "Madison served" on the day it ended says the opposite
