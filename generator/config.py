"""``studyguide.toml``: a catalogue's settings, in the folder that holds ``content/``.

A publisher names a theme there (:mod:`generator.render.theme`) and raises the limits
(:mod:`generator.limits`). The file is shared material like the guides: it is read as
data, and every mistake in it is a content error at its line.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from generator.errors import ContentError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG = "studyguide.toml"


def catalogue_config(guide: Path) -> Path:
    """Where the settings of the catalogue that holds the guide folder ``guide`` are
    (``<catalogue>/content/<slug>`` → ``<catalogue>/studyguide.toml``)."""
    return Path(guide).resolve().parent.parent / CONFIG


def read_config(config: Path) -> tuple[dict[str, Any], str]:
    """The settings in ``config`` and its text (for line numbers); a content error if it is no valid TOML."""
    text = config.read_text(encoding="utf-8")
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        # The line is in the message ("… (at line 2, column 9)"), or the error is at the very end.
        found = re.search(r"at line (\d+)", str(exc))
        line = int(found.group(1)) if found else len(text.splitlines()) or None
        raise ContentError.at(config, line, f"is not valid TOML ({exc}): fix the line or delete the file") from None


def key_line(text: str, key: str, table: str | None = None) -> int | None:
    """The line where ``key`` is set (inside ``[table]`` when one is given), else the
    table's header, else None."""
    current: str | None = None
    header: int | None = None
    for number, row in enumerate(text.splitlines(), 1):
        stripped = row.strip()
        if stripped.startswith("["):
            current = stripped.strip("[] ")
            if current == table:
                header = number
            continue
        if current == table and re.match(rf"[\"']?{re.escape(key)}[\"']?\s*=", stripped):
            return number
    return header
