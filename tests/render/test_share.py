"""``output/<slug>.html`` works anywhere: moved or mailed, it keeps its styles and images."""

from __future__ import annotations

import re
import shutil

from conftest import ROOT
from guide_factory import make_guide, studyguide

from generator.build import build_guide
from generator.render.html import RenderOptions


def test_the_html_has_no_link_to_the_machine_it_was_built_on(default_build, tmp_path):
    result, _ = default_build
    moved = shutil.copy(result.html, tmp_path / "mailed.html")
    page = open(moved, encoding="utf-8").read()
    assert "file:" not in page
    assert '<link rel="stylesheet"' not in page
    # the styles are inside: print.css with products.css imported into it, then theme.css
    styles = "".join(re.findall(r"<style>(.*?)</style>", page, re.DOTALL))
    assert "--accent: #1d4f73" in styles and ".cover-title" in styles
    assert ".question" in styles or ".questions" in styles
    assert "@import" not in styles


def test_fonts_are_left_to_the_readers_system_with_fallbacks(default_build):
    result, _ = default_build
    page = result.html.read_text(encoding="utf-8")
    assert "@font-face" not in page and ".ttf" not in page
    assert re.search(r'--serif: "Guide Serif", "Guide CJK", [^;]*Georgia[^;]*serif;', page)
    assert re.search(r'--sans: "Guide Sans", "Guide CJK", [^;]*Arial[^;]*sans-serif;', page)


def test_images_travel_inside_the_html(tmp_path):
    root = make_guide(tmp_path, "pictured")
    pictures = [p for p in root.rglob("*") if p.suffix.lower() in (".png", ".jpg", ".jpeg", ".svg", ".gif")]
    assert pictures, "the base guide has an image"
    result = build_guide(root, tmp_path / "out", html_only=True)
    page = result.html.read_text(encoding="utf-8")
    sources = re.findall(r'<img\b[^>]*\bsrc="([^"]+)"', page)
    assert sources and all(src.startswith("data:image/") for src in sources), sources
    assert str(root) not in page


def test_a_themes_stylesheet_is_inlined_too(tmp_path):
    theme = shutil.copytree(ROOT / "themes" / "example", tmp_path / "theme")
    guide = make_guide(tmp_path, "pact")
    result = build_guide(guide, tmp_path / "out", RenderOptions(theme=theme), html_only=True)
    page = result.html.read_text(encoding="utf-8")
    assert "--accent: #7a1f3d" in page and "Northfield School" in page
    assert "file:" not in page and "@font-face" not in page


def test_the_cli_writes_the_shareable_html(tmp_path):
    guide = make_guide(tmp_path, "pact")
    result = studyguide("build", guide, "--html-only", "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out" / "pact.html").read_text(encoding="utf-8")
    assert "<style>" in page and "file:" not in page
