"""`studyguide import`: an article becomes a guide skeleton that builds.

The fixtures under tests/fixtures/ always run; the seed article beside the
repository (../shared/seed/) is used when it is there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, TESTS, pdftotext
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator.authoring.importer import parse_article, propose
from generator.authoring.importing.guide_files import REVIEW_POINTS
from generator.cli import main
from generator.content.files import load_markdown

FIXTURES = TESTS / "fixtures"
SEED_DIR = ROOT.parent / "shared" / "seed"


def _yaml(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _titles(guide: Path) -> list[str]:
    return [load_markdown(p).front.data["title"] for p in sorted((guide / "sections").glob("*.md"))]


def _import(article: Path, content: Path, slug: str, capsys) -> tuple[Path, str]:
    assert main(["import", str(article), "--slug", slug, "--content", str(content)]) == 0
    return content / slug, capsys.readouterr().out


def _build_text(guide: Path, out: Path) -> str:
    assert main(["build", str(guide), "--output", str(out)]) == 0
    pdf = out / f"{guide.name}.pdf"
    return pdftotext(pdf)


@pytest.fixture(scope="module")
def suez(tmp_path_factory):
    content = tmp_path_factory.mktemp("content")
    assert main(["import", str(FIXTURES / "article.txt"), "--slug", "suez", "--content", str(content)]) == 0
    return content / "suez"


def test_plain_text_headings_become_sections_with_the_conclusion_last(suez):
    assert _titles(suez) == ["Introduction", "The Concession", "Digging Across the Desert", "Opening Day", "Conclusion"]
    assert _yaml(suez / "guide.yaml")["title"] == "The Suez Canal: Building a Shortcut Between Two Seas"


def test_key_points_are_whole_sentences_of_their_section_marked_for_review(suez):
    path = suez / "sections/02-the-concession.md"
    assert REVIEW_POINTS in path.read_text(encoding="utf-8")
    document = load_markdown(path)
    summary = document.front.data["summary"]
    assert 2 <= len(summary) <= 5
    assert all(point in " ".join(document.body.split()) for point in summary)


def test_faq_entries_are_taken_with_bullets_stripped(suez):
    assert _yaml(suez / "faq.yaml") == [
        {
            "question": "Who led the project?",
            "answer": "Ferdinand de Lesseps, a French diplomat, organised the company and the work.",
        },
        {
            "question": "How long did the construction take?",
            "answer": "About ten years, from the first digging in 1859 to the opening in 1869.",
        },
    ]


def test_an_event_is_named_by_what_happened_even_in_a_plain_sentence(suez):
    events = _yaml(suez / "timeline.yaml")
    assert [(e["date"], e["title"]) for e in events] == [
        ("1854-11", "Ferdinand de Lesseps obtained a concession from the Egyptian viceroy Said Pasha"),
        ("1859-04-25", "Work began at Port Said"),
        ("1869-11-17", "Opening of the canal"),
    ]
    assert events[2]["detail"] == (
        "The canal opened on 17 November 1869 with a procession of ships led by the French imperial yacht."
    )
    assert "# REVIEW" in (suez / "timeline.yaml").read_text(encoding="utf-8")


def test_nothing_is_lost_from_the_sections(suez):
    body = "".join(load_markdown(p).body for p in (suez / "sections").glob("*.md"))
    for sentence in (
        "Steam dredgers took over much of the work in the following decade.",
        "It also drew Egypt into the rivalries of the great powers.",
        "A canal across the isthmus of Suez promised",
    ):
        assert sentence in body


def test_imported_plain_text_builds_to_a_pdf(suez, tmp_path):
    text = _build_text(suez, tmp_path)
    assert "Digging Across the Desert" in text and "Who led the project?" in text
    assert "17 November 1869" in text  # the timeline's date, formatted from 1869-11-17


def test_markdown_headings_and_faq(tmp_path, capsys):
    guide, report = _import(FIXTURES / "article.md", tmp_path, "lighthouses", capsys)
    # The one-sentence introduction cannot be a section (it would not build): it leads into the next one.
    assert _titles(guide) == ["The First Towers", "Keepers and Their Families"]
    body = load_markdown(guide / "sections/01-the-first-towers.md").body
    assert body.strip().startswith("Lighthouses guided ships") and "### Lenses" in body
    assert [q["question"] for q in _yaml(guide / "faq.yaml")] == [
        "Why were lighthouses painted in stripes?",
        "Are any still staffed?",
    ]
    assert "fewer than two sentences" not in report


def test_import_refuses_an_existing_folder(tmp_path, capsys):
    (tmp_path / "taken").mkdir()
    assert main(["import", str(FIXTURES / "article.txt"), "--slug", "taken", "--content", str(tmp_path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert not any((tmp_path / "taken").iterdir())


def test_a_missing_article_is_reported_not_raised(tmp_path, capsys):
    assert main(["import", str(tmp_path / "nope.txt"), "--slug", "x", "--content", str(tmp_path)]) == 1
    assert "cannot read the file" in capsys.readouterr().err


def test_plain_text_heading_rules():
    article = parse_article(
        "Title\n\nA short line\n\nText under it. More.\n\nNot a heading.\n\nText.\n\n"
        "Also not a heading because it is the last line"
    )
    assert article.title == "Title"
    assert [p.heading for p in article.parts] == ["A short line"]
    assert [block.plain for block in article.parts[0].blocks] == [
        "Text under it. More.",
        "Not a heading.",
        "Text.",
        "Also not a heading because it is the last line",
    ]


@pytest.fixture(scope="module")
def seed_article() -> Path:
    articles = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not articles:
        pytest.skip("the seed article (../shared/seed/ beside the repository) is not available")
    return articles[0]


def test_seed_article_imports_and_builds(seed_article, tmp_path, capsys):
    guide, report = _import(seed_article, tmp_path / "content", "seed", capsys)
    titles = _titles(guide)
    assert len(titles) == 11 and titles[0] == "Introduction" and titles[-1] == "Conclusion"
    assert "The Battle of Khalkhin Gol" in titles and "The Yalta Conference" in titles
    assert len(_yaml(guide / "faq.yaml")) == 5
    years = [str(e["date"])[:4] for e in _yaml(guide / "timeline.yaml")]
    assert years == sorted(years) and {"1931", "1939", "1940", "1941", "1945"} <= set(years)
    assert "5 FAQ entries" in report
    assert "Yalta" in _build_text(guide, tmp_path / "out")


_LINES = st.sampled_from(
    [
        "",
        "",
        "Short Heading",
        "# Title",
        "## Part",
        "### Deeper",
        "FAQ",
        "Conclusion",
        "1. A question?",
        "  • An answer.",
        "- item",
        "A sentence. Another one in 1941.",
        "  indented text",
        "Why so?",
        "**Bold** words on April 13, 1941.",
        "Ends with a colon:",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINES, max_size=25))
def test_parsing_keeps_every_word_of_any_article(lines):
    # Each line's words made unique, so a lost line cannot hide behind a copy of it.
    text = "\n".join(
        re.sub(r"\b(?!FAQ\b|Conclusion\b)([A-Za-z]+)", rf"\g<1>q{i}", line) for i, line in enumerate(lines)
    )
    article = parse_article(text)
    kept = " ".join(
        [article.title or ""] + [f"{p.heading or ''} {' '.join(b.plain for b in p.blocks)}" for p in article.parts]
    )
    # A list number ("1. ") is markup, not a word of the article.
    words = set(re.findall(r"\w+", re.sub(r"(?m)^\s*\d+\.\s", "", text)))
    assert words <= set(re.findall(r"\w+", kept)) | {"Untitled"}
    files = propose(article).files
    assert words <= set(re.findall(r"\w+", " ".join(files.values())))


def test_unanswered_faq_questions_are_kept_and_reported():
    proposal = propose(
        parse_article(
            "Title\n\nBody text. More text.\n\nFAQ\n\n1. Unanswered thing?\n\n2. Answered?\n\nYes it is.\n\n"
            "3. Last unanswered?"
        )
    )
    assert proposal.faq == 1
    assert "Unanswered thing?" in proposal.files["sections/01-introduction.md"]
    assert "Last unanswered?" in proposal.files["sections/01-introduction.md"]
    assert any("2 FAQ question(s) without an answer" in item for item in proposal.review)


def test_a_bibliography_becomes_sources_with_author_title_and_year():
    article = parse_article(
        "# Title\n\nSome text about the war in 1941. More text here.\n\n## Further Reading\n\n"
        "- Hasegawa, Tsuyoshi. *Racing the Enemy: Stalin, Truman, and the Surrender of Japan*. "
        "Harvard University Press, 2005.\n"
        "- Slavinsky, Boris (2004). The Japanese-Soviet Neutrality Pact. RoutledgeCurzon.\n"
        "- Office of the Historian. Milestones, 1937–1945. https://history.state.gov/milestones\n"
    )
    sources = YAML(typ="safe").load(propose(article).files["sources.yaml"])
    assert sources[0] == {
        "author": "Hasegawa, Tsuyoshi",
        "title": "Racing the Enemy: Stalin, Truman, and the Surrender of Japan",
        "year": 2005,
    }
    assert sources[1]["author"] == "Slavinsky, Boris" and sources[1]["year"] == 2004
    assert sources[1]["title"] == "The Japanese-Soviet Neutrality Pact"
    assert sources[2]["url"] == "https://history.state.gov/milestones"
    # The bibliography's years never become events.
    assert "2005" not in propose(article).files["timeline.yaml"]


def test_a_resources_list_becomes_sources_with_its_editors_and_sites():
    article = parse_article(
        "# Kell\n\nSome text about the treaty of 1833. More text here.\n\n## Resources\n\n"
        "- Department of State Country Information: Kell (https://www.state.gov/countries-areas/kell/)\n"
        "- Kell: A Country Study, Compiled by the Federal Research Division of the Library of Congress and "
        "edited by Tam Orm (1989)\n"
        "- Treaties and Other International Agreements of the United States of America, 1776-1949, Compiled "
        "under the direction of Arlen Vell, (DOS, 1974), vol. 11, pp. 978-1042.\n"
        "- Treaties and Other International Acts of the United States of America, edited by Hunter Orm "
        "(Washington: US GPO, 1933), vol. 3, Document 76, pp. 741-788.\n"
    )
    files = propose(article).files
    sources = YAML(typ="safe").load(files["sources.yaml"])
    assert sources == [
        {
            "author": "state.gov",
            "title": "Department of State Country Information: Kell",
            "url": "https://www.state.gov/countries-areas/kell/",
        },
        {"author": "Tam Orm", "title": "Kell: A Country Study", "year": 1989},
        {
            "author": "Arlen Vell",
            "title": "Treaties and Other International Agreements of the United States of America, 1776-1949",
            "year": 1974,
            "publisher": "DOS",
        },
        {
            "author": "Hunter Orm",
            "title": "Treaties and Other International Acts of the United States of America",
            "year": 1933,
            "publisher": "Washington: US GPO",
        },
    ]
    # the list's years are the books', not events of the timeline
    assert "1989" not in files["timeline.yaml"] and "Resources" not in " ".join(files)


def test_review_questions_are_kept_commented_out_for_their_answers():
    files = propose(
        parse_article(
            "# Title\n\nBody text in 1941. More body.\n\n## Review Questions\n\n"
            "1. Which pact did Japan sign in April 1941?\n\n   a. The Tripartite Pact\n   b. The Neutrality Pact\n\n"
            "2. Why did Japan strike south?\n"
        )
    ).files
    text = files["questions.yaml"]
    assert '#   question: "Which pact did Japan sign in April 1941?"' in text
    assert '#     - "The Neutrality Pact"' in text and "# - type: short-answer" in text
    assert YAML(typ="safe").load(text) == []
    assert "April 1941" not in files["timeline.yaml"]


def test_an_article_in_french_gets_its_language_and_its_dates():
    article = parse_article(
        "# La Révolution française\n\n## Les débuts\n\n"
        "Les états généraux se réunissent à Versailles le 5 mai 1789. "
        "Le 14 juillet 1789, le peuple de Paris prend la Bastille.\n\n"
        "## La République\n\nLa monarchie est abolie le 21 septembre 1792 et la République est proclamée. "
        "Le roi Louis XVI est exécuté le 21 janvier 1793.\n"
    )
    proposal = propose(article)
    assert "language: fr" in proposal.files["guide.yaml"]
    assert [(e.date, e.title) for e in proposal.events] == [
        ("1789-05-05", "Les états généraux se réunissent à Versailles"),
        ("1789-07-14", "Le peuple de Paris prend la Bastille"),
        ("1792-09-21", "La monarchie est abolie"),
        ("1793-01-21", "Le roi Louis XVI est exécuté"),
    ]


def test_the_notes_at_an_articles_end_are_left_out_and_reported_never_dated():
    proposal = propose(
        parse_article(
            "# Title\n\nThe Kell treaty was signed in 1936. More text here.\n\n## Footnotes\n\n"
            "1 See Orm memorandum to Vell, November 21, 1937, file 1118.\n\n"
            "2 Skern letter to Orm, March 8, 1938.\n"
        )
    )
    assert [e.date for e in proposal.events] == ["1936"]
    assert not any("footnotes" in name for name in proposal.files)
    assert not any("Skern" in text for name, text in proposal.files.items() if name.startswith("sections/"))
    assert any(item.startswith("2 notes at the article's end were left out") for item in proposal.review)


def test_a_plain_texts_long_first_line_is_its_title_but_not_a_long_line_further_down():
    title = "Publicizing Kell Relations in Time of War: The Foundation of the Kell Relations of the Orm Series"
    article = parse_article(
        f"{title}\n\nThe war began in 1861. It went on.\n\n"
        "A line further down that runs on for many more words than any heading would ever hold in a text\n\n"
        "More text here."
    )
    assert article.title == title
    assert [part.heading for part in article.parts if part.heading] == []


def test_a_plain_texts_first_line_ending_in_a_names_suffix_is_its_title_but_a_sentence_is_not():
    article = parse_article("Tam Orm Vell, Jr.\n\nTam Orm Vell, Jr. was appointed Warden on May 2, 1861. He served.\n")
    assert article.title == "Tam Orm Vell, Jr."
    sentence = parse_article("Tam Orm Vell was born in Kell.\n\nHe was appointed Warden on May 2, 1861.\n")
    assert sentence.title != "Tam Orm Vell was born in Kell."


def _timeline_of_markdown(text: str, tmp_path: Path, capsys) -> dict[str, str]:
    """The timeline ``studyguide import`` proposes for a Markdown article: date → title."""
    article = tmp_path / "article.md"
    article.write_text(text, encoding="utf-8")
    guide, _ = _import(article, tmp_path / "content", "article", capsys)
    return {str(e["date"]): e["title"] for e in _yaml(guide / "timeline.yaml") or []}


def test_a_part_under_a_heading_without_a_year_goes_on_in_the_year_the_part_before_ended(tmp_path, capsys):
    dated = _timeline_of_markdown(
        "# The Embassy in Kell\n\n## A Quiet Summer\n\nIn the summer of 1914, Kell was calm, and its embassy was "
        "busy with the travellers of the season. The ambassador, Tam Orm, gave receptions every week.\n\n"
        "## On the Precipice\n\nOn June 28, Orm attended the races at Vell with much of the diplomatic corps. "
        "The news of the murder reached the stands that afternoon.\n\n"
        "## The Old Quarrel\n\nThe two parties first came to blows in 1804, after years of insults. On July 11, Orm "
        "shot Vell in a duel on the heights above the river.\n",
        tmp_path,
        capsys,
    )
    assert dated.get("1914-06-28") == "Tam Orm attended the races at Vell with much of the diplomatic corps", dated
    # the first year a part names is its time, even one earlier than the year carried from the part before
    assert "1804-07-11" in dated and "1914-07-11" not in dated, dated


def test_a_day_that_names_an_event_takes_no_year_from_the_part_before(tmp_path, capsys):
    dated = _timeline_of_markdown(
        "# The Kell Emergency\n\n## The Siege\n\nIn March 1803, the army of Vell laid siege to Kell, and the "
        "town fell within weeks. The occupation lasted for years.\n\n## The Town at Home\n\nThe riots of September "
        "11 awakened many to new threats at home. On October 26, the council passed the Orm Act, which widened the "
        "powers of the watch.\n",
        tmp_path,
        capsys,
    )
    assert "1803-09-11" not in dated, dated  # the riots are named by their day; this text never gives their year
    assert "Orm Act" in dated.get("1803-10-26", ""), dated  # a day the text's year goes on in


def test_an_opening_summary_is_the_guide_s_first_section_and_its_first_paragraph_the_description(tmp_path, capsys):
    article = tmp_path / "article.md"
    article.write_text(
        "# Orm\n\n## Summary\n\nThe kingdom of Orm was divided by its neighbours. In 1772, Kell and Vell conducted "
        "the First Partition of Orm.\n\n![Flag of Orm](flag.jpg)\n\n*Flag of Orm*\n\nThe Republic of Orm was proclaimed on "
        "November 3, 1918.\n\n## Recognition\n\n### Recognition of Orm, 1919.\n\nOn January 22, 1919, the Kell "
        "envoy notified Orm's Prime Minister that his government recognized the republic.\n",
        encoding="utf-8",
    )
    guide, _ = _import(article, tmp_path / "content", "orm", capsys)
    assert _titles(guide)[0] == "Summary"
    dated = {str(e["date"]): e["title"] for e in _yaml(guide / "timeline.yaml") or []}
    assert dated.get("1772") == "Kell and Vell conducted the First Partition of Orm", dated
    assert "1918-11-03" in dated, dated
    description = _yaml(guide / "guide.yaml")["description"]
    assert description.startswith("The kingdom of Orm") and "1918" not in description and "Flag" not in description
    # a summary at the end of a textbook's section only recaps it: it describes the guide and is no section
    article.write_text(
        "# Orm\n\n## The Partition\n\nIn 1772, Kell and Vell conducted the First Partition of Orm.\n\n"
        "## Section Summary\n\nOrm was divided in 1772.\n",
        encoding="utf-8",
    )
    guide, _ = _import(article, tmp_path / "content", "orm-textbook", capsys)
    assert "Section Summary" not in _titles(guide)
    assert _yaml(guide / "guide.yaml")["description"] == "Orm was divided in 1772."


def test_a_list_of_posts_with_their_years_gives_one_event_per_place(tmp_path, capsys):
    dated = _timeline_of_markdown(
        "# Orm\n\n## Consular Presence\n\nThe United States established additional Consulates in Orm:\n\n"
        "- Kell (1862);\n\n- Vell (1865-1901);\n\n- Tam Orm (1870-current).\n\n"
        "## Other Places\n\nHer favourite towns were:\n\n- Kell (1862)\n\n- Vell (1865)\n\n"
        "## More Posts\n\nThe following is a list of other U.S. Consulates to Orm over time: Paco d’Arcos "
        "(1821-1966), Leca and Vell (1835-?).\n",
        tmp_path,
        capsys,
    )
    assert dated.get("1862") == "U.S. Consulate at Kell opens", dated
    assert dated.get("1865/1901") == "U.S. Consulate at Vell", dated
    assert dated.get("1870") == "U.S. Consulate at Tam Orm opens", dated  # still open: the year it opened
    assert dated.get("1821/1966") == "U.S. Consulate at Paco d’Arcos", dated
    assert dated.get("1835") == "U.S. Consulate at Leca and Vell opens", dated
    assert "1865" not in dated, dated  # a list under a lead-in that names no kind of post is no list of posts
    article = tmp_path / "two.md"
    article.write_text(
        "# Orm\n\n## Posts\n\nThe United States established additional Consulates in Orm:\n\n- Kell (1862);\n\n"
        "- Vell (1862);\n",
        encoding="utf-8",
    )
    guide, _ = _import(article, tmp_path / "content", "two", capsys)
    titles = [e["title"] for e in _yaml(guide / "timeline.yaml") or []]
    assert titles == ["U.S. Consulate at Kell opens", "U.S. Consulate at Vell opens"], titles  # one year, two posts
    # a heading that names the posts leads their list, a paragraph between them or not
    (tmp_path / "headed").mkdir()
    dated = _timeline_of_markdown(
        "# Orm\n\n## Posts\n\n### Consulates in Kell.\n\nThe first consul came to Vell in 1798.\n\n"
        "- Isle of Vell (1801-1965)\n\n- Kingston upon Orm (1796-1842)\n\n### The Mayors of Kell\n\n"
        "- Tam Orm (1803-1805)\n",
        (tmp_path / "headed").resolve(),
        capsys,
    )
    assert dated.get("1801/1965") == "Consulate at Isle of Vell", dated
    assert dated.get("1796/1842") == "Consulate at Kingston upon Orm", dated
    assert "1803/1805" not in dated, dated
