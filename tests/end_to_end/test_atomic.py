"""Nothing lost: a build killed at any moment, or two builds at once, never
damage the PDF already there, and a build never writes into the content folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from guide_factory import PROJECT, make_guide, qpdf_ok, tree_digest

from generator.build import build_guide
from generator.errors import ContentError


@pytest.fixture(scope="module")
def guide(tmp_path_factory) -> Path:
    return make_guide(tmp_path_factory.mktemp("atomic"), "pact")


@pytest.fixture(scope="module")
def reference(guide, tmp_path_factory) -> bytes:
    """The PDF this guide builds to (builds are reproducible, so every build gives these bytes)."""
    return build_guide(guide, tmp_path_factory.mktemp("reference")).pdf.read_bytes()


def start_build(guide: Path, output: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "build", str(guide), "--output", str(output)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


# Moments after the start, in seconds: during start-up, loading, layout and writing.
KILL_AFTER = [0.05, 0.3, 0.6, 0.9, 1.2, 1.6, 2.2]


def test_kill_9_at_any_moment_leaves_the_previous_pdf_whole(guide, reference, tmp_path):
    output = tmp_path / "out"
    output.mkdir()
    previous = output / "pact.pdf"
    # A different earlier PDF stands in the output, as after yesterday's build.
    old = make_guide(tmp_path, "old", files={"guide.yaml": "title: Yesterday's version\ndate: 2024-01-01\n"})
    previous.write_bytes(build_guide(old, tmp_path / "old-out").pdf.read_bytes())
    old_bytes = previous.read_bytes()
    killed_mid_build = 0
    for delay in KILL_AFTER:
        previous.write_bytes(old_bytes)
        process = start_build(guide, output)
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed_mid_build += 1
        process.wait(timeout=120)
        process.stderr.close()
        # Either the old PDF untouched, or the complete new one: never anything between.
        assert previous.read_bytes() in (old_bytes, reference), f"damaged PDF after kill at {delay} s"
        assert qpdf_ok(previous)
    assert killed_mid_build >= 1  # at least one kill landed before the build finished


def test_two_builds_at_once_do_not_corrupt_the_output(guide, reference, tmp_path):
    output = tmp_path / "out"
    builds = [start_build(guide, output) for _ in range(2)]
    for process in builds:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    assert (output / "pact.pdf").read_bytes() == reference
    assert qpdf_ok(output / "pact.pdf")
    assert not list(output.glob(".*.tmp"))  # no temporary file left behind


def test_a_build_writes_nothing_in_the_content_folder(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    root = make_guide(content, "pact")
    before = tree_digest(content)
    build_guide(root, tmp_path / "output")
    with pytest.raises(ContentError):  # a failing build writes nothing there either
        build_guide(make_guide(content, "broken", files={"guide.yaml": "titel: x\n"}), tmp_path / "output")
    (content / "broken").rename(tmp_path / "broken")
    assert tree_digest(content) == before


def test_an_output_folder_inside_the_guide_is_refused(tmp_path):
    root = make_guide(tmp_path, "pact")
    before = tree_digest(root)
    with pytest.raises(ContentError) as caught:
        build_guide(root, root / "output")
    assert "inside the guide's folder" in str(caught.value)
    assert tree_digest(root) == before


def test_outputs_are_readable_like_any_new_file(guide, tmp_path):
    result = build_guide(guide, tmp_path)
    mask = os.umask(0)
    os.umask(mask)
    assert result.pdf.stat().st_mode & 0o777 == 0o666 & ~mask
