"""The document a title points back to, named as the text last named it.

A textbook tells a ratification in steps and names the document once: "… favored the
Constitution. … Delaware and New Jersey ratified the document", "… voted to accept the
Constitution. A year later, North Carolina became the twelfth state to approve", "… no new
state had ratified the ERA … In 2020, Virginia became the thirty-eighth state to ratify".
On a timeline the line stands alone, so "the document", "the amendment" and "the law", and a
"ratify" whose object the text left out, take the name the text gave before.
"""

from __future__ import annotations

import re

# what a constitution, a charter or an amendment is called: "the Constitution", "the Articles of
# Confederation", "the Nineteenth Amendment", "the ERA", "the Real ID Act"
_NAME = r"(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?)*"
_KINDS = {
    "document": rf"{_NAME}(?:Constitution|Articles\s+of\s+Confederation|Declaration(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?|"
    rf"Bill\s+of\s+Rights|Charter|Compact|Covenant)\b",
    "amendment": rf"{_NAME}Amendment\b|ERA\b",
    "law": rf"{_NAME}(?:Act|Law)\b(?:\s+of\s+\d{{4}})?",
    # "withdrew the U.S. from the pact": the Paris Agreement the sentence before named
    "pact": rf"{_NAME}(?:Agreement|Pact|Accords?|Treaty)\b",
}
_KINDS["treaty"] = _KINDS["agreement"] = _KINDS["pact"]
_KINDS["ratified"] = f"{_KINDS['document']}|{_KINDS['amendment']}"

# "ratified the document", "enforcement of the law": a kind the text named before, as the object (a subject
# named so would make the deed one with every other the text tells of that document within its year)
_POINTER = re.compile(
    r"(?<=\s)(the)\s+(document|amendment|law|pact|treaty|agreement)\b(?!\s+(?:of|that|which|who|between|with)\b)"
)
# "became the twelfth state to approve", "ratified" with nothing after it: the object was left out
_NO_OBJECT = re.compile(r"\b(?:to\s+(?:ratify|approve)|ratified|approved)$")


def _last_named(kind: str, earlier: str) -> str | None:
    """The last name of ``kind`` that ``earlier`` gives (more than "Act" or "Amendment" alone)."""
    # a capital that only opens the sentence is no part of the name ("The Constitution was signed")
    names = [
        re.sub(r"^(?:[A-Z][a-z]*\s+)*?(?:The|A|An|In|On|By|Once|Thus|When|After)\s+", "", m.group(0))
        for m in re.finditer(_KINDS[kind], earlier)
    ]
    names = [
        n.strip()
        for n in names
        if n
        not in ("Act", "Law", "Amendment", "Declaration", "Charter", "Agreement", "Pact", "Accord", "Accords", "Treaty")
    ]
    if not names:
        return None
    last = names[-1]
    # "the Equal Rights Amendment (ERA)": the name in full, where the text gave it, over its initials
    full = [n for n in names if last.isupper() and "".join(w[0] for w in n.split() if w[0].isupper()) == last]
    return full[-1] if full else last


def with_document_named(title: str, earlier: str) -> str:
    """``title`` with "the document", "the amendment", "the law", or the missing object of a
    closing "ratify" or "approve", named as ``earlier`` (the text before the title's date) last
    named one; ``title`` as it is when it named none."""
    if _NO_OBJECT.search(title) and not re.search(_KINDS["ratified"], title):  # not "Eighteenth Amendment ratified"
        named = _last_named("ratified", earlier)
        return f"{title} the {named.removeprefix('the ')}" if named else title
    pointer = _POINTER.search(title)
    if pointer is None:
        return title
    named = _last_named(pointer.group(2), earlier)
    if named is None:
        return title
    return f"{title[: pointer.start()]}{pointer.group(1)} {named}{title[pointer.end() :]}"
