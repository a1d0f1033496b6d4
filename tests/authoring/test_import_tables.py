"""An article that is mostly a table or a list still imports into a guide that builds: an
OpenDocument table is read as a table, a table of dates gives its rows as events (a cell may hold
several dates), and a part with too few sentences takes its key points from its lists and tables,
else from placeholders that `check --strict` refuses."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from generator.cli import main

DATA = Path(__file__).resolve().parent.parent / "data"


def _import(article: Path, content: Path) -> Path:
    assert main(["import", str(article), "--slug", "guide", "--content", str(content)]) == 0
    return content / "guide"


def _front(section: Path) -> dict:
    return YAML(typ="safe").load(section.read_text(encoding="utf-8").split("---")[1])


def test_an_opendocument_table_of_presidents_is_a_table_and_its_rows_are_events(tmp_path, capsys):
    guide = _import(DATA / "presidents-of-the-united-states.odt", tmp_path)
    (section,) = sorted((guide / "sections").glob("*.md"))
    body = section.read_text(encoding="utf-8")
    assert "| 1 | 1788–1789; 1792 | George Washington |" in body
    assert "| 2 | 1796 | John Adams |" in body
    events = [(str(e["date"]), e["title"]) for e in YAML(typ="safe").load((guide / "timeline.yaml").read_text())]
    assert events[:3] == [("1788/1789", "George Washington"), ("1792", "George Washington"), ("1796", "John Adams")]
    assert len(events) == 47
    assert len(_front(section)["summary"]) == 2
    capsys.readouterr()
    assert main(["check", str(guide)]) == 0, capsys.readouterr().err


def test_a_part_of_one_short_line_and_a_list_takes_its_key_points_from_the_list(tmp_path, capsys):
    article = tmp_path / "kell.md"
    article.write_text(
        "# Kell\n\nKell is small.\n\n- Orm founded Kell in the north\n- Vell ruled Kell for a century\n",
        encoding="utf-8",
    )
    guide = _import(article, tmp_path / "content")
    (section,) = sorted((guide / "sections").glob("*.md"))
    assert _front(section)["summary"] == ["Orm founded Kell in the north", "Vell ruled Kell for a century"]
    capsys.readouterr()
    assert main(["check", str(guide)]) == 0, capsys.readouterr().err


def test_a_part_without_sentences_builds_with_placeholders_that_strict_check_refuses(tmp_path, capsys):
    article = tmp_path / "kell.md"
    article.write_text("# Kell\n\nKell, briefly.\n", encoding="utf-8")
    guide = _import(article, tmp_path / "content")
    (section,) = sorted((guide / "sections").glob("*.md"))
    points = _front(section)["summary"]
    assert points == ["Key point 1 of “Introduction”: write it here.", "Key point 2 of “Introduction”: write it here."]
    assert "fewer than two sentences for key points" in capsys.readouterr().out
    assert main(["check", str(guide)]) == 0, capsys.readouterr().err
    assert main(["check", "--strict", str(guide)]) == 1


def test_a_tables_header_says_what_its_year_did(tmp_path):
    article = tmp_path / "cabinet.md"
    article.write_text(
        "# The cabinet\n\n## Departments\n\nEach department has a head called a secretary, named by the president.\n\n"
        "| Department | Year Created | Secretary |\n|---|---|---|\n| State | 1789 | Tam Orm |\n"
        "| Health and Human Services | 1953 | Vell Kell |\n\n| Year | Event |\n|---|---|\n| 1871 | Domains abolished |\n",
        encoding="utf-8",
    )
    guide = _import(article, tmp_path / "content")
    events = [(str(e["date"]), e["title"]) for e in YAML(typ="safe").load((guide / "timeline.yaml").read_text())]
    assert events == [
        ("1789", "Department of State created"),
        ("1871", "Domains abolished"),
        ("1953", "Department of Health and Human Services created"),
    ]


def test_a_tables_place_column_is_where_not_what(tmp_path):
    """ "Location | Geneva, Switzerland": where a round of talks met is no event; the name the
    cell gives in brackets is, and a row with a place alone proposes nothing."""
    article = tmp_path / "rounds.md"
    article.write_text(
        "# Trade rounds\n\n## Rounds\n\nThe rounds of talks cut tariffs step by step.\n\n"
        "| Year | Location | Subjects Discussed |\n|---|---|---|\n| 1947 | Kell, Orm | Tariffs |\n"
        "| 1973–1979 | Kell, Orm (Vell Round) | Tariffs, non-tariff measures |\n",
        encoding="utf-8",
    )
    guide = _import(article, tmp_path / "content")
    events = [(str(e["date"]), e["title"]) for e in YAML(typ="safe").load((guide / "timeline.yaml").read_text())]
    assert events == [("1973/1979", "Vell Round")]
