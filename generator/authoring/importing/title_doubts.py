"""Why a proposed title may not print as it is: the shapes of title that two judges, reading
the article beside it, rewrote four times in five.

The importer keeps such a title, for it dates an event the teacher wants, but marks it, so
that the teacher reads the marked titles and may trust the rest. The shapes:

- a subject that points back to a sentence before ("The results aligned", "Another was
  published …", "Four candidates competed …");
- a thing that points back ("persuaded the monarchs", "set the number at nine");
- a figure, not an event ("spent nearly $400 million", "received 772,869 FOIA requests");
- a bare kind of event ("Presidential election") or a bare abbreviation ("The ACA");
- a deed that says nothing without where or what ("Cortés arrived", "Approval spiked", "… made
  headlines"), or a thing done that it does not name ("approved a referendum", "passed legislation");
- a title that stops in the middle of its clause ("… leaned his knee" before "on Floyd's neck"), or
  before what completes its deed ("expressed concern [that …]", "petitioned the FCC [to …]");
- a lead left over from the sentence ("More recently …", "Perhaps …").

English titles only: the shapes are English words.
"""

from __future__ import annotations

import re

from generator.content.dates import MONTHS

_POINTER = (
    r"(?:The|A|An|Another|Additional|Both|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Subsequent|Such|"
    r"This|These|That|Those|"
    r"More|Many|Most|Some|Other|Its|His|Her|Their)"
)
# a past verb, or one of the commonest irregular ones: where a subject of common words ends
_PAST = (
    r"(?:[a-z]+ed|was|were|is|are|became|began|had|has|made|won|lost|took|gave|came|went|rose|fell|grew|ran|met|"
    r"sent|set|led|held|left|wrote|broke|brought|sought|fought|spent|spoke|found|saw|chose|drew|knew|stood|struck|"
    r"swept|threw|paid|told|sold|built)"
)
# "The results aligned", "The losing candidate secured …": common words up to the verb, no name among them
_POINTING_SUBJECT = re.compile(rf"^({_POINTER}\s+(?:[a-z][\w’'-]*\s+){{1,5}}?){_PAST}\b")
# "Nine were current or former state governors": a number standing alone for what the sentence before counted
_COUNT_ALONE = re.compile(rf"^({_POINTER})\s+{_PAST}\b")
# a government is named by the guide's subject, and is no pointer
_GOVERNMENT = re.compile(r"^The\s+(?:federal\s+|national\s+)?government\b")
_POINTING_THING = re.compile(
    r"\s((?:the|both|this|that|these|those)\s+(?:city|country|nation|nations|monarchs|pact|treaty|law|amendment|bill|"
    r"deadline|number|trip|thesis|policy|same|two|island|region|state|states|program|organization|case|court|party|"
    r"group|area|decision|measure)\b)(?!\s+(?:of|for|on)\s+[A-Z])"
)
_FIGURE = re.compile(
    r"\$|%|\bpercent\b|\bratio\b|\baverage\b"
    r"|\b\d[\d,.]*\s+(?:[\w-]+\s+){0,2}(?:requests|votes|people|members|dollars|students|measures)\b"
)
_BARE_KIND = re.compile(r"(?:Presidential|General|Midterm|Congressional)\s+elections?|(?:The\s+)?[A-Z]{2,5}")
_SAYS_NOTHING_ALONE = re.compile(
    r"\s(?:arrived|began|emerged|aligned|spiked|improved|rose|fell|increased|declined|changed|continued|followed|"
    r"returned|occurred|happened|grew|released|made\s+news|made\s+headlines|gained\s+(?:national\s+)?attention|"
    r"played\s+out|further|drafted|declared)$"
)
_LEFT_LEAD = re.compile(
    r"^(?:Today|More\s+recently|Perhaps|Just|Later|Soon|Then|Meanwhile|However|Also|Still|Again|Yet|Thus|Hence|"
    r"Instead|Indeed)\b"
)
# what may follow a title's last words in its sentence and leave it whole: its date, or a next clause
_DATE_AFTER = re.compile(
    r"^\s*(?:(?:in|on|by|during|from|between|of|since|until|through|around|about|circa|early|late|mid)\s+)*"
    r"(?:the\s+)?(?:(?:early|late|mid|summer|spring|fall|autumn|winter|end|beginning)\s+(?:of\s+)?)*"
    rf"(?:{'|'.join(MONTHS['en'])}|\d{{3,4}}s?\b|\(\d)",
    re.IGNORECASE,
)
_NEXT_CLAUSE = re.compile(
    r"^\s+(?:and|but|or|while|when|after|before|because|as|which|who|where|that|although|though|since|until|so|yet|"
    r"only|then)\b"
)
# a verb whose object is asked or made to do something: without what, the deed is not told
_CONTROL = re.compile(
    r"\b(?:petitioned|asked|urged|tapped|persuaded|invited|ordered|forced|allowed|required|encouraged|called\s+on|"
    r"pressed|authorized|told|convinced|appointed|chose|named|selected)\b"
)
# "… concern [that the United States was mired …]", "… ads [attacking John Kerry’s …]"
_COMPLEMENT = re.compile(r"^\s+(?:that\s|[a-z]+ing\b)")
_A_DEED = re.compile(
    r"\s(?:[a-z]+(?:ed|ew|ok|ave|ame|an|ung|ook|ent)|was|were|made|won|took|gave|set|led|held|met|wrote|sent|built|"
    r"became|began|brought|ran)\b"
)


# "passed legislation", "heard a case", "gave states a choice": a thing done that the title does not say
_VAGUE_THING = re.compile(
    r"\s[a-z][\w-]*\s+(?:(?:a|an|some)\s+)?(?:legislation|case|choice|complaints|ads|referendum|headline|study|policy|measures?|"
    r"order|changes|reforms|proposals|approaches|steps|action)(?:\s+(?:in|at|on|during)\s+[^,;]+)?$"
)


def title_doubt(title: str, sentence: str) -> str:
    """Why ``title``, proposed from ``sentence``, may need rewriting before it prints, or ""."""
    if not title:
        return ""
    if _LEFT_LEAD.match(title) or " nevertheless " in title:
        return f"it opens with words of the sentence around it (“{' '.join(title.split()[:2])} …”)"
    if _FIGURE.search(title):
        return "it gives a figure, which may not be an event"
    if _BARE_KIND.fullmatch(title):
        return "it names a kind of event or an abbreviation, not what happened"
    pointing = _POINTING_SUBJECT.match(title) or _COUNT_ALONE.match(title)
    if pointing and not _GOVERNMENT.match(title):
        return f"its subject (“{pointing.group(1).strip()}”) may point back to an earlier sentence: name who or what"
    thing = _POINTING_THING.search(title)
    if thing:
        return f"“{thing.group(1)}” may point back to an earlier sentence: name it"
    vague = _VAGUE_THING.search(title)
    if vague:
        return f"it ends on “{vague.group(0).split(maxsplit=1)[1]}” without saying which or what"
    if _SAYS_NOTHING_ALONE.search(title):
        return f"it ends on “{title.rsplit(' ', 1)[-1]}”: say where, what or to what"
    following = _following(title, sentence)
    if _incomplete(title, following):
        return f"it stops before what completes it (“{' '.join(following.split()[:4])} …”)"
    rest = _after_title(title, sentence)
    if rest and re.match(r"[a-z]", title.rsplit(" ", 1)[-1]) and _A_DEED.search(title):
        return f"it stops before the rest of its clause (“{' '.join(rest.split()[:4])} …”)"
    return ""


def _following(title: str, sentence: str) -> str:
    """What follows the title's last two words in ``sentence``, or ""."""
    words = title.split()
    tail = " ".join(words[-2:])
    at = sentence.find(tail) if len(words) >= 2 else -1
    return sentence[at + len(tail) :] if at >= 0 else ""


def _incomplete(title: str, following: str) -> bool:
    """Whether the sentence goes on with what the title's deed needs: a clause or a participle
    after its common noun ("expressed concern [that …]", "ran ads [attacking …]"), or what
    someone was asked to do ("petitioned the FCC [to go a step further]")."""
    ends_on_common_word = re.match(r"[a-z]", title.rsplit(" ", 1)[-1]) is not None
    if ends_on_common_word and _COMPLEMENT.match(following) and _A_DEED.search(title):
        return True
    return _CONTROL.search(title) is not None and re.match(r"\s+to\s+[a-z]", following) is not None


def _after_title(title: str, sentence: str) -> str:
    """What follows the title's last three words in ``sentence``, where the title stops in the
    middle of a clause; "" where it ends at a comma, a date or a next clause."""
    words = title.split()
    if len(words) < 3:
        return ""
    tail = " ".join(words[-3:])
    at = sentence.find(tail)
    if at < 0:
        return ""
    rest = sentence[at + len(tail) :]
    if not rest.startswith(" ") or _DATE_AFTER.match(rest) or _NEXT_CLAUSE.match(rest):
        return ""
    return rest.strip()
