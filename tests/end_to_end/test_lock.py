"""The dependency locks: every package a build or a test needs, direct or indirect, at an
exact version, the runtime lock agreeing with the development one, and this environment
installed from them (so a fresh machine gets what CI tested)."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

import pytest
from guide_factory import PROJECT
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

LOCKS = PROJECT / "requirements"
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;]+)\s*(?:;\s*(.+))?$")


def pins(lock: Path) -> dict[str, str]:
    """Package → version for this Python and platform, from a lock file; fails on any line
    that is not an exact pin."""
    found: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PIN.match(line.strip())
        assert match, f"{lock.name}: not an exact pin: {line!r}"
        name, version, marker = match.groups()
        if marker is None or Marker(marker).evaluate():
            found[canonicalize_name(name)] = version
    return found


def declared(extra: str | None = None) -> list[Requirement]:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return [req for req in map(Requirement, listed) if req.marker is None or req.marker.evaluate()]


@pytest.mark.parametrize("lock, extra", [("run.txt", None), ("dev.txt", None), ("dev.txt", "dev")])
def test_every_declared_dependency_is_locked_at_a_version_it_allows(lock, extra):
    locked = pins(LOCKS / lock)
    for requirement in declared(extra):
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement} is not in requirements/{lock}: run make lock"
        assert requirement.specifier.contains(locked[name], prereleases=True), f"{lock}: {name}=={locked[name]}"


def test_the_runtime_lock_holds_the_development_locks_versions_and_no_development_tool():
    run, dev = pins(LOCKS / "run.txt"), pins(LOCKS / "dev.txt")
    assert {name: dev.get(name) for name in run} == run
    for tool in ("pytest", "ruff", "mypy", "pypandoc-binary", "anki", "hypothesis"):
        assert tool not in run and tool in dev


def test_the_libraries_the_code_reaches_into_are_pinned():
    run = pins(LOCKS / "run.txt")
    for name in ("weasyprint", "pydyf", "fonttools"):
        assert re.fullmatch(r"\d+(\.\d+)+", run[name]), name


def test_this_environment_was_installed_from_the_locks():
    locked = pins(LOCKS / "dev.txt")
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    wrong = {name: (installed.get(name), version) for name, version in locked.items() if installed.get(name) != version}
    assert not wrong, f"installed, locked: {wrong}; run make test after make lock"
