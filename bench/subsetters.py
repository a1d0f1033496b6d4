"""``make bench``: a build's CPU time with the font subsetter from the ``uharfbuzz`` wheel
(what every machine gets) beside the one with the system's libharfbuzz-subset (what only
a machine with that library had), in one run, alternately (target: ≤ 1.10×).

Each side is a whole ``studyguide build`` of the default guide, ``--force``, in a process
of its own; the figure is the median CPU time (user + system) over ``BENCH_RUNS`` runs
(default 3). Without the system library there is nothing to compare with: the row says so.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import DEFAULT_GUIDE, Samples, run  # noqa: E402

SUBSETTERS = ("uharfbuzz", "system")


def command(subsetter: str, output: Path) -> list[str | Path]:
    """The command line, subsetting fonts with ``subsetter`` (one job: it runs in this process)."""
    # The layout budget counts CPU time, so a busy machine times the build rather than refusing it.
    code = (
        "import sys; from generator.render.engine import fonts; "
        f"fonts.SUBSETTER = {subsetter!r}; from generator.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return [sys.executable, "-c", code, "build", DEFAULT_GUIDE, "--output", output, "--guide", "--force"]


def main() -> None:
    if ctypes.util.find_library("harfbuzz-subset") is None:
        print("| subsetting: uharfbuzz / system libharfbuzz-subset | not measured: no system library here |")
        return
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    samples = Samples()
    with tempfile.TemporaryDirectory() as work:
        for _ in range(runs):
            for subsetter in SUBSETTERS:
                samples.add(subsetter, run(command(subsetter, Path(work) / subsetter)))
    wheel, system = (samples.cpu(name) for name in SUBSETTERS)
    print("| default guide build, CPU | uharfbuzz wheel | system libharfbuzz-subset | ratio | target |")
    print("|---|---|---|---|---|")
    print(f"| median of {runs} | {wheel:.2f} s | {system:.2f} s | {wheel / system:.3f}× | ≤ 1.10× |")


if __name__ == "__main__":
    main()
