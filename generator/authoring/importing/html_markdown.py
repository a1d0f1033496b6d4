"""HTML (from a Word or OpenDocument file, or a web page's main content) written out as
the Markdown the importer reads: headings, paragraphs, lists, emphasis, links,
pictures with their captions, tables and footnotes. Scripts, styles, forms, menus and
footers are dropped; nothing in the HTML is run or fetched.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "nav", "footer", "header", "form", "button", "svg", "iframe"}
_BLOCKS = {"p", "div", "section", "article", "main", "li", "blockquote", "figcaption", "td", "th", "dd", "dt"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "col", "area", "base"}


class _Writer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.line: list[str] = []
        self.skip = 0  # depth inside elements whose text is not the article's
        self.lists: list[str] = []  # "ul" / "ol" of the lists we are in
        self.numbers: list[int] = []
        self.link: str | None = None
        self.link_text: list[str] = []
        self.heading = 0
        self.quote = 0
        self.caption = False
        self.row: list[str] | None = None
        self.table: list[list[str]] = []
        self.notes: list[str] = []
        self.note: bool = False

    # -- building lines --
    def _flush(self) -> None:
        text = " ".join("".join(self.line).split())
        self.line = []
        if not text:
            return
        if self.note:
            self.notes.append(text)
            return
        if self.row is not None:
            self.row.append(text.replace("|", "\\|"))
            return
        if self.heading:
            text = "#" * self.heading + " " + text.strip("#* ")
        elif self.caption:
            text = f"*{text.strip('*')}*"
        elif self.lists:
            mark = f"{self.numbers[-1]}." if self.lists[-1] == "ol" else "-"
            text = "  " * (len(self.lists) - 1) + f"{mark} {text}"
        if self.quote:
            text = "> " + text
        self.blocks.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if self.skip or tag in _SKIP or _hidden(found):
            if tag not in _VOID:
                self.skip += 1
            return
        if tag in _BLOCKS or re.fullmatch(r"h[1-6]", tag) or tag in ("ul", "ol", "table", "tr", "figure"):
            self._flush()
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = int(tag[1])
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
            self.numbers.append(0)
        elif tag == "li":
            if (found.get("id") or "").startswith(("footnote", "endnote")):
                self.note = True
            elif self.numbers:
                self.numbers[-1] += 1
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "figcaption" or "caption" in (found.get("class") or "").split():
            self.caption = True
        elif tag in ("strong", "b"):
            self.line.append("**")
        elif tag in ("em", "i"):
            self.line.append("*")
        elif tag == "br":
            self.line.append(" ")
        elif tag == "a" and re.match(r"#(?:footnote|endnote)-ref", found.get("href") or ""):
            self.skip += 1  # the "↑" back to a footnote's reference
        elif tag == "a" and found.get("href") and not (found.get("href") or "").startswith("#"):
            self.link, self.link_text = found.get("href"), []
            self.line.append("\0")  # where the link text starts
        elif tag == "img" and found.get("src"):
            self._flush()
            alt = (found.get("alt") or "").replace("]", "")
            self.blocks.append(f"![{alt}]({found['src']})")
        elif tag == "tr":
            self.row = []
        elif tag == "sup":
            self.skip += 1  # footnote references ("[1]") are not text

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag not in _VOID:
                self.skip -= 1
            return
        if tag in ("strong", "b"):
            self.line.append("**")
        elif tag in ("em", "i"):
            self.line.append("*")
        elif tag == "a" and self.link is not None:
            text = "".join(self.line)
            start = text.rfind("\0")
            label = text[start + 1 :].strip()
            self.line = [text[:start], f"[{label}]({self.link})" if label else ""]
            self.link = None
        if tag in _BLOCKS or re.fullmatch(r"h[1-6]", tag) or tag == "figure":
            self._flush()
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = 0
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.numbers.pop()
        elif tag == "li":
            self.note = False
        elif tag == "blockquote" and self.quote:
            self.quote -= 1
        elif tag == "figcaption":
            self.caption = False
        elif tag == "p":
            self.caption = False
        elif tag == "tr" and self.row is not None:
            self._flush()
            self.table.append(self.row)
            self.row = None
        elif tag == "table":
            self._table()

    def _table(self) -> None:
        rows = [r for r in self.table if r]
        self.table = []
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        self.blocks.append("\n".join(lines))

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.line.append(data.replace("\0", ""))


def _hidden(attrs: dict[str, str | None]) -> bool:
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true"


def to_markdown(html: str, title: str | None = None) -> str:
    """The HTML as Markdown blocks separated by blank lines; ``title`` becomes the
    level-one heading when the HTML has none."""
    writer = _Writer()
    writer.feed(html)
    writer.close()
    writer._flush()
    blocks = writer.blocks
    if writer.notes:
        blocks += ["## Notes", *(f"{n}. {text}" for n, text in enumerate(writer.notes, start=1))]
    if title and not any(b.startswith("# ") for b in blocks):
        blocks.insert(0, f"# {title}")
    return "\n\n".join(_tidy(b) for b in blocks) + "\n"


def _tidy(block: str) -> str:
    block = re.sub(r"\*\*\s*\*\*", "", block)  # empty bold Word leaves behind
    return block.replace("\0", "")
