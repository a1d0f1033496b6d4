"""Partial dates: parsing, ordering and the way they are written."""

import pytest

from generator.content.dates import DateError, format_span, parse_span


@pytest.mark.parametrize(
    "text, english, american",
    [
        ("1931", "1931", "1931"),
        ("1945-08", "August 1945", "August 1945"),
        ("1941-04-13", "13 April 1941", "April 13, 1941"),
        ("1939-05-11/1939-09-16", "11 May – 16 September 1939", "May 11 – September 16, 1939"),
        ("1945-08-11/1945-08-25", "11–25 August 1945", "August 11–25, 1945"),
        ("1938-07-29/1939-08-11", "29 July 1938 – 11 August 1939", "July 29, 1938 – August 11, 1939"),
        ("-0490", "490 BC", "490 BC"),
        ("-0490/-0479", "490–479 BC", "490–479 BC"),
        ("1900~", "c. 1900", "c. 1900"),
        ("1931/1933", "1931–1933", "1931–1933"),
        # a span into the common era names the era at its far end, or it reads as BC (or '-31')
        ("-0031/0014", "31 BC – AD 14", "31 BC – AD 14"),
        ("-0031-09-02/0014-08-19", "2 September 31 BC – 19 August AD 14", "September 2, 31 BC – August 19, AD 14"),
    ],
)
def test_dates_are_written_as_readers_expect(text, english, american):
    span = parse_span(text)
    assert format_span(span, "en") == english
    assert format_span(span, "en-US") == american


@pytest.mark.parametrize(
    "text, english, american",
    [
        ("-0490", "490 BCE", "490 BCE"),
        ("-0490/-0479", "490–479 BCE", "490–479 BCE"),
        ("-0490~", "c. 490 BCE", "c. 490 BCE"),
        # "CE" follows the year, where "AD" goes before it
        ("-0031/0014", "31 BCE – 14 CE", "31 BCE – 14 CE"),
        ("-0031-09-02/0014-08-19", "2 September 31 BCE – 19 August 14 CE", "September 2, 31 BCE – August 19, 14 CE"),
        ("1941-04-13", "13 April 1941", "April 13, 1941"),
    ],
)
def test_a_guide_that_chooses_bce_and_ce_has_its_dates_written_so(text, english, american):
    span = parse_span(text)
    assert format_span(span, "en", eras="BCE/CE") == english
    assert format_span(span, "en-US", eras="BCE/CE") == american


def test_other_languages_use_their_month_names():
    assert format_span(parse_span("1945-08-08"), "fr") == "8 août 1945"
    assert format_span(parse_span("1945-08-08"), "de") == "8. August 1945"


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("1941-02-30", "has no day 30"),
        ("1900-02-29", "has no day 29"),
        ("1941-13", "month 13"),
        ("1939-09-16/1939-05-11", "ends before it starts"),
        ("0", "no year 0"),
        ("April 1941", "is not a date"),
        ("1939/..", "needs both a start and an end"),
        ("1939/1940/1941", "exactly one '/'"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(text, fragment):
    with pytest.raises(DateError, match=fragment):
        parse_span(text)


def test_leap_day_is_accepted_in_a_leap_year():
    assert parse_span("1940-02-29").start.day == 29


def test_chronological_order_puts_bce_first_and_partial_dates_before_days():
    texts = ["1945-08-08", "1941", "-0490", "1941-04-13", "1939-05-11/1939-09-16", "1945-08", "1900~"]
    ordered = sorted(texts, key=lambda t: parse_span(t).sort_key)
    assert ordered == ["-0490", "1900~", "1939-05-11/1939-09-16", "1941", "1941-04-13", "1945-08", "1945-08-08"]


def test_an_interval_sorts_by_its_start_then_its_end():
    a, b = parse_span("1945-08-09/1945-09-02"), parse_span("1945-08-09")
    assert sorted([a, b], key=lambda s: s.sort_key) == [b, a]
