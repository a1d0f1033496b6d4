"""The one kind of error a content author sees.

Every mistake in a guide becomes a :class:`ContentError` that knows the file
and line it came from, so the command line can print ``path:line: message``
and exit 1 without a traceback.
"""

from __future__ import annotations

import os
import unicodedata
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
        return printable(f"{where}: {self.message}")


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
    # Only the folders are resolved, never the file itself: a symlinked content file is
    # named by its name in the guide, not by whatever it points to.
    path = Path(path)
    try:
        return str(Path(os.path.abspath(path)).relative_to(Path.cwd()))
    except ValueError:
        pass
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``, ``\\u202e``).

    Messages quote what an author wrote; a quoted escape sequence must not set the
    terminal's title or clear its screen, a line break must not forge a second
    'path:line:' line, and a bidirectional override must not reorder what is shown."""
    if text.isprintable():
        return text
    return "".join(
        char
        if char.isprintable() or unicodedata.category(char) == "Zs"
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with '…': a message quotes a 1 MB value by its start."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """'1 page', '2 pages'; ``many`` for the irregular ones: plural(1, "person", "people")."""
    return f"{count} {singular if count == 1 else many or singular + 's'}"
