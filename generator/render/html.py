"""Model → HTML: the Jinja environment, its filters, and the page geometry.

The templates live in ``templates/`` (a base template that includes one
partial per part of the booklet), each replaceable by a theme's file of the
same name (:mod:`generator.render.theme`); this module only prepares what they need.
Autoescaping is on: every value from a content file is escaped unless it is
HTML that :mod:`generator.content.markup` produced and sanitised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from generator import __version__
from generator.content.dates import DateSpan, format_span, year_label
from generator.content.markup import MarkdownRenderer
from generator.content.model import Event, Guide
from generator.content.questions import question_groups
from generator.render.labels import merged_labels
from generator.render.theme import layers
from generator.resources import TEMPLATES


@dataclass(frozen=True)
class PageFormat:
    """A page size and its margins (CSS lengths), and the type size that suits it."""

    name: str
    width: str
    height: str
    margin_top: str
    margin_outer: str
    margin_bottom: str
    margin_inner: str
    scale: str  # a class on <html> that picks the type scale


PAPERS: dict[str, PageFormat] = {
    "A4": PageFormat("A4", "210mm", "297mm", "20mm", "18mm", "22mm", "24mm", "full"),
    "Letter": PageFormat("Letter", "8.5in", "11in", "0.8in", "0.7in", "0.85in", "0.95in", "full"),
    # Half sizes, for saddle-stitched booklets: laid out afresh, not scaled down.
    "A5": PageFormat("A5", "148mm", "210mm", "14mm", "12mm", "16mm", "16mm", "half"),
    "HalfLetter": PageFormat("HalfLetter", "5.5in", "8.5in", "0.55in", "0.45in", "0.6in", "0.65in", "half"),
}
HALF_OF = {"A4": "A5", "Letter": "HalfLetter"}


@dataclass(frozen=True)
class RenderOptions:
    """Choices that change the booklet but not the content."""

    paper: str | None = None  # None: the guide's own setting
    half_size: bool = False  # lay out for the folded booklet's page size
    edition: str = "student"  # or "teacher": answers beside the questions
    theme: Path | None = None  # a theme folder over the built-in templates (docs/themes.md)


@lru_cache(maxsize=4)
def environment(theme: Path | None = None) -> Environment:
    """The Jinja environment for a theme, built once per process (templates are compiled once);
    a template the theme does not have comes from the built-in ones."""
    env = Environment(
        loader=FileSystemLoader(layers(theme)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["keep_ranges"] = keep_ranges
    return env


def keep_ranges(text: str) -> Markup:
    """Keep '1939–1941' on one line: a title must not break after the dash."""
    escaped = str(Markup.escape(text))
    return Markup(re.sub(r"(\w+–\w+)", r'<span class="nowrap">\1</span>', escaped))


def stylesheets(*names: str) -> list[str]:
    """The built-in stylesheets ``names``, then ``theme.css``, as ``file:`` URLs.

    The URLs name the built-in files; the PDF fetcher and the shareable HTML serve a
    theme's file of the same name instead, wherever the theme has one."""
    return [(TEMPLATES / "css" / name).as_uri() for name in (*names, "theme.css")]


def page_format(guide: Guide, options: RenderOptions) -> PageFormat:
    """The page size this rendering uses."""
    paper = options.paper or guide.meta.paper
    return PAPERS[HALF_OF[paper]] if options.half_size else PAPERS[paper]


def render_html(
    guide: Guide, options: RenderOptions = RenderOptions(), renderer: MarkdownRenderer | None = None
) -> str:
    """The booklet as one HTML document, ready for WeasyPrint."""
    renderer = renderer or MarkdownRenderer()
    lang = guide.meta.language
    template = environment(options.theme).get_template("base.html.j2")
    return template.render(
        guide=guide,
        meta=guide.meta,
        labels=merged_labels(guide.meta.labels),
        lang=lang,
        page=page_format(guide, options),
        options=options,
        css_urls=stylesheets("print.css"),
        years=_timeline_years(guide.events, lang),
        span=_time_span(guide.events, lang),
        md=lambda text: Markup(renderer.inline(text)),
        letters=_by_letter(guide),
        questions=question_groups(guide),
        generator=f"studyguide {__version__}",
        created=guide_date(guide),
    )


def guide_date(guide: Guide) -> str | None:
    """The date stamped into the PDF: taken from the content, never from the clock."""
    return guide.meta.date


def _timeline_years(events: list[Event], lang: str) -> list[dict]:
    """Events grouped under their year markers, each with its printed date."""
    groups = []
    for label, items in groupby(events, key=lambda e: year_label(e.span, lang)):
        groups.append(
            {
                "label": label,
                "events": [
                    {"event": e, "when": format_span(e.span, lang), "interval": e.span.is_interval} for e in items
                ],
            }
        )
    return groups


def _time_span(events: list[Event], lang: str) -> tuple[str, str] | None:
    """The first and last year the timeline covers, for the cover's time bar."""
    if not events:
        return None
    first = year_label(events[0].span, lang)
    last_event = max(events, key=lambda e: (e.span.end or e.span.start).sort_key)
    end = last_event.span.end or last_event.span.start
    return first, year_label(DateSpan(end), lang)


def _by_letter(guide: Guide) -> list[tuple[str, list]]:
    """Glossary terms under their initial letters (the glossary is already sorted)."""
    return [(letter, list(terms)) for letter, terms in groupby(guide.glossary, key=lambda t: t.term[:1].upper())]
