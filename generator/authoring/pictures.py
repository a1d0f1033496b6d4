"""Pictures that a greyscale printer or photocopier would spoil: ``check``'s warning.

Most school printing is black and white. A map whose red and green areas are equally
light prints as one grey, and the key under it stops meaning anything. Each raster
picture a section shows is reduced to its main colours (those covering at least 4 %
of it); two of them that differ clearly in colour but by less than 5 % in lightness
(Rec. 601 luma, the grey a printer's driver makes) are reported at the picture's line.
"""

from __future__ import annotations

import html
import re
from itertools import combinations
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.content.model import Guide
from generator.errors import Problem

#: Two colours this far apart in RGB are different colours to a reader…
COLOUR_DISTANCE = 80.0
#: … but print as one grey when their lightness differs by less than this (0–255).
GREY_DISTANCE = 13.0
MAIN_COLOUR_SHARE = 0.04
_SRC = re.compile(r'<img\b[^>]*\bsrc="([^"]+)"')


def _luma(rgb: tuple[int, int, int]) -> float:
    red, green, blue = rgb
    return 0.299 * red + 0.587 * green + 0.114 * blue


def same_greys(path: Path) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """Two main colours of the picture that print as the same grey, or None."""
    from PIL import Image  # WeasyPrint's dependency; loaded only for a check

    with Image.open(path) as opened:
        image = opened.convert("RGB")
    image.thumbnail((96, 96))
    quantized = image.quantize(colors=8)
    palette = quantized.getpalette() or []
    counts = quantized.getcolors() or []
    total = sum(count for count, _ in counts) or 1
    main = [
        (palette[3 * index], palette[3 * index + 1], palette[3 * index + 2])
        for count, index in counts
        if count / total >= MAIN_COLOUR_SHARE
    ]
    for first, second in combinations(main, 2):
        apart = sum((a - b) ** 2 for a, b in zip(first, second, strict=True)) ** 0.5
        if apart >= COLOUR_DISTANCE and abs(_luma(first) - _luma(second)) < GREY_DISTANCE:
            return first, second
    return None


def greyscale_problems(guide: Guide) -> list[Problem]:
    """A warning at each picture whose main colours would print as one grey."""
    problems = []
    seen: set[str] = set()
    for section in guide.sections:
        for url in _SRC.findall(section.body_html):
            # the loader has made each picture's address a file: URL inside the guide
            path = Path(unquote(urlsplit(html.unescape(url)).path))
            src = (
                path.relative_to(guide.root.resolve()).as_posix() if path.is_relative_to(guide.root.resolve()) else url
            )
            if src in seen or path.suffix.lower() == ".svg" or not path.is_file():
                continue
            seen.add(src)
            pair = same_greys(path)
            if pair:
                first, second = ("#{:02x}{:02x}{:02x}".format(*colour) for colour in pair)
                problems.append(
                    Problem(
                        section.path,
                        section.origin.line_containing(src) or section.body_line,
                        f"picture '{src}': its colours {first} and {second} print as the same grey "
                        "on a black-and-white printer: use colours of different lightness, or patterns",
                    )
                )
    return problems
