"""Save of one section → HTML preview shown in headless Chromium, with ``studyguide watch``.

Run by ``bench/run.py`` as a child (``python bench/preview_reload.py GUIDE RUNS``), or
alone. It starts ``studyguide watch`` on a copy of GUIDE, opens the preview in headless
Chromium (driven over the DevTools protocol), and RUNS times appends a sentence to one
section and times the save until the page shows the sentence in a painted frame: updated
in place, or loaded whole (then after its load event: stylesheets, fonts and pictures in
place). Each save waits for the PDF of the one before, as an author's saves do, seconds
apart. ``--before REV`` runs the watch of the commit REV instead (from ``git archive``),
for the figure before a change, in the same run on the same machine.

Prints one JSON line: each save's seconds, their median, whether the page was loaded
whole, and the bytes the browser fetched; or ``{"skipped": "…"}`` where there is no
Chromium (or no such commit).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import archived  # noqa: E402
from tests.browser import Browser, Watch, chromium  # noqa: E402

WAIT = 120  # seconds: a bound on any one step, not a speed requirement


def measure(guide: Path, runs: int, source: Path = ROOT) -> dict:
    path = chromium()
    if path is None:
        return {"skipped": "no Chromium"}
    seconds, whole, fetched = [], [], []
    with tempfile.TemporaryDirectory(prefix="studyguide-preview-") as work:
        copy = Path(work) / guide.name
        shutil.copytree(guide, copy)
        section = sorted((copy / "sections").glob("*.md"))[4]
        with Watch(copy, Path(work) / "output", source, WAIT) as watch, Browser(path, timeout=WAIT) as browser:
            watch.expect("PDF ")
            browser.call("Network.enable")
            browser.open(watch.url)
            for number in range(runs):
                time.sleep(0.5)  # an author's saves are seconds apart: the page is idle
                sentence = f"A sentence added for reload number {number} of the benchmark."

                def save(sentence: str = sentence) -> None:
                    with open(section, "a", encoding="utf-8") as handle:
                        handle.write(f"\n{sentence}\n")

                took, loaded = browser.shown_after(save, sentence)
                seconds.append(took)
                whole.append(loaded)
                fetched.append(
                    sum(p.get("encodedDataLength", 0) for _, m, p in browser.seen if m == "Network.loadingFinished")
                )
                watch.expect("PDF ")  # the next save comes after this one's PDF, as an author's do
    return {"seconds": seconds, "median": statistics.median(seconds), "loaded_whole": whole, "bytes": fetched}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("guide", type=Path)
    parser.add_argument("runs", type=int)
    parser.add_argument("--before", metavar="REV", help="run the watch of this commit instead of this tree's")
    args = parser.parse_args()
    if args.before is None:
        print(json.dumps(measure(args.guide.resolve(), args.runs)))
        return 0
    with tempfile.TemporaryDirectory(prefix="studyguide-before-") as tree:
        source = archived(args.before, Path(tree))
        skipped = {"skipped": f"{args.before} is not in this clone"}
        print(json.dumps(measure(args.guide.resolve(), args.runs, source) if source else skipped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
