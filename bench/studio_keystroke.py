"""A keystroke in the studio → the file saved, the preview shown, the PDF rewritten.

``python bench/studio_keystroke.py [GUIDE] [RUNS]``: starts ``studyguide studio`` on a copy
of GUIDE (default: the default guide), opens it in headless Chromium, waits for the first
PDF, then RUNS times types a sentence at the end of the first section's text and times,
from the keystroke (the input event): the file on disk holding the sentence (the save
waits for 0.4 s without typing, by design), the preview frame showing it, and the
preview's PDF rewritten. Each run waits for the PDF of the one before, as a teacher's
pauses do. Prints one JSON line: each run's seconds and their medians.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import Browser, chromium  # noqa: E402
from tests.studio_app import StudioProcess, click, type_into, until  # noqa: E402

WAIT = 300  # seconds: a bound on any one step, not a speed requirement


def measure(guide: Path, runs: int) -> dict:
    path = chromium()
    if path is None:
        return {"skipped": "no Chromium"}
    with tempfile.TemporaryDirectory(prefix="studio-bench-") as folder:
        content = Path(folder) / "content"
        shutil.copytree(guide, content / guide.name)
        section = sorted((content / guide.name / "sections").glob("*.md"))[0]
        relative = f"sections/{section.name}"
        rows = []
        with StudioProcess(content, Path(folder) / "output", wait=WAIT) as studio, Browser(path, timeout=WAIT) as page:
            page.call("Emulation.setDeviceMetricsOverride", width=1280, height=800, deviceScaleFactor=1, mobile=False)
            page.open(studio.url)
            status = "window.Studio.state.status"
            until(lambda: page.evaluate(f"!!({status} && {status}.pdf_version > 0)"), WAIT, "the first PDF")
            click(page, '#pages [data-page="sections"]')
            click(page, f'#form .section-list button[data-path="{relative}"]')
            until(lambda: page.evaluate("!!document.querySelector('#section-body')"), WAIT, "the section's form")
            for run in range(runs):
                words = f"Timed sentence number {run} in the studio."
                pdf_before = page.evaluate(f"{status}.pdf_version")
                body = page.evaluate("document.querySelector('#section-body').value")
                started = time.perf_counter()
                type_into(page, "#section-body", body.rstrip("\n") + f"\n\n{words}\n")
                saved = shown = pdf = None
                frame = "document.querySelector('#preview').contentDocument"
                while pdf is None or shown is None or saved is None:
                    now = time.perf_counter() - started
                    if now > WAIT:
                        raise TimeoutError(f"run {run}: saved {saved}, shown {shown}, PDF {pdf}")
                    if saved is None and words in section.read_text(encoding="utf-8"):
                        saved = now
                    if shown is None and page.evaluate(
                        f"!!({frame} && {frame}.body && {frame}.body.textContent.includes({json.dumps(words)}))"
                    ):
                        shown = now
                    if pdf is None and page.evaluate(f"{status}.pdf_version") > pdf_before and shown is not None:
                        pdf = now
                    time.sleep(0.01)
                server = page.evaluate(f"{status}")
                rows.append(
                    {
                        "saved": round(saved, 3),
                        "preview": round(shown, 3),
                        "pdf": round(pdf, 3),
                        "html_build": server["html_seconds"],
                        "pdf_build": server["pdf_seconds"],
                    }
                )
                time.sleep(1)
    return {
        "guide": guide.name,
        "runs": rows,
        "median": {key: round(statistics.median(r[key] for r in rows), 3) for key in rows[0]},
    }


if __name__ == "__main__":
    guide = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "content" / "japan-ussr-ww2"
    print(json.dumps(measure(guide, int(sys.argv[2]) if len(sys.argv) > 2 else 3)))
