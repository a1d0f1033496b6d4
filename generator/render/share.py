"""The HTML written beside the PDF (``output/<slug>.html``), made to work anywhere:
moved to another folder, mailed, opened on a machine without the generator.

The HTML that WeasyPrint typesets refers to its stylesheets, fonts and images by
``file:`` URLs into the templates and the guide's folder. The shareable copy has
every stylesheet inlined in a ``<style>`` element (``@import`` resolved, a theme's
file winning over the built-in one exactly as in the PDF) and every image, the
guide's and the stylesheets', as a ``data:`` URL.

Fonts are *not* embedded: the ``@font-face`` rules are dropped and the reader's
system fonts are used, through the fallbacks the font stacks in ``print.css`` name
(Source Serif/Sans when installed, then Georgia, Segoe UI, Helvetica, the CJK system
faces …). Embedding the bundled fonts would add 14 MB to every file (the two
Noto Sans JP weights alone are 11 MB), and subsetting them per guide would cost
seconds per build; the PDF is the document that must look exact, the HTML is for
reading on a screen, where system fonts read well.
"""

from __future__ import annotations

import base64
import html as markup
import mimetypes
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.render.theme import find, layers
from generator.resources import TEMPLATES

_LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
_IMG = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]+)(")')
_IMPORT = re.compile(r"""@import\s+url\(\s*["']?([^"')]+)["']?\s*\)\s*;""")
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}\s*")
_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")


def shareable_html(html: str, guide_root: Path, theme: Path | None = None) -> str:
    """``html`` with its stylesheets and images inside it, and no ``file:`` URL left."""
    guide_root = Path(guide_root).resolve()

    def stylesheet(match: re.Match[str]) -> str:
        logical = _logical(markup.unescape(match.group(1)))
        return f"<style>\n{_css(logical, theme, set())}</style>" if logical else ""

    def image(match: re.Match[str]) -> str:
        path = _file(markup.unescape(match.group(2)))
        allowed = path is not None and path.is_file() and path.is_relative_to(guide_root)
        return match.group(1) + (_data_url(path) if allowed and path else "") + match.group(3)

    return _IMG.sub(image, _LINK.sub(stylesheet, html))


def _css(logical: str, theme: Path | None, seen: set[str]) -> str:
    """The stylesheet at ``logical`` (a path inside the templates, e.g. ``css/print.css``)
    with its imports inlined, its fonts dropped and its images made ``data:`` URLs."""
    if logical in seen:  # an import cycle: each sheet once
        return ""
    seen.add(logical)
    folder = Path(logical).parent
    sheet = find(logical, theme)
    if not sheet.is_file():  # an import of something else than a stylesheet of the theme or the templates
        return ""
    text = _FONT_FACE.sub("", sheet.read_text(encoding="utf-8"))
    text = _IMPORT.sub(lambda m: _css(_join(folder, m.group(1)), theme, seen), text)

    def url(match: re.Match[str]) -> str:
        target = match.group(1)
        if urlsplit(target).scheme:  # data: and the like stay as they are
            return match.group(0)
        path = find(_join(folder, target), theme)
        inside = path.is_file() and any(path.resolve().is_relative_to(layer) for layer in layers(theme))
        return f'url("{_data_url(path)}")' if inside else "none"

    return _URL.sub(url, text)


def _join(folder: Path, reference: str) -> str:
    """A reference relative to a stylesheet's folder, as a path inside the templates."""
    parts: list[str] = []
    for part in (folder / unquote(reference)).as_posix().split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def _file(url: str) -> Path | None:
    parts = urlsplit(url)
    return Path(unquote(parts.path)).resolve() if parts.scheme == "file" else None


def _logical(url: str) -> str | None:
    """A built-in stylesheet's URL as a path inside the templates (None if it is not one)."""
    path = _file(url)
    if path is None or not path.is_relative_to(TEMPLATES.resolve()):
        return None
    return path.relative_to(TEMPLATES.resolve()).as_posix()


def _data_url(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"
