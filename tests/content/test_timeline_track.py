"""An interval on the timeline is drawn to scale: a track of its calendar years with the
span filled, one scale for every interval (issue: interval bars show the span of time)."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from guide_factory import make_guide, studyguide

from generator.content.dates import parse_span, span_track

ACCENT = (0x1D, 0x4F, 0x73)  # the built-in --accent: the filled span
RULE = (0x8E, 0xA4, 0xB5)  # the built-in --rule: the track's years

TIMELINE = """\
- date: "1938-07-29/1938-08-11"
  title: Battle of Lake Khasan
- date: "1939-05-11/1939-09-16"
  title: Battles of Khalkhin Gol
- date: "1941-04-13"
  title: Neutrality Pact signed
- date: "1943/1944"
  title: Two whole years
"""


def test_the_span_is_placed_on_its_calendar_years() -> None:
    khasan = span_track(parse_span("1938-07-29/1938-08-11"))
    assert khasan is not None and khasan.years == 1
    assert khasan.start == pytest.approx(209 / 365) and khasan.end == pytest.approx(223 / 365)
    assert span_track(parse_span("1943/1944")) == type(khasan)(2, 0.0, 1.0)
    assert span_track(parse_span("1945-08/1945-09")).start == pytest.approx(212 / 365)  # 1 August
    assert span_track(parse_span("-0002/0002")).years == 4  # 2 BC, 1 BC, AD 1, AD 2: no year 0
    assert span_track(parse_span("1941-04-13")) is None


def _bars(pdf: Path) -> list[tuple[float, float, float, tuple[int, int, int]]]:
    """Every filled rectangle 1–2 mm high: (top, left, width, colour), top to bottom."""
    found = []
    for page_number, page in enumerate(pypdfium2.PdfDocument(pdf)):
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=5):
            left, bottom, right, top = obj.get_bounds()
            if not 2.8 <= top - bottom <= 5.7:
                continue
            rgba = [ctypes.c_uint() for _ in range(4)]
            pdfium_c.FPDFPageObj_GetFillColor(obj.raw, *(ctypes.byref(v) for v in rgba))
            colour = tuple(v.value for v in rgba[:3])
            found.append((page_number * 10_000 - top, left, right - left, colour))
    return sorted(found)


def test_intervals_print_their_span_to_one_scale(tmp_path: Path) -> None:
    guide = make_guide(tmp_path, files={"timeline.yaml": TIMELINE})
    result = studyguide("build", guide, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    bars = _bars(tmp_path / "out" / "guide.pdf")
    tracks = [b for b in bars if b[3] == RULE]
    fills = [b for b in bars if b[3] == ACCENT]
    assert len(tracks) == len(fills) == 3  # the three intervals; the point in time has none
    one_year = tracks[0][2]
    assert tracks[1][2] == pytest.approx(one_year, abs=0.5)
    assert tracks[2][2] == pytest.approx(2 * one_year, abs=0.5)  # two years, twice as long
    for (_, track_left, track_width, _), (_, fill_left, fill_width, _), dates in zip(
        tracks, fills, ("1938-07-29/1938-08-11", "1939-05-11/1939-09-16", "1943/1944"), strict=True
    ):
        span = span_track(parse_span(dates))
        assert span is not None
        assert (fill_left - track_left) / track_width == pytest.approx(span.start, abs=0.01)
        assert fill_width / track_width == pytest.approx(span.end - span.start, abs=0.01)


def test_a_long_interval_ticks_every_tenth_or_twenty_fifth_year_not_every_year(tmp_path: Path) -> None:
    timeline = '- date: "1794/1941"\n  title: Consulate at Kell\n- date: "1943/1944"\n  title: Two whole years\n'
    guide = make_guide(tmp_path, files={"timeline.yaml": timeline})
    result = studyguide("build", guide, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "guide.html").read_text(encoding="utf-8")
    tracks = html.split('class="tl-track"')[1:]
    ticks = [track.split("tl-track-fill")[0].count("tl-track-tick") for track in tracks]
    assert ticks == [5, 1], ticks  # 148 years: a tick every 25th year; 2 years: one tick, at the new year
