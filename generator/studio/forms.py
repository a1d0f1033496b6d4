"""What the studio's forms are made from: the JSON Schemas the model generates, and a few
hints on how to show a field.

The page draws every form from these schemas (``assets/forms.js``), so a field added
to :mod:`generator.content.model` appears in the studio without new form code. The
hints say only *how* to show what the schema already says is there: which text is
long, which field is a date, which answer is one of the choices.
"""

from __future__ import annotations

from typing import Any, get_args

from generator.authoring.schema import schema_name, schemas
from generator.content.load import LIST_FILES
from generator.content.model import EdtfDate

#: What each file is called on the page, in the order the pages are listed.
PAGES = {
    "guide.yaml": "Guide settings",
    "timeline.yaml": "Timeline",
    "glossary.yaml": "Glossary",
    "people.yaml": "People",
    "faq.yaml": "FAQ",
    "sources.yaml": "Sources",
    "questions.yaml": "Questions",
    "debates.yaml": "Debates",
}
#: List files whose entries are short enough to edit as rows of a table.
TABLES = ("timeline.yaml", "glossary.yaml", "people.yaml", "faq.yaml", "sources.yaml")
#: Fields whose text runs to sentences: a text area rather than a line.
LONG_TEXT = ("detail", "answer", "definition", "description", "explanation", "text", "descriptor", "note", "summary")
#: Fields whose value must be one of a sibling list's items (the correct choice).
ONE_OF = {"answer": "choices"}
#: Fields (or lists) whose values name something the guide has: picked from the guide's
#: section slugs or objective ids rather than typed.
NAMES = {"section": "sections", "sections": "sections", "objectives": "objectives"}


def _date_description() -> str:
    field = next(arg for arg in get_args(EdtfDate) if getattr(arg, "description", None))
    return str(field.description)


def form_schemas() -> dict[str, Any]:
    """Per content file, the schema its form is drawn from; and the hints."""
    every = schemas()
    files = {name: every[schema_name(name)] for name in ("guide.yaml", *LIST_FILES)}
    files["section.md"] = every[schema_name("section.md")]
    return {
        "files": files,
        "pages": PAGES,
        "tables": list(TABLES),
        "long": list(LONG_TEXT),
        "one_of": ONE_OF,
        "names": NAMES,
        "date_description": _date_description(),
    }
