"""Where the files that ship with the generator live: templates, CSS, fonts, the
skeleton of a new guide, and the JSON Schemas. One definition, read by every stage.

In the repository they lie at the top, beside ``generator/`` (``templates/``,
``schemas/``), where authors and designers find them. An installed wheel carries
the same folders as package data inside the ``generator`` package (pyproject.toml
maps them there), found through :mod:`importlib.resources`. The installed copy
wins when it exists; otherwise this is a checkout or an editable install.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_REPOSITORY = Path(__file__).resolve().parent.parent


def shipped(name: str) -> Path:
    """The folder ``name`` (``templates`` or ``schemas``) as a real directory.

    WeasyPrint, Jinja and fontconfig need file-system paths; a wheel installed by
    pip or pipx is always unpacked, so its package data is a directory."""
    packaged = files("generator") / name
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged.resolve()
    return _REPOSITORY / name


TEMPLATES = shipped("templates")
SCHEMAS = shipped("schemas")
