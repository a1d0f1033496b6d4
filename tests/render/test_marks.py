"""Template facts in one place (generator/render/marks.py): the class names Python reads
back are the templates', the contents' page-number rule is read from the stylesheets, and
a theme (themes/example, and one that prints the numbers its own way) keeps the preflight
and the watch's part-wise PDF working."""

from __future__ import annotations

import re
import shutil
from dataclasses import fields
from pathlib import Path

from conftest import ROOT, page_texts, write_guide
from guide_factory import MINIMAL

from generator.build import build_guide
from generator.render.html import RenderOptions
from generator.render.marks import MARKS, file_of, number_rule
from generator.render.parts import PartwiseTypesetter
from tests.render.test_partwise import assert_same_pages

EXAMPLE = ROOT / "themes" / "example"
TEMPLATES = ROOT / "templates"


def test_every_class_in_the_table_is_given_by_the_templates() -> None:
    markup = "\n".join(path.read_text(encoding="utf-8") for path in TEMPLATES.rglob("*.j2"))
    given = {name for value in re.findall(r'class="([^"]*)"', markup) for name in value.split()}
    given |= {getattr(MARKS, name) for name in re.findall(r"\{\{ marks\.(\w+) \}\}", markup)}
    named = set()
    for field in fields(MARKS):
        value = getattr(MARKS, field.name)
        named |= {value} if isinstance(value, str) else set(value)
    assert named - given == set()


def test_the_number_rule_is_read_from_the_stylesheet(tmp_path: Path) -> None:
    head = f'<link rel="stylesheet" href="{(TEMPLATES / "css" / "print.css").as_uri()}">'
    rule = number_rule(head, file_of)
    assert rule is not None and rule.container == 'class="toc'
    assert rule.literal("section-x", 12) == '.toc a[href="#section-x"]::after { content: leader(". ") "12"; }'
    other = tmp_path / "theme.css"
    other.write_text(
        '/* a theme */ .contents li > a::before { color: red; content: "p. " target-counter(attr(href), page) }'
    )
    rule = number_rule(head + f'<link rel="stylesheet" href="{other.as_uri()}">', file_of)
    assert rule is not None
    assert rule.literal("a", 3) == '.contents li > a[href="#a"]::before { content: "p. " "3"; }'


def _guide(tmp_path: Path) -> Path:
    files = dict(MINIMAL)
    for number, slug in ((2, "second"), (3, "third")):
        files[f"sections/0{number}-{slug}.md"] = (
            f"---\ntitle: Part {number}\nsummary:\n  - A point.\n  - Another point.\n---\n\n"
            + "Text about 1941 and after. " * 120
            + "\n"
        )
    return write_guide(tmp_path / "guide", files)


def _theme(tmp_path: Path) -> Path:
    """The example theme, with the contents' numbers printed its own way."""
    theme = shutil.copytree(EXAMPLE, tmp_path / "theme")
    css = theme / "css" / "theme.css"
    css.write_text(
        css.read_text(encoding="utf-8") + '\n.toc a::after { content: " — page " target-counter(attr(href), page); }\n'
    )
    return theme


def test_the_example_theme_keeps_the_preflight_and_the_partwise_pdf(tmp_path: Path) -> None:
    guide, theme = _guide(tmp_path), _theme(tmp_path)
    options = RenderOptions(theme=theme)
    whole = build_guide(guide, tmp_path / "whole", options)
    typesetter = PartwiseTypesetter()
    parted = build_guide(guide, tmp_path / "parted", options, render=typesetter.render_pdf)
    assert whole.pdf and parted.pdf
    assert [w.message for w in whole.warnings if "layout:" in w.message] == []
    assert [w.message for w in parted.warnings if "layout:" in w.message] == []
    one, other = page_texts(whole.pdf), page_texts(parted.pdf)
    assert "Northfield School" in one[0]  # the theme's cover: the lead was found by its class
    assert len(typesetter._parts) >= 4  # contents, at a glance, sections … each a part
    contents = next(text for text in one if "— page" in text)
    assert re.search(r"Part 3 — page \d+", contents)
    assert_same_pages(one, other, typesetter)
