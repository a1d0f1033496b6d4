"""Names that stay the same from build to build: form letters and ids hashed from their parts.

Shared by the test forms and the exports, so neither product imports the other.
"""

from __future__ import annotations

import hashlib


def letter(index: int) -> str:
    """The letter of form ``index`` (0 → A)."""
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def stable_id(*parts: object) -> str:
    """A hex digest that depends only on ``parts``: the same question gets the same id every build."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def stable_int(*parts: object, bits: int = 52) -> int:
    """A positive integer id from ``parts`` (Anki wants ids that fit a JavaScript number)."""
    return int(stable_id(*parts), 16) % (1 << bits) + (1 << 30)
