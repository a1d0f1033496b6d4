"""Sentences of a history of relations that retell another's event, and titles that keep the words
their deed needs: what the subject formerly was goes, "again" stays where it says a state was
regained, and an envoy's post stays with the country he serves.

Each case is a paragraph (or an article's few paragraphs) with invented names and the titles a
teacher would print for its dates.
"""

from __future__ import annotations

import pytest

from generator.authoring.importing.merge import merge_duplicates
from generator.authoring.proposals import events
from generator.authoring.reading import PARAGRAPH, Block


def _merged(*paragraphs: str) -> list[tuple[str, str]]:
    blocks = [Block(PARAGRAPH, text, text, line) for line, text in enumerate(paragraphs, start=1)]
    found = merge_duplicates(events(blocks, None, "sections/01.md"))
    return [(e.date, e.title) for e in found if e.title]  # a dated sentence left untitled is no proposal


def test_credentials_presented_to_take_effect_the_next_day_are_the_deed_of_that_day():
    assert _merged(
        "Diplomatic relations were established on August 5, 1960, when Tam Orm assumed his post as Chargé "
        "d’Affaires ad interim. Orm had presented his credentials on August 4, 1960, to take effect the following day."
    ) == [("1960-08-05", "Diplomatic relations were established")]


def test_credentials_presented_a_day_before_another_deed_stay_an_event():
    assert _merged(
        "The Legation at Vell was opened on May 5, 1961. Tam Orm presented his credentials on May 4, 1961."
    ) == [("1961-05-04", "Tam Orm presented his credentials"), ("1961-05-05", "The Legation at Vell was opened")]


def test_relations_begun_in_the_year_of_the_only_recognition_are_that_recognition():
    assert _merged(
        "U.S. relations with Kell began in 1991 following the break-up of the Orm Union.",
        "The United States recognized Kell’s independence on December 25, 1991, when the President announced "
        "the decision.",
        "Diplomatic relations were established on February 19, 1992.",
    ) == [
        ("1991-12-25", "The United States recognized Kell’s independence"),
        ("1992-02-19", "Diplomatic relations were established"),
    ]


def test_relations_begun_in_a_year_of_two_deeds_stay_apart_from_the_recognition():
    # the year also holds the start of the war: which of the two the opening means, the text does not say
    found = _merged(
        "U.S. relations with Kell began in 1991 following the break-up of the Orm Union.",
        "War broke out between Kell and Vell in 1991.",
        "The United States recognized Kell’s independence on December 25, 1991.",
    )
    assert ("1991-12-25", "The United States recognized Kell’s independence") in found
    assert any(date == "1991" and "relations" in title for date, title in found)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # what the subject had been goes before each of its deeds
        (
            "Formerly a part of the Orm Empire, Kell achieved sovereignty in 1806, joined the Vell Confederation "
            "in 1815, and became independent again in 1866.",
            [
                ("1806", "Kell achieved sovereignty"),
                ("1815", "Kell joined the Vell Confederation"),
                ("1866", "Kell became independent again"),
            ],
        ),
        # a thing and its making, its other name an aside
        (
            "Kell, or orm, domesticated by 5000 BCE, formed the basis of their diet.",
            [("-5000", "Kell was domesticated")],
        ),
        # a deed one was instrumental in, with why aside and an irregular verb
        (
            "Orm, moved by zeal, was instrumental in beginning the Kell Inquisition in 1480.",
            [("1480", "Orm helped begin the Kell Inquisition")],
        ),
        # a cleft that puts the place first
        ("It was here the Orm army crossed the Kell in 1805.", [("1805", "The Orm army crossed the Kell")]),
        # "again" after a deed done before says nothing the first time did not
        ("The two armies clashed again in 1918.", [("1918", "The two armies clashed")]),
        # the envoy's post and the country he was accredited to serve
        (
            "The United States first accredited its Ambassador to Orm to serve Kell in 1997.",
            [("1997", "The United States first accredited its Ambassador to Orm to serve Kell")],
        ),
        # how the deed was done is no part of who did it
        (
            "The United States formally recognized Kell on July 10, 1973, when the President sent a message.",
            [("1973-07-10", "United States’ recognition of Kell")],
        ),
        (
            "On July 15, 2011, the U.S. Government officially recognized the Orm Council as the government of Kell.",
            [("2011-07-15", "U.S. Government’s recognition of the Orm Council")],
        ),
        # a named meeting in the first of two deeds, the date the second's
        (
            "The colonies of Kell and Orm were ceded to Vell at the Congress of Tam and established as British Kell "
            "in 1831.",
            [("1831", "The colonies of Kell and Orm were established as British Kell")],
        ),
        # a verb made of "re" and an irregular past
        ("The Orm knights retook Kell in June 1099.", [("1099-06", "The Orm knights retook Kell")]),
        # what the ways were found for
        (
            "In February 2007, the two countries agreed to find ways to cooperate on political and human rights "
            "reform, economic and agricultural reform, education and health care, energy, and security.",
            [("2007-02", "The two countries agreed to find ways to cooperate")],
        ),
    ],
)
def test_a_title_keeps_what_its_deed_needs(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _merged(paragraph) == expected


def test_negotiations_to_sign_a_compact_are_not_the_compact():
    titles = [
        title for _, title in _merged("On June 25, 1983, Kell and Orm began negotiations to sign the Compact of Vell.")
    ]
    assert titles == ["Kell and Orm began negotiations to sign the Compact of Vell"]
