"""Where the files that ship with the generator live: templates, CSS, fonts, the
skeleton of a new guide, and the JSON Schemas. One definition, read by every stage."""

from __future__ import annotations

from pathlib import Path

_REPOSITORY = Path(__file__).resolve().parent.parent
TEMPLATES = _REPOSITORY / "templates"
SCHEMAS = _REPOSITORY / "schemas"
