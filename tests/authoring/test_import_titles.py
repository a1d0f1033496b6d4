"""Event titles from a dated sentence: the event's own clause, its subject and its verb.

Each case is a sentence and the title a teacher would print for its first date (or ""
when the sentence names no event the importer can title without inventing words).
"""

from __future__ import annotations

import re

import pytest
import yaml

from generator.authoring.importing.merge import merge_duplicates
from generator.authoring.importing.plain_deed import without_dangling_words
from generator.authoring.proposals import TextTime, events
from generator.authoring.prose import find_dates, iso
from generator.authoring.reading import HEADING, PARAGRAPH, Block
from generator.authoring.sentences import split_sentences


def _events(paragraph: str) -> list:
    return events([Block(PARAGRAPH, paragraph, paragraph, 1)], None, "sections/01.md")


def _titles(paragraph: str) -> list[tuple[str, str]]:
    return [(e.date, e.title) for e in _events(paragraph)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lead-in before the subject, and the date's lead, go
        (
            "On the evening of 3 May 1921, the miners of the valley struck.",
            ("1921-05-03", "The miners of the valley struck"),
        ),
        (
            "Therefore, in July 1944, having lost the support of the emperor, Tojo was forced to resign.",
            ("1944-07", "Tojo was forced to resign"),
        ),
        # a role before a name, and an apposition between subject and verb, go
        (
            "On 2 June 1802 the chief engineer Anna Weller opened the canal lock.",
            ("1802-06-02", "Anna Weller opened the canal lock"),
        ),
        (
            "The Ridley Bridge, the longest span of its day, collapsed on 9 March 1871.",
            ("1871-03-09", "The Ridley Bridge collapsed"),
        ),
        # the date in a subordinate clause: that clause is the event
        ("When the old king died on 4 April 1702, the council met at once.", ("1702-04-04", "The old king died")),
        # a relative clause that holds the date: its antecedent is the subject
        (
            "The envoy met Karl Brant, who sailed to Lisbon in May 1750 with the treaty.",
            ("1750-05", "Karl Brant sailed to Lisbon with the treaty"),
        ),
        # a pronoun stands for the person the text has just named
        (
            "In the north, the general Paul Ostrow marched to the river, and on 5 May 1812 he took the bridge at Kell.",
            ("1812-05-05", "Paul Ostrow took the bridge at Kell"),
        ),
        # a name the text gives the event after its date
        (
            "On 4 March 1850 troops fired on a crowd in what is remembered as the Market Square Massacre.",
            ("1850-03-04", "Market Square Massacre"),
        ),
        # what was only planned, or a sentence without a subject, gives no title
        ("In 1930 the council planned a new harbour.", ("1930", "")),
        ("All things seemed ready for the attack, which was launched on 1 May 1915.", ("1915-05-01", "")),
    ],
)
def test_the_title_is_the_dated_clause(sentence, expected):
    assert _titles(sentence)[0] == expected


def test_the_act_named_before_gives_its_name_to_the_act():
    paragraph = "In March 1765 Parliament passed the Stamp Act. Many protested. The act was repealed in 1766."
    assert ("1766", "The Stamp Act was repealed") in _titles(paragraph)


def test_a_long_clause_loses_its_least_informative_phrase_first():
    title = dict(
        _titles("At dawn on 19 April 1775 the town militia met the British soldiers on the green at Lexington.")
    )["1775-04-19"]
    assert title == "The town militia met the British soldiers on the green at Lexington"


def test_they_is_never_guessed():
    paragraph = "The Danes held the fort. Outnumbered, however, they surrendered their guns on 9 April 1942."
    assert _titles(paragraph) == [("1942-04-09", "")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "On 2 July 1776 the assembly voted for independence, and two days later it adopted the Declaration of Rights.",
            ("1776-07-04", "Declaration of Rights"),
        ),
        (
            "On 3 January 1868 the rebels took the palace. The army was beaten at the Battle of Yodo later that month.",
            ("1868-01", "Battle of Yodo"),
        ),
        (
            "In September 1868 Edo was renamed Tokyo. The following year the court moved to the new capital.",
            ("1869", "The court moved to the new capital"),
        ),
        # a relative year that opens its sentence moves the text's time: a later day takes that year
        (
            "In April 1761 the exiles landed at Kell. The following year, the king sent troops to the island. Then, "
            "on October 14, the fleet took the harbour.",
            ("1762-10-14", "The fleet took the harbour"),
        ),
    ],
)
def test_a_relative_date_counts_from_the_date_before_it(paragraph, expected):
    assert expected in _titles(paragraph)


def test_a_relative_date_is_read_only_when_the_text_gives_what_to_count_from():
    assert _titles("Two days later the town fell.") == [("", "")]  # undated: left for the author
    # a year gives no day to count two days from: the sentence is left undated for the author
    assert _titles("In 1801 the mill opened. Two days later the town fell.") == [("1801", "The mill opened"), ("", "")]
    # beside a date of its own, "three years later" is no second date
    assert _titles("Three years later, on 16 December 1773, men boarded the ships in the harbour.") == [
        ("1773-12-16", "Men boarded the ships in the harbour")
    ]


def test_a_table_of_dates_gives_events_once(tmp_path):
    from generator.authoring.importer import parse_article, propose

    article = (
        "# Reforms\n\n## Changes\n\n"
        "The government abolished the old domains on 29 August 1871, and the lords lost their lands.\n"
        "A national army was raised from commoners. The reform took many years to finish.\n\n"
        "| Year | Reform |\n|---|---|\n| 1871 | Domains abolished |\n| 1889 | Constitution proclaimed |\n"
    )
    proposal = propose(parse_article(article, True))
    dated = [(e.date, e.title) for e in proposal.events]
    assert ("1889", "Constitution proclaimed") in dated
    assert [date for date, _ in dated].count("1871-08-29") == 1 and not any(date == "1871" for date, _ in dated)


def test_the_title_of_a_work_is_never_cut():
    paragraph = "Max Weber taught at Munich. In 1904, he published The Protestant Ethic and the Spirit of Capitalism."
    assert ("1904", "Max Weber published The Protestant Ethic and the Spirit of Capitalism") in _titles(paragraph)


def test_he_stands_for_the_last_person_named_even_sentences_before():
    paragraph = (
        "Paul Ostrow was born in Kell on 3 May 1770. The old charter forbade a second term. "
        "On 2 December 1801 he dissolved the town council."
    )
    assert ("1801-12-02", "Paul Ostrow dissolved the town council") in _titles(paragraph)


def test_a_clause_without_subject_and_verb_shares_those_of_the_clause_before():
    paragraph = "The rebels won at Kell on 4 June 1859 and at Ardo on 24 June 1859."
    assert _titles(paragraph) == [("1859-06-04", "The rebels won at Kell"), ("1859-06-24", "The rebels won at Ardo")]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("From November 28 to December 1, 1943, the Kell Conference met in the old palace.", "1943-11-28/1943-12-01"),
        ("The siege of Ardo lasted from 4 to 9 June 1859.", "1859-06-04/1859-06-09"),
        ("The Ardo Congress sat from 30 December to 2 January 1860.", "1859-12-30/1860-01-02"),
        # a part of a year at either end still ends the span there
        ("The Kell embargo on Orm’s grain lasted from late 1807 to early 1809.", "1807/1809"),
        ("Between late 1807 and mid-1809, the Kell embargo closed the port.", "1807/1809"),
    ],
)
def test_a_range_of_days_is_one_interval(sentence, date):
    assert [d for d, _ in _titles(sentence)] == [date]


def test_of_a_list_of_deeds_the_date_is_the_last_ones():
    paragraph = "The new council paved the streets, opened a school and granted a charter to Kell in 1832."
    assert _titles(paragraph) == [("1832", "The new council granted a charter to Kell")]
    # two deeds joined by "and" share their date, and the first names them
    paragraph = "The council abolished the old guilds and replaced them with boards on 29 August 1871."
    assert _titles(paragraph) == [("1871-08-29", "The council abolished the old guilds")]


def test_an_approximate_count_keeps_only_what_it_knows():
    paragraph = "The rebels took Kell on 1 September 1939. About two weeks later the Ardo Pact was signed."
    assert ("1939-09", "Ardo Pact") in _titles(paragraph)


def test_a_birth_is_a_life_date_left_out_of_the_timeline_but_kept_for_the_author():
    from generator.authoring.importer import parse_article, propose

    article = (
        "# T\n\n## A\n\nArla Nord was born in Kell in 1792. In 1821, she founded the Kell Weavers’ Guild. "
        "The guild was born of a long strike in 1830.\n"
    )
    report = propose(parse_article(article, True))
    timeline = report.files["timeline.yaml"]
    kept = yaml.safe_load(timeline)
    assert [(e["date"], e["title"]) for e in kept] == [
        ("1821", "Arla Nord founded the Kell Weavers’ Guild"),
        ("1830", "The guild was born of a long strike"),
    ]
    assert '# - date: "1792"\n#   title: "Arla Nord was born in Kell"' in timeline
    assert not any("without a nameable event" in line for line in report.review)  # nothing left to decide


def test_a_relative_date_with_nothing_to_count_from_is_left_for_the_author():
    from generator.authoring.importer import parse_article, propose

    article = "# T\n\n## A\n\nThe mill was busy all day long in the valley. Two days later the bridge at Kell fell.\n"
    timeline = propose(parse_article(article, True)).files["timeline.yaml"]
    assert '# - date: ""  # the sentence dates it from a date the text does not give' in timeline
    assert "Two days later the bridge at Kell fell." in timeline


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1939 the kingdom was heavily reliant on imported oil.",
        "In 1939 the old general was deeply disappointed in the council.",
        "The old shah had already consolidated his rule over the provinces in 1925.",
    ],
)
def test_a_state_or_what_had_happened_by_then_is_no_event_title(sentence):
    assert {title for _, title in _titles(sentence)} == {""}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sentence that opens with its year tells that year's deed, in whatever tense
        (
            "In 1925 the old shah had consolidated his rule over the provinces.",
            "The old shah consolidated his rule over the provinces",
        ),
        # a passive with an adverb of manner is a deed; with one of degree, a state
        ("In 1867, the valley was formally transferred to Kell.", "The valley was formally transferred to Kell"),
    ],
)
def test_a_deed_told_in_a_pluperfect_or_an_adverbed_passive_keeps_its_title(sentence, expected):
    assert [title for _, title in _titles(sentence)] == [expected]


def test_a_long_subject_led_by_someone_becomes_theirs():
    paragraph = "On 2 May 1790, three Dutch frigates under Admiral Jan de Witt anchored at Kell and fired on the fort."
    assert _titles(paragraph) == [("1790-05-02", "Jan de Witt’s three Dutch frigates anchored at Kell")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The fall of Kell gave the rebels the impetus for Ardo’s surrender on 8 May 1843.",
            ("1843-05-08", "Ardo’s surrender"),
        ),
        (
            "Rebel victories, along with the rebel bombing of Kell in July 1843, shook the king.",
            ("1843-07", "Bombing of Kell"),
        ),
        (
            "Two days of riots in November 1838 became known as Brandnacht, the night of fire.",
            ("1838-11", "Brandnacht"),
        ),
    ],
)
def test_a_deed_the_date_follows_or_a_name_the_text_gives_is_the_title(sentence, expected):
    assert _titles(sentence) == [expected]


def _merged(paragraphs: list[str]) -> list[tuple[str, str]]:
    blocks = [Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, start=1)]
    return [(e.date, e.title) for e in merge_duplicates(events(blocks, None, "sections/01.md"))]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a named event, and a sentence that tells it by part of its name
        [
            "The Dover Affair of March 1802 soured relations between the two crowns for years afterwards.",
            "On 4 March 1802, Captain Lowe stopped the Dover at sea.",
        ],
        # a named act, and a sentence that calls it "the act"
        ["In 1811 Parliament passed the Canal Act.", "The 1811 Act angered the merchants of Leeds."],
        # one doer within one month
        [
            "In March 1802, Captain Lowe sailed to Kell on a secret errand for the crown.",
            "On 6 March 1802, the Lowe Mission crossed the border of Kell.",
        ],
        # one day and one name, written in two cases
        [
            "On 8 May 1802, the duke read a program of twelve articles to the estates.",
            "On 8 May 1802, the duke announced the last of his Twelve Articles.",
        ],
        # a deed that befalls one person once
        [
            "In 1802, Governor Paul Nord was assassinated in Kell.",
            "The assassination of the governor of Kell in July 1802 shocked the court.",
        ],
        # one actor and one matter in other words, in one year
        [
            "The Kellish Border Quarrel officially began in 1841.",
            "In 1841, Kell disputed the Leeds survey of the border.",
        ],
        # on one day, a title that names only its actor is the other's
        [
            "On 1 September 1839, Kell’s invasion of Skern began at dawn.",
            "All seemed ready for the Kellish onslaught, which was launched on 1 September 1839.",
        ],
        # one event's two names: the same place and a kind, or a kind and its acronym
        [
            "The Hull Final Act was signed in August 1875 by every guild.",
            "In 1875, the Hull Accords settled the tolls.",
        ],
        ["In 1872, the talks yielded the Anti-Toll Barge Treaty.", "The ATB Treaty of 1872 was renewed twice."],
        # one date and one named document in both
        [
            "After enough towns had voted for it, the Charter came into effect in 1789 and still stands.",
            "After the ratification of the Charter in 1789, the council met for the first time.",
        ],
    ],
)
def test_one_event_told_twice_is_proposed_once(paragraphs):
    assert len(_merged(paragraphs)) == 1


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        # an appointment and the taking of office on one day, even in one sentence
        (
            ["Hollis Wren was appointed Lord Warden by Queen Maud on May 2, 1861, and entered duty the same day."],
            [("1861-05-02", "appointed")],
        ),
        (
            [
                "Queen Maud appointed Hollis Wren Lord Warden on May 2, 1861.",
                "Wren assumed office as Lord Warden on May 2, 1861.",
            ],
            [("1861-05-02", "")],
        ),
        # a resignation told by its year and again by its day
        (
            [
                "Hollis Wren tendered his resignation in 1866 over the tolls.",
                "Hollis Wren left office as Lord Warden on March 4, 1866.",
            ],
            [("1866-03-04", "")],
        ),
    ],
)
def test_one_term_begun_or_ended_told_twice_is_one_event(paragraphs, kept):
    merged = _merged(paragraphs)
    assert [date for date, _ in merged] == [date for date, _ in kept]
    assert all(word in title for (_, title), (_, word) in zip(merged, kept, strict=True))


@pytest.mark.parametrize(
    "paragraphs",
    [
        # appointed on one day, took the oath days later: two dates a teacher keeps
        [
            "Hollis Wren was appointed Lord Warden by Queen Maud on May 2, 1861.",
            "Hollis Wren entered duty as Lord Warden on May 9, 1861.",
        ],
        # two offices left in one year
        [
            "Hollis Wren resigned from the Toll Court in 1866.",
            "Hollis Wren left office as Lord Warden on March 4, 1866.",
        ],
        # two people's resignations
        [
            "Hollis Wren resigned in 1866 over the tolls.",
            "Amos Pell left office as Lord Warden on March 4, 1866.",
        ],
    ],
)
def test_two_steps_of_a_career_stay_two_events(paragraphs):
    assert len(_merged(paragraphs)) == 2


def test_a_visit_dated_by_its_days_and_by_its_year_is_one_event():
    merged = _merged(
        [
            "Lord Berwin travelled to Skern February 21–28, 1872, the first envoy to visit the island.",
            "In 1872, Lord Berwin traveled to the island of Skern and met its council.",
        ]
    )
    assert [date for date, _ in merged] == ["1872-02-21/1872-02-28"]


def test_a_war_known_elsewhere_by_another_name_is_one_war_dated_as_first_named():
    war = "King Olaf’s War (1744–1748), known in Kell as the War of the Sound (1740–1748), was fought at sea."
    assert _merged([war]) == [("1744/1748", "King Olaf’s War")]
    after = "The Skern War (1754–1763), known as the Nine Years’ War (1756–1763) in Kell, was the last."
    assert [(date, title.removeprefix("The ")) for date, title in _merged([after])] == [("1754/1763", "Skern War")]


def test_a_named_war_that_ends_within_its_span_is_not_proposed_again():
    merged = _merged(
        [
            "Trade on the river was the focus of the War of the Mill (1739–1742), a quarrel between Kell and Skern.",
            "More than anything else, the War of the Mill disrupted the river trade, a situation that hurt both"
            " towns and was a major reason the war came to an end in 1742.",
        ]
    )
    assert merged == [("1739/1742", "War of the Mill")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two named events that share a word are two events
        ["In 1811 Parliament passed the Canal Act.", "On 9 May 1811, the Canal Riot broke out in Leeds."],
        # one actor, two deeds of one year
        ["In 1811 Portugal signed a treaty with Spain.", "In 1811 Portugal closed its ports to France."],
        # one month, and a name that is not the doer of both
        ["In March 1802, Kell resumed its raids at sea.", "On 3 March 1802, Lowe broke off relations with Kell."],
        # a group of acts and one of them
        ["In 1767, Parliament passed the Kell Acts.", "The Kell Revenue Act of 1767 put duties on paper and glass."],
        # two actors, one deed, one month
        [
            "On 1 September 1839, Kell invaded Skern without a declaration of war, and its cavalry reached the river.",
            "In September 1839, Leeds invaded Skern from the east under the secret protocol.",
        ],
        # one person, two deeds of one year that share only his name
        [
            "In 1781, Lord Berwin fortified himself at Hull, a tobacco port on the estuary.",
            "On 19 October 1781, Lord Berwin surrendered his army to the allied commanders.",
        ],
    ],
)
def test_two_events_that_share_a_word_stay_two(paragraphs):
    assert len(_merged(paragraphs)) == 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Leeds Mercury of May 3, 1811, printed a letter from the weavers.",
        "A report in the Hull Packet, 4 June 1811, praised the new mill.",
        "The paper's issue of 9 June 1811 was burned in the square.",
        "Credit: Leeds City Library, 1811.",
        "Courtesy of the Leeds Museum, 1811.",
    ],
)
def test_a_paper_or_a_credit_gives_no_date(paragraph):
    assert _titles(paragraph) == []


def test_a_date_a_paper_reports_stays():
    paragraph = (
        "Frame-breaking spread across Yorkshire in 1811. "
        "The Leeds Mercury of May 3, 1811, reports that on April 12 the weavers broke the frames at Rawfolds."
    )
    assert [date for date, _ in _titles(paragraph)] == ["1811", "1811-04-12"]


def test_a_day_at_a_sentence_end_ends_the_sentence():
    paragraph = "The rebels landed at Kell on August 1. The governor fled by sea."
    assert split_sentences(paragraph) == ["The rebels landed at Kell on August 1.", "The governor fled by sea."]
    found = dict(_titles("The rebels sailed from Brest in May 1843. " + paragraph))
    assert found["1843-08-01"] == "The rebels landed at Kell"


def test_dates_that_share_one_verb_each_take_their_own_subject():
    paragraph = (
        "The rebels of Kell sought friends abroad in 1843. "
        "Portugal recognised the rebel flag on March 2, 1843, Denmark on May 9, and Sweden on June 30."
    )
    assert _titles(paragraph)[1:] == [
        ("1843-03-02", "Portugal recognised the rebel flag"),
        ("1843-05-09", "Denmark recognised the rebel flag"),
        ("1843-06-30", "Sweden recognised the rebel flag"),
    ]


def test_a_span_between_two_years_is_one_date():
    paragraph = "Between 1820 and 1826, four governors of Kell were deposed by the army."
    assert _titles(paragraph) == [("1820/1826", "Four governors of Kell were deposed by the army")]


def test_a_deed_in_a_lead_in_phrase_is_the_dated_event():
    paragraph = "Following Portugal’s repeal of the salt tax in March 1843, the rebels of Kell laid down their arms."
    assert _titles(paragraph) == [("1843-03", "Portugal’s repeal of the salt tax")]


def test_an_infinitive_without_a_subject_gives_no_title():
    paragraph = (
        "The envoy's aim was far more ambitious: to broker an agreement that would end the war, lift the blockade, "
        "and allow the rebels to withdraw the troops dispatched to Kell in 1843."
    )
    assert [title for _, title in _titles(paragraph)] == [""]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a state, not an event
        "Meeting in Leeds in the spring of 1811, the Luddites were weavers and croppers.",
        # what the title speaks of is told in another sentence
        "The court of Kell was outraged by this policy in 1843.",
    ],
)
def test_a_state_or_a_back_reference_gives_no_title(paragraph):
    assert [title for _, title in _titles(paragraph)] == [""]


def test_a_circumstance_after_the_date_is_not_the_title():
    paragraph = "On 12 April 1812, just as the mill’s guards slept, the croppers gathered at Rawfolds Mill."
    assert _titles(paragraph) == [("1812-04-12", "The croppers gathered at Rawfolds Mill")]


def test_an_office_given_is_no_name_of_the_event():
    paragraph = "The riots began in 1811. On May 2, the crowd turned on John Ward, who had been named the Leeds Collector of Rates."
    assert [title for _, title in _titles(paragraph)][1] == "The crowd turned on John Ward"


def test_a_name_in_quotes_the_event_came_to_be_known_by():
    paragraph = "On 9 June 1812, the masters gave way in what came to be known as the “Leeds truce.”"
    assert _titles(paragraph) == [("1812-06-09", "Leeds truce")]


def test_a_participle_after_the_deed_is_cut_from_the_title():
    paragraph = "On 9 June 1812, the weavers gathered at the Cloth Hall of Leeds determined to take action."
    assert _titles(paragraph) == [("1812-06-09", "The weavers gathered at the Cloth Hall of Leeds")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deed done to a named act names the event, not the act alone
        (
            "In May 1826, the new ministry compelled Parliament to repeal the Salt Act.",
            ("1826-05", "Repeal of the Salt Act"),
        ),
        (
            "The Senate of Kell rejected the Treaty of Brest on 9 March 1843.",
            ("1843-03-09", "Rejection of the Treaty of Brest"),
        ),
    ],
)
def test_a_deed_done_to_a_named_act_is_the_title(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # an office that holds a kind of event's word
        "In the same year, Secretary of War John Ward met the envoy of Kell in Leeds.",
        # a name cited as the source of the terms, not the event of this date
        "In 1843, the envoys formed an agreement that limited trade as outlined in the Treaty of Brest.",
    ],
)
def test_an_office_or_a_cited_name_is_not_the_title(sentence):
    titles = [title for _, title in _titles(sentence.replace("In the same year", "In 1843"))]
    assert titles and not any(re.search(r"\b(?:War|Treaty)\b", t) for t in titles)


def test_an_office_before_a_full_name_leaves_the_title():
    paragraph = "In 1843, Kellish Secretary of State John Ward and French Ambassador Paul Nord signed a pact on trade."
    assert _titles(paragraph) == [("1843", "John Ward and Paul Nord signed a pact on trade")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 1843, President John Ward granted Kell a large loan in hopes that Kell could pay off its debt, thus lessening "
            "foreign influence.",
            ("1843", "John Ward granted Kell a large loan"),
        ),
        (
            "In July 1843, Governor Paul Nord was assassinated and the situation in the streets of Kell worsened.",
            ("1843-07", "Governor Paul Nord was assassinated"),
        ),
    ],
)
def test_a_cut_title_ends_on_the_deed(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name that qualifies a noun keeps its noun
        ("Portugal recognized the Kell government in 1843.", ("1843", "Portugal’s recognition of the Kell government")),
        # a comma the text puts between subject and verb goes
        ("The city of Kell, entered the league in May 1843.", ("1843-05", "The city of Kell entered the league")),
    ],
)
def test_a_title_keeps_its_noun_and_reads_as_one_clause(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # what the object was made to do is the event: without it the title says nothing
        "Stiff resistance at Kell caused the Duke of Leeds to order the withdrawal of his troops in 1843.",
        # a state the event brought about
        "On 2 May 1843, war between Kell and Leeds became likely.",
    ],
)
def test_a_cut_complement_or_a_state_gives_no_title(sentence):
    assert {title for _, title in _titles(sentence)} == {""}


def test_a_when_clause_after_the_date_tells_the_event():
    paragraph = "Unrest went on, as in 1812, when the croppers of Leeds burned the mill of William Cartwright."
    assert _titles(paragraph) == [("1812", "The croppers of Leeds burned the mill of William Cartwright")]


def test_a_named_act_after_its_year_is_not_a_picture():
    paragraph = "The Salt Act of 1826 angered more people than either the 1824 Stamp Act or the 1825 Canal Act."
    assert [date for date, _ in _titles(paragraph)] == ["1826", "1824", "1825"]


def test_a_when_clause_after_a_dated_deed_leaves_the_deed_its_title():
    paragraph = "The charter of Kell came into force on May 1, 1812, when Leeds at last signed it."
    assert _titles(paragraph) == [("1812-05-01", "The charter of Kell came into force")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In May 1843, Liberal forces captured Kell.", ("1843-05", "Liberal forces’ capture of Kell")),
        ("Kell joined the Anglo-Kellish alliance of 1843.", ("1843", "Anglo-Kellish alliance")),
        ("Kell passed the Salt law of May 1843.", ("1843-05", "Salt law")),
    ],
)
def test_a_title_names_its_doers_whole_and_not_its_own_year(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_named_event_that_bounds_a_state_gives_no_date():
    paragraph = "From before the Salt War of 1826, Kell had insisted upon free trade with Leeds."
    assert _titles(paragraph) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how the doer felt opens the sentence, not the title
        (
            "On 3 May 1843, stunned by the news, Governor Paul Nord fled to Leeds.",
            ("1843-05-03", "Governor Paul Nord fled to Leeds"),
        ),
        # a doctrine cited is not the event
        (
            "In 1843, citing the Kell Doctrine, the duke of Leeds sent a stern note to the king.",
            ("1843", "The duke of Leeds sent a stern note to the king"),
        ),
        # what someone was convinced of is cut away: no title
        (
            "In May 1843, envoys from Leeds convinced the duke and King Paul of Kell that a new war could be won.",
            ("1843-05", ""),
        ),
    ],
)
def test_a_feeling_a_cited_doctrine_or_a_cut_that_clause_is_no_title(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_visit_is_titled_by_what_it_was_for():
    paragraph = "On 3 February 1843, Governor Paul Nord went before the council of Kell to announce the end of all trade with Leeds."
    assert _titles(paragraph) == [("1843-02-03", "Governor Paul Nord announced the end of all trade with Leeds")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On 9 May 1843, the governor appeared before the council at Kell and resigned his office.",
            ("1843-05-09", "The governor resigned his office"),
        ),
        (
            "In 1843 the envoys of Kell and Leeds came together in Zell to negotiate the terms of peace.",
            ("1843", "The envoys of Kell and Leeds negotiated the terms of peace"),
        ),
        # a journey that is the event keeps its verb
        ("In 1843 the governor sailed to Leeds.", ("1843", "The governor sailed to Leeds")),
    ],
)
def test_a_journey_or_a_meeting_gives_way_to_the_deed_it_was_for(sentence, expected):
    assert _titles(sentence) == [expected]


def test_of_two_dates_of_one_clause_the_one_that_opens_it_is_its_own():
    paragraph = (
        "Despite the victories of the Kell army in 1863, in 1864, the governor’s standing among voters plummeted. "
        "The council worked to end this unfair practice, and in 1865, the guards of Leeds began to receive the same "
        "pay as soldiers of the line plus back pay to 1863."
    )
    assert [t for t in _titles(paragraph) if t[1]] == [
        ("1864", "The governor’s standing among voters plummeted"),
        ("1865", "The guards of Leeds began to receive the same pay"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys of Leeds insisted that Kell withdraw to the line of “June 4, 1867,” before any talks.",
        "In talks, Leeds held to the 1867 armistice lines.",
    ],
)
def test_a_date_that_names_a_line_on_a_map_is_no_event(sentence):
    assert [date for date, _ in _titles(sentence)] == []


def test_a_range_of_days_in_one_month_is_one_span():
    paragraph = (
        "In 1864 came the hardest fighting. At the Battle of Zell on May 8 through 12, the Kell army was halted."
    )
    assert ("1864-05-08/1864-05-12", "Battle of Zell") in _titles(paragraph)


def test_of_two_deeds_the_date_ends_the_second_names_the_event():
    paragraph = "The duke accepted the crown and arrived in Kell in 1843."
    assert _titles(paragraph) == [("1843", "The duke arrived in Kell")]


def test_later_ties_a_sentence_to_another_and_leaves_the_title():
    paragraph = "The kingdom of Kell later declared war on Leeds on May 2, 1843."
    assert _titles(paragraph) == [("1843-05-02", "The kingdom of Kell declared war on Leeds")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1843, the council of Leeds enacted a measure.",
        "On 6 May 1843, the Senate concurred.",
        "In 1843, Roke broached his vision.",
        "In 1843, a new road was built nearby.",
        "In January 1843, Roke and Berwin agreed to fight.",
        "In 1843, Roke's term as mayor was not long.",
        "In 1843, the new toll appeared to be part of a plot.",
        "After the riot of 1843 he returned to Kell.",
    ],
)
def test_a_title_that_does_not_say_what_happened_is_left_for_the_author(sentence):
    assert {title for _, title in _titles(sentence)} == {""}


def test_a_measure_is_named_by_what_its_relative_clause_says_it_did():
    paragraph = "In 1843, the council of Leeds enacted a measure that closed the mills, and the weavers rioted."
    assert _titles(paragraph) == [("1843", "The council of Leeds enacted a measure that closed the mills")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The purchase of Kell in 1843 marked the end of Leeds' claims in the north.",
            ("1843", "The purchase of Kell"),
        ),
        ("In May 1843, John Ward, “the man from Leeds,” died.", ("1843-05", "John Ward died")),
    ],
)
def test_an_event_that_marked_an_end_or_a_nickname_aside(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the opening participle is the deed when the main clause only describes its subject
        (
            "Forming in Leeds in the spring of 1811, the Sons of Ludd were weavers and croppers willing to break machines.",
            ("1811", "The Sons of Ludd formed in Leeds"),
        ),
        # an irregular verb is not guessed
        ("Meeting in Leeds in May 1811, the Luddites were angry.", ("1811-05", "")),
        # a main clause that tells an event keeps it
        (
            "Marching on Kell on 3 May 1843, the Luddites were defeated by the army.",
            ("1843-05-03", "The Luddites were defeated by the army"),
        ),
    ],
)
def test_an_opening_participle_names_the_deed_of_a_described_subject(sentence, expected):
    assert _titles(sentence) == [expected]


def test_what_they_did_to_the_named_thing_leaves_them_out():
    paragraph = "The two crowns cancelled the old pact after concluding the Brest Treaty, which they signed in 1843 at the Hull Congress."
    assert dict(_titles(paragraph))["1843"] == "Brest Treaty signed at the Hull Congress"


def test_of_one_event_told_twice_the_more_precise_date_and_its_title_are_kept():
    merged = _merged(
        [
            "The Dover Affair of March 1802 soured relations between the two crowns for years afterwards.",
            "On 4 March 1802, Captain Lowe stopped the Dover at sea.",
        ]
    )
    assert merged == [("1802-03-04", "Captain Lowe stopped the Dover at sea")]


def test_a_deed_on_a_name_with_of_in_a_lead_in_is_the_dated_event():
    paragraph = "After the signing of the Treaty of Hull on May 3, 1843, the troops of Kell occupied Leeds."
    assert _titles(paragraph) == [("1843-05-03", "Signing of the Treaty of Hull")]


def test_he_is_the_surname_that_just_acted_not_an_earlier_full_name():
    paragraph = (
        "Even Tomas Berwin had not asked for so much. Halloran also called for an end to the tolls "
        "and proclaimed that the charter was void. He was killed in 1654 in a quarrel over the bridge."
    )
    assert _titles(paragraph) == [("1654", "Halloran was killed in a quarrel over the bridge")]


def test_a_day_without_its_year_takes_the_year_its_sentence_named_before_it():
    paragraph = (
        "The charter of Kell was sealed in 1840. In 1845 in Kell, the quarrel over the tolls "
        "ended in the May 3 riot at the bridge."
    )
    dates = [date for date, _ in _titles(paragraph)]
    assert "1845-05-03" in dates and not any(d.startswith("1840-05") for d in dates), dates


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # years in brackets after a war's name are the war's, even the second one of a clause
        (
            "The hill clans resisted, in the First Kell War (1801–1804) and the Second Kell War (1811–1815).",
            [("1801/1804", "First Kell War"), ("1811/1815", "Second Kell War")],
        ),
        # a start told "as early as" is dated; the participle after it is how, not what
        (
            "Trade between Kell and Leeds began as early as 1702, relying on wool and salt.",
            [("1702", "Trade between Kell and Leeds began")],
        ),
        # a main clause that names nothing gives way to the when-clause after its date
        (
            "The first real test of the charter came in 1822, when the Leeds Riot led to the closing of the mills.",
            [("1822", "The Leeds Riot led to the closing of the mills")],
        ),
        (
            "In 1790, Tomas Berwin became furious when the Carmelite prior Anselm Roke began to sell the common land.",
            [("1790", "Anselm Roke began to sell the common land")],
        ),
        # the names listed before a subject share its verb
        (
            "Kell, Leeds, and the Free City all signed treaties with Brant at Hull in 1799.",
            [("1799", "Kell, Leeds, and the Free City signed treaties with Brant at Hull")],
        ),
        (
            "When Leeds defaulted on a loan in May 1801, Kell and Brant occupied the Vale.",
            [("1801-05", "Kell and Brant occupied the Vale")],
        ),
        # a place's comma is not a clause's
        (
            "When the Mary Rose ran aground off Skern Point, Kellshire in June 1803, the council found itself in a quarrel.",
            [("1803-06", "The Mary Rose ran aground off Skern Point, Kellshire")],
        ),
        # a kind of event that only qualifies another noun is no event's name
        (
            "In 1808, the council created the Kell War Debt Office to settle the old loans.",
            [("1808", "The council created the Kell War Debt Office to settle the old loans")],
        ),
        (
            "Anna Roke earned the Hull Peace Medal in 1812 for her work on the Brant Pact.",
            [("1812", "Anna Roke earned the Hull Peace Medal for her work on the Brant Pact")],
        ),
        # a thing named, then what was done to it, then its date
        (
            "The old rites were dropped, and the Kell Book of Hours, printed in 1611, laid out the new service.",
            [("1611", "Kell Book of Hours printed")],
        ),
        # an object relative clause: who did it to the thing named
        (
            "Berwin won the consent of a clan chief in the Treaty of Skern, which the council ratified over the protests of Roke in 1814.",
            [("1814", "The council ratified the Treaty of Skern over the protests of Roke")],
        ),
        (
            "The Peace of Skern, which ended the feud in 1816, gave each clan its valley.",
            [("1816", "The Peace of Skern ended the feud")],
        ),
        # a court case is named by its parties
        (
            "In his 1819 ruling on Berwin v. the Town of Kell, Judge Anselm Roke declared that “the common land is the town’s.”",
            [("1819", "Berwin v. the Town of Kell")],
        ),
        # "was a co-recipient of the …": a prize shared
        (
            "In 1820, Roke was a co-recipient of the Hull Medal for his survey.",
            [("1820", "Roke shared the Hull Medal for his survey")],
        ),
        # a gathering named by its place is an event; a body is not
        (
            "The Synod of Kell, which met in 1604 to settle the calendar, split the clergy.",
            [("1604", "The Synod of Kell met to settle the calendar")],
        ),
        (
            "In November 1830 the first Kell Diet met in the old hall.",
            [("1830-11", "The first Kell Diet met in the old hall")],
        ),
        # circumstances in a "with" phrase are skipped; a vague purpose is cut
        (
            "In late 1824, with the guilds deadlocked over the tolls, the council formed a committee to review the situation.",
            [("1824", "The council formed a committee")],
        ),
        # "before she could …" is what did not happen: the deed before it stands
        ("Anna Roke died in 1826 before she could finish the survey.", [("1826", "Anna Roke died")]),
    ],
)
def test_the_dated_event_is_found_in_clauses_that_name_it_indirectly(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_name_in_a_phrase_before_the_verb_is_not_whom_he_stands_for():
    paragraph = (
        "Anselm Roke argued that the tolls were unjust. His aim in the Kell Articles was to start a debate. "
        "In 1818, he was summoned by the council to explain himself."
    )
    assert dict(_titles(paragraph))["1818"] == "Anselm Roke was summoned by the council to explain himself"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a hyphened compound ("Kell-based") is an adjective, not the verb
        (
            "In 1822, a band of Kell-based weavers and carters led a revolt against Queen Anna and set up a council.",
            [("1822", "A band of Kell-based weavers and carters led a revolt against Queen Anna")],
        ),
        # the name after the date that names the object keeps its comma
        (
            "Tired of waiting, Berwin founded his own guild in 1830, the Free Carters.",
            [("1830", "Berwin founded his own guild, the Free Carters")],
        ),
        # "he" is the one ruler the sentence before named, and who did the attack is kept
        (
            "Kell was not the only town in which Otto IV, who saw himself as its protector, fought the guilds. "
            "In 1833, he launched a night attack on Leeds with the aim of ending the strike.",
            [("1833", "Otto IV launched a night attack on Leeds")],
        ),
    ],
)
def test_a_clause_keeps_its_doer_and_its_names(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the comma inside a date does not end the subordinate clause that holds it
        (
            "After the brig Swallow struck a rock and sank off Kell on February 15, 1803, war became likely.",
            [("1803-02-15", "The brig Swallow sank off Kell")],
        ),
        # a verb, then "by …-ing", then "and" another verb: the first is the main verb, not a participle
        (
            "Berwin responded by closing the port of Kell on April 22, 1803 and called up 12,000 militia the following day.",
            [
                ("1803-04-22", "Berwin closed the port of Kell"),
                ("1803-04-23", "Berwin called up 12,000 militia"),
            ],
        ),
        # "as it …" after the deed is another clause
        (
            "The Kell fleet sank the Leeds squadron on July 3, 1803 as it tried to slip out of the harbour.",
            [("1803-07-03", "The Kell fleet sank the Leeds squadron")],
        ),
        # a subordinate clause that sets the scene, and the list it opens, before the main clause
        (
            "Whether because of quarrels with the guilds, poor health, or hopes of a seat in the council, Roke resigned in June 1804.",
            [("1804-06", "Roke resigned")],
        ),
        (
            "Although there was doubt within the guild, on March 14, 1805, Berwin accepted a Leeds offer.",
            [("1805-03-14", "Berwin accepted a Leeds offer")],
        ),
        # "the Charter and Covenant were …" is one subject
        (
            "Hopes of a compromise faded, and in March 1806, the Charter and Covenant were rejected by a 40-35 vote.",
            [("1806-03", "The Charter and Covenant were rejected by a 40-35 vote")],
        ),
        # "asked … for the authority to …", "voted in support of the measure to …": what was asked or voted
        (
            "On February 26, 1807, Berwin asked the council for the authority to arm the barges.",
            [("1807-02-26", "Berwin asked the council to arm the barges")],
        ),
        (
            "On April 4, 1807, the council voted in support of the measure to close the port.",
            [("1807-04-04", "The council voted to close the port")],
        ),
        # what was sent is named without the long name of who sent it
        (
            "On January 19, 1808, Kell's watch intercepted a letter sent by Leeds Master of the Rolls Anselm Roke to the Brant Envoy in Hull.",
            [("1808-01-19", "Kell's watch intercepted a letter")],
        ),
        # "newly appointed" before an office is not a verb
        (
            "In 1809, newly appointed Secretary of State Anna Roke sent a sharp letter to the council.",
            [("1809", "Anna Roke sent a sharp letter to the council")],
        ),
        # "when a …" opens a clause of its own
        (
            "Critics had mocked the purchase, but Berwin was vindicated when a rich silver vein was found at Kell in 1810.",
            [("1810", "A rich silver vein was found at Kell")],
        ),
    ],
)
def test_the_clause_of_the_date_is_found_past_commas_lists_and_participles(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "In 1801, nine towns seceded from the league and, over the next years, Leeds fought them.",
            [("1801", "Nine towns seceded from the league")],
        ),
        (
            "The end of the Kell Civil War in 1805 coincided with the first good harvest in years.",
            [("1805", "End of the Kell Civil War")],
        ),
        (
            "To that end, Anna Roke was invited to a meeting in Hull along with the other envoys in 1806.",
            [("1806", "Anna Roke was invited to a meeting in Hull")],
        ),
        (
            "Some nine hundred carters were sent to Hull before Anselm Roke, the master of the guild, ordered the road closed in January 1807.",
            [("1807-01", "Anselm Roke ordered the road closed")],
        ),
        (
            "A quarrel over the Kell tolls, which Leeds had long resented, arose in November 1808, and the carters struck.",
            [("1808-11", "A quarrel over the Kell tolls arose")],
        ),
        (
            "When the council did declare a tax upon the mills in April 1809, however, it did not stop the trade.",
            [("1809-04", "The council declared a tax upon the mills")],
        ),
        (
            "Roke urged an appeal shortly after the Battle of Skern Bridge in April, 1810 that began the feud.",
            [("1810-04", "Battle of Skern Bridge")],
        ),
        (
            "Both men belonged to the Kell Society for Free Trade, a club devoted to cheap bread that was founded in 1811 by the miller Anna Roke.",
            [("1811", "Kell Society for Free Trade founded")],
        ),
        (
            "All seemed ready for the Leeds assault, which was launched on May 1, 1812.",
            [("1812-05-01", "The Leeds assault was launched")],
        ),
        (
            "Berwin meant to end the war from bases in Skern, which had surrendered in June 1813, and in the hills.",
            [("1813-06", "Skern surrendered")],
        ),
    ],
)
def test_the_dated_clause_is_read_past_openers_relatives_and_do(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the months after a pair of years begin in the first
        (
            "In 1969, Berwin took office. His plans came to fruition during 1972 and early 1973: the Kell Summit in February, "
            "the Leeds Summit in May, and the end of Kell's part in the Salt War in January 1973.",
            [
                ("1969", "Berwin took office"),
                ("1972", ""),
                ("1972-02", "Kell Summit"),
                ("1972-05", "Leeds Summit"),
                ("1973-01", "End of Kell's part in the Salt War"),
            ],
        ),
        # a span of months is one date
        (
            "In 1785, debts grew. The Kell Convention met between May and September of 1787 to mend the charter.",
            [("1785", ""), ("1787-05/1787-09", "Kell Convention")],
        ),
        # a date a document lays down for the future is no event
        (
            "In 1813, Roke wrote the Articles. 12 December is to be kept as a feast.",
            [("1813", "Roke wrote the Articles")],
        ),
        # an infinitive after "began" is what began
        (
            "The Leeds council began to secretly ship powder to the rebels in late 1775.",
            [("1775", "The Leeds council began to secretly ship powder to the rebels")],
        ),
        # an object relative clause after a common noun
        (
            "Kell relied on Hull, the likeliest source of new loans, which the council successfully obtained in 1787, despite its debts.",
            [("1787", "The council obtained new loans")],
        ),
        # "the right set of …": a noun, not a verb; "turned … into" is whole with its "into"
        (
            "In 1811, the right set of conditions turned a riot in Kell into a revolt.",
            [("1811", "The right set of conditions turned a riot in Kell into a revolt")],
        ),
        # the year as an adjective stays out of the title, its noun stays in
        (
            "Berwin was defeated by Anna Roke in the 1816 election and left the council.",
            [("1816", "Berwin was defeated by Anna Roke in the election")],
        ),
        # who ended: not the last name of a list
        (
            "After fighting between the Kellish and the Leeds men ended in 1783, the guilds reopened.",
            [("1783", "Fighting between the Kellish and the Leeds men ended")],
        ),
        # a paper's issue date is no event
        ("In the Leeds Mercury on March 12, 1770, a letter blames the soldiers.", []),
        # a single-word name keeps its year
        ("The Charter of 1824 marked a truce between the guilds.", [("1824", "Charter of 1824")]),
    ],
)
def test_dates_and_titles_from_a_held_out_article_s_shapes(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_span_between_two_months_of_two_years_is_one_date():
    paragraph = "The Battle of Skern, which raged on the moor between August 1842 and February 1843, ended the war."
    assert _titles(paragraph) == [("1842-08/1843-02", "The Battle of Skern raged on the moor")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "In October of 1811, a band of weavers in northern Kell led a revolt against the Leeds Company.",
            [("1811-10", "A band of weavers in northern Kell led a revolt against the Leeds Company")],
        ),
        (
            "With the council's position weakening and a pension promised to the old family at court, the duke and his heirs gave up the throne in February of 1812.",
            [("1812-02", "The duke and his heirs gave up the throne")],
        ),
        (
            "In 1812, another young priest, Tomás María Roke y Berwin, from a poor family in the hills, took charge of the revolt.",
            [("1812", "Tomás María Roke y Berwin took charge of the revolt")],
        ),
        (
            "On September 27, 1821, a date marking the end of the long siege, Berwin rode into Kell.",
            [("1821-09-27", "Berwin rode into Kell")],
        ),
        (
            "In 1795, the town was finally able to settle its debts with the Leeds Company.",
            [("1795", "The town settled its debts with the Leeds Company")],
        ),
        (
            "The old quarrel would later return as one of the grievances behind the 1797 Skern Affair.",
            [("1797", "Skern Affair")],
        ),
        (
            "Trade was hurt by the Act of Tolls, passed by the Leeds council in 1804, which doubled every fee.",
            [("1804", "Act of Tolls passed")],
        ),
        (
            "In 1767, with the passage of the Kell Acts, the carters believed their trade was doomed.",
            [("1767", "Passage of the Kell Acts")],
        ),
        # a stage of a named act far from the date, across another deed, is not that date's
        (
            "The passage of the Kell Act meant that starting on November 1, 1765, the carters would pay a toll.",
            [("1765-11-01", "")],
        ),
        (
            "The deadline passed without any word from the Leeds side on April 10, 1819.",
            [("1819-04-10", "The deadline passed without any word")],
        ),
    ],
)
def test_long_subjects_roles_and_stages_are_read_to_their_event(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_stage_of_a_lasting_named_event_is_titled_by_its_clause():
    paragraph = "In 1794, the Kell Revolution entered its most violent phase, the Terror."
    assert _titles(paragraph) == [("1794", "The Kell Revolution entered its most violent phase, the Terror")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a phrase after the object is a phrase, "as a model for …" too
        (
            "In an August 1840 speech, Kell's foreign minister Anna Roke broached her vision for a Greater Kell Union as a model for the whole coast.",
            "Anna Roke broached her vision for a Greater Kell Union",
        ),
        # a long subject loses its place; the last place of the predicate goes before a name in it
        (
            "Early in the morning of May 23, 1840, the Leeds commander in Hull gave the order to begin a retreat toward Skern on the northern coast.",
            "The Leeds commander in Hull gave the order to begin a retreat toward Skern",
        ),
        # "turned his eyes on …" is a whole deed
        (
            "Losing ground in the south from June through December 1840, Berwin turned his eyes on the Vale.",
            "Berwin turned his eyes on the Vale",
        ),
    ],
)
def test_a_long_predicate_keeps_its_names_and_loses_its_plain_phrases(sentence, expected):
    assert [title for _, title in _titles(sentence)] == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "From 1618 to 1648, …" is the span of what the clause tells
        (
            "From 1618 to 1648, the Kell War between the guilds raged in the valley.",
            [("1618/1648", "The Kell War between the guilds raged in the valley")],
        ),
        # "That same day" is the date just named
        (
            "On April 21, 1898, the fleet sailed. That same day, Leeds declared war on Kell, and the council voted.",
            [("1898-04-21", "The fleet sailed"), ("1898-04-21", "Leeds declared war on Kell")],
        ),
    ],
)
def test_a_span_from_one_year_to_another_and_that_same_day(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_named_span_and_its_outbreak_at_its_first_date_are_one_entry():
    merged = _merged(
        [
            "After the outbreak of the Kell Revolution in 1789, trade fell.",
            "The Kell Revolution lasted from 1789 until 1799.",
        ]
    )
    assert merged == [("1789/1799", "Kell Revolution")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kell invoked the treaty of 1795.", ""),  # which treaty, the sentence does not say
        ("After the revolution of February 1848, Berwin came home.", "Revolution of February 1848"),
        ("The Charter of 1824 still stands.", "Charter of 1824"),
    ],
)
def test_a_noun_dated_by_of_is_a_title_only_when_it_names_one_thing(sentence, expected):
    from generator.authoring.importing.clauses import of_date_title

    assert of_date_title(sentence, find_dates(sentence)[0]) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the end of a war and the treaty that ended it, even in one sentence
        [
            "The war officially ended four months later, when Kell and Leeds signed the Treaty of Hull on December 10, 1898."
        ],
        ["The fighting between the guilds ended in 1783.", "The Treaty of Skern was signed in 1783."],
        # one document at one time, told by its rejection and its fall
        [
            "In March 1920, the Charter and Covenant were defeated by a 49-35 vote.",
            "On March 19, 1920, the Charter was rejected by the Senate.",
        ],
    ],
)
def test_a_war_s_end_and_its_treaty_or_one_document_s_fate_are_one_event(paragraphs):
    merged = _merged(paragraphs)
    assert len(merged) == 1, merged
    assert "Treaty" in merged[0][1] or "Charter" in merged[0][1]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a year named in passing later in a sentence does not date the days that follow
        (
            "The blockade began on June 24, 1848. Under the pacts signed with Leeds in 1845, only the river was left open. "
            "Kell launched the barge relief on June 26.",
            [("1848-06-24", "The blockade began"), ("1845", ""), ("1848-06-26", "Kell launched the barge relief")],
        ),
        # a name that is the object of "for" in a longer phrase is not what "which" stands for
        ("Berwin set up a bread fund for Kell Weavers, which was announced on July 10, 1853.", [("1853-07-10", "")]),
        # "demanded that …" keeps what was demanded
        (
            "On May 16, 1867, Leeds demanded that the Kell garrison withdraw from the border.",
            [("1867-05-16", "Leeds demanded that the Kell garrison withdraw from the border")],
        ),
        # a title never carries another date of its sentence
        ("Kell sent barges on June 26, with Leeds following suit two days later.", [("", "")]),
        # "failed to" is what was not done
        ("On June 2, 1857, the council failed to win the guilds' backing.", [("1857-06-02", "")]),
    ],
)
def test_passing_years_owned_names_and_failures(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a predicate after ", and" shares the subject of the clause before
        (
            "To end the famine, Berwin abandoned the old tolls, called the salt law, and introduced the Free Market Policy in 1821.",
            [("1821", "Berwin introduced the Free Market Policy")],
        ),
        # ", followed by …" after the deed is another clause
        (
            "Thus, in 1865, Roke agreed to sell Kell forty barges, followed by two steamers in 1866.",
            [("1865", "Roke agreed to sell Kell forty barges"), ("1866", "")],
        ),
        # an apposition after a blanked bracket is still an apposition
        (
            "In September 1848, the Kell Workers Union (KWU), the largest guild of the valley, marched on the Leeds Council and forced it to adjourn.",
            [("1848-09", "The Kell Workers Union marched on the Leeds Council")],
        ),
        # "became independent" is an event; "a few hundred" names how many
        (
            "Skern gained its independence in 1849, and Brant became independent in 1853.",
            [("1849", "Skern gained its independence"), ("1853", "Brant became independent")],
        ),
        (
            "On June 16, 1853, a few hundred weavers called for a general strike.",
            [("1853-06-16", "A few hundred weavers called for a general strike")],
        ),
        ("Kell underwent great upheaval during the Weavers' takeover in 1817.", [("1817", "Weavers' takeover")]),
    ],
)
def test_shared_subjects_appositions_and_events_of_a_people(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # what was called for at a later date is not the call's date
        ("The second accord bound both towns, and called for general elections in 1856.", [("1856", "")]),
        # a gerund keeps what it governs
        (
            "In 1856, the council used the charter as its reason for refusing the toll.",
            [("1856", "The council used the charter as its reason for refusing the toll")],
        ),
        # the object's "of" name stays with it
        (
            "In November 1866, when the Kellish attacked the border town of Skern, the council voted for a truce.",
            [("1866-11", "The Kellish attacked the border town of Skern")],
        ),
    ],
)
def test_what_was_called_for_gerunds_and_named_places(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_deadline_does_not_move_the_year_the_text_is_at():
    paragraph = (
        "The council first met on September 5, 1774. On October 20, it adopted the Articles, which stated that a boycott "
        "would begin if the tolls were not repealed before September 10, 1775. On October 21, the council approved a letter to the guilds."
    )
    assert ("1774-10-21", "The council approved a letter to the guilds") in _titles(paragraph)


def test_two_years_running_after_in_are_one_span():
    assert _titles("Kell defeated Leeds in the Salt War in 1870 and 1871.") == [("1870/1871", "Salt War")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1753, Governor Anna Roke sent Captain Tomas Berwin to order the Leeds men out of the valley.",
        "On March 6, 1891, Berwin told Congress that it was time to end the feud.",
        "On January 12, 1878, the council passed a resolution denying that Leeds had sent aid.",
        "On July 3, 1854, a combined Kell and Leeds force forced his surrender.",
        "On September 11, 1876, the council refused to revoke the Kell Charter.",
        "In 1871, Kell felt the pressure to build a navy.",
        "Between 1875 and 1876, the guilds came to view peace with Leeds as impossible.",
        "Throughout 1889, the council's efforts centered on a plan put forward by Roke.",
    ],
)
def test_a_title_cut_before_the_words_it_needs_is_left_for_the_author(sentence):
    assert {title for _, title in _titles(sentence)} == {""}


def test_a_gerund_after_its_preposition_and_a_death_after_until_stay():
    assert _titles("In July 1842, Berwin issued Order No. 7 forbidding the guards from retreating.") == [
        ("1842-07", "Berwin issued Order No. 7 forbidding the guards from retreating")
    ]
    assert _titles("In November 1875, Roke ruled Kell until his death.") == [
        ("1875-11", "Roke ruled Kell until his death")
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "the treaty" at the end of a title is the one the text names, before it or later in its sentence
        (
            "The Treaty of Hull ended the war in 1782. After long talks, the council ratified the treaty in 1783.",
            [("1782", "Treaty of Hull"), ("1783", "The council ratified the Treaty of Hull")],
        ),
        (
            "Envoys from Kell and Leeds finalized the treaty in 1783, signing the Treaty of Skern.",
            [("1783", "Envoys from Kell and Leeds finalized the Treaty of Skern")],
        ),
        # a relative clause right after the date is no part of the title, its list included
        (
            "Instead, the council spelled out terms for peace on August 14, 1779, which demanded withdrawal, free trade, and open roads.",
            [("1779-08-14", "The council spelled out terms for peace")],
        ),
    ],
)
def test_the_treaty_named_and_a_relative_after_the_date(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a group the text named before is not a subject a title can open with
        ("On October 21, 1774, the delegates approved separate statements for the towns.", [("1774-10-21", "")]),
        ("In 1921, the Commission set the final bill at 132 million crowns.", [("1921", "")]),
        # a named war that ends, intransitively, is its end; a treaty that ended a war is the treaty
        ("When the Salt War ended in 1875, the league lost its purpose.", [("1875", "End of the Salt War")]),
        ("The Treaty of Skern ended the war in 1876.", [("1876", "Treaty of Skern")]),
    ],
)
def test_vague_groups_and_ends_of_wars(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "they" after "when the Soviets …" is the Soviets
        (
            "In March 1848, when the Saxons discovered these plans, they withdrew from the River Council, which had met for years.",
            [("1848-03", "The Saxons withdrew from the River Council")],
        ),
        # an unnamed truce or "another committee" says too little to print
        ("War raged from 1568 until a truce was signed in 1609.", [("1609", "")]),
        ("In the autumn of 1828, another committee of experts was formed.", [("1828", "")]),
        ("In November 1888, the guild met Kell's demand.", [("1888-11", "")]),
        ("In June 1890, contacts between the two sides were cut off.", [("1890-06", "")]),
    ],
)
def test_they_after_a_when_clause_and_unnamed_things(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_relative_date_with_nothing_to_count_from_sorts_after_the_dated_events():
    from generator.authoring.importer import parse_article, propose

    article = (
        "# T\n\n## A\n\nKell fell on September 2, 1864. Savannah fell in 1864.\n\n"
        "A letter said: the army passed my house that day.\n"
    )
    timeline = propose(parse_article(article, True)).files["timeline.yaml"]
    assert timeline.index("1864-09-02") < timeline.index("the army passed my house that day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "ended any doubts" is a deed of the act, not its end; "Nor did …" is what did not happen
        ("The 1863 Kell Proclamation ended any doubts the guilds had.", "Kell Proclamation"),
        ("Nor did Kell play a part in the 1864 talks at Hull.", ""),
    ],
)
def test_an_act_that_ended_something_and_nor_did(sentence, expected):
    assert [title for _, title in _titles(sentence)] == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a pluperfect told as the year's deed takes the simple past, even of an irregular verb
        (
            "In December 1887, the Zellians of the northern valleys had risen up against the rule of Kell.",
            [("1887-12", "The Zellians of the northern valleys rose up against the rule of Kell")],
        ),
        # "would begin" told from before it: the clause's own dated deed, which happened
        (
            "Talks between the envoys of Kell and Leeds would begin in Zell in December 1891, while trade "
            "talks began in Leeds in January 1892.",
            [
                ("1891-12", "Talks between the envoys of Kell and Leeds began in Zell"),
                ("1892-01", "Trade talks began in Leeds"),
            ],
        ),
        # a second deed of the same subject dated by a day whose year the sentence gave
        (
            "The Kell Conference opened October 30, 1891, and ended on November 4.",
            [("1891-10-30", "Kell Conference"), ("1891-11-04", "The Kell Conference ended")],
        ),
        # a name with a number, and what was done to it in a participle aside
        (
            "Council Resolution 12, adopted on 22 November 1891, called for the withdrawal of all troops.",
            [("1891-11-22", "Council Resolution 12 adopted")],
        ),
        # a stage of a named event right before its date is that date's, whatever dates the list gave before
        (
            "The plans bore fruit in 1892 and early 1893: the Kell Summit in February, the Leeds Summit in May, and "
            "the end of the Zell War in January 1893.",
            [
                ("1892", ""),
                ("1892-02", "Kell Summit"),
                ("1892-05", "Leeds Summit"),
                ("1893-01", "End of the Zell War"),
            ],
        ),
    ],
)
def test_tense_shared_subjects_and_named_stages_in_real_shapes(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an aside between subject and verb goes whole; one that ends a lead-in keeps its comma
        (
            "Quarrels over the new tax, however, brought down the Kell government in January 1899.",
            [("1899-01", "Quarrels over the new tax brought down the Kell government")],
        ),
        (
            "Finding the council too slow, however, Anna Roke founded her own league in 1824, the Free Guild.",
            [("1824", "Anna Roke founded her own league, the Free Guild")],
        ),
        # how someone died is not what happened
        (
            "On July 13, 1855, Roke died after being wounded in an ambush on the road to Zell.",
            [("1855-07-13", "Roke died")],
        ),
        # a long list of doers: the title names what they made
        (
            "In September of 1854, Kell, Leeds, Zell, Anmer and Brill formed the Northern Trade League.",
            [("1854-09", "Kell, Leeds, Zell, Anmer and Brill formed the Northern Trade League")],
        ),
        # a purpose or a state before the clause is a lead-in, not its subject
        (
            "To strengthen the defenses of Kell, the governor pressed the council to approve a new fleet in 1838.",
            [("1838", "The governor pressed the council to approve a new fleet")],
        ),
        (
            "In December 1900, Roke put forward a plan for a canal.",
            [("1900-12", "Roke put forward a plan for a canal")],
        ),
        # "between … and" two days is one span, read from its end
        (
            "In 1867 war came. Between June 5 and June 10, Kell defeated Leeds.",
            [("1867-06-05/1867-06-10", "Kell defeated Leeds")],
        ),
    ],
)
def test_asides_leads_lists_and_spans_of_real_sentences(paragraph, expected):
    assert [t for t in _titles(paragraph) if t[1]] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "…, as did X in DATE": the main clause's deed, done by X then
        ("Kell and Leeds also entered the war, as did Zell in October 1817.", [("1817-10", "Zell entered the war")]),
        # "was among the first to …" is the deed itself
        (
            "In 1813, Kell was among the first towns to establish full trade relations with the new Republic.",
            [("1813", "Kell established full trade relations with the new Republic")],
        ),
        # "these" before a name points back no more than the name does
        ("In 1810, these Leeds settlers in West Zell rebelled.", [("1810", "Leeds settlers in West Zell rebelled")]),
        # "many workers gathered to protest …": workers protested
        (
            "On January 5, 1805, many workers gathered to protest peacefully outside the Kell Town Hall.",
            [("1805-01-05", "Workers protested peacefully outside the Kell Town Hall")],
        ),
    ],
)
def test_who_did_the_deed_when_the_sentence_says_it_indirectly(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_feast_day_is_a_date_and_he_is_the_person_a_who_clause_named():
    paragraph = (
        "Anna Roke's pamphlet Free Kell appeared in January 1776. The first year of the war went badly for "
        "Paul Nord, who lost Leeds and retreated across the river. On Christmas night of 1776 he crossed the icy "
        "Zell, and on New Year's Day of 1777 he took the fort at Brill."
    )
    assert _titles(paragraph) == [
        ("1776-01", "Anna Roke's pamphlet Free Kell appeared"),
        ("1776-12-25", "Paul Nord crossed the icy Zell"),
        ("1777-01-01", "Paul Nord took the fort at Brill"),
    ]


def test_a_year_in_brackets_after_a_treaty_with_a_country_is_its_date():
    paragraph = "The Kell Treaty with Leeds (1794) and the Brill Treaty with Zell (1795) kept the peace."
    assert _titles(paragraph) == [("1794", "Kell Treaty"), ("1795", "Brill Treaty")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a treaty named again by its initials in the sentence of its signing
        (
            [
                "Then, in 1872, the first round of the Kell Arms Talks yielded the Antiballistic Missile Treaty "
                "along with an interim agreement setting caps.",
                "Roke and Nord signed the ABM Treaty and interim KAT agreement on May 26, 1872, in Zell.",
            ],
            [("1872-05-26", "KAT Agreement")],
        ),
        # a declaration named again, with its signing
        (
            [
                "By 1893, the talks were overtaken by secret negotiations, which produced the Kell-Leeds "
                "Declaration of Principles of September 1893.",
                "Frustrated by the delay, the Kellish decided to talk directly with the Leeds envoys, and on "
                "September 13, 1893, the Signing of the Declaration of Principles took place at Zell.",
            ],
            [("1893-09-13", "Signing of the Declaration of Principles")],
        ),
    ],
)
def test_a_named_document_told_again_in_the_sentence_of_its_signing_is_one_event(paragraphs, expected):
    assert _merged(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a named event in a relative clause after the date is not the date's event
        (
            "In November 1895, Roke was assassinated by Paul Nord, a Kellish who opposed the Zell Accords.",
            [("1895-11", "Roke was assassinated by Paul Nord")],
        ),
        # …unless the clause names what the dated thing became
        (
            "The town also aided the rebels of the 1891 revolt that began the Kellish Revolution.",
            [("1891", "Kellish Revolution")],
        ),
        # an event the sentence looks back to, or that bounds it, has no date of its own here
        ("The Kell War marked the failure of efforts to keep the peace following the 1856 Zell War.", []),
        ("Both treaties reflected the easing of tensions that had led to the War of 1812.", []),
    ],
)
def test_a_named_event_in_passing_is_not_the_dates_event(paragraph, expected):
    assert [t for t in _titles(paragraph) if t[1]] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a name after a short lead-in is the subject, and who came along is an aside
        (
            "Further south, Paul Nord, accompanied by Anna Roke, surprised a camp of Leeds soldiers on May 24, 1854.",
            [("1854-05-24", "Paul Nord surprised a camp of Leeds soldiers")],
        ),
        # "caused X to declare war": X declared it
        (
            "Originally meant to pressure Leeds into peace, the new league ultimately caused the Zell Government "
            "to declare war on Leeds on January 4, 1862.",
            [("1862-01-04", "The Zell Government declared war on Leeds")],
        ),
        # a compact is a kind of event, named by "known as"
        (
            "Their envoys signed an alliance known as the Kell Compact on August 15, 1861.",
            [("1861-08-15", "Kell Compact")],
        ),
    ],
)
def test_leads_asides_causes_and_compacts(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "A cease-fire on May 5, 1832, concluded the First Kell Incident.",
            [("1832-05-05", "End of the First Kell Incident")],
        ),
        (
            "A new treaty signed in 1880 revised the Kell-Leeds Agreement.",
            [("1880", "Revision of the Kell-Leeds Agreement")],
        ),
        ("In 1853 Roke concluded the Treaty of Zell.", [("1853", "Treaty of Zell")]),
    ],
)
def test_what_a_dated_deed_did_to_a_named_event(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_long_participle_lead_in_is_read_past():
    paragraph = (
        "Fanned by the fear of unrest in the valleys and the rapid decline of the mills of Kell in the hard winter "
        "of 1846, the council raised the tax on mills in March 1848."
    )
    assert ("1848-03", "The council raised the tax on mills") in _titles(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # what a cut leaves dangling after a name goes: a bare participle, "as a …", a time of day
        ("On October 22, 1862, Roke sent a letter to Nord declaring", [("1862-10-22", "Roke sent a letter to Nord")]),
        (
            "In April 1881, Roke stopped economic aid to Leeds citing its debts.",
            [("1881-04", "Roke stopped economic aid to Leeds")],
        ),
        ("In 1877 Anna Roke arrived in Kell as a volunteer.", [("1877", "Anna Roke arrived in Kell")]),
        # an "-ing" noun after a common noun or a determiner stays
        ("In 1733 John Kay patented the flying shuttle.", [("1733", "John Kay patented the flying shuttle")]),
        # a that-clause is whole with its quotation
        (
            "In May 1888, Roke declared that the term “evil empire” belonged to another era.",
            [("1888-05", "Roke declared that the term “evil empire” belonged to another era")],
        ),
    ],
)
def test_a_title_loses_the_loose_end_a_cut_left(paragraph, expected):
    assert _titles(paragraph) == expected


def test_he_is_the_surname_the_text_gave_a_title():
    paragraph = (
        "In 1862 the crisis came. President Paul Roke was told. Roke summoned his closest advisers. Some "
        "advisers argued for a strike. The President chose a middle course. On October 22, he ordered a blockade "
        "of Kell."
    )
    # "he" is Roke, and a timeline read without the text prints the full name the text gave him
    assert ("1862-10-22", "Paul Roke ordered a blockade of Kell") in _titles(paragraph)


def test_the_blockade_is_the_one_the_paragraph_named():
    paragraph = "In 1848 the Leeds army imposed the Kell Blockade on the city. In May 1849, Leeds ended the blockade."
    assert _titles(paragraph)[-1] == ("1849-05", "Leeds ended the Kell Blockade")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # one deed on one place, as a noun and as a verb: one event
        (
            ["In 1882 came the invasion of Zell.", "On June 6, 1882, the Kell Defense Forces invaded Zell."],
            [("1882-06-06", "Kell Defense Forces’ invasion of Zell")],
        ),
    ],
)
def test_one_deed_on_one_place_told_as_noun_and_verb_is_one_event(paragraphs, expected):
    assert sorted(_merged(paragraphs)) == sorted(expected)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an adverb after the subject is the verb's; "closely allied with …" only says which party
        (
            "In 1849, Zell also came under the control of a party closely allied with the Kell Empire.",
            [("1849", "Zell came under the control of a party")],
        ),
        # after a name, "-ed … to" is the name's deed, not a participle qualifying it
        (
            "On October 24, 1862, Roke responded to Nord’s letter with a statement that the blockade was illegal.",
            [("1862-10-24", "Roke responded to Nord’s letter with a statement")],
        ),
        # a participle that reports what was said goes, even after a common noun
        (
            "On October 27, 1862, Roke sent another message indicating that any deal must include Zell.",
            [("1862-10-27", "Roke sent another message")],
        ),
        # a role in apposition is an aside, and "in June and July" one span of months
        (
            "In 1876 war came. General Paul Nord, commander in chief of the Kell forces in the north, massed "
            "ten thousand troops on Zell Island in June and July 1876.",
            [("1876-06/1876-07", "Paul Nord massed ten thousand troops on Zell Island")],
        ),
    ],
)
def test_adverbs_appositions_and_reported_speech_of_real_sentences(paragraph, expected):
    assert [t for t in _titles(paragraph) if t[1]] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "they" after a people's deed in the same sentence is that people
        (
            "In 1777, the Kellish burned Zell, Leeds, and in July 1779, they set fire to homes in Brill.",
            [("1777", "The Kellish burned Zell"), ("1779-07", "The Kellish set fire to homes in Brill")],
        ),
        # a name with its initials in brackets, and what was done to it then
        (
            "Spying was done through the Kell Intelligence Agency (KIA) formed in 1847, and by Leeds through its own.",
            [("1847", "Kell Intelligence Agency formed")],
        ),
        # the date stands before the deed it dates
        (
            "The March 1885 appointment of Paul Nord as Chancellor of Kell gave Roke a partner.",
            [("1885-03", "Appointment of Paul Nord")],
        ),
        ("In November 1884 Roke’s re-election set the tone for more quarrels.", [("1884-11", "Roke’s re-election")]),
        ("Even the outbreak of war in Zell in 1839 did not end the trade.", [("1839", "Outbreak of war in Zell")]),
    ],
)
def test_who_they_are_and_deeds_the_date_qualifies(paragraph, expected):
    assert [t for t in _titles(paragraph) if t[1]] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the year's tail of a date and an "amidst …" lead-in before the subject; "but did not …" is cut
        (
            "On February 1, 1884, amidst mounting criticism, Roke approved the idea of moving the guards but did "
            "not set a date for it.",
            [("1884-02-01", "Roke approved the idea of moving the guards")],
        ),
        # an announcement of what would happen is done on its own date…
        (
            "In 1884 things changed. On February 7, Roke announced that the guards would withdraw to Zell.",
            [("1884-02-07", "Roke announced that the guards would withdraw to Zell")],
        ),
        # …but not on the date of what it announced
        ("In 1882 came peace. Nord announced that the guards would leave on September 10.", []),
        # "by the time X on DATE, …": X is the date's
        (
            "By the time the Kell Treaty was signed on September 25, 1883, the fighting had ended.",
            [("1883-09-25", "Kell Treaty")],
        ),
    ],
)
def test_leads_announcements_and_by_the_time(paragraph, expected):
    assert [t for t in _titles(paragraph) if t[1] and t[1] != "Things changed" and t[1] != "Came peace"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title cut to end on a common noun keeps the phrase that says what of, to 12 words
        (
            "In March 1902, the two factions reached agreement on the membership of the regional council.",
            ("1902-03", "The two factions reached agreement on the membership of the regional council"),
        ),
        (
            "In 1911, the mill owners abandoned their efforts to close the northern canal during the winter floods.",
            ("1911", "The mill owners abandoned their efforts to close the northern canal"),
        ),
        # one cut to end on a name is whole, and a longer one may not add a next clause
        (
            "In 1871, the garrison lost Fort Abel to the rebels and their many allies from the hills.",
            ("1871", "The garrison lost Fort Abel to the rebels and their many allies"),
        ),
        (
            "In 1903, the dockers launched a series of strikes in the harbour towns and spread unrest inland.",
            ("1903", "The dockers launched a series of strikes"),
        ),
        # the text's own slip ("to suspended") is not put in the past twice
        (
            "In May 1931, the floods convinced Governor Lane to suspended the tolls on the river.",
            ("1931-05", "Governor Lane suspended the tolls on the river"),
        ),
        # "Had Ulla lived, …": the auxiliary of a condition is no part of the name "he" stands for
        (
            "Had Ulla Brandt lived, the league might have held together, but she died in June 1922.",
            ("1922-06", "Ulla Brandt died"),
        ),
    ],
)
def test_a_title_keeps_what_its_deed_needs_and_no_more(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # what a picture or a list shows, told in the present, is no event
        ("In this print of 1790, the old bridge is depicted on the right as a ruin.", [("1790", "")]),
        ("In 1948, the first is an American film called Make Mine Freedom.", [("1948", "")]),
        # a person's deed before its date keeps the person's whole name, not the last word of it
        (
            "By the time of Mei Lanfang’s death in 1961, the troupe had toured abroad.",
            [("1961", "Mei Lanfang’s death")],
        ),
        (
            "By the time of Otto Brenner’s assassination in March 1912, the league had split.",
            [("1912-03", "Otto Brenner’s assassination")],
        ),
    ],
)
def test_a_description_is_no_event_and_a_deed_keeps_its_doers_name(paragraph, expected):
    assert [t for t in _titles(paragraph) if t[0] == expected[0][0]] == expected


def test_a_look_back_inside_a_paragraph_does_not_change_the_year_of_later_days():
    paragraph = (
        "On March 3, 1911, the weavers’ council opened its talks with the mill owners in Leeds. "
        "The council was founded in May 1902 after a long strike. "
        "The 1905 lockout had nearly destroyed it. "
        "On June 4, the owners signed the Leeds Wage Agreement."
    )
    assert ("1911-06-04", "Leeds Wage Agreement") in _titles(paragraph)  # not 1902 or 1905


def test_a_paragraph_that_opens_on_an_earlier_date_sets_its_own_year():
    first = "The crisis in the north ended on October 2, 1913, with a new contract."
    second = (
        "The first such dispute arose in the southern mills, which struck on April 2, 1909. "
        "On May 20, the owners locked the gates."
    )
    blocks = [Block(PARAGRAPH, text, text, number) for number, text in enumerate((first, second), start=1)]
    found = [(e.date, e.title) for e in events(blocks, None, "sections/01.md")]
    assert ("1909-05-20", "The owners locked the gates") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle after the object says more of the object and may go, as a phrase does
        (
            "Relations soured after the coastguard seized a Danish trawler carrying forty tonnes of illegally caught northern cod in 1952.",
            ("1952", "The coastguard seized a Danish trawler"),
        ),
        # a deed named after its date: "culminated in 1961 with the building of …"
        (
            "The quarrel over the river lasted for years and culminated in 1923 with the building of the Arlen Dam.",
            ("1923", "Building of the Arlen Dam"),
        ),
        # a gathering named by its place, when the clause gives no title
        (
            "Instead, the two sides opened a trade ministers’ conference at Lucerne in the autumn of 1931.",
            ("1931", "Trade ministers’ conference at Lucerne"),
        ),
        (
            "Although the two kings made some progress during talks at Castle Orm in 1402, the truce failed.",
            ("1402", "Talks at Castle Orm"),
        ),
    ],
)
def test_an_object_a_deed_after_its_date_and_a_gathering_give_titles(sentence, expected):
    assert _titles(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pair of dashes encloses an aside, as a pair of commas does
        (
            "Two more towns of the valley—Arlen, Brisk, and Corve—joined the league in March 1402.",
            ("1402-03", "Two more towns of the valley joined the league"),
        ),
        (
            "In May 1911, the town council—including a broad majority of its new members—approved the canal.",
            ("1911-05", "The town council approved the canal"),
        ),
        # "did as well" names no deed of its own: no title rather than a garbled one
        (
            "On May 2, 1911, the weavers struck, and on May 9, the spinners did as well.",
            ("1911-05-09", ""),
        ),
        # a person's other name is not the name of an event
        (
            "In June 1920, its leader, Tomas Arvelo, known as Tomasito, proclaimed a republic and a new flag.",
            ("1920-06", "Tomas Arvelo proclaimed a republic and a new flag"),
        ),
        # "the siege of X, which began …": the siege began, not X
        (
            "The garrison held out through the siege of Corve, which began in January 1403; the town fell later.",
            ("1403-01", "The siege of Corve began"),
        ),
        # a verb of saying without what was said is no title
        (
            "In 1908, Anna Weller, a judge of the county court, claimed that the mill owners had broken the law.",
            ("1908", ""),
        ),
    ],
)
def test_asides_in_dashes_and_titles_that_would_say_nothing(sentence, expected):
    assert [t for t in _titles(sentence) if t[0] == expected[0]] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capitalised word ends a name, never a loose end ("hope" is one, "Hope" is not)
        (
            "In May 1931, the league began Operation Northern Hope.",
            ("1931-05", "The league began Operation Northern Hope"),
        ),
        # "Of the remaining towns," leads into the clause as "In the north," does
        ("Of the remaining towns, Corve signed the charter in 1403.", ("1403", "Corve signed the charter")),
        # whom someone called upon says nothing without what for
        (
            "On May 2, 1861, the governor called upon loyal counties to supply armed men to defend the river and hold Fort Abel.",
            ("1861-05-02", "The governor called upon loyal counties to supply armed men"),
        ),
    ],
)
def test_a_name_a_lead_and_a_call_keep_what_they_need(sentence, expected):
    assert _titles(sentence)[0] == expected


def test_a_country_becomes_independent_once_and_its_neighbour_separately():
    merged = _merged(
        [
            "In 1921, the kingdom granted Valdoria its independence.",
            "A compromise was reached after long talks, and on June 3, 1921, when Valdoria achieved its "
            "independence, the crowds of the capital and of every town of the north filled the squares.",
            "On June 3, 1921, Ostmark declared its independence from the empire.",
        ]
    )
    assert [date for date, title in merged if "Valdoria" in title] == ["1921-06-03"]
    assert [date for date, title in merged if "Ostmark" in title] == ["1921-06-03"]


def test_one_deed_in_several_places_gives_each_date_its_place():
    assert _titles(
        "Royal troops burned the granaries at Arlen in May 1402, at Corve in 1404, and again at Brisk in 1407."
    ) == [
        ("1402-05", "Royal troops burned the granaries at Arlen"),
        ("1404", "Royal troops burned the granaries at Corve"),
        ("1407", "Royal troops burned the granaries at Brisk"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day a chronicle reaches, told in the simple past, dates what it tells
        (
            "By October 23, 1911, ten months after political reforms began, Arlen adopted a new charter.",
            [("1911-10-23", "Arlen adopted a new charter")],
        ),
        # a year that bounds a state of affairs, or a day told in the pluperfect, dates nothing
        ("By 1911, the council had adopted a new charter.", []),
        ("By October 23, 1911, the council had adopted a new charter.", []),
    ],
)
def test_by_a_day_dates_a_deed_and_by_a_year_bounds_a_state(sentence, expected):
    assert [t for t in _titles(sentence) if t[1]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb with a prefix ("re-interred") is a verb, and a deed without its doer is no title
        (
            "On June 16, 1402, the council ceremoniously re-interred Anna Weller.",
            ("1402-06-16", "The council re-interred Anna Weller"),
        ),
        (
            "The council removed its old leader, agreed to new talks, and, on June 16, 1402, solemnly re-interred Anna Weller.",
            ("1402-06-16", ""),
        ),
    ],
)
def test_a_prefixed_verb_is_a_verb_and_a_deed_needs_its_doer(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second verb whose object was cut goes with its "and"
        (
            "Beginning in 1911, Weller exhorted Leeds weavers to go on strike and refuse to pay the new rents.",
            ("1911", "Weller exhorted Leeds weavers to go on strike"),
        ),
        # "reached the conclusion" says nothing of what was concluded
        ("In 1911, many weavers reached the conclusion that the strike was the only course.", ("1911", "")),
    ],
)
def test_a_verb_cut_from_its_object_and_a_conclusion_untold_go(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a remark after the date on the deed ("…, the first country to …") is not part of it
        (
            "Valdoria gave women the vote in 1918, the first country to grant it to all adults.",
            ("1918", "Valdoria gave women the vote"),
        ),
        # how a vote went is not what was voted
        (
            "In 1846, the two kingdoms signed the Arlen Treaty. The council ratified the treaty by a vote of 41-14 on June 18, 1846.",
            ("1846-06-18", "The council ratified the Arlen Treaty"),
        ),
        # "the company", "the Society": the one the text has just named
        (
            "Some merchants founded the Corve Company of Weald in 1748, and the crown granted the company ten thousand acres in 1749.",
            ("1749", "The crown granted the Corve Company of Weald ten thousand acres"),
        ),
        (
            "In 1816 a group founded the Northern Relief Society. In 1818 the Society sent two agents to the coast.",
            ("1818", "The Northern Relief Society sent two agents to the coast"),
        ),
    ],
)
def test_a_remark_a_vote_and_a_body_just_named(paragraph, expected):
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what someone was forced to do is whole before a place
        (
            "In 1754, the French and their allies forced Anna Weller to surrender at Fort Abel, a small fort on the river.",
            ("1754", "The French and their allies forced Anna Weller to surrender at Fort Abel"),
        ),
        # what something was used for is the deed; without it there is no title
        (
            "In May 1846, Weller used news of skirmishes inside the disputed valley between the two armies to gain support for a war.",
            ("1846-05", ""),
        ),
        # sent somewhere is whole
        (
            "In July 1911, the republic sent a gunboat to Corve, a port on the coast, to ensure that it would be paid.",
            ("1911-07", "The republic sent a gunboat to Corve"),
        ),
    ],
)
def test_what_someone_was_made_or_used_to_do(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # a preposition or "subject to" whose object was cut, or a verb of saying without what was said
        "As a result, in 1915 the output of shells from the northern factories increased throughout that year.",
        "In early August 1402, two ships stationed off Corve radioed that they had been fired upon.",
        "By September 17, 1402, Rook confessed to King Tamsin that he feared there would be no agreement.",
        "Over the course of 1402, however, the situation changed dramatically for a number of reasons.",
        "In 1402, the league learned that Arlen had armed its ships.",
        "In 1915, the northern commanders alleged that they had been turned back for want of shells.",
    ],
)
def test_a_title_that_would_end_on_a_loose_word_is_left_for_the_author(sentence):
    assert {title for _, title in _titles(sentence)} == {""}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the Arlen offensive in Corve, which began …": the offensive began, not Corve
        (
            "The last great engagement was the Arlen offensive in Corve, which began in September 1402.",
            ("1402-09", "The Arlen offensive in Corve began"),
        ),
        # "fell short of ratification" is no fall
        (
            "In a final vote on March 19, 1920, the Treaty of Arlen fell short of ratification by seven votes.",
            ("1920-03-19", "Treaty of Arlen"),
        ),
    ],
)
def test_what_began_and_what_fell_short(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_place_named_last_goes_before_the_phrase_that_says_what_for():
    assert _titles("In 1821, the navy resumed the search for a site of settlement in what is now Corve.") == [
        ("1821", "The navy resumed the search for a site of settlement")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the list closes a lead-in; a dashed aside after it leaves its comma and space
        "To calm fears in Arlen, Corve, and other towns—without at the same time alarming the capital—the league "
        "formally agreed in March 1402 to open the Western Road.",
        "To calm fears in Arlen, Corve, and other towns, the league formally agreed in March 1402 to open the "
        "Western Road.",
    ],
)
def test_a_list_that_ends_a_lead_in_is_not_the_subject(sentence):
    assert _titles(sentence) == [("1402-03", "The league agreed to open the Western Road")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deed named in the lead-in is the date's: someone's independence, his arrival
        (
            "Following Corve’s independence from Arlen in 1402, settlers came in even larger numbers.",
            ("1402", "Corve’s independence from Arlen"),
        ),
        (
            "Shortly after his arrival in Arlen in December 1402, Tamsin became disillusioned with the league.",
            ("1402-12", "Tamsin’s arrival in Arlen"),
        ),
        # how things turned gives way to the when-clause that says what happened
        (
            "The situation was reversed in September 1402 when troops led by General Tamsin Rook landed at Corve.",
            ("1402-09", "Troops led by Tamsin Rook landed at Corve"),
        ),
        (
            "Relations between the two leagues reached their nadir in August 1402, when Arlen signed a pact with Corve.",
            ("1402-08", "Arlen signed a pact with Corve"),
        ),
        # a person who ended something did it to something; how long it had lasted goes
        (
            "On November 16, 1402, King Tamsin ended almost 16 years of hostility toward Corve following a series of "
            "talks in Arlen.",
            ("1402-11-16", "King Tamsin ended hostility toward Corve following a series of talks in Arlen"),
        ),
        # "which had been established": done to the thing named; "which had been its colony": a state
        (
            "The king hoped to revive the Arlen Conference, which had been established in December 1402 to end the war.",
            ("1402-12", "Arlen Conference established to end the war"),
        ),
        (
            "Arlen wished to reclaim Corve, which had been its colony before being seized by Tamsin in 1402.",
            ("1402", ""),
        ),
        # a participle phrase after the verb is the deed's, never an aside to blank
        (
            "In October 1402 the league invaded, swiftly overwhelming Corve’s small, poorly trained army.",
            ("1402-10", "The league invaded"),
        ),
    ],
)
def test_where_the_dated_deed_stands(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bracketed span dates the name before it, whatever else the war is known as
        (
            "For instance, King Tamsin’s War (1388–1397) is also known as the War of the League of Arlen.",
            ("1388/1397", "King Tamsin’s War"),
        ),
        ("The last war, the Arlen and Corve War (1402–1409), proved decisive.", ("1402/1409", "Arlen and Corve War")),
        # "due in large part to …" is why, not what
        (
            "The war began to turn in favor of the league in 1402, due in large part to the efforts of Tamsin Rook.",
            ("1402", "The war began to turn in favor of the league"),
        ),
    ],
)
def test_names_and_reasons_around_a_date(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_treaty_signed_on_its_day_keeps_its_title_over_the_year_it_ended_a_war():
    assert _merged(
        [
            "Tamsin accomplished this through the conclusion of the Arlen War in 1402, which ended with the signing "
            "of the Treaty of Corve.",
            "Rook presented Tamsin with the Treaty of Corve, which was signed in Corve City on February 2, 1402.",
        ]
    ) == [("1402-02-02", "Treaty of Corve was signed in Corve City")]


def test_a_sentence_that_points_at_a_picture_is_no_event():
    text = "The following lithographed poster was put out by the Arlen Food Office in 1402. Corve fell in 1403."
    assert _titles(text) == [("1403", "Fall of Corve")]


def test_nothing_until_a_year_moves_the_text_on_to_that_year():
    paragraph = (
        "In 1361, Arlen claimed Corve. There had been no incidents on the border until 1402, when Arlen was poor. "
        "In July, Arlen accused Corve of stealing grain."
    )
    assert ("1402-07", "Arlen accused Corve of stealing grain") in _titles(paragraph)


def test_what_lasted_until_a_later_day_does_not_move_the_text_on():
    paragraph = (
        "The council continued to meet until March 1, 1409, when the charter took effect. "
        "Arlen banned trade with Corve on December 23, 1402. Corve opened its ports on December 30."
    )
    assert ("1402-12-30", "Corve opened its ports") in _titles(paragraph)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the thing signed is the date's, whoever the list of signers
        (
            "The Arlen Accords, signed by King Tamsin, Queen Rook, and Duke Corve in September 1402, established a "
            "framework for peace.",
            ("1402-09", "Arlen Accords signed"),
        ),
        # a list too long to print: the body it made names the event
        (
            "In 1402, Arlen joined Corve, Tamsin, Rook, the Isles, and Westmark to form the Northern Defence League "
            "to stop the raids.",
            ("1402", "Northern Defence League formed"),
        ),
    ],
)
def test_a_list_of_names_gives_way_to_what_they_made(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "after" with a noun phrase and no verb is a lead-in, not the date's clause
        (
            "Moreover, after its conquest of Corve, the league attacked the city of Arlen in 1402.",
            ("1402", "The league attacked the city of Arlen"),
        ),
        # a gerund after "started" is the deed's object, no loose participle
        ("Arlen started rationing in 1402.", ("1402", "Arlen started rationing")),
        # "succeeded in launching" is "launched"
        (
            "At last, on January 31, 1402, Arlen succeeded in launching its first ship, the Corve.",
            ("1402-01-31", "Arlen launched its first ship, the Corve"),
        ),
    ],
)
def test_leads_gerunds_and_what_succeeded(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pluperfect deed with its own date happened then
        (
            "The league had also concluded a separate peace with Arlen at Corve in March 1402, ending the war.",
            ("1402-03", "The league concluded a separate peace with Arlen at Corve"),
        ),
        # what had happened by then, or a state, is told in passing
        ("The league had already concluded a separate peace with Arlen in March 1402.", ("1402-03", "")),
        ("Two days earlier, the league had concluded a separate peace with Arlen in March 1402.", ("1402-03", "")),
        ("The league had owed some money to Arlen in 1402.", ("1402", "")),
    ],
)
def test_a_pluperfect_deed_with_its_own_date(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Given this opposition," is a lead-in
        (
            "Given this opposition, in May 1402 elections to a council were held only in Corve.",
            ("1402-05", "Elections to a council were held only in Corve"),
        ),
        # the name a kind goes by
        ("This plan, also known as the Great Arlen Road, began in 1402.", ("1402", "The Great Arlen Road began")),
        # "were themselves dismissed as Tamsin sought …": the deed, without the clause of why
        (
            "In 1402, the guards were themselves dismissed as Tamsin sought to curb their power.",
            ("1402", "The guards were dismissed"),
        ),
    ],
)
def test_leads_names_and_asides_of_the_subject(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # names that cannot be cut may take the two words more a title allows
        (
            "In 1402, the Free City of Arlen, Corve Island and North Tamsin joined the league.",
            ("1402", "The Free City of Arlen, Corve Island and North Tamsin joined the league"),
        ),
        # not when what is left ends on a verb cut from its object
        (
            "In 1402, the public censure of two of its most important allies by Arlen helped contribute to its fall.",
            ("1402", ""),
        ),
    ],
)
def test_names_that_cannot_be_cut_may_take_two_words_more(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("However, the war turned in Arlen’s favor in 1402.", ("1402", "The war turned in Arlen’s favor")),
        ("In 1402, Tamsin called for political reform as well.", ("1402", "Tamsin called for political reform")),
    ],
)
def test_a_turn_in_someones_favor_and_a_deed_done_as_well(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_title_cut_before_its_seasons_year_is_left_for_the_author():
    sentence = "Tamsin, who had been the king’s steward in 1381, recalled the fall of 1402 as a time of fear."
    assert {title for _, title in _titles(sentence) if title.endswith(("fall", "spring"))} == set()
    assert [date for date, title in _titles(sentence) if date == "1402"] == ["1402"]


def test_what_was_learned_is_the_event_its_date_dates():
    sentence = "These fears grew when the league learned that Arlen had armed forty ships in 1402."
    assert _titles(sentence) == [("1402", "Arlen armed forty ships")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "and after a brief debate," is a lead-in after the break, not the date's clause
        (
            "The council condemned the raid, and after a brief debate, on June 27, 1402 the league issued the "
            "Arlen Decree.",
            ("1402-06-27", "The league issued the Arlen Decree"),
        ),
        # "before Tamsin Rook, the leader of the guard, ordered …": a clause, not a lead-in
        (
            "Many were sent to Corve before Tamsin Rook, the leader of the guard, ordered the camp closed in "
            "January 1402.",
            ("1402-01", "Tamsin Rook ordered the camp closed"),
        ),
    ],
)
def test_after_and_before_a_phrase_or_a_clause(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council suppressed the riots, but in 1402 protests broke out again.", ("1402", "Protests broke out")),
        ("In 1402, fighting broke out yet again.", ("1402", "Fighting broke out")),
    ],
)
def test_a_deed_told_again_is_titled_as_the_first_time(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_dated_frame_for_the_deed_is_a_lead_in_and_a_cut_leaves_no_but():
    sentence = "In a speech delivered in March 1402, King Tamsin called for peace with Corve but on his own terms."
    assert _titles(sentence) == [("1402-03", "King Tamsin called for peace with Corve but on his own terms")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # told from another event, which the date already places
        ("Corve surrendered six days later, on August 14, 1402.", ("1402-08-14", "Corve surrendered")),
        (
            "Arlen ordered mobilization of its troops on July 30, 1402 in response.",
            ("1402-07-30", "Arlen ordered mobilization of its troops"),
        ),
        # "a similar …" points back; the title stands alone
        (
            "In 1402, a similar revolt for independence erupted in Corve.",
            ("1402", "A revolt for independence erupted in Corve"),
        ),
        (
            "On October 26, 1402, a similar address was approved for the people of Corve.",
            ("1402-10-26", "An address was approved for the people of Corve"),
        ),
        # the name given in apposition, "the" before it
        ("The resulting body, the ARLCOM, was created on January 24, 1402.", ("1402-01-24", "The ARLCOM was created")),
    ],
)
def test_titles_told_from_elsewhere_stand_alone(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # whom someone appointed keeps what for
        (
            "In 1402, the council appointed Tamsin Rook, a seasoned envoy, to lead the delegation.",
            ("1402", "The council appointed Tamsin Rook to lead the delegation"),
        ),
        # "Corve, Westmark, a part of Arlen": a place's country, not an aside
        (
            "Indeed, in 1402, a fleet, wrongly believing war had broken out, seized Corve, Westmark, a part of Arlen.",
            ("1402", "A fleet seized Corve"),
        ),
        # a judgement, not an event
        ("The 1402 elections proved to be a perilous time for the talks.", ("1402", "")),
        # a saint's "St." belongs to the name
        (
            "Plans to try the leaders were announced in the 1402 St. Tamsin Declaration.",
            ("1402", "St. Tamsin Declaration"),
        ),
    ],
)
def test_appointed_places_judgements_and_saints(sentence, expected):
    assert _titles(sentence) == [expected]


def test_an_event_also_known_by_another_name_is_one_event():
    assert _merged(
        [
            "The envoys chose to annul the old pact, and negotiated the Convention of 1402 instead.",
            "Arlen and Corve restored peace with the Convention of 1402, also known as the Treaty of Westmark.",
        ]
    ) == [("1402", "Convention of 1402")]


def test_an_event_named_after_before_is_not_the_dates():
    sentence = "Tamsin was not tried because he had fled in April 1402, in the final days before Arlen’s surrender."
    assert ("1402-04", "Arlen’s surrender") not in _titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "agreed to a division": the verb's own "to" leaves room for where
        (
            "In June 1402, King Tamsin’s council agreed to a division at the forty-ninth milestone.",
            ("1402-06", "King Tamsin’s council agreed to a division at the forty-ninth milestone"),
        ),
    ],
)
def test_a_verbs_own_preposition_leaves_room_for_where(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lead-in that an adverb opens is no subject
        (
            "Partly in response to these riots, on 7 November 1843, the council announced a new tax on salt.",
            ("1843-11-07", "The council announced a new tax on salt"),
        ),
        (
            "Largely because of the riots, in 1843 the council announced a new tax on salt.",
            ("1843", "The council announced a new tax on salt"),
        ),
        # a journey to a named place to talk is the news, not the talk
        (
            "Lord Berwin, the king’s envoy, traveled to Skern twice during 1843 to discuss the conditions under"
            " which each side would open its ports.",
            ("1843", "Lord Berwin traveled to Skern twice"),
        ),
        # a list of deeds whose comma went with the date: the first deed
        (
            "With the treasury empty, Ardo lost his grip on power in 1843, was arrested, and turned over to the court.",
            ("1843", "Ardo lost his grip on power"),
        ),
        # … but a second clause joined by "and" is not cut to its subject
        (
            "In February 1843 Berwin visited the remaining towns and relations were established with Skern.",
            ("1843-02", "Berwin visited the remaining towns"),
        ),
    ],
)
def test_a_lead_in_a_journey_or_a_list_of_deeds_gives_the_deed_its_title(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # two days that share a month and a year are one span with that year, not a day of another year
        ("Kell made its proposals on January 4 and 5, 1844.", [("1844-01-04", "1844-01-05")]),
        ("Kell made its proposals on 4 and 5 January 1844.", [("1844-01-04", "1844-01-05")]),
        # two days apart are two events: the first keeps the year they share
        ("Votes were held on March 3 and 17, 1844.", [("1844-03-03", None)]),
        ("Between May 3 and 17, 1844, the weavers marched.", [("1844-05-03", "1844-05-17")]),
        # "mid-1844" names the year
        ("By mid-1844 Kell was searching for a new governor.", [("1844", None)]),
    ],
)
def test_days_joined_by_and_or_a_mid_year_keep_their_year(sentence, dates):
    found = find_dates(sentence, year=1850, language="en")
    assert [(iso(m.date), iso(m.until) if m.until else None) for m in found] == dates


def test_a_day_read_with_the_texts_year_sets_the_paragraph_time_against_a_look_back():
    paragraphs = [
        "Kell’s envoy secured one last deal in September 1850.",
        "The first round started with Skern’s proposals on January 4 and 5, 1849.",
        "On May 1, the envoy left for Skern, three miles within the zone Kell had taken during the June 1820 war."
        " On May 16, he offered a proposal of his own.",
    ]
    blocks = [Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, start=1)]
    dates = [e.date for e in events(blocks, None, "sections/01.md")]
    assert "1849-05-16" in dates and "1849-05-01" in dates
    assert not any(date.startswith(("1850-05", "1820-05")) for date in dates)


def test_the_years_of_a_books_title_are_no_event_and_count_no_later():
    paragraph = (
        "In 1850, Captain Ardo Lowe, a lecturer in naval history, published The Influence of the Sea upon Kell,"
        " 1660–1783, a study of naval power. Two years later, he completed a second volume, The Influence of the"
        " Sea upon the Skern Wars, 1793–1812."
    )
    assert [date for date, _ in _titles(paragraph)] == ["1850", "1852"]


def test_a_law_named_by_its_year_and_passed_then_moves_the_text_to_that_year():
    paragraphs = [
        "In 1831, the governor defended his plan in a public letter.",
        "The Salt Tax of 1832, passed in the summer, lowered the duties on salt. In November, Kell passed the"
        " Ordinance of Refusal.",
    ]
    blocks = [Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, start=1)]
    dates = {e.title: e.date for e in events(blocks, None, "sections/01.md")}
    assert dates["Kell passed the Ordinance of Refusal"] == "1832-11"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "During" opens no participle phrase
        (
            "During the summer of 1845, the Skern-supported KLA was able to consolidate power in Leeds.",
            ("1845", "The Skern-supported KLA consolidated power in Leeds"),
        ),
        # a ship's name after "U.S.S." is no new sentence
        (
            "Between 1878 and 1880, Commodore Lowe commanded the U.S.S. Skern on a voyage around the world.",
            ("1878/1880", "Commodore Lowe commanded the U.S.S. Skern on a voyage around the world"),
        ),
        # a pact's name that qualifies its troops is not the event
        (
            "On August 20, 1845, Kell led Hull Pact troops in an invasion of Skern to crush the reformers.",
            ("1845-08-20", "Kell led Hull Pact troops in an invasion of Skern"),
        ),
        # the days the date gives leave the title; a time of day stays
        ("The Kell invasion of August 20–21, 1845 took Skern by surprise.", ("1845-08-20/1845-08-21", "Kell invasion")),
        # a dash opens an aside that is no part of the deed
        (
            "In response, forces loyal to Ardo executed Berwin in October 1845—a move that infuriated Kell.",
            ("1845-10", "Forces loyal to Ardo executed Berwin"),
        ),
    ],
)
def test_a_preposition_a_ship_a_name_used_as_a_qualifier_or_an_aside_leave_the_deed(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_place_for_each_date_without_its_preposition_is_the_place_of_the_deed():
    sentence = "The council held further meetings in Leeds in 1877–78, Hull in 1880–83, and York in 1886–89."
    assert [title for _, title in _titles(sentence)] == [
        "The council held further meetings in Leeds",
        "The council held further meetings in Hull",
        "The council held further meetings in York",
    ]


def test_a_time_of_day_keeps_its_date_in_the_title():
    sentence = (
        "Beginning the night of December 25, 1776, and continuing into the early hours of December 26, Ardo moved."
    )
    assert ("1776-12-26", "Early hours of December 26") in _titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one deed done to a name at each date, the verb given once
        (
            "Kell invaded Skern in 1831 and Hull in 1835.",
            [("1831", "Kell invaded Skern"), ("1835", "Kell invaded Hull")],
        ),
        (
            "Leeds granted independence to Skern in 1847 and Hull in 1848.",
            [("1847", "Leeds granted independence to Skern"), ("1848", "Leeds granted independence to Hull")],
        ),
        # a named event that a verb after "helped" led to, and that began at the date, is the event
        (
            "Anger at the treaty helped lead to the Skern Movement, which began in Leeds in 1819 as a protest.",
            [("1819", "Skern Movement began in Leeds")],
        ),
    ],
)
def test_a_gapped_object_or_a_movement_that_began_gets_its_own_title(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # only a part of a time
        "After years of failed talks, a commission meeting in Leeds during the early part of 1845 settled the claims.",
    ],
)
def test_a_title_a_teacher_could_not_print_is_left_for_the_author(sentence):
    assert [title for _, title in _titles(sentence)] == [""]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kell and Leeds clashed again during the long and bitter negotiations over the salt tax in 1843.",
            "Kell and Leeds clashed again during the long and bitter negotiations",
        ),
        (
            "In 1827 the two councils agreed to postpone the question indefinitely subject to one year’s notice by either.",
            "The two councils agreed to postpone the question indefinitely subject to one year’s notice",
        ),
        (
            "In the spring of 1845, the council began to prepare for the possible use of the new tax by choosing towns.",
            "The council began to prepare for the possible use of the new tax",
        ),
    ],
)
def test_twelve_words_leave_the_deed_whole_where_ten_cut_it_loose(sentence, expected):
    assert {title for _, title in _titles(sentence)} == {expected}


def test_a_lead_in_adverb_like_most_famously_is_no_subject():
    assert _titles("Most famously, on 3 September 1845, the council impounded the rams at Leeds.") == [
        ("1845-09-03", "The council impounded the rams at Leeds")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "St." after a slash is a saint's or a city's, not a sentence's end; "took place" says nothing
        (
            "The first crossing of the Skern (from Kell and Hull/St. Albans) took place on July 4, 1856.",
            [("1856-07-04", "First crossing of the Skern")],
        ),
        # the name after "his death" is the subject's owner, not the subject
        ("Following his death in 1528, Kell Shah’s sons went on fighting.", [("1528", "Kell Shah’s death")]),
        # a name that qualifies the nouns after it is no object of its own
        (
            "Then in 1570, the Hullish attacked the Skern trading town of Kell when its ruler refused.",
            [("1570", "The Hullish attacked the Skern trading town of Kell")],
        ),
        # each name after the first, "the" before it too, did the same
        (
            "Kell tested its first engine in 1949, the Skern Union in 1952, Hull in 1960 and the Republic of Leeds in 1964.",
            [
                ("1949", "Kell tested its first engine"),
                ("1952", "The Skern Union tested its first engine"),
                ("1960", "Hull tested its first engine"),
                ("1964", "The Republic of Leeds tested its first engine"),
            ],
        ),
        # a name with a verb of its own after its date is no gap
        (
            "The war ended in 1845 and the Treaty of Hull in 1851 settled the claims.",
            [("1845", "The war ended"), ("1851", "Treaty of Hull")],
        ),
        # the name a role is given stands for it
        (
            "In August 1841, Kell met with the Skernish prime minister, Anna Leeds, off the coast of Hull, Skern.",
            [("1841-08", "Kell met with Anna Leeds off the coast of Hull, Skern")],
        ),
        # what was revealed is the news
        (
            "On May 7, 1860, Kell revealed that the envoy was alive and well, and had not fled.",
            [("1860-05-07", "Kell revealed that the envoy was alive and well")],
        ),
        # of a verb considered and one done, the one done
        (
            "In 1853, Lord Kell considered, but ultimately rejected the idea of taxing the Skern mills.",
            [("1853", "Lord Kell rejected the idea of taxing the Skern mills")],
        ),
        # a when-clause between the date and the main clause goes
        (
            "In 1842 when Kell geared up for war, however, more women went into the mills.",
            [("1842", "More women went into the mills")],
        ),
        # a place's state or county goes with the place
        (
            "The 1864 fair in St. Albans, Skern, included a hall of engines.",
            [("1864", "Fair in St. Albans included a hall of engines")],
        ),
    ],
)
def test_saints_gaps_roles_and_asides_give_the_deed_its_own_title(sentence, expected):
    assert _titles(sentence) == expected


def test_less_than_a_month_later_is_dated_no_closer_than_its_year():
    assert (
        _titles("The Kell conference opened in June 1833. It ended less than a month later with nothing agreed.")[1][0]
        == "1833"
    )


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("FROM PEACE TO WAR", ""),  # capitals: a part's heading, not a person, so "he" is left unnamed
        ("Anna Leeds", "Anna Leeds withdrew the Skern ambassador from Kell"),
    ],
)
def test_a_heading_set_in_capitals_is_no_person_for_he(heading, title):
    blocks = [
        Block(HEADING, heading, heading, 1),
        Block(PARAGRAPH, *["In a show of support, he withdrew the Skern ambassador from Kell in 1838."] * 2, 2),
    ]
    assert [e.title for e in events(blocks, None, "sections/01.md")] == [title]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the means is the deed: "responded by invading" invaded
        (
            "As the Skerns pushed west, Selim of Kell responded by invading Hull, laying waste to Leeds in 1514.",
            [("1514", "Selim of Kell invaded Hull")],
        ),
        (
            "Nonetheless, Kell responded to the capture of its ships by pirates by leading Hull into war against Leeds in 1801.",
            [("1801", "Kell led Hull into war against Leeds")],
        ),
        # the named thing that helped is not the deed its date dates
        (
            "The Skern Purchase helped Anna Kell win reelection in 1804 by a landslide.",
            [("1804", "Anna Kell won reelection by a landslide")],
        ),
        # what a time saw a name do is the deed
        (
            "The 1924 election saw Kell win easily over the divided Skerns, who fought over their nomination.",
            [("1924", "Kell won easily over the divided Skerns")],
        ),
        # a lead-in "Along with …," and a preposition before a named event go
        (
            "Along with changing the laws of its colonies, in 1767 Kell followed the example of Hull and expelled the monks.",
            [("1767", "Kell followed the example of Hull")],
        ),
        ("Under the Peace of Hull, concluded in 1555, Kell and Leeds were divided.", [("1555", "The Peace of Hull")]),
        # a name "known as" keeps its kind
        (
            "From 1920 to 1923, Anna Kell was involved in a scam that became known as the Skern Dome scandal.",
            [("1920/1923", "Skern Dome scandal")],
        ),
        # a relative clause ending in a quotation leaves no closing quote behind
        (
            "Kell, who wanted to bring about his “empire of liberty,” realized his greatest triumph in 1803 when Hull sold Skern.",
            [("1803", "Kell realized his greatest triumph")],
        ),
        # a year of money is no event
        ("The Skern Act imposed a fine of $5,000 in 1790 dollars on those convicted.", []),
    ],
)
def test_means_helpers_lead_ins_and_names_give_the_deed_its_title(sentence, expected):
    assert _titles(sentence) == expected


def test_a_paragraph_that_opens_on_a_later_year_dates_its_days_in_it():
    paragraphs = [
        "In deciding the case, Kell v. Hull, in 1803, the judge agreed with Kell.",
        "The quarrel exploded into open violence in 1804, when Kell and Hull met. On July 11, the two men fought a duel.",
    ]
    blocks = [Block(PARAGRAPH, text, text, number) for number, text in enumerate(paragraphs, 1)]
    assert ("1804-07-11", "The two men fought a duel") in [
        (e.date, e.title) for e in events(blocks, None, "sections/01.md")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years before 1000 where only a year can stand
        ("Kell, who was the Skern emperor from 527 to 565, built churches.", [("527 to 565", "527/565")]),
        ("The reign of Kell (527–565) was long.", [("527–565", "527/565")]),
        ("He made peace with the Skerns in 532.", [("532", "532")]),
        ("When Kell fell to Hull in 698, the army turned west.", [("698", "698")]),
        ("In 750 CE the Skerns took power.", [("750 CE", "750")]),
        ("Kell died in 14 CE.", [("14 CE", "14")]),
        # years before the common era, told as such, are negative; a span runs from the larger
        ("Kell defeated Hull at Skern in 333 BCE.", [("333 BCE", "-333")]),
        ("The Skern Wars (499–449 BCE) were long.", [("499–449 BCE", "-499/-449")]),
        ("The war lasted from 431 to 404 BC.", [("431 to 404 BC", "-431/-404")]),
        ("Kell was founded in 753 B.C. by twins.", [("753 B.C.", "-753")]),
        ("A span written backwards, 404–431 BCE, is none.", []),
        # a span across the era's start
        ("The Orm thrived from about 150 BCE to 1450 CE.", [("150 BCE to 1450 CE", "-150/1450")]),
        # a number that counts something, or a range of amounts, is no year
        ("The fleet of 500 ships sailed in 1588.", [("1588", "1588")]),
        ("Casualties rose in 200 towns.", []),
        ("One in 100, he said, would die.", []),
        ("The people shrank from around 200,000 to fifty thousand in 1590.", [("1590", "1590")]),
        ("The garrison grew from 300 to 500.", []),
        # an abbreviated end year keeps its century
        ("The war of 1904–05 ended.", [("1904–05", "1904/1905")]),
    ],
)
def test_years_before_1000_are_read_where_nothing_else_can_stand(text, expected):
    found = find_dates(text)
    assert [(m.text, iso(m.date) + (f"/{iso(m.until)}" if m.until else "")) for m in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ruler's years are a reign
        ("Kell I, who was the Skern emperor from 527 to 565, expanded the empire.", [("527/565", "Reign of Kell I")]),
        # "from" goes with the span it leads
        ("Kell ruled from 1556 to 1605 over a vast empire.", [("1556/1605", "Kell ruled over a vast empire")]),
        # a name of two words before its possessive
        (
            "Notable events included Kell I’s capture of the Skern emperor Hull in 260.",
            [("260", "Kell I’s capture of the Skern emperor")],
        ),
    ],
)
def test_reigns_spans_and_early_years_get_their_titles(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # one name told twice at one date in one sentence: the whole name and a cut one
        [
            "In the wake of the riot, Kell passed a new barge code in 1740 called An Act for the Better Ordering"
            " and Governing of Barges and Other Boats in the Province, also known as the Barge Act of 1740."
        ],
        # "A or the B": one document's two names, each proposed from its own sentence
        [
            "In 1812, the Kell Cortes approved a charter known as the Kell Constitution or the Constitution of 1812.",
            "The duke dissolved the Cortes and rejected the Constitution of 1812.",
        ],
    ],
)
def test_one_thing_under_two_names_is_proposed_once(paragraphs):
    assert len(_merged(paragraphs)) == 1


def test_two_deeds_of_one_day_in_one_sentence_stay_two():
    merged = _merged(
        ["In 1895, Nord founded the first school of surveying at Kell, and in 1895 he published his Rules."]
    )
    assert len(merged) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "around" is no part of the thing annexed: the clause says who did it
        (
            "Its wealth drew the attention of the new kingdom of Skern, which annexed Kell around 1325.",
            ("1325", "Skern annexed Kell"),
        ),
        # no "the" before a possessive name
        ("Nord’s Rebellion came to an end in 1766, when the last towns gave up.", ("1766", "End of Nord’s Rebellion")),
        # a name that a deed is about is not the deed
        (
            "In May 1973, Richards named Arlen Cole special prosecutor to investigate the Kell affair.",
            ("1973-05", "Richards named Arlen Cole special prosecutor to investigate the Kell affair"),
        ),
        # "to an end" is what the verb needs, not a phrase to cut
        (
            "Meanwhile, revolts in the hills and the sacking of Kell by rebels in 1275 brought the Nord Empire to an end.",
            ("1275", "Revolts brought the Nord Empire to an end"),
        ),
        # "the reign of X, which began": the reign began, not X
        (
            "Calm had returned to Skern under the reign of Askel Nord II, which began in 1588.",
            ("1588", "The reign of Askel Nord II began"),
        ),
        # a list of deeds after the date: the date's deed alone
        (
            "Arlen ibn Nord, known as Arlen the Traveller, was born in Kell in 1485, educated in Skern (a city on the"
            " coast), and traveled widely in the south.",
            ("1485", "Arlen ibn Nord was born in Kell"),
        ),
    ],
)
def test_names_a_deed_is_about_and_what_a_verb_needs(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a role as the subject, named as the sentence before named it
        (
            "On 14 April 1865, an actor shot President Arlen Nord at the theatre. The president died the next day.",
            ("1865-04-15", "President Arlen Nord died"),
        ),
        # a war as the subject, named as the sentence before named it, "and" and all
        (
            "Kell won the Skern and Barge War. Kell kept ten thousand troops on the river after the war ended in 1763"
            " to defend the borders.",
            ("1763", "The Skern and Barge War ended"),
        ),
        # "and when … in April 1493, X was defeated": the when-clause ends at its comma
        (
            "Arlen challenged Nord, and when the two armies met in battle in April 1493, Nord was defeated.",
            ("1493-04", "The two armies met in battle"),
        ),
        # "himself" stressed the subject
        (
            "Arlen himself fell victim to this strife and was killed by his brothers in 1531.",
            ("1531", "Arlen was killed by his brothers"),
        ),
        # a common noun a clause holds is no name: the clause says who signed it
        (
            "In 1953 Kell and Skern signed a mutual security treaty designed to protect the river.",
            ("1953", "Kell and Skern signed a mutual security treaty designed to protect the river"),
        ),
    ],
)
def test_roles_wars_and_common_nouns_are_named_from_their_text(paragraph, expected):
    assert _titles(paragraph)[-1] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "—Arlen the Traveller, Description of Kell (1550)",  # a quotation's source
        "This agreement essentially accepted the boundaries that had been drawn in 1945.",
    ],
)
def test_a_quotations_source_or_a_bare_demonstrative_gets_no_title(paragraph):
    assert all(not title for _, title in _titles(paragraph))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a mood that grew is dated; the when-clause is what happened
        (
            "The tension was heightened in 1328 when King Arlen IV of Kell died without a son.",
            ("1328", "Arlen IV of Kell died without a son"),
        ),
        ("The crisis deepened in March 1938, when Kell annexed Skern.", ("1938-03", "Kell annexed Skern")),
        # an "-ed" word after its owner qualifies the noun: the verb is later
        (
            "After Arlen’s appointed successor and grandson died in 1307, seven emperors reigned.",
            ("1307", "Arlen’s appointed successor and grandson died"),
        ),
    ],
)
def test_a_mood_dated_gives_way_to_its_when_clause_and_an_owned_participle_is_no_verb(sentence, expected):
    assert _titles(sentence) == [expected]


def test_an_event_told_by_its_first_day_and_by_its_days_is_one():
    merged = _merged(
        [
            "On August 20, 1968, Kell led the river guilds in an invasion of Skern to crack down on the barge trade.",
            "The Kell invasion of August 20–21 caught Skern by surprise.",
        ]
    )
    assert len(merged) == 1


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "he" after a clause whose subject is a person's thing stands for that person
        (
            "Nord ordered a review of the case. In August of that year, Arlen’s sentence was reduced to twenty years,"
            " and in September 1974, he was paroled.",
            ("1974-09", "Arlen was paroled"),
        ),
        # a concession dated: the deed is the event
        (
            "Thus, even though Nord proclaimed a victory in May 2003, on the deck of the USS Kell, the war went on.",
            ("2003-05", "Nord proclaimed a victory"),
        ),
        # "agreed and sent": the sending is the deed
        ("Nord agreed and immediately sent 200 riders in June 1917.", ("1917-06", "Nord sent 200 riders")),
    ],
)
def test_owners_concessions_and_assent_give_the_deed_its_title(paragraph, expected):
    assert _titles(paragraph)[-1] == expected


def test_a_list_of_places_with_bracketed_years_gives_each_year_its_meeting():
    sentence = "Notable meetings have occurred in Kell (1997), Skern (2009), and Arlen (2021)."
    assert _titles(sentence) == [
        ("1997", "Meeting in Kell"),
        ("2009", "Meeting in Skern"),
        ("2021", "Meeting in Arlen"),
    ]


def test_a_meeting_at_a_place_yields_to_the_agreement_made_there():
    merged = _merged(
        [
            "Notable meetings have occurred in Kell (1997) and Skern (2015).",
            "The 2015 Skern Agreement set a goal for the river towns.",
        ]
    )
    assert ("2015", "Skern Agreement") in merged


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the date is in a participle phrase after the main clause: its deed, with the main clause's subject
        (
            "The Skern armies continued northward, laying siege to and capturing the port city of Kell in 641.",
            [("641", "The Skern armies captured the port city of Kell")],
        ),
        (
            "The ruler Nord III fled east, spending his life on the run before being killed by his own guards in 651.",
            [("651", "Nord III was killed by his own guards")],
        ),
        # a participle that opens the sentence: the founding, not what the thing did after
        (
            "Founded by Arlen Kor in 1712, Skern made warfare a way of life.",
            [("1712", "Arlen Kor founded Skern")],
        ),
        (
            "Established in 1602, the Kell Company was the first of its kind.",
            [("1602", "The Kell Company was established")],
        ),
        # a death after a name with an apposition
        (
            "Nord, the author of the first letter, was bishop of Kell from 634 until his death in 638.",
            [("638", "Nord’s death")],
        ),
        # the murder of a person named in apposition
        (
            "The war was fought over the murder of the third caliph, Arlen, in 656, and the killers’ escape.",
            [("656", "Murder of Arlen")],
        ),
        # an opening deed at a place, dated in commas: the subject is the event
        (
            "A massacre in Kell, Skernland, in 1921, turned out even more deadly, with many dead.",
            [("1921", "Massacre in Kell, Skernland")],
        ),
        # what grew is the scene; the main clause is what happened
        (
            "As rhetoric from the Nord republic intensified in 1918 and 1919, a Red Scare erupted in Kell over fear "
            "that infiltrators sought to overthrow the government.",
            [("1918/1919", "A Red Scare erupted in Kell")],
        ),
        # a name with a lower-case adjective before it: the name
        (
            "The efforts succeeded, blaming the Arlens for the collapse that began with the hard-currency Panic of 1837.",
            [("1837", "Panic of 1837")],
        ),
        # a name given to a thing made later, or to an era, does not title the dated deed
        (
            "In 429, the emperor Nord II established a commission to compile what became known as the Kell Code.",
            [("429", "Nord II established a commission to compile what became known as the Kell Code")],
        ),
        (
            "Skerners looked forward to Arlen’s inauguration in 1921, and to an era that would come to be known as "
            "the Kell Age.",
            [("1921", "Arlen’s inauguration")],
        ),
        # a turning point's subject is the event; a year that marks one is not
        (
            "The 1840 presidential election marked a significant turning point in Skern politics.",
            [("1840", "Presidential election")],
        ),
        ("The year 1848 marked a turning point in Kell.", [("1848", "")]),
        # words that tie to the sentence before go, and "an" agrees once its year is cut
        (
            "Thereupon the Skerners were arrested in Kell, February 8, 1349.",
            [("1349-02-08", "The Skerners were arrested in Kell")],
        ),
        (
            "And when eight bombs exploded on June 2, 1919, including one at Nord’s house, the country was alarmed.",
            [("1919-06-02", "Eight bombs exploded")],
        ),
        (
            "Congressman Arlen Kor attached to an 1846 revenue bill an amendment.",
            [("1846", "Congressman Arlen Kor attached to a revenue bill an amendment")],
        ),
        # a demonstrative "that" with a possessive keeps its object
        (
            "Responding to an appeal from Kell, the emperor Nord closed that city’s schools in 529.",
            [("529", "The emperor Nord closed that city’s schools")],
        ),
        # a reign's title takes no preposition that leads the sentence
        (
            "Under Mai Arlen Kor, who ruled from 1507 to 1529, the Skerners defeated the Kellans.",
            [("1507/1529", "Reign of Mai Arlen Kor")],
        ),
    ],
)
def test_participle_deeds_openings_and_names_given_later(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a year before a named noun keeps its article
        (
            "John Kor wrote much of the 1780 Kell constitution, which reflected his fear of democracy.",
            [("1780", "John Kor wrote much of the Kell constitution")],
        ),
        # a question to the reader names no event
        ('How are "slaves" defined in the 1857 Kell constitution?', []),
        # a role that says whose, then the name
        ("The wife of Nord, Arla, led the state from 1241 to 1246.", [("1241/1246", "Arla led the state")]),
        # a quotation's close is no part of the title
        ("Arla, the wife of Kor, was regent from 1248 to 1251.”", [("1248/1251", "Arla was regent")]),
        # an absolute phrase after the date says how, not what; "the city" is the one the sentence named
        (
            "By late 1257, his forces had surrounded Kell, and the city fell in early 1258, its walls undermined.",
            [("1258", "Kell fell")],
        ),
        # a cut that leaves "and" with the next clause's subject drops both
        (
            "Nord ruled Kell for years. When Nord died in 1658 and control passed to his son Arla, who lacked the "
            "political skills of his father, a majority of the Kellish people feared an alternate hereditary monarchy.",
            [("1658", "Nord died")],
        ),
        # "on fire" stays with its verb
        (
            "On January 17, 2011, a Kellan set himself on fire near the Parliament to protest.",
            [("2011-01-17", "A Kellan set himself on fire near the Parliament to protest")],
        ),
        # "the events" name nothing
        ("The events of 1793 and 1794 challenged the view of the Kell Revolution.", [("1793", "")]),
        # a long event that lasted: its name
        (
            "The Kell Civil War lasted from 1642 to 1649 and pitted the king against Nord.",
            [("1642/1649", "Kell Civil War")],
        ),
        # a short name for what the deed's title already names is no better title
        (
            "In 1675, Nord II organized the Lords of Trade and Plantation, commonly known as the Lords of Trade, an "
            "administrative body.",
            [("1675", "Nord II organized the Lords of Trade and Plantation")],
        ),
        # a thing named by its year keeps that name; a place called something in its sentence does not rename it
        (
            "The Ordinance of 1787 turned the land into a territory called the Kell Territory.",
            [("1787", "Ordinance of 1787")],
        ),
        ("But the infamous Kell Strike of 1894 was most notable for its impact.", [("1894", "Kell Strike")]),
        # a ruler named by his office, and an uprising dated before its noun
        (
            "To the Nords, the Kell Revolution meant anarchy, especially after the execution of the Kellish king in 1793.",
            [("1793", "Execution of the Kellish king")],
        ),
        (
            "The Kell Revolution inspired rebellions, including a 1791 uprising in the Kellish colony of Saint-Arla.",
            [("1791", "Uprising in Saint-Arla")],
        ),
        # "when, in the summer of 1894, …": the when-clause's deed
        (
            "The strike began on the heels of the march when, in the summer of 1894, owner Arla Nord fired two "
            "thousand employees.",
            # and "owner", a calling without its article, goes before the whole name
            [("1894", "Arla Nord fired two thousand employees")],
        ),
        # "Born in 1818 in Skern, …, she grew up": a birth, the person named before
        (
            "Arla Nord changed Kell. Born in 1818 in Skern, in what is now Kell, she grew up as the daughter of a lawyer.",
            [("1818", "Arla Nord was born in Skern")],
        ),
        # a year a measure is taken from is no event; a law described is not a law named
        (
            "In 1349, a Kellish law required laborers to accept wages at the level that would have been paid in 1346.",
            [("1349", "A Kellish law required laborers to accept wages")],
        ),
        # "the Kell conference" is a name for all its small letter; "a Kellish law" is none
        (
            "From November 28 to December 1, 1943, the Kell conference addressed relations between the Allies.",
            [("1943-11-28/1943-12-01", "Kell Conference")],
        ),
        # how long a participle's deed took is cut whole
        (
            "Arlen then invaded Kell, attacking Skern over the course of three days in 410.",
            [("410", "Arlen attacked Skern")],
        ),
        # a plural noun after "to" is an object, not a cut infinitive
        (
            "In Kell, riots in Skern in 1964 led to concessions that still preserved Nord control of the canal.",
            [("1964", "Riots in Skern led to concessions")],
        ),
    ],
)
def test_years_before_names_questions_appositions_and_cut_ends(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_work_published_is_one_event():
    merged = _merged(
        [
            "In 1867, Nord published the first volume of Das Kell, and it reached a wide audience.",
            "Nord’s book Das Kell, published in 1867, is often cited.",
        ]
    )
    assert merged == [("1867", "Nord published the first volume of Das Kell")]


def test_events_before_the_common_era_keep_their_era_and_their_doers_epithet():
    assert _titles(
        "Kell the Great defeated the Skerns at Hull in 333 BCE. He died in Arla in 323 BCE, and his generals "
        "divided his empire."
    ) == [("-333", "Kell the Great defeated the Skerns at Hull"), ("-323", "Kell the Great died in Arla")]
    # "he … until his death" is the death of the one "he" stands for, never "He"
    assert _titles("Nord defeated Kell at Skern in 31 BCE. He ruled until his death in 14 CE.") == [
        ("-31", "Nord defeated Kell at Skern"),
        ("14", "Death of Nord"),
    ]
    paragraph = "In 31 BCE, Nord defeated Kell at Skern."
    (proposal,) = events([Block(PARAGRAPH, paragraph, paragraph, 1)], None, "sections/01.md")
    assert (proposal.date, proposal.year_guessed) == ("-31", False)  # a two-digit year with its era is named


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a second deed that ends the story stays
        (
            "In 1264, Arla Kor rode to Nord’s capital and surrendered.",
            [("1264", "Arla Kor rode to Nord’s capital and surrendered")],
        ),
        # a cartoon's year is no event
        (
            "The Skerners accused the Kellans of greed, a view captured in the 1856 political cartoon Forcing Kell Down.",
            [],
        ),
        # a thing owned in another sentence, and what was said cut off, are left for the author to name
        ("Kell’s, written in 1776, restricted office holding to the planters.", [("1776", "")]),
        ("In 1812, Lord Nord pointed out that these people worked the fields.", [("1812", "")]),
        # an "including" aside before the main clause goes
        (
            "When Parliament tried to contest his edicts, including the king’s efforts to tax, Nord I suspended "
            "Parliament in 1629 and ruled alone.",
            [("1629", "Nord I suspended Parliament")],
        ),
        # a name the thing was given at a later date does not title this one
        (
            "A novel disease was first reported in Kell in 1981, and by 1982 it had become known as the Skern Fever.",
            [("1981", "A novel disease was first reported in Kell")],
        ),
        # a written work dated by its year: its author published it
        (
            "Arla Kor was concerned with liberty, which she discussed in her 1748 book The Spirit of Kell.",
            [("1748", "Arla Kor published The Spirit of Kell")],
        ),
        (
            "In his most famous work, the 1759 satire Nordide, Kor mocked both religion and government.",
            [("1759", "Kor published Nordide")],
        ),
        (
            "Arla Kor was best known for writing the book An Inquiry into the Wealth of Kell (1776), often called "
            "The Wealth.",
            [("1776", "Arla Kor published An Inquiry into the Wealth of Kell")],
        ),
        # a law named by its year is no written work of that kind
        ("The 1765 Stamp Act angered the colonists.", [("1765", "Stamp Act")]),
    ],
)
def test_works_published_later_names_and_asides(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "the peace" signed is an event, unlike "the relative calm"
        (
            "The peace was signed at Kell on September 3, 1783, and Nord recognised the independence of Skern.",
            [("1783-09-03", "The peace was signed at Kell")],
        ),
        # a question someone asked, quoted, is no question to the reader
        (
            "When Arla Kor succeeded Nord in 1785, the minister Skern asked: “It is you who replace Dr. Nord?”",
            [("1785", "Arla Kor succeeded Nord")],
        ),
        # "a … treaty" with an indefinite article is still a treaty's name
        (
            "A Kell-Nord treaty signed in 1894 had guaranteed the Kellans the right to settle in Nord.",
            [("1894", "Kell-Nord Treaty")],
        ),
    ],
)
def test_guards_of_this_stop_s_rules(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "brought" after the subject's noun qualifies it; the verb comes later
        (
            "Between 1650 and 1690, the captives brought to Kell in caravans revolted twice, from one camp to the next.",
            [("1650/1690", "The captives brought to Kell in caravans revolted twice")],
        ),
        # what has been done since is not that year's
        (
            "The manuscript of Nord was uncovered in 2015 and has been published by the Kell Institute.",
            [("2015", "The manuscript of Nord was uncovered")],
        ),
        # "their" stands for the one party the sentence names, unless that party is the subject
        (
            "Arla Kor played a major role in the Kell Party and was their presidential candidate in 1848.",
            [("1848", "Arla Kor was the Kell Party’s presidential candidate")],
        ),
        (
            "In 1602, the Kell Company opened its first office in Nord.",
            [("1602", "The Kell Company opened its first office in Nord")],
        ),
        # "its" is the subject's own, whatever body the sentence names
        (
            "In 1957, Kell suffered a serious blow to its pride when the Nord Party won the vote.",
            [("1957", "Kell suffered a serious blow to its pride")],
        ),
    ],
)
def test_qualifying_participles_perfects_and_whose(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an amount measured at a date is no event
        (
            "As a result, Kellish exports skyrocketed after the war, from $234 million in 1865 to $605 million in 1875.",
            [],
        ),
        # a pointer to other material
        ("Access an interactive version of a map made by Arla Kor in 1889.", []),
        # a film's year
        (
            "The Kell film industry took a modernist approach, seen in the silent 1920 horror film The Cabinet of Dr. Nord.",
            [],
        ),
        # statistics, left for the author
        ("In 1860, the country produced thirteen thousand tons of steel.", [("1860", "")]),
        ("In Kell, more than 70 percent of married women worked outside the home in 1911.", [("1911", "")]),
        # the thing the relative clause is about keeps its article
        (
            "One of the greatest advancements was the telephone, which Arla Kor patented in 1876.",
            [("1876", "Arla Kor patented the telephone")],
        ),
        # each thing made, dated after it
        (
            "In offices, work benefited from the typewriter, invented in 1867, and the cash register, invented in 1879.",
            [("1867", "The typewriter was invented"), ("1879", "The cash register was invented")],
        ),
        # 'off' ends a name
        (
            "In 474 BCE, at the Battle of Kell off the coast of Skern, the fleet of Nord won a decisive victory.",
            [("-474", "Battle of Kell")],
        ),
        # a capital that only opens the sentence is no name
        ("Armed rebellion broke out in 1351.", [("1351", "Armed rebellion broke out")]),
        # a role with a capitalized adjective, then the name
        ("The final Christian stronghold, Kell, fell in 1291.", [("1291", "Kell fell")]),
        # a death and the heir's accession: the accession
        (
            "When the emperor died in 1926, his son Arlen ascended to power, and the Kell period began.",
            [("1926", "Arlen ascended to power")],
        ),
        # the leader named by 'led by' died
        ("The Skern Party was led by Arla Kor from 1912 until her death in 1925.", [("1925", "Arla Kor’s death")]),
        # a season marked by something: that thing
        (
            "The summer of 1919 was marked by race riots in many cities, and later the Kell League spread.",
            [("1919", "Race riots in many cities")],
        ),
        # an election named by its month
        (
            "Nord awaited all but certain defeat in the November election of 1932.",
            [("1932", "Election of November 1932")],
        ),
        # an election of a year proving a turning point
        (
            "Party politics transformed the landscape, and the election of 1824 proved a turning point in Kell politics.",
            [("1824", "Election of 1824")],
        ),
        # a year before a kind of law or election names it
        ("The 1828 tariff generated additional fears among southerners.", [("1828", "Tariff of 1828")]),
        # what went on is no event
        (
            "In 1943, Dr. Arla Kor was reflecting on her earlier career investigating illness among workers.",
            [("1943", "")],
        ),
        # a work dated by its year, with a comma
        (
            "Nord was a strategist. In his 1890 work, The Influence of Seapower upon Kell, he suggested three strategies.",
            [("1890", "Nord published The Influence of Seapower upon Kell")],
        ),
    ],
)
def test_amounts_statistics_things_made_heirs_and_seasons(sentence, expected):
    assert _titles(sentence) == expected


def test_who_came_along_is_an_aside_between_subject_and_verb():
    assert _titles(
        "In 1855, Arla Kor, along with an army of no more than sixty mercenaries, gained control of Nord."
    ) == [("1855", "Arla Kor gained control of Nord")]


def test_what_his_reputation_helped_him_do_is_his_deed():
    assert _titles("Arla Kor was a war hero. Her reputation helped her to win the presidency in 1828.") == [
        ("1828", "Arla Kor won the presidency")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a count of things that happened is the event; a count of tons is a statistic
        (
            "During the “Red Summer” of 1919, Kellish cities recorded twenty-five bloody race riots that killed many.",
            [("1919", "Kellish cities recorded twenty-five bloody race riots")],
        ),
        (
            "The Kell Company imported some 450 enslaved Africans between 1626 and 1664.",
            [("1626/1664", "The Kell Company imported some 450 enslaved Africans")],
        ),
        # an election that leads the sentence in: what it did
        (
            "In the election of 1808, Kellish voters elected another Democratic-Republican, Arla Kor.",
            [("1808", "Kellish voters elected another Democratic-Republican, Arla Kor")],
        ),
    ],
)
def test_counts_of_events_and_elections_that_lead_in(sentence, expected):
    assert _titles(sentence) == expected


def test_a_change_in_a_share_keeps_both_ends_and_a_share_alone_is_a_statistic():
    assert _titles(
        "In a single year, from 1893 to 1894, unemployment estimates in Kell increased from 3 percent to nearly 19 "
        "percent of all workers."
    ) == [("1893/1894", "Unemployment estimates in Kell increased from 3 percent to nearly 19 percent")]
    assert _titles("In Kell, more than 70 percent of married women worked outside the home in 1911.") == [("1911", "")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "cut" before what was cut is a verb, and the deed after "and" is not the main one
        (
            "In 1894, Arla Kor cut employees’ wages in the wake of a depression and laid off many workers.",
            [("1894", "Arla Kor cut employees’ wages in the wake of a depression")],
        ),
        # the thing the colon names, not the words leading up to it
        (
            "In 1879, Arla Kor invented the item that has led to her greatest fame: the practical steam loom.",
            [("1879", "Arla Kor invented the practical steam loom")],
        ),
        # where it happened opens the sentence
        (
            "In Kell, Federalist power largely collapsed in 1818 when the state held a convention.",
            [("1818", "Federalist power collapsed in Kell")],
        ),
        # … but a title with its own place keeps only that
        (
            "In Nordland, riots in Kell in 1964 led to concessions.",
            [("1964", "Riots in Kell led to concessions")],
        ),
        # a change's start without its end says less than no figure
        (
            "In 1897 in Kell, reform laws reduced the workday from fourteen hours (and sometimes as many as eighteen) to "
            "only eleven and a half.",
            [("1897", "Reform laws reduced the workday in Kell")],
        ),
        # a part is nobody without its whole; the means may go
        (
            "Elements of the Imperial Navy launched a coup in March 1932 by executing the former finance minister, "
            "Arla Kor, and Baron Dan, the head of the Kell Company, as traitors to the people.",
            [("1932-03", "Elements of the Imperial Navy launched a coup")],
        ),
        # a next clause's subject, a name's, goes with the "and" before it
        (
            "Outcry grew after a devastating earthquake hit the capital city of Kell in 1972 and Kor’s businesses, "
            "allies and family took much of the aid.",
            [("1972", "A devastating earthquake hit the capital city of Kell")],
        ),
    ],
)
def test_verbs_that_are_also_nouns_things_named_after_a_colon_places_that_open_and_parts_of_a_whole(sentence, expected):
    assert _titles(sentence) == expected


def test_a_city_taken_and_an_election_told_twice_are_one_event_each():
    assert _merged(
        [
            "In 1258, Hulagu Khan attacked and destroyed Kell, the seat of the caliphate.",
            "Following the capture of Kell by the Mongols in 1258, the family sought refuge in Nord.",
        ]
    ) == [("1258", "Hulagu Khan attacked and destroyed Kell")]
    assert _merged(
        [
            "With the caucus system defunct, the presidential election of 1824 featured five candidates.",
            "The election of 1824 split the party.",
            "The parliamentary election of 1824 in Nord returned a Tory majority.",
        ]
    ) == [("1824", "Presidential election"), ("1824", "Parliamentary election")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the date of "his election" is the election of the man the sentence names
        (
            "Arla Kor’s presidency, embarked upon with much promise following her election in November 1928, "
            "produced a legacy of mixed reactions.",
            [("1928-11", "Arla Kor’s election")],
        ),
        (
            "After a goodwill tour of Nord immediately following his election in 1928, Kor shaped the Kell Memorandum.",
            [("1928", "Kor’s election")],
        ),
        # a work its author owns, its year in brackets: the author published it
        (
            "Influenced by such works as Reverend Arla Kor’s Our Country: Its Possible Future and Its Present "
            "Crisis (1885), missionaries spread the gospel.",
            [("1885", "Arla Kor published Our Country")],
        ),
        (
            "Writer Arla Kor dramatized the nation’s loss of its frontier in his The Law of Civilization and "
            "Decay (1895).",
            [("1895", "Arla Kor published The Law of Civilization and Decay")],
        ),
        # … but a proclamation is no book
        (
            "The debate turned on Arla Kor’s Emancipation Proclamation (1863) and its reach.",
            [("1863", "Arla Kor’s Emancipation Proclamation")],
        ),
        # two deeds' verbs run together by a cut print nothing: the item listed after "including" is the event
        (
            "Candidate Kor had broken with the Federalists in the early 1800s and served on various diplomatic "
            "missions, including the mission to secure peace with Nord in 1814.",
            [("1814", "Mission to secure peace with Nord")],
        ),
    ],
)
def test_own_elections_owned_works_and_verbs_run_together(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a bill proposed by name is an event; a proposal of what should happen is not
        (
            "Again in 1931, Congress proposed the Federal Emergency Relief Bill, which would have provided $375 "
            "million to states.",
            [("1931", "Congress proposed the Federal Emergency Relief Bill")],
        ),
        ("In 1950, the senator proposed that the army be cut.", [("1950", "")]),
        ("In 1929, the committee proposed a plan that would reduce the payments.", [("1929", "")]),
        # … and a rebellion told with what befell it keeps its clause
        (
            "And, in 1820–1821, a rebellion in Kell was crushed by invading Nordic troops.",
            [("1820/1821", "A rebellion in Kell was crushed by invading Nordic troops")],
        ),
        # a happening and its place, when what it resulted in is a count
        (
            "In 1932, a major strike at the Kell Motor Company factory near Nord resulted in over sixty injuries and "
            "four deaths.",
            [("1932", "Major strike at the Kell Motor Company factory near Nord")],
        ),
    ],
)
def test_a_bill_proposed_by_name_and_a_happening_at_its_place(sentence, expected):
    assert _titles(sentence) == expected


def test_ancient_deeds_dated_by_and_the_winner_of_an_election_told_twice():
    assert _titles(
        "By around 8000 BCE, the Nilo-Saharans had domesticated wild cattle of the Red Sea hills and had begun to "
        "produce pottery."
    ) == [("-8000", "The Nilo-Saharans domesticated wild cattle of the Red Sea hills")]
    assert _titles("By 1939, Kell had seized Nord.") == []  # a modern "by" still bounds a state of affairs
    assert _merged(
        [
            "The 1840 presidential election marked a significant turning point in Kellish politics.",
            "A mass campaign had molded a candidate, and in 1840 Arla Kor won the presidential election.",
        ]
    ) == [("1840", "Arla Kor won the presidential election")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the next clause's subject is not kept where its verb was cut
        (
            "Indeed, when a Nordic family purchased a Kell house in 1957, they were subjected to threats of violence.",
            [("1957", "A Nordic family purchased a Kell house")],
        ),
        # … nor a pronoun that opens a relative clause
        (
            "In May 1964, in a speech at the University of Kell, Arla Kor described in detail his vision of the Great Society he planned to create.",
            [("1964-05", "Arla Kor described in detail his vision of the Great Society")],
        ),
        # a battle named after 'At the' is the battle
        ("At the Battle of Vorn (338 BCE), the Kellish crushed this allied army.", [("-338", "The Battle of Vorn")]),
        # a case named after 'In' is the case
        (
            "In Arla v. the Commonwealth of Kell in 1946, the Supreme Court ruled that the conviction should be overturned because it violated the commerce clause.",
            [("1946", "Arla v. the Commonwealth of Kell")],
        ),
        # 'who' after a person's home town is the person
        (
            "One of those inspired was Arla Kor, a union member from Vorn, Nordland, who became the face of the 1955–1956 Vorn Bus Boycott.",
            [("1955/1956", "Arla Kor became the face of the Vorn Bus Boycott")],
        ),
        # 'which he seized': the man the sentence named did it to it
        (
            "Unsatisfied, Kor then pursued a plan to extend his control over Nordland by breaking the treaty and invading Vorn, which he seized in 439.",
            [("439", "Kor seized Vorn")],
        ),
        # a king's reign keeps his kingdom
        (
            "King Arla II of Kell, who reigned from 359 to 336 BCE, transformed the kingdom into a great power.",
            [("-359/-336", "Reign of King Arla II of Kell")],
        ),
        # a group keeps whom it is of; a journey that ended in a founding is the founding
        (
            "In 1630, a much larger contingent of Nords left Kell to escape conformity to the Church of Kell and founded the Vorn Bay Colony.",
            [("1630", "A much larger contingent of Nords founded the Vorn Bay Colony")],
        ),
        # each bracketed year after a place where armies were destroyed dates a battle there
        (
            "For over a decade, Kor terrorized the Nords, destroying their armies at Vorn (218 BCE), Lake Arla (217 BCE), and, in one of the most lethal battle days in history, the village of Mell in 216 BCE.",
            [("-218", "Battle of Vorn"), ("-217", "Battle of Lake Arla"), ("-216", "")],
        ),
        # 'and then the coast … in 1603': the verb told once serves both dates
        (
            "Kor explored the Kellish Sea in 1601 and then the coast of New Nordland in 1603 before traveling farther north.",
            [("1601", "Kor explored the Kellish Sea"), ("1603", "Kor explored the coast of New Nordland")],
        ),
        # a nickname given in an aside names no event
        (
            "In 1606, the Kell Company, a joint stock company named for Queen Arla (who was known as the “silver queen” because she never married), received a charter and sent 144 men and boys to Nordland.",
            [("1606", "The Kell Company received a charter")],
        ),
        # a place before 'ended' is where, not what, ended
        ("This enslavement in the Kellish Republic ended only in 1865, after a devastating civil war.", [("1865", "")]),
        # a colony 'they called Vorn' is the colony of Vorn
        (
            "In 1620, Nordic Separatists led by Arla Kor left Vorn, Kell, on the Star and founded a colony they called Vorn near what is now Mell.",
            [("1620", "Nordic Separatists led by Arla Kor founded the colony of Vorn")],
        ),
        # a party aboard a ship is the party
        (
            "In 1624, thirty families aboard the ship Nieu Kell arrived in what is now Vorn and founded the Kellish colony of New Nord.",
            [("1624", "Thirty families founded the Kellish colony of New Nord")],
        ),
        # 'a proposed amendment' is an amendment; proposing a law is done when it is proposed
        (
            "A proposed constitutional amendment passed the Kellish Senate in April 1864, and the House concurred in January 1865.",
            [("1864-04", "A proposed constitutional amendment passed the Kellish Senate"), ("1865-01", "")],
        ),
        (
            "On December 21, 1970, Kor proposed an amendment to the Kellish constitution that would authorize the expropriation of the mines.",
            [("1970-12-21", "Kor proposed an amendment to the Kellish constitution")],
        ),
    ],
)
def test_who_did_it_where_and_what_it_founded(sentence, expected):
    assert _titles(sentence) == expected


def test_no_title_ends_inside_had_to():
    assert not any(
        title.endswith(" had")
        for _, title in _titles(
            "In 1959, the Kell High Court ruled that the school had to be reopened and that the process of desegregation had to proceed."
        )
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a birth told by 'Born into slavery in … in 1856' is the birth, with its place
        (
            "Born into slavery in Nordland in 1856, Arla T. Kor became an influential leader at the outset of the Kell Era.",
            [("1856", "Arla T. Kor was born in Nordland")],
        ),
        # … and so is 'Born a slave in … around 1822, Kor, who …'
        (
            "Born a slave in Vorn around 1822, Kor, who suffered greatly under slavery, made her escape in the late 1840s.",
            [("1822", "Kor was born in Vorn")],
        ),
        # the line that names a quotation's source dates no event
        (
            "Sometimes I cannot get up off my bed, and my left hand is not of much use to me. —Arla Kor testimony, Joint Select Committee Report, 1872",
            [],
        ),
        # 'As a postscript,' is no part of the deed, nor how the doer felt
        (
            "As a postscript, an irate Arla Kor turned against Vorn, and on March 9, 1916, led a fifteen-hundred-man force across the border into Nordland.",
            [("1916-03-09", "Arla Kor led a fifteen-hundred-man force across the border into Nordland")],
        ),
        # a word the text doubled by mistake is printed once
        (
            "Kor died in in battle in 530 BCE, leaving the throne and empire to his son Arla II.",
            [("-530", "Kor died in battle")],
        ),
        # an infinitive's 'do' stays a verb of its own
        (
            "The issue of what to do with the western territories added to the republic consumed the Kell Congress in 1850.",
            [("1850", "The issue of what to do consumed the Kell Congress")],
        ),
        # a name that opens with 'The' is 'the' inside a title
        (
            "The Kell Office Act, which Congress passed in 1867, required the president to gain the approval of the Senate.",
            [("1867", "Congress passed the Kell Office Act")],
        ),
    ],
)
def test_births_sources_and_the_text_s_slips(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # three names before one verb are one subject, not a name and an aside
        (
            "In 60 BCE, Venn, Kor, and Arla Brannoc formed a political alliance.",
            [("-60", "Venn, Kor, and Arla Brannoc formed a political alliance")],
        ),
        # 'he' is whom a purpose-led sentence just named, not a person named before it
        (
            "General Arla Venn was killed in the war. To win the war against Kor, General Brannoc had himself"
            " appointed dictator in 48 BCE. In 46 BCE, he was appointed dictator for a term of ten years.",
            [
                ("-48", "General Brannoc had himself appointed dictator"),
                ("-46", "General Brannoc was appointed dictator for a term"),
            ],
        ),
        # a group the text leaves unnamed may still title a deed done to a named person
        (
            "When federal officials arrested Kell in 1854, abolitionists staged a series of demonstrations.",
            [("1854", "Federal officials arrested Kell")],
        ),
        # a list of names after the verb is not cut to its first names
        (
            "In 1907, the Kell Entente was created between Venn, Arla, and Brannoc, growing out of a shared distrust.",
            [("1907", "")],
        ),
        # a name the text says history gave the deed is its title
        (
            "In response, in 60 BCE the three decided to join forces in a political alliance known to history as"
            " the First Kell Triumvirate.",
            [("-60", "First Kell Triumvirate")],
        ),
    ],
)
def test_lists_of_names_purposes_and_groups(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "as well as" joins two things the lead-in faced; it opens no clause
        (
            "Facing unrest in the capital, as well as the loss of the army's support, King Otto abdicated his "
            "throne on 9 November 1848 and fled by night.",
            ("1848-11-09", "King Otto abdicated his throne"),
        ),
        # a role with a possessive, then the name: the name is the subject
        (
            "Their governor, Anna Weller, returned to the coast in late 1587 to fetch more settlers.",
            ("1587", "Anna Weller returned to the coast to fetch more settlers"),
        ),
        ("His son, Karl Brant, took the fortress of Kell in 1702.", ("1702", "Karl Brant took the fortress of Kell")),
        # a named place and its making, told in passing: who made it, or that it was made
        (
            "Kellport on the Vell, founded by Otto Brant himself in 331 BCE, was the capital of the kingdom.",
            ("-331", "Otto Brant founded Kellport"),
        ),
        (
            "The Kell Academy, established by the Town Council in 1636, trained clerks.",
            ("1636", "The Town Council established the Kell Academy"),
        ),
        ("The Vell Republic, established in 1581, grew rich on trade.", ("1581", "The Vell Republic was established")),
    ],
)
def test_a_lead_in_list_a_possessive_role_and_a_named_founding(sentence, expected):
    assert _titles(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle straight after the date tells about the deed; the date closes it
        (
            "The envoy Otto Brant delivered a speech on August 3, 1814 describing what was at stake in failing "
            "to defend the valley.",
            ("1814-08-03", "Otto Brant delivered a speech"),
        ),
        # "While employed …" is the time the main clause's deed falls in
        (
            "While employed by the Kell Trading Company in 1609, the sea captain Anna Weller explored the Vell "
            "estuary and the river that now bears her name.",
            ("1609", "Anna Weller explored the Vell estuary"),
        ),
        # the sentence's own subject does the deed after "and, in …,"
        (
            "Brant capitalized upon this anger and, in November 1780, defeated Weller and Ostrow.",
            ("1780-11", "Brant defeated Weller and Ostrow"),
        ),
        # "it" later in the sentence stands for the name that opened it
        (
            "Vellmark ended its slave trade, and in 1871 it passed a law that freed all children born to "
            "enslaved women.",
            ("1871", "Vellmark passed a law that freed all children born to enslaved women"),
        ),
        ("The treaty ended the war, and in 1920 it was ratified.", ("1920", "")),
        # "it" after a deed done to a thing is the thing, not the doer
        ("Otto Brant sent the treaty to the council in April 1844, and in June 1844 it was defeated.", ("1844-06", "")),
        (
            "The Vell Council passed the amendment on July 11, 1871, and it became law five days later.",
            ("1871-07-11", "The Vell Council passed the amendment"),
        ),
        # "made worse" says no deed: the when-clause does; a restrictive clause in the pluperfect looks back
        (
            "The situation was made worse in October 1873, when Vell and Kell jointly attacked Arlen to recover "
            "land that had been lost in 1867, starting the Autumn War.",
            ("1873-10", "Vell and Kell attacked Arlen to recover land"),
        ),
        (
            "The situation was made worse in October 1873, when Vell and Kell jointly attacked Arlen to recover "
            "land that had been lost in 1867, starting the Autumn War.",
            ("1867", ""),
        ),
        # "But" opens a sentence, not a name; a judgement points to the event it shows best
        (
            "But Otto Brant refused. He cancelled the 1856 elections in the south.",
            ("1856", "Otto Brant cancelled the elections in the south"),
        ),
        (
            "Nowhere was Brant’s style more evident than in the first public debate held on September 26, 1860, "
            "between him and his rival Anna Weller.",
            ("1860-09-26", "First public debate"),
        ),
        # "a gunner by the name of …" is the name
        (
            "Hearing details from friends, a helicopter gunner by the name of Karl Brant began his own inquiry "
            "and, in April 1869, wrote to thirty members of the council, demanding an investigation.",
            ("1869-04", "Karl Brant wrote to thirty members of the council"),
        ),
        # an adjective before a gerund makes a noun of it; a participle with its "at" qualifies the object
        (
            "In 1839, Otto Brant, the second president of the republic, instituted a program of ethnic cleansing "
            "aimed at pushing all the hill tribes out of Vellmark.",
            ("1839", "Otto Brant instituted a program of ethnic cleansing"),
        ),
        (
            "On August 15, 1845, the kingdom of Vell, which had been held by Kell for many years before that, was "
            "divided in half at the river.",
            ("1845-08-15", "The kingdom of Vell was divided in half at the river"),
        ),
        # a judgement of the deed between the subject and its verb is not the deed
        (
            "His successor, Otto Brant, in a move that surprised observers, announced the end of the ban in "
            "February 1890.",
            ("1890-02", "Otto Brant announced the end of the ban"),
        ),
    ],
)
def test_a_date_closing_its_deed_a_time_of_the_main_clause_and_a_subject_shared_in_the_sentence(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a name given to a subject's role stands for it; a gerund keeps its infinitive
        (
            "In 1844, a young weaver, Anna Weller, was arrested in Kell for refusing to leave her loom and sued "
            "to have the charge dropped.",
            ("1844", "Anna Weller was arrested in Kell for refusing to leave her loom"),
        ),
        (
            "When a student from Vell, Otto Brant, shot the governor of the province on June 28, 1864, the war "
            "that followed had long been coming.",
            ("1864-06-28", "Otto Brant shot the governor of the province"),
        ),
        # the deed an "After …ing" lead-in dates is the main clause's subject's
        (
            "After serving as consul in 160 BCE, Marcus Vell took command of the army in the north.",
            ("-160", "Marcus Vell served as consul"),
        ),
        # what frames the deed is no part of it
        (
            "On June 29, 1873, in the midst of widespread protests and strikes, Colonel Otto Brant led a failed "
            "coup against the council.",
            ("1873-06-29", "Otto Brant led a failed coup against the council"),
        ),
        (
            "In 1870, at the insistence of the governor of Vell, President Brant told the council to investigate "
            "the guild.",
            ("1870", "President Brant told the council to investigate the guild"),
        ),
        (
            "Emboldened by the promise of a “free hand,” Kell declared war on Vell on July 28, 1814, after Vell "
            "failed to meet its demands.",
            ("1814-07-28", "Kell declared war on Vell"),
        ),
        (
            "Realizing that his harsh policies could unleash a bitter fight within his own party for the "
            "nomination, Brant announced his withdrawal on March 31, 1868, fracturing the party.",
            ("1868-03-31", "Brant announced his withdrawal"),
        ),
        # a conceded deed of a name is done
        (
            "Although Weller’s faction managed to overthrow the regent in the summer of 1814, most people in Kell "
            "had come to resent the war.",
            ("1814", "Weller’s faction managed to overthrow the regent"),
        ),
        # a remark after the deed goes; a deed's own "with" stays
        (
            "Kell and Vell were internationally recognized in January 1892, with Orm’s independence recognized "
            "soon thereafter.",
            ("1892-01", "Kell and Vell were internationally recognized"),
        ),
        (
            "Brant opened his speech on March 23, 1861, with an extended discussion of the harbor, calling for "
            "an end to the tolls.",
            ("1861-03-23", "Brant opened his speech with an extended discussion of the harbor"),
        ),
        # an indefinite happening is named by what it was
        (
            "In Orm, a referendum on independence took place in March 1892, but was boycotted by the miners.",
            ("1892-03", "Referendum on independence"),
        ),
        (
            "On April 22, 1814, a fight erupted between the Kell navy and Vell troops, resulting in nearly 150 "
            "deaths, nineteen of them sailors.",
            ("1814-04-22", "Fight between the Kell navy and Vell troops"),
        ),
        # "known as …" and a relative clause after the deed go
        (
            "Rye was domesticated from a type of wild grass known as orm-grass between 5000 and 3000 BCE.",
            ("-5000/-3000", "Rye was domesticated from a type of wild grass known as orm-grass"),
        ),
        (
            "In June of 1775, the Vell provincial council sent a plan of union to the Kell assembly, which, like "
            "the Orm plan, continued to recognize the crown.",
            ("1775-06", "The Vell provincial council sent a plan of union to the Kell assembly"),
        ),
        # "all" before a name names who
        (
            "Brant pulled the Kell troops out of combat four days later, and all Kell troops left the island in "
            "March 1894.",
            ("1894-03", "All Kell troops left the island"),
        ),
        # a pronoun's adverb, and a ruler's name in any letters
        (
            "Anna Weller quickly emerged as the favourite of the council. In 1864, for example, she vigorously "
            "supported Otto Brant’s bid for the chair.",
            ("1864", "Anna Weller supported Otto Brant’s bid for the chair"),
        ),
        (
            "King João II quickly put an end to their plan. He finally returned to Kell in 1821.",
            ("1821", "King João II returned to Kell"),
        ),
        # a fame is no deed; the deed the date ends is the last of the list, an adverb at its joint
        (
            "Weller was known for her skill in raising troops and eventually rose to the rank of colonel in 1816.",
            ("1816", "Weller rose to the rank of colonel"),
        ),
        (
            "Brant, who was blamed for the plot, was arrested and ultimately killed on January 17, 1861.",
            ("1861-01-17", "Brant was killed"),
        ),
        (
            "Soon a group of Orm officers filled the void and eventually arrested and deposed the regent in "
            "September 1874.",
            ("1874-09", "A group of Orm officers arrested and deposed the regent"),
        ),
        (
            "After King Otto II was tried and executed on January 21, 1793, war with Vell was inevitable.",
            ("1793-01-21", "Otto II was executed"),
        ),
        ("Anna Weller was arrested in 1801 and died in prison in 1806.", ("1806", "Anna Weller died in prison")),
        # admitted to a body is a deed; a role owned by "his" before a name is the name
        ("Orm was admitted to the League of Kell in 1874.", ("1874", "Orm was admitted to the League of Kell")),
        (
            "After Otto’s death, his son and heir Sultan Brant declared a holy war against Vell and drove them "
            "from the islands in 1575.",
            ("1575", "Sultan Brant declared a holy war against Vell"),
        ),
        (
            "Convinced that the regent’s refusal of reform strengthened the rebels, a group of young Kell "
            "officers overthrew the regent in October 1879.",
            ("1879-10", "A group of young Kell officers overthrew the regent"),
        ),
        (
            "For example, in 1513, the Vell admiral and cartographer Otto Brant completed a map of the known world.",
            ("1513", "Otto Brant completed a map of the known world"),
        ),
        # a "before" clause with its own subject holds its own deed
        (
            "After the landings on the coast, it took months of hard fighting before Kell was liberated on August "
            "20, 1844.",
            ("1844-08-20", "Kell was liberated"),
        ),
        # "his forces" are those of the man just named; a name "dubbed" is the event's
        (
            "Otto Brant rose to lead the rebels. In 1356, his forces captured the southern city of Kell.",
            ("1356", "Otto Brant’s forces captured the southern city of Kell"),
        ),
        (
            "Brant’s 1801 school reform act, dubbed No Child Left Unread, had strong support in the council.",
            ("1801", "No Child Left Unread"),
        ),
        # a participle aside between the subject and its verb says what it was, not the deed
        (
            "In 1823, the Great Kell Earthquake, measuring 7.8 on the Richter scale, destroyed two major cities, "
            "Orm and Vell.",
            ("1823", "The Great Kell Earthquake destroyed two major cities, Orm and Vell"),
        ),
        (
            "In January 1864, the Fourth Amendment, prohibiting the imposition of poll taxes on voters, was "
            "finally ratified.",
            ("1864-01", "The Fourth Amendment was ratified"),
        ),
        (
            "In 1836, in accordance with his promise to restore Kell’s greatness, Brant dispatched troops into "
            "the Orm valley.",
            ("1836", "Brant dispatched troops into the Orm valley"),
        ),
        # "and even signed": the deed the date ends; two names joined by "and" stay both
        (
            "Kell and Vell sought to keep the peace and even signed a treaty of friendship in 1854.",
            ("1854", "Kell and Vell signed a treaty of friendship"),
        ),
        (
            "In 1889, Hungary and East Kell opened their borders.",
            ("1889", "Hungary and East Kell opened their borders"),
        ),
        # "would eventually undertake": the adverb is no verb
        (
            "Weller would eventually undertake a groundbreaking run for the chair in 1872.",
            ("1872", "Weller undertook a groundbreaking run for the chair"),
        ),
        # two first names before one surname are two people
        (
            "The most famous trial was that of Otto and Anna Brant, who were executed in June 1853 despite a lack "
            "of evidence.",
            ("1853-06", "Otto and Anna Brant were executed"),
        ),
        # a lead that ends in "later" is a time, and an em dash ends the deed
        (
            "On May 12, 1849, a year and two million tons of supplies later, the Vellish admitted defeat.",
            ("1849-05-12", "The Vellish admitted defeat"),
        ),
        (
            "First, on August 29, 1849, Kell exploded its first great mine—no longer did Vell hold the pass.",
            ("1849-08-29", "Kell exploded its first great mine"),
        ),
        # "including …" between the subject and its verb is an aside, however many names it lists
        (
            "In 1868, the Orm guild, including Otto Brant, Anna Weller, and Karl Vell, convened a gathering in Kell.",
            ("1868", "The Orm guild convened a gathering in Kell"),
        ),
        # "in Seattle, Washington,": a place's state goes with the place
        (
            "In 1893 in Seattle, Washington, Mayor Otto Brant hosted the first meeting of the Kell guilds.",
            ("1893", "Mayor Otto Brant hosted the first meeting of the Kell guilds"),
        ),
        # an opening "However" or "But" is no part of the name
        (
            "However, in the end, Brant succeeded in extending the road to Orm. He also broke ground for the Vell "
            "canal on July 4, 1828.",
            ("1828-07-04", "Brant broke ground for the Vell canal"),
        ),
    ],
)
def test_roles_named_frames_conceded_deeds_and_happenings(paragraph, expected):
    assert expected in _titles(paragraph)


def test_a_connective_before_the_opening_year_sets_the_time_of_later_days():
    paragraph = (
        "By contrast, in early 1868, the coalition that Brant had built to win the chair in 1864 seemed to be "
        "falling apart. Then the Orm riots broke out on January 31, playing out in the papers for weeks."
    )
    assert "1868-01-31" in [date for date, _ in _titles(paragraph)]


def test_a_plan_and_a_subject_named_after_a_verb_give_no_new_name():
    # "forming a new nation, Orm, which came into being in 1832": the nation's name is the object's
    assert ("1832", "Orm came into being") in _titles(
        "Soon after, they consolidated that control by forming a new nation, Orm, which came into being in 1832."
    )
    # "his disagreement with Brant" is no role of Brant's
    assert _titles("In 1872, at the congress in Kell, his disagreement with Brant led to his expulsion.") == [
        ("1872", "")
    ]
    # a wish is not a deed
    assert _titles("In 1870, the new president, Anna Weller, wished to put a decisive end to the war.") == [
        ("1870", "")
    ]


def _dates(*paragraphs: str, time: TextTime | None = None, title_year: int | None = None) -> list[str]:
    blocks = [Block(PARAGRAPH, text, text, number) for number, text in enumerate(paragraphs, start=1)]
    return [e.date for e in events(blocks, None, "sections/01.md", title_year=title_year, time=time)]


def test_a_relative_clause_that_looks_ahead_or_back_leaves_the_text_in_its_year():
    ahead = _dates(
        "But on August 2, 1890, Kell invaded Orm. The invasion led to a war, which began on January 16, 1891, "
        "and ended on February 28, 1891.",
        "On August 28, Kell declared that Orm had become its province.",
    )
    assert ahead[-1] == "1890-08-28"
    back = _dates(
        "In September 1901, the raid came.",
        "Like many others, he had come to the country to fight the Vell army, which invaded Orm in 1879. "
        "The council refused, and Kell began a blockade in October.",
    )
    assert back[-1] == "1901-10"


def test_a_later_year_in_the_subject_moves_the_text_to_it():
    found = _dates(
        "The crowd dumped the tea into the harbor in December 1773. The harsh response to this act in 1774, "
        "which included closing the harbor, caused tensions to rise. The effort faltered on April 19, when "
        "the militias fired on the troops."
    )
    assert found[-1] == "1774-04-19"


def test_within_a_part_a_day_earlier_in_the_year_stays_in_it():
    # a text may look back within its year: "On November 9 … On October 23 …" are of one year
    assert (
        _dates("On November 9, 1889, the wall fell. On October 23, the assembly had adopted a constitution.")[-1]
        == "1889-10-23"
    )


def test_a_part_cut_from_a_text_without_headings_goes_on_in_the_time_of_the_part_before():
    time = TextTime()
    _dates("On August 2, 1890, Kell invaded Orm. By October 30, the council had decided.", time=time)
    assert time.year == 1890
    assert _dates("On March 2, the assembly passed Resolution 6.", time=time, title_year=time.year) == ["1891-03-02"]
    # a month or two back is the text looking back, in the same year: not the next June
    time = TextTime()
    _dates("On July 3, 1863, Kell wrote to Orm.", time=time)
    assert _dates("On June 22, Orm had sent news of the siege.", time=time, title_year=time.year) == ["1863-06-22"]


def test_a_when_clause_far_from_the_date_is_of_another_time():
    assert _titles(
        "In Orm, a 1879 coup had put a junta in power that was engaged in a civil war against the hill tribes "
        "when Brant took office."
    ) == [("1879", "")]


@pytest.mark.parametrize("box", ["My Story", "Defining American"])
def test_a_box_heading_names_no_one(box):
    blocks = [
        Block(HEADING, box, box, 1),
        Block(PARAGRAPH, "He was awarded the Kell Prize in 1853.", "He was awarded the Kell Prize in 1853.", 2),
    ]
    assert [(e.date, e.title) for e in events(blocks, None, "sections/01.md")] == [("1853", "")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a role said with whose it is stands for the name it is given
        (
            "In 1886, Kell’s river council aide, Captain Otto Brant, found a way to sell grain to Orm.",
            ("1886", "Captain Otto Brant found a way to sell grain to Orm"),
        ),
        # a participle that qualifies the noun of an apposition is no verb of the clause
        (
            "In 1846, Anna Weller, a river council official stationed at the harbor in Hull, sent a long letter to Orm.",
            ("1846", "Anna Weller sent a long letter to Orm"),
        ),
        # permission given to someone says nothing without what for; a role before the name goes first
        (
            "In April 1850, Kell gave permission to Skern’s leader Otto Brant Vell to invade North Orm and sent"
            " the rebels arms.",
            ("1850-04", "Kell gave permission to Skern’s leader Otto Brant Vell to invade North Orm"),
        ),
        # "the amendment", "the act’s": named as the paragraph named them
        (
            "The goal of the league was the passage of a Fair Wages Amendment (FWA). The amendment passed the"
            " assembly in March 1872.",
            ("1872-03", "The Fair Wages Amendment passed the assembly"),
        ),
        (
            "Kell ignored the Orm Grain Act for years. Fearing the latter, Governor Anna Weller signed the act’s"
            " repeal in 1893.",
            ("1893", "Governor Anna Weller signed the Orm Grain Act’s repeal"),
        ),
        # a body's "his" is the person the text was about
        (
            "Otto Brant accused the army of harboring spies. In December 1854, the Skern Senate officially"
            " condemned his actions with a censure.",
            ("1854-12", "The Skern Senate condemned Brant's actions with a censure"),
        ),
        # a person's "his" is his own, and a hearing is no one's
        (
            "Otto Brant accused the army of harboring spies. In 1852 the king returned to his capital.",
            ("1852", "The king returned"),
        ),
        (
            "The Kell-Brant Hearings opened. In December 1854, the Skern Senate officially condemned his actions.",
            ("1854-12", "The Skern Senate condemned his actions"),
        ),
        # a name the text gave ends at its sentence's end
        (
            "Orm signed it. The Treaty extended the provision in the treaty that barred the powers in 1922.",
            ("1922", "The Treaty extended the provision in the treaty that barred the powers"),
        ),
        # an office and its holder: the holder, when the title is long
        (
            "In 1899, Secretary of State Vell made a bold move to acquire the vast markets of Orm for Skern.",
            ("1899", "Vell made a bold move to acquire the vast markets of Orm"),
        ),
        (
            "In 1899, the Secretary of War Otto Brant sent troops to Orm.",
            ("1899", "Otto Brant sent troops to Orm"),
        ),
        # "one such" role before a name at the sentence's start, and why after a comma ("drawn by …"), go
        (
            "One such trader, Otto Brant, made his way to the Skern islands in 1509, drawn by the promise of wealth.",
            ("1509", "Otto Brant made his way to the Skern islands"),
        ),
        # a name the date is the holding of
        (
            "The largest was the March on Kell for Bread and Work, held in August 1863, on the anniversary of the"
            " charter.",
            ("1863-08", "March on Kell for Bread and Work"),
        ),
        # a body that formed to do something formed: the aim is no part of the news
        (
            "In April 1860, the Skern Workers League (SWL) formed to carry the fight forward.",
            ("1860-04", "The Skern Workers League formed"),
        ),
        # a participle's aside after the date is no verb of the deed
        (
            "On May 1, 1886, recognized internationally as a day for labor, the unions of Skern held a rally.",
            ("1886-05-01", "The unions of Skern held a rally"),
        ),
        # a deed done to the one the text was about names him where the title ends
        (
            "Otto Brant fought on against his rivals. In 1541, a rival from Orm assassinated him.",
            ("1541", "A rival from Orm assassinated Otto Brant"),
        ),
        # an office held is no event's name
        (
            "Otto Brant had a long career, and served as Kell’s Secretary of War from 1904 to 1908.",
            ("1904/1908", ""),
        ),
        # whom a body sent says nothing without where it sent him
        (
            "In 1793, the revolutionary Kell government sent Otto Brant-Vell to the Orm Republic to negotiate an"
            " alliance with its council.",
            ("1793", "The revolutionary Kell government sent Otto Brant-Vell to the Orm Republic"),
        ),
        # a ruling whole within the longer limit is no deed cut from its object; a second "and that" goes
        (
            "In 1959, the U.S. Supreme Court ruled that the Kell school had to be reopened and that the process"
            " had to proceed.",
            ("1959", "The U.S. Supreme Court ruled that the Kell school had to be reopened"),
        ),
        # "After fully conquering …": an adverb before the deed done first
        (
            "After fully conquering the Skern dynasty in 1279, Otto Brant became the first ruler over all of Orm.",
            ("1279", "Otto Brant conquered the Skern dynasty"),
        ),
        # a thing's name between it and its verb is an aside; after its verb, the name stays the object's
        (
            "When Kell refused to yield, a second great bomb, named Fat Orm, was dropped on Hull on August 9, 1845.",
            ("1845-08-09", "A second great bomb was dropped on Hull"),
        ),
        # a ruling that something could not be done was made: it is no plan
        (
            "In 1831, the Kell Court ruled that the mills could not be closed.",
            ("1831", "The Kell Court ruled that the mills could not be closed"),
        ),
        # "the city of Mukden" is Mukden in a long title
        (
            "On September 18, 1931, an explosion destroyed a section of railway track near the city of Orm.",
            ("1931-09-18", "An explosion destroyed a section of railway track near Orm"),
        ),
        # a long name reads as one name: the title keeps the army and loses the road it took
        (
            "In June 1863, General Vell began to move the Army of Northern Orm north through Skern.",
            ("1863-06", "General Vell began to move the Army of Northern Orm north through Skern"),
        ),
        # where a charge was made goes; what was charged is the news
        (
            "In February 1850, Otto Brant charged in a speech that the Grain Office was riddled with spies.",
            ("1850-02", "Otto Brant charged that the Grain Office was riddled with spies"),
        ),
    ],
)
def test_roles_permissions_and_pointers_are_named(paragraph, expected):
    assert _titles(paragraph)[-1] == expected


_HOMESTEAD = "Relations were good until Otto Brant became the mill manager in 1889. On July 6, the guards arrived."


def test_under_a_new_heading_the_first_year_named_is_the_texts_time():
    blocks = [
        Block(PARAGRAPH, "By 1900, the guild had 500,000 members.", "By 1900, the guild had 500,000 members.", 1),
        Block(HEADING, "The Decline of the Guild", "The Decline of the Guild", 2),
        Block(PARAGRAPH, _HOMESTEAD, _HOMESTEAD, 3),
    ]
    assert [e.date for e in events(blocks, None, "sections/01.md")][-1] == "1889-07-06"
    # without the heading the statistic's year stays the text's: a year named in passing is a look back
    assert _dates(blocks[0].plain, blocks[2].plain)[-1] == "1900-07-06"


def test_a_leading_when_clause_sets_the_texts_year():
    found = _dates(
        "Otto Brant became the mill manager in 1889. When the guild contract was up for renewal in 1892, Kell"
        " had left for Orm. On July 6, the guards arrived."
    )
    assert found[-1] == "1892-07-06"
    # a year that names a thing in the when-clause is not its time
    assert (
        _dates(
            "In 1894, the strike began. When the depression of 1893 unfolded, Kell fired workers. On May 11, the"
            " workers walked out."
        )[-1]
        == "1894-05-11"
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a witness's own words, quoted at length, date nothing the text tells
        ("Shortly before the turn of the century, in 1898 and 1899, I occupied a post with the guild.", []),
        ("In 1918, when I was a boy, Kell went home.", []),
        # a ruler's numeral is no "I"
        ("In 1649, Charles I was executed.", [("1649", "Charles I was executed")]),
    ],
)
def test_what_a_witness_tells_in_the_first_person_is_no_event(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    "sentence",
    ["In 1759, the Kellish took Orm, and in 1760, Skern.", "In 1759, the Kellish took Orm, and Skern in 1760."],
)
def test_a_deed_the_first_clause_gives_is_done_to_the_name_of_the_second_date(sentence):
    assert _titles(sentence) == [("1759", "The Kellish took Orm"), ("1760", "The Kellish took Skern")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Orm Alliance for Progress, signed in 1861 by President Otto Brant, was designed to stop the raids.",
            ("1861", "Orm Alliance for Progress signed"),
        ),
        (
            "The most dramatic event staged by the league was the occupation of the town of Kell, Skern, in"
            " February 1873.",
            ("1873-02", "Occupation of Kell"),
        ),
        (
            "The introduction of measles to Orm in 1875 resulted in the death of a quarter of the population.",
            ("1875", "Introduction of measles to Orm"),
        ),
    ],
)
def test_an_event_said_as_a_noun_phrase_is_the_title(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a one-word name keeps its "The"
        ("One of the best-known mills was The Forge, established in 1871 in Skern.", ("1871", "The Forge established")),
        # a name the verb's object holds is not the one signed
        (
            "Kell signed the Treaty of Amity and Commerce with the Orm Republic, signed on July 29, 1858.",
            ("1858-07-29", "Treaty of Amity and Commerce"),
        ),
    ],
)
def test_a_name_signed_on_its_date_is_the_whole_name(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of doers after "when" keeps its first name
        (
            "Orm refused to be drawn in when Kell, Vell, and Skern invaded the Brant Valley in 1956.",
            ("1956", "Kell, Vell, and Skern invaded the Brant Valley"),
        ),
        # a participle phrase after the date says what for, not what happened
        (
            "“The Skern Song” first appeared in 1932, written for a musical by Otto Brant.",
            ("1932", "“The Skern Song” first appeared"),
        ),
        # a work's name keeps its own "of"
        (
            "Kell’s screen version of Brant’s The Rivers of Orm came out in 1940, telling the story of a family.",
            ("1940", "Kell’s screen version of Brant’s The Rivers of Orm came out"),
        ),
        # how the doers felt, between them and their deed, goes
        (
            "In 2008, the voters of Kell, tired of war and dispirited by the downturn, elected a newcomer.",
            ("2008", "The voters of Kell elected a newcomer"),
        ),
        # a subordinate clause that opens the sentence is not the subject a later clause shares
        (
            "When the tribes refused, the government of Kell set a price for the land, ordered them to move,"
            " and in the spring of 1876, sent troops to the valley.",
            ("1876", "The government of Kell sent troops to the valley"),
        ),
        # "to victory" is where the doer led them, not a verb
        ("Kell led the Vell to victory in the south in 1945.", ("1945", "Kell led the Vell to victory in the south")),
        # the one a deed helped opens the title with a capital
        (
            "Discontent over the Orm Tax Act helped the Vell capture the majority in the Skern Assembly in 2010.",
            ("2010", "The Vell captured the majority in the Skern Assembly"),
        ),
        # a work named with its translation in brackets, and its maker
        (
            "The Orm Gate (The Door of Kings), painted by Anna Weller in 1656, is one of the best-known paintings.",
            ("1656", "Anna Weller painted the Orm Gate"),
        ),
        # a nationality before the name, and how the doer felt, are lead-ins
        (
            "Another Skernian, Otto Brant, sailing for the crown, explored the coast of Orm between 1499 and 1502.",
            ("1499/1502", "Otto Brant explored the coast of Orm"),
        ),
        (
            "Angry over this snub, in 1912, Kell and his allies bolted from the Orm Party.",
            ("1912", "Kell and his allies bolted from the Orm Party"),
        ),
        # the letter the text quotes next is a letter, in a title
        (
            "Kell wrote the following letter to the editor Otto Brant on August 22, 1862.",
            ("1862-08-22", "Kell wrote a letter to the editor Otto Brant"),
        ),
    ],
)
def test_a_title_reads_alone(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ", shortly after …" after the date is another event's time
        (
            "Kell presented an ultimatum to the Vell on September 22, 1862, shortly after the retreat at Orm.",
            ("1862-09-22", "Kell presented an ultimatum to the Vell"),
        ),
        # who backed the thing done goes before the deed is cut; a year that qualifies a quoted name keeps its "in the"
        (
            "Students also took part in the 1961 “Orm rides” sponsored by the Congress of Skern Equality (CSE) and KVL.",
            ("1961", "Students took part in the “Orm rides”"),
        ),
        # what the year's pressure resulted in is the event
        (
            "In 1916, the pressure from the league and the general public resulted in the passage of the Kell-Orm Act,"
            " which banned child labor.",
            ("1916", "Passage of the Kell-Orm Act"),
        ),
        # what a thing's origins are traced back to is the event; where they can be traced is none
        (
            "The origins of the Orm Agreement can be traced back to the initial formation of the Kell Oil Company (KOC)"
            " in 1912.",
            ("1912", "Formation of the Kell Oil Company"),
        ),
        # a possessive subject with a passive verb is a deed, not who someone was
        ("In August 1971, Kell’s sentence was reduced.", ("1971-08", "Kell’s sentence was reduced")),
        # "First Lady" is an office, not an opener; "ultimately" is when, which the date tells
        (
            "First Lady Anna Weller showed her support for the school by visiting Orm in 1941.",
            ("1941", "First Lady Anna Weller visited Orm"),
        ),
        ("The community Kell founded ultimately dissolved in 1881.", ("1881", "The community Kell founded dissolved")),
        # a quoted title whose comma stands inside the quotation keeps its close
        (
            "Kell was a writer. In 1836, he published “Rivers,” an essay arguing that people find themselves outdoors.",
            ("1836", "Kell published “Rivers”"),
        ),
        (
            "In 1841, Kell published his essay “On Orm,” which urged readers to think for themselves.",
            ("1841", "Kell published his essay “On Orm”"),
        ),
        # why a body was formed goes before its deed is cut
        (
            "In 1825, the Orm Tract Society formed with the goal of spreading the revival message of Kell in"
            " a flurry of pamphlets.",
            ("1825", "The Orm Tract Society formed"),
        ),
        # how far a passive deed went keeps it a deed
        (
            "The old trading house of Orm was completely wiped out in September 2008.",
            ("2008-09", "The old trading house of Orm was completely wiped out"),
        ),
        # a pluperfect passive dated in its own clause happened then; one dated by a bound happened before
        ("The Kell draft had been established in September 1940.", ("1940-09", "The Kell draft was established")),
        # a happening that is the subject, dated after it, is the event
        (
            "A brief downturn in the market on September 18, 1929, raised questions among the bankers of Kell.",
            ("1929-09-18", "Brief downturn in the market"),
        ),
        # an aside inside a that-clause goes; what a chain of events culminated in is the event
        (
            "In May 2014, President Kell announced that, for the most part, the fighting in Orm was over.",
            ("2014-05", "President Kell announced that the fighting in Orm was over"),
        ),
        (
            "In 1965, a traffic stop set in motion a chain of events that culminated in riots in Skern, a district of Orm.",
            ("1965", "Riots in Skern"),
        ),
        # an apposition of what a group consists of stands between the subject and its verb
        (
            "In June 2014, the Kell Front (KF), a militant group consisting of mostly Orm exiles and once allied"
            " with Vell, seized control of the Skern valley.",
            ("2014-06", "The Kell Front seized control of the Skern valley"),
        ),
        # "and lasted" says nothing once its "until" date is gone
        ("The Orm trials began in 1946 and lasted until November 1948.", ("1946", "The Orm trials began")),
    ],
)
def test_a_title_does_not_end_on_a_word_its_date_completed(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # the election drawing near only says when the main clause's deed came; hoping is no deed
        "As the 1916 election approached, the Orm Party hoped to win the votes of the valley.",
        "As the election approached in 2004, the campaign of the Orm Party ramped up.",
        # a quotation's source line is no deed
        "Otto Brant, address delivered in Kell, Orm, October 30, 1936",
        "Anna Weller, the general who led Kell to victory in the south in 1945, proved a fine president.",
        # a figure that changed or stood is a table's, not a timeline's
        "In 1950, the median income of families in Kell was $20,656.",
        # what someone acknowledged, once cut, leaves nothing; nor does a rate that tripled
        "In 1936, President Kell acknowledged that the crash in the markets of Orm had hurt every family in the valley.",
        "In 1929, unemployment in Orm tripled.",
        "In 1932, family allowances in Kell were $2.39 a week.",
        # time passing is no deed
        "The summer of 1929 came to a close.",
        # who someone's rival was is no deed
        "Kell’s opponent in 2008 was Otto Brant.",
        # what records indicated, once cut, leaves nothing to print
        "In 1900, the census records of Kell indicated that one child in five worked in the mills of Orm for wages.",
        "Between 1870 and 1900, the number of women working in the mills of Orm tripled.",
        "In 1929, the annual production of cars in Kell leaped from 2.2 million to 8 million.",
    ],
)
def test_a_time_drawing_near_or_a_role_is_no_event_title(sentence):
    assert [title for _, title in _titles(sentence)] == [""]


def test_a_name_that_holds_its_year_titles_the_day_it_was_signed():
    sentence = (
        "The resulting Kell Banking Act of 1933 was signed into law on March 9, 1933, eight hours after it was read."
    )
    assert _titles(sentence) == [("1933", ""), ("1933-03-09", "Kell Banking Act")]


def test_a_law_put_in_another_s_place_is_the_date_s():
    sentence = "In June 1933, Kell replaced the Orm Banking Act with the more permanent Vell Banking Act."
    assert _titles(sentence) == [("1933-06", "Vell Banking Act")]


def test_the_maker_of_a_subject_is_not_its_doer():
    sentence = "In 1983, a commission established by Otto Brant published a sobering assessment of the schools of Kell."
    assert [title for _, title in _titles(sentence) if title.startswith("Otto Brant")] == []


def test_a_day_referred_to_by_a_quoted_name_takes_it():
    sentence = (
        "In 1929, when the Kell exchange lost 11 percent of its value on October 24—often referred to as"
        " “Grey Thursday”—the traders of Orm took notice."
    )
    assert ("1929-10-24", "Grey Thursday") in _titles(sentence)


def test_a_month_that_opens_the_sentence_takes_the_name_that_holds_its_year():
    sentence = "In August 1861, the council approved the Kell Act of 1861, empowering the guilds to seize mills."
    assert _titles(sentence) == [("1861-08", "Kell Act"), ("1861", "")]


def test_two_laws_of_one_name_and_two_years_are_two_events():
    paragraphs = [
        "In August 1861, the council approved the Kell Act of 1861, empowering the guilds to seize mills.",
        "In July 1862, the council passed the Kell Act of 1862, which freed the mills' workers.",
    ]
    assert [date for date, title in _merged(paragraphs) if title == "Kell Act"] == ["1861-08", "1862-07"]


def test_a_second_law_of_one_name_is_named_second():
    paragraphs = [
        "In August 1861, the council approved the Kell Act of 1861, empowering the guilds to seize mills.",
        "The council passed a second Kell Act in July 1862, which freed the mills' workers.",
    ]
    assert [event for event in _merged(paragraphs) if event[1]] == [
        ("1861-08", "Kell Act"),
        ("1862-07", "Second Kell Act"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The reformer Otto Brant freed his workers. Brant was born in Kell in 1792.",
            ("1792", "Otto Brant was born in Kell"),
        ),
        # two people of one surname: the surname alone says which the text means, the full name would guess
        (
            "Otto Brant spoke first. Ilse Brant answered him. In 1794, Brant founded the Kell Gazette.",
            ("1794", "Brant founded the Kell Gazette"),
        ),
        # a name after "of" is whole, initial and all
        (
            "The law had the support of Otto K. Brant and the guilds. In 1935, Brant and the guilds split from the"
            " Kell League.",
            ("1935", "Otto K. Brant and the guilds split from the Kell League"),
        ),
        # a name at the end of a run of capitals may have lost its first word to it
        (
            "The Minister for Mill Safety Affairs Otto Brant spoke. In 1972, Brant met Vell in Orm.",
            ("1972", "Brant met Vell in Orm"),
        ),
        # a slogan in quotation marks is no name
        (
            "Protesters chanted “Free Brant” in Kell. In 1974, Brant was paroled.",
            ("1974", "Brant was paroled"),
        ),
        # a person named as someone's kin shares the surname with another, whom it may mean
        (
            "President Brant fell ill, leaving his second wife Ilse Brant in charge. In 1920, Brant sent troops to Orm.",
            ("1920", "Brant sent troops to Orm"),
        ),
        # a word that is capital only where the sentence opens is no given name
        (
            "Like Orm, Kell joined the pact. In 1937, Orm joined the league.",
            ("1937", "Orm joined the league"),
        ),
        # an office and a body are no one's given name
        (
            "The Kell Assembly met in Orm. In 1795, Assembly delegates approved the charter.",
            ("1795", "Assembly delegates approved the charter"),
        ),
        (
            "Secretary of State Vell sailed to Orm. In 1899, Vell made a bold move to acquire the markets of Orm.",
            ("1899", "Vell made a bold move to acquire the markets of Orm"),
        ),
    ],
)
def test_a_surname_that_opens_a_title_takes_the_full_name_the_text_gave(paragraph, expected):
    assert _titles(paragraph)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # each work of a list of novels, dated in brackets, is its author's
        (
            "Anna Weller served in the war. Her experiences emerged in her novels The Kell Road (1926), A Winter in"
            " Orm (1929), and For Whom the Mills Turn (1940).",
            [
                ("1926", "Anna Weller published The Kell Road"),
                ("1929", "Anna Weller published A Winter in Orm"),
                ("1940", "Anna Weller published For Whom the Mills Turn"),
            ],
        ),
        # a work the sentence opens with, which its author examined
        (
            "Otto Brant was a critic of conformity. In Skernwood (1922), he examined the mentality of the herd.",
            [("1922", "Otto Brant published Skernwood")],
        ),
        # a place the sentence opens with is no work, and no name of an event
        ("In Skern (1922), he examined the art of the city.", [("1922", "")]),
    ],
)
def test_a_work_dated_in_brackets_is_published_by_its_author(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure someone earned or made, and a count that stood, are no events
        ("In Kell in 1850, for example, the average mill hand earned $300 a year.", ("1850", "")),
        ("In 1855, the women of one Kell mill produced more than forty-three thousand yards.", ("1855", "")),
        ("Despite these rulings, about eleven hundred people continued to be held in Orm in 1800.", ("1800", "")),
        # a purchase is still one
        ("In 1803, the council paid $15 million for Orm.", ("1803", "The council paid $15 million for Orm")),
        # a peak, and how things looked, are no events
        ("Between 1900 and 1910, the number of settlers in Kell peaked at over eight million.", ("1900/1910", "")),
        ("The outlook for the Kell plan looked good in 1993; it had the support of the guilds.", ("1993", "")),
        # a pointer to the text is no event
        ("Elsewhere in the famous 1776 letter quoted above, she speaks of the farm.", ("1776", "")),
        # a thing and its making, told as an aside at the sentence's start
        (
            "The telegraph, patented in 1846, greatly transformed communication in Kell.",
            ("1846", "The telegraph was patented"),
        ),
        ("The Kell Road, published in 1925, exposed the doom of the mill towns.", ("1925", "The Kell Road published")),
        # a work with a subtitle is named by its title
        (
            "Otto Brant fueled the debate in his book, Our Kell: Its Possible Future and Its Present Crisis, "
            "published in 1885.",
            ("1885", "Our Kell published"),
        ),
        # a thing "which he invented", with no "he" named, was invented
        (
            "His ideas led him to create a perfect food: the Kell biscuit, which he invented in 1829.",
            ("1829", "The Kell biscuit was invented"),
        ),
        # "either … or …" and "in a case that …" cut with what they lead to
        (
            "Between 1998 and 2012, thirty states of Orm banned the practice either by statute or by amendment.",
            ("1998/2012", "Thirty states of Orm banned the practice"),
        ),
        (
            "Kell's ban was ruled unconstitutional in a case that was settled by the high court in 2013.",
            ("2013", "Kell's ban was ruled unconstitutional"),
        ),
        # "on both sides" is no "either … or"
        ("Enthusiasm for war ran high on both sides in 1861.", ("1861", "Enthusiasm for war ran high on both sides")),
        # a participle that completes its clause stays
        (
            "On March 1, 1845, Otto Brant managed to get the joint resolution passed in the Kell Assembly.",
            ("1845-03-01", "Otto Brant managed to get the joint resolution passed in the Kell Assembly"),
        ),
        # a participle left at the end by a cut goes with what it led to
        (
            "Brant and Orm were arrested, and Vell was executed on June 11, 2001, for the worst act of sabotage"
            " committed on Kellish soil.",
            ("2001-06-11", "Vell was executed for the worst act of sabotage committed on Kellish soil"),
        ),
        # an adjective in "-ed" after its preposition is no verb, and a verb of making keeps its "to …"
        (
            "In 1873, the new technology of barbed wire allowed ranchers to fence off their lands in Kell.",
            ("1873", "The new technology of barbed wire allowed ranchers to fence off their lands in Kell"),
        ),
        # a relative clause after the deed's object, commas and all, is no part of the deed
        (
            "In 1887, Otto Brant invented the electric tram, which worked like the horse car, with a wagon on rails.",
            ("1887", "Otto Brant invented the electric tram"),
        ),
        # a likeness between subject and verb is an aside, and "an" before a name's consonant is "a"
        (
            "An 1839 Kellish law, similar to Orm's original law, outlawed the sale of less than a gallon of gin.",
            ("1839", "A Kellish law outlawed the sale of less than a gallon of gin"),
        ),
        # a deed told as an adjective and a common noun takes what it was of
        (
            "This hatred found expression in the Kellish massacre of ninety-six Orm villagers in 1782.",
            ("1782", "Kellish massacre of ninety-six Orm villagers"),
        ),
        # doers the text names in an apposition act under that name
        (
            "In 1813, Brant and these wealthy investors, known as the Kell Associates, created the Kell Mill Company.",
            ("1813", "The Kell Associates created the Kell Mill Company"),
        ),
        # a founding's name keeps its "for the"
        (
            "The movement grew with the 1775 founding of The Society for the Relief of Orm Debtors.",
            ("1775", "Founding of The Society for the Relief of Orm Debtors"),
        ),
    ],
)
def test_figures_pointers_asides_and_names_of_the_forty_fourth_and_forty_fifth_sets(sentence, expected):
    assert _titles(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a purpose that leads the sentence, and a subject a relative clause follows
        (
            "To assist in the processing of this wave of settlers, the Kell Bureau in Orm, which had become the port"
            " of entry, opened Skern Island in 1892.",
            [("1892", "The Kell Bureau in Orm opened Skern Island")],
        ),
        # a second object and date that leave out the verb, the object's letters in brackets
        (
            "Brant founded the Kell Reform Society in 1831, and the Orm Reform Society (ORS) in 1833.",
            [("1831", "Brant founded the Kell Reform Society"), ("1833", "Brant founded the Orm Reform Society")],
        ),
        # a participle phrase after a dated clause takes that clause's subject
        (
            "Vell was born in Kell in 1818, escaping to Orm in 1838.",
            [("1818", "Vell was born in Kell"), ("1838", "Vell escaped to Orm")],
        ),
        # what an action led to, dated after its name
        (
            "Actions by students at the University of Kell led to the formation of Kell’s Open Speech Movement in 1964.",
            [("1964", "Formation of Kell’s Open Speech Movement")],
        ),
        # a calling without its article before a whole name
        (
            "Similarly, writer Anna Weller celebrated life in old Kell, a vanished society, in 1920.",
            [("1920", "Anna Weller celebrated life in old Kell")],
        ),
        # who employed the subject is the first thing a long title loses
        (
            "In 1821, the young women employed by the Kell Mill Company in Orm went on strike for two days.",
            [("1821", "The young women went on strike")],
        ),
        # a conceded clause after a semicolon tells its own deed
        (
            "Reform went many ways; although the Kell Medical Society was formed in 1847, it had little power.",
            [("1847", "The Kell Medical Society was formed")],
        ),
        # "after their wages were cut" is another clause, whose owner the title would lose
        (
            "Strikes occurred in Kell, where the weavers employed by the Orm Mill Company walked out in December 1828"
            " after their wages were reduced.",
            [("1828-12", "The weavers employed by the Orm Mill Company walked out")],
        ),
        # an aside after the date whose comma stands inside a quotation
        (
            "In 2007, as a result of these efforts to “spread knowledge of the mills,” Vell shared the Orm Prize.",
            [("2007", "Vell shared the Orm Prize")],
        ),
    ],
)
def test_events_the_forty_fourth_and_forty_fifth_sets_left_untitled(sentence, expected):
    assert _titles(sentence) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a surname as subject stands for the one person the text gave it to, and a "he" later is that person
        (
            "Otto Brant was a printer of Kell. Brant held to deism, a belief in a distant God. Deists also "
            "put reason first. Brant’s faith guided his many projects. In 1731, he established a reading library.",
            ("1731", "Otto Brant established a reading library"),
        ),
        # a participle before the subject leaves the subject the person a later "he" stands for
        (
            "Otto Brant is the model printer of Kell. Born in Orm in 1706 to a large family, Brant loved to read, "
            "although he found few books at home. In 1718 he was apprenticed to his brother.",
            ("1718", "Otto Brant was apprenticed to his brother"),
        ),
        # "he and 113 settlers": the one "he" stands for, and the others with him
        (
            "Anna Weller led the settlement of the valley. In 1733, she and 113 settlers arrived on the ship Vell.",
            ("1733", "Anna Weller and 113 settlers arrived on the ship Vell"),
        ),
        # a participle phrase between the subject and its verb goes, however long
        (
            "King Orm, understanding the advantage of a colony standing as a buffer between North Kell and "
            "South Kell, granted the charter to Vell in 1732.",
            ("1732", "King Orm granted the charter to Vell"),
        ),
        # "the steam engine, which he invented": the person did it to the thing
        (
            "Otto Brant was a rich man. One of his ideas was the steam engine, which he invented in 1827.",
            ("1827", "Otto Brant invented the steam engine"),
        ),
    ],
)
def test_the_person_a_pronoun_stands_for_is_found_past_what_hides_him(paragraph, expected):
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pointer to the text and a lead-in go, and so does the "beginning" that dates from then on
        (
            "As discussed above, after centuries of trade with Orm, the Kell Council banned the further "
            "importation of Orm cloth beginning in 1808.",
            ("1808", "The Kell Council banned the further importation of Orm cloth"),
        ),
        # a "who" after a person's apposition is the person's clause, not the place's
        (
            "Otto Brant, a weaver from Kell who escaped to the North in 1838, wrote of the mills.",
            ("1838", "Otto Brant escaped to the North"),
        ),
    ],
)
def test_what_only_leads_to_the_deed_goes(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "published it as <a work>": the work's name says what "it" is
        (
            "Arla Nord was blind. She told her story to Otto Brant, who published it as The Blind Weaver in 1810.",
            [("1810", "Otto Brant published The Blind Weaver")],
        ),
        # "in 1777 through 1779": one span
        (
            "The Kell garrison ran short of powder in 1777 through 1779.",
            [("1777/1779", "The Kell garrison ran short of powder")],
        ),
        # a rematch's year is the earlier contest's, not this one's
        ("In a rematch of the 1888 election, the Kell party again nominated Otto Brant.", []),
        # a chain of relative clauses between the subject and its verb goes whole, a number's comma and all
        (
            "In 1890, Otto Brant, who led the Kell League, which was based in Orm and had over 100,000 members "
            "by 1886, urged the creation of a national league.",
            [("1890", "Otto Brant urged the creation of a national league")],
        ),
    ],
)
def test_what_a_clause_points_to_is_read_from_the_sentence(paragraph, expected):
    assert _titles(paragraph) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1850, the Kell planter Otto Brant enslaved more than eighteen hundred people.",  # a count
        "In 1783, Anna Weller was eleven years old.",  # an age
        "From 1917 to 1920, prices in Kell increased an average of 15–20 percent annually.",  # a rate
        "In 1916, Kell membership skyrocketed during the war.",  # a figure that changed
    ],
)
def test_a_count_an_age_or_a_rate_is_no_event_title(sentence):
    assert [title for _, title in _titles(sentence)] == [""]


def test_a_likeness_that_leads_in_goes_and_leaves_a_birth():
    paragraph = "Otto Brant rose from nothing. Like Brant, Anna Weller was born of modest means in 1839."
    assert _titles(paragraph) == [("1839", "Anna Weller was born of modest means")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a purpose after the date, cut to its verb, goes whole
        (
            "Otto Brant moved to Kell in 1857 to look after the family’s business interests there.",
            "Otto Brant moved to Kell",
        ),
        # "as" before a name that a later verb has for its subject opened another clause
        (
            "In 1517, the Kell guilds came under attack as the Orm Reform, a split among the weavers, began.",
            "The Kell guilds came under attack",
        ),
        # … but an office after "as" is the deed's
        ("Otto Brant served as Secretary of State in 1801.", "Otto Brant served as Secretary of State"),
    ],
)
def test_what_follows_the_deed_in_another_clause_goes(sentence, expected):
    assert [title for _, title in _titles(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title's alternative ("…, or the …") is part of the title
        (
            "Otto Brant defended the guilds with his book Praise of the Guilds, or the Failure of Free Trade (1854).",
            "Otto Brant published Praise of the Guilds, or the Failure of Free Trade",
        ),
        # "the 1854 publication of <authors>’s <work>": who published what
        (
            "The idea spread with the 1854 publication of Otto Brant and Anna Weller’s Types of Kell and other books.",
            "Otto Brant and Anna Weller published Types of Kell",
        ),
    ],
)
def test_a_work_and_its_authors_are_read_whole(sentence, expected):
    assert [title for _, title in _titles(sentence)] == [expected]


def _paragraph_titles(*paragraphs: str) -> list[tuple[str, str]]:
    return [(e.date, e.title) for e in events([Block(PARAGRAPH, p, p, 1) for p in paragraphs], None, "sections/01.md")]


def test_a_pronoun_does_not_reach_past_a_paragraph_about_something_else():
    # the new paragraph opens on a tale, so "she" is not the man the last one was about
    titles = _paragraph_titles(
        "Otto Brant led the rising. Brant’s plan lacked a program.",
        "The tale of the Lady of Kell is a fine example of a symbol. In 1531 she appeared to the shepherd Orm.",
    )
    assert ("1531", "Otto Brant appeared to the shepherd Orm") not in titles
    # … and a paragraph that opens on another person the text has made a subject names her
    titles = _paragraph_titles(
        "Anna Weller rode to war. As a child, she learned to shoot.",
        "Arla Nord ruled Skern for years.",
        "The life of Arla Nord was one of patronage. She married Otto Brant in 1817.",
    )
    assert ("1817", "Arla Nord married Otto Brant") in titles


def test_a_surname_an_office_gives_alone_is_not_the_one_full_name_of_another():
    paragraph = (
        "Attorney General Robert Orm carried the letter to Kell. President Orm summoned his advisers. "
        "On October 22, Orm ordered a blockade of Kell."
    )
    assert ("1962-10-22", "Robert Orm ordered a blockade of Kell") not in _titles(
        paragraph.replace("October 22", "October 22, 1962")
    )


def test_the_thing_a_paragraph_opens_with_may_be_named_in_the_one_before():
    titles = _paragraph_titles(
        "The Kell Weavers’ Alliance grew fast in the south.", "In 1891, the alliance formed the Orm Party."
    )
    assert titles == [("1891", "The Kell Weavers’ Alliance formed the Orm Party")]


def test_a_surname_an_office_gives_is_the_full_name_the_same_office_gave_or_no_office():
    paragraph = "Harry Brant took office in Kell. President Brant signed the charter. In 1947, Brant signed Order 9835."
    assert ("1947", "Harry Brant signed Order 9835") in _titles(paragraph)


def test_a_purpose_before_the_date_is_the_deed_s_own():
    # "to war", "to vote": what the deed is, before the date; only a purpose after it is cut
    assert _titles("Kell and Orm went to war in 1866.") == [("1866", "Kell and Orm went to war")]
    assert _titles("Kell women won the right to vote in 1918 after the war.") == [
        ("1918", "Kell women won the right to vote")
    ]


def test_the_two_rivals_and_the_family_are_named():
    paragraph = (
        "The fall of Ardo in 1588 was but one part of a larger war between Protestant Kell and Catholic Orm. "
        "Between 1585 and 1604, the two rivals sparred repeatedly."
    )
    assert ("1585/1604", "Kell and Orm sparred repeatedly") in _titles(paragraph)
    paragraph = (
        "Otto D. Brant was born poor. Young Brant helped his mother with her chores. "
        "When the family moved to a suburb of Kell in 1853, he learned bookkeeping."
    )
    assert ("1853", "Otto D. Brant's family moved to a suburb of Kell") in _titles(paragraph)


def test_a_reign_told_in_a_whose_clause_is_the_reign():
    sentence = "Under Arla, whose long reign lasted from 1558 to 1603, the weavers grew steadily in number."
    assert _titles(sentence) == [("1558/1603", "Reign of Arla")]


def test_an_owner_left_without_its_thing_goes():
    sentence = "Rallies against Brant became a hallmark of the council’s first months, with marches almost weekly in early 1817."
    assert _titles(sentence) == [("1817", "Rallies against Brant became a hallmark")]
    # … but a shop named for its owner stays
    assert _titles("On February 1, 1960, four students entered the local Woolworth’s.") == [
        ("1960-02-01", "Four students entered the local Woolworth’s")
    ]


def test_a_work_in_quotation_marks_the_sentence_opens_with_is_its_writer_s():
    paragraph = (
        "Anna Weller Brant of Kell, wife of Governor Otto Brant, formed the Ladies’ League of Kell. "
        "In “The Sentiments of a Kell Woman” (1780), she wrote to other women."
    )
    assert _titles(paragraph) == [("1780", "Anna Weller Brant published “The Sentiments of a Kell Woman”")]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Anna Weller Brant of Kell, wife of Governor Otto Brant, formed the League.", "Anna Weller Brant"),
        ("Arla of Skern refused the marriage.", "Arla of Skern"),
        ("Most of Kell suffered.", None),
        ("Residents of Kell rioted.", None),
        ("Secretary of State Otto Brant believed that the treaty would hold.", None),  # an office, as before
    ],
)
def test_a_person_from_a_place_is_the_subject(sentence, subject):
    from generator.authoring.importing.context import named_subject

    assert named_subject(sentence) == subject


def test_where_the_doer_was_born_is_no_part_of_the_deed():
    sentence = "Born in Kell, Anna Weller actively opposed the Orm reforms in 1775 by publishing pamphlets."
    assert _titles(sentence) == [("1775", "Anna Weller opposed the Orm reforms by publishing pamphlets")]


def test_a_people_s_adjective_does_not_end_the_object_of_an_event_noun():
    sentence = "The Kell embargo on British manufactured goods from 1807 to 1809 spurred the merchants."
    assert [title for _, title in _titles(sentence)] == ["Kell Embargo on British manufactured goods"]


def test_the_party_and_the_canal_are_the_ones_named_before():
    paragraph = "The Kell Party met in Orm. At the close of the convention in 1892, the party nominated Otto Brant."
    assert _titles(paragraph) == [("1892", "The Kell Party nominated Otto Brant")]
    paragraph = "Kell chartered the Orm Canal in 1817. The canal took seven years to build and opened in 1825."
    assert ("1825", "The Orm Canal opened") in _titles(paragraph)


def test_a_thing_dated_and_placed_but_unnamed_is_pointed_to_by_its_year_and_place():
    paragraph = (
        "Several towns passed laws. The earliest, an 1838 law in Kell, prohibited the sale of liquor in small "
        "quantities. The law was repealed in 1840, but the towns then passed laws of their own."
    )
    assert _titles(paragraph) == [
        ("1838", "A law in Kell prohibited the sale of liquor in small quantities"),
        ("1840", "The 1838 Kell law was repealed"),
    ]


def test_which_of_a_family_the_full_name_says():
    paragraph = (
        "Otto P. Brant was rich. Brant’s father was a Kell banker, and Brant the son moved to Orm in 1857 "
        "to look after the family’s business there."
    )
    assert _titles(paragraph) == [("1857", "Otto P. Brant moved to Orm")]


def test_a_rising_is_named_by_its_place_or_its_leader_and_told_once():
    paragraph = (
        "In 1811, a major rebellion broke out in the sugar parishes of the booming territory of Kell. Perhaps "
        "five hundred joined the rebellion, led by Otto Brant. The revolt began in January 1811 on Orm’s plantation."
    )
    assert [(e.date, e.title) for e in merge_duplicates(_events(paragraph))] == [("1811-01", "Major rebellion in Kell")]
    sentence = "The second rebellion, led by the enslaved Vell Skern, occurred in 1831 in Arla County, Kell."
    assert _titles(sentence) == [("1831", "Vell Skern’s rebellion in Arla County, Kell")]


def test_a_name_with_its_kind_in_lower_case_is_the_name_of_the_kind_later():
    paragraph = "Workers at the Orm mill began the Vell strike in 1894. The strike ended in 1895."
    assert ("1895", "The Vell strike ended") in _titles(paragraph)
    paragraph = "Kell founded the Orm movement in 2006. The movement was rekindled in 2017."
    assert ("2017", "The Orm movement was rekindled") in _titles(paragraph)
    paragraph = "Workers struck at the mill in 1894. The strike ended in 1895."  # no name: the kind stays
    assert ("1895", "The strike ended") in _titles(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Otto Brant was elected president in 1901 on a reform platform. In 1903, the president suffered a stroke.",
            ("1903", "Otto Brant suffered a stroke"),
        ),
        (
            "President Brant took office in 1901. In 1903, the president suffered a stroke.",
            ("1903", "President Brant suffered a stroke"),
        ),
        (
            "Anna Weller became queen in 1700. She married Otto Brant in 1702. In 1710 the queen died.",
            ("1710", "Anna Weller died"),
        ),
        # a sentence's end is no initial
        (
            "Emperor Otto was kept. Brant agreed. In 1946, the emperor disclaimed his divine status.",
            ("1946", "Emperor Otto disclaimed his divine status"),
        ),
        # an office of something else names no holder
        (
            "In 1820 the president of the Kell Bank fled. In 1903, the president suffered a stroke.",
            ("1903", "The president suffered a stroke"),
        ),
    ],
)
def test_an_office_as_subject_is_whoever_the_text_made_its_holder(paragraph, expected):
    assert expected in _titles(paragraph)


def test_becoming_a_ruler_is_an_event_and_remaining_one_is_not():
    assert _titles("Otto Brant became president in 1901.") == [("1901", "Otto Brant became president")]
    assert _titles("In 1920, Kell became king.") == [("1920", "Kell became king")]
    assert _titles("In 1920 Kell remained president.") == [("1920", "")]
    # the years in brackets are a term, not the day it began
    assert _titles("When Otto Brant became president (1829–1837), he built a canal.")[0] == ("1829/1837", "")


def test_a_book_set_off_by_commas_is_published_by_the_one_who_wrote_it():
    sentence = "In his book, The Orm Way (1890), journalist and photographer Otto Brant used photographs of tenements."
    assert _titles(sentence) == [("1890", "Otto Brant published The Orm Way")]


@pytest.mark.parametrize(
    "sentence",
    [
        "With three million more people voting than in 1928, Kell won by a count of twenty million to fifteen million.",
        "As in 1800, when Orm had won over the incumbent Otto Brant, the presidency passed to a new party.",
        "Brant gave a speech in Orm on January 8, the anniversary of the defeat of the Vell army in 1815.",
    ],
)
def test_a_year_the_event_is_compared_with_or_remembers_gives_it_no_title(sentence):
    dated = dict(_titles(sentence))
    assert dated.get("1928", dated.get("1800", dated.get("1815"))) == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In the 1888 novel The Orm Way, 2000-1887, Otto Brant portrays a utopian Kell in the year 2000.",
            ("1888", "Otto Brant published The Orm Way"),
        ),
        (
            "Another author was writer Otto Brant, an economist best known for his 1879 work Land and Labor, which "
            "criticized inequality.",
            ("1879", "Otto Brant published Land and Labor"),
        ),
        (
            "Another critique came from Vell Skern, who lamented in The Idle Class (1899) that wealth made people idle.",
            ("1899", "Vell Skern published The Idle Class"),
        ),
    ],
)
def test_a_work_is_published_by_the_one_the_sentence_names_as_its_writer(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "A turning point in Kell political history occurred in 1828, which witnessed the election of Otto Brant "
            "over the incumbent Vell Skern.",
            ("1828", "Election of Otto Brant over the incumbent Vell Skern"),
        ),
        (
            "Veterans formed the Society of Orm. Founded in 1783, the society admitted only officers of the army.",
            ("1783", "The Society of Orm was founded"),
        ),
        (
            "In the Declaration and Resolves, adopted on October 14, 1774, the colonists demanded the repeal of the acts.",
            ("1774-10-14", "Declaration and Resolves adopted"),
        ),
        ("The 1912 strike closed every mill in Kell.", ("1912", "The 1912 strike closed every mill in Kell")),
        ("The 1828 campaign differed greatly from earlier contests.", ("1828", "")),
    ],
)
def test_what_a_judgement_witnessed_what_was_founded_and_a_thing_by_its_year(paragraph, expected):
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "In January 1919, Congress ratified the Kell Amendment with provisions to take effect one year later.",
        "Congress ratified the Kell Amendment in January 1919, with provisions to take effect one year later.",
    ],
)
def test_provisions_cut_with_their_purpose_and_what_took_effect_later(paragraph):
    assert _titles(paragraph) == [
        ("1919-01", "Congress ratified the Kell Amendment"),
        ("1920", "Kell Amendment took effect"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1783 my friends rejoiced to see me once more.",
        "We arrived in Orm in 1802 and built our houses.",
        "In 1300, ours consisted of well-armed troops.",
    ],
)
def test_a_witness_s_own_words_give_no_title(sentence):
    assert [title for _, title in _titles(sentence)] == [""]


def test_a_band_named_for_its_leader_is_one_name():
    assert _titles("In 1954, Otto Brant and His Comets released a song.") == [
        ("1954", "Otto Brant and His Comets released a song")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Their pressure culminated in the Kell Amendment to the Orm Constitution, ratified in 1919, which banned "
            "alcohol.",
            ("1919", "Kell Amendment to the Orm Constitution ratified"),
        ),
        # the thing before the comma is no document: the sentence's own name for it stands
        (
            "The Treaty of Amity and Commerce with Kell, signed on 29 July 1858, opened more ports.",
            ("1858-07-29", "Treaty of Amity and Commerce"),
        ),
    ],
)
def test_a_document_and_its_adoption(sentence, expected):
    assert expected in _titles(sentence)


def test_an_act_named_by_its_year_is_the_act_the_text_named():
    paragraph = "Parliament passed the Kell Act. The 1773 act reignited the worst fears among the colonists."
    assert ("1773", "The Kell Act reignited the worst fears among the colonists") in _titles(paragraph)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Such efforts began in the form of the General Agreement on Kell and Orm (GAKO), signed in 1947 by "
            "twenty-three countries.",
            ("1947", "General Agreement on Kell and Orm signed"),
        ),
        (
            "The Kell Fund, also created in 1944, promotes stability by helping countries.",
            ("1944", "The Kell Fund was created"),
        ),
        ("KORM, launched in 1989, was in many ways a response to the growth of blocs.", ("1989", "KORM was launched")),
        (
            "The process began with the creation of the Kell Coal and Steel Community (KCSC) in 1951.",
            ("1951", "Creation of the Kell Coal and Steel Community"),
        ),
        (
            "Its success paved the way for integration with the formation of the Orm Economic Community (OEC), also "
            "called the Common Market, in 1957.",
            ("1957", "Formation of the Orm Economic Community"),
        ),
        (
            "In August 1947, the Vell people formed the Kell Gold Convention (KGC), which called for self-government.",
            ("1947-08", "The Vell people formed the Kell Gold Convention"),
        ),
        (
            "In 1944, the Kell African Union (KAU) was founded, and in 1947 Otto Brant assumed its leadership.",
            ("1947", "Otto Brant assumed leadership of the Kell African Union"),
        ),
    ],
)
def test_bodies_documents_and_names_of_the_forty_ninth_and_fiftieth_sets(sentence, expected):
    assert expected in _titles(sentence)


def test_a_country_is_no_one_s_surname():
    from generator.authoring.importing.full_names import full_names

    sentences = ["Tokugawa Kell boasted a high literacy.", "Otto Brant sold books in Orm.", "Brant left."]
    assert full_names(sentences) == {"Kell": "Tokugawa Kell", "Brant": "Otto Brant"}
    assert full_names([*sentences, "People lived in Kell in peace.", "In Brant’s shop, people read."]) == {
        "Brant": "Otto Brant"
    }


def test_a_capital_with_an_accent_is_read_as_a_capital_and_given_back():
    from generator.authoring.importing.capitals import accents_back, plain_capitals

    sentence = "When the explorer Pedro Álvares Skern landed at Ōrm in 1500, he claimed it."
    assert plain_capitals(sentence) == "When the explorer Pedro Alvares Skern landed at Orm in 1500, he claimed it."
    assert len(plain_capitals(sentence)) == len(sentence)
    assert accents_back("Pedro Alvares Skern landed at Orm", sentence) == "Pedro Álvares Skern landed at Ōrm"
    paragraph = (
        "Thus, when the explorer Pedro Álvares Skern landed on the eastern coast of South Kell in 1500, he claimed it."
    )
    assert _titles(paragraph)[0][1].startswith("Pedro Álvares Skern landed")


def test_a_subject_s_heading_names_no_one_whom_he_could_stand_for():
    from generator.authoring.article_parts import PERSON_HEADING

    # a textbook's box is no one either ("Insider Perspective", "Milestone")
    boxes = ("Insider Perspective", "Kellish Milestones", "Vell Spotlight", "East Kell Student Walkouts")
    for heading in ("Spanish Exploration", "Kell’s Dynastic Exchanges", "Ottoman Empire", "Tokugawa Japan", *boxes):
        assert not PERSON_HEADING.fullmatch(heading), heading
    for heading in ("Karl Marx", "Frederick Douglass", "Booker T. Washington", "Louis XIV"):
        assert PERSON_HEADING.fullmatch(heading), heading


def test_a_hyphen_before_an_abbreviation_ends_no_sentence():
    text = "In 1988, the two countries agreed to the Kell-U.S. Free Trade Agreement. It worked."
    assert split_sentences(text) == [
        "In 1988, the two countries agreed to the Kell-U.S. Free Trade Agreement.",
        "It worked.",
    ]
    text = "In 1965 he was a delegate to the U.N. General Assembly. It met in Kell."
    assert split_sentences(text) == ["In 1965 he was a delegate to the U.N. General Assembly.", "It met in Kell."]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a verb without a passive is the deed, and a relative clause's list of deeds goes whole
        (
            "The war ended in 1860 with the Convention of Kell, which ceded land to Orm, expanded the borders of "
            "Vell, and eliminated restrictions.",
            ("1860", "The war ended with the Convention of Kell"),
        ),
        # "named" before a name is the name's word
        (
            "In 1680, a Tewa religious leader named Otto Brant (Po’pay) led his tribe in an uprising against Orm.",
            ("1680", "Otto Brant led his tribe in an uprising against Orm"),
        ),
        ("In 1799, Kell named Otto Brant consul.", ("1799", "Kell named Otto Brant consul")),
        (
            "Five nations formed the Orm Confederacy. The Tuscarora tribe joined the confederacy in 1722.",
            ("1722", "The Tuscarora tribe joined the Orm Confederacy"),
        ),
    ],
)
def test_verbs_names_and_pointers_of_the_forty_ninth_set(paragraph, expected):
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 1911, Otto Brant was forced to resign and went into exile.", ("1911", "Otto Brant was forced to resign")),
        ("In 1857 Kell moved to Orm to look after the family business.", ("1857", "Kell moved to Orm")),
        # a cut that leaves a conjunction at the end takes it away
        (
            "In 1635, the Kellish were forbidden to leave the country except on special missions.",
            ("1635", "The Kellish were forbidden to leave the country except on special missions"),
        ),
        (
            "In 1916, the Kell army unveiled a new invention to support its infantry—the tank (Figure 11.4).",
            ("1916", "The Kell army unveiled the tank"),
        ),
        (
            "In 1996, eminent genocide scholar Otto Brant defined the eight stages of genocide.",
            ("1996", "Otto Brant defined the eight stages of genocide"),
        ),
        (
            "Poison gas, outlawed worldwide today, was employed as a weapon by all sides, first by Kell troops in 1914.",
            ("1914", "Poison gas was employed as a weapon by all sides"),
        ),
        # the present, and a count, are no deeds of the date
        (
            "Every Kellian in Orm has experienced meeting someone who does not know of the massacre of 1915.",
            ("1915", ""),
        ),
        ("Casualties from both sides totaled approximately 900,000 in 1915.", ("1915", "")),
        # … but what may have been, or was found to have been, is told as it is
        (
            "In 2003, Otto Brant was discovered to have inflated his company’s assets.",
            ("2003", "Otto Brant was discovered to have inflated his company’s assets"),
        ),
    ],
)
def test_infinitives_inventions_callings_and_asides_of_the_forty_ninth_set(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Construction began in 1859, and the Kell Canal opened to shipping in 1869.",
            ("1859", "Construction of the Kell Canal began"),
        ),
        ("Otto Brant sought to build a canal. Construction began in 1859.", ("1859", "Construction began")),
        (
            "Kell’s efforts failed, and the Mahdi’s followers kept control of the region, even after his death in 1885.",
            ("1885", "Death of the Mahdi"),
        ),
        # a place's name of today names no event
        (
            "In 1899, Kell and Orm agreed to divide the Vell islands, Kell taking those now known as Vell Minor.",
            ("1899", "Kell and Orm agreed to divide the Vell islands"),
        ),
    ],
)
def test_constructions_deaths_and_names_of_today(paragraph, expected):
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "For example, after Kellish people were expelled from Orm in 1492, many resettled in the Vell Empire.",
            ("1492", "Kellish people were expelled from Orm"),
        ),
        (
            "In this view, the winds of change began to blow in 1571 when the Kell navy was destroyed in a naval "
            "battle at Lepanto in Greece by the Holy League.",
            ("1571", "The Kell navy was destroyed at Lepanto in Greece"),
        ),
        (
            "For example, from 1864 to 1870, Kell battled the united forces of Orm, Vell, and Arla in the War of the "
            "Triple Alliance.",
            ("1864/1870", "War of the Triple Alliance"),
        ),
        (
            "The Kell Pacific Railroad, constructed largely by Orm and Vell immigrants, was completed in 1885.",
            ("1885", "The Kell Pacific Railroad was completed"),
        ),
        (
            "Although such tires had been invented earlier, Brant’s was the first practical tire to be mass produced, "
            "and he patented his invention in 1888.",
            ("1888", "Brant patented his invention"),
        ),
    ],
)
def test_openers_figures_wars_and_owners_of_the_fiftieth_set(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Conflict erupted in 1520 when the Kellish killed participants in an Orm ritual, and the residents "
            "attacked the conquistadors.",
            ("1520", "The Kellish killed participants in an Orm ritual"),
        ),
        (
            "Kell renewed its argument in 1522 when an expeditionary fleet returned to Orm after circling the globe.",
            ("1522", "An expeditionary fleet returned to Orm after circling the globe"),
        ),
        (
            "Orm began the trend as far back as 1989, but the matter remains controversial.",
            ("1989", "Orm began the trend"),
        ),
        # a name without an article keeps none
        (
            "Kell, which Otto Brant introduced in 1446, was meant for common people.",
            ("1446", "Otto Brant introduced Kell"),
        ),
    ],
)
def test_outbreaks_arguments_trends_and_names_of_the_fiftieth_set(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "However, after Mahmud Orm, the seventh ruler of the Kell-Khanate, converted to Islam in 1295, the khans "
            "became embedded within the communities they governed.",
            ("1295", "Mahmud Orm converted to Islam"),
        ),
        (
            "However, in 1878, federal law set the amount of paper money in circulation, and, as mentioned above, "
            "Brant’s Kell Act was too modest.",
            ("1878", "Federal law set the amount of paper money in circulation"),
        ),
        ("Although Pedro I’s reign was short, it ended with his death in 1826.", ("1826", "Death of Pedro I")),
        ("Construction began on the Kell Road in 1811.", ("1811", "Construction began on the Kell Road")),
    ],
)
def test_ties_owners_and_constructions_the_text_already_names(sentence, expected):
    assert expected in _titles(sentence)


def test_him_after_another_man_the_sentence_acted_on_is_named_for_no_one():
    paragraph = (
        "Otto Brant sailed to Kell. In 1532, he captured Vell, one of the parties in the civil war; the following "
        "year, the Orm executed him, despite his promises."
    )
    assert _titles(paragraph) == [("1532", "Otto Brant captured Vell"), ("1533", "")]
    assert ("1541", "A rival assassinated Otto Brant") in _titles(
        "Otto Brant ruled Kell for years; a rival assassinated him in 1541."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a right says nothing without what it is to
            "In April 1418, Pope Orm V granted the Kellish king the right to all Vellish lands taken from Skern rulers.",
            ("1418-04", "Orm V granted the Kellish king the right to all Vellish lands"),
        ),
        (
            "In 1921, Vell granted the Orm brothers the right to all the land.",
            ("1921", "Vell granted the Orm brothers the right to all the land"),
        ),
        (  # a deed with no doer keeps where it was
            "Fighting in the Caucasus between the Kellish and the Vellish armies began in 1914.",
            ("1914", "Fighting in the Caucasus between the Kellish and the Vellish armies began"),
        ),
        (  # joined what the text named last
            "Many observers saw the creation of the KTO as a triumph of trade. Vell joined in 2001, a clear sign of its "
            "integration into global markets.",
            ("2001", "Vell joined the KTO"),
        ),
        ("The Kell League was founded in 1920. Orm joined in 1921.", ("1921", "Orm joined the Kell League")),
    ],
)
def test_a_right_a_deed_with_no_doer_and_a_body_joined_keep_what_they_need(sentence, expected):
    assert expected in _titles(sentence)


def test_a_body_joined_needs_a_body_the_text_named():
    assert ("1955", "Vell joined") in _titles("In 1955, Vell joined.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the words of a list are one object, not asides
            "In 1923, the Orm burned farms, mills, and barns across Vell.",
            ("1923", "The Orm burned farms, mills, and barns across Vell"),
        ),
        (  # what was led is the uprising, not the tribe
            "In 1680, a Kellish religious leader named Orm led his tribe along with other Vellish people and the "
            "Skern in an uprising against Kellish religious, economic, and cultural abuses in Vell.",
            ("1680", "Orm led an uprising against Kellish abuses in Vell"),
        ),
        ("In 1921, Kell seized the mills, and the workers went on strike.", ("1921", "Kell seized the mills")),
        (  # a list too long for a title gives its first thing
            "The 1733 act placed a sixpence-per-gallon duty on raw sugar, rum, and molasses from Kell’s competitors, "
            "the Orm and the Vell, in order to give an advantage to Skern producers.",
            ("1733", "The 1733 act placed a sixpence-per-gallon duty on raw sugar"),
        ),
    ],
)
def test_a_list_of_words_is_one_object_and_an_uprising_is_what_was_led(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the group is the name it is called by
            "In 1952, a group called the Kell Land and Freedom Army, popularly known as the Orm, began to fight for "
            "independence.",
            ("1952", "The Kell Land and Freedom Army began to fight for independence"),
        ),
        (  # which elections: the relative clause the verb pushed to the end
            "In 1991, Vell ended the policy of apartheid; in 1994, the first elections were held in which all "
            "Vellish people could vote regardless of race.",
            ("1994", "First elections in which all Vellish people could vote"),
        ),
        (  # the colony the kind names
            "A Kellish attack on the Vellish colony of Orm in 1881 gave Vell an excuse to invade Kell.",
            ("1881", "Kellish attack on the Vellish colony of Orm"),
        ),
    ],
)
def test_a_group_by_its_name_elections_by_their_clause_and_a_colony_by_its_name(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # an early year before a verb, and "in the year …", are years
            "Later legal codes such as the Kell Codes in 689 organized monasteries, created a judiciary, and managed "
            "relations between the king’s advisors and vassals.",
            ("689", "The Kell Codes organized monasteries"),
        ),
        (
            "Orm, facing upheaval within his empire, was deposed and then executed in 610 by the newly declared "
            "emperor Vell.",
            ("610", "Orm was executed by the newly declared emperor Vell"),
        ),
        (
            "According to Kellish belief, in the year 610 the middle-aged Orm, who had traveled to a cave just outside "
            "Vell for contemplation, received a vision.",
            ("610", "The middle-aged Orm received a vision"),
        ),
        (  # "until his death from … in the year 632": the death of whom "he" stands for
            "Orm returned to Vell. He spent the next two years expanding his community, until his death from natural "
            "causes in the year 632.",
            ("632", "Death of Orm"),
        ),
    ],
)
def test_early_years_before_a_verb_and_a_death_a_pronoun_owns(sentence, expected):
    assert expected in _titles(sentence)


def test_an_early_number_before_a_noun_is_no_year():
    assert _titles("The army in 300 armed men marched.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # how long it lasted dates its end
            "The Kell Empire was founded by Orm Vell in 322 BCE and lasted until around 185 BCE.",
            ("-185", "End of the Kell Empire"),
        ),
        (  # what the world watched is the deed
            "On February 24, 2022, the world watched in horror and frustration as Kellish tanks rolled across the "
            "Vellish border and began bombing cities.",
            ("2022-02-24", "Kellish tanks rolled across the Vellish border"),
        ),
        (  # a work named after its year
            "Political scientist Orm Vell even published a book on the idea in 1992 called The End of Kell and the "
            "Last Orm.",
            ("1992", "Orm Vell published The End of Kell and the Last Orm"),
        ),
        (  # a capital "An" inside a sentence is a name's
            "Then, in 755, the Kell Empire was rocked by the massive An Lushan rebellion.",
            ("755", "An Lushan Rebellion"),
        ),
        (  # the date is the deed done before the main one
            "Besides controlling the overland route, the Orm commanded ports in Kell after defeating the Vell "
            "Sultanate in 1517, which gave them control over the spice trade.",
            ("1517", "The Orm defeated the Vell Sultanate"),
        ),
        (  # how the blow was struck back
            "In 1400, Orm struck back, destroying the city of Vell in Kell, part of Skern’s domain.",
            ("1400", "Orm destroyed the city of Vell in Kell"),
        ),
        (  # a trailing "sometime" goes with the date it led to
            "Humans practicing rice agriculture developed settlements in the northern zone sometime around 2500 BCE.",
            ("-2500", "Humans practicing rice agriculture developed settlements in the northern zone"),
        ),
    ],
)
def test_ends_watched_deeds_works_named_after_and_deeds_done_before(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # "just" goes with the time it led to
            "In June 1944 the Orm landed. Kell was liberated just two months later.",
            ("1944-08", "Kell was liberated"),
        ),
        (  # an opening "upon doing" sets the time of the main deed
            "For example, upon assuming office in March 1829, President Orm immediately swept employees from over "
            "nine hundred political offices, amounting to 10 percent of all federal appointments.",
            ("1829-03", "President Orm swept employees from over nine hundred political offices"),
        ),
        (  # an article's "An" before one word is an article
            "On June 3, 1864, Orm launched an attack on the Kellish position at Vell.",
            ("1864-06-03", "Orm launched an attack on the Kellish position at Vell"),
        ),
        (  # an age's name and its years
            "The decline of Kellish power unleashed a wave of refugees, opening an age known as the Three Orms "
            "(313–668 CE).",
            ("313/668", "The Three Orms era"),
        ),
        (  # an opening "Together," ties the sentence to the one before
            "Together, the remnants of the Kell and Vell armies expelled Orm forces in 676, ushering in a new era.",
            ("676", "The remnants of the Kell and Vell armies expelled Orm forces"),
        ),
    ],
)
def test_vague_ends_opening_deeds_articles_ages_and_ties(sentence, expected):
    assert expected in _titles(sentence)


def test_a_life_in_brackets_is_no_age():
    assert _titles("Orm Vell (1798–1857) was a writer.") == []


def test_the_city_is_the_place_the_text_last_besieged_or_captured():
    assert ("1396", "The Orm blockaded Vell") in _titles(
        "Kell marched to Vell, hoping to end Skern rule in the region by capturing Vell. In 1396, the Orm blockaded "
        "the city, but the pleas of the emperor led the pope to call for a crusade."
    )
    # a man captured is no city
    assert ("1533", "The Orm entered the capital") in _titles(
        "Kell captured Vell. In 1533, the Orm entered the capital."
    )


def test_an_age_whose_name_says_its_kind_is_named_alone():
    assert _titles("The church entered a period known as the Great Kell Schism (1378–1417).") == [
        ("1378/1417", "The Great Kell Schism")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a fall told to set the scene, to whom and when
            "After the fall of Vell to the Kell Empire in 1453, access to the known routes to spices lay entirely in "
            "Orm hands.",
            ("1453", "Fall of Vell"),
        ),
        (  # his death is the death of the man the sentence opens with
            "Although Orm al-Vell had directed that his empire be split among his brothers and sons upon his death in "
            "1193, his brother Kell had centralized it under his own control.",
            ("1193", "Death of Orm al-Vell"),
        ),
        (  # "until 1303, when …": the when-clause is the event
            "The crisis escalated until 1303, when Orm sent soldiers to Vell to remove Pope Kell.",
            ("1303", "Orm sent soldiers to Vell to remove Pope Kell"),
        ),
        (  # an age that names its kind, with its years
            "The Kellish Classical period (500–323 BCE) was an era of great cultural achievement.",
            ("-500/-323", "The Kellish Classical period"),
        ),
        ("The Vellish Dark Ages (1100–800 BCE) persisted for centuries.", ("-1100/-800", "The Vellish Dark Ages")),
    ],
)
def test_scenes_set_by_a_fall_deaths_when_clauses_and_ages(sentence, expected):
    assert expected in _titles(sentence)


def test_a_death_before_which_no_one_opens_the_sentence_is_no_ones():
    assert ("1920", "") in _titles(
        "Although the Kell army had hoped for peace before his death in 1920, Orm fought on."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # whom "which" stands for is the thing annexed, and the sultan with his name annexed it
            "One portion of the Kell Sultanate was Vell, which the sultan Orm al-Skern annexed in 1304 after years of "
            "ransacking Vellish cities.",
            ("1304", "The sultan Orm al-Skern annexed Vell after years of ransacking Vellish cities"),
        ),
        (  # "a planned invasion of Spain, which took place": the invasion, not Spain
            "Many volunteered, hoping to share in the spoils of a planned invasion of Kell, which took place in 711.",
            ("711", "Invasion of Kell"),
        ),
        (  # how long he ruled goes, with its number
            "The greatest pharaoh was Orm II, who ruled Kell for more than sixty-five years from 1279 to 1213 BCE.",
            ("-1279/-1213", "Orm II ruled Kell"),
        ),
        (  # "in approximately" goes with its date
            "When Orm of Kell built Vell’s first empire in approximately 2300 BCE, he inaugurated a new era.",
            ("-2300", "Orm of Kell built Vell’s first empire"),
        ),
        (  # the rest of a relative clause's list goes with it
            "In 1252, Pope Orm IV authorized the use of torture on suspected heretics, who had to prove their "
            "innocence, confess, or face execution, sometimes by being burned at the stake.",
            ("1252", "Orm IV authorized the use of torture on suspected heretics"),
        ),
        (  # a named battle keeps no dangling "near"
            "The expansion was halted in 751 when a combined army met Kellish forces in the Battle of Vell River near "
            "the town of Orm.",
            ("751", "Battle of Vell River"),
        ),
        (  # a thing known by a name is named by it
            "In 477 BCE, the Orm organized an alliance of Kellish city-states known today as the Vell League, "
            "headquartered on the island of Skern.",
            ("-477", "The Orm organized the Vell League"),
        ),
        (  # "beginning in 1754" opens the clause it dates
            "Already rivals in trade, beginning in 1754 Kell and Vell found themselves enmeshed in a war in Orm.",
            ("1754", "Kell and Vell found themselves enmeshed in a war in Orm"),
        ),
    ],
)
def test_relatives_durations_lists_battles_names_and_beginnings(sentence, expected):
    assert expected in _titles(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # what stayed until a date, when something happened: what happened
            "The Kell Wall remained in place until November 9, 1989, when the border was reopened.",
            ("1989-11-09", "The border was reopened"),
        ),
        ("Kell’s Middle Kingdom (2040–1782 BCE) expanded south toward Orm.", ("-2040/-1782", "Kell’s Middle Kingdom")),
    ],
)
def test_a_state_ended_by_a_when_clause_and_an_owned_age(sentence, expected):
    assert expected in _titles(sentence)


def test_a_span_before_the_era_read_with_its_approximation():
    assert _titles("The Orm ruled the delta for more than a century, from approximately 1650 to 1540 BCE.") == [
        ("-1650/-1540", "The Orm ruled the delta")
    ]


def test_a_sentence_may_open_with_an_accented_capital_and_a_guess_at_earlier_goes():
    assert _titles("Not all the early settlements endured. Ölkell was abandoned around 6000 BCE.") == [
        ("-6000", "Ölkell was abandoned")
    ]
    assert _titles("Agricultural practices reached Vell by 8000 BCE, if not earlier.") == [
        ("-8000", "Agricultural practices reached Vell")
    ]


def test_a_state_that_persisted_until_a_date_names_its_end():
    assert ("672", "End of agitation and civil war") in _titles(
        "Agitation and civil war persisted until 672, when they ended."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a verb whole without an object keeps "to emerge"
            "The earliest complex societies in Kell began to emerge in the Orm River valley around 1000 BCE, at the "
            "start of the Formative period.",
            ("-1000", "The earliest complex societies began to emerge in the Orm River valley"),
        ),
        (  # what the subject is named for comes first, and what it is now is no deed
            "Named for a large earthwork complex occupying 130 acres in today’s Vell, the Orm tradition emerged "
            "around 200 BCE and is one of the most impressive of this period.",
            ("-200", "The Orm tradition emerged"),
        ),
        (  # whose culture: the people's culture
            "Far to the south of the Kell, along the dry coast of Vell, were the Orm, whose culture also emerged "
            "around 200 BCE.",
            ("-200", "The Orm culture emerged"),
        ),
    ],
)
def test_whole_verbs_described_subjects_and_whose_clauses(sentence, expected):
    assert expected in _titles(sentence)


def test_an_after_phrase_between_an_opening_date_and_the_main_clause_leads_in():
    assert _titles(
        "In 421 BCE, after ten years of war, the Kell and Orm agreed to the Peace of Vell, which kept the Orm empire "
        "intact."
    ) == [("-421", "The Kell and Orm agreed to the Peace of Vell")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # "until 1763, when …": what happened then, even where the state's end could be named
            "The war continued until 1763, when the Kell signed the Treaty of Orm.",
            ("1763", "The Kell signed the Treaty of Orm"),
        ),
        (  # a whose-clause ends at its comma
            "Radical pamphleteer Orm Vell, whose enormously popular essay Common Kell was first published in January "
            "1776, advocated a republic: a state without a king.",
            ("1776-01", "Common Kell was first published"),
        ),
        (  # a lead-in's place keeps its state
            "In 1808, after a short stop in Kell, Vell, the royal family and their courtiers were welcomed by Orm "
            "colonists.",
            ("1808", "The royal family and their courtiers were welcomed by Orm colonists"),
        ),
    ],
)
def test_until_when_whose_clauses_and_a_place_in_a_lead_in(sentence, expected):
    assert expected in _titles(sentence)


def test_a_change_of_climate_is_a_noun_not_a_verb_cut_short():
    assert _titles("Between 6000 and 2500 BCE, the Kell witnessed a great drying.") == [
        ("-6000/-2500", "The Kell witnessed a great drying")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The origins of the Kell settlement date to about 400 BCE, but major building at the site did not begin "
            "until centuries later.",
            ("-400", "Origins of the Kell settlement"),
        ),
        (
            "Some of the earliest evidence of maize cultivation in the area dates from about 2250 BCE and comes from "
            "what is now Vell.",
            ("-2250", "Earliest evidence of maize cultivation in the area"),
        ),
        (
            "The start of the Orm civilization, at a site known as Kell in the modern state of Vell, stretches back to "
            "about 1350 BCE.",
            ("-1350", "Start of the Orm civilization"),
        ),
    ],
)
def test_a_thing_that_dates_back_to_a_year_is_named_by_itself(sentence, expected):
    assert expected in _titles(sentence)


def test_a_pronoun_that_dates_back_names_nothing():
    assert _titles("It dates to 1920.") == [("1920", "")]


def test_a_thing_dated_back_is_named_by_its_apposition_and_never_by_two_bare_words():
    assert _titles("The oldest discovered, Kell Brake in northern Vell, dates from around 3900 BCE.") == [
        ("-3900", "Kell Brake")
    ]
    assert _titles("The earliest evidence dates to about 1000 BCE and comes from Central Vell.") == [("-1000", "")]


def test_a_noun_a_name_qualifies_keeps_up_to_two_words_but_not_a_verb_after_them():
    assert _titles(
        "Of greatest note was the attack on the Kell passenger ship, the Orm, on its way from Vell to Skern on May 7, 1915."
    ) == [("1915-05-07", "Attack on the Kell passenger ship")]
    assert _titles("The attack on the Kell fleet sails past in 1918 history books.") == [
        ("1918", "Attack on the Kell fleet")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Farming reached the Kell valley by 8000 BCE if not earlier.", ("-8000", "Farming reached the Kell valley")),
        (
            "The earliest settlements in Vell, from 8000 to 7000 BCE, were located along the Kell River.",
            ("-8000/-7000", "The earliest settlements in Vell were located along the Kell River"),
        ),
        (
            "Beginning around 6000 BCE, the grasslands of Orm began to give way to sand.",
            ("-6000", "The grasslands of Orm began to give way to sand"),
        ),
    ],
)
def test_words_a_cut_date_left_hanging_go(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_hanging_preposition_goes_but_a_phrasal_verb_keeps_its_particle():
    assert without_dangling_words("Battle of Kell River near") == "Battle of Kell River"
    assert without_dangling_words("Orm built an empire in") == "Orm built an empire"
    assert without_dangling_words("Kell and Orm signed on") == "Kell and Orm signed on"
    assert without_dangling_words("Kell fell in") == ""  # too little left to tell a deed


def test_an_office_holder_who_did_the_deed_is_no_event_name():
    assert _titles("Kell Orm was appointed Secretary of State by President Vell Skern on March 7, 1825.") == [
        ("1825-03-07", "Kell Orm was appointed Secretary of State by President Vell Skern")
    ]


def test_him_before_a_preposition_is_the_one_the_text_is_about():
    found = events(
        [
            Block(HEADING, "Orm Skern", "Orm Skern", 1),
            Block(PARAGRAPH, "Skern was a professor.", "Skern was a professor.", 2),
            Block(
                PARAGRAPH,
                "On November 3, 1975, President Kell Vell removed him from his Security Adviser position.",
                "On November 3, 1975, President Kell Vell removed him from his Security Adviser position.",
                3,
            ),
        ],
        None,
        "sections/01.md",
    )
    assert [(e.date, e.title) for e in found] == [
        ("1975-11-03", "Kell Vell removed Orm Skern from his Security Adviser position")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kell issued Department Order 1301, which moved the office.",
        "General Order No. 1120 reached Orm.",
        "See page 1450.",
        "Kell’s Senate Bill 1070 drew protests.",
        "Voters approved Proposition 1030.",
    ],
)
def test_a_number_that_names_a_thing_is_no_year(sentence):
    assert find_dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vell’s successor, Kell Orm, another Skerner, was appointed Secretary for Foreign Affairs on May 7, 1784.",
            ("1784-05-07", "Kell Orm was appointed Secretary for Foreign Affairs"),
        ),
        (
            "The office stood empty until January 1975, when the former Atomic Energy Commissioner, Kell Lee Orm, "
            "took the job.",
            ("1975-01", "Kell Lee Orm took the job"),
        ),
        ("In 1950, the Secretary of State, Vell Skern, moved the office.", ("1950", "Vell Skern moved the office")),
        (
            "In October 1973, Kell passed legislation creating the Bureau of Orm Affairs, to handle the seas.",
            ("1973-10", "Kell created the Bureau of Orm Affairs"),
        ),
    ],
)
def test_a_person_described_or_given_an_office_is_named_and_a_law_creating_a_body_created_it(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In early 1786, Kell appointed Orm Vell, a merchant whose ship had just returned from a voyage to the "
            "east, as consul at the western trading port, Skern.",
            ("1786", "Kell appointed Orm Vell as consul at the western trading port, Skern"),
        ),
        (
            "In 1867 Kell negotiated with the Orm minister in Vell for the purchase of Skern.",
            ("1867", "Kell negotiated the purchase of Skern"),
        ),
    ],
)
def test_an_office_given_stays_with_its_verb_and_what_was_negotiated_is_the_news(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kell managed affairs during the Orm War and also negotiated the 1867 purchase of Vell.",
            ("1867", "Purchase of Vell"),
        ),
        ("The 1956 invasion of Skern shocked the West.", ("1956", "Invasion of Skern")),
    ],
)
def test_a_deed_the_year_qualifies_is_the_title_not_a_war_named_near_it(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kell became a leader of an anti-Orm group of Congressmen known as the Vell Hawks in 1811.",
            ("1811", "Kell became a leader of the Vell Hawks"),
        ),
        (
            "Kell became the first person to serve as both Secretary and Adviser, a position he had held since "
            "President Orm was sworn into office on January 20, 1969.",
            ("1969-01-20", "President Orm was sworn into office"),
        ),
        (
            "In 1957, Kell Orm became the Associate Director of Vell’s Department of Government and Center for "
            "International Affairs.",
            (
                "1957",
                "Kell Orm became the Associate Director of Vell’s Department of Government and Center for "
                "International Affairs",
            ),
        ),
    ],
)
def test_a_group_known_by_a_name_a_since_clause_and_an_institutions_for(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_declaration_is_still_an_event():
    assert _titles("In 1823 Kell declared that the Orm lands were closed.") == [
        ("1823", "Kell declared that the Orm lands were closed")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "When Kell invaded his small, oil-rich neighbor in the summer of 1990, the office faced its first crisis.",
            ("1990", "Kell invaded his small, oil-rich neighbor"),
        ),
        ("In 1990 Kell invaded the town, burned it and left.", ("1990", "Kell invaded the town")),
        (
            "First, Kell gave the green light to an Orm-initiated invasion of the Bay of Vell in Skern in 1961.",
            ("1961", "Orm-initiated invasion of the Bay of Vell"),
        ),
        (
            "In March 1983, the President announced the Kell Initiative and called the Orm Union an “evil empire”.",
            ("1983-03", "The President announced the Kell Initiative"),
        ),
    ],
)
def test_commas_between_adjectives_a_place_after_a_name_and_a_thing_called_names(sentence, expected):
    assert _titles(sentence) == [expected]


def test_he_is_never_the_one_his_own_deed_is_done_to():
    text = (
        "Orm had no wish to tell the Council more. But first he had to control what Kell revealed in his message. "
        "On November 22, 1869, he handed President Kell a confidential abstract on foreign relations."
    )
    found = events([Block(PARAGRAPH, text, text, 1)], None, "sections/01.md")
    assert [(e.date, e.title) for e in found] == [("1869-11-22", "")]


def test_a_name_s_suffix_and_an_under_secretary_open_no_scene():
    assert _titles(
        "In 1943, Under Secretary of State Kell R. Orm, Jr. immediately began a major reorganization of the Department."
    ) == [("1943", "Kell R. Orm Jr. began a major reorganization of the Department")]


def test_the_next_deed_of_a_list_and_a_time_cut_short_go():
    assert _titles(
        "Kell graduated from the College of Orm in 1762, studied law, and was admitted to the bar in 1767."
    ) == [
        ("1762", "Kell graduated from the College of Orm"),
        ("1767", "Kell was admitted to the bar"),
    ]
    assert without_dangling_words("Kell appointed Orm Governor of Vell later") == "Kell appointed Orm Governor of Vell"


def test_she_may_marry_someone_of_her_own_name():
    text = "Vell Kell was a niece of Orm. In 1905 she married Skern Kell and had six children."
    found = events([Block(PARAGRAPH, text, text, 1)], None, "sections/01.md")
    assert [(e.date, e.title) for e in found] == [("1905", "Vell Kell married Skern Kell and had six children")]


def test_him_given_an_office_is_the_one_the_text_is_about_not_the_subject():
    found = events(
        [
            Block(HEADING, "Orm Skern", "Orm Skern", 1),
            Block(PARAGRAPH, "Skern was a diplomat.", "Skern was a diplomat.", 2),
            Block(
                PARAGRAPH,
                "President Kell Vell appointed him Minister Resident to Orm in 1794.",
                "President Kell Vell appointed him Minister Resident to Orm in 1794.",
                3,
            ),
        ],
        None,
        "sections/01.md",
    )
    assert [(e.date, e.title) for e in found] == [("1794", "Kell Vell appointed Orm Skern Minister Resident to Orm")]


def test_a_term_day_to_day_and_a_deeds_second_term_are_spans_of_their_own():
    assert _titles("Kell served as Secretary of State from January 21, 1949, through January 20, 1953.") == [
        ("1949-01-21/1953-01-20", "Kell served as Secretary of State")
    ]
    assert _titles("Kell returned to the Orm Senate from 1831 to 1842 and from 1849 to 1852.") == [
        ("1831/1842", "Kell returned to the Orm Senate"),
        ("1849/1852", "Kell returned to the Orm Senate"),
    ]


def test_a_shared_subject_after_but_and_a_list_of_dated_participle_deeds():
    text = (
        "Skern ran for Governor of Vell in 1910, but was then appointed Secretary of War by President Kell "
        "in 1911. Between 1918 and 1926, he served as an envoy to Orm, mediating a dispute between Vell and "
        "Kell in 1925, and negotiating an end to the Orm civil war in 1927."
    )
    found = events(
        [
            Block(HEADING, "Orm Skern", "Orm Skern", 1),
            Block(PARAGRAPH, "Skern was a lawyer.", "Skern was a lawyer.", 2),
            Block(PARAGRAPH, text, text, 3),
        ],
        None,
        "sections/01.md",
    )
    titles = dict((e.date, e.title) for e in found)
    assert titles["1911"] == "Skern was appointed Secretary of War by President Kell"
    assert titles["1925"] == "Orm Skern mediated a dispute between Vell and Kell"
    assert titles["1927"] == "Orm Skern negotiated an end to the Orm civil war"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On May 19, 1789, Kell Orm proposed the creation of a Department of Foreign Affairs.",
            ("1789-05-19", "Kell Orm proposed the creation of a Department of Foreign Affairs"),
        ),
        (
            "Their long rivalry produced its first result in December 1987, when Kell and Orm signed the Vell Treaty.",
            ("1987-12", "Kell and Orm signed the Vell Treaty"),
        ),
    ],
)
def test_a_proposal_made_is_a_deed_and_a_when_clause_tells_what_a_vague_clause_does_not(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The purchase of Vell from Kell in 1867 was also a triumph for Orm.", ("1867", "Purchase of Vell from Kell")),
        (
            "The first step was the “Kell Doctrine” of March 1947, which reflected Orm's mood.",
            ("1947-03", "Kell Doctrine"),
        ),
    ],
)
def test_a_deed_judged_as_the_subject_and_a_quoted_name_the_date_dates(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_gerund_subject_after_and_is_no_participle_and_her_before_a_name_is_hers():
    assert _titles("Kell made a plan in 1936, and rationing began in August 1939.")[-1] == (
        "1939-08",
        "Rationing began",
    )
    text = "Vell Orm was a writer. In 1791, Orm gave her Skern estate to the town."
    found = events([Block(PARAGRAPH, text, text, 1)], None, "sections/01.md")
    assert [(e.date, e.title) for e in found] == [("1791", "Vell Orm gave her Skern estate to the town")]


def test_a_battle_told_with_an_adjective_is_the_battle():
    assert _titles(
        "Their advances were reversed by the devastating battle of Kell, which took place from August 23, 1942 "
        "until February 2, 1943."
    ) == [("1942-08-23/1943-02-02", "Battle of Kell")]


def test_a_long_deed_on_its_own_thing_is_cut_before_of_when_nothing_else_can_go():
    assert _titles(
        "On July 23, 1980, Kell reported that Orm had completed its re-review of half of the 19 volumes affected."
    ) == [("1980-07-23", "Kell reported that Orm had completed its re-review")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of names, or of adjectives one of which is capitalized, is one object, no clause's end
        (
            "In 1907, the Salt Entente was created between Kell, Leeds and Hull.",
            ("1907", "The Salt Entente was created between Kell, Leeds and Hull"),
        ),
        (
            "In 1935, the Kell memoirs showed academic, public, Congressional, and foreign interest.",
            ("1935", "The Kell memoirs showed academic, public, Congressional, and foreign interest"),
        ),
        # places too many for a title go whole; one of them would mislead
        (
            "Orm and Vell held four summit meetings between November 1985 and May 1988 in Kell, Skern, Leeds, and Hull.",
            ("1985-11/1988-05", "Orm and Vell held four summit meetings"),
        ),
        # "for the first time" before the object is an aside; what was established is the news
        (
            "In 1925, a council order established for the first time explicit rules for the Kell archive.",
            ("1925", "A council order established explicit rules for the Kell archive"),
        ),
        # "as scheduled", "the next year", a second month alone: what the date says, or what is left of it
        (
            "In spite of protests, the guilds began the building of the dam as scheduled in November 1983.",
            ("1983-11", "The guilds began the building of the dam"),
        ),
        (
            "Although Kell and Leeds gave the desired approvals in June and September 1938, Hull refused.",
            ("1938-06/1938-09", "Kell and Leeds gave the desired approvals"),
        ),
        # "by treaty" between the verb and its object is how, and no clause's end
        (
            "Orm helped secure, by treaty, the right to the Skern toll in 1903.",
            ("1903", "Orm helped secure the right to the Skern toll"),
        ),
        # what a document asked for is what it was
        (
            "In 1848, the assembly passed a resolution calling for a new charter.",
            ("1848", "The assembly passed a resolution calling for a new charter"),
        ),
        # who the subject was, said before the subject, is no part of it
        (
            "A founder of the Salt Party, Orm was elected mayor of Kell in 1796.",
            ("1796", "Orm was elected mayor of Kell"),
        ),
        ("The son of a farmer, Vell Orm moved to Skern in 1797.", ("1797", "Vell Orm moved to Skern")),
        # when, said before the subject, is no part of it either; a clause of its own before a name is
        (
            "On November 27, 1963, a few days after taking the oath of office, Mayor Orm addressed the council.",
            ("1963-11-27", "Mayor Orm addressed the council"),
        ),
        (
            "In 1961, a short few months into his term, Kell authorized a secret raid on Skern.",
            ("1961", "Kell authorized a secret raid on Skern"),
        ),
        # the bar one is admitted to is no place to cut
        (
            "After a short schooling, Orm read law and gained admission to the bar in both Kell and Skern in 1797.",
            ("1797", "Orm read law and gained admission to the bar in both Kell and Skern"),
        ),
        # what was affirmed, lamented or determined is the news, and no deed of its own
        ("In 1990, Kell affirmed that Orm would pay the toll.", ("1990", "Kell affirmed that Orm would pay the toll")),
        (
            "On October 19, 1990, Senator Orm lamented that the archive was closed.",
            ("1990-10-19", "Senator Orm lamented that the archive was closed"),
        ),
        (
            "In 1978, Vell Orm determined that declassification was a permanent function.",
            ("1978", "Vell Orm determined that declassification was a permanent function"),
        ),
    ],
)
def test_lists_asides_and_words_the_date_tells_in_titles(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_duty_entered_or_served_says_which_office_and_serving_until_death_is_dying_in_office():
    assert _titles(
        "Vell Orm was appointed Secretary of State by President Kell on March 5, 1817. "
        "He served from September 22, 1817, until March 3, 1825."
    ) == [
        ("1817-03-05", "Vell Orm was appointed Secretary of State by President Kell"),
        ("1817-09-22/1825-03-03", "Vell Orm served as Secretary of State"),
    ]
    assert _titles(
        "Kell Skern was appointed Secretary of State in President Orm’s Cabinet on September 30, 1898, and entered "
        "into duty the same day. He served until his death in office on July 1, 1905."
    )[1:] == [
        ("1898-09-30", "Kell Skern entered into duty as Secretary of State"),
        ("1905-07-01", "Kell Skern died in office"),
    ]
    # two offices named before: which one, the text does not say
    assert _titles(
        "Vell Orm was appointed Secretary of War in 1899 and elected Senator from Kell in 1903. "
        "He served from 1905 until 1909."
    )[-1] == ("1905/1909", "Vell Orm served")


def test_offices_served_in_two_years_each_have_their_year_and_an_aside_before_the_office_given_goes():
    assert _titles("Tam Skern served as Minister to Kell in 1873 and Minister to Orm in 1889.") == [
        ("1873", "Tam Skern served as Minister to Kell"),
        ("1889", "Tam Skern served as Minister to Orm"),
    ]
    assert _titles(
        "In 1869, Mayor Orm made Tam Vell, a friend from Skern, Kell, the Secretary of State for 12 days."
    ) == [("1869", "Mayor Orm made Tam Vell the Secretary of State")]


def test_offices_served_one_after_another_each_have_their_span():
    assert _titles(
        "In addition to his missions abroad, Orm went on to serve as Senator from Kell from 1803 to 1808, "
        "Mayor of Skern from 1825 to 1829, and Governor of Kell from 1831 to 1848."
    ) == [
        ("1803/1808", "Orm served as Senator from Kell"),
        ("1825/1829", "Orm served as Mayor of Skern"),
        ("1831/1848", "Orm served as Governor of Kell"),
    ]


def test_a_clause_before_a_name_that_the_next_sentence_repeats_is_no_subject():
    assert _titles(
        "The chronicle of Orm II begins with his father, Orm I. Orm I took the Kell throne in 1625 and soon married."
    ) == [("1625", "")]


@pytest.mark.parametrize(
    "sentence",
    [
        # which resolution, what the despatch said, what the reply was: the title does not say
        "On December 13, 1869, the House passed a similar resolution.",
        "In 1874, the council passed legislation.",
        "On September 28, 1861, Orm sent a despatch to Kell.",
        "On October 10, 1862, Orm wrote back.",
        "On January 18, 1929, Mrs. Orm replied two days later.",
        "In 1498, Tam Orm became the first Kellite to sail all the way around the Cape of Skern and across the ocean to Vell.",
        "In 1498, Tam Orm became the first European to sail all the way around the Cape of Skern and across the wide ocean to Vell.",
    ],
)
def test_a_title_that_does_not_say_what_was_passed_sent_or_replied_is_left_for_the_author(sentence):
    assert {title for _, title in _titles(sentence)} == {""}


def test_an_abbreviation_that_ends_the_sentence_keeps_its_period_and_a_later_time_goes():
    assert _titles("In 1950, Kell earned a B.A.") == [("1950", "Kell earned a B.A.")]
    assert _titles("In 1874, the council passed legislation creating the Bureau of Kell.") == [
        ("1874", "The council created the Bureau of Kell")
    ]
    assert _titles("In 1858, Kell graduated from Skern College two years later.")[0] == (
        "1858",
        "Kell graduated from Skern College",
    )


def test_a_long_office_before_an_objects_name_goes_and_a_month_after_a_name_is_no_march():
    assert _titles(
        "In late November 1961, Orm replaced Vell with Under Secretary of State for Economic Affairs Tam Skern, "
        "who was the principal Europeanist."
    ) == [("1961-11", "Orm replaced Vell with Tam Skern")]
    assert _titles("In 1947, Orm met with Secretary of State Tam Skern.") == [
        ("1947", "Orm met with Secretary of State Tam Skern")
    ]
    assert _titles("Tam Vell was appointed Secretary of State by Tam Orm on March 5, 1861.") == [
        ("1861-03-05", "Tam Vell was appointed Secretary of State by Tam Orm")
    ]
    assert _titles("The Kell March on March 7, 1965 turned violent.") == [("1965-03-07", "Kell March")]


def test_the_volume_and_the_dispute_are_the_ones_the_text_named():
    text = (
        "The Kell volume was compiled in 1954. In November 1955, Orm approved the volume’s publication. "
        "The Skern dispute began in 1840. In 1846, Tam Vell settled the dispute."
    )
    assert _titles(text)[1::2] == [
        ("1955-11", "Orm approved the Kell volume’s publication"),
        ("1846", "Tam Vell settled the Skern dispute"),
    ]


def test_the_first_to_do_something_keeps_what_or_is_left_for_the_author():
    assert _titles("In 1922, Vell became the first woman to enter the Skern council.") == [
        ("1922", "Vell became the first woman to enter the Skern council")
    ]
    assert _titles(
        "In November 1922, the Kell archaeologist Tam Orm became the first person to enter the inner chambers of "
        "King Vell’s tomb in thousands of years."
    ) == [("1922-11", "Tam Orm became the first person to enter the inner chambers of King Vell’s tomb")]


def test_a_place_that_ends_a_longer_name_makes_no_event_of_the_kind_after_it():
    assert _titles(
        "Mayor Tam Orm issued a directive implementing the Department of Kell plan on November 12, 1985."
    ) == [("1985-11-12", "Mayor Tam Orm issued a directive implementing the Department of Kell plan")]


def test_a_duty_assumed_a_capacity_served_in_and_a_position_left_say_which_office():
    assert _titles(
        "Tam Vell was appointed by President Orm as Secretary of State on April 2, 1811. "
        "Vell assumed duty on April 6, 1811, and served until March 3, 1817."
    )[:2] == [
        ("1811-04-02", "Tam Vell was appointed by President Orm as Secretary of State"),
        ("1811-04-06", "Tam Vell assumed duty as Secretary of State"),
    ]
    assert _titles(
        "Kell Vell was appointed Secretary of State by President Orm on March 5, 1841. He entered duty the next day. "
        "Vell left the position on October 24, 1852."
    )[1:] == [
        ("1841-03-06", "Kell Vell entered duty as Secretary of State"),
        ("1852-10-24", "Kell Vell left the position of Secretary of State"),
    ]
    assert _titles(
        "Tam Skern was appointed Secretary of State by Mayor Orm on March 6, 1829. "
        "Skern served in that capacity from March 28, 1829, to March 23, 1831."
    )[1] == ("1829-03-28/1831-03-23", "Tam Skern served as Secretary of State")


def test_a_comma_after_the_date_before_the_next_deed_of_a_list_ends_the_clause():
    assert _titles(
        "Orm graduated from Kell College in 1801, began teaching school, and joined the Skern bar in 1805."
    ) == [
        ("1801", "Orm graduated from Kell College"),
        ("1805", "Orm joined the Skern bar"),
    ]


def test_a_surname_keeps_its_particle_and_becoming_convinced_of_what_the_cut_took_is_left_for_the_author():
    text = "Tam Van Orm was a lawyer. His progress was cut short when the Senate rejected his nomination in January of 1832."
    assert _titles(text) == [("1832-01", "The Senate rejected Van Orm's nomination")]
    text = "Van Orm was a lawyer. In 1832, the Senate rejected his nomination."  # the text names him so alone
    assert _titles(text) == [("1832", "The Senate rejected Van Orm's nomination")]
    assert _titles(
        "While serving as mayor in 1811, Vell became convinced that a declaration of war against Kell was the best "
        "option to change the offensive policies of the Skern guilds."
    ) == [("1811", "")]


def test_the_day_a_term_of_office_ended_is_an_event_of_its_own():
    assert _titles(
        "Tam Vell was appointed Secretary of State by Mayor Orm on March 5, 1801. "
        "He entered duty on May 2, 1801, and served until March 3, 1809."
    ) == [
        ("1801-03-05", "Tam Vell was appointed Secretary of State by Mayor Orm"),
        ("1801-05-02", "Tam Vell entered duty as Secretary of State"),
        ("1809-03-03", "Tam Vell’s service as Secretary of State ended"),
    ]
    # a year alone only bounds the service; and with no office named, "served" on its last day is no title
    assert _titles("Tam Vell was a lawyer. He served until 1809.") == []
    assert _titles("Tam Vell was a lawyer. He served until March 3, 1809.") == [("1809-03-03", "")]


def test_a_year_and_served_until_another_is_the_span_of_the_office():
    assert _titles("Tam Kell was elected a Senator in 1827 and served until 1841.") == [
        ("1827/1841", "Tam Kell was elected a Senator")
    ]
    assert _titles("Tam Kell was a lawyer in 1823. That year he became a Senator and served until 1841.")[1] == (
        "1823/1841",
        "Tam Kell became a Senator",
    )
    # served until a year that follows another clause's date is not this deed's end
    assert _titles("Vell was elected in 1840, and in 1842 he married, and served until 1844.")[0] == (
        "1840",
        "Vell was elected",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a nomination sought is a campaign, done; seeking to do something is an aim
        (
            "In 1928, Tam Orm sought the Kell Party’s nomination for mayor.",
            ("1928", "Tam Orm sought the Kell Party’s nomination for mayor"),
        ),
        ("In 1930, Tam Orm sought to end the war.", ("1930", "")),
        # why the honour was given leads in; the honour is the deed
        (
            "For his efforts in creating the Kell League, Tam Orm was honored with the Skern Prize in 1945.",
            ("1945", "Tam Orm was honored with the Skern Prize"),
        ),
        # the deed the subject names is the event, what it began the author's comment
        (
            "Tam Orm’s election to the Vell House of Delegates in 1782 began a long series of public appointments.",
            ("1782", "Tam Orm’s election to the Vell House of Delegates"),
        ),
        # "by becoming …" with the date in it: the means is the deed
        (
            "Tam Orm remained at the center of Kell politics by becoming Chairman of the Vell Committee in 1921.",
            ("1921", "Tam Orm became Chairman of the Vell Committee"),
        ),
        ("Tam Orm expanded the trade of Kell by purchasing Skern in 1867.", ("1867", "Tam Orm purchased Skern")),
        # "by 1776 he was elected": the choosing is in that year
        ("By 1776 Tam Orm was elected to the Vell Assembly.", ("1776", "Tam Orm was elected to the Vell Assembly")),
        ("By 1939, Kell controlled Skern.", None),
        # an adjective a cut left at the end is no title
        ("Tam Orm began the first of his two presidential terms in 1809.", ("1809", "")),
    ],
)
def test_what_was_sought_honored_begun_or_become_is_the_deed(sentence, expected):
    found = _titles(sentence)
    assert (found[0] if found else None) == expected


def test_each_office_or_named_act_of_a_list_has_its_own_date_and_title():
    assert _titles(
        "Among many other positions including Secretary of State, Tam Orm served as a member of the Congress of "
        "the Confederation from 1783 until 1786, a U.S. Senator from 1790 until 1794, and U.S. President from 1817 "
        "until 1824."
    ) == [
        ("1783/1786", "Tam Orm served as a member of the Congress of the Confederation"),
        ("1790/1794", "Tam Orm served as a U.S. Senator"),
        ("1817/1824", "Tam Orm served as U.S. President"),
    ]
    assert _titles(
        "Tam Orm served in the Vell House of Delegates from 1784 to 1786, the Kell Convention of 1786, and the "
        "Skern Convention of 1787."
    ) == [
        ("1784/1786", "Tam Orm served in the Vell House of Delegates"),
        ("1786", "Kell Convention"),
        ("1787", "Skern Convention"),
    ]
    assert _titles("Acts followed, including the Embargo Act of 1807 and the Non-Intercourse Act of 1809.") == [
        ("1807", "Embargo Act"),
        ("1809", "Non-Intercourse Act"),
    ]
    assert _titles("Kell fought the Battle of Orm in 1801 and the Battle of Vell in 1803.") == [
        ("1801", "Kell fought the Battle of Orm"),
        ("1803", "Kell fought the Battle of Vell"),
    ]


def test_an_office_held_for_years_a_second_bar_and_a_position_left_are_deeds_with_their_own_dates():
    assert _titles(
        "Tam Orm was an Assistant District Attorney of Kell County from 1938 to 1942 and then again from 1946 to 1947."
    ) == [
        ("1938/1942", "Tam Orm served as Assistant District Attorney of Kell County"),
        ("1946/1947", "Tam Orm served as Assistant District Attorney of Kell County"),
    ]
    assert _titles("Tam Orm was a lawyer from 1901 to 1905.") == [("1901/1905", "")]  # a calling, not an office
    assert _titles("Tam Orm was admitted to the Kell bar in 1937 and to the Vell bar in 1950.") == [
        ("1937", "Tam Orm was admitted to the Kell bar"),
        ("1950", "Tam Orm was admitted to the Vell bar"),
    ]
    assert _titles(
        "Tam Orm was appointed Secretary of State by Mayor Vell on January 20, 2001. "
        "He served for four years, leaving the position on January 26, 2005."
    )[1] == ("2005-01-26", "Tam Orm left the position of Secretary of State")
    assert _titles("The storm hit Kell in 1900, leaving 50 dead.") == [("1900", "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a step of the subject's own life leads in; the deed of that year is the main clause's
        (
            "After his graduation in 1958, Tam Orm was commissioned a second lieutenant in the Kell Army.",
            ("1958", "Tam Orm was commissioned a second lieutenant in the Kell Army"),
        ),
        ("After his retirement in 1993, Tam Orm founded the Vell League.", ("1993", "Tam Orm founded the Vell League")),
        ("After the war ended in 1945, Tam Orm returned home.", ("1945", "The war ended")),
        # "next" between the subject and the verb
        (
            "Tam Orm was a lawyer. He next served as Mayor of Kell from 1801 to 1803.",
            ("1801/1803", "Tam Orm served as Mayor of Kell"),
        ),
        # what was asked for, and why, is no order given to someone
        (
            "Mayor Vell asked for the resignation of his entire cabinet in 1831 in order to end his feud with Orm.",
            ("1831", "Mayor Vell asked for the resignation of his entire cabinet"),
        ),
        # "Orm later joined": the subject, not a time like "two months later"
        (
            "Tam Orm later joined the Kell Party and was an unsuccessful candidate for the Vell Senate in 1861.",
            ("1861", "Tam Orm was an unsuccessful candidate for the Vell Senate"),
        ),
        (
            "Tam Orm was an unsuccessful candidate for the Vell Senate in 1861.",
            ("1861", "Tam Orm ran unsuccessfully for the Vell Senate"),
        ),
        (
            "Tam Orm was a contender for the Kell candidacy for mayor in 1876, but failed to win it.",
            ("1876", "Tam Orm contended for the Kell candidacy for mayor"),
        ),
        ("Kell moved to Orm in 1801 and Vell fell in 1805.", ("1801", "")),
    ],
)
def test_a_lead_in_step_an_adverb_or_a_purpose_leaves_the_deed(sentence, expected):
    found = _titles(sentence)
    assert (found[-1] if "He next" in sentence else found[0]) == expected


def test_a_term_told_from_before_it_a_birthplace_lead_and_a_body_that_confirmed_someone():
    assert _titles(
        "Tam Orm would also serve as a Kell Senator from Vell from 1803 until 1811, and then as Representative from "
        "Vell from 1813 until 1817."
    ) == [
        ("1803/1811", "Tam Orm served as a Kell Senator from Vell"),
        ("1813/1817", "Tam Orm served as Representative from Vell"),
    ]
    assert _titles("Born in Skern, Vell, Tam Orm graduated from Kell College in 1763.") == [
        ("1763", "Tam Orm graduated from Kell College")
    ]
    # a body is no "he": the one person it acted on is whom the next sentence means
    assert _titles(
        "Mayor Tam Vell nominated Kell Orm to be Secretary of State on May 12, 1800. The Senate confirmed Orm as "
        "Secretary of State the next day. He served as Secretary of State from June 6, 1800, until February 4, 1801."
    )[-1] == ("1800-06-06/1801-02-04", "Kell Orm served as Secretary of State")
    assert _titles(
        "In 1777 Tam Orm was appointed Adjutant General and the Kell Congress elected him as a member of the Board."
    ) == [("1777", "Tam Orm was appointed Adjutant General")]
    assert _titles("In 1789 Kell and the Vell Congress elected Orm.") == [
        ("1789", "Kell and the Vell Congress elected Orm")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the news sent, not the siege it told of
        (
            "On June 22, 1863, Orm updated Vell on the continuing siege of Skern, Kell’s movements in Tamland, and the "
            "elevation of General Brant to lead the army.",
            ("1863-06-22", "Orm updated Vell on the continuing siege of Skern"),
        ),
        # what was done by way of answer, even when "those resolutions" points back
        (
            "So on December 3, 1861, the Executive branch responded to those resolutions by releasing the first Kell volume.",
            ("1861-12-03", "The Executive branch released the first Kell volume"),
        ),
        # how long ago the author wrote leads in
        ("Two centuries ago, in 1820, Kell was founded.", ("1820", "Kell was founded")),
        # what was sought that is no deed done
        ("In 1928, the people of Kell sought greater security.", ("1928", "")),
    ],
)
def test_the_news_the_answer_and_the_lead_in_of_a_dated_deed(sentence, expected):
    assert _titles(sentence)[0] == expected


def test_a_noun_in_ing_ends_a_title_and_a_purpose_cut_inside_its_quotation_goes():
    assert _titles("In 1925, the Kell School was founded to provide specialized training in languages.") == [
        ("1925", "The Kell School was founded to provide specialized training in languages")
    ]
    assert _titles(
        "In November 1775, Congress established the Committee of Secret Correspondence to “correspond with friends” "
        "and prospective supporters abroad and to send commissioners to other key countries."
    ) == [("1775-11", "Congress established the Committee of Secret Correspondence")]


def test_the_year_a_volume_covers_is_its_name_when_the_sentence_dates_its_publication():
    assert _titles("The 1872 Kell Relations volume was published on January 8, 1873.") == [
        ("1873-01-08", "The 1872 Kell Relations volume was published")
    ]
    # a volume of a year, with no other day: that year may be when it appeared
    assert _titles("The order had been reprinted in a 1928 Kell volume.")[0][0] == "1928"


def test_the_first_to_do_something_told_inverted_is_who_became_the_first():
    assert _titles("The first woman to enter the Kell Service was Tam R. Orm in 1925.") == [
        ("1925", "Tam R. Orm became the first woman to enter the Kell Service")
    ]
    assert _titles("The first woman to fly the ocean was Tam Orm in 1932, a pilot.") == [("1932", "")]


def test_a_resignation_a_departure_an_appointment_and_a_tenure_say_which_office():
    assert _titles(
        "Tam Orm was appointed Secretary of State by Mayor Vell on March 6, 1809. "
        "He resigned on April 1, 1811, and did not return to government service."
    )[1] == ("1811-04-01", "Tam Orm resigned as Secretary of State")
    assert _titles(
        "Tam Orm succeeded Kell Vell as Secretary of State on January 2, 1794. "
        "Orm departed on August 20, 1795, following a struggle to keep the peace."
    )[1] == ("1795-08-20", "Tam Orm left office as Secretary of State")
    assert _titles("Tam Orm was appointed by Mayor Kell Vell as ad interim Secretary of State on August 20, 1795.")[
        0
    ] == ("1795-08-20", "Tam Orm was appointed by Mayor Kell Vell as ad interim Secretary of State")
    assert _titles(
        "Tam Orm was appointed Secretary of State by Mayor Vell on May 24, 1831. "
        "His tenure as Secretary of State ended on May 29, 1833."
    )[1] == ("1833-05-29", "Tam Orm’s tenure as Secretary of State ended")
    assert _titles(
        "Tam Orm was appointed Secretary of State on June 29, 1892. After leaving office in 1893, Orm went home."
    )[1] == ("1893", "Tam Orm left office as Secretary of State")


def test_an_aside_between_two_names_joins_neither_to_the_subject():
    text = (
        "With advice from his older brother Kell, who had served as Secretary of Foreign Affairs, Tam Orm won a seat "
        "in the Vell Congress. He next served as Mayor of Skern from 1801 to 1803."
    )
    assert _titles(text)[-1] == ("1801/1803", "Tam Orm served as Mayor of Skern")


def test_the_next_step_after_then_and_a_bare_secretary_take_nothing_from_each_other():
    assert _titles("Tam Orm was Deputy Mayor of Kell in 1987 then Mayor of Kell from 1988 until 1989.")[0] == (
        "1987",
        "Tam Orm was Deputy Mayor of Kell",
    )
    assert _titles(
        "Tam Orm was appointed Secretary of State by Mayor Vell on March 7, 1877, and began serving as Secretary on "
        "March 12."
    )[1] == ("1877-03-12", "Tam Orm began serving as Secretary of State")


def test_a_day_without_its_year_takes_the_year_of_the_next_date_its_sentence_writes_out():
    # "On December 20, …; in February 1870, …": the December before that February
    assert _dates(
        "On January 7, 1870, the Kell assembly passed a second resolution. "
        "On December 20, Mayor Orm answered the Vell council; in February 1870, he answered the assembly."
    ) == ["1870-01-07", "1869-12-20", "1870-02"]
    # "began in June and continued until October 1955": the June of 1955, and the text is then in 1955
    assert _dates(
        "The Kell Act of 1947 gave Vell a voice. Talks between Kell and Vell began in June and continued until "
        "October 1955. In October, Kell and Vell agreed on new terms."
    ) == ["1947", "1955-06", "1955-10"]


def test_a_position_held_until_a_later_day_is_the_span_of_the_appointment():
    assert _titles(
        "Afterwards, Mayor Orm appointed Vell as Attorney General on July 16, 1868, a position in which he served "
        "until March 4, 1869."
    ) == [("1868-07-16/1869-03-04", "Mayor Orm appointed Vell as Attorney General")]


def test_an_event_listed_after_including_or_named_after_during_is_the_dates_own():
    assert _titles("Tam Orm served as Minister to Kell during the rise to power of Vell Skern in 1876.") == [
        ("1876", "Rise to power of Vell Skern")
    ]
    assert _titles(
        "In his four years as mayor, Tam Orm oversaw 28 crises, including Operation Kell Storm in 1991."
    ) == [("1991", "Operation Kell Storm")]
    assert _titles(
        "Tam Orm confronted crises as well, including a near war between Kell and Vell in 2001-2002, domestic turmoil "
        "in Skern (2003) and Tamland (2004), and the Orm Ocean flood in 2005."
    ) == [
        ("2001/2002", "Near war between Kell and Vell"),
        ("2003", "Domestic turmoil in Skern"),
        ("2004", "Domestic turmoil in Tamland"),
        ("2005", "Orm Ocean flood"),
    ]


def test_a_second_name_with_its_year_in_brackets_takes_the_item_before_it():
    assert _titles(
        "Events such as the war against Kell (1945–54) and the takeovers of Orm (1952) and Vell (1951) served to "
        "reinforce such fears."
    )[-1] == ("1951", "Takeovers of Vell")
    # a reign is the time of the main clause's deed, not an event of its own
    assert _titles("But during the reign of Emperor Orm in 250, official persecution noticeably increased.") == [
        ("250", "Official persecution increased")
    ]


def test_a_candidacy_is_a_run_for_the_office():
    assert _titles("In 1880, Tam Orm was again an unsuccessful candidate for the Kell nomination for Mayor.") == [
        ("1880", "Tam Orm ran unsuccessfully for the Kell nomination for Mayor")
    ]
    assert _titles("In 1904, Tam Orm was a candidate for the Vell nomination for Mayor.") == [
        ("1904", "Tam Orm ran for the Vell nomination for Mayor")
    ]
    assert _titles("Tam Orm was the Kell candidate for Mayor in 1884, but lost to Vell Skern.") == [
        ("1884", "Tam Orm ran as the Kell candidate for Mayor")
    ]


def test_a_participle_phrase_after_a_named_doers_clause_is_that_doers_deed():
    assert _titles(
        "Tam Orm practiced law and was active in politics, serving a term in the Kell State legislature in 1874."
    ) == [("1874", "Tam Orm served a term in the Kell State legislature")]
    assert _titles("After leaving Kell Motors in 1934, Tam Orm worked for Vell Steel, becoming Chairman in 1938.") == [
        ("1934", "Tam Orm left Kell Motors"),
        ("1938", "Tam Orm became Chairman"),
    ]
    assert _titles("Tam Orm served until the end of Vell’s term, resigning on March 5, 1885.") == [
        ("1885-03-05", "Tam Orm resigned")
    ]
    # the phrase is the deed of the one a relative clause or a "when" names, not the head's subject's
    assert _titles("Kell wished to reclaim Orm, which had been its colony before being seized by Vell in 1402.") == [
        ("1402", "")
    ]


def test_offices_listed_with_their_years_in_brackets_are_each_served():
    assert _titles(
        "Tam Orm served as Counsel for Kell in the Vell Sea Arbitration (1892-1893), Agent of Kell before the Orm "
        "Boundary Tribunal (1903), and as Agent of Kell in the Skern Claims Arbitration (1912)."
    ) == [
        ("1892/1893", "Tam Orm served as Counsel for Kell in the Vell Sea Arbitration"),
        ("1903", "Tam Orm served as Agent of Kell before the Orm Boundary Tribunal"),
        ("1912", "Tam Orm served as Agent of Kell in the Skern Claims Arbitration"),
    ]


def test_a_lead_of_birth_or_of_cause_is_no_part_of_the_dated_deed():
    assert _titles("Born in Kell, Orm, on October 17, 1864, Tam Vell graduated from Skern College in 1886.") == [
        ("1864-10-17", "Tam Vell was born in Kell, Orm"),
        ("1886", "Tam Vell graduated from Skern College"),
    ]
    assert _titles(
        "Due to disagreements over the League of Kell and Mayor Orm’s inability to perform his duties after a stroke, "
        "Tam Vell resigned on February 13, 1920."
    ) == [("1920-02-13", "Tam Vell resigned")]
    # a cause that holds the date is the date's own clause
    assert _titles(
        "Because of a 2008 law meant to protect the victims of fraud, the Kell children are given a hearing."
    ) == [("2008", "")]


def test_a_surname_ending_in_ing_is_a_subject_not_a_participle():
    assert _titles("Kelling resigned on May 13, 1920.") == [("1920-05-13", "Kelling resigned")]
    assert _titles("Having crossed the river on May 3, 1863, the Orm army rested.") == [
        ("1863-05-03", "The Orm army rested")
    ]


def test_a_term_ends_on_the_day_of_what_ended_it():
    assert _titles("Tam Orm was Mayor of Kell, serving from March 5, 1889, until his resignation on June 4, 1892.") == [
        ("1889-03-05/1892-06-04", "Tam Orm was Mayor of Kell")
    ]
    assert _titles("In 1819 Mayor Vell appointed Orm as Envoy to Kell, an appointment that lasted until 1823.") == [
        ("1819/1823", "Mayor Vell appointed Orm as Envoy to Kell")
    ]
    assert _titles(
        "Mayor Vell appointed Tam Orm as Secretary of State on June 8, 1895. Orm began duty on June 10, 1895, and "
        "served until March 5, 1897."
    ) == [
        ("1895-06-08", "Mayor Vell appointed Tam Orm as Secretary of State"),
        ("1895-06-10", "Tam Orm began duty as Secretary of State"),
        ("1897-03-05", "Orm’s service as Secretary of State ended"),
    ]


def test_a_post_left_in_a_relative_clause_is_its_holders_deed():
    assert _titles(
        "Tam Orm was appointed to the Kell Court by Mayor Vell, a position from which he resigned in the summer of "
        "1916 to run for Mayor."
    ) == [("1916", "Tam Orm resigned to run for Mayor")]
    assert _titles(
        "Tam Orm was Director of Kell Aid in 1941, a post which he held until becoming Under Secretary of Orm in 1943."
    ) == [("1941", "Tam Orm was Director of Kell Aid"), ("1943", "Tam Orm became Under Secretary of Orm")]


def test_a_date_after_a_death_is_the_deaths():
    assert _titles("Tam Orm ruled Kell. After his death in 395, power passed to his two sons.") == [
        ("395", "Tam Orm died")
    ]


def test_a_bare_service_takes_the_body_or_the_last_office_of_a_list_and_a_tenure_its_office():
    assert _titles("Tam Orm was elected to the Kell House of Delegates and served from 1813 to 1818.") == [
        ("1813/1818", "Tam Orm served in the Kell House of Delegates")
    ]
    assert _titles(
        "Tam Orm served as Governor of Kell from 1861 to 1866 and as Senator from Kell from 1866 to 1869. "
        "Although he was not re-elected in 1869, he ran again in 1870, and served from 1871 to 1877."
    )[-1] == ("1871/1877", "Tam Orm served as Senator from Kell")
    assert _titles(
        "Mayor Vell appointed Tam Orm Secretary of State on June 27, 1834. Orm entered duty on July 1, 1834, and "
        "completed his tenure on March 3, 1841."
    ) == [
        ("1834-06-27", "Mayor Vell appointed Tam Orm Secretary of State"),
        ("1834-07-01", "Orm entered duty as Secretary of State"),
        ("1841-03-03", "Orm completed his tenure as Secretary of State"),
    ]


def test_a_biographys_steps_told_around_their_deed():
    assert _titles(
        "Tam Orm was also instrumental in founding the Kell Society of Law in 1906, and in establishing the Kell "
        "Journal of Law in 1907."
    ) == [
        ("1906", "Tam Orm helped found the Kell Society of Law"),
        ("1907", "Tam Orm helped establish the Kell Journal of Law"),
    ]
    assert _titles("Tam Orm entered Kell College at the age of 16 and graduated in 1809.") == [
        ("1809", "Tam Orm graduated from Kell College")
    ]
    assert _titles("After an unsuccessful bid for the Vell nomination in 1852, Tam Orm won it in 1856.")[0] == (
        "1852",
        "Tam Orm made an unsuccessful bid for the Vell nomination",
    )
    assert _titles(
        "Tam Orm served as Secretary of State until the end of Vell’s term and died shortly afterwards in Kell, "
        "Skern, on May 20, 1885."
    ) == [("1885-05-20", "Tam Orm died in Kell, Skern")]
    # the place's name then is no part of the deed, and a term kept "through" a day ends on no preposition
    assert _titles("Tam Orm graduated from Kell & Vell College in 1847, then known as Kell College, and taught.") == [
        ("1847", "Tam Orm graduated from Kell & Vell College")
    ]
    assert _titles("Tam Orm remained in office through December 18, 1881, while Mayor Vell chose another.") == [
        ("1881-12-18", "Tam Orm remained in office")
    ]


def test_a_day_without_its_year_after_a_full_date_in_its_sentence_takes_that_dates_year():
    paragraphs = [
        "In 1888, Tam Orm backed Vell Skern for Mayor.",
        "Tam Orm’s talks were cut short on September 19, 1881, by the death of Mayor Kell, who had been shot two "
        "months before on July 2. Tam Orm remained in office through December 18 while the new mayor chose another.",
    ]
    blocks = [Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, start=1)]
    dates = [e.date for e in events(blocks, None, "sections/01.md")]
    assert "1881-12-18" in dates and "1888-12-18" not in dates


def test_an_office_named_in_passing_or_before_a_post_clause_completes_the_title():
    assert _titles(
        "Following Secretary of State Kell Vell’s retirement, Tam Orm became Secretary on December 1, 1944."
    ) == [("1944-12-01", "Tam Orm became Secretary of State")]
    assert _titles(
        "Tam Orm resigned on June 27, 1945, to become the first Ambassador to the Kell Union, a post which he held "
        "until resigning in June 1946 over a quarrel with Mayor Vell."
    )[-1] == ("1946-06", "Tam Orm resigned as Ambassador to the Kell Union")
    # the one the text named last, when he is the sentence's subject, died on the day that ended his work
    paragraphs = [
        "Tam Orm was a lawyer in Kell.",
        "After leaving the council, Orm went on working in the law in Vell until his death on October 30, 1928.",
    ]
    blocks = [Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, start=1)]
    assert [(e.date, e.title) for e in events(blocks, None, "sections/01.md")] == [("1928-10-30", "Tam Orm died")]


def test_the_office_become_on_the_first_day_of_its_term_is_that_term():
    merged = merge_duplicates(
        _events(
            "Tam Orm served as Secretary of State from December 1, 1944, until June 27, 1945. Following Mayor "
            "Vell’s retirement, Tam Orm became Secretary of State on December 1, 1944."
        )
    )
    assert [(e.date, e.title) for e in merged] == [("1944-12-01/1945-06-27", "Tam Orm served as Secretary of State")]


def test_an_office_held_under_someone_is_not_his_when_he_resigns():
    paragraph = (
        "The Queen chose Tam Orm to serve as Assistant Secretary of the Treasury under Secretary Kell Vell in 1897. "
        "Orm took over many of Vell’s duties. When Vell resigned in April 1898, Orm succeeded him."
    )
    assert ("1898-04", "Kell Vell resigned") in _titles(paragraph)
    # the office the text gave the one who resigns is still his
    mine = (
        "The Queen chose Tam Orm to serve as Assistant Secretary of the Treasury in 1897. Orm resigned in April 1898."
    )
    assert ("1898-04", "Tam Orm resigned as Assistant Secretary of the Treasury") in _titles(mine)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a name's suffix after a comma is no aside: "he" later is still that man
        (
            "Tam Orm Vell, Jr. was appointed Warden of Kell in 1981. He served a short time in office, facing "
            "many crises before stepping down on July 5, 1982.",
            ("1982-07-05", "Tam Orm Vell Jr. stepped down"),
        ),
        # "before -ing" ends a stretch of time with the dated deed
        (
            "Tam Orm worked in Skern for ten years before joining the Guild of Hull in 1960.",
            ("1960", "Tam Orm joined the Guild of Hull"),
        ),
        # the office become next, the verb given once
        (
            "Tam Orm was a soldier. In 1969 he became adviser to Kell Vell, and then Deputy Assistant to the "
            "Warden for Security in 1971.",
            ("1971", "Tam Orm became Deputy Assistant to the Warden for Security"),
        ),
        # a post held until he resigned: his resignation
        (
            "Tam Orm was a soldier. He became Marshal of Kell in 1974, a position that he held until he resigned "
            "on January 3, 1979.",
            ("1979-01-03", "Tam Orm resigned"),
        ),
        # the other date's lead, without its comma, is not this clause's scene
        (
            "In 1958 Tam Orm was elected to the Kell Senate and was reelected in 1964.",
            ("1964", "Tam Orm was reelected"),
        ),
        # a verb with its own object after a passive one is active
        (
            "Tam Orm was appointed Secretary of the Treasury by Queen Maud and assumed the office on January 22, 1981.",
            ("1981-01-22", "Tam Orm assumed the office of Secretary of the Treasury"),
        ),
    ],
)
def test_a_career_s_steps_told_in_a_clause_after_another_get_their_own_titles(paragraph, expected):
    assert expected in _titles(paragraph)


def test_each_date_of_a_list_of_years_is_the_deed_done_again():
    titles = _titles(
        "Tam Orm was elected to the Kell Assembly in 1946, 1948, and 1950. In 1958 Orm was elected to the "
        "Kell Senate and was reelected in 1964, 1970, and 1976."
    )
    assert ("1948", "Tam Orm was reelected to the Kell Assembly") in titles
    assert ("1950", "Tam Orm was reelected to the Kell Assembly") in titles
    assert [date for date, title in titles if title == "Tam Orm was reelected"] == ["1964", "1970", "1976"]


def test_a_day_without_its_year_soon_after_the_last_day_goes_on_from_it():
    titles = _titles(
        "Tam Orm was appointed Secretary of the Treasury by Queen Maud on January 21, 1977. He entered his "
        "position on January 23 and resigned on April 28, 1980 over the tolls."
    )
    assert ("1977-01-23", "Tam Orm entered his position as Secretary of the Treasury") in titles
    # months later it is the next date's year, as before
    later = _titles("The strike began on 2 May 1950. It spread in June and ended in October 1955.")
    assert [date for date, _ in later][-2:] == ["1955-06", "1955-10"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # one subject's deeds in a row, each with its own date: passive after a passive
        (
            "Tam Orm was nominated to be Warden by Queen Maud on December 5, 1796, confirmed by the Kell Senate "
            "on January 22, 1797, and sworn in the next day.",
            [("1797-01-22", "Tam Orm was confirmed by the Kell Senate"), ("1797-01-23", "Tam Orm was sworn in")],
        ),
        # objects after the first verb, each with its year
        (
            "Tam Orm earned her bachelor of arts in law in 1974 from the University of Kell, her master's degree "
            "from the University of Vell in 1975, and her doctorate from Orm College in 1981.",
            [
                ("1975", "Tam Orm earned her master's degree from the University of Vell"),
                ("1981", "Tam Orm earned her doctorate from Orm College"),
            ],
        ),
        # the date leads the second deed
        (
            "Tam Orm was a scholar. In 1987 she served as an advisor to the Kell Council, and in 1989 was appointed "
            "director of Northern Affairs.",
            [("1989", "Tam Orm was appointed director of Northern Affairs")],
        ),
        # deeds listed as nouns, each dated
        (
            "Several events took place in the hall. Among them were Orm’s resignation as commander of the Kell "
            "Guard on December 23, 1783, and the ratification of the treaty of peace with Vell on January 14, 1784.",
            [
                ("1783-12-23", "Orm’s resignation as commander of the Kell Guard"),
                ("1784-01-14", "Ratification of the treaty of peace with Vell"),
            ],
        ),
        # a building's step conceded, and what did not happen until a date, which then happened
        (
            "Although the cornerstone was laid in 1772, the Kell Assembly did not meet in the building until 1780.",
            [("1772", "The cornerstone was laid"), ("1780", "The Kell Assembly met in the building")],
        ),
        # what followed a turn of that year
        (
            "Tam Orm was born in Vell. After the communist coup in 1948, Kell Orm emigrated to Denver.",
            [("1948", "Kell Orm emigrated to Denver")],
        ),
    ],
)
def test_each_dated_step_of_a_run_of_deeds_or_nouns_gets_its_own_title(paragraph, expected):
    titles = _titles(paragraph)
    assert all(pair in titles for pair in expected), titles


def test_a_bound_is_still_no_event_and_a_war_of_a_year_is_no_turn():
    assert _titles("He stayed in Kell until 1801.") == []
    assert _titles("After the war of 1812, trade grew in Kell.") in ([], [("1812", "")])


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a deed with its own object after an appointment is active
        (
            "Tam Orm was appointed Secretary of the Treasury by Queen Maud on January 26, 1805, and assumed office "
            "the same day.",
            ("1805-01-26", "Tam Orm assumed office as Secretary of the Treasury"),
        ),
        # a step one takes after being born is active, whatever its form
        (
            "Tam Orm was born in Vell in 1856, and moved with his family to Kell in 1865.",
            ("1865", "Tam Orm moved with his family to Kell"),
        ),
        # what did not happen until a date, an adverb and "any" aside
        ("The guild did not publicly admit any women until 1874.", ("1874", "The guild admitted women")),
    ],
)
def test_a_later_deed_of_a_run_keeps_its_own_voice(paragraph, expected):
    assert expected in _titles(paragraph)


def test_what_came_next_by_another_is_no_deed_of_the_subject():
    titles = _titles(
        "Kell signed preliminary articles of peace with Vell on January 20, 1783, followed by a formal peace of "
        "Orm signed on September 3, 1783."
    )
    assert all(not title.startswith("Kell followed") for _, title in titles)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a post held that names whom it served, in full
        (
            "Tam Orm was a lawyer. He was the Personal Assistant to Secretary of Commerce Kell Vell from 1919 to "
            "1924, during which time he also served as Executive Secretary of the Kell Relief Council between 1920 "
            "and 1921.",
            [
                ("1919/1924", "Tam Orm served as Personal Assistant to Secretary of Commerce Kell Vell"),
                ("1920/1921", "Tam Orm served as Executive Secretary of the Kell Relief Council"),
            ],
        ),
        # the step before, dated by its own year, leads the clause of the next
        (
            "Tam Orm was a lawyer. Upon receiving a degree from Kell University in 1915, Orm served in the "
            "Legation in Vell from 1916 to 1917.",
            [("1916/1917", "Tam Orm served in the Legation in Vell")],
        ),
        # "…, before moving … and graduating … in 1911": the last deed of the phrase
        (
            "Tam Orm was born in Kell in 1895, before moving to Vell and graduating from the Orm School in 1911.",
            [("1911", "Tam Orm graduated from the Orm School")],
        ),
        # remained in the office until a day: the service ended then
        (
            "Tam Orm was appointed Secretary of State on April 22, 1959, and remained in that position until the "
            "end of the Vell administration on January 20, 1961.",
            [("1961-01-20", "Tam Orm’s service as Secretary of State ended")],
        ),
        # retired from "this position": the deed is whole without it
        (
            "Tam Orm was a judge. Orm retired from this position in 1936 because of declining health.",
            [("1936", "Tam Orm retired")],
        ),
    ],
)
def test_a_life_s_posts_and_their_ends_get_titles(paragraph, expected):
    titles = _titles(paragraph)
    assert all(pair in titles for pair in expected), titles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an adverb before the verb stays out of its tense
        (
            "In 1995 he convinced Queen Maud to officially restore relations with Vell.",
            ("1995", "Queen Maud restored relations with Vell"),
        ),
        (
            "The Kell council would later intervene to remove Orm from power in 1911.",
            ("1911", "The Kell council intervened to remove Orm from power"),
        ),
        # the office given after "as", not the one the appointee held before
        (
            "Queen Maud appointed Kell Senator Tam Orm as Secretary of State on March 6, 1909. Orm resigned his "
            "seat in the Kell Senate and entered into duty that same day.",
            ("1909-03-06", "Orm entered into duty as Secretary of State"),
        ),
        # a president who left office left his own
        (
            "Tam Orm was appointed Secretary of State on January 27, 1909. He served only 37 days as Secretary of "
            "State, until March 5, 1909, when President Kell Vell left office.",
            ("1909-03-05", "Kell Vell left office"),
        ),
        # the next deed after "and then" is not this date's
        (
            "Tam Orm was born in Kell. As a young man he served as a midshipman in the Navy from 1798 to 1801 and "
            "then attended Vell College.",
            ("1798/1801", "Tam Orm served as a midshipman in the Navy"),
        ),
    ],
)
def test_a_deed_keeps_its_own_verb_office_and_end(paragraph, expected):
    assert expected in _titles(paragraph)


def test_a_run_of_deeds_joined_by_semicolons_and_a_post_told_in_lower_case():
    titles = _titles(
        "Tam Orm was nominated by Queen Maud on November 23, 1820; confirmed by the Kell Senate on January 26, "
        "1821; and sworn in by Lord Vell the following day. Tam Orm was a lawyer. From 1793 to 1794, he was a "
        "special assistant in the Bureau of Northern Affairs."
    )
    assert ("1821-01-26", "Tam Orm was confirmed by the Kell Senate") in titles
    assert ("1821-01-27", "Tam Orm was sworn in by Lord Vell") in titles
    assert ("1793/1794", "Tam Orm served as special assistant in the Bureau of Northern Affairs") in titles
    # a bound in the run is no deed of its day; a phrase with its own span before a main clause with its own year
    bound = _titles(
        "Tam Orm was appointed Postmaster General by Queen Maud in 1883, and served in that capacity until 1884, "
        "when he became Secretary of the Treasury."
    )
    assert ("1884", "Tam Orm became Secretary of the Treasury") in bound
    scene = _titles(
        "Tam Orm was born in Kell. Following a two-year rotation in the Kell Guard from 1952 to 1954, Orm "
        "received his law degree from Vell University in 1957."
    )
    assert ("1952/1954", "Tam Orm received his law degree from Vell University") not in scene
    assert ("1957", "Tam Orm received his law degree from Vell University") in scene


def test_an_ordinal_office_a_time_counted_on_and_a_letter_s_date():
    titles = _titles(
        "On February 1, 1813, Tam Orm was sworn in as the 68th Secretary of State of the United States. In 1774, "
        "Kell Vell moved to Orm, a year later then married Anna Roke and became a successful attorney."
    )
    assert ("1813-02-01", "Tam Orm was sworn in as Secretary of State") in titles
    assert ("1775", "Kell Vell married Anna Roke") in titles
    # a letter's date dates what the letter says, no deed of its own
    assert _titles("Tam Orm, a delegate from Kell, in a letter dated July 13, 1778, wrote: the hall was in ruins.") in (
        [],
        [("1778-07-13", "")],
    )


def test_a_quoted_letter_still_moves_the_text_s_time_on():
    paragraphs = [
        "In 1844 the hall was bought by Orm, who tore it down in March 1846.",
        "When Vell resigned, the papers went to Kell. In a letter to Vell dated, June 4, 1783, Kell wrote that, “as "
        "the resolve only directs me to receive the papers, and as I am determined to have nothing to do with the "
        "office, I must beg you to send them.” The papers were turned over to Kell, apparently on June 6.",
    ]
    blocks = [Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, start=1)]
    titles = [(e.date, e.title) for e in events(blocks, None, "sections/01.md")]
    assert ("1783-06-06", "The papers were turned over to Kell") in titles


def test_a_participle_after_a_comma_leaves_the_main_verb_its_own():
    titles = _titles(
        "In the middle of May 1794, the Kell Office moved from the building at 287 Market Street to another "
        "building in Vell, located on the southeast corner of Sixth and Arch Streets."
    )
    assert titles == [("1794-05", "The Kell Office moved from the building at 287 Market Street")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a companion between the subject and its verb, and the subject's town's state, are asides
        (
            "On March 1, 1889, Tam Orm of Vell, Kell, and his wife, sold the property, together with another lot just "
            "south of it on Orm Street, to the Kell Athletic Club for $45,000.",
            ("1889-03-01", "Tam Orm of Vell sold the property to the Kell Athletic Club"),
        ),
        # "it" is the one place its own sentence named before
        (
            "On September 1, 1815, while the Kell Office still occupied the house, Orm sold it, together with "
            "additional land, to Tam Vell for $8,000.",
            ("1815-09-01", "Orm sold the house to Tam Vell for $8,000"),
        ),
        # a short quotation is said whole, without the sentence's stop
        (
            "Sometime between May 3 and 9, 1814, the Kell Office moved into “the house of Judge Orm.”",
            ("1814-05-03/1814-05-09", "The Kell Office moved into “the house of Judge Orm”"),
        ),
        # proposals sought are a deed done, not an aim
        (
            "On July 23, 1799, the Commissioners for Kell sought proposals for a second office building.",
            ("1799-07-23", "The Commissioners for Kell sought proposals for a second office building"),
        ),
        # what he was frames the sentence; what he did is its news
        (
            "Tam Orm was a career diplomat who arrived in Kell in February 1912 after serving in Vell.",
            ("1912-02", "Tam Orm arrived in Kell after serving in Vell"),
        ),
        # a state reached by a day is that day's news
        (
            "By September 1, 1914, the Kell Hospital was ready for service, and received its first patients within a "
            "few days.",
            ("1914-09-01", "The Kell Hospital was ready for service"),
        ),
        (
            "Orm was honorably discharged on December 31, 1898, at the rank of major.",
            ("1898-12-31", "Orm was honorably discharged at the rank of major"),
        ),
        ("Once the war ended, Orm held a series of posts prior to retiring in 1928.", ("1928", "Orm retired")),
        (
            "He put this learning into practice with his 1892 purchase of a Kell vineyard.",
            ("1892", "Purchase of a Kell vineyard"),
        ),
    ],
)
def test_asides_pronouns_and_frames_of_a_history_of_places_and_people(sentence, expected):
    assert _titles(sentence) == [expected]


def test_a_body_the_text_made_its_subject_is_the_later_it():
    titles = _titles(
        "In mid-December 1776 Congress decided to move to Kell to escape the advancing army. It first met in Kell "
        "on December 20, 1776, and remained just over two months."
    )
    assert titles == [
        ("1776-12", "Congress decided to move to Kell to escape the advancing army"),
        ("1776-12-20", "Congress first met in Kell"),
    ]
    # a thing made the subject in between is what "it" stands for then: no body is put in its place
    titles = _titles(
        "In 1790 Congress moved to Vell. The new hall was small. It was enlarged on May 3, 1794, for the Senate."
    )
    assert [title for date, title in titles if date == "1794-05-03" and title.startswith("Congress")] == []


def test_each_half_of_a_sentence_gets_its_own_days_and_the_year_before_them_is_no_event():
    titles = _titles(
        "The Kell Office moved to Vell. In 1798 it moved to Vell between August 13 and 18 and returned between "
        "November 10 and 16."
    )
    assert ("1798-08-13/1798-08-18", "The Kell Office moved to Vell") in titles
    assert ("1798-11-10/1798-11-16", "The Kell Office returned") in titles
    assert ("1798", "") in titles  # the year the days refine is left to the author, untitled


def test_a_biography_s_line_of_offices_is_the_offices_held():
    found = [
        (e.date, e.title)
        for e in events(
            [
                Block(PARAGRAPH, line, line, n)
                for n, line in enumerate(
                    [
                        "(1863–1951) Consul at Kell, 1906–1927; Consul General at Vell, 1927–1932.",
                        "Tam Orm was born in Vell.",
                    ],
                    start=1,
                )
            ],
            None,
            "sections/01.md",
            biography_of="Tam Orm",
        )
    ]
    assert found == [
        ("1906/1927", "Orm served as Consul at Kell"),
        ("1927/1932", "Orm served as Consul General at Vell"),
    ]
    # in an article that is no biography, the line is read as any other
    line = "(1863–1951) Consul at Kell, 1906–1927."
    assert ("1906/1927", "Orm served as Consul at Kell") not in _titles(line)


def test_she_in_a_wife_s_biography_is_her_not_her_husband_of_the_same_surname():
    paragraphs = [
        "Anna Orm married Tam Orm in 1908; she gave her fortune to her new family.",
        "Tam Orm joined the Kell Embassy in 1912, and she went with him and her sister. In 1920 she bought a house in "
        "Vell.",
    ]
    blocks = [Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, start=1)]
    titles = [(e.date, e.title) for e in events(blocks, None, "sections/01.md", biography_of="Anna Orm")]
    assert ("1920", "Anna Orm bought a house in Vell") in titles
    # without the biography, the last one named is the one "she" stands for, as before
    titles = [(e.date, e.title) for e in events(blocks, None, "sections/01.md")]
    assert ("1920", "Anna Orm bought a house in Vell") not in titles


@pytest.mark.parametrize(
    ("title", "own"),
    [
        ("Tam Orm died at his home in Vell", True),
        ("Tam Orm died at his home in Vell at age 70", True),
        ("Orm died in her home at age 89", True),
        ("Tam Orm Jr. died", True),
        ("Orm passed away", True),
        ("Tam Vell died at his home in Orm", False),  # another's death, an event of the life
        ("Tam Orm died in Vell and Kell", False),  # more than where: not a bare death
    ],
)
def test_a_biography_s_own_death_with_where_and_how_old_is_a_life_date(title, own):
    from generator.authoring.importing.life_dates import is_own_death

    assert is_own_death(title, title + " in 1942.", "Tam Orm") is own


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb left out after "and in …": the first clause's doer and verb with the new object or place
        (
            "The couple was sent to Vell in 1909, and in 1912 to Kell, where they remained for eight years.",
            [("1909", "The couple was sent to Vell"), ("1912", "The couple was sent to Kell")],
        ),
        (
            "In 1906 Orm received his bachelor’s degree from the University of Vell, and in 1910 his master’s degree "
            "from Kell College.",
            [
                ("1906", "Orm received his bachelor’s degree from the University of Vell"),
                ("1910", "Orm received his master’s degree from Kell College"),
            ],
        ),
        # an address's comma ends no clause, nor does a town's country
        (
            "In 1906 Orm was appointed Consul at Vell, France, and arrived at the Consulate at 5, Place de Kell in "
            "January 1907.",
            [
                ("1906", "Orm was appointed Consul at Vell"),
                ("1907-01", "Orm arrived at the Consulate at 5, Place de Kell"),
            ],
        ),
        # a deed after "before …ing" with a date of its own is an event of its own
        (
            "Orm was appointed Minister to Vell in 1927 before retiring from the service in July 1933.",
            [("1927", "Orm was appointed Minister to Vell"), ("1933-07", "Orm retired from the service")],
        ),
    ],
)
def test_a_deed_s_second_date_gets_the_deed_its_own_words_tell(sentence, expected):
    assert _titles(sentence) == expected


def _life(paragraph: str, person: str) -> list[tuple[str, str]]:
    return [
        (e.date, e.title)
        for e in events([Block(PARAGRAPH, paragraph, paragraph, 1)], None, "s.md", biography_of=person)
    ]


def test_a_life_s_he_before_anyone_is_named_and_after_its_first_name_alone_is_its_subject():
    titles = _life(
        "Tam was raised in Kell and received his law degree from the University of Vell in 1881. He then moved to "
        "Orm, Kell, where he practiced law. In 1895 he married Anna Vell with whom he had five children.",
        "Tam Orm Sharp",
    )
    assert ("1895", "Tam Orm Sharp married Anna Vell") in titles
    assert _life("In 1895 he married Anna Vell.", "Tam Orm Sharp") == [("1895", "Tam Orm Sharp married Anna Vell")]
    assert _titles("In 1895 he married Anna Vell.") != [("1895", "Tam Orm Sharp married Anna Vell")]


def test_offices_given_in_a_list_and_a_retirement_after_them_each_get_their_own_title():
    assert _life(
        "He was appointed Minister to Vell in 1923, and Ambassador to Kell in 1927 before retiring from the "
        "service in July 1933.",
        "Tam Orm",
    ) == [
        ("1923", "Tam Orm was appointed Minister to Vell"),
        ("1927", "Tam Orm was appointed Ambassador to Kell"),
        ("1933-07", "Tam Orm retired from the service"),
    ]


def test_two_named_together_leave_a_later_she_to_the_author():
    titles = _life(
        "In August 1918, Anna and Tam vacationed at the Orm Cottage in Kell, Vell, where she died on September 15.",
        "Anna Orm",
    )
    assert ("1918-09-15", "Anna Orm died") in titles  # in her life, "she" is her
    titles = _titles(
        "In August 1918, Anna and Tam vacationed at the Orm Cottage in Kell, Vell, where she died on September 15."
    )
    assert ("1918-09-15", "Tam died") not in titles and ("1918-09-15", "") in titles


def test_a_name_s_list_of_callings_is_one_aside():
    titles = _life(
        "On June 30, 1880, she married Tam Orm, a banker, businessman, and lawyer in Kell, Vell, and gave birth to "
        "their only son, Kell Orm in 1881.",
        "Anna Orm",
    )
    assert ("1880-06-30", "Anna Orm married Tam Orm") in titles
    assert ("1881", "Anna Orm gave birth to their only son, Kell Orm") in titles


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(1860–1919) Former Secretary of State, 1909.", []),  # a year alone is no span of an office
        ("(1860–1919) Former Ambassador to Kell, 1909–1912.", [("1909/1912", "Orm served as Ambassador to Kell")]),
    ],
)
def test_a_former_office_in_a_life_s_line_is_the_office_held(line, expected):
    found = [(e.date, e.title) for e in events([Block(PARAGRAPH, line, line, 1)], None, "s.md", biography_of="Tam Orm")]
    assert [pair for pair in found if pair[1]] == expected


@pytest.mark.parametrize(
    ("title", "birth"),
    [
        ("Anna “Kitty” Orm was born and grew up in Kell", True),
        ("Tam Orm, cousin of President Kell Orm, was born in Vell", True),
        ("The league was born", False),
    ],
)
def test_a_birth_with_a_nickname_or_an_aside_is_a_life_date(title, birth):
    from generator.authoring.proposals import EventProposal

    assert EventProposal("1858", (), title, title, "s.md").life_date is birth


def test_a_death_after_a_time_that_leads_the_sentence_is_the_subject_s():
    assert _titles(
        "A few years after his return to Kell, Orm grew ill and died in Vell, Kell, on November 17, 1922, at age 63."
    ) == [("1922-11-17", "Orm died in Vell")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pluperfect with its own day is that day's deed
        ("The treaty had been signed at Kell on May 3, 1872.", ("1872-05-03", "The treaty was signed at Kell")),
        # a state reached on a day is that day's news
        (
            "The two wings were ready for occupancy on January 31, 1888.",
            ("1888-01-31", "The two wings were ready for occupancy"),
        ),
    ],
)
def test_a_deed_told_with_its_own_day_is_that_day_s(sentence, expected):
    assert _titles(sentence) == [expected]
    # but a state reached by a year, not on a day, tells no deed of that year
    assert _titles("The two wings were ready for occupancy in 1888.") in ([], [("1888", "")])


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a participle's lead-in with where it happened, before the subject
        (
            "Tam Orm was born in Kell. Educated in private schools, he graduated from Vell College in 1910.",
            ("1910", "Tam Orm graduated from Vell College"),
        ),
        # a named time without its comma leads in, too
        (
            "Tam Orm was born in Kell. During the Second World War he served as Chief of the Kell Office from 1942 "
            "until 1945.",
            ("1942/1945", "Tam Orm served as Chief of the Kell Office"),
        ),
    ],
)
def test_a_life_s_lead_ins_before_he(paragraph, expected):
    assert expected in _life(paragraph, "Tam Orm")


def test_a_closing_quotation_mark_after_the_stop_stays_with_its_sentence():
    from generator.authoring.sentences import split_sentences

    text = "On July 3, 1930 Congress changed the name of the hall to “Kell Hall.” This followed the move."
    assert split_sentences(text) == [
        "On July 3, 1930 Congress changed the name of the hall to “Kell Hall.”",
        "This followed the move.",
    ]
    assert _titles(text) == [("1930-07-03", "Congress changed the name of the hall to “Kell Hall”")]


def test_part_of_a_month_and_a_deed_done_by_then_are_dated():
    titles = _life(
        "Her father was posted to Vell in 1913. Anna was in Kell in August 1914, and by late November booked passage "
        "back to Vell. Upon her arrival in Vell in early December, Anna took over her mother’s work at the hospital.",
        "Anna Orm",
    )
    assert ("1914-11", "Anna booked passage back to Vell") in titles
    assert ("1914-12", "Anna took over her mother’s work at the hospital") in titles
    # "by" before a state still dates no deed: "by late November the hall was full"
    assert [
        t for d, t in _titles("In 1914 the hall opened. By late November the hall was full.") if d == "1914-11"
    ] in (
        [],
        [""],
    )
    # a lead-in with "in" mid-sentence is no participle: the deed after "and" keeps its own words
    assert _life(
        "He attended Kell Law School, and settled in Vell, Orm in 1840, where he practiced law.", "Tam Orm"
    ) == [("1840", "Tam Orm settled in Vell, Orm")]


def test_a_life_told_in_order_moves_on_with_each_deed_s_year():
    paragraphs = [
        "Tam Orm was born in Kell in 1889. He graduated from Vell College in 1910. He went to Orm in 1914 to study.",
        "In early August, Tam Orm volunteered his services to the Kell Embassy.",
    ]
    blocks = [Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, start=1)]
    found = [(e.date, e.title) for e in events(blocks, None, "s.md", biography_of="Tam Orm")]
    assert ("1914-08", "Tam Orm volunteered his services to the Kell Embassy") in found
    # outside a biography, a year named in passing after the paragraph's own is still a look back or ahead
    found = [(e.date, e.title) for e in events(blocks, None, "s.md")]
    assert ("1914-08", "Tam Orm volunteered his services to the Kell Embassy") not in found


def test_a_day_in_a_text_that_names_no_year_is_a_task_to_date():
    found = _events("On August 13, Orm cabled Kell and asked for clerks who spoke both languages.")
    assert [(e.date, e.title) for e in found] == [("", "")]  # listed for the author to date, never guessed
    assert "Orm cabled Kell" in found[0].detail
    # a paper's own date is no day to date, and no task either
    assert _events("The Kell Mercury of May 3, 1811, printed a letter from the weavers.") == []


def test_a_name_whose_words_are_a_list_is_one_name():
    assert _titles("The Navy Department left the Kell, Vell, and Orm Building for new quarters in July 1918.") == [
        ("1918-07", "The Navy Department left the Kell, Vell, and Orm Building for new quarters")
    ]
    # a list of places after the verb, with no word that makes it one name, is still a list cut short: no title
    assert _titles("The Navy Department left Kell, Vell, and Orm for new quarters in July 1918.") == [("1918-07", "")]


def test_a_deed_s_day_without_on_is_its_own_day_and_the_sentence_is_kept_as_written():
    found = _events(
        "The post at Kell opened as a Consulate January 16, 1946, became a Vice Consulate May 1, 1947, and the "
        "Vell office reopened April 24, 1935."
    )
    dated = {e.date: e.title for e in found}
    assert dated.get("1947-05-01") == "The post at Kell became a Vice Consulate", dated
    assert dated.get("1935-04-24") == "The Vell office reopened", dated
    assert all("on January" not in e.detail and "on May" not in e.detail for e in found)
    # a day after a word that already leads it takes no second "on"
    from generator.authoring.importing.told_plainly import with_on_before_days

    assert with_on_before_days("It was in force until May 1, 1947.") == "It was in force until May 1, 1947."
    assert with_on_before_days("Orm of Kell, May 1, 1947, wrote.") == "Orm of Kell, May 1, 1947, wrote."
    assert with_on_before_days("It reopened May 1, 1947.") == "It reopened on May 1, 1947."
    # "about" leads its day already
    assert _titles("The hall was not completed, however, until about April 30, 1801.") == [
        ("1801-04-30", "The hall was completed")
    ]


def test_relations_an_opening_dates_by_year_are_the_ones_a_later_part_dates_by_day():
    a = _events("Kell-Vell relations were established in 1903 and were good for years.")
    b = _events("Diplomatic relations were established on December 27, 1903, when Orm signed a treaty of commerce.")
    merged = merge_duplicates([*a, *b])
    assert [e.date for e in merged if e.date.startswith("1903")] == ["1903-12-27"]
    # a year's other deed stays
    c = _events("The Kell legation was opened in 1903.")
    assert len([e for e in merge_duplicates([*c, *b]) if e.date.startswith("1903")]) == 2


def test_he_after_a_country_s_deed_is_the_person_it_acted_on():
    assert _titles(
        "On March 11, 1868, the United States appointed Tam Orm as its first Minister Resident in Kell. "
        "He presented his credentials on June 16, 1868."
    )[1] == ("1868-06-16", "Tam Orm presented his credentials")
    assert _titles(
        "The United States elevated its Legation in Buenos Vell to Embassy status on October 1, 1914, when Tam Jessup "
        "Orm was appointed Ambassador. He presented his credentials on January 8, 1915."
    )[1] == ("1915-01-08", "Tam Jessup Orm presented his credentials")
    # a name with its generation is the subject "he" stands for
    assert _titles(
        "Anthony J. Kell Orm Jr. was appointed Minister to Vell on February 11, 1941. He was promoted to Ambassador "
        "on May 12, 1942."
    )[1] == ("1942-05-12", "Anthony J. Kell Orm was promoted to Ambassador")


def test_a_heading_that_names_a_part_of_a_history_is_no_person():
    from generator.authoring.article_parts import PERSON_HEADING

    assert not PERSON_HEADING.fullmatch("Diplomatic Relations")
    assert not PERSON_HEADING.fullmatch("Treaties and Agreements")
    assert not PERSON_HEADING.fullmatch("Key Diplomatic Events")
    assert PERSON_HEADING.fullmatch("Tam Woods Orm")


def test_a_war_s_numeral_ends_a_sentence():
    assert split_sentences("Its borders were fixed after World War I. Kell became independent in 1908.") == [
        "Its borders were fixed after World War I.",
        "Kell became independent in 1908.",
    ]
    assert len(split_sentences("Tam O. Orm left in 1908.")) == 1


def test_a_participle_after_a_when_clause_is_the_main_subject_s_deed():
    assert _titles(
        "Orm was reaccredited when Kell became a kingdom, presenting his new credentials on May 16, 1881."
    ) == [("1881-05-16", "Orm presented his new credentials")]
    assert _titles("Orm resided at Kell until about May 1, 1857.") == [("1857-05-01", "Orm resided at Kell")]


def test_it_after_a_treaty_or_a_post_is_that_treaty_or_post():
    assert _titles("The first commercial treaty between Kell and Vell was signed in 1824. It expired in 1836.")[-1] == (
        "1836",
        "The first commercial treaty expired",
    )
    found = _titles(
        "The post at Kell opened as a Consulate in 1946. It reopened August 29, 1959, became a Consulate General in "
        "1992 and closed in 1996. The Consulate in Vell opened in 1946. It reopened as a Consulate General July 5, 1974."
    )
    assert ("1959-08-29", "The post at Kell reopened") in found, found
    assert ("1996", "The post at Kell closed") in found, found
    assert ("1974-07-05", "The Consulate in Vell reopened as a Consulate General") in found, (
        found
    )  # the last post named
    # what opened is the post, not the town it was at
    assert _titles("The post at Kell opened as a Consulate on January 16, 1946.") == [
        ("1946-01-16", "The post at Kell opened as a Consulate")
    ]


def test_a_deed_an_opening_tells_by_year_and_a_later_part_by_day_is_one_event():
    opening = events([Block(PARAGRAPH, t, t, 1) for t in ["Kell gained independence from Vell in 1816."]], None, "a.md")
    later = _events("On July 9, 1816, the congress at Tucum declared the independence of the United Provinces.")
    assert [e.date for e in merge_duplicates([*opening, *later])] == ["1816-07-09"]
    # in one part, a year and a day told in other words are two; and so is a deed of another kind
    assert len(merge_duplicates([*_events("Kell gained independence from Vell in 1816."), *later])) == 2
    other = events([Block(PARAGRAPH, t, t, 1) for t in ["Kell built a new port in 1816."]], None, "a.md")
    assert len(merge_duplicates([*other, *later])) == 2


def test_a_deed_then_and_another_deed_each_with_its_date():
    assert _titles("The Kell mill opened in 1871 and closed in 1917.") == [
        ("1871", "The Kell mill opened"),
        ("1917", "The Kell mill closed"),
    ]
    # "It" after a post that the sentence before made its subject
    assert _titles("The first U.S. consular post in Orm was a Consulate in Kell. It opened in 1871.") == [
        ("1871", "The first U.S. consular post in Orm opened")
    ]


def test_he_after_relations_established_is_the_envoy_the_sentence_names():
    assert _titles(
        "Diplomatic relations were established on March 24, 1851, when Kellish Minister Tam Orm presented his "
        "credentials in Vell. He served until his death on February 1, 1855."
    )[1] == ("1855-02-01", "Death of Tam Orm")
    # with no one named, "he" is no one: no "Death of He"
    assert _titles("The hall was opened in 1851. He served until his death on February 1, 1855.")[1] == (
        "1855-02-01",
        "",
    )


def test_a_day_without_its_year_after_a_full_date_of_the_sentence_is_that_year_s():
    assert _titles("Orm was appointed April 18, 1921, presented his credentials on June 30, and left on May 2, 1924.")[
        :2
    ] == [("1921-04-18", "Orm was appointed"), ("1921-06-30", "Orm presented his credentials")]
    # a day earlier in the year than the date before it is not of that year: the next date decides
    found = _titles(
        "Orm was appointed October 18, 1921, presented his credentials on June 30, and left on May 2, 1923."
    )
    assert found[1][0] == "1922-06-30", found  # the June before the next date, May 1923


def test_an_office_opened_with_someone_as_its_head_is_titled_without_the_half_told_whom():
    assert _titles(
        "The Kell Embassy in Vell was established on October 2, 1991, with Tam Orm as Chargé d’Affaires."
    ) == [("1991-10-02", "The Kell Embassy in Vell was established")]


def test_a_recognized_independence_is_dated_as_the_recognition_not_the_independence():
    assert _titles("Kell recognized the restoration of Vell’s independence on September 2, 1991.") == [
        ("1991-09-02", "Kell recognized the restoration of Vell’s independence")
    ]
    assert _titles("Vell’s surrender on September 8, 1943 ended the fighting.") == [("1943-09-08", "Vell’s surrender")]
