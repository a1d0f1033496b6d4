"""Titles for a civics textbook's dated sentences: a document the text named before, a
ratification whose object the text left out, a law given as an answer, an amendment's making told
in an aside, a party whose forming the sentence tells, and sentences that are no event (a count's
change, a scene set by "as", a discovery without its object, "as" a clause of when); a deed named
after "since" or "after", a court case a year dates, a fact conceded in a clause of "while", a
theory put forward, leads, links, offices and appositions that garbled titles, whole names, a surname
two people share, a year compared or aimed at, and a body whose making an apposition dates.

Each case is a paragraph with invented names where a name could be invented, and the titles a
teacher would print for its dates.
"""

from __future__ import annotations

import pytest

from generator.authoring.importing.merge import merge_duplicates
from generator.authoring.proposals import events
from generator.authoring.reading import PARAGRAPH, Block


def _titles(*paragraphs: str) -> list[tuple[str, str]]:
    blocks = [Block(PARAGRAPH, text, text, line) for line, text in enumerate(paragraphs, start=1)]
    found = merge_duplicates(events(blocks, None, "sections/01.md"))
    return [(e.date, e.title) for e in found if e.title]  # a dated sentence left untitled is no proposal


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Smaller states favored the Constitution. Delaware and New Jersey ratified the document within a few "
            "months after it was sent to them for approval in 1787.",
            ("1787", "Delaware and New Jersey ratified the Constitution"),
        ),
        (
            "The delegates of Kell voted to accept the Constitution. In 1789, North Carolina became the twelfth "
            "state to approve.",
            ("1789", "North Carolina became the twelfth state to approve the Constitution"),
        ),
        (
            "The Orm Rights Amendment (ORA) was sent to the states. No new state had ratified the ORA by the "
            "deadline. In 2020, Virginia became the thirty-eighth state to ratify, though well after the deadline.",
            ("2020", "Virginia became the thirty-eighth state to ratify the Orm Rights Amendment"),
        ),
        (
            "Kell’s legislature debated the Nineteenth Amendment. On August 18, 1920, the House ratified the "
            "amendment by one vote.",
            ("1920-08-18", "The House ratified the Nineteenth Amendment by one vote"),
        ),
        (
            "The Vell ID Act set standards for licenses. The Department of Homeland Security announced a phased "
            "enforcement of the law in 2013.",
            ("2013", "The Department of Homeland Security announced a phased enforcement of the Vell ID Act"),
        ),
    ],
)
def test_a_document_the_text_named_before_is_named_again(paragraph, expected):
    assert expected in _titles(paragraph)


def test_a_ratification_told_as_a_headline_keeps_its_own_name():
    assert _titles("The Eighteenth Amendment was proposed in 1917. Eighteenth Amendment ratified in 1919.")[-1] == (
        "1919",
        "Eighteenth Amendment ratified",
    )


def test_a_law_given_as_an_answer_is_passed():
    assert _titles(
        "Congress and the president responded with the Civil Service Reform Act of 1978, which abolished the "
        "Civil Service Commission."
    ) == [("1978", "Congress and the president passed the Civil Service Reform Act")]


def test_an_amendments_making_told_in_an_aside_is_the_event_of_its_date():
    assert _titles(
        "The Twenty-Second Amendment, added in 1955, limits the president to two terms in office, and the "
        "Twenty-Seventh Amendment, first submitted for ratification in 1789, regulates the pay of members of Congress."
    ) == [
        ("1789", "Twenty-Seventh Amendment first submitted for ratification"),
        ("1955", "Twenty-Second Amendment added"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 1892, a third party known as the Populist Party formed.",
            ("1892", "The Populist Party formed"),
        ),
        (
            "In 1912, former president Tam Orm attempted to form a third party, known as the Progressive Party, as "
            "an alternative to the Republicans.",
            ("1912", "Progressive Party formed"),
        ),
    ],
)
def test_a_party_whose_forming_the_sentence_tells_is_formed(sentence, expected):
    (date, title), *others = _titles(sentence)
    assert not others and date == expected[0] and title.removeprefix("The ") == expected[1].removeprefix("The ")


def test_once_again_is_no_part_of_the_subject():
    assert _titles("The Populists once again nominated their own candidate in 1900.") == [
        ("1900", "The Populists nominated their own candidate")
    ]


def test_a_role_named_at_once_is_the_name():
    assert _titles("The Federalists succeeded in electing their first leader, Tam Orm, to the presidency in 1796.") == [
        ("1796", "The Federalists elected Tam Orm to the presidency")
    ]


def test_a_winner_told_by_the_mood_of_the_win_won_the_election():
    assert _titles("In the election of 1828, Democrat Tam Orm was triumphant.") == [
        ("1828", "Democrat Tam Orm won the election")
    ]


def test_the_onset_of_a_named_time_is_the_event_not_what_it_brought():
    assert _titles(
        "With the onset of the Great Depression in 1929, the United States faced record levels of unemployment."
    ) == [("1929", "Onset of the Great Depression")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a count's change is a table's, not a timeline's
        "The reform contributed to raising the number of block grants from six in 1981 to fourteen in 1989.",
        # "as" sets a scene, and the cut garbled it
        "In August 1920 the vote was close. But as a young representative waited for his vote to be counted, he "
        "remembered a note he had received that day.",
        # found out what, the sentence does not say
        "The nation almost found out in 2000.",
    ],
)
def test_no_event_is_titled(sentence):
    assert [date for date, _ in _titles(sentence) if date[:4] in sentence] == []


def test_as_opening_a_clause_of_when_names_nothing():
    titles = _titles(
        "In 1846, as Kell and Vell were bickering over the border, Orm purposely raised anxieties through his envoy."
    )
    assert [date for date, _ in titles] == ["1846"] and titles[0][1].startswith("Orm raised anxieties")


def test_a_name_told_after_a_later_date_is_that_dates():
    assert _titles(
        "On July 2, 1776, Congress declared independence from Kell and two days later signed the Declaration of "
        "Independence."
    ) == [("1776-07-02", "Congress declared independence from Kell"), ("1776-07-04", "Declaration of Independence")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a court case's parties are joined by "v.", after "the case of"
        (
            "Separate but equal came to an end with the Supreme Court case of Brown v. Board of Education (1954), "
            "which required integration.",
            ("1954", "Brown v. Board of Education"),
        ),
        # a company's "Corp." ends no sentence, and the case's name opens on no "In"
        (
            "In Schechter Poultry Corp. v. United States (1935), the Court struck down the poultry code.",
            ("1935", "Schechter Poultry Corp. v. United States"),
        ),
        # a city and its state: the city did it
        (
            "Perhaps the best known municipality was Detroit, Michigan, which filed for Chapter 9 bankruptcy in 2013.",
            ("2013", "Detroit filed for Chapter 9 bankruptcy"),
        ),
        # "for" between two capitals joins one name
        (
            "The Temporary Assistance for Needy Families (TANF) block grant replaced the AFDC in 1996, marking the "
            "first time.",
            ("1996", "The Temporary Assistance for Needy Families block grant replaced the AFDC"),
        ),
        # the one acted on did the later deed its date tells
        (
            "The court’s position infuriated Tam Orm, leading him in 1937 to propose a court-packing plan that would "
            "add six justices.",
            ("1937", "Tam Orm proposed a court-packing plan"),
        ),
    ],
)
def test_the_doer_and_the_name_of_a_civics_sentence(sentence, expected):
    assert _titles(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The period between 1819 and the 1860s demonstrated that the national government sought its role.",
        "In 2014, Justice Tam Orm was documented as saying that the decision was wrong.",
        "Beginning in May 1787, the delegations from twelve states discussed, debated, and finally agreed.",
    ],
)
def test_a_time_as_doer_and_a_verb_without_what_it_says_are_no_title(sentence):
    assert _titles(sentence) == []


def test_an_aside_the_cut_left_open_goes_whole():
    assert _titles(
        "The Dawes Committee met in 1924. In 1929, the committee, under the chairmanship of Tam Orm, the head of "
        "Kell Electric and a member of the Dawes committee, proposed a plan that reduced the total amount of "
        "reparations demanded of Vell to 121 billion gold marks."
    )[-1] == ("1929", "The Dawes Committee proposed a plan")


def test_with_between_two_names_is_no_part_of_one_name():
    assert _titles(
        "On May 1, 1788, the Department of Foreign Affairs, with Orm still at its head, moved from Fraunces "
        "Tavern to a house on Broadway."
    ) == [("1788-05-01", "The Department of Foreign Affairs moved from Fraunces Tavern to a house on Broadway")]


def test_a_clause_of_when_keeps_its_verb():
    assert _titles("Efforts intensified in 1829 after gold was discovered there.") == [
        ("1829", "Efforts intensified after gold was discovered there")
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a named deed the date ends, after "since", "after" or "until": the deed, whatever the clause tells
        (
            "Many advances came, especially since the founding of the National Organization for Kell in 1966.",
            ("1966", "Founding of the National Organization for Kell"),
        ),
        (
            "Vell was the first state to allow the use of medical orm, after the passage of Proposition 215 in 1996.",
            ("1996", "Passage of Proposition 215"),
        ),
        # the year before a named deed: "the 1978 passage of …", "the 1991 implementation of …"
        ("The trend began in Vell with the 1978 passage of Proposition 13.", ("1978", "Passage of Proposition 13")),
        (
            "Perhaps its most open move was the 1991 implementation of the North Kell Free Trade Agreement (NKFTA).",
            ("1991", "Implementation of the North Kell Free Trade Agreement"),
        ),
        (
            "Such war can be offensive, as was the 1989 removal of Vellish leader Tam Orm.",
            ("1989", "Removal of Vellish leader Tam Orm"),
        ),
        # a court case the year dates: its name is the title
        (
            "The Court declined to curb the power of the states, most notably in the 1833 case of Barron v. Kell.",
            ("1833", "Barron v. Kell"),
        ),
        # a fact conceded before the main clause, the date ending it, is a deed of its own
        (
            "While the Supreme Court determined that grandfather clauses were unconstitutional in 1915, states "
            "continued to use poll taxes.",
            ("1915", "The Supreme Court determined that grandfather clauses were unconstitutional"),
        ),
        # a theory is put forward when proposed; why, in words pointing to another sentence, goes
        (
            "In 1960, political scientist Tam Orm proposed the surge-and-decline theory to explain these patterns.",
            ("1960", "Tam Orm proposed the surge-and-decline theory"),
        ),
    ],
)
def test_named_deeds_cases_concessions_and_theories(paragraph: str, expected: tuple[str, str]) -> None:
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the doers' mood before them is a lead, not the deed
        (
            "Perhaps emboldened by the national government’s stance, Vell voters approved recreational orm use in 2012.",
            ("2012", "Vell voters approved recreational orm use"),
        ),
        # a link to the sentence before, left between subject and verb when an aside went
        (
            "In 2020, woman candidates, though still facing negative coverage, nevertheless ran in record numbers.",
            ("2020", "Woman candidates ran in record numbers"),
        ),
        # an office taken with another thing is no next clause's subject
        (
            "When the Kellish Party took control of Congress and the presidency in 2009, they began their plan.",
            ("2009", "The Kellish Party took control of Congress and the presidency"),
        ),
        # the name set off by commas after the role is the doer; what the deed was "with" goes with its "to …"
        (
            "Early in 2021, the newly elected president, Tam Orm, rejoined the Vell Agreement with a commitment to "
            "cut greenhouse gas emissions in half by 2030.",
            ("2021", "Tam Orm rejoined the Vell Agreement"),
        ),
        # what the election's candidates did, and not the role before their names
        (
            "In the presidential election of 1984, candidates Tam Orm and Anna Vell began using an issue-of-the-day "
            "strategy, providing quotes on only one topic each day.",
            ("1984", "Tam Orm and Anna Vell began using an issue-of-the-day strategy"),
        ),
    ],
)
def test_leads_links_offices_appositions_and_what_an_election_s_candidates_did(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert expected in _titles(paragraph)


def test_a_figure_spent_is_no_event_but_what_it_was_spent_on_may_be():
    assert (
        _titles("In the 2020 election cycle, super PACs spent just over $2 billion and raised $1.3 billion more.") == []
    )
    assert ("2012", "The Orm brothers and their affiliates spent nearly $400 million") in _titles(
        "In the 2012 election, the Orm brothers and their affiliates spent nearly $400 million supporting Kellish "
        "candidates."
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a recall the year dates, whatever its subject's clause says of it
        (
            "The 2003 recall of Vellish governor Tam Orm faced difficulties during the signature collection phase.",
            ("2003", "Recall of Vellish governor Tam Orm"),
        ),
        # "the pact": the agreement the sentence before named
        (
            "In 2015, Kell joined the Vell Agreement on climate. However, President Orm officially withdrew Kell from "
            "the pact in November 2020.",
            ("2020-11", "President Orm withdrew Kell from the Vell Agreement"),
        ),
    ],
)
def test_a_recall_and_a_pact_named(paragraph: str, expected: tuple[str, str]) -> None:
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a case whose first party is "Town of …"
        (
            "For example, in Town of Kell v. Vell (2014), a majority of the justices decided that prayer was allowed.",
            ("2014", "Town of Kell v. Vell"),
        ),
        # a name with "and" inside it, before its "which"
        (
            "The Tax Cuts and Orm Act, which was passed in December 2017 by the Kellish-controlled Congress, has "
            "led to a wider deficit.",
            ("2017-12", "The Tax Cuts and Orm Act was passed by the Kellish-controlled Congress"),
        ),
        # what is said of another time is no part of the deed's
        (
            "In 1960, Tam Orm declared his intention to run for the presidency just eleven months before the "
            "general election.",
            ("1960", "Tam Orm declared his intention to run for the presidency"),
        ),
        # "Explore …" tells the reader to look, and gives no person a given name
        (
            "Interested in voting? Explore Rock the Orm for more information. Rock the Orm began in 1990.",
            ("1990", "Rock the Orm began"),
        ),
    ],
)
def test_case_and_law_names_whole_and_no_time_or_name_from_elsewhere(paragraph: str, expected: tuple[str, str]) -> None:
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the year of what is compared, and the year of what the deed was for
        "In contrast, rural voters voted overwhelmingly for Orm, at much higher rates than they had for Vell in 2012.",
        "Tam Orm was appointed as the special investigator to delve into matters related to the 2016 election.",
    ],
)
def test_a_year_compared_or_aimed_at_is_no_deed_s(paragraph: str) -> None:
    assert _titles(paragraph) == []


def test_a_surname_two_people_share_is_left_as_it_is():
    # "Bill Kell" (whose given name is also "a bill") names a second Kell, so "Kell" alone is neither
    titles = _titles(
        "Anna Kell ran for the presidency in 2016. In 1995, despite public opposition, Kell guaranteed loans for the "
        "Vellish government. In 1996, President Bill Kell signed a bill that Congress had passed."
    )
    assert ("1995", "Kell guaranteed loans for the Vellish government") in titles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Today, ORM’s List, a PAC founded in 1985 to help elect Kellish women to office, plays a major role.",
            ("1985", "ORM’s List founded"),
        ),
        ("The KAACP, an organization founded in 1909, led the fight against segregation.", ("1909", "KAACP founded")),
        (
            "Members of the Vell Club, a group established in 1892 by Tam Orm, opposed the dam.",
            ("1892", "Vell Club established"),
        ),
        ("The Sons of Kell, a secret society formed in 1765, opposed the Stamp Act.", ("1765", "Sons of Kell formed")),
    ],
)
def test_a_body_whose_making_an_apposition_dates(paragraph: str, expected: tuple[str, str]) -> None:
    assert expected in _titles(paragraph)


def test_one_body_made_and_told_with_two_verbs_is_one_event():
    once = _titles(
        "In 1912, former Kellish president Tam Orm attempted to form a third party, known as the Vell Party, as an "
        "alternative to the Kellish Party.",
        "Its ideas were similar to those of the Vell Party, a new political party created in 1912.",
    )
    assert [title for date, title in once if date == "1912"] == ["Vell Party formed"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # how the deed compares with the one before is no part of it
            ("In a similar, more humorous vein, Tam Orm gained name recognition with his 2008 primary ad.",),
            ("2008", "Tam Orm gained name recognition with his primary ad"),
        ),
        (  # which time, the date says
            ("Vell Orm came to the presidency in 1901, at a time when movie newsreels were becoming popular.",),
            ("1901", "Vell Orm came to the presidency"),
        ),
        (  # two people, both by their full names, not the first alone
            ("In 2003, Tam Orm and Kell Vane, both actors, became candidates in the recall election.",),
            ("2003", "Tam Orm and Kell Vane became candidates in the recall election"),
        ),
        (  # "who" tells of the senator, not of his state
            (
                "For example, Senator Tam Orm of Kellia, who first ran for the Senate as an independent candidate, "
                "caucuses with the Vellists. He returned to the Senate in 2017 as an independent.",
            ),
            ("2017", "Senator Tam Orm returned to the Senate"),
        ),
    ],
)
def test_leads_pairs_and_whom_who_tells_of(paragraphs: tuple[str, ...], expected: tuple[str, str]) -> None:
    assert expected in _titles(*paragraphs)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the year of the election the bid was for, not of the announcement
        "For example, Senator Tam Orm (R-KL) announced his 2016 presidential bid at Vell University.",
        # the year of the topic, not of the stand
        "President Orm took a more emphatic stand with Kellia on questions regarding Kellish influence in the 2016 "
        "and 2020 elections.",
        # a year that makes an adjective dates nothing
        "For example, Tam Orm was executed for murder based on 1990-era DNA testing of a single hair.",
    ],
)
def test_a_year_the_deed_is_about_or_an_adjective_is_no_date_of_it(paragraph: str) -> None:
    assert _titles(paragraph) == []


def test_a_reflexive_stress_ends_no_title():
    assert ("2013", "Tam Orm ran for a seat on the City Council") in _titles(
        "In 2013, Tam Orm ran for a seat on the City Council himself."
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # the year gone, the article agrees with the word after it
            "Finally, a 1974 amendment to the act created the Vell Election Commission (VEC), which enforces the laws.",
            ("1974", "An amendment to the act created the Vell Election Commission"),
        ),
        (  # how long it lasted goes whole, not leaving its "over"
            "The Kell Conference, which took place on the island of Orm over two days in December 1989, ended the war.",
            ("1989-12", "The Kell Conference took place on the island of Orm"),
        ),
        (  # how long it went on, which a span would say, goes with its verb
            "The Kell-Orm Talks, which began in 1955 and continued intermittently over the years that followed, "
            "had reached a hiatus.",
            ("1955", "The Kell-Orm Talks began"),
        ),
    ],
)
def test_what_a_cut_year_or_span_leaves_is_mended(paragraph: str, expected: tuple[str, str]) -> None:
    assert expected in _titles(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (  # how the sentence follows the one before is no part of the deed
            "More specifically, the papers were compiled at the request of Tam Orm in 1967.",
            ("1967", "The papers were compiled at the request of Tam Orm"),
        ),
    ],
)
def test_a_lead_that_links_the_sentence_to_the_one_before_is_no_part_of_the_title(
    paragraph: str, expected: tuple[str, str]
) -> None:
    assert expected in _titles(paragraph)


def test_how_things_stood_as_of_a_year_is_no_event():
    assert _titles("But as of 2019, radio programming still reached more Kellish people than any other medium.") == []


def test_two_bodies_formed_in_one_year_are_two_events():
    titles = _titles(
        "Tam Orm and Vell Kane led the movement. In 1869, Orm and Kane formed the National Kell Suffrage "
        "Association (NKSA), which demanded that the Constitution be amended to grant the vote to all women. The "
        "less radical Lucy Dane formed the Vellish Kell Suffrage Association (VKSA) in the same year; VKSA hoped to "
        "win the suffrage state by state instead of seeking to amend the Constitution."
    )
    assert ("1869", "Tam Orm and Vell Kane formed the National Kell Suffrage Association") in titles
    assert ("1869", "Lucy Dane formed the Vellish Kell Suffrage Association") in titles
