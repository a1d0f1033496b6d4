"""Paper sizes: the one table every product lays out on.

The booklet's pages and margins, the half-size pages of the folded booklet, the
landscape sheets they are imposed on, and the flashcard grid all read their
sizes from :data:`PAPERS`, so adding a paper size is one row here.
"""

from __future__ import annotations

from dataclasses import dataclass

POINTS_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Paper:
    """A page size: its CSS lengths and margins for the templates, its size in mm for
    the products that place things themselves, and what it folds or cuts into."""

    name: str
    width: str  # CSS lengths, as the page templates write them
    height: str
    margin_top: str
    margin_outer: str
    margin_bottom: str
    margin_inner: str
    scale: str  # a class on <html> that picks the type scale: "full" or "half"
    width_mm: float
    height_mm: float
    half: str | None = None  # the size of this paper folded once: the folded booklet's pages
    card: tuple[float, float] | None = None  # a flashcard's width and height (mm) on this paper

    @property
    def landscape_points(self) -> tuple[float, float]:
        """The sheet turned sideways (width, height) in PDF points, to a hundredth."""
        return round(self.height_mm * POINTS_PER_MM, 2), round(self.width_mm * POINTS_PER_MM, 2)


PAPERS: dict[str, Paper] = {
    "A4": Paper("A4", "210mm", "297mm", "20mm", "18mm", "22mm", "24mm", "full", 210.0, 297.0, "A5", (90.0, 65.0)),
    "Letter": Paper(
        "Letter",
        "8.5in",
        "11in",
        "0.8in",
        "0.7in",
        "0.85in",
        "0.95in",
        "full",
        215.9,
        279.4,
        "HalfLetter",
        (88.9, 63.5),
    ),
    # Half sizes, for saddle-stitched booklets: laid out afresh, not scaled down.
    "A5": Paper("A5", "148mm", "210mm", "14mm", "12mm", "16mm", "16mm", "half", 148.0, 210.0),
    "HalfLetter": Paper("HalfLetter", "5.5in", "8.5in", "0.55in", "0.45in", "0.6in", "0.65in", "half", 139.7, 215.9),
}
