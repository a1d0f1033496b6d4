"""What the studio's forms are made from: the JSON Schemas the model generates, and a few
hints on how to show a field.

The page draws every form from these schemas (``assets/forms.js``), so a field added
to :mod:`generator.content.model` appears in the studio without new form code. The
hints say only *how* to show what the schema already says is there: which text is
long, which field is a date, which answer is one of the choices.

The schemas reach the page in the guide's language: each field's title and help line
from the studio's catalogue (:mod:`generator.i18n.studio`, by the field's name and the
description's English text), the ``labels:`` fields named by the booklet's own words.
A field the catalogue does not know keeps the model's title, in English.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, get_args

from generator.authoring.schema import schema_name, schemas
from generator.content.dates import writes_english_dates
from generator.content.model import LIST_FILES, EdtfDate
from generator.i18n.labels import merged_labels
from generator.i18n.studio import STUDIO, studio_words

#: The pages that edit one file, in the order they are listed: the file, and its name's
#: entry in the studio's catalogue.
PAGES = {
    "guide.yaml": "page.guide",
    "timeline.yaml": "page.timeline",
    "glossary.yaml": "page.glossary",
    "people.yaml": "page.people",
    "faq.yaml": "page.faq",
    "sources.yaml": "page.sources",
    "questions.yaml": "page.questions",
    "debates.yaml": "page.debates",
}
#: The model's definition whose fields are the booklet's words (``labels:``).
LABEL_FIELDS = "LabelOverrides"
#: The help lines by the model's English description.
HELP = {english: name for name, english in STUDIO.items() if name.startswith("help.")}
#: List files whose entries are short enough to edit as rows of a table (a source's eight
#: fields are not: one box per source, every field its full width).
TABLES = ("timeline.yaml", "glossary.yaml", "people.yaml", "faq.yaml")
#: Fields whose text runs to sentences: a text area rather than a line.
LONG_TEXT = ("detail", "answer", "definition", "description", "explanation", "text", "descriptor", "note", "summary")
#: Fields whose value must be one of a sibling list's items (the correct choice).
ONE_OF = {"answer": "choices"}
#: Fields (or lists) whose values name something the guide has: picked from the guide's
#: section slugs or objective ids rather than typed.
NAMES = {"section": "sections", "sections": "sections", "objectives": "objectives"}
#: Fields whose value is a language tag: typed, with the built-in languages offered.
LANGUAGE_FIELDS = ("language",)
#: Fields a guide may set only in some languages, and the test of the guide's language: a
#: French guide is not offered BCE/CE, which its validation would refuse (CLDR names its eras).
LANGUAGE_BOUND: dict[str, Callable[[str], bool]] = {"eras": writes_english_dates}


def _date_description() -> str:
    field = next(arg for arg in get_args(EdtfDate) if getattr(arg, "description", None))
    return str(field.description)


def form_schemas(lang: str = "en", guide_language: str | None = None) -> dict[str, Any]:
    """Per content file, the schema its form is drawn from, in ``lang`` (the studio's words);
    and the hints, for a guide in ``guide_language`` (``lang`` when not given: the studio may
    speak English to a guide in a language it has no words for)."""
    guide_language = guide_language or lang
    every = schemas()
    files = {name: every[schema_name(name)] for name in ("guide.yaml", *LIST_FILES)}
    files["section.md"] = every[schema_name("section.md")]
    words = studio_words(lang)
    return {
        "files": localised(files, lang, words),
        "pages": {name: words[key] for name, key in PAGES.items()},
        "tables": list(TABLES),
        "long": list(LONG_TEXT),
        "one_of": ONE_OF,
        "names": NAMES,
        "languages": list(LANGUAGE_FIELDS),
        # drawn only while the guide still holds a value, so that the author can remove it
        "not_offered": [name for name, takes in LANGUAGE_BOUND.items() if not takes(guide_language)],
        "date_description": _help(_date_description(), words),
    }


def _help(description: str, words: dict[str, str]) -> str:
    return words[HELP[description]] if description in HELP else description


def localised(files: dict[str, Any], lang: str, words: dict[str, str]) -> dict[str, Any]:
    """A copy of the schemas whose fields' titles and help lines are in ``lang``."""
    booklet = merged_labels(None, lang)

    def walk(node: Any, definition: str | None) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, definition)
            return
        if not isinstance(node, dict):
            return
        if isinstance(node.get("description"), str):  # a field's own, or its type's (an optional date, an id)
            node["description"] = _help(node["description"], words)
        for name, field in (node.get("properties") or {}).items():
            if definition == LABEL_FIELDS:  # the booklet's word itself names its field
                field["title"] = booklet.get(name, name)
                field.pop("description", None)
                continue
            field["title"] = words.get(f"field.{name}", field.get("title"))
        for key, value in node.items():
            if key == "$defs" and isinstance(value, dict):
                for inner, schema in value.items():
                    walk(schema, inner)
            elif key != "properties":
                walk(value, definition)
        for field in (node.get("properties") or {}).values():
            walk(field, definition)

    result = copy.deepcopy(files)
    walk(result, None)
    return result
