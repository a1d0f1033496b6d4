"""Titles of signed documents, of deeds a date splits from their verb, and of subjects that are lists.

Each case is a paragraph with invented names and the titles a teacher would print for its dates
(or "" where the importer cannot title the deed without inventing words).
"""

from __future__ import annotations

import pytest

from generator.authoring.importing.full_names import full_names
from generator.authoring.importing.merge import merge_duplicates
from generator.authoring.importing.subject import subject_of
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
            [("1812-06-01", "Orm asked the assembly for a declaration of War on Arlen")],
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
            [("1936-08", "The Kellish Ambassador began to reside intermittently near the government in Vell")],
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
            [("1843", "Kell established a consular post in the British colony of Vell")],
        ),
        # the day of a convention's name ("…, of June 16, 1852") is no second event of the sentence
        (
            "On June 7, 1854, Orm signed the Declaration of Accession to the Convention for the Extradition of "
            "Criminals, Fugitive from Justice, of June 16, 1852 between Kell and Arlen.",
            [("1854-06-07", "Declaration of Accession")],
        ),
        # "The treaty signed in 1886" names which treaty; the deed is the termination
        (
            "The treaty signed in 1886 was terminated on July 28, 1920, with the exception of one article.",
            [("1920-07-28", "The treaty signed in 1886 was terminated with the exception of one article")],
        ),
        # who headed an embassy, once the cut took their role, is cut too
        (
            "The Kellish Embassy in Orm was established on December 9, 1974, with Tam Vell, Jr., as Chargé "
            "d’Affaires ad interim.",
            [("1974-12-09", "The Kellish Embassy in Orm was established")],
        ),
        # "Legation Kell" is no person's full name for "Kell"
        (
            "Kell achieved full independence in 1867. Legation Kell reopened on September 23, 1944.",
            [("1867", "Kell achieved full independence"), ("1944-09-23", "Legation Kell reopened")],
        ),
        # "what is now Arlen" keeps its "now": the place's name today
        (
            "Kell commenced consular relations with what is now Arlen when it appointed a Consul to Vell in 1918.",
            [("1918", "Kell commenced consular relations with what is now Arlen")],
        ),
        # the day after "Following the surrender … on" is the surrender's
        (
            "Following the Kellish surrender to the allied powers on May 8, 1945, Kell was occupied and divided "
            "into four zones.",
            [("1945-05-08", "Kellish surrender to the allied powers")],
        ),
        # a pluperfect that opens the sentence is the day's deed; ", although …" is what was not yet so
        (
            "Vell had taken over full control of its foreign relations on April 10, 1940, although the country had "
            "not yet declared itself independent from Kell, which was then under Arlenian occupation.",
            [("1940-04-10", "Vell took over full control of its foreign relations")],
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


def test_a_treaty_named_by_a_list_of_words_is_one_name():
    assert _titles(
        "Kell and Arlen signed a Treaty of Friendship, Commerce, and Navigation in Vell on June 24, 1924. It "
        "entered into force on October 4."
    ) == [
        ("1924-06-24", "Treaty of Friendship, Commerce, and Navigation"),
        ("1924-10-04", "Treaty of Friendship, Commerce, and Navigation entered into force"),
    ]
    # not "Commerce, and Navigation, signed in Vell": the end of a list is no subject
    assert _titles(
        "The first treaty between Kell and Arlen was a Treaty of Friendship, Commerce, and Navigation, signed in "
        "Vell on July 10, 1851 and entered into force on May 26, 1852."
    ) == [("1851-07-10", "Treaty of Friendship, Commerce, and Navigation"), ("1852-05-26", "")]
    assert subject_of("Arlen, and Vell", None) == ""


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a verb whose deed is the infinitive after it is kept with it
        (
            "The Republic of Kell ceased to exist as an independent, sovereign state in 1902.",
            [("1902", "The Republic of Kell ceased to exist")],
        ),
        # raised to what, too
        (
            "On November 28, 1966, the United States raised its Legations in Kell and Vell to Embassy status.",
            [("1966-11-28", "The United States raised its Legations in Kell and Vell to Embassy status")],
        ),
        # a document's purpose is its matter
        (
            "On January 21, 1845, Kell signed a convention to abolish droit d’aubaine and taxation upon emigration "
            "with the Kingdom of Vell.",
            [("1845-01-21", "Kell signed a convention to abolish droit d’aubaine and taxation")],
        ),
        # "An Extradition Convention": a kind of agreement, named without its article
        (
            "An Extradition Convention was signed between Kell and Vell on September 12, 1853, in Orm.",
            [("1853-09-12", "Extradition Convention")],
        ),
        # what the date of a letter dates is the receiving, without a dangling "dated"
        (
            "Tam Orm, who negotiated this treaty, received instructions dated January 27, 1832, from Secretary "
            "Arlen Vell.",
            [("1832-01-27", "Tam Orm received instructions from Secretary Arlen Vell")],
        ),
        # "Yet, although …" and "Prior to …," lead in; the deed is what follows
        (
            "Yet, although Orm was recalled from his position in Vell in 1874 (at his own request), he was never "
            "officially recalled from the court of Kell.",
            [("1874", "Orm was recalled from his position in Vell")],
        ),
        (
            "Prior to Kell’s recognition of the United States, Congress commissioned Tam Orm on July 1, 1777, as "
            "representative to Vell.",
            [("1777-07-01", "Congress commissioned Tam Orm as representative to Vell")],
        ),
        # a saint's "St.-" joins its name
        (
            "On September 10, 1919, the Treaty of St.-Arlen recognized Kell’s independence from Vell.",
            [("1919-09-10", "Treaty of St.-Arlen")],
        ),
        # whose exequatur, by the person's name
        (
            "Tam Orm, whose exequatur as Consul at New Kell was signed by President Arlen Vell on November 1, 1854.",
            [("1854-11-01", "Tam Orm’s exequatur was signed by President Arlen Vell")],
        ),
        # "Succeeding Orm, who died …": Orm died
        (
            "Succeeding Orm, who died in Kell in January, 1838, Tam Vell became Chargé.",
            [("1838-01", "Orm died in Kell")],
        ),
        # ", thus launching …" says what the deed led to
        (
            "Kell provoked Vell to declare war in 1859, thus launching the conflict that served to unify Orm.",
            [("1859", "Kell provoked Vell to declare war")],
        ),
        # two deeds of two named doers, each with its day
        (
            "Vellish forces had occupied the city on April 9, 1940 and Kellish Minister Tam Orm left Arlen on June "
            "5, 1940.",
            [("1940-04-09", "Vellish forces occupied the city"), ("1940-06-05", "Tam Orm left Arlen")],
        ),
        # the date of a deed done "following" a named event is the deed's
        (
            "On June 16, 1945, the Kellish Legation at Vell was reopened following Vell’s liberation from Orm.",
            [("1945-06-16", "The Kellish Legation at Vell was reopened following Vell’s liberation from Orm")],
        ),
        # which of the posts: the ordinal stays
        (
            "A third U.S. Consulate opened at Vell in 1818 with Tam Orm as U.S. Consul.",
            [("1818", "A third U.S. Consulate opened at Vell")],
        ),
    ],
)
def test_whole_deeds_and_their_own_doers(paragraph, expected):
    assert _titles(paragraph) == expected


def test_the_post_after_the_first_post_is_the_post_at_its_place():
    assert _titles(
        "The first U.S. consular post in the Kingdom of Vell was established in 1869, when a Consular Agent was "
        "appointed in Orm. The post became a Consulate General in 1904 and was closed in 1917."
    )[1:] == [
        ("1904", "The consular post at Orm became a Consulate General"),
        ("1917", "The consular post at Orm was closed"),
    ]


def test_he_after_an_appointment_accepted_is_the_one_appointed():
    assert _titles(
        "On November 2, 1945, the United States accepted the appointment of Tam de Orm-Vell as Kell’s Minister to "
        "the United States. He presented his credentials January 18, 1946."
    ) == [
        ("1945-11-02", "The United States accepted the appointment of Tam de Orm-Vell"),
        ("1946-01-18", "Tam de Orm-Vell presented his credentials"),
    ]


def test_a_list_run_into_a_sentence_tells_each_post_by_its_days():
    titles = _titles(
        "The first U.S. Consulate to open in the Kingdom of Vell was in 1833. The second one opened on December "
        "26, 1843. Other U.S. Consulates opened in the kingdom were: Arlen, which opened on June 26, 1846, and "
        "closed on July 28, 1906; Orm, which opened on August 4, 1862, and closed on April 21, 1870; and Brill, "
        "which opened on January 25, 1892."
    )
    assert titles == [
        ("1833", "The first U.S. Consulate in the Kingdom of Vell opened"),
        ("1843-12-26", "The second U.S. Consulate opened"),
        ("1846-06-26/1906-07-28", "U.S. Consulate at Arlen"),
        ("1862-08-04/1870-04-21", "U.S. Consulate at Orm"),
        ("1892-01-25", "U.S. Consulate at Brill opens"),
    ]


def test_a_year_then_a_new_subject_and_a_year_until_a_when_clause():
    assert _titles(
        "The first act of mutual recognition between Kell and Vell occurred in 1833 and relations between the two "
        "countries expanded through 1871 when Vell joined the Orm Empire."
    ) == [("1833", "First act of mutual recognition between Kell and Vell"), ("1871", "Vell joined the Orm Empire")]


def test_a_war_declared_in_the_year_a_named_war_begins_is_that_war():
    found = events(
        [
            Block(
                PARAGRAPH,
                text := "In 1899, Kell declared war upon Vell and fought alongside Orm during the Arlen War "
                "(1899-1902).",
                text,
                1,
            )
        ],
        None,
        "sections/01.md",
    )
    assert [(e.date, e.title) for e in merge_duplicates(found)] == [("1899/1902", "Arlen War")]


def test_a_list_with_a_name_of_two_words_keeps_every_name():
    assert _titles(
        "Kell shared diplomatic relations with the Federal Republic of Orm through 1992 when Vell, Arlen, Bosnia and "
        "Brill, and Tarn all seceded."
    ) == [("1992", "Vell, Arlen, Bosnia and Brill, and Tarn seceded")]


def test_a_document_named_by_a_long_list_keeps_its_name_and_lends_no_word_to_another():
    assert _titles(
        "On May 23, 1878, a Convention on the Rights, Privileges, and Immunities of Consular Officers was signed in "
        "Vell by Secretary of State Tam Orm and the Kellish Minister Resident Arlen Brill."
    ) == [("1878-05-23", "Convention on the Rights, Privileges, and Immunities of Consular Officers")]
    # "Consular Convention" later in the article is no person whose surname is "Convention"
    names = full_names(["Kell and Vell signed a Consular Convention on April 30, 1852."])
    assert "Convention" not in names


def test_a_list_of_posts_whose_last_item_drops_its_which_and_a_year_before_another_years_when():
    assert _titles(
        "Other consulates in Kell included: Arlen, which opened on March 5, 1891 and closed on May 11, 1908; "
        "Brill (Brille), which opened on March 3, 1855 and closed on February 18, 1872; and Orm on October 26, "
        "1843, and closed on July 8, 1916."
    ) == [
        ("1891-03-05/1908-05-11", "Consulate at Arlen"),
        ("1855-03-03/1872-02-18", "Consulate at Brill"),
        ("1843-10-26/1916-07-08", "Consulate at Orm"),
    ]
    # the when-clause after 1871 is 1871's, not the year before it; "through 1871, when" dates it
    assert _titles(
        "The first act of mutual recognition between Kell and Vell came in 1832, and relations between the two "
        "countries expanded through 1871, when Kell joined the Orm Empire."
    ) == [("1832", ""), ("1871", "Kell joined the Orm Empire")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an instruction to notify someone of a deed tells the deed
        (
            "On February 3, 1917, President Tam Orm instructed the Secretary of State to notify the Vellish "
            "Ambassador to Kell that all diplomatic relations between Kell and the Vellish Empire were severed.",
            [("1917-02-03", "Diplomatic relations between Kell and the Vellish Empire were severed")],
        ),
        # "a decree of September 18, 1932" names no decree: what was decreed is the clause
        (
            "The name of the state was changed to the Kingdom of Kell by a decree of September 18, 1932.",
            [("1932-09-18", "The name of the state was changed to the Kingdom of Kell")],
        ),
        # but an act of a day is named by it
        (
            "It should be noted that, by an act of July 4, 1836, the Kell Office had been changed to a bureau.",
            [("1836-07-04", "Act of July 4, 1836")],
        ),
        # a name's year ("the War of 1812") stands between the date and its when-clause
        (
            "Tam Orm was admitted to the bar in 1812. Two years later, after marching against the British in the War "
            "of 1812, Tam Orm entered politics when he was nominated to the Kell Assembly.",
            [
                ("1812", "Tam Orm was admitted to the bar"),
                ("1814", "Tam Orm was nominated to the Kell Assembly"),
                ("1812", "War of 1812"),
            ],
        ),
        # as what it constituted itself
        (
            "In 1847 the settlement constituted itself as a republic and subsequently was recognized by Vell.",
            [("1847", "The settlement constituted itself as a republic")],
        ),
        # "a U.S. Consulate in Orm, which opened": the consulate opened, not the town
        (
            "There was a U.S. Consulate in Orm-Vell, which opened on January 23, 1854.",
            [("1854-01-23", "A U.S. Consulate in Orm-Vell opened")],
        ),
        # a treaty's parties and "by both countries" go before a title runs long; the second deed shares the subject
        (
            "The Treaty of Peace, Friendship, Commerce and Navigation between the United States and Kell was signed "
            "by both countries in Kell on June 23, 1850, and entered into force on July 11, 1853.",
            [
                ("1850-06-23", "The Treaty of Peace, Friendship, Commerce and Navigation was signed in Kell"),
                ("1853-07-11", "The Treaty of Peace, Friendship, Commerce and Navigation entered into force"),
            ],
        ),
        # where to, when the title says where from, even in names of several words
        (
            "On March 6, 2006, responsibilities for Kell were transferred from Embassy Port Orm to Embassy Vell.",
            [("2006-03-06", "Responsibilities for Kell were transferred from Embassy Port Orm to Embassy Vell")],
        ),
        # "recognized the independence of …": the recognition is the date's deed, not the independence
        (
            "The United States recognized the independence of the State of Kell on January 1, 1962, when Senator "
            "Tam Orm delivered a congratulatory message.",
            [("1962-01-01", "The United States recognized the independence of the State of Kell")],
        ),
        # an envoy's name set off by a comma is cut with all its words, not its last two
        (
            "The U.S. Ambassador to Vell, Richard Allen Orm was accredited to Kell on February 13, 2003, when he "
            "presented his credentials to President Tam Vell.",
            [("2003-02-13", "Richard Allen Orm was accredited to Kell")],
        ),
        # "until its collapse in 1962": the date is the end of what "its" names, not the time taken part in it
        (
            "The island grew increasingly self-reliant, participating in the Orm Federation from 1958 until its "
            "collapse in 1962.",
            [("1962", "Collapse of the Orm Federation")],
        ),
        # "following the appointment of the first U.S. Ambassador … in 1972": the date is the appointment's
        (
            "Relations were sporadic over the next century, but became more regular following the appointment of "
            "the first U.S. Ambassador to Kell in 1972.",
            [("1972", "Appointment of the first U.S. Ambassador to Kell")],
        ),
        # "…, and a Consular Agent to Orm in 1879": the second object, dated after it, takes the first's doer and verb
        (
            "The United States also sent a Commercial Agent to Kell in 1878, and a Consular Agent to Orm in 1879.",
            [
                ("1878", "The United States sent a Commercial Agent to Kell"),
                ("1879", "The United States sent a Consular Agent to Orm"),
            ],
        ),
        # a deed's object of five capitalised words is one name, not cut at its fourth
        (
            "The United States kept its relations with Kell through the 1983 invasion of the island nation "
            "following the assassination of Kell’s Prime Minister Tam Orm.",
            [("1983", "Assassination of Kell’s Prime Minister Tam Orm")],
        ),
        # "was re-established": a deed whose verb has a prefix, not a state named "re"
        (
            "The American Embassy at Orm was re-established on June 18, 1979, with Tam Vell as Chargé d’Affaires.",
            [("1979-06-18", "The American Embassy at Orm was re-established")],
        ),
    ],
)
def test_messages_decrees_and_what_a_relative_clause_tells_of(paragraph, expected):
    assert _titles(paragraph) == expected


def test_a_year_merged_into_a_day_leaves_the_day_its_own_deed():
    found = []
    for number, paragraph in enumerate(
        [
            "Relations were severed when Kell declared war upon the Vellish Empire in 1917.",
            "On February 3, 1917, President Tam Orm instructed the Secretary of State to notify the Vellish "
            "Ambassador that all diplomatic relations between the Kellish Republic and the Vellish Empire were severed.",
        ],
        start=1,
    ):
        found += events([Block(PARAGRAPH, paragraph, paragraph, 1)], None, f"sections/{number:02}.md")
    merged = merge_duplicates(sorted(found, key=lambda e: e.sort_key))
    assert [(e.date, e.title) for e in merged] == [
        ("1917-02-03", "Diplomatic relations between the Kellish Republic and the Vellish Empire were severed")
    ]


def test_a_year_merged_into_a_day_of_another_doer_leaves_the_day_its_own_title():
    # the year's title is the when-clause's deed, told as a noun ("Arlenian occupation of Kell"); the day tells
    # what Vell did, which the year's sentence told too
    paragraphs = [
        "When Arlenian forces occupied Kell in 1940, Vell assumed control over its own foreign affairs.",
        "Vell had taken over full control of its foreign relations on April 10, 1940, although the country had not "
        "yet declared itself independent from Kell, which was then under Arlenian occupation.",
    ]
    found = events([Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, 1)], None, "sections/01.md")
    assert [(e.date, e.title) for e in merge_duplicates(found)] == [
        ("1940-04-10", "Vell took over full control of its foreign relations")
    ]


def _merged(paragraphs: list[str]) -> list[tuple[str, str]]:
    found = events([Block(PARAGRAPH, p, p, n) for n, p in enumerate(paragraphs, 1)], None, "sections/01.md")
    return [(e.date, e.title) for e in merge_duplicates(sorted(found, key=lambda e: e.sort_key))]


def test_a_country_s_independence_and_its_recognition_on_one_day_stay_two_events():
    merged = _merged(
        [
            "Voters chose independence and the Republic of Kell declared independence on July 9, 2011.",
            "President Tam Orm declared that the United States formally recognized the Republic of Kell as a "
            "sovereign and independent state on July 9, 2011.",
        ]
    )
    assert len(merged) == 2
    assert any("declared independence" in title for _, title in merged)
    assert any("ecogni" in title for _, title in merged)


def test_relations_with_an_independent_country_are_not_its_independence():
    # "an independent Kell" is the recognized state, not a deed of its own: the recognition told twice
    merged = _merged(
        [
            "Independent Kell was recognized on April 5, 1844.",
            "The United States established relations with an independent Kell on April 5, 1844, when Tam Orm "
            "presented his credentials.",
        ]
    )
    assert len(merged) == 1


def test_an_agreement_that_only_dates_a_later_deed_is_its_own_event():
    # "After the signing of the … Agreement in 2005, … on November 11, 2005": the agreement came first
    merged = _merged(
        [
            "The 2005 signing of the Comprehensive Peace Agreement officially ended the conflict.",
            "After the signing of the Comprehensive Peace Agreement in 2005, the U.S. government established a "
            "consulate in Orm on November 11, 2005, to reinforce its partnership with the people of Kell.",
        ]
    )
    assert ("2005-11-11", "The U.S. government established a consulate in Orm") in merged
    assert any(date == "2005" and "Comprehensive Peace Agreement" in title for date, title in merged)
