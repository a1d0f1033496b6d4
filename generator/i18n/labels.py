"""A guide's labels: the catalogue's words in its language, with its own ``labels:`` on top."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Protocol, runtime_checkable

from generator.i18n.catalog import _, n_
from generator.i18n.messages import COUNTED, LABELS, PHRASES

#: How a guide names the eras (``eras:`` in guide.yaml): "BC/AD", or the secular "BCE/CE"
#: that many schools ask for.
Eras = Literal["BC/AD", "BCE/CE"]

#: The label names a guide may override, with their English text.
DEFAULT_LABELS = LABELS


@runtime_checkable
class SupportsDump(Protocol):
    """A pydantic model: the content stage's ``labels:`` record."""

    def model_dump(self) -> dict[str, Any]: ...


class Labels(dict[str, str]):
    """The label table templates read (``labels.contents``), plus counted and slotted
    phrases in the guide's language (``labels.count_marks(3)``)."""

    def __init__(self, words: dict[str, str], lang: str, overridden: frozenset[str], eras: Eras = "BC/AD") -> None:
        super().__init__(words)
        self.lang = lang
        self.overridden = overridden
        self.eras = eras  # the guide's ``eras:``, for the dates an export writes

    def count_marks(self, n: int) -> str:
        """'1 mark', '2 marks', '5 баллов': the catalogue's plural form, or the guide's own words."""
        if {"mark", "marks"} & self.overridden:
            return f"{n} {self['mark'] if n == 1 else self['marks']}"
        singular, plural = COUNTED["n_marks"]
        return n_(self.lang, singular, plural, n, "n_marks")

    def phrase(self, name: str, **slots: str) -> str:
        """A sentence with slots in the guide's language: ``phrase('circa', date='1900')``."""
        return phrase(self.lang, name, **slots)

    def labelled(self, name: str, text: str) -> str:
        """'Total: 17 marks', 'Total : 17 points' (French spaces its colon)."""
        return self.phrase("colon", label=self[name], text=text)


def phrase(lang: str, name: str, **slots: str) -> str:
    """The phrase ``name`` in ``lang`` with its slots filled."""
    text = _(lang, PHRASES[name], name)
    for slot, value in slots.items():
        text = text.replace("{" + slot + "}", value)
    return text


def merged_labels(
    overrides: Mapping[str, str | None] | SupportsDump | None, lang: str = "en", eras: Eras = "BC/AD"
) -> Labels:
    """The labels in ``lang`` with a guide's overrides (a mapping, or the model of
    ``labels:``; a label left unset is None) applied, and its choice of era names."""
    words = {name: _(lang, english, name) for name, english in LABELS.items()}
    given = overrides.model_dump() if isinstance(overrides, SupportsDump) else dict(overrides or {})
    own = {name: text for name, text in given.items() if text is not None}
    return Labels({**words, **own}, lang, frozenset(own), eras)
