"""The output side of a build: a folder that refuses the files, a full disk, a folder or a
file in the way, damaged stamps, two guides of one name. Each is a one-line error naming
the path and the fix, a non-zero exit and no traceback; or, for a damaged stamp, a rebuild.

These cases need a file system arranged around the guide, not files inside it, so they
live here rather than in tests/corpus. Every build runs in a fresh process, as a user's
would; faults the file system cannot be made to produce on demand (a full disk, and a
read-only folder when the tests run as root, who may write anywhere) are injected into
that process at the system-call wrappers, with the errno the kernel would give.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from guide_factory import PROJECT, small_guide

# Runs the command line after arming one fault: ``FAULT`` names it, ``FAULT_AT`` the folder it strikes.
INJECT = """
import errno, os, sys
fault, where = os.environ.get("FAULT", ""), os.environ.get("FAULT_AT", "")
calls = {"fsync": 0, "replace": 0}

def refuse(path):
    return where and os.path.abspath(os.fsdecode(path)).startswith(where)

if fault == "read-only":
    real_open, real_mkdir = os.open, os.mkdir
    def fake_open(path, flags, *args, **kwargs):
        if flags & os.O_CREAT and refuse(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real_open(path, flags, *args, **kwargs)
    def fake_mkdir(path, *args, **kwargs):
        if refuse(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real_mkdir(path, *args, **kwargs)
    os.open, os.mkdir = fake_open, fake_mkdir
elif fault == "disk-full":
    real_fsync = os.fsync
    def fake_fsync(fd):  # the second output of the build finds the disk full
        calls["fsync"] += 1
        if calls["fsync"] == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)
    os.fsync = fake_fsync
elif fault == "rename-fails":
    real_replace = os.replace
    def fake_replace(src, dst, *args, **kwargs):  # the first output is renamed, the second is not
        calls["replace"] += 1
        if calls["replace"] == 2:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_replace(src, dst, *args, **kwargs)
    os.replace = fake_replace

from generator.cli import main
sys.exit(main(sys.argv[1:]))
"""


def studyguide(*args: str | Path, cwd: Path, fault: str = "", at: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "FAULT": fault, "FAULT_AT": str(at.resolve()) if at else ""}
    return subprocess.run(
        [sys.executable, "-c", INJECT, *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True, timeout=240
    )


def one_error(result: subprocess.CompletedProcess, starts: str, fragment: str) -> None:
    """A non-zero exit, no traceback, and an error line that names the path and says the fix."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith(starts)]
    assert any(fragment in line for line in lines), result.stderr


@pytest.fixture()
def shelf(tmp_path) -> Path:
    """A folder holding one small guide, alpha; builds run from here."""
    small_guide(tmp_path, "alpha")
    return tmp_path


# --guide, --teacher, --booklet, --handout, --cards: every product meets the same folder.
PRODUCT_FLAGS = ["--guide", "--teacher", "--booklet", "--handout", "--cards"]


@pytest.mark.parametrize("flag", PRODUCT_FLAGS)
def test_a_read_only_output_folder_is_one_line_for_every_product(shelf, flag):
    out = shelf / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        # Root may write into a read-only folder: then the refusal is injected, as the kernel gives it.
        fault = "read-only" if os.geteuid() == 0 else ""
        result = studyguide("build", "alpha", "--output", "out", flag, cwd=shelf, fault=fault, at=out)
    finally:
        out.chmod(0o755)
    one_error(result, "out: ", "make it writable or choose another --output")
    assert "alpha: not built (the previous output, if any, is unchanged)" in result.stderr
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("output", ["out.pdf", "out.pdf/inside"])
def test_output_naming_an_existing_file_is_refused(shelf, output):
    (shelf / "out.pdf").write_text("not a folder\n")
    result = studyguide("build", "alpha", "--output", output, cwd=shelf)
    assert result.returncode == 2
    one_error(result, "studyguide build: --output out.pdf is a file, not a folder", "choose a folder")
    assert (shelf / "out.pdf").read_text() == "not a folder\n"


def test_an_empty_output_is_refused_not_taken_as_the_current_folder(shelf):
    before = sorted(p.name for p in shelf.iterdir())
    result = studyguide("build", "alpha", "--output", "", cwd=shelf)
    assert result.returncode == 2
    one_error(result, 'studyguide build: --output "" names no folder', "give a folder")
    assert sorted(p.name for p in shelf.iterdir()) == before


@pytest.fixture()
def built(shelf) -> tuple[Path, dict[str, bytes]]:
    """alpha built once into out/; (the output folder, {file name: bytes})."""
    result = studyguide("build", "alpha", "--output", "out", cwd=shelf)
    assert result.returncode == 0, result.stderr
    out = shelf / "out"
    return out, {name: (out / name).read_bytes() for name in ("alpha.pdf", "alpha.html")}


def test_a_full_disk_replaces_neither_the_pdf_nor_the_html(shelf, built):
    out, before = built
    (shelf / "alpha" / "guide.yaml").write_text("title: A changed title\n", encoding="utf-8")
    result = studyguide("build", "alpha", "--output", "out", cwd=shelf, fault="disk-full")
    one_error(result, "out/alpha.", "the disk is full: free some space or choose another --output")
    assert "alpha: not built (the previous output, if any, is unchanged)" in result.stderr
    assert {name: (out / name).read_bytes() for name in before} == before  # the message told the truth
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []


def test_a_rename_that_fails_half_way_says_what_was_replaced(shelf, built):
    out, before = built
    (shelf / "alpha" / "guide.yaml").write_text("title: A changed title\n", encoding="utf-8")
    result = studyguide("build", "alpha", "--output", "out", cwd=shelf, fault="rename-fails")
    one_error(result, "out/alpha.pdf: ", "out/alpha.html already replaced, the rest unchanged")
    assert "previous output" not in result.stderr  # it would not be true
    assert (out / "alpha.html").read_bytes() != before["alpha.html"]
    assert (out / "alpha.pdf").read_bytes() == before["alpha.pdf"]


def test_a_folder_where_the_pdf_goes_writes_nothing(shelf):
    out = shelf / "out"
    (out / "alpha.pdf").mkdir(parents=True)
    result = studyguide("build", "alpha", "--output", "out", cwd=shelf)
    one_error(result, "out/alpha.pdf: ", "is a folder where a file must be written: remove or rename it")
    assert not (out / "alpha.html").exists()  # the outputs of one build go together or not at all


def test_a_file_named_stamps_is_reported_before_any_work(shelf):
    out = shelf / "out"
    out.mkdir()
    (out / ".stamps").write_text("in the way\n")
    result = studyguide("build", "alpha", "--output", "out", cwd=shelf)
    one_error(result, "out/.stamps: ", "is a file where a folder must be: remove or rename it")
    assert not (out / "alpha.pdf").exists()


def test_a_stamp_that_is_a_folder_is_reported(shelf, built):
    out, _ = built
    (stamp,) = (out / ".stamps").iterdir()
    stamp.unlink()
    stamp.mkdir()
    result = studyguide("build", "alpha", "--output", "out", cwd=shelf)
    one_error(result, f"out/.stamps/{stamp.name}: ", "is a folder where a file must be written: remove or rename it")


def _wrong_shapes(text: str) -> str:
    """Valid JSON of the right format and version, with a number where the inputs belong."""
    return json.dumps({**json.loads(text), "inputs": 3, "outputs": "nowhere"})


DAMAGE = {
    "bad JSON": lambda text: "{not json",
    "empty": lambda text: "",
    "a list": lambda text: "[1, 2]",
    "wrong shapes": _wrong_shapes,
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_stamp_means_rebuild(shelf, built, damage):
    out, _ = built
    (stamp,) = (out / ".stamps").iterdir()
    stamp.write_text(DAMAGE[damage](stamp.read_text()))
    result = studyguide("build", "alpha", "--output", "out", cwd=shelf)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "pages" in result.stdout  # built again, not skipped
    assert json.loads(stamp.read_text())["inputs"]  # and recorded afresh
    again = studyguide("build", "alpha", "--output", "out", cwd=shelf)
    assert "alpha: up to date" in again.stdout


@pytest.mark.parametrize("swap", ["fifo", "link to /proc"])
def test_a_stamp_swapped_for_a_fifo_or_a_link_to_proc_is_not_read(shelf, built, swap):
    out, _ = built
    (stamp,) = (out / ".stamps").iterdir()
    stamp.unlink()
    if swap == "fifo":
        os.mkfifo(stamp)
    else:
        stamp.symlink_to("/proc/self/pagemap")
    result = studyguide("build", "alpha", "--output", "out", cwd=shelf)  # would never end if it read the stamp
    assert result.returncode == 0, result.stderr
    assert "pages" in result.stdout
    assert stamp.is_file() and not stamp.is_symlink()  # replaced by a real stamp


def test_two_guide_folders_of_one_name_are_refused(shelf):
    small_guide(shelf / "elsewhere", "alpha", title="Another alpha")
    small_guide(shelf, "beta")
    result = studyguide("build", "alpha", "elsewhere/alpha", "beta", "--output", "out", "--html-only", cwd=shelf)
    assert result.returncode == 1
    one_error(result, "alpha: ", "2 guide folders named 'alpha' in one build")
    one_error(result, "elsewhere/alpha: ", "rename one folder, or build them into different --output folders")
    assert not (shelf / "out" / "alpha.html").exists()
    assert (shelf / "out" / "beta.html").is_file()  # the other guides are built all the same
