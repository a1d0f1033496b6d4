"""The template facts Python reads back: one table of the class names the templates give
the elements that the preflight, the part-wise typesetting and the cut into parts look
for, and the contents' page-number rule, read from the stylesheets rather than copied.

The templates get the table as the Jinja global ``marks`` (``class="{{ marks.cover }}"``),
so a theme's partial can name the same classes; ``tests/render/test_marks.py`` checks that the
built-in templates give every class named here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True)
class Marks:
    """Class names the templates give and the Python reads."""

    #: The cover: the guide's HTML up to and including it is the lead of every part.
    cover: str = "cover"
    #: Running text, for the body measure.
    prose: str = "prose"
    #: A block whose last line ends a page is an orphaned opener when it has one of these.
    openers: frozenset[str] = frozenset({"label", "tl-year-label", "section-number", "q-group-title", "question"})
    #: The elements that start a part; a page before one may be short.
    part_starts: frozenset[str] = frozenset(
        {
            "part-title",
            "section-number",
            "section-title",
            "cover-kicker",
            "back-cover-title",
            "ho-kicker",
            "form-running",  # a test form, or a named copy of one
            "form-kicker",
            "bs-title",  # a bubble answer sheet
        }
    )
    #: A page with all of these is printed on the back of the page before it (cards).
    back_page: frozenset[str] = frozenset({"card-page", "card-back"})


MARKS = Marks()

#: The contents' page numbers: the declaration that asks ``target-counter`` for them.
_TARGET_COUNTER = re.compile(r"target-counter\(\s*attr\(\s*href\s*\)\s*,\s*page\s*\)")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)"')


@dataclass(frozen=True)
class NumberRule:
    """The stylesheet's rule that prints a link's target page number: its selector before
    the pseudo-element, the pseudo-element, and its ``content`` around the number."""

    selector: str
    pseudo: str
    before: str
    after: str

    def literal(self, anchor: str, number: int) -> str:
        """The same rule for the link to ``anchor`` alone, with ``number`` given."""
        target = anchor.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
        return f'{self.selector}[href="#{target}"]{self.pseudo} {{ content: {self.before}"{number}"{self.after}; }}'

    @property
    def container(self) -> str:
        """The class of the list the numbered links are in (``class="toc``), for finding the part."""
        found = re.search(r"\.([\w-]+)", self.selector)
        return f'class="{found.group(1)}' if found else "<a "


def number_rule(head: str, read: Callable[[str], Path]) -> NumberRule | None:
    """The page-number rule of the stylesheets ``head`` links (``read`` gives a linked
    URL's file), the last one winning as in the cascade; None if none has one."""
    found = None
    for url in _LINK.findall(head):
        path = read(url)
        if urlsplit(url).scheme not in ("file", "") or not path.is_file():
            continue
        css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        for selector, body in _RULE.findall(css):
            for declaration in body.split(";"):
                name, _, value = declaration.partition(":")
                match = _TARGET_COUNTER.search(value)
                if name.strip() == "content" and match:
                    last = selector.split(",")[-1].strip()
                    base, pseudo = (last.split("::", 1) + [""])[:2]
                    found = NumberRule(
                        base,
                        "::" + pseudo if pseudo else "",
                        value[: match.start()].strip() + " ",
                        value[match.end() :].rstrip(),
                    )
    return found


def file_of(url: str) -> Path:
    """The file a ``file:`` URL names."""
    return Path(unquote(urlsplit(url).path))
