"""A sentence's second date: a second object or phrase of the same verb, a day a deed took
effect, and names that "and" joins or a relative clause stands for; and words the importer
must read past to title a deed: what did not happen, "agreed to do so", a name's initials.

Each case is a paragraph with invented names and the titles a teacher would print for its dates.
"""

from __future__ import annotations

import pytest

from generator.authoring.importing.merge import merge_duplicates
from generator.authoring.proposals import events
from generator.authoring.reading import PARAGRAPH, Block
from generator.authoring.sentences import split_sentences


def _titles(paragraph: str) -> list[tuple[str, str]]:
    found = events([Block(PARAGRAPH, paragraph, paragraph, 1)], None, "sections/01.md")
    return [(e.date, e.title) for e in found]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the second object of "concluded", dated after it, with no comma before "and": each its own treaty
        (
            "The two countries concluded a commercial convention in 1867 and a treaty of peace, friendship, and "
            "commerce in 1881.",
            [
                ("1867", "The two countries concluded a commercial convention"),
                ("1881", "The two countries concluded a treaty of peace, friendship, and commerce"),
            ],
        ),
        # "effective" a day, then ", and to …" a second phrase of the same change: two days, two ranks
        (
            "The rank of the mission was changed to Legation effective December 15, 1962, and to Embassy again "
            "effective September 16, 1963.",
            [
                ("1962-12-15", "The rank of the mission was changed to Legation"),
                ("1963-09-16", "The rank of the mission was changed to Embassy again"),
            ],
        ),
        # credentials presented one day "to take effect the following day": one deed, on the day it took effect
        (
            "Diplomatic relations were established on August 3, 1960, when Tam Orm presented credentials as Chargé "
            "d’Affaires ad interim, August 2, 1960, to take effect the following day.",
            [("1960-08-03", "Diplomatic relations were established")],
        ),
        # a name joined by "and" is the whole object
        (
            "The United States recognized Kell and Orm the same day that it became independent on August 31, 1962, "
            "by establishing the U.S. Embassy in Vell.",
            [("1962-08-31", "The United States recognized Kell and Orm")],
        ),
        # "which" stands for the program in a place, not the place
        (
            "The U.S. Peace Corps program in Kell, which started in 1962, currently has about 130 volunteers in "
            "the country.",
            [("1962", "The U.S. Peace Corps program in Kell started")],
        ),
        # a change from one state keeps the state it went to; what the country does now is no deed of then
        (
            "Kell successfully made the transition from one-party rule to democracy in 1991 and provides a safe "
            "haven to refugees from throughout Arlen.",
            [("1991", "Kell made the transition from one-party rule to democracy")],
        ),
        # what followed an earlier deed is the subject of its own
        (
            "This message was followed by a congratulatory letter from President Tam Orm delivered to Prime "
            "Minister Vell on October 2, 1960.",
            [("1960-10-02", "A congratulatory letter from Tam Orm was delivered to Prime Minister Vell")],
        ),
        # the first holder of an office and his deed, though no comma sets off "who"
        (
            "The first U.S. Ambassador to Kell was Tam Orm who presented his credentials on December 1, 1962.",
            [("1962-12-01", "Tam Orm presented his credentials")],
        ),
        # "and" before a new subject whose verb is an irregular participle ("was made") starts a clause of its own
        (
            "The Kell Islands became a British protectorate in 1892 and the entire island group was made a British "
            "colony in 1916.",
            [
                ("1892", "The Kell Islands became a British protectorate"),
                ("1916", "The entire island group was made a British colony"),
            ],
        ),
    ],
)
def test_a_second_date_gets_its_own_title(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _titles(paragraph) == expected


def test_a_deed_that_takes_effect_the_next_day_keeps_its_day_when_nothing_else_dates_it():
    # with no later day in the sentence, the day told is the deed's own
    titles = _titles("Tam Orm presented his credentials on August 2, 1960, to take effect the following day.")
    assert titles[0] == ("1960-08-02", "Tam Orm presented his credentials")
    assert all(title == "" for _, title in titles[1:])  # the day it took effect: left to the author


def test_a_second_date_after_a_verb_is_no_second_object():
    # "and the army captured …": a clause of its own, with its own doer
    titles = _titles("Kell signed a convention with Orm in 1867 and the army of Vell captured Arlen in 1881.")
    assert ("1867", "Kell signed a convention with Orm") in titles
    second = [title for date, title in titles if date == "1881"]
    assert len(second) == 1 and "Arlen" in second[0] and not second[0].startswith("Kell")


def test_a_second_object_of_a_participle_is_not_given_the_main_verb():
    # "attended …, earning a B.A. in 1950 and a Ph.D. in 1954": he did not attend the Ph.D.
    titles = _titles("After the war, Tam Orm attended Kell University, earning a B.A. in 1950 and a Ph.D. in 1954.")
    assert ("1950", "Tam Orm earned a B.A.") in titles
    assert not any("attended" in title for _, title in titles)


def test_an_independence_won_on_the_same_date_is_its_own_event():
    # the agreement is the recognition, told again; the independence that day is a second deed
    paragraph = (
        "The United States recognized Kell on June 29, 1976, when representatives of the two states signed an "
        "agreement on a tracking station. The agreement was signed at the capital, Orm, on the same date that "
        "Kell attained independence from Arlenian sovereignty."
    )
    found = events([Block(PARAGRAPH, paragraph, paragraph, 1)], None, "sections/01.md")
    merged = [(e.date, e.title) for e in merge_duplicates(found)]
    assert ("1976-06-29", "Kell attained independence from Arlenian sovereignty") in merged
    assert len(merged) == 2


def _merged(paragraphs: list[str]) -> list[tuple[str, str]]:
    found = events([Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, 1)], None, "sections/01.md")
    return [(e.date, e.title) for e in merge_duplicates(sorted(found, key=lambda e: e.sort_key))]


def test_two_deeds_that_one_act_did_on_one_day_are_one_event():
    # the recognition and the relations, each "when" the same address announced them
    act = "when President Tam Orm announced the decision in an address to the nation."
    assert (
        len(
            _merged(
                [
                    f"The United States recognized Kell on December 25, 1991, {act}",
                    f"Diplomatic relations were established on December 25, 1991, {act}",
                ]
            )
        )
        == 1
    )
    # recognized "when it opened the American Embassy", and that Embassy's opening told again
    assert (
        len(
            _merged(
                [
                    "Kell became independent on November 30, 1966. The United States recognized Kell's independence that "
                    "same day when it opened the American Embassy in Orm.",
                    "The U.S. Embassy at Orm was established on November 30, 1966, with Vell Arlen as Chargé.",
                ]
            )
        )
        == 2
    )  # the independence, and the recognition by the Embassy's opening


def test_two_deeds_of_one_day_by_two_acts_stay_two():
    merged = _merged(
        [
            "The United States recognized Kell on June 25, 1960, in a message from President Tam Orm.",
            "Diplomatic relations were established on June 25, 1960, when the consulate at Orm was raised to an "
            "Embassy.",
        ]
    )
    assert len(merged) == 2


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # what never happened is no event of the date
        (
            "The United States never recognized the independence of Kell, proclaimed by its minority government "
            "in 1965.",
            [("1965", "")],
        ),
        # "would no longer be": no verb made of "no"
        (
            "As of October 1, 1994, Kell would no longer be under U.S. trusteeship.",
            [("1994-10-01", "")],
        ),
        # "had withdrawn from … and declared": the subject ends before its first deed
        (
            "The Republic of Kell had withdrawn from the Federation of Orm and declared its independence on "
            "August 20, 1960.",
            [("1960-08-20", "The Republic of Kell declared its independence")],
        ),
        # "agreed to do so": what they agreed to, which the sentence said first; a date that qualifies a meeting
        # gets no "on"
        (
            "Diplomatic relations were established when President Tam H.W. Orm and President Vell Arlen agreed to "
            "do so during a February 18, 1992 meeting at the White House.",
            [("1992-02-18", "Tam H.W. Orm and Vell Arlen agreed to establish diplomatic relations")],
        ),
    ],
)
def test_a_deed_read_past_its_words(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _titles(paragraph) == expected


def test_a_name_s_initials_end_no_sentence():
    assert split_sentences("The treaty was signed by President Tam H.W. Orm in 1990. It came into force.") == [
        "The treaty was signed by President Tam H.W. Orm in 1990.",
        "It came into force.",
    ]


def test_a_sentence_on_that_date_tells_a_second_event_of_the_day_before():
    # "On that date, Kell's independence was proclaimed": the recognition's day, and an event of its own; the
    # relations established that day stay a third
    merged = _merged(
        [
            "The United States recognized the Republic of Kell on August 1, 1960, in a congratulatory message from "
            "President Tam Orm. On that date, Kell’s independence from Arlenian sovereignty was proclaimed.",
            "Diplomatic relations were established with the Republic of Kell on August 1, 1960, when the Consulate "
            "General at Orm was elevated to Embassy status.",
        ]
    )
    assert ("1960-08-01", "Kell’s independence from Arlenian sovereignty was proclaimed") in merged
    assert len(merged) == 3
