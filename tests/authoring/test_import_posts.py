"""A history of relations tells its posts and envoys in shapes of its own: each is proposed with its dates."""

from __future__ import annotations

from generator.authoring.importing.merge import merge_duplicates
from generator.authoring.importing.post_dates import dated_post
from generator.authoring.proposals import events
from generator.authoring.reading import HEADING, ITEM, PARAGRAPH, Block


def _proposed(*blocks: tuple[str, str]) -> list[tuple[str, str]]:
    """The events proposed from blocks given as (kind, text), in one part."""
    return [
        (e.date, e.title)
        for e in events([Block(kind, text, text, line) for line, (kind, text) in enumerate(blocks, 1)], None, "a.md")
    ]


def _paragraph(text: str) -> list[tuple[str, str]]:
    return _proposed((PARAGRAPH, text))


def test_posts_run_together_by_semicolons_under_a_heading_that_names_them():
    found = _proposed(
        (HEADING, "Establishment of Consular Posts, 1844-1947."),
        (PARAGRAPH, "Kell (Kellport) 1844; Vell 1847; Orm (Ormsby) 1849; Tarn 1853. The list gives the first consul."),
    )
    assert found[:4] == [
        ("1844", "Consular Post at Kell (Kellport) opens"),
        ("1847", "Consular Post at Vell opens"),
        ("1849", "Consular Post at Orm (Ormsby) opens"),
        ("1853", "Consular Post at Tarn opens"),
    ], found
    # each post is told by its own item, not by the whole list: a timeline of thirty posts stays short
    details = [
        e.detail
        for e in events(
            [
                Block(HEADING, "Consular Posts, 1844-1947.", "Consular Posts, 1844-1947.", 1),
                Block(PARAGRAPH, "Kell 1844; Vell 1847; Orm 1849.", "Kell 1844; Vell 1847; Orm 1849.", 2),
            ],
            None,
            "a.md",
        )
    ]
    assert details == ["Kell (1844)", "Vell (1847)", "Orm (1849)"], details
    # without a heading that names posts, a run of places and years is no list of posts
    assert not any("opens" in title for _, title in _proposed((PARAGRAPH, "Kell 1844; Vell 1847; Orm 1849.")))


def test_a_post_told_by_its_earliest_and_latest_dates():
    assert dated_post("Goliad: Earliest Date: January 9, 1835. No extant latest date.") is not None
    found = _proposed(
        (PARAGRAPH, "Other consulates, with extant dates:"),
        (ITEM, "Kell Saf (Kell-Saf)-- Earliest date: October 27, 1883; Latest date: April 1904"),
        (ITEM, "Vell (Vella, Velle). Earliest extant date July 31, 1950; last extant date September 26, 1966."),
        (ITEM, "Tarn: Earliest Date: January 9, 1835. No extant latest date."),
        (ITEM, "Orm (Ormsby)--A Consular Agent was appointed at Orm on July 3, 1875."),
    )
    assert ("1883-10-27/1904-04", "Consulate at Kell Saf (Kell-Saf)") in found, found
    assert ("1950-07-31/1966-09-26", "Consulate at Vell (Vella, Velle)") in found, found
    assert ("1835-01-09", "Consulate at Tarn opens") in found, found
    # an item that tells a deed is read as a sentence, not as a post's span
    assert not any(title.startswith("Consulate at Orm") for _, title in found), found
    # a heading that is the place, over a paragraph that gives the dates
    found = _proposed(
        (HEADING, "Kellport (Kell)."),
        (PARAGRAPH, "Earliest Date: April 22, 1850 (appointment of consul) Latest Date: April 9, 1869. It was a port."),
    )
    assert found == [("1850-04-22/1869-04-09", "U.S. consular post at Kellport (Kell)")], found


def test_places_listed_with_their_other_names_before_their_years():
    found = _proposed(
        (PARAGRAPH, "Other consulates, with extant dates:"),
        (ITEM, "Kellport (Kell, Kella) ( 1871-1923 )"),
        (ITEM, "Vell(?)( 1871-? )"),
    )
    assert found == [("1871/1923", "Consulate at Kellport (Kell, Kella)"), ("1871", "Consulate at Vell opens")], found


def test_it_after_a_post_opened_somewhere_or_a_treaty_replaced_is_that_post_or_the_new_treaty():
    found = _paragraph(
        "A Commercial Agency was opened in Kellport in 1887. It became a Consulate in 1906, but was closed in 1917."
    )
    assert ("1906", "The Commercial Agency in Kellport became a Consulate") in found, found
    found = _paragraph(
        "A U.S. consular post has been intermittently maintained in Vell since the war. It opened as a Consulate "
        "in 1948 and was upgraded to a Consulate General in 1961, only to close in 1963. It reopened in 1973 "
        "and closed again in 1980."
    )
    assert ("1948", "The U.S. consular post in Vell opened as a Consulate") in found, found
    assert ("1963", "The U.S. consular post in Vell closed") in found, found
    assert ("1973", "The U.S. consular post in Vell reopened") in found, found
    found = _paragraph(
        "The first treaty between Kell and Vell dealt with commerce, and was signed at Orm on October 29, 1923. "
        "It entered into force on November 5. It was supplanted by a reciprocal trade agreement signed on March "
        "7, 1938. It entered into force provisionally on April 16, 1938."
    )
    assert ("1923-11-05", "The first treaty entered into force") in found, found
    assert ("1938-04-16", "The reciprocal trade agreement entered into force provisionally") in found, found


def test_an_envoy_s_service_ends_in_the_office_the_text_gave_him():
    found = _paragraph(
        "Tam Orm was appointed as the first U.S. Ambassador to Kell on December 20, 1944. He presented his "
        "credentials on July 20, 1945 and served until September 19, 1948."
    )
    assert ("1948-09-19", "Tam Orm’s service as Ambassador to Kell ended") in found, found
    found = _paragraph(
        "Minister Arlen Vesk was promoted to Ambassador on November 16, 1951. He presented his credentials on "
        "November 28, and served until July 19, 1952."
    )
    assert found[-1] == ("1952-07-19", "Arlen Vesk’s service as Ambassador ended"), found


def test_a_day_some_weeks_after_the_last_goes_on_in_its_year():
    found = _paragraph(
        "Tam Orm was appointed Minister to Kell on August 3, 1946. He presented his credentials on September 7, "
        "and served until June 27, 1950."
    )
    assert ("1946-09-07", "Tam Orm presented his credentials") in found, found


def test_a_post_told_as_the_first_to_open_then_closed_in_a_relative_clause():
    found = _proposed(
        (PARAGRAPH, "The first U.S. Consulate to open in Kellport was on May 29, 1794, which closed in 1985.")
    )
    assert [date for date, _ in found] == ["1794-05-29", "1985"], found
    assert found[1][1] == "The first U.S. Consulate in Kellport closed", found
    found = _proposed(
        (PARAGRAPH, "The first U.S. Consulate to open in Vell was on June 17, 1790. It closed on January 2, 1967.")
    )
    assert [date for date, _ in found] == ["1790-06-17", "1967-01-02"], found
    assert all("Vell" in title for _, title in found), found
    # "which" after a date in a sentence that is not about a post stays a relative clause
    assert _proposed((PARAGRAPH, "Tam Orm founded the mill on May 2, 1790, which closed in 1801.")) != _proposed(
        (PARAGRAPH, "Tam Orm founded the mill on May 2, 1790, and closed in 1801.")
    )


def test_a_post_opened_at_a_place_is_the_post_there_in_its_later_deeds():
    assert _paragraph("A Consulate was established at Kellport in February 1943 and was closed May 9, 1946.") == [
        ("1943-02", "The Consulate at Kellport was established"),
        ("1946-05-09", "The Consulate at Kellport was closed"),
    ]
    found = _paragraph(
        "Another U.S. consulate was opened in nearby Vell on June 27, 1882, which closed on May 1, 1949."
    )
    assert found == [
        ("1882-06-27", "The U.S. consulate in Vell was opened"),
        ("1949-05-01", "The U.S. consulate in Vell closed"),
    ], found


def test_a_treaty_supplanted_by_an_agreement_signed_that_day_tells_the_signing():
    found = _paragraph(
        "The first treaty between Kell and Vell was signed at Orm on October 29, 1923. It was supplanted by a "
        "reciprocal trade agreement signed in Orm on March 7, 1938."
    )
    assert found[-1] == ("1938-03-07", "A reciprocal trade agreement was signed in Orm"), found


def test_the_day_a_change_took_effect_is_its_own_day():
    assert _paragraph("The office was raised to the status of a Consulate General effective May 22, 1946.") == [
        ("1946-05-22", "The office was raised to the status of a Consulate General")
    ]
    assert _paragraph("The American Legation at Orm was opened to the public as of March 16, 1959.") == [
        ("1959-03-16", "The American Legation at Orm was opened to the public")
    ]


def test_an_item_that_runs_its_sentences_together_is_read_sentence_by_sentence():
    found = _proposed(
        (PARAGRAPH, "Other consulates, with extant dates:"),
        (
            ITEM,
            "Kellport (Kell, Kella)--A Consular Agent was appointed at Kell on July 3, 1875.The Agency closed "
            "December 31, 1910.A Consulate was established June 4, 1943.",
        ),
    )
    assert [date for date, _ in found] == ["1875-07-03", "1910-12-31", "1943-06-04"], found
    assert not any("--" in title for _, title in found), found
    # the place the item opens on is where the posts it leaves unplaced were
    assert found[1][1] == "Closing of the Agency at Kellport", found
    assert found[2][1] == "A Consulate at Kellport was established", found


def test_a_sentence_left_untitled_does_not_lend_its_day_to_another_post():
    blocks = [
        Block(PARAGRAPH, text, text, line)
        for line, text in enumerate(
            [
                "The first U.S. consular post in Kell was in Orm. A consulate was opened in 1869 and closed April 9, 1917.",
                "A Commercial Agency was opened in Vell in 1887. It became a Consulate in 1906, but was closed in 1917.",
            ],
            1,
        )
    ]
    found = [
        (e.date, e.title) for e in merge_duplicates(sorted(events(blocks, None, "a.md"), key=lambda e: e.sort_key))
    ]
    assert ("1917", "The Commercial Agency in Vell was closed") in found, found
    assert ("1917-04-09", "") in found, found


def test_a_new_subject_after_a_year_and_and_is_a_clause_of_its_own():
    assert _paragraph(
        "The King of Kell recognized the United States in 1796 and diplomatic relations between the two countries "
        "were established in 1832."
    )[-1] == ("1832", "Diplomatic relations between the two countries were established")
    # an adverb after "and" goes on with the same subject
    assert _paragraph("Tam Orm was elected to the Senate in 1796 and later was appointed Minister to Kell in 1801.")[
        -1
    ][1].startswith("Tam Orm")


def test_the_first_holder_of_an_office_is_the_subject_of_his_appointment():
    assert _paragraph(
        "The first Consul of the United States for Kell was Tam Orm, who was appointed on May 10, 1802."
    ) == [("1802-05-10", "Tam Orm was appointed the first Consul of the United States for Kell")]
    assert _paragraph(
        "The first U.S. consular representative to serve in what is today Kell was Arlen Vesk, appointed on June 9, "
        "1824, as the U.S. Consul in Vell."
    ) == [("1824-06-09", "Arlen Vesk was appointed as the U.S. Consul in Vell")]


def test_the_first_holder_named_in_apposition_is_the_he_that_follows():
    found = _paragraph(
        "The first U.S. Minister, Arlen Vesk Dorn, was appointed on February 10, 1922, and presented his credentials "
        "on June 19, 1922. He served until his death on April 29, 1930."
    )
    assert found[0] == ("1922-02-10", "Arlen Vesk Dorn was appointed the first U.S. Minister"), found
    assert all("Dorn" in title for _, title in found), found


def test_a_move_from_one_place_keeps_the_place_it_went_to():
    assert _paragraph("The United States moved its embassy in Kell from Orm to Vell on July 7, 1999.") == [
        ("1999-07-07", "The United States moved its embassy in Kell from Orm to Vell")
    ]


def test_which_after_a_treaty_with_a_ruler_is_the_treaty():
    assert _paragraph(
        "He was empowered to negotiate a formal Treaty of Peace and Friendship on behalf of the United States with "
        "the Bey of Kell, which was signed on August 28, 1797."
    ) == [("1797-08-28", "A formal Treaty of Peace and Friendship was signed")]


def test_an_office_after_to_is_not_a_verb_cut_from_its_object():
    assert _paragraph("The post of commercial agent was raised to consul effective July 5, 1844.") == [
        ("1844-07-05", "The post of commercial agent was raised to consul")
    ]


def test_a_day_between_the_subject_and_its_verb_dates_the_deed():
    assert _paragraph(
        "The Kellish National Police on November 24, 1949, forced the resignation of President Orm, who was "
        "succeeded by Arlen Vesk."
    ) == [("1949-11-24", "The Kellish National Police forced the resignation of President Orm")]


def test_this_treaty_after_a_treaty_signed_is_that_treaty():
    found = _paragraph(
        "On February 15, 1939, a treaty of extradition was signed between Kell and Vell. This treaty was ratified "
        "on August 30, 1939."
    )
    assert found[-1] == ("1939-08-30", "The treaty of extradition was ratified"), found
    # "this post" after a treaty is not the treaty
    found = _paragraph("On February 15, 1939, a treaty of extradition was signed. This post was closed on May 1, 1940.")
    assert not found[-1][1].startswith("The treaty"), found
    # a newspaper that tells of a day is a source, not a deed of that day
    assert _paragraph("The Kell Evening Star on November 1, 1866, described the move as follows:") == [
        ("1866-11-01", "")
    ]


def test_an_envoy_named_after_his_long_office_is_the_subject_by_his_name():
    assert _paragraph(
        "Full diplomatic relations were established when the first U.S. Chargé d’Affaires to the Kingdom of Kell "
        "and Vell Tam Orm presented his credentials to the King of Kell on January 25, 1832."
    ) == [("1832-01-25", "Tam Orm presented his credentials to the King of Kell")]
    assert _paragraph(
        "In 1802 the Kellish Minister to the United States R. G. van Orm presented his letters of recall."
    ) == [("1802", "R. G. van Orm presented his letters of recall")]


def test_it_after_a_post_the_sentence_before_opened_is_that_post():
    assert _paragraph("The United States opened a Consulate General in Kellport in 1947. It was closed in 1950.") == [
        ("1947", "The United States opened a Consulate General in Kellport"),
        ("1950", "The Consulate General in Kellport was closed"),
    ]


def test_who_after_an_envoy_sent_to_a_kingdom_is_the_envoy():
    assert _paragraph(
        "On December 19, 1814, the U.S. accredited Tam Orm to the Kingdom of Kell, who presented his credentials "
        "on July 20, 1815."
    )[-1] == ("1815-07-20", "Tam Orm presented his credentials")


def test_a_letter_dated_after_the_deed_s_day_is_the_letter_s_day():
    assert _paragraph(
        "On April 8, 1871, Envoy Tam Orm presented his credentials to the Emperor of Kell with a letter from "
        "President Arlen Vesk dated March 16, 1871."
    ) == [("1871-04-08", "Tam Orm presented his credentials to the Emperor of Kell")]
    # "presented the Emperor [with a letter]" cut before what he presented says another thing: left untitled
    assert _paragraph(
        "On April 8, 1871, U.S. Envoy Extraordinary and Minister Plenipotentiary to Vell Tam Orm presented the new "
        "Kellish Emperor Arlen I with a letter from U.S. President Orm Vesk."
    ) == [("1871-04-08", "")]


def test_the_first_holder_who_presented_his_credentials_presented_them():
    assert _paragraph(
        "The first U.S. Minister Resident to the Kingdom of Kell was Tam Orm, who presented his credentials on June "
        "19, 1863."
    ) == [("1863-06-19", "Tam Orm presented his credentials")]
