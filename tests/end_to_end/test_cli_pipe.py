"""The command line behaves like a Unix tool when its reader goes away."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_a_closed_pipe_ends_quietly_without_a_traceback(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(
        "A Title\n\n" + "".join(f"Part {i}\n\nIn 19{i:02d} something happened.\n\n" for i in range(40)),
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "import",
            str(article),
            "--slug",
            "g",
            "--content",
            str(tmp_path / "content"),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.read(10)
    process.stdout.close()  # the reader goes away, as `| head -c 10` would
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
    assert (tmp_path / "content" / "g" / "guide.yaml").is_file()
