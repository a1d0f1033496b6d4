"""Builds the Word, OpenDocument and saved-web-page articles of tests/data from the texts
in tests/data/sources (see tests/data/README.md for where each text comes from).

Run it again after changing a text: ``python tests/data/make_articles.py``. The files
it writes are committed, so the tests need neither python-docx nor odfpy to run.
The source texts use a small line syntax: ``#``/``##``/``###`` headings, ``- `` list
items, ``![caption](picture.png)`` a picture with its caption, ``*text*`` an italic
line (a caption), anything else a paragraph.
"""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
_PICTURE = re.compile(r"^!\[(.*)\]\((.+)\)$")


def blocks(text: str) -> list[tuple[str, str, str]]:
    """(kind, text, extra) for each line of a source text."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        heading = re.match(r"^(#{1,3}) (.+)$", line)
        picture = _PICTURE.match(line)
        if heading:
            out.append((f"h{len(heading.group(1))}", heading.group(2), ""))
        elif picture:
            out.append(("picture", picture.group(1), picture.group(2)))
        elif line.startswith("- "):
            out.append(("item", line[2:], ""))
        elif line.startswith("*") and line.endswith("*"):
            out.append(("caption", line.strip("*"), ""))
        else:
            out.append(("p", line, ""))
    return out


def picture(path: Path, colour: str, label: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", (480, 320), colour)
    ImageDraw.Draw(image).text((20, 20), label, fill="white")
    image.save(path)
    return path


def word(source: Path, target: Path) -> None:
    from docx import Document
    from docx.shared import Cm

    document = Document()
    for kind, text, extra in blocks(source.read_text(encoding="utf-8")):
        if kind.startswith("h"):
            document.add_heading(text, level=int(kind[1]))
        elif kind == "item":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "picture":
            with tempfile.TemporaryDirectory() as folder:
                document.add_picture(str(picture(Path(folder) / extra, "#5a6b7c", extra)), width=Cm(8))
        elif kind == "caption":
            document.add_paragraph(text, style="Caption")
        else:
            document.add_paragraph(text)
    document.core_properties.author = ""
    document.save(str(target))


def opendocument(source: Path, target: Path) -> None:
    from odf.draw import Frame
    from odf.draw import Image as Picture
    from odf.opendocument import OpenDocumentText
    from odf.text import H, List, ListItem, P

    document = OpenDocumentText()
    items = None
    for kind, text, extra in blocks(source.read_text(encoding="utf-8")):
        if kind != "item":
            items = None
        if kind.startswith("h"):
            document.text.addElement(H(outlinelevel=int(kind[1]), text=text))
        elif kind == "item":
            if items is None:
                items = List()
                document.text.addElement(items)
            entry = ListItem()
            entry.addElement(P(text=text))
            items.addElement(entry)
        elif kind == "picture":
            with tempfile.TemporaryDirectory() as folder:
                made = picture(Path(folder) / extra, "#3a5a7c", extra)
                href = document.addPicture(f"Pictures/{extra}", "image/png", made.read_bytes())
            frame = Frame(width="8cm", height="5.3cm", anchortype="paragraph")
            frame.addElement(Picture(href=href))
            holder = P()
            holder.addElement(frame)
            document.text.addElement(holder)
        else:
            document.text.addElement(P(text=text))
    document.save(str(target))


def web_page(source: Path, target: Path) -> None:
    """A page as a browser's "Save page as" leaves it: menus, a sidebar, a footer,
    cookie banner, and the pictures in a ``<name>_files`` folder."""
    files = f"{target.stem}_files"
    body: list[str] = []
    title = ""
    in_list = False
    for kind, text, extra in blocks(source.read_text(encoding="utf-8")):
        if kind != "item" and in_list:
            body.append("</ul>")
            in_list = False
        escaped = html.escape(text)
        if kind == "h1":
            title = text
            body.append(f"<h1 id='firstHeading'>{escaped}</h1>")
        elif kind in ("h2", "h3"):
            body.append(f"<{kind}><span class='mw-headline'>{escaped}</span></{kind}>")
        elif kind == "item":
            body.append(("<ul>" if not in_list else "") + f"<li>{escaped}</li>")
            in_list = True
        elif kind == "picture":
            picture(target.parent / files / extra, "#7c5a3a", extra)
            body.append(f"<figure><img src='{files}/{extra}' alt=''><figcaption>{escaped}</figcaption></figure>")
        else:
            linked = re.sub(r"(https?://[^\s<]+?)([.,;]?)(?=\s|$)", r"<a href='\1'>\1</a>\2", escaped)
            body.append(f"<p>{linked}</p>")
    if in_list:
        body.append("</ul>")
    menu = "".join(f"<li><a href='/wiki/{w}'>{w}</a></li>" for w in ("Main page", "Contents", "Random article"))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} - Open History Wiki</title>
<link rel="stylesheet" href="{files}/site.css"><script src="{files}/site.js"></script></head>
<body>
<div id="cookie-banner">This site uses cookies. <button>Accept all cookies</button></div>
<header id="site-header"><a href="/">Open History Wiki</a>
<nav id="main-menu"><ul>{menu}</ul></nav>
<form action="/search"><input name="q" placeholder="Search Open History Wiki"></form></header>
<div id="sidebar"><h2>Navigation</h2><ul>{menu}</ul><h2>Tools</h2><ul><li><a href="/print">Printable version</a></li>
<li><a href="/cite">Cite this page</a></li></ul></div>
<main id="content"><article>
{chr(10).join(body)}
</article></main>
<footer id="footer"><p>This page was last edited on 3 May 2021, at 10:12.</p>
<p>Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/about">About Open History Wiki</a></li></ul></footer>
</body></html>
"""
    target.write_text(page, encoding="utf-8")


def main() -> None:
    word(SOURCES / "history-of-sociology.txt", HERE / "history-of-sociology.docx")
    word(SOURCES / "spanish-civil-war.txt", HERE / "spanish-civil-war.docx")
    web_page(SOURCES / "second-empire.txt", HERE / "second-empire.html")
    opendocument(SOURCES / "second-empire.txt", HERE / "second-empire.odt")


if __name__ == "__main__":
    main()
