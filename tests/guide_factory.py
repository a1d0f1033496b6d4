"""Small guides written into a temporary folder, and the command line run on them as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL, write_guide


def small_guide(parent: Path, slug: str, title: str | None = None) -> Path:
    """The minimal valid guide in ``parent/slug``, under a title that names it."""
    return write_guide(parent / slug, {**MINIMAL, "guide.yaml": f"title: {title or 'Guide ' + slug}\n"
                                                                 "authors: [Ann Author]\n"})


def studyguide(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``studyguide`` in a separate process, output captured."""
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
