"""Pictures for the photocopier: with the ``photocopy`` print option every raster picture
is served to the typesetter in grey.

A copier turns colour into grey anyway, but each its own way, and the teacher sees the
result only on the copies. Served in grey (Rec. 601 luma, the grey a printer's driver
makes, and the one ``check``'s greyscale warning reasons with), the PDF shows what the
copies will show, and its pictures weigh a third. CSS ``filter`` would do it in the
stylesheet, but WeasyPrint does not apply it.
"""

from __future__ import annotations

import io
import re
import warnings

from PIL import Image

from generator.content.images import MAX_IMAGE_PIXELS

#: The root element of a document printed with the photocopy option (render/options.py
#: gives every print option as an ``opt-*`` class on it).
PHOTOCOPY_ROOT = re.compile(r"<html\b[^>]*\bclass=\"[^\"]*\bopt-photocopy\b")

#: Raster formats served in grey, and the format each is written back in.
_WRITTEN_AS = {"PNG": "PNG", "JPEG": "JPEG", "GIF": "PNG", "WEBP": "PNG"}


def prints_for_photocopier(html: str) -> bool:
    """Whether ``html`` is a document laid out with the photocopy option."""
    return PHOTOCOPY_ROOT.search(html[:4096]) is not None


def in_grey(data: bytes) -> tuple[bytes, str] | None:
    """A raster picture's bytes in grey and their MIME type, or None to serve it as it is
    (not a raster picture, already grey, or not one Pillow reads within the pixel limit)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as picture:
                kind = _WRITTEN_AS.get(picture.format or "")
                if kind is None or picture.mode in ("1", "L", "LA", "I", "F"):
                    return None
                if picture.width * picture.height > MAX_IMAGE_PIXELS:
                    return None
                has_alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
                grey = picture.convert("RGBA" if has_alpha else "RGB").convert("LA" if has_alpha else "L")
    except (OSError, ValueError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        return None
    if has_alpha and kind == "JPEG":
        kind = "PNG"
    out = io.BytesIO()
    grey.save(out, kind, **({"quality": 90} if kind == "JPEG" else {"optimize": False}))
    return out.getvalue(), f"image/{kind.lower()}"
