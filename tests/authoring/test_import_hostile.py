"""Hostile articles: `studyguide import` never copies what it should not, and never hangs.

Each case is an article (and the files beside it) a colleague might share. The import
must end in a guide or a ``path:line`` error, within the corpus's time and memory
bounds, with no traceback, no file from outside the article's folder, and nothing that
is not a picture in ``images/``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image
from test_corpus import MAX_MEMORY, MAX_SECONDS, run_measured

from generator.cli import main

TEXT = "The treaty was signed in Paris in 1856. It ended the war in the Crimea.\n"


def _png(path: Path, colour: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 30), colour).save(path)


def _import(tmp_path: Path, article: Path, capsys) -> tuple[int, str, Path]:
    code = main(["import", str(article), "--slug", "guide", "--content", str(tmp_path / "content")])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err, tmp_path / "content" / "guide"


def test_files_that_are_not_pictures_stay_behind(tmp_path, capsys):
    folder = tmp_path / "article"
    (folder / ".ssh").mkdir(parents=True)
    (folder / ".ssh" / "id_rsa").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n")
    (folder / "secret.txt").write_text("password=hunter2\n")
    (folder / "fake.png").write_text("not a picture, whatever its name says\n")
    _png(folder / "real.png", "red")
    article = folder / "a.md"
    article.write_text(
        f"# Crimea\n\n## Peace\n\n{TEXT}\n![](.ssh/id_rsa)\n\n![](secret.txt)\n\n![](fake.png)\n\n![](real.png)\n"
    )
    code, out, guide = _import(tmp_path, article, capsys)
    assert code == 0
    assert sorted(p.name for p in (guide / "images").iterdir()) == ["real.png"]
    assert "hunter2" not in "".join(p.read_text(errors="replace") for p in guide.rglob("*") if p.is_file())
    assert out.count("is not a picture (checked by its content") == 3


def test_links_and_paths_out_of_the_folder_are_refused(tmp_path, capsys):
    outside = tmp_path / "outside"
    _png(outside / "private.png", "blue")
    folder = tmp_path / "article"
    folder.mkdir()
    os.symlink(outside / "private.png", folder / "linked.png")
    article = folder / "a.md"
    article.write_text(f"# Crimea\n\n## Peace\n\n{TEXT}\n![](linked.png)\n\n![](../outside/private.png)\n")
    code, out, guide = _import(tmp_path, article, capsys)
    assert code == 0
    assert not (guide / "images").exists()
    assert out.count("is outside the article's folder") == 2


def test_two_pictures_with_one_name_get_two_names(tmp_path, capsys):
    folder = tmp_path / "article"
    _png(folder / "a" / "map.png", "red")
    _png(folder / "b" / "map.png", "green")
    article = folder / "a.md"
    article.write_text(f"# Maps\n\n## West\n\n{TEXT}\n![](a/map.png)\n\n## East\n\n{TEXT}\n![](b/map.png)\n")
    code, _, guide = _import(tmp_path, article, capsys)
    assert code == 0
    west, east = sorted((guide / "sections").glob("*.md"))
    west_name = west.read_text().split("](")[1].split(")")[0]
    east_name = east.read_text().split("](")[1].split(")")[0]
    assert west_name != east_name
    with Image.open(guide / west_name) as left, Image.open(guide / east_name) as right:
        assert left.getpixel((0, 0)) == (255, 0, 0) and right.getpixel((0, 0)) == (0, 128, 0)


def test_control_characters_are_stripped_with_a_note(tmp_path, capsys):
    article = tmp_path / "a.md"
    article.write_text(f"# Crimea\n\n## Peace\n\nThe treaty\x00 was\x1b[31m signed in Paris in 1856.\x0b {TEXT}")
    code, out, guide = _import(tmp_path, article, capsys)
    assert code == 0
    written = "".join(p.read_text() for p in guide.rglob("*") if p.is_file())
    assert not any(char in written for char in "\x00\x1b\x0b")
    assert "a.md:5: 3 control character(s)" in out


def _measured_import(tmp_path: Path, article: Path) -> tuple[int, str]:
    code, err, seconds, memory = run_measured(
        ["import", str(article), "--slug", "guide", "--content", str(tmp_path / "content")], tmp_path, {}
    )
    assert seconds < MAX_SECONDS and code != -9, f"took {seconds:.0f} s"
    assert memory < MAX_MEMORY, f"used {memory / 1024**2:.0f} MB"
    assert "Traceback" not in err
    return code, err


def test_a_megabyte_line_without_a_full_stop_is_read_in_linear_time(tmp_path):
    words = "the army of Germany invaded Poland in 1939 and the Treaty of Berlin opened the war "
    article = tmp_path / "long.md"
    article.write_text("# Long\n\n## Part\n\n" + (words * (1_000_000 // len(words))) + "\n")
    code, err = _measured_import(tmp_path, article)
    assert code == 0, err
    assert (tmp_path / "content" / "guide" / "timeline.yaml").is_file()


def test_a_megabyte_of_unclosed_template_tags_is_read_in_linear_time(tmp_path):
    article = tmp_path / "tags.md"
    article.write_text("# Tags\n\n## Part\n\n" + "{% x " * 100_000 + "\n\n" + "<!-- " * 100_000 + "\n\n" + TEXT)
    code, err = _measured_import(tmp_path, article)
    assert code == 0, err


def test_an_alias_bomb_in_the_front_matter_is_refused_with_its_line(tmp_path):
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    article = tmp_path / "bomb.md"
    article.write_text("---\ntitle: Bomb\n" + "\n".join(levels) + "\n---\n\n## Part\n\n" + TEXT)
    code, err = _measured_import(tmp_path, article)
    assert code == 1
    # Line 8 is the entry 'f', whose aliases first take the front matter past 200,000 values.
    assert err.startswith(("bomb.md:8: ", f"{article}:8: ")), err
    assert "aliases" in err
    assert not (tmp_path / "content" / "guide").exists()


def test_a_word_file_that_is_not_a_document_is_an_error_not_a_traceback(tmp_path, capsys):
    article = tmp_path / "essay.docx"
    article.write_text("this is not a zip file")
    code, out, guide = _import(tmp_path, article, capsys)
    assert code == 1 and "essay.docx: is not a valid document" in out
    assert not guide.exists()


def test_a_zip_bomb_dressed_as_a_word_file_is_refused_before_it_is_inflated(tmp_path, capsys):
    import zipfile

    article = tmp_path / "bomb.docx"
    with zipfile.ZipFile(article, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(210):  # 210 MB of zeros, a few hundred kB packed
                member.write(bytes(1_000_000))
    code, out, _ = _import(tmp_path, article, capsys)
    assert code == 1 and "bomb.docx: unpacks to more than 200 MB" in out


def test_without_the_import_extra_a_web_page_gets_a_clear_message(tmp_path, capsys, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "readability", None)  # as if readability-lxml were not installed
    article = tmp_path / "page.html"
    article.write_text("<html><body><p>The treaty was signed in 1856.</p></body></html>")
    code, out, _ = _import(tmp_path, article, capsys)
    assert code == 1 and "pip install 'studyguide[import]'" in out


def test_word_html_footnotes_tables_and_hidden_text_become_markdown():
    from generator.authoring.importing.html_markdown import to_markdown

    html = (
        "<h1>Title</h1><p>Text<sup><a href='#footnote-1'>[1]</a></sup> with <strong>bold</strong>.</p>"
        "<div style='display: none'>hidden menu</div><script>alert(1)</script>"
        "<table><tr><td>Year</td><td>Event</td></tr><tr><td>1848</td><td>Revolutions</td></tr></table>"
        "<ol><li id='footnote-1'><p>A note. <a href='#footnote-ref-1'>↑</a></p></li></ol>"
    )
    markdown = to_markdown(html)
    assert "# Title" in markdown and "Text with **bold**." in markdown
    assert "| Year | Event |" in markdown and "| 1848 | Revolutions |" in markdown
    assert "## Notes\n\n1. A note." in markdown
    assert "hidden menu" not in markdown and "alert" not in markdown and "[1]" not in markdown
