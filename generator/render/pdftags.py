"""Three things WeasyPrint 70's PDF tags leave out, added while it writes them.

- **Languages.** An element's ``lang`` (the ``<span lang="ja">`` that
  :mod:`generator.render.typography` puts round Japanese or Russian words)
  becomes ``/Lang`` on its structure element, so a screen reader switches voice.
- **Header scope.** Every ``TH`` gets ``/Scope`` (``/Column`` unless the HTML
  says ``scope="row"``), which PDF/UA asks for.
- **Running heads and folios are artifacts.** WeasyPrint marks the text of
  margin boxes as ordinary content that no structure element holds; a reader
  meets "Japan and the Soviet Union … 12" on every page. Their marked-content
  sequences are turned into ``/Artifact`` of type ``/Pagination``.

The hooks wrap ``weasyprint.pdf.tags._build_box_tree`` and ``Page.paint`` (the
version is pinned in pyproject.toml); :func:`install` is idempotent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydyf
from weasyprint.document import Page
from weasyprint.formatting_structure import boxes
from weasyprint.pdf import tags as weasy_tags

_INSTALLED = "_studyguide_hooks"


def install() -> None:
    """Wrap WeasyPrint's tag builders (once per process)."""
    if getattr(weasy_tags, _INSTALLED, False):
        return
    build_box_tree = weasy_tags._build_box_tree

    # WeasyPrint's internals carry no type hints; their arguments pass through untouched.
    def annotated_tree(box: Any, *args: Any) -> Iterator[Any]:
        for element in build_box_tree(box, *args):
            if getattr(box, "element", None) is not None and box.element_tag not in ("html", "body"):
                _annotate(box, element)
            yield element

    paint = Page.paint

    def paint_with_artifacts(page: Any, stream: Any, scale: float = 1) -> None:
        # Right after painting, while the page's marked contents are all in its stream;
        # building the tag tree later reads only the boxes' ids, not the operators.
        paint(page, stream, scale)
        if stream._tags is not None:
            _as_artifacts(stream, _margin_mcids(page._page_box, stream._tags))

    # the recursion inside _build_box_tree looks the name up in the module, so it reaches the wrapper too
    weasy_tags._build_box_tree = annotated_tree
    Page.paint = paint_with_artifacts
    setattr(weasy_tags, _INSTALLED, True)


def _annotate(box: Any, element: pydyf.Dictionary) -> None:
    lang = box.element.get("lang")
    if lang and "Lang" not in element:
        element["Lang"] = pydyf.String(lang)
    if element.get("S") == "/TH":
        scope = "/Row" if box.element.get("scope") == "row" else "/Column"
        element.setdefault("A", pydyf.Dictionary({"O": "/Table"}))["Scope"] = scope


def _margin_mcids(page_box: Any, tags: Any) -> set[int]:
    """The marked-content ids of the text in a page's margin boxes."""
    if tags is None:
        return set()
    found: set[int] = set()
    for margin in page_box.children:
        if isinstance(margin, boxes.MarginBox):
            for box in margin.descendants():
                if box in tags:
                    found.add(tags[box]["mcid"])
    return found


def _as_artifacts(stream: Any, mcids: set[int]) -> None:
    """Rewrite ``/Span <</MCID n>> BDC`` as ``/Artifact <</Type /Pagination>> BDC`` for ``mcids``."""
    if not mcids:
        return
    operations = stream.stream
    for index, item in enumerate(operations):
        if isinstance(item, pydyf.Dictionary) and item.get("MCID") in mcids and index > 0:
            operations[index - 1] = "/Artifact"
            operations[index] = pydyf.Dictionary({"Type": "/Pagination"})
