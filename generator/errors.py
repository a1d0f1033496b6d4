"""The one kind of error a content author sees.

Every mistake in a guide becomes a :class:`ContentError` that knows the file
and line it came from, so the command line can print ``path:line: message``
and exit 1 without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One finding about a content file: an error, or a warning."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = display_path(self.path)
        if self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class ContentError(Exception):
    """One or more problems that stop a guide from being built."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[ContentError], tuple[list[Problem]]]:
        # Exception pickles its message string; a worker process must send the problems back.
        return type(self), (self.problems,)

    @classmethod
    def at(cls, path: Path, line: int | None, message: str) -> ContentError:
        return cls(Problem(path, line, message))


def display_path(path: Path) -> str:
    """The path as the user should see it: relative to the working folder when possible."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
