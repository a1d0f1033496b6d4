"""JSON Schema for every content file, generated from the content model.

Editors with a YAML language server (VS Code, Neovim, JetBrains …) read the
``# yaml-language-server: $schema=…`` comment at the top of a file and then
complete keys and underline mistakes. The schemas are derived from
:mod:`generator.content.model`, the one source of truth, and committed under
``schemas/``; a test keeps the committed files current.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import GenericAlias
from typing import Any

from pydantic import TypeAdapter

from generator.content.model import LIST_FILES, GuideMeta, SectionFront
from generator.resources import SCHEMAS

SECTION_SCHEMA = "section-front-matter.schema.json"


def schema_name(content_file: str) -> str:
    """The schema file for a content file: ``timeline.yaml`` → ``timeline.schema.json``;
    any section Markdown file → the front-matter schema."""
    if content_file.endswith(".md"):
        return SECTION_SCHEMA
    return content_file.rsplit(".", 1)[0] + ".schema.json"


def schemas() -> dict[str, dict[str, Any]]:
    """Every schema, by file name."""
    shapes: dict[str, Any] = {"guide.yaml": GuideMeta, "section.md": SectionFront}
    # A list of each record; GenericAlias spells list[record] for a record chosen at run time.
    shapes.update({name: GenericAlias(list, (record,)) for name, record in LIST_FILES.items()})
    result = {}
    for content_file, shape in shapes.items():
        schema = TypeAdapter(shape).json_schema()
        _accept_numbers_as_text(schema)
        what = "a section's front matter" if content_file.endswith(".md") else content_file
        result[schema_name(content_file)] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": f"Study guide: {what}",
            **schema,
        }
    return result


def rendered() -> dict[str, str]:
    """Every schema as the exact text committed under ``schemas/``."""
    return {name: json.dumps(schema, indent=2, ensure_ascii=False) + "\n" for name, schema in schemas().items()}


def stale(folder: Path | None = None) -> list[str]:
    """The schema files in ``folder`` (default ``schemas/``) that are missing or differ from the model."""
    folder = folder or SCHEMAS
    return [
        name
        for name, text in rendered().items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]


def write(folder: Path | None = None) -> list[Path]:
    """Write every schema that changed; returns the files written."""
    from generator.build import write_atomically

    folder = folder or SCHEMAS
    written = []
    for name in stale(folder):
        write_atomically(folder / name, rendered()[name])
        written.append(folder / name)
    return written


def modeline(target: Path, content_file: str | None = None) -> str:
    """The ``# yaml-language-server: $schema=…`` comment for the file ``target``,
    pointing at its schema by a path relative to the file (so it survives a move
    of the whole repository)."""
    schema = SCHEMAS / schema_name(content_file or target.name)
    try:
        reference = Path(os.path.relpath(schema, target.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        reference = schema.as_uri()
    return f"# yaml-language-server: $schema={reference}"


def _accept_numbers_as_text(node: Any) -> None:
    """The model coerces numbers to text (``coerce_numbers_to_str``), so an unquoted
    ``date: 1931`` or ``edition: 2`` is valid; say so in the schema too."""
    if isinstance(node, dict):
        if node.get("type") == "string" and "enum" not in node and "const" not in node:
            node["type"] = ["string", "number"]
        for value in node.values():
            _accept_numbers_as_text(value)
    elif isinstance(node, list):
        for value in node:
            _accept_numbers_as_text(value)
