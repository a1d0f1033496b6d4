"""The import-quality harness (bench/import_quality.py) counts as its docstring says, and
every article of the tests has a well-formed hand annotation for it to count against."""

from __future__ import annotations

import re
import sys

import pytest
from conftest import ROOT, TESTS

sys.path.insert(0, str(ROOT / "bench"))
import import_quality as quality

sys.path.remove(str(ROOT / "bench"))

Truth, Proposed = quality.Truth, quality.Proposed


def test_the_matcher_counts_a_small_made_up_case():
    truth = [
        Truth("1765", "Parliament passes the Stamp Act"),
        Truth("1766-03", "Stamp Act repealed", ["Rockingham"]),
        Truth("1773-12-16", "Boston Tea Party", ["tea", "harbor"]),
        Truth("1774", "Quebec Act"),
    ]
    proposals = [
        Proposed("1765", "Stamp Act", "In 1765 Parliament passed the Stamp Act."),
        Proposed("1765", "Parliament passed the Stamp Act", "Parliament passed the Stamp Act in 1765."),
        Proposed("1766", "Stamp Act repealed", "Lord Rockingham had the act repealed in 1766."),
        Proposed("2001", "Smith", "Taxes were resented (Smith, 2001)."),
        Proposed("1999", "A mill", "Figure 3 A mill photographed in 1999."),
        Proposed("1800", "Nothing of the kind", "A farmer sold his cow in 1800."),
    ]
    measure = quality.match(truth, proposals, ["(Smith, 2001)"])
    assert measure.truth == 4 and measure.proposed == 6
    assert [(t.title, p.title) for t, p in measure.matched] == [
        ("Parliament passes the Stamp Act", "Parliament passed the Stamp Act"),  # more of its words
        ("Stamp Act repealed", "Stamp Act repealed"),
    ]
    assert measure.right_date == 1  # "1766" is not the truth's "1766-03"
    assert [p.title for p in measure.duplicates] == ["Stamp Act"]  # the same event again
    assert [p.date for p in measure.from_captions] == ["2001", "1999"]
    assert [p.title for p in measure.unmatched] == ["Nothing of the kind"]


def test_a_date_listed_as_also_right_counts_as_right():
    measure = quality.match(
        [Truth("1861-11-08", "Wilkes seizes the envoys from the Trent", also=["1861-11"])],
        [
            Proposed(
                "1861-11", "Trent Affair", "The arrest of the envoys precipitated the Trent Affair in November of 1861."
            )
        ],
    )
    assert len(measure.matched) == 1 and measure.right_date == 1


def test_a_proposal_sharing_only_common_words_with_an_event_of_another_year_is_not_matched():
    measure = quality.match(
        [Truth("1898-04-25", "Congress votes for war against Spain")],
        [Proposed("1917-04-04", "The Senate voted", "On April 4, 1917, the Senate voted for war.")],
    )
    assert not measure.matched and len(measure.unmatched) == 1


def test_words_and_years():
    assert quality.words("Great Britain granted the Confederacy’s status") == quality.words(
        "great britain grants confederacy statu"
    )
    assert quality.years("1915/1918") == {1915, 1916, 1917, 1918}
    assert quality.years("1765-11-01") == {1765}
    assert quality.years("-490/-479") == set(range(-490, -478))
    assert quality.years("An 1802 portrait, 1803") == {1802, 1803}


def test_an_annotation_written_before_the_common_era_is_read_as_a_timeline_writes_it():
    assert quality.timeline_date("333 BCE") == "-333"
    assert quality.timeline_date("490–479 BC") == "-490/-479"
    assert quality.timeline_date("1848") == "1848"
    assert quality.timeline_date("264 BCE/146 BCE") == "-264/-146"
    assert quality.timeline_date("11,000 BCE") == "-11000"
    assert quality.timeline_date("500 CE") == "500"
    assert quality.timeline_date("40 CE/54 CE") == "40/54"
    assert quality.timeline_date("68–69 CE") == "68/69"
    assert quality.timeline_date("2000 BCE/900 CE") == "-2000/900"  # a span across the era's start
    measure = quality.match(
        [Truth("-333", "Kell defeats the Skerns at Hull")],
        [Proposed("-333", "Kell defeated the Skerns at Hull", "Kell defeated the Skerns at Hull in 333 BCE.")],
    )
    assert measure.right_date == 1


# An annotation's date: "1941-04-13", "1939/1945", a year before 1000 as an author writes it ("536"),
# and one before the common era as a timeline writes it ("-333", read from "333 BCE").
_DATE = re.compile(r"^(?:-\d{2,5}|\d{2,4})(?:-\d{2}(?:-\d{2})?)?(?:/(?:-\d{2,5}|\d{2,4})(?:-\d{2}(?:-\d{2})?)?)?$")


@pytest.mark.parametrize("article", quality.articles([]), ids=lambda p: p.name)
def test_every_annotation_is_well_formed(article):
    events, not_events = quality.load_truth(quality.truth_for(article))
    assert events or article.name in _DATES_NOTHING
    for event in events:
        assert _DATE.match(event.date) and all(_DATE.match(d) for d in event.also), event
        assert event.words(), event
    text = _flattened_source(article)
    for fragment in not_events:  # each listed caption or citation is really in the article
        assert " ".join(fragment.split()) in text, fragment


# "County and City Government" gives years only to census figures and a caption: its annotation is empty by design
_DATES_NOTHING = {"county-and-city-government.odt"}


def test_every_article_of_the_tests_is_annotated():
    articles = [
        p for folder in quality.FOLDERS for p in folder.iterdir() if p.suffix in quality.SUFFIXES and p.stem != "README"
    ]
    assert len(articles) >= 16
    assert sorted(quality.articles([])) == sorted(articles)


def _flattened_source(article):
    made_from = TESTS / "data" / "sources" / f"{article.stem}.txt"
    return " ".join((made_from if made_from.is_file() else article).read_text(encoding="utf-8").split())


def test_a_proposal_dated_apart_from_a_listed_title_takes_nothing_from_it():
    book = "The Influence of the Sea upon Kell, 1660–1783"
    proposals = [
        Proposed("1850", "Lowe published a study", f"In 1850, Lowe published {book}, a study."),
        Proposed("1660/1783", "The Influence of the Sea upon Kell", f"In 1850, Lowe published {book}, a study."),
    ]
    measure = quality.match([Truth("1850", "Lowe publishes his study")], proposals, [book])
    assert [p.date for p in measure.from_captions] == ["1660/1783"]
    assert [p.date for _, p in measure.matched] == ["1850"]
