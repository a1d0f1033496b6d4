"""The import's own check: the files it is about to write, validated as ``studyguide
check`` validates a guide, in a scratch folder, before anything reaches the content folder."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from generator.authoring.scaffold import write_guide
from generator.build import check_guide
from generator.errors import ContentError, Problem

_SECTION = re.compile(r"^sections/(\d+)-")


def problems(files: dict[str, str], images: dict[str, Path]) -> list[Problem]:
    """What ``check`` would refuse in the guide ``files`` and ``images`` make (paths
    relative to the guide), or nothing."""
    with tempfile.TemporaryDirectory(prefix="studyguide-import-") as scratch:
        folder = Path(scratch) / "guide"
        write_guide(folder, files)
        for name, source in images.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, folder / name)
        try:
            check_guide(folder)
        except ContentError as exc:
            return [Problem(_relative(p.path, folder), p.line, p.message) for p in exc.problems]
    return []


def _relative(path: Path, folder: Path) -> Path:
    try:
        return Path(path).relative_to(folder)
    except ValueError:
        return Path(path)


def section_index(problem: Problem) -> int | None:
    """The 0-based section a problem is in, when it is in a section file."""
    match = _SECTION.match(problem.path.as_posix())
    return int(match.group(1)) - 1 if match else None
