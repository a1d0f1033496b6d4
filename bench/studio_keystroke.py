"""A keystroke in the studio → the file saved, the preview shown, the PDF written and shown.

``python bench/studio_keystroke.py [GUIDE] [RUNS]``: starts ``studyguide studio`` on a copy
of GUIDE (default: the default guide), opens it in headless Chromium, waits for the first
PDF, then RUNS times with the HTML preview in view and RUNS times with the PDF tab open
types a sentence at the end of the first section's text and times, from the keystroke
(the input event): the file on disk holding the sentence (the save waits for a pause in
the typing, by design), the preview frame showing it, the preview's PDF written, and
(PDF tab) pdf.js showing that version. Each run waits for the PDF of the one before, as
a teacher's pauses do. Prints one JSON line: each run's seconds (and the server's own
seconds for the HTML and the PDF) and their medians.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
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
            # First with the HTML preview in view, then with the PDF tab open (pdf.js draws a
            # new version only while its tab is open).
            for tab in ("html", "pdf"):
                click(page, f"#tab-{tab}")
                for run in range(runs):
                    rows.append(_one_run(page, section, f"Timed sentence number {run} in the {tab} tab.", tab))
                    time.sleep(1)
    wanted = {
        "saved": rows,
        "preview": [r for r in rows if r["tab"] == "html"],
        "pdf_written": rows,
        "pdf_shown": [r for r in rows if r["tab"] == "pdf"],
        "html_build": rows,
        "pdf_build": rows,
    }
    return {
        "guide": guide.name,
        "runs": rows,
        "median": {key: round(statistics.median(r[key] for r in among), 3) for key, among in wanted.items()},
    }


def rows(studio: dict, watch: dict, preview: dict, verdict: Callable[[bool], str]) -> list[str]:
    """``make bench``'s rows: the studio's figures (:func:`measure`) beside the watch's own,
    from a save (``watch``: bench/watch_saves.py at 1×; ``preview``: bench/preview_reload.py)."""
    what = "keystroke in the studio (a sentence typed in a section) →"
    if "skipped" in studio:
        return [f"| {what} preview, PDF | skipped: {studio['skipped']} | ≤ 0.3 s | |"]
    m, runs = studio["median"], len(studio["runs"]) // 2
    watch_pdf = statistics.median(watch["partwise"])
    watch_preview = preview.get("median")
    beside = f"; the watch, from a save: {watch_preview:.2f} s" if watch_preview is not None else ""
    return [
        f"| {what} file saved, HTML preview shown ({runs} runs; the save waits for 0.1 s without typing) "
        f"| {m['saved']:.2f} s, {m['preview']:.2f} s (the HTML built in {m['html_build']:.2f} s{beside}) "
        f"| preview ≤ 0.3 s | {verdict(m['preview'] <= 0.3)} |",
        f"| {what} PDF written, PDF shown by pdf.js in the PDF tab ({runs} runs) "
        f"| {m['pdf_written']:.2f} s, {m['pdf_shown']:.2f} s (the PDF typeset in {m['pdf_build']:.2f} s; "
        f"the watch, from a save, HTML and PDF: {watch_pdf:.2f} s) | ≤ 0.3 s | {verdict(m['pdf_shown'] <= 0.3)} |",
    ]


def _one_run(page: Browser, section: Path, words: str, tab: str) -> dict:
    """Type ``words`` at the end of the section; seconds until each step shows it."""
    status = "window.Studio.state.status"
    pdf_before = page.evaluate(f"{status}.pdf_version")
    body = page.evaluate("document.querySelector('#section-body').value")
    frame = "document.querySelector('#preview').contentDocument"
    drawn = "Number(document.querySelector('#pdf-view').dataset.version || 0)"
    started = time.perf_counter()
    type_into(page, "#section-body", body.rstrip("\n") + f"\n\n{words}\n")
    times: dict[str, float | None] = {"saved": None, "preview": None, "pdf_written": None, "pdf_shown": None}
    while any(value is None for key, value in times.items() if tab == "pdf" or key != "pdf_shown"):
        now = round(time.perf_counter() - started, 3)
        if now > WAIT:
            raise TimeoutError(f"{words}: {times}")
        if times["saved"] is None and words in section.read_text(encoding="utf-8"):
            times["saved"] = now
        if times["preview"] is None and page.evaluate(
            f"!!({frame} && {frame}.body && {frame}.body.textContent.includes({json.dumps(words)}))"
        ):
            times["preview"] = now
        if times["pdf_written"] is None and page.evaluate(f"{status}.pdf_version") > pdf_before:
            times["pdf_written"] = now
        if tab == "pdf" and times["pdf_shown"] is None and page.evaluate(drawn) > pdf_before:
            times["pdf_shown"] = now
        time.sleep(0.01)
    server = page.evaluate(f"{status}")
    return {"tab": tab, **times, "html_build": server["html_seconds"], "pdf_build": server["pdf_seconds"]}


if __name__ == "__main__":
    guide = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "content" / "japan-ussr-ww2"
    print(json.dumps(measure(guide, int(sys.argv[2]) if len(sys.argv) > 2 else 3)))
