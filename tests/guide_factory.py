"""Small guides written into a temporary folder, and the command line run on them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def small_guide(parent: Path, slug: str, title: str | None = None) -> Path:
    """A valid one-section guide in ``parent/slug`` whose title names it."""
    root = parent / slug
    files = {
        "guide.yaml": f"title: {title or 'Guide ' + slug}\nauthors: [Ann Author]\n",
        "sections/01-first.md": "---\ntitle: The first part\nsummary:\n  - One point.\n  - Another point.\n"
                                f"---\n\nSome text about 1941 in the guide called {slug}.\n",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def studyguide(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``studyguide`` as a user would: a separate process, output captured."""
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
