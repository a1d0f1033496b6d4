"""The one-sheet handout: two pages exactly, every key point, and an honest list of what was dropped."""

from __future__ import annotations

import pytest
from conftest import DEFAULT_GUIDE, MINIMAL, flat, page_texts, write_guide
from pypdf import PdfReader

from generator.errors import ContentError
from generator.products.handout import _halves, _most_that_fit


@pytest.fixture(scope="module")
def default_handout(default_products):
    from generator.content.load import load_guide

    result = default_products("handout")
    return result, load_guide(DEFAULT_GUIDE), page_texts(result.pdf)


def test_handout_is_exactly_one_sheet(default_handout):
    result, guide, pages = default_handout
    assert result.pdf.name == "japan-ussr-ww2-handout.pdf"
    assert len(PdfReader(result.pdf).pages) == 2 == len(pages) == result.pages


def test_handout_has_the_title_and_every_key_point_on_the_front(default_handout):
    _, guide, pages = default_handout
    front = flat(pages[0])
    assert flat(guide.meta.title) in front
    for section in guide.sections:
        assert flat(section.title) in front
        for point in section.summary:
            assert flat(point) in front, point


def test_handout_lists_exactly_what_it_dropped(default_handout):
    result, guide, pages = default_handout
    text = flat(" ".join(pages))
    printed = [entry for entry in guide.faq if flat(entry.question) in text]
    assert printed == guide.faq[: len(printed)], "FAQ entries are kept from the first"
    missing = len(guide.faq) - len(printed)
    faq_notes = [note for note in result.left_out if "FAQ" in note]
    if missing:
        assert faq_notes == [
            f"FAQ entries {len(printed) + 1}–{len(guide.faq)} of {len(guide.faq)}"
            if missing > 1
            else f"FAQ entry {len(guide.faq)} of {len(guide.faq)}"
        ]
    else:
        assert not faq_notes
    timeline_dropped = any("timeline" in note for note in result.left_out)
    titles_printed = sum(flat(e.title) in text for e in guide.events)
    assert (titles_printed == len(guide.events)) != timeline_dropped


def test_crowded_handout_drops_faq_then_timeline_and_still_fits(tmp_path):
    from generator.build import build_guide

    answer = "A long answer that goes on and on about the question. " * 12
    faq = "".join(f"- question: Question number {n}?\n  answer: {answer}\n" for n in range(1, 31))
    events = "".join(f"- date: '{1900 + n // 3}-0{1 + n % 3}'\n  title: Event {n} with a title\n" for n in range(240))
    root = write_guide(tmp_path / "g", {**MINIMAL, "faq.yaml": faq, "timeline.yaml": events})
    result = build_guide(root, tmp_path / "out", product="handout")
    assert result.pages == 2
    assert result.left_out[0].startswith("FAQ entries ") or result.left_out[0] == "all 30 FAQ entries"
    assert list(result.left_out[1:]) == ["160 timeline events (kept the first of each year)"], result.left_out
    text = flat(" ".join(page_texts(result.pdf)))
    assert flat("Event 0 with") in text and flat("Event 3 with") in text and flat("Event 1 with") not in text
    assert flat("One point.") in text and flat("Another point.") in text


def test_key_points_too_long_for_a_sheet_is_a_content_error(tmp_path):
    from generator.build import build_guide

    point = "A key point that is far too long for a handout and keeps going. " * 6
    files = dict(MINIMAL)
    for n in range(1, 16):
        files[f"sections/{n:02d}-part-{n}.md"] = (
            f"---\ntitle: Part {n}\nsummary:\n" + f"  - {point}\n" * 6 + "---\n\nText.\n"
        )
    root = write_guide(tmp_path / "g", files)
    with pytest.raises(ContentError, match="key points alone fill more than 2 pages"):
        build_guide(root, tmp_path / "out", product="handout")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.pdf"))


def test_most_that_fit_finds_the_largest_count_that_fits():
    for limit in range(0, 10):
        asked: list[int] = []

        def fits(n: int, asked: list[int] = asked, limit: int = limit) -> bool:
            asked.append(n)
            return n <= limit

        assert _most_that_fit(10, fits) == limit
        assert len(asked) <= 5  # bisection, not one render per entry


def test_halves_balance_by_weight_and_keep_order():
    assert _halves([]) == []
    assert _halves([1, 2, 3]) == [[1, 2], [3]]
    assert _halves(["x" * 10, "y", "z"], weight=len) == [["x" * 10], ["y", "z"]]


def test_the_handout_cannot_be_asked_as_html(capsys):
    # Products may be combined in one run (see test_products.py), but only the guide has an HTML form.
    from generator.cli import main

    assert main(["build", str(DEFAULT_GUIDE), "--handout", "--html-only"]) == 2
    assert "--html-only applies to the guide, not to --handout" in capsys.readouterr().err


def _fitted_with_capacity(tmp_path, capacity: int):
    """fit_handout with a stand-in typesetter: an event costs 1, an FAQ entry 10, the back page holds ``capacity``."""
    from types import SimpleNamespace

    from generator.content.load import load_guide
    from generator.products.handout import fit_handout
    from generator.render.html import RenderOptions

    faq = "".join(f"- question: Q{n}?\n  answer: A{n}.\n" for n in range(1, 6))
    events = "".join(f"- date: '{1900 + n // 4}'\n  title: E{n}\n" for n in range(40))  # 10 years
    guide = load_guide(write_guide(tmp_path / "g", {**MINIMAL, "faq.yaml": faq, "timeline.yaml": events}))

    def typeset(html: str):
        load = html.count('class="ho-when"') + 10 * html.count('class="ho-qa"')
        return SimpleNamespace(data=html.encode(), pages=1 + (load > 0) + (load > capacity))

    return fit_handout(guide, RenderOptions(), typeset)


@pytest.mark.parametrize(
    "capacity,dropped,faq,events",
    [
        (100, [], 5, 40),
        (75, ["FAQ entries 4–5 of 5"], 3, 40),
        (39, ["FAQ entries 3–5 of 5", "30 timeline events (kept the first of each year)"], 2, 10),
        (25, ["FAQ entries 2–5 of 5", "30 timeline events (kept the first of each year)"], 1, 10),
        (9, ["all 5 FAQ entries", "the timeline (40 events)"], 0, 0),
    ],
)
def test_drop_order_faq_then_timeline_details_then_timeline(tmp_path, capacity, dropped, faq, events):
    fitted = _fitted_with_capacity(tmp_path, capacity)
    assert fitted.pages <= 2  # with nothing left for the back, the front alone is printed
    assert (fitted.plan.faq, len(fitted.plan.events)) == (faq, events)
    assert fitted.dropped == dropped
