"""Stage three: what a guide is turned into. The guide itself (and its teacher's copy),
the folded booklet (imposition), the one-sheet handout, the flashcards, the test
forms and the exports for classroom platforms.

:data:`PRODUCTS` is the one list of products. The command line offers one
``--<name>`` option per entry (``--guide`` is the default), and every product
goes through the same build path (:mod:`generator.jobs`): stamped, run in the
worker pool, one line printed per output. Adding a product is adding one entry
here and one ``make`` function that returns :class:`Made`.

This module is imported by every build, up to date or not, so it imports
nothing heavy: a maker is named by its module and imported only to run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: Test forms printed at most (A to F): more forms than that no class needs, and each costs a layout.
MAX_FORMS = 6


@dataclass(frozen=True)
class Made:
    """What a product's maker hands back to the build."""

    files: dict[str, bytes | str]  # name suffix ("-booklet.pdf") → content; the main output last
    pages: int
    notes: tuple[str, ...] = ()  # how to print it
    left_out: tuple[str, ...] = ()  # what did not fit
    preflight: tuple[Any, ...] = ()  # the layout preflight's findings on the final pages
    page: str = ""  # the guide's HTML as typeset (linked stylesheets and fonts), for the live preview


@dataclass(frozen=True)
class Product:
    """One kind of output; ``maker`` is ``module:function``, called as ``make(guide, job, press)``."""

    name: str
    maker: str
    help: str
    html_only: bool = False  # whether --html-only applies
    pdf_variant: bool = False  # whether --pdf-variant applies
    edition: str | None = None  # an edition this product always is (else --edition decides)
    flag: bool = True  # offered as a plain --<name> switch (forms and exports take values of their own)
    print_options: tuple[str, ...] = ()  # the print options it takes (generator.render.options.PRINT_OPTIONS)

    def make(self) -> Callable[..., Made]:
        module, function = self.maker.split(":")
        maker: Callable[..., Made] = getattr(importlib.import_module(module), function)
        return maker


PRODUCTS: dict[str, Product] = {
    product.name: product
    for product in [
        Product(
            "guide",
            "generator.products.guide:make_guide",
            "the guide: <slug>.pdf and its HTML preview (the default)",
            html_only=True,
            pdf_variant=True,
            print_options=("no-key", "compact", "photocopy", "large-print"),
        ),
        Product(
            "teacher",
            "generator.products.guide:make_guide",
            "the teacher's copy: the guide with answers beside the questions (<slug>-teacher.pdf)",
            html_only=True,
            pdf_variant=True,
            edition="teacher",
            print_options=("compact", "photocopy", "large-print"),
        ),
        Product(
            "booklet",
            "generator.products.booklet:make_booklet",
            "a half-size booklet imposed for saddle stitching (<slug>-booklet.pdf)",
            print_options=("no-key", "compact", "photocopy"),
        ),
        Product(
            "handout",
            "generator.products.handout:make_handout",
            "a one-sheet, two-page handout (<slug>-handout.pdf)",
            print_options=("one-sided", "photocopy", "large-print"),
        ),
        Product(
            "cards",
            "generator.products.cards:make_cards",
            "flashcards with cut marks, backs mirrored for duplex (<slug>-cards.pdf)",
            print_options=("photocopy",),
        ),
        Product(
            "forms",
            "generator.products.forms:make_test_forms",
            "test forms A, B, C … of the questions, shuffled, and a teacher's key (<slug>-form-A.pdf …)",
            flag=False,
            print_options=("no-key", "photocopy", "large-print"),
        ),
        Product(
            "export",
            "generator.products.exports:make_exports",
            "the questions and cards for Moodle, Canvas, Anki and Quizlet (studyguide export)",
            flag=False,
        ),
    ]
}


def output_name(slug: str, edition: str, suffix: str, print_options: tuple[str, ...] = ()) -> str:
    """``<slug>.pdf``, ``<slug>-teacher.pdf``, ``<slug>-booklet.pdf``, ``<slug>-large-print.pdf`` …: one name per
    product, edition and set of print options, so an edition never overwrites another."""
    variant = "-teacher" if edition == "teacher" else ""
    return f"{slug}{variant}{''.join('-' + name for name in print_options)}{suffix}"
