"""A theme's files checked before anything is rendered with them: links, stylesheets, fonts.

The PDF's fetcher (:mod:`generator.render.pdf`) refuses every resource outside the
guide, the theme and the built-in templates whatever happens here; this check says
*where* the theme went wrong, at the stylesheet's line, before a build starts:

- a link in the theme that leads outside it;
- a stylesheet's ``url(…)`` or ``@import`` that names a web address, an absolute
  path or a ``file:`` URL, leads out with ``..``, or names a file that does not exist;
- a font that is not a font (a ZIP renamed ``.ttf``) or is cut short: the typesetter
  would drop it without a word and print in another face.
"""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.errors import ContentError, Problem, shorten
from generator.render.theme import find, theme_files

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".woff", ".woff2")
#: The first four bytes of each font format: TrueType, OpenType (CFF), Apple, collections, WOFF 1 and 2.
_FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf", b"wOFF", b"wOF2")
_REFERENCE = re.compile(r"""@import\s+(?:url\(\s*)?["']?([^"')\s;]+)|url\(\s*["']?([^"')]*)["']?\s*\)""", re.IGNORECASE)


def check_theme(theme: Path) -> None:
    """Raise a :class:`ContentError` listing every problem in the theme's files."""
    root = Path(theme).resolve()
    problems = _links_out(root)
    for path in theme_files(root):
        if path.suffix.lower() == ".css":
            problems += _stylesheet_problems(path, root)
        elif path.suffix.lower() in FONT_SUFFIXES:
            problem = _font_problem(path)
            if problem:
                problems.append(Problem(path, None, problem))
    if problems:
        raise ContentError(problems)


def _links_out(root: Path) -> list[Problem]:
    problems: list[Problem] = []
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            path = Path(folder, name)
            if path.is_symlink():
                try:
                    inside = path.resolve().is_relative_to(root)
                except (OSError, RuntimeError):
                    inside = False
                if not inside:
                    problems.append(
                        Problem(path, None, "is a link that leads outside the theme: copy the file into the theme")
                    )
        dirs[:] = [name for name in dirs if not Path(folder, name).is_symlink()]
    return problems


def _stylesheet_problems(path: Path, root: Path) -> list[Problem]:
    problems = []
    folder = path.parent.relative_to(root)
    with path.open("rb") as handle:
        text = handle.read(1024 * 1024).decode("utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), 1):
        for match in _REFERENCE.finditer(line):
            reference = (match.group(1) or match.group(2) or "").strip()
            why = _refused(reference, folder, root)
            if why:
                problems.append(Problem(path, number, f"'{shorten(reference)}' {why}"))
    return problems


def _refused(reference: str, folder: Path, root: Path) -> str | None:
    """Why a stylesheet may not use ``reference``, or None."""
    if not reference or reference.startswith("#"):
        return None
    parts = urlsplit(reference)
    if parts.scheme == "data":
        return None
    if parts.scheme or reference.startswith(("/", "\\")):
        return (
            "is a web address, an absolute path or a file: URL: a theme may use only its own files "
            "and the built-in ones, by a relative path such as '../fonts/MySerif.ttf'"
        )
    logical: list[str] = []
    for part in (folder / unquote(parts.path)).as_posix().split("/"):
        if part == "..":
            if not logical:
                return "leads outside the theme with '..': use a file inside the theme"
            logical.pop()
        elif part not in ("", "."):
            logical.append(part)
    if not find("/".join(logical), root).is_file():
        return "does not exist in the theme or among the built-in templates"
    return None


def _font_problem(path: Path) -> str | None:
    """Why ``path`` is not a usable font file, or None."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(12)
        magic = head[:4]
        if magic not in _FONT_MAGIC:
            kind = "a ZIP archive" if magic == b"PK\x03\x04" else "not a font"
            return f"is {kind}, not a TrueType, OpenType or WOFF font: replace it with the font file itself"
        if magic in (b"wOFF", b"wOF2"):
            declared = struct.unpack(">I", handle.read(4))[0] if len(head) >= 12 else 0
            return _cut_short(size, declared)
        if magic == b"ttcf" or len(head) < 12:
            return None if len(head) >= 12 else _cut_short(size, 12)
        tables = struct.unpack(">H", head[4:6])[0]
        directory = handle.read(16 * tables)
    if len(directory) < 16 * tables:
        return _cut_short(size, 12 + 16 * tables)
    end = max((offset + length for _tag, _sum, offset, length in struct.iter_unpack(">4sIII", directory)), default=0)
    return _cut_short(size, end)


def _cut_short(size: int, needed: int) -> str | None:
    if size >= needed:
        return None
    return f"is cut short ({size:,} of at least {needed:,} bytes): copy the whole font file again"
