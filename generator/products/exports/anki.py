"""An Anki deck (``.apkg``) written with genanki, the same bytes every build.

Every note's guid comes from the guide's slug and the card's key (the term, the
person, the event id, the question text), so importing a revised deck updates
the notes a student already has instead of adding copies. Anki updates a note
only when the incoming one is newer, so the notes carry the guide's ``date:``
(or ``SOURCE_DATE_EPOCH``): change the date when revising a guide.

genanki would stamp the clock into the notes, number cards from it and zip
the collection with the temporary file's time; here the timestamp is the
guide's date, and the zip is written with a fixed date.
"""

from __future__ import annotations

import datetime as _dt
import html
import itertools
import sqlite3
import tempfile
from pathlib import Path

import genanki

from generator.content.model import Guide
from generator.i18n.catalog import base_language, is_rtl
from generator.i18n.labels import phrase
from generator.products.exports.common import carriable, fixed_zip
from generator.products.exports.flashcards import StudyCard
from generator.products.ids import stable_int
from generator.render.options import document_date

#: Midnight UTC, 1 January 2000: the notes' time when a guide has no date, or an earlier
#: one (a guide dated 0001-01-01 gave negative note ids, which Anki refuses).
UNDATED = 946684800

_CSS = ".card { font-family: Georgia, serif; font-size: 20px; text-align: left; color: black; background: white; }"


def _model(lang: str) -> genanki.Model:
    # One note type for every card: a second card is made only when the reverse front is not empty.
    # Its name, fields and card types are in the guide's language; a language has its own model id,
    # so that decks in two languages do not fight over one note type in a collection.
    front, back, reverse_front, reverse_back, forward, reverse = (
        phrase(lang, f"anki_{name}")
        for name in ("front", "back", "reverse_front", "reverse_back", "forward", "reverse")
    )
    return genanki.Model(
        stable_int("studyguide", "anki-model", 1) if lang == "en" else stable_int("studyguide", "anki-model", 1, lang),
        phrase(lang, "anki_model"),
        fields=[{"name": front}, {"name": back}, {"name": reverse_front}, {"name": reverse_back}],
        templates=[
            {
                "name": forward,
                "qfmt": f"{{{{{front}}}}}",
                "afmt": f'{{{{FrontSide}}}}<hr id="answer">{{{{{back}}}}}',
            },
            {
                "name": reverse,
                "qfmt": f"{{{{#{reverse_front}}}}}{{{{{reverse_front}}}}}{{{{/{reverse_front}}}}}",
                "afmt": f'{{{{FrontSide}}}}<hr id="answer">{{{{{reverse_back}}}}}',
            },
        ],
        css=_CSS + (" .card { direction: rtl; text-align: right; }" if is_rtl(lang) else ""),
    )


def anki_package(guide: Guide, cards: list[StudyCard]) -> bytes:
    """The ``.apkg`` bytes: one deck named after the guide, one note per card."""
    model = _model(base_language(guide.meta.language))
    deck = genanki.Deck(stable_int("studyguide", "anki-deck", guide.slug), carriable(guide.meta.title))
    for card in cards:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[_html(card.front), _html(card.back), _html(card.reverse_front), _html(card.reverse_back)],
                tags=[_tag(tag) for tag in (guide.slug, *card.tags)],
                guid=genanki.guid_for(guide.slug, card.key),
            )
        )
    timestamp = _timestamp(guide)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package = genanki.Package(deck)
            package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        data = database.read_bytes()
    return fixed_zip([("collection.anki2", data), ("media", b"{}")])


def _timestamp(guide: Guide) -> float:
    when = document_date(guide.meta.date)
    if not when:
        return float(UNDATED)
    moment = _dt.datetime.fromisoformat(when.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return max(moment.timestamp(), float(UNDATED))


def _html(text: str) -> str:
    return html.escape(carriable(text)).replace("\n", "<br>")


def _tag(text: str) -> str:
    # An Anki tag is one word: spaces would split it in two.
    return "_".join(carriable(text).split())
