"""Titles of signed documents, of deeds a date splits from their verb, and of subjects that are lists.

Each case is a paragraph with invented names and the titles a teacher would print for its dates
(or "" where the importer cannot title the deed without inventing words).
"""

from __future__ import annotations

import pytest

from generator.authoring.proposals import events
from generator.authoring.reading import PARAGRAPH, Block


def _titles(paragraph: str) -> list[tuple[str, str]]:
    found = events([Block(PARAGRAPH, paragraph, paragraph, 1)], None, "sections/01.md")
    return [(e.date, e.title) for e in found]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a document named "on" its matter is a name; the year of another document's name dates that one
        (
            "On August 26, 1852, Kell and the Kingdom of Arlen signed a Convention on Commerce, designed to "
            "supplement the 1839 Treaty of Commerce and Navigation.",
            [("1852-08-26", "Convention on Commerce"), ("1839", "Treaty of Commerce and Navigation")],
        ),
        # a war declared "on" a country is no name
        (
            "Orm asked the assembly for a declaration of War on Arlen on June 1, 1812.",
            [("1812-06-01", "Orm asked the assembly for a declaration of War")],
        ),
        # a year before a name is that name's, not another candidate's
        (
            "Kell severed diplomatic relations with the United States on June 6, 1967, during the 1967 Vell War.",
            [("1967-06-06", "Kell severed diplomatic relations with the United States"), ("1967", "Vell War")],
        ),
        # the deed is the infinitive after the date, not the verb before it
        (
            "The Kellish Ambassador, however, began in August 1936 to reside intermittently near the government "
            "in Vell.",
            [("1936-08", "The Kellish Ambassador began to reside intermittently in Vell")],
        ),
        (
            "The assembly voted on June 3, 1920 to reject the treaty.",
            [("1920-06-03", "The assembly voted to reject the treaty")],
        ),
        # a title that would end where a clause lost its deed ("allowed Kell [to build …]") ends before the clause
        (
            "In 1904, Kell and Arlen signed a treaty that allowed Kell to build and operate a canal across Arlen.",
            [("1904", "Kell and Arlen signed a treaty")],
        ),
        # "in the British colony of Vell": in Vell, when the title is long
        (
            "Kell established a consular post in the British colony of Vell in 1843.",
            [("1843", "Kell established a consular post in Vell")],
        ),
    ],
)
def test_documents_and_the_deeds_a_date_or_a_clause_splits(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a list of places is one subject: not "Arlen, and Vell proclaimed …"
        (
            "On May 8, 1991, the leaders of Kell, Arlen, and Vell had met and proclaimed a “Union of Free "
            "Cities” on May 21, 1991.",
            "The leaders of Kell, Arlen, and Vell proclaimed a “Union of Free Cities”",
        ),
        (
            "In 1991, Kell, Arlen, and Vell declared their independence from Orm.",
            "Kell, Arlen, and Vell declared their independence from Orm",
        ),
        # after a lead-in that ends on a list, the subject is the name after it
        (
            "On March 17, 2003, Kell cut off all relations with Orm. Two days later, in a coalition with Arlen, "
            "Vell, and Brill, Kell began “Operation Long Night” with an invasion of Orm.",
            "Kell began “Operation Long Night” with an invasion of Orm",
        ),
    ],
)
def test_a_list_of_names_is_one_subject(paragraph, expected):
    assert _titles(paragraph)[-1][1] == expected


def test_the_end_of_a_list_another_clause_began_is_no_subject():
    # not "Commerce, and Navigation, signed in Vell": the importer leaves the deed for the author to title
    titles = _titles(
        "The first treaty between Kell and Arlen was a Treaty of Friendship, Commerce, and Navigation, signed in "
        "Vell on July 10, 1851 and entered into force on May 26, 1852."
    )
    assert titles == [("1851-07-10", ""), ("1852-05-26", "")]
