"""Save of one section → PDF written, in one warm ``studyguide watch`` process: today's
full re-render and the part-wise one, side by side. The part-wise saves run as in
``studyguide watch``: parsed files kept, pages painted for the last PDF replayed, and the
garbage collected after each PDF is written (timed apart: the author is reading then).

Run by ``bench/run.py`` as a child process (``python bench/watch_saves.py GUIDE RUNS``),
so that its peak resident set is the warm process's own. Each run appends a sentence to
one section and rebuilds the PDF the full way, then appends another and rebuilds the
preview and then the PDF the part-wise way (as the watch does), alternately, so a
machine that slows down mid-run affects both alike. Prints one JSON line: the seconds of every save, the pages, the
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
    from generator.content.files import remember_parsed
    from generator.content.markup import remember_converted

    with tempfile.TemporaryDirectory(prefix="studyguide-watch-") as output:
        watcher = Watcher(guide, Path(output) / "parts", port=0)
        # As `studyguide watch` runs: parsed files kept while unchanged, and the kept
        # pages set aside from the garbage collector once the PDF is written (settle).
        with remember_parsed(), remember_converted():
            try:
                # The first PDF of a watch session lays out every part; saves come after it.
                first = watcher.rebuild_pdf()
                build_guide(guide, Path(output) / "full")
                section = sorted((guide / "sections").glob("*.md"))[4]
                full, partwise, previews, settle = [], [], [], []
                for number in range(runs):
                    edit(section, 1000 + 2 * number)
                    started = time.perf_counter()
                    build_guide(guide, Path(output) / "full")
                    full.append(time.perf_counter() - started)
                    watcher._parts.settle()  # the watch is idle when a save comes
                    edit(section, 1001 + 2 * number)
                    # As the watch does: the preview first, then the PDF of the guide it loaded.
                    started = time.perf_counter()
                    preview = watcher.rebuild_preview()
                    saved = watcher.rebuild_pdf()
                    partwise.append(time.perf_counter() - started)
                    previews.append(preview.html_seconds)
                    if saved.error:
                        raise SystemExit(f"bench: the part-wise save failed: {saved.error}")
                    started = time.perf_counter()
                    watcher._parts.settle()  # after the PDF is written, as the watch does
                    settle.append(time.perf_counter() - started)
                laid_out = list(watcher._parts.laid_out)
                painted = watcher._parts._painted
                replayed = (painted.hits, painted.hits + painted.misses)
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
        "settle": settle,
        "preview": previews,
        "replayed": replayed,
        "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss": current,
    }


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]), int(sys.argv[2]))))
