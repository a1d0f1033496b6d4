"""Which files an imported article may bring into the new guide: pictures only.

An article is shared material. ``![](.ssh/id_rsa)`` or ``![](../secret.txt)`` must not
carry a file into the guide, so a picture is taken only when its path, with links
resolved, stays inside the article's own folder, and when its content (not its name)
is a picture of a kind the build prints. Two pictures with one file name
(``a/map.png``, ``b/map.png``) get two names in ``images/``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from PIL import Image

MAX_PICTURE_BYTES = 10_000_000
#: Pillow's format name → the suffix the guide's file gets (its name's own suffix may lie).
RASTER = {"PNG": ".png", "JPEG": ".jpg", "GIF": ".gif", "WEBP": ".webp"}
_SVG_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]", re.DOTALL)


def picture_kind(path: Path) -> str | None:
    """The suffix a picture of ``path``'s content takes (".png", ".svg" …), or None
    when the file is not a picture the build can print."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        if _SVG_ROOT.match(head):
            return ".svg"
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                kind = RASTER.get(image.format or "")
                image.verify()
        return kind
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None


@dataclass
class Taken:
    """The pictures taken so far: guide-relative name → the file beside the article."""

    folder: Path | None
    names: dict[str, Path] = field(default_factory=dict)

    def take(self, src: str) -> tuple[str | None, str]:
        """(the guide-relative name of the picture ``src`` names, "") or (None, why not)."""
        if self.folder is None:
            return None, "is not beside the article"
        if re.match(r"^[a-z][a-z0-9+.-]*:", src, re.IGNORECASE):
            return None, "is on the web, not beside the article"
        folder = self.folder.resolve()
        try:
            source = (folder / unquote(src)).resolve()
        except (OSError, RuntimeError, ValueError):
            return None, "cannot be found"
        if not source.is_relative_to(folder):
            return None, "is outside the article's folder (not copied)"
        if not source.is_file():
            return None, "is not beside the article"
        if source.stat().st_size > MAX_PICTURE_BYTES:
            return None, f"is larger than {MAX_PICTURE_BYTES // 1_000_000} MB (not copied)"
        kind = picture_kind(source)
        if kind is None:
            return None, "is not a picture (checked by its content; not copied)"
        for name, known in self.names.items():
            if known == source:
                return name, ""
        stem = re.sub(r"[^\w.-]+", "-", source.stem).strip("-.") or "picture"
        name, number = f"images/{stem}{kind}", 1
        while name in self.names:
            number += 1
            name = f"images/{stem}-{number}{kind}"
        self.names[name] = source
        return name, ""
