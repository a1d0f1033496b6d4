"""Shared fixtures: the default guide is built once per test session and read back."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings

from generator.authoring.scaffold import write_files

# On CI the property tests run the same examples every time, so a red build always
# points at a change; `make fuzz` (and local runs) explore new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GUIDE = ROOT / "content" / "japan-ussr-ww2"


def pdftotext(pdf: Path, first: int | None = None, last: int | None = None, layout: bool = False) -> str:
    """Text of a PDF (or of some of its pages) as poppler extracts it."""
    command = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    return subprocess.run([*command, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def page_texts(pdf: Path) -> list[str]:
    """One string per page (pdftotext separates pages with form feeds)."""
    return pdftotext(pdf).split("\f")[:-1]


@pytest.fixture(scope="session")
def default_build(tmp_path_factory):
    """The default guide, built once: (BuildResult, Guide)."""
    from generator.build import build_guide
    from generator.content.load import load_guide

    out = tmp_path_factory.mktemp("default")
    return build_guide(DEFAULT_GUIDE, out), load_guide(DEFAULT_GUIDE)


@pytest.fixture()
def guide_copy(tmp_path) -> Path:
    """A writable copy of the default guide."""
    target = tmp_path / "japan-ussr-ww2"
    shutil.copytree(DEFAULT_GUIDE, target)
    return target


def write_guide(root: Path, files: dict[str, str]) -> Path:
    """Create a guide folder from {relative path: text}."""
    write_files(root, files)
    return root


MINIMAL = {
    "guide.yaml": "title: A Small Guide\nauthors: [Ann Author]\n",
    "sections/01-first.md": "---\ntitle: The first part\nsummary:\n  - One point.\n  - Another point.\n---\n\nSome text about 1941.\n",
}


def flat(text: str) -> str:
    """Text with hyphenation, line breaks and all spaces removed, for finding a phrase in a page."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").replace("\u2010", "-")
    text = text.translate(PLAIN_QUOTES)
    text = re.sub(r"-\n(?=[a-z])", "", text)
    return re.sub(r"\s+", "", text)


#: The PDF sets typographic quotes where the YAML has straight ones; phrases are
#: compared without the difference (test_print_finish checks the quotes themselves).
PLAIN_QUOTES = str.maketrans("‘’“”", "''\"\"")
