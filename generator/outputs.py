"""Writing into the output folder: atomically, all of one build's files together,
and with a one-line message naming the path and the fix when the disk says no.

Every file is first written beside its final name (flushed and fsynced) and
then renamed over it, so a failed or interrupted build never leaves a damaged
file where a good one stood. The files of one build (the PDF and its HTML) are
all written before any is renamed: a full disk or a read-only folder leaves the
previous outputs as they were. Standard library only: the up-to-date check
writes its stamps through here without loading the rendering stack.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from generator.errors import ContentError, Problem, display_path


class OutputError(ContentError):
    """The output folder, not the content, stopped a build (read-only, full, a folder in the way …)."""

    def __init__(self, problems: list[Problem] | Problem, replaced: list[Path] | None = None):
        super().__init__(problems)
        self.replaced = list(replaced or [])  # outputs already replaced when the error struck

    def __reduce__(self) -> tuple[type[OutputError], tuple[list[Problem], list[Path]]]:  # type: ignore[override]
        return type(self), (self.problems, self.replaced)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    replace_together({Path(path): data})


def replace_together(files: dict[Path, bytes | str]) -> None:
    """Write every file, then rename each over its final name; raises :class:`OutputError`.

    A failure while writing (disk full, no permission) replaces nothing. A
    rename can hardly fail once the data is on disk, but if one does the error
    says which files were replaced and which were not.
    """
    temps: dict[Path, str] = {}
    try:
        for path, data in files.items():
            temps[path] = _write_temp(path, data)
        done: list[Path] = []
        for path, temp in temps.items():
            try:
                os.replace(temp, path)
            except OSError as exc:
                raise output_error(exc, path, replaced=done) from None
            done.append(path)
    finally:
        for temp in temps.values():
            Path(temp).unlink(missing_ok=True)


def _write_temp(path: Path, data: bytes | str) -> str:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    blocked = obstacle(path)
    if blocked:
        raise blocked
    import tempfile  # here, not at the top: a no-op build writes nothing and should not pay for it

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise output_error(exc, path) from None
    try:
        # mkstemp makes the file private (0600); an output is as readable as any new file.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise output_error(exc, path) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def output_error(exc: OSError, path: Path, replaced: list[Path] | None = None) -> OutputError:
    """``exc`` (raised while writing ``path``) as a one-line message with the fix."""
    path = Path(path)
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        where, fix = path, "the disk is full: free some space or choose another --output"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        where = _first_existing(path.parent)
        fix = "cannot write here (read-only or not yours): make it writable or choose another --output"
    elif code == errno.EISDIR:
        where, fix = path, "is a folder where a file must be written: remove or rename it"
    elif code in (errno.ENOTDIR, errno.EEXIST):
        where = _file_in_the_way(path)
        fix = "is a file where a folder must be: remove or rename it, or choose another --output"
    else:
        where, fix = path, f"cannot be written ({exc.strerror or exc}): check the output folder"
    if replaced:
        fix += f"; {', '.join(display_path(p) for p in replaced)} already replaced, the rest unchanged"
    return OutputError(Problem(where, None, fix), replaced)


def check_output_folder(output: Path) -> str | None:
    """Why ``--output`` cannot be used, before any work is done (None when it can)."""
    if not str(output).strip():
        return '--output "" names no folder: give a folder, e.g. --output output'
    blocker = _file_in_the_way(Path(output) / "x")
    if blocker != Path(output) / "x":
        return f"--output {display_path(blocker)} is a file, not a folder: choose a folder, or remove the file"
    return None


def obstacle(path: Path) -> OutputError | None:
    """Why no file can be written at ``path`` (a folder there, a file where a folder must be), if so."""
    if path.is_dir() and not path.is_symlink():
        return output_error(IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)), path)
    if _file_in_the_way(path) != path:
        return output_error(NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), path)
    return None


def _first_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _file_in_the_way(path: Path) -> Path:
    """The nearest ancestor of ``path`` that exists but is not a folder (else ``path``)."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
