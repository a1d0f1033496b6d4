"""Test helpers: make a guide from the corpus's valid base guide, run the CLI, read PDFs back.

The base guide (tests/corpus/_base) uses every content file once; tests copy it
and overwrite or remove the files they are about.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL, pdf_problems, write_guide
from conftest import pdftotext as pdf_text  # noqa: F401 (re-exported: one text extractor for all tests)

from generator.authoring.scaffold import write_files

BASE = Path(__file__).resolve().parent / "corpus" / "_base"
PROJECT = Path(__file__).resolve().parent.parent


def make_guide(
    parent: Path,
    name: str = "guide",
    files: dict[str, str | bytes] | None = None,
    remove: tuple[str, ...] | list[str] = (),
) -> Path:
    """Copy the base guide to ``parent/name``, write ``files`` over it and delete ``remove``."""
    root = parent / name
    shutil.copytree(BASE, root)
    for relative in remove:
        target = root / relative
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    write_files(root, files or {})
    return root


def section(title: str, body: str, summary: tuple[str, ...] = ("First point.", "Second point.")) -> str:
    """A section file's text: front matter, then ``body``."""
    points = "".join(f"  - {point}\n" for point in summary)
    return f"---\ntitle: {title}\nsummary:\n{points}---\n\n{body}\n"


def cli(
    args: list[str], cwd: Path | None = None, env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run ``python -m generator`` in a fresh process, as a user would."""
    environment = {**os.environ, "PYTHONPATH": str(PROJECT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def qpdf_ok(pdf: Path) -> bool:
    """Whether qpdf's check (through pikepdf) finds the PDF's structure and streams sound."""
    return not pdf_problems(pdf)


def tree_digest(root: Path) -> str:
    """A hash of every path, file content, mode and mtime under ``root``."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        digest.update(f"{path.relative_to(root)}|{info.st_mode}|{info.st_mtime_ns}|".encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def small_guide(parent: Path, slug: str, title: str | None = None) -> Path:
    """The minimal valid guide in ``parent/slug``, under a title that names it."""
    return write_guide(
        parent / slug, {**MINIMAL, "guide.yaml": f"title: {title or 'Guide ' + slug}\nauthors: [Ann Author]\n"}
    )


def studyguide(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``studyguide`` in a separate process, output captured."""
    return cli([str(arg) for arg in args], cwd=cwd, timeout=300)
