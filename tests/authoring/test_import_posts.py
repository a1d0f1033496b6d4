"""A history of relations tells its posts and envoys in shapes of its own: each is proposed with its dates."""

from __future__ import annotations

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
    assert found[-1] == ("1952-07-19", "Minister Arlen Vesk’s service as Ambassador ended"), found


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
