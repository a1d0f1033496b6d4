"""Themes: a folder of templates, CSS and fonts over the built-in ones (docs/themes.md).

Built with the example theme (themes/example), the default guide must change colour,
typefaces and cover, and keep everything the theme does not replace."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from conftest import DEFAULT_GUIDE, ROOT, page_image, pdf_fonts, pdftotext
from guide_factory import small_guide, studyguide

EXAMPLE = ROOT / "themes" / "example"
BURGUNDY = (0x7A, 0x1F, 0x3D)  # the example theme's --accent
BUILT_IN_BLUE = (0x1D, 0x4F, 0x73)  # the built-in --accent


def pixels_near(image, colour: tuple[int, int, int], tolerance: int = 10) -> int:
    """How many pixels of ``image`` are within ``tolerance`` of ``colour`` in every channel."""
    return sum(
        count
        for count, pixel in image.getcolors(maxcolors=1 << 20)
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))
    )


@pytest.fixture(scope="module")
def themed(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("themed")
    result = studyguide("build", DEFAULT_GUIDE, "--theme", EXAMPLE, "--output", out)
    assert result.returncode == 0, result.stderr
    return out / "japan-ussr-ww2.pdf"


def test_the_cover_is_the_themes(themed):
    cover = pdftotext(themed, 1, 1)
    assert "Northfield School" in cover and "History Department" in cover
    # the rest of the cover still comes from the guide
    assert "Japan and the Soviet Union" in cover


def test_the_fonts_are_the_themes_and_japanese_keeps_the_built_in_face(themed):
    names = " ".join(name for name, embedded in pdf_fonts(themed) if embedded)
    assert "Northfield-Serif" in names and "Northfield-Sans" in names
    assert "Guide-Serif" not in names and "Guide-Sans" not in names
    assert "Guide-CJK" in names  # 日ソ中立条約 prints in the face the theme keeps
    assert all(embedded for _, embedded in pdf_fonts(themed))


def test_the_accent_colour_is_the_themes(themed, default_build):
    result, _ = default_build
    themed_cover, plain_cover = page_image(themed, 1), page_image(result.pdf, 1)
    assert pixels_near(themed_cover, BURGUNDY) > 5000  # the band across the cover
    assert pixels_near(themed_cover, BUILT_IN_BLUE) == 0
    assert pixels_near(plain_cover, BURGUNDY) == 0


def test_what_the_theme_does_not_replace_comes_from_the_built_in_theme(themed):
    text = pdftotext(themed)
    for part in ("Contents", "At a glance", "Timeline", "Glossary", "Answer key"):
        assert part in text, part


def test_the_catalogue_config_names_the_theme(tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "themes" / "school")
    (tmp_path / "studyguide.toml").write_text('# the catalogue\ntheme = "themes/school"\n', encoding="utf-8")
    small_guide(tmp_path / "content", "small")
    result = studyguide("build", "content/small", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Northfield School" in pdftotext(tmp_path / "output" / "small.pdf", 1, 1)
    # --theme wins over the catalogue's choice
    (tmp_path / "plain").mkdir()
    again = studyguide("build", "content/small", "--theme", "plain", "--output", "other", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Northfield School" not in pdftotext(tmp_path / "other" / "small.pdf", 1, 1)


def test_a_change_to_the_theme_rebuilds_and_an_unchanged_theme_does_not(tmp_path):
    theme = shutil.copytree(EXAMPLE, tmp_path / "theme")
    guide = small_guide(tmp_path / "content", "small")
    first = studyguide("build", guide, "--theme", theme, "--output", tmp_path / "out")
    assert first.returncode == 0 and "up to date" not in first.stdout, first.stderr
    second = studyguide("build", guide, "--theme", theme, "--output", tmp_path / "out")
    assert "up to date" in second.stdout
    cover = theme / "partials" / "cover.html.j2"
    cover.write_text(cover.read_text(encoding="utf-8").replace("Northfield School", "Southfield School"))
    third = studyguide("build", guide, "--theme", theme, "--output", tmp_path / "out")
    assert third.returncode == 0 and "up to date" not in third.stdout, third.stdout
    assert "Southfield School" in pdftotext(tmp_path / "out" / "small.pdf", 1, 1)


@pytest.mark.parametrize(
    ("config", "line", "message"),
    [
        ('theme = "themes/none"\n', 1, "the theme folder 'themes/none' does not exist"),
        ("# x\ntheme = [1\n", 2, "is not valid TOML"),
        ("\ntheme = 3\n", 2, "theme must be a folder path in quotes"),
    ],
)
def test_a_mistake_in_the_catalogue_config_is_a_content_error(tmp_path, config, line, message):
    (tmp_path / "studyguide.toml").write_text(config, encoding="utf-8")
    small_guide(tmp_path / "content", "small")
    result = studyguide("build", "content/small", cwd=tmp_path)
    assert result.returncode == 1
    assert f"studyguide.toml:{line}: " in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_theme_folder_is_a_content_error(tmp_path):
    guide = small_guide(tmp_path / "content", "small")
    result = studyguide("build", guide, "--theme", tmp_path / "nowhere", "--output", tmp_path / "out")
    assert result.returncode == 1 and "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_the_sandbox_trusts_the_theme_folder_and_nothing_beside_it(tmp_path):
    from generator.render.html import stylesheets
    from generator.render.pdf import render_pdf

    theme = tmp_path / "theme"
    (theme / "css").mkdir(parents=True)
    (tmp_path / "outside.css").write_text("body { color: red }")
    (theme / "css" / "inside.css").write_text("body { color: blue }")
    (theme / "css" / "theme.css").write_text('@import url("inside.css"); @import url("../../outside.css");')
    guide = small_guide(tmp_path, "guide")
    links = "".join(f'<link rel="stylesheet" href="{url}">' for url in stylesheets("print.css"))
    html = f"<html><head>{links}</head><body>x</body></html>"
    rendered = render_pdf(html, guide, theme=theme)
    assert [url for url in rendered.refused if url.endswith("outside.css")], rendered.refused
    assert not [url for url in rendered.refused if "inside.css" in url], rendered.refused


def test_watch_serves_the_themes_files_over_the_built_in_ones(tmp_path):
    # Here, not in test_watch.py: that module keeps a watcher running, and two watchers
    # typesetting at once in one process would share WeasyPrint's font configuration.
    from generator.authoring.scaffold import new_guide
    from generator.authoring.watch import Watcher
    from tests.http_wait import WAIT, get, wait_for

    theme = shutil.copytree(ROOT / "themes" / "example", tmp_path / "theme")
    (tmp_path / "secret.txt").write_text("not for the browser")
    new_guide(tmp_path / "content", "live")
    messages: list[str] = []
    watcher = Watcher(tmp_path / "content" / "live", tmp_path / "out", port=0, report=messages.append, theme=theme)
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: any(m.startswith("preview at") for m in messages), "the first build")
        status, page = get(watcher.url)
        assert status == 200 and "Northfield School" in page  # the theme's cover
        assert 'href="/templates/css/theme.css"' in page
        status, css = get(watcher.url + "templates/css/theme.css")
        assert status == 200 and "--accent: #7a1f3d" in css  # the theme's, not the empty built-in one
        status, css = get(watcher.url + "templates/css/print.css")
        assert status == 200 and "--accent: #1d4f73" in css  # not in the theme: the built-in one
        assert get(watcher.url + "templates/fonts/DejaVuSansCondensed.ttf")[0] == 200
        assert get(watcher.url + "templates/fonts/SourceSerif4-Regular.ttf")[0] == 200
        assert get(watcher.url + "templates/%2e%2e/secret.txt")[0] == 404
    finally:
        watcher.stop()
        thread.join(timeout=WAIT)


def _left_edge(pdf: Path, page: int, word: str) -> float:
    """The x of ``word``'s first character on ``page`` (1-based), in points."""
    import pypdfium2

    text = pypdfium2.PdfDocument(pdf)[page - 1].get_textpage()
    found = text.search(word, match_case=True, match_whole_word=True).get_next()
    assert found is not None, word
    return float(text.get_charbox(found[0])[0])


def test_a_cover_detail_that_wraps_stays_clear_of_its_label(themed):
    # the theme's wider sans wraps the audience line; its second line must hang
    # under the first, not run back under the label
    first, wrapped = _left_edge(themed, 1, "Upper"), _left_edge(themed, 1, "students")
    label = _left_edge(themed, 1, "FOR")
    assert abs(wrapped - first) < 2.0
    assert wrapped - label > 50  # 22 mm of label column
