"""The guide-wide budget: how much content one guide may have.

Each file already has its own limits (:mod:`generator.content.files`), but many files
just under them add up to a build that runs for minutes and needs gigabytes. These
limits bound the whole guide, and each error names what to cut. The values are in
:mod:`generator.limits`; docs/sandbox.md lists them all. The CPU-time limits that
stop Markdown and layout are :mod:`generator.cputime`'s.
"""

from __future__ import annotations

import stat
from pathlib import Path

from generator.content.files import YamlDocument
from generator.errors import ContentError, Problem
from generator.limits import DEFAULTS, active


def content_files(root: Path) -> list[Path]:
    """The text files of a guide (images aside): its YAML files and its sections."""
    sections = root / "sections"
    return sorted(root.glob("*.yaml")) + (sorted(sections.glob("*.md")) if sections.is_dir() else [])


def check_guide_size(root: Path) -> None:
    """Refuse a guide whose content files are together over its ``guide_bytes`` limit, before any is read.

    Sizes come from stat() and regular files only: nothing is opened, and a pipe or a
    device is left to the loader, which reports it."""
    sizes = _sizes(root)
    total = sum(size for size, _ in sizes)
    now = active()
    most = now.limits.guide_bytes
    if total <= most:
        return
    # Blame the file that goes over: it names a place to start cutting.
    running, blamed = 0, root
    for size, path in sizes:
        running, blamed = running + size, path
        if running > most:
            break
    largest = ", ".join(
        f"{p.relative_to(root)} ({n / 1048576:.2f} MB)" for n, p in sorted(sizes, reverse=True)[:3] if n >= total / 100
    )
    raise ContentError.at(
        blamed,
        None,
        f"the guide's content files hold {total / 1048576:.1f} MB, {running / 1048576:.1f} MB up to this one; "
        f"a guide may have at most {most / 1048576:g} MB in all: cut the largest ({largest}) "
        f"or split the guide in two, {now.how_to_raise('guide_bytes', max(most * 2, total))}",
    )


def _sizes(root: Path) -> list[tuple[int, Path]]:
    sizes = []
    for path in content_files(root):
        try:
            info = path.stat()
        except OSError:
            continue
        # A file over its own limit is never read; the loader reports it by name.
        if stat.S_ISREG(info.st_mode) and info.st_size <= DEFAULTS.text_bytes:
            sizes.append((info.st_size, path))
    return sizes


def expansion_over_budget(root: Path, documents: list[YamlDocument]) -> list[Problem]:
    """The guide's budget with each YAML file counted at the size its aliases expand to:
    files that each expand within their own limit must not add up past the guide's."""
    grown = [(doc.expanded - len(doc.text), doc.path) for doc in documents if doc.expanded > len(doc.text)]
    total = sum(size for size, _ in _sizes(root)) + sum(extra for extra, _ in grown)
    now = active()
    most = now.limits.guide_bytes
    if not grown or total <= most:
        return []
    extra, path = max(grown)
    return [
        Problem(
            path,
            None,
            f"its aliases (*name) repeat {extra / 1048576:.1f} MB of text, which takes the guide to "
            f"{total / 1048576:.1f} MB, over the {most / 1048576:g} MB a guide may have: "
            "write the text out once instead of repeating it",
        )
    ]
