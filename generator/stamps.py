"""Rebuild checks: is a guide's output still what its inputs would produce?

After a successful build, a small JSON stamp in ``<output>/.stamps/`` records
a fingerprint of every input (the guide's folder, the whole ``templates/``
tree, the generator's own code and the WeasyPrint release), the render
settings, and the size and modification time of each file written. A later
run rebuilds only when one of these differs.

The check has to stay far cheaper than a render (a no-op ``make pdf`` should
cost a fraction of a second), so this module uses the standard library only
and never imports the rendering stack. Files whose size and mtime match the
stamp are taken as unchanged; any other file is hashed, so a file that was
merely touched does not cause a rebuild but an edit always does.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator.resources import TEMPLATES

GENERATOR = Path(__file__).resolve().parent
STAMP_FORMAT = 1

#: (size, mtime_ns, sha256) of one file, keyed by its path.
Fingerprint = dict[str, tuple[int, int, str]]

# Files hashed in this process: the shared templates are hashed once, not once per guide.
_HASHED: Fingerprint = {}


@dataclass(frozen=True)
class Stamp:
    """What a stamp file says about one built product."""

    slug: str
    outputs: list[Path]  # in the order written; the main product (the PDF) last


def stamp_path(output: Path, folder: Path, settings: dict) -> Path:
    """One stamp per guide and set of render settings (paper, edition …)."""
    key = hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:12]
    return Path(output) / ".stamps" / f"{Path(folder).resolve().name}-{key}.json"


def shared_inputs(theme: Path | str | None = None) -> list[Path]:
    """Inputs every guide depends on: templates, CSS, fonts, the theme's files, our code,
    WeasyPrint's version."""
    files = _tree(TEMPLATES) + (_tree(Path(theme)) if theme else []) + sorted(GENERATOR.rglob("*.py"))
    spec = importlib.util.find_spec("weasyprint")  # finds the package without importing it
    if spec and spec.origin:
        files.append(Path(spec.origin))  # its __init__.py carries the version number
    return files


def guide_inputs(folder: Path) -> list[Path]:
    """Every file in the guide's folder: images and notes count as much as the text."""
    return _tree(Path(folder))


def fingerprint(files: list[Path], previous: Fingerprint | None = None) -> Fingerprint:
    """Size, mtime and content hash of each file; reuses ``previous`` hashes where size and mtime match."""
    previous = previous or {}
    result: Fingerprint = {}
    for path in files:
        key = str(path.resolve())
        info = path.stat()
        for known in (previous.get(key), _HASHED.get(key)):
            if known and known[0] == info.st_size and known[1] == info.st_mtime_ns:
                result[key] = tuple(known)
                break
        else:
            result[key] = _HASHED[key] = (info.st_size, info.st_mtime_ns, _sha256(path))
    return result


def read_stamp(path: Path) -> dict | None:
    """The stamp's contents, or None if it is missing, unreadable or from another format."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == STAMP_FORMAT else None


def check(folder: Path, output: Path, settings: dict, shared: list[Path]) -> tuple[Stamp | None, Fingerprint]:
    """(the stamp if the guide is up to date else None, the inputs' current fingerprint).

    The fingerprint is taken *before* building, so an edit made while a build
    runs is seen by the next run.
    """
    stamp = read_stamp(stamp_path(output, folder, settings))
    previous = {k: tuple(v) for k, v in (stamp or {}).get("inputs", {}).items()}
    current = fingerprint(guide_inputs(folder) + shared, previous)
    if stamp is None or stamp.get("version") != __version__ or stamp.get("settings") != _plain(settings):
        return None, current
    if _digest(current) != _digest(previous):
        return None, current
    outputs = stamp.get("outputs", [])
    for name, size, mtime in outputs:
        try:
            info = os.stat(name)
        except OSError:
            return None, current
        if (info.st_size, info.st_mtime_ns) != (size, mtime):  # overwritten by another build
            return None, current
    return Stamp(stamp.get("slug", ""), [Path(name) for name, _, _ in outputs]), current


def write_stamp(
    folder: Path, output: Path, settings: dict, inputs: Fingerprint, slug: str, outputs: list[Path]
) -> None:
    """Record a successful build (written atomically: a torn stamp would mean a wrong skip)."""
    path = stamp_path(output, folder, settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "format": STAMP_FORMAT,
        "version": __version__,
        "slug": slug,
        "settings": _plain(settings),
        "inputs": inputs,
        "outputs": [[str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns] for p in outputs],
    }
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(temp, path)


def _digest(fp: Fingerprint) -> dict[str, str]:
    """Only names and content hashes decide: a touched but unchanged file is not a change."""
    return {name: entry[2] for name, entry in fp.items()}


def _plain(settings: dict) -> dict:
    """Settings as they read back from JSON, so a stamp compares equal to a fresh run's."""
    return json.loads(json.dumps(settings, sort_keys=True, default=str))


def _tree(root: Path) -> list[Path]:
    """Every regular file under ``root``, in a stable order, skipping dot-files and caches."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        found.extend(
            Path(folder, name) for name in sorted(files) if not name.startswith(".") and _is_regular(Path(folder, name))
        )
    return found


def _is_regular(path: Path) -> bool:
    """Pipes and devices are never read (a FIFO would block the check forever);
    the loader reports them as content errors."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:  # a dangling symlink
        return False


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
