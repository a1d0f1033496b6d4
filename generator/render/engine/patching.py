"""The one register of what the engine changes inside WeasyPrint and pydyf.

Every replaced attribute goes through :func:`replace`, which keeps the original, so that
a replacement can reach the attribute as WeasyPrint defines it (not whatever another
replacement installed before it), a group can be taken out again (:func:`restore`), and
the project can say at any moment what it changes (:func:`targets`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class EngineMismatch(RuntimeError):
    """A change the correct PDF needs cannot be made on the installed WeasyPrint."""


@dataclass(frozen=True)
class Patch:
    """One replaced attribute: where, which group put it there, and what it replaced."""

    group: str
    owner: Any
    name: str
    original: Any


_APPLIED: dict[tuple[int, str], Patch] = {}


def _describe(owner: Any, name: str) -> str:
    module = getattr(owner, "__module__", None) or getattr(owner, "__name__", "?")
    qualified = getattr(owner, "__qualname__", None)
    return f"{module}.{qualified}.{name}" if qualified and qualified != module else f"{module}.{name}"


def original(owner: Any, name: str) -> Any:
    """``owner.name`` as it was before any engine replacement."""
    patch = _APPLIED.get((id(owner), name))
    return patch.original if patch else getattr(owner, name)


def replace(group: str, owner: Any, name: str, make: Any) -> None:
    """Set ``owner.name`` to ``make(original)``, once per group; a target that is not there
    raises :class:`EngineMismatch` (the caller decides whether that is fatal)."""
    key = (id(owner), name)
    if key in _APPLIED:
        if _APPLIED[key].group == group:
            return
        raise EngineMismatch(f"{_describe(owner, name)} is already replaced by {_APPLIED[key].group}")
    if not hasattr(owner, name):
        raise EngineMismatch(f"{_describe(owner, name)} is missing")
    before = getattr(owner, name)
    setattr(owner, name, make(before))
    _APPLIED[key] = Patch(group, owner, name, before)


def restore(group: str) -> None:
    """Put back every attribute ``group`` replaced."""
    for key, patch in list(_APPLIED.items()):
        if patch.group == group:
            setattr(patch.owner, patch.name, patch.original)
            del _APPLIED[key]


def targets(group: str | None = None) -> list[str]:
    """The attributes replaced now (by ``group``, or by any), as dotted names."""
    return sorted(_describe(p.owner, p.name) for p in _APPLIED.values() if group in (None, p.group))
