"""The JSON Schemas for editors: generated from the model, committed, and current."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from generator.authoring import schema as schema
from generator.authoring.scaffold import SKELETON
from generator.cli import main
from generator.content.files import load_markdown

EXPECTED = {
    "guide.schema.json",
    "section-front-matter.schema.json",
    "timeline.schema.json",
    "faq.schema.json",
    "debates.schema.json",
    "glossary.schema.json",
    "people.schema.json",
    "sources.schema.json",
    "questions.schema.json",
}


def test_committed_schemas_are_current():
    assert {p.name for p in schema.SCHEMAS.glob("*.json")} == EXPECTED
    assert schema.stale() == [], "run `studyguide schema --write` after changing generator/content/model.py"


def test_schema_command_reports_and_rewrites_a_stale_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(schema, "SCHEMAS", tmp_path)
    assert main(["schema"]) == 1
    assert "timeline.schema.json: out of date" in capsys.readouterr().err
    assert main(["schema", "--write"]) == 0
    assert {p.name for p in tmp_path.iterdir()} == EXPECTED
    assert main(["schema"]) == 0


def _load(name: str) -> dict:
    return json.loads((schema.SCHEMAS / name).read_text(encoding="utf-8"))


def _skeleton_data(path: Path):
    if path.suffix == ".md":
        return dict(load_markdown(path).front.data)
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(p for p in SKELETON.rglob("*") if p.is_file()), ids=lambda p: p.name)
def test_the_starter_files_satisfy_their_schema(path):
    jsonschema.validate(_skeleton_data(path), _load(schema.schema_name(path.name)))


@pytest.mark.parametrize(
    "name, data, complaint",
    [
        ("timeline.schema.json", [{"date": "1931", "titel": "typo"}], "Additional properties"),
        ("questions.schema.json", [{"type": "true-false", "question": "Q?", "answer": "yes"}], "not of type"),
        ("questions.schema.json", [{"type": "essay", "question": "Q?", "answer": "A"}], ""),
        ("section-front-matter.schema.json", {"title": "T", "summary": ["only one"]}, "too short"),
        ("guide.schema.json", {"title": "T", "paper": "A3"}, "is not one of"),
    ],
)
def test_schemas_reject_what_the_loader_rejects(name, data, complaint):
    with pytest.raises(jsonschema.ValidationError) as raised:
        jsonschema.validate(data, _load(name))
    assert complaint in str(raised.value)


def test_unquoted_years_are_accepted_as_the_loader_accepts_them():
    jsonschema.validate([{"date": 1931, "title": "An event"}], _load("timeline.schema.json"))
