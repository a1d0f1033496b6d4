"""Image files a guide may use: real images of the type their name says, of sane size.

A picture enters the booklet only after this module has looked at it. Raster
images are identified by their content (not their name) and their pixel count
is read from the header alone, so a decompression bomb is refused before
anything decodes it. SVG images are parsed as XML and must be self-contained:
a reference to another file (``<image href>``, CSS ``url()`` or ``@import``)
could pull a file from outside the guide into the PDF.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import warnings
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PIL import Image

from generator.errors import shorten
from generator.limits import DEFAULTS

#: Image files larger than this are refused: print needs far less.
MAX_IMAGE_BYTES = DEFAULTS.image_bytes
#: 40 megapixels is an A4 page at 600 dpi; more is a mistake or a decompression bomb.
MAX_IMAGE_PIXELS = DEFAULTS.image_pixels
#: All the pictures of one guide together (each file counted once, pictures embedded in
#: an SVG included): the renderer decodes every one of them, four bytes a pixel.
MAX_GUIDE_PIXELS = DEFAULTS.guide_pixels
#: Elements an SVG draws once every ``<use>`` is expanded: a 1 KB file of nested
#: ``<use href="#…">`` can otherwise ask for a billion drawings.
MAX_SVG_ELEMENTS = DEFAULTS.svg_elements

#: File-name suffix → the format the file's content must have.
FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WEBP", ".svg": "SVG"}

# Whatever else decodes images in this process (WeasyPrint does, through Pillow)
# refuses bombs too, rather than only warning about them.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS

# An SVG may point inside itself ('#id') or embed a raster image; nothing else.
_SAFE_REFERENCE = re.compile(r"^\s*(#|data:image/(png|jpeg|gif|webp)[;,])", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^'\")\s]*)", re.IGNORECASE)


class ImageError(ValueError):
    """An image file that may not be used; ``line`` is set when the fault is at a line of an SVG."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def check_image(path: Path) -> int:
    """Raise :class:`ImageError` unless ``path`` is a usable image of the type its suffix names;
    return the number of pixels the renderer will decode for it."""
    expected = FORMATS.get(path.suffix.lower())
    if expected is None:
        raise ImageError(f"is not an image file (use {', '.join(sorted(FORMATS))})")
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise ImageError(
            f"is {size / 1048576:.1f} MB; images may be at most {MAX_IMAGE_BYTES // 1048576} MB: make it smaller"
        )
    if expected == "SVG":
        return _check_svg(path.read_bytes())
    return _check_raster(path, expected)


def _check_raster(path: Path | io.BytesIO, expected: str) -> int:
    try:
        with warnings.catch_warnings():
            # Pillow warns above MAX_IMAGE_PIXELS (and refuses above twice that) when
            # open() reads the header, before a single pixel is decoded: make both errors.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                found = image.format
                pixels = image.width * image.height * getattr(image, "n_frames", 1)
                if found == expected:
                    image.verify()  # walks the file's structure (chunks, checksums) without decoding
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        pixels = re.search(r"\d+", str(exc))
        size = f"{int(pixels.group()) / 1e6:.0f} megapixels" if pixels else "too many pixels"
        raise ImageError(
            f"has {size}; images may have at most {MAX_IMAGE_PIXELS // 1_000_000} megapixels: scale it down"
        ) from None
    except Exception as exc:  # Pillow signals a damaged file with many exception types
        raise ImageError(
            f"is not a valid {expected} image ({_reason(exc)}): export it again from an image editor"
        ) from None
    if found != expected:
        raise ImageError(
            f"is not a {expected} image: its content is {found or 'unknown'}; "
            "give the file the suffix of its real type or convert it"
        )
    if pixels > MAX_IMAGE_PIXELS:  # an animation's frames add up
        raise ImageError(
            f"has {pixels / 1e6:.0f} megapixels in all its frames; images may have at most "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels: scale it down"
        )
    return int(pixels)


def _check_svg(data: bytes) -> int:
    # Entity declarations are how XML bombs and external-entity reads work; a
    # drawing never needs them.
    if b"<!ENTITY" in data:
        raise ImageError("declares XML entities (<!ENTITY>): remove the DOCTYPE", _line(data, b"<!ENTITY"))
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ImageError(f"is not valid XML ({exc})", exc.position[0]) from None
    if _local(root.tag) != "svg":
        raise ImageError(f"is not an SVG image: its root element is <{_local(root.tag)}>, not <svg>")
    pixels = 0
    for element in root.iter():
        references = [value for name, value in element.attrib.items() if _local(name) in ("href", "src")]
        styles = [value for name, value in element.attrib.items() if _local(name) != "href"]
        if _local(element.tag) == "style":
            styles.append(element.text or "")
        if any("\\" in css for css in styles):
            # CSS escapes ('\75rl(' is 'url(') would hide a reference from the checks here.
            raise ImageError("uses a CSS escape ('\\'): write the characters themselves", _line(data, b"\\"))
        references += [url for css in styles for url in _CSS_URL.findall(css)]
        for reference in references:
            if not _SAFE_REFERENCE.match(reference):
                raise ImageError(
                    f"refers to '{shorten(reference)}': an SVG image must be self-contained "
                    "(only '#id' references and embedded data:image/… pictures)",
                    _line(data, reference.encode("utf-8")),
                )
            if not reference.lstrip().startswith("#"):
                pixels += _check_embedded(reference, data)
        if any("@import" in css for css in styles):
            raise ImageError("uses CSS @import: an SVG image must be self-contained", _line(data, b"@import"))
    drawn = _drawn_elements(root)
    if drawn > MAX_SVG_ELEMENTS:
        raise ImageError(
            f"draws {drawn:,} elements once its <use> references are expanded; at most "
            f"{MAX_SVG_ELEMENTS:,} print: simplify the drawing or export it as PNG",
            _line(data, b"<use"),
        )
    return pixels


def _check_embedded(url: str, svg: bytes) -> int:
    """Check a ``data:image/…`` picture inside an SVG as if it were a file; its pixels."""
    header, _, payload = url.strip().partition(",")
    expected = header[len("data:image/") :].split(";")[0].upper().replace("JPG", "JPEG")
    line = _line(svg, url.strip()[:60].encode("utf-8"))
    try:
        raw = (
            base64.b64decode(payload, validate=False)
            if header.lower().endswith(";base64")
            else unquote_to_bytes(payload)
        )
        return _check_raster(io.BytesIO(raw), expected)
    except binascii.Error:
        raise ImageError(f"embeds a picture '{shorten(url)}' whose base64 data is damaged", line) from None
    except ImageError as exc:
        raise ImageError(f"embeds a picture that {exc}", line) from None


def _drawn_elements(root: ElementTree.Element) -> int:
    """How many elements the SVG draws with every ``<use>`` replaced by what it refers to.

    Memoised per id, so measuring costs one pass however large the expansion; a
    ``<use>`` that refers to itself, directly or not, counts as too many."""
    by_id = {element.get("id"): element for element in root.iter() if element.get("id")}
    memo: dict[int, int] = {}
    active: set[int] = set()

    def size(element: ElementTree.Element) -> int:
        key = id(element)
        if key in memo:
            return memo[key]
        if key in active:
            return MAX_SVG_ELEMENTS + 1
        active.add(key)
        total = 1 + sum(size(child) for child in element)
        if _local(element.tag) == "use":
            href = next((v for n, v in element.attrib.items() if _local(n) == "href"), "").strip()
            target = by_id.get(href[1:]) if href.startswith("#") else None
            if target is not None:
                total += size(target)
        active.discard(key)
        memo[key] = min(total, MAX_SVG_ELEMENTS + 1)
        return memo[key]

    try:
        return size(root)
    except RecursionError:  # nesting this deep never prints either
        return MAX_SVG_ELEMENTS + 1


def _local(name: str) -> str:
    """'{http://www.w3.org/1999/xlink}href' → 'href'."""
    return name.rsplit("}", 1)[-1]


def _line(data: bytes, needle: bytes) -> int | None:
    index = data.find(needle)
    return data.count(b"\n", 0, index) + 1 if index >= 0 else None


def _reason(exc: Exception) -> str:
    if isinstance(exc, Image.UnidentifiedImageError):
        return "its content is no image format"  # Pillow's message names the absolute path
    return str(exc).split("\n")[0][:80] or type(exc).__name__
