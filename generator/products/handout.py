"""The one-sheet handout: two pages, and never a third.

The front page carries the title and every section's key points; the back
carries a compact timeline (date and title of each event) and as many FAQ
entries as fit. How much fits is only known after typesetting, so the handout
is rendered, its pages counted, and parts dropped until it fits on two pages.

Drop order (lowest priority first):

1. FAQ entries, from the last one back (the largest number of entries that
   fits is kept; the author's order is taken as the order of importance).
2. Timeline events beyond the first of each year: the timeline is thinned to
   one event per year. This happens only if the full timeline does not fit
   even with no FAQ entry at all; FAQ entries that fit beside the thinner
   timeline then come back.
3. The timeline altogether (again, only if the thinned timeline does not fit
   alone); the FAQ then gets the whole back page.

The back starts on a page of its own when the key points fit on the front
page (checked first, by rendering them alone); otherwise it follows straight
on after them.

Section key points are never dropped: they are the handout's reason to exist.
If they alone do not fit on two pages, that is a content error asking the
author to shorten them. Everything dropped is listed in the result so that the
command line can say what the handout left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol, TypeVar

from generator.content.dates import format_span
from generator.content.markup import MarkdownRenderer
from generator.content.model import Guide
from generator.errors import ContentError, plural
from generator.products import Made
from generator.render.html import RenderOptions, finish_html, markdown, render_template, stylesheets
from generator.render.labels import merged_labels

if TYPE_CHECKING:
    from generator.build import Press
    from generator.jobs import Job

PAGES = 2  # one sheet, printed on both sides


def handout_pages(print_options: tuple[str, ...]) -> int:
    """The pages the handout may fill: one side with --one-sided; in large print two sheets
    (at 14 pt a guide's key points alone can fill one); else one sheet, both sides."""
    if "one-sided" in print_options:
        return 1
    return 2 * PAGES if "large-print" in print_options else PAGES


T = TypeVar("T")


class Typeset(Protocol):
    data: bytes
    pages: int


@dataclass(frozen=True)
class HandoutPlan:
    """What goes on the handout."""

    faq: int  # how many FAQ entries, from the first
    events: tuple[int, ...]  # indexes into guide.events
    split: bool = True  # start the back page with the timeline


@dataclass
class FittedHandout:
    """The finished handout and what had to be left out."""

    data: bytes
    pages: int
    plan: HandoutPlan
    dropped: list[str] = field(default_factory=list)
    preflight: list = field(default_factory=list)  # the layout findings of the kept attempt


def fit_handout(
    guide: Guide, options: RenderOptions, typeset: Callable[[str], Typeset], renderer: MarkdownRenderer | None = None
) -> FittedHandout:
    """Render the handout, dropping parts in the documented order until it has two pages
    (one with the one-sided option: then the back's parts follow the key points on the front)."""
    renderer = renderer or MarkdownRenderer()
    attempts: dict[HandoutPlan, Typeset] = {}
    pages = handout_pages(options.print)

    def fits(plan: HandoutPlan) -> bool:
        if plan not in attempts:
            attempts[plan] = typeset(handout_html(guide, plan, options, renderer))
        return attempts[plan].pages <= pages

    dropped: list[str] = []
    front_only = HandoutPlan(0, (), split=False)
    if not fits(front_only):
        raise ContentError.at(
            guide.root / "sections",
            None,
            f"the sections' key points alone fill more than {plural(pages, 'page')} of the handout: "
            "shorten the 'summary:' points of the longest sections"
            + (", or print the handout on both sides (without --one-sided)" if pages == 1 else ""),
        )
    split = attempts[front_only].pages == 1 and pages > 1
    all_events = tuple(range(len(guide.events)))
    thinned = tuple(_first_of_each_year(guide))
    # The richest timeline that fits with no FAQ at all; then as many FAQ entries as fit beside it.
    steps: list[tuple[tuple[int, ...], str | None]] = [(all_events, None)]
    if len(thinned) < len(all_events):
        steps.append((thinned, f"{len(all_events) - len(thinned)} timeline events (kept the first of each year)"))
    if all_events:
        steps.append(((), f"the timeline ({len(all_events)} events)"))
    found = next((HandoutPlan(0, events, split) for events, _ in steps if fits(HandoutPlan(0, events, split))), None)
    if found is None:  # cannot happen: the key points alone were seen to fit
        raise ContentError.at(guide.root, None, f"the handout does not fit on {plural(pages, 'page')}")
    plan = found
    dropped += [note for events, note in steps if note and events == plan.events]
    total = len(guide.faq)
    if total:
        kept = (
            total if fits(replace(found, faq=total)) else _most_that_fit(total, lambda n: fits(replace(found, faq=n)))
        )
        plan = replace(found, faq=kept)
        if kept < total:
            dropped.insert(0, _faq_note(guide, kept))
    result = attempts[plan]
    return FittedHandout(result.data, result.pages, plan, dropped, getattr(result, "preflight", []))


def handout_html(
    guide: Guide, plan: HandoutPlan, options: RenderOptions = RenderOptions(), renderer: MarkdownRenderer | None = None
) -> str:
    """The handout as HTML for one plan."""
    renderer = renderer or MarkdownRenderer()
    lang = guide.meta.language
    return finish_html(
        render_template(
            options.theme,
            "handout.html.j2",
            guide=guide,
            meta=guide.meta,
            lang=lang,
            eras=guide.meta.eras,
            labels=merged_labels(guide.meta.labels, guide.meta.language, guide.meta.eras),
            print_options=options.print,
            paper=options.paper or guide.meta.paper,
            plan=plan,
            # one list: CSS columns split it by measured height (handout.css)
            faq=[guide.faq[: plan.faq]] if plan.faq else [],
            timeline=_halves(
                [
                    {"when": format_span(e.span, lang, eras=guide.meta.eras), "event": e}
                    for e in (guide.events[i] for i in plan.events)
                ]
            ),
            md=markdown(guide, renderer),
            css_urls=stylesheets("print.css", "handout.css"),
        )
    )


def _halves(items: list[T], weight: Callable[[T], int] = lambda item: 1) -> list[list[T]]:
    """Two columns of about equal weight, the first no lighter, set side by side.

    WeasyPrint balances CSS columns by laying them out again and again, which
    made one handout attempt take seconds; a split made here costs nothing.
    """
    if not items:
        return []
    total, running, middle = sum(weight(i) for i in items), 0, len(items)
    for index, item in enumerate(items):
        running += weight(item)
        if 2 * running >= total:
            middle = index + 1
            break
    return [items[:middle], items[middle:]]


def _most_that_fit(total: int, fits: Callable[[int], bool]) -> int:
    """The largest n < total with fits(n), by bisection (fits is monotone: fewer always fit better)."""
    low, high = 0, total - 1  # fits(total) is already known to be False
    if not fits(0):
        return 0
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _faq_note(guide: Guide, kept: int) -> str:
    total = len(guide.faq)
    if kept == 0:
        return f"all {total} FAQ entries"
    first = kept + 1
    return f"FAQ entr{'y' if first == total else 'ies'} {first}{'' if first == total else f'–{total}'} of {total}"


def _first_of_each_year(guide: Guide) -> list[int]:
    seen: set[int] = set()
    kept = []
    for index, event in enumerate(guide.events):
        year = event.span.start.year
        if year not in seen:
            seen.add(year)
            kept.append(index)
    return kept


def make_handout(guide: Guide, job: Job, press: Press) -> Made:
    """``<slug>-handout.pdf``: one double-sided sheet; what does not fit is dropped and listed."""
    fitted = fit_handout(guide, job.render_options(), press.typeset, press.renderer)
    sheets = "one sheet" if fitted.pages <= PAGES else plural((fitted.pages + 1) // 2, "sheet")
    sides = "one side" if fitted.pages == 1 else "double-sided"
    notes = [f"To print: {sheets}, {sides}, actual size."]
    if fitted.dropped:
        room = {1: "one side", PAGES: "one sheet"}.get(handout_pages(job.print_options), "two sheets")
        notes.append(f"Left out to fit {room}: " + "; ".join(fitted.dropped))
    return Made(
        {"-handout.pdf": fitted.data},
        pages=fitted.pages,
        notes=tuple(notes),
        left_out=tuple(fitted.dropped),
        preflight=tuple(fitted.preflight),
    )
