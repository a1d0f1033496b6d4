"""Model → HTML: the Jinja environment, its filters, and the page size a rendering uses.

The templates live in ``templates/`` (a base template that includes one
partial per part of the booklet), each replaceable by a theme's file of the
same name (:mod:`generator.render.theme`); this module only prepares what they need.
Autoescaping is on: every value from a content file is escaped unless it is
HTML that :mod:`generator.content.markup` produced and sanitised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from pathlib import Path

from jinja2 import StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup

from generator import __version__
from generator.content.dates import DateSpan, Eras, SpanTrack, format_span, parse_span, span_track, year_label
from generator.content.figures import figure_credits
from generator.content.markup import MarkdownRenderer
from generator.content.model import Event, Guide
from generator.content.questions import objective_map, question_groups
from generator.i18n.catalog import is_rtl
from generator.i18n.collation import initial
from generator.render.labels import merged_labels
from generator.render.marks import MARKS
from generator.render.paper import PAPERS, Paper
from generator.render.theme import layers
from generator.render.theme_check import check_theme
from generator.render.theme_sandbox import SandboxEnvironment, ThemeLoader, render
from generator.render.typography import dir_attr, lang_attr, mark_scripts, page_footnotes, scope_headers, smart_quotes
from generator.resources import TEMPLATES

#: The text block's width by type scale: 60–75 characters of the body face a
#: line. The outer margin takes the rest of the page (room for a reader's notes);
#: the inner margin stays as the paper table sets it.
MEASURE_MM = {"full": 120.0, "half": 106.0}
#: Large print (14 pt sans) keeps 60–70 characters a line, as the BDA style guide asks, on a wider block.
LARGE_PRINT_MEASURE_MM = 142.0
_MM = {"mm": 1.0, "in": 25.4, "pt": 25.4 / 72}


@dataclass(frozen=True)
class RenderOptions:
    """Choices that change the booklet but not the content."""

    paper: str | None = None  # None: the guide's own setting
    half_size: bool = False  # lay out for the folded booklet's page size
    edition: str = "student"  # or "teacher": answers beside the questions
    theme: Path | None = None  # a theme folder over the built-in templates (docs/themes.md)
    print: tuple[str, ...] = ()  # the print options chosen: no-key, compact … (docs/printing.md)


@lru_cache(maxsize=4)
def environment(theme: Path | None = None) -> SandboxEnvironment:
    """The Jinja environment for a theme, built once per process (templates are compiled once);
    a template the theme does not have comes from the built-in ones. Sandboxed: a theme's
    templates are data (docs/sandbox.md)."""
    if theme:
        check_theme(theme)
    env = SandboxEnvironment(
        loader=ThemeLoader(layers(theme)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["keep_ranges"] = keep_ranges
    env.filters["when"] = when
    env.filters["lang_attr"] = lang_attr
    env.filters["dir_attr"] = dir_attr
    env.globals["marks"] = MARKS  # the class names Python reads back (render/marks.py)
    env.finalize = _typographic
    return env


def render_template(theme: Path | None, name: str, **context: object) -> str:
    """The template ``name`` (the theme's, else the built-in one) rendered in the sandbox."""
    return render(environment(theme), name, **context)


@pass_context
def _typographic(context: Context, value: object) -> object:
    """Every plain string a template prints gets typographic quotes in the
    guide's language (HTML that Markdown made has them already)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return smart_quotes(value, context.get("lang") or "en")
    return value


_HTML_LANG = re.compile(r'<html lang="([^"]*)"')


def finish_html(html: str) -> str:
    """The last pass over a rendered document: language marks on runs of
    another script, the language's typography, its direction, scopes on table
    headers, footnotes at their calls."""
    found = _HTML_LANG.search(html)
    lang = found.group(1) if found else "en"
    if found and is_rtl(lang):
        html = html[: found.end()] + ' dir="rtl"' + html[found.end() :]
    return mark_scripts(scope_headers(page_footnotes(html)), lang)


#: Two words joined by an en dash. Possessive and anchored at a word's start, so the
#: engine never retries a word from each of its letters: linear in the title's length
#: (a plain (\w+–\w+) is quadratic, and a long title hung the build).
_RANGE = re.compile(r"(?<!\w)(\w++–\w++)")


def nowrap_ranges(text: str) -> Markup:
    """Keep '1939–1941' on one line: a title must not break after the dash."""
    return Markup(_RANGE.sub(r'<span class="nowrap">\1</span>', str(Markup.escape(text))))


@pass_context
def keep_ranges(context: Context, text: str) -> Markup:
    """:func:`nowrap_ranges` on the text with the guide language's typographic quotes."""
    return nowrap_ranges(smart_quotes(text, context.get("lang") or "en"))


def stylesheets(*names: str) -> list[str]:
    """The built-in stylesheets ``names``, then ``theme.css``, as ``file:`` URLs.

    The URLs name the built-in files; the PDF fetcher and the shareable HTML serve a
    theme's file of the same name instead, wherever the theme has one."""
    return [(TEMPLATES / "css" / name).as_uri() for name in (*names, "theme.css")]


@pass_context
def when(context: Context, date: str) -> Markup:
    """An EDTF date as the guide's language writes it: '1941-04-13' → '13 April 1941'."""
    return circa_kept(format_span(parse_span(date), context["lang"], eras=context.get("eras", "BC/AD")))


#: 'c.' before a year: a date set as a small-capital label must not print it as 'C.'.
_CIRCA = re.compile(r"(?<!\w)(c\.|ca\.)\s+")


def circa_kept(text: str) -> Markup:
    """The date with its 'c.' kept lower-case under a label's capitals, and joined to its year."""
    return Markup(_CIRCA.sub(r'<span class="circa">\1</span>&#160;', str(Markup.escape(text))))


def page_format(guide: Guide, options: RenderOptions) -> Paper:
    """The page size this rendering uses."""
    paper = PAPERS[options.paper or guide.meta.paper]
    return PAPERS[paper.half] if options.half_size and paper.half else paper


def outer_margin(page: Paper, large_print: bool = False) -> str:
    """The outer margin that leaves the text block :data:`MEASURE_MM` wide (wider in large print)."""
    measure = LARGE_PRINT_MEASURE_MM if large_print else MEASURE_MM[page.scale]
    return f"{page.width_mm - _mm(page.margin_inner) - measure:.1f}mm"


def _mm(length: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(mm|in|pt)", length).groups()  # type: ignore[union-attr]
    return float(number) * _MM[unit]


def markdown(guide: Guide, renderer: MarkdownRenderer) -> Callable[[str | None], Markup]:
    """The templates' ``md()``: the HTML the loader made of a Markdown field; a text the
    loader did not see (one a product composed) is converted now."""

    def md(text: str | None) -> Markup:
        return Markup(guide.markup[text] if text in guide.markup else renderer.inline(text))

    return md


def render_html(
    guide: Guide, options: RenderOptions = RenderOptions(), renderer: MarkdownRenderer | None = None
) -> str:
    """The booklet as one HTML document, ready for WeasyPrint."""
    renderer = renderer or MarkdownRenderer()
    lang = guide.meta.language
    groups = question_groups(guide)
    page = page_format(guide, options)
    html = render_template(
        options.theme,
        "base.html.j2",
        guide=guide,
        meta=guide.meta,
        labels=merged_labels(guide.meta.labels, guide.meta.language, guide.meta.eras),
        lang=lang,
        eras=guide.meta.eras,
        page=page,
        outer_margin=outer_margin(page, "large-print" in options.print),
        options=options,
        css_urls=stylesheets("print.css"),
        years=_timeline_years(guide.events, lang, guide.meta.eras),
        span=_cover_span(guide, lang),
        md=markdown(guide, renderer),
        letters=_by_letter(guide),
        questions=groups,
        objective_map=objective_map(guide, groups),
        generator=f"studyguide {__version__}",
        created=guide_date(guide),
        credits=[
            (s, Markup(caption), Markup(credit))
            for s in guide.sections
            for caption, credit in figure_credits(s.body_html)
        ],
    )
    return finish_html(html)


def guide_date(guide: Guide) -> str | None:
    """The date stamped into the PDF: taken from the content, never from the clock."""
    return guide.meta.date


def _timeline_years(events: list[Event], lang: str, eras: Eras = "BC/AD") -> list[dict]:
    """Events grouped under their year markers, each with its printed date."""
    groups = []
    # After markers of years BC, a bare "14" reads as 14 BC: the first marker of the
    # common era names it.
    era_due = bool(events) and events[0].span.start.year < 0
    for year, grouped in groupby(events, key=lambda e: e.span.start.year):
        items = list(grouped)
        label = year_label(items[0].span, lang, era=era_due and year > 0, eras=eras)
        era_due = era_due and year < 0
        groups.append(
            {
                "label": label,
                "events": [
                    {
                        "event": e,
                        "when": circa_kept(format_span(e.span, lang, eras=eras)),
                        "track": _track(span_track(e.span)),
                    }
                    for e in items
                ],
            }
        )
    return groups


#: Calendar years that fill the measure on an interval's track: one year is a fifth of
#: the column, so every track on the timeline has the same scale up to five years.
TRACK_YEARS_PER_MEASURE = 5


#: Years between two ticks of a track, the first that keeps at most :data:`TRACK_MAX_TICKS`
#: on it: a consulate kept from 1794 to 1941 would otherwise print a solid band of ticks.
TRACK_TICK_STEPS = (1, 5, 10, 25, 50, 100, 250, 500, 1000)
TRACK_MAX_TICKS = 12


def _track(track: SpanTrack | None) -> dict | None:
    """An interval's track in percentages of the column: its width, the filled span, and
    a tick at every new year (every fifth, tenth … year of a long one)."""
    if track is None:
        return None
    width = min(track.years / TRACK_YEARS_PER_MEASURE, 1.0) * 100
    step = next((s for s in TRACK_TICK_STEPS if track.years / s <= TRACK_MAX_TICKS), TRACK_TICK_STEPS[-1])
    return {
        "width": round(width, 2),
        "left": round(track.start * 100, 2),
        "fill": round(max(track.end - track.start, 0.004) * 100, 2),  # a single day still shows
        "ticks": [round(k / track.years * 100, 2) for k in range(step, track.years, step)],
    }


def _time_span(events: list[Event], lang: str, eras: Eras = "BC/AD") -> tuple[str, str] | None:
    """The first and last year the timeline covers, for the cover's time bar."""
    if not events:
        return None
    first = events[0].span.start
    last_event = max(events, key=lambda e: (e.span.end or e.span.start).sort_key)
    end = last_event.span.end or last_event.span.start
    return (
        year_label(DateSpan(first), lang, eras=eras),
        year_label(DateSpan(end), lang, era=first.year < 0 < end.year, eras=eras),
    )


_YEARS = re.compile(r"\b(\d{3,4})\s*[–—-]\s*(\d{3,4})\b")


def _cover_span(guide: Guide, lang: str) -> tuple[str, str] | None:
    """The years on the cover's time bar: the span the title or subtitle names
    (the cover must not contradict itself), else the timeline's."""
    for text in (guide.meta.subtitle, guide.meta.title):
        found = _YEARS.search(text or "")
        if found:
            return found.group(1), found.group(2)
    return _time_span(guide.events, lang, guide.meta.eras)


def _by_letter(guide: Guide) -> list[tuple[str, list]]:
    """Glossary terms under their initial letters (the glossary is already sorted)."""
    lang = guide.meta.language
    return [
        (letter, list(terms))
        for letter, terms in groupby(guide.glossary, key=lambda t: initial(t.term, lang, t.reading))
    ]
