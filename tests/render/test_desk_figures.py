"""Figures: a caption and a credit printed with the picture on one page, the credits listed
at the back, the preflight's warning when a caption parts from its picture, attribute
mistakes at their line, and pictures that would print as one grey."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from conftest import page_texts
from guide_factory import make_guide, section
from PIL import Image

from generator.build import build_guide, layout_check
from generator.cli import main

FILLER = "The deputies argued about the vote by head and the vote by order for many weeks. " * 6


def _picture(root: Path, name: str, size: tuple[int, int], colours: tuple[str, ...] = ("#204060",)) -> None:
    image = Image.new("RGB", size, colours[0])
    for n, colour in enumerate(colours[1:], start=1):  # vertical bands
        image.paste(colour, (n * size[0] // len(colours), 0, size[0], size[1]))
    (root / "images").mkdir(exist_ok=True)
    image.save(root / "images" / name)


def _pages_with_pictures(pdf: Path) -> list[int]:
    document = pdfium.PdfDocument(pdf)
    found = [
        index
        for index, page in enumerate(document)
        if any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
    ]
    document.close()
    return found


def _guide(tmp_path: Path, figure: str, paragraphs: int = 3, picture: tuple[int, int] = (300, 200)) -> Path:
    body = "\n\n".join([FILLER] * paragraphs) + f"\n\n{figure}\n\nThe text goes on after the figure.\n"
    root = make_guide(tmp_path, files={"sections/01-background.md": section("Background", body)})
    _picture(root, "hall.png", picture)
    return root


def test_a_figure_prints_its_caption_and_credit_on_its_pictures_page(tmp_path):
    figure = (
        '![The hall at Versailles](images/hall.png "The Salle des Menus-Plaisirs"){credit="Plan: A. Maker, CC BY 4.0"}'
    )
    root = _guide(tmp_path, figure, paragraphs=5, picture=(300, 240))
    built = build_guide(root, tmp_path / "out")
    texts = page_texts(built.pdf)
    caption_pages = [i for i, text in enumerate(texts) if "Salle des Menus-Plaisirs" in text]
    pictures = set(_pages_with_pictures(built.pdf))
    # the caption on the picture's page, and again on the credits page at the back
    assert caption_pages[0] in pictures, (caption_pages, pictures)
    assert "Plan: A. Maker, CC BY 4.0" in texts[caption_pages[0]]
    credits = next(i for i, text in enumerate(texts) if "Picture credits" in text and "Contents" not in text)
    assert credits > caption_pages[0] and "Plan: A. Maker, CC BY 4.0" in texts[credits]
    contents = next(text for text in texts if "Contents" in text)
    assert f"Picture credits {credits + 1}" in " ".join(contents.split()).replace(" .", "").replace(". ", " ")
    assert not [w for w in built.warnings if "caption" in w.message]


def test_a_caption_parted_from_its_picture_is_a_layout_warning(tmp_path):
    figure = '![A tall plan](images/hall.png "A plan taller than the page")'
    root = _guide(tmp_path, figure, paragraphs=1, picture=(200, 480))
    warnings = [w for w in layout_check(root) if "caption is on another page" in w.message]
    assert warnings and warnings[0].path.name == "01-background.md"


def test_a_figure_attribute_mistake_is_named_at_its_line(tmp_path, capsys):
    figure = '![Plan](images/hall.png "Plan"){widht=half place=middle}'
    root = _guide(tmp_path, figure, paragraphs=1)
    assert main(["check", str(root)]) == 1
    err = capsys.readouterr().err
    line = (root / "sections/01-background.md").read_text().split("\n").index(figure) + 1
    assert f"01-background.md:{line}: a figure has no attribute 'widht'; did you mean 'width'?" in err
    assert "a figure's place is one of here, top, bottom, not 'middle'" in err


def test_half_and_margin_widths_are_narrower_than_full(tmp_path):
    widths = {}
    for width in ("full", "half", "margin"):
        root = _guide(tmp_path / width, f'![Plan](images/hall.png "Plan"){{width={width}}}', paragraphs=1)
        pdf = build_guide(root, tmp_path / width / "out").pdf
        document = pdfium.PdfDocument(pdf)
        page = document[_pages_with_pictures(pdf)[0]]
        image = next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        left, _bottom, right, _top = image.get_bounds()
        widths[width] = right - left
        document.close()
    # full: the 120 mm measure; half: 50 % of it; margin: 32 %
    assert widths["full"] > 1.8 * widths["half"] and widths["half"] > 1.4 * widths["margin"], widths


def test_check_warns_of_colours_that_print_as_one_grey(tmp_path, capsys):
    figure = '![Areas of the two armies](images/map.png "The two armies")'
    root = _guide(tmp_path, figure, paragraphs=1)
    _picture(root, "map.png", (200, 100), ("#c83c3c", "#3c8c3c"))  # red and green, equally light
    main(["check", str(root)])
    out = capsys.readouterr().out
    assert "picture 'images/map.png': its colours" in out and "print as the same grey" in out
    _picture(root, "map.png", (200, 100), ("#f0c0c0", "#1e4a1e"))  # light red, dark green
    main(["check", str(root)])
    assert "print as the same grey" not in capsys.readouterr().out
