"""`studyguide import` on three real, openly licensed articles (tests/fixtures/articles/README.md).

Each is imported once and built; the tests read the files and the PDF back and
hold the importer to the rules a reviewing teacher would: dates only from running
text, event titles that name events, no mark-up in plain-text fields, the
article's own structure kept.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import TESTS, pdftotext
from ruamel.yaml import YAML

from generator.authoring.check import WARNING, find_inconsistencies
from generator.authoring.importer import section_slug
from generator.authoring.importing.title_cut import LONGEST
from generator.build import check_guide
from generator.cli import main
from generator.content.files import load_markdown

ARTICLES = TESTS / "fixtures" / "articles"
NAMES = {"unstable-peace.md": "peace", "theaters-of-war.txt": "theaters", "us-japan-ussr-1937-1945.md": "milestones"}


def _yaml(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8")) or []


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, Path]:
    content = tmp_path_factory.mktemp("content")
    for article, slug in NAMES.items():
        assert main(["import", str(ARTICLES / article), "--slug", slug, "--content", str(content)]) == 0
    return {slug: content / slug for slug in NAMES.values()}


@pytest.fixture(scope="module")
def built(imported, tmp_path_factory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("out")
    texts = {}
    for slug, guide in imported.items():
        assert main(["build", str(guide), "--output", str(out)]) == 0
        texts[slug] = pdftotext(out / f"{slug}.pdf")
    return texts


def _events(guide: Path) -> list[dict]:
    return _yaml(guide / "timeline.yaml")


def _sections(guide: Path) -> list[tuple[str, list[str], str]]:
    found = []
    for path in sorted((guide / "sections").glob("*.md")):
        document = load_markdown(path)
        found.append((document.front.data["title"], document.front.data["summary"], document.body))
    return found


def test_front_matter_gives_title_author_and_date_and_is_not_a_section(imported):
    meta = _yaml(imported["milestones"] / "guide.yaml")
    assert meta["title"] == "The United States, Japan and the Soviet Union, 1937–1945"
    assert meta["authors"] == ["Office of the Historian, U.S. Department of State"]
    assert meta["date"] == "2025-01-16"
    assert [title for title, _, _ in _sections(imported["milestones"])] == [
        "Japan, China, the United States and the Road to Pearl Harbor, 1937–41",
        "U.S.-Soviet Alliance, 1941–1945",
        "Wartime Conferences, 1941–1945",
    ]


def test_template_tags_and_comments_are_dropped_everywhere(imported):
    for guide in imported.values():
        for path in guide.rglob("*"):
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                assert "{%" not in text and "Three Milestones articles" not in text, path


@pytest.mark.parametrize("slug", ["peace", "theaters"])
def test_learning_objectives_become_objectives_not_key_points(imported, slug):
    meta = _yaml(imported[slug] / "guide.yaml")
    assert len(meta["objectives"]) == 4
    assert all(objective[0].isupper() and not objective.endswith(".") for objective in meta["objectives"])
    for _, summary, body in _sections(imported[slug]):
        assert not any("you will be able to" in point for point in summary)
        assert "you will be able to" not in body


def test_the_key_terms_list_becomes_the_glossary(imported):
    glossary = {entry["term"]: entry["definition"] for entry in _yaml(imported["peace"] / "glossary.yaml")}
    assert set(glossary) == {
        "Atlantic Charter",
        "German-Soviet Nonaggression Pact",
        "Lebensraum",
        "Lend-Lease Act",
        "Munich Pact",
        "Nuremberg Laws",
    }
    assert glossary["Munich Pact"].startswith("an agreement reached in 1938")


def test_people_are_proposed_with_their_roles(imported):
    people = {p["name"]: p.get("role") for p in _yaml(imported["theaters"] / "people.yaml")}
    assert people["Harold R. Stark"] == "Admiral"
    milestones = {p["name"]: p.get("role") for p in _yaml(imported["milestones"] / "people.yaml")}
    assert milestones["Sumner Welles"] == "Under-Secretary of State"


def test_known_events_get_their_dates_and_a_name(imported):
    events = {(e["date"], e["title"]) for guide in imported.values() for e in _events(guide)}
    for expected in (
        ("1942-06", "Battle of Midway"),
        ("1940-10", "Italian invasion of Greece"),
        ("1941-12-07", "Japanese bombing of Pearl Harbor"),
        ("1939-08-23", "German-Soviet Nonaggression Pact"),
        ("1933-05-22", "Tanggu Truce"),
        ("1943-11-28/1943-12-01", "Tehran Conference"),  # "From November 28 to December 1, 1943"
    ):
        assert expected in events


def test_no_date_comes_from_a_caption_a_credit_or_a_link(imported):
    for guide in imported.values():
        for event in _events(guide):
            assert "credit" not in event["detail"].lower() and not event["detail"].startswith("Figure")
            assert "(presented by" not in event["detail"]


def test_event_titles_are_short_names_never_headings_or_fragments(imported):
    for guide in imported.values():
        headings = {title.casefold() for title, _, _ in _sections(guide)}
        for event in _events(guide):
            title = event["title"]
            one_word_name = len(title.split()) == 1 and title[0].isupper() and len(title) > 5  # "Kristallnacht"
            assert 2 <= len(title.split()) <= LONGEST or one_word_name, title
            assert title[0].isupper() and title.casefold() not in headings, title
            assert not re.search(r"[,;:]$|\*|\[|\]|\{", title), title


def test_one_event_per_happening(imported):
    for guide in imported.values():
        keys = [(e["date"], e["title"].casefold()) for e in _events(guide)]
        assert len(keys) == len(set(keys))
        titles = [e["title"] for e in _events(guide) if "Nonaggression" in e["title"]]
        assert len(titles) <= 1


def test_key_points_are_central_short_sentences(imported):
    for guide in imported.values():
        for _, summary, body in _sections(guide):
            assert 2 <= len(summary) <= 5
            flat_body = " ".join(body.split())
            for point in summary:
                assert len(point.split()) <= 26, point
                assert point.rstrip(".") in flat_body or point.rstrip(".").rsplit(",", 1)[0] in flat_body


def test_check_reports_only_review_markers_no_markup_and_strict_fails(imported, capsys):
    for slug, guide in imported.items():
        findings = [f for f in find_inconsistencies(check_guide(guide)) if f.level == WARNING]
        messages = [f.problem.message for f in findings]
        assert any("REVIEW" in m for m in messages), slug
        assert not any("mark-up" in m or "placeholder" in m or "titled like the section" in m for m in messages)
        assert main(["check", str(guide), "--strict"]) == 1
    capsys.readouterr()


def test_removing_the_markers_clears_the_review_warnings(imported, tmp_path):
    import shutil

    guide = shutil.copytree(imported["milestones"], tmp_path / "reviewed")
    for path in guide.rglob("*.*"):
        lines = path.read_text(encoding="utf-8").split("\n")
        kept = [re.sub(r"\s*# REVIEW.*$", "", line) for line in lines if not line.lstrip().startswith("# REVIEW")]
        path.write_text("\n".join(kept), encoding="utf-8")
    findings = find_inconsistencies(check_guide(guide))
    assert not any("REVIEW" in f.problem.message for f in findings)


def test_the_imports_build_and_print_no_markup(built):
    for slug, text in built.items():
        assert "**" not in text and "{%" not in text and "](" not in text and "REVIEW" not in text, slug
    assert "Battle of Midway" in built["theaters"]


def test_slugs_are_transliterated_from_any_script():
    assert section_slug("日ソ中立条約") != "section" and section_slug("日ソ中立条約").isascii()
    assert section_slug("Советско-японский пакт") == "sovetsko-iaponskii-pakt"
    assert section_slug("Japan’s Invasion of Manchuria") == "japans-invasion-of-manchuria"
