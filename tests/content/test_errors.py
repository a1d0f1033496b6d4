"""Content mistakes: every one names its file and line, exits 1, and shows no traceback."""

from __future__ import annotations

import pytest
from conftest import MINIMAL, write_guide

from generator.cli import main
from generator.content.load import load_guide
from generator.errors import ContentError


def problems_of(root) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_guide(root)
    return [str(p) for p in info.value.problems]


def test_unknown_key_names_the_line_and_suggests_the_right_one(tmp_path):
    root = write_guide(tmp_path / "g", {**MINIMAL, "guide.yaml": "title: T\nsubtitel: S\n"})
    [message] = problems_of(root)
    assert message.endswith("guide.yaml:2: unknown key 'subtitel'; did you mean 'subtitle'?")


def test_impossible_timeline_date_points_at_its_entry(tmp_path):
    timeline = "- date: '1941-04-13'\n  title: Pact\n- date: '1941-02-30'\n  title: Nothing\n"
    root = write_guide(tmp_path / "g", {**MINIMAL, "timeline.yaml": timeline})
    [message] = problems_of(root)
    assert "timeline.yaml:3: entry 2: '1941-02-30': February 1941 has no day 30" in message


def test_missing_required_field_and_bad_summary_are_both_reported(tmp_path):
    section = "---\ntitle: Only one point\nsummary:\n  - Lonely.\n---\nBody.\n"
    faq = "- question: Why?\n"
    root = write_guide(tmp_path / "g", {**MINIMAL, "sections/01-first.md": section, "faq.yaml": faq})
    messages = problems_of(root)
    assert any("01-first.md:3: the summary needs 2–6 key points; it has 1" in m for m in messages)
    assert any("faq.yaml:1: entry 1: 'answer' is required" in m for m in messages)


def test_multiple_choice_answer_must_be_a_choice(tmp_path):
    questions = "- type: multiple-choice\n  question: When?\n  choices: ['1939', '1941']\n  answer: '1945'\n"
    root = write_guide(tmp_path / "g", {**MINIMAL, "questions.yaml": questions})
    [message] = problems_of(root)
    assert "questions.yaml:4: entry 1: the answer '1945' is not one of the choices" in message


def test_tab_indentation_is_named(tmp_path):
    root = write_guide(tmp_path / "g", {**MINIMAL, "faq.yaml": "- question: Q\n\tanswer: A\n"})
    [message] = problems_of(root)
    assert "faq.yaml:2: a tab is used for indentation" in message


def test_mistyped_file_name_is_not_ignored(tmp_path):
    root = write_guide(tmp_path / "g", {**MINIMAL, "timline.yaml": "- date: '1931'\n  title: X\n"})
    [message] = problems_of(root)
    assert "timline.yaml: unknown content file; did you mean 'timeline.yaml'?" in message


def test_cli_prints_path_line_and_exits_1_without_traceback(tmp_path, capsys):
    root = write_guide(tmp_path / "g", {**MINIMAL, "guide.yaml": "title: [unclosed\n"})
    code = main(["build", str(root), "--output", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert "guide.yaml:2: invalid YAML" in err or "guide.yaml:1: invalid YAML" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out" / "g.pdf").exists()


def test_usage_error_exits_2(capsys):
    assert main(["build"]) == 2
    assert main(["frobnicate"]) == 2


def test_a_failed_build_leaves_the_previous_pdf_untouched(tmp_path, capsys):
    root = write_guide(tmp_path / "g", MINIMAL)
    out = tmp_path / "out"
    assert main(["build", str(root), "--output", str(out)]) == 0
    before = (out / "g.pdf").read_bytes()
    (root / "guide.yaml").write_text("title: T\npaper: A3\n", encoding="utf-8")
    assert main(["build", str(root), "--output", str(out)]) == 1
    assert "guide.yaml:2: 'paper' must be 'A4' or 'Letter'" in capsys.readouterr().err
    assert (out / "g.pdf").read_bytes() == before
