"""Reading an article for import: Markdown with a real parser, plain text by its layout.

Both become the same :class:`Article`: front-matter facts, a title, and headed
parts made of typed blocks. Each block keeps its Markdown (for a section's body)
and its plain text (for titles, key points and dates), so that no plain-text
field of the guide can receive mark-up. Template tags (Liquid, Jinja, Hugo
shortcodes) and HTML comments are dropped first, with their line breaks kept so
that line numbers still point into the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.content.files import parse_yaml
from generator.errors import ContentError, Problem

PARAGRAPH, ITEM, FIGURE, CAPTION, QUOTE, HEADING, OTHER = (
    "paragraph",
    "item",
    "figure",
    "caption",
    "quote",
    "heading",
    "other",
)

_TEMPLATE_TAGS = (("{%", "%}"), ("{{", "}}"), ("<!--", "-->"))
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A caption or a credit names a picture's date, not the event's: "Figure 13.2 …",
# "Photo: …", "(credit: …)".
_CAPTION = re.compile(
    r"^\s*(?:figure|fig\.|photo(?:graph)?|image|map|credit|source|attribution)\b[\s\d.:–-]*", re.IGNORECASE
)
_CREDIT = re.compile(r"\((?:credit|attribution|photo|source)\b[^()]*(?:\([^()]*\)[^()]*)*\)", re.IGNORECASE)
_FIGURE_REFERENCE = re.compile(r"\s*\(\(?(?:see\s+)?(?:Figure|Fig\.|Map|Table)\b[^()]*\)?\)", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-dA-D][.)]|Q\d*[:.])\s+")
_BULLET = re.compile(r"^\s*[-*+•‣◦▪–]\s+")


@dataclass
class Block:
    """One paragraph, list item, figure or caption: its Markdown, its plain text, its line."""

    kind: str
    markdown: str
    plain: str
    line: int
    bold: list[str] = field(default_factory=list)  # terms the author set in bold
    link_texts: list[str] = field(default_factory=list)  # text inside links: never a source of dates
    rows: list[list[str]] = field(default_factory=list)  # a table's cells, as plain text, row by row


@dataclass
class Part:
    """A headed part of the article (heading None: the text before the first heading)."""

    heading: str | None
    line: int
    level: int = 2
    blocks: list[Block] = field(default_factory=list)
    proposed: bool = False  # the heading is the importer's proposal, not the article's


@dataclass
class Article:
    """An article as the importer sees it."""

    title: str | None
    front: dict[str, Any]
    parts: list[Part]
    markdown: bool


def read_article(text: str, markdown: bool | None = None, path: Path | None = None) -> Article:
    """Read ``text`` as Markdown (when it looks like it, or when told) or as plain text.
    Its front matter is parsed under the guide's YAML limits (an alias bomb is refused
    with ``path:line``); without ``path`` a front matter that does not parse is ignored."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    front, text = _front_matter(text, path)
    text = _without_template_tags(text)
    if markdown is None:
        markdown = any(_MD_HEADING.match(line) for line in text.split("\n")) or "](" in text or "**" in text
    parts = _markdown_parts(text) if markdown else _plain_parts(text)
    title = _text(front.get("title")) or None
    level_one = [p for p in parts if p.heading and p.level == 1]
    if markdown and len(level_one) == 1 and parts.index(level_one[0]) <= 1 and not parts[0].blocks:
        title = title or level_one[0].heading
        level_one[0].heading = None  # the text under the title is the introduction
        parts = [p for p in parts if p.blocks or p.heading]
    elif not markdown and len(parts) > 1 and not parts[0].blocks and parts[1].heading:
        title = title or parts[1].heading
        parts[1].heading = None
    for part in parts:
        if title and part.heading and part.heading.casefold() == title.casefold():
            part.heading = None  # the title repeated as the first heading
            break
    parts = [p for p in parts if p.blocks or p.heading]
    levels = [p.level for p in parts if p.heading]
    top = min(levels, default=2)
    merged: list[Part] = []
    for part in parts:
        if part.heading and part.level > top and merged:
            heading = "#" * (part.level - top + 2) + " " + part.heading
            merged[-1].blocks.append(Block(HEADING, heading, part.heading, part.line))
            merged[-1].blocks.extend(part.blocks)
        else:
            merged.append(part)
    return Article(title, front, [p for p in merged if p.blocks or p.heading], markdown)


def _without_template_tags(text: str) -> str:
    """The text with template tags and comments blanked, line breaks kept. One pass with
    ``str.find``: an opener with no closer after it ends the search for its kind, so a
    megabyte of unclosed ``{%`` costs no more than reading it (a lazy regex is quadratic)."""
    out: list[str] = []
    position = 0
    open_at = {opener: text.find(opener) for opener, _ in _TEMPLATE_TAGS}
    closers = dict(_TEMPLATE_TAGS)
    while True:
        live = {o: at for o, at in open_at.items() if at >= position}
        for opener in [o for o, at in open_at.items() if 0 <= at < position]:
            open_at[opener] = text.find(opener, position)
            if open_at[opener] >= 0:
                live[opener] = open_at[opener]
        if not live:
            break
        opener, start = min(live.items(), key=lambda item: item[1])
        end = text.find(closers[opener], start + len(opener))
        if end < 0:
            open_at[opener] = -1  # never closed: no later one of this kind is either
            continue
        end += len(closers[opener])
        out += [text[position:start], "\n" * text.count("\n", start, end)]
        position = end
        open_at[opener] = text.find(opener, position)
    out.append(text[position:])
    return "".join(out)


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _front_matter(text: str, path: Path | None) -> tuple[dict[str, Any], str]:
    """YAML front matter as a dict, and the text with it blanked out (lines kept)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = parse_yaml(path or Path("front matter"), match.group(1), first_line=2).data
    except ContentError as exc:
        if path is not None:
            raise _located(exc, match.group(1)) from None
        data = None
    blank = "\n" * match.group(0).count("\n")
    return (data if isinstance(data, dict) else {}), blank + text[match.end() :]


def _located(exc: ContentError, front: str) -> ContentError:
    """The front matter's error with a line: where the first alias is used (a file-wide
    limit names none), else the front matter's first line."""
    lines = front.split("\n")
    alias = next((n for n, line in enumerate(lines, start=2) if re.search(r"(?:^|[\s\[,])\*\w", line)), 1)
    return ContentError([Problem(p.path, p.line or alias, p.message) for p in exc.problems])


def _markdown_parts(text: str) -> list[Part]:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    lines = text.split("\n")
    parts = [Part(None, 1)]
    depth = 0  # inside a list item: its paragraphs are items
    quote = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            inline = tokens[index + 1]
            parts.append(Part(_plain_inline(inline)[0], _line(token), int(token.tag[1])))
            index += 3
            continue
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type == "blockquote_open":
            quote += 1
        elif token.type == "blockquote_close":
            quote -= 1
        elif token.type == "inline" and token.map:
            plain, bold, links, images = _plain_inline(token)
            source = "\n".join(lines[token.map[0] : token.map[1]]).strip()
            kind = ITEM if depth else QUOTE if quote else PARAGRAPH
            if images and not plain.strip():
                kind = FIGURE
            elif _CAPTION.match(plain) or _is_emphasis_only(token) and _follows_figure(parts[-1]):
                kind = CAPTION
            if depth and not source.lstrip().startswith(("-", "*", "+")) and not _NUMBERED.match(source):
                source = "- " + source
            parts[-1].blocks.append(Block(kind, source, plain, _line(token), bold, links))
        elif token.type in ("fence", "code_block", "table_open") and token.map:
            end = token.map[1]
            source = "\n".join(lines[token.map[0] : end])
            rows: list[list[str]] = []
            if token.type == "table_open":
                while tokens[index].type != "table_close":
                    if tokens[index].type == "tr_open":
                        rows.append([])
                    elif tokens[index].type == "inline" and rows:
                        rows[-1].append(_plain_inline(tokens[index])[0])
                    index += 1
            parts[-1].blocks.append(Block(OTHER, source, "", _line(token), rows=rows))
        index += 1
    return parts


def _line(token: Token) -> int:
    return (token.map[0] + 1) if token.map else 1


def _plain_inline(token: Token) -> tuple[str, list[str], list[str], int]:
    """Plain text of an inline run, its bold phrases, its link texts and its image count."""
    out: list[str] = []
    bold: list[str] = []
    links: list[str] = []
    images = 0
    strong_start = link_start = None
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            images += 1
        elif child.type == "strong_open":
            strong_start = len(out)
        elif child.type == "strong_close" and strong_start is not None:
            bold.append("".join(out[strong_start:]).strip())
            strong_start = None
        elif child.type == "link_open":
            link_start = len(out)
        elif child.type == "link_close" and link_start is not None:
            links.append("".join(out[link_start:]).strip())
            link_start = None
    return " ".join("".join(out).split()), bold, links, images


def _is_emphasis_only(token: Token) -> bool:
    children = [c for c in token.children or [] if c.type != "softbreak"]
    return len(children) >= 3 and children[0].type == "em_open" and children[-1].type == "em_close"


def _follows_figure(part: Part) -> bool:
    return bool(part.blocks) and part.blocks[-1].kind == FIGURE


def _plain_parts(text: str) -> list[Part]:
    """Paragraphs split at blank lines; a heading is a short line without a final stop
    that stands alone and is followed by text."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, "\n".join(current)))
            current = []
    if current:
        blocks.append((start, "\n".join(current)))
    parts = [Part(None, 1)]
    listing = False  # after a line ending in a colon, short lines are the list it announces
    for index, (first_line, block) in enumerate(blocks):
        stripped = " ".join(block.split())
        heading_like = _plain_heading(block, index + 1 < len(blocks), first=index == 0)
        if listing and "\n" not in block.strip() and len(stripped.split()) <= 30 and stripped[-1:] not in ".:":
            parts[-1].blocks.append(Block(ITEM, "- " + stripped, stripped, first_line))
            continue
        listing = stripped.endswith(":")
        if heading_like:
            parts.append(Part(stripped, first_line))
            continue
        for offset, unit in _list_units(block):
            plain = " ".join(_BULLET.sub("", unit).split())
            kind = ITEM if _BULLET.match(unit) or _NUMBERED.match(unit) else PARAGRAPH
            if _CAPTION.match(plain):
                kind = CAPTION
            markdown = "- " + plain if kind == ITEM and _BULLET.match(unit) else plain
            parts[-1].blocks.append(Block(kind, markdown, plain, first_line + offset))
    return parts


def _plain_heading(block: str, followed: bool, first: bool = False) -> bool:
    line = block.strip()
    if "\n" in line or not followed or _NUMBERED.match(line) or _BULLET.match(line) or _CAPTION.match(line):
        return False
    # a heading starts with a capital or a number ("1830–1860: Diplomacy and …", "1936"); the article's
    # title, its first line, may run longer ("Publicizing Foreign Relations in Time of War: The Foundation …")
    quoted = re.fullmatch(r"[“\"‘]([^“”\"]+)[”\"’]", line)
    if first and quoted:  # "“Brilliant and Important Victories”": a title that quotes its subject's words
        line = quoted.group(1).strip()
    longest, most_words = (180, 26) if first else (100, 14)
    if len(line) > longest or len(line.split()) > most_words or not (line[0].isupper() or line[0].isdigit()):
        return False
    # "Alexander Meigs Haig, Jr.": a name's suffix ends with a full stop, not a sentence
    return line[-1] not in '.,;:!…"”?' or re.search(r"[A-Z][\w’'-]*,?\s+(?:Jr|Sr|Inc|Ltd|Bros)\.$", line) is not None


def _list_units(block: str) -> list[tuple[int, str]]:
    """A block cut before each bullet or numbered line (pasted lists have no blank lines)."""
    units: list[tuple[int, list[str]]] = []
    for offset, line in enumerate(block.split("\n")):
        if not units or _BULLET.match(line) or _NUMBERED.match(line):
            units.append((offset, [line]))
        else:
            units[-1][1].append(line)
    return [(offset, "\n".join(lines)) for offset, lines in units]


def without_credits(text: str) -> str:
    """A sentence with its parenthesised picture credits and figure references removed."""
    text = _FIGURE_REFERENCE.sub("", _CREDIT.sub("", text))
    return re.sub(r"\s+([.,;:])", r"\1", text)
