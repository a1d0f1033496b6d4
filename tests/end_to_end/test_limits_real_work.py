"""The limits stop hostile input, never real work: the real command line, in fresh
processes, builds a guide six times the default with the default limits, and the
default guide on a busy machine and across a 30-second pause (a laptop's lid closed).

These are the slow tests (about a minute of CPU time each at most): marked ``slow``,
``-m "not slow"`` leaves them out.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from guide_factory import PROJECT, cli

# Slow, and on a busy machine slower still: past the suite's 300 s a test would be a hang.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

DEFAULT_GUIDE = PROJECT / "content" / "japan-ussr-ww2"
needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads a process's CPU time from /proc")


def built_pages(result: subprocess.CompletedProcess, slug: str) -> int:
    """The page count the command printed for ``slug``; fails with its output if it built nothing."""
    assert result.returncode == 0, result.stdout + result.stderr
    line = next((line for line in result.stdout.splitlines() if line.startswith(f"{slug}: ")), "")
    assert " pages, " in line, result.stdout
    return int(line.split(": ")[1].split(" pages")[0])


def test_a_guide_six_times_the_default_builds_with_the_default_limits(tmp_path):
    sys.path.insert(0, str(PROJECT / "bench"))
    try:
        from make_guides import scaled_guide
    finally:
        sys.path.remove(str(PROJECT / "bench"))
    guide = scaled_guide(DEFAULT_GUIDE, tmp_path / "content" / "six", 6)
    result = cli(["build", str(guide), "--output", str(tmp_path / "out"), "--jobs", "1"], cwd=tmp_path, timeout=900)
    # Six times the default's 62 pages, less what is printed once (cover, contents).
    assert built_pages(result, "six") > 300
    assert (tmp_path / "out" / "six.pdf").stat().st_size > 0


def test_the_default_guide_builds_beside_two_cpu_bound_processes(tmp_path):
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        result = cli(["build", str(DEFAULT_GUIDE), "--output", str(tmp_path / "out"), "--jobs", "1"], timeout=900)
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    assert built_pages(result, "japan-ussr-ww2") > 40


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@needs_proc
def test_the_default_guide_builds_across_a_30_second_pause(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", str(DEFAULT_GUIDE), "--output", str(tmp_path / "out")],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the pause stops any worker too
    )
    try:
        # Past the imports and the loading, into the layout: the pause lands mid-build.
        deadline = time.monotonic() + 300
        while process.poll() is None and cpu_seconds(process.pid) < 2.5 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the build ended before it could be paused"
        os.killpg(process.pid, signal.SIGSTOP)
        time.sleep(30)
        os.killpg(process.pid, signal.SIGCONT)
        out, err = process.communicate(timeout=900)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    assert built_pages(result, "japan-ussr-ww2") > 40
