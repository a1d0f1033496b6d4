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

from pathlib import Path

from generator.config import catalogue_config, key_line, read_config
from generator.errors import ContentError
from generator.resources import TEMPLATES


def layers(theme: Path | None) -> list[Path]:
    """The folders a template, stylesheet or font is looked up in, first match wins."""
    return [Path(theme).resolve(), TEMPLATES] if theme else [TEMPLATES]


def find(relative: str, theme: Path | None) -> Path:
    """The file ``relative`` (e.g. ``css/print.css``) from the theme, else the built-in one."""
    for folder in layers(theme):
        if (folder / relative).is_file():
            return folder / relative
    return TEMPLATES / relative


def checked(theme: Path, source: Path | None = None, line: int | None = None, written: str | None = None) -> Path:
    """``theme`` as an absolute folder; a content error (at ``source``, naming the folder as
    ``written`` there) if it is no folder."""
    if not Path(theme).is_dir():
        where = source or Path(theme)
        name = written or theme
        raise ContentError.at(where, line, f"the theme folder '{name}' does not exist: give the path of a folder")
    return Path(theme).resolve()


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
    return checked(config.parent / theme, config, line, theme)
