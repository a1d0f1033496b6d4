"""A long narrative without headings is cut into sections at its natural breaks.

The cut is at paragraph boundaries, every paragraph kept once and in order; each section
gets a title the importer proposes, marked for review, and the guide builds.
"""

from __future__ import annotations

import re

import yaml
from conftest import TESTS, pdftotext

from generator.authoring.importing.guide_files import REVIEW_TITLE
from generator.cli import main
from generator.content.files import load_markdown

# Two halves a century apart and on different subjects: the cut must fall between them.
_MILLS = [
    "In {year} the mill owners of the valley built a new weir across the river to drive their wheels.",
    "The weavers of the town worked at the looms of the mill from dawn until dusk, and their wages fell.",
    "A flood in {year} broke the weir, and the mill owners borrowed money to rebuild the wheels and the race.",
    "The looms were idle for a season, and many weavers of the valley left for the towns of the coast.",
]
_RAILWAY = [
    "In {year} a railway company surveyed a line through the hills, and engineers drove a tunnel under the ridge.",
    "The station opened in {year} with a brass band, and the first locomotive carried coal to the harbour.",
    "Passengers bought tickets for the excursion trains, and the timetable was printed in the newspapers.",
    "The railway company doubled the track in {year} and built a viaduct of red brick across the gorge.",
]


def _paragraph(sentences: list[str], year: int) -> str:
    return " ".join(s.format(year=year) for s in sentences)


def test_a_narrative_without_headings_is_cut_where_the_years_and_the_subject_change(tmp_path, capsys):
    paragraphs = [_paragraph(_MILLS, 1801 + i) for i in range(5)] + [_paragraph(_RAILWAY, 1901 + i) for i in range(5)]
    article = tmp_path / "valley.txt"
    article.write_text("The Valley\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert main(["import", str(article), "--slug", "valley", "--content", str(tmp_path / "content")]) == 0
    out = capsys.readouterr().out
    guide = tmp_path / "content" / "valley"
    files = sorted((guide / "sections").glob("*.md"))
    assert 4 <= len(files) <= 12
    bodies = [load_markdown(f).body for f in files]
    kept = [p for body in bodies for p in body.strip().split("\n\n")]
    assert kept == paragraphs  # cut at paragraph boundaries, nothing lost or doubled
    first_railway = next(i for i, body in enumerate(bodies) if "railway" in body)
    assert bodies[first_railway].strip().startswith(paragraphs[5])  # the break between the halves
    assert "railway" not in bodies[first_railway - 1]
    for path in files:
        text = path.read_text(encoding="utf-8")
        title = re.search(r'^title: "(.*)"  # REVIEW', text, re.M)
        assert title and REVIEW_TITLE in text, path
        assert re.search(r"1[89]\d\d", title.group(1)), title.group(1)  # the years the section covers
        assert f"{guide.name}/sections/{path.name}:2:" in out  # in the review list, by file and line


def test_the_untuned_narrative_article_is_cut_and_builds(tmp_path, capsys):
    article = TESTS / "data" / "american-revolution.txt"
    assert main(["import", str(article), "--slug", "road", "--content", str(tmp_path)]) == 0
    files = sorted((tmp_path / "road" / "sections").glob("*.md"))
    assert 4 <= len(files) <= 12
    titles = [load_markdown(f).front.data["title"] for f in files]
    assert main(["build", str(tmp_path / "road"), "--output", str(tmp_path / "out")]) == 0, capsys.readouterr().err
    text = " ".join(pdftotext(tmp_path / "out" / "road.pdf").split())
    assert all(title in text for title in titles)
    assert main(["check", "--strict", str(tmp_path / "road")]) == 1  # until the proposed titles are reviewed


def test_a_long_headed_part_without_sub_headings_is_halved_at_its_natural_break(tmp_path, capsys):
    # an introduction and two headed parts, the second long and on two subjects a century apart
    intro = [_paragraph(_MILLS, 1790), _paragraph(_MILLS, 1791)]
    first = [_paragraph(_MILLS, 1795 + i) for i in range(3)]
    second = [_paragraph(_MILLS, 1801 + i) for i in range(7)] + [_paragraph(_RAILWAY, 1901 + i) for i in range(7)]
    article = tmp_path / "valley.md"
    article.write_text(
        "# The Valley\n\n"
        + "\n\n".join(intro)
        + "\n\n## The Weir\n\n"
        + "\n\n".join(first)
        + "\n\n## Mills and Railways\n\n"
        + "\n\n".join(second)
        + "\n",
        encoding="utf-8",
    )
    assert main(["import", str(article), "--slug", "valley", "--content", str(tmp_path / "content")]) == 0
    guide = tmp_path / "content" / "valley"
    files = sorted((guide / "sections").glob("*.md"))
    assert len(files) == 4
    bodies = [load_markdown(f).body for f in files]
    assert bodies[-1].strip().startswith(second[7])  # the railway half stands alone
    assert "railway" not in bodies[-2]
    assert load_markdown(files[-2]).front.data["title"] == "Mills and Railways"  # the first half keeps the heading
    proposed = files[-1].read_text(encoding="utf-8")
    assert re.search(r'^title: ".*19\d\d.*"  # REVIEW', proposed, re.M)  # the second is proposed, for review
    assert main(["build", str(guide), "--output", str(tmp_path / "out"), "--html-only"]) == 0


def test_a_narrative_titled_by_a_persons_name_gives_he_that_name(tmp_path):
    # the text calls him by his surname alone; the title line is where his full name is
    article = tmp_path / "kell.txt"
    article.write_text(
        "Tam Kell\n\nKell was a lawyer in Orm. He graduated from Vell College in 1801 and joined the Orm bar in 1805.\n\n"
        "After relocating to Skern, Orm County, he became a Representative in 1823 and served until 1827.\n",
        encoding="utf-8",
    )
    assert main(["import", str(article), "--slug", "kell", "--content", str(tmp_path / "content")]) == 0
    timeline = yaml.safe_load((tmp_path / "content" / "kell" / "timeline.yaml").read_text(encoding="utf-8"))
    assert [(str(e["date"]), e["title"]) for e in timeline] == [
        ("1801", "Tam Kell graduated from Vell College"),
        ("1805", "Tam Kell joined the Orm bar"),
        ("1823/1827", "Tam Kell became a Representative"),
    ]


def test_a_narrative_whose_title_line_is_a_quotation_keeps_it_as_its_title(tmp_path):
    article = tmp_path / "victories.txt"
    article.write_text(
        "“Brilliant and Important Victories”\n\nThe Kell victories of July 4, 1863 turned the tide of the war.\n\n"
        "On July 23, word of the victories reached Orm, and the envoy wrote home.\n",
        encoding="utf-8",
    )
    assert main(["import", str(article), "--slug", "victories", "--content", str(tmp_path / "content")]) == 0
    guide = yaml.safe_load((tmp_path / "content" / "victories" / "guide.yaml").read_text(encoding="utf-8"))
    assert guide["title"] == "“Brilliant and Important Victories”"


def test_a_biographys_own_subjects_death_is_a_life_date_and_anothers_an_event(tmp_path):
    article = tmp_path / "orm.txt"
    article.write_text(
        "Tam Orm\n\nOrm was a lawyer in Kell. Mayor Vell Skern died on May 28, 1895. Orm was elected Mayor of Kell "
        "on June 10, 1895.\n\n"
        "Poor health forced Orm to resign his position in April of 1959, only weeks before his death on May 24, "
        "1959.\n",
        encoding="utf-8",
    )
    assert main(["import", str(article), "--slug", "orm", "--content", str(tmp_path / "content")]) == 0
    text = (tmp_path / "content" / "orm" / "timeline.yaml").read_text(encoding="utf-8")
    timeline = yaml.safe_load(text)
    assert [str(e["date"]) for e in timeline] == ["1895-05-28", "1895-06-10", "1959-04"]
    assert "Poor health forced Orm to resign his position" in [e["title"] for e in timeline]
    deaths = text.split("# Births and deaths, life dates the timeline leaves out")[1]
    assert '# - date: "1959-05-24"\n#   title: "Tam Orm died"' in deaths


def test_in_a_biography_he_after_what_another_did_to_its_subject_is_the_subject(tmp_path):
    article = tmp_path / "orm.txt"
    article.write_text(
        "Tam Orm\n\nOrm was a lawyer in Kell. He entered Vell College in 1802 and graduated in 1804.\n\n"
        "Mayor Skern Dorr appointed Orm Secretary of State on March 5, 1913. He entered into duty the same day and "
        "served as Secretary until his resignation on June 9, 1915.\n",
        encoding="utf-8",
    )
    assert main(["import", str(article), "--slug", "orm", "--content", str(tmp_path / "content")]) == 0
    timeline = yaml.safe_load((tmp_path / "content" / "orm" / "timeline.yaml").read_text(encoding="utf-8"))
    titles = {str(e["date"]): e["title"] for e in timeline}
    assert titles["1802"] == "Tam Orm entered Vell College"
    assert titles["1804"] == "Tam Orm graduated from Vell College"
    assert titles["1915-06-09"].startswith("Tam Orm ")
