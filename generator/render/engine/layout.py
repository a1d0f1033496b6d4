"""The laid-out pages as the rest of the code reads them (the preflight, part-wise
typesetting): a page's box tree and the kinds of box in it.

WeasyPrint's public ``Page`` has no accessor for its boxes; this is the one place that
reaches for them, so that a rename shows up here and nowhere else.
"""

from __future__ import annotations

from typing import Any

from weasyprint.formatting_structure.boxes import (
    BlockBox,
    FootnoteAreaBox,
    LineBox,
    MarginBox,
    PageBox,
    ReplacedBox,
    TextBox,
)

__all__ = ["BlockBox", "FootnoteAreaBox", "LineBox", "MarginBox", "PageBox", "ReplacedBox", "TextBox", "page_box"]


def page_box(page: Any) -> PageBox:
    """The root box of a laid-out ``weasyprint.Page``."""
    box: PageBox = page._page_box
    return box
