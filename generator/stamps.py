"""Up-to-date checks: is a job's output still what its inputs would produce?

After a successful job, a small JSON stamp in ``<output>/.stamps/`` records a
fingerprint of what the build read: the guide's files the loader and the
typesetter opened (named relative to the guide), the shared inputs (the whole
``templates/`` tree, the generator's own code and the WeasyPrint release),
the names in the guide's folder (so that a new section is seen), the job's
settings, and the size and modification time of each file written. A later run
rebuilds only when one of these differs.

The check never opens a file the build did not read, never follows a link out
of the guide, and never opens a device, a FIFO or ``/proc``: an unused
``notes.txt -> /etc/shadow`` is listed by name only. It has to stay far
cheaper than a render (a no-op ``make pdf`` costs a fraction of a second), so
this module uses the standard library only and never imports the rendering
stack. Files whose size and mtime match the stamp are taken as unchanged; any
other file is hashed, so a file that was merely touched does not cause a
rebuild but an edit always does.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import stat
from pathlib import Path
from typing import Any

from generator import __version__
from generator.errors import Problem
from generator.outputs import OutputError, obstacle, write_atomically
from generator.render.theme import theme_files
from generator.resources import TEMPLATES

GENERATOR = Path(__file__).resolve().parent
STAMP_FORMAT = 2
#: A stamp is a few kilobytes; anything far larger was not written by us.
MAX_STAMP_BYTES = 16 * 1024 * 1024

#: (size, mtime_ns, sha256) of one file, keyed by its name.
Fingerprint = dict[str, tuple[int, int, str]]
#: (kind, size, mtime_ns) of every name in a guide's folder, from lstat alone; kind is f, d, l or o.
Snapshot = dict[str, tuple[str, int, int]]

# Files hashed in this process: the shared templates are hashed once, not once per guide.
_HASHED: Fingerprint = {}


def stamp_path(output: Path, folder: Path, settings: dict) -> Path:
    """One stamp per guide and set of settings (product, paper, edition …)."""
    key = hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:12]
    return Path(output) / ".stamps" / f"{Path(folder).resolve().name}-{key}.json"


def check_writable(output: Path, folder: Path, settings: dict) -> None:
    """Raise :class:`~generator.outputs.OutputError` if the stamp could not be written
    (``.stamps`` is a file, the stamp a folder): better said before a render than after."""
    blocked = obstacle(stamp_path(output, folder, settings)) or _stamps_elsewhere(output)
    if blocked:
        raise blocked


def _stamps_elsewhere(output: Path) -> OutputError | None:
    """An error if ``.stamps`` leads out of the output folder (a link into the guide would
    have the build write there)."""
    stamps = Path(output) / ".stamps"
    if stamps.is_symlink() or (stamps.exists() and not stamps.resolve().is_relative_to(Path(output).resolve())):
        return OutputError(
            Problem(stamps, None, "is a link: a build writes only inside its output folder; delete the link")
        )
    return None


def shared_inputs(theme: Path | str | None = None) -> list[Path]:
    """Inputs every guide depends on: templates, CSS, fonts, the theme's files, our code,
    WeasyPrint's and the font subsetter's versions."""
    # A theme's files without following a link out of it (one to /proc/self/pagemap never ends).
    files = _tree(TEMPLATES) + (theme_files(Path(theme)) if theme else []) + sorted(GENERATOR.rglob("*.py"))
    for package in ("weasyprint", "uharfbuzz"):  # the typesetter and the font subsetter
        spec = importlib.util.find_spec(package)  # finds the package without importing it
        if spec and spec.origin:
            files.append(Path(spec.origin))  # a new version installs it anew
    return files


def snapshot(folder: Path) -> Snapshot:
    """Every name under ``folder`` with its kind, size and mtime, from ``lstat``: nothing is opened
    and no link is followed. Dot-files and caches are left out, as the loader ignores them."""
    found: Snapshot = {}
    pending = [Path(folder)]
    while pending:
        current = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.name == "__pycache__":
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            name = Path(entry.path).relative_to(folder).as_posix()
            if stat.S_ISDIR(info.st_mode):
                found[name] = ("d", 0, 0)
                pending.append(Path(entry.path))
            elif stat.S_ISREG(info.st_mode):
                found[name] = ("f", info.st_size, info.st_mtime_ns)
            else:
                found[name] = ("l" if stat.S_ISLNK(info.st_mode) else "o", 0, 0)
    return found


def check(folder: Path, output: Path, settings: dict, shared: list[Path]) -> tuple[Path, ...] | None:
    """The outputs recorded by the stamp if the job is up to date, else None.

    A missing, unreadable or malformed stamp (a folder, a file of bad JSON) means "stale": rebuild."""
    data = _read_stamp(stamp_path(output, folder, settings))
    if data is None or data.get("version") != __version__ or data.get("settings") != _plain(settings):
        return None
    try:
        if data["listing"] != _listing(snapshot(folder)):
            return None
        for name, (size, mtime, digest) in data["inputs"].items():
            if not _unchanged(Path(folder), name, (size, mtime), digest):
                return None
        previous = {name: tuple(entry) for name, entry in data["shared"].items()}
        if _digest(fingerprint(shared, previous)) != _digest(previous):
            return None
        outputs = [(Path(name), int(size), int(mtime)) for name, size, mtime in data["outputs"]]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # a stamp edited or damaged by hand
    for path, size, mtime in outputs:
        try:
            info = os.stat(path)
        except OSError:
            return None
        if (info.st_size, info.st_mtime_ns) != (size, mtime):  # overwritten by another build
            return None
    return tuple(path for path, _, _ in outputs)


def write_stamp(
    folder: Path,
    output: Path,
    settings: dict,
    read: tuple[Path, ...],
    before: Snapshot,
    shared: list[Path],
    outputs: list[Path],
) -> None:
    """Record a successful job (atomically, fsynced: a torn stamp would mean a wrong skip).

    ``before`` is the snapshot taken before the build: a file read that has changed
    since is recorded without a hash, so the next run builds again."""
    folder = Path(folder)
    inputs: Fingerprint = {}
    for path in read:
        name = _inside(folder, Path(path))
        if name is None:
            continue  # the build refuses such files itself; nothing outside the guide is recorded
        kind, size, mtime = before.get(name, ("", -1, -1))
        current = _stat_inside(folder, name)
        if kind == "l" and current is not None:  # a link inside the guide: its target was not snapshotted
            size, mtime = current
        digest = _guide_file_digest(folder, name) if current == (size, mtime) else None
        inputs[name] = (size, mtime, digest or "")
    data = {
        "format": STAMP_FORMAT,
        "version": __version__,
        "settings": _plain(settings),
        "listing": _listing(before),
        "inputs": inputs,
        "shared": fingerprint(shared),
        "outputs": [[str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns] for p in outputs],
    }
    elsewhere = _stamps_elsewhere(output)
    if elsewhere:
        raise elsewhere
    write_atomically(stamp_path(output, folder, settings), json.dumps(data, indent=1, sort_keys=True))


def fingerprint(files: list[Path], previous: Fingerprint | None = None) -> Fingerprint:
    """Size, mtime and content hash of each of our own files; reuses hashes where size and mtime match."""
    previous = previous or {}
    result: Fingerprint = {}
    for path in files:
        key = str(path.absolute())  # our own files, named absolutely already: no need to resolve links
        info = path.stat()
        for known in (previous.get(key), _HASHED.get(key)):
            if known and known[0] == info.st_size and known[1] == info.st_mtime_ns:
                result[key] = (known[0], known[1], known[2])
                break
        else:
            result[key] = _HASHED[key] = (info.st_size, info.st_mtime_ns, _sha256(path) or "")
    return result


def _read_stamp(path: Path) -> dict | None:
    """The stamp's contents; None for anything but a readable regular file of our JSON format
    (a FIFO or a link to ``/proc`` put in its place is not opened: it would never end)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_STAMP_BYTES:
                return None
            data = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == STAMP_FORMAT else None


def _inside(folder: Path, path: Path) -> str | None:
    """``path`` as a name relative to the guide's folder, or None if it lies elsewhere."""
    for base, candidate in ((folder, path), (folder.resolve(), path.resolve())):
        try:
            return candidate.relative_to(base).as_posix()
        except ValueError:
            continue
    return None


def _real_file(folder: Path, name: str) -> Path | None:
    """The regular file ``name`` stands for inside the guide; None for a link out, a device, a FIFO."""
    path = folder / name
    try:
        real = path.resolve(strict=True)
        if not real.is_relative_to(folder.resolve()) or not stat.S_ISREG(os.stat(real).st_mode):
            return None
    except (OSError, RuntimeError):  # missing, or a loop of links
        return None
    return real


def _stat_inside(folder: Path, name: str) -> tuple[int, int] | None:
    real = _real_file(folder, name)
    if real is None:
        return None
    info = os.stat(real)
    return info.st_size, info.st_mtime_ns


def _unchanged(folder: Path, name: str, recorded: tuple[int, int], digest: str) -> bool:
    """Whether a guide file still has the recorded content; hashed only if size or mtime moved."""
    current = _stat_inside(folder, name)
    if current is None or not digest:
        return False
    return current == tuple(recorded) or _guide_file_digest(folder, name) == digest


def _guide_file_digest(folder: Path, name: str) -> str | None:
    """The hash of one guide file, or None if it is no longer a regular file inside the guide."""
    real = _real_file(folder, name)
    if real is None:
        return None
    key = str(real)
    known = _HASHED.get(key)
    info = os.stat(real)
    if known and known[:2] == (info.st_size, info.st_mtime_ns):
        return known[2]
    digest = _sha256(real)
    if digest is not None:
        _HASHED[key] = (info.st_size, info.st_mtime_ns, digest)
    return digest


def _listing(found: Snapshot) -> str:
    """The names and kinds in a guide's folder as one hash: a new or removed file is a change,
    a touched one is not."""
    lines = "\n".join(f"{kind} {name}" for name, (kind, _, _) in sorted(found.items()))
    return hashlib.sha256(lines.encode("utf-8", "surrogateescape")).hexdigest()


def _digest(fp: Fingerprint) -> dict[str, str]:
    """Only names and content hashes decide: a touched but unchanged file is not a change."""
    return {name: entry[2] for name, entry in fp.items()}


def _plain(settings: dict[str, Any]) -> dict[str, Any]:
    """Settings as they read back from JSON, so a stamp compares equal to a fresh run's."""
    plain: dict[str, Any] = json.loads(json.dumps(settings, sort_keys=True, default=str))
    return plain


def _tree(root: Path) -> list[Path]:
    """Every regular file under ``root`` (the templates), in a stable order, skipping dot-files and caches."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        found.extend(
            Path(folder, name) for name in sorted(files) if not name.startswith(".") and _is_regular(Path(folder, name))
        )
    return found


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:  # a dangling symlink
        return False


def _sha256(path: Path) -> str | None:
    """The file's hash; None if it turned out not to be a regular file (swapped for a FIFO meanwhile)."""
    # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        digest = hashlib.sha256()
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
