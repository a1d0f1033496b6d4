"""Word (.docx), OpenDocument (.odt) and saved web pages (.html) read as Markdown.

A Word file goes through mammoth (its styles become headings, lists, tables and
footnotes); an OpenDocument file's ``content.xml`` is read directly; a web page is cut
down to its main content by readability-lxml (menus, sidebars, cookie banners and
footers go), an optional dependency (``pip install 'studyguide[import]'``). Pictures
inside a Word or OpenDocument file are written to a scratch folder, from which the
importer takes them as it takes pictures beside a Markdown file: by content, and
only from that folder.

A document is a zip file: its members are read under a size budget, so a "zip bomb"
is refused with a clear error before it is inflated.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path
from typing import Any

from generator.authoring.importing.html_markdown import to_markdown
from generator.errors import ContentError

SUFFIXES = (".docx", ".odt", ".html", ".htm", ".xhtml")
MAX_DOCUMENT_BYTES = 50_000_000  # the file itself
MAX_UNPACKED_BYTES = 200_000_000  # all its members, inflated
_INSTALL = "pip install 'studyguide[import]'"


def read_document(path: Path, scratch: Path) -> tuple[str, Path]:
    """(the document as Markdown, the folder its pictures are in)."""
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ContentError.at(path, None, f"cannot read the file ({exc.strerror})") from None
    if size > MAX_DOCUMENT_BYTES:
        raise ContentError.at(path, None, f"is larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB: import a smaller file")
    if suffix == ".docx":
        return _word(path, scratch), scratch
    if suffix == ".odt":
        return _opendocument(path, scratch), scratch
    return _web_page(path), path.parent


def _checked_zip(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ContentError.at(path, None, "is not a valid document (it is not a zip file): save it again") from None
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
        archive.close()
        raise ContentError.at(
            path, None, f"unpacks to more than {MAX_UNPACKED_BYTES // 1_000_000} MB: it is not an ordinary document"
        )
    return archive


def _word(path: Path, scratch: Path) -> str:
    try:
        import mammoth
    except ImportError:
        raise ContentError.at(path, None, f"reading Word files needs mammoth: {_INSTALL}") from None
    _checked_zip(path).close()
    pictures: list[str] = []

    def picture(image: Any) -> dict[str, str]:
        suffix = re.sub(r"[^a-z0-9]", "", (image.content_type or "").split("/")[-1].lower())[:5] or "bin"
        name = f"picture-{len(pictures) + 1}.{suffix}"
        with image.open() as stream:
            (scratch / name).write_bytes(stream.read(MAX_DOCUMENT_BYTES))
        pictures.append(name)
        return {"src": name, "alt": image.alt_text or ""}

    style_map = "p[style-name='Caption'] => p.caption:fresh\np[style-name='Title'] => h1:fresh"
    try:
        with path.open("rb") as handle:
            result = mammoth.convert_to_html(
                handle, convert_image=mammoth.images.img_element(picture), style_map=style_map
            )
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as exc:
        raise ContentError.at(path, None, f"cannot read this Word file ({type(exc).__name__}): save it again") from None
    return to_markdown(result.value)


_ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}


def _opendocument(path: Path, scratch: Path) -> str:
    with _checked_zip(path) as archive:
        try:
            root = ElementTree.fromstring(archive.read("content.xml"))
        except (KeyError, ElementTree.ParseError):
            raise ContentError.at(path, None, "is not a valid OpenDocument text: save it again") from None
        body = root.find(".//office:text", {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"})
        blocks: list[str] = []
        for element in body if body is not None else []:
            _odf_block(element, blocks, archive, scratch, 0)
    return "\n\n".join(blocks) + "\n"


def _odf_block(element: Any, blocks: list[str], archive: zipfile.ZipFile, scratch: Path, depth: int) -> None:
    tag = element.tag.split("}")[-1]
    if tag == "h":
        level = int(element.get(f"{{{_ODF['text']}}}outline-level", "1") or 1)
        blocks.append("#" * min(max(level, 1), 6) + " " + _odf_text(element))
    elif tag == "p":
        for frame in element.iter(f"{{{_ODF['draw']}}}image"):
            href = frame.get(f"{{{_ODF['xlink']}}}href", "")
            if href in archive.namelist():
                name = Path(href).name
                (scratch / name).write_bytes(archive.read(href))
                blocks.append(f"![]({name})")
        text = _odf_text(element)
        if text:
            blocks.append(("  " * (depth - 1) + "- " + text) if depth else text)
    elif tag == "list":
        for item in element:
            for child in item:
                _odf_block(child, blocks, archive, scratch, depth + 1)
    elif tag == "section":
        for child in element:
            _odf_block(child, blocks, archive, scratch, depth)
    elif tag == "table":
        blocks.append(_odf_table(element))


def _odf_table(element: Any) -> str:
    """A table as the Markdown pipe table a Word file's table becomes: its first row the header."""
    rows = [
        [_odf_text(cell).replace("|", "\\|") for cell in row.iter(f"{{{_ODF['table']}}}table-cell")]
        for row in element.iter(f"{{{_ODF['table']}}}table-row")
    ]
    rows = [row for row in rows if any(row)]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * width)
    return "\n".join(lines)


def _odf_text(element: Any) -> str:
    """An element's text, footnote bodies left out, line breaks and tabs as spaces."""
    parts: list[str] = [element.text or ""]
    for child in element:
        name = child.tag.split("}")[-1]
        if name not in ("note", "frame"):
            parts.append(_odf_text(child) if name not in ("s", "tab", "line-break") else " ")
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _web_page(path: Path) -> str:
    try:
        from readability import Document
    except ImportError:
        raise ContentError.at(path, None, f"reading web pages needs readability-lxml: {_INSTALL}") from None
    raw = path.read_bytes()
    charset = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:4096], re.IGNORECASE)
    try:
        html = raw.decode(charset.group(1).decode() if charset else "utf-8", errors="replace")
    except LookupError:
        html = raw.decode("utf-8", errors="replace")
    document = Document(html)
    title = re.split(r"\s+[-–|]\s+", document.short_title() or "", maxsplit=1)[0].strip() or None
    return to_markdown(document.summary(html_partial=True), title)
