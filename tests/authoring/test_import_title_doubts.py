"""The titles the importer doubts: shapes that teachers mostly rewrite are marked on their
line, listed as tasks of their own, and keep `check --strict` failing; the others are not
marked. The pairs below are titles the importer proposed from real articles and two judges
read beside them."""

from __future__ import annotations

import re

import pytest
from conftest import TESTS

from generator.authoring.importer import parse_article, propose
from generator.authoring.importing.title_doubts import title_doubt
from generator.cli import main

# (title, its sentence, a word of the reason): titles both judges rewrote
DOUBTED = [
    (
        "The results aligned",
        "In 2020, the results aligned: Joe Biden won both the popular and the electoral vote.",
        "subject",
    ),
    (
        "Another was published in an edition of the Anti-Slavery Standard",
        "Another was published in 1863 in an edition of the Anti-Slavery Standard by Frances Dana Gage.",
        "subject",
    ),
    (
        "Congress set the number at nine",
        "In 1869, Congress set the number at nine, where it has remained.",
        "the number",
    ),
    (
        "Christopher Columbus persuaded the monarchs to fund his expedition to the Far East",
        "In 1492, Christopher Columbus persuaded the monarchs to fund his expedition to the Far East.",
        "the monarchs",
    ),
    (
        "The Koch brothers and their affiliates spent nearly $400 million",
        "In 2012, the Koch brothers and their affiliates spent nearly $400 million supporting Republican candidates.",
        "figure",
    ),
    (
        "The government received 772,869 FOIA requests",
        "In fiscal year 2020, the government received 772,869 FOIA requests.",
        "figure",
    ),
    (
        "Nine were current or former state governors",
        "Among the early 2016 Republican presidential contenders, nine were current or former state governors.",
        "“Nine”",
    ),
    ("Presidential election", "The presidential election of 1824 was decided by the House.", "kind of event"),
    (
        "Voters in Arizona approved a referendum",
        "In 2000, voters in Arizona approved a referendum that created an independent state commission.",
        "“a referendum”",
    ),
    (
        "The U.S. House of Representatives passed legislation in the 117th Congress",
        "The U.S. House of Representatives passed legislation in the 117th Congress in 2021 to extend the deadline.",
        "“legislation in the 117th Congress”",
    ),
    (
        "New Jersey governor Chris Christie made headlines",
        "In 2012, New Jersey governor Chris Christie made headlines for his handling of Hurricane Sandy.",
        "“headlines”",
    ),
    (
        "Yet, Paul Begala, a strategist with Bill Clinton’s campaign, saw debates differently",
        "Yet, in 1992, Paul Begala, a strategist with Bill Clinton’s campaign, saw debates differently.",
        "opens with",
    ),
    ("The ACA", "The ACA (2010) required most Americans to have health insurance.", "abbreviation"),
    ("Cortés arrived", "When Cortés arrived in 1519, Tenochtitlán held some two hundred thousand people.", "“arrived”"),
    ("Approval spiked", "After the attacks of 2001, approval spiked.", "“spiked”"),
    (
        "George Floyd died shortly after police officer Derek Chauvin leaned his knee",
        "In May 2020, George Floyd died shortly after police officer Derek Chauvin leaned his knee on Floyd's neck "
        "for nine and half minutes.",
        "“on Floyd's neck for",
    ),
    (
        "The state of Massachusetts enacted a law that required protestors",
        "In 2007, the state of Massachusetts enacted a law that required protestors to stand thirty-five feet away "
        "from clinic entrances.",
        "“to stand thirty-five feet",
    ),
    (
        "Walter Cronkite expressed concern",
        "In a broadcast following the Tet Offensive in 1968, Cronkite expressed concern that the United States was "
        "mired in a conflict that would end in a stalemate.",
        "“that the United States",
    ),
    (
        "Hillary Clinton ran a holiday ad featuring wrapped gifts",
        "In 2008, Hillary Clinton ran a holiday ad featuring wrapped gifts labelled with her issue positions.",
        "“labelled with her issue",
    ),
    (
        "The Democrats tapped Arkansas governor Bill Clinton",
        "In 1988, the Democrats tapped Arkansas governor Bill Clinton to introduce their nominee Michael Dukakis.",
        "“to introduce their nominee",
    ),
    (
        "The Swift Boat Veterans for Truth organization ran ads",
        "In 2004, the Swift Boat Veterans for Truth organization ran ads attacking John Kerry’s military service record.",
        "“ads”",
    ),
    (
        "More recently students protested against the university system president",
        "More recently, in 2015, students protested against the university system president.",
        "opens with",
    ),
]

# titles both judges kept, of the shapes above but whole
KEPT = [
    (
        "The United States recognized Kazakhstan’s independence",
        "The United States recognized Kazakhstan’s independence on December 25, 1991.",
    ),
    ("Election of 1860", "The Election of 1860 split the Democratic Party."),
    ("War of 1812", "The War of 1812 ended in a stalemate."),
    (
        "The federal government enacted the Force Bill",
        "In 1833, the federal government enacted the Force Bill, which authorized the president to use the army.",
    ),
    (
        "Adolph Ochs purchased the New York Times",
        "In 1896, Adolph Ochs purchased the New York Times with the goal of creating a dignified newspaper.",
    ),
    (
        "Marx and Engels published the Communist Manifesto",
        "In 1848, Marx and Engels published the Communist Manifesto in London.",
    ),
    (
        "The Supreme Court ruled in Brown v. Board of Education",
        "In 1954, the Supreme Court ruled in Brown v. Board of Education that segregated schools were unequal.",
    ),
    ("Black men received the right to vote", "In 1870, Black men received the right to vote."),
    ("Brown v. Board of Education case", "The Brown v. Board of Education case of 1954 ended legal segregation."),
    ("Twelfth Amendment ratified", "The Twelfth Amendment was ratified in 1804."),
]


@pytest.mark.parametrize(("title", "sentence", "why"), DOUBTED, ids=[t for t, *_ in DOUBTED])
def test_a_title_of_a_shape_teachers_rewrite_is_doubted_and_says_why(title, sentence, why):
    assert why in title_doubt(title, sentence)


@pytest.mark.parametrize(("title", "sentence"), KEPT, ids=[t for t, _ in KEPT])
def test_a_whole_title_is_not_doubted(title, sentence):
    assert title_doubt(title, sentence) == ""


def test_an_empty_title_has_no_doubt():
    assert title_doubt("", "Something happened in 1900.") == ""


def test_the_doubted_titles_of_an_import_are_marked_listed_and_keep_strict_check_failing(tmp_path, capsys):
    """A textbook section whose import proposes titles of both kinds: each doubted title is
    marked on its own line and listed as a one-minute task at that line; the undoubted ones
    carry no mark; `check --strict` warns at each mark until the teacher has looked."""
    timeline, out = _imported_timeline("presidential-election-process.md", tmp_path / "pep", capsys)
    lines = timeline.read_text(encoding="utf-8").split("\n")
    marked = [n for n, line in enumerate(lines, start=1) if "# REVIEW: check this title" in line]
    titles = [n for n, line in enumerate(lines, start=1) if line.startswith("  title: ")]
    assert marked and set(marked) < set(titles)  # some titles are doubted, not all
    for number in marked:
        title = re.match(r'  title: "(.*)"  # REVIEW: check this title: (.+)$', lines[number - 1])
        assert title, lines[number - 1]
        assert re.search(rf"{re.escape(str(timeline))}:{number}: check a title: .+ \(about 1 min\)", out)
    assert '  title: "The results aligned"  # REVIEW: check this title' in "\n".join(lines)

    before = _strict_check(tmp_path / "pep", capsys)
    assert all(f"timeline.yaml:{number}: warning: a '# REVIEW' marker" in before for number in marked)
    for number in marked:  # the teacher has read each doubted title
        lines[number - 1] = lines[number - 1].split("  #")[0]
    timeline.write_text("\n".join(lines), encoding="utf-8")
    after = _strict_check(tmp_path / "pep", capsys)
    assert not any(f"timeline.yaml:{number}: warning" in after for number in marked)


def _imported_timeline(article: str, guide, capsys):
    """The timeline file the import of ``article`` (from the test articles) writes into ``guide``,
    and what the import printed."""
    status = main(["import", str(TESTS / "data" / article), "--slug", guide.name, "--content", str(guide.parent)])
    assert status == 0
    return guide / "timeline.yaml", capsys.readouterr().out


def _strict_check(guide, capsys) -> str:
    """What `check --strict` prints of ``guide``, which must fail while any marker is left."""
    capsys.readouterr()
    status = main(["check", "--strict", str(guide)])
    printed = capsys.readouterr()
    assert status == 1  # the article's other markers stay
    return printed.out + printed.err


def test_a_french_article_gets_no_english_doubts():
    """The shapes are English words: a French title with a figure is not doubted, where the
    same shape in English is."""
    french = propose(parse_article("# Budget\n\n## Dette\n\nLe déficit atteint 3 % du PIB en 1993.\n"))
    english = propose(parse_article("# Budget\n\n## Debt\n\nIn 1993, the deficit reached 3 % of GDP.\n"))
    assert [e.title for e in french.events] and [e.title for e in english.events]
    assert [e.doubt for e in french.events] == [""]
    assert "figure" in english.events[0].doubt
