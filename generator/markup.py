"""Markdown to safe HTML.

Authors write Markdown (with tables, footnotes and definition lists). Raw HTML
inside it is reduced to a documented safe subset by nh3: no scripts, forms,
frames, styles or event attributes. Images must be files inside the guide's
own folder; anything else is a content error that names the line.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import nh3

from generator.errors import ContentError

#: The HTML an author may use inside Markdown. Everything else is removed.
SAFE_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "u", "s",
    "sub", "sup", "small", "mark", "abbr", "q", "cite", "code", "pre", "kbd", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
    "caption", "a", "img", "span", "div", "figure", "figcaption",
}
SAFE_ATTRIBUTES = {
    "*": {"class", "id", "lang", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}
MAX_IMAGE_BYTES = 10 * 1024 * 1024

_IMG_SRC = re.compile(r'<img\b[^>]*?\bsrc="([^"]*)"', re.IGNORECASE)
_HEADING = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)


class MarkdownRenderer:
    """Turns Markdown into sanitised HTML; one instance renders a whole guide so
    footnote ids stay unique across sections."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(
            extensions=["tables", "footnotes", "def_list", "sane_lists", "smarty"],
            extension_configs={"footnotes": {"UNIQUE_IDS": True, "BACKLINK_TEXT": ""}},
            output_format="html",
        )

    def render(self, text: str, *, path: Path, first_line: int, root: Path, top_level: int = 2) -> str:
        """Render ``text`` (found in ``path`` from ``first_line`` on) to safe HTML whose
        headings start at ``<h{top_level}>``; images are checked against ``root``."""
        html = self._md.reset().convert(text)
        html = nh3.clean(
            html,
            tags=SAFE_TAGS | {"h1"},
            attributes=SAFE_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        )
        html = _shift_headings(html, top_level)
        for src in _IMG_SRC.findall(html):
            image = resolve_image(src, root)
            if isinstance(image, str):
                raise ContentError.at(path, _line_of(text, src, first_line), image)
        return _IMG_SRC.sub(lambda m: m.group(0).replace(m.group(1), resolve_image(m.group(1), root).as_uri()), html)

    def inline(self, text: str | None) -> str:
        """Render a short text (a timeline detail, an FAQ answer) without images."""
        if not text:
            return ""
        html = self._md.reset().convert(text)
        return nh3.clean(html, tags=SAFE_TAGS - {"img"}, attributes=SAFE_ATTRIBUTES,
                         url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer")


def resolve_image(src: str, root: Path) -> Path | str:
    """The image file ``src`` names inside ``root``, or a message saying why it is refused."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc:
        return (f"image '{src}' is not a file of this guide: only images inside the guide's "
                "folder may be used (no web addresses or absolute paths)")
    relative = unquote(parts.path)
    if relative.startswith("/"):
        return f"image '{src}' is an absolute path: use a path relative to the guide's folder"
    target = (root / relative).resolve()
    if not target.is_relative_to(root.resolve()):
        return f"image '{src}' points outside the guide's folder: copy it into the folder"
    if not target.is_file():
        return f"image '{src}' does not exist in the guide's folder"
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        return f"image '{src}' is not an image file ({', '.join(sorted(IMAGE_SUFFIXES))})"
    if target.stat().st_size > MAX_IMAGE_BYTES:
        return f"image '{src}' is larger than {MAX_IMAGE_BYTES // 1048576} MB: make it smaller"
    return target


def _shift_headings(html: str, top_level: int) -> str:
    levels = [int(level) for _, level in _HEADING.findall(html)]
    if not levels:
        return html
    shift = max(0, top_level - min(levels))
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}", html)


def _line_of(text: str, needle: str, first_line: int) -> int:
    index = text.find(needle)
    if index < 0:
        index = text.find(unquote(needle))
    return first_line + (text.count("\n", 0, index) if index >= 0 else 0)
