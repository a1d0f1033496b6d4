"""Two costs of writing a PDF with WeasyPrint's writer (pydyf) that grow faster than the
work, removed without changing a byte of the output.

- **Page references.** ``pydyf.PDF.page_references`` builds the tuple of every page's
  reference each time it is read, and the tag tree and the links read it once per
  structure element: quadratic in the pages (a 230-page guide read it 27,000 times, over
  6 million references made, about 0.7 s of a 4 s write). It is kept until a page is added.
- **Compression.** Every stream is deflated at level 9 on every write. The warm watch
  writes the same pages and fonts save after save; a stream whose bytes were deflated
  before is not deflated again. Deflate is a function of its input and level, so the
  output is the same; the cache is bounded and forgets the least recently used first.

:func:`install` applies both; the code that wants them calls it (through
:func:`generator.render.engine.speedups.install`). Within :func:`proof_level`, streams are
deflated at a lower level instead (the watch's proofs: see :data:`PROOF_LEVEL`).
"""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pydyf

from generator.render.engine import patching

#: At most this many bytes of deflated streams are kept (a 4× guide's pages and fonts
#: deflate to about 6 MB).
MAX_BYTES = 64 * 2**20
#: The watch's PDF is a proof, written after every save. At pydyf's level 9 deflate
#: searches so hard in the repetitive operators of a page that one 170 kB page stream
#: took 0.17 s (0.011 s at 6), and the 2.5 MB object stream of a 230-page guide 0.23 s
#: (0.05 s); level 6, zlib's default, makes the file 3 % larger (426 → 438 kB).
PROOF_LEVEL = 6
#: Streams shorter than this are deflated again rather than looked up (not worth a key).
MIN_BYTES = 2048
GROUP = "writer"


class DeflateCache:
    """Deflated bytes by their input's digest and level, least recently used first out."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple[bytes, int], bytes] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0

    def deflate(self, data: bytes, level: int) -> bytes:
        if len(data) < MIN_BYTES:
            return _deflate(data, level)
        key = (hashlib.blake2b(data, digest_size=20).digest(), level)
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            return found
        self.misses += 1
        result = _deflate(data, level)
        if len(result) <= self.max_bytes:
            self.entries[key] = result
            self.size += len(result)
            while self.size > self.max_bytes:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped)
        return result


def _deflate(data: bytes, level: int) -> bytes:
    compressor = zlib.compressobj(level=level)
    return compressor.compress(data) + compressor.flush()


#: The process's cache; tests and the bench read its hits and misses.
CACHE = DeflateCache()
_local = threading.local()


@contextmanager
def proof_level(level: int = PROOF_LEVEL) -> Iterator[None]:
    """Within this block, in this thread, streams are deflated at ``level`` at most."""
    previous = getattr(_local, "level", None)
    _local.level = level
    try:
        yield
    finally:
        _local.level = previous


class _Compressor:
    """What pydyf gets for ``zlib.compressobj``: collects the input, deflates it through
    :data:`CACHE` when flushed (pydyf compresses each stream in one call, then flushes)."""

    def __init__(self, level: int = -1) -> None:
        ceiling = getattr(_local, "level", None)
        self.level = level if ceiling is None else min(level % 10, ceiling)
        self.chunks: list[bytes] = []

    def compress(self, data: bytes) -> bytes:
        self.chunks.append(data)
        return b""

    def flush(self) -> bytes:
        return CACHE.deflate(b"".join(self.chunks), self.level)


class _Zlib:
    """``zlib`` as pydyf sees it: every name is zlib's own but ``compressobj``."""

    compressobj = _Compressor

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _page_references(pdf: Any) -> tuple[bytes, ...]:
    kids = pdf.pages["Kids"]
    kept: tuple[int, tuple[bytes, ...]] | None = pdf.__dict__.get("_studyguide_page_references")
    if kept is None or kept[0] != len(kids):  # pages are only ever added
        kept = (len(kids), tuple(f"{number} 0 R".encode("ascii") for number in kids[::3]))
        pdf.__dict__["_studyguide_page_references"] = kept
    return kept[1]


def install() -> None:
    """Keep page references and deflated streams (once per process)."""
    patching.replace(GROUP, pydyf.PDF, "page_references", lambda _: property(_page_references))
    patching.replace(GROUP, pydyf, "zlib", lambda _: _Zlib())
