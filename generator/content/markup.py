"""Markdown to safe HTML.

Authors write Markdown (with tables, footnotes and definition lists). Raw HTML
inside it is reduced to a documented safe subset by nh3: no scripts, forms,
frames, styles or event attributes (docs/sandbox.md lists what remains).
Images must be real image files inside the guide's own folder (checked by
:mod:`generator.content.images`); anything else is a content error that names the line.
An image without alt text is a warning.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import nh3

from generator.content.figures import figures_to_html
from generator.content.images import FORMATS, MAX_GUIDE_PIXELS, ImageError, check_image
from generator.cputime import OutOfTime, cpu_clock, time_limit
from generator.errors import ContentError, Problem, shorten
from generator.limits import DEFAULTS, active
from generator.resources import TEMPLATES

#: The HTML an author may use inside Markdown. Everything else is removed.
SAFE_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "small",
    "mark",
    "abbr",
    "q",
    "cite",
    "code",
    "pre",
    "kbd",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "a",
    "img",
    "span",
    "div",
    "figure",
    "figcaption",
}
SAFE_ATTRIBUTES = {
    "*": {"class", "id", "lang", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
#: Elements removed together with their content: what is inside them is code or
#: fallback text, never part of the guide.
DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "noscript",
    "template",
    "textarea",
    "select",
    "title",
}
#: Where a link may point. Links are never fetched, but a file: link in a PDF
#: would point into the reader's own disk.
LINK_SCHEMES = {"http", "https", "mailto"}
#: Schemes the sanitiser passes on to the filters, which refuse them by name. (The
#: sanitiser drops an address of any other scheme itself, without a word; an image
#: that lost its address that way is still reported, without the address.)
SEEN_SCHEMES = LINK_SCHEMES | {"file", "data", "ftp", "ftps", "sftp", "gopher", "javascript", "vbscript", "blob"}
#: A table cell may span at most this many rows or columns: no printed page holds
#: more, and a cell spanning 100,000,000 columns made the layout engine run for minutes.
MAX_SPAN = DEFAULTS.table_span
IMAGE_SUFFIXES = set(FORMATS)
#: WeasyPrint overflows its stack near 150 nested boxes; the templates add a few levels.
MAX_HTML_DEPTH = DEFAULTS.html_depth
#: The CPU timer counts in ticks of a few milliseconds: a budget smaller than this is none left.
_LEAST_SECONDS = 0.02

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r'\b(src|alt)="([^"]*)"', re.IGNORECASE)
_HEADING = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = {"br", "hr", "img", "wbr", "col", "area", "input", "meta", "link", "source"}


@lru_cache(maxsize=1)
def reserved_ids() -> tuple[frozenset[str], tuple[str, ...]]:
    """The ids the booklet's templates give their own parts ('timeline', 'contents' …)
    and the prefixes of those they number ('section-', 'event-' …). A content element
    with one of them would capture the booklet's own links (the contents' page numbers)."""
    found = re.findall(r'\bid="([^"{]*)(\{\{)?', "".join(p.read_text("utf-8") for p in TEMPLATES.rglob("*.j2")))
    return frozenset(name for name, numbered in found if not numbered), tuple(
        sorted({name for name, numbered in found if numbered})
    )


def _reserved(value: str) -> bool:
    names, prefixes = reserved_ids()
    return value.strip() in names or value.strip().startswith(prefixes)


#: Markdown already converted, by its text; None while off. A warm process (the watch)
#: turns it on with :func:`remember_converted`, so a save converts again only the texts
#: it changed. A text with a footnote is never kept: the footnotes' ids are numbered
#: through the guide (UNIQUE_IDS), so its HTML depends on the conversions before it.
_converted: dict[str, str] | None = None
_CONVERTED_MAX = 5000  # texts (a guide has a few hundred); past that the memory starts again


@contextmanager
def remember_converted() -> Iterator[None]:
    """Within this block, reuse the HTML of a Markdown text already converted."""
    global _converted
    _converted = {}
    try:
        yield
    finally:
        _converted = None


class MarkdownRenderer:
    """Turns Markdown into sanitised HTML; one instance renders a whole guide so
    footnote ids stay unique across sections. Warnings (images without alt text)
    accumulate in :attr:`warnings`."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(
            extensions=["tables", "footnotes", "def_list", "sane_lists", "smarty"],
            extension_configs={"footnotes": {"UNIQUE_IDS": True, "BACKLINK_TEXT": ""}},
            output_format="html",
        )
        self.warnings: list[Problem] = []
        # Python-Markdown needs quadratic time on some inputs (thousands of unclosed '[',
        # '<' or '`'): past its CPU budget a text is refused instead of hanging the build,
        # and past the guide's, so that many slow texts cannot add up to a hang.
        self._limits = active().limits
        self._seconds_left = self._limits.guide_markdown_seconds
        self._pixels: dict[Path, int] = {}  # each image file of the guide, counted once

    def render(self, text: str, *, path: Path, first_line: int, root: Path, top_level: int = 3) -> str:
        """Render ``text`` (found in ``path`` from ``first_line`` on) to safe HTML whose
        headings start at ``<h{top_level}>``; images are checked against ``root``."""
        text, figure_errors = figures_to_html(text)
        if figure_errors:
            raise ContentError([Problem(path, first_line + error.line, error.message) for error in figure_errors])
        try:
            html = self._convert(text)
        except OutOfTime:
            whole_guide = self._seconds_left < _LEAST_SECONDS
            name = "guide_markdown_seconds" if whole_guide else "markdown_seconds"
            limit = getattr(self._limits, name)
            raise ContentError.at(
                path,
                first_line,
                (
                    f"converting {'the guide' if whole_guide else 'this Markdown'} took over "
                    f"{limit:g} s of CPU time: it has long runs of unclosed '[', '<' or '`'; escape them with "
                    f"a backslash (\\[) or split the text, {active().how_to_raise(name, limit * 2)}"
                ),
            ) from None
        except RecursionError:
            raise ContentError.at(
                path, first_line, "the Markdown is nested too deeply (lists or quotes inside each other): flatten it"
            ) from None
        images = _ImagePolicy(root, self._pixels)
        html = nh3.clean(
            html,
            tags=SAFE_TAGS | {"h1"},
            attributes=SAFE_ATTRIBUTES,
            url_schemes=SEEN_SCHEMES,
            link_rel="noopener noreferrer",
            clean_content_tags=DROPPED_WITH_CONTENT,
            attribute_filter=images.filter,
        )
        problems = [_image_problem(problem, path, text, first_line) for problem in images.problems]
        problems += [Problem(path, _line_of(text, needle, first_line), message) for needle, message in images.refused]
        if sum(" src=" not in tag for tag in _IMG.findall(html)) > len(images.problems):
            problems.append(
                Problem(
                    path,
                    _line_of(text, "![", first_line),
                    "an image's address is not a path to a file: use "
                    "a path inside the guide's folder, e.g. images/map.png",
                )
            )
        if problems:
            raise ContentError(problems)
        total = sum(self._pixels.values())
        if total > MAX_GUIDE_PIXELS:
            raise ContentError.at(
                path,
                first_line,
                f"the guide's images have {total / 1e6:.0f} megapixels in all, up to this section; at most "
                f"{MAX_GUIDE_PIXELS // 1_000_000} print in reasonable time: scale the largest ones down "
                "(300 dpi at their printed size is enough)",
            )
        depth = _depth(html)
        if depth > MAX_HTML_DEPTH:
            raise ContentError.at(
                path,
                first_line,
                f"the text is nested {depth} levels deep (lists, quotes "
                f"or HTML inside each other); at most {MAX_HTML_DEPTH} print well: flatten it",
            )
        for tag in _IMG.findall(html):
            attrs = {name.lower(): value for name, value in _ATTR.findall(tag)}
            if not attrs.get("alt", "").strip():
                src = images.written.get(attrs.get("src", ""), "")
                self.warnings.append(
                    Problem(
                        path,
                        _line_of(text, src, first_line),
                        (
                            f"image '{src}' has no alt text: describe it in the brackets, "
                            "e.g. ![Map of Manchuria, 1939](images/map.png), for readers who cannot see it"
                        ),
                    )
                )
        return _shift_headings(html, top_level)

    def inline(self, text: str | None) -> str:
        """Render a short text (a timeline detail, an FAQ answer) without images."""
        if not text:
            return ""
        try:
            html = nh3.clean(
                self._convert(text),
                tags=SAFE_TAGS - {"img"},
                attributes=SAFE_ATTRIBUTES,
                url_schemes=LINK_SCHEMES,
                link_rel="noopener noreferrer",
                clean_content_tags=DROPPED_WITH_CONTENT,
                attribute_filter=_bounded,
            )
        except (OutOfTime, RecursionError):
            html = ""
        if not html and text.strip() or _depth(html) > MAX_HTML_DEPTH:
            # Degenerate text that Markdown cannot convert in time, or that nests too
            # deep to lay out, prints as it was written.
            return f"<p>{_html.escape(text)}</p>"
        return html

    def _convert(self, text: str) -> str:
        remembered = _converted if "[^" not in text else None
        if remembered is not None and text in remembered:
            # Reset as a conversion does: it numbers the footnotes of the texts after this one.
            self._md.reset()
            return remembered[text]
        html = self._convert_now(text)
        if remembered is not None:
            if len(remembered) >= _CONVERTED_MAX:
                remembered.clear()
            remembered[text] = html
        return html

    def _convert_now(self, text: str) -> str:
        budget = min(self._limits.markdown_seconds, self._seconds_left)
        if budget < _LEAST_SECONDS:
            raise OutOfTime()
        clock = cpu_clock()
        started = clock()
        try:
            with time_limit(budget):
                html: str = self._md.reset().convert(text)
                return html
        finally:
            self._seconds_left -= clock() - started


def _bounded(tag: str, attribute: str, value: str) -> str | None:
    """The attribute filter of short texts (FAQ answers, timeline details), which have no
    line to report at: a span is capped, a reserved id or a link elsewhere dropped."""
    if attribute in ("colspan", "rowspan"):
        return str(min(_span(value), MAX_SPAN))
    if attribute == "id" and _reserved(value):
        return None
    if tag == "a" and attribute == "href":
        return value if value.startswith("#") or urlsplit(value).scheme.lower() in LINK_SCHEMES else None
    return value


def _span(value: str) -> int:
    """A colspan/rowspan as the browser reads it: leading digits, 1 when there are none."""
    digits = re.match(r"\s*([0-9]{1,12})", value)
    return int(digits.group(1)) if digits else 1


class _ImagePolicy:
    """An nh3 attribute filter: checks every image, keeps only web links, bounds table
    spans and ids, and records what it refused."""

    def __init__(self, root: Path, pixels: dict[Path, int]) -> None:
        self.root = root
        self.pixels = pixels
        self.problems: list[tuple[str, str | ImageError, Path | None]] = []
        self.refused: list[tuple[str, str]] = []  # (text to find the line by, message)
        self.written: dict[str, str] = {}  # file URI written into the HTML → src as the author wrote it

    def filter(self, tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            found = resolve_image(value, self.root)
            if isinstance(found, Path):
                try:
                    self.pixels[found] = check_image(found)
                except ImageError as exc:
                    self.problems.append((value, exc, found))
                    return None
                self.written[found.as_uri()] = value
                return found.as_uri()
            self.problems.append((value, found, None))
            return None
        if attribute in ("colspan", "rowspan") and _span(value) > MAX_SPAN:
            kind = "columns" if attribute == "colspan" else "rows"
            self.refused.append(
                (value, f"a table cell spans {_span(value):,} {kind} ({attribute}); at most {MAX_SPAN} fit a page")
            )
            return None
        if attribute == "id" and _reserved(value):
            self.refused.append(
                (
                    f'id="{value}',
                    f"id '{value}' is the booklet's own (its contents link to it): choose another, e.g. 'my-{value}'",
                )
            )
            return None
        return _bounded(tag, attribute, value)


def resolve_image(src: str, root: Path) -> Path | str:
    """The image file ``src`` names inside ``root``, or a message saying why it is refused."""
    parts = urlsplit(src)
    shown = shorten(src)
    if parts.scheme.lower() == "data":
        return (
            f"image '{shown}' is embedded in the text: save the picture as a file in the "
            "guide's folder (e.g. images/map.png) and use its path"
        )
    if parts.scheme or parts.netloc:
        return (
            f"image '{shown}' is not a file of this guide: only images inside the guide's "
            "folder may be used (no web addresses or absolute paths)"
        )
    relative = unquote(parts.path)
    if relative.startswith("/"):
        return f"image '{src}' is an absolute path: use a path relative to the guide's folder"
    # resolve() follows '..' and symlinks, so neither can lead outside.
    target = (root / relative).resolve()
    if not target.is_relative_to(root.resolve()):
        return f"image '{src}' points outside the guide's folder: copy it into the folder"
    if not target.is_file():
        return f"image '{src}' does not exist in the guide's folder"
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        return f"image '{src}' is not an image file ({', '.join(sorted(IMAGE_SUFFIXES))})"
    return target


def _image_problem(problem: tuple, path: Path, text: str, first_line: int) -> Problem:
    src, error, image = problem
    if isinstance(error, ImageError) and error.line is not None:
        return Problem(image, error.line, f"this SVG image {error}")  # the fault is inside the SVG
    message = f"image '{src}' {error}" if isinstance(error, ImageError) else error
    return Problem(path, _line_of(text, src, first_line), message)


def _depth(html: str) -> int:
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(html):
        if name.lower() in _VOID or self_closing:
            continue
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    return deepest


def _shift_headings(html: str, top_level: int) -> str:
    levels = [int(level) for _, level in _HEADING.findall(html)]
    if not levels:
        return html
    # the author's top level becomes top_level whichever way: a guide's headings never skip one
    shift = top_level - min(levels)
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{max(1, min(6, int(m.group(2)) + shift))}", html)


def _line_of(text: str, needle: str, first_line: int) -> int:
    index = text.find(needle)
    if index < 0:
        index = text.find(unquote(needle))
    return first_line + (text.count("\n", 0, index) if index >= 0 else 0)
