"""Markdown figures: a picture with its caption and credit, its width and its place.

A picture alone on its line becomes a figure when it has a caption (the Markdown
title) or an attribute list::

    ![Map of Paris in 1789](images/paris.png "Paris in 1789"){credit="Map: A. Maker, CC BY 4.0" width=half place=top}

Attributes: ``caption`` (instead of the title), ``credit`` (printed under the caption
and listed under "Picture credits" at the back), ``width`` (``full``, ``half`` or
``margin``: a small picture beside the text) and ``place`` (``here``; ``top``: the
figure opens the next page; ``bottom``: the text after it starts a new page). The
figure is turned into HTML before the Markdown is converted, so the sanitiser and the
image checks see it as any other picture.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from generator.content.model import did_you_mean

WIDTHS = ("full", "half", "margin")
PLACES = ("here", "top", "bottom")
_FIGURE = re.compile(
    r'^!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]+)(?:\s+"(?P<title>[^"\n]*)")?\)(?:\{(?P<attrs>[^}\n]*)\})?[ \t]*$',
    re.MULTILINE,
)
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|(\S+))')
#: The captions and credits of a section's figures, read back from its HTML for the credits page.
_CREDIT = re.compile(
    r'<figcaption>(?:<span class="figure-caption">(.*?)</span>)?\s*(?:<span class="figure-credit">(.*?)</span>)?'
    r"</figcaption>",
    re.DOTALL,
)


@dataclass(frozen=True)
class FigureError:
    """An attribute list a figure cannot use: the 0-based line in the text, and why."""

    line: int
    message: str


def figures_to_html(text: str) -> tuple[str, list[FigureError]]:
    """``text`` with each figure (a captioned or attributed picture alone on its line) as HTML."""
    errors: list[FigureError] = []

    def figure(match: re.Match[str]) -> str:
        if match["title"] is None and match["attrs"] is None:
            return match.group(0)  # a plain picture stays one
        line = text.count("\n", 0, match.start())
        attrs = {m[1].lower(): m[2] or m[3] or m[4] or "" for m in _ATTRIBUTE.finditer(match["attrs"] or "")}
        for name, value in attrs.items():
            if name not in ("caption", "credit", "width", "place"):
                hint = did_you_mean(name, ["caption", "credit", "width", "place"])
                errors.append(
                    FigureError(line, f"a figure has no attribute '{name}'{hint} (caption, credit, width, place)")
                )
            elif name in ("width", "place") and value not in (WIDTHS if name == "width" else PLACES):
                allowed = ", ".join(WIDTHS if name == "width" else PLACES)
                errors.append(FigureError(line, f"a figure's {name} is one of {allowed}, not '{value}'"))
        caption = attrs.get("caption") or match["title"] or ""
        credit = attrs.get("credit", "")
        width, place = attrs.get("width", "full"), attrs.get("place", "here")
        parts = [f'<span class="figure-caption">{html.escape(caption)}</span>' if caption else ""]
        parts.append(f'<span class="figure-credit">{html.escape(credit)}</span>' if credit else "")
        caption_html = f"<figcaption>{' '.join(p for p in parts if p)}</figcaption>" if caption or credit else ""
        return (
            f'<figure class="figure figure-{width} place-{place}">'
            f'<img src="{html.escape(match["src"])}" alt="{html.escape(match["alt"])}">{caption_html}</figure>'
        )

    return _FIGURE.sub(figure, text), errors


def figure_credits(body_html: str) -> list[tuple[str, str]]:
    """(caption, credit) of each figure in a section's HTML that has a credit, in order."""
    return [(caption or "", credit) for caption, credit in _CREDIT.findall(body_html) if credit]
