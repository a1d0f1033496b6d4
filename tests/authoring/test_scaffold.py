"""`studyguide new`: a guide with every file of the format that builds at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import pdftotext
from ruamel.yaml import YAML

from generator.cli import main
from generator.content.files import load_markdown
from generator.content.teaching import QUESTION_TYPES

FILES = [
    "guide.yaml",
    "sections/01-background.md",
    "sections/02-main-events.md",
    "timeline.yaml",
    "faq.yaml",
    "glossary.yaml",
    "people.yaml",
    "sources.yaml",
    "questions.yaml",
    "debates.yaml",
]


@pytest.fixture(scope="module")
def new_guide(tmp_path_factory) -> Path:
    content = tmp_path_factory.mktemp("content")
    assert main(["new", "first-guide", "--content", str(content)]) == 0
    return content / "first-guide"


@pytest.fixture(scope="module")
def built_pdf(new_guide, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(new_guide), "--output", str(out)]) == 0
    return out / "first-guide.pdf"


def test_new_creates_every_content_file(new_guide):
    made = sorted(p.relative_to(new_guide).as_posix() for p in new_guide.rglob("*") if p.is_file())
    assert made == sorted(FILES)


def test_every_file_points_its_editor_at_an_existing_schema(new_guide):
    for name in FILES:
        path = new_guide / name
        lines = path.read_text(encoding="utf-8").split("\n")
        modeline = lines[1] if name.endswith(".md") else lines[0]
        assert modeline.startswith("# yaml-language-server: $schema="), name
        schema = (path.parent / modeline.split("=", 1)[1]).resolve()
        assert schema.is_file(), f"{name} points at {schema}"
        expected = "section-front-matter" if name.endswith(".md") else name.removesuffix(".yaml")
        assert schema.name == f"{expected}.schema.json"


def test_questions_have_one_of_each_type_with_valid_answers(new_guide):
    questions = YAML(typ="safe").load((new_guide / "questions.yaml").read_text(encoding="utf-8"))
    by_type = {q["type"]: q for q in questions}
    assert set(by_type) == set(QUESTION_TYPES)
    assert by_type["multiple-choice"]["answer"] in by_type["multiple-choice"]["choices"]
    assert isinstance(by_type["true-false"]["answer"], bool)
    assert by_type["short-answer"]["answer"] and by_type["short-answer"]["lines"] >= 1


def test_sections_have_front_matter_and_text(new_guide):
    for path in sorted((new_guide / "sections").glob("*.md")):
        document = load_markdown(path)
        assert document.front.data["title"] and len(document.front.data["summary"]) >= 2
        assert document.body.strip()


def test_new_guide_builds_to_a_real_pdf(built_pdf):
    text = pdftotext(built_pdf)
    for expected in (
        "First guide",
        "Background",
        "Main events",
        "The second event",
        "Why does the first event matter?",
        "Ada Example",
    ):
        assert expected in text


def test_new_guide_has_no_inconsistencies(new_guide, capsys):
    assert main(["check", str(new_guide), "--strict"]) == 0
    assert "0 warnings" in capsys.readouterr().out


def test_new_refuses_an_existing_folder_and_changes_nothing(new_guide, capsys):
    before = (new_guide / "guide.yaml").read_text(encoding="utf-8")
    (new_guide / "guide.yaml").write_text(before + "# edited\n", encoding="utf-8")
    try:
        assert main(["new", "first-guide", "--content", str(new_guide.parent)]) == 1
        assert "already exists" in capsys.readouterr().err
        assert (new_guide / "guide.yaml").read_text(encoding="utf-8").endswith("# edited\n")
    finally:
        (new_guide / "guide.yaml").write_text(before, encoding="utf-8")


@pytest.mark.parametrize("slug", ["My Guide", "guide_1", "trailing-", "Ünïcode"])
def test_new_refuses_a_name_that_is_not_a_slug(tmp_path, capsys, slug):
    assert main(["new", slug, "--content", str(tmp_path)]) == 1
    assert "lowercase letters, digits and hyphens" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_new_never_reports_files_it_did_not_write(tmp_path, monkeypatch, capsys):
    # An installation without its package data: the skeleton is missing.
    from generator.authoring import scaffold

    monkeypatch.setattr(scaffold, "SKELETON", tmp_path / "missing-skeleton")
    assert main(["new", "demo", "--content", str(tmp_path / "content")]) == 1
    captured = capsys.readouterr()
    assert "created" not in captured.out
    assert "missing from this installation: reinstall studyguide" in captured.err
    assert not (tmp_path / "content" / "demo").exists()
