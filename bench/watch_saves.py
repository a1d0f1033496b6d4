"""Save of one section → PDF written, in one warm ``studyguide watch`` process: today's
full re-render and the part-wise one, side by side.

Run by ``bench/run.py`` as a child process (``python bench/watch_saves.py GUIDE RUNS``),
so that its peak resident set is the warm process's own. Each run appends a sentence to
one section and rebuilds the PDF the full way, then appends another and rebuilds it the
part-wise way (as the watch does), alternately, so a machine that slows down mid-run
affects both alike. Prints one JSON line: the seconds of every save, the pages, the
parts the last part-wise save laid out, and the process's peak and final RSS in MiB.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import edit  # noqa: E402
from generator.authoring.watch import Watcher  # noqa: E402
from generator.build import build_guide  # noqa: E402


def measure(guide: Path, runs: int) -> dict:
    import generator.render.pdf as pdf

    # The layout budget guards authors against runaway content; the bench times a 4× guide
    # on a machine that may be busy, and a one-piece layout over budget would end the run.
    pdf.LAYOUT_SECONDS = 600
    with tempfile.TemporaryDirectory(prefix="studyguide-watch-") as output:
        watcher = Watcher(guide, Path(output) / "parts", port=0)
        try:
            # The first PDF of a watch session lays out every part; saves come after it.
            first = watcher.rebuild_pdf()
            build_guide(guide, Path(output) / "full")
            section = sorted((guide / "sections").glob("*.md"))[4]
            full, partwise = [], []
            for number in range(runs):
                edit(section, 1000 + 2 * number)
                started = time.perf_counter()
                build_guide(guide, Path(output) / "full")
                full.append(time.perf_counter() - started)
                edit(section, 1001 + 2 * number)
                started = time.perf_counter()
                saved = watcher.rebuild_pdf()
                partwise.append(time.perf_counter() - started)
                if saved.error:
                    raise SystemExit(f"bench: the part-wise save failed: {saved.error}")
            laid_out = list(watcher._parts.laid_out)
        finally:
            watcher.server.server_close()
    try:  # Linux; elsewhere the peak alone is reported
        with open("/proc/self/statm") as statm:
            current: float | None = int(statm.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        current = None
    return {
        "full": full,
        "partwise": partwise,
        "first": first.pdf_seconds,
        "pages": first.pages,
        "laid_out": laid_out,
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss": current,
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]), int(sys.argv[2]))))
