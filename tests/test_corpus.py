"""The bad-input corpus: every broken guide in tests/corpus gets a precise, helpful error.

Each folder in tests/corpus holds the files that differ from the valid base
guide (tests/corpus/_base) and a ``case.yaml``:

    command: check              # or build
    remove: [faq.yaml]          # optional: base files to delete
    expect: "timeline.yaml:1: February 1941 has no day 30"

``expect`` is ``path[:line]: fragment``: the command must exit 1, print an error
line that starts with exactly that path and line, containing the fragment, and
never a traceback. ``expect: ok`` means the input must be accepted and built.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from guide_factory import BASE, pdf_text
from guide_factory import cli as cli_process
from ruamel.yaml import YAML

from generator import cli

CORPUS = Path(__file__).resolve().parent / "corpus"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and not p.name.startswith("_"))


def read_case(name: str) -> dict:
    return YAML(typ="safe").load((CORPUS / name / "case.yaml").read_text(encoding="utf-8"))


def assemble(name: str, parent: Path) -> Path:
    """The base guide with the case's files laid over it."""
    case, root = read_case(name), parent / name
    shutil.copytree(BASE, root)
    for relative in case.get("remove") or []:
        (root / relative).unlink()
    for source in (CORPUS / name).rglob("*"):
        if source.is_file() and source.name != "case.yaml":
            target = root / source.relative_to(CORPUS / name)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return root


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40
    assert sum(read_case(name)["expect"] != "ok" for name in CASES) >= 40


@pytest.mark.parametrize("name", CASES)
def test_case(name, tmp_path, monkeypatch, capsys):
    case = read_case(name)
    root = assemble(name, tmp_path)
    monkeypatch.chdir(tmp_path)  # errors then name paths as '<case>/<file>:<line>'
    args = [case["command"], name] + (["--output", "out"] if case["command"] == "build" else [])
    code = cli.main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err + out
    if case["expect"] == "ok":
        assert code == 0, err
        if case["command"] == "build":
            assert "The Neutrality Pact" in pdf_text(tmp_path / "out" / f"{name}.pdf")
        return
    where, fragment = re.fullmatch(r"([^:]+(?::\d+)?): (.+)", case["expect"]).groups()
    assert code == 1, err
    lines = [line for line in err.splitlines() if line.startswith(f"{name}/{where}: ")]
    assert lines, f"expected an error at {name}/{where}, got:\n{err}"
    assert any(fragment in line for line in lines), f"expected {fragment!r} in:\n{err}"
    if case["command"] == "build":
        assert not (root.parent / "out" / f"{name}.pdf").exists()


def test_base_guide_is_valid(tmp_path, capsys):
    # Otherwise every case would pass for the wrong reason.
    assert cli.main(["check", str(BASE)]) == 0, capsys.readouterr().err


def test_whole_corpus_in_one_real_process(tmp_path):
    # The installed command, in a fresh interpreter: every broken guide is
    # reported in turn, with no traceback, and the exit code is 1.
    broken = [name for name in CASES if read_case(name)["expect"] != "ok" and read_case(name)["command"] == "check"]
    for name in broken:
        assemble(name, tmp_path)
    result = cli_process(["check", *broken], cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for name in broken:
        where = read_case(name)["expect"].split(": ")[0]
        assert f"\n{name}/{where}: " in "\n" + result.stderr, name
