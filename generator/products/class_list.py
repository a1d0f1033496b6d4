"""A class list for the test forms (``--class-list names.csv``): the students' names, in seating order.

Light on purpose: the command line reads it while parsing its arguments, before anything
is rendered. The names are the first column; a first row that says ``name`` is a header.
"""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

#: Students on one class list: a class, or a year group sitting one test.
MAX_CLASS_LIST = 400
_HEADERS = ("name", "names", "student", "pupil")


class BadClassList(ValueError):
    """The class list cannot be read, or holds no names (or too many)."""


def read_class_list(path: Path) -> tuple[str, ...]:
    """The names of a class list, one a row, in its order."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as file:
            rows = list(itertools.islice(csv.reader(file), MAX_CLASS_LIST + 2))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise BadClassList(f"cannot read the class list {path}: {exc}") from None
    names = [row[0].strip() for row in rows if row and row[0].strip()]
    if names and names[0].casefold() in _HEADERS:
        names = names[1:]
    if not names or len(names) > MAX_CLASS_LIST:
        raise BadClassList(f"the class list {path} needs 1 to {MAX_CLASS_LIST} names, one a row")
    return tuple(names)
