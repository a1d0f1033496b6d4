"""`check` reports what an import or a hurried author left for review, at its file and line."""

from __future__ import annotations

from guide_factory import make_guide, section

from generator.authoring.leftovers import find_leftovers
from generator.build import check_guide
from generator.cli import main

TIMELINE = """\
- date: "1939-05-11/1939-09-16"
  title: "**Khalkhin Gol** battles"
- date: 1941-04-13
  title: The Pact  # REVIEW: shorten
  detail: Signed by **Matsuoka** and Molotov.
- date: 1945-08-08
  title: "[Declaration of war](https://example.org/declaration)"
"""


def _messages(guide) -> list[tuple[str, int | None, str]]:
    return [(p.path.name, p.line, p.message) for p in find_leftovers(check_guide(guide))]


def test_each_leftover_is_named_at_its_line(tmp_path):
    guide = make_guide(
        tmp_path,
        files={
            "guide.yaml": "title: Untitled\nauthors: [Ann Author]\n",
            "timeline.yaml": TIMELINE,
            "sections/01-background.md": section("Background", "Text {% include x %} stays in the body."),
        },
    )
    found = _messages(guide)
    assert ("guide.yaml", 1, "the title 'Untitled' is a placeholder: write the real title") in found
    lines = {(name, line) for name, line, message in found if "mark-up" in message}
    assert lines == {("timeline.yaml", 2), ("timeline.yaml", 7)}
    assert any(name == "timeline.yaml" and line == 4 and "REVIEW" in m for name, line, m in found)
    assert any(name == "timeline.yaml" and line == 4 and "titled like the section" in m for name, line, m in found)
    # Emphasis in a detail, and anything in a section's body, are Markdown and allowed.
    assert not any(line == 5 for name, line, _ in found if name == "timeline.yaml")
    assert not any(name == "01-background.md" and "mark-up" in m for name, _, m in found)


def test_markup_in_a_key_point_is_found_in_the_front_matter(tmp_path):
    guide = make_guide(
        tmp_path,
        files={"sections/01-background.md": section("Background", "Body.", ("A **bold** point.", "A plain point."))},
    )
    found = _messages(guide)
    assert [(name, line) for name, line, m in found if "mark-up" in m] == [("01-background.md", 4)]


def test_strict_check_fails_on_leftovers_and_passes_without_them(tmp_path, capsys):
    marked = make_guide(tmp_path, "marked", files={"people.yaml": "# REVIEW: check roles\n[]\n"})
    assert main(["check", str(marked), "--strict"]) == 1
    assert "people.yaml:1: warning: a '# REVIEW' marker is still here" in capsys.readouterr().out
    clean = make_guide(tmp_path, "clean")
    assert _messages(clean) == []
