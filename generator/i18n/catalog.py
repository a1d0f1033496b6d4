"""Message catalogues: the ``.po`` files read with Babel at run time, once per process.

The catalogues ship as ``.po`` text (no compiled ``.mo``): they are small, read in a
few milliseconds, and a translator's edit shows in the next build without a compile
step. A language without a catalogue, or a message its catalogue lacks, falls back to
English; a regional tag (``fr-CA``) uses its base language's catalogue.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

LOCALES = Path(__file__).resolve().parent / "locales"
DOMAIN = "studyguide"
#: The studio's words (:mod:`generator.i18n.studio`): a domain of their own, beside the booklet's.
STUDIO_DOMAIN = "studio"

#: The languages that ship with a full translation, in the order the README lists them.
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "ja", "zh", "ar", "he")
#: Languages written right to left.
RTL = frozenset({"ar", "he", "fa", "ur", "yi"})


def base_language(lang: str) -> str:
    """The first subtag of a BCP 47 tag, lower case: 'fr-CA' → 'fr', 'zh-Hans' → 'zh'."""
    return lang.replace("_", "-").split("-")[0].lower()


def is_rtl(lang: str) -> bool:
    return base_language(lang) in RTL


@dataclass(frozen=True)
class Translator:
    """The messages of one language, with its plural rule."""

    lang: str
    catalog: Catalog | None
    plural: Callable[[int], int]

    def _entry(self, msgid: str | tuple[str, str], context: str | None) -> object:
        if self.catalog is None:
            return None
        message = self.catalog.get(msgid, context=context)
        return None if message is None or message.fuzzy else message.string

    def gettext(self, msgid: str, context: str | None = None) -> str:
        """The translation of ``msgid`` (in ``context``), or ``msgid`` itself."""
        found = self._entry(msgid, context)
        return found if isinstance(found, str) and found else msgid

    def ngettext(self, singular: str, plural: str, n: int, context: str | None = None) -> str:
        """The form of a counted message that ``n`` takes in this language (CLDR's rule)."""
        found = self._entry(singular, context)
        if isinstance(found, (tuple, list)):
            index = self.plural(n)
            if index < len(found) and found[index]:
                return str(found[index])
        return singular if n == 1 else plural


def catalogue_path(lang: str, domain: str = DOMAIN) -> Path:
    return LOCALES / lang / "LC_MESSAGES" / f"{domain}.po"


@lru_cache(maxsize=32)
def translator(lang: str, domain: str = DOMAIN) -> Translator:
    """The translator for a BCP 47 tag (in the booklet's domain, or ``domain``), read once per process."""
    base = base_language(lang)
    path = catalogue_path(base, domain)
    catalog = None
    if path.is_file():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=base, domain=domain)
    try:
        expression = get_plural(base).plural_expr
    except (ValueError, UnknownLocaleError):  # a language CLDR does not know: English's rule
        expression = "(n != 1)"
    return Translator(base, catalog, gettext.c2py(expression))


def _(lang: str, msgid: str, context: str | None = None) -> str:
    """Shorthand: ``msgid`` in ``lang``."""
    return translator(lang).gettext(msgid, context)


def n_(lang: str, singular: str, plural: str, n: int, context: str | None = None) -> str:
    """Shorthand: the plural form of a counted message, with ``{n}`` filled in."""
    return translator(lang).ngettext(singular, plural, n, context).replace("{n}", str(n))
