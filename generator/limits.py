"""Every limit on what one guide may hold and cost, in one table.

The limits stop hostile or broken input (a file of a million unclosed brackets, a cell
spanning a hundred million columns), never real work: each is far above what a real
guide needs, and the times count CPU time, so a busy machine or a laptop whose lid was
closed mid-build refuses nothing. A publisher whose guides are larger raises the
raisable ones for a whole catalogue in ``studyguide.toml``::

    [limits]
    pages = 800
    layout_seconds = 240

The others guard the parsers and the layout engine themselves (a stack overflow, a
decompression bomb) and are fixed. docs/sandbox.md explains each.

A build runs inside :func:`building`, which makes the catalogue's limits and the
product being made the ones :func:`active` returns to the stages that check them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from generator.config import CONFIG, catalogue_config, key_line, read_config
from generator.errors import ContentError, display_path

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The limits of one build. Times are CPU seconds of the process doing the work."""

    # Raisable in studyguide.toml's [limits] (RAISABLE).
    #: Pages of one PDF. Laying out the 400th page of the largest guide takes 0.08 s of CPU here.
    pages: int = 400
    #: Laying out one document: 400 pages at 0.08 s each is 32 s here; three times
    #: slower a machine needs 96 s; the margin over that is for heavier pages.
    layout_seconds: float = 120.0
    #: Converting one Markdown text (some inputs need quadratic time) ...
    markdown_seconds: float = 10.0
    #: ... and all of a guide's texts, so that many slow texts cannot add up to a hang.
    guide_markdown_seconds: float = 20.0
    #: All content files of one guide together (the default guide has 84 KB).
    guide_bytes: int = 2 * _MB
    #: Entries in one list file: timeline events, glossary terms, questions …
    entries: int = 1000

    # Fixed: they protect the parsers and the layout engine, whatever the guide.
    #: One YAML or Markdown file: parsing 1 MB of YAML already takes about 10 s.
    text_bytes: int = 1 * _MB
    #: YAML nesting: thousands of '[' would exhaust the stack.
    yaml_nesting: int = 40
    #: YAML values once aliases are expanded: stops "billion laughs".
    yaml_values: int = 200_000
    #: Nesting of a section's HTML: the layout engine overflows its stack near 150 boxes.
    html_depth: int = 30
    #: A table cell's colspan or rowspan: no printed page holds more.
    table_span: int = 50
    #: One image file.
    image_bytes: int = 10 * _MB
    #: One image's pixels, read from its header, so that a decompression bomb is never decoded.
    image_pixels: int = 40_000_000
    #: All images of a guide: the renderer decodes them all.
    guide_pixels: int = 100_000_000
    #: An SVG's drawn elements, every <use> expanded.
    svg_elements: int = 20_000
    #: One template file of a theme (the largest built-in one has 6 KB).
    template_bytes: int = 256 * 1024
    #: Characters (or items) in one value a template makes: a string, a list.
    template_value: int = 2_000_000
    #: A number a template passes to a filter or a method (``center(10**9)``).
    template_number: int = 1_000_000
    #: Characters of one rendered document (the default guide's HTML has 0.4 MB).
    template_output: int = 32 * _MB
    #: Rendering one document's templates (the default guide takes 0.1 s).
    template_seconds: float = 10.0


#: What a publisher may set in studyguide.toml's [limits].
RAISABLE = ("pages", "layout_seconds", "markdown_seconds", "guide_markdown_seconds", "guide_bytes", "entries")


#: The limits of every build whose catalogue sets none.
DEFAULTS = Limits()


@dataclass(frozen=True)
class Active:
    """The limits in force, the product being made and where to raise them."""

    limits: Limits = DEFAULTS
    product: str = "the guide"  # what is being made, as a message names it
    config: Path | None = None  # the catalogue's studyguide.toml, whether or not it exists

    def how_to_raise(self, name: str, suggested: float) -> str:
        """The sentence that says how to raise limit ``name``, e.g. to ``suggested``."""
        where = display_path(self.config) if self.config else CONFIG
        value = f"{suggested:g}" if isinstance(suggested, float) else str(suggested)
        return f"or, for longer guides, raise the limit in {where}: [limits] {name} = {value}"


_OUTSIDE = Active()
_active: ContextVar[Active | None] = ContextVar("limits", default=None)


def active() -> Active:
    """The limits of the build running in this thread (the defaults outside one)."""
    return _active.get() or _OUTSIDE


@contextmanager
def building(limits: Limits, product: str, config: Path | None = None) -> Iterator[Active]:
    """Make ``limits`` and ``product`` the active ones for the block."""
    token = _active.set(Active(limits, product, config))
    try:
        yield active()
    finally:
        _active.reset(token)


def catalogue_limits(guide: Path) -> tuple[Limits, Path]:
    """The limits of the catalogue that holds the guide folder ``guide``, and where its
    studyguide.toml is (or would be); a content error at its line for a wrong entry."""
    config = catalogue_config(guide)
    if not config.is_file():
        return DEFAULTS, config
    data, text = read_config(config)
    table = data.get("limits")
    if table is None:
        return DEFAULTS, config
    names = list(RAISABLE)
    if not isinstance(table, dict):
        raise ContentError.at(
            config, key_line(text, "limits"), f"limits must be a table: [limits] with {names[0]} = … on the next lines"
        )
    values: dict[str, Any] = {}
    kinds = {f.name: getattr(DEFAULTS, f.name) for f in fields(Limits)}
    for name, value in table.items():
        line = key_line(text, name, "limits")
        if name not in names:
            fixed = " (it guards the parsers and cannot be raised)" if name in kinds else ""
            raise ContentError.at(config, line, f"unknown limit '{name}'{fixed}: the limits are {', '.join(names)}")
        whole = isinstance(kinds[name], int)
        if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)) or value <= 0:
            example = kinds[name] * 2
            raise ContentError.at(
                config,
                line,
                f"{name} must be a {'whole ' if whole else ''}number above 0, e.g. {name} = {example:g}",
            )
        values[name] = value
    return replace(DEFAULTS, **values), config
