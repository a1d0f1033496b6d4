"""Write the catalogue templates ``locales/studyguide.pot`` and ``locales/studio.pot``
from the message tables (the booklet's, and the studio's page).

``make messages`` runs this, then ``pybabel update`` merges each template into every
language's ``.po`` (new messages appear untranslated, changed ones marked fuzzy).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from generator import __version__
from generator.i18n.catalog import DOMAIN, LOCALES, STUDIO_DOMAIN
from generator.i18n.messages import COUNTED, LABELS, PHRASES
from generator.i18n.studio import STUDIO

#: Translator notes, by message name: what the slot holds or where the word prints.
NOTES = {
    "section": "Printed before a section's number: 'Section 3'.",
    "form": "Printed before a test form's letter: 'Form A'.",
    "of": "Between two numbers: '3 of 10'.",
    "mark": "Used only when a guide overrides the counted message n_marks.",
    "marks": "Used only when a guide overrides the counted message n_marks.",
    "circa": "{date} is a date as the language writes it.",
    "bce": "{year} is a year, or two joined by an en dash: '490–479'.",
    "range": "An interval of dates or years; {start} and {end} are dates.",
    "colon": "A label and its text, as in 'Total: 17 marks'.",
    "ask_what_on": "A flashcard's question about a day: {date} is '8 August 1945'.",
    "ask_what_in": "A flashcard's question about a month, a year or an interval.",
    "level": "A band of an essay's mark scheme: {band} is e.g. '13–15'.",
}


HEADER = """\
# The fixed words of studyguide's booklets, in one language.
# Written with care and open to review by teachers who speak it: see the README,
# "A guide in your language", for how to correct or add a translation.
#"""
STUDIO_HEADER = """\
# The words of studyguide's studio (the page that edits a guide), in one language.
# {…} is filled in by the page: keep it. "field." names a form field, "item." one
# entry of a list, "help." a field's help line.
#"""


def _catalog(domain: str, header: str) -> Catalog:
    return Catalog(
        project="studyguide",
        version=__version__,
        domain=domain,
        fuzzy=False,
        copyright_holder="the studyguide authors",
        msgid_bugs_address="the project's issue tracker",
        header_comment=header,
    )


def studio_template() -> Catalog:
    """The studio's catalogue, without translations."""
    catalog = _catalog(STUDIO_DOMAIN, STUDIO_HEADER)
    for name, english in STUDIO.items():
        catalog.add(english, context=name)
    return catalog


def template() -> Catalog:
    """The catalogue of every message, without translations."""
    catalog = _catalog(DOMAIN, HEADER)
    for name, english in {**LABELS, **PHRASES}.items():
        catalog.add(english, context=name, auto_comments=[NOTES[name]] if name in NOTES else [])
    for name, forms in COUNTED.items():
        catalog.add(forms, context=name, auto_comments=["{n} is the count."])
    return catalog


def write_template(path: Path = LOCALES / f"{DOMAIN}.pot", catalog: Catalog | None = None) -> Path:
    with path.open("wb") as handle:
        write_po(handle, catalog or template(), width=100, omit_header=False, sort_output=False)
    return path


if __name__ == "__main__":
    sys.stdout.write(f"{write_template()}\n")
    sys.stdout.write(f"{write_template(LOCALES / f'{STUDIO_DOMAIN}.pot', studio_template())}\n")
