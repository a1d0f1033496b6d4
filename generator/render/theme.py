"""Themes: a school's or a publisher's look, without forking the templates.

A theme is a folder laid out like ``templates/``: ``base.html.j2``,
``partials/*.html.j2``, ``css/*.css``, ``fonts/*``. Each file it has replaces the
built-in file of the same name; everything else comes from the built-in theme.
``css/theme.css`` (empty in the built-in theme) is read after the other
stylesheets, so a theme that changes only colours and typefaces needs only that
file and its fonts. See docs/themes.md.

A guide's theme is ``--theme DIR`` on the command line or, failing that,
``theme = "DIR"`` in ``studyguide.toml`` in the folder that holds ``content/``
(a path relative to that file).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from generator.config import catalogue_config, key_line, read_config
from generator.errors import ContentError
from generator.resources import TEMPLATES


def layers(theme: Path | None) -> list[Path]:
    """The folders a template, stylesheet or font is looked up in, first match wins."""
    return [Path(theme).resolve(), TEMPLATES] if theme else [TEMPLATES]


#: What a theme folder may hold: the layout of ``templates/`` (docs/themes.md).
THEME_ENTRIES = ("base.html.j2", "partials", "css", "fonts", "images")
#: Files in one theme: more is a folder that is no theme (the built-in templates have 40).
MAX_THEME_FILES = 500
#: Folders that are the system's view of itself, never a theme (reading them can hang).
_SYSTEM = tuple(Path(name) for name in ("/proc", "/sys", "/dev"))


def find(relative: str, theme: Path | None) -> Path:
    """The file ``relative`` (e.g. ``css/print.css``) from the theme, else the built-in one;
    a file that is a link leading out of its folder, or no regular file, is never served."""
    for folder in layers(theme):
        candidate = folder / relative
        if candidate.is_file() and candidate.resolve().is_relative_to(folder.resolve()):
            return candidate
    return TEMPLATES / relative


def checked(
    theme: Path,
    source: Path | None = None,
    line: int | None = None,
    written: str | None = None,
    within: Path | None = None,
) -> Path:
    """``theme`` as an absolute folder, checked to be a theme; a content error (at ``source``,
    naming the folder as ``written`` there) if it is no folder, lies outside ``within`` (the
    catalogue that names it), or is not laid out as a theme."""
    where = source or Path(theme)
    name = written or str(theme)

    def refuse(why: str) -> ContentError:
        return ContentError.at(where, line, f"the theme folder '{name}' {why}")

    try:
        if not Path(theme).is_dir():
            raise refuse("does not exist: give the path of a folder")
        folder = Path(theme).resolve(strict=True)
    except (OSError, RuntimeError):
        raise refuse("cannot be read: give the path of a folder") from None
    if folder == Path(folder.anchor) or any(folder.is_relative_to(system) for system in _SYSTEM):
        raise refuse("is a system folder, not a theme: give the path of a theme's folder")
    if within is not None and not folder.is_relative_to(Path(within).resolve()):
        raise refuse("lies outside the catalogue that names it: copy the theme into the catalogue")
    # An empty folder is a theme that changes nothing; a full one must look like a theme.
    if next(folder.iterdir(), None) and not any((folder / entry).exists() for entry in THEME_ENTRIES):
        raise refuse(f"is not a theme: it has none of {', '.join(THEME_ENTRIES)} (see docs/themes.md)")
    theme_files(folder, where, line, name)  # a folder of thousands of files is no theme
    return folder


def theme_files(
    theme: Path, source: Path | None = None, line: int | None = None, written: str | None = None
) -> list[Path]:
    """Every regular file of the theme, in a stable order, without following any link out of
    it (a link to ``/proc/self/pagemap`` must never be read); refused when there are more
    than :data:`MAX_THEME_FILES`."""
    root = Path(theme).resolve()
    found: list[Path] = []
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.name == "__pycache__":
                continue
            path = Path(entry.path)
            try:
                info = path.stat()
                inside = path.resolve().is_relative_to(root)
            except (OSError, RuntimeError):
                continue
            if not inside:
                continue
            if stat.S_ISDIR(info.st_mode) and not entry.is_symlink():
                pending.append(path)
            elif stat.S_ISREG(info.st_mode):
                found.append(path)
            if len(found) > MAX_THEME_FILES:
                raise ContentError.at(
                    source or root,
                    line,
                    f"the theme folder '{written or theme}' holds more than {MAX_THEME_FILES} files: "
                    "a theme holds templates, stylesheets and fonts only",
                )
    return sorted(found)


def catalogue_theme(guides: list[Path]) -> Path | None:
    """The theme named in the ``studyguide.toml`` beside the guides' ``content/`` folder, if any.

    Guides from catalogues with different themes cannot share one build command."""
    found: dict[Path | None, Path] = {}
    for guide in guides:
        config = catalogue_config(guide)
        found.setdefault(_theme_in(config) if config.is_file() else None, config)
    if len(found) > 1:
        names = ", ".join(str(config) for config in found.values())
        raise ContentError.at(
            Path(guides[0]),
            None,
            f"these guides belong to catalogues with different themes ({names}): build them apart",
        )
    return next(iter(found), None)


def _theme_in(config: Path) -> Path | None:
    data, text = read_config(config)
    theme = data.get("theme")
    if theme is None:
        return None
    line = key_line(text, "theme")
    if not isinstance(theme, str) or not theme.strip():
        raise ContentError.at(config, line, 'theme must be a folder path in quotes, e.g. theme = "themes/school"')
    return checked(config.parent / theme, config, line, theme, within=config.parent)
