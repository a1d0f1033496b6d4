"""One event that a history of relations tells in two of its parts is proposed once."""

from __future__ import annotations

from generator.authoring.importing.merge import merge_duplicates
from generator.authoring.proposals import events
from generator.authoring.reading import PARAGRAPH, Block


def _proposed(*parts: str) -> list[tuple[str, str]]:
    """The events the importer keeps from paragraphs, each in a part (file) of its own."""
    found = []
    for number, paragraph in enumerate(parts, start=1):
        found += events([Block(PARAGRAPH, paragraph, paragraph, 1)], None, f"sections/{number:02}.md")
    return [(e.date, e.title) for e in merge_duplicates(sorted(found, key=lambda e: e.sort_key))]


def test_one_act_told_in_the_parts_on_recognition_and_on_relations_is_one_event():
    found = _proposed(
        "Since 1783, when Kell did eventually recognize the United States, the two countries have broken "
        "relations just once.",
        "Kell recognized the United States of America when Vell officially received Tam Orm as Chargé "
        "d’Affaires ad interim on February 20, 1783.",
        "The Kellish did not officially establish diplomatic relations with the United States until the U.S. "
        "Chargé d’Affaires ad interim, Tam Orm, was officially received at the court in Vell on February 20, 1783.",
        "Tam Orm was officially received by Vell as Chargé d’Affaires ad interim, February 20, 1783, though he had "
        "been in Kell since May 1782.",
    )
    assert [date for date, _ in found] == ["1783-02-20"], found


def test_an_opening_year_that_takes_a_later_day_joins_the_act_told_before_it():
    # the opening's year becomes the day of the part on relations, which the part on recognition told
    # first: one event, not two
    found = _proposed(
        "Kell and the United States first established relations in 1824.",
        "The United States recognized the Federation when President Tam Orm received Arlen Vesk Dorn as "
        "Envoy Extraordinary and Minister Plenipotentiary on August 4, 1824.",
        "Diplomatic relations were established on August 4, 1824, when President Tam Orm received Arlen "
        "Vesk Dorn as Envoy Extraordinary and Minister Plenipotentiary on August 4, 1824.",
    )
    assert [date for date, _ in found] == ["1824-08-04"], found


def test_a_sentence_that_only_names_the_act_of_another_tells_a_deed_of_its_own():
    found = _proposed(
        "The Provisional Authority handed power to the new Interim Kellish Government led by Prime Minister "
        "Tam Orm on June 28, 2004.",
        "Upon the transfer of sovereignty to the Kellish Interim Government, diplomatic relations were "
        "reestablished on June 28, 2004, when the United States reopened its Embassy in Vell.",
    )
    assert len(found) == 2, found


def test_one_kind_of_deed_given_one_day_twice_is_one_event():
    found = _proposed(
        "The United States recognized Kell’s independence on April 26, 1922, in a letter from President Tam Orm.",
        "Diplomatic relations were established on April 26, 1922, upon American recognition of Kellish independence.",
    )
    assert [date for date, _ in found] == ["1922-04-26"], found
    # recognition by a message and relations by an embassy opened that day are two deeds
    found = _proposed(
        "The United States recognized the Republic of Kell on August 15, 1960, in a congratulatory message from "
        "President Tam Orm.",
        "Diplomatic relations were established on August 15, 1960, when Embassy Vell was established with Arlen "
        "Dorn as Chargé d’Affaires ad interim.",
    )
    assert len(found) == 2, found


def test_the_year_in_a_law_s_name_is_not_a_second_date():
    found = _proposed("On November 25, 1947, the Kell Statute of Vell Adoption Act 1947 became law.")
    assert [date for date, _ in found] == ["1947-11-25"], found
    # without a date before it, the law's year is the only one the sentence gives
    assert [date for date, _ in _proposed("Kell’s Statute of Vell Adoption Act 1947 became law.")] == ["1947"]


def test_two_peoples_before_one_noun_stay_in_the_title():
    found = _proposed(
        "However, the United States did not recognize the Kellish and Vellish protectorates until October 20, "
        "1917, when Secretary of State Tam Orm sent a letter to the Kellish Ambassador."
    )
    assert found == [("1917-10-20", "Recognition of the Kellish and Vellish protectorates")], found


def test_two_documents_signed_on_one_day_are_two_events():
    found = _proposed(
        "On October 8, 1782, Kell and the United States signed a Treaty of Amity and Commerce in Vell.",
        "On October 8, 1782, Kell and the United States signed a convention governing recaptured vessels in Vell.",
    )
    assert found == [
        ("1782-10-08", "Treaty of Amity and Commerce"),
        ("1782-10-08", "Kell and the United States signed a convention governing recaptured vessels in Vell"),
    ]


def test_one_document_told_twice_on_one_day_is_still_one_event():
    # "the treaty" names no other document than the Treaty of Vell
    found = _proposed(
        "On May 3, 1801, Kell and Arlen signed the Treaty of Vell in the capital.",
        "Kell and Arlen signed the treaty on May 3, 1801, in the capital.",
    )
    assert [date for date, _ in found] == ["1801-05-03"], found
