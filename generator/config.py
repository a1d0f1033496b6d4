"""``studyguide.toml``: a catalogue's settings, in the folder that holds ``content/``.

A publisher names a theme there (:mod:`generator.render.theme`) and raises the limits
(:mod:`generator.limits`). The file is shared material like the guides: it is read as
data, and every mistake in it is a content error at its line.
"""

from __future__ import annotations

import os
import re
import stat
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
    text = _read_own_file(config)
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


#: A catalogue's settings are a few lines; anything larger is a mistake or an attack.
MAX_CONFIG_BYTES = 64 * 1024


def _read_own_file(config: Path) -> str:
    # Shared material: a link to a file elsewhere (or a device, or a huge file) is not
    # the catalogue's own settings, so it is refused before a byte of it is read.
    if config.resolve().parent != config.parent.resolve():
        raise ContentError.at(config, None, "is a link to a file outside its catalogue: replace it with a real file")
    info = os.stat(config)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CONFIG_BYTES:
        raise ContentError.at(
            config, None, f"must be a plain text file of at most {MAX_CONFIG_BYTES // 1024} KB: replace it"
        )
    try:
        return config.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentError.at(config, None, "is not UTF-8 text: save it as UTF-8") from None
