"""What WeasyPrint 70's PDF tags leave out, added for every tagged PDF.

- **Languages.** An element's ``lang`` (the ``<span lang="ja">`` that
  :mod:`generator.render.typography` puts round Japanese or Russian words) becomes
  ``/Lang`` on its structure element, so a screen reader switches voice.
- **Header scope.** Every ``TH`` gets ``/Scope`` (``/Column`` unless the HTML says
  ``scope="row"``), which PDF/UA checkers ask for beside WeasyPrint's ``/Headers``.
- **Running heads and folios are artifacts.** WeasyPrint tags the text of margin boxes
  but hangs its structure elements nowhere in the tree: a reader meets "Japan and the
  Soviet Union … 12" on every page as content no element holds. Such marked content
  becomes ``/Artifact`` of type ``/Pagination``.

The artifacts are made by :func:`finisher`, WeasyPrint's public hook, from the written
structure tree alone. Languages and scopes need a patch (:func:`install`): only
WeasyPrint's tag builder knows which HTML element a structure element comes from, and
it offers no hook per element.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydyf
from weasyprint.pdf import tags as weasy_tags

from generator.render.engine import patching

GROUP = "tags"


def install() -> None:
    """Add ``/Lang`` and ``/Scope`` to the structure elements WeasyPrint builds.

    The recursion inside ``_build_box_tree`` looks the name up in its module, so the
    wrapper sees every element, not only the top ones."""

    def annotating(build_box_tree: Any) -> Any:
        # WeasyPrint's internals carry no type hints; their arguments pass through untouched.
        def annotated_tree(box: Any, *args: Any) -> Iterator[Any]:
            for element in build_box_tree(box, *args):
                if getattr(box, "element", None) is not None and box.element_tag not in ("html", "body"):
                    _annotate(box.element, element)
                yield element

        return annotated_tree

    patching.replace(GROUP, weasy_tags, "_build_box_tree", annotating)


def _annotate(html_element: Any, element: pydyf.Dictionary) -> None:
    lang = html_element.get("lang")
    if lang and "Lang" not in element:
        element["Lang"] = pydyf.String(lang)
    if element.get("S") == "/TH":
        scope = "/Row" if html_element.get("scope") == "row" else "/Column"
        element.setdefault("A", pydyf.Dictionary({"O": "/Table"}))["Scope"] = scope


def finisher(document: Any, pdf: pydyf.PDF) -> None:
    """Marked content that no structure element in the tree holds becomes a pagination
    artifact (WeasyPrint's ``finisher`` hook: after the PDF is built, before it is written)."""
    root_reference = pdf.catalog.get("StructTreeRoot")
    if root_reference is None:
        return
    objects = pdf.objects

    def resolve(reference: Any) -> Any:
        return objects[int(reference.split()[0])]

    root = resolve(root_reference)
    reachable: set[int] = set()
    todo = [reference for reference in root["K"] if isinstance(reference, bytes)]
    while todo:
        element = resolve(todo.pop())
        if element.number in reachable:
            continue
        reachable.add(element.number)
        todo += [kid for kid in element.get("K", ()) if isinstance(kid, bytes)]
    nums = resolve(root["ParentTree"])["Nums"]
    kids = pdf.pages["Kids"]
    for page_number in range(len(kids) // 3):
        held = nums[2 * page_number + 1] if 2 * page_number + 1 < len(nums) else ()
        loose = {
            mcid
            for reference in held
            if int(reference.split()[0]) not in reachable
            for mcid in resolve(reference).get("K", ())
            if isinstance(mcid, int)
        }
        if loose:
            _as_artifacts(resolve(objects[kids[3 * page_number]]["Contents"]), loose)


def _as_artifacts(stream: Any, mcids: set[int]) -> None:
    """Rewrite ``/Span <</MCID n>> BDC`` as ``/Artifact <</Type /Pagination>> BDC`` for ``mcids``."""
    operations = stream.stream
    for index, item in enumerate(operations):
        if isinstance(item, pydyf.Dictionary) and item.get("MCID") in mcids and index > 0:
            operations[index - 1] = "/Artifact"
            operations[index] = pydyf.Dictionary({"Type": "/Pagination"})
