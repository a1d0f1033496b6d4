"""The layout's budget: WeasyPrint is stopped when a document has used up its CPU time
(``layout_seconds``) or runs past the page ceiling (``pages``), both from
:mod:`generator.limits`, and the message says what took the time.

WeasyPrint reports each page it starts on its progress logger; a filter there counts
the pages (so the message can say how far the layout got) and stops the layout at the
first page over the ceiling, rather than after thousands more. The message names the
product being made and the guide's largest part, at the file it comes from, and says
how to raise the limit.
"""

from __future__ import annotations

import html as _html
import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.content.load import section_slugs
from generator.cputime import OutOfTime, time_limit
from generator.errors import ContentError
from generator.limits import active
from generator.render.body_parts import split

_PROGRESS = logging.getLogger("weasyprint.progress")
_PAGE_STARTED = "Step 5 - Creating layout - Page %d"
_HEADING = re.compile(r"<h[12]\b[^>]*>(.*?)</h[12]>", re.DOTALL)
_ID = re.compile(r'\A\s*<[a-z]+\b[^>]*?\bid="([^"]*)"')
_TAG = re.compile(r"<[^>]*>")
#: The file each of the guide's parts is made from, by the part's id (sections by their slug).
_PART_FILES = {
    "timeline": "timeline.yaml",
    "people": "people.yaml",
    "glossary": "glossary.yaml",
    "faq": "faq.yaml",
    "questions": "questions.yaml",
    "answer-key": "questions.yaml",
    "sources": "sources.yaml",
    "debates": "debates.yaml",
}


class _PastCeiling(BaseException):
    """The layout started a page over the ceiling (a BaseException, as OutOfTime)."""


class _Pages(logging.Filter):
    """Counts the pages one thread's layout starts; stops it past ``ceiling``. Drops every
    progress record: nothing else listens to them."""

    def __init__(self, ceiling: int) -> None:
        super().__init__()
        self.ceiling = ceiling
        self.most = 0
        self._thread = threading.get_ident()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == _PAGE_STARTED and threading.get_ident() == self._thread and record.args:
            page = record.args[0] if isinstance(record.args, tuple) else 0
            self.most = max(self.most, page if isinstance(page, int) else 0)  # a second pass starts again at page 1
            if self.most > self.ceiling:
                raise _PastCeiling()
        return False


@contextmanager
def layout_budget(guide_root: Path, html: str) -> Iterator[None]:
    """Lay out ``html`` (the guide in ``guide_root``) in the block, within its CPU time and page ceiling."""
    now = active()
    pages = _Pages(now.limits.pages)
    level = _PROGRESS.level
    _PROGRESS.addFilter(pages)
    _PROGRESS.setLevel(logging.INFO)
    try:
        with time_limit(now.limits.layout_seconds):
            yield
    except OutOfTime:
        seconds = now.limits.layout_seconds
        so_far = f"by page {pages.most}" if pages.most else "before its first page"
        raise over_budget(
            guide_root,
            html,
            f"its layout took over {seconds:g} s of CPU time {so_far}",
            "layout_seconds",
            seconds * 2,
        ) from None
    except _PastCeiling:
        ceiling = now.limits.pages
        raise over_budget(guide_root, html, f"it runs past {ceiling} pages", "pages", ceiling * 2) from None
    finally:
        _PROGRESS.removeFilter(pages)
        _PROGRESS.setLevel(level)


def check_pages(guide_root: Path, count: int) -> None:
    """Refuse a PDF of ``count`` pages over the ceiling (the watch joins pages laid out apart)."""
    ceiling = active().limits.pages
    if count > ceiling:
        raise over_budget(guide_root, None, f"it has {count} pages, over {ceiling}", "pages", max(count, ceiling * 2))


def over_budget(guide_root: Path, html: str | None, what: str, limit: str, suggested: float) -> ContentError:
    """The error for a layout over its budget: the product, ``what`` happened, the
    largest part of ``html`` at its file, and how to raise ``limit``."""
    now = active()
    blamed, largest = _largest_part(guide_root, html) if html else (guide_root / "guide.yaml", "")
    return ContentError.at(
        blamed,
        None,
        f"making {now.product}: {what}{largest}: cut long texts or split the guide in two; "
        f"{now.how_to_raise(limit, suggested)}",
    )


def _largest_part(guide_root: Path, html: str) -> tuple[Path, str]:
    """The file the largest part of ``html`` comes from, and a clause naming that part."""
    sizes = [(len(_TAG.sub("", part)), part) for part in split(html).parts]
    total = sum(size for size, _ in sizes)
    if not total:
        return guide_root / "guide.yaml", ""
    size, part = max(sizes, key=lambda entry: entry[0])
    heading = _HEADING.search(part)
    title = " ".join(_html.unescape(_TAG.sub("", heading.group(1))).split()) if heading else ""
    found = _ID.match(part)
    return _part_file(guide_root, found.group(1) if found else ""), (
        f"; the largest part, '{title}', holds {size / total:.0%} of the text" if title else ""
    )


def _part_file(guide_root: Path, part_id: str) -> Path:
    if part_id.startswith("section-"):
        slug = part_id.removeprefix("section-")
        sections = sorted((guide_root / "sections").glob("*.md"))
        return next((path for path, name in section_slugs(sections).items() if name == slug), guide_root / "guide.yaml")
    return guide_root / _PART_FILES.get(part_id, "guide.yaml")
