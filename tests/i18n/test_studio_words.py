"""The studio's words: one table (generator/i18n/studio.py) translated in every language
that ships, and every field of every form labelled from it — a field the model gains
without a catalogue entry fails here rather than showing English on a French page."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from generator.i18n.catalog import LANGUAGES, STUDIO_DOMAIN, catalogue_path
from generator.i18n.extract import studio_template
from generator.i18n.labels import merged_labels
from generator.i18n.studio import STUDIO, language_names, studio_words
from generator.studio.forms import LABEL_FIELDS, PAGES, form_schemas


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_studio_catalogue_translates_every_word_and_keeps_its_slots(lang):
    with catalogue_path(lang, STUDIO_DOMAIN).open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    for message in studio_template():
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        assert found is not None and not found.fuzzy and found.string, message.context
        assert set(re.findall(r"\{\w+\}", found.string)) == set(re.findall(r"\{\w+\}", message.id)), message.context
    if lang != "en":  # the page's frame, at least, is not left in English
        words = studio_words(lang)
        assert words["page.print"] != STUDIO["page.print"] and words["app.undo"] != STUDIO["app.undo"]


def _fields(node, definition=None):
    """(definition, field name, field schema) of every property in a schema."""
    if isinstance(node, list):
        for item in node:
            yield from _fields(item, definition)
    elif isinstance(node, dict):
        for name, field in (node.get("properties") or {}).items():
            yield definition, name, field
        for key, value in node.items():
            if key == "$defs":
                for inner, schema in value.items():
                    yield from _fields(schema, inner)
            elif key != "properties":
                yield from _fields(value, definition)


def test_every_field_of_every_form_has_its_french_label_and_help():
    forms = form_schemas("fr")
    words, booklet = studio_words("fr"), merged_labels(None, "fr")
    french_help = {text for name, text in words.items() if name.startswith("help.")}
    seen = 0
    for _file, schema in forms["files"].items():
        for definition, name, field in _fields(schema):
            seen += 1
            if definition == LABEL_FIELDS:  # the booklet's word names its own field
                assert field["title"] == booklet[name], name
                continue
            assert f"field.{name}" in STUDIO, f"no studio word 'field.{name}': add it to generator/i18n/studio.py"
            assert field["title"] == words[f"field.{name}"], name
            if "description" in field:
                assert field["description"] in french_help, (name, field["description"])
    assert seen > 100
    assert forms["pages"]["timeline.yaml"] == "Chronologie" and set(forms["pages"]) == set(PAGES)
    assert forms["date_description"] in french_help


def test_the_languages_offered_are_named_in_their_own_words():
    names = dict(language_names())
    assert list(names) == list(LANGUAGES)
    assert (names["fr"], names["de"], names["ja"], names["ar"]) == ("Français", "Deutsch", "日本語", "العربية")
